/* One-line text fields (ui_editor.h). */
#include "ui_editor.h"

#include <string.h>

#define PAD 12

/* Draws s[0..n) at x and returns its width (the text is drawn in parts around the caret). */
static int draw_part(ui_ctx *u, const char *s, size_t n, int base, SDL_Color col, int x, int y)
{
    if (n == 0) return 0;
    char buf[REPLY_MAX_BYTES];
    memcpy(buf, s, n);
    buf[n] = 0;
    int w = ui_text_w(u, buf, base);
    ui_text(u, buf, base, col, x, y, 0);
    return w;
}

static int text_w_n(ui_ctx *u, const char *s, size_t n, int base)
{
    char buf[REPLY_MAX_BYTES];
    memcpy(buf, s, n);
    buf[n] = 0;
    return ui_text_w(u, buf, base);
}

void ui_editor_draw(ui_ctx *u, const reply_box *b, SDL_Rect box, int focused, const char *placeholder, int base)
{
    ui_fill(u, box, UI_PANEL);
    ui_outline(u, box, focused ? UI_ACCENT : UI_BORDER);
    int pad = box.h < 40 ? PAD / 2 : PAD;
    int lh = ui_line_h(u, base), y = box.y + (box.h - lh) / 2;
    int before = text_w_n(u, b->text, b->caret, base), comp = ui_text_w(u, b->composition, base);
    int room = box.w - 2 * pad - 4;
    int shift = before + comp > room ? before + comp - room : 0;
    int x = box.x + pad - shift;
    if (reply_empty(b) && !b->composition[0] && placeholder)
        ui_text(u, placeholder, base - 4, UI_DIM, box.x + pad, box.y + (box.h - ui_line_h(u, base - 4)) / 2, 0);
    SDL_Rect clip = { box.x + 2, box.y + 2, box.w - 4, box.h - 4 };
    SDL_RenderSetClipRect(u->r, &clip);
    x += draw_part(u, b->text, b->caret, base, UI_TEXT, x, y);
    if (comp) {
        ui_text(u, b->composition, base, UI_ACCENT, x, y, 0);
        ui_fill(u, (SDL_Rect){ x, y + lh - 2, comp, 2 }, UI_ACCENT);
        x += comp;
    }
    if (focused) {
        ui_fill(u, (SDL_Rect){ x, y + 2, 2, lh - 4 }, UI_TEXT);
        ui_ime_rect((SDL_Rect){ x, box.y, 1, box.h });  /* the candidate window opens at the caret */
    }
    draw_part(u, b->text + b->caret, b->len - b->caret, base, UI_TEXT, x, y);
    SDL_RenderSetClipRect(u->r, NULL);
}

int ui_editor_key(reply_box *b, SDL_Keycode k)
{
    if (b->composition[0]) return 0;  /* the input method is editing its own pre-edit */
    switch (k) {
    case SDLK_BACKSPACE: reply_backspace(b); return 1;
    case SDLK_DELETE: reply_delete(b); return 1;
    case SDLK_LEFT: reply_left(b); return 1;
    case SDLK_RIGHT: reply_right(b); return 1;
    case SDLK_HOME: reply_home(b); return 1;
    case SDLK_END: reply_end(b); return 1;
    default: return 0;
    }
}
