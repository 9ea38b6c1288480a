/* The window application: opens the window, audio, voice worker, phrase bank and store, and runs
 * the screens (menu → call → results → retry/menu) in one event-driven loop. */
#ifndef CALLSIM_APP_H
#define CALLSIM_APP_H

#include <stdint.h>

typedef struct {
    const char *font;      /* --font, or NULL: fontconfig */
    const char *scenario;  /* `play SCENARIO`: straight into it; NULL: the menu */
    const char *db;        /* --db, or NULL: the default path */
    uint64_t seed;
} app_config;

/* Returns the process exit code (0, or 2 with a one-line message on stderr). */
int app_run(const app_config *cfg);

#endif
