/* The result of an exam attempt, as `exam run` prints it after the calls and `exam score` after
 * the examiners' scores: each 4.2 area, its parts and the final score (百分制, pass ≥60, 1.9.2). */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "cmd_exam_int.h"

static void print_result(const cs_paper *p, const double *parts, const cs_exam_score *sc, int64_t xa)
{
    printf("\n%s (%s v%d, level %d) · exam attempt %" PRId64 "\n", p->title, p->id, p->version, p->level, xa);
    for (size_t a = 0, k = 0; a < p->n_areas; a++) {
        const cs_paper_area *ar = &p->areas[a];
        if (isnan(sc->area_score[a])) printf("  %-8s %-16s %3.0f%%   pending:", cs_area_key(ar->area), cs_area_name(ar->area), ar->weight);
        else printf("  %-8s %-16s %3.0f%%  %5.1f:", cs_area_key(ar->area), cs_area_name(ar->area), ar->weight, sc->area_score[a]);
        for (size_t j = 0; j < ar->n_parts; j++, k++) {
            if (isnan(parts[k])) printf(" %s ×%g%% (examiners)", ar->parts[j].name, ar->parts[j].share);
            else printf(" %s %.1f×%g%%", ar->parts[j].name, parts[k], ar->parts[j].share);
        }
        printf("\n");
    }
    if (sc->verdict == CS_VERDICT_PENDING)
        printf("Score: pending — %zu examiner item(s) to score; between %.1f and %.1f / 100 (pass ≥60)\n",
               sc->pending, sc->low, sc->high);
    else if (sc->pending)
        printf("Score: FAILED — at most %.1f / 100 even with full examiner marks (pass ≥60)\n", sc->high);
    else
        printf("Score: %.1f / 100  %s\n", sc->total, sc->verdict == CS_VERDICT_PASSED ? "PASSED" : "FAILED");
}

int exam_report_result(cs_store *st, const cs_paper *p, int64_t xa, int json, const char *by)
{
    size_t n = cs_paper_n_parts(p);
    double *parts = calloc(n + 1, sizeof *parts);
    char err[1024], *detail = NULL;
    cs_exam_score sc;
    if (!parts) return 2;
    int rc = cs_exam_evaluate(st, xa, p, parts, &sc, &detail, err, sizeof err) ? 2 : 0;
    if (rc) fprintf(stderr, "callsim exam: %s\n", err);
    int version = 0, sgn = 0;
    if (rc == 0 && !sc.pending && cs_exam_result_latest(st, xa, &version, &sgn, err, sizeof err) == 0 && !version) {
        cs_exam_score stored;
        if (cs_exam_result_store(st, xa, by, NULL, &version, &stored, err, sizeof err)) {
            fprintf(stderr, "callsim exam: %s\n", err);
            rc = 2;
        }
    }
    if (rc == 0 && json) printf("{\"exam_attempt\":%" PRId64 ",\"result_version\":%d,\"detail\":%s}\n", xa, version, detail);
    else if (rc == 0) print_result(p, parts, &sc, xa);
    free(detail);
    free(parts);
    return rc;
}
