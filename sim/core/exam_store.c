/* The practical exam in the store (see exam_store.h). Tables and triggers: migration 2 in store.c.
 * Every function is one statement or one BEGIN IMMEDIATE transaction; every rc is checked. */
#include "exam_store.h"
#include "exam_review.h"

#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "json_write.h"
#include "exam_ledger.h"
#include "random_id.h"
#include "roster_csv.h"
#include "digest.h"
#include "core_util.h"
#include "exam_record.h"


/* Steps a statement to its end (no rows wanted); finalizes; -1 with the message on failure. */
static int run(cs_store *st, sqlite3_stmt *s, int bind_rc, const char *what, char *err, size_t errlen)
{
    int rc = bind_rc == SQLITE_OK ? sqlite3_step(s) : bind_rc;
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static void acc(int *b, int rc)
{
    if (*b == SQLITE_OK) *b = rc;
}

static int bind_opt(sqlite3_stmt *s, int i, const char *v)
{
    return v && *v ? sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(s, i);
}

/* One int64 from a one-row query with up to one int64 and one text parameter. found: row or not. */
static int lookup(cs_store *st, const char *sql, int64_t a, const char *t, int64_t *out, int *found,
                  const char *what, char *err, size_t errlen)
{
    sqlite3_stmt *s = cs_store_prepare(st, sql, what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK, n = sqlite3_bind_parameter_count(s);
    if (n >= 1) acc(&b, sqlite3_bind_int64(s, 1, a));
    if (n >= 2) acc(&b, sqlite3_bind_text(s, 2, t ? t : "", -1, SQLITE_TRANSIENT));
    int rc = b == SQLITE_OK ? sqlite3_step(s) : b;
    *found = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW) *out = sqlite3_column_int64(s, 0);
    else if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

static int begin(cs_store *st, const char *what, char *err, size_t errlen)
{
    return cs_store_exec(st, "BEGIN IMMEDIATE", what, err, errlen);
}

static int end(cs_store *st, int ok, const char *what, char *err, size_t errlen)
{
    if (!ok) {
        cs_store_exec(st, "ROLLBACK", what, NULL, 0);
        return -1;
    }
    if (cs_store_exec(st, "COMMIT", what, err, errlen) == 0) return 0;
    cs_store_exec(st, "ROLLBACK", what, NULL, 0);
    return -1;
}

/* ---- papers and exams ------------------------------------------------------------------------ */

static int paper_ref(cs_store *st, const cs_paper *p, int64_t *ref, char *err, size_t errlen)
{
    const char *what = "recording the exam paper";
    sqlite3_stmt *s = cs_store_prepare(st, "INSERT INTO papers(paper_id, version, title, level, minutes, sha256, text)"
                           " VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK, found = 0;
    acc(&b, sqlite3_bind_text(s, 1, p->id, -1, SQLITE_STATIC));
    acc(&b, sqlite3_bind_int(s, 2, p->version));
    acc(&b, sqlite3_bind_text(s, 3, p->title, -1, SQLITE_STATIC));
    acc(&b, sqlite3_bind_int(s, 4, p->level));
    acc(&b, sqlite3_bind_int(s, 5, p->minutes));
    acc(&b, sqlite3_bind_text(s, 6, p->sha256, -1, SQLITE_STATIC));
    acc(&b, sqlite3_bind_text(s, 7, p->text, -1, SQLITE_STATIC));
    if (run(st, s, b, what, err, errlen)) return -1;
    char key[600];
    snprintf(key, sizeof key, "%s\x1f%s", p->id, p->sha256);
    if (lookup(st, "SELECT id FROM papers WHERE version = ?1 AND paper_id || char(31) || sha256 = ?2",
               p->version, key, ref, &found, what, err, errlen))
        return -1;
    if (!found) cs_say(err, errlen, "%s: the paper just recorded is missing", cs_store_path(st));
    return found ? 0 : -1;
}

int cs_exam_open(cs_store *st, const cs_paper *p, const char *uid, int64_t *exam_id, char *err, size_t errlen)
{
    const char *what = "opening the exam";
    char def[200];
    if (!uid || !*uid) {
        time_t now = time(NULL);
        struct tm tm;
        localtime_r(&now, &tm);
        char day[16];
        strftime(day, sizeof day, "%Y%m%d", &tm);
        snprintf(def, sizeof def, "%s-v%d-%s", p->id, p->version, day);
        uid = def;
    }
    int64_t ref = 0, got = 0;
    int found = 0;
    if (begin(st, what, err, errlen)) return -1;
    int ok = paper_ref(st, p, &ref, err, errlen) == 0 &&
             lookup(st, "SELECT paper_ref FROM exams WHERE uid = ?2 AND ?1 = ?1", 0, uid, &got, &found, what, err, errlen) == 0;
    if (ok && found && got != ref) {
        cs_say(err, errlen, "%s: exam '%s' is sat on another paper (or another version of it); give this one another --exam",
            cs_store_path(st), uid);
        ok = 0;
    }
    if (ok && !found) {
        sqlite3_stmt *s = cs_store_prepare(st, "INSERT INTO exams(uid, paper_ref) VALUES (?, ?)", what, err, errlen);
        int b = SQLITE_OK;
        if (s) {
            acc(&b, sqlite3_bind_text(s, 1, uid, -1, SQLITE_TRANSIENT));
            acc(&b, sqlite3_bind_int64(s, 2, ref));
        }
        ok = s && run(st, s, b, what, err, errlen) == 0;
    }
    ok = ok && lookup(st, "SELECT id FROM exams WHERE uid = ?2 AND ?1 = ?1", 0, uid, exam_id, &found, what, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

/* ---- candidates -------------------------------------------------------------------------------- */

int cs_exam_candidate(cs_store *st, int64_t exam_id, const char *cand_no, const char *name,
                      const char *id_number, int64_t *cand_id, char *err, size_t errlen)
{
    const char *what = "recording a candidate";
    if (!cand_no || !*cand_no) { cs_say(err, errlen, "a candidate needs a 考生号 (--candidate)"); return -1; }
    /* the roster's rule (roster_csv.c) for every way in: a 考生号 names files and pages */
    for (const char *q = cand_no; *q; q++)
        if (!((*q >= '0' && *q <= '9') || (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z') || *q == '-' || *q == '_') ||
            q - cand_no >= 64) {
            cs_say(err, errlen, "考生号 may hold only letters, digits, - and _ (at most 64): %s", cand_no);
            return -1;
        }
    /* refused at entry: a direction override in a name reorders what the report shows */
    if (cs_name_check("the 考生号", cand_no, err, errlen) || cs_name_check("the candidate's name", name, err, errlen) ||
        cs_name_check("the 证件号", id_number, err, errlen))
        return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT id, name FROM candidates WHERE exam_id = ? AND cand_no = ?", what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK;
    acc(&b, sqlite3_bind_int64(s, 1, exam_id));
    acc(&b, sqlite3_bind_text(s, 2, cand_no, -1, SQLITE_TRANSIENT));
    int rc = b == SQLITE_OK ? sqlite3_step(s) : b;
    if (rc == SQLITE_ROW) {
        const char *known = (const char *)sqlite3_column_text(s, 1);
        int clash = name && *name && strcmp(known, name) != 0;
        if (clash) cs_say(err, errlen, "%s: 考生号 %s is already %s, not %s", cs_store_path(st), cand_no, known, name);
        *cand_id = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return clash ? -1 : 0;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) { cs_store_error(st, rc, what, err, errlen); return -1; }
    if (!name || !*name) { cs_say(err, errlen, "candidate %s is new: give the name (--name)", cand_no); return -1; }
    s = cs_store_prepare(st, "INSERT INTO candidates(exam_id, cand_no, name, id_number) VALUES (?,?,?,?)", what, err, errlen);
    if (!s) return -1;
    acc(&b, sqlite3_bind_int64(s, 1, exam_id));
    acc(&b, sqlite3_bind_text(s, 2, cand_no, -1, SQLITE_TRANSIENT));
    acc(&b, sqlite3_bind_text(s, 3, name, -1, SQLITE_TRANSIENT));
    acc(&b, bind_opt(s, 4, id_number));
    if (run(st, s, b, what, err, errlen)) return -1;
    *cand_id = sqlite3_last_insert_rowid(cs_store_sqlite(st));
    return 0;
}

int cs_exam_roster_import(cs_store *st, int64_t exam_id, const char *file, const cs_roster *r, char *err, size_t errlen)
{
    const char *what = "importing the roster";
    if (begin(st, what, err, errlen)) return -1;
    int ok = 1;
    for (size_t i = 0; ok && i < r->n; i++) {
        int64_t id;
        char why[700];
        if (cs_exam_candidate(st, exam_id, r->v[i].cand_no, r->v[i].name, r->v[i].id_number, &id, why, sizeof why)) {
            cs_say(err, errlen, "%s:%d: %s", file, r->v[i].line, why);
            ok = 0;
        }
    }
    return end(st, ok, what, err, errlen);
}

int cs_exam_roster(cs_store *st, int64_t exam_id, cs_candidate_cb cb, void *ctx, char *err, size_t errlen)
{
    const char *what = "listing candidates";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT id, cand_no, name, id_number FROM candidates WHERE exam_id = ? ORDER BY cand_no",
                           what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, exam_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        cs_candidate_row c = { sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1),
                               (const char *)sqlite3_column_text(s, 2), (const char *)sqlite3_column_text(s, 3) };
        if (cb(&c, ctx)) { rc = SQLITE_DONE; break; }
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- examiners --------------------------------------------------------------------------------- */

#define THROTTLE_FAILS 5        /* wrong secrets in a row before the wait */
#define THROTTLE_WAIT_MS 30000  /* then one try per 30 s: with Argon2id's cost, guessing at the keyboard is hopeless */

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The examiner's certificate: what an administrator signs when adding, changing or disabling. */
static char *examiner_body(const char *action, const char *name, const cs_sealed_key *k, int admin, int disabled)
{
    cs_canon c;
    cs_canon_init(&c);
    cs_canon_str(&c, "action", action);
    cs_canon_str(&c, "examiner.name", name);
    cs_canon_str(&c, "examiner.pubkey", k->pub);
    cs_canon_int(&c, "examiner.admin", admin);
    cs_canon_int(&c, "examiner.disabled", disabled);
    cs_canon_int(&c, "examiner.kdf_ops", (int64_t)k->ops);
    cs_canon_int(&c, "examiner.kdf_mem", (int64_t)k->mem);
    char h[CS_SHA256_HEX];
    cs_sha256_hex(k->sealed, strlen(k->sealed), h);
    cs_canon_str(&c, "examiner.sealed_sha256", h); /* a re-sealed key (new secret or cost) needs an administrator */
    return cs_canon_take(&c);
}

int cs_name_check(const char *what, const char *s, char *err, size_t errlen)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    for (; *p; p++) {
        unsigned cp = *p;
        int n = 0;
        if (cp >= 0xF0) { cp &= 0x07; n = 3; }
        else if (cp >= 0xE0) { cp &= 0x0F; n = 2; }
        else if (cp >= 0xC0) { cp &= 0x1F; n = 1; }
        for (int i = 0; i < n && p[1]; i++) cp = (cp << 6) | (*++p & 0x3F);
        /* C0/C1 controls; bidi marks, embeddings, overrides and isolates (Unicode TR9), which can
         * reorder what a report shows; zero-width and line/paragraph separators; the BOM */
        if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || (cp >= 0x200b && cp <= 0x200f) ||
            (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff) {
            cs_say(err, errlen, "%s contains an invisible control character (U+%04X: direction, zero-width or control); "
                "type it again without it", what, cp);
            return -1;
        }
    }
    return 0;
}

static int ensure_admin(cs_store *st, const cs_signer *admin, char *err, size_t errlen)
{
    int64_t ok = 0;
    int found = 0;
    if (!admin) { cs_say(err, errlen, "%s: adding, changing or disabling an examiner needs an administrator's secret (--admin NAME --admin-pin)",
                         cs_store_path(st)); return -1; }
    if (lookup(st, "SELECT is_admin AND NOT disabled FROM examiners WHERE id = ?1 AND pubkey = ?2", admin->id, admin->pub,
               &ok, &found, "checking the administrator", err, errlen))
        return -1;
    if (found && ok) return 0;
    cs_say(err, errlen, "%s: %s is not an administrator of this exam centre; an administrator must do this", cs_store_path(st), admin->name);
    return -1;
}

/* The centre's first examiner as a signer, from the key just made at set-up (its administrator);
 * NULL when the key cannot be opened or out of memory. */
static cs_signer *founder(const cs_sealed_key *k, const char *secret, const char *name)
{
    cs_signer *self = cs_signer_new();
    if (!self || cs_key_open(k, secret, self->sk)) {
        cs_signer_free(self);
        return NULL;
    }
    snprintf(self->pub, sizeof self->pub, "%s", k->pub);
    snprintf(self->name, sizeof self->name, "%s", name);
    self->admin = 1;
    return self;
}

/* The examiner's row: 1 when written, 0 after saying why not (the name is taken, or the database's
 * error). */
static int insert_examiner(cs_store *st, const char *name, const cs_sealed_key *k, int make_admin, const char *what,
                           char *err, size_t errlen)
{
    sqlite3_stmt *s = cs_store_prepare(st, "INSERT INTO examiners(name, salt, pin_hash, iterations, pubkey, sealed, kdf_ops, kdf_mem, is_admin)"
                           " VALUES (?, '', '', 1, ?, ?, ?, ?, ?)", what, err, errlen);
    if (!s) return 0;
    int b = SQLITE_OK;
    acc(&b, sqlite3_bind_text(s, 1, name, -1, SQLITE_TRANSIENT));
    acc(&b, sqlite3_bind_text(s, 2, k->pub, -1, SQLITE_TRANSIENT));
    acc(&b, sqlite3_bind_text(s, 3, k->sealed, -1, SQLITE_TRANSIENT));
    acc(&b, sqlite3_bind_int64(s, 4, (int64_t)k->ops));
    acc(&b, sqlite3_bind_int64(s, 5, (int64_t)k->mem));
    acc(&b, sqlite3_bind_int(s, 6, make_admin ? 1 : 0));
    int rc = b == SQLITE_OK ? sqlite3_step(s) : b;
    sqlite3_finalize(s);
    if (rc == SQLITE_CONSTRAINT_UNIQUE) cs_say(err, errlen, "%s: examiner %s already exists", cs_store_path(st), name);
    else if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    return rc == SQLITE_DONE;
}

/* The centre's own ledger entry at set-up: a new uid and its administrator's key (pub), signed by
 * the administrator. 1 when written. */
static int centre_entry(cs_store *st, const cs_signer *admin, const char *pub, char *err, size_t errlen)
{
    char uid[CS_UID_HEX];
    cs_canon c;
    cs_canon_init(&c);
    int ok = cs_random_uid(uid) == 0;
    cs_canon_str(&c, "centre.uid", uid);
    cs_canon_str(&c, "centre.admin", pub);
    char *body = cs_canon_take(&c);
    ok = ok && body && cs_ledger_append(st, admin, "centre", NULL, body, 0, NULL, NULL, err, errlen) == 0;
    free(body);
    return ok;
}

int cs_examiner_add(cs_store *st, const cs_signer *admin, const char *name, const char *secret, int make_admin,
                    char *err, size_t errlen)
{
    const char *what = "adding an examiner";
    if (!name || !*name) { cs_say(err, errlen, "an examiner needs a name"); return -1; }
    if (cs_name_check("the examiner's name", name, err, errlen)) return -1;
    int64_t n = 0;
    int found = 0;
    /* the centre's first examiner with a key is its administrator (set-up); examiners of a file made
     * before schema 3 have none and can sign nothing */
    if (lookup(st, "SELECT count(*) FROM examiners WHERE pubkey IS NOT NULL", 0, NULL, &n, &found, what, err, errlen)) return -1;
    int first = n == 0;
    if (!first && ensure_admin(st, admin, err, errlen)) return -1;
    cs_sealed_key k;
    char e2[512];
    if (cs_key_new(secret, &k, e2, sizeof e2)) { cs_say(err, errlen, "examiner %s: %s", name, e2); return -1; }
    cs_signer *self = NULL;
    if (first) {
        /* set-up: the administrator signs its own certificate and the centre's */
        self = founder(&k, secret, name);
        if (!self) { cs_say(err, errlen, "cannot open the key just made"); return -1; }
        admin = self;
        make_admin = 1;
    }
    if (begin(st, what, err, errlen)) { cs_signer_free(self); return -1; }
    int ok = insert_examiner(st, name, &k, make_admin, what, err, errlen);
    if (ok && first) ok = centre_entry(st, admin, k.pub, err, errlen);
    char *body = ok ? examiner_body("add", name, &k, make_admin, 0) : NULL;
    ok = ok && body && cs_ledger_append(st, admin, "examiner", NULL, body, 0, NULL, NULL, err, errlen) == 0;
    free(body);
    cs_signer_free(self);
    return end(st, ok, what, err, errlen);
}

int cs_examiner_disable(cs_store *st, const cs_signer *admin, const char *name, char *err, size_t errlen)
{
    const char *what = "disabling an examiner";
    if (ensure_admin(st, admin, err, errlen)) return -1;
    if (admin && !strcmp(admin->name, name)) { cs_say(err, errlen, "an administrator cannot disable themself"); return -1; }
    if (begin(st, what, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT pubkey, kdf_ops, kdf_mem, is_admin, sealed FROM examiners WHERE name = ? AND pubkey IS NOT NULL", what, err, errlen);
    cs_sealed_key k;
    memset(&k, 0, sizeof k);
    int rc = s ? sqlite3_bind_text(s, 1, name, -1, SQLITE_TRANSIENT) : SQLITE_ERROR, adm = 0;
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        snprintf(k.pub, sizeof k.pub, "%s", (const char *)sqlite3_column_text(s, 0));
        k.ops = (uint64_t)sqlite3_column_int64(s, 1);
        k.mem = (uint64_t)sqlite3_column_int64(s, 2);
        adm = sqlite3_column_int(s, 3);
        snprintf(k.sealed, sizeof k.sealed, "%s", (const char *)sqlite3_column_text(s, 4));
    } else if (rc == SQLITE_DONE) cs_say(err, errlen, "%s: there is no examiner %s", cs_store_path(st), name);
    else if (s) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    int ok = rc == SQLITE_ROW;
    if (ok) {
        s = cs_store_prepare(st, "UPDATE examiners SET disabled = 1 WHERE pubkey = ?", what, err, errlen);
        ok = s && run(st, s, sqlite3_bind_text(s, 1, k.pub, -1, SQLITE_TRANSIENT), what, err, errlen) == 0;
    }
    char *body = ok ? examiner_body("disable", name, &k, adm, 1) : NULL;
    ok = ok && body && cs_ledger_append(st, admin, "examiner", NULL, body, 0, NULL, NULL, err, errlen) == 0;
    free(body);
    return end(st, ok, what, err, errlen);
}

int cs_examiner_reseal(cs_store *st, const cs_signer *admin, const char *name, const char *old_secret, const char *new_secret,
                       char *err, size_t errlen)
{
    const char *what = "changing an examiner's secret";
    if (ensure_admin(st, admin, err, errlen)) return -1;
    cs_signer *g = NULL;
    if (cs_examiner_unlock(st, name, old_secret, &g, err, errlen)) return -1;
    cs_sealed_key k;
    char e2[512];
    int ok = cs_key_seal(g->sk, new_secret, &k, e2, sizeof e2) == 0;
    if (!ok) cs_say(err, errlen, "examiner %s: %s", name, e2);
    int adm = g->admin;
    cs_signer_free(g);
    if (!ok || begin(st, what, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "UPDATE examiners SET sealed = ?, kdf_ops = ?, kdf_mem = ? WHERE pubkey = ?", what, err, errlen);
    if (s) {
        int b = SQLITE_OK;
        acc(&b, sqlite3_bind_text(s, 1, k.sealed, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_int64(s, 2, (int64_t)k.ops));
        acc(&b, sqlite3_bind_int64(s, 3, (int64_t)k.mem));
        acc(&b, sqlite3_bind_text(s, 4, k.pub, -1, SQLITE_TRANSIENT));
        ok = run(st, s, b, what, err, errlen) == 0;
    } else ok = 0;
    char *body = ok ? examiner_body("reseal", name, &k, adm, 0) : NULL;
    ok = ok && body && cs_ledger_append(st, admin, "examiner", NULL, body, 0, NULL, NULL, err, errlen) == 0;
    free(body);
    return end(st, ok, what, err, errlen);
}

/* The command line's throttle: wrong secrets per name, across runs (the window keeps its own). */
static int throttled(cs_store *st, const char *name, char *err, size_t errlen)
{
    int64_t fails = 0, last = 0;
    int found = 0;
    if (cs_store_readonly(st)) return 0;
    if (lookup(st, "SELECT fails FROM secret_failures WHERE name = ?2 AND ?1 = ?1", 0, name, &fails, &found, "reading sign-in failures", err, errlen) ||
        lookup(st, "SELECT last_ms FROM secret_failures WHERE name = ?2 AND ?1 = ?1", 0, name, &last, &found, "reading sign-in failures", err, errlen))
        return -1;
    int64_t wait = last + THROTTLE_WAIT_MS - now_ms();
    if (!found || fails < THROTTLE_FAILS || wait <= 0) return 0;
    cs_say(err, errlen, "%s: %lld wrong secrets in a row for examiner '%s'; wait %lld s before the next try",
        cs_store_path(st), (long long)fails, name, (long long)(wait + 999) / 1000);
    return -1;
}

static void note_failure(cs_store *st, const char *name, int failed)
{
    if (cs_store_readonly(st)) return;
    sqlite3_stmt *s = NULL;
    const char *sql = failed ? "INSERT INTO secret_failures(name, fails, last_ms) VALUES (?1, 1, ?2)"
                               " ON CONFLICT(name) DO UPDATE SET fails = fails + 1, last_ms = ?2"
                             : "DELETE FROM secret_failures WHERE name = ?1 AND ?2 = ?2";
    if (sqlite3_prepare_v2(cs_store_sqlite(st), sql, -1, &s, NULL) == SQLITE_OK &&
        sqlite3_bind_text(s, 1, name, -1, SQLITE_TRANSIENT) == SQLITE_OK && sqlite3_bind_int64(s, 2, now_ms()) == SQLITE_OK)
        sqlite3_step(s); /* best effort: a read-only or full disk must not turn a right secret into a wrong one */
    sqlite3_finalize(s);
}

/* The examiner's row that s is stepped onto, its key opened with secret: a signer (the caller
 * frees it), or NULL for a wrong secret or when no key was tried: *legacy (a row made before
 * signing keys) or *disabled. */
static cs_signer *open_row(sqlite3_stmt *s, const char *name, const char *secret, int *legacy, int *disabled)
{
    const char *pub = (const char *)sqlite3_column_text(s, 1), *sealed = (const char *)sqlite3_column_text(s, 2);
    *legacy = !pub || !sealed;
    *disabled = sqlite3_column_int(s, 6);
    if (*legacy || *disabled) return NULL;
    cs_sealed_key k;
    memset(&k, 0, sizeof k);
    snprintf(k.pub, sizeof k.pub, "%s", pub);
    snprintf(k.sealed, sizeof k.sealed, "%s", sealed);
    k.ops = (uint64_t)sqlite3_column_int64(s, 3);
    k.mem = (uint64_t)sqlite3_column_int64(s, 4);
    cs_signer *g = cs_signer_new();
    if (!g || cs_key_open(&k, secret ? secret : "", g->sk) != 0) {
        cs_signer_free(g);
        return NULL;
    }
    g->id = sqlite3_column_int64(s, 0);
    g->admin = sqlite3_column_int(s, 5);
    snprintf(g->pub, sizeof g->pub, "%s", pub);
    snprintf(g->name, sizeof g->name, "%s", name);
    return g;
}

/* The examiner called name with their key opened by secret into *g (NULL: a wrong secret or no such
 * examiner). -1, with the error in err, when the row cannot be read or its key cannot sign
 * (made before signed records, or disabled). */
static int find_examiner(cs_store *st, const char *name, const char *secret, cs_signer **g, char *err, size_t errlen)
{
    const char *what = "signing in";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT id, pubkey, sealed, kdf_ops, kdf_mem, is_admin, disabled FROM examiners WHERE name = ?",
                           what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_text(s, 1, name ? name : "", -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    int legacy = 0, disabled = 0;
    if (rc == SQLITE_ROW) *g = open_row(s, name, secret, &legacy, &disabled);
    else if (rc != SQLITE_DONE) {
        cs_store_error(st, rc, what, err, errlen);
        sqlite3_finalize(s);
        return -1;
    }
    sqlite3_finalize(s);
    if (legacy) { cs_say(err, errlen, "%s: examiner '%s' has no signing key (made before signed records); an administrator must add them again under a new name", cs_store_path(st), name); return -1; }
    if (disabled) { cs_say(err, errlen, "%s: examiner '%s' is disabled", cs_store_path(st), name); return -1; }
    return 0;
}

/* Defence in depth (verify is the proof): a key no administrator certified signs nothing. 0 when
 * an administrator's examiner entry names g's key, -3 when none does, -1 on a database error. */
static int certified(cs_store *st, const cs_signer *g, const char *name, char *err, size_t errlen)
{
    int64_t certs = 0;
    int found = 0;
    if (lookup(st, "SELECT count(*) FROM ledger WHERE kind = 'examiner' AND ?1 = ?1 AND instr(body, 'examiner.pubkey=' || ?2 || char(10)) > 0",
               0, g->pub, &certs, &found, "signing in", err, errlen)) return -1;
    if (certs) return 0;
    cs_say(err, errlen, "%s: examiner '%s' was not added by an administrator of this exam centre; their key signs nothing",
        cs_store_path(st), name ? name : "");
    return -3;
}

/* The examiner's signer into *out (the caller frees it): 0, or -2 for a wrong secret (counted
 * against the name when count, and refused while throttled), -3 for a key no administrator
 * certified, -1 otherwise; the error in err. */
static int unlock(cs_store *st, const char *name, const char *secret, int count, cs_signer **out, char *err, size_t errlen)
{
    *out = NULL;
    if (count && throttled(st, name ? name : "", err, errlen)) return -2;
    cs_signer *g = NULL;
    if (find_examiner(st, name, secret, &g, err, errlen)) return -1;
    if (count) note_failure(st, name ? name : "", g == NULL);
    if (!g) { cs_say(err, errlen, "%s: wrong secret (PIN) or unknown examiner '%s'", cs_store_path(st), name ? name : ""); return -2; }
    int rc = certified(st, g, name, err, errlen);
    if (rc) {
        cs_signer_free(g);
        return rc;
    }
    *out = g;
    return 0;
}

int cs_examiner_unlock(cs_store *st, const char *name, const char *secret, cs_signer **out, char *err, size_t errlen)
{
    return unlock(st, name, secret, 1, out, err, errlen);
}

int cs_examiner_try(cs_store *st, const char *name, const char *secret, cs_signer **out, char *err, size_t errlen)
{
    return unlock(st, name, secret, 0, out, err, errlen);
}

int cs_examiner_sign_in(cs_store *st, const char *name, const char *pin, int64_t *examiner_id, char *err,
                        size_t errlen)
{
    cs_signer *g = NULL;
    int rc = cs_examiner_unlock(st, name, pin, &g, err, errlen);
    if (g) *examiner_id = g->id;
    cs_signer_free(g);
    return rc ? -1 : 0;
}

int cs_examiner_count(cs_store *st, int64_t *n, char *err, size_t errlen)
{
    int found = 0;
    *n = 0;
    return lookup(st, "SELECT count(*) FROM examiners", 0, NULL, n, &found, "counting examiners", err, errlen);
}

int cs_examiner_keyed(cs_store *st, int64_t *n, char *err, size_t errlen)
{
    int found = 0;
    *n = 0;
    return lookup(st, "SELECT count(*) FROM examiners WHERE pubkey IS NOT NULL", 0, NULL, n, &found, "counting examiners", err, errlen);
}

int cs_examiner_known(cs_store *st, const char *name, int *known, char *err, size_t errlen)
{
    int64_t id = 0;
    /* ?1 is unused (0 = 0) so lookup binds the name as its text parameter ?2 */
    return lookup(st, "SELECT id FROM examiners WHERE ?1 = 0 AND name = ?2", 0, name, &id, known,
                  "looking up an examiner", err, errlen);
}

int cs_exam_candidate_latest(cs_store *st, int64_t cand_id, int64_t *exam_attempt_id, char *status, size_t len,
                             char *err, size_t errlen)
{
    int found = 0;
    *exam_attempt_id = 0;
    if (len) status[0] = 0;
    if (lookup(st, "SELECT max(id) FROM exam_attempts WHERE candidate_id = ? HAVING count(*) > 0", cand_id, NULL,
               exam_attempt_id, &found, "reading the candidate's sitting", err, errlen))
        return -1;
    if (!found) { *exam_attempt_id = 0; return 0; }
    return cs_exam_attempt_status(st, *exam_attempt_id, status, len, err, errlen);
}

/* ---- a candidate's sitting ------------------------------------------------------------------- */

/* The sitting's uid (for ledger entries); 0 or -1 with err. */
static int sitting_uid(cs_store *st, int64_t xa, char *uid, size_t len, char *err, size_t errlen)
{
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT uid FROM exam_attempts WHERE id = ?", "reading the sitting", err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, xa);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) snprintf(uid, len, "%s", (const char *)sqlite3_column_text(s, 0));
    else if (rc == SQLITE_DONE) cs_say(err, errlen, "%s: there is no exam attempt %" PRId64, cs_store_path(st), xa);
    else cs_store_error(st, rc, "reading the sitting", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? 0 : -1;
}

typedef int (*rec_fn)(cs_store *st, int64_t id, char **out, char *err, size_t errlen);

/* Signs the record rec(id) as a ledger entry of kind about sitting xa (inside the caller's transaction). */
static int sign_entry(cs_store *st, const cs_signer *by, const char *kind, int64_t xa, rec_fn rec, int64_t id,
                      const char *at, char *err, size_t errlen)
{
    char uid[64], *body = NULL;
    if (!by) { cs_say(err, errlen, "%s: this needs the acting examiner's secret (--examiner NAME --pin SECRET)", cs_store_path(st)); return -1; }
    if (sitting_uid(st, xa, uid, sizeof uid, err, errlen) || rec(st, id, &body, err, errlen)) return -1;
    int rc = cs_ledger_append(st, by, kind, uid, body, 1, at, NULL, err, errlen);
    free(body);
    return rc;
}

static int rec_call_start(cs_store *st, int64_t id, char **out, char *err, size_t errlen)
{
    return cs_rec_call(st, id, 0, out, err, errlen);
}

static int rec_call_end(cs_store *st, int64_t id, char **out, char *err, size_t errlen)
{
    return cs_rec_call(st, id, 1, out, err, errlen);
}

static int rec_resume(cs_store *st, int64_t xa, char **out, char *err, size_t errlen)
{
    return cs_rec_start(st, xa, out, err, errlen);
}

int cs_exam_attempt_begin(cs_store *st, const cs_signer *by, int64_t cand_id, const char *seat, int64_t *exam_attempt_id,
                          char *err, size_t errlen)
{
    const char *what = "starting the exam attempt";
    char uid[CS_UID_HEX], at[48];
    if (!by) { cs_say(err, errlen, "%s: starting a sitting needs an examiner's secret (--examiner NAME --pin SECRET)", cs_store_path(st)); return -1; }
    if (cs_random_uid(uid)) { cs_say(err, errlen, "cannot read /dev/urandom for the attempt's id"); return -1; }
    cs_now_iso(at, sizeof at);
    if (begin(st, what, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "INSERT INTO exam_attempts(uid, candidate_id, seat, started_at) VALUES (?,?,?,?)", what, err, errlen);
    int b = SQLITE_OK, ok = s != NULL;
    if (s) {
        acc(&b, sqlite3_bind_text(s, 1, uid, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_int64(s, 2, cand_id));
        acc(&b, bind_opt(s, 3, seat));
        acc(&b, sqlite3_bind_text(s, 4, at, -1, SQLITE_TRANSIENT));
        ok = run(st, s, b, what, err, errlen) == 0;
    }
    if (ok) *exam_attempt_id = sqlite3_last_insert_rowid(cs_store_sqlite(st));
    ok = ok && sign_entry(st, by, "start", *exam_attempt_id, cs_rec_start, *exam_attempt_id, at, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

int cs_exam_attempt_resume(cs_store *st, const cs_signer *by, int64_t xa, int64_t cand_id, char *err, size_t errlen)
{
    const char *what = "resuming the exam attempt";
    int64_t owner = 0, sgn = 0;
    int found = 0;
    char status[32];
    if (!by) { cs_say(err, errlen, "%s: resuming a sitting needs an examiner's secret (--examiner NAME --pin SECRET)", cs_store_path(st)); return -1; }
    if (begin(st, what, err, errlen)) return -1;
    int ok = lookup(st, "SELECT candidate_id FROM exam_attempts WHERE id = ?", xa, NULL, &owner, &found, what, err, errlen) == 0;
    if (ok && !found) { cs_say(err, errlen, "%s: there is no exam attempt %" PRId64, cs_store_path(st), xa); ok = 0; }
    if (ok && owner != cand_id) {
        cs_say(err, errlen, "%s: exam attempt %" PRId64 " is another candidate's sitting; resume only the named candidate's own", cs_store_path(st), xa);
        ok = 0;
    }
    ok = ok && cs_exam_attempt_status(st, xa, status, sizeof status, err, errlen) == 0 &&
         lookup(st, "SELECT count(*) FROM results WHERE exam_attempt_id = ? AND signed_at IS NOT NULL", xa, NULL, &sgn, &found,
                what, err, errlen) == 0;
    if (ok && (strcmp(status, "in_progress") != 0 || sgn)) {
        cs_say(err, errlen, "%s: exam attempt %" PRId64 " is %s%s; only a sitting still in progress can be resumed", cs_store_path(st), xa,
            status, sgn ? " and signed" : "");
        ok = 0;
    }
    ok = ok && sign_entry(st, by, "resume", xa, rec_resume, xa, NULL, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

int cs_exam_attempt_link(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, int part, const char *scenario_id,
                         int64_t attempt_id, char *err, size_t errlen)
{
    const char *what = "filing the call under the exam";
    int64_t is_exam = 0;
    int found = 0;
    if (begin(st, what, err, errlen)) return -1;
    int ok = lookup(st, "SELECT mode = 'exam' FROM attempts WHERE id = ?", attempt_id, NULL, &is_exam, &found, what, err, errlen) == 0;
    if (ok && !(found && is_exam)) {
        cs_say(err, errlen, "%s: attempt %" PRId64 " is not an exam call; a practice attempt never counts in an exam", cs_store_path(st), attempt_id);
        ok = 0;
    }
    sqlite3_stmt *s = ok ? cs_store_prepare(st, "INSERT INTO exam_calls(exam_attempt_id, part, scenario_id, attempt_id) VALUES (?,?,?,?)",
                                what, err, errlen) : NULL;
    if (s) {
        int b = SQLITE_OK;
        acc(&b, sqlite3_bind_int64(s, 1, exam_attempt_id));
        acc(&b, sqlite3_bind_int(s, 2, part));
        acc(&b, sqlite3_bind_text(s, 3, scenario_id, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_int64(s, 4, attempt_id));
        ok = run(st, s, b, what, err, errlen) == 0;
    } else ok = 0;
    ok = ok && sign_entry(st, by, "call", exam_attempt_id, rec_call_start, attempt_id, NULL, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

int cs_exam_call_end(cs_store *st, const cs_signer *by, int64_t attempt_id, char *err, size_t errlen)
{
    const char *what = "signing the call's end";
    int64_t xa = 0;
    int found = 0;
    if (lookup(st, "SELECT exam_attempt_id FROM exam_calls WHERE attempt_id = ?", attempt_id, NULL, &xa, &found, what, err, errlen))
        return -1;
    if (!found) { cs_say(err, errlen, "%s: attempt %" PRId64 " is not filed under a sitting", cs_store_path(st), attempt_id); return -1; }
    if (begin(st, what, err, errlen)) return -1;
    int ok = sign_entry(st, by, "call-end", xa, rec_call_end, attempt_id, NULL, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

int cs_exam_parts_done(cs_store *st, int64_t exam_attempt_id, unsigned char *done, size_t n, char *err,
                       size_t errlen)
{
    const char *what = "reading the exam's calls";
    memset(done, 0, n);
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT DISTINCT c.part FROM exam_calls c JOIN attempts a ON a.id = c.attempt_id"
                           " WHERE c.exam_attempt_id = ? AND a.status = 'completed' AND a.mode = 'exam'", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, exam_attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        int64_t part = sqlite3_column_int64(s, 0);
        if (part >= 0 && (size_t)part < n) done[part] = 1;
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int cs_exam_time_used(cs_store *st, int64_t exam_attempt_id, int64_t *ms, char *err, size_t errlen)
{
    const char *what = "reading the exam's time used";
    *ms = 0;
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT COALESCE(SUM(d), 0) FROM (SELECT MAX(t.t_end_ms) AS d FROM exam_calls c"
                           " JOIN turns t ON t.attempt_id = c.attempt_id WHERE c.exam_attempt_id = ?"
                           " GROUP BY c.attempt_id)", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, exam_attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) *ms = sqlite3_column_int64(s, 0);
    else cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? 0 : -1;
}

static int set_status(cs_store *st, int64_t id, const char *sql, const char *a, const char *b_, const char *what,
                      char *err, size_t errlen)
{
    sqlite3_stmt *s = cs_store_prepare(st, sql, what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK, n = sqlite3_bind_parameter_count(s);
    acc(&b, sqlite3_bind_int64(s, 1, id));
    if (n >= 2) acc(&b, sqlite3_bind_text(s, 2, a, -1, SQLITE_TRANSIENT));
    if (n >= 3) acc(&b, sqlite3_bind_text(s, 3, b_, -1, SQLITE_TRANSIENT));
    if (run(st, s, b, what, err, errlen)) return -1;
    if (sqlite3_changes(cs_store_sqlite(st)) == 1) return 0;
    cs_say(err, errlen, "%s: exam attempt %" PRId64 " does not exist or has already ended", cs_store_path(st), id);
    return -1;
}

int cs_exam_attempt_complete(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, char *err, size_t errlen)
{
    const char *what = "completing the exam attempt";
    char at[48];
    cs_now_iso(at, sizeof at);
    if (!by) { cs_say(err, errlen, "%s: completing a sitting needs an examiner's secret", cs_store_path(st)); return -1; }
    if (begin(st, what, err, errlen)) return -1;
    int ok = set_status(st, exam_attempt_id, "UPDATE exam_attempts SET status = 'completed', ended_at = ?2"
                        " WHERE id = ?1 AND status = 'in_progress'", at, NULL, what, err, errlen) == 0 &&
             sign_entry(st, by, "complete", exam_attempt_id, cs_rec_end, exam_attempt_id, at, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

int cs_exam_attempt_uid(cs_store *st, int64_t exam_attempt_id, char *uid, size_t len, char *err, size_t errlen)
{
    return sitting_uid(st, exam_attempt_id, uid, len, err, errlen);
}

int cs_exam_note_recovered(cs_store *rs, int64_t attempt_id, const char *sitting, int part, const char *scenario_id,
                           char *err, size_t errlen)
{
    const char *what = "noting the recovered call's sitting";
    char uid[64];
    if (cs_store_attempt_uid(rs, attempt_id, uid, sizeof uid, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(rs, "INSERT INTO recovered_calls(attempt_uid, sitting, part, scenario_id) VALUES (?,?,?,?)", what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK;
    acc(&b, sqlite3_bind_text(s, 1, uid, -1, SQLITE_TRANSIENT));
    acc(&b, sqlite3_bind_text(s, 2, sitting, -1, SQLITE_TRANSIENT));
    acc(&b, sqlite3_bind_int(s, 3, part));
    acc(&b, sqlite3_bind_text(s, 4, scenario_id, -1, SQLITE_TRANSIENT));
    return run(rs, s, b, what, err, errlen);
}

int cs_exam_attempt_leave(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, const char *note, char *err, size_t errlen)
{
    const char *what = "recording that the examiner stopped the sitting";
    char uid[64];
    if (!by) { cs_say(err, errlen, "%s: stopping a sitting needs an examiner's secret", cs_store_path(st)); return -1; }
    if (sitting_uid(st, exam_attempt_id, uid, sizeof uid, err, errlen)) return -1;
    cs_canon c;
    cs_canon_init(&c);
    cs_canon_str(&c, "sitting.uid", uid);
    cs_canon_str(&c, "note", note);
    char *body = cs_canon_take(&c);
    if (!body) { cs_say(err, errlen, "out of memory"); return -1; }
    int ok = begin(st, what, err, errlen) == 0;
    ok = ok && cs_ledger_append(st, by, "leave", uid, body, 1, NULL, NULL, err, errlen) == 0;
    free(body);
    return ok ? end(st, 1, what, err, errlen) : -1;
}

int cs_exam_attempt_void(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, const char *reason,
                         char *err, size_t errlen)
{
    const char *what = "voiding the exam attempt";
    char at[48];
    if (!reason || !*reason) { cs_say(err, errlen, "voiding an exam attempt needs a reason (--reason)"); return -1; }
    if (!by) { cs_say(err, errlen, "%s: voiding a sitting needs an examiner's secret", cs_store_path(st)); return -1; }
    cs_now_iso(at, sizeof at);
    if (begin(st, what, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "UPDATE exam_attempts SET status = 'void', void_reason = ?3, voided_by = ?2,"
                           " ended_at = coalesce(ended_at, ?4) WHERE id = ?1 AND status <> 'void'", what, err, errlen);
    int ok = s != NULL;
    if (s) {
        int b = SQLITE_OK;
        acc(&b, sqlite3_bind_int64(s, 1, exam_attempt_id));
        acc(&b, sqlite3_bind_text(s, 2, by->name, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_text(s, 3, reason, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_text(s, 4, at, -1, SQLITE_TRANSIENT));
        ok = run(st, s, b, what, err, errlen) == 0;
        if (ok && sqlite3_changes(cs_store_sqlite(st)) != 1) {
            cs_say(err, errlen, "%s: exam attempt %" PRId64 " does not exist or is already void", cs_store_path(st), exam_attempt_id);
            ok = 0;
        }
    }
    ok = ok && sign_entry(st, by, "void", exam_attempt_id, cs_rec_end, exam_attempt_id, at, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

static int text_of(cs_store *st, const char *sql, int64_t id, char **out, const char *what, char *err, size_t errlen)
{
    sqlite3_stmt *s = cs_store_prepare(st, sql, what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    *out = NULL;
    if (rc == SQLITE_ROW) *out = strdup((const char *)sqlite3_column_text(s, 0) ? (const char *)sqlite3_column_text(s, 0) : "");
    else if (rc == SQLITE_DONE) cs_say(err, errlen, "%s: there is no exam attempt %" PRId64, cs_store_path(st), id);
    else cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    if (rc == SQLITE_ROW && !*out) cs_say(err, errlen, "out of memory while %s", what);
    return *out ? 0 : -1;
}

int cs_exam_attempt_paper(cs_store *st, int64_t exam_attempt_id, cs_paper *out, char *err, size_t errlen)
{
    char *text = NULL;
    if (text_of(st, "SELECT p.text FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id"
                " JOIN exams e ON e.id = c.exam_id JOIN papers p ON p.id = e.paper_ref WHERE x.id = ?",
                exam_attempt_id, &text, "reading the exam paper", err, errlen))
        return -1;
    char name[64];
    snprintf(name, sizeof name, "stored paper of attempt %" PRId64, exam_attempt_id);
    int rc = cs_paper_parse(name, text, strlen(text), out, err, errlen);
    free(text);
    return rc;
}

int cs_exam_attempt_status(cs_store *st, int64_t exam_attempt_id, char *buf, size_t len, char *err, size_t errlen)
{
    char *t = NULL;
    if (text_of(st, "SELECT status FROM exam_attempts WHERE id = ?", exam_attempt_id, &t, "reading the exam attempt",
                err, errlen))
        return -1;
    snprintf(buf, len, "%s", t);
    free(t);
    return 0;
}

/* ---- examiner scores ------------------------------------------------------------------------- */

int cs_exam_score_add(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, const char *item,
                      double score, char *err, size_t errlen)
{
    const char *what = "storing an examiner score";
    if (!(score >= 0 && score <= 100)) { cs_say(err, errlen, "score %g for %s must be 0 to 100 (百分制)", score, item); return -1; }
    if (!by) { cs_say(err, errlen, "%s: a score needs its examiner's secret", cs_store_path(st)); return -1; }
    cs_paper p;
    if (cs_exam_attempt_paper(st, exam_attempt_id, &p, err, errlen)) return -1;
    int known = 0;
    for (size_t i = 0; i < cs_paper_n_parts(&p); i++) {
        const cs_paper_part *pt = cs_paper_part_at(&p, i, NULL);
        known |= pt->kind == CS_PART_EXAMINER && !strcmp(pt->name, item);
    }
    cs_paper_free(&p);
    if (!known) { cs_say(err, errlen, "'%s' is not an examiner item of this exam's paper", item); return -1; }
    char uid[CS_UID_HEX], at[48];
    if (cs_random_uid(uid)) { cs_say(err, errlen, "cannot read /dev/urandom"); return -1; }
    cs_now_iso(at, sizeof at);
    if (begin(st, what, err, errlen)) return -1;
    sqlite3_stmt *s = cs_store_prepare(st, "INSERT INTO examiner_scores(uid, exam_attempt_id, examiner_id, item, score, entered_at) VALUES (?,?,?,?,?,?)",
                           what, err, errlen);
    int ok = s != NULL;
    if (s) {
        int b = SQLITE_OK;
        acc(&b, sqlite3_bind_text(s, 1, uid, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_int64(s, 2, exam_attempt_id));
        acc(&b, sqlite3_bind_int64(s, 3, by->id));
        acc(&b, sqlite3_bind_text(s, 4, item, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_double(s, 5, score));
        acc(&b, sqlite3_bind_text(s, 6, at, -1, SQLITE_TRANSIENT));
        ok = run(st, s, b, what, err, errlen) == 0;
    }
    int64_t id = ok ? sqlite3_last_insert_rowid(cs_store_sqlite(st)) : 0;
    ok = ok && sign_entry(st, by, "score", exam_attempt_id, cs_rec_score, id, at, err, errlen) == 0;
    return end(st, ok, what, err, errlen);
}

/* ---- evaluation ------------------------------------------------------------------------------ */

/* A scenario part: the score of its latest completed call; 0 when the sitting ended without one
 * (the candidate did not finish it); pending (NAN) while the sitting goes on. */
static int scenario_part(cs_store *st, int64_t xa, size_t part, int sitting_over, cs_json *j, double *out,
                         char *err, size_t errlen)
{
    const char *what = "reading the exam's calls";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT a.id, a.score, a.chain_head FROM exam_calls c JOIN attempts a ON a.id = c.attempt_id"
                           " WHERE c.exam_attempt_id = ? AND c.part = ? AND a.status = 'completed' AND a.mode = 'exam'"
                           " ORDER BY a.started_at DESC, a.uid DESC LIMIT 1",
                           what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK;
    acc(&b, sqlite3_bind_int64(s, 1, xa));
    acc(&b, sqlite3_bind_int64(s, 2, (int64_t)part));
    int rc = b == SQLITE_OK ? sqlite3_step(s) : b;
    *out = sitting_over ? 0 : NAN;
    int64_t call = 0;
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_double(s, 1);
        call = sqlite3_column_int64(s, 0);
        cs_json_kint(j, "attempt", call);
        cs_json_kstr(j, "chain_head", (const char *)sqlite3_column_text(s, 2));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW) return rc == SQLITE_DONE ? 0 : -1;
    /* the panel's decisions count: a verdict it overruled regrades the call (exam_review.h) */
    double graded = *out;
    int reviewed = cs_exam_review_call_score(st, xa, call, out, err, errlen);
    if (reviewed < 0) return -1;
    if (reviewed) cs_json_knum(j, "graded_score", graded);
    return 0;
}

/* An examiner part: each examiner's latest score for the item, combined by the panel rule. */
static int examiner_part(cs_store *st, int64_t xa, const char *item, cs_json *j, double *out, char *err, size_t errlen)
{
    const char *what = "reading examiner scores";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT e.name, s.score, s.entered_at FROM examiner_scores s JOIN examiners e ON e.id = s.examiner_id"
                           " WHERE s.exam_attempt_id = ?1 AND s.item = ?2 AND NOT EXISTS (SELECT 1 FROM examiner_scores s2"
                           " WHERE s2.exam_attempt_id = ?1 AND s2.item = ?2 AND s2.examiner_id = s.examiner_id"
                           " AND (s2.entered_at > s.entered_at OR (s2.entered_at = s.entered_at AND s2.uid > s.uid)))"
                           " ORDER BY e.name",
                           what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK;
    acc(&b, sqlite3_bind_int64(s, 1, xa));
    acc(&b, sqlite3_bind_text(s, 2, item, -1, SQLITE_TRANSIENT));
    double v[64];
    size_t n = 0;
    int rc = b == SQLITE_OK ? sqlite3_step(s) : b;
    cs_json_key(j, "panel");
    cs_json_arr_begin(j);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        if (n < 64) v[n++] = sqlite3_column_double(s, 1);
        cs_json_obj_begin(j);
        cs_json_kstr(j, "examiner", (const char *)sqlite3_column_text(s, 0));
        cs_json_knum(j, "score", sqlite3_column_double(s, 1));
        cs_json_kstr(j, "at", (const char *)sqlite3_column_text(s, 2));
        cs_json_obj_end(j);
    }
    cs_json_arr_end(j);
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) return -1;
    char why[200] = "";
    if (cs_panel_combine(v, n, out, why, sizeof why)) {
        *out = NAN;
        cs_json_kstr(j, "pending", why);
    }
    return 0;
}

int cs_exam_evaluate(cs_store *st, int64_t exam_attempt_id, const cs_paper *p, double *part_scores,
                     cs_exam_score *out, char **detail, char *err, size_t errlen)
{
    char status[32];
    if (cs_exam_attempt_status(st, exam_attempt_id, status, sizeof status, err, errlen)) return -1;
    int over = strcmp(status, "in_progress") != 0;
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_kstr(&j, "paper", p->id);
    cs_json_kint(&j, "paper_version", p->version);
    cs_json_kstr(&j, "paper_sha256", p->sha256);
    cs_json_kstr(&j, "rule", "final = Σ 4.2 weight × area score / 100; area = Σ share × part / 100; "
                 "examiner items: median of an odd panel ≥3 (国家职业技能标准 1.9.3); pass ≥60 (1.9.2)");
    cs_json_key(&j, "parts");
    cs_json_arr_begin(&j);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < cs_paper_n_parts(p); i++) {
        const cs_paper_area *ar;
        const cs_paper_part *pt = cs_paper_part_at(p, i, &ar);
        cs_json_obj_begin(&j);
        cs_json_kstr(&j, "area", cs_area_key(ar->area));
        cs_json_kstr(&j, "kind", pt->kind == CS_PART_SCENARIO ? "scenario" : "examiner");
        cs_json_kstr(&j, "name", pt->name);
        cs_json_knum(&j, "share", pt->share);
        rc = pt->kind == CS_PART_SCENARIO ? scenario_part(st, exam_attempt_id, i, over, &j, &part_scores[i], err, errlen)
                                           : examiner_part(st, exam_attempt_id, pt->name, &j, &part_scores[i], err, errlen);
        cs_json_knum(&j, "score", part_scores[i]);
        cs_json_obj_end(&j);
    }
    cs_json_arr_end(&j);
    if (rc == 0) {
        cs_exam_score_compute(p, part_scores, out);
        cs_json_key(&j, "areas");
        cs_json_arr_begin(&j);
        for (size_t a = 0; a < p->n_areas; a++) {
            cs_json_obj_begin(&j);
            cs_json_kstr(&j, "area", cs_area_key(p->areas[a].area));
            cs_json_kstr(&j, "name", cs_area_name(p->areas[a].area));
            cs_json_knum(&j, "weight", p->areas[a].weight);
            cs_json_knum(&j, "score", out->area_score[a]);
            cs_json_obj_end(&j);
        }
        cs_json_arr_end(&j);
        cs_json_knum(&j, "score", out->total);
        cs_json_knum(&j, "low", out->low);
        cs_json_knum(&j, "high", out->high);
        cs_json_kstr(&j, "verdict", cs_verdict_name(out->verdict));
    }
    cs_json_obj_end(&j);
    char *text = cs_json_take(&j);
    if (rc == 0 && !text) { cs_say(err, errlen, "out of memory writing the result"); rc = -1; }
    if (rc || !detail) free(text);
    else *detail = text;
    return rc;
}

/* ---- results ----------------------------------------------------------------------------------- */

int cs_exam_result_latest(cs_store *st, int64_t exam_attempt_id, int *version, int *signed_, char *err, size_t errlen)
{
    const char *what = "reading the result";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT version, signed_at IS NOT NULL FROM results WHERE exam_attempt_id = ?"
                           " ORDER BY version DESC LIMIT 1", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, exam_attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    *version = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
    *signed_ = rc == SQLITE_ROW ? sqlite3_column_int(s, 1) : 0;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

static int insert_result(cs_store *st, int64_t xa, int version, const cs_exam_score *sc, const char *detail,
                         const char *by, const char *reason, char *err, size_t errlen)
{
    const char *what = "storing the result";
    sqlite3_stmt *s = cs_store_prepare(st, "INSERT INTO results(exam_attempt_id, version, score, passed, detail_json, created_by, reason)"
                           " VALUES (?,?,?,?,?,?,?)", what, err, errlen);
    if (!s) return -1;
    int b = SQLITE_OK;
    acc(&b, sqlite3_bind_int64(s, 1, xa));
    acc(&b, sqlite3_bind_int(s, 2, version));
    acc(&b, sqlite3_bind_double(s, 3, sc->total));
    acc(&b, sqlite3_bind_int(s, 4, sc->verdict == CS_VERDICT_PASSED));
    acc(&b, sqlite3_bind_text(s, 5, detail, -1, SQLITE_STATIC));
    acc(&b, sqlite3_bind_text(s, 6, by, -1, SQLITE_TRANSIENT));
    acc(&b, bind_opt(s, 7, reason));
    return run(st, s, b, what, err, errlen);
}

int cs_exam_result_store(cs_store *st, int64_t exam_attempt_id, const char *by, const char *reason,
                         int *version, cs_exam_score *out, char *err, size_t errlen)
{
    const char *what = "storing the result";
    cs_paper p;
    if (cs_exam_attempt_paper(st, exam_attempt_id, &p, err, errlen)) return -1;
    double *parts = calloc(cs_paper_n_parts(&p) + 1, sizeof *parts);
    char *detail = NULL;
    int latest = 0, sgn = 0, ok = parts != NULL;
    if (!ok) cs_say(err, errlen, "out of memory");
    ok = ok && begin(st, what, err, errlen) == 0;
    int in_tx = ok;
    ok = ok && cs_exam_evaluate(st, exam_attempt_id, &p, parts, out, &detail, err, errlen) == 0 &&
         cs_exam_result_latest(st, exam_attempt_id, &latest, &sgn, err, errlen) == 0;
    if (ok && out->pending) {
        cs_say(err, errlen, "exam attempt %" PRId64 ": %zu part(s) not scored yet; no result stored", exam_attempt_id, out->pending);
        ok = 0;
    }
    if (ok && latest > 0 && (!reason || !*reason)) {
        cs_say(err, errlen, "exam attempt %" PRId64 " already has result version %d%s; a correction needs a reason (--reason)",
            exam_attempt_id, latest, sgn ? " (signed)" : "");
        ok = 0;
    }
    ok = ok && insert_result(st, exam_attempt_id, latest + 1, out, detail, by, latest ? reason : NULL, err, errlen) == 0;
    if (ok) *version = latest + 1;
    int rc = in_tx ? end(st, ok, what, err, errlen) : -1;
    free(detail);
    free(parts);
    cs_paper_free(&p);
    return rc;
}

/* An examiner signs only a result that its own inputs give: a stored result changed before signing
 * (by hand, or by a bug) is refused, never certified. */
static int record_consistent(cs_store *st, const char *record, int version, char *err, size_t errlen)
{
    char cs_[64] = "", cv[32] = "", rs[64] = "", rp[8] = "";
    cs_canon_get(record, "computed.score", cs_, sizeof cs_);
    cs_canon_get(record, "computed.verdict", cv, sizeof cv);
    cs_canon_get(record, "result.score", rs, sizeof rs);
    cs_canon_get(record, "result.passed", rp, sizeof rp);
    if (fabs(strtod(cs_, NULL) - strtod(rs, NULL)) <= 1e-9 && (atoi(rp) == 1) == !strcmp(cv, "passed")) return 0;
    cs_say(err, errlen, "%s: result version %d says %s (%s) but its inputs give %s (%s); it is not signed: look for what changed"
        " (callsim verify), then store a correction", cs_store_path(st), version, rs, atoi(rp) == 1 ? "passed" : "failed", cs_, cv);
    return -1;
}

int cs_exam_result_sign(cs_store *st, const cs_signer *by, int64_t exam_attempt_id, char *err, size_t errlen)
{
    const char *what = "signing the result";
    int latest = 0, sgn = 0;
    if (!by) { cs_say(err, errlen, "%s: signing needs the examiner's secret", cs_store_path(st)); return -1; }
    if (begin(st, what, err, errlen)) return -1;
    int ok = cs_exam_result_latest(st, exam_attempt_id, &latest, &sgn, err, errlen) == 0;
    if (ok && !latest) { cs_say(err, errlen, "exam attempt %" PRId64 " has no result to sign yet", exam_attempt_id); ok = 0; }
    if (ok && sgn) { cs_say(err, errlen, "result version %d of exam attempt %" PRId64 " is already signed", latest, exam_attempt_id); ok = 0; }
    /* a correction points at the signed record it replaces */
    char uid[64] = "", replaces[CS_SHA256_HEX] = "", at[48], ver[32];
    ok = ok && sitting_uid(st, exam_attempt_id, uid, sizeof uid, err, errlen) == 0;
    if (ok && latest > 1) {
        sqlite3_stmt *s = cs_store_prepare(st, "SELECT hash, body FROM ledger WHERE sitting = ? AND kind = 'sign' ORDER BY chain, seq", what, err, errlen);
        int rc = s ? sqlite3_bind_text(s, 1, uid, -1, SQLITE_TRANSIENT) : SQLITE_ERROR;
        snprintf(ver, sizeof ver, "%d", latest - 1);
        if (rc == SQLITE_OK) rc = sqlite3_step(s);
        for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
            char v[32];
            if (cs_canon_get((const char *)sqlite3_column_text(s, 1), "result.version", v, sizeof v) == 0 && !strcmp(v, ver))
                snprintf(replaces, sizeof replaces, "%s", (const char *)sqlite3_column_text(s, 0));
        }
        if (rc != SQLITE_DONE) { if (s) cs_store_error(st, rc, what, err, errlen); ok = 0; }
        sqlite3_finalize(s);
    }
    /* every verdict put to the panel must be decided first (exam_review.h, 1.9.3) */
    size_t undecided = 0;
    char list[600];
    ok = ok && cs_exam_review_undecided(st, exam_attempt_id, &undecided, list, sizeof list, err, errlen) == 0;
    if (ok && undecided) {
        int panel = 0, need = 0;
        cs_exam_review_panel(st, exam_attempt_id, &panel, &need, err, errlen);
        cs_say(err, errlen, "exam attempt %" PRId64 ": not signed: %zu verdict(s) of the grader not yet decided by %d of the"
            " panel of %d (国家职业技能标准 1.9.3): %s; decide them with callsim exam review", exam_attempt_id, undecided,
            need, panel, list);
        ok = 0;
    }
    char *record = NULL;
    cs_now_iso(at, sizeof at);
    ok = ok && cs_rec_sitting(st, exam_attempt_id, latest, replaces[0] ? replaces : NULL, &record, err, errlen) == 0 &&
         record_consistent(st, record, latest, err, errlen) == 0 &&
         cs_ledger_append(st, by, "sign", uid, record, 1, at, NULL, err, errlen) == 0;
    free(record);
    sqlite3_stmt *s = ok ? cs_store_prepare(st, "UPDATE results SET signed_at = ?, signed_by = ? WHERE exam_attempt_id = ? AND version = ?",
                                what, err, errlen) : NULL;
    if (s) {
        int b = SQLITE_OK;
        acc(&b, sqlite3_bind_text(s, 1, at, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_text(s, 2, by->name, -1, SQLITE_TRANSIENT));
        acc(&b, sqlite3_bind_int64(s, 3, exam_attempt_id));
        acc(&b, sqlite3_bind_int(s, 4, latest));
        ok = run(st, s, b, what, err, errlen) == 0;
    } else ok = 0;
    return end(st, ok, what, err, errlen);
}
