/* `callsim lint SCENARIO.lua...`: loads each scenario in the sandbox, checks its table and rubric,
 * scans its source (lint_source.c: choices without a correct option, unknown voices or phrase
 * categories, code after call.hangup()), and plays it once with a trainee who answers and then
 * stays silent, so a runtime error on the plainest path, or a call that never ends, shows before a
 * trainee meets it. Problems are "FILE[:LINE]: message" lines. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "engine.h"
#include "engine_internal.h" /* read-only: where a never-ending script is stuck (its thread) */
#include "headless.h"
#include "lint_source.h"
#include "lua_sandbox.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"
#include "script_where.h"

static const char usage[] =
    "usage: callsim lint SCENARIO.lua...\n"
    "  Checks each scenario: Lua syntax, the returned table (id, title, level, area, caller, rubric,\n"
    "  run), rubric rules and clauses, maxima adding up to 100; in the source: call.choose without\n"
    "  correct=, unknown voices and phrase categories, code after call.hangup(); and one\n"
    "  play-through with a silent trainee (script errors, a call that never ends).\n"
    "  Exit: 0 clean, 1 problems found (FILE:LINE: message lines), 2 bad usage.\n";

static int check_rubric(const char *path, const cs_scenario_info *in)
{
    int problems = 0;
    double sum = 0;
    for (size_t i = 0; i < in->rubric.n; i++) {
        const cs_rubric_item *it = &in->rubric.items[i];
        sum += it->max;
        if (!it->clause || !*it->clause) {
            printf("%s: rubric item '%s' has no clause: add clause = \"...\" naming the standard it comes from\n",
                   path, it->id);
            problems++;
        }
    }
    if (fabs(sum - 100) > 1e-6) {
        printf("%s: rubric maxima add up to %g, not 100: adjust the max values\n", path, sum);
        problems++;
    }
    return problems;
}

/* The scenario line where the script's thread is paused (a wait in a loop that never ends), or the
 * line of run = function when the stack says nothing. */
static int stuck_line(cs_engine *e, const char *path)
{
    int line = e->co ? cs_script_line(e->co, path) : 0;
    if (line > 0) return line;
    size_t len;
    char err[256];
    char *src = cs_read_file(path, 4u << 20, &len, err, sizeof err);
    line = src ? cs_lint_run_line(src, len) : 0;
    free(src);
    return line;
}

/* The checks of lint_source.c on the file's text. */
static int lint_source(const char *path, const cs_phrase_bank *bank)
{
    size_t len;
    char err[512];
    char *src = cs_read_file(path, 4u << 20, &len, err, sizeof err);
    if (!src) return 0; /* the load already said why */
    int problems = cs_lint_source(path, src, len, bank);
    free(src);
    return problems;
}

static int lint_one(const char *path, const cs_phrase_bank *bank)
{
    char err[1024] = "";
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) {
        printf("%s\n", err);
        return 1;
    }
    int problems = check_rubric(path, cs_engine_info(e)) + lint_source(path, bank);
    cs_replies answer_only;
    if (cs_replies_parse("(lint)", "/answer\n", 8, &answer_only, err, sizeof err) == 0) {
        cs_headless_result res;
        cs_headless_play(e, &answer_only, &res);
        if (cs_engine_script_error(e)) {
            printf("%s (playing with a silent trainee)\n", cs_engine_script_error(e));
            problems++;
        } else if (cs_engine_now(e) - e->offered_at >= CS_CALL_CAP_MS) {
            printf("%s:%d: with a silent trainee the call never ends (it ran to the 30-minute cap): give the "
                   "loop waiting here a way out on r.kind == \"timeout\" (call.hangup, or return)\n",
                   path, stuck_line(e, path));
            problems++;
        }
        cs_replies_free(&answer_only);
    }
    cs_engine_free(e);
    return problems;
}

int cmd_lint(int argc, char **argv)
{
    if (argc < 2) { fputs(usage, stderr); return 2; }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) { fputs(usage, stdout); return 0; }
    char err[1024] = "", dir[4096];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) { fprintf(stderr, "callsim lint: %s\n", err); return 2; }
    int problems = 0;
    for (int i = 1; i < argc; i++) problems += lint_one(argv[i], bank);
    cs_bank_free(bank);
    if (problems) fprintf(stderr, "callsim lint: %d problem(s) in %d file(s) checked\n", problems, argc - 1);
    return problems ? 1 : 0;
}
