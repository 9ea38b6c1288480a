/* Stored calls read back and graded again (see store_log.h). */
#include "store_log.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "turn_chain.h"

static int kind_of(const char *name, cs_event_kind *k)
{
    for (int i = 0; i < CS_EV_COUNT; i++)
        if (name && strcmp(cs_event_kind_name((cs_event_kind)i), name) == 0) { *k = (cs_event_kind)i; return 1; }
    return 0;
}

int cs_store_load_log(cs_store *st, int64_t attempt_id, cs_call_log *log, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(cs_store_sqlite(st), "SELECT " CS_TURN_COLS " FROM turns WHERE attempt_id = ? ORDER BY seq",
                                -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(s, 1, attempt_id);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) {
        cs_turn_row r;
        cs_store_read_turn(s, 0, &r);
        cs_event ev = { .t_start_ms = r.t_start_ms, .t_end_ms = r.t_end_ms, .typing_start_ms = r.typing_start_ms,
                        .prompt_end_ms = r.prompt_end_ms, .n = (int)r.n, .points = r.points,
                        .text = (char *)r.text, .arg = (char *)r.arg, .expect = (char *)r.expect,
                        .clause = (char *)r.clause, .style = (char *)r.style };
        if (!kind_of(r.kind, &ev.kind)) {
            snprintf(err, errlen, "%s: attempt %lld, turn %lld: unknown kind '%s' (written by a newer callsim?)",
                     cs_store_path(st), (long long)attempt_id, (long long)r.seq, r.kind ? r.kind : "");
            sqlite3_finalize(s);
            return -1;
        }
        if (!cs_log_append(log, &ev)) { rc = SQLITE_NOMEM; break; }
    }
    if (rc != SQLITE_DONE) cs_store_error(st, rc, "reading a stored call", err, errlen);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int cs_regrade_call(cs_store *st, const cs_phrase_bank *bank, int64_t attempt_id, const char *scenario_path,
                    const cs_review_decision *decisions, size_t n_decisions, int zh, cs_call_log *log,
                    cs_grade *g, char *err, size_t errlen)
{
    memset(g, 0, sizeof *g);
    if (cs_store_load_log(st, attempt_id, log, err, errlen) != 0) return -1;
    cs_engine_config cfg = { .scenario_path = scenario_path, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, errlen);
    if (!e) return -1;
    cs_rubric rubric = cs_engine_info(e)->rubric;
    rubric.decisions = decisions;
    rubric.n_decisions = n_decisions;
    rubric.zh = zh;
    int rc = cs_grade_call(bank, log, &rubric, g);
    cs_engine_free(e);
    if (rc != 0) snprintf(err, errlen, "out of memory grading attempt %lld again", (long long)attempt_id);
    return rc;
}
