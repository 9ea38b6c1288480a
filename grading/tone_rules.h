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
                         * "belittle" */
    const char *label;  /* Chinese name of the fault, for the trainee (static) */
    size_t first, last; /* the deciding words: v[first..last] of the cs_words scanned */
    int insult;         /* an attack on the caller's mind, body or worth ("belittle"): fails the call */
} cs_tone_hit;

/* Scans words; a hit whose key word lies in a protected span (protect[code point] = 1: a required
 * part of a matched standard phrase, where the phrase wins) is not reported. protect may be NULL.
 * Returns the number of hits written (at most max). */
size_t cs_tone_scan(const cs_words *w, const unsigned char *protect, cs_tone_hit *hits, size_t max);

#endif
