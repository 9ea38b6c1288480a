/* Phrase matching over a loaded bank (see phrase_match.h).
 *
 * A reply is the standard phrase of a category when, in its normal form (text_norm.h):
 *   - every required part of at least one of the category's phrases is present (a part is present
 *     when one of its alternatives occurs and is not negated: 没有什么可以帮您 is no offer of help);
 *   - none of the category's "not" cues occurs (cues of a neighbouring category or of a refusal);
 *   - no taboo expression occurs (rude replies are never the standard phrase).
 * Similarity blends part coverage of the nearest phrase with the character-bigram Dice coefficient
 * against its standard wording, so an exact standard reply scores 1 and a complete paraphrase
 * still scores well above an incomplete one. */
#include "phrase_match.h"
#include "phrase_bank_int.h"
#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

#define W_COVERAGE 0.6
#define W_DICE 0.4
#define W_OPTIONAL 0.5

/* A reply prepared once for all categories: normal form with clause breaks (for keywords) and
 * sorted bigrams of the plain normal form (for similarity). */
typedef struct {
    uint32_t *t;
    size_t n;
    uint64_t *bigrams;
    size_t n_bigrams;
} prepared;

/* ---- pattern search ---- */

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Does el[0..ne) match t at i? End position in *end. Gaps try the shortest span first. */
static int match_at(const uint32_t *el, size_t ne, const uint32_t *t, size_t n, size_t i, size_t *end)
{
    if (ne == 0) { *end = i; return 1; }
    if (el[0] == CS_PAT_GAP) {
        for (size_t g = 0; g <= CS_PAT_GAP_LEN && i + g <= n; g++)
            if (match_at(el + 1, ne - 1, t, n, i + g, end)) return 1;
        return 0;
    }
    if (el[0] == CS_PAT_DIGITS) {
        size_t j = i;
        while (j < n && is_digit(t[j])) j++;
        return j > i && match_at(el + 1, ne - 1, t, n, j, end);
    }
    return i < n && t[i] == el[0] && match_at(el + 1, ne - 1, t, n, i + 1, end);
}

/* First occurrence of p in t at or after from; 1 if found. */
static int find_from(const cs_pattern *p, const uint32_t *t, size_t n, size_t from, size_t *start, size_t *end)
{
    uint32_t first = p->el[0];
    for (size_t i = from; i < n; i++) {
        if (first < CS_PAT_GAP && t[i] != first) continue;
        if (match_at(p->el, p->n, t, n, i, end)) { *start = i; return 1; }
    }
    return 0;
}

/* A keyword right after a negation says the opposite: 不理解, 无法为您服务, 没有什么可以帮您. */
static int negated(const uint32_t *t, size_t pos)
{
    static const uint32_t one[] = { 0x4E0D, 0x6CA1, 0x522B, 0x65E0, 0x672A }; /* 不没别无未 */
    static const uint32_t two[][2] = {
        { 0x4E0D, 0x592A }, { 0x4E0D, 0x80FD }, { 0x65E0, 0x6CD5 }, { 0x6CA1, 0x6709 }, /* 不太 不能 无法 没有 */
        { 0x4E0D, 0x4F1A }, { 0x4E0D, 0x7528 }, { 0x4E0D, 0x5FC5 }, { 0x4E0D, 0x8981 }, /* 不会 不用 不必 不要 */
        { 0x6CA1, 0x80FD }, { 0x672A, 0x80FD }, { 0x4E0D, 0x662F }, { 0x6CA1, 0x6CD5 }, /* 没能 未能 不是 没法 */
    };
    if (pos >= 1) {
        for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
            if (t[pos - 1] == one[i]) return 1;
    }
    if (pos >= 2) {
        for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
            if (t[pos - 2] == two[i][0] && t[pos - 1] == two[i][1]) return 1;
    }
    return 0;
}

static int part_present(const cs_part *part, const prepared *pr)
{
    for (size_t a = 0; a < part->alts.n; a++) {
        size_t from = 0, s, e;
        while (find_from(&part->alts.alts[a], pr->t, pr->n, from, &s, &e)) {
            if (!negated(pr->t, s)) return 1;
            from = s + 1;
        }
    }
    return 0;
}

static int any_present(const cs_pattern_set *set, const prepared *pr)
{
    size_t s, e;
    for (size_t a = 0; a < set->n; a++)
        if (find_from(&set->alts[a], pr->t, pr->n, 0, &s, &e)) return 1;
    return 0;
}

/* ---- similarity ---- */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Sorted bigram keys of t; *out NULL when n < 2. Returns -1 on out of memory. */
static int make_bigrams(const uint32_t *t, size_t n, uint64_t **out, size_t *count)
{
    *out = NULL;
    *count = 0;
    if (n < 2) return 0;
    uint64_t *b = malloc((n - 1) * sizeof *b);
    if (!b) return -1;
    for (size_t i = 0; i + 1 < n; i++) b[i] = ((uint64_t)t[i] << 21) | t[i + 1];
    qsort(b, n - 1, sizeof *b, cmp_u64);
    *out = b;
    *count = n - 1;
    return 0;
}

static size_t common_sorted(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, c = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) { c++; i++; j++; }
        else if (a[i] < b[j]) i++;
        else j++;
    }
    return c;
}

/* Dice coefficient of character bigrams between the reply and a standard wording. */
static double dice(const prepared *pr, const cs_phrase *ph)
{
    uint64_t *b;
    size_t nb;
    if (make_bigrams(ph->norm, ph->n_norm, &b, &nb) < 0) return 0.0;
    double d = 0.0;
    if (pr->n_bigrams + nb > 0)
        d = 2.0 * (double)common_sorted(pr->bigrams, pr->n_bigrams, b, nb) / (double)(pr->n_bigrams + nb);
    free(b);
    return d;
}

/* ---- taboo ---- */

/* Is the hit [s, e) inside an exception such as 不知道您 around 不知道? */
static int excepted(const cs_taboo_entry *te, const prepared *pr, size_t s, size_t e)
{
    for (size_t k = 0; k < te->except.n; k++) {
        const cs_pattern *x = &te->except.alts[k];
        size_t back = x->n + CS_PAT_GAP_LEN * 2;
        size_t from = s > back ? s - back : 0, xs, xe;
        while (find_from(x, pr->t, pr->n, from, &xs, &xe) && xs <= s) {
            if (xe >= e) return 1;
            from = xs + 1;
        }
    }
    return 0;
}

static int taboo_hit(const cs_taboo_entry *te, const prepared *pr)
{
    size_t from = 0, s, e;
    while (find_from(&te->pat, pr->t, pr->n, from, &s, &e)) {
        if (!excepted(te, pr, s, e)) return 1;
        from = s + 1;
    }
    return 0;
}

static void scan_taboo(const cs_phrase_bank *bank, const prepared *pr, cs_match *out)
{
    for (size_t i = 0; i < bank->n_taboo; i++) {
        const cs_taboo_entry *te = &bank->taboo[i];
        if (!taboo_hit(te, pr)) continue;
        if (te->insult) out->insult = 1;
        if (out->n_taboo < CS_MATCH_MAX_TABOO) out->taboo[out->n_taboo++] = te->pat.text;
    }
}

/* ---- categories ---- */

typedef struct {
    const cs_phrase *ph;
    int complete;
    double coverage, dice;
} phrase_score;

static phrase_score score_phrase(const cs_phrase *ph, const int *present, const prepared *pr)
{
    phrase_score sc = { .ph = ph, .complete = 1 };
    double got = 0.0, total = (double)ph->n_req + W_OPTIONAL * (double)ph->n_opt;
    for (size_t i = 0; i < ph->n_req; i++) {
        if (present[ph->req[i]]) got += 1.0;
        else sc.complete = 0;
    }
    for (size_t i = 0; i < ph->n_opt; i++)
        if (present[ph->opt[i]]) got += W_OPTIONAL;
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

static int match_category(const cs_phrase_bank *bank, const cs_category *c, const prepared *pr, cs_match *out)
{
    int *present = calloc(c->n_parts ? c->n_parts : 1, sizeof *present);
    if (!present) return -1;
    for (size_t i = 0; i < c->n_parts; i++) present[i] = part_present(&c->parts[i], pr);

    phrase_score best = score_phrase(&c->phrases[0], present, pr);
    for (size_t i = 1; i < c->n_phrases; i++) {
        phrase_score sc = score_phrase(&c->phrases[i], present, pr);
        if (better(&sc, &best)) best = sc;
    }
    out->phrase = best.ph->id;
    out->clause = c->clause;
    out->similarity = W_COVERAGE * best.coverage + W_DICE * best.dice;
    for (size_t i = 0; i < best.ph->n_req && out->n_missing < CS_MATCH_MAX_MISSING; i++)
        if (!present[best.ph->req[i]]) out->missing[out->n_missing++] = c->parts[best.ph->req[i]].name;
    free(present);

    scan_taboo(bank, pr, out);
    out->match = best.complete && out->n_taboo == 0 && !any_present(&c->nots, pr);
    return 0;
}

static void match_taboo_category(const cs_phrase_bank *bank, const prepared *pr, cs_match *out)
{
    scan_taboo(bank, pr, out);
    out->match = out->n_taboo > 0;
    out->similarity = out->match ? 1.0 : 0.0;
    out->phrase = out->match ? out->taboo[0] : NULL;
    out->clause = out->insult ? bank->insult_clause : bank->taboo_clause;
}

static int prepare(const char *text, prepared *pr)
{
    memset(pr, 0, sizeof *pr);
    uint32_t *plain;
    size_t np = cs_normalize_cps(text ? text : "", &plain);
    if (np == (size_t)-1) return -1;
    int rc = make_bigrams(plain, np, &pr->bigrams, &pr->n_bigrams);
    free(plain);
    if (rc < 0) return -1;
    size_t n = cs_normalize_clauses(text ? text : "", &pr->t);
    if (n == (size_t)-1) { free(pr->bigrams); return -1; }
    pr->n = n;
    return 0;
}

static void release(prepared *pr)
{
    free(pr->t);
    free(pr->bigrams);
}

int cs_match_phrase(const cs_phrase_bank *bank, const char *category, const char *text, cs_match *out)
{
    memset(out, 0, sizeof *out);
    if (!bank || !category || !cs_bank_has_category(bank, category)) return -1;
    prepared pr;
    if (prepare(text, &pr) < 0) return -1;
    int rc = 0;
    if (strcmp(category, "taboo") == 0) match_taboo_category(bank, &pr, out);
    else rc = match_category(bank, cs_bank_category(bank, category), &pr, out);
    release(&pr);
    if (rc < 0) memset(out, 0, sizeof *out);
    return rc;
}

const char *cs_classify(const cs_phrase_bank *bank, const char *text, cs_match *out)
{
    memset(out, 0, sizeof *out);
    if (!bank) return NULL;
    prepared pr;
    if (prepare(text, &pr) < 0) return NULL;
    const char *best_name = NULL;
    cs_match best = { 0 };
    for (size_t i = 0; i < bank->n_cats; i++) {
        cs_match m = { 0 };
        if (match_category(bank, &bank->cats[i], &pr, &m) < 0) continue;
        if (m.match && (!best_name || m.similarity > best.similarity)) {
            best = m;
            best_name = bank->cats[i].name;
        }
    }
    if (best_name) *out = best;
    else scan_taboo(bank, &pr, out);
    release(&pr);
    return best_name;
}

void cs_scan_taboo(const cs_phrase_bank *bank, const char *text, cs_match *out)
{
    memset(out, 0, sizeof *out);
    if (!bank) return;
    prepared pr;
    if (prepare(text, &pr) < 0) return;
    scan_taboo(bank, &pr, out);
    release(&pr);
}
