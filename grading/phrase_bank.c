/* Loader of the phrase bank (assets/phrases.txt) and the taboo list (assets/taboo.txt). The
 * formats are documented at the top of each asset file. Everything is checked at load time so
 * that a typo in the data stops the program with file:line instead of silently never matching. */
#include "grading_util.h"
#include "phrase_bank_int.h"
#include "text_norm.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEFINE_DEPTH 4

typedef struct cs_define define;   /* phrase_bank_int.h: kept by the bank for queries (calls17) */

/* State of one file being read; err set means stop. */
typedef struct {
    const char *path;
    int line;
    char *err;
    size_t errlen;
    int failed;
    define *defs;
    size_t n_defs;
} loader;

static void fail(loader *ld, const char *fmt, ...)
{
    if (ld->failed) return;
    ld->failed = 1;
    va_list ap;
    va_start(ap, fmt);
    cs_g_verror_at(ld->err, ld->errlen, ld->path, ld->line, fmt, ap);
    va_end(ap);
}

/* arr grown by one zeroed item of elem bytes (the old array when realloc fails is left alone). */
static void *grow_by_one(void *arr, size_t n, size_t elem)
{
    char *grown = realloc(arr, (n + 1) * elem);
    if (grown) memset(grown + n * elem, 0, elem);
    return grown;
}

/* out = a new zeroed last item of arr (count n), or NULL when out of memory. */
#define PUSH(arr, n, out) do { \
        void *g_ = grow_by_one((arr), (n), sizeof *(arr)); \
        (out) = NULL; \
        if (g_) { (arr) = g_; (out) = &(arr)[(n)++]; } \
    } while (0)

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

/* Splits "keyword rest" in place; *rest is "" when there is nothing after the keyword. */
static char *split_word(char *s, char **rest)
{
    char *p = s;
    while (*p && *p != ' ' && *p != '\t') p++;
    if (*p) *p++ = '\0';
    *rest = trim(p);
    return s;
}

static void pattern_free(cs_pattern *p)
{
    free(p->el);
    free(p->text);
    for (size_t i = 0; i < p->n_gapped; i++) pattern_free(&p->gapped[i]);
    free(p->gapped);
}

static void set_free(cs_pattern_set *s)
{
    for (size_t i = 0; i < s->n; i++) pattern_free(&s->alts[i]);
    free(s->alts);
    s->alts = NULL;
    s->n = 0;
}

/* Appends the normal form of raw[0..len) to p->el. */
static int append_literal(cs_pattern *p, const char *raw, size_t len)
{
    char *lit = malloc(len + 1);
    if (!lit) return -1;
    memcpy(lit, raw, len);
    lit[len] = '\0';
    uint32_t *cps;
    size_t n = cs_normalize_cps(lit, &cps);
    free(lit);
    if (n == (size_t)-1) return -1;
    uint32_t *grown = realloc(p->el, (p->n + n + 1) * sizeof *grown);
    if (!grown) { free(cps); return -1; }
    memcpy(grown + p->n, cps, n * sizeof *cps);
    p->el = grown;
    p->n += n;
    free(cps);
    return 0;
}

static int append_el(cs_pattern *p, uint32_t el)
{
    uint32_t *grown = realloc(p->el, (p->n + 2) * sizeof *grown);
    if (!grown) return -1;
    grown[p->n++] = el;
    p->el = grown;
    return 0;
}

/* Compiles one alternative: literal text, '*' gaps, '#' digit runs. */
static int compile_alt(loader *ld, const char *raw, cs_pattern *out)
{
    memset(out, 0, sizeof *out);
    out->text = cs_g_strdup(raw);
    if (!out->text) { fail(ld, "out of memory"); return -1; }
    const char *seg = raw;
    for (const char *p = raw;; p++) {
        if (*p != '*' && *p != '#' && *p) continue;
        if (p > seg && append_literal(out, seg, (size_t)(p - seg)) < 0) goto oom;
        if (!*p) break;
        if (append_el(out, *p == '*' ? CS_PAT_GAP : CS_PAT_DIGITS) < 0) goto oom;
        seg = p + 1;
    }
    size_t lits = 0;
    for (size_t i = 0; i < out->n; i++) {
        lits += out->el[i] < CS_PAT_GAP;
        out->n_han += out->el[i] >= 0x3400 && out->el[i] <= 0x9FFF;
    }
    if (lits == 0) { fail(ld, "pattern \"%s\" has no characters to match", raw); goto bad; }
    if (out->el[0] == CS_PAT_GAP || out->el[out->n - 1] == CS_PAT_GAP) {
        fail(ld, "pattern \"%s\" starts or ends with a gap", raw);
        goto bad;
    }
    return 0;
oom:
    fail(ld, "out of memory");
bad:
    pattern_free(out);
    return -1;
}

static const define *find_define(const loader *ld, const char *name)
{
    for (size_t i = 0; i < ld->n_defs; i++)
        if (strcmp(ld->defs[i].name, name) == 0) return &ld->defs[i];
    return NULL;
}

/* Parses "alt|alt|@define|..." into set (appending). */
static int parse_alts(loader *ld, const char *spec, cs_pattern_set *set, int depth)
{
    char *copy = cs_g_strdup(spec);
    if (!copy) { fail(ld, "out of memory"); return -1; }
    int rc = 0;
    char *save = NULL;
    for (char *tok = strtok_r(copy, "|", &save); tok && rc == 0; tok = strtok_r(NULL, "|", &save)) {
        char *alt = trim(tok);
        if (!*alt) continue;
        if (alt[0] == '@') {
            const define *d = find_define(ld, alt + 1);
            if (!d) { fail(ld, "unknown define \"%s\"", alt); rc = -1; break; }
            if (depth >= MAX_DEFINE_DEPTH) { fail(ld, "defines nested too deep at \"%s\"", alt); rc = -1; break; }
            rc = parse_alts(ld, d->alts, set, depth + 1);
            continue;
        }
        cs_pattern *p;
        PUSH(set->alts, set->n, p);
        if (!p) { fail(ld, "out of memory"); rc = -1; break; }
        if (compile_alt(ld, alt, p) < 0) { set->n--; rc = -1; }
    }
    free(copy);
    if (rc == 0 && set->n == 0) { fail(ld, "empty list of alternatives"); rc = -1; }
    return rc;
}

static void phrase_free(cs_phrase *ph)
{
    free(ph->id);
    free(ph->standard);
    free(ph->norm);
    free(ph->bigrams);
    free(ph->req);
    free(ph->opt);
}

static void category_free(cs_category *c)
{
    free(c->name);
    free(c->clause);
    for (size_t i = 0; i < c->n_parts; i++) {
        free(c->parts[i].name);
        set_free(&c->parts[i].alts);
    }
    free(c->parts);
    for (size_t i = 0; i < c->n_phrases; i++) phrase_free(&c->phrases[i]);
    free(c->phrases);
    set_free(&c->nots);
}

void cs_bank_free(cs_phrase_bank *bank)
{
    if (!bank) return;
    for (size_t i = 0; i < bank->n_defs; i++) { free(bank->defs[i].name); free(bank->defs[i].alts); }
    free(bank->defs);
    for (size_t i = 0; i < bank->n_cats; i++) category_free(&bank->cats[i]);
    free(bank->cats);
    for (size_t i = 0; i < bank->n_taboo; i++) {
        pattern_free(&bank->taboo[i].pat);
        set_free(&bank->taboo[i].except);
    }
    free(bank->taboo);
    free(bank->taboo_by_first);
    free(bank->taboo_always);
    free(bank->taboo_first_at);
    free(bank->taboo_slip_at);
    free(bank->taboo_slip);
    free(bank->taboo_slip_always);
    free(bank->taboo_clause);
    free(bank->insult_clause);
    for (size_t i = 0; i < bank->n_labels; i++) {
        free(bank->labels[i].name);
        free(bank->labels[i].label);
    }
    free(bank->labels);
    cs_hanconv_close(bank->hanconv);
    cs_lexicon_free(bank->lexicon);
    cs_pinyin_free(bank->pinyin);
    cs_lookalike_free(bank->lookalike);
    cs_register_free(bank->reg);
    cs_tone_index_free(bank->tone_index);
    cs_tone_model_free(bank->tone_model);
    free(bank);
}

static int valid_name(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '.'))
            return 0;
    return 1;
}

/* ---- phrases.txt ---- */

static int do_define(loader *ld, char *rest)
{
    char *alts;
    char *name = split_word(rest, &alts);
    if (!valid_name(name) || !*alts) { fail(ld, "expected: define NAME alt|alt|..."); return -1; }
    if (find_define(ld, name)) { fail(ld, "define \"%s\" given twice", name); return -1; }
    define *d;
    PUSH(ld->defs, ld->n_defs, d);
    if (!d) { fail(ld, "out of memory"); return -1; }
    d->name = cs_g_strdup(name);
    d->alts = cs_g_strdup(alts);
    if (!d->name || !d->alts) { fail(ld, "out of memory"); return -1; }
    return 0;
}

static int do_category(loader *ld, cs_phrase_bank *bank, const char *name)
{
    if (!valid_name(name) || strcmp(name, "taboo") == 0) {
        fail(ld, "bad category name \"%s\"", name);
        return -1;
    }
    if (cs_bank_category(bank, name)) { fail(ld, "category \"%s\" given twice", name); return -1; }
    cs_category *c;
    PUSH(bank->cats, bank->n_cats, c);
    if (!c) { fail(ld, "out of memory"); return -1; }
    c->name = cs_g_strdup(name);
    if (!c->name) { fail(ld, "out of memory"); return -1; }
    return 0;
}

static int do_part(loader *ld, cs_category *c, char *rest)
{
    char *alts;
    char *name = split_word(rest, &alts);
    if (!valid_name(name) || !*alts) { fail(ld, "expected: part NAME alt|alt|..."); return -1; }
    for (size_t i = 0; i < c->n_parts; i++)
        if (strcmp(c->parts[i].name, name) == 0) { fail(ld, "part \"%s\" given twice", name); return -1; }
    cs_part *p;
    PUSH(c->parts, c->n_parts, p);
    if (!p) { fail(ld, "out of memory"); return -1; }
    p->name = cs_g_strdup(name);
    if (!p->name) { fail(ld, "out of memory"); return -1; }
    return parse_alts(ld, alts, &p->alts, 0);
}

static int part_index(const cs_category *c, const char *name, size_t *idx)
{
    for (size_t i = 0; i < c->n_parts; i++)
        if (strcmp(c->parts[i].name, name) == 0) { *idx = i; return 0; }
    return -1;
}

static int add_index(size_t **arr, size_t *n, size_t v)
{
    size_t *slot;
    PUSH(*arr, *n, slot);
    if (!slot) return -1;
    *slot = v;
    return 0;
}

/* "question PART" and "whole PART" mark a part of this category; both directives read and check their
 * PART the same way, so one helper sets the flag the keyword names.
 * question: the part counts only inside a question. 贵阳 T-GSOCCIA 001—2020 §二(三) 1 asks
 * 请问您需要帮助吗？; the same words inside a conditional close (若您没有业务需要咨询，再见) are
 * 特殊处理 2、3's ending, not that question.
 * whole: the part counts only when its words end a word of the reply. 1.4's 再见 is a goodbye; 再见面详谈
 * (meet again) and 再见到您 hold its characters at the head of a longer word and take no leave. */
static int mark_part(loader *ld, cs_category *c, const char *kw, char *rest)
{
    size_t idx;
    char *name = trim(rest);
    if (part_index(c, name, &idx) < 0) { fail(ld, "%s: unknown part \"%s\" (give a part of this category)", kw, name); return -1; }
    if (strcmp(kw, "question") == 0) c->parts[idx].question = 1;
    else c->parts[idx].whole = 1;
    return 0;
}

/* "ID part part? ... = standard wording" */
static int do_phrase(loader *ld, cs_category *c, char *rest)
{
    char *eq = strstr(rest, " = ");
    if (!eq) { fail(ld, "expected: phrase ID PART PART? ... = standard wording"); return -1; }
    *eq = '\0';
    char *standard = trim(eq + 3);
    char *parts;
    char *id = split_word(rest, &parts);
    if (!valid_name(id) || !*standard) { fail(ld, "expected: phrase ID PART PART? ... = standard wording"); return -1; }
    cs_phrase *ph;
    PUSH(c->phrases, c->n_phrases, ph);
    if (!ph) { fail(ld, "out of memory"); return -1; }
    ph->id = cs_g_strdup(id);
    ph->standard = cs_g_strdup(standard);
    if (!ph->id || !ph->standard) { fail(ld, "out of memory"); return -1; }
    char *save = NULL;
    for (char *tok = strtok_r(parts, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
        size_t len = strlen(tok), idx;
        int optional = tok[len - 1] == '?';
        if (optional) tok[len - 1] = '\0';
        if (part_index(c, tok, &idx) < 0) { fail(ld, "phrase %s: unknown part \"%s\"", id, tok); return -1; }
        int rc = optional ? add_index(&ph->opt, &ph->n_opt, idx) : add_index(&ph->req, &ph->n_req, idx);
        if (rc < 0) { fail(ld, "out of memory"); return -1; }
    }
    if (ph->n_req == 0) { fail(ld, "phrase %s has no required part", id); return -1; }
    return 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Normal form of the standard wording as a trainee sends it (placeholders filled: 先生, 8号 ...),
 * for similarity. */
static int norm_standard(loader *ld, cs_phrase *ph)
{
    char *filled = cs_bank_fill_template(ph->standard);
    if (!filled) { fail(ld, "out of memory"); return -1; }
    size_t n = cs_normalize_cps(filled, &ph->norm);
    free(filled);
    if (n == (size_t)-1) { fail(ld, "out of memory"); return -1; }
    ph->n_norm = n;
    if (n < 2) return 0;
    ph->bigrams = malloc((n - 1) * sizeof *ph->bigrams);
    if (!ph->bigrams) { fail(ld, "out of memory"); return -1; }
    for (size_t i = 0; i + 1 < n; i++) ph->bigrams[i] = ((uint64_t)ph->norm[i] << 21) | ph->norm[i + 1];
    qsort(ph->bigrams, n - 1, sizeof *ph->bigrams, cmp_u64);
    ph->n_bigrams = n - 1;
    return 0;
}

static int set_text(loader *ld, char **field, const char *value, const char *what)
{
    if (*field) { fail(ld, "%s given twice", what); return -1; }
    if (!*value) { fail(ld, "%s is empty", what); return -1; }
    *field = cs_g_strdup(value);
    if (!*field) { fail(ld, "out of memory"); return -1; }
    return 0;
}

/* "label NAME 中文名": how explanations name a category or part to a Chinese reader. */
static int do_label(loader *ld, cs_phrase_bank *bank, char *rest)
{
    char *text;
    char *name = split_word(rest, &text);
    if (!valid_name(name) || !*text) { fail(ld, "label needs a NAME and its Chinese name"); return -1; }
    cs_label *grown = realloc(bank->labels, (bank->n_labels + 1) * sizeof *grown);
    if (!grown) { fail(ld, "out of memory"); return -1; }
    bank->labels = grown;
    cs_label *l = &bank->labels[bank->n_labels];
    l->name = cs_g_strdup(name);
    l->label = cs_g_strdup(text);
    if (!l->name || !l->label) { free(l->name); free(l->label); fail(ld, "out of memory"); return -1; }
    bank->n_labels++;
    return 0;
}

static int phrases_line(loader *ld, cs_phrase_bank *bank, char *line)
{
    char *rest;
    char *kw = split_word(line, &rest);
    if (strcmp(kw, "define") == 0) return do_define(ld, rest);
    if (strcmp(kw, "label") == 0) return do_label(ld, bank, rest);
    if (strcmp(kw, "category") == 0) return do_category(ld, bank, rest);
    cs_category *c = bank->n_cats ? &bank->cats[bank->n_cats - 1] : NULL;
    int known = !strcmp(kw, "clause") || !strcmp(kw, "part") || !strcmp(kw, "phrase") || !strcmp(kw, "not") ||
                !strcmp(kw, "question") || !strcmp(kw, "whole");
    if (!known) { fail(ld, "unknown keyword \"%s\"", kw); return -1; }
    if (!c) { fail(ld, "\"%s\" before the first category", kw); return -1; }
    if (strcmp(kw, "clause") == 0) return set_text(ld, &c->clause, rest, "clause");
    if (strcmp(kw, "part") == 0) return do_part(ld, c, rest);
    if (strcmp(kw, "question") == 0 || strcmp(kw, "whole") == 0) return mark_part(ld, c, kw, rest);
    if (strcmp(kw, "phrase") == 0) {
        if (do_phrase(ld, c, rest) < 0) return -1;
        return norm_standard(ld, &c->phrases[c->n_phrases - 1]);
    }
    return parse_alts(ld, rest, &c->nots, 0);
}

/* ---- taboo.txt ---- */

/* Can one character of the reply match both pattern elements x and y? 你 in a pattern matches 您
 * too, for an entry and its exceptions alike (grading/phrase_match.c taboo_bend); CS_PAT_WORD
 * here stands for one character of an inserted word, which may be anything. */
static int same_char(uint32_t x, uint32_t y)
{
    const uint32_t ni = 0x4F60u, nin = 0x60A8u;   /* 你 您 */
    return x == y || x == CS_PAT_WORD || y == CS_PAT_WORD || (x == ni && y == nin) || (x == nin && y == ni);
}

static int has_el(const cs_pattern *p, uint32_t el)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->el[i] == el) return 1;
    return 0;
}

/* Does some shift of x agree with e[0..en) on every character the two share, sharing one? */
static int shift_overlaps(const cs_pattern *x, const uint32_t *e, size_t en)
{
    for (long d = 1 - (long)x->n; d < (long)en; d++) {
        int ok = 1;
        for (size_t i = 0; i < x->n && ok; i++) {
            long j = d + (long)i;
            if (j >= 0 && j < (long)en) ok = same_char(x->el[i], e[j]);
        }
        if (ok) return 1;
    }
    return 0;
}

/* Does x overlap some hit of literal entry e with `len` characters of anything inserted at
 * `at` (0: none)? */
static int overlaps_with_insert(const cs_pattern *x, const cs_pattern *e, size_t at, size_t len)
{
    uint32_t buf[256];
    if (e->n + len > sizeof buf / sizeof buf[0]) return 1;   /* too long to check: assume it can */
    size_t n = 0;
    for (size_t i = 0; i < e->n; i++) {
        if (i == at && at > 0)
            for (size_t r = 0; r < len; r++) buf[n++] = CS_PAT_WORD;
        buf[n++] = e->el[i];
    }
    return shift_overlaps(x, buf, n);
}

/* Can exception x ever overlap a hit of entry e (grading/phrase_match.c excepted(): an exception
 * clears the hits it overlaps)? With a gap or digits in either it can (a gap may span the other's
 * characters); else some shift of x must agree with the hit on every character the two share,
 * and share one. The hit is e as written or, as its word variants are (add_gapped, made later
 * from the lexicon's word boundaries), with a word inserted: here at any inner place, so that no
 * exception is refused that a variant might let apply. */
static int can_overlap(const cs_pattern *x, const cs_pattern *e)
{
    if (has_el(x, CS_PAT_GAP) || has_el(x, CS_PAT_DIGITS) || has_el(x, CS_PAT_WORD) ||
        has_el(e, CS_PAT_GAP) || has_el(e, CS_PAT_DIGITS) || has_el(e, CS_PAT_WORD))
        return 1;
    if (overlaps_with_insert(x, e, 0, 0)) return 1;
    if (e->n < 3) return 0;   /* add_gapped gives no variant */
    for (size_t at = 1; at < e->n; at++)
        for (size_t len = 1; len <= CS_PAT_WORD_LEN; len++)
            if (overlaps_with_insert(x, e, at, len)) return 1;
    return 0;
}

/* "taboo EXPR [~EXCEPTION ...] [@aimed] [@final] [@shift] [@judge] [@hold] [@warm] [@care]" or the same with "insult" */
static int taboo_line(loader *ld, cs_phrase_bank *bank, char *line)
{
    char *rest;
    char *kw = split_word(line, &rest);
    if (strcmp(kw, "clause") == 0) return set_text(ld, &bank->taboo_clause, rest, "clause");
    if (strcmp(kw, "insult_clause") == 0) return set_text(ld, &bank->insult_clause, rest, "insult_clause");
    int insult = strcmp(kw, "insult") == 0;
    if (!insult && strcmp(kw, "taboo") != 0) { fail(ld, "unknown keyword \"%s\"", kw); return -1; }
    char *excepts;
    char *expr = split_word(rest, &excepts);
    if (!*expr || expr[0] == '~') { fail(ld, "expected: %s EXPRESSION [~EXCEPTION ...]", kw); return -1; }
    cs_taboo_entry *t;
    PUSH(bank->taboo, bank->n_taboo, t);
    if (!t) { fail(ld, "out of memory"); return -1; }
    t->insult = insult;
    if (compile_alt(ld, expr, &t->pat) < 0) { bank->n_taboo--; return -1; }
    char *save = NULL;
    for (char *tok = strtok_r(excepts, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
        if (strcmp(tok, "@aimed") == 0) { t->aimed = 1; continue; }
        if (strcmp(tok, "@final") == 0) { t->final = 1; continue; }
        if (strcmp(tok, "@shift") == 0) { t->shift = 1; continue; }
        if (strcmp(tok, "@judge") == 0) { t->judge = 1; continue; }
        if (strcmp(tok, "@hold") == 0) { t->hold = 1; continue; }
        if (strcmp(tok, "@warm") == 0) { t->warm = 1; continue; }
        if (strcmp(tok, "@care") == 0) { t->care = 1; continue; }
        if (tok[0] != '~' || !tok[1]) { fail(ld, "exception \"%s\" must start with ~ (or be @aimed, @final, @shift, @judge, @hold, @warm or @care)", tok); return -1; }
        cs_pattern *p;
        PUSH(t->except.alts, t->except.n, p);
        if (!p) { fail(ld, "out of memory"); return -1; }
        if (compile_alt(ld, tok + 1, p) < 0) { t->except.n--; return -1; }
        if (!can_overlap(p, &t->pat)) {
            fail(ld, "exception \"%s\" can never overlap its entry \"%s\", so it never applies (write it around the entry's words)",
                 tok, expr);
            return -1;
        }
    }
    return 0;
}

typedef int (*line_fn)(loader *ld, cs_phrase_bank *bank, char *line);

static int read_file(loader *ld, cs_phrase_bank *bank, line_fn fn)
{
    FILE *f = fopen(ld->path, "r");
    ld->line = 0;
    if (!f) { fail(ld, "cannot open"); return -1; }
    char *buf = NULL;
    size_t cap = 0;
    int rc = 0;
    while (rc == 0 && getline(&buf, &cap, f) != -1) {
        ld->line++;
        char *line = trim(buf);
        if (!*line || line[0] == '#') continue;
        if (!cs_utf8_valid(line, strlen(line))) { fail(ld, "not UTF-8"); rc = -1; break; }
        rc = fn(ld, bank, line);
    }
    free(buf);
    fclose(f);
    return rc;
}

/* Checks that need the whole file: every category is usable. */
static int check_phrases(loader *ld, const cs_phrase_bank *bank)
{
    ld->line = 0;
    if (bank->n_cats == 0) { fail(ld, "no category"); return -1; }
    for (size_t i = 0; i < bank->n_cats; i++) {
        const cs_category *c = &bank->cats[i];
        if (!c->clause) { fail(ld, "category %s has no clause", c->name); return -1; }
        if (c->n_phrases == 0) { fail(ld, "category %s has no phrase", c->name); return -1; }
    }
    return 0;
}

static int check_taboo(loader *ld, const cs_phrase_bank *bank)
{
    ld->line = 0;
    if (bank->n_taboo == 0) { fail(ld, "no taboo expression"); return -1; }
    if (!bank->taboo_clause || !bank->insult_clause) { fail(ld, "clause and insult_clause are required"); return -1; }
    return 0;
}

static int load_one(loader *ld, cs_phrase_bank *bank, const char *dir, const char *name, line_fn fn)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    if (!path) { fail(ld, "out of memory"); return -1; }
    snprintf(path, n, "%s/%s", dir, name);
    ld->path = path;
    int rc = read_file(ld, bank, fn);
    if (rc == 0) rc = fn == phrases_line ? check_phrases(ld, bank) : check_taboo(ld, bank);
    ld->path = NULL;
    free(path);
    return rc;
}

/* ---- word variants ---- */

/* Adds to p one variant per inner word boundary of a literal pattern (no gaps or digit runs):
 * CS_PAT_WORD inserted there. Single words and one-character patterns get none. */
static int add_gapped(const cs_lexicon *lx, cs_pattern *p)
{
    if (p->n < 3) return 0;
    for (size_t i = 0; i < p->n; i++)
        if (p->el[i] >= CS_PAT_GAP) return 0;
    unsigned char *starts = malloc(p->n);
    if (!starts) return -1;
    int rc = cs_lexicon_segment(lx, p->el, p->n, starts);
    size_t cuts = 0;
    for (size_t i = 1; i < p->n; i++) cuts += starts[i];
    if (rc == 0 && cuts > 0) {
        p->gapped = calloc(cuts, sizeof *p->gapped);
        if (!p->gapped) rc = -1;
    }
    for (size_t k = 1; rc == 0 && k < p->n; k++) {
        if (!starts[k]) continue;
        cs_pattern *g = &p->gapped[p->n_gapped];
        g->el = malloc((p->n + 1) * sizeof *g->el);
        if (!g->el) { rc = -1; break; }
        memcpy(g->el, p->el, k * sizeof *g->el);
        g->el[k] = CS_PAT_WORD;
        memcpy(g->el + k + 1, p->el + k, (p->n - k) * sizeof *g->el);
        g->n = p->n + 1;
        p->n_gapped++;
    }
    free(starts);
    return rc;
}

static int gap_set(const cs_lexicon *lx, cs_pattern_set *set)
{
    for (size_t i = 0; i < set->n; i++)
        if (add_gapped(lx, &set->alts[i]) < 0) return -1;
    return 0;
}

static int cmp_u64_key(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* taboo_first_bmp, taboo_first_rank and taboo_first_at from the sorted taboo_by_first. */
static int index_taboo_bmp(cs_phrase_bank *bank)
{
    /* one more than needed: never malloc(0) */
    bank->taboo_first_at = malloc((bank->n_taboo_by_first + 1) * sizeof *bank->taboo_first_at);
    if (!bank->taboo_first_at) return -1;
    size_t r = 0;
    for (size_t i = 0; i < bank->n_taboo_by_first; i++) {
        uint32_t f = (uint32_t)(bank->taboo_by_first[i] >> 32);
        if (f >= 0x10000u || ((bank->taboo_first_bmp[f / 64] >> (f % 64)) & 1)) continue;
        bank->taboo_first_bmp[f / 64] |= (uint64_t)1 << (f % 64);
        bank->taboo_first_at[r++] = (uint32_t)i;
    }
    uint32_t below = 0;
    for (size_t w = 0; w < 1024; w++) {
        bank->taboo_first_rank[w] = below;
        below += (uint32_t)__builtin_popcountll(bank->taboo_first_bmp[w]);
    }
    return 0;
}

/* The bit of code point c in a character set (cs_taboo_entry.needs, the matcher's set of a reply's characters). */
static unsigned set_bit(uint32_t c)
{
    return ((c >> 6) & 15) * 64 + (c & 63);
}

/* The keys of entry te for taboo_slip_at: its two characters fewest entries hold (count per bit), 你 only
 * when it has one other (under the bits of 你 and 您 both, as either one is 你). How many keys: 0 when it
 * has fewer than two characters (taboo_slip_always). */
static size_t slip_keys(const cs_taboo_entry *te, const uint32_t *count, unsigned *key)
{
    size_t n = 0;
    for (size_t k = 0; k < te->n_needs; k++)
        for (uint64_t m = te->needs[k]; m; m &= m - 1) {
            unsigned b = te->needs_at[k] * 64u + (unsigned)__builtin_ctzll(m);
            if (n < 2) { key[n++] = b; continue; }
            size_t worst = count[key[0]] >= count[key[1]] ? 0 : 1;
            if (count[b] < count[key[worst]]) key[worst] = b;
        }
    if (n == 2) return 2;
    if (n == 1 && te->needs_ni) {
        key[1] = set_bit(0x4F60u);
        key[2] = set_bit(0x60A8u);
        return 3;
    }
    return 0;
}

/* taboo_slip_at, taboo_slip and taboo_slip_always from the entries' character sets (taboo_needs). */
static int index_taboo_slips(cs_phrase_bank *bank)
{
    uint32_t count[1024] = { 0 };
    for (size_t i = 0; i < bank->n_taboo; i++) {
        const cs_taboo_entry *te = &bank->taboo[i];
        for (size_t k = 0; k < te->n_needs; k++)
            for (uint64_t m = te->needs[k]; m; m &= m - 1) count[te->needs_at[k] * 64u + (unsigned)__builtin_ctzll(m)]++;
    }
    size_t n = bank->n_taboo ? bank->n_taboo : 1;
    bank->taboo_slip_at = calloc(1025, sizeof *bank->taboo_slip_at);
    bank->taboo_slip = malloc(3 * n * sizeof *bank->taboo_slip);
    bank->taboo_slip_always = malloc(n * sizeof *bank->taboo_slip_always);
    if (!bank->taboo_slip_at || !bank->taboo_slip || !bank->taboo_slip_always) return -1;
    unsigned key[3];
    for (size_t i = 0; i < bank->n_taboo; i++)   /* how many under each bit, then where each bit's run starts */
        for (size_t k = 0, nk = slip_keys(&bank->taboo[i], count, key); k < nk; k++) bank->taboo_slip_at[key[k] + 1]++;
    for (size_t b = 0; b < 1024; b++) bank->taboo_slip_at[b + 1] += bank->taboo_slip_at[b];
    uint32_t fill[1024];
    memcpy(fill, bank->taboo_slip_at, sizeof fill);
    for (size_t i = 0; i < bank->n_taboo; i++) {
        size_t nk = slip_keys(&bank->taboo[i], count, key);
        if (!nk) bank->taboo_slip_always[bank->n_taboo_slip_always++] = (uint32_t)i;
        for (size_t k = 0; k < nk; k++) bank->taboo_slip[fill[key[k]]++] = (uint32_t)i;
    }
    return 0;
}

/* The entry's character set (cs_taboo_entry.needs): its literals, 你 apart. */
static void taboo_needs(cs_taboo_entry *te)
{
    uint64_t set[16] = { 0 };
    te->needs_ni = 0;
    for (size_t i = 0; i < te->pat.n; i++) {
        uint32_t c = te->pat.el[i];
        if (c >= CS_PAT_GAP) continue;
        if (c == 0x4F60u) { te->needs_ni = 1; continue; }
        set[(c >> 6) & 15] |= (uint64_t)1 << (c & 63);
    }
    /* only the words with bits: an entry of a few characters touches a few of the 16 */
    te->n_needs = 0;
    for (unsigned k = 0; k < 16; k++) {
        if (!set[k]) continue;
        te->needs_at[te->n_needs] = (unsigned char)k;
        te->needs[te->n_needs++] = set[k];
    }
}

static int add_all_gapped(cs_phrase_bank *bank)
{
    for (size_t c = 0; c < bank->n_cats; c++)
        for (size_t p = 0; p < bank->cats[c].n_parts; p++)
            if (gap_set(bank->lexicon, &bank->cats[c].parts[p].alts) < 0) return -1;
    for (size_t i = 0; i < bank->n_taboo; i++)
        if (add_gapped(bank->lexicon, &bank->taboo[i].pat) < 0) return -1;
    size_t n = bank->n_taboo ? bank->n_taboo : 1;
    bank->taboo_by_first = malloc(2 * n * sizeof *bank->taboo_by_first);
    bank->taboo_always = malloc(n * sizeof *bank->taboo_always);
    if (!bank->taboo_by_first || !bank->taboo_always) return -1;
    for (size_t i = 0; i < bank->n_taboo; i++) {
        taboo_needs(&bank->taboo[i]);
        uint32_t f = bank->taboo[i].pat.el[0];
        if (f >= CS_PAT_GAP) { bank->taboo_always[bank->n_taboo_always++] = (uint32_t)i; continue; }
        bank->taboo_by_first[bank->n_taboo_by_first++] = (uint64_t)f << 32 | i;
        if (f == 0x4F60u) bank->taboo_by_first[bank->n_taboo_by_first++] = (uint64_t)0x60A8u << 32 | i;  /* 你: 您 too */
    }
    qsort(bank->taboo_by_first, bank->n_taboo_by_first, sizeof *bank->taboo_by_first, cmp_u64_key);
    if (index_taboo_slips(bank) < 0) return -1;
    return index_taboo_bmp(bank);
}


int cs_bank_compile_alts(const cs_phrase_bank *bank, const char *alts, cs_pattern_set *out, char *err, size_t errlen)
{
    char dummy[1];
    loader ld = { .path = "query", .err = err ? err : dummy, .errlen = err ? errlen : sizeof dummy,
                  .defs = bank->defs, .n_defs = bank->n_defs };
    memset(out, 0, sizeof *out);
    if (!alts || parse_alts(&ld, alts, out, 0) < 0 || gap_set(bank->lexicon, out) < 0) {
        if (!ld.failed) fail(&ld, "out of memory");
        set_free(out);
        return -1;
    }
    return 0;
}

void cs_pattern_set_free(cs_pattern_set *set)
{
    set_free(set);
}

/* The language data the matcher reads besides the asset files (see lexicon.h, pinyin.h,
 * han_convert.h); each error is already one line naming the file. */
static int open_language(cs_phrase_bank *bank, char *err, size_t errlen)
{
    bank->hanconv = cs_hanconv_open(err, errlen);
    if (!bank->hanconv) return -1;
    bank->lexicon = cs_lexicon_open(CS_LEXICON_BINS, CS_JIEBA_DICT, err, errlen);
    if (!bank->lexicon) return -1;
    bank->pinyin = cs_pinyin_load(CS_RIME_PINYIN, err, errlen);
    if (!bank->pinyin) return -1;
    bank->tone_index = cs_tone_index_new();
    if (!bank->tone_index) {
        if (err && errlen) snprintf(err, errlen, "%s:%d: out of memory", __FILE__, __LINE__);
        return -1;
    }
    return 0;
}

/* assets_dir/tone_model.txt is optional (a test's own assets may have none: then no model signal);
 * present but broken is an error. */
static int load_tone_model(cs_phrase_bank *bank, const char *assets_dir, char *err, size_t errlen)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/tone_model.txt", assets_dir) >= sizeof path) return 0;
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    fclose(f);
    bank->tone_model = cs_tone_model_load(path, err, errlen);
    return bank->tone_model ? 0 : -1;
}

/* assets_dir/lookalike.txt (tools/mklookalike.py) is optional as the tone model is: without it no
 * handwriting slip is read; present but broken is an error. */
static int load_lookalike(cs_phrase_bank *bank, const char *assets_dir, char *err, size_t errlen)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/lookalike.txt", assets_dir) >= sizeof path) return 0;
    bank->lookalike = cs_lookalike_load(path, err, errlen);
    return bank->lookalike || !err || !err[0] ? 0 : -1;
}

/* assets_dir/register.txt is optional as lookalike.txt is: without it the formal register (鄙人, 承蒙, 恕我冒昧)
 * is read as typed; present but broken is an error. */
static int load_register(cs_phrase_bank *bank, const char *assets_dir, char *err, size_t errlen)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/register.txt", assets_dir) >= sizeof path) return 0;
    bank->reg = cs_register_load(path, err, errlen);
    return bank->reg || !err || !err[0] ? 0 : -1;
}

cs_phrase_bank *cs_bank_load(const char *assets_dir, char *err, size_t errlen)
{
    char dummy[1];
    loader ld = { .err = err ? err : dummy, .errlen = err ? errlen : sizeof dummy };
    if (ld.errlen) ld.err[0] = '\0';
    cs_phrase_bank *bank = calloc(1, sizeof *bank);
    if (!bank) { snprintf(ld.err, ld.errlen, "%s: out of memory", assets_dir); return NULL; }
    if (open_language(bank, ld.err, ld.errlen) < 0) { cs_bank_free(bank); return NULL; }
    int rc = load_one(&ld, bank, assets_dir, "phrases.txt", phrases_line);
    if (rc == 0) rc = load_one(&ld, bank, assets_dir, "taboo.txt", taboo_line);
    if (rc == 0) rc = load_tone_model(bank, assets_dir, ld.err, ld.errlen);
    if (rc == 0) rc = load_lookalike(bank, assets_dir, ld.err, ld.errlen);
    if (rc == 0) rc = load_register(bank, assets_dir, ld.err, ld.errlen);
    if (rc == 0 && add_all_gapped(bank) < 0) {
        snprintf(ld.err, ld.errlen, "%s: out of memory", assets_dir);
        rc = -1;
    }
    /* the defines stay with the bank: a query's alternatives may name them (cs_bank_compile_alts) */
    bank->defs = ld.defs;
    bank->n_defs = ld.n_defs;
    if (rc == 0) return bank;
    cs_bank_free(bank);
    return NULL;
}

/* ---- queries ---- */

const cs_category *cs_bank_category(const cs_phrase_bank *bank, const char *name)
{
    if (!bank || !name) return NULL;
    for (size_t i = 0; i < bank->n_cats; i++)
        if (strcmp(bank->cats[i].name, name) == 0) return &bank->cats[i];
    return NULL;
}

/* "taboo" is listed last: it is a category of the command line, not of the phrase file. */
size_t cs_bank_category_count(const cs_phrase_bank *bank)
{
    return bank ? bank->n_cats + 1 : 0;
}

const char *cs_bank_category_name(const cs_phrase_bank *bank, size_t i)
{
    if (!bank || i > bank->n_cats) return NULL;
    return i == bank->n_cats ? "taboo" : bank->cats[i].name;
}

const char *cs_bank_label(const cs_phrase_bank *bank, const char *name)
{
    for (size_t i = 0; bank && name && i < bank->n_labels; i++)
        if (strcmp(bank->labels[i].name, name) == 0) return bank->labels[i].label;
    return name;
}

const char *cs_bank_category_clause(const cs_phrase_bank *bank, const char *category)
{
    if (bank && category && strcmp(category, "taboo") == 0) return bank->taboo_clause;
    const cs_category *c = cs_bank_category(bank, category);
    return c ? c->clause : NULL;
}

const char *cs_bank_category_standard(const cs_phrase_bank *bank, const char *category)
{
    const cs_category *c = cs_bank_category(bank, category);
    return c ? c->phrases[0].standard : NULL;
}

int cs_bank_has_category(const cs_phrase_bank *bank, const char *category)
{
    if (bank && category && strcmp(category, "taboo") == 0) return 1;
    return cs_bank_category(bank, category) != NULL;
}

const char *cs_bank_phrase_standard(const cs_phrase_bank *bank, const char *phrase_id)
{
    if (!bank || !phrase_id) return NULL;
    /* a verdict's phrase is the bank's own string: found by address first, no string compares */
    for (size_t i = 0; i < bank->n_cats; i++) {
        const cs_category *c = &bank->cats[i];
        for (size_t k = 0; k < c->n_phrases; k++)
            if (c->phrases[k].id == phrase_id) return c->phrases[k].standard;
    }
    for (size_t i = 0; i < bank->n_cats; i++) {
        const cs_category *c = &bank->cats[i];
        for (size_t k = 0; k < c->n_phrases; k++)
            if (strcmp(c->phrases[k].id, phrase_id) == 0) return c->phrases[k].standard;
    }
    return NULL;
}

/* ---- filling a template ---- */

/* What a run of n placeholder x's before next stands for. */
static const char *x_fill(size_t n, uint32_t next)
{
    if (next == 0x53F7) return "8";           /* XX号 */
    if (next == 0x5148 || next == 0x5973) return "王";   /* XX先生, XX女士 */
    if (next == 0x516C) return "东方";        /* XX公司 */
    return n >= 3 ? "12345" : "8";
}

/* The fills of a template's gaps: the longest, 请问您……'s question, bounds what one code point of a standard can
 * become, so the output buffer is sized for that and every fill is written through put_fill. */
#define FILL_COPULA "8点"
#define FILL_QUESTION "的订单号是多少？"
#define FILL_MAX (sizeof FILL_QUESTION - 1)

/* Appends f to out (cap bytes, *k used), never past cap - 1 (the terminator's byte). */
static void put_fill(char *out, size_t cap, size_t *k, const char *f)
{
    size_t len = strlen(f);
    if (len > cap - 1 - *k) len = cap - 1 - *k;
    memcpy(out + *k, f, len);
    *k += len;
}

char *cs_bank_fill_template(const char *standard)
{
    if (!standard) return NULL;
    size_t n = cs_utf8_len(standard);
    uint32_t *c = malloc((n + 1) * sizeof *c);
    /* each code point becomes itself (its bytes), nothing (a dropped alternative) or at most one fill */
    size_t cap = strlen(standard) + n * FILL_MAX + 1;
    char *out = malloc(cap);
    if (!c || !out) { free(c); free(out); return NULL; }
    const char *p = standard;
    for (size_t i = 0; i < n; i++) c[i] = cs_utf8_next(&p);
    c[n] = 0;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        if (c[i] == 'X' || c[i] == 'x') {
            size_t j = i;
            while (j < n && (c[j] == 'X' || c[j] == 'x')) j++;
            if (j - i >= 2) {
                put_fill(out, cap, &k, x_fill(j - i, c[j]));
                i = j;
                continue;
            }
        }
        if (c[i] == 0x2026 && i > 0 && c[i - 1] == 0x662F) {
            /* 应该是……: the ellipsis after a copula marks the content the trainee says (2.14's
             * correction); a template filled in says some (a copula left empty is no part) */
            while (i < n && c[i] == 0x2026) i++;
            put_fill(out, cap, &k, FILL_COPULA);
            continue;
        }
        if (c[i] == 0x2026 && i > 0 && c[i - 1] == 0x60A8) {
            /* 请问您……: 2.10's question for the agent to finish (phrase_match.c judges it unfinished when sent so);
             * a template filled in asks something (phr32) */
            while (i < n && c[i] == 0x2026) i++;
            put_fill(out, cap, &k, FILL_QUESTION);
            continue;
        }
        if ((c[i] == '/' || c[i] == 0xFF0F) && i > 0 && cs_is_han(c[i - 1]) && i + 1 < n && cs_is_han(c[i + 1])) {
            /* drop the other alternatives: up to the next slash or punctuation (祝您愉快/祝您晚安),
             * a pronoun for a pronoun (他/她在吗 keeps 他在吗), a title for a title (先生/女士) */
            size_t j = i + 1, run = 0;
            while (j < n && cs_is_han(c[j])) { j++; run++; }
            int pronoun = c[i - 1] == 0x4ED6 || c[i - 1] == 0x5979 || c[i - 1] == 0x5B83;   /* 他她它 */
            int title = c[i - 1] == 0x751F || c[i - 1] == 0x58EB;                            /* 生 士 */
            size_t skip = pronoun ? 1 : title && run > 2 ? 2 : run;
            i += 1 + skip;
            continue;
        }
        char one[5];
        one[cs_utf8_put(c[i], one)] = '\0';
        put_fill(out, cap, &k, one);
        i++;
    }
    out[k] = '\0';
    free(c);
    return out;
}
