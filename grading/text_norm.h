/* UTF-8 text normalisation for matching: full-width → half-width, punctuation and spaces removed,
 * Latin folded to lower case, Chinese numerals and digits kept comparable. Invalid UTF-8 never
 * crashes: each bad byte becomes U+FFFD. */
#ifndef CALLSIM_TEXT_NORM_H
#define CALLSIM_TEXT_NORM_H

#include <stddef.h>
#include <stdint.h>

/* Bytes of the well-formed UTF-8 sequence at s (reading at most avail bytes; a NUL stops a
 * truncated one), 0 if it is malformed: overlongs, surrogates and code points above U+10FFFF. */
size_t cs_utf8_seq(const char *s, size_t avail);
/* 1 if s[0..len) is well-formed UTF-8 (no overlongs, no surrogates). */
int cs_utf8_valid(const char *s, size_t len);
/* Number of code points (a bad byte counts as one). */
size_t cs_utf8_len(const char *s);
/* Decodes one code point at *p, advances *p; bad byte → 0xFFFD, advancing 1 byte. */
uint32_t cs_utf8_next(const char **p);
/* Appends cp as UTF-8 to buf (needs 4 bytes); returns bytes written. */
size_t cs_utf8_put(uint32_t cp, char *buf);

/* Normalised copy (malloc'd, caller frees) for matching; NULL only when out of memory. */
char *cs_normalize(const char *s);
/* The same, as code points: *out malloc'd, returns count; (size_t)-1 on out of memory. */
size_t cs_normalize_cps(const char *s, uint32_t **out);

/* Marks a clause boundary in cs_normalize_clauses output; above U+10FFFF, so it equals no text. */
#define CS_NORM_BREAK 0x110000u
/* As cs_normalize_cps, but each run of punctuation becomes one CS_NORM_BREAK (spaces are still
 * dropped): a keyword must not match across a comma (处理，解决 holds no 理解). */
size_t cs_normalize_clauses(const char *s, uint32_t **out);

/* Marks a clause boundary whose punctuation holds a question mark (? or ？): sentence type for the
 * tone rules (a question aimed at the caller's hearing). Above U+10FFFF like CS_NORM_BREAK. */
#define CS_NORM_QBREAK 0x110010u
/* As cs_normalize_clauses, but a punctuation run holding ? or ？ becomes CS_NORM_QBREAK, and a
 * question mark at the end is kept (as CS_NORM_QBREAK) so the last clause's type is known. */
size_t cs_normalize_marked(const char *s, uint32_t **out);
/* 1 for CS_NORM_BREAK and CS_NORM_QBREAK. */
int cs_is_break(uint32_t c);
/* 1 for a Han character of CJK Unified Ideographs and Extension A (U+3400–U+9FFF): the one reading of "is a Han
 * character" the phrase bank, the matcher and the scenario checks share (no Hangul, Yi or emoji). */
int cs_is_han(uint32_t c);
/* One code point as the normal form holds it (八 → '8', Ａ → 'a'), 0 where the normal form drops it
 * (spaces, punctuation): a word written by hand is compared with a normalised reply so (calls33). */
uint32_t cs_normalize_cp(uint32_t c);

#endif
