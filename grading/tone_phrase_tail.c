/* Rude tails two fresh writers put after a correct phrase (贵阳 T-GSOCCIA 001—2020 §二(三)6
 * 注意通话语气和态度; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语): the caller's speech scorned for where
 * they come from (2.20 asks for 普通话 and takes the fault on the agent's ear), and the agent's own
 * chore laid on the caller in hindsight (2.21 calls back as a service, not as a penalty). Helper phr17.
 *
 *   origin_speech_scorned  乡下口音真听不懂 / 你们山里人的话根本没法听
 *   chore_blamed           早说清楚不就不用我回拨了 / 早点讲明白也省得我们再查一遍 */
#include "tone_scan.h"

/* tone_origin_speech_scorned read over its words joined whole (s). */
static int origin_speech_scorned_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const origin[] = { "乡下", "农村", "山里", "山沟", "乡巴佬", "土包子", "村里", "穷乡僻壤", "小地方", NULL };
    static const char *const speech[] = { "口音", "方言", "土话", "话", "腔", "普通话", NULL };
    static const char *const scorn[] = { "听不懂", "难懂", "没法听", "难听", "太土", "真土", "土死", "受不了", "听得头疼",
                                         "听着费劲", "听不明白", "鬼知道", NULL };
    static const char *const own[] = { "我对", "我不熟", "不太", "不大", "有点", "有些", "可能", "抱歉", "不好意思", "对不起",
                                       "麻烦", NULL };
    size_t ol = 0, sl = 0, jl = 0;
    const char *o = tone_earliest(s, origin, &ol);
    const char *sp = o ? tone_earliest(o + ol, speech, &sl) : NULL;
    const char *j = sp ? tone_earliest(sp + sl, scorn, &jl) : NULL;
    /* a condition (如果口音太重…), but 的话 here is the caller's 话 (山里人的话), no "if" */
    static const char *const cond[] = { "如果", "要是", "假如", "万1", NULL };
    if (!j || tone_holds(s, own) || tone_holds(s, cond)) return 0;
    /* condescension with no demeaning name: a 禁忌语, no insult ("belittle" would be one: tone_scan.c) */
    return tone_hit_span(sc, "lecture", CS_TONE_CONDESCENDED, a, b, s, o, j + jl);
}

/* 乡下口音真听不懂 / 你们山里人的话根本没法听 / 农村土话太难懂了: a place of origin looked down on (乡下,
 * 农村, 山里 …) named with the caller's speech (口音, 话, 方言) and that speech judged unintelligible or
 * coarse. Not the agent's own ear owned up to or hedged (抱歉，我对乡下方言不太熟，听不太懂: 我对 / 不太 /
 * 有点 / an apology in the clause), not a condition. */
int tone_origin_speech_scorned(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"乡农山村土");
    return tone_read_joined(sc, a, b, origin_speech_scorned_text);
}

/* 早说清楚不就不用我回拨了 / 早点讲明白也省得我们再查一遍: had the caller said it earlier, the agent
 * would have been spared the work — the service the phrase offers (a call back, a check) thrown back
 * as the caller's fault. Hindsight (早, 早点, 早些) then the agent spared (不用我, 省得我们 …) in its
 * clause or the next. Not the agent's own lapse (我早该说清楚，就不用您再打一次了: 我 before 早), not the caller
 * spared (早点来就不用排队了: no 我 after). */
int tone_chore_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"早");
    static const char *const early[] = { "早说", "早讲", "早告诉", "早点", "早些", "早知道", "早问", "早", NULL };
    static const char *const spared[] = { "不用我", "省得我", "用不着我", "不必我", "免得我", "也不至于我", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t el = 0, pl = 0;
    const char *e = tone_earliest(s, early, &el);
    if (!e || strncmp(e, "早上", strlen("早上")) == 0 || strncmp(e, "早晨", strlen("早晨")) == 0) return 0;
    char more[256];
    size_t end = tone_next_clause_end(sc, b);
    const char *m = tone_joined(sc, a, end, more, sizeof more);
    const char *p = tone_earliest(m + (size_t)(e - s) + el, spared, &pl);
    if (!p) return 0;
    static const char *const mine[] = { "我", NULL };
    if (tone_holds_before(s, e, mine)) return 0;   /* 我早该说清楚: the agent's own lapse */
    size_t k = tone_word_of(sc, a, b, s, e);
    return tone_hit(sc, "blame", "指责客户（早说就不用我…）", k, tone_word_of(sc, a, end, m, p + pl - 1), k);
}
