/* 禁忌语 that the railway, airline, ride-hailing, food-delivery, supermarket and hotel desks type (helper taboo30,
 * own sentences with innocent twins in tests/data/tone_more/taboo30.tsv):
 *
 *   meme_reaction      a net meme of mockery sent as a clause of its own beside the caller's matter (…无法为您办理，
 *                      笑不活了 / xswl，您再重新下单吧); laughter at a joke the caller shared is not this
 *   curt_check         a bare tag asking whether the caller has got it (这张券满五十才能用，懂？ / 会了吧？)
 *   rating_conditioned the caller's rating made the condition of future service (给个好评呗，不然下回可没人帮您加急)
 *   early_hindsight    the wait or trouble laid on the caller's not having said or done it earlier (您早点说是会员，
 *                      也不用排这么久)
 *   record_defended    an apology taken back by the agent's own record (抱歉，我们会改进，不过我服务一向很耐心的)
 *   reduplicated_retort  X什么X thrown at the caller's noise or haste (哭什么哭, 叫什么叫)
 *   infallible         our side declared beyond error, so the caller must be wrong (我们后台从来不会出错)
 *   teach_retort       the caller asked whether they are teaching the agent (你是在教我做事吗？ / 用不着您教我)
 *   caller_tiresome    the caller called tiresome to their face, Taiwan usage too (你很烦捏 / 齁，你真的很吵耶)
 *
 * Each is 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气
 * 和态度): criticism or condescension with no demeaning word, so none of them fails the call (§二(四) 4.2 is
 * tone_insult.c's). Each reads its clause's words joined (the normal form: 一 is 1, traditional made simplified),
 * so a stem matches whatever the lexicon's cut.
 *
 * A warm face typed right after a flat refusal with no apology (这边无法帮您改签😊) is read on the reply as typed, beside the mocking faces
 * of tone_emoji.c (cs_tone_smile_refusal, tone_emoji.h).
 *
 * Two innocent readings the tone model misses are here too (cs_words_service_tip, cs_words_slang_thanks,
 * tone_rules.h): a tip on using the service and sincere thanks in slang are the polite speech of these desks. */
#include "tone_scan.h"
#include "tone_emoji.h"
#include "words.h"

#include <string.h>

/* The length of the stem of l that s starts with, or 0: tone_after_any, which takes the first listed, so every list
 * read here names a longer stem before any shorter one it starts with (笑死我 before 笑死), the longest matching. */
static size_t starts_with(const char *s, const char *const *l)
{
    const char *rest = tone_after_any(s, l);
    return rest ? (size_t)(rest - s) : 0;
}

/* ---- meme_reaction ---- */

/* Is the clause [a, b) a meme of mockery or exasperation and nothing else (笑死 / xswl / 笑不活了 / 绷不住了家人们 /
 * 6)? 2 for the bare number 6 / 666 (read only as a whole clause, never a question), 1 for the others. */
static int meme_clause(scan *sc, size_t a, size_t b)
{
    static const char *const meme[] = { "xswl", "笑死我", "笑死", "笑不活", "笑麻", "笑拉", "笑疯", "笑yue", "绷不住",
                                        "蚌埠住了", "蚌埠住", "无语子", "破防", "裂开", "麻了", "离大谱", NULL };
    static const char *const six[] = { "6", "66", "666", "6666", "66666", NULL };
    static const char *const tail[] = { "了", "哈哈哈", "哈哈", "哈", "啦", "呀", "啊", "我了", "家人们", "家人", "宝子们",
                                        "真的", "属于是", "呢", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    if (tone_next_clause_is(sc, a, six)) return sc->w->question[sc->w->v[a].clause] ? 0 : 2;
    size_t n = starts_with(s, meme);
    return n && tone_only_of(s + n, tail) ? 1 : 0;
}

/* Is the meme of clause [a, b) one of dismay (破防 / 裂开 / 麻了 / 心态崩), not of laughter (笑死 / 绷不住)? */
static int dismay_meme(scan *sc, size_t a, size_t b)
{
    return tone_words_hold(sc, a, b, (list){ "破防", "裂开", "麻了", "心态崩", NULL });
}

/* Does the reply laugh at a joke or a happy turn the caller shared (您讲的笑话太有意思了, 您这个段子)? Then
 * 笑死我了 laughs with them, not at them. */
static int shared_fun(scan *sc)
{
    static const char *const fun[] = { "笑话", "段子", "幽默", "有意思", "有趣", "好玩", "逗乐", "好心情", NULL };
    char buf[1024];
    const char *s = tone_joined(sc, 0, sc->w->n, buf, sizeof buf);
    return tone_holds(s, fun);
}

/* Does the bare number opening clause a state a value rather than react (国家职业技能标准 3.1 asks the agent to
 * answer exactly, 贵阳 §二(二) 2.5)? The clause before it names the value (车位是：6, 您选的档是：6 — its last word
 * ends in 是 or a noun of number: 号, 码, 位, 档, 层 …), or the agent asked a question earlier in the reply (一共几位？
 * 好的，6) that the number answers. */
static int six_answers(scan *sc, size_t a)
{
    static const char *const names_value[] = { "是", "为", "号", "码", "位", "档", "第", "层", "排", "级", "数", "共",
                                               "间", "座", "栋", "楼", "室", NULL };
    if (a == 0) return 0;
    const char *prev = tone_word(sc, a - 1);
    size_t n = strlen(prev), k = n;
    while (k > 0 && ((unsigned char)prev[k - 1] & 0xC0) == 0x80) k--;   /* back to the last character's lead byte */
    if (k > 0) k--;
    if (cs_word_in(prev + k, names_value)) return 1;
    for (size_t c = 0; c < sc->w->v[a].clause; c++)
        if (sc->w->question[c]) return 1;
    return 0;
}

/* 抱歉，无法为您办理，笑不活了 / xswl，您再重新下单吧 / 笑死，请问您还要查哪一班车: a net meme of mockery (笑死,
 * xswl, 笑不活了, 绷不住了, 蚌埠住了, 无语子, a bare 6) sent as a clause of its own, beside the caller's matter
 * or alone: it laughs at the caller's trouble or words (国家职业技能标准 3.1 不用禁忌语及口头禅; 贵阳 §二(三)6).
 * The combination is the meme as a whole clause (a reaction, not 您的昵称里有笑死两个字) and nothing in the
 * reply to laugh with the caller about (a joke they told); 6 only beside other words and never asked (6？ asks
 * a number back). Praise memes (绝绝子, yyds) said in thanks are not here at all. */
int tone_meme_reaction(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"x笑绷蚌无破裂麻离6");
    int kind = meme_clause(sc, a, b);
    if (!kind) return 0;
    if (kind == 2 && (a == 0 && b >= sc->w->n)) return 0;
    /* 费率是每期0.6%: the number's own decimals, cut off at the point */
    if (kind == 2 && a > 0) {
        const char *prev = tone_word(sc, a - 1);
        char last = prev[strlen(prev) - 1];
        if (last >= '0' && last <= '9') return 0;
    }
    if (kind == 2 && six_answers(sc, a)) return 0;
    if (shared_fun(sc)) return 0;
    /* 恭喜您抽中限定皮肤，666: a cheer at the caller's good luck */
    if (kind == 2 && tone_in_reply(sc, (list){ "恭喜", "恭喜您", "祝贺", "祝贺您", "中奖", "抽中", "太棒", "太棒了", NULL }))
        return 0;
    /* (taboo33) 破防了家人们，这场秒空了，我帮您登记候补: a meme of dismay, not of laughter, followed by help for the
     * caller is the agent sharing the caller's loss (贵阳 §二(二) 2.12 安抚 in spirit), not mockery (§二(三)6) */
    if (kind == 1 && dismay_meme(sc, a, b) && cs_words_help_after(sc->w, b - 1)) return 0;
    return tone_hit(sc, "sarcasm", "嘲讽客户（网络梗）", a, b - 1, a);
}

/* ---- curt_check ---- */

/* 懂？ / 明白？ / 听懂没 / 懂了吧 / 会了吧 / 晓得了伐: a bare tag asking whether the caller has got it, no 您 and no
 * 请问, ending or opening a reply: condescension (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三)6; 2.6 asks to
 * explain again, not to test the caller). The tag is the whole clause: an understanding verb (懂, 明白, 会,
 * 清楚, 记住 …), 了 at most, then a question particle or the clause asked. 明白，我马上帮您改签 (the agent's own
 * statement) and 您听懂了吗？要是没听懂，我再讲一遍 (the caller named, help after) are not; nor 知道伐，… / 晓得吧，…
 * typed with no question mark before the rest of the reply (a Wu or Mandarin "you know," opening what is told). */
int tone_curt_check(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"懂明会清知晓记");
    static const char *const verb[] = { "懂", "听懂", "看懂", "明白", "听明白", "看明白", "会", "学会", "清楚", "听清楚",
                                        "知道", "晓得", "记住", "记牢", NULL };
    static const char *const asks[] = { "吗", "嘛", "么", "吧", "没有", "没", "伐", "不", "哇", "啊", "呀", "撒", NULL };
    static const char *const plain[] = { "了", NULL };
    if (sc->w->n <= b - a) return 0;   /* a tag on a reply, not the whole of it */
    char buf[128];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t n = starts_with(s, verb);
    if (!n) return 0;
    const char *rest = s + n;
    rest += starts_with(rest, plain);
    /* 懂了 / 明白了 said as a statement is the agent's own understanding */
    if (*rest && !tone_only_of(rest, asks)) return 0;
    if (!*rest && !question) return 0;
    if (*rest && !question && !starts_with(rest, (list){ "吧", "没", "没有", "伐", NULL })) return 0;
    /* fix30p: 晓得伐，… / 知道吧，… with no question mark and the reply going on is a discourse marker ("you know,")
     * before what is told, not a test of the caller: unasked, the tag must close the reply */
    if (!question && b < sc->w->n) return 0;
    return tone_hit(sc, "rhetorical", "居高临下（懂？）", a, b - 1, a);
}

/* ---- rating_conditioned ---- */

/* Does the clause text s ask for a rating (给个好评, 打满分, 手下留情): a rating word that is not only the time or
 * place of a request about something else (评价时请备注订单号, 在评价里写上房号)? */
static int rating_asked(const char *s, const char *const *rating)
{
    static const char *const frame[] = { "时", "的时候", "时候", "里", "中", "页面", "栏", "区", NULL };
    for (const char *const *r = rating; *r; r++)
        for (const char *p = strstr(s, *r); p; p = strstr(p + 1, *r))
            if (!tone_after_any(p + strlen(*r), frame)) return 1;
    return 0;
}

/* 给个五星呗，不给的话下回就没这么快给您办了 / 好评走一波，不然下次排队就排到最后咯: the caller's rating made
 * the condition of future service, a veiled threat over a favour asked (国家职业技能标准 3.1 不用禁忌语; 贵阳
 * §二(三)6). The combination, in one span: a condition (不然, 否则, 不给 …的话, 要是不) on the rating itself — in the
 * clause that asks for it (不给好评的话, 要是给差评) or opening the clause right after the request (好评走一波，不然…) —
 * then, in that clause or the next, a later time (下次, 下回, 以后) and service withheld (没人, 别想, 排到最后).
 * A plain request (麻烦给个好评，谢谢), relief (不给也没关系, 不方便评价也不要紧) and a condition on something else
 * said near a rating (评价时请备注订单号，否则系统匹配不上 — fix30p) are not. */
int tone_rating_conditioned(scan *sc, size_t a, size_t b, int question)
{
    static const char *const rating[] = { "好评", "五星", "5星", "满分", "评价", "打分", "评分", "点赞", "满意", "手下留情",
                                          "差评", NULL };
    static const char *const cond[] = { "不然", "否则", "要不然", "不给", "不点", "不打", "不评", "没给", "要是不",
                                        "如果不", "敢给差评", "给差评", "打差评", NULL };
    static const char *const later[] = { "下次", "下回", "以后", "往后", "今后", "再打", "再来", "再找", NULL };
    /* service denied in the future: 没这待遇, 没人理, 可没人帮, 就没这么快, 别想, 排到最后, 不好说 (not a bare 没 or 不会:
     * 以后不会再扣费 is good news) */
    static const char *const withheld[] = { "没这", "没那么", "没这么", "沒這", "没人", "可没", "别想", "别指望", "排到最后",
                                            "不好说", "难说", "就难", "不优先", "靠后", NULL };
    static const char *const relief[] = { "没关系", "不要紧", "也行", "都行", "没事", "无所谓", "不影响", "照样", NULL };
    for (size_t ca = a, cb; ca < b; ca = cb) {
        cb = tone_next_clause_end(sc, ca);
        char one[256], prev[256], span[512];
        const char *clause = tone_joined(sc, ca, cb, one, sizeof one);
        size_t len = 0;
        const char *c = tone_earliest(clause, cond, &len);
        if (!c) continue;
        size_t pa;
        int governs = rating_asked(clause, rating) ||
                      (c == clause && tone_clause_before(sc, ca, &pa) &&
                       rating_asked(tone_joined(sc, pa, ca, prev, sizeof prev), rating));
        if (!governs) continue;
        size_t end = cb < b ? tone_next_clause_end(sc, cb) : cb;
        const char *s = tone_joined(sc, ca, end, span, sizeof span);
        c = s + (c - clause);
        const char *l = tone_earliest(c + len, later, &len);
        if (!l) continue;
        const char *x = tone_earliest(l + len, withheld, &len);
        if (!x || tone_holds(c, relief)) continue;
        size_t last = tone_word_of(sc, ca, end, s, x + len - 1);
        return tone_hit(sc, "dismissive", "变相要挟客户（不给好评下次就…）", tone_word_of(sc, ca, end, s, c), last, last);
    }
    return 0;
}

/* ---- early_hindsight ---- */

/* 您早点说是会员，也不用在这排这么久 / 早把票号发过来，我们早就办好了 / 当初您早点来改签，哪会有现在这些麻烦: the
 * wait or trouble laid on the caller's not having said or done it earlier (呼叫服务员职业标准(试行) 五级
 * 三(一)2 不用禁忌语; 贵阳 §二(三)6). 早 of the past, said of the caller (not 我早该…, 我们早点通知您: the agent owning it; not
 * 可以早点…: a tip), then in its clause or the next the trouble undone with a mark of reproach: a consequence
 * only the past has (早就办好, 哪会, 不至于) or the trouble made much of (这么久, 半天, 这些麻烦). As tone_if_blame
 * reads it (fp17), a chore merely spared (早些过来就不用排队了) and a reply that goes on to next time (下次到期前我们会
 * 短信提醒您) are advice, not blame. */
int tone_early_hindsight(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"早");
    static const char *const undone[] = { "也不用", "就不用", "也用不着", "就用不着", "也不会", "就不会", "哪会", "哪用",
                                          "早就", "也不至于", "就不至于", "何至于", "何必", NULL };
    static const char *const past_only[] = { "哪会", "哪用", "早就", "不至于", "何至于", "何必", NULL };
    static const char *const much[] = { "这么久", "那么久", "这么长时间", "这么多", "半天", "这些麻烦", "这么麻烦", "成这样",
                                        NULL };
    static const char *const idle[] = { "早上", "早餐", "早饭", "早安", "早日", "早晨", "早班", "早点休息", "早些休息",
                                        "早高峰", "早晚", "早期", "早已", "早就", "提早", "趁早", "尽早", "及早", NULL };
    static const char *const own[] = { "我", "我们", "咱", "是我", "怪我", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    const char *e = strstr(s, "早");
    while (e && starts_with(e, idle)) e = strstr(e + 3, "早");
    if (!e) return 0;
    /* the agent's own lateness, or advice */
    if (tone_holds_before(s, e, own) || tone_holds_before(s, e, (list){ "提前", "可以", "建议", "记得", "最好", "不妨", "尽量", NULL }))
        return 0;
    if (tone_in_reply(sc, (list){ "下次", "下回", "以后", "今后", "往后", "将来", NULL })) return 0;
    size_t len = 0;
    const char *u = tone_earliest(e + 3, undone, &len);
    size_t end = b;
    char next[256];
    const char *cons = u;
    if (!u) {
        end = tone_next_clause_holds(sc, b, undone);
        if (!end) return 0;
        cons = tone_joined(sc, b, end, next, sizeof next);
    }
    if (!tone_holds(cons, past_only) && !tone_holds(cons, much)) return 0;
    /* 早点告诉您就好了 / 早通知您: the caller the one told, so the lateness was the agent's */
    if (tone_holds(e, (list){ "告诉您", "通知您", "提醒您", "跟您说", "和您说", "给您", "帮您", "为您", "告诉你", "通知你",
                              "提醒你", "跟你说", "给你", "帮你", NULL }))
        return 0;
    size_t first = tone_word_of(sc, a, b, s, e);
    return tone_hit(sc, "blame", "指责客户（早…就不用…）", first, end - 1, first);
}

/* ---- record_defended ---- */

/* 实在抱歉，以后一定改进，可是我服务一向都很耐心的 / 非常抱歉，我们会反思，只是我做客服十年了，还没被投诉过: an
 * apology taken back at once by the agent's own record (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(二) 2.9 answers a
 * complaint with 改进, not a defence). The combination: an apology earlier in the reply, a clause opened by a
 * concession (不过, 但是, 可是, 只是), the agent or our service its subject, and a record held up (一向, 向来,
 * 从来, 一直, 没被投诉, 干了…年; 一 is 1 in the normal form). 不过您反映的问题我已经记下 (help) and 这次是我们没做好 (the fault owned) are not. */
int tone_record_defended(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不但可只然");
    static const char *const concede[] = { "不过", "但是", "但", "可是", "只是", "然而", "可", NULL };
    static const char *const ours[] = { "我", "我们", "咱", "本人", NULL };
    /* the agent's record: always (一向, 从来 …) with a word of manner or service, never complained of, or years at it */
    static const char *const always[] = { "1向", "向来", "从来", "1直", "从没", NULL };
    static const char *const manner[] = { "态度", "服务", "耐心", "规范", "认真", "热情", "挑", "说我", NULL };
    static const char *const record[] = { "没被投诉", "没人投诉", "没人说我", "还没被", NULL };
    static const char *const years[] = { "干了", "做了", "干客服", "做客服", "干这行", "做这行", NULL };
    static const char *const owned[] = { "没做好", "我们的问题", "我的问题", "我的错", "我们的错", "我不好", "改正", NULL };
    static const char *const sorry[] = { "抱歉", "对不起", "不好意思", "添麻烦", "改进", "反思", "改正", "不满意", NULL };
    if (a == 0) return 0;
    if (!tone_words_hold(sc, 0, a, sorry)) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t n = starts_with(s, concede);
    if (!n || !tone_holds(s + n, ours)) return 0;
    const char *t = s + n;
    int held = tone_holds(t, record) || (tone_holds(t, always) && tone_holds(t, manner)) ||
               (tone_holds(t, years) && strstr(t, "年"));
    /* 做这行十五年，从来都是这么解释的: the record's second half in the next clause */
    if (!held && tone_holds(t, years) && tone_next_clause_holds(sc, b, always)) held = 1;
    if (!held) return 0;
    /* the record is the agent's, not the caller's matter: 不过您反映的问题我一直在跟进 */
    if (tone_holds(s + n, (list){ "您", "你", "帮您", "给您", "为您", NULL })) return 0;
    if (tone_words_hold(sc, b, sc->w->n, owned)) return 0;
    return tone_hit(sc, "sarcasm", "辩解推脱（道歉后自夸）", a, b - 1, a);
}

/* ---- reduplicated_retort ---- */

/* tone_reduplicated_retort read over its words joined whole (s). */
static int reduplicated_retort_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const verb[] = { "叫", "哭", "吵", "嚷嚷", "嚷", "喊", "吼", "闹", "急", "催", "慌", "凶", "嚎", "看", "瞅",
                                        "瞧", "问", "笑", "气", "烦", "骂", "抱怨", "叨叨", "嘟囔", "折腾", NULL };
    for (const char *p = strstr(s, "什么"); p; p = strstr(p + 6, "什么")) {
        const char *after = p + 6;
        size_t n = starts_with(after, verb);
        if (!n || strncmp(after + n, "什么", 6) == 0) continue;
        if ((size_t)(p - s) < n || strncmp(p - n, after, n) != 0) continue;
        size_t first = tone_word_of(sc, a, b, s, p - n);
        size_t last = tone_word_of(sc, a, b, s, after + n - 1);
        if (tone_hit(sc, "rhetorical", "反问客户（X什么X）", first, last, first)) return 1;
    }
    return 0;
}

/* 哭什么哭 / 叫什么叫 / 看什么看 / 闹什么闹: a verb of the caller's noise, haste or looks said twice around 什么, a
 * retort at what they are doing (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三)6). The same verb on both sides and
 * nothing asked of it after (想吃什么吃什么 is a free choice: 什么 again after the second). */
int tone_reduplicated_retort(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"什");
    return tone_read_joined(sc, a, b, reduplicated_retort_text);
}

/* ---- infallible ---- */

/* 可不会算错 / 不可能扣错 / 绝对不会弄错: a denial of error (可不会, 不可能, 绝对不会, 从来不会, 根本不会) with a verb of
 * one character between it and 错; where it starts, *len its length, or NULL. */
static const char *never_err(const char *s, size_t *len)
{
    static const char *const deny[] = { "可不会", "不可能", "绝对不会", "从来不会", "根本不会", "从不会", NULL };
    for (const char *p = s; *p; p++) {
        size_t n = starts_with(p, deny);
        if (!n) continue;
        /* one CJK character (3 bytes) of the verb, then 错 */
        if (strlen(p + n) >= 6 && strncmp(p + n + 3, "错", 3) == 0) {
            *len = n + 6;
            return p;
        }
    }
    return NULL;
}

/* 我们后台从来不会出错 / 我们的记录不可能有错，您再好好想想 / 系统可不会错: our side declared beyond error, so the
 * caller must be the one mistaken (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三)6). Our side (我们, 系统,
 * 后台, 记录 …) before a denial that error is possible at all (可不会错, 不可能有错, 从来不会出错, 从没出过问题); not
 * 系统偶尔也会出错 (the error granted), nor with a check offered in the reply (我帮您核实一下). */
int tone_infallible(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"错问");
    static const char *const side[] = { "我们", "系统", "后台", "记录", "我这边", "这边", "咱们", "电脑", "机器", "平台",
                                        NULL };
    static const char *const never[] = { "可不会错", "不可能错", "不可能有错", "不可能出错", "不会出错", "不会有错",
                                         "可没错", "绝对没错", "绝对不会错", "从来不会错", "从来没错", "从没错", "从没出过错",
                                         "从来没出过错", "从来没出过问题", "从没出过问题", "从来没有出过错", "哪会错",
                                         "怎么可能错", "怎么会错", NULL };
    /* the agent's own check (请您再核对一下 asks the caller's) */
    static const char *const check[] = { "帮您核", "帮您查", "帮您看", "帮您确认", "给您核", "为您核", "给您查", "我再查",
                                         "我查", "我核", "我来查", "我再核", "我再帮您", "我这边查", "反馈", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *x = tone_earliest(s, never, &len);
    if (!x) x = never_err(s, &len);
    if (!x) return 0;
    if (!tone_holds_before(s, x, side) || tone_holds_before(s, x, (list){ "偶尔", "一般", "也", "您", "你", NULL })) return 0;
    /* 您放心，扣费系统不会出错的: a reassurance, no claim of the caller's against it */
    char all[1024];
    const char *whole = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    if (tone_holds(whole, check) || tone_holds(whole, (list){ "放心", "请放心", "保证", NULL })) return 0;
    size_t k = tone_word_of(sc, a, b, s, x);
    return tone_hit(sc, "blame", "指责客户（我们不会错）", a, tone_word_of(sc, a, b, s, x + len - 1), k);
}

/* ---- teach_retort ---- */

/* 你是在教我做事吗？ / 用不着您教我怎么干活 / 轮得到你来教我？: the caller asked whether they are teaching the
 * agent, a retort at their advice (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三)6). 您/你 before 教我, and either a
 * question with nothing asked for (麻烦您教我一下 asks) or a refusal of it before (用不着, 轮得到, 轮不到, 不用).
 * 谢谢您教我这个方法 thanks them. */
int tone_teach_retort(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"教");
    static const char *const refuse[] = { "用不着", "轮得到", "轮不到", "用得着", "不用", "不需要", "犯不着", "还要", NULL };
    static const char *const asked[] = { "麻烦", "请", "能不能", "可以", "能否", "帮忙", "谢谢", "感谢", "能教我", "教我1下",
                                         "教教我", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    const char *t = strstr(s, "教我");
    if (!t) return 0;
    if (!tone_holds_before(s, t, (list){ "您", "你", NULL }) || tone_holds(s, asked)) return 0;
    if (!tone_holds_before(s, t, refuse) && !(question || tone_holds(t, (list){ "啊", "呀", "呢", "吗", NULL }))) return 0;
    if (tone_in_reply(sc, (list){ "谢谢", "感谢", "多谢", NULL })) return 0;
    size_t k = tone_word_of(sc, a, b, s, t);
    return tone_hit(sc, "rhetorical", "反问客户（您在教我做事？）", a, k, k);
}

/* ---- caller_tiresome ---- */

/* tone_caller_tiresome read over its words joined whole (s). */
static int caller_tiresome_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const pad[] = { "真的", "是真的", "真", "实在", "也", NULL };
    static const char *const degree[] = { "很", "好", "超", "有够", "蛮", "太", "真", "特别", "非常", NULL };
    static const char *const tiresome[] = { "烦", "吵", "啰嗦", "罗嗦", "啰唆", "难搞", "难缠", "烦人", NULL };
    static const char *const guess[] = { "一定", "肯定", "是不是", "会不会", "觉得", "不用", "别", "让", "害", "使", "吧",
                                         "令", NULL };
    if (tone_holds(s, guess) || tone_holds(s, (list){ "烦琐", "烦恼", "麻烦", NULL })) return 0;
    for (const char *p = s; *p;) {
        size_t you = starts_with(p, (list){ "你", "您", NULL });
        if (!you) {
            p++;
            continue;
        }
        const char *q = p + you;
        q += starts_with(q, pad);
        size_t n = starts_with(q, degree);
        if (n && starts_with(q + n, tiresome)) {
            size_t first = tone_word_of(sc, a, b, s, p);
            size_t last = tone_word_of(sc, a, b, s, q + n + 2);
            return tone_hit(sc, "impatient", "不耐烦（你很烦）", first, last, last);
        }
        p = q;
    }
    return 0;
}

/* 你很烦捏 / 齁，你真的很吵耶 / 你好啰嗦喔: the caller called tiresome to their face, Taiwan usage (欸, 捏, 耶) or
 * not (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三)6). 你/您, a degree (很, 好, 真, 超, 有够), a word of being
 * tiresome, said as a statement; not a guess at the caller's own feeling (您一定很烦吧, 您是不是很烦这种电话),
 * not 让您很烦 (what we did to them), not 您不用觉得烦. */
int tone_caller_tiresome(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"你您");
    ANCHORS(sc, a, b, U"烦吵啰罗难");
    if (question) return 0;
    return tone_read_joined(sc, a, b, caller_tiresome_text);
}

/* ---- innocent readings the tone model misses (tone_rules.h) ---- */

/* The whole reply joined into buf; 0 when it does not fit (a reply that long says more than a tip or thanks). */
static int reply_spelled(const cs_words *w, char *buf, size_t cap)
{
    return w && w->n && cs_words_spell(w, 0, (size_t)-1, buf, cap);
}

/* Does the reply fault the caller anywhere (错, 怎么, 自己, 注意, 又, 早说 …)? Then it is no plain tip or thanks. */
static int reproach_in(const char *s)
{
    static const char *const reproach[] = { "错了", "弄错", "搞错", "填错", "输错", "看错", "记错", "选错", "写错", "怎么", "自己", "注意",
                                            "又", "早说", "早点说", "怪", "都不", "还不", "没看", "没听", "您应该", "你应该", "必须", "别再",
                                            "不要再", "省得", "免得", "都不会", "还不会", "不会用", "吗", NULL };
    return tone_holds(s, reproach);
}

/* The word of w where byte off of the words joined (cs_words_spell) falls. */
static size_t word_at_byte(const cs_words *w, size_t off)
{
    size_t k = 0;
    for (size_t i = 0; i < w->n; i++) {
        k += strlen(w->v[i].w);
        if (off < k) return i;
    }
    return w->n ? w->n - 1 : 0;
}

int cs_words_service_tip_span(const cs_words *w, size_t *first, size_t *last)
{
    /* 可以 / 建议您 / 记得 before a feature of the service (App, 小程序, 提醒, 预约 …) and a gain after it
     * (就不会错过, 更方便, 第一时间就能收到): advice on using the service, 贵阳 §二(二) in spirit */
    static const char *const may[] = { "可以", "建议您", "建议", "记得", "不妨", NULL };
    static const char *const feature[] = { "app", "App", "APP", "小程序", "公众号", "提醒", "推送", "预约", "订阅", "绑定",
                                           "开通", "开启", "设置", "备注", "领", "会员", NULL };
    static const char *const gain[] = { "就不会", "就能", "就不用", "更方便", "就好", "能省", "第1时间", "方便", "就可以",
                                        "不用等", NULL };
    /* taboo31: the gain is the caller's; one for our side (就不用来烦我们了) or the caller's calls spared to us
     * ends the tip at the gain word, so the model still reads the jab after it */
    static const char *const ours[] = { "我们", "我", "咱", "烦", "打扰", "折腾", "吵", NULL };
    char s[1024];
    if (!reply_spelled(w, s, sizeof s) || reproach_in(s)) return 0;
    size_t len = 0;
    const char *m = tone_earliest(s, may, &len);
    if (!m) return 0;
    const char *f = tone_earliest(m + len, feature, &len);
    const char *g = f ? tone_earliest(f + len, gain, &len) : NULL;
    if (!g) return 0;
    size_t gw = word_at_byte(w, (size_t)(g - s) + len - 1), end = gw;
    while (end + 1 < w->n && w->v[end + 1].clause == w->v[gw].clause) end++;
    char rest[512];
    if (end > gw && cs_words_spell(w, gw + 1, w->v[gw].clause, rest, sizeof rest) && tone_holds(rest, ours)) end = gw;
    /* from the start of the tip's clause: 下次您 left before 可以 reads as the lecture the model learnt */
    size_t first_w = word_at_byte(w, (size_t)(m - s));
    while (first_w > 0 && w->v[first_w - 1].clause == w->v[first_w].clause) first_w--;
    *first = first_w;
    *last = end;
    return 1;
}

int cs_words_service_tip(const cs_words *w)
{
    size_t first, last;
    return cs_words_service_tip_span(w, &first, &last);
}

int cs_words_slang_thanks(const cs_words *w)
{
    /* thanks (谢谢, 感谢) for the caller's praise or support (好评, 夸奖, 鼓励) said with a praise meme (绝绝子,
     * yyds, 太暖了): sincere thanks in the desk's own register (贵阳 §二(二) 2.1 礼貌用语 in spirit) */
    static const char *const thanks[] = { "谢谢", "感谢", "多谢", "谢啦", NULL };
    static const char *const praise[] = { "好评", "夸奖", "鼓励", "支持", "认可", "表扬", "点赞", "肯定", NULL };
    static const char *const meme[] = { "绝绝子", "yyds", "YYDS", "太暖", "暖心", "绝了", "太棒", "爱了", NULL };
    char s[1024];
    if (!reply_spelled(w, s, sizeof s) || reproach_in(s)) return 0;
    return tone_holds(s, thanks) && tone_holds(s, praise) && tone_holds(s, meme);
}

/* ---- a smile after a refusal (tone_emoji.h) ---- */

/* Where the sentence ending at p begins: just past the last full stop before it (。！？, or their ASCII). */
static const char *segment_start(const char *text, const char *p)
{
    static const char *const stop[] = { "。", "！", "？", ".", "!", "?", NULL };
    const char *best = text;
    for (const char *const *s = stop; *s; s++) {
        size_t n = strlen(*s);
        for (const char *q = text; (q = strstr(q, *s)) && q < p; q += n)
            if (q + n > best && q + n <= p) best = q + n;
    }
    return best;
}

size_t cs_tone_smile_refusal(const char *text, const char **at)
{
    /* faces of the desks' warm register: innocent after thanks or help (不客气哒^_^), a smirk after a refusal */
    static const char *const face[] = { "^_^", "^^", "^o^", "^-^", "(^_^)", "😊", "🙂", "😄", "😁", "🤭", "😃", NULL };
    /* both scripts: the raw reply is not converted */
    static const char *const refuse[] = { "无法", "無法", "不能", "办不了", "辦不了", "没办法", "沒辦法", "没法", "沒法",
                                          "不予", "不受理", "拒绝", "拒絕", "恕难", "恕難", "爱莫能助", "愛莫能助", "做不到",
                                          "退不了", "不支持", "不提供", "不可以", NULL };
    /* 帮您 only with the agent or the errand (没办法帮您退款 refuses it) */
    static const char *const help[] = { "我帮您", "我幫您", "帮您登记", "幫您登記", "帮您记录", "幫您記錄", "帮您转",
                                        "幫您轉", "帮您查", "幫您查", "为您登记", "為您登記", "建议", "建議", "可以通过", "可以通過",
                                        "可以到", "可以在", "转接", "轉接", "联系", "聯繫", "聯絡", "已经帮您", "已經幫您",
                                        "已帮您", "已幫您", "不过", "不過", "但", NULL };
    /* an apology said with it makes the face a sorry smile (抱歉，会员价不能叠加^_^) */
    static const char *const sorry[] = { "抱歉", "对不起", "對不起", "不好意思", "歉意", "见谅", "見諒", NULL };
    if (!text || tone_holds(text, sorry)) return 0;
    for (const char *p = text; *p; p++) {
        size_t n = starts_with(p, face);
        if (!n) continue;
        const char *from = segment_start(text, p);
        char seg[512];
        size_t len = (size_t)(p - from);
        if (len >= sizeof seg) continue;
        memcpy(seg, from, len);
        seg[len] = 0;
        /* 不能提现哦^_^: a refusal softened by its particle and smiled at is the desks' polite register; the face
         * on a flat refusal (退不了^_^) smirks */
        size_t sl = strlen(seg);
        static const char *const soft[] = { "哦", "喔", "呢", "哈", "呀", "啦", "噢", "唷", "哟", "~", "～", NULL };
        int softened = 0;
        for (const char *const *k = soft; *k; k++) {
            size_t kl = strlen(*k);
            if (sl >= kl && strcmp(seg + sl - kl, *k) == 0) softened = 1;
        }
        if (!softened && tone_holds(seg, refuse) && !tone_holds(seg, help) && !tone_holds(p + n, help)) {
            *at = p;
            return n;
        }
        p += n - 1;
    }
    return 0;
}
