/* The arithmetic of an exam result, kept apart from storage so tests can check it by hand:
 *   part score   0..100: a scenario's rubric score, or the panel's combined examiner score;
 *   area score   = Σ share × part score / 100 over the area's parts (shares add up to 100);
 *   final score  = Σ 4.2 weight × area score / 100, rounded to 0.1 (百分制, 国家职业技能标准 1.9.2);
 *   passed       = final ≥ 60 (1.9.2).
 * An examiner item is combined over the panel by the MEDIAN of the examiners' scores, and only for
 * a panel of 3 or more and an odd number (1.9.3 考评人员为 3 人（含）以上单数). The odd count is what
 * makes the median one examiner's actual score, and it ignores a single outlier either way. */
#ifndef CALLSIM_EXAM_SCORE_H
#define CALLSIM_EXAM_SCORE_H

#include <stddef.h>
#include "paper.h"

#define CS_PANEL_MIN 3

typedef enum { CS_VERDICT_PENDING, CS_VERDICT_PASSED, CS_VERDICT_FAILED } cs_verdict;

typedef struct {
    double area_score[CS_AREA_COUNT]; /* by paper area index; NAN while a part is pending */
    double total;       /* final score when complete, else NAN */
    double low, high;   /* final score with every pending part at 0 / at 100 */
    cs_verdict verdict; /* FAILED early when even full marks on the pending parts stay under 60 */
    size_t pending;     /* parts without a score yet */
} cs_exam_score;

/* Median of an odd panel of at least 3. -1 with the reason (citing 1.9.3) otherwise. */
int cs_panel_combine(const double *scores, size_t n, double *out, char *why, size_t whylen);

/* part_scores: one per part in cs_paper_part_at order, NAN when not scored yet. */
void cs_exam_score_compute(const cs_paper *p, const double *part_scores, cs_exam_score *out);

const char *cs_verdict_name(cs_verdict v); /* "pending", "passed", "failed" */

#endif
