/* The one gate for text that enters a transcript, the result JSON or the database: valid UTF-8, no
 * control characters (C0, DEL, C1, line/paragraph separators, bidirectional overrides, which could
 * forge or hide lines in a terminal or a report), and a length cap in code points. Scenario text is
 * refused at the gate with a reason (the author fixes it); text typed by the trainee or made by the
 * engine from an error message is cleaned instead (nothing a trainee types is lost for a stray
 * byte). */
#ifndef CALLSIM_TEXT_GATE_H
#define CALLSIM_TEXT_GATE_H

#include <stddef.h>
#include <stdint.h>

#define CS_TEXT_MAX_CHARS 2000   /* longest line, reply, reason or field value kept */

/* 1 if code point c may be stored or shown. */
int cs_text_char_ok(uint32_t c);
/* NULL when s[0..len) passes; else why, e.g. "contains control character U+001B". */
const char *cs_text_check(const char *s, size_t len, size_t max_chars, char *why, size_t whylen);
/* The same for prose of several lines (a scenario's description): '\n' is allowed too. */
const char *cs_text_check_lines(const char *s, size_t len, size_t max_chars, char *why, size_t whylen);
/* A malloc'd copy that passes: invalid bytes become U+FFFD, control characters a space, cut after
 * max_chars code points (*cut = 1 then; cut may be NULL). NULL only when out of memory. */
char *cs_text_clean(const char *s, size_t len, size_t max_chars, int *cut);

#endif
