/* Recordings of replies in the store (see voice_store.h). */
#include "voice_store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_ledger.h"

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS voice_clips (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  attempt_id INTEGER NOT NULL REFERENCES attempts(id),\n"
    "  seq INTEGER NOT NULL,\n"
    "  clip BLOB NOT NULL,\n"
    "  seconds REAL NOT NULL,\n"
    "  recorded_at TEXT NOT NULL,\n"
    "  UNIQUE (attempt_id, seq)\n"
    ");\n"
    "CREATE TRIGGER IF NOT EXISTS voice_clips_final BEFORE UPDATE ON voice_clips\n"
    "BEGIN SELECT RAISE(ABORT, 'a recording is never rewritten'); END;\n"
    "CREATE TRIGGER IF NOT EXISTS voice_clips_kept BEFORE DELETE ON voice_clips\n"
    "BEGIN SELECT RAISE(ABORT, 'recordings are never deleted'); END;\n";

int cs_voice_table_exists(cs_store *st)
{
    sqlite3_stmt *s = NULL;
    int found = 0;
    if (sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'voice_clips'",
                           -1, &s, NULL) == SQLITE_OK)
        found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    return found;
}

int cs_voice_add(cs_store *st, int64_t attempt_id, int64_t seq, const unsigned char *clip, size_t len, double seconds,
                 char *err, size_t errlen)
{
    const char *what = "storing a recording";
    char at[48];
    if (!cs_voice_table_exists(st) && cs_store_exec(st, schema, what, err, errlen)) return -1;
    cs_now_iso(at, sizeof at);
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "INSERT INTO voice_clips(attempt_id, seq, clip, seconds, recorded_at)"
                                " VALUES (?,?,?,?,?)", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 1, attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 2, seq);
    if (rc == SQLITE_OK) rc = sqlite3_bind_blob64(s, 3, clip, len, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_bind_double(s, 4, seconds);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(s, 5, at, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int cs_voice_each(cs_store *st, int64_t attempt_id, cs_voice_cb cb, void *ctx, char *err, size_t errlen)
{
    if (!cs_voice_table_exists(st)) return 0;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT seq, seconds, clip FROM voice_clips WHERE attempt_id = ? ORDER BY seq",
                                -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 1, attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        cs_voice_row r = { sqlite3_column_int64(s, 0), sqlite3_column_double(s, 1), sqlite3_column_blob(s, 2),
                           (size_t)sqlite3_column_bytes(s, 2) };
        if (cb(&r, ctx)) { rc = SQLITE_DONE; break; }
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "reading recordings", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

typedef struct {
    int64_t seq;
    unsigned char *clip;
    size_t len;
    int oom;
} get_ctx;

static int take_one(const cs_voice_row *r, void *ctx)
{
    get_ctx *g = ctx;
    if (r->seq != g->seq) return 0;
    g->clip = malloc(r->len ? r->len : 1);
    if (!g->clip) { g->oom = 1; return 1; }
    memcpy(g->clip, r->clip, r->len);
    g->len = r->len;
    return 1;
}

int cs_voice_get(cs_store *st, int64_t attempt_id, int64_t seq, unsigned char **clip, size_t *len, char *err, size_t errlen)
{
    get_ctx g = { seq, NULL, 0, 0 };
    *clip = NULL;
    *len = 0;
    if (cs_voice_each(st, attempt_id, take_one, &g, err, errlen)) return -1;
    if (g.oom) { snprintf(err, errlen, "out of memory reading a recording"); return -1; }
    *clip = g.clip;
    *len = g.len;
    return 0;
}

int cs_voice_sitting_each(cs_store *st, int64_t xa, cs_voice_sitting_cb cb, void *ctx, char *err, size_t errlen)
{
    if (!cs_voice_table_exists(st)) return 0;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT k.part, a.id, v.seq, v.seconds, t.text, v.clip FROM exam_calls k"
                                " JOIN attempts a ON a.id = k.attempt_id JOIN voice_clips v ON v.attempt_id = a.id"
                                " LEFT JOIN turns t ON t.attempt_id = a.id AND t.seq = v.seq"
                                " WHERE k.exam_attempt_id = ? ORDER BY k.part, a.started_at, a.uid, v.seq", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 1, xa);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        cs_voice_sitting_row r = { sqlite3_column_int(s, 0), sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2),
                                   sqlite3_column_double(s, 3), (const char *)sqlite3_column_text(s, 4),
                                   sqlite3_column_blob(s, 5), (size_t)sqlite3_column_bytes(s, 5) };
        if (cb(&r, ctx)) { rc = SQLITE_DONE; break; }
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "reading the sitting's recordings", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int cs_voice_merge_seat(cs_store *st, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int has = 0;
    if (sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT 1 FROM seat.sqlite_master WHERE type = 'table' AND name = 'voice_clips'",
                           -1, &s, NULL) == SQLITE_OK)
        has = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    if (!has) return 0;
    if (!cs_voice_table_exists(st) && cs_store_exec(st, schema, "merging recordings", err, errlen)) return -1;
    return cs_store_exec(st, "INSERT INTO voice_clips(attempt_id, seq, clip, seconds, recorded_at)"
                         " SELECT ma.id, v.seq, v.clip, v.seconds, v.recorded_at FROM temp.merging m"
                         " JOIN seat.voice_clips v ON v.attempt_id = m.seat_id JOIN main.attempts ma ON ma.uid = m.uid"
                         " WHERE true ON CONFLICT DO NOTHING", "merging recordings", err, errlen);
}
