/* The SQLite store (see store.h for the contract).
 *
 * Durability model: WAL + synchronous=FULL, and every turn is its own autocommit INSERT, so a turn
 * is on disk before cs_store_turn returns; a kill mid-call loses nothing already returned.
 *
 * Schema evolution: PRAGMA user_version holds the schema version; `migrations` below is the list of
 * forward steps, each applied in its own BEGIN IMMEDIATE transaction that re-reads user_version, so
 * two programs opening an old file at once cannot both apply a step. A file from a newer callsim is
 * refused instead of being half-understood. PRAGMA application_id marks the file as callsim's, so
 * pointing --db at another program's SQLite file is refused rather than "migrated".
 *
 * Interrupted attempts: every open registers a row in `sessions` (pid, host); attempts belong to the
 * session that began them. An attempt still 'in_progress' whose session is gone is rewritten to
 * 'interrupted' (never any other status): by cs_store_close for its own session, and by
 * cs_store_mark_interrupted (run at every open) for sessions of this host whose process no longer
 * exists (killed, crashed). Attempts of live sessions, or of other hosts, are left alone: a call
 * being played is never marked interrupted under the player's feet.
 *
 * Finality is enforced by the schema itself (triggers): an ended attempt cannot be updated, and
 * turns, rubric items and typing samples cannot be added to it; turns are never updated.
 *
 * A cs_store belongs to one thread at a time (its cached statement is shared state). */
#include "store.h"

#include "random_id.h"
#include "digest.h"
#include "turn_chain.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 2000
/* Identifies callsim databases in the file header (PRAGMA application_id): 0x4353696D, "CSim".
 * Decimal, because the same token is pasted into the schema SQL. */
#define CALLSIM_APP_ID 1129539949
#define STR_(x) #x
#define STR(x) STR_(x)
#define NOW_SQL "strftime('%Y-%m-%dT%H:%M:%fZ','now')"

struct cs_store {
    sqlite3 *db;
    char *path;
    int64_t session_id;      /* 0 until registered */
    sqlite3_stmt *ins_turn;  /* the hot statement: one per event of every call */
    /* the turn hash chain's tail, so a turn costs no extra query (turn_chain.h) */
    int64_t chain_attempt;   /* 0: nothing cached */
    int64_t chain_seq;
    char chain_prev[CS_SHA256_HEX];
    int readonly;            /* opened by cs_store_open_readonly: nothing is ever written */
};

/* ---- schema ------------------------------------------------------------------------------------ */

/* Version 1. Times are ISO-8601 UTC with milliseconds; -1 "none" times of cs_event become NULL.
 * seed is TEXT (decimal uint64): SQLite integers are signed and a replay needs the exact value. */
static const char schema_v1[] =
    "PRAGMA application_id = " STR(CALLSIM_APP_ID) ";\n"
    "CREATE TABLE sessions (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  pid INTEGER NOT NULL,\n"
    "  host TEXT NOT NULL,\n"
    "  opened_at TEXT NOT NULL DEFAULT (" NOW_SQL "),\n"
    "  closed_at TEXT\n"
    ");\n"
    "CREATE TABLE people (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  role TEXT NOT NULL CHECK (role IN ('trainee','candidate','examiner')),\n"
    "  name TEXT NOT NULL CHECK (name <> ''),\n"
    "  ext_id TEXT CHECK (ext_id IS NULL OR ext_id <> ''),\n"
    "  created_at TEXT NOT NULL DEFAULT (" NOW_SQL ")\n"
    ");\n"
    /* NULL ext_ids would all be distinct under a plain UNIQUE; ifnull makes them one identity. */
    "CREATE UNIQUE INDEX people_identity ON people(role, name, ifnull(ext_id, ''));\n"
    "CREATE TABLE attempts (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  person_id INTEGER REFERENCES people(id),\n"
    "  session_id INTEGER REFERENCES sessions(id),\n"
    "  scenario_id TEXT NOT NULL,\n"
    "  scenario_file TEXT,\n"
    "  mode TEXT NOT NULL CHECK (mode IN ('practice','exam','headless')),\n"
    "  seed TEXT NOT NULL,\n"
    "  started_at TEXT NOT NULL DEFAULT (" NOW_SQL "),\n"
    "  ended_at TEXT,\n"
    "  status TEXT NOT NULL DEFAULT 'in_progress'\n"
    "    CHECK (status IN ('in_progress','completed','interrupted','aborted','error')),\n"
    "  score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),\n"
    "  passed INTEGER CHECK (passed IN (0,1)),\n"
    "  auto_failed INTEGER NOT NULL DEFAULT 0 CHECK (auto_failed IN (0,1)),\n"
    "  fail_reason TEXT,\n"
    "  grade_json TEXT,\n"
    "  abort_reason TEXT,\n"
    "  CHECK (status = 'in_progress' OR ended_at IS NOT NULL),\n"
    "  CHECK (status <> 'completed' OR (score IS NOT NULL AND passed IS NOT NULL))\n"
    ");\n"
    "CREATE INDEX attempts_person ON attempts(person_id, started_at);\n"
    "CREATE INDEX attempts_session ON attempts(session_id);\n"
    "CREATE INDEX attempts_open ON attempts(status) WHERE status = 'in_progress';\n"
    "CREATE TABLE turns (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL CHECK (seq >= 0),\n"
    "  kind TEXT NOT NULL,\n"
    "  who TEXT NOT NULL CHECK (who IN ('caller','trainee','system')),\n"
    "  text TEXT, arg TEXT, expect TEXT, clause TEXT, style TEXT,\n"
    "  n INTEGER NOT NULL DEFAULT 0,\n"
    "  points REAL NOT NULL DEFAULT 0,\n"
    "  t_start_ms INTEGER NOT NULL,\n"
    "  t_end_ms INTEGER NOT NULL,\n"
    "  typing_start_ms INTEGER,\n"
    "  prompt_end_ms INTEGER,\n"
    "  recorded_at TEXT NOT NULL DEFAULT (" NOW_SQL "),\n"
    "  UNIQUE (attempt_id, seq)\n"
    ");\n"
    "CREATE TABLE rubric_items (\n"
    "  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,\n"
    "  ord INTEGER NOT NULL,\n"
    "  item_id TEXT NOT NULL,\n"
    "  label TEXT,\n"
    "  points REAL NOT NULL,\n"
    "  max REAL NOT NULL,\n"
    "  reason TEXT,\n"
    "  clause TEXT,\n"
    "  PRIMARY KEY (attempt_id, ord)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE typing_samples (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,\n"
    "  cpm REAL NOT NULL,\n"
    "  accuracy REAL,\n"
    "  recorded_at TEXT NOT NULL DEFAULT (" NOW_SQL ")\n"
    ");\n"
    "CREATE INDEX typing_samples_attempt ON typing_samples(attempt_id);\n"
    /* Results are never silently rewritten: the schema refuses it whatever program writes. A
     * nonexistent attempt makes the WHEN NULL, so the foreign key reports it instead. */
    "CREATE TRIGGER attempts_final BEFORE UPDATE ON attempts WHEN OLD.status <> 'in_progress'\n"
    "BEGIN SELECT RAISE(ABORT, 'the attempt has ended; its results are final'); END;\n"
    "CREATE TRIGGER turns_final BEFORE UPDATE ON turns\n"
    "BEGIN SELECT RAISE(ABORT, 'stored turns are never rewritten'); END;\n"
    "CREATE TRIGGER turns_open BEFORE INSERT ON turns\n"
    "WHEN (SELECT status FROM attempts WHERE id = NEW.attempt_id) <> 'in_progress'\n"
    "BEGIN SELECT RAISE(ABORT, 'the attempt has ended; no turn can be added'); END;\n"
    "CREATE TRIGGER rubric_items_open BEFORE INSERT ON rubric_items\n"
    "WHEN (SELECT status FROM attempts WHERE id = NEW.attempt_id) <> 'in_progress'\n"
    "BEGIN SELECT RAISE(ABORT, 'the attempt has ended; its results are final'); END;\n"
    "CREATE TRIGGER typing_samples_open BEFORE INSERT ON typing_samples\n"
    "WHEN (SELECT status FROM attempts WHERE id = NEW.attempt_id) <> 'in_progress'\n"
    "BEGIN SELECT RAISE(ABORT, 'the attempt has ended; its results are final'); END;\n";

/* Version 2: the graded practical exam (issue 4; 国家职业技能标准 (2021) 1.9.2–1.9.4, 4.2).
 * - attempts.uid: a global identity, so `callsim merge` recognises an attempt in another file and
 *   the turn chain (turn_chain.h) is bound to its attempt; chain_head/chain_len: the chain's last
 *   hash and length, written when the attempt ends, so dropping trailing turns is detected too.
 * - turns.hash: the hash chain; recorded_at is now written by the program (it is hashed).
 * - papers (id + version + SHA-256 and the text itself), exams (a sitting of one paper),
 *   candidates (考生号, 姓名, 证件号), examiners (PIN as PBKDF2-HMAC-SHA-256 with a random salt),
 *   exam_attempts (a candidate's sitting: in_progress, completed, void with a reason),
 *   exam_calls (which call attempt played which part of the paper), examiner_scores (each
 *   examiner's own score, insert-only; the latest per examiner and item counts), results
 *   (versioned; a correction is a new version with who/when/why; a signed result is immutable).
 * Triggers enforce what matters whatever program writes the file. The ended attempts' triggers are
 * dropped and recreated here only to give old rows their uid; the step runs in one transaction. */
static const char schema_v2[] =
    "ALTER TABLE attempts ADD COLUMN uid TEXT;\n"
    "ALTER TABLE attempts ADD COLUMN chain_head TEXT;\n"
    "ALTER TABLE attempts ADD COLUMN chain_len INTEGER;\n"
    "ALTER TABLE turns ADD COLUMN hash TEXT;\n"
    "DROP TRIGGER attempts_final;\n"
    "DROP TRIGGER turns_final;\n"
    "UPDATE attempts SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;\n"
    "CREATE UNIQUE INDEX attempts_uid ON attempts(uid);\n"
    "CREATE TABLE papers (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  paper_id TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL,\n"
    "  level INTEGER NOT NULL CHECK (level IN (3,4,5)),\n"
    "  minutes INTEGER NOT NULL CHECK (minutes >= 30),\n"
    "  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),\n"
    "  text TEXT NOT NULL,\n"
    "  UNIQUE (paper_id, version, sha256)\n"
    ");\n"
    "CREATE TABLE exams (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  uid TEXT NOT NULL UNIQUE,\n"
    "  paper_ref INTEGER NOT NULL REFERENCES papers(id),\n"
    "  created_at TEXT NOT NULL DEFAULT (" NOW_SQL ")\n"
    ");\n"
    "CREATE TABLE candidates (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  exam_id INTEGER NOT NULL REFERENCES exams(id),\n"
    "  cand_no TEXT NOT NULL CHECK (cand_no <> ''),\n"
    "  name TEXT NOT NULL CHECK (name <> ''),\n"
    "  id_number TEXT,\n"
    "  created_at TEXT NOT NULL DEFAULT (" NOW_SQL "),\n"
    "  UNIQUE (exam_id, cand_no)\n"
    ");\n"
    "CREATE TABLE examiners (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),\n"
    "  salt TEXT NOT NULL, pin_hash TEXT NOT NULL, iterations INTEGER NOT NULL CHECK (iterations > 0),\n"
    "  created_at TEXT NOT NULL DEFAULT (" NOW_SQL ")\n"
    ");\n"
    "CREATE TABLE exam_attempts (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  uid TEXT NOT NULL UNIQUE,\n"
    "  candidate_id INTEGER NOT NULL REFERENCES candidates(id),\n"
    "  seat TEXT,\n"
    "  started_at TEXT NOT NULL DEFAULT (" NOW_SQL "),\n"
    "  ended_at TEXT,\n"
    "  status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress','completed','void')),\n"
    "  void_reason TEXT, voided_by TEXT,\n"
    "  CHECK (status <> 'void' OR (void_reason IS NOT NULL AND void_reason <> '' AND voided_by IS NOT NULL))\n"
    ");\n"
    "CREATE TABLE exam_calls (\n"
    "  exam_attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id),\n"
    "  part INTEGER NOT NULL CHECK (part >= 0),\n"
    "  scenario_id TEXT NOT NULL,\n"
    "  attempt_id INTEGER NOT NULL UNIQUE REFERENCES attempts(id),\n"
    "  PRIMARY KEY (exam_attempt_id, attempt_id)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE examiner_scores (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  uid TEXT NOT NULL UNIQUE,\n"
    "  exam_attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id),\n"
    "  examiner_id INTEGER NOT NULL REFERENCES examiners(id),\n"
    "  item TEXT NOT NULL CHECK (item <> ''),\n"
    "  score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),\n"
    "  entered_at TEXT NOT NULL DEFAULT (" NOW_SQL ")\n"
    ");\n"
    "CREATE INDEX examiner_scores_attempt ON examiner_scores(exam_attempt_id, item);\n"
    "CREATE TABLE results (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  exam_attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id),\n"
    "  version INTEGER NOT NULL CHECK (version >= 1),\n"
    "  score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),\n"
    "  passed INTEGER NOT NULL CHECK (passed IN (0,1)),\n"
    "  detail_json TEXT NOT NULL,\n"
    "  created_at TEXT NOT NULL DEFAULT (" NOW_SQL "),\n"
    "  created_by TEXT NOT NULL,\n"
    "  reason TEXT,\n"
    "  signed_at TEXT, signed_by TEXT,\n"
    "  UNIQUE (exam_attempt_id, version),\n"
    "  CHECK (version = 1 OR (reason IS NOT NULL AND reason <> '')),\n"
    "  CHECK ((signed_at IS NULL) = (signed_by IS NULL))\n"
    ");\n"
    "CREATE TRIGGER turns_kept BEFORE DELETE ON turns\n"
    "BEGIN SELECT RAISE(ABORT, 'stored turns are never deleted'); END;\n"
    "CREATE TRIGGER papers_final BEFORE UPDATE ON papers\n"
    "BEGIN SELECT RAISE(ABORT, 'a paper is never rewritten: give the changed paper a new version'); END;\n"
    "CREATE TRIGGER examiner_scores_final BEFORE UPDATE ON examiner_scores\n"
    "BEGIN SELECT RAISE(ABORT, 'an examiner score is never rewritten: enter a new one'); END;\n"
    "CREATE TRIGGER examiner_scores_kept BEFORE DELETE ON examiner_scores\n"
    "BEGIN SELECT RAISE(ABORT, 'examiner scores are never deleted'); END;\n"
    /* versions come in order: 1, 2, 3 … */
    "CREATE TRIGGER results_in_order BEFORE INSERT ON results\n"
    "WHEN NEW.version <> 1 + ifnull((SELECT max(version) FROM results WHERE exam_attempt_id = NEW.exam_attempt_id), 0)\n"
    "BEGIN SELECT RAISE(ABORT, 'result versions are numbered in order'); END;\n"
    /* the one update a result may take: being signed, once; everything else is a new version */
    "CREATE TRIGGER results_final BEFORE UPDATE ON results\n"
    "WHEN OLD.signed_at IS NOT NULL OR NEW.signed_at IS NULL\n"
    "  OR NEW.id IS NOT OLD.id OR NEW.exam_attempt_id IS NOT OLD.exam_attempt_id\n"
    "  OR NEW.version IS NOT OLD.version OR NEW.score IS NOT OLD.score OR NEW.passed IS NOT OLD.passed\n"
    "  OR NEW.detail_json IS NOT OLD.detail_json OR NEW.created_at IS NOT OLD.created_at\n"
    "  OR NEW.created_by IS NOT OLD.created_by OR NEW.reason IS NOT OLD.reason\n"
    "BEGIN SELECT RAISE(ABORT, 'a signed result is immutable: a correction is a new version with who, when and why'); END;\n"
    "CREATE TRIGGER results_kept BEFORE DELETE ON results\n"
    "BEGIN SELECT RAISE(ABORT, 'results are never deleted'); END;\n"
    /* a void sitting stays void; a sitting with a signed result cannot be voided or reopened */
    "CREATE TRIGGER exam_attempts_final BEFORE UPDATE ON exam_attempts\n"
    "WHEN OLD.status = 'void'\n"
    "  OR EXISTS (SELECT 1 FROM results r WHERE r.exam_attempt_id = OLD.id AND r.signed_at IS NOT NULL)\n"
    "BEGIN SELECT RAISE(ABORT, 'this exam attempt is void or has a signed result; it cannot change'); END;\n";

/* Version 3: signed exam records (issue 12; docs/signed-record.md).
 * - examiners: an Ed25519 public key, the private key sealed by the examiner's secret with Argon2id
 *   (exam_keys.h) and the KDF cost; is_admin, disabled. The PBKDF2 columns of version 2 stay unused.
 * - ledger: every exam-time action (centre set-up, examiner added/disabled, sitting started/resumed/
 *   completed/voided, a call begun/ended, a score, a signed result) as an entry signed by the acting
 *   examiner. Entries of sittings are hash-chained per file (chain, seq); examiner entries stand
 *   alone, each signed by an administrator. Never updated, never deleted.
 * - reviews: examiners' decisions on uncertain grader verdicts (filled by a later issue); covered
 *   by the signed record already, so adding them changes no format.
 * - secret_failures: wrong secrets per examiner name, for the command line's throttle.
 * - recovered_calls: in a recovery file, the sitting and part of its call.
 * - store_meta: this file's ledger chain id. */
static const char schema_v3[] =
    "ALTER TABLE examiners ADD COLUMN pubkey TEXT;\n"
    "ALTER TABLE examiners ADD COLUMN sealed TEXT;\n"
    "ALTER TABLE examiners ADD COLUMN kdf_ops INTEGER;\n"
    "ALTER TABLE examiners ADD COLUMN kdf_mem INTEGER;\n"
    "ALTER TABLE examiners ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0,1));\n"
    "ALTER TABLE examiners ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1));\n"
    "CREATE UNIQUE INDEX examiners_pubkey ON examiners(pubkey);\n"
    "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;\n"
    "CREATE TABLE ledger (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  chain TEXT, seq INTEGER,\n"
    "  kind TEXT NOT NULL, sitting TEXT, signer TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL,\n"
    "  prev TEXT, hash TEXT NOT NULL UNIQUE, sig TEXT NOT NULL,\n"
    "  CHECK ((chain IS NULL) = (seq IS NULL))\n"
    ");\n"
    "CREATE UNIQUE INDEX ledger_chain ON ledger(chain, seq) WHERE chain IS NOT NULL;\n"
    "CREATE INDEX ledger_sitting ON ledger(sitting, kind);\n"
    "CREATE TRIGGER ledger_final BEFORE UPDATE ON ledger\n"
    "BEGIN SELECT RAISE(ABORT, 'ledger entries are never rewritten'); END;\n"
    "CREATE TRIGGER ledger_kept BEFORE DELETE ON ledger\n"
    "BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted'); END;\n"
    "CREATE TABLE reviews (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  uid TEXT NOT NULL UNIQUE,\n"
    "  exam_attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id),\n"
    "  attempt_uid TEXT NOT NULL, item_id TEXT NOT NULL,\n"
    "  decision TEXT NOT NULL, points REAL, reason TEXT,\n"
    "  examiner_id INTEGER NOT NULL REFERENCES examiners(id),\n"
    "  decided_at TEXT NOT NULL\n"
    ");\n"
    "CREATE TRIGGER reviews_final BEFORE UPDATE ON reviews\n"
    "BEGIN SELECT RAISE(ABORT, 'a review decision is never rewritten: record a new one'); END;\n"
    "CREATE TRIGGER reviews_kept BEFORE DELETE ON reviews\n"
    "BEGIN SELECT RAISE(ABORT, 'review decisions are never deleted'); END;\n"
    "CREATE TABLE secret_failures (name TEXT PRIMARY KEY, fails INTEGER NOT NULL, last_ms INTEGER NOT NULL) WITHOUT ROWID;\n"
    /* in a recovery file (attempt_recorder.h): which sitting and part its call played, so merge
     * can file it there again (signed by the examiner who merges) */
    "CREATE TABLE recovered_calls (attempt_uid TEXT PRIMARY KEY, sitting TEXT NOT NULL, part INTEGER NOT NULL,"
    " scenario_id TEXT NOT NULL) WITHOUT ROWID;\n";

/* Recreated by backfill_chain once old turns have their hashes: the v1 triggers, as they were. */
static const char v2_final_triggers[] =
    "CREATE TRIGGER attempts_final BEFORE UPDATE ON attempts WHEN OLD.status <> 'in_progress'\n"
    "BEGIN SELECT RAISE(ABORT, 'the attempt has ended; its results are final'); END;\n"
    "CREATE TRIGGER turns_final BEFORE UPDATE ON turns\n"
    "BEGIN SELECT RAISE(ABORT, 'stored turns are never rewritten'); END;\n";

/* Forward migrations: entry i takes the file from version i to i + 1. Append, never edit a shipped
 * step. A step that rebuilds a table must run with foreign keys off (PRAGMA foreign_keys is a no-op
 * inside a transaction: switch it before BEGIN) and end with PRAGMA foreign_key_check. */
static int backfill_chain(cs_store *st, char *err, size_t errlen);

/* post: C work of the step after its SQL, in the same transaction (NULL: none). */
static const struct {
    const char *what;
    const char *sql;
    int (*post)(cs_store *st, char *err, size_t errlen);
} migrations[] = {
    { "creating the tables", schema_v1, NULL },
    { "adding exams, examiners, results and the turn hash chain", schema_v2, backfill_chain },
    { "adding examiner keys and the signed exam ledger", schema_v3, NULL },
};

_Static_assert(sizeof migrations / sizeof migrations[0] == CS_STORE_SCHEMA_VERSION,
               "CS_STORE_SCHEMA_VERSION must equal the number of migration steps");

/* ---- errors ------------------------------------------------------------------------------------ */

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    /* one line, always: SQLite messages may quote SQL with newlines */
    for (char *p = err; *p; p++)
        if (*p == '\n' || *p == '\r') *p = ' ';
}

/* Turns an SQLite failure into one line naming the file and saying what to do about it. The class
 * of failure (primary code) decides the advice; SQLite's own text is kept in parentheses. */
static void db_err_msg(const char *path, int rc, const char *msg, int sys_errno, const char *what,
                       char *err, size_t errlen)
{
    if (rc == SQLITE_READONLY_DIRECTORY) {
        set_err(err, errlen, "%s is read-only because its directory is not writable (SQLite must "
                "create the -wal and -shm files beside it); make the directory writable, or choose "
                "another --db", path);
        return;
    }
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        set_err(err, errlen, "%s is locked by another program (%s while %s); close the other callsim "
                "or database tool using it, or wait, then try again", path, msg, what);
        return;
    case SQLITE_READONLY:
        set_err(err, errlen, "%s is read-only (%s while %s); make the file and its directory "
                "writable, or choose another --db", path, msg, what);
        return;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        set_err(err, errlen, "%s is not a callsim database or is damaged (%s); choose another --db "
                "or restore a backup", path, msg);
        return;
    case SQLITE_CANTOPEN:
        set_err(err, errlen, "cannot open %s (%s%s%s while %s); check that the file and its "
                "directory exist and are writable, or choose another --db", path, msg,
                sys_errno ? ": " : "", sys_errno ? strerror(sys_errno) : "", what);
        return;
    case SQLITE_FULL:
        set_err(err, errlen, "%s: the disk is full (%s while %s); free some space, then try again",
                path, msg, what);
        return;
    case SQLITE_IOERR:
        set_err(err, errlen, "%s: input/output error (%s%s%s while %s); check the disk, or choose "
                "another --db", path, msg, sys_errno ? ": " : "",
                sys_errno ? strerror(sys_errno) : "", what);
        return;
    case SQLITE_NOMEM:
        set_err(err, errlen, "%s: out of memory while %s; close other programs and try again",
                path, what);
        return;
    default:
        set_err(err, errlen, "%s: %s failed (%s); this is a callsim bug if it persists, please "
                "report it", path, what, msg);
        return;
    }
}

static void db_err(const cs_store *st, int rc, const char *what, char *err, size_t errlen)
{
    db_err_msg(st->path, rc, sqlite3_errmsg(st->db), sqlite3_system_errno(st->db), what, err,
               errlen);
}

/* ---- small statement helpers (each reports its own error, before finalizing) ------------------- */

static int exec_sql(cs_store *st, const char *sql, const char *what, char *err, size_t errlen)
{
    char *msg = NULL;
    int rc = sqlite3_exec(st->db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        db_err_msg(st->path, rc, msg ? msg : sqlite3_errstr(rc), sqlite3_system_errno(st->db), what,
                   err, errlen);
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int prepare(cs_store *st, const char *sql, sqlite3_stmt **stmt, const char *what, char *err,
                   size_t errlen)
{
    int rc = sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL);
    if (rc != SQLITE_OK) {
        db_err(st, rc, what, err, errlen);
        sqlite3_finalize(*stmt);
        *stmt = NULL;
        return -1;
    }
    return 0;
}

/* Binds are written as a list and checked once: acc keeps the first failure (out of memory, a
 * wrong index), and the step is then skipped so a row is never written with a missing value. */
static void bind_check(int *acc, int rc)
{
    if (*acc == SQLITE_OK) *acc = rc;
}

/* Steps a statement that returns no row (INSERT/UPDATE) unless its binds failed; finalizes it
 * either way. */
static int step_done(cs_store *st, sqlite3_stmt *stmt, int bind_rc, const char *what, char *err,
                     size_t errlen)
{
    int rc = bind_rc == SQLITE_OK ? sqlite3_step(stmt) : bind_rc;
    if (rc != SQLITE_DONE) db_err(st, rc, what, err, errlen);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* One-row, one-column queries (pragmas, lookups by id). A "?" in sql is bound to id. No row reads
 * as 0 / "". */
static int query_int(cs_store *st, const char *sql, int64_t id, int64_t *out, const char *what,
                     char *err, size_t errlen)
{
    sqlite3_stmt *stmt = NULL;
    if (prepare(st, sql, &stmt, what, err, errlen)) return -1;
    int rc = sqlite3_bind_parameter_count(stmt) > 0 ? sqlite3_bind_int64(stmt, 1, id) : SQLITE_OK;
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) *out = sqlite3_column_int64(stmt, 0);
    else if (rc == SQLITE_DONE) *out = 0;
    else db_err(st, rc, what, err, errlen);
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

static int query_text(cs_store *st, const char *sql, int64_t id, char *buf, size_t len,
                      const char *what, char *err, size_t errlen)
{
    sqlite3_stmt *stmt = NULL;
    if (prepare(st, sql, &stmt, what, err, errlen)) return -1;
    int rc = sqlite3_bind_parameter_count(stmt) > 0 ? sqlite3_bind_int64(stmt, 1, id) : SQLITE_OK;
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    buf[0] = '\0';
    if (rc == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(stmt, 0);
        snprintf(buf, len, "%s", t ? (const char *)t : "");
    } else if (rc != SQLITE_DONE) {
        db_err(st, rc, what, err, errlen);
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

static int bind_text_or_null(sqlite3_stmt *stmt, int i, const char *s)
{
    return s ? sqlite3_bind_text(stmt, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(stmt, i);
}

/* cs_event uses -1 for "no such time"; SQL says that with NULL. */
static int bind_ms_or_null(sqlite3_stmt *stmt, int i, int64_t ms)
{
    return ms >= 0 ? sqlite3_bind_int64(stmt, i, ms) : sqlite3_bind_null(stmt, i);
}

/* ---- transactions ------------------------------------------------------------------------------ */

/* IMMEDIATE takes the write lock up front, so a locked file fails here (after the busy timeout)
 * rather than half-way through, and two writers cannot deadlock upgrading read locks. */
static int tx_begin(cs_store *st, const char *what, char *err, size_t errlen)
{
    return exec_sql(st, "BEGIN IMMEDIATE", what, err, errlen);
}

static void tx_rollback(cs_store *st)
{
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

static int tx_commit(cs_store *st, const char *what, char *err, size_t errlen)
{
    if (exec_sql(st, "COMMIT", what, err, errlen) == 0) return 0;
    tx_rollback(st);
    return -1;
}

/* ---- the turn hash chain (turn_chain.h) --------------------------------------------------------- */

#define TURN_COLS CS_TURN_COLS

/* Reads the TURN_COLS columns starting at column `at` (strings valid until the next step). */
static void read_turn_row(sqlite3_stmt *s, int at, cs_turn_row *r)
{
    r->seq = sqlite3_column_int64(s, at);
    r->kind = (const char *)sqlite3_column_text(s, at + 1);
    r->who = (const char *)sqlite3_column_text(s, at + 2);
    r->text = (const char *)sqlite3_column_text(s, at + 3);
    r->arg = (const char *)sqlite3_column_text(s, at + 4);
    r->expect = (const char *)sqlite3_column_text(s, at + 5);
    r->clause = (const char *)sqlite3_column_text(s, at + 6);
    r->style = (const char *)sqlite3_column_text(s, at + 7);
    r->n = sqlite3_column_int64(s, at + 8);
    r->points = sqlite3_column_double(s, at + 9);
    r->t_start_ms = sqlite3_column_int64(s, at + 10);
    r->t_end_ms = sqlite3_column_int64(s, at + 11);
    r->typing_start_ms = sqlite3_column_type(s, at + 12) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, at + 12);
    r->prompt_end_ms = sqlite3_column_type(s, at + 13) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, at + 13);
    r->recorded_at = (const char *)sqlite3_column_text(s, at + 14);
}

/* Migration 2, after its SQL: chains the turns stored by schema 1 (every attempt, in seq order)
 * and records the chain head of ended attempts, then restores the finality triggers. */
static int backfill_chain(cs_store *st, char *err, size_t errlen)
{
    const char *what = "chaining the turns stored before schema 2";
    sqlite3_stmt *sel = NULL, *upd = NULL, *head = NULL;
    if (prepare(st, "SELECT t.id, a.uid, " TURN_COLS " FROM turns t JOIN attempts a ON a.id = t.attempt_id"
                " ORDER BY t.attempt_id, t.seq", &sel, what, err, errlen) ||
        prepare(st, "UPDATE turns SET hash = ? WHERE id = ?", &upd, what, err, errlen) ||
        prepare(st, "UPDATE attempts SET chain_head = (SELECT hash FROM turns t WHERE t.attempt_id = attempts.id"
                " ORDER BY seq DESC LIMIT 1), chain_len = (SELECT count(*) FROM turns t WHERE t.attempt_id ="
                " attempts.id) WHERE status <> 'in_progress'", &head, what, err, errlen)) {
        sqlite3_finalize(sel);
        sqlite3_finalize(upd);
        return -1;
    }
    char prev[CS_SHA256_HEX] = "", uid[CS_UID_HEX + 8] = "";
    int rc;
    while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
        const char *u = (const char *)sqlite3_column_text(sel, 1);
        if (strcmp(uid, u ? u : "") != 0) { /* next attempt: start its chain */
            snprintf(uid, sizeof uid, "%s", u ? u : "");
            cs_chain_genesis(uid, prev);
        }
        cs_turn_row r;
        read_turn_row(sel, 2, &r);
        cs_chain_next(prev, &r, prev);
        int b = SQLITE_OK;
        bind_check(&b, sqlite3_bind_text(upd, 1, prev, -1, SQLITE_TRANSIENT));
        bind_check(&b, sqlite3_bind_int64(upd, 2, sqlite3_column_int64(sel, 0)));
        int urc = b == SQLITE_OK ? sqlite3_step(upd) : b;
        sqlite3_reset(upd);
        if (urc != SQLITE_DONE) { rc = urc; break; }
    }
    if (rc != SQLITE_DONE) db_err(st, rc, what, err, errlen);
    sqlite3_finalize(sel);
    sqlite3_finalize(upd);
    if (rc != SQLITE_DONE) { sqlite3_finalize(head); return -1; }
    if (step_done(st, head, SQLITE_OK, what, err, errlen)) return -1;
    return exec_sql(st, v2_final_triggers, what, err, errlen);
}

/* The hash the next turn of attempt_id chains from: the cache, else the attempt's last stored
 * hash, else its genesis. An unknown attempt chains from an empty genesis; its INSERT then fails
 * on the foreign key, which names the real problem. */
static int chain_prev(cs_store *st, int64_t attempt_id, int seq, char out[CS_SHA256_HEX], char *err,
                      size_t errlen)
{
    if (st->chain_attempt == attempt_id && st->chain_seq == seq - 1) {
        memcpy(out, st->chain_prev, CS_SHA256_HEX);
        return 0;
    }
    const char *what = "reading the turn chain";
    sqlite3_stmt *q = NULL;
    if (prepare(st, "SELECT a.uid, (SELECT hash FROM turns t WHERE t.attempt_id = a.id ORDER BY seq DESC LIMIT 1)"
                " FROM attempts a WHERE a.id = ?", &q, what, err, errlen))
        return -1;
    int rc = sqlite3_bind_int64(q, 1, attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(q);
    if (rc == SQLITE_ROW && sqlite3_column_type(q, 1) != SQLITE_NULL)
        snprintf(out, CS_SHA256_HEX, "%s", (const char *)sqlite3_column_text(q, 1));
    else if (rc == SQLITE_ROW)
        cs_chain_genesis((const char *)sqlite3_column_text(q, 0), out);
    else if (rc == SQLITE_DONE)
        cs_chain_genesis("", out);
    else
        db_err(st, rc, what, err, errlen);
    sqlite3_finalize(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* ISO-8601 UTC with milliseconds, the same text NOW_SQL gives: the program writes recorded_at
 * itself because the turn's hash covers it. */
static void now_iso(char *buf, size_t len)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    char base[32];
    strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
    unsigned ms = (unsigned)(ts.tv_nsec / 1000000L) % 1000u;
    snprintf(buf, len, "%.20s.%03uZ", base, ms);
}

/* ---- opening ----------------------------------------------------------------------------------- */

/* mkdir -p of the file's directory. 0700: the results of named candidates are nobody else's. */
static int make_parent_dirs(const char *path, char *err, size_t errlen)
{
    char dir[PATH_MAX];
    if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir) {
        set_err(err, errlen, "%s: the path is too long; choose a shorter --db", path);
        return -1;
    }
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return 0; /* current directory or "/" */
    *slash = '\0';

    for (char *p = dir + 1;; p++) {
        int last = *p == '\0';
        if (!last && *p != '/') continue;
        *p = '\0';
        struct stat sb;
        int e = mkdir(dir, 0700) == 0 ? 0 : errno;
        /* EEXIST, or EACCES on an existing parent we may not write: fine when it is a directory */
        if (e && e != EEXIST && !(stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode))) {
            set_err(err, errlen, "cannot create the directory %s for %s (%s); create it yourself "
                    "or choose another --db", dir, path, strerror(e));
            return -1;
        }
        if (last) break;
        *p = '/';
    }
    struct stat sb;
    int e = stat(dir, &sb) == 0 ? 0 : errno;
    if (e || !S_ISDIR(sb.st_mode)) {
        set_err(err, errlen, "cannot create the directory %s for %s (%s); choose another --db", dir,
                path, e ? strerror(e) : "a file of that name is in the way");
        return -1;
    }
    return 0;
}

static int set_pragmas(cs_store *st, char *err, size_t errlen)
{
    char mode[32];
    /* journal_mode is the first statement to read the file: a non-database fails here (NOTADB) */
    if (query_text(st, "PRAGMA journal_mode=WAL", 0, mode, sizeof mode, "switching to WAL", err, errlen))
        return -1;
    if (strcmp(mode, "wal") != 0) {
        set_err(err, errlen, "%s: cannot use write-ahead logging (journal mode stays \"%s\"); put "
                "the database on a local disk, or choose another --db", st->path, mode);
        return -1;
    }
    if (exec_sql(st, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL", "setting pragmas", err,
                 errlen))
        return -1;
    int64_t fk = 0;
    if (query_int(st, "PRAGMA foreign_keys", 0, &fk, "checking foreign keys", err, errlen)) return -1;
    if (fk != 1) {
        set_err(err, errlen, "%s: this SQLite library cannot enforce foreign keys; rebuild callsim "
                "against a standard libsqlite3", st->path);
        return -1;
    }
    return 0;
}

/* Inside the migration transaction: refuse another program's SQLite file, and a newer schema. */
static int check_identity(cs_store *st, int64_t version, char *err, size_t errlen)
{
    int64_t app = 0, tables = 0;
    if (query_int(st, "PRAGMA application_id", 0, &app, "reading the file header", err, errlen) ||
        query_int(st, "SELECT count(*) FROM sqlite_schema", 0, &tables, "reading the schema", err,
                  errlen))
        return -1;
    int fresh = app == 0 && version == 0 && tables == 0;
    if ((app != CALLSIM_APP_ID && !fresh) || version < 0) {
        set_err(err, errlen, "%s is not a callsim database or is damaged (it is another program's "
                "SQLite file); choose another --db or restore a backup", st->path);
        return -1;
    }
    if (version > CS_STORE_SCHEMA_VERSION) {
        set_err(err, errlen, "%s: database schema version %" PRId64 " is newer than this callsim "
                "(%d); upgrade callsim", st->path, version, CS_STORE_SCHEMA_VERSION);
        return -1;
    }
    return 0;
}

/* Applies the missing steps, one transaction each. Also the write probe of every open: with an
 * up-to-date file it is an empty BEGIN IMMEDIATE/COMMIT, which fails now, with a clear message,
 * when the file is locked or read-only, instead of at the first turn of a call. */
static int migrate(cs_store *st, char *err, size_t errlen)
{
    for (;;) {
        int64_t version = 0;
        if (tx_begin(st, "checking the schema version", err, errlen)) return -1;
        if (query_int(st, "PRAGMA user_version", 0, &version, "reading the schema version", err, errlen) ||
            check_identity(st, version, err, errlen)) {
            tx_rollback(st);
            return -1;
        }
        if (version == CS_STORE_SCHEMA_VERSION)
            return tx_commit(st, "checking the schema version", err, errlen);

        char what[96], set_version[48];
        snprintf(what, sizeof what, "migrating to schema version %" PRId64 ": %s", version + 1,
                 migrations[version].what);
        snprintf(set_version, sizeof set_version, "PRAGMA user_version = %" PRId64, version + 1);
        if (exec_sql(st, migrations[version].sql, what, err, errlen) ||
            (migrations[version].post && migrations[version].post(st, err, errlen)) ||
            exec_sql(st, set_version, what, err, errlen)) {
            tx_rollback(st);
            return -1;
        }
        if (tx_commit(st, what, err, errlen)) return -1;
    }
}

static int register_session(cs_store *st, char *err, size_t errlen)
{
    char host[256] = "";
    if (gethostname(host, sizeof host - 1) != 0) snprintf(host, sizeof host, "unknown");
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    if (prepare(st, "INSERT INTO sessions(pid, host) VALUES (?, ?)", &stmt, "registering this run",
                err, errlen))
        return -1;
    bind_check(&b, sqlite3_bind_int64(stmt, 1, (int64_t)getpid()));
    bind_check(&b, sqlite3_bind_text(stmt, 2, host, -1, SQLITE_TRANSIENT));
    if (step_done(st, stmt, b, "registering this run", err, errlen)) return -1;
    st->session_id = sqlite3_last_insert_rowid(st->db);
    return 0;
}

static int prepare_cached(cs_store *st, char *err, size_t errlen)
{
    static const char sql[] =
        "INSERT INTO turns(attempt_id, seq, kind, who, text, arg, expect, clause, style, n, points,"
        " t_start_ms, t_end_ms, typing_start_ms, prompt_end_ms, recorded_at, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    int rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->ins_turn, NULL);
    if (rc != SQLITE_OK) {
        db_err(st, rc, "preparing statements", err, errlen);
        return -1;
    }
    return 0;
}

/* SQLite (Debian builds with URIs on) would read "file:..." as a URI: keep --db a plain path. */
static void sqlite_name(const char *path, char *buf, size_t len)
{
    snprintf(buf, len, "%s%s", strncmp(path, "file:", 5) == 0 ? "./" : "", path);
}

static int open_db(cs_store *st, char *err, size_t errlen)
{
    char name[PATH_MAX + 3];
    sqlite_name(st->path, name, sizeof name);
    int rc = sqlite3_open_v2(name, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        if (st->db) db_err(st, rc, "opening", err, errlen);
        else db_err_msg(st->path, rc, sqlite3_errstr(rc), 0, "opening", err, errlen);
        return -1;
    }
    sqlite3_extended_result_codes(st->db, 1);
    rc = sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
    if (rc != SQLITE_OK) {
        db_err(st, rc, "setting the busy timeout", err, errlen);
        return -1;
    }
    /* READWRITE silently degrades to read-only when the OS refuses write access: say so now */
    if (sqlite3_db_readonly(st->db, "main") == 1) {
        set_err(err, errlen, "%s is read-only (no write permission); make the file and its "
                "directory writable, or choose another --db", st->path);
        return -1;
    }
    return 0;
}

/* Before anything is written: refuse a file that is not callsim's (or is newer), so the refusal
 * leaves it exactly as it was (no journal-mode switch). migrate() checks again under its lock. */
static int precheck_identity(cs_store *st, char *err, size_t errlen)
{
    int64_t version = 0;
    if (query_int(st, "PRAGMA user_version", 0, &version, "reading the schema version", err, errlen)) return -1;
    return check_identity(st, version, err, errlen);
}

int cs_store_uri(const char *path, const char *params, char *out, size_t len)
{
    size_t o = (size_t)snprintf(out, len, "file:");
    for (const char *p = path; *p && o + 4 < len; p++) {
        if (*p == '%' || *p == '?' || *p == '#') o += (size_t)snprintf(out + o, len - o, "%%%02X", (unsigned char)*p);
        else out[o++] = *p;
    }
    if (o + strlen(params) + 2 >= len) return -1;
    snprintf(out + o, len - o, "?%s", params);
    return 0;
}

/* A WAL database in a directory we may not write: SQLite cannot create its -shm file, so it cannot
 * open it read-only the usual way. When no -wal file exists nobody is writing it (a writer would
 * have made one), and the file can be read as immutable. */
static int readonly_fallback(const char *path)
{
    char wal[PATH_MAX + 8];
    snprintf(wal, sizeof wal, "%s-wal", path);
    return access(wal, F_OK) != 0;
}

static int open_ro(cs_store *st, const char *path, int immutable, int64_t *version, char *err, size_t errlen)
{
    char name[3 * PATH_MAX + 32];
    int rc;
    if (immutable) {
        if (cs_store_uri(path, "immutable=1", name, sizeof name)) return SQLITE_CANTOPEN;
        rc = sqlite3_open_v2(name, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    } else {
        sqlite_name(path, name, sizeof name);
        /* READONLY: SQLite never writes the file, never changes its journal mode; works on a 0444 file */
        rc = sqlite3_open_v2(name, &st->db, SQLITE_OPEN_READONLY, NULL);
    }
    if (rc != SQLITE_OK) {
        if (st->db) db_err(st, rc, "opening read-only", err, errlen);
        else db_err_msg(path, rc, sqlite3_errstr(rc), 0, "opening read-only", err, errlen);
        return rc;
    }
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
    rc = sqlite3_exec(st->db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
    if (rc != SQLITE_OK) { db_err(st, rc, "opening read-only", err, errlen); return rc; }
    if (query_int(st, "PRAGMA user_version", 0, version, "reading the schema version", err, errlen)) return SQLITE_ERROR;
    return SQLITE_OK;
}

cs_store *cs_store_open_readonly(const char *path, char *err, size_t errlen)
{
    if (!path || !*path) {
        set_err(err, errlen, "no database path given; pass --db FILE");
        return NULL;
    }
    cs_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        free(st);
        set_err(err, errlen, "%s: out of memory while opening", path);
        return NULL;
    }
    int64_t version = 0;
    int rc = open_ro(st, path, 0, &version, err, errlen);
    if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN) {
        if (readonly_fallback(path)) {
            sqlite3_close(st->db);
            st->db = NULL;
            rc = open_ro(st, path, 1, &version, err, errlen);
        }
    }
    if (rc == SQLITE_OK && check_identity(st, version, err, errlen)) rc = SQLITE_ERROR;
    else if (rc == SQLITE_OK && version != CS_STORE_SCHEMA_VERSION) {
        set_err(err, errlen, "%s has schema version %" PRId64 " (this callsim reads %d); open it once with "
                "`callsim exam roster` or `run --db` on a writable copy to migrate it", path, version,
                CS_STORE_SCHEMA_VERSION);
        rc = SQLITE_ERROR;
    }
    if (rc != SQLITE_OK) {
        cs_store_close(st);
        return NULL;
    }
    st->readonly = 1;
    return st;
}

int cs_store_readonly(const cs_store *st)
{
    return st->readonly;
}

cs_store *cs_store_open(const char *path, char *err, size_t errlen)
{
    if (!path || !*path) {
        set_err(err, errlen, "no database path given; pass --db FILE");
        return NULL;
    }
    if (make_parent_dirs(path, err, errlen)) return NULL;
    cs_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        free(st);
        set_err(err, errlen, "%s: out of memory while opening", path);
        return NULL;
    }
    int n_marked = 0;
    /* identity before WAL: another program's SQLite file is refused unchanged (issue 12) */
    if (open_db(st, err, errlen) || precheck_identity(st, err, errlen) || set_pragmas(st, err, errlen) ||
        migrate(st, err, errlen) ||
        register_session(st, err, errlen) || prepare_cached(st, err, errlen) ||
        cs_store_mark_interrupted(st, &n_marked, err, errlen)) {
        st->session_id = 0; /* nothing of ours to close: do not write on the failure path */
        cs_store_close(st);
        return NULL;
    }
    return st;
}

/* What was left in progress by this store is interrupted now: the program is done with the file. */
static void end_session(cs_store *st)
{
    char err[256];
    sqlite3_stmt *a = NULL, *s = NULL;
    int b = SQLITE_OK;
    if (tx_begin(st, "closing", err, sizeof err)) return;
    if (prepare(st, "UPDATE attempts SET status = 'interrupted', ended_at = " NOW_SQL ","
                " chain_head = (SELECT hash FROM turns t WHERE t.attempt_id = attempts.id ORDER BY seq DESC LIMIT 1),"
                " chain_len = (SELECT count(*) FROM turns t WHERE t.attempt_id = attempts.id),"
                " abort_reason = 'callsim closed the database during the call'"
                " WHERE session_id = ? AND status = 'in_progress'", &a, "closing", err, sizeof err) ||
        prepare(st, "UPDATE sessions SET closed_at = " NOW_SQL " WHERE id = ?", &s, "closing", err,
                sizeof err)) {
        sqlite3_finalize(a);
        tx_rollback(st);
        return;
    }
    bind_check(&b, sqlite3_bind_int64(a, 1, st->session_id));
    bind_check(&b, sqlite3_bind_int64(s, 1, st->session_id));
    int bad = step_done(st, a, b, "closing", err, sizeof err);
    bad |= step_done(st, s, b, "closing", err, sizeof err);
    if (bad) tx_rollback(st);
    else tx_commit(st, "closing", err, sizeof err);
}

void cs_store_close(cs_store *st)
{
    if (!st) return;
    if (st->db && st->session_id) end_session(st);
    sqlite3_finalize(st->ins_turn);
    /* every other statement is finalized where it is used, so close cannot meet a busy handle */
    if (st->db) sqlite3_close(st->db);
    free(st->path);
    free(st);
}

const char *cs_store_path(const cs_store *st)
{
    return st ? st->path : NULL;
}

int cs_store_default_path(char *buf, size_t len)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    int n;
    /* the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored */
    if (xdg && xdg[0] == '/') n = snprintf(buf, len, "%s/callsim/callsim.db", xdg);
    else if (home && home[0]) n = snprintf(buf, len, "%s/.local/share/callsim/callsim.db", home);
    else return -1;
    return n >= 0 && (size_t)n < len ? 0 : -1;
}

/* ---- interrupted attempts ---------------------------------------------------------------------- */

static int process_gone(int64_t pid)
{
    if (pid <= 0 || pid > INT_MAX) return 0;
    return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* Open sessions of this host, other than ours, whose process no longer exists. */
static int find_dead_sessions(cs_store *st, int64_t **ids, size_t *n, char *err, size_t errlen)
{
    char host[256] = "";
    if (gethostname(host, sizeof host - 1) != 0) return 0; /* cannot tell: mark nothing */
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    if (prepare(st, "SELECT id, pid FROM sessions WHERE closed_at IS NULL AND host = ? AND id <> ?",
                &stmt, "looking for interrupted calls", err, errlen))
        return -1;
    bind_check(&b, sqlite3_bind_text(stmt, 1, host, -1, SQLITE_TRANSIENT));
    bind_check(&b, sqlite3_bind_int64(stmt, 2, st->session_id));
    size_t cap = 0;
    int rc = b == SQLITE_OK ? sqlite3_step(stmt) : b;
    for (; rc == SQLITE_ROW; rc = sqlite3_step(stmt)) {
        if (!process_gone(sqlite3_column_int64(stmt, 1))) continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            int64_t *grown = realloc(*ids, cap * sizeof *grown);
            if (!grown) {
                sqlite3_finalize(stmt);
                set_err(err, errlen, "%s: out of memory while looking for interrupted calls",
                        st->path);
                return -1;
            }
            *ids = grown;
        }
        (*ids)[(*n)++] = sqlite3_column_int64(stmt, 0);
    }
    if (rc != SQLITE_DONE) db_err(st, rc, "looking for interrupted calls", err, errlen);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* ended_at of a killed call: the last moment we know it was alive (its last turn). */
static int interrupt_session(cs_store *st, int64_t session, int *n_marked, char *err, size_t errlen)
{
    const char *what = "marking interrupted calls";
    sqlite3_stmt *a = NULL, *s = NULL;
    int b = SQLITE_OK;
    if (tx_begin(st, what, err, errlen)) return -1;
    if (prepare(st, "UPDATE attempts SET status = 'interrupted',"
                " chain_head = (SELECT hash FROM turns t WHERE t.attempt_id = attempts.id ORDER BY seq DESC LIMIT 1),"
                " chain_len = (SELECT count(*) FROM turns t WHERE t.attempt_id = attempts.id),"
                " ended_at = coalesce((SELECT max(recorded_at) FROM turns WHERE attempt_id = attempts.id),"
                " started_at),"
                " abort_reason = 'the program stopped during the call (killed or crashed);"
                " the turns before it are kept'"
                " WHERE session_id = ? AND status = 'in_progress'", &a, what, err, errlen) ||
        prepare(st, "UPDATE sessions SET closed_at = " NOW_SQL " WHERE id = ?", &s, what, err,
                errlen)) {
        sqlite3_finalize(a);
        tx_rollback(st);
        return -1;
    }
    bind_check(&b, sqlite3_bind_int64(a, 1, session));
    bind_check(&b, sqlite3_bind_int64(s, 1, session));
    if (step_done(st, a, b, what, err, errlen)) {
        sqlite3_finalize(s);
        tx_rollback(st);
        return -1;
    }
    *n_marked += sqlite3_changes(st->db);
    if (step_done(st, s, b, what, err, errlen)) {
        tx_rollback(st);
        return -1;
    }
    return tx_commit(st, what, err, errlen);
}

int cs_store_mark_interrupted(cs_store *st, int *n_marked, char *err, size_t errlen)
{
    int64_t *ids = NULL;
    size_t n = 0;
    int marked = 0, rc = find_dead_sessions(st, &ids, &n, err, errlen);
    for (size_t i = 0; rc == 0 && i < n; i++) rc = interrupt_session(st, ids[i], &marked, err, errlen);
    free(ids);
    if (n_marked) *n_marked = marked;
    return rc;
}

/* ---- people and attempts ----------------------------------------------------------------------- */

static int valid_role(const char *role)
{
    return role && (!strcmp(role, "trainee") || !strcmp(role, "candidate") ||
                    !strcmp(role, "examiner"));
}

int cs_store_person(cs_store *st, const char *role, const char *name, const char *ext_id,
                    int64_t *id, char *err, size_t errlen)
{
    const char *what = "recording a person";
    if (!valid_role(role)) {
        set_err(err, errlen, "%s: unknown role \"%s\"; use trainee, candidate or examiner", st->path,
                role ? role : "(null)");
        return -1;
    }
    if (!name || !*name) {
        set_err(err, errlen, "%s: a %s needs a name", st->path, role);
        return -1;
    }
    if (ext_id && !*ext_id) ext_id = NULL;
    /* insert-if-absent then select: the unique index makes it race-free between programs */
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    if (prepare(st, "INSERT INTO people(role, name, ext_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                &stmt, what, err, errlen))
        return -1;
    bind_check(&b, sqlite3_bind_text(stmt, 1, role, -1, SQLITE_STATIC));
    bind_check(&b, sqlite3_bind_text(stmt, 2, name, -1, SQLITE_STATIC));
    bind_check(&b, bind_text_or_null(stmt, 3, ext_id));
    if (step_done(st, stmt, b, what, err, errlen)) return -1;

    if (prepare(st, "SELECT id FROM people WHERE role = ? AND name = ? AND ifnull(ext_id, '') = ?",
                &stmt, what, err, errlen))
        return -1;
    bind_check(&b, sqlite3_bind_text(stmt, 1, role, -1, SQLITE_STATIC));
    bind_check(&b, sqlite3_bind_text(stmt, 2, name, -1, SQLITE_STATIC));
    bind_check(&b, sqlite3_bind_text(stmt, 3, ext_id ? ext_id : "", -1, SQLITE_STATIC));
    int rc = b == SQLITE_OK ? sqlite3_step(stmt) : b;
    if (rc == SQLITE_ROW) *id = sqlite3_column_int64(stmt, 0);
    else if (rc == SQLITE_DONE) set_err(err, errlen, "%s: the person just recorded is missing; "
                                        "check the disk and try again", st->path);
    else db_err(st, rc, what, err, errlen);
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW ? 0 : -1;
}

static int valid_mode(const char *mode)
{
    return mode && (!strcmp(mode, "practice") || !strcmp(mode, "exam") || !strcmp(mode, "headless"));
}

int cs_store_attempt_begin(cs_store *st, const cs_attempt_info *info, int64_t *attempt_id,
                           char *err, size_t errlen)
{
    const char *what = "starting an attempt";
    if (!info->scenario_id || !*info->scenario_id) {
        set_err(err, errlen, "%s: an attempt needs a scenario id", st->path);
        return -1;
    }
    if (!valid_mode(info->mode)) {
        set_err(err, errlen, "%s: unknown attempt mode \"%s\"; use practice, exam or headless",
                st->path, info->mode ? info->mode : "(null)");
        return -1;
    }
    char seed[24];
    snprintf(seed, sizeof seed, "%" PRIu64, info->seed);
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    char uid[CS_UID_HEX];
    if (cs_random_uid(uid)) {
        set_err(err, errlen, "%s: cannot read /dev/urandom for the attempt's id", st->path);
        return -1;
    }
    if (prepare(st, "INSERT INTO attempts(person_id, session_id, scenario_id, scenario_file, mode, seed, uid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", &stmt, what, err, errlen))
        return -1;
    bind_check(&b, sqlite3_bind_text(stmt, 7, uid, -1, SQLITE_STATIC));
    bind_check(&b, info->person_id > 0 ? sqlite3_bind_int64(stmt, 1, info->person_id)
                                        : sqlite3_bind_null(stmt, 1));
    bind_check(&b, sqlite3_bind_int64(stmt, 2, st->session_id));
    bind_check(&b, sqlite3_bind_text(stmt, 3, info->scenario_id, -1, SQLITE_STATIC));
    bind_check(&b, bind_text_or_null(stmt, 4, info->scenario_file));
    bind_check(&b, sqlite3_bind_text(stmt, 5, info->mode, -1, SQLITE_STATIC));
    bind_check(&b, sqlite3_bind_text(stmt, 6, seed, -1, SQLITE_STATIC));
    if (step_done(st, stmt, b, what, err, errlen)) return -1;
    *attempt_id = sqlite3_last_insert_rowid(st->db);
    return 0;
}

int cs_store_turn(cs_store *st, int64_t attempt_id, int seq, const cs_event *ev, char *err,
                  size_t errlen)
{
    if ((unsigned)ev->kind >= CS_EV_COUNT || seq < 0) {
        set_err(err, errlen, "%s: cannot store turn %d of attempt %" PRId64 ": bad event kind %d "
                "or sequence number; this is a callsim bug", st->path, seq, attempt_id, (int)ev->kind);
        return -1;
    }
    char prev[CS_SHA256_HEX], hash[CS_SHA256_HEX], at[48];
    if (chain_prev(st, attempt_id, seq, prev, err, errlen)) return -1;
    now_iso(at, sizeof at);
    cs_turn_row row = { seq, cs_event_kind_name(ev->kind), cs_event_who(ev->kind), ev->text, ev->arg,
                        ev->expect, ev->clause, ev->style, ev->n, ev->points, ev->t_start_ms,
                        ev->t_end_ms, ev->typing_start_ms, ev->prompt_end_ms, at };
    cs_chain_next(prev, &row, hash);
    sqlite3_stmt *s = st->ins_turn;
    int b = SQLITE_OK;
    bind_check(&b, sqlite3_bind_text(s, 16, at, -1, SQLITE_STATIC));
    bind_check(&b, sqlite3_bind_text(s, 17, hash, -1, SQLITE_STATIC));
    bind_check(&b, sqlite3_bind_int64(s, 1, attempt_id));
    bind_check(&b, sqlite3_bind_int(s, 2, seq));
    bind_check(&b, sqlite3_bind_text(s, 3, cs_event_kind_name(ev->kind), -1, SQLITE_STATIC));
    bind_check(&b, sqlite3_bind_text(s, 4, cs_event_who(ev->kind), -1, SQLITE_STATIC));
    bind_check(&b, bind_text_or_null(s, 5, ev->text));
    bind_check(&b, bind_text_or_null(s, 6, ev->arg));
    bind_check(&b, bind_text_or_null(s, 7, ev->expect));
    bind_check(&b, bind_text_or_null(s, 8, ev->clause));
    bind_check(&b, bind_text_or_null(s, 9, ev->style));
    bind_check(&b, sqlite3_bind_int(s, 10, ev->n));
    bind_check(&b, sqlite3_bind_double(s, 11, ev->points));
    bind_check(&b, sqlite3_bind_int64(s, 12, ev->t_start_ms));
    bind_check(&b, sqlite3_bind_int64(s, 13, ev->t_end_ms));
    bind_check(&b, bind_ms_or_null(s, 14, ev->typing_start_ms));
    bind_check(&b, bind_ms_or_null(s, 15, ev->prompt_end_ms));
    int rc = b == SQLITE_OK ? sqlite3_step(s) : b;
    if (rc != SQLITE_DONE) {
        char what[80];
        snprintf(what, sizeof what, "storing turn %d of attempt %" PRId64, seq, attempt_id);
        db_err(st, rc, what, err, errlen);
    }
    sqlite3_reset(s);
    /* the event's strings are bound STATIC: drop them before the caller frees the event */
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) return -1;
    st->chain_attempt = attempt_id;
    st->chain_seq = seq;
    memcpy(st->chain_prev, hash, sizeof hash);
    return 0;
}

/* Within a transaction: the attempt must exist and still be in progress. */
static int check_in_progress(cs_store *st, int64_t attempt_id, const char *what, char *err,
                             size_t errlen)
{
    char status[32];
    if (query_text(st, "SELECT status FROM attempts WHERE id = ?", attempt_id, status,
                   sizeof status, what, err, errlen))
        return -1;
    if (!status[0]) {
        set_err(err, errlen, "%s: there is no attempt %" PRId64 " (while %s); this is a callsim bug",
                st->path, attempt_id, what);
        return -1;
    }
    if (strcmp(status, "in_progress") != 0) {
        set_err(err, errlen, "%s: attempt %" PRId64 " is already %s; its results are final and "
                "are never rewritten: start a new attempt", st->path, attempt_id, status);
        return -1;
    }
    return 0;
}

static int insert_items(cs_store *st, int64_t attempt_id, const cs_grade *g, const char *what,
                        char *err, size_t errlen)
{
    sqlite3_stmt *stmt = NULL;
    if (prepare(st, "INSERT INTO rubric_items(attempt_id, ord, item_id, label, points, max, reason,"
                " clause) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", &stmt, what, err, errlen))
        return -1;
    for (size_t i = 0; i < g->n_items; i++) {
        const cs_item_result *it = &g->items[i];
        int b = SQLITE_OK;
        bind_check(&b, sqlite3_bind_int64(stmt, 1, attempt_id));
        bind_check(&b, sqlite3_bind_int64(stmt, 2, (int64_t)i));
        bind_check(&b, sqlite3_bind_text(stmt, 3, it->id ? it->id : "", -1, SQLITE_STATIC));
        bind_check(&b, bind_text_or_null(stmt, 4, it->label));
        bind_check(&b, sqlite3_bind_double(stmt, 5, it->points));
        bind_check(&b, sqlite3_bind_double(stmt, 6, it->max));
        bind_check(&b, bind_text_or_null(stmt, 7, it->reason));
        bind_check(&b, bind_text_or_null(stmt, 8, it->clause));
        int rc = b == SQLITE_OK ? sqlite3_step(stmt) : b;
        if (rc != SQLITE_DONE) {
            db_err(st, rc, what, err, errlen);
            sqlite3_finalize(stmt);
            return -1;
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return 0;
}

static int insert_typing(cs_store *st, int64_t attempt_id, const cs_grade *g, const char *what,
                         char *err, size_t errlen)
{
    if (!(g->typing_cpm >= 0)) return 0; /* no information recording in this call */
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    if (prepare(st, "INSERT INTO typing_samples(attempt_id, cpm, accuracy) VALUES (?, ?, ?)", &stmt,
                what, err, errlen))
        return -1;
    bind_check(&b, sqlite3_bind_int64(stmt, 1, attempt_id));
    bind_check(&b, sqlite3_bind_double(stmt, 2, g->typing_cpm));
    bind_check(&b, g->typing_accuracy >= 0 ? sqlite3_bind_double(stmt, 3, g->typing_accuracy)
                                           : sqlite3_bind_null(stmt, 3));
    return step_done(st, stmt, b, what, err, errlen);
}

static int complete_attempt(cs_store *st, int64_t attempt_id, const cs_grade *g,
                            const char *grade_json, const char *what, char *err, size_t errlen)
{
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    if (prepare(st, "UPDATE attempts SET status = 'completed', ended_at = " NOW_SQL ", score = ?,"
                " chain_head = (SELECT hash FROM turns t WHERE t.attempt_id = attempts.id ORDER BY seq DESC LIMIT 1),"
                " chain_len = (SELECT count(*) FROM turns t WHERE t.attempt_id = attempts.id),"
                " passed = ?, auto_failed = ?, fail_reason = ?, grade_json = ? WHERE id = ?",
                &stmt, what, err, errlen))
        return -1;
    bind_check(&b, sqlite3_bind_double(stmt, 1, g->score));
    bind_check(&b, sqlite3_bind_int(stmt, 2, g->passed ? 1 : 0));
    bind_check(&b, sqlite3_bind_int(stmt, 3, g->auto_failed ? 1 : 0));
    bind_check(&b, bind_text_or_null(stmt, 4, g->fail_reason));
    bind_check(&b, bind_text_or_null(stmt, 5, grade_json));
    bind_check(&b, sqlite3_bind_int64(stmt, 6, attempt_id));
    return step_done(st, stmt, b, what, err, errlen);
}

int cs_store_attempt_finish(cs_store *st, int64_t attempt_id, const cs_grade *g,
                            const char *grade_json, char *err, size_t errlen)
{
    char what[64];
    snprintf(what, sizeof what, "storing the grade of attempt %" PRId64, attempt_id);
    if (tx_begin(st, what, err, errlen)) return -1;
    /* items before the status change: the schema refuses items for an ended attempt */
    if (check_in_progress(st, attempt_id, what, err, errlen) ||
        insert_items(st, attempt_id, g, what, err, errlen) ||
        insert_typing(st, attempt_id, g, what, err, errlen) ||
        complete_attempt(st, attempt_id, g, grade_json, what, err, errlen)) {
        tx_rollback(st);
        return -1;
    }
    return tx_commit(st, what, err, errlen);
}

int cs_store_attempt_abort(cs_store *st, int64_t attempt_id, const char *status, const char *reason,
                           char *err, size_t errlen)
{
    if (!status || (strcmp(status, "interrupted") && strcmp(status, "aborted") &&
                    strcmp(status, "error"))) {
        set_err(err, errlen, "%s: cannot end attempt %" PRId64 " as \"%s\"; use interrupted, "
                "aborted or error", st->path, attempt_id, status ? status : "(null)");
        return -1;
    }
    char what[64];
    snprintf(what, sizeof what, "ending attempt %" PRId64, attempt_id);
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    if (tx_begin(st, what, err, errlen)) return -1;
    if (check_in_progress(st, attempt_id, what, err, errlen) ||
        prepare(st, "UPDATE attempts SET status = ?, abort_reason = ?, ended_at = " NOW_SQL ","
                " chain_head = (SELECT hash FROM turns t WHERE t.attempt_id = attempts.id ORDER BY seq DESC LIMIT 1),"
                " chain_len = (SELECT count(*) FROM turns t WHERE t.attempt_id = attempts.id)"
                " WHERE id = ?", &stmt, what, err, errlen)) {
        tx_rollback(st);
        return -1;
    }
    bind_check(&b, sqlite3_bind_text(stmt, 1, status, -1, SQLITE_STATIC));
    bind_check(&b, bind_text_or_null(stmt, 2, reason));
    bind_check(&b, sqlite3_bind_int64(stmt, 3, attempt_id));
    if (step_done(st, stmt, b, what, err, errlen)) {
        tx_rollback(st);
        return -1;
    }
    return tx_commit(st, what, err, errlen);
}

/* ---- reading back ------------------------------------------------------------------------------ */

int cs_store_attempt_uid(cs_store *st, int64_t attempt_id, char *uid, size_t len, char *err, size_t errlen)
{
    if (query_text(st, "SELECT uid FROM attempts WHERE id = ?", attempt_id, uid, len, "reading an attempt", err, errlen))
        return -1;
    if (uid[0]) return 0;
    set_err(err, errlen, "%s: there is no attempt %" PRId64, st->path, attempt_id);
    return -1;
}

int cs_store_person_get(cs_store *st, int64_t id, char *role, size_t rl, char *name, size_t nl, char *ext, size_t el,
                        char *err, size_t errlen)
{
    if (query_text(st, "SELECT role FROM people WHERE id = ?", id, role, rl, "reading a person", err, errlen) ||
        query_text(st, "SELECT name FROM people WHERE id = ?", id, name, nl, "reading a person", err, errlen) ||
        query_text(st, "SELECT ifnull(ext_id, '') FROM people WHERE id = ?", id, ext, el, "reading a person", err, errlen))
        return -1;
    if (role[0]) return 0;
    set_err(err, errlen, "%s: there is no person %" PRId64, st->path, id);
    return -1;
}

int cs_store_count_turns(cs_store *st, int64_t attempt_id, int64_t *n, char *err, size_t errlen)
{
    return query_int(st, "SELECT count(*) FROM turns WHERE attempt_id = ?", attempt_id, n,
                     "counting turns", err, errlen);
}

int cs_store_attempt_status(cs_store *st, int64_t attempt_id, char *status, size_t len, char *err,
                            size_t errlen)
{
    if (query_text(st, "SELECT status FROM attempts WHERE id = ?", attempt_id, status, len,
                   "reading an attempt", err, errlen))
        return -1;
    if (!status[0]) {
        set_err(err, errlen, "%s: there is no attempt %" PRId64, st->path, attempt_id);
        return -1;
    }
    return 0;
}

static const char *col_text(sqlite3_stmt *stmt, int i)
{
    return (const char *)sqlite3_column_text(stmt, i);
}

static void read_attempt_row(sqlite3_stmt *s, cs_attempt_row *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(s, 0);
    r->person_id = sqlite3_column_int64(s, 1);
    r->scenario_id = col_text(s, 2);
    r->scenario_file = col_text(s, 3);
    r->mode = col_text(s, 4);
    r->seed = strtoull(col_text(s, 5) ? col_text(s, 5) : "0", NULL, 10);
    r->started_at = col_text(s, 6);
    r->ended_at = col_text(s, 7);
    r->status = col_text(s, 8);
    r->has_score = sqlite3_column_type(s, 9) != SQLITE_NULL;
    r->score = sqlite3_column_double(s, 9);
    r->passed = sqlite3_column_int(s, 10);
    r->auto_failed = sqlite3_column_int(s, 11);
    r->fail_reason = col_text(s, 12);
    r->abort_reason = col_text(s, 13);
    r->n_turns = sqlite3_column_int64(s, 14);
}

int cs_store_list_attempts(cs_store *st, int64_t person_id, cs_attempt_cb cb, void *ctx, char *err,
                           size_t errlen)
{
    const char *what = "listing attempts";
    sqlite3_stmt *stmt = NULL;
    int b = SQLITE_OK;
    if (prepare(st, "SELECT a.id, ifnull(a.person_id, 0), a.scenario_id, a.scenario_file, a.mode,"
                " a.seed, a.started_at, a.ended_at, a.status, a.score, ifnull(a.passed, 0),"
                " a.auto_failed, a.fail_reason, a.abort_reason,"
                " (SELECT count(*) FROM turns t WHERE t.attempt_id = a.id)"
                " FROM attempts a WHERE ?1 = 0 OR a.person_id = ?1 ORDER BY a.id", &stmt, what, err,
                errlen))
        return -1;
    bind_check(&b, sqlite3_bind_int64(stmt, 1, person_id));
    int rc = b == SQLITE_OK ? sqlite3_step(stmt) : b;
    for (; rc == SQLITE_ROW; rc = sqlite3_step(stmt)) {
        cs_attempt_row row;
        read_attempt_row(stmt, &row);
        if (cb(&row, ctx)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE) db_err(st, rc, what, err, errlen);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- for the store's sibling modules (exam_store.c, store_verify.c, store_merge.c) ------------- */

sqlite3 *cs_store_sqlite(cs_store *st)
{
    return st->db;
}

void cs_store_error(cs_store *st, int rc, const char *what, char *err, size_t errlen)
{
    db_err(st, rc, what, err, errlen);
}

int cs_store_exec(cs_store *st, const char *sql, const char *what, char *err, size_t errlen)
{
    return exec_sql(st, sql, what, err, errlen);
}

void cs_store_forget_chain(cs_store *st)
{
    st->chain_attempt = 0;
}

void cs_store_read_turn(sqlite3_stmt *stmt, int first_col, cs_turn_row *row)
{
    read_turn_row(stmt, first_col, row);
}

const char *cs_store_migration_sql(int step)
{
    if (step < 1 || step > CS_STORE_SCHEMA_VERSION) return NULL;
    return migrations[step - 1].sql;
}

sqlite3_stmt *cs_store_prepare(cs_store *st, const char *sql, const char *what, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    if (rc == SQLITE_OK) return s;
    cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return NULL;
}
