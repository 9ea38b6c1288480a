/* Keyboard form. Text arrives as SDL_TEXTINPUT (typed, pasted, or committed by the input method);
 * keys that edit or move arrive as SDL_KEYDOWN. */
#include "ui_form.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "text_wrap.h"

void form_reset(ui_form *f)
{
    memset(f, 0, sizeof *f);
}

int form_add(ui_form *f, const char *label, int masked)
{
    if (f->n >= FORM_MAX_FIELDS) return -1;
    form_field *x = &f->f[f->n];
    snprintf(x->label, sizeof x->label, "%s", label);
    x->masked = masked;
    reply_clear(&x->box);
    return f->n++;
}

const char *form_value(const ui_form *f, int i, char *buf, size_t len)
{
    if (i < 0 || i >= f->n) { buf[0] = 0; return buf; }
    reply_trimmed(&f->f[i].box, buf, len);
    return buf;
}

void form_clear_field(ui_form *f, int i)
{
    if (i >= 0 && i < f->n) reply_clear(&f->f[i].box);
}

void form_message(ui_form *f, int bad, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(f->msg, sizeof f->msg, fmt, ap);
    va_end(ap);
    f->msg_bad = bad;
}

static form_result key(ui_form *f, const SDL_KeyboardEvent *k)
{
    reply_box *b = f->n ? &f->f[f->focus].box : NULL;
    int back = (k->keysym.mod & KMOD_SHIFT) != 0;
    switch (k->keysym.sym) {
    case SDLK_RETURN: case SDLK_KP_ENTER: return FORM_SUBMIT;
    case SDLK_ESCAPE: return FORM_CANCEL;
    case SDLK_TAB: if (f->n) f->focus = (f->focus + (back ? f->n - 1 : 1)) % f->n; break;
    case SDLK_UP: if (f->focus > 0) f->focus--; break;
    case SDLK_DOWN: if (f->focus + 1 < f->n) f->focus++; break;
    case SDLK_BACKSPACE: if (b) reply_backspace(b); break;
    case SDLK_DELETE: if (b) reply_delete(b); break;
    case SDLK_LEFT: if (b) reply_left(b); break;
    case SDLK_RIGHT: if (b) reply_right(b); break;
    case SDLK_HOME: if (b) reply_home(b); break;
    case SDLK_END: if (b) reply_end(b); break;
    default: break;
    }
    return FORM_NONE;
}

form_result form_event(ui_form *f, const SDL_Event *ev)
{
    if (!f->n && ev->type != SDL_KEYDOWN) return FORM_NONE;
    switch (ev->type) {
    case SDL_TEXTINPUT: reply_insert(&f->f[f->focus].box, ev->text.text, 0); return FORM_NONE;
    case SDL_TEXTEDITING: reply_set_composition(&f->f[f->focus].box, ev->edit.text, 0); return FORM_NONE;
    case SDL_KEYDOWN: return key(f, &ev->key);
    default: return FORM_NONE;
    }
}

/* What a field shows: its text (a PIN as dots), the composition, and a caret when focused. */
static void field_text(const form_field *x, int focused, char *out, size_t len)
{
    const reply_box *b = &x->box;
    size_t o = 0;
    out[0] = 0;
    if (x->masked) {
        size_t n = utf8_count(b->text, b->len);
        for (size_t i = 0; i < n && o + 4 < len; i++) o += (size_t)snprintf(out + o, len - o, "●");
    } else {
        o = (size_t)snprintf(out, len, "%.*s", (int)b->caret, b->text);
        if (o >= len) o = len - 1;
    }
    if (focused && o < len) o += (size_t)snprintf(out + o, len - o, "%s|", b->composition);
    if (!x->masked && o < len) snprintf(out + o, len - o, "%s", b->text + b->caret);
}

int form_draw(ui_form *f, ui_ctx *u, int x, int y, int w)
{
    int y0 = y, label_w = w / 3, lh = ui_line_h(u, 18);
    char buf[REPLY_MAX_BYTES + 300];
    for (int i = 0; i < f->n; i++) {
        const form_field *fd = &f->f[i];
        ui_text(u, fd->label, 16, UI_DIM, x, y + 6, label_w - 8);
        SDL_Rect box = { x + label_w, y, w - label_w, lh + 12 };
        ui_fill(u, box, UI_PANEL);
        ui_outline(u, box, i == f->focus ? UI_ACCENT : UI_BORDER);
        field_text(fd, i == f->focus, buf, sizeof buf);
        ui_text(u, buf, 18, UI_TEXT, box.x + 8, y + 6, 0);
        y += lh + 20;
    }
    if (f->msg[0]) y += ui_text(u, f->msg, 16, f->msg_bad ? UI_BAD : UI_GOOD, x, y, w) + 6;
    return y - y0;
}
