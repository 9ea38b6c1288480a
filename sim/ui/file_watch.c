/* File watch by polling stat (see file_watch.h): one stat a second costs nothing, works on every
 * file system and needs no inotify descriptor to manage. */
#include "file_watch.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static void read_state(const char *path, struct timespec *mtime, int64_t *size, int *exists)
{
    struct stat st;
    *exists = stat(path, &st) == 0;
    if (!*exists) {
        memset(mtime, 0, sizeof *mtime);
        *size = -1;
        return;
    }
    *mtime = st.st_mtim;
    *size = (int64_t)st.st_size;
}

void file_watch_set(file_watch *w, const char *path)
{
    snprintf(w->path, sizeof w->path, "%s", path);
    read_state(w->path, &w->mtime, &w->size, &w->exists);
    w->active = 1;
}

void file_watch_clear(file_watch *w)
{
    w->active = 0;
}

int file_watch_changed(file_watch *w)
{
    if (!w->active) return 0;
    struct timespec m;
    int64_t size;
    int exists;
    read_state(w->path, &m, &size, &exists);
    /* an editor saving by rename makes the file vanish for a moment: wait until it is back */
    if (!exists) return 0;
    int changed = !w->exists || m.tv_sec != w->mtime.tv_sec || m.tv_nsec != w->mtime.tv_nsec || size != w->size;
    w->mtime = m;
    w->size = size;
    w->exists = exists;
    return changed;
}
