/* The panel's review of the grader's verdicts in a sitting (see exam_review.h for the rule). */
#include "exam_review.h"

#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core_util.h"
#include "exam_ledger.h"
#include "exam_record.h"
#include "exam_score.h"
#include "exam_store.h"
#include "paths.h"
#include "random_id.h"
#include "store_log.h"


static const char *col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* ---- the panel ------------------------------------------------------------------------------ */

/* extra: an examiner about to decide (counted in the panel), 0 none. */
/* Binds one item's key (the sitting, the call's uid, the item: ?1 ?2 ?3) and takes the first step;
 * the reviews' reads of one item are keyed so. */
static int step_item(sqlite3_stmt *s, int64_t xa, const char *attempt_uid, const char *item)
{
    int rc = sqlite3_bind_int64(s, 1, xa);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 2, attempt_uid, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 3, item, -1, SQLITE_TRANSIENT);
    return rc == SQLITE_OK ? sqlite3_step(s) : rc;
}

static int panel_of(cs_store *st, int64_t xa, int64_t extra, int *panel, int *need, char *err, size_t errlen)
{
    const char *what = "counting the examiner panel";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT count(*) FROM (SELECT examiner_id FROM examiner_scores WHERE exam_attempt_id = ?1"
                           " UNION SELECT examiner_id FROM reviews WHERE exam_attempt_id = ?1 UNION SELECT ?2 WHERE ?2 > 0)",
                           what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, xa);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 2, extra);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    int n = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
    if (rc != SQLITE_ROW) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW) return -1;
    if (n < CS_PANEL_MIN) n = CS_PANEL_MIN;
    if (n % 2 == 0) n++; /* 1.9.3: the panel is odd; one more examiner is still to come */
    *panel = n;
    *need = n / 2 + 1;
    return 0;
}

int cs_exam_review_panel(cs_store *st, int64_t xa, int *panel, int *need, char *err, size_t errlen)
{
    return panel_of(st, xa, 0, panel, need, err, errlen);
}

typedef struct {
    int64_t examiner; /* 0: none */
    int overrule;
} extra_vote;

/* Each examiner's latest decision on the item, with ex replacing that examiner's own. */
static int tally(cs_store *st, int64_t xa, const char *attempt_uid, const char *item, const extra_vote *ex,
                 int *confirms, int *overrules, char *err, size_t errlen)
{
    const char *what = "counting review decisions";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT r.examiner_id, r.decision FROM reviews r WHERE r.exam_attempt_id = ?1"
                           " AND r.attempt_uid = ?2 AND r.item_id = ?3 AND NOT EXISTS (SELECT 1 FROM reviews r2"
                           " WHERE r2.exam_attempt_id = ?1 AND r2.attempt_uid = ?2 AND r2.item_id = ?3"
                           " AND r2.examiner_id = r.examiner_id"
                           " AND (r2.decided_at > r.decided_at OR (r2.decided_at = r.decided_at AND r2.uid > r.uid)))",
                           what, err, errlen);
    if (!s) return -1;
    *confirms = *overrules = 0;
    int rc = step_item(s, xa, attempt_uid, item);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        if (ex && ex->examiner == sqlite3_column_int64(s, 0)) continue;
        const char *d = col(s, 1);
        if (d && !strcmp(d, "overrule")) ++*overrules;
        else if (d && !strcmp(d, "confirm")) ++*confirms;
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    if (ex && ex->examiner) ++*(ex->overrule ? overrules : confirms);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- the verdicts ------------------------------------------------------------------------- */

typedef struct {
    int64_t attempt_id;
    int part, question;
    char *uid, *scenario, *grade_json, *fail_reason;
} call_row;

static void calls_free(call_row *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(c[i].uid);
        free(c[i].scenario);
        free(c[i].grade_json);
        free(c[i].fail_reason);
    }
    free(c);
}

/* The question number (第K题) of part: the calls of the paper counted from 1. */
static int question_of(const cs_paper *p, int part)
{
    int k = 0;
    for (size_t i = 0; i < cs_paper_n_parts(p) && (int)i <= part; i++)
        k += cs_paper_part_at(p, i, NULL)->kind == CS_PART_SCENARIO;
    return k;
}

/* The call that counts for each part (its latest completed exam call, as cs_exam_evaluate takes). */
static int load_calls(cs_store *st, int64_t xa, call_row **out, size_t *n, char *err, size_t errlen)
{
    const char *what = "reading the sitting's calls";
    *out = NULL;
    *n = 0;
    cs_paper p;
    if (cs_exam_attempt_paper(st, xa, &p, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT a.id, k.part, a.uid, k.scenario_id, a.grade_json, a.fail_reason"
                           " FROM exam_calls k JOIN attempts a ON a.id = k.attempt_id"
                           " WHERE k.exam_attempt_id = ?1 AND a.status = 'completed' AND a.mode = 'exam'"
                           " AND NOT EXISTS (SELECT 1 FROM exam_calls k2 JOIN attempts a2 ON a2.id = k2.attempt_id"
                           " WHERE k2.exam_attempt_id = ?1 AND k2.part = k.part AND a2.status = 'completed' AND a2.mode = 'exam'"
                           " AND (a2.started_at > a.started_at OR (a2.started_at = a.started_at AND a2.uid > a.uid)))"
                           " ORDER BY k.part", what, err, errlen);
    if (!s) { cs_paper_free(&p); return -1; }
    int rc = sqlite3_bind_int64(s, 1, xa);
    size_t cap = 0;
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            call_row *g = realloc(*out, cap * sizeof *g);
            if (!g) { rc = SQLITE_NOMEM; break; }
            *out = g;
        }
        call_row *c = &(*out)[(*n)++];
        c->attempt_id = sqlite3_column_int64(s, 0);
        c->part = sqlite3_column_int(s, 1);
        c->question = question_of(&p, c->part);
        c->uid = cs_strdup(col(s, 2) ? col(s, 2) : "");
        c->scenario = cs_strdup(col(s, 3) ? col(s, 3) : "");
        c->grade_json = cs_strdup(col(s, 4) ? col(s, 4) : "{}");
        c->fail_reason = col(s, 5) ? cs_strdup(col(s, 5)) : NULL;
        if (!c->uid || !c->scenario || !c->grade_json) { rc = SQLITE_NOMEM; break; }
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    cs_paper_free(&p);
    if (rc == SQLITE_DONE) return 0;
    calls_free(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
}

/* The call's turns from its stored grade JSON: one row per reply marked for the panel. */
static int each_in_call(cs_store *st, int64_t xa, const call_row *c, const extra_vote *ex, const char *ex_item,
                        int panel, int need, cs_review_cb cb, void *ctx, char *err, size_t errlen)
{
    const char *what = "reading a call's graded turns";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT CAST(t.key AS INTEGER), json_extract(t.value, '$.kind'), json_extract(t.value, '$.text'),"
                           " json_extract(t.value, '$.review'), json_extract(t.value, '$.verdict'),"
                           " json_extract(t.value, '$.confidence'), json_extract(t.value, '$.deductions'),"
                           " json_extract(t.value, '$.expect') FROM json_each(?1, '$.turns') t", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_text(s, 1, c->grade_json, -1, SQLITE_STATIC), stop = 0;
    char *caller = NULL;
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW && !stop; rc = sqlite3_step(s)) {
        const char *kind = col(s, 1), *review = col(s, 3);
        if (kind && !strcmp(kind, "caller_say")) {
            free(caller);
            caller = col(s, 2) ? cs_strdup(col(s, 2)) : NULL;
            continue;
        }
        if (!review || !strstr(review, "\"")) continue;
        static const char *const kinds[] = { "fails_call", "phrase" };
        for (int k = 0; k < 2 && !stop; k++) {
            char quoted[32], item[64], handle[80];
            snprintf(quoted, sizeof quoted, "\"%s\"", kinds[k]);
            if (!strstr(review, quoted)) continue;
            int64_t seq = sqlite3_column_int64(s, 0);
            snprintf(item, sizeof item, "seq:%" PRId64 ":%s", seq, kinds[k]);
            snprintf(handle, sizeof handle, "%d/%s", c->question, item);
            cs_review_row r = { c->question, c->part, c->attempt_id, c->uid, c->scenario, item, handle, seq, k == 0,
                                caller, col(s, 2), col(s, 7), k == 0 ? 1 : sqlite3_column_int(s, 4),
                                sqlite3_column_double(s, 5), k == 0 && c->fail_reason ? c->fail_reason : col(s, 6),
                                0, 0, panel, need, CS_REVIEW_UNDECIDED };
            const extra_vote *use = ex && ex_item && !strcmp(ex_item, handle) ? ex : NULL;
            if (tally(st, xa, c->uid, item, use, &r.confirms, &r.overrules, err, errlen)) { stop = -1; break; }
            if (r.overrules >= need) r.state = CS_REVIEW_OVERRULED;
            else if (r.confirms >= need) r.state = CS_REVIEW_CONFIRMED;
            if (cb(&r, ctx)) stop = 1;
        }
    }
    free(caller);
    if (stop == -1) { sqlite3_finalize(s); return -1; }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? (stop ? 1 : 0) : -1;
}

/* only (may be 0): that call attempt alone. ex/ex_item: a decision about to be recorded. */
static int each_verdict(cs_store *st, int64_t xa, int64_t only, const extra_vote *ex, const char *ex_item,
                        cs_review_cb cb, void *ctx, char *err, size_t errlen)
{
    call_row *calls = NULL;
    size_t n = 0;
    int panel = 0, need = 0;
    if (panel_of(st, xa, ex ? ex->examiner : 0, &panel, &need, err, errlen) ||
        load_calls(st, xa, &calls, &n, err, errlen))
        return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < n; i++)
        if (!only || calls[i].attempt_id == only)
            rc = each_in_call(st, xa, &calls[i], ex, ex_item, panel, need, cb, ctx, err, errlen);
    calls_free(calls, n);
    return rc < 0 ? -1 : 0;
}

int cs_exam_review_each(cs_store *st, int64_t xa, cs_review_cb cb, void *ctx, char *err, size_t errlen)
{
    return each_verdict(st, xa, 0, NULL, NULL, cb, ctx, err, errlen);
}

int cs_exam_review_votes(cs_store *st, int64_t xa, const char *attempt_uid, const char *item, cs_review_vote_cb cb,
                         void *ctx, char *err, size_t errlen)
{
    const char *what = "reading review decisions";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT e.name, r.decision, r.reason, r.decided_at, r.points FROM reviews r"
                           " JOIN examiners e ON e.id = r.examiner_id WHERE r.exam_attempt_id = ? AND r.attempt_uid = ?"
                           " AND r.item_id = ? ORDER BY r.decided_at, r.uid", what, err, errlen);
    if (!s) return -1;
    int rc = step_item(s, xa, attempt_uid, item);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        cs_review_vote v = { col(s, 0), col(s, 1), col(s, 2), col(s, 3),
                             sqlite3_column_type(s, 4) == SQLITE_NULL ? NAN : sqlite3_column_double(s, 4) };
        if (cb(&v, ctx)) { rc = SQLITE_DONE; break; }
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- undecided verdicts (the sign refusal) ------------------------------------------------ */

typedef struct {
    size_t n;
    char *list;
    size_t len;
} undecided_ctx;

static int note_undecided(const cs_review_row *r, void *ctx)
{
    undecided_ctx *u = ctx;
    if (r->state != CS_REVIEW_UNDECIDED) return 0;
    if (u->list) {
        size_t at = strlen(u->list);
        if (at + 1 < u->len)
            snprintf(u->list + at, u->len - at, "%s%s (%d confirm, %d overrule)", u->n ? ", " : "", r->handle, r->confirms,
                     r->overrules);
    }
    u->n++;
    return 0;
}

int cs_exam_review_undecided(cs_store *st, int64_t xa, size_t *n, char *list, size_t len, char *err, size_t errlen)
{
    undecided_ctx u = { 0, list, len };
    if (list && len) list[0] = '\0';
    int rc = cs_exam_review_each(st, xa, note_undecided, &u, err, errlen);
    *n = u.n;
    return rc;
}

/* ---- the score ------------------------------------------------------------------------------ */

typedef struct {
    cs_review_decision *d;
    size_t n, cap;
    int any_overrule, oom;
} decided_ctx;

static int note_decided(const cs_review_row *r, void *ctx)
{
    decided_ctx *c = ctx;
    if (r->state == CS_REVIEW_UNDECIDED) return 0;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        cs_review_decision *g = realloc(c->d, c->cap * sizeof *g);
        if (!g) { c->oom = 1; return 1; }
        c->d = g;
    }
    int over = r->state == CS_REVIEW_OVERRULED;
    c->d[c->n++] = (cs_review_decision){ (size_t)r->seq, r->fails_call ? CS_REVIEW_FAILS : CS_REVIEW_PHRASE, over };
    c->any_overrule |= over;
    return 0;
}

int cs_exam_review_call_score(cs_store *st, int64_t xa, int64_t attempt_id, double *score, char *err, size_t errlen)
{
    decided_ctx c = { 0 };
    if (each_verdict(st, xa, attempt_id, NULL, NULL, note_decided, &c, err, errlen)) { free(c.d); return -1; }
    free(c.d);
    if (c.oom) { snprintf(err, errlen, "out of memory counting review decisions"); return -1; }
    if (!c.any_overrule) return 0;
    const char *what = "reading the call's reviewed score";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT r.points FROM reviews r JOIN attempts a ON a.uid = r.attempt_uid WHERE r.exam_attempt_id = ?"
                           " AND a.id = ? AND r.points IS NOT NULL ORDER BY r.decided_at DESC, r.uid DESC LIMIT 1", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, xa);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 2, attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) *score = sqlite3_column_double(s, 0);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* ---- a decision --------------------------------------------------------------------------- */

typedef struct {
    const char *handle;
    int matches;
    cs_review_row found;
    char item[64], handle_buf[80], uid[64];
} find_ctx;

static int find_item(const cs_review_row *r, void *ctx)
{
    find_ctx *f = ctx;
    int hit = strchr(f->handle, '/') ? !strcmp(f->handle, r->handle) : !strcmp(f->handle, r->item);
    if (!hit) return 0;
    if (f->matches++ == 0) {
        f->found = *r;
        snprintf(f->item, sizeof f->item, "%s", r->item);
        snprintf(f->handle_buf, sizeof f->handle_buf, "%s", r->handle);
        snprintf(f->uid, sizeof f->uid, "%s", r->attempt_uid);
        f->found.item = f->item;
        f->found.handle = f->handle_buf;
        f->found.attempt_uid = f->uid;
        f->found.caller_line = f->found.reply = f->found.expect = f->found.reason = f->found.scenario_id = NULL;
    }
    return 0;
}

static int scenario_path(cs_store *st, int64_t attempt_id, char *path, size_t len, char *err, size_t errlen)
{
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT scenario_file, scenario_id FROM attempts WHERE id = ?", "reading the call", err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    int ok = rc == SQLITE_ROW;
    if (ok && col(s, 0) && access(col(s, 0), R_OK) == 0) snprintf(path, len, "%s", col(s, 0));
    else if (ok && !cs_scenario_find(col(s, 1) ? col(s, 1) : "", path, len)) {
        snprintf(err, errlen, "%s: the scenario of call attempt %" PRId64 " (%s) is not found; it cannot be graded again",
                 cs_store_path(st), attempt_id, col(s, 1) ? col(s, 1) : "?");
        ok = 0;
    } else if (!ok) cs_store_error(st, rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc, "reading the call", err, errlen);
    sqlite3_finalize(s);
    return ok ? 0 : -1;
}

static int regrade(cs_store *st, const cs_phrase_bank *bank, int64_t xa, const find_ctx *f, const extra_vote *ex,
                   double *score, char *err, size_t errlen)
{
    char path[4096];
    decided_ctx c = { 0 };
    if (scenario_path(st, f->found.attempt_id, path, sizeof path, err, errlen) ||
        each_verdict(st, xa, f->found.attempt_id, ex, f->handle_buf, note_decided, &c, err, errlen)) {
        free(c.d);
        return -1;
    }
    if (c.oom) { free(c.d); snprintf(err, errlen, "out of memory counting review decisions"); return -1; }
    cs_call_log log;
    cs_grade g;
    cs_log_init(&log);
    int rc = cs_regrade_call(st, bank, f->found.attempt_id, path, c.d, c.n, 1, &log, &g, err, errlen);
    if (rc == 0) *score = g.score;
    cs_grade_free(&g);
    cs_log_free(&log);
    free(c.d);
    return rc;
}

static int insert_decision(cs_store *st, const cs_signer *by, int64_t xa, const find_ctx *f, int overrule,
                           const char *reason, double score, char *err, size_t errlen)
{
    const char *what = "storing a review decision";
    char uid[CS_UID_HEX], at[48], sitting[64];
    if (cs_random_uid(uid)) { snprintf(err, errlen, "cannot read /dev/urandom for the decision's id"); return -1; }
    cs_now_iso(at, sizeof at);
    if (cs_exam_attempt_uid(st, xa, sitting, sizeof sitting, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "INSERT INTO reviews(uid, exam_attempt_id, attempt_uid, item_id, decision, points, reason,"
                           " examiner_id, decided_at) VALUES (?,?,?,?,?,?,?,?,?)", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_text(s, 1, uid, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 2, xa);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 3, f->uid, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 4, f->item, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 5, overrule ? "overrule" : "confirm", -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = sqlite3_bind_double(s, 6, score);
    if (rc == SQLITE_OK) rc = reason && *reason ? sqlite3_bind_text(s, 7, reason, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(s, 7);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 8, by->id);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 9, at, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) return -1;
    char *body = NULL;
    if (cs_rec_review(st, sqlite3_last_insert_rowid(cs_store_sqlite(st)), &body, err, errlen)) return -1;
    rc = cs_ledger_append(st, by, "review", sitting, body, 1, at, NULL, err, errlen);
    free(body);
    return rc;
}

static int may_review(cs_store *st, int64_t xa, const char *reason, char *err, size_t errlen)
{
    char status[32];
    int version = 0, sgn = 0;
    if (cs_exam_attempt_status(st, xa, status, sizeof status, err, errlen) ||
        cs_exam_result_latest(st, xa, &version, &sgn, err, errlen))
        return -1;
    if (!strcmp(status, "void")) {
        snprintf(err, errlen, "exam attempt %" PRId64 " is void; its verdicts are not reviewed", xa);
        return -1;
    }
    if (sgn && !(reason && *reason)) {
        snprintf(err, errlen, "exam attempt %" PRId64 ": result version %d is signed; a review decision now is a correction"
                 " and needs a reason (--reason)", xa, version);
        return -1;
    }
    return 0;
}

int cs_exam_review_decide(cs_store *st, const cs_signer *by, const cs_phrase_bank *bank, int64_t xa, const char *handle,
                          int overrule, const char *reason, double *call_score, char *err, size_t errlen)
{
    if (!by) { snprintf(err, errlen, "%s: a review decision needs its examiner's secret (--examiner NAME --pin SECRET)", cs_store_path(st)); return -1; }
    if (!handle || !*handle) { snprintf(err, errlen, "which verdict? name it with --item (see callsim exam review --attempt %" PRId64 ")", xa); return -1; }
    if (may_review(st, xa, reason, err, errlen)) return -1;
    find_ctx f = { .handle = handle };
    if (cs_exam_review_each(st, xa, find_item, &f, err, errlen)) return -1;
    if (f.matches == 0) {
        snprintf(err, errlen, "exam attempt %" PRId64 " has no verdict '%s' for the panel (callsim exam review --attempt %" PRId64 " lists them)",
                 xa, handle, xa);
        return -1;
    }
    if (f.matches > 1) {
        snprintf(err, errlen, "'%s' names a verdict in %d calls; write it with the call's number, e.g. %s", handle, f.matches, f.handle_buf);
        return -1;
    }
    extra_vote ex = { by->id, overrule };
    double score = 0;
    if (regrade(st, bank, xa, &f, &ex, &score, err, errlen)) return -1;
    if (cs_store_exec(st, "BEGIN IMMEDIATE", "storing a review decision", err, errlen)) return -1;
    if (insert_decision(st, by, xa, &f, overrule, reason, score, err, errlen)) {
        cs_store_exec(st, "ROLLBACK", "storing a review decision", NULL, 0);
        return -1;
    }
    if (cs_store_exec(st, "COMMIT", "storing a review decision", err, errlen)) {
        cs_store_exec(st, "ROLLBACK", "storing a review decision", NULL, 0);
        return -1;
    }
    if (call_score) *call_score = score;
    return 0;
}

/* ---- the stored result follows the decisions ----------------------------------------------- */

int cs_exam_review_sync_result(cs_store *st, int64_t xa, const char *by, const char *reason, int *version,
                               char *err, size_t errlen)
{
    int sgn = 0;
    *version = 0;
    if (cs_exam_result_latest(st, xa, version, &sgn, err, errlen)) return -1;
    if (!*version) return 0;
    cs_paper p;
    if (cs_exam_attempt_paper(st, xa, &p, err, errlen)) return -1;
    double *parts = calloc(cs_paper_n_parts(&p) + 1, sizeof *parts);
    cs_exam_score sc;
    int rc = parts ? cs_exam_evaluate(st, xa, &p, parts, &sc, NULL, err, errlen) : -1;
    free(parts);
    cs_paper_free(&p);
    if (rc || sc.pending) return rc;
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT score, passed FROM results WHERE exam_attempt_id = ? AND version = ?", "reading the result", err, errlen);
    if (!s) return -1;
    int q = sqlite3_bind_int64(s, 1, xa);
    if (q == SQLITE_OK) q = sqlite3_bind_int(s, 2, *version);
    if (q == SQLITE_OK) q = sqlite3_step(s);
    int same = q == SQLITE_ROW && fabs(sqlite3_column_double(s, 0) - sc.total) < 0.05 &&
               sqlite3_column_int(s, 1) == (sc.verdict == CS_VERDICT_PASSED);
    if (q != SQLITE_ROW) cs_store_error(st, q, "reading the result", err, errlen);
    sqlite3_finalize(s);
    if (q != SQLITE_ROW) return -1;
    if (same) return 0;
    cs_exam_score stored;
    return cs_exam_result_store(st, xa, by, reason && *reason ? reason : "panel review of the grader's verdicts", version,
                                &stored, err, errlen);
}
