/* Tone rules (see tone_rules.h). Each rule looks inside one clause; the word lists are the
 * vocabulary of a rule, not phrases to spot: a rule fires on a combination (target + negation +
 * verb + sentence type), never on one list word alone, except the belittling nouns (小事). */
#include "tone_rules.h"
#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

typedef const char *const list[];
/* 请问 / 请: a frame asked as a request, not thrown at the caller; eight rules leave such a clause alone */
static const char *const PLEASE[] = { "请问", "请", NULL };
/* A named list: a scan learns once which of the reply's words are in it (scan.member), so the
 * rules may ask about it again and again at the cost of a bit test. */
typedef struct {
    int id;
    const char *const *w;
} named;
enum { L_SECOND, L_FIRST, L_NEG, L_HEAR, L_NEG_HEAR, L_CANNOT, L_OPEN_ASK, L_SAY, L_ALREADY, L_DONE, L_TIMES, L_FAULT, L_BLAME_LEAD, L_OWN_FAULT, L_NOT_OURS, L_PROHIB, L_CALL, L_PESTER, L_AGAIN, L_PETTY, L_SO_LITTLE, L_DAWDLE, L_HURRY, L_DAODI, L_DEMAND, L_NO_NEED, L_SO, L_CLEVER, L_TAIL, L_BODY, L_BROKEN, L_MIND, L_PEST, L_NASTY, L_KIND, L_HURRY_W, L_DULL, L_WHAT_ANY, L_LIGHT, L_COUNT };


static const named SECOND = { L_SECOND, (list){ "你", "您", "你们", "您们", "你自己", "您自己", NULL } };
static const named FIRST = { L_FIRST, (list){ "我", "我们", "咱们", "我方", "公司", "本公司", "我们公司", "咱", "客服", "我们客服", NULL } };
static const named NEG = { L_NEG, (list){ "不", "没", "没有", "不是", "没能", "未", "不会", "还没", "还不", "难道", NULL } };
static const named HEAR = { L_HEAR, (list){
    "听", "听到", "听见", "听清", "听清楚", "听懂", "听明白", "懂", "明白", "清楚", "理解", "知道",
    "记得", "记住", "看", "看到", "看见", "看懂", "看清", "看清楚", "听得懂", "听说", NULL } };
/* words that already carry the negation */
static const named NEG_HEAR = { L_NEG_HEAR, (list){
    "听不懂", "听不清", "听不见", "听不到", "看不懂", "看不见", "不懂", "不明白", "不清楚", "不知道",
    "没听清", "没听见", "没听到", "没看见", "没看到", "不理解", "听不明白", "搞不懂", "弄不懂", "不识字",
    "看不出来", "看不出", "听不出来", "听不出", "分不清", NULL } };
static const named CANNOT = { L_CANNOT, (list){ "不会", "不懂", "不知道", "不明白", "不认识", "不清楚", "不理解", "听不懂",
    "听不明白", "看不懂", "搞不懂", "弄不懂", "搞不明白", NULL } };
static const named OPEN_ASK = { L_OPEN_ASK, (list){ "还有", "地方", "哪里", "哪儿", "什么", "哪些", "哪个", "部分", NULL } };
static const named SAY = { L_SAY, (list){
    "说", "讲", "告诉", "解释", "说明", "强调", "说过", "讲过", "说了", "讲了", "告诉过", "解释过", "提醒",
    "写", "写着", "写得", "写了", "写过", "回答", "答复", "回答过", "答", "重复", "重复了", "重复过", NULL } };
static const named ALREADY = { L_ALREADY, (list){ "已经", "都", "早就", "刚才", "早", "刚刚", "早已", "不是", NULL } };
static const named DONE = { L_DONE, (list){ "了", "过", "过了", NULL } };
static const named TIMES = { L_TIMES, (list){ "几遍", "多少遍", "好几遍", "几次", "多少次", "好几次", "无数次", NULL } };
static const named FAULT = { L_FAULT, (list){ "问题", "错", "责任", "原因", "过错", "错误", "毛病", "事", "事情", NULL } };
static const named BLAME_LEAD = { L_BLAME_LEAD, (list){ "是", "都是", "全是", "就是", "怪", "都怪", "全怪", "只怪", "要怪", NULL } };
static const named OWN_FAULT = { L_OWN_FAULT, (list){
    "弄错", "搞错", "弄", "搞", "操作", "造成", "导致", "不小心", "没注意", "输错", "填错", "按错", "看错",
    "听错", "记错", NULL } };
static const named NOT_OURS = { L_NOT_OURS, (list){ "不管", "管不了", "管不着", "不负责", "不归", "无关", NULL } };
static const named PROHIB = { L_PROHIB, (list){ "别", "不要", "少", "甭", "不许", "不准", NULL } };
static const named CALL = { L_CALL, (list){ "打", "打来", "打过来", "打电话", "来电", "打进来", "找", "打给", NULL } };
static const named PESTER = { L_PESTER, (list){ "烦", "来烦", "打扰", "骚扰", "吵", "纠缠", "缠着", NULL } };
static const named AGAIN = { L_AGAIN, (list){ "再", "以后", "再也", "下次", "老是", "总是", "又", "还", NULL } };
static const named PETTY = { L_PETTY, (list){ "小事", "破事", "芝麻小事", "鸡毛蒜皮", "屁事", "小事情", "这点事", NULL } };
static const named SO_LITTLE = { L_SO_LITTLE, (list){ "这么点", "这点", "那么点", "这么一点", "这点儿", "这么点儿", NULL } };
static const named DAWDLE = { L_DAWDLE, (list){ "磨叽", "磨蹭", "墨迹", "啰嗦", "罗嗦", "废话", "唠叨", "叨叨", "嚷嚷", "磨磨蹭蹭", "催", "催了", NULL } };
static const named HURRY = { L_HURRY, (list){ "快点", "赶紧", "快", "赶快", NULL } };
static const named DAODI = { L_DAODI, (list){ "到底", "究竟", NULL } };
static const named DEMAND = { L_DEMAND, (list){ "行不行", "好不好", "成不成", "行不", NULL } };
static const named NO_NEED = { L_NO_NEED, (list){ "不用", "不必", "用不着", "没必要", NULL } };
static const named SO = { L_SO, (list){ "可", "真", "可真", "还真", "真是", "还挺", "挺", "还", "可真是", "真够", NULL } };
static const named CLEVER = { L_CLEVER, (list){
    "行", "厉害", "聪明", "有本事", "了不起", "能耐", "会", "能", "牛", "有能耐", "懂", "能干",
    "有意思", "有才", "幽默", "可以", "够可以", "人才", "天才", "大聪明", "高手", "专家", NULL } };
static const named TAIL = { L_TAIL, (list){ "啊", "呀", "哦", "了", "嘛", "的", "呢", NULL } };
static const named BODY = { L_BODY, (list){ "耳朵", "眼睛", "脑子", "脑袋", "智商", "眼", "耳", "脑", "眼神", "理解能力", "理解力", "脑筋", "脑瓜", "脑瓜子", "脑壳", "情商", "头脑", NULL } };
static const named BROKEN = { L_BROKEN, (list){ "问题", "毛病", "不好使", "不好", "坏", "坏了", "进水", "有病", "不灵", "坏掉", "坏掉了", "出问题", "差", "太差", "很差", "不够用", "太慢", "有限", "不灵光", "堪忧", "生锈", "锈", "短路", "锈住", "着急", "感人", "简单", "秀逗",
    "转不过弯", "转不过来", "迟钝", "障碍", "不灵", "缺根筋",
    /* net slang for a failing mind (你的智商欠费了 / 令人担忧 / 掉线了) */
    "令人担忧", "担忧", "欠费", "掉线", "不在线", "下线", "捉急", NULL } };
static const named MIND = { L_MIND, (list){ "笨", "蠢", "傻", "笨笨", "呆", "迟钝", "无知", NULL } };
static const named PEST = { L_PEST, (list){ "烦", "啰嗦", "罗嗦", "磨叽", "难缠", "麻烦", "事多", "不讲理", "墨迹", "难伺候", "烦人", NULL } };
static const named NASTY = { L_NASTY, (list){ "麻烦", "难缠", "讨厌", "烦人", "奇葩", "不讲理", "无理取闹", "难伺候", "事多", "事儿多", NULL } };
static const named KIND = { L_KIND, (list){ "这种人", "这号人", "这人", "这样的人", NULL } };
/* asked on every clause by the rules added for issue #11: named, so the index answers them */
static const named HURRY_W = { L_HURRY_W, (list){ "快点", "快点儿", "快一点", "快些", "赶紧", "赶紧的", "赶快", "麻利点", "痛快点",
    "利索点", "快快", "抓紧", "抓紧时间", "快", "麻利", "痛快", "利索", "爽快", NULL } };
static const named DULL = { L_DULL, (list){ "笨", "蠢", "傻", "呆", "最笨", "最蠢", "最傻", "太笨", "太蠢", "太傻", "迟钝", "愚蠢", NULL } };
static const named WHAT_ANY = { L_WHAT_ANY, (list){ "什么", "啥", "没什么", "有什么", "没啥", "有啥", "没有什么", NULL } };
static const named LIGHT = { L_LIGHT, (list){ "这么简单", "简单", "这种", "这点", "这么点", "这么小", NULL } };

/* Every named list, in L_ order (a new list is added to the enum and here). */
static const named *const ALL_NAMED[L_COUNT] = { &SECOND, &FIRST, &NEG, &HEAR, &NEG_HEAR, &CANNOT, &OPEN_ASK, &SAY, &ALREADY, &DONE, &TIMES, &FAULT, &BLAME_LEAD, &OWN_FAULT, &NOT_OURS, &PROHIB, &CALL, &PESTER, &AGAIN, &PETTY, &SO_LITTLE, &DAWDLE, &HURRY, &DAODI, &DEMAND, &NO_NEED, &SO, &CLEVER, &TAIL, &BODY, &BROKEN, &MIND, &PEST, &NASTY, &KIND, &HURRY_W, &DULL, &WHAT_ANY, &LIGHT };
_Static_assert(L_COUNT <= 64, "named lists are bits of a uint64_t (scan.known, cs_tone_index.lists)");

/* Clauses whose first characters are summarised in a 256-bit filter (longer replies scan without). */
#define FILTERED_CLAUSES 64

struct cs_tone_index {
    uint64_t heads[L_COUNT][4];   /* per named list: the filter bits (head_bit) of its entries */
    uint64_t lists[256];          /* per filter bit: the named lists with an entry of it (bit per L_ id) */
};

typedef struct {
    const cs_tone_index *ix;      /* or NULL */
    const cs_words *w;
    const unsigned char *protect;
    cs_tone_hit *hits;
    size_t n, max;
    /* per clause: a bit for the first character of each of its words, so that find() rules out
     * a list none of whose words can start there with one test per list entry, not per word */
    uint64_t heads[FILTERED_CLAUSES][4];
    /* per clause: a bit (char_bit) for every code point of its words, which the rules' anchors
     * (may_hold) test. A 256-bit set tested in place (a shift and a mask): a
     * bitmap library (Debian's libroaring, compressed sets of millions of integers) would cost
     * a call per test for a set of a handful of words */
    uint64_t chars[FILTERED_CLAUSES][4];
    unsigned char head[64];     /* filter bit (head_bit) of each of the first 64 words */
    uint64_t all_heads[4];      /* the filter bits of those words together */
    uint64_t known;             /* named lists whose member bits are computed (bit per L_ id) */
    uint64_t member[L_COUNT];   /* per named list: which of the first 64 words are in it */
} scan;

/* Filter bit of a word's first character (its first three bytes). */
static unsigned head_bit(const char *w)
{
    /* equal words have equal first bytes: up to three of them, never past the terminator */
    const unsigned char *u = (const unsigned char *)w;
    uint32_t c = u[0];
    if (u[0]) c = c << 8 | u[1];
    if (u[0] && u[1]) c = c << 8 | u[2];
    return (c * 2654435761u) >> 24;
}

static const char *word(const scan *sc, size_t i)
{
    return sc->w->v[i].w;
}

static int in_list(scan *sc, size_t i, const char *const *l)
{
    /* cs_word_in, here where the compiler can fold it into the rules (asked once per word per
     * rule) */
    const unsigned char *w = (const unsigned char *)word(sc, i);
    /* the first two bytes as one number, compared in one test: a test per byte is a branch the
     * processor mispredicts (many words share their first byte). Words and entries are never
     * empty, so both have a second byte (at worst the terminator). */
    unsigned w01 = (unsigned)(w[0] | w[1] << 8);
    for (; *l; l++) {
        const unsigned char *e = (const unsigned char *)*l;
        if ((unsigned)(e[0] | e[1] << 8) == w01 && strcmp((const char *)w, *l) == 0) return 1;
    }
    return 0;
}

static int is(const scan *sc, size_t i, const char *w)
{
    const unsigned char *v = (const unsigned char *)word(sc, i), *u = (const unsigned char *)w;
    /* the first two bytes (as one number, one test: see in_list) settle almost every comparison
     * without a call; w is a word, never empty */
    return (unsigned)(v[0] | v[1] << 8) == (unsigned)(u[0] | u[1] << 8) && strcmp((const char *)v, w) == 0;
}

static size_t upto(size_t b, size_t limit)
{
    return b < limit ? b : limit;
}

/* "not found": larger than any word index, and safe to add a few to. */
#define NONE ((size_t)1 << 40)

/* Can no word of l start a word of [from, to)? (Only when the span is one filtered clause.) */
static int surely_absent(scan *sc, size_t from, size_t to, const char *const *l)
{
    const cs_word *v = sc->w->v;
    size_t clause = v[from].clause;
    if (clause >= FILTERED_CLAUSES || v[to - 1].clause != clause) return 0;
    const uint64_t *h = sc->heads[clause];
    for (; *l; l++) {
        unsigned b = head_bit(*l);
        if ((h[b / 64] >> (b % 64)) & 1) return 0;
    }
    return 1;
}

/* Filter bit of a code point: a character of a word, or an anchor. */
static unsigned char_bit(uint32_t c)
{
    return (c * 2654435761u) >> 24;
}

/* Can a word of [a, b) hold one of the code points anchors (0-terminated)? 1 when the span is
 * not one filtered clause (nothing known), and always without an index: cs_tone_scan runs every
 * rule on every clause, the reference tests/unit/test_tone_anchors.c holds the anchored scan to. */
static int may_hold(const scan *sc, size_t a, size_t b, const uint_least32_t *anchors)
{
    if (!sc->ix || a >= b) return 1;
    const cs_word *v = sc->w->v;
    size_t clause = v[a].clause;
    if (clause >= FILTERED_CLAUSES || v[b - 1].clause != clause) return 1;
    const uint64_t *f = sc->chars[clause];
    for (; *anchors; anchors++) {
        unsigned bit = char_bit((uint32_t)*anchors);
        if ((f[bit / 64] >> (bit % 64)) & 1) return 1;
    }
    return 0;
}

/* Anchors, the one prefilter of the rules: a rule that can only hit when its clause holds one of a
 * few characters says so in its first lines, so that the many clauses without them skip it at
 * the cost of a few bit tests (most rules never fire on most clauses):
 *
 *     ANCHORS(sc, a, b, U"嘴臭");   (shut_mouth: 嘴 / 嘴巴 / 臭嘴)
 *
 * The string holds one character of every word or stem the rule needs, one each (U"…": code
 * points, so 1 stands for 1天到晚 as for 1次); the first character of each is the usual choice,
 * any character of it will do (the set holds every character of the clause's words). Two lines
 * ask for both. An anchor is a promise: with no
 * word of [a, b) holding one of them, the rule returns 0 and records nothing. Name a character
 * of every word or stem a hit needs in the clause (find, in, spells, …) — on every path to
 * hit(); a rule whose paths share no such words has no ANCHORS line and runs on every clause.
 * Only for a rule whose return value is 0 when nothing is found (the line returns 0). */
#define ANCHORS(sc, a, b, anchors) do { if (!may_hold(sc, a, b, anchors)) return 0; } while (0)

/* Does a word of [a, b) hold one of the code points cs (0-terminated)? Exact, index or not. */
static int clause_holds(const scan *sc, size_t a, size_t b, const uint_least32_t *cs)
{
    for (size_t i = a; i < b; i++)
        for (const char *p = sc->w->v[i].w; *p;) {
            uint32_t c = cs_utf8_next(&p);
            for (const uint_least32_t *k = cs; *k; k++)
                if (c == (uint32_t)*k) return 1;
        }
    return 0;
}

/* First word of l in [from, to), or NONE. */
static size_t find_list(scan *sc, size_t from, size_t to, const char *const *l)
{
    if (from >= to || surely_absent(sc, from, to, l)) return NONE;
    for (size_t i = from; i < to; i++)
        if (in_list(sc, i, l)) return i;
    return NONE;
}

static void learn_members(scan *sc, const named *l);

/* Which of the first 64 words are in l (worked out on the first question about l, inline after). */
static inline uint64_t members(scan *sc, const named *l)
{
    if (!((sc->known >> l->id) & 1)) learn_members(sc, l);
    return sc->member[l->id];
}

/* Works out sc->member for l. With an index, for every named list at once, word by word: a word
 * is compared only with the few lists that have an entry of its filter bit (ix->lists). Without,
 * entry by entry: only an entry whose first character begins one of the words is compared, and
 * only with those words. */
static void learn_members(scan *sc, const named *l)
{
    size_t n = sc->w->n < 64 ? sc->w->n : 64;
    if (sc->ix) {
        for (size_t i = 0; i < n; i++)
            for (uint64_t c = sc->ix->lists[sc->head[i]]; c; c &= c - 1) {
                int id = __builtin_ctzll(c);
                if (cs_word_in(sc->w->v[i].w, ALL_NAMED[id]->w)) sc->member[id] |= (uint64_t)1 << i;
            }
        sc->known = ((uint64_t)1 << L_COUNT) - 1;
        return;
    }
    uint64_t m = 0;
    for (const char *const *e = l->w; *e; e++) {
        unsigned b = head_bit(*e);
        if (!((sc->all_heads[b / 64] >> (b % 64)) & 1)) continue;
        for (size_t i = 0; i < n; i++)
            if (sc->head[i] == b && strcmp(sc->w->v[i].w, *e) == 0) m |= (uint64_t)1 << i;
    }
    sc->member[l->id] = m;
    sc->known |= (uint64_t)1 << l->id;
}

static int in_named(scan *sc, size_t i, const named *l)
{
    if (i >= 64) return cs_word_in(word(sc, i), l->w);
    return (int)((members(sc, l) >> i) & 1);
}

static size_t find_named(scan *sc, size_t from, size_t to, const named *l)
{
    if (from >= to) return NONE;
    if (to > 64) {
        for (size_t i = from; i < to; i++)
            if (in_named(sc, i, l)) return i;
        return NONE;
    }
    uint64_t range = (to == 64 ? ~(uint64_t)0 : ((uint64_t)1 << to) - 1) & ~(((uint64_t)1 << from) - 1);
    uint64_t m = members(sc, l) & range;
    return m ? (size_t)__builtin_ctzll(m) : NONE;
}

/* in() and find() take a named list (&SECOND) or a literal one ((list){ "又", NULL }). */
#define in(sc, i, ...) _Generic((__VA_ARGS__), const named *: in_named, default: in_list)(sc, i, __VA_ARGS__)
#define find(sc, from, to, ...) \
    _Generic((__VA_ARGS__), const named *: find_named, default: find_list)(sc, from, to, __VA_ARGS__)

/* 不会 / 不懂 as one word, or 不 + 懂 as two: the caller cannot. First such word in [from, to). */
static size_t find_cannot(scan *sc, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (in(sc, i, &CANNOT)) return i;
        if (in(sc, i, (list){ "不", "没", NULL }) && i + 1 < to && in(sc, i + 1, (list){ "会", "懂", "明白", "知道", "清楚", NULL }))
            return i + 1;
    }
    return NONE;
}

/* 几遍 / 好几次 / 一百遍 / 100次 / 三遍 / 两次 / 五六回 / 第三遍: many times (not 一遍, as in
 * 请再说一遍; 第一次 is a first time). The count may be its own word or one with its measure
 * word (三遍 is one word, read 3遍). */
static int many_times(scan *sc, size_t a, size_t i)
{
    const char *w = word(sc, i);
    if (in(sc, i, &TIMES)) return 1;
    if (!strstr(w, "遍") && !strstr(w, "次") && !strstr(w, "回")) return 0;
    if (strstr(w, "百") || strstr(w, "千") || strstr(w, "万") || strstr(w, "几") || strstr(w, "多少")) return 1;
    if (i > a && in(sc, i - 1, (list){ "多少", "几", "好几", "无数", "这么多", "那么多", "N", "两", "第", NULL })) return 1;
    /* the count inside the word: 3遍, 10次, 两次, 第3遍 (the ordinal counts from the second) */
    const char *c = strncmp(w, "第", strlen("第")) == 0 ? w + strlen("第") : w;
    if (strncmp(c, "两", strlen("两")) == 0) return 1;
    if ((c[0] >= '2' && c[0] <= '9') || (c[0] == '1' && c[1] >= '0' && c[1] <= '9')) return 1;
    return i > a && word(sc, i - 1)[0] >= '2' && word(sc, i - 1)[0] <= '9';
}

static int is_protected(const scan *sc, size_t i)
{
    if (!sc->protect) return 0;
    const cs_word *w = &sc->w->v[i];
    for (size_t k = w->s; k < w->e; k++)
        if (sc->protect[k]) return 1;
    return 0;
}

/* Records a hit (once per rule and first word) unless its key word is a protected phrase part. */
/* 不用您自己去找商家，我们来沟通 / 无需您再跑营业厅: the errand the caller is spared, the opposite of
 * 推诿 (国家职业技能标准 3.1): a 不用 / 无需 … just before the words that would send the caller off,
 * in their clause (helper voices). */
static int errand_spared(const scan *sc, size_t first)
{
    static const char *const spare[] = { "不用", "不必", "无需", "无须", "不需要", "用不着", "没必要", "免得", NULL };
    for (size_t k = first, n = 0; k-- > 0 && n < 3 && sc->w->v[k].clause == sc->w->v[first].clause; n++)
        if (cs_word_in(word(sc, k), spare)) return 1;
    return 0;
}

static int hit(scan *sc, const char *rule, const char *label, size_t first, size_t last, size_t key)
{
    if (sc->n >= sc->max || is_protected(sc, key)) return 0;
    /* the agent repeating what someone said to the caller is not the agent's rudeness, and
     * pushing the matter away is no 推诿 when a transfer or help follows (words.h) */
    if (cs_words_reported(sc->w, key)) return 0;
    if (strstr(label, "推") && cs_words_help_after(sc->w, last)) return 0;
    if (strstr(label, "推") && errand_spared(sc, first)) return 0;
    int insult = strcmp(rule, "belittle") == 0 || strcmp(rule, "threat") == 0;
    for (size_t i = 0; i < sc->n; i++) {
        const cs_tone_hit *h = &sc->hits[i];
        if (strcmp(h->rule, rule) == 0 && h->first == first) return 1;
        /* two rules over one frame (lecture and order_manner on 我只说一遍, brush_off and shift_more
         * on 这事我们不负责，你去找商家, merged from different branches): one finding, named once */
        if (h->insult == insult && strcmp(h->label, label) == 0 && h->first <= last && first <= h->last) return 1;
    }
    sc->hits[sc->n++] = (cs_tone_hit){ .rule = rule, .label = label, .first = first, .last = last, .insult = insult };
    return 1;
}

/* 您没有认真看也没关系 / 您没仔细看，不要紧: the caller's lapse named only to be excused, a
 * reassurance (2.12 您别着急 in spirit), not a reproach: a word of it after the lapse, in this
 * clause or a later one of the reply. */
static int reassured(scan *sc, size_t from, size_t b)
{
    /* the clause of the lapse or the one right after it (您没有认真看，不要紧): a reassurance two
     * clauses on answers something else */
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause == sc->w->v[b].clause) end++;
    return find(sc, from, end, (list){ "没关系", "不要紧", "没事", "不碍事", "没问题", "无妨", "不打紧", "不怪您", "不怪你",
                                       "很正常", "正常的", NULL }) < end;
}

/* 您刚才不是说有两张卡吗？我想确认一下: the caller's own words recalled (您 before 不是说) so that the
 * next clause can check them, a clarifying question, not the agent's 我不是说了吗 (helper seentone). */
static int recalled_to_check(scan *sc, size_t a, size_t neg, size_t b)
{
    if (neg >= b || find(sc, a, neg, &SECOND) == NONE) return 0;
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause == sc->w->v[b].clause) end++;
    return find(sc, b, end, (list){ "确认", "核实", "核对", "想确认", "查", "查一下", "帮您", "对吗", "是吗", NULL }) < end;
}

/* 你没听清楚吗 / 您不知道吗 / 我不是说了吗 / 这么简单的事都不会吗 / 你听懂了没有 /
 * 你自己不会查吗 / 没看我正忙着吗: a question about the caller's hearing, understanding or
 * ability, or about what was already said, is a reproach, not a question. */
/* helper blame3 (defined with its classes below) */
static int own_manner_promise(scan *sc, size_t a, size_t mind);
static int recaps_caller(scan *sc, size_t a, size_t say, size_t b);
static int run_on_ask(scan *sc, size_t neg, size_t verb, size_t b);

static int rhetorical(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "反问客户";
    size_t who = find(sc, a, b, &SECOND);
    /* A-not-A demand after a hearing verb: 听懂了没有, 明白没有 */
    size_t last = b - 1;
    if (last > a + 1 && in(sc, last, (list){ "啊", "呀", "呢", "哪", NULL }) && in(sc, last - 1, (list){ "没有", "没", NULL })) last--;
    if (last > a && (is(sc, last, "没有") || is(sc, last, "没"))) {
        size_t from = who < b ? who + 1 : a;
        size_t v = find(sc, from, last, &HEAR);
        if (v < last && (who < b || v + 1 == last || (v + 2 == last && in(sc, v + 1, &DONE))))
            return hit(sc, "rhetorical", label, who < b ? who : v, last, v);
    }
    /* 这还用问吗 / 还用我说吗: the answer is obvious, says the question */
    size_t need = find(sc, a, b, (list){ "还用", "用得着", NULL });
    if (need == NONE) {
        size_t still = find(sc, a, b, (list){ "还", NULL });
        if (still + 1 < b && is(sc, still + 1, "用")) need = still + 1;
    }
    size_t ask = need < b ? find(sc, need + 1, upto(b, need + 3), (list){ "问", "说", "讲", "教", NULL }) : NONE;
    if (question && ask < b) return hit(sc, "rhetorical", label, need, ask, ask);
    /* 您就不能自己看看吗: the caller told to help themselves, as a question */
    size_t cannot_self = who < b ? find(sc, who + 1, upto(b, who + 4), (list){ "不能自己", "不会自己", NULL }) : NONE;
    if (cannot_self == NONE && who < b) {
        size_t cant = find(sc, who + 1, upto(b, who + 3), (list){ "不能", "不会", "就不能", NULL });
        if (cant + 1 < b && in(sc, cant + 1, (list){ "自己", NULL })) cannot_self = cant + 1;
    }
    if (question && cannot_self < b) return hit(sc, "rhetorical", label, who, cannot_self, cannot_self);
    /* 你听得懂中文吗 / 你听不懂普通话吗: the caller's understanding of the language questioned
     * (您会说普通话吗 is the dialect phrase of 2.x, a real question) */
    size_t tongue = find(sc, a, b, (list){ "中文", "人话", "普通话", "汉语", "国语", NULL });
    int plain = tongue < b && in(sc, tongue, (list){ "中文", "人话", NULL });
    int negated = tongue < b && find(sc, a, tongue, (list){ "听不懂", "不懂", "听不明白", NULL }) < b;
    if (tongue < b && tongue > a && (negated || (plain && question &&
        find(sc, a, tongue, (list){ "听得懂", "听懂", "懂", NULL }) < b)) &&
        find(sc, a, b, PLEASE) == NONE)
        return hit(sc, "rhetorical", label, a, tongue, tongue);
    /* 你连自己的号码都记不住吗: a jab at the caller's memory (rude, not an insult that fails the call) */
    for (size_t even = find(sc, a, b, (list){ "都", "连", NULL }); question && even < b;
         even = find(sc, even + 1, b, (list){ "都", "连", NULL })) {
        size_t forgot = find(sc, even + 1, upto(b, even + 3),
                             (list){ "记不住", "记不得", "不记得", "看不懂", "搞不懂", "弄不懂", "搞不清楚", "弄不明白", NULL });
        if (forgot < b) return hit(sc, "rhetorical", label, even, forgot, forgot);
    }
    /* 我说得还不够清楚吗: the agent's own words held up against the caller (我刚才说得不够清楚 is
     * a statement owning the fault: no question, no 还) */
    size_t me_say = find(sc, a, b, &FIRST);
    size_t say_w = me_say < b ? find(sc, me_say + 1, upto(b, me_say + 3), (list){ "说", "讲", "说得", "讲得", "解释", NULL }) : NONE;
    size_t yet = say_w < b ? find(sc, say_w + 1, upto(b, say_w + 3), (list){ "还", NULL }) : NONE;
    if (question && yet + 1 < b && find(sc, yet + 1, upto(b, yet + 4), (list){ "清楚", "明白", "不够清楚", "不清楚", NULL }) < b)
        return hit(sc, "rhetorical", label, me_say, yet, yet);
    /* 连这个都要我教你？ */
    size_t teach = find(sc, a, b, (list){ "教", "教你", "教您", NULL });
    if (question && teach < b && find(sc, a, teach, (list){ "连", "都", "还", NULL }) < b &&
        (strcmp(word(sc, teach), "教") != 0 || (teach + 1 < b && in(sc, teach + 1, &SECOND))))
        return hit(sc, "rhetorical", label, a, teach, teach);
    /* 怎么不早说 */
    size_t how = find(sc, a, b, (list){ "怎么", "干嘛", "为什么", NULL });
    if (how + 2 < b && is(sc, how + 1, "不") && (is(sc, how + 2, "早") || is(sc, how + 2, "早点")))
        return hit(sc, "rhetorical", label, how, how + 2, how + 2);
    /* 你有没有认真听 / 您听没听我说: whether the caller listens at all (not 您有没有听到提示音, a check) */
    size_t whether = who < b ? find(sc, who + 1, upto(b, who + 3), (list){ "有没有", "到底有没有", NULL }) : NONE;
    size_t how_listen = whether < b && whether + 1 < b && in(sc, whether + 1, (list){ "认真", "在", "好好", "仔细", "用心", NULL }) ? whether + 2 : NONE;
    if (how_listen < b && in(sc, how_listen, (list){ "听", "看", "听我说", NULL }))
        return hit(sc, "rhetorical", label, who, how_listen, how_listen);
    for (size_t i = a; i + 2 < b; i++)
        if (is(sc, i, "听") && is(sc, i + 1, "没") && is(sc, i + 2, "听")) return hit(sc, "rhetorical", label, i, i + 2, i);
    /* 您是不是没在听 / 你根本没认真听: the caller's attention, not hearing, doubted (您是不是没听清 is a
     * check of the line and passes) */
    if (who < b && !reassured(sc, who, b)) {
        size_t no = find(sc, who + 1, upto(b, who + 4), (list){ "没", "没有", "不", "根本没", NULL });
        if (no + 2 < b && in(sc, no + 1, (list){ "在", "认真", "好好", "用心", "仔细", "注意", NULL }) &&
            in(sc, no + 2, (list){ "听", "看", "听我说", "听我讲", NULL }))
            return hit(sc, "rhetorical", label, who, no + 2, no + 1);
    }
    /* 这有什么不懂的 / 有什么好问的 / 没什么好解释的: the caller's question declared needless */
    for (size_t i = find(sc, a, b, &WHAT_ANY); i + 2 < b; i = find(sc, i + 1, b, &WHAT_ANY)) {
        int what_w = in(sc, i, (list){ "没什么", "有什么", "没啥", "有啥", "没有什么", NULL });
        if (!what_w && (!in(sc, i, (list){ "什么", "啥", NULL }) || i == a || !in(sc, i - 1, (list){ "有", "没", "没有", NULL }))) continue;
        size_t v = i + 1;
        if (in(sc, v, (list){ "好", "难", "不", "可", NULL }) && v + 1 < b) v++;
        if ((v > i + 1 || in(sc, v, (list){ "不懂", "难懂", "不明白", "好说", "好问", "好讲", NULL })) &&
            in(sc, v, (list){ "说", "问", "讲", "解释", "谈", "聊", "争", "吵", "懂", "理解", "明白", "不懂", "难懂", "不明白",
                              "好说", "好问", "好讲", "投诉", "抱怨", "计较", NULL }) &&
            (v + 1 == b || in(sc, v + 1, &TAIL)))
            return hit(sc, "rhetorical", label, what_w ? i : i - 1, v, v);
    }
    /* 这还需要我教吗 / 这种事还要问我: the question said to be beneath asking */
    size_t still_need = find(sc, a, b, (list){ "还需要", "还要", NULL });
    for (size_t i = a; still_need == NONE && i + 1 < b; i++)
        if (is(sc, i, "还") && in(sc, i + 1, (list){ "需要", "要", "得", NULL })) still_need = i + 1;
    if (question && still_need + 1 < b) {
        size_t k = in(sc, still_need + 1, (list){ "我", "问我", NULL }) && is(sc, still_need + 1, "我") ? still_need + 2 : still_need + 1;
        if (k < b && (in(sc, k, (list){ "教", "教你", "教您", "问我", NULL }) || (is(sc, k, "问") && k + 1 < b && is(sc, k + 1, "我"))))
            return hit(sc, "rhetorical", label, still_need, k, k);
    }
    /* 问这个有意义吗 / 问这种问题有意思吗 */
    size_t asked = find(sc, a, b, (list){ "问", "问这个", "说", "讲", "说这些", "讲这些", NULL });
    /* 说这些有意思吗 — but 您说的方法有用吗 asks about the method */
    if (asked + 1 < b && in(sc, asked, (list){ "说", "讲", NULL }) && !in(sc, asked + 1, (list){ "这些", "这个", "那些", "这种", "这", NULL }))
        asked = NONE;
    size_t point = asked < b ? find(sc, asked + 1, b, (list){ "有意义", "有意思", "有用", NULL }) : NONE;
    for (size_t i = asked + 1; point == NONE && asked < b && i + 1 < b; i++)
        if (is(sc, i, "有") && in(sc, i + 1, (list){ "意义", "意思", "用", NULL })) point = i + 1;
    if (question && point < b) return hit(sc, "rhetorical", label, asked, point, point);
    if (!question) return 0;
    /* 您还有什么不清楚的地方吗 / 哪里不明白: asking what is still unclear is the 2.6 offer */
    if (find(sc, a, b, &OPEN_ASK) < b) return 0;
    if (who < b) {
        size_t self_neg = find(sc, who + 1, b, &NEG_HEAR);
        if (self_neg < b) return hit(sc, "rhetorical", label, who, self_neg, self_neg);
        size_t neg = find(sc, who + 1, b, &NEG);
        size_t verb = neg < b ? find(sc, neg + 1, b, &HEAR) : b;
        if (verb < b && !run_on_ask(sc, neg, verb, b)) return hit(sc, "rhetorical", label, who, verb, verb);
        size_t self = find(sc, who, upto(b, who + 2), (list){ "自己", "你自己", "您自己", NULL });
        if (self < b && find(sc, self + 1, upto(b, self + 3), &NEG) < b)
            return hit(sc, "rhetorical", label, who, self + 1, self);
    }
    for (size_t i = a; i + 1 < b; i++)
        if (in(sc, i, (list){ "没", "没有", NULL }) && in(sc, i + 1, &HEAR))
            return hit(sc, "rhetorical", label, i, i + 1, i + 1);
    size_t neg = find(sc, a, b, (list){ "不是", "难道", NULL });
    size_t say = neg < b ? find(sc, neg + 1, b, &SAY) : b;
    if (say < b && !recalled_to_check(sc, a, neg, b)) return hit(sc, "rhetorical", label, neg, say, say);
    return 0;
}

/* 我想确认一下，您到底是哪天… / 为了帮您核实，…到底…: 到底 in a question whose purpose the agent
 * states (checking, to help) in its clause or the one before, a clarifying question as 2.3 asks
 * (helper seentone: neutral 到底). */
static int asks_to_check(scan *sc, size_t a, size_t b)
{
    size_t pa = a;
    while (pa > 0 && sc->w->v[pa - 1].clause + 1 >= sc->w->v[a].clause) pa--;
    return find(sc, pa, b, (list){ "确认", "核实", "核对", "了解", "想问", "麻烦", "方便", "回忆", "为了", "帮您", "为您", NULL }) < b;
}

/* 您到底是哪天办的卡呢？/ 您到底是几号停的水？: 到底 before a question for a date, an amount or which
 * one, a fact the agent needs (2.3 asks to clarify), not 您到底要干什么 demanding the caller's
 * intent (helper seentone: neutral 到底). */
static size_t spells_any(scan *sc, size_t i, size_t b, const char *const *stems);

static int asks_fact(scan *sc, size_t daodi, size_t b)
{
    size_t k = daodi + 1;
    if (k < b && is(sc, k, "是")) k++;
    return k < b && spells_any(sc, k, b, (list){ "哪天", "哪一天", "几号", "几点", "多少", "什么时候", "几月", "哪年", "哪一年", "哪个月",
                                                 "哪里", "哪儿", "哪一笔", "哪笔", "哪张", "哪一张", "哪家", "哪一家", "哪位", "几时", "多久",
                                                 "哪1天", "哪1笔", "哪1张", "哪1家", "哪1年", NULL }) < b;
}

/* 我刚才已经讲了 / 我都说了好几遍了 / 您到底要办什么 / 别磨叽了 / 你听我说完行不行 /
 * 您又有什么事啊 / 你也不用这么大声吧: reproaching or hurrying the caller. */
/* 您刚才说过的地址 / 我刚才讲过的那个方案: the words said earlier named as a thing (说过 + 的 + a
 * noun), to check or correct it, not held against the caller. Not 这个我刚才说过的 (的 closing
 * the clause: "as I said") nor 我刚才说过的你都没听 (the caller after 的: a reproach). */
static int said_names_thing(scan *sc, size_t i, size_t b)
{
    size_t de = i + 1 < b && in(sc, i + 1, &DONE) ? i + 2 : i + 1;   /* 说|过|的 as the lexicon cuts it */
    return de + 1 < b && is(sc, de, "的") && !in(sc, de + 1, &SECOND) && !in(sc, de + 1, (list){ "啊", "呀", "嘛", "呢", "吧", NULL });
}

static int impatient(scan *sc, size_t a, size_t b)
{
    static const char *const label = "不耐烦";
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, &SAY)) continue;
        size_t lead = find(sc, a, i, &ALREADY);
        /* 说得很清楚 (not 说得不够清楚: the agent owning an unclear answer) */
        size_t clear = i + 2 < b && is(sc, i + 1, "得") ? find(sc, i + 2, upto(b, i + 4), (list){ "清楚", "明白", "很清楚", NULL }) : NONE;
        int done = (i + 1 < b && in(sc, i + 1, &DONE)) || strstr(word(sc, i), "过") != NULL ||
                   (clear < b && find(sc, i + 2, clear, (list){ "不够", "不", "不太", "没", "没有", "不是很", NULL }) == NONE);
        done = done && !said_names_thing(sc, i, b);
        /* 我刚才说了句废话 / 我刚才说错了: the agent owning a slip, not holding the words against the caller */
        int own_slip = find(sc, i, upto(b, i + 5), (list){ "废话", "错话", "错", "错了", "说错", "说错了", "讲错", "讲错了",
                                                           "没用", "没用的", "1堆", "一堆", "半天", NULL }) < b;
        /* 刚才我说了三个步骤，您先做第一个: the agent's own instructions counted to go on with them
         * (helper seen4fix), not the words held against the caller */
        const char *n2 = i + 2 < b ? word(sc, i + 2) : "";
        int counted = (n2[0] >= '2' && n2[0] <= '9') || strncmp(n2, "两", strlen("两")) == 0;
        int listed = counted && ((i + 3 < b && in(sc, i + 3, (list){ "个", "条", "点", "步", "种", "项", "件", "个步骤", "步骤", NULL })) ||
                                 strstr(n2, "个") || strstr(n2, "条") || strstr(n2, "点") || strstr(n2, "种") || strstr(n2, "步"));
        if (lead < i && done && !own_slip && !listed && !recaps_caller(sc, a, i, b)) return hit(sc, "impatient", "不耐烦（已经说过）", lead, i + (i + 1 < b), i);
        /* the count is the key: 解释 may be 2.6's own part (我再给您解释一遍), a count of past
         * explanations (我都解释三遍了) never is */
        for (size_t k = i + 1; k < upto(b, i + 4); k++) {
            if (many_times(sc, a, k)) return hit(sc, "impatient", "不耐烦（说了几遍）", i, k, k);
            /* the count counts the speech itself (说了两次), not another verb after it (重复扣了两次) */
            if (!in(sc, k, &DONE) && !(word(sc, k)[0] >= '0' && word(sc, k)[0] <= '9') &&
                !in(sc, k, (list){ "多少", "几", "好几", "好", "无数", "这么多", "那么多", "两", "第", "都", "不下", "至少", "快", NULL }))
                break;
        }
    }
    size_t who = find(sc, a, b, &SECOND);
    if (who < b) {
        size_t daodi = find(sc, who + 1, upto(b, who + 3), &DAODI);
        /* 帮您跟进到底 / 为您负责到底: 到底 after a verb is "to the end", a promise (3.1 allows it):
         * only 您到底 / 您还到底 is the impatient demand */
        if (daodi < b && daodi > who + 1 && !in(sc, daodi - 1, (list){ "还", "又", "是", "们", NULL })) daodi = NONE;
        if (daodi < upto(b, who + 3) && find(sc, a, b, PLEASE) == NONE && !asks_to_check(sc, a, b) && !asks_fact(sc, daodi, b))   /* 请问您到底是哪天… asks */
            return hit(sc, "impatient", "不耐烦（到底）", who, daodi, daodi);
        size_t again = find(sc, who + 1, upto(b, who + 3), (list){ "又", NULL });
        size_t what = again < b ? find(sc, again + 1, upto(b, again + 4), (list){ "事", "事情", "事儿", NULL }) : NONE;
        if (what < b) return hit(sc, "impatient", label, who, what, again);
        size_t me = find(sc, who + 1, upto(b, who + 3), (list){ "听", "让", NULL });
        if (me + 1 < b && is(sc, me + 1, "我") && in(sc, b - 1, &DEMAND)) return hit(sc, "impatient", label, who, b - 1, b - 1);
        size_t no_need = find(sc, a, b, &NO_NEED);
        if (no_need + 1 < b && is(sc, no_need + 1, "这么")) return hit(sc, "impatient", label, no_need, no_need + 1, no_need);
        size_t how = find(sc, who + 1, upto(b, who + 3), (list){ "怎么", NULL });
        if (how + 1 < b && in(sc, how + 1, (list){ "这么", "那么", NULL }) && find(sc, how + 2, upto(b, how + 4), (list){ "多", "烦", "啰嗦", "问题", "事", NULL }) < b)
            return hit(sc, "impatient", label, who, how + 1, how);
    }
    if (who < b) {
        /* 你要问几次 / 您问了多少遍了: the caller's repeated questions counted */
        size_t ask = find(sc, who + 1, upto(b, who + 4), (list){ "问", "问了", "问过", NULL });
        /* (您问几遍都没关系 grants the repeats: patience, not a count; helper probe2) */
        int granted = ask < b && find(sc, ask + 1, upto(b, ask + 6), (list){ "没关系", "都没关系", "也没关系", "都可以", "也可以",
                                                                              "都行", "也行", "没问题", "不要紧", "都不要紧", NULL }) < b;
        for (size_t k = ask + 1; ask < b && !granted && k < upto(b, ask + 4); k++)
            if (many_times(sc, a, k)) return hit(sc, "impatient", "不耐烦（问了几遍）", who, k, ask);
        /* 你能不能痛快点: hurrying the caller (快点 only without a courtesy word) */
        size_t can = find(sc, who + 1, upto(b, who + 4), (list){ "能不能", "不能", "可不可以", "就不能", "能否", NULL });
        size_t fast = can < b ? find(sc, can + 1, upto(b, can + 4),
                                     (list){ "痛快点", "痛快", "利索点", "利索", "爽快点", "爽快", "快点", "快一点", NULL }) : NONE;
        if (fast < b && (!in(sc, fast, (list){ "快点", "快一点", NULL }) ||
                         find(sc, a, b, (list){ "请", "麻烦", "请您", "抱歉", "不好意思", NULL }) == NONE))
            return hit(sc, "impatient", "催促客户", who, fast, fast);
    }
    /* 快点快点！: a clause of nothing but hurry */
    size_t hurries = 0;
    for (size_t i = a; i < b && in(sc, i, &HURRY); i++) hurries++;
    if (hurries >= 2 && hurries == b - a) return hit(sc, "impatient", "催促客户", a, b - 1, a);
    /* 能不能一次说清楚: the caller told to stop repeating */
    size_t once = NONE;
    for (size_t i = a; i + 1 < b && once == NONE; i++)
        if ((is(sc, i, "1") && is(sc, i + 1, "次")) || is(sc, i, "1次")) once = i;
    size_t plain_say = once < b ? find(sc, once + 1, upto(b, once + 4), (list){ "说清楚", "讲清楚", "说明白", "说", "讲", NULL }) : NONE;
    if (plain_say < b && find(sc, a, once, (list){ "能不能", "不能", "就不能", "能否", NULL }) < b &&
        find(sc, a, b, (list){ "请", "麻烦", "请您", "可以", NULL }) == NONE)
        return hit(sc, "impatient", "不耐烦", once, plain_say, plain_say);
    /* 你怎么还在问这个 (not 您怎么还没收到: the agent puzzled) */
    if (who < b) {
        size_t how = find(sc, who + 1, upto(b, who + 3), (list){ "怎么", NULL });
        size_t still = how < b ? find(sc, how + 1, upto(b, how + 3), (list){ "还", "还在", "又", NULL }) : NONE;
        size_t act = still < b ? find(sc, still + 1, upto(b, still + 3), (list){ "问", "说", "打", "纠结", "提", "闹", NULL }) : NONE;
        if (act < b && find(sc, still + 1, act, (list){ "没", "没有", "不", NULL }) == NONE)
            return hit(sc, "impatient", "不耐烦", who, act, act);
    }
    /* 别说了 as a whole clause: stopping the caller */
    if (b - a <= 3 && in(sc, a, &PROHIB) && a + 1 < b && in(sc, a + 1, (list){ "说", "讲", "说了", "讲了", "问", "问了", "啰嗦", NULL }) &&
        (a + 2 == b || in(sc, a + 2, (list){ "了", "啦", NULL })))
        return hit(sc, "impatient", "不耐烦", a, a + 1, a + 1);
    /* 行了行了 / 够了够了: cutting the caller off */
    size_t enough = 0, ends = 0;
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, (list){ "行了", "好了", "够了", "行", "好", "够", "了", "得了", NULL })) { enough = 0; break; }
        enough++;
        ends += strstr(word(sc, i), "了") != NULL;
    }
    if (enough >= 2 && ends >= 2 && !in(sc, a, (list){ "了", NULL }))
        return hit(sc, "impatient", "不耐烦", a, b - 1, a);
    size_t stop = find(sc, a, b, &PROHIB);
    size_t dawdle = stop < b ? find(sc, stop + 1, upto(b, stop + 4), &DAWDLE) : NONE;
    /* (您别嫌我啰嗦 is the agent's own wordiness) */
    if (dawdle < b && find(sc, stop + 1, dawdle, &FIRST) == NONE) return hit(sc, "impatient", "催促客户", stop, dawdle, dawdle);
    size_t hurry = find(sc, a, b, &HURRY);
    if (hurry + 1 < b && (in(sc, hurry + 1, &SAY) || in(sc, hurry + 1, (list){ "说完", "讲完", "说重点", NULL })))
        return hit(sc, "impatient", "催促客户", hurry, hurry + 1, hurry + 1);
    /* 说完了没有？: not 请问您说完了吗 */
    size_t done_talk = find(sc, a, b, (list){ "说完", "讲完", "说完了", "讲完了", NULL });
    if (done_talk < b && sc->w->question[sc->w->v[a].clause] && find(sc, done_talk + 1, b, (list){ "没有", "没", NULL }) < b &&
        find(sc, a, b, PLEASE) == NONE)
        return hit(sc, "impatient", "不耐烦", done_talk, b - 1, done_talk);
    /* 快点儿 / 您麻利点 / 快一点行吗: a clause of nothing but hurry at the caller, without a
     * courtesy word (请您快一点 asks; 我们会快点处理 is the agent's own pace) */
    static const char *const hurry_pad[] = { "吧", "啊", "呀", "了", "儿", "的", "行吗", "行不行", "好吗", "好不好", "行", "吗",
                                             "点", "点儿", "1", "1点", "些", "但是", "不过", "可是", "那", "那就", "就", NULL };
    size_t hurry_at = NONE;
    int only_hurry = find(sc, a, b, &HURRY_W) < b;   /* most clauses: no hurry word, no walk */
    for (size_t i = a; i < b && only_hurry; i++) {
        if (in(sc, i, &HURRY_W)) { if (hurry_at == NONE) hurry_at = i; continue; }
        only_hurry = in(sc, i, &SECOND) || in(sc, i, hurry_pad);
    }
    if (only_hurry && hurry_at < b) return hit(sc, "impatient", "催促客户", a, b - 1, hurry_at);
    /* 你说清楚点行不行: an order to the caller with a demand tag (2.5 asks 请您再说一遍好吗) */
    if (who < b && b - 1 > who && in(sc, b - 1, &DEMAND) && find(sc, a, b, (list){ "请", "请您", "麻烦", "麻烦您", NULL }) == NONE) {
        size_t talk = find(sc, who + 1, upto(b, who + 3), (list){ "说", "讲", "说清楚", "讲清楚", "说明白", "讲明白", "说慢", "大声", NULL });
        if (talk < b - 1) return hit(sc, "impatient", "催促客户", who, b - 1, talk);
    }
    /* 不留电话就别投诉了 / 不满意就别用 / 没钱就别办: the caller dismissed by a condition (您不舒服
     *就别出门了 is care: its verb is not the caller's business with us) */
    size_t then_w = find(sc, a, b, (list){ "就", NULL });
    if (then_w + 2 < b && then_w > a && in(sc, then_w + 1, (list){ "别", "不要", "甭", NULL }) &&
        in(sc, then_w + 2, (list){ "投诉", "用", "办", "买", "打", "打电话", "打来", "问", "找", "等", "来", "办理", "使用", "要",
                                   "申请", "报修", "说", "打过来", "找我们", "问我们", NULL }) &&
        find(sc, a, then_w, (list){ "不", "没", "没有", "嫌", "不想", "不会", "不留", "不满意", "等不及", "没钱", "不愿意", NULL }) < then_w)
        return hit(sc, "dismissive", "打发客户", a, then_w + 2, then_w + 1);
    /* 您先冷静，否则这电话没法打了: a condition that threatens to stop serving the caller */
    size_t or_else = find(sc, a, b, (list){ "不然", "否则", "要不然", "要不", NULL });
    size_t threat = or_else < b ? find(sc, or_else + 1, b, (list){ "没法", "没办法", "挂", "挂了", "挂断", "不处理", "不管", "不帮",
                                                                       "不给", "不办", "没法儿", NULL }) : NONE;
    /* (请您带好身份证，不然没法办理 states a requirement: the threat is the agent's, to hang up or stop talking) */
    int mine = threat < b && (find(sc, or_else + 1, threat, &FIRST) < threat || in(sc, threat, (list){ "挂", "挂了", "挂断", NULL }) ||
                              (threat + 1 < b && in(sc, threat + 1, (list){ "跟您", "跟你", "沟通", "谈", "打", "聊", "继续", "跟", NULL })));
    /* 请您文明用语，否则我将挂断电话 / 如果您继续辱骂，我只能结束通话: ending the call on abuse, said
     * politely, is what 贵阳 §二(三) 1-3 prescribe for a caller who swears or insults — no threat */
    if (mine && find(sc, 0, or_else, (list){ "文明", "文明用语", "用语", "辱骂", "脏话", "骂人", "侮辱", "谩骂", "人身攻击", NULL }) < or_else)
        mine = 0;
    if (mine) return hit(sc, "impatient", "要挟客户", or_else, threat, threat);
    /* 别一直重复 (not 请不要重复提交) */
    size_t dont = find(sc, a, b, &PROHIB);
    size_t again_w = dont < b ? find(sc, dont + 1, upto(b, dont + 4), (list){ "重复", "绕圈子", "绕来绕去", NULL }) : NONE;
    if (again_w < b && find(sc, a, dont, (list){ "请", "请您", "麻烦", NULL }) == NONE &&
        find(sc, again_w + 1, b, (list){ "提交", "申请", "办理", "操作", "缴费", "付款", "下单", "点击", NULL }) == NONE)
        return hit(sc, "impatient", "不耐烦", dont, again_w, again_w);
    return 0;
}

/* Is [from, b) nothing but the matter pointed at (这个, 这种事, 办这个) and particles? */
static int disowns_rest(scan *sc, size_t from, size_t b)
{
    for (size_t k = from; k < b; k++)
        if (!in(sc, k, &TAIL) && !in(sc, k, (list){ "这个", "这些", "这种", "这块", "这事", "这种事", "这类", "这方面", "这",
                                                    "事", "事情", "问题", "办", "处理", "管", "那个", "那些", "哈", "啦", NULL }))
            return 0;
    return 1;
}

/* 这不是我们的问题，是你手机的问题 / 都怪你 / 您自己弄错了 / 我们不管: the fault put on the
 * caller, or the matter pushed away. */
static int blame(scan *sc, size_t a, size_t b)
{
    size_t neg = find(sc, a, b, (list){ "不是", "并非", "不属于", "可不是", NULL });
    size_t us = neg < b ? find(sc, neg + 1, upto(b, neg + 3), &FIRST) : NONE;
    size_t fault = us < b ? find(sc, us + 1, upto(b, us + 4), &FAULT) : NONE;
    if (fault < b) return hit(sc, "blame", "推卸责任", neg, fault, fault);
    for (size_t i = a; i < b; i++) {
        if (in(sc, i, &FIRST) && i + 1 < b && in(sc, i + 1, &NOT_OURS))
            return hit(sc, "blame", "推卸责任", i, i + 1, i + 1);
        /* 我们不负责 / 客服这边不负责办这个 / 我们不管这种事: the disclaimer typed as two words (不
         * 负责), ending the clause but for the matter pointed at (not 我们不负责收取任何押金, which
         * states what we never do; helper seen4fix, the 推诿 class of seen4) */
        size_t no = in(sc, i, &FIRST) ? i + 1 : NONE;
        if (no < b && in(sc, no, (list){ "这儿", "这里", "这边", "这", "客服", NULL })) no++;
        if (no + 1 < b && is(sc, no, "不") && in(sc, no + 1, (list){ "负责", "管", NULL }) && disowns_rest(sc, no + 2, b))
            return hit(sc, "blame", "推卸责任（推诿）", i, no + 1, no + 1);
        /* 我们这儿不负责 */
        if (in(sc, i, &FIRST) && i + 2 < b && in(sc, i + 1, (list){ "这儿", "这里", "这边", "这", NULL }) &&
            in(sc, i + 2, &NOT_OURS))
            return hit(sc, "blame", "推卸责任", i, i + 2, i + 2);
        if (!in(sc, i, &BLAME_LEAD) || (i > a && in(sc, i - 1, &NEG))) continue;
        /* 不能怪您 / 怎么能怪您: the fault taken off the caller */
        if (i > a && in(sc, i - 1, (list){ "不能", "不该", "不应该", "怎么能", "哪能", "别", "不会", NULL })) continue;
        size_t who = find(sc, i + 1, upto(b, i + 3), &SECOND);
        if (who >= b) continue;
        if (strstr(word(sc, i), "怪")) return hit(sc, "blame", "怪罪客户", i, who, i);
        /* 是你手机的问题 / 是您自己的原因: the fault is the caller's (的 before it) */
        size_t f = find(sc, who + 1, upto(b, who + 5), &FAULT);
        /* 是您手机的问题 — not 是回访您上次反映的问题 (a verb between 是 and 您) */
        if (f < b && f > who + 1 && who == i + 1 && is(sc, f - 1, "的")) return hit(sc, "blame", "怪罪客户", i, f, f);
    }
    /* 还怪我们: the caller's complaint turned back on them */
    size_t blame_us = find(sc, a, b, (list){ "怪", NULL });
    if (blame_us > a && blame_us + 1 < b && in(sc, blame_us - 1, (list){ "还", "倒", "反而", NULL }) && in(sc, blame_us + 1, &FIRST))
        return hit(sc, "blame", "怪罪客户", blame_us - 1, blame_us + 1, blame_us);
    /* 你就是不听: the caller blamed for not listening */
    size_t you_just = find(sc, a, b, &SECOND);
    size_t just = you_just < b ? find(sc, you_just + 1, upto(b, you_just + 3), (list){ "就是", "偏", "偏偏", "总是", "老是", "就", NULL }) : NONE;
    if (just + 1 < b && (in(sc, just + 1, (list){ "不听", "不信", "不看", NULL }) ||
                         (just + 2 < b && is(sc, just + 1, "不") && in(sc, just + 2, (list){ "听", "信", "看", NULL }))) &&
        (just + 2 >= b || !is(sc, just + 2, "清楚")) && !is(sc, b - 1, "吗"))
        return hit(sc, "blame", "怪罪客户", you_just, just + 1, just);
    /* 现在出了问题怪谁 / 能怪谁: the fault thrown back */
    size_t whom = find(sc, a, b, (list){ "怪谁", "能怪谁", "该怪谁", NULL });
    if (whom == NONE) {
        size_t blame_w = find(sc, a, b, (list){ "怪", NULL });
        if (blame_w + 1 < b && is(sc, blame_w + 1, "谁")) whom = blame_w + 1;
    }
    if (whom < b && whom + 1 >= b) return hit(sc, "blame", "怪罪客户", whom, whom, whom);
    /* 您当时为什么不问清楚 / 您怎么不早说: reproach for what the caller did not do then */
    size_t you = find(sc, a, b, &SECOND);
    size_t then = you < b ? find(sc, you + 1, upto(b, you + 3), (list){ "当时", "当初", "之前", "那时", "早", "以前", NULL }) : NONE;
    size_t why = then < b ? find(sc, then + 1, upto(b, then + 3), (list){ "为什么", "干嘛", "怎么", "为啥", NULL }) : NONE;
    if (why + 1 < b && (strncmp(word(sc, why + 1), "不", 3) == 0 || strncmp(word(sc, why + 1), "没", 3) == 0))
        return hit(sc, "blame", "怪罪客户", you, why + 1, why);
    for (size_t who = a; who < b; who++) {
        if (!in(sc, who, &SECOND)) continue;
        size_t self = who;
        if (!strstr(word(sc, who), "自己")) {
            if (who + 1 >= b || !is(sc, who + 1, "自己")) continue;
            self = who + 1;
        }
        size_t own = find(sc, self + 1, upto(b, self + 4), &OWN_FAULT);
        if (own < b) return hit(sc, "blame", "怪罪客户", who, own, own);
        size_t f = find(sc, self + 1, upto(b, self + 3), &FAULT);
        if (f < b) return hit(sc, "blame", "怪罪客户", who, f, f);
        size_t look = find(sc, self + 1, upto(b, self + 3), (list){ "看", "查", "去", "找", "上网", "看着办", "想办法", NULL });
        size_t think = find(sc, self + 1, upto(b, self + 3), (list){ "想", NULL });   /* 你自己想办法 */
        if (look == NONE && think + 1 < b && in(sc, think + 1, (list){ "办法", "法子", "辙", NULL })) look = think + 1;
        if (look < b) return hit(sc, "dismissive", "推诿（让客户自己办）", who, look, look);
    }
    return 0;
}

/* 以后别为这点小事打过来了 / 别来烦我们 / 你爱找谁找谁去 / 我哪知道 / 这么点钱也值得打电话:
 * sending the caller away or making light of the call. */
static int dismissive(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "打发客户";
    size_t petty = find(sc, a, b, &PETTY);
    /* 这种破事 — not 这不是小事 (a negation right before it) */
    /* (大事小事都可以说: any matter at all, an invitation) */
    if (petty < b && find(sc, petty > a + 2 ? petty - 2 : a, petty, &NEG) == NONE &&
        !(petty > a && in(sc, petty - 1, (list){ "大事", "大事儿", NULL })))
        return hit(sc, "dismissive", "轻视客户", petty, petty, petty);
    size_t little = find(sc, a, b, &SO_LITTLE);
    for (size_t i = a; little == NONE && i + 1 < b; i++)
        if (in(sc, i, (list){ "这么", "那么", "这", NULL }) && strncmp(word(sc, i + 1), "点", 3) == 0) little = i;
    size_t worth = little < b ? find(sc, little + 1, b, (list){ "值得", "值当", "至于", NULL }) : NONE;
    if (worth < b) return hit(sc, "dismissive", "轻视客户", little, worth, worth);
    size_t cant = find(sc, a, b, (list){ "不了", NULL });
    if (cant + 2 < b && is(sc, cant + 1, "就") && in(sc, cant + 2, &PROHIB)) return hit(sc, "dismissive", label, cant, cant + 2, cant + 2);
    for (size_t i = a; i + 2 < b; i++)
        if (in(sc, i, &FIRST) && is(sc, i + 1, "又") && in(sc, i + 2, (list){ "不", "不是", "没", "没有", "不会", NULL }))
            return hit(sc, "dismissive", label, i, i + 2, i + 1);
    for (size_t i = a; i < b; i++) {
        if (in(sc, i, (list){ "爱", NULL }) && i + 3 < b && in(sc, i + 2, (list){ "谁", "什么", "哪", "啥", NULL }) &&
            strcmp(word(sc, i + 1), word(sc, i + 3)) == 0)
            return hit(sc, "dismissive", label, i, i + 3, i);
        /* 爱怎么投诉就怎么投诉 / 爱去哪去哪: the same question word twice after 爱 */
        /* 爱投诉投诉去: the same verb twice after 爱 */
        if (is(sc, i, "爱") && i + 2 < b && strcmp(word(sc, i + 1), word(sc, i + 2)) == 0)
            return hit(sc, "dismissive", label, i, i + 2, i);
        size_t q = i + 1 < b && in(sc, i + 1, (list){ "去", "上", "到", NULL }) ? i + 2 : i + 1;   /* 爱去哪投诉就去哪投诉, 爱上哪告上哪告 */
        if (is(sc, i, "爱") && q + 1 < b && in(sc, q, (list){ "怎么", "怎样", "咋", "哪", "去哪", "找谁", "谁", "啥", "什么", NULL })) {
            for (size_t j = q + 1; j < upto(b, q + 6); j++)
                if (strcmp(word(sc, j), word(sc, q)) == 0) return hit(sc, "dismissive", label, i, j, i);
        }
        if (in(sc, i, (list){ "哪", "哪里", "哪儿", NULL }) && i + 1 < b && is(sc, i + 1, "知道"))
            return hit(sc, "dismissive", label, i, i + 1, i + 1);
        if (!in(sc, i, &PROHIB)) continue;
        /* 别问我 / 别找我们: sending the caller away */
        size_t ask = i + 1 < b && in(sc, i + 1, (list){ "来", "再", NULL }) ? i + 2 : i + 1;   /* 别来找我们 */
        if (ask + 1 < b && in(sc, ask, (list){ "问", "找", "来找", "来问", NULL }) && in(sc, ask + 1, &FIRST))
            return hit(sc, "dismissive", label, i, ask + 1, ask);
        size_t end = upto(b, i + 6);
        size_t pester = find(sc, i + 1, upto(b, i + 3), &PESTER);
        if (pester < b) return hit(sc, "dismissive", label, i, pester, pester);
        size_t waste = find(sc, i + 1, upto(b, i + 5), (list){ "浪费时间", "浪费", NULL });
        if (waste < b) return hit(sc, "dismissive", label, i, waste, waste);
        if (i + 2 < b && is(sc, i + 1, "再") && is(sc, i + 2, "问")) return hit(sc, "dismissive", label, i, i + 2, i + 2);
        size_t call = find(sc, i + 1, end, &CALL);
        if (call >= b) continue;
        int again = find(sc, a, b, &AGAIN) < b || strstr(word(sc, call), "过来") ||
                    (call + 1 < b && in(sc, call + 1, &DONE));
        if (again) return hit(sc, "dismissive", label, i, call, call);
    }
    (void)question;
    return 0;
}

/* 您可真行 / 哟，您还挺懂的嘛 / 真是服了你了 / 虽然你也没多耐心 / 您说什么都对 / 对不起行了吧:
 * praise or agreement meant as its opposite. */
static int sarcasm(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "讽刺客户";
    size_t who = find(sc, a, b, &SECOND);
    size_t serve = find(sc, a, b, (list){ "服", "服了", NULL });
    if (serve < b && find(sc, serve + 1, upto(b, serve + 3), &SECOND) < b)
        return hit(sc, "sarcasm", label, serve, serve + 1, serve);
    if (b - a >= 3 && in(sc, b - 3, (list){ "行", "好", "满意", "可以", NULL }) && is(sc, b - 2, "了") && is(sc, b - 1, "吧"))
        return hit(sc, "sarcasm", label, b - 3, b - 1, b - 3);
    if (who >= b) return 0;
    size_t though = find(sc, a, who, (list){ "虽然", "虽说", NULL });
    if (though < who && find(sc, who + 1, b, (list){ "没", "没多", "不怎么", "并不", NULL }) < b)
        return hit(sc, "sarcasm", label, though, who, though);
    size_t what = find(sc, who + 1, b, (list){ "什么", NULL });
    size_t all = what < b ? find(sc, what + 1, b, (list){ "都", NULL }) : b;
    if (all + 1 < b && in(sc, all + 1, (list){ "对", "行", "有理", NULL })) return hit(sc, "sarcasm", label, who, all + 1, all + 1);
    /* 您可真是大忙人: a mocking title for the caller */
    size_t title = find(sc, who + 1, upto(b, who + 4), (list){ "大忙人", "大人物", "大老板", "贵人", "大爷", "祖宗", "活祖宗", NULL });
    if (title < b && (title == who + 1 || in(sc, title - 1, &SO) || is(sc, title - 1, "是")))
        return hit(sc, "sarcasm", label, who, title, title);
    /* 您这记性可真好 / 你本事可真大: praise of the caller's memory or ability, said to mock */
    size_t attr = find(sc, who + 1, upto(b, who + 3), (list){ "记性", "本事", "能耐", "脑子", "眼力", NULL });
    if (!question && attr + 2 < b && in(sc, attr + 1, &SO)) {
        size_t k = attr + 2;
        if (in(sc, k, &SO) && k + 1 < b) k++;
        /* in a negative frame only (您记性真好，连订单号都记得 is praise): something forgotten, lost,
         * broken or got wrong in the same reply */
        int mishap = 0;
        for (size_t i = 0; i < sc->w->n && !mishap; i++) {
            const char *m = word(sc, i);
            mishap = strstr(m, "忘") || strstr(m, "丢") || strstr(m, "错") || strstr(m, "坏") || strstr(m, "拆");
        }
        if (mishap && in(sc, k, (list){ "好", "大", "行", "厉害", "灵", NULL }))
            return hit(sc, "sarcasm", label, who, k, attr);
    }
    /* 您可真会挑时候: 会 praised for an untimely act */
    size_t good_at = find(sc, who + 1, upto(b, who + 3), (list){ "可真会", "真会", "还真会", "可会", "会", NULL });
    if (!question && good_at < b && (strcmp(word(sc, good_at), "会") != 0 || (good_at > who + 1 && in(sc, good_at - 1, &SO))) &&
        find(sc, good_at + 1, upto(b, good_at + 4), (list){ "时候", "时间", "添乱", "找事", "找麻烦", "折腾", NULL }) < b)
        return hit(sc, "sarcasm", label, who, good_at, good_at);
    if (question || who + 2 >= b || !in(sc, who + 1, &SO)) return 0;
    size_t k = who + 2;
    if (in(sc, k, &SO) && k + 1 < b) k++;
    if (in(sc, k, (list){ "个", "一个", NULL }) && k + 1 < b) k++;   /* 您真是个人才 */
    /* (您真厉害，一次就设置好了，谢谢您: praise for what the caller got done, with thanks, is praise;
     * 您真厉害，谢谢您嘞 with nothing done is still sarcasm) */
    int thanks = 0, done = 0;
    for (size_t i = 0; i < sc->w->n; i++) {
        thanks |= in(sc, i, (list){ "谢谢", "谢谢您", "感谢", "感谢您", "多谢", "谢谢你", NULL });
        done |= in(sc, i, (list){ "成功", "完成", "搞定", "弄好", "改好", "设置好", "装好", "修好", NULL }) ||
                (is(sc, i, "好") && i + 1 < sc->w->n && is(sc, i + 1, "了") && i > 0 && sc->w->v[i - 1].clause == sc->w->v[i].clause &&
                 !in(sc, i - 1, (list){ "真", "可真", "太", "那", "这", NULL }));
    }
    if (thanks && done) return 0;
    if (in(sc, k, &CLEVER) && (k + 1 == b || in(sc, k + 1, &TAIL))) return hit(sc, "sarcasm", label, who, k, k);
    return 0;
}

static int kind_praised(scan *sc, size_t kind, size_t b);   /* helper insult3's, below */

/* 说了你也不懂 / 跟你这种人说不清 / 您耳朵有问题吧 / 您没长眼睛吗 / 您是第一天用手机吗: an
 * attack on the caller's mind, body or worth — an insult (贵阳 §二(三) 6, fails the call). */
static int belittle(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "贬低客户";
    size_t who = find(sc, a, b, &SECOND);
    if (who < b) {
        size_t also = find(sc, who + 1, upto(b, who + 2), (list){ "也", NULL });
        if (also < b && who > a && in(sc, who - 1, &DONE) && find_cannot(sc, also + 1, b) < b)
            return hit(sc, "belittle", label, who - 1, also + 1, who);
        size_t kind = find(sc, who + 1, upto(b, who + 3), &KIND);
        if (kind < b && !kind_praised(sc, kind, b)) return hit(sc, "belittle", label, who, kind, kind);
        /* 你这种人 / 你这种素质的人: the caller as a kind of person */
        size_t sort = find(sc, who + 1, upto(b, who + 3), (list){ "这种", "这样", "这号", NULL });
        size_t person = sort < b ? find(sc, sort + 1, upto(b, sort + 4), (list){ "人", "的人", NULL }) : NONE;
        if (person < b) return hit(sc, "belittle", label, who, person, person);
        if (who + 2 < b && is(sc, who + 1, "这") && is(sc, who + 2, "人") && !kind_praised(sc, who + 2, b))
            return hit(sc, "belittle", label, who, who + 2, who + 2);
        size_t first = find(sc, who + 1, upto(b, who + 3), (list){ "第一天", "第一次", "第", NULL });
        /* 你是第一天用手机吗 — not 请问您是第一次使用我们的服务吗 (a courtesy question) */
        if (question && first < b && find(sc, a, b, (list){ "请问", "请", "麻烦", "请教", NULL }) == NONE &&
            find(sc, a, b, &FIRST) == NONE)   /* 您是第一次使用我们的服务吗 is a courtesy question */
            return hit(sc, "belittle", label, who, first, first);
    }
    if (who < b) {
        /* 您这脑子怎么就转不过弯来呢 */
        size_t body = find(sc, who + 1, upto(b, who + 3), &BODY);
        if (body < b && (in(sc, body - 1, (list){ "这", "这种", "这个", "那点", "这点", NULL }) ||
                         find(sc, body + 1, b, (list){ "怎么", NULL }) < b))
            return hit(sc, "belittle", label, who, body, body);
        /* 就您事多 */
        if (who > a && in(sc, who - 1, (list){ "就", "只有", "就是", NULL }) && who + 1 < b &&
            in(sc, who + 1, (list){ "事", "事多", "事儿", "毛病", "麻烦", NULL }))
            return hit(sc, "belittle", label, who - 1, who + 1, who + 1);
    }
    /* 这么简单的事都不会吗 / 你怎么连这个都不懂: the caller's ability, asked or exclaimed at
     * (not a condition: 如果您连密码都不记得…) */
    int asked = question || find(sc, a, b, (list){ "怎么", NULL }) < b;
    int condition = find(sc, a, b, (list){ "如果", "要是", "若", "假如", "万一", NULL }) < b;
    for (size_t even = a; asked && !condition && even < b; even++) {
        if (!in(sc, even, (list){ "都", "连", NULL })) continue;
        /* 我都不知道怎么回答: the agent's own loss for words (rude, 禁忌语), not the caller's ability */
        if (even > a && in(sc, even - 1, &FIRST)) continue;
        size_t cannot = find_cannot(sc, even + 1, upto(b, even + 3));
        if (cannot < b) return hit(sc, "belittle", label, even, cannot, cannot);
    }
    if (who < b) {
        /* 你怎么这么笨 / 您真蠢: the caller's mind */
        size_t so = find(sc, who + 1, upto(b, who + 4), (list){ "这么", "那么", "真", "太", "好", "真是", NULL });
        /* (您不是那么笨 / 您没那么傻 deny it: a reassurance, unless asked) (owninsult) */
        int denied = !question && so < b && find_named(sc, who + 1, so, &NEG) < so;
        if (so + 1 < b && in(sc, so + 1, &MIND) && !denied) return hit(sc, "belittle", label, who, so + 1, so + 1);
        /* 你真没用 / 你怎么这么没用 / 你就是个没用的人: the caller's worth (not 您这样打电话真没用,
         * said of a way of doing things: 没用 within two words of the caller and ending the clause) */
        size_t useless = find(sc, who + 1, upto(b, who + 4), (list){ "没用", "没有用", "没出息", NULL });
        if (useless < b && find(sc, who + 1, useless, (list){ "真", "太", "这么", "那么", "就是", "是", "个", "好", "怎么",
                                                           "真是", "就是个", "是个", NULL }) < useless &&
            (useless + 1 == b || in(sc, useless + 1, &TAIL) || in(sc, useless + 1, (list){ "的人", "的东西", "的家伙", NULL })) &&
            find(sc, who + 1, useless, (list){ "说", "这样", "那样", "打", "问", "做", "着急", "生气", NULL }) == NONE)
            return hit(sc, "belittle", label, who, useless, useless);
        /* 你以为你是谁 */
        size_t think = find(sc, who + 1, upto(b, who + 3), (list){ "以为", "当", "觉得", NULL });
        if (think + 3 < b && in(sc, think + 1, &SECOND) && is(sc, think + 2, "是") && is(sc, think + 3, "谁"))
            return hit(sc, "belittle", label, who, think + 3, think);
        /* 你这个人真难缠 */
        if (who + 2 < b && in(sc, who + 1, (list){ "这个", "那个", NULL }) && is(sc, who + 2, "人"))
            return hit(sc, "belittle", label, who, who + 2, who + 2);
    }
    /* 你怎么笨成这样 / 笨得要死 / 最笨的客户: the caller's mind, with any degree (我真笨 is the
     * agent's own) */
    for (size_t i = find(sc, a, b, &DULL); i < b; i = find(sc, i + 1, b, &DULL)) {
        int alone = i == a && (i + 1 == b || in(sc, i + 1, &TAIL));   /* 笨！ as a clause */
        /* 说你笨 / 您傻呀: said of the caller (你不笨 has a 不 between) */
        if (i > a && in(sc, i - 1, &SECOND)) alone = 1;
        int degree = alone || (strlen(word(sc, i)) > 3 && !in(sc, i, (list){ "迟钝", "愚蠢", NULL })) ||
                     (i + 1 < b && in(sc, i + 1, (list){ "得", "成", "死", "死了", "到家", "透", "透了", "得要死", NULL })) ||
                     (i > a && in(sc, i - 1, (list){ "最", "真", "太", "好", "这么", "那么", "够", "有点", "多", "真够", NULL }));
        /* 我真笨 (the agent's own) — but 你是我见过最笨的 is about the caller */
        int self = find(sc, a, i, &FIRST) < i && find(sc, a, i, &SECOND) == NONE;
        /* 您不是那么笨 / 您没那么傻: denied of the caller, a reassurance (asked, it is meant) (owninsult) */
        if (!question && i >= a + 2 && in(sc, i - 1, (list){ "那么", "这么", "太", "很", NULL }) && in_named(sc, i - 2, &NEG))
            continue;
        /* 这台机器有点笨 / 系统有点笨: said of a thing, not of the caller (贵阳 §二(三) 6 is about
         * the caller) — unless the caller is named before it (你这脑子真笨 is BODY, caught above) */
        int thing = cs_words_said_of_thing(sc->w, i);
        if (degree && !self && !thing) return hit(sc, "belittle", label, i, i, i);
    }
    /* 您到底懂不懂怎么用手机 / 你会不会说话 / 你识不识字: the caller's ability to do the most basic
     * things questioned (请问您会不会用微信 asks, and a skill beyond the basics is a real question) */
    if (who < b && find(sc, a, b, (list){ "请问", "请", "麻烦", NULL }) == NONE) {
        size_t ab = find(sc, who + 1, upto(b, who + 4), (list){ "懂不懂", "会不会", "知不知道", "识不识字", "不会", "不懂", NULL });
        if (ab < b && in(sc, ab, (list){ "不会", "不懂", NULL }) && !(ab > who + 1 && in(sc, ab - 1, (list){ "会", "懂", NULL })))
            ab = NONE;   /* only the A-not-A 会 不会 / 懂 不懂, not a plain 不会 */
        int basic = ab < b && (find(sc, ab + 1, b, (list){ "手机", "电话", "说话", "识字", "字", "中文", "普通话", "电脑", "遥控器", "人话", NULL }) < b ||
                               is(sc, ab, "识不识字"));
        int pressed = ab < b && find(sc, a, ab, (list){ "到底", "究竟", "连", NULL }) < ab;
        if (basic || (pressed && find(sc, ab + 1, upto(b, ab + 3), (list){ "怎么", "用", "操作", NULL }) < b))
            return hit(sc, "belittle", label, who, ab, ab);
    }
    /* 您是不是从来没用过手机 / 您是第一次打电话吗: the most basic tools as new to the caller (请问您是
     * 第一次用我们的APP吗, 您不会用手机的话我教您 are courtesy and care) */
    if (who < b && find(sc, a, b, (list){ "请问", "请", "的话", "如果", "要是", NULL }) == NONE && find(sc, a, b, &FIRST) == NONE) {
        size_t novice = find(sc, a, b, (list){ "第一次", "第一天", "没用过", "从来没", "从没", "没碰过", "第", NULL });
        size_t tool = novice < b ? find(sc, novice + 1, upto(b, novice + 4), (list){ "手机", "电话", "电脑", "智能手机", "打电话", NULL }) : NONE;
        if (tool < b) return hit(sc, "belittle", label, novice, tool, novice);
    }
    /* 你不懂 as a verdict on the caller, a clause of its own (您不懂没关系 goes on) */
    if (who == a && who + 1 < b && !question) {   /* (你不会？我教你 asks) */
        size_t v = who + 1;   /* 不懂 as one word, or 不 懂 */
        if (is(sc, v, "不") && v + 1 < b && in(sc, v + 1, (list){ "懂", "会", "明白", NULL })) v++;
        else if (!in(sc, v, (list){ "不懂", "不会", "不明白", "听不懂", "什么都不懂", NULL })) v = NONE;
        if (v < b && (v + 1 == b || (in(sc, v + 1, &TAIL) && v + 2 == b)))
            return hit(sc, "belittle", label, who, v, v);
    }
    /* 你耳朵长着干嘛用的 / 您眼睛长哪儿去了 */
    for (size_t i = find(sc, a, b, &BODY); i + 2 < b; i = find(sc, i + 1, b, &BODY)) {
        size_t q = i + 2;   /* 长着 as one word, or 长 着 */
        if (is(sc, i + 1, "长") && is(sc, q, "着") && q + 1 < b) q++;
        if (in(sc, i + 1, (list){ "长", "长着", NULL }) &&
            in(sc, q, (list){ "干嘛", "干什么", "做什么", "哪", "哪儿", "哪里", "哪去", "何用", NULL }))
            return hit(sc, "belittle", label, i, q, i);
    }
    /* 你脑子干嘛用的 */
    for (size_t i = find(sc, a, b, &BODY); i + 2 < b; i = find(sc, i + 1, b, &BODY))
        if (in(sc, i + 1, (list){ "干嘛", "干什么", "做什么", NULL }) && in(sc, i + 2, (list){ "用", "用的", NULL }))
            return hit(sc, "belittle", label, i, i + 2, i);
    /* 您这老人家真难缠 / 这老太太怎么这么烦人 / 你这家伙真蠢: the caller as a kind of person, with a
     * vice (这位老太太的情况 is no vice) */
    size_t this_w = find(sc, a, b, (list){ "这", "这个", "这位", "你这", "您这", NULL });
    size_t person = this_w < b ? find(sc, this_w + 1, upto(b, this_w + 3), (list){ "人", "老人家", "老太太", "老头", "女人",
                                   "男人", "家伙", "大妈", "大爷", "老太", "小子", "丫头", "姑娘", "阿姨", "大姐", "客户", NULL }) : NONE;
    if (person < b) {
        size_t vice = find(sc, person + 1, upto(b, person + 4), &NASTY);
        if (vice == NONE) vice = find(sc, person + 1, upto(b, person + 4), &PEST);
        if (vice == NONE) vice = find(sc, person + 1, upto(b, person + 4), &MIND);
        if (vice < b) return hit(sc, "belittle", label, this_w, vice, vice);
    }
    /* 真是个麻烦的人 */
    size_t really = find(sc, a, b, (list){ "真是", "真是个", "是个", "这个", NULL });
    size_t nasty = really < b ? find(sc, really + 1, upto(b, really + 4), &NASTY) : NONE;
    if (nasty < b && find(sc, nasty + 1, b, (list){ "人", "的人", NULL }) < b)
        return hit(sc, "belittle", label, really, nasty, nasty);
    /* 脑子呢？ */
    if (question && b - a <= 3 && find(sc, a, b, &BODY) < b && is(sc, b - 1, "呢"))
        return hit(sc, "belittle", label, a, b - 1, a);
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, &BODY)) continue;
        size_t broken = find(sc, i + 1, upto(b, i + 4), &BROKEN);   /* 脑子是不是有问题 */
        /* 宝宝的耳朵检查没问题: the fault denied right before it is a clean bill */
        if (broken < b && broken > i + 1 && in(sc, broken - 1, (list){ "没", "没有", "并没有", "都没", "没什么", NULL })) continue;
        if (broken < b) return hit(sc, "belittle", label, i, broken, i);
        if (i >= a + 2 && in(sc, i - 2, &NEG) && in(sc, i - 1, (list){ "长", "带", NULL }))
            return hit(sc, "belittle", label, i - 2, i, i);
        if (i >= a + 1 && in(sc, i - 1, (list){ "没长", "不长", "没带", NULL }))
            return hit(sc, "belittle", label, i - 1, i, i);
    }
    return 0;
}

/* 您这个问题问得就不对 / 这次您可要听仔细了 / 下次打电话之前先把问题想清楚: lecturing the caller. */
static int lecture(scan *sc, size_t a, size_t b)
{
    static const char *const label = "说教客户";
    size_t who = find(sc, a, b, &SECOND);
    if (who < b) {
        size_t asked = find(sc, who + 1, b, (list){ "问", "说", "讲", "问得", "说得", "讲得", NULL });
        if (asked + 1 < b && is(sc, asked + 1, "得")) asked++;
        size_t wrong = asked < b ? find(sc, asked + 1, upto(b, asked + 4), (list){ "不对", "对", "有问题", "没道理", NULL }) : NONE;
        if (wrong < b && (is(sc, wrong, "对") ? in(sc, wrong - 1, (list){ "不", NULL }) : 1))
            return hit(sc, "lecture", label, who, wrong, wrong);
        /* 你听好了 / 你给我记住了: an order, not a check (您记住了吗？ is a question) */
        if (!sc->w->question[sc->w->v[a].clause]) {
            size_t hear = find(sc, who + 1, upto(b, who + 4), (list){ "听", "听好", "听着", "记住", "记好", NULL });
            if (hear < b && hear + 1 < b && in(sc, hear + 1, (list){ "好", "了", "着", "好了", NULL }) &&
                find(sc, hear + 1, b, (list){ "吗", NULL }) == NONE && is(sc, b - 1, "了"))
                return hit(sc, "lecture", label, who, hear, hear);
        }
        size_t must = find(sc, who + 1, upto(b, who + 3), (list){ "可要", "要", "给我", "得", "可", NULL });
        if (must < b && must + 1 < b && is(sc, must + 1, "要")) must++;
        size_t listen = must < b ? find(sc, must + 1, upto(b, must + 3), (list){ "听", "看", "听好", "看好", NULL }) : NONE;
        if (listen < b && listen + 1 < b && in(sc, listen + 1, (list){ "仔细", "清楚", "好", "好了", "明白", NULL }))
            return hit(sc, "lecture", label, who, listen + 1, listen);
    }
    if (who < b) {
        /* 你应该先看明白再打电话: what the caller should have done before calling */
        size_t should = find(sc, who + 1, upto(b, who + 3), (list){ "应该", "应当", "早该", "该", "先", NULL });
        /* (您可以先发短信再打 / 您方便的话先… offer a way, they do not lecture) */
        if (should < b && find(sc, who + 1, should, (list){ "可以", "也可以", "方便", "不妨", NULL }) < should) should = NONE;
        size_t then = should < b ? find(sc, should + 1, b, (list){ "再", "才", NULL }) : NONE;
        /* the caller calling again (再打来), not the agent calling back (再打给您) */
        if (then + 1 < b && in(sc, then + 1, (list){ "打电话", "打", "来电", "打过来", "打来", "问", "找", "来", NULL }) &&
            find(sc, then + 1, b, (list){ "给", "给您", "给你", "回", "回电", NULL }) == NONE &&
            (!is(sc, then + 1, "打") || then + 2 == b || in(sc, then + 2, (list){ "来", "过来", "电话", "吧", NULL })))
            return hit(sc, "lecture", label, who, then + 1, should);
    }
    /* 下次自己先查一下再打电话: what the caller should do before calling again (not 我先查一下再打给您) */
    size_t next_time = find(sc, a, b, (list){ "下次", "以后", "下回", "自己", NULL });
    size_t first_do = NONE;   /* 先, or a word beginning with it (先查, 先看) */
    for (size_t i = next_time + 1; next_time < b && i < upto(b, next_time + 3) && first_do == NONE; i++)
        if (strncmp(word(sc, i), "先", 3) == 0) first_do = i;
    size_t again_call = first_do < b ? find(sc, first_do + 1, b, (list){ "再", NULL }) : NONE;
    if (again_call + 1 < b && in(sc, again_call + 1, (list){ "打电话", "打来", "打过来", "来电", "问", "来问", "找我们", NULL }) &&
        find(sc, a, next_time, &FIRST) == NONE)
        return hit(sc, "lecture", label, next_time, again_call + 1, first_do);
    /* 我教你多少次了 / 自己学着点 */
    size_t teach = find(sc, a, b, (list){ "教", "教过", "教了", NULL });
    for (size_t k = teach + 1; teach < b && k < upto(b, teach + 4); k++)
        if (many_times(sc, a, k)) return hit(sc, "lecture", label, teach, k, teach);
    /* 你要学会自己看账单 */
    size_t learn_to = find(sc, a, b, (list){ "学会", NULL });
    if (learn_to < b && learn_to > a && in(sc, learn_to - 1, (list){ "要", "得", "应该", "该", "最好", NULL }) &&
        find(sc, a, learn_to, &SECOND) < b)
        return hit(sc, "lecture", label, learn_to - 1, learn_to, learn_to);
    size_t learn = find(sc, a, b, (list){ "学着点", "学着", "学学", "长点心", "长点记性", NULL });
    if (learn < b && find(sc, a, learn, (list){ "你", "您", "自己", "你自己", "您自己", NULL }) < b)
        return hit(sc, "lecture", label, learn, learn, learn);
    size_t next = find(sc, a, b, (list){ "下次", "以后", "下回", NULL });
    if (next < b) {
        for (size_t i = next + 1; i < b; i++) {
            if (in(sc, i, (list){ "想清楚", "想好", "搞清楚", "弄清楚", "准备好", NULL }) ||
                (is(sc, i, "想") && i + 1 < b && in(sc, i + 1, (list){ "清楚", "好", NULL })))
                return hit(sc, "lecture", label, next, i, i);
        }
    }
    return 0;
}

/* brush_off's checks, in its order: each returns NOT_FOUND when none of its frames is in the
 * clause, else what hit() said for the first that is (brush_off stops there, whatever hit() said). */
#define NOT_FOUND (-1)

/* brush_off, the caller (你/您) its subject: 您想太多了, 您怎么又打来了, 您还想怎样, 问您自己, 您这样…也没用, 你怎么这么啰嗦, 你问这个干什么. */
static int brush_aimed(scan *sc, size_t a, size_t b, size_t who)
{
    if (who >= b) return NOT_FOUND;
    size_t think = find(sc, who + 1, upto(b, who + 3), (list){ "想", "想得", NULL });
    /* 您别想太多 / 您千万不要想太多: the caller comforted, as 2.12 请您不要着急; 您想太多了 dismisses */
    int comfort = think < b && find(sc, who + 1, think, (list){ "别", "不要", "不用", "不必", "千万别", "可别", "先别",
                                                               "也别", "就别", "别再", "用不着", NULL }) < think;
    if (think + 1 < b && !comfort && in(sc, think + 1, (list){ "太多", "太", "多", "多了", NULL }))
        return hit(sc, "dismissive", "打发客户", who, think + 1, think);
    size_t again = find(sc, who + 1, upto(b, who + 3), (list){ "又", NULL });
    if (again + 1 < b && in(sc, again + 1, &CALL)) return hit(sc, "impatient", "不耐烦", who, again + 1, again);
    size_t want = find(sc, who + 1, upto(b, who + 3), (list){ "想", "要", NULL });
    if (want + 1 < b && in(sc, want + 1, (list){ "怎样", "怎么样", "干嘛", "干什么", "咋样", NULL }))
        return hit(sc, "impatient", "不耐烦", who, want + 1, want + 1);
    size_t ask = find(sc, a, b, (list){ "问", "找", NULL });
    if (ask + 2 < b && in(sc, ask + 1, &SECOND) && is(sc, ask + 2, "自己"))
        return hit(sc, "dismissive", "推诿（让客户自己办）", ask, ask + 2, ask);
    size_t also = find(sc, who + 1, b, (list){ "也", NULL });
    if (also + 1 < b && in(sc, also + 1, (list){ "没用", "没有用", "白搭", NULL }))
        return hit(sc, "dismissive", "打发客户", who, also + 1, also + 1);
    /* 你怎么这么啰嗦 */
    size_t so = find(sc, who + 1, upto(b, who + 4), (list){ "这么", "那么", "真", "太", "好", "真是", NULL });
    if (so + 1 < b && in(sc, so + 1, &PEST)) return hit(sc, "impatient", "不耐烦", who, so + 1, so + 1);
    /* 你问这个干什么 */
    if (in(sc, b - 1, (list){ "干什么", "干嘛", "做什么", NULL }) && b - 1 > who)
        return hit(sc, "impatient", "不耐烦", who, b - 1, b - 1);
    return NOT_FOUND;
}

/* brush_off: 爱等就等, 这么简单的问题也要问, 爱买不买, 嫌贵就别用, 谁让你不早点来. */
static int brush_take_or_leave(scan *sc, size_t a, size_t b)
{
    /* 爱等就等 */
    for (size_t i = a; i + 3 < b; i++)
        if (is(sc, i, "爱") && is(sc, i + 2, "就") && strcmp(word(sc, i + 1), word(sc, i + 3)) == 0)
            return hit(sc, "dismissive", "打发客户", i, i + 3, i);
    /* 这么简单的问题也要问 / 这种事也打电话: the call made light of */
    for (size_t also = find(sc, a, b, &LIGHT) < b ? find(sc, a, b, (list){ "也", "还", NULL }) : NONE; also < b;
         also = find(sc, also + 1, b, (list){ "也", "还", NULL })) {
        size_t act = find(sc, also + 1, upto(b, also + 3), (list){ "问", "打电话", "打", "来问", "要问", "值得", "来电", NULL });
        /* 这种情况也可以打电话给我们 invites: only 也问 / 也要问 / 也来问 */
        if (act == also + 2 && !in(sc, also + 1, (list){ "要", "来", "得", "值得", "好意思", NULL })) act = NONE;
        size_t light = also > a ? find(sc, also > a + 5 ? also - 5 : a, also, &LIGHT) : NONE;
        if (act < b && light < also) return hit(sc, "dismissive", "轻视客户", light, act, act);
    }
    /* 爱买不买 / 爱要不要 (不要 one word) */
    for (size_t i = a; i + 3 < b; i++)
        if (is(sc, i, "爱") && is(sc, i + 2, "不") && strcmp(word(sc, i + 1), word(sc, i + 3)) == 0)
            return hit(sc, "dismissive", "打发客户", i, i + 3, i);
    for (size_t i = a; i + 2 < b; i++)
        if (is(sc, i, "爱") && strncmp(word(sc, i + 2), "不", 3) == 0 && strcmp(word(sc, i + 2) + 3, word(sc, i + 1)) == 0)
            return hit(sc, "dismissive", "打发客户", i, i + 2, i);
    /* 嫌贵就别用 */
    size_t mind = find(sc, a, b, (list){ "嫌", "嫌贵", "嫌慢", "嫌麻烦", "嫌弃", NULL });
    if (mind < b && find(sc, mind + 1, b, &PROHIB) < b) return hit(sc, "dismissive", "打发客户", mind, mind, mind);
    /* 谁让你不早点来 */
    size_t who_let = find(sc, a, b, (list){ "谁", NULL });
    if (who_let + 2 < b && in(sc, who_let + 1, (list){ "让", "叫", NULL }) && in(sc, who_let + 2, &SECOND))
        return hit(sc, "blame", "怪罪客户", who_let, who_let + 2, who_let);
    return NOT_FOUND;
}

/* brush_off: 跟我说也没用, 这种事也来问, 你去问厂家. */
static int brush_useless(scan *sc, size_t a, size_t b)
{
    /* 跟我说也没用 / 找我也没用 */
    size_t useless = find(sc, a, b, (list){ "没用", "没有用", "白搭", "有什么用", "有啥用", NULL });
    if (useless == NONE) {   /* 跟我说有什么用 */
        size_t what = find(sc, a, b, (list){ "什么", "啥", NULL });
        if (what > a && what + 1 < b && is(sc, what - 1, "有") && is(sc, what + 1, "用")) useless = what + 1;
    }
    /* 我刚才说了一堆没用的: the agent's own words judged (a quantity of talk, then 没用的), not the caller sent off */
    int own_talk = useless < b && useless > a && in(sc, useless - 1, (list){ "1堆", "一堆", "堆", "那么多", "这么多", "多", "些", "好多", NULL });
    if (useless < b && useless > a && !own_talk && find(sc, a, useless, (list){ "我", "我们", NULL }) < b &&
        find(sc, a, useless, (list){ "说", "找", "问", "讲", "打", NULL }) < b)
        return hit(sc, "dismissive", "打发客户", a, useless, useless);
    /* 这种事也来问 */
    size_t kind = find(sc, a, b, (list){ "这种", "这点", "这么点", "这样的", NULL });
    size_t thing = kind + 1 < b && is(sc, kind + 1, "小") ? kind + 2 : kind + 1;   /* 这种小问题也 */
    if (thing + 1 < b && in(sc, thing, (list){ "事", "小事", "问题", "小问题", "事情", "事儿", NULL }) && is(sc, thing + 1, "也"))
        return hit(sc, "dismissive", "轻视客户", kind, thing + 1, thing + 1);
    /* 你去问厂家 / 你去找别人: the caller sent to a third party (not 您可以去营业厅问, 建议您…) */
    size_t you_go = find(sc, a, b, &SECOND);
    size_t go = you_go < b ? find(sc, you_go + 1, upto(b, you_go + 3), (list){ "去", "自己去", NULL }) : NONE;
    size_t ask3 = go < b ? find(sc, go + 1, upto(b, go + 3), (list){ "问", "找", "问问", "找找", NULL }) : NONE;
    if (ask3 + 1 < b && in(sc, ask3 + 1, (list){ "厂家", "厂商", "别人", "别的部门", "其他部门", "运营商", "售后", "商家", "物业", "领导", "银行", NULL }) &&
        find(sc, a, b, (list){ "可以", "建议", "请", "麻烦", "帮您", "帮你", "为您", "转", "转接", NULL }) == NONE)
        return hit(sc, "dismissive", "推诿", you_go, ask3 + 1, ask3);
    return NOT_FOUND;
}

/* brush_off: 我无所谓, 有种你就去投诉, 另请高明, 下班了, 我很忙. */
static int brush_defiant(scan *sc, size_t a, size_t b)
{
    /* 我无所谓 / 我不在乎: the caller's complaint shrugged off */
    size_t me_w = find(sc, a, b, &FIRST);
    if (me_w + 1 < b && in(sc, me_w + 1, (list){ "无所谓", "不在乎", "不怕", "才不怕", "不在意", NULL }) &&
        (me_w + 2 == b || in(sc, me_w + 2, &TAIL)))
        return hit(sc, "dismissive", "挑衅客户", me_w, me_w + 1, me_w + 1);
    /* 有种你就去投诉: a dare */
    size_t dare = find(sc, a, b, (list){ "有种", "有本事", "有能耐", NULL });
    if (dare + 1 < b && in(sc, dare + 1, &SECOND)) return hit(sc, "dismissive", "挑衅客户", dare, dare + 1, dare);
    /* 您另找地方吧 / 另请高明: sending the caller elsewhere */
    size_t other = find(sc, a, b, (list){ "另请高明", "另找", "另", NULL });
    if (other < b && (!is(sc, other, "另") || (other + 1 < b && in(sc, other + 1, (list){ "找", "请", "寻", NULL }))))
        return hit(sc, "dismissive", "打发客户", other, other, other);
    /* 下班了！ as a whole clause */
    if (a + 2 >= b && in(sc, a, (list){ "下班", "下班了", NULL }) && (a + 1 == b || is(sc, a + 1, "了")) &&
        (a == 0 || sc->w->v[a - 1].clause != sc->w->v[a].clause))
        return hit(sc, "dismissive", "打发客户", a, b - 1, a);
    /* 我下班了 / 我们要下班了: the agent's own hours put before the caller (营业厅六点下班 is a fact) */
    size_t off = find(sc, a, b, (list){ "下班", "下班了", NULL });
    if (off < b && off > a && (in(sc, off - 1, &FIRST) ||
                               (off >= a + 2 && in(sc, off - 2, &FIRST) && in(sc, off - 1, (list){ "要", "快", "该", "马上", "都", NULL }))))
        return hit(sc, "dismissive", "打发客户", off - 1, off, off);
    /* 我很忙 */
    size_t i_am = find(sc, a, b, (list){ "我", NULL });
    if (i_am + 2 < b && in(sc, i_am + 1, (list){ "这边", "这儿", "这里", NULL })) i_am++;   /* 我这边忙着呢 */
    if (i_am + 1 < b && (in(sc, i_am + 1, (list){ "很忙", "正忙", "忙着呢", "忙", NULL }) ||
                         (i_am + 2 < b && in(sc, i_am + 1, (list){ "很", "正", "正在", "忙", NULL }) && strstr(word(sc, i_am + 2), "忙"))))
        return hit(sc, "impatient", "不耐烦", i_am, i_am + 1, i_am);
    return NOT_FOUND;
}

/* brush_off: 这跟我们有什么关系, 跟你说不通, 这不归我负责, 大声点！, 说了也白说, 我怎么知道, 说话！. */
static int brush_not_ours(scan *sc, size_t a, size_t b)
{
    /* 这跟我们有什么关系 / 和我们有啥关系 / 这跟我们有关系吗: the matter pushed away as a question
     * (这跟您的套餐有关系 is an explanation) */
    size_t with_us = find(sc, a, b, (list){ "跟", "和", "与", "同", NULL });
    if (with_us + 1 < b && in(sc, with_us + 1, &FIRST)) {
        size_t rel = find(sc, with_us + 2, upto(b, with_us + 6), (list){ "关系", "相干", "何干", NULL });
        int what_rel = rel < b && rel > with_us + 2 && in(sc, rel - 1, (list){ "什么", "啥", "有什么", "有啥", "哪门子", "没什么", "没啥", "没有什么", "毛", "半毛钱", "一毛钱", "毛钱", NULL });
        int asked_rel = rel < b && sc->w->question[sc->w->v[a].clause] && is(sc, rel - 1, "有") &&
                        find(sc, a, b, PLEASE) == NONE;
        if (what_rel || asked_rel || (rel < b && is(sc, rel, "何干")))
            return hit(sc, "dismissive", "推诿（与我无关）", with_us, rel, rel);
    }
    /* 跟你说不通 */
    size_t with = find(sc, a, b, (list){ "跟", "和", "同", NULL });
    if (with + 2 < b && in(sc, with + 1, &SECOND) &&
        (in(sc, with + 2, (list){ "说不清", "说不通", "讲不通", "讲不清", "说不明白", "没法沟通", NULL }) ||
         (with + 3 < b && in(sc, with + 2, (list){ "说", "讲", NULL }) && in(sc, with + 3, (list){ "不通", "不清", "不明白", NULL }))))
        return hit(sc, "dismissive", "打发客户", with, with + 2, with + 2);
    /* 这不归我负责 */
    size_t not_mine = find(sc, a, b, (list){ "不归", "不是", "不属于", NULL });
    if (not_mine == NONE) {
        size_t no = find(sc, a, b, (list){ "不", NULL });
        if (no + 1 < b && is(sc, no + 1, "归")) not_mine = no + 1;
    }
    size_t mine = not_mine < b ? find(sc, not_mine + 1, upto(b, not_mine + 3), &FIRST) : NONE;
    if (mine + 1 < b && in(sc, mine + 1, (list){ "管", "负责", "管的", "的事", "的工作", NULL }))
        return hit(sc, "blame", "推卸责任", not_mine, mine + 1, mine + 1);
    /* 大声点！: an order without any courtesy (2.2 asks 请您讲话大声点儿好吗) */
    size_t loud = find(sc, a, b, (list){ "大声", "大点声", "大声点", NULL });
    /* (我说慢一点、大声一点 is the agent's own voice: a first person in the clause or the one before) */
    size_t prev_a = a;
    while (prev_a > 0 && sc->w->v[prev_a - 1].clause + 1 >= sc->w->v[a].clause) prev_a--;
    if (loud < b && find(sc, a, b, (list){ "请", "请您", "麻烦", "好", "吗", "可以", "能", "能否", "抱歉", "不好意思", NULL }) == NONE &&
        find(sc, a, b, &SECOND) == NONE && find(sc, prev_a, b, &FIRST) == NONE)
        return hit(sc, "impatient", "催促客户", loud, loud, loud);
    /* 说了也白说 */
    for (size_t i = a; i + 1 < b; i++)
        if (is(sc, i, "白") && in(sc, i + 1, (list){ "说", "讲", "搭", "费", NULL }))
            return hit(sc, "dismissive", "打发客户", i, i + 1, i);
    /* 我怎么知道 / 我凭什么帮你 */
    size_t me3 = find(sc, a, b, &FIRST);
    if (me3 + 2 < b && in(sc, me3 + 1, (list){ "怎么", "哪", NULL }) && in(sc, me3 + 2, (list){ "知道", "清楚", "晓得", NULL }))
        return hit(sc, "dismissive", "打发客户", me3, me3 + 2, me3 + 2);
    size_t why = find(sc, a, b, (list){ "凭什么", "凭", NULL });
    if (why < b && (is(sc, why, "凭什么") || (why + 1 < b && is(sc, why + 1, "什么"))))
        return hit(sc, "dismissive", "打发客户", why, why, why);
    /* 说话！ / 快说 as a whole clause: an order to the caller */
    if (b - a == 1 && in(sc, a, (list){ "说话", "讲话", "快说", "说啊", "讲啊", "说呀", NULL }))
        return hit(sc, "impatient", "催促客户", a, a, a);
    return NOT_FOUND;
}

/* brush_off: 你怎么回事, 你管得着吗, 我有什么办法, 懒得跟你说, 不如自己去, 自找的, 我就挂了. */
static int brush_last(scan *sc, size_t a, size_t b, size_t who)
{
    if (who < b) {
        /* 你怎么回事 (not 请问…怎么回事, an inquiry) */
        size_t what = find(sc, who + 1, upto(b, who + 3), (list){ "怎么回事", "咋回事", NULL });
        if (what < b && find(sc, a, what, PLEASE) == NONE)
            return hit(sc, "impatient", "不耐烦", who, what, what);
        /* 你管得着吗 */
        size_t manage = find(sc, who + 1, upto(b, who + 2), (list){ "管", "管得着", "管得了", NULL });
        if (manage < b && find(sc, manage + 1, b, (list){ "着", "得着", "吗", NULL }) < b)
            return hit(sc, "dismissive", "打发客户", who, manage, manage);
    }
    /* 我有什么办法 / 我能有什么办法 */
    size_t me2 = find(sc, a, b, &FIRST);
    size_t how2 = me2 < b ? find(sc, me2 + 1, upto(b, me2 + 5), (list){ "办法", "辙", NULL }) : NONE;
    if (how2 < b && how2 > me2 + 1 && is(sc, how2 - 1, "什么") && find(sc, me2 + 1, how2, (list){ "有", NULL }) < b)
        return hit(sc, "dismissive", "推诿", me2, how2, how2);
    /* 懒得跟你说 / 没时间跟你耗 */
    size_t lazy = find(sc, a, b, (list){ "懒得", "懒得理", NULL });
    if (lazy < b) return hit(sc, "dismissive", "打发客户", lazy, lazy, lazy);
    size_t no_time = find(sc, a, b, (list){ "没空", "时间", NULL });
    if (no_time < b && find(sc, no_time + 1, upto(b, no_time + 4), (list){ "耗", "陪", "瞎扯", "闲聊", "扯", "聊", "磨", "啰嗦", NULL }) < b &&
        find(sc, no_time + 1, upto(b, no_time + 4), &SECOND) < b)
        return hit(sc, "dismissive", "打发客户", no_time, no_time, no_time);
    size_t better = find(sc, a, b, (list){ "不如", "还不如", NULL });
    if (better + 1 < b && in(sc, better + 1, (list){ "自己", "您自己", "你自己", NULL }))
        return hit(sc, "dismissive", "推诿（让客户自己办）", better, better + 1, better);
    size_t own = find(sc, a, b, (list){ "自找", "自找的", "自作自受", NULL });
    if (own < b) return hit(sc, "blame", "怪罪客户", own, own, own);
    size_t me = find(sc, a, b, &FIRST);
    size_t then = me < b ? find(sc, me + 1, upto(b, me + 3), (list){ "就", "可", "要", NULL }) : NONE;
    if (then + 1 < b && in(sc, then + 1, (list){ "挂", "挂了", "挂断", "挂电话", NULL }))
        return hit(sc, "impatient", "不耐烦（要挂电话）", me, then + 1, then + 1);
    return NOT_FOUND;
}

/* 您想太多了 / 不如自己去营业厅 / 这个您得问您自己 / 您这样大吼大叫也没用 / 我就挂了 /
 * 您怎么又打来了 / 您还想怎样 / 您这种情况纯属自找的: brushing the caller off. */
static int brush_off(scan *sc, size_t a, size_t b)
{
    size_t who = find(sc, a, b, &SECOND);
    int r;
    if ((r = brush_aimed(sc, a, b, who)) != NOT_FOUND) return r;
    if ((r = brush_take_or_leave(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_useless(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_defiant(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_not_ours(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_last(sc, a, b, who)) != NOT_FOUND) return r;
    return 0;
}

/* 你再闹，我就让你家停电 / 再骂一句我就把你拉黑 / 再吵吵我就把你挂了 / 你等着，有你好看的: a
 * harm to the caller made conditional on how they behave is a threat, retaliation that fails
 * the call (贵阳 §二(三) 6; eval README: threats are insults). Across clauses (the condition and
 * the harm are often two). Not a procedure said plainly (再不说话我就挂了 for a silent line is
 * impatience, 禁忌语: its condition is silence, not misbehaviour) nor a notice (如果再欠费会停机:
 * no 再 + misbehaviour). */
/* Does the reply name, before word i, a process or a time the caller waits for (要一到两天 / 三个工作日
 * 到账 / 等通知)? Then a closing 您等着吧 tells the caller to wait for it: a brush-off (assets/taboo.txt
 * 等着吧), not a threat (helper probe2). */
static int wait_named_before(const scan *sc, size_t i)
{
    static const char *const stem[] = { "天", "工作日", "到账", "通知", "审核", "结果", "小时", "分钟", "周", "月", NULL };
    for (size_t k = 0; k < i; k++)
        for (const char *const *t = stem; *t; t++)
            if (strstr(word(sc, k), *t)) return 1;
    return 0;
}

static void threaten(scan *sc)
{
    static const char *const behave[] = { "闹", "骂", "吵", "吵吵", "嚷", "嚷嚷", "啰嗦", "啰唆", "胡搅蛮缠", "这样", "这么说话",
                                          "骂人", "骂我", "吼", "喊", "折腾", "无理取闹", "纠缠", "捣乱", "撒泼", "烦我", NULL };
    static const char *const glued[] = { "再闹", "再骂", "再吵", "再嚷", "再嚷嚷", "再啰嗦", "再这样", "再吼", "再喊", "再纠缠",
                                         "再捣乱", "再折腾", "再胡搅蛮缠", NULL };
    /* not 挂/挂了: ending the call on an abusive caller is what §二(三) 1-3 prescribe (said politely);
     * 再这样我就挂了 is impatience (禁忌语, rule impatient), not a harm done to the caller */
    static const char *const harm[] = { "拉黑", "黑名单", "停", "停电", "停气", "停水", "停网", "停机", "断网",
                                        "关", "关了", "后悔", "保安", "轰", "轰出去", "拖", "拖出去", "好看", "受的", "后果", "后果自负",
                                        "试试", "试试看", "不客气", "报警", "销户", "注销", "修不好", "办不下来", NULL };
    const cs_words *w = sc->w;
    for (size_t i = 0; i < w->n && sc->n < sc->max; i++) {
        /* every condition starts with 再 or 等 (one compare per word keeps grading fast) */
        if (strncmp(word(sc, i), "再", 3) != 0 && strncmp(word(sc, i), "等", 3) != 0) continue;
        int cond = in(sc, i, glued) || (is(sc, i, "再") && i + 1 < w->n && w->v[i + 1].clause == w->v[i].clause &&
                                        in(sc, i + 1, behave));
        /* 再打来骚扰就报警: calling again to harass is the misbehaviour (the call words between) */
        for (size_t k = i + 1; !cond && is(sc, i, "再") && k < w->n && k < i + 4 && w->v[k].clause == w->v[i].clause; k++) {
            if (in(sc, k, (list){ "骚扰", "捣乱", "闹事", "找茬", NULL })) cond = 1;
            else if (!in(sc, k, (list){ "打", "来", "打来", "打过来", "打电话", "来电", "过来", NULL })) break;
        }
        /* 您再这样下去身体会吃不消: a situation going on, a warning out of care */
        size_t nx = i + (in(sc, i, glued) ? 1 : 2);
        if (cond && nx < w->n && is(sc, nx, "下去")) cond = 0;
        /* 你等着 standing as a clause, then the harm (你等着，我让师傅不去你家 / 有你好看的) */
        size_t end = i;   /* 等着, or 等 着 */
        if (is(sc, i, "等") && i + 1 < w->n && is(sc, i + 1, "着")) end = i + 1;
        int you_wait = i > 0 && (in(sc, i - 1, &SECOND) ||
                                 (i > 1 && in(sc, i - 1, (list){ "就", "就给我", NULL }) && in(sc, i - 2, &SECOND)) ||
                                 (i > 2 && is(sc, i - 1, "我") && is(sc, i - 2, "给") && in(sc, i - 3, &SECOND)));
        size_t tail = end + 1;   /* 你等着吧 / 你等着瞧: particles may close the clause */
        while (tail < w->n && w->v[tail].clause == w->v[i].clause && in(sc, tail, (list){ "吧", "啊", "呀", "哈", "瞧", NULL })) tail++;
        int wait = (end > i || is(sc, i, "等着") || is(sc, i, "等着吧")) && you_wait &&
                   (tail == w->n || w->v[tail].clause != w->v[i].clause);
        if (!cond && !wait) continue;
        /* 你等着 / 你给我等着吧 closing the reply: the harm left unsaid is still a threat (§二(三) 6);
         * 您等着，我帮您查 goes on to serve */
        if (wait && wait_named_before(sc, i)) {
            wait = 0;
            if (!cond) continue;
        }
        if (wait) {
            size_t k = tail;
            while (k < w->n && in(sc, k, (list){ "吧", "啊", "呀", "哈", "了", "瞧", "看", NULL })) k++;
            if (k == w->n) { hit(sc, "threat", "威胁客户", i - 1, end, i); continue; }
        }
        size_t last = end + 1;
        while (last < w->n && last < end + 14 && w->v[last].clause <= w->v[i].clause + 1) last++;
        size_t h = find(sc, end + 1, last, harm);
        /* 拉 黑 (put on the blacklist) cut in two */
        for (size_t k = end + 1; h == NONE && k + 1 < last; k++)
            if (is(sc, k, "拉") && is(sc, k + 1, "黑")) h = k;
        /* 你再闹，我让你的单子办不下来 / 你等着，我让师傅不去你家: the agent setting something or
         * someone on the caller */
        if (h == NONE) {
            size_t me = find(sc, i + 1, last, &FIRST);
            /* not 我让医生给您回电 / 我让师傅马上过去帮您: help sent to the caller */
            if (me < last && find(sc, me + 1, upto(last, me + 3), (list){ "让", "叫", "找", "保证", NULL }) < last &&
                !cs_words_help_after(w, me))
                h = me;
        }
        if (h < last) hit(sc, "threat", "威胁客户", i, h, i);
    }
}

/* 恭喜你，又打错了: congratulations on a mishap are sarcasm (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话
 * 语气和态度; 国家职业技能标准 3.1 不用禁忌语), across two clauses. */
static void congratulate(scan *sc)
{
    const cs_words *w = sc->w;
    for (size_t i = 0; i < w->n; i++) {
        if (!strstr(word(sc, i), "恭喜")) continue;
        for (size_t j = i + 1; j < w->n && j < i + 6; j++)
            for (size_t k = j + 1; is(sc, j, "又") && k < w->n && k < j + 3; k++)
                if (strstr(word(sc, k), "错")) {
                    hit(sc, "sarcasm", "讽刺客户", i, k, k);
                    return;
                }
    }
}

/* ---- Classes that lagged on independent examiners' replies (issue #11, 禁忌语 recall): new
 * wordings of blame, 推诿, bare refusal, rhetorical questions, sarcasm and lecturing. Each rule is
 * a frame over words and who they aim at, with the polite form it must leave alone named beside it.
 * Clauses: 国家职业技能标准 呼叫中心服务员 3.1 不用禁忌语及口头禅; 呼叫服务员职业标准(试行) 三(一)2;
 * 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度. */

/* words that soften or turn a frame into a real question or a condition */
static const char *const COURTESY[] = { "请问", "请", "请您", "麻烦", "麻烦您", "不好意思", NULL };
static const char *const APOLOGY[] = { "抱歉", "对不起", "不好意思", "遗憾", "很遗憾", "歉意", "非常抱歉", "很抱歉", "深表歉意", NULL };
static const char *const CONDITION[] = { "如果", "若", "要是", "的话", "假如", "万一", "否则", "不然", "只要", NULL };
static const char *const HEDGE[] = { "可能", "也许", "或许", "大概", "是不是", "应该是", "估计", NULL };
/* a next step offered anywhere in the reply: what a polite refusal always has (贵阳 §二(二) 2.7(2),
 * 2.18(2), 2.19: 请您通过其他方式查询 / 稍后会转相关部门处理 / 我们会在24小时与您联系) */
static const char *const ALTERNATIVE[] = { "可以", "建议", "建议您", "帮您", "为您", "帮你", "替您", "给您", "或者", "不过", "但是",
                                           "另外", "申请", "转接", "联系", "登记", "记录", "反馈", "上报", "回电", "通知", "告诉您",
                                           "发给您", "教您", "安排", "预约", "提交", "转给", "转到", "核实", "协调", "跟进", "请示",
                                           "回复", "回复您", "答复", "确认", "稍后", "尽快", "马上", NULL };

static int in_reply(scan *sc, const char *const *l)
{
    return find(sc, 0, sc->w->n, l) < sc->w->n;
}

/* Can the reply be read as offering the caller anything: an apology, a next step, a condition? */
static int softened(scan *sc)
{
    return in_reply(sc, APOLOGY) || in_reply(sc, ALTERNATIVE) || in_reply(sc, CONDITION);
}

/* A next step inside a longer word of the lexicon (意见反馈, 反馈上去, 加急审核, 补齐后): the
 * way on that ALTERNATIVE names as a whole word (helper voices: 我把您的意见反馈给理赔部门复核一下
 * was read as a bare refusal). Not 审核 alone (审核不通过 is the refusal's reason). */
static int way_on_inside(scan *sc)
{
    static const char *const stems[] = { "反馈", "加急", "复核", "上报", "跟进", "转交", "补齐", "补交", "上传", NULL };
    for (size_t i = 0; i < sc->w->n; i++)
        for (const char *const *s = stems; *s; s++)
            if (strstr(word(sc, i), *s)) return 1;
    return 0;
}

/* 办不了，规定就是这样 / 这种情况我们一律不赔 / 不给补办 / 我们不能给你开先例 / 没商量: a refusal and
 * nothing else — no apology, no next step, no condition anywhere in the reply (国家职业技能标准 3.1
 * 不推诿; 贵阳 §二(二) 2.7(2) refuses with 请您通过其他方式查询). 2.11's 我们将无法为您处理 is said
 * under a condition (若您不提供联系电话) and with 非常抱歉; a polite refusal always offers a way on. */
static void refusal_bare(scan *sc)
{
    static const char *const flat[] = { "办不了", "做不了", "退不了", "改不了", "补不了", "处理不了", "解决不了", "弄不了",
                                        "没法办", "没法弄", "没法处理", "没商量", "没门", "概不", "不予理会", "不予处理",
                                        "不予受理", "开先例", "莫得", "没得", NULL };
    static const char *const no[] = { "不", "不能", "没法", "不会", "无法", "1律不", NULL };
    static const char *const act[] = { "退", "赔", "办", "补", "补办", "改", "处理", "受理", "接受", "破例", "开", "退款", "赔偿",
                                       "办理", NULL };
    const cs_words *w = sc->w;
    /* (押金因为合同未满不退，期满后全额退还: a refusal explained, with what comes after) */
    if (softened(sc) || way_on_inside(sc) || in_reply(sc, (list){ "因为", "由于", "期满", "届时", "之后", NULL })) return;
    for (size_t i = 0; i < w->n; i++) {
        if (w->question[w->v[i].clause]) continue;
        size_t key = NONE;
        if (in(sc, i, flat)) {
            /* 莫得/没得 only before 办法/商量 (dialect 没有办法, 没得商量) */
            if (in(sc, i, (list){ "莫得", "没得", NULL }) &&
                !(i + 1 < w->n && in(sc, i + 1, (list){ "办法", "商量", NULL }))) continue;
            key = i;
        } else if ((is(sc, i, "莫") || is(sc, i, "没")) && i + 2 < w->n && is(sc, i + 1, "得") &&
                   in(sc, i + 2, (list){ "办法", "商量", NULL })) {
            key = i + 2;
        } else if (is(sc, i, "不予") && i + 1 < w->n &&
                   in(sc, i + 1, (list){ "理会", "处理", "受理", "办理", "赔偿", "退还", "考虑", "批准", "回复", "答复", "赔付", NULL })) {
            key = i;   /* 不予受理 (不予收取 waives a charge) */
        } else if (is(sc, i, "律") && i + 1 < w->n && in(sc, i + 1, (list){ "不", "不能", NULL })) {
            key = i;   /* 一律不 (digits normalised: 1 律 不) */
        } else if (in(sc, i, no) && !(i > 0 && in(sc, i - 1, (list){ "能", "会", "可", "可以", NULL })) &&   /* (能不能接受 asks) */
                   !(i > 0 && i + 1 < w->n && strcmp(word(sc, i - 1), word(sc, i + 1)) == 0)) {   /* 办不办由您: V不V, a choice */
            /* 不 给 补办 / 不能 给 你 开 先例 / 不 赔: the refused act right after (给 and 你 may stand between) */
            size_t k = i + 1;
            if (k < w->n && is(sc, k, "给")) k++;
            if (k < w->n && in(sc, k, &SECOND)) k++;
            /* 开 only as 开先例 / 开后门 (不能开火 is a safety rule) */
            int open = k < w->n && is(sc, k, "开");
            if (open && !(k + 1 < w->n && in(sc, k + 1, (list){ "先例", "后门", "绿灯", NULL }))) open = -1;
            if (k < w->n && w->v[k].clause == w->v[i].clause && in(sc, k, act) && open >= 0) key = k;
        }
        if (key == NONE) continue;
        hit(sc, "dismissive", "拒绝且不给出路（推诿）", i, key, key);
        return;
    }
}

/* the label of the matter pushed away from us */
static const char SHIFTED[] = "推诿";
/* 不管 followed by one of these is "no matter …" (不管多晚都会回电), a promise, not 推诿 */
static const char *const NO_MATTER[] = { "多", "多少", "什么", "怎么", "如何", "是否", "哪", "谁", "几", "都", "也",
                                         "多晚", "多久", "结果", NULL };

/* 我们只负责派件 / 这跟我们支付平台没关系 / 你找社保局 / 找医生去 / 我们挂号处不管看病的事 / 这不是我
 * 的工作范围: the matter pushed away from us (国家职业技能标准 3.1 不推诿). Labelled 推诿, so a transfer
 * or help offered after it clears it (这个由XX部门负责，我帮您转接 directs the caller). Each shape
 * below returns 1 when it named the clause. */

/* 我们只负责 / 我们就管 / 我们挂号处不管看病的事: ours said to be only one thing. */
static int ours_only(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"我咱公本客");
    static const char *const only[] = { "只", "就", "仅", "只是", "就是", "仅仅", NULL };
    for (size_t i = find(sc, a, b, &FIRST); i < b; i = find(sc, i + 1, b, &FIRST)) {
        /* 我们只负责 / 我们就管 */
        size_t o = find(sc, i + 1, upto(b, i + 3), only);
        if (o + 1 < b && in(sc, o + 1, (list){ "负责", "管", "代收", "代办", "转达", "传话", "接电话", "接线", "收费", "收钱", NULL }))
            { hit(sc, "dismissive", SHIFTED, i, o + 1, o + 1); return 1; }
        if (find(sc, i + 1, upto(b, i + 3), (list){ "只负责", "只管", NULL }) < b) { hit(sc, "dismissive", SHIFTED, i, i + 1, i); return 1; }
        /* 我们挂号处不管看病的事 (not 我们不管多晚都会回电: 不管 as "no matter") */
        size_t nm = find(sc, i + 1, upto(b, i + 3), (list){ "不管", NULL });
        if (nm < b && nm > i + 1 && !in(sc, nm - 1, (list){ "不会", "不", "绝不", "决不", "不能", "没有", "怎么会", NULL }) &&
            find(sc, nm + 1, b, NO_MATTER) == NONE) {
            hit(sc, "blame", "推卸责任（推诿）", i, nm, nm);
            return 1;
        }
    }
    return 0;
}

/* 跟我们支付平台没关系 / 这不是我的工作范围 / 退货不归平台: the matter said not to be ours. */
static int not_ours(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"跟和与同不");
    /* 跟我们支付平台没关系: one to three words of ours between (跟您的套餐没关系 explains; 那家公司跟
     * 我们没关系 warns of a third party; 与我们的业务无关 is §二(三)5's answer to an off-topic call) */
    size_t with = find(sc, a, b, (list){ "跟", "和", "与", "同", NULL });
    if (with + 1 < b && in(sc, with + 1, &FIRST)) {
        size_t none = find(sc, with + 3, upto(b, with + 6), (list){ "没关系", "无关", "没有关系", "没啥关系", "不相干", NULL });
        if (none < b && find(sc, with + 2, none, (list){ "业务", "服务", "服务范围", "业务范围", NULL }) == NONE &&
            find(sc, a, with, (list){ "公司", "对方", "号码", "网站", "他们", "平台", "短信", "链接", "电话", "单位", "人", NULL }) == NONE)
            { hit(sc, "dismissive", "推诿（与我无关）", with, none, none); return 1; }
    }
    /* 这不是我的工作范围 / 不在我们的职责范围 */
    size_t not_mine = find(sc, a, b, (list){ "不是", "不属于", "不在", "不归", NULL });
    size_t me = not_mine < b ? find(sc, not_mine + 1, upto(b, not_mine + 3), &FIRST) : NONE;
    if (me + 2 < b && is(sc, me + 1, "的") &&
        in(sc, me + 2, (list){ "工作", "事", "职责", "范围", "工作范围", "业务", "责任", "事情", "事儿", NULL })) {
        hit(sc, "dismissive", SHIFTED, not_mine, me + 2, me + 2);
        return 1;
    }
    /* 退货不归平台 / 这不归我们这边: 不归 with us after it, ending the clause */
    size_t belong = find(sc, a, b, (list){ "不归", NULL });
    if (belong == NONE) {
        size_t no = find(sc, a, b, (list){ "不", NULL });
        if (no + 1 < b && is(sc, no + 1, "归")) belong = no + 1;
    }
    if (belong + 1 < b && (in(sc, belong + 1, &FIRST) || in(sc, belong + 1, (list){ "平台", "这边", "这里", "我这", "本部门", "我们这边", NULL })) &&
        belong + 2 >= b - in(sc, b - 1, &TAIL))
        { hit(sc, "dismissive", SHIFTED, belong, belong + 1, belong); return 1; }
    return 0;
}

/* 我们这边只接投诉，不管维修 / 航空公司不管地面的事: 不管 as "we do not handle". */
static int not_our_matter(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"不");
    /* 我们这边只接投诉，不管维修: 不管 opening a clause after ours (不管多晚 is "no matter") */
    if (is(sc, a, "不管") && a + 1 < b && a > 0 && find(sc, 0, a, &FIRST) < a &&
        find(sc, a + 1, b, NO_MATTER) == NONE)
        { hit(sc, "blame", "推卸责任（推诿）", a, a + 1, a); return 1; }
    /* 航空公司不管地面的事: 不管 + a matter (…的事) closing the clause (不管什么事都可以打给我们 is "whatever") */
    size_t nm = find(sc, a, b, (list){ "不管", NULL });
    if (nm + 2 < b && in(sc, b - 1, (list){ "事", "事情", "事儿", NULL }) && is(sc, b - 2, "的") && b - 2 > nm + 1 &&
        find(sc, nm + 1, b, (list){ "什么", "啥", "多", "怎么", "哪", "谁", "都", "也", NULL }) == NONE &&
        !in(sc, nm - (nm > a), (list){ "不会", "不", "绝不", "决不", "不能", NULL }))
        { hit(sc, "blame", "推卸责任（推诿）", nm, b - 1, nm); return 1; }
    return 0;
}

/* 问题出在您那边, bare: the fault put on the caller. */
static int fault_lies_with_caller(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"出");
    /* 问题出在您那边 */
    size_t lies = find(sc, a, b, (list){ "出在", NULL });
    if (lies == NONE) {
        size_t out = find(sc, a, b, (list){ "出", NULL });
        if (out + 1 < b && is(sc, out + 1, "在")) lies = out + 1;
    }
    if (lies + 1 < b && in(sc, lies + 1, &SECOND) && !softened(sc) && find(sc, 0, sc->w->n, HEDGE) == NONE)
        { hit(sc, "blame", "怪罪客户", lies, lies + 1, lies + 1); return 1; }
    return 0;
}

/* 你找社保局 / 找医生去: the caller sent elsewhere. */
static int sent_elsewhere(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"找问");
    /* 你找社保局 / 找医生去: the caller sent to another body, no courtesy, not a question (您可以找
     * 客户经理, 请您联系物业 offer; 您找哪位？ asks) */
    if (question || find(sc, a, b, COURTESY) < b || find(sc, a, b, (list){ "可以", "建议", "帮", "帮您", "为您", "一下", NULL }) < b) return 0;
    static const char *const body_end = "局行厂司部处科所站院会家生导东员队办台点道委校商";
    for (size_t i = find(sc, a, b, (list){ "找", "问", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "找", "问", NULL })) {
        /* 我给您找领导 / 我替您问问厂家: 您 the one it is done for (给|您 as the lexicon cuts it), the
         * agent the one who seeks (words.h cs_words_agent_seeks), not the caller sent */
        int for_you = i > a + 1 && in(sc, i - 1, &SECOND) && in(sc, i - 2, (list){ "给", "替", "为", "帮", NULL });
        int sent = (i > a && in(sc, i - 1, &SECOND) && !for_you) || (i > a + 1 && is(sc, i - 1, "去") && in(sc, i - 2, &SECOND)) ||
                   (i == a && i + 2 < b && is(sc, i + 2, "去"));
        if (!sent) continue;
        const char *o = word(sc, i + 1);
        size_t len = strlen(o);
        /* the last character of the object names a body or a person (社保局, 发卡行, 厂家, 医生, 物业) */
        int body = (len >= 6 && strstr(body_end, o + len - 3) != NULL && !in(sc, i + 1, (list){ "大家", "我们", "自家", NULL })) ||
                   in(sc, i + 1, (list){ "物业", "商家", "卖家", "厂家", NULL });
        if (body) { hit(sc, "dismissive", SHIFTED, i, i + 1, i + 1); return 1; }
        /* 您去找当时给您办卡的那个营业员: the body named at the end of the clause */
        const char *e = word(sc, b - 1);
        size_t elen = strlen(e);
        if (is(sc, i, "找") && b - 1 > i + 1 && elen >= 6 && strstr(body_end, e + elen - 3) != NULL)
            { hit(sc, "dismissive", SHIFTED, i, b - 1, b - 1); return 1; }
    }
    return 0;
}

/* The shapes above in turn: the first that names the clause ends it. */
static void shift_more(scan *sc, size_t a, size_t b, int question)
{
    if (ours_only(sc, a, b) || not_ours(sc, a, b) || not_our_matter(sc, a, b) || fault_lies_with_caller(sc, a, b)) return;
    sent_elsewhere(sc, a, b, question);
}

/* the label of a rhetorical question at the caller */
static const char ASKED_BACK[] = "反问客户";

/* 我们还能骗您不成 / 您看我像是能做主的人吗 / 我有说过可以退吗: we, asked back about. 1 when it hit. */
static int ours_asked_back(scan *sc, size_t a, size_t b, int question, int ends_ma)
{
    ANCHORS(sc, a, b, U"我咱公本客");
    /* 我们还能骗您不成 / 我们会骗你这几十块钱吗: our honesty asked back */
    size_t me = find(sc, a, b, &FIRST);
    if ((question || ends_ma) && me < b) {
        size_t cheat = find(sc, me + 1, upto(b, me + 7), (list){ "骗", "坑", "贪", "讹", "骗人", "坑人", NULL });
        if (cheat < b && find(sc, me + 1, cheat, (list){ "会", "能", "还能", "可能", "至于", "犯得着", "敢", NULL }) < cheat &&
            find(sc, a, b, (list){ "不会", "绝对", NULL }) == NONE && !in_reply(sc, (list){ "放心", "请放心", NULL })) {
            hit(sc, "rhetorical", ASKED_BACK, me, cheat, cheat);
            return 1;
        }
        /* 您看我像是能做主的人吗 */
        size_t like = find(sc, me + 1, upto(b, me + 3), (list){ "像", "像是", NULL });
        if (like < b && question && ends_ma) { hit(sc, "rhetorical", ASKED_BACK, me, like, like); return 1; }
        /* 我有说过可以退吗 / 我什么时候说过 */
        size_t have = find(sc, me + 1, upto(b, me + 3), (list){ "有", "什么时候", "什么", "何时", NULL });
        if (have < b && is(sc, have, "什么") && have + 1 < b && is(sc, have + 1, "时候")) have++;
        size_t said = have < b ? find(sc, have + 1, upto(b, have + 3), (list){ "说", "说过", "讲", "讲过", "答应", "答应过", "承诺", "承诺过", "保证", NULL }) : NONE;
        if (said < b && (!is(sc, have, "有") || (question && ends_ma))) { hit(sc, "rhetorical", ASKED_BACK, me, said, said); return 1; }
    }
    return 0;
}

/* 你就不会先问问 / 您以为我们是开银行的吗 / 你觉得这可能吗 / 您没收到短信吗: the caller, asked back about
 * (who: the caller's word). */
static void caller_asked_back(scan *sc, size_t a, size_t b, size_t who, int ends_ma)
{
    static const char *const notice[] = { "收到", "注意", "注意到", "发现", "留意", "看过", "听过", "读", "见过", "收", "看", "听", NULL };
    /* 你就不会先问问 / 您就不能先看看 */
    size_t just = find(sc, who + 1, upto(b, who + 5), (list){ "就", NULL });
    if (just + 1 < b && in(sc, just + 1, (list){ "不会", "不能", "不知道", NULL })) { hit(sc, "rhetorical", ASKED_BACK, who, just + 1, just + 1); return; }
    if (!ends_ma) return;
    /* 您以为我们是开银行的吗 (您以为是哪一天办理的？ asks: a question word) */
    size_t think = find(sc, who + 1, upto(b, who + 3), (list){ "以为", NULL });
    if (think < b) { hit(sc, "rhetorical", ASKED_BACK, who, think, think); return; }
    /* 你觉得这可能吗 */
    size_t judge = find(sc, who + 1, upto(b, who + 3), (list){ "觉得", "认为", NULL });
    size_t likely = judge < b ? find(sc, judge + 1, b, (list){ "可能", "现实", "说得过去", "有道理", NULL }) : NONE;
    if (likely < b && likely + 2 >= b) { hit(sc, "rhetorical", ASKED_BACK, who, likely, likely); return; }
    /* 您觉得我们会为了您一个人改规定吗 */
    if (judge + 2 < b && in(sc, judge + 1, &FIRST) && in(sc, judge + 2, (list){ "会", "能", "可能", "还会", "还能", NULL }))
        { hit(sc, "rhetorical", ASKED_BACK, who, judge + 2, judge + 2); return; }
    /* 您没收到短信吗 / 你没发现… / 您从来不看吗 / 您根本没注意到吗: what the caller failed to notice,
     * asked back (您收到短信了吗？ checks: no negation) */
    for (size_t i = who + 1; i < upto(b, who + 5); i++) {
        size_t v = NONE;
        if (is(sc, i, "没收") && i + 1 < b && is(sc, i + 1, "到")) v = i;
        else if (in(sc, i, (list){ "从来不", "从来没", "从没", "根本没", "根本不", "压根没", "压根不", NULL }) && i + 1 < b &&
                 (in(sc, i + 1, notice) || in(sc, i + 1, &HEAR))) v = i + 1;
        else if (in(sc, i, (list){ "没", "没有", NULL }) && i + 1 < b && in(sc, i + 1, notice)) v = i + 1;
        else if (in(sc, i, (list){ "从来", "根本", "压根", "一直", NULL }) && i + 2 < b && in(sc, i + 1, (list){ "不", "没", "没有", NULL }) &&
                 (in(sc, i + 2, notice) || in(sc, i + 2, &HEAR))) v = i + 2;
        if (v < b) { hit(sc, "rhetorical", ASKED_BACK, who, v, v); return; }
    }
}

/* Rhetorical questions at the caller (贵阳 §二(三)6; the 2.x phrases ask with 请问 / 好吗):
 * 您没收到短信吗 / 你没发现…吗 / 您从来不看吗 / 你就不会先问问 / 您以为我们是开银行的吗 / 你觉得这可能吗 /
 * 您看我像是能做主的人吗 / 我们还能骗您不成 / 我有说过可以退吗 / 难道还要我们上门吗 / 谁告诉你可以退的 /
 * 现在来闹有意思吗 / 这点责任意识都没有吗. */
static void rhetorical_more(scan *sc, size_t a, size_t b, int question)
{
    static const char *const q_words[] = { "哪", "哪里", "哪儿", "什么", "谁", "怎么", "几", "多少", "哪个", "哪天", "为什么", "何时", NULL };
    int courteous = find(sc, a, b, COURTESY) < b;
    int ends_ma = in(sc, b - 1, (list){ "吗", "啊", "呀", "嘛", NULL }) || is(sc, b - 1, "不成");
    /* 您以为我们已经发货了是吗？ checks what the caller thinks: a tag (是吗, 对吗) asks for confirmation */
    if (b - a >= 2 && is(sc, b - 1, "吗") && in(sc, b - 2, (list){ "是", "对", "是不是", NULL })) return;
    size_t who = find(sc, a, b, &SECOND);
    if (ours_asked_back(sc, a, b, question, ends_ma)) return;
    if (!question && !is(sc, b - 1, "不成")) return;
    /* 难道…吗 */
    size_t surely = find(sc, a, b, (list){ "难道", NULL });
    if (surely < b && !courteous && !cs_words_help_after(sc->w, surely)) { hit(sc, "rhetorical", ASKED_BACK, surely, b - 1, surely); return; }
    if (courteous) return;
    /* 这点责任意识都没有吗 / 连这个都没有吗 */
    size_t bit = find(sc, a, b, (list){ "这点", "连", "这么点", "这么简单", NULL });
    size_t all = bit < b ? find(sc, bit + 1, upto(b, bit + 6), (list){ "都", "也", NULL }) : NONE;
    if (all + 1 < b && in(sc, all + 1, (list){ "没有", "没", "不", "不懂", "不会", "不知道", NULL }) && ends_ma) {
        hit(sc, "rhetorical", ASKED_BACK, bit, all + 1, all + 1);
        return;
    }
    /* 谁告诉你可以退的 (请问是谁跟您说的 asks who) */
    size_t whom = find(sc, a, b, (list){ "谁", NULL });
    if (whom + 2 < b && (whom == a || !is(sc, whom - 1, "是")) &&
        in(sc, whom + 1, (list){ "告诉", "答应", "同意", "允许", "让", "说", NULL }) && in(sc, whom + 2, &SECOND) &&
        find(sc, whom + 3, b, (list){ "可以", "能", "会", "要", NULL }) < b && !cs_words_help_after(sc->w, whom)) {
        hit(sc, "rhetorical", ASKED_BACK, whom, whom + 2, whom);
        return;
    }
    /* 现在来闹有意思吗 / 这样吵有必要吗: the caller's act asked to be pointless */
    size_t point = find(sc, a, b, (list){ "有意思", "有意义", "有必要", NULL });
    if (point < b && point + 1 == b - 1 && ends_ma &&
        (find(sc, a, point, (list){ "闹", "吵", "骂", "投诉", "打", "来", "嚷", "争", "计较", "喊", "折腾", NULL }) < point ||
         find(sc, a, point, &SECOND) < point)) {
        hit(sc, "rhetorical", ASKED_BACK, a, point, point);
        return;
    }
    if (who >= b || find(sc, a, b, q_words) < b) return;
    caller_asked_back(sc, a, b, who, ends_ma);
}

/* Praise, thanks or agreement meant as their opposite (贵阳 §二(三)6): 恭喜您，又一次错过了 / 您可算想
 * 起来交电费了 / 全世界就您最忙 / 您可太会省钱了 / 您真有创意 / 您开心就好 / 佩服佩服. */
static void sarcasm_more(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "讽刺客户";
    size_t who = find(sc, a, b, &SECOND);
    /* 恭喜 with a mishap after it in the reply */
    size_t congrats = find(sc, a, b, (list){ "恭喜", "恭喜您", "恭喜你", NULL });
    for (size_t k = congrats + 1; congrats < b && k < upto(sc->w->n, congrats + 10); k++) {
        const char *m = word(sc, k);
        if (strstr(m, "错") || strstr(m, "忘") || strstr(m, "丢") || strstr(m, "过期") || strstr(m, "逾期") || strstr(m, "欠费")) {
            hit(sc, "sarcasm", label, congrats, k, congrats);
            return;
        }
    }
    /* 佩服佩服 */
    for (size_t i = a; i + 1 < b; i++)
        if (is(sc, i, "佩服") && is(sc, i + 1, "佩服")) { hit(sc, "sarcasm", label, i, i + 1, i); return; }
    /* 全世界就您最忙 / 就你最急 */
    for (size_t i = a; i + 2 < b; i++)
        if (in(sc, i, (list){ "就", "只有", "就数", NULL }) && in(sc, i + 1, &SECOND) && is(sc, i + 2, "最")) {
            hit(sc, "sarcasm", label, i, i + 2, i + 2);
            return;
        }
    if (who >= b || question) return;
    /* 您可算想起来了 / 你总算知道着急了 */
    for (size_t i = who + 1; i < upto(b, who + 4); i++) {
        int at_last = in(sc, i, (list){ "总算", "可算", "终于", "这才", NULL }) ||
                      (is(sc, i, "算") && i > who + 1 && in(sc, i - 1, (list){ "可", "总", NULL }));
        if (at_last && !in_reply(sc, (list){ "太好了", "那就好", "好极了", NULL }) && find(sc, i + 1, upto(b, i + 3), (list){ "想", "想起", "想起来", "想到", "记得", "知道", "舍得", "肯", "记住", "会", NULL }) < b) {
            hit(sc, "sarcasm", label, who, i, i);
            return;
        }
    }
    /* 您可太会省钱了 / 你真会开玩笑: 会 praised with a degree word */
    size_t can = find(sc, who + 1, upto(b, who + 4), (list){ "会", NULL });
    if (can + 1 < b && can > who + 1 && in(sc, can - 1, (list){ "太", "可", "还真", "可真", "真够", NULL }) &&
        find(sc, a, b, COURTESY) == NONE)
        { hit(sc, "sarcasm", label, who, can + 1, can); return; }
    /* 您真有创意 */
    size_t so = find(sc, who + 1, upto(b, who + 3), &SO);
    if (so + 2 < b && is(sc, so + 1, "有") && so + 3 == b &&
        in(sc, so + 2, (list){ "创意", "想法", "个性", "水平", "才华", "出息", "本事", "能耐", "头脑", "一套", NULL }))
        { hit(sc, "sarcasm", label, who, so + 2, so + 2); return; }
    /* 您开心就好 (您满意就好 is the 2.8 spirit, not a shrug) */
    size_t glad = find(sc, who + 1, upto(b, who + 3), (list){ "开心", "高兴", "乐意", "愿意", NULL });
    if (glad + 2 < b && is(sc, glad + 1, "就") && is(sc, glad + 2, "好")) { hit(sc, "sarcasm", label, who, glad + 2, glad); return; }
}

/* The fault put on the caller (国家职业技能标准 3.1; 贵阳 §二(三)6; the polite model is 2.14's
 * correction and 2.10's 请您再核对一下): 别赖我们 / 这也能怪我们 / 挂不上号是你来晚了 / 您操作有问题，
 * 我们系统是好的 / 您没有认真阅读协议 / 出问题只能自己负责 / 后果你自己负责 / 你不在家怪快递员？
 * Said with an apology, a hedge (可能是…) or a next step, the same facts are the helpful correction. */
static void blame_more(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "怪罪客户";
    /* 别赖我们 / 这也能怪我们 / 怪不了我们: the fault refused back onto the caller */
    for (size_t i = find(sc, a, b, (list){ "赖", "怪", "怨", "怪不了", "怪不着", "赖不着", "赖不了", "怨不得", "赖不到", "怪不到", NULL });
         i + 1 < b; i = find(sc, i + 1, b, (list){ "赖", "怪", "怨", "怪不了", "怪不着", "赖不着", "赖不了", "怨不得", "赖不到", "怪不到", NULL })) {
        if (!in(sc, i + 1, &FIRST)) continue;
        int refused = strlen(word(sc, i)) > 3 ||
                      (i > a && in(sc, i - 1, (list){ "别", "不要", "少", "甭", "不能", "不许", NULL })) ||
                      (i > a + 1 && is(sc, i - 1, "能") && in(sc, i - 2, (list){ "也", "都", "还", NULL }));
        /* (请您别怪我们，非常抱歉 pleads with an apology) */
        if (refused && !in_reply(sc, APOLOGY) && find(sc, a, b, COURTESY) == NONE) { hit(sc, "blame", label, i, i + 1, i); return; }
    }
    int soft = find(sc, 0, sc->w->n, APOLOGY) < sc->w->n || find(sc, a, b, HEDGE) < b || cs_words_help_after(sc->w, a);
    size_t who = find(sc, a, b, &SECOND);
    /* 你不在家怪快递员？: the caller's complaint thrown back as a question */
    size_t blame_w = who < b ? find(sc, who + 1, b, (list){ "怪", "赖", "怨", NULL }) : NONE;
    if (question && blame_w + 1 < b && !in(sc, blame_w - 1, (list){ "是", "在", "不", "别", NULL }) && find(sc, a, b, COURTESY) == NONE)
        { hit(sc, "blame", label, who, blame_w, blame_w); return; }
    if (soft || question || find(sc, a, b, CONDITION) < b) return;
    /* 是你来晚了 / 是您没交费 / 是您自己忘了 (这不是您的问题 has 不是; 可能是您… is a hedge) */
    for (size_t i = find(sc, a, b, (list){ "是", "都是", "全是", "就是", NULL }); i + 2 < b;
         i = find(sc, i + 1, b, (list){ "是", "都是", "全是", "就是", NULL })) {
        if (i > a && in(sc, i - 1, (list){ "不", "这", "那", "可能", "也许", "应该", "还", "就", NULL })) continue;
        if (!in(sc, i + 1, &SECOND)) continue;
        size_t k = i + 2;
        if (k < b && is(sc, k, "自己")) k++;
        if (k >= b) continue;
        const char *v = word(sc, k);
        int lapse = strncmp(v, "没", 3) == 0 || strncmp(v, "忘", 3) == 0 || strncmp(v, "不", 3) == 0 ||
                    in(sc, k, (list){ "来晚", "晚", "迟到", "错过", "弄错", "搞错", "输错", "填错", "记错", "看错", "按错", "点错",
                                      "大意", "疏忽", "来", "弄", "搞", NULL });
        /* 来 晚 / 弄 坏: a late or clumsy act (来 alone is no lapse) */
        if (in(sc, k, (list){ "来", "弄", "搞", NULL }))
            lapse = k + 1 < b && in(sc, k + 1, (list){ "晚", "晚了", "坏", "错", "丢", "坏了", "丢了", NULL });
        /* 填 错 / 输 错: a slip cut in two */
        if (!lapse && k + 1 < b && in(sc, k + 1, (list){ "错", "错了", NULL })) lapse = 1;
        if (lapse) { hit(sc, "blame", label, i, k, k); return; }
    }
    /* 您没有认真阅读协议 */
    if (who < b && !reassured(sc, who, b)) {
        size_t no = find(sc, who + 1, upto(b, who + 3), (list){ "没有", "没", "不", NULL });
        if (no + 1 < b && in(sc, no + 1, (list){ "认真", "仔细", "好好", "用心", "留心", NULL }))
            { hit(sc, "blame", label, who, no + 1, no + 1); return; }
    }
    /* 出问题只能自己负责 / 后果你自己负责 / 后果自己承担 */
    size_t self = find(sc, a, b, (list){ "自己", "你自己", "您自己", NULL });
    size_t bear = self < b ? find(sc, self + 1, upto(b, self + 3), (list){ "负责", "承担", "买单", "兜着", "担着", NULL }) : NONE;
    if (bear < b && find(sc, a, self, (list){ "只能", "后果", "得", "就得", "要", "只好", "出了事", NULL }) < self &&
        find(sc, a, self, &FIRST) == NONE)
        { hit(sc, "blame", "推卸责任", self, bear, bear); return; }
}

/* 您操作有问题，我们系统是好的: the caller's fault set against our being fine, across clauses
 * (全是您的问题，我们这边一切正常). Not with an apology, a hedge or help (可能是您的网线松了，我们这边
 * 检测正常，您方便看一下吗). */
static void blame_vs_ours(scan *sc)
{
    const cs_words *w = sc->w;
    if (in_reply(sc, APOLOGY) || in_reply(sc, HEDGE) || in_reply(sc, COURTESY) || cs_words_help_after(w, 0)) return;
    size_t ours = NONE, theirs = NONE;
    for (size_t i = 0; i < w->n; i++) {
        if (w->question[w->v[i].clause]) continue;
        size_t b = i + 1;
        while (b < w->n && w->v[b].clause == w->v[i].clause && b < i + 5) b++;
        if (ours == NONE && in(sc, i, &FIRST)) {
            size_t fine = find(sc, i + 1, b, (list){ "正常", "没问题", "没有问题", "好好", "不会出错", "没错", NULL });
            if (fine == NONE) {
                size_t be = find(sc, i + 1, b, (list){ "是", NULL });
                if (be + 1 < b && is(sc, be + 1, "好")) fine = be + 1;
            }
            if (fine < b) ours = fine;
        }
        if (theirs == NONE && in(sc, i, &SECOND)) {
            size_t f = find(sc, i + 1, b, (list){ "问题", "错", "不对", "出错", "错误", "毛病", NULL });
            int denied = i > 0 && in(sc, i - 1, (list){ "不是", "并非", "不", "没", "不怪", NULL });
            int told = f < b && find(sc, i + 1, f, (list){ "反映", "说", "讲", "提", "提到", "咨询", "问", "遇到", "提出", "反馈", "的话", NULL }) < f;
            if (f < b && !denied && !told && !in(sc, f - 1, (list){ "不是", "没", "没有", NULL })) theirs = i;
        }
    }
    if (ours != NONE && theirs != NONE) hit(sc, "blame", "怪罪客户", theirs, ours, theirs);
}

/* Lecturing and condescension (国家职业技能标准 3.1; 贵阳 §二(三)6): 连身份证号都记不住 / 正常人都能
 * 听懂 / 您也是成年人了 / 请注意您的说话方式 / 您那个破手机 / 我们客服不是教你用手机的 / 这种事应该自己
 * 处理. Taboo, not an insult: the caller is talked down to, not called names. */
static void lecture_more(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "轻视客户";
    /* 连…都记不住, said of the caller: 连 opens the clause or follows 你/您 (很多老人连智能手机都不会用
     * speaks of others; 如果连密码都忘了 is a condition) */
    size_t even = find(sc, a, b, (list){ "连", NULL });
    if (!question && even < b && (even == a || in(sc, even - 1, &SECOND)) && find(sc, a, b, CONDITION) == NONE) {
        size_t all = find(sc, even + 1, upto(b, even + 6), (list){ "都", "也", NULL });
        if (all < b && find(sc, even + 1, all, &FIRST) < all) all = NONE;   /* 连我们都不清楚: the agent's own */
        size_t cannot = all < b ? find_cannot(sc, all + 1, upto(b, all + 3)) : NONE;
        if (cannot == NONE && all < b)
            cannot = find(sc, all + 1, upto(b, all + 3), (list){ "记不住", "记不得", "不记得", "搞不清", "搞不清楚", "弄不清", "分不清", "看不懂", NULL });
        if (cannot < b) { hit(sc, "lecture", label, even, cannot, cannot); return; }
    }
    /* 正常人都能听懂 / 稍微有点常识的人都会: the caller measured below anyone (很多人都会遇到 goes on) */
    for (size_t i = find(sc, a, b, (list){ "都", "也", NULL }); i > a && i + 1 < b; i = find(sc, i + 1, b, (list){ "都", "也", NULL })) {
        int anyone = in(sc, i - 1, (list){ "正常人", "一般人", "普通人", "常人", "是个人", "谁", "小孩", "小孩子", "孩子", "小学生", NULL }) ||
                     (is(sc, i - 1, "人") && i - 1 > a && is(sc, i - 2, "的"));
        size_t k = i + 1;
        if (k + 1 < b && in(sc, k, (list){ "能", "会", NULL }) && in(sc, k + 1, (list){ "听懂", "看懂", "懂", "明白", "理解", "学会", NULL })) k++;
        int ability = in(sc, k, (list){ "会", "懂", "知道", "明白", "听懂", "看懂", "能听懂", "听得懂", "看得懂", "会用", "理解", "学会", NULL });
        if (anyone && ability && (k + 1 == b || in(sc, k + 1, &TAIL))) { hit(sc, "lecture", label, i - 1, k, k); return; }
    }
    size_t who = find(sc, a, b, &SECOND);
    /* 您得搞清楚，这里是客服 (您要是想搞清楚费用的话… is a condition) */
    if (who < b && !question && find(sc, a, b, CONDITION) == NONE) {
        size_t must = find(sc, who + 1, upto(b, who + 3), (list){ "得", "要", "最好", "给我", "可得", "必须", NULL });
        if (must + 1 < b && in(sc, must + 1, (list){ "搞清楚", "弄清楚", "搞明白", "弄明白", "清楚", "明白", NULL }) && must + 2 == b)
            { hit(sc, "lecture", "说教客户", who, must + 1, must + 1); return; }
    }
    /* 您也是成年人了 / 你都这么大的人了 */
    if (who < b) {
        size_t adult = find(sc, who + 1, upto(b, who + 4), (list){ "成年人", "大人", NULL });
        /* 您也是成年人了 (您是成年人的话可以自己办理 states a condition) */
        int reproach = adult < b && (find(sc, who + 1, adult, (list){ "也", "都", "已经", "也是", "都是", NULL }) < adult ||
                                     (adult + 1 < b && is(sc, adult + 1, "了")));
        if (reproach && find(sc, a, b, CONDITION) == NONE) { hit(sc, "lecture", label, who, adult, adult); return; }
    }
    /* 请注意您的说话方式 (我会注意自己的态度 is the agent's own) */
    size_t mind = find(sc, a, b, (list){ "注意", NULL });
    /* (对方叫您注意态度 reports someone else's order) */
    if (mind < b && find(sc, a, mind, &FIRST) == NONE && !own_manner_promise(sc, a, mind) &&
        find(sc, a, mind, (list){ "叫", "让", "要求", "说", "叫您", "让您", NULL }) == NONE) {
        size_t manner = find(sc, mind + 1, upto(b, mind + 5), (list){ "说话", "态度", "言辞", "措辞", "用词", "语气", "素质", "言行", "言语", "口气", NULL });
        if (manner < b) { hit(sc, "lecture", "说教客户", mind, manner, manner); return; }
    }
    /* 您那个破手机 */
    for (size_t i = find(sc, a, b, (list){ "破", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "破", NULL }))
        if (find(sc, i > a + 3 ? i - 3 : a, i, &SECOND) < i) { hit(sc, "lecture", label, i, i + 1, i); return; }
    /* 我们客服不是教你用手机的 / 我们不是陪你聊天的 */
    size_t me = find(sc, a, b, &FIRST);
    size_t isnt = me < b ? find(sc, me + 1, upto(b, me + 4), (list){ "不是", NULL }) : NONE;
    if (isnt + 1 < b) {
        const char *v = word(sc, isnt + 1);
        int serve = (strncmp(v, "教", 3) == 0 && !in(sc, isnt + 1, (list){ "教育", "教学", "教材", "教室", "教师", "教练", NULL })) ||
                    strncmp(v, "陪", 3) == 0 || strncmp(v, "伺候", 6) == 0 || strncmp(v, "哄", 3) == 0;
        if (serve && (strlen(v) > 3 || (isnt + 2 < b && in(sc, isnt + 2, &SECOND)) || strstr(v, "你") || strstr(v, "您")))
            { hit(sc, "dismissive", "打发客户", me, isnt + 1, isnt + 1); return; }
    }
    /* 这种事应该自己处理 (您可以自己在APP上处理 offers a way: 可以) */
    size_t ought = find(sc, a, b, (list){ "应该", "得", "只能", "就得", "自个儿", NULL });
    size_t self = ought < b ? find(sc, ought + 1, upto(b, ought + 3), (list){ "自己", NULL }) : NONE;
    if (self + 1 < b && !question && in(sc, self + 1, (list){ "处理", "解决", "想办法", "搞定", "弄", "去办", "看着办", "去", "去找", "查", NULL }) &&
        find(sc, a, b, (list){ "可以", "建议", NULL }) == NONE)
        { hit(sc, "dismissive", "推诿（让客户自己办）", ought, self + 1, self); return; }
}

/* Impatience and dismissal in new words (国家职业技能标准 3.1; 贵阳 §二(三)6): 你着急有什么用 / 哭也
 * 没用 / 再打也是一样的结果 / 你老插话 / 您总打断我 / 这么晚打电话就为了这个？ */
static void dismiss_more(scan *sc, size_t a, size_t b, int question)
{
    /* the caller's feeling declared useless */
    size_t feel = find(sc, a, b, (list){ "着急", "急", "生气", "发火", "吵", "喊", "嚷", "闹", "骂", "哭", "嚷嚷", "发脾气", "激动", "催", NULL });
    /* (骂您没用 reports a name called: 没用 said of the caller) */
    for (size_t k = feel + 1; feel < b && k < upto(b, feel + 4) && !in(sc, k, &SECOND); k++) {
        int useless = in(sc, k, (list){ "没用", "没有用", "白搭", "没意义", NULL }) ||
                      (k + 2 < b && is(sc, k, "有") && in(sc, k + 1, (list){ "什么", "啥", NULL }) && is(sc, k + 2, "用"));
        if (useless) { hit(sc, "dismissive", "打发客户", feel, k, k); return; }
    }
    /* 再打也是一样 / 再问也没用 */
    size_t again = find(sc, a, b, (list){ "再", NULL });
    if (again + 2 < b && in(sc, again + 1, (list){ "打", "问", "说", "投诉", "催", "闹", "找", "打电话", "打来", "打过来", NULL }) &&
        in(sc, again + 2, (list){ "也", "都", NULL })) {
        size_t same = find(sc, again + 3, upto(b, again + 6), (list){ "一样", "没用", "白搭", "这样", "那样", "没有用", "样", NULL });
        if (same < b) { hit(sc, "dismissive", "打发客户", again, same, same); return; }
    }
    /* 你老插话 / 您总打断我 / 你一直问 */
    for (size_t i = a; i + 1 < b; i++) {
        int you_always = is(sc, i, "你老") || is(sc, i, "您老");
        size_t k = i + 1;
        if (!you_always && in(sc, i, &SECOND) && i + 2 < b && in(sc, i + 1, (list){ "老", "总", "总是", "老是", "一直", "老在", "又", NULL })) {
            you_always = 1;
            k = i + 2;
        }
        if (you_always && k < b && is(sc, k, "是") && k + 1 < b) k++;
        if (you_always && in(sc, k, (list){ "插话", "插嘴", "打断", "打岔", "抢话", NULL })) { hit(sc, "impatient", "不耐烦", i, k, k); return; }
    }
    /* 我解释得这么清楚了 (我刚才说得不够清楚 owns the fault; 我给您说得清楚吗？ asks) */
    size_t me = find(sc, a, b, &FIRST);
    size_t said = me < b ? find(sc, me + 1, upto(b, me + 3), (list){ "说", "讲", "解释", "写", "回答", NULL }) : NONE;
    if (!question && said + 3 < b && is(sc, said + 1, "得") && in(sc, said + 2, (list){ "这么", "那么", "很", "够", "非常", "已经", "都", NULL }) &&
        in(sc, said + 3, (list){ "清楚", "明白", "清清楚楚", "明明白白", NULL }) && is(sc, b - 1, "了"))
        { hit(sc, "impatient", "不耐烦（已经说清楚）", me, said + 3, said); return; }
    /* 我一个小客服能怎么办 / 我们又能怎么样 (我们能怎么帮您 offers) */
    size_t can = me < b ? find(sc, me + 1, b, (list){ "能", "又能", "还能", NULL }) : NONE;
    if (can + 1 < b && in(sc, can + 1, (list){ "怎么办", "怎样", "咋办", "怎么样", "咋样", NULL }))
        { hit(sc, "dismissive", "打发客户", me, can + 1, can + 1); return; }
    /* 这么晚打电话就为了这个？ */
    size_t for_this = find(sc, a, b, (list){ "为了", "为", NULL });
    if (question && for_this < b && for_this > a && is(sc, for_this - 1, "就") && for_this + 1 < b &&
        in(sc, for_this + 1, (list){ "这", "这个", "这点", "这么点", "这种", "这事", "这点事", NULL }))
        { hit(sc, "dismissive", "轻视客户", for_this - 1, for_this + 1, for_this + 1); return; }
}

/* ---- rude tails: what a trainee adds to a correct standard phrase (issue #11 item 4) ----
 *
 * A phrase of 贵阳 T-GSOCCIA 001—2020 §二 said with a clause that orders the caller about, taunts,
 * blames or hurries them is not that phrase (§二(三) 6 注意通话语气和态度; 国家职业技能标准
 * 呼叫中心服务员 3.1 不用禁忌语及口头禅). The classes below are written over words and their
 * order; each names the words that decided. Innocent shapes made of the same words (别着急, 别挂机,
 * 请您下次看清楚再签字, 我说清楚点, 这不就好了) are left alone by the conditions noted at each. */

/* Do the words from i on spell stem exactly, ending at a word edge before b? (The lexicon cuts
 * 一天到晚 into 1/天/到/晚: a stem of several words is matched word by word, never inside a word.)
 * The index of its last word, or NONE. */
static size_t spells(scan *sc, size_t i, size_t b, const char *stem)
{
    /* most calls fail on the first character: settle those before measuring any string (the
     * word's first bytes must be the stem's, up to the word's end) */
    if (i >= b) return NONE;
    const char *first = word(sc, i);
    for (size_t j = 0; j < 3 && first[j]; j++)
        if (first[j] != stem[j]) return NONE;
    size_t len = strlen(stem), at = 0;
    for (size_t k = i; k < b; k++) {
        const char *w = word(sc, k);
        size_t wl = strlen(w);
        if (at + wl > len || strncmp(stem + at, w, wl) != 0) return NONE;
        at += wl;
        if (at == len) return k;
    }
    return NONE;
}

static size_t spells_any(scan *sc, size_t i, size_t b, const char *const *stems)
{
    if (i >= b) return NONE;
    const char *w = word(sc, i);
    for (; *stems; stems++) {
        /* spells' own first test, before the call: the stem's first two bytes are the word's
         * (or the word is one byte long: 1天到晚 begins with the word 1) */
        if ((*stems)[0] != w[0] || (w[1] && (*stems)[1] != w[1])) continue;
        size_t k = spells(sc, i, b, *stems);
        if (k < b) return k;
    }
    return NONE;
}

/* The first word from a on where one of stems is spelled, or NONE; *last gets its last word. */
static size_t spelled_in(scan *sc, size_t a, size_t b, const char *const *stems, size_t *last)
{
    for (size_t i = a; i < b; i++) {
        size_t k = spells_any(sc, i, b, stems);
        if (k < b) { *last = k; return i; }
    }
    return NONE;
}

/* A request said with courtesy or care (请您别在公共场所…, 千万别告诉别人, 记得别…). */
static int courteous(scan *sc, size_t a, size_t b)
{
    return find(sc, a, b, (list){ "请", "请您", "麻烦", "麻烦您", "千万", "千万别", "千万不要", "务必", "一定", "记得",
                                  "建议", "建议您", NULL }) < b;
}

/* The caller's conduct on the line, as the agent forbids it (3.1 不用禁忌语: 别吼, 别在那嘀嘀咕咕,
 * 别拿客服撒气, 别一天到晚打, 别跟我讨价还价). Not the care or the procedure said with the same 别
 * (别着急, 别担心, 先别挂机, 别点陌生链接, 别忘了带发票: no word of conduct follows). */
static int forbid_conduct(scan *sc, size_t a, size_t b)
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
        "摆谱", "瞎折腾", "瞎嚷嚷", "瞎闹", NULL };
    /* scorn in the adverb: 别瞎担心, 别光骂人, 别老惦记着, 别动不动就投诉 */
    static const char *const scorn[] = { "瞎", "光", "老", "老是", "总", "总是", "一个劲", "动不动", NULL };
    static const char *const scorn_seq[] = { "1天到晚", "1上来", "1口气", "东1句", "1声不吭", "在那", "在那边", "在那儿",
                                             "在这儿", "在这", "在电话里", "冲我", "冲我们", "对我", "动不动", NULL };
    for (size_t i = find(sc, a, b, stop); i < b; i = find(sc, i + 1, b, stop)) {
        if (courteous(sc, a, b)) return 0;
        if (in(sc, i, whole)) return hit(sc, "lecture", "呵斥客户", i, i, i);
        size_t end = upto(b, i + 6);
        for (size_t k = i + 1; k < end; k++) {
            size_t last = NONE;
            if (in(sc, k, conduct)) last = k;
            else if (k == i + 1 && in(sc, k, scorn)) last = k;
            else if (k <= i + 2) last = spells_any(sc, k, b, scorn_seq);
            /* 别拿热线当解闷 / 别拿领导压我: the line or someone used against the agent */
            if (last == NONE && is(sc, k, "拿"))
                last = find(sc, k + 1, upto(b, k + 5), (list){ "当", "开玩笑", "撒气", "出气", "压", "消遣", "撒", "寻开心", NULL });
            if (last < b) return hit(sc, "lecture", "呵斥客户", i, last, i);
        }
    }
    return 0;
}

/* 说这么快谁听得清 / 一口气说这么多谁记得住: "who could", a reproach as a question (请问是谁 asks). */
static int who_could(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"谁");
    for (size_t i = find(sc, a, b, (list){ "谁", NULL }); i < b; i = find(sc, i + 1, b, (list){ "谁", NULL })) {
        if (i > a && in(sc, i - 1, (list){ "是", "请问", "找", "问", NULL })) continue;
        for (size_t k = i + 1; k < upto(b, i + 4); k++) {
            const char *w = word(sc, k);
            /* 记得住 / 听得懂 as one word, or 听 得 清 */
            int potential = strlen(w) >= 9 && strstr(w, "得") && strcmp(w + strlen(w) - 3, "得") != 0 &&
                            !in(sc, k, (list){ "觉得", "记得", "懂得", "值得", "显得", "舍得", "晓得", NULL });
            if (potential || (is(sc, k, "得") && k > i + 1 && k + 1 < b)) return hit(sc, "rhetorical", "反问客户", i, k, i);
        }
    }
    return 0;
}

/* 大晚上的还打什么电话 / 这么点钱还计较什么: "what are you still doing that for" (您还需要办理什么
 * 业务吗 offers: a verb of the caller's fuss must stand right after 还, 什么 right after it). */
static int still_what(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"还");
    static const char *const fuss[] = { "打", "问", "说", "催", "吵", "闹", "喊", "嚷", "急", "计较", "投诉", "折腾", "打电话",
                                        "哭", "抱怨", "争", "啰嗦", "较真", NULL };
    for (size_t i = a; i + 2 < b; i++) {
        if (!is(sc, i, "还") || !in(sc, i + 1, fuss) || !in(sc, i + 2, (list){ "什么", "啥", NULL })) continue;
        if (i + 3 < b && in(sc, i + 3, (list){ "了", "吗", "呢", NULL })) continue;   /* 他还说什么了吗 asks */
        if (find(sc, a, b, PLEASE) < b) continue;
        return hit(sc, "rhetorical", "反问客户", i, i + 2, i + 1);
    }
    return 0;
}

/* 重启一下不就行了 / 不就晚了一天嘛 / 早这么配合多好: the caller's trouble made light of, or what
 * they should have done (这不就好了, said when a thing is fixed, is not aimed at the caller). */
static int so_easy(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"不早");
    static const char *const just[] = { "不就行了", "不就好了", "不就完了", "不就得了", "不就结了", "不就完事了", "不就行", NULL };
    for (size_t i = a; i < b; i++) {
        if (!is(sc, i, "不") && !is(sc, i, "早")) continue;
        if (is(sc, i, "早")) {
            size_t last = NONE;
            if (spelled_in(sc, i + 1, b, (list){ "多好", "就好了", "多好啊", NULL }, &last) < b)
                return hit(sc, "blame", "怪罪客户（早该…）", i, last, i);
            continue;
        }
        if (i > a && in(sc, i - 1, (list){ "这", "这样", "那", "那样", "这下", NULL })) continue;
        size_t k = spells_any(sc, i, b, just);
        if (k == NONE && spells(sc, i, b, "不就") < b && in(sc, b - 1, (list){ "嘛", "吗", NULL }) && !is(sc, b - 2, "是"))
            k = b - 1;
        if (k < b) return hit(sc, "rhetorical", "反问客户（不就…）", i, k, i);
    }
    return 0;
}

/* 吵有什么用 / 喊也没用 / 着急也没用: the caller's complaint declared useless. */
static int no_use(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"吵喊闹骂吼催急着发嚷哭生投找");
    static const char *const fuss[] = { "吵", "喊", "闹", "骂", "吼", "催", "急", "着急", "发火", "嚷嚷", "嚷", "哭", "生气",
                                        "投诉", "找领导", NULL };
    static const char *const useless[] = { "有什么用", "有啥用", "有用吗", "也没用", "没用", "管用吗", "也白搭", "没有用",
                                           "也没有用", NULL };
    for (size_t i = find(sc, a, b, fuss); i < b; i = find(sc, i + 1, b, fuss)) {
        if (find(sc, a, i, &FIRST) < i) continue;   /* 我着急也没用: the agent's own */
        size_t k = spells_any(sc, i + 1, b, useless);
        if (k < b) return hit(sc, "dismissive", "打发客户（…也没用）", i, k, k);
    }
    return 0;
}

/* A word of fault in what the caller did: 没看, 不听, 乱改, 忘了, 点错, 发火. */
static int faulty(scan *sc, size_t k)
{
    const char *w = word(sc, k);
    return strncmp(w, "没", 3) == 0 || strncmp(w, "不", 3) == 0 || strncmp(w, "乱", 3) == 0 ||
           strncmp(w, "忘", 3) == 0 || strncmp(w, "瞎", 3) == 0 || strstr(w, "错") != NULL ||
           in(sc, k, (list){ "发火", "骂", "吵", "闹", "挂", "弄坏", "搞坏", "非要", "偏要", "泄露", NULL });
}

/* 是您先发火的 / 主要还是您操作有问题 / 要不是您乱改设置 / 处理不了可别怪我们: the fault put on
 * the caller, or taken off the agent in advance (3.1 不推诿). */
static int tail_blame(scan *sc, size_t a, size_t b, int question)
{
    static const char *const cond[] = { "如果", "要是", "若", "假如", "万一", "的话", NULL };
    int conditional = find(sc, a, b, cond) < b;
    for (size_t i = find(sc, a, b, &SECOND); i < b; i = find(sc, i + 1, b, &SECOND)) {
        /* 是您先发火的 (not 是您自己来办还是家人代办, a choice; not asked) */
        if (i > a && is(sc, i - 1, "是") && !question && find(sc, i + 1, b, (list){ "还是", NULL }) == NONE) {
            size_t self = i + 1 < b && in(sc, i + 1, (list){ "先", "自己", "自个儿", NULL }) ? i + 1 : NONE;
            if (self + 1 < b && faulty(sc, self + 1)) return hit(sc, "blame", "怪罪客户", i - 1, self + 1, self + 1);
        }
        /* 您操作有问题 / 您设置不对 (您填的地址有误 states a fact; 如果您操作有问题 is a condition) */
        size_t act = find(sc, i + 1, upto(b, i + 3), (list){ "操作", "设置", "填", "填写", "输入", "输", "拨", "按", "点", "选",
                                                              "改", "用", "使用", NULL });
        if (act < b && !conditional && !question) {
            size_t last = spells_any(sc, act + 1, b, (list){ "有问题", "不对", "不当", "有毛病", NULL });
            if (last < b) return hit(sc, "blame", "怪罪客户", i, last, act);
        }
        /* 要不是您乱改设置 (要不是您提醒 thanks the caller: no word of fault) */
        if (i > a && is(sc, i - 1, "要不是")) {
            for (size_t k = i + 1; k < upto(b, i + 4); k++)
                if (faulty(sc, k)) return hit(sc, "blame", "怪罪客户", i - 1, k, k);
        }
    }
    /* 可别怪我们 / 怪不了我们 / 能怪我们吗 (这也怪不得您 clears the caller: the agent must be named) */
    for (size_t i = a; i < b; i++) {
        size_t k = NONE;
        if (in(sc, i, (list){ "别怪", "怪不了", "怪不着", "不能怪", "怪不得", NULL })) k = i + 1;
        else if (is(sc, i, "怪") && i + 1 < b && in(sc, i + 1, (list){ "不了", "不着", "不得", NULL })) k = i + 2;
        else if (is(sc, i, "怪") && question) k = i + 1;
        else if (in(sc, i, (list){ "别", "不能", NULL }) && i + 1 < b && is(sc, i + 1, "怪")) k = i + 2;
        if (k < b && in(sc, k, &FIRST)) return hit(sc, "blame", "推卸责任", i, k, i);
    }
    return 0;
}

/* 您慢慢骂吧 / 骂得挺起劲啊 / 您最会挑毛病了: the caller's fuss praised or encouraged, meaning its
 * opposite (您慢慢说 and 您可以继续投诉 are service: not a word of fuss, or said as a right). */
static int taunt(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"慢尽接随继骂闹吵喊投折嚷哭告吼最真就可太");
    static const char *const fuss[] = { "骂", "闹", "吵", "喊", "投诉", "折腾", "嚷", "嚷嚷", "哭", "告", "吼", "骂人", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        if (in(sc, i, (list){ "慢慢", "尽管", "接着", "随便", "继续", NULL }) && in(sc, i + 1, fuss) &&
            find(sc, a, b, (list){ "可以", "请", "有权", "欢迎", "您可以", NULL }) == NONE)
            return hit(sc, "sarcasm", "讽刺客户", i, i + 1, i + 1);
        if (in(sc, i, fuss) && is(sc, i + 1, "得")) {
            size_t k = i + 2 < b && in(sc, i + 2, (list){ "挺", "真", "很", "够", "可真", "还挺", NULL }) ? i + 3 : i + 2;
            if (k < b && in(sc, k, (list){ "起劲", "欢", "带劲", "开心", "热闹", "来劲", "痛快", NULL }))
                return hit(sc, "sarcasm", "讽刺客户", i, k, k);
        }
        /* 最会 / 最 会 / 真会 + finding fault */
        size_t k = in(sc, i, (list){ "最会", "真会", "就会", "可会", "太会", NULL }) ? i + 1 :
                   (in(sc, i, (list){ "最", "真", "就", "太", NULL }) && is(sc, i + 1, "会")) ? i + 2 : NONE;
        if (k < b && in(sc, k, (list){ "挑毛病", "挑刺", "找茬", "找事", "找麻烦", "添乱", "折腾", "抱怨", "挑", "钻空子", "找碴", NULL }))
            return hit(sc, "sarcasm", "讽刺客户", i, k, k);
    }
    return 0;
}

/* 我只说一遍 / 我可没多少时间 / 消停会儿 / 吱一声 / 倒是说话呀 / 长话短说: hurrying or cutting
 * the caller short (国家职业技能标准 3.1). */
static int cut_short(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"只就最倒没消吱吭简长说挑直有");
    size_t last = NONE;
    size_t s = spelled_in(sc, a, b, (list){ "只说1遍", "只讲1遍", "就说1遍", "最后1遍", "只说1次", "倒是说话", "倒是说",
                                           "倒是讲", NULL }, &last);
    if (s < b) return hit(sc, "impatient", "不耐烦", s, last, s);
    size_t me = find(sc, a, b, &FIRST);
    if (me < b) {
        size_t k = me + 1 < b && in(sc, me + 1, (list){ "可", "哪", "真", "这边", "这儿", NULL }) ? me + 2 : me + 1;
        size_t t = k < b ? spells_any(sc, k, b, (list){ "没多少时间", "没时间", "没工夫", "没空", "没那么多时间", "没闲工夫",
                                                         "没那工夫", "没功夫", NULL }) : NONE;
        if (t < b && !(t + 1 < b && in(sc, t + 1, (list){ "限制", "要求", "规定", NULL })))
            return hit(sc, "impatient", "不耐烦", me, t, t);
    }
    size_t hush = find(sc, a, b, (list){ "消停", "吱", "吭", "吱声", "吭声", "吭一声", NULL });
    if (hush < b && !courteous(sc, a, b)) return hit(sc, "impatient", "催促客户", hush, hush, hush);
    /* the whole clause an order to be brief: 简单说 / 长话短说 / 说重点 */
    size_t k = spells_any(sc, a, b, (list){ "简单说", "长话短说", "说重点", "挑重点说", "直接说重点", "有话快说", "有屁快放", NULL });
    if (k < b) {
        size_t j = k + 1;
        while (j < b && (in(sc, j, &TAIL) || in(sc, j, (list){ "吧", "OK", "ok", NULL }))) j++;
        if (j == b) return hit(sc, "impatient", "催促客户", a, k, a);
    }
    return 0;
}

/* 您那破手机 / 您那是什么破信号: the caller's things called junk (屏幕破了 says what is broken);
 * 跟做贼似的 / 吵得跟菜市场一样: the caller's voice or manner likened to something low (修好了跟新的
 * 似的 praises a thing: 新 or the agent in the clause); 刚才您一直催: the caller called a nag. */
static int scorn_things(scan *sc, size_t a, size_t b)
{
    size_t end = b;
    while (end > a + 1 && in(sc, end - 1, &TAIL)) end--;
    if (end > a + 1 && is(sc, end - 1, "似的") && find(sc, a, end, &FIRST) == NONE &&
        find(sc, a, end, (list){ "新", "新的", "真的", "全新", NULL }) == NONE)
        return hit(sc, "sarcasm", "嘲讽客户", a, end - 1, end - 1);
    for (size_t i = a; i + 2 < b; i++)
        if (in(sc, i, (list){ "吵", "说", "叫", "喊", "嚷", "吼", "哭", "慢", "磨蹭", NULL }) && is(sc, i + 1, "得") &&
            in(sc, i + 2, (list){ "跟", "像", "和", NULL }) && spells(sc, b - 2, b, "1样") < b && !sc->w->question[sc->w->v[a].clause])
            return hit(sc, "sarcasm", "嘲讽客户", i, b - 1, i);
    for (size_t i = find(sc, a, b, &SECOND); i + 2 < b; i = find(sc, i + 1, b, &SECOND)) {
        size_t k = in(sc, i + 1, (list){ "一直", "老是", "总是", "一个劲", "老", "总", NULL }) ? i + 1 :
                   spells(sc, i + 1, b, "1直");
        if (k + 1 < b && in(sc, k + 1, (list){ "催", "吵", "闹", "骂", "喊", "嚷", "嚷嚷", "纠缠", "抱怨", "念叨", "唠叨", NULL }))
            return hit(sc, "impatient", "不耐烦", i, k + 1, k + 1);
    }
    for (size_t i = find(sc, a, b, (list){ "破", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "破", NULL })) {
        if (in(sc, i + 1, (list){ "了", "损", "掉", "坏", "碎", "开", "的", NULL })) continue;
        if (find(sc, i > a + 3 ? i - 3 : a, i, (list){ "你", "您", "你们", "您们", "什么", "那", "这", NULL }) < i)
            return hit(sc, "sarcasm", "嘲讽客户", i, i + 1, i);
    }
    return 0;
}

/* 这回说清楚点 / 这次听仔细了 / 听的时候认真点 / 下回上点心 / 说话要有条理 / 下回打电话之前先把账单
 * 看明白: how the caller must listen or speak, ordered (请您说清楚一点 asks; 我说清楚点 is the agent's
 * own; 下次签收前请您看清楚 advises). */
static int order_manner(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"上长点些一客认仔清明利礼文听看记说讲下以这");
    if (question || courteous(sc, a, b) || find(sc, a, b, (list){ "能", "能否", "能不能", "可以", "尽量", "方便", NULL }) < b)
        return 0;
    static const char *const manner[] = { "清楚", "仔细", "明白", "认真", "客气", "利索", "礼貌", "文明", "上心", "安静",
                                          "小声", "老实", "耐心", "冷静", "理智", "干脆", "痛快", NULL };
    size_t last = NONE;
    size_t s = spelled_in(sc, a, b, (list){ "上点心", "长点心", "长点记性", "长记性", "长个心眼", NULL }, &last);
    if (s < b) return hit(sc, "lecture", "说教客户", s, last, s);
    int mine = find(sc, a, b, &FIRST) < b;
    for (size_t i = a; i + 1 < b && !mine; i++) {
        /* 清楚点 / 认真点 (or 客气点 as one word) */
        const char *w = word(sc, i);
        size_t wl = strlen(w);
        int glued = wl > 3 && strcmp(w + wl - 3, "点") == 0;
        /* 讲清楚 / 听仔细 as one word: its last two characters are the manner */
        int manner_end = in(sc, i, manner) || (wl == 9 && cs_word_in(w + 3, manner));
        if ((manner_end && in(sc, i + 1, (list){ "点", "点儿", "些", "一点", NULL })) ||
            (glued && in(sc, i, (list){ "客气点", "认真点", "仔细点", "清楚点", "明白点", "利索点", "礼貌点", "文明点", NULL })))
            return hit(sc, "lecture", "说教客户", i, i + 1, i);
        /* 听仔细了 / 听好了, ending the clause; 都记好了 / 已经记清楚了 reports our own work done (an adverb
         * of completion before the verb), no order to the caller */
        if (in(sc, i, (list){ "听", "看", "记", "说", "讲", NULL }) && i + 3 == b &&
            !(i > a && in(sc, i - 1, (list){ "都", "已经", "已", "全", "全部", "全都", "均", NULL })) &&
            in(sc, i + 1, (list){ "仔细", "好", "清楚", "明白", "牢", NULL }) && is(sc, i + 2, "了"))
            return hit(sc, "lecture", "说教客户", i, i + 2, i);
        if (is(sc, i, "说话") && in(sc, i + 1, (list){ "要", "得", "注意", NULL }))
            return hit(sc, "lecture", "说教客户", i, i + 1, i);
    }
    size_t next = find(sc, a, b, (list){ "下次", "下回", "以后", "这回", "这次", NULL });
    for (size_t i = next + 1; next < b && i < b && !mine; i++) {
        size_t k = spells_any(sc, i, b, (list){ "看明白", "看清楚", "弄明白", "问清楚", "搞明白", "看仔细", "想明白", "弄清楚",
                                                "搞清楚", "记清楚", NULL });
        if (k < b) return hit(sc, "lecture", "说教客户", next, k, i);
    }
    return 0;
}

/* 等几分钟有那么难吗 / 有这么复杂吗 / 您来操作能比我快吗: the caller's trouble or demand asked
 * away (请问您那边有那么多人吗 asks a count: 请问, or a noun after the degree). */
static int asked_away(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"吗");
    if (!question || !is(sc, b - 1, "吗") || find(sc, a, b, PLEASE) < b) return 0;
    /* 有 那么/这么 ADJ 吗: one word between the degree and 吗 */
    if (b - a >= 4 && is(sc, b - 4, "有") && in(sc, b - 3, (list){ "那么", "这么", NULL }) &&
        in(sc, b - 2, (list){ "难", "复杂", "严重", "麻烦", "费劲", "着急", "急", "累", "过分", "夸张", "难懂", NULL }))
        return hit(sc, "rhetorical", "反问客户", b - 4, b - 2, b - 2);
    /* 能比我快吗: the caller dared to do the agent's work better */
    size_t than = find(sc, a, b, (list){ "能比", "比", NULL });
    if (than < b && find(sc, a, than, &SECOND) < than && (is(sc, than, "能比") || (than > a && is(sc, than - 1, "能"))) &&
        than + 1 < b && in(sc, than + 1, &FIRST))
        return hit(sc, "rhetorical", "反问客户", than, than + 1, than);
    return 0;
}

/* 回不回电我可保证不了 / 讲方言我可听不懂 / 慢就慢点呗: the agent's shrug, a cold 口头禅 (国家
 * 职业技能标准 3.1; 我们可以帮您处理 and 修不修得好说不准，我先帮您报修 go on to serve). */
static int shrug(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"我咱公本客呗");
    for (size_t i = find(sc, a, b, &FIRST); i + 1 < b; i = find(sc, i + 1, b, &FIRST)) {
        if (cs_words_help_after(sc->w, i)) return 0;
        size_t k = is(sc, i + 1, "可") ? i + 2 : NONE;
        if (is(sc, i + 1, "可不")) k = i + 1;   /* 可不 知道 */
        if (k >= b) continue;
        const char *w = word(sc, k);
        int refuse = k == i + 1 || strncmp(w, "不", 3) == 0 || strncmp(w, "没", 3) == 0 || strstr(w, "不了") != NULL ||
                     strstr(w, "不懂") != NULL || spells(sc, k, b, "保证不了") < b;
        if (refuse) return hit(sc, "dismissive", "打发客户", i, k, k);
    }
    /* 慢就慢点呗 / 贵就贵点呗: the caller's complaint granted with a shrug */
    for (size_t i = a; i + 3 < b; i++)
        if (is(sc, i + 1, "就") && strncmp(word(sc, i + 2), word(sc, i), strlen(word(sc, i))) == 0 && is(sc, b - 1, "呗"))
            return hit(sc, "dismissive", "打发客户", i, b - 1, b - 1);
    return 0;
}

/* 核对好了再打来: the caller sent away to do their homework first (您核对好了告诉我 keeps them;
 * 准备好了再打来也可以 offers a choice) / 不想等您可以挂: the caller invited to hang up (不想等的话
 * 我可以稍后回电 goes on to serve) / 我这态度已经够好了: a complaint about the agent's attitude
 * answered by praising it (2.9 asks for an apology and improvement) / 拜拜了您嘞, 慢走不送: a
 * mocking farewell (§二(一) 1.4 结束语 is 感谢您的来电，再见). */
static int send_off(scan *sc, size_t a, size_t b)
{
    int offer = find(sc, a, b, (list){ "可以", "也可以", "也行", "请", "方便", "欢迎", NULL }) < b;
    for (size_t i = a; i + 3 < b && !offer; i++)
        if (in(sc, i, (list){ "好", "清楚", "明白", "完", "好了", NULL }) && spells_any(sc, i + 1, b, (list){ "了再打来", "了再打过来",
                "了再来电", "了再打电话", "了再问", "再打来", "再打过来", "再来电", NULL }) == b - 1)
            return hit(sc, "lecture", "打发客户（先…再打来）", i, b - 1, i);
    size_t unwilling = find(sc, a, b, (list){ "不想", "等不了", "不愿意", "不乐意", "嫌慢", "等不及", NULL });
    size_t hang = unwilling < b ? find(sc, unwilling + 1, b, (list){ "挂", "挂了", "挂断", "挂掉", "挂机", NULL }) : NONE;
    if (hang < b && !cs_words_help_after(sc->w, hang) && find(sc, unwilling + 1, hang, &FIRST) == NONE)
        return hit(sc, "dismissive", "打发客户", unwilling, hang, hang);
    size_t me = find(sc, a, b, &FIRST);
    size_t manner = me < b ? find(sc, me + 1, upto(b, me + 3), (list){ "态度", "服务", "服务态度", NULL }) : NONE;
    size_t fine = manner < b ? find(sc, manner + 1, upto(b, manner + 5), (list){ "够好", "很好", "挺好", "不错", "没问题", "好", NULL }) : NONE;
    if (fine < b && (!is(sc, fine, "好") || (fine > manner + 1 && in(sc, fine - 1, (list){ "够", "很", "挺", "算", "已经够", NULL }))) &&
        find(sc, manner + 1, fine, (list){ "会", "要", "将", "更", "不", "没", NULL }) == NONE)
        return hit(sc, "dismissive", "顶撞客户", me, fine, manner);
    size_t last = NONE;
    size_t bye = spelled_in(sc, a, b, (list){ "拜拜了您嘞", "拜拜了您呐", "再见了您嘞", "再见了您呐", "您嘞", "慢走不送", NULL }, &last);
    if (bye < b) return hit(sc, "sarcasm", "讽刺客户", bye, last, bye);
    return 0;
}

/* 又来查这个 / 又来了: a clause opening on the caller's return, as a sigh (您又来电咨询 has its
 * subject: the rule about 您又打来 judges that); 白查了 / 白问了: the caller's request called wasted
 * effort (不会让您白跑一趟 denies it); 犯得着发这么大火吗: the caller's feeling asked away. */
static int sigh(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"又白犯至");
    if (a + 1 < b && is(sc, a, "又") && in(sc, a + 1, (list){ "来", "来了", "是", NULL }) && !sc->w->question[sc->w->v[a].clause])
        return hit(sc, "impatient", "不耐烦", a, a + 1, a);
    static const char *const neg[] = { "不", "没", "别", "不会", "不用", "免得", "以免", "不让", "没有", NULL };
    for (size_t i = a; i + 2 < b; i++)
        if (is(sc, i, "白") && in(sc, i + 1, (list){ "查", "问", "跑", "打", "等", "忙", "折腾", "说", NULL }) &&
            i + 2 < b && is(sc, i + 2, "了") && find(sc, a, i, neg) == NONE)
            return hit(sc, "dismissive", "打发客户", i, i + 2, i);
    size_t worth = find(sc, a, b, (list){ "犯得着", "犯不着", "至于吗", NULL });
    if (question && worth < b && find(sc, a, b, PLEASE) == NONE)
        return hit(sc, "rhetorical", "反问客户", worth, worth, worth);
    return 0;
}

/* 说普通话行不行 / 大点声行不行: an order ending in a demand tag, with no courtesy and nobody but
 * the caller to do it (2.2/2.20 ask 请您…好吗; 我们明天再联系行不行 is the agent's own plan);
 * 以后有事先问问家里人再打: what to do before calling again (下次您可以先查一下再打 offers). */
static int demand_tag(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"行成以下");
    if (b - a >= 2 && in(sc, b - 1, (list){ "行不行", "成不成", "行不", NULL }) && !courteous(sc, a, b) &&
        find(sc, a, b, &FIRST) == NONE && find(sc, a, b, (list){ "可以", "能否", "方便", "看", "您看", "你看", NULL }) == NONE)
        return hit(sc, "impatient", "催促客户", a, b - 1, b - 1);
    size_t next = find(sc, a, b, (list){ "以后", "下次", "下回", NULL });
    size_t first = NONE;   /* 先, or a word ending in it (有 事先 问问: the lexicon's cut) */
    for (size_t i = next + 1; next < b && i < b && first == NONE; i++) {
        const char *w = word(sc, i);
        if (strlen(w) >= 3 && strcmp(w + strlen(w) - 3, "先") == 0) first = i;
    }
    if (first + 2 < b && is(sc, b - 1, "打") && is(sc, b - 2, "再") && b - 2 > first && !courteous(sc, a, b) &&
        find(sc, a, b, (list){ "可以", "也可以", "方便", NULL }) == NONE && find(sc, a, b, &FIRST) == NONE)
        return hit(sc, "lecture", "说教客户", next, b - 1, first);
    return 0;
}

/* The rude-tail classes of one clause (section comment above); the first that names the clause
 * stops the others, so a tail is named once. */
static void tail_tone(scan *sc, size_t a, size_t b, int question)
{
    if (asked_away(sc, a, b, question) || send_off(sc, a, b) || sigh(sc, a, b, question) || demand_tag(sc, a, b)) return;
    if (forbid_conduct(sc, a, b) || who_could(sc, a, b) || still_what(sc, a, b) || so_easy(sc, a, b) || no_use(sc, a, b) ||
        tail_blame(sc, a, b, question) || taunt(sc, a, b) || cut_short(sc, a, b) || scorn_things(sc, a, b))
        return;
    if (!order_manner(sc, a, b, question)) shrug(sc, a, b);
}

/* ---- Classes still missed on independent examiners' replies (issue #11, 禁忌语 and insults by
 * class). Each is a shape of 国家职业技能标准 呼叫中心服务员 3.1 (不用禁忌语及口头禅) or 贵阳
 * T-GSOCCIA 001—2020 §二(三) 6 (注意通话语气和态度), with the innocent neighbour it leaves alone. */

/* 您没上过学吗 / 学校没教过吗 / 您家没有日历吗 / 您不识字吗: a question whether the caller lacks
 * what everyone has (schooling, a calendar, common sense) is a jab, not a question (您家没有宽带吗
 * and 学校没发通知吗 ask about the service: no word of schooling or common things). */
static int lacks_basics(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"吗");
    static const char *const basic[] = { "教", "学", "上学", "识字", "认字", "读书", "念书", "日历", "挂历", "钟", "时钟",
                                         "钟表", "常识", "文化", "脑子", "脑袋", "学校", NULL };
    static const char *const glued[] = { "不识字", "没文化", "没常识", "没上过学", "没读过书", "没念过书", "文盲", NULL };
    if (!question || !is(sc, b - 1, "吗") || courteous(sc, a, b)) return 0;
    size_t g = find(sc, a, b, glued);
    if (g < b) return hit(sc, "rhetorical", "反问客户", g, g, g);
    for (size_t i = find(sc, a, b, (list){ "没", "没有", "不", "不会", NULL }); i < b;
         i = find(sc, i + 1, b, (list){ "没", "没有", "不", "不会", NULL })) {
        size_t k = find(sc, i + 1, upto(b, i + 4), basic);
        /* 学校没教过吗: 学校 itself before the negation, with 教/学 after it */
        if (k == NONE && i > a && is(sc, i - 1, "学校")) k = find(sc, i + 1, upto(b, i + 3), (list){ "教", "学", "讲", NULL });
        if (k < b && !is(sc, k, "学校")) return hit(sc, "rhetorical", "反问客户", i, k, k);
    }
    return 0;
}

/* 我能替您做决定吗 / 难道要我帮你拿主意吗: the caller's own choice thrown back as a question
 * (我可以帮您查一下吗 offers a service: no word of deciding). */
static int decide_for(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"做决拿作");
    if (!question) return 0;
    size_t me = find(sc, a, b, &FIRST);
    size_t for_w = me < b ? find(sc, me + 1, upto(b, me + 4), (list){ "替", "帮", "代", "帮你", "帮您", "替你", "替您", NULL }) : NONE;
    if (for_w == NONE) return 0;
    size_t k = find(sc, for_w + 1, upto(b, for_w + 5), (list){ "做决定", "决定", "做主", "拿主意", "作决定", "作主", NULL });
    if (k < b) return hit(sc, "rhetorical", "反问客户", me, k, k);
    return 0;
}

/* 难得您还记得密码 / 感谢您第八次来电: praise or thanks meant as its opposite (§二(三) 6; 2.x thank
 * with 感谢您的来电 / 感谢您再次来电). 难得您这么理解 praises in earnest: the sneer is in 还 / 终于 /
 * 居然 after 难得您; the count of calls past the second in thanks is a reproach. */
static int sarcastic_thanks(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"难感谢多");
    for (size_t i = find(sc, a, b, (list){ "难得", NULL }); i + 2 < b; i = find(sc, i + 1, b, (list){ "难得", NULL }))
        if (in(sc, i + 1, &SECOND) &&
            in(sc, i + 2, (list){ "还", "也", "终于", "居然", "竟然", "总算", "能", "会", "还能", "还会", NULL }))
            return hit(sc, "sarcasm", "讽刺客户", i, i + 2, i);
    size_t thanks = find(sc, a, b, (list){ "感谢", "谢谢", "感谢您", "谢谢您", "多谢", "感谢你", "谢谢你", NULL });
    if (thanks == NONE || in_reply(sc, APOLOGY)) return 0;
    for (size_t i = thanks + 1; i < b; i++) {
        /* 第十次 as one word: a count past 第二 (第一次 / 第二次 / 第两次 are not) */
        const char *one = word(sc, i);
        size_t ol = strlen(one);
        if (ol > 6 && strncmp(one, "第", 3) == 0 &&
            (strcmp(one + ol - 3, "次") == 0 || strcmp(one + ol - 3, "回") == 0 || strcmp(one + ol - 3, "遍") == 0) &&
            !in(sc, i, (list){ "第一次", "第二次", "第1次", "第2次", "第一回", "第二回", "第一遍", "第二遍", "第两次", NULL }))
            return hit(sc, "sarcasm", "讽刺客户", thanks, i, i);
        if (!is(sc, i, "第")) continue;
        /* 第 8 次 / 第 2 十次 (the lexicon's cut of 二十次): the words up to the one ending in 次/回/遍
         * spell the count; any count but 1 or 2 is "many" */
        char count[32] = "";
        size_t len = 0, end = NONE;
        for (size_t k = i + 1; k < upto(b, i + 4) && end == NONE; k++) {
            const char *wk = word(sc, k);
            size_t wl = strlen(wk);
            int closes = wl >= 3 && (strcmp(wk + wl - 3, "次") == 0 || strcmp(wk + wl - 3, "回") == 0 ||
                                     strcmp(wk + wl - 3, "遍") == 0);
            size_t take = closes ? wl - 3 : wl;
            if (len + take >= sizeof count) break;
            memcpy(count + len, wk, take);
            len += take;
            count[len] = '\0';
            if (closes) end = k;
        }
        if (end == NONE || len == 0) continue;
        int many = !cs_word_in(count, (const char *const[]){ "1", "2", "一", "二", "两", NULL });
        if (many) return hit(sc, "sarcasm", "讽刺客户", thanks, end, i + 1);
    }
    return 0;
}

/* 这种事我闭着眼都能办好 / 换我早就弄好了: the agent's skill boasted against the caller's (3.1; the
 * caller is present in the reply: 您 or 你). */
static int boast(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"我咱公本客");
    if (in_reply(sc, (const char *const[]){ "你", "您", "你们", "您们", "你自己", "您自己", NULL }) == 0) return 0;
    static const char *const easy[] = { "闭着眼", "闭着眼睛", "闭眼", "分分钟", "单手", "用脚", "随手", "睡着", NULL };
    static const char *const easy_seq[] = { "闭着眼", "闭着眼睛", "1只手", "1分钟", "几秒钟", "几分钟", "3两下", NULL };
    size_t me = find(sc, a, b, &FIRST);
    if (me == NONE) return 0;
    /* 我们几分钟就能帮您办好: speed promised to the caller is service, not a boast */
    int serve = find(sc, a, b, (list){ "帮您", "为您", "给您", "帮你", "为你", "给你", "帮", "替您", NULL }) < b;
    for (size_t i = me + 1; !serve && i < upto(b, me + 5); i++) {
        size_t last = in(sc, i, easy) ? i : spells_any(sc, i, b, easy_seq);
        if (last >= b) continue;
        size_t done = find(sc, last + 1, upto(b, last + 4), (list){ "能", "会", "搞定", "弄好", "办好", "办完", "做好", "解决", NULL });
        if (done < b && find(sc, last + 1, done + 1, (list){ "都", "就", "也", NULL }) < done)
            return hit(sc, "sarcasm", "炫耀贬低客户", me, done, i);
    }
    size_t last = NONE;
    size_t if_me = spelled_in(sc, a, b, (list){ "换我", "换了我", "要是我", "我要是", "换作我", "换成我", "要是换我", "换作是我",
                                                "换成是我", NULL }, &last);
    size_t early = if_me < b ? find(sc, last + 1, upto(b, last + 4), (list){ "早就", "早", "早都", NULL }) : NONE;
    if (early < b) return hit(sc, "sarcasm", "炫耀贬低客户", if_me, early, if_me);
    return 0;
}

/* 乡下人就是不懂规矩 / 你们老年人就是麻烦: the caller's home or age made a fault of the group, a
 * stereotype that attacks their worth (§二(三) 6: an insult). 老年人可以享受优惠 and 外地人都可以办理
 * state a policy: no word of fault after the group. */
static int stereotype(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"乡农外老山你上岁年北南东河");
    static const char *const group[] = { "乡下人", "农村人", "外地人", "老年人", "老人", "老人家", "山里人", "乡下", "农村",
                                         "你们那儿的人", "老头", "老太太", "老太婆", "老头子", "上了年纪", "岁数大", "年纪大",
                                         "老年", "外地", "北方人", "南方人", "东北人", "河南人", NULL };
    static const char *const so[] = { "就是", "都", "就", "总是", "老是", "全", "全都", "都是", "就爱", "总", "的人就是", "人就是", NULL };
    static const char *const fault[] = { "不懂", "不会", "不懂事", "不懂规矩", "麻烦", "事多", "事儿多", "啰嗦", "难缠", "素质",
                                         "没素质", "没文化", "笨", "糊涂", "土", "抠门", "小气", "不讲理", "爱占便宜", "难伺候",
                                         "不识字", "落后", "这样", "这德行", "反应慢", "听不懂", "搞不懂", "弄不明白", "跟不上",
                                         "学不会", "记不住", "差", "低", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        size_t g = in(sc, i, group) ? i : spells_any(sc, i, b, (list){ "上了年纪", "上年纪", "岁数大", "年纪大", "年龄大",
                                                                      "你们那边", "你们那儿", "你们那里", "你们当地", "你们老家", NULL });
        if (g >= b) continue;
        size_t k = g + 1;
        if (k + 1 < b && in(sc, k, (list){ "的", NULL })) k++;
        if (k + 1 < b && in(sc, k, (list){ "人", "的人", NULL })) k++;
        if (k >= b || !in(sc, k, so)) continue;
        size_t f = find(sc, k + 1, upto(b, k + 4), fault);
        if (f == NONE && k + 1 < b && in(sc, k + 1, (list){ "不", "没", NULL })) f = k + 1;
        /* 就是爱占便宜 / 就爱挑刺: a habit pinned on the whole group */
        if (f == NONE && k + 1 < b && strncmp(word(sc, k + 1), "爱", 3) == 0) f = k + 1;
        if (f == NONE && k + 1 < b && in(sc, k, (list){ "就爱", "总爱", "就是爱", NULL })) f = k;
        if (f < b) return hit(sc, "belittle", "地域或年龄歧视", i, f, i);
    }
    return 0;
}

/* 让家里年轻人帮您算吧: the caller's age taken for incompetence (3.1). 请家人协助, or 您可以请孩子
 * 帮您操作 said as an option (可以 / 请 / 如果 / 方便), is the assisted-service offer. */
static int ask_the_young(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"年小孩儿女孙晚子");
    static const char *const young[] = { "年轻人", "小年轻", "年轻的", "孩子", "儿子", "女儿", "孙子", "孙女", "晚辈", "小辈",
                                         "儿女", "子女", NULL };
    size_t y = find(sc, a, b, young);
    if (y == NONE || y == a || find(sc, a, y, (list){ "让", "叫", "找", "喊", NULL }) == NONE) return 0;
    if (courteous(sc, a, b) || find(sc, a, b, (list){ "可以", "也可以", "如果", "方便", "的话", "需要", NULL }) < b) return 0;
    size_t help = find(sc, y + 1, upto(b, y + 3), (list){ "帮", "教", "替", "帮您", "帮你", "教您", "教你", "替您", "替你", NULL });
    if (help < b) return hit(sc, "lecture", "轻视客户（年龄）", y, help, y);
    /* 让您孩子来弄吧 / 叫您儿子来打: the young sent for to do it instead of the caller (helper seen4fix) */
    size_t come = find(sc, y + 1, upto(b, y + 2), (list){ "来", "过来", NULL });
    if (come + 1 < b && in(sc, come + 1, (list){ "弄", "打", "办", "操作", "处理", "说", "讲", "接", "搞", "跟我说", "跟我讲", NULL }))
        return hit(sc, "lecture", "轻视客户（年龄）", y, come + 1, y);
    return 0;
}

/* 您不满意可以不用 / 嫌贵就别买: take it or leave it, the caller's complaint answered with the door
 * (3.1; 2.9 asks for an apology and a remedy). 您不满意可以申请退款 offers a remedy. */
static int leave_it(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"不嫌看受有觉");
    static const char *const complain[] = { "不满意", "嫌贵", "嫌麻烦", "嫌慢", "嫌", "看不惯", "受不了", "不爱用", "有意见",
                                            "觉得贵", "觉得不好", "不乐意", NULL };
    static const char *const leave[] = { "不用", "别用", "不办", "别办", "别买", "不买", "走人", "换1家", "换家", "换别家",
                                         "去别家", "找别家", "销户", "别来", "退了", "别要", "不要", "别装", "拉倒", NULL };
    size_t c = find(sc, a, b, complain);
    for (size_t i = a; c == NONE && i + 1 < b; i++)   /* 不 满意: the lexicon's cut */
        if (is(sc, i, "不") && in(sc, i + 1, (list){ "满意", "喜欢", "乐意", NULL })) c = i + 1;
    if (c == NONE || find(sc, a, c, &FIRST) < c) return 0;   /* 我不满意 is the agent's own */
    /* 您要是不满意，可以不办: the door may stand in the next clause */
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause <= sc->w->v[b - 1].clause + 1) end++;
    if (find(sc, c + 1, end, (list){ "帮您", "为您", "给您", "申请", "反馈", "投诉", "抱歉", "复核", NULL }) < end) return 0;
    for (size_t i = c + 1; i < upto(end, c + 6); i++) {
        size_t k = in(sc, i, leave) ? i : spells_any(sc, i, end, leave);
        if (k < end) return hit(sc, "dismissive", "打发客户（爱用不用）", c, k, i);
    }
    return 0;
}

/* 别让我再听到你的声音 / 我不想再接到你的电话: the caller driven off the line for good, 滚 said
 * without the word (§二(三) 6: an insult). 别让您再听到提示音 names no 你 after the verb. */
static int drive_off(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"听看见接碰");
    for (size_t see = find(sc, a, b, (list){ "听到", "看到", "见到", "接到", "听见", "看见", "碰到", NULL }); see + 1 < b;
         see = find(sc, see + 1, b, (list){ "听到", "看到", "见到", "接到", "听见", "看见", "碰到", NULL })) {
        if (!in(sc, see + 1, &SECOND)) continue;
        size_t from = see > a + 5 ? see - 5 : a;
        size_t again = find(sc, from, see, (list){ "再", "别再", "再也", "再也不想", NULL });
        size_t no = find(sc, from, see, (list){ "别", "不要", "不想", "再也不想", "不愿", "别再", "不愿意", NULL });
        if (again < see && no < see) return hit(sc, "belittle", "驱赶客户", no < again ? no : again, see + 1, see);
    }
    return 0;
}

/* 把嘴闭上 / 把你的嘴闭上 / 闭上你的嘴: 闭嘴 cut apart by 把 or an object (an insult like 闭嘴,
 * §二(三) 6). 把嘴张开 and 闭上眼睛休息 name no mouth closed. */
static int shut_mouth(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"嘴臭");
    size_t m = find(sc, a, b, (list){ "嘴", "嘴巴", "臭嘴", NULL });
    if (m == NONE || courteous(sc, a, b)) return 0;   /* 请把嘴闭上含住体温计: an instruction */
    size_t shut = find(sc, m + 1, upto(b, m + 4), (list){ "闭", "闭上", "合上", "缝上", "闭起来", "闭紧", NULL });
    if (shut < b && find(sc, a, m, (list){ "把", NULL }) < m) return hit(sc, "belittle", "呵斥客户（闭嘴）", m, shut, m);
    size_t before = find(sc, m > a + 4 ? m - 4 : a, m, (list){ "闭上", "闭", "合上", NULL });
    if (before < m && find(sc, before + 1, m, &SECOND) < m) return hit(sc, "belittle", "呵斥客户（闭嘴）", before, m, m);
    return 0;
}

static void still_missed(scan *sc, size_t a, size_t b, int question)
{
    if (lacks_basics(sc, a, b, question) || decide_for(sc, a, b, question)) return;
    sarcastic_thanks(sc, a, b);
    boast(sc, a, b);
    stereotype(sc, a, b);
    ask_the_young(sc, a, b);
    leave_it(sc, a, b);
    drive_off(sc, a, b);
    shut_mouth(sc, a, b);
}

/* ---- insults others write (helper owninsult;贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2: an
 * insult or retaliation fails the call; §二(三) 6 注意通话语气和态度). Tried on every clause,
 * whatever the rules above found: a rhetorical question can also be an insult. ---- */

/* 你全家都是骗子 / 你们一家子都有病 / 你爸妈没教过你怎么说话吗: the caller's family abused, or
 * blamed for the caller's upbringing (retaliation in kind after a caller's abuse). 您全家都可以办
 * 亲情号, 您父母的账户 name the family with no abuse. */
static int family_abuse(scan *sc, size_t a, size_t b)
{
    static const char *const family[] = { "全家", "一家", "一家子", "全家人", "家里人", "祖宗", "八辈祖宗", "祖宗八代",
                                          "爸妈", "父母", "爹妈", "老子娘", NULL };
    static const char *const vile[] = { "骗子", "神经病", "有病", "垃圾", "废物", "傻子", "疯子", "傻", "蠢", "猪",
                                        "畜生", "死", "去死", "不得好死", "混蛋", "白痴", "智障", "脑残", "贱", "贱人",
                                        "无赖", "流氓", "死绝", "死光", "死光光", "神经", "精神病", NULL };
    static const char *const untaught[] = { "没教", "没教过", "怎么教", "没教好", "不教", "没管", "没管教", NULL };
    for (size_t i = find(sc, a, b, family); i < b; i = find(sc, i + 1, b, family)) {
        /* the caller's own family: 你/您/你们 right before (你们全家, 你的祖宗) */
        size_t who = find(sc, i > a + 2 ? i - 2 : a, i, &SECOND);
        if (who == NONE) continue;
        size_t last = i;   /* spelled over words: the lexicon may cut 没教过 into 没/教过 */
        size_t v = spelled_in(sc, i + 1, upto(b, i + 6), vile, &last);
        if (v < b) return hit(sc, "belittle", "辱骂客户家人", who, last, v);
        size_t u = spelled_in(sc, i + 1, upto(b, i + 5), untaught, &last);
        if (u < b) return hit(sc, "belittle", "辱骂客户家人", who, last, u);
    }
    return 0;
}

/* 长个脑袋是用来显高的吗 / 你的耳朵是聋的吗 / 脑子转不动是吧: a part of the caller's mind or
 * senses called an ornament, useless or broken (as belittle's BODY + BROKEN, in words others
 * use). 我这脑子转不过来了 is the agent's own. */
static int organ_useless(scan *sc, size_t a, size_t b)
{
    static const char *const useless[] = { "显高", "装饰", "摆设", "当摆设", "凑数", "聋", "聋的", "瞎", "瞎的", "废的",
                                           "转不动", "转不过来", "不转", "不转弯", "被狗吃", "狗吃", "喂狗", NULL };
    for (size_t i = find(sc, a, b, &BODY); i < b; i = find(sc, i + 1, b, &BODY)) {
        size_t last = i;
        size_t u = spelled_in(sc, i + 1, upto(b, i + 7), useless, &last);
        if (u == NONE) continue;
        if (find(sc, a, i, &FIRST) < i && find(sc, a, i, &SECOND) == NONE) continue;   /* 我这脑子 */
        if (find(sc, i + 1, u, &NEG) < u) continue;   /* 耳朵不是聋的 / 脑子没被… : a denial */
        return hit(sc, "belittle", "贬低客户", i, last, i);
    }
    return 0;
}

/* 你是有多蠢 / 你咋这么二呢 / 多么傻的人: the caller's mind with a degree belittle's own list
 * does not name (有多, 多么, 咋这么), and 二 (北方话 for a fool) only after such a degree at the
 * end of its clause (二楼, 二十 are no mind). 我有多笨 is the agent's own. */
static int dull_degree(scan *sc, size_t a, size_t b)
{
    static const char *const degree[] = { "有多", "多么", "咋这么", "咋那么", "咋就这么", "这么", "那么", "真", "太", "好", "有点",
                                          "有点儿", NULL };
    for (size_t i = a + 1; i < b; i++) {
        int dull = in_named(sc, i, &DULL);
        /* (the normal form writes the numeral 二 as 2) */
        int er = (is(sc, i, "二") || is(sc, i, "2")) && (i + 1 == b || in(sc, i + 1, (list){ "呢", "啊", "呀", "吧", "了", NULL }));
        if (!dull && !er) continue;
        size_t d = i - 1;
        int how_much = is(sc, d, "多") && d > a && is(sc, d - 1, "有");   /* 有 多 cut in two */
        if (!in(sc, d, degree) && !how_much) continue;
        /* 二 and the weaker degrees only said to the caller (你咋这么二); 有多/多么 suffice with 你 anywhere before */
        size_t who = find(sc, a, d, &SECOND);
        if (who == NONE) continue;
        if (!er && !how_much && !in(sc, d, (list){ "有多", "多么", "咋这么", "咋那么", "咋就这么", NULL })) continue;
        if (find(sc, a, i, &FIRST) < i && find(sc, a, who, &FIRST) < who) continue;
        if (find(sc, who + 1, d, &NEG) < d) continue;   /* 你不是那么傻 */
        /* 您这个有点二 / 您的方案: said of a thing of the caller's */
        if (find(sc, who + 1, d, (list){ "这个", "那个", "这", "那", "的", NULL }) < d) continue;
        return hit(sc, "belittle", "贬低客户", who, i, i);
    }
    return 0;
}

static void insults_others_write(scan *sc, size_t a, size_t b)
{
    if (!family_abuse(sc, a, b) && !organ_useless(sc, a, b)) dull_degree(sc, a, b);
}

/* ---- Surface forms other writers type (helper owntaboo, issue #11: 禁忌语 recall on wording our
 * corpora lacked). Each shape cites its clause and names the innocent neighbour it leaves alone. */

/* 难道还要我们帮您把卡插进去吗 / 难道您没收到短信: 难道 asks only to reproach when it asks about the
 * caller or us (贵阳 T-GSOCCIA 001—2020 §二(三) 6; the 2.x phrases ask with 请问 / 好吗). 难道是线路
 * 的问题 wonders about a cause (难道是 names a thing), and a courteous frame asks in earnest. */
static int nandao(scan *sc, size_t a, size_t b)
{
    size_t n = find(sc, a, b, (list){ "难道", "难道说", NULL });
    if (n == NONE || courteous(sc, a, b)) return 0;
    if (n + 1 < b && in(sc, n + 1, (list){ "是", "会是", "真是", "就是", NULL })) return 0;
    size_t who = find(sc, n + 1, b, &SECOND);
    if (who == NONE) who = find(sc, n + 1, b, &FIRST);
    return who < b ? hit(sc, "rhetorical", ASKED_BACK, n, who, n) : 0;
}

/* 谁告诉您可以随便退的 / 谁跟你说能免费: "who told you", the caller's belief thrown back (§二(三) 6).
 * 请问是谁告诉您的 asks which colleague (courteous, or 是谁: a real question of who); with no 可以 /
 * 能 after it nothing is denied the caller. */
static int who_told(scan *sc, size_t a, size_t b)
{
    size_t s = find(sc, a, b, (list){ "谁", NULL });
    if (s == NONE || s + 1 >= b || courteous(sc, a, b) || (s > a && is(sc, s - 1, "是"))) return 0;
    if (!in(sc, s + 1, (list){ "告诉", "告诉您", "告诉你", "说", "跟", "和", "同", NULL })) return 0;
    size_t may = find(sc, s + 2, upto(b, s + 7), (list){ "可以", "能", "会", "就能", "就可以", "免费", "包退", "包换", NULL });
    return may < b ? hit(sc, "rhetorical", ASKED_BACK, s, may, s) : 0;
}

/* 您比我们工程师还专业呢 / 你比我还懂: the caller ranked above us, praise meant as its opposite (§二(三)
 * 6). 您比我们更了解现场 defers in earnest (更, not 还); 快递比我们还快 names no caller. */
static int above_us(scan *sc, size_t a, size_t b)
{
    static const char *const know[] = { "专业", "懂", "内行", "在行", "懂行", "清楚", "厉害", "明白", "精通", "会", NULL };
    for (size_t c = find(sc, a, b, (list){ "比", NULL }); c < b; c = find(sc, c + 1, b, (list){ "比", NULL })) {
        if (find(sc, c > a + 2 ? c - 2 : a, c, &SECOND) == NONE) continue;
        size_t us = find(sc, c + 1, upto(b, c + 3), &FIRST);
        if (us == NONE) continue;
        size_t still = find(sc, us + 1, upto(b, us + 4), (list){ "还", "还要", NULL });
        if (still < b && still + 1 < b && in(sc, still + 1, know)) return hit(sc, "sarcasm", "讽刺客户", c, still + 1, still + 1);
    }
    return 0;
}

/* 真是谢谢您啊，又给我们找了个大麻烦: thanks for trouble made for us, sarcasm (§二(三) 6). 谢谢您的
 * 理解，给您添麻烦了 apologises: the trouble is the caller's, not ours. */
static int thanks_for_trouble(scan *sc, size_t a, size_t b)
{
    static const char *const trouble[] = { "麻烦", "大麻烦", "添乱", "找事", "找麻烦", "难题", "出难题", "添堵", "事儿", NULL };
    for (size_t g = find(sc, a, b, (list){ "给", NULL }); g + 1 < b; g = find(sc, g + 1, b, (list){ "给", NULL })) {
        if (!in(sc, g + 1, &FIRST) || !in_reply(sc, (list){ "谢谢", "谢谢您", "谢谢你", "感谢", "感谢您", "多谢", NULL })) continue;
        size_t k = find(sc, g + 2, upto(b, g + 8), trouble);
        if (k < b) return hit(sc, "sarcasm", "讽刺客户", g, k, k);
    }
    return 0;
}

/* 您怎么还是记不住 / 你怎么还听不懂呢 / 你怎么又没学会: the caller's failure to learn reproached
 * (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三) 6). 您怎么还没收到短信 asks about the service: no
 * word of the caller's mind or memory. */
static int still_cannot(scan *sc, size_t a, size_t b)
{
    static const char *const fail[] = { "记不住", "学不会", "没学会", "没记住", "分不清", "搞不清", "搞不清楚", "弄不明白",
                                        "弄不懂", "没听懂", "没看懂", "没弄懂", "没搞懂", NULL };
    size_t how = find(sc, a, b, (list){ "怎么", "咋", NULL });
    if (how == NONE || find(sc, a, how, &SECOND) == NONE || courteous(sc, a, b)) return 0;
    size_t still = find(sc, how + 1, upto(b, how + 3), (list){ "还", "还是", "又", "老是", "总是", "就是", NULL });
    if (still == NONE) return 0;
    size_t k = find(sc, still + 1, upto(b, still + 3), fail);
    if (k == NONE) k = find_cannot(sc, still + 1, upto(b, still + 3));
    return k < b ? hit(sc, "rhetorical", ASKED_BACK, how, k, k) : 0;
}

/* 你以为我们好欺负啊 / 您以为我们是慈善机构呢: the caller's belief about us mocked (§二(三) 6; the
 * 吗 form is caller_asked_back's). 您以为已经扣款了，是吗？ checks what the caller thinks. */
static int you_think_we(scan *sc, size_t a, size_t b)
{
    size_t t = find(sc, a, b, (list){ "以为", "当", "当成", NULL });
    if (t == NONE || t == a || !in(sc, t - 1, &SECOND) || !in(sc, b - 1, (list){ "啊", "呀", "呢", "哪", NULL })) return 0;
    size_t us = find(sc, t + 1, upto(b, t + 3), &FIRST);
    return us < b ? hit(sc, "rhetorical", ASKED_BACK, t - 1, us, t) : 0;
}

/* 你快点决定 / 您赶紧说: the caller's choice or words hurried (§二(三) 6). 建议您赶紧去医院 advises
 * (courteous), and a verb of going or doing is advice, not a hurried answer. */
static int hurry_answer(scan *sc, size_t a, size_t b)
{
    size_t h = find(sc, a, b, &HURRY_W);
    if (h == NONE || find(sc, a, h, &SECOND) == NONE || courteous(sc, a, b)) return 0;
    size_t v = find(sc, h + 1, upto(b, h + 3), (list){ "决定", "选", "定", "说", "讲", "回答", "挑", "拿主意", "想", NULL });
    return v < b ? hit(sc, "impatient", "催促客户", h, v, h) : 0;
}

/* 问题不在我们这边，是您家网线没插好: our side declared clear and the fault named on the caller's, with
 * nothing offered (国家职业技能标准 3.1 不推诿; the polite model is 2.14's own correction). 问题不在
 * 您这边，是我们的线路 owns the fault; an apology or a next step makes it an explanation. */
static void clear_of_us(scan *sc)
{
    size_t n = sc->w->n;
    for (size_t i = find(sc, 0, n, (list){ "不在", "不", NULL }); i + 1 < n; i = find(sc, i + 1, n, (list){ "不在", "不", NULL })) {
        size_t at = i + 1;   /* 不在 as one word, or 不 + 在 */
        if (is(sc, i, "不") && (!is(sc, at, "在") || ++at >= n)) continue;
        if (!in(sc, at, &FIRST)) continue;
        size_t is_w = find(sc, at + 1, upto(n, at + 7), (list){ "是", "就是", "都是", NULL });
        if (is_w == NONE || is_w + 1 >= n || !in(sc, is_w + 1, &SECOND) || softened(sc)) continue;
        hit(sc, "blame", "推卸责任", i, is_w + 1, is_w + 1);
        return;
    }
}

/* 一般都是用户自己没按步骤来造成的: the fault put on "users", the caller among them (国家职业技能标准
 * 3.1; the polite model is 2.14's own correction). 如果是用户自己误操作导致的，我们也能帮您恢复 offers
 * help on a condition (softened). */
static int users_fault(scan *sc, size_t a, size_t b)
{
    size_t u = find(sc, a, b, (list){ "用户", "客户", "顾客", "消费者", "用户们", "大家", NULL });
    if (u == NONE || u + 1 >= b || !is(sc, u + 1, "自己")) return 0;
    size_t cause = find(sc, u + 2, b, (list){ "造成", "导致", "引起", "弄", "搞", "弄坏", "搞坏", "搞错", "弄错", NULL });
    if (cause == NONE || softened(sc)) return 0;
    return hit(sc, "blame", "怪罪客户", u, cause, u + 1);
}

/* 您这样的客户我们也很头疼 / 你们这种客户我见多了: the caller filed as a kind of trouble (§二(三) 6).
 * 像您这样的老客户我们都会优先处理 names no trouble. */
static int trouble_kind(scan *sc, size_t a, size_t b)
{
    static const char *const trouble[] = { "头疼", "头痛", "难缠", "难办", "受不了", "怕", "怕了", "见多", "见多了", "没辙",
                                           "烦", "伤脑筋", NULL };
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE) return 0;
    size_t kind = find(sc, who + 1, upto(b, who + 3), (list){ "这样", "这种", "这号", "这类", NULL });
    if (kind == NONE) return 0;
    size_t c = find(sc, kind + 1, upto(b, kind + 3), (list){ "客户", "用户", "人", "顾客", NULL });
    size_t t = c < b ? find(sc, c + 1, upto(b, c + 6), trouble) : NONE;
    return t < b ? hit(sc, "lecture", "轻视客户", who, t, c) : 0;
}

/* 这么明显的按钮您都找不到 / 那么大的字您都看不见吗: something called obvious and the caller said to
 * miss it even so (国家职业技能标准 3.1; 贵阳 §二(三) 6). 这么晚您都还没收到货 names nothing obvious;
 * 按钮不太明显，您可能找不到 blames the page, with no 都 after 您. */
static int so_obvious(scan *sc, size_t a, size_t b)
{
    static const char *const plain[] = { "明显", "清楚", "显眼", "醒目", "大", "简单", "容易", "清晰", NULL };
    static const char *const miss[] = { "找不到", "看不见", "看不到", "不会", "不懂", "没看懂", "没看见", "没看到", "没找到",
                                        "看不懂", "不到", "记不住", NULL };
    size_t so = find(sc, a, b, (list){ "这么", "那么", "这样", NULL });
    if (so == NONE || so + 1 >= b || !in(sc, so + 1, plain)) return 0;
    for (size_t who = find(sc, so + 2, b, &SECOND); who + 1 < b; who = find(sc, who + 1, b, &SECOND)) {
        if (!in(sc, who + 1, (list){ "都", "也", "还", NULL })) continue;
        size_t m = find(sc, who + 2, upto(b, who + 5), miss);
        if (m == NONE) m = find_cannot(sc, who + 2, upto(b, who + 5));
        /* 没 看到 / 没 注意到: the lexicon's cut */
        for (size_t k = who + 2; m == NONE && k + 1 < upto(b, who + 5); k++)
            if (in(sc, k, (list){ "没", "没有", NULL }) &&
                in(sc, k + 1, (list){ "看到", "看见", "找到", "注意到", "看懂", "记住", "发现", NULL }))
                m = k + 1;
        if (m < b) return hit(sc, "lecture", "贬低客户", so, m, m);
    }
    return 0;
}

/* ---- Classes the retired blind set seen4 showed missed (helper seen4fix; rows of
 * tests/data/tone_more/seen4fix.tsv written for each class before these rules): 国家职业技能标准
 * 3.1 不用禁忌语、不推诿; 呼叫服务员职业标准(试行) 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA
 * 001—2020 §二(三)6 注意通话语气和态度. */

/* 网上一搜就有 / 其实您自己在APP上就能查 / 说明书上都写着呢: the caller told the answer was theirs
 * to find, instead of being given it. A channel named, then 就 + can/have/know closing the clause
 * (or 都写着), with a word that makes it a brush-off (自己, 随便, 一查/一搜, 百度, 其实, 都); labelled
 * 推诿 so that help offered after it clears it (您在APP上就能办，我也可以现在帮您办). */
static int look_it_up(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"网百a官公短说小微上手合协客");
    /* (都写着呢 ends in 呢 without asking anything: a statement) */
    if (question && !(is(sc, b - 1, "呢") && find(sc, a, b, &WHAT_ANY) == NONE)) return 0;
    static const char *const channel[] = { "网上", "百度", "app", "官网", "公众号", "短信", "说明书", "小程序", "网站", "上网",
                                           "微信", "手机上", "网页", "官方网站", "说明", "合同", "协议",
                                           "公众" /* 公众号 is cut 公众 + 号 */, "客户端", NULL };
    size_t ch = find(sc, a, b, channel);
    if (ch == NONE) return 0;
    /* 说明书上都写着呢 */
    size_t all = find(sc, ch + 1, upto(b, ch + 4), (list){ "都", NULL });
    if (all + 1 < b && in(sc, all + 1, (list){ "写", "写着", "有", "写了", "写得", NULL })) {
        size_t k = all + 2;
        while (k < b && in(sc, k, (list){ "着", "呢", "了", "啊", "的", "很", "清楚", "明白", NULL })) k++;
        /* keyed on 都: 写 is a verb of reported speech (他写着…), and 说明书 holds 2.6's part 说明 */
        if (k == b) return hit(sc, "dismissive", "推诿（让客户自己查）", ch, all + 1, all);
    }
    size_t then = find(sc, ch + 1, b, (list){ "就", NULL });
    if (then + 1 >= b || b - then > 4) return 0;
    for (size_t k = then + 1; k < b; k++)
        if (!in(sc, k, (list){ "能", "可以", "有", "知道", "明白", "行", "查", "看", "查到", "看到", "找到", "搜到", "答案",
                               "办", "了", "啊", "的", "呢", "嘛", NULL }))
            return 0;
    static const char *const brushed[] = { "自己", "随便", "一查", "一搜", "一看", "百度", "其实", "一下", NULL };
    size_t mark = find(sc, a, then, brushed);
    for (size_t k = a; mark == NONE && k + 1 < then; k++)
        if (is(sc, k, "1") && in(sc, k + 1, (list){ "查", "搜", "看", "翻", "找", NULL })) mark = k;
    if (mark == NONE) return 0;
    return hit(sc, "dismissive", "推诿（让客户自己查）", mark, then, then);
}

/* 下次别问这种网上就能查到的问题了: the caller told not to ask such things (a question belittled) */
static int dont_ask(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"别不少");
    size_t no = find(sc, a, upto(b, a + 3), &PROHIB);
    if (no + 2 < b && is(sc, no + 1, "问") && in(sc, no + 2, (list){ "这种", "这些", "这样的", "这么", "这类", "那种", "这种事", NULL }))
        return hit(sc, "dismissive", "打发客户", no, no + 2, no + 1);
    return 0;
}

/* 我只有五分钟 / 我只能给您三分钟: the caller given a time limit (not 办理大概需要五分钟) */
static int time_limit(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"我咱客");
    size_t me = find(sc, a, b, &FIRST);
    size_t only = me < b ? find(sc, me + 1, upto(b, me + 3), (list){ "只有", "只能", "只给", "就给", "就有", "最多", "顶多", NULL }) : NONE;
    for (size_t k = only + 1; only < b && k < upto(b, only + 5); k++) {
        const char *n = word(sc, k);
        int count = (n[0] >= '0' && n[0] <= '9') || strncmp(n, "两", strlen("两")) == 0 || strncmp(n, "几", strlen("几")) == 0;
        /* 5 分钟 or 两分钟 (one word) */
        if (count && (strstr(n, "分钟") || strstr(n, "秒") ||
                      (k + 1 < b && in(sc, k + 1, (list){ "分钟", "分", "秒", "秒钟", NULL }))))
            return hit(sc, "impatient", "不耐烦（限时）", me, k, only);
    }
    return 0;
}

/* 一分钟内说完 / 给你三十秒讲清楚: a time limit put on the caller's speech (not 我们会在三分钟内为您
 * 办好, a promise about our work) */
static int speak_within(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"0123456789两几半");
    for (size_t k = a; k + 1 < b; k++) {
        const char *n = word(sc, k);
        int count = (n[0] >= '0' && n[0] <= '9') || strncmp(n, "两", strlen("两")) == 0 ||
                    strncmp(n, "几", strlen("几")) == 0 || strncmp(n, "半", strlen("半")) == 0;
        if (!count) continue;
        /* 两分钟 (one word), 5 分钟, 3 十秒 (三十秒 cut after its digit) */
        const char *next = word(sc, k + 1);
        size_t unit = strstr(n, "分钟") || strstr(n, "秒") ? k : strstr(next, "分钟") || strstr(next, "秒") ? k + 1 : NONE;
        if (unit == NONE) continue;
        /* (请您在两分钟内说一下地址: a request, the time a rule of the line) */
        if (find(sc, a, b, PLEASE) < b) return 0;
        size_t v = unit + 1;
        if (v < b && in(sc, v, (list){ "内", "之内", "以内", NULL })) v++;
        if (v < b && in(sc, v, (list){ "说完", "讲完", "说清楚", "讲清楚", "说清", "讲清", "说", "讲", "说明白", "讲明白", NULL }))
            return hit(sc, "impatient", "不耐烦（限时）", k, v, v);
    }
    return 0;
}

/* 不想等可以不等 / 嫌慢可以不办 / 不愿意等您就挂了吧: waiting or the service left to the caller to
 * drop (not 不想等的话，我可以先帮您登记: a condition, with an offer) */
static int wait_or_leave(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"不嫌");
    size_t unwilling = find(sc, a, b, (list){ "不想", "不愿意", "不愿", "嫌慢", "嫌", "嫌麻烦", "等不及", NULL });
    if (unwilling == NONE || find(sc, a, b, CONDITION) < b || in_reply(sc, (list){ "帮您", "为您", "给您", "帮你", NULL })) return 0;
    for (size_t k = unwilling + 1; k + 1 < b; k++) {
        if (is(sc, k, "可以") && in(sc, k + 1, (list){ "不", "不等", "不办", "不用", "挂", "挂了", "走", NULL }))
            return hit(sc, "dismissive", "打发客户", unwilling, k + 1, k);
        if (is(sc, k, "就") && in(sc, k + 1, (list){ "挂", "挂了", "别", "不", "别等", "别办", NULL }))
            return hit(sc, "dismissive", "打发客户", unwilling, k + 1, k);
    }
    return 0;
}

/* 您不休息我们还要休息呢 / 我们也是要睡觉的: the hour of the call held against the caller */
static int our_rest(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"我咱客");
    size_t us = find(sc, a, b, &FIRST);
    size_t also = us < b ? find(sc, us + 1, upto(b, us + 3), (list){ "还要", "也要", "也是要", "也得", "还得", "也是", "也", NULL }) : NONE;
    size_t k = also + 1;
    while (also < b && k < b && k < also + 3 && in(sc, k, (list){ "是", "要", "得", NULL })) k++;
    if (also < b && k < b && in(sc, k, (list){ "休息", "睡觉", "下班", "吃饭", "回家", "睡", NULL }))
        return hit(sc, "impatient", "不耐烦（怪客户来电时间）", us, k, k);
    return 0;
}

/* 切 / 嘁 / 哼 as a clause of their own: a scoff (口头禅); 这也叫问题？/ 这也算故障？: the caller's
 * matter scoffed at, asked back (not 这也叫做流量包 or 这也算在套餐里, statements) */
static int scoff(scan *sc, size_t a, size_t b, int question)
{
    if (b == a + 1 && in(sc, a, (list){ "切", "嘁", "哼", "嗤", "呿", NULL })) return hit(sc, "dismissive", "口头禅（嗤之以鼻）", a, a, a);
    if (!question || b - a < 4 || b - a > 6 || !is(sc, a, "这") || !is(sc, a + 1, "也")) return 0;
    if (!in(sc, a + 2, (list){ "叫", "算", "算是", "算个", "值得", NULL })) return 0;
    for (size_t k = a + 3; k < b; k++)
        if (in(sc, k, (list){ "在", "进", "入", "到", "里", "里面", NULL })) return 0;
    return hit(sc, "rhetorical", "反问客户（这也算…）", a, b - 1, a + 2);
}

/* 您年纪大了，这些搞不明白也正常 / 上了年纪的哪搞得懂: the caller's age given as why they cannot
 * understand (国家职业技能标准 3.1; not 您年纪大了出门不方便, nor 很多老年用户刚开始也不熟悉，
 * 我一步一步教您, which teaches) */
static int age_reason(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"年岁老上");
    size_t age = find(sc, a, b, (list){ "年纪", "岁数", "年龄", "上了年纪", "老人家", "老年人", "老人", NULL });
    if (age == NONE || in_reply(sc, (list){ "教", "教您", "一步一步", "没关系", "不要紧", "慢慢来", NULL }) || in_reply(sc, ALTERNATIVE))
        return 0;
    /* said to the caller (您年纪大了, 老人家), not of old people in general (很多老人连智能手机都不会用) */
    if (!in(sc, age, (list){ "老人家", NULL }) && !in_reply(sc, (list){ "你", "您", "你们", "您们", NULL })) return 0;
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause <= sc->w->v[b - 1].clause + 1) end++;
    for (size_t k = age + 1; k < end; k++)
        if (in(sc, k, &CANNOT) || in(sc, k, (list){ "搞不明白", "学不会", "搞不懂", "弄不懂", "弄不明白", "哪搞得懂", "搞得懂",
                                                     "不会用", "转不过来", "跟不上", NULL }))
            return hit(sc, "lecture", "轻视客户（年龄）", age, k, age);
    return 0;
}

/* 您也没仔细听 / 是您没认真看 / 您下单时也没认真核对: the caller's inattention named (blame), not
 * excused (您没留意到也正常) nor the agent's own (我也没仔细核实) nor asked as a condition */
static int careless_caller(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"您你");
    size_t who = find(sc, a, b, &SECOND);
    /* (可能您没注意到，我跟您说一下: a hedge, the lapse allowed for, not held against the caller) */
    if (who == NONE || find(sc, a, b, CONDITION) < b || find(sc, a, b, HEDGE) < b) return 0;
    size_t no = find(sc, who + 1, upto(b, who + 6), (list){ "没", "没有", "没能", NULL });
    if (no == NONE) return 0;
    static const char *const heed[] = { "仔细", "认真", "好好", "留意", "注意", "细看", "用心", "专心", NULL };
    size_t care = find(sc, no + 1, upto(b, no + 3), heed);
    /* 仔细听 / 认真看 are one word each: the heed is their first two characters */
    for (size_t k = no + 1; care == NONE && k < upto(b, no + 3); k++)
        for (const char *const *h = heed; *h && care == NONE; h++)
            if (strncmp(word(sc, k), *h, strlen(*h)) == 0) care = k;
    if (care == NONE || reassured(sc, care, b)) return 0;
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause == sc->w->v[b - 1].clause + 1) end++;
    if (find(sc, care, end, (list){ "正常", "也正常", "难免", "很正常", "可以理解", NULL }) < end) return 0;
    return hit(sc, "blame", "怪罪客户（没仔细听）", who, care, care);
}

/* 口齿清楚点 / 说清楚点: an order about the caller's speech with no courtesy (2.3 asks 请您说慢一点) */
static int speak_clearly(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"口说讲吐");
    size_t clear = find(sc, a, b, (list){ "口齿清楚", "口齿清晰", "吐字清楚", "说清楚", "讲清楚", NULL });
    if (clear + 1 >= b || !in(sc, clear + 1, (list){ "点", "点儿", "一点", "些", NULL })) return 0;
    if (courteous(sc, a, b) || find(sc, a, b, &FIRST) < b || in_reply(sc, (list){ "请", "请您", "麻烦", "麻烦您", NULL })) return 0;
    return hit(sc, "impatient", "呵斥客户", clear, clear + 1, clear);
}

static void seen4_classes(scan *sc, size_t a, size_t b, int question)
{
    age_reason(sc, a, b);
    careless_caller(sc, a, b);
    speak_clearly(sc, a, b);
    look_it_up(sc, a, b, question);
    dont_ask(sc, a, b);
    time_limit(sc, a, b);
    speak_within(sc, a, b);
    wait_or_leave(sc, a, b);
    our_rest(sc, a, b);
    scoff(sc, a, b, question);
}

/* 了不起，连充电器都能插反 / 真厉害，密码能连着输错五次 / 您真係好叻，張卡都可以整斷: praise said
 * as its own clause, then a blunder of the caller's in the next (能/都 + a mishap: wrong, back to
 * front, broken, lost): mock praise. Praise followed by what went right (您真厉害，这么快就改好了)
 * is praise. */
static void mock_praise(scan *sc)
{
    const cs_words *w = sc->w;
    static const char *const praise[] = { "了不起", "厉害", "佩服", "高手", "叻", "牛", "真行", "行", "有本事", "能耐", "天才",
                                          "人才", "服了", "绝了", "棒", "真棒", "聪明", "能干", NULL };
    static const char *const filler[] = { "您", "你", "真", "可真", "真是", "太", "好", "系", "是", "啊", "呀", "了", "哇", "佩服",
                                          "实在", "可", "还真", "真的", NULL };
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        size_t p = NONE;
        int only = 1;
        for (size_t k = a; k < b && only; k++) {
            if (in(sc, k, praise)) p = k;
            else if (!in(sc, k, filler)) only = 0;
        }
        if (only && p != NONE && b < w->n) {
            size_t c = b;
            while (c < w->n && w->v[c].clause == w->v[b].clause) c++;
            int can = 0;
            for (size_t k = b; k < c; k++) {
                if (in(sc, k, (list){ "都", "能", "可以", "都能", "竟然", "居然", "连", NULL })) can = 1;
                const char *m = word(sc, k);
                if (can && (strstr(m, "错") || strstr(m, "反") || strstr(m, "坏") || strstr(m, "断") || strstr(m, "丢") ||
                            strstr(m, "忘") || strstr(m, "摔") || strstr(m, "锁"))) {
                    hit(sc, "sarcasm", "讽刺客户", p, k, p);
                    return;
                }
            }
        }
        a = b;
    }
}

static void other_writers(scan *sc, size_t a, size_t b)
{
    nandao(sc, a, b);
    who_told(sc, a, b);
    above_us(sc, a, b);
    thanks_for_trouble(sc, a, b);
    still_cannot(sc, a, b);
    you_think_we(sc, a, b);
    hurry_answer(sc, a, b);
    users_fault(sc, a, b);
    trouble_kind(sc, a, b);
    so_obvious(sc, a, b);
}

/* 哦。 / 嗯。然后？ / 然后呢: a reply of fillers alone answers nothing (国家职业技能标准 3.1 不用口头禅;
 * the 2.x phrases answer in words: 好的，请您稍等). A lone 嗯 / 嗯嗯 may be the 应和 the standard asks
 * for (呼叫服务员职业标准(试行) 三(二)2 及时地给予应和), so only 哦 alone or a filler asking 然后 counts. */
static void fillers_only(scan *sc)
{
    static const char *const filler[] = { "哦", "噢", "喔", "嗯", "嗯哼", "哦哦", "噢噢", "嗯嗯", "然后", "然后呢", "呢", "啊",
                                          "呃", "额", "哈", NULL };
    size_t n = sc->w->n;
    if (n == 0) return;
    for (size_t i = 0; i < n; i++)
        if (!in(sc, i, filler)) return;
    size_t then = find(sc, 0, n, (list){ "然后", "然后呢", NULL });
    if (then < n) { hit(sc, "impatient", "口头禅（然后呢）", 0, n - 1, then); return; }
    if (n == 1 && in(sc, 0, (list){ "哦", "噢", "喔", NULL })) hit(sc, "dismissive", "口头禅（哦）", 0, 0, 0);
}

/* ---- classes of 禁忌语 and insults seen missed on the retired blind set seen3 (helper seentone).
 * Each rule reads a shape of the class, written from the standard: 呼叫服务员职业标准(试行) 三(一)2
 * 不用禁忌语及口头禅; 国家职业技能标准 3.1 不用禁忌语、不推诿; 贵阳 T-GSOCCIA 001—2020 §二(三)6
 * 注意通话语气和态度 (insults and threats fail the call). Own sentences of every class:
 * tests/data/tone_more/seentone.tsv. ---- */

/* The end of the clause after the one ending at b (or b at the reply's end). */
static size_t next_clause_end(scan *sc, size_t b)
{
    size_t e = b;
    while (e < sc->w->n && sc->w->v[e].clause == sc->w->v[b].clause) e++;
    return e;
}

/* 又不是什么大事 / 快递员又不是你家的司机: a retort that waves the matter off (dismissal), and
 * 我们是客服，不是你家保姆: the agent's role thrown back at the caller (sarcasm); both §二(三)6.
 * 您又不是故意的 / 这又不是您的错 excuse the caller: no. */
static int servant_retort(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"又家保佣仆下秘司丫筒私跑专妈长跟");
    static const char *const servant[] = { "保姆", "佣人", "仆人", "下人", "秘书", "管家", "司机", "丫鬟", "出气筒", "私人",
                                           "跟班", "跑腿", "专属", "老妈子", "家丁", "长工", NULL };
    size_t last = NONE;
    size_t no = spelled_in(sc, a, b, (list){ "又不是", "又不会", "又没有", NULL }, &last);
    if (no < b) {
        int excuse = find(sc, last + 1, upto(b, last + 5), (list){ "错", "故意", "有意", "责任", "过错", "您的错", "你的错", NULL }) < b &&
                     find(sc, a, b, &SECOND) < b;
        /* 这又不是您能决定的，您别有压力: the caller relieved of a burden */
        size_t relief_last = NONE;
        if (last + 1 < b && in(sc, last + 1, &SECOND) &&
            spelled_in(sc, 0, sc->w->n, (list){ "别担心", "不用担心", "放心", "别有压力", "别自责", "不怪您", "别着急", "没关系",
                                                "不要紧", "别难过", NULL }, &relief_last) < sc->w->n)
            excuse = 1;
        if (!excuse && !reassured(sc, last, b))
            return hit(sc, "dismissive", "打发客户（又不是…）", no, last, no);
    }
    size_t not = find(sc, a, b, (list){ "不是", NULL });
    if (not + 1 < b && (in(sc, not + 1, &SECOND) || in(sc, not + 1, (list){ "你家", "您家", "你们家", NULL }))) {
        size_t role = find(sc, not + 2, upto(b, not + 5), servant);
        if (role < b && (!in(sc, not + 1, &SECOND) || find(sc, not + 2, role, (list){ "家", "家的", "的", NULL }) < role))
            return hit(sc, "sarcasm", "讽刺客户（不是你家的…）", not, role, role);
    }
    return 0;
}

/* 过期了就是过期了 / 扣了就是扣了: the answer is the question said twice, a refusal that explains
 * nothing (3.1 不推诿; 2.7(2) refuses with a way on). */
static int tautology(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"就");
    for (size_t i = a + 1; i + 1 < b; i++) {
        if (!is(sc, i, "就是")) continue;
        for (size_t k = 1; k <= 3 && k <= i - a && i + k < b; k++) {
            size_t same = 0;
            while (same < k && strcmp(word(sc, i - k + same), word(sc, i + 1 + same)) == 0) same++;
            if (same < k || in(sc, i - k, (list){ "就是", "是", "对", "嗯", NULL })) continue;
            if (i + 1 + k == b || (i + 2 + k == b && in(sc, b - 1, &TAIL)))
                return hit(sc, "dismissive", "打发客户（X就是X）", i - k, i + k, i);
        }
    }
    return 0;
}

/* 这种价钱你还指望多好的质量 / 你还奢望什么: the caller's expectation mocked (sarcasm, §二(三)6). */
static int mocked_expectation(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"指奢妄");
    size_t hope = find(sc, a, b, (list){ "指望", "奢望", "妄想", "指望着", NULL });
    if (hope == NONE || find(sc, a, hope, &FIRST) < hope) return 0;
    size_t still = find(sc, hope > a + 3 ? hope - 3 : a, hope, (list){ "还", "还真", "还想", NULL });
    if (still < hope) return hit(sc, "sarcasm", "讽刺客户（还指望…）", still, hope, hope);
    return 0;
}

/* 你办卡的时候就该想到 / 签之前你早该看明白: the caller blamed in hindsight (blame, §二(三)6; 2.14
 * explains the caller's slip instead). */
static int hindsight_blame(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"该");
    size_t last = NONE;
    size_t should = spelled_in(sc, a, b, (list){ "早该", "就该", "早就该", "本该", "本来就该", "早应该", "就应该", "早就应该",
                                                  "本来就应该", "当初就该", NULL }, &last);
    if (should == NONE || find(sc, a, should, &FIRST) < should) return 0;
    size_t know = find(sc, last + 1, upto(b, last + 4), (list){ "想到", "知道", "想清楚", "看清楚", "看明白", "问清楚", "注意",
                                                                "明白", "看", "问", "想", "考虑", "了解", "清楚", "看好", "问好", NULL });
    if (know == NONE) return 0;
    int then = find(sc, a, should, (list){ "时候", "之前", "前", "当初", "当时", "那时", "早", NULL }) < should || find(sc, a, b, &SECOND) < b;
    if (then) return hit(sc, "blame", "指责客户（早该…）", should, know, should);
    return 0;
}

/* 下单前不看清楚，现在运费当然你自己出 / 当初没问清楚，现在只能自己担着: the caller's earlier
 * carelessness made the reason for the cost now (blame, §二(三)6). 如果您当时没看清楚也没关系 excuses. */
static int careless_then(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"前时初");
    static const char *const check[] = { "看清楚", "问清楚", "看仔细", "看好", "问好", "核对", "看明白", "想清楚", "确认", "想好",
                                         "问明白", "搞清楚", "弄清楚", NULL };
    size_t c = find(sc, a, b, check);
    if (c == NONE || c == a || !in(sc, c - 1, (list){ "不", "没", "没有", NULL })) return 0;
    if (find(sc, a, c, (list){ "前", "之前", "以前", "当时", "当初", "时候", "的时候", NULL }) == NONE || in_reply(sc, CONDITION)) return 0;
    size_t end = next_clause_end(sc, b);
    if (end == b || reassured(sc, c, b)) return 0;
    size_t now = find(sc, b, end, (list){ "现在", "当然", "只能", "怪", "活该", "自己", NULL });
    if (now < end) return hit(sc, "blame", "指责客户（当初不看清楚）", c - 1, now, c);
    return 0;
}

/* 谁卖给你的你找谁去 / 在哪买的去哪退: the caller sent back where they came from (推诿, 3.1). */
static int correlative_sendoff(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"谁哪");
    static const char *const who[] = { "谁", NULL };
    static const char *const where[] = { "哪", "哪里", "哪儿", "哪个", "哪家", NULL };
    static const char *const go[] = { "找", "问", "叫", "去", "回", "退", "找去", "问去", "让", NULL };
    size_t end = next_clause_end(sc, b);
    for (int k = 0; k < 2; k++) {
        const char *const *q = k ? where : who;
        size_t first = find(sc, a, b, q);
        if (first == NONE) continue;
        size_t second = find(sc, first + 2, end, q);
        if (second < end && find(sc, first + 1, second, go) < second)
            return hit(sc, "dismissive", "推诿（谁…找谁）", first, second, first);   /* key: the first 谁, before any 告诉 */
    }
    return 0;
}

/* 热线不是让你来发泄的 / 客服不是给你聊天用的: the line's purpose lectured at the caller (3.1;
 * §二(三)6). 这条短信不是让您缴费的 names no misconduct. */
static int purpose_lecture(scan *sc, size_t a, size_t b)
{
    static const char *const vent[] = { "发泄", "聊天", "闲聊", "撒气", "出气", "消遣", "抱怨", "吐槽", "骂人", "吵架", "解闷",
                                        "开玩笑", "撒野", "发火", "发脾气", "撒泼", "逗", "玩", "解闷儿", "唠嗑", NULL };
    size_t not = find(sc, a, b, (list){ "不是", NULL });
    if (not == NONE) return 0;
    size_t last = NONE;
    size_t v = spelled_in(sc, not + 1, upto(b, not + 7), vent, &last);
    if (v < b) return hit(sc, "lecture", "说教客户（热线不是…的）", not, last, not);   /* key 不是: before any 让 */
    return 0;
}

/* 以后这种问题先看说明书再打电话 / 别一有问题就打电话: the caller told how to earn a call (lecture,
 * 3.1). 您先重启，如果不行再打给我们 is a step, not a rule for the caller's future. */
static int future_lecture(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"先就");
    static const char *const call[] = { "打", "打电话", "来电", "来电话", "打过来", "来问", "问", "来", "打来", "问我们", NULL };
    if (!in_reply(sc, (list){ "以后", "下次", "下回", "今后", "往后", NULL }) || courteous(sc, a, b) ||
        find(sc, a, b, (list){ "可以", "方便", "随时", "欢迎", NULL }) < b)
        return 0;
    size_t end = next_clause_end(sc, b);
    size_t first = NONE;   /* 先, or 先读 / 先看 as one word */
    for (size_t k = a; k < b && first == NONE; k++)
        if (strstr(word(sc, k), "先") && !in(sc, k, (list){ "先生", "先进", "先前", "首先", "祖先", "领先", "优先", NULL })) first = k;
    size_t last = NONE;
    size_t then = first < b ? spelled_in(sc, first + 1, end, (list){ "再打", "再打电话", "再打过来", "再打给", "再来", "再来电", "再来电话", "再问", "再给我们打", "再拨", "再联系", NULL }, &last) : NONE;
    if (then < end) return hit(sc, "lecture", "说教客户（先…再打电话）", first, last, then);
    size_t no = find(sc, a, b, &PROHIB);
    size_t one = no < b ? find(sc, no + 1, upto(b, no + 3), (list){ "1", "一", NULL }) : NONE;
    size_t so = one < b ? find(sc, one + 1, upto(b, one + 4), (list){ "就", NULL }) : NONE;
    if (so + 1 < b && in(sc, so + 1, call)) return hit(sc, "lecture", "说教客户（一…就打电话）", no, so + 1, no);
    return 0;
}

/* 你别跟我讲方言 / 讲普通话！/ 说慢点: the caller's way of speaking ordered about, where 2.20
 * asks 请您讲普通话好吗 and 2.4/2.5 ask with 请 and an apology. 您不用跟我客气 is kindness. */
static int speech_order(scan *sc, size_t a, size_t b, int question)
{
    /* the 别跟我讲 stems all hold 跟, 和 or 对; the bare order (讲普通话！) is three words at most */
    int with_me = may_hold(sc, a, b, U"跟和对");
    if (!with_me && b - a > 3) return 0;
    size_t last = NONE;
    size_t no = !with_me ? NONE : spelled_in(sc, a, b, (list){ "别跟我说", "别跟我讲", "别跟我用", "别跟我扯", "不要跟我说", "不要跟我讲", "不要跟我用",
                                             "别和我说", "别和我讲", "少跟我说", "少跟我讲", "少跟我扯", "别对我说", NULL }, &last);
    if (no < b && find(sc, last + 1, b, (list){ "客气", "谢谢", "道歉", "对不起", "抱歉", "见外", NULL }) == NONE && !courteous(sc, a, b))
        return hit(sc, "impatient", "呵斥客户（别跟我讲…）", no, last, last);
    if (question || b - a > 3 || !in(sc, a, (list){ "讲", "说", NULL })) return 0;
    if (find(sc, a + 1, b, (list){ "普通话", "慢点", "慢一点", "清楚点", "大声点", "大点声", "快点", "中文", NULL }) == NONE) return 0;
    /* 请您…，讲普通话: a courtesy word in the clause before asks */
    size_t pa = a;
    while (pa > 0 && sc->w->v[pa - 1].clause + 1 == sc->w->v[a].clause) pa--;
    if (courteous(sc, pa, b) || find(sc, pa, b, (list){ "能", "可以", "能否", "好吗", "不好意思", "抱歉", "麻烦", NULL }) < b) return 0;
    if (find(sc, b, next_clause_end(sc, b), (list){ "好吗", "可以吗", "行吗", "谢谢", NULL }) < sc->w->n) return 0;
    return hit(sc, "impatient", "呵斥客户（命令）", a, b - 1, a);
}

/* 规定就是这样 / 系统就是这么设定的，你接受吧: the rule as the whole answer, with no way on
 * (3.1 不推诿; 2.7(2)). 流程是这样的：您先… explains. */
static int policy_shrug(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"规政制流系pP");
    static const char *const rule[] = { "规定", "政策", "制度", "流程", "系统", "规矩", "公司规定", "policy", "Policy", "POLICY", NULL };
    size_t r = find(sc, a, b, rule);
    if (r == NONE) return 0;
    size_t so = find(sc, r + 1, upto(b, r + 3), (list){ "就是", "就", NULL });
    size_t like = so < b ? find(sc, so + 1, upto(b, so + 3), (list){ "这样", "这么", "如此", "这个样", NULL }) : NONE;
    if (like == NONE || cs_words_help_after(sc->w, like)) return 0;
    if (find(sc, 0, sc->w->n, (list){ "抱歉", "不好意思", "建议", "可以", "帮您", "为您", NULL }) < sc->w->n) return 0;
    return hit(sc, "dismissive", "打发客户（规定就是这样）", r, like, so);
}

/* 急也没用 / 你催也没用 / 生气也没用: the caller's feeling waved away (dismissal, §二(三)6; 2.12
 * answers it with 请您不要着急，我们会尽快处理). */
static int emotion_useless(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"用搭");
    static const char *const feel[] = { "急", "着急", "催", "生气", "发火", "闹", "吵", "骂", "哭", "喊", "投诉", "嚷", "吼", "急死",
                                        "发脾气", "催促", NULL };
    for (size_t f = find(sc, a, b, feel); f + 2 < b + 1 && f < b; f = find(sc, f + 1, b, feel)) {
        size_t also = find(sc, f + 1, upto(b, f + 3), (list){ "也", "都", "再", "了也", NULL });
        if (also == NONE) continue;
        size_t last = NONE;
        size_t useless = spelled_in(sc, also + 1, upto(b, also + 4), (list){ "没用", "没有用", "没得用", "白搭", "不管用", "没啥用",
                                                                             "无用", "没什么用", "没得用的", NULL }, &last);
        if (useless < b) return hit(sc, "dismissive", "打发客户（急也没用）", f, last, useless);
    }
    return 0;
}

/* 别乱动 / 你不要瞎按 / 别到处乱打电话: the caller's actions called a mess (condescension, 3.1).
 * 请您不要随意开关电器 is a safety step said with courtesy. */
static int messy_prohibition(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"乱瞎");
    size_t no = find(sc, a, b, &PROHIB);
    if (no == NONE || courteous(sc, a, b)) return 0;
    for (size_t k = no + 1; k < upto(b, no + 4); k++) {
        const char *w = word(sc, k);
        if (strncmp(w, "乱", 3) == 0 || strncmp(w, "瞎", 3) == 0) {
            if (strcmp(w, "乱码") == 0 || strcmp(w, "瞎子") == 0) continue;
            /* 您别乱想，我们一定给您处理好: worry set at rest, not conduct scorned */
            size_t cl = NONE;
            int thought = in(sc, k, (list){ "乱想", "瞎想", "乱猜", "瞎猜", NULL }) ||
                          (k + 1 < b && in(sc, k, (list){ "乱", "瞎", NULL }) && in(sc, k + 1, (list){ "想", "猜", NULL }));
            if (thought && spelled_in(sc, 0, sc->w->n, (list){ "一定", "1定", "放心", "没事", "别担心", "不用担心", "没关系", NULL }, &cl) < sc->w->n)
                continue;
            return hit(sc, "lecture", "轻视客户（别乱…）", no, k, k);
        }
    }
    return 0;
}

/* 不过您说话也挺冲的 / 您的态度也挺差 / 你嗓门那么大干什么: the caller's manner judged back, blame
 * put on the caller (§二(三)6). 我们的态度确实不好 is the agent's own; 您说话很清楚 praises. */
static int manner_judged(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"话语态气门声");
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE || find(sc, a, who, &FIRST) < who) return 0;
    size_t m = find(sc, who + 1, upto(b, who + 4), (list){ "说话", "讲话", "语气", "态度", "口气", "嗓门", "脾气", "声音", NULL });
    if (m == NONE) return 0;
    size_t last = NONE;
    size_t bad = spelled_in(sc, m + 1, upto(b, m + 6), (list){ "冲", "凶", "差", "不好", "不太好", "难听", "不客气", "横", "大",
                                                               "恶劣", "不怎么样", "太差", "很差", "冲了", "差劲", NULL }, &last);
    if (bad == NONE) return 0;
    if (find(sc, m + 1, bad, (list){ "也", "可", "挺", "太", "这么", "那么", "真", "很", "还挺", "够", NULL }) == NONE) return 0;
    return hit(sc, "blame", "指责客户（说话态度）", who, last, m);
}

/* 这都能输错 / 这么简单也能搞错 / 连卡号都能记错: mock wonder at the caller's slip (sarcasm,
 * §二(三)6; 2.14 says 您的操作有误 and helps). 这种情况都能处理 / 忘了也能重置 name no slip. */
static int mock_wonder(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"错忘丢");
    size_t can = find(sc, a, b, (list){ "能", "都能", "也能", "还能", NULL });
    if (can == NONE || find(sc, a, can, &FIRST) < can) return 0;
    if (!in(sc, can, (list){ "都能", "也能", "还能", NULL }) && (can == a || !in(sc, can - 1, (list){ "都", "也", NULL }))) return 0;
    if (find(sc, a, can, (list){ "这", "这么", "连", "这也", "这都", "这么简单", "这样", NULL }) == NONE) return 0;
    for (size_t k = can + 1; k < upto(b, can + 3); k++) {
        const char *w = word(sc, k);
        if (strstr(w, "错") || strncmp(w, "忘", 3) == 0 || strncmp(w, "丢", 3) == 0 || strstr(w, "弄丢"))
            return hit(sc, "sarcasm", "讽刺客户（这都能…错）", can, k, k);
    }
    return 0;
}

/* 再催就更慢了 / 你再打来问就排到最后: the caller's asking punished (a threat of worse service,
 * §二(三)6). 明天还没修好的话您再打过来，我们加急 promises help. */
static int conditional_penalty(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"再还");
    /* the 就 / 会 of the penalty in this clause or the next (你要是再催，你的单子就往后排): the
     * condition and the harm are often two clauses */
    if (!clause_holds(sc, a, next_clause_end(sc, b), U"就会")) return 0;
    static const char *const press[] = { "催", "打", "打过来", "打来", "打电话", "问", "吵", "闹", "投诉", "催促", "来电", "这么吵",
                                         "这样", "这么", NULL };
    static const char *const worse[] = { "更", "更慢", "更晚", "更久", "最后", "别想", "没人", "往后", "不管", "不给", "下周", "排到",
                                         "排最后", "放最后", "没人管", "排", "拖", "晚", "慢", NULL };
    size_t again = find(sc, a, b, (list){ "再", "还", NULL });
    if (again == NONE || again + 1 >= b || !in(sc, again + 1, press)) return 0;
    size_t end = next_clause_end(sc, b);
    size_t so = find(sc, again + 2, end, (list){ "就", "只会", "就会", NULL });
    size_t w = so < end ? find(sc, so + 1, upto(end, so + 6), worse) : NONE;
    if (w == NONE || find(sc, so, w, (list){ "给您", "帮您", "为您", "加急", "优先", NULL }) < w) return 0;
    return hit(sc, "impatient", "威胁客户（再催就…）", again, w, again);
}

/* 刚才不是挺能说的吗 / 你不是说很急吗: the caller's own words or mood thrown back as a question
 * (sarcasm, §二(三)6). 您刚才不是说有两张卡吗？我想确认一下 asks to confirm. */
static int sarcastic_recall(scan *sc, size_t a, size_t b, int question)
{
    if (!question) return 0;
    size_t not = find(sc, a, b, (list){ "不是", NULL });
    if (not == NONE) return 0;
    size_t k = not + 1;
    if (k < b && in(sc, k, (list){ "说", NULL })) k++;
    if (k + 1 >= b || !in(sc, k, (list){ "挺", "很", "那么", "还挺", "还很", "蛮", "这么", "可", "老", NULL })) return 0;
    return hit(sc, "sarcasm", "讽刺客户（刚才不是挺…吗）", not, k + 1, k);
}

/* 穷就别办卡 / 没钱就别买 / 你这么穷还开会员: the caller's means held in contempt (an attack on
 * their worth, §二(三)6: an insult). */
static int poverty_contempt(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"穷钱起");
    size_t last = NONE;
    size_t poor = spelled_in(sc, a, b, (list){ "穷", "没钱", "买不起", "交不起", "付不起", "用不起", "消费不起", "还不起", "穷成", NULL }, &last);
    if (poor == NONE || find(sc, a, poor, &FIRST) < poor) return 0;
    size_t then = find(sc, last + 1, upto(b, last + 5), (list){ "就别", "就不要", "别", "还", "就少", NULL });
    /* 就 别办 / 就 不要买: the prohibition glued to its verb */
    if (then == NONE && last + 2 < b && is(sc, last + 1, "就") &&
        (strncmp(word(sc, last + 2), "别", 3) == 0 || strncmp(word(sc, last + 2), "不要", 6) == 0 || strncmp(word(sc, last + 2), "少", 3) == 0))
        then = last + 2;
    if (then == NONE) return 0;
    /* 如果近期手头不方便，可以申请分期: a condition with a way on is advice */
    if (find(sc, a, b, (list){ "可以", "建议", "帮您", "申请", NULL }) < b) return 0;
    return hit(sc, "belittle", "辱骂或贬低客户（穷就别…）", poor, then, poor);
}

/* 你再骂，我就把你的电话公布出去 / 信不信我把你的号码发到网上: exposure of the caller threatened
 * (§二(三)6: a threat fails the call). 我们不会把您的电话告诉任何人 promises privacy. */
static int exposure_threat(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"把");
    static const char *const out[] = { "公布", "曝光", "公开", "网上", "群里", "发到", "挂到", "放到", "晒", "贴到", "散布",
                                       "黑名单", "上网", "发群", "群", NULL };
    size_t ba = find(sc, a, b, (list){ "把", NULL });
    if (ba == NONE || ba + 1 >= b || !in_reply(sc, (list){ "你", "您", "你的", "您的", NULL })) return 0;
    size_t me = find(sc, a, ba, (list){ "我", "我们", "我就", NULL });
    if (me == NONE) return 0;
    if (find(sc, me, ba, (list){ "不会", "不", "没", "绝不", "绝对不会", NULL }) < ba) return 0;
    size_t x_last = NONE;
    size_t x = spelled_in(sc, ba + 2, upto(b, ba + 8), out, &x_last);
    if (x == NONE) return 0;
    /* a condition or a dare before it: 你再…，我就 / 你敢… / 信不信 */
    size_t from = a;
    while (from > 0 && sc->w->v[from - 1].clause + 1 >= sc->w->v[a].clause) from--;
    int dared = 0;   /* 再 / 再闹 / 敢 / 你敢投诉 / 信不信 */
    for (size_t k = from; k < ba && !dared; k++)
        dared = strncmp(word(sc, k), "再", 3) == 0 || strstr(word(sc, k), "敢") || strstr(word(sc, k), "信不信") || is(sc, k, "小心");
    if (!dared) return 0;
    return hit(sc, "threat", "威胁客户（曝光）", me, x, x);
}

/* Each rule skips a clause without its anchors (ANCHORS) itself. */
static void seen_classes(scan *sc, size_t a, size_t b, int question)
{
    servant_retort(sc, a, b);
    tautology(sc, a, b);
    mocked_expectation(sc, a, b);
    hindsight_blame(sc, a, b);
    careless_then(sc, a, b);
    correlative_sendoff(sc, a, b);
    purpose_lecture(sc, a, b);
    future_lecture(sc, a, b);
    speech_order(sc, a, b, question);
    policy_shrug(sc, a, b);
    emotion_useless(sc, a, b);
    messy_prohibition(sc, a, b);
    manner_judged(sc, a, b);
    mock_wonder(sc, a, b);
    conditional_penalty(sc, a, b);
    if (question) sarcastic_recall(sc, a, b, question);
    poverty_contempt(sc, a, b);
    exposure_threat(sc, a, b);
}
/* ---- end of the seen3 classes ---- */

/* ---- classes shown by helper probe2's fresh probes (issue #11: long mid-call replies, 禁忌语
 * precision and recall). Each rule reads the words from one word on, joined (at most 64 bytes),
 * so that the lexicon's cuts (有什么/好/生气 or 有什么/好生/气) do not decide. ---- */

/* The words [i, b) joined into buf (at most n - 1 bytes, whole words only). */
static const char *joined(const scan *sc, size_t i, size_t b, char *buf, size_t n)
{
    size_t at = 0;
    buf[0] = 0;
    for (size_t k = i; k < b; k++) {
        size_t wl = strlen(word(sc, k));
        if (at + wl >= n) break;
        memcpy(buf + at, word(sc, k), wl);
        at += wl;
        buf[at] = 0;
    }
    return buf;
}

/* The word of [i, b) where the first n bytes of the joined words end (the last word a match holds). */
static size_t word_at_byte(const scan *sc, size_t i, size_t b, size_t n)
{
    size_t at = 0;
    for (size_t k = i; k < b; k++) {
        at += strlen(word(sc, k));
        if (at >= n) return k;
    }
    return b - 1;
}

/* Does s start with one of l? The rest of s after it, or NULL. */
static const char *after_any(const char *s, const char *const *l)
{
    for (; *l; l++) {
        size_t n = strlen(*l);
        if (strncmp(s, *l, n) == 0) return s + n;
    }
    return NULL;
}

/* ---- group stereotypes aimed at the caller (helper leftovers) ---- */

/* Does word k close a group of people (年轻人, 住户, 老头, 老太太, 做生意|的)? By its last character
 * (人 户 民 客 …), or a 的 that makes the words before it a kind of person (退休的, 当兵的). */
static int names_people(scan *sc, size_t first, size_t k)
{
    static const char *const tail[] = { "人", "户", "民", "客", "者", "生", "家", "女", "男", "妈", "爷", "姐", "哥", "头",
                                        "太", "婆", "工", "友", "辈", "族", "士", "员", "主", "孩", "娃", "爸", "嫂", NULL };
    const char *w = word(sc, k);
    if (strcmp(w, "的") == 0) return k > first;
    size_t n = strlen(w);
    if (n < 3) return 0;
    for (const char *const *t = tail; *t; t++)
        if (strcmp(w + n - 3, *t) == 0) return 1;
    return 0;
}

/* The predicate after 就是 / 都 / 总是: 1 for a fault pinned on the group, 2 for one that names
 * contempt (素质, 没文化, 蠢 …), 0 for none (都可以申请补贴, 都齐全了). Read from the words joined. */
static int group_fault(scan *sc, size_t i, size_t b)
{
    static const char *const contempt[] = {
        "没素质", "素质差", "素质低", "素质", "没文化", "没教养", "没脑子", "脑子", "智商", "蠢", "笨", "傻", "刁", "穷",
        "土", "低级", "白痴", "废物", "贱", "垃圾", "愚昧", "野蛮", "无知", "没见过世面", NULL };
    static const char *const fault[] = {
        "没耐心", "不懂", "不会", "不讲理", "不讲道理", "不守规矩", "不听", "不识", "不知好歹", "不长记性", "不自觉", "不靠谱",
        "靠不住", "爱占", "爱唠叨", "爱投诉", "爱闹", "爱找事", "爱挑", "爱计较", "爱抱怨", "爱较真", "爱贪", "爱吵", "爱折腾",
        "爱磨叽", "爱啰嗦", "爱钻牛角尖", "占便宜", "贪便宜", "讲究多", "要求多", "毛病多", "事多", "事儿多", "麻烦", "难缠",
        "难伺候", "难搞", "矫情", "娇气", "抠", "小气", "磨叽", "啰嗦", "唠叨", "墨迹", "急性子", "脾气大", "脾气差",
        "钻牛角尖", "胡搅蛮缠", "无理取闹", "小题大做", "大惊小怪", "玻璃心", "懒", "喜欢投诉", "喜欢闹", "就知道", "只知道",
        "光知道", "只会", "知道投诉", "知道闹", NULL };
    char buf[64];
    const char *j = joined(sc, i, b, buf, sizeof buf);
    if (after_any(j, contempt)) return 2;
    if (after_any(j, fault)) return 1;
    /* 你们年轻人都这样: the group's way as the whole predicate */
    static const char *const so_be[] = { "这样", "这样的", "这德行", "这副德行", "那样", "这个样", "这个样子", NULL };
    return cs_word_in(j, so_be) || cs_word_in(j, (list){ "这样啊", "这样呢", "这样吧", NULL }) ? 1 : 0;
}

/* 你们这些老人就是事多 / 你们外地人就是不懂 / 你们这帮人都是刁民: a group the caller belongs to, named
 * by 你们 (这些 / 这帮 / 这种 …) and a word for people, then 就是 / 都 / 总是 and a fault pinned on all of
 * them. A 禁忌语 (国家职业技能标准 3.1 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度),
 * and an insult when the fault names contempt (没素质, 刁民, 蠢: §二(二) 2.1 辱骂或贬低客户). Not the
 * group named to serve it (你们小区的住户都可以申请补贴, 你们这些材料都齐全了: no people, no fault). */
static int group_stereotype(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"你您");
    static const char *const those[] = { "这些", "这帮", "这种", "这类", "这号", "这群", "那些", "那帮", "这样的", "这伙", NULL };
    static const char *const so[] = { "就是", "都", "就", "总是", "老是", "全", "全都", "都是", "一个个", "个个", "整天",
                                      "天天", "成天", "一天到晚", "向来", "从来", "就爱", "总爱", "最", "只", "光", NULL };
    for (size_t i = a; i + 3 < b; i++) {
        if (!in(sc, i, (list){ "你们", "您们", NULL })) continue;
        size_t g = i + 1 < b && in(sc, i + 1, those) ? i + 2 : i + 1;
        size_t k = g;
        while (k < b && k < g + 4 && !in(sc, k, so) && !in(sc, k, &FIRST) && !in(sc, k, &SECOND)) k++;
        if (k == g || k >= b || !in(sc, k, so) || !names_people(sc, g, k - 1)) continue;
        size_t p = k;
        while (p + 1 < b && in(sc, p + 1, so)) p++;   /* 整天|就, 都|是 */
        int f = group_fault(sc, in(sc, p, (list){ "就", "只", "光", NULL }) ? p : p + 1, b);
        if (f == 0 && p > k) f = group_fault(sc, k + 1, b);
        if (f == 2) return hit(sc, "belittle", "以偏概全，贬低客户群体", i, b - 1, i);
        if (f == 1) return hit(sc, "lecture", "以偏概全（你们这些人…）", i, b - 1, i);
    }
    return 0;
}

/* 你这个骗保的 / 你们这帮骗低保的 / 你就是个骗补贴的: the caller named a cheat, a 骗… 的 said of 你/您
 * (这个 / 这种 / 就是个 … between), an attack on their character (贵阳 §二(二) 2.1 辱骂或贬低客户). Not
 * the caller cheated (您这个被骗的金额: 被 first), nor the scam itself (骗局, 骗术, 骗案). */
static int cheat_named(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"骗");
    static const char *const between[] = { "这个", "这种", "这些", "这帮", "这样的", "就是", "就是个", "是", "个", "一个",
                                           "真是", "分明", "明明", "纯粹", "就", NULL };
    for (size_t i = a; i < b; i++) {
        if (strncmp(word(sc, i), "骗", 3) != 0 || cs_word_in(word(sc, i), (list){ "骗局", "骗术", "骗案", NULL })) continue;
        size_t de = i;
        while (de < b && de < i + 3 && !is(sc, de, "的") && !(de > i && in(sc, de, &SECOND))) de++;
        if (de >= b || !is(sc, de, "的")) continue;
        size_t k = i;
        while (k > a && in(sc, k - 1, between)) k--;
        if (k == i || k == a || !in(sc, k - 1, &SECOND)) continue;
        return hit(sc, "belittle", "辱骂客户（骗子）", k - 1, de, i);
    }
    return 0;
}

/* 这有什么好生气的 / 有啥好急的 / 没什么可哭的: the caller's feeling declared needless, a dismissal
 * (贵阳 §二(二) 2.12 asks the agent to calm the caller: 请您不要着急; 国家职业技能标准 3.1). Not
 * 有什么好担心的 (reassurance: we have done it), not the agent's own feeling (我没什么好生气的). */
static void feeling_needless(scan *sc, size_t a, size_t b)
{
    static const char *const open[] = { "有什么好", "有啥好", "没什么好", "没啥好", "有什么可", "有啥可", "没什么可",
                                        "没啥可", "有什么值得", "没什么值得", NULL };
    static const char *const feel[] = { "生气", "着急", "发火", "发脾气", "激动", "嚷嚷", "吵吵", "委屈", "计较", "折腾",
                                        "伤心", "难过", "气", "急", "闹", "哭", "喊", "嚷", "吵", "催", NULL };
    static const char *const tail[] = { "的", "啊", "呀", "嘛", "呢", "哦", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = word(sc, i);
        if (strncmp(w, "有", 3) != 0 && strncmp(w, "没", 3) != 0) continue;
        char buf[64];
        const char *rest = after_any(joined(sc, i, b, buf, sizeof buf), open);
        if (!rest || !(rest = after_any(rest, feel))) continue;
        if (*rest && !after_any(rest, tail)) continue;
        if (find(sc, a, i, &FIRST) < i) continue;
        size_t last = word_at_byte(sc, i, b, (size_t)(rest - buf));
        hit(sc, "dismissive", "打发客户（有什么好生气的）", i, last, i);
        return;
    }
}

/* 不能怪人家 / 怪不得师傅 / 别怪快递员: the one the caller complains of defended, so the fault is put
 * back on the caller (国家职业技能标准 3.1 不推诿; the 2.17 apology owed instead). Not with an
 * apology or the caller cleared too (这不能怪您，也不能怪师傅，是系统派错了单); help after it
 * (…不能怪人家，我帮您重新预约) excuses it as every 推 label does (hit). */
static void defend_third(scan *sc, size_t a, size_t b)
{
    static const char *const open[] = { "不能怪", "不能全怪", "怪不了", "怪不得", "别怪", "不要怪", "不该怪", "不应该怪",
                                        "也怪不着", "怪不着", NULL };
    static const char *const them[] = { "人家", "别人", "他们", "她们", "他", "她", "师傅", "同事", "快递员", "快递小哥",
                                        "司机", "营业员", "工作人员", "柜台", "商家", "银行", "维修", "安装", NULL };
    static const char *const you_first[] = { "您", "你", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = word(sc, i);
        if (!strstr(w, "怪") && strncmp(w, "不", 3) != 0 && strncmp(w, "别", 3) != 0 && strncmp(w, "也", 3) != 0) continue;
        char buf[64];
        const char *rest = after_any(joined(sc, i, b, buf, sizeof buf), open);
        const char *end = rest ? after_any(rest, them) : NULL;
        if (!end) continue;
        if (in_reply(sc, APOLOGY)) return;
        /* 怪您 / 怪你 anywhere: the caller is cleared as well */
        for (size_t k = 0; k < sc->w->n; k++) {
            const char *v = word(sc, k);
            if (strstr(v, "怪") && k + 1 < sc->w->n && in(sc, k + 1, you_first)) return;
            if (strstr(v, "怪您") || strstr(v, "怪你")) return;
        }
        hit(sc, "blame", "推卸责任（不能怪人家）", i, word_at_byte(sc, i, b, (size_t)(end - buf)), i);
        return;
    }
}

/* An offer of help after word i made by us: the offer word is 帮/替/为… itself or has 我/我们 before it
 * in its clause (该联系您的时候自然会联系 names no one who will, and is no offer). */
static int we_offer_after(scan *sc, size_t i)
{
    const cs_words *w = sc->w;
    for (size_t k = i + 1; k < w->n; k++) {
        if (!cs_words_offer(w, k)) continue;
        const char *v = w->v[k].w;
        if (strncmp(v, "帮", 3) == 0 || strncmp(v, "替", 3) == 0 || strncmp(v, "为", 3) == 0) return 1;
        for (size_t j = k; j-- > i + 1 && w->v[j].clause == w->v[k].clause;)
            if (in(sc, j, &FIRST)) return 1;
    }
    return 0;
}

/* 您天天打也没用 / 再问多少遍都一样 / 打几次电话都白打: the caller's calling or asking declared useless,
 * a dismissal (国家职业技能标准 3.1; 贵阳 §二(三) 6). Not the agent's own call (我打过去也没用), nor
 * with an apology or help after it (您现在打过去也没用，他们下班了，我明早帮您联系). */
static void calling_useless(scan *sc, size_t a, size_t b)
{
    static const char *const verb[] = { "打电话", "打过来", "打过去", "打来", "打", "来电", "问", "催", NULL };
    /* longest first: after_any takes the first that fits */
    static const char *const count[] = { "多少次电话", "多少个电话", "几次电话", "几个电话", "多少次", "多少遍", "几次", "几遍",
                                         "再多次", "再多", "多少回", "几回", "电话", NULL };
    static const char *const same[] = { "也没有用", "也没什么用", "也没用", "也白打", "也白搭", "也是一样", "也一样", "也不管用",
                                        "都没有用", "都没用", "都白打", "都白搭", "都是一样", "都一样", "都不管用",
                                        /* the normal form writes 一 as 1 */
                                        "也是1样", "也1样", "都是1样", "都1样", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = word(sc, i);
        if (strncmp(w, "打", 3) != 0 && strncmp(w, "来", 3) != 0 && strncmp(w, "问", 3) != 0 && strncmp(w, "催", 3) != 0)
            continue;
        char buf[64];
        const char *rest = after_any(joined(sc, i, b, buf, sizeof buf), verb);
        if (!rest) continue;
        const char *more = after_any(rest, count);
        const char *end = after_any(more ? more : rest, same);
        if (!end) continue;
        if (find(sc, a, i, &FIRST) < i || in_reply(sc, APOLOGY) || we_offer_after(sc, i)) return;
        hit(sc, "dismissive", "打发客户（打也没用）", i, word_at_byte(sc, i, b, (size_t)(end - buf)), i);
        return;
    }
}

/* 您别一直在那边说话 / 你少插嘴 / 别老打断我: the caller told to stop talking, impatience (贵阳 §二(三) 6;
 * 呼叫服务员职业标准 三(二)2 asks the agent to listen). Not 您别这么说 (modesty), not 别说您了. */
static void stop_talking(scan *sc, size_t a, size_t b)
{
    static const char *const open[] = { "能不能别", "不要", "别", "少", "甭", NULL };
    /* longest first: after_any takes the first that fits (the normal form writes 一 as 1) */
    static const char *const filler[] = { "一直在", "1直在", "一直", "1直", "老是", "总是", "那边", "那儿", "那里", "这边", "跟我", "随便",
                                          "在", "老", "总", "再", "光", "乱", NULL };
    static const char *const talk[] = { "说个不停", "说话", "讲话", "插嘴", "插话", "打断我", "打岔", "嚷嚷", "唠叨", "啰嗦",
                                        "叨叨", "说", "讲", "吵", NULL };
    static const char *const tail[] = { "了", "啊", "呀", "嘛", "呢", "哦", "好吗", "行吗", "行不行", "好不好", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = word(sc, i);
        if (strncmp(w, "别", 3) && strncmp(w, "不", 3) && strncmp(w, "少", 3) && strncmp(w, "甭", 3) && strncmp(w, "能", 3))
            continue;
        char buf[64];
        const char *rest = after_any(joined(sc, i, b, buf, sizeof buf), open);
        if (!rest) continue;
        const char *p = rest, *q;
        for (int n = 0; n < 4 && (q = after_any(p, filler)); n++) p = q;
        if (p == rest || !(q = after_any(p, talk))) continue;
        while (*q && (p = after_any(q, tail))) q = p;
        if (*q) continue;
        hit(sc, "impatient", "不耐烦（让客户别说话）", i, b - 1, i);
        return;
    }
}

/* 我这边还有好多电话等着接呢 / 后面还有一堆客户在排队: other callers held up against this one, impatience
 * (贵阳 §二(三) 6 注意通话语气和态度). Not with an apology (不好意思，现在来电多，还有客户在等，我尽快…
 * apologises for the wait). */
static void others_waiting(scan *sc, size_t a, size_t b)
{
    static const char *const still[] = { "还有", NULL };
    static const char *const who[] = { "电话", "客户", "人", "来电", "用户", "客人", "顾客", NULL };
    static const char *const wait[] = { "等着", "在等", "排队", "等", "要接", "接", "排着", NULL };
    for (size_t i = find(sc, a, b, still); i < b; i = find(sc, i + 1, b, still)) {
        size_t w = NONE;
        for (size_t k = i + 1; k < upto(b, i + 5) && w == NONE; k++)
            if (in(sc, k, who) || (strstr(word(sc, k), "电话") && strlen(word(sc, k)) <= 12)) w = k;
        if (w == NONE) continue;
        size_t t = NONE;
        for (size_t k = w + 1; k < upto(b, w + 4) && t == NONE; k++)
            if (in(sc, k, wait) || strncmp(word(sc, k), "等", 3) == 0 || strncmp(word(sc, k), "排队", 6) == 0) t = k;
        if (t == NONE || in_reply(sc, APOLOGY)) continue;
        /* the waiting ones are ours (我这边 / 后面 / calls), not the caller's (您家里还有人等着用网) */
        int ours = find(sc, a, i, &FIRST) < i || strstr(word(sc, w), "电话") || is(sc, w, "来电") ||
                   (i > a && in(sc, i - 1, (list){ "后面", "后边", "后头", "外面", "线上", NULL }));
        if (!ours || find(sc, a, b, &SECOND) < b) continue;
        hit(sc, "impatient", "不耐烦（还有别人在等）", i, t, i);
        return;
    }
}

static void probe2_classes(scan *sc, size_t a, size_t b)
{
    others_waiting(sc, a, b);
    stop_talking(sc, a, b);
    calling_useless(sc, a, b);
    feeling_needless(sc, a, b);
    defend_third(sc, a, b);
}
/* ---- end of helper probe2's classes ---- */

/* ---- registers helper voices measured on a writer the rules had never read (issue #11; own
 * sentences of every register, and their look-alikes: tests/data/tone_more/voices.tsv) ---- */

/* 口头禅: one filler word said until it is a tic (那个那个…, 就是说…就是说…就是说, 对吧对吧,
 * 嗯…嗯…嗯, 您看哈…您看哈, 就是这样子…). Not 是不是 / 对不对 (three checks of identity are three
 * questions). 呼叫服务员职业标准(试行) 三、(一)2 and 国家职业技能标准 3.1 name 口头禅 beside
 * 禁忌语: the standard asks for none. A filler counts when it is said twice in a row, or three
 * times in the reply (然后 / 完了, which also order steps — 先…然后…然后 — four times); a
 * demonstrative (这个 / 那个) only twice in a row, as it is an ordinary word; 你懂吧 twice. Not
 * 嗯嗯 (an acknowledgement), 好的好的 / 没事没事 (not fillers), a filler the agent names
 * (我刚才一直说“那个”: once). */
static void verbal_tic(scan *sc)
{
    /* need: how many times in a reply make the tic (99: only twice in a row); twice_ok: said twice
     * in a row it is an acknowledgement (嗯嗯). Longer fillers before the shorter they begin with. */
    static const struct { const char *w; unsigned char need, twice_ok; } fillers[] = {
        { "就是这样子", 3, 0 }, { "就这样子", 3, 0 }, { "这样子", 3, 0 }, { "就是说", 3, 0 }, { "对吧", 3, 0 },
        { "是吧", 3, 0 }, { "其实", 3, 0 }, { "反正", 3, 0 }, { "基本上", 3, 0 }, { "怎么说呢", 3, 0 },
        { "怎么讲呢", 3, 0 }, { "哎呀", 3, 0 }, { "啥的", 3, 0 }, { "就酱紫", 3, 0 }, { "酱紫", 3, 0 },
        { "然后", 4, 0 }, { "完了", 4, 0 }, { "这个", 99, 0 }, { "那个", 99, 0 }, { "那啥", 3, 0 },
        { "您看哈", 3, 0 }, { "你看哈", 3, 0 }, { "您看啊", 3, 0 }, { "你看啊", 3, 0 }, { "说实话", 3, 0 },
        { "说白了", 3, 0 }, { "讲真", 3, 0 }, { "你知道吗", 3, 0 },
        { "您知道吗", 3, 0 }, { "你晓得吧", 2, 0 }, { "明白吧", 3, 0 }, { "你懂我意思吧", 2, 0 }, { "你懂吧", 2, 0 },
        { "懂吧", 2, 0 }, { "你知道吧", 2, 0 }, { "嗯", 3, 1 }, { "呃", 3, 0 }, { "额", 3, 0 },
    };
    enum { N_FILLERS = sizeof fillers / sizeof fillers[0] };
    unsigned count[N_FILLERS] = { 0 };
    size_t first[N_FILLERS], prev_end[N_FILLERS];
    const cs_words *w = sc->w;
    for (size_t i = 0; i < w->n && sc->n < sc->max; i++) {
        for (size_t f = 0; f < N_FILLERS; f++) {
            size_t k = spells(sc, i, w->n, fillers[f].w);
            if (k >= w->n || w->v[k].clause != w->v[i].clause) continue;
            /* the whole word: 这个月 / 那个人 / 然后呢 are other words, and 嗯 is checked alone */
            if (count[f] == 0) first[f] = i;
            /* twice in a row (那个那个, 对吧，对吧): a tic at once */
            if (count[f] > 0 && prev_end[f] + 1 == i && !fillers[f].twice_ok) {
                hit(sc, "dismissive", "口头禅（口头语反复）", first[f], k, i);
                return;
            }
            count[f]++;
            prev_end[f] = k;
            if (count[f] >= fillers[f].need) {
                hit(sc, "dismissive", "口头禅（口头语反复）", first[f], k, i);
                return;
            }
            i = k;   /* 就是这样子 is not also 这样子 */
            break;
        }
    }
}

/* The agent's penalty for the caller's conduct: 您要是投诉，您家的报修就排到最后 / 不配合的话，理赔
 * 就不给办了 / 您再吵，下次也不给您值机 — a condition on what the caller does to us (投诉, 催, 吵,
 * 闹, 不配合 …) and, in that clause or the next, a service withheld or worsened on purpose (不给,
 * 排到最后, 拉黑 …): a threat of consequence, 贵阳 §二(三) 6 注意通话语气和态度 (禁忌语; not a
 * threat of harm, which fails the call). Not a fact of the service (如果未缴费，系统会自动停机),
 * nor what we cannot do (不核实身份的话，我们无法办理), nor with help offered (如果您要投诉，我
 * 帮您转到投诉专线). */
static void spite_penalty(scan *sc, size_t a, size_t b)
{
    static const char *const cond[] = { "要是", "如果", "的话", "再", "敢", "要再", "若", "假如", "只要", NULL };
    static const char *const conduct[] = { "投诉", "催", "吵", "闹", "骂", "嚷", "嚷嚷", "不配合", "不听", "再催", "再吵", "再闹",
                                           "这个态度", "这种态度", "这态度", "举报", "曝光", NULL };
    static const char *const penalty[] = { "不给", "不帮", "不接", "不理", "拉黑", "黑名单", "排到最后", "放到最后", "排最后",
                                           "放最后", "更慢", "更晚", "更久", "别想", "没门", "等着瞧", NULL };
    static const char *const kind[] = { "帮您", "为您", "给您转", "转接", "转到", "专人", "加急", "优先", "可以", "建议", NULL };
    size_t c = find(sc, a, b, cond);
    if (c == NONE) return;
    size_t d = NONE;
    for (size_t i = a; i < b && d == NONE; i++)
        if (spells_any(sc, i, b, conduct) < b) d = i;
    if (d == NONE) return;
    size_t end = next_clause_end(sc, b);
    for (size_t i = d + 1; i < end; i++) {
        size_t k = spells_any(sc, i, end, penalty);
        if (k >= end) continue;
        for (size_t j = a; j < end; j++)
            if (spells_any(sc, j, end, kind) < end) return;
        /* a complaint punished (您要是投诉，报修就排到最后) is 报复来电者, which fails the call
         * (贵阳 §二(三) 6; assets/taboo.txt insult_clause) */
        if (spells_any(sc, d, b, (list){ "投诉", "举报", "曝光", NULL }) < b)
            hit(sc, "threat", "威胁客户（报复投诉）", c < d ? c : d, k, d);
        else
            hit(sc, "impatient", "威胁客户（催/吵就…）", c < d ? c : d, k, d);
        return;
    }
}

/* 您不提前预约，当然挂不上号 / 你没带证件，难怪办不了: the caller's omission named and the
 * failure called its obvious result (当然, 难怪 …): blame, 贵阳 §二(三) 6 and 国家职业技能标准
 * 3.1 (不推诿, 不指责). Not 您不用担心，当然可以办 (不用 is not an omission), not when the next
 * clause excuses or helps (当然不怪您 / 当然可以帮您补办). */
static void obvious_blame(scan *sc, size_t a, size_t b)
{
    static const char *const omit[] = { "不", "没", "没有", "未", "忘了", "忘记", NULL };
    static const char *const of_course[] = { "当然", "自然", "难怪", "怪不得", NULL };
    static const char *const kind[] = { "怪您", "怪你", "可以", "帮您", "为您", "没关系", "不要紧", "正常", "理解", NULL };
    if (b >= sc->w->n) return;
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, you + 1, b, omit) == NONE) return;
    if (find(sc, you + 1, b, (list){ "不用", "不必", "不要", "别", "不会", "不是", "没事", NULL }) != NONE) return;
    size_t end = next_clause_end(sc, b), k = b;
    if (k < end && in(sc, k, (list){ "那", "所以", "那就", "这", NULL })) k++;
    if (k >= end || !in(sc, k, of_course)) return;
    /* the result is the matter failing (当然挂不上号, 难怪办不了), not the caller's feeling
     * (难怪您觉得心累: empathy) */
    int fails = 0;
    for (size_t j = k + 1; j < end; j++) {
        if (spells_any(sc, j, end, kind) < end || in(sc, j, (list){ "觉得", "着急", "生气", "担心", "心累", "难受", "不高兴", "失望", NULL }))
            return;
        if (strstr(word(sc, j), "不") || strstr(word(sc, j), "没")) fails = 1;
    }
    if (fails) hit(sc, "blame", "指责客户（当然…）", you, k, k);
}

/* 那是您理解错了 / 您搞错了 / 你记错了吧: the caller's mind declared mistaken, flatly: blame (贵阳
 * §二(三) 6; 国家职业技能标准 3.1 不指责客户). Not hedged (您可能记错了, 您是不是看错了？ check
 * politely), not denied (您没记错), not said of the agent (是我理解错了, 我把您的号码记错了), not
 * 您误会了 (a clarification the agent then gives), not with reassurance (您记错了也没关系). */
static void caller_mistaken(scan *sc, size_t a, size_t b)
{
    static const char *const wrong[] = { "理解错", "搞错", "弄错", "记错", "看错", "听错", "想错", "搞混", "弄混", "记混",
                                         "理解有误", "理解错误", "搞反", "弄反", "看反", NULL };
    static const char *const hedge[] = { "可能", "也许", "或许", "大概", "是不是", "会不会", "应该是", "估计", "好像", "没关系",
                                         "不要紧", "正常", "不怪", "难免", NULL };
    size_t you = find(sc, a, b, &SECOND);
    /* the caller the subject: not 我把您的号码记错了 (the agent's mistake about the caller's data) */
    if (you == NONE || find(sc, a, you, &FIRST) != NONE || (you > a && is(sc, you - 1, "把"))) return;
    for (size_t i = you + 1; i < upto(b, you + 4); i++) {
        if (in(sc, i, &NEG) || in(sc, i, &PROHIB) || is(sc, i, "的")) return;
        if (spells_any(sc, i, b, wrong) == NONE) continue;
        size_t end = next_clause_end(sc, b);
        if (find(sc, a, end, hedge) != NONE) return;
        for (size_t j = a; j < end; j++)
            if (spells_any(sc, j, end, hedge) < end) return;
        hit(sc, "blame", "指责客户（您搞错了）", you, i, i);
        return;
    }
}

/* 是您家孩子乱充值的 / 你自己乱点才扣的费 / 您乱改设置，网当然断了: the caller (or the caller's
 * household) said to have acted at random, as the cause: blame (贵阳 §二(三) 6; 国家职业技能标准 3.1).
 * Not a caring prohibition (请您不要乱点, 千万别乱动), not a condition (孩子乱充值的话可以申请退款),
 * not the agent's promise (我们不会乱扣您的钱: 您 after 乱). */
static void random_act_blame(scan *sc, size_t a, size_t b)
{
    static const char *const cond[] = { "如果", "若", "要是", "的话", "假如", "万一", "如", "是不是", "可能", NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, a, b, cond) != NONE || find(sc, a, b, &FIRST) != NONE || courteous(sc, a, b) ||
        find(sc, a, b, (list){ "千万别", "可别", "切勿", "请勿", "千万不要", "不要", "别", NULL }) != NONE)
        return;
    for (size_t i = you + 1; i < upto(b, you + 5); i++) {
        if (in(sc, i, &PROHIB) || in(sc, i, &NEG) || in(sc, i, (list){ "请", "千万", "注意", "小心", "避免", "防止", NULL })) return;
        if (strncmp(word(sc, i), "乱", 3) != 0 || is(sc, i, "乱码") || is(sc, i, "乱七八糟")) continue;
        /* 乱 and an act (乱点, 乱 充值): the act in the word or the next word of the clause */
        if (strlen(word(sc, i)) == 3 && i + 1 >= b) return;
        hit(sc, "blame", "指责客户（您乱…）", you, i, i);
        return;
    }
}

static void voices_classes(scan *sc, size_t a, size_t b)
{
    random_act_blame(sc, a, b);
    caller_mistaken(sc, a, b);
    /* 再催 in one clause and 就更慢 in the next: the seen3 rule, asked without its trigger filter
     * (which wants 再 and 就 in one clause) */
    conditional_penalty(sc, a, b);
    spite_penalty(sc, a, b);
    obvious_blame(sc, a, b);
}
/* ---- end of helper voices's classes ---- */

/* ---- insults by register (helper insult3, issue #11): the structures of registers a fresh
 * writer's insults came in and the rules above did not read. 贵阳 T-GSOCCIA 001—2020 §二(四)4.2
 * 有效控制个人情绪 and §二(三)6 注意通话语气和态度: an insult, curse, threat or retaliation against
 * the caller fails the call; 国家职业技能标准 2.1.2 文明礼貌. Own sentences of every register, with
 * their innocent look-alikes: tests/data/tone_more/insult3.tsv. ---- */

/* Is there a word of denial or comfort in [from, to) (不丢人, 别觉得丢脸, 没什么丢人的)? */
static int denied_between(scan *sc, size_t from, size_t to)
{
    static const char *const deny[] = { "不", "没", "没有", "不用", "别", "不要", "不必", "没什么", "有什么", "何必",
                                        "不会", "并不", "无须", "无需", "觉得", "用不着", "谁都", "难免", NULL };
    if (find(sc, from, to, deny) < to) return 1;
    for (size_t k = from; k < to; k++)   /* 绝不会 / 从没 / 并没有: a denial inside a longer word */
        if (strstr(word(sc, k), "不") || strstr(word(sc, k), "没")) return 1;
    return 0;
}

/* 有种你再说一遍 / 你有种就报上名来 / 有胆你来营业厅找我 / 不服就来单挑: a dare to come and
 * confront, to fight or to repeat the abuse, flung at the caller (a threat: fails the call). A dare
 * to complain (有本事你去告 / 有种你去投诉) is the dismissive 禁忌语 of tests/data/tone_corpus.tsv,
 * not an insult: left to the taboo rules. 您真有本事 praises (no 你 right beside the word of nerve),
 * 有种说法 names a kind (no verb of daring after it), 如果您不服，可以申请复议 states the way to
 * appeal (不服 + 可以, not + 就/你 + a verb of coming). */
/* Does a clause from b on have the agent coming for the caller (我马上到 / 我这就过去找你)? */
static int coming_for_caller(scan *sc, size_t b)
{
    static const char *const come[] = { "到", "过来", "过去", "来", "去", "找你", "马上到", "这就到", NULL };
    size_t n = sc->w->n;
    for (size_t me = find(sc, b, n, &FIRST); me < n; me = find(sc, me + 1, n, &FIRST))
        if (find(sc, me + 1, upto(n, me + 4), come) < n && !cs_words_help_after(sc->w, me)) return 1;
    return 0;
}

static int dare(scan *sc, size_t a, size_t b)
{
    static const char *const nerve[] = { "有种", "有本事", "有胆", "有胆子", "有能耐", "有胆量", NULL };
    static const char *const nerve_noun[] = { "本事", "胆", "胆子", "能耐", "种", "胆量", NULL };
    static const char *const act[] = { "来", "再", "再说", "报", "报上名来", "单挑", "试试", "过来", "骂", "动", "打", "说",
                                       "站", "出来", "露面", "见面", "当面", "来找", NULL };
    /* (有本事你别打了 / 有种你别挂: a dare to stop calling is tone_corpus.tsv's dismissive 禁忌语, not
     * an insult: no 别 here) */
    static const char *const complain[] = { "告", "投诉", "举报", "起诉", "曝光", "12315", "领导", "消协", "上级", "媒体",
                                            "法院", "找领导", NULL };
    for (size_t i = a; i < b; i++) {
        size_t k = NONE;
        if (in(sc, i, nerve)) k = i;
        else if (is(sc, i, "有") && i + 1 < b && in(sc, i + 1, nerve_noun)) k = i + 1;
        if (k != NONE) {
            /* 有种你… / 你有种… */
            size_t v = k + 1;
            if (v < b && in(sc, v, &SECOND)) v++;
            else if (!(i > a && in(sc, i - 1, &SECOND))) continue;
            if (v < b && in(sc, v, (list){ "就", "倒是", "你就", "就去", NULL })) v++;
            if (v < b && in(sc, v, act) && find(sc, v, b, complain) == NONE) return hit(sc, "threat", "挑衅客户", i, v, k);
            /* 有本事你别走，我马上到: told to stay while the agent comes (有种你别挂 alone stays a 禁忌语) */
            if (v < b && in(sc, v, (list){ "别", "别走", "别跑", NULL }) && coming_for_caller(sc, b))
                return hit(sc, "threat", "挑衅客户", i, v, k);
            continue;
        }
        if (is(sc, i, "不服") && i + 2 < b && in(sc, i + 1, (list){ "就", "你", "您", "你就", NULL }) &&
            in(sc, i + 2, (list){ "来", "单挑", "打", "过来", "来战", NULL }) && find(sc, i + 2, b, complain) == NONE)
            return hit(sc, "threat", "挑衅客户", i, i + 2, i);
    }
    return 0;
}

/* 我让你后悔 / 保证让你吃官司 / 看谁倒霉: a harm the agent promises the caller (a threat). 我让您
 * 久等了 apologises (no harm named), 绝不会让您吃亏 / 不让您后悔 deny it. */
static int made_to_suffer(scan *sc, size_t a, size_t b)
{
    static const char *const harm[] = { "后悔", "好看", "吃官司", "倒霉", "吃不了兜着走", "付出代价", "完蛋", "没好果子吃",
                                        "知道厉害", "尝尝", "好受", "不得安生", "哭", "滚蛋", "坐牢", "吃苦头", NULL };
    for (size_t i = a; i + 2 < b; i++) {
        if (is(sc, i, "看") && is(sc, i + 1, "谁") && in(sc, i + 2, (list){ "倒霉", "吃亏", "厉害", "完蛋", NULL }))
            return hit(sc, "threat", "威胁客户", i, i + 2, i + 2);
        /* 我保证你后悔: the promise with no 让 (保证 / 非 right before 你) */
        if (in(sc, i, (list){ "保证", "非叫", "非让", NULL }) && in(sc, i + 1, &SECOND) && find(sc, a, i, &FIRST) < i) {
            size_t h = find(sc, i + 2, upto(b, i + 5), harm);
            if (h < b && !denied_between(sc, i + 1, h)) return hit(sc, "threat", "威胁客户", i, h, h);
        }
        if (!in(sc, i, (list){ "让", "叫", "要", "就让", NULL }) || !in(sc, i + 1, &SECOND)) continue;
        size_t me = find(sc, i > a + 3 ? i - 3 : a, i, &FIRST);
        if (me == NONE && !(i > a && in(sc, i - 1, (list){ "保证", "非", "非得", "一定", "迟早", NULL }))) continue;
        size_t h = find(sc, i + 2, upto(b, i + 6), harm);
        if (h == NONE || denied_between(sc, me == NONE ? i - 1 : me, h)) continue;
        return hit(sc, "threat", "威胁客户", i, h, h);
    }
    return 0;
}

/* 以后别想办成任何业务 / 你休想再办: service withheld from the caller as a punishment (a threat).
 * 您别想太多 / 别想不开 comfort (no word of getting a thing done follows). */
static int shut_out(scan *sc, size_t a, size_t b)
{
    static const char *const get[] = { "办成", "办", "办理", "好过", "安生", "消停", "得逞", "过好", "再办", "再用", "退", "拿到",
                                       "要到", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        size_t v = NONE;
        if (in(sc, i, (list){ "别想", "休想", "甭想", NULL })) v = i + 1;
        else if (in(sc, i, (list){ "别", "甭", NULL }) && is(sc, i + 1, "想")) v = i + 2;
        if (v == NONE || v >= b) continue;
        if (is(sc, v, "再") && v + 1 < b) v++;
        if (in(sc, v, get) && !courteous(sc, a, b)) return hit(sc, "threat", "威胁客户", i, v, i);
    }
    return 0;
}

/* 我也骂你祖宗 / 操你全家 / 问候你八辈祖宗: a curse on the caller's family (retaliation; a curse
 * counts whoever it names). 我没骂您家人 denies it. */
static int curse_kin(scan *sc, size_t a, size_t b)
{
    static const char *const kin[] = { "祖宗", "全家", "八辈", "八辈祖宗", "祖宗十八代", "十八代", "老母", "老娘", "妈", "娘",
                                       "大爷", "先人", "祖坟", "家人", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        if (!in(sc, i, (list){ "骂", "操", "日", "干", "草", "艹", "问候", NULL })) continue;
        size_t s = i + 1;
        if (!in(sc, s, &SECOND)) continue;
        size_t k = find(sc, s + 1, upto(b, s + 4), kin);   /* 你的祖宗 / 你8辈祖宗 */
        if (k < b && !denied_between(sc, a, i)) return hit(sc, "belittle", "辱骂客户家人", i, k, k);
    }
    return 0;
}

/* 你连狗都不如 / 还不如一条狗: the caller ranked below a beast (name-calling). 这价格连一杯奶茶都
 * 不如 names no beast. */
static int below_beast(scan *sc, size_t a, size_t b)
{
    static const char *const beast[] = { "狗", "猪", "畜生", "禽兽", "猪狗", "狗屎", "牲口", "牲畜", "金鱼", "树懒", "蜗牛",
                                         "乌龟", "木头", "石头", "驴", "猴子", "三岁小孩", "3岁小孩", NULL };
    static const char *const worse[] = { "慢", "笨", "蠢", "傻", "差", "呆", "迟钝", "木", "健忘", NULL };
    /* 你这反应比树懒还慢 / 您比驴还犟: the caller or the caller's mind (not 您家的网速: a thing) */
    for (size_t c = find(sc, a, b, (list){ "比", NULL }); c + 2 < b; c = find(sc, c + 1, b, (list){ "比", NULL })) {
        size_t who = find(sc, c > a + 3 ? c - 3 : a, c, &SECOND);
        if (who == NONE || (who + 1 < c && !in(sc, c - 1, &BODY) &&
                            !in(sc, c - 1, (list){ "反应", "记性", "脑子", "这", "就", NULL })))
            continue;
        if (!in(sc, c + 1, beast) || !in(sc, c + 2, (list){ "还", "都", "更", NULL })) continue;
        size_t w = find(sc, c + 3, upto(b, c + 5), worse);
        if (w < b) return hit(sc, "belittle", "贬低客户", who, w, c + 1);
    }
    for (size_t i = find(sc, a, b, (list){ "不如", NULL }); i < b; i = find(sc, i + 1, b, (list){ "不如", NULL })) {
        if (find(sc, 0, i, &SECOND) == NONE) continue;
        size_t x = find(sc, i > a + 3 ? i - 3 : a, i, beast);   /* 连狗都不如 */
        if (x == NONE) x = find(sc, i + 1, upto(b, i + 4), beast);   /* 不如1条狗 */
        if (x < b) return hit(sc, "belittle", "贬低客户", i, x, x);
    }
    return 0;
}

/* 你祖宗的脸都被你丢光了 / 你这么丢人 / 丢人现眼: shame put on the caller. 您别觉得丢人 / 这没什么
 * 丢脸的 comfort (a denial before it). */
static int shamed(scan *sc, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        int shame = in(sc, i, (list){ "丢人", "丢脸", "现眼", "丢人现眼", "丢尽", "丢光", NULL }) ||
                    (is(sc, i, "丢") && i + 1 < b && in(sc, i + 1, (list){ "光", "尽", "光了", "尽了", NULL }));
        if (!shame) continue;
        size_t who = find(sc, a, i, &SECOND);
        if (who == NONE || denied_between(sc, a, i)) continue;
        return hit(sc, "belittle", "贬低客户", who, i, i);
    }
    return 0;
}

/* 你的人品真是差 / 你脸皮比城墙还厚 / 您的良心被狗吃了: the caller's character called bad. 您的
 * 心眼真好 praises, 您的素质没问题 denies. */
static int bad_character(scan *sc, size_t a, size_t b)
{
    static const char *const trait[] = { "人品", "品行", "品德", "人性", "良心", "心肠", "心眼", "脸皮", "德行", "德性", "为人",
                                         "教养", "家教", "素质", NULL };
    static const char *const bad[] = { "差", "太差", "坏", "烂", "低", "低下", "有问题", "厚", "黑", "被狗吃", "狗吃", "不行",
                                       "败坏", "恶劣", "歹毒", "低劣", "差劲", "太坏", NULL };
    for (size_t i = find(sc, a, b, &SECOND); i < b; i = find(sc, i + 1, b, &SECOND)) {
        size_t t = find(sc, i + 1, upto(b, i + 4), trait);
        if (t == NONE) continue;
        size_t last = t;
        size_t k = spelled_in(sc, t + 1, upto(b, t + 7), bad, &last);
        if (k == NONE || denied_between(sc, t + 1, k)) continue;
        return hit(sc, "belittle", "贬低客户", i, last, t);
    }
    return 0;
}

/* 你家里没人教你怎么说话吗 / 没人教过你做人: the caller's upbringing attacked. 没人教过您怎么开通
 * 吗？我来教您 offers to teach a step (no word of manners). */
static int untaught(scan *sc, size_t a, size_t b)
{
    static const char *const manners[] = { "说话", "做人", "礼貌", "规矩", "懂事", "尊重人", "尊重", "好好说话", "讲话", "教养",
                                           NULL };
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, (list){ "教", "教过", "教会", NULL })) continue;   /* (教 过 cut in two: the window below) */
        int none = (i > a && in(sc, i - 1, (list){ "没人", "没有人", "没", "没有", NULL })) ||
                   (i > a + 1 && is(sc, i - 1, "人") && in(sc, i - 2, (list){ "没", "没有", NULL }));
        if (!none || find(sc, a, b, &SECOND) == NONE) continue;
        size_t m = find(sc, i + 1, upto(b, i + 7), manners);
        if (m < b) return hit(sc, "belittle", "辱骂客户家教", i, m, m);
    }
    return 0;
}

/* 动动你的脑子 / 麻烦您用一下您那尊贵的脑子 / 您的智商让我叹为观止 / 请问您的脑子今天在家休息
 * 吗: the caller's mind mocked, often in polite words (sarcasm that attacks the mind: an insult).
 * 您的智商测试报告 names no mockery; 我的脑子转不过来 is the agent's own (no 你 before it). */
static int mind_mocked(scan *sc, size_t a, size_t b)
{
    static const char *const brain[] = { "脑子", "脑袋", "脑筋", "脑瓜", "脑瓜子", "脑壳", "智商", "智力", "脑回路", "理解能力", NULL };
    static const char *const mock[] = { "佩服", "叹为观止", "服气", "大开眼界", "开眼", "清奇", "惊人", "绝了", "在家", "休息",
                                        "不在线", "下线", "离家出走", "尊贵", "核桃", "余额不足", "欠费", "感人", "捉急", "难为",
                                        "服了", "刷新", "长草", "生锈", "放假", "充值", "掉线", "没电", "关机", NULL };
    for (size_t i = find(sc, a, b, brain); i < b; i = find(sc, i + 1, b, brain)) {
        size_t who = find(sc, a, i, &SECOND);
        if (who == NONE || find(sc, who, i, &FIRST) < i) continue;
        /* 动动你的脑子 / 用1下您那…脑子: the caller told to use it */
        size_t use = find(sc, i > a + 7 ? i - 7 : a, i, (list){ "动动", "用用", "动", "用", "动1动", "用1用", "长点", NULL });
        if (use < i && (use + 1 == i || find(sc, use + 1, i, &SECOND) < i)) return hit(sc, "belittle", "贬低客户", use, i, i);
        size_t last = i;
        size_t m = spelled_in(sc, a, b, mock, &last);
        if (m < b && !denied_between(sc, who, m > i ? m : i)) return hit(sc, "belittle", "贬低客户", who, last, i);
    }
    return 0;
}

/* 干，你有完没完 / wc，你怎么又来了 / nt，说了不行: a curse standing as its own clause before
 * the reply goes on (typed as the TW 干/幹, or in Latin initials). A curse counts whoever it names. */
static void lone_curse(scan *sc)
{
    static const char *const curse[] = { "干", "wc", "nt", "WC", "NT", "草", "艹", "靠北", NULL };
    const cs_words *w = sc->w;
    if (w->n < 2 || w->n_clauses < 2) return;
    size_t i = 0;
    if (!in(sc, i, curse)) return;
    size_t k = i + 1;
    while (k < w->n && w->v[k].clause == w->v[i].clause && in(sc, k, (list){ "啊", "呀", "哦", "了", NULL })) k++;
    if (k < w->n && w->v[k].clause == w->v[i].clause) return;
    if (k < w->n) hit(sc, "belittle", "辱骂客户", i, i, i);
}

/* 你们一家子都是骗子 / 你们一家人都有病: the caller's household abused as one (the normal form
 * writes 一 as 1, so 一家子 reaches the words as 1/家/子). 您一家人都可以办亲情号 names no abuse. */
static int household_abused(scan *sc, size_t a, size_t b)
{
    static const char *const vile[] = { "骗子", "神经病", "有病", "垃圾", "废物", "傻子", "疯子", "傻", "蠢", "猪", "畜生",
                                        "去死", "不得好死", "混蛋", "白痴", "智障", "脑残", "贱", "无赖", "流氓", "神经", NULL };
    static const char *const none_right[] = { "没1个正常", "没有1个正常", "没1个好", "没有1个好", "没1个是好", NULL };
    for (size_t i = find(sc, a, b, &SECOND); i + 2 < b; i = find(sc, i + 1, b, &SECOND)) {
        /* 你家里人就没一个正常的 */
        if (in(sc, i + 1, (list){ "家里人", "家人", "全家", "家里", "1家子", NULL })) {
            size_t last = i + 1;
            size_t k = spelled_in(sc, i + 2, upto(b, i + 9), none_right, &last);
            if (k < b) return hit(sc, "belittle", "辱骂客户家人", i, last, k);
        }
        if (!is(sc, i + 1, "1") || !in(sc, i + 2, (list){ "家", "家子", "家人", "家人家", NULL })) continue;
        size_t v = find(sc, i + 3, upto(b, i + 9), vile);
        if (v < b) return hit(sc, "belittle", "辱骂客户家人", i, v, v);
    }
    return 0;
}

/* 你最好小心点 / 你给我当心点: a warning to the caller with no danger named, closing the reply: a
 * veiled threat. 您最好小心点，路上结冰了 names the danger (another clause follows); 请您小心 cares. */
static int veiled_warning(scan *sc, size_t a, size_t b)
{
    if (b != sc->w->n || courteous(sc, a, b)) return 0;
    size_t m = find(sc, a, b, (list){ "最好", "给我", "最好给我", NULL });
    if (m == NONE || m == a || !in(sc, m - 1, &SECOND)) return 0;
    size_t c = m + 1;
    if (c + 1 < b && is(sc, c, "给") && is(sc, c + 1, "我")) c += 2;   /* 最好 给 我 */
    if (c >= b || !in(sc, c, (list){ "小心", "当心", "小心点", "当心点", NULL })) return 0;
    for (size_t k = c + 1; k < b; k++)
        if (!in(sc, k, (list){ "点", "1点", "些", "1些", "着", "啊", "吧", "哦", "了", NULL })) return 0;
    return hit(sc, "threat", "威胁客户", m - 1, c, c);
}

/* 再敢放肆，我叫人去你家门口等着 / 还敢骂，我找人收拾你: people set on the caller after a dare to go
 * on (a threat). 我找人去您家帮您修 sends help (no 敢 before: nothing is threatened). */
static void send_people(scan *sc)
{
    const cs_words *w = sc->w;
    size_t dared = find(sc, 0, w->n, (list){ "再敢", "还敢", "敢再", "你敢", "您敢", NULL });
    for (size_t k = 0; dared == NONE && k + 1 < w->n; k++)   /* 再 敢 cut in two */
        if (in(sc, k, (list){ "再", "还", "你", "您", NULL }) && is(sc, k + 1, "敢")) dared = k;
    if (dared == NONE) return;
    for (size_t i = find(sc, dared + 1, w->n, &FIRST); i + 1 < w->n; i = find(sc, i + 1, w->n, &FIRST)) {
        size_t p = find(sc, i + 1, upto(w->n, i + 3), (list){ "叫人", "找人", "派人", "让人", "喊人", NULL });
        if (p == NONE && i + 2 < w->n && in(sc, i + 1, (list){ "叫", "找", "派", "让", "喊", NULL }) && is(sc, i + 2, "人"))
            p = i + 2;
        if (p < w->n && !cs_words_help_after(w, p)) { hit(sc, "threat", "威胁客户", dared, p, p); return; }
    }
}

/* 你才是最大的骗子 / 您自己才是废物: the caller's abuse thrown back (retaliation: fails the call),
 * with words between that the taboo list's @aimed does not allow. 您才是最重要的 names no abuse. */
static int retort(scan *sc, size_t a, size_t b)
{
    static const char *const vile[] = { "骗子", "废物", "垃圾", "傻子", "疯子", "神经病", "有病", "没素质", "蠢货", "笨蛋",
                                        "白痴", "流氓", "无赖", "小人", "混蛋", "骗人", "坏人", "傻瓜", "蠢", "傻", "脑残",
                                        "泼妇", "人渣", "神经", "没教养", "不要脸", NULL };
    for (size_t i = find(sc, a, b, &SECOND); i + 1 < b; i = find(sc, i + 1, b, &SECOND)) {
        size_t c = i + 1;
        if (in(sc, c, (list){ "自己", NULL }) && c + 1 < b) c++;
        if (!in(sc, c, (list){ "才", "才是", NULL })) continue;
        size_t v = find(sc, c + 1, upto(b, c + 5), vile);
        if (v < b && !denied_between(sc, c + 1, v)) return hit(sc, "belittle", "回骂客户", i, v, v);
    }
    return 0;
}

/* 您这人真热心 / 你这人真好说话: the caller as a kind of person, praised (belittle reads 你这人
 * as scorn). A praise word right after, not denied (你这人不讲理 is scorn). */
static int kind_praised(scan *sc, size_t kind, size_t b)
{
    static const char *const praise[] = { "热心", "真好", "挺好", "很好", "太好了", "不错", "客气", "实在", "厚道", "爽快",
                                          "好说话", "通情达理", "明事理", "讲理", "善良", "细心", "耐心", "周到", "和气", "大度",
                                          "仗义", "靠谱", "热情", "好心", "心善", "心好", "体贴", "随和", "有礼貌", NULL };
    size_t p = find(sc, kind + 1, upto(b, kind + 4), praise);
    return p < b && !denied_between(sc, kind + 1, p);
}

/* 你的智力还停留在幼儿园 / 您的智商也就小学水平: the caller's mind ranked with a small child's (an
 * insult, like the list's 三岁小孩都懂). 幼儿园的报名时间 / 您孩子的智力发育 name no mind of the caller's. */
static int mind_of_child(scan *sc, size_t a, size_t b)
{
    static const char *const child[] = { "幼儿园", "小学", "小学生", "3岁", "3岁小孩", "婴儿", "小孩", "小孩子", "3岁孩子",
                                         "幼儿", NULL };
    static const char *const mind[] = { "脑子", "脑袋", "智商", "智力", "理解能力", "水平", "认知", "思维", "脑筋", NULL };
    for (size_t i = find(sc, a, b, mind); i < b; i = find(sc, i + 1, b, mind)) {
        size_t who = find(sc, i > a + 3 ? i - 3 : a, i, &SECOND);
        if (who == NONE || find(sc, who + 1, i, (list){ "孩子", "小孩", "儿子", "女儿", "宝宝", NULL }) < i) continue;
        size_t c = find(sc, i + 1, upto(b, i + 6), child);
        if (c < b && !denied_between(sc, i + 1, c)) return hit(sc, "belittle", "贬低客户", who, c, i);
    }
    return 0;
}

/* 小心我找人上门 / 当心我投诉你: a warning of what the agent will do to the caller (a threat). 小心
 * 我们的仿冒者 warns of others (no act of the agent's follows). */
static int beware_me(scan *sc, size_t a, size_t b)
{
    static const char *const act[] = { "找", "找人", "叫人", "叫", "让", "把", "收拾", "揍", "打", "报警", "告", "投诉", "拉黑",
                                       "停", "整", "弄", "饶", NULL };
    for (size_t i = find(sc, a, b, (list){ "小心", "当心", NULL }); i + 2 < b;
         i = find(sc, i + 1, b, (list){ "小心", "当心", NULL })) {
        if (!in(sc, i + 1, (list){ "我", "老子", NULL })) continue;   /* the agent alone: not 我们的仿冒者 */
        size_t v = find(sc, i + 2, upto(b, i + 4), act);
        if (v < b) return hit(sc, "threat", "威胁客户", i, v, i);
    }
    return 0;
}

/* 我这就让你号码停机，你信不信: an act of the agent's on the caller, then 信不信 (a threat; 信不信我…
 * before it is the list's). 您信不信都没关系，我们会查清楚 names no act on the caller. */
static void believe_it(scan *sc)
{
    const cs_words *w = sc->w;
    size_t q = find(sc, 0, w->n, (list){ "信不信", "你信不信", "您信不信", NULL });
    if (q == NONE || q == 0) return;
    for (size_t me = find(sc, 0, q, &FIRST); me < q; me = find(sc, me + 1, q, &FIRST)) {
        size_t v = find(sc, me + 1, upto(q, me + 4), (list){ "让", "就让", "把", "给", "叫", NULL });
        if (v < q && v + 1 < q && in(sc, v + 1, &SECOND) && !cs_words_help_after(w, me)) {
            hit(sc, "threat", "威胁客户", me, q, q);
            return;
        }
    }
}

static void insult_registers(scan *sc, size_t a, size_t b)
{
    if (dare(sc, a, b) || made_to_suffer(sc, a, b) || shut_out(sc, a, b)) return;
    if (veiled_warning(sc, a, b) || household_abused(sc, a, b)) return;
    if (curse_kin(sc, a, b) || below_beast(sc, a, b) || shamed(sc, a, b)) return;
    if (bad_character(sc, a, b) || untaught(sc, a, b) || retort(sc, a, b)) return;
    if (mind_mocked(sc, a, b) || mind_of_child(sc, a, b)) return;
    beware_me(sc, a, b);
}
/* ---- end of helper insult3's registers ---- */

/* ---- helper blame3's classes ---- */

/* Does word k name the caller's side (您/你…) or ours (我/我们/咱…, and 我会 / 我一定 glued by the
 * lexicon)? */
static int names_us(scan *sc, size_t k)
{
    const char *w = word(sc, k);
    return in(sc, k, &FIRST) || strncmp(w, "我", 3) == 0 || strncmp(w, "咱", 3) == 0;
}

/* 我会注意自己的说话方式 / 以后一定注意自己的态度: the agent promising to mind their OWN manner, as
 * 贵阳 §二(二) 2.9 answers a complaint (我们会在以后的工作中改进) — not 请您注意自己的说话方式, an order to
 * the caller. Ours when a word before 注意 in its clause is the agent (我会 as one word too), or a
 * promise (会, 一定, 以后会) stands right before it with no 你/您 in between. */
static int own_manner_promise(scan *sc, size_t a, size_t mind)
{
    if (find(sc, a, mind, &SECOND) < mind) return 0;
    for (size_t k = a; k < mind; k++)
        if (names_us(sc, k)) return 1;
    return mind > a && in(sc, mind - 1, (list){ "会", "一定", "一定会", "会更", "定会", "会多", "将", "都会", NULL });
}

/* 您刚才一口气说了好几个问题，我帮您梳理一下 / 您已经说得很清楚了，我这就帮您办: the agent summing up
 * what the caller said in order to help (贵阳 §二(二) 2.3, 2.5: confirm and go on), not "you've said
 * that already" (§二(三)6). The caller is the one who said it (no 我 before the verb), and either
 * the words name several matters (好几个问题, 三件事, 这么多情况: matters, not 几遍/几次 — times are
 * impatience) or 说得清楚 praises it; and the reply goes on to work on it. */
static int recaps_caller(scan *sc, size_t a, size_t say, size_t b)
{
    if (find(sc, a, say, &SECOND) >= say) return 0;
    for (size_t k = a; k < say; k++)
        if (names_us(sc, k)) return 0;
    static const char *const matters[] = { "问题", "事", "情况", "诉求", "方面", "要求", "点", NULL };
    static const char *const count[] = { "几", "两", "三", "四", "多", "不少", "一连", "一口气", "1连", "1口气", NULL };
    int several = 0, clear = 0;
    for (size_t k = say + 1; k < upto(b, say + 6) && !several; k++) {
        const char *w = word(sc, k);
        if (strstr(w, "遍") || strstr(w, "次")) return 0;
        for (const char *const *m = matters; *m && !several; m++) {
            if (!strstr(w, *m)) continue;
            for (size_t j = a; j <= k && !several; j++) {
                for (const char *const *c = count; *c && !several; c++) several = strstr(word(sc, j), *c) != NULL;
                /* digits as the text normaliser writes them: 45 件事 (四五件事), 1 连串 (一连串) */
                const char *d = word(sc, j);
                if (d[0] >= '0' && d[0] <= '9')
                    several |= atoi(d) >= 2 || (j + 1 < b && (strncmp(word(sc, j + 1), "连", 3) == 0 ||
                                                              strncmp(word(sc, j + 1), "口气", 6) == 0));
            }
        }
        if (strstr(w, "清楚") || strstr(w, "明白")) clear = 1;
    }
    if (!several && !clear) return 0;
    static const char *const work[] = { "梳理", "一个一个", "1个1个", "一件一件", "1件1件", "逐一", "逐个", "先说", "先从",
                                        "记下", "记录", "复述", "整理", "处理", "办", "查", "确认", NULL };
    if (cs_words_help_after(sc->w, say)) return 1;
    for (size_t k = say + 1; k < sc->w->n; k++)
        for (const char *const *p = work; *p; p++)
            if (strstr(word(sc, k), *p)) return 1;
    return 0;
}

/* 您这种情况没有电话的话就只能匿名登记了…您看可以吗: in a reply typed run-on (no stops), the 没 and the
 * 看 of "您没看吗" belong to different sentences — 您看可以吗 / 您看您方便…吗 is the polite ask that
 * closes 2.11 said in one breath, not a rhetorical 您没看吗. The verb is 看 asking the caller's
 * leave (可以, 行, 方便, 怎么样 …), or a new subject stands between the negation and a far verb. */
static int run_on_ask(scan *sc, size_t neg, size_t verb, size_t b)
{
    static const char *const leave[] = { "可以", "行", "行吗", "好", "好吗", "方便", "怎么样", "如何", "合适", "能", "能否",
                                         "是否", "要不要", "需要", "同意", NULL };
    size_t k = verb + 1;
    if (k < b && in(sc, k, &SECOND)) k++;
    if (strncmp(word(sc, verb), "看", 3) == 0 && k < b && in(sc, k, leave)) return 1;
    if (verb < neg + 6) return 0;
    for (size_t j = neg + 1; j < verb; j++)
        if (in(sc, j, &SECOND) || names_us(sc, j)) return 1;
    return 0;
}

/* Someone else than the company and the caller, the one an excuse names (贵阳 §二(二) 2.15 names
 * 技术部门 only as the ones solving it): a colleague, another shift or desk, a department, the
 * courier, a partner, the system, the weather. Substrings of a word (快递员, 技术部, 夜班的). */
static const char *const THIRD_PARTY[] = {
    "同事", "客服", "接线员", "坐席", "话务员", "前台", "实习生", "新人", "新来的", "领导", "上级", "主管", "经理",
    "班次", "上一班", "夜班", "白班", "早班", "晚班", "班组", "那班", "组的",
    "部门", "技术部", "市场部", "财务", "售后", "仓库", "审核", "调度", "物流", "外包", "团队", "中心", "营业厅", "网点",
    "快递", "配送", "分拣", "邮局", "师傅", "司机", "工人", "施工队", "维修", "安装", "商家", "厂家", "供货商", "供应商",
    "银行", "运营商", "物业", "平台", "第三方", "合作方", "系统", "电脑", "网络",
    "天气", "暴雨", "大雨", "下雨", "大风", "台风", "大雪", "下雪", "老天", "运维", "业务员", "代理", "经销", "加盟", "门店",
    "分店", "营业点", "服务点", "机场", "航司", "保安", "审批", "骑手", "那帮", "那伙", "那些人", "那个人", "他们那边", NULL };

/* The label says whom the fault is put on; it holds no 推, so hit() does not let any help word after it
 * clear it: remedy_after() decides that. */
static const char BLAME_THIRD[] = "归咎于他人";

/* Does word k start a third party (the stem may run into the next word: 技术|部)? */
/* A cause, not a culprit: the system, the network, the weather (2.15 names 系统繁忙 itself). Named
 * with 是 it is an explanation; it excuses only with the matter pushed off (disowns). */
static int impersonal(scan *sc, size_t k)
{
    static const char *const cause[] = { "系统", "电脑", "网络", "天气", "暴雨", "大雨", "下雨", "大风", "台风", "大雪", "下雪",
                                         "信号", "线路", NULL };
    for (const char *const *p = cause; *p; p++)
        if (strstr(word(sc, k), *p)) return 1;
    return 0;
}

static int third_party(scan *sc, size_t k)
{
    const char *w = word(sc, k);
    size_t n = strlen(w);
    if (n >= 6 && strcmp(w + n - 3, "员") == 0) return 1;   /* 快递员, 录单员, 工作人员 */
    /* 供电公司, 快递公司, 供电局, 配送站: another body (not 我们公司 / 本公司) */
    static const char *const body[] = { "公司", "局", "厂", "站", "所", "队", "商", NULL };
    for (const char *const *p = body; *p; p++) {
        size_t m = strlen(*p);
        if (n >= m + 6 && strcmp(w + n - m, *p) == 0 && strncmp(w, "我", 3) != 0 && strncmp(w, "本", 3) != 0 &&
            strncmp(w, "咱", 3) != 0)
            return 1;
        if (k + 1 < sc->w->n && strcmp(word(sc, k + 1), *p) == 0 && !names_us(sc, k) && !in(sc, k, &SECOND) &&
            !in(sc, k, (list){ "本", "贵", "这家", "那家", "这个", "该", NULL }))
            return 1;   /* 供电|公司 cut in two */
    }
    char buf[96];
    const char *s = joined(sc, k, upto(sc->w->n, k + 2), buf, sizeof buf);
    for (const char *const *p = THIRD_PARTY; *p; p++) {
        const char *at = strstr(s, *p);
        if (at && (size_t)(at - s) < n) return 1;
    }
    return 0;
}

/* A remedy offered after word i (2.15 技术部门正在研究解决, 2.17 我会尽快帮您处理): a later clause with
 * an offer (words.h cs_words_offer) made by us (帮/替/为, or 我/我们 before it), not denied in its
 * clause (不是我们客服派的) and not a past act closed by 的 / 了 (我们早就转过去了). */
static int remedy_after(scan *sc, size_t i)
{
    const cs_words *w = sc->w;
    /* …or the fix under way, whoever does it (2.15 技术部门正在研究解决; 抢修队已经出发了) */
    static const char *const under_way[] = { "正在", "尽快", "马上", "立即", "立刻", "已经出发", "已出发", "已经安排", "已安排",
                                             "抢修", "在修", "在处理", "研究解决", "恢复", NULL };
    for (size_t k = i + 1; k < w->n; k++) {
        if (w->v[k].clause == w->v[i].clause) continue;
        int fixing = 0;
        for (const char *const *p = under_way; *p && !fixing; p++) fixing = strstr(word(sc, k), *p) != NULL;
        /* …or an act of ours for the caller (我把他们的电话告诉您，同时我们这边也会配合调查) */
        int act = 0;
        for (const char *const *p = (list){ "配合", "协助", "处理", "解决", "办理", "安排", "调查", "核实", "跟进", "协调", "联系", "告诉", "反馈", "登记", "记录", "转",
                                            "发给", "补", "退", NULL };
             *p && !act; p++)
            act = strncmp(word(sc, k), *p, strlen(*p)) == 0;
        if (!fixing && !act && !cs_words_offer(w, k)) continue;
        size_t c = w->v[k].clause, e = k;
        while (e + 1 < w->n && w->v[e + 1].clause == c) e++;
        if (in(sc, e, (list){ "的", "了", NULL }) && !fixing) continue;
        int ours = fixing || strncmp(word(sc, k), "帮", 3) == 0 || strncmp(word(sc, k), "替", 3) == 0 || strncmp(word(sc, k), "为", 3) == 0;
        int denied = 0;
        for (size_t j = k; j-- > 0 && w->v[j].clause == c;) {
            ours |= names_us(sc, j);
            denied |= in(sc, j, (list){ "不是", "不", "没", "没有", "别", "没人", "不能", "无法", "没法", NULL });
        }
        if (ours && !denied) return 1;
    }
    return 0;
}

/* A fault said of the one just named: not done (没, 忘, 未, 不懂, 不认路), done wrong or late (错, 慢,
 * 坏, 拖, 卡, 耽误, 丢, 断, 延误), a problem of theirs (问题, 毛病, bug), or 把 your thing …-ed. */
static int fault_word(scan *sc, size_t k)
{
    static const char *const lapse[] = { "没", "忘", "未", "不", "把", "偷懒", NULL };
    static const char *const wrong[] = { "错", "慢", "坏", "拖", "卡", "耽误", "耽搁", "丢", "断", "延误", "故障", "问题", "毛病",
                                         "bug", "BUG", "漏", "吞", "扣", "疏忽", "失误", "晚", "砸", "差错", "乱", "延迟", "造成",
                                         "导致", "偷工", "马虎", "粗心", "敷衍", "绕", "自己", NULL };
    const char *w = word(sc, k);
    for (const char *const *p = lapse; *p; p++)
        if (strncmp(w, *p, strlen(*p)) == 0) return 1;
    /* a one-character fault in a word of at most two (送错, 卡了, 弄丢): 信用卡 and 拖鞋 name things */
    for (const char *const *p = wrong; *p; p++)
        if (strstr(w, *p) && (strlen(*p) > 3 || strlen(w) <= 6)) return 1;
    return 0;
}

/* The reply pushes the matter off the agent and the company (国家职业技能标准 3.1 不推诿): 不关我的事,
 * 跟我们没关系, 我们也没办法, 管不了, 不负责, 您去找…, 我也不清楚 — spelled anywhere in it. strong = 0
 * also counts a bare denial of our part (不是我们…, 我们这边没问题), which pushes off only when a fault
 * is named (这个手续费是对方银行收的，不是我们收的 explains who charges it). */
static int disowns(scan *sc, int strong)
{
    static const char *const away[] = {
        "不关我", "跟我们没关系", "和我们没关系", "与我们无关", "跟我们无关", "和我们无关", "跟我没关系", "和我没关系",
        "我们也没办法", "我们有什么办法", "我也没办法", "我有什么办法", "管不了", "管不住", "管不着", "不负责", "控制不了",
        "做不了主", "催不动", "我只是", "我们只是", "受害者", "怪不到", "怪不着我", "不归我们", "您去找", "你去找", "您找",
        "你找", "您去跟", "你去跟", "找他们", "找她们", "别找我", "找他去", "找她去", "我也不清楚", "我不清楚", "我也不知道",
        "我不知道", "我们也不知道", "我们不知道", "我们不认", "也不知道", "也不清楚", "也没办法", "也没有办法", "得找", "应该找",
        NULL };
    static const char *const denial[] = {
        "不是我", "我们这边没错", "我们没错", "我这边操作没问题", "我们这边没问题", "我们是好的", "很及时", "这边没有任何问题",
        "这边没问题", "这边没有问题", "这边一切正常", NULL };
    char buf[1024];
    const char *s = joined(sc, 0, sc->w->n, buf, sizeof buf);
    for (const char *const *p = away; *p; p++)
        if (strstr(s, *p)) return 1;
    /* 跟我们平台无关 / 跟我们人工没关系: 跟/和/与 + 我… and, a little later, 无关 / 没关系 (跟您没关系
     * clears the caller instead) */
    static const char *const with[] = { "跟我", "和我", "与我", NULL };
    for (const char *const *p = with; *p; p++)
        for (const char *at = strstr(s, *p); at; at = strstr(at + 3, *p)) {
            const char *none = strstr(at, "无关"), *nor = strstr(at, "没关系");
            if ((none && none - at <= 24) || (nor && nor - at <= 24)) return 1;
        }
    if (strong) return 0;
    for (const char *const *p = denial; *p; p++)
        if (strstr(s, *p)) return 1;
    return 0;
}

/* 是我们同事的失误 / 责任在我们 / 是我没有跟同事交接清楚: the fault taken on by us (2.9, 2.14's 是我的解释
 * 有些欠缺): a word of ours and, after it in its clause, a fault, with no 不是 / 没 before ours. */
static int owns_fault(scan *sc)
{
    static const char *const ours_wrong[] = { "失误", "责任", "问题", "疏忽", "错", "差错", "漏", "没做好", "没有", "没", "不周",
                                              "不到位", "不够", "欠缺", NULL };
    for (size_t k = 0; k < sc->w->n; k++) {
        /* ours by 我/咱/公司 (客服 alone may be the other desk: 是之前那个客服没给您登记) */
        if (!names_us(sc, k) || third_party(sc, k) ||
            (k > 0 && in(sc, k - 1, (list){ "不是", "不", "没", "并非", "跟", "和", "与", NULL }))) continue;
        size_t c = sc->w->v[k].clause;
        for (size_t j = k + 1; j < sc->w->n && j < k + 6 && sc->w->v[j].clause == c; j++)
            for (const char *const *p = ours_wrong; *p; p++) {
                if (!strstr(word(sc, j), *p)) continue;
                /* 我们没让他那么走 / 我们没答应: what we did not order, a denial, not a lapse owned */
                if (strncmp(word(sc, j), "没", 3) == 0 && j + 1 < sc->w->n &&
                    in(sc, j + 1, (list){ "让", "叫", "要求", "说", "答应", "同意", "授权", "安排", NULL }))
                    continue;
                return 1;
            }
    }
    return 0;
}

/* 这不怪您 / 不是您的问题 / 跟您没关系: the reply takes the fault off the caller — the cause named
 * after it (是系统的问题) reassures (2.12 安抚), it does not excuse us to the caller. */
static int clears_caller(scan *sc)
{
    static const char *const cleared[] = { "不怪您", "不怪你", "不能怪您", "不能怪你", "怪不了您", "怪不得您", "不是您的问题",
                                           "不是你的问题", "不是您的错", "不是你的错", "跟您没关系", "和您没关系", "与您无关",
                                           "跟您无关", "您没有错", "您没错", "您没做错", "不是您的原因", "不赖您", "不是您操作",
                                           "不是您的操作", "您的操作没关系", "您的操作无关", NULL };
    char buf[1024];
    const char *s = joined(sc, 0, sc->w->n, buf, sizeof buf);
    for (const char *const *p = cleared; *p; p++)
        if (strstr(s, *p)) return 1;
    return 0;
}

/* 总算查到了，是快递公司延误了 / 经核实，是…: the cause reported as what a check found, before word l. */
static int checked_before(scan *sc, size_t l)
{
    static const char *const check[] = { "查到", "查了", "查询", "核实", "经查", "原来", "查出", "查明", "查看", "了解到", NULL };
    char buf[512];
    const char *s = joined(sc, 0, l, buf, sizeof buf);
    for (const char *const *p = check; *p; p++)
        if (strstr(s, *p)) return 1;
    return 0;
}

/* 是前台的同事没处理好 / 都是物流那边耽误的 / 都怪技术部那帮人 / 是上一个班次的同事没给您登记: the fault
 * put on someone else to excuse the company — 推卸责任, a 禁忌语 (国家职业技能标准 呼叫中心服务员 3.1 不用
 * 禁忌语; 贵阳 §二(三)6 注意通话语气和态度). The standard's own words take the fault on 我们 and put it
 * right (2.9 我们会在以后的工作中改进; 2.15 names the cause with 技术部门正在研究解决 and 我们深表歉意;
 * 2.17 系统比较繁忙，我会尽快帮您处理). So: 是 / 都是 / 这是 / 怪 + a third party + their fault, in the
 * clause (or 他们… in the next), is the excuse; 怪 / 赖 + a third party is blame in itself. Not blame when
 * the party is ours (是我们同事的失误) and nothing is pushed off, nor when the reply takes the fault
 * on or offers a remedy (hit() lets help after clear a 推 label). An apology tacked on does not
 * clear it: the caller still hears whose fault it is not. */
static int third_party_blamed(scan *sc, size_t a, size_t b)
{
    ANCHORS(sc, a, b, U"是怪赖");
    static const char *const lead[] = { "是", "都是", "全是", "就是", "这是", "那是", "全都是", "还不是", "怪", "都怪", "全怪", "只怪",
                                        "要怪", "就怪", "得怪", "该怪", "只能怪", "赖", "都赖", "全赖", "只能赖", "要赖", "得赖", NULL };
    static const char *const hedge[] = { "不", "可能", "也许", "或许", "应该", "大概", "估计", "是不是", "别", "不能", "不要", "不该",
                                         "如果", "若", "要是", NULL };
    for (size_t l = find(sc, a, b, lead); l + 1 < b; l = find(sc, l + 1, b, lead)) {
        if (l > a && in(sc, l - 1, hedge)) continue;
        /* 我是…客服小刘 / 这里是…银行信用卡中心: the agent introducing the line (1.1) */
        if (l > a && (names_us(sc, l - 1) || in(sc, l - 1, (list){ "这里", "这儿", "这边", NULL }))) continue;
        /* 您刚才说是前台没给您登记 / 您的意思是快递员没打电话: the caller's words, repeated (a saying verb
         * of theirs before, in this clause or an earlier one), or checked back (…，对吗？) */
        size_t you = find(sc, 0, l, &SECOND);
        if (you < l && find(sc, you + 1, l, (list){ "说", "反映", "提到", "讲", "认为", "觉得", "说的", "反映的", "意思", "一说",
                                                    NULL }) < l)
            continue;
        if (in_reply(sc, (list){ "对吗", "是吧", "是吗", "对不对", "是不是", NULL })) continue;
        size_t p = NONE;
        for (size_t k = l + 1; k < upto(b, l + 6) && p == NONE; k++) {
            if (in(sc, k, &SECOND) && !(k + 1 < b && is(sc, k + 1, "小区"))) break;   /* 是您… : the caller (blame) */
            if (third_party(sc, k)) p = k;
        }
        if (p == NONE) continue;
        int ours = strncmp(word(sc, p), "我", 3) == 0;
        for (size_t k = l + 1; k < p; k++) ours |= names_us(sc, k);
        int off = disowns(sc, 0);
        if (ours && !off) continue;
        /* a remedy clears even a push-off (不归我们管，是供热公司负责的，我马上帮您转过去: 3.1 不推诿 is kept
         * by the transfer); owning the fault, clearing the caller or reporting a check's finding
         * (总算查到了，是快递公司延误了; 经核实) only when nothing is pushed off */
        if (remedy_after(sc, l)) return 0;
        int found = checked_before(sc, l);
        if ((owns_fault(sc) || clears_caller(sc) || found) && !off) return 0;
        int culprit = !impersonal(sc, p);
        if ((strstr(word(sc, l), "怪") || strstr(word(sc, l), "赖")) && (culprit || off)) return hit(sc, "blame", BLAME_THIRD, l, p, p);
        if (!culprit && !off) continue;
        size_t f = NONE;
        for (size_t k = p + 1; k < b && f == NONE; k++)
            if (fault_word(sc, k)) f = k;
        /* 是外包团队处理的，他们没跟进 / 是运维半夜升级，把数据搞乱了: the fault in the next clause, said of them */
        size_t n = sc->w->n;
        if (f == NONE && b < n && in(sc, b, (list){ "他们", "她们", "他", "她", "那边", "人家", "把", "结果", NULL }))
            for (size_t k = b + 1; k < n && sc->w->v[k].clause == sc->w->v[b].clause && f == NONE; k++)
                if (fault_word(sc, k)) f = k;
        if (f == NONE && disowns(sc, 1)) f = p;
        if (f != NONE) return hit(sc, "blame", BLAME_THIRD, l, f, p);
    }
    return 0;
}

/* 物业没通知我们，所以我们也不知道 / 系统自己出的错，我们客服也控制不了 / 快递公司那边丢的件，您去跟快递
 * 公司要吧: a third party opening a clause with its fault, and the reply pushing the matter off
 * (disowns): the same 推卸责任 without 是. 系统刚才出了故障，我帮您重新提交 names a cause and fixes it. */
static void third_party_disowned(scan *sc)
{
    if (sc->n || !disowns(sc, 0)) return;
    const cs_words *w = sc->w;
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        size_t p = NONE;
        for (size_t k = a; k < upto(b, a + 3) && p == NONE; k++) {
            if (in(sc, k, &SECOND) || names_us(sc, k)) break;
            if (third_party(sc, k)) p = k;
        }
        for (size_t k = p + 1; p != NONE && k < upto(b, p + 6); k++)
            if (fault_word(sc, k)) {
                if (remedy_after(sc, k)) return;
                hit(sc, "blame", BLAME_THIRD, p, k, p);
                return;
            }
        a = b;
    }
}

static void blame3_classes(scan *sc, size_t a, size_t b)
{
    third_party_blamed(sc, a, b);
}
/* ---- end of helper blame3's classes ---- */

/* ---- helper fixtb's classes: 禁忌语 as writers we never read type it (tests/data/tone_more/fixtb.tsv) ---- */

/* Clause bounds [*ca, *cb) of the clause before the one starting at a, or 0 when a is the first. */
static int clause_before(const scan *sc, size_t a, size_t *ca)
{
    if (a == 0) return 0;
    size_t k = a - 1, c = sc->w->v[k].clause;
    while (k > 0 && sc->w->v[k - 1].clause == c) k--;
    *ca = k;
    return 1;
}

/* 下次您买东西仔细一点 / 麻烦您下回看清楚再下单 / 以后先把资料准备好: the caller told to take more care
 * next time, a reproach of the care they did not take (说教客户: 呼叫服务员职业标准(试行) 三(一)2 不用
 * 禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). Not the agent's own promise (我们下次
 * 一定仔细核对: 我/我们 before the care word with no 你/您 between), not a way offered (您以后可以先在
 * APP上看清楚, 温馨提示：下次签收前可以先验货: 可以 / 不妨 / 方便 / 能 offer it), not a request
 * (下次办理前请您先看清楚合同, tests/unit/test_tone_rules.c). */
static int next_time_care(scan *sc, size_t a, size_t b)
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
        else if (i + 1 < b && is(sc, i, "清楚") && in(sc, i + 1, (list){ "一点", "1点", "1", "点", "些", NULL }))   /* 一 reads 1 (text_norm) */
            care_at = i;
        if (care_at == NONE) continue;
        size_t us = find(sc, a, i, &FIRST);
        if (us < i && find(sc, us + 1, i, &SECOND) == NONE) return 0;
        return hit(sc, "lecture", "说教客户", next, care_at, care_at);
    }
    return 0;
}

/* 您不愿意等可以去别的医院 / 觉得不好可以不要来 / 嫌贵您可以不用我们的宽带 / 不满意可以换一家: the
 * caller's displeasure answered by showing them the door (打发客户, 国家职业技能标准 3.1 不推诿; 贵阳
 * §二(三)6): the displeasure in this clause or the one before, then the caller sent away (去别家 / 换一家 /
 * 不要来 / 不用我们的). Not a recourse (不满意可以申请复核, 可以七天无理由退货) and not when help follows
 * (不想等也可以不用等，我们会短信通知您 - cs_words_help_after). */
static int leave_if_unhappy(scan *sc, size_t a, size_t b)
{
    static const char *const unhappy[] = { "不满意", "不愿意", "不乐意", "不合理", "接受不了", "不能接受", "不接受",
        "不爽", "嫌", "嫌贵", "嫌慢", "嫌麻烦", "嫌弃", "不喜欢", "等不了", "等不及", "不想等", "受不了", "看不惯", NULL };
    size_t from = a;
    size_t ca;
    if (clause_before(sc, a, &ca)) from = ca;
    size_t sad = find(sc, from, b, unhappy);
    if (sad == NONE) {   /* 不 愿意 / 不 满意 cut as two words */
        for (size_t k = from; k + 1 < b && sad == NONE; k++)
            if (in(sc, k, (list){ "不", "不太", NULL }) && in(sc, k + 1, (list){ "愿意", "乐意", "满意", "接受", "想", NULL })) sad = k + 1;
    }
    if (sad == NONE) {   /* 觉得不好 / 觉得贵 / 感觉太慢, or with what is judged between (觉得我们不好, 觉得这个贵) */
        size_t feel = find(sc, from, b, (list){ "觉得", "感觉", "认为", NULL });
        if (feel < b) sad = find(sc, feel + 1, upto(b, feel + 4), (list){ "不好", "贵", "太贵", "不行", "麻烦", "太慢", "慢", "不值", "差", "太差", "不靠谱", NULL });
    }
    if (sad == NONE) return 0;
    size_t start = sad + 1 > a ? sad + 1 : a;
    for (size_t i = start; i + 1 < b; i++) {
        int away = 0;
        if (in(sc, i, (list){ "不要", "不用", "别", "甭", "不必", "用不着", NULL }) &&
            in(sc, i + 1, (list){ "买", "用", "来", "办", "要", "选", "订", "坐", "住", "存", "找", "打", NULL }))
            away = 1;
        if (in(sc, i, (list){ "去", "换", "找", "选", NULL }) &&
            find(sc, i + 1, upto(b, i + 3), (list){ "别的", "别家", "别处", "其他家", "其它", "一家", "人家", "别人", NULL }) < b)
            away = 1;
        if (!away) continue;
        if (cs_words_help_after(sc->w, i + 1)) return 0;
        return hit(sc, "dismissive", "打发客户", sad, i + 1, i);
    }
    return 0;
}

/* 您不提供身份证号，我怎么帮您查啊 / 你唔讲清楚，我点帮你啊 / 您都没说清楚是哪张卡，我上哪儿给您查去:
 * the caller's omission thrown back as a question on whether the agent can help at all (反问客户,
 * 贵阳 §二(三)6; 2.14 客户操作有误 asks for what is missing instead). 您没提供卡号的话我没法查，麻烦您
 * 告诉我一下 asks, and 请问我怎么帮您查比较方便 is a question to serve. */
static int how_could_i(scan *sc, size_t a, size_t b)
{
    size_t me = find(sc, a, b, (list){ "我", "我们", NULL });
    if (me >= b || find(sc, a, b, PLEASE) < b) return 0;
    size_t how = find(sc, me + 1, upto(b, me + 3), (list){ "怎么", "咋", "怎样", "如何", "点", "哪儿", "哪里", "上哪儿", "上哪", "去哪儿", NULL });
    if (how >= b) return 0;
    size_t act = find(sc, how + 1, upto(b, how + 4), (list){ "帮", "给", "查", "办", "处理", "找", "核实", "帮你", "帮您", "查询", NULL });
    if (act >= b) return 0;
    size_t from = a, ca;
    if (clause_before(sc, a, &ca)) from = ca;
    for (size_t k = from; k < me; k++)
        if (in(sc, k, &SECOND) &&
            find(sc, k + 1, upto(me, k + 4), (list){ "不", "没", "没有", "都没", "唔", "不肯", "不给", "不提供", "不说", "没说", NULL }) < me)
            return hit(sc, "rhetorical", "反问客户", k, act, how);
    return 0;
}

/* 要不您换个运营商好了 / 要不您去别家买吧 / 干脆换一家银行算了: the caller advised to take their custom
 * to a rival, the door shown without a word of displeasure (打发客户, 国家职业技能标准 3.1 不推诿; 贵阳
 * §二(三)6). A suggestion frame (要不 / 干脆 / 大不了 / 实在不行, or 好了 / 算了 closing) is required:
 * 您要不要换个套餐 asks, 我帮您换个快递公司发货 is our help (我/帮您 before it, or help after). */
static int leave_for_rival(scan *sc, size_t a, size_t b)
{
    static const char *const rival[] = { "运营商", "银行", "公司", "平台", "快递", "商家", "店", "网店", "医院",
        "品牌", "航空公司", "保险公司", "家", "别家", "一家", "1家", "别处", "地方", "酒店", NULL };
    int frame = find(sc, a, b, (list){ "要不", "要不然", "干脆", "大不了", "实在不行", "不行就", NULL }) < b ||
                in(sc, b - 1, (list){ "好了", "算了", NULL }) ||
                (b - a >= 2 && in(sc, b - 1, (list){ "了", NULL }) && in(sc, b - 2, (list){ "好", "算", NULL })) ||
                (b > a && find(sc, a, b, (list){ "要", NULL }) < b && in(sc, b - 1, (list){ "吧", NULL }) && find(sc, a, b, (list){ "不", NULL }) < b);
    if (!frame || find(sc, a, b, (list){ "帮", "帮您", "帮你", "为您", "给您", "替您", NULL }) < b) return 0;
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, (list){ "换", "去", "找", "换成", NULL })) continue;
        size_t r = find(sc, i + 1, upto(b, i + 4), rival);
        if (r >= b) continue;
        if (!in(sc, r, (list){ "别家", "一家", "1家", "别处", NULL }) &&
            find(sc, i + 1, r, (list){ "个", "一家", "别的", "其他", "其它", "另一家", "别家", "家", "1个", "1家", "1", NULL }) >= r) continue;
        if (find(sc, a, i, &FIRST) < i || cs_words_help_after(sc->w, r)) return 0;
        return hit(sc, "dismissive", "打发客户", i, r, i);
    }
    return 0;
}

/* Words i.. (up to three, as the lexicon cut them: 第5次, 第 5 次, 4次) spelling a count above one of
 * times: text_norm writes numerals as digits, so 第几次 (a question) and 第1次 are no count. */
static int counted_times(scan *sc, size_t i, size_t b)
{
    char buf[3 * CS_WORD_BYTES] = "";
    for (size_t k = i; k < upto(b, i + 3); k++) {
        strcat(buf, word(sc, k));
        if (strstr(buf, "次") || strstr(buf, "回") || strstr(buf, "遍")) break;
    }
    if (!strstr(buf, "次") && !strstr(buf, "回") && !strstr(buf, "遍")) return 0;
    const char *d = strncmp(buf, "第", 3) == 0 ? buf + 3 : buf;
    return atoi(d) >= 2;
}

/* 这个月你已经是第五次打来了 / 您这周都打了四次了 / 今天第三回了: the caller's calls counted at them,
 * impatience with a caller who had to call again (不耐烦, 贵阳 §二(三)6; the standard's answer to a
 * repeat call is to own the delay, 2.13). Not with an apology anywhere in the reply (这是您第三次来电了，
 * 实在抱歉), not a question (您是第几次来电？), not the agent's own doing (我已经打了三次). */
static int calls_counted(scan *sc, size_t a, size_t b, int question)
{
    if (question) return 0;
    size_t count = NONE;
    for (size_t i = a; i < b && count == NONE; i++)
        if (counted_times(sc, i, b)) count = i;
    if (count == NONE) return 0;
    size_t call = find(sc, a, b, (list){ "打", "打来", "打电话", "来电", "打过来", "问", "来", "打进来", "问过", NULL });
    if (call >= b && !is(sc, b - 1, "了")) return 0;
    if (find(sc, a, count, &FIRST) < count) return 0;   /* 我已经帮您催了三次: the agent's own doing */
    /* the caller's calls: 您/你 before the count, or the count opening the clause (今天第三回了);
     * 很多客户都问过两三次 counts other people's */
    if (find(sc, a, count, &SECOND) >= count && count > a + 1) return 0;
    static const char *const sorry[] = { "抱歉", "对不起", "不好意思", "歉意", "道歉", "辛苦", "麻烦您", "给您添麻烦", "见谅", NULL };
    for (size_t k = 0; k < sc->w->n; k++)
        if (in(sc, k, sorry)) return 0;
    if (find(sc, a, b, &SECOND) >= b && call >= b) return 0;
    /* 您第二次打来的时候… dates a call; …，我们马上派师傅 owns the repeat and acts on it */
    if (find(sc, count, b, (list){ "的时候", "时候", "时", NULL }) < b || cs_words_help_after(sc->w, count)) return 0;
    if (b < sc->w->n && find(sc, b, sc->w->n, &FIRST) < sc->w->n &&
        find(sc, b, sc->w->n, (list){ "马上", "立刻", "立即", "这就", "现在就", "尽快", "优先", "加急", "直接", NULL }) < sc->w->n) return 0;
    if (find(sc, count, sc->w->n, (list){ "给您", "为您", "帮您", "替您", "给你", "帮你", NULL }) < sc->w->n) return 0;
    return hit(sc, "impatient", "不耐烦", count, call < b ? call : count, count);
}

/* 交钱就好了呗 / 重启一下不就行了呗: the caller's trouble waved off as obvious, 呗 closing a 就… (a shrug,
 * 打发客户, 贵阳 §二(三)6; 三(一)2 口头禅). */
static int shrug_bei(scan *sc, size_t a, size_t b)
{
    if (b - a < 3 || !is(sc, b - 1, "呗")) return 0;
    size_t just = find(sc, a, b - 1, (list){ "就", "不就", NULL });
    if (just >= b - 1) return 0;
    if (find(sc, just + 1, b - 1, (list){ "好", "行", "完", "得", "是", "可以", "成", "完事", "得了", "行了", "好了", NULL }) >= b - 1) return 0;
    return hit(sc, "dismissive", "打发客户", just, b - 1, just);
}

/* 您慢慢想，想好了再说，我先挂了 / 你先冷静一下，冷静好了再打来: the caller sent off to think or calm
 * down while the agent hangs up (打发客户, 贵阳 §二(三)6; 国家职业技能标准 3.1 不推诿). The standard's
 * own close (如果您没有其他业务…我就先挂了，再见) has no such errand; a callback after spares it. */
static void think_and_hang_up(scan *sc)
{
    const cs_words *w = sc->w;
    size_t think = NONE, hang = NONE;
    for (size_t k = 0; k < w->n; k++) {
        if (think == NONE && (in(sc, k, (list){ "想好", "想清楚", "考虑好", "考虑清楚", "冷静", "冷静下来", "想明白", "冷静好", NULL }) ||
                              (k + 1 < w->n && in(sc, k, (list){ "想", "考虑", NULL }) && in(sc, k + 1, (list){ "好", "清楚", "明白", NULL }))))
            think = k;
        if (think != NONE && hang == NONE && k > think && in(sc, k, (list){ "挂", "挂了", "先挂了", "挂啦", "挂断", "先挂", NULL }))
            hang = k;
    }
    if (think == NONE || hang == NONE) return;
    if (find(sc, 0, w->n, (list){ "业务", "回电", "回拨", "打给您", "联系您", NULL }) < w->n) return;
    hit(sc, "dismissive", "打发客户", think, hang, hang);
}

/* 打官腔: a rule, a body or a procedure cited (规定, 政策, 相关部门, 本中心, 权限 …) as the reason for a
 * refusal or a withholding (不予…, 无法, 不负责, 不清楚, 超出 …), and nothing in the whole reply that
 * shows the caller a way on: no help, transfer, callback or record of ours that is not refused or
 * limited (只负责记录), no 您可以 / 建议 (国家职业技能标准 3.1 不推诿; 呼叫服务员职业标准(试行)
 * 三(一)2; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). 根据规定这笔费用不能退，不过我可以帮您
 * 申请一张优惠券 and 按照规定需要本人办理，您可以带身份证到营业厅 show the way and stand. */
static int way_on(scan *sc, size_t k)
{
    const cs_words *w = sc->w;
    if (!cs_words_offer(w, k) && !in(sc, k, (list){ "可以", "建议", "欢迎", "随时", NULL })) return 0;
    static const char *const stop[] = { "不", "没", "别", "不会", "不能", "没法", "无法", "不用", "不想", "自己", "您自己", "你自己",
        "只", "只负责", "只能", "只管", "不负责", "不再", NULL };
    for (size_t j = k; j-- > 0 && w->v[j].clause == w->v[k].clause;)
        if (in(sc, j, stop)) return 0;
    return 1;
}

static void bureaucratic_refusal(scan *sc)
{
    if (sc->n) return;
    const cs_words *w = sc->w;
    static const char *const rule[] = { "规定", "政策", "办法", "相关办法", "制度", "总部", "上级", "上面", "相关部门", "有关部门",
        "本中心", "本热线", "流程", "程序", "权限", "职责", "职责范围", "受理范围", "条款", "原则上", "规章", "章程", NULL };
    static const char *const refuse[] = { "不予", "无法", "不能", "不可以", "不负责", "不清楚", "不了解", "不知道", "超出", "没办法",
        "不处理", "办不了", "做不了", "处理不了", "解决不了", "不解释", "无权", "不方便", "不得", "不在", "不属于", "不受理",
        "一律", "恕", "概不", "不再", "不用问", "别问", NULL };
    size_t cite = NONE, no = NONE;
    for (size_t k = 0; k < w->n; k++) {
        if (way_on(sc, k)) return;
        if (cite == NONE && in(sc, k, rule)) cite = k;
        if (no == NONE && (in(sc, k, refuse) || strncmp(word(sc, k), "不予", 6) == 0)) no = k;
    }
    if (cite == NONE || no == NONE) return;
    /* a refusal owned (抱歉 / 很遗憾), explained (原因是 / 因为 / 所以), or turned into directions (需要本人到
     * 营业厅, 请您到信访接待中心, 我现在就给您办, 我请主管来跟您沟通) is the standard's way of saying no */
    static const char *const owned[] = { "抱歉", "对不起", "不好意思", "遗憾", "很遗憾", "歉意", "原因", "因为", "所以", "为了",
        "需要", "请您到", "到", "去", "现在就", "马上", "这就", "稍等", "请问", "别人", "他人", "其他人", "第三方", "隐私",
        "安全", NULL };
    /* …and the agent going up for the caller (请示, 请教, 请主管来跟您沟通, 请您稍等) */
    static const char *const going_up[] = { "请示", "请教", "沟通", "稍等", "稍候", NULL };
    for (size_t k = 0; k < w->n; k++) {
        if (in(sc, k, owned)) return;
        for (const char *const *g = going_up; *g; g++)
            if (strstr(word(sc, k), *g)) return;
    }
    hit(sc, "dismissive", "打官腔（拒绝且不给出路）", cite < no ? cite : no, cite < no ? no : cite, no);
}

static void fixtb_classes(scan *sc, size_t a, size_t b, int question)
{
    next_time_care(sc, a, b);
    leave_if_unhappy(sc, a, b);
    how_could_i(sc, a, b);
    leave_for_rival(sc, a, b);
    calls_counted(sc, a, b, question);
    shrug_bei(sc, a, b);
}
/* ---- end of helper fixtb's classes ---- */

cs_tone_index *cs_tone_index_new(void)
{
    cs_tone_index *ix = calloc(1, sizeof *ix);
    if (!ix) return NULL;
    for (size_t k = 0; k < L_COUNT; k++)
        for (const char *const *e = ALL_NAMED[k]->w; *e; e++) {
            unsigned b = head_bit(*e);
            ix->heads[ALL_NAMED[k]->id][b / 64] |= (uint64_t)1 << (b % 64);
            ix->lists[b] |= (uint64_t)1 << ALL_NAMED[k]->id;
        }
    return ix;
}

void cs_tone_index_free(cs_tone_index *ix)
{
    free(ix);
}

size_t cs_tone_scan(const cs_words *w, const unsigned char *protect, cs_tone_hit *hits, size_t max)
{
    return cs_tone_scan_indexed(NULL, w, protect, hits, max);
}

size_t cs_tone_scan_indexed(const cs_tone_index *ix, const cs_words *w, const unsigned char *protect,
                            cs_tone_hit *hits, size_t max)
{
    scan sc = { .ix = ix, .w = w, .protect = protect, .hits = hits, .max = max };
    for (size_t i = 0; i < w->n; i++) {
        if (w->v[i].clause >= FILTERED_CLAUSES) break;
        for (const char *p = w->v[i].w; *p;) {
            unsigned c = char_bit(cs_utf8_next(&p));
            sc.chars[w->v[i].clause][c / 64] |= (uint64_t)1 << (c % 64);
        }
        unsigned b = head_bit(w->v[i].w);
        if (i < 64) {
            sc.head[i] = (unsigned char)b;
            sc.all_heads[b / 64] |= (uint64_t)1 << (b % 64);
        }
        sc.heads[w->v[i].clause][b / 64] |= (uint64_t)1 << (b % 64);
    }
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        int question = w->question[w->v[a].clause];
        if (!belittle(&sc, a, b, question) && !rhetorical(&sc, a, b, question)) {
            lecture(&sc, a, b);
            brush_off(&sc, a, b);
            impatient(&sc, a, b);
            blame(&sc, a, b);
            dismissive(&sc, a, b, question);
            sarcasm(&sc, a, b, question);
            tail_tone(&sc, a, b, question);
            shift_more(&sc, a, b, question);
            rhetorical_more(&sc, a, b, question);
            sarcasm_more(&sc, a, b, question);
            blame_more(&sc, a, b, question);
            lecture_more(&sc, a, b, question);
            dismiss_more(&sc, a, b, question);
            still_missed(&sc, a, b, question);
            other_writers(&sc, a, b);
            seen_classes(&sc, a, b, question);
            probe2_classes(&sc, a, b);
            group_stereotype(&sc, a, b);
            cheat_named(&sc, a, b);
            seen4_classes(&sc, a, b, question);
            voices_classes(&sc, a, b);
            blame3_classes(&sc, a, b);
            fixtb_classes(&sc, a, b, question);
        }
        insults_others_write(&sc, a, b);
        insult_registers(&sc, a, b);
        a = b;
    }
    congratulate(&sc);
    mock_praise(&sc);
    threaten(&sc);
    refusal_bare(&sc);
    blame_vs_ours(&sc);
    fillers_only(&sc);
    verbal_tic(&sc);
    clear_of_us(&sc);
    lone_curse(&sc);
    send_people(&sc);
    believe_it(&sc);
    third_party_disowned(&sc);
    think_and_hang_up(&sc);
    bureaucratic_refusal(&sc);
    return sc.n;
}
