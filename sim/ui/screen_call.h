/* The call screen (issue 3): caller card, ring animation and count, call timer, mood meter,
 * transcript bubbles with times and scrollback, reply box with input-method composition, the
 * standard-phrase panel (F1–F8), scenario choices (1–9), action buttons and the ticket form. */
#ifndef CALLSIM_SCREEN_CALL_H
#define CALLSIM_SCREEN_CALL_H

#include <stdint.h>
#include "call_session.h"
#include "phrase_bank.h"
#include "ui_draw.h"

typedef struct call_screen call_screen;

call_screen *call_screen_new(call_session *s, const cs_phrase_bank *bank);
void call_screen_free(call_screen *c);
void call_screen_draw(call_screen *c, ui_ctx *u);
/* Handles one event; returns 1 when the screen must be redrawn. */
int call_screen_event(call_screen *c, ui_ctx *u, const SDL_Event *ev);
/* Milliseconds until the screen next changes by itself (ring animation, timer, caret). */
int64_t call_screen_frame_due(const call_screen *c);
/* Text layout depends on width and zoom: call after a resize or zoom change. */
void call_screen_relayout(call_screen *c);
/* 1 while a form (the ticket) is open over the call: Esc belongs to it. */
int call_screen_form_open(const call_screen *c);

#endif
