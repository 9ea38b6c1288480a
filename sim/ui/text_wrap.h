/* Line breaking for mixed Chinese/Latin UTF-8 text, independent of SDL so it is unit-tested with a
 * fake measure: Chinese may break between any two ideographs (and before CJK punctuation is not
 * allowed: 。，！？ stay with the character before them), Latin words break at spaces, a word
 * wider than the line is cut by characters, '\n' always breaks. */
#ifndef CALLSIM_TEXT_WRAP_H
#define CALLSIM_TEXT_WRAP_H

#include <stddef.h>

/* Width in pixels of s[0..n). */
typedef int (*wrap_measure_fn)(void *ud, const char *s, size_t n);

typedef struct {
    size_t start, len;  /* byte range of the line in the text (trailing spaces and '\n' dropped) */
} wrap_line;

/* Breaks text into lines no wider than width (width <= 0: only at '\n'). Writes up to max lines
 * into lines and returns how many lines the text needs (may exceed max). */
size_t text_wrap(const char *text, int width, wrap_measure_fn measure, void *ud,
                 wrap_line *lines, size_t max);

/* Length in bytes of the UTF-8 sequence starting at s (1 for a stray byte, 0 at the end). */
size_t utf8_char_len(const char *s);
/* Decodes the code point at s (U+FFFD for a bad sequence). */
unsigned utf8_decode(const char *s);
/* Number of code points in s[0..n). */
size_t utf8_count(const char *s, size_t n);

#endif
