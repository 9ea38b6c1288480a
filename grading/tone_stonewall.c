/* 打官腔: refusal and talking-down dressed as procedure, the 禁忌语 of welfare and public desks (社保,
 * 医保, 民政, 12345: 按规定, 原则上, 同志) and of chat desks that borrow it. Each rule reads what is
 * said, whatever the wrapping (own sentences in tests/data/tone_more/fixtb13.tsv):
 *
 *   ask_no_more      the caller told to stop asking (不用再问了, 没什么好问的)
 *   flat_refusal     a refusal closed with 免谈 / 没门 / 想都别想 / 没得商量
 *   not_your_way     the rules set against the caller's wish (按政策办，不是按您的想法办)
 *   dont_think       the caller's hope mocked as a delusion (别以为打个电话就能解决)
 *   not_worth_asking the caller's question declared not worth our time (这种问题不用问客服)
 *   hand_to_kin      the caller judged past explaining, a relative asked for (跟您讲不清，叫您儿子来)
 *   self_unsure      the caller's own not-knowing thrown back (您自己都搞不清楚，我们怎么帮您？)
 *   luck_blamed      the caller's bad luck given as the cause (抽不到是你脸黑)
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 (不用禁忌语及口头禅), 呼叫服务员职业标准(试行)
 * 三(一)2 (不用禁忌语), 贵阳 T-GSOCCIA 001—2020 §二(三)6 (注意通话语气和态度). A reply that goes on to
 * help (帮您办, 我们已经派人) is direction, not a wall: every rule here but flat_refusal and hand_to_kin
 * leaves it alone. */
#include "tone_scan.h"

/* the agent doing something for the caller, anywhere in the reply */
static const char *const HELP[] = { "帮", "帮您", "为您", "给您", "帮你", "替您", "教您", "带您", "我来", "我们来", "派",
                                    "转接", "登记", NULL };
/* particles that may close a clause after its last word of meaning (了, 哈, 哦, ~ is dropped) */
static const char *const CLOSING[] = { "了", "哈", "哦", "啦", "啊", "呀", "的", "吧", "嘛", "呢", "喔", "噢", "哟", "咯",
                                       "喽", NULL };

/* Does nothing but closing particles follow word k up to b? */
static int closes(scan *sc, size_t k, size_t b)
{
    return tone_words_only_of(sc, k + 1, b, CLOSING);
}

/* 政策就是这样，您不用再问了 / 原则上不予报销，不必再问了 / 您就别再追问了 / 没什么好问的: the caller
 * told to stop asking, a wall however it is worded (国家职业技能标准 3.1; 贵阳 §二(三)6). The asking
 * closes the clause: 不用再问别人了 (we do it) and 不用再问这个验证码 (the system fills it) name what is
 * spared; with help in the reply it is direction. Not a question. */
int tone_ask_no_more(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"问听");
    static const char *const stop[] = { "不用", "不必", "无需", "无须", "不需要", "用不着", "没必要", "别", "不要", "甭",
                                        "没什么好", "没啥好", "没有什么好", NULL };
    static const char *const ask[] = { "问", "追问", "问了", "打听", "多问", "再问", NULL };
    if (question) return 0;
    size_t last;
    size_t no = tone_spelled_in(sc, a, b, stop, &last);
    if (no == NONE) return 0;
    size_t v = last + 1;
    if (v < b && in(sc, v, (list){ "再", "多", "还", "就", NULL })) v++;
    if (v >= b || !in(sc, v, ask) || !closes(sc, v, b)) return 0;
    /* fix15u: help in the reply makes 不用再问了 a question spared (我这就帮您办); 别问了 / 不要再问了 still
     * forbids the caller to ask, whatever service follows (您先别问了，我给您转过去 cuts them off:
     * 国家职业技能标准 3.1, 贵阳 §二(三)6) */
    if (tone_in_reply(sc, HELP) && tone_spells_any(sc, no, last + 1, (list){ "别", "先别", "不要", "甭", "别再", NULL }) == NONE)
        return 0;
    return tone_hit(sc, "dismissive", "打官腔（不用再问）", no, v, v);
}

/* 骗子让您转账？想都别想，直接挂断报警 / 门都没有，您千万别给: the shut word said of a stranger's demand
 * on the caller, and the reply goes on to guard the caller (hang up, report, delete, never hand over)
 * — anti-fraud advice on the caller's side (贵阳 §二(二) 2.12 care for the caller), not a refusal of
 * them (fix13a). A later clause holds the protective step; 免谈，别再打来了 holds none. */
static int guards_caller_after(scan *sc, size_t b)
{
    static const char *const guard[] = { "挂断", "挂掉", "挂了", "报警", "报案", "删掉", "删除", "删了", "拉黑", "千万别", "千万不要",
                                         "别给", "不要给", "别理", "不要理", "别理会", "别点", "不要点", "别转", "不要转",
                                         "别信", "不要信", "别上当", "不要上当", NULL };
    size_t last;
    return b < sc->w->n && tone_spelled_in(sc, b, sc->w->n, guard, &last) != NONE;
}

/* 手续不全一律免谈 / 想都别想 / 这个没得商量 / 按规定是没门的: a refusal closed with a word that shuts
 * the door on the caller (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三)6), where the standard asks for
 * an apology and a reason (2.19 非常抱歉…). The word closes its clause; not denied (不是没得商量),
 * not a question, not 免谈判 (the lexicon's cut keeps it apart). */
int tone_flat_refusal(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"谈门想商");
    static const char *const shut[] = { "免谈", "1律免谈", "没门", "没门儿", "门都没有", "想都别想", "想也别想", "想都不要想",
                                        "没得商量", "没商量", "没得谈", "没什么好谈", NULL };
    if (question) return 0;
    size_t last;
    size_t w = tone_spelled_in(sc, a, b, shut, &last);
    if (w == NONE || !closes(sc, last, b)) return 0;
    if (find(sc, a, w, (list){ "不是", "并非", "并不是", "也不是", NULL }) < w) return 0;
    if (guards_caller_after(sc, b)) return 0;
    return tone_hit(sc, "dismissive", "打官腔（免谈）", w, last, w);
}

/* 我们按政策办事，不是按您的想法办事 / 不是由着您的性子来 / 不是您想怎么样就怎么样: the rules set against
 * the caller's wish as a reproof, talking down (国家职业技能标准 3.1; 贵阳 §二(三)6). Not a condition
 * (如果结果不是按您的意思来的，可以申请复核), not a question, not an admission with an apology or help
 * (这次不是按您的意思办的，非常抱歉; 不是按您说的地址寄的，我帮您联系快递改). */
int tone_not_your_way(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不");
    ANCHORS(sc, a, b, U"你您侬");
    static const char *const by[] = { "按", "照", "按照", "依", "依照", "由", "由着", "随", "随着", "听", "看", NULL };
    static const char *const wish[] = { "想法", "意思", "意愿", "心情", "性子", "喜好", "主意", "脾气", "想的", "说的", "要求",
                                        "想", "心意", "高兴", "说", NULL };
    if (question) return 0;
    size_t no = find(sc, a, b, (list){ "不是", "又不是", "并不是", NULL });
    if (no == NONE || find(sc, a, b, CONDITION) < b || tone_in_reply(sc, APOLOGY) || tone_in_reply(sc, HELP)) return 0;
    size_t k = no + 1;
    if (k < b && in(sc, k, by)) {
        k++;
        if (k < b && tone_is(sc, k, "着")) k++;
    }
    if (k >= b || !in(sc, k, &SECOND)) return 0;
    size_t you = k++;
    if (k < b && tone_is(sc, k, "的")) k++;
    if (k >= b || !in(sc, k, wish)) return 0;
    /* 不是您想怎么样就怎么样: the wish needs its 就 */
    if (you == no + 1 && find(sc, k + 1, b, (list){ "就", NULL }) == NONE) return 0;
    /* 不是按您的想法办事 / 不是照您说的来: the wish is how things are run, not what was sent or
     * written (快递不是按您说的地址寄的 states a fact) */
    size_t run = k + 1;
    if (run < b && tone_is(sc, run, "的")) run++;
    if (you != no + 1 && run < b && !in(sc, run, (list){ "来", "办", "办事", "定", "算", "走", "处理", "搞", "弄", "执行", NULL }) &&
        !closes(sc, run - 1, b))
        return 0;
    return tone_hit(sc, "lecture", "打官腔（不是按您的想法）", no, k, k);
}

/* 别以为闹一闹就能多给补贴 / 不要以为打个电话就能解决问题 / 别以为给个差评就能退款: the caller's hope
 * mocked as a delusion, a lecture (贵阳 §二(三)6; 国家职业技能标准 3.1). The hope is an ease claimed in
 * the same clause (就能, 就可以, 就有用); 您别以为是自己操作错了 (a worry lifted) names none, and
 * 您不要以为要跑好几趟，其实线上就能办 puts the ease in the agent's own next clause. Or our indulgence
 * is the delusion (别以为我们会一直给你退), unless it is our neglect denied (别以为我们会不管您). */
int tone_dont_think(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"以");
    size_t think = NONE;
    for (size_t i = a; i < b && think == NONE; i++) {
        if (tone_is(sc, i, "别以为")) think = i;
        else if (tone_is(sc, i, "以为") && i > a && in(sc, i - 1, (list){ "别", "不要", "千万别", "千万不要", "甭", "少", NULL }))
            think = i;
    }
    if (think == NONE) return 0;
    /* 你别以为我们会一直给你退: our indulgence the delusion; 别以为我们会不管您 reassures */
    if (think + 2 < b && in(sc, think + 1, &FIRST) && in(sc, think + 2, (list){ "会", "能", "还会", "总会", NULL }) &&
        find(sc, think + 3, b, &NEG) == NONE && find(sc, think + 3, b, (list){ "不管", "忘", "忘记", "丢下", NULL }) == NONE)
        return tone_hit(sc, "lecture", "说教客户（别以为）", think, think + 2, think);
    size_t then = find(sc, think + 1, b, (list){ "就", NULL });
    if (then == NONE || then + 1 >= b) return 0;
    /* 您别以为要跑好几趟其实线上就能办 typed in one breath: the ease is the agent's answer */
    if (find(sc, think + 1, then, (list){ "其实", "实际上", "放心", "不用", NULL }) < then) return 0;
    if (!in(sc, then + 1, (list){ "能", "可以", "会", "有用", "管用", "行", "好使", "完事", "解决", NULL })) return 0;
    return tone_hit(sc, "lecture", "说教客户（别以为）", think, then + 1, think);
}

/* 这种问题根本不用问客服 / 这类问题不该打热线 / 这些问题没必要打电话问我们: the caller's question
 * declared not worth our time, a brush-off (贵阳 §二(三)6). The matter is
 * named (这种问题, 这类事) before the needlessness, and the asking is of us (客服, 人工, 热线, 我们,
 * or the call itself). With help or another way in the reply (不用问客服，我在这儿就能帮您; 直接在页面上
 * 申请就可以) it is direction. */
int tone_not_worth_asking(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"这那");
    static const char *const matter[] = { "这种", "这类", "这些", "这样的", "这点", "这么点", "那种", "那类", "这种事", NULL };
    static const char *const needless[] = { "不用", "不必", "用不着", "没必要", "不该", "不应该", "不需要", "犯不着", "无需",
                                            "没有必要", NULL };
    static const char *const of_us[] = { "客服", "人工", "热线", "我们", "电话", "打电话", "人工客服", "找人", NULL };
    /* another way offered (直接在页面上申请, 系统会自动退) is direction; so is a self-service way that
     * is quicker than the queue (在小程序里点一下就能查, 自助办理就行: fix13a) */
    static const char *const self_service[] = { "就能", "就行", "就可以", "自助", "就好", "能查到", "查得到", NULL };
    if (question) return 0;
    size_t m_last;
    size_t m = tone_spelled_in(sc, a, b, matter, &m_last);
    if (m == NONE) return 0;
    size_t last;
    size_t no = tone_spelled_in(sc, m_last + 1, b, needless, &last);
    if (no == NONE) return 0;
    size_t us = find(sc, last + 1, tone_upto(b, last + 5), of_us);
    if (us == NONE || tone_in_reply(sc, HELP) || tone_in_reply(sc, (list){ "可以", "直接", "会", "自动", NULL }) ||
        tone_spelled_in(sc, 0, sc->w->n, self_service, &last) != NONE)
        return 0;
    return tone_hit(sc, "dismissive", "打发客户（不值得问）", m, us, no);
}

/* 跟您讲不清楚，叫您儿子来接电话 / 和您说不通，换个年轻人来: the caller judged past explaining and
 * someone else asked for, talking down (贵阳 §二(三)6; 2.6 asks the agent to explain again in other
 * words). Both halves: 电话里跟您讲不太清楚，我给您发图文说明 (the agent's own limit) names no one, and
 * 可以请家里人帮您一起看 offers help without judging the caller. */
int tone_hand_to_kin(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"跟和给同");
    static const char *const past[] = { "说不清楚", "说不清", "讲不清楚", "讲不清", "说不通", "讲不通", "说不明白", "讲不明白",
                                        "解释不清", "解释不明白", "说不懂", "讲不懂", NULL };
    static const char *const someone[] = { "儿子", "女儿", "孩子", "子女", "家里人", "家人", "家属", "老伴", "孙子", "孙女",
                                           "年轻人", "懂的人", "明白人", "懂行的", "会的人", NULL };
    size_t to = find(sc, a, b, (list){ "跟", "和", "给", "同", NULL });
    if (to == NONE || to + 1 >= b || !in(sc, to + 1, &SECOND)) return 0;
    size_t last;
    if (tone_spelled_in(sc, to + 2, b, past, &last) == NONE) {
        size_t say = find(sc, to + 2, tone_upto(b, to + 4), (list){ "说", "讲", "解释", NULL });
        if (say == NONE || say + 2 >= b || !tone_is(sc, say + 1, "不")) return 0;
        if (!in(sc, say + 2, (list){ "清楚", "明白", "通", "清", "太清楚", NULL })) return 0;
        last = say + 2;
    }
    /* the other person sent for, later in the reply */
    size_t n = sc->w->n;
    size_t who = NONE, kin_last = NONE;
    for (size_t i = b; i < n && who == NONE; i++)
        if (in(sc, i, (list){ "叫", "让", "换", "找", "喊", "请", NULL }) &&
            tone_spelled_in(sc, i + 1, tone_upto(n, i + 5), someone, &kin_last) != NONE)
            who = i;
    if (who == NONE || find(sc, kin_last + 1, tone_upto(n, kin_last + 4), (list){ "来", "过来", "接", "接电话", "听", "跟", NULL }) == NONE)
        return 0;
    /* 要是跟您讲不清楚的话，也可以请您家人一起来听: the agent's own limit supposed, the kin invited as
     * an offer (可以, 一起), not the caller judged past help (fix13a) */
    if (find(sc, a, b, CONDITION) < b && (find(sc, b, who, (list){ "可以", "也可以", NULL }) < who ||
                                          find(sc, who, n, (list){ "一起", NULL }) < n))
        return 0;
    /* the person sent for decides: 讲不清楚 may be a standard phrase's part (2.2 听不清楚) */
    return tone_hit(sc, "lecture", "看不起客户（叫别人来）", to, kin_last, kin_last);
}

/* Does a clause after the one ending at b help as a statement (那我帮您调一下记录), not ask back (我们
 * 怎么帮您？)? */
static int helps_after(scan *sc, size_t b)
{
    const cs_words *w = sc->w;
    for (size_t i = b; i < w->n; i++)
        if (in(sc, i, HELP) && !w->question[w->v[i].clause]) return 1;
    return 0;
}

/* 老人的情况您自己都搞不清楚，我们怎么帮您？ / 您自己都说不清楚，让我们怎么查: the caller's own not-knowing
 * thrown back as the reason we cannot help, blame dressed as an explanation (贵阳 §二(三)6). 自己 + 都/也 (even you
 * yourself) + not knowing; not excused (您自己都不清楚也没关系),
 * not a condition, not with help said after it (您自己都记不清了，那我帮您调一下记录). */
int tone_self_unsure(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"己");
    static const char *const unsure[] = { "搞不清楚", "搞不清", "不清楚", "不知道", "说不清楚", "说不清", "弄不清楚", "弄不明白",
                                          "搞不懂", "不懂", "记不住", "记不清", "不明白", "没搞清楚", "没弄清楚", "没搞明白",
                                          "说不明白", "讲不清楚", "讲不清", "搞不明白", NULL };
    size_t self = find(sc, a, b, (list){ "自己", "您自己", "你自己", NULL });
    if (self == NONE || self + 2 >= b || !in(sc, self + 1, (list){ "都", "也", NULL })) return 0;
    /* a bare 自己 names the caller only right after 您/你 (很多人自己都不清楚 blames no one) */
    if (tone_is(sc, self, "自己") && (self == a || !in(sc, self - 1, &SECOND))) return 0;
    size_t last;
    size_t not_known = tone_spelled_in(sc, self + 2, tone_upto(b, self + 4), unsure, &last);
    if (not_known == NONE || find(sc, a, b, CONDITION) < b || tone_reassured(sc, last + 1, b) || helps_after(sc, b)) return 0;
    return tone_hit(sc, "blame", "指责客户（您自己都不清楚）", self, last, not_known);
}

/* 抽卡抽不到是你脸黑 / 中不了奖是您手气不好 / 那是你自己运气差: the caller's bad luck given as the cause,
 * blame dressed as an explanation (贵阳 §二(三)6; 国家职业技能标准 3.1): the cause (是, 就是, 怪) names the
 * caller, then their luck. Not denied (不是您运气差, 不怪您运气差，名额本来就少), not with an apology (您运气不好碰上
 * 系统升级，真抱歉), not a question. */
int tone_luck_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"运手脸人命非倒");
    static const char *const luck[] = { "脸黑", "运气差", "运气不好", "运气太差", "手气差", "手气不好", "手黑", "人品差", "人品不好",
                                        "人品问题", "命不好", "命差", "非酋", "倒霉", "太倒霉", "点背", NULL };
    if (question) return 0;
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || you == a || !in(sc, you - 1, &BLAME_LEAD) || tone_in_reply(sc, APOLOGY)) return 0;
    if (find(sc, a, you, (list){ "不是", "并不是", "也不是", "并非", "不怪", NULL }) < you) return 0;
    if (tone_is(sc, you - 1, "怪") && you - 1 > a && in(sc, you - 2, (list){ "不", "别", "不能", "不要", NULL })) return 0;
    size_t k = you + 1;
    while (k < b && k < you + 3 && in(sc, k, (list){ "自己", "的", "本人", NULL })) k++;
    size_t last = tone_spells_any(sc, k, b, luck);
    if (last == NONE) return 0;
    return tone_hit(sc, "blame", "指责客户（怪客户运气差）", you - 1, last, last);
}
