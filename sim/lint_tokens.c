/* The Lua tokenizer of `callsim lint`: see lint_tokens.h. */
#include "lint_tokens.h"

#include <stdlib.h>
#include <string.h>

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

/* Lua's operators of two and three characters, so ".." is one token and "a.b" three. */
static size_t punct_len(const char *p, const char *end)
{
    static const char *const ops[] = { "...", "..", "==", "~=", "<=", ">=", "//", "::", "<<", ">>", NULL };
    for (const char *const *o = ops; *o; o++) {
        size_t n = strlen(*o);
        if ((size_t)(end - p) >= n && memcmp(p, *o, n) == 0) return n;
    }
    return 1;
}

int cs_lint_tokenize(const char *src, size_t len, tokens *t)
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
        size_t n = punct_len(p, end);
        if (push(t, T_PUNCT, p, n, line)) return -1;
        p += n;
    }
    return push(t, T_EOF, end, 0, line);
}

int tok_is(const token *k, tok_kind kind, const char *s)
{
    return k->kind == kind && k->n == strlen(s) && memcmp(k->s, s, k->n) == 0;
}

size_t skip_group(const tokens *t, size_t i)
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


/* A token that cannot end an expression, so the next line continues it. */
static int continues(const token *k)
{
    static const char *const words[] = { "return", "and", "or", "not", "in", "local", NULL };
    if (k->kind == T_PUNCT) return !(*k->s == ')' || *k->s == '}' || *k->s == ']');
    for (const char *const *w = words; *w; w++)
        if (tok_is(k, T_NAME, *w)) return 1;
    return 0;
}

static int ends_expression(const token *k)
{
    static const char *const words[] = { "end", "else", "elseif", "until", "then", "do", NULL };
    if (k->kind == T_EOF) return 1;
    if (k->kind == T_PUNCT && (*k->s == ')' || *k->s == '}' || *k->s == ']' || *k->s == ';')) return 1;
    for (const char *const *w = words; *w; w++)
        if (tok_is(k, T_NAME, *w)) return 1;
    return 0;
}

size_t skip_block(const tokens *t, size_t i)
{
    int depth = 0;
    for (size_t j = i; j < t->n; j++) {
        const token *k = &t->v[j];
        if (tok_is(k, T_NAME, "function") || tok_is(k, T_NAME, "if") || tok_is(k, T_NAME, "do") ||
            tok_is(k, T_NAME, "repeat"))
            depth++;
        else if (tok_is(k, T_NAME, "end") || tok_is(k, T_NAME, "until"))
            depth--;
        if (depth == 0) return j + 1;
    }
    return t->n - 1;
}

size_t expr_end(const tokens *t, size_t j)
{
    const token *prev = j > 0 ? &t->v[j - 1] : NULL;
    while (j + 1 < t->n) {
        const token *x = &t->v[j];
        if (ends_expression(x)) break;
        if (prev && x->line > prev->line && !continues(prev) && x->kind != T_PUNCT &&
            !tok_is(x, T_NAME, "and") && !tok_is(x, T_NAME, "or"))
            break;
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) j = skip_group(t, j);
        else if (tok_is(x, T_NAME, "function")) j = skip_block(t, j);
        else j++;
        prev = &t->v[j - 1];
    }
    return j;
}

size_t cs_lint_distance(const char *a, size_t la, const char *b, size_t lb)
{
    size_t d[65][65];
    if (la > 64 || lb > 64) return 99;
    for (size_t i = 0; i <= la; i++) d[i][0] = i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}
