/* The exam store: migration 1 → 2 of a file written by schema 1 (its turns get a verifying chain),
 * immutability triggers, the hash chain catching a row changed by hand, merge idempotence, the
 * stored result equal to the paper's weighted arithmetic done by hand, and (issue 12) examiner
 * authority: the secret policy, adding an examiner only as an administrator, every action signed,
 * and verify catching a signed field changed by hand. Keys are sealed at the test cost. */
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "exam_ledger.h"
#include "exam_record.h"
#include "exam_store.h"
#include "exam_verify.h"
#include "harness.h"
#include "store.h"
#include "store_merge.h"
#include "store_verify.h"

static char dir[256];

static void db_path(const char *name, char *out, size_t len)
{
    snprintf(out, len, "%s/%s.db", dir, name);
}

static int raw_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open(path, &db);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc;
}

static long long raw_int(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    long long v = -1;
    if (sqlite3_open(path, &db) == SQLITE_OK && sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

static void ignore(int64_t a, int64_t s, const char *p, void *c) { (void)a; (void)s; (void)p; (void)c; }

static int64_t verify(cs_store *st)
{
    int64_t n = 0, broken = -1;
    char err[512];
    if (cs_store_verify(st, ignore, NULL, &n, &broken, err, sizeof err)) return -1;
    return broken;
}

static void count_problem(int64_t xa, const char *where, const char *p, void *c)
{
    (void)xa;
    (void)where;
    (void)p;
    ++*(int *)c;
}

/* Counts the problems that say a signed result does not match its inputs. */
static void find_inputs(int64_t xa, const char *where, const char *p, void *c)
{
    (void)xa;
    (void)where;
    if (strstr(p, "does not match its inputs")) ++*(int *)c;
}

/* Problems exam verify finds (test keys accepted), -1 on error. */
static int exam_problems(cs_store *st)
{
    cs_exam_verify_stats vs;
    int n = 0;
    char err[512];
    if (cs_exam_verify(st, 1, count_problem, &n, &vs, err, sizeof err)) return -1;
    return n;
}

/* 甲 (the administrator, set up first), 乙 and 丙, each unlocked. */
static int make_panel(cs_store *st, cs_signer *k[3])
{
    const char *names[3] = { "甲", "乙", "丙" }, *pins[3] = { "135790", "246801", "a long passphrase" };
    char err[512];
    for (int i = 0; i < 3; i++) {
        k[i] = NULL;
        if (cs_examiner_add(st, i ? k[0] : NULL, names[i], pins[i], 0, err, sizeof err) ||
            cs_examiner_unlock(st, names[i], pins[i], &k[i], err, sizeof err)) {
            fprintf(stderr, "make_panel: %s\n", err);
            return -1;
        }
    }
    return 0;
}

static void free_panel(cs_signer *k[3])
{
    for (int i = 0; i < 3; i++) cs_signer_free(k[i]);
}

static void test_migrate_v1(void)
{
    char path[300], err[512] = "";
    db_path("v1", path, sizeof path);
    /* a file exactly as schema 1 left it, with an ended attempt and two turns */
    char sql[200];
    snprintf(sql, sizeof sql, "PRAGMA user_version = 1;");
    CHECK_INT(raw_exec(path, cs_store_migration_sql(1)), SQLITE_OK);
    CHECK_INT(raw_exec(path, sql), SQLITE_OK);
    CHECK_INT(raw_exec(path, "INSERT INTO attempts(id, scenario_id, mode, seed) VALUES (1, 'x', 'headless', '1');"
                             "INSERT INTO turns(attempt_id, seq, kind, who, text, t_start_ms, t_end_ms) VALUES"
                             " (1, 0, 'ring', 'system', NULL, 0, 1000), (1, 1, 'trainee_say', 'trainee', '您好', 2000, 2000);"
                             "UPDATE attempts SET status = 'completed', ended_at = 'x', score = 50, passed = 0 WHERE id = 1;"),
              SQLITE_OK);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    if (!st) return;
    CHECK_INT(raw_int(path, "PRAGMA user_version"), CS_STORE_SCHEMA_VERSION);
    CHECK_INT(raw_int(path, "SELECT count(*) FROM turns WHERE hash IS NOT NULL"), 2);
    CHECK_INT(raw_int(path, "SELECT chain_len FROM attempts WHERE id = 1"), 2);
    CHECK_INT(raw_int(path, "SELECT length(uid) FROM attempts WHERE id = 1"), 32);
    CHECK_INT(verify(st), 0);
    /* the v1 triggers are back */
    CHECK(raw_exec(path, "UPDATE turns SET text = 'x' WHERE seq = 1") != SQLITE_OK);
    CHECK(raw_exec(path, "UPDATE attempts SET score = 99 WHERE id = 1") != SQLITE_OK);
    cs_store_close(st);
}

static const char paper_text[] =
    "paper t\nversion 1\ntitle 单元测试卷\nlevel 5\nminutes 30\nseed 3\n"
    "area service 35\nscenario s1 60\nexaminer 普通话 40\n"
    "area business 35\nscenario s2 100\n"
    "area record 30\nscenario s3 100\n";

/* Plays a fake call: a few turns and a grade with the given score. */
static int64_t fake_call(cs_store *st, const cs_signer *by, int64_t xa, int part, const char *id, double score)
{
    char err[512];
    int64_t a = 0;
    cs_attempt_info info = { 0, id, NULL, "exam", 3 };
    if (cs_store_attempt_begin(st, &info, &a, err, sizeof err)) return 0;
    CHECK_MSG(cs_exam_attempt_link(st, by, xa, part, id, a, err, sizeof err) == 0, "%s", err);
    for (int i = 0; i < 3; i++) {
        cs_event ev = { .kind = i ? CS_EV_TRAINEE_SAY : CS_EV_RING, .t_start_ms = 1000 * i, .t_end_ms = 1000 * i + 500,
                        .typing_start_ms = -1, .prompt_end_ms = -1, .text = i ? "您好" : NULL, .points = i == 2 ? -0.0 : 0 };
        cs_store_turn(st, a, i, &ev, err, sizeof err);
    }
    cs_grade g;
    memset(&g, 0, sizeof g);
    g.score = score;
    g.passed = score >= 60;
    g.typing_cpm = g.typing_accuracy = -1;
    cs_store_attempt_finish(st, a, &g, "{}", err, sizeof err);
    CHECK_MSG(cs_exam_call_end(st, by, a, err, sizeof err) == 0, "%s", err);
    return a;
}

static int64_t sit(cs_store *st, const cs_signer *by, const char *cand, double s1, double s2, double s3)
{
    cs_paper p;
    char err[512] = "";
    int64_t exam = 0, c = 0, xa = 0;
    if (cs_paper_parse("t.paper", paper_text, strlen(paper_text), &p, err, sizeof err)) return 0;
    CHECK_MSG(cs_exam_open(st, &p, "exam-1", &exam, err, sizeof err) == 0, "%s", err);
    CHECK_MSG(cs_exam_candidate(st, exam, cand, "张三", "520102199001011234", &c, err, sizeof err) == 0, "%s", err);
    CHECK(cs_exam_attempt_begin(st, NULL, c, "seat", &xa, err, sizeof err) == -1); /* no examiner: refused */
    CHECK_MSG(cs_exam_attempt_begin(st, by, c, "seat", &xa, err, sizeof err) == 0, "%s", err);
    fake_call(st, by, xa, 0, "s1", s1);
    fake_call(st, by, xa, 2, "s2", s2);
    fake_call(st, by, xa, 3, "s3", s3);
    CHECK(cs_exam_attempt_complete(st, by, xa, err, sizeof err) == 0);
    cs_paper_free(&p);
    return xa;
}

static void test_result_arithmetic_and_triggers(void)
{
    char path[300], err[512] = "";
    db_path("exam", path, sizeof path);
    cs_store *st = cs_store_open(path, err, sizeof err);
    if (!st) { CHECK(0); return; }
    int64_t n_ex = -1, latest = -1;
    int known = 1;
    CHECK(cs_examiner_count(st, &n_ex, err, sizeof err) == 0);
    CHECK_INT(n_ex, 0);
    CHECK(cs_examiner_known(st, "甲", &known, err, sizeof err) == 0);
    CHECK_INT(known, 0);
    /* the secret policy: 4 digits and short passphrases are refused, naming the rule */
    CHECK(cs_examiner_add(st, NULL, "甲", "1234", 0, err, sizeof err) == -1);
    CHECK(strstr(err, "at least 6 digits") != NULL);
    CHECK(cs_examiner_add(st, NULL, "甲", "short pw", 0, err, sizeof err) == -1);
    cs_signer *k[3];
    if (make_panel(st, k)) { CHECK(0); cs_store_close(st); return; }
    CHECK_INT(k[0]->admin, 1);
    CHECK_INT(k[1]->admin, 0);
    /* only an administrator adds an examiner */
    CHECK(cs_examiner_add(st, NULL, "丁", "975310", 0, err, sizeof err) == -1);
    CHECK(cs_examiner_add(st, k[1], "丁", "975310", 0, err, sizeof err) == -1);
    CHECK(cs_examiner_add(st, NULL, "\xe2\x80\xae伪", "975310", 0, err, sizeof err) == -1); /* U+202E */
    int64_t xa = sit(st, k[0], "K1", 80, 90, 70);
    int64_t used = -1;
    /* three calls of 2.5 s each: a resumed sitting's clock starts from here (1.9.4) */
    CHECK_INT(cs_exam_time_used(st, xa, &used, err, sizeof err), 0);
    CHECK_INT(used, 7500);
    int64_t e0 = 0;
    char status[32];
    CHECK(cs_exam_candidate_latest(st, 999, &latest, status, sizeof status, err, sizeof err) == 0);
    CHECK_INT(latest, 0);
    CHECK(cs_exam_candidate_latest(st, 1, &latest, status, sizeof status, err, sizeof err) == 0);
    CHECK_INT(latest, xa);
    CHECK_STR(status, "completed");
    CHECK(cs_examiner_sign_in(st, "甲", "135790", &e0, err, sizeof err) == 0);
    CHECK_INT(e0, k[0]->id);
    CHECK(cs_examiner_sign_in(st, "甲", "999999", &e0, err, sizeof err) == -1);
    CHECK(cs_examiner_count(st, &n_ex, err, sizeof err) == 0);
    CHECK_INT(n_ex, 3);
    CHECK(cs_examiner_known(st, "乙", &known, err, sizeof err) == 0);
    CHECK_INT(known, 1);
    cs_exam_score sc;
    int version = 0;
    CHECK(cs_exam_score_add(st, k[0], xa, "普通话", 60, err, sizeof err) == 0);
    CHECK(cs_exam_score_add(st, k[1], xa, "普通话", 75, err, sizeof err) == 0);
    /* two examiners: 1.9.3 not met, no result */
    CHECK(cs_exam_result_store(st, xa, "甲", NULL, &version, &sc, err, sizeof err) == -1);
    CHECK(cs_exam_score_add(st, k[2], xa, "普通话", 100, err, sizeof err) == 0);
    CHECK(cs_exam_score_add(st, k[2], xa, "不存在", 100, err, sizeof err) == -1);
    CHECK_MSG(cs_exam_result_store(st, xa, "甲", NULL, &version, &sc, err, sizeof err) == 0, "%s", err);
    /* by hand: panel median 75; service = 0.6×80 + 0.4×75 = 78; business 90; record 70;
     * final = 0.35×78 + 0.35×90 + 0.30×70 = 27.3 + 31.5 + 21 = 79.8 */
    CHECK_INT(version, 1);
    CHECK_NEAR(sc.total, 79.8, 1e-9);
    CHECK_INT(raw_int(path, "SELECT CAST(round(score * 10) AS INTEGER) FROM results"), 798);
    /* sign; then the row is immutable and cannot be deleted */
    CHECK_MSG(cs_exam_result_sign(st, k[0], xa, err, sizeof err) == 0, "%s", err);
    CHECK_INT(exam_problems(st), 0);
    CHECK(raw_exec(path, "UPDATE results SET score = 99") != SQLITE_OK);
    CHECK(raw_exec(path, "DELETE FROM results") != SQLITE_OK);
    CHECK(raw_exec(path, "UPDATE examiner_scores SET score = 0") != SQLITE_OK);
    /* a correction: a new version with who and why */
    CHECK(cs_exam_result_store(st, xa, "乙", NULL, &version, &sc, err, sizeof err) == -1);
    CHECK(cs_exam_score_add(st, k[1], xa, "普通话", 90, err, sizeof err) == 0);
    CHECK(cs_exam_result_store(st, xa, "乙", "录入错误", &version, &sc, err, sizeof err) == 0);
    CHECK_INT(version, 2);
    CHECK_NEAR(sc.total, 81.9, 1e-9); /* median 90: service 84 → 29.4 + 31.5 + 21 */
    CHECK(cs_exam_attempt_void(st, k[0], xa, "x", err, sizeof err) == -1); /* signed: cannot be voided */
    CHECK_MSG(cs_exam_result_sign(st, k[1], xa, err, sizeof err) == 0, "%s", err); /* the correction, signed */
    CHECK_INT(exam_problems(st), 0);
    /* a signer whose program put another score in the record than its inputs give: verify names it */
    {
        char uid[64], *rec = NULL;
        CHECK(cs_exam_attempt_uid(st, xa, uid, sizeof uid, err, sizeof err) == 0);
        CHECK(cs_rec_sitting(st, xa, 2, NULL, &rec, err, sizeof err) == 0);
        char *at = rec ? strstr(rec, "\nresult.score=") : NULL;
        if (at) at[14] = at[14] == '9' ? '8' : '9'; /* the first digit of the signed score */
        CHECK(at && cs_ledger_append(st, k[2], "sign", uid, rec, 1, NULL, NULL, err, sizeof err) == 0);
        free(rec);
        cs_exam_verify_stats vs;
        int n = 0;
        CHECK(cs_exam_verify(st, 1, find_inputs, &n, &vs, err, sizeof err) == 0);
        CHECK(n > 0);
        CHECK_INT(raw_exec(path, "DROP TRIGGER ledger_kept; DELETE FROM ledger WHERE id = (SELECT max(id) FROM ledger)"), SQLITE_OK);
        CHECK_INT(exam_problems(st), 0);
    }
    /* a signed field changed by hand (triggers dropped, as a tamperer would) */
    CHECK_INT(raw_exec(path, "DROP TRIGGER exam_attempts_final; UPDATE candidates SET name = '李四'"), SQLITE_OK);
    CHECK(exam_problems(st) > 0);
    CHECK_INT(raw_exec(path, "UPDATE candidates SET name = '张三'"), SQLITE_OK);
    CHECK_INT(exam_problems(st), 0);
    /* the hash chain catches a turn changed by hand (trigger dropped, as a tamperer would) */
    CHECK_INT(verify(st), 0);
    CHECK_INT(raw_exec(path, "DROP TRIGGER turns_final; UPDATE turns SET text = '改' WHERE seq = 1 AND attempt_id = 2"), SQLITE_OK);
    CHECK_INT(verify(st), 1);
    CHECK(exam_problems(st) > 0);
    free_panel(k);
    cs_store_close(st);
}

static void test_merge_idempotent(void)
{
    char seat[300], into[300], err[512] = "";
    db_path("seat", seat, sizeof seat);
    db_path("into", into, sizeof into);
    cs_store *st = cs_store_open(seat, err, sizeof err);
    if (!st) { CHECK(0); return; }
    cs_signer *k[3];
    if (make_panel(st, k)) { CHECK(0); cs_store_close(st); return; }
    sit(st, k[0], "M1", 50, 60, 70);
    sit(st, k[1], "M2", 90, 90, 90);
    free_panel(k);
    cs_store_close(st);
    cs_store *dst = cs_store_open(into, err, sizeof err);
    if (!dst) { CHECK(0); return; }
    int64_t added = 0, conflicts = 0;
    CHECK_MSG(cs_store_merge(dst, seat, 1, NULL, NULL, NULL, &added, &conflicts, err, sizeof err) == 0, "%s", err);
    CHECK(added > 0);
    CHECK_INT(conflicts, 0);
    const char *count = "SELECT (SELECT count(*) FROM attempts) * 1000000 + (SELECT count(*) FROM turns) * 1000"
                        " + (SELECT count(*) FROM exam_calls)";
    long long once = raw_int(into, count);
    CHECK_INT(once, raw_int(seat, count));
    CHECK(cs_store_merge(dst, seat, 1, NULL, NULL, NULL, &added, &conflicts, err, sizeof err) == 0);
    CHECK_INT(added, 0);
    CHECK_INT(raw_int(into, count), once);
    CHECK_INT(verify(dst), 0);
    CHECK_INT(exam_problems(dst), 0);
    cs_store_close(dst);
}

/* verify, report and merge open read-only: a 0444 file reads, nothing is written, another program's
 * file is refused unchanged (never switched to WAL), an older schema is refused with what to do. */
static void test_open_readonly(void)
{
    char path[300], foreign[300], old[300], err[512] = "";
    db_path("ro", path, sizeof path);
    db_path("foreign", foreign, sizeof foreign);
    db_path("old", old, sizeof old);
    cs_store *st = cs_store_open(path, err, sizeof err);
    if (!st) { CHECK(0); return; }
    cs_store_close(st);
    CHECK_INT(chmod(path, 0444), 0);
    st = cs_store_open_readonly(path, err, sizeof err);
    CHECK_MSG(st != NULL, "%s", err);
    if (st) {
        CHECK_INT(cs_store_readonly(st), 1);
        CHECK_INT(exam_problems(st), 0);
        cs_store_close(st);
    }
    CHECK_INT(raw_exec(foreign, "CREATE TABLE t(x); INSERT INTO t VALUES (1)"), SQLITE_OK);
    CHECK(cs_store_open_readonly(foreign, err, sizeof err) == NULL);
    CHECK(strstr(err, "not a callsim database") != NULL);
    CHECK(cs_store_open(foreign, err, sizeof err) == NULL);
    sqlite3 *d = NULL;
    sqlite3_stmt *q = NULL;
    char mode[16] = "";
    if (sqlite3_open(foreign, &d) == SQLITE_OK && sqlite3_prepare_v2(d, "PRAGMA journal_mode", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        snprintf(mode, sizeof mode, "%s", (const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    sqlite3_close(d);
    CHECK_STR(mode, "delete"); /* refused unchanged: not switched to WAL */
    CHECK_INT(raw_exec(old, cs_store_migration_sql(1)), SQLITE_OK);
    CHECK_INT(raw_exec(old, "PRAGMA user_version = 1"), SQLITE_OK);
    CHECK(cs_store_open_readonly(old, err, sizeof err) == NULL);
    CHECK(strstr(err, "migrate") != NULL);
}

TEST_MAIN(
    setenv(CS_TEST_KDF_ENV, "1", 1); /* test-cost keys: verify is called with test keys accepted */
    snprintf(dir, sizeof dir, "/tmp/callsim-examstore-XXXXXX");
    if (!mkdtemp(dir)) { puts("0 passed, 1 failed"); return 1; }
    RUN(test_migrate_v1);
    RUN(test_result_arithmetic_and_triggers);
    RUN(test_merge_idempotent);
    RUN(test_open_readonly);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
)
