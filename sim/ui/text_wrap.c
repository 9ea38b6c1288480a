/* Greedy line breaking: grow the line one break opportunity at a time while it fits. Measuring the
 * whole candidate line (rather than adding per-character widths) keeps kerning and shaping right;
 * the lines are short (chat bubbles), so the quadratic worst case does not matter. */
#include "text_wrap.h"

#include <string.h>

size_t utf8_char_len(const char *s)
{
    unsigned char c = (unsigned char)s[0];
    if (!c) return 0;
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    for (size_t i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) return 1;
    return n;
}

unsigned utf8_decode(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    switch (utf8_char_len(s)) {
    case 1: return u[0] < 0x80 ? u[0] : 0xFFFD;
    case 2: return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    case 3: return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    case 4: return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
    default: return 0;
    }
}

size_t utf8_count(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n && s[i];) {
        size_t k = utf8_char_len(s + i);
        i += k;
        count++;
    }
    return count;
}

static int is_wide(unsigned cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* Closing punctuation must not start a line (Chinese typesetting rule 避头点). */
static int no_break_before(unsigned cp)
{
    static const unsigned closers[] = { 0x3002, 0xFF0C, 0xFF01, 0xFF1F, 0x3001, 0xFF1B, 0xFF1A,
                                        0x201D, 0x2019, 0xFF09, 0x300B, 0x300D, 0x3011, 0x2026,
                                        ',', '.', '!', '?', ';', ':', ')' };
    for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++)
        if (cp == closers[i]) return 1;
    return 0;
}

/* Byte offset of the next break opportunity after position i (or the end / a newline). */
static size_t next_break(const char *t, size_t i)
{
    unsigned cp = utf8_decode(t + i);
    if (cp == '\n') return i;
    int wide = is_wide(cp);
    i += utf8_char_len(t + i);
    if (!wide) {
        while (t[i] && t[i] != '\n' && t[i] != ' ' && !is_wide(utf8_decode(t + i))) i += utf8_char_len(t + i);
        while (t[i] == ' ') i++;
    }
    while (t[i] && no_break_before(utf8_decode(t + i))) i += utf8_char_len(t + i);
    return i;
}

static size_t trim_len(const char *t, size_t start, size_t end)
{
    while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\n')) end--;
    return end - start;
}

/* When one unbreakable piece is wider than the line, cut it after as many characters as fit. */
static size_t cut_by_chars(const char *t, size_t start, size_t end, int width, wrap_measure_fn m, void *ud)
{
    size_t i = start + utf8_char_len(t + start);
    while (i < end) {
        size_t k = i + utf8_char_len(t + i);
        if (m(ud, t + start, k - start) > width) break;
        i = k;
    }
    return i;
}

static size_t emit(wrap_line *lines, size_t max, size_t count, const char *t, size_t start, size_t end)
{
    if (count < max) {
        lines[count].start = start;
        lines[count].len = trim_len(t, start, end);
    }
    return count + 1;
}

size_t text_wrap(const char *text, int width, wrap_measure_fn measure, void *ud,
                 wrap_line *lines, size_t max)
{
    size_t count = 0, start = 0, total = strlen(text);
    while (start < total) {
        size_t end = start;
        while (end < total && text[end] != '\n') {
            size_t nb = next_break(text, end);
            if (nb == end) break;
            if (width > 0 && measure(ud, text + start, trim_len(text, start, nb)) > width) {
                if (end == start) end = cut_by_chars(text, start, nb, width, measure, ud);
                break;
            }
            end = nb;
        }
        count = emit(lines, max, count, text, start, end);
        start = end;
        if (text[start] == '\n') start++;
        else while (text[start] == ' ') start++;
    }
    if (count == 0) count = emit(lines, max, count, text, 0, 0);
    return count;
}
