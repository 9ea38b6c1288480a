/* Look-alike pairs (see lookalike.h): both orders of every pair in one sorted array of
 * (a << 32 | b) keys, so a pair test is one binary search and a character's look-alikes are a run;
 * a bit per character of the Basic Multilingual Plane says whether it has any, so the matcher's
 * question about most characters of a reply (none) costs no search. */
#include "lookalike.h"
#include "text_norm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cs_lookalike {
    uint64_t *keys;
    uint32_t *other;   /* the b of each key, for cs_lookalike_of */
    size_t n;
    uint64_t paired[1024];   /* bit c: c (< 0x10000) is in some pair */
};

void cs_lookalike_free(cs_lookalike *la)
{
    if (!la) return;
    free(la->keys);
    free(la->other);
    free(la);
}

static int cmp_key(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

static int add_key(uint64_t **keys, size_t *n, size_t *cap, uint64_t key)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 1024;
        uint64_t *k = realloc(*keys, c * sizeof *k);
        if (!k) return -1;
        *keys = k;
        *cap = c;
    }
    (*keys)[(*n)++] = key;
    return 0;
}

/* "A B": two single characters; 0 on success, 1 for a comment or blank line, -1 when malformed. */
static int parse_pair(const char *line, uint32_t *a, uint32_t *b)
{
    if (line[0] == '#' || line[0] == '\n' || line[0] == '\0') return 1;
    const char *p = line;
    *a = cs_utf8_next(&p);
    if (*p != ' ') return -1;
    p++;
    *b = cs_utf8_next(&p);
    return (*p == '\n' || *p == '\0') && *a != *b && *a > 0x7F && *b > 0x7F ? 0 : -1;
}

static cs_lookalike *finish(uint64_t *keys, size_t n)
{
    if (n) qsort(keys, n, sizeof *keys, cmp_key);
    cs_lookalike *la = calloc(1, sizeof *la);
    uint32_t *other = malloc((n ? n : 1) * sizeof *other);
    if (!la || !other) { free(la); free(other); free(keys); return NULL; }
    for (size_t i = 0; i < n; i++) {
        other[i] = (uint32_t)keys[i];
        uint32_t a = (uint32_t)(keys[i] >> 32);
        if (a < 0x10000) la->paired[a >> 6] |= (uint64_t)1 << (a & 63);
    }
    la->keys = keys;
    la->other = other;
    la->n = n;
    return la;
}

cs_lookalike *cs_lookalike_load(const char *path, char *err, size_t errlen)
{
    if (err && errlen) err[0] = '\0';
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno != ENOENT && err && errlen) snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    uint64_t *keys = NULL;
    size_t n = 0, cap = 0;
    char line[256];
    int lineno = 0, bad = 0;
    while (!bad && fgets(line, sizeof line, f)) {
        lineno++;
        uint32_t a, b;
        int rc = parse_pair(line, &a, &b);
        if (rc < 0) bad = 1;
        else if (rc == 0 && (add_key(&keys, &n, &cap, (uint64_t)a << 32 | b) < 0 ||
                             add_key(&keys, &n, &cap, (uint64_t)b << 32 | a) < 0)) bad = 2;
    }
    fclose(f);
    cs_lookalike *la = bad ? NULL : finish(keys, n);
    if (!la) {
        if (bad) free(keys);
        if (err && errlen)
            snprintf(err, errlen, bad == 1 ? "%s:%d: not \"A B\" (two different characters; rerun tools/mklookalike.py)"
                                           : "%s:%d: out of memory", path, lineno);
    }
    return la;
}

/* Index of the first key >= key. */
static size_t lower_bound(const cs_lookalike *la, uint64_t key)
{
    size_t lo = 0, hi = la->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (la->keys[mid] < key) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* 0 when c surely has no look-alike. */
static int maybe_paired(const cs_lookalike *la, uint32_t c)
{
    return c >= 0x10000 || ((la->paired[c >> 6] >> (c & 63)) & 1);
}

int cs_lookalike_pair(const cs_lookalike *la, uint32_t a, uint32_t b)
{
    if (!la || a == b || !maybe_paired(la, a)) return 0;
    uint64_t key = (uint64_t)a << 32 | b;
    size_t i = lower_bound(la, key);
    return i < la->n && la->keys[i] == key;
}

const uint32_t *cs_lookalike_of(const cs_lookalike *la, uint32_t c, size_t *n)
{
    *n = 0;
    if (!la || !maybe_paired(la, c)) return NULL;
    size_t i = lower_bound(la, (uint64_t)c << 32), j = i;
    while (j < la->n && (uint32_t)(la->keys[j] >> 32) == c) j++;
    *n = j - i;
    return j > i ? la->other + i : NULL;
}
