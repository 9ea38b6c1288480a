/* A standard phrase as an agent would say it: the standard's wording with its template left-overs
 * filled in (先生/女士 → 先生, XX号 → 8号, XX公司 → 东方有线公司, XXX → the hotline or a number,
 * alternatives "A/B/C" → A, stage directions （停顿1秒） dropped). The grader rightly refuses the
 * template sent as it is (a trainee who pastes 先生/女士 and XX号 has not said the phrase), so the
 * window's phrase keys and `explore` use this form. */
#ifndef CALLSIM_PHRASE_EXAMPLE_H
#define CALLSIM_PHRASE_EXAMPLE_H

#include <stddef.h>

/* Writes the filled-in form of standard into out (always terminated); returns its length, or the
 * length it would have had when n is too small (as snprintf). */
size_t cs_phrase_example(const char *standard, char *out, size_t n);

#endif
