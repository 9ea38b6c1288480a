/* `callsim merge SEAT.db... --into EXAM.db`: gathers the seats' databases into one. Rows are
 * matched by what identifies them in any file (uids of attempts, exams, exam attempts and examiner
 * scores; 考生号 within an exam; examiner names; paper id+version+SHA-256; result versions), so
 * merging twice adds nothing and no row of a seat is lost. A call still in progress on a seat is
 * left for a later merge (its turns are still coming); a seat that disagrees with the exam file
 * (conflicts), or whose records do not verify, is refused whole and reported, never merged. */
#ifndef CALLSIM_STORE_MERGE_H
#define CALLSIM_STORE_MERGE_H

#include <stdint.h>
#include "exam_keys.h"
#include "store.h"

typedef void (*cs_merge_cb)(const char *message, void *ctx); /* conflicts and skipped rows */

/* Merges the file at seat_path into st in one transaction, after verifying the seat (read-only).
 * *added: rows added. *conflicts: disagreements (each passed to cb). 0 merged; 1 refused (records
 * that do not verify, conflicts, another centre: err says why, nothing merged); -1 error.
 * allow_test_keys: accept keys sealed at the test cost (tests only, as `verify --test-keys`).
 * A recovery file's exam call (recovered_calls) is filed under its sitting again, signed by `by`
 * (an examiner of this file, who vouches for it); without `by` it is merged unfiled and cb says so.
 * Filing happens after the seat's transaction, one transaction per call; merging again files what
 * is still unfiled. */
int cs_store_merge(cs_store *st, const char *seat_path, int allow_test_keys, const cs_signer *by, cs_merge_cb cb, void *ctx,
                   int64_t *added, int64_t *conflicts, char *err, size_t errlen);

#endif
