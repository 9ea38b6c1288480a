/* The exam desk's review of the grader's verdicts (issue 11 item 5): the same list as `callsim exam
 * review` (sim/core/exam_review.h) — each reply that fails a call or that the grader is unsure of,
 * with the caller's line before it, the grader's verdict, confidence and reason, and the decisions
 * so far — where each examiner of the panel present confirms or overrules with their own PIN. The
 * majority of the panel decides (1.9.3); the result follows (a new version when the score moves). */
#ifndef CALLSIM_SCREEN_EXAM_REVIEW_H
#define CALLSIM_SCREEN_EXAM_REVIEW_H

#include "exam_env.h"

typedef struct review_screen review_screen;

/* NULL with err when the sitting's verdicts cannot be read. */
review_screen *review_new(exam_env *env, int64_t xa, char *err, size_t errlen);
void review_free(review_screen *r);
void review_draw(review_screen *r, exam_env *env);
/* 1 when the examiner goes back (Esc). */
int review_event(review_screen *r, exam_env *env, const SDL_Event *ev);
/* How many verdicts are still undecided (as last read). */
size_t review_undecided(const review_screen *r);

#endif
