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
 * and --time bound the work. Whenever anything was cut off (the run or time limit, or a fixed
 * policy past the depth) the report says plainly that it is partial and that the best and worst
 * scores are bounds of what it saw, never exact. Progress goes to stderr. --from REPLIES plays a
 * replies file first and explores from where it leaves the call; --graph FILE.dot|.svg draws the
 * branch map (explore_graph.c, Graphviz). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <time.h>

#include "commands.h"
#include "coverage.h"
#include "engine.h"
#include "explore_graph.h"
#include "headless.h"
#include "lint_tokens.h"
#include "lua_sandbox.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"
#include "text_gate.h"
#include "text_norm.h"

static const char usage[] =
    "usage: callsim explore SCENARIO.lua [--depth N] [--max-runs N] [--time S] [--seed N] [--actions]\n"
    "                       [--say TEXT]... [--from REPLIES] [--graph FILE.dot|FILE.svg]\n"
    "  Plays SCENARIO along every branch: at each wait (up to --depth, default 4) each choice, the\n"
    "  expected phrase, another reply, silence and a hang-up (--actions: also hold/unhold, ticket,\n"
    "  escalate, transfer; --say: your own texts); past the depth, a fixed policy plays to the end.\n"
    "  When the caller dictated values, a read-back of them and a ticket holding them are tried too;\n"
    "  the targets a scenario declares (targets = { transfer = {...}, escalate = {...} }) as well.\n"
    "  Reports branches, best and worst scores with their paths, dead ends (script errors) and\n"
    "  time-outs (calls that reach the 30-minute cap). --max-runs (default 3000) and --time (seconds,\n"
    "  default 60) bound the work; a cut-off search says it is PARTIAL and gives best/worst as bounds\n"
    "  of what it saw. Progress on stderr. --from REPLIES: play the replies file first, explore on from\n"
    "  where it leaves the call. --graph: the branch map as Graphviz DOT, or SVG drawn by Graphviz.\n"
    "  Exit: 0 no dead end or time-out, 1 problems found, 2 bad usage or a scenario that does not load.\n";

#define MAX_STEPS 400        /* decisions in one run before it counts as runaway */
#define EXPLORE_LUA_S 3.0    /* seconds of the scenario's Lua over all runs (one call's budget) */
#define MAX_SAYS 8
#define MAX_TARGETS 4        /* declared transfer_targets / escalate_targets tried */
#define OTHER_TEXT "嗯，好的。"

typedef enum { D_CHOICE, D_MATCH, D_OTHER, D_SILENT, D_HANGUP, D_HOLD, D_UNHOLD, D_TICKET,
               D_ESCALATE, D_TRANSFER, D_SAY, D_READBACK, D_LOOKUP } dkind;

typedef struct {
    unsigned char kind, arg; /* arg: choice number or --say index */
    char label[48];          /* for the report: "#2", "match:opening", "silence" ... */
} decision;

typedef struct {
    decision *v;
    size_t n, cap;
} path;

typedef enum { STOP_NONE, STOP_RUNS, STOP_TIME, STOP_RUNAWAY, STOP_LUA } stop_reason;

typedef struct {
    const cs_phrase_bank *bank;
    const char *scenario, *graph_path, *from_path;
    cs_replies from;          /* --from: played before any decision */
    int has_from;
    uint64_t seed;
    int depth, actions, n_says;
    long max_runs, runs, truncated;
    double time_limit;
    struct timespec started;
    double last_progress;
    stop_reason stopped;
    long policy_leaves;       /* calls finished by the fixed policy past --depth */
    explore_graph *graph;
    cs_coverage cov;          /* lines run over every call */
    int has_cov;
    const char *says[MAX_SAYS];
    char *transfer_to[MAX_TARGETS], *escalate_to[MAX_TARGETS]; /* the scenario's declared targets */
    int n_transfer_to, n_escalate_to;
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

/* "您说的是：V1，V2，对吗？" from the values the caller dictated: the trainee reading them back. */
static char *readback_text(const cs_engine *e)
{
    const cs_call_log *log = cs_engine_log(e);
    size_t len = 64;
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == CS_EV_DICTATE && log->ev[i].text) len += strlen(log->ev[i].text) + 4;
    char *s = malloc(len);
    if (!s) return NULL;
    strcpy(s, "好的，我跟您核对一下：");
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == CS_EV_DICTATE && log->ev[i].text) {
            strcat(s, log->ev[i].text);
            strcat(s, "，");
        }
    strcat(s, "对吗？");
    return s;
}

/* "经查询：TEXT；TEXT。" from the system entries the desk shows now: the trainee telling the caller
 * what the lookup says (issue 14), so that explore reaches the branches graded with call.tells.
 * Entries that would take the reply past the reply limit are left out. NULL when none is shown. */
static char *lookup_text(const cs_engine *e)
{
    const cs_scenario_info *in = cs_engine_info(e);
    size_t cap = 4 * CS_TEXT_MAX_CHARS, used = 0;
    char *s = malloc(cap + 1);
    if (!s) return NULL;
    used = (size_t)snprintf(s, cap + 1, "经查询：");
    size_t shown = 0;
    for (size_t i = 0; i < in->n_system; i++) {
        if (!cs_engine_system_shown(e, i)) continue;
        size_t len = strlen(in->system[i].text);
        if (used + len + 3 > cap || cs_utf8_len(s) + cs_utf8_len(in->system[i].text) + 1 > CS_TEXT_MAX_CHARS) continue;
        memcpy(s + used, in->system[i].text, len);
        used += len;
        memcpy(s + used, "；", 3);
        used += 3;
        s[used] = 0;
        shown++;
    }
    if (!shown) { free(s); return NULL; }
    return s;
}

static int desk_shows(const cs_engine *e)
{
    for (size_t i = 0; i < cs_engine_info(e)->n_system; i++)
        if (cs_engine_system_shown(e, i)) return 1;
    return 0;
}

static int dictated(const cs_engine *e)
{
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == CS_EV_DICTATE) return 1;
    return 0;
}

/* A ticket filed since the caller last dictated. */
static int ticket_filed_since_dictation(const cs_engine *e)
{
    const cs_call_log *log = cs_engine_log(e);
    int filed = 1;
    for (size_t i = 0; i < log->n; i++) {
        if (log->ev[i].kind == CS_EV_DICTATE) filed = 0;
        if (log->ev[i].kind == CS_EV_TICKET) filed = 1;
    }
    return filed;
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
    if (dictated(e)) {
        out[n++] = make(D_READBACK, 0, "read-back");
        if (!x->actions) out[n++] = make(D_TICKET, 0, "/ticket");
    }
    if (desk_shows(e)) out[n++] = make(D_LOOKUP, 0, "lookup");
    out[n++] = make(D_OTHER, 0, "other-reply");
    out[n++] = make(D_SILENT, 0, "silence");
    out[n++] = make(D_HANGUP, 0, "/hangup");
    for (int i = 0; i < x->n_transfer_to && n + 8 < max; i++) {   /* room left for the actions below */
        snprintf(label, sizeof label, "/transfer %.30s", x->transfer_to[i]);
        out[n++] = make(D_TRANSFER, i, label);
    }
    for (int i = 0; i < x->n_escalate_to && n + 8 < max; i++) {
        snprintf(label, sizeof label, "/escalate %.30s", x->escalate_to[i]);
        out[n++] = make(D_ESCALATE, i, label);
    }
    if (x->actions) {
        out[n++] = make(D_HOLD, 0, "/hold");
        out[n++] = make(D_TICKET, 0, "/ticket");
        if (!x->n_escalate_to) out[n++] = make(D_ESCALATE, MAX_TARGETS, "/escalate");
        if (!x->n_transfer_to) out[n++] = make(D_TRANSFER, MAX_TARGETS, "/transfer");
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
    if (!ticket_filed_since_dictation(e)) return make(D_TICKET, 0, "/ticket");
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
    /* the standard wording as a trainee sends it: the printed template, with 先生/女士 and XX号
     * left in, is not the phrase (grading/phrase_match.h, reason "placeholder") */
    case D_MATCH: in.text = owned = cs_bank_fill_template(cs_bank_category_standard(x->bank, cs_engine_expect(e))); break;
    case D_OTHER: in.text = OTHER_TEXT; break;
    case D_SAY: in.text = x->says[d->arg]; break;
    case D_HANGUP: in.kind = CS_IN_HANGUP; break;
    case D_HOLD: in.kind = CS_IN_HOLD; break;
    case D_UNHOLD: in.kind = CS_IN_UNHOLD; break;
    case D_ESCALATE: in.kind = CS_IN_ESCALATE; in.text = d->arg < x->n_escalate_to ? x->escalate_to[d->arg] : "专项处理组"; break;
    case D_TRANSFER: in.kind = CS_IN_TRANSFER; in.text = d->arg < x->n_transfer_to ? x->transfer_to[d->arg] : "相关部门"; break;
    case D_TICKET: in.kind = CS_IN_TICKET; in.text = owned = ticket_text(e); break;
    case D_READBACK: in.text = owned = readback_text(e); break;
    case D_LOOKUP: in.text = owned = lookup_text(e); if (!in.text) in.text = OTHER_TEXT; break;
    case D_SILENT: return;
    }
    if (in.kind == CS_IN_TEXT && !in.text) in.text = OTHER_TEXT;
    cs_engine_input(e, &in);
    free(owned);
}

typedef enum { RUN_LEAF, RUN_BRANCH, RUN_ERROR } run_end;

/* Plays prefix, then stops at the next new wait within the depth (RUN_BRANCH, options filled) or
 * plays on by the policy to the end (RUN_LEAF, e left ended for grading). `taken` gets every
 * decision made; *by_policy how many of them the fixed policy chose. */
static run_end replay(const explorer *x, cs_engine *e, const path *prefix, path *taken,
                      decision *opts, size_t *n_opts, int *by_policy)
{
    const cs_call_log *log = cs_engine_log(e);
    size_t last_point = (size_t)-1, step = 0;
    int answered = 0;
    taken->n = 0;
    *by_policy = 0;
    cs_engine_start(e, 0);
    if (x->has_from) {
        cs_headless_result res;
        cs_headless_feed(e, &x->from, &res);
        answered = cs_engine_phase(e) != CS_PHASE_RINGING;
        if (cs_engine_waiting(e)) last_point = (size_t)-1;
    }
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
            else { d = policy(e); ++*by_policy; }
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

static double seconds_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* A line on stderr every two seconds, so a long search is seen to move. */
static void progress(explorer *x)
{
    double t = seconds_since(&x->started);
    if (t - x->last_progress < 2.0) return;
    x->last_progress = t;
    fprintf(stderr, "callsim explore: %ld run(s), %ld call(s) finished, %.0f s of %.0f s\n", x->runs, x->leaves,
            t, x->time_limit);
}

/* The leaf's node in the map: score, or what ended it. */
static int leaf_node(explorer *x, cs_engine *e, const cs_grade *g)
{
    char label[700];
    if (!x->graph) return -1;
    if (cs_engine_script_error(e)) {
        snprintf(label, sizeof label, "script error\n%.200s", cs_engine_script_error(e));
        return eg_node(x->graph, EG_DEAD, label);
    }
    if (ran_to_cap(e)) return eg_node(x->graph, EG_CAPPED, "30-minute cap");
    if (!g) return eg_node(x->graph, EG_FAIL, "?");
    snprintf(label, sizeof label, "%.1f%s", g->score, g->auto_failed ? " auto-fail" : g->passed ? " pass" : " fail");
    return eg_node(x->graph, g->passed ? EG_PASS : EG_FAIL, label);
}

static int record_leaf(explorer *x, cs_engine *e, const path *taken)
{
    x->leaves++;
    if (cs_engine_script_error(e)) {
        if (x->dead++ == 0) {
            snprintf(x->dead_msg, sizeof x->dead_msg, "%s", cs_engine_script_error(e));
            path_copy(&x->dead_path, taken);
        }
        return leaf_node(x, e, NULL);
    }
    if (ran_to_cap(e) && x->capped++ == 0) path_copy(&x->capped_path, taken);
    cs_grade g;
    if (cs_engine_grade(e, &g)) return leaf_node(x, e, NULL);
    if (g.score > x->best) { x->best = g.score; path_copy(&x->best_path, taken); }
    if (g.score < x->worst || (g.score == x->worst && g.auto_failed && !x->worst_failed)) {
        x->worst = g.score;
        x->worst_failed = g.auto_failed;
        path_copy(&x->worst_path, taken);
    }
    int node = leaf_node(x, e, &g);
    cs_grade_free(&g);
    return node;
}

/* The branch node in the map: the caller's last line and what the script waits for. */
static int branch_node(explorer *x, const cs_engine *e)
{
    if (!x->graph) return -1;
    const cs_call_log *log = cs_engine_log(e);
    const char *said = NULL;
    for (size_t i = log->n; i-- > 0 && !said;)
        if ((log->ev[i].kind == CS_EV_CALLER_SAY || log->ev[i].kind == CS_EV_DICTATE) && log->ev[i].text)
            said = log->ev[i].text;
    char label[400];
    const char *const *opts;
    size_t nc = cs_engine_choices(e, &opts);
    const char *none = cs_engine_phase(e) == CS_PHASE_RINGING ? "(ringing)" : "(the caller has said nothing)";
    int w = snprintf(label, sizeof label, "%.120s", said ? said : none);
    if (w > 110) snprintf(label + 110, sizeof label - 110, "…");
    size_t used = strlen(label);
    if (cs_engine_expect(e)) snprintf(label + used, sizeof label - used, "\nexpects %s", cs_engine_expect(e));
    else if (nc) snprintf(label + used, sizeof label - used, "\n%zu choices", nc);
    return eg_node(x->graph, EG_BRANCH, label);
}

/* The decisions a run made past its prefix (the fixed policy), as one edge label. */
static void tail_label(const path *taken, size_t from, const char *first, char *buf, size_t n)
{
    snprintf(buf, n, "%s", first);
    for (size_t i = from; i < taken->n && strlen(buf) + 40 < n; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, n - used, "%s%s", i == from && !*first ? "" : " → ", taken->v[i].label);
    }
}

/* Depth-first over the decisions; returns -1 on a setup error (message printed). parent is the
 * map node this run hangs from, edge the decision that led here. */
static int explore(explorer *x, path *prefix, int parent, const char *edge)
{
    if (x->runaway) { x->truncated++; x->stopped = STOP_RUNAWAY; return 0; }
    if (x->lua_s > EXPLORE_LUA_S) { x->truncated++; x->stopped = STOP_LUA; return 0; }
    if (x->runs >= x->max_runs) { x->truncated++; x->stopped = STOP_RUNS; return 0; }
    if (x->time_limit > 0 && seconds_since(&x->started) > x->time_limit) {
        x->truncated++;
        x->stopped = STOP_TIME;
        return 0;
    }
    x->runs++;
    progress(x);
    char err[1024] = "";
    cs_engine_config cfg = { .scenario_path = x->scenario, .seed = x->seed, .mode = CS_MODE_HEADLESS,
                             .bank = x->bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) { fprintf(stderr, "callsim explore: %s\n", err); return -1; }
    if (x->has_cov) cs_coverage_attach(&x->cov, e);
    decision opts[32];
    size_t n_opts = 0;
    path taken = { 0 };
    int by_policy = 0, node = -1;
    run_end how = replay(x, e, prefix, &taken, opts, &n_opts, &by_policy);
    if (how == RUN_LEAF) {
        if (by_policy) x->policy_leaves++;
        node = record_leaf(x, e, &taken);
        char label[300];
        tail_label(&taken, prefix->n, edge, label, sizeof label);
        if (x->graph) eg_edge(x->graph, parent, node, label);
    } else if (how == RUN_BRANCH) {
        node = branch_node(x, e);
        if (x->graph && parent >= 0) eg_edge(x->graph, parent, node, edge);
    }
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
        int rc = explore(x, prefix, node, opts[i].label);
        prefix->n--;
        if (rc) return rc;
    }
    return 0;
}

static void print_path(const char *what, const path *p, int from)
{
    printf("  %s: %s", what, from ? "replies file" : "answer");
    for (size_t i = 0; i < p->n; i++) printf(" → %s", p->v[i].label);
    printf("\n");
}

/* Why the search is partial, or NULL when every branch it can try was played to its end. */
static void partial_reasons(const explorer *x, char *buf, size_t n)
{
    buf[0] = '\0';
    size_t used = 0;
    if (x->stopped == STOP_RUNS)
        used += (size_t)snprintf(buf + used, n - used, "; stopped at --max-runs %ld with %ld branch(es) unexplored",
                                 x->max_runs, x->truncated);
    if (x->stopped == STOP_RUNAWAY && used < n)
        used += (size_t)snprintf(buf + used, n - used, "; stopped with %ld branch(es) unexplored: a run reached the "
                                 "scenario's time or memory budget", x->truncated);
    if (x->stopped == STOP_LUA && used < n)
        used += (size_t)snprintf(buf + used, n - used, "; stopped with %ld branch(es) unexplored: the scenario's Lua "
                                 "ran %.0f s over all runs, one call's budget", x->truncated, EXPLORE_LUA_S);
    if (x->stopped == STOP_TIME && used < n)
        used += (size_t)snprintf(buf + used, n - used, "; stopped at the --time limit of %.0f s with %ld branch(es) unexplored",
                                 x->time_limit, x->truncated);
    if (x->policy_leaves && used < n)
        snprintf(buf + used, n - used, "; past --depth %d, %ld call(s) were finished by one fixed policy, not every branch",
                 x->depth, x->policy_leaves);
}

/* Prints "a, b–c, ..." for the lines in state `want`, up to a limit; returns how many there are. */
static int print_lines(const cs_coverage *c, unsigned char want, int limit)
{
    int count = 0, shown = 0;
    for (int l = 1; l <= c->max_line; l++) {
        if (c->state[l] != want) continue;
        int end = l;
        while (end + 1 <= c->max_line && (c->state[end + 1] == want || c->state[end + 1] == 0) &&
               end + 1 <= c->max_line && c->state[end + 1] != 2) {
            if (c->state[end + 1] == 0) { /* a gap of blank or comment lines: bridge it only if want follows */
                int k = end + 1;
                while (k <= c->max_line && c->state[k] == 0) k++;
                if (k > c->max_line || c->state[k] != want) break;
                end = k;
                continue;
            }
            end++;
        }
        for (int k = l; k <= end; k++) count += c->state[k] == want;
        if (shown < limit) printf("%s%d", shown ? ", " : " ", l);
        if (shown < limit && end > l) printf("–%d", end);
        shown++;
        l = end;
    }
    if (shown > limit) printf(", …");
    return count;
}

/* Functions of the scenario none of whose lines ran or could be seen (never called). */
static void print_uncalled(const explorer *x)
{
    size_t len;
    char err[256];
    char *src = cs_read_file(x->scenario, 4u << 20, &len, err, sizeof err);
    tokens t = { 0 };
    int n = 0;
    if (src && cs_lint_tokenize(src, len, &t) == 0)
        for (size_t i = 0; i + 1 < t.n; i++) {
            if (!tok_is(&t.v[i], T_NAME, "function")) continue;
            size_t end = skip_block(&t, i);
            int a = t.v[i].line, b = t.v[end - 1].line, seen = 0;
            for (int l = a + 1; l <= b && l <= x->cov.max_line; l++) seen |= x->cov.state[l] != 0;
            if (seen || b <= a) continue;
            const char *name = t.v[i + 1].kind == T_NAME ? t.v[i + 1].s : i >= 2 && t.v[i - 2].kind == T_NAME ? t.v[i - 2].s : "?";
            size_t nl = t.v[i + 1].kind == T_NAME ? t.v[i + 1].n : i >= 2 && t.v[i - 2].kind == T_NAME ? t.v[i - 2].n : 1;
            printf("%s %.*s (lines %d–%d)", n++ ? "," : "\n  functions never called:", (int)nl, name, a, b);
            i = end - 1;
        }
    free(t.v);
    free(src);
}

/* Lines holding only `end`, `else`, brackets and separators say nothing when unreached (the `end`
 * of a run() that always hangs up never runs): they are left out of the list. */
static void drop_closers(const explorer *x, cs_coverage *c)
{
    size_t len;
    char err[256];
    char *src = cs_read_file(x->scenario, 4u << 20, &len, err, sizeof err);
    tokens t = { 0 };
    unsigned char *real = calloc((size_t)c->max_line + 2, 1);
    if (src && real && cs_lint_tokenize(src, len, &t) == 0) {
        for (size_t i = 0; i < t.n; i++) {
            const token *k = &t.v[i];
            int closer = tok_is(k, T_NAME, "end") || tok_is(k, T_NAME, "else") || k->kind == T_EOF ||
                         (k->kind == T_PUNCT && strchr(")}],;", k->s[0]));
            if (!closer && k->line <= c->max_line) real[k->line] = 1;
        }
        for (int l = 1; l <= c->max_line; l++)
            if (!real[l] && c->state[l] == 1) c->state[l] = 0;
    }
    free(real);
    free(t.v);
    free(src);
}

static void report_coverage(const explorer *x, int partial)
{
    if (!x->has_cov) return;
    cs_coverage shown = x->cov;
    shown.state = malloc((size_t)x->cov.max_line + 2);
    if (!shown.state) return;
    memcpy(shown.state, x->cov.state, (size_t)x->cov.max_line + 2);
    drop_closers(x, &shown);
    printf("script lines no branch reached%s:", partial ? " (in the calls seen)" : "");
    int n = print_lines(&shown, 1, 40);
    free(shown.state);
    if (n == 0) printf(" none");
    print_uncalled(x);
    printf("\n");
}

static void report(const explorer *x)
{
    printf("%s · seed %llu · depth %d%s%s · %ld run(s) · %.1f s\n", x->scenario, (unsigned long long)x->seed,
           x->depth, x->actions ? " · with actions" : "", x->has_from ? " · from the replies file" : "", x->runs,
           seconds_since(&x->started));
    char why[600];
    partial_reasons(x, why, sizeof why);
    int partial = why[0] != '\0';
    printf("branches: %ld complete call(s)\n", x->leaves);
    if (partial)
        printf("PARTIAL search%s.\n  The scores below are bounds of the %ld call(s) seen, not exact: the true best may be "
               "higher and the true worst lower.\n", why, x->leaves);
    else
        printf("complete: every branch of the explored options was played to its end\n");
    if (x->leaves > x->dead) {
        if (partial) printf("best score seen: %.1f (at least this; unexplored branches may score higher)\n", x->best);
        else printf("best score: %.1f\n", x->best);
        print_path("path", &x->best_path, x->has_from);
        if (partial)
            printf("worst score seen: %.1f%s (at most this; unexplored branches may score lower)\n", x->worst,
                   x->worst_failed ? " (auto-fail)" : "");
        else printf("worst score: %.1f%s\n", x->worst, x->worst_failed ? " (auto-fail)" : "");
        print_path("path", &x->worst_path, x->has_from);
    }
    printf("dead ends (script errors): %ld%s\n", x->dead, partial ? " seen" : "");
    if (x->dead) { printf("  first: %s\n", x->dead_msg); print_path("path", &x->dead_path, x->has_from); }
    printf("time-outs (30-minute cap): %ld%s\n", x->capped, partial ? " seen" : "");
    if (x->capped) print_path("first", &x->capped_path, x->has_from);
    report_coverage(x, partial);
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
        int takes = !strcmp(s, "--depth") || !strcmp(s, "--max-runs") || !strcmp(s, "--seed") || !strcmp(s, "--say") ||
                    !strcmp(s, "--time") || !strcmp(s, "--from") || !strcmp(s, "--graph");
        if (takes && i + 1 >= argc) { fprintf(stderr, "callsim explore: %s needs a value\n", s); return 2; }
        if (!strcmp(s, "--depth")) { if (parse_long(s, argv[++i], 0, 12, &v)) return 2; x->depth = (int)v; }
        else if (!strcmp(s, "--max-runs")) { if (parse_long(s, argv[++i], 1, 1000000, &x->max_runs)) return 2; }
        else if (!strcmp(s, "--time")) { if (parse_long(s, argv[++i], 1, 86400, &v)) return 2; x->time_limit = (double)v; }
        else if (!strcmp(s, "--from")) x->from_path = argv[++i];
        else if (!strcmp(s, "--graph")) x->graph_path = argv[++i];
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

/* The strings of `field = { "a", "b" }` in the scenario's source (transfer_targets, escalate_targets). */
/* Lines in the scenario file, for the coverage map. */
static int count_lines(const char *file)
{
    size_t len;
    char err[256];
    char *src = cs_read_file(file, 4u << 20, &len, err, sizeof err);
    int n = 1;
    for (size_t i = 0; src && i < len; i++) n += src[i] == '\n';
    free(src);
    return src ? n : 0;
}

static int declared_list(const tokens *t, const char *field, char **out)
{
    int n = 0;
    for (size_t i = 0; i + 2 < t->n && n == 0; i++) {
        if (!tok_is(&t->v[i], T_NAME, field) || !tok_is(&t->v[i + 1], T_PUNCT, "=") || !tok_is(&t->v[i + 2], T_PUNCT, "{"))
            continue;
        size_t close = skip_group(t, i + 2);
        for (size_t j = i + 3; j < close && n < MAX_TARGETS; j++) {
            if (t->v[j].kind != T_STRING) continue;
            out[n] = malloc(t->v[j].n + 1);
            if (!out[n]) break;
            memcpy(out[n], t->v[j].s, t->v[j].n);
            out[n++][t->v[j].n] = '\0';
        }
    }
    return n;
}

/* The strings of `kind = { ... }` inside the desk's `targets = { transfer = {...}, escalate = {...} }`
 * (docs/scenarios.md "The desk"). */
static int declared_target_list(const tokens *t, const char *kind, char **out)
{
    for (size_t i = 0; i + 2 < t->n; i++) {
        if (!tok_is(&t->v[i], T_NAME, "targets") || !tok_is(&t->v[i + 1], T_PUNCT, "=") || !tok_is(&t->v[i + 2], T_PUNCT, "{"))
            continue;
        size_t close = skip_group(t, i + 2);
        tokens inner = { t->v + i + 3, close > i + 3 ? close - (i + 3) : 0, 0 };
        return declared_list(&inner, kind, out);
    }
    return 0;
}

static void read_targets(explorer *x)
{
    size_t len;
    char err[256];
    char *src = cs_read_file(x->scenario, 4u << 20, &len, err, sizeof err);
    tokens t = { 0 };
    if (src && cs_lint_tokenize(src, len, &t) == 0) {
        x->n_transfer_to = declared_target_list(&t, "transfer", x->transfer_to);
        x->n_escalate_to = declared_target_list(&t, "escalate", x->escalate_to);
        if (!x->n_transfer_to) x->n_transfer_to = declared_list(&t, "transfer_targets", x->transfer_to);
        if (!x->n_escalate_to) x->n_escalate_to = declared_list(&t, "escalate_targets", x->escalate_to);
    }
    free(t.v);
    free(src);
}

static void free_explorer(explorer *x)
{
    for (int i = 0; i < x->n_transfer_to; i++) free(x->transfer_to[i]);
    for (int i = 0; i < x->n_escalate_to; i++) free(x->escalate_to[i]);
    free(x->best_path.v);
    free(x->worst_path.v);
    free(x->dead_path.v);
    free(x->capped_path.v);
    if (x->has_from) cs_replies_free(&x->from);
    if (x->has_cov) cs_coverage_free(&x->cov);
    eg_free(x->graph);
}

/* --from and --graph: load the replies, start the map. 0 or 2 (message printed). */
static int prepare(explorer *x)
{
    char err[1024] = "";
    read_targets(x);
    int lines = count_lines(x->scenario);
    if (lines > 0 && cs_coverage_init(&x->cov, x->scenario, lines) == 0) x->has_cov = 1;
    if (x->from_path) {
        if (cs_replies_load(x->from_path, &x->from, err, sizeof err) != 0) {
            fprintf(stderr, "callsim explore: %s\n", err);
            return 2;
        }
        x->has_from = 1;
    }
    if (x->graph_path) {
        x->graph = eg_new(1500);
        if (!x->graph) { fprintf(stderr, "callsim explore: out of memory\n"); return 2; }
    }
    return 0;
}

static int write_graph(const explorer *x)
{
    char err[1024], title[600];
    char why[600];
    partial_reasons(x, why, sizeof why);
    snprintf(title, sizeof title, "%s · seed %llu · depth %d · %ld call(s)%s", x->scenario,
             (unsigned long long)x->seed, x->depth, x->leaves, why[0] ? " · PARTIAL" : "");
    if (eg_write(x->graph, x->graph_path, title, err, sizeof err) == 0) {
        fprintf(stderr, "callsim explore: branch map written to %s\n", x->graph_path);
        return 0;
    }
    fprintf(stderr, "callsim explore: %s\n", err);
    return 2;
}

int cmd_explore(int argc, char **argv)
{
    explorer x = { .seed = 1, .depth = 4, .max_runs = 3000, .time_limit = 60, .best = -1, .worst = 101 };
    int rc = parse_args(argc, argv, &x);
    if (rc) return rc == 1 ? 0 : rc;
    clock_gettime(CLOCK_MONOTONIC, &x.started);
    if ((rc = prepare(&x)) != 0) { free_explorer(&x); return rc; }
    char err[1024] = "", dir[4096];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) { fprintf(stderr, "callsim explore: %s\n", err); free_explorer(&x); return 2; }
    x.bank = bank;
    path prefix = { 0 };
    rc = explore(&x, &prefix, -1, "");
    if (rc == 0) report(&x);
    int graph_rc = rc == 0 && x.graph ? write_graph(&x) : 0;
    /* a run that reached a budget (time, memory, events) is a scenario that cannot be played, as
     * `run` says with exit 2: one line naming where; other dead ends and time-outs are findings */
    if (rc == 0 && x.runaway)
        fprintf(stderr, "callsim explore: %s\n", x.dead_msg[0] ? x.dead_msg : x.scenario);
    int dead = x.dead || x.capped, runaway = x.runaway;
    free(prefix.v);
    free_explorer(&x);
    cs_bank_free(bank);
    if (rc || graph_rc || runaway) return 2;
    return dead ? 1 : 0;
}
