/* Hash chain verification (see store_verify.h). One pass over all turns in (attempt, seq) order. */
#include "store_verify.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    int64_t id, chain_len, seen;
    int has_head, bad;
    char uid[80], head[CS_SHA256_HEX], prev[CS_SHA256_HEX];
} attempt_state;

static void problem(attempt_state *a, int64_t seq, const char *msg, cs_verify_cb cb, void *ctx)
{
    a->bad = 1;
    cb(a->id, seq, msg, ctx);
}

/* The end of an attempt: its recorded head and length must match what the turns give. */
static void close_attempt(attempt_state *a, cs_verify_cb cb, void *ctx)
{
    if (!a->has_head) return; /* still in progress, or ended before schema 2 recorded heads */
    if (a->seen != a->chain_len) {
        char msg[160];
        snprintf(msg, sizeof msg, "%lld turn(s) stored, %lld recorded when the attempt ended (rows deleted or added)",
                 (long long)a->seen, (long long)a->chain_len);
        problem(a, -1, msg, cb, ctx);
    } else if (a->seen > 0 && strcmp(a->prev, a->head) != 0) {
        problem(a, -1, "the chain does not end at the head recorded when the attempt ended", cb, ctx);
    }
}

static void load_attempt(sqlite3_stmt *s, attempt_state *a)
{
    memset(a, 0, sizeof *a);
    a->id = sqlite3_column_int64(s, 0);
    const char *uid = (const char *)sqlite3_column_text(s, 1);
    snprintf(a->uid, sizeof a->uid, "%s", uid ? uid : "");
    a->has_head = sqlite3_column_type(s, 3) != SQLITE_NULL;
    const char *head = (const char *)sqlite3_column_text(s, 2);
    snprintf(a->head, sizeof a->head, "%s", head ? head : "");
    a->chain_len = sqlite3_column_int64(s, 3);
    cs_chain_genesis(a->uid, a->prev);
}

int cs_store_verify(cs_store *st, cs_verify_cb cb, void *ctx, int64_t *n_attempts, int64_t *n_broken,
                    char *err, size_t errlen)
{
    const char *what = "verifying the turn hash chains";
    sqlite3_stmt *s = NULL;
    /* LEFT JOIN: attempts without turns are still checked against their recorded length */
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st),
        "SELECT a.id, a.uid, a.chain_head, a.chain_len, t.hash, t.id IS NOT NULL, " CS_TURN_COLS
        " FROM attempts a LEFT JOIN turns t ON t.attempt_id = a.id ORDER BY a.id, t.seq", -1, &s, NULL);
    if (rc != SQLITE_OK) {
        cs_store_error(st, rc, what, err, errlen);
        sqlite3_finalize(s);
        return -1;
    }
    attempt_state a = { .id = -1 };
    *n_attempts = *n_broken = 0;
    int64_t expect_seq = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (sqlite3_column_int64(s, 0) != a.id) {
            if (a.id >= 0) { close_attempt(&a, cb, ctx); *n_broken += a.bad; }
            load_attempt(s, &a);
            ++*n_attempts;
            expect_seq = 0;
        }
        if (!sqlite3_column_int(s, 5)) continue; /* no turns */
        cs_turn_row r;
        cs_store_read_turn(s, 6, &r);
        const char *stored = (const char *)sqlite3_column_text(s, 4);
        if (r.seq != expect_seq) problem(&a, r.seq, "turns are missing before this one (a gap in the sequence)", cb, ctx);
        expect_seq = r.seq + 1;
        char h[CS_SHA256_HEX];
        cs_chain_next(a.prev, &r, h);
        if (!stored) problem(&a, r.seq, "the turn has no hash", cb, ctx);
        else if (strcmp(stored, h) != 0) problem(&a, r.seq, "the turn does not match its hash (changed after it was stored)", cb, ctx);
        /* go on from the stored hash, so one changed row is reported once, not at every later turn */
        snprintf(a.prev, sizeof a.prev, "%s", stored ? stored : h);
        a.seen++;
    }
    if (a.id >= 0) { close_attempt(&a, cb, ctx); *n_broken += a.bad; }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}
