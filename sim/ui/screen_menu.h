/* The scenario lists: the scenarios in the data root's scenarios/, grouped by level and situation,
 * each with its description and the trainee's best stored score; on the trainer's workbench
 * (trainer = 1) also each one's file, id and rubric, and a broken one's error in red. */
#ifndef CALLSIM_SCREEN_MENU_H
#define CALLSIM_SCREEN_MENU_H

#include "phrase_bank.h"
#include "store.h"
#include "ui_draw.h"

typedef struct menu_screen menu_screen;

menu_screen *menu_new(const char *scenario_dir, const cs_phrase_bank *bank, cs_store *store, int trainer);
/* The same over several folders (the trainer's folder and the install's scenarios/, paths.h). */
menu_screen *menu_new_in(const char *const *dirs, size_t n_dirs, const cs_phrase_bank *bank, cs_store *store,
                         int trainer);
void menu_free(menu_screen *m);
void menu_draw(menu_screen *m, ui_ctx *u);
size_t menu_selected(const menu_screen *m);
void menu_select(menu_screen *m, size_t i);  /* clamped to the list */
/* The best stored PRACTICE score of scenario id as the list shows it (-1: none). Exam attempts
 * never count: an exam sitting on a shared PC is not a trainee's 最好成绩 (issue 15). */
double menu_best(const menu_screen *m, const char *id);
/* Returns the chosen scenario path (owned by the menu) on Enter, "" for Esc (back), NULL otherwise. */
const char *menu_event(menu_screen *m, const SDL_Event *ev);

#endif
