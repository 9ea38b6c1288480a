/* Unit tests of the SQLite store: schema creation and migration, the write path of a call (attempt,
 * turns, grade), finality of results, the "interrupted" rule, crash safety under kill -9, and the
 * one-line errors for locked, read-only, damaged, foreign, newer and uncreatable databases.
 *
 * Rows are read back through a separate raw sqlite3 connection, so the tests check what is on disk,
 * not what the store believes. Tests run as root in CI, where file modes do not stop writes: the
 * read-only cases drop to uid/gid 65534 (nobody) in a forked child, so the kernel really refuses
 * the writes and SQLite really reports SQLITE_READONLY / cannot open. */
#include "harness.h"
#include "store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NOBODY 65534

static char tmp_root[64];

/* ---- fixtures ---------------------------------------------------------------------------------- */

static void rm_rf(const char *path)
{
    struct stat sb;
    if (lstat(path, &sb) != 0) return;
    if (S_ISDIR(sb.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        while (d && (e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
            char sub[1024];
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            rm_rf(sub);
        }
        if (d) closedir(d);
        chmod(path, 0700);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* A fresh directory under the test's root for each case: cases must not see each other's files. */
static void case_dir(const char *name, char *out, size_t len)
{
    snprintf(out, len, "%s/%s", tmp_root, name);
    mkdir(out, 0755);
}

static void case_db(const char *name, char *out, size_t len)
{
    char dir[512];
    case_dir(name, dir, sizeof dir);
    snprintf(out, len, "%s/callsim.db", dir);
}

static sqlite3 *raw_open(const char *path)
{
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        fprintf(stderr, "raw open %s: %s\n", path, db ? sqlite3_errmsg(db) : "?");
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 2000);
    return db;
}

static long long raw_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = NULL;
    long long v = -999;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    else fprintf(stderr, "raw_int(%s): %s\n", sql, sqlite3_errmsg(db));
    sqlite3_finalize(s);
    return v;
}

static double raw_double(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = NULL;
    double v = -999;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_double(s, 0);
    sqlite3_finalize(s);
    return v;
}

/* Column 0 of the first row as text; "(null)" for NULL, "(none)" for no row. */
static const char *raw_text(sqlite3 *db, const char *sql, char *buf, size_t len)
{
    sqlite3_stmt *s = NULL;
    snprintf(buf, len, "(none)");
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(s, 0);
        snprintf(buf, len, "%s", t ? (const char *)t : "(null)");
    }
    sqlite3_finalize(s);
    return buf;
}

/* 2024-05-01T12:34:56.789Z */
static int is_iso_ms(const char *t)
{
    if (strlen(t) != 24) return 0;
    for (int i = 0; i < 24; i++) {
        char c = t[i];
        int ok = (i == 4 || i == 7) ? c == '-' : i == 10 ? c == 'T' : (i == 13 || i == 16) ? c == ':'
               : i == 19 ? c == '.' : i == 23 ? c == 'Z' : (c >= '0' && c <= '9');
        if (!ok) return 0;
    }
    return 1;
}

static double elapsed_s(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void write_bytes(const char *path, const unsigned char *bytes, size_t n, off_t at)
{
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    if (fd < 0 || pwrite(fd, bytes, n, at) != (ssize_t)n) perror(path);
    if (fd >= 0) close(fd);
}

static cs_event make_event(cs_event_kind kind, int64_t t, const char *text)
{
    cs_event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = kind;
    ev.t_start_ms = t;
    ev.t_end_ms = t + 1500;
    ev.typing_start_ms = -1;
    ev.prompt_end_ms = -1;
    ev.text = (char *)text;
    return ev;
}

static int64_t begin_attempt(cs_store *st, int64_t person, const char *mode)
{
    cs_attempt_info info = { person, "angry_caller", "scenarios/angry_caller.lua", mode,
                             UINT64_C(18446744073709551615) };
    int64_t id = 0;
    char err[512] = "";
    CHECK_MSG(cs_store_attempt_begin(st, &info, &id, err, sizeof err) == 0, "begin: %s", err);
    return id;
}

/* ---- creation, migration, reopening ------------------------------------------------------------ */

static void test_create_and_migrate(void)
{
    char dir[512], path[600], err[512] = "", buf[64];
    case_dir("create", dir, sizeof dir);
    snprintf(path, sizeof path, "%s/a/b/callsim.db", dir); /* two missing directories */

    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    if (!st) return;
    CHECK_STR(cs_store_path(st), path);
    struct stat sb;
    char sub[600];
    snprintf(sub, sizeof sub, "%s/a/b", dir);
    CHECK(stat(sub, &sb) == 0 && S_ISDIR(sb.st_mode) && (sb.st_mode & 0777) == 0700);

    sqlite3 *db = raw_open(path);
    CHECK(db != NULL);
    if (db) {
        CHECK_INT(raw_int(db, "PRAGMA user_version"), CS_STORE_SCHEMA_VERSION);
        CHECK_STR(raw_text(db, "PRAGMA journal_mode", buf, sizeof buf), "wal");
        CHECK_INT(raw_int(db, "PRAGMA application_id"), 0x4353696d);
        CHECK_INT(raw_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN"
                          " ('people','attempts','turns','rubric_items','typing_samples','sessions')"),
                  6);
        CHECK_INT(raw_int(db, "SELECT count(*) FROM sessions WHERE closed_at IS NULL"), 1);
        sqlite3_close(db);
    }

    /* foreign keys are on in the store's connection: a dangling person and attempt are refused */
    cs_attempt_info info = { 9999, "x", NULL, "practice", 1 };
    int64_t id = 0;
    CHECK(cs_store_attempt_begin(st, &info, &id, err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "FOREIGN KEY") != NULL, "err: %s", err);
    cs_event ev = make_event(CS_EV_RING, 0, NULL);
    CHECK(cs_store_turn(st, 4242, 0, &ev, err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "FOREIGN KEY") && strstr(err, path), "err: %s", err);
    cs_store_close(st);
}

/* Debian's SQLite reads "file:..." as a URI; --db file:x must still mean the file named file:x */
static void test_uri_looking_path(void)
{
    char dir[512], cwd[1024], err[512] = "";
    struct stat sb;
    case_dir("uri", dir, sizeof dir);
    if (!getcwd(cwd, sizeof cwd) || chdir(dir) != 0) return;
    cs_store *st = cs_store_open("file:odd.db?mode=ro", err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    cs_store_close(st);
    CHECK(stat("file:odd.db?mode=ro", &sb) == 0 && S_ISREG(sb.st_mode));
    CHECK(chdir(cwd) == 0);
}

static void test_reopen_idempotent(void)
{
    char path[600], err[512] = "";
    case_db("reopen", path, sizeof path);
    for (int i = 0; i < 3; i++) {
        cs_store *st = cs_store_open(path, err, sizeof err);
        CHECK_MSG(st != NULL, "open %d: %s", i, err);
        cs_store_close(st);
    }
    sqlite3 *db = raw_open(path);
    if (!db) return;
    CHECK_INT(raw_int(db, "PRAGMA user_version"), CS_STORE_SCHEMA_VERSION);
    CHECK_INT(raw_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN"
                      " ('people','attempts','turns','rubric_items','typing_samples','sessions')"), 6);
    CHECK_INT(raw_int(db, "SELECT count(*) FROM sessions"), 3);
    CHECK_INT(raw_int(db, "SELECT count(*) FROM sessions WHERE closed_at IS NULL"), 0);
    char buf[64];
    CHECK_STR(raw_text(db, "PRAGMA integrity_check", buf, sizeof buf), "ok");
    sqlite3_close(db);
}

static void test_default_path(void)
{
    char buf[512];
    const char *old_xdg = getenv("XDG_DATA_HOME"), *old_home = getenv("HOME");
    char save_xdg[512] = "", save_home[512] = "";
    if (old_xdg) snprintf(save_xdg, sizeof save_xdg, "%s", old_xdg);
    if (old_home) snprintf(save_home, sizeof save_home, "%s", old_home);

    setenv("XDG_DATA_HOME", "/x/data", 1);
    setenv("HOME", "/home/t", 1);
    CHECK(cs_store_default_path(buf, sizeof buf) == 0);
    CHECK_STR(buf, "/x/data/callsim/callsim.db");
    setenv("XDG_DATA_HOME", "relative", 1); /* invalid per the XDG spec: ignored */
    CHECK(cs_store_default_path(buf, sizeof buf) == 0);
    CHECK_STR(buf, "/home/t/.local/share/callsim/callsim.db");
    unsetenv("XDG_DATA_HOME");
    CHECK(cs_store_default_path(buf, sizeof buf) == 0);
    CHECK_STR(buf, "/home/t/.local/share/callsim/callsim.db");
    CHECK(cs_store_default_path(buf, 8) == -1);
    unsetenv("HOME");
    CHECK(cs_store_default_path(buf, sizeof buf) == -1);

    if (old_xdg) setenv("XDG_DATA_HOME", save_xdg, 1);
    if (old_home) setenv("HOME", save_home, 1);
}

/* ---- people, attempts, turns, grades ----------------------------------------------------------- */

static void test_person(void)
{
    char path[600], err[512] = "";
    case_db("person", path, sizeof path);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    if (!st) return;
    int64_t a = 0, b = 0, c = 0, d = 0, e = 0;
    CHECK(cs_store_person(st, "candidate", "张三", "440101199001011234", &a, err, sizeof err) == 0);
    CHECK(cs_store_person(st, "candidate", "张三", "440101199001011234", &b, err, sizeof err) == 0);
    CHECK(a > 0 && a == b);
    CHECK(cs_store_person(st, "candidate", "张三", "440101199001015678", &c, err, sizeof err) == 0);
    CHECK(c != a);
    CHECK(cs_store_person(st, "examiner", "张三", NULL, &d, err, sizeof err) == 0);
    CHECK(cs_store_person(st, "examiner", "张三", "", &e, err, sizeof err) == 0); /* "" == none */
    CHECK(d != a && d == e);
    CHECK(cs_store_person(st, "boss", "李四", NULL, &e, err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "unknown role \"boss\"") != NULL, "err: %s", err);
    CHECK(cs_store_person(st, "trainee", "", NULL, &e, err, sizeof err) != 0);
    cs_store_close(st);

    sqlite3 *db = raw_open(path);
    if (!db) return;
    CHECK_INT(raw_int(db, "SELECT count(*) FROM people"), 3);
    sqlite3_close(db);
}

static cs_item_result items[] = {
    { "opening", "开篇语", "greeting and offer of help present", "贵阳 §二 1.1", 10, 10 },
    { "taboo", "禁忌语", "used 你听不懂吗", "贵阳 §二 2.9", -5, 0 },
    { "closing", "结束语", NULL, NULL, 8, 10 },
};

static void test_round_trip(void)
{
    char path[600], err[512] = "", buf[256], sql[256];
    case_db("roundtrip", path, sizeof path);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    if (!st) return;
    int64_t person = 0;
    CHECK(cs_store_person(st, "trainee", "王五", NULL, &person, err, sizeof err) == 0);
    int64_t id = begin_attempt(st, person, "practice");

    /* one event of every kind, in log order */
    for (int k = 0; k < CS_EV_COUNT; k++) {
        cs_event ev = make_event((cs_event_kind)k, 1000 * k, k % 2 ? "您好，请讲" : NULL);
        ev.n = k;
        ev.points = k == CS_EV_MARK ? -2.5 : 0;
        if (k == CS_EV_TRAINEE_SAY) {
            ev.typing_start_ms = 12000;
            ev.prompt_end_ms = 11000;
            ev.expect = "opening";
            ev.text = "您好，请讲";
        }
        if (k == CS_EV_CALLER_SAY) ev.style = "voice=yue rate=190 pitch=60 volume=90";
        if (k == CS_EV_TICKET) ev.arg = "name=张三\nphone=13800000000";
        if (k == CS_EV_FAIL) ev.clause = "贵阳 §二 2.9";
        CHECK_MSG(cs_store_turn(st, id, k, &ev, err, sizeof err) == 0, "turn %d: %s", k, err);
    }
    int64_t n = 0;
    CHECK(cs_store_count_turns(st, id, &n, err, sizeof err) == 0);
    CHECK_INT(n, CS_EV_COUNT);

    /* the same seq twice is refused, not overwritten */
    cs_event dup = make_event(CS_EV_NOTE, 99, "again");
    CHECK(cs_store_turn(st, id, 3, &dup, err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "UNIQUE") && strstr(err, "turn 3"), "err: %s", err);

    cs_grade g;
    memset(&g, 0, sizeof g);
    g.score = 73.5;
    g.passed = 1;
    g.items = items;
    g.n_items = 3;
    g.typing_cpm = 62.0;
    g.typing_accuracy = 0.97;
    CHECK_MSG(cs_store_attempt_finish(st, id, &g, "{\"score\":73.5}", err, sizeof err) == 0,
              "finish: %s", err);
    CHECK(cs_store_attempt_status(st, id, buf, sizeof buf, err, sizeof err) == 0);
    CHECK_STR(buf, "completed");
    cs_store_close(st);

    sqlite3 *db = raw_open(path);
    if (!db) return;
#define Q(fmt) (snprintf(sql, sizeof sql, fmt, (long long)id), sql)
    CHECK_STR(raw_text(db, Q("SELECT status FROM attempts WHERE id = %lld"), buf, sizeof buf),
              "completed");
    CHECK_NEAR(raw_double(db, Q("SELECT score FROM attempts WHERE id = %lld")), 73.5, 1e-9);
    CHECK_INT(raw_int(db, Q("SELECT passed FROM attempts WHERE id = %lld")), 1);
    CHECK_INT(raw_int(db, Q("SELECT auto_failed FROM attempts WHERE id = %lld")), 0);
    CHECK_INT(raw_int(db, Q("SELECT person_id FROM attempts WHERE id = %lld")), person);
    CHECK_STR(raw_text(db, Q("SELECT seed FROM attempts WHERE id = %lld"), buf, sizeof buf),
              "18446744073709551615");
    CHECK_STR(raw_text(db, Q("SELECT grade_json FROM attempts WHERE id = %lld"), buf, sizeof buf),
              "{\"score\":73.5}");
    CHECK(is_iso_ms(raw_text(db, Q("SELECT started_at FROM attempts WHERE id = %lld"), buf, sizeof buf)));
    CHECK(is_iso_ms(raw_text(db, Q("SELECT ended_at FROM attempts WHERE id = %lld"), buf, sizeof buf)));
    CHECK(is_iso_ms(raw_text(db, Q("SELECT recorded_at FROM turns WHERE attempt_id = %lld"), buf,
                             sizeof buf)));

    /* a turn row per event, in order, with kind and who from the event log's names */
    CHECK_INT(raw_int(db, Q("SELECT count(*) FROM turns WHERE attempt_id = %lld")), CS_EV_COUNT);
    CHECK_INT(raw_int(db, Q("SELECT count(DISTINCT kind) FROM turns WHERE attempt_id = %lld")),
              CS_EV_COUNT);
    for (int k = 0; k < CS_EV_COUNT; k++) {
        snprintf(sql, sizeof sql, "SELECT kind || '/' || who || '/' || n || '/' || t_start_ms FROM turns"
                 " WHERE attempt_id = %lld AND seq = %d", (long long)id, k);
        char want[96];
        snprintf(want, sizeof want, "%s/%s/%d/%d", cs_event_kind_name((cs_event_kind)k),
                 cs_event_who((cs_event_kind)k), k, 1000 * k);
        CHECK_STR(raw_text(db, sql, buf, sizeof buf), want);
    }
    snprintf(sql, sizeof sql, "SELECT typing_start_ms || ',' || prompt_end_ms || ',' || expect || ','"
             " || text FROM turns WHERE attempt_id = %lld AND seq = %d", (long long)id, CS_EV_TRAINEE_SAY);
    CHECK_STR(raw_text(db, sql, buf, sizeof buf), "12000,11000,opening,您好，请讲");
    snprintf(sql, sizeof sql, "SELECT typeof(typing_start_ms) || typeof(prompt_end_ms) || typeof(text)"
             " FROM turns WHERE attempt_id = %lld AND seq = 0", (long long)id);
    CHECK_STR(raw_text(db, sql, buf, sizeof buf), "nullnullnull");
    snprintf(sql, sizeof sql, "SELECT points FROM turns WHERE attempt_id = %lld AND seq = %d",
             (long long)id, CS_EV_MARK);
    CHECK_NEAR(raw_double(db, sql), -2.5, 1e-9);
    snprintf(sql, sizeof sql, "SELECT arg FROM turns WHERE attempt_id = %lld AND seq = %d",
             (long long)id, CS_EV_TICKET);
    CHECK_STR(raw_text(db, sql, buf, sizeof buf), "name=张三\nphone=13800000000");
    snprintf(sql, sizeof sql, "SELECT style FROM turns WHERE attempt_id = %lld AND seq = %d",
             (long long)id, CS_EV_CALLER_SAY);
    CHECK_STR(raw_text(db, sql, buf, sizeof buf), "voice=yue rate=190 pitch=60 volume=90");

    CHECK_INT(raw_int(db, Q("SELECT count(*) FROM rubric_items WHERE attempt_id = %lld")), 3);
    CHECK_STR(raw_text(db, Q("SELECT group_concat(item_id || ':' || points || '/' || max, ' ') FROM"
                             " (SELECT * FROM rubric_items WHERE attempt_id = %lld ORDER BY ord)"),
                       buf, sizeof buf), "opening:10.0/10.0 taboo:-5.0/0.0 closing:8.0/10.0");
    CHECK_STR(raw_text(db, Q("SELECT reason || '|' || clause FROM rubric_items WHERE attempt_id = %lld"
                             " AND ord = 1"), buf, sizeof buf), "used 你听不懂吗|贵阳 §二 2.9");
    CHECK_NEAR(raw_double(db, Q("SELECT cpm FROM typing_samples WHERE attempt_id = %lld")), 62.0, 1e-9);
    CHECK_NEAR(raw_double(db, Q("SELECT accuracy FROM typing_samples WHERE attempt_id = %lld")), 0.97,
               1e-9);

    /* the schema itself refuses rewriting, whatever program writes */
    CHECK(sqlite3_exec(db, Q("UPDATE attempts SET score = 100 WHERE id = %lld"), NULL, NULL, NULL) ==
          SQLITE_CONSTRAINT);
    CHECK(sqlite3_exec(db, Q("UPDATE turns SET text = 'x' WHERE attempt_id = %lld"), NULL, NULL, NULL) ==
          SQLITE_CONSTRAINT);
#undef Q
    sqlite3_close(db);
}

static void test_finish_twice_and_no_typing(void)
{
    char path[600], err[512] = "", buf[64];
    case_db("twice", path, sizeof path);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    if (!st) return;
    int64_t id = begin_attempt(st, 0, "exam");
    cs_grade g;
    memset(&g, 0, sizeof g);
    g.score = 40;
    g.auto_failed = 1;
    g.fail_reason = "insulted the caller";
    g.items = items;
    g.n_items = 1;
    g.typing_cpm = -1;
    g.typing_accuracy = -1;
    CHECK_MSG(cs_store_attempt_finish(st, id, &g, NULL, err, sizeof err) == 0, "finish: %s", err);

    g.score = 99;
    g.passed = 1;
    err[0] = '\0';
    CHECK(cs_store_attempt_finish(st, id, &g, "{}", err, sizeof err) != 0);
    CHECK_MSG(strstr(err, path) && strstr(err, "already completed") && strstr(err, "never rewritten"),
              "err: %s", err);
    CHECK(strchr(err, '\n') == NULL);
    cs_event ev = make_event(CS_EV_NOTE, 5, "late");
    CHECK(cs_store_turn(st, id, 0, &ev, err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "has ended") != NULL, "err: %s", err);
    CHECK(cs_store_attempt_abort(st, id, "aborted", "x", err, sizeof err) != 0);
    CHECK(cs_store_attempt_finish(st, 777, &g, "{}", err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "no attempt 777") != NULL, "err: %s", err);
    cs_store_close(st);

    sqlite3 *db = raw_open(path);
    if (!db) return;
    CHECK_NEAR(raw_double(db, "SELECT score FROM attempts"), 40, 1e-9); /* first result kept */
    CHECK_INT(raw_int(db, "SELECT passed FROM attempts"), 0);
    CHECK_INT(raw_int(db, "SELECT auto_failed FROM attempts"), 1);
    CHECK_STR(raw_text(db, "SELECT fail_reason FROM attempts", buf, sizeof buf), "insulted the caller");
    CHECK_INT(raw_int(db, "SELECT count(*) FROM rubric_items"), 1);
    CHECK_INT(raw_int(db, "SELECT count(*) FROM typing_samples"), 0); /* cpm < 0: no sample */
    CHECK_STR(raw_text(db, "SELECT typeof(person_id) || typeof(grade_json) FROM attempts", buf, sizeof buf),
              "nullnull");
    sqlite3_close(db);
}

static void test_abort(void)
{
    char path[600], err[512] = "", buf[128];
    case_db("abort", path, sizeof path);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    if (!st) return;
    int64_t id = begin_attempt(st, 0, "headless");
    cs_event ev = make_event(CS_EV_RING, 0, NULL);
    CHECK(cs_store_turn(st, id, 0, &ev, err, sizeof err) == 0);
    CHECK(cs_store_attempt_abort(st, id, "completed", "x", err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "use interrupted, aborted or error") != NULL, "err: %s", err);
    CHECK_MSG(cs_store_attempt_abort(st, id, "error", "scenarios/x.lua:12: attempt to call nil", err,
                                     sizeof err) == 0, "abort: %s", err);
    CHECK(cs_store_attempt_status(st, id, buf, sizeof buf, err, sizeof err) == 0);
    CHECK_STR(buf, "error");
    CHECK(cs_store_attempt_abort(st, id, "aborted", "again", err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "already error") != NULL, "err: %s", err);
    cs_grade g;
    memset(&g, 0, sizeof g);
    g.typing_cpm = -1;
    CHECK(cs_store_attempt_finish(st, id, &g, NULL, err, sizeof err) != 0);
    CHECK(cs_store_attempt_status(st, 12345, buf, sizeof buf, err, sizeof err) != 0);

    cs_attempt_info bad = { 0, "x", NULL, "tournament", 0 };
    CHECK(cs_store_attempt_begin(st, &bad, &id, err, sizeof err) != 0);
    CHECK_MSG(strstr(err, "unknown attempt mode") != NULL, "err: %s", err);
    cs_store_close(st);

    sqlite3 *db = raw_open(path);
    if (!db) return;
    CHECK_STR(raw_text(db, "SELECT abort_reason FROM attempts", buf, sizeof buf),
              "scenarios/x.lua:12: attempt to call nil");
    CHECK(is_iso_ms(raw_text(db, "SELECT ended_at FROM attempts", buf, sizeof buf)));
    CHECK_INT(raw_int(db, "SELECT count(*) FROM turns"), 1);
    sqlite3_close(db);
}

/* ---- the interrupted rule and crash safety ----------------------------------------------------- */

static int count_rows(const cs_attempt_row *row, void *ctx)
{
    int *n = ctx;
    if (row->id > 0 && row->scenario_id && row->status) (*n)++;
    return 0;
}

static void test_live_session_not_interrupted(void)
{
    char path[600], err[512] = "", buf[64];
    case_db("live", path, sizeof path);
    cs_store *a = cs_store_open(path, err, sizeof err);
    CHECK_MSG(a != NULL, "open: %s", err);
    if (!a) return;
    int64_t id = begin_attempt(a, 0, "practice");
    /* a second program opening the file (a report, say) must not touch a call being played */
    cs_store *b = cs_store_open(path, err, sizeof err);
    CHECK_MSG(b != NULL, "open b: %s", err);
    if (b) {
        int marked = -1;
        CHECK(cs_store_mark_interrupted(b, &marked, err, sizeof err) == 0);
        CHECK_INT(marked, 0);
        CHECK(cs_store_attempt_status(b, id, buf, sizeof buf, err, sizeof err) == 0);
        CHECK_STR(buf, "in_progress");
        int rows = 0;
        CHECK(cs_store_list_attempts(b, 0, count_rows, &rows, err, sizeof err) == 0);
        CHECK_INT(rows, 1);
    }
    /* closing the player's store ends its unfinished call as interrupted */
    cs_store_close(a);
    if (b) {
        CHECK(cs_store_attempt_status(b, id, buf, sizeof buf, err, sizeof err) == 0);
        CHECK_STR(buf, "interrupted");
        cs_store_close(b);
    }
}

struct crash_seen { int64_t id; int64_t n_turns; char status[32]; int has_end; };

static int remember_row(const cs_attempt_row *row, void *ctx)
{
    struct crash_seen *s = ctx;
    s->id = row->id;
    s->n_turns = row->n_turns;
    snprintf(s->status, sizeof s->status, "%s", row->status);
    s->has_end = row->ended_at != NULL;
    return 0;
}

/* A child begins an attempt, commits 50 turns and is killed with SIGKILL: nothing returned as
 * stored may be lost, the file must be intact, and the attempt must read as interrupted. */
static void test_crash_safety(void)
{
    char path[600], err[512] = "", buf[64];
    case_db("crash", path, sizeof path);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        cs_store *st = cs_store_open(path, err, sizeof err);
        if (!st) _exit(3);
        cs_attempt_info info = { 0, "silent_line", "scenarios/silent_line.lua", "exam", 7 };
        int64_t id = 0;
        if (cs_store_attempt_begin(st, &info, &id, err, sizeof err)) _exit(4);
        for (int i = 0; i < 50; i++) {
            cs_event ev = make_event(i % 2 ? CS_EV_TRAINEE_SAY : CS_EV_CALLER_SAY, i * 2000, "您好，请讲");
            if (cs_store_turn(st, id, i, &ev, err, sizeof err)) _exit(5);
        }
        raise(SIGKILL); /* kill -9: no close, no atexit, no flush */
        _exit(6);
    }
    CHECK(pid > 0);
    if (pid <= 0) return;
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK_MSG(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "child status 0x%x", status);

    /* on disk, before any store sweeps: 50 turns, still in progress, not ended */
    sqlite3 *db = raw_open(path);
    if (db) {
        CHECK_STR(raw_text(db, "PRAGMA integrity_check", buf, sizeof buf), "ok");
        CHECK_INT(raw_int(db, "SELECT count(*) FROM turns"), 50);
        CHECK_INT(raw_int(db, "SELECT max(seq) FROM turns"), 49);
        CHECK_STR(raw_text(db, "SELECT status || '/' || typeof(ended_at) FROM attempts", buf, sizeof buf),
                  "in_progress/null");
        sqlite3_close(db);
    }

    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "reopen: %s", err);
    if (!st) return;
    struct crash_seen seen;
    memset(&seen, 0, sizeof seen);
    CHECK(cs_store_list_attempts(st, 0, remember_row, &seen, err, sizeof err) == 0);
    CHECK_INT(seen.n_turns, 50);
    CHECK_STR(seen.status, "interrupted");
    CHECK(seen.has_end);
    int64_t n = 0;
    CHECK(cs_store_count_turns(st, seen.id, &n, err, sizeof err) == 0);
    CHECK_INT(n, 50);
    cs_store_close(st);

    db = raw_open(path);
    if (db) {
        CHECK_STR(raw_text(db, "PRAGMA integrity_check", buf, sizeof buf), "ok");
        CHECK_INT(raw_int(db, "SELECT count(*) FROM attempts WHERE abort_reason LIKE '%killed or crashed%'"
                          " AND ended_at = (SELECT max(recorded_at) FROM turns)"), 1);
        CHECK_INT(raw_int(db, "SELECT count(*) FROM sessions WHERE closed_at IS NULL"), 0);
        sqlite3_close(db);
    }
}

/* ---- errors ------------------------------------------------------------------------------------ */

static void test_locked(void)
{
    char path[600], err[512] = "";
    case_db("locked", path, sizeof path);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    if (!st) return;
    int64_t id = begin_attempt(st, 0, "practice");

    sqlite3 *other = raw_open(path);
    if (!other) { cs_store_close(st); return; }
    CHECK(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL) == SQLITE_OK);

    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    cs_store *second = cs_store_open(path, err, sizeof err);
    double waited = elapsed_s(&t0);
    CHECK(second == NULL);
    cs_store_close(second);
    CHECK_MSG(strstr(err, path) && strstr(err, "is locked by another program"), "err: %s", err);
    CHECK_MSG(waited >= 1.5 && waited < 5.0, "waited %.2f s", waited); /* the busy timeout, no hang */

    /* a turn during someone else's write lock fails the same way, after the same wait */
    cs_event ev = make_event(CS_EV_RING, 0, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    CHECK(cs_store_turn(st, id, 0, &ev, err, sizeof err) != 0);
    waited = elapsed_s(&t0);
    CHECK_MSG(strstr(err, "is locked by another program") && strstr(err, "turn 0"), "err: %s", err);
    CHECK_MSG(waited < 5.0, "waited %.2f s", waited);

    CHECK(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(other);
    CHECK_MSG(cs_store_turn(st, id, 0, &ev, err, sizeof err) == 0, "after unlock: %s", err);
    cs_store_close(st);
}

/* Runs fn(path) as uid/gid nobody in a child and returns its one-line report ("SKIP" when the
 * privileges cannot be dropped). As root, file modes stop nothing; as nobody they stop everything. */
static void as_nobody(const char *path, void (*fn)(const char *path, int out), char *report,
                      size_t len)
{
    int fds[2];
    snprintf(report, len, "SKIP");
    if (pipe(fds) != 0) return;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (geteuid() == 0 && (setgroups(0, NULL) != 0 || setgid(NOBODY) != 0 || setuid(NOBODY) != 0)) {
            if (write(fds[1], "SKIP", 4) < 0) _exit(2);
            _exit(0);
        }
        fn(path, fds[1]);
        _exit(0);
    }
    close(fds[1]);
    ssize_t n = 0, got;
    while (pid > 0 && (size_t)n < len - 1 && (got = read(fds[0], report + n, len - 1 - (size_t)n)) > 0)
        n += got;
    if (n > 0) report[n] = '\0';
    close(fds[0]);
    if (pid > 0) waitpid(pid, NULL, 0);
}

/* Reports "RAWRC|store message": what SQLite itself says to a write, then what the store says. */
static void try_write(const char *path, int out)
{
    char err[512] = "", line[700];
    int raw_rc = -1;
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
        raw_rc = sqlite3_exec(db, "INSERT INTO people(role, name) VALUES ('trainee', 'x')", NULL, NULL,
                              NULL);
    sqlite3_close(db);
    cs_store *st = cs_store_open(path, err, sizeof err);
    if (st) snprintf(err, sizeof err, "OPENED");
    cs_store_close(st);
    int n = snprintf(line, sizeof line, "%d|%s", raw_rc & 0xff, err);
    if (write(out, line, (size_t)n) < 0) _exit(2);
}

static void test_read_only(void)
{
    char dir[512], path[600], err[512] = "", report[700];
    case_dir("readonly", dir, sizeof dir);
    snprintf(path, sizeof path, "%s/callsim.db", dir);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    cs_store_close(st);

    /* file 0444 in a directory nobody may not write to: the OS refuses every write */
    chmod(tmp_root, 0755);
    chmod(dir, 0755);
    chmod(path, 0444);
    as_nobody(path, try_write, report, sizeof report);
    if (getenv("TEST_STORE_VERBOSE")) fprintf(stderr, "read-only file: %s\n", report);
    if (!strcmp(report, "SKIP")) {
        fprintf(stderr, "test_read_only: cannot drop to uid %d, skipped\n", NOBODY);
    } else {
        CHECK_MSG(!strncmp(report, "8|", 2), "raw SQLite should say SQLITE_READONLY (8): %s", report);
        CHECK_MSG(strstr(report, path) && strstr(report, "is read-only") &&
                  strstr(report, "choose another --db") && !strchr(report, '\n'), "report: %s", report);
    }

    /* writable file, but a directory where the -wal and -shm files cannot be created */
    chmod(path, 0666);
    as_nobody(path, try_write, report, sizeof report);
    if (getenv("TEST_STORE_VERBOSE")) fprintf(stderr, "read-only directory: %s\n", report);
    if (strcmp(report, "SKIP")) {
        CHECK_MSG(strstr(report, path) && strstr(report, "directory") && !strstr(report, "OPENED"),
                  "report: %s", report);
    }
    chmod(tmp_root, 0700);
}

static void test_not_a_database(void)
{
    char path[600], err[512] = "";
    unsigned char junk[8192];
    srand(42);
    for (size_t i = 0; i < sizeof junk; i++) junk[i] = (unsigned char)rand();
    case_db("junk", path, sizeof path);
    write_bytes(path, junk, sizeof junk, 0);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK(st == NULL);
    cs_store_close(st);
    CHECK_MSG(strstr(err, path) && strstr(err, "is not a callsim database or is damaged") &&
              strstr(err, "choose another --db or restore a backup"), "err: %s", err);

    /* a real SQLite header but the schema page overwritten */
    case_db("damaged", path, sizeof path);
    st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    cs_store_close(st);
    write_bytes(path, junk, 3000, 100);
    st = cs_store_open(path, err, sizeof err);
    CHECK(st == NULL);
    cs_store_close(st);
    CHECK_MSG(strstr(err, "is not a callsim database or is damaged"), "err: %s", err);

    /* another program's SQLite file is refused, not "migrated" */
    case_db("foreign", path, sizeof path);
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)", NULL, NULL,
                       NULL) == SQLITE_OK);
    sqlite3_close(db);
    st = cs_store_open(path, err, sizeof err);
    CHECK(st == NULL);
    cs_store_close(st);
    CHECK_MSG(strstr(err, "is not a callsim database") && strstr(err, "another program"), "err: %s", err);
    db = raw_open(path);
    if (db) {
        CHECK_INT(raw_int(db, "SELECT count(*) FROM sqlite_schema"), 1); /* left untouched */
        sqlite3_close(db);
    }
}

static void test_newer_schema(void)
{
    char path[600], err[512] = "", want[700];
    case_db("newer", path, sizeof path);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK_MSG(st != NULL, "open: %s", err);
    cs_store_close(st);
    sqlite3 *db = raw_open(path);
    if (!db) return;
    CHECK(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    st = cs_store_open(path, err, sizeof err);
    CHECK(st == NULL);
    cs_store_close(st);
    snprintf(want, sizeof want, "%s: database schema version 99 is newer than this callsim (%d); "
             "upgrade callsim", path, CS_STORE_SCHEMA_VERSION);
    CHECK_STR(err, want);
}

static void test_cannot_create_dir(void)
{
    char dir[512], path[700], err[512] = "";
    case_dir("nodir", dir, sizeof dir);
    /* a regular file where a directory must go: fails even for root */
    char blocker[600];
    snprintf(blocker, sizeof blocker, "%s/data", dir);
    write_bytes(blocker, (const unsigned char *)"x", 1, 0);
    snprintf(path, sizeof path, "%s/callsim/callsim.db", blocker);
    cs_store *st = cs_store_open(path, err, sizeof err);
    CHECK(st == NULL);
    cs_store_close(st);
    CHECK_MSG(strstr(err, "cannot create the directory") && strstr(err, path) &&
              strstr(err, "choose another --db"), "err: %s", err);

    /* a directory the user may not write to (as nobody: root may write anywhere) */
    char report[700];
    chmod(tmp_root, 0755);
    snprintf(path, sizeof path, "%s/new/callsim.db", dir);
    as_nobody(path, try_write, report, sizeof report);
    if (strcmp(report, "SKIP")) {
        CHECK_MSG(strstr(report, "cannot create the directory") && strstr(report, "Permission denied"),
                  "report: %s", report);
    }
    chmod(tmp_root, 0700);

    CHECK(cs_store_open("", err, sizeof err) == NULL);
    CHECK_MSG(strstr(err, "--db") != NULL, "err: %s", err);
}

TEST_MAIN(
    snprintf(tmp_root, sizeof tmp_root, "/tmp/callsim-store-XXXXXX");
    if (!mkdtemp(tmp_root)) { perror("mkdtemp"); return 1; }
    RUN(test_create_and_migrate);
    RUN(test_reopen_idempotent);
    RUN(test_uri_looking_path);
    RUN(test_default_path);
    RUN(test_person);
    RUN(test_round_trip);
    RUN(test_finish_twice_and_no_typing);
    RUN(test_abort);
    RUN(test_live_session_not_interrupted);
    RUN(test_crash_safety);
    RUN(test_locked);
    RUN(test_read_only);
    RUN(test_not_a_database);
    RUN(test_newer_schema);
    RUN(test_cannot_create_dir);
    rm_rf(tmp_root);
)
