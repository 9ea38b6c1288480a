/* `callsim lint SCENARIO.lua...`: loads each scenario in the sandbox, checks its table and rubric,
 * checks its source against the loaded environment (lint_source.c, lint_reply_text.c), and plays it
 * once with a trainee who answers and then stays silent, so a runtime error on the plainest path, or a call that never ends, shows before a
 * trainee meets it. Problems are "FILE[:LINE]: message" lines. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    "  Checks each scenario like a compiler, every problem as FILE:LINE: what is wrong: what to do.\n"
    "  Lua syntax; the returned table (id, title, level, area, caller, rubric, run), rubric rules and\n"
    "  clauses, maxima adding up to 100. In the source: unknown API names (call.sya, score.awrd,\n"
    "  phrase.mach: checked against the loaded call/score/phrase libraries), unknown phrase categories\n"
    "  (expect=, cat=, call.says, phrase.match/standard, rubric rules), unknown rubric ids\n"
    "  (score.award/deduct/note, item=), call.choose without correct= or with it out of range, unknown\n"
    "  voices and the voice cmn (use cmn-latn-pinyin), code that never runs (after return, break,\n"
    "  error(), call.hangup() or a loop no break leaves; a bare return taking the next line), unused\n"
    "  locals, and string searches on the trainee's reply text (use call.says, call.mentions,\n"
    "  call.retaliates or call.reads_back). Then one play-through with a silent trainee (script\n"
    "  errors at the scenario's line, a call that never ends).\n"
    "  Exit: 0 clean, 1 problems found, 2 bad usage.\n";

/* Line of `name =` (or of the string literal s) in the file, for problems the loaded table reports. */
static int source_line(const char *path, const char *field, const char *literal)
{
    size_t len;
    char err[256];
    char *src = cs_read_file(path, 4u << 20, &len, err, sizeof err);
    int line = !src ? 0 : field ? cs_lint_field_line(src, len, field) : cs_lint_string_line(src, len, literal);
    free(src);
    return line;
}

static int check_rubric(const char *path, const cs_scenario_info *in)
{
    int problems = 0;
    double sum = 0;
    for (size_t i = 0; i < in->rubric.n; i++) {
        const cs_rubric_item *it = &in->rubric.items[i];
        sum += it->max;
        if (!it->clause || !*it->clause) {
            printf("%s:%d: rubric item '%s' has no clause: add clause = \"...\" naming the standard it comes from\n",
                   path, source_line(path, NULL, it->id), it->id);
            problems++;
        }
    }
    if (fabs(sum - 100) > 1e-6) {
        printf("%s:%d: rubric maxima add up to %g, not 100: adjust the max values\n", path,
               source_line(path, "rubric", NULL), sum);
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

/* The names the loaded environment offers in call, score and phrase: the C functions, the helpers
 * of lua/callsim.lua and whatever the scenario's main chunk added. Strings owned by *names. */
static size_t api_names(cs_engine *e, char ***names)
{
    static const char *const libs[] = { "call", "score", "phrase", NULL };
    lua_State *L = cs_sandbox_state(e->sb);
    size_t n = 0, cap = 0;
    *names = NULL;
    cs_sandbox_push_env(e->sb);
    for (const char *const *lib = libs; *lib; lib++) {
        if (lua_getfield(L, -1, *lib) != LUA_TTABLE) { lua_pop(L, 1); continue; }
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) != LUA_TSTRING) continue;
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                char **g = realloc(*names, cap * sizeof *g);
                if (!g) break;
                *names = g;
            }
            char q[160];
            snprintf(q, sizeof q, "%s.%s", *lib, lua_tostring(L, -1));
            (*names)[n] = malloc(strlen(q) + 1);
            if ((*names)[n]) strcpy((*names)[n++], q);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return n;
}

/* A scenario that does not load still gets its source checked, against the environment of a
 * minimal scenario (the names are the same for every scenario). */
static cs_engine *reference_engine(const cs_phrase_bank *bank)
{
    static const char stub[] =
        "return { id = \"lint_reference\", title = \"t\", level = 5, area = \"service\",\n"
        "  caller = { name = \"n\" }, rubric = { { id = \"answer\", max = 100, rule = \"answer\" } },\n"
        "  run = function(call) end }\n";
    char path[] = "/tmp/callsim-lint-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f) { close(fd); unlink(path); return NULL; }
    fputs(stub, f);
    fclose(f);
    char err[512];
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    unlink(path);
    return e;
}

/* The checks of lint_source.c on the file's text; e is the scenario's engine, or NULL when it did
 * not load. */
static int lint_source(const char *path, const cs_phrase_bank *bank, cs_engine *e)
{
    size_t len;
    char err[512];
    char *src = cs_read_file(path, 4u << 20, &len, err, sizeof err);
    if (!src) return 0; /* the load already said why */
    cs_engine *names_from = e ? e : reference_engine(bank);
    char **api = NULL;
    size_t n_api = names_from ? api_names(names_from, &api) : 0;
    cs_lint_known known = { .bank = bank, .api = (const char *const *)api, .n_api = n_api,
                            .rubric = e ? &cs_engine_info(e)->rubric : NULL };
    int problems = cs_lint_source(path, src, len, &known);
    for (size_t i = 0; i < n_api; i++) free(api[i]);
    free(api);
    if (names_from != e) cs_engine_free(names_from);
    free(src);
    return problems;
}

/* A load error without a line ("FILE: rubric item ...: rule 'x' ..."): the line of the quoted name.
 * Returns 1 when printed, 0 when the source checks will name it at its line instead. */
static int print_load_error(const char *path, const char *err)
{
    size_t n = strlen(path);
    const char *q1 = strchr(err, '\''), *q2 = q1 ? strchr(q1 + 1, '\'') : NULL;
    int line = 0;
    if (strncmp(err, path, n) == 0 && err[n] == ':' && err[n + 1] == ' ' && q2 && q2 - q1 < 200) {
        char name[200];
        snprintf(name, sizeof name, "%.*s", (int)(q2 - q1 - 1), q1 + 1);
        size_t len;
        char e2[256];
        char *src = cs_read_file(path, 4u << 20, &len, e2, sizeof e2);
        if (src) line = cs_lint_string_line(src, len, name);
        free(src);
    }
    if (strstr(err, ": rule '")) return 0;
    if (line) printf("%s:%d:%s\n", path, line, err + n + 1);
    else printf("%s\n", err);
    return 1;
}

/* A syntax error right after a `return` statement: say why Lua expected the block to end there. */
static void explain_syntax_error(const char *path, const char *err)
{
    size_t n = strlen(path);
    if (strncmp(err, path, n) != 0 || err[n] != ':') return;
    int line = atoi(err + n + 1);
    size_t len;
    char e2[256];
    char *src = cs_read_file(path, 4u << 20, &len, e2, sizeof e2);
    int ret = src && line > 0 ? cs_lint_return_before(src, len, line) : 0;
    free(src);
    if (ret)
        printf("%s:%d: unreachable code after return (line %d): return must be the last statement of its block; "
               "move this line before the return, or write `do return end` if you mean to stop there\n",
               path, line, ret);
}

static int lint_one(const char *path, const cs_phrase_bank *bank)
{
    char err[1024] = "";
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) {
        int printed = print_load_error(path, err);
        /* a syntax error leaves no source worth reading; a table error does */
        if (strstr(err, " expected") || strstr(err, " near ")) { explain_syntax_error(path, err); return 1; }
        if (strstr(err, "cannot read") || strstr(err, "No such file")) return 1;
        int problems = printed + lint_source(path, bank, NULL);
        return problems ? problems : 1;
    }
    int problems = check_rubric(path, cs_engine_info(e)) + lint_source(path, bank, e);
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
