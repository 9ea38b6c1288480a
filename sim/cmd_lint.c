/* `callsim lint SCENARIO.lua...`: loads each scenario in the sandbox, checks its table and rubric,
 * checks its source against the loaded environment (lint_source.c, lint_reply_text.c), and plays it
 * once with a trainee who answers and then stays silent, so a runtime error on the plainest path, or a call that never ends, shows before a
 * trainee meets it. Problems are "FILE[:LINE]: message" lines. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.h"
#include "engine.h"
#include "engine_internal.h" /* read-only: where a never-ending script is stuck (its thread) */
#include "headless.h"
#include "lint_source.h"
#include "lint_tokens.h"
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
    "  (score.award/deduct/note/tells, item=), call.choose without correct= or with it out of range, unknown\n"
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

/* A rule naming who must be told (action:escalate:危机干预组) names one of the targets the dialog
 * offers (targets.escalate / targets.transfer, or the centre's defaults): any other can never be
 * chosen, so the item could never be earned. */
static int check_rule_target(const char *path, const cs_scenario_info *in, const cs_rubric_item *it)
{
    char act[16];
    const char *target;
    if (!cs_rule_target(it->rule, act, sizeof act, &target)) return 0;
    int tr = strcmp(act, "transfer") == 0;
    const char *const *list = tr ? in->transfer_targets : in->escalate_targets;
    size_t n = tr ? in->n_transfer : in->n_escalate;
    const char *near = NULL;
    size_t best = 99;
    char all[512] = "";
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(list[i], target) == 0) return 0;
        size_t d = cs_lint_distance(list[i], strlen(list[i]), target, strlen(target));
        if (d < best) { best = d; near = list[i]; }
        int w = snprintf(all + used, sizeof all - used, "%s%s", i ? "、" : "", list[i]);
        if (w > 0 && used + (size_t)w < sizeof all) used += (size_t)w;
    }
    char hint[200] = "";
    /* a character or two off (UTF-8: up to 3 bytes each) is a misspelling */
    if (near && best <= 6) snprintf(hint, sizeof hint, ": did you mean '%s'?", near);
    cs_lint_at(path, source_line(path, NULL, it->rule),
               "rubric item '%s': rule '%s' names target '%s', which targets.%s does not list (the dialog offers %s)%s",
               it->id, it->rule, target, act, all[0] ? all : "none", hint);
    return 1;
}

static int check_rubric(const char *path, const cs_scenario_info *in)
{
    int problems = 0;
    double sum = 0;
    for (size_t i = 0; i < in->rubric.n; i++) {
        const cs_rubric_item *it = &in->rubric.items[i];
        sum += it->max;
        problems += check_rule_target(path, in, it);
        if (!it->clause || !*it->clause) {
            cs_lint_at(path, source_line(path, NULL, it->id),
                       "rubric item '%s' has no clause: add clause = \"...\" naming the standard it comes from",
                       it->id);
            problems++;
        }
    }
    if (fabs(sum - 100) > 1e-6) {
        cs_lint_at(path, source_line(path, "rubric", NULL),
                   "rubric maxima add up to %g, not 100: adjust the max values", sum);
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

/* A growing list of owned strings. */
typedef struct {
    char **v;
    size_t n, cap;
} name_list;

static void names_add(name_list *l, const char *prefix, const char *name)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **g = realloc(l->v, cap * sizeof *g);
        if (!g) return;
        l->v = g;
        l->cap = cap;
    }
    size_t n = (prefix ? strlen(prefix) + 1 : 0) + strlen(name) + 1;
    char *s = malloc(n);
    if (!s) return;
    if (prefix) snprintf(s, n, "%s.%s", prefix, name);
    else snprintf(s, n, "%s", name);
    l->v[l->n++] = s;
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void names_free(name_list *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
}

/* The string keys of the table at the top of L, as "prefix.key" (or "key"). */
static void table_keys(lua_State *L, const char *prefix, name_list *out)
{
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) names_add(out, prefix, lua_tostring(L, -1));
    }
}

typedef struct {
    cs_engine *e;
    name_list *api, *globals, *fields;
    name_list these; /* the keys of one sample reply; here so that an error mid-way frees them too */
} env_names_args;

/* The work of env_names, run by cs_sandbox_protect: reading the environment may run a metamethod
 * and building the sample replies allocates in the Lua state, either of which may raise an error
 * (out of memory at the sandbox's cap), and outside a protected call that is a panic: abort. */
static int env_names_protected(lua_State *L)
{
    env_names_args *a = lua_touserdata(L, 1);
    cs_engine *e = a->e;
    name_list *api = a->api, *globals = a->globals, *fields = a->fields;
    cs_sandbox_push_env(e->sb);
    table_keys(L, NULL, globals);
    /* every table of the environment is a library: call, score, phrase, string, math, table, ... */
    for (size_t i = 0; i < globals->n; i++) {
        if (strcmp(globals->v[i], "_G") == 0) continue;
        if (lua_getfield(L, -1, globals->v[i]) == LUA_TTABLE) table_keys(L, globals->v[i], api);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* a text the bank classifies, so the optional fields (category) are there too */
    const char *opening = cs_bank_category_standard(e->cfg.bank, "opening");
    const struct { cs_input_kind kind; const char *text; } samples[] = {
        { CS_IN_TEXT, opening ? opening : "您好" }, { CS_IN_CHOICE, "甲" }, { CS_IN_TRANSFER, "x" },
        { CS_IN_TICKET, "a=b" },
    };
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        cs_engine_push_reply(e, L, samples[i].kind, samples[i].text, 1, 0, (size_t)-1);
        table_keys(L, NULL, &a->these);
        lua_pop(L, 1);
        for (size_t k = 0; k < a->these.n; k++) {
            size_t j = 0;
            while (j < fields->n && strcmp(fields->v[j], a->these.v[k]) != 0) j++;
            if (j == fields->n) names_add(fields, NULL, a->these.v[k]);
        }
        names_free(&a->these);
        a->these = (name_list){ 0 };
    }
    return 0;
}

/* What the loaded environment offers: the names in each of its tables (call, score and phrase with
 * the C functions, the helpers of lua/callsim.lua and whatever the scenario's main chunk added;
 * string, math, table, utf8), its global names, and the fields of the reply tables the engine
 * builds (one of each kind). When that fails (out of memory) the lists are left empty, as for a
 * scenario with no engine, so that no check runs on half a list of names. */
static void env_names(cs_engine *e, name_list *api, name_list *globals, name_list *fields)
{
    env_names_args a = { e, api, globals, fields, { 0 } };
    lua_State *L = cs_sandbox_state(e->sb);
    int top = lua_gettop(L);
    int rc = cs_sandbox_protect(e->sb, env_names_protected, &a, 0);
    names_free(&a.these);
    lua_settop(L, top); /* the error value, when there is one */
    if (rc != LUA_OK) {
        name_list *all[] = { api, globals, fields };
        for (size_t i = 0; i < 3; i++) { names_free(all[i]); *all[i] = (name_list){ 0 }; }
        return;
    }
    /* a stable message: Lua's table order changes from run to run (its string hash is seeded), and a
     * "did you mean" between two names equally near would change with it */
    if (fields->n) qsort(fields->v, fields->n, sizeof *fields->v, by_string);
    if (api->n) qsort(api->v, api->n, sizeof *api->v, by_string);
    if (globals->n) qsort(globals->v, globals->n, sizeof *globals->v, by_string);
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
    name_list api = { 0 }, globals = { 0 }, fields = { 0 };
    if (names_from) env_names(names_from, &api, &globals, &fields);
    cs_lint_known known = { .bank = bank, .api = (const char *const *)api.v, .n_api = api.n,
                            .globals = (const char *const *)globals.v, .n_globals = globals.n,
                            .reply_fields = (const char *const *)fields.v, .n_reply_fields = fields.n,
                            .rubric = e ? &cs_engine_info(e)->rubric : NULL };
    if (e) {
        const cs_scenario_info *in = cs_engine_info(e);
        known.transfer_targets = in->transfer_targets;
        known.n_transfer = in->n_transfer;
        known.escalate_targets = in->escalate_targets;
        known.n_escalate = in->n_escalate;
    }
    int problems = cs_lint_source(path, src, len, &known);
    names_free(&api);
    names_free(&globals);
    names_free(&fields);
    if (names_from != e) cs_engine_free(names_from);
    free(src);
    return problems;
}

/* The line a load error without one is about: the first quoted value of the message found as a
 * string literal of the source ('sevice'), else as a field (`level =`), else the returned table's
 * `run =` line. 0 when the source cannot be read. */
static int load_error_line(const char *path, const char *err)
{
    size_t len;
    char e2[256];
    char *src = cs_read_file(path, 4u << 20, &len, e2, sizeof e2);
    if (!src) return 0;
    int line = 0;
    for (int as_field = 0; as_field < 2 && !line; as_field++)
        for (const char *q1 = strchr(err, '\''); q1 && !line;) {
            const char *q2 = strchr(q1 + 1, '\'');
            if (!q2) break;
            if (q2 - q1 > 1 && q2 - q1 < 200) {
                char name[200];
                snprintf(name, sizeof name, "%.*s", (int)(q2 - q1 - 1), q1 + 1);
                line = as_field ? cs_lint_field_line(src, len, name) : cs_lint_string_line(src, len, name);
            }
            q1 = strchr(q2 + 1, '\'');
        }
    if (!line) line = cs_lint_run_line(src, len);
    free(src);
    return line;
}

/* A load error without a line ("FILE: field 'area' is 'sevice'"): printed at the line it is about.
 * Returns 1 when printed, 0 when the source checks will name it at its line instead. */
static int message_line(const char *path, const char *msg);

/* A load error, at its line: as Lua gave it, or at the line it is about when it has none
 * ("FILE: field 'area' is 'sevice'"). *line: the line it was printed at (0: none). */
static int print_load_error(const char *path, const char *err, int *line)
{
    size_t n = strlen(path);
    int bare = strncmp(err, path, n) == 0 && err[n] == ':' && err[n + 1] == ' ';
    *line = bare ? load_error_line(path, err) : message_line(path, err);
    if (bare && *line) printf("%s:%d:%s\n", path, *line, err + n + 1);
    else printf("%s\n", err);
    return 1;
}

/* A syntax error right after a `return` statement: say why Lua expected the block to end there, in
 * place of Lua's own words ('end' expected near ...), which name the symptom, not the mistake.
 * Returns 1 when it printed that line. */
static int explain_syntax_error(const char *path, const char *err)
{
    size_t n = strlen(path);
    if (strncmp(err, path, n) != 0 || err[n] != ':') return 0;
    int line = atoi(err + n + 1);
    size_t len;
    char e2[256];
    char *src = cs_read_file(path, 4u << 20, &len, e2, sizeof e2);
    int ret = src && line > 0 ? cs_lint_return_before(src, len, line) : 0;
    free(src);
    if (!ret) return 0;
    return cs_lint_at(path, line,
                      "unreachable code after return (line %d): return must be the last statement of its block; "
                      "move this line before the return, or write `do return end` if you mean to stop there", ret);
}

/* The line of a message "PATH:LINE: ...", or 0. */
static int message_line(const char *path, const char *msg)
{
    size_t n = strlen(path);
    if (strncmp(msg, path, n) != 0 || msg[n] != ':') return 0;
    return atoi(msg + n + 1);
}

/* Findings about a line that still runs as written (an unused local, code after a return, a search
 * of the reply's text, a choice without correct=): a script error at that line is another mistake. */
static int finding_stops_run(const char *finding)
{
    static const char *const harmless[] = { "local '", "unreachable code", "the scenario searches the trainee's",
                                            "offers choices without a correct option", NULL };
    for (const char *const *h = harmless; *h; h++)
        if (strstr(finding, *h)) return 0;
    return 1;
}

/* The script error of the play-through, unless a finding already named the mistake at its line
 * (call.say(42) is found in the source and then stops the play at the same line: one mistake, one
 * line). Returns 1 when printed. */
static int print_play_error(const char *path, const char *msg, const cs_lint_log *log)
{
    int line = message_line(path, msg);
    for (size_t i = 0; line && i < log->n; i++)
        if (log->v[i].line == line && finding_stops_run(log->v[i].text)) return 0;
    printf("%s (playing with a silent trainee)\n", msg);
    return 1;
}

/* The finding that already says what a load error says: "missing field 'title'" after "unknown
 * field 'titel' ...: did you mean 'title'?" is one mistake, the misspelling; "rubric[1]: rule 'X'
 * names ..." is the source check's "rule 'X' names ..." at the rule's own line. NULL: none. */
static const cs_lint_finding *load_error_explained(const char *err, const cs_lint_log *log)
{
    static const struct { const char *lead, *needle; } forms[] = {
        { "missing field '", "did you mean '%.*s'?" }, { ": rule '", "rule '%.*s'" },
    };
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++) {
        const char *q1 = strstr(err, forms[k].lead);
        if (!q1) continue;
        q1 += strlen(forms[k].lead);
        const char *q2 = strchr(q1, '\'');
        if (!q2 || q2 - q1 > 100) continue;
        char needle[160];
        snprintf(needle, sizeof needle, forms[k].needle, (int)(q2 - q1), q1);
        const cs_lint_finding *f = cs_lint_log_find(log, needle);
        if (f) return f;
    }
    return NULL;
}

/* A scenario that does not load: its load error, and the source checks when there is a source to
 * read. Each mistake once: a syntax error after a return is said as that; a load error a finding
 * already says is left to the finding. *line: the line the mistake was said at (0: none). */
static int lint_unloaded(const char *path, const cs_phrase_bank *bank, const char *err, cs_lint_log *log, int *line)
{
    *line = 0;
    /* a syntax error leaves no source worth reading; a table error does */
    if (strstr(err, " expected") || strstr(err, " near ")) {
        if (explain_syntax_error(path, err)) *line = message_line(path, err);
        else print_load_error(path, err, line);
        return 1;
    }
    if (strstr(err, "cannot read") || strstr(err, "No such file")) { print_load_error(path, err, line); return 1; }
    int problems = lint_source(path, bank, NULL);
    const cs_lint_finding *f = load_error_explained(err, log);
    if (f) *line = f->line;
    else problems += print_load_error(path, err, line);
    return problems ? problems : 1;
}

/* A path that is no scenario file at all (a typo, a folder, an option lint does not have): one line,
 * on stderr, saying what to give instead. Returns 1 when it is one. */
static int not_a_file(const char *path, char *fatal, size_t fatal_len)
{
    struct stat sb;
    char why[1200] = "";
    if (path[0] == '-')
        snprintf(why, sizeof why, "unknown option '%.200s' (lint takes scenario files: callsim lint SCENARIO.lua...; see --help)", path);
    else if (stat(path, &sb) != 0)
        snprintf(why, sizeof why, "%.400s: no such file (check the path; scenarios are .lua files, e.g. scenarios/silent_line.lua)", path);
    else if (S_ISDIR(sb.st_mode))
        snprintf(why, sizeof why, "%.400s is a folder: give its scenario files (callsim lint %.150s/*.lua)", path, path);
    if (!why[0]) return 0;
    if (!fatal[0]) snprintf(fatal, fatal_len, "%s", why);
    else fprintf(stderr, "callsim lint: %s\n", why);
    return 1;
}

/* What makes lint exit 2, as run would: the first file that is no scenario file, does not load or
 * stops when played. */
typedef struct {
    char msg[1200];
    const char *what; /* "does not load", ...; NULL: msg was not printed as a finding (say it whole) */
    const char *path;
    int line;         /* where the finding saying it was printed; 0: none (say msg whole) */
} lint_fatal;

/* Lints one file. A scenario that does not load, or whose play-through with a silent trainee ends
 * in a script error (exactly when `run` would exit 2), also sets fatal (the first only): lint exits
 * 2 for it as run does, after printing every finding. A scenario that loads and plays but has
 * findings exits 1. */
static int lint_one(const char *path, const cs_phrase_bank *bank, lint_fatal *fatal)
{
    char *const fatal_msg = fatal->msg;
    const size_t fatal_len = sizeof fatal->msg;
    if (not_a_file(path, fatal_msg, fatal_len)) return 1;
    char err[1024] = "";
    cs_lint_log log;
    cs_lint_log_begin(&log);
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) {
        int line = 0;
        int problems = lint_unloaded(path, bank, err, &log, &line);
        if (!fatal_msg[0]) {
            *fatal = (lint_fatal){ .what = "the scenario does not load", .path = path, .line = line };
            snprintf(fatal_msg, fatal_len, "%s", err);
        }
        cs_lint_log_end(&log);
        return problems;
    }
    int problems = check_rubric(path, cs_engine_info(e)) + lint_source(path, bank, e);
    cs_replies answer_only;
    if (cs_replies_parse("(lint)", "/answer\n", 8, &answer_only, err, sizeof err) == 0) {
        cs_headless_result res;
        cs_headless_play(e, &answer_only, &res);
        if (cs_engine_script_error(e)) {
            problems += print_play_error(path, cs_engine_script_error(e), &log);
            if (!fatal_msg[0]) {
                *fatal = (lint_fatal){ .what = "the scenario stops here when played with a silent trainee", .path = path,
                                       .line = message_line(path, cs_engine_script_error(e)) };
                snprintf(fatal_msg, fatal_len, "%s", cs_engine_script_error(e));
            }
            if (!problems) problems = 1;
        } else if (cs_engine_now(e) - e->offered_at >= CS_CALL_CAP_MS) {
            cs_lint_at(path, stuck_line(e, path),
                       "with a silent trainee the call never ends (it ran to the 30-minute cap): give the "
                       "loop waiting here a way out on r.kind == \"timeout\" (call.hangup, or return)");
            problems++;
        }
        cs_replies_free(&answer_only);
    }
    cs_engine_free(e);
    cs_lint_log_end(&log);
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
    lint_fatal fatal = { "", NULL, NULL, 0 };
    for (int i = 1; i < argc; i++) problems += lint_one(argv[i], bank, &fatal);
    cs_bank_free(bank);
    fflush(stdout); /* the findings first, then the closing line, also when both go to one file */
    if (fatal.msg[0]) {
        /* one line naming where, as run does; the finding itself is on stdout already, so it is
         * not said twice (each mistake one line) */
        if (fatal.what && fatal.line > 0)
            fprintf(stderr, "callsim lint: %s:%d: %s (the finding above; run stops the same way): %d problem(s) in %d "
                    "file(s) checked\n", fatal.path, fatal.line, fatal.what, problems, argc - 1);
        else fprintf(stderr, "callsim lint: %s\n", fatal.msg);
        return 2;
    }
    if (problems) fprintf(stderr, "callsim lint: %d problem(s) in %d file(s) checked\n", problems, argc - 1);
    return problems ? 1 : 0;
}
