/* The examiner panel's review of the grader's verdicts in an exam sitting (issue 11 item 5, exam
 * side). The verdicts that go to the panel are those the grader marked when the call was graded
 * (call_grade.h: every reply that fails the call, every phrase verdict under CS_REVIEW_BELOW
 * confidence); they are read from the call's stored grade JSON, whose hash the call's signed end
 * record already covers, so the list cannot be changed after the call.
 *
 * Item names: "seq:N:fails_call" or "seq:N:phrase", N the reply's turn seq; with the call, it is
 * written "K/seq:N:kind" where K is the call's question number in the paper (第K题).
 *
 * Majority rule (国家职业技能标准 (2021) 1.9.3: 考评人员为 3 人（含）以上单数): the panel of a sitting is
 * every examiner who scored one of its items or recorded a review decision in it, counted at least
 * CS_PANEL_MIN (3), and an even count is raised to the next odd number (the standard's panel is odd,
 * so one more examiner is still to come). Each examiner's LATEST decision on a verdict counts. A
 * verdict is decided when more than half of that panel (2 of 3, 3 of 5, ...) gave the same decision,
 * confirm or overrule; until then it is undecided and the result cannot be signed.
 *
 * Effect on the score: a call with a verdict decided 'overrule' is graded again (cs_regrade_call,
 * store_log.h) with every decided verdict of that call; each decision row keeps, in points, the
 * call's score regraded with the panel's decisions as they stand once it is recorded, and that
 * signed number is the call's part score in cs_exam_evaluate. A call without a decided overrule
 * keeps its graded score. Every decision is insert-only and a ledger entry signed by its examiner. */
#ifndef CALLSIM_EXAM_REVIEW_H
#define CALLSIM_EXAM_REVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "exam_keys.h"
#include "phrase_bank.h"
#include "store.h"

typedef enum { CS_REVIEW_UNDECIDED, CS_REVIEW_CONFIRMED, CS_REVIEW_OVERRULED } cs_review_state;

/* One verdict put to the panel (strings valid during the callback). */
typedef struct {
    int question;              /* 第K题: the call's number among the paper's calls, from 1 */
    int part;                  /* paper part index (cs_paper_part_at) */
    int64_t attempt_id;
    const char *attempt_uid, *scenario_id;
    const char *item;          /* "seq:N:fails_call" | "seq:N:phrase" */
    const char *handle;        /* "K/seq:N:kind", as the command line takes it */
    int64_t seq;
    int fails_call;            /* 1: FAILS kind, 0: PHRASE kind */
    const char *caller_line;   /* the caller's last line before the reply, or NULL */
    const char *reply;
    const char *expect;        /* PHRASE: the phrase the scenario waited for */
    int verdict;               /* the grader's: PHRASE 1 = is the phrase; FAILS 1 = fails the call */
    double confidence;
    const char *reason;        /* the grader's reason (the turn's deductions, or the call's fail reason) */
    int confirms, overrules;   /* latest decision per examiner */
    int panel, need;           /* panel size and the majority it takes */
    cs_review_state state;
} cs_review_row;

typedef int (*cs_review_cb)(const cs_review_row *r, void *ctx);

/* Every verdict of sitting xa that goes to the panel, call by call (the call that counts for each
 * part), in reply order. cb returning non-zero stops. 0, or -1 with err. */
int cs_exam_review_each(cs_store *st, int64_t xa, cs_review_cb cb, void *ctx, char *err, size_t errlen);

/* One recorded decision (strings valid during the callback), oldest first. */
typedef struct {
    const char *examiner, *decision, *reason, *at;
    double points;             /* the call's score after it (NAN: none) */
} cs_review_vote;
typedef int (*cs_review_vote_cb)(const cs_review_vote *v, void *ctx);
int cs_exam_review_votes(cs_store *st, int64_t xa, const char *attempt_uid, const char *item, cs_review_vote_cb cb,
                         void *ctx, char *err, size_t errlen);

/* The panel size and majority for sitting xa (see the rule above). */
int cs_exam_review_panel(cs_store *st, int64_t xa, int *panel, int *need, char *err, size_t errlen);

/* How many verdicts are still undecided; list (may be NULL): their handles, comma-separated,
 * each with its count "(1 confirm, 0 overrule)". 0, or -1 with err. */
int cs_exam_review_undecided(cs_store *st, int64_t xa, size_t *n, char *list, size_t len, char *err, size_t errlen);

/* The part score of call attempt_id under the panel's decisions: when one of its verdicts is
 * decided 'overrule', *score becomes the latest decision's regraded points and 1 is returned;
 * otherwise *score is left alone and 0 is returned. -1 on errors. */
int cs_exam_review_call_score(cs_store *st, int64_t xa, int64_t attempt_id, double *score, char *err, size_t errlen);

/* Records examiner by's decision on the verdict named by handle ("K/seq:N:kind", or "seq:N:kind"
 * when only one call has it): the call is graded again with the decisions as they stand with this
 * one (bank: the phrase bank), and the row (with that score in points) and its signed ledger entry
 * are stored in one transaction. Refused for a void sitting or once its result is signed, unless a
 * reason is given (a correction). *call_score (may be NULL): the regraded score. 0, or -1 with err. */
int cs_exam_review_decide(cs_store *st, const cs_signer *by, const cs_phrase_bank *bank, int64_t xa, const char *handle,
                          int overrule, const char *reason, double *call_score, char *err, size_t errlen);

/* After a decision: when sitting xa has a stored result whose score or verdict is no longer what
 * the parts give, stores the next version (by, reason; reason NULL: "panel review"), so that what
 * is signed is the reviewed score. *version: the latest version afterwards (0: none). 0, or -1. */
int cs_exam_review_sync_result(cs_store *st, int64_t xa, const char *by, const char *reason, int *version,
                               char *err, size_t errlen);

#endif
