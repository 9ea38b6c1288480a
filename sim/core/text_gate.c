/* The text gate (see text_gate.h). Decoding is grading's (text_norm.c), so "valid UTF-8" means the
 * same thing to the grader, the engine and the store. */
#include "text_gate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text_norm.h"

int cs_text_char_ok(uint32_t c)
{
    if (c < 0x20 || c == 0x7F) return 0;            /* C0 controls, DEL */
    if (c >= 0x80 && c <= 0x9F) return 0;            /* C1 controls (ESC [ in one byte pair) */
    if (c == 0x2028 || c == 0x2029) return 0;        /* line and paragraph separators */
    if (c >= 0x202A && c <= 0x202E) return 0;        /* bidi embeddings and overrides */
    if (c >= 0x2066 && c <= 0x2069) return 0;        /* bidi isolates */
    if (c == 0xFEFF) return 0;                       /* BOM / zero-width no-break space */
    return 1;
}

/* Decodes one code point of s[0..len) at *i (advancing it); INVALID for a byte that does not start
 * a valid sequence (it is skipped alone, so the next byte is tried again). */
#define INVALID 0xFFFFFFFFu
static uint32_t next_cp(const char *s, size_t len, size_t *i)
{
    unsigned char b = (unsigned char)s[*i];
    size_t k = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (k > len - *i || !cs_utf8_valid(s + *i, k)) { (*i)++; return INVALID; }
    if (b == 0) { (*i)++; return 0; }
    char tmp[5];
    memcpy(tmp, s + *i, k);
    tmp[k] = '\0';
    const char *p = tmp;
    *i += k;
    return cs_utf8_next(&p);
}

static const char *check(const char *s, size_t len, size_t max_chars, int lines, char *why, size_t whylen);

const char *cs_text_check(const char *s, size_t len, size_t max_chars, char *why, size_t whylen)
{
    return check(s, len, max_chars, 0, why, whylen);
}

const char *cs_text_check_lines(const char *s, size_t len, size_t max_chars, char *why, size_t whylen)
{
    return check(s, len, max_chars, 1, why, whylen);
}

static const char *check(const char *s, size_t len, size_t max_chars, int lines, char *why, size_t whylen)
{
    if (!cs_utf8_valid(s, len)) { snprintf(why, whylen, "not valid UTF-8"); return why; }
    size_t chars = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c = next_cp(s, len, &i);
        if (!cs_text_char_ok(c) && !(lines && c == '\n')) {
            snprintf(why, whylen, "contains control character U+%04X", (unsigned)c);
            return why;
        }
        if (++chars > max_chars) {
            snprintf(why, whylen, "longer than %zu characters", max_chars);
            return why;
        }
    }
    return NULL;
}

char *cs_text_clean(const char *s, size_t len, size_t max_chars, int *cut)
{
    if (cut) *cut = 0;
    size_t cap = (len < max_chars ? len : max_chars) * 4 + 1;
    char *out = malloc(cap);
    if (!out) return NULL;
    size_t o = 0, chars = 0;
    for (size_t i = 0; i < len;) {
        if (chars == max_chars) { if (cut) *cut = 1; break; }
        uint32_t c = next_cp(s, len, &i);
        if (c == INVALID) c = 0xFFFD;
        else if (!cs_text_char_ok(c)) c = ' ';
        o += cs_utf8_put(c, out + o);
        chars++;
    }
    out[o] = '\0';
    return out;
}
