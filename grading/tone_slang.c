/* Jabs in chat and street register, the 禁忌语 of e-commerce and travel desks that type as their
 * customers do (亲, 宝, 6, 这波操作) or answer back in plain speech (own sentences in
 * tests/data/tone_more/fixtb13.tsv):
 *
 *   mock_move      the caller's doing mocked in net slang (这波操作可以的, 6, 骚操作)
 *   joking_me      the caller asked whether they are making fun of us (您是在跟我开玩笑吗, 逗我呢)
 *   what_kind_of   the caller's question or request scorned as no proper one (这叫什么问题)
 *   trait_denied   a virtue denied to the caller (您一点都不讲理, 一点也不配合)
 *   done_yet       the caller asked whether they have finished (你讲完没有, 说够了没有)
 *   plain_speech   the agent's plain speech held up at the caller (我说的是中国话吧？)
 *   even_they_can  the caller measured below the weakest (连老年人都会)
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 (不用禁忌语及口头禅)
 * and 贵阳 T-GSOCCIA 001—2020 §二(三)6 (注意通话语气和态度). None of them is an insult: no
 * name, no attack on the mind (贵阳 §二(四)4.2 is tone_insult.c's). */
#include "tone_scan.h"

#include <string.h>

/* Does nothing but particles follow word k up to b? */
static int closes_clause(scan *sc, size_t k, size_t b)
{
    return tone_words_only_of(sc, k + 1, b, (list){ "了", "的", "啊", "呀", "啦", "哦", "哈", "呢", "嘛", "吧", NULL });
}

/* Is word i a clause of its own (6 / 666 sent as a message)? */
static int alone(const scan *sc, size_t i)
{
    const cs_word *v = sc->w->v;
    return (i == 0 || v[i - 1].clause != v[i].clause) && (i + 1 >= sc->w->n || v[i + 1].clause != v[i].clause);
}

/* 一条 6 / 666 sent as its own message: net slang for "what a move", mock praise at a service desk */
static int six_sent(scan *sc)
{
    for (size_t i = 0; i < sc->w->n; i++)
        if (in(sc, i, (list){ "6", "66", "666", "6666", "66666", NULL }) && alone(sc, i)) return 1;
    return 0;
}

/* 这波操作可以的 / 您这波操作真秀 / 666，这操作我服气 / 这骚操作我第一次见: the caller's doing mocked as a
 * feat in net slang (贵阳 §二(三)6; 国家职业技能标准 3.1 不用禁忌语). The doing is pointed at (这波, 这,
 * 您这) and praised in slang, or called 骚操作; plain 可以 praises only with 波 (这个操作可以的，您点
 * 确认就行 is an instruction). Not the agent's own doing (我们这波操作失误了: self-reproach). */
int tone_mock_move(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"操");
    static const char *const strong[] = { "秀", "真秀", "太秀", "6", "666", "牛", "真牛", "绝", "绝了", "服", "服气", "服了", "佩服",
                                          "离谱", "惊呆", "第1次见", "开眼", "大开眼界", "迷惑", "真行", "可以啊", "骚", NULL };
    static const char *const weak[] = { "可以", "可以的", "厉害", "优秀", "漂亮", NULL };
    size_t op = find(sc, a, b, (list){ "操作", "骚操作", NULL });
    if (op == NONE || find(sc, a, op, &FIRST) < op) return 0;
    /* 我们新上线的一键退款功能，这操作绝了，您试试: the nearest party named before it is our side, so
     * the doing praised is our own feature's, not the caller's */
    size_t k = op;
    while (k-- > 0 && !in(sc, k, &FIRST) && !in(sc, k, &SECOND)) {}
    if (k < op && in(sc, k, (list){ "我们", "咱们", "我司", "本店", NULL })) return 0;
    size_t from = op >= a + 3 ? op - 3 : a;
    int wave = find(sc, from, op, (list){ "波", "这波", NULL }) < op;
    int pointed = wave || find(sc, from, op, (list){ "这", "这个", "您这", "你这", "亲这", NULL }) < op;
    int sly = tone_is(sc, op, "骚操作") || (op > a && tone_is(sc, op - 1, "骚"));
    size_t last;
    int praised = tone_spelled_in(sc, op + 1, b, strong, &last) != NONE || six_sent(sc) ||
                  (wave && tone_spelled_in(sc, op + 1, b, weak, &last) != NONE);
    if (!sly && !(pointed && praised)) return 0;
    return tone_hit(sc, "sarcasm", "嘲讽客户（这波操作）", from, op, op);
}

/* Does w end with a particle that asks or presses (吧, 呢, 吗, 啊, 呀; the lexicon glues 玩吧)? */
static int ends_asking(const char *w)
{
    static const char *const tail[] = { "吧", "呢", "吗", "啊", "呀", NULL };
    size_t n = strlen(w);
    for (const char *const *t = tail; *t; t++)
        if (n >= 3 && strcmp(w + n - 3, *t) == 0) return 1;
    return 0;
}

/* 您是在跟我开玩笑吗 / 你是在逗我吗 / 您是来耍我的吧 / 你们拿我开涮呢: the caller asked whether they are
 * making fun of the agent, a reproach put as a question (贵阳 §二(三)6). The caller is the subject and
 * the agent the butt (跟我, 拿我, 逗我); 我没有跟您开玩笑 and 对方跟您开玩笑了 are not. A question, or
 * closed as one (吧, 呢, 吗). */
int tone_joking_me(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"玩逗耍涮消寻");
    static const char *const fun[] = { "开玩笑", "开涮", "寻开心", "消遣", "逗", "耍", "涮", NULL };
    static const char *const fun_me[] = { "逗我", "耍我", "涮我", "消遣我", NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, a, you, &FIRST) < you) return 0;
    if (!question && !ends_asking(tone_word(sc, b - 1))) return 0;
    /* 您这是逗我开心吧，谢谢您的夸奖: the caller's kind words taken as a joke and thanked for, modesty
     * answering praise (贵阳 §二(二) 2.1 礼貌用语), not a reproach (fix13a) */
    if (tone_in_reply(sc, (list){ "谢谢", "感谢", "多谢", "谢谢您", "过奖", "夸奖", NULL })) return 0;
    for (size_t i = you + 1; i < b && i < you + 8; i++) {
        if (in(sc, i, fun_me)) return tone_hit(sc, "rhetorical", "反问客户（拿我开玩笑吗）", you, i, i);
        if (!tone_is(sc, i, "我") || i + 1 >= b) continue;
        /* 跟我开玩笑 / 拿我开涮 (the butt before the verb) or 耍我 as two words */
        if (in(sc, i + 1, fun) && i > you + 1 && in(sc, i - 1, (list){ "跟", "和", "拿", "同", NULL }))
            return tone_hit(sc, "rhetorical", "反问客户（拿我开玩笑吗）", you, i + 1, i + 1);
        if (in(sc, i - 1, (list){ "逗", "耍", "涮", "消遣", NULL }))
            return tone_hit(sc, "rhetorical", "反问客户（拿我开玩笑吗）", you, i, i - 1);
    }
    return 0;
}

/* Does a later clause than the one ending at b take the caller's side: the agent acting for them
 * (我帮您投诉, 替您讨个说法) or sharing their anger at a third party (太让人生气了, 太过分了)? */
static int sides_with_caller(scan *sc, size_t b)
{
    static const char *const side[] = { "帮您", "替您", "为您", "帮你", "替你", "给您讨", "让人生气", "气人", "太过分", "太不像话",
                                        "换谁都", "换了谁", NULL };
    size_t last;
    return b < sc->w->n && tone_spelled_in(sc, b, sc->w->n, side, &last) != NONE;
}

/* 您问的这叫什么问题 / 这叫什么话 / 您这叫什么要求: the caller's question, words or request scorned as no
 * proper one (贵阳 §二(三)6). 这 … 叫什么 + a word for what was asked or said, closing the clause; not
 * 这个叫什么名字 (a name asked), not the agent's own (我这叫什么话，不好意思), not with an apology. */
int tone_what_kind_of(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"叫");
    static const char *const said[] = { "问题", "话", "要求", "理由", "逻辑", "道理", "态度", "说法", "诉求", "投诉", "事", NULL };
    size_t call = find(sc, a, b, (list){ "叫", NULL });
    if (call == NONE || call + 2 >= b || !in(sc, call + 1, &WHAT_ANY) || !in(sc, call + 2, said)) return 0;
    if (tone_in_reply(sc, APOLOGY)) return 0;
    if (find(sc, a, call, (list){ "这", "这个", "您这", "你这", "这都", NULL }) == NONE || find(sc, a, call, &FIRST) < call) return 0;
    for (size_t i = call + 3; i < b; i++)
        if (!in(sc, i, (list){ "啊", "呀", "嘛", "呢", "吗", "哦", "啦", NULL })) return 0;
    /* 这件事叫什么事 is a sigh at the matter; only said of the caller's words or acts. 您遇到的这叫什么事，
     * 太气人了，我帮您投诉 sighs with the caller at what befell them: the agent takes it up for them
     * after (fix13a) */
    if (tone_is(sc, call + 2, "事") && (find(sc, a, call, &SECOND) == NONE || sides_with_caller(sc, b))) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（这叫什么问题）", call, call + 2, call + 2);
}

/* 您一点都不讲理 / 您这个人一点也不配合 / 你一点儿都不耐心: a virtue denied to the caller, a reproach
 * (贵阳 §二(三)6; 国家职业技能标准 3.1). 一点也/都 + 不/没 + a virtue, the caller its subject; not a
 * reassurance (您一点也不麻烦, 一点都不用着急, 一点也没错), not the agent's own. */
int tone_trait_denied(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"1");
    static const char *const virtue[] = { "讲理", "讲道理", "配合", "耐心", "礼貌", "客气", "理智", "冷静", "体谅", "懂事", "靠谱",
                                          "认真", "仔细", "细心", "文明", "尊重", "有耐心", "有礼貌", "守信", "诚实", "自觉", "听话",
                                          "老实", "讲究", "素质", "有素质", NULL };
    static const char *const fused[] = { "不讲理", "不讲道理", "没礼貌", "没耐心", "没素质", "不懂事", "不文明", "不礼貌",
                                         "不配合", "不自觉", NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, a, b, &FIRST) < b) return 0;
    for (size_t i = you + 1; i + 1 < b && i < you + 6; i++) {
        if (!tone_is(sc, i, "1") || !in(sc, i + 1, (list){ "点", "点儿", NULL })) continue;
        size_t k = i + 2;
        if (k >= b || !in(sc, k, (list){ "也", "都", NULL })) continue;
        k++;
        if (k < b && in(sc, k, fused)) return tone_hit(sc, "blame", "指责客户（一点都不讲理）", you, k, k);
        if (k + 1 < b && in(sc, k, (list){ "不", "没", "没有", NULL }) && in(sc, k + 1, virtue))
            return tone_hit(sc, "blame", "指责客户（一点都不讲理）", you, k + 1, k + 1);
    }
    return 0;
}

/* 你讲完没有 / 您说够了没有 / 闹够了没: the caller asked whether they have finished, impatience put as a
 * demand (贵阳 §二(三)6; the standard's agent listens, 呼叫服务员职业标准(试行) 三(二)2 耐心倾听). The
 * caller speaks (您/你 before the verb) and the question is the bare A-not-A 没有 / 没; 等您说完我再查
 * and 您说完了吗？那我帮您登记 wait for the caller. */
int tone_done_yet(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"完够");
    static const char *const done[] = { "说完", "讲完", "说够", "讲够", "闹够", "吵够", "骂够", "哭够", "嚷够", "问完", "念叨够",
                                        NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE) return 0;
    size_t last;
    size_t v = tone_spelled_in(sc, you + 1, tone_upto(b, you + 4), done, &last);
    if (v == NONE) return 0;
    size_t k = last + 1;
    if (k < b && tone_is(sc, k, "了")) k++;
    if (k >= b || !in(sc, k, (list){ "没有", "没", "没啊", "没呀", NULL })) return 0;
    if (k + 1 < b && !in(sc, k + 1, (list){ "啊", "呀", "呢", "哪", NULL })) return 0;   /* 说完没有关系 */
    return tone_hit(sc, "impatient", "不耐烦（说完没有）", you, k, v);
}

/* After the clause ending at b, does the agent question their own speech for the caller's sake:
 * an apology or the agent's own accent (抱歉我口音重), an invitation to say so (您要是听着费劲就告诉我),
 * a promise to slow down or repeat (我说慢一点, 我再讲一遍)? Then 我讲的是普通话哈 checks the line,
 * as 2.2 asks (fix13a); 我说的是中国话吧？听不懂就算了 does none of it. */
static int own_speech_checked(scan *sc, size_t b)
{
    static const char *const own[] = { "口音", "抱歉", "不好意思", "对不起", "告诉我", "跟我说", "慢一点", "慢点", "再讲一遍",
                                       "再说一遍", "讲慢", "说慢", "听不清", NULL };
    size_t last;
    return b < sc->w->n && tone_spelled_in(sc, b, sc->w->n, own, &last) != NONE;
}

/* 我说的是中国话吧？ / 我讲的是普通话吧: the agent's plain speech held up, so the caller must be the one who
 * cannot follow — sarcasm put as a question (贵阳 §二(三)6; 2.6 asks to explain again in other words).
 * The clause asks (吧, 吗, ？) and ends on the language; 我说的是普通话，您能听清吗 asks about the line. */
int tone_plain_speech(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"话文语");
    static const char *const tongue[] = { "中国话", "中文", "汉语", "普通话", "国语", NULL };
    size_t me = find(sc, a, b, &FIRST);
    if (me == NONE || me + 4 >= b) return 0;   /* 我 说 的 是 + the language */
    size_t say = me + 1;
    if (!in(sc, say, (list){ "说", "讲", NULL }) || !tone_is(sc, say + 1, "的") || !tone_is(sc, say + 2, "是")) return 0;
    size_t last = tone_spells_any(sc, say + 3, b, tongue);
    if (last == NONE) return 0;
    if (last + 1 < b && !(last + 2 == b && in(sc, last + 1, (list){ "吧", "吗", "啊", "呀", "哈", NULL }))) return 0;
    if (!question && last + 1 == b) return 0;
    if (own_speech_checked(sc, b)) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（我说的不是中国话吗）", me, last, last);
}

/* 这个很简单，连老年人都会 / 连三岁小孩都知道: the caller measured below the weakest (贵阳 §二(三)6;
 * 国家职业技能标准 3.1 不用禁忌语). 连 + the old or the young + 都/也 + can; not 连老年人都会遇到 (会 as
 * will), not a promise of help (连老人都能学会，我一步步教您), not a condition or a question. */
int tone_even_they_can(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"连");
    static const char *const weakest[] = { "老年人", "老人", "老人家", "老太太", "老大爷", "老头", "奶奶", "爷爷", "我奶奶", "我爷爷",
                                           "我妈", "小孩", "小孩子", "孩子", "小学生", "3岁小孩", "3岁孩子", "小朋友", "幼儿园",
                                           "幼儿园小朋友", "我家孩子", "我家小孩", "我儿子", "我女儿", NULL };
    static const char *const can[] = { "会", "懂", "知道", "明白", "会用", "学会", "看得懂", "听得懂", "能", "弄得来", "搞得定",
                                       NULL };
    static const char *const teach[] = { "教", "帮", "带", "教您", "帮您", "带您", "我来", "教你", "帮你", "为您", "给您", NULL };
    if (question) return 0;
    size_t even = find(sc, a, b, (list){ "连", NULL });
    if (even == NONE || find(sc, a, b, CONDITION) < b || tone_in_reply(sc, teach)) return 0;
    size_t last;
    if (tone_spelled_in(sc, even + 1, tone_upto(b, even + 3), weakest, &last) != even + 1) return 0;
    size_t all = last + 1;
    if (all + 1 >= b || !in(sc, all, (list){ "都", "也", NULL }) || !in(sc, all + 1, can)) return 0;
    /* 会 / 能 name an ability only with nothing after them or a verb of use (会用, 能弄) */
    size_t k = all + 1;
    if (in(sc, k, (list){ "会", "能", NULL }) && k + 1 < b &&
        !in(sc, k + 1, (list){ "用", "弄", "操作", "做", "办", "玩", "懂", "看懂", "听懂", "学会", "明白", "点", "按", "装", "下载",
                               "下单", "填", NULL }) && !closes_clause(sc, k, b))
        return 0;
    return tone_hit(sc, "lecture", "轻视客户（连老人都会）", even, k, k);
}
