/* The candidate's replies as they said them (issue 15), for the examiners while they score: every
 * reply of the sitting's calls in order, its text beside it and whether it was recorded; P plays
 * the selected one through the window's audio. */
#ifndef CALLSIM_SCREEN_EXAM_LISTEN_H
#define CALLSIM_SCREEN_EXAM_LISTEN_H

#include "exam_env.h"

typedef struct listen_screen listen_screen;

listen_screen *listen_new(exam_env *env, int64_t xa, char *err, size_t errlen);
void listen_free(listen_screen *l);
void listen_draw(listen_screen *l, exam_env *env);
/* 1 when the examiner goes back (Esc). */
int listen_event(listen_screen *l, exam_env *env, const SDL_Event *ev);

#endif
