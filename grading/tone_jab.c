/* Jabs at the caller that the housing-fund, tax, securities, smart-home and pet desks type (helper taboo21, own
 * sentences with innocent twins in tests/data/tone_more/taboo21.tsv):
 *
 *   loss_deserved     the caller's loss called what they had coming (您这就是瞎折腾，赔了也正常嘛)
 *   means_belittled   the caller's money scorned as a pittance (您那点工资买什么理财也就那样)
 *   lapse_still_want  the caller's lapse thrown against what they still want (不排队还想先办？; with open21's
 *                     lapse_then_want, 迟到一个小时还想拍外景？)
 *   not_my_doing      the caller's choice disowned as not the agent's doing (又不是我逼您签的)
 *   then_give_up      a complaint answered with "then don't" (到账慢？那您别提了呗)
 *   never_read        the caller presumed never to have read it (您压根就没看过吧？)
 *   written_plainly   the document held up as plain enough, nothing offered (合同上写得明明白白的)
 *   mock_congrats     congratulations on a blunder (恭喜您，成功把路由器弄坏了)
 *   forewarned        "don't say I didn't warn you" (我可早就提醒过您了 / 不升级就是您的损失)
 *   again_what        the caller's new call met with "what is it this time" (请问又是什么事啊)
 *   only_you_ask      the caller's question called one only they would ask (这种事也就您会在乎)
 *   next_time_at_once the caller told to say everything at once next time (下回事情1口气讲完; with phr21's all_at_once)
 *   device_blamed     the caller's own device told to be replaced (你那路由器早该换了)
 *   abuse_questioned  the caller asked to account for their abuse (您昨天来电骂人是什么意思; with phr21's
 *                     conduct_grilled, 你在电话里乱发脾气什么意思)
 *   lowly_outdoes     the caller ranked below a scorned kind of person (捡破烂的都比您懂行情)      insult
 *
 * Each is 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6
 * 注意通话语气和态度). Only lowly_outdoes attacks the caller's worth, so only it fails the call (§二(二) 2.1,
 * §二(四) 4.2). Each reads its clause's words joined
 * (the normal form: 一 is 1), so a stem matches whatever the lexicon's cut (交还想 glued for 交 + 还想). */
#include "tone_scan.h"

#include <string.h>

/* Does s (after its stem) hold nothing but sentence particles and stops? */
static int only_particles(const char *s)
{
    static const char *const particle[] = { "了", "的", "啊", "呀", "啦", "哦", "呢", "嘛", "吧", "呗", "咯", "喽", "哈",
                                            "噢", NULL };
    return tone_only_of(s, particle);
}

/* Does the reply offer the caller anything in its words after word k (a next step, an apology, comfort)? */
static int eased_after(scan *sc, size_t k)
{
    if (cs_words_help_after(sc->w, k)) return 1;
    static list ease = { "别着急", "别担心", "不用担心", "不要担心", "放心", "建议", "没关系", "不要紧", "抱歉", "对不起",
                         "不好意思", "帮您", "给您", "为您", NULL };
    char buf[512];
    const char *s = tone_joined(sc, k + 1, sc->w->n, buf, sizeof buf);
    return tone_holds(s, ease);
}

/* 您这就是瞎折腾，赔了也正常嘛 / 被扣分活该: a loss of the caller's called normal or deserved with a shrugging
 * particle, or after the caller's conduct was labelled (您这就是…). 短期亏损很正常，建议您长期持有 explains it. */
int tone_loss_deserved(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"亏赔罚扣损套");
    ANCHORS(sc, a, b, U"正怪该");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static list loss = { "亏", "赔", "罚", "扣", "损失", "套牢", NULL };
    static list normal = { "很正常", "也正常", "正常", "不奇怪", "活该", NULL };
    size_t ll = 0, nl = 0;
    const char *l = tone_earliest(s, loss, &ll);
    const char *n = l ? tone_earliest(l + ll, normal, &nl) : NULL;
    if (!n) return 0;
    int shrug = strncmp(n, "活该", nl) == 0 && nl == strlen("活该");
    if (!shrug && !only_particles(n + nl)) return 0;
    static list particle = { "嘛", "呗", "咯", "喽", "啦", NULL };
    shrug |= tone_holds(n + nl, particle);
    char pre[512];
    const char *all = tone_joined(sc, 0, b, pre, sizeof pre);
    static list label = { "您这就是", "你这就是", "您这是典型", "你这是典型", "您这属于", "你这属于", "您这叫", "你这叫", NULL };
    if (!shrug && !tone_holds(all, label)) return 0;
    if (eased_after(sc, b - 1)) return 0;
    size_t key = tone_word_of(sc, a, b, s, n);
    return tone_hit(sc, "sarcasm", "幸灾乐祸（亏了也正常嘛）", tone_word_of(sc, a, b, s, l), key, key);
}

/* tone_means_belittled read over its words joined whole (s). */
static int means_belittled_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list little = { "您那点", "你那点", "您这点", "你这点", "您那么点", "你那么点", "您这么点", "你这么点", "您那么1点",
                           "你那么1点", "您就那点", "你就那点", NULL };
    static list money = { "钱", "工资", "退休金", "养老金", "存款", "积分", "余额", "公积金", "收入", "补贴", "本金", "利息",
                          "收益", "家当", "块钱", "积蓄", NULL };
    static list scorn = { "都比", "也就", "至于", "犯得着", "算什么", "有啥好", "有什么好", "值得", "折腾", "够干嘛", "够干什么",
                          "能干嘛", "能干什么", "还理什么", "还炒什么", "还买什么", NULL };
    size_t ll = 0, ml = 0, sl = 0;
    const char *p = tone_earliest(s, little, &ll);
    if (!p || !tone_after_any(p + ll, money)) return 0;
    const char *m = tone_earliest(p + ll, money, &ml);
    const char *j = tone_earliest(m + ml, scorn, &sl);
    /* 就您这么点工资还想买这个？: what the pittance still wants, asked back (not 还想换别的吗, an offer) */
    if (!j && !in(sc, b - 1, (list){ "吗", NULL }) && !tone_holds(s, CONDITION))
        j = tone_earliest(m + ml, (list){ "还想", "还要", "还指望", NULL }, &sl);
    if (!j) return 0;
    return tone_hit(sc, "sarcasm", "嘲讽客户（您那点钱）", tone_word_of(sc, a, b, s, p), tone_word_of(sc, a, b, s, j),
                    tone_word_of(sc, a, b, s, m));
}

/* 您那点工资买什么理财也就那样 / 你那么点积分犯得着吗: the caller's money named as a pittance (那点 / 这么点 after 您)
 * and scorned. 您这笔钱明天到账 / 您那点积分可以换一张券 name it plainly. */
int tone_means_belittled(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"点");
    return tone_read_joined(sc, a, b, means_belittled_text);
}

/* The caller's lapse before p in s, whose own clause starts at byte own: 不 / 没 one to six characters back in that
 * clause (不排队, 证件都不带) or a lapse word in it (票都过期了还想退) — 1; a lapse word only in the clause before
 * (迟到一个小时，还想拍外景) — 2; none — 0. */
static int lapse_before(const char *s, size_t own, const char *p)
{
    for (size_t back = 3; back <= 18 && back <= (size_t)(p - s) - own; back += 3)
        if (strncmp(p - back, "不", 3) == 0 || strncmp(p - back, "没", 3) == 0) return 1;
    static list lapse = { "迟到", "晚到", "来晚", "错过", "忘带", "没带", "过期", "逾期", "超时", "迟了", "晚了", "过了期", NULL };
    char head[512];
    size_t n = (size_t)(p - s) < sizeof head ? (size_t)(p - s) : sizeof head - 1;
    memcpy(head, s, n);
    head[n] = '\0';
    if (tone_holds(head + (own < n ? own : n), lapse)) return 1;
    return tone_holds(head, lapse) ? 2 : 0;
}

/* 费用该交就得交，不交还想享受服务？ / 不排队还想先办？ / 迟到一个小时还想拍完整的外景？: the caller's own lapse (an
 * obligation skipped with 不 / 没, or a lapse word such as 迟到 / 过期, in this clause or the one before) thrown against
 * what they still want, asked back (反问客户, §二(三)6). One rule for the class taboo21 (lapse_still_want) and open21
 * (lapse_then_want) each wrote, joined by fix21t. 没收到的话还想改地址吗？ asks a condition; 还想了解什么吗 names no
 * lapse (the standard's offer of more help); 证件过期了没关系，还想办什么？ excuses it; 迟到了，还想拍外景的话我帮您改到
 * 明天 helps. */
int tone_lapse_still_want(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"还");
    if (!question) return 0;
    size_t from = a, ca;
    if (tone_clause_before(sc, a, &ca)) from = ca;
    char buf[512], head[512];
    const char *s = tone_joined(sc, from, b, buf, sizeof buf);
    size_t own = strlen(tone_joined(sc, from, a, head, sizeof head)), len = 0;
    const char *p = tone_earliest(s + own, (list){ "还想", "还指望", "还好意思", "还要想", NULL }, &len);
    int lapse = p ? lapse_before(s, own, p) : 0;
    /* 您的会员过期了，还想续费吗？ / 这趟车错过了，还想改签吗？: a matter that lapsed, then an offer asked with 吗 — the
     * rhetorical one runs on in one breath (迟到一个小时还想拍外景？) or asks bare (…，还想进考场？) */
    if (!lapse || (lapse == 2 && in(sc, b - 1, (list){ "吗", NULL }))) return 0;
    size_t key = tone_word_of(sc, from, b, s, p);
    if (tone_words_hold(sc, a, b, (list){ "的话", "如果", "要是", "万一", NULL }) || eased_after(sc, b - 1) ||
        tone_in_reply(sc, (list){ "帮", "帮您", "帮你", "为您", NULL }) || tone_reassured(sc, from, a))
        return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（不…还想…）", a, key, key);
}

/* fix21t: the disowning explained — a later clause that gives another cause (是系统升级自动要求的, 因为政策调整了)
 * with the caller not named in it, or our own apology for the trouble (给您添麻烦了, 让您受累了): an explanation, not
 * the fault pushed back (套餐不是我们让你选的，您自己点的确认 names the caller as the cause). */
static int disowning_explained(scan *sc, size_t b)
{
    static list sorry = { "添麻烦", "麻烦您了", "受累", "让您久等", "辛苦您", "让您费心", "给您带来不便", "带来不便", NULL };
    if (tone_words_hold(sc, 0, sc->w->n, sorry)) return 1;
    size_t n = sc->w->n;
    for (size_t k = b; k < n; k++) {
        if (k > b && sc->w->v[k - 1].clause == sc->w->v[k].clause) continue;   /* clause openers only */
        if (!in(sc, k, (list){ "是", "都是", "而是", "是因为", "因为", "由于", NULL })) continue;
        size_t e = tone_next_clause_end(sc, k);
        /* fin21t: another cause named — not a tag (是吧？), not 是这样的, not the disowning again (因为跟我没关系) */
        if (sc->w->question[sc->w->v[k].clause] ||
            tone_words_hold(sc, k, e, (list){ "是这样", "是这么", "没关系", "无关", "不关我", "不是我", "不赖我", "不怪我", NULL }))
            continue;
        if (find(sc, k, e, &SECOND) == NONE && find(sc, k, e, (list){ "自己", NULL }) == NONE) return 1;
    }
    return 0;
}

/* 又不是我逼您签的 / 风险等级不是我们让你选的: the caller's own choice disowned as not the agent's doing — the
 * fault pushed back on the caller (推诿, 国家职业技能标准 3.1). An apology in the reply (不是我让您等的，是系统排队，
 * 实在抱歉) or a condition (如果不是我让您改密码) reads otherwise. */
int tone_not_my_doing(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不");
    ANCHORS(sc, a, b, U"让叫逼要求强");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static list disown = { "不是我让", "不是我叫", "不是我逼", "不是我要", "不是我求", "不是我强迫", "不是我们让", "不是我们叫",
                           "不是我们逼", "不是我们要", "不是我们强迫", "不是客服让", "不是客服叫", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, disown, &len);
    if (!p || !tone_after_any(p + len, (list){ "您", "你", "着您", "着你", NULL })) return 0;
    if (p >= s + 3 && strncmp(p - 3, "是", 3) == 0) return 0;   /* 是不是我让您…: the agent asking its own part */
    if (question || tone_softened(sc) || disowning_explained(sc, b)) return 0;
    return tone_hit(sc, "blame", "推卸责任（不是我让您…的）", tone_word_of(sc, a, b, s, p),
                    b - 1, tone_word_of(sc, a, b, s, p));
}

/* 到账慢？那您别提了呗 / 嫌贵？那你别买了呗: a complaint answered with "then don't" — the caller's errand waved off
 * with 呗 (打发客户, §二(三)6). 那您别着急了，我马上查 comforts; 那您不用跑了，我们上门 spares an errand. */
int tone_then_give_up(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"那");
    ANCHORS(sc, a, b, U"别甭");
    if (b < a + 3 || !in(sc, a, (list){ "那", "那就", "那您", "那你", NULL })) return 0;
    if (!in(sc, b - 1, (list){ "呗", NULL }) && !(in(sc, b - 1, (list){ "吧", "嘛", NULL }) && a > 0 &&
                                                 sc->w->question[sc->w->v[a - 1].clause])) return 0;
    size_t you = find(sc, a, tone_upto(b, a + 3), &SECOND);
    if (you == NONE && !in(sc, a, (list){ "那您", "那你", NULL })) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *no = tone_earliest(s, (list){ "别", "甭", NULL }, &len);
    if (!no || !tone_holds(no, (list){ "了呗", "了吧", "了嘛", NULL })) return 0;
    /* 别着急 / 别挂机 / 别跑了: comfort, a courtesy, an errand spared */
    if (tone_after_any(no + len, (list){ "着急", "急", "担心", "生气", "客气", "挂", "操心", "跑", "难过", "紧张", "害怕", "怕",
                                         "慌", "上火", "等", "费心", "介意", NULL })) return 0;
    if (eased_after(sc, b - 1)) return 0;
    size_t key = tone_word_of(sc, a, b, s, no);
    return tone_hit(sc, "dismissive", "打发客户（那您别…了呗）", a, b - 1, key);
}

/* 您压根就没看过吧？ / 您买回来就没翻过说明书吧: the caller presumed never to have read it, a jab with 就 / 根本 /
 * 压根 before the denial and 吧 closing (§二(三)6). 您之前没看过这个通知吧？没关系，我给您讲 reassures. */
int tone_never_read(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"没不");
    ANCHORS(sc, a, b, U"看翻读瞧瞅打");
    if (!in(sc, b - 1, (list){ "吧", NULL })) return 0;
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE) return 0;
    char buf[256];
    const char *s = tone_joined(sc, you, b, buf, sizeof buf);
    static list never = { "就没", "根本没", "根本就没", "压根没", "压根就没", "压根儿没", "从来没", "从来不", "根本不", "压根不",
                          "1眼都没", "1次都没", "1页都没", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, never, &len);
    if (!p || !tone_after_any(p + len, (list){ "看", "翻", "读", "瞧", "瞅", "有看", "有翻", "仔细看", "认真看", "打开", NULL }))
        return 0;
    if (tone_reassured(sc, you, b)) return 0;
    size_t key = tone_word_of(sc, you, b, s, p);
    return tone_hit(sc, "rhetorical", "挖苦客户（您就没看过吧）", you, b - 1, key);
}

/* tone_written_plainly read over its words joined whole (s). */
static int written_plainly_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list doc = { "说明书", "合同", "协议", "公告", "通知", "条款", "手册", "官网", "页面", "短信", "规定", "须知", "包装",
                        "单子", "告示", "页", NULL };
    static list plain = { "写得很清楚", "写得非常清楚", "写得清清楚楚", "写得明明白白", "写得很明白", "写得清楚", "写得很详细",
                          "就写着", "都写着", "早写着", "明明写着", "白纸黑字写着", "写得好好的", NULL };
    size_t dl = 0, pl = 0;
    const char *d = tone_earliest(s, doc, &dl);
    const char *p = d ? tone_earliest(d + dl, plain, &pl) : NULL;
    if (!p || !only_particles(p + pl)) return 0;
    int jab = p[pl] != 0 || strncmp(p, "写得", 6) != 0;   /* a particle closing it, or 就 / 都 / 明明 */
    if (!jab || eased_after(sc, b - 1)) return 0;
    if (tone_holds(s, (list){ "您可以", "你可以", "请您", "麻烦您", NULL })) return 0;
    size_t key = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "lecture", "居高临下（写得很清楚）", tone_word_of(sc, a, b, s, d), b - 1, key);
}

/* 合同上写得明明白白的 / 说明书第1页就写着呢: the document held up as plain enough to need no help — the caller's
 * not reading implied, nothing offered (§二(三)6; 2.6 explains again instead). 合同第3条写得很清楚，我给您念一下
 * offers it. */
int tone_written_plainly(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"写");
    return tone_read_joined(sc, a, b, written_plainly_text);
}

/* 恭喜您，成功把路由器弄坏了 / 恭喜你，又把系统搞崩了: congratulations on the caller's blunder (挖苦, §二(三)6).
 * 恭喜您，积分成功兑换成话费了 congratulates. The blunder is in the clause of 恭喜 or one of the two after it. */
int tone_mock_congrats(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"恭祝");
    size_t c = find(sc, a, b, (list){ "恭喜", "恭喜您", "恭喜你", "祝贺", "祝贺您", "恭喜恭喜", NULL });
    if (c == NONE) return 0;
    size_t end = c;
    size_t clause = sc->w->v[c].clause;
    while (end < sc->w->n && sc->w->v[end].clause <= clause + 2) end++;
    char buf[512];
    const char *s = tone_joined(sc, c, end, buf, sizeof buf);
    static list blunder = { "搞坏", "弄坏", "整坏", "玩坏", "搞砸", "弄砸", "搞崩", "弄崩", "搞成砖", "弄成砖", "变成砖", "变砖",
                            "成砖头", "成了砖", "搞报废", "弄报废", "搞死机", "锁死了", "搞丢", "弄丢", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, blunder, &len);
    if (!p) return 0;
    size_t key = tone_word_of(sc, c, end, s, p);
    return tone_hit(sc, "sarcasm", "挖苦客户（恭喜您…搞坏了）", c, key, key);
}

/* tone_forewarned read over its words joined whole (s). */
static int forewarned_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list warned = { "我可提醒过", "我可告诉过", "我可说过", "我可是提醒过", "我可是说过", "我可是告诉过", "我早提醒过",
                           "我早就提醒过", "我可早就提醒过", "我早告诉过", "我早就告诉过", "我早说过", "我早就说过", NULL };
    static list dont_say = { "别怪我没提醒", "别说我没提醒", "别怪我没告诉", "别说我没告诉", "别怪我没说", "别说我没说",
                             "别怪我没提前说", "别说我没提前说", "别怪我没提前提醒", "别说我没提前提醒", "别怪我没事先说",
                             "别说我没事先说", "别怪我们没提醒", "别说我们没提醒", "别怪我们没告诉", "别说我们没告诉", NULL };
    static list yours = { "就是您的损失", "就是你的损失", "那是您的损失", "那是你的损失", "是您自己的损失", "是你自己的损失", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, warned, &len);
    if (p) {
        const char *r = tone_after_any(p + len, (list){ "您", "你", NULL });
        if (!r || !only_particles(r) || tone_softened(sc)) p = NULL;
    }
    if (!p) p = tone_earliest(s, dont_say, &len);
    if (!p && (p = tone_earliest(s, yours, &len)) && !tone_holds(s, (list){ "不", "没", NULL })) p = NULL;
    if (!p) return 0;
    size_t key = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "blame", "推卸责任（我可提醒过您了）", a, b - 1, key);
}

/* 我可早就提醒过您了 / 别说我没告诉你 / 不升级就是您的损失: the caller warned that what follows is their own lookout
 * — a pre-emptive blame (推诿 in advance, 国家职业技能标准 3.1; §二(三)6). 我早就提醒过物业了 names no caller;
 * 这不是您的损失，我们全额退 denies it. */
int tone_forewarned(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"提告说损");
    return tone_read_joined(sc, a, b, forewarned_text);
}

/* 请问又是什么事啊 / 您这回又是啥问题: the caller's new call met with "what is it this time" (不耐烦, §二(三)6).
 * 冰箱又是什么毛病？别急，师傅明天到 asks about a thing (a noun before 又). */
int tone_again_what(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"又");
    size_t again = find(sc, a, b, (list){ "又", NULL });
    if (again == NONE || again + 3 > b) return 0;
    for (size_t k = a; k < again; k++)
        if (!in(sc, k, (list){ "请问", "请", "您", "你", "这次", "这回", "今天", "那", "那么", "这", "您这", "你这", "这是",
                                "您这次", "您这回", "你这次", "你这回", NULL })) return 0;
    char buf[256];
    const char *s = tone_joined(sc, again + 1, b, buf, sizeof buf);
    const char *r = tone_after_any(s, (list){ "是什么", "是啥", "有什么", "有啥", "怎么了", "咋了", "怎么啦", NULL });
    if (!r) return 0;
    const char *rest = tone_after_any(r, (list){ "问题", "事", "事情", "事儿", "毛病", "情况", "麻烦", NULL });
    if (rest) r = rest;
    else if (!tone_holds(s, (list){ "怎么了", "咋了", "怎么啦", NULL })) return 0;
    if (!only_particles(r)) return 0;
    return tone_hit(sc, "impatient", "不耐烦（又是什么事）", again, b - 1, again);
}

/* tone_only_you_ask read over its words joined whole (s). */
static int only_you_ask_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list only = { "也就您会", "也就你会", "只有您会", "只有你会", "只有您才会", "只有你才会", "也就您才会", "也就你才会",
                         "也只有您会", "也只有你会", "就您会", "就你会", NULL };
    static list act = { "问", "这么问", "这样问", "想", "这么想", "这样想", "信", "在乎", "在意", "较真", "计较", "纠结", "挑",
                        "嫌", "觉得", "关心", "问这个", "问这种", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, only, &len);
    if (!p) return 0;
    const char *r = tone_after_any(p + len, act);
    if (!r || !only_particles(r)) return 0;
    size_t key = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "sarcasm", "挖苦客户（也就您会问）", key, b - 1, key);
}

/* 这种事也就您会在乎 / 只有你才会这么想: the caller's question or concern called one only they would have (挖苦,
 * §二(三)6). 只有您本人才能办理 states a rule (能, not 会). */
int tone_only_you_ask(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"就只");
    ANCHORS(sc, a, b, U"会");
    if (question) return 0;
    return tone_read_joined(sc, a, b, only_you_ask_text);
}

/* tone_next_time_at_once read over its words joined whole (s). */
static int next_time_at_once_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list next = { "下次", "下回", "以后", "往后", "下1次", NULL };
    static list once = { "1次说清", "1次讲清", "1次性说清", "1次性讲清", "1次说完", "1次讲完", "1次性说完", "1次性讲完",
                         "1次说明白", "1次讲明白", "1口气说完", "1口气讲完", "1口气说清", "1次说全", "1次问完", "1次问清", NULL };
    size_t nl = 0, ol = 0;
    const char *n = tone_earliest(s, next, &nl);
    const char *o = n ? tone_earliest(n + nl, once, &ol) : NULL;
    if (!o) return 0;
    if (find(sc, a, b, &FIRST) < b || tone_holds(s, (list){ "我", "可以", "方便", "请", "麻烦", "建议", "为了", NULL })) return 0;
    size_t key = tone_word_of(sc, a, b, s, o);
    return tone_hit(sc, "lecture", "教训客户（下次一次说清楚）", tone_word_of(sc, a, b, s, n),
                    tone_word_of(sc, a, b, s, o + ol - 1), key);
}

/* 下回事情1口气讲完 / 以后问题1次说清楚 / 下回您1次说完再打过来: the caller told to say everything at once next
 * time (不耐烦, a lecture; §二(三)6), where 2.5 asks the caller to repeat with an apology. One rule for the class
 * taboo21 (next_time_at_once) and phr21 (all_at_once) each wrote, joined by fix21t. 下次我1次说清楚，给您添麻烦了 is the
 * agent's promise; 下次您可以1次告诉我，我一并处理 and 建议您下次先准备好单号，方便1次说清楚 are advice that helps. */
int tone_next_time_at_once(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"下以往");
    ANCHORS(sc, a, b, U"1");
    return tone_read_joined(sc, a, b, next_time_at_once_text);
}

/* tone_device_blamed read over its words joined whole (s). */
static int device_blamed_text(scan *sc, size_t a, size_t b, const char *s)
{
    const char *p = tone_earliest(s, (list){ "您那", "你那", "您这", "你这", NULL }, &(size_t){ 0 });
    if (!p) return 0;
    size_t len = 0;
    const char *due = tone_earliest(p, (list){ "也该换", "早该换", "早就该换", "也该淘汰", "早该淘汰", "早就该淘汰", "该扔",
                                              "也该扔", "早该扔", NULL }, &len);
    if (!due || !only_particles(due + len) || (size_t)(due - p) > 24) return 0;
    if (eased_after(sc, b - 1) || tone_holds(s, (list){ "建议", "可以", NULL })) return 0;
    size_t key = tone_word_of(sc, a, b, s, due);
    return tone_hit(sc, "blame", "推卸责任（您那设备该换了）", tone_word_of(sc, a, b, s, p), b - 1, key);
}

/* 你那路由器早该换了 / 您那台电脑也该淘汰了: the caller's own device blamed and told to be replaced instead of
 * the fault handled (推诿, 国家职业技能标准 3.1). 您的滤芯也该换了，我帮您约师傅上门 offers the step. */
int tone_device_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"该");
    ANCHORS(sc, a, b, U"那这");
    return tone_read_joined(sc, a, b, device_blamed_text);
}

/* tone_abuse_questioned read over its words joined whole (s). */
static int abuse_questioned_text(scan *sc, size_t a, size_t b, const char *s)
{
    const char *you = tone_earliest(s, (list){ "您", "你", NULL }, &(size_t){ 0 });
    if (!you) return 0;
    static list abuse = { "骂人", "骂我", "骂客服", "骂我们", "捣乱", "骚扰", "恶作剧", "胡闹", "闹事", "耍人", "发脾气", "发火", "撒泼",
                          "耍横", "胡说八道", "乱说", "瞎说", "吵架", NULL };
    static list account = { "是怎么回事", "怎么回事", "是什么意思", "什么意思", "想干嘛", "想干什么", "是想干嘛", "是想干什么",
                            "干什么", "干嘛", "几个意思", "想怎样", "想怎么样", NULL };
    static list report = { "投诉", "反映", "举报", "说", "遇到", "被", "有人", "别人", "对方", "他", "她", "邻居", "师傅",
                           "碰到", "听到", "他们", "同事", NULL };
    size_t al = 0, cl = 0;
    const char *ab = tone_earliest(you, abuse, &al);
    const char *ac = ab ? tone_earliest(ab + al, account, &cl) : NULL;
    if (!ac) return 0;
    if (tone_holds_before(s, ab, report)) return 0;
    size_t key = tone_word_of(sc, a, b, s, ab);
    return tone_hit(sc, "blame", "指责客户（您骂人是怎么回事）", tone_word_of(sc, a, b, s, you),
                    tone_word_of(sc, a, b, s, ac + cl - 1), key);
}

/* 您昨天来电骂人是什么意思 / 你刚才打电话捣乱是怎么回事 / 你在热线里乱发脾气想干什么: the caller asked to account
 * for their own conduct (骂人, 捣乱, 发脾气, 闹事 …) with an interrogation — an accusation (呵斥), where 2.21 calls back
 * to serve and 贵阳 §二(三)1-3 meet abuse with the standard's own phrases. One rule for the class taboo21
 * (abuse_questioned) and phr21 (conduct_grilled) each wrote, joined by fix21t. 您说有人骂您是怎么回事 reports someone
 * else; 您刚才说的扣费是怎么回事 asks about the caller's matter (no conduct). */
int tone_abuse_questioned(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"骂捣骚恶胡闹耍发撒乱瞎吵");
    ANCHORS(sc, a, b, U"么嘛啥意样");
    return tone_read_joined(sc, a, b, abuse_questioned_text);
}

/* fix21t: 讨饭的都知道要排队，您还不知道？ — the scorned kind said to know or manage it (都 / 也 + 知道 / 懂 / 会 / 明白),
 * then the caller, in the clause right after, said not to (您还不知道, 你都不懂): the same ranking without 比. 拾荒的老人
 * 都知道这个救助站，您碰到需要帮助的人可以告诉他们 ranks no caller. after is the byte after the kind in s. */
static int lowly_knows(scan *sc, size_t a, size_t b, const char *s, const char *after)
{
    static list know = { "都知道", "也知道", "都懂", "也懂", "都会", "也会", "都明白", "也明白", NULL };
    const char *k = tone_earliest(after, know, &(size_t){ 0 });
    if (!k || (size_t)(k - after) > 6 || b >= sc->w->n) return 0;
    size_t e = tone_next_clause_end(sc, b);
    char nb[256];
    const char *n = tone_joined(sc, b, e, nb, sizeof nb);
    const char *r = tone_after_any(n, (list){ "您", "你", NULL });
    if (!r || !tone_after_any(r, (list){ "还不", "都不", "却不", "倒不", "就不", NULL })) return 0;
    return tone_hit(sc, "belittle", "贬低客户（不如要饭的）", a, e - 1, tone_word_of(sc, a, b, s, k));
}

/* tone_lowly_outdoes read over its words joined whole (s). */
static int lowly_outdoes_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list lowly = { "要饭的", "讨饭的", "要饭", "讨饭", "乞丐", "叫花子", "叫化子", "文盲", "捡破烂的", "收破烂的", "捡垃圾的",
                          "流浪汉", "傻子", "白痴", "疯子", "收废品的", "拾荒的", "扫大街的", NULL };
    static list than = { "都比您", "都比你", "也比您", "也比你", "还比您", "还比你", "都要比您", "都要比你", NULL };
    /* fix21t: sense and manners too (讲道理, 懂规矩, 知道) — the class is the caller's wits or conduct ranked below */
    static list can = { "会", "懂", "强", "聪明", "明白", "清楚", "机灵", "在行", "有脑子", "有出息", "有本事", "精", "能干",
                        "更会", "更懂", "还会", "还懂", "讲理", "讲道理", "懂道理", "明事理", "懂规矩", "知道", "有素质", "识字", NULL };
    size_t ll = 0, tl = 0;
    const char *l = tone_earliest(s, lowly, &ll);
    if (!l || tone_holds(s, (list){ "不一定", "未必", "不见得", NULL })) return 0;
    const char *t = tone_earliest(l + ll, than, &tl);
    if (t && (size_t)(t - (l + ll)) <= 6 && tone_after_any(t + tl, can))
        return tone_hit(sc, "belittle", "贬低客户（不如要饭的）", tone_word_of(sc, a, b, s, l),
                        tone_word_of(sc, a, b, s, t + tl), tone_word_of(sc, a, b, s, t));
    return lowly_knows(sc, a, b, s, l + ll);
}

/* 捡破烂的都比您懂行情 / 要饭的也比你会过日子: the caller ranked below a kind of person held in scorn — an attack on
 * the caller's worth (§二(二) 2.1, §二(四) 4.2), as tone_child_outdoes ranks them below a child. 拾荒老人都比以前少了
 * ranks no caller; 乞丐的救助不归我们管 compares nothing. */
int tone_lowly_outdoes(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"比知懂会明");
    return tone_read_joined(sc, a, b, lowly_outdoes_text);
}
