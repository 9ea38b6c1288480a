/* A one-line text field on a reply_box: drawn with the input method's composition underlined at
 * the caret (where the candidate window is told to open), scrolled so the caret stays in view; and
 * the editing keys. Shared by the reply box and the ticket form's fields. */
#ifndef CALLSIM_UI_EDITOR_H
#define CALLSIM_UI_EDITOR_H

#include "reply_box.h"
#include "ui_draw.h"

/* Draws b in box at font size base; the caret and the input method's place only when focused. */
void ui_editor_draw(ui_ctx *u, const reply_box *b, SDL_Rect box, int focused, const char *placeholder, int base);
/* Backspace, Delete, arrows, Home, End on b; 1 when the key was one of them. Never while the input
 * method is composing: those keys are its own then. */
int ui_editor_key(reply_box *b, SDL_Keycode k);

#endif
