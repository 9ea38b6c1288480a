/* Lecturing and ordering the caller about: 您这个问题问得就不对, 下次打电话之前先把问题想清楚,
 * telling the caller how to behave or to send someone younger (让您孩子来弄吧) (国家职业技能标准
 * 呼叫中心服务员 3.1 (不用禁忌语及口头禅), 呼叫服务员职业标准(试行) 三(一)2 (不用禁忌语) and 贵阳
 * T-GSOCCIA 001—2020 §二(三)6 (注意通话语气和态度)). A request said with courtesy or care
 * (请您下次看清楚再签字, 千万别告诉别人, 记得别…) is advice, not a lecture. */
#include "tone_scan.h"
#include "grading_util.h"

#include <string.h>

/* 您这个问题问得就不对: the caller's question itself called wrong. */
static int question_called_wrong(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who >= b) return TONE_GO_ON;
    size_t asked = find(sc, who + 1, b, (list){ "问", "说", "讲", "问得", "说得", "讲得", NULL });
    if (asked + 1 < b && tone_is(sc, asked + 1, "得")) asked++;
    size_t wrong = asked < b ? find(sc, asked + 1, tone_upto(b, asked + 4), (list){ "不对", "对", "有问题", "没道理", NULL }) : NONE;
    if (wrong < b && (tone_is(sc, wrong, "对") ? in(sc, wrong - 1, (list){ "不", NULL }) : 1))
        return tone_hit(sc, "lecture", "说教客户", who, wrong, wrong);
    return TONE_GO_ON;
}

/* 你听好了 / 你给我记住了: an order, not a check (您记住了吗？ is a question). */
static int listen_up_order(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who >= b || sc->w->question[sc->w->v[a].clause]) return TONE_GO_ON;
    size_t hear = find(sc, who + 1, tone_upto(b, who + 4), (list){ "听", "听好", "听着", "记住", "记好", NULL });
    if (hear < b && hear + 1 < b && in(sc, hear + 1, (list){ "好", "了", "着", "好了", NULL }) &&
        find(sc, hear + 1, b, (list){ "吗", NULL }) == NONE && tone_is(sc, b - 1, "了"))
        return tone_hit(sc, "lecture", "说教客户", who, hear, hear);
    return TONE_GO_ON;
}

/* 这次您可要听仔细了: the caller told how to listen, with 要 / 可要 / 给我 making it a demand. */
static int must_listen_well(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who >= b) return TONE_GO_ON;
    size_t must = find(sc, who + 1, tone_upto(b, who + 3), (list){ "可要", "要", "给我", "得", "可", NULL });
    if (must < b && must + 1 < b && tone_is(sc, must + 1, "要")) must++;
    size_t listen = must < b ? find(sc, must + 1, tone_upto(b, must + 3), (list){ "听", "看", "听好", "看好", NULL }) : NONE;
    if (listen < b && listen + 1 < b && in(sc, listen + 1, (list){ "仔细", "清楚", "好", "好了", "明白", NULL }))
        return tone_hit(sc, "lecture", "说教客户", who, listen + 1, listen);
    return TONE_GO_ON;
}

/* 你应该先看明白再打电话: what the caller should have done before calling. */
static int should_have_before_calling(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who >= b) return TONE_GO_ON;
    size_t should = find(sc, who + 1, tone_upto(b, who + 3), (list){ "应该", "应当", "早该", "该", "先", NULL });
    /* (您可以先发短信再打 / 您方便的话先… offer a way, they do not lecture) */
    if (should < b && find(sc, who + 1, should, (list){ "可以", "也可以", "方便", "不妨", NULL }) < should) should = NONE;
    size_t then = should < b ? find(sc, should + 1, b, (list){ "再", "才", NULL }) : NONE;
    /* the caller calling again (再打来), not the agent calling back (再打给您) */
    if (then + 1 < b && in(sc, then + 1, (list){ "打电话", "打", "来电", "打过来", "打来", "问", "找", "来", NULL }) &&
        find(sc, then + 1, b, (list){ "给", "给您", "给你", "回", "回电", NULL }) == NONE &&
        (!tone_is(sc, then + 1, "打") || then + 2 == b || in(sc, then + 2, (list){ "来", "过来", "电话", "吧", NULL })))
        return tone_hit(sc, "lecture", "说教客户", who, then + 1, should);
    return TONE_GO_ON;
}

/* 下次自己先查一下再打电话: what the caller should do before calling again (not 我先查一下再打给您,
 * the agent's own plan). */
static int first_do_then_call(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t next_time = find(sc, a, b, (list){ "下次", "以后", "下回", "自己", NULL });
    size_t first_do = NONE;   /* 先, or a word beginning with it (先查, 先看) */
    for (size_t i = next_time + 1; next_time < b && i < tone_upto(b, next_time + 3) && first_do == NONE; i++)
        if (strncmp(tone_word(sc, i), "先", 3) == 0) first_do = i;
    size_t again_call = first_do < b ? find(sc, first_do + 1, b, (list){ "再", NULL }) : NONE;
    if (again_call + 1 < b && in(sc, again_call + 1, (list){ "打电话", "打来", "打过来", "来电", "问", "来问", "找我们", NULL }) &&
        find(sc, a, next_time, &FIRST) == NONE)
        return tone_hit(sc, "lecture", "说教客户", next_time, again_call + 1, first_do);
    return TONE_GO_ON;
}

/* 我教你多少次了: teaching the caller counted against them. */
static int taught_many_times(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t teach = find(sc, a, b, (list){ "教", "教过", "教了", NULL });
    for (size_t k = teach + 1; teach < b && k < tone_upto(b, teach + 4); k++)
        if (tone_many_times(sc, a, k)) return tone_hit(sc, "lecture", "说教客户", teach, k, teach);
    return TONE_GO_ON;
}

/* 你要学会自己看账单 / 自己学着点: the caller told to learn, an order aimed at them (你 or 自己). */
static int told_to_learn(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t learn_to = find(sc, a, b, (list){ "学会", NULL });
    if (learn_to < b && learn_to > a && in(sc, learn_to - 1, (list){ "要", "得", "应该", "该", "最好", NULL }) &&
        find(sc, a, learn_to, &SECOND) < b)
        return tone_hit(sc, "lecture", "说教客户", learn_to - 1, learn_to, learn_to);
    size_t learn = find(sc, a, b, (list){ "学着点", "学着", "学学", "长点心", "长点记性", NULL });
    if (learn < b && find(sc, a, learn, (list){ "你", "您", "自己", "你自己", "您自己", NULL }) < b)
        return tone_hit(sc, "lecture", "说教客户", learn, learn, learn);
    return TONE_GO_ON;
}

/* 下次想清楚再打 / 以后准备好: the caller told to get ready before next time. */
static int think_first_next_time(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t next = find(sc, a, b, (list){ "下次", "以后", "下回", NULL });
    if (next < b) {
        for (size_t i = next + 1; i < b; i++) {
            if (in(sc, i, (list){ "想清楚", "想好", "搞清楚", "弄清楚", "准备好", NULL }) ||
                (tone_is(sc, i, "想") && i + 1 < b && in(sc, i + 1, (list){ "清楚", "好", NULL })))
                return tone_hit(sc, "lecture", "说教客户", next, i, i);
        }
    }
    return TONE_GO_ON;
}

/* The checks of tone_lecture in the order they are asked: the first that decides names the hit. */
static int (*const LECTURE_CHECKS[])(scan *sc, size_t a, size_t b, size_t who, int question) = {
    question_called_wrong, listen_up_order, must_listen_well, should_have_before_calling, first_do_then_call,
    taught_many_times, told_to_learn, think_first_next_time,
};

/* 您这个问题问得就不对 / 这次您可要听仔细了 / 下次打电话之前先把问题想清楚: lecturing the caller. */
int tone_lecture(scan *sc, size_t a, size_t b, int question)
{
    size_t who = find(sc, a, b, &SECOND);   /* the caller addressed: the first checks hang on it */
    for (size_t k = 0; k < sizeof LECTURE_CHECKS / sizeof *LECTURE_CHECKS; k++) {
        int r = LECTURE_CHECKS[k](sc, a, b, who, question);
        if (r != TONE_GO_ON) return r;
    }
    return 0;
}

/* tone_lecture_more's checks end the rule once their pattern is found, hit recorded or not
 * (return 0), and otherwise let the next check look (TONE_GO_ON). */

/* 连…都记不住, said of the caller: 连 opens the clause or follows 你/您 (很多老人连智能手机都不会用
 * speaks of others; 如果连密码都忘了 is a condition). */
static int not_even_that(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t even = find(sc, a, b, (list){ "连", NULL });
    if (!question && even < b && (even == a || in(sc, even - 1, &SECOND)) && find(sc, a, b, CONDITION) == NONE) {
        size_t all = find(sc, even + 1, tone_upto(b, even + 6), (list){ "都", "也", NULL });
        if (all < b && find(sc, even + 1, all, &FIRST) < all) all = NONE;   /* 连我们都不清楚: the agent's own */
        size_t cannot = all < b ? tone_find_cannot(sc, all + 1, tone_upto(b, all + 3)) : NONE;
        if (cannot == NONE && all < b)
            cannot = find(sc, all + 1, tone_upto(b, all + 3), (list){ "记不住", "记不得", "不记得", "搞不清", "搞不清楚", "弄不清", "分不清", "看不懂", NULL });
        if (cannot < b) { tone_hit(sc, "lecture", "轻视客户", even, cannot, cannot); return 0; }
    }
    return TONE_GO_ON;
}

/* 正常人都能听懂 / 稍微有点常识的人都会: the caller measured below anyone (很多人都会遇到 goes on). */
static int below_anyone(scan *sc, size_t a, size_t b, size_t who, int question)
{
    for (size_t i = find(sc, a, b, (list){ "都", "也", NULL }); i > a && i + 1 < b; i = find(sc, i + 1, b, (list){ "都", "也", NULL })) {
        int anyone = in(sc, i - 1, (list){ "正常人", "一般人", "普通人", "常人", "是个人", "谁", "小孩", "小孩子", "孩子", "小学生", NULL }) ||
                     (tone_is(sc, i - 1, "人") && i - 1 > a && tone_is(sc, i - 2, "的"));
        size_t k = i + 1;
        if (k + 1 < b && in(sc, k, (list){ "能", "会", NULL }) && in(sc, k + 1, (list){ "听懂", "看懂", "懂", "明白", "理解", "学会", NULL })) k++;
        int ability = in(sc, k, (list){ "会", "懂", "知道", "明白", "听懂", "看懂", "能听懂", "听得懂", "看得懂", "会用", "理解", "学会", NULL });
        if (anyone && ability && (k + 1 == b || in(sc, k + 1, &TAIL))) { tone_hit(sc, "lecture", "轻视客户", i - 1, k, k); return 0; }
    }
    return TONE_GO_ON;
}

/* 您得搞清楚，这里是客服 (您要是想搞清楚费用的话… is a condition). */
static int get_it_straight(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who < b && !question && find(sc, a, b, CONDITION) == NONE) {
        size_t must = find(sc, who + 1, tone_upto(b, who + 3), (list){ "得", "要", "最好", "给我", "可得", "必须", NULL });
        if (must + 1 < b && in(sc, must + 1, (list){ "搞清楚", "弄清楚", "搞明白", "弄明白", "清楚", "明白", NULL }) && must + 2 == b)
            { tone_hit(sc, "lecture", "说教客户", who, must + 1, must + 1); return 0; }
    }
    return TONE_GO_ON;
}

/* 您也是成年人了 / 你都这么大的人了 (您是成年人的话可以自己办理 states a condition). */
static int grown_up_now(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who >= b) return TONE_GO_ON;
    size_t adult = find(sc, who + 1, tone_upto(b, who + 4), (list){ "成年人", "大人", NULL });
    int reproach = adult < b && (find(sc, who + 1, adult, (list){ "也", "都", "已经", "也是", "都是", NULL }) < adult ||
                                 (adult + 1 < b && tone_is(sc, adult + 1, "了")));
    if (reproach && find(sc, a, b, CONDITION) == NONE) { tone_hit(sc, "lecture", "轻视客户", who, adult, adult); return 0; }
    return TONE_GO_ON;
}

/* 请注意您的说话方式: the caller's manners corrected (我会注意自己的态度 is the agent's own; 对方叫您
 * 注意态度 reports someone else's order). */
static int mind_your_manner(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t mind = find(sc, a, b, (list){ "注意", NULL });
    if (mind < b && find(sc, a, mind, &FIRST) == NONE && !tone_own_manner_promise(sc, a, mind) &&
        find(sc, a, mind, (list){ "叫", "让", "要求", "说", "叫您", "让您", NULL }) == NONE) {
        size_t manner = find(sc, mind + 1, tone_upto(b, mind + 5), (list){ "说话", "态度", "言辞", "措辞", "用词", "语气", "素质", "言行", "言语", "口气", NULL });
        if (manner < b) { tone_hit(sc, "lecture", "说教客户", mind, manner, manner); return 0; }
    }
    return TONE_GO_ON;
}

/* 您那个破手机: the caller's things run down (破 within three words after 你/您). */
static int shabby_thing(scan *sc, size_t a, size_t b, size_t who, int question)
{
    for (size_t i = find(sc, a, b, (list){ "破", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "破", NULL }))
        if (find(sc, i > a + 3 ? i - 3 : a, i, &SECOND) < i) { tone_hit(sc, "lecture", "轻视客户", i, i + 1, i); return 0; }
    return TONE_GO_ON;
}

/* 我们客服不是教你用手机的 / 我们不是陪你聊天的: the service declared not for the caller (教育 and
 * the like are other words). */
static int not_here_to_serve(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t me = find(sc, a, b, &FIRST);
    size_t isnt = me < b ? find(sc, me + 1, tone_upto(b, me + 4), (list){ "不是", NULL }) : NONE;
    if (isnt + 1 < b) {
        const char *v = tone_word(sc, isnt + 1);
        int serve = (strncmp(v, "教", 3) == 0 && !in(sc, isnt + 1, (list){ "教育", "教学", "教材", "教室", "教师", "教练", NULL })) ||
                    strncmp(v, "陪", 3) == 0 || strncmp(v, "伺候", 6) == 0 || strncmp(v, "哄", 3) == 0;
        if (serve && (strlen(v) > 3 || (isnt + 2 < b && in(sc, isnt + 2, &SECOND)) || strstr(v, "你") || strstr(v, "您")))
            { tone_hit(sc, "dismissive", "打发客户", me, isnt + 1, isnt + 1); return 0; }
    }
    return TONE_GO_ON;
}

/* 这种事应该自己处理 (您可以自己在APP上处理 offers a way: 可以). */
static int handle_it_yourself(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t ought = find(sc, a, b, (list){ "应该", "得", "只能", "就得", "自个儿", NULL });
    size_t self = ought < b ? find(sc, ought + 1, tone_upto(b, ought + 3), (list){ "自己", NULL }) : NONE;
    if (self + 1 < b && !question && in(sc, self + 1, (list){ "处理", "解决", "想办法", "搞定", "弄", "去办", "看着办", "去", "去找", "查", NULL }) &&
        find(sc, a, b, (list){ "可以", "建议", NULL }) == NONE)
        { tone_hit(sc, "dismissive", "推诿（让客户自己办）", ought, self + 1, self); return 0; }
    return TONE_GO_ON;
}

/* The checks of tone_lecture_more in the order they are asked: the first whose pattern is found
 * names the hit. */
static int (*const LECTURE_MORE_CHECKS[])(scan *sc, size_t a, size_t b, size_t who, int question) = {
    not_even_that, below_anyone, get_it_straight, grown_up_now, mind_your_manner, shabby_thing, not_here_to_serve,
    handle_it_yourself,
};

/* Lecturing and condescension (国家职业技能标准 3.1; 贵阳 §二(三)6): 连身份证号都记不住 / 正常人都能
 * 听懂 / 您也是成年人了 / 请注意您的说话方式 / 您那个破手机 / 我们客服不是教你用手机的 / 这种事应该自己
 * 处理. Taboo, not an insult: the caller is talked down to, not called names. */
int tone_lecture_more(scan *sc, size_t a, size_t b, int question)
{
    size_t who = find(sc, a, b, &SECOND);   /* the caller addressed: the middle checks hang on it */
    for (size_t k = 0; k < sizeof LECTURE_MORE_CHECKS / sizeof *LECTURE_MORE_CHECKS; k++) {
        int r = LECTURE_MORE_CHECKS[k](sc, a, b, who, question);
        if (r != TONE_GO_ON) return r;
    }
    return 0;
}

/* The close of a likening (跟小孩似的, 跟个老太太一样; 一 is read as 1). */
static list LIKENED = { "似的", "一样", "1样", "一般", "1般", "般", "似地", "一样的", "1样的", "样", NULL };

/* (taboo34) Is there, between the order at i and the conduct at last, 跟 / 和 / 同 / 与 before someone not of ours
 * (他们, 物业, 商家 — not 我, 我们, 客服)? (fix34d) Not a likening: 跟小孩似的 / 跟个老太太一样 compares the caller to
 * someone, no one else is in the quarrel — 似的 / 一样 / 一般 after the party, or 个 right after 跟. */
static int with_third_party(scan *sc, size_t i, size_t last)
{
    if (find(sc, i + 1, last, LIKENED) < last) return 0;
    for (size_t k = i + 1; k < last; k++)
        if (in(sc, k, (list){ "跟", "和", "同", "与", NULL }) && !in(sc, k + 1, &FIRST) && !tone_names_us(sc, k + 1) &&
            !in(sc, k + 1, (list){ "客服", "我们客服", "咱", "咱们", NULL }) &&
            !cs_g_starts_with_any(sc->w->v[k + 1].w, (list){ "个", "一个", NULL }))
            return 1;
    return 0;
}

/* The caller's conduct on the line, as the agent forbids it (3.1 不用禁忌语: 别吼, 别在那嘀嘀咕咕,
 * 别拿客服撒气, 别一天到晚打, 别跟我讨价还价). Not the care or the procedure said with the same 别
 * (别着急, 别担心, 先别挂机, 别点陌生链接, 别忘了带发票: no word of conduct follows). */
int tone_forbid_conduct(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"别不少甭莫");
    static const char *const stop[] = { "别", "不要", "少", "甭", "莫", "不许", "不准", "别再", "别跟我", "少在", "别找我",
                                        "别找我们", "别烦我", "别来烦我", "别吵", "别闹", "别喊", "别吼", "别骂", NULL };
    /* the order and its conduct in one dictionary word */
    static const char *const whole[] = { "别找我", "别找我们", "别烦我", "别来烦我", "别吵", "别闹", "别喊", "别吼", "别骂", NULL };
    static const char *const conduct[] = {
        "吼", "喊", "嚷", "嚷嚷", "吵", "吵吵", "闹", "骂", "骂人", "发火", "撒", "撒气", "发脾气", "出气", "嘀咕",
        "嘀嘀咕咕", "嘟囔", "嘟嘟囔囔", "大呼小叫", "占", "占着", "占线", "占用", "开玩笑", "消遣", "解闷", "折腾",
        "纠缠", "抢", "抢话", "插嘴", "敲", "揪着", "讨价还价", "惦记", "惦记着", "吱声", "不吭", "吭声", "耍赖",
        "撒泼", "胡说", "瞎说", "乱说", "废话", "找我", "找我们", "烦我", "烦我们", "没事找事", "抬杠", "较真",
        "摆谱", "瞎折腾", "瞎嚷嚷", "瞎闹",
        /* (taboo34) 你莫在这里扯皮 / 别瞎扯了 / 别磨叽了: wrangling or dawdling, the caller's conduct scolded */
        "扯皮", "瞎扯", "胡扯", "磨叽", "磨磨叽叽", NULL };
    /* scorn in the adverb: 别瞎担心, 别光骂人, 别老惦记着, 别动不动就投诉 */
    static const char *const scorn[] = { "瞎", "光", "老", "老是", "总", "总是", "一个劲", "动不动", NULL };
    static const char *const scorn_seq[] = { "1天到晚", "1上来", "1口气", "东1句", "1声不吭", "在那", "在那边", "在那儿",
                                             "在这儿", "在这", "在电话里", "冲我", "冲我们", "对我", "动不动", NULL };
    for (size_t i = find(sc, a, b, stop); i < b; i = find(sc, i + 1, b, stop)) {
        if (tone_courteous(sc, a, b)) return 0;
        if (in(sc, i, whole)) return tone_hit(sc, "lecture", "呵斥客户", i, i, i);
        size_t end = tone_upto(b, i + 6);
        /* (fix34d) 别跟个老太太一样磨叽: the likening takes words of its own before the conduct */
        if (find(sc, i + 1, end, LIKENED) < end) end = tone_upto(b, i + 9);
        for (size_t k = i + 1; k < end; k++) {
            size_t last = NONE;
            if (in(sc, k, conduct)) last = k;
            else if (k == i + 1 && in(sc, k, scorn)) last = k;
            else if (k <= i + 2) last = tone_spells_any(sc, k, b, scorn_seq);
            /* 别拿热线当解闷 / 别拿领导压我: the line or someone used against the agent */
            if (last == NONE && tone_is(sc, k, "拿"))
                last = find(sc, k + 1, tone_upto(b, k + 5), (list){ "当", "开玩笑", "撒气", "出气", "压", "消遣", "撒", "寻开心", NULL });
            /* (taboo34) 您别跟他们吵，交给我们 / 不要跟物业扯皮: the conduct with a third party (跟 / 和 / 同 / 与 + one
             * not of ours), advice to spare the caller a quarrel, not a scolding of how they treat us */
            if (last < b && with_third_party(sc, i, last)) break;
            /* (taboo32) 您别折腾了，我们派师傅上门帮您弄: the trouble taken off the caller, help after it */
            if (last < b && in(sc, last, (list){ "折腾", "瞎折腾", NULL }) && cs_words_help_after(sc->w, last)) return 0;
            if (last < b) return tone_hit(sc, "lecture", "呵斥客户", i, last, i);
        }
    }
    return 0;
}

/* fix17c: 号码15961463655记好了 / 地址我记好了 — 记 after the thing the caller gave (a number, an address)
 * or after 我/我们, no 你/您 before it in its clause: the agent reporting the record done (国家职业技能标准
 * 3.1 1.3.2 能记录有效信息), not 您记好了, an order to the caller. */
static int record_done(scan *sc, size_t a, size_t rec)
{
    if (!tone_is(sc, rec, "记") || find(sc, a, rec, (list){ "你", "您", NULL }) < rec) return 0;
    return find(sc, a, rec, (list){ "我", "我们", "号码", "电话", "手机号", "电话号码", "联系电话", "地址", "姓名", "名字",
                                    "信息", "内容", "单号", "订单号", "情况", NULL }) < rec;
}

/* calls32a: 已经给您记好了 / 好的，记好了。我们会尽快… — 记 done for the caller (给您 / 帮您 / 为您 / 替您 just
 * before it) or standing as its own clause right after an acknowledgement (好的 / 嗯 / 收到 …, the record
 * reported as a trainee answers the dictation): the agent's record done (国家职业技能标准 3.1 1.3.2 能记录
 * 有效信息), not 您记好了, the order to the caller (those have 您 as the one told, no 给 before it). */
static int recorded_for_caller(scan *sc, size_t a, size_t rec)
{
    static const char *const ack[] = { "好的", "好", "嗯", "嗯嗯", "行", "收到", "明白", "可以", "好嘞", "没问题", "OK", "ok", NULL };
    if (!tone_is(sc, rec, "记")) return 0;
    if (rec > a && in(sc, rec - 1, (list){ "给您", "帮您", "为您", "替您", "给你", "帮你", "为你", "替你", NULL })) return 1;
    if (rec > a + 1 && in(sc, rec - 1, (list){ "您", "你", NULL }) && in(sc, rec - 2, (list){ "给", "帮", "为", "替", NULL }))
        return 1;
    if (rec != a || a == 0) return 0;
    /* the clause before, whole, is the acknowledgement (the lexicon may cut 好的 as 好/的) */
    size_t from = a - 1;
    while (from > 0 && sc->w->v[from - 1].clause == sc->w->v[a - 1].clause) from--;
    char buf[64];
    const char *prev = tone_joined(sc, from, a, buf, sizeof buf);
    for (const char *const *k = ack; prev && *k; k++)
        if (strcmp(prev, *k) == 0) return 1;
    return 0;
}

/* 这回说清楚点 / 这次听仔细了 / 听的时候认真点 / 下回上点心 / 说话要有条理 / 下回打电话之前先把账单
 * 看明白: how the caller must listen or speak, ordered (请您说清楚一点 asks; 我说清楚点 is the agent's
 * own; 下次签收前请您看清楚 advises). */
int tone_order_manner(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"上长点些一客认仔清明利礼文听看记说讲下以这");
    if (question || tone_courteous(sc, a, b) || find(sc, a, b, (list){ "能", "能否", "能不能", "可以", "尽量", "方便", "欢迎", NULL }) < b)
        return 0;
    static const char *const manner[] = { "清楚", "仔细", "明白", "认真", "客气", "利索", "礼貌", "文明", "上心", "安静",
                                          "小声", "老实", "耐心", "冷静", "理智", "干脆", "痛快", NULL };
    size_t last = NONE;
    size_t s = tone_spelled_in(sc, a, b, (list){ "上点心", "长点心", "长点记性", "长记性", "长个心眼", NULL }, &last);
    if (s < b) return tone_hit(sc, "lecture", "说教客户", s, last, s);
    int mine = find(sc, a, b, &FIRST) < b;
    for (size_t i = a; i + 1 < b && !mine; i++) {
        /* 清楚点 / 认真点 (or 客气点 as one word) */
        const char *w = tone_word(sc, i);
        size_t wl = strlen(w);
        int glued = wl > 3 && strcmp(w + wl - 3, "点") == 0;
        /* 讲清楚 / 听仔细 as one word: its last two characters are the manner */
        int manner_end = in(sc, i, manner) || (wl == 9 && cs_word_in(w + 3, manner));
        if ((manner_end && in(sc, i + 1, (list){ "点", "点儿", "些", "一点", NULL })) ||
            (glued && in(sc, i, (list){ "客气点", "认真点", "仔细点", "清楚点", "明白点", "利索点", "礼貌点", "文明点", NULL })))
            return tone_hit(sc, "lecture", "说教客户", i, i + 1, i);
        /* 听仔细了 / 听好了, ending the clause; 都记好了 / 已经记清楚了 reports our own work done (an adverb
         * of completion before the verb), no order to the caller */
        if (in(sc, i, (list){ "听", "看", "记", "说", "讲", NULL }) && i + 3 == b &&
            !(i > a && in(sc, i - 1, (list){ "都", "已经", "已", "全", "全部", "全都", "均", NULL })) &&
            /* calls17: 记好了，感谢您的来电 — the reply's first words answering 记好了吗: our record done */
            !(i == 0 && tone_is(sc, i, "记")) && !record_done(sc, a, i) && !recorded_for_caller(sc, a, i) &&
            in(sc, i + 1, (list){ "仔细", "好", "清楚", "明白", "牢", NULL }) && tone_is(sc, i + 2, "了"))
            return tone_hit(sc, "lecture", "说教客户", i, i + 2, i);
        if (tone_is(sc, i, "说话") && in(sc, i + 1, (list){ "要", "得", "注意", NULL }))
            return tone_hit(sc, "lecture", "说教客户", i, i + 1, i);
    }
    size_t next = find(sc, a, b, (list){ "下次", "下回", "以后", "这回", "这次", NULL });
    for (size_t i = next + 1; next < b && i < b && !mine; i++) {
        size_t k = tone_spells_any(sc, i, b, (list){ "看明白", "看清楚", "弄明白", "问清楚", "搞明白", "看仔细", "想明白", "弄清楚",
                                                "搞清楚", "记清楚", NULL });
        if (k < b) return tone_hit(sc, "lecture", "说教客户", next, k, i);
    }
    return 0;
}

/* fix15t: the agent offering, after word b, to teach or do it for the caller (不行我来教您, 我帮您弄) */
static int agent_teaches_after(scan *sc, size_t b)
{
    if (cs_words_help_after(sc->w, b - 1)) return 1;
    for (size_t k = b; k < sc->w->n; k++)
        if (tone_spells_any(sc, k, sc->w->n, (list){ "我来教", "我教您", "我来帮", "我帮您", "我1步步", "我一步步", "我再教", "我再1步步",
                                                     "我再一步步", NULL }) != NONE)
            return 1;
    return 0;
}

/* 让家里年轻人帮您算吧: the caller's age taken for incompetence (3.1). 请家人协助, or 您可以请孩子
 * 帮您操作 said as an option (可以 / 请 / 如果 / 方便), is the assisted-service offer. */
int tone_ask_the_young(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"年小孩儿女孙晚子");
    static const char *const young[] = { "年轻人", "小年轻", "年轻的", "孩子", "儿子", "女儿", "孙子", "孙女", "晚辈", "小辈",
                                         "儿女", "子女", NULL };
    size_t y = find(sc, a, b, young);
    if (y == NONE || y == a || find(sc, a, y, (list){ "让", "叫", "找", "喊", NULL }) == NONE) return 0;
    if (tone_courteous(sc, a, b) || find(sc, a, b, (list){ "可以", "也可以", "如果", "方便", "的话", "需要", NULL }) < b) return 0;
    /* fix15t: 您让孙子帮您扫一下也行，不行我来教您 — one way among others (也行), the agent's own teaching offered
     * after: the assisted-service offer, not the caller's age held against them */
    if (tone_words_hold(sc, a, b, (list){ "也行", "也成", "也好", NULL }) && agent_teaches_after(sc, b))
        return 0;
    size_t help = find(sc, y + 1, tone_upto(b, y + 3), (list){ "帮", "教", "替", "帮您", "帮你", "教您", "教你", "替您", "替你", NULL });
    if (help < b) return tone_hit(sc, "lecture", "轻视客户（年龄）", y, help, y);
    /* 让您孩子来弄吧 / 叫您儿子来打: the young sent for to do it instead of the caller */
    size_t come = find(sc, y + 1, tone_upto(b, y + 2), (list){ "来", "过来", NULL });
    if (come + 1 < b && in(sc, come + 1, (list){ "弄", "打", "办", "操作", "处理", "说", "讲", "接", "搞", "跟我说", "跟我讲", NULL }))
        return tone_hit(sc, "lecture", "轻视客户（年龄）", y, come + 1, y);
    return 0;
}

/* 您这样的客户我们也很头疼 / 你们这种客户我见多了: the caller filed as a kind of trouble (§二(三) 6).
 * 像您这样的老客户我们都会优先处理 names no trouble. */
int tone_trouble_kind(scan *sc, size_t a, size_t b, int question)
{
    static const char *const trouble[] = { "头疼", "头痛", "难缠", "难办", "受不了", "怕", "怕了", "见多", "见多了", "没辙",
                                           "烦", "伤脑筋", NULL };
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE) return 0;
    size_t kind = find(sc, who + 1, tone_upto(b, who + 3), (list){ "这样", "这种", "这号", "这类", NULL });
    if (kind == NONE) return 0;
    size_t c = find(sc, kind + 1, tone_upto(b, kind + 3), (list){ "客户", "用户", "人", "顾客", NULL });
    size_t t = c < b ? find(sc, c + 1, tone_upto(b, c + 6), trouble) : NONE;
    return t < b ? tone_hit(sc, "lecture", "轻视客户", who, t, c) : 0;
}

/* 这么明显的按钮您都找不到 / 那么大的字您都看不见吗: something called obvious and the caller said to
 * miss it even so (国家职业技能标准 3.1; 贵阳 §二(三) 6). 这么晚您都还没收到货 names nothing obvious;
 * 按钮不太明显，您可能找不到 blames the page, with no 都 after 您. */
int tone_so_obvious(scan *sc, size_t a, size_t b, int question)
{
    static const char *const plain[] = { "明显", "清楚", "显眼", "醒目", "大", "简单", "容易", "清晰", NULL };
    static const char *const miss[] = { "找不到", "看不见", "看不到", "不会", "不懂", "没看懂", "没看见", "没看到", "没找到",
                                        "看不懂", "不到", "记不住", NULL };
    size_t so = find(sc, a, b, (list){ "这么", "那么", "这样", NULL });
    if (so == NONE || so + 1 >= b || !in(sc, so + 1, plain)) return 0;
    for (size_t who = find(sc, so + 2, b, &SECOND); who + 1 < b; who = find(sc, who + 1, b, &SECOND)) {
        if (!in(sc, who + 1, (list){ "都", "也", "还", NULL })) continue;
        size_t m = find(sc, who + 2, tone_upto(b, who + 5), miss);
        if (m == NONE) m = tone_find_cannot(sc, who + 2, tone_upto(b, who + 5));
        /* 没 看到 / 没 注意到: the lexicon's cut */
        for (size_t k = who + 2; m == NONE && k + 1 < tone_upto(b, who + 5); k++)
            if (in(sc, k, (list){ "没", "没有", NULL }) &&
                in(sc, k + 1, (list){ "看到", "看见", "找到", "注意到", "看懂", "记住", "发现", NULL }))
                m = k + 1;
        if (m < b) return tone_hit(sc, "lecture", "贬低客户", so, m, m);
    }
    return 0;
}

/* 您年纪大了，这些搞不明白也正常 / 上了年纪的哪搞得懂: the caller's age given as why they cannot
 * understand (国家职业技能标准 3.1; not 您年纪大了出门不方便, nor 很多老年用户刚开始也不熟悉，
 * 我一步一步教您, which teaches) */
int tone_age_reason(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"年岁老上");
    size_t age = find(sc, a, b, (list){ "年纪", "岁数", "年龄", "上了年纪", "老人家", "老年人", "老人", NULL });
    if (age == NONE || tone_in_reply(sc, (list){ "教", "教您", "一步一步", "没关系", "不要紧", "慢慢来", NULL }) || tone_in_reply(sc, ALTERNATIVE))
        return 0;
    /* said to the caller (您年纪大了, 老人家), not of old people in general (很多老人连智能手机都不会用) */
    if (!in(sc, age, (list){ "老人家", NULL }) && !tone_in_reply(sc, (list){ "你", "您", "你们", "您们", NULL })) return 0;
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause <= sc->w->v[b - 1].clause + 1) end++;
    for (size_t k = age + 1; k < end; k++)
        if (in(sc, k, &CANNOT) || in(sc, k, (list){ "搞不明白", "学不会", "搞不懂", "弄不懂", "弄不明白", "哪搞得懂", "搞得懂",
                                                     "不会用", "转不过来", "跟不上", NULL }))
            return tone_hit(sc, "lecture", "轻视客户（年龄）", age, k, age);
    return 0;
}

/* fix36b: does the clause [a, b) name the caller (你 / 您 / 侬 / 恁 in any word)? */
static int tone_in_clause_you(scan *sc, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (strstr(sc->w->v[k].w, "你") || strstr(sc->w->v[k].w, "您") || strstr(sc->w->v[k].w, "侬") || strstr(sc->w->v[k].w, "恁"))
            return 1;
    return 0;
}

/* 热线不是让你来发泄的 / 客服不是给你聊天用的: the line's purpose lectured at the caller (3.1;
 * §二(三)6). 这条短信不是让您缴费的 names no misconduct. */
int tone_purpose_lecture(scan *sc, size_t a, size_t b, int question)
{
    static const char *const vent[] = { "发泄", "聊天", "闲聊", "撒气", "出气", "消遣", "抱怨", "吐槽", "骂人", "吵架", "解闷",
                                        "开玩笑", "撒野", "发火", "发脾气", "撒泼", "逗", "玩", "解闷儿", "唠嗑", NULL };
    size_t not = find(sc, a, b, (list){ "不是", NULL });
    if (not == NONE) return 0;
    size_t last = NONE;
    size_t v = tone_spelled_in(sc, not + 1, tone_upto(b, not + 7), vent, &last);
    /* fix34b: 不是骂人的重话 / 不是开玩笑的意思: the word described (的 and a noun of speech after it), not the line's purpose */
    size_t said = NONE;
    if (v < b && last + 2 < b && tone_is(sc, last + 1, "的") &&
        tone_spelled_in(sc, last + 2, tone_upto(b, last + 4), (list){ "话", "重话", "意思", "词", "字眼", "说法", "脏话", "用语",
                                                                       "词儿", NULL }, &said) == last + 2)
        return 0;
    if (v < b && last + 1 < b && tone_is(sc, last + 1, "的话")) return 0;   /* 不是骂人的话 (的话 one word) */
    /* fix36b: “鬼脸”铜镜是辟邪器物，不是骂人 / 我不是骂人: the agent denying that a word is abuse, the vent word closing
     * its clause, only the agent or a demonstrative before 不是 and no caller named: no purpose of the line lectured */
    if (v < b && last + 1 == b && !tone_in_clause_you(sc, a, b)) {
        size_t k = a;
        while (k < not && in(sc, k, (list){ "我", "我们", "这", "那", "这个", "那个", "它", "这样", "并", "可", "也", "绝对", NULL })) k++;
        if (k == not) return 0;
    }
    if (v < b) return tone_hit(sc, "lecture", "说教客户（热线不是…的）", not, last, not);   /* key 不是: before any 让 */
    return 0;
}

/* 以后这种问题先看说明书再打电话 / 别一有问题就打电话: the caller told how to earn a call (lecture,
 * 3.1). 您先重启，如果不行再打给我们 is a step, not a rule for the caller's future. */
int tone_future_lecture(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"先就");
    static const char *const call[] = { "打", "打电话", "来电", "来电话", "打过来", "来问", "问", "来", "打来", "问我们", NULL };
    if (!tone_in_reply(sc, (list){ "以后", "下次", "下回", "今后", "往后", NULL }) || tone_courteous(sc, a, b) ||
        find(sc, a, b, (list){ "可以", "方便", "随时", "欢迎", NULL }) < b)
        return 0;
    size_t end = tone_next_clause_end(sc, b);
    size_t first = NONE;   /* 先, or 先读 / 先看 as one word */
    for (size_t k = a; k < b && first == NONE; k++)
        if (strstr(tone_word(sc, k), "先") && !in(sc, k, (list){ "先生", "先进", "先前", "首先", "祖先", "领先", "优先", NULL })) first = k;
    size_t last = NONE;
    size_t then = first < b ? tone_spelled_in(sc, first + 1, end, (list){ "再打", "再打电话", "再打过来", "再打给", "再来", "再来电", "再来电话", "再问", "再给我们打", "再拨", "再联系", NULL }, &last) : NONE;
    if (then < end) return tone_hit(sc, "lecture", "说教客户（先…再打电话）", first, last, then);
    size_t no = find(sc, a, b, &PROHIB);
    size_t one = no < b ? find(sc, no + 1, tone_upto(b, no + 3), (list){ "1", "一", NULL }) : NONE;
    size_t so = one < b ? find(sc, one + 1, tone_upto(b, one + 4), (list){ "就", NULL }) : NONE;
    if (so + 1 < b && in(sc, so + 1, call)) return tone_hit(sc, "lecture", "说教客户（一…就打电话）", no, so + 1, no);
    return 0;
}

/* 别乱动 / 你不要瞎按 / 别到处乱打电话: the caller's actions called a mess (condescension, 3.1).
 * 请您不要随意开关电器 is a safety step said with courtesy. */
int tone_messy_prohibition(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"乱瞎");
    size_t no = find(sc, a, b, &PROHIB);
    if (no == NONE || tone_courteous(sc, a, b)) return 0;
    for (size_t k = no + 1; k < tone_upto(b, no + 4); k++) {
        const char *w = tone_word(sc, k);
        if (strncmp(w, "乱", 3) == 0 || strncmp(w, "瞎", 3) == 0) {
            if (strcmp(w, "乱码") == 0 || strcmp(w, "瞎子") == 0) continue;
            /* 您别乱想，我们一定给您处理好: worry set at rest, not conduct scorned */
            size_t cl = NONE;
            int thought = in(sc, k, (list){ "乱想", "瞎想", "乱猜", "瞎猜", NULL }) ||
                          (k + 1 < b && in(sc, k, (list){ "乱", "瞎", NULL }) && in(sc, k + 1, (list){ "想", "猜", NULL }));
            if (thought && tone_spelled_in(sc, 0, sc->w->n, (list){ "一定", "1定", "放心", "没事", "别担心", "不用担心", "没关系", NULL }, &cl) < sc->w->n)
                continue;
            return tone_hit(sc, "lecture", "轻视客户（别乱…）", no, k, k);
        }
    }
    return 0;
}

/* 下回打电话记得先把嗓门练练 / 以后打电话记得先开麦克风 / 下次打电话先检查一下手机好吧: what the
 * caller must fix on their side before calling next time, told as an order — lecturing. Not an
 * invitation or a courtesy (下次来电时请您先准备好订单号, 以后有问题欢迎随时来电, 下次您可以直接
 * 拨打…), not the agent's own plan (我们下次打电话先…), nothing about a call (下次来办理记得带身份证),
 * and not a tip on the procedure (下次打电话记得先拨区号, 下次来电先报工单号: no fixing verb). */
int tone_next_time_order(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"下以今往");
    static const char *const when[] = { "下次", "下回", "以后", "今后", "往后", "下1次", "下1回", NULL };
    static const char *const call[] = { "打电话", "打过来", "打进来", "打来", "来电", "再打", "打", "拨打", "致电", "打给", NULL };
    static const char *const order[] = { "记得", "先", "得", "最好", "注意", "别", "要", "必须", NULL };
    /* what the caller is told to fix: their phone, line, voice or thinking */
    static const char *const fix[] = { "检查", "检查一下", "练", "练练", "弄好", "调好", "修好", "想好", "想清楚", "想明白",
                                       "理清楚", "理清", "看清楚", "看明白", "搞清楚", "弄清楚", "搞明白", "开", "打开",
                                       "找个", "换个", "对准", "别在", "充好", "充电", "大点声", NULL };
    static const char *const polite[] = { "请", "请您", "麻烦", "麻烦您", "可以", "欢迎", "随时", "建议", "建议您", "如有",
                                          "方便", "您可以", NULL };
    size_t last = NONE, t = tone_spelled_in(sc, a, b, when, &last);
    if (t == NONE || find(sc, a, b, polite) < b || find(sc, a, b, &FIRST) < b) return 0;
    size_t c = find(sc, last + 1, b, call);
    if (c == NONE) return 0;
    size_t o = find(sc, last + 1, b, order);
    if (o == NONE) return 0;
    size_t f = find(sc, last + 1, b, fix);
    if (f == NONE) return 0;
    return tone_hit(sc, "lecture", "说教客户（下次先…）", t, f, t);
}

/* ---- 禁忌语 as writers we never read type it: classes found on new writers' replies (3.1; 贵阳 §二(三)6) ---- */

/* 下次您买东西仔细一点 / 麻烦您下回看清楚再下单 / 以后先把资料准备好: the caller told to take more care
 * next time, a reproach of the care they did not take (说教客户: 呼叫服务员职业标准(试行) 三(一)2 不用
 * 禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). Not the agent's own promise (我们下次
 * 一定仔细核对: 我/我们 before the care word with no 你/您 between), not a way offered (您以后可以先在
 * APP上看清楚, 温馨提示：下次签收前可以先验货: 可以 / 不妨 / 方便 / 能 offer it), not a request
 * (下次办理前请您先看清楚合同, tests/unit/test_tone_rules.c). */
int tone_next_time_care(scan *sc, size_t a, size_t b, int question)
{
    size_t next = find(sc, a, b, (list){ "下次", "下回", "以后", "今后", "往后", "下一次", NULL });
    if (next >= b) return 0;
    if (find(sc, a, b, (list){ "可以", "也可以", "不妨", "方便", "能", "可", "欢迎", NULL }) < b) return 0;
    /* 下次办理前请您先看清楚合同: a request before the next step, asked (PLEASE), not a reproach */
    if (find(sc, a, b, PLEASE) < b) return 0;
    static const char *const care[] = { "看清楚", "看仔细", "仔细", "仔细点", "认真", "认真点", "细心", "细心点",
        "想清楚", "想好", "搞清楚", "弄清楚", "问清楚", "准备好", "上点心", "用点心", "多留意", "留点心", NULL };
    for (size_t i = next + 1; i < b; i++) {
        size_t care_at = NONE;
        if (in(sc, i, care)) care_at = i;
        else if (i + 1 < b && in(sc, i, (list){ "想", "准备", "看", NULL }) && in(sc, i + 1, (list){ "好", "清楚", "仔细", NULL }))
            care_at = i + 1;
        else if (i + 1 < b && tone_is(sc, i, "清楚") && in(sc, i + 1, (list){ "一点", "1点", "1", "点", "些", NULL }))   /* 一 reads 1 (text_norm) */
            care_at = i;
        if (care_at == NONE) continue;
        size_t us = find(sc, a, i, &FIRST);
        if (us < i && find(sc, us + 1, i, &SECOND) == NONE) return 0;
        return tone_hit(sc, "lecture", "说教客户", next, care_at, care_at);
    }
    return 0;
}

/* ---- 禁忌语 in the wording of newer writers, by class (own sentences: tests/data/tone_more/fixtb9.tsv) ---- */

/* Does word k name the caller: 你/您 …, or a word holding it (建议您, 祝您, 麻烦你)? */
static int caller_word(scan *sc, size_t k)
{
    return in(sc, k, &SECOND) || strstr(tone_word(sc, k), "您") || strstr(tone_word(sc, k), "你");
}

/* 建议您先把说明书读懂了再来问 / 你先去百度一下什么是流量 / 先学会怎么用APP再来申请: the caller sent away
 * to learn before being served, condescension (说教, 呼叫服务员职业标准(试行) 三(一)2 不用禁忌语; 贵阳
 * T-GSOCCIA 001—2020 §二(三)6; 2.14 explains the step and helps). A verb of learning (学会, 读懂, 百度,
 * 了解 …) and either 先 … 再来 / 再打 / 再问 (come back when you know), or 怎么 / 什么是 after it with
 * no help offered. Not 我教您怎么用 (we teach), not 您可以先了解一下套餐，我发给您 (help follows). */
int tone_learn_first(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"学懂百搜了明");
    static const char *const learn[] = { "学", "学会", "学学", "学习", "搞懂", "弄懂", "读懂", "看懂", "弄明白", "搞明白", "百度",
                                         "搜", "搜搜", "了解", "学好", "学明白", "学懂", "看明白", NULL };
    static const char *const back[] = { "来", "打", "问", "打过来", "打电话", "投诉", "找", "找我们", "申请", "开通", "办",
                                        "办理", "说", "联系", "讨论", "来电", "打来", "咨询", NULL };
    size_t l_end = NONE;
    size_t l = tone_spelled_in(sc, a, b, learn, &l_end);
    if (l == NONE) return 0;
    /* the learner is the caller: no 我 / 我们 right before the verb, unless 您 stands between (我建议您先学会) */
    for (size_t k = l; k-- > (l > a + 3 ? l - 3 : a);) {
        if (caller_word(sc, k)) break;
        if (in(sc, k, &FIRST)) return 0;
    }
    size_t end = tone_next_clause_end(sc, b);
    size_t first = find(sc, l > a + 6 ? l - 6 : a, l, (list){ "先", NULL });
    size_t again = find(sc, l_end + 1, end, (list){ "再", "然后再", "才", "再来", "再打", "再问", NULL });
    int come_back = again < end && (in(sc, again, (list){ "再来", "再打", "再问", NULL }) || (again + 1 < end && in(sc, again + 1, back)));
    if (first < l && come_back) return tone_hit(sc, "lecture", "说教（先学会…再来）", l, again, l);
    size_t how = find(sc, l_end + 1, tone_upto(b, l_end + 4), (list){ "怎么", "怎样", "如何", "什么", NULL });
    if (how < b && !tone_is(sc, l, "了解") && !cs_words_help_after(sc->w, how) && !tone_in_reply(sc, (list){ "教", "教您", "演示", NULL }))
        return tone_hit(sc, "lecture", "说教（先去学学怎么…）", l, how, l);
    return 0;
}

/* 你客气点我才帮你查 / 你先把态度放好再说 / 你这个态度我没法帮你 / 等您语气好一点了，我们再谈退款: service
 * made to wait on the caller's manners (说教, 贵阳 T-GSOCCIA 001—2020 §二(三)6; 2.12 calms the caller,
 * and only abuse has its own end, §二(三)3). A manner of the caller's (态度, 语气, 客气 …) demanded better
 * or pointed at (这个态度), and the help held back until then (我才, 再说, 再谈) or refused for it (我没法
 * 帮你). Not 您如果继续骂人，我就没办法好好帮您了 (a boundary at abuse, the standard's own), not our own
 * manner (我们态度不好). */
int tone_manners_first(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"态语口客礼");
    static const char *const manner[] = { "态度", "语气", "口气", "客气", "礼貌", "说话方式", NULL };
    static const char *const better[] = { "好点", "好1点", "好些", "放好", "端正", "放端正", "放尊重", "改改", "点", "1点", NULL };
    size_t m = find(sc, a, b, manner);
    if (m == NONE || tone_in_reply(sc, (list){ "骂", "骂人", "脏话", "辱骂", "人身攻击", "谩骂", NULL })) return 0;
    size_t who = NONE;
    for (size_t k = m; k-- > (m > a + 4 ? m - 4 : a);) {
        if (in(sc, k, &FIRST)) return 0;
        if (caller_word(sc, k)) { who = k; break; }
    }
    if (who == NONE) return 0;
    size_t last = NONE;
    int demand = tone_spelled_in(sc, m + 1, tone_upto(b, m + 5), better, &last) < b;
    int pointed = find(sc, who, m, (list){ "这个", "这种", "这样的", "这", "这副", NULL }) < m;
    if (!demand && !pointed) return 0;
    size_t end = tone_next_clause_end(sc, b);
    size_t hold = find(sc, m + 1, end, (list){ "才", "再说", "再谈", "再", NULL });
    /* 我再跟你登记: 再 with the agent between the manner and it holds any help back */
    if (hold < end && (!tone_is(sc, hold, "再") || find(sc, m + 1, hold, &FIRST) < hold ||
                       (hold + 1 < end && in(sc, hold + 1, (list){ "谈", "聊", "说", "办", "帮", "处理", "沟通", NULL }))))
        return tone_hit(sc, "lecture", "说教（态度好点我才帮您）", m, hold, m);
    size_t no_end = NONE;
    size_t refuse = tone_spelled_in(sc, m + 1, end, (list){ "没法", "没办法", "不能", "不想", "不会", "不给", "无法", NULL }, &no_end);
    if (pointed && refuse < end && find(sc, no_end + 1, tone_upto(end, no_end + 3), (list){ "帮", "办", "处理", "给", "查", "受理", "服务",
                                                                                       "帮你", "帮您", NULL }) < end)
        return tone_hit(sc, "lecture", "说教（您这态度我没法帮）", m, refuse, m);
    return 0;
}

/* Is word k of loud conduct another's: a third party just before it (楼上吵闹, 孩子哭闹), or a 的 after it that makes
 * it a modifier with no caller near (吵架的邻居, 骂人的那位司机; helper fix30t)? */
static int others_conduct(scan *sc, size_t a, size_t k)
{
    static list other = { "孩子", "小孩", "宝宝", "小朋友", "老人", "他", "她", "他们", "她们", "邻居", "楼上", "楼下", "隔壁",
                          "对方", "别人", "司机", "狗", "狗狗", "猫", NULL };
    size_t from = k > a + 4 ? k - 4 : a;
    int caller_near = find(sc, from, k, &SECOND) < k || (k > a && caller_word(sc, k - 1));
    if (k > a && k + 1 < sc->w->n && tone_is(sc, k + 1, "的") && !caller_near) return 1;
    return find(sc, k > a + 3 ? k - 3 : a, k, other) < k;
}

/* Is word k, a word of loud conduct the list does not spell, the caller's own manner: 您 / 你 just before it (您又哭又闹),
 * or 别 / 这样 / 这么 / 再 before it (您这样大吼大叫, 别吵吵闹闹), or opening its clause as its unsaid subject
 * (吵吵闹闹解决不了问题)? Not another's (others_conduct) nor a thing (闹钟, 热闹; helper fix30t). */
static int callers_manner(scan *sc, size_t a, size_t k)
{
    if (others_conduct(sc, a, k)) return 0;
    if (k == a) return !in(sc, k, (list){ "闹钟", "热闹", "闹市", "闹心", "喊话", NULL });
    if (caller_word(sc, k - 1)) return 1;
    return in(sc, k - 1, (list){ "别", "这样", "这么", "那样", "那么", "再", "又", "老", "老是", "总是", "一直", "不要", "光",
                                  "怎么", "再怎么", NULL });
}

/* 您这样大吵大闹是解决不了问题的 / 大呼小叫的有什么用 / 你这样闹是没有结果的 / 急也没用: the caller's
 * anger or manner lectured as futile, 说教 (贵阳 T-GSOCCIA 001—2020 §二(二)2.12 answers 情绪激动 with
 * 您别着急 and help, not a verdict on their conduct; §二(三)6). A word of loud or angry conduct, then
 * in its clause that it solves nothing. Not the agent's own (我知道着急也没用，所以我马上…: 我 before). */
int tone_conduct_futile(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"吵闹呼吼嚷火脾骂气激喊急");
    static const char *const conduct[] = { "大吵大闹", "大呼小叫", "吵吵嚷嚷", "吵闹", "闹", "吵", "吼", "嚷嚷", "嚷", "发火",
                                           "发脾气", "骂人", "骂", "生气", "激动", "闹事", "喊", "急", "着急", "大喊大叫",
                                           "闹腾", "吵架", NULL };
    static const char *const futile[] = { "解决不了", "没用", "有什么用", "没有用", "不解决", "没有结果", "没结果", "无济于事",
                                          "不能解决", "改变不了", "白搭", "没意义", "没有意义", "起不了作用", NULL };
    size_t c = find(sc, a, b, conduct);
    /* lecture30: a word of loud conduct the list does not spell (大吼大叫, 又哭又闹, 吵吵闹闹) holds one of
     * its characters */
    for (size_t k = a; k < b && k < c; k++)
        if (tone_clause_holds(sc, k, k + 1, U"吼嚷吵闹骂喊") && callers_manner(sc, a, k)) c = k;
    if (c == NONE || find(sc, a, c, (list){ "我", "我们", "咱", "咱们", NULL }) < c) return 0;
    /* 楼上吵闹的时候敲暖气片没用: another's noise, the caller's trouble, not the caller's conduct (fix30t) */
    if (others_conduct(sc, a, c)) return 0;
    size_t f = find(sc, c + 1, tone_upto(b, c + 6), futile);
    if (f == NONE) return 0;
    /* keyed on the conduct: 解决 may be a part of 2.12's phrase said before it */
    return tone_hit(sc, "lecture", "说教客户（吵闹没用）", c, f, c);
}

/* tone_check_before_calling read over its words joined whole (s). */
static int check_before_calling_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const when[] = { "下次", "下回", "以后", "今后", "往后", "下1次", "下1回", NULL };
    static const char *const check[] = { "看清", "看明白", "弄明白", "搞明白", "问清楚", "想清楚", "想好", "想明白", "搞清楚",
                                         "弄清楚", "查清楚", "读懂", "看懂", "弄懂", "搞懂", NULL };
    static const char *const recall[] = { "再来电", "再打", "再拨", "再来问", "再问", "再来", "再联系", "再咨询", "再找我们",
                                          "才来电", "才打", "再致电", NULL };
    static const char *const invite[] = { "欢迎", "随时", "可以", "如有", "有疑问", "有问题", NULL };
    const char *w = NULL, *c = NULL, *r = NULL;
    for (const char *const *k = when; *k && !w; k++) w = strstr(s, *k);
    if (!w) return 0;
    for (const char *const *k = check; *k && !c; k++) c = strstr(w, *k);
    if (!c) return 0;
    for (const char *const *k = recall; *k && !r; k++) r = strstr(c, *k);
    if (!r) return 0;
    for (const char *const *k = invite; *k; k++)
        if (strstr(s, *k)) return 0;
    size_t first = tone_word_at_byte(sc, a, b, (size_t)(w - s) + 1);
    if (find(sc, a, b, &FIRST) != NONE) return 0;
    return tone_hit(sc, "lecture", "说教客户（下次看清楚再来电）", first, tone_word_at_byte(sc, a, b, (size_t)(r - s) + 4),
                    tone_word_at_byte(sc, a, b, (size_t)(c - s) + 1));
}

/* 下次请看清账单再来电 / 下回想清楚了再打 / 以后请先搞清楚自己的套餐再来问: checking made the condition of
 * calling again — the caller's call blamed on their not checking and sent off until they have
 * (贵阳 T-GSOCCIA 001—2020 §二(三) 6; 呼叫服务员职业标准(试行) 三(一)2 不用禁忌语), even with 请 or as a
 * 温馨提示. Advice before a step (请您下次看清楚再签字, 下次来电请准备好卡号: no call made to wait on
 * it) and an invitation (有疑问也欢迎来电, 可以随时再打) are not. */
int tone_check_before_calling(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"下以今往");
    return tone_read_joined(sc, a, b, check_before_calling_text);
}
