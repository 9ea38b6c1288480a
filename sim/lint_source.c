/* Source checks of `callsim lint` (see lint_source.h). A play-through cannot see every branch; the
 * source shows them all: a misspelled API name (call.sya), phrase category or rubric id, a choice
 * whose right answer is out of range, a voice espeak-ng lacks or reads wrongly, statements that can
 * never run, locals never used, and a scenario searching the trainee's reply text itself
 * (lint_reply_text.c). Names are checked against the loaded environment, not a list kept here. */
#include "lint_source.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "lint_names.h"
#include "lint_reply_text.h"
#include "lint_tokens.h"
#include "text_norm.h"

/* The log cs_lint_log_begin named, or NULL: set and cleared only by cmd_lint around one file. */
static cs_lint_log *recording;

void cs_lint_log_begin(cs_lint_log *log)
{
    *log = (cs_lint_log){ 0 };
    recording = log;
}

void cs_lint_log_end(cs_lint_log *log)
{
    if (recording == log) recording = NULL;
    for (size_t i = 0; i < log->n; i++) free(log->v[i].text);
    free(log->v);
    *log = (cs_lint_log){ 0 };
}

const cs_lint_finding *cs_lint_log_find(const cs_lint_log *log, const char *needle)
{
    for (size_t i = 0; log && i < log->n; i++)
        if (strstr(log->v[i].text, needle)) return &log->v[i];
    return NULL;
}

static void log_finding(int line, const char *text)
{
    cs_lint_log *l = recording;
    if (!l) return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        cs_lint_finding *g = realloc(l->v, cap * sizeof *g);
        if (!g) return; /* the finding is printed all the same; only the de-duplication misses it */
        l->v = g;
        l->cap = cap;
    }
    char *t = strdup(text);
    if (!t) return;
    l->v[l->n++] = (cs_lint_finding){ line, t };
}

int cs_lint_at(const char *path, int line, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("%s:%d: %s\n", path, line, msg);
    log_finding(line, msg);
    return 1;
}

typedef struct {
    const char *path;
    const tokens *t;
    const cs_lint_known *k;
    const char **defined; /* "call.x" the scenario itself assigns (call.x = function ...) */
    size_t n_defined;
    char libs[48][32];    /* the environment's tables (call, score, phrase, string, math, ...) */
    size_t n_libs;
} lint_ctx;

static const token *tk(const lint_ctx *c, size_t i)
{
    return &c->t->v[i < c->t->n ? i : c->t->n - 1];
}

static int is_punct(const token *k, const char *s) { return tok_is(k, T_PUNCT, s); }
static int is_name(const token *k, const char *s) { return tok_is(k, T_NAME, s); }

/* A string literal not glued to more text ("a" .. x): its value is what the source shows. */
static int plain_string(const lint_ctx *c, size_t i)
{
    return tk(c, i)->kind == T_STRING && !is_punct(tk(c, i + 1), "..") && !is_punct(tk(c, i - 1), "..");
}

static void tok_str(const token *k, char *buf, size_t n)
{
    size_t m = k->n < n - 1 ? k->n : n - 1;
    memcpy(buf, k->s, m);
    buf[m] = '\0';
}

static size_t edit_distance(const char *a, const char *b)
{
    return cs_lint_distance(a, strlen(a), b, strlen(b));
}

/* --- API names --------------------------------------------------------------------------------- */

/* The scenario API's libraries, whose functions take the library as no argument (call:say is wrong). */
static const char *const LIBS[] = { "call", "score", "phrase", NULL };

/* The environment's tables, from the "lib.key" names it offers (all of them, not only the scenario
 * API: string.fnd is as wrong as call.sya). */
static void collect_libs(lint_ctx *c)
{
    for (size_t i = 0; i < c->k->n_api && c->n_libs < sizeof c->libs / sizeof c->libs[0]; i++) {
        size_t n = strcspn(c->k->api[i], ".");
        if (n == 0 || n >= sizeof c->libs[0] || (n == 2 && memcmp(c->k->api[i], "_G", 2) == 0)) continue;
        size_t j = 0;
        while (j < c->n_libs && !(strlen(c->libs[j]) == n && memcmp(c->libs[j], c->k->api[i], n) == 0)) j++;
        if (j < c->n_libs) continue;
        memcpy(c->libs[c->n_libs], c->k->api[i], n);
        c->libs[c->n_libs++][n] = '\0';
    }
}

/* Library name at token i when tokens i..i+2 are `LIB . NAME` at the start of an expression. */
static const char *lib_at(const lint_ctx *c, size_t i)
{
    if (i > 0 && (is_punct(tk(c, i - 1), ".") || is_punct(tk(c, i - 1), ":"))) return NULL;
    if (!is_punct(tk(c, i + 1), ".") || tk(c, i + 2)->kind != T_NAME) return NULL;
    for (size_t l = 0; l < c->n_libs; l++)
        if (is_name(tk(c, i), c->libs[l])) return c->libs[l];
    return NULL;
}

static int api_known(const lint_ctx *c, const char *q)
{
    for (size_t i = 0; i < c->k->n_api; i++)
        if (strcmp(c->k->api[i], q) == 0) return 1;
    for (size_t i = 0; i < c->n_defined; i++)
        if (strcmp(c->defined[i], q) == 0) return 1;
    return 0;
}

/* The scenario's own additions (call.ask = function ...) are names too. */
static void collect_defined(lint_ctx *c)
{
    c->defined = calloc(c->t->n, sizeof *c->defined);
    if (!c->defined) return;
    for (size_t i = 0; i + 3 < c->t->n; i++) {
        const char *lib = lib_at(c, i);
        if (!lib || !is_punct(tk(c, i + 3), "=")) continue;
        char q[128];
        snprintf(q, sizeof q, "%s.%.*s", lib, (int)tk(c, i + 2)->n, tk(c, i + 2)->s);
        char *d = malloc(strlen(q) + 1);
        if (d) c->defined[c->n_defined++] = strcpy(d, q);
    }
}

static void free_defined(lint_ctx *c)
{
    for (size_t i = 0; i < c->n_defined; i++) free((void *)c->defined[i]);
    free(c->defined);
}

static int check_api(const lint_ctx *c, size_t i, const char *lib)
{
    char q[128];
    snprintf(q, sizeof q, "%s.%.*s", lib, (int)tk(c, i + 2)->n, tk(c, i + 2)->s);
    if (api_known(c, q)) return 0;
    const char *best = NULL;
    size_t best_d = 99, ll = strlen(lib), ql = strlen(q);
    for (size_t j = 0; j < c->k->n_api; j++) {
        size_t d = edit_distance(q, c->k->api[j]);
        if (strncmp(c->k->api[j], q, ll + 1) != 0) continue;
        /* equally near: the name of the same length (a letter mistyped is likelier than one dropped) */
        size_t al = strlen(c->k->api[j]), bl = best ? strlen(best) : 0;
        if (d < best_d || (d == best_d && best && (al > ql ? al - ql : ql - al) < (bl > ql ? bl - ql : ql - bl))) {
            best_d = d;
            best = c->k->api[j];
        }
    }
    int ours = 0;
    for (const char *const *l = LIBS; *l; l++) ours |= strcmp(*l, lib) == 0;
    const char *where = ours ? "docs/scenarios.md lists the" : "the sandbox offers Lua's";
    if (best && best_d <= 3)
        cs_lint_at(c->path, tk(c, i)->line, "unknown API function %s: did you mean %s? (%s %s library)", q, best,
                   where, lib);
    else
        cs_lint_at(c->path, tk(c, i)->line, "unknown API function %s: the %s library has no '%.*s' (%s %s library)", q,
                   lib, (int)tk(c, i + 2)->n, tk(c, i + 2)->s, where, lib);
    return 1;
}

/* --- phrase categories and rubric ids ------------------------------------------------------------ */

static const char *nearest_category(const cs_phrase_bank *bank, const char *s, size_t *dist)
{
    const char *best = NULL;
    *dist = 99;
    for (size_t i = 0; i < cs_bank_category_count(bank); i++) {
        const char *name = cs_bank_category_name(bank, i);
        size_t d = edit_distance(s, name);
        if (d < *dist) { *dist = d; best = name; }
    }
    return best;
}

static int check_category(const lint_ctx *c, size_t i)
{
    char cat[64];
    const token *s = tk(c, i);
    if (!plain_string(c, i) || s->n == 0 || s->n >= sizeof cat) return 0;
    tok_str(s, cat, sizeof cat);
    if (cs_bank_has_category(c->k->bank, cat)) return 0;
    size_t d;
    const char *near = nearest_category(c->k->bank, cat, &d);
    if (near && d <= 3)
        cs_lint_at(c->path, s->line,
                   "unknown phrase category '%s': did you mean '%s'? (phrase.categories() lists them)", cat,
                   near);
    else
        cs_lint_at(c->path, s->line,
                   "unknown phrase category '%s': see phrase.categories() or docs/scenarios.md (Phrases)", cat);
    return 1;
}

static const cs_rubric_item *rubric_item(const cs_rubric *r, const char *id)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->items[i].id, id) == 0) return &r->items[i];
    return NULL;
}

static void rubric_ids(const cs_rubric *r, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < r->n && used + 1 < n; i++) {
        if (r->items[i].rule) continue;
        int w = snprintf(buf + used, n - used, "%s%s", used ? ", " : "", r->items[i].id);
        if (w < 0) break;
        used += (size_t)w;
    }
}

/* A string naming a rubric item the script scores (score.award's first argument, item = "..."). */
static int check_rubric_id(const lint_ctx *c, size_t i, const char *what)
{
    char id[96], ids[512];
    if (!c->k->rubric || !plain_string(c, i)) return 0;
    tok_str(tk(c, i), id, sizeof id);
    const cs_rubric_item *it = rubric_item(c->k->rubric, id);
    if (it && !it->rule) return 0;
    rubric_ids(c->k->rubric, ids, sizeof ids);
    if (it)
        cs_lint_at(c->path, tk(c, i)->line,
                   "%s names rubric item '%s', which rule '%s' grades by itself: score only items without a "
                   "rule (%s)", what, id, it->rule, ids[0] ? ids : "none");
    else
        cs_lint_at(c->path, tk(c, i)->line,
                   "%s names no rubric item '%s': use one of the rubric's ids (%s) or add the item to the "
                   "rubric", what, id, ids[0] ? ids : "none without a rule");
    return 1;
}

static int check_rule(const lint_ctx *c, size_t i)
{
    char rule[256], why[300];
    if (!plain_string(c, i)) return 0;
    tok_str(tk(c, i), rule, sizeof rule);
    if (cs_rule_valid(c->k->bank, rule, why, sizeof why)) return 0;
    cs_lint_at(c->path, tk(c, i)->line, "%s: see docs/scenarios.md (Rubric rules) and phrase.categories()", why);
    return 1;
}

/* Index of the first token of argument `n` (1-based) of the call whose "(" is at open, or 0. */
static size_t call_arg(const lint_ctx *c, size_t open, int n)
{
    if (!is_punct(tk(c, open), "(")) return 0;
    size_t close = skip_group(c->t, open);
    int arg = 1;
    for (size_t j = open + 1; j + 1 < close; j++) {
        const token *x = tk(c, j);
        if (arg == n) return j;
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) { j = skip_group(c->t, j) - 1; continue; }
        if (is_punct(x, ",")) arg++;
    }
    return 0;
}

/* --- choices and voices ------------------------------------------------------------------------- */

/* A table constructor at open: counts its positional entries and finds `correct = N`. */
static int check_correct(const lint_ctx *c, size_t open)
{
    size_t close = skip_group(c->t, open), correct = 0;
    int positional = 0, item_start = 1;
    for (size_t j = open + 1; j + 1 < close; j++) {
        const token *x = tk(c, j);
        if (item_start) {
            if (x->kind == T_NAME && is_punct(tk(c, j + 1), "=")) { if (is_name(x, "correct")) correct = j + 2; }
            else if (!is_punct(x, "[")) positional++;
            item_start = 0;
        }
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) { j = skip_group(c->t, j) - 1; continue; }
        if (is_punct(x, ",") || is_punct(x, ";")) item_start = 1;
    }
    if (correct && positional > 9) {
        cs_lint_at(c->path, tk(c, open)->line, "%d choices offered: at most 9 (one per digit key); split the question",
                   positional);
        return 1;
    }
    if (correct && tk(c, correct)->kind == T_STRING) {
        cs_lint_at(c->path, tk(c, correct)->line,
                   "correct = \"%.*s\" is a string: give the number of the right choice (correct = %.*s)",
                   (int)tk(c, correct)->n, tk(c, correct)->s, (int)tk(c, correct)->n, tk(c, correct)->s);
        return 1;
    }
    if (!correct || positional == 0 || tk(c, correct)->kind != T_NUMBER) return 0;
    char num[32];
    tok_str(tk(c, correct), num, sizeof num);
    char *end;
    double v = strtod(num, &end);
    if (*end == '\0' && v >= 1 && v <= positional && v == (double)(long)v) return 0;
    cs_lint_at(c->path, tk(c, correct)->line,
               "correct = %s is not one of the %d choices offered here: give the index (1 to %d) of the right "
               "choice", num, positional, positional);
    return 1;
}

/* call.choose{ ... } / call.choose({ ... }) with no `correct =` at the table's top level. */
static int check_choose(const lint_ctx *c, size_t i)
{
    size_t j = i + 3;
    if (is_punct(tk(c, j), "(")) j++;
    if (!is_punct(tk(c, j), "{")) return 0; /* a variable: cannot tell from the source */
    size_t close = skip_group(c->t, j);
    int depth = 0;
    for (size_t k = j; k < close; k++) {
        const token *x = tk(c, k);
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) depth++;
        if (x->kind == T_PUNCT && (*x->s == ')' || *x->s == '}' || *x->s == ']')) depth--;
        if (depth == 1 && is_name(x, "correct") && is_punct(tk(c, k + 1), "=")) return 0;
    }
    cs_lint_at(c->path, tk(c, i)->line,
               "call.choose offers choices without a correct option: add correct = N (the index of the "
               "right choice) so grading and `callsim explore` know the right answer");
    return 1;
}

static int check_voice(const lint_ctx *c, size_t i)
{
    const token *s = tk(c, i);
    if (!plain_string(c, i)) return 0;
    if (s->n == 3 && memcmp(s->s, "cmn", 3) == 0) {
        cs_lint_at(c->path, s->line,
                   "voice 'cmn' reads Chinese tone digits as English words on espeak-ng 1.51 (DESIGN.md, "
                   "Speech): use cmn-latn-pinyin for Mandarin");
        return 1;
    }
    if (cs_voice_known(s->s, s->n)) return 0;
    cs_lint_at(c->path, s->line,
               "unknown voice '%.*s': use cmn-latn-pinyin (Mandarin), yue (Cantonese) or en-us (English)",
               (int)s->n, s->s);
    return 1;
}

/* --- code that never runs ----------------------------------------------------------------------- */

static int block_end(const token *k)
{
    static const char *const enders[] = { "end", "else", "elseif", "until", NULL };
    if (k->kind == T_EOF) return 1;
    if (k->kind == T_PUNCT && (*k->s == ')' || *k->s == '}' || *k->s == ']' || *k->s == ',')) return 1;
    for (const char *const *e = enders; *e; e++)
        if (tok_is(k, T_NAME, *e)) return 1;
    return 0;
}

/* Index of the statement after j (skipping ';'), or 0 when the block ends there. */
static size_t next_statement(const lint_ctx *c, size_t j)
{
    while (is_punct(tk(c, j), ";")) j++;
    return block_end(tk(c, j)) ? 0 : j;
}

static int report_unreachable(const lint_ctx *c, size_t next, size_t at, const char *what, const char *why)
{
    if (!next) return 0;
    cs_lint_at(c->path, tk(c, next)->line,
               "unreachable code after %s (line %d): %s, so nothing after it in this block runs; move it "
               "before or delete it", what, tk(c, at)->line, why);
    return 1;
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

/* A token that cannot start a statement: an operator joining it to the line above. */
static int joins(const token *k)
{
    if (k->kind == T_PUNCT) return !(*k->s == '(' ); /* "(" may start one (Lua warns: ambiguous) */
    return tok_is(k, T_NAME, "and") || tok_is(k, T_NAME, "or");
}

/* return EXPLIST: Lua ends the block there; a statement after it, or a bare `return` taking the next
 * line as its value, is a mistake. */
/* `do return end` as a statement of its own (not the body of while ... do): the code after its
 * `end` in the enclosing block never runs. */
static int check_do_return(const lint_ctx *c, size_t i)
{
    if (i < 1 || !is_name(tk(c, i - 1), "do") || !is_name(tk(c, i + 1), "end")) return 0;
    const token *before = i >= 2 ? tk(c, i - 2) : NULL;
    int statement = !before || before->line < tk(c, i - 1)->line || is_name(before, "then") ||
                    is_name(before, "else") || is_name(before, "do") || is_name(before, "end") ||
                    is_name(before, "repeat") || is_punct(before, ";");
    if (!statement) return 0;
    return report_unreachable(c, next_statement(c, i + 2), i, "do return end", "return leaves the function");
}

static int check_return(const lint_ctx *c, size_t i)
{
    if (check_do_return(c, i)) return 1;
    size_t j = i + 1;
    const token *prev = tk(c, i);
    while (j < c->t->n && !block_end(tk(c, j)) && !is_punct(tk(c, j), ";")) {
        const token *x = tk(c, j);
        if (x->line > prev->line && !continues(prev) && !joins(x)) break;
        if (prev == tk(c, i) && x->line > prev->line && x->kind == T_NAME && !is_name(x, "function")) {
            cs_lint_at(c->path, x->line,
                       "a bare `return` at the end of line %d takes this line as its value (Lua reads them as "
                       "one statement): write `do return end` to stop here, or put the value on the return's line",
                       prev->line);
            return 1;
        }
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) j = skip_group(c->t, j);
        else if (is_name(x, "function")) j = skip_block(c->t, j);
        else j++;
        prev = tk(c, j - 1);
    }
    return report_unreachable(c, next_statement(c, j), i, "return", "return leaves the function");
}

static int check_jump(const lint_ctx *c, size_t i)
{
    if (is_name(tk(c, i), "break"))
        return report_unreachable(c, next_statement(c, i + 1), i, "break", "break leaves the loop");
    return report_unreachable(c, next_statement(c, i + 2), i, "goto", "goto jumps away");
}

/* The token before a call puts the call inside an expression (x = error(...), if error(...) then). */
static int in_expression(const token *prev)
{
    static const char *const words[] = { "return", "and", "or", "not", "in", "if", "elseif", "while", "until", "local", NULL };
    if (prev->kind == T_PUNCT) return !(*prev->s == ')' || *prev->s == '}' || *prev->s == ']' || *prev->s == ';');
    for (const char *const *w = words; *w; w++)
        if (tok_is(prev, T_NAME, *w)) return 1;
    return 0;
}

/* error(...) and call.hangup(...) as statements end the script's path through this block. */
static int check_ender_call(const lint_ctx *c, size_t i, size_t open, const char *what, const char *why)
{
    if (!is_punct(tk(c, open), "(")) return 0;
    if (i > 0 && in_expression(tk(c, i - 1))) return 0;
    size_t next = next_statement(c, skip_group(c->t, open));
    /* `return` / `break` right after it only say so again */
    if (is_name(tk(c, next), "return") || is_name(tk(c, next), "break")) return 0;
    return report_unreachable(c, next, i, what, why);
}

/* A `break` in the loop body at `body` that leaves this loop (not one nested in it or in a function). */
static int breaks_out(const lint_ctx *c, size_t body, size_t after)
{
    for (size_t j = body + 1; j + 1 < after; j++) {
        const token *x = tk(c, j);
        if (is_name(x, "function") || is_name(x, "repeat")) { j = skip_block(c->t, j) - 1; continue; }
        if (is_name(x, "while") || is_name(x, "for")) {
            while (j + 1 < after && !is_name(tk(c, j), "do")) j++;
            j = skip_block(c->t, j) - 1;
            continue;
        }
        if (is_name(x, "break") || is_name(x, "goto")) return 1;
    }
    return 0;
}

/* while true do ... end (or repeat ... until false) that no break leaves: the code after it never
 * runs (a return inside leaves the function, not the loop). */
static int check_endless(const lint_ctx *c, size_t i)
{
    size_t body, after;
    if (is_name(tk(c, i), "while")) {
        if (!is_name(tk(c, i + 1), "true") || !is_name(tk(c, i + 2), "do")) return 0;
        body = i + 2;
        after = skip_block(c->t, body);
    } else {
        body = i;
        after = skip_block(c->t, body);
        if (!is_name(tk(c, after), "false")) return 0;
        after++;
    }
    if (breaks_out(c, body, after)) return 0;
    return report_unreachable(c, next_statement(c, after), i, "a loop that never ends",
                              "no break leaves it (return leaves the whole function)");
}

/* --- locals never used -------------------------------------------------------------------------- */

/* A later token naming the same variable (not a field `.x`, not a table key `{ x = ...`). */
static int used_after(const lint_ctx *c, size_t decl, const token *name)
{
    for (size_t j = decl + 1; j < c->t->n; j++) {
        const token *x = tk(c, j);
        if (x->kind != T_NAME || x->n != name->n || memcmp(x->s, name->s, x->n) != 0) continue;
        const token *before = tk(c, j - 1);
        if (is_punct(before, ".") || is_punct(before, ":")) continue;
        if ((is_punct(before, "{") || is_punct(before, ",") || is_punct(before, ";")) && is_punct(tk(c, j + 1), "="))
            continue;
        return 1;
    }
    return 0;
}

static int report_unused(const lint_ctx *c, size_t i)
{
    const token *n = tk(c, i);
    if (n->n == 0 || n->s[0] == '_' || used_after(c, i, n)) return 0;
    cs_lint_at(c->path, n->line,
               "local '%.*s' is never used: delete it (a value you must take but do not use, such as a "
               "second return value, can be named _)", (int)n->n, n->s);
    return 1;
}

static int check_local(const lint_ctx *c, size_t i)
{
    size_t j = i + 1;
    if (is_name(tk(c, j), "function")) return report_unused(c, j + 1);
    int problems = 0;
    while (tk(c, j)->kind == T_NAME) {
        problems += report_unused(c, j);
        j++;
        if (is_punct(tk(c, j), "<")) j += 3; /* <const> / <close> */
        if (!is_punct(tk(c, j), ",")) break;
        j++;
    }
    return problems;
}

/* --- numbers the API refuses ---------------------------------------------------------------------- */

/* The value of the number literal at i (a leading minus included) that is a whole argument or field
 * value, or 0 with *ok = 0. */
static double number_at(const lint_ctx *c, size_t i, int *ok)
{
    int neg = is_punct(tk(c, i), "-");
    const token *k = tk(c, i + neg);
    char num[32], *end;
    *ok = 0;
    const token *after = tk(c, i + neg + 1);
    /* only a literal standing alone (not 1000 / 2) */
    if (k->kind != T_NUMBER || !(is_punct(after, ",") || is_punct(after, "}") || is_punct(after, ")") ||
                                 is_punct(after, ";")))
        return 0;
    tok_str(k, num, sizeof num);
    double v = strtod(num, &end);
    if (*end) return 0;
    *ok = 1;
    return neg ? -v : v;
}

/* timeout = N and call.silence(N): seconds in (0, 600]. */
static int check_seconds(const lint_ctx *c, size_t i, const char *what)
{
    int ok;
    double v = number_at(c, i, &ok);
    if (!ok || (v > 0 && v <= 600)) return 0;
    cs_lint_at(c->path, tk(c, i)->line,
               "%s %g is out of range: give seconds between 0 and 600 (the call stops with an error here)", what,
               v);
    return 1;
}

/* score.award/deduct(ID, N, ...): points 0..the item's max. */
static int check_points(const lint_ctx *c, size_t open, const char *fn)
{
    size_t a = call_arg(c, open, 1), p = call_arg(c, open, 2);
    int ok;
    double v = p ? number_at(c, p, &ok) : 0;
    if (!a || !p || !ok || !c->k->rubric || !plain_string(c, a)) return 0;
    char id[96];
    tok_str(tk(c, a), id, sizeof id);
    const cs_rubric_item *it = rubric_item(c->k->rubric, id);
    if (!it || it->rule || (v >= 0 && v <= it->max)) return 0;
    cs_lint_at(c->path, tk(c, p)->line,
               "%s gives %g points to '%s', whose max is %g: give 0 to %g (points count toward that item only)",
               fn, v, id, it->max, it->max);
    return 1;
}

/* call.dictate(FIELD, ...): a word without spaces or '=' (it becomes a ticket field). */
static int check_dictate_field(const lint_ctx *c, size_t open)
{
    size_t a = call_arg(c, open, 1);
    if (!a || !plain_string(c, a)) return 0;
    const token *s = tk(c, a);
    int bad = s->n == 0;
    for (size_t k = 0; k < s->n; k++) bad |= s->s[k] == ' ' || s->s[k] == '=';
    if (!bad) return 0;
    cs_lint_at(c->path, s->line,
               "call.dictate field '%.*s' must be one word without spaces or '=' (it is the ticket field the "
               "trainee fills): e.g. 联系电话", (int)s->n, s->s);
    return 1;
}

/* --- misspelled option keys and missing arguments --------------------------------------------------- */

/* The keys each table is read for (scenario_load.c, scenario_api.c). A key not in the set but one or
 * two letters from one of them is a misspelling the engine would silently ignore; keys far from all
 * are the scenario's own and left alone. */
static const char *const SCENARIO_KEYS[] = { "id", "title", "description", "level", "area", "situation", "caller",
                                             "rubric", "run", "on_end", "closing", "latency_limit", "max_hold",
                                             "transfer_targets", "escalate_targets", "ticket", "system", "targets",
                                             "phrases", NULL };
static const char *const CALLER_KEYS[] = { "name", "phone", "voice", "rate", "pitch", "volume", "patience",
                                           "max_rings", "give_up", "history", NULL };
static const char *const ITEM_KEYS[] = { "id", "label", "rule", "clause", "max", "fatal", NULL };
static const char *const SYSTEM_KEYS[] = { "id", "title", "text", "reveal", "facts", NULL };   /* scenario_desk.c */
static const char *const TICKET_KEYS[] = { "id", "label", "required", "format", NULL };
static const char *const WAIT_KEYS[] = { "expect", "timeout", "prompt", "correct", "beat", NULL };
static const char *const VOICE_KEYS[] = { "voice", "rate", "pitch", "volume", "name", "desk", NULL };

static int key_in(const token *k, const char *const *keys)
{
    for (const char *const *s = keys; *s; s++)
        if (tok_is(k, T_NAME, *s)) return 1;
    return 0;
}

/* The keys of the constructor at open (its top level only). */
static int check_keys(const lint_ctx *c, size_t open, const char *const *keys, const char *what)
{
    size_t close = skip_group(c->t, open);
    int problems = 0, item_start = 1;
    for (size_t j = open + 1; j + 1 < close; j++) {
        const token *x = tk(c, j);
        if (item_start && x->kind == T_NAME && is_punct(tk(c, j + 1), "=") && !key_in(x, keys) && x->n >= 3) {
            char key[64];
            tok_str(x, key, sizeof key);
            for (const char *const *s = keys; *s; s++) {
                size_t d = edit_distance(key, *s);
                if (d > 0 && d <= (strlen(*s) > 4 ? 2u : 1u)) {
                    cs_lint_at(c->path, x->line, "unknown field '%s' in %s (the engine ignores it): did you mean '%s'?",
                               key, what, *s);
                    problems++;
                    break;
                }
            }
        }
        item_start = 0;
        if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) { j = skip_group(c->t, j) - 1; continue; }
        /* a function's body (run = function(call) ... end) holds statements, not the table's keys */
        if (tok_is(x, T_NAME, "function")) { j = skip_block(c->t, j) - 1; continue; }
        if (is_punct(x, ",") || is_punct(x, ";")) item_start = 1;
    }
    return problems;
}

/* Index of the constructor handed to the call whose name ends at i (f{...} or f(..., {...})), or 0. */
static size_t table_arg(const lint_ctx *c, size_t i)
{
    if (is_punct(tk(c, i + 1), "{")) return i + 1;
    if (!is_punct(tk(c, i + 1), "(")) return 0;
    for (int n = 1; n <= 3; n++) {
        size_t a = call_arg(c, i + 1, n);
        if (a && is_punct(tk(c, a), "{")) return a;
    }
    return 0;
}

/* The keys of each table of the list constructor at open (0: no such list). */
static int check_list_keys(const lint_ctx *c, size_t open, const char *const *keys, const char *what)
{
    int problems = 0;
    if (!open) return 0;
    for (size_t j = open + 1, end = skip_group(c->t, open); j + 1 < end; j++) {
        if (!is_punct(tk(c, j), "{")) continue;
        problems += check_keys(c, j, keys, what);
        j = skip_group(c->t, j) - 1;
    }
    return problems;
}

/* The table the file returns (it holds `run =`), its caller, its rubric items, its system entries
 * and its ticket fields. */
static int check_scenario_keys(const lint_ctx *c)
{
    int problems = 0;
    for (size_t i = 0; i + 1 < c->t->n; i++) {
        if (!is_name(tk(c, i), "return") || !is_punct(tk(c, i + 1), "{")) continue;
        size_t open = i + 1, close = skip_group(c->t, open);
        size_t run = 0, caller = 0, rubric = 0, system = 0, ticket = 0;
        for (size_t j = open + 1; j + 2 < close; j++) {
            if (is_punct(tk(c, j - 1), "{") || is_punct(tk(c, j - 1), ",")) {
                if (is_name(tk(c, j), "run") && is_punct(tk(c, j + 1), "=")) run = j;
                if (is_name(tk(c, j), "caller") && is_punct(tk(c, j + 1), "=") && is_punct(tk(c, j + 2), "{")) caller = j + 2;
                if (is_name(tk(c, j), "rubric") && is_punct(tk(c, j + 1), "=") && is_punct(tk(c, j + 2), "{")) rubric = j + 2;
                if (is_name(tk(c, j), "system") && is_punct(tk(c, j + 1), "=") && is_punct(tk(c, j + 2), "{")) system = j + 2;
                if (is_name(tk(c, j), "ticket") && is_punct(tk(c, j + 1), "=") && is_punct(tk(c, j + 2), "{")) ticket = j + 2;
            }
            const token *x = tk(c, j);
            if (x->kind == T_PUNCT && (*x->s == '(' || *x->s == '{' || *x->s == '[')) j = skip_group(c->t, j) - 1;
        }
        if (!run) continue;
        problems += check_keys(c, open, SCENARIO_KEYS, "the scenario's table");
        if (caller) problems += check_keys(c, caller, CALLER_KEYS, "caller = {...}");
        problems += check_list_keys(c, rubric, ITEM_KEYS, "a rubric item");
        problems += check_list_keys(c, system, SYSTEM_KEYS, "a system entry");
        problems += check_list_keys(c, ticket, TICKET_KEYS, "a ticket field");
    }
    return problems;
}

/* Arguments of the call whose "(" is at open (a string or table call counts one). */
static int call_nargs(const lint_ctx *c, size_t open)
{
    if (tk(c, open)->kind == T_STRING || is_punct(tk(c, open), "{")) return 1;
    if (!is_punct(tk(c, open), "(")) return -1;
    if (is_punct(tk(c, open + 1), ")")) return 0;
    int n = 1;
    while (call_arg(c, open, n + 1)) n++;
    return n;
}

/* score.award(item, points, reason) and the like, called with too few arguments. */
static int check_arity(const lint_ctx *c, size_t i, const char *lib)
{
    static const struct { const char *lib, *fn, *sig; int need; } sigs[] = {
        { "score", "award", "(item, points, reason)", 3 }, { "score", "deduct", "(item, points, reason)", 3 },
        { "score", "note", "(item, reason)", 2 },          { "score", "fail", "(reason, clause)", 2 },
        { "score", "tells", "(item, reply, entry)", 3 },
        { "call", "dictate", "(field, value)", 2 },        { "call", "say", "(text)", 1 },
    };
    for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++) {
        if (strcmp(lib, sigs[k].lib) != 0 || !is_name(tk(c, i + 2), sigs[k].fn)) continue;
        int n = call_nargs(c, i + 3);
        if (n < 0 || n >= sigs[k].need || is_punct(tk(c, call_arg(c, i + 3, n ? n : 1)), "...")) return 0;
        cs_lint_at(c->path, tk(c, i)->line, "%s.%s needs %s: %d argument(s) given", lib, sigs[k].fn, sigs[k].sig, n);
        return 1;
    }
    return 0;
}

/* --- argument types ------------------------------------------------------------------------------ */

/* What each API function takes, one letter per argument: s string, n number, t table, x string or
 * table; upper case when it may be left out. The same types scenario_api.c refuses at run time
 * (strict_string, strict_number, luaL_checktype), so a slip in a branch no play-through reaches
 * (call.say(42)) is named before a trainee meets it. */
static const struct { const char *lib, *fn, *args; } ARG_TYPES[] = {
    { "call", "say", "sT" },        { "call", "dictate", "ssT" },   { "call", "silence", "n" },
    { "call", "wait", "T" },        { "call", "reply", "T" },       { "call", "choose", "t" },
    { "call", "hangup", "S" },      { "call", "mood", "N" },        { "call", "hint", "s" },
    { "call", "reveal", "s" },      { "call", "system", "ssT" },    { "call", "pick", "t" },
    { "call", "more", "tNS" },      { "call", "says", "ts" },       { "call", "mentions", "xt" },
    { "call", "retaliates", "tT" }, { "call", "promises", "tt" },   { "call", "other_amount", "xt" }, { "call", "reads_back", "tx" },
    { "call", "in_english", "t" },  { "call", "gives_number", "tN" }, { "call", "checks_back", "t" },
    { "call", "asserts", "tt" },    { "call", "asks", "tt" },       { "call", "tells", "ts" },
    { "call", "promises_contact", "t" }, /* calls17 */
    { "call", "change_reversed", "xnn" }, /* fix17c */
    { "call", "names_caller", "t" }, /* fix21c */
    { "call", "wishes", "tt" }, /* fin21c */
    { "call", "chats", "t" }, /* calls30 */
    { "call", "ends_call", "t" }, /* tidy32 */
    { "score", "award", "snsS" },   { "score", "deduct", "snsS" },  { "score", "note", "ssS" },
    { "score", "fail", "ss" },      { "score", "tells", "stxT" },
    { "phrase", "match", "ss" },    { "phrase", "standard", "s" },
};

/* The Lua type of the argument starting at token a when it is a literal standing alone (a string,
 * a number, true/false, nil, a table constructor), else NULL (a name or expression: known only at
 * run time). */
static const char *literal_type(const lint_ctx *c, size_t a)
{
    const token *k = tk(c, a);
    size_t after = a + 1;
    const char *type = NULL;
    int ok;
    if (k->kind == T_STRING) type = "string";
    else if (is_name(k, "true") || is_name(k, "false")) type = "boolean";
    else if (is_name(k, "nil")) type = "nil";
    else if (is_punct(k, "{")) { type = "table"; after = skip_group(c->t, a); }
    else if ((number_at(c, a, &ok), ok)) return "number";
    const token *n = tk(c, after);
    return type && (is_punct(n, ",") || is_punct(n, ")")) ? type : NULL;
}

static int type_fits(char want, const char *got)
{
    int opt = want >= 'A' && want <= 'Z';
    if (opt && strcmp(got, "nil") == 0) return 1;
    switch (want | 0x20) {
    case 's': return strcmp(got, "string") == 0;
    case 'n': return strcmp(got, "number") == 0;
    case 't': return strcmp(got, "table") == 0;
    case 'x': return strcmp(got, "string") == 0 || strcmp(got, "table") == 0;
    default: return 1;
    }
}

static const char *type_name(char want)
{
    switch (want | 0x20) {
    case 's': return "string";
    case 'n': return "number";
    case 't': return "table";
    default: return "string or table";
    }
}

/* call.say(42), score.award("info", "50", ...): a literal of the wrong type, named as Lua names it at
 * run time ("bad argument #1 to 'call.say' (string expected, got number)"). One finding per call. */
static int check_arg_types(const lint_ctx *c, size_t i, const char *lib)
{
    const token *fn = tk(c, i + 2);
    size_t open = i + 3;
    if (!is_punct(tk(c, open), "(")) return 0;
    for (size_t k = 0; k < sizeof ARG_TYPES / sizeof ARG_TYPES[0]; k++) {
        if (strcmp(lib, ARG_TYPES[k].lib) != 0 || !is_name(fn, ARG_TYPES[k].fn)) continue;
        for (int n = 1; ARG_TYPES[k].args[n - 1]; n++) {
            size_t a = call_arg(c, open, n);
            const char *got = a ? literal_type(c, a) : NULL;
            char want = ARG_TYPES[k].args[n - 1];
            if (!got || type_fits(want, got)) continue;
            const char *remedy = (want | 0x20) == 's' && strcmp(got, "number") == 0
                                   ? "write it in quotes, as text"
                               : (want | 0x20) == 'n' && strcmp(got, "string") == 0
                                   ? "write the number without quotes"
                                   : "see docs/scenarios.md for what it takes";
            cs_lint_at(c->path, tk(c, a)->line, "bad argument #%d to '%s.%s' (%s expected, got %s): %s (the call "
                       "stops with this error when the line runs)", n, lib, ARG_TYPES[k].fn, type_name(want), got, remedy);
            return 1;
        }
        return 0;
    }
    return 0;
}

/* --- reply kinds and method calls --------------------------------------------------------------- */

/* r.kind == "hangpu": the kinds a reply can have (engine.c's input kinds and the wait's timeout). */
static int check_kind(const lint_ctx *c, size_t i)
{
    static const char *const kinds[] = { "answer", "text", "choice", "hold", "unhold", "transfer", "escalate",
                                         "ticket", "hangup", "timeout", NULL };
    if (!is_punct(tk(c, i - 1), ".") || !(is_punct(tk(c, i + 1), "==") || is_punct(tk(c, i + 1), "~=")) ||
        !plain_string(c, i + 2))
        return 0;
    char kind[64];
    tok_str(tk(c, i + 2), kind, sizeof kind);
    for (const char *const *k = kinds; *k; k++)
        if (strcmp(kind, *k) == 0) return 0;
    cs_lint_at(c->path, tk(c, i)->line,
               "a reply's kind is never '%s', so this comparison is always %s: use one of text, choice, "
               "timeout, hangup, transfer, escalate, ticket, hold, unhold", kind,
               is_punct(tk(c, i + 1), "==") ? "false" : "true");
    return 1;
}

/* --- transfer and escalation targets ------------------------------------------------------------ */

/* A name that holds a reply's target: `local to = r.target` (or `r.target or ""`). */
static int target_alias(const lint_ctx *c, const token *name)
{
    for (size_t j = 1; j + 4 < c->t->n; j++) {
        const token *x = tk(c, j);
        if (x->kind != T_NAME || x->n != name->n || memcmp(x->s, name->s, x->n) != 0 || is_punct(tk(c, j - 1), "."))
            continue;
        if (!is_punct(tk(c, j + 1), "=") || tk(c, j + 2)->kind != T_NAME || !is_punct(tk(c, j + 3), ".") ||
            !is_name(tk(c, j + 4), "target"))
            continue;
        const token *after = tk(c, j + 5);
        if (is_punct(after, ".") || is_punct(after, "[") || is_punct(after, "(") || is_punct(after, ":")) continue;
        return 1;
    }
    return 0;
}

/* Whether the operand ending at i (left of an operator) is a reply's target: X.target, or a name
 * holding one. */
static int target_before(const lint_ctx *c, size_t i)
{
    if (i < 2) return 0;
    if (is_name(tk(c, i), "target") && is_punct(tk(c, i - 1), ".") && tk(c, i - 2)->kind == T_NAME) return 1;
    return tk(c, i)->kind == T_NAME && !is_punct(tk(c, i - 1), ".") && target_alias(c, tk(c, i));
}

/* Whether the operand starting at i (right of an operator) is a reply's target, standing alone. */
static int target_after(const lint_ctx *c, size_t i)
{
    if (tk(c, i)->kind != T_NAME) return 0;
    size_t end = is_punct(tk(c, i + 1), ".") && is_name(tk(c, i + 2), "target") ? i + 3 : i + 1;
    const token *after = tk(c, end);
    if (is_punct(after, ".") || is_punct(after, "[") || is_punct(after, "(") || is_punct(after, ":")) return 0;
    return end == i + 3 || target_alias(c, tk(c, i));
}

static void target_list(char *buf, size_t cap, const char *what, const char *const *v, size_t n)
{
    size_t used = strlen(buf);
    int w = snprintf(buf + used, cap - used, "%s%s: ", used ? "; " : "", what);
    if (w < 0 || used + (size_t)w >= cap) return;
    used += (size_t)w;
    for (size_t k = 0; k < n; k++) {
        w = snprintf(buf + used, cap - used, "%s%s", k ? "、" : "", v[k]);
        if (w < 0 || used + (size_t)w >= cap) return;
        used += (size_t)w;
    }
}

/* r.target == "英语坐席" (or ~=, either way round, or through `local to = r.target`): a target the
 * dialogs never offer, so the comparison never holds and its branch never runs. */
static int check_target_compare(const lint_ctx *c, size_t i)
{
    const cs_lint_known *k = c->k;
    if (!k->n_transfer && !k->n_escalate) return 0;
    const token *op = tk(c, i);
    if (!is_punct(op, "==") && !is_punct(op, "~=")) return 0;
    size_t lit;
    if (i >= 1 && plain_string(c, i + 1) && target_before(c, i - 1)) lit = i + 1;
    else if (i >= 1 && plain_string(c, i - 1) && target_after(c, i + 1)) lit = i - 1;
    else return 0;
    char name[200];
    const token *s = tk(c, lit);
    if (s->n >= sizeof name || s->n == 0) return 0; /* r.target ~= "": whether there is one at all */
    tok_str(s, name, sizeof name);
    const char *near = NULL;
    size_t best = (size_t)-1;
    const char *const *lists[2] = { k->transfer_targets, k->escalate_targets };
    size_t counts[2] = { k->n_transfer, k->n_escalate };
    for (int l = 0; l < 2; l++)
        for (size_t j = 0; j < counts[l]; j++) {
            if (strcmp(lists[l][j], name) == 0) return 0;
            size_t d = cs_lint_distance(lists[l][j], strlen(lists[l][j]), name, strlen(name));
            if (d < best) { best = d; near = lists[l][j]; }
        }
    char offered[600] = "", hint[240] = "";
    target_list(offered, sizeof offered, "targets.transfer", k->transfer_targets, k->n_transfer);
    target_list(offered, sizeof offered, "targets.escalate", k->escalate_targets, k->n_escalate);
    /* a character or two off (UTF-8: up to 3 bytes each) is a misspelling */
    if (near && best <= 6) snprintf(hint, sizeof hint, ": did you mean '%s'?", near);
    cs_lint_at(c->path, s->line,
               "the target '%s' compared here is not one the transfer or escalation dialog offers (%s), so the "
               "comparison is always %s%s (use a declared name, or add it to targets = {...})", name, offered,
               is_punct(op, "==") ? "false" : "true", hint);
    return 1;
}

/* call:say(...) passes the library itself as the first argument. */
static int check_colon(const lint_ctx *c, size_t i)
{
    for (const char *const *l = LIBS; *l; l++)
        if (is_name(tk(c, i), *l) && is_punct(tk(c, i + 1), ":") && tk(c, i + 2)->kind == T_NAME &&
            (i == 0 || !is_punct(tk(c, i - 1), "."))) {
            cs_lint_at(c->path, tk(c, i)->line,
                       "%s:%.*s(...) passes the %s library as the first argument: write %s.%.*s(...)", *l,
                       (int)tk(c, i + 2)->n, tk(c, i + 2)->s, *l, *l, (int)tk(c, i + 2)->n,
                       tk(c, i + 2)->s);
            return 1;
        }
    return 0;
}

/* --- the scenario's own functions that take a phrase category ------------------------------------ */

/* A parameter used where a category goes (expect = p, cat = p, phrase.match(p, ..), call.says(x, p)). */
static int param_is_category(const lint_ctx *c, size_t body, size_t end, const token *p)
{
    for (size_t j = body; j < end; j++) {
        const token *x = tk(c, j);
        if (x->kind != T_NAME || x->n != p->n || memcmp(x->s, p->s, p->n) != 0) continue;
        const token *b = tk(c, j - 1), *k = tk(c, j - 2);
        if (is_punct(b, "=") && (is_name(k, "expect") || is_name(k, "cat") || is_name(k, "category"))) return 1;
        if (is_punct(b, "(") && is_punct(tk(c, j - 3), ".") && is_name(tk(c, j - 4), "phrase")) return 1;
        if (is_punct(b, ",") && j >= 4 && is_punct(tk(c, j - 3), "(") && is_name(tk(c, j - 4), "says")) return 1;
    }
    return 0;
}

/* Calls NAME("literal", ...) of a scenario function whose parameter k is a category: check the literal. */
static int check_category_args(const lint_ctx *c, const token *name, int k)
{
    int problems = 0;
    for (size_t j = 0; j + 1 < c->t->n; j++) {
        const token *x = tk(c, j);
        if (x->kind != T_NAME || x->n != name->n || memcmp(x->s, name->s, x->n) != 0) continue;
        if (is_punct(tk(c, j - 1), ".") || is_name(tk(c, j - 1), "function") || !is_punct(tk(c, j + 1), "(")) continue;
        size_t a = call_arg(c, j + 1, k + 1);
        if (a && tk(c, a)->kind == T_STRING) problems += check_category(c, a);
    }
    return problems;
}

static int check_own_functions(const lint_ctx *c)
{
    int problems = 0;
    for (size_t i = 0; i + 2 < c->t->n; i++) {
        if (!is_name(tk(c, i), "function")) continue;
        const token *name = NULL;
        size_t j = i + 1;
        if (tk(c, j)->kind == T_NAME) name = tk(c, j++);
        else if (i >= 2 && is_punct(tk(c, i - 1), "=") && tk(c, i - 2)->kind == T_NAME) name = tk(c, i - 2);
        if (!name || !is_punct(tk(c, j), "(")) continue;
        size_t close = skip_group(c->t, j), end = skip_block(c->t, i);
        int k = 0;
        for (size_t p = j + 1; p + 1 < close; p++) {
            if (tk(c, p)->kind != T_NAME) continue;
            if (param_is_category(c, close, end, tk(c, p))) problems += check_category_args(c, name, k);
            k++;
        }
    }
    return problems;
}

/* --- the walk ----------------------------------------------------------------------------------- */

static int check_keyed_number(const lint_ctx *c, size_t i)
{
    const token *k = tk(c, i);
    if (!is_name(k, "timeout") || !is_punct(tk(c, i + 1), "=") || is_punct(tk(c, i - 1), ".")) return 0;
    return check_seconds(c, i + 2, "timeout =");
}

static int check_keyed_string(const lint_ctx *c, size_t i)
{
    const token *k = tk(c, i);
    if (k->kind != T_NAME || !is_punct(tk(c, i + 1), "=")) return 0;
    if (tk(c, i + 2)->kind != T_STRING) return check_keyed_number(c, i);
    if (is_punct(tk(c, i - 1), ".")) return 0;
    if (is_name(k, "voice")) return check_voice(c, i + 2);
    if (is_name(k, "expect") || is_name(k, "cat") || is_name(k, "category") || is_name(k, "closing"))
        return check_category(c, i + 2);
    if (is_name(k, "rule")) return check_rule(c, i + 2);
    if (is_name(k, "item")) return check_rubric_id(c, i + 2, "item =");
    return 0;
}

/* phrase.match(text, "opening") / call.says("opening", r): a category literal where the other
 * argument goes, and no literal where the category goes — the arguments are swapped. */
static int check_swapped(const lint_ctx *c, size_t i, size_t cat_arg, size_t other_arg, const char *sig)
{
    char s[64];
    if (!cat_arg || !other_arg || !plain_string(c, other_arg) || tk(c, cat_arg)->kind == T_STRING) return 0;
    const token *o = tk(c, other_arg);
    if (o->n >= sizeof s) return 0;
    tok_str(o, s, sizeof s);
    if (!cs_bank_has_category(c->k->bank, s)) return 0;
    cs_lint_at(c->path, tk(c, i)->line, "the arguments look swapped: '%s' is a phrase category, and %s takes %s", s,
               sig, sig);
    return 1;
}

/* Checks of a `LIB . NAME` use at i: the name itself, then its arguments. */
static int check_lib_use(const lint_ctx *c, size_t i, const char *lib)
{
    int problems = check_api(c, i, lib);
    const token *fn = tk(c, i + 2);
    size_t open = i + 3, a;
    if (strcmp(lib, "phrase") == 0 && (tok_is(fn, T_NAME, "match") || tok_is(fn, T_NAME, "standard")) &&
        (a = call_arg(c, open, 1)))
        problems += check_category(c, a);
    if (strcmp(lib, "phrase") == 0 && tok_is(fn, T_NAME, "match"))
        problems += check_swapped(c, i, call_arg(c, open, 1), call_arg(c, open, 2), "phrase.match(category, text)");
    if (strcmp(lib, "call") == 0 && tok_is(fn, T_NAME, "says"))
        problems += check_swapped(c, i, call_arg(c, open, 2), call_arg(c, open, 1), "call.says(reply, category)");
    if (strcmp(lib, "call") == 0 && tok_is(fn, T_NAME, "says") && (a = call_arg(c, open, 2)))
        problems += check_category(c, a);
    if (strcmp(lib, "score") == 0 && (tok_is(fn, T_NAME, "award") || tok_is(fn, T_NAME, "deduct") ||
                                      tok_is(fn, T_NAME, "note") || tok_is(fn, T_NAME, "tells")) &&
        (a = call_arg(c, open, 1))) {
        char what[32];
        snprintf(what, sizeof what, "score.%.*s", (int)fn->n, fn->s);
        problems += check_rubric_id(c, a, what);
        if (!tok_is(fn, T_NAME, "note") && !tok_is(fn, T_NAME, "tells")) problems += check_points(c, open, what);
    }
    if (strcmp(lib, "call") == 0 && tok_is(fn, T_NAME, "silence") && (a = call_arg(c, open, 1)))
        problems += check_seconds(c, a, "call.silence");
    if (strcmp(lib, "call") == 0 && tok_is(fn, T_NAME, "dictate")) problems += check_dictate_field(c, open);
    if (strcmp(lib, "call") == 0 && tok_is(fn, T_NAME, "choose")) problems += check_choose(c, i);
    problems += check_arity(c, i, lib);
    /* a literal of the wrong type, unless this use was already named (swapped arguments say more) */
    if (!problems) problems += check_arg_types(c, i, lib);
    size_t opts = strcmp(lib, "call") == 0 ? table_arg(c, i + 2) : 0;
    char what[48];
    snprintf(what, sizeof what, "call.%.*s's options", (int)fn->n, fn->s);
    if (opts && (tok_is(fn, T_NAME, "wait") || tok_is(fn, T_NAME, "reply") || tok_is(fn, T_NAME, "choose")))
        problems += check_keys(c, opts, WAIT_KEYS, what);
    if (opts && (tok_is(fn, T_NAME, "say") || tok_is(fn, T_NAME, "dictate") || tok_is(fn, T_NAME, "speaker")))
        problems += check_keys(c, opts, VOICE_KEYS, what);
    if (strcmp(lib, "call") == 0 && tok_is(fn, T_NAME, "hangup"))
        problems += check_ender_call(c, i, open, "call.hangup()", "hangup ends the script");
    return problems;
}

static int check_token(const lint_ctx *c, size_t i)
{
    const token *k = tk(c, i);
    const char *lib = lib_at(c, i);
    if (lib) return check_lib_use(c, i, lib);
    if (is_punct(k, "{")) return check_correct(c, i);
    if (is_name(k, "kind")) return check_kind(c, i);
    if (check_target_compare(c, i)) return 1;
    if (check_colon(c, i)) return 1;
    if (is_name(k, "return")) return check_return(c, i);
    if (is_name(k, "break") || is_name(k, "goto")) return check_jump(c, i);
    if (is_name(k, "while") || is_name(k, "repeat")) return check_endless(c, i);
    if (is_name(k, "local")) return check_local(c, i);
    if (is_name(k, "error") && !is_punct(tk(c, i - 1), ".") && !is_punct(tk(c, i - 1), ":"))
        return check_ender_call(c, i, i + 1, "error()", "error() stops the script");
    return check_keyed_string(c, i);
}

/* Bytes that are not UTF-8 (a file saved as GBK, or cut mid-character): Lua reads them, and the
 * engine refuses a string holding them only when that line runs; a comment or a branch no play
 * reaches would keep them. The first such line is named, with how many more. */
static int check_encoding(const char *path, const char *src, size_t len)
{
    int first = 0, more = 0, line = 1;
    for (size_t i = 0; i < len; line++) {
        const char *nl = memchr(src + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - src) : len;
        if (!cs_utf8_valid(src + i, end - i)) {
            if (!first) first = line;
            else more++;
        }
        i = end + 1;
    }
    if (!first) return 0;
    char also[48] = "";
    if (more) snprintf(also, sizeof also, " (and %d more line%s)", more, more > 1 ? "s" : "");
    return cs_lint_at(path, first, "the file is not valid UTF-8 on this line%s: save it as UTF-8 "
                      "(a file saved as GBK or ANSI shows Chinese as garbage)", also);
}

/* Strings one or two letters from id (score.award("infor", ...) for 'info'): check_rubric_id
 * already names that line, and the item is scored there once the spelling is mended. */
static size_t misspelt_near(const lint_ctx *c, const char *id)
{
    size_t n = strlen(id), near = 0;
    char s[96];
    for (size_t i = 0; i < c->t->n; i++) {
        const token *k = tk(c, i);
        if (k->kind != T_STRING || k->n + 2 < n || k->n > n + 2 || k->n >= sizeof s) continue;
        tok_str(k, s, sizeof s);
        if (strcmp(s, id) != 0 && edit_distance(s, id) <= 2) near++;
    }
    return near;
}

/* Whether a scoring call (score.award, score.deduct, call.rude_credit, call.step_credit) or an
 * `item = ...` field names its item by something other than a plain string literal ("step" .. i, a
 * key of a table walked with pairs, a variable): the items it scores cannot be read from the source. */
static int scores_computed_item(const lint_ctx *c)
{
    static const char *const fns[][2] = { { "score", "award" }, { "score", "deduct" },
                                          { "call", "rude_credit" }, { "call", "step_credit" } };
    for (size_t i = 0; i + 3 < c->t->n; i++) {
        if (is_name(tk(c, i), "item") && is_punct(tk(c, i + 1), "=") && !plain_string(c, i + 2)) return 1;
        for (size_t f = 0; f < sizeof fns / sizeof fns[0]; f++) {
            if (!is_name(tk(c, i), fns[f][0]) || !is_punct(tk(c, i + 1), ".") || !is_name(tk(c, i + 2), fns[f][1]))
                continue;
            size_t a = call_arg(c, i + 3, 1);
            if (!a || !plain_string(c, a)) return 1;
        }
    }
    return 0;
}

/* A rubric item without a rule is scored by the script alone (score.award, score.deduct,
 * call.rude_credit, item = ...), all of which name it. One the script never names again (only its
 * own id = "..." in the rubric) gives every trainee 0 for it, "通话中未体现", whatever was said:
 * the trainer forgot to score it or misspelt the id where it is scored (check_rubric_id catches a
 * misspelling only where the name is used as an item). Silent where some item is named by a
 * computed value (scores_computed_item): then any item may be scored there, and a false finding
 * would send the trainer hunting a fault that is not there. */
static int check_unscored(const lint_ctx *c)
{
    const cs_rubric *r = c->k->rubric;
    if (!r || scores_computed_item(c)) return 0;
    int problems = 0;
    for (size_t j = 0; j < r->n; j++) {
        const cs_rubric_item *it = &r->items[j];
        if (it->rule || !it->id) continue;
        size_t n = strlen(it->id), named = 0;
        int line = 0;
        for (size_t i = 2; i < c->t->n; i++) {
            const token *k = tk(c, i);
            if (k->kind != T_STRING || k->n != n || memcmp(k->s, it->id, n) != 0) continue;
            if (is_name(tk(c, i - 2), "id") && is_punct(tk(c, i - 1), "=")) { if (!line) line = k->line; }
            else named++;
        }
        if (!named) named = misspelt_near(c, it->id);
        if (named) continue;
        cs_lint_at(c->path, line, "rubric item '%s' has no rule and the script never scores it (no score.award, "
                   "score.deduct or call.rude_credit names it): every trainee gets 0 for it; score it in run, or give "
                   "it a rule", it->id);
        problems++;
    }
    return problems;
}

int cs_lint_source(const char *path, const char *src, size_t len, const cs_lint_known *known)
{
    int encoding = check_encoding(path, src, len);
    tokens t = { 0 };
    if (cs_lint_tokenize(src, len, &t) != 0) {
        free(t.v);
        printf("%s: out of memory reading the source\n", path);
        return 1;
    }
    lint_ctx c = { .path = path, .t = &t, .k = known };
    collect_libs(&c);
    collect_defined(&c);
    int problems = 0;
    for (size_t i = 0; i + 1 < t.n; i++) problems += check_token(&c, i);
    problems += check_own_functions(&c);
    problems += check_scenario_keys(&c);
    problems += check_unscored(&c);
    problems += cs_lint_names(path, &t, known);
    problems += cs_lint_reply_text(path, &t);
    problems += encoding;
    free_defined(&c);
    free(t.v);
    return problems;
}

int cs_lint_field_line(const char *src, size_t len, const char *name)
{
    tokens t = { 0 };
    int line = 0;
    if (cs_lint_tokenize(src, len, &t) == 0)
        for (size_t i = 0; i + 2 < t.n && !line; i++)
            if (tok_is(&t.v[i], T_NAME, name) && tok_is(&t.v[i + 1], T_PUNCT, "=") &&
                (i == 0 || !tok_is(&t.v[i - 1], T_PUNCT, ".")))
                line = t.v[i].line;
    free(t.v);
    return line;
}

int cs_lint_run_line(const char *src, size_t len)
{
    return cs_lint_field_line(src, len, "run");
}

int cs_lint_string_line(const char *src, size_t len, const char *s)
{
    tokens t = { 0 };
    int line = 0;
    size_t n = strlen(s);
    if (cs_lint_tokenize(src, len, &t) == 0)
        for (size_t i = 0; i < t.n && !line; i++)
            if (t.v[i].kind == T_STRING && t.v[i].n == n && memcmp(t.v[i].s, s, n) == 0) line = t.v[i].line;
    free(t.v);
    return line;
}

int cs_lint_return_before(const char *src, size_t len, int line)
{
    tokens t = { 0 };
    int found = 0;
    if (cs_lint_tokenize(src, len, &t) == 0)
        for (size_t i = 0; i + 1 < t.n; i++) {
            if (!tok_is(&t.v[i], T_NAME, "return")) continue;
            size_t j = expr_end(&t, i + 1);
            if (j < t.n && t.v[j].line == line && t.v[j].kind == T_NAME &&
                !tok_is(&t.v[j], T_NAME, "end") && !tok_is(&t.v[j], T_NAME, "else") &&
                !tok_is(&t.v[j], T_NAME, "elseif") && !tok_is(&t.v[j], T_NAME, "until"))
                found = t.v[i].line;
        }
    free(t.v);
    return found;
}
