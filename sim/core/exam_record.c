/* Canonical exam records (see exam_record.h). Each record is the rows of fixed queries written
 * column by column as "prefix.column=value" lines (cs_canon): a new column in a query is a new
 * line, a changed value a changed line. A column named hash_of_X is written as X_sha256, the
 * SHA-256 of its value (the paper's text, a grade's JSON): the record stays small. */
#include "exam_record.h"

#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_score.h"
#include "exam_store.h"
#include "turn_chain.h"
#include "voice_store.h"

static void put_col(cs_canon *c, const char *prefix, sqlite3_stmt *s, int i)
{
    char name[160];
    const char *col = sqlite3_column_name(s, i);
    int hashed = !strncmp(col, "hash_of_", 8);
    snprintf(name, sizeof name, "%s%s%s", prefix, hashed ? col + 8 : col, hashed ? "_sha256" : "");
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_NULL: cs_canon_str(c, name, NULL); break;
    case SQLITE_INTEGER: cs_canon_int(c, name, sqlite3_column_int64(s, i)); break;
    case SQLITE_FLOAT: cs_canon_num(c, name, sqlite3_column_double(s, i)); break;
    case SQLITE_BLOB: { /* a recording: only ever its hash, over its bytes */
        char h[CS_SHA256_HEX];
        cs_sha256_hex(sqlite3_column_blob(s, i), (size_t)sqlite3_column_bytes(s, i), h);
        cs_canon_str(c, name, h);
        break;
    }
    default: {
        const char *t = (const char *)sqlite3_column_text(s, i);
        if (hashed) {
            char h[CS_SHA256_HEX];
            cs_sha256_hex(t ? t : "", t ? strlen(t) : 0, h);
            cs_canon_str(c, name, h);
        } else {
            cs_canon_str(c, name, t);
        }
    }
    }
}

/* Writes every row of sql (one int64 parameter, or none) as prefix lines; with numbered set, row
 * k's prefix is "<prefix><k>." and *rows counts them. ids (may be NULL): column 0 of each row,
 * which is then not written (a row id, never signed). */
static int put_rows(cs_store *st, cs_canon *c, const char *prefix, int numbered, const char *sql, int64_t arg,
                    int64_t **ids, size_t *rows, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), sql, -1, &s, NULL);
    if (rc == SQLITE_OK && sqlite3_bind_parameter_count(s) > 0) rc = sqlite3_bind_int64(s, 1, arg);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    size_t k = 0, cap = 0;
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s), k++) {
        char pre[128];
        if (numbered) snprintf(pre, sizeof pre, "%s%zu.", prefix, k);
        else snprintf(pre, sizeof pre, "%s", prefix);
        int first = 0;
        if (ids) {
            if (k == cap) {
                cap = cap ? cap * 2 : 8;
                int64_t *g = realloc(*ids, cap * sizeof *g);
                if (!g) { rc = SQLITE_NOMEM; break; }
                *ids = g;
            }
            (*ids)[k] = sqlite3_column_int64(s, 0);
            first = 1;
        }
        for (int i = first; i < sqlite3_column_count(s); i++) put_col(c, pre, s, i);
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "building the signed record", err, errlen);
    sqlite3_finalize(s);
    if (rows) *rows = k;
    return rc == SQLITE_DONE ? 0 : -1;
}

static int take(cs_canon *c, int rc, char **out, char *err, size_t errlen)
{
    if (rc) { cs_canon_free(c); return -1; }
    *out = cs_canon_take(c);
    if (!*out) { snprintf(err, errlen, "out of memory building the signed record"); return -1; }
    return 0;
}

static const char start_sql[] =
    "SELECT x.uid AS uid, e.uid AS exam, p.paper_id AS paper, p.version AS paper_version, p.sha256 AS paper_sha256,"
    " p.text AS hash_of_paper_text, p.title AS paper_title, p.level AS level, p.minutes AS minutes,"
    " c.cand_no AS candidate_no, c.name AS candidate_name, c.id_number AS candidate_id_number,"
    " x.seat AS seat, x.started_at AS started_at, e.created_at AS exam_created_at, c.created_at AS candidate_created_at"
    " FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id JOIN exams e ON e.id = c.exam_id"
    " JOIN papers p ON p.id = e.paper_ref WHERE x.id = ?";
static const char end_sql[] =
    "SELECT x.uid AS uid, x.status AS status, x.ended_at AS ended_at, x.void_reason AS void_reason,"
    " x.voided_by AS voided_by FROM exam_attempts x WHERE x.id = ?";

static int put_one(cs_store *st, cs_canon *c, const char *prefix, const char *sql, int64_t id, const char *what,
                   char *err, size_t errlen)
{
    size_t n = 0;
    if (put_rows(st, c, prefix, 0, sql, id, NULL, &n, err, errlen)) return -1;
    if (n == 1) return 0;
    snprintf(err, errlen, "%s: %s %" PRId64 " is missing", cs_store_path(st), what, id);
    return -1;
}

int cs_rec_start(cs_store *st, int64_t xa, char **out, char *err, size_t errlen)
{
    cs_canon c;
    cs_canon_init(&c);
    return take(&c, put_one(st, &c, "sitting.", start_sql, xa, "sitting", err, errlen), out, err, errlen);
}

int cs_rec_end(cs_store *st, int64_t xa, char **out, char *err, size_t errlen)
{
    cs_canon c;
    cs_canon_init(&c);
    return take(&c, put_one(st, &c, "sitting.", end_sql, xa, "sitting", err, errlen), out, err, errlen);
}

int cs_rec_turns_head(cs_store *st, int64_t attempt_id, char head[CS_SHA256_HEX], int64_t *n, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT a.uid, " CS_TURN_COLS " FROM attempts a JOIN turns t"
                                " ON t.attempt_id = a.id WHERE a.id = ? ORDER BY t.seq", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 1, attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    head[0] = '\0';
    *n = 0;
    char prev[CS_SHA256_HEX];
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        if (*n == 0) cs_chain_genesis((const char *)sqlite3_column_text(s, 0), prev);
        cs_turn_row r;
        cs_store_read_turn(s, 1, &r);
        cs_chain_next(prev, &r, prev);
        ++*n;
        memcpy(head, prev, CS_SHA256_HEX);
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "recomputing a turn chain", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int put_call(cs_store *st, cs_canon *c, const char *prefix, int64_t attempt_id, int with_end, char *err, size_t errlen)
{
    char pre[128];
    if (put_one(st, c, prefix, "SELECT a.uid AS attempt, x.uid AS sitting, k.part AS part, k.scenario_id AS scenario,"
                " a.scenario_id AS attempt_scenario, a.scenario_file AS scenario_file, a.mode AS mode, a.seed AS seed,"
                " a.started_at AS started_at"
                " FROM exam_calls k JOIN attempts a ON a.id = k.attempt_id JOIN exam_attempts x ON x.id = k.exam_attempt_id"
                " WHERE k.attempt_id = ?", attempt_id, "exam call attempt", err, errlen))
        return -1;
    if (!with_end) return 0;
    if (put_one(st, c, prefix, "SELECT status, ended_at, score, passed, auto_failed, fail_reason, abort_reason,"
                " chain_head, chain_len, grade_json AS hash_of_grade_json FROM attempts WHERE id = ?", attempt_id,
                "call attempt", err, errlen))
        return -1;
    char head[CS_SHA256_HEX], name[160];
    int64_t n = 0;
    if (cs_rec_turns_head(st, attempt_id, head, &n, err, errlen)) return -1;
    snprintf(name, sizeof name, "%sturns_head", prefix);
    cs_canon_str(c, name, head);
    snprintf(name, sizeof name, "%sturns", prefix);
    cs_canon_int(c, name, n);
    snprintf(pre, sizeof pre, "%sitem.", prefix);
    if (put_rows(st, c, pre, 1, "SELECT ord, item_id, label, points, max, reason, clause FROM rubric_items"
                 " WHERE attempt_id = ? ORDER BY ord", attempt_id, NULL, NULL, err, errlen))
        return -1;
    snprintf(pre, sizeof pre, "%styping.", prefix);
    if (put_rows(st, c, pre, 1, "SELECT cpm, accuracy, recorded_at FROM typing_samples WHERE attempt_id = ?"
                 " ORDER BY recorded_at, cpm", attempt_id, NULL, NULL, err, errlen))
        return -1;
    /* the spoken part (voice_store.h): each reply's recording by its hash; a file that never
     * recorded has no table and its records no such lines */
    if (!cs_voice_table_exists(st)) return 0;
    snprintf(pre, sizeof pre, "%sclip.", prefix);
    return put_rows(st, c, pre, 1, "SELECT seq, seconds, recorded_at, clip AS hash_of_clip FROM voice_clips"
                    " WHERE attempt_id = ? ORDER BY seq", attempt_id, NULL, NULL, err, errlen);
}

int cs_rec_call(cs_store *st, int64_t attempt_id, int with_end, char **out, char *err, size_t errlen)
{
    cs_canon c;
    cs_canon_init(&c);
    return take(&c, put_call(st, &c, "call.", attempt_id, with_end, err, errlen), out, err, errlen);
}

static const char score_sql[] =
    "SELECT s.uid AS uid, x.uid AS sitting, e.pubkey AS examiner, e.name AS examiner_name, s.item AS item,"
    " s.score AS score, s.entered_at AS at FROM examiner_scores s JOIN examiners e ON e.id = s.examiner_id"
    " JOIN exam_attempts x ON x.id = s.exam_attempt_id";
static const char review_sql[] =
    "SELECT r.uid AS uid, x.uid AS sitting, r.attempt_uid AS attempt, r.item_id AS item, r.decision AS decision,"
    " r.points AS points, r.reason AS reason, e.pubkey AS examiner, r.decided_at AS at FROM reviews r"
    " JOIN examiners e ON e.id = r.examiner_id JOIN exam_attempts x ON x.id = r.exam_attempt_id";

int cs_rec_score(cs_store *st, int64_t score_id, char **out, char *err, size_t errlen)
{
    char sql[600];
    cs_canon c;
    cs_canon_init(&c);
    snprintf(sql, sizeof sql, "%s WHERE s.id = ?", score_sql);
    return take(&c, put_one(st, &c, "score.", sql, score_id, "examiner score", err, errlen), out, err, errlen);
}

int cs_rec_review(cs_store *st, int64_t review_id, char **out, char *err, size_t errlen)
{
    char sql[600];
    cs_canon c;
    cs_canon_init(&c);
    snprintf(sql, sizeof sql, "%s WHERE r.id = ?", review_sql);
    return take(&c, put_one(st, &c, "review.", sql, review_id, "review decision", err, errlen), out, err, errlen);
}

static int put_parts(cs_store *st, cs_canon *c, int64_t xa, char *err, size_t errlen)
{
    cs_paper p;
    if (cs_exam_attempt_paper(st, xa, &p, err, errlen)) return -1;
    size_t n = cs_paper_n_parts(&p);
    double *parts = calloc(n + 1, sizeof *parts);
    cs_exam_score sc;
    int rc = parts ? cs_exam_evaluate(st, xa, &p, parts, &sc, NULL, err, errlen) : -1;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        char name[64];
        snprintf(name, sizeof name, "part.%zu.score", i);
        cs_canon_num(c, name, parts[i]);
    }
    if (rc == 0) {
        cs_canon_num(c, "computed.score", sc.total);
        cs_canon_str(c, "computed.verdict", cs_verdict_name(sc.verdict));
    }
    free(parts);
    cs_paper_free(&p);
    return rc;
}

static int put_result(cs_store *st, cs_canon *c, int64_t xa, int version, char *err, size_t errlen)
{
    char sql[300];
    snprintf(sql, sizeof sql, "SELECT version, score, passed, created_at, created_by, reason, detail_json AS hash_of_detail_json"
             " FROM results WHERE exam_attempt_id = ? AND version = %d", version);
    return put_one(st, c, "result.", sql, xa, "result of sitting", err, errlen);
}

int cs_rec_result(cs_store *st, int64_t xa, int version, char **out, char *err, size_t errlen)
{
    cs_canon c;
    cs_canon_init(&c);
    return take(&c, put_result(st, &c, xa, version, err, errlen), out, err, errlen);
}

int cs_rec_sitting(cs_store *st, int64_t xa, int version, const char *replaces, char **out, char *err, size_t errlen)
{
    cs_canon c;
    cs_canon_init(&c);
    cs_canon_str(&c, "record", "callsim sitting v1");
    int64_t *ids = NULL;
    size_t n = 0;
    int rc = put_one(st, &c, "sitting.", start_sql, xa, "sitting", err, errlen) ||
             put_one(st, &c, "sitting.", end_sql, xa, "sitting", err, errlen) ||
             put_rows(st, &c, "", 0, "SELECT k.attempt_id FROM exam_calls k JOIN attempts a ON a.id = k.attempt_id"
                      " WHERE k.exam_attempt_id = ? ORDER BY k.part, a.started_at, a.uid", xa, &ids, &n, err, errlen);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        char pre[64];
        snprintf(pre, sizeof pre, "call.%zu.", i);
        rc = put_call(st, &c, pre, ids[i], 1, err, errlen);
    }
    free(ids);
    char sql[700];
    snprintf(sql, sizeof sql, "%s WHERE s.exam_attempt_id = ? ORDER BY s.entered_at, s.uid", score_sql);
    rc = rc || put_rows(st, &c, "score.", 1, sql, xa, NULL, NULL, err, errlen);
    snprintf(sql, sizeof sql, "%s WHERE r.exam_attempt_id = ? ORDER BY r.decided_at, r.uid", review_sql);
    rc = rc || put_rows(st, &c, "review.", 1, sql, xa, NULL, NULL, err, errlen);
    rc = rc || put_parts(st, &c, xa, err, errlen);
    if (rc == 0) rc = put_result(st, &c, xa, version, err, errlen);
    cs_canon_str(&c, "result.replaces", replaces);
    return take(&c, rc, out, err, errlen);
}

/* At most max bytes of the value (to the end of its line), cut on a UTF-8 character boundary. */
static int clip(const char *v, size_t line_left, size_t max)
{
    size_t n = line_left < max ? line_left : max;
    while (n > 0 && n < line_left && ((unsigned char)v[n] & 0xC0) == 0x80) n--;
    return (int)n;
}

void cs_rec_diff(const char *a, const char *b, char *out, size_t len)
{
    out[0] = '\0';
    while (*a || *b) {
        const char *ea = strchr(a, '\n'), *eb = strchr(b, '\n');
        size_t la = ea ? (size_t)(ea - a) : strlen(a), lb = eb ? (size_t)(eb - b) : strlen(b);
        if (la != lb || memcmp(a, b, la) != 0) {
            const char *qa = memchr(a, '=', la), *qb = memchr(b, '=', lb);
            size_t na = qa ? (size_t)(qa - a) : la, nb = qb ? (size_t)(qb - b) : lb;
            if (!la) snprintf(out, len, "%.*s (not in the signed record: added)", (int)nb, b);
            else if (!lb) snprintf(out, len, "%.*s (signed, now missing)", (int)na, a);
            else if (na != nb || memcmp(a, b, na) != 0)
                snprintf(out, len, "%.*s (signed) / %.*s (stored): rows added, removed or reordered", (int)na, a, (int)nb, b);
            else {
                size_t va = qa ? la - na - 1 : 0, vb = qb ? lb - nb - 1 : 0;
                snprintf(out, len, "%.*s (signed '%.*s', stored '%.*s')", (int)na, a, clip(qa ? qa + 1 : "", va, 60),
                         qa ? qa + 1 : "", clip(qb ? qb + 1 : "", vb, 60), qb ? qb + 1 : "");
            }
            return;
        }
        a += la + (ea ? 1 : 0);
        b += lb + (eb ? 1 : 0);
    }
}
