/* What the examiner screens share: the window, the store, the voices, the paper being sat, the
 * sitting (exam) it files into, and the panel of examiners present. The exam mode of the app
 * (mode_exam.c) fills it; the window, store, voices and microphone are the app's, opened once for
 * the whole run and only borrowed here, so leaving the exam for the practice menu closes nothing. Interface text of these screens comes in pairs (Chinese, English) through
 * xs(), so a string without its translation does not compile. */
#ifndef CALLSIM_EXAM_ENV_H
#define CALLSIM_EXAM_ENV_H

#include <stdint.h>

#include "audio_out.h"
#include "exam_store.h"
#include "paper.h"
#include "phrase_bank.h"
#include "pin_guard.h"
#include "ui_draw.h"
#include "voice.h"

#define PANEL_MAX 9
#define NAME_MAX_BYTES 96

typedef struct {
    int64_t id;
    char name[NAME_MAX_BYTES];
} panel_member;

typedef struct {
    ui_ctx *u;               /* borrowed from the app, as are the four below and mic */
    cs_phrase_bank *bank;
    cs_store *store;
    audio_out *audio;
    voice *voice;
    cs_paper paper;          /* the paper chosen at the desk (loaded when have_paper) */
    int have_paper;
    int64_t exam_id;         /* its sitting today (cs_exam_open) */
    panel_member lead;       /* the examiner signed in at the window */
    panel_member panel[PANEL_MAX];  /* examiners present, the lead first (1.9.3: ≥3, odd) */
    int n_panel;
    pin_guard guard;         /* one guard for every PIN field of the window */
    struct mic *mic;         /* the candidate's microphone (mic_capture.h), NULL: typed-only */
    const char *mic_err;     /* why there is none (said once, shown at the desk): the app's text */
    cs_signer *lead_key;     /* the lead's unlocked key (issue 12): signs start, resume, calls, leave;
                                owned here, freed at sign-in of another lead and at exit */
} exam_env;

/* The Chinese or English text, by the interface language. */
const char *xs(const char *zh, const char *en);
/* 1.9.3: at least three examiners, an odd number. */
int exam_panel_valid(const exam_env *env);
/* Checks PIN against every panel member (leaving the exam, voiding, signing): 0, the member's
 * index and their unlocked key in *key (cs_signer_free it), or -1 with the reason in msg (wrong
 * PIN, or locked for N s). */
int exam_panel_pin(exam_env *env, const char *pin, int *who, cs_signer **key, char *msg, size_t len);
/* Opens one examiner's key with their PIN through the guard: 0 and *key (cs_signer_free it), or -1
 * with the reason in msg. */
int exam_check_pin(exam_env *env, const char *name, const char *pin, cs_signer **key, char *msg, size_t len);

/* "考生：张三　考生号 2025001　证件号 …" for sitting xa, for every exam screen (issue 15); "" when
 * the sitting cannot be read. */
const char *exam_candidate_line(exam_env *env, int64_t xa, char *buf, size_t len);
/* Draws that line right-aligned under the screen's title bar; returns its height. */
int exam_candidate_draw(exam_env *env, int64_t xa, int y);

/* Plays the recording of reply seq of the attempt (voice_store.h) through the window's audio; the
 * line for the screen in msg. 0, or -1 (no sound, no recording, a damaged clip). */
int exam_play_clip(exam_env *env, int64_t attempt_id, int64_t seq, char *msg, size_t len);

#endif
