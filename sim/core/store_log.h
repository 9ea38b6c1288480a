/* A stored call read back as the event log it was recorded from, so that it can be graded again:
 * with the examiner panel's review decisions (the grader's uncertain or call-failing verdicts,
 * call_grade.h), or to check a stored score. The log is the one cs_grade_call reads. */
#ifndef CALLSIM_STORE_LOG_H
#define CALLSIM_STORE_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "call_grade.h"
#include "call_log.h"
#include "phrase_bank.h"
#include "store.h"

/* Appends the attempt's turns, in seq order, to log (cs_log_init'd by the caller). A turn of a
 * kind this callsim does not know is an error naming it. 0, or -1 with a one-line message. */
int cs_store_load_log(cs_store *st, int64_t attempt_id, cs_call_log *log, char *err, size_t errlen);

/* Grades a stored call again with the rubric of its scenario file (loaded in the sandbox, as for
 * a call) and the panel's decisions (may be NULL). g: cs_grade_free it. 0, or -1 with err. */
int cs_regrade_call(cs_store *st, const cs_phrase_bank *bank, int64_t attempt_id, const char *scenario_path,
                    const cs_review_decision *decisions, size_t n_decisions, int zh, cs_call_log *log,
                    cs_grade *g, char *err, size_t errlen);

#endif
