/* The exam desk: the examiner chooses the paper (assets/papers, 五级/四级/三级), gathers the panel
 * present (each member signs in with their PIN; an unknown name is created; 1.9.3 wants ≥3, odd),
 * keeps the candidate roster (add by hand, import a CSV) and, for the chosen candidate, starts the
 * exam, resumes a sitting left in progress by a crash, voids one with a recorded reason, or enters
 * the examiner scores of a finished one. Keyboard only. */
#ifndef CALLSIM_SCREEN_EXAM_DESK_H
#define CALLSIM_SCREEN_EXAM_DESK_H

#include "exam_env.h"

typedef struct desk_screen desk_screen;

typedef struct {
    int64_t id, xa;            /* candidate; latest sitting (0: none) */
    char cand_no[64], name[NAME_MAX_BYTES], status[32];
    int result_version, result_signed;
} desk_row;

typedef enum { DESK_STAY, DESK_START, DESK_RESUME, DESK_SCORES, DESK_QUIT } desk_action;

/* paper_arg: --paper (a file or a name in assets/papers), or NULL for the first paper found.
 * NULL with err when no paper loads or the store refuses the sitting. */
desk_screen *desk_new(exam_env *env, const char *paper_arg, char *err, size_t errlen);
void desk_free(desk_screen *d, exam_env *env);
/* Reads the roster and each candidate's latest sitting again (after an exam). */
void desk_refresh(desk_screen *d, exam_env *env);
void desk_draw(desk_screen *d, exam_env *env);
desk_action desk_event(desk_screen *d, exam_env *env, const SDL_Event *ev);
/* The candidate the action is for. */
const desk_row *desk_selected(const desk_screen *d);
/* A message shown on the desk (after an exam ends, is left, ...). */
void desk_note(desk_screen *d, int bad, const char *msg);

#endif
