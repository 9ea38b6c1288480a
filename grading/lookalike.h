/* Look-alike characters, for the slips of handwriting input (己经 written for 已经, 周未 for 周末,
 * 稍侯 for 稍候, 拔打 for 拨打): a tablet's recogniser offers a character shaped like the one
 * written. The pairs are assets/lookalike.txt, derived by tools/mklookalike.py from Unicode's
 * Unihan (kFourCornerCode) and Rime's stroke dictionary (Debian unicode-data, rime-data-stroke):
 * the same Four-Corner code and stroke sequences at most one stroke apart; and the slips of 五笔 input
 * (埋解 for 理解: a root typed on its neighbour key of the same zone; Debian rime-data-wubi). Read-only after loading:
 * any number of threads may query it. */
#ifndef CALLSIM_LOOKALIKE_H
#define CALLSIM_LOOKALIKE_H

#include <stddef.h>
#include <stdint.h>

typedef struct cs_lookalike cs_lookalike;

/* Loads path ("A B" a line, # comments). NULL with a one-line "path:line: what" in err; a missing
 * file is no error: *err is then left empty and NULL returned (assets without the file). */
cs_lookalike *cs_lookalike_load(const char *path, char *err, size_t errlen);
void cs_lookalike_free(cs_lookalike *la);

/* 1 when a and b are different characters that look alike (either order). la may be NULL. */
int cs_lookalike_pair(const cs_lookalike *la, uint32_t a, uint32_t b);
/* The characters that look like c, in code point order; their count in *n (0 and NULL if none). */
const uint32_t *cs_lookalike_of(const cs_lookalike *la, uint32_t c, size_t *n);

#endif
