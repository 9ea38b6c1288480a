/* The call screen (issue 3): caller card, ring animation and count, call timer, mood meter,
 * transcript bubbles with times and scrollback, reply box with input-method composition, the
 * standard phrases (F1–F8, or a click), scenario choices (1–9), action buttons, and the desk beside
 * the transcript: the docked ticket form and the system pane (desk_panel.h); transfer and
 * escalation as a dialog of the scenario's targets (pick_dialog.h). */
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
/* 1 while Esc belongs to the call screen: a dialog is open, or the keyboard is in the ticket form
 * (Esc goes back to the reply box). */
int call_screen_form_open(const call_screen *c);
/* In the trainers' workbench and `callsim play` F5 reloads the scenario: the 转接 chip then shows no
 * key (one meaning per key; a click still fills it). */
void call_screen_set_f5_reloads(call_screen *c, int on);
/* 1 while a dialog (transfer or escalation target) is open: every key is its command. */
int call_screen_dialog_open(const call_screen *c);
/* The left column (caller card and controls) as last laid out: the exam puts its recording light
 * under the controls there, where the desk draws nothing. */
int call_screen_left_w(const call_screen *c);

#endif
