/* 禁忌语 fresh writers put in a trainee's mouth that the earlier rules let pass, found by helper miss17's probes
 * at eight desks no probe had used (tests/data/tone_more/miss17.tsv), each a class of 呼叫服务员职业标准(试行) 五级
 * 三(一)2 不用禁忌语及口头禅 and 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度:
 *
 *   hard_as_that      这表格有那么难填吗 / 哪有那么多名额给您插班     (a rhetorical question at the request)
 *   can_it_tagged     您说这能批吗 / 保护区能让您钓鱼吗，您想想         (a rhetorical 能…吗 with its tag)
 *   praise_then_fault 您厉害，台风天还想出海 / 您眼光真高，三十张都挑不出  (mock praise, the fault after it)
 *   unwilling_service 这个我不想给您解释 / 我们不想派                  (a service withheld by will)
 *   fault_caller_side 有问题肯定在您这边 / 是孩子自己的问题            (the fault put on the caller's side)
 *   heard_enough      您说的这些我都听腻了                             (the caller's talk found tiresome)
 *   teach_you_sense   您要有点法律意识 / 这个不用我教您吧               (a lecture on what the caller should know) */
#include "tone_scan.h"

/* Does the joined clause s end as a question (吗 / 呢 / 啊 / a question mark after the words)? */
static int asks(const char *s, int question)
{
    static const char *const tail[] = { "吗", "嗎", "呢", NULL };
    if (question) return 1;
    size_t n = strlen(s);
    for (size_t i = 0; tail[i]; i++) {
        size_t l = strlen(tail[i]);
        if (n >= l && strcmp(s + n - l, tail[i]) == 0) return 1;
    }
    return 0;
}

/* 这表格有那么难填吗 / 哪有那么多名额给您插班啊: the effort or the favour the caller asks for called
 * unreasonable by a question that wants no answer. 有那么/有这么 + a word of effort, asked; or 哪有那么多
 * + something given to the caller (给您, 让您, 陪您). Not an offer (有那么多种颜色您要看吗: no effort word). */
int tone_hard_as_that(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"有");
    static const char *const so[] = { "有那么", "有这么", "有那麼", "有這麼", NULL };
    static const char *const effort[] = { "难", "難", "麻烦", "麻煩", "复杂", "複雜", "费劲", "費勁", NULL };
    static const char *const many[] = { "哪有那么多", "哪有这么多", "哪有那麼多", "哪有這麼多", NULL };
    static const char *const given[] = { "给您", "给你", "让您", "让你", "陪您", "陪你", "給您", "給你", "讓您", "讓你", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t l = 0, el = 0;
    const char *p = tone_earliest(s, so, &l);
    const char *e = p ? tone_earliest(p + l, effort, &el) : NULL;
    if (e && e == p + l && asks(s, question)) {
        return tone_hit_span(sc, "rhetorical", "反问客户（有那么难吗）", a, b, s, p, e + el);
    }
    const char *m = tone_earliest(s, many, &l);
    const char *g = m ? tone_earliest(m + l, given, &el) : NULL;
    if (!g) return 0;
    return tone_hit_span(sc, "rhetorical", "反问客户（哪有那么多…给您）", a, b, s, m, g + el);
}

/* 您说这能批吗 / 保护区能让您钓鱼吗，您想想: a 能…吗 question whose answer the agent tells the caller to
 * find for themself (您说这…, 您想想, 你说呢), a rhetorical question at the request. The tag opens the clause or
 * is the whole next clause. Not a real check (您想想，当时能找到收据吗 asks the caller to remember: the tag
 * before a 当时/还 of memory). */
int tone_can_it_tagged(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"能");
    static const char *const lead[] = { "您说这", "你说这", "您说这个", "你说这个", "您說這", "你說這", NULL };
    static const char *const tag[] = { "您想想", "你想想", "您说呢", "你说呢", "您自己想想", "你自己想想", "您說呢", "你說呢",
                                       NULL };
    static const char *const memory[] = { "当时", "還記得", "还记得", "记得", "记不记得", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t l = 0;
    const char *c = tone_earliest(s, (const char *const[]){ "能", NULL }, &l);
    static const char *const choice[] = { "能不能", NULL };
    if (!c || !asks(s, question) || tone_holds(s, choice) || tone_holds(s, memory)) return 0;
    size_t ll = 0;
    const char *p = tone_earliest(s, lead, &ll);
    if (p == s) {
        size_t k = tone_word_of(sc, a, b, s, p);
        return tone_hit(sc, "rhetorical", "反问客户（您说这能…吗）", k, b - 1, k);
    }
    size_t end = tone_next_clause_is(sc, b, tag);
    if (!end) return 0;
    size_t k = tone_word_of(sc, a, b, s, c);
    return tone_hit(sc, "rhetorical", "反问客户（能…吗，您想想）", k, end - 1, k);
}

/* 您厉害，台风天还想出海 / 您眼光真高，三十张都挑不出一张满意的: praise said to the caller and, in the next
 * clause, the fault it was praise for (还想 / 还敢 what they should not, 都挑不出 / 都看不上 nothing good enough):
 * mock praise, sarcasm. Real praise goes on to the good thing (您真厉害，一次就填对了) or an offer (您眼光真好，
 * 还要看看别的款吗: 还要, no 还想). */
int tone_praise_then_fault(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"您你");
    ANCHORS(sc, a, b, U"厉厲真");
    static const char *const who[] = { "您", "你", NULL };
    static const char *const praise[] = { "厉害", "厲害", "真高", "真节约", "真節約", "真金贵", "真金貴", "真有本事", "真能干",
                                          "真能幹", "真行", "真聪明", "真聰明", "真讲究", "真講究", "真会过日子", NULL };
    static const char *const fault[] = { "还想", "还敢", "還想", "還敢", "都挑不出", "都看不上", "都不满意", "都不滿意",
                                         "挑三拣四", "挑3拣4", "挑三揀四", "挑3揀4", NULL };
    char buf[128];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t wl = 0, pl = 0;
    const char *w = tone_earliest(s, who, &wl);
    const char *p = w ? tone_earliest(w + wl, praise, &pl) : NULL;
    if (!p || p - w > 12 || question) return 0;
    size_t end = tone_next_clause_holds(sc, b, fault);
    if (!end) return 0;
    size_t k = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "sarcasm", "讽刺客户（明褒实贬）", k, end - 1, k);
}

/* tone_unwilling_service read over its words joined whole (s). */
static int unwilling_service_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const agent[] = { "我们", "我", "咱们", NULL };
    static const char *const will[] = { "不想", "不愿意", "不愿", "懒得", NULL };
    static const char *const service[] = { "给您解释", "给你解释", "跟您解释", "跟你解释", "解释", "派", "送", "办", "管", "查",
                                           "处理", "跟您说", "跟你说", "給您解釋", "解釋", "辦", NULL };
    static const char *const concede[] = { "但", "可是", "不过", "只是", "如果", "要是", "您不", "你不", NULL };
    size_t al = 0, wl = 0, vl = 0;
    const char *g = tone_earliest(s, agent, &al);
    const char *w = g ? tone_earliest(g + al, will, &wl) : NULL;
    if (!w || w - (g + al) > 3 || g - s > 9 || tone_holds(s, concede)) return 0;
    const char *v = tone_earliest(w + wl, service, &vl);
    if (v != w + wl) return 0;
    if (tone_next_clause_holds(sc, b, concede)) return 0;
    return tone_hit_span(sc, "dismissive", "打发客户（不想给您办）", a, b, s, w, v + vl);
}

/* 这个我不想给您解释 / 我们不想派: the agent (我, 我们, after at most a topic) unwilling to do the service
 * itself (解释, 派, 送, 办 …): a refusal from will, no reason (不推诿). Not trouble the agent spares the caller
 * (我不想让您白跑, 不想耽误您: no service verb), not a wish conceded before a reason (我也不想退，但规定…),
 * not the caller's wish (如果您不想办). tone_unwilling_refusal reads the clause that opens with the agent and
 * 给您; this one the topic first and the bare verb. */
int tone_unwilling_service(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"想愿懒");
    if (question) return 0;
    return tone_read_joined(sc, a, b, unwilling_service_text);
}

/* 有问题肯定在您这边 / 是孩子自己的问题: the fault placed, without a check, on the caller's side: their side
 * (在您这边, 在您身上) after 肯定 / 一定, or their child or relative's own problem (是孩子自己的问题). Not our side
 * owned (肯定在我们这边), not denied (不是孩子自己的问题), not a condition (如果是…). */
int tone_fault_caller_side(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"您你孩老家");
    static const char *const sure[] = { "肯定在您", "肯定在你", "一定在您", "一定在你", "肯定出在您", "肯定出在你", "就出在您",
                                        "就出在你", NULL };
    static const char *const kin[] = { "是孩子自己的问题", "是您家孩子自己的问题", "是你家孩子自己的问题", "是老人自己的问题",
                                       "是家属自己的问题", "是您家里人自己的问题", "是孩子自己的問題", NULL };
    static const char *const off[] = { "不是", "如果", "要是", "假如", "不一定", "未必", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t l = 0;
    const char *p = tone_earliest(s, sure, &l);
    if (!p) p = tone_earliest(s, kin, &l);
    if (!p) return 0;
    size_t nl = strlen("不");
    if (tone_holds_before(s, p, off) || question || ((size_t)(p - s) >= nl && strncmp(p - nl, "不", nl) == 0)) return 0;
    return tone_hit_span(sc, "blame", "怪罪客户（问题在您这边）", a, b, s, p, p + l);
}

/* tone_heard_enough read over its words joined whole (s). */
static int heard_enough_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const tired[] = { "听腻", "听烦", "听够", "聽膩", "聽煩", "聽夠", NULL };
    static const char *const off[] = { "不会", "不會", "别", "您听", "你听", "您聽", "你聽", "让您", "讓您", NULL };
    size_t l = 0;
    const char *p = tone_earliest(s, tired, &l);
    if (!p) return 0;
    if (tone_holds_before(s, p, off)) return 0;
    return tone_hit_span(sc, "impatient", "不耐烦（听腻了）", a, b, s, p, p + l);
}

/* 您说的这些我都听腻了: the caller's talk found tiresome by the agent (听腻 / 听烦 / 听够), impatience. Not a
 * promise against it (不会让您听烦: a negation before it), not the caller's own (您听烦了吧，我简短说: 您 before). */
int tone_heard_enough(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"听聽");
    return tone_read_joined(sc, a, b, heard_enough_text);
}

/* tone_teach_you_sense read over its words joined whole (s). */
static int teach_you_sense_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const have[] = { "您要有点", "你要有点", "您得有点", "你得有点", "您要有點", "你要有點", NULL };
    static const char *const sense[] = { "意识", "常识", "规矩", "素质", "意識", "常識", "規矩", NULL };
    static const char *const teach[] = { "不用我教您", "不用我教你", "还用我教", "還用我教", "用得着我教", "还要我教", "還要我教", NULL };
    size_t l = 0, sl = 0;
    const char *p = tone_earliest(s, have, &l);
    const char *q = p ? tone_earliest(p + l, sense, &sl) : NULL;
    if (q && q - (p + l) <= 12) {
        return tone_hit_span(sc, "lecture", "说教客户（要有点意识）", a, b, s, p, q + sl);
    }
    const char *t = tone_earliest(s, teach, &l);
    if (!t) return 0;
    return tone_hit_span(sc, "lecture", "说教客户（不用我教您吧）", a, b, s, t, t + l);
}

/* 您要有点法律意识 / 这个不用我教您吧: the caller lectured on what they ought to know: told to have some sense
 * of a duty (要有点…意识 / 常识 / 规矩), or the teaching itself called needless (不用我教您吧, 还用我教吗). Not
 * an offer to teach (我来教您, 要不要我教您: no 不用/还用). */
int tone_teach_you_sense(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"要得教");
    return tone_read_joined(sc, a, b, teach_you_sense_text);
}

/* tone_scope_shed read over its words joined whole (s). */
static int scope_shed_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const only[] = { "只", NULL };
    static const char *const rest[] = { "不管别的", "不管其他", "不管其它", "别的不管", "其他不管", "不管別的", NULL };
    static const char *const none[] = { "没关系", "没有关系", "沒關係", "沒有關係", NULL };
    static const char *const sent[] = { "再问", "去问", "问别人", "找别人", "自己问", "自己找", "再問", "去問", NULL };
    size_t l = 0, rl = 0;
    const char *o = tone_earliest(s, only, &l);
    const char *r = o ? tone_earliest(o + l, rest, &rl) : NULL;
    if (r) {
        size_t k = tone_word_of(sc, a, b, s, r);
        return tone_hit(sc, "dismissive", "推诿（只管…不管别的）", tone_word_of(sc, a, b, s, o),
                        tone_word_of(sc, a, b, s, r + rl - 1), k);
    }
    const char *n = tone_earliest(s, none, &l);
    if (!n || n == s || tone_holds(s, (const char *const[]){ "跟您", "跟你", "和您", "和你", "與您", NULL })) return 0;
    static const char *const with[] = { "跟", "和", "與", NULL };
    if (!tone_earliest(s, with, &rl)) return 0;
    size_t end = tone_next_clause_holds(sc, b, sent);
    if (!end) return 0;
    size_t k = tone_word_of(sc, a, b, s, n);
    return tone_hit(sc, "dismissive", "推诿（跟…没关系，您再问）", k, end - 1, k);
}

/* 我们只送罐子不管别的 / 讲解员的事跟票务没关系，您到现场再问吧: the caller's matter declared outside the desk's
 * scope and left there: 只 + what we do + 不管 the rest, or 跟 + a department + 没关系 with the caller sent on in the
 * next clause (再问, 去问, 找). 推诿; tone_hit drops it when help follows (我给您转过去). Not the caller reassured
 * (这跟您的信用没关系，您放心: nobody sent on). */
int tone_scope_shed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"管关關");
    return tone_read_joined(sc, a, b, scope_shed_text);
}

/* tone_not_for_you read over its words joined whole (s). */
static int not_for_you_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const alone[] = { "为您1个人", "为你1个人", "给您1个人", "给你1个人", "為您1個人", "為你1個人", NULL };
    static const char *const mood[] = { "看我心情", "看我的心情", "看我高不高兴", "看我高興", NULL };
    size_t l = 0;
    const char *m = tone_earliest(s, mood, &l);
    if (m) {
        return tone_hit_span(sc, "dismissive", "打发客户（看我心情）", a, b, s, m, m + l);
    }
    const char *p = tone_earliest(s, alone, &l);
    static const char *const nots[] = { "不是", "不會", "不会", "不是專門", NULL };
    if (!p) return 0;
    if (!tone_holds_before(s, p, nots)) return 0;
    return tone_hit_span(sc, "dismissive", "打发客户（不是为您一个人服务的）", a, b, s, p, p + l);
}

/* 我们不是专门为您一个人服务的 / 看我心情吧: the caller told they are not worth the service (not served alone:
 * 不是…为您一个人), or the service left to the agent's mood (看我心情): dismissal. Not a promise (专门为您一个人
 * 安排了: no 不是), not 看您心情 (the caller's wish). */
int tone_not_for_you(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"人心");
    return tone_read_joined(sc, a, b, not_for_you_text);
}

/* 再催就不给您送了 / 您要是再这个态度，我可就不帮您登记了 / 再骂人以后你家的单子我们一律不派: the service
 * withheld as a penalty for what the caller does (再 + 催, 吵, 闹, 骂, 挑, 这样, 这个态度 …, then 就 / 一律 + 不 +
 * the service; numerals are read as digits, 一律 as 1律): a threat, retaliation, that fails the call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1; 国家职业技能标准
 * 3.1). Not a cutoff told in advance (您要是再晚十分钟下单，今天就不送了: 晚 is no act against us), not the agent's
 * own (我再查一下就给您送), not calls refused (再打过来我就不接了: a hang-up, as 2.2 ends a call, no penalty). */
int tone_service_withheld_threat(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"再");
    static const char *const act[] = { "再催", "再吵", "再闹", "再骂", "再挑", "再这样", "再这个态度", "再纠缠", "再投诉", "再鬧", "再罵", "再這樣", NULL };
    static const char *const then[] = { "就不给您", "就不给你", "就不帮您", "就不帮你", "1律不", "就不", "就不給您", "就不幫您",
                                        NULL };
    static const char *const service[] = { "送", "派", "接", "办", "登记", "改", "处理", "退", "批", "辦", "登記", "處理", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t l = 0, tl = 0, vl = 0;
    const char *c = tone_earliest(s, act, &l);
    if (!c) return 0;
    size_t end = tone_next_clause_end(sc, b);
    char more[256];
    const char *m = tone_joined(sc, a, end, more, sizeof more);
    const char *t = tone_earliest(m + (size_t)(c - s) + l, then, &tl);
    const char *v = t ? tone_earliest(t + tl, service, &vl) : NULL;
    if (!v || v - (t + tl) > 12) return 0;
    size_t k = tone_word_of(sc, a, b, s, c);
    return tone_hit(sc, "threat", "报复客户（再…就不给您办）", k, tone_word_of(sc, a, end, m, v + vl - 1), k);
}

/* tone_wasted_on_you read over its words joined whole (s). */
static int wasted_on_you_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const told[] = { "解释了", "说了", "讲了", "教了", "解釋了", "說了", "講了", NULL };
    static const char *const also[] = { "您也", "你也", NULL };
    static const char *const cant[] = { "记不住", "學不會", "学不会", "记不得", "弄不明白", "搞不明白", "弄不懂", "搞不懂", "記不住", NULL };
    static const char *const soft[] = { "怕", "可能", "担心", "擔心", "万1", NULL };
    size_t tl = 0, al = 0, cl = 0;
    const char *t = tone_earliest(s, told, &tl);
    const char *y = t ? tone_earliest(t + tl, also, &al) : NULL;
    const char *c = y ? tone_earliest(y + al, cant, &cl) : NULL;
    if (!c || c != y + al || tone_holds(s, soft)) return 0;
    size_t k = tone_word_of(sc, a, b, s, c);
    return tone_hit(sc, "lecture", "轻视客户（说了您也记不住）", tone_word_of(sc, a, b, s, t),
                    tone_word_of(sc, a, b, s, c + cl - 1), k);
}

/* 跟您解释了您也记不住 / 说了你也学不会: the explanation called wasted on the caller, condescension (as 说了您也不懂,
 * which another rule reads): told + 您也 + cannot keep or learn it. Not a worry the agent takes on itself (怕您一下子
 * 记不住，我发短信给您: 怕 / 可能 / 担心 before). */
int tone_wasted_on_you(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"记記学學弄搞");
    return tone_read_joined(sc, a, b, wasted_on_you_text);
}

/* tone_no_repeat read over its words joined whole (s). */
static int no_repeat_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const refuse[] = { "不重复了", "不再重复", "不重复第", "不重複了", "不再重複", NULL };
    static const char *const alone[] = { "自己记", "自己看", "自己記", "自己听", "自己聽", NULL };
    size_t l = 0;
    const char *r = tone_earliest(s, refuse, &l);
    if (!r) return 0;
    size_t end = tone_next_clause_end(sc, b);
    if (!tone_words_hold(sc, a, end, alone)) return 0;
    size_t k = tone_word_of(sc, a, b, s, r);
    return tone_hit(sc, "impatient", "不耐烦（不重复了，自己记）", k, end - 1, k);
}

/* 开船时间我不重复了，自己记好: repeating refused and the caller left to manage alone (自己记, 自己看) in the
 * clause or the next: impatience. Not the repetition replaced by help (我就不重复念了，已经发到您手机上了: no 自己). */
int tone_no_repeat(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"重");
    return tone_read_joined(sc, a, b, no_repeat_text);
}

/* 我们船公司不可能算错票价，您再好好看看: our side declared faultless before any check (不可能 + 错) and the caller
 * sent back to look again: the company defended against the caller (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和
 * 态度). Not the check offered (不可能扣两次，我帮您查一下: no 您再…看). */
int tone_faultless_look_again(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"可");
    static const char *const never[] = { "不可能", NULL };
    static const char *const wrong[] = { "错", "錯", NULL };
    static const char *const again[] = { "您再好好看", "你再好好看", "您再看看", "你再看看", "您再仔细看", "你再仔细看", "您自己再看",
                                         "你自己再看", "您好好看看", "你好好看看", "您再好好看", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t nl = 0, wl = 0;
    const char *n = tone_earliest(s, never, &nl);
    const char *w = n ? tone_earliest(n + nl, wrong, &wl) : NULL;
    if (!w || w - (n + nl) > 12) return 0;
    size_t end = tone_next_clause_end(sc, b);
    char more[256];
    const char *m = tone_joined(sc, a, end, more, sizeof more);
    if (!tone_holds(m + (size_t)(w - s), again)) return 0;
    size_t k = tone_word_of(sc, a, b, s, n);
    return tone_hit(sc, "blame", "维护公司、指责客户（不可能错，您再看看）", k, end - 1, k);
}

/* tone_scoffed_question read over its words joined whole (s). */
static int scoffed_question_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const scoff[] = { "瞅你问的", "瞅您问的", "看你问的", "看您问的", "你看你问的", "瞧你问的", "瞧您问的",
                                         "看你問的", NULL };
    static const char *const call[] = { "打电话给我", "打电话来", "打过来", "打電話給我", NULL };
    static const char *const what[] = { "干啥", "干嘛", "干什么", "做啥", "幹啥", "幹嘛", NULL };
    static const char *const fuss[] = { "还挑什么", "还嫌什么", "还急什么", "还催什么", "还闹什么", "还吵什么", "还计较什么",
                                        "还挑啥", "还急啥", "還挑什麼", "還急什麼", NULL };
    size_t l = 0, wl = 0;
    const char *p = tone_earliest(s, scoff, &l);
    if (p == s && !s[l]) return tone_hit(sc, "rhetorical", "反问客户（瞅你问的）", a, b - 1, a);
    const char *c = tone_earliest(s, call, &l);
    const char *w = c ? tone_earliest(c + l, what, &wl) : NULL;
    if (w && w == c + l) {
        size_t k = tone_word_of(sc, a, b, s, w);
        return tone_hit(sc, "rhetorical", "反问客户（打电话给我干啥）", tone_word_of(sc, a, b, s, c),
                        tone_word_of(sc, a, b, s, w + wl - 1), k);
    }
    const char *f = tone_earliest(s, fuss, &l);
    if (!f) return 0;
    return tone_hit_span(sc, "rhetorical", "反问客户（还挑什么）", a, b, s, f, f + l);
}

/* 瞅你问的 / 打电话给我干啥 / 免费的还挑什么: the caller's question or call itself scoffed at: a clause that is
 * only 瞅你问的 / 看你问的; the call asked "what for" (打电话给我干啥); or 还 + a complaint verb + 什么 (还挑什么,
 * 还急什么): rhetorical questions at the caller. Not a real question of purpose (您打电话来是想办什么业务: no 干啥),
 * not 还有什么 / 还需要什么 (an offer). */
int tone_scoffed_question(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"问問啥嘛么麼");
    return tone_read_joined(sc, a, b, scoffed_question_text);
}
