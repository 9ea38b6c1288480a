/* The main menu. Rows are laid out by one function, used by drawing and by the mouse alike, so a
 * click lands on what is drawn at every zoom and window size. */
#include "screen_home.h"

#include <stdio.h>

#include "ui_strings.h"

#define TOP_H 56

static SDL_Rect row_rect(const ui_ctx *u, int i)
{
    int w = u->w - 2 * ui_size(u, 24) < ui_size(u, 760) ? u->w - 2 * ui_size(u, 24) : ui_size(u, 760);
    int h = ui_size(u, 68), gap = ui_size(u, 10), top = ui_size(u, 40), sep = ui_size(u, 24);
    /* a low window (1024×600): tighter margins so the last row stays clear of the help line */
    int room = u->h - TOP_H - ui_size(u, 20) - 24;
    if (top + HOME_ROWS * (h + gap) + sep > room) {
        top = ui_size(u, 12);
        sep = ui_size(u, 10);
        gap = ui_size(u, 6);
        int fit = (room - top - sep) / HOME_ROWS - gap;
        if (fit < h) h = fit;
    }
    int y = TOP_H + top + i * (h + gap) + (i >= HOME_LANGUAGE ? sep : 0);
    return (SDL_Rect){ (u->w - w) / 2, y, w, h };
}

/* The volume bar inside the volume row, for drawing and for clicks. */
static SDL_Rect volume_bar(const ui_ctx *u)
{
    SDL_Rect r = row_rect(u, HOME_VOLUME);
    int w = ui_size(u, 240);
    return (SDL_Rect){ r.x + r.w - w - ui_size(u, 90), r.y + r.h / 2 - ui_size(u, 6), w, ui_size(u, 12) };
}

static const ui_str titles[HOME_ROWS] = { S_HOME_PRACTICE, S_HOME_EXAM, S_HOME_TRAINER, S_HOME_LANGUAGE,
                                          S_HOME_VOLUME, S_HOME_QUIT };
static const ui_str notes[HOME_ROWS] = { S_HOME_PRACTICE_NOTE, S_HOME_EXAM_NOTE, S_HOME_TRAINER_NOTE,
                                         S_HOME_LANGUAGE_NOTE, S_HOME_VOLUME_NOTE, S_HOME_QUIT_NOTE };

static void draw_language(ui_ctx *u, SDL_Rect r)
{
    const char *names[2] = { "中文", "English" };
    int x = r.x + r.w - ui_size(u, 24);
    for (int i = 1; i >= 0; i--) {
        int w = ui_text_w(u, names[i], 18) + ui_size(u, 20);
        x -= w;
        SDL_Rect chip = { x, r.y + (r.h - ui_line_h(u, 18)) / 2 - ui_size(u, 4), w, ui_line_h(u, 18) + ui_size(u, 8) };
        int on = ui_lang_en() == i;
        ui_fill(u, chip, on ? UI_ACCENT : UI_PANEL);
        ui_outline(u, chip, on ? UI_ACCENT : UI_BORDER);
        ui_text(u, names[i], 18, on ? UI_WHITE : UI_DIM, chip.x + ui_size(u, 10), chip.y + ui_size(u, 4), 0);
        x -= ui_size(u, 8);
    }
}

static void draw_volume(const home_screen *h, ui_ctx *u)
{
    SDL_Rect bar = volume_bar(u);
    ui_fill(u, bar, UI_BG);
    ui_fill(u, (SDL_Rect){ bar.x, bar.y, bar.w * h->volume / 100, bar.h }, h->has_audio ? UI_ACCENT : UI_BORDER);
    ui_outline(u, bar, UI_BORDER);
    char pct[32];
    snprintf(pct, sizeof pct, "%d%%", h->volume);
    ui_text(u, h->has_audio ? pct : ui_s(S_HOME_NO_AUDIO), 16, UI_DIM, bar.x + bar.w + ui_size(u, 12),
            bar.y + bar.h / 2 - ui_line_h(u, 16) / 2, 0);
}

void home_draw(const home_screen *h, ui_ctx *u)
{
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, TOP_H }, UI_ACCENT);
    ui_text(u, ui_s(S_APP_TITLE), 22, UI_WHITE, 16, (TOP_H - ui_line_h(u, 22)) / 2, 0);
    for (int i = 0; i < HOME_ROWS; i++) {
        SDL_Rect r = row_rect(u, i);
        int sel = i == h->sel;
        ui_fill(u, r, sel ? UI_TRAINEE_BUBBLE : UI_PANEL);
        ui_outline(u, r, sel ? UI_ACCENT : UI_BORDER);
        int x = r.x + ui_size(u, 20), th = ui_line_h(u, 22), nh = ui_line_h(u, 14);
        int y = r.y + (r.h - th - nh) / 2;
        ui_text(u, ui_s(titles[i]), 22, i == HOME_QUIT ? UI_DIM : UI_TEXT, x, y, 0);
        ui_text(u, ui_s(notes[i]), 14, UI_DIM, x, y + th, 0);
        if (i == HOME_LANGUAGE) draw_language(u, r);
        if (i == HOME_VOLUME) draw_volume(h, u);
    }
    ui_text(u, ui_s(S_HOME_HELP), 14, UI_DIM, 24, u->h - ui_line_h(u, 14) - 12, 0);
}

static home_action set_volume(home_screen *h, int v)
{
    v = v < 0 ? 0 : v > 100 ? 100 : v;
    if (v == h->volume) return HOME_STAY;
    h->volume = v;
    return HOME_CHANGED;
}

static home_action activate(home_screen *h)
{
    switch (h->sel) {
    case HOME_PRACTICE: return HOME_GO_PRACTICE;
    case HOME_EXAM: return HOME_GO_EXAM;
    case HOME_TRAINER: return HOME_GO_TRAINER;
    case HOME_LANGUAGE: ui_set_lang(!ui_lang_en()); return HOME_CHANGED;
    case HOME_QUIT: return HOME_GO_QUIT;
    default: return HOME_STAY;
    }
}

/* ←→ on the language row picks a language, on the volume row moves by 10 %. */
static home_action sideways(home_screen *h, int right)
{
    if (h->sel == HOME_VOLUME) return set_volume(h, h->volume + (right ? 10 : -10));
    if (h->sel != HOME_LANGUAGE || ui_lang_en() == right) return HOME_STAY;
    ui_set_lang(right);
    return HOME_CHANGED;
}

static home_action click(home_screen *h, ui_ctx *u, int x, int y)
{
    SDL_Rect bar = volume_bar(u);
    bar.y -= bar.h;
    bar.h *= 3;  /* a thin bar is hard to hit */
    if (ui_inside(bar, x, y)) {
        h->sel = HOME_VOLUME;
        return set_volume(h, ((x - bar.x) * 100 + bar.w / 2) / bar.w);
    }
    for (int i = 0; i < HOME_ROWS; i++) {
        if (!ui_inside(row_rect(u, i), x, y)) continue;
        h->sel = i;
        return activate(h);
    }
    return HOME_STAY;
}

home_action home_event(home_screen *h, ui_ctx *u, const SDL_Event *ev)
{
    if (ev->type == SDL_MOUSEBUTTONDOWN && ev->button.button == SDL_BUTTON_LEFT) return click(h, u, ev->button.x, ev->button.y);
    if (ev->type != SDL_KEYDOWN) return HOME_STAY;
    switch (ev->key.keysym.sym) {
    case SDLK_UP: h->sel = (h->sel + HOME_ROWS - 1) % HOME_ROWS; return HOME_STAY;
    case SDLK_DOWN: case SDLK_TAB: h->sel = (h->sel + 1) % HOME_ROWS; return HOME_STAY;
    case SDLK_LEFT: return sideways(h, 0);
    case SDLK_RIGHT: return sideways(h, 1);
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE: return activate(h);
    case SDLK_ESCAPE: return HOME_GO_QUIT;
    default: return HOME_STAY;
    }
}
