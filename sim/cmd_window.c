/* `callsim` (main menu) and `callsim play SCENARIO.lua`: the SDL window. Parses the window's
 * options, refuses to start without a display (SDL2 would silently draw into its offscreen driver,
 * and the trainee would wait for a window that never appears), then runs the app. */
#include <SDL.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "bench_log.h"
#include "cli_seed.h"
#include "commands.h"
#include "paths.h"
#include "ui_strings.h"

static const char usage[] =
    "usage: callsim [--lang zh|en] [--font FILE] [--db PATH] [--seed N]\n"
    "       callsim play SCENARIO.lua|NAME [--lang zh|en] [--font FILE] [--db PATH] [--seed N]\n"
    "       callsim exam [--paper PAPER] [--lang zh|en] [--font FILE] [--db PATH]\n"
    "  Opens the training window: the main menu (practice, exam, scenario workbench, language,\n"
    "  volume), or straight into SCENARIO (practice mode), or the examiner flow (sign-in, exam\n"
    "  desk, the candidate's exam full screen, examiner scores, result).\n"
    "  --paper  exam: a paper file, or a name in assets/papers (default: the first there)\n"
    "  --lang   interface language (default: Chinese; English when LANG is en*)\n"
    "  --font   a TTF/TTC font with Chinese (default: found with fontconfig)\n"
    "  --db     SQLite file for results (default: $XDG_DATA_HOME/callsim/callsim.db)\n"
    "  --seed   varies the scenario's details (default 1)\n"
    "  --scenarios DIR  the trainer's folder: listed in practice and the workbench before the install's\n"
    "           scenarios, found by `play NAME` and exam papers (also $CALLSIM_SCENARIOS, or one line\n"
    "           in ~/.config/callsim/scenarios)\n"
    "  Exit: 0 closed normally, 2 bad usage, no display, missing font or scenario error.\n";

typedef struct {
    app_config app;
    const char *lang;
} window_args;

static int parse_option(window_args *a, const char *opt, const char *val)
{
    if (!val) { fprintf(stderr, "callsim: %s needs a value\n", opt); return 2; }
    if (strcmp(opt, "--font") == 0) a->app.font = val;
    else if (strcmp(opt, "--db") == 0) a->app.db = val;
    else if (strcmp(opt, "--lang") == 0) a->lang = val;
    else if (strcmp(opt, "--paper") == 0 && a->app.exam) a->app.paper = val;
    else if (strcmp(opt, "--seed") == 0) return cli_parse_seed("callsim", val, &a->app.seed);
    else { fprintf(stderr, "callsim: unknown option %s (see callsim play --help)\n", opt); return 2; }
    return 0;
}

/* 0 to go on, 1 after --help, 2 on a usage error. */
static int parse_args(int argc, char **argv, window_args *a)
{
    memset(a, 0, sizeof *a);
    a->app.seed = 1;
    int i = 1, play = 0;
    if (argc > 1 && strcmp(argv[1], "exam") == 0) { a->app.exam = 1; i = 2; }
    if (argc > 1 && strcmp(argv[1], "play") == 0) { play = 1; i = 2; }
    for (; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) { fputs(usage, stdout); return 1; }
        if (s[0] == '-') {
            int rc = parse_option(a, s, i + 1 < argc ? argv[i + 1] : NULL);
            if (rc) return rc;
            i++;
        } else if (play && !a->app.scenario) {
            a->app.scenario = s;
        } else {
            fprintf(stderr, "callsim: unexpected argument '%s' (see callsim play --help)\n", s);
            return 2;
        }
    }
    if (play && !a->app.scenario) { fputs(usage, stderr); return 2; }
    if (ui_lang_choose(a->lang) != 0) { fprintf(stderr, "callsim: --lang takes zh or en, not '%s'\n", a->lang); return 2; }
    return 0;
}

/* SDL2 falls back to its offscreen driver when there is no display: that is not a window. An
 * SDL_VIDEODRIVER set by the user (screenshot tests) is respected. */
static int check_display(void)
{
    const char *x = getenv("DISPLAY"), *wl = getenv("WAYLAND_DISPLAY"), *forced = getenv("SDL_VIDEODRIVER");
    if ((!x || !*x) && (!wl || !*wl) && !(forced && *forced)) {
        fprintf(stderr, "callsim: no display (DISPLAY is not set); for headless use: callsim run SCENARIO.lua --replies FILE\n");
        return 2;  /* before SDL_Init: its Wayland probe would print noise of its own first */
    }
    const char *drv = SDL_GetCurrentVideoDriver();
    if (drv && (strcmp(drv, "offscreen") == 0 || strcmp(drv, "dummy") == 0) && !(forced && *forced)) {
        fprintf(stderr, "callsim: no display (DISPLAY is not set); for headless use: callsim run SCENARIO.lua --replies FILE\n");
        return 2;
    }
    return 0;
}

int cmd_window(int argc, char **argv)
{
    bench_start();  /* CALLSIM_BENCH: start-up is timed from here */
    window_args a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc == 1 ? 0 : rc;
    static char found[4400];
    if (a.app.scenario && !strchr(a.app.scenario, '/') && access(a.app.scenario, R_OK) != 0) {
        /* `play NAME`: the scenario of that name in the trainer's folder or the install's */
        char id[256];
        snprintf(id, sizeof id, "%.*s", (int)strcspn(a.app.scenario, "."), a.app.scenario);
        if (cs_scenario_find(id, found, sizeof found)) a.app.scenario = found;
    }
    if (a.app.scenario) {
        FILE *f = fopen(a.app.scenario, "r");
        if (!f) { fprintf(stderr, "callsim: %s: %s\n", a.app.scenario, strerror(errno)); return 2; }
        fclose(f);
    }
    if (check_display() != 0) return 2;
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        const char *disp = getenv("DISPLAY");
        if (!disp || !*disp) fprintf(stderr, "callsim: no display (DISPLAY is not set); for headless use: callsim run SCENARIO.lua --replies FILE\n");
        else fprintf(stderr, "callsim: cannot open the display %s: %s\n", disp, SDL_GetError());
        return 2;
    }
    rc = check_display();  /* again: SDL may still have fallen back to offscreen */
    if (rc == 0) rc = app_run(&a.app);
    SDL_Quit();
    return rc;
}
