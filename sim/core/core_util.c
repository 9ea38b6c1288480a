/* sim/core's shared helpers (see core_util.h). */
#include "core_util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *cs_strdup(const char *s)
{
    return s ? cs_strndup(s, strlen(s)) : NULL;
}

char *cs_strndup(const char *s, size_t n)
{
    if (!s) return NULL;
    char *d = malloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void *cs_grow(void *v, size_t n, size_t *cap, size_t size, size_t first)
{
    if (n < *cap) return v;
    size_t c = *cap ? *cap * 2 : first;
    void *g = realloc(v, c * size);
    if (!g) return NULL;
    *cap = c;
    return g;
}

int cs_say(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

int cs_verror_at(char *err, size_t errlen, const char *file, int line, const char *fmt, va_list ap)
{
    if (!errlen) return -1;
    int n = line > 0 ? snprintf(err, errlen, "%s:%d: ", file, line) : snprintf(err, errlen, "%s: ", file);
    if (n < 0) n = 0;
    if ((size_t)n < errlen) vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
    return -1;
}

int cs_error_at(char *err, size_t errlen, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cs_verror_at(err, errlen, file, line, fmt, ap);
    va_end(ap);
    return -1;
}

int cs_where_error(const cs_where *w, const char *msg, const char *arg)
{
    return cs_error_at(w->err, w->errlen, w->name, w->line, "%s%s", msg, arg ? arg : "");
}

char *cs_read_file(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(e));
        errno = e;
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n + 1 >= cap) {
            if (cap > max) break;
            char *grown = realloc(buf, cap * 2);
            if (!grown) { free(buf); buf = NULL; break; }
            buf = grown;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0) break;
        n += got;
    }
    int failed = ferror(f), why = errno;
    fclose(f);
    if (!buf) { snprintf(err, errlen, "%s: out of memory", path); errno = ENOMEM; return NULL; }
    /* fopen opens a folder; only the read says what it is */
    if (failed && why == EISDIR) {
        free(buf);
        snprintf(err, errlen, "%s: is a folder, not a file (give the path of a file in it)", path);
        errno = EISDIR;
        return NULL;
    }
    if (failed) { free(buf); snprintf(err, errlen, "%s: read error", path); errno = EIO; return NULL; }
    if (n > max) {
        free(buf);
        /* FILE:LINE: form, as every error; a file this size is almost always the wrong file */
        snprintf(err, errlen, "%s:1: the file is larger than %zu KB, the most callsim reads here "
                 "(is it the right file? split or shorten it)", path, max >> 10);
        errno = EFBIG;
        return NULL;
    }
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}
