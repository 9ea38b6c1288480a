/* Grading of a whole call: a pure function from the event log and the scenario's rubric to a
 * score out of 100, every item with points, reason and the standard clause it comes from, and per
 * turn annotations (latency, chars/min, matched phrase, taboo, deductions). */
#ifndef CALLSIM_CALL_GRADE_H
#define CALLSIM_CALL_GRADE_H

#include <stddef.h>
#include "call_log.h"
#include "phrase_bank.h"

#define CS_PASS_MARK 60.0 /* 国家职业技能标准 (2021) 1.9.2: 百分制, ≥60 passes */

/* One rubric item of a scenario. rule == NULL: points come from the scenario's MARK events.
 * Otherwise a rule the grader checks itself on the log; the rules are one table in call_grade.c
 * (cs_rule_help lists them). fatal: missing it fails the whole call (the scenario calls
 * score.fail), shown as such in the rubric before the call. */
typedef struct {
    const char *id;
    const char *label;   /* what it grades, for the results screen */
    const char *rule;
    const char *clause;  /* standard clause; rules fill a default when NULL */
    double max;
    int fatal;
} cs_rubric_item;

typedef struct {
    const cs_rubric_item *items;
    size_t n;
    const char *closing_category; /* category expected last ("closing" when NULL) */
    int latency_limit_ms;         /* a reply slower than this loses latency points (default 10000) */
    int zh;                       /* explain in Chinese (the window's default) rather than English */
} cs_rubric;

typedef struct {
    char *id, *label, *reason, *clause; /* owned */
    double points, max;
} cs_item_result;

/* Per-event annotations, parallel to the log (same index). */
typedef struct {
    int64_t latency_ms;  /* trainee events: t_end - prompt_end, or -1 */
    double cpm;          /* typed replies: chars/min, or -1 */
    const char *matched; /* phrase id matched for expect (owned by bank), or NULL */
    const char *category;/* category matched (expect or classified), or NULL */
    double similarity;
    size_t n_taboo;
    const char *taboo[8];
    char *deductions;    /* owned; "item -N reason; ..." or NULL */
} cs_turn_grade;

typedef struct {
    double score;        /* 0..100, rounded to 0.1 */
    int passed;
    int auto_failed;
    char *fail_reason;   /* owned, or NULL */
    cs_item_result *items;
    size_t n_items;
    cs_turn_grade *turns;  /* log->n entries */
    size_t n_turns;
    double typing_cpm, typing_accuracy; /* information recording (-1 when none) */
} cs_grade;

/* 1 if rule is one of the rules above (categories checked against the bank); else 0 with a
 * message saying what is wrong. */
int cs_rule_valid(const cs_phrase_bank *bank, const char *rule, char *err, size_t errlen);
/* The clause a rule cites when the item gives none. */
const char *cs_rule_default_clause(const cs_phrase_bank *bank, const char *rule);
/* Rule i of the table: what it checks, and in *usage how a rubric writes it ("phrase:CAT");
 * NULL past the last rule. */
const char *cs_rule_help(size_t i, const char **usage);

/* Grades the call. Returns 0, or -1 when out of memory (g is then freed and zeroed). */
int cs_grade_call(const cs_phrase_bank *bank, const cs_call_log *log, const cs_rubric *rubric,
                  cs_grade *g);
void cs_grade_free(cs_grade *g);

#endif
