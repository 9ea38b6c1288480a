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

/* RESULTS_PLAY_CLIP: play the trainee's own recording of reply play_seq (the caller has the store
 * and the audio: app.c, through clip_play.h) and put what happened in msg. */
typedef enum { RESULTS_STAY, RESULTS_RETRY, RESULTS_MENU, RESULTS_QUIT, RESULTS_PLAY_CLIP } results_action;

#define RESULTS_LINKS 64

typedef struct {
    int scroll;                    /* the transcript, pixels from its top */
    int item_scroll;               /* the rubric items */
    SDL_Rect transcript, items;    /* where they were drawn (the wheel scrolls the one under it) */
    SDL_Rect retry, back;          /* the buttons */
    size_t n_links;                /* "▶ 重听" / "▶ 回听" links drawn this frame: rect and log index */
    SDL_Rect link[RESULTS_LINKS];
    size_t link_ev[RESULTS_LINKS];
    int link_clip[RESULTS_LINKS];  /* the link plays the trainee's recording, not the caller's line */
    int64_t *clips;                /* log indexes (turn seqs) of the replies recorded, ascending
                                      (NULL: none); malloc'd, owned by the view: whoever fills
                                      it frees it (mode_practice.c drop_clips), never a copy */
    size_t n_clips;
    int64_t play_seq;              /* with RESULTS_PLAY_CLIP: the reply whose recording to play */
    size_t play_next;              /* P: the next recording in turn */
    char msg[160];                 /* what playing a recording said, over the help line */
    size_t replaying;              /* the log index last replayed (shown as playing while it is) */
    int replayed;                  /* a replay was asked for */
    call_session *session;         /* the call drawn (borrowed) */
} results_view;

/* Draws the ended call of s (its grade must exist). bank: the standard phrases (may be NULL). */
void results_draw(results_view *v, call_session *s, const cs_phrase_bank *bank, ui_ctx *u);
/* Keys: R try again, M or Esc back, ↑↓ PgUp PgDn scroll; the mouse: the buttons, the wheel, a
 * caller's line's replay link (spoken through the session's voice), a recorded reply's "▶ 回听" and
 * P (the next recording in turn): RESULTS_PLAY_CLIP. */
results_action results_event(results_view *v, call_session *s, const SDL_Event *ev);
/* Milliseconds until the screen changes by itself (a replayed line stops playing), -1: never. */
int64_t results_frame_due(const results_view *v, const call_session *s);

#endif
