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

/* Compact files tried first, ':'-separated (the Makefile sets build/lexicon.bin and the installed
 * share/callsim/lexicon.bin); the text dictionary is the fallback. */
#ifndef CS_LEXICON_BINS
#define CS_LEXICON_BINS ""
#endif

/* The longest word considered, in code points (jieba's dictionary has a few longer idioms). */
#define CS_LEX_MAX_WORD 12

typedef struct cs_lexicon cs_lexicon;

/* Loads a jieba-format dictionary. NULL with a one-line "path:line: what (what to do)" in err. */
cs_lexicon *cs_lexicon_load(const char *path, char *err, size_t errlen);

/* The compact form: the loaded table written as is (cs_lexicon_save, run at build time by
 * tools/mklexicon.c into build/lexicon.bin, installed to share/callsim/), mapped read-only by
 * cs_lexicon_open in ~1 ms instead of parsing the 5 MB text (~80 ms). It records the size and
 * modification time of the text it came from; when that text has changed since, it is stale. */
int cs_lexicon_save(const cs_lexicon *lx, const char *dict_path, const char *out_path, char *err, size_t errlen);
/* The first usable compact file of the ':'-separated list bins (stale or missing ones are
 * skipped), else the text dictionary dict_path. */
cs_lexicon *cs_lexicon_open(const char *bins, const char *dict_path, char *err, size_t errlen);
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
