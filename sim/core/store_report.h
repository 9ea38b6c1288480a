/* What `callsim report` reads, through the store (issue 12: no SQL in cmd_report.c). Each function
 * calls cb once per row (strings valid during the call; NULL when unset), checks every bind and
 * step, and returns 0 at the true end of the rows or -1 with err: a failed step is an error, never
 * "no more rows", so a report cannot come out short and look complete. cb returns nonzero to stop. */
#ifndef CALLSIM_STORE_REPORT_H
#define CALLSIM_STORE_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

typedef struct { int64_t id; const char *cand_no, *name, *id_number, *exam_uid; } cs_rep_candidate;
typedef struct { int64_t id; const char *uid, *status; } cs_rep_sitting;
typedef struct {
    int64_t attempt, chain_len;
    const char *scenario, *status, *chain_head, *fail_reason;
    int has_score;
    double score;
} cs_rep_call;
typedef struct { const char *item_id, *label, *reason, *clause; double points, max; } cs_rep_item;
typedef struct { const char *who, *kind, *text; int64_t t_start_ms, t_end_ms; } cs_rep_turn;
typedef struct { const char *examiner, *item, *at; double score; } cs_rep_score;
typedef struct {
    int version, passed;
    double score;
    const char *created_at, *created_by, *reason, *signed_at, *signed_by;
} cs_rep_result;
typedef struct { const char *item_id, *scenario, *clause; int64_t n; double avg_lost; } cs_rep_missed;
/* The signed record of a result version (the ledger's sign entry): what `report` shows. */
typedef struct { int version; const char *record, *signer, *at; } cs_rep_signed;

typedef int (*cs_rep_candidate_cb)(const cs_rep_candidate *r, void *ctx);
typedef int (*cs_rep_sitting_cb)(const cs_rep_sitting *r, void *ctx);
typedef int (*cs_rep_call_cb)(const cs_rep_call *r, void *ctx);
typedef int (*cs_rep_item_cb)(const cs_rep_item *r, void *ctx);
typedef int (*cs_rep_turn_cb)(const cs_rep_turn *r, void *ctx);
typedef int (*cs_rep_score_cb)(const cs_rep_score *r, void *ctx);
typedef int (*cs_rep_result_cb)(const cs_rep_result *r, void *ctx);
typedef int (*cs_rep_missed_cb)(const cs_rep_missed *r, void *ctx);
typedef int (*cs_rep_signed_cb)(const cs_rep_signed *r, void *ctx);

/* exam_uid NULL: every exam. */
int cs_rep_candidates(cs_store *st, const char *exam_uid, cs_rep_candidate_cb cb, void *ctx, char *err, size_t errlen);
int cs_rep_sittings(cs_store *st, int64_t cand_id, cs_rep_sitting_cb cb, void *ctx, char *err, size_t errlen);
int cs_rep_calls(cs_store *st, int64_t xa, cs_rep_call_cb cb, void *ctx, char *err, size_t errlen);
int cs_rep_items(cs_store *st, int64_t attempt, cs_rep_item_cb cb, void *ctx, char *err, size_t errlen);
int cs_rep_turns(cs_store *st, int64_t attempt, cs_rep_turn_cb cb, void *ctx, char *err, size_t errlen);
int cs_rep_scores(cs_store *st, int64_t xa, cs_rep_score_cb cb, void *ctx, char *err, size_t errlen);
int cs_rep_results(cs_store *st, int64_t xa, cs_rep_result_cb cb, void *ctx, char *err, size_t errlen);
int cs_rep_most_missed(cs_store *st, const char *exam_uid, cs_rep_missed_cb cb, void *ctx, char *err, size_t errlen);
/* The signed actions of a sitting, in order: kind (start, resume, call, call-end, score, complete,
 * void, leave, sign), who (the examiner's name, else the key) and when. */
typedef struct { const char *kind, *who, *at; } cs_rep_action;
typedef int (*cs_rep_action_cb)(const cs_rep_action *r, void *ctx);
int cs_rep_actions(cs_store *st, const char *sitting_uid, cs_rep_action_cb cb, void *ctx, char *err, size_t errlen);
/* Each ledger chain of the file: its id, length and head hash (printed on the report, so a copy on
 * paper anchors the newest entries). */
typedef struct { const char *chain, *head; int64_t n; } cs_rep_chain;
typedef int (*cs_rep_chain_cb)(const cs_rep_chain *r, void *ctx);
int cs_rep_chains(cs_store *st, cs_rep_chain_cb cb, void *ctx, char *err, size_t errlen);
/* The sign entries of a sitting, by version (signer: the examiner's name when known, else the key). */
int cs_rep_signed_records(cs_store *st, const char *sitting_uid, cs_rep_signed_cb cb, void *ctx, char *err, size_t errlen);

#endif
