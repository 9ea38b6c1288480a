/* Rhetorical questions at the caller: a question about the caller's hearing, understanding or
 * ability (你没听清楚吗, 您不知道吗, 难道您没收到短信), about what was already said
 * (我不是说了吗), or about us asked back (我们还能骗您不成), asked to reproach, not to learn
 * (呼叫服务员职业标准(试行) 五级 三(一)2 (不用禁忌语及口头禅)
 * and 贵阳 T-GSOCCIA 001—2020 §二(三)6 (注意通话语气和态度)). A question the agent
 * asks to check or to help (您听清楚了吗, 您刚才不是说有两张卡吗？我想确认一下) is the standard's
 * own 2.3 / 2.5 and is left alone; each rule names the neighbour it spares. */
#include "tone_scan.h"

#include <string.h>

/* the label of a rhetorical question at the caller */
static const char ASKED_BACK[] = "反问客户";

/* 您刚才不是说有两张卡吗？我想确认一下: the caller's own words recalled (您 before 不是说) so that the
 * next clause can check them, a clarifying question, not the agent's 我不是说了吗. */
static int recalled_to_check(scan *sc, size_t a, size_t neg, size_t b)
{
    if (neg >= b || find(sc, a, neg, &SECOND) == NONE) return 0;
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause == sc->w->v[b].clause) end++;
    if (find(sc, b, end, (list){ "确认", "核实", "核对", "想确认", "查", "查一下", "帮您", "对吗", "是吗", NULL }) < end) return 1;
    /* 您不是说明天在家吗，那我们明天上门: the next clause acts on the caller's words — the agent's side
     * (我, 我们) or an offer (words.h) in a statement with no why or again thrown back (怎么又不在) */
    if (b >= sc->w->n || sc->w->question[sc->w->v[b].clause]) return 0;
    if (find(sc, b, end, (list){ "怎么", "干嘛", "干啥", "干什么", "为什么", "为啥", "凭什么", "又", "还", "到底", "不", "没", "别", NULL }) < end)
        return 0;
    if (find(sc, b, end, &FIRST) < end) return 1;
    for (size_t k = b; k < end; k++)
        if (cs_words_offer(sc->w, k)) return 1;
    return 0;
}

/* 有什么不明白的，您随时再来电 / 有啥不懂的再问我: the caller's unclear points named only to invite the
 * next question (贵阳 §二(二) 2.6 asks 请问您还有什么不清楚的地方; §二(一)3 the close), not 这有什么不懂的:
 * 有 opens the what-word (no 这/那 before it) and an invitation follows in its clause or the next. */
static int unclear_invited(scan *sc, size_t i, size_t v, size_t b)
{
    size_t have = in(sc, i, (list){ "有什么", "有啥", NULL }) ? i : i > 0 && tone_is(sc, i - 1, "有") ? i - 1 : NONE;
    if (have == NONE) return 0;
    if (have > 0 && sc->w->v[have - 1].clause == sc->w->v[have].clause &&
        in(sc, have - 1, (list){ "这", "那", "这个", "那个", "这种", "这有", "那有", NULL }))
        return 0;
    int unclear = in(sc, v, (list){ "不懂", "不明白", "不清楚", NULL }) ||
                  (v == i + 2 && tone_is(sc, i + 1, "不") && in(sc, v, (list){ "懂", "明白", "清楚", NULL }));
    if (!unclear) return 0;
    size_t end = b;
    if (end < sc->w->n) {
        size_t next = sc->w->v[end].clause;
        while (end < sc->w->n && sc->w->v[end].clause == next) end++;
    }
    if (find(sc, v + 1, end, (list){ "随时", "欢迎", "问我", "找我", "来电", "再来电", "咨询",
                                     /* 有啥不明白的尽管问 (fpprobe) */
                                     "尽管", "尽管问", "只管", "只管问", NULL }) < end) return 1;
    for (size_t k = v + 1; k + 1 < end; k++)
        if (tone_is(sc, k, "再") && in(sc, k + 1, (list){ "问", "打", "打来", "打过来", "来电", "联系", "找", "问问", NULL }))
            return 1;
    return 0;
}

/* 我给您说清楚没有 / 我跟您讲明白了没有: the agent checking their own explanation, the caller only its
 * hearer (我 … 给/跟 您 before the verb, and not named again as the one who hears: 我跟你说的你听清楚没有
 * tests the caller), a check of the agent's work, not of the caller's ears (fixtb13). */
static int agent_explained(scan *sc, size_t a, size_t b)
{
    size_t who = find(sc, a, b, &SECOND);
    /* 我说清楚没有 / 我讲明白了没有: the agent the subject of the saying verb itself, no hearer named
     * (fix13a); 我说的听懂了没有 puts a hearing verb after it and tests the caller */
    size_t me = find(sc, a, b, &FIRST);
    if (who == NONE && me + 1 < b && me + 2 < sc->w->n && in(sc, me + 1, (list){ "说", "讲", "解释", "表达", "说得", "讲得", NULL }) &&
        in(sc, me + 2, (list){ "清楚", "明白", "清", "清楚了", "明白了", NULL }))
        return 1;
    return who < b && who > a && in(sc, who - 1, (list){ "给", "跟", "和", "向", "为", NULL }) && find(sc, a, who, &FIRST) < who &&
           find(sc, who + 1, b, &SECOND) == NONE;
}

/* 听懂了没有 / 明白没有: an A-not-A demand after a hearing verb, which tests the caller rather
 * than asks (without 你/您 only when the verb stands right before 没有). */
static int heard_or_not(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t last = b - 1;
    if (last > a + 1 && in(sc, last, (list){ "啊", "呀", "呢", "哪", NULL }) && in(sc, last - 1, (list){ "没有", "没", NULL })) last--;
    if (last > a && (tone_is(sc, last, "没有") || tone_is(sc, last, "没"))) {
        if (agent_explained(sc, a, b)) return TONE_GO_ON;
        size_t from = who < b ? who + 1 : a;
        size_t v = find(sc, from, last, &HEAR);
        if (v < last && (who < b || v + 1 == last || (v + 2 == last && in(sc, v + 1, &DONE))))
            return tone_hit(sc, "rhetorical", ASKED_BACK, who < b ? who : v, last, v);
    }
    return TONE_GO_ON;
}

/* 这还用问吗 / 还用我说吗: the answer is obvious, says the question. */
static int answer_obvious(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t need = find(sc, a, b, (list){ "还用", "用得着", NULL });
    if (need == NONE) {
        size_t still = find(sc, a, b, (list){ "还", NULL });
        if (still + 1 < b && tone_is(sc, still + 1, "用")) need = still + 1;
    }
    size_t ask = need < b ? find(sc, need + 1, tone_upto(b, need + 3), (list){ "问", "说", "讲", "教", NULL }) : NONE;
    if (question && ask < b) return tone_hit(sc, "rhetorical", ASKED_BACK, need, ask, ask);
    return TONE_GO_ON;
}

/* 您就不能自己看看吗: the caller told to help themselves, as a question. */
static int help_yourself(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t cannot_self = who < b ? find(sc, who + 1, tone_upto(b, who + 4), (list){ "不能自己", "不会自己", NULL }) : NONE;
    if (cannot_self == NONE && who < b) {
        size_t cant = find(sc, who + 1, tone_upto(b, who + 3), (list){ "不能", "不会", "就不能", NULL });
        if (cant + 1 < b && in(sc, cant + 1, (list){ "自己", NULL })) cannot_self = cant + 1;
    }
    if (question && cannot_self < b) return tone_hit(sc, "rhetorical", ASKED_BACK, who, cannot_self, cannot_self);
    return TONE_GO_ON;
}

/* fix31a: 您是看不懂中文吗？我们有英文客服可以帮您: the question about the language is asked to serve the caller
 * in another one — another language and help both in the reply make it a real question (贵阳 §二(二) 2.20 asks
 * about the caller's language to serve them), not a jab (说英文也没用 offers nothing). */
static int other_tongue_offered(scan *sc, size_t a, size_t b)
{
    if (find(sc, a, b, (list){ "中文", "汉语", "汉字", "普通话", "国语", "华语", NULL }) == NONE) return 0;
    return tone_in_reply(sc, (list){ "英文", "英语", "外语", "翻译", "粤语", "双语", "藏语", "维语", "蒙语", NULL }) &&
           tone_in_reply(sc, (list){ "帮您", "为您", "给您", "可以", "转接", "客服", "服务", NULL });
}

/* 你听得懂中文吗 / 你听不懂普通话吗: the caller's understanding of the language questioned
 * (您会说普通话吗 is the dialect phrase of 2.x, a real question). */
static int language_doubted(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t tongue = find(sc, a, b, (list){ "中文", "人话", "普通话", "汉语", "国语", NULL });
    int plain = tongue < b && in(sc, tongue, (list){ "中文", "人话", NULL });
    int negated = tongue < b && find(sc, a, tongue, (list){ "听不懂", "不懂", "听不明白", NULL }) < b;
    if (tongue < b && tongue > a && (negated || (plain && question &&
        find(sc, a, tongue, (list){ "听得懂", "听懂", "懂", NULL }) < b)) &&
        find(sc, a, b, PLEASE) == NONE && !other_tongue_offered(sc, a, b))
        return tone_hit(sc, "rhetorical", ASKED_BACK, a, tongue, tongue);
    return TONE_GO_ON;
}

/* 你连自己的号码都记不住吗: a jab at the caller's memory (rude, not an insult that fails the call). */
static int memory_jab(scan *sc, size_t a, size_t b, size_t who, int question)
{
    for (size_t even = find(sc, a, b, (list){ "都", "连", NULL }); question && even < b;
         even = find(sc, even + 1, b, (list){ "都", "连", NULL })) {
        size_t forgot = find(sc, even + 1, tone_upto(b, even + 3),
                             (list){ "记不住", "记不得", "不记得", "看不懂", "搞不懂", "弄不懂", "搞不清楚", "弄不明白", NULL });
        if (forgot < b) return tone_hit(sc, "rhetorical", ASKED_BACK, even, forgot, forgot);
    }
    return TONE_GO_ON;
}

/* 我说得还不够清楚吗: the agent's own words held up against the caller (我刚才说得不够清楚 is
 * a statement owning the fault: no question, no 还). */
static int own_words_held_up(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t me_say = find(sc, a, b, &FIRST);
    size_t say_w = me_say < b ? find(sc, me_say + 1, tone_upto(b, me_say + 3), (list){ "说", "讲", "说得", "讲得", "解释", NULL }) : NONE;
    size_t yet = say_w < b ? find(sc, say_w + 1, tone_upto(b, say_w + 3), (list){ "还", NULL }) : NONE;
    if (question && yet + 1 < b && find(sc, yet + 1, tone_upto(b, yet + 4), (list){ "清楚", "明白", "不够清楚", "不清楚", NULL }) < b)
        return tone_hit(sc, "rhetorical", ASKED_BACK, me_say, yet, yet);
    return TONE_GO_ON;
}

/* 连这个都要我教你？: teaching the caller named as beneath the agent; a bare 教 only with the
 * caller after it (我教您怎么操作 offers). */
static int must_teach(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t teach = find(sc, a, b, (list){ "教", "教你", "教您", NULL });
    if (question && teach < b && find(sc, a, teach, (list){ "连", "都", "还", NULL }) < b &&
        (strcmp(tone_word(sc, teach), "教") != 0 || (teach + 1 < b && in(sc, teach + 1, &SECOND))))
        return tone_hit(sc, "rhetorical", ASKED_BACK, a, teach, teach);
    return TONE_GO_ON;
}

/* 怎么不早说: the caller blamed for telling late, as a question. */
static int why_not_sooner(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t how = find(sc, a, b, (list){ "怎么", "干嘛", "为什么", NULL });
    if (how + 2 < b && tone_is(sc, how + 1, "不") && (tone_is(sc, how + 2, "早") || tone_is(sc, how + 2, "早点")))
        return tone_hit(sc, "rhetorical", ASKED_BACK, how, how + 2, how + 2);
    return TONE_GO_ON;
}

/* 你有没有认真听 / 您听没听我说: whether the caller listens at all (not 您有没有听到提示音, a check). */
static int listens_at_all(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t whether = who < b ? find(sc, who + 1, tone_upto(b, who + 3), (list){ "有没有", "到底有没有", NULL }) : NONE;
    size_t how_listen = whether < b && whether + 1 < b && in(sc, whether + 1, (list){ "认真", "在", "好好", "仔细", "用心", NULL }) ? whether + 2 : NONE;
    if (how_listen < b && in(sc, how_listen, (list){ "听", "看", "听我说", NULL }))
        return tone_hit(sc, "rhetorical", ASKED_BACK, who, how_listen, how_listen);
    for (size_t i = a; i + 2 < b; i++)
        if (tone_is(sc, i, "听") && tone_is(sc, i + 1, "没") && tone_is(sc, i + 2, "听")) return tone_hit(sc, "rhetorical", ASKED_BACK, i, i + 2, i);
    return TONE_GO_ON;
}

/* 您是不是没在听 / 你根本没认真听: the caller's attention, not hearing, doubted (您是不是没听清 is a
 * check of the line and passes). */
static int attention_doubted(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who < b && !tone_reassured(sc, who, b)) {
        size_t no = find(sc, who + 1, tone_upto(b, who + 4), (list){ "没", "没有", "不", "根本没", NULL });
        if (no + 2 < b && in(sc, no + 1, (list){ "在", "认真", "好好", "用心", "仔细", "注意", NULL }) &&
            in(sc, no + 2, (list){ "听", "看", "听我说", "听我讲", NULL }))
            return tone_hit(sc, "rhetorical", ASKED_BACK, who, no + 2, no + 1);
    }
    return TONE_GO_ON;
}

/* 这有什么不懂的 / 有什么好问的 / 没什么好解释的: the caller's question declared needless. */
static int needless_question(scan *sc, size_t a, size_t b, size_t who, int question)
{
    for (size_t i = find(sc, a, b, &WHAT_ANY); i + 2 < b; i = find(sc, i + 1, b, &WHAT_ANY)) {
        int what_w = in(sc, i, (list){ "没什么", "有什么", "没啥", "有啥", "没有什么", NULL });
        if (!what_w && (!in(sc, i, (list){ "什么", "啥", NULL }) || i == a || !in(sc, i - 1, (list){ "有", "没", "没有", NULL }))) continue;
        size_t v = i + 1;
        if (in(sc, v, (list){ "好", "难", "不", "可", NULL }) && v + 1 < b) v++;
        if ((v > i + 1 || in(sc, v, (list){ "不懂", "难懂", "不明白", "好说", "好问", "好讲", NULL })) &&
            in(sc, v, (list){ "说", "问", "讲", "解释", "谈", "聊", "争", "吵", "懂", "理解", "明白", "不懂", "难懂", "不明白",
                              "好说", "好问", "好讲", "投诉", "抱怨", "计较", NULL }) &&
            (v + 1 == b || in(sc, v + 1, &TAIL)) && !unclear_invited(sc, i, v, b))
            return tone_hit(sc, "rhetorical", ASKED_BACK, what_w ? i : i - 1, v, v);
    }
    return TONE_GO_ON;
}

/* 这还需要我教吗 / 这种事还要问我: the question said to be beneath asking. */
static int beneath_asking(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t still_need = find(sc, a, b, (list){ "还需要", "还要", NULL });
    for (size_t i = a; still_need == NONE && i + 1 < b; i++)
        if (tone_is(sc, i, "还") && in(sc, i + 1, (list){ "需要", "要", "得", NULL })) still_need = i + 1;
    if (question && still_need + 1 < b) {
        size_t k = in(sc, still_need + 1, (list){ "我", "问我", NULL }) && tone_is(sc, still_need + 1, "我") ? still_need + 2 : still_need + 1;
        if (k < b && (in(sc, k, (list){ "教", "教你", "教您", "问我", NULL }) || (tone_is(sc, k, "问") && k + 1 < b && tone_is(sc, k + 1, "我"))))
            return tone_hit(sc, "rhetorical", ASKED_BACK, still_need, k, k);
    }
    return TONE_GO_ON;
}

/* 问这个有意义吗 / 问这种问题有意思吗: the caller's asking called pointless. */
static int pointless_asking(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t asked = find(sc, a, b, (list){ "问", "问这个", "说", "讲", "说这些", "讲这些", NULL });
    /* 说这些有意思吗 — but 您说的方法有用吗 asks about the method */
    if (asked + 1 < b && in(sc, asked, (list){ "说", "讲", NULL }) && !in(sc, asked + 1, (list){ "这些", "这个", "那些", "这种", "这", NULL }))
        asked = NONE;
    size_t point = asked < b ? find(sc, asked + 1, b, (list){ "有意义", "有意思", "有用", NULL }) : NONE;
    for (size_t i = asked + 1; point == NONE && asked < b && i + 1 < b; i++)
        if (tone_is(sc, i, "有") && in(sc, i + 1, (list){ "意义", "意思", "用", NULL })) point = i + 1;
    if (question && point < b) return tone_hit(sc, "rhetorical", ASKED_BACK, asked, point, point);
    return TONE_GO_ON;
}

/* The checks after this one read a negated hearing or saying verb, which only a question makes a
 * reproach; and 您还有什么不清楚的地方吗 / 哪里不明白, asking what is still unclear, is the 2.6
 * offer. Either ends the rule with no hit. */
static int only_reproachful_questions(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (!question) return 0;
    if (find(sc, a, b, &OPEN_ASK) < b) return 0;
    return TONE_GO_ON;
}

/* 请问您知道不知道司机的车牌号 / 麻烦问一下，您清楚不清楚车次: the verb asked as V不V after a
 * courteous 请问 / 麻烦 (in its clause or the one before) is a question for a fact (贵阳 §二(二) 2.x ask
 * 请问…), not a doubt thrown at the caller (fixtb13). */
static int asked_for_fact(scan *sc, size_t a, size_t neg, size_t verb)
{
    if (neg == 0 || neg <= a || verb != neg + 1 || strcmp(tone_word(sc, neg - 1), tone_word(sc, verb)) != 0) return 0;
    if (find(sc, a, neg, COURTESY) < neg) return 1;
    size_t ca;
    return tone_clause_before(sc, a, &ca) && find(sc, ca, a, COURTESY) < a;
}

/* 你没听见吗 / 您不知道吗 / 你自己不会吗: the caller's own hearing, knowledge or ability doubted
 * in a question (您没收到吗？我再发一次 runs on to help: tone_run_on_ask). */
static int caller_doubted(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who >= b || other_tongue_offered(sc, a, b)) return TONE_GO_ON;
    size_t self_neg = find(sc, who + 1, b, &NEG_HEAR);
    if (self_neg < b) return tone_hit(sc, "rhetorical", ASKED_BACK, who, self_neg, self_neg);
    size_t neg = find(sc, who + 1, b, &NEG);
    size_t verb = neg < b ? find(sc, neg + 1, b, &HEAR) : b;
    if (verb < b && asked_for_fact(sc, a, neg, verb)) return 0;
    if (verb < b && !tone_run_on_ask(sc, neg, verb, b)) return tone_hit(sc, "rhetorical", ASKED_BACK, who, verb, verb);
    size_t self = find(sc, who, tone_upto(b, who + 2), (list){ "自己", "你自己", "您自己", NULL });
    if (self < b && find(sc, self + 1, tone_upto(b, self + 3), &NEG) < b)
        return tone_hit(sc, "rhetorical", ASKED_BACK, who, self + 1, self);
    return TONE_GO_ON;
}

/* 没听见吗 / 没看到吗: the same doubt with the caller left unnamed. */
static int hearing_doubted(scan *sc, size_t a, size_t b, size_t who, int question)
{
    for (size_t i = a; i + 1 < b; i++)
        if (in(sc, i, (list){ "没", "没有", NULL }) && in(sc, i + 1, &HEAR))
            return tone_hit(sc, "rhetorical", ASKED_BACK, i, i + 1, i + 1);
    return TONE_GO_ON;
}

/* 我不是说了吗 / 难道没告诉过您: what was already said held up, unless the caller's own words are
 * recalled to check them (recalled_to_check). */
static int already_told(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t neg = find(sc, a, b, (list){ "不是", "难道", NULL });
    size_t say = neg < b ? find(sc, neg + 1, b, &SAY) : b;
    if (say < b && !recalled_to_check(sc, a, neg, b)) return tone_hit(sc, "rhetorical", ASKED_BACK, neg, say, say);
    return TONE_GO_ON;
}

/* The checks of tone_rhetorical in the order they are asked: the first that decides names the
 * hit, and only_reproachful_questions ends the rule for statements before the negation checks. */
static int (*const RHETORICAL_CHECKS[])(scan *sc, size_t a, size_t b, size_t who, int question) = {
    heard_or_not, answer_obvious, help_yourself, language_doubted, memory_jab, own_words_held_up, must_teach,
    why_not_sooner, listens_at_all, attention_doubted, needless_question, beneath_asking, pointless_asking,
    only_reproachful_questions, caller_doubted, hearing_doubted, already_told,
};

/* 你没听清楚吗 / 您不知道吗 / 我不是说了吗 / 这么简单的事都不会吗 / 你听懂了没有 /
 * 你自己不会查吗 / 没看我正忙着吗: a question about the caller's hearing, understanding or
 * ability, or about what was already said, is a reproach, not a question. */
int tone_rhetorical(scan *sc, size_t a, size_t b, int question)
{
    size_t who = find(sc, a, b, &SECOND);   /* the caller addressed: most checks hang on it */
    for (size_t k = 0; k < sizeof RHETORICAL_CHECKS / sizeof *RHETORICAL_CHECKS; k++) {
        int r = RHETORICAL_CHECKS[k](sc, a, b, who, question);
        if (r != TONE_GO_ON) return r;
    }
    return 0;
}

/* 我们还能骗您不成 / 您看我像是能做主的人吗 / 我有说过可以退吗: we, asked back about. 1 when it hit. */
static int ours_asked_back(scan *sc, size_t a, size_t b, int question, int ends_ma)
{
    ANCHORS(sc, a, b, U"我咱公本客");
    /* 我们还能骗您不成 / 我们会骗你这几十块钱吗: our honesty asked back */
    size_t me = find(sc, a, b, &FIRST);
    if ((question || ends_ma) && me < b) {
        size_t cheat = find(sc, me + 1, tone_upto(b, me + 7), (list){ "骗", "坑", "贪", "讹", "骗人", "坑人", NULL });
        if (cheat < b && find(sc, me + 1, cheat, (list){ "会", "能", "还能", "可能", "至于", "犯得着", "敢", NULL }) < cheat &&
            find(sc, a, b, (list){ "不会", "绝对", NULL }) == NONE && !tone_in_reply(sc, (list){ "放心", "请放心", NULL })) {
            tone_hit(sc, "rhetorical", ASKED_BACK, me, cheat, cheat);
            return 1;
        }
        /* 您看我像是能做主的人吗 */
        size_t like = find(sc, me + 1, tone_upto(b, me + 3), (list){ "像", "像是", NULL });
        if (like < b && question && ends_ma) { tone_hit(sc, "rhetorical", ASKED_BACK, me, like, like); return 1; }
        /* 我有说过可以退吗 / 我什么时候说过 */
        size_t have = find(sc, me + 1, tone_upto(b, me + 3), (list){ "有", "什么时候", "什么", "何时", NULL });
        if (have < b && tone_is(sc, have, "什么") && have + 1 < b && tone_is(sc, have + 1, "时候")) have++;
        size_t said = have < b ? find(sc, have + 1, tone_upto(b, have + 3), (list){ "说", "说过", "讲", "讲过", "答应", "答应过", "承诺", "承诺过", "保证", NULL }) : NONE;
        if (said < b && (!tone_is(sc, have, "有") || (question && ends_ma))) { tone_hit(sc, "rhetorical", ASKED_BACK, me, said, said); return 1; }
    }
    return 0;
}

/* 你就不会先问问 / 您以为我们是开银行的吗 / 你觉得这可能吗 / 您没收到短信吗: the caller, asked back about
 * (who: the caller's word). */
static void caller_asked_back(scan *sc, size_t a, size_t b, size_t who, int ends_ma)
{
    static const char *const notice[] = { "收到", "注意", "注意到", "发现", "留意", "看过", "听过", "读", "见过", "收", "看", "听", NULL };
    /* 你就不会先问问 / 您就不能先看看 */
    size_t just = find(sc, who + 1, tone_upto(b, who + 5), (list){ "就", NULL });
    if (just + 1 < b && in(sc, just + 1, (list){ "不会", "不能", "不知道", NULL })) { tone_hit(sc, "rhetorical", ASKED_BACK, who, just + 1, just + 1); return; }
    if (!ends_ma) return;
    /* 您以为我们是开银行的吗 (您以为是哪一天办理的？ asks: a question word) */
    size_t think = find(sc, who + 1, tone_upto(b, who + 3), (list){ "以为", NULL });
    if (think < b) { tone_hit(sc, "rhetorical", ASKED_BACK, who, think, think); return; }
    /* 你觉得这可能吗 */
    size_t judge = find(sc, who + 1, tone_upto(b, who + 3), (list){ "觉得", "认为", NULL });
    size_t likely = judge < b ? find(sc, judge + 1, b, (list){ "可能", "现实", "说得过去", "有道理", NULL }) : NONE;
    if (likely < b && likely + 2 >= b) { tone_hit(sc, "rhetorical", ASKED_BACK, who, likely, likely); return; }
    /* 您觉得我们会为了您一个人改规定吗 */
    if (judge + 2 < b && in(sc, judge + 1, &FIRST) && in(sc, judge + 2, (list){ "会", "能", "可能", "还会", "还能", NULL }))
        { tone_hit(sc, "rhetorical", ASKED_BACK, who, judge + 2, judge + 2); return; }
    /* 您没收到短信吗 / 你没发现… / 您从来不看吗 / 您根本没注意到吗: what the caller failed to notice,
     * asked back (您收到短信了吗？ checks: no negation) */
    for (size_t i = who + 1; i < tone_upto(b, who + 5); i++) {
        size_t v = NONE;
        if (tone_is(sc, i, "没收") && i + 1 < b && tone_is(sc, i + 1, "到")) v = i;
        else if (in(sc, i, (list){ "从来不", "从来没", "从没", "根本没", "根本不", "压根没", "压根不", NULL }) && i + 1 < b &&
                 (in(sc, i + 1, notice) || in(sc, i + 1, &HEAR))) v = i + 1;
        else if (in(sc, i, (list){ "没", "没有", NULL }) && i + 1 < b && in(sc, i + 1, notice)) v = i + 1;
        else if (in(sc, i, (list){ "从来", "根本", "压根", "一直", NULL }) && i + 2 < b && in(sc, i + 1, (list){ "不", "没", "没有", NULL }) &&
                 (in(sc, i + 2, notice) || in(sc, i + 2, &HEAR))) v = i + 2;
        if (v < b) { tone_hit(sc, "rhetorical", ASKED_BACK, who, v, v); return; }
    }
}

/* Rhetorical questions at the caller (贵阳 §二(三)6; the 2.x phrases ask with 请问 / 好吗):
 * 您没收到短信吗 / 你没发现…吗 / 您从来不看吗 / 你就不会先问问 / 您以为我们是开银行的吗 / 你觉得这可能吗 /
 * 您看我像是能做主的人吗 / 我们还能骗您不成 / 我有说过可以退吗 / 难道还要我们上门吗 / 谁告诉你可以退的 /
 * 现在来闹有意思吗 / 这点责任意识都没有吗. */
int tone_rhetorical_more(scan *sc, size_t a, size_t b, int question)
{
    static const char *const q_words[] = { "哪", "哪里", "哪儿", "什么", "谁", "怎么", "几", "多少", "哪个", "哪天", "为什么", "何时", NULL };
    int courteous = find(sc, a, b, COURTESY) < b;
    int ends_ma = in(sc, b - 1, (list){ "吗", "啊", "呀", "嘛", NULL }) || tone_is(sc, b - 1, "不成");
    /* 您以为我们已经发货了是吗？ checks what the caller thinks: a tag (是吗, 对吗) asks for confirmation */
    if (b - a >= 2 && tone_is(sc, b - 1, "吗") && in(sc, b - 2, (list){ "是", "对", "是不是", NULL })) return 0;
    size_t who = find(sc, a, b, &SECOND);
    if (ours_asked_back(sc, a, b, question, ends_ma)) return 0;
    if (!question && !tone_is(sc, b - 1, "不成")) return 0;
    /* 难道…吗 */
    size_t surely = find(sc, a, b, (list){ "难道", NULL });
    if (surely < b && !courteous && !cs_words_help_after(sc->w, surely)) { tone_hit(sc, "rhetorical", ASKED_BACK, surely, b - 1, surely); return 0; }
    if (courteous) return 0;
    /* 这点责任意识都没有吗 / 连这个都没有吗 */
    size_t bit = find(sc, a, b, (list){ "这点", "连", "这么点", "这么简单", NULL });
    size_t all = bit < b ? find(sc, bit + 1, tone_upto(b, bit + 6), (list){ "都", "也", NULL }) : NONE;
    if (all + 1 < b && in(sc, all + 1, (list){ "没有", "没", "不", "不懂", "不会", "不知道", NULL }) && ends_ma) {
        tone_hit(sc, "rhetorical", ASKED_BACK, bit, all + 1, all + 1);
        return 0;
    }
    /* 谁告诉你可以退的 (请问是谁跟您说的 asks who) */
    size_t whom = find(sc, a, b, (list){ "谁", NULL });
    if (whom + 2 < b && (whom == a || !tone_is(sc, whom - 1, "是")) &&
        in(sc, whom + 1, (list){ "告诉", "答应", "同意", "允许", "让", "说", NULL }) && in(sc, whom + 2, &SECOND) &&
        find(sc, whom + 3, b, (list){ "可以", "能", "会", "要", NULL }) < b && !cs_words_help_after(sc->w, whom)) {
        tone_hit(sc, "rhetorical", ASKED_BACK, whom, whom + 2, whom);
        return 0;
    }
    /* 现在来闹有意思吗 / 这样吵有必要吗: the caller's act asked to be pointless */
    size_t point = find(sc, a, b, (list){ "有意思", "有意义", "有必要", NULL });
    if (point < b && point + 1 == b - 1 && ends_ma &&
        (find(sc, a, point, (list){ "闹", "吵", "骂", "投诉", "打", "来", "嚷", "争", "计较", "喊", "折腾", NULL }) < point ||
         find(sc, a, point, &SECOND) < point)) {
        tone_hit(sc, "rhetorical", ASKED_BACK, a, point, point);
        return 0;
    }
    if (who >= b || find(sc, a, b, q_words) < b) return 0;
    caller_asked_back(sc, a, b, who, ends_ma);
    return 0;
}

/* 说这么快谁听得清 / 一口气说这么多谁记得住: "who could", a reproach as a question (请问是谁 asks). A word that
 * begins with 得 or 不得 is no potential complement V得C (no verb before its 得): 搁谁都不得劲 / 换谁心里都不得劲 say
 * anyone would feel bad, sympathy (贵阳 T-GSOCCIA 001—2020 §二(二) 2.12), not "who could" (calls35b). */
int tone_who_could(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"谁");
    for (size_t i = find(sc, a, b, (list){ "谁", NULL }); i < b; i = find(sc, i + 1, b, (list){ "谁", NULL })) {
        if (i > a && in(sc, i - 1, (list){ "是", "请问", "找", "问", NULL })) continue;
        for (size_t k = i + 1; k < tone_upto(b, i + 4); k++) {
            const char *w = tone_word(sc, k);
            /* 记得住 / 听得懂 as one word, or 听 得 清 */
            int potential = strlen(w) >= 9 && strstr(w, "得") && strcmp(w + strlen(w) - 3, "得") != 0 &&
                            !in(sc, k, (list){ "觉得", "记得", "懂得", "值得", "显得", "舍得", "晓得", NULL }) &&
                            strncmp(w, "得", 3) != 0 && strncmp(w, "不得", 6) != 0;
            if (potential || (tone_is(sc, k, "得") && k > i + 1 && k + 1 < b)) return tone_hit(sc, "rhetorical", "反问客户", i, k, i);
        }
    }
    return 0;
}

/* 大晚上的还打什么电话 / 这么点钱还计较什么: "what are you still doing that for" (您还需要办理什么
 * 业务吗 offers: a verb of the caller's fuss must stand right after 还, 什么 right after it). */
int tone_still_what(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"还");
    static const char *const fuss[] = { "打", "问", "说", "催", "吵", "闹", "喊", "嚷", "急", "计较", "投诉", "折腾", "打电话",
                                        "哭", "抱怨", "争", "啰嗦", "较真", NULL };
    for (size_t i = a; i + 2 < b; i++) {
        if (!tone_is(sc, i, "还") || !in(sc, i + 1, fuss) || !in(sc, i + 2, (list){ "什么", "啥", NULL })) continue;
        if (i + 3 < b && in(sc, i + 3, (list){ "了", "吗", "呢", NULL })) continue;   /* 他还说什么了吗 asks */
        if (find(sc, a, b, PLEASE) < b) continue;
        return tone_hit(sc, "rhetorical", "反问客户", i, i + 2, i + 1);
    }
    return 0;
}

/* 重启一下不就行了 / 不就晚了一天嘛 / 早这么配合多好: the caller's trouble made light of, or what
 * they should have done (这不就好了, said when a thing is fixed, is not aimed at the caller). */
int tone_so_easy(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不早");
    static const char *const just[] = { "不就行了", "不就好了", "不就完了", "不就得了", "不就结了", "不就完事了", "不就行", NULL };
    for (size_t i = a; i < b; i++) {
        if (!tone_is(sc, i, "不") && !tone_is(sc, i, "早")) continue;
        if (tone_is(sc, i, "早")) {
            size_t last = NONE;
            if (tone_spelled_in(sc, i + 1, b, (list){ "多好", "就好了", "多好啊", NULL }, &last) < b)
                return tone_hit(sc, "blame", "怪罪客户（早该…）", i, last, i);
            continue;
        }
        if (i > a && in(sc, i - 1, (list){ "这", "这样", "那", "那样", "这下", NULL })) continue;
        size_t k = tone_spells_any(sc, i, b, just);
        if (k == NONE && tone_spells(sc, i, b, "不就") < b && in(sc, b - 1, (list){ "嘛", "吗", NULL }) && !tone_is(sc, b - 2, "是"))
            k = b - 1;
        if (k < b) return tone_hit(sc, "rhetorical", "反问客户（不就…）", i, k, i);
    }
    return 0;
}

/* 等几分钟有那么难吗 / 有这么复杂吗 / 您来操作能比我快吗: the caller's trouble or demand asked
 * away (请问您那边有那么多人吗 asks a count: 请问, or a noun after the degree). */
int tone_asked_away(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"吗");
    if (!question || !tone_is(sc, b - 1, "吗") || find(sc, a, b, PLEASE) < b) return 0;
    /* 有 那么/这么 ADJ 吗: one word between the degree and 吗 */
    if (b - a >= 4 && tone_is(sc, b - 4, "有") && in(sc, b - 3, (list){ "那么", "这么", NULL }) &&
        in(sc, b - 2, (list){ "难", "复杂", "严重", "麻烦", "费劲", "着急", "急", "累", "过分", "夸张", "难懂", NULL }))
        return tone_hit(sc, "rhetorical", "反问客户", b - 4, b - 2, b - 2);
    /* 能比我快吗: the caller dared to do the agent's work better */
    size_t than = find(sc, a, b, (list){ "能比", "比", NULL });
    if (than < b && find(sc, a, than, &SECOND) < than && (tone_is(sc, than, "能比") || (than > a && tone_is(sc, than - 1, "能"))) &&
        than + 1 < b && in(sc, than + 1, &FIRST))
        return tone_hit(sc, "rhetorical", "反问客户", than, than + 1, than);
    return 0;
}

/* 您没上过学吗 / 学校没教过吗 / 您家没有日历吗 / 您不识字吗: a question whether the caller lacks
 * what everyone has (schooling, a calendar, common sense) is a jab, not a question (您家没有宽带吗
 * and 学校没发通知吗 ask about the service: no word of schooling or common things). */
int tone_lacks_basics(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"吗");
    static const char *const basic[] = { "教", "学", "上学", "识字", "认字", "读书", "念书", "日历", "挂历", "钟", "时钟",
                                         "钟表", "常识", "文化", "脑子", "脑袋", "学校", NULL };
    static const char *const glued[] = { "不识字", "没文化", "没常识", "没上过学", "没读过书", "没念过书", "文盲", NULL };
    if (!question || !tone_is(sc, b - 1, "吗") || tone_courteous(sc, a, b)) return 0;
    size_t g = find(sc, a, b, glued);
    if (g < b) return tone_hit(sc, "rhetorical", "反问客户", g, g, g);
    for (size_t i = find(sc, a, b, (list){ "没", "没有", "不", "不会", NULL }); i < b;
         i = find(sc, i + 1, b, (list){ "没", "没有", "不", "不会", NULL })) {
        size_t k = find(sc, i + 1, tone_upto(b, i + 4), basic);
        /* 学校没教过吗: 学校 itself before the negation, with 教/学 after it */
        if (k == NONE && i > a && tone_is(sc, i - 1, "学校")) k = find(sc, i + 1, tone_upto(b, i + 3), (list){ "教", "学", "讲", NULL });
        if (k < b && !tone_is(sc, k, "学校")) return tone_hit(sc, "rhetorical", "反问客户", i, k, k);
    }
    return 0;
}

/* 我能替您做决定吗 / 难道要我帮你拿主意吗: the caller's own choice thrown back as a question
 * (我可以帮您查一下吗 offers a service: no word of deciding). */
int tone_decide_for(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"做决拿作");
    if (!question) return 0;
    size_t me = find(sc, a, b, &FIRST);
    size_t for_w = me < b ? find(sc, me + 1, tone_upto(b, me + 4), (list){ "替", "帮", "代", "帮你", "帮您", "替你", "替您", NULL }) : NONE;
    if (for_w == NONE) return 0;
    size_t k = find(sc, for_w + 1, tone_upto(b, for_w + 5), (list){ "做决定", "决定", "做主", "拿主意", "作决定", "作主", NULL });
    if (k < b) return tone_hit(sc, "rhetorical", "反问客户", me, k, k);
    return 0;
}

/* 难道还要我们帮您把卡插进去吗 / 难道您没收到短信: 难道 asks only to reproach when it asks about the
 * caller or us (贵阳 T-GSOCCIA 001—2020 §二(三) 6; the 2.x phrases ask with 请问 / 好吗). 难道是线路
 * 的问题 wonders about a cause (难道是 names a thing), and a courteous frame asks in earnest. */
int tone_nandao(scan *sc, size_t a, size_t b, int question)
{
    size_t n = find(sc, a, b, (list){ "难道", "难道说", NULL });
    if (n == NONE || tone_courteous(sc, a, b)) return 0;
    if (n + 1 < b && in(sc, n + 1, (list){ "是", "会是", "真是", "就是", NULL })) return 0;
    size_t who = find(sc, n + 1, b, &SECOND);
    if (who == NONE) who = find(sc, n + 1, b, &FIRST);
    return who < b ? tone_hit(sc, "rhetorical", ASKED_BACK, n, who, n) : 0;
}

/* 谁告诉您可以随便退的 / 谁跟你说能免费: "who told you", the caller's belief thrown back (§二(三) 6).
 * 请问是谁告诉您的 asks which colleague (courteous, or 是谁: a real question of who); with no 可以 /
 * 能 after it nothing is denied the caller. */
int tone_who_told(scan *sc, size_t a, size_t b, int question)
{
    size_t s = find(sc, a, b, (list){ "谁", NULL });
    if (s == NONE || s + 1 >= b || tone_courteous(sc, a, b) || (s > a && tone_is(sc, s - 1, "是"))) return 0;
    if (!in(sc, s + 1, (list){ "告诉", "告诉您", "告诉你", "说", "跟", "和", "同", NULL })) return 0;
    size_t may = find(sc, s + 2, tone_upto(b, s + 7), (list){ "可以", "能", "会", "就能", "就可以", "免费", "包退", "包换", NULL });
    return may < b ? tone_hit(sc, "rhetorical", ASKED_BACK, s, may, s) : 0;
}

/* 您怎么还是记不住 / 你怎么还听不懂呢 / 你怎么又没学会: the caller's failure to learn reproached
 * (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三) 6). 您怎么还没收到短信 asks about the service: no
 * word of the caller's mind or memory. */
int tone_still_cannot(scan *sc, size_t a, size_t b, int question)
{
    static const char *const fail[] = { "记不住", "学不会", "没学会", "没记住", "分不清", "搞不清", "搞不清楚", "弄不明白",
                                        "弄不懂", "没听懂", "没看懂", "没弄懂", "没搞懂", NULL };
    size_t how = find(sc, a, b, (list){ "怎么", "咋", NULL });
    if (how == NONE || find(sc, a, how, &SECOND) == NONE || tone_courteous(sc, a, b)) return 0;
    size_t still = find(sc, how + 1, tone_upto(b, how + 3), (list){ "还", "还是", "又", "老是", "总是", "就是", NULL });
    if (still == NONE) return 0;
    size_t k = find(sc, still + 1, tone_upto(b, still + 3), fail);
    if (k == NONE) k = tone_find_cannot(sc, still + 1, tone_upto(b, still + 3));
    return k < b ? tone_hit(sc, "rhetorical", ASKED_BACK, how, k, k) : 0;
}

/* 你以为我们好欺负啊 / 您以为我们是慈善机构呢: the caller's belief about us mocked (§二(三) 6; the
 * 吗 form is caller_asked_back's). 您以为已经扣款了，是吗？ checks what the caller thinks. */
int tone_you_think_we(scan *sc, size_t a, size_t b, int question)
{
    size_t t = find(sc, a, b, (list){ "以为", "当", "当成", NULL });
    if (t == NONE || t == a || !in(sc, t - 1, &SECOND)) return 0;
    size_t us = find(sc, t + 1, tone_upto(b, t + 3), &FIRST);
    if (us == NONE) return 0;
    /* (taboo32) 嗦 / 噻 / 咩 / 嘛 / 哦: the same mock closed with a regional particle (你以为我们是慈善机构嗦) */
    if (in(sc, b - 1, (list){ "啊", "呀", "呢", "哪", "嗦", "噻", "咩", "嘛", "哦", "哈", NULL })) return tone_hit(sc, "rhetorical", ASKED_BACK, t - 1, us, t);
    /* 你以为我们是开慈善的？ / 您当我们是做慈善的吗: asked, us likened to a trade (开 / 做 / 搞 … 的) — taboo17; 您以为
     * 我们会收费吗 asks about a belief */
    size_t run = find(sc, us + 1, tone_upto(b, us + 3), (list){ "开", "做", "搞", "干", NULL });
    size_t end = in(sc, b - 1, (list){ "吗", "吧", NULL }) ? b - 1 : b;
    if (!question || run == NONE || end <= run + 1 || !tone_is(sc, end - 1, "的")) return 0;
    return tone_hit(sc, "rhetorical", ASKED_BACK, t - 1, end - 1, t);
}

/* 切 / 嘁 / 哼 as a clause of their own: a scoff (口头禅); 这也叫问题？/ 这也算故障？: the caller's
 * matter scoffed at, asked back (not 这也叫做流量包 or 这也算在套餐里, statements) */
int tone_scoff(scan *sc, size_t a, size_t b, int question)
{
    if (b == a + 1 && in(sc, a, (list){ "切", "嘁", "哼", "嗤", "呿", NULL })) return tone_hit(sc, "dismissive", "口头禅（嗤之以鼻）", a, a, a);
    if (!question || b - a < 4 || b - a > 6 || !tone_is(sc, a, "这") || !tone_is(sc, a + 1, "也")) return 0;
    if (!in(sc, a + 2, (list){ "叫", "算", "算是", "算个", "值得", NULL })) return 0;
    for (size_t k = a + 3; k < b; k++)
        if (in(sc, k, (list){ "在", "进", "入", "到", "里", "里面", NULL })) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（这也算…）", a, b - 1, a + 2);
}

/* 刚才不是挺能说的吗 / 你不是说很急吗: the caller's own words or mood thrown back as a question
 * (sarcasm, §二(三)6). 您刚才不是说有两张卡吗？我想确认一下 asks to confirm. */
int tone_sarcastic_recall(scan *sc, size_t a, size_t b, int question)
{
    if (!question) return 0;
    size_t not = find(sc, a, b, (list){ "不是", NULL });
    if (not == NONE) return 0;
    size_t k = not + 1;
    if (k < b && in(sc, k, (list){ "说", NULL })) k++;
    if (k + 1 >= b || !in(sc, k, (list){ "挺", "很", "那么", "还挺", "还很", "蛮", "这么", "可", "老", NULL })) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（刚才不是挺…吗）", not, k + 1, k);
}

/* 这回听明白了吧 / 这下懂了吧 / 这次总该听懂了吧 / 听懂了没有: the caller checked like a pupil —
 * a condescending question (rhetorical). 这样解释您清楚了吗 / 请问您听清楚了吗 ask politely (吗,
 * no 这回 / 总该); 这下您就可以放心了 reassures (nothing of understanding, no 吧). */
int tone_finally_understood(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"明懂清会记");
    static const char *const now[] = { "这回", "这下", "这下子", "这次", "总该", "总算", "这会儿", "该", NULL };
    static const char *const get[] = { "明白", "听明白", "懂", "听懂", "懂了", "清楚", "听清楚", "听清", "记住", "学会",
                                       "会", "搞懂", "弄懂", "弄明白", "搞明白", NULL };
    if (b - a < 2) return 0;
    size_t g = find(sc, a, b, get);
    if (g == NONE) return 0;
    int ba = tone_is(sc, b - 1, "吧") || tone_is(sc, b - 1, "了吧");
    int meiyou = tone_is(sc, b - 1, "没有") || tone_is(sc, b - 1, "没");
    if (meiyou && find(sc, a, b, (list){ "请问", "请", NULL }) == NONE && !agent_explained(sc, a, g)) return tone_hit(sc, "rhetorical", "反问客户（听懂了没有）", g, b - 1, g);
    if (!ba) return 0;
    size_t last = NONE, t = tone_spelled_in(sc, a, g, now, &last);
    if (t == NONE) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（这回听明白了吧）", t, b - 1, g);
}

/* 这么简单的流程您还不清楚吗 / 这个很简单的啊，您还有哪儿不明白 / 这点小事有什么不清楚的: the
 * matter called too simple for the caller not to understand — condescension. 其实操作挺简单的，我
 * 一步一步给您解释 (no degree of scorn, nothing the caller fails at) and 这么简单的操作，我来帮您 pass. */
int tone_too_simple(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"简容事");
    static const char *const degree[] = { "这么", "这样", "多", "多么", "那么", "这点", "这么点", "这点儿", NULL };
    static const char *const easy[] = { "简单", "容易", "小事", "事", "点事", NULL };
    static const char *const unclear[] = { "不清楚", "不明白", "不懂", "不会", "不知道", "看不懂", "搞不懂", "不理解",
                                           "没听懂", "没明白", NULL };
    size_t e = NONE;
    for (size_t i = a; i < b && e == NONE; i++)
        if (in(sc, i, easy) && ((i > a && in(sc, i - 1, degree)) ||
                                (i + 2 < b && tone_is(sc, i + 1, "的") && in(sc, i + 2, (list){ "啊", "呀", NULL })) ||
                                (i + 1 < b && in(sc, i + 1, (list){ "啊", "呀", NULL }))))
            e = i;
    if (e == NONE) return 0;
    /* in this clause or the next: something the caller does not get (不清楚, or 不 + 清楚) */
    size_t end = tone_next_clause_end(sc, b);
    for (size_t k = a; k < end; k++)
        if (in(sc, k, unclear) || (in(sc, k, &NEG) && k + 1 < end &&
                                   in(sc, k + 1, (list){ "清楚", "明白", "懂", "会", "理解", NULL })))
            return tone_hit(sc, "rhetorical", "贬低客户（这么简单都不懂）", e, k, e);
    return 0;
}

/* ---- 禁忌语 as writers we never read type it: classes found on new writers' replies (3.1; 贵阳 §二(三)6) ---- */

/* 您不提供身份证号，我怎么帮您查啊 / 你唔讲清楚，我点帮你啊 / 您都没说清楚是哪张卡，我上哪儿给您查去:
 * the caller's omission thrown back as a question on whether the agent can help at all (反问客户,
 * 贵阳 §二(三)6; 2.14 客户操作有误 asks for what is missing instead). 您没提供卡号的话我没法查，麻烦您
 * 告诉我一下 asks, and 请问我怎么帮您查比较方便 is a question to serve. */
int tone_how_could_i(scan *sc, size_t a, size_t b, int question)
{
    size_t me = find(sc, a, b, (list){ "我", "我们", NULL });
    if (me >= b || find(sc, a, b, PLEASE) < b) return 0;
    size_t how = find(sc, me + 1, tone_upto(b, me + 3), (list){ "怎么", "咋", "怎样", "如何", "点", "哪儿", "哪里", "上哪儿", "上哪", "去哪儿", NULL });
    if (how >= b) return 0;
    size_t act = find(sc, how + 1, tone_upto(b, how + 4), (list){ "帮", "给", "查", "办", "处理", "找", "核实", "帮你", "帮您", "查询", NULL });
    if (act >= b) return 0;
    size_t from = a, ca;
    if (tone_clause_before(sc, a, &ca)) from = ca;
    for (size_t k = from; k < me; k++)
        if (in(sc, k, &SECOND) &&
            find(sc, k + 1, tone_upto(me, k + 4), (list){ "不", "没", "没有", "都没", "唔", "不肯", "不给", "不提供", "不说", "没说", NULL }) < me)
            return tone_hit(sc, "rhetorical", "反问客户", k, act, how);
    return 0;
}

/* 年检过期了才想起来？/ 车都开走了才说有刮痕？/ 现在知道着急了？/ 余额不够还刷？/ 物业费不交还有理了？:
 * the caller's lateness or carelessness thrown back as a question that asks nothing, a rhetorical
 * question at the caller (国家职业技能标准 3.1 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气
 * 和态度). The asking words of a real question (吗, 呢, 吧, 是不是, 请问, 什么时候) make it one: 您是
 * 昨天才收到的吗 asks. Forms: something already so (了 / 都 / 已经) before 才 + coming, noticing or
 * telling; 现在 + knowing or worrying + 了; a lack (不足, 不够, 没, 不) before 还 + an act; 还有理. */
int tone_late_question(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"才还现这倒有");
    if (!question) return 0;
    static const char *const asks[] = { "吗", "呢", "吧", "么", "嘛", "是不是", "是否", "请问", "什么", "怎么", "哪", "哪里", "几",
                                        "多少", "有没有", "能不能", "可不可以", "要不要", "请", "何时", "啥", "咋", NULL };
    if (find(sc, a, b, PLEASE) < b) return 0;
    /* 现在晓得急了吧: 吧 / 啊 after 了 presses the point, it asks nothing */
    size_t now = find(sc, a, b, (list){ "现在", "这会儿", "这下", NULL });
    size_t end = b;
    while (end > a + 1 && in(sc, end - 1, (list){ "吧", "啊", "呀", "吗", NULL }) && !tone_is(sc, end - 1, "吗")) end--;
    if (now < end && now + 1 < end && in(sc, now + 1, (list){ "知道", "晓得", "想起", "想起来", "明白", "懂", "才知道", "急",
                                                                  "着急", "知道急", "后悔", "想到", NULL }) &&
        tone_is(sc, end - 1, "了") && find(sc, a, end, asks) == NONE)
        return tone_hit(sc, "rhetorical", "反问客户（现在知道…了？）", now, end - 1, now + 1);
    if (find(sc, a, b, asks) < b) return 0;
    static const char *const came[] = { "来", "想", "想起", "想起来", "说", "打", "打电话", "来电", "问", "知道", "发现", "改", "找",
                                        "查", "记得", "反映", "报", "办", "交", "去", "弄", "管", "急", "着急", "投诉", "联系",
                                        "提", "看", NULL };
    size_t late = find(sc, a, b, (list){ "才", NULL });
    if (late < b && late + 1 < b && in(sc, late + 1, came) &&
        find(sc, a, late, (list){ "了", "都", "已经", "早", "早就", NULL }) < late)
        return tone_hit(sc, "rhetorical", "反问客户（…了才来？）", a, late + 1, late);
    size_t still = find(sc, a, b, (list){ "还", NULL });
    if (still < b && still + 1 < b && find(sc, a, still, (list){ "不足", "不够", "没", "没有", "不", "没钱", "欠费", "过期",
                                                                     "没电", "不对", "错", "错了", NULL }) < still &&
        !in(sc, still + 1, (list){ "有", "可以", "能", "需要", "是", "要", "在", "没", "没有", "不", "得", "会", "想", NULL }))
        return tone_hit(sc, "rhetorical", "反问客户（…还…？）", a, still + 1, still);
    size_t reason = find(sc, a, b, (list){ "有理", "有理了", NULL });
    if (reason < b && find(sc, a, reason, (list){ "还", "交还", "倒", "倒还", NULL }) < reason)
        return tone_hit(sc, "rhetorical", "反问客户（还有理了？）", a, reason, reason);
    return 0;
}

/* 现在怪谁 / 这能怨谁呢 / 那只能怪您自己 / 没带证件怪谁: who is to blame asked back at the caller, blame as a
 * question (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三)6). Not 这不怪谁 / 这也不能全怪谁 / 别怪谁了 (comfort), not
 * 怪谁都没用，我们先… (the blame set aside for help). */
int tone_who_to_blame(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"怪怨赖");
    size_t v = find(sc, a, b, (list){ "怪", "怨", "赖", "能怪", "能怨", "只能怪", "怪得了", "怨得了", NULL });
    /* fix33b: 听不见怪谁 / 看不见怪谁, which the lexicon cuts 听|不|见怪|谁: the 不 is the hearing's, not the blame's */
    int glued = 0;
    if (v == NONE) {
        v = find(sc, a, b, (list){ "见怪", NULL });
        glued = v != NONE && v > a && tone_is(sc, v - 1, "不");
        if (!glued) return 0;
    }
    if (v + 1 >= b || !tone_is(sc, v + 1, "谁")) return 0;
    /* fix33b: the negation of the blame itself, right before 怪 or with a modal or 全 between (不怪谁, 不能全怪谁, 不要去
     * 怪谁); a negation further back is the caller's failing (没带证件怪谁, 您自己不看通知怪谁) and leaves the blame */
    static list no_blame = { "不", "别", "没", "不要", "无需", "不用", "不必", "不是", "不能", "没法", "莫", "甭", "没必要", "何必",
                             "犯不着", "用不着", "也不", "都不", NULL };
    static list modal = { "能", "要", "用", "必", "必要", "去", "该", "全", "都", "再", "总", "老", "光", NULL };
    if (!glued && v > a && (in(sc, v - 1, no_blame) || (v > a + 1 && in(sc, v - 1, modal) && in(sc, v - 2, no_blame))))
        return 0;
    if (find(sc, v + 2, b, (list){ "都", "也", NULL }) < b) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（怪谁？）", v, v + 1, v);
}

/* tone_why_so read over its words joined whole (s). */
static int why_so_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const why[] = { "干嘛", "干吗", "干啥", "做啥", "搞么子", "搞啥", "为啥", NULL };
    for (const char *const *w = why; *w; w++) {
        const char *p = strstr(s, *w);
        if (!p) continue;
        /* nothing but tail particles (嘛, 呢, 啊 …) after it: it closes the clause */
        size_t k = tone_word_at_byte(sc, a, b, (size_t)(p - s) + strlen(*w));
        size_t i = k + 1;
        while (i < b && in(sc, i, &TAIL)) i++;
        if (i < b) continue;
        size_t start = tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
        size_t who = find(sc, a, start, &SECOND);
        if (who == NONE || find(sc, who + 1, start, (list){ "那么", "这么", "那样", "这样", NULL }) == NONE) continue;
        return tone_hit(sc, "rhetorical", ASKED_BACK, who, k, start);
    }
    return 0;
}

/* 刚才您挂那么快干嘛 / 您讲这么快干啥 / 您发这么大火做啥嘛 / 您催那么急搞么子: the caller's own act asked
 * "what for", with 那么 / 这么 / 那样 / 这样 weighing it — a rhetorical question at the caller, a
 * reproach (贵阳 T-GSOCCIA 001—2020 §二(三) 6; 禁忌语 反问), in the words of every region (干啥 north, 做啥
 * Wu and south-west, 搞么子 Hunan). The thing asked about (这个费用是干嘛用的) and 您想办理什么业务 are no
 * reproach: the 干嘛 closes the clause after 您 … 那么/这么 … . */
int tone_why_so(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"干做搞为");
    return tone_read_joined(sc, a, b, why_so_text);
}
