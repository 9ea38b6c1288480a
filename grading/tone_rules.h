/* Tone: rudeness a reply adds around (or instead of) a standard phrase — rhetorical questions at the
 * caller's hearing or understanding, blame-shifting, dismissal, impatience, sarcasm (贵阳
 * T-GSOCCIA 001—2020 §二(三) 6 注意通话语气和态度; 呼叫服务员职业标准(试行) 三(一)2 不用禁忌语).
 * Rules are written over words (words.h): who is aimed at (你 and 您 alike), negation, and the
 * sentence type, so "您听清楚了吗" (a check) passes and "你没听清楚吗" (a rhetorical question)
 * does not. Every hit names its rule and the words that decided it. */
#ifndef CALLSIM_TONE_RULES_H
#define CALLSIM_TONE_RULES_H

#include <stddef.h>
#include "words.h"

typedef struct {
    const char *rule;   /* "rhetorical", "blame", "dismissive", "impatient", "sarcasm", "lecture",
                         * "belittle", "threat" */
    const char *label;  /* Chinese name of the fault, for the trainee (static) */
    size_t first, last; /* the deciding words: v[first..last] of the cs_words scanned */
    int insult;         /* an attack on the caller's mind, body or worth ("belittle") or a threat ("threat"): fails the call */
} cs_tone_hit;

/* The label of a condescending hit (说了你也不懂, 这都不知道？, 您是第一次用手机吗): a 禁忌语 that the
 * rule has judged no insult (tests/data/eval/README.md "How a label is decided"), so no statistical
 * bar may make it one (phrase_match.c insult_model_over_rule). */
extern const char CS_TONE_CONDESCENDED[];

/* Scans words; a hit whose key word lies in a protected span (protect[code point] = 1: a required
 * part of a matched standard phrase, where the phrase wins) is not reported. protect may be NULL.
 * Returns the number of hits written (at most max). */
size_t cs_tone_scan(const cs_words *w, const unsigned char *protect, cs_tone_hit *hits, size_t max);

/* What the rules' word lists look like, worked out once (the first character of every entry of
 * every list the rules name), so a scan asks "is a word of this reply in the list?" without
 * reading the list. Read-only after cs_tone_index_new: any thread may share one. */
typedef struct cs_tone_index cs_tone_index;
cs_tone_index *cs_tone_index_new(void);   /* NULL when out of memory */
void cs_tone_index_free(cs_tone_index *ix);
/* cs_tone_scan with an index (NULL: as cs_tone_scan); the same hits either way. */
size_t cs_tone_scan_indexed(const cs_tone_index *ix, const cs_words *w, const unsigned char *protect,
                            cs_tone_hit *hits, size_t max);

/* taboo30: innocent readings the tone model misses (grading/tone_taboo30.c, read with the rules' stem lists). */
/* 1 when the reply advises the caller on using the service (可以 / 建议您 … a feature: App, 小程序, 提醒, 预约 … and
 * a gain: 就不会错过, 更方便) and faults them nowhere (错, 怎么, 自己, 注意, 又, 早说 …): a tip, not a lecture. */
int cs_words_service_tip(const cs_words *w);
/* taboo31: the tip's words [*first, *last] (from 可以 … to the end of the gain's clause, or to the gain itself when
 * the rest of that clause is about our side: 就不用来烦我们了), 1 when the reply holds a tip, else 0. The tone model
 * reads the reply without them, not nothing: 你可以下载App，就不用来烦我们了，真是的 keeps its jab. */
int cs_words_service_tip_span(const cs_words *w, size_t *first, size_t *last);
/* 1 when the reply thanks the caller for praise or support (谢谢 … 好评 / 夸奖 / 鼓励) with a praise meme (绝绝子,
 * yyds, 太暖了) and faults them nowhere: sincere thanks in slang. */
int cs_words_slang_thanks(const cs_words *w);

#endif
