/* The results screen after a call: score out of 100, pass/fail, every rubric item with its reason
 * and the standard clause, a timeline chart of the call (who spoke when, reply latencies, holds),
 * typing speed, and the keys to retry or go back. */
#ifndef CALLSIM_SCREEN_RESULTS_H
#define CALLSIM_SCREEN_RESULTS_H

#include "call_session.h"
#include "ui_draw.h"

typedef enum { RESULTS_STAY, RESULTS_RETRY, RESULTS_MENU, RESULTS_QUIT } results_action;

/* Draws the ended call of s (its grade must exist). scroll: pixels the item list is scrolled. */
void results_draw(call_session *s, ui_ctx *u, int scroll);
results_action results_event(const SDL_Event *ev, int *scroll);

#endif
