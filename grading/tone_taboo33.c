/* 禁忌语 read by what the sentence does to the caller rather than by a writer's words (helper taboo33, own sentences
 * with innocent twins in tests/data/tone_more/taboo33.tsv). Each class below came back in writer after writer in
 * new words (seen5 … seen28), and the older rules held only the earlier wordings:
 *
 *   nobody_forced  a retort "nobody is forcing you": 又 with nobody (or us) denied, a verb of coercion, the caller its
 *                  object (又没人逼您 / 又不是我们拦着你) — not a reassurance without 又 (没人会强迫您马上决定)
 *   echo_shrug     the caller's complaint echoed as a question, then a remedy of their own thrown back with 呗
 *                  (冷？那您多盖床被子呗), or the remedy set on their own complaint (您要嫌慢您自己换个…呗) — not an
 *                  invitation to come to us (来), not a step done for us (我 in the clause), not with help after
 *   stop_it_ask    the caller ordered to stop as a question (您能不能别唠叨了 / 可不可以别老抱怨) — not "hold on"
 *                  (能不能先别挂), not about a thing (别把快递放…), not courtesy (别跟我客气了)
 *   mere_role      our side reduced to a narrow role to disown the matter (我只是个发货的 / 我们不过是代售的) — not
 *                  the agent's own act explained (我只是想确认一下的); spared by help after (a 推 label, tone_hit)
 *   neg_yet_want   the caller reproached for wanting after not doing their part (押金都不交还想先用) — not a saving
 *                  (都不用交), not our own lapse (我们都没…)
 *   shao_me        an order with 少 and us as its object: the caller accused of working on us (你少糊弄我 / 少拿这套
 *                  吓唬我们) — not a quantity (少给我们发了一件), not warmth (少跟我客气)
 *   intent_mocked  the complaint mocked as our absurd intent (好像我们成心不给你修似的) — not with an apology in the
 *                  reply, not a hedge with no word of intent
 *   call_made_light the reason for calling made light of after any 这 + matter (这事你也投诉啊) — not an invitation
 *                  (也可以打电话), not a question about what was done, not with help or comfort after
 *   mock_impressed mock awe in a rhetorical question (换个新手机了不起啊？ / 有啥了不起的) — not praise, not 了不起吧
 *
 * Each is 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话
 * 语气和态度; mere_role is 推诿, which 职业标准 三(一)2 and §二(三)6 forbid): a retort, brush-off, order or 推诿 with
 * no demeaning word, so none fails the call. The rules read the clause's words joined whole (tone_read_joined), so a
 * phrase is found however the lexicon cut it and however long the clause. */
#include "tone_scan.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* Particles that may close a clause after the deciding words. */
static list CLOSING = { "了", "啦", "啊", "呀", "哈", "嘞", "喽", "咯", "吧", "哦", "呢", "嘛", "的", "吗", "么", "呗", "哟",
                        "呐", "噻", NULL };

/* Is s (the rest of a joined clause) nothing but closing particles? */
static int closing_only(const char *s) { return tone_only_of(s, CLOSING); }

/* The last place in s where stem stands with only closing particles after it, or NULL. */
static const char *closing_stem(const char *s, const char *stem)
{
    size_t n = strlen(stem);
    for (const char *p = strstr(s, stem); p; p = strstr(p + 1, stem))
        if (closing_only(p + n)) return p;
    return NULL;
}

/* The agent (我 / 我们 / 咱) in the joined text before p. */
static int agent_before(const char *s, const char *p)
{
    return tone_holds_before(s, p, (list){ "我", "咱", "本公司", "客服", NULL });
}

/* (fix33d) Does a clause after the words [., b) have us act for the caller with no refusal in it (我们下午就到 /
 * 我会请主管处理 / 暖气我们也在查, not 我们也没办法 / 我也不知道)? Then what came before was said beside our own
 * remedy: a stop-gap tip or a narrow role owned, not the caller left to themself (贵阳 §二(三)6). */
static int our_act_after(scan *sc, size_t b)
{
    static const char *const refuse[] = { "不", "没", "别", "无法", "甭", NULL };
    const cs_words *w = sc->w;
    /* the lexicon glues 我 to what follows (我会, 我来): read the clause's joined text, not FIRST's words */
    for (size_t cs = b, ce; cs < w->n; cs = ce) {
        for (ce = cs + 1; ce < w->n && w->v[ce].clause == w->v[cs].clause;) ce++;
        if (tone_words_hold(sc, cs, ce, (list){ "我", "咱", NULL }) && !tone_words_hold(sc, cs, ce, refuse)) return 1;
    }
    return 0;
}

/* ---- nobody_forced ---- */

/* tone_nobody_forced read over its words joined whole (s). */
static int nobody_forced_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const retort[] = { "又没人", "又没有人", "又没谁", "又不是谁", "又不是我们", "又不是我", "我们又没",
                                          "我又没", "咱又没", NULL };
    static const char *const coerce[] = { "强迫", "强求", "逼", "拦", "求", "押", "绑", NULL };
    size_t len = 0, vlen = 0;
    const char *p = tone_earliest(s, retort, &len);
    if (!p) return 0;
    const char *v = tone_earliest(p + len, coerce, &vlen);
    /* at most two characters (硬, 非) between the retort and its verb */
    if (!v || v - (p + len) > 6) return 0;
    const char *o = v + vlen;
    const char *rest = tone_after_any(o, (list){ "着", "了", NULL });
    if (rest) o = rest;
    const char *end = tone_after_any(o, (list){ "您们", "你们", "您", "你", NULL });
    if (!end) return 0;
    return tone_hit_span(sc, "dismissive", "打发客户（又没人逼您）", a, b, s, p, end);
}

/* 不想办就算了，又没人逼你 / 又没有人强迫您 / 当初又不是我们拦着你: the caller's choice thrown back as a retort that
 * nobody forces them (打发客户, §二(三)6). 又 marks the retort: 没人会强迫您马上决定 reassures. The verb of coercion
 * takes the caller as its object at once (着 / 了 between): 又没拦截成功 / 又没拦住您的包裹 is our own failure.
 * (fix33d) Not with patience after (又没人逼您这周就得交齐，您慢慢准备，不急: a reassurance, 2.12 您别着急). */
int tone_nobody_forced(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"又");
    ANCHORS(sc, a, b, U"逼强拦求押绑");
    if (tone_words_hold(sc, b, sc->w->n, (list){ "慢慢", "不急", "不着急", "别着急", "不用急", "放心", NULL })) return 0;
    return tone_read_joined(sc, a, b, nobody_forced_text);
}

/* ---- echo_shrug ---- */

/* Does the clause before the one starting at a ask back the caller's complaint (冷？ / 嫌贵？), not their wish
 * (需要发票？ / 您是要退票吗？ / 方便过来吗？, which the clause after answers)? */
static int complaint_echoed(scan *sc, size_t a)
{
    size_t ca = 0;
    if (!tone_clause_before(sc, a, &ca) || !sc->w->question[sc->w->v[ca].clause]) return 0;
    return !tone_words_hold(sc, ca, a, (list){ "要", "需", "想", "方便", "可以", "能", "请问", "对吗", "是吗", "对吧", NULL });
}

/* tone_echo_shrug read over its words joined whole (s). */
static int echo_shrug_text(scan *sc, size_t a, size_t b, const char *s)
{
    const char *bei = closing_stem(s, "呗");
    if (!bei || tone_holds_before(s, bei, (list){ "来", NULL })) return 0;
    int echoed = tone_after_any(s, (list){ "那", NULL }) && complaint_echoed(sc, a);
    const char *self = strstr(s, "自己");
    int conditioned = self && self < bei && tone_holds_before(s, self, (list){ "嫌", "觉得", "不满意", "不乐意", NULL });
    if (!echoed && !conditioned) return 0;
    /* (fix33d) 没网了？那您先用手机流量呗，我们正在抢修: a stop-gap tip beside our own fix */
    if (cs_words_help_after(sc->w, b - 1) || our_act_after(sc, b) ||
        tone_in_reply(sc, (list){ "欢迎", "放心", "随时", "帮您", "给您", "为您", "帮你", "给你", NULL }))
        return 0;
    return tone_hit_span(sc, "dismissive", "打发客户（自己想办法）", a, b, s, s, bei + strlen("呗"));
}

/* 屋里冷？那您多盖床被子呗 / 嫌排队久？那你明年早点去排呗 / 您要嫌网速慢您自己换个宽带呗: the caller's complaint answered
 * with a remedy of their own, shrugged off with 呗 (打发客户, 贵阳 §二(三)6; 职业标准 三(一)2): the clause ends in 呗,
 * names the caller, and follows an echo of the complaint as a question (opening with 那), or sets 自己 after the
 * complaint as a condition (嫌 / 觉得 / 不满意). Not an invitation to come to us (来 / 过来: 那您过来前台取呗), not a
 * step done for us (我 in the clause: 那您把邮箱发我呗), not with help or welcome in the reply, nor beside our own
 * remedy in a later clause (our_act_after). */
int tone_echo_shrug(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"呗");
    if (question || find(sc, a, b, &SECOND) == NONE || find(sc, a, b, &FIRST) != NONE) return 0;
    return tone_read_joined(sc, a, b, echo_shrug_text);
}

/* ---- stop_it_ask ---- */

/* tone_stop_it_ask read over its words joined whole (s). */
static int stop_it_ask_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const ask[] = { "能不能", "可不可以", "可以不可以", "能否", NULL };
    static const char *const stop[] = { "别再", "不要再", "别", "不要", "甭", NULL };
    static const char *const kept[] = { "一直", "老是", "老", "总是", "总", "再", "天天", NULL };
    static const char *const spared[] = { "让", "把", "将", "跟我客气", "和我客气", "客气", "见外", "破费", "担心", "操心",
                                          "害怕", "怕", "难过", "伤心", "着急", "著急", "急", "生气", "自责",
                                          "内疚", "委屈", "难受", "上火", "慌", "紧张", "扛", "憋", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, ask, &len);
    if (!p || agent_before(s, p)) return 0;
    const char *act = tone_after_any(p + len, stop);
    if (!act || tone_after_any(act, spared)) return 0;
    int again = strncmp(p + len, "别再", strlen("别再")) == 0 || strncmp(p + len, "不要再", strlen("不要再")) == 0;
    const char *le = closing_stem(act, "了");
    if (!again && !tone_after_any(act, kept) && !(le && le > act)) return 0;
    return tone_hit_span(sc, "impatient", "不耐烦（能不能别…了）", a, b, s, p, s + strlen(s));
}

/* 您能不能别唠叨了，我都记下了 / 你可不可以别老抱怨了 / 能不能别一直嚷嚷了: the caller ordered to stop what they keep
 * doing, put as a question (不耐烦, 贵阳 §二(三)6; 职业标准 三(一)2): 能不能 / 可不可以 + 别 / 不要, and the act
 * either kept up (一直 / 老 / 总 / 再) or ended (the clause closing on 了). Not "hold on" (能不能先别挂), not a
 * thing disposed of (别把快递放驿站) or someone let (别让您再跑), not courtesy or care (别跟我客气了, 别担心了), not
 * the agent asking of themself (我们能不能…), not comfort (fix33d: the act after 别 is the caller's feeling —
 * 能不能别伤心了 / 可不可以别着急了 asks them to be at ease, 2.12 您别着急). */
int tone_stop_it_ask(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"能可");
    ANCHORS(sc, a, b, U"别要甭");
    return tone_read_joined(sc, a, b, stop_it_ask_text);
}

/* ---- mere_role ---- */

/* tone_mere_role read over its words joined whole (s). */
static int mere_role_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const only[] = { "只不过是个", "只不过是", "不过是个", "不过是", "只是个", "只是", "就是个",
                                        "也就是个", NULL };
    static const char *const own_act[] = { "想", "随便", "提醒", "确认", "问", "顺便", "说", "暂时", "觉得", "怕", "担心",
                                           "好奇", "核对", "核实", "跟您", "和您", "给您", "帮您", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, only, &len);
    if (!p || !agent_before(s, p) || tone_holds_before(s, p, (list){ "您", "你", NULL })) return 0;
    const char *role = p + len;
    if (tone_after_any(role, own_act)) return 0;
    const char *de = closing_stem(role, "的");
    /* a role of one to six characters: 发货的, 接电话的, 卖票的 */
    if (!de || de == role || de - role > 18) return 0;
    return tone_hit_span(sc, "dismissive", "推诿（我们只是…的）", a, b, s, p, de + strlen("的"));
}

/* 我只是个发货的，质量问题您问厂家去 / 我们不过是代售的: our side reduced to a narrow role (V + 的 closing the
 * clause) so that the matter is not ours (推诿: 贵阳 §二(三)6 注意通话语气和态度; 职业标准 五级 三(一)2).
 * Not the agent's own act explained (我只是想跟您确认一下的, 只是提醒您), not a thing's state (这笔钱只是暂时冻结的:
 * no agent), and spared when help follows (tone_hit, a 推 label: 我们只是代售的，不过退款我帮您申请) or our own act
 * (fix33d, our_act_after: 我只是个值班的，不过我会请主管处理). */
int tone_mere_role(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"只过就");
    if (find(sc, a, b, &FIRST) == NONE || our_act_after(sc, b)) return 0;
    return tone_read_joined(sc, a, b, mere_role_text);
}

/* ---- neg_yet_want ---- */

/* tone_neg_yet_want read over its words joined whole (s). */
static int neg_yet_want_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const neg[] = { "都不", "都没", "也不", "也没", NULL };
    static const char *const want[] = { "还想", "还指望", "还好意思", "还要求", "还盼着", NULL };
    static const char *const spared[] = { "用", "需", "必", "要紧", "会", "好意思", "能", NULL };
    size_t len = 0, wlen = 0;
    const char *p = tone_earliest(s, neg, &len);
    if (!p || agent_before(s, p) || tone_after_any(p + len, spared)) return 0;
    const char *w = tone_earliest(p + len, want, &wlen);
    if (!w || w == p + len || w - (p + len) > 12) return 0;
    const char *aim = tone_after_any(w + wlen, (list){ "着要", "着", "要", NULL });
    if (tone_after_any(aim ? aim : w + wlen, (list){ "帮", "替", "为", "照顾", "关心", NULL })) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（不…还想…）", a, b, s, p, w + wlen);
}

/* 押金都不交还想先用 / 连实名都没做还指望我们给您解封: the caller reproached for wanting the service after not doing
 * their own part (讽刺, 贵阳 §二(三)6; 职业标准 三(一)2): X都不 / 都没 / 也不 + a verb of at most four characters, then
 * 还想 / 还指望 / 还好意思. Not a saving (一分钱都不用多交), not our own lapse (我们连通知都没发到), not praise of
 * the caller's care for others (fix33d: 自己都没歇着还想着帮街坊问 — the wish is to help someone, 帮 / 替 / 为). */
int tone_neg_yet_want(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"还");
    ANCHORS(sc, a, b, U"不没");
    return tone_read_joined(sc, a, b, neg_yet_want_text);
}

/* ---- shao_me ---- */

/* 你少糊弄我，哪有下单不扣钱的 / 少拿这套吓唬我们: 少 as an order (opening the clause or right after 你 / 您) with us
 * as its object within five words: the caller accused of working on us (指责客户, 贵阳 §二(三)6; 职业标准 三(一)2).
 * Not a quantity (您少给我们发了一件: 了 in the clause), not warmth (少跟我客气 / 见外). */
int tone_shao_me(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"少");
    ANCHORS(sc, a, b, U"我咱");
    for (size_t i = a; i < b; i++) {
        if (!tone_is(sc, i, "少")) continue;
        if (i > a && !in(sc, i - 1, &SECOND)) continue;
        size_t k = find(sc, i + 1, tone_upto(b, i + 6), &FIRST);
        if (k == NONE || find(sc, i + 1, k, &SECOND) != NONE) continue;
        if (find(sc, i + 1, b, (list){ "了", "客气", "见外", "破费", NULL }) != NONE) continue;
        return tone_hit(sc, "blame", "指责客户（你少…我）", i, k, i);
    }
    return 0;
}

/* ---- intent_mocked ---- */

/* tone_intent_mocked read over its words joined whole (s). */
static int intent_mocked_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const as_if[] = { "好像", "搞得", "弄得", "说得", "仿佛", NULL };
    static const char *const intent[] = { "故意", "成心", "存心", "专门", "有意", NULL };
    size_t len = 0, ilen = 0;
    const char *p = tone_earliest(s, as_if, &len);
    if (!p) return 0;
    const char *like = tone_after_any(p + len, (list){ "跟", "像", "好像", NULL });
    const char *us = tone_after_any(like ? like : p + len, (list){ "我们", "咱们", "咱", "我", NULL });
    if (!us) return 0;
    const char *i = tone_earliest(us, intent, &ilen);
    if (!i || i - us > 9) return 0;
    /* the normal form writes 一 as 1 (text_norm.h): 一样 reads 1样 */
    const char *end = closing_stem(i, "似的");
    if (!end) end = closing_stem(i, "1样");
    if (!end) end = closing_stem(i, "一样");
    if (!end) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（好像我们故意…似的）", a, b, s, p, end + strlen("似的"));
}

/* 看你说的，好像我们成心不给你修似的 / 搞得我们专门坑你一样: the caller's complaint mocked by restating it as our
 * absurd intent (讽刺, 贵阳 §二(三)6; 职业标准 三(一)2): 好像 / 搞得 / 弄得, then us, a word of intent (故意, 成心,
 * 存心, 专门, 有意) and 似的 / 一样 closing the clause. Not an apology that owns how it felt (好像我们故意拖着似的，
 * 实在抱歉让您有这种感受: an apology in the reply), not a hedge with no intent (好像我们漏发了似的，我查一下),
 * not with empathy or help after (fix33d: 好像我们故意晾着您似的，我理解您的心情 / …，我帮您查查). */
int tone_intent_mocked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"似样");
    ANCHORS(sc, a, b, U"故成存专有");
    if (tone_in_reply(sc, APOLOGY) || cs_words_help_after(sc->w, b - 1) ||
        tone_words_hold(sc, 0, sc->w->n, (list){ "理解您", "理解你", "您的感受", "您的心情", "体谅", NULL }))
        return 0;
    return tone_read_joined(sc, a, b, intent_mocked_text);
}

/* ---- call_made_light ---- */

/* tone_call_made_light read over its words joined whole (s). */
static int call_made_light_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const matter[] = { "这事儿", "这事", "这个事儿", "这个事", "这个问题", "这问题", "这个", "这也",
                                          NULL };
    static const char *const act[] = { "打电话", "打过来", "打来", "来电", "来问", "要问", "问", "投诉", "找我们", "找我",
                                       NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, matter, &len);
    if (!p) return 0;
    /* 这也打电话: 也 is the stem's own last character; else the matter's noun and the caller may stand before it */
    const char *q = p + len;
    if (strncmp(p, "这也", strlen("这也")) == 0) q = p + strlen("这");
    const char *noun = tone_after_any(q, (list){ "问题", "事儿", "事", "情况", NULL });
    if (noun) q = noun;
    const char *who = tone_after_any(q, (list){ "您们", "你们", "您", "你", NULL });
    if (who) q = who;
    const char *also = strncmp(q, "也", strlen("也")) == 0 ? q : NULL;
    if (!also) return 0;
    const char *rest = tone_after_any(also + strlen("也"), act);
    const char *us = rest ? tone_after_any(rest, (list){ "我们", "我", NULL }) : NULL;
    if (us) rest = us;
    if (!rest || !closing_only(rest)) return 0;
    return tone_hit_span(sc, "dismissive", "轻视客户（这事也打电话）", a, b, s, p, rest);
}

/* 这事你也打电话啊 / 这个您也来问呀: the caller's reason for calling made light of (轻视客户, 贵阳 §二(三)6; 职业标准
 * 三(一)2): 这 + the matter (事, 个, 问题), at most the caller between, then 也 + a verb of calling or asking that closes
 * the clause. Not an invitation (这事您也可以打电话问社区: 可以 after 也), not a question about what was done (这事您
 * 也打电话问过了？), not with help or comfort after (没事，我给您讲). tone_dismiss.c's brush_take_or_leave reads it
 * after 这种 / 这点; this reads it after any 这 + matter. */
int tone_call_made_light(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"这");
    ANCHORS(sc, a, b, U"也");
    if (cs_words_help_after(sc->w, a) || tone_in_reply(sc, (list){ "没事", "没关系", "不要紧", "放心", NULL })) return 0;
    return tone_read_joined(sc, a, b, call_made_light_text);
}

/* ---- mock_impressed ---- */

/* 买个新手机了不起啊？/ 有啥了不起的 / 办张金卡就了不得了吗？: the caller's act met with mock awe in a rhetorical
 * question (讽刺, 贵阳 §二(三)6; 职业标准 三(一)2): 了不起 / 了不得 closing a question clause, or 有什么 / 有啥 before
 * it. Not praise said as praise (您一次就抢到了，真了不起！: no question), not our own boast (我们的…了不起吧: the agent
 * before it). */
static int mock_impressed_text(scan *sc, size_t a, size_t b, const char *s, int question)
{
    static const char *const awe[] = { "了不起", "了不得", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, awe, &len);
    if (!p || agent_before(s, p)) return 0;
    int scoff = tone_holds_before(s, p, (list){ "有什么", "有啥", "有甚么", "有嘛", NULL });
    const char *rest = p + len;
    int asked = question && closing_only(rest) && !tone_after_any(rest, (list){ "吧", NULL });
    if (!scoff && !asked) return 0;
    /* (fix33c) 侬骂我，我也骂侬，有啥了不起: the scoff beside a retaliation vowed in the reply is 报复来电者, an
     * insult that fails the call (贵阳 §二(二) 2.1), which a 禁忌语 label must not take over */
    if (tone_words_hold(sc, 0, sc->w->n, (list){ "我也骂", "我也打", "骂回", "打回", "我还骂", NULL }))
        return tone_hit_span(sc, "belittle", "报复客户（以骂还骂）", a, b, s, p, rest);
    return tone_hit_span(sc, "sarcasm", "讽刺客户（了不起啊？）", a, b, s, p, rest);
}

/* tone_mock_impressed over its words joined whole (a long clause read to its end). */
int tone_mock_impressed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"了");
    char *s = tone_joined_whole(sc, a, b);
    int hit = s && mock_impressed_text(sc, a, b, s, question);
    free(s);
    return hit;
}
