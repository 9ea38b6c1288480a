/* fix15u: a denial or a report of an insult that the words after it take back again (words.h, block fix15u).
 *
 * 没人说您X / 不是您X / 我没说您X / 有人说您X clear the word X (cs_words_fault_denied, cs_words_denied_speech,
 * cs_words_reported, phrase_match.c's denied): a reassurance, or someone else's words. The next clause can undo
 * that: it says X again as the agent's own verdict (不是您X，是X到家了), or approves it (大家心里都有数, 是您自己
 * 认的, 您自己对号入座, 我看说得挺在理). Then the agent says X to the caller, the insult 贵阳 T-GSOCCIA 001—2020
 * §二(二) 2.1 and §二(四) 4.2 fail the call for; a denial followed by help or by the real cause stays clean. */
#include "words.h"

#include <string.h>

/* The rest of word i's clause after it, then the whole next clause, spelled into buf (cs_words_spell). */
static int sequel(const cs_words *w, size_t i, char *buf, size_t cap)
{
    size_t c = w->v[i].clause, len = 0;
    buf[0] = '\0';
    for (size_t k = i + 1; k < w->n && w->v[k].clause <= c + 1; k++) {
        size_t n = strlen(w->v[k].w);
        if (len + n + 1 > cap) return 0;
        memcpy(buf + len, w->v[k].w, n);
        len += n;
    }
    buf[len] = '\0';
    return len > 0;
}

/* Is the match at `at` in text negated right before it (不清楚, 没承认, 说得不对 holds no 说得对)? */
static int negated_before(const char *text, const char *at)
{
    return at >= text + 3 && (strncmp(at - 3, "不", 3) == 0 || strncmp(at - 3, "没", 3) == 0);
}

/* The agent approving what was denied or reported: the caller is said to know or admit it (心里都清楚,
 * 自己承认的, 对号入座), it is declared right (说得挺对, 说的一点没错, 在理), or it is handed back as a question
 * (您自己觉得呢). Said of the denied word, not of a cause (说明书确实写得不清楚 approves nothing). */
static int approved(const char *text)
{
    static const char *const stems[] = {
        /* the caller knows it, or owns it */
        "心里都清楚", "心里清楚", "心里都有数", "心里有数", "心知肚明", "心里都明白", "心里明白", "自己承认", "自己也承认",
        "自己都承认", "自己认的", "自己都认", "对号入座", "自己心里有数",
        /* handed back as a question */
        "自己觉得呢", "您觉得呢", "你觉得呢", "您说呢", "你说呢", "自己说呢",
        NULL };
    for (size_t m = 0; stems[m]; m++) {
        const char *at = strstr(text, stems[m]);
        if (at && !negated_before(text, at)) return 1;
    }
    /* 说得(挺 / 很 / 真 / 一点)对 / 没错 / 在理: the words declared right, whatever degree stands between */
    static const char *const said[] = { "说得", "说的", "讲得", "讲的", NULL };
    static const char *const right[] = { "对", "没错", "在理", "有道理", "不假", NULL };
    static const char *const degree[] = { "挺", "很", "真", "太", "可", "也", "一点", "1点", "确实", "完全", "都", NULL };
    for (size_t m = 0; said[m]; m++)
        for (const char *at = strstr(text, said[m]); at; at = strstr(at + 1, said[m])) {
            /* 您说的没错: the caller agreed with, not the words denied or reported */
            if (at >= text + 3 && (strncmp(at - 3, "您", 3) == 0 || strncmp(at - 3, "你", 3) == 0)) continue;
            const char *p = at + strlen(said[m]);
            for (int steps = 0; steps < 3; steps++) {
                size_t d = 0;
                for (size_t k = 0; degree[k] && !d; k++)
                    if (strncmp(p, degree[k], strlen(degree[k])) == 0) d = strlen(degree[k]);
                if (!d) break;
                p += d;
            }
            for (size_t k = 0; right[k]; k++)
                if (strncmp(p, right[k], strlen(right[k])) == 0) return 1;
        }
    return 0;
}

/* The denied word said again as a verdict: 是 / 就是 / 而是 / 简直 / 真是 (and a degree) right before it
 * (不是您X，是X到家了 / 简直X透了), and not as the subject of a cause (X的是这个系统). */
static int restated(const char *text, const char *x)
{
    static const char *const verdict[] = { "而是", "就是", "简直是", "简直", "真是", "实在是", "是", NULL };
    static const char *const degree[] = { "真", "太", "很", "特别", "挺", "有点", "够", NULL };
    size_t xl = strlen(x);
    for (size_t m = 0; verdict[m]; m++)
        for (const char *at = strstr(text, verdict[m]); at; at = strstr(at + 1, verdict[m])) {
            const char *p = at + strlen(verdict[m]);
            for (size_t k = 0; degree[k]; k++)
                if (strncmp(p, degree[k], strlen(degree[k])) == 0) {
                    p += strlen(degree[k]);
                    break;
                }
            if (strncmp(p, x, xl) == 0 && strncmp(p + xl, "的", 3) != 0) return 1;
        }
    return 0;
}

int cs_words_denial_undone(const cs_words *w, size_t i)
{
    char text[512];
    if (!w || i >= w->n || !sequel(w, i, text, sizeof text)) return 0;
    return approved(text) || restated(text, w->v[i].w);
}
