/* `callsim exam run|examiner-add|score|sign|void`: the headless half of the graded practical exam
 * (issue 4). `exam run` plays every scenario of a paper with one replies file per scenario on the
 * virtual clock, exactly as `callsim run` drives the engine, storing every turn as it happens;
 * the others record the examiner panel's work. Plain `callsim exam` (no subcommand) is the window.
 * Rules: 国家职业技能标准 (2021) 1.9.2 百分制 ≥60, 1.9.3 odd panel ≥3, 1.9.4 ≥30 min, 4.2 weights. */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.h"
#include "engine.h"
#include "exam_store.h"
#include "headless.h"
#include "json_write.h"
#include <sqlite3.h>

#include "attempt_recorder.h"
#include "lua_sandbox.h"
#include "paths.h"
#include "roster_csv.h"
#include "phrase_bank.h"
#include "replies.h"
#include "result_json.h"
#include "store.h"

static const char usage[] =
    "usage: callsim exam run --paper PAPER --candidate 考生号 [--name 姓名] [--id-number 证件号]\n"
    "                        --replies DIR [--db PATH] [--exam UID] [--resume N] [--json]\n"
    "       callsim exam roster --paper PAPER [--exam UID] [--db PATH] [--import ROSTER.csv]\n"
    "       callsim exam examiner-add --db PATH --examiner NAME --pin PIN\n"
    "       callsim exam score --db PATH --attempt N --examiner NAME --pin PIN ITEM=SCORE... [--reason WHY]\n"
    "       callsim exam sign  --db PATH --attempt N --examiner NAME --pin PIN\n"
    "       callsim exam void  --db PATH --attempt N --examiner NAME --pin PIN --reason WHY\n"
    "       callsim exam       (no subcommand: the examiner flow in the window)\n"
    "  run: plays every scenario of PAPER (a file, or a name in assets/papers) with DIR/<scenario>.replies\n"
    "    (a missing file = a silent candidate) on the paper's seed, stores every turn, prints the score of\n"
    "    each 4.2 area and the final score (百分制, pass ≥60). Examiner items (普通话, 语音语调, 服务态度, …)\n"
    "    stay pending until the panel scores them. --resume N continues exam attempt N (parts whose call\n"
    "    completed are kept; an interrupted call is played again from its start).\n"
    "  roster: lists the candidates of the sitting of PAPER; --import adds those of a CSV file (考生号,姓名,\n"
    "    证件号; UTF-8 as Excel's 'CSV UTF-8' writes it, header row optional), all or none.\n"
    "  score: one examiner's own scores (0-100) for the paper's examiner items, e.g. 普通话=90 语音语调=85.\n"
    "    The panel's score of an item is the MEDIAN of its examiners' latest scores, counted only for an\n"
    "    odd panel of 3 or more (国家职业技能标准 1.9.3). When every part is scored the result is stored\n"
    "    (version 1); once a result exists, a new score needs --reason and makes a new version.\n"
    "  sign: signs the latest result version; a signed result never changes (a correction is a new\n"
    "    version, with who, when and why). void: voids an attempt with a recorded reason.\n"
    "  The PIN may also come from the environment variable CALLSIM_PIN (keeps it out of `ps`).\n"
    "  Exit: 0 done (run: played, whatever the score), 1 wrong PIN, 2 usage, input or database error.\n";

typedef struct {
    const char *sub, *paper, *cand, *name, *id_number, *replies, *db, *exam, *examiner, *pin, *reason, *import;
    int64_t attempt, resume;
    int json;
    const char *items[32];
    int n_items;
} exam_args;

static int need_value(int i, int argc, const char *opt)
{
    if (i + 1 < argc) return 0;
    fprintf(stderr, "callsim exam: %s needs a value\n", opt);
    return 2;
}

static int parse_id(const char *opt, const char *v, int64_t *out)
{
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (!*v || *end || errno || n <= 0) {
        fprintf(stderr, "callsim exam: %s takes an exam attempt number, not '%s'\n", opt, v);
        return 2;
    }
    *out = n;
    return 0;
}

static int parse_args(int argc, char **argv, exam_args *a)
{
    static const struct { const char *opt; size_t off; } str_opts[] = {
        { "--paper", offsetof(exam_args, paper) },       { "--candidate", offsetof(exam_args, cand) },
        { "--name", offsetof(exam_args, name) },         { "--id-number", offsetof(exam_args, id_number) },
        { "--replies", offsetof(exam_args, replies) },   { "--db", offsetof(exam_args, db) },
        { "--exam", offsetof(exam_args, exam) },         { "--examiner", offsetof(exam_args, examiner) },
        { "--pin", offsetof(exam_args, pin) },           { "--reason", offsetof(exam_args, reason) },
        { "--import", offsetof(exam_args, import) },
    };
    memset(a, 0, sizeof *a);
    a->sub = argc > 1 ? argv[1] : "";
    for (int i = 2; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) { fputs(usage, stdout); return 1; }
        if (!strcmp(s, "--json")) { a->json = 1; continue; }
        int done = 0;
        for (size_t k = 0; k < sizeof str_opts / sizeof str_opts[0] && !done; k++) {
            if (strcmp(s, str_opts[k].opt)) continue;
            if (need_value(i, argc, s)) return 2;
            *(const char **)((char *)a + str_opts[k].off) = argv[++i];
            done = 1;
        }
        if (done) continue;
        if (!strcmp(s, "--attempt") || !strcmp(s, "--resume")) {
            if (need_value(i, argc, s) || parse_id(s, argv[i + 1], s[2] == 'a' ? &a->attempt : &a->resume)) return 2;
            i++;
            continue;
        }
        if (!strcmp(s, "--item")) { /* also accepted: --item ITEM=SCORE */
            if (need_value(i, argc, s)) return 2;
            s = argv[++i];
        } else if (s[0] == '-') {
            fprintf(stderr, "callsim exam: unknown option %s (see callsim exam --help)\n", s);
            return 2;
        }
        if (!strchr(s, '=') || a->n_items == 32) {
            fprintf(stderr, "callsim exam: unexpected argument '%s' (scores are ITEM=SCORE)\n", s);
            return 2;
        }
        a->items[a->n_items++] = s;
    }
    if (!a->pin) a->pin = getenv("CALLSIM_PIN");
    return 0;
}

static cs_store *open_db(const char *db)
{
    char path[4096], err[1024];
    if (!db) {
        if (cs_store_default_path(path, sizeof path)) { fprintf(stderr, "callsim exam: no HOME or XDG_DATA_HOME; pass --db PATH\n"); return NULL; }
        db = path;
    }
    cs_store *st = cs_store_open(db, err, sizeof err);
    if (!st) fprintf(stderr, "callsim exam: %s\n", err);
    return st;
}

/* PAPER as given, else assets/papers/PAPER(.paper). */
static int load_paper(const char *name, cs_paper *p)
{
    char err[1024], dir[4096], path[4400];
    struct stat sb;
    const char *use = name;
    if (stat(name, &sb) != 0 && !strchr(name, '/')) {
        snprintf(path, sizeof path, "%s/%s%s", cs_data_path("assets/papers", dir, sizeof dir), name,
                 strstr(name, ".paper") ? "" : ".paper");
        if (stat(path, &sb) == 0) use = path;
    }
    if (cs_paper_load(use, p, err, sizeof err) == 0) return 0;
    fprintf(stderr, "callsim exam: %s\n", err);
    return 2;
}

/* ---- exam run ------------------------------------------------------------------------------------- */

static void store_event(void *ud, const cs_call_log *log, size_t index)
{
    cs_recorder **rec = ud;
    if (*rec) cs_recorder_event(*rec, log, index);
}

/* DIR/<id>.replies, or no replies at all (a silent candidate) when the file is missing. */
static int load_replies(const char *dir, const char *id, cs_replies *r)
{
    char path[4400], err[1024];
    snprintf(path, sizeof path, "%s/%s.replies", dir, id);
    memset(r, 0, sizeof *r);
    if (access(path, F_OK) != 0) return 0;
    if (cs_replies_load(path, r, err, sizeof err) == 0) return 0;
    fprintf(stderr, "callsim exam: %s\n", err);
    return 2;
}

typedef struct {
    const exam_args *a;
    const cs_paper *paper;
    cs_store *st;
    const cs_phrase_bank *bank;
    int64_t xa, person;
    int64_t used_ms; /* virtual time of the calls so far, against the paper's minutes */
} run_ctx;

static int finish_call(run_ctx *c, cs_engine *e, cs_recorder *rec, double *score)
{
    cs_grade g;
    char err[1024];
    if (cs_engine_grade(e, &g)) { fprintf(stderr, "callsim exam: out of memory grading the call\n"); return 2; }
    char *json = cs_result_json(e, &g, c->paper->seed);
    int rc = 0;
    if (cs_recorder_finish(rec, e, &g, json, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); rc = 2; }
    *score = g.score;
    free(json);
    cs_grade_free(&g);
    const char *script_err = cs_engine_script_error(e);
    if (script_err) { fprintf(stderr, "callsim exam: %s\n", script_err); rc = 2; }
    return rc;
}

static int play_part(run_ctx *c, size_t part, const char *id)
{
    char path[4400], dir[4096], err[1024];
    snprintf(path, sizeof path, "%s/%s.lua", cs_data_path("scenarios", dir, sizeof dir), id);
    cs_replies r;
    if (load_replies(c->a->replies, id, &r)) return 2;
    cs_recorder *rec = NULL;
    cs_engine_config cfg = { .scenario_path = path, .seed = c->paper->seed, .mode = CS_MODE_EXAM,
                             .bank = c->bank, .listener = { store_event, &rec } };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) { fprintf(stderr, "callsim exam: %s\n", err); cs_replies_free(&r); return 2; }
    cs_engine_set_zh(e, 1); /* the stored explanations are read by Chinese candidates and examiners */
    cs_attempt_info info = { c->person, id, path, "exam", c->paper->seed };
    int rc = 0;
    if (!(rec = cs_recorder_begin(c->st, &info, err, sizeof err)) ||
        cs_exam_attempt_link(c->st, c->xa, (int)part, id, cs_recorder_attempt(rec), err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        rc = 2;
    }
    double score = 0;
    if (rc == 0) {
        cs_headless_result res;
        cs_headless_play(e, &r, &res);
        rc = finish_call(c, e, rec, &score);
        c->used_ms += cs_engine_now(e);
    }
    if (rc == 0 && !c->a->json)
        printf("  call %-18s %5.1f / 100  (attempt %" PRId64 ", %.1f min)\n", id, score, cs_recorder_attempt(rec),
               (double)cs_engine_now(e) / 60000);
    cs_recorder_free(rec);
    cs_engine_free(e);
    cs_replies_free(&r);
    return rc;
}

static int play_paper(run_ctx *c)
{
    size_t n = cs_paper_n_parts(c->paper);
    unsigned char *done = calloc(n + 1, 1);
    char err[1024];
    if (!done) return 2;
    if (c->a->resume && cs_exam_parts_done(c->st, c->xa, done, n, err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        free(done);
        return 2;
    }
    int rc = 0;
    int64_t limit = (int64_t)c->paper->minutes * 60000;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const cs_paper_part *pt = cs_paper_part_at(c->paper, i, NULL);
        if (pt->kind != CS_PART_SCENARIO || done[i]) continue;
        if (c->used_ms >= limit) { /* 1.9.4: the paper's time is up; the rest scores 0 */
            fprintf(stderr, "callsim exam: the paper's %d minutes are used up; %s is not played (scores 0)\n",
                    c->paper->minutes, pt->name);
            continue;
        }
        rc = play_part(c, i, pt->name);
    }
    free(done);
    return rc;
}

static void print_result(const cs_paper *p, const double *parts, const cs_exam_score *sc, int64_t xa)
{
    printf("\n%s (%s v%d, level %d) · exam attempt %" PRId64 "\n", p->title, p->id, p->version, p->level, xa);
    for (size_t a = 0, k = 0; a < p->n_areas; a++) {
        const cs_paper_area *ar = &p->areas[a];
        if (isnan(sc->area_score[a])) printf("  %-8s %-16s %3.0f%%   pending:", cs_area_key(ar->area), cs_area_name(ar->area), ar->weight);
        else printf("  %-8s %-16s %3.0f%%  %5.1f:", cs_area_key(ar->area), cs_area_name(ar->area), ar->weight, sc->area_score[a]);
        for (size_t j = 0; j < ar->n_parts; j++, k++) {
            if (isnan(parts[k])) printf(" %s ×%g%% (examiners)", ar->parts[j].name, ar->parts[j].share);
            else printf(" %s %.1f×%g%%", ar->parts[j].name, parts[k], ar->parts[j].share);
        }
        printf("\n");
    }
    if (sc->verdict == CS_VERDICT_PENDING)
        printf("Score: pending — %zu examiner item(s) to score; between %.1f and %.1f / 100 (pass ≥60)\n",
               sc->pending, sc->low, sc->high);
    else if (sc->pending)
        printf("Score: FAILED — at most %.1f / 100 even with full examiner marks (pass ≥60)\n", sc->high);
    else
        printf("Score: %.1f / 100  %s\n", sc->total, sc->verdict == CS_VERDICT_PASSED ? "PASSED" : "FAILED");
}

static int report_result(run_ctx *c, const char *by)
{
    size_t n = cs_paper_n_parts(c->paper);
    double *parts = calloc(n + 1, sizeof *parts);
    char err[1024], *detail = NULL;
    cs_exam_score sc;
    if (!parts) return 2;
    int rc = cs_exam_evaluate(c->st, c->xa, c->paper, parts, &sc, &detail, err, sizeof err) ? 2 : 0;
    if (rc) fprintf(stderr, "callsim exam: %s\n", err);
    int version = 0, sgn = 0;
    if (rc == 0 && !sc.pending && cs_exam_result_latest(c->st, c->xa, &version, &sgn, err, sizeof err) == 0 && !version) {
        cs_exam_score stored;
        if (cs_exam_result_store(c->st, c->xa, by, NULL, &version, &stored, err, sizeof err)) {
            fprintf(stderr, "callsim exam: %s\n", err);
            rc = 2;
        }
    }
    if (rc == 0 && c->a->json) printf("{\"exam_attempt\":%" PRId64 ",\"result_version\":%d,\"detail\":%s}\n", c->xa, version, detail);
    else if (rc == 0) print_result(c->paper, parts, &sc, c->xa);
    free(detail);
    free(parts);
    return rc;
}

static int begin_sitting(run_ctx *c)
{
    char err[1024], host[256] = "";
    int64_t exam_id = 0, cand = 0;
    if (cs_exam_open(c->st, c->paper, c->a->exam, &exam_id, err, sizeof err) ||
        cs_exam_candidate(c->st, exam_id, c->a->cand, c->a->name, c->a->id_number, &cand, err, sizeof err) ||
        cs_store_person(c->st, "candidate", c->a->name ? c->a->name : c->a->cand, c->a->cand, &c->person, err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        return 2;
    }
    if (c->a->resume) { c->xa = c->a->resume; return 0; }
    gethostname(host, sizeof host - 1);
    if (cs_exam_attempt_begin(c->st, cand, host, &c->xa, err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        return 2;
    }
    return 0;
}

static int exam_run(const exam_args *a)
{
    if (!a->paper || !a->cand || !a->replies) {
        fprintf(stderr, "callsim exam run: needs --paper, --candidate and --replies (see --help)\n");
        return 2;
    }
    struct stat sb;
    if (stat(a->replies, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        fprintf(stderr, "callsim exam run: %s: not a directory of replies files\n", a->replies);
        return 2;
    }
    cs_paper paper;
    if (load_paper(a->paper, &paper)) return 2;
    char err[1024], dir[4096];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) { fprintf(stderr, "callsim exam: %s\n", err); cs_paper_free(&paper); return 2; }
    cs_store *st = open_db(a->db);
    run_ctx c = { a, &paper, st, bank, 0, 0, 0 };
    int rc = st ? begin_sitting(&c) : 2;
    if (rc == 0 && !a->json) printf("%s · candidate %s · exam attempt %" PRId64 "\n", paper.title, a->cand, c.xa);
    if (rc == 0) rc = play_paper(&c);
    if (rc == 0 && cs_exam_attempt_complete(st, c.xa, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); rc = 2; }
    if (rc == 0) rc = report_result(&c, "callsim exam run");
    cs_store_close(st);
    cs_bank_free(bank);
    cs_paper_free(&paper);
    return rc;
}

/* ---- the panel ------------------------------------------------------------------------------------ */

static int signed_in(const exam_args *a, cs_store *st, int64_t *examiner)
{
    char err[1024];
    if (!a->examiner || !a->pin) { fprintf(stderr, "callsim exam %s: needs --examiner and --pin\n", a->sub); return 2; }
    if (cs_examiner_sign_in(st, a->examiner, a->pin, examiner, err, sizeof err) == 0) return 0;
    fprintf(stderr, "callsim exam: %s\n", err);
    return 1;
}

static int parse_item(const char *s, char *item, size_t len, double *score)
{
    const char *eq = strchr(s, '=');
    char *end;
    snprintf(item, len, "%.*s", (int)(eq - s), s);
    errno = 0;
    *score = strtod(eq + 1, &end);
    if (!item[0] || !eq[1] || *end || errno || !(*score >= 0 && *score <= 100)) {
        fprintf(stderr, "callsim exam score: '%s': write ITEM=SCORE with SCORE from 0 to 100\n", s);
        return 2;
    }
    return 0;
}

static int exam_score(const exam_args *a, cs_store *st, int64_t examiner)
{
    char err[1024], item[256];
    if (!a->attempt || a->n_items == 0) { fprintf(stderr, "callsim exam score: needs --attempt N and ITEM=SCORE\n"); return 2; }
    int version = 0, sgn = 0;
    if (cs_exam_result_latest(st, a->attempt, &version, &sgn, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
    if (version && (!a->reason || !*a->reason)) {
        fprintf(stderr, "callsim exam score: attempt %" PRId64 " has result version %d%s; a correction needs --reason\n",
                a->attempt, version, sgn ? " (signed)" : "");
        return 2;
    }
    for (int i = 0; i < a->n_items; i++) {
        double v;
        if (parse_item(a->items[i], item, sizeof item, &v)) return 2;
        if (cs_exam_score_add(st, a->attempt, examiner, item, v, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
    }
    cs_paper p;
    if (cs_exam_attempt_paper(st, a->attempt, &p, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
    exam_args quiet = *a;
    run_ctx c = { &quiet, &p, st, NULL, a->attempt, 0, 0 };
    int rc = report_result(&c, a->examiner);
    if (rc == 0 && version) { /* a correction: the new version, with who and why */
        cs_exam_score sc;
        int nv = 0;
        if (cs_exam_result_store(st, a->attempt, a->examiner, a->reason, &nv, &sc, err, sizeof err)) {
            fprintf(stderr, "callsim exam: %s\n", err);
            rc = 2;
        } else if (!a->json) {
            printf("Result version %d stored (correction by %s: %s)\n", nv, a->examiner, a->reason);
        }
    }
    cs_paper_free(&p);
    return rc;
}

static int exam_panel(const exam_args *a)
{
    if (!a->db) { fprintf(stderr, "callsim exam %s: needs --db PATH\n", a->sub); return 2; }
    cs_store *st = open_db(a->db);
    if (!st) return 2;
    char err[1024];
    int64_t examiner = 0;
    int rc = 0;
    if (!strcmp(a->sub, "examiner-add")) {
        if (!a->examiner || !a->pin) { fprintf(stderr, "callsim exam examiner-add: needs --examiner and --pin\n"); rc = 2; }
        else if (cs_examiner_add(st, a->examiner, a->pin, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); rc = 2; }
    } else if ((rc = signed_in(a, st, &examiner)) == 0) {
        if (!strcmp(a->sub, "score")) rc = exam_score(a, st, examiner);
        else if (!a->attempt) { fprintf(stderr, "callsim exam %s: needs --attempt N\n", a->sub); rc = 2; }
        else if (!strcmp(a->sub, "sign") && cs_exam_result_sign(st, a->attempt, a->examiner, err, sizeof err)) rc = 2;
        else if (!strcmp(a->sub, "void") && cs_exam_attempt_void(st, a->attempt, a->examiner, a->reason, err, sizeof err)) rc = 2;
        if (rc == 2 && err[0] && strcmp(a->sub, "score")) fprintf(stderr, "callsim exam: %s\n", err);
    }
    cs_store_close(st);
    return rc;
}

/* ---- exam roster ---------------------------------------------------------------------------------- */

/* All rows or none: a half-imported roster would seat some candidates and silently drop others. */
static int import_roster(cs_store *st, int64_t exam_id, const char *file)
{
    char err[1024];
    size_t len;
    char *buf = cs_read_file(file, 8u << 20, &len, err, sizeof err);
    if (!buf) { fprintf(stderr, "callsim exam roster: %s\n", err); return 2; }
    cs_roster r;
    int rc = cs_roster_parse(file, buf, len, &r, err, sizeof err);
    free(buf);
    if (rc) { fprintf(stderr, "callsim exam roster: %s\n", err); return 2; }
    sqlite3 *db = cs_store_sqlite(st);
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "callsim exam roster: %s: %s\n", cs_store_path(st), sqlite3_errmsg(db));
        cs_roster_free(&r);
        return 2;
    }
    for (size_t i = 0; i < r.n && rc == 0; i++) {
        int64_t id;
        if (cs_exam_candidate(st, exam_id, r.v[i].cand_no, r.v[i].name, r.v[i].id_number, &id, err, sizeof err)) {
            fprintf(stderr, "callsim exam roster: %s:%d: %s\n", file, r.v[i].line, err);
            rc = 2;
        }
    }
    if (rc == 0 && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "callsim exam roster: %s: %s\n", cs_store_path(st), sqlite3_errmsg(db));
        rc = 2;
    }
    if (rc) sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    else printf("imported %zu candidate(s) from %s\n", r.n, file);
    cs_roster_free(&r);
    return rc;
}

static int print_candidate(const cs_candidate_row *c, void *ctx)
{
    (void)ctx;
    size_t n = c->id_number ? strlen(c->id_number) : 0;
    /* 证件号 is personal data: show only its last four characters */
    printf("%s\t%s\t%s%s\n", c->cand_no, c->name, n > 4 ? "****" : "", n > 4 ? c->id_number + n - 4 : (c->id_number ? c->id_number : ""));
    return 0;
}

static int exam_roster(const exam_args *a)
{
    if (!a->paper) { fprintf(stderr, "callsim exam roster: needs --paper PAPER\n"); return 2; }
    cs_paper p;
    if (load_paper(a->paper, &p)) return 2;
    cs_store *st = open_db(a->db);
    char err[1024];
    int64_t exam_id;
    int rc = st ? 0 : 2;
    if (rc == 0 && cs_exam_open(st, &p, a->exam, &exam_id, err, sizeof err)) {
        fprintf(stderr, "callsim exam roster: %s\n", err);
        rc = 2;
    }
    if (rc == 0 && a->import) rc = import_roster(st, exam_id, a->import);
    if (rc == 0 && cs_exam_roster(st, exam_id, print_candidate, NULL, err, sizeof err)) {
        fprintf(stderr, "callsim exam roster: %s\n", err);
        rc = 2;
    }
    if (st) cs_store_close(st);
    cs_paper_free(&p);
    return rc;
}

int cmd_exam(int argc, char **argv)
{
    exam_args a;
    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) { fputs(usage, stdout); return 0; }
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc == 1 ? 0 : rc;
    if (!strcmp(a.sub, "run")) return exam_run(&a);
    if (!strcmp(a.sub, "roster")) return exam_roster(&a);
    if (!strcmp(a.sub, "examiner-add") || !strcmp(a.sub, "score") || !strcmp(a.sub, "sign") || !strcmp(a.sub, "void"))
        return exam_panel(&a);
    fprintf(stderr, "callsim exam: unknown subcommand '%s' (run, roster, examiner-add, score, sign, void)\n", a.sub);
    return 2;
}
