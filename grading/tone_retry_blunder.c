/* Two innocent readings helper fix15t found the grader missing (review15 replies item 8; own sentences
 * in tests/data/tone_more/fix15t.tsv): 再…试试 asking the caller to retry a call or a device, not the
 * dare 你再骂一句试试; and an insult word as the degree of a blunder the agent owns (白痴级的错误是我犯的).
 * Declared in words.h (block fix15t).
 *
 * Clauses: 贵阳 T-GSOCCIA 001—2020 §二(二)2.1 and §二(四)4.2 fail the call for words AT the caller; a
 * step for the caller to try (§二(二)2.7 guidance) and the agent's own apology for a slip (2.14 更正 in
 * spirit) are at nobody. */
#include "tone_readings.h"

#include <string.h>

/* a step on a phone, a line or a device, tried once more */
static const char *const RETRY[] = { "拨", "拨打", "刷新", "重启", "重新启动", "登录", "登陆", "插", "拔", "扫", "扫码", "点",
                                     "点击", "输", "输入", "连", "连接", "提交", "下载", "安装", "开机", "关机", "充电", "更新",
                                     "升级", "清理", "打开", "关", "关掉", "退出", NULL };
static const char *const ONCE[] = { "一下", "一次", "一遍", "下", "1下", "1次", "1遍", "电话", NULL };

int cs_words_retry_asked(const cs_words *w, size_t i)
{
    for (size_t k = i; k + 1 < w->n && w->v[k].clause == w->v[i].clause; k++) {
        if (strcmp(w->v[k].w, "再") != 0) continue;
        const char *v = w->v[k + 1].w;
        if (cs_word_in(v, RETRY)) return 1;
        /* 再打一遍 (call again), not 再打我 */
        return strcmp(v, "打") == 0 && k + 2 < w->n && cs_word_in(w->v[k + 2].w, ONCE);
    }
    return 0;
}

int cs_words_blunder_owned(const cs_words *w, size_t i)
{
    static const char *const degree[] = { "级", "级别", "一样", "般", "式", "似的", "级的", "一样的", "般的", "式的", NULL };
    static const char *const blunder[] = { "错误", "失误", "疏忽", "差错", "错", "纰漏", "漏洞", NULL };
    static const char *const owner[] = { "我", "我们", "我自己", "咱们", NULL };
    static const char *const did[] = { "犯", "犯的", "出的", "造成", "弄错", "搞错", NULL };
    size_t k = i + 1;
    if (k >= w->n || w->v[k].clause != w->v[i].clause) return 0;
    if (k + 1 < w->n && strcmp(w->v[k].w, "1") == 0 && strcmp(w->v[k + 1].w, "样") == 0) k++;   /* 一样, cut 1|样 */
    else if (!cs_word_in(w->v[k].w, degree)) return 0;
    if (++k < w->n && strcmp(w->v[k].w, "的") == 0) k++;
    if (k >= w->n || w->v[k].clause != w->v[i].clause || !cs_word_in(w->v[k].w, blunder)) return 0;
    /* owned in its clause or the next (是我犯的); the caller named in its own clause makes it theirs (白痴级
     *的错误你也犯得出来), an apology to them after it does not (…，向您道歉) */
    int owned = 0;
    for (size_t j = k + 1; j + 1 < w->n && w->v[j].clause <= w->v[i].clause + 1; j++) {
        if (w->v[j].clause == w->v[i].clause && (strstr(w->v[j].w, "你") || strstr(w->v[j].w, "您"))) return 0;
        if (cs_word_in(w->v[j].w, owner) && (cs_word_in(w->v[j + 1].w, did) || cs_word_in(w->v[j + 1].w, owner) ||
                                             strcmp(w->v[j + 1].w, "自己") == 0 || strcmp(w->v[j + 1].w, "犯") == 0))
            owned = 1;
    }
    return owned;
}
