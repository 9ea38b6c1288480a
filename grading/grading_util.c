/* grading/'s shared helpers (see grading_util.h). */
#include "grading_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *cs_g_strdup(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

char *cs_g_strdup_vprintf(const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0) return NULL;
    char *s = malloc((size_t)n + 1);
    if (s) vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *cs_g_strdup_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = cs_g_strdup_vprintf(fmt, ap);
    va_end(ap);
    return s;
}

int cs_g_verror_at(char *err, size_t errlen, const char *file, int line, const char *fmt, va_list ap)
{
    if (!err || !errlen) return -1;
    int k = snprintf(err, errlen, "%s:%d: ", file, line);
    if (k < 0 || (size_t)k >= errlen) return -1;
    vsnprintf(err + k, errlen - (size_t)k, fmt, ap);
    return -1;
}

int cs_g_error_at(char *err, size_t errlen, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cs_g_verror_at(err, errlen, file, line, fmt, ap);
    va_end(ap);
    return -1;
}

int cs_g_holds_any(const char *text, const char *const *list)
{
    for (size_t m = 0; list[m]; m++)
        if (strstr(text, list[m])) return 1;
    return 0;
}

size_t cs_g_starts_with_any(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        size_t n = strlen(list[i]);
        if (strncmp(s, list[i], n) == 0) return n;
    }
    return 0;
}

size_t cs_g_ends_with_any(const char *s, const char *const *list)
{
    size_t len = strlen(s);
    for (size_t i = 0; list[i]; i++) {
        size_t n = strlen(list[i]);
        if (n <= len && strcmp(s + len - n, list[i]) == 0) return n;
    }
    return 0;
}
