/* An apology or an admission taken back in the same reply (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度;
 * 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语): 2.1 and 2.8 ask the agent to own the fault and promise to
 * improve; a tail in which the agent clears themself (我觉得我没说错, 没啥好道歉的, 道歉是领导让我道的) argues
 * with the caller and undoes what the phrase said. Helper phr32.
 *
 *   own_fault_denied  我又没做错什么 / 其实我之前说的也没错 / 我真不觉得有啥问题 / 不是我的错 */
#include "tone_scan.h"

/* The agent's own conduct declared faultless: the agent as subject with 没(有)…错 on what they said or did, 没啥好
 * 道歉, the apology put down to someone else's order, 不是我(们)的错. Not a check put to the caller (我没说错吧 /
 * 我刚才说的没错吧？ asks to be corrected), not the caller cleared (您没说错, 我觉得您说得没错), not 没错 as "right"
 * (没错，就是这个单号). */
int tone_own_fault_denied(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"错歉问毛怪");
    static const char *const denied[] = {
        "我没说错", "我没做错", "我没讲错", "我没办错", "我没有说错", "我没有做错", "我并没有做错", "我并没有说错",
        "我又没做错", "我又没说错", "我也没做错", "我也没说错", "我又没错", "我没错", "我们没错", "我们又没错",
        "我们没有做错", "我们也没做错", "我们又没做错", "我说的也没错", "我说的没错", "我讲的也没错", "我讲的没错",
        "我之前说的也没错", "我之前说的没错", "我刚才说的也没错", "我刚才说的没错", "我说得没错", "我做得没错",
        "我做得没毛病", "我们做得没毛病", "我说得没毛病", "我没毛病", "我们没毛病",
        "没啥好道歉", "没什么好道歉", "没有什么好道歉", "没必要道歉", "道歉是领导让", "道歉是公司让", "道歉是上面让",
        "不是我的错", "不是我们的错", "又不是我的错", "不怪我", "怪不得我", "怪不到我",
        "不觉得有啥问题", "不觉得有什么问题", "不觉得我有错", "不觉得我们有错", "不觉得我说错", "不觉得我做错",
        "不认为我有错", "不认为我说错", "不认为我们有错", "不认为我做错", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t dl = 0;
    const char *d = tone_earliest(s, denied, &dl);
    if (!d) return 0;
    /* 我没说错吧 / 我刚才说的没错吧？: the agent asks to be corrected */
    static const char *const check[] = { "吧", "吗", "么", NULL };
    if (question || tone_after_any(d + dl, check)) return 0;
    /* 没错过您的来电 / 没错怪您: the stem is the head of a longer word (错过 miss, 错怪 wrong someone), no denial */
    static const char *const longer[] = { "过", "怪", "开", "位", "失", NULL };
    if (tone_after_any(d + dl, longer)) return 0;
    /* 不是我们的错也要负责到底: the fault disowned, the duty taken all the same */
    static const char *const anyway[] = { "也要", "也会", "也得", "照样", "还是会", "我们也", "我也", NULL };
    if (tone_after_any(d + dl, anyway)) return 0;
    /* 您不觉得有问题的话 / 你觉得我们没错吗: the caller's view, or a condition */
    static const char *const other[] = { "您", "你", "如果", "要是", NULL };
    if (tone_holds_before(s, d, other)) return 0;
    return tone_hit_span(sc, "blame", "收回道歉、为自己开脱（我没说错）", a, b, s, d, d + dl);
}
