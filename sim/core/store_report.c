/* The report's reads (see store_report.h). One helper runs a query: binds checked, every step
 * checked, the row handed to a per-query reader that fills the row struct. */
#include "store_report.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_ledger.h"

typedef int (*row_reader)(sqlite3_stmt *s, void *cb, void *ctx);

static const char *col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* Runs sql with one parameter (int64 when text is NULL and has_int, text otherwise, or none). */
static int each(cs_store *st, const char *sql, int has_int, int64_t i, const char *text, row_reader rd, void *cb,
                void *ctx, const char *what, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), sql, -1, &s, NULL);
    if (rc == SQLITE_OK && sqlite3_bind_parameter_count(s) > 0)
        rc = has_int ? sqlite3_bind_int64(s, 1, i) : text ? sqlite3_bind_text(s, 1, text, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(s, 1);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s))
        if (rd(s, cb, ctx)) { rc = SQLITE_DONE; break; }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int rd_candidate(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_candidate r = { sqlite3_column_int64(s, 0), col(s, 1), col(s, 2), col(s, 3), col(s, 4) };
    return ((cs_rep_candidate_cb)cb)(&r, ctx);
}

int cs_rep_candidates(cs_store *st, const char *exam_uid, cs_rep_candidate_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT k.id, k.cand_no, k.name, k.id_number, e.uid FROM candidates k JOIN exams e ON e.id = k.exam_id"
                " WHERE ?1 IS NULL OR e.uid = ?1 ORDER BY e.uid, k.cand_no, k.id", 0, 0, exam_uid, rd_candidate, (void *)cb, ctx,
                "listing candidates", err, errlen);
}

static int rd_sitting(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_sitting r = { sqlite3_column_int64(s, 0), col(s, 1), col(s, 2) };
    return ((cs_rep_sitting_cb)cb)(&r, ctx);
}

int cs_rep_sittings(cs_store *st, int64_t cand_id, cs_rep_sitting_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT id, uid, status FROM exam_attempts WHERE candidate_id = ? ORDER BY started_at, id", 1, cand_id, NULL,
                rd_sitting, (void *)cb, ctx, "listing sittings", err, errlen);
}

static int rd_call(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_call r = { sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 5), col(s, 1), col(s, 2), col(s, 4), col(s, 6),
                      sqlite3_column_type(s, 3) != SQLITE_NULL, sqlite3_column_double(s, 3) };
    return ((cs_rep_call_cb)cb)(&r, ctx);
}

int cs_rep_calls(cs_store *st, int64_t xa, cs_rep_call_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT a.id, c.scenario_id, a.status, a.score, a.chain_head, a.chain_len, a.fail_reason"
                " FROM exam_calls c JOIN attempts a ON a.id = c.attempt_id WHERE c.exam_attempt_id = ? ORDER BY c.part, a.started_at, a.uid",
                1, xa, NULL, rd_call, (void *)cb, ctx, "listing a sitting's calls", err, errlen);
}

static int rd_item(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_item r = { col(s, 0), col(s, 1), col(s, 4), col(s, 5), sqlite3_column_double(s, 2), sqlite3_column_double(s, 3) };
    return ((cs_rep_item_cb)cb)(&r, ctx);
}

int cs_rep_items(cs_store *st, int64_t attempt, cs_rep_item_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT item_id, label, points, max, reason, clause FROM rubric_items WHERE attempt_id = ? ORDER BY ord",
                1, attempt, NULL, rd_item, (void *)cb, ctx, "reading a call's rubric", err, errlen);
}

static int rd_turn(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_turn r = { col(s, 0), col(s, 1), col(s, 4), sqlite3_column_int64(s, 2), sqlite3_column_int64(s, 3) };
    return ((cs_rep_turn_cb)cb)(&r, ctx);
}

int cs_rep_turns(cs_store *st, int64_t attempt, cs_rep_turn_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT who, kind, t_start_ms, t_end_ms, text FROM turns WHERE attempt_id = ? ORDER BY seq",
                1, attempt, NULL, rd_turn, (void *)cb, ctx, "reading a call's turns", err, errlen);
}

static int rd_score(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_score r = { col(s, 0), col(s, 1), col(s, 3), sqlite3_column_double(s, 2) };
    return ((cs_rep_score_cb)cb)(&r, ctx);
}

int cs_rep_scores(cs_store *st, int64_t xa, cs_rep_score_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT e.name, s.item, s.score, s.entered_at FROM examiner_scores s JOIN examiners e ON e.id = s.examiner_id"
                " WHERE s.exam_attempt_id = ? ORDER BY s.item, e.name, s.entered_at, s.uid", 1, xa, NULL, rd_score, (void *)cb, ctx,
                "reading examiner scores", err, errlen);
}

static int rd_result(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_result r = { sqlite3_column_int(s, 0), sqlite3_column_int(s, 2), sqlite3_column_double(s, 1), col(s, 3), col(s, 4),
                        col(s, 5), col(s, 6), col(s, 7) };
    return ((cs_rep_result_cb)cb)(&r, ctx);
}

int cs_rep_results(cs_store *st, int64_t xa, cs_rep_result_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT version, score, passed, created_at, created_by, reason, signed_at, signed_by FROM results"
                " WHERE exam_attempt_id = ? ORDER BY version", 1, xa, NULL, rd_result, (void *)cb, ctx, "reading results", err, errlen);
}

static int rd_missed(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_missed r = { col(s, 0), col(s, 1), col(s, 4), sqlite3_column_int64(s, 2), sqlite3_column_double(s, 3) };
    return ((cs_rep_missed_cb)cb)(&r, ctx);
}

int cs_rep_most_missed(cs_store *st, const char *exam_uid, cs_rep_missed_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT r.item_id, c.scenario_id, count(*), avg(r.max - r.points), max(r.clause) FROM rubric_items r"
                " JOIN exam_calls c ON c.attempt_id = r.attempt_id JOIN exam_attempts x ON x.id = c.exam_attempt_id"
                " JOIN candidates k ON k.id = x.candidate_id JOIN exams e ON e.id = k.exam_id"
                " WHERE r.points < r.max AND (?1 IS NULL OR e.uid = ?1) GROUP BY r.item_id, c.scenario_id"
                " ORDER BY count(*) DESC, 4 DESC LIMIT 10", 0, 0, exam_uid, rd_missed, (void *)cb, ctx,
                "finding the most-missed items", err, errlen);
}

static int rd_action(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_action r = { col(s, 0), col(s, 1), col(s, 2) };
    return ((cs_rep_action_cb)cb)(&r, ctx);
}

int cs_rep_actions(cs_store *st, const char *sitting_uid, cs_rep_action_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT l.kind, coalesce((SELECT e.name FROM examiners e WHERE e.pubkey = l.signer), l.signer), l.at"
                " FROM ledger l WHERE l.sitting = ? ORDER BY l.at, l.chain, l.seq", 0, 0, sitting_uid ? sitting_uid : "",
                rd_action, (void *)cb, ctx, "reading the sitting's signed actions", err, errlen);
}

static int rd_chain(sqlite3_stmt *s, void *cb, void *ctx)
{
    cs_rep_chain r = { col(s, 0), col(s, 2), sqlite3_column_int64(s, 1) };
    return ((cs_rep_chain_cb)cb)(&r, ctx);
}

int cs_rep_chains(cs_store *st, cs_rep_chain_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT l.chain, l.seq, l.hash FROM ledger l WHERE l.chain IS NOT NULL"
                " AND l.seq = (SELECT max(seq) FROM ledger m WHERE m.chain = l.chain) ORDER BY l.chain", 0, 0, NULL,
                rd_chain, (void *)cb, ctx, "reading the ledger chains", err, errlen);
}

static int rd_signed(sqlite3_stmt *s, void *cb, void *ctx)
{
    char v[32] = "";
    cs_canon_get(col(s, 0) ? col(s, 0) : "", "result.version", v, sizeof v);
    cs_rep_signed r = { atoi(v), col(s, 0), col(s, 1), col(s, 2) };
    return ((cs_rep_signed_cb)cb)(&r, ctx);
}

int cs_rep_signed_records(cs_store *st, const char *sitting_uid, cs_rep_signed_cb cb, void *ctx, char *err, size_t errlen)
{
    return each(st, "SELECT l.body, coalesce((SELECT e.name FROM examiners e WHERE e.pubkey = l.signer), l.signer), l.at"
                " FROM ledger l WHERE l.kind = 'sign' AND l.sitting = ? ORDER BY l.at, l.id", 0, 0, sitting_uid ? sitting_uid : "",
                rd_signed, (void *)cb, ctx, "reading signed results", err, errlen);
}
