/* What the exam room keeps beside the exam records (issue 15): the desk's settings, remembered
 * across restarts in the store's store_meta table (keys "desk.paper", "desk.panel"), and who sits
 * a sitting, for the candidate line every exam screen shows. Settings are not exam records: they
 * are not signed and never merged. */
#ifndef CALLSIM_EXAM_ROOM_H
#define CALLSIM_EXAM_ROOM_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

/* The setting's value ("" when unset): 0, or -1 with err. */
int cs_desk_setting_get(cs_store *st, const char *key, char *out, size_t len, char *err, size_t errlen);
/* Sets (or, with value NULL, clears) a desk setting: 0, or -1 with err. */
int cs_desk_setting_set(cs_store *st, const char *key, const char *value, char *err, size_t errlen);

/* The candidate of sitting xa: 考生号, 姓名, 证件号 ("" when none). 0, or -1 with err. */
int cs_exam_attempt_candidate(cs_store *st, int64_t xa, char *cand_no, size_t no_len, char *name, size_t name_len,
                              char *id_number, size_t id_len, char *err, size_t errlen);

/* The examiner of that name: *id (0 unknown) and whether they are disabled. 0, or -1 with err. */
int cs_examiner_lookup(cs_store *st, const char *name, int64_t *id, int *disabled, char *err, size_t errlen);

#endif
