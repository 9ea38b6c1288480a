/* Rude asides typed after a correct standard phrase, as the health, education, logistics and repair
 * desks of the retired sets seen15 and seen16 typed them, that the residue judgement did not see
 * (helper fixph15; own rows, rude and innocent twins, tests/data/phrase_more_fixph15.tsv and
 * tests/data/tone_more/fixph15.tsv):
 *
 *   bare_simile    the caller's voice or speech likened to a thing in a bare clause (蚂蚁叫似的, 放鞭炮一样)
 *   haste_mocked   the caller's haste thrown back as a question (急急忙忙的干嘛呀)
 *   accent_blamed  the caller's accent called too heavy (这口音也太重了吧)
 *   trouble_made   the caller said to make trouble (就怕您三天两头来找事)
 *   young_sent     the caller told to let the young do it (记不住就让家里小年轻打)
 *   still_wants    the caller's wish for an answer mocked (不留电话还想要答复？)
 *   next_fix       told what to change on their side before calling next time (下回换个好点的手机打)
 *   same_answer    the help just given declared futile: the desk it goes to will say the same (转过去他们也这么说)
 *
 * A phrase said with any of these is not the phrase: 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度,
 * §二(二) 2.1 礼貌用语; as 禁忌语, 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅. Each rule reads
 * its clause's words joined (the normal form: 一 is 1), so a stem matches whatever the lexicon's cut. */
#include "tone_scan.h"
#include "words.h"

#include <string.h>

/* Does the stem at byte p (len bytes) of the joined clause s of [a, b) start and end at word edges
 * (找事 is no stem of 找事务所)? */
static int whole_words(const scan *sc, size_t a, size_t b, const char *s, const char *p, size_t len)
{
    size_t at = 0, from = (size_t)(p - s), to = from + len;
    int start = 0;
    for (size_t i = a; i < b && at <= to; i++) {
        start |= at == from;
        if (at == to) return start;
        at += strlen(tone_word(sc, i));
    }
    return start && at == to;
}

static const char *const COND[] = { "如果", "要是", "假如", "若", "的话", "万1", NULL };

/* Does s hold one of stems before byte p? */
static int holds_before(const char *s, const char *p, const char *const *stems)
{
    size_t len = 0;
    const char *q = tone_earliest(s, stems, &len);
    return q && q < p;
}

/* Is the rest of a clause after a stem empty but for particles (的, 啊, 呀, 吧, 了, 呢, 嘛)? */
static int only_particles(const char *rest)
{
    static const char *const particle[] = { "的", "啊", "呀", "吧", "了", "呢", "嘛", "哦", "哈", "真是", NULL };
    return tone_only_of(rest, particle);
}

/* tone_bare_simile read over its words joined whole (s). */
static int bare_simile_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const thing[] = { "蚊子", "蚂蚁", "苍蝇", "蜜蜂", "知了", "蛐蛐", "小猫", "猫叫", "鸭子", "麻雀", "小鸡",
                                         "机关枪", "冲锋枪", "连珠炮", "鞭炮", "放炮", "炒豆子", "念经", "复读机", "打雷", NULL };
    static const char *const like[] = { "1样", "似的", "1般", NULL };
    static const char *const line[] = { "杂音", "噪音", "电流", "信号", "线路", "电话里", "系统", "网络", "机器", "风", NULL };
    size_t tl = 0, ll = 0;
    const char *t = tone_earliest(s, thing, &tl);
    const char *l = t ? tone_earliest(t + tl, like, &ll) : NULL;
    if (!l || !only_particles(l + ll) || tone_holds(s, line) || find(sc, a, b, &FIRST) != NONE) return 0;
    static const char *const lead[] = { "像", "跟", "和", "如同", NULL };
    if (holds_before(s, t, lead)) return 0;   /* tone_likened_speech's */
    size_t k = tone_word_of(sc, a, b, s, t);
    return tone_hit(sc, "sarcasm", "嘲讽客户（比作…）", k, tone_word_of(sc, a, b, s, l + ll - 1), k);
}

/* 蚊子一样 / 放鞭炮一样 / 跟蚂蚁叫似的 said as a clause of its own after 2.2's or 2.3's request: the
 * caller's voice or speech likened to a thing — mockery. tone_likened_speech takes the simile led by
 * 像 / 跟; this one the bare clause, ending in 一样 / 似的 / 一般. Not the line likened (电话里沙沙的，跟刮风
 * 一样: no creature or weapon), not the agent's own side (我这边…), not the line's noise named. */
int tone_bare_simile(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"样似般");
    return tone_read_joined(sc, a, b, bare_simile_text);
}

/* tone_haste_mocked read over its words joined whole (s). */
static int haste_mocked_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const haste[] = { "火急火燎", "急急忙忙", "急吼吼", "急赤白脸", "着急忙慌", "慌里慌张", "慌慌张张",
                                         "风风火火", "毛毛躁躁", "急三火四", "急匆匆", NULL };
    static const char *const why[] = { "干啥", "干嘛", "干什么", "干么", "急啥", "急什么", "图啥", "至于吗", "至于嘛", "慌啥",
                                       "慌什么", NULL };
    size_t hl = 0, wl = 0;
    const char *h = tone_earliest(s, haste, &hl);
    const char *w = h ? tone_earliest(h + hl, why, &wl) : NULL;
    if (!w) return 0;
    static const char *const care[] = { "别", "不要", "不用", "甭", "莫", "我", NULL };
    if (holds_before(s, h, care)) return 0;
    size_t k = tone_word_of(sc, a, b, s, h);
    return tone_hit(sc, "rhetorical", "反问客户（急急忙忙的干嘛）", k, tone_word_of(sc, a, b, s, w + wl - 1), k);
}

/* 火急火燎的干嘛呀 / 慌里慌张的干什么: the caller's haste named and thrown back as a question —
 * a rhetorical jab (2.3 asks 请您说慢一点儿好吗 and says no more). Not care (您别急急忙忙的, 不用慌慌张张:
 * the haste denied or waved off), not the agent's own haste (我刚才急急忙忙的…). */
int tone_haste_mocked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"急慌火风毛");
    return tone_read_joined(sc, a, b, haste_mocked_text);
}

/* tone_accent_blamed read over its words joined whole (s). */
static int accent_blamed_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const accent[] = { "口音", "方言", "土话", "乡音", "家乡话", "老家话", "地方话", "腔调", NULL };
    static const char *const heavy[] = { "太重", "这么重", "那么重", "重死", "重得", "真重", "够重", "太浓", "这么浓", "太土",
                                         "重成这样", "也太", NULL };
    static const char *const hedge[] = { "有点", "有些", "稍微", "比较", "可能", "略", NULL };
    size_t al = 0, hl = 0;
    const char *ac = tone_earliest(s, accent, &al);
    const char *h = ac ? tone_earliest(ac + al, heavy, &hl) : NULL;
    if (!h || tone_holds(s, hedge) || tone_holds(s, COND)) return 0;
    size_t k = tone_word_of(sc, a, b, s, ac);
    if (find(sc, a, k, &FIRST) != NONE) return 0;
    return tone_hit(sc, "blame", "指责客户（口音太重）", k, tone_word_of(sc, a, b, s, h + hl - 1), k);
}

/* 这口音也太重了吧 / 您这方言重得要命 / 老家口音太重了真是: the caller's accent judged too heavy, a blame
 * (2.20 asks 您方便讲普通话吗 and takes the fault on the agent's ear: 我听不懂). Not the agent's own accent
 * (可能我口音比较重: 我 before it), not a hedged note (您的口音有点重，麻烦您说慢一点: 有点 / 稍微 / 比较),
 * not a condition (如果口音太重…). */
int tone_accent_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"口方土乡话腔");
    return tone_read_joined(sc, a, b, accent_blamed_text);
}

/* tone_trouble_made read over its words joined whole (s). */
static int trouble_made_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const trouble[] = { "添乱", "捣乱", "找事", "找茬", "找碴", "添堵", "瞎搅和", "搅和", "找麻烦", "惹事",
                                           "闹事", "瞎折腾", NULL };
    static const char *const denied[] = { "没", "不是", "并不", "哪里", "哪有", "不会", NULL };
    size_t tl = 0;
    const char *t = tone_earliest(s, trouble, &tl);
    if (!t || !whole_words(sc, a, b, s, t, tl) || holds_before(s, t, denied)) return 0;
    /* the last 您 / 你 before it, read in the joined clause (the lexicon glues 您老, 您这): the doer
     * unless 给 / 让 / 为 … right before makes them the one it is done to */
    const char *who = NULL;
    uint32_t before = 0;
    for (const char *p = s, *prev_at = NULL; p < t;) {
        const char *at = p;
        uint32_t c = cs_utf8_next(&p);
        if (c == 0x60A8 || c == 0x4F60) {   /* 您 你 */
            who = at;
            before = 0;
            if (prev_at) { const char *q = prev_at; before = cs_utf8_next(&q); }
        }
        prev_at = at;
    }
    static const uint_least32_t to_caller[] = U"给让为替帮跟和对令使";
    for (size_t i = 0; who && before && to_caller[i]; i++)
        if (to_caller[i] == before) return 0;
    if (!who) return 0;
    size_t k = tone_word_of(sc, a, b, s, t);
    return tone_hit(sc, "blame", "指责客户（添乱）", tone_word_of(sc, a, b, s, who), k, k);
}

/* 就怕您三天两头来找事 / 您少来添乱就行 / 不像您老打电话来捣乱: the caller said to make trouble for the desk —
 * a blame (2.8 answers praise with 不客气，这是我们应该做的). 您 must be the one who does it: not our trouble
 * caused to the caller (之前让您添堵了 / 给您添麻烦了: 您 after 让 / 给), not denied (您没有添乱). */
int tone_trouble_made(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"添捣找搅惹闹折");
    return tone_read_joined(sc, a, b, trouble_made_text);
}

/* tone_young_sent read over its words joined whole (s). */
static int young_sent_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const young[] = { "小年轻", "年轻人", "年轻的", "孩子", "儿子", "女儿", "孙子", "孙女", "晚辈", "小辈",
                                         "子女", "儿女", NULL };
    static const char *const send[] = { "让", "叫", "找", "喊", NULL };
    static const char *const act[] = { "来打", "来弄", "来办", "来说", "来讲", "来操作", "打", "弄", "办", "操作", "说", "讲",
                                       "报", "接", NULL };
    size_t yl = 0;
    const char *y = tone_earliest(s, young, &yl);
    if (!y || !holds_before(s, y, send) || tone_courteous(sc, a, b) || tone_holds(s, COND)) return 0;
    static const char *const option[] = { "可以", "方便", "需要", "也行", "也可", NULL };
    if (tone_holds(s, option)) return 0;
    const char *rest = tone_after_any(y + yl, act);
    if (!rest || !only_particles(rest)) return 0;
    size_t k = tone_word_of(sc, a, b, s, y);
    return tone_hit(sc, "lecture", "轻视客户（年龄）", k, b - 1, k);
}

/* 记不住就让家里小年轻打 / 叫您孩子来弄: the caller's age taken for incompetence, the young sent for to do
 * it instead (tone_ask_the_young takes 让孩子帮您…; this the young doing it themselves). Not an offer (也可以
 * 请家里人帮您看看, 如果不方便可以让孩子来办: a courtesy, an option or a condition). */
int tone_young_sent(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"年孩儿女孙晚子辈");
    return tone_read_joined(sc, a, b, young_sent_text);
}

/* tone_still_wants read over its words joined whole (s). */
static int still_wants_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const want[] = { "还想要", "还想", "还要", "还指望", "还盼着", "还等着", NULL };
    static const char *const answer[] = { "结果", "答复", "回复", "反馈", "说法", "赔偿", "回音", "回话", NULL };
    static const char *const lead[] = { "匿名", "不留", "不给", "不提供", "不说", "连", NULL };
    size_t wl = 0, al = 0;
    const char *w = tone_earliest(s, want, &wl);
    const char *an = w ? tone_earliest(w + wl, answer, &al) : NULL;
    if (!an || tone_holds(s, COND) || find(sc, a, b, PLEASE) != NONE) return 0;
    size_t k = tone_word_of(sc, a, b, s, w);
    if (find(sc, a, k, &FIRST) != NONE) return 0;
    /* thrown at the caller: their own omission said before it (您还要等结果吗 asks, and mocks nothing) */
    if (!holds_before(s, w, lead)) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（还想要结果）", k, tone_word_of(sc, a, b, s, an + al - 1), k);
}

/* 不留电话还想要答复？ / 匿名投诉还想要结果: the caller's wish for an answer mocked, as sarcasm (2.11 says
 * plainly that without a number the result cannot be told). Not a condition (如果您还想要答复，可以留个
 * 电话), not asked with courtesy (请问您还想要…), not the agent (我们还想要…), not a plain question with no
 * omission of the caller's before it (您还要等处理结果吗). */
int tone_still_wants(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"还");
    return tone_read_joined(sc, a, b, still_wants_text);
}

/* tone_next_fix read over its words joined whole (s). */
static int next_fix_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const when[] = { "下次", "下回", "以后", "今后", "往后", "下1次", "下1回", NULL };
    static const char *const change[] = { "找个", "换个", "换部", "换台", "换1个", "换1部", "买个", "用个", NULL };
    static const char *const call[] = { "打过来", "打进来", "打来", "再打", "来电", "拨打", "打", NULL };
    static const char *const polite[] = { "请", "可以", "建议", "麻烦", "欢迎", "方便", "如有", "不妨", NULL };
    size_t wl = 0, cl = 0, ol = 0;
    const char *w = tone_earliest(s, when, &wl);
    const char *c = w ? tone_earliest(w + wl, change, &cl) : NULL;
    const char *o = c ? tone_earliest(c + cl, call, &ol) : NULL;
    if (!o || tone_holds(s, polite) || find(sc, a, b, &FIRST) != NONE) return 0;
    /* what is changed is the caller's phone, line or place (下次换个套餐打更便宜 is a tip) */
    static const char *const theirs[] = { "手机", "电话", "信号", "地方", "地儿", "环境", "座机", "位置", NULL };
    char what[256];
    size_t span = (size_t)(o - (c + cl));
    memcpy(what, c + cl, span < sizeof what ? span : sizeof what - 1);
    what[span < sizeof what ? span : sizeof what - 1] = '\0';
    if (!tone_holds(what, theirs)) return 0;
    size_t k = tone_word_of(sc, a, b, s, w);
    return tone_hit(sc, "lecture", "说教客户（下次换个…再打）", k, tone_word_of(sc, a, b, s, o + ol - 1), k);
}

/* 下回换个好点的手机打 / 下次找个信号好的地方打: what the caller must change on their side before calling
 * next time, said as an order (tone_next_time_order takes 记得 / 先; this the bare order). Not advice
 * (建议您下次找个安静的地方再打过来, 下次您可以换个电话: a courtesy or an option), not the agent's plan, not a
 * tip about anything but the caller's phone or place (下次换个时间打就不用排队). */
int tone_next_fix(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"下以今往");
    return tone_read_joined(sc, a, b, next_fix_text);
}

/* tone_same_answer read over its words joined whole (s). */
static int same_answer_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const third[] = { "人家", "他们", "那边", "对方", "别人", "谁", NULL };
    static const char *const same[] = { "也这么说", "也这样说", "也这么讲", "也这样讲", "也这么回", "也这样回", "也1样说",
                                        "也是这么说", "也是这样说", "也是这个说法", "也是这个答复", "也是这么回", "也会这么说",
                                        "也这么答复", "也是1样的说法", NULL };
    static const char *const helped[] = { "转过去", "转到", "转给", "转了", "问了", "找了", "打过去", "问他们", "问人家", NULL };
    size_t sl = 0;
    const char *m = tone_earliest(s, same, &sl);
    if (!m || !holds_before(s, m, third) || !holds_before(s, m, helped) || tone_holds(s, COND)) return 0;
    size_t k = tone_word_of(sc, a, b, s, m), last = tone_word_of(sc, a, b, s, m + sl - 1);
    if (cs_words_help_after(sc->w, last)) return 0;
    return tone_hit(sc, "dismissive", "打发客户（转过去也一样）", k, last, k);
}

/* 转过去他们也这么说 / 问了人家也是这个答复: the transfer or help the phrase just gave declared futile, the
 * other desk sure to say the same (打发客户; tone_help_futile takes 也不一定管). Not the other desk's
 * explanation promised (那边的同事会给您详细说明), not help after it. */
int tone_same_answer(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"也");
    return tone_read_joined(sc, a, b, same_answer_text);
}
