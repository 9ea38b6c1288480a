/* One rule for an answer graded against the desk (issue 14): how much of a rubric item a reply
 * earns when the caller asked a question of fact that the desk's system pane answers (a cause, a
 * repair time, an amount, a date, a policy). From the standard: 国家职业技能标准 3.1 2.1.1 (能使用
 * 系统检索客户信息，受理客户咨询), answers from the knowledge base; 贵阳 T-GSOCCIA 001—2020 §二(一)
 * 1.2 (请您稍等，我帮您核实一下): the trainee checks, with a hold, before answering.
 *
 *   every fact of the lookup stated                       → the whole item
 *   some facts stated                                     → the share told, never below the floor
 *   the entry was shown (the trainee did check) and the
 *   reply explains the kind of thing asked, but states
 *   none of the facts (vague, or not the lookup's)        → the floor: half the item
 *   ... but it gives a figure of its own (a date, an
 *   amount, an hour in digits the desk does not show, or
 *   a duration or amount in words: 一周 for its 三天),
 *   or puts a cause of its own forward as a guess
 *   (应该是…用掉的, 可能是…)                              → no floor: a wrong answer, not a vague one
 *   the entry never shown (no hold, no lookup: the
 *   answer is made up), or no explanation at all          → nothing
 *   some facts stated, and beside them an amount of money
 *   the desk does not show (每月加15块 for its 30元, 交50块
 *   钱 for its 10元 fee): the caller is told a price
 *   nobody looked up, and pays or plans by it             → nothing: a wrong answer, whatever share
 *                                                           is right (calls31)
 *   some facts stated, the desk's duration not among them,
 *   and a duration of its own in its place (1到3个工作日
 *   for its 3到5个工作日): the caller waits by a time nobody
 *   looked up                                           → nothing, as for money (calls35a)
 *   a later try (after the caller asked again)            → half of the above, the rule every
 *                                                           second try of a phrase follows
 *   said with a 禁忌语 in the same reply (您自己在APP上就能
 *   查, 这么简单还要讲几遍) — an insult fails the call     → half of the above: the answer was
 *                                                           given, not as prescribed (呼叫服务员职业
 *                                                           标准 2.2 三(一)2 正确使用服务用语，不用禁忌
 *                                                           语: two requirements, both missed; the
 *                                                           courtesy item charges the words), as a
 *                                                           phrase said rudely earns half
 *
 * Pure: no Lua, no engine. The words are judged elsewhere (cs_reply_mentions); this is the credit. */
#ifndef CALLSIM_ANSWER_CREDIT_H
#define CALLSIM_ANSWER_CREDIT_H

#include <stddef.h>

typedef struct {
    double max;     /* the points the item (or the part of it graded here) is worth */
    int shown;      /* the desk had shown the entry when the reply came */
    int told, n;    /* facts of the entry the reply states, of n */
    int explains;   /* the reply is an explanation of the kind asked (its attempt words), or told > 0 */
    int invents;    /* the reply gives a figure the desk does not show (cs_answer_invented_figure) */
    int invents_money; /* ... and it is an amount of money of its own (cs_answer_invented_money) */
    int invents_time; /* ... or a duration of its own where the desk's duration goes untold (cs_answer_time_in_place) */
    const char *guess; /* the hedge (应该是, 可能是) with which the reply guesses a cause (cs_reply_guess), or NULL */
    int attempt;    /* 1: first answer; 2 or more: after the caller asked again */
    const char *rude; /* the 禁忌语 said in the same reply ("推诿（让客户自己查）、…"), or NULL */
} cs_answer;

typedef enum {
    CS_ANSWER_FULL,     /* every fact */
    CS_ANSWER_PART,     /* some facts */
    CS_ANSWER_VAGUE,    /* checked, explained, but none of the facts */
    CS_ANSWER_WRONG,    /* checked, explained, none of the facts and a figure the desk does not show, or a guess */
    CS_ANSWER_MADEUP,   /* an explanation while the entry was not shown: not from the lookup */
    CS_ANSWER_NONE,     /* no explanation of the kind asked */
} cs_answer_verdict;

/* The verdict and the points (rounded to 0.1) for answer a. */
double cs_answer_credit(const cs_answer *a, cs_answer_verdict *verdict);

/* The first figure in reply that the desk does not show, copied into out as typed (empty when
 * there is none); known[0..n) is what the desk shows (its entries' texts and their facts' words).
 * A figure is a run of digits (full-width ones read as ASCII) that none of known holds, its number
 * said in words included (3 where the desk says 三天), or a quantity of time or money, in digits or
 * in words (一周, 两万元, 72小时), whose value no quantity of known has (一周 where the desk says 三天:
 * a wrong fact, not a vague one; 一天 where it says 24小时 is the same). Ranges said loosely
 * (三四天), 半 and 几 are no figures. Returns 1 when there is one. */
int cs_answer_invented_figure(const char *reply, const char *const *known, size_t n, char *out, size_t cap);

/* 1 when reply states an amount of money (a quantity in 元/块/块钱, digits or words) whose value no
 * quantity of known[0..n) has: a price or a fee of its own. The speaker's own number is no amount. */
int cs_answer_invented_money(const char *reply, const char *const *known, size_t n);

/* 1 when reply states a duration (digits or words: 1到3个工作日, 一周) whose value no quantity of known[0..n)
 * has, and missing (the facts the reply left untold, as cs_answer_reason names them) holds a duration of
 * the same scale (days and longer, or hours and minutes): a time of its own said in place of the desk's
 * (calls35a). */
int cs_answer_time_in_place(const char *reply, const char *const *known, size_t n, const char *missing);

/* The reason for the debrief, naming the fault: what (the kind of thing asked, e.g. 故障原因和恢复
 * 时间), title (the system entry, e.g. 故障查询), missing (the facts not stated, "光缆、十点", or NULL),
 * held (the entry is shown by a hold to 核实: the made-up case cites §二(一) 1.2), invented (the figure
 * of its own a wrong answer gives, or NULL). A malloc'd string
 * (the caller frees it), NULL when out of memory. */
char *cs_answer_reason(const cs_answer *a, cs_answer_verdict verdict, const char *what, const char *title,
                       const char *missing, int held, const char *invented);

#endif
