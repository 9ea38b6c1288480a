/* How the standard reads a reply's fillers (这个这个, 那啥, 就是说 …): 呼叫服务员职业标准(试行)
 * 五级 三(一)2 asks for 不用禁忌语及口头禅. A 口头禅 is a habit: fillers said
 * through the speech, a string of them, or one said over and over. One hesitation in an otherwise
 * complete reply is a slip of speech, no 禁忌语, and the standard phrase it sits in still counts
 * (its confidence a little lower). The one judgement, for the tone rule that names a 口头禅
 * (tone_dismiss.c verbal_tic) and for the phrase matcher and the tone model (phrase_match.c). */
#ifndef CALLSIM_TONE_FILLER_H
#define CALLSIM_TONE_FILLER_H

#include "words.h"

#include <stddef.h>

typedef enum { CS_FILLER_NONE, CS_FILLER_SLIP, CS_FILLER_HABIT } cs_filler_kind;

typedef struct {
    cs_filler_kind kind;
    size_t first, last;   /* HABIT: the words from the first filler of the habit to the filler that made it one */
    size_t key;           /* HABIT: the first word of that filler */
} cs_filler_read;

/* Reads the fillers of w. mask (w->n bytes, or NULL) gets 1 on every word of a filler that is no
 * word of the sentence (那啥, 就是说, a doubled 这个这个), whatever the verdict. */
cs_filler_read cs_words_fillers(const cs_words *w, unsigned char *mask);

/* Reads the fillers of w once, into w->fillers (cs_words_build does), so that cs_words_fillers and the tone
 * rules answer from it: the same reading, not worked out again. Left NULL when out of memory. */
void cs_words_keep_fillers(cs_words *w);

#endif
