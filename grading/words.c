/* Word view of a reply (see words.h). */
#include "words.h"
#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

void cs_words_free(cs_words *w)
{
    free(w->v);
    free(w->question);
    memset(w, 0, sizeof *w);
}

int cs_word_in(const char *word, const char *const *list)
{
    /* the first two bytes reject almost every entry without a call (hot in the tone rules) */
    for (; *list; list++)
        if ((*list)[0] == word[0] && (*list)[1] == word[1] && strcmp(word, *list) == 0) return 1;
    return 0;
}

static void spell(const uint32_t *t, size_t s, size_t e, char *out)
{
    size_t k = 0;
    for (size_t i = s; i < e; i++) {
        char b[4];
        size_t len = cs_utf8_put(t[i], b);
        if (k + len >= CS_WORD_BYTES) break;
        memcpy(out + k, b, len);
        k += len;
    }
    out[k] = '\0';
}

/* A clause ending in one of these (with no question mark typed) still asks something. */
static int question_particle(const char *w)
{
    static const char *const q[] = { "吗", "么", "呢", NULL };
    return cs_word_in(w, q);
}

int cs_words_build(const uint32_t *t, size_t n, const unsigned char *starts, cs_words *out)
{
    memset(out, 0, sizeof *out);
    out->v = malloc((n + 1) * sizeof *out->v);
    out->question = calloc(n + 2, 1);
    if (!out->v || !out->question) { cs_words_free(out); return -1; }
    size_t clause = 0;
    for (size_t i = 0; i < n;) {
        if (cs_is_break(t[i])) {
            if (t[i] == CS_NORM_QBREAK) out->question[clause] = 1;
            if (out->n && out->v[out->n - 1].clause == clause) clause++;
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && !starts[j] && !cs_is_break(t[j])) j++;
        cs_word *w = &out->v[out->n++];
        w->s = i;
        w->e = j;
        w->clause = clause;
        spell(t, i, j, w->w);
        i = j;
    }
    out->n_clauses = out->n ? out->v[out->n - 1].clause + 1 : 0;
    for (size_t i = 0; i < out->n; i++) {
        int last_of_clause = i + 1 == out->n || out->v[i + 1].clause != out->v[i].clause;
        if (last_of_clause && question_particle(out->v[i].w)) out->question[out->v[i].clause] = 1;
    }
    return 0;
}
