/* A reply that announces or threatens the end of the call (see ends_call.h). A silent line's
 * protocol ends the call with its own close (贵阳 T-GSOCCIA 001—2020 §二(三) 4); a trainee who says
 * 再不说话我就挂了 instead threatens the caller, which §二(三) 6 (注意通话语气和态度) forbids. Whether a
 * clause threatens is a language judgement, so it lives here and not in the scenario. */
#include "ends_call.h"

#include "reply_query.h"
#include "text_norm.h"

/* The hang-up said by the agent: the verb with its completion (挂了, 挂断) or its adverb (先挂, 就挂) */
static const char *const END_VERBS[] = { "挂了", "挂啦", "挂咯", "挂喽", "挂掉", "挂机", "挂电话", "挂断", "挂线",
                                         "收线", "先挂", "就挂", "结束通话", "结束这通电话", NULL };
/* After the verb: a time frame (挂机前请确认) or another sense of 挂 (挂了号, 挂了失) */
static const char *const NOT_AFTER[] = { "前", "之前", "以前", "后", "之后", "以后", "号", "失", NULL };

/* What the nearest word before the verb, in its clause, says about it */
enum before { B_THREAT, B_NOT };

/* The word of list that starts at t[i] within [i, b); its length, 0 when none */
static size_t word_at(const uint32_t *t, size_t i, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++) {
        const char *p = list[k];
        size_t j = i;
        int same = 1;
        while (same && *p) same = j < b && t[j++] == cs_utf8_next(&p);
        if (same && j > i) return j - i;
    }
    return 0;
}

static int one_of(uint32_t c, const char *chars)
{
    const char *p = chars;
    while (*p) if (cs_utf8_next(&p) == c) return 1;
    return 0;
}

/* Read back from the verb at t[v] to the clause start a: a consequence word (就, 那) or the agent (我)
 * ends the reading and leaves the threat; a negation (不会, 不要, 别), the passive 被, the caller
 * (您, 你) or a request to the caller (请) make the verb no threat of the agent's. */
static enum before read_back(const uint32_t *t, size_t a, size_t v)
{
    for (size_t j = v; j > a; j--) {
        uint32_t c = t[j - 1];
        if (one_of(c, "就那才便我咱")) return B_THREAT;
        if (one_of(c, "不没别勿莫甭被您你请")) return B_NOT;
    }
    return B_THREAT;
}

/* Clause t[a..b), ended by t[b] (or b == n), is a question: a question mark or a final 吗/呢/么 */
static int clause_asks(const uint32_t *t, size_t a, size_t b, size_t n)
{
    if (b < n && t[b] == CS_NORM_QBREAK) return 1;
    return b > a && one_of(t[b - 1], "吗呢么");
}

/* A cs_reply_clause_fn: does clause t[a..b) announce or threaten the end of the call? */
static int clause_ends_call(const uint32_t *t, size_t a, size_t b, size_t n, void *ctx)
{
    (void)ctx;
    if (clause_asks(t, a, b, n)) return 0;
    for (size_t i = a; i < b; i++) {
        size_t len = word_at(t, i, b, END_VERBS);
        if (!len || word_at(t, i + len, b, NOT_AFTER)) continue;
        if (read_back(t, a, i) == B_THREAT) return 1;
    }
    return 0;
}

int cs_reply_ends_call(const cs_phrase_bank *bank, const char *text)
{
    return cs_reply_walk_clauses(bank, text, clause_ends_call, NULL);
}
