/* The tone rules' shared machinery (internal to grading/tone_*.c; the public API is tone_rules.h).
 *
 * A scan reads one reply's words (words.h) clause by clause. What every rule module shares lives
 * here: the named word lists (the vocabulary the rules combine: a rule fires on a combination of
 * target + negation + verb + sentence type, never on one list word alone, except the belittling
 * nouns such as 小事), the per-scan filters that let a rule skip a clause that cannot hold its
 * words (ANCHORS), the word tests every rule uses (in, find, tone_is, tone_spells …) and
 * tone_hit(), the one place a finding is recorded (protected phrase parts, reported speech and
 * help offered after are checked there, not in each rule).
 *
 * A rule is a tone_rule_fn (declared at the end of this header with its module's rules) listed in
 * RULES, the one dispatch table (tone_rules.c): a new rule goes into the module of the fault it
 * detects, is declared below with that module's rules, and is added to RULES where its hits
 * should come in order (see tone_rule there). */
#ifndef CALLSIM_TONE_SCAN_H
#define CALLSIM_TONE_SCAN_H

#include "tone_rules.h"
#include "tone_readings.h"
#include "text_norm.h"

#include <stdint.h>
#include <string.h>

typedef const char *const list[];
/* 请问 / 请: a frame asked as a request, not thrown at the caller; eight rules leave such a clause alone */
extern list PLEASE;
/* A named list: a scan learns once which of the reply's words are in it (scan.member), so the
 * rules may ask about it again and again at the cost of a bit test. */
typedef struct {
    int id;
    const char *const *w;
} named;
enum { L_SECOND, L_FIRST, L_NEG, L_HEAR, L_NEG_HEAR, L_CANNOT, L_OPEN_ASK, L_SAY, L_ALREADY, L_DONE, L_TIMES, L_FAULT, L_BLAME_LEAD, L_OWN_FAULT, L_NOT_OURS, L_PROHIB, L_CALL, L_PESTER, L_AGAIN, L_PETTY, L_SO_LITTLE, L_DAWDLE, L_HURRY, L_DAODI, L_DEMAND, L_NO_NEED, L_SO, L_CLEVER, L_TAIL, L_BODY, L_BROKEN, L_MIND, L_PEST, L_NASTY, L_KIND, L_HURRY_W, L_DULL, L_WHAT_ANY, L_LIGHT, L_COUNT };

/* The named lists (tone_scan.c), one per L_ id. */
extern const named SECOND, FIRST, NEG, HEAR, NEG_HEAR, CANNOT, OPEN_ASK, SAY, ALREADY, DONE, TIMES, FAULT, BLAME_LEAD,
    OWN_FAULT, NOT_OURS, PROHIB, CALL, PESTER, AGAIN, PETTY, SO_LITTLE, DAWDLE, HURRY, DAODI, DEMAND, NO_NEED,
    SO, CLEVER, TAIL, BODY, BROKEN, MIND, PEST, NASTY, KIND, HURRY_W, DULL, WHAT_ANY, LIGHT;

/* Word lists several modules ask about (tone_scan.c). */
extern list COURTESY, APOLOGY, CONDITION, HEDGE, ALTERNATIVE;

_Static_assert(L_COUNT <= 64, "named lists are bits of a uint64_t (scan.known, cs_tone_index.lists)");

/* Clauses whose first characters are summarised in a 256-bit filter (longer replies scan without). */
#define FILTERED_CLAUSES 64

/* The character filter (tone_char_bit): 2^TONE_CHAR_LOG bits per clause and for the reply. At 256 bits
 * a clause of 25 characters set a tenth of them and a reply of 100 a third, so a rule's seven anchors
 * let it run on half the clauses that hold none of them (a hash collision), and the reply's anchors
 * almost never kept a CH_REPLY rule out; at 1024 bits a clause sets 1 bit in 40. */
#define TONE_CHAR_LOG 10
#define TONE_CHAR_WORDS ((1u << TONE_CHAR_LOG) / 64)

/* At most this many groups of a rule's gate are tested (tone_rule.gate); one past them is ignored,
 * which only lets the rule run more often. */
#define GATE_GROUPS 3

/* A rule's gate as filter bits (char_bit), worked out once per index from tone_rule.gate: the
 * rule is asked on a span only when the span's characters meet every group. */
typedef struct {
    unsigned groups;              /* 0: no gate, the rule is asked on every span */
    uint64_t need[GATE_GROUPS][TONE_CHAR_WORDS];
} tone_gate;

struct cs_tone_index {
    uint64_t heads[L_COUNT][4];   /* per named list: the filter bits (head_bit) of its entries */
    uint64_t lists[256];          /* per filter bit: the named lists with an entry of it (bit per L_ id) */
    size_t n_gates;
    tone_gate gates[];            /* per row of RULES, in table order */
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
    /* the same for every word of the reply: find() over a span of several clauses (the whole
     * reply, for the CH_REPLY rules and tone_in_reply) tests it */
    uint64_t reply_heads[4];
    /* per clause: a bit (char_bit) for every code point of its words, which the rules' anchors
     * (may_hold) test. A 256-bit set tested in place (a shift and a mask): a
     * bitmap library (Debian's libroaring, compressed sets of millions of integers) would cost
     * a call per test for a set of a handful of words */
    uint64_t chars[FILTERED_CLAUSES][TONE_CHAR_WORDS];
    /* the same for every word of the reply, whatever its length: the anchors of a span that is
     * not one filtered clause (the CH_REPLY rules ask about the whole reply) test it */
    uint64_t reply_chars[TONE_CHAR_WORDS];
    unsigned char head[64];     /* filter bit (head_bit) of each of the first 64 words */
    uint64_t all_heads[4];      /* the filter bits of those words together */
    uint64_t known;             /* named lists whose member bits are computed (bit per L_ id) */
    uint64_t member[L_COUNT];   /* per named list: which of the first 64 words are in it */
    /* the span run_rules is asking its rules about, and its filters (tone_span_chars, heads):
     * worked out once for the three hundred rules, not once per question */
    size_t span_a, span_b;
    const uint64_t *span_chars, *span_heads;
    /* the span's words joined whole (tone_read_joined), built by the first rule that reads it and
     * shared by the eighty after it; owned here, freed by run_rules when it leaves the span */
    char *span_text;
} scan;

/* Filter bit of a word's first character (its first three bytes). */
static inline unsigned tone_head_bit(const char *w)
{
    /* equal words have equal first bytes: up to three of them, never past the terminator */
    const unsigned char *u = (const unsigned char *)w;
    uint32_t c = u[0];
    if (u[0]) c = c << 8 | u[1];
    if (u[0] && u[1]) c = c << 8 | u[2];
    return (c * 2654435761u) >> 24;
}

static inline const char *tone_word(const scan *sc, size_t i)
{
    return sc->w->v[i].w;
}

static inline int tone_in_list(scan *sc, size_t i, const char *const *l)
{
    /* cs_word_in, here where the compiler can fold it into the rules (asked once per word per
     * rule) */
    const unsigned char *w = (const unsigned char *)tone_word(sc, i);
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

static inline int tone_is(const scan *sc, size_t i, const char *w)
{
    const unsigned char *v = (const unsigned char *)tone_word(sc, i), *u = (const unsigned char *)w;
    /* the first two bytes (as one number, one test: see in_list) settle almost every comparison
     * without a call; w is a word, never empty */
    return (unsigned)(v[0] | v[1] << 8) == (unsigned)(u[0] | u[1] << 8) && strcmp((const char *)v, w) == 0;
}

static inline size_t tone_upto(size_t b, size_t limit)
{
    return b < limit ? b : limit;
}

/* "not found": larger than any word index, and safe to add a few to. */
#define NONE ((size_t)1 << 40)

/* The filter bits (head_bit) of the first entries of a list, as four words, and how many entries
 * they cover (up to 128: the list goes on past them when l[n] is not NULL). */
typedef struct {
    uint64_t m0, m1, m2, m3;
    size_t n;
} tone_heads;

/* For a list the compiler knows (a literal or a static array of the file, once this is inlined
 * where a rule asks it: tone_known_list) the loop is unrolled and folded, so the bits are
 * constants of the rule's code and a test against them is four ANDs, not a hash per entry per
 * question (the rules ask a thousand lists per reply). */
static inline __attribute__((always_inline)) tone_heads tone_heads_of(const char *const *l)
{
    tone_heads t = { 0, 0, 0, 0, 0 };
#pragma GCC unroll 128
    for (; t.n < 128; t.n++) {
        if (!l[t.n]) break;
        unsigned b = tone_head_bit(l[t.n]);
        uint64_t bit = (uint64_t)1 << (b % 64);
        t.m0 |= b / 64 == 0 ? bit : 0;
        t.m1 |= b / 64 == 1 ? bit : 0;
        t.m2 |= b / 64 == 2 ? bit : 0;
        t.m3 |= b / 64 == 3 ? bit : 0;
    }
    return t;
}

/* Is l a list whose entries the compiler knows here (then tone_heads_of(l) is constants)? */
#define tone_known_list(l) __builtin_constant_p((l)[0] && (l)[0][0])

/* Can no word of l start a word of [from, to)? Asked of the clause's first characters when the
 * span is one filtered clause, else of the whole reply's (a superset of any span's). */
/* The first-character filter that covers the words of [a, b), a < b: the clause's when the span
 * is one filtered clause, else the whole reply's (a superset of any span's). */
static inline const uint64_t *tone_span_heads_of(const scan *sc, size_t a, size_t b)
{
    const cs_word *v = sc->w->v;
    size_t clause = v[a].clause;
    int one = clause < FILTERED_CLAUSES && v[b - 1].clause == clause;
    return one ? sc->heads[clause] : sc->reply_heads;
}

static inline __attribute__((always_inline)) int tone_surely_absent(scan *sc, size_t from, size_t to,
                                                                     const char *const *l)
{
    const uint64_t *h = from == sc->span_a && to == sc->span_b ? sc->span_heads : tone_span_heads_of(sc, from, to);
    if (tone_known_list(l)) {
        /* the first entries' bits as constants (tone_heads_of); any past them are hashed below */
        tone_heads t = tone_heads_of(l);
        if ((h[0] & t.m0) | (h[1] & t.m1) | (h[2] & t.m2) | (h[3] & t.m3)) return 0;
        l += t.n;
    }
    for (; *l; l++) {
        unsigned b = tone_head_bit(*l);
        if ((h[b / 64] >> (b % 64)) & 1) return 0;
    }
    return 1;
}

/* Filter bit of a code point: a character of a word, or an anchor. */
static inline unsigned tone_char_bit(uint32_t c)
{
    return (c * 2654435761u) >> (32 - TONE_CHAR_LOG);
}

/* The character filter (char_bit) that covers the words of [a, b), a < b: the clause's when the
 * span is one filtered clause, else the whole reply's (a superset of any span's). */
static inline const uint64_t *tone_span_chars_of(const scan *sc, size_t a, size_t b)
{
    const cs_word *v = sc->w->v;
    size_t clause = v[a].clause;
    int one = clause < FILTERED_CLAUSES && v[b - 1].clause == clause;
    return one ? sc->chars[clause] : sc->reply_chars;
}

/* tone_span_chars_of, kept for the span run_rules asks about. */
static inline const uint64_t *tone_span_chars(const scan *sc, size_t a, size_t b)
{
    return a == sc->span_a && b == sc->span_b ? sc->span_chars : tone_span_chars_of(sc, a, b);
}

/* Can a word of [a, b) hold one of the code points anchors (0-terminated)? Always 1 without an
 * index: cs_tone_scan runs every rule on every clause, the reference tests/unit/test_tone_anchors.c
 * holds the anchored scan to. */
static inline int tone_may_hold(const scan *sc, size_t a, size_t b, const uint_least32_t *anchors)
{
    if (!sc->ix || a >= b) return 1;
    const uint64_t *f = tone_span_chars(sc, a, b);
    for (; *anchors; anchors++) {
        unsigned bit = tone_char_bit((uint32_t)*anchors);
        if ((f[bit / 64] >> (bit % 64)) & 1) return 1;
    }
    return 0;
}

/* tone_may_hold for the n code points of a literal (ANCHORS): the loop is unrolled so that the
 * compiler works their filter bits out when it compiles the rule, and a clause is then tested
 * with one load and bit test per anchor, not a hash per anchor (the anchors are asked some 300
 * times per clause). */
static inline int tone_may_hold_n(const scan *sc, size_t a, size_t b, const uint_least32_t *anchors, size_t n)
{
    if (!sc->ix || a >= b) return 1;
    const uint64_t *f = tone_span_chars(sc, a, b);
    int any = 0;
#pragma GCC unroll 128
    for (size_t k = 0; k < n; k++) {
        unsigned bit = tone_char_bit((uint32_t)anchors[k]);
        any |= (int)((f[bit / 64] >> (bit % 64)) & 1);
    }
    return any;
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
 * tone_hit(); a rule whose paths share no such words has no ANCHORS line and runs on every clause.
 * Only for a rule whose return value is 0 when nothing is found (the line returns 0). */
#define ANCHORS(sc, a, b, anchors) \
    do { \
        _Static_assert(!__builtin_types_compatible_p(__typeof__(anchors), __typeof__(&(anchors)[0])), \
                       "ANCHORS takes a literal U\"...\", not a pointer"); \
        if (!tone_may_hold_n(sc, a, b, anchors, sizeof(anchors) / sizeof(uint_least32_t) - 1)) return 0; \
    } while (0)

/* First word of l in [from, to), or NONE. */
static inline __attribute__((always_inline)) size_t tone_find_list(scan *sc, size_t from, size_t to,
                                                                   const char *const *l)
{
    if (from >= to || tone_surely_absent(sc, from, to, l)) return NONE;
    for (size_t i = from; i < to; i++)
        if (tone_in_list(sc, i, l)) return i;
    return NONE;
}

/* Fills a new index from the named lists (cs_tone_index_new). */
void tone_index_lists(cs_tone_index *ix);

/* Works out sc->member for l (tone_scan.c). */
void tone_learn_members(scan *sc, const named *l);

/* Which of the first 64 words are in l (worked out on the first question about l, inline after). */
static inline uint64_t tone_members(scan *sc, const named *l)
{
    if (!((sc->known >> l->id) & 1)) tone_learn_members(sc, l);
    return sc->member[l->id];
}

static inline int tone_in_named(scan *sc, size_t i, const named *l)
{
    if (i >= 64) return cs_word_in(tone_word(sc, i), l->w);
    return (int)((tone_members(sc, l) >> i) & 1);
}

static inline size_t tone_find_named(scan *sc, size_t from, size_t to, const named *l)
{
    if (from >= to) return NONE;
    if (to > 64) {
        for (size_t i = from; i < to; i++)
            if (tone_in_named(sc, i, l)) return i;
        return NONE;
    }
    uint64_t range = (to == 64 ? ~(uint64_t)0 : ((uint64_t)1 << to) - 1) & ~(((uint64_t)1 << from) - 1);
    uint64_t m = tone_members(sc, l) & range;
    return m ? (size_t)__builtin_ctzll(m) : NONE;
}

/* in() and find() take a named list (&SECOND) or a literal one ((list){ "又", NULL }). */
#define in(sc, i, ...) _Generic((__VA_ARGS__), const named *: tone_in_named, default: tone_in_list)(sc, i, __VA_ARGS__)
#define find(sc, from, to, ...) \
    _Generic((__VA_ARGS__), const named *: tone_find_named, default: tone_find_list)(sc, from, to, __VA_ARGS__)

/* ---- word tests the rules share (tone_scan.c) ---- */

/* Does a word of [a, b) hold one of the code points cs (0-terminated)? Exact, index or not. */
int tone_clause_holds(const scan *sc, size_t a, size_t b, const uint_least32_t *cs);

/* 不会 / 不懂 as one word, or 不 + 懂 as two: the caller cannot. First such word in [from, to). */
size_t tone_find_cannot(scan *sc, size_t from, size_t to);

/* 几遍 / 好几次 / 一百遍 / 100次 / 三遍 / 两次 / 五六回 / 第三遍: many times (not 一遍, as in
 * 请再说一遍; 第一次 is a first time). The count may be its own word or one with its measure
 * word (三遍 is one word, read 3遍). */
int tone_many_times(scan *sc, size_t a, size_t i);

/* Records a hit of rule (its label for the trainee; the deciding words [first, last], key the one
 * that decided) once per rule and first word, unless key lies in a protected phrase part, is
 * reported speech, or (a 推 label) help follows or the errand is spared. Returns 1 when the hit is
 * recorded or already was, 0 when it is not (then the rule may go on looking). */
int tone_hit(scan *sc, const char *rule, const char *label, size_t first, size_t last, size_t key);

/* What one check of a rule split into checks returns when it did not decide: the rule asks its
 * next check. Any other value (tone_hit()'s 0 or 1) ends the rule with it, so a hit the scan
 * refuses still ends the rule, as the return in the one long body did. */
enum { TONE_GO_ON = -1 };

/* 您没有认真看也没关系 / 您没仔细看，不要紧: the caller's lapse named only to be excused, a
 * reassurance (2.12 您别着急 in spirit), not a reproach: a word of it after the lapse, in this
 * clause or a later one of the reply. */
int tone_reassured(scan *sc, size_t from, size_t b);

/* Is a word of the whole reply in l? (Inline, so that find() works out a literal list's filter
 * when the rule is compiled.) */
static inline __attribute__((always_inline)) int tone_in_reply(scan *sc, const char *const *l)
{
    return find(sc, 0, sc->w->n, l) < sc->w->n;
}

/* Can the reply be read as offering the caller anything: an apology, a next step, a condition? */
int tone_softened(scan *sc);

/* Do the words from i on spell stem exactly, ending at a word edge before b? (The lexicon cuts
 * 一天到晚 into 1/天/到/晚: a stem of several words is matched word by word, never inside a word.)
 * The index of its last word, or NONE. */
size_t tone_spells(scan *sc, size_t i, size_t b, const char *stem);

/* tone_spells_any without a filter (tone_scan.c). */
size_t tone_spells_each(scan *sc, size_t i, size_t b, const char *const *stems);

/* The filter of stems tone_spells_any asks: their bits (tone_heads_of) when the compiler knows
 * them all, else every bit (no filter). */
static inline __attribute__((always_inline)) tone_heads tone_stem_filter(const char *const *stems)
{
    if (tone_known_list(stems)) {
        tone_heads t = tone_heads_of(stems);
        if (!stems[t.n]) return t;
    }
    return (tone_heads){ ~(uint64_t)0, ~(uint64_t)0, ~(uint64_t)0, ~(uint64_t)0, 0 };
}

/* Can word i start one of the stems of filter f? A word starting with a character of three bytes
 * or more can start a stem only of its own first three bytes (tone_spells), so of its own filter
 * bit (head_bit); any other word may. Most words start none of a list's (slang names, memes). */
static inline int tone_may_start(const scan *sc, size_t i, const tone_heads *f)
{
    const char *w = tone_word(sc, i);
    if ((unsigned char)w[0] < 0xE0) return 1;
    unsigned h = tone_head_bit(w);
    uint64_t m = h / 64 == 0 ? f->m0 : h / 64 == 1 ? f->m1 : h / 64 == 2 ? f->m2 : f->m3;
    return (int)((m >> (h % 64)) & 1);
}

/* tone_spells for each of stems in turn: the last word of the first spelled from i, or NONE. */
static inline __attribute__((always_inline)) size_t tone_spells_any(scan *sc, size_t i, size_t b,
                                                                    const char *const *stems)
{
    tone_heads f = tone_stem_filter(stems);
    if (i < b && !tone_may_start(sc, i, &f)) return NONE;
    return tone_spells_each(sc, i, b, stems);
}

/* tone_spelled_in with the filter of its stems (tone_scan.c). */
size_t tone_spelled_in_with(scan *sc, size_t a, size_t b, const char *const *stems, size_t *last, const tone_heads *f);

/* The first word from a on where one of stems is spelled, or NONE; *last gets its last word. */
static inline __attribute__((always_inline)) size_t tone_spelled_in(scan *sc, size_t a, size_t b,
                                                                    const char *const *stems, size_t *last)
{
    tone_heads f = tone_stem_filter(stems);
    return tone_spelled_in_with(sc, a, b, stems, last, &f);
}

/* A request said with courtesy or care (请您别在公共场所…, 千万别告诉别人, 记得别…). */
int tone_courteous(scan *sc, size_t a, size_t b);

/* The end of the clause that holds word b: the clause after the one ending at b when b opens one, b itself at the
 * reply's end. */
size_t tone_next_clause_end(scan *sc, size_t b);

/* The earliest of stems (NULL-ended) in s, or NULL; *len gets its length. Over a clause joined by
 * tone_joined, for rules that read a phrase across the lexicon's cuts. */
const char *tone_earliest(const char *s, const char *const *stems, size_t *len);

/* Does s hold one of stems (NULL-ended)? */
int tone_holds(const char *s, const char *const *stems);

/* The words [i, b) joined into buf (at most n - 1 bytes, whole words only). */
const char *tone_joined(const scan *sc, size_t i, size_t b, char *buf, size_t n);

/* The words [i, b) joined, all of them, into a buffer of their own length (malloc'd: the caller frees it), or NULL
 * when out of memory: tone_joined without its cut, for the rules that search the joined text and point into it
 * (tone_earliest, tone_hit_span). A copy into a fixed buffer read only a long paste's start. */
char *tone_joined_whole(const scan *sc, size_t i, size_t b);
/* A rule's reading of the words [a, b) joined into s (tone_earliest, tone_hit_span over s). */
typedef int tone_text_reader(scan *sc, size_t a, size_t b, const char *s);
/* read over the words [a, b) joined whole (tone_joined_whole), the copy freed after: what read returns, or 0 when out
 * of memory. The rules that once joined their clause into a 256-byte buffer call it, so a long paste is read whole. */
int tone_read_joined(scan *sc, size_t a, size_t b, tone_text_reader *read);

/* Do the words [i, b), joined, hold one of stems (NULL-ended)? tone_holds over tone_joined's text read in place,
 * so a span of any length is read whole: a fixed buffer keeps only a long paste's start. */
int tone_words_hold(const scan *sc, size_t i, size_t b, const char *const *stems);

/* The word of [i, b) where the first n bytes of the joined words end (the last word a match holds). */
size_t tone_word_at_byte(const scan *sc, size_t i, size_t b, size_t n);

/* Does s start with one of l? The rest of s after it, or NULL. */
const char *tone_after_any(const char *s, const char *const *l);

/* Does s hold nothing but words of l (particles, mostly) to its end, each taken as tone_after_any takes it? The
 * test of "the clause closes here" over joined text; an empty s holds nothing else. */
int tone_only_of(const char *s, const char *const *l);

/* Are the words of [i, b) all words of l (nothing but particles up to b)? The same test over the lexicon's words. */
int tone_words_only_of(scan *sc, size_t i, size_t b, const char *const *l);

/* Is there a word of denial or comfort in [from, to) (不丢人, 别觉得丢脸, 没什么丢人的)? */
int tone_denied_between(scan *sc, size_t from, size_t to);

/* Does word k name the caller's side (您/你…) or ours (我/我们/咱…, and 我会 / 我一定 glued by the
 * lexicon)? */
int tone_names_us(scan *sc, size_t k);
/* The first word of the clause before the one starting at a (*ca), 0 when a opens the reply. */
int tone_clause_before(const scan *sc, size_t a, size_t *ca);

/* 我会注意自己的说话方式 / 以后一定注意自己的态度: the agent promising to mind their OWN manner, as
 * 贵阳 §二(二) 2.9 answers a complaint (我们会在以后的工作中改进) — not 请您注意自己的说话方式, an order to
 * the caller. Ours when a word before 注意 in its clause is the agent (我会 as one word too), or a
 * promise (会, 一定, 以后会) stands right before it with no 你/您 in between. */
int tone_own_manner_promise(scan *sc, size_t a, size_t mind);

/* 您刚才一口气说了好几个问题，我帮您梳理一下 / 您已经说得很清楚了，我这就帮您办: the agent summing up
 * what the caller said in order to help (贵阳 §二(二) 2.3, 2.5: confirm and go on), not "you've said
 * that already" (§二(三)6). The caller is the one who said it (no 我 before the verb), and either
 * the words name several matters (好几个问题, 三件事, 这么多情况: matters, not 几遍/几次 — times are
 * impatience) or 说得清楚 praises it; and the reply goes on to work on it. */
int tone_recaps_caller(scan *sc, size_t a, size_t say, size_t b);

/* 您这种情况没有电话的话就只能匿名登记了…您看可以吗: in a reply typed run-on (no stops), the 没 and the
 * 看 of "您没看吗" belong to different sentences — 您看可以吗 / 您看您方便…吗 is the polite ask that
 * closes 2.11 said in one breath, not a rhetorical 您没看吗. The verb is 看 asking the caller's
 * leave (可以, 行, 方便, 怎么样 …), or a new subject stands between the negation and a far verb. */
int tone_run_on_ask(scan *sc, size_t neg, size_t verb, size_t b);

/* ---- the rules, by module (each one's contract is the comment above its definition) ----
 *
 * Every rule reads the clause [a, b) of the scan's words (question: the clause is a question), or,
 * registered once per reply (CH_REPLY in RULES), the whole reply (a = 0, b = the number of words).
 * It records what it finds with tone_hit() and returns nonzero when it hit (or settled the clause:
 * what a chained rule returns decides whether the rest of its chain is asked, see RULES). */
typedef int tone_rule_fn(scan *sc, size_t a, size_t b, int question);

/* Chains: a rule belongs to the chains in its .chains; a nonzero return adds its .stops to the
 * chains settled for this clause, and a rule any of whose chains is settled is not asked. */
enum {
    CH_MAIN = 1 << 0,      /* the clause's tone rules: settled by a belittling or rhetorical hit */
    CH_TAIL = 1 << 1,      /* rude tails */
    CH_SHIFT = 1 << 2,     /* the matter pushed away */
    CH_BASICS = 1 << 3,    /* lacks_basics / decide_for, which settle the seven rules after them */
    CH_ABUSE = 1 << 4,     /* the family, an organ or the mind abused */
    CH_REGISTER = 1 << 5,  /* insults and threats by register */
    CH_REPLY = 1 << 6      /* not a clause rule: asked once on the whole reply, after every clause */
};

/* A rule of the table: its name (the function's, for tests and profiles), what it runs, the
 * chains it belongs to and those its hit settles, and its gate. The order is the order hits are
 * recorded in.
 *
 * The gate (optional: an entry without one, NULL, is asked on every span) is ANCHORS said in the
 * table, where the scan tests it before calling the rule, against filter bits the index worked out
 * once (a few AND tests per rule and clause, no call, no hashing):
 *
 *     { "shut_mouth", tone_shut_mouth, CH_MAIN | CH_BASICS, 0, U"嘴" },
 *     { "collection_threat", tone_collection_threat, CH_REGISTER, CH_REGISTER, U"你您侬|等让叫找通知告发打曝群上去到" },
 *
 * Each '|'-separated group names one character of every word or stem a hit needs in the span (as
 * ANCHORS: any character of the word will do); the span must hold one character of EVERY group, so
 * split the gate into groups only where every path to tone_hit() needs a word of each (a target and
 * a verb). A gate is a promise, like ANCHORS: a wrong one silently drops a finding, so
 * tests/unit/test_tone_anchors.c runs the scan with gates and without (cs_tone_scan) over the
 * corpora and fails on any difference. */
typedef struct {
    const char *name;
    tone_rule_fn *fn;
    unsigned chains, stops;
    const uint_least32_t *gate;
} tone_rule;

/* Row i of RULES (tone_rules.c), NULL past the last: for tests that check the table. */
const tone_rule *tone_rule_at(size_t i);

/* The rule names a hit carries (cs_tone_hit.rule, tone_rules.h), NULL-terminated: every tone_hit()
 * names one of them. */
extern list TONE_HIT_RULES;

/* tone_rhetorical.c: rhetorical questions at the caller (你没听清楚吗, 您不知道吗) */
tone_rule_fn tone_rhetorical, tone_rhetorical_more, tone_who_could, tone_still_what, tone_so_easy,
    tone_asked_away, tone_lacks_basics, tone_decide_for, tone_nandao, tone_who_told,
    tone_still_cannot, tone_you_think_we, tone_scoff, tone_sarcastic_recall;
/* tone_impatient.c: impatience, hurrying, "I said it already" */
tone_rule_fn tone_impatient, tone_dismiss_more, tone_cut_short, tone_sigh, tone_demand_tag,
    tone_hurry_answer, tone_time_limit, tone_speak_within, tone_our_rest, tone_speak_clearly,
    tone_speech_order, tone_conditional_penalty, tone_stop_talking, tone_others_waiting,
    tone_spite_penalty;
/* tone_blame.c: the fault laid on the caller */
tone_rule_fn tone_blame, tone_blame_more, tone_blame_vs_ours, tone_tail_blame, tone_clear_of_us,
    tone_users_fault, tone_careless_caller, tone_hindsight_blame, tone_careless_then,
    tone_manner_judged, tone_defend_third, tone_obvious_blame, tone_caller_mistaken,
    tone_random_act_blame;
/* tone_dismiss.c: dismissal, brush-off, bare refusal, send-off, fillers (口头禅) */
tone_rule_fn tone_dismissive, tone_brush_off, tone_refusal_bare, tone_no_use, tone_shrug,
    tone_send_off, tone_leave_it, tone_look_it_up, tone_dont_ask, tone_wait_or_leave,
    tone_fillers_only, tone_tautology, tone_correlative_sendoff, tone_policy_shrug,
    tone_emotion_useless, tone_feeling_needless, tone_calling_useless, tone_verbal_tic,
    tone_seen_it_all;
/* tone_sarcasm.c: sarcasm and mock praise */
tone_rule_fn tone_sarcasm, tone_congratulate, tone_sarcasm_more, tone_taunt, tone_scorn_things,
    tone_sarcastic_thanks, tone_boast, tone_above_us, tone_thanks_for_trouble, tone_mock_praise,
    tone_servant_retort, tone_mocked_expectation, tone_mock_wonder, tone_grudging, tone_speech_mocked;
/* tone_insult.c: insults and curses at the caller's mind, worth, family or group (fail the call) */
tone_rule_fn tone_belittle, tone_stereotype, tone_drive_off, tone_shut_mouth, tone_family_abuse,
    tone_organ_useless, tone_dull_degree, tone_poverty_contempt, tone_group_stereotype,
    tone_cheat_named, tone_curse_kin, tone_below_beast, tone_shamed, tone_bad_character,
    tone_untaught, tone_mind_mocked, tone_lone_curse, tone_household_abused, tone_retort,
    tone_mind_of_child, tone_wished_harm, tone_looks_mocked, tone_likened_beast, tone_mock_title, tone_called_nuisance,
    tone_origin_slur, tone_beast_can, tone_bare_curse, tone_sent_to_asylum;
/* tone_lecture.c: lecturing and ordering the caller about */
tone_rule_fn tone_lecture, tone_lecture_more, tone_forbid_conduct, tone_order_manner,
    tone_ask_the_young, tone_trouble_kind, tone_so_obvious, tone_age_reason, tone_purpose_lecture,
    tone_future_lecture, tone_messy_prohibition;
/* tone_threat.c: threats (fail the call) */
tone_rule_fn tone_threaten, tone_exposure_threat, tone_dare, tone_made_to_suffer, tone_shut_out,
    tone_veiled_warning, tone_send_people, tone_beware_me, tone_believe_it, tone_service_withheld,
    tone_put_on_show, tone_collection_threat;
/* tone_shift.c: 推诿 — not ours, sent elsewhere, a third party blamed */
tone_rule_fn tone_ours_only, tone_not_ours, tone_not_our_matter, tone_fault_lies_with_caller,
    tone_sent_elsewhere, tone_third_party_blamed, tone_third_party_disowned;

/* rude tails on a standard phrase (a lecture about next time, the agent's own weariness, the
 * caller's speech blamed, a condescending check, too simple to ask): tone_lecture.c,
 * tone_impatient.c, tone_blame.c, tone_rhetorical.c */
tone_rule_fn tone_next_time_order, tone_agent_too, tone_speech_blamed, tone_finally_understood, tone_too_simple;
/* 禁忌语 as writers we never read type it (classes: care told for next time, displeasure or custom
 * sent away, an omission thrown back, calls counted, a 呗 shrug, sent off to think, 打官腔): tone_lecture.c,
 * tone_dismiss.c, tone_rhetorical.c, tone_impatient.c, tone_shift.c */
tone_rule_fn tone_next_time_care, tone_leave_if_unhappy, tone_how_could_i, tone_leave_for_rival, tone_calls_counted,
    tone_shrug_bei, tone_think_and_hang_up, tone_bureaucratic_refusal;
/* 禁忌语 classes of newer writers (own sentences in tests/data/tone_more/fixtb9.tsv: told many times, blame as a counterfactual, jabs at the
 * caller's habits, ironic good luck, mock superlatives, learn first, manners first, X有X的规定, this is no X here):
 * tone_impatient.c, tone_blame.c, tone_sarcasm.c, tone_lecture.c, tone_dismiss.c */
tone_rule_fn tone_told_many_times, tone_if_blame, tone_habit_jab, tone_ironic_luck, tone_mock_superlative, tone_learn_first,
    tone_manners_first, tone_own_rules, tone_not_here;

/* 禁忌语 classes of the tenth round's writers (own sentences in tests/data/tone_more/fixtb10.tsv: a blunder
 * marvelled at, hurry orders, late or careless acts thrown back as questions, sent to search it yourself,
 * rules as a wall, repeat calls mocked, conduct lectured, net-speak jabs): tone_sarcasm.c, tone_impatient.c,
 * tone_rhetorical.c, tone_dismiss.c, tone_shift.c, tone_lecture.c */
tone_rule_fn tone_mock_blunder, tone_hurry_order, tone_just_listen, tone_vexed_aside,
    tone_late_question, tone_who_to_blame, tone_go_search, tone_rules_wall,
    tone_net_jab, tone_vent_aside, tone_again_mocked, tone_taken_back, tone_conduct_futile;
/* phrase false accepts of the eleventh round's writers (own sentences in tests/data/phrase_more_fixph11.tsv):
 * the caller's speech likened to something absurd, agitation mocked, net-speak exasperation: tone_sarcasm.c */
tone_rule_fn tone_likened_speech, tone_worked_up, tone_net_exasperation;
/* the caller told not to ring again (tone_dismiss.c); the caller's act asked "what for" (tone_rhetorical.c) */
tone_rule_fn tone_no_more_calls, tone_why_so;
/* the caller's noise ordered to stop as a question (tone_impatient.c); checking made the condition of
 * calling again (tone_lecture.c) */
tone_rule_fn tone_stop_noise, tone_check_before_calling;

/* tone_guise.c: 禁忌语 in the guise of a notice, an explanation or a rule, the eleventh round's classes (own
 * sentences in tests/data/tone_more/fixtb11.tsv): calling declared futile, the rest waved away, off duty, the
 * caller's failing as the cause, our toil laid on the caller, bad faith alleged, employer or family threatened,
 * handling declared someone else's business, the caller's word declared worthless, laughter (mocking faces are
 * phrase_match.c's scan_emoji, on the reply as typed: tone_emoji.h) */
tone_rule_fn tone_repeat_futile, tone_rest_waved, tone_off_duty, tone_cause_blamed, tone_made_us_toil, tone_bad_faith,
    tone_tell_employer, tone_handling_theirs, tone_say_not_count, tone_laugh_at,
    tone_polite_referral;

/* the thirteenth round's rules, one block per helper branch */
/* fixtb13 */
/* tone_stonewall.c: 打官腔 — asking forbidden, a refusal closed with 免谈, the rules against the caller's wish, a
 * hope mocked (别以为…就能), a question not worth our time, the caller past explaining (叫您儿子来), the caller's own
 * not-knowing thrown back (您自己都搞不清楚), the caller's luck blamed (是你脸黑) */
tone_rule_fn tone_ask_no_more, tone_flat_refusal, tone_not_your_way, tone_dont_think, tone_not_worth_asking,
    tone_hand_to_kin, tone_self_unsure, tone_luck_blamed;
/* tone_slang.c: chat-register and plain-speech jabs — 这波操作 / 6, 您是在逗我吗, 这叫什么问题, 您一点都不讲理,
 * 你讲完没有, 我说的是中国话吧, 连老年人都会 */
tone_rule_fn tone_mock_move, tone_joking_me, tone_what_kind_of, tone_trait_denied, tone_done_yet, tone_plain_speech,
    tone_even_they_can;

/* fixin13 */
/* tone_demean.c: demeaning words in frames the older insult rules miss (own sentences in
 * tests/data/tone_more/fixin13.tsv) */
tone_rule_fn tone_mind_likened, tone_beast_asked, tone_humanity_denied, tone_dull_named, tone_mind_scorned,
    tone_schooling_urged, tone_mind_not_working, tone_name_framed, tone_mind_tested;

/* fix13a */
/* tone_quarrel.c: the agent quarrelling with the caller — talking with them a toil (跟您沟通真累), the quarrel
 * blamed on them (是您先吼我的), their temper lectured (发火前先掂量), asked whether they swear (是不是您在骂人),
 * help declared futile (转了也白转), their chat sent to friends (闲聊请找朋友), urged to confront someone (去门口堵他) */
tone_rule_fn tone_talk_toil, tone_quarrel_blamed, tone_temper_lectured, tone_swearing_asked, tone_futile_help,
    tone_chat_sent_away, tone_confront_urged;

/* fixph13 */
/* tone_undercut.c: rude residue on a correct phrase that seen11-seen14's desks typed (help declared futile, the
 * call ruled out of place, the complaint handed back, we are no gods, listening a toil, think before complaining
 * next time, accused of the abuse, one more slip, broken off with 算了, an ambush of the leader suggested, a
 * virtue denied of the caller) */
tone_rule_fn tone_help_futile, tone_call_misplaced, tone_complaint_returned, tone_not_gods, tone_speech_toil,
    tone_think_next_time, tone_accused_abuse, tone_again_wrong, tone_broken_off, tone_boss_ambush, tone_virtue_denied,
    tone_go_look;

/* the fifteenth round's rules, one block per helper branch */
/* fixtb16 */
/* tone_comeback.c: the company defended by a retort at the caller — proof demanded, "all our fault then", our
 * years cited against the claim, take it or leave it, a misfortune called a coincidence, 想多了, the caller's lapse
 * against what they still want, 好吧好吧, 听清楚好不好, help conditional on the caller's senses, others fine so
 * the caller's habit at fault, 是你填的 with our part shrunk, a refusal closed with 就这样, what everyone does held
 * up to the caller, 师傅也是人 as the excuse, sent back to start over, what we would gain by deceit, only the caller's
 * goes wrong, "why didn't you check", a small sum mocked (own sentences in tests/data/tone_more/fixtb16.tsv) */
tone_rule_fn tone_evidence_demanded, tone_our_fault_then, tone_expertise_retort, tone_take_it_or_leave,
    tone_coincidence_mocked, tone_overthinking, tone_still_want, tone_grudging_twice, tone_hear_demand,
    tone_senses_condition, tone_others_fine, tone_act_thrown_back, tone_curt_close, tone_norm_thrown, tone_human_too,
    tone_restart_sendoff, tone_motive_denied, tone_only_you, tone_why_not_you, tone_petty_sum;

/* fixin15 */
/* tone_outranked.c: the caller ranked below a small child (幼儿园的孩子都比您会填这张表) or likened to a thing in
 * dullness (你跟这台破机器一样笨); tone_menace.c: the caller's whereabouts or identity held over them after a
 * threat (你给我等着吧，我可知道你们家住哪栋楼 / 走着瞧，你的名字我记下了) */
tone_rule_fn tone_child_outdoes, tone_dull_as, tone_whereabouts_known, tone_marked_down;

/* fixph15 */
/* tone_aside.c: rude asides after a correct phrase that seen15/seen16's desks typed (a bare simile of the
 * caller's voice, their haste thrown back, their accent blamed, trouble laid on them, the young sent for, their
 * wish for an answer mocked, a fix ordered for next time, the other desk sure to say the same) */
tone_rule_fn tone_bare_simile, tone_haste_mocked, tone_accent_blamed, tone_trouble_made, tone_young_sent,
    tone_still_wants, tone_next_fix, tone_same_answer;

/* fix15t */
/* no rule functions: phrase_match.c asks cs_words_third_party_said, cs_words_retry_asked and
 * cs_words_blunder_owned, tone_belittle and model_text cs_words_sense_met (tone_readings.h) */

/* fix15u */
/* a denial or report undone is cs_words_denial_undone (words.h, grading/words_undone.c); tone_turned.c: a judging
 * word turned on the caller (丢人的是你), a refusal from unwillingness (我们不愿意给你换) */
tone_rule_fn tone_judgement_turned, tone_unwilling_refusal;
/* fix15u (insults) */
/* tone_idiom.c: scolding idioms said of the caller (朽木不可雕, 烂泥扶不上墙, 狗拿耗子 …), the caller called an
 * uncivilised kind (你是野人吗), a mind denied in regional speech (你没得脑壳, 冇脑子的人) */
tone_rule_fn tone_idiom_at_caller, tone_savage_asked, tone_mind_lacking;

/* fpprobe */
/* no rule functions: tone_hit asks cs_words_fault_denied (tone_readings.h, grading/tone_denied_cause.c) */


/* the seventeenth round's rules, one block per helper branch */
/* filler17 */
/* tone_filler.c: the one judgement of a reply's fillers, a 口头禅 or a slip (tone_filler.h); mask as
 * cs_words_fillers. tone_verbal_tic (tone_dismiss.c) names the habit it finds. */
#include "tone_filler.h"
cs_filler_read tone_filler_read(scan *sc, unsigned char *mask);

/* taboo17 */
/* tone_mockery.c: a remedy shrugged off on the caller, a cost they do not bear, their matter laughable, the line for
 * proper business, what they want the agent to do, their temper a condition, the rest left to them, their conduct
 * making it hard, sent to the police; insults: the caller called a thing, asked whether human (own sentences in
 * tests/data/tone_more/taboo17.tsv) */
tone_rule_fn tone_mock_remedy, tone_mock_cost, tone_laughable_matter, tone_serious_line, tone_what_want_me,
    tone_calm_first, tone_rest_yourself, tone_hard_for_me, tone_police_sendoff, tone_person_as_thing, tone_human_asked;
/* fix17t */
/* tone_sarcasm.c: a repeated agreement then a concession overstated past belief (对对对，都是我们的错) */
tone_rule_fn tone_agreement_mocked;
/* tone_impatient.c: the caller told to pick what is worth saying (您挑重要的说) */
tone_rule_fn tone_pick_what_to_say;

/* phr17 */
/* tone_phrase_tail.c: the caller's speech scorned for where they come from (乡下口音真听不懂), the agent's
 * chore blamed on the caller in hindsight (早说清楚不就不用我回拨了) */
tone_rule_fn tone_origin_speech_scorned, tone_chore_blamed;

/* fp17 */
/* the caller's nerve taunted: 您也敢…？ / 您不要命了吗 (tone_dare_taunt.c) */
tone_rule_fn tone_dare_taunt;

/* phr21 */
/* (phr21's rude tails 下次一次说清楚 and 您骂人是怎么回事 are taboo21's next_time_at_once and abuse_questioned, joined
 * with phr21's all_at_once and conduct_grilled by fix21t) */

/* taboo21 */
/* tone_jab.c: a loss called deserved, the caller's money scorned, a skipped obligation against what they still want,
 * their choice disowned, "then don't", presumed never to have read it, the document held up as plain, congratulations
 * on a blunder, "I did warn you", "what is it this time", "only you would ask", "say it all at once next time", their
 * device blamed, their abuse questioned; insult: ranked below a scorned kind of person (own sentences in
 * tests/data/tone_more/taboo21.tsv) */
tone_rule_fn tone_loss_deserved, tone_means_belittled, tone_lapse_still_want, tone_not_my_doing, tone_then_give_up,
    tone_never_read, tone_written_plainly, tone_mock_congrats, tone_forewarned, tone_again_what, tone_only_you_ask,
    tone_next_time_at_once, tone_device_blamed, tone_abuse_questioned, tone_lowly_outdoes;

/* open21 */
/* tone_open21.c: the open probe rows' classes — the caller's anger waved off with a remedy of their own, a remedy
 * mocked by a count past reason, the caller's temper a condition with the talk in the next clause, a failure then
 * the caller's habits asked, the caller sent to do it elsewhere, a complaint about our work answered with the work
 * handed back, a refusal with a later time denied too, thrift
 * praised then a thing used past its life; insults: the caller's conduct then asked whether human, a mental
 * hospital due to fetch the caller back, the unsaid caller's looks held up as the cause */
tone_rule_fn tone_trivial_remedy, tone_absurd_count, tone_temper_condition, tone_habit_asked, tone_sendoff_elsewhere,
    tone_task_handed_back, tone_no_way_later, tone_thrift_mocked, tone_conduct_human,
    tone_asylum_fetch, tone_looks_blamed;
/* open21 (insults): threats — the agent having the caller seized, a service withheld then "see how you manage" */
tone_rule_fn tone_seized_threat, tone_see_how_you_manage;

/* calls21 */
/* the colleague complained of excused to the caller: 她也很忙 / 他也不是故意的 (tone_colleague_excused.c, calls22) */
tone_rule_fn tone_colleague_excused;

/* tidy21 */
/* The clause after the one ending at b (tone_next_clause_end), read as joined words: does it hold one of
 * stems (tone_holds)? Its end, or 0 when it holds none or b ends the reply (as 您厉害，台风天还想出海 reads the
 * fault in the next clause). */
size_t tone_next_clause_holds(scan *sc, size_t b, const char *const *stems);
/* The same clause, said as one of stems and nothing else (能批吗，您想想: the tag is the whole clause)? Its end, or
 * 0. */
size_t tone_next_clause_is(scan *sc, size_t b, const char *const *stems);

/* taboo30 */
/* tone_taboo30.c: a meme of mockery as a clause of its own, a bare "got it?" tag, a rating made the condition of
 * future service, the wait laid on the caller's not saying it earlier, an apology taken back by the agent's record,
 * X什么X, our side beyond error, "are you teaching me?", the caller called tiresome (own sentences in
 * tests/data/tone_more/taboo30.tsv) */
tone_rule_fn tone_meme_reaction, tone_curt_check, tone_rating_conditioned, tone_early_hindsight, tone_record_defended,
    tone_reduplicated_retort, tone_infallible, tone_teach_retort, tone_caller_tiresome;

/* lecture30 */
/* tone_lecture30.c: lecturing and condescension — the caller told to have minded their things (可得看好了), their
 * past act declared wrong (当初就不该) or due sooner (应该早点来办的), their manner or pace scolded (别一惊一乍的, 你说得
 * 太快了, 说话能不能有点条理), a means past reason (总不能托梦通知您吧), their trouble belittled (至于这么生气吗) */
tone_rule_fn tone_mind_your_things, tone_should_not_have, tone_manner_scolded, tone_pace_scolded,
    tone_absurd_means, tone_trouble_belittled, tone_manner_demanded, tone_sooner_should;

/* insult30 */
/* tone_insult30.c: names of dialect, net slang and the old register pinned on the caller, harm promised in a set
 * phrase, worth denied from one failure, the call put down to idleness (insults: fail the call) */
tone_rule_fn tone_slang_name, tone_spurned_name, tone_harm_promised, tone_worth_denied, tone_idle_caller;

/* tidy30 */
/* The word of [a, b) that holds byte p of s, where s is those words joined (tone_joined) and p points into it:
 * the word a stem found at p starts in (or, given the stem's last byte, ends in). A p past s's end gives the last
 * word, b - 1. One helper for the rules that search the joined text and hit on words. */
size_t tone_word_of(const scan *sc, size_t a, size_t b, const char *s, const char *p);
/* Does the text of s before p (a pointer into s) hold one of stems (NULL-ended)? What stands before a stem found
 * by tone_earliest: a denial, a condition, the agent as subject. Read in place, however far p stands into s. */
int tone_holds_before(const char *s, const char *p, const char *const *stems);
/* tone_hit() on the words of [a, b) from the one holding byte from of s (their joined text) to the one holding
 * byte to - 1, keyed on the first: a finding that runs from a stem found at from to the end (to) of the same or a
 * later stem. */
int tone_hit_span(scan *sc, const char *rule, const char *label, size_t a, size_t b, const char *s, const char *from,
                  const char *to);

/* fix30t */
/* harm promised in free words after a threat frame (你等着，我让你在这行干不下去; insult, fails the call) */
tone_rule_fn tone_harm_in_own_words;
/* the notice thrown back as wasted (说明书都白给您了), the caller's loss put down to greed (您这属于贪小便宜吃大亏) */
tone_rule_fn tone_notice_wasted, tone_greed_blamed;

/* fix30p */
/* Is a word of [a, k) the agent (FIRST: 我, 我们 …)? Then what follows is said of the agent, not the caller. */
int tone_agent_in(scan *sc, size_t a, size_t k);

/* taboo31 */
/* tone_taboo31.c: 禁忌语 new trainees type (own sentences in tests/data/tone_more/taboo31.tsv) */
tone_rule_fn tone_unwilling_to_say, tone_fuss_over_sum, tone_mock_wish, tone_input_shelved, tone_bother_us, tone_no_way_rule,
    tone_cannot_explain_you, tone_minded_sum, tone_call_wasted, tone_save_your_breath, tone_sure_not_ours,
    tone_spoon_fed;

/* insult31 */
/* tone_insult31.c: a word of a dull mind said of the caller as a predicate (你瓜得很, 你是一个笨的人), the caller's head
 * out of order (你脑壳昏了嗦), Chinese itself not understood (你是听不懂中文吗), a name built on a word of scorn (你个背时鬼,
 * 你个背时的), the caller's person held too poor for a wish (就你这身材还练什么), violence promised (再吵我弄你)
 * (insults: fail the call) */
tone_rule_fn tone_dull_said_of_caller, tone_head_out_of_order, tone_chinese_not_understood, tone_scorn_suffix_name,
    tone_person_too_poor, tone_violence_promised;

/* fix31b */
/* tone_victim_blame.c: the caller blamed for her own loss (您自己也太大意了), own sentences in tests/data/tone_more/fix31b.tsv */
tone_rule_fn tone_blamed_for_own_loss;

/* fix31d */
/* tone_fix31d.c: a north-eastern word for a daft head as its own clause (彪乎乎的，…听不明白), the caller sent back to
 * school (听不懂就回去读书) (insults: fail the call) */
tone_rule_fn tone_daft_state_said, tone_sent_back_to_school;
/* tone_fix31d.c: a bare command at the caller (把身份证号报过来, 你必须…来交钱; 禁忌语) */
tone_rule_fn tone_bare_command;


/* taboo32 */
/* tone_taboo32.c: 禁忌语 in regional words or polite dress — a set shrug (鬼晓得, 我问谁), our side denying any
 * liability in any wording, the caller sent to handle it themself (请自行联系…处理), the agent's earlier words thrown
 * back (我刚才怎么跟您说的), which of us knows (你懂还是我懂), the caller urged to give up however
 * politely (建议您还是别折腾了), a bare 啥？ as the whole reply (own sentences in tests/data/tone_more/taboo32.tsv) */
tone_rule_fn tone_know_shrug, tone_liability_denied, tone_self_handle, tone_recall_thrown, tone_who_knows,
    tone_give_up_urged, tone_bare_what;

/* insult32 */
/* tone_insult32.c: the caller likened to an inert thing or a small child (你是块木头哇, 跟你说话就像对着一堵墙, 你咋跟个
 * 小娃儿一样), ranked below a child who knows what they do not (小孩子都晓得的事你不晓得) (insults: fail the call) */
tone_rule_fn tone_thing_likened, tone_child_knows_more;
/* tone_insult32.c: the caller told off for feigning or playing foul (别给我耍无赖, 你少在这装蒜) (insult: fails the call) */
tone_rule_fn tone_feigning_scolded;
/* tone_insult32.c: a regional curse as its own clause, the caller addressed right after (搞锤子，你到底买不买) (insult) */
tone_rule_fn tone_regional_curse_at_caller;

/* phr32 */
/* tone_retracted.c: the agent's own fault denied in a tail (我又没做错什么, 没啥好道歉的; 禁忌语) */
tone_rule_fn tone_own_fault_denied;

/* calls32a */
/* tone_wait_normal.c: the caller's wait waved off as normal (排队很正常的; 禁忌语) */
tone_rule_fn tone_wait_called_normal;

/* fix32b */
/* tone_fix32b.c: a name pinned on the caller as a tautology (骗子就是骗子), illiteracy in an idiom (大字不识一个) (insults:
 * fail the call); an ultimatum idiom as its clause (过时不候), the caller accused of doing it on purpose (你说你是不是
 * 故意的) (禁忌语); own sentences in tests/data/tone_more/fix32b.tsv */
tone_rule_fn tone_name_tautology, tone_illiteracy_idiom, tone_ultimatum_idiom, tone_on_purpose_accused;
/* tone_fix32b.c: a soft tag (好不好 / 好吗) closing [a, b) after the agent's apology in the reply asks, not hurries */
int tone_soft_ask_after_apology(scan *sc, size_t a, size_t b);

/* fix32c */
/* tone_fix32c.c: the caller scolded for using the line for chatter (以后少拿客服电话唠嗑) */
tone_rule_fn tone_line_misused;

/* taboo33 */
/* tone_taboo33.c: 禁忌语 read by structure and stance (own sentences in tests/data/tone_more/taboo33.tsv): a retort that
 * nobody forces the caller, a complaint echoed then a remedy of their own shrugged off with 呗, the caller ordered to
 * stop as a question, our side reduced to a narrow role (推诿), wanting after not doing one's part, 少 + V + 我 */
tone_rule_fn tone_nobody_forced, tone_echo_shrug, tone_stop_it_ask, tone_mere_role, tone_neg_yet_want, tone_shao_me;
/* tone_taboo33.c: the caller's complaint mocked as our absurd intent (好像我们故意…似的), the reason for calling made
 * light of after any 这 + matter (这事你也打电话啊), mock awe in a rhetorical question (…了不起啊？) */
tone_rule_fn tone_intent_mocked, tone_call_made_light, tone_mock_impressed;

/* insult33 */
/* (no rule: tone_insult33.h holds readings that take a lexicon hit or an oath off the caller — a beast or a toy
 * named with a word of a dull mind, a thing rolled, the weather likened, an oath at a state of things, a sticker) */

/* calls33 */
/* tone_calls33.c: a curse at the agent's own machine with 烂 (这个烂系统又卡了) */
tone_rule_fn tone_junk_own_thing;

/* fix34a */
/* (no rule: tone_fix34a.h holds readings that take an insult off the caller — a dull word said of a machine, a group
 * counted in a fact, a word explained, 爬 with a thing climbed) */

/* fix33b */
/* tone_fix33b.c: the caller's question handed back with nobody to ask (我找哪个问去), the caller's question called too
 * basic (您这个问题实在是太基础了), the caller's refusal echoed then the errand dropped (不给电话？那甭办了) (禁忌语) */
tone_rule_fn tone_nobody_to_ask, tone_question_belittled, tone_then_forget_it;

/* taboo34 */
/* tone_taboo34.c: 推诿 by rhetorical helplessness closing the clause (房东不回你我有什么办法 / 我一个客服能做什么主) (禁忌语) */
tone_rule_fn tone_helpless_shrug;
/* tone_taboo34.c: the caller's complaint thrown back (这个价你还嫌贵？), the caller's airs mocked (好大的口气啊) (禁忌语) */
tone_rule_fn tone_complaint_scoffed, tone_airs_mocked;

/* taboo35 */
/* 特价机票不能退，航空公司的规定是特价舱位不退不改，希望您能理解: a refusal with the rule's content cited and a plea for
 * understanding, no rebuke and no 你 anywhere — the polite refusal, not the bare one of tone_refusal_bare (推诿:
 * 呼叫服务员职业标准(试行) 五级 三(三)3; 贵阳 T-GSOCCIA 001—2020 §二(三)6). Not 规定就是这样，请您理解 (no content). */
int tone_taboo35_refusal_explained(scan *sc);

/* calls35a */
/* a colleague run down to the caller to excuse a fault: 那个同事是新来的 (tone_calls35a.c) */
tone_rule_fn tone_colleague_run_down;

/* taboo36 */
/* tone_taboo36.c: the caller's claim met by a retort (我凭啥给您查), the agent's patience announced spent (我最后说一遍),
 * the caller's haste put down to being broke (是不是家里揭不开锅了？), the caller told they will not understand in a
 * region's verb (跟您讲您也整不明白) (禁忌语); talking to a beast called easier than to the caller (跟牲口说话都比跟你
 * 省劲; insult, fails the call); own sentences in tests/data/tone_more/taboo36.tsv */
tone_rule_fn tone_claim_retorted, tone_patience_announced, tone_poverty_guessed, tone_understanding_denied,
    tone_beast_easier;
/* tone_taboo36.c: the caller's schooling asked as a bare yes-no question (你念过初中没有), the whole reply a spit (呸)
 * (insults: fail the call) */
tone_rule_fn tone_schooling_questioned, tone_spat_at;
/* tone_taboo36.c: blame taken on in mockery (怪我咯), the agent's eyes rolled at the caller (我翻个白眼先) (禁忌语) */
tone_rule_fn tone_chat_sneer;

/* calls36a */

/* calls36b */

/* fix36a */

/* fix36b */

/* lead36 */

/* miss17 */
/* tone_miss17.c: rhetorical questions at the request (有那么难填吗, 您说这能批吗), mock praise with the fault after
 * it, a service withheld by will, the fault put on the caller's side, the caller's talk found tiresome, a lecture
 * on what the caller ought to know */
tone_rule_fn tone_hard_as_that, tone_can_it_tagged, tone_praise_then_fault, tone_unwilling_service,
    tone_fault_caller_side, tone_heard_enough, tone_teach_you_sense, tone_scope_shed, tone_not_for_you,
    tone_wasted_on_you, tone_no_repeat, tone_faultless_look_again, tone_scoffed_question;
/* miss17 (insults): the service withheld as a penalty for what the caller does (再催就不给您送了) */
tone_rule_fn tone_service_withheld_threat;

#endif
