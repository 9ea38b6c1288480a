/* `callsim explore SCENARIO.lua`: plays a scenario automatically along its branches, so a trainer
 * finds the holes a replies file does not: a script error on some path (dead end), a path that runs
 * to the 30-minute cap, and the best and worst reachable scores with the path to each.
 *
 * The engine is deterministic for a seed, so a branch is just a list of decisions replayed from the
 * start: each run plays the decisions of its prefix at the first waits, and when it reaches a new
 * wait within --depth it stops and the explorer tries every option there (each choice, the
 * expected phrase, another reply, silence, hang-up; with --actions also hold/unhold, ticket,
 * escalate, transfer; with --say extra texts). Past --depth a fixed policy plays on to the end (the
 * expected phrase, else choice 1, else silence), so every branch is a complete call. --max-runs
 * bounds the work; what the budget cut off is reported. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "engine.h"
#include "paths.h"
#include "phrase_bank.h"

static const char usage[] =
    "usage: callsim explore SCENARIO.lua [--depth N] [--max-runs N] [--seed N] [--actions] [--say TEXT]...\n"
    "  Plays SCENARIO along every branch: at each wait (up to --depth, default 4) each choice, the\n"
    "  expected phrase, another reply, silence and a hang-up (--actions: also hold/unhold, ticket,\n"
    "  escalate, transfer; --say: your own texts); past the depth, a fixed policy plays to the end.\n"
    "  Reports branches, best and worst scores with their paths, dead ends (script errors) and\n"
    "  time-outs (calls that reach the 30-minute cap). --max-runs (default 3000) bounds the work.\n"
    "  Exit: 0 no dead end or time-out, 1 problems found, 2 bad usage or a scenario that does not load.\n";

#define MAX_STEPS 400        /* decisions in one run before it counts as runaway */
#define EXPLORE_LUA_S 3.0    /* seconds of the scenario's Lua over all runs (one call's budget) */
#define MAX_SAYS 8
#define OTHER_TEXT "嗯，好的。"

typedef enum { D_CHOICE, D_MATCH, D_OTHER, D_SILENT, D_HANGUP, D_HOLD, D_UNHOLD, D_TICKET,
               D_ESCALATE, D_TRANSFER, D_SAY } dkind;

typedef struct {
    unsigned char kind, arg; /* arg: choice number or --say index */
    char label[48];          /* for the report: "#2", "match:opening", "silence" ... */
} decision;

typedef struct {
    decision *v;
    size_t n, cap;
} path;

typedef struct {
    const cs_phrase_bank *bank;
    const char *scenario;
    uint64_t seed;
    int depth, actions, n_says;
    long max_runs, runs, truncated;
    const char *says[MAX_SAYS];
    /* results */
    long leaves, dead, capped;
    int runaway;             /* a run reached a budget: stop, every branch would spend it again */
    double lua_s;            /* seconds of Lua over all runs; past EXPLORE_LUA_S exploring stops */
    double best, worst;
    int worst_failed;
    path best_path, worst_path, dead_path, capped_path;
    char dead_msg[600];
} explorer;

static int path_push(path *p, const decision *d)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        decision *g = realloc(p->v, cap * sizeof *g);
        if (!g) return -1;
        p->v = g;
        p->cap = cap;
    }
    p->v[p->n++] = *d;
    return 0;
}

static int path_copy(path *dst, const path *src)
{
    dst->n = 0;
    for (size_t i = 0; i < src->n; i++)
        if (path_push(dst, &src->v[i])) return -1;
    return 0;
}

static decision make(dkind k, int arg, const char *label)
{
    decision d = { (unsigned char)k, (unsigned char)arg, "" };
    snprintf(d.label, sizeof d.label, "%s", label);
    return d;
}

/* --- one run ----------------------------------------------------------------------------------- */

/* "field=value ..." from what the caller dictated so far, plus a description: a complete ticket. */
static char *ticket_text(const cs_engine *e)
{
    const cs_call_log *log = cs_engine_log(e);
    size_t len = 64;
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == CS_EV_DICTATE && log->ev[i].arg && log->ev[i].text)
            len += strlen(log->ev[i].arg) + strlen(log->ev[i].text) + 2;
    char *s = malloc(len);
    if (!s) return NULL;
    s[0] = '\0';
    for (size_t i = 0; i < log->n; i++) {
        const cs_event *ev = &log->ev[i];
        if (ev->kind != CS_EV_DICTATE || !ev->arg || !ev->text) continue;
        strcat(s, ev->arg);
        strcat(s, "=");
        strcat(s, ev->text);
        strcat(s, " ");
    }
    strcat(s, "内容=客户来电，已详细记录");
    return s;
}

/* The options at a wait, in the order they are explored. */
static size_t options_at(const explorer *x, const cs_engine *e, decision *out, size_t max)
{
    size_t n = 0;
    char label[48];
    if (cs_engine_on_hold(e)) {
        out[n++] = make(D_UNHOLD, 0, "/unhold");
        out[n++] = make(D_SILENT, 0, "silence");
        out[n++] = make(D_HANGUP, 0, "/hangup");
        return n;
    }
    const char *const *opts;
    size_t nc = cs_engine_choices(e, &opts);
    for (size_t i = 0; i < nc && n < max; i++) {
        snprintf(label, sizeof label, "#%zu", i + 1);
        out[n++] = make(D_CHOICE, (int)i + 1, label);
    }
    const char *expect = cs_engine_expect(e);
    if (expect) {
        snprintf(label, sizeof label, "match:%s", expect);
        out[n++] = make(D_MATCH, 0, label);
    }
    out[n++] = make(D_OTHER, 0, "other-reply");
    out[n++] = make(D_SILENT, 0, "silence");
    out[n++] = make(D_HANGUP, 0, "/hangup");
    if (x->actions) {
        out[n++] = make(D_HOLD, 0, "/hold");
        out[n++] = make(D_TICKET, 0, "/ticket");
        out[n++] = make(D_ESCALATE, 0, "/escalate");
        out[n++] = make(D_TRANSFER, 0, "/transfer");
    }
    for (int i = 0; i < x->n_says && n < max; i++) {
        snprintf(label, sizeof label, "say:%d", i + 1);
        out[n++] = make(D_SAY, i, label);
    }
    return n;
}

/* Past the depth: the expected phrase, else the first choice, else silence (on hold: unhold). */
static decision policy(const cs_engine *e)
{
    char label[48];
    const char *const *opts;
    if (cs_engine_on_hold(e)) return make(D_UNHOLD, 0, "/unhold");
    if (cs_engine_expect(e)) {
        snprintf(label, sizeof label, "match:%s", cs_engine_expect(e));
        return make(D_MATCH, 0, label);
    }
    if (cs_engine_choices(e, &opts) > 0) return make(D_CHOICE, 1, "#1");
    return make(D_SILENT, 0, "silence");
}

static void apply(const explorer *x, cs_engine *e, const decision *d, int64_t t)
{
    cs_input in = { CS_IN_TEXT, NULL, 0, t, t };
    char *owned = NULL;
    switch ((dkind)d->kind) {
    case D_CHOICE: in.kind = CS_IN_CHOICE; in.choice = d->arg; break;
    case D_MATCH: in.text = cs_bank_category_standard(x->bank, cs_engine_expect(e)); break;
    case D_OTHER: in.text = OTHER_TEXT; break;
    case D_SAY: in.text = x->says[d->arg]; break;
    case D_HANGUP: in.kind = CS_IN_HANGUP; break;
    case D_HOLD: in.kind = CS_IN_HOLD; break;
    case D_UNHOLD: in.kind = CS_IN_UNHOLD; break;
    case D_ESCALATE: in.kind = CS_IN_ESCALATE; in.text = "专项处理组"; break;
    case D_TRANSFER: in.kind = CS_IN_TRANSFER; in.text = "相关部门"; break;
    case D_TICKET: in.kind = CS_IN_TICKET; in.text = owned = ticket_text(e); break;
    case D_SILENT: return;
    }
    if (in.kind == CS_IN_TEXT && !in.text) in.text = OTHER_TEXT;
    cs_engine_input(e, &in);
    free(owned);
}

typedef enum { RUN_LEAF, RUN_BRANCH, RUN_ERROR } run_end;

/* Plays prefix, then stops at the next new wait within the depth (RUN_BRANCH, options filled) or
 * plays on by the policy to the end (RUN_LEAF, e left ended for grading). `taken` gets every
 * decision made. */
static run_end replay(const explorer *x, cs_engine *e, const path *prefix, path *taken,
                      decision *opts, size_t *n_opts)
{
    const cs_call_log *log = cs_engine_log(e);
    size_t last_point = (size_t)-1, step = 0;
    int answered = 0;
    taken->n = 0;
    cs_engine_start(e, 0);
    while (cs_engine_phase(e) != CS_PHASE_ENDED) {
        int64_t now = cs_engine_now(e), wake = cs_engine_advance(e, now);
        if (cs_engine_phase(e) == CS_PHASE_ENDED) break;
        if (cs_engine_phase(e) == CS_PHASE_RINGING && !answered) {
            cs_input in = { CS_IN_ANSWER, NULL, 0, now + 2000 < wake ? now + 2000 : wake, -1 };
            answered = 1;
            cs_engine_input(e, &in);
            continue;
        }
        if (cs_engine_waiting(e) && log->n != last_point) {
            last_point = log->n;
            decision d;
            if (step < prefix->n) d = prefix->v[step];
            else if (step < (size_t)x->depth) { *n_opts = options_at(x, e, opts, 32); return RUN_BRANCH; }
            else d = policy(e);
            if (++step > MAX_STEPS) { cs_engine_abort(e, now, "explore: too many decisions in one call"); break; }
            if (path_push(taken, &d)) return RUN_ERROR;
            int64_t gap = (wake - now) / 2;
            apply(x, e, &d, now + (gap < 2000 ? gap : 2000));
            if (d.kind == D_SILENT) cs_engine_advance(e, wake);
            continue;
        }
        cs_engine_advance(e, wake);
    }
    return RUN_LEAF;
}

/* --- the search -------------------------------------------------------------------------------- */

static int ran_to_cap(const cs_engine *e)
{
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == CS_EV_NOTE && log->ev[i].text &&
            (strstr(log->ev[i].text, "30 minutes") || strstr(log->ev[i].text, "too many decisions")))
            return 1;
    return 0;
}

static void record_leaf(explorer *x, cs_engine *e, const path *taken)
{
    x->leaves++;
    if (cs_engine_script_error(e)) {
        if (x->dead++ == 0) {
            snprintf(x->dead_msg, sizeof x->dead_msg, "%s", cs_engine_script_error(e));
            path_copy(&x->dead_path, taken);
        }
        return;
    }
    if (ran_to_cap(e) && x->capped++ == 0) path_copy(&x->capped_path, taken);
    cs_grade g;
    if (cs_engine_grade(e, &g)) return;
    if (g.score > x->best) { x->best = g.score; path_copy(&x->best_path, taken); }
    if (g.score < x->worst || (g.score == x->worst && g.auto_failed && !x->worst_failed)) {
        x->worst = g.score;
        x->worst_failed = g.auto_failed;
        path_copy(&x->worst_path, taken);
    }
    cs_grade_free(&g);
}

/* Depth-first over the decisions; returns -1 on a setup error (message printed). */
static int explore(explorer *x, path *prefix)
{
    if (x->runs >= x->max_runs || x->runaway || x->lua_s > EXPLORE_LUA_S) { x->truncated++; return 0; }
    x->runs++;
    char err[1024] = "";
    cs_engine_config cfg = { .scenario_path = x->scenario, .seed = x->seed, .mode = CS_MODE_HEADLESS,
                             .bank = x->bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) { fprintf(stderr, "callsim explore: %s\n", err); return -1; }
    decision opts[32];
    size_t n_opts = 0;
    path taken = { 0 };
    run_end how = replay(x, e, prefix, &taken, opts, &n_opts);
    if (how == RUN_LEAF) record_leaf(x, e, &taken);
    x->lua_s += cs_engine_lua_seconds(e);
    if (cs_engine_runaway(e) && !x->runaway) {
        x->runaway = 1;
        if (how != RUN_LEAF && x->dead++ == 0) {
            /* the script caught the budget error (pcall) and went on: still a dead end */
            if (cs_engine_script_error(e)) snprintf(x->dead_msg, sizeof x->dead_msg, "%s", cs_engine_script_error(e));
            else snprintf(x->dead_msg, sizeof x->dead_msg, "%s: a run used up the scenario's memory or time "
                          "budget and went on after catching the error", x->scenario);
            path_copy(&x->dead_path, &taken);
        }
    }
    cs_engine_free(e);
    free(taken.v);
    if (how == RUN_ERROR) { fprintf(stderr, "callsim explore: out of memory\n"); return -1; }
    if (how == RUN_LEAF) return 0;
    for (size_t i = 0; i < n_opts; i++) {
        if (path_push(prefix, &opts[i])) return -1;
        int rc = explore(x, prefix);
        prefix->n--;
        if (rc) return rc;
    }
    return 0;
}

static void print_path(const char *what, const path *p)
{
    printf("  %s: answer", what);
    for (size_t i = 0; i < p->n; i++) printf(" → %s", p->v[i].label);
    printf("\n");
}

static void report(const explorer *x)
{
    printf("%s · seed %llu · depth %d%s · %ld run(s)\n", x->scenario, (unsigned long long)x->seed, x->depth,
           x->actions ? " · with actions" : "", x->runs);
    printf("branches: %ld complete call(s)", x->leaves);
    if (x->truncated && x->runaway)
        printf("; %ld branch(es) not explored: a run reached the scenario's time or memory budget", x->truncated);
    else if (x->truncated && x->lua_s > EXPLORE_LUA_S)
        printf("; %ld branch(es) not explored: the script ran %.1f s in all runs (at most %.0f s)",
               x->truncated, x->lua_s, EXPLORE_LUA_S);
    else if (x->truncated) printf("; %ld branch(es) not explored: --max-runs %ld reached", x->truncated, x->max_runs);
    printf("\n");
    if (x->leaves > x->dead) {
        printf("best score: %.1f\n", x->best);
        print_path("path", &x->best_path);
        printf("worst score: %.1f%s\n", x->worst, x->worst_failed ? " (auto-fail)" : "");
        print_path("path", &x->worst_path);
    }
    printf("dead ends (script errors): %ld\n", x->dead);
    if (x->dead) { printf("  first: %s\n", x->dead_msg); print_path("path", &x->dead_path); }
    printf("time-outs (30-minute cap): %ld\n", x->capped);
    if (x->capped) print_path("first", &x->capped_path);
}

static int parse_long(const char *opt, const char *v, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (!*v || *end || errno || n < lo || n > hi) {
        fprintf(stderr, "callsim explore: %s takes a number from %ld to %ld, not '%s'\n", opt, lo, hi, v);
        return -1;
    }
    *out = n;
    return 0;
}

static int parse_args(int argc, char **argv, explorer *x)
{
    long v;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) { fputs(usage, stdout); return 1; }
        if (strcmp(s, "--actions") == 0) { x->actions = 1; continue; }
        int takes = !strcmp(s, "--depth") || !strcmp(s, "--max-runs") || !strcmp(s, "--seed") || !strcmp(s, "--say");
        if (takes && i + 1 >= argc) { fprintf(stderr, "callsim explore: %s needs a value\n", s); return 2; }
        if (!strcmp(s, "--depth")) { if (parse_long(s, argv[++i], 0, 12, &v)) return 2; x->depth = (int)v; }
        else if (!strcmp(s, "--max-runs")) { if (parse_long(s, argv[++i], 1, 1000000, &x->max_runs)) return 2; }
        else if (!strcmp(s, "--seed")) { if (parse_long(s, argv[++i], 0, 2147483647L, &v)) return 2; x->seed = (uint64_t)v; }
        else if (!strcmp(s, "--say")) {
            if (x->n_says == MAX_SAYS) { fprintf(stderr, "callsim explore: at most %d --say texts\n", MAX_SAYS); return 2; }
            x->says[x->n_says++] = argv[++i];
        } else if (s[0] == '-') { fprintf(stderr, "callsim explore: unknown option %s (see --help)\n", s); return 2; }
        else if (x->scenario) { fprintf(stderr, "callsim explore: one scenario at a time (got %s and %s)\n", x->scenario, s); return 2; }
        else x->scenario = s;
    }
    if (!x->scenario) { fputs(usage, stderr); return 2; }
    return 0;
}

int cmd_explore(int argc, char **argv)
{
    explorer x = { .seed = 1, .depth = 4, .max_runs = 3000, .best = -1, .worst = 101 };
    int rc = parse_args(argc, argv, &x);
    if (rc) return rc == 1 ? 0 : rc;
    char err[1024] = "", dir[4096];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) { fprintf(stderr, "callsim explore: %s\n", err); return 2; }
    x.bank = bank;
    path prefix = { 0 };
    rc = explore(&x, &prefix);
    if (rc == 0) report(&x);
    free(prefix.v);
    free(x.best_path.v);
    free(x.worst_path.v);
    free(x.dead_path.v);
    free(x.capped_path.v);
    cs_bank_free(bank);
    if (rc) return 2;
    return x.dead || x.capped ? 1 : 0;
}
