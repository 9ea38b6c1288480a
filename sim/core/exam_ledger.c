/* The signed exam ledger (see exam_ledger.h). */
#include "exam_ledger.h"

#include <inttypes.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "random_id.h"

void cs_now_iso(char *buf, size_t len)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    char base[32];
    strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, len, "%.20s.%03uZ", base, (unsigned)(ts.tv_nsec / 1000000L) % 1000u);
}

char *cs_ledger_text(const cs_ledger_row *r)
{
    cs_canon c;
    cs_canon_init(&c);
    cs_canon_str(&c, "ledger", "callsim ledger v1");
    cs_canon_str(&c, "chain", r->chain);
    if (r->chain) cs_canon_int(&c, "seq", r->seq);
    else cs_canon_str(&c, "seq", NULL);
    cs_canon_str(&c, "kind", r->kind);
    cs_canon_str(&c, "sitting", r->sitting);
    cs_canon_str(&c, "signer", r->signer);
    cs_canon_str(&c, "at", r->at);
    cs_canon_str(&c, "prev", r->prev);
    cs_canon_str(&c, "body", r->body);
    return cs_canon_take(&c);
}

static int meta_chain(cs_store *st, char *chain, size_t len, char *err, size_t errlen)
{
    sqlite3 *db = cs_store_sqlite(st);
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT value FROM store_meta WHERE key = 'chain'", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) snprintf(chain, len, "%s", (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    if (rc == SQLITE_ROW) return 0;
    if (rc != SQLITE_DONE) { cs_store_error(st, rc, "reading the ledger id", err, errlen); return -1; }
    char uid[CS_UID_HEX];
    if (cs_random_uid(uid)) { snprintf(err, errlen, "cannot read /dev/urandom for the ledger id"); return -1; }
    rc = sqlite3_prepare_v2(db, "INSERT INTO store_meta(key, value) VALUES ('chain', ?)", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 1, uid, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) { cs_store_error(st, rc, "creating the ledger id", err, errlen); return -1; }
    snprintf(chain, len, "%s", uid);
    return 0;
}

/* The chain's last seq and hash (0 and NULL prev when empty). */
static int chain_tail(cs_store *st, const char *chain, int64_t *seq, char *prev, size_t len, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT seq, hash FROM ledger WHERE chain = ? ORDER BY seq DESC LIMIT 1",
                                -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 1, chain, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    *seq = 0;
    prev[0] = '\0';
    if (rc == SQLITE_ROW) {
        *seq = sqlite3_column_int64(s, 0);
        snprintf(prev, len, "%s", (const char *)sqlite3_column_text(s, 1));
    }
    sqlite3_finalize(s);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) return 0;
    cs_store_error(st, rc, "reading the ledger", err, errlen);
    return -1;
}

int cs_ledger_append(cs_store *st, const cs_signer *who, const char *kind, const char *sitting,
                     const char *body, int chained, const char *at, char hash_out[CS_SHA256_HEX],
                     char *err, size_t errlen)
{
    char chain[64] = "", prev[CS_SHA256_HEX] = "", now[48], hash[CS_SHA256_HEX], sig[CS_SIG_HEX];
    int64_t seq = 0;
    if (chained && (meta_chain(st, chain, sizeof chain, err, errlen) ||
                    chain_tail(st, chain, &seq, prev, sizeof prev, err, errlen)))
        return -1;
    if (!at) { cs_now_iso(now, sizeof now); at = now; }
    cs_ledger_row r = { 0, chained ? chain : NULL, seq + 1, kind, sitting, who->pub, at, body,
                        chained && prev[0] ? prev : NULL, NULL, NULL };
    char *text = cs_ledger_text(&r);
    if (!text) { snprintf(err, errlen, "out of memory signing the %s entry", kind); return -1; }
    cs_sha256_hex(text, strlen(text), hash);
    cs_sign_hex(who->sk, text, strlen(text), sig);
    free(text);
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "INSERT INTO ledger(chain, seq, kind, sitting, signer, at, body, prev, hash, sig)"
                                " VALUES (?,?,?,?,?,?,?,?,?,?)", -1, &s, NULL);
    int b = rc;
    if (b == SQLITE_OK) b = chained ? sqlite3_bind_text(s, 1, chain, -1, SQLITE_STATIC) : sqlite3_bind_null(s, 1);
    if (b == SQLITE_OK) b = chained ? sqlite3_bind_int64(s, 2, seq + 1) : sqlite3_bind_null(s, 2);
    if (b == SQLITE_OK) b = sqlite3_bind_text(s, 3, kind, -1, SQLITE_STATIC);
    if (b == SQLITE_OK) b = sitting ? sqlite3_bind_text(s, 4, sitting, -1, SQLITE_STATIC) : sqlite3_bind_null(s, 4);
    if (b == SQLITE_OK) b = sqlite3_bind_text(s, 5, who->pub, -1, SQLITE_STATIC);
    if (b == SQLITE_OK) b = sqlite3_bind_text(s, 6, at, -1, SQLITE_STATIC);
    if (b == SQLITE_OK) b = sqlite3_bind_text(s, 7, body, -1, SQLITE_STATIC);
    if (b == SQLITE_OK) b = r.prev ? sqlite3_bind_text(s, 8, prev, -1, SQLITE_STATIC) : sqlite3_bind_null(s, 8);
    if (b == SQLITE_OK) b = sqlite3_bind_text(s, 9, hash, -1, SQLITE_STATIC);
    if (b == SQLITE_OK) b = sqlite3_bind_text(s, 10, sig, -1, SQLITE_STATIC);
    rc = b == SQLITE_OK ? sqlite3_step(s) : b;
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) { cs_store_error(st, rc, "signing a ledger entry", err, errlen); return -1; }
    if (hash_out) memcpy(hash_out, hash, CS_SHA256_HEX);
    return 0;
}

int cs_ledger_each(cs_store *st, cs_ledger_cb cb, void *ctx, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT id, chain, seq, kind, sitting, signer, at, body, prev, hash, sig"
                                " FROM ledger ORDER BY chain IS NOT NULL, chain, seq, id", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        cs_ledger_row r = { sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1), sqlite3_column_int64(s, 2),
                            (const char *)sqlite3_column_text(s, 3), (const char *)sqlite3_column_text(s, 4),
                            (const char *)sqlite3_column_text(s, 5), (const char *)sqlite3_column_text(s, 6),
                            (const char *)sqlite3_column_text(s, 7), (const char *)sqlite3_column_text(s, 8),
                            (const char *)sqlite3_column_text(s, 9), (const char *)sqlite3_column_text(s, 10) };
        if (!r.kind || !r.signer || !r.at || !r.body || !r.hash || !r.sig) {
            r.kind = r.kind ? r.kind : "";
            r.signer = r.signer ? r.signer : "";
            r.at = r.at ? r.at : "";
            r.body = r.body ? r.body : "";
            r.hash = r.hash ? r.hash : "";
            r.sig = r.sig ? r.sig : "";
        }
        if (cb(&r, ctx)) { rc = SQLITE_DONE; break; }
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "reading the ledger", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int cs_canon_get(const char *text, const char *name, char *out, size_t len)
{
    size_t n = strlen(name);
    for (const char *p = text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t ll = nl ? (size_t)(nl - p) : strlen(p);
        if (ll > n && !strncmp(p, name, n) && p[n] == '=') {
            size_t o = 0;
            for (const char *q = p + n + 1; q < p + ll && o + 1 < len; q++) {
                if (*q == '\\' && q + 1 < p + ll && q[1] == '\\') { out[o++] = '\\'; q++; }
                else if (*q == '\\' && q + 3 < p + ll && q[1] == 'x') {
                    unsigned v = 0;
                    sscanf(q + 2, "%2x", &v);
                    out[o++] = (char)v;
                    q += 3;
                } else out[o++] = *q;
            }
            out[o] = '\0';
            return 0;
        }
        p = nl ? nl + 1 : NULL;
    }
    if (len) out[0] = '\0';
    return -1;
}
