/* A candidate's exam in the window: the paper's scenarios in order on the paper's seed, in exam mode
 * (no hints, no retries), each call stored turn by turn by the attempt recorder and filed under its
 * part of the sitting; a neutral "next call" screen between calls; the exam clock against the
 * paper's minutes (1.9.4). Resuming skips the parts whose call completed and plays the interrupted
 * one again from its start, exactly as `exam run --resume`. No calls start once time is up (they
 * score 0, as headless). Leaving early and the PIN it needs are the exam mode's (mode_exam.c). */
#ifndef CALLSIM_EXAM_SESSION_H
#define CALLSIM_EXAM_SESSION_H

#include "exam_env.h"

typedef struct exam_session exam_session;

/* xa: the sitting (cs_exam_attempt_begin); person: the candidate in the store. */
exam_session *exam_session_new(exam_env *env, int64_t xa, int64_t person, int resume, char *err, size_t errlen);
void exam_session_free(exam_session *x);
/* Runs the current call; returns ms until the session must run again (-1: only on events). */
int64_t exam_session_tick(exam_session *x, exam_env *env);
void exam_session_draw(exam_session *x, exam_env *env);
/* 1 when Esc should go to the call (a form is open over it) rather than to the leave prompt. */
int exam_session_wants_escape(const exam_session *x);
void exam_session_event(exam_session *x, exam_env *env, const SDL_Event *ev);
/* 1 when every part is played (or time ran out): the sitting can be completed. */
int exam_session_over(const exam_session *x);
/* The exam is left with an examiner's PIN: the call going on is stored as interrupted and the
 * sitting stays in progress, to be resumed or voided. */
void exam_session_leave(exam_session *x, const char *reason);
/* A line for the desk: what was played, and whether time ran out. */
const char *exam_session_summary(const exam_session *x, char *buf, size_t len);
/* Text layout depends on width and zoom: call after a resize or zoom change. */
void exam_session_relayout(exam_session *x);

#endif
