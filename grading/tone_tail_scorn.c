/* Rude tails the seen20 examiner's over-familiar desks put after a correct phrase (贵阳 T-GSOCCIA
 * 001—2020 §二(三)6 注意通话语气和态度; 国家职业技能标准 呼叫中心服务员 3.1 不用禁忌语): the phrase is said,
 * then the caller is told to say it all at once next time, or grilled about their own conduct. Helper
 * phr21. (The phone blamed, the manual pointed at and 也就您会问, which phr21 wrote here too, are
 * taboo21's device_blamed, written_plainly and only_you_ask in tone_jab.c.)
 *
 *   all_at_once      下次问题一次说清楚 / 以后一次性讲完
 *   conduct_grilled  您刚才打电话骂人是怎么回事 / 你在电话里乱发脾气什么意思 */
#include "tone_scan.h"

/* The word of [a, b) holding byte p of the joined words s. */
static size_t word_of(const scan *sc, size_t a, size_t b, const char *s, const char *p)
{
    return tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
}

/* Is one of stems in s before the byte at? (The agent's own, a condition or a hedge said first.) */
static int said_before(const char *s, const char *at, const char *const *stems)
{
    char head[256];
    size_t n = (size_t)(at - s) < sizeof head ? (size_t)(at - s) : sizeof head - 1;
    memcpy(head, s, n);
    head[n] = '\0';
    return tone_holds(head, stems);
}

/* 下次问题一次说清楚 / 以后一次性讲完: the caller told how to call next time, all at once — impatience (不耐烦)
 * after the phrase, where 2.5 asks the caller to repeat with an apology. 下次 / 以后 / 下回 then 一次 (性) 说 / 讲
 * 清楚 / 明白 / 完. Not the agent's own promise (我下次一定一次说清楚), not advice that helps (建议您下次先准备好单号，
 * 方便一次说清楚). */
int tone_all_at_once(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"次回后");
    static const char *const next[] = { "下次", "以后", "下回", "往后", NULL };
    static const char *const once[] = { "1次说清", "1次讲清", "1次性说清", "1次性讲清", "1次说完", "1次讲完", "1次性说完",
                                        "1次性讲完", "1次说明白", "1次讲明白", "1口气说完", "1口气讲完", NULL };
    static const char *const own[] = { "我", "建议", "为了", "方便", "可以", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t nl = 0, ol = 0;
    const char *n = tone_earliest(s, next, &nl);
    const char *o = n ? tone_earliest(n + nl, once, &ol) : NULL;
    if (!o || said_before(s, o, own) || tone_holds(o, own)) return 0;
    size_t k = word_of(sc, a, b, s, o);
    return tone_hit(sc, "impatient", "不耐烦（下次一次说清楚）", word_of(sc, a, b, s, n), word_of(sc, a, b, s, o + ol - 1), k);
}

/* 您刚才打电话骂人是怎么回事 / 你在电话里乱发脾气什么意思: the caller called to account for their own
 * conduct (骂人, 发脾气, 闹事 …) with an interrogation (是怎么回事, 什么意思, 想干什么) — a reprimand (呵斥),
 * where 2.21 calls back to serve and §二(三)3 meets abuse with its own set phrases. The caller the one who
 * did it (您 / 你 before the conduct); not the caller wronged by someone (有人骂您了，是怎么回事: 骂您), not the
 * caller's matter asked about (您刚才说的扣费是怎么回事: no conduct). */
int tone_conduct_grilled(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"您你");
    static const char *const conduct[] = { "骂人", "骂我", "骂我们", "发脾气", "发火", "闹事", "撒泼", "耍横", "胡说八道", "乱说",
                                           "瞎说", "吵架", NULL };
    static const char *const grill[] = { "是怎么回事", "怎么回事", "什么意思", "想干什么", "想干嘛", "想怎样", "想怎么样", NULL };
    static const char *const others[] = { "有人", "别人", "他们", "对方", "同事", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t cl = 0, gl = 0;
    const char *you = strstr(s, "您") ? strstr(s, "您") : strstr(s, "你");
    const char *c = you ? tone_earliest(you, conduct, &cl) : NULL;
    const char *g = c ? tone_earliest(c + cl, grill, &gl) : NULL;
    if (!g || said_before(s, c, others)) return 0;
    size_t k = word_of(sc, a, b, s, c);
    return tone_hit(sc, "lecture", "呵斥客户（质问客户言行）", word_of(sc, a, b, s, you), word_of(sc, a, b, s, g + gl - 1), k);
}
