/* The examiner's sign-in at the window (name + PIN, the PIN masked). On a database with no examiner
 * yet it creates the first one (name, PIN twice). Wrong PINs go through the window's PIN guard. */
#ifndef CALLSIM_SCREEN_SIGNIN_H
#define CALLSIM_SCREEN_SIGNIN_H

#include "exam_env.h"
#include "ui_form.h"

typedef struct {
    ui_form form;
    int create;  /* first run: no examiner in the database */
} signin_screen;

typedef enum { SIGNIN_STAY, SIGNIN_DONE, SIGNIN_QUIT } signin_result;

/* -1 with err when the store cannot be read. */
int signin_init(signin_screen *s, exam_env *env, char *err, size_t errlen);
void signin_draw(signin_screen *s, exam_env *env);
/* SIGNIN_DONE: env->lead is set and is the panel's first member. */
signin_result signin_event(signin_screen *s, exam_env *env, const SDL_Event *ev);
/* The screens' common frame: background, title bar, and the help line at the bottom. */
void exam_frame(ui_ctx *u, const char *title, const char *help);

#endif
