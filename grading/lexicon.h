/* Words, not substrings: a word dictionary and jieba's segmentation algorithm (a DAG of the
 * dictionary words found at each position, then the path of maximum summed log-probability,
 * computed right to left; a character no word covers stands alone). The dictionary is jieba's own
 * (Debian python3-jieba, dict.txt: "word freq pos" per line), read once at bank load. Read-only
 * after loading: any number of threads may segment at once. */
#ifndef CALLSIM_LEXICON_H
#define CALLSIM_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* Where Debian puts jieba's dictionary; the Makefile may override it (JIEBA_DICT=...). */
#ifndef CS_JIEBA_DICT
#define CS_JIEBA_DICT "/usr/lib/python3/dist-packages/jieba/dict.txt"
#endif

/* The longest word considered, in code points (jieba's dictionary has a few longer idioms). */
#define CS_LEX_MAX_WORD 12

typedef struct cs_lexicon cs_lexicon;

/* Loads a jieba-format dictionary. NULL with a one-line "path:line: what (what to do)" in err. */
cs_lexicon *cs_lexicon_load(const char *path, char *err, size_t errlen);
void cs_lexicon_free(cs_lexicon *lx);
/* Number of words loaded. */
size_t cs_lexicon_size(const cs_lexicon *lx);

/* Frequency of the word w[0..n) (code points), 0 when it is not a dictionary word. */
uint32_t cs_lexicon_freq(const cs_lexicon *lx, const uint32_t *w, size_t n);

/* Segments t[0..n): starts[i] = 1 where a word begins, 0 inside a word (starts has n bytes).
 * A run of ASCII letters or digits is one word; code points above U+10FFFF (clause breaks of
 * text_norm.h) are one-code-point words. Returns 0, or -1 when out of memory (starts then marks
 * every position, i.e. characters). */
int cs_lexicon_segment(const cs_lexicon *lx, const uint32_t *t, size_t n, unsigned char *starts);

#endif
