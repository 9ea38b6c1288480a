/* Tone in English replies: the english_caller scenario lets a trainee answer in English, and the
 * standard's 禁忌语 (呼叫服务员职业标准(试行) 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020
 * §二(三) 6 注意通话语气和态度) hold in any language: impatience (you're wasting my time), 推诿
 * (not my problem), dismissal (whatever), rhetorical questions at the caller (are you deaf?) and
 * insults (idiot, shut up), which fail the call.
 *
 * The reply's Latin text is cut into lower-case words (apostrophes dropped: don't -> dont) and
 * sentences; a rule is a run of whole words, so "closer" holds no "loser" and "this bill" no "sb".
 * Every hit names the words that decided it. */
#ifndef CALLSIM_TONE_ENGLISH_H
#define CALLSIM_TONE_ENGLISH_H

#include <stddef.h>

#define CS_EN_WORDS_BYTES 32   /* no more than CS_MATCH_WORD_BYTES */

typedef struct {
    const char *rule;    /* "insult", "impatient", "dismissive", "blame", "rhetorical" (static) */
    const char *label;   /* Chinese name of the fault, for the trainee (static) */
    int insult;          /* an insult or retaliation: fails the call */
    char words[CS_EN_WORDS_BYTES];   /* the deciding words as written in the rule ("not my problem") */
} cs_english_hit;

/* Scans the English words of text (UTF-8; anything not a Latin letter separates words; . ! ? ;
 * and CJK punctuation end a sentence). Returns the number of hits written (at most max), the
 * first rule of each kind that fires. */
size_t cs_tone_english(const char *text, cs_english_hit *hits, size_t max);

#endif
