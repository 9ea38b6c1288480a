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

/* The examiner panel's word on one of the grader's verdicts. In the exam every verdict the grader
 * is unsure of, and every verdict that would fail the call, goes to the panel before the result
 * can be signed (国家职业技能标准 (2021) 1.9.3: the examiners judge the skill exam); the decision
 * counts in the score. */
typedef enum {
    CS_REVIEW_PHRASE = 1, /* "the reply is (not) the phrase the scenario waited for" */
    CS_REVIEW_FAILS = 2   /* "the reply insults or hits back at the caller: the call fails" */
} cs_review_kind;

#define CS_REVIEW_BELOW 0.75 /* a phrase verdict less sure than this goes to the panel */

typedef struct {
    size_t event;         /* index in the log of the trainee's reply */
    cs_review_kind kind;
    int overrule;         /* 1: the panel overrules the grader; 0: confirms it */
} cs_review_decision;

typedef struct {
    const cs_rubric_item *items;
    size_t n;
    const char *closing_category; /* category expected last ("closing" when NULL) */
    int latency_limit_ms;         /* a reply slower than this loses latency points (default 10000) */
    int zh;                       /* explain in Chinese (the window's default) rather than English */
    const cs_review_decision *decisions; /* the panel's decisions (exam), or NULL */
    size_t n_decisions;
    /* English explanations: the Chinese msgid translated (the window passes its gettext lookup),
     * or NULL/the msgid itself when there is none: then grading's own English. May be NULL. */
    const char *(*translate)(const char *zh);
} cs_rubric;

typedef struct {
    char *id, *label, *reason, *clause; /* owned */
    double points, max;
} cs_item_result;

/* Per-event annotations, parallel to the log (same index). */
typedef struct {
    int64_t latency_ms;  /* trainee events: prompt_end to the first keystroke (typed) or the action, or -1 */
    double cpm;          /* typed replies: chars/min, or -1 */
    const char *matched; /* phrase id matched for expect (owned by bank), or NULL */
    const char *category;/* category matched (expect or classified), or NULL */
    double similarity;
    size_t n_taboo;
    const char *taboo[8];
    char *deductions;    /* owned; "item -N reason; ..." or NULL */
    int verdict;         /* typed reply with expect: the grader's verdict (1 = is that phrase) */
    double confidence;   /* how sure that verdict is, 0..1 (1 for turns without one) */
    int review;          /* CS_REVIEW_* bits: this verdict goes to the examiner panel */
    int overruled;       /* CS_REVIEW_* bits the panel overruled (already applied to the grade) */
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

/* 1 when rule names who an action must reach ("action:escalate:危机干预组"): the action's name
 * ("escalate") in action, *target pointing into rule; else 0 with *target NULL. */
int cs_rule_target(const char *rule, char *action, size_t action_len, const char **target);

/* Grades the call. Returns 0, or -1 when out of memory (g is then freed and zeroed). */
int cs_grade_call(const cs_phrase_bank *bank, const cs_call_log *log, const cs_rubric *rubric,
                  cs_grade *g);
void cs_grade_free(cs_grade *g);

/* One verdict for the panel: which reply, what kind, what the grader decided and how sure. */
typedef struct {
    size_t event;
    cs_review_kind kind;
    int verdict;          /* PHRASE: 1 = is the phrase; FAILS: 1 = fails the call */
    double confidence;
    const char *category; /* PHRASE: the phrase waited for (the log's string) */
} cs_review_item;

/* The verdicts of a graded call that go to the panel, in log order: up to cap written to out;
 * returns how many there are. */
size_t cs_grade_review_items(const cs_call_log *log, const cs_grade *g, cs_review_item *out, size_t cap);

#endif
