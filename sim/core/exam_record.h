/* The canonical records the exam ledger signs (docs/signed-record.md), built from the store's
 * tables by the same code when an entry is signed and when `verify` checks it, so a stored row
 * that no longer gives the signed text is caught, and the first differing line names the field.
 *   start     the sitting: exam, paper (id, version, hash, hash of the stored text), candidate
 *             (考生号, 姓名, 证件号), seat, start time
 *   end       its status, end time, void reason and who voided it
 *   call      a call filed under it: attempt uid, part, scenario, mode, seed, start time; with
 *             the end: status, score, verdict, the turn chain head recomputed from the turns and
 *             their count, the stored head, the grade JSON's hash, every rubric item, typing
 *   score     one examiner's score of an item (uid, examiner's key, item, score, time)
 *   review    one examiner's decision on a grader verdict put to the panel (exam_review.h)
 *   sitting   all of the above for one sitting + the part scores + the result version
 *             (score, verdict, created by/at, reason, the hash of the signed record it replaces)
 * Rows are listed in an order that survives `merge` (uids and times, never row ids). */
#ifndef CALLSIM_EXAM_RECORD_H
#define CALLSIM_EXAM_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "digest.h"
#include "store.h"

/* Each returns 0 and a malloc'd text, or -1 with err. */
int cs_rec_start(cs_store *st, int64_t xa, char **out, char *err, size_t errlen);
int cs_rec_end(cs_store *st, int64_t xa, char **out, char *err, size_t errlen);
int cs_rec_call(cs_store *st, int64_t attempt_id, int with_end, char **out, char *err, size_t errlen);
int cs_rec_score(cs_store *st, int64_t score_id, char **out, char *err, size_t errlen);
int cs_rec_review(cs_store *st, int64_t review_id, char **out, char *err, size_t errlen);
/* The result version's own lines (as in the sitting record): checked for every signed version. */
int cs_rec_result(cs_store *st, int64_t xa, int version, char **out, char *err, size_t errlen);
/* replaces: the hash of the signed record of the version before (NULL: none, or it was not signed). */
int cs_rec_sitting(cs_store *st, int64_t xa, int version, const char *replaces, char **out, char *err, size_t errlen);

/* The turn chain over the attempt's stored turns, recomputed (head "" when no turns). */
int cs_rec_turns_head(cs_store *st, int64_t attempt_id, char head[CS_SHA256_HEX], int64_t *n, char *err, size_t errlen);

/* The first line where a and b differ, as "field (signed 'x', stored 'y')"; "" when equal. */
void cs_rec_diff(const char *signed_text, const char *stored_text, char *out, size_t len);

#endif
