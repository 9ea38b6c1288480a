/* The one rule for an answer graded against the desk (grading/answer_credit.c, issue 14): all the
 * lookup's facts → the item; some → their share, never below half; checked and explained but none
 * stated (vague) → half; a figure the desk does not show → no floor; not from the lookup (entry not
 * shown) or no explanation → nothing; a later try → half of that. Each reason names the fault. */
#include "answer_credit.h"
#include "harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static double credit(cs_answer a, cs_answer_verdict want)
{
    cs_answer_verdict v;
    double pts = cs_answer_credit(&a, &v);
    CHECK_INT(v, want);
    return pts;
}

static void test_every_fact_earns_the_item(void)
{
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 3, .n = 3, .explains = 1, .attempt = 1 }, CS_ANSWER_FULL), 20, 1e-9);
    /* facts stated need no attempt words to count as an explanation */
    CHECK_NEAR(credit((cs_answer){ .max = 10, .shown = 1, .told = 2, .n = 2, .attempt = 1 }, CS_ANSWER_FULL), 10, 1e-9);
}

static void test_some_facts_earn_their_share_never_below_half(void)
{
    /* 2 of 3: 13.3 of 20 (the share is above the floor) */
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 2, .n = 3, .attempt = 1 }, CS_ANSWER_PART), 13.3, 1e-9);
    /* 1 of 3: the share, 6.7, is raised to the floor, 10 */
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 1, .n = 3, .attempt = 1 }, CS_ANSWER_PART), 10, 1e-9);
    /* with a figure of its own the floor is gone: the share only */
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 1, .n = 3, .invents = 1, .attempt = 1 }, CS_ANSWER_PART), 6.7, 1e-9);
}

static void test_checked_and_vague_earns_the_floor(void)
{
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .n = 3, .explains = 1, .attempt = 1 }, CS_ANSWER_VAGUE), 10, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 15, .shown = 1, .n = 2, .explains = 1, .attempt = 1 }, CS_ANSWER_VAGUE), 7.5, 1e-9);
}

static void test_a_figure_the_desk_does_not_show_is_wrong(void)
{
    CHECK_NEAR(credit((cs_answer){ .max = 10, .shown = 1, .n = 1, .explains = 1, .invents = 1, .attempt = 1 }, CS_ANSWER_WRONG), 0, 1e-9);
}

/* A cause put forward as a guess (应该是…用掉的) with none of the desk's facts is made up, not vague:
 * no floor; with some facts told the guess takes nothing from the share they earn. */
static void test_a_guessed_cause_is_wrong(void)
{
    CHECK_NEAR(credit((cs_answer){ .max = 10, .shown = 1, .n = 1, .explains = 1, .guess = "可能是", .attempt = 1 }, CS_ANSWER_WRONG), 0, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 10, .shown = 1, .n = 1, .explains = 1, .guess = "", .attempt = 1 }, CS_ANSWER_VAGUE), 5, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 1, .n = 2, .guess = "可能是", .attempt = 1 }, CS_ANSWER_PART), 10, 1e-9);
    cs_answer a = { .max = 10, .shown = 1, .n = 1, .explains = 1, .guess = "估计是", .attempt = 1 };
    char *why = cs_answer_reason(&a, CS_ANSWER_WRONG, "流量用在哪里", "流量详单", "微信", 0, "");
    CHECK_MSG(why && strstr(why, "猜测") && strstr(why, "估计是") && strstr(why, "微信"), "%s", why ? why : "(null)");
    free(why);
}

static void test_not_from_the_lookup_or_no_explanation_earns_nothing(void)
{
    /* the seed's facts said before the hold that opens the lookup: not from it (told counts 0 then) */
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 0, .n = 3, .explains = 1, .attempt = 1 }, CS_ANSWER_MADEUP), 0, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .n = 3, .attempt = 1 }, CS_ANSWER_NONE), 0, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 0, .n = 3, .attempt = 1 }, CS_ANSWER_NONE), 0, 1e-9);
}

static void test_a_later_try_earns_half(void)
{
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 3, .n = 3, .attempt = 2 }, CS_ANSWER_FULL), 10, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .n = 3, .explains = 1, .attempt = 2 }, CS_ANSWER_VAGUE), 5, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 2, .n = 3, .attempt = 3 }, CS_ANSWER_PART), 6.7, 1e-9);
}

/* An answer given with a 禁忌语 in the same reply was given, not as prescribed: half of what it
 * would earn, the reason naming the words; nothing to halve, no words named. */
static void test_a_rude_answer_earns_half(void)
{
    const char *rude = "推诿（让客户自己查）";
    CHECK_NEAR(credit((cs_answer){ .max = 10, .shown = 1, .told = 1, .n = 1, .attempt = 1, .rude = rude }, CS_ANSWER_FULL), 5, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .n = 3, .explains = 1, .attempt = 2, .rude = rude }, CS_ANSWER_VAGUE), 2.5, 1e-9);
    CHECK_NEAR(credit((cs_answer){ .max = 20, .shown = 1, .told = 3, .n = 3, .attempt = 1, .rude = "" }, CS_ANSWER_FULL), 20, 1e-9);
    cs_answer a = { .max = 10, .shown = 1, .told = 1, .n = 1, .attempt = 1, .rude = rude };
    char *why = cs_answer_reason(&a, CS_ANSWER_FULL, "到期时间", "宽带账户查询", NULL, 1, NULL);
    CHECK(why && strstr(why, "推诿（让客户自己查）") && strstr(why, "减半"));
    free(why);
    cs_answer none = { .max = 10, .shown = 1, .n = 1, .attempt = 1, .rude = rude };
    why = cs_answer_reason(&none, CS_ANSWER_NONE, "到期时间", "宽带账户查询", NULL, 1, NULL);
    CHECK(why && !strstr(why, "推诿"));
    free(why);
}

static void test_invented_figures(void)
{
    const char *known[] = { "故障原因：光缆被挖断。预计恢复：明天上午十点前。", "10点", "13985012345" };
    char fig[32];
    CHECK_INT(cs_answer_invented_figure("预计明天上午10点前恢复", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("预计今晚就能恢复", known, 3, fig, sizeof fig), 0);   /* vague, no figure */
    CHECK_INT(cs_answer_invented_figure("预计今晚8点恢复", known, 3, fig, sizeof fig), 1);
    CHECK_STR(fig, "8");
    CHECK_INT(cs_answer_invented_figure("预计今晚８点恢复", known, 3, fig, sizeof fig), 1);   /* full-width */
    CHECK_STR(fig, "8");
    /* a figure is compared whole: 139 is not the 13985012345 the record shows */
    CHECK_INT(cs_answer_invented_figure("号码139", known, 3, fig, sizeof fig), 1);
    CHECK_INT(cs_answer_invented_figure("您的号码13985012345", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("", known, 3, fig, sizeof fig), 0);
    CHECK_STR(fig, "");
}

/* The speaker's own number said with the answer names who answers (2.21's self-introduction, 1.1's
 * XX号为您服务): no figure of the answer; the same digits as a fact still are one. */
static void test_the_speakers_own_number_is_no_figure(void)
{
    const char *known[] = { "提速到 300 兆：每月加 20 元。", "300兆", "20" };
    char fig[32];
    CHECK_INT(cs_answer_invented_figure("我是电信公司27号业务受理专员，提速到300兆每月加20元", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("您好，工号41为您服务，300兆每月加20元", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("我是8号客服，每月加20元", known, 3, fig, sizeof fig), 0);
    /* a number with 号 that names no speaker, and a wrong amount beside the speaker's number */
    CHECK_INT(cs_answer_invented_figure("下月27号生效，每月加20元", known, 3, fig, sizeof fig), 1);
    CHECK_STR(fig, "27");
    CHECK_INT(cs_answer_invented_figure("我是27号客服，每月加35元", known, 3, fig, sizeof fig), 1);
    CHECK_STR(fig, "35");
}

/* A wrong fact in words is a figure the desk does not show, as wrong digits are (a duration or an
 * amount compared by its value, whatever its units); the same fact in other words or units is not. */
static void test_invented_in_words(void)
{
    const char *known[] = { "退款审核通过后三天内原路退回，金额 20000 元。", "三天", "3天" };
    char fig[32];
    CHECK_INT(cs_answer_invented_figure("退款一周内到账", known, 3, fig, sizeof fig), 1);
    CHECK_STR(fig, "一周");
    CHECK_INT(cs_answer_invented_figure("大概要一个月", known, 3, fig, sizeof fig), 1);
    CHECK_STR(fig, "一个月");
    CHECK_INT(cs_answer_invented_figure("会退您两万五千元", known, 3, fig, sizeof fig), 1);
    CHECK_STR(fig, "两万五千元");
    CHECK_INT(cs_answer_invented_figure("三周内到账", known, 3, fig, sizeof fig), 1);   /* 3 is shown, 三周 is not */
    CHECK_STR(fig, "三周");
    CHECK_INT(cs_answer_invented_figure("3周内到账", known, 3, fig, sizeof fig), 1);
    CHECK_STR(fig, "3周");
    /* the same fact */
    CHECK_INT(cs_answer_invented_figure("三天内原路退回", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("3 天内原路退回", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("72小时内退回", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("退您两万元", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("三个工作日内", known, 3, fig, sizeof fig), 0);
    /* no figure: words that are no quantity, a loose range, 半, 几, a date */
    CHECK_INT(cs_answer_invented_figure("十分抱歉，请您稍等一下，我一直在为您处理", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("万分抱歉，我们一块处理，三四天内到账", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("还要等半天或者几天", known, 3, fig, sizeof fig), 0);
    CHECK_INT(cs_answer_invented_figure("三月份的账单", known, 3, fig, sizeof fig), 0);
    CHECK_STR(fig, "");
    /* the credit: a wrong fact in words earns nothing, a vague answer the floor */
    cs_answer a = { .max = 10, .shown = 1, .n = 1, .explains = 1, .attempt = 1 };
    a.invents = cs_answer_invented_figure("退款一周内到账", known, 3, fig, sizeof fig);
    CHECK_NEAR(credit(a, CS_ANSWER_WRONG), 0, 1e-9);
    a.invents = cs_answer_invented_figure("退款会尽快到账", known, 3, fig, sizeof fig);
    CHECK_NEAR(credit(a, CS_ANSWER_VAGUE), 5, 1e-9);
}

static void check_reason(cs_answer a, const char *missing, const char *invented, int held, const char *const *want)
{
    cs_answer_verdict v;
    cs_answer_credit(&a, &v);
    char *r = cs_answer_reason(&a, v, "故障原因和恢复时间", "故障查询", missing, held, invented);
    CHECK(r != NULL);
    for (size_t i = 0; r && want[i]; i++) CHECK_MSG(strstr(r, want[i]) != NULL, "'%s' lacks '%s'", r, want[i]);
    free(r);
}

static void test_reasons_name_the_fault_and_the_clause(void)
{
    check_reason((cs_answer){ .max = 20, .shown = 1, .n = 3, .explains = 1, .attempt = 1 }, "光缆、明天、十点", NULL, 1,
                 (const char *const[]){ "没有按系统“故障查询”查询结果说明具体的故障原因和恢复时间", "缺：光缆、明天、十点",
                                        "3.1 2.1.1", NULL });
    check_reason((cs_answer){ .max = 20, .shown = 0, .n = 3, .explains = 1, .attempt = 1 }, "", NULL, 1,
                 (const char *const[]){ "未保持通话核实", "§二(一) 1.2", NULL });
    check_reason((cs_answer){ .max = 20, .shown = 1, .told = 2, .n = 3, .attempt = 2 }, "十点", NULL, 1,
                 (const char *const[]){ "2/3", "缺：十点", "客户追问后", NULL });
    check_reason((cs_answer){ .max = 20, .shown = 1, .n = 3, .explains = 1, .invents = 1, .attempt = 1 }, "十点", "8", 1,
                 (const char *const[]){ "不符", "8", NULL });
    check_reason((cs_answer){ .max = 20, .shown = 1, .n = 3, .attempt = 1 }, "", NULL, 1,
                 (const char *const[]){ "没有按系统“故障查询”查询结果说明故障原因和恢复时间", NULL });
}

/* calls35a: a duration of its own said where the desk's duration goes untold (1到3个工作日 for its 3到5个工作日,
 * 一周 for 三天, 12小时 for 24小时) is a wrong answer, as a price of its own is; typed in traditional characters
 * too (個, 小時). A duration of another scale (hours for its days), none, or one said loosely, is not. */
static void test_a_duration_in_place_of_the_desks(void)
{
    const char *known[] = { "退款状态：审核通过；到账时间：3到5个工作日内原路退回。", "审核通过", "3到5个工作日" };
    CHECK_INT(cs_answer_time_in_place("退款已经审核通过，1到3个工作日内退回", known, 3, "3到5个工作日"), 1);
    CHECK_INT(cs_answer_time_in_place("退款已經審核通過，1到3個工作日內退回", known, 3, "3到5个工作日"), 1);
    CHECK_INT(cs_answer_time_in_place("退款审核通过了，一周之内到账", known, 3, "3到5个工作日"), 1);
    CHECK_INT(cs_answer_time_in_place("退款审核通过了，大概48小时到账", known, 3, "3到5个工作日"), 0);   /* another scale */
    CHECK_INT(cs_answer_time_in_place("已经提交退费，3个工作日内退回", known, 3, "24小时"), 0);          /* another scale */
    CHECK_INT(cs_answer_time_in_place("已经提交退费，12小时内退回", known, 3, "24小时"), 1);
    CHECK_INT(cs_answer_time_in_place("退款审核通过了，很快就到账", known, 3, "3到5个工作日"), 0);      /* vague, no time */
    CHECK_INT(cs_answer_time_in_place("退款审核通过了，两三天到账", known, 3, "3到5个工作日"), 0);      /* said loosely */
    CHECK_INT(cs_answer_time_in_place("退款审核通过了，1到3个工作日退回", known, 3, "审核通过"), 0);   /* no duration untold */
    CHECK_INT(cs_answer_time_in_place("退款审核通过了，1到3个工作日退回", known, 3, NULL), 0);
    cs_answer_verdict v;
    cs_answer a = { .max = 10, .shown = 1, .told = 1, .n = 2, .invents = 1, .invents_time = 1, .attempt = 1 };
    CHECK_NEAR(cs_answer_credit(&a, &v), 0, 1e-9);
    CHECK_INT(v, CS_ANSWER_WRONG);
}

TEST_MAIN(
    RUN(test_every_fact_earns_the_item);
    RUN(test_some_facts_earn_their_share_never_below_half);
    RUN(test_checked_and_vague_earns_the_floor);
    RUN(test_a_figure_the_desk_does_not_show_is_wrong);
    RUN(test_a_guessed_cause_is_wrong);
    RUN(test_not_from_the_lookup_or_no_explanation_earns_nothing);
    RUN(test_a_later_try_earns_half);
    RUN(test_a_rude_answer_earns_half);
    RUN(test_invented_figures);
    RUN(test_invented_in_words);
    RUN(test_the_speakers_own_number_is_no_figure);
    RUN(test_reasons_name_the_fault_and_the_clause);
    RUN(test_a_duration_in_place_of_the_desks);
)
