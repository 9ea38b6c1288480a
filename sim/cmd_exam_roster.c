/* `callsim exam roster`: the candidates of a sitting, and importing them from a CSV file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_exam_int.h"
#include "lua_sandbox.h"
#include "roster_csv.h"

/* All rows or none: a half-imported roster would seat some candidates and silently drop others. */
static int import_roster(cs_store *st, int64_t exam_id, const char *file)
{
    char err[1024];
    size_t len;
    char *buf = cs_read_file(file, 8u << 20, &len, err, sizeof err);
    if (!buf) { fprintf(stderr, "callsim exam roster: %s\n", err); return 2; }
    cs_roster r;
    int rc = cs_roster_parse(file, buf, len, &r, err, sizeof err);
    free(buf);
    if (rc) { fprintf(stderr, "callsim exam roster: %s\n", err); return 2; }
    if (cs_exam_roster_import(st, exam_id, file, &r, err, sizeof err)) {
        fprintf(stderr, "callsim exam roster: %s\n", err);
        rc = 2;
    }
    if (rc == 0) printf("imported %zu candidate(s) from %s\n", r.n, file);
    cs_roster_free(&r);
    return rc;
}

static int print_candidate(const cs_candidate_row *c, void *ctx)
{
    (void)ctx;
    size_t n = c->id_number ? strlen(c->id_number) : 0;
    /* 证件号 is personal data: show only its last four characters */
    printf("%s\t%s\t%s%s\n", c->cand_no, c->name, n > 4 ? "****" : "", n > 4 ? c->id_number + n - 4 : (c->id_number ? c->id_number : ""));
    return 0;
}

int exam_roster(const exam_args *a)
{
    if (!a->paper) { fprintf(stderr, "callsim exam roster: needs --paper PAPER\n"); return 2; }
    cs_paper p;
    if (exam_load_paper(a->paper, &p)) return 2;
    cs_store *st = exam_open_db(a->db);
    char err[1024];
    int64_t exam_id;
    int rc = st ? 0 : 2;
    if (rc == 0 && cs_exam_open(st, &p, a->exam, &exam_id, err, sizeof err)) {
        fprintf(stderr, "callsim exam roster: %s\n", err);
        rc = 2;
    }
    if (rc == 0 && a->import) rc = import_roster(st, exam_id, a->import);
    if (rc == 0 && cs_exam_roster(st, exam_id, print_candidate, NULL, err, sizeof err)) {
        fprintf(stderr, "callsim exam roster: %s\n", err);
        rc = 2;
    }
    if (st) cs_store_close(st);
    cs_paper_free(&p);
    return rc;
}
