/* The small helpers every part of sim/core needs, written once: copying a string, growing an
 * array, reading a whole file, and the one-line "FILE:LINE: what is wrong (what to do)" error
 * (STYLE.md). UTF-8 decoding is grading's (text_norm.h), the layer below. */
#ifndef CALLSIM_CORE_UTIL_H
#define CALLSIM_CORE_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* malloc'd copies; NULL for NULL or out of memory. */
char *cs_strdup(const char *s);
char *cs_strndup(const char *s, size_t n);
/* Room for one more element in the array v of n used and *cap allocated elements of size bytes:
 * v itself while there is room, else v moved to twice the room (first when it had none) with *cap
 * updated. NULL when out of memory; v is then the caller's still, unchanged. Use as
 * `T *g = cs_grow(a->v, a->n, &a->cap, sizeof *g, 16); if (!g) ...; a->v = g;`. */
void *cs_grow(void *v, size_t n, size_t *cap, size_t size, size_t first);
/* Reads a whole file (text) into a malloc'd, NUL-terminated buffer; NULL with err on failure or
 * when larger than max. On failure errno tells which, for a caller that words its own message:
 * fopen's errno, EFBIG (larger than max), ENOMEM or EIO (read error). */
char *cs_read_file(const char *path, size_t max, size_t *len, char *err, size_t errlen);
/* Writes the message into err (cut to errlen; nothing when errlen is 0); returns -1, so that error
 * paths read `return cs_say(...)`. For messages that name their own place or none. */
int cs_say(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Writes "FILE:LINE: message" (line <= 0: "FILE: message") into err; returns -1, so that error
 * paths read `return cs_error_at(...)`. */
int cs_error_at(char *err, size_t errlen, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
int cs_verror_at(char *err, size_t errlen, const char *file, int line, const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));

/* Where a line-by-line reader of a file is, for its errors: the file's name, the line (1 the
 * first), and the caller's error buffer. */
typedef struct {
    const char *name;
    int line;
    char *err;
    size_t errlen;
} cs_where;
/* cs_error_at at w: "NAME:LINE: msg arg" (arg may be NULL); returns -1. */
int cs_where_error(const cs_where *w, const char *msg, const char *arg);

#endif
