/* A small modal dialog over the current screen: a title, a few numbered choices and a help line.
 * Used where the desk asks one question: where to transfer or escalate a call (the targets the
 * scenario declares), and "abandon this call?" before Esc throws a call away. Keys: ↑↓ or the
 * choice's number, Enter, Esc cancels; the mouse picks a row. */
#ifndef CALLSIM_PICK_DIALOG_H
#define CALLSIM_PICK_DIALOG_H

#include <stddef.h>
#include "ui_draw.h"

#define PICK_MAX 16

typedef struct {
    int open;
    int tag;                            /* what the dialog is for (the caller's own values) */
    const char *title, *body;           /* body: one explaining line, may be NULL */
    const char *items[PICK_MAX];
    size_t n, sel;
    SDL_Rect rows[PICK_MAX];
} pick_dialog;

enum { PICK_NONE = -1, PICK_CANCEL = -2 };

void pick_open(pick_dialog *d, int tag, const char *title, const char *body, const char *const *items, size_t n);
void pick_draw(pick_dialog *d, ui_ctx *u);
/* PICK_NONE (event used, still open, or not the dialog's), PICK_CANCEL (closed), or the index
 * chosen (closed). Returns PICK_NONE and ignores the event while closed. */
int pick_event(pick_dialog *d, const SDL_Event *ev);

#endif
