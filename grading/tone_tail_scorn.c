/* Rude tails the seen20 examiner's over-familiar desks put after a correct phrase (贵阳 T-GSOCCIA
 * 001—2020 §二(三)6 注意通话语气和态度; 国家职业技能标准 呼叫中心服务员 3.1 不用禁忌语): the phrase is said,
 * then the caller is faulted for their own equipment, pointed at the manual instead of helped, singled
 * out as the only one who would ask, or told to say it all at once next time. Helper phr21.
 *
 *   gear_blamed      您那手机也该换了 / 你这破电话早该淘汰了
 *   manual_pointed   说明书第三页写得很清楚的 / 合同上写得明明白白
 *   only_you_ask     这种冷门问题也就您会问 / 只有你才会问这个
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

/* 您那手机也该换了 / 你这破电话早该淘汰了: the caller's own phone (您那 / 你这 / 您的 + 手机, 电话, 座机 …)
 * judged worn out — the bad line laid on the caller's equipment, where 2.2 and 2.4 apologise and ask for
 * another phone. Not the agent's own set (no 您 / 你 before it), not a condition or a guess (如果 / 可能:
 * 可能是您的手机太旧了，建议您换一部再拨 names a cause with the remedy), not 该换套餐 or the phone's software
 * (手机版本太老了, 我教您升级: the verdict must follow the phone itself). */
int tone_gear_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"您你");
    static const char *const yours[] = { "您那", "你那", "您这", "你这", "您的", "你的", "您家", "你家", NULL };
    /* the phone the call is heard through, not any machine of the caller's (您家的机器是老古董了，我帮您申请
     *更新补贴 is a farm machine, help offered) */
    static const char *const gear[] = { "手机", "电话", "座机", "话机", "老人机", NULL };
    static const char *const worn[] = { "该换了", "早该换", "该淘汰", "淘汰了", "老掉牙", "老古董", "太老了", "太旧了", "太破了",
                                        "不中用", NULL };
    static const char *const soft[] = { "如果", "要是", "假如", "可能", "也许", "或许", "建议", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t yl = 0, gl = 0, vl = 0;
    const char *y = tone_earliest(s, yours, &yl);
    if (!y || tone_holds(s, soft)) return 0;
    const char *g = tone_earliest(y + yl, gear, &gl);
    if (!g || (size_t)(g - (y + yl)) > 3 * 3) return 0;   /* 您那个破手机: 3 characters between at most */
    /* the verdict on the phone itself: right after it (手机也该换了, 电话早该淘汰了: one character between at
     * most, so 手机版本太老了 judges the software), or as its own adjective (破手机, 烂电话) */
    const char *v = tone_earliest(g + gl, worn, &vl);
    int scorned = g - y >= 3 && (strncmp(g - 3, "破", 3) == 0 || strncmp(g - 3, "烂", 3) == 0);
    if (v && (size_t)(v - (g + gl)) > 3) v = NULL;
    if (!v && !scorned) return 0;
    if (!v) { v = g; vl = gl; }
    size_t k = word_of(sc, a, b, s, g);
    return tone_hit(sc, "blame", "怪罪客户（手机该换了）", word_of(sc, a, b, s, y), word_of(sc, a, b, s, v + vl - 1), k);
}

/* 说明书第三页写得很清楚的 / 合同上写得明明白白: the caller sent back to what is written (说明书, 合同,
 * 官网 …) with the verdict that it is plain — they should have read it (说教, the condescension 2.6's
 * offer to explain again answers). Not asked (合同上写得清楚吗), not the caller's own writing praised
 * (您写得很清楚，谢谢: no written material named), not the agent's own material owned as unclear (说明书写得
 * 不清楚: no verdict stem). */
int tone_manual_pointed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"写");
    static const char *const written[] = { "说明书", "手册", "官网", "网站", "合同", "协议", "公告", "通知", "页面", "短信",
                                           "条款", "规定", "页", "APP", "app", NULL };
    static const char *const plain[] = { "写得很清楚", "写得清清楚楚", "写得明明白白", "写得很明白", "写得非常清楚",
                                         "写得特别清楚", "写得很详细", "写的很清楚", "写的清清楚楚", "写的明明白白",
                                         "写得清楚的", "写得够清楚", "早就写了", "都写着呢", "写着呢", NULL };
    if (question) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t wl = 0, pl = 0;
    const char *m = tone_earliest(s, written, &wl);
    const char *p = m ? tone_earliest(m + wl, plain, &pl) : NULL;
    if (!p) return 0;
    size_t k = word_of(sc, a, b, s, p);
    return tone_hit(sc, "lecture", "说教客户（自己看说明）", word_of(sc, a, b, s, m), word_of(sc, a, b, s, p + pl - 1), k);
}

/* 这种冷门问题也就您会问 / 只有你才会问这个: the caller singled out as the only one who would ask —
 * the question mocked (讽刺) instead of answered. 也就 / 只有 / 就 + 您 / 你 + (才) 会问, 问得出, 想得出. Not
 * what only the caller may do (只有您本人才能办理: no 问). */
int tone_only_you_ask(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"您你");
    static const char *const only[] = { "也就您", "也就你", "只有您", "只有你", "就您", "就你", NULL };
    static const char *const ask[] = { "会问", "才会问", "才问", "问得出", "能问出", "想得出", "会这么问", "才这么问", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t ol = 0;
    const char *o = tone_earliest(s, only, &ol);
    /* the verb right after the caller: 也就您会问, 只有您才会问 */
    const char *q = o ? tone_after_any(o + ol, ask) : NULL;
    if (!q) return 0;
    size_t k = word_of(sc, a, b, s, o);
    return tone_hit(sc, "sarcasm", "讽刺客户（也就您会问）", k, word_of(sc, a, b, s, q - 1), k);
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
