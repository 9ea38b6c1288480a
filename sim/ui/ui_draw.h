/* Drawing helpers shared by the screens: the window context (renderer, text cache, size, zoom), the
 * palette, filled and outlined boxes, text and buttons. Font sizes are given at 100 % zoom and
 * scaled here, so Ctrl +/- scales every screen alike. */
#ifndef CALLSIM_UI_DRAW_H
#define CALLSIM_UI_DRAW_H

#include <SDL.h>
#include "frame_present.h"
#include "text_cache.h"

typedef struct {
    SDL_Window *win;
    SDL_Renderer *r;
    text_cache *tc;
    frame_present *fp;
    int w, h;        /* output size in pixels */
    int zoom;        /* percent, 70..200 */
} ui_ctx;

extern const SDL_Color UI_BG, UI_PANEL, UI_BORDER, UI_TEXT, UI_DIM, UI_ACCENT, UI_GOOD, UI_BAD,
    UI_WARN, UI_CALLER_BUBBLE, UI_TRAINEE_BUBBLE, UI_WHITE;

/* Opens the window (1280×800, resizable) with its renderer, the text cache on the font file and
 * the frame presenter; -1 on failure (SDL_GetError says why). ui_close_window frees what was made,
 * also after a failure. */
int ui_open_window(ui_ctx *u, const char *title, const char *font);
void ui_close_window(ui_ctx *u);
/* Window events every screen shares: a new size is taken (returns 1: relayout), and whatever
 * may have spoilt the window's contents makes the next present a full one. */
int ui_window_event(ui_ctx *u, const SDL_WindowEvent *e);
/* Sleeps until an event (1: *ev holds it) or until wait_ms pass (0); wait_ms < 0 waits for an
 * event only. A timed wait lasts at most a second, so the loop's clock and file checks stay live. */
int ui_wait_event(SDL_Event *ev, int64_t wait_ms);
/* Tells the input method where the caret is (its candidate window opens there); only when it
 * moved, as the rect goes to the input method process each time. */
void ui_ime_rect(SDL_Rect r);
/* Shows the frame drawn (frame_present.h: only the changed rows with the software renderer). */
void ui_present(ui_ctx *u);

/* The window's renderer: accelerated, unless the only OpenGL there is a software rasteriser
 * (llvmpipe under Xvfb, a machine without a GPU), where SDL's own software renderer draws a
 * frame in half the time; SDL_RENDER_DRIVER still overrides. NULL on failure. */
SDL_Renderer *ui_create_renderer(SDL_Window *win);

/* Font size for a base size at the current zoom. */
int ui_size(const ui_ctx *u, int base);
void ui_fill(ui_ctx *u, SDL_Rect r, SDL_Color c);
void ui_outline(ui_ctx *u, SDL_Rect r, SDL_Color c);
/* Draws text (wrapped at wrap px when > 0) at (x, y); returns its height. */
int ui_text(ui_ctx *u, const char *s, int base, SDL_Color c, int x, int y, int wrap);
/* Text width/height (no wrapping) without drawing. */
int ui_text_w(ui_ctx *u, const char *s, int base);
int ui_line_h(ui_ctx *u, int base);
/* A button: label with its key ("F9") in small text; dim when disabled. */
void ui_button(ui_ctx *u, SDL_Rect r, const char *label, const char *key, int enabled, int active);
/* A warning bar across the window, its bottom edge at y: the message wrapped, on the warning
 * colour. For what the trainee must not miss (results that will not be saved). */
void ui_notice(ui_ctx *u, const char *msg, int bottom);
int ui_inside(SDL_Rect r, int x, int y);
/* mm:ss of a millisecond time. */
void ui_clock(long long ms, char *buf, size_t len);

#endif
