/* Reply-text inspection check of `callsim lint` (see lint_reply_text.h). A taint walk over the
 * token stream: `X.text` is a reply's text; a name assigned from an expression holding tainted
 * values is tainted in the function that assigns it (and the functions nested in it); a tainted
 * argument taints the parameter of the scenario's own function it is passed to. Repeated until
 * nothing changes, then every string search on a tainted value is reported. */
#include "lint_reply_text.h"
#include "lint_source.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARAMS 16

typedef struct {
    size_t start, end;        /* `function` token .. just past its `end` */
    int parent;               /* enclosing function, -1 for the main chunk */
    const token *name;        /* NULL when anonymous and not assigned to a name */
    size_t params[MAX_PARAMS];/* token indexes of the parameters */
    int n_params;
} func;

typedef struct {
    const tokens *t;
    func *f;
    int n_f;
    int *owner;               /* per token: innermost function */
    const token **taint;      /* tainted names, with the function they are tainted in */
    int *taint_fn;
    size_t n_taint, cap_taint;
    const token **alias;      /* local find = string.find */
    size_t n_alias;
} walk;

static const char *const SEARCHES[] = { "find", "match", "gmatch", "gsub", NULL };

static const token *tk(const walk *w, size_t i) { return &w->t->v[i < w->t->n ? i : w->t->n - 1]; }

static int same_name(const token *a, const token *b)
{
    return a->kind == T_NAME && b->kind == T_NAME && a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
}

static int is_search(const token *k)
{
    for (const char *const *s = SEARCHES; *s; s++)
        if (tok_is(k, T_NAME, *s)) return 1;
    return 0;
}

/* A plain variable use: a name not after '.' or ':'. */
static int is_variable(const walk *w, size_t i)
{
    return tk(w, i)->kind == T_NAME && (i == 0 || (!tok_is(tk(w, i - 1), T_PUNCT, ".") &&
                                                   !tok_is(tk(w, i - 1), T_PUNCT, ":")));
}

static int tainted_name(const walk *w, const token *name, int fn)
{
    for (; fn >= 0; fn = w->f[fn].parent)
        for (size_t i = 0; i < w->n_taint; i++)
            if (w->taint_fn[i] == fn && same_name(w->taint[i], name)) return 1;
    return 0;
}

/* 1 when newly tainted. */
static int add_taint(walk *w, const token *name, int fn)
{
    if (name->kind != T_NAME || tainted_name(w, name, fn)) return 0;
    if (w->n_taint == w->cap_taint) {
        size_t cap = w->cap_taint ? w->cap_taint * 2 : 32;
        const token **a = realloc(w->taint, cap * sizeof *a);
        if (!a) return 0;
        w->taint = a;
        int *b = realloc(w->taint_fn, cap * sizeof *b);
        if (!b) return 0;
        w->taint_fn = b;
        w->cap_taint = cap;
    }
    w->taint[w->n_taint] = name;
    w->taint_fn[w->n_taint++] = fn;
    return 1;
}

/* Tokens [a, b) hold a reply's text: `.text` or a tainted variable. */
static int range_tainted(const walk *w, size_t a, size_t b)
{
    for (size_t j = a; j < b && j < w->t->n; j++) {
        if (tok_is(tk(w, j), T_NAME, "text") && j > 0 && tok_is(tk(w, j - 1), T_PUNCT, ".")) return 1;
        if (is_variable(w, j) && tainted_name(w, tk(w, j), w->owner[j])) return 1;
    }
    return 0;
}

/* --- functions ---------------------------------------------------------------------------------- */

static void read_params(walk *w, func *f, size_t open)
{
    size_t close = skip_group(w->t, open);
    for (size_t j = open + 1; j + 1 < close && f->n_params < MAX_PARAMS; j++)
        if (tk(w, j)->kind == T_NAME) f->params[f->n_params++] = j;
}

static void add_function(walk *w, size_t i)
{
    func *f = &w->f[w->n_f];
    memset(f, 0, sizeof *f);
    f->start = i;
    f->end = skip_block(w->t, i);
    size_t j = i + 1;
    while (tk(w, j)->kind == T_NAME || tok_is(tk(w, j), T_PUNCT, ".") || tok_is(tk(w, j), T_PUNCT, ":")) {
        if (tk(w, j)->kind == T_NAME) f->name = tk(w, j);
        j++;
    }
    if (!f->name && i >= 2 && tok_is(tk(w, i - 1), T_PUNCT, "=") && tk(w, i - 2)->kind == T_NAME) f->name = tk(w, i - 2);
    if (tok_is(tk(w, j), T_PUNCT, "(")) read_params(w, f, j);
    f->parent = 0;
    for (int k = w->n_f - 1; k >= 1; k--)
        if (w->f[k].start < i && i < w->f[k].end) { f->parent = k; break; }
    w->n_f++;
}

static int find_functions(walk *w)
{
    size_t n = w->t->n;
    w->f = calloc(n + 1, sizeof *w->f);
    w->owner = calloc(n, sizeof *w->owner);
    w->alias = calloc(n, sizeof *w->alias);
    if (!w->f || !w->owner || !w->alias) return -1;
    w->f[0] = (func){ .start = 0, .end = n, .parent = -1 };
    w->n_f = 1;
    for (size_t i = 0; i < n; i++)
        if (tok_is(tk(w, i), T_NAME, "function")) add_function(w, i);
    for (int k = 0; k < w->n_f; k++)
        for (size_t j = w->f[k].start; j < w->f[k].end && j < n; j++) w->owner[j] = k; /* inner ones later */
    return 0;
}

static int function_named(const walk *w, const token *name)
{
    for (int k = 1; k < w->n_f; k++)
        if (w->f[k].name && same_name(w->f[k].name, name)) return k;
    return -1;
}

/* --- propagation -------------------------------------------------------------------------------- */

/* `local a, b = EXPR` / `a = EXPR` / `for a, b in EXPR do` at i: taints the names when EXPR is. */
static int assignment(walk *w, size_t i)
{
    size_t j = i;
    int is_for = tok_is(tk(w, i), T_NAME, "for");
    if (tok_is(tk(w, i), T_NAME, "local") || is_for) j++;
    else if (!is_variable(w, i) || (i > 0 && tok_is(tk(w, i - 1), T_PUNCT, ","))) return 0;
    size_t first = j;
    while (tk(w, j)->kind == T_NAME && !tok_is(tk(w, j), T_NAME, "function") && !tok_is(tk(w, j), T_NAME, "in")) {
        j++;
        if (!tok_is(tk(w, j), T_PUNCT, ",")) break;
        j++;
    }
    if (j == first) return 0;
    const token *op = tk(w, j);
    if (!(is_for ? tok_is(op, T_NAME, "in") : tok_is(op, T_PUNCT, "="))) return 0;
    if (!range_tainted(w, j + 1, expr_end(w->t, j + 1))) return 0;
    int changed = 0;
    for (size_t k = first; k < j; k++)
        if (tk(w, k)->kind == T_NAME) changed |= add_taint(w, tk(w, k), w->owner[i]);
    return changed;
}

/* NAME(args) of the scenario's own function: a tainted argument taints that parameter. */
static int call_args(walk *w, size_t i)
{
    if (!is_variable(w, i) || !tok_is(tk(w, i + 1), T_PUNCT, "(")) return 0;
    int k = function_named(w, tk(w, i));
    if (k < 0) return 0;
    size_t close = skip_group(w->t, i + 1), a = i + 2;
    int arg = 0, changed = 0;
    for (size_t j = i + 2; j < close; j++) {
        const token *x = tk(w, j);
        int last = j + 1 == close;
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) { j = skip_group(w->t, j) - 1; if (!last) continue; }
        if (tok_is(x, T_PUNCT, ",") || last) {
            if (arg < w->f[k].n_params && range_tainted(w, a, j))
                changed |= add_taint(w, tk(w, w->f[k].params[arg]), k);
            arg++;
            a = j + 1;
        }
    }
    return changed;
}

static void note_alias(walk *w, size_t i)
{
    /* local find = string.find */
    if (!tok_is(tk(w, i), T_NAME, "local") || tk(w, i + 1)->kind != T_NAME || !tok_is(tk(w, i + 2), T_PUNCT, "=") ||
        !tok_is(tk(w, i + 3), T_NAME, "string") || !tok_is(tk(w, i + 4), T_PUNCT, ".") || !is_search(tk(w, i + 5)))
        return;
    w->alias[w->n_alias++] = tk(w, i + 1);
}

/* --- sinks -------------------------------------------------------------------------------------- */

static int report(const char *path, const token *at, const char *how)
{
    cs_lint_at(path, at->line, "the scenario searches the trainee's reply text itself (%s on a reply's text): use "
               "call.says(r, CATEGORY), call.mentions(r.text, {words}), call.retaliates(r) or call.reads_back(...) "
               "so every scenario grades replies one way (issue #11)", how);
    return 1;
}

static int is_alias(const walk *w, size_t i)
{
    for (size_t k = 0; k < w->n_alias; k++)
        if (same_name(w->alias[k], tk(w, i))) return 1;
    return 0;
}

/* The receiver of `: find(` at i (the ':' token): a name, a field, or a bracketed expression. */
static int receiver_tainted(const walk *w, size_t colon)
{
    if (colon == 0) return 0;
    size_t r = colon - 1;
    const token *x = tk(w, r);
    if (tok_is(x, T_PUNCT, ")")) {
        int depth = 0;
        for (size_t j = r + 1; j-- > 0;) {
            if (tok_is(tk(w, j), T_PUNCT, ")")) depth++;
            else if (tok_is(tk(w, j), T_PUNCT, "(") && --depth == 0) return range_tainted(w, j, r);
        }
        return 0;
    }
    return range_tainted(w, r > 0 && tok_is(tk(w, r - 1), T_PUNCT, ".") ? r - 1 : r, r + 1);
}

static int check_sink(const walk *w, const char *path, size_t i)
{
    const token *x = tk(w, i);
    char how[40];
    if (tok_is(x, T_NAME, "string") && is_variable(w, i) && tok_is(tk(w, i + 1), T_PUNCT, ".") &&
        is_search(tk(w, i + 2)) && tok_is(tk(w, i + 3), T_PUNCT, "(") &&
        range_tainted(w, i + 4, skip_group(w->t, i + 3))) {
        snprintf(how, sizeof how, "string.%.*s", (int)tk(w, i + 2)->n, tk(w, i + 2)->s);
        return report(path, x, how);
    }
    if (tok_is(x, T_PUNCT, ":") && is_search(tk(w, i + 1)) && receiver_tainted(w, i)) {
        snprintf(how, sizeof how, ":%.*s", (int)tk(w, i + 1)->n, tk(w, i + 1)->s);
        return report(path, x, how);
    }
    if (is_variable(w, i) && is_alias(w, i) && tok_is(tk(w, i + 1), T_PUNCT, "(") &&
        range_tainted(w, i + 2, skip_group(w->t, i + 1))) {
        snprintf(how, sizeof how, "%.*s (string search)", (int)x->n, x->s);
        return report(path, x, how);
    }
    return 0;
}

int cs_lint_reply_text(const char *path, const tokens *t)
{
    walk w = { .t = t };
    int problems = 0;
    if (find_functions(&w) == 0) {
        for (size_t i = 0; i < t->n; i++) note_alias(&w, i);
        for (int pass = 0, changed = 1; changed && pass < 16; pass++) {
            changed = 0;
            for (size_t i = 0; i < t->n; i++) changed |= assignment(&w, i) | call_args(&w, i);
        }
        int last_line = 0;
        for (size_t i = 0; i < t->n; i++)
            if (t->v[i].line != last_line && check_sink(&w, path, i)) { problems++; last_line = t->v[i].line; }
    } else {
        printf("%s: out of memory reading the source\n", path);
        problems = 1;
    }
    free(w.f);
    free(w.owner);
    free(w.taint);
    free(w.taint_fn);
    free(w.alias);
    return problems;
}
