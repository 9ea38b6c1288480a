/* The one rule for an answer graded against the desk (answer_credit.h says where it comes from). */
#include "answer_credit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grading_util.h"

#define CLAUSE_LOOKUP "国家职业技能标准 3.1 2.1.1 使用系统检索客户信息，受理客户咨询"
#define CLAUSE_CHECK "贵阳 T-GSOCCIA 001—2020 §二(一) 1.2 核实"

static double tenth(double x) { return floor(x * 10 + 0.5) / 10; }

double cs_answer_credit(const cs_answer *a, cs_answer_verdict *verdict)
{
    double floor_pts = a->max / 2, pts;
    cs_answer_verdict v;
    int explains = a->explains || a->told > 0;
    if (!explains) {
        v = CS_ANSWER_NONE;
        pts = 0;
    } else if (!a->shown) {
        v = CS_ANSWER_MADEUP;
        pts = 0;
    } else if (a->n > 0 && a->told >= a->n) {
        v = CS_ANSWER_FULL;
        pts = a->max;
    } else if (a->told > 0 && a->n > 0) {
        v = CS_ANSWER_PART;
        pts = a->max * a->told / a->n;
        if (!a->invents) pts = fmax(pts, floor_pts);
    } else if (a->invents) {
        v = CS_ANSWER_WRONG;
        pts = 0;
    } else {
        v = CS_ANSWER_VAGUE;
        pts = floor_pts;
    }
    if (a->attempt > 1) pts /= 2;
    if (verdict) *verdict = v;
    return tenth(pts);
}

/* The digit at *p (ASCII, or full-width ０-９ read as ASCII), advancing *p past it; -1 when *p is
 * no digit (then *p is left where it was). */
static int digit_at(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    if (s[0] >= '0' && s[0] <= '9') {
        (*p)++;
        return s[0] - '0';
    }
    /* U+FF10..U+FF19: EF BC 90..99 */
    if (s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) {
        *p += 3;
        return s[2] - 0x90;
    }
    return -1;
}

/* The next run of digits in *p into run (at most cap-1 digits kept), advancing *p past it;
 * 0 when there is none left. */
static int next_figure(const char **p, char *run, size_t cap)
{
    while (**p) {
        const char *q = *p;
        size_t n = 0;
        int d;
        while ((d = digit_at(&q)) >= 0)
            if (n + 1 < cap) run[n++] = (char)('0' + d);
        if (q != *p) {
            run[n] = '\0';
            *p = q;
            return 1;
        }
        (*p)++;
    }
    return 0;
}

static int known_figure(const char *fig, const char *const *known, size_t n)
{
    char run[32];
    for (size_t i = 0; i < n; i++) {
        const char *p = known[i];
        while (p && next_figure(&p, run, sizeof run))
            if (strcmp(run, fig) == 0) return 1;
    }
    return 0;
}

int cs_answer_invented_figure(const char *reply, const char *const *known, size_t n, char *out, size_t cap)
{
    char run[32];
    if (cap) out[0] = '\0';
    for (const char *p = reply; p && next_figure(&p, run, sizeof run);) {
        if (known_figure(run, known, n)) continue;
        if (cap) snprintf(out, cap, "%s", run);
        return 1;
    }
    return 0;
}

char *cs_answer_reason(const cs_answer *a, cs_answer_verdict verdict, const char *what, const char *title,
                       const char *missing, int held, const char *invented)
{
    const char *later = a->attempt > 1 ? "，客户追问后才说明（得分减半）" : "";
    const char *lack = missing ? missing : "";
    const char *lack_open = *lack ? "（缺：" : "", *lack_close = *lack ? "）" : "";
    switch (verdict) {
    case CS_ANSWER_FULL:
        return cs_g_strdup_printf("按系统“%s”查询结果说明了%s%s（%s）", title, what, later, CLAUSE_LOOKUP);
    case CS_ANSWER_PART:
        return cs_g_strdup_printf("只按系统“%s”查询结果说明了%s的 %d/%d 项%s%s%s%s%s%s（%s）", title, what, a->told, a->n,
                      lack_open, lack, lack_close, invented && *invented ? "，另说了系统没有显示的数字 " : "",
                      invented ? invented : "", later, CLAUSE_LOOKUP);
    case CS_ANSWER_VAGUE:
        return cs_g_strdup_printf("没有按系统“%s”查询结果说明具体的%s%s%s%s，只得一半分%s（%s）", title, what,
                      lack_open, lack, lack_close, later, CLAUSE_LOOKUP);
    case CS_ANSWER_WRONG:
        return cs_g_strdup_printf("说明的%s与系统“%s”查询结果不符（系统没有显示的数字 %s%s%s%s）%s（%s）", what, title,
                      invented ? invented : "", *lack ? "；缺：" : "", lack, "", later, CLAUSE_LOOKUP);
    case CS_ANSWER_MADEUP:
        if (held)
            return cs_g_strdup_printf("未保持通话核实（系统“%s”未打开），说明的%s不是查询结果（%s；%s）", title, what,
                          CLAUSE_CHECK, CLAUSE_LOOKUP);
        return cs_g_strdup_printf("系统“%s”显示之前说明的%s不是查询结果（%s）", title, what, CLAUSE_LOOKUP);
    case CS_ANSWER_NONE:
    default:
        return cs_g_strdup_printf("没有按系统“%s”查询结果说明%s（%s）", title, what, CLAUSE_LOOKUP);
    }
}
