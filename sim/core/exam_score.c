/* Exam result arithmetic (see exam_score.h for the rules and where they come from). */
#include "exam_score.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "call_grade.h" /* CS_PASS_MARK */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int cs_panel_combine(const double *scores, size_t n, double *out, char *why, size_t whylen)
{
    if (n < CS_PANEL_MIN) {
        snprintf(why, whylen, "%zu examiner(s) scored it; 国家职业技能标准 1.9.3 needs at least %d", n, CS_PANEL_MIN);
        return -1;
    }
    if (n % 2 == 0) {
        snprintf(why, whylen, "%zu examiners scored it; 国家职业技能标准 1.9.3 needs an odd number (3, 5, …)", n);
        return -1;
    }
    double sorted[64];
    if (n > sizeof sorted / sizeof sorted[0]) {
        snprintf(why, whylen, "%zu examiners is more than a panel can have here (64)", n);
        return -1;
    }
    for (size_t i = 0; i < n; i++) sorted[i] = scores[i];
    qsort(sorted, n, sizeof sorted[0], cmp_double);
    *out = sorted[n / 2];
    return 0;
}

static double round1(double x)
{
    return round(x * 10.0) / 10.0;
}

void cs_exam_score_compute(const cs_paper *p, const double *part_scores, cs_exam_score *out)
{
    double low = 0, high = 0;
    size_t k = 0;
    out->pending = 0;
    for (size_t a = 0; a < CS_AREA_COUNT; a++) out->area_score[a] = NAN;
    for (size_t a = 0; a < p->n_areas; a++) {
        const cs_paper_area *ar = &p->areas[a];
        double lo = 0, hi = 0;
        int pending = 0;
        for (size_t j = 0; j < ar->n_parts; j++, k++) {
            double s = part_scores[k];
            if (isnan(s)) {
                pending = 1;
                out->pending++;
                hi += ar->parts[j].share; /* ×100/100 */
                continue;
            }
            lo += ar->parts[j].share * s / 100.0;
            hi += ar->parts[j].share * s / 100.0;
        }
        if (!pending) out->area_score[a] = lo;
        low += ar->weight * lo / 100.0;
        high += ar->weight * hi / 100.0;
    }
    out->low = round1(low);
    out->high = round1(high);
    out->total = out->pending ? NAN : out->low;
    if (!out->pending) out->verdict = out->total >= CS_PASS_MARK ? CS_VERDICT_PASSED : CS_VERDICT_FAILED;
    else out->verdict = out->high < CS_PASS_MARK ? CS_VERDICT_FAILED : CS_VERDICT_PENDING;
}

const char *cs_verdict_name(cs_verdict v)
{
    return v == CS_VERDICT_PASSED ? "passed" : v == CS_VERDICT_FAILED ? "failed" : "pending";
}
