/* The caller blamed for her own loss: 您自己也太大意了, 您也太不小心了, 您自己太粗心了 said to a caller who was
 * cheated, robbed or hurt. The caller (你/您) is the subject, 自己 / 也 / 太 lays it on her, and a word of
 * carelessness (大意, 粗心, 马虎, 不小心, 轻信 …) or 活该 is the fault. In a crisis it undoes the calming the
 * standard asks for (贵阳 T-GSOCCIA 001—2020 §二(二) 2.12 安抚; 国家职业技能标准 呼叫中心服务员 3.2 2.4.2
 * 预处理：安抚客户, 3.1 不用禁忌语; §二(三)6 注意通话语气和态度). Left alone: the agent owning the slip (我自己也太大意了),
 * care for her (您自己注意安全, 您以后也别太大意), a condition (如果您不小心点错了), the fault taken off her
 * (不怪您自己, 这不是您粗心), a question about what happened (您是不是不小心点了链接？ asks, 也/自己/太 absent). */
#include "tone_scan.h"

#include <string.h>

/* the carelessness said of the caller, or the 活该 of a loss deserved */
static const char *const CARELESS[] = { "太大意", "太粗心", "太马虎", "太不小心", "太轻信", "太不仔细", "大意", "粗心", "粗心大意",
                                        "马虎", "马大哈", "不小心", "不仔细", "疏忽", "轻信", "贪便宜", "贪小便宜", "活该", "不长心",
                                        "缺心眼", NULL };
/* what lays the fault on her between the subject and the fault word */
static const char *const LAID_ON[] = { "自己", "也", "太", "也太", "实在", "实在太", "真", "真是", "真的", "还是", "就是", NULL };

/* Is the fault word at f taken back or turned into advice (不 / 别 / 不要 / 没 before it)? */
static int softened(scan *sc, size_t from, size_t f)
{
    for (size_t k = from; k < f; k++)
        if (in(sc, k, &NEG) || in(sc, k, &PROHIB) || in(sc, k, (list){ "别太", "不要太", "不是", "并不", "没有", NULL }))
            return 1;
    return 0;
}

/* calls32a: 怎么这么 / 怎么那么 in [from, f), right before the fault word (您怎么这么不小心, 你怎么那么大意): the
 * exclamation that reproaches, where 您是怎么不小心弄丢的 asks how it happened (no 这么 / 那么). */
static int reproached(scan *sc, size_t from, size_t f)
{
    for (size_t k = from; k < f; k++) {
        const char *w = tone_word(sc, k);
        if (strcmp(w, "怎么这么") == 0 || strcmp(w, "怎么那么") == 0) return k + 1 == f;
        if (strcmp(w, "怎么") == 0 && k + 2 == f && in(sc, k + 1, (list){ "这么", "那么", NULL })) return 1;
    }
    return 0;
}

int tone_blamed_for_own_loss(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"你您侬恁妳");
    if (find(sc, a, b, CONDITION) < b) return TONE_GO_ON;
    for (size_t who = a; who < b; who++) {
        if (!in(sc, who, &SECOND)) continue;
        int self = strstr(tone_word(sc, who), "自己") != NULL;
        /* spelled across words: the lexicon may cut 太大意 as 太大/意 */
        size_t last = NONE;
        size_t f = tone_spelled_in(sc, who + 1, tone_upto(b, who + 6), CARELESS, &last);
        if (f >= b) continue;
        size_t laid = find(sc, who + 1, f, LAID_ON);
        /* the word itself may carry it (太大意, 也太不小心) */
        int carried = strncmp(tone_word(sc, f), "太", 3) == 0 || strncmp(tone_word(sc, f), "也", 3) == 0;
        /* calls32a: 您怎么这么不小心呢 — the rhetorical 怎么这么 / 怎么那么 reproaches, no question of what happened */
        int reproach = reproached(sc, who + 1, f) && !tone_reassured(sc, f, b);
        if (!self && laid >= f && !carried && !reproach) continue;
        if (softened(sc, who + 1, f) || tone_agent_in(sc, a, who)) continue;
        /* 您是不是不小心点了链接 — a question of what happened, nothing laid on her */
        if (question && laid >= f && !self && !reproach) continue;
        return tone_hit(sc, "blame", "怪罪客户（指责受害者大意）", who, f, f);
    }
    return TONE_GO_ON;
}
