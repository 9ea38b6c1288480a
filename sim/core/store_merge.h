/* `callsim merge SEAT.db... --into EXAM.db`: gathers the seats' databases into one. Rows are
 * matched by what identifies them in any file (uids of attempts, exams, exam attempts and examiner
 * scores; 考生号 within an exam; examiner names; paper id+version+SHA-256; result versions), so
 * merging twice adds nothing and no row of a seat is lost. A call still in progress on a seat is
 * left for a later merge (its turns are still coming); rows that disagree are reported, never
 * overwritten. */
#ifndef CALLSIM_STORE_MERGE_H
#define CALLSIM_STORE_MERGE_H

#include <stdint.h>
#include "store.h"

typedef void (*cs_merge_cb)(const char *message, void *ctx); /* conflicts and skipped rows */

/* Merges the file at seat_path into st in one transaction. *added: rows added. *conflicts: rows
 * that disagree. 0, or -1 on error (nothing merged). */
int cs_store_merge(cs_store *st, const char *seat_path, cs_merge_cb cb, void *ctx, int64_t *added,
                   int64_t *conflicts, char *err, size_t errlen);

#endif
