/* Unit tests of the attempt recorder: turns committed as they happen; when the database is locked
 * mid-call the call goes on and the missing turns are written at the end; when it stays locked the
 * whole attempt goes to a recovery database named in the error, which keeps the person and, for an
 * exam call, its sitting: merged back with an examiner's key, the call counts in its sitting. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "harness.h"
#include "attempt_recorder.h"
#include "exam_store.h"
#include "exam_verify.h"
#include "headless.h"
#include "store_merge.h"
#include "paths.h"

static cs_phrase_bank *bank;
static char dir[64], db[128], scen[128];

typedef struct {
    cs_recorder *rec;
    sqlite3 *locker;       /* second connection that takes the write lock at event lock_at */
    size_t lock_at;
} ctx;

static void listener(void *ud, const cs_call_log *log, size_t index)
{
    ctx *c = ud;
    if (c->locker && index == c->lock_at)
        CHECK_INT(sqlite3_exec(c->locker, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
    cs_recorder_event(c->rec, log, index);
}

static int64_t count_turns(void)
{
    sqlite3 *d;
    sqlite3_stmt *q;
    int64_t n = -1;
    if (sqlite3_open(db, &d) != SQLITE_OK) return -1;
    if (sqlite3_prepare_v2(d, "select count(*) from turns", -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        n = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(d);
    return n;
}

/* An exam sitting the call is filed under (NULL: a plain headless call). */
typedef struct {
    const cs_signer *by;
    int64_t xa, person;
    const char *sitting;
} exam_link;

/* Plays a short call with the recorder; lock_at = (size_t)-1: no lock. release: unlock before the end. */
static int play_in(size_t lock_at, int release, char *err, size_t errlen, size_t *events, const exam_link *x)
{
    char e1[512];
    cs_store *st = cs_store_open(db, e1, sizeof e1);
    CHECK_MSG(st != NULL, "%s", e1);
    if (!st) return -2;
    ctx c = { 0 };
    if (lock_at != (size_t)-1) CHECK_INT(sqlite3_open(db, &c.locker), SQLITE_OK);
    c.lock_at = lock_at;
    cs_engine_config cfg = { .scenario_path = scen, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank,
                             .listener = { listener, &c } };
    cs_engine *e = cs_engine_new(&cfg, e1, sizeof e1);
    CHECK_MSG(e != NULL, "%s", e1);
    cs_attempt_info info = { x ? x->person : 0, "t", scen, x ? "exam" : "headless", 1 };
    c.rec = cs_recorder_begin(st, &info, e1, sizeof e1);
    CHECK(c.rec != NULL);
    if (x && c.rec) {
        CHECK_MSG(cs_exam_attempt_link(st, x->by, x->xa, 0, "s1", cs_recorder_attempt(c.rec), e1, sizeof e1) == 0, "%s", e1);
        cs_recorder_set_exam(c.rec, x->sitting, 0, "s1");
    }
    const char *text = "@1 /answer\n@2 您好，我是客服小王，请问有什么可以帮您？\n@2 感谢您的来电，再见\n/hangup\n";
    cs_replies r;
    cs_replies_parse("r", text, strlen(text), &r, e1, sizeof e1);
    cs_headless_result res;
    cs_headless_play(e, &r, &res);
    cs_replies_free(&r);
    if (lock_at != (size_t)-1) CHECK(cs_recorder_error(c.rec) != NULL);
    if (c.locker && release) sqlite3_exec(c.locker, "COMMIT", NULL, NULL, NULL);
    cs_grade g;
    cs_engine_grade(e, &g);
    int rc = cs_recorder_finish(c.rec, e, &g, "{}", err, errlen);
    *events = cs_engine_log(e)->n;
    cs_grade_free(&g);
    cs_recorder_free(c.rec);
    cs_engine_free(e);
    if (c.locker) { sqlite3_exec(c.locker, "ROLLBACK", NULL, NULL, NULL); sqlite3_close(c.locker); }
    cs_store_close(st);
    return rc;
}

static int play(size_t lock_at, int release, char *err, size_t errlen, size_t *events)
{
    return play_in(lock_at, release, err, errlen, events, NULL);
}

static void test_plain(void)
{
    char err[1024];
    size_t n;
    unlink(db);
    CHECK_INT(play((size_t)-1, 0, err, sizeof err, &n), 0);
    CHECK_INT(count_turns(), (int64_t)n);
}

static void test_locked_then_released(void)
{
    char err[1024];
    size_t n;
    unlink(db);
    CHECK_INT(play(3, 1, err, sizeof err, &n), 0);
    CHECK_INT(count_turns(), (int64_t)n); /* the turns missed while locked were written at the end */
}

static void test_locked_to_the_end(void)
{
    char err[1024] = "";
    size_t n;
    unlink(db);
    CHECK_INT(play(3, 0, err, sizeof err, &n), -1);
    CHECK_MSG(strstr(err, "locked") && strstr(err, "the result is kept in "), "%s", err);
    const char *kept = strstr(err, "kept in ");
    if (!kept) return;
    char path[512];
    snprintf(path, sizeof path, "%.*s", (int)strcspn(kept + 8, " "), kept + 8);
    CHECK_MSG(strstr(err, "callsim merge") != NULL, "%s", err);
    /* the recovery file is a callsim database holding the whole call, completed */
    sqlite3 *d;
    CHECK_INT(sqlite3_open_v2(path, &d, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *q;
    int64_t turns = -1;
    char status[32] = "";
    if (sqlite3_prepare_v2(d, "select (select count(*) from turns), (select status from attempts)", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
        turns = sqlite3_column_int64(q, 0);
        snprintf(status, sizeof status, "%s", (const char *)sqlite3_column_text(q, 1));
    }
    sqlite3_finalize(q);
    sqlite3_close(d);
    CHECK_INT(turns, (int64_t)n);
    CHECK_STR(status, "completed");
    char cmd[1700];
    snprintf(cmd, sizeof cmd, "rm -f '%s' '%s-wal' '%s-shm'", path, path, path);
    CHECK_INT(system(cmd), 0);
}

static void verify_cb(int64_t xa, const char *where, const char *p, void *c)
{
    (void)xa;
    fprintf(stderr, "verify: %s: %s\n", where, p);
    ++*(int *)c;
}

static int count_completed(const cs_attempt_row *r, void *n)
{
    *(int *)n += !strcmp(r->status, "completed");
    return 0;
}

static const char paper_text[] =
    "paper t\nversion 1\ntitle 单元测试卷\nlevel 5\nminutes 30\nseed 3\n"
    "area service 35\nscenario s1 60\nexaminer 普通话 40\n"
    "area business 35\nscenario s2 100\n"
    "area record 30\nscenario s3 100\n";

/* An exam call that only reaches a recovery file counts once merged back with an examiner's key. */
static void test_exam_recovery(void)
{
    char err[1024] = "", uid[64] = "";
    unlink(db);
    cs_store *st = cs_store_open(db, err, sizeof err);
    CHECK_MSG(st != NULL, "%s", err);
    if (!st) return;
    cs_signer *k = NULL;
    cs_paper p;
    int64_t exam = 0, cand = 0, person = 0, xa = 0;
    int ok = cs_examiner_add(st, NULL, "甲", "135790", 0, err, sizeof err) == 0 &&
             cs_examiner_unlock(st, "甲", "135790", &k, err, sizeof err) == 0 &&
             cs_paper_parse("t.paper", paper_text, strlen(paper_text), &p, err, sizeof err) == 0;
    ok = ok && cs_exam_open(st, &p, "exam-r", &exam, err, sizeof err) == 0 &&
         cs_exam_candidate(st, exam, "R1", "张三", NULL, &cand, err, sizeof err) == 0 &&
         cs_store_person(st, "candidate", "张三", "R1", &person, err, sizeof err) == 0 &&
         cs_exam_attempt_begin(st, k, cand, "seat", &xa, err, sizeof err) == 0 &&
         cs_exam_attempt_uid(st, xa, uid, sizeof uid, err, sizeof err) == 0;
    CHECK_MSG(ok, "set-up: %s", err);
    if (ok) cs_paper_free(&p);
    cs_store_close(st);
    if (!ok) { cs_signer_free(k); return; }
    size_t n;
    exam_link x = { k, xa, person, uid };
    CHECK_INT(play_in(3, 0, err, sizeof err, &n, &x), -1);
    const char *kept = strstr(err, "kept in ");
    CHECK_MSG(kept != NULL, "%s", err);
    if (!kept) { cs_signer_free(k); return; }
    char path[512];
    snprintf(path, sizeof path, "%.*s", (int)strcspn(kept + 8, " "), kept + 8);
    st = cs_store_open(db, err, sizeof err);
    if (!st) { CHECK(0); cs_signer_free(k); return; }
    int64_t added = 0, conflicts = 0;
    /* without an examiner the call is merged but not filed */
    CHECK_MSG(cs_store_merge(st, path, 1, NULL, NULL, NULL, &added, &conflicts, err, sizeof err) == 0, "%s", err);
    unsigned char done[4] = { 0 };
    CHECK(cs_exam_parts_done(st, xa, done, 4, err, sizeof err) == 0);
    CHECK_INT(done[0], 0);
    CHECK_MSG(cs_store_merge(st, path, 1, k, NULL, NULL, &added, &conflicts, err, sizeof err) == 0, "%s", err);
    CHECK(cs_exam_parts_done(st, xa, done, 4, err, sizeof err) == 0);
    CHECK_INT(done[0], 1); /* the recovered call counts for its part */
    /* it is the candidate's: the person came with it */
    int mine = 0;
    CHECK(cs_store_list_attempts(st, person, count_completed, &mine, err, sizeof err) == 0);
    CHECK_INT(mine, 1);
    CHECK(cs_store_merge(st, path, 1, k, NULL, NULL, &added, &conflicts, err, sizeof err) == 0);
    CHECK_INT(added, 0); /* merging again changes nothing */
    cs_exam_verify_stats vs;
    int problems = 0;
    CHECK(cs_exam_verify(st, 1, verify_cb, &problems, &vs, err, sizeof err) == 0);
    CHECK_INT(problems, 0);
    cs_store_close(st);
    cs_signer_free(k);
    char cmd[1700];
    snprintf(cmd, sizeof cmd, "rm -f '%s' '%s-wal' '%s-shm'", path, path, path);
    CHECK_INT(system(cmd), 0);
}

TEST_MAIN(
    char adir[512], err[512];
    cs_paths_init(argv[0]);
    bank = cs_bank_load(cs_data_path("assets", adir, sizeof adir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    snprintf(dir, sizeof dir, "/tmp/callsim-rec.XXXXXX");
    if (bank && mkdtemp(dir)) {
        snprintf(db, sizeof db, "%s/r.db", dir);
        snprintf(scen, sizeof scen, "%s/s.lua", dir);
        FILE *f = fopen(scen, "w");
        fputs("return { id = 't', title = 'T', caller = {}, rubric = { { id = 'opening', max = 100, rule = 'opening' } },\n"
              "  run = function(call) call.say('你好') call.reply{ timeout = 10 } call.reply{ timeout = 10 } end }\n", f);
        fclose(f);
        RUN(test_plain);
        RUN(test_locked_then_released);
        RUN(test_locked_to_the_end);
        setenv(CS_TEST_KDF_ENV, "1", 1);
        RUN(test_exam_recovery);
        char cmd[200];
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        CHECK_INT(system(cmd), 0);
    }
    cs_bank_free(bank);
)
