/* The second person of Henan/Shandong (恁) and Min (汝) read as 您 before anything else reads the reply
 * (han_convert.c, after the Cantonese reading): a desk speaks its own way (贵阳 T-GSOCCIA 001—2020 §二(二)
 * 2.20), and a rude word at 恁 or 汝 is aimed at the caller as at 你 (恁咋恁笨嘞, 汝个戆猪: §二(三)6). 恁 is
 * also "so, that" (恁大的雨, 恁多人, 咋恁笨), so only one opening its clause with a verb, copula or adverb
 * right after it (恁是, 恁咋, 恁别, 恁还) is the caller; 汝 likewise, which keeps 汝州 / 汝南 (places). The
 * reading is 您, not 你: 恁 is the polite Henan address, and the phrase bank counts 您 as courtesy. */
#ifndef CALLSIM_DIALECT_YOU_H
#define CALLSIM_DIALECT_YOU_H

#include <stdint.h>

/* 1 with *out the reading (malloc'd, caller frees) when utf8 holds such a 恁 / 汝, 0 with *out NULL when
 * not, -1 when out of memory. utf8 must be well-formed UTF-8. */
int cs_dialect_you_read(const char *utf8, char **out);

/* Whether a clause opens after code point c (punctuation or a space, ASCII or full-width): the dialect readers
 * (this one, dialect_me.h) take a pronoun only where it opens its clause. */
int cs_dialect_opens_after(uint32_t c);

/* Is code point c, with the text after it, a pronoun to read, where opens says whether a clause opens at c? */
typedef int (*cs_dialect_pronoun_fn)(uint32_t c, const char *after, int opens);

/* The replacement both dialect readers share: utf8 with every three-byte pronoun that is_pronoun takes replaced by
 * reading (three bytes too, so the text keeps its length); returns and *out as cs_dialect_you_read. */
int cs_dialect_replace(const char *utf8, cs_dialect_pronoun_fn is_pronoun, const char *reading, char **out);

#endif
