/* `callsim verify` for exams (issue 12): checks, read-only, that every exam record is what its
 * examiners signed (exam_ledger.h, exam_record.h):
 *  - every ledger entry's hash and Ed25519 signature; each file's chain of sitting entries (no
 *    entry missing or reordered);
 *  - the centre's administrator key (one centre) and every examiner's certificate (added, changed
 *    or disabled only by an administrator); examiners in the table without one; test keys;
 *  - sitting by sitting: the signed start (candidate, paper and its hash), end (status, void),
 *    every call's signed start and end (score, turn chain head recomputed from the turns, rubric),
 *    every examiner score and review decision, the latest signed result's whole record rebuilt
 *    from the tables, older signed versions, and that each signed result matches its inputs;
 *    sittings whose signed start remains but whose rows are gone;
 *  - every attempt's turn hash chain (store_verify.h).
 * Each problem names the record and what is wrong. */
#ifndef CALLSIM_EXAM_VERIFY_H
#define CALLSIM_EXAM_VERIFY_H

#include <stddef.h>
#include <stdint.h>

#include "exam_keys.h"
#include "store.h"

/* xa: the sitting (exam attempt id) the problem makes untrustworthy, 0 for the file as a whole
 * (which makes every sitting untrustworthy), -2 for an attempt outside every exam (practice).
 * where: the record ("sitting 3 (考生号 A1)"). */
typedef void (*cs_exam_problem_cb)(int64_t xa, const char *where, const char *problem, void *ctx);

typedef struct {
    int64_t sittings, broken_sittings, entries, problems, file_problems, test_keys, attempts;
    char centre[CS_PUB_HEX];  /* the administrator's key: the centre's fingerprint ("" none) */
} cs_exam_verify_stats;

/* allow_test_keys: keys sealed below the production cost are noted, not problems (tests only). */
int cs_exam_verify(cs_store *st, int allow_test_keys, cs_exam_problem_cb cb, void *ctx, cs_exam_verify_stats *out,
                   char *err, size_t errlen);

#endif
