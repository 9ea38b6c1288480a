/* The modal choice dialog (pick_dialog.h). */
#include "pick_dialog.h"

#include <stdio.h>

#include "ui_strings.h"

#define PAD 14

void pick_open(pick_dialog *d, int tag, const char *title, const char *body, const char *const *items, size_t n)
{
    d->open = 1;
    d->tag = tag;
    d->title = title;
    d->body = body;
    d->n = n > PICK_MAX ? PICK_MAX : n;
    for (size_t i = 0; i < d->n; i++) d->items[i] = items[i];
    d->sel = 0;
}

void pick_draw(pick_dialog *d, ui_ctx *u)
{
    if (!d->open) return;
    int w = u->w * 2 / 5 < 380 ? 380 : u->w * 2 / 5, rh = ui_line_h(u, 18) + 12;
    int wrap = w - 2 * PAD, bw = 0, bh = 0;
    if (d->body) tc_measure(u->tc, d->body, ui_size(u, 14), wrap, &bw, &bh);
    int h = ui_line_h(u, 20) + bh + (int)d->n * (rh + 4) + ui_line_h(u, 12) + 2 * PAD + 16;
    SDL_Rect r = { (u->w - w) / 2, (u->h - h) / 2, w, h };
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, (SDL_Color){ 20, 24, 30, 90 });
    ui_fill(u, r, UI_PANEL);
    ui_outline(u, r, UI_ACCENT);
    int y = r.y + PAD;
    y += ui_text(u, d->title, 20, UI_TEXT, r.x + PAD, y, wrap) + 4;
    if (d->body) y += ui_text(u, d->body, 14, UI_DIM, r.x + PAD, y, wrap) + 4;
    for (size_t i = 0; i < d->n; i++) {
        char line[256];
        snprintf(line, sizeof line, "%zu  %s", i + 1, d->items[i]);
        d->rows[i] = (SDL_Rect){ r.x + PAD, y, wrap, rh };
        ui_button(u, d->rows[i], line, NULL, 1, i == d->sel);
        y += rh + 4;
    }
    ui_text(u, ui_s(S_PICK_HELP), 12, UI_DIM, r.x + PAD, y + 4, wrap);
}

static int pick_key(pick_dialog *d, SDL_Keycode k)
{
    if (k == SDLK_ESCAPE) { d->open = 0; return PICK_CANCEL; }
    if ((k == SDLK_DOWN || k == SDLK_TAB) && d->n) d->sel = (d->sel + 1) % d->n;
    else if (k == SDLK_UP && d->n) d->sel = (d->sel + d->n - 1) % d->n;
    else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && d->n) { d->open = 0; return (int)d->sel; }
    else if (k >= SDLK_1 && k <= SDLK_9 && (size_t)(k - SDLK_1) < d->n) { d->open = 0; return (int)(k - SDLK_1); }
    return PICK_NONE;
}

int pick_event(pick_dialog *d, const SDL_Event *ev)
{
    if (!d->open) return PICK_NONE;
    if (ev->type == SDL_KEYDOWN) return pick_key(d, ev->key.keysym.sym);
    if (ev->type == SDL_MOUSEBUTTONDOWN && ev->button.button == SDL_BUTTON_LEFT)
        for (size_t i = 0; i < d->n; i++)
            if (ui_inside(d->rows[i], ev->button.x, ev->button.y)) { d->open = 0; return (int)i; }
    return PICK_NONE;
}
