/* The main menu: the scenarios in the data root's scenarios/, grouped by level and situation, each
 * with its description and the trainee's best stored score. */
#ifndef CALLSIM_SCREEN_MENU_H
#define CALLSIM_SCREEN_MENU_H

#include "phrase_bank.h"
#include "store.h"
#include "ui_draw.h"

typedef struct menu_screen menu_screen;

menu_screen *menu_new(const char *scenario_dir, const cs_phrase_bank *bank, cs_store *store);
void menu_free(menu_screen *m);
void menu_draw(menu_screen *m, ui_ctx *u);
/* Returns the chosen scenario path (owned by the menu) on Enter, "" for quit, NULL otherwise. */
const char *menu_event(menu_screen *m, const SDL_Event *ev);

#endif
