/* Tone model: see tone_model.h. The scoring mirrors score() of tools/tone_model.py exactly (same
 * clause cut, same n-grams and skip-bigrams, same length normalisation), so the figures measured
 * there hold here (tests/data/tone_features pins the two to the same scores).
 * Two file formats: a linear model (a `bias` line: liblinear's logistic regression, scored as
 * bias + sum of weights / sqrt(all the clause's n-grams)) and the older naive Bayes one (a `prior`
 * line: (prior + sum of log-odds) / sqrt(known n-grams)), so a model file of either kind loads. */
#include "tone_model.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text_norm.h"

typedef struct {
    uint64_t key;   /* up to three code points, 21 bits each, first in the high bits */
    double w;       /* taboo weight (log-odds) */
    double wi;      /* insult weight, NAN when the insult model does not know the n-gram */
} gram_w;

struct cs_tone_model {
    gram_w *g;
    size_t n, cap;
    double prior, threshold;       /* prior: the naive Bayes prior or the linear model's bias */
    double prior_i, threshold_i;   /* the same for the insult model */
    int linear;                    /* a `bias` line: the linear model's scoring */
    int skip;                      /* a `skip_bigrams 1` line: the clause's skip-bigrams are features too */
    int has_threshold, has_insult; /* which threshold lines the file has */
    double over_rule;              /* insult_over_rule: the insult model's bar where a rule found 禁忌语 */
    /* an open-addressed table of 1 + the index into g of each key (0: empty), 2^slot_bits slots,
     * or NULL (then find searches g): every n-gram of every clause is looked up, and the binary
     * search's cache misses over some 130,000 grams were 5-6 % of grading time in perf */
    uint32_t *slots;
    unsigned slot_bits;
};

/* insult_over_rule of a file without the line: the bar phrase_match.c used before the trainer's
 * select chose it (tools/tone_model.py INSULT_OVER_RULE, 2026-11) */
#define DEFAULT_OVER_RULE 2.0

static uint64_t key_of(const uint32_t *cp, size_t n)
{
    uint64_t k = 0;
    for (size_t i = 0; i < 3; i++) k = (k << 21) | (i < n ? cp[i] : 0);
    return k;
}

static int cmp_gram(const void *a, const void *b)
{
    uint64_t x = ((const gram_w *)a)->key, y = ((const gram_w *)b)->key;
    return x < y ? -1 : x > y;
}

static size_t slot_of(const cs_tone_model *m, uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15u) >> (64 - m->slot_bits));
}

static const gram_w *find(const cs_tone_model *m, uint64_t key)
{
    if (m->slots) {
        size_t mask = ((size_t)1 << m->slot_bits) - 1;
        for (size_t s = slot_of(m, key); m->slots[s]; s = (s + 1) & mask)
            if (m->g[m->slots[s] - 1].key == key) return &m->g[m->slots[s] - 1];
        return NULL;
    }
    gram_w probe = { key, 0, 0 };
    return bsearch(&probe, m->g, m->n, sizeof *m->g, cmp_gram);
}

/* Fills m->slots from the sorted grams. Left NULL (find then searches, as it always did) when a
 * key comes twice, where which of them bsearch returns is its own affair, or when out of memory:
 * the table only ever gives the answer the search gives. */
static void learn_slots(cs_tone_model *m)
{
    for (size_t i = 1; i < m->n; i++)
        if (m->g[i].key == m->g[i - 1].key) return;
    if (m->n >= UINT32_MAX / 2) return;
    unsigned bits = 4;
    while (((size_t)1 << bits) < 2 * m->n) bits++;   /* at most half full: short probe runs */
    m->slots = calloc((size_t)1 << bits, sizeof *m->slots);
    if (!m->slots) return;
    m->slot_bits = bits;
    size_t mask = ((size_t)1 << bits) - 1;
    for (size_t i = 0; i < m->n; i++) {
        size_t s = slot_of(m, m->g[i].key);
        while (m->slots[s]) s = (s + 1) & mask;
        m->slots[s] = (uint32_t)(i + 1);
    }
}

/* One "GRAM<TAB>WEIGHT" line; 0, or -1 when malformed or out of memory. */
static int add_line(cs_tone_model *m, char *line)
{
    char *tab = strchr(line, '\t');
    if (!tab) return -1;
    *tab = '\0';
    char *end;
    double w = strtod(tab + 1, &end);
    if (end == tab + 1) return -1;
    /* an optional third column: the insult weight, or "-" when the insult model lacks the n-gram */
    double wi = NAN;
    if (*end == '\t') {
        char *third = end + 1, *end_i;
        if (strcmp(third, "-") != 0) {
            wi = strtod(third, &end_i);
            if (end_i == third || *end_i) return -1;
        }
    } else if (*end) {
        return -1;
    }
    if (strcmp(line, "threshold") == 0) { m->threshold = w; m->has_threshold = 1; return 0; }
    if (strcmp(line, "prior") == 0) { m->prior = w; return 0; }
    if (strcmp(line, "bias") == 0) { m->prior = w; m->linear = 1; return 0; }
    if (strcmp(line, "skip_bigrams") == 0) { m->skip = w != 0; return 0; }
    if (strcmp(line, "insult_threshold") == 0) { m->threshold_i = w; m->has_insult = 1; return 0; }
    if (strcmp(line, "insult_over_rule") == 0) { m->over_rule = w; return 0; }
    if (strcmp(line, "insult_prior") == 0 || strcmp(line, "insult_bias") == 0) { m->prior_i = w; return 0; }
    uint32_t cp[3];
    size_t n = 0;
    const char *p = line;
    while (*p && n < 3) cp[n++] = cs_utf8_next(&p);
    if (n == 0 || *p) return -1;
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 4096;
        gram_w *g = realloc(m->g, cap * sizeof *g);
        if (!g) return -1;
        m->g = g;
        m->cap = cap;
    }
    m->g[m->n++] = (gram_w){ key_of(cp, n), w, wi };
    return 0;
}

cs_tone_model *cs_tone_model_load(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        if (err && errlen) snprintf(err, errlen, "%s: cannot open (run tools/tone_model.py train %s)", path, path);
        return NULL;
    }
    cs_tone_model *m = calloc(1, sizeof *m);
    if (m) m->over_rule = DEFAULT_OVER_RULE;
    char line[256];
    int ln = 0, bad = !m;
    while (!bad && fgets(line, sizeof line, f)) {
        ln++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        if (add_line(m, line) < 0) bad = ln;
    }
    fclose(f);
    /* a naive Bayes threshold is a positive log-odds; a linear model's may be any */
    if (bad || !m || m->n == 0 || !m->has_threshold || (!m->linear && m->threshold <= 0)) {
        if (err && errlen) snprintf(err, errlen, "%s:%d: malformed tone model line, or no n-grams or threshold (retrain with tools/tone_model.py)", path, bad);
        cs_tone_model_free(m);
        return NULL;
    }
    qsort(m->g, m->n, sizeof *m->g, cmp_gram);
    learn_slots(m);
    return m;
}

void cs_tone_model_free(cs_tone_model *m)
{
    if (!m) return;
    free(m->slots);
    free(m->g);
    free(m);
}

size_t cs_tone_model_size(const cs_tone_model *m)
{
    return m ? m->n : 0;
}

double cs_tone_model_insult_over_rule(const cs_tone_model *m)
{
    return m ? m->over_rule : DEFAULT_OVER_RULE;
}

/* The clause breaks of tools/tone_model.py's SPLIT. */
static int is_break(uint32_t c)
{
    static const uint32_t br[] = { 0xFF0C, 0x3002, 0xFF01, 0xFF1F, 0x3001, ',', '.', '!', '?', 0xFF1B, ';',
                                   0xFF1A, ':', 0x2026, '~', 0xFF5E, ' ', '\t', '\n', '\r', 0x3000 };
    for (size_t i = 0; i < sizeof br / sizeof br[0]; i++)
        if (c == br[i]) return 1;
    return 0;
}

/* 你/妳 read as 您, as tools/tone_model.py's fold(): who a reply is aimed at counts, not the
 * pronoun's politeness (issue #11 item 3: 你/您 alike). */
static uint32_t fold_pronoun(uint32_t c)
{
    return c == 0x4F60 || c == 0x59B3 ? 0x60A8 : c;
}

/* The middle of a skip-bigram's key and name (U+2026 …, a clause break: see score_clause). */
#define SKIP_MARK 0x2026u

static int is_han(uint32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

typedef struct {
    double score;
    uint64_t top[3];
    double top_w[3];
    size_t n_top;
} clause_score;

/* Keeps the three n-grams of largest positive weight: those that pushed the clause towards rude. */
static void keep_top(clause_score *cs, uint64_t key, double w)
{
    if (w <= 0) return;
    for (size_t i = 0; i < cs->n_top; i++)
        if (cs->top[i] == key) return;
    size_t at = cs->n_top < 3 ? cs->n_top++ : 3;
    if (at == 3) {
        if (w <= cs->top_w[2]) return;
        at = 2;
    }
    while (at > 0 && cs->top_w[at - 1] < w) { cs->top[at] = cs->top[at - 1]; cs->top_w[at] = cs->top_w[at - 1]; at--; }
    cs->top[at] = key;
    cs->top_w[at] = w;
}

/* Adds one feature of a clause, when the model weighs it (for the insult model: has a weight). */
static void add_feature(const cs_tone_model *m, uint64_t key, int insult, clause_score *out, double *sum, size_t *known)
{
    const gram_w *g = find(m, key);
    if (!g || (insult && isnan(g->wi))) return;
    double w = insult ? g->wi : g->w;
    *sum += w;
    (*known)++;
    keep_top(out, key, w);
}

/* 0 when the clause is not scored (too few Han characters, or no known n-gram for naive Bayes).
 * insult: score with the insult model's weights. */
static int score_clause(const cs_tone_model *m, const uint32_t *c, size_t n, int insult, clause_score *out)
{
    size_t han = 0;
    for (size_t i = 0; i < n; i++) han += is_han(c[i]);
    if (han < 2) return 0;
    memset(out, 0, sizeof *out);
    double prior = insult ? m->prior_i : m->prior;
    double sum = m->linear ? 0 : prior;
    size_t known = 0;
    for (size_t len = 1; len <= 3; len++)
        for (size_t i = 0; i + len <= n; i++)
            add_feature(m, key_of(c + i, len), insult, out, &sum, &known);
    /* skip-bigrams: two characters with any one between, keyed and written as "a…b" (… is a clause
     * break, so no n-gram of a clause holds it: the key is unambiguous) */
    for (size_t i = 0; m->skip && i + 3 <= n; i++) {
        uint32_t sk[3] = { c[i], SKIP_MARK, c[i + 2] };
        add_feature(m, key_of(sk, 3), insult, out, &sum, &known);
    }
    if (m->linear) {
        /* features were counts over sqrt(all n-grams of the clause, known or not) in training */
        size_t all = n + (n > 1 ? n - 1 : 0) + (n > 2 ? (m->skip ? 2 : 1) * (n - 2) : 0);
        out->score = prior + sum / sqrt((double)all);
        return 1;
    }
    if (!known) return 0;
    out->score = sum / sqrt((double)known);
    return 1;
}

static void put_gram(uint64_t key, char *buf, size_t size)
{
    size_t o = 0;
    for (int i = 2; i >= 0; i--) {
        uint32_t cp = (uint32_t)(key >> (21 * i)) & 0x1FFFFF;
        if (!cp || o + 5 > size) continue;
        o += cs_utf8_put(cp, buf + o);
    }
    buf[o] = '\0';
}

static int judge(const cs_tone_model *m, int insult, const char *text, double *score,
                 char *words, size_t word_bytes, size_t max_words, size_t *n_words)
{
    if (n_words) *n_words = 0;
    if (score) *score = -1e9;
    if (!m || !text || (insult && !m->has_insult)) return 0;
    size_t len = strlen(text);
    uint32_t *cp = malloc((len + 1) * sizeof *cp);
    if (!cp) return 0;
    size_t n = 0;
    int latin_run = 0;
    for (const char *p = text; *p;) {
        uint32_t c = cs_utf8_next(&p);
        /* a run of Latin letters is one character, a (tools/tone_model.py grams(): code-switched
         * English is no Chinese rudeness; English rudeness is tone_english.c's) */
        int latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (latin && latin_run) continue;
        latin_run = latin;
        cp[n++] = latin ? 'a' : fold_pronoun(c);
    }
    clause_score best = { .score = -1e9 }, cur;
    int any = 0;
    for (size_t s = 0; s < n;) {
        while (s < n && is_break(cp[s])) s++;
        size_t e = s;
        while (e < n && !is_break(cp[e])) e++;
        if (e > s && score_clause(m, cp + s, e - s, insult, &cur) && (!any || cur.score > best.score)) { best = cur; any = 1; }
        s = e;
    }
    free(cp);
    if (score) *score = best.score;
    if (!any || best.score <= (insult ? m->threshold_i : m->threshold)) return 0;
    for (size_t i = 0; words && n_words && word_bytes >= 16 && i < best.n_top && i < max_words; i++)
        put_gram(best.top[i], words + (*n_words)++ * word_bytes, word_bytes);
    return 1;
}

int cs_tone_model_judge(const cs_tone_model *m, const char *text, double *score,
                        char *words, size_t word_bytes, size_t max_words, size_t *n_words)
{
    return judge(m, 0, text, score, words, word_bytes, max_words, n_words);
}

int cs_tone_model_judge_insult(const cs_tone_model *m, const char *text, double *score,
                               char *words, size_t word_bytes, size_t max_words, size_t *n_words)
{
    return judge(m, 1, text, score, words, word_bytes, max_words, n_words);
}
