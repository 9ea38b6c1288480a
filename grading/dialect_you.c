/* 恁 (Henan, Shandong) and 汝 (Min) read as 您 where they are the caller (see dialect_you.h). */
#include "dialect_you.h"
#include "text_norm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NEN 0x6041u   /* 恁 */
#define RU 0x6C5Du    /* 汝 */

/* What may follow the pronoun as the subject of its clause: a copula, a question adverb, an adverb or a
 * verb (恁是, 恁咋, 恁还, 恁别, 汝个 — Min's 汝个 + a name is "you …"). Never an adjective or a measure word:
 * 恁大, 恁多, 恁高, 恁么 are "so", and 汝州, 汝南 places. */
static int subject_next(uint32_t pron, uint32_t c)
{
    const char *verb = pron == RU ? "咋是还就别又也都要会能可不没说听看怎到先去来给自瞎老总个无"
                                  : "咋是还就别又也都要会能可不没说听看怎到先去来给自瞎老总";
    while (*verb)
        if (cs_utf8_next(&verb) == c) return 1;
    return 0;
}

/* Does a clause open after c: punctuation or a space, ASCII or full-width (，。！？、；：…—“”) (dialect_you.h) */
int cs_dialect_opens_after(uint32_t c)
{
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return (c >= 0x2010 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

/* Is c, with the text q after it, 恁 or 汝 as the caller: it opens its clause and a subject's word follows? */
static int caller_at(uint32_t c, const char *q, int opens)
{
    if ((c != NEN && c != RU) || !opens || !*q) return 0;
    return subject_next(c, cs_utf8_next(&q));
}

int cs_dialect_replace(const char *utf8, cs_dialect_pronoun_fn is_pronoun, const char *reading, char **out)
{
    *out = NULL;
    char *copy = NULL;
    int opens = 1;   /* the reply's start opens a clause, as a break does */
    for (const char *p = utf8; *p;) {
        size_t at = (size_t)(p - utf8);
        uint32_t c = cs_utf8_next(&p);
        if (is_pronoun(c, p, opens)) {
            if (!copy && !(copy = strdup(utf8))) return -1;
            memcpy(copy + at, reading, 3);
        }
        opens = cs_dialect_opens_after(c);
    }
    *out = copy;
    return copy != NULL;
}

int cs_dialect_you_read(const char *utf8, char **out)
{
    return cs_dialect_replace(utf8, caller_at, "您", out);   /* 恁, 汝 and 您 are all three bytes */
}
