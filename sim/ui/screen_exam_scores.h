/* After the calls: each examiner of the panel, in turn, enters their own scores (0–100) for the
 * paper's examiner items (普通话, 语音语调, 服务态度, …) and confirms with their PIN; then the
 * combined result (median of the odd panel, cs_exam_evaluate) with the score of each 4.2 area, the
 * 百分制 total and pass at ≥60 (1.9.2); the result is stored and can be signed (immutable after). */
#ifndef CALLSIM_SCREEN_EXAM_SCORES_H
#define CALLSIM_SCREEN_EXAM_SCORES_H

#include "exam_env.h"

typedef struct scores_screen scores_screen;

/* NULL with err when the sitting's paper cannot be read. */
scores_screen *scores_new(exam_env *env, int64_t xa, char *err, size_t errlen);
void scores_free(scores_screen *s);
void scores_draw(scores_screen *s, exam_env *env);
/* 1 when the examiner goes back to the desk. */
int scores_event(scores_screen *s, exam_env *env, const SDL_Event *ev);

#endif
