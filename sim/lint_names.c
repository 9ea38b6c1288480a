/* Unknown variables and reply fields for `callsim lint` (see lint_names.h). Scope is approximated
 * by the whole file: a name declared anywhere counts as known, so the check never reports a name
 * the script does declare, at the price of missing a use outside its scope. */
#include "lint_names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const KEYWORDS[] = { "and", "break", "do", "else", "elseif", "end", "false", "for",
                                        "function", "goto", "if", "in", "local", "nil", "not", "or",
                                        "repeat", "return", "then", "true", "until", "while", "self",
                                        "_ENV", NULL };

typedef struct {
    const tokens *t;
    const token **declared;
    size_t n_declared;
} decls;

static const token *tk(const tokens *t, size_t i) { return &t->v[i < t->n ? i : t->n - 1]; }
static int punct(const tokens *t, size_t i, const char *s) { return tok_is(tk(t, i), T_PUNCT, s); }
static int name(const tokens *t, size_t i, const char *s) { return tok_is(tk(t, i), T_NAME, s); }

static int same(const token *a, const token *b)
{
    return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
}

static int in_list(const token *k, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == k->n && memcmp(list[i], k->s, k->n) == 0) return 1;
    return 0;
}

static int keyword(const token *k)
{
    for (const char *const *w = KEYWORDS; *w; w++)
        if (tok_is(k, T_NAME, *w)) return 1;
    return 0;
}

static void declare(decls *d, size_t i)
{
    if (tk(d->t, i)->kind == T_NAME) d->declared[d->n_declared++] = tk(d->t, i);
}

/* A name list at i (a, b, c): declares each; returns the index after it. */
static size_t declare_list(decls *d, size_t i)
{
    while (tk(d->t, i)->kind == T_NAME && !keyword(tk(d->t, i))) {
        declare(d, i++);
        if (punct(d->t, i, "<")) i += 3; /* <const> */
        if (!punct(d->t, i, ",")) break;
        i++;
    }
    return i;
}

/* Every name the file declares: locals, functions, parameters, loop variables, global assignments. */
static void collect(decls *d)
{
    const tokens *t = d->t;
    for (size_t i = 0; i + 1 < t->n; i++) {
        if (name(t, i, "local")) {
            declare_list(d, name(t, i + 1, "function") ? i + 2 : i + 1);
        } else if (name(t, i, "function")) {
            size_t j = i + 1;
            if (tk(t, j)->kind == T_NAME) declare(d, j);            /* function f / function a.b */
            while (tk(t, j)->kind == T_NAME || punct(t, j, ".") || punct(t, j, ":")) j++;
            if (punct(t, j, "(")) declare_list(d, j + 1);           /* parameters */
        } else if (name(t, i, "for")) {
            declare_list(d, i + 1);
        } else if (tk(t, i)->kind == T_NAME && punct(t, i + 1, "=") &&
                   (i == 0 || !(punct(t, i - 1, ".") || punct(t, i - 1, ":")))) {
            declare(d, i);                                          /* x = ... (a global) */
        }
    }
}

static int declared(const decls *d, const token *k)
{
    for (size_t i = 0; i < d->n_declared; i++)
        if (same(d->declared[i], k)) return 1;
    return 0;
}

/* The nearest of the environment's names and the file's declarations to k (distance ≤ 2). */
static void nearest(const decls *d, const cs_lint_known *kn, const token *k, char *buf, size_t n)
{
    size_t best = 3;
    buf[0] = '\0';
    for (size_t i = 0; i < kn->n_globals; i++) {
        size_t dist = cs_lint_distance(k->s, k->n, kn->globals[i], strlen(kn->globals[i]));
        if (dist < best) { best = dist; snprintf(buf, n, "%s", kn->globals[i]); }
    }
    for (size_t i = 0; i < d->n_declared; i++) {
        size_t dist = cs_lint_distance(k->s, k->n, d->declared[i]->s, d->declared[i]->n);
        if (dist < best && dist > 0) { best = dist; snprintf(buf, n, "%.*s", (int)d->declared[i]->n, d->declared[i]->s); }
    }
}

/* A variable use: not a field (.x, :x), not a table key ({ x = }), not a label (goto x, ::x::). */
static int variable_use(const tokens *t, size_t i)
{
    if (tk(t, i)->kind != T_NAME || keyword(tk(t, i))) return 0;
    if (i == 0) return 1;
    if (punct(t, i - 1, ".") || punct(t, i - 1, ":") || punct(t, i - 1, "::") || name(t, i - 1, "goto")) return 0;
    if ((punct(t, i - 1, "{") || punct(t, i - 1, ",") || punct(t, i - 1, ";")) && punct(t, i + 1, "=")) return 0;
    return 1;
}

static int check_unknown(const decls *d, const cs_lint_known *kn, const char *path)
{
    int problems = 0;
    const tokens *t = d->t;
    const token **said = calloc(t->n, sizeof *said);
    size_t n_said = 0;
    for (size_t i = 0; i < t->n; i++) {
        const token *k = tk(t, i);
        if (!variable_use(t, i) || declared(d, k) || in_list(k, kn->globals, kn->n_globals)) continue;
        int again = 0;
        for (size_t j = 0; j < n_said && !again; j++) again = same(said[j], k);
        if (again) continue; /* one report per name: its first use */
        if (said) said[n_said++] = k;
        char near[64];
        nearest(d, kn, k, near, sizeof near);
        if (near[0])
            cs_lint_at(path, k->line, "unknown name '%.*s' (nil when the script runs): did you mean '%s'?", (int)k->n,
                       k->s, near);
        else
            cs_lint_at(path, k->line,
                       "unknown name '%.*s' (nil when the script runs): declare it with local, or check the "
                       "spelling", (int)k->n, k->s);
        problems++;
    }
    free(said);
    return problems;
}

/* --- globals made by accident ---------------------------------------------------------------- */

/* A name declared as a local, parameter or loop variable anywhere in the file, or assigned at the
 * file's top level (a global the script keeps on purpose): assigning it in a function is meant. */
typedef struct {
    const token **v;
    size_t n;
} names;

static int listed(const names *l, const token *k)
{
    for (size_t i = 0; i < l->n; i++)
        if (same(l->v[i], k)) return 1;
    return 0;
}

/* The block keywords as they open and close: a function, or any other block (do, if, repeat). */
enum { BLOCK_OTHER, BLOCK_FUNCTION };

/* The file's open blocks and braces at a token: an assignment stands in a function's body when a
 * function is open and no brace opened since it (else it is a key of a table constructor). */
typedef struct {
    unsigned char kind[256];  /* per open block: BLOCK_FUNCTION or BLOCK_OTHER */
    size_t braces[256];       /* the brace depth when the block opened */
    size_t depth, functions, brace;
} walk;

static void open_block(walk *w, int kind)
{
    if (w->depth < sizeof w->kind) {
        w->kind[w->depth] = (unsigned char)kind;
        w->braces[w->depth] = w->brace;
    }
    w->depth++;
    w->functions += kind == BLOCK_FUNCTION;
}

static void close_block(walk *w)
{
    if (w->depth == 0) return;
    w->depth--;
    if (w->depth < sizeof w->kind) w->functions -= w->kind[w->depth] == BLOCK_FUNCTION;
}

/* The brace depth at which the innermost open function's body stands (0 outside every function). */
static size_t function_braces(const walk *w)
{
    for (size_t i = w->depth < sizeof w->kind ? w->depth : sizeof w->kind; i-- > 0;)
        if (w->kind[i] == BLOCK_FUNCTION) return w->braces[i];
    return 0;
}

/* Moves the walk past token i: a block opened or closed, a brace opened or closed. */
static void step(walk *w, const tokens *t, size_t i)
{
    if (name(t, i, "function")) open_block(w, BLOCK_FUNCTION);
    else if (name(t, i, "do") || name(t, i, "if") || name(t, i, "repeat")) open_block(w, BLOCK_OTHER);
    else if (name(t, i, "end") || name(t, i, "until")) close_block(w);
    else if (punct(t, i, "{")) w->brace++;
    else if (punct(t, i, "}") && w->brace > 0) w->brace--;
}

/* A statement assigning a plain name: `x =`, not `a.x =`, `a:x`, nor `==`. */
static int name_assigned(const tokens *t, size_t i)
{
    return tk(t, i)->kind == T_NAME && !keyword(tk(t, i)) && punct(t, i + 1, "=") &&
           !(i > 0 && (punct(t, i - 1, ".") || punct(t, i - 1, ":")));
}

/* Fills meant with the names a function may assign without making a global by accident. */
static void collect_meant(const tokens *t, names *meant)
{
    decls locals = { t, meant->v, 0 };
    walk w = { 0 };
    for (size_t i = 0; i + 1 < t->n; i++) {
        if (name(t, i, "local")) {
            declare_list(&locals, name(t, i + 1, "function") ? i + 2 : i + 1);
        } else if (name(t, i, "for")) {
            declare_list(&locals, i + 1);
        } else if (name(t, i, "function")) {
            size_t j = i + 1;
            while (tk(t, j)->kind == T_NAME || punct(t, j, ".") || punct(t, j, ":")) j++;
            if (punct(t, j, "(")) declare_list(&locals, j + 1);
        }
        if (w.functions == 0 && w.brace == 0 && name_assigned(t, i)) declare(&locals, i);
        step(&w, t, i);
    }
    meant->n = locals.n_declared;
}

/* resutl = ... inside a function, where no local, parameter or file-level global of that name
 * exists: Lua makes a global of it, and the local the author meant keeps its old value. */
static int check_accidental_globals(const decls *d, const cs_lint_known *kn, const char *path)
{
    const tokens *t = d->t;
    names meant = { calloc(t->n + 1, sizeof *meant.v), 0 };
    const token **said = calloc(t->n + 1, sizeof *said);
    if (!meant.v || !said) { free(meant.v); free(said); return 0; }
    collect_meant(t, &meant);
    size_t n_said = 0;
    int problems = 0;
    walk w = { 0 };
    for (size_t i = 0; i + 1 < t->n; i++) {
        const token *k = tk(t, i);
        /* (b in `a, b = ...` is a's statement, checked at a) */
        int statement = i == 0 || !punct(t, i - 1, ",");
        if (w.functions > 0 && w.brace == function_braces(&w) && statement && name_assigned(t, i) &&
            !listed(&meant, k) && !in_list(k, kn->globals, kn->n_globals) && !listed(&(names){ said, n_said }, k)) {
            said[n_said++] = k;
            char near[64];
            nearest(d, kn, k, near, sizeof near);
            if (near[0])
                cs_lint_at(path, k->line, "'%.*s' assigned inside a function makes a global (a misspelt local?): did you "
                           "mean '%s'?", (int)k->n, k->s, near);
            else
                cs_lint_at(path, k->line, "'%.*s' assigned inside a function makes a global: declare it with local",
                           (int)k->n, k->s);
            problems++;
        }
        step(&w, t, i);
    }
    free(meant.v);
    free(said);
    return problems;
}

/* --- reply fields ----------------------------------------------------------------------------- */

/* Names that hold a reply: r = call.wait/call.reply(...) and the second name of call.choose. */
static size_t reply_vars(const tokens *t, const token **out)
{
    size_t n = 0;
    for (size_t i = 0; i + 4 < t->n; i++) {
        if (!name(t, i, "call") || !punct(t, i + 1, ".") || (i > 0 && punct(t, i - 1, "."))) continue;
        int wait = name(t, i + 2, "wait") || name(t, i + 2, "reply"), choose = name(t, i + 2, "choose");
        if ((!wait && !choose) || i < 2 || !punct(t, i - 1, "=")) continue;
        /* back over "a, b =" to the first name */
        size_t j = i - 2, first = j;
        while (j >= 2 && punct(t, j - 1, ",") && tk(t, j - 2)->kind == T_NAME) { j -= 2; first = j; }
        size_t pick = wait ? first : first + 2;
        if (pick <= i - 2 && tk(t, pick)->kind == T_NAME) out[n++] = tk(t, pick);
    }
    return n;
}

static int check_reply_fields(const tokens *t, const cs_lint_known *kn, const char *path)
{
    if (kn->n_reply_fields == 0) return 0;
    const token **vars = calloc(t->n, sizeof *vars);
    if (!vars) return 0;
    size_t n_vars = reply_vars(t, vars);
    int problems = 0;
    for (size_t i = 0; i + 2 < t->n; i++) {
        if (!variable_use(t, i) || !punct(t, i + 1, ".") || tk(t, i + 2)->kind != T_NAME) continue;
        int is_reply = 0;
        for (size_t v = 0; v < n_vars && !is_reply; v++) is_reply = same(vars[v], tk(t, i));
        const token *f = tk(t, i + 2);
        if (!is_reply || punct(t, i + 3, "=") || in_list(f, kn->reply_fields, kn->n_reply_fields)) continue;
        /* a field one or two letters from a real one is a misspelling; others may be added by helpers */
        const char *near = NULL;
        for (size_t k = 0; k < kn->n_reply_fields && !near; k++)
            if (cs_lint_distance(f->s, f->n, kn->reply_fields[k], strlen(kn->reply_fields[k])) <= (f->n > 4 ? 2u : 1u))
                near = kn->reply_fields[k];
        if (!near) continue;
        cs_lint_at(path, f->line, "a reply has no field '%.*s' (always nil): did you mean '%s'?", (int)f->n, f->s,
                   near);
        problems++;
    }
    free(vars);
    return problems;
}

int cs_lint_names(const char *path, const tokens *t, const cs_lint_known *known)
{
    if (known->n_globals == 0) return 0; /* no environment to compare with */
    decls d = { t, calloc(t->n + 1, sizeof *d.declared), 0 };
    if (!d.declared) return 0;
    collect(&d);
    int problems = check_unknown(&d, known, path) + check_accidental_globals(&d, known, path) +
                   check_reply_fields(t, known, path);
    free(d.declared);
    return problems;
}
