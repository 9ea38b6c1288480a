/* `callsim run SCENARIO.lua --replies FILE [--json] [--db PATH] [--seed N]`: plays a scenario with a
 * scripted trainee on a virtual clock and prints the transcript and grade (or JSON). With --db the
 * attempt and every turn are stored as they happen, exactly as in the window. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attempt_recorder.h"
#include "cli_seed.h"
#include "commands.h"
#include "engine.h"
#include "headless.h"
#include "lang_pref.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"
#include "result_json.h"
#include "store.h"

static const char usage[] =
    "usage: callsim run SCENARIO.lua --replies FILE [--json] [--db PATH] [--seed N] [--lang zh|en]\n"
    "  Plays SCENARIO with the trainee actions in FILE on a virtual clock (no waiting) and prints\n"
    "  the transcript with times and deductions, then the score. --json prints the same as JSON.\n"
    "  --db PATH stores the attempt and every turn in that SQLite file. --seed N varies details.\n"
    "  --lang zh|en  the language of each rubric item's reason (default: Chinese; English when LANG is en*)\n"
    "  Exit: 0 played (passed or not), 2 bad usage, bad file, scenario error or database error.\n";

typedef struct {
    const char *scenario, *replies, *db;
    int json, zh;
    uint64_t seed;
} run_args;

static int parse_args(int argc, char **argv, run_args *a)
{
    memset(a, 0, sizeof *a);
    a->seed = 1;
    int en = 0;
    cs_lang_pick(NULL, &en);  /* the locale, unless --lang says otherwise */
    a->zh = !en;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) { fputs(usage, stdout); return 1; }
        if (strcmp(s, "--json") == 0) { a->json = 1; continue; }
        if (strcmp(s, "--lang") == 0) {
            int wants_en = 0;
            if (i + 1 >= argc || cs_lang_pick(argv[i + 1], &wants_en) != 0) {
                fprintf(stderr, "callsim run: --lang takes zh or en\n");
                return 2;
            }
            a->zh = !wants_en;
            i++;
            continue;
        }
        if ((strcmp(s, "--replies") == 0 || strcmp(s, "--db") == 0 || strcmp(s, "--seed") == 0)) {
            if (i + 1 >= argc) { fprintf(stderr, "callsim run: %s needs a value\n", s); return 2; }
            const char *v = argv[++i];
            if (s[2] == 'r') a->replies = v;
            else if (s[2] == 'd') a->db = v;
            else if (cli_parse_seed("callsim run", v, &a->seed) != 0) return 2;
            continue;
        }
        if (s[0] == '-') { fprintf(stderr, "callsim run: unknown option %s (see --help)\n", s); return 2; }
        if (a->scenario) { fprintf(stderr, "callsim run: one scenario at a time (got %s and %s)\n", a->scenario, s); return 2; }
        a->scenario = s;
    }
    if (!a->scenario || !a->replies) {
        fputs(usage, stderr);
        return 2;
    }
    return 0;
}

/* --- storing turns as they happen ------------------------------------------------------------- */

typedef struct {
    cs_store *store;
    cs_recorder *rec;
    int trace;          /* CALLSIM_TRACE_COMMITS set: report each committed turn on stderr */
} sink;

static void store_event(void *ud, const cs_call_log *log, size_t index)
{
    sink *s = ud;
    if (!s->rec) return;
    cs_recorder_event(s->rec, log, index);
    /* The crash-safety test kills the process at random moments and checks that every turn
     * reported here is in the database afterwards. */
    if (s->trace && !cs_recorder_error(s->rec)) fprintf(stderr, "committed %zu\n", index);
}

/* --- the readable transcript ------------------------------------------------------------------ */

static void clock_str(int64_t ms, char *buf, size_t len)
{
    if (ms < 0) ms = 0;
    long long tenths = (long long)(ms % 60000) / 100;
    snprintf(buf, len, "%02lld:%02lld.%lld", (long long)(ms / 60000), tenths / 10, tenths % 10);
}

static void print_event(const cs_event *ev, const cs_turn_grade *t)
{
    char when[48];
    clock_str(ev->t_start_ms, when, sizeof when);
    const char *who = cs_event_who(ev->kind);
    switch (ev->kind) {
    case CS_EV_RING: printf("  %s  ☎ ring %d\n", when, ev->n); return;
    case CS_EV_ANSWER: printf("  %s  trainee  [answer] after %d ring(s)\n", when, ev->n); return;
    case CS_EV_CALLER_SAY: printf("  %s  caller   %s\n", when, ev->text ? ev->text : ""); break;
    case CS_EV_DICTATE: printf("  %s  caller   %s (dictates %s)\n", when, ev->text, ev->arg); break;
    case CS_EV_CALLER_SILENT:
        printf("  %s  caller   (silent %.1f s)\n", when, (double)(ev->t_end_ms - ev->t_start_ms) / 1000);
        break;
    case CS_EV_TRAINEE_SAY:
        printf("  %s  trainee  %s\n", when, ev->text);
        if (t) {
            printf("                    ↳ %.1f s", (double)t->latency_ms / 1000);
            if (t->cpm >= 0) printf(" · %.0f chars/min", t->cpm);
            if (ev->expect) printf(" · expected %s", ev->expect);
            if (t->category) printf(" · matched %s (%.2f)", t->category, t->similarity);
            else printf(" · no standard phrase");
            for (size_t k = 0; k < t->n_taboo; k++) printf(" · taboo「%s」", t->taboo[k]);
            printf("\n");
        }
        break;
    case CS_EV_CHOICE: printf("  %s  trainee  [choice %d] %s\n", when, ev->n, ev->text); break;
    case CS_EV_TICKET: {
        printf("  %s  trainee  [ticket]", when);
        for (const char *p = ev->arg; p && *p; p++) putchar(*p == '\n' ? ' ' : *p);
        printf("\n");
        break;
    }
    case CS_EV_TRANSFER: case CS_EV_ESCALATE:
        printf("  %s  trainee  [%s] %s\n", when, cs_event_kind_name(ev->kind), ev->arg);
        break;
    case CS_EV_HOLD: case CS_EV_UNHOLD: case CS_EV_HANGUP:
        printf("  %s  trainee  [%s]\n", when, cs_event_kind_name(ev->kind));
        break;
    case CS_EV_CALLER_HANGUP: printf("  %s  caller   [hangs up] %s\n", when, ev->text ? ev->text : ""); break;
    case CS_EV_TIMEOUT: printf("  %s  ·        (no reply%s%s)\n", when, ev->expect ? "; expected " : "", ev->expect ? ev->expect : ""); break;
    case CS_EV_MARK: printf("  %s  ·        %s %+g %s\n", when, ev->arg, ev->points, ev->text ? ev->text : ""); break;
    case CS_EV_FAIL: printf("  %s  ·        FAIL %s (%s)\n", when, ev->text, ev->clause ? ev->clause : ""); break;
    case CS_EV_NOTE: printf("  %s  ·        note: %s\n", when, ev->text); break;
    default: printf("  %s  %s %s\n", when, who, cs_event_kind_name(ev->kind));
    }
    if (t && t->deductions) printf("                    − %s\n", t->deductions);
}

static void print_transcript(const cs_engine *e, const cs_grade *g, uint64_t seed)
{
    const cs_scenario_info *in = cs_engine_info(e);
    const cs_call_log *log = cs_engine_log(e);
    printf("%s [%s] · level %d · %s · seed %llu\n", in->title, in->id, in->level, in->area,
           (unsigned long long)seed);
    for (size_t i = 0; i < log->n; i++) print_event(&log->ev[i], i < g->n_turns ? &g->turns[i] : NULL);
    printf("Ended: %s\n\n", cs_engine_end_reason(e) ? cs_engine_end_reason(e) : "");
    for (size_t i = 0; i < g->n_items; i++) {
        const cs_item_result *r = &g->items[i];
        printf("  %-12s %5.1f / %-4g %s  [%s]\n", r->id, r->points, r->max, r->reason ? r->reason : "",
               r->clause ? r->clause : "");
    }
    if (g->auto_failed) printf("  FAILED: %s\n", g->fail_reason ? g->fail_reason : "");
    printf("Score: %.1f / 100  %s\n", g->score, g->passed ? "PASSED" : "FAILED");
}

/* --- the command ------------------------------------------------------------------------------ */

static int open_store(const run_args *a, const cs_engine *e, sink *s)
{
    char err[512];
    s->store = cs_store_open(a->db, err, sizeof err);
    if (!s->store) { fprintf(stderr, "callsim run: %s\n", err); return 2; }
    cs_attempt_info info = { 0, cs_engine_info(e)->id, a->scenario, "headless", a->seed };
    s->rec = cs_recorder_begin(s->store, &info, err, sizeof err);
    if (!s->rec) { fprintf(stderr, "callsim run: %s\n", err); return 2; }
    return 0;
}

static int finish(const run_args *a, cs_engine *e, sink *s)
{
    cs_grade g;
    if (cs_engine_grade(e, &g)) { fprintf(stderr, "callsim run: out of memory grading the call\n"); return 2; }
    char *json = cs_result_json(e, &g, a->seed);
    if (a->json) printf("%s\n", json ? json : "{}");
    else print_transcript(e, &g, a->seed);
    int rc = 0;
    char err[1024];
    if (s->rec && cs_recorder_finish(s->rec, e, &g, json, err, sizeof err)) {
        fprintf(stderr, "callsim run: %s\n", err);
        rc = 2;
    }
    if (cs_engine_script_error(e)) { fprintf(stderr, "callsim run: %s\n", cs_engine_script_error(e)); rc = 2; }
    free(json);
    cs_grade_free(&g);
    return rc;
}

/* mm:ss.t of a call time, as the transcript prints it. */
static void clock_text(int64_t ms, char *out, size_t n)
{
    long long min = (long long)(ms / 60000) % 100;   /* a call lasts at most 30 minutes */
    snprintf(out, n, "%02lld:%04.1f", min, (double)(ms % 60000) / 1000.0);
}

/* A reply the replies file sent before the caller's line it was written to answer: "@S" counts
 * from the caller's last line or the trainee's last action, so a reply can go out in a span the
 * author did not see (its start-end). One warning names the file's line, when the reply went out,
 * the span (during: how it is named; example: what makes one), what became of the reply (why), and
 * the cure every such warning shares: "/listen" before it. */
typedef struct {
    int line;
    int64_t sent_ms, start_ms, end_ms;
    const char *during, *example, *why;
    const char *answer;   /* what "/listen" makes the reply answer: "it", "that line" */
} early_reply;

static void warn_early_reply(const char *path, const early_reply *w)
{
    char sent[32], from[32], to[32];
    clock_text(w->sent_ms, sent, sizeof sent);
    clock_text(w->start_ms, from, sizeof from);
    clock_text(w->end_ms, to, sizeof to);
    fprintf(stderr, "callsim run: %s:%d: warning: sent at %s%s (%s-%s, e.g. %s)%s (to answer %s, put a line "
                    "\"/listen\" before it: the reply then waits for the caller's next line and its \"@S\" "
                    "counts from that line's end)\n",
            path, w->line, sent, w->during, from, to, w->example, w->why, w->answer);
}

/* A scripted silence (a transfer's ring-out) is neither the caller's line nor the trainee's action:
 * a reply sent in it is said before the caller's next line, not in answer to it. */
static void warn_silence(const char *path, const cs_headless_result *res)
{
    char next[32], why[512];
    clock_text(res->silence_next_ms, next, sizeof next);
    snprintf(why, sizeof why, ": it is said before the caller's next line (at %s), not in answer to it; \"@S\" "
                              "counts from the caller's last line or your last action, and a silence is neither",
             next);
    early_reply w = { res->silence_line, res->silence_sent_ms, res->silence_start_ms, res->silence_end_ms,
                      " while the caller was silent", "a transfer's ring-out", why, "that line" };
    warn_early_reply(path, &w);
}

/* "@S" after the trainee's own action counts from that action: a second try written a few seconds
 * after the first goes out before the caller's answer to the first (a nudge), and the script reads
 * it as the answer to that line. */
static void warn_over_line(const char *path, const cs_headless_result *res)
{
    early_reply w = { res->early_line, res->early_sent_ms, res->early_start_ms, res->early_end_ms,
                      ", before the caller's line that answers your previous message", "a nudge to say it again",
                      ", and read as the answer to that line: \"@S\" after your own action counts from that "
                      "action, so this reply went out before the line it answers",
                      "it" };
    warn_early_reply(path, &w);
}

int cmd_run(int argc, char **argv)
{
    run_args a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc == 1 ? 0 : rc;

    char err[1024] = "", dir[4096];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) { fprintf(stderr, "callsim run: %s\n", err); return 2; }
    cs_replies replies;
    if (cs_replies_load(a.replies, &replies, err, sizeof err)) {
        fprintf(stderr, "callsim run: %s\n", err);
        cs_bank_free(bank);
        return 2;
    }
    sink s = { 0 };
    s.trace = getenv("CALLSIM_TRACE_COMMITS") != NULL;
    cs_engine_config cfg = { .scenario_path = a.scenario, .seed = a.seed, .mode = CS_MODE_HEADLESS,
                             .bank = bank, .listener = { store_event, &s } };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) {
        fprintf(stderr, "callsim run: %s\n", err);
        cs_replies_free(&replies);
        cs_bank_free(bank);
        return 2;
    }
    cs_engine_set_zh(e, a.zh);
    rc = a.db ? open_store(&a, e, &s) : 0;
    if (rc == 0) {
        cs_headless_result res;
        cs_headless_play(e, &replies, &res);
        if (res.left_over)
            fprintf(stderr, "callsim run: %s:%d: %zu action(s) left after the call ended (not played)\n",
                    a.replies, res.first_left_line, res.left_over);
        if (res.silence_line)
            warn_silence(a.replies, &res);
        if (res.early_line)
            warn_over_line(a.replies, &res);
        rc = finish(&a, e, &s);
    }
    cs_recorder_free(s.rec);
    if (s.store) cs_store_close(s.store);
    cs_engine_free(e);
    cs_replies_free(&replies);
    cs_bank_free(bank);
    return rc;
}
