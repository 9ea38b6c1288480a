/* The agent's comeback: the company defended against the caller's complaint by a retort at the caller,
 * as the logistics, repair and 4S desks of the retired set seen16 typed it (helper fixtb16; own rows,
 * innocent twins first, tests/data/tone_more/fixtb16.tsv):
 *
 *   evidence_demanded  the caller's complaint answered with "prove it" (你有证据吗？ / 证据呢？)
 *   our_fault_then     the complaint mocked as "so it is all our fault" (那全都是我们的错喽？)
 *   expertise_retort   our years of work cited, then the caller's claim asked back (干了十几年了，会装错？)
 *   take_it_or_leave   an ultimatum whose other choice is to go without (要么明天要么别修 / 嫌贵别买)
 *   coincidence_mocked the caller's repeated misfortune called a coincidence (真巧，每次都是您的件坏)
 *   overthinking       the caller's worry waved off as thinking too much (想太多了)
 *   still_want         the caller's lapse thrown against what they still want (发票都丢了还想退？)
 *   grudging_twice     a concession doubled in reluctance (好吧好吧 / 行吧行吧)
 *   hear_demand        an order to listen properly tagged with 好不好 (听清楚好不好)
 *   senses_condition   help made conditional on the caller's senses working (眼睛没问题就自己看)
 *   others_fine        the caller's habit faulted because others have no trouble (别人都没事，是您的习惯问题)
 *
 * Each is 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020
 * §二(三)6 注意通话语气和态度); none insults by a demeaning word, so none fails the call. Each rule reads its
 * clause's words joined (the normal form: 一 is 1), so a stem matches whatever the lexicon's cut. */
#include "tone_scan.h"
#include "words.h"

#include <stdio.h>
#include <string.h>

/* Do the first n bytes of s end with stem? */
static int ends_at(const char *s, size_t n, const char *stem)
{
    size_t m = strlen(stem);
    return n >= m && memcmp(s + n - m, stem, m) == 0;
}

/* Does s end with stem, a closing particle or two allowed after it? (Each particle is one
 * three-byte character: the end is peeled a character at a time.) */
static int ends_with(const char *s, const char *stem)
{
    static const char *const tails[] = { "啊", "吧", "呢", "嘛", "的", "哦", "了", "啦", "哈", "呀", "喽", "咯", NULL };
    size_t n = strlen(s);
    for (int peeled = 0; peeled <= 2; peeled++) {
        if (ends_at(s, n, stem)) return 1;
        if (n < 3 || !tone_after_any(s + n - 3, tails)) return 0;
        n -= 3;
    }
    return 0;
}

/* Where stem first stands in s, or NULL (tone_earliest of one stem). */
static const char *first_of(const char *s, const char *stem)
{
    size_t len;
    return tone_earliest(s, (list){ stem, NULL }, &len);
}

/* Does the reply offer the caller a way on (an apology, a next step, our help)? A retort followed by
 * one is a clumsy answer the rule leaves alone. */
static int offers_way(scan *sc)
{
    return tone_in_reply(sc, APOLOGY) || tone_in_reply(sc, ALTERNATIVE) || cs_words_help_after(sc->w, 0);
}

/* An apology or our help offered (帮您, 转接, 联系 …: cs_words_help_after) — narrower than offers_way, for the
 * rules whose own words (申请被拒, 提前预约) are ALTERNATIVE's. */
static int helps(scan *sc)
{
    return tone_in_reply(sc, APOLOGY) || cs_words_help_after(sc->w, 0);
}

/* 你有证据吗？ / 证据呢？ / 您有什么证据说是我们弄的？: the caller's complaint answered by demanding proof, a
 * rhetorical retort (§二(三)6). Not a request for the papers a claim needs (请您提供一下照片凭证, 您手上有视频
 * 证据吗？方便的话发给我，我帮您申请): courtesy, a condition or a way on in the reply leaves it alone. */
int tone_evidence_demanded(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"证");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    const char *p = first_of(s, "证据");
    if (!p) return 0;
    /* 拿出证据来再说 / 先拿证据: proof ordered, not asked */
    int bare = ends_with(s, "证据呢") || tone_holds(s, (list){ "拿出证据", "拿证据", "拿出点证据", "把证据拿出来", NULL });
    if (!question && !bare) return 0;
    if (!bare && !tone_holds(s, (list){ "有证据", "有什么证据", "有啥证据", "证据在哪", NULL })) return 0;
    if (tone_holds(s, PLEASE) || tone_holds(s, CONDITION) || tone_courteous(sc, a, b) || offers_way(sc)) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "rhetorical", "反问客户（要证据）", a, at, at);
}

/* 那全都是我们的错喽？ / 照您这么说，都怪我们咯: the complaint mocked by granting it in full with a sneer — all
 * (全 / 都) ours, closed with 喽 / 咯 / 啰 or asked back after "by what you say" (sarcasm, §二(三)6). Owning a
 * fault plainly (这次确实是我们的错，非常抱歉) is 2.1's apology: no sneer, and an apology leaves it alone. */
int tone_our_fault_then(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"错怪责题对不");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const ours[] = { "我们的错", "我们的责任", "我们的不是", "我们的问题", "我们不对", "我的错", "怪我们",
                                        "怪我", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, ours, &len);
    if (!p || tone_in_reply(sc, APOLOGY)) return 0;
    /* all of it: 全 / 都 in the few characters before (都是我们的错, 全怪我们, 全都是我们的不是) */
    size_t back = (size_t)(p - s) < 9 ? (size_t)(p - s) : 9;
    char lead[16];
    memcpy(lead, p - back, back);
    lead[back] = '\0';
    if (!tone_holds(lead, (list){ "都", "全", NULL })) return 0;
    const char *rest = p + len;
    static const char *const sneer[] = { "喽", "咯", "啰", "呗", "了呗", "了吧", "喽吧", NULL };
    int sneered = tone_after_any(rest, sneer) != NULL;
    /* 按你这么说 / 照您的说法 / 这么说的话, in this clause or the one before, and asked back */
    char pre[512];
    size_t ca = a;
    tone_clause_before(sc, a, &ca);
    const char *before = tone_joined(sc, ca, b, pre, sizeof pre);
    static const char *const as_you_say[] = { "按你这么说", "按您这么说", "照你这么说", "照您这么说", "照你的说法", "照您的说法",
                                              "按你的说法", "按您的说法", "这么说的话", "照这么说", "按这么说", "你的意思是",
                                              "您的意思是", NULL };
    int retorted = tone_holds(before, as_you_say) && (question || sneered);
    if (!sneered && !retorted) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "sarcasm", "讽刺客户（都是我们的错喽）", at, b - 1, at);
}

/* 我们师傅装了十几年了，会装错？ / 干了二十年，怎么可能修错？: our years of work cited, then the caller's claim
 * asked back (rhetorical, §二(三)6). The years as reassurance (经验很丰富，请您放心) ask nothing; a real
 * check (会不会是配件的问题？我帮您查) names no error of ours; a way on in the reply leaves it alone. */
int tone_expertise_retort(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"错反");
    if (!question || a == 0) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const asked[] = { "会", "能", "怎么会", "怎么可能", "哪会", "哪能", "还会", "还能", "难道会", NULL };
    const char *rest = tone_after_any(s, asked);
    if (!rest || tone_holds(rest, (list){ "不", NULL }) || !tone_holds(rest, (list){ "错", "反", NULL })) return 0;
    char pre[512];
    const char *before = tone_joined(sc, 0, a, pre, sizeof pre);
    static const char *const years[] = { "十几年", "几十年", "二十年", "20年", "30年", "十年", "10年", "这么多年", "多年", "好多年",
                                         "好几年", "几年了", "十多年", "老师傅", "老手", "专业的", "经验丰富", NULL };
    if (!tone_holds(before, years) || tone_holds(before, (list){ "你", "您", NULL }) || offers_way(sc)) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（干了多年会错？）", a, b - 1, a);
}

/* tone_take_it_or_leave read over its words joined whole (s). */
static int take_it_or_leave_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const forgo[] = { "别", "不要", "甭", "就别", "就不要", "那就别", NULL };
    const char *p = NULL;
    const char *first = first_of(s, "要么");
    const char *second = first ? first_of(first + strlen("要么"), "要么") : NULL;
    if (second && tone_after_any(second + strlen("要么"), forgo)) p = first;
    /* 要么等下个月，要么别换了: the two choices in clauses of their own */
    size_t ca = a;
    if (!p && first == s && tone_after_any(s + strlen("要么"), forgo) && tone_clause_before(sc, a, &ca) &&
        tone_spells(sc, ca, a, "要么") < a)
        p = s;
    const char *mind = first_of(s, "嫌");
    if (!p && mind && !tone_holds(s, (list){ "别嫌", "不嫌", NULL })) {
        /* 嫌 and what the caller minds (one or two characters), then the prohibition */
        for (size_t skip = 3; skip <= 9 && !p; skip += 3) {
            const char *after = mind + 3 + skip;
            if (after > s + strlen(s)) break;
            if (tone_after_any(after, forgo)) p = mind;
        }
    }
    /* (as words: 申请 holds a 请 that asks nothing) */
    if (!p || find(sc, a, b, (list){ "可以", "也可以", "建议", "建议您", "请", "请您", NULL }) < b) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "dismissive", "打发客户（不要就别…）", at, b - 1, at);
}

/* 要么等明天，要么别修了 / 嫌少别申请 / 嫌贵就别买: an ultimatum whose other choice is to go without, the caller
 * told to take it or leave it (打发客户, §二(三)6). Two real choices (要么换货要么退款，您选哪个都可以) forbid
 * nothing; a suggestion (嫌贵的话可以选普通件) offers a way on. */
int tone_take_it_or_leave(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"要嫌");
    return tone_read_joined(sc, a, b, take_it_or_leave_text);
}

/* 那真是太巧了，回回都是您的件坏 / 可真巧，每次都是你的单出问题: the caller's repeated misfortune called a
 * coincidence, a sneer that they make it up (sarcasm, §二(三)6). A real coincidence (真巧，我也是广州人;
 * 太巧了，每次您打来都是我接的) names no misfortune of the caller's. */
int tone_coincidence_mocked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"巧");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    if (!tone_holds(s, (list){ "太巧", "真巧", "这么巧", "好巧", "那么巧", "可巧", NULL })) return 0;
    size_t end = tone_next_clause_end(sc, b);
    char all[512];
    const char *r = tone_joined(sc, a, end, all, sizeof all);
    static const char *const every[] = { "每次都是你", "每次都是您", "回回都是你", "回回都是您", "次次都是你", "次次都是您",
                                         "每回都是你", "每回都是您", "总是你", "总是您", "老是你", "老是您", "偏偏是你", "偏偏是您",
                                         "又是你", "又是您", NULL };
    static const char *const misfortune[] = { "丢", "坏", "问题", "错", "破", "漏", "延误", "晚", "没收到", "投诉", "退", "少", NULL };
    size_t len = 0;
    const char *p = tone_earliest(r, every, &len);
    if (!p || !tone_holds(p + len, misfortune)) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（真巧，每次都是您）", a, end - 1, a);
}

/* tone_overthinking read over its words joined whole (s). */
static int overthinking_text(scan *sc, size_t a, size_t b, const char *s)
{
    size_t len = 0;
    const char *p = tone_earliest(s, (list){ "想多", "想太多", NULL }, &len);
    if (!p || (!ends_with(s, "想多了") && !ends_with(s, "想太多了") && !ends_with(s, "想太多"))) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    if (find(sc, a, at, &PROHIB) < at || find(sc, a, at, &NO_NEED) < at || find(sc, a, at + 1, &FIRST) < at + 1) return 0;
    for (size_t k = a; k <= at; k++)
        if (tone_names_us(sc, k)) return 0;
    if (tone_holds(s, (list){ "不", "没", "别", "可能", "也许", NULL })) return 0;
    return tone_hit(sc, "dismissive", "打发客户（想多了）", at, b - 1, at);
}

/* 想多了 / 想太多了吧: the caller's worry waved off as thinking too much, closing a clause with no one
 * named (打发客户, §二(三)6). Comfort (您别想多了，不会重复扣费) forbids the worry; the agent's own (是我想多了)
 * names us. 你想多了 is the taboo list's. */
int tone_overthinking(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"想");
    return tone_read_joined(sc, a, b, overthinking_text);
}

/* 发票都丢了还想退货？ / 孩子都上初中了，家长还管这么细？: the caller's own lapse or state (都…了) thrown against
 * what they still want or do, asked back (sarcasm, §二(三)6). A real question (您都等了两天了，还没收到吗？)
 * asks what did not happen (还没); an offer in the reply (还想再等等吗？也可以直接退款) leaves it alone. */
int tone_still_want(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"还");
    if (!question) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const still[] = { "还想", "还要求", "还管这么", "还管那么", "还指望", "还好意思", "还挑", "还嫌", "还要我们",
                                         "还让我们", "还来找我们", "还来投诉", "还来问", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, still, &len);
    if (!p) return 0;
    /* the lapse: 都 … 了 before it, in this clause or the one before */
    char pre[512];
    size_t ca = a;
    tone_clause_before(sc, a, &ca);
    const char *before = tone_joined(sc, ca, a, pre, sizeof pre);
    size_t head = (size_t)(p - s);
    char lapse[512];
    snprintf(lapse, sizeof lapse, "%s%.*s", before, (int)head, s);
    const char *all = first_of(lapse, "都");
    if (!all || !tone_holds(all, (list){ "了", "没", "不", NULL }) || offers_way(sc)) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "sarcasm", "讽刺客户（都…了还想…）", a, at, at);
}

/* 好吧好吧，那我再查一次 / 行吧行吧: a concession said twice over, giving in with a sigh (不耐烦, §二(三)6). A
 * plain 好的好的 or 好的，我马上查 is no sigh. */
int tone_grudging_twice(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"吧得了知晓明懂听");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const twice[] = { "好吧好吧", "行吧行吧", "得吧得吧", "成吧成吧", "得得得", "得了得了", "行了行了",
                                         "知道了知道了", NULL };
    if (tone_after_any(s, twice)) return tone_hit(sc, "impatient", "不耐烦（好吧好吧）", a, b - 1, a);
    /* (taboo32) 晓得了晓得了 / 知道啦知道啦 / 听到了听到了 / 懂懂懂: a knowing acknowledgement said twice over opening the
     * clause, in any region's verb and closing particle — the caller cut off (§二(三)6). 好的好的 / 收到收到 / 是的是的
     * agree; only a verb of knowing or hearing is doubled in impatience. */
    static const char *const know[] = { "知道", "晓得", "明白", "懂", "听到", "听见", "了解", NULL };
    static const char *const tail[] = { "了", "啦", "咯", "喽", "嘞", "啰", "", NULL };
    for (const char *const *k = know; *k; k++)
        for (const char *const *t = tail; *t; t++) {
            char one[32];
            size_t kl = strlen(*k), tl = strlen(*t);
            memcpy(one, *k, kl);
            memcpy(one + kl, *t, tl);
            one[kl + tl] = 0;
            if (strncmp(s, one, kl + tl) != 0 || strncmp(s + kl + tl, one, kl + tl) != 0) continue;
            /* 晓得了晓得了，您的水杯我们帮您找到了: eager good news, our help after it, no cutting off */
            char rest[512];
            const char *r = tone_joined(sc, b, sc->w->n, rest, sizeof rest);
            if (cs_words_help_after(sc->w, b - 1) || tone_holds(r, (list){ "帮您", "帮你", "为您", "给您", "我们已经", "我已经", NULL }))
                return 0;
            return tone_hit(sc, "impatient", "不耐烦（好吧好吧）", a, b - 1, a);
        }
    return 0;
}

/* tone_hear_demand read over its words joined whole (s). */
static int hear_demand_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const look[] = { "听清楚", "听好", "听仔细", "看清楚", "看仔细", "听明白", "看明白", "认真听", "认真看",
                                        "仔细听", "仔细看", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, look, &len);
    if (!p || tone_holds(s, PLEASE) || tone_holds(s, (list){ "麻烦", "我", "了吗", "没有", NULL })) return 0;
    static const char *const demand[] = { "好不好", "行不行", "成不成", "可不可以", "行不", "好吗", NULL };
    const char *tag = p + len;
    while (*tag && !tone_after_any(tag, demand)) tag++;
    if (!*tag) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    /* the key is the tag: 您听清楚 is also agent_quiet's part (您能听清楚吗), whose protection would clear the
     * order with 您 (open21: the 你 form was caught, the 您 form not) */
    size_t key = tone_word_of(sc, a, b, s, tag);
    return tone_hit(sc, "impatient", "不耐烦（听清楚好不好）", at, b - 1, key);
}

/* 拜托你听清楚好不好 / 你看清楚行不行: an order to listen or look properly tagged with 好不好 / 行不行, the
 * caller's attention demanded (不耐烦, §二(三)6). A check (您听清楚了吗？) orders nothing; a request with
 * 请 / 麻烦 is courtesy. */
int tone_hear_demand(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"好行成可");
    return tone_read_joined(sc, a, b, hear_demand_text);
}

/* 你要是眼睛没问题就看看单子上的电话 / 耳朵好使的话就听清楚: an order made conditional on the caller's senses or
 * mind working, doubting them (condescension, §二(三)6; no demeaning word, so no insult). Help offered on the
 * opposite condition (您眼睛不方便的话，我把短信念给您听) is care (tests/data/eval/README.md). */
int tone_senses_condition(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"眼耳脑商理筋瓜壳");
    size_t organ = find(sc, a, b, &BODY);
    /* the condition before the organ (要是眼睛没问题) or after what it says (脑子清醒的话) */
    if (organ == NONE || find(sc, a, b, CONDITION) >= b) return 0;
    char buf[512];
    const char *s = tone_joined(sc, organ, tone_next_clause_end(sc, b), buf, sizeof buf);
    static const char *const working[] = { "没问题", "没毛病", "好使", "正常", "没坏", "还行", "够用", "没事", "清醒", "好的话",
                                           "灵光", "好用", "管用", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, working, &len);
    /* (眼睛不好的话 / 看不清: the senses failing, where help is care) */
    if (!p || (p - s >= 3 && tone_after_any(p - 3, (list){ "不", "没", NULL }))) return 0;
    /* then the order: 就 / 就该 / 应该 */
    if (!tone_holds(p + len, (list){ "就", "应该", "该", NULL }) || tone_in_reply(sc, APOLOGY)) return 0;
    /* (no test of help after: the order itself, 记下来, reads as an offer to cs_words_help_after) */
    /* fix15u: the caller's MIND doubted with the caller named (您脑子清醒的话就该…, 你智商正常的话就…) is the attack
     * on their mind that fails the call (贵阳 §二(二) 2.1, §二(四) 4.2; review15); the eyes and ears doubted, or
     * a bare 脑子没毛病的话 (fixtb16's rows), stay condescension */
    if (in(sc, organ, (list){ "脑子", "脑袋", "智商", "脑", "脑筋", "脑瓜", "脑瓜子", "脑壳", "头脑", "情商", "理解能力",
                              "理解力", NULL }) &&
        find(sc, a, organ, &SECOND) < organ)
        return tone_hit(sc, "belittle", "贬低客户（脑子正常的话就…）", organ, b - 1, organ);
    return tone_hit(sc, "sarcasm", "贬低客户（眼睛没问题就…）", organ, b - 1, organ);
}

/* 别人的车都没事，是您开车的习惯有问题 / 其他用户都能收到，您的操作方法不对吧: the caller's fault argued from others
 * having no trouble (怪罪客户, 国家职业技能标准 3.1). Others named to comfort (别担心，别人也遇到过) say no
 * 都没事; a check that offers help (其他用户都正常，我帮您远程看看) leaves it alone; the caller's operation
 * cleared (您的操作没有问题) is no fault. */
int tone_others_fine(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"别其人大");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const others[] = { "别人", "其他人", "人家", "其他用户", "其他客户", "别的客户", "别的用户", "大家", NULL };
    static const char *const fine[] = { "都没事", "都没问题", "都好好的", "都正常", "都能", "都会", "都可以", "都没有问题",
                                        "都没出问题", "都没投诉", NULL };
    size_t len = 0;
    const char *who = tone_earliest(s, others, &len);
    if (!who || !tone_holds(who, fine) || offers_way(sc)) return 0;
    /* the caller's part faulted in the reply: their habit, operation or way of use, or a slip of theirs */
    char all[512];
    const char *r = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    static const char *const way[] = { "习惯", "操作", "方法", "用法", "方式", "姿势", "开法", "使用", NULL };
    static const char *const faulted[] = { "有问题", "不对", "不当", "不规范", "有毛病", "不正确", NULL };
    static const char *const slip[] = { "填错", "写错", "输错", "弄错", "搞错", "按错", "操作错", "用错", "装错", NULL };
    int habit = tone_holds(r, way) && tone_holds(r, faulted);
    if ((!habit && !tone_holds(r, slip)) || !tone_holds(r, (list){ "你", "您", NULL })) return 0;
    if (tone_holds(r, (list){ "操作没", "习惯没", "方法没", "用法没", "方式没", "使用没", "不是您的问题", "不是你的问题", "没填错",
                              "没写错", "没弄错", "没搞错", "不是您弄错", "不是你弄错", NULL }))
        return 0;
    size_t at = tone_word_of(sc, a, b, s, who);
    return tone_hit(sc, "blame", "怪罪客户（别人都没事）", at, b - 1, at);
}

/* 地址是你填的，我们只是按地址送 / 型号是您选的，我们只管发货: the caller's own act named (是你V的) and our part
 * shrunk to carrying it out, the fault laid on the caller (怪罪客户, 国家职业技能标准 3.1). A check (地址是您填的
 * 对吧？我帮您核对一下) or a way on (我们现在可以帮您改) leaves it alone. */
int tone_act_thrown_back(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"是");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const by_you[] = { "是你", "是您", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, by_you, &len);
    if (!p || tone_holds(p, (list){ "不", "吗", NULL })) return 0;
    /* closing 的, or 的 and a tag pressing for agreement (…是你填的，OK？ / 对吧？), not a real question */
    const char *de = first_of(p, "的");
    static const char *const tags[] = { "OK", "ok", "Ok", "okay", "对吧", "是吧", "懂吧", "好吧", "知道吧", NULL };
    const char *tag = de ? tone_after_any(de + strlen("的"), tags) : NULL;
    if (!ends_with(p, "的") && !tag) return 0;
    if (question && !tag) return 0;
    static const char *const acts[] = { "填", "写", "选", "下的单", "下单", "签", "点", "买", "订", "装", "弄", "拆", "改", "输", "留", "报",
                                        NULL };
    if (!tone_holds(p + len, acts)) return 0;
    char all[512];
    const char *r = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    static const char *const only_ours[] = { "我们只是", "我们只管", "我们只负责", "我们只按", "我们就是按", "我们只能按", "我们照着",
                                             "我们只是照", NULL };
    if (!tone_holds(r, only_ours) || tone_in_reply(sc, APOLOGY) || tone_in_reply(sc, ALTERNATIVE)) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "blame", "怪罪客户（是你…的）", at, b - 1, at);
}

/* 厂家说不行，就这样 / 申请被拒了，就这样了: a refusal closed with a bare 就这样, the caller shut out with no way
 * on (打发客户, §二(三)6; 2.18 refuses with a reason and a next step). 就这样，我帮您提交了 / 那就这样定了，明天
 * 师傅上门 agree and go on: 就这样 is not the reply's last clause there. */
int tone_curt_close(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"就");
    if (b != sc->w->n || a == 0) return 0;
    char buf[128];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const curt[] = { "就这样", "就这样了", "就这样子", "就这么着", "就这么着吧", "就这么定了", NULL };
    if (!cs_word_in(s, curt)) return 0;
    char all[512];
    const char *r = tone_joined(sc, 0, a, all, sizeof all);
    static const char *const refused[] = { "不行", "不可以", "不能", "没办法", "不同意", "不给", "拒", "no", "NO", "No", "不批",
                                           "不受理", "办不了", "说不", "不换", "不退", "不修", "不赔", "不管", "不处理", "不让", "不允许",
                                           NULL };
    if (!tone_holds(r, refused) || helps(sc)) return 0;
    return tone_hit(sc, "dismissive", "打发客户（就这样）", a, b - 1, a);
}

/* tone_norm_thrown read over its words joined whole (s). */
static int norm_thrown_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const everyone[] = { "1般人都", "正常人都", "大部分人都", "大多数人都", "谁都", "别人都", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, everyone, &len);
    if (!p) return 0;
    static const char *const diligent[] = { "会先", "知道要", "知道先", "会提前", "知道提前", "会自己", "懂得", "会看", "会检查",
                                            "会核对", "会留意", "会注意", NULL };
    /* the reply's last word on it: a tip goes on to the caller's own step (…，您签收前也看一眼就好) */
    if (b != sc->w->n || !tone_after_any(p + len, diligent) || tone_reassured(sc, a, b)) return 0;
    if (tone_in_reply(sc, (list){ "理解", "理解您", "没关系", "不要紧", "别担心", NULL }) || helps(sc)) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "sarcasm", "贬低客户（一般人都会…）", at, b - 1, at);
}

/* 正常人都会先检查包装再签收的 / 大部分人都知道要提前预约吧: what "everyone" does held up to the caller, who did
 * not (condescension, §二(三)6; no demeaning word, so no insult). What everyone feels (一般人都会觉得麻烦，我理解
 * 您) is empathy; a lapse excused after (不过您没看也没关系) is reassurance. */
int tone_norm_thrown(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"般常部多谁别");
    return tone_read_joined(sc, a, b, norm_thrown_text);
}

/* 师傅也是人，总要吃饭的嘛 / 司机也是人嘛，堵车了有什么办法: our staff's being human made the excuse that ends
 * the matter, the complaint brushed aside (打发客户, 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). Said with an apology or our
 * fault owned (师傅也是人，难免出错，这次是我们不对，非常抱歉) it excuses nothing. */
int tone_human_too(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"人");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    const char *p = first_of(s, "也是人");
    if (!p || p == s) return 0;
    if (tone_in_reply(sc, APOLOGY) || offers_way(sc)) return 0;
    char all[512];
    const char *r = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    /* fix15u: the caller told to drop it (您别揪着不放, 您就别较真了) brushes the complaint aside, the caller named or not */
    static const char *const drop[] = { "揪着不放", "抓着不放", "较真", "计较", "追究", "纠缠", "没完没了", NULL };
    if (tone_holds(r, (list){ "我们不对", "我们的错", "我们的问题", "疏忽", "处理", "您", NULL }) &&
        !tone_holds(r, (list){ "嘛", "吧", "有什么办法", NULL }) && !tone_holds(r, drop))
        return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "dismissive", "打发客户（也是人）", a, at, at);
}

/* tone_restart_sendoff read over its words joined whole (s). */
static int restart_sendoff_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const restart[] = { "重新开1个", "重新开个", "重新提1个", "重新提个", "再开1个", "再开个", "再提1个", "再提个",
                                           "重新建1个", "重新报1个", "重新申请1个", "重新下1单", "重新排队", "重新打过", "重新打1遍", "重新打1次", "重新拨1遍", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, restart, &len);
    if (!p || tone_holds(s, (list){ "可以", "请", "麻烦", "帮", NULL }) || helps(sc) || tone_in_reply(sc, ALTERNATIVE)) return 0;
    /* the caller's grievance as the condition (有问题 / 不满意 …): a retry of a dropped line (您再打1遍试试) is none */
    if (!tone_holds(s, (list){ "有问题", "不满意", "有意见", "不服", "要投诉", "想投诉", "不同意", NULL })) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "dismissive", "打发客户（重新开一个）", at, b - 1, at);
}

/* 有问题你重新开一个 / 不满意你再提一个单: the caller sent back to start over, the matter closed on them (打发客户,
 * 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). An offer to reopen it with help (如果还有问题，您可以重新提交，我也会帮您跟进) is the
 * way on 2.19 gives. */
int tone_restart_sendoff(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"重再");
    if (find(sc, a, b, &SECOND) >= b) return 0;
    return tone_read_joined(sc, a, b, restart_sendoff_text);
}

/* tone_motive_denied read over its words joined whole (s). */
static int motive_denied_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const deceit[] = { "骗", "坑", "害", "糊弄", "忽悠", "瞒", NULL };
    static const char *const gain[] = { "有什么好处", "有啥好处", "图什么", "图啥", "能得到什么", "有什么意思", NULL };
    if (!tone_holds(s, deceit) || !tone_holds(s, gain) || find(sc, a, b, &FIRST) >= b) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（骗您有什么好处）", a, b - 1, a);
}

/* 我们骗您有什么好处？ / 坑你对我们有什么好处: our good faith defended by asking what we would gain, the caller's
 * doubt thrown back (rhetorical, §二(三)6). A benefit explained to the caller (这个活动对您有什么好处？我给您介绍)
 * names no deceit of ours. */
int tone_motive_denied(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"骗坑害糊忽瞒");
    return tone_read_joined(sc, a, b, motive_denied_text);
}

/* 我们每天送几千件，就你的有问题？ / 偏偏您的收不到？: the caller singled out against the many who have no
 * trouble, their complaint doubted (rhetorical, §二(三)6). Said to help (只有您的件卡住了，我马上帮您单独查) it
 * locates the fault. */
int tone_only_you(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"就只偏");
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    static const char *const only[] = { "就你", "就您", "只有你", "只有您", "偏偏你", "偏偏您", "怎么就你", "怎么就您", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, only, &len);
    if (!p || offers_way(sc) || tone_in_reply(sc, APOLOGY)) return 0;
    static const char *const trouble[] = { "有问题", "出问题", "坏", "收不到", "不行", "丢", "事多", "意见大", "毛病多", "特殊", NULL };
    if (!tone_holds(p + len, trouble)) return 0;
    /* asked back, or set against the many (几千件 / 那么多客户 / 别人都) in the reply */
    char all[512];
    const char *r = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    static const char *const many[] = { "几千", "几万", "上万", "上千", "那么多", "这么多", "每天", "别人都", "其他人都", "大家都", NULL };
    if (!question && !tone_holds(r, many)) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "rhetorical", "反问客户（就你的有问题？）", at, b - 1, at);
}

/* tone_why_not_you read over its words joined whole (s). */
static int why_not_you_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const why_not[] = { "你怎么不", "您怎么不", "你咋不", "您咋不", "你怎么没", "您怎么没", "你为什么不", "您为什么不",
                                           "你干嘛不", "你为啥不", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, why_not, &len);
    if (!p) return 0;
    static const char *const duty[] = { "检查", "看", "问", "早说", "说", "核对", "确认", "验货", "拆开", "留意", "注意", "接",
                                        "提前", "早点", "仔细", "先", "查", "保存", "留", NULL };
    if (!tone_after_any(p + len, duty) || offers_way(sc)) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "rhetorical", "反问客户（你怎么不…）", at, b - 1, at);
}

/* 签收的时候你怎么不检查？ / 您怎么不早点看短信？: the caller's omission asked back as "why didn't you", blame as a
 * question (rhetorical, 国家职业技能标准 3.1). What the caller could not do (您怎么不能登录了？) asks about ability;
 * 请问 asks. */
int tone_why_not_you(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"怎咋");
    if (!question || find(sc, a, b, PLEASE) < b) return 0;
    return tone_read_joined(sc, a, b, why_not_you_text);
}

/* tone_petty_sum read over its words joined whole (s). */
static int petty_sum_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const sum[] = { "几块钱", "几毛钱", "这点钱", "这么点钱", "几十块", "几块", "1块钱", "两块钱", "这几块", NULL };
    static const char *const mind[] = { "也要计较", "都要计较", "也计较", "还计较", "也要较真", "都要投诉", "也要投诉", "也要追究", "都要追究", "也在乎", "还在乎", "也要争", "都要争", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, sum, &len);
    if (!p || !tone_holds(p, mind) || offers_way(sc)) return 0;
    size_t at = tone_word_of(sc, a, b, s, p);
    return tone_hit(sc, "sarcasm", "讽刺客户（几块钱也计较）", at, b - 1, at);
}

/* 几块钱的运费也要计较？ / 这么点钱都要投诉: the sum made small to mock the caller for minding it (sarcasm,
 * §二(三)6). What we owe them however small (几块钱的运费也要退给您) is care. */
int tone_petty_sum(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"钱块毛");
    return tone_read_joined(sc, a, b, petty_sum_text);
}
