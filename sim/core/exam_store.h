/* The practical exam (实操考核) in the store: papers, sittings, candidates, examiners, a candidate's
 * exam attempt and its calls, examiner scores, versioned results. Used by `callsim exam ...` and by
 * the window's examiner flow (sign in, roster, start/resume/void an attempt, scores, results).
 * Rules: 国家职业技能标准 (2021) 1.9.2 (百分制, ≥60), 1.9.3 (odd panel ≥3), 1.9.4 (≥30 min), 4.2.
 * Authority (issue 12): every exam-time action takes the acting examiner's unlocked key
 * (cs_examiner_unlock) and is recorded as a signed ledger entry (exam_ledger.h) with who and when;
 * NULL is refused. */
#ifndef CALLSIM_EXAM_STORE_H
#define CALLSIM_EXAM_STORE_H

#include <stddef.h>
#include <stdint.h>
#include "exam_keys.h"
#include "exam_score.h"
#include "paper.h"
#include "store.h"


/* The sitting of a paper: uid NULL = "<paper id>-v<version>-<YYYYMMDD>" (local date), so every
 * seat that sits the same paper on the same day files into the same exam when merged. The paper's
 * text is stored (once per id+version+SHA-256). */
int cs_exam_open(cs_store *st, const cs_paper *p, const char *uid, int64_t *exam_id, char *err, size_t errlen);

/* Finds the candidate by 考生号 or adds them; a known 考生号 with another name is refused. */
int cs_exam_candidate(cs_store *st, int64_t exam_id, const char *cand_no, const char *name,
                      const char *id_number, int64_t *cand_id, char *err, size_t errlen);

/* Adds every row of a parsed roster (roster_csv.h) in one transaction: all or none. A refused row
 * is named "FILE:LINE: why" (file: the roster's name). */
struct cs_roster;
int cs_exam_roster_import(cs_store *st, int64_t exam_id, const char *file, const struct cs_roster *r, char *err, size_t errlen);

typedef struct {
    int64_t id;
    const char *cand_no, *name, *id_number; /* valid during the callback */
} cs_candidate_row;
typedef int (*cs_candidate_cb)(const cs_candidate_row *c, void *ctx);
int cs_exam_roster(cs_store *st, int64_t exam_id, cs_candidate_cb cb, void *ctx, char *err, size_t errlen);

/* Examiners (exam_keys.h): an Ed25519 key sealed by the examiner's secret with Argon2id. The
 * centre's first examiner (admin NULL) is set up as its administrator; every later add needs an
 * administrator (admin), who signs the new examiner's certificate. make_admin: the new one is an
 * administrator too. Names with control or direction characters are refused. */
int cs_examiner_add(cs_store *st, const cs_signer *admin, const char *name, const char *secret, int make_admin,
                    char *err, size_t errlen);
/* Re-seals an examiner's key by a new secret (the old one must open it); needs an administrator,
 * who signs the new certificate (the sealed key's hash and cost are certified). */
int cs_examiner_reseal(cs_store *st, const cs_signer *admin, const char *name, const char *old_secret, const char *new_secret,
                       char *err, size_t errlen);
/* Disables an examiner (their past signatures stand; they sign nothing new). Needs an administrator. */
int cs_examiner_disable(cs_store *st, const cs_signer *admin, const char *name, char *err, size_t errlen);
/* Opens the examiner's key with their secret: 0 and *out (cs_signer_free it); -2 wrong secret or
 * throttled (5 wrong in a row, then one try per 30 s, counted in the file); -3 refused (a key no
 * administrator certified); -1 other errors. */
int cs_examiner_unlock(cs_store *st, const char *name, const char *secret, cs_signer **out, char *err, size_t errlen);
/* The same without the file's wrong-secret counter, for the window, which throttles with its own
 * guard (pin_guard.h) and tries one PIN against each panel member in turn. */
int cs_examiner_try(cs_store *st, const char *name, const char *secret, cs_signer **out, char *err, size_t errlen);
/* The same, keeping only the id: 0, or -1 with "wrong secret (PIN) or unknown examiner". */
int cs_examiner_sign_in(cs_store *st, const char *name, const char *pin, int64_t *examiner_id,
                        char *err, size_t errlen);
/* 0 when s has no control, direction (bidi) or zero-width characters; else -1 naming what. */
int cs_name_check(const char *what, const char *s, char *err, size_t errlen);

/* How many examiners the database knows (0: the window's first run creates one). */
int cs_examiner_count(cs_store *st, int64_t *n, char *err, size_t errlen);
/* How many examiners have a signing key (0: the next one added sets the centre up). */
int cs_examiner_keyed(cs_store *st, int64_t *n, char *err, size_t errlen);
/* *known = 1 when an examiner of that name exists (a panel member joins or is created). */
int cs_examiner_known(cs_store *st, const char *name, int *known, char *err, size_t errlen);
/* The candidate's latest sitting: *exam_attempt_id 0 when none; status as cs_exam_attempt_status. */
int cs_exam_candidate_latest(cs_store *st, int64_t cand_id, int64_t *exam_attempt_id, char *status, size_t len,
                             char *err, size_t errlen);

/* A candidate's sitting. seat: this machine's name (for merged reports). */
int cs_exam_attempt_begin(cs_store *st, const cs_signer *by, int64_t cand_id, const char *seat, int64_t *exam_attempt_id,
                          char *err, size_t errlen);
/* Resumes sitting xa: refused unless it is cand_id's, still in progress, never signed nor voided. */
int cs_exam_attempt_resume(cs_store *st, const cs_signer *by, int64_t xa, int64_t cand_id, char *err, size_t errlen);
/* Files the call attempt that plays part `part` (cs_paper_part_at numbering); only an attempt of
 * mode 'exam' (a practice attempt never counts in an exam). */
int cs_exam_attempt_link(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, int part, const char *scenario_id,
                         int64_t attempt_id, char *err, size_t errlen);
/* Signs the end of a filed call (status, score, turn chain head, rubric) once it has ended. */
int cs_exam_call_end(cs_store *st, const cs_signer *by, int64_t attempt_id, char *err, size_t errlen);
/* For resume: done[i] = 1 when part i has a completed call (n = cs_paper_n_parts). */
/* Call time already spent in the sitting: the length of every call filed under it, the
 * interrupted ones too (1.9.4: a resumed candidate gets no time back). */
int cs_exam_time_used(cs_store *st, int64_t exam_attempt_id, int64_t *ms, char *err, size_t errlen);
int cs_exam_parts_done(cs_store *st, int64_t exam_attempt_id, unsigned char *done, size_t n, char *err,
                       size_t errlen);
int cs_exam_attempt_complete(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, char *err, size_t errlen);
/* Void with a recorded reason and examiner; a void attempt never changes again. */
int cs_exam_attempt_void(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, const char *reason,
                         char *err, size_t errlen);
/* The sitting's global uid. */
int cs_exam_attempt_uid(cs_store *st, int64_t exam_attempt_id, char *uid, size_t len, char *err, size_t errlen);
/* In a recovery file: its call attempt played part `part` of the sitting with that uid. */
int cs_exam_note_recovered(cs_store *rs, int64_t attempt_id, const char *sitting_uid, int part, const char *scenario_id,
                           char *err, size_t errlen);
/* Records that an examiner stopped the sitting (the window's leave): who, when and the note. */
int cs_exam_attempt_leave(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, const char *note, char *err, size_t errlen);
/* The paper the attempt is sat on, parsed from the stored text (cs_paper_free it). */
int cs_exam_attempt_paper(cs_store *st, int64_t exam_attempt_id, cs_paper *out, char *err, size_t errlen);
/* Status of the sitting: in_progress, completed, void. */
int cs_exam_attempt_status(cs_store *st, int64_t exam_attempt_id, char *buf, size_t len, char *err, size_t errlen);

/* One examiner's own score (0..100) for an examiner item of the paper; insert-only. */
int cs_exam_score_add(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, const char *item,
                      double score, char *err, size_t errlen);

/* The result as it stands: part scores (NAN = pending), the arithmetic, and a JSON detail
 * (areas, parts, each examiner's own scores, the calls' chain heads). detail: malloc'd. */
int cs_exam_evaluate(cs_store *st, int64_t exam_attempt_id, const cs_paper *p, double *part_scores,
                     cs_exam_score *out, char **detail, char *err, size_t errlen);

/* Stores the current result as the next version (complete results only). The first version needs
 * no reason; every later one is a correction and needs one. by: who. *version: the new number. */
int cs_exam_result_store(cs_store *st, int64_t exam_attempt_id, const char *by, const char *reason,
                         int *version, cs_exam_score *out, char *err, size_t errlen);
/* Signs the latest version (once): the sitting's whole record (exam_record.h) becomes a ledger
 * entry signed by `by`; from then on it is immutable. */
int cs_exam_result_sign(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, char *err, size_t errlen);
/* Latest version number (0: none) and whether it is signed. */
int cs_exam_result_latest(cs_store *st, int64_t exam_attempt_id, int *version, int *signed_, char *err,
                          size_t errlen);

#endif
