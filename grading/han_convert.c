/* OpenCC wrapper (see han_convert.h). OpenCC allocates the converted string itself; it must be
 * released with opencc_convert_utf8_free, never free(), so the result is copied into our own
 * malloc'd buffer and OpenCC's is released here. */
#include "han_convert.h"
#include "cantonese.h"
#include "dialect_me.h"
#include "dialect_you.h"
#include "text_norm.h"

#include <opencc/opencc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Per-character memory of what t2s does to a CJK character on its own, so that a reply whose
 * characters all stay as they are skips OpenCC (a third of the grading time otherwise).
 * 0 = not seen yet, 1 = stays, 2 = changes. Filled as characters are seen: a cache, written
 * during grading — one more reason to grade from one thread at a time. */
#define CACHE_FIRST 0x3400u
#define CACHE_LAST 0x9FFFu

struct cs_hanconv {
    opencc_t od;
    unsigned char *seen;   /* CACHE_LAST - CACHE_FIRST + 1 states */
};

cs_hanconv *cs_hanconv_open(char *err, size_t errlen)
{
    opencc_t od = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    if (od == (opencc_t)-1) {
        if (err && errlen)
            snprintf(err, errlen, "%s:%d: cannot open OpenCC %s (install libopencc-data)",
                     __FILE__, __LINE__, OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
        return NULL;
    }
    cs_hanconv *hc = malloc(sizeof *hc);
    if (hc) hc->seen = calloc(CACHE_LAST - CACHE_FIRST + 1, 1);
    if (hc && !hc->seen) { free(hc); hc = NULL; }
    if (!hc) {
        opencc_close(od);
        if (err && errlen) snprintf(err, errlen, "%s:%d: out of memory", __FILE__, __LINE__);
        return NULL;
    }
    hc->od = od;
    return hc;
}

void cs_hanconv_close(cs_hanconv *hc)
{
    if (!hc) return;
    opencc_close(hc->od);
    free(hc->seen);
    free(hc);
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* 1 when OpenCC could change something in the well-formed s: a CJK character that changes on
 * its own (asked once per character), or one outside the cached blocks (compatibility
 * ideographs, extension B …). Punctuation and Latin never change under t2s. A character that
 * stays on its own but changes inside a traditional phrase (著 in 看著) is missed only when the
 * reply holds no other traditional character. */
static int may_change(const cs_hanconv *hc, const char *s)
{
    while (*s) {
        uint32_t c = cs_utf8_next(&s);
        if (c < 0x2E80) continue;
        if (c < CACHE_FIRST || c > CACHE_LAST) {
            if ((c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000) return 1;
            continue;
        }
        unsigned char *state = &hc->seen[c - CACHE_FIRST];
        if (*state == 0) {
            char one[5];
            size_t n = cs_utf8_put(c, one);
            one[n] = '\0';
            char *conv = opencc_convert_utf8(hc->od, one, n);
            *state = conv && strcmp(conv, one) == 0 ? 1 : 2;
            if (conv) opencc_convert_utf8_free(conv);
        }
        if (*state == 2) return 1;
    }
    return 0;
}

/* One reading of the reply before OpenCC (cantonese.h, dialect_you.h, dialect_me.h share the contract: 1 with a
 * malloc'd reading, 0 with none, -1 out of memory): when it reads something, the reading takes the place of *clean
 * (the copy this call owns) and becomes the text *utf8 the next reading sees. -1 out of memory. */
static int read_with(int (*read)(const char *, char **), const char **utf8, char **clean)
{
    char *reading = NULL;
    if (read(*utf8, &reading) < 0) return -1;
    if (!reading) return 0;
    free(*clean);
    *clean = reading;
    *utf8 = reading;
    return 0;
}

char *cs_hanconv_t2s(const cs_hanconv *hc, const char *utf8)
{
    if (!utf8) utf8 = "";
    size_t n = strlen(utf8);
    if (!hc) return dup_n(utf8, n);
    /* OpenCC is only ever given well-formed UTF-8: bad bytes become U+FFFD first. */
    char *clean = NULL;
    if (!cs_utf8_valid(utf8, n)) {
        clean = malloc(n * 3 + 1);
        if (!clean) return NULL;
        size_t k = 0;
        for (const char *p = utf8; *p;) k += cs_utf8_put(cs_utf8_next(&p), clean + k);
        clean[k] = '\0';
        utf8 = clean;
        n = k;
    }
    /* a reply in written Cantonese is read as Mandarin first (cantonese.h), then simplified; then (fix31a) Henan
     * 恁 / Min 汝 opening a clause as its subject is the caller (dialect_you.h), and (fix32a) 俺 / 额 opening a
     * clause as its subject are the agent, read as 我 (dialect_me.h) */
    if (read_with(cs_cantonese_read, &utf8, &clean) < 0 || read_with(cs_dialect_you_read, &utf8, &clean) < 0 ||
        read_with(cs_dialect_me_read, &utf8, &clean) < 0) {
        free(clean);
        return NULL;
    }
    n = strlen(utf8);
    if (!may_change(hc, utf8)) {
        char *same = dup_n(utf8, n);
        free(clean);
        return same;
    }
    char *conv = opencc_convert_utf8(hc->od, utf8, n);
    if (!conv) {
        char *same = dup_n(utf8, n);
        free(clean);
        return same;
    }
    free(clean);
    char *out = dup_n(conv, strlen(conv));
    opencc_convert_utf8_free(conv);
    return out;
}
