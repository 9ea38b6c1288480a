/* Rules of helper fix32b, by class (review32 classes G and H; own rows with innocent twins in
 * tests/data/tone_more/fix32b.tsv, tests/cli/test_fix32b.sh):
 *  - a name for a person pinned on the caller as a tautology (骗子就是骗子, 老赖就是老赖): the name is the whole
 *    answer and nobody else is named in the reply (insult: 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2);
 *  - illiteracy said of the caller in an idiom (大字不识一个, 斗大的字不识一筐, 目不识丁): the README's education
 *    attack, unless it is said of someone else or said to reassure (insult: 国家职业技能标准 2.1.2 (1) 文明礼貌);
 *  - an ultimatum idiom standing as its own clause (过时不候) and the caller asked whether they did it on purpose
 *    (你说你是不是故意的) (禁忌语: 贵阳 §二(三)6 注意通话语气和态度; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语);
 *  - a soft ask (好不好 / 好吗) after the agent's apology in the same reply is a request, not a hurry (§二(二) 2.5
 *    未听清对方内容时: 非常抱歉，我没听清您的讲话，您再重复一遍，好吗; 2.2 asks 请您讲话大声点儿好吗 the same way). */
#include "tone_scan.h"
#include "tone_insult34.h"

#include <string.h>

/* Someone other than the caller named in the reply: the one a name or an idiom is said of then. */
static list OTHER = { "他", "她", "他们", "她们", "对方", "那人", "那个人", "这种人", "那种人", "这些人", "那些人", "卖家",
                      "商家", "中介", "骗您", "骗了您", "骗你", "孩子", "老人", "爷爷", "奶奶", "外公", "外婆", "父亲", "母亲",
                      "我爸", "我妈", "家属", "老人家", "老年人", "老乡们", "有的人", "很多人", "有些人", NULL };

/* Sympathy or help in the reply: the name is then said of whoever wronged the caller (骗子就是骗子，您放心，我们帮您
 *追回 / 老赖就是老赖，法院会强制执行的), not pinned on the caller. */
static list SIDED = { "放心", "帮您", "帮你", "为您", "给您", "报警", "追回", "被骗", "您说得对", "你说得对", "说得对", "别担心",
                      "不用担心", "法院", "强制执行", "起诉", "维权", "我们会", "我们一定", NULL };

/* Names for a person that demean: 骗子, 老赖, and the names of a dull or worthless mind. */

/* Does the whole reply, its words joined, hold one of stems (a stem the lexicon cuts, 那个人, 也能)? Read in place
 * (tone_words_hold): a copy into a fixed buffer saw only a long paste's start, not a third party or help after it. */
static int reply_holds(const scan *sc, list stems)
{
    return tone_words_hold(sc, 0, sc->w->n, stems);
}

/* Particles that may close a clause after the tautology or the idiom. */
static list TAILS = { "啊", "呀", "吧", "呢", "嘛", "哦", "啦", "呗", "咯", "的", "了", "。", NULL };

/* tone_name_tautology read over its words joined whole (s). */
static int name_tautology_text(scan *sc, size_t a, size_t b, const char *s)
{
    /* the names of scorn are the shared class's (cs_scorn_names, tone_insult34.c): 刺头就是刺头 as 骗子就是骗子 */
    for (const char *const *n = cs_scorn_names; *n; n++) {
        const char *r = tone_after_any(s, (list){ *n, NULL });
        if (!r || !(r = tone_after_any(r, (list){ "就是", "永远是", "始终是", NULL }))) continue;
        if (!(r = tone_after_any(r, (list){ *n, NULL })) || !tone_only_of(r, TAILS)) continue;
        if (reply_holds(sc, OTHER) || reply_holds(sc, SIDED)) return 0;
        return tone_hit(sc, "belittle", "辱骂客户（X就是X）", a, b - 1, a);
    }
    return 0;
}

/* 骗子就是骗子 / 老赖就是老赖: a name for a person said twice round 就是, the whole clause, with nobody else named in
 * the reply — the name is pinned on the caller (辱骂客户). Not 他就是个骗子 (a third party), not 过期就是过期 (no name:
 * tone_tautology's dismissal). */
int tone_name_tautology(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"就");
    return tone_read_joined(sc, a, b, name_tautology_text);
}

/* The idioms of not reading a word: 大字不识, 斗大的字不识, 目不识丁, 一字不识, 字都不识, 大字不认识. */
static list ILLITERATE = { "大字不识", "斗大的字不识", "斗大字不识", "目不识丁", "一字不识", "1字不识", "字都不识", "字也不识", "大字不认识",
                           "字都不认识", "字都认不全", "大字认不得", NULL };
/* Words that make the idiom a reassurance or an offer: 大字不识也能办, 我们帮您填. */
static list REASSURE = { "也能", "也可以", "也没关系", "没关系", "不要紧", "不用担心", "别担心", "帮您", "为您", "给您", "代办",
                         "代填", "念给", "读给", NULL };
/* The agent as the one who cannot read (我大字不识几个). */
static list SELF = { "我", "我们", "咱", "咱们", "俺", "本人", NULL };

/* tone_illiteracy_idiom read over its words joined whole (s). */
static int illiteracy_idiom_text(scan *sc, size_t a, size_t b, const char *s)
{
    size_t len;
    const char *p = tone_earliest(s, ILLITERATE, &len);
    if (!p || tone_holds_before(s, p, SELF) || reply_holds(sc, OTHER) || reply_holds(sc, REASSURE)) return 0;
    return tone_hit_span(sc, "belittle", "辱骂客户（说客户不识字）", a, b, s, p, p + len);
}

/* 大字不识一个，还学人打官司 / 斗大的字不识一筐，还来问法律: the caller's illiteracy thrown at them (辱骂客户: the
 * README's education). Not said of another (我奶奶大字不识一个), of the agent, or to reassure (大字不识也能办). */
int tone_illiteracy_idiom(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"字丁");
    return tone_read_joined(sc, a, b, illiteracy_idiom_text);
}

/* Ultimatum idioms: the caller who is late will not be waited for or served. */
static list ULTIMATUM = { "过时不候", "逾期不候", "过期不候", "过点不候", "过了点不候", "过时不办", "逾时不候", NULL };
/* A notice, sale or timetable the idiom is read from (活动过时不候, 海报上写着, 班车过时不候). */
static list NOTICE = { "活动", "优惠", "促销", "海报", "通知", "公告", "写着", "标着", "印着", "上面写", "班车", "车次", "航班",
                       "船", "车", "名额", "抢购", "秒杀", "折扣", "打折", "特价", NULL };

/* tone_ultimatum_idiom read over its words joined whole (s). */
static int ultimatum_idiom_text(scan *sc, size_t a, size_t b, const char *s)
{
    const char *r = tone_after_any(s, ULTIMATUM);
    if (!r || !tone_only_of(r, TAILS)) return 0;
    if (reply_holds(sc, NOTICE) || reply_holds(sc, (list){ "帮您", "为您", "给您留", "给您保留", "可以", NULL })) return 0;
    return tone_hit(sc, "impatient", "禁忌语（过时不候）", a, b - 1, a);
}

/* 九点前把材料送过来，过时不候: the ultimatum idiom as its own clause, thrown at the caller (禁忌语). Not a notice or
 * a sale read out (活动过时不候, 海报上写着"过时不候"), and not with help offered (我们给您留到十点). */
int tone_ultimatum_idiom(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"候办");
    return tone_read_joined(sc, a, b, ultimatum_idiom_text);
}

/* The caller as the subject of intent: 你 / 您 with a copula of accusation right before 故意 / 成心 / 存心. */
static list INTENT_LEAD = { "你说你是不是", "您说您是不是", "你是不是", "您是不是", "你就是", "您就是", "你分明是", "你明摆着是",
                            "你明明是", "你这是", "你这不是", "你是", NULL };

/* Does the text of s just before p end with one of stems? */
static int ends_with_any(const char *s, const char *p, list stems)
{
    for (const char *const *w = stems; *w; w++) {
        size_t n = strlen(*w);
        if ((size_t)(p - s) >= n && memcmp(p - n, *w, n) == 0) return 1;
    }
    return 0;
}

/* tone_on_purpose_accused read over its words joined whole (s). */
static int on_purpose_accused_text(scan *sc, size_t a, size_t b, const char *s)
{
    size_t len;
    const char *p = tone_earliest(s, (list){ "故意", "成心", "存心", NULL }, &len);
    if (!p || !ends_with_any(s, p, INTENT_LEAD) || tone_holds_before(s, p, (list){ "没说", "没有说", "不是说", "没人", NULL }))
        return 0;
    /* 您是不是故意选的加急: 故意 leading a verb and its object asks about a choice; the accusation closes on it
     * (故意的, 成心的吗) */
    static const char *const closing[] = { "的", "吗", "吧", "呢", "啊", "呀", "嘛", "哦", "啦", "么", "？", "?", "！", "!", NULL };
    if (!tone_only_of(p + len, closing)) return 0;
    return tone_hit_span(sc, "sarcasm", "指责客户（是不是故意的）", a, b, s, p, p + len);
}

/* 禁渔期还钓鱼，你说你是不是故意的？ / 你这不是成心的吗: the caller's act put to them as done on purpose (禁忌语: an
 * accusing question). Not another's intent (您说他是不是故意的), not the agent's own (我不是故意的), not a denial
 * (没人觉得您是故意的: 觉得 stands between). */
int tone_on_purpose_accused(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"故成存");
    return tone_read_joined(sc, a, b, on_purpose_accused_text);
}

/* 不好意思，我听不清，您讲大声点好不好: the soft tag after the agent's apology in the same reply asks, it does not
 * hurry (order_with_tag asks this before it charges 催促). 1 when the clause [a, b) ends on such a tag and an
 * apology stands before it in the reply. */
int tone_soft_ask_after_apology(scan *sc, size_t a, size_t b)
{
    if (b == 0 || !in(sc, b - 1, (list){ "好不好", "好吗", "好嘛", "好啵", "可以吗", NULL })) return 0;
    static list sorry = { "对不住", "对不起啊", "不好意思啊", NULL };
    return find(sc, 0, b, APOLOGY) < b || find(sc, 0, b, sorry) < b;
}
