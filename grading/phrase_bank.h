/* The phrase bank: the standard service phrases of 贵阳 T-GSOCCIA 001—2020 §二 as data
 * (assets/phrases.txt), each category broken into the parts that make the phrase, with its clause;
 * and the taboo list (assets/taboo.txt: 禁忌语, 口头禅, insults). Loaded once, read-only after. */
#ifndef CALLSIM_PHRASE_BANK_H
#define CALLSIM_PHRASE_BANK_H

#include <stddef.h>

typedef struct cs_phrase_bank cs_phrase_bank;

/* Loads assets_dir/phrases.txt and assets_dir/taboo.txt. On failure returns NULL and writes a
 * one-line message naming the file and line into err. */
cs_phrase_bank *cs_bank_load(const char *assets_dir, char *err, size_t errlen);
void cs_bank_free(cs_phrase_bank *bank);

size_t cs_bank_category_count(const cs_phrase_bank *bank);
const char *cs_bank_category_name(const cs_phrase_bank *bank, size_t i);
/* NULL when the category is unknown. */
const char *cs_bank_category_clause(const cs_phrase_bank *bank, const char *category);
/* The standard wording of the category's first phrase (for hints and the quick-phrase panel). */
const char *cs_bank_category_standard(const cs_phrase_bank *bank, const char *category);
int cs_bank_has_category(const cs_phrase_bank *bank, const char *category);
/* The Chinese name of a category, part or action ("opening" → "开篇语"), or name itself. */
const char *cs_bank_label(const cs_phrase_bank *bank, const char *name);
/* The standard wording of one phrase by id ("opening.1"), or NULL when there is none. */
const char *cs_bank_phrase_standard(const cs_phrase_bank *bank, const char *phrase_id);

/* The standard wording as a trainee sends it: the template's placeholders filled in the simplest
 * way (先生/女士 → 先生, 他/她 → 他, A/B/C → A, XX号 → 8号, XXX → 12345, XX公司 → 东方公司,
 * XX先生 → 王先生). malloc'd, caller frees; NULL when out of memory. The wording as printed, with
 * its placeholders, is not the phrase (phrase_match.h, reason "placeholder"). */
char *cs_bank_fill_template(const char *standard);

#endif
