/* The window application: opens the window, audio, voice worker, phrase bank and store, and runs
 * the screens (main menu → scenario list or workbench → call → results → retry/list) in one
 * event-driven loop. */
#ifndef CALLSIM_APP_H
#define CALLSIM_APP_H

#include <stdint.h>

typedef struct {
    const char *font;      /* --font, or NULL: fontconfig */
    const char *scenario;  /* `play SCENARIO`: straight into it; NULL: the menu */
    const char *db;        /* --db, or NULL: the default path */
    uint64_t seed;
} app_config;

/* app_run's answer when the practical exam was chosen on the main menu: the window has closed and
 * the caller opens the exam's (exam_app.h), whose sign-in and full screen are its own, and runs
 * the main menu again when the exam is left. */
#define APP_OPEN_EXAM (-1)

/* Returns the process exit code (0, or 2 with a one-line message on stderr), or APP_OPEN_EXAM. */
int app_run(const app_config *cfg);

#endif
