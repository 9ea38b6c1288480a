/* Phrase matching over a loaded bank (see phrase_match.h).
 *
 * The reply is first read as people type Chinese: traditional → simplified (OpenCC), then the
 * normal form of text_norm.h with clause and question breaks, then cut into words (lexicon.h).
 * A reply is the standard phrase of a category when:
 *   - every required part of at least one of the category's phrases is present (a part is present
 *     when one of its alternatives occurs and is not negated: 没有什么可以帮您 is no offer of help;
 *     failing that, with one word between two of its words (不归我们部门管), failing that with one
 *     homophone typo of a multi-character keyword (合实 → 核实), each lowering the confidence);
 *   - none of the category's "not" cues occurs (cues of a neighbouring category or of a refusal);
 *   - no taboo expression occurs as whole words, outside the phrase's own required parts;
 *   - no tone rule (tone_rules.h) fires outside those parts (rudeness added to a correct phrase);
 *   - it is not the template (XX号, 先生/女士), input-method garbage or mindless repetition.
 * Similarity blends part coverage of the nearest phrase with the character-bigram Dice coefficient
 * against its standard wording, so an exact standard reply scores 1 and a complete paraphrase
 * still scores well above an incomplete one. */
#include "phrase_match.h"
#include "phrase_bank_int.h"
#include "text_norm.h"
#include "tone_english.h"
#include "tone_emoji.h"
#include "tone_fix33a.h"
#include "tone_fix34a.h"
#include "tone_fix36a.h"
#include "tone_filler.h"
#include "tone_rules.h"
#include "tone_readings.h"
#include "tone_insult33.h"
#include "tone_insult34.h"
#include "tone_taboo35.h"
#include "words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_TONE_HITS 4
#define CONF_GAP 0.1      /* a part found only with a word inside it */
#define CONF_TYPO 0.2     /* a part found only through a homophone typo (0.4 for a fuzzy-pinyin one) */

#define W_COVERAGE 0.6
#define W_DICE 0.4
#define W_OPTIONAL 0.5

/* A reply prepared once for all categories: the marked normal form of its simplified text (for
 * keywords and words), its word starts and words, sorted bigrams of the plain normal form (for
 * similarity), and what the raw text shows of a template or of IME garbage. */
typedef struct {
    uint32_t *t;
    size_t n;
    unsigned char *starts;   /* n + 1 bytes: word starts, starts[n] = 1 */
    cs_words words;
    uint64_t *bigrams;
    size_t n_bigrams;
    uint64_t *block;         /* one allocation holding bigrams, plain and starts */
    uint32_t *plain;         /* the normal form without breaks (n_plain code points) */
    size_t n_plain;          /* code points without breaks */
    int placeholder;         /* XX / XXX or 先生/女士 as typed in the template */
    int latin_leak;          /* a lone Latin letter glued to Chinese (n您好) */
    uint64_t seen[16];       /* code points present (bit cp % 1024): a pattern with a character
                              * the reply lacks is skipped without a scan */
    const cs_tone_index *tone_index; /* the bank's (tone_rules.h) */
    const char *raw;         /* the reply as typed (English words are read from it: tone_english.h) */
    uint64_t sounds[3][CS_PINYIN_SET_WORDS]; /* readings of its characters ([1]: fuzzy forms, [2]:
                              * nine-key digit strings, CS_PINYIN_KEYS): a keyword nothing here
                              * sounds like needs no homophone search */
    size_t n_register;       /* formal words read as everyday ones (register.h), for the verdict */
    cs_register_note register_notes[CS_REGISTER_MAX_NOTES];
} prepared;

/* ---- pattern search ---- */

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int is_negation(uint32_t c)
{
    return c == 0x4E0D || c == 0x6CA1 || c == 0x522B || c == 0x65E0 || c == 0x672A; /* 不没别无未 */
}

#define NI 0x4F60u   /* 你 */
#define NIN 0x60A8u  /* 您 */

/* How a pattern may bend while it is searched: inserted words must be whole words of the reply
 * (starts) of at least min_word code points; budget homophone substitutions (pinyin) are allowed. */
static int seen(const uint64_t *set, uint32_t c)
{
    return (set[(c >> 6) & 15] >> (c & 63)) & 1;
}

typedef struct {
    const unsigned char *starts;
    const uint64_t *seen;   /* the reply's characters (may be NULL) */
    const cs_pinyin *py;
    const cs_lookalike *shape; /* set: the substitution is a look-alike one (handwriting), not by sound */
    size_t min_word;
    int budget;
    int nin;             /* 您 in the reply matches 你 in the pattern (taboo: 你/您 alike) */
    int ni;              /* 你 in the reply matches 您 in the pattern (a part said to 你: find_part) */
    int fuzzy;           /* the substitution may be a fuzzy-pinyin one (因该 for 应该), not only a homophone */
    int numerals;        /* a digit may be typed for a character by sound (解四 → 解4: numeral_typed) */
    int keys;            /* the substitution may be a nine-key one (格 for 核: same digits, cs_pinyin_same_keys);
                          * KEYS_SHUANGPIN: a 双拼 neighbour key (会 for 好, cs_pinyin_shuangpin_slip) or a homophone */
    size_t typo_at;      /* where the substituted character is in the reply */
    uint32_t meant;      /* the character the pattern has there */
    size_t typo_at2;     /* with a budget of two: the other substitution (valid when both were spent) */
    uint32_t meant2;
    int one_subject;     /* fix32c: a gap stops at a clause opened by another subject (break_to_other_subject):
                          * a phrase part's words are one speaker's sentence; a taboo exception (嗯嗯*您说)
                          * spans the turn handed back on purpose */
} bend;

/* Does the reply's character t stand for the pattern's p, as b allows (你 and 您)? */
static int same_char(const bend *b, uint32_t t, uint32_t p)
{
    return t == p || (b->nin && t == NIN && p == NI) || (b->ni && t == NI && p == NIN);
}

/* Could the reply (its characters in set) hold the pattern's character p, as b allows? */
static int may_hold(const bend *b, const uint64_t *set, uint32_t p)
{
    return seen(set, p) || (b->nin && p == NI && seen(set, NIN)) || (b->ni && p == NIN && seen(set, NI));
}

/* The Chinese numeral the normal form turned into digit d (text_norm.c: 四 → 4). */
static uint32_t numeral_of(uint32_t d)
{
    static const uint32_t zh[10] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                     0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D }; /* 零一二三四五六七八九 */
    return zh[d - '0'];
}

/* The character a pinyin slip typed at t[i]: a Chinese character as it is; with numerals, a digit
 * in a run of at most two (解四一遍 is 解41遍 in the normal form) as its Chinese numeral, since the
 * input method offers 四 for si as it offers 是 for shi — a longer run is a number (a phone, an
 * amount). 0 when t[i] can be no slip. Whether the numeral is a number here after all (四号, 四个)
 * is slip_vetted's question. */
static uint32_t numeral_typed(const uint32_t *t, size_t n, size_t i, int numerals)
{
    if (cs_is_han(t[i])) return t[i];
    if (!numerals || !is_digit(t[i])) return 0;
    size_t a = i, e = i + 1;
    while (a > 0 && is_digit(t[a - 1])) a--;
    while (e < n && is_digit(t[e])) e++;
    return e - a <= 2 ? numeral_of(t[i]) : 0;
}

#define KEYS_SHUANGPIN 2

/* Could typed stand for meant as b bends: written alike (b->shape), else sounding alike. */
static int slips_to(const bend *b, uint32_t typed, uint32_t meant)
{
    if (b->shape) return cs_lookalike_pair(b->shape, typed, meant);
    if (b->keys == KEYS_SHUANGPIN)
        return cs_pinyin_homophone(b->py, typed, meant) || cs_pinyin_shuangpin_slip(b->py, typed, meant);
    if (b->keys) return cs_pinyin_same_keys(b->py, typed, meant);
    return b->fuzzy ? cs_pinyin_similar(b->py, typed, meant) : cs_pinyin_homophone(b->py, typed, meant);
}

/* Does a clause break at t[k] open a clause with a subject of its own, the caller or a third
 * person (您/你/他/她)? A gap of a pattern stops there: 没办法，您就自己办吧 is no 没办法*办 of the
 * agent's (贵阳 T-GSOCCIA 001—2020 §二(二) 2.11 says what the hotline cannot do, the next clause
 * tells the caller what to do) — the words either side belong to two speakers' sentences. */
static int break_to_other_subject(const uint32_t *t, size_t n, size_t k)
{
    if (!cs_is_break(t[k])) return 0;
    while (k < n && cs_is_break(t[k])) k++;
    if (k >= n) return 0;
    return t[k] == NIN || t[k] == NI || t[k] == 0x4ED6 || t[k] == 0x5979;   /* 您 你 他 她 */
}

/* Does el[0..ne) match t at i? End position in *end. Gaps try the shortest span first. */
static int match_at(const uint32_t *el, size_t ne, const uint32_t *t, size_t n, size_t i, size_t *end, bend *b)
{
    if (ne == 0) { *end = i; return 1; }
    if (el[0] == CS_PAT_GAP) {
        for (size_t g = 0; g <= CS_PAT_GAP_LEN && i + g <= n; g++) {
            if (g > 0 && b->one_subject && break_to_other_subject(t, n, i + g - 1)) return 0;
            if (match_at(el + 1, ne - 1, t, n, i + g, end, b)) return 1;
        }
        return 0;
    }
    if (el[0] == CS_PAT_WORD) {
        /* exactly one dictionary word of the reply: 部门 in 不归我们部门管, not 最新的 (two words)
         * in 这是最新的规定 */
        if (!b->starts[i]) return 0;
        for (size_t g = 1; g <= CS_PAT_WORD_LEN && i + g <= n; g++) {
            if (cs_is_break(t[i + g - 1]) || is_negation(t[i + g - 1])) return 0;
            if (b->starts[i + g]) return g >= b->min_word && match_at(el + 1, ne - 1, t, n, i + g, end, b);
        }
        return 0;
    }
    if (el[0] == CS_PAT_DIGITS) {
        size_t j = i;
        while (j < n && is_digit(t[j])) j++;
        return j > i && match_at(el + 1, ne - 1, t, n, j, end, b);
    }
    if (i >= n) return 0;
    if (same_char(b, t[i], el[0])) return match_at(el + 1, ne - 1, t, n, i + 1, end, b);
    uint32_t typed = b->budget > 0 ? numeral_typed(t, n, i, b->numerals && !b->shape) : 0;
    if (typed && slips_to(b, typed, el[0])) {
        b->budget--;
        if (match_at(el + 1, ne - 1, t, n, i + 1, end, b)) {
            b->typo_at2 = b->typo_at;
            b->meant2 = b->meant;
            b->typo_at = i;
            b->meant = el[0];
            return 1;
        }
        b->budget++;
    }
    return 0;
}


/* Literal characters of p the reply cannot hold (0 when all may be there); stops counting past
 * limit, since the caller only asks whether more than limit are missing. */
static size_t unseen(const cs_pattern *p, const uint64_t *set, const bend *b, size_t limit)
{
    size_t k = 0;
    for (size_t i = 0; i < p->n && k <= limit; i++)
        if (p->el[i] < CS_PAT_GAP && !may_hold(b, set, p->el[i])) k++;
    return k;
}

/* First occurrence of p in t at or after from; 1 if found. */
static int find_from(const cs_pattern *p, const uint32_t *t, size_t n, size_t from, size_t *start, size_t *end, bend *b)
{
    uint32_t first = p->el[0];
    /* the first character alone rules out most patterns (unseen() below checks them all) */
    if (b->seen && b->budget == 0 && first < CS_PAT_GAP && !may_hold(b, b->seen, first)) return 0;
    if (b->seen && unseen(p, b->seen, b, (size_t)b->budget) > (size_t)b->budget) return 0;
    int exact_first = first < CS_PAT_GAP && b->budget == 0 && !(b->nin && first == NI) && !(b->ni && first == NIN);
    for (size_t i = from; i < n; i++) {
        if (exact_first && t[i] != first) continue;
        if (match_at(p->el, p->n, t, n, i, end, b)) { *start = i; return 1; }
    }
    return 0;
}

static int find_exact(const cs_pattern *p, const prepared *pr, size_t from, size_t *start, size_t *end)
{
    bend b = { .starts = pr->starts, .seen = pr->seen, .min_word = 1 };
    return find_from(p, pr->t, pr->n, from, start, end, &b);
}

/* How a forbidden expression and its exceptions are searched, one way for both: 你 in the pattern
 * matches 您 in the reply (docs/phrase_bank.md: "In patterns 你 also matches 您"), words inserted
 * into a gap are whole words of at least min_word code points. */
static bend taboo_bend(const prepared *pr, size_t min_word)
{
    bend b = { .starts = pr->starts, .seen = pr->seen, .min_word = min_word, .nin = 1 };
    return b;
}

/* A keyword right after a negation says the opposite: 不理解, 无法为您服务, 没有什么可以帮您.
 * 别 ending a word of the reply's segmentation (starts: word starts, or NULL) is no negation:
 * 特别抱歉, 特别感谢, 特别能理解 say 非常 (§二(二) 2.1), 区别 and 分别 deny nothing. */
static int negation_ends_at(const uint32_t *t, size_t pos, const unsigned char *starts)
{
    static const uint32_t one[] = { 0x4E0D, 0x6CA1, 0x522B, 0x65E0, 0x672A }; /* 不没别无未 */
    static const uint32_t two[][2] = {
        { 0x4E0D, 0x592A }, { 0x4E0D, 0x80FD }, { 0x65E0, 0x6CD5 }, { 0x6CA1, 0x6709 }, /* 不太 不能 无法 没有 */
        { 0x4E0D, 0x4F1A }, { 0x4E0D, 0x7528 }, { 0x4E0D, 0x5FC5 }, { 0x4E0D, 0x8981 }, /* 不会 不用 不必 不要 */
        { 0x6CA1, 0x80FD }, { 0x672A, 0x80FD }, { 0x4E0D, 0x662F }, { 0x6CA1, 0x6CD5 }, /* 没能 未能 不是 没法 */
        { 0x65E0, 0x9700 }, { 0x65E0, 0x987B }, { 0x4E0D, 0x9700 },                     /* 无需 无须 不需 */
    };
    size_t neg = 0;  /* where the negation word starts, +1 (0: none) */
    if (pos >= 1 && !(t[pos - 1] == 0x522B && starts && !starts[pos - 1])) {   /* 别 inside 特别 */
        for (size_t i = 0; i < sizeof one / sizeof one[0] && !neg; i++)
            if (t[pos - 1] == one[i]) neg = pos;
    }
    if (pos >= 2) {
        for (size_t i = 0; i < sizeof two / sizeof two[0] && !neg; i++)
            if (t[pos - 2] == two[i][0] && t[pos - 1] == two[i][1]) neg = pos - 1;
    }
    /* 不需要 / 用不着 / 没必要: the modal after the negation (要, 着, 必要) */
    if (!neg && pos >= 3 && t[pos - 1] == 0x8981 && t[pos - 2] == 0x9700 && t[pos - 3] == 0x4E0D) neg = pos - 2;
    if (!neg && pos >= 3 && t[pos - 1] == 0x7740 && t[pos - 2] == 0x4E0D && t[pos - 3] == 0x7528) neg = pos - 1;
    if (!neg && pos >= 3 && t[pos - 1] == 0x8981 && t[pos - 2] == 0x5FC5 && t[pos - 3] == 0x6CA1) neg = pos - 2;
    if (!neg) return 0;
    size_t k = neg - 1;  /* the 不/没 itself */
    /* a question, not a negation: 能不能, 可不可以, 是不是, 要不要 (A-not-A), 要不您再说一遍 (a suggestion) */
    if (k >= 1 && k + 1 < pos && t[k - 1] == t[k + 1] && (t[k] == 0x4E0D || t[k] == 0x6CA1)) return 0;
    if (k >= 1 && t[k] == 0x4E0D && t[k - 1] == 0x8981 && neg == pos) return 0;
    return 1;
}

/* What may stand between a negation and the word it negates without ending its scope: 再, 又, 还,
 * 也, 都, the manner of saying it again (重复, 重新, 从头) and the caller or the agent as the one spoken to (不用您再重复, 无需再向我们重复, 别再跟我说
 * 一遍): the negation of 您不用再重复了 reaches 重复. The length of such a word ending at pos, or 0. */
static size_t light_before(const uint32_t *t, size_t pos)
{
    if (pos < 1) return 0;
    uint32_t c = t[pos - 1];
    if (c == 0x518D || c == 0x53C8 || c == 0x8FD8 || c == 0x4E5F || c == 0x90FD   /* 再又还也都 */
        || c == NIN || c == NI) return 1;
    /* the manner of saying it again: 不用再重复说一遍, 不必重新讲, 不用从头说 */
    if (pos >= 2) {
        uint32_t a = t[pos - 2];
        if ((a == 0x91CD && (c == 0x590D || c == 0x65B0)) || (a == 0x4ECE && c == 0x5934)) return 2; /* 重复 重新 从头 */
    }
    /* 跟我 向我 给我 对我 和我 为我 (们) */
    size_t at = pos;
    if (c == 0x4EEC) at--;                                   /* 们 */
    if (at >= 2 && t[at - 1] == 0x6211) {                    /* 我 */
        uint32_t v = t[at - 2];
        if (v == 0x8DDF || v == 0x5411 || v == 0x7ED9 || v == 0x5BF9 || v == 0x548C || v == 0x4E3A)
            return pos - (at - 2);
    }
    return 0;
}

/* Is the keyword at pos negated: a negation right before it, or before at most three light words
 * (light_before) right before it? */
static int negated(const uint32_t *t, size_t pos, const unsigned char *starts)
{
    for (int skipped = 0; skipped <= 3; skipped++) {
        if (negation_ends_at(t, pos, starts)) return 1;
        size_t l = light_before(t, pos);
        if (!l) return 0;
        pos -= l;
    }
    return 0;
}

/* How a part was found. */
enum { FOUND_NONE, FOUND_EXACT, FOUND_GAP, FOUND_TYPO, FOUND_FUZZY, FOUND_SHAPE, FOUND_T9, FOUND_SHUANGPIN };

typedef struct {
    int how;
    size_t s, e;          /* span in the reply */
    const cs_pattern *alt;
    size_t typo_at;
    uint32_t meant;
    size_t typo_at2;      /* FOUND_T9 with two characters slipped: the other one (meant2 0: none) */
    uint32_t meant2;
} evidence;

/* 再贱 for 再见, 核屎 for 核实: a part found through a slip whose typed character is vulgar. The examiner reads what
 * was sent: the caller got the vulgar word, not the standard phrase, so the phrase is not given and the slip is
 * charged as 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语) — but the part still stands where the phrase
 * puts it, so the word is not read as an insult aimed at the caller (no call failure for a typing slip; open21). */
static int vulgar_slip(const uint32_t *t, const evidence *e)
{
    static const uint32_t vulgar[] = { 0x5C4E /* 屎 */, 0x5C3F /* 尿 */, 0x5C41 /* 屁 */, 0x8D31 /* 贱 */, 0x9A9A /* 骚 */,
                                       0x5C4C /* 屌 */, 0x903C /* 逼 */, 0x5A4A /* 婊 */, 0x808F /* 肏 */, 0 };
    if (e->how != FOUND_TYPO && e->how != FOUND_FUZZY && e->how != FOUND_SHAPE) return 0;
    for (size_t i = 0; vulgar[i]; i++)
        if (t[e->typo_at] == vulgar[i]) return 1;
    return 0;
}

/* The label a vulgar slip is charged with (vulgar_slip). */
static const char VULGAR_SLIP[] = "不文明用语（谐音粗俗错字）";

static int pattern_has(const cs_pattern *p, uint32_t c)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->el[i] == c) return 1;
    return 0;
}

static size_t han_literals(const cs_pattern *p)
{
    return p->n_han;   /* cs_is_han() of its elements, counted at compile (phrase_bank.c) */
}

/* Is p (bent as b allows) in the reply, not negated? Fills ev. */
/* Could p be here with one homophone (fuzzy: fuzzy-pinyin) slip? Each of its characters must be
 * here, or sound like one that is. 0 only when surely not. */
static int could_slip(const cs_phrase_bank *bank, const cs_pattern *p, const prepared *pr, int fuzzy)
{
    for (size_t i = 0; i < p->n; i++) {
        uint32_t c = p->el[i];
        if (c >= CS_PAT_GAP || seen(pr->seen, c)) continue;
        if (!cs_pinyin_marked(bank->pinyin, c, fuzzy, pr->sounds[fuzzy])) return 0;
    }
    return 1;
}

/* 什么/哪 at word k with 就/都/也 later in its clause is free choice, not a question: 您想办理什么业务
 * 就去营业厅, 什么时候打都可以 (whatever …, then …) ask nothing. */
static int free_choice(const cs_words *w, size_t k)
{
    static const char *const then[] = { "就", "都", "也", NULL };
    for (size_t j = k + 1; j < w->n && w->v[j].clause == w->v[k].clause; j++)
        if (cs_word_in(w->v[j].w, then)) return 1;
    return 0;
}

/* Is code point s inside a question: a clause ending in ？ or a question particle (吗 么 呢), or
 * one asked without a mark — with 请问, an A-not-A verb (需不需要, 有没有) or 是否 anywhere in it, or
 * an interrogative 什么/哪 not under a negation (您需要什么帮助; 如果您没有什么需要帮助的 is no
 * question)? For a part marked `question` (phrase_bank.h): 特殊处理 1 asks 请问您需要帮助吗. */
static int in_question(const prepared *pr, size_t s)
{
    static const char *const asks[] = { "请问", "是否", "需不需要", "要不要", "有没有", "是不是", "用不用", NULL };
    static const char *const which[] = { "什么", "哪些", "哪方面", "哪个", NULL };
    static const char *const neg[] = { "没", "没有", "无", "不", "若", "如果", "要是", NULL };
    const cs_words *w = &pr->words;
    size_t i = 0;
    while (i < w->n && w->v[i].e <= s) i++;
    if (i == w->n) return 0;
    size_t c = w->v[i].clause;
    if (w->question && w->question[c]) return 1;
    size_t first = i;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    int negated_here = 0;
    for (size_t k = first; k < w->n && w->v[k].clause == c; k++) {
        if (cs_word_in(w->v[k].w, asks)) return 1;
        if (cs_word_in(w->v[k].w, neg)) negated_here = 1;
        if (!negated_here && cs_word_in(w->v[k].w, which) && !free_choice(w, k)) return 1;
    }
    return 0;
}

/* 需不需要 / 有没有 / 是不是 before the keyword at pos: an A-not-A question, which asks and does
 * not deny (negated() reads its 不/没 alone). */
static int a_not_a(const uint32_t *t, size_t pos)
{
    return pos >= 2 && (t[pos - 1] == 0x4E0D || t[pos - 1] == 0x6CA1) && t[pos - 2] == t[pos];
}

/* 应该是 / 正确的是 / 我是 with nothing after them but punctuation: a part that introduces its
 * content by a copula (是, 为, 系) and stops there is the template cut short, not the part (贵阳
 * §二(二) 2.14 应该是…… prints the place of the correction; the phrase is said when it is filled). */
static int copula_left_empty(const cs_pattern *p, const prepared *pr, size_t e)
{
    if (p->n == 0) return 0;
    uint32_t last = p->el[p->n - 1];
    if (last != 0x662F && last != 0x4E3A && last != 0x7CFB) return 0;   /* 是 为 系 */
    /* Cantonese 系 is a word of its own: closing 联系 (与您联系。) it is the promise said, no copula
     * (是 and 为 close no keyword but a copula: 应为 is one word and still the template cut short) */
    if (last == 0x7CFB && e >= 1 && e <= pr->n && !pr->starts[e - 1]) return 0;
    for (size_t k = e; k < pr->n; k++)
        if (!cs_is_break(pr->t[k])) return 0;
    return 1;
}

/* ---- handwriting slips ---- */

static int breaks_word(const cs_lexicon *lx, const cs_pattern *p, size_t k, uint32_t typed);
static int typed_word(const cs_lexicon *lx, const cs_pattern *p, size_t k, uint32_t typed);
static size_t slip_index(const cs_pattern *p, size_t at, uint32_t meant);

/* Could p be here with one look-alike slip (lookalike.h)? Each of its characters must be here or
 * look like one that is, and one at least must have a look-alike here. 0 only when surely not. */
static int could_look(const cs_phrase_bank *bank, const cs_pattern *p, const prepared *pr)
{
    int candidate = 0;
    for (size_t i = 0; i < p->n; i++) {
        uint32_t c = p->el[i];
        if (c >= CS_PAT_GAP) continue;
        size_t k;
        const uint32_t *like = cs_lookalike_of(bank->lookalike, c, &k);
        int near = 0;
        for (size_t j = 0; j < k && !near; j++) near = seen(pr->seen, like[j]);
        if (!near && !seen(pr->seen, c)) return 0;
        candidate |= near;
    }
    return candidate;
}

/* Does a forbidden expression of the taboo list, as typed, cover code point at? A look-alike slip
 * must not read a rude word as a phrase's keyword (the part would then protect it from the taboo
 * scan). */
static int taboo_covers(const cs_phrase_bank *bank, const prepared *pr, size_t at)
{
    for (size_t i = 0; i < bank->n_taboo; i++) {
        const cs_pattern *p = &bank->taboo[i].pat;
        bend b = taboo_bend(pr, 1);
        if (unseen(p, pr->seen, &b, 0) > 0) continue;
        size_t from = 0, s, e;
        while (from < pr->n && find_from(p, pr->t, pr->n, from, &s, &e, &b)) {
            if (s <= at && at < e) return 1;
            from = s + 1;
        }
    }
    return 0;
}

/* Is the numeral c at reply position at a number after all: a dictionary word with the character
 * before or after it (四号, 四个, 四川, 第四)? */
static int numeral_in_word(const cs_lexicon *lx, const prepared *pr, size_t at, uint32_t c)
{
    uint32_t w[2];
    if (!lx) return 1;
    if (at > 0 && cs_is_han(pr->t[at - 1])) {
        w[0] = pr->t[at - 1];
        w[1] = c;
        if (cs_lexicon_freq(lx, w, 2) > 0) return 1;
    }
    if (at + 1 < pr->n && (cs_is_han(pr->t[at + 1]) || is_digit(pr->t[at + 1]))) {
        w[0] = c;
        w[1] = is_digit(pr->t[at + 1]) ? numeral_of(pr->t[at + 1]) : pr->t[at + 1];
        if (cs_lexicon_freq(lx, w, 2) > 0) return 1;
    }
    return 0;
}

/* A look-alike swap (handwriting), a fuzzy-pinyin one (胡务 for 服务) or a numeral typed by sound
 * (解四 for 解释) is a slip only when what was written is no word: the keyword's word it breaks is
 * a dictionary word and the written form a far rarer one or none (周未 for 周末, 己经 for 已经:
 * breaks_word; a sound slip may also stand in a keyword that is no dictionary word, 扫等 for 稍等,
 * when the written form is none either: typed_word), the written character does not make a
 * dictionary word with the reply's own segmentation (未必 is a word: no slip of anything; 四号 is a
 * number), and no rude word is read away. */
static int slip_vetted(const cs_phrase_bank *bank, const cs_pattern *p, const prepared *pr, size_t s,
                       const bend *b)
{
    size_t at = b->typo_at, k = slip_index(p, at - s, b->meant);
    uint32_t typed = numeral_typed(pr->t, pr->n, at, 1);
    if (k >= p->n || !typed) return 0;
    if (!breaks_word(bank->lexicon, p, k, typed) && (b->shape || typed_word(bank->lexicon, p, k, typed))) return 0;
    if (typed != pr->t[at] && numeral_in_word(bank->lexicon, pr, at, typed)) return 0;
    size_t ws = at, we = at + 1;
    while (ws > 0 && !pr->starts[ws]) ws--;
    while (we < pr->n && !pr->starts[we]) we++;
    if (we - ws >= 2 && bank->lexicon && cs_lexicon_freq(bank->lexicon, pr->t + ws, we - ws) > 0) return 0;
    return !taboo_covers(bank, pr, at);
}

#define VET_KEYS 2   /* try_alt's vet for the nine-key stage: keys_vetted */

/* A numeral or a measure word after a keyword (一遍, 一下, 两次, 点儿, 些): what the standard's keywords
 * take (重复一遍, 核实一下, 大声点儿), no word of its own. */
static int quantity_after(uint32_t c)
{
    return (c >= '0' && c <= '9') || c == 0x4E24 || c == 0x51E0 || c == 0x70B9 || c == 0x4E9B || c == 0x4E0B
           || c == 0x904D || c == 0x6B21;   /* 两 几 点 些 下 遍 次 */
}

/* Is t[i] the sentence-final 了 (a clause ends after it: 让您久等了！)? It closes the clause, and makes no
 * word with the character before it (久当了 is no 当了 "served as"). */
static int final_le(const prepared *pr, size_t i)
{
    return pr->t[i] == 0x4E86 && (i + 1 >= pr->n || cs_is_break(pr->t[i + 1]));
}

/* One nine-key slip that the reply uses as a word of its own, not as the keyword meant: the typed
 * character makes a dictionary word with the character beside the stretch (说难懂的地方, 说难听一点:
 * 难懂, 难听, no slip for 慢), or the typed stretch is itself a word (重度) followed by a word of content
 * (重度失聪, 重度投诉) rather than by the quantity the keyword takes (再重度一遍 is 重复 typed wrong).
 * Refused: the reply says something else. Helper fix21p. */
static int slip_makes_word(const cs_lexicon *lx, const prepared *pr, size_t s, size_t e, size_t at)
{
    if (!lx) return 0;
    if (at + 1 == e && e < pr->n && cs_is_han(pr->t[e]) && !final_le(pr, e) && cs_lexicon_freq(lx, pr->t + at, 2) > 0)
        return 1;
    if (at == s && s > 0 && cs_is_han(pr->t[s - 1]) && cs_lexicon_freq(lx, pr->t + s - 1, 2) > 0) return 1;
    if (e - s < 2 || cs_lexicon_freq(lx, pr->t + s, e - s) <= 0 || e >= pr->n || !pr->starts[e]) return 0;
    size_t we = e + 1;
    while (we < pr->n && !pr->starts[we]) we++;
    return we - e >= 2 && !quantity_after(pr->t[e]) && cs_lexicon_freq(lx, pr->t + e, we - e) > 0;
}

/* A nine-key slip, or a voice-input homophone word, as the input methods make them (the seen19
 * examiner's desks: 格式 for 核实, 发生 for 大声, 合适 for 核实, 苏通话 for 普通话). The typed word is a
 * candidate the input method offered, so unlike a fuzzy or look-alike slip it is a word; what keeps it
 * from reading a wrong phrase as right: one slipped character the nine-key pair of the meant one (the
 * homophone alone was the pinyin stage's, before); two only side by side, as one word of the reply
 * (typed whole: 格式 / 一下) that is a dictionary word, and at most one of them no homophone; never a
 * rude word read away (taboo_covers), nor one slip that makes a word of the reply's own (slip_makes_word). */
static int keys_vetted(const cs_phrase_bank *bank, const prepared *pr, size_t s, size_t e, const bend *b, int slips)
{
    if (taboo_covers(bank, pr, b->typo_at)) return 0;
    int by_sound = cs_pinyin_homophone(bank->pinyin, pr->t[b->typo_at], b->meant);
    if (slips == 1) return !by_sound && !slip_makes_word(bank->lexicon, pr, s, e, b->typo_at);
    size_t lo = b->typo_at < b->typo_at2 ? b->typo_at : b->typo_at2;
    if (lo + 1 != (b->typo_at < b->typo_at2 ? b->typo_at2 : b->typo_at) || lo + 2 > pr->n) return 0;
    if (!pr->starts[lo] || !pr->starts[lo + 2] || !bank->lexicon || cs_lexicon_freq(bank->lexicon, pr->t + lo, 2) <= 0)
        return 0;
    if (!by_sound && !cs_pinyin_homophone(bank->pinyin, pr->t[b->typo_at2], b->meant2)) return 0;
    return !taboo_covers(bank, pr, b->typo_at2);
}

/* Whether a match with slips substituted characters passes its stage's vetting (vet: 0 none but for
 * a numeral typed, 1 slip_vetted, VET_KEYS keys_vetted). */
static int slip_ok(const cs_phrase_bank *bank, int vet, const cs_pattern *p, const prepared *pr, size_t s,
                   size_t e, const bend *b, int slips)
{
    if (!slips) return 1;
    if (vet == VET_KEYS) return keys_vetted(bank, pr, s, e, b, slips);
    if (!vet && !is_digit(pr->t[b->typo_at])) return 1;
    return slip_vetted(bank, p, pr, s, b);
}

/* vet: a slip must pass slip_vetted (look-alike and fuzzy-pinyin ones) or keys_vetted (VET_KEYS); a
 * numeral typed for a character always must be vetted. */
static int try_alt(const cs_phrase_bank *bank, int vet, const cs_pattern *p, const prepared *pr, bend *b, int how,
                   const cs_part *part, evidence *ev)
{
    size_t from = 0, s, e;
    int budget = b->budget;
    while (find_from(p, pr->t, pr->n, from, &s, &e, b)) {
        int slips = budget - b->budget;
        if ((!negated(pr->t, s, pr->starts) || a_not_a(pr->t, s)) && (!part->question || in_question(pr, s)) &&
            (!part->whole || pr->starts[e]) &&
            !copula_left_empty(p, pr, e) && slip_ok(bank, vet, p, pr, s, e, b, slips)) {
            *ev = (evidence){ .how = how, .s = s, .e = e, .alt = p, .typo_at = b->typo_at, .meant = b->meant,
                              .typo_at2 = b->typo_at2, .meant2 = slips == 2 ? b->meant2 : 0 };
            if (how >= FOUND_TYPO && b->budget == budget) ev->how = FOUND_EXACT;
            return 1;
        }
        from = s + 1;
        b->budget = budget;
    }
    return 0;
}

/* Could alt be found with one slip at most, no more than one of its characters missing from the reply? find_from
 * asks it before it searches (a bend of neither 你 nor 您); asked first here, the slips' looks at sounds and
 * shapes (could_slip, could_look: a call per character) pass most alternatives over without them. */
static int one_slip_away(const cs_pattern *alt, const prepared *pr)
{
    int missing = 0;   /* unseen() of a plain bend, without one: asked per alternative three times a part */
    for (size_t i = 0; i < alt->n; i++)
        if (alt->el[i] < CS_PAT_GAP && !seen(pr->seen, alt->el[i]) && ++missing > 1) return 0;
    return 1;
}

/* The part with one look-alike slip of handwriting input (己经 for 已经), as weak as a homophone one. */
static int find_shape(const cs_phrase_bank *bank, const cs_part *part, const prepared *pr, evidence *ev)
{
    if (!bank->lookalike) return 0;
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *alt = &part->alts.alts[a];
        if (han_literals(alt) < 2 || !one_slip_away(alt, pr) || !could_look(bank, alt, pr)) continue;
        bend b = { .starts = pr->starts, .seen = pr->seen, .shape = bank->lookalike, .min_word = 1, .one_subject = 1, .budget = 1 };
        if (try_alt(bank, 1, alt, pr, &b, FOUND_SHAPE, part, ev)) return 1;
    }
    return 0;
}

static int in_keyword_place(const cs_category *c, const prepared *pr, size_t s, const cs_pattern *alt);
static int in_part_place(const cs_category *c, const cs_part *part, const prepared *pr, size_t s, size_t k);
static int in_clause_place(const cs_category *c, const prepared *pr, size_t s, const cs_pattern *alt);

/* The part with a slip of a phone's nine-key keyboard or a voice-input homophone word (keys_vetted):
 * a keyword of two or more Chinese characters, the weakest evidence of all, and only in the keyword's
 * own place in one of the category's standard wordings (in_keyword_place: 帮您格式一下 where 2.1 says
 * 我帮您核实一下) — 可以 (le yi's keys) or 之前 (zhiqian) said anywhere else are the words they are, no
 * slip for 乐意 or 致歉. Helper phr21. */
static int find_keys(const cs_phrase_bank *bank, const cs_category *c, const cs_part *part, const prepared *pr,
                     evidence *ev)
{
    if (!bank->pinyin || !c) return 0;
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *alt = &part->alts.alts[a];
        if (han_literals(alt) < 2 || han_literals(alt) != alt->n || !could_slip(bank, alt, pr, CS_PINYIN_KEYS)) continue;
        bend b = { .starts = pr->starts, .seen = pr->seen, .py = bank->pinyin, .min_word = 1, .one_subject = 1, .budget = 2, .keys = 1 };
        if (try_alt(bank, VET_KEYS, alt, pr, &b, FOUND_T9, part, ev) &&
            (in_keyword_place(c, pr, ev->s, alt) || in_part_place(c, part, pr, ev->s, ev->e - ev->s)))
            return 1;
        memset(ev, 0, sizeof *ev);
    }
    return 0;
}

/* The part with a slip of a 双拼 keyboard (cs_pinyin_shuangpin_slip: 您会 for 您好, 怎见 for 再见, 久当 for
 * 久等), vetted and placed as a nine-key slip (keys_vetted, in_keyword_place, in_part_place), or the keyword a
 * whole clause where a standard wording has it as one (in_clause_place: 怎见 closing 祝您愉快，怎见). The key
 * beside the meant one types a real syllable, so the input method offers real characters: as weak as a
 * nine-key slip. One character only: a whole other word offered for the slipped keys (高级 for 挂机, gc ji for
 * gx ji) says something else. */
static int find_shuangpin(const cs_phrase_bank *bank, const cs_category *c, const cs_part *part, const prepared *pr,
                          evidence *ev)
{
    if (!bank->pinyin || !c) return 0;
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *alt = &part->alts.alts[a];
        if (han_literals(alt) < 2 || han_literals(alt) != alt->n) continue;
        bend b = { .starts = pr->starts, .seen = pr->seen, .py = bank->pinyin, .min_word = 1, .one_subject = 1, .budget = 1,
                   .keys = KEYS_SHUANGPIN };
        if (try_alt(bank, VET_KEYS, alt, pr, &b, FOUND_SHUANGPIN, part, ev) &&
            (in_keyword_place(c, pr, ev->s, alt) || in_part_place(c, part, pr, ev->s, ev->e - ev->s) ||
             in_clause_place(c, pr, ev->s, alt)))
            return 1;
        memset(ev, 0, sizeof *ev);
    }
    return 0;
}

/* The part as written first; then with one whole word inside it; then with one homophone typo in
 * a keyword of two or more Chinese characters (never for one-character keywords, never two typos);
 * then with one look-alike slip of handwriting input, on the same terms; last with a nine-key slip or a
 * voice-input homophone word in the keyword's own place (find_keys). */
static void find_part(const cs_phrase_bank *bank, const cs_category *c, const cs_part *part, const prepared *pr,
                      evidence *ev)
{
    memset(ev, 0, sizeof *ev);
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *alt = &part->alts.alts[a];
        /* find_from's first test, here: most alternatives start with a character the reply lacks,
         * and are passed over without a call */
        if (alt->el[0] < CS_PAT_GAP && !seen(pr->seen, alt->el[0])) continue;
        bend b = { .starts = pr->starts, .seen = pr->seen, .min_word = 1, .one_subject = 1 };
        if (try_alt(bank, 0, alt, pr, &b, FOUND_EXACT, part, ev)) return;
    }
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *alt = &part->alts.alts[a];
        /* its word variants hold its characters: one look rules them all out */
        bend plain = { 0 };
        if (alt->n_gapped && unseen(alt, pr->seen, &plain, 0) > 0) continue;
        for (size_t g = 0; g < alt->n_gapped; g++) {
            bend b = { .starts = pr->starts, .seen = pr->seen, .min_word = 1, .one_subject = 1 };
            if (try_alt(bank, 0, &alt->gapped[g], pr, &b, FOUND_GAP, part, ev)) { ev->alt = alt; return; }
        }
    }
    /* 给你打电话, 帮你转: a part said to 你, as plain speakers and learners of Chinese address everyone
     * (the label rule: a part in any wording; the courtesy of 您 alone, one character, is still 您
     * only). Found as with a word inside it: with less confidence. Helper fixph15. */
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *alt = &part->alts.alts[a];
        if (han_literals(alt) < 2 || !pattern_has(alt, NIN) || !seen(pr->seen, NI)) continue;
        bend b = { .starts = pr->starts, .seen = pr->seen, .min_word = 1, .one_subject = 1, .ni = 1 };
        if (try_alt(bank, 0, alt, pr, &b, FOUND_GAP, part, ev)) return;
    }
    for (int fuzzy = 0; fuzzy <= 1; fuzzy++) {
        for (size_t a = 0; a < part->alts.n; a++) {
            const cs_pattern *alt = &part->alts.alts[a];
            if (han_literals(alt) < 2 || !one_slip_away(alt, pr) || !could_slip(bank, alt, pr, fuzzy)) continue;
            bend b = { .starts = pr->starts, .seen = pr->seen, .py = bank->pinyin, .min_word = 1, .one_subject = 1, .budget = 1,
                       .fuzzy = fuzzy, .numerals = 1 };
            if (try_alt(bank, fuzzy, alt, pr, &b, fuzzy ? FOUND_FUZZY : FOUND_TYPO, part, ev)) return;
        }
    }
    if (find_shape(bank, part, pr, ev)) return;
    if (find_keys(bank, c, part, pr, ev)) return;
    find_shuangpin(bank, c, part, pr, ev);
}

static int any_present(const cs_pattern_set *set, const prepared *pr, size_t *s, size_t *e)
{
    for (size_t a = 0; a < set->n; a++) {
        const cs_pattern *p = &set->alts[a];
        if (p->el[0] < CS_PAT_GAP && !seen(pr->seen, p->el[0])) continue;   /* as in find_part */
        if (find_exact(p, pr, 0, s, e)) return 1;
    }
    return 0;
}

/* ---- similarity ---- */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Sorted bigram keys of t into b (room for n - 1); *out NULL when n < 2. */
static void make_bigrams(const uint32_t *t, size_t n, uint64_t *b, uint64_t **out, size_t *count)
{
    *out = NULL;
    *count = 0;
    if (n < 2) return;
    for (size_t i = 0; i + 1 < n; i++) b[i] = ((uint64_t)t[i] << 21) | t[i + 1];
    if (n - 1 > 64) {
        qsort(b, n - 1, sizeof *b, cmp_u64);
    } else {
        for (size_t i = 1; i < n - 1; i++) {   /* a spoken reply: insertion sort beats qsort's set-up */
            uint64_t x = b[i];
            size_t j = i;
            for (; j > 0 && b[j - 1] > x; j--) b[j] = b[j - 1];
            b[j] = x;
        }
    }
    *out = b;
    *count = n - 1;
}

static size_t common_sorted(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, c = 0;
    while (i < na && j < nb) {
        /* without branches (the comparisons are unpredictable): equal keys advance both */
        uint64_t x = a[i], y = b[j];
        c += x == y;
        i += x <= y;
        j += y <= x;
    }
    return c;
}

/* Dice coefficient of character bigrams between the reply and a standard wording (whose sorted
 * bigrams the bank computed at load). */
static double dice(const prepared *pr, const cs_phrase *ph)
{
    if (pr->n_bigrams + ph->n_bigrams == 0) return 0.0;
    size_t common = common_sorted(pr->bigrams, pr->n_bigrams, ph->bigrams, ph->n_bigrams);
    return 2.0 * (double)common / (double)(pr->n_bigrams + ph->n_bigrams);
}

/* ---- taboo ---- */

/* Is the hit [s, e) within an exception, a polite context in which the entry is innocent
 * (docs/phrase_bank.md, taboo.txt): 不知道您 around 不知道, or 谢谢您理解 reaching into 理解我们的工作?
 * The exception must overlap the hit, not cover it: a context that shares the hit's words clears
 * it, whichever of the two ends further. It is read as the entry is (taboo_bend: 你 matches 您). */
/* fix15u: 您就是个傻瓜型客户 / 您这是傻瓜版的问法: an insult entry's exception (傻瓜型 a kind of device, 傻瓜版
 * an easy edition) made a kind of the caller — a person or the caller's own asking right after it (的 between
 * allowed), the caller named before it in its clause. The exception's innocent reading is about things
 * (傻瓜型相机, 傻瓜版教程); said of the caller it is the name-calling of 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1. */
static int exception_at_caller(const prepared *pr, size_t xs, size_t xe)
{
    static const char *const kind[] = { "客户", "用户", "顾客", "人", "家伙", "玩家", "买家", "乘客", "患者", "病人", "家长",
                                        "问法", "提问", "想法", "脑子", "脑袋", "思维", "头脑", "思路", "操作员", NULL };
    const cs_words *w = &pr->words;
    /* the word after the exception, past a 的 (the lexicon may glue 的 to the exception's last character: 式的) */
    size_t p = xe < pr->n && pr->t[xe] == 0x7684 ? xe + 1 : xe, next = w->n, first = w->n;
    for (size_t i = 0; i < w->n; i++) {
        if (w->v[i].s <= xs && xs < w->v[i].e) first = i;
        if (w->v[i].s == p) next = i;
    }
    if (first == w->n || next == w->n || w->v[next].clause != w->v[first].clause) return 0;
    /* the kind word whole, or spelled over two words as the lexicon may cut it (问|法) */
    char two[2 * CS_WORD_BYTES + 4];
    snprintf(two, sizeof two, "%s%s", w->v[next].w,
             next + 1 < w->n && w->v[next + 1].clause == w->v[next].clause ? w->v[next + 1].w : "");
    int named = cs_word_in(w->v[next].w, kind);
    for (size_t m = 0; kind[m] && !named; m++) named = strcmp(two, kind[m]) == 0;
    if (!named) return 0;
    for (size_t j = first; j-- > 0 && w->v[j].clause == w->v[first].clause;)
        if (strstr(w->v[j].w, "你") || strstr(w->v[j].w, "您")) return 1;
    return 0;
}

/* taboo17: 闭嘴呼吸吧，少说两句 / 闭嘴嚼你的口香糖去，别来烦我 / 您该去挂个神经病学科看看了，别再来烦我们: an insult
 * entry's exception (a body instruction, a discipline) in a reply that rebuffs the caller — 别来烦, 少说, …也没用,
 * 吞了这口气 (swallow one's anger) — reads as said to the caller, as 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 hears it;
 * 您闭嘴用鼻子吸气，慢慢呼出来 and 我父亲在神经病学科住院 rebuff no one. */
static int reply_rebuffs(const prepared *pr)
{
    static const char *const pester[] = { "烦", "烦我", "烦我们", "烦人", NULL };
    static const char *const before_pester[] = { "来", "别", "别来", "别再", "不要", "少", NULL };
    const cs_words *w = &pr->words;
    for (size_t i = 0; i < w->n; i++) {
        const char *x = w->v[i].w;
        int prev_same = i > 0 && w->v[i - 1].clause == w->v[i].clause;
        if (cs_word_in(x, pester) && prev_same && cs_word_in(w->v[i - 1].w, before_pester)) return 1;
        if (cs_word_in(x, (const char *const[]){ "别烦", "来烦", "别来烦", NULL })) return 1;
        if (strncmp(x, "少说", strlen("少说")) == 0 || strcmp(x, "少废话") == 0) return 1;
        if (cs_word_in(x, (const char *const[]){ "没用", "没有用", NULL }) && prev_same && strcmp(w->v[i - 1].w, "也") == 0) return 1;
        /* 吞了这口气 / 把这口气吞下去 */
        if (strcmp(x, "口气") == 0 && prev_same && strcmp(w->v[i - 1].w, "这") == 0) return 1;
    }
    return 0;
}

static int excepted_at(const cs_taboo_entry *te, const prepared *pr, size_t s, size_t e, size_t *at, size_t *end)
{
    int rebuffed = -1;   /* asked once, only when an exception extends the word (闭嘴|吞, 神经病|学科) */
    for (size_t k = 0; k < te->except.n; k++) {
        const cs_pattern *x = &te->except.alts[k];
        size_t from = 0, xs, xe;
        bend b = taboo_bend(pr, 1);
        while (find_from(x, pr->t, pr->n, from, &xs, &xe, &b) && xs < e) {
            int extends = te->insult && xs == s && xe > e;
            if (extends && rebuffed < 0) rebuffed = reply_rebuffs(pr);
            if (xe > s && !(te->insult && exception_at_caller(pr, xs, xe)) && !(extends && rebuffed == 1)) {
                *at = xs;   /* where the exception lies (read_innocently clears it whole) */
                *end = xe;
                return 1;
            }
            from = xs + 1;
        }
    }
    return 0;
}

/* fix15u: is [s, e) part of an exception of te made a kind of the caller (exception_at_caller)? Then the
 * lexicon's gluing of the exception into one word (傻瓜版) does not hide the insult word inside it. */
static int caller_kind_exception(const cs_taboo_entry *te, const prepared *pr, size_t s, size_t e)
{
    for (size_t k = 0; te->insult && k < te->except.n; k++) {
        size_t from = 0, xs, xe;
        bend b = taboo_bend(pr, 1);
        while (find_from(&te->except.alts[k], pr->t, pr->n, from, &xs, &xe, &b) && xs < e) {
            if (xe > s && exception_at_caller(pr, xs, xe)) return 1;
            from = xs + 1;
        }
    }
    return 0;
}

static int excepted(const cs_taboo_entry *te, const prepared *pr, size_t s, size_t e)
{
    size_t xs, xe;
    return excepted_at(te, pr, s, e, &xs, &xe);
}

/* The word that starts at code point s, or words.n. */
static size_t word_at(const cs_words *w, size_t s)
{
    for (size_t i = 0; i < w->n; i++)
        if (w->v[i].s == s) return i;
    return w->n;
}

/* 侬 (Wu), 恁 (Henan, Shandong) and 妳 are the caller too (贵阳 §二(二)2.20: a desk
 * speaks its own way, and a rude word at 侬 is aimed at the caller as at 你); 阁下 too, in mockery as
 * often as in courtesy (阁下的脑子进水了吗) */
static const char *const SECOND[] = { "你", "您", "你们", "您们", "你丫", "侬", "恁", "妳", "阁下", NULL };

/* Sentence-final particles of regional speech, as desks type them after OpenCC t2s (呼叫服务员职业标准
 * (试行) 三(一)1: a desk speaks Mandarin or the local dialect): Taiwan 喔 欸 诶 捏 咧 啰 齁 吼 耶, 川渝 嗦 噻 哇
 * 嘞, 湘 咯 啵, 粤 㗎 啫 喎 囖. They end an exclamation as 啊 / 吧 do (白目喔你 = 白目啊你, 北七捏你 the
 * caller named by an @aimed insult; 真麻烦欸 a @final refusal closing its clause). */
static const char *const REGIONAL_TAIL[] = { "喔", "欸", "诶", "捏", "咧", "啰", "齁", "吼", "耶", "嗦", "噻", "哇",
                                             "嘞", "咯", "啵", "㗎", "啫", "喎", "囖", NULL };

/* Is c a number (digits or a Chinese numeral: 2, 两, 三, 几, 十) or ends word x in one before a measure? */
static int numeral(uint32_t c)
{
    static const uint32_t han[] = { 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
                                    0x5341, 0x767E, 0x51E0, 0x534A };   /* 一二两三四五六七八九十百几半 */
    if (c >= '0' && c <= '9') return 1;
    for (size_t k = 0; k < sizeof han / sizeof han[0]; k++)
        if (han[k] == c) return 1;
    return 0;
}

/* Does a clause other than c end with a number and a measure word (碗两个 / 盘子3个 / 筷子两双)? Then
 * the reply is a list of counted things (an order read back), and 勺子一个 is an item of it. */
static int counted_elsewhere(const cs_words *w, size_t c)
{
    static const char *const measure[] = { "个", "双", "把", "件", "份", "只", "张", "瓶", "盒", "袋", "箱", "台", "套",
                                           "条", "包", "支", "本", "斤", "杯", "碗", NULL };
    for (size_t k = 0; k < w->n; k++) {
        if (w->v[k].clause == c) continue;
        if (k + 1 < w->n && w->v[k + 1].clause == w->v[k].clause) continue;   /* not the clause's last word */
        const char *x = w->v[k].w;
        size_t len = strlen(x);
        /* the measure as its own word after a number word, or glued to it (两个) */
        const char *last = NULL;
        for (size_t m = 0; measure[m]; m++) {
            size_t ml = strlen(measure[m]);
            if (len >= ml && strcmp(x + len - ml, measure[m]) == 0) { last = x + len - ml; break; }
        }
        if (!last) continue;
        const char *num = last > x ? x : (k > 0 && w->v[k - 1].clause == w->v[k].clause ? w->v[k - 1].w : NULL);
        if (!num) continue;
        /* the last character of num before the measure */
        const char *end = num == x ? last : num + strlen(num);
        const unsigned char *q = (const unsigned char *)end;
        while (q > (const unsigned char *)num && (q[-1] & 0xC0) == 0x80) q--;
        if (q > (const unsigned char *)num) q--;
        uint32_t cp = 0;
        if (q[0] < 0x80) cp = q[0];
        else if ((q[0] & 0xF0) == 0xE0) cp = ((uint32_t)(q[0] & 0x0F) << 12) | ((uint32_t)(q[1] & 0x3F) << 6) | (q[2] & 0x3F);
        if (numeral(cp)) return 1;
    }
    return 0;
}

/* Where an insult's words [i, j] stand in their clause, worked out once for the checks of
 * aimed_at_caller, which all read it: whether the name opens its clause, whether the next word
 * ends it, and whether the name closes it once particles, an afterthought 你 and 一个 are
 * allowed after it. */
typedef struct {
    const cs_words *w;
    size_t i, j;
    int starts_clause, ends_clause, name_closes;
} insult_place;

/* Does the name ending at word j close its clause, allowing what may trail a name said at
 * someone: particles (哑巴啊？), an afterthought 你 (脑残吧你) and 一个 (山炮一个)? */
static int name_closes_clause(const cs_words *w, size_t j)
{
    /* 哑巴啊？/ 疯子吧！: a particle after the name leaves it its own clause (an exclamation or a
     * question at the one on the line, 贵阳 §二(三) 6) */
    static const char *const particle[] = { "啊", "吗", "呀", "吧", "呢", "嘛", "么", "哦", "啦", "呗",
                                            /* 白目喔你 / 傻咯: particles of TW, HK and southern typing */
                                            "喔", "咯", "嘞", "喇", "啰", "噢", "哟", "唷", "咧", NULL };
    size_t p = j + 1;
    /* 脑残吧你 / 神经病啊你: the 你 said after, as an afterthought, names who is meant */
    while (p < w->n && w->v[p].clause == w->v[j].clause &&
           (cs_word_in(w->v[p].w, particle) || cs_word_in(w->v[p].w, REGIONAL_TAIL) ||
            (p > j + 1 && cs_word_in(w->v[p].w, SECOND)))) p++;
    /* 山炮一个，还跟我嘚瑟 / 刁民一个: the name and 一个 (1 个 in the normal form) as a clause of its own;
     * not in a list, where another clause also ends counted (勺子一个，碗两个) */
    if (p == j + 1 && p < w->n && w->v[p].clause == w->v[j].clause && !counted_elsewhere(w, w->v[j].clause)) {
        if (strcmp(w->v[p].w, "一个") == 0) p++;
        else if ((strcmp(w->v[p].w, "一") == 0 || strcmp(w->v[p].w, "1") == 0) && p + 1 < w->n && w->v[p + 1].clause == w->v[j].clause &&
                 strcmp(w->v[p + 1].w, "个") == 0) p += 2;
    }
    return p >= w->n || w->v[p].clause != w->v[j].clause;
}

/* 说话舌头打结是吧: the unsaid caller's speech described, a tag question closing the clause
 * (舌头打结 said of the caller; 老人说话舌头打结 names a patient: the speech word must open the
 * clause). */
static int speech_tagged(const insult_place *at)
{
    const cs_words *w = at->w;
    size_t i = at->i, j = at->j;
    if (at->starts_clause || at->ends_clause) return 0;
    static const char *const speech[] = { "说话", "讲话", "说个话", "讲个话", "一说话", "说起话来", NULL };
    static const char *const tag[] = { "是吧", "对吧", "是不是", "是吗", "对不对", "是不", NULL };
    size_t k = j + 1;
    if (cs_word_in(w->v[k].w, tag)) k++;
    else if (strcmp(w->v[k].w, "是") == 0 && k + 1 < w->n && w->v[k + 1].clause == w->v[j].clause &&
             cs_word_in(w->v[k + 1].w, (const char *const[]){ "吧", "吗", "不是", NULL })) k += 2;
    if (k > j + 1 && (k >= w->n || w->v[k].clause != w->v[j].clause)) {
        size_t f = i;
        while (f > 0 && w->v[f - 1].clause == w->v[i].clause && cs_word_in(w->v[f - 1].w, speech)) f--;
        if (f < i && (f == 0 || w->v[f - 1].clause != w->v[i].clause)) return 1;
    }
    return 0;
}

/* 老头子别瞎嚷嚷了 / 聋子就别打电话了: the name opening its clause before an order, said to the
 * caller's face or as the unsaid caller's subject. */
static int named_then_ordered(const insult_place *at)
{
    const cs_words *w = at->w;
    size_t j = at->j;
    if (!at->starts_clause || at->ends_clause) return 0;
    /* 老头子别瞎嚷嚷了: the name said to the caller's face, before an order */
    static const char *const order[] = { "别", "不要", "少", "给我", "你", "您", "赶紧", "快", "快点", NULL };
    if (cs_word_in(w->v[j + 1].w, order)) return 1;
    /* 聋子就别打电话了 / 结巴还不要抢着说: the name as the unsaid caller's subject of an order */
    static const char *const then[] = { "就", "还", "就不要", "就别", NULL };
    return cs_word_in(w->v[j + 1].w, then) &&
           (cs_word_in(w->v[j + 1].w, order) || strstr(w->v[j + 1].w, "别") || strstr(w->v[j + 1].w, "不要") ||
            (j + 2 < w->n && w->v[j + 2].clause == w->v[j].clause && cs_word_in(w->v[j + 2].w, order)));
}

/* 似的 / 一样 / 一般 at word k: the end of a likening. The normal form spells 一样 with the digit (1样), which the
 * lexicon may cut in two (1 | 样), so 跟个祥林嫂一样 closes like 跟个结巴似的 (open21). */
static int likening_ends(const cs_words *w, size_t k)
{
    static const char *const end[] = { "似的", "一样", "一般", "1样", "1般", NULL };
    if (cs_word_in(w->v[k].w, end)) return 1;
    return cs_word_in(w->v[k].w, (const char *const[]){ "1", "一", NULL }) && k + 1 < w->n &&
           w->v[k + 1].clause == w->v[k].clause && cs_word_in(w->v[k + 1].w, (const char *const[]){ "样", "般", NULL });
}

/* 说话跟个结巴似的 / 像个疯子一样 / 二百五似的，问来问去: the unsaid caller likened to it. */
static int likened_to_it(const insult_place *at)
{
    const cs_words *w = at->w;
    size_t i = at->i, j = at->j;
    /* (no third party named in the clause: 他像个疯子一样 reports another) */
    static const char *const like[] = { "跟", "像", "跟个", "像个", "好像", "就像", NULL };
    static const char *const third[] = { "他", "她", "他们", "她们", "人家", "别人", "对方", NULL };
    size_t l = i;   /* 跟个结巴 / 像一个疯子: the measure word between */
    if (l > 0 && w->v[l - 1].clause == w->v[i].clause && cs_word_in(w->v[l - 1].w, (const char *const[]){ "个", "一个", NULL })) l--;
    if (l > 0 && !at->starts_clause && w->v[l - 1].clause == w->v[i].clause && cs_word_in(w->v[l - 1].w, like) &&
        !at->ends_clause && likening_ends(w, j + 1)) {
        int other = 0;
        for (size_t k = i; k-- > 0 && w->v[k].clause == w->v[i].clause;) other |= cs_word_in(w->v[k].w, third);
        if (!other) return 1;
    }
    /* 二百五似的，问来问去: the caller likened to it, the name opening the clause */
    return at->starts_clause && !at->ends_clause && likening_ends(w, j + 1);
}

/* 一看 / 一听 (一|看, 1|看 in the normal form) opening the clause at word k, 就 after it: a verdict on the one
 * seen or heard, the caller on the line (taboo17; 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). */
static int at_a_glance(const cs_words *w, size_t k)
{
    static const char *const sense[] = { "看", "听", NULL };
    static const char *const one[] = { "一", "1", NULL };
    size_t open = k;
    if (cs_word_in(w->v[k].w, (const char *const[]){ "一看", "一听", NULL })) open = k;
    else if (cs_word_in(w->v[k].w, sense) && k > 0 && w->v[k - 1].clause == w->v[k].clause && cs_word_in(w->v[k - 1].w, one)) open = k - 1;
    else return 0;
    if (open > 0 && w->v[open - 1].clause == w->v[k].clause) return 0;
    return k + 1 < w->n && w->v[k + 1].clause == w->v[k].clause && strncmp(w->v[k + 1].w, "就", 3) == 0;
}

/* Walking back from the name to the start of its clause: 你 reached over only copulas,
 * demonstratives, degree and certainty words (你真的是个奇葩) aims it; so does an exclamation (真是个
 * 大麻烦) or an order with the caller unsaid (别跟我装傻); any other word (请问您还丢了什么东西吗: a
 * verb) does not. */
static int addressed_before(const insult_place *at)
{
    const cs_words *w = at->w;
    size_t i = at->i;
    static const char *const filler[] = {
        "算", "是", "这", "个", "这个", "真", "就", "就是", "算是", "又", "真是", "简直", "纯粹",
        "这种", "这样", "那", "那个", "什么", "算个", "是个", "真是个", "才", "才是", "人", "这人",
        "是不是", "是否", "就是个",
        /* 你真的是个奇葩 / 你根本就是个骗子: an adverb of certainty between */
        "真的", "真的是", "的确", "确实", "实在", "实在是", "根本", "根本就是", "完全", "完全是", "一个", "也", "也是",
        "更", "才更", "还", "可", "可真", "可真是", "可真是个", "真是个",
        /* 你真的很白目 / 你太变态了: a degree word between */
        "很", "太", "超", "非常", "真的很", "好", "特别", "挺",
        /* 你自己又是什么好人: the caller named twice */
        "自己",
        /* 你跟猪一样 / 您像个疯子: the caller likened to it */
        "跟", "像", "和", "跟个", "像个", "好像", "就像", "如同",
        /* 你这只癞蛤蟆 / 你这头倔驴: an animal's measure word between */
        "只", "这只", "条", "这条", "头", "这头", "一只", "一条", "一头", NULL };
    /* 真是个大麻烦: an exclamation about the one the agent is talking to */
    static const char *const exclaim[] = { "真是", "真是个", "是个", "就是个", "真", /* 这位大聪明: the one on the line */ "这位", NULL };
    /* 别跟我装傻 / 少在这儿装疯: an order whose subject is the caller, unsaid */
    static const char *const order_head[] = { "别", "少", "不要", "给我", "别再", "别跟我", "少跟我", "别给我", "少给我", NULL };
    /* 别在这儿当祥林嫂了: the role the caller is told to stop playing is the name (open21); 把 before it
     * (别把我当傻子) stops the walk, so the agent's own name for themselves is not aimed */
    static const char *const order_fill[] = { "跟我", "在这", "在这儿", "在这里", "跟", "我", "再", "当", "在", "这儿", "这里",
                                              NULL };
    /* 你这头倔驴！ names the caller, 您这头猪的保险 / 您这只鹦鹉是在…买的 the caller's animal: an animal's
     * measure word bridges 你 to the name only when the name closes its clause */
    static const char *const measure[] = { "只", "这只", "条", "这条", "头", "这头", "一只", "一条", "一头", NULL };
    int exclaimed = 0, ordered = 0, measured = 0;
    for (size_t k = i; k-- > 0 && w->v[k].clause == w->v[i].clause;) {
        if (cs_word_in(w->v[k].w, SECOND)) return !measured || at->name_closes;
        /* 一看就是个二百五 / 一听就是个骗子: the unsaid caller judged at a glance, opening the clause (taboo17) */
        if (at->name_closes && at_a_glance(w, k)) return 1;
        measured |= cs_word_in(w->v[k].w, measure);
        if (cs_word_in(w->v[k].w, order_head)) { ordered = 1; continue; }
        if (!cs_word_in(w->v[k].w, filler) && !cs_word_in(w->v[k].w, exclaim) && !cs_word_in(w->v[k].w, order_fill))
            return 0;
        exclaimed |= cs_word_in(w->v[k].w, exclaim);
    }
    return exclaimed || ordered;
}

/* 你是不是专门来捣乱的逗比呀 / 你是不是新来的奇葩: the caller asked whether they are the name, a modifier
 * ending in 的 between (你 + 是 / 是不是 … 的 NAME), the name closing a question (helper fixin15). No
 * third party nor the agent in between (你是我们家的…, 你是他的… name another's). */
static int asked_if_one(const insult_place *at, const unsigned char *question)
{
    const cs_words *w = at->w;
    size_t i = at->i;
    if (at->starts_clause || !at->name_closes || !question || !question[w->v[i].clause]) return 0;
    if (strcmp(w->v[i - 1].w, "的") != 0) return 0;
    static const char *const other[] = { "我", "我们", "他", "她", "他们", "她们", "人家", "别人", NULL };
    for (size_t k = i - 1; k-- > 0 && w->v[k].clause == w->v[i].clause;) {
        if (cs_word_in(w->v[k].w, other)) return 0;
        if (cs_word_in(w->v[k].w, (const char *const[]){ "是", "是不是", "就是", NULL }) && k > 0 &&
            w->v[k - 1].clause == w->v[i].clause && cs_word_in(w->v[k - 1].w, SECOND))
            return 1;
    }
    return 0;
}

/* 你算什么东西 / 你这个什么东西 / 什么东西！: the insult is aimed at the caller when a
 * second-person word comes before it with only copulas and demonstratives between, or when it
 * stands as its own clause. 请问您还丢了什么东西吗 has a verb between: not aimed. The checks are
 * asked in this order; each but the last can only say yes. */
static int aimed_at_caller(const prepared *pr, size_t s, size_t e)
{
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s);
    if (i == w->n) return 0;
    size_t j = i;
    while (j < w->n && w->v[j].e < e) j++;
    insult_place at = { .w = w, .i = i, .j = j };
    at.starts_clause = i == 0 || w->v[i - 1].clause != w->v[i].clause;
    at.name_closes = name_closes_clause(w, j);   /* the name ends its clause, particles and 你 allowed */
    at.ends_clause = j + 1 >= w->n || w->v[j + 1].clause != w->v[j].clause;   /* the very next word does */
    if (at.starts_clause && at.name_closes) return 1;
    if (speech_tagged(&at) || named_then_ordered(&at) || likened_to_it(&at)) return 1;
    if (asked_if_one(&at, w->question)) return 1;
    return addressed_before(&at);
}

/* 您千万别做傻事 / 请不要想不开: a prohibition said out of care, before the word, is no insult. */
static int caring(const prepared *pr, size_t s)
{
    static const char *const prohibit[] = { "别", "不要", "千万别", "千万不要", "切勿", "可别", "不能", "别再",
                                            "不用担心", "别担心", "不要担心", "不必担心", "不用怕", "别怕", "担心", "别说",
                                            "不要说", "别骂", "不要骂", "别觉得", "不要觉得", "别怪", "别以为", NULL };
    static const char *const care[] = { "千万", "请", "一定", "千万别", "千万不要", "切勿", "可千万", "务必", NULL };
    /* 您别骂自己蠢 / 不用担心自己问得傻: the caller's own harsh word about themselves, discouraged */
    static const char *const self[] = { "自己", "您自己", "你自己", NULL };
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s);
    int prohibited = 0, own = 0;
    for (size_t k = i; k-- > 0 && k < w->n && w->v[k].clause == w->v[i < w->n ? i : k].clause;) {
        own |= cs_word_in(w->v[k].w, self);
        if (cs_word_in(w->v[k].w, prohibit)) prohibited = 1;
        if (prohibited && (own || cs_word_in(w->v[k].w, care))) return 1;
    }
    return 0;
}

/* (taboo34) 做检查时先别闭嘴 / 含着体温计不要闭嘴说话 / 拍片时先别收声: the order to shut the mouth itself forbidden
 * (别 / 不要 / 先别 right before it) asks the mouth kept open — a doctor's or nurse's instruction, the opposite of
 * 闭嘴 said at the caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). Only the mouth orders (闭嘴 住嘴 住口 收声): 别傻了
 * still judges; not 不 / 还不 / 不能 (你还不闭嘴 / 你就不能闭嘴吗 order it), and the question test of denied() stands. */
static int mouth_order_forbidden(const prepared *pr, size_t s, size_t e, const char *before)
{
    static const uint32_t order[][2] = { { 0x95ED, 0x5634 }, { 0x4F4F, 0x5634 }, { 0x4F4F, 0x53E3 }, { 0x6536, 0x58F0 } };
    static const char *const forbid[] = { "别", "先别", "千万别", "暂时别", "不要", "先不要", "千万不要", "暂时不要", "请勿",
                                          "不需要", "无需", "无须", NULL };
    if (e - s != 2 || !cs_word_in(before, forbid)) return 0;
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
        if (pr->t[s] == order[k][0] && pr->t[s + 1] == order[k][1]) return 1;
    return 0;
}

/* 您不傻 / 您一点都不笨 / 您不用闭嘴，慢慢说: the word denied of the caller, right before it — a
 * reassurance, not an insult (你怎么不去死 is no denial: only these words, and bare 不 only before
 * a one-character word such as 傻 or 笨; in a question the denial is rhetorical: 你这不是傻吗). */
static int denied(const prepared *pr, size_t s, size_t e)
{
    static const char *const deny[] = { "不是", "并不", "并不是", "一点也不", "一点都不", "不用", "不必", "根本不", "也不",
                                        "绝不", "才不", NULL };
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s);
    if (i == 0 || i >= w->n || w->v[i - 1].clause != w->v[i].clause) return 0;
    /* 你这不是傻吗 / 你不是白痴吧？: asked, the denial is rhetorical — the word is meant */
    if (w->question && w->question[w->v[i].clause]) return 0;
    /* fix15u: 您不笨，笨到家了 — the next words say it again or approve it (words.h) */
    if (cs_words_denial_undone(w, i)) return 0;
    /* 你不是傻就是坏 / 不是你笨是什么: an either-or or a rhetorical turn after it means the word */
    static const char *const turn[] = { "就是", "便是", "是什么", "是啥", NULL };
    for (size_t k = i + 1; k < w->n && w->v[k].clause == w->v[i].clause; k++)
        if (cs_word_in(w->v[k].w, turn)) return 0;
    const char *before = w->v[i - 1].w;
    if (cs_word_in(before, deny)) return 1;
    /* 这不是什么蠢问题 (fpprobe): 什么 / 啥 between the denial and the word */
    if ((strcmp(before, "什么") == 0 || strcmp(before, "啥") == 0) && i >= 2 && w->v[i - 2].clause == w->v[i].clause &&
        cs_word_in(w->v[i - 2].w, deny))
        return 1;
    /* 您没那么傻 / 您不是那么笨 / 您可不蠢: the denial with a degree or 可 before the word
     * (a degree word does not turn the denial round; still no question, no either-or, as above) */
    static const char *const degree[] = { "那么", "这么", "太", "很", "多", NULL };
    static const char *const deny_short[] = { "不", "没", "没有", "不是", "并不", "并没有", "一点也不", "一点都不", "也不",
                                              "绝不", "根本不", "并没", NULL };
    if (cs_word_in(before, degree) && i >= 2 && w->v[i - 2].clause == w->v[i].clause &&
        cs_word_in(w->v[i - 2].w, deny_short)) return 1;
    if (strcmp(before, "可不") == 0) return 1;
    if (mouth_order_forbidden(pr, s, e, before)) return 1;
    return e - s == 1 && strcmp(before, "不") == 0;
}

/* taboo32: 颜色随便您挑 / 随便您哪天来 / 随便你选哪种: word i a 你/您 followed in its clause by a verb of choosing or a
 * which: a free choice offered (贵阳 §二(二) 2.1 courtesy), not 随便你怎么想 nor 随便你去投诉. */
static int choice_offered(const cs_words *w, size_t i)
{
    static const char *const choose[] = { "挑", "选", "定", "看", "拿", "坐", "点", "填", "试", "用", "挑选", "选择", "试穿",
                                          "哪天", "哪", "哪个", "哪种", "哪款", "几", "几个", "几份", "什么时候", "啥时候", NULL };
    return i + 1 < w->n && cs_word_in(w->v[i].w, SECOND) && w->v[i + 1].clause == w->v[i].clause &&
           cs_word_in(w->v[i + 1].w, choose);
}

/* Nothing but particles after the hit in its clause (这不可能！), or a 你/您 right after it
 * (随便你怎么想). */
static int ends_clause(const prepared *pr, size_t e)
{
    static const char *const tail[] = { "了", "吧", "啊", "呀", "的", "呢", "嘛", "啦", "哦", NULL };
    const cs_words *w = &pr->words;
    size_t i = 0;
    while (i < w->n && w->v[i].s < e) i++;
    if (i > 0 && w->v[i - 1].e > e) return 0;           /* the hit ends inside a word */
    size_t clause = i > 0 ? w->v[i - 1].clause : 0;
    /* taboo32: 颜色随便您挑 / 随便您哪天来 / 随便你选哪种: a free choice offered, a verb of choosing or a which after
     * the 您 (not 随便你怎么想, 随便你去投诉) */
    if (i < w->n && w->v[i].clause == clause && choice_offered(w, i)) return 0;
    if (i < w->n && w->v[i].clause == clause && cs_word_in(w->v[i].w, SECOND)) return 1;  /* 随便你怎么想 */
    for (; i < w->n && w->v[i].clause == clause; i++)
        if (!cs_word_in(w->v[i].w, tail) && !cs_word_in(w->v[i].w, REGIONAL_TAIL) && !cs_word_in(w->v[i].w, SECOND))
            return 0;
    return 1;
}

static int all_protected(const unsigned char *protect, size_t s, size_t e)
{
    if (!protect || s >= e) return 0;
    for (size_t i = s; i < e; i++)
        if (!protect[i]) return 0;
    return 1;
}

/* A taboo pattern counts as whole words only: 傻事 holds no 傻, 滚动 no 滚, 万分 no 万, 有病床
 * no 有病. A pattern of two or more characters may end inside a dictionary word when only
 * particles follow (去死 in 去死吧); a Latin one is matched inside the run (spaces are gone:
 * "youidiot"). */
static int at_word_edges(const prepared *pr, size_t s, size_t e)
{
    if (pr->t[s] < 0x80) return 1;
    if (!pr->starts[s]) return 0;
    if (e >= pr->n || pr->starts[e]) return 1;
    if (e - s < 2) return 0;
    /* 去死吧 is one dictionary word: what follows the hit inside it may only be particles */
    static const uint32_t particles[] = { 0x5427, 0x4E86, 0x554A, 0x5440, 0x7684, 0x5417, 0x5462 }; /* 吧了啊呀的吗呢 */
    for (size_t i = e; i < pr->n && !pr->starts[i]; i++) {
        int particle = 0;
        for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++) particle |= pr->t[i] == particles[k];
        if (!particle) return 0;
    }
    return 1;
}

/* The word holding code point s, or words.n. */
static size_t word_holding(const cs_words *w, size_t s)
{
    for (size_t i = 0; i < w->n; i++)
        if (w->v[i].s <= s && s < w->v[i].e) return i;
    return w->n;
}

/* A curse or an order to get out (他妈, 操, 靠, 滚 …): swearing whoever it names, so neither its
 * target nor its subject excuses it. */
static int curse_word(const prepared *pr, size_t s, size_t e)
{
    static const uint32_t curse[] = { 0x5988, 0x5A18, 0x64CD, 0x9760, 0x8349, 0x5C41, 0x903C, 0x6EDA, 0x8084 }; /* 妈娘操靠草屁逼滚肏 */
    for (size_t i = s; i < e; i++)
        for (size_t k = 0; k < sizeof curse / sizeof curse[0]; k++)
            if (pr->t[i] == curse[k]) return 1;
    return 0;
}

/* Is c one of the code points of set (a U"…" literal)? */
static int code_in(uint32_t c, const uint_least32_t *set)
{
    for (; *set; set++)
        if (c == *set) return 1;
    return 0;
}

/* fix33c: 没人会逼您马上决定 / 逼您做决定是我们不对 / 逼着您 — 逼 alone with a person as its object (您, 你, 他, 她,
 * 人, 大家, 侬) or 着 / 得 after it is the verb 'to force', said of the caller's choice, no curse; 傻逼 / 你个逼 /
 * 装什么逼 end on it (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1: an insult is a word said AT the caller). */
static int force_verb(const prepared *pr, size_t s, size_t e)
{
    static const uint_least32_t after[] = U"您你他她人侬着得";
    static const uint_least32_t before[] = U"傻二牛装苦屌骚贱臭";
    if (e != s + 1 || pr->t[s] != U'逼' || e >= pr->n) return 0;
    if (s > 0 && code_in(pr->t[s - 1], before)) return 0;   /* 傻逼, 装逼, 苦逼你…: the curse's compounds (final33b #5) */
    if (pr->t[e] == U'得' && e + 1 < pr->n && pr->t[e + 1] == U'很') return 0;   /* 逼得很: said of a person */
    if (pr->t[e] == U'大') return e + 1 < pr->n && pr->t[e + 1] == U'家';   /* 大家 */
    return code_in(pr->t[e], after);
}

/* A word for a dull mind or a fault (傻, 蠢, 笨, 呆, 有毛病, 废物), which a machine can have too:
 * not 活该 (丢手机活该 is said of the caller however a thing comes before). */
static int fault_word(const prepared *pr, size_t s, size_t e)
{
    static const uint32_t fault[] = { 0x50BB, 0x8822, 0x7B28, 0x5446, 0x75C5, 0x5E9F }; /* 傻蠢笨呆病废 */
    for (size_t i = s; i < e; i++)
        for (size_t k = 0; k < sizeof fault / sizeof fault[0]; k++)
            if (pr->t[i] == fault[k]) return 1;
    return 0;
}

/* 我这话是废话 / 我刚才说了句废话: the agent judging their own words, a self-correction that
 * blames no one (国家职业技能标准 3.1 forbids 禁忌语 at the caller). The agent (我/我们) is the
 * subject earlier in the clause and no 你/您 stands between; 你说的是废话 keeps counting. */
static int self_judged(const prepared *pr, size_t wi)
{
    static const char *const me[] = { "我", "我们", "我的", "我这", "我刚才", "我自己", "本人", NULL };
    static const char *const you[] = { "你", "您", "你们", "您们", "你的", "您的", NULL };
    const cs_words *w = &pr->words;
    if (wi >= w->n) return 0;
    for (size_t k = wi; k-- > 0 && w->v[k].clause == w->v[wi].clause;) {
        if (cs_word_in(w->v[k].w, you)) return 0;
        if (cs_word_in(w->v[k].w, me)) return 1;
    }
    return 0;
}

/* 您一点也不啰嗦 / 您说的根本不是废话: the judging word denied with emphasis right before it, a
 * reassurance (国家职业技能标准 3.1 forbids the 禁忌语, not its denial; helper fix13b). Not a bare 不
 * (你能不能不啰嗦 orders), not in a question (你就不能一点也不啰嗦吗). */
static int judgement_denied(const prepared *pr, size_t wi)
{
    /* (the words are normalised: 一点 reads 1点) */
    static const char *const emphatic[] = { "1点也不", "1点都不", "1点儿也不", "1点儿都不", "一点也不", "一点都不", "根本不",
                                            "完全不", "丝毫不", "并不", "从不", "从来不", "根本不是", "并不是", "绝对不是",
                                            "1点也不是", NULL };
    const cs_words *w = &pr->words;
    if (wi >= w->n || (w->question && w->question[w->v[wi].clause])) return 0;
    char text[96];
    size_t len = sizeof text - 1;
    text[len] = '\0';
    /* the words just before it, spelled backwards into the end of text */
    for (size_t k = wi; k-- > 0 && w->v[k].clause == w->v[wi].clause && k + 4 >= wi;) {
        size_t n = strlen(w->v[k].w);
        if (n > len) break;
        len -= n;
        memcpy(text + len, w->v[k].w, n);
    }
    const char *before = text + len;
    size_t bl = strlen(before);
    for (size_t m = 0; emphatic[m]; m++) {
        size_t el = strlen(emphatic[m]);
        if (bl >= el && strcmp(before + bl - el, emphatic[m]) == 0) return 1;
    }
    return 0;
}

/* 找 / 问 / 打 / 请 opening a 推诿 entry (找领导, 问别的部门, 打别的电话): an act someone can do for
 * the caller, unlike 管不了 or 我不管, so the agent doing it is an offer (words.h). */
static int seeking_verb(uint32_t c)
{
    return c == 0x627E || c == 0x95EE || c == 0x6253 || c == 0x8BF7;   /* 找问打请 */
}

/* 您等着，我帮您查一下: the wait asked for with the help that fills it, in the same clause or the
 * next, is a hold (贵阳 T-GSOCCIA §二(一) 1.2 请您稍等，我帮您查询), not the threat of 你等着 said
 * alone, nor the brush-off of 你等着吧 (an offer three clauses on does not tie back to the wait). */
static int help_at_once(const cs_words *w, size_t wi)
{
    if (wi >= w->n) return 0;
    cs_words near = *w;   /* the same words, cut after the next clause: cs_words_help_after reads v and n */
    while (near.n > wi && near.v[near.n - 1].clause > w->v[wi].clause + 1) near.n--;
    return cs_words_help_after(&near, wi);
}

/* 我们研究研究，三个工作日内给您答复 / 有结果第一时间通知您 / 是您的自由，我把区别跟您讲清楚: an answer
 * promised to the caller, or the matter explained to them, after a 推诿 word (推诿 leaves the caller with nothing;
 * 呼叫服务员职业标准(试行) 五级 三(三)3 asks to 正确转接电话，寻求支持服务). The promise names the caller (给您答复, 通知您, 跟您讲清楚);
 * 有结果再说 names nobody and does not count. */
static int answer_after(const cs_words *w, size_t wi, size_t e)
{
    static const char *const answer[] = { "答复", "回复", "通知", "结果", "反馈", "讲清楚", "说清楚", "解释", "解释清楚",
                                          "讲解", "介绍", NULL };
    static const char *const you[] = { "您", "你", "给您", "给你", "跟您", "跟你", "向您", "向你", "为您", "和您", NULL };
    /* 你回去等通知 sends the caller off to wait: nothing promised */
    static const char *const refuse[] = { "等", "等着", "回去等", "再等", NULL };
    /* 不方便跟您解释 / 没法给您答复 / 无从回复: a word opening with a negation refuses */
    static const char *const neg[] = { "不", "没", "别", "无", "未", NULL };
    for (size_t k = wi + 1; k < w->n; k++) {
        /* after the hit: 不方便*解释 holds its own 解释 */
        if (w->v[k].s < e || !cs_word_in(w->v[k].w, answer)) continue;
        int named = k + 1 < w->n && w->v[k + 1].clause == w->v[k].clause && cs_word_in(w->v[k + 1].w, you);
        int refused = 0;
        for (size_t j = k; j-- > wi + 1 && w->v[j].clause == w->v[k].clause;) {
            named |= cs_word_in(w->v[j].w, you);
            refused |= cs_word_in(w->v[j].w, refuse);
            for (size_t m = 0; neg[m]; m++) refused |= strncmp(w->v[j].w, neg[m], strlen(neg[m])) == 0;
        }
        if (named && !refused) return 1;
    }
    return 0;
}

/* Does word w end in a place the caller can go to (营业厅, 服务中心, 派出所, 办公室, 窗口)? */
static int place_word(const char *w)
{
    static const char *const tail[] = { "厅", "处", "中心", "所", "局", "站", "点", "窗口", "柜台", "室", "办", NULL };
    size_t n = strlen(w);
    for (size_t k = 0; tail[k]; k++) {
        size_t m = strlen(tail[k]);
        if (n > m && strcmp(w + n - m, tail[k]) == 0) return 1;
    }
    return 0;
}

/* 这事我说了不算，您可以到营业厅申请 / 需要本人带身份证到营业厅 / 我一步步教您: after a 推诿 word, the
 * way on — where to go and that it can be done there (贵阳 T-GSOCCIA §二(二) 2.7(2) 请您通过其他方式),
 * or the agent walking the caller through it — is the help 国家职业技能标准 3.1 asks for. The way
 * needs a modal of can or must (可以, 需要, 请) before 到/去 and a place or an act of applying after;
 * 你自己去 and 不需要 are no way on. */
static int way_on_after(const cs_words *w, size_t wi)
{
    static const char *const walk[] = { "教您", "教你", "带您", "带你", "一步步", "一步一步", "手把手", NULL };
    static const char *const modal[] = { "可以", "也可以", "需要", "需", "须", "请", "请您", "麻烦您", "可",
                                         /* 得去车管所申请 (děi, must) */
                                         "得", "要", "就得", "还得", "只要", NULL };
    static const char *const go[] = { "到", "去", "前往", "来", NULL };
    static const char *const act[] = { "申请", "办理", "提交", "申领", "补办", "办", NULL };
    static const char *const alone[] = { "自己", "您自己", "你自己", "自行", "不", "不用", "不需要", "不会", "不能", "没", "没法", "别", NULL };
    for (size_t k = wi + 1; k < w->n; k++) {
        /* 教您操作 / 带 您 去: jieba may glue the object on or cut it off; 一步步 may be cut 一/步步 */
        int you_next = k + 1 < w->n && cs_word_in(w->v[k + 1].w, (const char *const[]){ "您", "你", NULL });
        int teach = (strncmp(w->v[k].w, "教", 3) == 0 || strncmp(w->v[k].w, "带", 3) == 0) &&
                    (strstr(w->v[k].w, "您") || strstr(w->v[k].w, "你") || you_next) &&
                    !strstr(w->v[k].w, "不") && !strstr(w->v[k].w, "没") && !(k > wi + 1 && cs_word_in(w->v[k - 1].w, alone));
        if (cs_word_in(w->v[k].w, walk) || teach || strstr(w->v[k].w, "步步")) return 1;
        if (!cs_word_in(w->v[k].w, modal) || (k > wi + 1 && cs_word_in(w->v[k - 1].w, alone))) continue;
        size_t c = w->v[k].clause, to = 0;
        int refused = 0;
        for (size_t j = k + 1; j < w->n && w->v[j].clause == c && !refused; j++) {
            refused = cs_word_in(w->v[j].w, alone);
            if (!to && cs_word_in(w->v[j].w, go)) to = j;
            else if (to && !refused && (place_word(w->v[j].w) || cs_word_in(w->v[j].w, act))) return 1;
        }
    }
    return 0;
}

/* 我们也有规定，不过可以给您免一次手续费 / 规定是这样，但是我可以帮您申请减免: after a 推诿 word, a
 * turn (不过, 但是 …) to what can be done for the caller — the rule told with the caller's way through
 * it, the help 国家职业技能标准 3.1 asks for (贵阳 T-GSOCCIA §二(二) 2.7(2) 请您通过其他方式), not a
 * rule held up as the excuse. The turn needs can (可以, 能) and the agent acting for the caller (给您,
 * 为您, 帮您 …) in its clause; 不过你可以去投诉 sends the caller away and is no favour. */
static int favour_after(const cs_words *w, size_t wi)
{
    static const char *const turn[] = { "不过", "但是", "但", "可是", "只是", "然而", "不过呢", "但是呢", NULL };
    static const char *const can[] = { "可以", "能", "能够", "也可以", "还可以", "会", "愿意", NULL };
    static const char *const for_you[] = { "给您", "为您", "帮您", "替您", "给你", "为你", "帮你", "替你", NULL };
    static const char *const you[] = { "您", "你", NULL };
    static const char *const by[] = { "给", "为", "帮", "替", NULL };
    for (size_t k = wi + 1; k < w->n; k++) {
        if (!cs_word_in(w->v[k].w, turn)) continue;
        size_t c = w->v[k].clause;
        int modal = 0;
        for (size_t j = k + 1; j < w->n && w->v[j].clause == c; j++) {
            if (cs_word_in(w->v[j].w, can)) modal = 1;
            int acting = cs_word_in(w->v[j].w, for_you) ||
                         (cs_word_in(w->v[j].w, by) && j + 1 < w->n && cs_word_in(w->v[j + 1].w, you));
            if (modal && acting) return 1;
        }
    }
    return 0;
}

/* 您妈的退休证 / 您妈的老年卡: 妈的 after 您 with a thing of hers following in the clause is the
 * possessive, not the curse (nobody curses with the respectful 您; 您妈的，… ending there stays one).
 * The curse entries list a few such things as exceptions; this is the class (贵阳 T-GSOCCIA 001—2020
 * §二(二) 2.1 is about words at the caller). 你妈的 is left to those exceptions. */
/* 你妈的退休金 / 你妈的医保卡: with the casual 你 the curse is the common reading, so only a thing a
 * desk handles for her (money, cards, accounts, phone, papers) makes it the possessive. */
static int kin_thing(const char *t)
{
    static const char *const thing[] = { "退休金", "养老金", "退休", "医保", "社保", "账户", "帐户", "账号", "帐号", "手机",
                                         "电话", "号码", "银行卡", "身份证", "证件", "户口", "工资", "存款", "保单", "订单",
                                         "快递", "包裹", "病历", "预约", "名字", "地址", "房子", "补贴", NULL };
    for (size_t m = 0; thing[m]; m++)
        if (strncmp(t, thing[m], strlen(thing[m])) == 0) return 1;
    return 0;
}

static int kin_possessive(const cs_words *w, size_t wi)
{
    static const char *const kin[] = { "妈", "妈妈", "爸", "爸爸", "娘", "爹", "老妈", "老爸", NULL };
    static const char *const not_thing[] = { "什么", "啥", "怎么", "还", "就", "又", "都", "也", "真", "太", "是", NULL };
    /* fix15t: 这个号码是我妈的 / 跟我妈的一样老: the agent's own mother's, whatever follows — the curse is
     * never glued to 我 (我操你妈的 names 你) */
    static const char *const mine[] = { "我", "咱", "我们", "咱们", NULL };
    for (size_t m = wi > 0 ? wi - 1 : 0; m <= wi + 1 && m + 1 < w->n; m++)
        if (m > 0 && cs_word_in(w->v[m].w, kin) && cs_word_in(w->v[m - 1].w, mine) &&
            w->v[m - 1].clause == w->v[m].clause && strcmp(w->v[m + 1].w, "的") == 0)
            return 1;
    for (size_t m = wi > 0 ? wi - 1 : 0; m <= wi + 1 && m + 2 < w->n; m++) {
        if (!cs_word_in(w->v[m].w, kin) || m == 0) continue;
        int polite = strcmp(w->v[m - 1].w, "您") == 0;
        if (!polite && strcmp(w->v[m - 1].w, "你") != 0) continue;
        if (strcmp(w->v[m + 1].w, "的") != 0) continue;
        const cs_word *t = &w->v[m + 2];
        if (t->clause != w->v[m].clause) continue;
        if (polite ? strlen(t->w) >= 6 && !cs_word_in(t->w, not_thing) : kin_thing(t->w)) return 1;
    }
    return 0;
}

/* The hit (word wi, ending at code point e) named as a word: 两个字 / 这个词 / 这种字眼 right after it,
 * and no 你/您 in the rest of its clause (蠢货两个字就是说你的 says it of the caller). */
static int word_mentioned(const cs_words *w, size_t wi, size_t e)
{
    static const char *const as_word[] = { "两个字", "三个字", "四个字", "几个字", "这个词", "这种词", "这个字", "这个字眼",
                                           "这种字眼", "这几个字", "这样的词", "这种话", "这样的字眼", "这两个字",
                                           "这三个字", "这个称呼", "这种称呼", NULL };
    size_t k = wi;
    while (k < w->n && w->v[k].e <= e) k++;   /* the word after the hit */
    if (k >= w->n || w->v[k].clause != w->v[wi].clause) return 0;
    char two[3 * CS_WORD_BYTES + 8] = "";
    snprintf(two, sizeof two, "%s%s%s", w->v[k].w, k + 1 < w->n ? w->v[k + 1].w : "", k + 2 < w->n ? w->v[k + 2].w : "");
    int named = 0;
    for (size_t m = 0; as_word[m] && !named; m++) named = strncmp(two, as_word[m], strlen(as_word[m])) == 0;
    if (!named) return 0;
    for (size_t j = k; j < w->n && w->v[j].clause == w->v[wi].clause; j++)
        if (strstr(w->v[j].w, "你") || strstr(w->v[j].w, "您")) return 0;
    return 1;
}

/* fix17t: 嗯嗯，非常抱歉，我没听清您的讲话… — one 嗯嗯 opening the reply as its own clause, before a whole
 * courteous sentence (您 and 请 / 抱歉 / 麻烦 / 谢谢 …) with no other hesitation: the 应和 of 呼叫服务员职业标准
 * (试行) 三(二)2 slipping in once, as filler17 reads one filler (tone_filler.h), not the 口头禅 of 3.1. Not
 * 嗯嗯，好的 / 嗯嗯，知道了 (the backchannel is the whole answer), nor 嗯嗯 inside the reply. */
static int backchannel_before_courtesy(const prepared *pr, size_t s, size_t e)
{
    static const char *const courtesy[] = { "请", "请您", "抱歉", "对不起", "麻烦", "麻烦您", "谢谢", "感谢", "感谢您",
                                            "谢谢您", "不好意思", NULL };
    const cs_words *w = &pr->words;
    if (e - s != 2 || pr->t[s] != 0x55EF || pr->t[s + 1] != 0x55EF || w->n < 4) return 0;   /* 嗯嗯 */
    /* the first clause is the 嗯嗯 and nothing else (the lexicon may cut it 嗯|嗯) */
    size_t rest = 0;
    while (rest < w->n && w->v[rest].clause == w->v[0].clause) rest++;
    if (word_holding(w, s) != 0 || w->v[0].s != s || rest >= w->n || w->v[rest - 1].e != e) return 0;
    int you = 0, polite = 0;
    for (size_t i = rest; i < w->n; i++) {
        if (strstr(w->v[i].w, "嗯")) return 0;
        you |= strstr(w->v[i].w, "您") != NULL;
        polite |= cs_word_in(w->v[i].w, courtesy) || strstr(w->v[i].w, "抱歉") != NULL;
    }
    return you && polite && cs_words_fillers(w, NULL).kind != CS_FILLER_HABIT;
}

/* taboo32: 这是防疫规定 / 这是民航安全规定: the rule a taboo entry cites (这是规定) named, inside the hit, by the public
 * good it serves — the reason told (贵阳 T-GSOCCIA 001—2020 §二(二) 2.9), not a bare 这是规定 (打官腔). Does a word
 * of [s, e) name such a good? */
static int rule_of_purpose(const prepared *pr, size_t s, size_t e)
{
    static const char *const good[] = { "防疫", "检疫", "疫情", "安全", "消防", "卫生", "环保", "法律", "法规", "民航", "边防",
                                         "出入境", "食品安全", "交通安全", NULL };
    const cs_words *w = &pr->words;
    for (size_t i = word_holding(w, s); i < w->n && w->v[i].s < e; i++)
        if (cs_word_in(w->v[i].w, good)) return 1;
    return 0;
}

static int hit_counts(const cs_taboo_entry *te, const prepared *pr, const unsigned char *protect, size_t s, size_t e)
{
    if (!te->insult && strstr(te->pat.text, "规定") && rule_of_purpose(pr, s, e)) return 0;
    if ((!at_word_edges(pr, s, e) && !caller_kind_exception(te, pr, s, e)) || excepted(te, pr, s, e) ||
        all_protected(protect, s, e))
        return 0;
    if (!te->insult && backchannel_before_courtesy(pr, s, e)) return 0;
    /* the agent repeating what a third party said to the caller (他说您是…), and 推诿 words
     * followed by a transfer or help offer (words.h) */
    size_t wi = word_holding(&pr->words, s);
    if (cs_words_reported(&pr->words, wi)) return 0;
    if (te->shift && (cs_words_help_after(&pr->words, wi) || answer_after(&pr->words, wi, e))) return 0;
    if (te->shift && way_on_after(&pr->words, wi)) return 0;
    if (te->shift && favour_after(&pr->words, wi)) return 0;
    if (te->insult && kin_possessive(&pr->words, wi)) return 0;
    /* fix15t: 您再拨一次试试 (a retry asked, not a dare) and 白痴级的错误是我犯的 (the agent's own blunder): words.h */
    if (te->insult && strstr(te->pat.text, "再") && strstr(te->pat.text, "试试") && cs_words_retry_asked(&pr->words, wi))
        return 0;
    if (te->insult && cs_words_blunder_owned(&pr->words, wi)) return 0;
    /* fix15t: 医生之前已经说过这个药饭后吃 — words said before by a third party, reported (words.h) */
    if (!te->insult && strstr(te->pat.text, "说过") && cs_words_third_party_said(&pr->words, wi)) return 0;
    if (te->shift && seeking_verb(pr->t[s]) && cs_words_agent_seeks(&pr->words, wi)) return 0;
    if (te->hold && (help_at_once(&pr->words, wi) || cs_words_gain_after(&pr->words, wi))) return 0;
    if (te->aimed && !aimed_at_caller(pr, s, e)) return 0;
    if (te->final && !ends_clause(pr, e)) return 0;
    if (te->judge && (self_judged(pr, wi) || judgement_denied(pr, wi))) return 0;
    if (te->warm && cs_words_warm_regular(&pr->words, wi)) return 0;   /* 又是您呀张阿姨 (words.h) */
    if (te->care && cs_words_sympathy(&pr->words)) return 0;   /* 哎呀妈呀，让您等了老半天，实在对不住 (words.h) */
    if (te->insult && !te->aimed && caring(pr, s)) return 0;
    if (te->insult && denied(pr, s, e)) return 0;
    /* fpprobe: 没人说您是故意的，逾期是因为… (the fault denied, its cause given), 实操部分 (操 a syllable
     * of a word the lexicon lacks), 大件废物统一清运 (waste named as waste): words.h */
    if (!curse_word(pr, s, e) && cs_words_fault_denied(&pr->words, wi)) return 0;
    if (te->insult && e - s == 1 && (pr->t[s] == 0x64CD || pr->t[s] == 0x8084) && cs_words_glued_syllable(&pr->words, wi))
        return 0;
    if (te->insult && cs_words_waste_named(&pr->words, wi)) return 0;
    /* taboo17: 那几只羊滚到沟里了 (a beast rolling, words.h) */
    if (te->insult && cs_words_thing_rolls(&pr->words, wi)) return 0;
    /* insult33: 林子里有傻狍子 / 把刀片往外滚一下 / 这雪下得跟疯了似的 — a beast, a thing rolled, the weather
     * likened: the word's target is no caller (tone_insult33.h) */
    if (te->insult && cs_insult33_thing_rolled(&pr->words, wi)) return 0;
    if (te->insult && force_verb(pr, s, e)) return 0;   /* fix33c: 逼您做决定 (to force) */
    if (te->insult && !curse_word(pr, s, e) &&
        (cs_insult33_word_of_thing(&pr->words, wi, word_holding(&pr->words, e - 1)) || cs_insult33_thing_likened(&pr->words, wi)))
        return 0;
    /* 您可以叫他闭嘴 / 让对方滚: an order passed on to someone else, not said to the caller */
    if (te->insult && wi >= 2 && wi < pr->words.n && pr->words.v[wi - 2].clause == pr->words.v[wi].clause) {
        static const char *const tell[] = { "叫", "让", "要", "请", NULL };
        static const char *const them[] = { "他", "她", "他们", "她们", "对方", "那人", "那个人", "邻居", NULL };
        if (cs_word_in(pr->words.v[wi - 2].w, tell) && cs_word_in(pr->words.v[wi - 1].w, them)) return 0;
    }
    /* 我没有说您笨的意思: the word taken back (words.h) */
    if (te->insult && (cs_words_denied_speech(&pr->words, wi) || cs_words_self_talk_forbidden(&pr->words, wi))) return 0;
    /* 蠢货两个字我不会说的 / 傻子这个词我们不用: the word mentioned, not said to anyone (helper fixp11) */
    if (te->insult && word_mentioned(&pr->words, wi, e)) return 0;
    /* insult34: 您说的是个板马吗？ — the caller's own word asked back, said at no one (tone_insult34.h) */
    if (te->insult && cs_insult34_caller_word_asked(&pr->words, wi)) return 0;
    /* fix36a: 有毛病的卡我们免费换 / 您说的那头傻大个公牛 — a thing described through 的, the caller's own name for a
     * thing taken up: no caller is the target (tone_fix36a.h) */
    if (te->insult && !curse_word(pr, s, e) &&
        (cs_fix36a_thing_described(&pr->words, wi, word_holding(&pr->words, e - 1)) || cs_fix36a_callers_name_for(&pr->words, wi)))
        return 0;
    /* insult34: 我真系蠢，… / 我宝里宝气的，… — the agent's own blunder owned, no caller judged (tone_insult34.h) */
    if (te->insult && cs_insult34_self_dull(&pr->words, wi, word_holding(&pr->words, e - 1))) return 0;
    /* insult34: 孩子的耳朵聋了多久了？ — a family member's sense asked after (tone_insult34.h) */
    if (te->insult && strstr(te->pat.text, "聋") && cs_insult34_kin_sense(&pr->words, wi)) return 0;
    /* 您说的老不死是那个耐旱的多肉吧: the caller's own word taken up (words.h; helper fixin15) */
    if (te->insult && cs_words_callers_word(&pr->words, wi)) return 0;
    /* fix32a: 您说自己是个废物 — the caller's judgement of themself said back (words.h) */
    if (te->insult && cs_words_self_said(&pr->words, wi)) return 0;
    /* 我们绝不是说您无理取闹 / 我没说您啰嗦: a 禁忌语 judging the caller, taken back the same way
     * (not in a question: 我不是说您无理取闹吗 means it; helper fixp11) */
    if (!te->insult && !te->shift && wi < pr->words.n && !(pr->words.question && pr->words.question[pr->words.v[wi].clause]) &&
        cs_words_denied_speech(&pr->words, wi))
        return 0;
    /* 我们这个系统太蠢了, 您的车有毛病: a word of the mind or of a fault said of a thing; 是我太笨了,
     * 您骂我笨: said of the agent. Never for a curse (我真他妈…: swearing on the line) */
    if (te->insult && !curse_word(pr, s, e) &&
        ((fault_word(pr, s, e) && cs_words_said_of_thing(&pr->words, wi)) || cs_words_said_of_self(&pr->words, wi)))
        return 0;
    /* 我这记性，跟个棒槌似的: a likening of the agent's own (words.h) */
    if (te->insult && !curse_word(pr, s, e) && cs_words_agent_own(&pr->words, wi)) return 0;
    /* fix34a: 那台取票机有点笨 / “勺子”在新疆话里是说人傻 / 您别自己爬梯子 — a machine called dull, a word explained,
     * a ladder climbed: no caller is the target (tone_fix34a.h) */
    if (te->insult && !curse_word(pr, s, e) &&
        (cs_fix34a_dull_at_thing(&pr->words, wi) || cs_fix34a_word_explained(&pr->words, wi) || cs_fix34a_climbs(&pr->words, wi)))
        return 0;
    return 1;
}

static int pattern_hit(const cs_taboo_entry *te, const cs_pattern *p, const prepared *pr,
                       const unsigned char *protect, size_t min_word, size_t *hs, size_t *he)
{
    size_t from = 0, s, e;
    bend b = taboo_bend(pr, min_word);
    while (find_from(p, pr->t, pr->n, from, &s, &e, &b)) {
        if (hit_counts(te, pr, protect, s, e)) { *hs = s; *he = e; return 1; }
        from = s + 1;
    }
    return 0;
}

/* Does the reply lack a literal character of the entry (你 stands for 您 too)? */
static int lacks(const cs_taboo_entry *te, const uint64_t *set)
{
    for (size_t k = 0; k < te->n_needs; k++)
        if (te->needs[k] & ~set[te->needs_at[k]]) return 1;
    return te->needs_ni && !seen(set, NI) && !seen(set, NIN);
}

/* The entry as written, or (four characters or more) with one word of two or more inside it:
 * 不归我们管 is also 不归我们部门管. */
static int taboo_hit(const cs_taboo_entry *te, const prepared *pr, const unsigned char *protect, size_t *s, size_t *e)
{
    /* its word variants hold the same characters: one look at the reply's characters rules
     * out the entry and all of them (most entries, on most replies); the same test as
     * unseen(&te->pat, pr->seen, 1, 0) > 0, on the entry's set worked out at load */
    if (lacks(te, pr->seen)) return 0;
    if (pattern_hit(te, &te->pat, pr, protect, 1, s, e)) return 1;
    if (te->pat.n < 4) return 0;
    for (size_t g = 0; g < te->pat.n_gapped; g++)
        if (pattern_hit(te, &te->pat.gapped[g], pr, protect, 2, s, e)) return 1;
    return 0;
}

static void add_word(cs_match *out, const uint32_t *t, size_t s, size_t e)
{
    if (out->n_words >= CS_MATCH_MAX_WORDS) return;
    char *w = out->words[out->n_words];
    size_t k = 0;
    for (size_t i = s; i < e; i++) {
        if (cs_is_break(t[i])) continue;
        char b[4];
        size_t len = cs_utf8_put(t[i], b);
        if (k + len >= CS_MATCH_WORD_BYTES) break;
        memcpy(w + k, b, len);
        k += len;
    }
    w[k] = '\0';
    if (k == 0) return;
    for (size_t i = 0; i < out->n_words; i++)
        if (strcmp(out->words[i], w) == 0) return;
    out->n_words++;
}

/* Up to PICK_WORDS * 64 taboo entries are picked by the reply's characters (else all are tried, the
 * same verdicts, slower): 4,096, room to grow over taboo.txt's 1,841 entries. */
#define PICK_WORDS 64

/* Marks in pick the taboo entries the reply's characters can start (taboo_by_first). */
static void pick_taboo(const cs_phrase_bank *bank, const prepared *pr, uint64_t *pick)
{
    const uint64_t *k = bank->taboo_by_first;
    size_t nk = bank->n_taboo_by_first;
    for (size_t i = 0; i < bank->n_taboo_always; i++) pick[bank->taboo_always[i] / 64] |= (uint64_t)1 << (bank->taboo_always[i] % 64);
    for (size_t i = 0; i < pr->n; i++) {
        uint32_t c = pr->t[i];
        size_t lo = 0, hi = nk;
        if (c < 0x10000u) {   /* the Basic Multilingual Plane: by rank in the bitmap, no search */
            uint64_t bits = bank->taboo_first_bmp[c / 64];
            if (!((bits >> (c % 64)) & 1)) continue;
            uint64_t below = bits & (((uint64_t)1 << (c % 64)) - 1);
            size_t r = bank->taboo_first_rank[c / 64] + (size_t)__builtin_popcountll(below);
            lo = bank->taboo_first_at[r];
        } else {
            uint64_t key = (uint64_t)c << 32;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (k[mid] < key) lo = mid + 1; else hi = mid;
            }
        }
        for (; lo < nk && k[lo] >> 32 == pr->t[i]; lo++) {
            uint32_t e = (uint32_t)k[lo];
            pick[e / 64] |= (uint64_t)1 << (e % 64);
        }
    }
}

/* 这该死的打印机又卡纸了 / 该死的网络又掉了 / 妈的这破电脑: the curse (word i) names the machine itself
 * within its clause, a few words after it (该死 的 网络), nobody named and nothing the caller did. */
static int cursed_machine_named(const cs_words *w, size_t i, size_t last, const char *const *machine,
                                const char *const *caller_did)
{
    int named = 0;
    for (size_t k = i + 1; k <= last && k <= i + 3; k++)
        named |= cs_word_in(w->v[k].w, machine) || strstr(w->v[k].w, "系统") || strstr(w->v[k].w, "电脑");
    for (size_t k = i + 1; named && k <= last; k++)
        for (size_t m = 0; caller_did[m]; m++)
            if (strstr(w->v[k].w, caller_did[m])) return 0;
    return named;
}

/* The hit [s, e) spelled as one of list (册那 may reach the words cut as 册 / 那). */
static int oath_spelled(const prepared *pr, size_t s, size_t e, const char *const *list)
{
    char b[64];
    size_t k = 0;
    for (size_t i = s; i < e; i++) {
        if (cs_is_break(pr->t[i])) continue;
        if (k + 4 >= sizeof b) return 0;
        k += cs_utf8_put(pr->t[i], b + k);
    }
    b[k] = '\0';
    return cs_word_in(b, list);
}

/* 靠，系统又卡了 / 妈的，电脑又死机了: a curse standing as its own clause with nobody named in it, the
 * next clause about the agent's machine. The agent swears at the tools on the line: rude (a 口头禅,
 * 呼叫服务员职业标准(试行) 三(一)2), but aimed at no caller, so it does not fail the call as an insult
 * does (贵阳 §二(三)6 is about the caller). 靠，你烦不烦 / 妈的，你系统都不会用 name the caller and still count. */
/* fix17t: 放屁 (放屁，这笔钱我们根本没扣过 / 放屁，我们从来没收过这笔钱) calls someone's words rubbish: it
 * answers what the caller claimed, the retort aimed at them (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四)4.2),
 * never an oath vented at a machine or a record, however the denial after it names the bill. */
static int retort_word(const prepared *pr, size_t s, size_t e)
{
    for (size_t i = s; i + 1 < e; i++)
        if (pr->t[i] == 0x653E && pr->t[i + 1] == 0x5C41) return 1;   /* 放屁 */
    return 0;
}

static int vented_at_machine(const prepared *pr, size_t s, size_t e)
{
    /* not bare 卡 / 网: 卡都没激活, 网都不会连 are the caller's card and network; nor 掉线 / 断网 with no
     * machine named: 妈蛋，又掉线了 may be the caller's line dropping again, a curse at their trouble */
    static const char *const machine[] = { "系统", "电脑", "网络", "网速", "机器", "页面", "软件", "程序", "服务器",
                                           "打印机", "鼠标", "键盘", "耳机", "线路", "屏幕", "死机",
                                           "又卡", "又断", "又崩",
                                           /* a page or the machine stuck (卧槽，网页卡死了 / 册那，电脑又卡牢了, helper
                                            * fixin11; not 掉线 / 断线, which may be the caller's line) */
                                           "网页", "卡死", "卡住", "卡牢", "当机", "宕机",
                                           /* (taboo17) the weather (这鬼天气, 该死的大雪) and a record on the agent's
                                            * screen (卧槽，这笔订单怎么退了三回: the agent's surprise at the data);
                                            * a 你/您 in the clause still makes it the caller's */
                                           "天气", "鬼天气", "老天", "老天爷", "雨", "大雨", "暴雨", "雪", "大雪", "暴雪",
                                           "大风", "冰雹", "寒潮", "单", "订单", "这单", "这笔", "账单", "记录", "数据",
                                           "后台", "流水", NULL };
    /* 卡都没激活就打电话来 / 网都不会连还好意思打过来: the next clause about what the caller did (or
     * could not do), so the curse is at the caller after all */
    static const char *const caller_did[] = { "打电话", "打过来", "打来", "来电", "打进来", "投诉", "不会", "好意思",
                                              "找茬", "来问", "来找", NULL };
    static const char *const oath[] = { "卧槽", "我槽", "该死", "册那", "我去", "见鬼", "我日",
                                        /* (helper fixp11) Min 干 / 干伊娘, Cantonese 丢, net-speak at the tools */
                                        "干", "幹", "丢", "屌", "妈蛋", "尼玛", "我靠", "靠北", "tmd", "nnd", "wc",
                                        /* 艹, wtf (helper fixin11) */
                                        "艹", "wtf",
                                        /* (taboo17) 狗日的 (north-west), said of the weather or a thing */
                                        "狗日", "狗日的",
                                        /* fix33a: Beijing 丫的 and Wuhan 个板马 as oaths (丫的你… stays the caller's) */
                                        "丫的", "个板马", "个板马的",
                                        /* insult34: Cantonese 扑街 / 仆街 as the oath "damn it" (扑街，个系统又死机) */
                                        "扑街", "仆街", NULL };
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s);
    if (i == w->n) return 0;
    if (!curse_word(pr, s, e) && !cs_word_in(w->v[i].w, oath) && !oath_spelled(pr, s, e, oath)) return 0;
    if (retort_word(pr, s, e)) return 0;
    size_t c = w->v[i].clause, first = i, last = i;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    while (last + 1 < w->n && w->v[last + 1].clause == c) last++;
    for (size_t k = first; k <= last; k++)
        if (cs_word_in(w->v[k].w, SECOND)) return 0;
    if (cursed_machine_named(w, i, last, machine, caller_did)) return 1;   /* 这该死的打印机又卡纸了 */
    /* insult33: 卧槽票全没了 / 卧槽，票全没了 — an oath at how things stand, glued on or not (tone_insult33.h) */
    if (cs_insult33_oath_at_state(w, i, caller_did)) return 1;
    /* fix33a: 该死的扫描仪 / 丫的，闸机又不认卡了 — aimed at no person, whatever the thing is called */
    size_t j = i;
    while (j + 1 < w->n && w->v[j + 1].s < e) j++;
    if (cs_words_curse_at_thing(w, i, j)) return 1;
    /* 他妈的网又断了, 这该死的读卡器又坏了: the curse's own clause tells of a breakdown and names nobody,
     * whatever the machine is called (words.h; helpers fpprobe and fixin15), as english_vented reads
     * TMD打印机又坏了 */
    if (last > i + 1 && cs_words_breakdown_clause(w, c)) return 1;
    if (last - first > 2) return 0;   /* the curse and a particle or 我: an exclamation, nothing more */
    /* 这破打印机又卡纸了，该死: the curse said after the breakdown, its clause before naming nobody (helper fix31d) */
    if (first > 0 && cs_words_breakdown_clause(w, w->v[first - 1].clause)) {
        int named = 0;
        for (size_t k = first; k-- > 0 && w->v[k].clause == w->v[first - 1].clause;)
            named |= cs_word_in(w->v[k].w, SECOND);
        if (!named) return 1;
    }
    if (last + 1 >= w->n) return 0;
    size_t next = w->v[last + 1].clause;
    if (cs_words_caller_thing_clause(w, next)) return 1;   /* 我靠，您这单号少了一位 (insult32) */
    int about = 0;
    for (size_t k = last + 1; k < w->n && w->v[k].clause == next; k++) {
        if (cs_word_in(w->v[k].w, SECOND)) return 0;
        for (size_t m = 0; caller_did[m]; m++)
            if (strstr(w->v[k].w, caller_did[m])) return 0;
        if (k + 1 < w->n && w->v[k + 1].clause == next) {   /* 打 电话 / 不 会 as two words */
            char two[64];
            if (snprintf(two, sizeof two, "%s%s", w->v[k].w, w->v[k + 1].w) < (int)sizeof two)
                for (size_t m = 0; caller_did[m]; m++)
                    if (strstr(two, caller_did[m])) return 0;
        }
        if (cs_word_in(w->v[k].w, machine) || strstr(w->v[k].w, "系统") || strstr(w->v[k].w, "电脑")) about = 1;
    }
    return about || cs_words_breakdown_clause(w, next);   /* 册那，屏幕又黑掉了 / 干，电话又断掉了 */
}

/* The words of [s, e) are part of a thing's name (cs_words_names_thing). */
static int names_thing_at(const prepared *pr, size_t s, size_t e)
{
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s), j = i;
    while (j + 1 < w->n && w->v[j + 1].s < e) j++;   /* the word holding the hit's last character */
    return i < w->n && cs_words_names_thing(w, i, j);
}

/* The word at code point s lies in a condition offered with help (cs_words_cared_condition). */
static int cared_condition(const prepared *pr, size_t s)
{
    size_t i = word_at(&pr->words, s);
    return i < pr->words.n && cs_words_cared_condition(&pr->words, i);
}

/* 小伙子，您还年轻，日子还长，先下来 / 别想不开，一切都会好起来的: the reply consoles or encourages the
 * caller (国家职业技能标准 呼叫中心服务员 2.4.2 危机事件预处理，安抚客户; 2.2.2 调适客户情绪). The tone model reads
 * 年轻 / 日子 / 下来 as a put-down whatever their sense, and the REFER rule is that the model alone never decides a
 * verdict: there its insult is a 禁忌语 put to the examiner, not a failed call (helper fix30t). */
static int consoles(const prepared *pr)
{
    static const char *const comfort[] = { "还年轻", "日子还长", "想开点", "想开1点", "别想不开", "不要想不开", "会好起来",
                                           "都会过去", "会过去的", "别灰心", "不要灰心", "别放弃", "不要放弃", "先下来",
                                           "下来好吗", "安全的地方", "陪着您", "陪您", "我们都在", "有我们在", "别难过",
                                           "不要难过", "别伤心", "人没事就好", "还能再挣", NULL };
    char text[1024];
    size_t used = 0;
    for (size_t i = 0; i < pr->words.n; i++) {
        size_t len = strlen(pr->words.v[i].w);
        if (used + len >= sizeof text) break;
        memcpy(text + used, pr->words.v[i].w, len);
        used += len;
    }
    text[used] = '\0';
    for (const char *const *c = comfort; *c; c++)
        if (strstr(text, *c)) return 1;
    return 0;
}

/* 见鬼，打印机又卡纸了 / 这该死的打印机又卡纸了: some word of the reply is a curse vented at the
 * agent's machine (vented_at_machine), so the tone model's insult, which reads the curse whoever it
 * is aimed at, is 禁忌语 only. */
static int vented_anywhere(const prepared *pr)
{
    const cs_words *w = &pr->words;
    for (size_t i = 0; i < w->n; i++)
        if (vented_at_machine(pr, w->v[i].s, w->v[i].e)) return 1;
    return 0;
}

/* 您是属猪的吧？那今年是本命年呀 / 您属狗的话，明年是您的本命年: a beast named as the caller's sign
 * of the zodiac (属 and the animal, as one word or two) with the zodiac talked of in the reply
 * (本命年, 生肖, 属相, 犯太岁) is small talk, not the beast insult of 你是属猪的吧，这么笨 (贵阳
 * T-GSOCCIA 001—2020 §二(二) 2.1 is about words at the caller; helper fix13b). The tone model reads
 * 猪 whatever frames it, so it is not asked about such a reply. */
static int zodiac_talk(const prepared *pr)
{
    static const char *const animal[] = { "鼠", "牛", "虎", "兔", "龙", "蛇", "马", "羊", "猴", "鸡", "狗", "猪", NULL };
    static const char *const glued[] = { "属鼠", "属牛", "属虎", "属兔", "属龙", "属蛇", "属马", "属羊", "属猴", "属鸡",
                                         "属狗", "属猪", NULL };
    static const char *const zodiac[] = { "本命年", "生肖", "属相", "犯太岁", "太岁", "十二生肖", NULL };
    const cs_words *w = &pr->words;
    int sign = 0, talk = 0;
    for (size_t i = 0; i < w->n; i++) {
        sign |= cs_word_in(w->v[i].w, glued) ||
                (strcmp(w->v[i].w, "属") == 0 && i + 1 < w->n && cs_word_in(w->v[i + 1].w, animal));
        talk |= cs_word_in(w->v[i].w, zodiac);
    }
    return sign && talk;
}

/* fix32a: a name-word that names a thing among things (a species, a tackle, a picture), aimed at no one. */

/* Whether the UTF-8 run [p, q) of the raw reply names the caller (你 / 您) — an item or a clause of it. */
static int raw_names_caller(const char *p, const char *q)
{
    for (const char *r = p; r < q;) {
        uint32_t c = cs_utf8_next(&r);
        if (c == NI || c == NIN) return 1;
    }
    return 0;
}

/* Is c a Han character (the items of an enumeration are Han words; punctuation and spaces end them)? */
static int han_char(uint32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

#define ENUM_COMMA 0x3001u   /* 、 */

/* Does the enumeration item hold an insult of the list (王八、混蛋 lists names, not things)? */
static int item_insults(const cs_phrase_bank *bank, const char *item)
{
    for (size_t i = 0; i < bank->n_taboo; i++) {
        const char *t = bank->taboo[i].pat.text;
        if (bank->taboo[i].insult && t && !strpbrk(t, "*#") && strstr(item, t)) return 1;
    }
    return 0;
}

/* The enumeration item beside the hit at raw p (length len): after it (at most one Han character of the
 * thing's own head between, 滚钩、) or before it (、王八), two Han characters or more, holding neither the hit,
 * an insult nor the caller: 河蚌、王八、泥鳅 / 滚钩、地笼 list things; 王八、混蛋 / 滚、滚 / 滚、你 list no thing. */
static int item_beside(const cs_phrase_bank *bank, const char *raw, const char *p, size_t len, const char *hit)
{
    const char *q = p + len, *r = q;
    uint32_t c = *r ? cs_utf8_next(&r) : 0;
    if (han_char(c) && *r) { q = r; c = cs_utf8_next(&r); }   /* the head glued on: 钩 of 滚钩 */
    if (c == ENUM_COMMA) {
        const char *a = r, *b = r;
        size_t n = 0;
        for (const char *t = b; *t;) { uint32_t d = cs_utf8_next(&t); if (!han_char(d)) break; b = t; n++; }
        char item[128];
        size_t bytes = (size_t)(b - a) < sizeof item - 1 ? (size_t)(b - a) : sizeof item - 1;
        memcpy(item, a, bytes);
        item[bytes] = 0;
        if (n >= 2 && !strstr(item, hit) && !raw_names_caller(a, b) && !item_insults(bank, item)) return 1;
    }
    /* 、 right before the hit: the item before it, read backwards to the last non-Han character */
    if (p - raw >= 3 && (unsigned char)p[-3] == 0xE3 && (unsigned char)p[-2] == 0x80 && (unsigned char)p[-1] == 0x81) {
        const char *b = p - 3, *a = b;
        size_t n = 0;
        while (a > raw) {
            const char *s = a - 1;
            while (s > raw && ((unsigned char)*s & 0xC0) == 0x80) s--;
            const char *t = s;
            if (!han_char(cs_utf8_next(&t))) break;
            a = s;
            n++;
        }
        char item[256];
        size_t bytes = (size_t)(b - a) < sizeof item - 1 ? (size_t)(b - a) : sizeof item - 1;
        memcpy(item, a, bytes);
        item[bytes] = 0;
        if (n >= 2 && !strstr(item, hit) && !raw_names_caller(a, b) && !item_insults(bank, item)) return 1;
    }
    return 0;
}

/* The raw clause (between ，。！？；：and the ends) around p names the caller. */
static int raw_clause_names_caller(const char *raw, const char *p, size_t len)
{
    static const char *const stops = "，。！？；：,.!?;:\n";
    const char *a = p, *b = p + len;
    while (a > raw) {
        const char *s = a - 1;
        while (s > raw && ((unsigned char)*s & 0xC0) == 0x80) s--;
        const char *t = s;
        uint32_t c = cs_utf8_next(&t);
        int stop = 0;
        for (const char *k = stops; *k && !stop;) stop = cs_utf8_next(&k) == c;
        if (stop) break;
        a = s;
    }
    for (const char *t = b; *t;) {
        const char *u = t;
        uint32_t c = cs_utf8_next(&u);
        int stop = 0;
        for (const char *k = stops; *k && !stop;) stop = cs_utf8_next(&k) == c;
        if (stop) break;
        b = t = u;
    }
    return raw_names_caller(a, b);
}

/* A count of two or more before the word (三个猪头, 两只王八: a numeral and a measure; 一个 is the article of
 * name-calling, 好一个大冤种) or a thing joined to it by 和 / 与 / 及 (猪头和金元宝: a word of two characters or
 * more): a thing counted or listed. */
static int counted_or_joined(const cs_words *w, size_t i, size_t j)
{
    static const char *const measure[] = { "个", "只", "条", "张", "头", "块", "枚", "幅", "尾", NULL };
    static const char *const join[] = { "和", "与", "及", "以及", NULL };
    size_t c = w->v[i].clause;
    if (i > 0 && w->v[i - 1].clause == c) {
        const char *m = w->v[i - 1].w;
        const char *num = "023456789二两三四五六七八九十几";
        const char *lead = m;
        uint32_t first = cs_utf8_next(&lead);
        int numeral = 0;
        for (const char *k = num; *k && !numeral;) numeral = cs_utf8_next(&k) == first;
        if (numeral && cs_word_in(lead, measure)) return 1;   /* 三个 as one word */
        if (cs_word_in(m, measure) && i > 1 && w->v[i - 2].clause == c) {
            const char *d = w->v[i - 2].w;
            uint32_t last = 0;
            while (*d) last = cs_utf8_next(&d);
            for (const char *k = num; *k;) if (cs_utf8_next(&k) == last) return 1;
        }
    }
    return j + 2 < w->n && w->v[j + 2].clause == c && cs_word_in(w->v[j + 1].w, join) &&
           strlen(w->v[j + 2].w) >= 6;
}

/* Does the raw text at p spell the normal form's code points t[s, e) — a numeral of the raw read as the
 * normal form's digit (王八 is 王8 there)? Its length in bytes, or 0. */
static size_t raw_spells(const char *p, const uint32_t *t, size_t s, size_t e)
{
    static const char digits[] = "零一二三四五六七八九";
    const char *q = p;
    for (size_t k = s; k < e; k++) {
        if (!*q) return 0;
        uint32_t c = cs_utf8_next(&q);
        if (c == t[k]) continue;
        if (t[k] < '0' || t[k] > '9') return 0;
        const char *d = digits;
        uint32_t numeral = 0;
        for (uint32_t m = 0; m <= t[k] - '0'; m++) numeral = cs_utf8_next(&d);
        if (c != numeral) return 0;
    }
    return (size_t)(q - p);
}

/* The insult hit [s, e) names a thing listed, counted or joined with other things (河蚌、王八、泥鳅 / 滚钩、地笼和电鱼器
 * / 刮开三个猪头 / 猪头和金元宝), in a clause that names no caller: a word of the thing's name, not a name for the
 * caller (eval README taboo 0 for innocent words holding a forbidden one; 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 is
 * about words at the caller). */
static int thing_among_things(const cs_phrase_bank *bank, const prepared *pr, size_t s, size_t e)
{
    char hit[64];
    size_t hl = 0;
    for (size_t k = s; k < e && hl + 4 < sizeof hit; k++) hl += cs_utf8_put(pr->t[k], hit + hl);
    hit[hl] = 0;
    if (!hl) return 0;
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s), j = i;
    while (j + 1 < w->n && w->v[j + 1].s < e) j++;
    for (const char *p = pr->raw; *p;) {
        size_t len = raw_spells(p, pr->t, s, e);
        if (len && !raw_clause_names_caller(pr->raw, p, len)) {
            char as_typed[64];
            size_t n = len < sizeof as_typed - 1 ? len : sizeof as_typed - 1;
            memcpy(as_typed, p, n);
            as_typed[n] = 0;
            if (item_beside(bank, pr->raw, p, len, as_typed)) return 1;
            if (i < w->n && counted_or_joined(w, i, j)) return 1;
        }
        cs_utf8_next(&p);
    }
    return 0;
}

static void scan_entry(const cs_phrase_bank *bank, size_t i, const prepared *pr, const unsigned char *protect, cs_match *out)
{
    const cs_taboo_entry *te = &bank->taboo[i];
    size_t s, e;
    if (!taboo_hit(te, pr, protect, &s, &e)) return;
    if (te->insult && cared_condition(pr, s)) return;   /* 您耳朵不好的话，我大声一点 (words.h) */
    if (te->insult && names_thing_at(pr, s, e)) return;   /* 那个弱智吧的段子 (words.h) */
    if (te->insult && thing_among_things(bank, pr, s, e)) return;   /* fix32a: 河蚌、王八、泥鳅 / 刮开三个猪头 */
    /* taboo35: 傻瓜卡 names a card, 家里的蠢猫把软管咬破了 a pet — said of no caller (tone_taboo35.h) */
    int of = te->insult ? cs_taboo35_attribute_of(&pr->words, s, e) : CS_TB35_PERSON;
    if (of == CS_TB35_THING) return;
    int vented = te->insult && (vented_at_machine(pr, s, e) || of == CS_TB35_BEAST);
    /* 老子不管了: the agent's arrogant self-name squaring up to nobody, 禁忌语 only (insult32, words.h) */
    vented |= te->insult && cs_words_self_exalted_aside(&pr->words, word_at(&pr->words, s));
    /* fix34a: 你发的这是什么玩意儿 — the scorn at the caller's message, 禁忌语 only (tone_fix34a.h) */
    vented |= te->insult && cs_fix34a_message_scorned(&pr->words, word_at(&pr->words, s));
    int insult = te->insult && !vented;
    out->vented |= vented;
    if (insult) out->insult = 1;
    if (out->n_taboo < CS_MATCH_MAX_TABOO && insult) out->insult_hits |= 1u << out->n_taboo;
    if (out->n_taboo < CS_MATCH_MAX_TABOO) out->taboo[out->n_taboo++] = te->pat.text;
    add_word(out, pr->t, s, e);
}

/* Every taboo entry the reply holds, in the order of taboo.txt. */
static void scan_taboo(const cs_phrase_bank *bank, const prepared *pr, const unsigned char *protect, cs_match *out)
{
    if (bank->n_taboo > PICK_WORDS * 64) {
        for (size_t i = 0; i < bank->n_taboo; i++) scan_entry(bank, i, pr, protect, out);
        return;
    }
    uint64_t pick[PICK_WORDS] = { 0 };
    pick_taboo(bank, pr, pick);
    for (size_t w = 0; w < (bank->n_taboo + 63) / 64; w++)
        for (uint64_t m = pick[w]; m; m &= m - 1) scan_entry(bank, w * 64 + (size_t)__builtin_ctzll(m), pr, protect, out);
}

/* A mocking face typed into the reply (tone_emoji.h): sarcasm or impatience, 贵阳 §二(三) 6. */
static void scan_emoji(const prepared *pr, cs_match *out)
{
    const char *at = NULL;
    size_t len = cs_tone_emoji(pr->raw, &at);
    if (!len) len = cs_tone_smile_refusal(pr->raw, &at);   /* taboo30 */
    if (!len || out->n_taboo >= CS_MATCH_MAX_TABOO) return;
    out->taboo[out->n_taboo++] = "讽刺或不耐烦的表情";
    if (out->n_words < CS_MATCH_MAX_WORDS && len < sizeof out->words[0]) {
        memcpy(out->words[out->n_words], at, len);
        out->words[out->n_words++][len] = 0;
    }
    if (!out->reason) {
        out->reason = "tone.sarcasm";
        out->reason_label = "讽刺或不耐烦的表情";
    }
}

/* fix34b: is the clause of word k care (cs_words_care_clause, the part of the model's comfort reading made for the
 * rules too; its good news and come-back invitation stay the model's: 别人家的空调都好好的 may open a jab) */
static int care_at(const cs_words *w, size_t k)
{
    size_t i = k, j = k;
    while (i > 0 && w->v[i - 1].clause == w->v[k].clause) i--;
    while (j < w->n && w->v[j].clause == w->v[k].clause) j++;
    return cs_words_care_clause(w, i, j) || cs_words_state_explained(w, i, j);   /* fix35a: the agent's own voice explained */
}

/* Tone rules over the words (tone_rules.h), then the mocking faces on the reply as typed
 * (scan_emoji); each hit is a forbidden expression named by its label. */
static void scan_tone(const prepared *pr, const unsigned char *protect, cs_match *out)
{
    cs_tone_hit hits[MAX_TONE_HITS];
    size_t n = cs_tone_scan_indexed(pr->tone_index, &pr->words, protect, hits, MAX_TONE_HITS), kept = 0;
    for (size_t i = 0; i < n; i++) {
        /* 我没有说您笨的意思 / 是我脑子不好使: an attack taken back or aimed at the agent (words.h) */
        if (hits[i].insult && (cs_words_denied_speech(&pr->words, hits[i].last) ||
                               cs_words_self_talk_forbidden(&pr->words, hits[i].last) ||
                               cs_words_said_of_self(&pr->words, hits[i].first) ||
                               /* fix36b: 您说您笨，没关系… — the caller's own word said back in care (words.h) */
                               cs_words_self_said(&pr->words, hits[i].first) || cs_words_self_said(&pr->words, hits[i].last) ||
                               cs_words_names_thing(&pr->words, hits[i].first, hits[i].last) ||
                               cs_words_cared_condition(&pr->words, hits[i].first)))
            continue;
        /* fix34b: a caring clause (您是第一次进藏吗？如果是的话，我把…发给您) is read alike by the rules and the model
         * (model_text, through cs_words_comfort_clause): no rule's non-insult hit in it counts (tone_readings.h) */
        if (!hits[i].insult && care_at(&pr->words, hits[i].first)) continue;
        /* 我这人有点啰嗦 / 瞧我这记性，跟个漏勺似的: the agent's own self run down (words.h) */
        if ((strcmp(hits[i].rule, "belittle") == 0 || strcmp(hits[i].rule, "sarcasm") == 0) &&
            cs_words_agent_own(&pr->words, hits[i].first))
            continue;
        kept++;
        if (out->n_taboo < CS_MATCH_MAX_TABOO && hits[i].insult) out->insult_hits |= 1u << out->n_taboo;
        if (out->n_taboo < CS_MATCH_MAX_TABOO) out->taboo[out->n_taboo++] = hits[i].label;
        if (hits[i].insult) out->insult = 1;
        add_word(out, pr->t, pr->words.v[hits[i].first].s, pr->words.v[hits[i].last].e);
        if (kept == 1 && !out->reason) {
            static const struct { const char *rule, *reason; } names[] = {
                { "rhetorical", "tone.rhetorical" }, { "blame", "tone.blame" },
                { "dismissive", "tone.dismissive" }, { "impatient", "tone.impatient" },
                { "sarcasm", "tone.sarcasm" }, { "belittle", "tone.belittle" },
                { "lecture", "tone.lecture" }, { "threat", "tone.threat" } };
            for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
                if (strcmp(names[k].rule, hits[i].rule) == 0) out->reason = names[k].reason;
            out->reason_label = hits[i].label;
        }
    }
    scan_emoji(pr, out);
}

static const char *quote_close(const char *p);

/* 感谢您这么“耐心” / 您真是“通情达理” / 谢谢您的“配合”: a virtue of the caller's put in quotation
 * marks is sarcasm (贵阳 §二(三) 6 注意通话语气和态度: praise said so that it means its opposite). The
 * quotation holds nothing but the virtue word, the caller is named before it in its clause, and no
 * verb of speech there (您说的“耐心”问题, 您提到的“配合” quote the caller's words); a product
 * named so (“暖心服务”, “五星好评”) is no virtue. Read on the reply as typed: quotation marks are
 * breaks in the normal form. For the quotation opening at p in raw: the virtue's length in bytes,
 * or 0 when it is no scare quote. */
static size_t scare_quote_at(const char *raw, const char *p)
{
    static const char *const virtue[] = {
        "耐心", "耐性", "配合", "客气", "客氣", "热心", "熱心", "通情达理", "通情達理", "宝贵", "寶貴", "认真", "認真",
        "聪明", "聰明", "体贴", "體貼", "礼貌", "禮貌", "有礼貌", "有禮貌", "讲理", "講理", "大度", "准时", "準時",
        "及时", "及時", "专业", "專業", "好心", "善解人意", "细心", "細心", "仔细", "仔細", "理解", "支持", "信任",
        "厉害", "厲害", "能干", "能幹", "高明", "明智", "贴心", "貼心", "周到", "积极", "積極", "热情", "熱情", "文明",
        "有素质", "有素質", "温柔", "溫柔", "好脾气", "好脾氣", "精明", "懂事", "准确", "準確", "守时", "守時", NULL };
    static const char *const speech[] = { "说", "說", "提到", "提的", "叫", "称", "稱", "所谓", "所謂", "写", "寫", NULL };
    const char *close = quote_close(p);
    if (!close) return 0;
    const char *open_end = p + (*p == '"' ? 1 : 3), *end = strstr(open_end, close);
    if (!end) return 0;
    size_t len = (size_t)(end - open_end);
    int is_virtue = 0;
    for (const char *const *v = virtue; *v && !is_virtue; v++)
        is_virtue = strlen(*v) == len && strncmp(open_end, *v, len) == 0;
    if (!is_virtue) return 0;
    /* the clause before the mark: back to a sentence or clause mark, at most 10 characters */
    const char *from = p;
    for (int n = 0; from > raw && n < 10; n++) {
        const char *k = from - 1;
        while (k > raw && ((unsigned char)*k & 0xC0) == 0x80) k--;
        if (strncmp(k, "，", 3) == 0 || strncmp(k, "。", 3) == 0 || strncmp(k, "！", 3) == 0 || strncmp(k, "？", 3) == 0 ||
            *k == ',' || *k == '.' || *k == '!' || *k == '?')
            break;
        from = k;
    }
    char clause[48];
    size_t cl = (size_t)(p - from) < sizeof clause - 1 ? (size_t)(p - from) : sizeof clause - 1;
    memcpy(clause, p - cl, cl);
    clause[cl] = 0;
    if (!strstr(clause, "您") && !strstr(clause, "你")) return 0;
    for (const char *const *v = speech; *v; v++)
        if (strstr(clause, *v)) return 0;
    return len;
}

/* The first scare quote of raw: the virtue's length in bytes (0: none), where it starts in *at. */
static size_t scare_quoted(const char *raw, const char **at)
{
    for (const char *p = raw; p && *p; p++) {
        /* every quotation mark starts with '"' or the lead byte E2, E3 or EF: others are skipped
         * without a comparison (this runs on every reply) */
        unsigned char c = (unsigned char)*p;
        if (c != '"' && c != 0xE2 && c != 0xE3 && c != 0xEF) continue;
        size_t len = scare_quote_at(raw, p);
        if (len) {
            *at = p + (*p == '"' ? 1 : 3);
            return len;
        }
    }
    return 0;
}

/* 1 when the one-word English hit (bodoh, stupid) lies in Chinese reported speech in the reply's
 * words (你讲那个司机骂你bodoh？, 您说快递员骂您stupid): what a third party said is not the agent's
 * word in any language (cs_words_reported; tests/data/eval/README.md "taboo"). */
static int english_reported(const prepared *pr, const char *word)
{
    for (size_t k = 0; k < pr->words.n; k++)
        if (strcasecmp(pr->words.v[k].w, word) == 0 && cs_words_reported(&pr->words, k)) return 1;
    return 0;
}

/* 抱歉，我真的很stupid / 我刚才真的很stupid: the English word of a dull mind said of the agent in the Chinese
 * around it, self-deprecation, no insult nor 禁忌语 (the label rule of tests/data/eval/README.md, as
 * 是我太笨了; cs_words_said_of_self; helper fixin15). */
static int english_of_self(const prepared *pr, const char *word)
{
    for (size_t k = 0; k < pr->words.n; k++)
        if (strcasecmp(pr->words.v[k].w, word) == 0 && cs_words_said_of_self(&pr->words, k)) return 1;
    return 0;
}

/* TMD打印机又坏了 / shit，系统又卡了: a swear in Latin letters vented at the tools, in a clause or
 * before one that tells of a breakdown and names nobody (words.h): a 口头禅, not an insult of the
 * caller (the label rule of tests/data/eval/README.md; seen12's TMD打印机又坏了). */
static int english_vented(const prepared *pr, const char *word)
{
    static const char *const swear[] = { "tmd", "nnd", "wtf", "damn", "shit", "fuck", "fk", "wc", "md",
                                         /* nmd 又掉线了 / sb系统又崩了: initials sworn at the tools (helper fixin15) */
                                         "nmd", "sb", NULL };
    const cs_words *w = &pr->words;
    int is_swear = 0;
    for (size_t m = 0; swear[m]; m++) is_swear |= strcasecmp(word, swear[m]) == 0;
    if (!is_swear) return 0;
    for (size_t k = 0; k < w->n; k++) {
        if (strcasecmp(w->v[k].w, word) != 0) continue;
        size_t c = w->v[k].clause;
        if (cs_words_breakdown_clause(w, c)) return 1;
        size_t j = k + 1;
        while (j < w->n && w->v[j].clause == c && cs_word_in(w->v[j].w, (const char *const[]){ "啊", "呀", "了", "的", NULL })) j++;
        if (j < w->n && w->v[j].clause != c && (k == 0 || w->v[k - 1].clause != c) && cs_words_breakdown_clause(w, w->v[j].clause))
            return 1;
    }
    return 0;
}

/* English rudeness (tone_english.h): the english_caller scenario lets trainees answer in English.
 * The quotation marks of sarcasm (scare_quoted) are read here too, on the reply as typed. */
static void scan_english(const prepared *pr, cs_match *out)
{
    const char *q = NULL;
    size_t qlen = scare_quoted(pr->raw, &q);
    if (qlen && out->n_taboo < CS_MATCH_MAX_TABOO) {
        out->taboo[out->n_taboo++] = "讽刺客户（引号）";
        if (out->n_words < CS_MATCH_MAX_WORDS && qlen < sizeof out->words[0]) {
            memcpy(out->words[out->n_words], q, qlen);
            out->words[out->n_words++][qlen] = 0;
        }
        if (!out->reason) {
            out->reason = "tone.sarcasm";
            out->reason_label = "讽刺客户（引号）";
        }
    }
    cs_english_hit hits[4];
    size_t n = cs_tone_english(pr->raw, hits, 4);
    for (size_t i = 0; i < n; i++) {
        if (hits[i].insult && (english_reported(pr, hits[i].words) || english_of_self(pr, hits[i].words))) continue;
        if (hits[i].insult && english_vented(pr, hits[i].words)) {   /* TMD打印机又坏了 */
            out->vented = 1;   /* no insult whatever the model says (helper fixin11) */
            hits[i].insult = 0;
            hits[i].label = "口头禅（英语骂人话）";
        }
        if (out->n_taboo < CS_MATCH_MAX_TABOO && hits[i].insult) out->insult_hits |= 1u << out->n_taboo;
        if (out->n_taboo < CS_MATCH_MAX_TABOO) out->taboo[out->n_taboo++] = hits[i].label;
        if (hits[i].insult) out->insult = 1;
        if (out->n_words < CS_MATCH_MAX_WORDS) {
            memcpy(out->words[out->n_words++], hits[i].words, sizeof hits[i].words);
        }
        /* an insult is decided by its words as a taboo entry is (no reason); the rest by rule */
        if (i == 0 && !out->reason && !hits[i].insult) {
            out->reason = "tone.english";
            out->reason_label = hits[i].label;
        }
    }
}

/* ---- not the phrase: template, garbage, repetition ---- */

/* The same stretch of two or more code points three or more times in a row (请您不要着急请您不要着急…),
 * up to a whole sentence said three times over (非常抱歉！现在系统比较繁忙，…×3): mindless
 * repetition is not the phrase, however long the stretch. */
static int repeated(const prepared *pr)
{
    const uint32_t *plain = pr->plain;
    size_t n = pr->n_plain;
    int found = 0;
    /* a run of 2p equal pairs p apart needs 3p code points: longer periods cannot repeat here */
    for (size_t p = 2; 3 * p <= n && !found; p++) {
        size_t run = 0;
        for (size_t i = 0; i + p < n && !found; i++) {
            run = plain[i] == plain[i + p] ? run + 1 : 0;
            if (run >= 2 * p) found = 1;
        }
    }
    return found;
}

/* 1 when some stretch of min or more code points is said twice in a row in t[0..n):
 * t[i..i+p) == t[i+p..i+2p) for some i and some p >= min. */
static int has_doubled(const uint32_t *t, size_t n, size_t min)
{
    for (size_t p = min; 2 * p <= n; p++) {
        size_t run = 0;
        for (size_t i = 0; i + p < n; i++) {
            run = t[i] == t[i + p] ? run + 1 : 0;
            if (run >= p) return 1;
        }
    }
    return 0;
}

/* A whole sentence of DOUBLED_MIN or more code points said twice in a row (感谢您的来电，祝您愉快，
 * 再见！感谢您的来电，祝您愉快，再见！): mindless repetition as the examiners label it (every retired
 * set's examiner), though said only twice, not three times as repeated() needs. Not where the
 * category's own standard wording says a stretch twice (1.3 您好请讲、您好请讲; 贵阳 T-GSOCCIA
 * 001—2020 §二(一) 1.3, §二(三) 4): there saying it twice is the phrase. */
#define DOUBLED_MIN 8
static int said_twice(const cs_category *c, const prepared *pr)
{
    if (!has_doubled(pr->plain, pr->n_plain, DOUBLED_MIN)) return 0;
    for (size_t i = 0; i < c->n_phrases; i++)
        if (c->phrases[i].norm && has_doubled(c->phrases[i].norm, c->phrases[i].n_norm, 2)) return 0;
    return 1;
}

/* Grammar particles (吗 呢 吧 啊 了 的) are typed on purpose: 好吗 is no slip for 号码. */
static int is_particle(uint32_t c)
{
    return c == 0x5417 || c == 0x5462 || c == 0x5427 || c == 0x554A || c == 0x4E86 || c == 0x7684;
}

/* next[i] = the first particle at or after i (n when none), for i in [0, n]: a window [i, i + k)
 * holds a particle when next[i] < i + k, one look instead of a scan per window and keyword. */
static void next_particles(const uint32_t *t, size_t n, uint16_t *next)
{
    next[n] = (uint16_t)n;
    for (size_t i = n; i-- > 0;) next[i] = is_particle(t[i]) ? (uint16_t)i : next[i + 1];
}

/* 1 when no clause break lies between code points a and b of the reply. */
static int same_clause(const prepared *pr, size_t a, size_t b)
{
    size_t lo = a < b ? a : b, hi = a < b ? b : a;
    for (size_t k = lo; k < hi && k < pr->n; k++)
        if (cs_is_break(pr->t[k])) return 0;
    return 1;
}

/* 1 when the same-sounding stretch pr->t[s..s+k) stands in the keyword's own place in one of the
 * category's standard wordings: there the keyword alt has the reply's Chinese character right
 * before the stretch (业务资讯 where the standard says 业务咨询, 需要资讯 for 需要咨询) or right
 * after it. An input method that offers the commoner word for the same pinyin (zixun: 资讯) gives
 * this ordinary slip, read as the word meant, as a one-character slip is (issue #11 item 6); 卧室
 * before 客服 is in no place 我是 has in the wording (我是嘉定…), so it stays the IME's garbage. */
static int in_keyword_place(const cs_category *c, const prepared *pr, size_t s, const cs_pattern *alt)
{
    size_t k = alt->n;
    for (size_t p = 0; p < c->n_phrases; p++) {
        const uint32_t *w = c->phrases[p].norm;
        size_t n = c->phrases[p].n_norm;
        for (size_t j = 0; w && j + k <= n; j++) {
            size_t m = 0;
            while (m < k && w[j + m] == alt->el[m]) m++;
            if (m < k) continue;
            if (j > 0 && s > 0 && cs_is_han(w[j - 1]) && w[j - 1] == pr->t[s - 1]) return 1;
            if (j + k < n && s + k < pr->n && cs_is_han(w[j + k]) && w[j + k] == pr->t[s + k]) return 1;
        }
    }
    return 0;
}

/* Is t[s..e) of t[0..n) a whole clause: a break or an edge of the text on both sides? */
static int whole_clause(const uint32_t *t, size_t n, size_t s, size_t e)
{
    return (s == 0 || cs_is_break(t[s - 1])) && (e >= n || cs_is_break(t[e]));
}

/* 1 when alt, found at s, is a whole clause of the reply as it is a whole clause of one of the category's
 * standard wordings (再见 in 祝您愉快，再见; 您好 opening 您好，XX号为您服务): a clause of one keyword has
 * no neighbour to place it by, and is in its place alone. */
static int in_clause_place(const cs_category *c, const prepared *pr, size_t s, const cs_pattern *alt)
{
    size_t k = alt->n;
    if (!whole_clause(pr->t, pr->n, s, s + k)) return 0;
    int found = 0;
    for (size_t p = 0; p < c->n_phrases && !found; p++) {
        /* the wording with its clause breaks (the bank keeps it without: phrase norm is for similarity) */
        char *filled = cs_bank_fill_template(c->phrases[p].standard);
        uint32_t *w = NULL;
        size_t n = filled ? cs_normalize_clauses(filled, &w) : (size_t)-1;
        free(filled);
        if (n == (size_t)-1) continue;
        for (size_t j = 0; j + k <= n && !found; j++) {
            size_t m = 0;
            while (m < k && w[j + m] == alt->el[m]) m++;
            found = m == k && whole_clause(w, n, j, j + k);
        }
        free(w);
    }
    return found;
}

/* 1 when the stretch pr->t[s..s+k) stands where one of the part's other keywords of its length stands in
 * one of the category's standard wordings, with the wording's own character on BOTH sides of it: 帮您格对一下
 * where 1.2 says 帮您核实一下 (核对 is the same part's keyword, said in 核实's place), a nine-key slip in a
 * paraphrase the part accepts. Both sides, as a paraphrase's place is the weaker one (in_keyword_place
 * asks one side of the keyword's own place). Helper fix21p. */
static int in_part_place(const cs_category *c, const cs_part *part, const prepared *pr, size_t s, size_t k)
{
    /* a character on both sides (一 is 1 in the normal form: 核实一下 is 核实1下) */
    if (s == 0 || s + k >= pr->n || !cs_is_han(pr->t[s - 1]) || !(cs_is_han(pr->t[s + k]) || is_digit(pr->t[s + k]))) return 0;
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *other = &part->alts.alts[a];
        if (other->n != k || han_literals(other) != k) continue;
        for (size_t p = 0; p < c->n_phrases; p++) {
            const uint32_t *w = c->phrases[p].norm;
            size_t n = c->phrases[p].n_norm;
            for (size_t j = 1; w && j + k < n; j++) {
                size_t m = 0;
                while (m < k && w[j + m] == other->el[m]) m++;
                if (m == k && w[j - 1] == pr->t[s - 1] && w[j + k] == pr->t[s + k]) return 1;
            }
        }
    }
    return 0;
}

/* 1 when t[0..k) is, character for character, one of the part's own alternatives: 谢谢 where the
 * part also lists 蟹蟹 (the Gen-Z spelling) is that part said as written, no slip for 蟹蟹. */
static int listed_alt(const cs_part *part, const uint32_t *t, size_t k)
{
    for (size_t a = 0; a < part->alts.n; a++) {
        const cs_pattern *alt = &part->alts.alts[a];
        if (alt->n != k || han_literals(alt) != k) continue;
        size_t m = 0;
        while (m < k && alt->el[m] == t[m]) m++;
        if (m == k) return 1;
    }
    return 0;
}

/* 卧室 for 我是: a stretch sounding like one of the category's keywords, but with every
 * character a different one, outside the parts found: the input method's garbage. Not when the
 * stretch is a whole word of the reply and its part was said as written in another clause: 跨省迁移
 * before ，实在抱歉 is a move between provinces, no slip for 歉意 (the apology is said apart from it);
 * 卧室客服 still is 我是 typed wrong, in the clause of the part it should be. */
static int homophone_garbage(const cs_phrase_bank *bank, const cs_category *c, const prepared *pr,
                             const unsigned char *used, const evidence *ev, size_t *gs, size_t *ge)
{
    /* the readings of the characters no part took: a keyword none of them sounds like is out */
    uint64_t sounds[CS_PINYIN_SET_WORDS] = { 0 };
    for (size_t i = 0; i < pr->n; i++)
        if (!used[i]) cs_pinyin_mark(bank->pinyin, pr->t[i], 0, sounds);
    uint16_t next[CS_MATCH_MAX_CPS + 1];
    int have_next = 0;
    for (size_t p = 0; p < c->n_parts; p++) {
        for (size_t a = 0; a < c->parts[p].alts.n; a++) {
            const cs_pattern *alt = &c->parts[p].alts.alts[a];
            if (alt->n < 2 || alt->n > 4 || han_literals(alt) != alt->n) continue;
            size_t like = 0;   /* every character must sound like one of those */
            while (like < alt->n && cs_pinyin_marked(bank->pinyin, alt->el[like], 0, sounds)) like++;
            if (like < alt->n) continue;
            if (!have_next) { next_particles(pr->t, pr->n, next); have_next = 1; }
            for (size_t i = 0; i + alt->n <= pr->n; i++) {
                if (next[i] < i + alt->n) continue;
                size_t k = 0;
                while (k < alt->n && !used[i + k] && cs_pinyin_homophone(bank->pinyin, pr->t[i + k], alt->el[k])) k++;
                if (k < alt->n) continue;
                int word = pr->starts[i] && (i + k >= pr->n || pr->starts[i + k]);
                /* calls17: 优惠副卡 holds 惠副 (huifu, 回复): a stretch that starts inside a word of the
                 * reply (优惠) is no candidate the input method gave for the keyword, no slip */
                if (!pr->starts[i]) continue;
                if (word && ev[p].how == FOUND_EXACT && !same_clause(pr, i, ev[p].s)) continue;
                if (word && in_keyword_place(c, pr, i, alt)) continue;
                if (listed_alt(&c->parts[p], pr->t + i, k)) continue;
                *gs = i;
                *ge = i + k;
                return 1;
            }
        }
    }
    return 0;
}

/* ---- categories ---- */

typedef struct {
    const cs_phrase *ph;
    int complete;
    double coverage, dice;
} phrase_score;

static phrase_score score_phrase(const cs_phrase *ph, const evidence *ev, const prepared *pr)
{
    phrase_score sc = { .ph = ph, .complete = 1 };
    double got = 0.0, total = (double)ph->n_req + W_OPTIONAL * (double)ph->n_opt;
    for (size_t i = 0; i < ph->n_req; i++) {
        if (ev[ph->req[i]].how) got += 1.0;
        else sc.complete = 0;
    }
    for (size_t i = 0; i < ph->n_opt; i++)
        if (ev[ph->opt[i]].how) got += W_OPTIONAL;
    sc.coverage = got / total;
    sc.dice = dice(pr, ph);
    return sc;
}

/* Nearest phrase: a complete one before an incomplete one, then coverage, then wording. */
static int better(const phrase_score *a, const phrase_score *b)
{
    if (a->complete != b->complete) return a->complete > b->complete;
    if (a->coverage != b->coverage) return a->coverage > b->coverage;
    return a->dice > b->dice;
}

/* Parts of c found in the reply (ev has c->n_parts slots) and the nearest phrase. */
static phrase_score find_phrase(const cs_phrase_bank *bank, const cs_category *c, const prepared *pr, evidence *ev)
{
    for (size_t i = 0; i < c->n_parts; i++) find_part(bank, c, &c->parts[i], pr, &ev[i]);
    phrase_score best = score_phrase(&c->phrases[0], ev, pr);
    for (size_t i = 1; i < c->n_phrases; i++) {
        phrase_score sc = score_phrase(&c->phrases[i], ev, pr);
        if (better(&sc, &best)) best = sc;
    }
    return best;
}

/* Marks the spans of the required parts of a complete phrase: there, the phrase wins over any
 * forbidden word (no_contact's 没办法处理, 贵阳 T-GSOCCIA 001—2020 §二(二) 2.11). A reply holding one of
 * the category's "not" cues is never that phrase, so it shields nothing (fix31a: 麻烦您用心听一下好吗，
 * 我再说最后一遍 has 2.5's 麻烦 and 再说…遍, but the agent saying it a last time is no 2.5 ask, and its
 * impatience stays, §二(三)6 注意通话语气和态度). */
static void protect_parts(const cs_category *c, const prepared *pr, const phrase_score *best, const evidence *ev,
                          unsigned char *protect)
{
    size_t ns, ne;
    if (!best->complete || any_present(&c->nots, pr, &ns, &ne)) return;
    for (size_t i = 0; i < best->ph->n_req; i++) {
        const evidence *e = &ev[best->ph->req[i]];
        for (size_t k = e->s; k < e->e; k++) protect[k] = 1;
    }
    for (size_t i = 0; i < best->ph->n_opt; i++) {
        const evidence *e = &ev[best->ph->opt[i]];
        for (size_t k = e->s; e->how && k < e->e; k++) protect[k] = 1;
    }
}

static void add_typo(const cs_pinyin *py, cs_match *out, const prepared *pr, const evidence *ev)
{
    if (out->n_typos >= CS_MATCH_MAX_TYPOS) return;
    cs_typo *ty = &out->typos[out->n_typos++];
    size_t k = 0, m = 0;
    for (size_t i = ev->s; i < ev->e; i++) {
        char b[4];
        /* a clause break inside the span is the comma typed; the slipped digit the numeral typed */
        uint32_t c = cs_is_break(pr->t[i]) ? 0xFF0C : i == ev->typo_at ? numeral_typed(pr->t, pr->n, i, 1) : pr->t[i];
        size_t len = cs_utf8_put(c ? c : pr->t[i], b);
        if (k + len < CS_MATCH_WORD_BYTES) { memcpy(ty->typed + k, b, len); k += len; }
        len = cs_utf8_put(i == ev->typo_at ? ev->meant : ev->meant2 && i == ev->typo_at2 ? ev->meant2 : c ? c : pr->t[i], b);
        if (m + len < CS_MATCH_WORD_BYTES) { memcpy(ty->meant + m, b, len); m += len; }
    }
    ty->typed[k] = '\0';
    ty->meant[m] = '\0';
    if (ev->how == FOUND_SHUANGPIN) {
        ty->kind = "shuangpin";
        ty->label = "双拼输入邻键字";
        return;
    }
    if (ev->how == FOUND_T9) {
        /* a homophone word (合适 for 核实) is the voice input's; a pair on the same keys the nine-key's */
        int keys = !cs_pinyin_homophone(py, pr->t[ev->typo_at], ev->meant) ||
                   (ev->meant2 && !cs_pinyin_homophone(py, pr->t[ev->typo_at2], ev->meant2));
        ty->kind = keys ? "t9" : "pinyin";
        ty->label = keys ? "九宫格输入同键字" : "语音输入同音词";
        return;
    }
    ty->kind = ev->how == FOUND_SHAPE ? "handwriting" : ev->how == FOUND_FUZZY ? "fuzzy" : "pinyin";
    ty->label = ev->how == FOUND_SHAPE ? "手写输入形近字" : ev->how == FOUND_FUZZY ? "拼音输入模糊音" : "拼音输入同音字";
}

static void set_reason(cs_match *out, const char *reason, const char *label)
{
    if (out->reason) return;
    out->reason = reason;
    out->reason_label = label;
}

/* A reply whose fillers are a habit (mostly fillers: 那个，就是说，那个，感谢来电，再见; or said through
 * it, in a string, one over and over) is 口头禅, not the phrase (呼叫服务员职业标准(试行) 五级 三(一)2
 * 不用禁忌语及口头禅). One hesitation in a competent reply (您好，那个，我是3号客服，请问有什么可以帮您)
 * is a word in between and stays the phrase (tests/data/eval/README.md: "with extra polite words or a
 * word in between"). The one judgement of tone_filler.c (filler17; hwslip's share rule is there). Sounds
 * set off as their own clause (嗯，) were already dropped (drop_fillers); those glued to words count. */
static int fillers_a_habit(const prepared *pr)
{
    return cs_words_fillers(&pr->words, NULL).kind == CS_FILLER_HABIT;
}

/* Template text, garbage, repetition and fillers: the parts are there, but this is not the phrase. */
/* Does the reply as typed end in an ellipsis (…… or ...), trailing spaces aside? */
static int ends_in_ellipsis(const char *raw)
{
    size_t n = raw ? strlen(raw) : 0;
    while (n > 0 && (raw[n - 1] == ' ' || raw[n - 1] == '\t' || raw[n - 1] == '\n')) n--;
    if (n >= 3 && memcmp(raw + n - 3, "\xE2\x80\xA6", 3) == 0) return 1;   /* … */
    return n >= 3 && memcmp(raw + n - 3, "...", 3) == 0;
}

/* The template cut off before its last words: the reply ends on an address that asks for what follows —
 * 请问您, 请您 — with nothing after it (2.12 为了更有效地帮助您，请问您…… sent without the question). Half a
 * phrase whose standard wording goes on with the question or the request (贵阳 T-GSOCCIA 001—2020 §二(二)
 * 2.12; 1.1 请问有什么可以帮您) is not the phrase. Written with the standard's own ellipsis (请问您……) it is the
 * standard's wording, the question marked as to follow. */
static int cut_off(const prepared *pr)
{
    if (ends_in_ellipsis(pr->raw)) return 0;
    static const uint32_t tails[][4] = {
        { 3, 0x8BF7, 0x95EE, 0x60A8 },   /* 请问您 */
        { 3, 0x8BF7, 0x95EE, NI },       /* 请问你 */
        { 2, 0x8BF7, 0x60A8, 0 },        /* 请您 */
    };
    size_t n = pr->n;
    while (n > 0 && cs_is_break(pr->t[n - 1])) n--;
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        size_t k = tails[i][0];
        if (n >= k && memcmp(pr->t + n - k, tails[i] + 1, k * sizeof(uint32_t)) == 0) return 1;
    }
    return 0;
}

/* A question asked after the goodbye (再见！对了，要不要给您办张年卡？): the call is kept open, so the goodbye
 * ends nothing. The 结束语 and the 再见 of the special endings close the call (贵阳 T-GSOCCIA 001—2020 §二(一)
 * 1.4, §二(三) 2、3、5); a new question after them takes the ending back. */
static int asked_after_bye(const cs_category *c, const prepared *pr, const evidence *ev)
{
    /* asked plainly: a question mark, 吗, or a word that asks (忙着呢 is no question) */
    static const char *const asks[] = { "请问", "是否", "需不需要", "要不要", "有没有", "是不是", "用不用", "方不方便", NULL };
    for (size_t i = 0; i < c->n_parts; i++) {
        if (!ev[i].how || strcmp(c->parts[i].name, "bye") != 0) continue;
        /* 挂机 / 挂断 (空话 4's part) asked of the caller is a request, politely 好吗: no goodbye taken back */
        if (pr->t[ev[i].s] == 0x6302) continue;   /* 挂 */
        for (size_t k = ev[i].e; k < pr->n; k++)
            if (pr->t[k] == CS_NORM_QBREAK || pr->t[k] == 0x5417) return 1;   /* ？ 吗 */
        for (size_t k = 0; k < pr->words.n; k++)
            if (pr->words.v[k].s >= ev[i].e && cs_word_in(pr->words.v[k].w, asks)) return 1;
    }
    return 0;
}

static int not_the_phrase(const cs_phrase_bank *bank, const cs_category *c, const prepared *pr,
                          const phrase_score *best, const unsigned char *used, const evidence *ev, cs_match *out)
{
    if (pr->placeholder) { set_reason(out, "placeholder", "模板占位符未替换（XX号、先生/女士）"); return 1; }
    if (pr->latin_leak) { set_reason(out, "garbage", "输入法乱码（夹杂字母）"); return 1; }
    if (cut_off(pr)) { set_reason(out, "cut_off", "话未说完（模板截断）"); return 1; }
    /* a rude tail after the goodbye is judged as rude (said_rudely), not as an ending taken back */
    if (out->n_taboo == 0 && asked_after_bye(c, pr, ev)) { set_reason(out, "not_closed", "道别后又提问，通话未结束"); return 1; }
    size_t gs, ge;
    if (homophone_garbage(bank, c, pr, used, ev, &gs, &ge)) {
        add_word(out, pr->t, gs, ge);
        set_reason(out, "garbage", "输入法乱码（同音错字）");
        return 1;
    }
    if (pr->n_plain > 4 * best->ph->n_norm + 40 || repeated(pr) || said_twice(c, pr)) {
        set_reason(out, "repetition", "机械重复或冗长");
        return 1;
    }
    if (fillers_a_habit(pr)) {
        set_reason(out, "filler", "口头禅（填充词过多）");
        return 1;
    }
    return 0;
}

static double confidence_of(const cs_match *out, const phrase_score *best, int gaps, int typos, int nots)
{
    if (out->match) {
        double c = 0.97 - CONF_GAP * gaps - CONF_TYPO * typos;
        if (best->dice < 0.3) c -= 0.1;
        return c < 0.5 ? 0.5 : c;
    }
    if (out->reason && strcmp(out->reason, "tone.model") == 0) return 0.6;   /* the panel decides */
    if (out->insult || (out->n_taboo && !out->reason)) return 0.95;
    if (out->reason && strncmp(out->reason, "tone.", 5) == 0) return 0.8;
    if (out->reason && strcmp(out->reason, "placeholder") == 0) return 0.95;
    if (out->reason) return 0.8;
    if (nots) return 0.85;
    if (out->n_missing == 1 && best->coverage >= 0.6) return 0.7;   /* one part only just missing */
    return 0.9;
}

static void ask_tone_model(const cs_phrase_bank *bank, const prepared *pr, const unsigned char *protect,
                           cs_match *out);
static int prepare(const cs_phrase_bank *bank, const char *text, prepared *pr);
static void release(prepared *pr);

/* The clause of the normal form around code point at: [*s, *e) between breaks. */
static void clause_around(const prepared *pr, size_t at, size_t *s, size_t *e)
{
    *s = at;
    while (*s > 0 && !cs_is_break(pr->t[*s - 1])) (*s)--;
    *e = at;
    while (*e < pr->n && !cs_is_break(pr->t[*e])) (*e)++;
}

/* Whether the clause [s, e) holds one of the rude words out->words[from..) (the hits of the taboo
 * list and the tone rules, as add_word wrote them: without breaks). */
static int clause_rude(const prepared *pr, size_t s, size_t e, const cs_match *out, size_t from)
{
    char buf[4 * 256 + 1];
    size_t k = 0;
    for (size_t i = s; i < e && k + 4 < sizeof buf; i++) k += cs_utf8_put(pr->t[i], buf + k);
    buf[k] = '\0';
    for (size_t w = from; w < out->n_words; w++)
        if (out->words[w][0] && strstr(buf, out->words[w])) return 1;
    return 0;
}

/* 不留电话就算了，那我们也没办法处理，您爱留不留 — the courtesy a phrase asks for (2.11's 非常
 * 抱歉; 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语) found only as the 您 of the rude clause itself is no
 * courtesy: the phrase was not said, rudely or otherwise (the half a phrase said rudely earns needs
 * every part said). Read when the courtesy part's evidence is the bare pronoun (您, 恁, 侬) in a
 * clause holding a rude word: the part is looked for again with the rude clauses left out. 1 when
 * it is found nowhere else. */
static int courtesy_only_in_rude(const cs_phrase_bank *bank, const cs_category *c, const phrase_score *best,
                                 const evidence *ev, const prepared *pr, const cs_match *out, size_t from)
{
    for (size_t i = 0; i < best->ph->n_req; i++) {
        size_t k = best->ph->req[i];
        const evidence *x = &ev[k];
        if (strcmp(c->parts[k].name, "courtesy") != 0 || !x->how || x->e != x->s + 1) continue;
        uint32_t cp = pr->t[x->s];
        if (cp != NIN && cp != 0x6041 && cp != 0x4FAC) continue;   /* 您 恁 侬 */
        size_t cs, ce;
        clause_around(pr, x->s, &cs, &ce);
        if (!clause_rude(pr, cs, ce, out, from)) continue;
        /* the reply without its rude clauses, a break for each */
        char *rest = malloc(4 * pr->n + 4);
        if (!rest) return 0;
        size_t len = 0;
        for (size_t j = 0; j < pr->n;) {
            size_t a, b;
            if (cs_is_break(pr->t[j])) { len += cs_utf8_put(pr->t[j], rest + len); j++; continue; }
            clause_around(pr, j, &a, &b);
            if (!clause_rude(pr, a, b, out, from))
                for (size_t q = a; q < b; q++) len += cs_utf8_put(pr->t[q], rest + len);
            j = b;
        }
        rest[len] = '\0';
        prepared pr2;
        evidence found;
        int ok = prepare(bank, rest, &pr2) == 0;
        if (ok) find_part(bank, c, &c->parts[k], &pr2, &found);
        release(&pr2);
        free(rest);
        if (ok && !found.how) return 1;
    }
    return 0;
}

/* A vulgar slip in a part of the complete phrase best (NULL: none) is charged once (vulgar_slip). */
static void charge_vulgar_slip(const phrase_score *best, const evidence *ev, const prepared *pr, cs_match *out)
{
    if (!best || out->n_taboo >= CS_MATCH_MAX_TABOO) return;
    for (size_t i = 0; i < out->n_taboo; i++)
        if (out->taboo[i] == VULGAR_SLIP) return;
    for (size_t i = 0; i < best->ph->n_req + best->ph->n_opt; i++) {
        size_t k = i < best->ph->n_req ? best->ph->req[i] : best->ph->opt[i - best->ph->n_req];
        if (!vulgar_slip(pr->t, &ev[k])) continue;
        out->taboo[out->n_taboo++] = VULGAR_SLIP;
        add_word(out, pr->t, ev[k].s, ev[k].e);
        return;
    }
}

static int match_category(const cs_phrase_bank *bank, const cs_category *c, const prepared *pr, cs_match *out)
{
    /* one allocation: the parts' evidence, then the protected and the used code points */
    size_t n_ev = c->n_parts ? c->n_parts : 1;
    evidence *ev = calloc(1, n_ev * sizeof *ev + 2 * (pr->n + 1));
    if (!ev) return -1;
    unsigned char *protect = (unsigned char *)(ev + n_ev);
    unsigned char *used = protect + pr->n + 1;
    phrase_score best = find_phrase(bank, c, pr, ev);
    out->phrase = best.ph->id;
    out->clause = c->clause;
    out->similarity = W_COVERAGE * best.coverage + W_DICE * best.dice;
    int gaps = 0, typos = 0;
    for (size_t i = 0; i < best.ph->n_req && out->n_missing < CS_MATCH_MAX_MISSING; i++)
        if (!ev[best.ph->req[i]].how) out->missing[out->n_missing++] = c->parts[best.ph->req[i]].name;
    for (size_t i = 0; i < c->n_parts; i++) {
        const evidence *e = &ev[i];
        if (!e->how) continue;
        add_word(out, pr->t, e->s, e->e);
        gaps += e->how == FOUND_GAP;
        if (e->how == FOUND_TYPO || e->how == FOUND_SHAPE) { typos++; add_typo(bank->pinyin, out, pr, e); }
        if (e->how == FOUND_FUZZY || e->how == FOUND_T9 || e->how == FOUND_SHUANGPIN) { typos += 2; add_typo(bank->pinyin, out, pr, e); }   /* a weaker slip */
    }
    protect_parts(c, pr, &best, ev, protect);
    /* parts found anywhere (optional ones too) are no garbage */
    for (size_t i = 0; i < c->n_parts; i++)
        for (size_t k = ev[i].s; ev[i].how && k < ev[i].e; k++) used[k] = 1;
    size_t rude_from = out->n_words;   /* the words added from here on are the rude ones */
    scan_taboo(bank, pr, protect, out);
    scan_tone(pr, protect, out);
    charge_vulgar_slip(best.complete ? &best : NULL, ev, pr, out);
    /* a complete phrase with a rude residue is not the phrase (issue #11 item 4): the same
     * judgement as category taboo, English and the tone model included, on what is left */
    if (best.complete && out->n_taboo == 0) {
        scan_english(pr, out);
        ask_tone_model(bank, pr, protect, out);
    }
    size_t ns, ne;
    int nots = any_present(&c->nots, pr, &ns, &ne);
    if (nots && best.complete) add_word(out, pr->t, ns, ne);
    int other = best.complete && not_the_phrase(bank, c, pr, &best, used, ev, out);
    if (pr->placeholder) set_reason(out, "placeholder", "模板占位符未替换（XX号、先生/女士）");
    out->match = best.complete && out->n_taboo == 0 && !nots && !other;
    out->parts_complete = best.complete;
    out->said_rudely = best.complete && out->n_taboo > 0 && !nots && !other &&
                       !courtesy_only_in_rude(bank, c, &best, ev, pr, out, rude_from);
    out->confidence = confidence_of(out, &best, gaps, typos, nots);
    /* filler17: the phrase said with one hesitation (这个这个，/ 那啥，) counts, a little less sure, as
     * a part found with a word inside it: the examiner panel sees it (3.1 不用口头禅) */
    if (out->match && cs_words_fillers(&pr->words, NULL).kind == CS_FILLER_SLIP && out->confidence - CONF_GAP >= 0.5)
        out->confidence -= CONF_GAP;
    free(ev);
    return 0;
}

/* Marks the protected spans of c when one of its phrases is complete, as match_category would
 * (the same nearest phrase), searching only the parts a still possible complete phrase needs:
 * a phrase with a required part missing can never be the nearest while a complete one exists. */
static int protect_category(const cs_phrase_bank *bank, const cs_category *c, const prepared *pr, unsigned char *protect,
                            cs_match *out)
{
    size_t n = c->n_parts ? c->n_parts : 1;
    evidence *ev = calloc(n, sizeof *ev);
    unsigned char *searched = calloc(n, 1);
    if (!ev || !searched) { free(ev); free(searched); return -1; }
    phrase_score best = { 0 };
    int have = 0;
    for (size_t i = 0; i < c->n_phrases; i++) {
        const cs_phrase *ph = &c->phrases[i];
        int complete = 1;
        for (size_t k = 0; k < ph->n_req && complete; k++) {
            size_t r = ph->req[k];
            if (!searched[r]) { find_part(bank, c, &c->parts[r], pr, &ev[r]); searched[r] = 1; }
            complete = ev[r].how != FOUND_NONE;
        }
        if (!complete) continue;
        for (size_t k = 0; k < ph->n_opt; k++) {
            size_t o = ph->opt[k];
            if (!searched[o]) { find_part(bank, c, &c->parts[o], pr, &ev[o]); searched[o] = 1; }
        }
        phrase_score sc = score_phrase(ph, ev, pr);
        if (!have || better(&sc, &best)) { best = sc; have = 1; }
    }
    if (have) protect_parts(c, pr, &best, ev, protect);
    if (have && out) charge_vulgar_slip(&best, ev, pr, out);
    free(ev);
    free(searched);
    return 0;
}

/* Protected spans of every category whose phrase is complete (for the scan without a category). */
static int protect_all(const cs_phrase_bank *bank, const prepared *pr, unsigned char *protect, cs_match *out)
{
    for (size_t i = 0; i < bank->n_cats; i++)
        if (protect_category(bank, &bank->cats[i], pr, protect, out) < 0) return -1;
    return 0;
}

/* Does the reply hold a character a vulgar slip could be typed with (vulgar_slip)? */
static int holds_vulgar(const prepared *pr)
{
    evidence e = { .how = FOUND_TYPO };
    for (size_t i = 0; i < pr->n; i++) {
        e.typo_at = i;
        if (vulgar_slip(pr->t, &e)) return 1;
    }
    return 0;
}

static void scan_all(const cs_phrase_bank *bank, const prepared *pr, cs_match *out)
{
    /* Protection only ever takes hits away (a protected span never adds one, and every rule
     * takes the same path with or without it), so a reply with no hit unprotected has none:
     * most replies skip matching every category's parts for protect_all. */
    scan_taboo(bank, pr, NULL, out);
    scan_tone(pr, NULL, out);
    scan_english(pr, out);
    /* a vulgar slip in a phrase is charged even in a reply with no other finding (vulgar_slip) */
    int vulgar = holds_vulgar(pr);
    if (out->n_taboo == 0 && !vulgar) { memset(out, 0, sizeof *out); out->confidence = 0.9; return; }
    unsigned char *protect = calloc(pr->n + 1, 1);
    if (protect && protect_all(bank, pr, protect, NULL) < 0) memset(protect, 0, pr->n + 1);
    /* nothing protected: the scan just made is the answer (an empty protection is no protection) */
    size_t marked = 0;
    for (size_t i = 0; protect && i < pr->n; i++) marked += protect[i];
    if (marked) {
        memset(out, 0, sizeof *out);
        scan_taboo(bank, pr, protect, out);
        scan_tone(pr, protect, out);
        scan_english(pr, out);
    }
    /* rare (a vulgar character in the reply): the phrases' parts matched once more, to charge the slip */
    if (vulgar && protect && protect_all(bank, pr, protect, out) < 0) vulgar = 0;
    out->confidence = out->n_taboo == 0 ? 0.9 : out->reason ? 0.8 : 0.95;
    free(protect);
}

/* The clause after the reply's last offer of help or transfer (words.h), or 0 when none. An offer
 * that is a required part of the phrase being graded (1.1 请问有什么可以帮您, 2.16, 2.18 为您转接)
 * is the phrase itself, not the agent directing the caller after pushing the matter away: the cut
 * is the last offer outside the parts, so a rude clause said before the phrase's own offer (烦死了，
 * 您好，我是客服，有什么可以帮您) is still judged. */
static size_t help_cut(const prepared *pr, const unsigned char *protect)
{
    cs_words w = pr->words;   /* a prefix view: help offers before word w.n only */
    while (w.n > 1) {
        /* the last offer word: cs_words_help_after(i - 1) holds at it (no word lies between to
         * refuse it) and for no i past it (words.h), so one pass finds it instead of one
         * cs_words_help_after per i */
        size_t at = w.n;
        for (size_t i = w.n; i-- > 1;)
            if (cs_words_offer(&w, i)) { at = i; break; }
        if (at == w.n) return 0;
        int part = 0;
        for (size_t k = w.v[at].s; protect && k < w.v[at].e && !part; k++) part = protect[k];
        if (!part) return w.v[at].clause + 1;
        w.n = at;
    }
    return 0;
}

/* The model reads characters, not who speaks: it judges only the clauses after the reply's last
 * offer of a transfer or help (不归我们管，我帮您转接 directs the caller; 我帮您查一下，您真是大老板
 * still mocks after it) and none that repeat someone else's words (他说您是…), where the rules have
 * judged the words (words.h). With `protect` (a phrase category's required parts), none that holds
 * a part either: only the residue around the phrase is judged, so the phrase's own words never
 * count against it. Returns those clauses, simplified, joined by "，" (malloc'd), or NULL when none
 * is left. */
/* 这事我说了不算，您可以到营业厅申请: a clause of the words [i, j) saying what the agent may not decide
 * (说了不算, 做不了主, 没有权限 …), naming no caller, with the way on after it (way_on_after, help
 * or a favour): the rules read it as a referral, not 推诿 (呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务), so the tone
 * model, which reads 说了不算 whatever follows, is not given that clause. */
static int authority_referred(const cs_words *w, size_t i, size_t j)
{
    static const char *const authority[] = { "说了不算", "说的不算", "做不了主", "作不了主", "定不了", "批不了", "决定不了",
                                             "没有权限", "没权限", "权限不在", "没这个权限", "批不下来", "定不下来", NULL };
    char text[256];
    size_t len = 0;
    for (size_t k = i; k < j; k++) {
        if (strstr(w->v[k].w, "你") || strstr(w->v[k].w, "您")) return 0;
        size_t n = strlen(w->v[k].w);
        if (len + n + 1 > sizeof text) break;
        memcpy(text + len, w->v[k].w, n);
        len += n;
    }
    text[len] = '\0';
    int said = 0;
    for (size_t m = 0; authority[m] && !said; m++) said = strstr(text, authority[m]) != NULL;
    return said && (way_on_after(w, j - 1) || cs_words_help_after(w, j - 1) || favour_after(w, j - 1));
}

/* fix32c: 我们自己看着处理 / 这事我自己去查: 自己 after the agent's own side (我, 我们, 咱们, 我这边 …) in a clause
 * that names no caller (你/您): the agent saying who does the work, the hotline's own (no 禁忌语 of
 * 呼叫服务员职业标准(试行) 五级 三(一)2, nothing against 贵阳 §二(三)6 注意通话语气和态度). The tone model reads 自己 as the 您自己看着办 it learnt whoever it is said of, so
 * such a clause is not given to it; 你自己看着办 and 我们管不了，您自己想办法 (您 in the clause) are judged. */
static int own_side_self(const cs_words *w, size_t i, size_t j)
{
    static const char *const ours[] = { "我", "我们", "咱们", "我这边", "我们这边", "本人", "咱", NULL };
    static const char *const self[] = { "自己", "自个儿", "自个", NULL };
    int own = 0;
    for (size_t k = i; k < j; k++) {
        if (strstr(w->v[k].w, "你") || strstr(w->v[k].w, "您")) return 0;
        if (k > i && cs_word_in(w->v[k].w, self) && cs_word_in(w->v[k - 1].w, ours)) own = 1;
    }
    return own;
}

/* 别太累了 / 您也别太担心了 / 不要太着急 / 您早点休息: the clause of the words [i, j) asking the caller not
 * to tire or worry too much, or to look after their health, care as 贵阳 §二(二) 2.12 (请您不要着急)
 * and 2.13 say it. The tone model reads 别 + 太…了 as a rebuke whatever follows, so such a clause is
 * not given to it; 别太过分了 and 别太把自己当回事 name no tiredness or worry and are judged. */
static int care_clause(const cs_words *w, size_t i, size_t j)
{
    static const char *const dont[] = { "别太", "不要太", "别过于", "不要过于", "不用太", "别那么", "不要那么", NULL };
    static const char *const worry[] = { "累", "辛苦", "劳累", "操劳", "操心", "担心", "着急", "焦虑", "难过", "伤心", "上火",
                                         "自责", "紧张", "害怕", "生气", NULL };
    char text[192];
    if (i >= j || !cs_words_spell(w, i, w->v[i].clause, text, sizeof text)) return 0;
    /* 您早点休息 / 注意身体: care for the caller's health, whoever else the reply speaks to */
    static const char *const health[] = { "早点休息", "早1点休息", "多休息", "好好休息", "注意身体", "保重身体", "注意休息",
                                        "多喝水", "注意保暖", "多穿点", "多保重", NULL };
    for (size_t r = 0; health[r]; r++)
        if (strstr(text, health[r])) return 1;
    for (size_t d = 0; dont[d]; d++) {
        const char *p = strstr(text, dont[d]);
        if (!p) continue;
        p += strlen(dont[d]);
        for (size_t m = 0; worry[m]; m++) {
            size_t n = strlen(worry[m]);
            /* the worry word right after, and nothing but 了/啊/哈/呀 closing the clause */
            if (strncmp(p, worry[m], n) != 0) continue;
            const char *rest = p + n;
            while (*rest && (strncmp(rest, "了", 3) == 0 || strncmp(rest, "啊", 3) == 0 || strncmp(rest, "哈", 3) == 0 ||
                             strncmp(rest, "呀", 3) == 0 || strncmp(rest, "哦", 3) == 0))
                rest += 3;
            if (!*rest) return 1;
        }
    }
    return 0;
}

/* fix15t: does any clause of the reply name one of the words? */
static int reply_names(const cs_words *w, const char *const *words)
{
    char text[192];
    for (size_t i = 0; i < w->n; i++) {
        if (i > 0 && w->v[i - 1].clause == w->v[i].clause) continue;
        if (!cs_words_spell(w, i, w->v[i].clause, text, sizeof text)) continue;
        for (size_t k = 0; words[k]; k++)
            if (strstr(text, words[k])) return 1;
    }
    return 0;
}

/* Is text made only of the words of parts (longest first), nothing else? */
static int spelled_of(const char *text, const char *const *parts)
{
    while (*text) {
        size_t took = 0;
        for (size_t k = 0; parts[k] && !took; k++)
            if (strncmp(text, parts[k], strlen(parts[k])) == 0) took = strlen(parts[k]);
        if (!took) return 0;
        text += took;
    }
    return 1;
}

/* fix15t: 小心点，地滑 / 您可得小心点，最近有人冒充快递员骗钱: the clause of the words [i, j) is a bare
 * warning (小心 with only the caller, an adverb of urging and a softener: 您千万小心一点) and the reply names
 * a hazard or the caller's frailty — care, as 贵阳 T-GSOCCIA 001—2020 §二(二) 2.13 asks the agent to show. The
 * tone model reads 小心点 as a threat whatever it warns of, so such a clause is not given to it. 你给我小心点 /
 * 你最好小心点 (给我, 最好 are no urging of care) and a reply holding a threat's words (我知道你住哪, 走着瞧)
 * are judged. */
static int kind_warning(const cs_words *w, size_t i, size_t j)
{
    static const char *const parts[] = { "一点儿", "一点", "点儿", "千万", "一定", "务必", "可得", "可要", "还是", "小心", "着点",
                                         "您", "你", "可", "要", "得", "多", "点", "些", "着", "哦", "啊", "呀", "哈", "啦", "喔", "噢",
                                         "！", "!", "。", NULL };
    static const char *const hazard[] = { "滑", "烫", "重物", "摔", "磕", "碰着", "手术", "骨头", "骨质", "腰", "腿脚", "骗", "冒充",
                                          "假冒", "台阶", "楼梯", "下楼", "开车", "路上", "安全", "伤口", "刀", "触电", "漏电", "着凉",
                                          "感冒", "结冰", "下雨", "雨天", "灯坏", "年纪", "身体", "刚好", "慢点", "慢慢", "别提", "别搬",
                                          "别碰", "孩子", "老人", NULL };
    static const char *const threat[] = { "知道你住", "知道您住", "知道你家", "知道您家", "走着瞧", "等着", "饶不了", "不然", "否则",
                                          "后果", "收拾", NULL };
    char text[192];
    if (i >= j || !cs_words_spell(w, i, w->v[i].clause, text, sizeof text)) return 0;
    int bare = strstr(text, "小心") && spelled_of(text, parts);
    /* the hazard the warning names (您这个年纪骨头脆，千万小心点) is the same care */
    int named = 0;
    for (size_t k = 0; hazard[k] && !bare && !named; k++) named = strstr(text, hazard[k]) != NULL;
    /* the clause's own words first: the reply-wide look for a hazard and a threat below is asked
     * for every clause of every reply the model reads, and few clauses warn at all (2.5 % of
     * grading time in perf when it came first) */
    if (!bare && !named) return 0;
    if (!reply_names(w, hazard) || reply_names(w, threat)) return 0;
    if (bare) return 1;
    for (size_t k = 0; k < w->n; k++) {
        if ((k > 0 && w->v[k - 1].clause == w->v[k].clause) || w->v[k].clause == w->v[i].clause) continue;
        char other[192];
        if (cs_words_spell(w, k, w->v[k].clause, other, sizeof other) && strstr(other, "小心") && spelled_of(other, parts))
            return 1;
    }
    return 0;
}

/* fix15t: 您孙子都比您高了 / 您闺女都比您着急: the clause of the words [i, j) compares a relative of the
 * caller with the caller on height, growth or worry — small talk that serves the request (a full fare, a
 * message to pass on), not the caller ranked below a child (您孙子都比您懂, which the rules and the model
 * judge): 贵阳 §二(二) 2.1, only words at the caller fail the call. */
static int relative_compared(const cs_words *w, size_t i, size_t j)
{
    static const char *const kin[] = { "孙子", "孙女", "外孙", "孩子", "儿子", "女儿", "闺女", "宝宝", "小孩", "小朋友", "孙儿",
                                       NULL };
    static const char *const measure[] = { "高", "个子高", "个儿高", "长得高", "还高", "着急", "还着急", "急", "担心", "还担心",
                                           "先到", "早到", "壮", "重", NULL };
    static const char *const than[] = { "比您", "比你", NULL };
    char text[192];
    if (i >= j || !cs_words_spell(w, i, w->v[i].clause, text, sizeof text)) return 0;
    const char *k = NULL;
    for (size_t n = 0; kin[n] && !k; n++) k = strstr(text, kin[n]);
    if (!k) return 0;
    for (size_t t = 0; than[t]; t++) {
        const char *p = strstr(k, than[t]);
        if (!p) continue;
        p += strlen(than[t]);
        for (size_t m = 0; measure[m]; m++)
            if (strncmp(p, measure[m], strlen(measure[m])) == 0) return 1;
    }
    return 0;
}

/* fix15t: 您都没收到货，还要付运费，这不合理，我给您退: the caller's grievance told back (the clause of the words
 * [i, j) holds 都 or 还, as the sarcastic 都…还 frame does) and, within the next two clauses, the agent judging
 * it unfair to the caller (这不合理, 确实不应该) with help offered after — siding with the caller, 贵阳
 * T-GSOCCIA 001—2020 §二(二) 2.12 (安抚) and 2.14 in spirit. The tone model reads 都…还 as a lapse thrown back
 * whatever follows, so these clauses are not given to it; without help after (…，这不合理) they are judged. */
/* 我给您退 / 我们马上给您补: a clause after word i opened by the agent (我, 我们, 马上) doing something for the
 * caller (给/帮/为/替 + 您) — cs_words_help_after knows the offers (我帮您…), not every remedy */
static int remedy_after(const cs_words *w, size_t i)
{
    static const char *const agent[] = { "我", "我们", "马上", "我马上", "我们马上", "这就", NULL };
    static const char *const for_[] = { "给", "帮", "为", "替", NULL };
    static const char *const for_you[] = { "给您", "帮您", "为您", "替您", "给你", "帮你", NULL };
    /* an act that puts it right, not 给你说清楚 */
    static const char *const act[] = { "退", "补", "换", "办", "申请", "处理", "免", "取消", "修", "赔", "返", "撤", "改", "重新", NULL };
    for (size_t k = i + 1; k + 1 < w->n; k++) {
        if (w->v[k - 1].clause == w->v[k].clause || !cs_word_in(w->v[k].w, agent)) continue;
        int you = 0;
        for (size_t m = k + 1; m < w->n && w->v[m].clause == w->v[k].clause; m++) {
            you |= cs_word_in(w->v[m].w, for_you) ||
                   (cs_word_in(w->v[m].w, for_) && m + 1 < w->n && (strcmp(w->v[m + 1].w, "您") == 0 || strcmp(w->v[m + 1].w, "你") == 0));
            for (size_t a = 0; you && act[a]; a++)
                if (strncmp(w->v[m].w, act[a], strlen(act[a])) == 0) return 1;
        }
    }
    return 0;
}

static int grievance_endorsed(const cs_words *w, size_t i, size_t j)
{
    static const char *const frame[] = { "都", "还", "还要", "还得", "都没", "都没有", NULL };
    static const char *const unfair[] = { "不合理", "不应该", "说不过去", "没道理", "不公平", "不对", "是我们的问题", "是我们不对",
                                          NULL };
    /* the caller's own wish after 还 (还想要发票, 还非要退) is a demand judged, not a grievance */
    static const char *const wish[] = { "想", "想要", "要求", "非要", "非得", "居然", "好意思", "竟然", NULL };
    int framed = 0;
    for (size_t k = i; k < j && !framed; k++) framed = cs_word_in(w->v[k].w, frame);
    for (size_t k = i; k < w->n && w->v[k].clause <= w->v[i].clause + 2; k++)
        if (cs_word_in(w->v[k].w, wish)) return 0;
    char text[192];
    for (size_t k = i; k < w->n && w->v[k].clause <= w->v[i].clause + 2; k++) {
        if (k > i && w->v[k - 1].clause == w->v[k].clause) continue;
        if (!cs_words_spell(w, k, w->v[k].clause, text, sizeof text)) continue;
        int judged = 0;
        for (size_t u = 0; unfair[u] && !judged; u++) judged = strstr(text, unfair[u]) != NULL;
        if (!judged) continue;
        size_t last = k;
        while (last + 1 < w->n && w->v[last + 1].clause == w->v[k].clause) last++;
        if (!cs_words_help_after(w, last) && !remedy_after(w, last)) return 0;
        return framed || k == i;   /* the grievance's clauses and the judgement itself */
    }
    return 0;
}

/* 应该是上午九点开门，不是八点: the clause of the words [i, j) naming the wrong item after the right one,
 * as 2.14 puts a correction right (刚才我的解释有些欠缺，应该是……; phrases.txt lists 是…不是 as its right part):
 * 不是 (而不是, 并不是) and a few words, no person named, no particle of tone (不是吧 is exasperation), and
 * the wrong item echoing the right one in the clause before (八点 after 九点, 北门 after 南门: a character
 * of it there). The tone model, which reads 不是…点 as curt whatever it corrects, is not given that
 * clause; 我们这是客服热线，不是精神病院 echoes nothing and is judged (helper fixph13). */
static int bare_contrast(const cs_words *w, size_t i, size_t j)
{
    static const char *const lead[] = { "不是", "而不是", "并不是", "并非", NULL };
    static const char *const particle[] = { "吧", "啊", "吗", "呢", "呀", "嘛", "啦", "哦", "哈", "么", NULL };
    if (i == 0 || j - i > 4 || !cs_word_in(w->v[i].w, lead) || cs_word_in(w->v[j - 1].w, particle)) return 0;
    for (size_t k = i; k < j; k++)
        if (strstr(w->v[k].w, "你") || strstr(w->v[k].w, "您") || strstr(w->v[k].w, "我")) return 0;
    size_t c = w->v[i - 1].clause, p = i;
    while (p > 0 && w->v[p - 1].clause == c) p--;
    for (size_t k = i + 1; k < j; k++)
        for (const char *ch = w->v[k].w; *ch;) {
            const char *next = ch;
            cs_utf8_next(&next);
            char one[8] = { 0 };
            memcpy(one, ch, (size_t)(next - ch) < sizeof one ? (size_t)(next - ch) : sizeof one - 1);
            ch = next;
            if (strstr("的了是这那个一", one)) continue;
            for (size_t m = p; m < i; m++)
                if (strstr(w->v[m].w, one)) return 1;
        }
    return 0;
}

/* The reply's clauses for the tone model; a run of cleared code points (read_innocently) is left
 * out, a clause break in its place so that no n-gram bridges the gap. */
static char *model_text(const prepared *pr, const unsigned char *protect, const unsigned char *cleared)
{
    const cs_words *w = &pr->words;
    size_t from_clause = help_cut(pr, protect);
    char *out = malloc(pr->n * 4 + w->n_clauses * 3 + 1);
    if (!out) return NULL;
    size_t len = 0;
    for (size_t i = 0; i < w->n;) {
        size_t c = w->v[i].clause, j = i;
        int part = 0;
        while (j < w->n && w->v[j].clause == c) {
            for (size_t k = w->v[j].s; protect && !part && k < w->v[j].e; k++) part = protect[k];
            j++;
        }
        /* a clause before the cut or holding a phrase part is left out whatever it says: the
         * readings below (a third of the model's cost in perf) are asked only of the others */
        if (c < from_clause || part) { i = j; continue; }
        /* a frame seen before a word of the clause is seen before every later word too, and the
         * frame ending the clause before holds for all of them (words.h): asking about its last
         * word asks about the clause, in one pass instead of one per word */
        int reported = cs_words_reported(w, j - 1);
        /* 我这人有点啰嗦 / 瞧我这记性，跟个漏勺似的: the agent's own self, not the caller (words.h) */
        reported |= cs_words_agent_own(w, i) || authority_referred(w, i, j) || bare_contrast(w, i, j) ||
                    care_clause(w, i, j) || kind_warning(w, i, j) || relative_compared(w, i, j) ||   /* fix15t */
                    grievance_endorsed(w, i, j) || cs_words_sense_met(w, c) ||
                    own_side_self(w, i, j) ||   /* fix32c */
                    cs_words_comfort_clause(w, i, j);   /* fix33b */
        if (!reported) {
            if (len) len += cs_utf8_put(0xFF0C, out + len);   /* ， */
            for (size_t k = w->v[i].s; k < w->v[j - 1].e; k++) {
                if (cleared && cleared[k]) {   /* fixin15 */
                    if (len && k > w->v[i].s && !cleared[k - 1]) len += cs_utf8_put(0xFF0C, out + len);
                    continue;
                }
                len += cs_utf8_put(pr->t[k], out + len);
            }
        }
        i = j;
    }
    out[len] = '\0';
    if (!len) { free(out); return NULL; }
    return out;
}

/* fixin15: the words of an insult entry that a rule read innocently — found as whole words, not
 * in a protected phrase part, yet not counted because the rule knows their innocent reading (an
 * exception such as 神经病学; not aimed at the caller, as 也就是老年痴呆 names a disease; said of a
 * thing or of the agent, denied, reported, a thing's name, a condition offered with help:
 * hit_counts, scan_entry). An entry that only failed to close its clause (@final) has no such
 * reading. Those words are left out of what the tone model is asked (model_text): the model reads
 * n-grams whoever they are said of, and is not to override the rule on the very words the rule has
 * read (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 / §二(四) 4.2: only words at the caller fail the call).
 * Returns a mask of pr->n bytes (1 = cleared), owned by the caller, or NULL when no word was so read. */
/* The hit [s, e) neither opens its clause nor shares it with a word for the caller (也就是老年痴呆):
 * nobody is addressed by it. 老糊涂了吧你, 哑巴了？ and 你们这些老东西 are said at someone, however
 * aimed_at_caller reads them. */
static int nobody_addressed(const prepared *pr, size_t s)
{
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s);
    if (i == w->n || i == 0 || w->v[i - 1].clause != w->v[i].clause) return 0;
    size_t f = i;
    while (f > 0 && w->v[f - 1].clause == w->v[i].clause) f--;
    for (size_t k = f; k < w->n && w->v[k].clause == w->v[i].clause; k++)
        if (strstr(w->v[k].w, "你") || strstr(w->v[k].w, "您") || cs_word_in(w->v[k].w, SECOND)) return 0;
    return 1;
}

/* Does the rule read the insult entry's hit [*s, *e) innocently (read_innocently)? A hit rejected
 * only for want of a target counts when nobody is addressed (nobody_addressed). An exception the
 * list names (“傻子瓜子”, a brand), even inside a dictionary word, is read whole: [*s, *e) becomes
 * its extent. */
static int insult_read_innocently(const cs_phrase_bank *bank, const cs_taboo_entry *te, const prepared *pr,
                                  const unsigned char *protect, size_t *hs, size_t *he)
{
    size_t s = *hs, e = *he;
    if (all_protected(protect, s, e)) return 0;
    if (excepted_at(te, pr, s, e, hs, he)) return 1;
    if (!at_word_edges(pr, s, e) || (te->final && !ends_clause(pr, e))) return 0;
    if (cared_condition(pr, s) || names_thing_at(pr, s, e) || thing_among_things(bank, pr, s, e)) return 1;   /* fix32a */
    cs_taboo_entry anyone = *te;   /* the entry whoever it is aimed at */
    anyone.aimed = 0;
    if (!hit_counts(&anyone, pr, protect, s, e)) return 1;
    return te->aimed && !aimed_at_caller(pr, s, e) && nobody_addressed(pr, s);
}

static unsigned char *read_innocently(const cs_phrase_bank *bank, const prepared *pr, const unsigned char *protect)
{
    unsigned char *cleared = NULL;
    uint64_t pick[PICK_WORDS] = { 0 };
    int all = bank->n_taboo > PICK_WORDS * 64;
    if (!all) pick_taboo(bank, pr, pick);
    for (size_t i = 0; i < bank->n_taboo; i++) {
        const cs_taboo_entry *te = &bank->taboo[i];
        if (!te->insult || (!all && !((pick[i / 64] >> (i % 64)) & 1)) || lacks(te, pr->seen)) continue;
        size_t from = 0, s, e;
        bend b = taboo_bend(pr, 1);
        while (find_from(&te->pat, pr->t, pr->n, from, &s, &e, &b)) {
            from = s + 1;
            if (!insult_read_innocently(bank, te, pr, protect, &s, &e)) continue;
            if (!cleared && !(cleared = calloc(pr->n + 1, 1))) return NULL;
            memset(cleared + s, 1, e - s);
        }
    }
    return cleared;
}

/* filler17: the code points of a reply's fillers when they are one slip of speech, not a 口头禅
 * (tone_filler.h), or NULL: the tone model reads the reply without them, as the rules do (a
 * hesitant 那啥， is no rude word; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅). */
static unsigned char *filler_slip(const prepared *pr)
{
    const cs_words *w = &pr->words;
    unsigned char *mask = w->n ? calloc(w->n, 1) : NULL;
    if (!mask) return NULL;
    unsigned char *slip = NULL;
    if (cs_words_fillers(w, mask).kind == CS_FILLER_SLIP && (slip = calloc(pr->n + 1, 1)))
        for (size_t i = 0; i < w->n; i++)
            if (mask[i]) memset(slip + w->v[i].s, 1, w->v[i].e - w->v[i].s);
    free(mask);
    return slip;
}

/* taboo31: what the tone model never reads: the filler slip (filler_slip) and a tip on using the service
 * (cs_words_service_tip_span, words.h), whose 下次…就不会 the model reads as the jab it learnt. Only the tip's
 * words: 你可以下载App，就不用来烦我们了，真是的 keeps the rest for the model. NULL: nothing left out. */
static unsigned char *model_skips(const prepared *pr)
{
    unsigned char *slip = filler_slip(pr);
    const cs_words *w = &pr->words;
    /* taboo32: 颜色随便您挑: a free choice offered (choice_offered), whose 随便您 the model reads as 随便你 */
    for (size_t i = 1; i < w->n; i++) {
        if (strcmp(w->v[i - 1].w, "随便") != 0 || !choice_offered(w, i)) continue;
        if (!slip && !(slip = calloc(pr->n + 1, 1))) return NULL;
        memset(slip + w->v[i - 1].s, 1, w->v[i + 1].e - w->v[i - 1].s);
    }
    /* taboo35: 公交卡里的钱是死期的吗？不是，随时能用 — the agent's question about a thing and its own bare answer,
     * which the model reads as the rhetorical 是…吗？不是 (tone_taboo35.h); the facts after it are still read */
    for (size_t i = 0; i < w->n; i++) {
        size_t c = w->v[i].clause;
        if ((i > 0 && w->v[i - 1].clause == c) || !cs_taboo35_thing_answered(w, c)) continue;
        if (!slip && !(slip = calloc(pr->n + 1, 1))) return NULL;
        for (size_t k = i; k < w->n && w->v[k].clause <= c + 1; k++) memset(slip + w->v[k].s, 1, w->v[k].e - w->v[k].s);
    }
    /* insult33: [捂脸] — a chat sticker's caption is a face, not words to the caller (tone_insult33.h) */
    for (size_t i = 0; i < w->n; i++) {
        if ((i > 0 && w->v[i - 1].clause == w->v[i].clause) || !cs_insult33_sticker_clause(w, w->v[i].clause, pr->raw)) continue;
        if (!slip && !(slip = calloc(pr->n + 1, 1))) return NULL;
        for (size_t k = i; k < w->n && w->v[k].clause == w->v[i].clause; k++) memset(slip + w->v[k].s, 1, w->v[k].e - w->v[k].s);
    }
    /* dev34, fix34c: 您的事就是我的事 — a pledge's clause, whose 的事 … 我 … 事 the model reads as 关我什么事 */
    size_t pledge;
    if (cs_words_pledge_clause(w, &pledge))
        for (size_t i = 0; i < w->n; i++) {
            if (w->v[i].clause != pledge) continue;
            if (!slip && !(slip = calloc(pr->n + 1, 1))) return NULL;
            memset(slip + w->v[i].s, 1, w->v[i].e - w->v[i].s);
        }
    size_t first, last;
    if (!cs_words_service_tip_span(w, &first, &last)) return slip;
    if (!slip && !(slip = calloc(pr->n + 1, 1))) return NULL;
    for (size_t i = first; i <= last && i < w->n; i++) memset(slip + w->v[i].s, 1, w->v[i].e - w->v[i].s);
    return slip;
}

/* One question to the tone model on the reply's text (model_text, cleared words left out): is it
 * 禁忌语 (returned; the n-grams that decided it in out->words, *n of them), and an insult too
 * (*insult; then its own n-grams)? *insult on entry says whether an insult may be found at all: a
 * 禁忌语 asked again without innocently read words is never made an insult (fix15t). */
static int model_judges(const cs_phrase_bank *bank, const prepared *pr, const unsigned char *protect,
                        const unsigned char *cleared, cs_match *out, size_t *n, int *insult)
{
    *n = 0;
    int may = *insult;
    *insult = 0;
    char *text = model_text(pr, protect, cleared);
    if (!text) return 0;
    double score;
    /* an insult is a forbidden expression (eval README: insult implies taboo): the insult model
     * alone, with the taboo model finding nothing rude, is no verdict (a name, 奶奶, an English
     * word), so both must agree before a model's word fails the call */
    int taboo = cs_tone_model_judge(bank->tone_model, text, &score, &out->words[0][0], sizeof out->words[0],
                                    CS_MATCH_MAX_WORDS, n);
    char iw[CS_MATCH_MAX_WORDS][sizeof out->words[0]];
    size_t ni = 0;
    *insult = may && taboo && cs_tone_model_judge_insult(bank->tone_model, text, &score, &iw[0][0], sizeof iw[0],
                                                  CS_MATCH_MAX_WORDS, &ni);
    if (*insult && vented_anywhere(pr)) *insult = 0;   /* 见鬼，打印机又卡纸了: rude, at no caller */
    if (*insult && cs_words_taste_praised(&pr->words)) *insult = 0;   /* fix35a: 您真是识货: praise, no demeaning word */
    if (*insult) {   /* the n-grams that decided the insult name it */
        memcpy(out->words, iw, ni * sizeof iw[0]);
        *n = ni;
    }
    free(text);
    return taboo;
}

/* When the rules find nothing, the tone model (tone_model.h) may: an extra signal of lower
 * confidence than a rule (below the examiners' review threshold, so the panel decides), explained
 * by the n-grams that decided it (issue #11). An insult is a 禁忌语 that fails the call (贵阳
 * §二(二) 2.1), so the insult model is asked only when the taboo model flags the reply: it never
 * turns a reply the taboo model finds polite into a failed call (tools/tone_model.py grader()). */
static void ask_tone_model(const cs_phrase_bank *bank, const prepared *pr, const unsigned char *protect,
                           cs_match *out)
{
    if (out->n_taboo || !bank->tone_model) return;
    /* 我猪脑子，刚才看错了，实在抱歉: the agent running themself down and putting it right is rude
     * to no one (words.h); the model reads 猪脑子 whoever it is said of */
    if (cs_words_owns_slip(&pr->words) || zodiac_talk(pr)) return;
    /* fix32a: the caller's judgement of themself said back, reassurance and concern (words.h); the rules still read them */
    if (cs_words_self_said_any(&pr->words) || cs_words_reassures(&pr->words)) return;
    /* taboo30: sincere thanks in slang (words.h): polite, though the model reads 绝绝子 as the jab it learnt (a tip on
     * using the service is left out word by word instead: model_skips) */
    if (cs_words_slang_thanks(&pr->words)) return;
    /* fix36a: a question of care (还痒不痒？), praise with its ground (您这个问题问得特别好，我详细给您说) and a worry put
     * to rest (不是因为您欠费，您放心): the model reads the A-not-A, the praise and the denial as the challenge, the jab
     * and the rebuttal it learnt (tone_fix36a.h) */
    if (cs_fix36a_care_question(&pr->words) || cs_fix36a_sincere_praise(&pr->words) || cs_fix36a_worry_settled(&pr->words))
        return;
    size_t n = 0;
    int insult = 1;   /* may be an insult */
    unsigned char *slip = model_skips(pr);   /* filler17; taboo31: a service tip's words */
    int taboo = model_judges(bank, pr, protect, slip, out, &n, &insult);
    /* an insult: asked again without the words a rule read innocently, if any (the replies the
     * model finds no insult in, nearly all, never pay for the search). Only an insult is asked
     * again, so the second answer can only take away: words left out change the n-grams around
     * them, and an insult the model did not find in the whole reply is not one to find in less */
    /* fix15t: a 禁忌语 verdict too (跟我妈的一样老: the model reads 妈的 as the curse the rule read as
     * "my mother's"); still only taking away */
    unsigned char *cleared = taboo ? read_innocently(bank, pr, protect) : NULL;
    for (size_t k = 0; cleared && slip && k < pr->n; k++) cleared[k] |= slip[k];
    /* the second answer only takes away: a 禁忌语 re-asked never becomes an insult (insult, 0 or 1, is
     * passed in as whether it may be one) */
    if (cleared) taboo = model_judges(bank, pr, protect, cleared, out, &n, &insult);
    free(cleared);
    free(slip);
    if (insult && consoles(pr)) {   /* fix30t: put to the examiner, never a failed call on the model alone */
        out->taboo[0] = "疑似贬低客户（待考官复核）";
        out->reason_label = "疑似贬低客户（统计模型判断，安慰客户的话里，交考官复核）";
    } else if (insult) {
        out->insult = 1;
        out->taboo[0] = "辱骂或贬低客户";
        out->reason_label = "辱骂或贬低客户（统计模型判断）";
    } else if (taboo) {
        out->taboo[0] = "语气不当";
        out->reason_label = "语气不当（统计模型判断）";
    } else {
        return;
    }
    out->n_words = n;
    out->n_taboo = 1;
    out->reason = "tone.model";
    out->confidence = 0.6;
}

/* The model's word on a reply the rules let pass. When it flags, it is asked again without the
 * required parts of any standard phrase the reply completes, as a phrase category asks it (its
 * residue only): the phrase's own words never count against it (issue #11 item 4), so 哪里还不太
 * 明白您跟我说，我再给您解释一遍 (2.6) is not rude for its 跟我说. Protection is worked out only
 * when the model flags: most replies never pay for it. */
static void ask_model_unprotected(const cs_phrase_bank *bank, const prepared *pr, cs_match *out)
{
    ask_tone_model(bank, pr, NULL, out);
    if (out->n_taboo == 0) return;
    unsigned char *protect = calloc(pr->n + 1, 1);
    if (!protect) return;
    size_t marked = 0;
    if (protect_all(bank, pr, protect, NULL) == 0)
        for (size_t i = 0; i < pr->n; i++) marked += protect[i];
    if (marked) {
        memset(out, 0, sizeof *out);
        out->confidence = 0.9;
        ask_tone_model(bank, pr, protect, out);
    }
    free(protect);
}

/* 神经并 for 神经病, 少费话 for 少废话, 补归我们管 for 不归我们管: a taboo or insult entry typed with
 * one homophone slip of the input method (the same toneless readings the phrase parts use,
 * pinyin.h, from rime's pinyin_simp dictionary; issue #11 item 2), said in the verdict as a typo
 * (typed → meant) as a phrase's are. Only a plain entry of three or more Chinese characters, never
 * one of one or two: two-character entries slip into innocent words too often (他骂 → 他妈, 码的 →
 * 妈的, 你弄 → 你聋 on the own corpora). The slipped form must be whole words of
 * the reply and not itself one dictionary word (白吃, eating for free, is no 白痴; 不知到 is read
 * as typed), and pass the checks of the entry typed right (hit_counts: aimed at the caller, not
 * denied, not reported, its exceptions); an insult must also close its clause (神经并没有受损, 狗东溪路
 * go on into other words). Asked only when nothing else was found: a slip is the weaker reading, never over a word typed right. */
static int slipped_one_word(const prepared *pr, size_t s, size_t e)
{
    size_t i = word_at(&pr->words, s);
    return i < pr->words.n && pr->words.v[i].e == e;
}

static void record_slip(const cs_taboo_entry *te, const prepared *pr, size_t s, size_t e, const bend *b,
                        cs_match *out)
{
    if (out->n_taboo >= CS_MATCH_MAX_TABOO) return;
    if (te->insult) {
        out->insult = 1;
        out->insult_hits |= 1u << out->n_taboo;
    }
    out->taboo[out->n_taboo++] = te->pat.text;
    add_word(out, pr->t, s, e);
    evidence ev = { .how = FOUND_TYPO, .s = s, .e = e, .alt = &te->pat, .typo_at = b->typo_at, .meant = b->meant };
    cs_match one = { 0 };
    add_typo(NULL, &one, pr, &ev);
    int known = 0;   /* 听不懂人化 is both a 禁忌语 and an insult entry: one typo */
    for (size_t i = 0; i < out->n_typos; i++) known |= strcmp(out->typos[i].typed, one.typos[0].typed) == 0;
    if (!known && out->n_typos < CS_MATCH_MAX_TYPOS) out->typos[out->n_typos++] = one.typos[0];
    out->confidence = 0.6;   /* a slip read as the entry: the panel decides */
}

/* hit_counts on the reply with the slip put right: the entry's exceptions are written typed right
 * (不知到的话我教您 is 不知道的话, polite). The words stay those of the reply as typed. */
static int slip_counts(const cs_taboo_entry *te, const prepared *pr, size_t s, size_t e, const bend *b)
{
    uint32_t *fixed = malloc(pr->n * sizeof *fixed);
    if (!fixed) return 0;
    memcpy(fixed, pr->t, pr->n * sizeof *fixed);
    fixed[b->typo_at] = b->meant;
    prepared right = *pr;
    right.t = fixed;
    right.seen[(b->meant >> 6) & 15] |= (uint64_t)1 << (b->meant & 63);
    int counts = hit_counts(te, &right, NULL, s, e);
    free(fixed);
    return counts;
}

/* Does the slip at k of entry p (typed instead of p's character) break a word of the entry: a
 * dictionary word of two to four characters of it, around k, that what was typed there is not, or
 * only a far rarer one (废话 over 费话, 领导 over 领到: over a hundred times)? A broken word is what
 * an input-method slip leaves. 常事 (a thing that often happens) is a word of its own, a quarter
 * as frequent as 常识: 这都是常事 is no slip of 是常识. */
#define SLIP_RARER 20
static int breaks_word(const cs_lexicon *lx, const cs_pattern *p, size_t k, uint32_t typed)
{
    if (!lx || k >= p->n) return 0;
    for (size_t len = 2; len <= 4 && len <= p->n; len++) {
        for (size_t a = k + 1 >= len ? k + 1 - len : 0; a <= k && a + len <= p->n; a++) {
            uint32_t w[4];
            memcpy(w, p->el + a, len * sizeof w[0]);
            uint64_t meant = cs_lexicon_freq(lx, w, len);
            w[k - a] = typed;
            if (meant > (uint64_t)cs_lexicon_freq(lx, w, len) * SLIP_RARER) return 1;
        }
    }
    return 0;
}

/* Does the slip at k of p make a dictionary word of two to four characters of it with what was
 * typed there (常事 in 是常识's place)? Then it may be meant as written. */
static int typed_word(const cs_lexicon *lx, const cs_pattern *p, size_t k, uint32_t typed)
{
    if (!lx || k >= p->n) return 1;
    for (size_t len = 2; len <= 4 && len <= p->n; len++) {
        for (size_t a = k + 1 >= len ? k + 1 - len : 0; a <= k && a + len <= p->n; a++) {
            uint32_t w[4];
            memcpy(w, p->el + a, len * sizeof w[0]);
            w[k - a] = typed;
            if (cs_lexicon_freq(lx, w, len) > 0) return 1;
        }
    }
    return 0;
}

/* Where in entry p the slip is: the offset of the typed character in the match when p's character
 * there is the one meant, else the first place p has the meant character; p->n when it has none
 * (breaks_word then is not asked: its window must lie inside p). */
static size_t slip_index(const cs_pattern *p, size_t at, uint32_t meant)
{
    if (at < p->n && p->el[at] == meant) return at;
    for (size_t k = 0; k < p->n; k++)
        if (p->el[k] == meant) return k;
    return p->n;
}

/* A slip that breaks no word (补归我们管, 不 typed 补) leaves a sentence that may read as another
 * ordinary one (那有空的时候您再来 for 哪有空, 您直接说是 for 直接说事): it counts only closing its
 * clause, and only when the character typed is the rarer one of the two (补 beside 不, 化 beside
 * 话), as the input method's wrong candidate is; a more common character there (那, 是) is read as
 * meant. */
static int rarer_char(const cs_lexicon *lx, uint32_t typed, uint32_t meant)
{
    return lx && cs_lexicon_freq(lx, &typed, 1) < cs_lexicon_freq(lx, &meant, 1);
}

/* Does the reply lack two or more of the entry's literal characters (你 stands for 您 too)?
 * Characters sharing a bit count once: never a wrong no. */
static int missing_more_than_one(const cs_taboo_entry *te, const uint64_t *set)
{
    int k = te->needs_ni && !seen(set, NI) && !seen(set, NIN);
    for (size_t i = 0; i < te->n_needs && k < 2; i++) {
        uint64_t lack = te->needs[i] & ~set[te->needs_at[i]];
        /* one missing or more than one is all the answer needs, told without counting the bits:
         * __builtin_popcountll is a libgcc call on a build without -mpopcnt, asked per taboo entry
         * per reply (1.5-2 % of grading time in perf) */
        k += (lack != 0) + ((lack & (lack - 1)) != 0);
    }
    return k > 1;
}

/* 脑惨 for 脑残, 避嘴 for 闭嘴, 笨但 for 笨蛋: a two-character insult typed with one homophone slip
 * (typed by sound on a pinyin keyboard, an insult all the same). Two-character entries slip into innocent
 * words (他骂 → 他妈, 码的 → 妈的, 你弄 → 你聋: see taboo_slips), so only a name-calling word with
 * no pronoun or particle in it, and only when what was typed is no dictionary word at all (白吃
 * stays eating for free, 避开 avoiding), stands as its own clause or closes it, and is aimed at
 * the caller (aimed_at_caller: 你这个笨但 / 避嘴吧你 / 蠢获，…). */
static int two_char_insult(const cs_taboo_entry *te)
{
    static const uint32_t function[] = { 0x4F60 /* 你 */, 0x60A8 /* 您 */, 0x4ED6 /* 他 */, 0x5979 /* 她 */,
                                         0x7684 /* 的 */, 0x6211 /* 我 */, 0x4E2B /* 丫 */, 0x4E86 /* 了 */,
                                         0x5988 /* 妈 */, 0x5A18 /* 娘 */ };
    if (!te->insult || te->pat.n != 2) return 0;
    for (size_t k = 0; k < 2; k++)
        for (size_t f = 0; f < sizeof function / sizeof function[0]; f++)
            if (te->pat.el[k] == function[f]) return 0;
    return 1;
}

/* 智障才这么问 / 脑惨才会这样: "only an X would", the name opening its clause before 才: the caller
 * who just did it is meant (a slipped insult so framed counts though it does not close its clause) */
static int only_would(const prepared *pr, size_t s, size_t e)
{
    const cs_words *w = &pr->words;
    size_t i = word_at(w, s), j = i;
    while (j < w->n && w->v[j].e < e) j++;
    return i < w->n && j < w->n && w->v[j].e == e && (i == 0 || w->v[i - 1].clause != w->v[i].clause) && j + 1 < w->n &&
           w->v[j + 1].clause == w->v[j].clause && strcmp(w->v[j + 1].w, "才") == 0;
}

static int two_char_slip_aimed(const cs_phrase_bank *bank, const prepared *pr, size_t s, size_t e)
{
    if (!bank->lexicon || e - s != 2 || cs_lexicon_freq(bank->lexicon, pr->t + s, 2) > 0) return 0;
    return (ends_clause(pr, e) && aimed_at_caller(pr, s, e)) || only_would(pr, s, e);
}

/* Entry te typed with one homophone slip (taboo_slips), recorded once. */
static void slip_entry(const cs_phrase_bank *bank, const cs_taboo_entry *te, const prepared *pr, cs_match *out)
{
    if (te->pat.n_han != te->pat.n || (te->pat.n < 3 && !two_char_insult(te))) return;
    /* all but one of its characters typed right: most entries are out on the reply's set,
     * told by the entry's character set worked out at load (as lacks()) */
    if (missing_more_than_one(te, pr->seen) || !could_slip(bank, &te->pat, pr, 0)) return;
    size_t from = 0, s, e;
    bend b = taboo_bend(pr, 1);   /* read as the entry is, with one slip allowed */
    b.py = bank->pinyin;
    b.budget = 1;
    while (find_from(&te->pat, pr->t, pr->n, from, &s, &e, &b)) {
        /* typo_at is only set when the budget was spent: a match typed right has none */
        if (b.budget == 0 && b.typo_at >= s && b.typo_at < e && !slipped_one_word(pr, s, e) &&
            (te->pat.n >= 3 || two_char_slip_aimed(bank, pr, s, e))) {
            size_t k = slip_index(&te->pat, b.typo_at - s, b.meant);
            int broken = !te->insult && k < te->pat.n && breaks_word(bank->lexicon, &te->pat, k, pr->t[b.typo_at]);
            int plain = te->insult || rarer_char(bank->lexicon, pr->t[b.typo_at], b.meant);
            if ((broken || (plain && (ends_clause(pr, e) || (te->insult && only_would(pr, s, e))))) &&
                slip_counts(te, pr, s, e, &b)) {
                record_slip(te, pr, s, e, &b, out);
                return;
            }
        }
        from = s + 1;
        b.budget = 1;
    }
}

/* Marks in pick the entries that may be in the reply with one slip: those under a bit of its character set
 * (taboo_slip_at; an entry missing two of its characters is under none of them) and the few always asked. */
static void pick_slips(const cs_phrase_bank *bank, const prepared *pr, uint64_t *pick)
{
    for (size_t i = 0; i < bank->n_taboo_slip_always; i++) {
        uint32_t e = bank->taboo_slip_always[i];
        pick[e / 64] |= (uint64_t)1 << (e % 64);
    }
    for (unsigned w = 0; w < 16; w++)
        for (uint64_t m = pr->seen[w]; m; m &= m - 1) {
            unsigned bit = w * 64 + (unsigned)__builtin_ctzll(m);
            for (uint32_t k = bank->taboo_slip_at[bit]; k < bank->taboo_slip_at[bit + 1]; k++) {
                uint32_t e = bank->taboo_slip[k];
                pick[e / 64] |= (uint64_t)1 << (e % 64);
            }
        }
}

static void taboo_slips(const cs_phrase_bank *bank, const prepared *pr, cs_match *out)
{
    if (!bank->pinyin) return;
    /* every entry so slipped, as scan_taboo finds every entry typed right (听不懂人化 is a 禁忌语
     * and an insult), in taboo.txt order; only the entries the reply's characters key are asked */
    size_t words = (bank->n_taboo + 63) / 64;
    uint64_t *pick = calloc(words ? words : 1, sizeof *pick);
    if (!pick) {
        for (size_t i = 0; i < bank->n_taboo; i++) slip_entry(bank, &bank->taboo[i], pr, out);
        return;
    }
    pick_slips(bank, pr, pick);
    for (size_t w = 0; w < words; w++)
        for (uint64_t m = pick[w]; m; m &= m - 1) slip_entry(bank, &bank->taboo[w * 64 + (size_t)__builtin_ctzll(m)], pr, out);
    free(pick);
}

/* 1 when a tone rule judged the reply condescending (这都不知道？, 说了您也不懂): that rule has
 * already said it is no insult (tests/data/eval/README.md "How a label is decided"). */
static int condescension_judged(const cs_match *out)
{
    for (size_t i = 0; i < out->n_taboo; i++)
        if (out->taboo[i] == CS_TONE_CONDESCENDED) return 1;
    return 0;
}

/* A rule found 禁忌语 but no insult (你听得懂中文吗 as a rhetorical question, a curse before an
 * impatient tail): the rule's word settles the 禁忌语, not whether it also insults, so the insult
 * model is asked too, at the model file's insult_over_rule bar (an insult fails the call, 贵阳
 * §二(二) 2.1, §二(四) 4.2), chosen with the thresholds by tools/tone_model.py select (by-writer
 * cross-validation, max min(P, R) of the grader's insults; it was a fixed 2.0 here: at the model's
 * own 1.6 it failed 您等通知就行，别再打了, a plain brush-off, as an insult). */
/* The insult model's word on model_text (cleared words left out), above the insult_over_rule bar. */
static int model_insult_over(const cs_phrase_bank *bank, const prepared *pr, const unsigned char *cleared,
                             double *score, char (*iw)[CS_MATCH_WORD_BYTES], size_t *ni)
{
    char *text = model_text(pr, NULL, cleared);
    if (!text) return 0;
    *ni = 0;
    int insult = cs_tone_model_judge_insult(bank->tone_model, text, score, &iw[0][0], sizeof iw[0], CS_MATCH_MAX_WORDS, ni);
    free(text);
    return insult && *score > cs_tone_model_insult_over_rule(bank->tone_model);
}

static void insult_model_over_rule(const cs_phrase_bank *bank, const prepared *pr, cs_match *out)
{
    if (!out->n_taboo || out->insult || out->vented || !bank->tone_model || out->n_taboo >= CS_MATCH_MAX_TABOO) return;
    if (condescension_judged(out)) return;
    /* a vulgar slip is charged as a slip, not read as an insult (vulgar_slip) */
    for (size_t i = 0; i < out->n_taboo; i++)
        if (out->taboo[i] == VULGAR_SLIP) return;
    double score = 0;
    char iw[CS_MATCH_MAX_WORDS][sizeof out->words[0]];
    size_t ni = 0;
    int insult = model_insult_over(bank, pr, NULL, &score, iw, &ni);
    /* (not on the words a rule read innocently: read_innocently) */
    unsigned char *cleared = insult ? read_innocently(bank, pr, NULL) : NULL;
    if (cleared) insult = model_insult_over(bank, pr, cleared, &score, iw, &ni);
    free(cleared);
    if (!insult) return;
    out->insult = 1;
    out->insult_hits |= 1u << out->n_taboo;
    out->taboo[out->n_taboo++] = "辱骂或贬低客户";
    /* the n-grams that decided it join the rule's words; the panel decides (below its threshold) */
    for (size_t k = 0; k < ni && out->n_words < CS_MATCH_MAX_WORDS; k++)
        memcpy(out->words[out->n_words++], iw[k], sizeof iw[k]);
    if (out->confidence > 0.6) out->confidence = 0.6;
}

static void match_taboo_category(const cs_phrase_bank *bank, const prepared *pr, const char *text, cs_match *out)
{
    scan_all(bank, pr, out);
    if (out->n_taboo == 0) taboo_slips(bank, pr, out);
    if (out->n_taboo == 0) ask_model_unprotected(bank, pr, out);
    else insult_model_over_rule(bank, pr, out);
    out->match = out->n_taboo > 0;
    out->similarity = out->match ? 1.0 : 0.0;
    out->phrase = out->match ? out->taboo[0] : NULL;
    out->clause = out->insult ? bank->insult_clause : bank->taboo_clause;
}

/* ---- preparing a reply ---- */

static uint32_t fold_width(uint32_t c)
{
    return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
}

static int is_latin(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A mark templates use for a blank to fill (××号, ***, ○○, □□, __): never said on a call. */
static int is_blank_mark(uint32_t c)
{
    return c == 0xD7 || c == '*' || c == '_' || c == 0x25CB || c == 0x25EF || c == 0x25A1 || c == 0x25A2
           || c == 0x3007;   /* × * _ ○ ◯ □ ▢ 〇 */
}

/* The slot names a template puts in brackets ([工号], 【姓名】, {日期}, (称呼)): what the trainee fills
 * in, never what a caller hears. A code point sequence of 2 Chinese characters. */
static int is_slot_name(const uint32_t *c, size_t n)
{
    static const char *const slots[] = { "工号", "姓名", "名字", "称呼", "编号", "号码", "电话", "手机", "日期",
                                         "时间", "地址", "金额", "部门", "单位", "坐席", "客服", "名称", "用户" };
    if (n != 2) return 0;
    for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++) {
        const char *q = slots[i];
        if (cs_utf8_next(&q) == c[0] && cs_utf8_next(&q) == c[1]) return 1;
    }
    return 0;
}

static uint32_t closing_bracket(uint32_t c)
{
    switch (c) {
    case '[': return ']';
    case '{': return '}';
    case '<': return '>';
    case '(': return ')';
    case 0x3010: return 0x3011;   /* 【】 */
    case 0x3014: return 0x3015;   /* 〔〕 */
    default: return 0;
    }
}

/* The head nouns a template's field ends in ({客户姓名}, 【业务名称】, [祝福语], 【联系方式】, 【订单号】): the
 * kind of thing to fill in. A menu, page, department or brand name (【我的订单】, 【消息中心】, 【售后服务部】,
 * 【国家电网】) and a chat emoticon or media code ([微笑], [图片]) end in none of them. Helper fix21p. */
static int names_slot(const uint32_t *c, size_t n)
{
    static const char *const heads[] = { "姓名", "名称", "名字", "称呼", "称谓", "号码", "日期", "时间", "地址", "金额",
                                         "部门", "方式", "答案", "内容", "原因", "类型", "数量", "节日", "名", "语", "号" };
    static const char *const whole[] = { "问题", "业务" };   /* the field's kind alone: 请问您【问题】 */
    if (is_slot_name(c, n)) return 1;
    if (n >= 2 && c[0] == 0x6211 && c[1] == 0x7684) return 0;   /* 我的…: the app's own page (我的订单, 我的账号) */
    for (size_t k = 0; k < sizeof whole / sizeof whole[0]; k++) {
        uint32_t w[8];
        size_t m = 0;
        for (const char *q = whole[k]; *q && m < 8;) w[m++] = cs_utf8_next(&q);
        if (m == n && !memcmp(w, c, n * sizeof *c)) return 1;
    }
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        uint32_t h[4];
        size_t m = 0;
        for (const char *q = heads[k]; *q && m < 4;) h[m++] = cs_utf8_next(&q);
        if (m <= n && !memcmp(h, c + n - m, m * sizeof *c)) return 1;
    }
    return 0;
}

/* The bracketed name at c[i..j] used as a place in an app or on a site (在【联系方式】里, 点击【…】, 进入【…】,
 * 【设置】-【账号】): said to the caller, no field, whatever it ends in. Helper fix21p. */
static int bracket_is_place(const uint32_t *c, size_t n, size_t i, size_t j)
{
    uint32_t before = i > 0 ? c[i - 1] : 0, before2 = i > 1 ? c[i - 2] : 0, after = j + 1 < n ? c[j + 1] : 0;
    if (before == 0x5728 || before == '-' || before == 0x2014 || before == '>') return 1;   /* 在 - — > */
    if ((before2 == 0x70B9 && before == 0x51FB) || (before2 == 0x8FDB && before == 0x5165)
        || (before2 == 0x6253 && before == 0x5F00) || (before2 == 0x9009 && before == 0x62E9)) return 1;   /* 点击 进入 打开 选择 */
    return after == 0x91CC || after == 0x9875 || after == 0x680F || after == '-' || after == 0x2014 || after == '>';   /* 里 页 栏 - — > */
}

/* A template's field, at the opening bracket c[i] (close is its closing one): a label of one to
 * eight Chinese characters alone in square, curly or lenticular brackets that names a slot (names_slot:
 * {客户姓名}, 【业务名称】, [祝福语], 〔部门〕) and is no place in an app (bracket_is_place), or anything at
 * all in curly ones ({name}, {{0}}): what the trainee was to fill
 * in, never what a caller hears (贵阳 T-GSOCCIA 001—2020 §二 prints its phrases with such slots: XX号,
 * 先生/女士). Round and angle brackets hold asides too (（停顿1秒）, the standard's own), so there only the
 * slot names of is_slot_name count. Helper phr21. */
static int bracketed_label(const uint32_t *c, size_t n, size_t i, uint32_t close)
{
    if (c[i] == '(' || c[i] == '<') return 0;
    size_t j = i + 1;
    int han_only = 1;
    while (j < n && j - i <= 12 && c[j] != close) {
        if (!cs_is_han(c[j])) han_only = 0;
        j++;
    }
    if (j >= n || c[j] != close || j == i + 1) return 0;
    if (c[i] == '{') return 1;
    return han_only && j - i - 1 <= 8 && names_slot(c + i + 1, j - i - 1) && !bracket_is_place(c, n, i, j);
}

/* Placeholders a template leaves besides x's and slashes, at i: a run of two or more blank marks
 * (×××号) that masks no digits, 某某 (某某号客服), or a bracketed slot name ([工号]号). The standard prints its phrases as
 * templates (贵阳 T-GSOCCIA 001—2020 §二(一) 1.1 "XX号"): sent unfilled, they are not the phrase. */
static int placeholder_at(const uint32_t *c, size_t n, size_t i)
{
    if (is_blank_mark(c[i]) && i + 1 < n && is_blank_mark(c[i + 1]) && (i == 0 || !is_blank_mark(c[i - 1]))) {
        size_t j = i;
        while (j < n && is_blank_mark(c[j])) j++;
        /* digits masked for privacy (138****5678, 尾号**21) are said that way on purpose */
        int masked = (i > 0 && c[i - 1] >= '0' && c[i - 1] <= '9') || (j < n && c[j] >= '0' && c[j] <= '9');
        return !masked;
    }
    if (c[i] == 0x67D0 && i + 1 < n && c[i + 1] == 0x67D0) return 1;   /* 某某 */
    uint32_t close = closing_bracket(c[i]);
    if (close && i + 3 < n && c[i + 3] == close && is_slot_name(c + i + 1, 2)) return 1;
    return close && bracketed_label(c, n, i, close);
}

/* Row and column of a letter on a QWERTY keyboard (row 0..2), or row -1. */
static int key_at(uint32_t c, int *col)
{
    static const char *const rows[] = { "qwertyuiop", "asdfghjkl", "zxcvbnm" };
    for (int r = 0; r < 3; r++) {
        const char *k = strchr(rows[r], (int)(c | 0x20));
        if (k && c < 0x80) { *col = (int)(k - rows[r]); return r; }
    }
    return -1;
}

/* A run of lower-case letters that is the keyboard mashed, not a word or a unit: the same key
 * three times (lllkkk); glued to Chinese (asdf抱歉jkl), three or more keys each the same as or
 * next to the one before on one row (asdf, jkl, qwer); anywhere, four or more keys of one row in a
 * straight line (再见。asdfgh, hjkl). An English word never holds a key thrice, nor four keys
 * walked along a row; were / tree are keys side by side, so the second test needs the run glued
 * to Chinese. */
static int keyboard_mash(const uint32_t *c, size_t n, int glued)
{
    if (n < 3) return 0;
    for (size_t i = 0; i + 2 < n; i++)
        if (c[i] == c[i + 1] && c[i] == c[i + 2]) return 1;
    int col0 = 0, r0 = key_at(c[0], &col0), step = 0, walk = 1;
    for (size_t i = 1; i < n; i++) {
        int col = 0, r = key_at(c[i], &col);
        if (r < 0 || r != r0 || col - col0 > 1 || col0 - col > 1) return 0;
        if (col == col0 || (step && col - col0 != step)) walk = 0;
        step = col - col0;
        col0 = col;
    }
    return r0 >= 0 && (glued || (walk && n >= 4));
}

/* 1 when c[from..n) holds no letter, digit or Chinese character (punctuation and spaces only). */
static int only_marks(const uint32_t *c, size_t from, size_t n)
{
    for (size_t k = from; k < n; k++)
        if (cs_is_han(c[k]) || is_latin(c[k]) || (c[k] >= '0' && c[k] <= '9')) return 0;
    return 1;
}

/* The end of a run of dots at c[i] (the template's …… or ... or 。。。 marking a blank), i when none. */
static size_t dots_end(const uint32_t *c, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && (c[j] == 0x2026 || c[j] == '.' || c[j] == 0x3002 || c[j] == 0x22EF)) j++;
    return j - i >= (c[i] == 0x2026 ? 1u : 2u) ? j : i;
}

/* A slot of the template left empty at c[i], with no mark to show it: the question the phrase ends in
 * cut off after its subject (请问您…… / 请问您的, 贵阳 §二(二) 2.10 prints 请问您…… for the agent to
 * finish), or the copula of a number to confirm with nothing after it (手机号码是吗, 号码是……吗: 2.9
 * prints 是XXX吗). Said so, the caller hears no question and no number. Helper phr32. */
static int empty_slot_at(const uint32_t *c, size_t n, size_t i)
{
    if (c[i] == 0x95EE && i + 1 < n && c[i + 1] == 0x60A8) {   /* 问您 (的) then the end */
        size_t k = i + 2 + (i + 2 < n && c[i + 2] == 0x7684);
        return only_marks(c, k, n);
    }
    if (c[i] != 0x662F && c[i] != 0x4E3A) return 0;   /* 是 为 */
    size_t k = dots_end(c, n, i + 1);
    /* 您的…号码是吗: whose number it is, then no number (您换了号码是吗 asks whether, and stays) */
    int number_before = i > 0 && (c[i - 1] == 0x7801 || c[i - 1] == 0x8BDD || c[i - 1] == 0x53F7);   /* 码 话 号 */
    int owner = 0;
    for (size_t b = i > 6 ? i - 6 : 0; b + 1 < i; b++) owner |= c[b] == 0x7684;   /* 的 */
    if (k == i + 1 && !(number_before && owner)) return 0;
    if (k < n && c[k] == 0x5BF9) k++;   /* 对吗 */
    return k < n && (c[k] == 0x5417 || c[k] == 0x4E48) && only_marks(c, k + 1, n);   /* 吗 么 */
}

/* What the raw (simplified) text shows: template placeholders (a run of two or more x/X standing
 * alone: XX号, XXX; a slash between Chinese characters: 先生/女士, 他/她; the marks of
 * placeholder_at) and a lone Latin letter glued to Chinese (n您好: the input method's raw key). */
/* Is the lone Latin letter x at c[i] a key of the input method left behind? Always, but for the
 * brand prefixes e- and i- (electronic, internet: 厦门地铁e通卡, e卡通, i深圳) before a Chinese name,
 * when the letter starts neither neighbour's pinyin (n您好: nin, a key; 铁e通: tie,
 * tong, a name). Helper fixp11; seen11's examiner marks 厦门地铁e通卡客服… a competent opening.
 * Without the pinyin table: always a key. */
static int ime_key(const cs_pinyin *py, const uint32_t *c, size_t n, size_t i)
{
    uint32_t x = c[i] | 0x20;
    if (!py || (x != 'e' && x != 'i') || i == 0 || i + 1 >= n || !cs_is_han(c[i + 1])) return 1;
    for (int side = 0; side < 2; side++) {
        size_t k = side ? i + 1 : i - 1;
        if ((side ? i + 1 >= n : i == 0) || !cs_is_han(c[k])) continue;
        const char *r = cs_pinyin_of(py, c[k]);
        if (!r || (uint32_t)(unsigned char)r[0] == x) return 1;
    }
    return 0;
}

/* Syllables of the run of lower-case Latin words (single spaces between) starting at c[i], when
 * every word of it is toneless pinyin; 0 when one is not (an English word, a brand, an upper-case
 * name). *end gets the run's end. */
static size_t pinyin_run(const cs_pinyin *py, const uint32_t *c, size_t n, size_t i, size_t *end)
{
    size_t total = 0;
    *end = i;
    while (i < n && c[i] >= 'a' && c[i] <= 'z') {
        char word[64];
        size_t len = 0;
        while (i < n && c[i] >= 'a' && c[i] <= 'z') {
            if (len < sizeof word) word[len] = (char)c[i];
            len++;
            i++;
        }
        if (i < n && is_latin(c[i])) return 0;   /* upper case in it: a name or an abbreviation */
        size_t syl = len <= sizeof word ? cs_pinyin_syllables(py, word, len) : 0;
        if (!syl) return 0;
        total += syl;
        *end = i;
        if (i + 1 < n && c[i] == ' ' && c[i + 1] >= 'a' && c[i + 1] <= 'z') i++;
    }
    return total;
}

/* Pinyin the input method never turned into characters (这里是sheng yiyuan guahao, 感谢您的来电，zhu nin
 * yukuai): garbage by the label rule (tests/data/eval/README.md: unconverted pinyin), in a reply that
 * holds Chinese. Four syllables or more: a name in pinyin (li na, wang xiaoming) is shorter, and an
 * English word seldom splits whole into syllables (have, sorry, app, check do not). Helper fixph15. */
static int pinyin_left(const cs_pinyin *py, const uint32_t *c, size_t n)
{
    int han = 0;
    for (size_t k = 0; k < n && !han; k++) han = cs_is_han(c[k]);
    for (size_t i = 0; han && py && i < n; i++) {
        if (!is_latin(c[i]) || (i > 0 && is_latin(c[i - 1]))) continue;
        if (i > 1 && c[i - 1] == ' ' && is_latin(c[i - 2])) continue;   /* inside a run */
        size_t end = i;
        if (pinyin_run(py, c, n, i, &end) >= 4) return 1;
        if (end > i) i = end - 1;
    }
    return 0;
}

static void inspect_raw(const char *simp, prepared *pr, const cs_pinyin *py)
{
    /* never more characters than bytes; a reply said on a call fits the stack */
    uint32_t stack[512];
    size_t need = strlen(simp) + 2;
    uint32_t *c = need <= sizeof stack / sizeof stack[0] ? stack : malloc(need * sizeof *c);
    if (!c) return;
    size_t n = 0;
    for (const char *p = simp; *p;) c[n++] = fold_width(cs_utf8_next(&p));
    for (size_t i = 0; i < n;) {
        if (c[i] == '/' && i > 0 && i + 1 < n && cs_is_han(c[i - 1]) && cs_is_han(c[i + 1])) pr->placeholder = 1;
        if (placeholder_at(c, n, i)) pr->placeholder = 1;
        /* 应该是……: the template's ellipsis after a copula, ending the reply, is the slot of the
         * correction 2.14 prints (贵阳 §二(二) 2.14), left unfilled */
        if (c[i] == 0x2026 && i > 0 && (c[i - 1] == 0x662F || c[i - 1] == 0x4E3A) && only_marks(c, i, n)) pr->placeholder = 1;
        if (empty_slot_at(c, n, i)) pr->placeholder = 1;
        if (!is_latin(c[i])) { i++; continue; }
        size_t j = i, xs = 0;
        while (j < n && is_latin(c[j])) { xs += c[j] == 'x' || c[j] == 'X'; j++; }
        if (j - i >= 2 && xs == j - i) pr->placeholder = 1;
        int glued = (i > 0 && cs_is_han(c[i - 1])) || (j < n && cs_is_han(c[j]));
        size_t vowels = 0, upper = 0;
        for (size_t k = i; k < j; k++) {
            vowels += strchr("aeiouAEIOU", (int)c[k]) != NULL;
            upper += c[k] >= 'A' && c[k] <= 'Z';
        }
        int both = i > 0 && cs_is_han(c[i - 1]) && j < n && cs_is_han(c[j]);
        /* raw IME keys: a lone lower-case letter glued to Chinese (n您好), or a vowelless
         * lower-case mash between Chinese characters (您好jkl我是); units (35个G, 20GB流量) and
         * abbreviations are upper case */
        if (xs == 0 && upper == 0 && ((j - i == 1 && glued && ime_key(py, c, n, i)) || (vowels == 0 && both))) pr->latin_leak = 1;
        /* a vowelless lower-case run glued on after the last Chinese word, ending the reply
         * (再见xswl, 稍等hhh): slang abbreviations or keys, no word of the phrase */
        if (xs < j - i && upper == 0 && vowels == 0 && j - i >= 2 && i > 0 && cs_is_han(c[i - 1]) && only_marks(c, j, n))
            pr->latin_leak = 1;
        if (upper == 0 && keyboard_mash(c + i, j - i, glued)) pr->latin_leak = 1;
        i = j;
    }
    if (pinyin_left(py, c, n)) pr->latin_leak = 1;
    if (c != stack) free(c);
}

/* 著 as the particle 着 (等著, 看著, 跟著, 著急): OpenCC's t2s leaves 著 alone, since simplified
 * Chinese keeps 著 in 显著 / 著名 / 土著 / 著作, so Taiwan-style text (你給我等著瞧) reaches the
 * rules with a 著 no word list spells. In simplified text 著 lives only inside such words: a 著
 * that is part of no lexicon word of two to four characters around it is the particle, written 着.
 * The lexicon decides, not a list of sentences (issue #11: threats in traditional text, 贵阳
 * T-GSOCCIA 001—2020 §二(三) 6). */
static void particle_zhe(const cs_lexicon *lx, uint32_t *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i] != 0x8457) continue;   /* 著 */
        int in_word = 0;
        for (size_t len = 2; len <= 4 && !in_word; len++)
            for (size_t s = i + 1 >= len ? i + 1 - len : 0; s <= i && s + len <= n && !in_word; s++)
                in_word = cs_lexicon_freq(lx, t + s, len) > 0;
        if (!in_word) t[i] = 0x7740;   /* 着 */
    }
}

/* ---- hesitation fillers ---- */

/* A sound of hesitation typed as its own clause: one of 嗯 呃 额 唔 啊 哦 噢 呣, or em / um / uh /
 * eh. One only: the doubled sound (嗯嗯, 呃呃) is the 口头禅 of assets/taboo.txt and stays. */
static int filler_han(uint32_t c)
{
    static const uint32_t han[] = { 0x55EF, 0x5443, 0x989D, 0x5514, 0x554A, 0x54E6, 0x5662, 0x5463 };
    for (size_t k = 0; k < sizeof han / sizeof han[0]; k++)
        if (c == han[k]) return 1;
    return 0;
}

/* A hyphen or dash that may join digit groups (- ‐ ‑ – — −; the full-width one is folded to -). */
static int hyphen_like(uint32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

static size_t filler_run(const uint32_t *c, size_t n, size_t i)
{
    if (filler_han(c[i])) return 1;
    size_t j;
    /* Latin: e or u, then m, h or r repeated (em, emm, umm, uh, eh, er); h then m (hmm) */
    uint32_t a = c[i] | 0x20;
    if (i + 1 >= n || !(a == 'e' || a == 'u' || a == 'h')) return 0;
    for (j = i + 1; j < n && ((c[j] | 0x20) == 'm' || (c[j] | 0x20) == 'h' || (c[j] | 0x20) == 'r'); j++) {}
    if (j - i < 2 || (j < n && is_latin(c[j]))) return 0;
    return j - i;
}

/* A comma-like mark (， , 、 … ⋯ — ～) or a space: what sets a filler off inside a sentence. */
static int comma_like(uint32_t c)
{
    return c == 0xFF0C || c == ',' || c == 0x3001 || c == 0x2026 || c == 0x22EF || c == 0x2014 || c == 0xFF5E ||
           c == '~' || c == ' ' || c == 0x3000 || c == '\t';
}

static int sentence_end(uint32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == '.' || c == 0xFF0E;
}

/* Digits on both sides of k, three or more each (186-0851-4420): a number written in groups. */
static int between_digit_groups(const uint32_t *c, size_t n, size_t k)
{
    size_t before = 0, after = 0;
    for (size_t i = k; i-- > 0 && c[i] >= '0' && c[i] <= '9';) before++;
    for (size_t i = k + 1; i < n && c[i] >= '0' && c[i] <= '9'; i++) after++;
    return before >= 3 && after >= 3;
}

/* Three sounds of hesitation or more (嗯 呃 额), each set off as its own clause: the 口头禅 of
 * 呼叫服务员职业标准(试行) 三、(一)2 (不用禁忌语及口头禅), not one slip. drop_fillers keeps them all
 * then, for the tone rules to name (tone_dismiss.c verbal_tic). */
static int hesitates_often(const uint32_t *c, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (c[i] != 0x55EF && c[i] != 0x5443 && c[i] != 0x989D) continue;
        int before = i == 0 || comma_like(c[i - 1]) || sentence_end(c[i - 1]);
        int after = i + 1 == n || comma_like(c[i + 1]) || sentence_end(c[i + 1]);
        if (before && after) k++;
    }
    return k >= 3;
}

/* The reply as the agent meant it, for matching:
 * - without hesitation fillers set off as their own clause (您能不能，呃，再重复一遍 / 您的号码是，
 *   嗯，186…吗): the agent meant one sentence, so the filler and the commas around it go and the two
 *   halves join (a keyword or a number is no longer cut by them). At the start of a sentence
 *   (嗯，好的) the filler and its comma go. A filler asked (嗯？) stays;
 * - a phone number typed in groups (186-0851-4420) as one number: the hyphen would otherwise be a
 *   clause break (text_norm.h) inside 是#吗. Only between groups of three or more digits: a range
 *   (1-2个工作日) keeps its hyphen.
 * The normal form keeps every other comma as a clause break. Returns 0 with *out a malloc'd copy,
 * or *out NULL when there is nothing to drop; -1 when out of memory (*out NULL): a reply whose
 * fillers could not be dropped must not be graded as if it held none (final31 #8). */
static int drop_fillers(const char *text, char **out)
{
    *out = NULL;
    /* most replies hold nothing to drop: one pass without allocating tells */
    int maybe = 0;
    for (const char *p = text; *p && !maybe;) {
        uint32_t u = fold_width(cs_utf8_next(&p));
        if (u < 0x80) maybe = u == '-' || (u | 0x20) == 'e' || (u | 0x20) == 'u' || (u | 0x20) == 'h';
        else maybe = hyphen_like(u) || filler_han(u);
    }
    if (!maybe) return 0;
    size_t len = strlen(text);
    uint32_t *c = malloc((len + 1) * sizeof *c);
    if (!c) return -1;
    size_t n = 0;
    for (const char *p = text; *p;) c[n++] = fold_width(cs_utf8_next(&p));
    unsigned char *drop = calloc(n + 1, 1);
    if (!drop) { free(c); return -1; }
    int any = 0, tic = hesitates_often(c, n);
    for (size_t i = 0; i < n && !tic; i++) {
        size_t f = filler_run(c, n, i);
        if (!f) continue;
        /* what comes before: the start, a sentence end, or a comma run (with text before it) */
        size_t b = i;
        while (b > 0 && comma_like(c[b - 1])) b--;
        int at_start = b == 0 || sentence_end(c[b - 1]);
        int in_middle = !at_start && b < i && c[b] != ' ';
        if (!at_start && !in_middle) continue;
        size_t e = i + f;
        while (e < n && c[e] == ' ') e++;
        size_t after = e;
        while (after < n && comma_like(c[after])) after++;
        if (after == e || after == n) continue;   /* no comma after it, or nothing after that */
        size_t from = at_start ? i : b;
        for (size_t k = from; k < after; k++) drop[k] = 1;
        any = 1;
        i = after - 1;
    }
    for (size_t k = 1; k + 1 < n; k++) {
        if (hyphen_like(c[k]) && between_digit_groups(c, n, k)) { drop[k] = 1; any = 1; }
    }
    char *kept = any ? malloc(len + 1) : NULL;
    if (kept) {
        /* the original bytes of what is kept (a folded width is read again by the normal form) */
        size_t o = 0, k = 0;
        for (const char *p = text; *p; k++) {
            const char *q = p;
            cs_utf8_next(&p);
            if (!drop[k]) { memcpy(kept + o, q, (size_t)(p - q)); o += (size_t)(p - q); }
        }
        kept[o] = '\0';
    }
    free(drop);
    free(c);
    *out = kept;
    return any && !kept ? -1 : 0;
}

static int prepare(const cs_phrase_bank *bank, const char *text, prepared *pr)
{
    memset(pr, 0, sizeof *pr);
    pr->tone_index = bank->tone_index;
    pr->raw = text ? text : "";
    char *simp = cs_hanconv_t2s(bank->hanconv, text ? text : "");
    if (!simp) return -1;
    /* the formal register (鄙人, 承蒙, 恕我冒昧) read as everyday words before anything else reads the reply */
    char *everyday;
    if (cs_register_read(bank->reg, simp, pr->register_notes, &pr->n_register, &everyday) < 0) {
        free(simp);
        return -1;
    }
    if (everyday) { free(simp); simp = everyday; }
    char *fluent;
    if (drop_fillers(simp, &fluent) < 0) {
        free(simp);
        return -1;
    }
    if (fluent) { free(simp); simp = fluent; }
    inspect_raw(simp, pr, bank->pinyin);
    size_t n = cs_normalize_marked(simp, &pr->t);
    free(simp);
    if (n == (size_t)-1) return -1;
    /* Some rules look back over a clause: bound the work on pasted novels. No reply said on a
     * call is this long; the repetition/length rule already rejects it as a phrase. */
    if (n > CS_MATCH_MAX_CPS) {
        n = CS_MATCH_MAX_CPS;
        pr->t[n] = 0;
    }
    pr->n = n;
    if (bank->lexicon) particle_zhe(bank->lexicon, pr->t, n);
    /* one allocation for the bigrams (at most n - 1), the plain form and the word starts */
    size_t max_bigrams = n > 1 ? n - 1 : 0;
    pr->block = malloc(max_bigrams * sizeof *pr->block + (n + 1) * sizeof *pr->plain + (n + 1));
    if (!pr->block) return -1;
    uint32_t *plain = (uint32_t *)(void *)(pr->block + max_bigrams);
    pr->starts = (unsigned char *)(plain + n + 1);
    cs_lexicon_segment(bank->lexicon, pr->t, n, pr->starts);
    pr->starts[n] = 1;
    size_t np = 0;
    for (size_t i = 0; i < n; i++)
        if (!cs_is_break(pr->t[i])) plain[np++] = pr->t[i];
    pr->plain = plain;
    pr->n_plain = np;
    for (size_t i = 0; i < np; i++) {
        pr->seen[(plain[i] >> 6) & 15] |= 1ull << (plain[i] & 63);
        uint32_t heard = numeral_typed(plain, np, i, 1);   /* 四 read as 4 sounds si still */
        if (heard) cs_pinyin_mark_both(bank->pinyin, heard, pr->sounds[0], pr->sounds[1]);
        if (heard) cs_pinyin_mark(bank->pinyin, heard, CS_PINYIN_KEYS, pr->sounds[CS_PINYIN_KEYS]);
    }
    make_bigrams(plain, np, pr->block, &pr->bigrams, &pr->n_bigrams);
    return cs_words_build(pr->t, n, pr->starts, &pr->words);
}

static void release(prepared *pr)
{
    free(pr->t);
    free(pr->block);   /* bigrams, plain and starts */
    cs_words_free(&pr->words);
}

/* ---- words in quotation marks ---- */

/* The closing mark of the quotation opening at p (“ 「 『 ‘ ﹁ or ASCII "), else NULL. Title marks
 * 《 》 and 〈 〉 too: a film, book or shop named 《见鬼》 or 《白痴》 is mentioned, not said. */
static const char *quote_close(const char *p)
{
    static const char *const pairs[][2] = { { "\u201c", "\u201d" }, { "\u300c", "\u300d" }, { "\u300e", "\u300f" },
                                            { "\u2018", "\u2019" }, { "\ufe41", "\ufe42" }, { "\"", "\"" },
                                            { "\u300a", "\u300b" }, { "\u3008", "\u3009" } };
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (strncmp(p, pairs[k][0], strlen(pairs[k][0])) == 0) return pairs[k][1];
    return NULL;
}

/* Is the quotation opening at text + at aimed at the caller (你就是个“傻子”, 您真是“聪明”): 你/您 with
 * 是/个/这 in the few characters before it, and no verb of speech earlier in its clause (有人骂您是
 * “老赖” reports what a third party said)? */
static int quote_aimed(const char *text, size_t at)
{
    size_t from = at;
    /* back to the start of the clause, at most 24 bytes (8 characters) */
    while (from > 0 && at - from < 24) {
        size_t k = from - 1;
        while (k > 0 && ((unsigned char)text[k] & 0xC0) == 0x80) k--;
        uint32_t c;
        const char *q = text + k;
        c = cs_utf8_next(&q);
        if (c == 0xFF0C || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == ',' || c == '.' || c == '!' || c == '?') break;
        from = k;
    }
    char clause[64];
    size_t len = at - from < sizeof clause - 1 ? at - from : sizeof clause - 1;
    memcpy(clause, text + at - len, len);
    clause[len] = 0;
    static const char *const said[] = { "\u8bf4", "\u9a82", "\u53eb", "\u79f0", "\u558a", "\u63d0\u5230", NULL }; /* 说 骂 叫 称 喊 提到 */
    for (const char *const *v = said; *v; v++)
        if (strstr(clause, *v)) return 0;
    const char *you = strstr(clause, "\u4f60");                  /* 你 */
    if (!you) you = strstr(clause, "\u60a8");                    /* 您 */
    if (!you) return 0;
    return strstr(you, "\u662f") || strstr(you, "\u4e2a") || strstr(you, "\u8fd9"); /* 是 个 这 */
}

/* The reply without the words it only mentions in quotation marks (您提到的“闭嘴鱼”, 这是个“傻瓜”
 * 摄像头, 您说邻居骂您“神经病”): a word quoted as a name or as someone else's is not said to the
 * caller, so it is neither insult nor 禁忌语 (tests/data/eval/README.md: reported speech and words
 * that merely contain an insulting character are neither). A quotation aimed at the caller stays.
 * NULL when nothing was left out (or out of memory). */
static char *without_mentions(const char *text)
{
    if (!text) return NULL;
    size_t n = strlen(text);
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t o = 0;
    int cut = 0;
    for (size_t i = 0; i < n;) {
        const char *close = quote_close(text + i);
        const char *end = NULL;
        if (close) {
            size_t open_len = text[i] == '"' ? 1 : strlen("\u201c");   /* every other mark: 3 bytes */
            end = strstr(text + i + open_len, close);
        }
        if (!end) {
            out[o++] = text[i++];
            continue;
        }
        size_t stop = (size_t)(end - text) + strlen(close);
        /* a title (《白痴》) names a work even after 您要的书是: never aimed */
        int title = strncmp(text + i, "\u300a", 3) == 0 || strncmp(text + i, "\u3008", 3) == 0;
        /* (a scare quote, 感谢您的“耐心”, is sarcasm, not a mention: scare_quote_at) */
        if (!title && (quote_aimed(text, i) || scare_quote_at(text, text + i))) {   /* kept whole, closing mark included */
            memcpy(out + o, text + i, stop - i);
            o += stop - i;
        } else {
            cut = 1;
        }
        i = stop;
    }
    out[o] = 0;
    if (!cut) {
        free(out);
        return NULL;
    }
    return out;
}

/* model17: the text the model's last question on the reply reads (ask_tone_model, insult_model_over_rule):
 * without the words a rule read innocently (read_innocently) and a filler slip (filler_slip), or NULL
 * where the model is never asked (the agent's own slip, zodiac talk). Trained on the raw rows, the model
 * learnt the very words the rules had read innocently (fix13a.tsv's 我们也不是神仙 charged after a retrain). */
static char *asked_model_text(const cs_phrase_bank *bank, const prepared *pr)
{
    if (cs_words_owns_slip(&pr->words) || zodiac_talk(pr)) return NULL;
    if (cs_words_slang_thanks(&pr->words)) return NULL;   /* taboo30 */
    unsigned char *cleared = read_innocently(bank, pr, NULL);
    unsigned char *slip = model_skips(pr);   /* taboo31: a service tip's words too */
    for (size_t k = 0; cleared && slip && k < pr->n; k++) cleared[k] |= slip[k];
    char *out = model_text(pr, NULL, cleared ? cleared : slip);
    free(cleared);
    free(slip);
    return out;
}

char *cs_match_model_text(const cs_phrase_bank *bank, const char *text)
{
    if (!bank || !text) return NULL;
    prepared pr;
    char *out = prepare(bank, text, &pr) < 0 ? NULL : asked_model_text(bank, &pr);
    release(&pr);
    return out;
}

/* ---- the entry point: a reply prepared once ---- */

struct cs_prepared {
    const cs_phrase_bank *bank;
    char *text;              /* the reply as given: pr.raw points into it */
    prepared pr;
    int quoted;              /* 0: not looked at yet; 1: unquoted is prepared; -1: nothing to leave out */
    char *unquoted_text;     /* the reply without its mere mentions (without_mentions) */
    prepared unquoted;
    int taboo_done;          /* the judgement of category taboo, made on the first question */
    int taboo_rc;
    cs_match taboo;
};

cs_prepared *cs_prepare_reply(const cs_phrase_bank *bank, const char *text)
{
    if (!bank) return NULL;
    cs_prepared *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->bank = bank;
    size_t len = text ? strlen(text) : 0;
    p->text = malloc(len + 1);
    if (!p->text) { free(p); return NULL; }
    memcpy(p->text, text ? text : "", len + 1);
    if (prepare(bank, p->text, &p->pr) < 0) { cs_prepared_free(p); return NULL; }
    return p;
}

void cs_prepared_free(cs_prepared *p)
{
    if (!p) return;
    release(&p->pr);
    if (p->quoted == 1) release(&p->unquoted);
    free(p->unquoted_text);
    free(p->text);
    free(p);
}

const char *cs_prepared_text(const cs_prepared *p) { return p ? p->text : ""; }
const cs_phrase_bank *cs_prepared_bank(const cs_prepared *p) { return p ? p->bank : NULL; }

/* The reply without the words it only mentions in quotation marks, prepared when first asked;
 * NULL when it quotes nothing (or out of memory). */
static const prepared *unquoted(cs_prepared *p)
{
    if (p->quoted != 0) return p->quoted == 1 ? &p->unquoted : NULL;
    p->quoted = -1;
    p->unquoted_text = without_mentions(p->text);
    if (!p->unquoted_text) return NULL;
    if (prepare(p->bank, p->unquoted_text, &p->unquoted) < 0) { release(&p->unquoted); return NULL; }
    p->quoted = 1;
    return &p->unquoted;
}

/* The verdict says what of the formal register was read as what, as it says typos (kind register): no
 * slip, so the confidence stays. */
static void add_register_notes(const prepared *pr, cs_match *out)
{
    for (size_t k = 0; k < pr->n_register && out->n_typos < CS_MATCH_MAX_TYPOS; k++) {
        cs_typo *ty = &out->typos[out->n_typos++];
        snprintf(ty->typed, sizeof ty->typed, "%s", pr->register_notes[k].typed);
        snprintf(ty->meant, sizeof ty->meant, "%s", pr->register_notes[k].meant);
        ty->kind = "register";
        ty->label = "非通用说法（书面旧式、网络或台湾用语），按通用说法理解";
    }
}

static int match_prepared(const cs_phrase_bank *bank, const char *category, const prepared *pr, const char *text,
                          cs_match *out)
{
    memset(out, 0, sizeof *out);
    if (!category || !cs_bank_has_category(bank, category)) return -1;
    int rc = 0;
    if (strcmp(category, "taboo") == 0) match_taboo_category(bank, pr, text, out);
    else rc = match_category(bank, cs_bank_category(bank, category), pr, out);
    if (rc < 0) memset(out, 0, sizeof *out);
    else add_register_notes(pr, out);
    return rc;
}

int cs_prepared_match(cs_prepared *p, const char *category, cs_match *out)
{
    if (!p) { memset(out, 0, sizeof *out); return -1; }
    int taboo = category && strcmp(category, "taboo") == 0;
    if (taboo && p->taboo_done) { *out = p->taboo; return p->taboo_rc; }
    int rc = match_prepared(p->bank, category, &p->pr, p->text, out);
    /* an insult only inside a quotation that merely mentions it is no insult: judge the reply
     * without such quotations (only when an insult was found: rare, so no cost to grading) */
    const prepared *plain = rc == 0 && (out->insult || (taboo && out->match)) ? unquoted(p) : NULL;
    cs_match again;
    if (plain && match_prepared(p->bank, category, plain, p->unquoted_text, &again) == 0 && !again.insult) {
        /* a 禁忌语 only quoted (您说“这什么破服务”, 我刚才说的“不清楚”不准确) is a mention too: the agent says no 禁忌语, it names one */
        if (out->insult || !again.match) *out = again;
    }
    if (taboo) { p->taboo = *out; p->taboo_rc = rc; p->taboo_done = 1; }
    return rc;
}

int cs_match_phrase(const cs_phrase_bank *bank, const char *category, const char *text, cs_match *out)
{
    memset(out, 0, sizeof *out);
    if (!bank || !category || !cs_bank_has_category(bank, category)) return -1;
    cs_prepared *p = cs_prepare_reply(bank, text);
    int rc = cs_prepared_match(p, category, out);
    cs_prepared_free(p);
    return rc;
}

const char *cs_match_insult(const cs_match *m)
{
    for (size_t k = 0; k < m->n_taboo; k++)
        if (m->insult_hits & (1u << k)) return m->taboo[k];
    return m->n_taboo ? m->taboo[0] : "";
}

const char *cs_prepared_classify(const cs_prepared *p, cs_match *out)
{
    memset(out, 0, sizeof *out);
    if (!p) return NULL;
    const cs_phrase_bank *bank = p->bank;
    const char *best_name = NULL;
    cs_match best;
    memset(&best, 0, sizeof best);
    for (size_t i = 0; i < bank->n_cats; i++) {
        cs_match m;
        memset(&m, 0, sizeof m);
        if (match_category(bank, &bank->cats[i], &p->pr, &m) < 0) continue;
        if (m.match && (!best_name || m.similarity > best.similarity)) {
            best = m;
            best_name = bank->cats[i].name;
        }
    }
    if (best_name) *out = best;
    else scan_all(bank, &p->pr, out);
    return best_name;
}

const char *cs_classify(const cs_phrase_bank *bank, const char *text, cs_match *out)
{
    memset(out, 0, sizeof *out);
    cs_prepared *p = cs_prepare_reply(bank, text);
    const char *name = cs_prepared_classify(p, out);
    cs_prepared_free(p);
    return name;
}

static void scan_taboo_once(const cs_phrase_bank *bank, const char *text, cs_match *out)
{
    memset(out, 0, sizeof *out);
    if (!bank) return;
    prepared pr;
    if (prepare(bank, text, &pr) < 0) { release(&pr); return; }
    scan_all(bank, &pr, out);
    release(&pr);
}

void cs_scan_taboo(const cs_phrase_bank *bank, const char *text, cs_match *out)
{
    scan_taboo_once(bank, text, out);
    if (!out->insult) return;
    char *plain = without_mentions(text);   /* as cs_match_phrase: a quoted mention is no insult */
    if (!plain) return;
    cs_match again;
    scan_taboo_once(bank, plain, &again);
    if (!again.insult) *out = again;
    free(plain);
}

int cs_mentions(const cs_phrase_bank *bank, const char *text, const char *alts, int count_negated,
                cs_match *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (!bank) return -1;
    cs_pattern_set set;
    if (cs_bank_compile_alts(bank, alts, &set, err, errlen) < 0) return -1;
    prepared pr;
    if (prepare(bank, text, &pr) < 0) {
        release(&pr);
        cs_pattern_set_free(&set);
        if (err && errlen) snprintf(err, errlen, "%s:%d: out of memory", __FILE__, __LINE__);
        return -1;
    }
    int found = 0;
    for (size_t a = 0; a < set.n && !found; a++) {
        const cs_pattern *p = &set.alts[a];
        size_t from = 0, s, e;
        bend b = { .starts = pr.starts, .seen = pr.seen, .min_word = 1, .nin = 1 };
        while (!found && find_from(p, pr.t, pr.n, from, &s, &e, &b)) {
            from = s + 1;
            if (!at_word_edges(&pr, s, e) || (!count_negated && negated(pr.t, s, pr.starts))) continue;
            add_word(out, pr.t, s, e);
            found = 1;
        }
    }
    out->match = found;
    out->confidence = 0.95;
    release(&pr);
    cs_pattern_set_free(&set);
    return found;
}

size_t cs_reply_words(const cs_phrase_bank *bank, const char *text, char (*words)[CS_MATCH_WORD_BYTES], size_t max)
{
    if (!bank) return 0;
    prepared pr;
    if (prepare(bank, text, &pr) < 0) { release(&pr); return 0; }
    size_t n = 0;
    for (size_t i = 0; i < pr.words.n && n < max; i++, n++)
        snprintf(words[n], CS_MATCH_WORD_BYTES, "%s", pr.words.v[i].w);
    release(&pr);
    return n;
}
