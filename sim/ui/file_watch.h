/* Watches one file for saves (its modification time and size), polled from the window's loop: how
 * a trainer's edit to a scenario reaches the window without a restart. */
#ifndef CALLSIM_FILE_WATCH_H
#define CALLSIM_FILE_WATCH_H

#include <stdint.h>
#include <time.h>

typedef struct {
    char path[4096];
    struct timespec mtime;
    int64_t size;
    int exists, active;
} file_watch;

/* Starts watching path (its current state is the baseline). */
void file_watch_set(file_watch *w, const char *path);
void file_watch_clear(file_watch *w);
/* 1 once when the file was saved since the last call (or the baseline); 0 otherwise. */
int file_watch_changed(file_watch *w);

#endif
