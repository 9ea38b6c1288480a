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

/* --- receipts ------------------------------------------------------------------------------------
 * The tail of a hash chain has nothing after it, so entries cut off together with every row they
 * describe leave a shorter chain that still verifies. A receipt is the head of the chain as it stood,
 * short enough to write down ("CHAIN8-SEQ-HASH16"), kept off the machine (the sitting's paper record):
 * with it, verify can tell that the chain still reaches that entry, unchanged. */

static void receipt_of(const char *chain, int64_t seq, const char *hash, char *out, size_t len)
{
    snprintf(out, len, "%.*s-%" PRId64 "-%.*s", CS_RECEIPT_CHAIN, chain, seq, CS_RECEIPT_HASH, hash);
}

int cs_ledger_receipt(cs_store *st, char *out, size_t len, char *err, size_t errlen)
{
    out[0] = '\0';
    sqlite3_stmt *s = NULL;
    char chain[64] = "", hash[CS_SHA256_HEX];
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT value FROM store_meta WHERE key = 'chain'", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) snprintf(chain, sizeof chain, "%s", (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) { cs_store_error(st, rc, "reading the ledger id", err, errlen); return -1; }
    if (!chain[0]) return 0;
    int64_t seq = 0;
    if (chain_tail(st, chain, &seq, hash, sizeof hash, err, errlen)) return -1;
    if (seq > 0) receipt_of(chain, seq, hash, out, len);
    return 0;
}

int cs_ledger_heads(cs_store *st, cs_receipt_cb cb, void *ctx, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT l.chain, l.seq, l.hash FROM ledger l WHERE l.chain IS NOT NULL"
                                " AND l.seq = (SELECT max(m.seq) FROM ledger m WHERE m.chain = l.chain)"
                                " AND l.hash IS NOT NULL ORDER BY l.chain", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        char receipt[CS_RECEIPT_MAX];
        receipt_of((const char *)sqlite3_column_text(s, 0), sqlite3_column_int64(s, 1),
                   (const char *)sqlite3_column_text(s, 2), receipt, sizeof receipt);
        cb(receipt, ctx);
    }
    sqlite3_finalize(s);
    if (rc == SQLITE_DONE) return 0;
    cs_store_error(st, rc, "reading the ledger", err, errlen);
    return -1;
}

/* Splits "CHAIN8-SEQ-HASH16" (lower-case hex, as printed); 0 or -1 when it is not one. */
static int parse_receipt(const char *r, char chain[CS_RECEIPT_CHAIN + 1], int64_t *seq, char hash[CS_RECEIPT_HASH + 1])
{
    size_t n = strlen(r);
    if (n < CS_RECEIPT_CHAIN + CS_RECEIPT_HASH + 3 || r[CS_RECEIPT_CHAIN] != '-' || r[n - CS_RECEIPT_HASH - 1] != '-')
        return -1;
    const char *hex = "0123456789abcdef";
    for (size_t i = 0; i < CS_RECEIPT_CHAIN; i++) if (!r[i] || !strchr(hex, r[i])) return -1;
    for (size_t i = n - CS_RECEIPT_HASH; i < n; i++) if (!strchr(hex, r[i])) return -1;
    int64_t v = 0;
    for (size_t i = CS_RECEIPT_CHAIN + 1; i < n - CS_RECEIPT_HASH - 1; i++) {
        if (r[i] < '0' || r[i] > '9' || v > INT64_MAX / 10 - 9) return -1;
        v = v * 10 + (r[i] - '0');
    }
    if (v < 1) return -1;
    memcpy(chain, r, CS_RECEIPT_CHAIN);
    chain[CS_RECEIPT_CHAIN] = '\0';
    memcpy(hash, r + n - CS_RECEIPT_HASH, CS_RECEIPT_HASH);
    hash[CS_RECEIPT_HASH] = '\0';
    *seq = v;
    return 0;
}

int cs_ledger_check_receipt(cs_store *st, const char *receipt, char *problem, size_t plen, char *err, size_t errlen)
{
    char pre[CS_RECEIPT_CHAIN + 1], want[CS_RECEIPT_HASH + 1], chain[64] = "", hash[CS_SHA256_HEX] = "";
    int64_t seq = 0, last = 0;
    problem[0] = '\0';
    if (parse_receipt(receipt, pre, &seq, want)) {
        snprintf(err, errlen, "'%.80s' is not a ledger receipt (CHAIN-SEQ-HASH: 8 hex digits, an entry number, "
                 "16 hex digits, as exam sign and verify print it)", receipt);
        return -1;
    }
    sqlite3 *db = cs_store_sqlite(st);
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT chain, max(seq) FROM ledger WHERE chain IS NOT NULL AND substr(chain, 1, ?2) = ?1"
                                " GROUP BY chain", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 1, pre, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int(s, 2, CS_RECEIPT_CHAIN);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        snprintf(chain, sizeof chain, "%s", (const char *)sqlite3_column_text(s, 0));
        last = sqlite3_column_int64(s, 1);
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) { cs_store_error(st, rc, "reading the ledger", err, errlen); return -1; }
    if (!chain[0]) {
        snprintf(problem, plen, "this file holds no ledger chain %s… (the receipt is of another file, or every entry of "
                 "this one was deleted)", pre);
        return 1;
    }
    rc = sqlite3_prepare_v2(db, "SELECT hash FROM ledger WHERE chain = ? AND seq = ?", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 1, chain, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 2, seq);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        snprintf(hash, sizeof hash, "%s", sqlite3_column_text(s, 0) ? (const char *)sqlite3_column_text(s, 0) : "");
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) { cs_store_error(st, rc, "reading the ledger", err, errlen); return -1; }
    if (!hash[0]) {
        snprintf(problem, plen, "the ledger chain %s… ends at entry %" PRId64 ", but the receipt was given at entry %"
                 PRId64 ": its newest entries were cut off, with whatever rows they describe", pre, last, seq);
        return 1;
    }
    if (strncmp(hash, want, CS_RECEIPT_HASH) != 0) {
        snprintf(problem, plen, "entry %" PRId64 " of the ledger chain %s… is not the entry the receipt was given for "
                 "(the chain was rewritten from there, or the receipt is of another file)", seq, pre);
        return 1;
    }
    return 0;
}
