/* Dictation (see dictation.h). A phone number read as one number ("一百三十九亿……", what
 * espeak-ng does with "13912345678") cannot be written down by ear; read as 幺三九，幺二三四，五六七八
 * it can: that is how numbers are dictated on Chinese phone lines. */
#include "dictation.h"

#include <stdlib.h>
#include <string.h>

static const char *const DIGIT[10] = { "零", "幺", "二", "三", "四", "五", "六", "七", "八", "九" };
#define ROOM "室"

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Length in bytes of the digit run at p (digits, with single spaces or dashes between them), and
 * its digits copied to out (at most cap). */
static size_t digit_run(const char *p, char *out, size_t cap, size_t *n_out)
{
    size_t i = 0, n = 0;
    while (is_digit(p[i])) {
        if (n < cap) out[n] = p[i];
        n++;
        i++;
        if ((p[i] == ' ' || p[i] == '-') && is_digit(p[i + 1])) i++;
    }
    *n_out = n < cap ? n : cap;
    return i;
}

/* Sizes of the chunks a run of n digits is read in: 11 (a mobile number) as 3-4-4, otherwise
 * fours with a short chunk of two or three in front, so no chunk is a lone digit. */
static size_t chunk_sizes(size_t n, size_t *sizes, size_t cap)
{
    size_t k = 0;
    if (n == 11 && cap >= 3) {
        sizes[0] = 3; sizes[1] = 4; sizes[2] = 4;
        return 3;
    }
    size_t r = n % 4;
    if (r == 1 && n >= 5) { sizes[k++] = 3; sizes[k++] = 2; n -= 5; }
    else if (r == 2 && n >= 6) { sizes[k++] = 3; sizes[k++] = 3; n -= 6; }
    else if (r) { sizes[k++] = r; n -= r; }
    while (n >= 4 && k < cap) { sizes[k++] = 4; n -= 4; }
    return k;
}

/* 1 if s starts with punctuation that already makes a pause. */
static int pauses(const char *s)
{
    static const char *const marks[] = { "，", "。", "、", "；", "：", ",", ".", ";", ":", " ", NULL };
    for (const char *const *m = marks; *m; m++)
        if (strncmp(s, *m, strlen(*m)) == 0) return 1;
    return 0;
}

static char *put(char *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(o, s, n);
    return o + n;
}

/* Writes the digits one by one in chunks; returns the new end of out. */
static char *spell(char *o, const char *digits, size_t n)
{
    size_t sizes[64], k = chunk_sizes(n, sizes, 64), at = 0;
    for (size_t c = 0; c < k; c++) {
        if (c > 0) o = put(o, "，");
        for (size_t j = 0; j < sizes[c] && at < n; j++) o = put(o, DIGIT[digits[at++] - '0']);
    }
    return o;
}

char *cs_dictation_speech(const char *value)
{
    size_t len = strlen(value);
    char *out = malloc(len * 6 + 8), *o = out;
    if (!out) return NULL;
    for (const char *p = value; *p;) {
        if (!is_digit(*p)) { *o++ = *p++; continue; }
        char digits[256];
        size_t n;
        size_t used = digit_run(p, digits, sizeof digits, &n);
        int room = n >= 3 && n <= 4 && strncmp(p + used, ROOM, strlen(ROOM)) == 0;
        if (n >= 5 || room) {
            if (o > out && !pauses(o - 1) && !(o - out >= 3 && pauses(o - 3))) o = put(o, "，");
            o = spell(o, digits, n);
            if (p[used] && !room && !pauses(p + used)) o = put(o, "，");
        } else {
            memcpy(o, p, used);
            o += used;
        }
        p += used;
    }
    *o = '\0';
    return out;
}

int cs_dictation_rate(int caller_rate)
{
    int r = caller_rate * 2 / 3;
    if (r > CS_DICTATION_RATE) r = CS_DICTATION_RATE;
    return r < 80 ? 80 : r;
}
