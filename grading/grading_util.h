/* The small helpers every part of grading/ needs, written once: copying a string and the one-line
 * "FILE:LINE: what is wrong (what to do)" error (STYLE.md). grading/ sits below sim/core and may
 * not use its core_util; UTF-8 decoding is text_norm.h's. */
#ifndef CALLSIM_GRADING_UTIL_H
#define CALLSIM_GRADING_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* malloc'd copy; NULL for NULL or out of memory. */
char *cs_g_strdup(const char *s);
/* malloc'd printf (the grader's verdict texts); NULL for an encoding error or out of memory. */
char *cs_g_strdup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *cs_g_strdup_vprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
/* Writes "FILE:LINE: message" into err (grading's files name line 0 for what concerns the whole
 * file, so the line is always written); returns -1, so that error paths read
 * `return cs_g_error_at(...)`. A message that does not fit is cut. */
int cs_g_error_at(char *err, size_t errlen, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
int cs_g_verror_at(char *err, size_t errlen, const char *file, int line, const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));

/* Does text hold one of list (NULL-ended) anywhere? */
int cs_g_holds_any(const char *text, const char *const *list);
/* The length of the first of list (NULL-ended, no empty entry) that s starts with, or 0 when it starts with none. */
size_t cs_g_starts_with_any(const char *s, const char *const *list);
/* The length of the first of list (NULL-ended, no empty entry) that s ends with, or 0 when it ends with none. */
size_t cs_g_ends_with_any(const char *s, const char *const *list);

#endif
