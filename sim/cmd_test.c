/* `callsim test [DIR]`: a trainer's regression tests. Plays every NAME.CASE.replies of the folder
 * (DIR/tests/transcripts, else DIR itself, else — for DIR named scenarios — the tests/transcripts
 * beside it) headless against scenario NAME (DIR/scenarios/NAME.lua,
 * DIR/NAME.lua, else the scenario folders of paths.h) and checks the outcomes its NAME.CASE.expect
 * states, in the format of tests/run_transcripts.sh, one a line:
 *   passed true|false · auto_failed true|false · score OP N · item ID OP N · seed N ·
 *   reason ID TEXT · clause ID TEXT · fatal ID true|false · fail_reason TEXT ·
 *   caller_says TEXT · caller_never TEXT (some / no line the caller side spoke holds TEXT)
 * (OP: >= > <= < ==; `seed N` pins the seed the call is played with, default 1; # comments).
 * Prints a FAIL line per broken expectation and closes with "N passed, N failed" (pairs). */
#include <dirent.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "engine.h"
#include "headless.h"
#include "lang_pref.h"
#include "lua_sandbox.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"

static const char usage[] =
    "usage: callsim test [DIR]\n"
    "  Plays every NAME.CASE.replies in DIR/tests/transcripts (or DIR itself; default: the current\n"
    "  folder) against scenario NAME (DIR/scenarios/NAME.lua, DIR/NAME.lua, or the scenario folders:\n"
    "  --scenarios DIR, then the install's) and checks its NAME.CASE.expect, one outcome a line:\n"
    "    passed true|false   auto_failed true|false   score OP N   item ID OP N   seed N\n"
    "    reason ID TEXT   clause ID TEXT   fatal ID true|false   fail_reason TEXT\n"
    "    caller_says TEXT   caller_never TEXT  (a line the caller side spoke holds TEXT / none does)\n"
    "  (OP is >= > <= < ==; seed N pins the seed, default 1). Prints FAIL lines, then\n"
    "  'N passed, N failed' counting replies/expect pairs.\n"
    "  Exit: 0 all passed, 1 some failed, 2 bad usage or no replies files.\n";

static int file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int dir_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Scenario NAME for the tests of dir: the folder's own scenarios first. */
static const char *scenario_for(const char *dir, const char *name, char *buf, size_t len)
{
    snprintf(buf, len, "%s/scenarios/%s.lua", dir, name);
    if (file_exists(buf)) return buf;
    snprintf(buf, len, "%s/%s.lua", dir, name);
    if (file_exists(buf)) return buf;
    return cs_scenario_find(name, buf, len);
}

static int compare(double a, const char *op, double b)
{
    if (strcmp(op, ">=") == 0) return a >= b;
    if (strcmp(op, ">") == 0) return a > b;
    if (strcmp(op, "<=") == 0) return a <= b;
    if (strcmp(op, "<") == 0) return a < b;
    if (strcmp(op, "==") == 0) return a == b;
    return -1;
}

/* The `seed N` line of an expect text, or 1. */
static uint64_t expect_seed(const char *text)
{
    for (const char *l = text; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        unsigned long long v;
        if (sscanf(l, " seed %llu", &v) == 1) return v;
    }
    return 1;
}

/* The text of line after its first `skip` words, trailing blanks cut (in a static buffer). */
static const char *rest_of(const char *line, int skip)
{
    static char buf[256];
    const char *p = line;
    for (int i = 0; i < skip; i++) {
        p += strspn(p, " \t");
        p += strcspn(p, " \t");
    }
    p += strspn(p, " \t");
    snprintf(buf, sizeof buf, "%s", p);
    for (size_t n = strlen(buf); n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\r'); n--) buf[n - 1] = 0;
    return buf;
}

/* reason|clause ID TEXT: the item's reason/clause holds TEXT; fatal ID true|false: the rubric marks
 * the item fatal (一票否决) or not — as tests/run_transcripts.sh checks them. */
static int check_item_text(const char *base, const char *what, const char *id, const char *want, const cs_grade *g,
                           const cs_rubric *rub)
{
    for (size_t i = 0; i < g->n_items; i++) {
        if (strcmp(g->items[i].id, id) != 0) continue;
        if (strcmp(what, "fatal") == 0) {
            int fatal = i < rub->n && rub->items[i].fatal;
            if ((strcmp(want, "true") == 0) == !!fatal) return 1;
            printf("FAIL %s: item %s fatal is %s, expected %s\n", base, id, fatal ? "true" : "false", want);
            return 0;
        }
        const char *got = what[0] == 'r' ? g->items[i].reason : g->items[i].clause;
        if (got && strstr(got, want)) return 1;
        printf("FAIL %s: item %s %s is '%s', expected it to hold '%s'\n", base, id, what, got ? got : "", want);
        return 0;
    }
    printf("FAIL %s: no rubric item %s\n", base, id);
    return 0;
}

/* The number of an expectation: all of s, finite; else the trainer's mistake is named at the line. */
static int expect_number(const char *epath, int lineno, const char *s, const char *example, double *out)
{
    char *end = NULL;
    *out = strtod(s, &end);
    if (end != s && *end == '\0' && isfinite(*out)) return 0;
    printf("FAIL %s:%d: '%s' is not a number (write it as in: %s)\n", epath, lineno, s, example);
    return -1;
}

/* 1 if some line the caller side spoke (the caller, or a desk the story put on the line) holds want. */
static int caller_said(const cs_call_log *log, const char *want)
{
    for (size_t i = 0; log && i < log->n; i++)
        if (log->ev[i].kind == CS_EV_CALLER_SAY && log->ev[i].text && strstr(log->ev[i].text, want)) return 1;
    return 0;
}

/* One expectation line as read: its first four words (n of them read), the number its form
 * carries (score's b, item's c), and what it is checked against. */
typedef struct {
    const char *base, *epath, *line;
    int lineno, n;
    const char *what, *a, *b, *c;
    double num;
    const cs_grade *g;
    const cs_rubric *rub;
    const cs_call_log *log;
} expect_line;

/* The check of one form: 1 holds, 0 broken (its FAIL line printed). */
typedef int (*expect_check)(const expect_line *x);

/* passed|auto_failed true|false: the grade's flag, after the value was found true or false. */
static int check_flag(const expect_line *x)
{
    int got = x->what[0] == 'p' ? x->g->passed : x->g->auto_failed;
    if ((strcmp(x->a, "true") == 0) == !!got) return 1;
    printf("FAIL %s: %s is %s, expected %s\n", x->base, x->what, got ? "true" : "false", x->a);
    return 0;
}

/* score OP N: the total against N (a comparison that is none of OP is named at the line). */
static int check_score(const expect_line *x)
{
    int r = compare(x->g->score, x->a, x->num);
    if (r == 1) return 1;
    if (r < 0) printf("FAIL %s:%d: unknown comparison '%s' (use >= > <= < ==)\n", x->epath, x->lineno, x->a);
    else printf("FAIL %s: score %.1f, expected %s %s\n", x->base, x->g->score, x->a, x->b);
    return 0;
}

/* item ID OP N: item ID's points against N. */
static int check_item_points(const expect_line *x)
{
    for (size_t i = 0; i < x->g->n_items; i++) {
        if (strcmp(x->g->items[i].id, x->a) != 0) continue;
        int r = compare(x->g->items[i].points, x->b, x->num);
        if (r == 1) return 1;
        if (r < 0) printf("FAIL %s:%d: unknown comparison '%s' (use >= > <= < ==)\n", x->epath, x->lineno, x->b);
        else printf("FAIL %s: item %s has %g, expected %s %s\n", x->base, x->a, x->g->items[i].points, x->b, x->c);
        return 0;
    }
    printf("FAIL %s: no rubric item %s\n", x->base, x->a);
    return 0;
}

/* reason|clause ID TEXT, fatal ID true|false: TEXT is the rest of the line after ID. */
static int check_item_words(const expect_line *x)
{
    return check_item_text(x->base, x->what, x->a, rest_of(x->line, 2), x->g, x->rub);
}

/* fail_reason TEXT: why the call auto-failed holds TEXT (the rest of the line). */
static int check_fail_reason(const expect_line *x)
{
    const char *want = rest_of(x->line, 1), *got = x->g->fail_reason ? x->g->fail_reason : "";
    if (strstr(got, want)) return 1;
    printf("FAIL %s: fail_reason is '%s', expected it to hold '%s'\n", x->base, got, want);
    return 0;
}

/* caller_says|caller_never TEXT: some / no line the caller side spoke holds TEXT. */
static int check_caller_side(const expect_line *x)
{
    const char *want = rest_of(x->line, 1);
    int said = caller_said(x->log, want), says = x->what[7] == 's';
    if (said == says) return 1;
    printf("FAIL %s: %s '%s', but the caller side %s\n", x->base, x->what, want, said ? "said it" : "never said it");
    return 0;
}

/* What an expect line's values must be before its check runs: words, true|false (its second
 * word), or a number (its third word, score's N; its fourth, item's N). */
enum expect_value { VALUE_WORDS, VALUE_FLAG, VALUE_NUMBER_3, VALUE_NUMBER_4 };

/* The forms an expect line can take: its first word, how many words it needs, how to write it,
 * what its values must be, and its check. caller_says and caller_never have no example: written
 * with too few words they are named an unknown expectation, as they always were. */
static const struct {
    const char *what;
    int args;
    const char *example;
    enum expect_value value;
    expect_check check;
} expect_forms[] = {
    { "passed", 2, "passed true", VALUE_FLAG, check_flag },
    { "auto_failed", 2, "auto_failed false", VALUE_FLAG, check_flag },
    { "score", 3, "score >= 85", VALUE_NUMBER_3, check_score },
    { "item", 4, "item opening == 10", VALUE_NUMBER_4, check_item_points },
    { "reason", 3, "reason opening 开篇语", VALUE_WORDS, check_item_words },
    { "clause", 3, "clause opening 1.1", VALUE_WORDS, check_item_words },
    { "fatal", 3, "fatal answer false", VALUE_WORDS, check_item_words },
    { "fail_reason", 2, "fail_reason 辱骂", VALUE_WORDS, check_fail_reason },
    { "caller_says", 2, NULL, VALUE_WORDS, check_caller_side },
    { "caller_never", 2, NULL, VALUE_WORDS, check_caller_side },
};

/* The unknown-expectation FAIL line; 0. */
static int unknown_expectation(const expect_line *x)
{
    printf("FAIL %s:%d: unknown expectation '%s' (passed, auto_failed, score, item, reason, clause, fatal, fail_reason, caller_says, caller_never, seed)\n",
           x->epath, x->lineno, x->what);
    return 0;
}

/* Whether line x is written right for its form f: enough words, true|false where a flag is, a
 * number where one is; else the trainer's mistake is named at the line (FAIL printed) and 0. */
static int expect_well_formed(expect_line *x, size_t f)
{
    if (x->n < expect_forms[f].args) {
        printf("FAIL %s:%d: '%s' needs %d value%s (write it as in: %s)\n", x->epath, x->lineno, x->what,
               expect_forms[f].args - 1, expect_forms[f].args > 2 ? "s" : "", expect_forms[f].example);
        return 0;
    }
    if (expect_forms[f].value == VALUE_FLAG && strcmp(x->a, "true") && strcmp(x->a, "false")) {
        printf("FAIL %s:%d: %s is true or false, not '%s'\n", x->epath, x->lineno, x->what, x->a);
        return 0;
    }
    if (expect_forms[f].value != VALUE_NUMBER_3 && expect_forms[f].value != VALUE_NUMBER_4) return 1;
    const char *number = expect_forms[f].value == VALUE_NUMBER_3 ? x->b : x->c;
    return !expect_number(x->epath, x->lineno, number, expect_forms[f].example, &x->num);
}

/* Checks one expectation line against the graded call; 1 holds, 0 broken (FAIL printed). A line
 * that is not an expectation is named as FILE.expect:LINE with how to write it; blank lines,
 * # comments and seed lines hold. */
static int check_line(const char *base, const char *epath, int lineno, const char *line, const cs_grade *g,
                      const cs_rubric *rub, const cs_call_log *log)
{
    char what[32] = "", a[128] = "", b[32] = "", c[32] = "";
    int n = sscanf(line, " %31s %127s %31s %31s", what, a, b, c);
    if (n <= 0 || what[0] == '#' || strcmp(what, "seed") == 0) return 1;
    expect_line x = { base, epath, line, lineno, n, what, a, b, c, 0, g, rub, log };
    for (size_t f = 0; f < sizeof expect_forms / sizeof *expect_forms; f++) {
        if (strcmp(what, expect_forms[f].what) != 0) continue;
        if (!expect_forms[f].example && n < expect_forms[f].args) return unknown_expectation(&x);
        return expect_well_formed(&x, f) && expect_forms[f].check(&x);
    }
    return unknown_expectation(&x);
}

static int check_expect(const char *base, const char *epath, const char *text, const cs_grade *g, const cs_rubric *rub,
                        const cs_call_log *log)
{
    int ok = 1, lineno = 1, lines = 0;
    for (const char *l = text; l && *l; lineno++) {
        const char *nl = strchr(l, '\n');
        char line[256], what[32] = "";
        snprintf(line, sizeof line, "%.*s", (int)(nl ? nl - l : (long)strlen(l)), l);
        if (sscanf(line, " %31s", what) == 1 && what[0] != '#' && strcmp(what, "seed")) lines++;
        ok &= check_line(base, epath, lineno, line, g, rub, log);
        l = nl ? nl + 1 : NULL;
    }
    /* an expect file that asserts nothing passes whatever the call does */
    if (!lines) {
        printf("FAIL %s:1: no expectations: the pair passes whatever happens (write at least one, e.g. passed true)\n", epath);
        return 0;
    }
    return ok;
}

/* Plays one replies/expect pair; 1 passed, 0 failed (reason printed). */
static int run_pair(const char *dir, const char *tests, const char *file, const cs_phrase_bank *bank)
{
    char base[512], name[256], scen[4400], rpath[5000], epath[5000], err[1024];
    int blen = (int)(strlen(file) - 8); /* minus ".replies" */
    snprintf(base, sizeof base, "%.*s", blen < 500 ? blen : 500, file);
    snprintf(name, sizeof name, "%.*s", (int)strcspn(base, "."), base);
    snprintf(rpath, sizeof rpath, "%s/%s", tests, file);
    snprintf(epath, sizeof epath, "%s/%s.expect", tests, base);
    size_t len;
    char *expect = cs_read_file(epath, 1u << 20, &len, err, sizeof err);
    if (!expect) { printf("FAIL %s: no %s.expect beside the replies\n", base, base); return 0; }
    int ok = 0;
    cs_replies r;
    if (!scenario_for(dir, name, scen, sizeof scen)) {
        printf("FAIL %s: no scenario %s.lua (in %s/scenarios, %s or the scenario folders)\n", base, name, dir, dir);
    } else if (cs_replies_load(rpath, &r, err, sizeof err) != 0) {
        printf("FAIL %s: %s\n", base, err);
    } else {
        cs_engine_config cfg = { .scenario_path = scen, .seed = expect_seed(expect), .mode = CS_MODE_HEADLESS,
                                 .bank = bank };
        cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
        cs_grade g;
        if (!e) printf("FAIL %s: %s\n", base, err);
        else {
            int en = 0;
            cs_lang_pick(NULL, &en);  /* explanations as `callsim run` gives them: the locale's */
            cs_engine_set_zh(e, !en);
            cs_headless_result res;
            cs_headless_play(e, &r, &res);
            if (cs_engine_script_error(e)) printf("FAIL %s: %s\n", base, cs_engine_script_error(e));
            else if (cs_engine_grade(e, &g) != 0) printf("FAIL %s: out of memory grading\n", base);
            else { ok = check_expect(base, epath, expect, &g, &cs_engine_info(e)->rubric, cs_engine_log(e)); cs_grade_free(&g); }
        }
        cs_engine_free(e);
        cs_replies_free(&r);
    }
    free(expect);
    return ok;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.replies names of tests, sorted; count in *n (names owned by the caller). */
static char **list_replies(const char *tests, size_t *n)
{
    DIR *d = opendir(tests);
    char **v = NULL;
    *n = 0;
    for (struct dirent *de; d && (de = readdir(d));) {
        size_t l = strlen(de->d_name);
        if (l < 9 || strcmp(de->d_name + l - 8, ".replies") != 0) continue;
        char **g = realloc(v, (*n + 1) * sizeof *g);
        if (!g) break;
        v = g;
        if ((v[*n] = strdup(de->d_name))) (*n)++;
    }
    if (d) closedir(d);
    if (*n) qsort(v, *n, sizeof *v, by_name);
    return v;
}

/* A scenarios folder given for its project (`callsim test scenarios/` in a folder laid out as
 * scenarios/ + tests/transcripts/): the transcripts beside it, written into tests; 1 when found. */
static int sibling_transcripts(const char *dir, char *tests, size_t len)
{
    char d[4096];
    snprintf(d, sizeof d, "%s", dir);
    size_t l = strlen(d);
    while (l > 1 && d[l - 1] == '/') d[--l] = 0;
    const char *base = strrchr(d, '/');
    base = base ? base + 1 : d;
    if (strcmp(base, "scenarios") != 0) return 0;
    char t[4400];
    int w = base == d ? snprintf(t, sizeof t, "tests/transcripts") : snprintf(t, sizeof t, "%.*s/tests/transcripts", (int)(base - d - 1), d);
    if (w < 0 || (size_t)w >= sizeof t || !dir_exists(t)) return 0;
    snprintf(tests, len, "%s", t);
    return 1;
}

int cmd_test(int argc, char **argv)
{
    if (argc > 2) { fputs(usage, stderr); return 2; }
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) { fputs(usage, stdout); return 0; }
    const char *dir = argc == 2 ? argv[1] : ".";
    if (!dir_exists(dir)) { fprintf(stderr, "callsim test: %s: not a folder\n", dir); return 2; }
    char tests[4400], assets[4096], err[1024];
    snprintf(tests, sizeof tests, "%s/tests/transcripts", dir);
    if (!dir_exists(tests)) snprintf(tests, sizeof tests, "%s", dir);
    size_t n;
    char **files = list_replies(tests, &n);
    if (n == 0 && sibling_transcripts(dir, tests, sizeof tests)) {
        free(files);
        files = list_replies(tests, &n);
    }
    if (n == 0) {
        fprintf(stderr, "callsim test: no *.replies files in %s (write them with `callsim new NAME --dir %s`)\n", tests, dir);
        free(files);
        return 2;
    }
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", assets, sizeof assets), err, sizeof err);
    if (!bank) { fprintf(stderr, "callsim test: %s\n", err); for (size_t i = 0; i < n; i++) free(files[i]); free(files); return 2; }
    int pass = 0, fail = 0;
    for (size_t i = 0; i < n; i++) {
        if (run_pair(dir, tests, files[i], bank)) pass++;
        else fail++;
        free(files[i]);
    }
    free(files);
    cs_bank_free(bank);
    printf("%d passed, %d failed\n", pass, fail);
    return fail ? 1 : 0;
}
