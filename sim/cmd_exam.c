/* `callsim exam run|roster|examiner-add|score|sign|void`: the headless half of the graded practical
 * exam (issue 4). This file parses the command line, dispatches, and plays `exam run`: every scenario
 * of a paper with one replies file per scenario on the virtual clock, exactly as `callsim run` drives
 * the engine, storing every turn as it happens. The roster (cmd_exam_roster.c) and the examiner
 * panel's work (cmd_exam_panel.c) are beside it. Plain `callsim exam` (no subcommand) is the window.
 * Rules: 国家职业技能标准 (2021) 1.9.2 百分制 ≥60, 1.9.3 odd panel ≥3, 1.9.4 ≥30 min, 4.2 weights. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attempt_recorder.h"
#include "cmd_exam_int.h"
#include "commands.h"
#include "engine.h"
#include "headless.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"
#include "result_json.h"

static const char usage[] =
    "usage: callsim exam run --paper PAPER --candidate 考生号 [--name 姓名] [--id-number 证件号]\n"
    "                        --replies DIR --examiner NAME --pin SECRET [--db PATH] [--exam UID] [--resume N] [--json]\n"
    "       callsim exam roster --paper PAPER [--exam UID] [--db PATH] [--import ROSTER.csv]\n"
    "       callsim exam examiner-add --db PATH --examiner NAME --pin SECRET [--admin NAME --admin-pin SECRET] [--make-admin]\n"
    "       callsim exam examiner-disable --db PATH --examiner NAME --admin NAME --admin-pin SECRET\n"
    "       callsim exam examiner-secret --db PATH --examiner NAME --pin OLD --new-pin NEW --admin NAME --admin-pin SECRET\n"
    "       callsim exam score --db PATH --attempt N --examiner NAME --pin PIN ITEM=SCORE... [--reason WHY]\n"
    "       callsim exam sign  --db PATH --attempt N --examiner NAME --pin PIN\n"
    "       callsim exam void  --db PATH --attempt N --examiner NAME --pin PIN --reason WHY\n"
    "       callsim exam review --db PATH --attempt N\n"
    "       callsim exam review --db PATH --attempt N --examiner NAME --pin PIN --item K/seq:N:KIND confirm|overrule [--reason WHY]\n"
    "       callsim exam listen --db PATH --attempt N [--out DIR]\n"
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
    "  review: lists the grader's verdicts the panel must decide (every reply that fails a call, every\n"
    "    phrase verdict under 0.75 confidence) with the caller's line before, the reply, the grader's verdict,\n"
    "    confidence and reason, and each examiner's decision so far; with --item and confirm|overrule records\n"
    "    the examiner's own decision (signed; the latest per examiner counts). A verdict is decided when more\n"
    "    than half of the panel (every examiner who scored or reviewed the sitting, at least 3, odd: 2 of 3)\n"
    "    agree; an overruled verdict regrades its call. The result cannot be signed while one is undecided.\n"
    "  listen: the candidate's replies as recorded (the spoken part: read aloud as typed), each beside its\n"
    "    text; --out DIR writes each as an Ogg Opus file (qK-seqN.opus) any player opens.\n"
    "  sign: signs the latest result version; a signed result never changes (a correction is a new\n"
    "    version, with who, when and why). void: voids an attempt with a recorded reason.\n"
    "  Secrets: a PIN of at least 6 digits or a passphrase of at least 10 characters. Every exam-time action\n"
    "    (run/resume, score, sign, void) is signed with the acting examiner's key, opened by their secret.\n"
    "    The first examiner of a database is the centre's administrator; adding or disabling an examiner\n"
    "    later needs an administrator (--admin, --admin-pin). After 5 wrong secrets for a name, one try\n"
    "    per 30 s. run --resume N continues only the named candidate's own sitting still in progress.\n"
    "  The secrets may also come from CALLSIM_PIN and CALLSIM_ADMIN_PIN (keeps them out of `ps`).\n"
    "  Exit: 0 done (run: played, whatever the score), 1 wrong secret or refused, 2 usage, input or database error.\n";

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
        { "--import", offsetof(exam_args, import) },     { "--admin", offsetof(exam_args, admin) },
        { "--admin-pin", offsetof(exam_args, admin_pin) }, { "--new-pin", offsetof(exam_args, new_pin) },
        { "--out", offsetof(exam_args, out) },
    };
    memset(a, 0, sizeof *a);
    a->sub = argc > 1 ? argv[1] : "";
    for (int i = 2; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) { fputs(usage, stdout); return 1; }
        if (!strcmp(s, "--json")) { a->json = 1; continue; }
        if (!strcmp(s, "--make-admin")) { a->make_admin = 1; continue; }
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
        if (!strcmp(a->sub, "review") && (!strcmp(s, "confirm") || !strcmp(s, "overrule"))) { a->decision = s; continue; }
        if (!strcmp(s, "--item")) { /* also accepted: --item ITEM=SCORE */
            if (need_value(i, argc, s)) return 2;
            s = argv[++i];
            if (!strcmp(a->sub, "review")) { a->item = s; continue; } /* review: a verdict, not a score */
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
    if (!a->admin_pin) a->admin_pin = getenv("CALLSIM_ADMIN_PIN");
    return 0;
}

cs_store *exam_open_db(const char *db)
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

int exam_unlock(cs_store *st, const char *name, const char *secret, const char *role, cs_signer **out)
{
    char err[1024];
    *out = NULL;
    if (!name || !secret) { fprintf(stderr, "callsim exam: %s needs --examiner NAME and --pin SECRET (or CALLSIM_PIN)\n", role); return 2; }
    int rc = cs_examiner_unlock(st, name, secret, out, err, sizeof err);
    if (rc == 0) return 0;
    fprintf(stderr, "callsim exam: %s\n", err);
    return rc == -1 ? 2 : 1; /* wrong secret, throttled or refused: 1 */
}

int exam_load_paper(const char *name, cs_paper *p)
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
    const cs_signer *by;     /* the examiner who started or resumed the sitting */
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
    if (!cs_scenario_find(id, path, sizeof path)) /* checked before the sitting began */
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
        cs_exam_attempt_link(c->st, c->by, c->xa, (int)part, id, cs_recorder_attempt(rec), err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        rc = 2;
    }
    double score = 0;
    char sitting[64];
    if (rc == 0 && cs_exam_attempt_uid(c->st, c->xa, sitting, sizeof sitting, err, sizeof err) == 0)
        cs_recorder_set_exam(rec, sitting, (int)part, id); /* kept in a recovery file, if it comes to that */
    if (rc == 0) {
        cs_headless_result res;
        cs_headless_play(e, &r, &res);
        rc = finish_call(c, e, rec, &score);
        c->used_ms += cs_engine_now(e);
        if (rc == 0 && cs_exam_call_end(c->st, c->by, cs_recorder_attempt(rec), err, sizeof err)) {
            fprintf(stderr, "callsim exam: %s\n", err);
            rc = 2;
        }
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
    /* 1.9.4: a resumed candidate gets no time back */
    if (c->a->resume && (cs_exam_parts_done(c->st, c->xa, done, n, err, sizeof err) ||
                         cs_exam_time_used(c->st, c->xa, &c->used_ms, err, sizeof err))) {
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
    if (c->a->resume) {
        c->xa = c->a->resume;
        if (cs_exam_attempt_resume(c->st, c->by, c->xa, cand, err, sizeof err) == 0) return 0;
        fprintf(stderr, "callsim exam: %s\n", err);
        return 1;
    }
    gethostname(host, sizeof host - 1);
    if (cs_exam_attempt_begin(c->st, c->by, cand, host, &c->xa, err, sizeof err)) {
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
    if (exam_load_paper(a->paper, &paper)) return 2;
    char err[1024], dir[4096];
    if (cs_paper_check_scenarios(&paper, a->paper, err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        cs_paper_free(&paper);
        return 2;
    }
    if (paper.recording == CS_RECORDING_REQUIRED) { /* the spoken part needs a microphone: the window's */
        fprintf(stderr, "callsim exam run: %s: the paper requires recording (recording required) and the headless exam has no"
                " microphone; sit it in the window (callsim exam)\n", a->paper);
        cs_paper_free(&paper);
        return 2;
    }
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) { fprintf(stderr, "callsim exam: %s\n", err); cs_paper_free(&paper); return 2; }
    cs_store *st = exam_open_db(a->db);
    cs_signer *by = NULL;
    run_ctx c = { a, &paper, st, bank, NULL, 0, 0, 0 };
    int rc = st ? exam_unlock(st, a->examiner, a->pin, "exam run (the invigilating examiner)", &by) : 2;
    c.by = by;
    if (rc == 0) rc = begin_sitting(&c);
    if (rc == 0 && !a->json) printf("%s · candidate %s · exam attempt %" PRId64 "\n", paper.title, a->cand, c.xa);
    if (rc == 0) rc = play_paper(&c);
    if (rc == 0 && cs_exam_attempt_complete(st, by, c.xa, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); rc = 2; }
    if (rc == 0) rc = exam_report_result(st, &paper, c.xa, a->json, by->name);
    cs_signer_free(by);
    cs_store_close(st);
    cs_bank_free(bank);
    cs_paper_free(&paper);
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
    if (!strcmp(a.sub, "review")) return exam_review(&a);
    if (!strcmp(a.sub, "listen")) return exam_listen(&a);
    if (!strcmp(a.sub, "examiner-add") || !strcmp(a.sub, "examiner-disable") || !strcmp(a.sub, "examiner-secret") || !strcmp(a.sub, "score") || !strcmp(a.sub, "sign") || !strcmp(a.sub, "void"))
        return exam_panel(&a);
    fprintf(stderr, "callsim exam: unknown subcommand '%s' (run, roster, examiner-add, examiner-disable, examiner-secret, score, sign, void)\n", a.sub);
    return 2;
}
