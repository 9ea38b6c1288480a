/* OpenCC wrapper (see han_convert.h). OpenCC allocates the converted string itself; it must be
 * released with opencc_convert_utf8_free, never free(), so the result is copied into our own
 * malloc'd buffer and OpenCC's is released here. */
#include "han_convert.h"
#include "text_norm.h"

#include <opencc/opencc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cs_hanconv {
    opencc_t od;
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

static int all_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80) return 0;
    return 1;
}

char *cs_hanconv_t2s(const cs_hanconv *hc, const char *utf8)
{
    if (!utf8) utf8 = "";
    size_t n = strlen(utf8);
    /* ASCII has nothing to convert; skipping OpenCC keeps English and digit replies cheap. */
    if (!hc || all_ascii(utf8)) return dup_n(utf8, n);
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
    char *conv = opencc_convert_utf8(hc->od, utf8, n);
    if (!conv) {
        char *same = dup_n(utf8, n);
        free(clean);
        return same;
    }
    free(clean);
    if (!conv) return dup_n(utf8, n);
    char *out = dup_n(conv, strlen(conv));
    opencc_convert_utf8_free(conv);
    return out;
}
