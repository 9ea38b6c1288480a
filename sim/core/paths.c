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

void cs_paths_init(const char *argv0)
{
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
