/* Attempt recorder (see attempt_recorder.h). */
#include "attempt_recorder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "exam_store.h"


struct cs_recorder {
    cs_store *st;
    int64_t attempt;
    size_t saved;          /* events 0..saved-1 are in the database */
    char error[512];       /* first failure, kept for the user */
    /* the attempt's description, to start it again in a recovery database */
    char scenario_id[128], scenario_file[1024], mode[16];
    uint64_t seed;
    /* the person, and the exam link (sitting[0] == 0: none), for the recovery file */
    char role[16], name[256], ext_id[128];
    char sitting[64], part_scenario[128];
    int part;
};

cs_recorder *cs_recorder_begin(cs_store *st, const cs_attempt_info *info, char *err, size_t errlen)
{
    cs_recorder *r = calloc(1, sizeof *r);
    if (!r) { snprintf(err, errlen, "out of memory"); return NULL; }
    r->st = st;
    snprintf(r->scenario_id, sizeof r->scenario_id, "%s", info->scenario_id ? info->scenario_id : "");
    snprintf(r->scenario_file, sizeof r->scenario_file, "%s", info->scenario_file ? info->scenario_file : "");
    snprintf(r->mode, sizeof r->mode, "%s", info->mode ? info->mode : "practice");
    r->seed = info->seed;
    if (info->person_id > 0 &&
        cs_store_person_get(st, info->person_id, r->role, sizeof r->role, r->name, sizeof r->name, r->ext_id, sizeof r->ext_id,
                            err, errlen)) { free(r); return NULL; }
    if (cs_store_attempt_begin(st, info, &r->attempt, err, errlen)) { free(r); return NULL; }
    return r;
}

void cs_recorder_set_exam(cs_recorder *r, const char *sitting_uid, int part, const char *scenario_id)
{
    snprintf(r->sitting, sizeof r->sitting, "%s", sitting_uid ? sitting_uid : "");
    snprintf(r->part_scenario, sizeof r->part_scenario, "%s", scenario_id ? scenario_id : "");
    r->part = part;
}

int64_t cs_recorder_attempt(const cs_recorder *r)
{
    return r->attempt;
}

/* Commits events saved..upto-1; stops at the first failure. */
static int flush(cs_recorder *r, const cs_call_log *log, size_t upto, char *err, size_t errlen)
{
    while (r->saved < upto) {
        if (cs_store_turn(r->st, r->attempt, (int)r->saved, &log->ev[r->saved], err, errlen)) return -1;
        r->saved++;
    }
    return 0;
}

void cs_recorder_event(cs_recorder *r, const cs_call_log *log, size_t index)
{
    char err[512];
    /* once a commit failed, later ones wait for the end: retrying each would block every turn
     * for the store's busy timeout */
    if (r->error[0] || r->saved != index) return;
    if (flush(r, log, index + 1, err, sizeof err)) snprintf(r->error, sizeof r->error, "%s", err);
}

const char *cs_recorder_error(const cs_recorder *r)
{
    return r->error[0] ? r->error : NULL;
}

/* Removes a database file that could not be written whole, with its WAL and shared-memory files:
 * a full disk must not leave a 0-byte file that reads as a (broken) result. */
static void remove_db_files(const char *path)
{
    char side[4200];
    remove(path);
    snprintf(side, sizeof side, "%s-wal", path);
    remove(side);
    snprintf(side, sizeof side, "%s-shm", path);
    remove(side);
}

/* Stores the whole attempt in a fresh database at path: an ordinary callsim file, so that
 * `callsim merge` can later gather it into the database that refused it. */
static int write_recovery_db(cs_recorder *r, const cs_engine *e, const cs_grade *g, const char *grade_json,
                             const char *path)
{
    char err[512];
    cs_store *rs = cs_store_open(path, err, sizeof err);
    if (!rs) { remove_db_files(path); return -1; }
    cs_attempt_info info = { 0, r->scenario_id, r->scenario_file, r->mode, r->seed };
    /* the person and the exam link go with the call, so that once merged it counts */
    if (r->role[0] && cs_store_person(rs, r->role, r->name, r->ext_id[0] ? r->ext_id : NULL, &info.person_id, err, sizeof err)) {
        cs_store_close(rs);
        remove_db_files(path);
        return -1;
    }
    cs_recorder *rr = cs_recorder_begin(rs, &info, err, sizeof err);
    int rc = -1;
    if (rr) {
        const cs_call_log *log = cs_engine_log(e);
        const char *script_err = cs_engine_script_error(e);
        rc = flush(rr, log, log->n, err, sizeof err);
        if (rc == 0 && r->sitting[0]) rc = cs_exam_note_recovered(rs, rr->attempt, r->sitting, r->part, r->part_scenario, err, sizeof err);
        if (rc == 0 && g && !script_err) rc = cs_store_attempt_finish(rs, rr->attempt, g, grade_json, err, sizeof err);
        else if (rc == 0) rc = cs_store_attempt_abort(rs, rr->attempt, script_err ? "error" : "interrupted",
                                                       script_err ? script_err : "kept while the database refused it",
                                                       err, sizeof err);
        cs_recorder_free(rr);
    }
    cs_store_close(rs);
    if (rc) remove_db_files(path); /* a half-written file would pass for the result */
    return rc;
}

/* Beside the database, or in the temporary directory when that disk is the one that is full. */
static int give_up(cs_recorder *r, const cs_engine *e, const cs_grade *g, const char *grade_json,
                   const char *why, char *err, size_t errlen)
{
    char path[4096];
    const char *db = cs_store_path(r->st), *base = strrchr(db, '/');
    const char *tmpdir = getenv("TMPDIR");
    long now = (long)time(NULL);
    snprintf(path, sizeof path, "%s.unsaved-%lld-%ld.db", db, (long long)r->attempt, now);
    int rc = write_recovery_db(r, e, g, grade_json, path);
    if (rc) {
        snprintf(path, sizeof path, "%s/%s.unsaved-%lld-%ld.db", tmpdir && *tmpdir ? tmpdir : "/tmp",
                 base ? base + 1 : db, (long long)r->attempt, now);
        rc = write_recovery_db(r, e, g, grade_json, path);
    }
    if (rc == 0)
        snprintf(err, errlen, "%s; the result is kept in %s (store it later: callsim merge %s --into %s)",
                 why, path, path, db);
    else
        snprintf(err, errlen, "%s; could not write a recovery database either: print the result with --json and keep it", why);
    return -1;
}

int cs_recorder_finish(cs_recorder *r, const cs_engine *e, const cs_grade *g, const char *grade_json,
                       char *err, size_t errlen)
{
    char why[512];
    const cs_call_log *log = cs_engine_log(e);
    const char *script_err = cs_engine_script_error(e);
    if (flush(r, log, log->n, why, sizeof why) ||
        (script_err ? cs_store_attempt_abort(r->st, r->attempt, "error", script_err, why, sizeof why)
                    : cs_store_attempt_finish(r->st, r->attempt, g, grade_json, why, sizeof why)))
        return give_up(r, e, g, grade_json, why, err, errlen);
    return 0;
}

int cs_recorder_abort(cs_recorder *r, const cs_engine *e, const char *reason, char *err, size_t errlen)
{
    char why[512];
    const cs_call_log *log = cs_engine_log(e);
    if (flush(r, log, log->n, why, sizeof why) ||
        cs_store_attempt_abort(r->st, r->attempt, "interrupted", reason, why, sizeof why))
        return give_up(r, e, NULL, NULL, why, err, errlen);
    return 0;
}

void cs_recorder_free(cs_recorder *r)
{
    free(r);
}
