/* The docked work-order form and the system pane (desk_panel.h). */
#include "desk_panel.h"

#include <stdio.h>
#include <string.h>

#include "ui_editor.h"
#include "ui_strings.h"

#define PAD 10

void panel_init(desk_panel *d, const cs_scenario_info *in)
{
    memset(d, 0, sizeof *d);
    d->n = in->n_ticket > DESK_FIELDS ? DESK_FIELDS : in->n_ticket;
    for (size_t i = 0; i < d->n; i++) reply_clear(&d->values[i]);
}

reply_box *panel_current(desk_panel *d)
{
    return &d->values[d->cur < d->n ? d->cur : 0];
}

static const char *field_label(const cs_ticket_field *f)
{
    return f->label ? f->label : ui_field_label(f->id);
}

/* The form: title, one row per field (label left, field right), the submit button and the last
 * message. Returns the y below it. */
static int draw_form(desk_panel *d, ui_ctx *u, const cs_scenario_info *in, SDL_Rect a, int enabled)
{
    int x = a.x + PAD, w = a.w - 2 * PAD, y = a.y + PAD;
    y += ui_text(u, ui_s(S_TICKET_TITLE), 18, UI_TEXT, x, y, 0) + 4;
    int fh = ui_line_h(u, 16) + 10, lw = w * 2 / 5;
    for (size_t i = 0; i < d->n; i++) {
        const cs_ticket_field *f = &in->ticket[i];
        char label[96];
        snprintf(label, sizeof label, "%s%s", field_label(f), f->required ? " *" : "");
        ui_text(u, label, 14, UI_DIM, x, y + (fh - ui_line_h(u, 14)) / 2, lw - 4);
        d->boxes[i] = (SDL_Rect){ x + lw, y, w - lw, fh };
        ui_editor_draw(u, &d->values[i], d->boxes[i], d->focused && i == d->cur, NULL, 16);
        y += fh + 4;
    }
    int bh = ui_line_h(u, 18) + 10;
    d->submit = (SDL_Rect){ x, y + 2, w, bh };
    ui_button(u, d->submit, ui_s(S_TICKET_SUBMIT), "Ctrl+Enter", enabled, 0);
    y += bh + 6;
    if (d->msg[0]) y += ui_text(u, d->msg, 13, d->msg_bad ? UI_BAD : UI_GOOD, x, y, w) + 2;
    return y + PAD / 2;
}

/* The system pane: each entry the scenario revealed, title and text; the others by title only,
 * with how a desk would reach them (a hold to 核实 looks the record up). */
static void draw_system(desk_panel *d, ui_ctx *u, const cs_engine *e, SDL_Rect a)
{
    const cs_scenario_info *in = cs_engine_info(e);
    ui_fill(u, (SDL_Rect){ a.x, a.y, a.w, 1 }, UI_BORDER);
    int x = a.x + PAD, w = a.w - 2 * PAD, y = a.y + PAD / 2;
    y += ui_text(u, ui_s(S_SYSTEM_TITLE), 18, UI_TEXT, x, y, 0) + 2;
    SDL_Rect clip = { a.x, y, a.w, a.y + a.h - y };
    if (clip.h <= 0) return;
    SDL_RenderSetClipRect(u->r, &clip);
    y -= d->system_scroll;
    if (!in->n_system) ui_text(u, ui_s(S_SYSTEM_EMPTY), 13, UI_DIM, x, y, w);
    for (size_t i = 0; i < in->n_system; i++) {
        const cs_system_entry *s = &in->system[i];
        int shown = cs_engine_system_shown(e, i);
        y += ui_text(u, s->title, 15, shown ? UI_ACCENT : UI_DIM, x, y, w);
        if (shown) y += ui_text(u, s->text, 13, UI_TEXT, x, y, w) + 6;
        else y += ui_text(u, ui_s(strcmp(s->reveal, "hold") == 0 ? S_SYSTEM_AFTER_HOLD : S_SYSTEM_NOT_YET), 12, UI_DIM, x, y, w) + 6;
    }
    SDL_RenderSetClipRect(u->r, NULL);
}

void panel_draw(desk_panel *d, ui_ctx *u, const cs_engine *e, SDL_Rect area, int enabled)
{
    d->area = area;
    ui_fill(u, area, UI_PANEL);
    int y = draw_form(d, u, cs_engine_info(e), area, enabled);
    draw_system(d, u, e, (SDL_Rect){ area.x, y, area.w, area.y + area.h - y });
}

int panel_ticket_text(desk_panel *d, const cs_scenario_info *in, char *out, size_t len, int64_t *first)
{
    size_t used = 0;
    *first = -1;
    out[0] = 0;
    for (size_t i = 0; i < d->n; i++) {
        char v[REPLY_MAX_BYTES], why[120];
        reply_trimmed(&d->values[i], v, sizeof v);
        for (char *p = v; *p; p++) if (*p == '=') *p = ' ';  /* '=' would start a new field */
        if (cs_ticket_value_ok(&in->ticket[i], v, why, sizeof why) != 0) {
            snprintf(d->msg, sizeof d->msg, "%s：%s", field_label(&in->ticket[i]), why);
            d->msg_bad = 1;
            d->cur = i;
            return -1;
        }
        if (!*v) continue;
        int w = snprintf(out + used, len - used, "%s%s=%s", used ? " " : "", in->ticket[i].id, v);
        if (w < 0 || (size_t)w >= len - used) break;
        used += (size_t)w;
        if (d->values[i].first_key_ms >= 0 && (*first < 0 || d->values[i].first_key_ms < *first))
            *first = d->values[i].first_key_ms;
    }
    if (!used) {
        snprintf(d->msg, sizeof d->msg, "%s", ui_s(S_TICKET_EMPTY));
        d->msg_bad = 1;
        return -1;
    }
    return 0;
}

void panel_submitted(desk_panel *d, int64_t t_ms)
{
    char when[16];
    ui_clock(t_ms, when, sizeof when);
    snprintf(d->msg, sizeof d->msg, "%s %s", ui_s(S_TICKET_SENT), when);
    d->msg_bad = 0;
}

int panel_field_at(const desk_panel *d, int x, int y)
{
    for (size_t i = 0; i < d->n; i++)
        if (ui_inside(d->boxes[i], x, y)) return (int)i;
    return -1;
}

int panel_on_submit(const desk_panel *d, int x, int y)
{
    return ui_inside(d->submit, x, y);
}
