/* The main menu the window opens on: practice, the practical exam, the trainer's scenario
 * workbench, the interface language and the volume, quit. Keyboard (↑↓, Enter, ←→ for language
 * and volume, Esc) and mouse alike. */
#ifndef CALLSIM_SCREEN_HOME_H
#define CALLSIM_SCREEN_HOME_H

#include "ui_draw.h"

typedef enum {
    HOME_PRACTICE, HOME_EXAM, HOME_TRAINER, HOME_LANGUAGE, HOME_VOLUME, HOME_QUIT, HOME_ROWS
} home_row;

typedef enum { HOME_STAY, HOME_GO_PRACTICE, HOME_GO_EXAM, HOME_GO_TRAINER, HOME_GO_QUIT, HOME_CHANGED } home_action;

typedef struct {
    int sel;        /* the highlighted row */
    int volume;     /* 0..100 */
    int has_audio;  /* without a sound device the volume row says so */
} home_screen;

void home_draw(const home_screen *h, ui_ctx *u);
/* HOME_CHANGED: the language or the volume was changed (the caller applies h->volume, and the
 * language is already switched with ui_set_lang). */
home_action home_event(home_screen *h, ui_ctx *u, const SDL_Event *ev);

#endif
