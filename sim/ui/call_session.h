/* One call played in the window: the engine on SDL's real clock, every event committed to the store
 * the moment it happens, the caller's lines spoken, ring and hold tones switched. No drawing here:
 * the call screen reads the engine and the log, and hands trainee actions to session_input. */
#ifndef CALLSIM_CALL_SESSION_H
#define CALLSIM_CALL_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "audio_out.h"
#include "engine.h"
#include "store.h"
#include "voice.h"

typedef struct {
    const char *scenario_path;
    uint64_t seed;
    cs_mode mode;
    const cs_phrase_bank *bank;  /* borrowed */
    cs_store *store;             /* borrowed; NULL: nothing stored */
    audio_out *audio;            /* borrowed; may be NULL */
    voice *voice;                /* borrowed; may be NULL (espeak-ng missing) */
    int64_t person;              /* the trainee or candidate in the store; 0: none */
} session_config;

typedef struct call_session call_session;

/* Loads the scenario and begins the attempt; the phone is not ringing yet (session_start).
 * NULL with "FILE:LINE: message" in err. */
call_session *session_new(const session_config *cfg, char *err, size_t errlen);
/* Offers the call now (first ring). */
void session_start(call_session *s);
/* Milliseconds since the call was offered (the engine's clock). */
int64_t session_now(const call_session *s);
/* Runs the engine up to now; returns ms until it next needs to run (INT64_MAX: ended). Grades and
 * stores the result once the call has ended. */
int64_t session_advance(call_session *s);
/* A trainee action now. Returns what cs_engine_input returns (0 taken, 1 ignored). */
int session_input(call_session *s, cs_input_kind kind, const char *text, int choice, int64_t typing_start_ms);
/* The window is closing mid-call: the call is aborted and the attempt stored as interrupted. */
void session_interrupt(call_session *s, const char *reason);
void session_free(call_session *s);
/* Hot reload that keeps the trainee's place: plays the trainee's actions of `old` (same scenario
 * file, same seed) on s's fresh engine, silently and at once, up to old's present; then s goes on in
 * real time from there (instead of session_start). Stops at the first action the edited script no
 * longer takes, or where its call ends, and resumes from that point. Writes where it resumed into
 * `where` and into the transcript. `old` may already be interrupted: its present is where its
 * engine stopped. Returns the actions replayed; 0 (and s untouched) when the trainee had not acted. */
size_t session_resume_from(call_session *s, const call_session *old, char *where, size_t len);
/* 1 while the caller's voice still has a line queued or playing. */
int session_speaking(const call_session *s);
/* The trainee typed a key or the input method's composition changed now: a wait for the trainee
 * does not time out while the typing goes on (cs_engine_typing). */
void session_typing(call_session *s);
/* The debrief: the caller's line at log index spoken again as it was (its voice, a dictation at
 * dictation speed), cutting off whatever still plays. Other entries: nothing. */
void session_replay(call_session *s, size_t index);
/* The trainee talks over the caller: the line being spoken stops now. */
void session_barge_in(call_session *s);

cs_engine *session_engine(call_session *s);
/* Counts events appended: the screen re-lays the transcript when it changes. */
size_t session_events(const call_session *s);
/* The graded result once the call has ended, else NULL. */
const cs_grade *session_grade(const call_session *s);
/* The store's last error (one line), or NULL. */
const char *session_store_error(const call_session *s);
int session_stored(const call_session *s);  /* 1 when an attempt is being stored */
int64_t session_attempt(const call_session *s); /* the stored attempt's id (0: not stored) */
/* An exam call: the sitting and part it plays, kept in a recovery file if the store refuses it. */
void session_set_exam(call_session *s, const char *sitting_uid, int part, const char *scenario_id);
cs_mode session_mode(const call_session *s);
const char *session_scenario_path(const call_session *s);
uint64_t session_seed(const call_session *s);

#endif
