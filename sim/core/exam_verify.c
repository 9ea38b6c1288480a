/* Exam verification (see exam_verify.h). Reads only: every query is a SELECT. */
#include "exam_verify.h"

#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_ledger.h"
#include "exam_record.h"
#include "random_id.h"
#include "store_verify.h"

typedef struct {
    int64_t id, seq;
    char *chain, *kind, *sitting, *signer, *at, *body, *hash;
    int bad;   /* hash or signature wrong: not trusted */
    int used;  /* matched to a row */
} entry;

typedef struct {
    char pub[CS_PUB_HEX], name[128];
    int admin, disabled;
    int64_t ops, mem;
    char sealed_sha256[CS_SHA256_HEX];
} cert;

typedef struct {
    cs_store *st;
    cs_exam_problem_cb cb;
    void *ctx;
    cs_exam_verify_stats *out;
    entry *e;
    size_t n, cap;
    cert *c;
    size_t nc;
    int64_t cur_xa;     /* the sitting being checked */
    int cur_bad;
    char where[200];
    const char *uid;    /* its uid */
    int oom;
} vctx;

static void problem(vctx *v, int64_t xa, const char *where, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void problem(vctx *v, int64_t xa, const char *where, const char *fmt, ...)
{
    char msg[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    v->out->problems++;
    if (!xa) v->out->file_problems++;
    if (xa && xa == v->cur_xa) v->cur_bad = 1;
    v->cb(xa, where, msg, v->ctx);
}

static char *dup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static int load_entry(const cs_ledger_row *r, void *ctx)
{
    vctx *v = ctx;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        entry *g = realloc(v->e, cap * sizeof *g);
        if (!g) { v->oom = 1; return 1; }
        v->e = g;
        v->cap = cap;
    }
    entry *e = &v->e[v->n++];
    memset(e, 0, sizeof *e);
    e->id = r->id;
    e->seq = r->seq;
    e->chain = dup(r->chain);
    e->kind = dup(r->kind);
    e->sitting = dup(r->sitting);
    e->signer = dup(r->signer);
    e->at = dup(r->at);
    e->body = dup(r->body);
    e->hash = dup(r->hash);
    char *text = cs_ledger_text(r);
    char h[CS_SHA256_HEX];
    if (!text || !e->kind || !e->signer || !e->at || !e->body || !e->hash) { free(text); v->oom = 1; return 1; }
    cs_sha256_hex(text, strlen(text), h);
    char where[96];
    snprintf(where, sizeof where, "ledger entry %" PRId64 " (%s)", r->id, r->kind);
    if (strcmp(h, r->hash) != 0) { e->bad = 1; problem(v, 0, where, "changed after it was signed (its hash does not match)"); }
    else if (!cs_sig_valid(r->signer, r->sig, text, strlen(text))) { e->bad = 1; problem(v, 0, where, "its signature is not valid for its signer's key"); }
    free(text);
    return 0;
}

static void free_entries(vctx *v)
{
    for (size_t i = 0; i < v->n; i++) {
        entry *e = &v->e[i];
        free(e->chain); free(e->kind); free(e->sitting); free(e->signer); free(e->at); free(e->body); free(e->hash);
    }
    free(v->e);
    free(v->c);
}

/* cs_ledger_each gives chains in seq order: a gap or a wrong prev is an entry removed or moved. */
static void check_chains(vctx *v, cs_store *st)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT chain, seq, prev, hash FROM ledger WHERE chain IS NOT NULL ORDER BY chain, seq",
                           -1, &s, NULL) != SQLITE_OK) { sqlite3_finalize(s); return; }
    char chain[80] = "", prev[CS_SHA256_HEX] = "";
    int64_t want = 1;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *c = (const char *)sqlite3_column_text(s, 0), *p = (const char *)sqlite3_column_text(s, 2),
                   *h = (const char *)sqlite3_column_text(s, 3);
        int64_t seq = sqlite3_column_int64(s, 1);
        if (strcmp(chain, c ? c : "")) { snprintf(chain, sizeof chain, "%s", c ? c : ""); want = 1; prev[0] = '\0'; }
        char where[120];
        snprintf(where, sizeof where, "ledger chain %.12s… entry %" PRId64, chain, seq);
        if (seq != want) problem(v, 0, where, "entries %" PRId64 " to %" PRId64 " are missing (deleted)", want, seq - 1);
        else if (strcmp(p ? p : "", prev)) problem(v, 0, where, "does not follow the entry before it (entries removed or reordered)");
        snprintf(prev, sizeof prev, "%s", h ? h : "");
        want = seq + 1;
    }
    sqlite3_finalize(s);
}

static cert *find_cert(vctx *v, const char *pub)
{
    for (size_t i = 0; pub && i < v->nc; i++)
        if (!strcmp(v->c[i].pub, pub)) return &v->c[i];
    return NULL;
}

static int get_int(const char *body, const char *name, int64_t *out)
{
    char buf[64];
    if (cs_canon_get(body, name, buf, sizeof buf)) return -1;
    *out = strtoll(buf, NULL, 10);
    return 0;
}

/* The centre and its examiners' certificates, in time order. */
static void build_certs(vctx *v)
{
    char root[CS_PUB_HEX] = "";
    int centres = 0;
    for (size_t i = 0; i < v->n; i++) {
        entry *e = &v->e[i];
        char admin[CS_PUB_HEX];
        if (e->bad || strcmp(e->kind, "centre") || cs_canon_get(e->body, "centre.admin", admin, sizeof admin)) continue;
        if (strcmp(admin, e->signer)) { problem(v, 0, "the centre's set-up entry", "not signed by the administrator it names"); continue; }
        if (!root[0]) { snprintf(root, sizeof root, "%s", admin); centres = 1; }
        else if (strcmp(root, admin)) centres++;
    }
    if (centres > 1) problem(v, 0, "the exam centre", "%d different administrator keys set it up (records of another centre were added)", centres);
    snprintf(v->out->centre, sizeof v->out->centre, "%s", root);
    v->c = calloc(v->n + 1, sizeof *v->c);
    if (!v->c) { v->oom = 1; return; }
    /* examiner entries in time order (ties by id) */
    for (;;) {
        entry *next = NULL;
        for (size_t i = 0; i < v->n; i++) {
            entry *e = &v->e[i];
            if (e->bad || e->used || strcmp(e->kind, "examiner")) continue;
            if (!next || strcmp(e->at, next->at) < 0 || (!strcmp(e->at, next->at) && e->id < next->id)) next = e;
        }
        if (!next) break;
        next->used = 1;
        cert *by = find_cert(v, next->signer);
        char name[128], pub[CS_PUB_HEX], action[16], where[200];
        cs_canon_get(next->body, "examiner.name", name, sizeof name);
        cs_canon_get(next->body, "examiner.pubkey", pub, sizeof pub);
        cs_canon_get(next->body, "action", action, sizeof action);
        snprintf(where, sizeof where, "examiner %s", name);
        int by_admin = (root[0] && !strcmp(next->signer, root)) || (by && by->admin && !by->disabled);
        if (!by_admin) { problem(v, 0, where, "certificate signed by a key that was not an administrator's"); continue; }
        cert *c = find_cert(v, pub);
        if (!c) { c = &v->c[v->nc++]; snprintf(c->pub, sizeof c->pub, "%s", pub); }
        snprintf(c->name, sizeof c->name, "%s", name);
        int64_t x = 0;
        c->admin = get_int(next->body, "examiner.admin", &x) == 0 && x;
        c->disabled = get_int(next->body, "examiner.disabled", &x) == 0 && x;
        get_int(next->body, "examiner.kdf_ops", &c->ops);
        get_int(next->body, "examiner.kdf_mem", &c->mem);
        cs_canon_get(next->body, "examiner.sealed_sha256", c->sealed_sha256, sizeof c->sealed_sha256);
    }
}

static void check_examiner_rows(vctx *v, int allow_test)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(v->st), "SELECT name, pubkey, is_admin, disabled, kdf_ops, kdf_mem, sealed FROM examiners ORDER BY id",
                           -1, &s, NULL) != SQLITE_OK) { sqlite3_finalize(s); return; }
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(s, 0), *pub = (const char *)sqlite3_column_text(s, 1);
        char where[200];
        snprintf(where, sizeof where, "examiner %s", name ? name : "?");
        if (!pub) continue; /* made before signed records: can sign nothing */
        cert *c = find_cert(v, pub);
        if (!c) { problem(v, 0, where, "not certified by an administrator (added by hand)"); continue; }
        const char *sealed = (const char *)sqlite3_column_text(s, 6);
        char h[CS_SHA256_HEX];
        cs_sha256_hex(sealed ? sealed : "", sealed ? strlen(sealed) : 0, h);
        if (strcmp(c->name, name ? name : "") || c->admin != sqlite3_column_int(s, 2) || c->disabled != sqlite3_column_int(s, 3) ||
            c->ops != sqlite3_column_int64(s, 4) || c->mem != sqlite3_column_int64(s, 5) || strcmp(c->sealed_sha256, h))
            problem(v, 0, where, "changed since an administrator certified it (name, administrator, disabled, sealed key or its cost)");
    }
    sqlite3_finalize(s);
    for (size_t i = 0; i < v->nc; i++) {
        if (!cs_key_is_test((uint64_t)v->c[i].ops, (uint64_t)v->c[i].mem)) continue;
        v->out->test_keys++;
        char where[200];
        snprintf(where, sizeof where, "examiner %s", v->c[i].name);
        if (!allow_test)
            problem(v, 0, where, "TEST KEY: sealed below the production cost (%" PRId64 " pass(es), %" PRId64 " KiB; production is %llu, %llu KiB); "
                    "not valid for a real exam (set up again without " CS_TEST_KDF_ENV ")", v->c[i].ops, v->c[i].mem / 1024,
                    (unsigned long long)CS_KDF_PROD_OPS, (unsigned long long)(CS_KDF_PROD_MEM / 1024));
    }
}

/* ---- sittings ------------------------------------------------------------------------------------ */

/* The entries of a sitting of a kind, each checked to be an examiner's. */
static entry *next_entry(vctx *v, const char *uid, const char *kind, size_t *from)
{
    for (; *from < v->n; ++*from) {
        entry *e = &v->e[*from];
        if (e->bad || !e->sitting || strcmp(e->sitting, uid) || strcmp(e->kind, kind)) continue;
        ++*from;
        return e;
    }
    return NULL;
}

static void compare(vctx *v, const char *what, const char *signed_body, int rc_build, char *built, const char *err)
{
    char d[600];
    if (rc_build) { problem(v, v->cur_xa, v->where, "%s: %s", what, err); return; }
    cs_rec_diff(signed_body, built, d, sizeof d);
    if (d[0]) problem(v, v->cur_xa, v->where, "%s changed after it was signed: %s", what, d);
    free(built);
}

static void check_signers(vctx *v, const char *uid)
{
    size_t i = 0;
    for (; i < v->n; i++) {
        entry *e = &v->e[i];
        if (e->bad || !e->sitting || strcmp(e->sitting, uid)) continue;
        if (!find_cert(v, e->signer)) problem(v, v->cur_xa, v->where, "its %s entry is signed by a key that was not an examiner's", e->kind);
    }
}

typedef int (*row_fn)(vctx *v, sqlite3_stmt *s);

static int each_row(vctx *v, const char *sql, int64_t xa, row_fn fn)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(v->st), sql, -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 1, xa);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) fn(v, s);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static entry *entry_with(vctx *v, const char *kind, const char *field, const char *value)
{
    size_t from = 0;
    entry *e;
    char buf[200];
    while ((e = next_entry(v, v->uid, kind, &from)))
        if (cs_canon_get(e->body, field, buf, sizeof buf) == 0 && !strcmp(buf, value)) return e;
    return NULL;
}

/* The program run (sessions row) a call was played in. A session is bookkeeping for telling a
 * crashed call from one still being played: no signed record, result or report reads it, and the
 * call's own start, end and status are signed. What can be checked is that the row is there and
 * the call lies in it: opened before the call started, not closed before it (a merged call has no
 * session here: NULL). Its pid and host prove nothing and are not checked. */
static void check_session(vctx *v, sqlite3_stmt *s, int64_t aid)
{
    if (sqlite3_column_type(s, 10) == SQLITE_NULL) return;
    int64_t sid = sqlite3_column_int64(s, 10);
    const char *started = (const char *)sqlite3_column_text(s, 11), *opened = (const char *)sqlite3_column_text(s, 13),
               *closed = (const char *)sqlite3_column_text(s, 14);
    if (sqlite3_column_type(s, 12) == SQLITE_NULL) {
        problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " was played in session %" PRId64 ", which is gone from "
                "the sessions table (deleted)", aid, sid);
        return;
    }
    if (started && opened && strcmp(opened, started) > 0)
        problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " started at %s, before its session %" PRId64
                " was opened (%s): the session row was changed", aid, started, sid, opened);
    else if (started && closed && strcmp(closed, started) < 0)
        problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " started at %s, after its session %" PRId64
                " was closed (%s): the session row was changed", aid, started, sid, closed);
}

static int check_call(vctx *v, sqlite3_stmt *s)
{
    int64_t aid = sqlite3_column_int64(s, 0);
    const char *auid = (const char *)sqlite3_column_text(s, 1), *mode = (const char *)sqlite3_column_text(s, 2),
               *status = (const char *)sqlite3_column_text(s, 3);
    char err[512], *built = NULL;
    if (mode && strcmp(mode, "exam")) problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " is a %s attempt: it can never count in an exam", aid, mode);
    /* the attempt's person is not signed (the sitting's candidate is), but it is what a candidate's
     * own list of calls and a merge go by: when there is one, it must be the sitting's 考生号 (a call
     * recorded without a person belongs to nobody else) */
    const char *role = (const char *)sqlite3_column_text(s, 4), *ext = (const char *)sqlite3_column_text(s, 5),
               *cand = (const char *)sqlite3_column_text(s, 6), *pname = (const char *)sqlite3_column_text(s, 7),
               *cname = (const char *)sqlite3_column_text(s, 8);
    int64_t person = sqlite3_column_int64(s, 9);
    if (cand && role && (strcmp(role, "candidate") || !ext || strcmp(ext, cand)))
        problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " is recorded as taken by %s%s%s, not by 考生号 %s "
                "(its person was changed)", aid, role, ext ? " " : "", ext ? ext : "", cand);
    /* ... and by that person's name: the signed start names the candidate (candidates.name), and a
     * forged people.name would put another name on the candidate's calls (the merge files calls by
     * role, name and 考生号). `exam run` without --name files the person under the 考生号 itself. */
    else if (cand && role && pname && !(cname && strcmp(pname, cname) == 0) && strcmp(pname, cand) != 0)
        problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " is recorded as taken by '%.80s' (people row %" PRId64
                "), not by the candidate the sitting's signed start names, '%.80s' (考生号 %s): the person's name was "
                "changed", aid, pname, person, cname ? cname : "?", cand);
    /* a person named but gone: the row was deleted or its id changed, and the candidate's own list
     * of calls and a merge lose the call (a call recorded with no person at all is NULL, not this) */
    else if (sqlite3_column_type(s, 15) != SQLITE_NULL && sqlite3_column_type(s, 9) == SQLITE_NULL)
        problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " is recorded as taken by people row %" PRId64
                ", which is gone (the person was deleted or its id changed)", aid, (int64_t)sqlite3_column_int64(s, 15));
    check_session(v, s, aid);
    entry *e = entry_with(v, "call", "call.attempt", auid ? auid : "");
    if (!e) problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " was filed under it by hand (no signed entry)", aid);
    else { e->used = 1; int rc = cs_rec_call(v->st, aid, 0, &built, err, sizeof err); compare(v, "a call's start", e->body, rc, built, err); }
    e = entry_with(v, "call-end", "call.attempt", auid ? auid : "");
    if (e) { e->used = 1; built = NULL; int rc = cs_rec_call(v->st, aid, 1, &built, err, sizeof err); compare(v, "a call's end", e->body, rc, built, err); }
    else if (status && !strcmp(status, "completed"))
        problem(v, v->cur_xa, v->where, "call attempt %" PRId64 " is completed but its end was never signed", aid);
    return 0;
}

static int check_score(vctx *v, sqlite3_stmt *s)
{
    int64_t id = sqlite3_column_int64(s, 0);
    const char *uid = (const char *)sqlite3_column_text(s, 1), *pub = (const char *)sqlite3_column_text(s, 2),
               *item = (const char *)sqlite3_column_text(s, 3);
    entry *e = entry_with(v, "score", "score.uid", uid ? uid : "");
    if (!e) { problem(v, v->cur_xa, v->where, "a score for %s was not signed by its examiner (inserted by hand)", item ? item : "?"); return 0; }
    e->used = 1;
    if (!pub || strcmp(pub, e->signer)) problem(v, v->cur_xa, v->where, "a score for %s is filed under another examiner than the one who signed it", item ? item : "?");
    char err[512], *built = NULL;
    int rc = cs_rec_score(v->st, id, &built, err, sizeof err);
    compare(v, "an examiner score", e->body, rc, built, err);
    return 0;
}

static int check_review(vctx *v, sqlite3_stmt *s)
{
    int64_t id = sqlite3_column_int64(s, 0);
    const char *uid = (const char *)sqlite3_column_text(s, 1);
    const char *pub = (const char *)sqlite3_column_text(s, 2);
    entry *e = entry_with(v, "review", "review.uid", uid ? uid : "");
    if (!e) { problem(v, v->cur_xa, v->where, "a review decision was not signed by its examiner (inserted by hand)"); return 0; }
    e->used = 1;
    if (!pub || strcmp(pub, e->signer)) problem(v, v->cur_xa, v->where, "a review decision is filed under another examiner than the one who signed it");
    char err[512], *built = NULL;
    int rc = cs_rec_review(v->st, id, &built, err, sizeof err);
    compare(v, "a review decision", e->body, rc, built, err);
    return 0;
}

/* Entries of the kind whose rows were not found: rows deleted. */
static void leftovers(vctx *v, const char *kind, const char *what)
{
    size_t from = 0;
    entry *e;
    while ((e = next_entry(v, v->uid, kind, &from)))
        if (!e->used) problem(v, v->cur_xa, v->where, "%s signed at %s is gone from the tables (deleted)", what, e->at);
}

/* One sign entry of version ver against the row (s: the results row) and its own inputs. */
static void check_sign_entry(vctx *v, sqlite3_stmt *s, entry *e, int ver, int latest, int is_signed)
{
    char buf[200];
    if (!is_signed) problem(v, v->cur_xa, v->where, "result version %d was signed, but the signature was removed from it", ver);
    cert *c = find_cert(v, e->signer);
    const char *at = (const char *)sqlite3_column_text(s, 6), *by = (const char *)sqlite3_column_text(s, 7);
    if (is_signed && (strcmp(at ? at : "", e->at) || !c || strcmp(by ? by : "", c->name)))
        problem(v, v->cur_xa, v->where, "result version %d: who signed it or when was changed", ver);
    /* the signed version's own fields against its row (every version, also those corrected since) */
    char e2[512], *lines = NULL;
    if (cs_rec_result(v->st, v->cur_xa, ver, &lines, e2, sizeof e2)) problem(v, v->cur_xa, v->where, "result version %d: %s", ver, e2);
    for (char *l = lines, *nl; l && *l; l = nl + 1) {
        nl = strchr(l, '\n');
        if (!nl) break;
        *nl = '\0';
        const char *at_ = strstr(e->body, l);
        int found = at_ && (at_ == e->body || at_[-1] == '\n') && at_[strlen(l)] == '\n';
        if (!found) {
            char *eq = strchr(l, '=');
            if (eq) *eq = '\0';
            problem(v, v->cur_xa, v->where, "result version %d: %s changed after it was signed (signed %s)", ver, l,
                    cs_canon_get(e->body, "result.score", buf, sizeof buf) == 0 ? buf : "?");
            break;
        }
    }
    free(lines);
    /* the signed result against its own inputs */
    char cs_[64], cv[32], rs[64], rp[8];
    if (cs_canon_get(e->body, "computed.score", cs_, sizeof cs_) == 0 && cs_canon_get(e->body, "computed.verdict", cv, sizeof cv) == 0 &&
        cs_canon_get(e->body, "result.score", rs, sizeof rs) == 0 && cs_canon_get(e->body, "result.passed", rp, sizeof rp) == 0 &&
        (fabs(strtod(cs_, NULL) - strtod(rs, NULL)) > 1e-9 || (atoi(rp) == 1) != !strcmp(cv, "passed")))
        problem(v, v->cur_xa, v->where, "result version %d does not match its inputs (signed %s, its parts give %s %s)", ver, rs, cs_, cv);
    /* the whole record, for the version that stands (later versions change the tables) */
    if (ver != latest) return;
    char replaces[CS_SHA256_HEX] = "", err[512], *built = NULL, what[64];
    int has_rep = cs_canon_get(e->body, "result.replaces", replaces, sizeof replaces) == 0;
    int rc = cs_rec_sitting(v->st, v->cur_xa, ver, has_rep ? replaces : NULL, &built, err, sizeof err);
    snprintf(what, sizeof what, "the signed result version %d", ver);
    compare(v, what, e->body, rc, built, err);
}

static void check_results(vctx *v)
{
    sqlite3_stmt *s = NULL;
    int latest = 0;
    if (sqlite3_prepare_v2(cs_store_sqlite(v->st), "SELECT max(version) FROM results WHERE exam_attempt_id = ?", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_bind_int64(s, 1, v->cur_xa) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        latest = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(v->st), "SELECT version, score, passed, created_at, created_by, reason, signed_at, signed_by"
                           " FROM results WHERE exam_attempt_id = ? ORDER BY version", -1, &s, NULL) != SQLITE_OK ||
        sqlite3_bind_int64(s, 1, v->cur_xa) != SQLITE_OK) { sqlite3_finalize(s); return; }
    while (sqlite3_step(s) == SQLITE_ROW) {
        int ver = sqlite3_column_int(s, 0), is_signed = sqlite3_column_type(s, 6) != SQLITE_NULL, n = 0;
        char vs[16], buf[32];
        snprintf(vs, sizeof vs, "%d", ver);
        size_t from = 0;
        entry *e;
        while ((e = next_entry(v, v->uid, "sign", &from))) {
            if (cs_canon_get(e->body, "result.version", buf, sizeof buf) || strcmp(buf, vs)) continue;
            e->used = 1;
            n++;
            check_sign_entry(v, s, e, ver, latest, is_signed);
        }
        if (!n && is_signed) problem(v, v->cur_xa, v->where, "result version %d is marked signed but has no signature", ver);
        if (n > 1) problem(v, v->cur_xa, v->where, "result version %d carries %d signatures; a result is signed once", ver, n);
    }
    sqlite3_finalize(s);
}

static void check_sitting(vctx *v, int64_t xa, const char *uid, const char *status, const char *cand)
{
    v->cur_xa = xa;
    v->cur_bad = 0;
    v->uid = uid;
    snprintf(v->where, sizeof v->where, "sitting %" PRId64 " (考生号 %s)", xa, cand ? cand : "?");
    check_signers(v, uid);
    char err[512], *built = NULL;
    size_t from = 0;
    entry *start = next_entry(v, uid, "start", &from);
    if (!start) problem(v, xa, v->where, "has no signed start: it was not begun by an examiner (inserted by hand)");
    else { start->used = 1; int rc = cs_rec_start(v->st, xa, &built, err, sizeof err); compare(v, "its start (candidate, paper)", start->body, rc, built, err); }
    /* the last end entry (complete, then perhaps void) against the row */
    entry *last_end = NULL;
    for (size_t i = 0; i < v->n; i++) {
        entry *e = &v->e[i];
        if (!e->bad && e->sitting && !strcmp(e->sitting, uid) && (!strcmp(e->kind, "complete") || !strcmp(e->kind, "void"))) { e->used = 1; last_end = e; }
    }
    if (!last_end && strcmp(status, "in_progress")) problem(v, xa, v->where, "is %s, but no examiner signed its end", status);
    else if (last_end) { built = NULL; int rc = cs_rec_end(v->st, xa, &built, err, sizeof err); compare(v, "its end (status)", last_end->body, rc, built, err); }
    each_row(v, "SELECT k.attempt_id, a.uid, a.mode, a.status, p.role, p.ext_id, c.cand_no, p.name, c.name, p.id,"
                " a.session_id, a.started_at, ss.id, ss.opened_at, ss.closed_at, a.person_id FROM exam_calls k"
                " JOIN attempts a ON a.id = k.attempt_id LEFT JOIN people p ON p.id = a.person_id"
                " LEFT JOIN sessions ss ON ss.id = a.session_id"
                " JOIN exam_attempts x ON x.id = k.exam_attempt_id LEFT JOIN candidates c ON c.id = x.candidate_id"
                " WHERE k.exam_attempt_id = ?", xa, check_call);
    each_row(v, "SELECT s.id, s.uid, e.pubkey, s.item FROM examiner_scores s JOIN examiners e ON e.id = s.examiner_id WHERE s.exam_attempt_id = ?", xa, check_score);
    each_row(v, "SELECT r.id, r.uid, e.pubkey FROM reviews r LEFT JOIN examiners e ON e.id = r.examiner_id WHERE r.exam_attempt_id = ?", xa, check_review);
    check_results(v);
    /* a sitting still going on may have calls in progress on a seat, merged later */
    if (strcmp(status, "in_progress")) {
        leftovers(v, "call", "a call");
        leftovers(v, "call-end", "a call's end");
    }
    leftovers(v, "score", "an examiner score");
    leftovers(v, "review", "a review decision");
    leftovers(v, "sign", "a signed result");
    v->out->sittings++;
    v->out->broken_sittings += v->cur_bad;
}

static void check_sittings(vctx *v)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(v->st), "SELECT x.id, x.uid, x.status, c.cand_no FROM exam_attempts x"
                           " LEFT JOIN candidates c ON c.id = x.candidate_id ORDER BY x.id", -1, &s, NULL) != SQLITE_OK) {
        sqlite3_finalize(s);
        return;
    }
    while (sqlite3_step(s) == SQLITE_ROW)
        check_sitting(v, sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1),
                      (const char *)sqlite3_column_text(s, 2), (const char *)sqlite3_column_text(s, 3));
    sqlite3_finalize(s);
    /* signed starts whose sitting is gone */
    v->cur_xa = 0;
    for (size_t i = 0; i < v->n; i++) {
        entry *e = &v->e[i];
        if (e->bad || strcmp(e->kind, "start") || e->used) continue;
        char cand[100] = "?", where[200];
        cs_canon_get(e->body, "sitting.candidate_no", cand, sizeof cand);
        snprintf(where, sizeof where, "sitting %.12s… (考生号 %s)", e->sitting ? e->sitting : "?", cand);
        problem(v, 0, where, "deleted: its signed start (%s) is in the ledger but the sitting is gone", e->at);
        v->out->broken_sittings++;
    }
}

static void on_turn_problem(int64_t attempt, int64_t seq, const char *msg, void *ctx)
{
    vctx *v = ctx;
    char where[96];
    int64_t xa = -2; /* an attempt outside every exam: neither a sitting's nor the whole file's problem */
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(v->st), "SELECT exam_attempt_id FROM exam_calls WHERE attempt_id = ?", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_bind_int64(s, 1, attempt) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        xa = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (seq >= 0) snprintf(where, sizeof where, "attempt %" PRId64 " turn %" PRId64, attempt, seq);
    else snprintf(where, sizeof where, "attempt %" PRId64, attempt);
    v->cur_xa = -1;
    v->out->problems++;
    v->cb(xa, where, msg, v->ctx);
}

/* No ledger id at all, yet a chain holds sittings whose calls were played in this file (a merged call
 * carries no session, store_merge.c): the id of the chain those entries joined was deleted, and the
 * next entry would start a fresh chain beside it, so that the old one could be cut off unnamed. */
static void check_chain_id_kept(vctx *v)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(v->st), "SELECT l.chain FROM ledger l JOIN exam_attempts x ON x.uid = l.sitting"
                           " JOIN exam_calls c ON c.exam_attempt_id = x.id JOIN attempts a ON a.id = c.attempt_id"
                           " WHERE l.chain IS NOT NULL AND a.session_id IS NOT NULL"
                           " AND NOT EXISTS (SELECT 1 FROM store_meta m WHERE m.key = 'chain') LIMIT 1", -1, &s, NULL) != SQLITE_OK) {
        sqlite3_finalize(s);
        return;
    }
    if (sqlite3_step(s) == SQLITE_ROW)
        problem(v, 0, "the file's ledger id (store_meta 'chain')", "is missing, but ledger chain %.12s… holds sittings "
                "played in this file: the id was deleted (new entries would start a chain no receipt names)",
                (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
}

/* The file's own ledger id (store_meta 'chain'): the chain its new entries join and its receipts
 * name. Every entry signs its own chain id, so changing the id alters no signed record; but an id
 * naming no chain of the ledger means it was changed by hand, or that every entry of the file's own
 * chain was deleted together with the rows they describe (the whole chain cut off): the entries are
 * appended in the same transaction that creates the id, so a file that has the id has an entry. */
static void check_chain_id(vctx *v)
{
    check_chain_id_kept(v);
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(v->st), "SELECT value, (SELECT count(*) FROM ledger l WHERE l.chain = m.value)"
                           " FROM store_meta m WHERE m.key = 'chain'", -1, &s, NULL) != SQLITE_OK) {
        sqlite3_finalize(s);
        return;
    }
    if (sqlite3_step(s) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(s, 0);
        int64_t n = sqlite3_column_int64(s, 1);
        size_t len = id ? strlen(id) : 0;
        int hex = len == CS_UID_HEX - 1;
        for (size_t i = 0; hex && i < len; i++) hex = strchr("0123456789abcdef", id[i]) != NULL;
        const char *where = "the file's ledger id (store_meta 'chain')";
        if (!hex)
            problem(v, 0, where, "'%.40s' is not a ledger id (32 hex digits, as callsim makes it): it was changed by hand",
                    id ? id : "");
        else if (n == 0)
            problem(v, 0, where, "names ledger chain %.12s…, which has no entry in this file: the id was changed, or "
                    "every entry of the file's own chain was deleted with the rows they describe", id);
    }
    sqlite3_finalize(s);
}

int cs_exam_verify(cs_store *st, int allow_test_keys, cs_exam_problem_cb cb, void *ctx, cs_exam_verify_stats *out,
                   char *err, size_t errlen)
{
    vctx v;
    memset(&v, 0, sizeof v);
    memset(out, 0, sizeof *out);
    v.st = st;
    v.cb = cb;
    v.ctx = ctx;
    v.out = out;
    if (cs_crypto_init()) { snprintf(err, errlen, "libsodium cannot start"); return -1; }
    int rc = cs_ledger_each(st, load_entry, &v, err, errlen);
    if (rc == 0 && v.oom) { snprintf(err, errlen, "out of memory reading the ledger"); rc = -1; }
    out->entries = (int64_t)v.n;
    if (rc == 0) {
        check_chains(&v, st);
        build_certs(&v);
        check_examiner_rows(&v, allow_test_keys);
        check_sittings(&v);
        check_chain_id(&v);
        int64_t broken = 0;
        rc = cs_store_verify(st, on_turn_problem, &v, &out->attempts, &broken, err, errlen);
    }
    if (rc == 0 && v.oom) { snprintf(err, errlen, "out of memory verifying"); rc = -1; }
    free_entries(&v);
    return rc;
}
