/* `callsim exam examiner-add|score|sign|void`: the examiner panel's work on a stored exam attempt.
 * Rules: 国家职业技能标准 (2021) 1.9.3 odd panel ≥3 (the median of the examiners' scores). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_exam_int.h"
#include "exam_ledger.h"

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

static int exam_score(const exam_args *a, cs_store *st, const cs_signer *by)
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
        if (cs_exam_score_add(st, by, a->attempt, item, v, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
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
static int sign_or_void(const exam_args *a, cs_store *st, const cs_signer *by, char *err, size_t errlen)
{
    int rc = !strcmp(a->sub, "sign") ? cs_exam_result_sign(st, by, a->attempt, err, errlen)
                                      : cs_exam_attempt_void(st, by, a->attempt, a->reason, err, errlen);
    if (rc) return -1;
    /* the chain's head, to be kept off the machine: what closes the tail gap (exam_ledger.h) */
    char receipt[CS_RECEIPT_MAX];
    if (cs_ledger_receipt(st, receipt, sizeof receipt, err, errlen) == 0 && receipt[0] && !a->json)
        printf("ledger receipt: %s (write it on the sitting's paper record; `callsim verify --receipt %s` "
               "proves that nothing signed up to here was cut off)\n", receipt, receipt);
    return 0;
}

/* examiner-add and examiner-disable: the administrator's key first (none for the centre's first). */
static int examiners(const exam_args *a, cs_store *st)
{
    char err[1024];
    int64_t n = 0;
    cs_signer *admin = NULL;
    if (!a->examiner) { fprintf(stderr, "callsim exam %s: needs --examiner NAME\n", a->sub); return 2; }
    if (cs_examiner_keyed(st, &n, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return 2; }
    if (n > 0 || strcmp(a->sub, "examiner-add")) {
        if (!a->admin || !a->admin_pin) {
            fprintf(stderr, "callsim exam %s: needs an administrator's --admin NAME and --admin-pin SECRET (or CALLSIM_ADMIN_PIN)\n", a->sub);
            return 1;
        }
        int rc = exam_unlock(st, a->admin, a->admin_pin, a->sub, &admin);
        if (rc) return rc;
    }
    int rc = 0;
    if (!strcmp(a->sub, "examiner-add")) {
        if (!a->pin) { fprintf(stderr, "callsim exam examiner-add: needs --pin SECRET (the new examiner's)\n"); rc = 2; }
        else if (cs_examiner_add(st, admin, a->examiner, a->pin, a->make_admin, err, sizeof err)) {
            fprintf(stderr, "callsim exam: %s\n", err);
            rc = admin && !admin->admin ? 1 : 2;
        } else if (!n) printf("examiner %s is this exam centre's administrator\n", a->examiner);
    } else if (!strcmp(a->sub, "examiner-secret")) {
        if (!a->pin || !a->new_pin) { fprintf(stderr, "callsim exam examiner-secret: needs --pin OLD and --new-pin NEW\n"); rc = 2; }
        else if (cs_examiner_reseal(st, admin, a->examiner, a->pin, a->new_pin, err, sizeof err)) {
            fprintf(stderr, "callsim exam: %s\n", err);
            rc = 1;
        }
    } else if (cs_examiner_disable(st, admin, a->examiner, err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        rc = 1;
    }
    cs_signer_free(admin);
    return rc;
}

int exam_panel(const exam_args *a)
{
    if (!a->db) { fprintf(stderr, "callsim exam %s: needs --db PATH\n", a->sub); return 2; }
    cs_store *st = exam_open_db(a->db);
    if (!st) return 2;
    char err[1024];
    cs_signer *by = NULL;
    int rc = 0;
    if (!strncmp(a->sub, "examiner-", 9)) rc = examiners(a, st);
    else if ((rc = exam_unlock(st, a->examiner, a->pin, a->sub, &by)) == 0) {
        if (!strcmp(a->sub, "score")) rc = exam_score(a, st, by);
        else if (!a->attempt) { fprintf(stderr, "callsim exam %s: needs --attempt N\n", a->sub); rc = 2; }
        else if (sign_or_void(a, st, by, err, sizeof err) != 0) { fprintf(stderr, "callsim exam: %s\n", err); rc = 2; }
    }
    cs_signer_free(by);
    cs_store_close(st);
    return rc;
}
