/* Typing speed and accuracy of recorded information (see typing.h). Accuracy compares what was
 * dictated with what was typed as the examiner would: width and spacing are input-method noise,
 * every other code point (punctuation included) counts. */
#include "typing.h"
#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

static int is_space(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

double cs_typing_cpm(const char *text, int64_t ms)
{
    if (!text || ms <= 0) return 0.0;
    size_t n = 0;
    while (*text) {
        if (!is_space(cs_utf8_next(&text))) n++;
    }
    return (double)n * 60000.0 / (double)ms;
}

/* Code points with full-width ASCII folded and spaces dropped; count in *n, NULL on OOM. */
static uint32_t *fold(const char *s, size_t *n)
{
    uint32_t *buf = malloc((strlen(s) + 1) * sizeof *buf);
    if (!buf) return NULL;
    size_t k = 0;
    while (*s) {
        uint32_t c = cs_utf8_next(&s);
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        if (!is_space(c)) buf[k++] = c;
    }
    *n = k;
    return buf;
}

/* Levenshtein distance with one row; (size_t)-1 on OOM. */
static size_t edit_distance(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    size_t *row = malloc((nb + 1) * sizeof *row);
    if (!row) return (size_t)-1;
    for (size_t j = 0; j <= nb; j++) row[j] = j;
    for (size_t i = 1; i <= na; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= nb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    size_t d = row[nb];
    free(row);
    return d;
}

double cs_typing_accuracy(const char *reference, const char *typed)
{
    size_t nr = 0, nt = 0;
    uint32_t *r = fold(reference ? reference : "", &nr);
    uint32_t *t = fold(typed ? typed : "", &nt);
    double acc = 0.0;
    if (!r || !t) goto done;
    if (nr == 0) { acc = nt == 0 ? 1.0 : 0.0; goto done; }
    size_t d = edit_distance(r, nr, t, nt);
    if (d == (size_t)-1) goto done;
    acc = 1.0 - (double)d / (double)nr;
    if (acc < 0.0) acc = 0.0;
done:
    free(r);
    free(t);
    return acc;
}
