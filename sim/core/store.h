/* The SQLite store: people, attempts, turns (every event, ms times), rubric items, typing samples.
 * One file, WAL, foreign keys on, schema version in PRAGMA user_version with forward migrations.
 * Every turn is committed the moment it happens (synchronous=FULL: exam results are worth 120 µs),
 * so a kill mid-call loses nothing before the kill; an attempt never finished reads "interrupted".
 * Every error comes back as one line naming the file and what to do. */
#ifndef CALLSIM_STORE_H
#define CALLSIM_STORE_H

#include <stddef.h>
#include <stdint.h>
#include "call_log.h"
#include "call_grade.h"
#include "turn_chain.h"

typedef struct cs_store cs_store;

#define CS_STORE_SCHEMA_VERSION 3

/* $XDG_DATA_HOME/callsim/callsim.db, else $HOME/.local/share/callsim/callsim.db.
 * Returns 0, or -1 when neither variable is set (or buf is too small): the caller asks for --db. */
int cs_store_default_path(char *buf, size_t len);

/* Opens (creating the file and its directory when missing) and migrates. NULL on error with a
 * one-line message in err: locked, read-only, corrupt/not a database, newer schema, cannot create. */
cs_store *cs_store_open(const char *path, char *err, size_t errlen);
void cs_store_close(cs_store *st);
/* Opens an existing database read-only (SQLITE_OPEN_READONLY): no migration, no session, no
 * journal-mode switch, nothing written; works on a read-only file. For verify, report and merge's
 * sources. A schema other than this callsim's is refused with one line saying what to do. */
cs_store *cs_store_open_readonly(const char *path, char *err, size_t errlen);
int cs_store_readonly(const cs_store *st);
/* "file:PATH?PARAMS" with %, ? and # escaped, for SQLite URI filenames (mode=ro, immutable=1). */
int cs_store_uri(const char *path, const char *params, char *out, size_t len);
const char *cs_store_path(const cs_store *st);

/* Finds the person (role, name, ext_id) or creates it. role: trainee, candidate, examiner. */
int cs_store_person(cs_store *st, const char *role, const char *name, const char *ext_id,
                    int64_t *id, char *err, size_t errlen);

typedef struct {
    int64_t person_id;      /* 0: none */
    const char *scenario_id;
    const char *scenario_file;
    const char *mode;       /* practice, exam, headless */
    uint64_t seed;
} cs_attempt_info;

/* Starts an attempt (status in_progress, started_at now). */
int cs_store_attempt_begin(cs_store *st, const cs_attempt_info *info, int64_t *attempt_id,
                           char *err, size_t errlen);
/* Commits one event as turn number seq (0-based, in log order) of the attempt. */
int cs_store_turn(cs_store *st, int64_t attempt_id, int seq, const cs_event *ev,
                  char *err, size_t errlen);
/* Stores the grade (rubric items, score, typing sample) and marks the attempt completed, in one
 * transaction. grade_json: the full graded result as JSON, kept for reports. */
int cs_store_attempt_finish(cs_store *st, int64_t attempt_id, const cs_grade *g,
                            const char *grade_json, char *err, size_t errlen);
/* Marks an attempt ended without a grade (window closed mid-call, scenario error). */
int cs_store_attempt_abort(cs_store *st, int64_t attempt_id, const char *status, const char *reason,
                           char *err, size_t errlen);

/* ---- additions (status rule, reading back) ---------------------------------------------------- */

/* The "interrupted" rule. Every cs_store_open registers a session (pid, host); an attempt belongs
 * to the session that began it. An attempt left 'in_progress' becomes 'interrupted' (ended_at = its
 * last turn's time, abort_reason says why) when its session is gone: cs_store_close does it for its
 * own session, and this function (also run by every cs_store_open) for open sessions of this host
 * whose process no longer exists (killed, crashed, power cut). Live sessions and other hosts are
 * left alone, so a call being played is never marked under the player. Only 'in_progress' rows are
 * ever changed. n_marked (may be NULL): how many attempts were marked. */
int cs_store_mark_interrupted(cs_store *st, int *n_marked, char *err, size_t errlen);

/* The attempt's global uid (merge and the exam ledger know attempts by it). */
int cs_store_attempt_uid(cs_store *st, int64_t attempt_id, char *uid, size_t len, char *err, size_t errlen);
/* A person's role, name and ext_id ("" when none), e.g. to carry them into a recovery file. */
int cs_store_person_get(cs_store *st, int64_t id, char *role, size_t rl, char *name, size_t nl, char *ext, size_t el,
                        char *err, size_t errlen);
/* Number of stored turns of an attempt (0 for an unknown attempt). */
int cs_store_count_turns(cs_store *st, int64_t attempt_id, int64_t *n, char *err, size_t errlen);
/* The attempt's status: in_progress, completed, interrupted, aborted, error. -1 when unknown. */
int cs_store_attempt_status(cs_store *st, int64_t attempt_id, char *status, size_t len, char *err,
                            size_t errlen);

/* One attempt as listed for reports. Strings are valid only during the callback; NULL when unset. */
typedef struct {
    int64_t id, person_id;  /* person_id 0: none */
    const char *scenario_id, *scenario_file, *mode;
    uint64_t seed;
    const char *started_at, *ended_at; /* ISO-8601 UTC with ms; ended_at NULL while in progress */
    const char *status;
    int has_score;          /* score and passed are meaningful only when completed */
    double score;
    int passed, auto_failed;
    const char *fail_reason, *abort_reason;
    int64_t n_turns;
} cs_attempt_row;

/* Returns nonzero to stop the listing early. */
typedef int (*cs_attempt_cb)(const cs_attempt_row *row, void *ctx);
/* Calls cb for every attempt (person_id 0) or every attempt of one person, oldest first. */
int cs_store_list_attempts(cs_store *st, int64_t person_id, cs_attempt_cb cb, void *ctx, char *err,
                           size_t errlen);

/* ---- for the store's sibling modules (exam_store.c, store_verify.c, store_merge.c) -------------
 * They use SQLite directly on the store's connection; nothing else should. */
struct sqlite3;
struct sqlite3_stmt;
struct sqlite3 *cs_store_sqlite(cs_store *st);
/* One-line message for an SQLite failure, naming the file (same wording as the store's own). */
void cs_store_error(cs_store *st, int rc, const char *what, char *err, size_t errlen);
int cs_store_exec(cs_store *st, const char *sql, const char *what, char *err, size_t errlen);
/* Prepares sql on the store's connection; NULL with the one-line message naming what failed. */
struct sqlite3_stmt *cs_store_prepare(cs_store *st, const char *sql, const char *what, char *err, size_t errlen);
/* Drops the cached chain tail (after another module wrote turns, e.g. merge). */
void cs_store_forget_chain(cs_store *st);
/* The columns of a turn, in turn_chain order, as the SQL list CS_TURN_COLS names them. */
#define CS_TURN_COLS "seq, kind, who, text, arg, expect, clause, style, n, points, t_start_ms, t_end_ms," \
                     " typing_start_ms, prompt_end_ms, recorded_at"
/* The SQL of migration step (1 = creating schema 1 …), for tests that build an old file. */
const char *cs_store_migration_sql(int step);
/* Reads those columns of a row, starting at column first_col (strings valid until the next step). */
void cs_store_read_turn(struct sqlite3_stmt *stmt, int first_col, cs_turn_row *row);

#endif
