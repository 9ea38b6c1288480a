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

typedef struct cs_store cs_store;

#define CS_STORE_SCHEMA_VERSION 1

/* $XDG_DATA_HOME/callsim/callsim.db, else $HOME/.local/share/callsim/callsim.db. */
int cs_store_default_path(char *buf, size_t len);

/* Opens (creating the file and its directory when missing) and migrates. NULL on error with a
 * one-line message in err: locked, read-only, corrupt/not a database, newer schema, cannot create. */
cs_store *cs_store_open(const char *path, char *err, size_t errlen);
void cs_store_close(cs_store *st);
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

#endif
