/* A small keyboard form: labelled one-line fields (the reply box's editing: caret, input-method
 * composition), PIN fields shown masked, Tab / Shift+Tab / ↑↓ between fields, Enter submits, Esc
 * cancels, and one message line (an error in red or a note). Used by every examiner screen. */
#ifndef CALLSIM_UI_FORM_H
#define CALLSIM_UI_FORM_H

#include <stddef.h>
#include "reply_box.h"
#include "ui_draw.h"

#define FORM_MAX_FIELDS 10

typedef struct {
    char label[128];
    int masked;
    reply_box box;
} form_field;

typedef struct {
    form_field f[FORM_MAX_FIELDS];
    int n, focus, msg_bad;
    char msg[512];
} ui_form;

typedef enum { FORM_NONE, FORM_SUBMIT, FORM_CANCEL } form_result;

void form_reset(ui_form *f);
/* Adds a field; returns its index (-1 when the form is full). */
int form_add(ui_form *f, const char *label, int masked);
/* The field's text without surrounding spaces. */
const char *form_value(const ui_form *f, int i, char *buf, size_t len);
void form_clear_field(ui_form *f, int i);
void form_message(ui_form *f, int bad, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
form_result form_event(ui_form *f, const SDL_Event *ev);
/* Draws the fields from (x, y) in width w; returns the height used. */
int form_draw(ui_form *f, ui_ctx *u, int x, int y, int w);

#endif
