/* 禁忌语 and insults of the probe rows earlier rounds left open (helper open21, own sentences in
 * tests/data/tone_more/open21.tsv, innocent twins first):
 *
 *   trivial_remedy      the caller's anger waved off with a remedy of their own (多喝点热水，喝完就不气了)
 *   absurd_count        a remedy mocked by a count past reason (重启一百遍试试)
 *   temper_condition    the caller's temper made the condition, the talk put off to the next clause
 *                       (您先把脾气收一收，我们再谈)
 *   habit_asked         a failure of the caller's, then their daily habits asked (都不会填，您平时用手机吗)
 *   sendoff_elsewhere   the caller sent to do it somewhere else (您要吵回家吵去)
 *   task_handed_back    a complaint about our work echoed, the work handed back (讲得太快？那您自己讲吧)
 *   (the caller's lapse, then what they still want asked back — 迟到一个小时还想拍外景？ — is taboo21's
 *   lapse_still_want in tone_jab.c, which fix21t joined with open21's lapse_then_want)
 *   thrift_mocked       the caller's thrift praised, then a thing used past its life (您真节约，钢瓶用到过期十年)
 *   no_way_later        a bare refusal, then a later time denied too, nothing offered (今天不送，明天也不一定)
 *   looks_blamed        the unsaid caller's looks held up as the cause (长成这样还怪我们拍得丑)          insult
 *   conduct_human       the caller's conduct, then asked whether human (您这么说话还是人吗)          insult
 *   asylum_fetch        a mental hospital said to be due to fetch the caller back (精神病院该接您回去了) insult
 *   seized_threat       the agent having the caller seized (我叫执法队来把你抓走)                   threat
 *   see_how_you_manage  a service withheld, then "see how you manage" (我们不送了，看你怎么做饭)     threat
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6
 * 注意通话语气和态度; the two insults §二(二) 2.1 and §二(四) 4.2 (an attack on the caller's humanity or mind
 * fails the call). */
#include "tone_scan.h"

#include <string.h>

static list PARTICLE = { "了", "的", "啊", "呀", "啦", "哦", "哈", "呢", "嘛", "吧", "吗", "么", "耶", "嘞", "咯", NULL };
/* another person the clause may be about (他还是人吗 reports someone else; 孩子就不闹了 is the child) */
static list THIRD = { "他", "她", "它", "他们", "她们", "人家", "别人", "孩子", "宝宝", "老人", "对方", NULL };
/* the agent doing something for the caller: help, not a shrug */
static list WE_ACT = { "帮", "帮您", "帮你", "给您", "给你", "为您", "马上", "立刻", "我", "我们", "这边", NULL };

/* Does nothing but particles follow word k up to b? */
static int closes(scan *sc, size_t k, size_t b)
{
    return tone_words_only_of(sc, k + 1, b, PARTICLE);
}

/* 喝完就不气了 / 您就消气了 / 就不烦了: the caller's anger said to pass (就 then its end), or NONE. */
static size_t anger_passes(scan *sc, size_t a, size_t b)
{
    static list end = { "消气", "气消", "不气", "不生气", "不烦", "解气", "不急", "不恼", "顺气", NULL };
    static list mood = { "气", "生气", "烦", "急", "恼", "火", "闹心", "憋屈", NULL };
    for (size_t j = find(sc, a, b, (list){ "就", "也就", "自然就", "就会", NULL }); j < b;
         j = find(sc, j + 1, b, (list){ "就", "也就", "自然就", "就会", NULL })) {
        size_t k = j + 1;
        if (k < b && in(sc, k, &SECOND)) k++;
        if (k < b && in(sc, k, end)) return k;
        if (k + 1 < b && in(sc, k, (list){ "不", "不会", NULL }) && in(sc, k + 1, mood)) return k + 1;
    }
    return NONE;
}

/* fix21t: what calms is news of ours, not a remedy of the caller's — 您听完这个消息就不急了 (the news named), or a later
 * clause that reports the matter put right (退款已经退回了, 师傅已经在路上了) with the caller not its subject; 钱已经扣了
 * reports no remedy. */
static int news_calms(scan *sc, size_t end)
{
    static list good = { "退", "到账", "寄出", "发出", "送到", "修好", "办好", "处理好", "解决", "恢复", "补发", "免", "在路上",
                         "找到", "通过", "批", "赔", "打到", "安排好", NULL };
    /* fin21t: news given (听完这个结果, 结果出来了, 给您回复), not any 结果 (结果都一样) */
    if (tone_words_hold(sc, 0, sc->w->n, (list){ "这个消息", "好消息", "这个结果", "结果出来", "有结果", "有了结果", "这个进度", "进度出来", "通知您",
                           "给您通知", "答复您", "给您答复", "回复您", "给您回复", "喜讯", NULL }))
        return 1;
    size_t n = sc->w->n, e = tone_next_clause_end(sc, end);
    for (size_t k = find(sc, e, n, (list){ "已经", "已", "早就", NULL }); k < n; k = find(sc, k + 1, n, (list){ "已经", "已", "早就", NULL })) {
        size_t c = k, ce = tone_next_clause_end(sc, k);
        while (c > e && sc->w->v[c - 1].clause == sc->w->v[k].clause) c--;
        /* fin21t: the matter put right, not denied (钱已经退不回来了, 已经没法退了) */
        if (find(sc, c, k, &SECOND) == NONE && tone_words_hold(sc, k, ce, good) &&
            !tone_words_hold(sc, c, ce, (list){ "不", "没", "未", "无法", NULL }))
            return 1;
    }
    return 0;
}

/* 您多喝点热水，睡一觉就不气了 / 出去走两圈，走完您就消气了: the caller's anger answered with a remedy of their
 * own to drink, sleep or walk off, and nothing of ours — a shrug at the complaint (打发客户, §二(三)6). A health
 * desk's remedy for a sore throat (嗓子就不疼了) names no anger; 办好了您就不气了 follows our own help. */
int tone_trivial_remedy(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"就");
    ANCHORS(sc, a, b, U"气烦急恼火闹憋");
    size_t end = anger_passes(sc, a, b);
    if (end == NONE) return 0;
    /* the remedy, in this clause or before it */
    if (!tone_clause_holds(sc, 0, end, U"喝睡走逛吃玩歇泡散听")) return 0;
    if (tone_in_reply(sc, THIRD) || tone_in_reply(sc, WE_ACT) || tone_softened(sc) || news_calms(sc, end)) return 0;
    if (!tone_in_reply(sc, (list){ "你", "您", "那", "那你", "那您", NULL })) return 0;
    return tone_hit(sc, "dismissive", "打发客户（多喝热水就不气了）", a, end, end);
}

/* 一百遍 / 1百次 / 八百回 / 一千次: a count of a hundred or more, spelled in one word or cut after the digit. The
 * index of its last word, or NONE. */
static size_t past_reason(scan *sc, size_t i, size_t b)
{
    static list count = { "百遍", "百次", "百回", "千遍", "千次", "千回", "万遍", "万次", "万回", "八百遍", "八百次", "八百回",
                          "一百遍", "一百次", "一千遍", "一千次", "一万遍", "一万次", "几百遍", "几百次", "几千遍", "几千次", NULL };
    if (in(sc, i, count)) return i;
    /* 1 | 百遍, 1 | 千 | 次 */
    size_t k = tone_spells_any(sc, i, b, (list){ "百遍", "百次", "百回", "千遍", "千次", "千回", "万遍", "万次", "万回", NULL });
    return k;
}

/* 您把手机重启一百遍试试 / 验证码多输个八百遍看看: a remedy the caller is sent to repeat past reason — mockery of
 * their trouble in the guise of advice (讽刺客户, §二(三)6). 我们测试了一百遍 is our own deed; 最多可以刷一百次 states
 * a limit and orders nothing. */
int tone_absurd_count(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"百千万");
    ANCHORS(sc, a, b, U"试看瞧");
    if (find(sc, a, b, (list){ "最多", "可以", "以内", "免费", "最多可以", "不超过", NULL }) < b) return 0;
    for (size_t i = a; i < b; i++) {
        size_t c = past_reason(sc, i, b);
        if (c == NONE) continue;
        size_t t = find(sc, c + 1, tone_upto(b, c + 3), (list){ "试试", "看看", "试一试", "瞧瞧", "试", "试1试", "试试看", NULL });
        if (t == NONE) return 0;
        if (find(sc, a, i, &FIRST) < i || find(sc, a, i, (list){ "我会", "我们会", NULL }) < i) return 0;
        return tone_hit(sc, "sarcasm", "讽刺客户（一百遍试试）", i, t, c);
    }
    return 0;
}

/* 把脾气收一收 / 把火气压一压 / 把性子放一放: the caller's temper put away, the temper right after 把 (or 把您的);
 * 把孩子的情绪安抚一下 is someone else's. The index of the temper word, or NONE. */
static size_t temper_put_away(scan *sc, size_t a, size_t b)
{
    static list temper = { "脾气", "火气", "性子", "情绪", "怒气", "脾性", "气", "火", "怨气", NULL };
    size_t ba = find(sc, a, b, (list){ "把", NULL });
    if (ba == NONE || ba + 2 >= b) return NONE;
    size_t t = ba + 1;
    if (in(sc, t, (list){ "您的", "你的", NULL })) t++;
    else if (t + 1 < b && in(sc, t, &SECOND) && tone_is(sc, t + 1, "的")) t += 2;
    if (t >= b || !in(sc, t, temper)) return NONE;
    /* (火 | 气压 | 1 | 压: the lexicon may glue the temper's second character to the next) */
    if (find(sc, t + 1, tone_upto(b, t + 4), (list){ "收", "压", "放", "控制", "管", "管管", "消", "降", "稳", "平", "收收",
                                                   "压压", "收起来", "压下去", "平复", NULL }) == NONE) return NONE;
    return t;
}

/* 您先把脾气收一收，我们再谈 / 你先把火气压一压，我们再沟通: the caller's temper made the condition of talking,
 * the talk put off to the next clause (不耐烦, §二(三)6; calm_first reads it in one clause). 您先消消气，我马上帮
 * 您查 goes on at once; 您的情绪我理解，我们再谈 puts nothing away. */
int tone_temper_condition(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"把");
    ANCHORS(sc, a, b, U"脾火性情怒气怨");
    size_t t = temper_put_away(sc, a, b);
    if (t == NONE || b >= sc->w->n) return 0;
    size_t e = tone_next_clause_end(sc, b), k = b;
    if (k < e && in(sc, k, (list){ "我们", "我", "咱们", "咱", NULL })) k++;
    if (k >= e) return 0;
    if (!in(sc, k, (list){ "再说", "再谈", "再聊", "再讲", NULL })) {
        if (!tone_is(sc, k, "再")) return 0;
        if (find(sc, k + 1, tone_upto(e, k + 3), (list){ "谈", "说", "聊", "讲", "沟通", "商量", "谈谈", "聊聊", "说话", NULL }) ==
            NONE)
            return 0;
    }
    if (find(sc, b, e, (list){ "帮", "帮您", "帮你", "为您", NULL }) < e) return 0;
    return tone_hit(sc, "impatient", "不耐烦（先把情绪收了再说）", t, k, t);
}

/* 都不会 / 都不懂 / 连…都不会: the caller's failure stressed with 都 somewhere in [0, to). */
static int failure_stressed(scan *sc, size_t to)
{
    if (find(sc, 0, to, (list){ "都不会", "都不懂", "都不知道", "也不会", NULL }) < to) return 1;
    for (size_t d = find(sc, 0, to, (list){ "都", NULL }); d < to; d = find(sc, d + 1, to, (list){ "都", NULL }))
        if (tone_find_cannot(sc, d + 1, tone_upto(to, d + 3)) < to) return 1;
    return 0;
}

/* 链接都不会填，您平时用手机吗 / 连扫码都不会，您平常不出门的吗: the caller's failure, then their daily habits asked
 * — condescension, their life judged by it (轻视客户, §二(三)6). 您平时用手机吗？不方便的话我们寄到家里 asks in
 * order to help; 不会填没关系 excuses the failure. */
int tone_habit_asked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"平从");
    if (!question || a == 0) return 0;
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE || who + 1 >= b) return 0;
    size_t h = who + 1;
    if (!in(sc, h, (list){ "平时", "平常", "平日", "从来", "平素", NULL })) return 0;
    /* (not tone_softened: 预约 or 网上办 named as the very thing the caller failed at is no alternative offered) */
    if (!failure_stressed(sc, a) || tone_reassured(sc, 0, a) || tone_in_reply(sc, APOLOGY)) return 0;
    if (find(sc, b, sc->w->n, (list){ "帮", "帮您", "帮你", "教您", "教你", "给您", "给你", NULL }) < sc->w->n) return 0;
    return tone_hit(sc, "rhetorical", "轻视客户（您平时不用手机吗）", who, b - 1, h);
}

/* 您要吵回家吵去 / 你要骂出去骂: the caller sent to do it somewhere else, the verb said twice around the place (打发
 * 客户, §二(三)6). 您要回家的话我们帮您叫车 says no verb twice. */
int tone_sendoff_elsewhere(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"要");
    ANCHORS(sc, a, b, U"回出外别");
    static list place = { "回家", "出去", "外面", "到外面", "外边", "别处", "到别处", "去别处", "回去", "别的地方", NULL };
    for (size_t k = find(sc, a, b, (list){ "要", "要是", NULL }); k < b; k = find(sc, k + 1, b, (list){ "要", "要是", NULL })) {
        size_t v = k + 1;
        if (v + 2 >= b) continue;
        if (!in(sc, v + 1, place) || strcmp(tone_word(sc, v), tone_word(sc, v + 2)) != 0) continue;
        if (strlen(tone_word(sc, v)) != 3 || in(sc, v, PARTICLE)) continue;   /* one verb character: 哭, 吵, 骂 */
        return tone_hit(sc, "dismissive", "打发客户（要X回家X去）", k, v + 2, v + 1);
    }
    return 0;
}

/* 您这么说话还是人吗 / 你这样对待老人还算人吗: the caller's conduct (你这么/这样 + what they do), then asked whether
 * they are human — an attack on their humanity (辱骂客户, §二(二) 2.1, §二(四) 4.2); human_asked reads it with
 * nothing between. 您这么说，他还是人吗 asks of someone else; 还是人工 / 还是本人 ask something else. */
int tone_conduct_human(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"人");
    static list be = { "还是", "还算", "还算是", "算", "算是", "还是不是", "算不算", "是不是", NULL };
    static list so = { "这么", "这样", "这种", "如此", "这般", "这样子", NULL };
    for (size_t h = find(sc, a, b, (list){ "人", NULL }); h < b; h = find(sc, h + 1, b, (list){ "人", NULL })) {
        if (h < a + 3 || !closes(sc, h, b)) continue;
        size_t c = h - 1;
        if (!in(sc, c, be)) continue;
        if (!question && !in(sc, c, (list){ "还是不是", "算不算", "是不是", NULL })) continue;
        size_t who = find(sc, a, c, &SECOND);
        if (who == NONE || who + 1 >= c || !in(sc, who + 1, so)) continue;
        if (find(sc, who + 1, c, THIRD) < c || find(sc, who + 1, c, &FIRST) < c) continue;
        return tone_hit(sc, "belittle", "辱骂客户（不是人）", who, h, h);
    }
    if (!question) return 0;
    size_t h = b - 1;
    while (h > a && in(sc, h, PARTICLE)) h--;
    /* fix21t: 还算是个人吗 (个 | 人, or 个人 as one word) */
    size_t c = h;
    if (tone_is(sc, h, "个人")) c = h;
    else if (tone_is(sc, h, "人") && h > a && tone_is(sc, h - 1, "个")) c = h - 1;
    else if (!tone_is(sc, h, "人")) return 0;
    if (c == a || !in(sc, c - 1, be)) return 0;
    size_t be_at = c - 1;
    /* the conduct in the clause before (您这么欺负一个快递员，还算人吗 / 说出这种话来，你还算是个人吗) */
    size_t ca;
    int lead = 1;   /* nothing but 你 / 您 / 还 before 还算 in its clause */
    for (size_t k = a; k < be_at && lead; k++) lead = in(sc, k, (list){ "还", "你", "您", NULL });
    if (lead && be_at - a <= 2 && tone_clause_before(sc, a, &ca)) {
        size_t who = find(sc, ca, a, &SECOND);
        size_t s = find(sc, ca, a, so);
        if (who != NONE && who + 1 < a && in(sc, who + 1, so) && find(sc, who + 1, a, THIRD) == NONE && find(sc, who + 1, a, &FIRST) == NONE)
            return tone_hit(sc, "belittle", "辱骂客户（不是人）", who, h, h);
        /* fix21t: no subject before the conduct, the caller named right before 还算 (干出这种事来，你还算是个人吗) */
        if (who == NONE && s != NONE && find(sc, a, be_at, &SECOND) != NONE && find(sc, ca, a, THIRD) == NONE &&
            find(sc, ca, a, &FIRST) == NONE)
            return tone_hit(sc, "belittle", "辱骂客户（不是人）", s, h, h);
    }
    /* fix21t: the conduct in the clause after (你还是人吗，这么对待一个老太太): the caller before 还是, the next
     * clause opening with 这么 / 这样 and naming no one else */
    if (lead && be_at - a <= 2 && find(sc, a, be_at, &SECOND) != NONE && b < sc->w->n && in(sc, b, so)) {
        size_t e = tone_next_clause_end(sc, b);
        if (find(sc, b, e, THIRD) == NONE) return tone_hit(sc, "belittle", "辱骂客户（不是人）", a, h, h);
    }
    return 0;
}

/* 神经病院是不是该接您回去了 / 疯人院该来接你回去了吧: a mental hospital said to be due to fetch the caller back —
 * their mind mocked as an escaped patient's (辱骂客户, §二(二) 2.1; sent_to_asylum reads the caller sent there).
 * 精神卫生中心明天会派车接您回去复查 arranges a visit (no 该, a date); 该接您父亲回去了 is someone else. */
int tone_asylum_fetch(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"精神疯");
    ANCHORS(sc, a, b, U"接");
    static list place = { "精神病院", "神经病院", "疯人院", "精神病医院", "精神科", "疯人", NULL };
    size_t last = NONE, p = find(sc, a, b, place);
    if (p == NONE) p = tone_spelled_in(sc, a, b, place, &last);   /* 神经病 | 院 cut in two */
    else last = p;
    if (p == NONE) return 0;
    size_t ought = find(sc, last + 1, b, (list){ "该", "应该", "是不是该", "也该", "早该", NULL });
    if (ought == NONE) return 0;
    size_t j = find(sc, ought + 1, b, (list){ "接", "来接", NULL });
    if (j == NONE || j + 2 > b - 1 || !in(sc, j + 1, &SECOND)) return 0;
    if (!in(sc, j + 2, (list){ "回去", "回", "回家", "走", "回来", NULL })) return 0;
    if (tone_in_reply(sc, (list){ "复查", "预约", "出院", "住院", "家属", "患者", "病人", "明天", "上午", "下午", NULL })) return 0;
    return tone_hit(sc, "belittle", "辱骂客户（该回精神病院）", p, j + 2, p);
}

/* 我叫执法队来把你抓走 / 我喊保安把你轰出去: the agent having the caller seized or thrown out — a threat (威胁客户,
 * §二(二) 2.1, §二(四) 4.2; send_people reads people set on the caller after a dare). 我叫师傅来把您的车拖走 moves the
 * caller's thing; 我叫工作人员来把您接走 fetches them. */
int tone_seized_threat(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"叫找让喊派");
    ANCHORS(sc, a, b, U"把");
    static list seize = { "抓走", "抓", "抓起来", "带走", "拖走", "拉走", "轰出去", "赶出去", "扔出去", "关起来", "铐起来", "轰走",
                          "赶走", "拖出去", "撵走", "撵出去", "拘留", "拷走", NULL };
    for (size_t me = find(sc, a, b, &FIRST); me < b; me = find(sc, me + 1, b, &FIRST)) {
        size_t call = find(sc, me + 1, tone_upto(b, me + 3), (list){ "叫", "找", "让", "喊", "派", "叫人", "找人", NULL });
        if (call == NONE) continue;
        size_t ba = find(sc, call + 1, tone_upto(b, call + 5), (list){ "把", NULL });
        if (ba == NONE || ba + 2 >= b || !in(sc, ba + 1, &SECOND) || !in(sc, ba + 2, seize)) continue;
        return tone_hit(sc, "threat", "威胁客户", me, ba + 2, ba + 2);
    }
    return 0;
}

/* 看您怎么方便 / 看您怎么选 / 看您怎么安排: the caller's own choice (when, which, whether) asked after — an offer. */
static list CHOICE = { "方便", "安排", "选", "选择", "挑", "考虑", "决定", "定", "打算", "合适", "想", "商量", "看", NULL };

/* fix21t: after the clause at b, the caller's choice taken up again — 您定好了我们再送 / 想好了随时来电 / 您有空再打过来
 * / 换个颜色还是等到货？ (我们再 + a verb, 随时, a choice asked with 还是): the service put off, not withheld. */
static int resumed_after(scan *sc, size_t b)
{
    size_t n = sc->w->n;
    if (find(sc, b, n, (list){ "随时", "再给您", "再为您", "再帮您", "再约", "再送", "再办", NULL }) < n) return 1;
    /* 换个颜色还是等到货？: a choice asked */
    for (size_t k = find(sc, b, n, (list){ "还是", NULL }); k < n; k = find(sc, k + 1, n, (list){ "还是", NULL }))
        if (sc->w->question[sc->w->v[k].clause]) return 1;
    /* 您定好了我们再送 / 您有空再打过来: 再 after us or after the caller's readiness */
    for (size_t k = find(sc, b, n, (list){ "再", NULL }); k < n; k = find(sc, k + 1, n, (list){ "再", NULL }))
        if (k > b && (in(sc, k - 1, &FIRST) || in(sc, k - 1, (list){ "了", "好了", "好", "有空", "方便", "有时间", "定好", "想好", NULL })))
            return 1;
    return 0;
}

/* 以后你家的气我们不送了，看你怎么做饭 / 这事我们不管了，看你怎么办: a service withheld by us, then the caller told to
 * see how they manage without it — a gloating threat (威胁客户, §二(二) 2.1, §二(四) 4.2). fix21t: what follows 怎么
 * decides it — a hardship (怎么办 / 过冬 / 做饭 / 交代) is the gloat; the caller's choice (看您怎么安排时间，您定好了我们
 * 再送, 看您怎么选) or the service resumed after it is an offer of a time, never a threat. The finding starts at 看: the
 * 不 of the withheld service after 我们就 would read as the agent's talk of itself (cs_words_said_of_self). */
int tone_see_how_you_manage(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"看");
    ANCHORS(sc, a, b, U"怎咋");
    size_t k = a;
    if (k < b && in(sc, k, (list){ "就", "我", "我倒要", "倒要", NULL })) k++;
    if (k + 2 >= b || !tone_is(sc, k, "看") || !in(sc, k + 1, &SECOND) ||
        !in(sc, k + 2, (list){ "怎么", "咋", "怎样", "怎么办", "咋办", "怎么整", "咋整", NULL }))
        return 0;
    if (resumed_after(sc, b)) return 0;
    /* fin21t: the caller's choice alone lets off only where the service was not just withheld by us, or was withheld
     * at the caller's own wish (您要是不想办，我们就不办了，看您怎么决定); 我们就不送了，看你怎么安排吧 offers nothing. */
    int choice = k + 3 < b && in(sc, k + 3, CHOICE);
    if (choice && find(sc, 0, a, &SECOND) < a &&
        tone_words_hold(sc, 0, a, (list){ "不想", "不需要", "没想好", "不打算", "不用了", NULL }))
        return 0;
    static list withheld = { "不管", "不送", "不给", "不办", "不修", "不卖", "不供", NULL };
    for (size_t n = find(sc, 0, a, (list){ "不", "不管", "不送", "不给", "不办", "不修", "不卖", "不供", NULL }); n < a;
         n = find(sc, n + 1, a, (list){ "不", "不管", "不送", "不给", "不办", "不修", "不卖", "不供", NULL })) {
        int one = in(sc, n, withheld);
        if (!one && (n + 1 >= a || !in(sc, n + 1, (list){ "送", "送了", "给", "管", "管了", "办", "修", "卖", "供", NULL }))) continue;
        if (find(sc, 0, n, &FIRST) == NONE) continue;
        return tone_hit(sc, "threat", "威胁客户", k, k + 2, k);
    }
    return 0;
}

/* 讲解员讲得太快？那您下次自己讲吧 / 师傅修得太慢？那你自己修呗: the caller's complaint about our work echoed as a
 * question, then the work handed back to them — sarcasm (讽刺客户, §二(三)6). 下载太慢？那您自己下载
 * 安装包吧，我发链接给您 goes on to help. */
int tone_task_handed_back(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"自");
    ANCHORS(sc, a, b, U"那");
    size_t ca;
    if (question || !in(sc, a, (list){ "那", "那您", "那你", "那就", NULL }) || !tone_clause_before(sc, a, &ca)) return 0;
    if (!sc->w->question[sc->w->v[ca].clause]) return 0;
    size_t self = find(sc, a, b, (list){ "自己", NULL });
    if (self == NONE || self + 1 >= b) return 0;
    if (find(sc, a, self, &SECOND) == NONE && !in(sc, a, (list){ "那您", "那你", NULL })) return 0;
    size_t v = self + 1;
    /* the verb complained of: V 得 太… in the question before */
    for (size_t k = ca; k + 2 < a; k++) {
        if (strcmp(tone_word(sc, k), tone_word(sc, v)) != 0 || !tone_is(sc, k + 1, "得")) continue;
        if (strncmp(tone_word(sc, k + 2), "太", strlen("太")) != 0) continue;   /* 太 快 / 太慢 */
        if (find(sc, b, sc->w->n, &FIRST) < sc->w->n || find(sc, b, sc->w->n, (list){ "帮", "帮您", "给您", "为您", NULL }) < sc->w->n)
            return 0;
        return tone_hit(sc, "sarcasm", "讽刺客户（那您自己来吧）", k, v, self);
    }
    return 0;
}

/* 长成这样还怪我们拍得丑 / 长这样还嫌我们修得难看: the unsaid caller's looks held up as the cause, then our work blamed
 * by them — the caller's person mocked (贬低客户, §二(二) 2.1; looks_mocked reads the looks named outright). 庄稼长成这
 * 样还怪我们化肥 names a crop; 孩子长成这样真可爱 blames no one. */
int tone_looks_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"长");
    ANCHORS(sc, a, b, U"怪嫌");
    size_t k = a;
    if (k < b && in(sc, k, &SECOND)) k++;   /* 你长成这样 */
    if (k + 3 >= b || !in(sc, k, (list){ "长成", "长", "长得", NULL })) return 0;
    size_t so = k + 1;
    if (!in(sc, so, (list){ "这样", "那样", "这德性", "这模样", "这个样子", "这副样子", NULL })) return 0;
    size_t still = so + 1;
    if (!tone_is(sc, still, "还") || still + 2 >= b) return 0;
    if (!in(sc, still + 1, (list){ "怪", "嫌", "赖", "说", NULL }) || !in(sc, still + 2, &FIRST)) return 0;
    return tone_hit(sc, "belittle", "贬低客户（长相）", a, still + 2, k);
}

/* 今天不送，明天也不一定 / 现在办不了，以后也不好说: a bare refusal with a later time denied too and nothing offered —
 * the caller left with no way (推诿; §二(三)6). 明天也不一定能送，我帮您问一下站点 goes on to help; 今天不
 * 送，明天上午送到 gives the way. */
int tone_no_way_later(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"也");
    ANCHORS(sc, a, b, U"不");
    size_t ca;
    if (question || !in(sc, a, (list){ "明天", "以后", "下次", "后天", "过几天", "改天", "下周", NULL }) || !tone_clause_before(sc, a, &ca))
        return 0;
    if (a + 2 >= b || !tone_is(sc, a + 1, "也")) return 0;
    /* 不一定 / 不好说 closing the clause (不 | 1 | 定 in the normal form) */
    size_t e = tone_spells_any(sc, a + 2, b, (list){ "不1定", "不一定", "不好说", "说不准", "说不定", NULL });
    if (e == NONE || e + 1 != b) return 0;
    /* the clause before: a time, then a bare 不 + verb */
    if (!in(sc, ca, (list){ "今天", "现在", "这会儿", "今儿", "这周", NULL }) || find(sc, ca, a, (list){ "不", "没", "办不了", "送不了", NULL }) == NONE)
        return 0;
    if (b < sc->w->n || tone_softened(sc) || tone_in_reply(sc, WE_ACT)) return 0;
    return tone_hit(sc, "dismissive", "推诿（以后也不一定）", ca, b - 1, a + 1);
}

/* 您真节约，钢瓶用到过期十年 / 您可真会过日子，电瓶用到坏了才换: the caller's thrift praised, then in the next clause a
 * thing used past its life — mock praise whose fault is a result (讽刺客户, §二(三)6; praise_then_fault reads
 * 还想 / 都挑不出). 您真节约，这个套餐每月能省二十元 praises a saving. */
int tone_thrift_mocked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"节省俭过");
    static list thrift = { "节约", "节省", "省", "会过日子", "过日子", "勤俭", "能省", "省钱", "会省", "节俭", NULL };
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE || b >= sc->w->n) return 0;
    size_t t = find(sc, who + 1, b, thrift);
    if (t == NONE || t > who + 3 || !closes(sc, t, b)) return 0;
    if (find(sc, who + 1, t, (list){ "真", "可真", "太", "真是", "可", "真会", "可真会", "会", NULL }) == NONE) return 0;
    size_t e = tone_next_clause_end(sc, b);
    size_t over = find(sc, b, e, (list){ "过期", "超期", "坏", "坏了", "破了", "烂了", "漏了", "漏", "报废", NULL });
    if (over == NONE || tone_in_reply(sc, WE_ACT) || tone_softened(sc)) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（真节约）", who, over, t);
}
