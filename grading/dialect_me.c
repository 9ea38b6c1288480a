/* 俺 and 额 read as 我 where they are the agent (see dialect_me.h). */
#include "dialect_me.h"
#include "dialect_you.h"
#include "text_norm.h"

#include <stdint.h>

#define AN 0x4FFAu   /* 俺 */
#define E 0x989Du    /* 额 */

/* What may follow 额 as the subject of its clause: 们 (额们), a copula, a demonstrative, an adverb or a verb
 * (额是, 额这, 额真, 额也, 额看, 额给). Never 度 / 外 / 滴 (额度, 额外, the exclamation 额滴神) nor a break (the filler). */
static int subject_next(uint32_t c)
{
    const char *next = "们是这真笨就也又还都刚先再马给帮跟和替听看说想记查去来不没会能要把已太瓜";
    while (*next)
        if (cs_utf8_next(&next) == c) return 1;
    return 0;
}

/* Is c, with the text q after it, the agent: 俺 anywhere, 额 opening its clause with a subject's word next? */
static int agent_at(uint32_t c, const char *q, int opens)
{
    if (c == AN) return 1;
    if (c != E || !opens || !*q) return 0;
    return subject_next(cs_utf8_next(&q));
}

int cs_dialect_me_read(const char *utf8, char **out)
{
    return cs_dialect_replace(utf8, agent_at, "我", out);   /* 俺, 额 and 我 are all three bytes */
}
