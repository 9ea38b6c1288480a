/* The agent's desk beside the transcript (issue 14): the work-order form docked and always in
 * view, with the fields the scenario declares (labels, required, format) fixed for the whole call;
 * and the system pane (knowledge base, customer record, work-order lookup) showing the entries the
 * scenario has revealed so far — in practice and in the exam alike, as a real desk would. */
#ifndef CALLSIM_DESK_PANEL_H
#define CALLSIM_DESK_PANEL_H

#include <stddef.h>
#include <stdint.h>

#include "engine.h"
#include "reply_box.h"
#include "ui_draw.h"

#define DESK_FIELDS 16

typedef struct {
    size_t n;                   /* the scenario's fields (cs_scenario_info.ticket) */
    int focused;                /* the keyboard is in the form (else in the reply box) */
    size_t cur;
    reply_box values[DESK_FIELDS];
    SDL_Rect boxes[DESK_FIELDS], submit, area;
    char msg[200];              /* why it was not submitted, or when it was */
    int msg_bad;
    int system_scroll;
} desk_panel;

void panel_init(desk_panel *d, const cs_scenario_info *in);
/* Draws the form in the top of area and the system pane below it. */
void panel_draw(desk_panel *d, ui_ctx *u, const cs_engine *e, SDL_Rect area, int enabled);
/* The form as a ticket ("field=value field=value") into out, with the first keystroke in *first;
 * 0 when it can be submitted, -1 when a required field is empty or a value has the wrong format
 * (d->msg says which). Fields left empty are left out. */
int panel_ticket_text(desk_panel *d, const cs_scenario_info *in, char *out, size_t len, int64_t *first);
/* After a submission at t_ms: says so under the form. */
void panel_submitted(desk_panel *d, int64_t t_ms);
/* The field under (x, y), or -1. */
int panel_field_at(const desk_panel *d, int x, int y);
/* 1 when (x, y) is on the submit button. */
int panel_on_submit(const desk_panel *d, int x, int y);
reply_box *panel_current(desk_panel *d);

#endif
