/* Filling in a standard phrase's template (see phrase_example.h). */
#include "phrase_example.h"

#include <string.h>

typedef struct { const char *from, *to; } swap;

/* Longest first: XX先生/女士 before 先生/女士, 号码是 XXX before XXX. */
static const swap SWAPS[] = {
    { "XX先生/女士", "王先生" }, { "先生/女士", "先生" }, { "他/她", "他" },
    { "XX号", "8号" }, { "XX公司", "东方有线公司" },
    { "号码是 XXX ", "号码是13912345678" }, { "号码是XXX", "号码是13912345678" },
    { "XXX", "客服热线" }, { "XX", "王" },
};

/* Marks that end an alternative of "A/B/C" (the alternatives after the first are dropped). */
static int ends_alternative(const char *p)
{
    static const char *const marks[] = { "，", "。", "！", "？", "、", ",", ".", "!", "?", NULL };
    for (const char *const *m = marks; *m; m++)
        if (strncmp(p, *m, strlen(*m)) == 0) return 1;
    return *p == '\0';
}

typedef struct { char *out; size_t n, len; } sink;

static void put(sink *s, const char *p, size_t k)
{
    for (size_t i = 0; i < k; i++, s->len++)
        if (s->len + 1 < s->n) s->out[s->len] = p[i];
}

size_t cs_phrase_example(const char *standard, char *out, size_t n)
{
    sink s = { out, n, 0 };
    const char *p = standard;
    while (*p) {
        size_t i, k = 0;
        for (i = 0; i < sizeof SWAPS / sizeof SWAPS[0]; i++)
            if (strncmp(p, SWAPS[i].from, (k = strlen(SWAPS[i].from))) == 0) break;
        if (i < sizeof SWAPS / sizeof SWAPS[0]) {
            put(&s, SWAPS[i].to, strlen(SWAPS[i].to));
            p += k;
        } else if (strncmp(p, "（", 3) == 0 && strstr(p, "）")) {  /* （停顿1秒）: said by nobody */
            p = strstr(p, "）") + 3;
        } else if (*p == '/') {                                    /* 感谢您的来电/祝您愉快 → the first */
            while (!ends_alternative(p)) p++;
        } else {
            put(&s, p, 1);
            p++;
        }
    }
    if (n) out[s.len < n ? s.len : n - 1] = '\0';
    return s.len;
}
