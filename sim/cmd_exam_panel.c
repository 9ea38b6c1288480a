/* `callsim exam examiner-add|score|sign|void`: the examiner panel's work on a stored exam attempt.
 * Rules: 国家职业技能标准 (2021) 1.9.3 odd panel ≥3 (the median of the examiners' scores). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_exam_int.h"

static int signed_in(const exam_args *a, cs_store *st, int64_t *examiner)
{
    char err[1024];
    if (!a->examiner || !a->pin) { fprintf(stderr, "callsim exam %s: needs --examiner and --pin\n", a->sub); return 2; }
    if (cs_examiner_sign_in(st, a->examiner, a->pin, examiner, err, sizeof err) == 0) return 0;
    fprintf(stderr, "callsim exam: %s\n", err);
    return 1;
}

static int parse_item(const char *s, char *item, size_t len, double *score)
{
    const char *eq = strchr(s, '=');
    char *end;
    snprintf(item, len, "%.*s", (int)(eq - s), s);
    errno = 0;
    *score = strtod(eq + 1, &end);
    if (!item[0] || !eq[1] || *end || errno || !(*score >= 0 && *score <= 100)) {
        fprintf(stderr, "callsim exam score: '%s': write ITEM=SCORE with SCORE from 0 to 100\n", s);
        return 2;
    }
    return 0;
}

static int exam_score(const exam_args *a, cs_store *st, int64_t examiner)
{
    char err[1024], item[256];
    if (!a->attempt || a->n_items == 0) { fprintf(stderr, "callsim exam score: needs --attempt N and ITEM=SCORE\n"); return 2; }
    int version = 0, sgn = 0;
    if (cs_exam_result_latest(st, a->attempt, &version, &sgn, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
    if (version && (!a->reason || !*a->reason)) {
        fprintf(stderr, "callsim exam score: attempt %" PRId64 " has result version %d%s; a correction needs --reason\n",
                a->attempt, version, sgn ? " (signed)" : "");
        return 2;
    }
    for (int i = 0; i < a->n_items; i++) {
        double v;
        if (parse_item(a->items[i], item, sizeof item, &v)) return 2;
        if (cs_exam_score_add(st, a->attempt, examiner, item, v, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
    }
    cs_paper p;
    if (cs_exam_attempt_paper(st, a->attempt, &p, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
    int rc = exam_report_result(st, &p, a->attempt, a->json, a->examiner);
    if (rc == 0 && version) { /* a correction: the new version, with who and why */
        cs_exam_score sc;
        int nv = 0;
        if (cs_exam_result_store(st, a->attempt, a->examiner, a->reason, &nv, &sc, err, sizeof err)) {
            fprintf(stderr, "callsim exam: %s\n", err);
            rc = 2;
        } else if (!a->json) {
            printf("Result version %d stored (correction by %s: %s)\n", nv, a->examiner, a->reason);
        }
    }
    cs_paper_free(&p);
    return rc;
}

/* The store's answer to `sign` or `void` on a->attempt: 0, or -1 with err set. */
static int sign_or_void(const exam_args *a, cs_store *st, char *err, size_t errlen)
{
    if (!strcmp(a->sub, "sign")) return cs_exam_result_sign(st, a->attempt, a->examiner, err, errlen) ? -1 : 0;
    return cs_exam_attempt_void(st, a->attempt, a->examiner, a->reason, err, errlen) ? -1 : 0;
}

int exam_panel(const exam_args *a)
{
    if (!a->db) { fprintf(stderr, "callsim exam %s: needs --db PATH\n", a->sub); return 2; }
    cs_store *st = exam_open_db(a->db);
    if (!st) return 2;
    char err[1024];
    int64_t examiner = 0;
    int rc = 0;
    if (!strcmp(a->sub, "examiner-add")) {
        if (!a->examiner || !a->pin) { fprintf(stderr, "callsim exam examiner-add: needs --examiner and --pin\n"); rc = 2; }
        else if (cs_examiner_add(st, a->examiner, a->pin, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); rc = 2; }
    } else if ((rc = signed_in(a, st, &examiner)) == 0) {
        if (!strcmp(a->sub, "score")) rc = exam_score(a, st, examiner);
        else if (!a->attempt) { fprintf(stderr, "callsim exam %s: needs --attempt N\n", a->sub); rc = 2; }
        else if (sign_or_void(a, st, err, sizeof err) != 0) { fprintf(stderr, "callsim exam: %s\n", err); rc = 2; }
    }
    cs_store_close(st);
    return rc;
}
