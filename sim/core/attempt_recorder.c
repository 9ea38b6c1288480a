/* Attempt recorder (see attempt_recorder.h). */
#include "attempt_recorder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json_write.h"

struct cs_recorder {
    cs_store *st;
    int64_t attempt;
    size_t saved;          /* events 0..saved-1 are in the database */
    char error[512];       /* first failure, kept for the user */
};

cs_recorder *cs_recorder_begin(cs_store *st, const cs_attempt_info *info, char *err, size_t errlen)
{
    cs_recorder *r = calloc(1, sizeof *r);
    if (!r) { snprintf(err, errlen, "out of memory"); return NULL; }
    r->st = st;
    if (cs_store_attempt_begin(st, info, &r->attempt, err, errlen)) { free(r); return NULL; }
    return r;
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

static int write_file(const char *path, const char *events, const char *grade_json)
{
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    int ok = fprintf(f, "{\"recording\":%s,\"result\":%s}\n", events, grade_json ? grade_json : "null") > 0;
    if (fclose(f) != 0) ok = 0;
    if (!ok) remove(path); /* a truncated file would pass for a result */
    return ok ? 0 : -1;
}

/* Writes everything needed to store the attempt later: beside the database, or in the temporary
 * directory when that disk is the one that is full. */
static int write_recovery(cs_recorder *r, const cs_engine *e, const char *status, const char *grade_json,
                          char *path, size_t len)
{
    const cs_call_log *log = cs_engine_log(e);
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_kstr(&j, "database", cs_store_path(r->st));
    cs_json_kint(&j, "attempt", r->attempt);
    cs_json_kstr(&j, "status", status);
    cs_json_kint(&j, "turns_saved", (int64_t)r->saved);
    cs_json_key(&j, "events");
    cs_json_arr_begin(&j);
    for (size_t i = 0; i < log->n; i++) {
        const cs_event *ev = &log->ev[i];
        cs_json_obj_begin(&j);
        cs_json_kstr(&j, "kind", cs_event_kind_name(ev->kind));
        cs_json_kint(&j, "t_start_ms", ev->t_start_ms);
        cs_json_kint(&j, "t_end_ms", ev->t_end_ms);
        cs_json_kint(&j, "typing_start_ms", ev->typing_start_ms);
        cs_json_kint(&j, "prompt_end_ms", ev->prompt_end_ms);
        cs_json_kint(&j, "n", ev->n);
        cs_json_knum(&j, "points", ev->points);
        cs_json_kstr(&j, "text", ev->text);
        cs_json_kstr(&j, "arg", ev->arg);
        cs_json_kstr(&j, "expect", ev->expect);
        cs_json_kstr(&j, "clause", ev->clause);
        cs_json_kstr(&j, "style", ev->style);
        cs_json_obj_end(&j);
    }
    cs_json_arr_end(&j);
    cs_json_obj_end(&j);
    char *events = cs_json_take(&j);
    if (!events) return -1;
    const char *base = strrchr(cs_store_path(r->st), '/');
    const char *tmpdir = getenv("TMPDIR");
    long now = (long)time(NULL);
    snprintf(path, len, "%s.unsaved-%lld-%ld.json", cs_store_path(r->st), (long long)r->attempt, now);
    int rc = write_file(path, events, grade_json);
    if (rc) {
        snprintf(path, len, "%s/%s.unsaved-%lld-%ld.json", tmpdir && *tmpdir ? tmpdir : "/tmp",
                 base ? base + 1 : cs_store_path(r->st), (long long)r->attempt, now);
        rc = write_file(path, events, grade_json);
    }
    free(events);
    return rc;
}

static int give_up(cs_recorder *r, const cs_engine *e, const char *status, const char *grade_json,
                   const char *why, char *err, size_t errlen)
{
    char path[4096];
    if (write_recovery(r, e, status, grade_json, path, sizeof path) == 0)
        snprintf(err, errlen, "%s; the result is kept in %s", why, path);
    else
        snprintf(err, errlen, "%s; could not write a recovery file either: print the result with --json and keep it", why);
    return -1;
}

int cs_recorder_finish(cs_recorder *r, const cs_engine *e, const cs_grade *g, const char *grade_json,
                       char *err, size_t errlen)
{
    char why[512];
    const cs_call_log *log = cs_engine_log(e);
    const char *script_err = cs_engine_script_error(e);
    const char *status = script_err ? "error" : "completed";
    if (flush(r, log, log->n, why, sizeof why) ||
        (script_err ? cs_store_attempt_abort(r->st, r->attempt, "error", script_err, why, sizeof why)
                    : cs_store_attempt_finish(r->st, r->attempt, g, grade_json, why, sizeof why)))
        return give_up(r, e, status, grade_json, why, err, errlen);
    return 0;
}

int cs_recorder_abort(cs_recorder *r, const cs_engine *e, const char *reason, char *err, size_t errlen)
{
    char why[512];
    const cs_call_log *log = cs_engine_log(e);
    if (flush(r, log, log->n, why, sizeof why) ||
        cs_store_attempt_abort(r->st, r->attempt, "interrupted", reason, why, sizeof why))
        return give_up(r, e, "interrupted", NULL, why, err, errlen);
    return 0;
}

void cs_recorder_free(cs_recorder *r)
{
    free(r);
}
