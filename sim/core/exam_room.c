/* The exam room's settings and the candidate line (see exam_room.h). */
#include "exam_room.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>


static void copy_col(sqlite3_stmt *s, int i, char *out, size_t len)
{
    const char *t = (const char *)sqlite3_column_text(s, i);
    snprintf(out, len, "%s", t ? t : "");
}

int cs_desk_setting_get(cs_store *st, const char *key, char *out, size_t len, char *err, size_t errlen)
{
    const char *what = "reading the exam desk's settings";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT value FROM store_meta WHERE key = ?", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    out[0] = '\0';
    if (rc == SQLITE_ROW) copy_col(s, 0, out, len);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int cs_desk_setting_set(cs_store *st, const char *key, const char *value, char *err, size_t errlen)
{
    const char *what = "storing the exam desk's settings";
    sqlite3_stmt *s = cs_store_prepare(st, value ? "INSERT OR REPLACE INTO store_meta(key, value) VALUES (?, ?)"
                                     : "DELETE FROM store_meta WHERE key = ?", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_text(s, 1, key, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK && value) rc = sqlite3_bind_text(s, 2, value, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int cs_exam_attempt_candidate(cs_store *st, int64_t xa, char *cand_no, size_t no_len, char *name, size_t name_len,
                              char *id_number, size_t id_len, char *err, size_t errlen)
{
    const char *what = "reading the sitting's candidate";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT c.cand_no, c.name, c.id_number FROM exam_attempts x JOIN candidates c"
                           " ON c.id = x.candidate_id WHERE x.id = ?", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_int64(s, 1, xa);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    cand_no[0] = name[0] = id_number[0] = '\0';
    if (rc == SQLITE_ROW) {
        copy_col(s, 0, cand_no, no_len);
        copy_col(s, 1, name, name_len);
        copy_col(s, 2, id_number, id_len);
    } else if (rc == SQLITE_DONE) {
        snprintf(err, errlen, "%s: there is no exam attempt %lld", cs_store_path(st), (long long)xa);
    } else {
        cs_store_error(st, rc, what, err, errlen);
    }
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? 0 : -1;
}

int cs_examiner_lookup(cs_store *st, const char *name, int64_t *id, int *disabled, char *err, size_t errlen)
{
    const char *what = "reading the examiners";
    sqlite3_stmt *s = cs_store_prepare(st, "SELECT id, disabled FROM examiners WHERE name = ?", what, err, errlen);
    if (!s) return -1;
    int rc = sqlite3_bind_text(s, 1, name, -1, SQLITE_TRANSIENT);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    *disabled = rc == SQLITE_ROW ? sqlite3_column_int(s, 1) : 0;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) cs_store_error(st, rc, what, err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}
