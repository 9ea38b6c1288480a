/* The window application, one for the whole run: opens the window, fonts, audio, voice worker,
 * phrase bank and store once, and runs every screen — the main menu, practice, the trainers'
 * workbench and `callsim play`, and the examiner's exam (sign-in, desk, the candidate's exam, the
 * scores) — in one event-driven loop. Practice, workbench and exam are modes of it (app_int.h). */
#ifndef CALLSIM_APP_H
#define CALLSIM_APP_H

#include <stdint.h>

typedef struct {
    const char *font;      /* --font, or NULL: fontconfig */
    const char *scenario;  /* `play SCENARIO`: straight into it; NULL: the menu */
    const char *db;        /* --db, or NULL: the default path */
    const char *paper;     /* exam: --paper, or NULL: the first of assets/papers */
    int exam;              /* `callsim exam`: opens on the examiner's sign-in; leaving it closes */
    uint64_t seed;
} app_config;

/* Returns the process exit code (0, or 2 with a one-line message on stderr). */
int app_run(const app_config *cfg);

#endif
