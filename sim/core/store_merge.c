/* Merging seat databases (see store_merge.h). The seat is first opened read-only and verified
 * (exam_verify.h): a seat whose records do not verify is refused with the reason, and so is one
 * of another exam centre, or one whose 考生号 names another person than the exam file's, or whose
 * ledger forks this one's. Then it is ATTACHed read-only (mode=ro: the seat file is never written
 * nor switched to WAL) and copied with INSERT … SELECT keyed on natural identities (uids, hashes,
 * public keys), inside one IMMEDIATE transaction per seat. Merged attempts carry no session: the
 * interrupted rule (store.c) never touches them. Finality triggers stay in force: a merged attempt
 * is inserted in progress, given its turns and grade, then ended, exactly the path a live call takes. */
#include "store_merge.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exam_ledger.h"
#include "exam_store.h"
#include "exam_verify.h"
#include "voice_store.h"

/* Each step adds rows; sqlite3_changes counts them. Order matters: referenced rows first. */
static const char *const copy_steps[] = {
    "INSERT INTO people(role, name, ext_id, created_at) SELECT role, name, ext_id, created_at FROM seat.people"
    " WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO papers(paper_id, version, title, level, minutes, sha256, text)"
    " SELECT paper_id, version, title, level, minutes, sha256, text FROM seat.papers WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO exams(uid, paper_ref, created_at) SELECT e.uid, p.id, e.created_at FROM seat.exams e"
    " JOIN seat.papers sp ON sp.id = e.paper_ref"
    " JOIN main.papers p ON p.paper_id = sp.paper_id AND p.version = sp.version AND p.sha256 = sp.sha256"
    " WHERE true ON CONFLICT(uid) DO NOTHING",
    "INSERT INTO candidates(exam_id, cand_no, name, id_number, created_at)"
    " SELECT me.id, c.cand_no, c.name, c.id_number, c.created_at FROM seat.candidates c"
    " JOIN seat.exams e ON e.id = c.exam_id JOIN main.exams me ON me.uid = e.uid WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO examiners(name, salt, pin_hash, iterations, created_at, pubkey, sealed, kdf_ops, kdf_mem, is_admin, disabled)"
    " SELECT name, salt, pin_hash, iterations, created_at, pubkey, sealed, kdf_ops, kdf_mem, is_admin, disabled"
    " FROM seat.examiners WHERE true ON CONFLICT DO NOTHING",
    /* disabled on the seat after an earlier merge (certified by its ledger entry, copied below) */
    "UPDATE examiners SET disabled = 1 WHERE disabled = 0 AND pubkey IN (SELECT pubkey FROM seat.examiners WHERE disabled = 1)",
    /* attempts: ended ones not here yet; in progress first (see the file comment) */
    "CREATE TEMP TABLE merging AS SELECT a.id AS seat_id, a.uid AS uid FROM seat.attempts a"
    " WHERE a.status <> 'in_progress' AND a.uid NOT IN (SELECT uid FROM main.attempts WHERE uid IS NOT NULL)",
    "INSERT INTO attempts(uid, person_id, session_id, scenario_id, scenario_file, mode, seed, started_at)"
    " SELECT a.uid, (SELECT mp.id FROM main.people mp WHERE mp.role = p.role AND mp.name = p.name"
    "   AND ifnull(mp.ext_id, '') = ifnull(p.ext_id, '')), NULL, a.scenario_id, a.scenario_file, a.mode, a.seed, a.started_at"
    " FROM temp.merging m JOIN seat.attempts a ON a.id = m.seat_id LEFT JOIN seat.people p ON p.id = a.person_id",
    "INSERT INTO turns(attempt_id, seq, kind, who, text, arg, expect, clause, style, n, points, t_start_ms, t_end_ms,"
    " typing_start_ms, prompt_end_ms, recorded_at, hash)"
    " SELECT ma.id, t.seq, t.kind, t.who, t.text, t.arg, t.expect, t.clause, t.style, t.n, t.points, t.t_start_ms,"
    " t.t_end_ms, t.typing_start_ms, t.prompt_end_ms, t.recorded_at, t.hash FROM temp.merging m"
    " JOIN seat.turns t ON t.attempt_id = m.seat_id JOIN main.attempts ma ON ma.uid = m.uid ORDER BY ma.id, t.seq",
    "INSERT INTO rubric_items(attempt_id, ord, item_id, label, points, max, reason, clause)"
    " SELECT ma.id, r.ord, r.item_id, r.label, r.points, r.max, r.reason, r.clause FROM temp.merging m"
    " JOIN seat.rubric_items r ON r.attempt_id = m.seat_id JOIN main.attempts ma ON ma.uid = m.uid",
    "INSERT INTO typing_samples(attempt_id, cpm, accuracy, recorded_at)"
    " SELECT ma.id, y.cpm, y.accuracy, y.recorded_at FROM temp.merging m"
    " JOIN seat.typing_samples y ON y.attempt_id = m.seat_id JOIN main.attempts ma ON ma.uid = m.uid",
    "UPDATE attempts SET (status, ended_at, score, passed, auto_failed, fail_reason, grade_json, abort_reason,"
    " chain_head, chain_len) = (SELECT a.status, a.ended_at, a.score, a.passed, a.auto_failed, a.fail_reason,"
    " a.grade_json, a.abort_reason, a.chain_head, a.chain_len FROM seat.attempts a WHERE a.uid = attempts.uid)"
    " WHERE uid IN (SELECT uid FROM temp.merging)",
    "INSERT INTO exam_attempts(uid, candidate_id, seat, started_at, ended_at, status, void_reason, voided_by)"
    " SELECT x.uid, mc.id, x.seat, x.started_at, x.ended_at, x.status, x.void_reason, x.voided_by"
    " FROM seat.exam_attempts x JOIN seat.candidates c ON c.id = x.candidate_id JOIN seat.exams e ON e.id = c.exam_id"
    " JOIN main.exams me ON me.uid = e.uid JOIN main.candidates mc ON mc.exam_id = me.id AND mc.cand_no = c.cand_no"
    " WHERE true ON CONFLICT(uid) DO NOTHING",
    /* a sitting that ended on the seat after an earlier merge */
    "UPDATE exam_attempts SET (status, ended_at, void_reason, voided_by) = (SELECT x.status, x.ended_at, x.void_reason,"
    " x.voided_by FROM seat.exam_attempts x WHERE x.uid = exam_attempts.uid)"
    " WHERE status = 'in_progress' AND uid IN (SELECT uid FROM seat.exam_attempts WHERE status <> 'in_progress')",
    "INSERT INTO exam_calls(exam_attempt_id, part, scenario_id, attempt_id)"
    " SELECT mx.id, c.part, c.scenario_id, ma.id FROM seat.exam_calls c JOIN seat.exam_attempts x ON x.id = c.exam_attempt_id"
    " JOIN main.exam_attempts mx ON mx.uid = x.uid JOIN seat.attempts a ON a.id = c.attempt_id"
    " JOIN main.attempts ma ON ma.uid = a.uid WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO examiner_scores(uid, exam_attempt_id, examiner_id, item, score, entered_at)"
    " SELECT s.uid, mx.id, me.id, s.item, s.score, s.entered_at FROM seat.examiner_scores s"
    " JOIN seat.exam_attempts x ON x.id = s.exam_attempt_id JOIN main.exam_attempts mx ON mx.uid = x.uid"
    " JOIN seat.examiners e ON e.id = s.examiner_id JOIN main.examiners me ON me.pubkey = e.pubkey"
    " WHERE true ON CONFLICT(uid) DO NOTHING",
    "INSERT INTO reviews(uid, exam_attempt_id, attempt_uid, item_id, decision, points, reason, examiner_id, decided_at)"
    " SELECT r.uid, mx.id, r.attempt_uid, r.item_id, r.decision, r.points, r.reason, me.id, r.decided_at FROM seat.reviews r"
    " JOIN seat.exam_attempts x ON x.id = r.exam_attempt_id JOIN main.exam_attempts mx ON mx.uid = x.uid"
    " JOIN seat.examiners e ON e.id = r.examiner_id JOIN main.examiners me ON me.pubkey = e.pubkey"
    " WHERE true ON CONFLICT(uid) DO NOTHING",
    "INSERT INTO ledger(chain, seq, kind, sitting, signer, at, body, prev, hash, sig)"
    " SELECT chain, seq, kind, sitting, signer, at, body, prev, hash, sig FROM seat.ledger"
    " WHERE true ORDER BY chain IS NOT NULL, chain, seq, id ON CONFLICT DO NOTHING",
    "INSERT INTO results(exam_attempt_id, version, score, passed, detail_json, created_at, created_by, reason, signed_at, signed_by)"
    " SELECT mx.id, r.version, r.score, r.passed, r.detail_json, r.created_at, r.created_by, r.reason, r.signed_at, r.signed_by"
    " FROM seat.results r JOIN seat.exam_attempts x ON x.id = r.exam_attempt_id JOIN main.exam_attempts mx ON mx.uid = x.uid"
    " WHERE NOT EXISTS (SELECT 1 FROM main.results m WHERE m.exam_attempt_id = mx.id AND m.version = r.version)"
    " ORDER BY mx.id, r.version",
    /* signed on the seat after an earlier merge: the one update a result may take */
    "UPDATE results SET (signed_at, signed_by) = (SELECT r.signed_at, r.signed_by FROM seat.results r"
    " JOIN seat.exam_attempts x ON x.id = r.exam_attempt_id JOIN main.exam_attempts mx ON mx.uid = x.uid"
    " WHERE mx.id = results.exam_attempt_id AND r.version = results.version AND r.score = results.score)"
    " WHERE signed_at IS NULL AND EXISTS (SELECT 1 FROM seat.results r JOIN seat.exam_attempts x ON x.id = r.exam_attempt_id"
    " JOIN main.exam_attempts mx ON mx.uid = x.uid WHERE mx.id = results.exam_attempt_id AND r.version = results.version"
    " AND r.score = results.score AND r.signed_at IS NOT NULL)",
};

/* Each query yields one message per disagreement; any one refuses the seat (nothing merged). */
static const char *const conflict_queries[] = {
    "SELECT 'candidate ' || c.cand_no || ' of exam ' || e.uid || ': the seat has ' || c.name || ifnull(' (' || c.id_number || ')', '')"
    " || ', the exam file has ' || mc.name || ifnull(' (' || mc.id_number || ')', '') || ': one 考生号 for two people'"
    " FROM seat.candidates c JOIN seat.exams e ON e.id = c.exam_id JOIN main.exams me ON me.uid = e.uid"
    " JOIN main.candidates mc ON mc.exam_id = me.id AND mc.cand_no = c.cand_no"
    " WHERE mc.name IS NOT c.name OR mc.id_number IS NOT c.id_number",
    "SELECT 'examiner ' || e.name || ': the seat has another key than the exam file'"
    " FROM seat.examiners e JOIN main.examiners me ON me.name = e.name WHERE me.pubkey IS NOT e.pubkey",
    "SELECT 'examiner key of ' || e.name || ': the exam file calls it ' || me.name"
    " FROM seat.examiners e JOIN main.examiners me ON me.pubkey = e.pubkey WHERE me.name IS NOT e.name",
    "SELECT 'result version ' || r.version || ' of exam attempt ' || x.uid || ': the seat has ' || r.score"
    " || ', the exam file has ' || m.score"
    " FROM seat.results r JOIN seat.exam_attempts x ON x.id = r.exam_attempt_id JOIN main.exam_attempts mx ON mx.uid = x.uid"
    " JOIN main.results m ON m.exam_attempt_id = mx.id AND m.version = r.version WHERE m.score IS NOT r.score",
    "SELECT 'exam attempt ' || x.uid || ': ' || x.status || ' on the seat, ' || mx.status || ' in the exam file'"
    " FROM seat.exam_attempts x JOIN main.exam_attempts mx ON mx.uid = x.uid"
    " WHERE x.status <> mx.status AND x.status <> 'in_progress' AND mx.status <> 'in_progress'",
    "SELECT 'ledger chain ' || substr(l.chain, 1, 12) || ' entry ' || l.seq || ': the seat and the exam file differ (a copied seat file went on separately)'"
    " FROM seat.ledger l JOIN main.ledger m ON m.chain = l.chain AND m.seq = l.seq WHERE m.hash <> l.hash",
    "SELECT 'exam centre: the seat was set up by another centre''s administrator'"
    " FROM seat.ledger l, main.ledger m WHERE l.kind = 'centre' AND m.kind = 'centre'"
    " AND substr(l.body, instr(l.body, 'centre.admin=')) <> substr(m.body, instr(m.body, 'centre.admin=')) LIMIT 1",
};

static int exec_step(cs_store *st, const char *sql, int64_t *added, char *err, size_t errlen)
{
    sqlite3 *db = cs_store_sqlite(st);
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "merging", err, errlen);
    else if (strncmp(sql, "INSERT", 6) == 0) *added += sqlite3_changes(db);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int report(cs_store *st, const char *sql, cs_merge_cb cb, void *ctx, int64_t *n, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), sql, -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        const char *m = (const char *)sqlite3_column_text(s, 0);
        if (cb) cb(m ? m : "", ctx);
        ++*n;
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "comparing the seat with the exam file", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int skipped_in_progress(cs_store *st, cs_merge_cb cb, void *ctx, char *err, size_t errlen)
{
    int64_t n = 0;
    return report(st, "SELECT 'attempt ' || uid || ' (' || scenario_id || ') is still in progress on the seat; merge again when it has ended'"
                  " FROM seat.attempts WHERE status = 'in_progress'", cb, ctx, &n, err, errlen);
}

typedef struct {
    char first[700];
    int n;
} seat_problems;

static void on_seat_problem(int64_t xa, const char *where, const char *problem, void *ctx)
{
    seat_problems *p = ctx;
    (void)xa;
    if (!p->n++) snprintf(p->first, sizeof p->first, "%s: %s", where, problem);
}

/* The seat, read-only: 0 when its records verify, 1 refused (err says why), -1 error. */
static int verify_seat(const char *seat_path, int allow_test_keys, char *err, size_t errlen)
{
    cs_store *seat = cs_store_open_readonly(seat_path, err, errlen);
    if (!seat) return -1;
    seat_problems p = { "", 0 };
    cs_exam_verify_stats vs;
    int rc = cs_exam_verify(seat, allow_test_keys, on_seat_problem, &p, &vs, err, errlen);
    cs_store_close(seat);
    if (rc) return -1;
    if (!p.n) return 0;
    snprintf(err, errlen, "refused: its records do not verify (%s%s)", p.first, p.n > 1 ? "; and more: run callsim verify on it" : "");
    return 1;
}

static int attach_uri(cs_store *st, const char *seat_path, const char *params)
{
    char uri[3 * 4096 + 32];
    if (cs_store_uri(seat_path, params, uri, sizeof uri)) return SQLITE_CANTOPEN;
    sqlite3_stmt *at = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "ATTACH DATABASE ? AS seat", -1, &at, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(at, 1, uri, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_step(at);
    sqlite3_finalize(at);
    if (rc != SQLITE_DONE) return rc;
    /* attaching is lazy: read the schema now, so a file we cannot read fails here */
    return sqlite3_exec(cs_store_sqlite(st), "SELECT count(*) FROM seat.sqlite_schema", NULL, NULL, NULL) == SQLITE_OK
               ? SQLITE_DONE : sqlite3_extended_errcode(cs_store_sqlite(st));
}

/* ATTACH the seat read-only (mode=ro: SQLite never writes it nor switches its journal mode); a WAL
 * seat in a directory we cannot write, with no -wal file (nobody writing it), as immutable. */
static int attach_ro(cs_store *st, const char *seat_path, char *err, size_t errlen)
{
    int rc = attach_uri(st, seat_path, "mode=ro");
    if (rc != SQLITE_DONE) {
        char wal[4200];
        snprintf(wal, sizeof wal, "%s-wal", seat_path);
        cs_store_exec(st, "DETACH DATABASE seat", "merging", NULL, 0);
        if (access(wal, F_OK) != 0) rc = attach_uri(st, seat_path, "mode=ro&immutable=1");
    }
    if (rc == SQLITE_DONE) return 0;
    cs_store_error(st, rc, "attaching the seat database read-only", err, errlen);
    cs_store_exec(st, "DETACH DATABASE seat", "merging", NULL, 0);
    return -1;
}

typedef struct {
    int64_t attempt, xa;
    int part;
    char scenario[128], uid[64];
} recovered;

/* The seat's recovered exam calls that are in this file but not filed under their sitting yet. */
static int find_recovered(cs_store *st, recovered **out, size_t *n, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    *out = NULL;
    *n = 0;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT ma.id, mx.id, r.part, r.scenario_id, r.attempt_uid FROM seat.recovered_calls r"
                                " JOIN main.attempts ma ON ma.uid = r.attempt_uid JOIN main.exam_attempts mx ON mx.uid = r.sitting"
                                " WHERE NOT EXISTS (SELECT 1 FROM main.exam_calls c WHERE c.attempt_id = ma.id)", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    size_t cap = 0;
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 4;
            recovered *g = realloc(*out, cap * sizeof *g);
            if (!g) { rc = SQLITE_NOMEM; break; }
            *out = g;
        }
        recovered *r = &(*out)[(*n)++];
        r->attempt = sqlite3_column_int64(s, 0);
        r->xa = sqlite3_column_int64(s, 1);
        r->part = sqlite3_column_int(s, 2);
        snprintf(r->scenario, sizeof r->scenario, "%s", (const char *)sqlite3_column_text(s, 3));
        snprintf(r->uid, sizeof r->uid, "%s", (const char *)sqlite3_column_text(s, 4));
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "reading the recovered calls", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* Files each recovered call under its sitting, signed by the examiner who merges. */
static int file_recovered(cs_store *st, const recovered *r, size_t n, const cs_signer *by, cs_merge_cb cb, void *ctx,
                          char *err, size_t errlen)
{
    char msg[600];
    for (size_t i = 0; i < n; i++) {
        if (!by) {
            snprintf(msg, sizeof msg, "recovered call %s (part %d of exam attempt %lld) is merged but not filed under its sitting:"
                     " merge it again with --examiner NAME --pin SECRET", r[i].uid, r[i].part, (long long)r[i].xa);
            if (cb) cb(msg, ctx);
            continue;
        }
        if (cs_exam_attempt_link(st, by, r[i].xa, r[i].part, r[i].scenario, r[i].attempt, err, errlen) ||
            cs_exam_call_end(st, by, r[i].attempt, err, errlen))
            return -1;
        snprintf(msg, sizeof msg, "recovered call %s filed under exam attempt %lld, part %d, signed by %s", r[i].uid,
                 (long long)r[i].xa, r[i].part, by->name);
        if (cb) cb(msg, ctx);
    }
    return 0;
}

int cs_store_merge(cs_store *st, const char *seat_path, int allow_test_keys, const cs_signer *by, cs_merge_cb cb, void *ctx,
                   int64_t *added, int64_t *conflicts, char *err, size_t errlen)
{
    *added = *conflicts = 0;
    int v = verify_seat(seat_path, allow_test_keys, err, errlen);
    if (v) return v;
    if (attach_ro(st, seat_path, err, errlen)) return -1;
    int ok = cs_store_exec(st, "BEGIN IMMEDIATE", "merging", err, errlen) == 0;
    for (size_t i = 0; ok && i < sizeof conflict_queries / sizeof conflict_queries[0]; i++)
        ok = report(st, conflict_queries[i], cb, ctx, conflicts, err, errlen) == 0;
    int refused = ok && *conflicts > 0;
    if (refused) snprintf(err, errlen, "refused: %lld conflict(s) with the exam file (listed above); nothing of this seat was merged",
                          (long long)*conflicts);
    ok = ok && !refused && skipped_in_progress(st, cb, ctx, err, errlen) == 0;
    for (size_t i = 0; ok && i < sizeof copy_steps / sizeof copy_steps[0]; i++)
        ok = exec_step(st, copy_steps[i], added, err, errlen) == 0;
    ok = ok && cs_voice_merge_seat(st, err, errlen) == 0; /* the spoken part (voice_store.h) */
    ok = ok && cs_store_exec(st, "DROP TABLE temp.merging", "merging", err, errlen) == 0;
    if (ok) ok = cs_store_exec(st, "COMMIT", "merging", err, errlen) == 0;
    if (!ok) {
        cs_store_exec(st, "ROLLBACK", "merging", NULL, 0);
        cs_store_exec(st, "DROP TABLE IF EXISTS temp.merging", "merging", NULL, 0);
    }
    recovered *rec = NULL;
    size_t n_rec = 0;
    ok = ok && find_recovered(st, &rec, &n_rec, err, errlen) == 0;
    cs_store_exec(st, "DETACH DATABASE seat", "merging", NULL, 0);
    cs_store_forget_chain(st);
    ok = ok && file_recovered(st, rec, n_rec, by, cb, ctx, err, errlen) == 0;
    free(rec);
    return ok ? 0 : refused ? 1 : -1;
}
