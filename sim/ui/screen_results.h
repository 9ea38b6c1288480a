/* The debrief after a call (issue 14: a debrief that coaches): the score and verdict; the timeline
 * with a legend (what is an action, what is a mistake); the whole transcript with each deduction
 * pinned to the turn that caused it, what the standard phrase would have been where one was
 * missed, uncertain verdicts marked as such, the caller's lines replayable; every rubric item with
 * its reason and clause; and "try again". */
#ifndef CALLSIM_SCREEN_RESULTS_H
#define CALLSIM_SCREEN_RESULTS_H

#include <stddef.h>
#include "call_session.h"
#include "phrase_bank.h"
#include "ui_draw.h"

typedef enum { RESULTS_STAY, RESULTS_RETRY, RESULTS_MENU, RESULTS_QUIT } results_action;

#define RESULTS_LINKS 64

typedef struct {
    int scroll;                    /* the transcript, pixels from its top */
    int item_scroll;               /* the rubric items */
    SDL_Rect transcript, items;    /* where they were drawn (the wheel scrolls the one under it) */
    SDL_Rect retry, back;          /* the buttons */
    size_t n_links;                /* "▶ 重听" links drawn this frame: rect and log index */
    SDL_Rect link[RESULTS_LINKS];
    size_t link_ev[RESULTS_LINKS];
    size_t replaying;              /* the log index last replayed (shown as playing while it is) */
    int replayed;                  /* a replay was asked for */
    call_session *session;         /* the call drawn (borrowed) */
} results_view;

/* Draws the ended call of s (its grade must exist). bank: the standard phrases (may be NULL). */
void results_draw(results_view *v, call_session *s, const cs_phrase_bank *bank, ui_ctx *u);
/* Keys: R try again, M or Esc back, ↑↓ PgUp PgDn scroll; the mouse: the buttons, the wheel, a
 * caller's line's replay link (spoken through the session's voice). */
results_action results_event(results_view *v, call_session *s, const SDL_Event *ev);
/* Milliseconds until the screen changes by itself (a replayed line stops playing), -1: never. */
int64_t results_frame_due(const results_view *v, const call_session *s);

#endif
