/* Records one attempt in the store as the call happens: each event is committed the moment the
 * engine reports it; a commit that fails (database locked, disk full) does not stop the call, the
 * events stay in the engine's log and are written again when the attempt ends; if the store still
 * refuses them then, the whole attempt goes to a recovery database beside it (or in the temporary
 * directory) that `callsim merge` gathers later, so no result is ever dropped silently. The
 * recovery file keeps the person (role, name, id) and, for an exam call, its sitting and part. Used by
 * `run`, `exam run` and the window alike. */
#ifndef CALLSIM_ATTEMPT_RECORDER_H
#define CALLSIM_ATTEMPT_RECORDER_H

#include <stddef.h>
#include <stdint.h>
#include "engine.h"
#include "store.h"

typedef struct cs_recorder cs_recorder;

/* Starts the attempt. NULL with err when the store refuses even that. */
cs_recorder *cs_recorder_begin(cs_store *st, const cs_attempt_info *info, char *err, size_t errlen);
/* The call plays part `part` (scenario_id) of the sitting with that uid: a recovery file then keeps
 * that link, and `callsim merge --examiner` files the recovered call under its sitting again. */
void cs_recorder_set_exam(cs_recorder *r, const char *sitting_uid, int part, const char *scenario_id);
/* The attempt's id in the store. */
int64_t cs_recorder_attempt(const cs_recorder *r);
/* Engine listener body: commits event index of log (or remembers that it could not). */
void cs_recorder_event(cs_recorder *r, const cs_call_log *log, size_t index);
/* The first store error met during the call, or NULL. */
const char *cs_recorder_error(const cs_recorder *r);
/* Ends the attempt: writes what is missing, then the grade (or status "error" when the script
 * failed). Returns 0, or -1 with err naming the recovery database that now holds the result. */
int cs_recorder_finish(cs_recorder *r, const cs_engine *e, const cs_grade *g, const char *grade_json,
                       char *err, size_t errlen);
/* Ends the attempt without a grade (window closed mid-call): status "interrupted". */
int cs_recorder_abort(cs_recorder *r, const cs_engine *e, const char *reason, char *err, size_t errlen);
void cs_recorder_free(cs_recorder *r);

#endif
