/* Source checks of `callsim lint` (see lint_source.h). A static scan cannot see every branch, but
 * it sees the lines a play-through never reaches: a choice offered without its right answer, a
 * voice espeak-ng does not have, a phrase category that does not exist, and statements after
 * call.hangup() that can never run (hangup ends the script). */
#include "lint_source.h"

#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { T_NAME, T_STRING, T_NUMBER, T_PUNCT, T_EOF } tok_kind;

typedef struct {
    tok_kind kind;
    const char *s; /* name, string contents (escapes left as they are) or punctuation */
    size_t n;
    int line;
} token;

typedef struct {
    token *v;
    size_t n, cap;
} tokens;

static int push(tokens *t, tok_kind k, const char *s, size_t n, int line)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        token *g = realloc(t->v, cap * sizeof *g);
        if (!g) return -1;
        t->v = g;
        t->cap = cap;
    }
    t->v[t->n++] = (token){ k, s, n, line };
    return 0;
}

static int count_lines(const char *a, const char *b)
{
    int n = 0;
    for (; a < b; a++) n += *a == '\n';
    return n;
}

/* At p: "[" "="* "[" opens a long bracket; returns its level or -1. */
static int long_open(const char *p, const char *end)
{
    if (p >= end || *p != '[') return -1;
    int level = 0;
    for (p++; p < end && *p == '='; p++) level++;
    return p < end && *p == '[' ? level : -1;
}

/* End of a long bracket of this level starting at p (just past the opening), or end. */
static const char *long_close(const char *p, const char *end, int level)
{
    for (; p < end; p++) {
        if (*p != ']') continue;
        const char *q = p + 1;
        int l = 0;
        while (q < end && *q == '=') { q++; l++; }
        if (l == level && q < end && *q == ']') return q + 1;
    }
    return end;
}

static int is_name_char(char c, int first)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

static int tokenize(const char *src, size_t len, tokens *t)
{
    const char *p = src, *end = src + len;
    int line = 1;
    while (p < end) {
        char c = *p;
        if (c == '\n') { line++; p++; continue; }
        if (c == ' ' || c == '\t' || c == '\r') { p++; continue; }
        if (c == '-' && p + 1 < end && p[1] == '-') {
            int level = long_open(p + 2, end);
            const char *q;
            if (level >= 0) q = long_close(p + 2 + level + 2, end, level);
            else for (q = p; q < end && *q != '\n'; q++) {}
            line += count_lines(p, q);
            p = q;
            continue;
        }
        int level = long_open(p, end);
        if (level >= 0) {
            const char *body = p + level + 2, *q = long_close(body, end, level);
            size_t n = (size_t)(q - body) >= (size_t)level + 2 ? (size_t)(q - body) - (size_t)level - 2 : 0;
            if (push(t, T_STRING, body, n, line)) return -1;
            line += count_lines(p, q);
            p = q;
            continue;
        }
        if (c == '"' || c == '\'') {
            const char *q = p + 1;
            while (q < end && *q != c && *q != '\n') q += (*q == '\\' && q + 1 < end) ? 2 : 1;
            if (push(t, T_STRING, p + 1, (size_t)(q - p - 1), line)) return -1;
            p = q < end ? q + 1 : q;
            continue;
        }
        if (is_name_char(c, 1)) {
            const char *q = p;
            while (q < end && is_name_char(*q, 0)) q++;
            if (push(t, T_NAME, p, (size_t)(q - p), line)) return -1;
            p = q;
            continue;
        }
        if (c >= '0' && c <= '9') {
            const char *q = p;
            while (q < end && (is_name_char(*q, 0) || *q == '.')) q++;
            if (push(t, T_NUMBER, p, (size_t)(q - p), line)) return -1;
            p = q;
            continue;
        }
        if (push(t, T_PUNCT, p, 1, line)) return -1;
        p++;
    }
    return push(t, T_EOF, end, 0, line);
}

static int tok_is(const token *k, tok_kind kind, const char *s)
{
    return k->kind == kind && k->n == strlen(s) && memcmp(k->s, s, k->n) == 0;
}

/* tokens i..i+2 are `call . NAME` */
static int is_call_fn(const tokens *t, size_t i, const char *fn)
{
    return i + 2 < t->n && tok_is(&t->v[i], T_NAME, "call") && tok_is(&t->v[i + 1], T_PUNCT, ".") &&
           tok_is(&t->v[i + 2], T_NAME, fn) && (i == 0 || !tok_is(&t->v[i - 1], T_PUNCT, "."));
}

/* Index just past the bracket that opens at i ( "(" "{" or "[" ), or t->n - 1. */
static size_t skip_group(const tokens *t, size_t i)
{
    int depth = 0;
    for (; i < t->n; i++) {
        const token *k = &t->v[i];
        if (k->kind != T_PUNCT) continue;
        if (*k->s == '(' || *k->s == '{' || *k->s == '[') depth++;
        else if (*k->s == ')' || *k->s == '}' || *k->s == ']') {
            if (--depth == 0) return i + 1;
        }
    }
    return t->n - 1;
}

/* call.choose{ ... } / call.choose({ ... }) with no `correct =` at the table's top level. */
static int check_choose(const char *path, const tokens *t, size_t i)
{
    size_t j = i + 3;
    if (tok_is(&t->v[j], T_PUNCT, "(")) j++;
    if (!tok_is(&t->v[j], T_PUNCT, "{")) return 0; /* a variable: cannot tell from the source */
    size_t close = skip_group(t, j);
    int depth = 0;
    for (size_t k = j; k < close; k++) {
        const token *x = &t->v[k];
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) depth++;
        if (x->kind == T_PUNCT && (*x->s == ')' || *x->s == '}' || *x->s == ']')) depth--;
        if (depth == 1 && tok_is(x, T_NAME, "correct") && tok_is(&t->v[k + 1], T_PUNCT, "=")) return 0;
    }
    printf("%s:%d: call.choose offers choices without a correct option: add correct = N (the index of the "
           "right choice) so grading and `callsim explore` know the right answer\n", path, t->v[i].line);
    return 1;
}

/* A statement after call.hangup(...) in the same block never runs: hangup ends the script. */
static int check_hangup(const char *path, const tokens *t, size_t i)
{
    size_t j = i + 3;
    if (!tok_is(&t->v[j], T_PUNCT, "(")) return 0;
    j = skip_group(t, j);
    while (tok_is(&t->v[j], T_PUNCT, ";")) j++;
    static const char *const enders[] = { "end", "else", "elseif", "until", "return", "break", NULL };
    const token *next = &t->v[j];
    if (next->kind == T_EOF || (next->kind == T_PUNCT && (*next->s == ')' || *next->s == '}' || *next->s == ',')))
        return 0;
    for (const char *const *e = enders; *e; e++)
        if (tok_is(next, T_NAME, *e)) return 0;
    printf("%s:%d: unreachable code after call.hangup() (line %d): hangup ends the script, so nothing after it "
           "runs; move this before the hang-up or delete it\n", path, next->line, t->v[i].line);
    return 1;
}

static int check_voice(const char *path, const token *s)
{
    if (cs_voice_known(s->s, s->n)) return 0;
    printf("%s:%d: unknown voice '%.*s': use cmn-latn-pinyin (Mandarin), yue (Cantonese) or en-us (English)\n",
           path, s->line, (int)s->n, s->s);
    return 1;
}

static int check_category(const char *path, const token *s, const cs_phrase_bank *bank)
{
    char cat[64];
    if (s->n == 0 || s->n >= sizeof cat) return 0;
    memcpy(cat, s->s, s->n);
    cat[s->n] = '\0';
    if (cs_bank_has_category(bank, cat)) return 0;
    printf("%s:%d: unknown phrase category '%s': see phrase.categories() or docs/scenarios.md (Phrases)\n",
           path, s->line, cat);
    return 1;
}

static int check_tokens(const char *path, const tokens *t, const cs_phrase_bank *bank)
{
    int problems = 0;
    for (size_t i = 0; i + 1 < t->n; i++) {
        const token *k = &t->v[i];
        if (is_call_fn(t, i, "choose")) problems += check_choose(path, t, i);
        else if (is_call_fn(t, i, "hangup")) problems += check_hangup(path, t, i);
        else if (k->kind == T_NAME && i + 2 < t->n && tok_is(&t->v[i + 1], T_PUNCT, "=") &&
                 t->v[i + 2].kind == T_STRING && !tok_is(&t->v[i + 3], T_PUNCT, "..")) {
            if (tok_is(k, T_NAME, "voice")) problems += check_voice(path, &t->v[i + 2]);
            else if (tok_is(k, T_NAME, "expect")) problems += check_category(path, &t->v[i + 2], bank);
        } else if (tok_is(k, T_NAME, "phrase") && i + 4 < t->n && tok_is(&t->v[i + 1], T_PUNCT, ".") &&
                   (tok_is(&t->v[i + 2], T_NAME, "match") || tok_is(&t->v[i + 2], T_NAME, "standard")) &&
                   tok_is(&t->v[i + 3], T_PUNCT, "(") && t->v[i + 4].kind == T_STRING &&
                   !tok_is(&t->v[i + 5], T_PUNCT, "..")) {
            problems += check_category(path, &t->v[i + 4], bank);
        }
    }
    return problems;
}

int cs_lint_source(const char *path, const char *src, size_t len, const cs_phrase_bank *bank)
{
    tokens t = { 0 };
    int problems = 0;
    if (tokenize(src, len, &t) == 0) problems = check_tokens(path, &t, bank);
    else printf("%s: out of memory reading the source\n", path), problems = 1;
    free(t.v);
    return problems;
}

int cs_lint_run_line(const char *src, size_t len)
{
    tokens t = { 0 };
    int line = 0;
    if (tokenize(src, len, &t) == 0)
        for (size_t i = 0; i + 2 < t.n && !line; i++)
            if (tok_is(&t.v[i], T_NAME, "run") && tok_is(&t.v[i + 1], T_PUNCT, "=") &&
                tok_is(&t.v[i + 2], T_NAME, "function"))
                line = t.v[i].line;
    free(t.v);
    return line;
}
