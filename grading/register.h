/* The old formal register (文言色彩的书面语) read as everyday Mandarin before phrase matching: re-employed
 * older trainees type 鄙人 for 我, 承蒙 for 感谢, 恕我冒昧 for 抱歉, 烦请 for 麻烦, 再会 for 再见, 垂询 for 咨询,
 * 阁下 for 您. 贵阳 T-GSOCCIA 001—2020 §二 prescribes what a phrase says, not its register; 国家职业技能标准
 * 呼叫中心服务员 (2021) 2.1.2 (1) asks for 文明礼貌, which the formal register is. The pairs are a data table,
 * assets/register.txt (its format is documented at its head and in docs/phrase_bank.md), each pair guarded
 * so that it cannot turn a refusal or a rude reply into a phrase (恕不奉陪 is a refusal, not an apology).
 * Read-only after loading: any number of threads may read with it. */
#ifndef CALLSIM_REGISTER_H
#define CALLSIM_REGISTER_H

#include <stddef.h>

typedef struct cs_register cs_register;

/* One formal word read as its everyday word, for the verdict's explanation (both NUL-terminated). */
#define CS_REGISTER_WORD_BYTES 40
#define CS_REGISTER_MAX_NOTES 4
typedef struct {
    char typed[CS_REGISTER_WORD_BYTES];
    char meant[CS_REGISTER_WORD_BYTES];
} cs_register_note;

/* Loads path. NULL with a one-line "path:line: what" in err when it is broken; a missing file is no
 * error: *err is left empty and NULL returned (assets without the table read no register). */
cs_register *cs_register_load(const char *path, char *err, size_t errlen);
void cs_register_free(cs_register *rg);

/* The everyday reading of the simplified, well-formed utf8 in *out (malloc'd, caller frees) when a formal
 * word of the table occurs in it unguarded, with up to CS_REGISTER_MAX_NOTES of its rewrites in notes
 * (*n_notes of them); *out NULL when nothing is rewritten (or rg is NULL). 0, or -1 when out of memory
 * (*out NULL, no notes): the caller fails rather than grade the reply as typed. */
int cs_register_read(const cs_register *rg, const char *utf8, cs_register_note *notes, size_t *n_notes, char **out);

#endif
