/* Is a trainee's typed reply the standard phrase of a category? Matches on the parts that make the
 * phrase (greeting, self-introduction, offer of help; apology + reason + promise ...), tolerant of
 * punctuation, width, spaces, 先生/女士, job numbers and company names; says which part is missing and
 * which forbidden expressions (禁忌语/口头禅) the text holds. Pure functions over a loaded bank. */
#ifndef CALLSIM_PHRASE_MATCH_H
#define CALLSIM_PHRASE_MATCH_H

#include <stddef.h>
#include "phrase_bank.h"

#define CS_MATCH_MAX_MISSING 8
#define CS_MATCH_MAX_TABOO 8

typedef struct {
    int match;                 /* 1: the text is that standard phrase */
    const char *phrase;        /* id of the nearest standard phrase (owned by the bank) */
    const char *clause;        /* clause of the category (owned by the bank) */
    double similarity;         /* 0..1 */
    size_t n_missing;
    const char *missing[CS_MATCH_MAX_MISSING]; /* names of absent required parts (owned by bank) */
    size_t n_taboo;
    const char *taboo[CS_MATCH_MAX_TABOO];     /* forbidden expressions found (owned by bank) */
    int insult;                /* a taboo hit insults the caller: fails the call */
} cs_match;

/* Returns 0, or -1 when category is unknown (out is then zeroed). text must be UTF-8; invalid
 * bytes are treated as unknown characters, never read past the terminator. For category "taboo",
 * match = the text holds a forbidden expression. */
int cs_match_phrase(const cs_phrase_bank *bank, const char *category, const char *text, cs_match *out);

/* The best-matching category for text (the one with match=1 and highest similarity), or NULL. */
const char *cs_classify(const cs_phrase_bank *bank, const char *text, cs_match *out);

/* Only the taboo scan (fills n_taboo, taboo, insult of out; other fields zeroed). */
void cs_scan_taboo(const cs_phrase_bank *bank, const char *text, cs_match *out);

#endif
