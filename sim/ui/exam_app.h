/* `callsim exam`: the examiner flow in its own window and loop — sign-in, the exam desk, the
 * candidate's exam full screen (leaving it needs an examiner's PIN; closing the window without it
 * is refused), the examiner scores and the result. */
#ifndef CALLSIM_EXAM_APP_H
#define CALLSIM_EXAM_APP_H

typedef struct {
    const char *font;   /* --font, or NULL: fontconfig */
    const char *db;     /* --db, or NULL: the default path */
    const char *paper;  /* --paper, or NULL: the first of assets/papers */
} exam_app_config;

/* Returns the process exit code (0, or 2 with a one-line message on stderr). */
int exam_app_run(const exam_app_config *cfg);

#endif
