/* fix15u: a judgement turned on the caller and a refusal from unwillingness (review15 item 9, fpprobe's rude twins
 * missed as 禁忌语). Clauses: 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度, §二(二) 2.1 (the insult of §二(四)
 * 4.2); 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语. */
#include "tone_scan.h"

/* tone_judgement_turned read over its words joined whole (s). */
static int judgement_turned_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const judge[] = { "丢人", "丢脸", "可笑", "好笑", "有毛病", "不讲理", "无理取闹", "烦人", "讨厌", NULL };
    static const char *const mind[] = { "蠢", "笨", "傻", "糊涂", "没脑子", NULL };
    for (int kind = 0; kind < 2; kind++) {
        const char *const *l = kind ? mind : judge;
        for (size_t m = 0; l[m]; m++) {
            size_t n = strlen(l[m]);
            for (const char *p = strstr(s, l[m]); p; p = strstr(p + 1, l[m])) {
                const char *t = tone_after_any(p + n, (list){ "的是", "的就是", "的其实是", NULL });
                if (!t || !tone_after_any(t, (list){ "你", "您", NULL })) continue;
                size_t at = tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
                return tone_hit(sc, kind ? "belittle" : "sarcasm", kind ? "贬低客户（笨的是您）" : "讽刺客户（丢人的是您）", at, b - 1, at);
            }
        }
    }
    return 0;
}

/* 丢人的是你一直问 / 可笑的是您还没看说明书 / 笨的是你: a judging word, then 的是 and the caller right after — the
 * caller declared the one it fits. A word of the mind so turned is an attack on the caller's mind (insult). Put on
 * us or on a thing (丢人的是我们的系统, 笨的是这个老版本) it judges no caller. */
int tone_judgement_turned(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"丢可好毛理取烦讨蠢笨傻糊脑");
    return tone_read_joined(sc, a, b, judgement_turned_text);
}

/* tone_unwilling_refusal read over its words joined whole (s). */
static int unwilling_refusal_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const will[] = { "不想给你", "不想给您", "不想帮你", "不想帮您", "不愿意给你", "不愿意给您", "不愿意帮你",
                                        "不愿意帮您", "不愿给你", "不愿给您", "懒得给你", "懒得给您", "懒得帮你", "懒得帮您",
                                        "不乐意给你", "不乐意给您", NULL };
    static const char *const lead[] = { "", "我", "我们", "就是", "是", "我就是", "我们就是", "我是", "实在", "我实在", "我们实在",
                                        "我也", "我们也", "咱", "咱们", "本人", NULL };
    static const char *const spared[] = { "添", "带来", "造成", "增加", "找麻烦", "打扰", "惹", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, will, &len);
    if (!p || !p[len] || tone_after_any(p + len, spared)) return 0;
    int agent = 0;
    for (size_t m = 0; lead[m] && !agent; m++)
        agent = (size_t)(p - s) == strlen(lead[m]) && strncmp(s, lead[m], strlen(lead[m])) == 0;
    if (!agent) return 0;
    size_t at = tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
    return tone_hit(sc, "dismissive", "打发客户（不想给您办）", at, b - 1, at);
}

/* 我们不愿意给你换 / 就是不想给您退: the agent refusing from unwillingness, the service withheld by will (不推诿).
 * The agent is the one unwilling: nothing but the agent, 就是 / 是 / 实在 before it in the clause (您不想给孩子改名
 * is the caller's wish; 如果您不想… a condition), and what is withheld is a service, not trouble spared (不想给您添
 * 麻烦). */
int tone_unwilling_refusal(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"想愿懒");
    if (question) return 0;
    return tone_read_joined(sc, a, b, unwilling_refusal_text);
}
