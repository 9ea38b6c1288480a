/* Data directory lookup (see paths.h). The root is process-wide state, set once at start-up. */
#include "paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef CALLSIM_DATADIR
#define CALLSIM_DATADIR "/usr/local/share/callsim"
#endif

static char data_root[PATH_MAX] = CALLSIM_DATADIR;
static char trainer_dir[PATH_MAX];   /* "" when none */
static char builtin_dir[PATH_MAX + 16];

static int has_assets(const char *root)
{
    char p[PATH_MAX];
    struct stat st;
    if (snprintf(p, sizeof p, "%s/assets/phrases.txt", root) >= (int)sizeof p) return 0;
    return stat(p, &st) == 0;
}

static void set_root(const char *root)
{
    snprintf(data_root, sizeof data_root, "%s", root);
    size_t n = strlen(data_root);
    while (n > 1 && data_root[n - 1] == '/') data_root[--n] = '\0';
}

/* The setting file's one line (a folder), trailing blanks and newline cut. */
static void read_setting(char *out, size_t len)
{
    char file[PATH_MAX];
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg) snprintf(file, sizeof file, "%s/callsim/scenarios", xdg);
    else if (home && *home) snprintf(file, sizeof file, "%s/.config/callsim/scenarios", home);
    else return;
    FILE *f = fopen(file, "r");
    if (!f) return;
    if (fgets(out, (int)len, f)) {
        size_t n = strlen(out);
        while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == '\r' || out[n - 1] == ' ')) out[--n] = '\0';
    } else {
        out[0] = '\0';
    }
    fclose(f);
}

static void init_trainer_dir(void)
{
    const char *env = getenv("CALLSIM_SCENARIOS");
    if (env && *env) snprintf(trainer_dir, sizeof trainer_dir, "%s", env);
    else read_setting(trainer_dir, sizeof trainer_dir);
}

void cs_paths_init(const char *argv0)
{
    init_trainer_dir();
    const char *env = getenv("CALLSIM_DATA");
    if (env && *env) { set_root(env); return; }

    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) exe[n] = '\0';
    else if (!argv0 || !realpath(argv0, exe)) exe[0] = '\0';

    /* build/callsim, build/asan/callsim or build/asan/tests/X inside the source tree; or an
     * installed PREFIX/bin/callsim next to PREFIX/share/callsim, wherever PREFIX was moved */
    for (int up = 0; up < 5 && exe[0]; up++) {
        char *slash = strrchr(exe, '/');
        if (!slash) break;
        *slash = '\0';
        if (has_assets(exe)) { set_root(exe); return; }
        char shared[PATH_MAX];
        if (snprintf(shared, sizeof shared, "%s/share/callsim", exe) < (int)sizeof shared && has_assets(shared)) {
            set_root(shared);
            return;
        }
    }
    set_root(CALLSIM_DATADIR);
}

const char *cs_data_root(void)
{
    return data_root;
}

const char *cs_data_path(const char *sub, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s", data_root, sub);
    return buf;
}

void cs_scenarios_set_dir(const char *dir)
{
    if (!dir) return;
    snprintf(trainer_dir, sizeof trainer_dir, "%s", dir);
    size_t n = strlen(trainer_dir);
    while (n > 1 && trainer_dir[n - 1] == '/') trainer_dir[--n] = '\0';
}

const char *cs_scenarios_dir(void)
{
    return trainer_dir[0] ? trainer_dir : NULL;
}

size_t cs_scenario_dirs(const char **dirs, size_t max)
{
    size_t n = 0;
    snprintf(builtin_dir, sizeof builtin_dir, "%s/scenarios", data_root);
    if (trainer_dir[0] && n < max) dirs[n++] = trainer_dir;
    if (n < max) dirs[n++] = builtin_dir;
    return n;
}

const char *cs_scenario_find(const char *id, char *buf, size_t len)
{
    const char *dirs[2];
    size_t n = cs_scenario_dirs(dirs, 2);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (snprintf(buf, len, "%s/%s.lua", dirs[i], id) >= (int)len) continue;
        if (stat(buf, &st) == 0 && S_ISREG(st.st_mode)) return buf;
    }
    return NULL;
}

const char *cs_scenario_dirs_text(char *buf, size_t len)
{
    const char *dirs[2];
    size_t n = cs_scenario_dirs(dirs, 2);
    snprintf(buf, len, "%s%s%s", dirs[0], n > 1 ? ", " : "", n > 1 ? dirs[1] : "");
    return buf;
}
