/* How the trainee addresses the caller in a standard phrase: the printed 先生/女士 (贵阳
 * T-GSOCCIA 001—2020 §二(一) 1.1 开篇语) becomes 女士 for a caller the scenario's card names as a
 * woman. One decision for the phrase chips of the window and phrase.standard of the hints, so
 * they never disagree. No SDL, no Lua. */
#ifndef CALLSIM_CALLER_ADDRESS_H
#define CALLSIM_CALLER_ADDRESS_H

#include "phrase_bank.h"

/* 1 when the caller card names a woman: 女士 or 小姐 in the name (王女士), the card's sex mark
 * （女）/(女) (手机用户（女）), or an English Ms/Mrs/Miss (Ms. Johnson). NULL is no one. */
int cs_caller_is_woman(const char *caller_name);

/* The standard wording of category as the trainee says it to this caller: 先生/女士 → 女士 for a
 * woman, then the template's placeholders filled (cs_bank_fill_template: 先生, XX号 → 8号).
 * Owned by the caller (free); NULL for an unknown category or out of memory. */
char *cs_standard_for_caller(const cs_phrase_bank *bank, const char *category, const char *caller_name);

#endif
