/* The one rule for an answer graded against the desk (answer_credit.h says where it comes from). */
#include "answer_credit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "grading_util.h"
#include "text_norm.h"

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
    } else if (a->told > 0 && a->n > 0 && (a->invents_money || a->invents_time)) {
        /* a price or fee of its own beside the facts told: the caller leaves with what he pays told by
         * nobody's lookup, and pays or plans by it; a duration of its own where the desk's goes untold,
         * likewise waited by (calls35a) */
        v = CS_ANSWER_WRONG;
        pts = 0;
    } else if (a->told > 0 && a->n > 0) {
        v = CS_ANSWER_PART;
        pts = a->max * a->told / a->n;
        if (!a->invents) pts = fmax(pts, floor_pts);
    } else if (a->invents || (a->guess && *a->guess)) {
        /* none of the desk's facts and a cause guessed (应该是您家里……用掉的): made up, as a figure
         * of its own is; the floor is for an answer that stays vague, not for one that invents */
        v = CS_ANSWER_WRONG;
        pts = 0;
    } else {
        v = CS_ANSWER_VAGUE;
        pts = floor_pts;
    }
    if (a->attempt > 1) pts /= 2;
    if (a->rude && *a->rude) pts /= 2;
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


/* ---- quantities: a number and its unit, in digits or in words ----
 * 一周 and 三天 are both durations, and different ones: a wrong fact, though neither has a digit.
 * A quantity is a number (digits, or Chinese numerals: 三, 十五, 两万) followed by a unit of time
 * or money (个 allowed between); its value is in one base unit per kind (minutes, yuan), so 一周 =
 * 7 天 and 一天 = 24小时 agree. A run of numerals that is no one number (一两天, 三四天: a range said
 * loosely) and 半/几 (no figure) are not quantities. */

typedef enum { Q_TIME = 1, Q_MONEY } q_kind;

typedef struct {
    q_kind kind;
    double number;       /* as said: 三 of 三天 */
    double value;        /* minutes or yuan */
    const char *s, *e;   /* as typed */
} quantity;

/* 零..九 and 两 → 0..9, else -1. */
static int han_digit(uint32_t c)
{
    static const uint32_t d[] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D };
    for (int i = 0; i < 10; i++)
        if (c == d[i]) return i;
    return c == 0x4E24 ? 2 : -1;
}

/* 十 百 千 万 → their value, else 0. */
static long han_unit(uint32_t c)
{
    return c == 0x5341 ? 10 : c == 0x767E ? 100 : c == 0x5343 ? 1000 : c == 0x4E07 ? 10000 : 0;
}

/* The Chinese numeral at *p (advanced past the whole run of numeral characters): its value, or -1
 * when there is none or the run is no one number (一两, 三四: two digits in a row, 零 aside). */
static double han_number(const char **p)
{
    double total = 0, section = 0;
    int digit = -1, any = 0, bad = 0, prev_zero = 0;
    for (;;) {
        const char *q = *p;
        uint32_t c = cs_utf8_next(&q);
        int d = han_digit(c);
        long u = han_unit(c);
        if (d < 0 && !u) break;
        *p = q;
        any = 1;
        if (d >= 0) {
            if (digit >= 0 && !prev_zero) bad = 1;
            digit = d;
            prev_zero = d == 0;
            continue;
        }
        prev_zero = 0;
        if (u == 10000) {
            section += digit > 0 ? digit : 0;
            total += (section > 0 ? section : 1) * 10000;
            section = 0;
        } else {
            section += (digit >= 0 ? digit : 1) * u;
        }
        digit = -1;
    }
    if (!any || bad) return -1;
    return total + section + (digit > 0 ? digit : 0);
}

/* The ASCII or full-width number at *p (advanced past it), or -1. */
static double digit_number(const char **p)
{
    double v = 0;
    int d, any = 0;
    while ((d = digit_at(p)) >= 0) { v = v * 10 + d; any = 1; }
    return any ? v : -1;
}

/* The unit at *p after a number (advanced past it): its kind and size in the base unit, 0 when none.
 * 月 counts only as 个月 (三月 is March); 块 only for more than one (一块 is also "together"). */
static q_kind unit_at(const char **p, double value, int digits, double *size)
{
    static const struct { const char *w; q_kind k; double size; } units[] = {
        { "\u5de5\u4f5c\u65e5", Q_TIME, 1440 },   /* 工作日 */
        { "\u5c0f\u65f6", Q_TIME, 60 },              /* 小时 */
        { "\u949f\u5934", Q_TIME, 60 },              /* 钟头 */
        { "\u5206\u949f", Q_TIME, 1 },               /* 分钟 */
        { "\u5929", Q_TIME, 1440 },                   /* 天 */
        { "\u5468", Q_TIME, 10080 },                  /* 周 */
        { "\u661f\u671f", Q_TIME, 10080 },           /* 星期 */
        { "\u793c\u62dc", Q_TIME, 10080 },           /* 礼拜 */
        { "\u5e74", Q_TIME, 525600 },                 /* 年 */
        { "\u5757\u94b1", Q_MONEY, 1 },              /* 块钱 */
        { "\u5143", Q_MONEY, 1 },                     /* 元 */
        { "\u5757", Q_MONEY, 1 },                     /* 块 */
        /* the same in traditional characters (a reply typed so: 3到5個工作日, calls35a) */
        { "\u5c0f\u6642", Q_TIME, 60 },              /* 小時 */
        { "\u9418\u982d", Q_TIME, 60 },              /* 鐘頭 */
        { "\u5206\u9418", Q_TIME, 1 },               /* 分鐘 */
        { "\u9031", Q_TIME, 10080 },                  /* 週 */
        { "\u79ae\u62dc", Q_TIME, 10080 },           /* 禮拜 */
        { "\u584a\u9322", Q_MONEY, 1 },              /* 塊錢 */
        { "\u584a", Q_MONEY, 1 },                     /* 塊 */
    };
    const char *q = *p;
    while (*q == ' ') q++;
    int ge = strncmp(q, "\u4e2a", 3) == 0 || strncmp(q, "\u500b", 3) == 0; /* 个, 個 */
    if (ge) q += 3;
    if (ge && strncmp(q, "\u6708", 3) == 0) {         /* 个月 */
        *p = q + 3;
        *size = 43200;
        return Q_TIME;
    }
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t len = strlen(units[i].w);
        if (strncmp(q, units[i].w, len) != 0) continue;
        if (units[i].size == 525600 && digits && value >= 1000) return 0;     /* 2025年: a date */
        if ((strcmp(units[i].w, "\u5757") == 0 || strcmp(units[i].w, "\u584a") == 0) && value == 1) return 0;
        *p = q + len;
        *size = units[i].size;
        return units[i].k;
    }
    return 0;
}

/* The next quantity in *p (advanced past it); 0 when there is none left. */
static int next_quantity(const char **p, quantity *out)
{
    while (**p) {
        const char *s = *p, *q = *p;
        int digits = digit_at(&q) >= 0;
        q = s;
        double v = digits ? digit_number(&q) : han_number(&q);
        if (q == s) {            /* no number here: on by one character */
            cs_utf8_next(p);
            continue;
        }
        *p = q;
        double size;
        q_kind k = v >= 0 ? unit_at(p, v, digits, &size) : 0;
        if (!k) continue;
        *out = (quantity){ k, v, v * size, s, *p };
        return 1;
    }
    return 0;
}

static int known_quantity(const quantity *want, const char *const *known, size_t n)
{
    quantity q;
    for (size_t i = 0; i < n; i++)
        for (const char *p = known[i]; p && next_quantity(&p, &q);)
            if (q.kind == want->kind && fabs(q.value - want->value) < 1e-6) return 1;
    return 0;
}

/* A figure the desk shows: in digits, or as the number of a quantity in words (3 of 三天). */
static int known_figure(const char *fig, const char *const *known, size_t n)
{
    char run[32];
    quantity q;
    for (size_t i = 0; i < n; i++) {
        const char *p = known[i];
        while (p && next_figure(&p, run, sizeof run))
            if (strcmp(run, fig) == 0) return 1;
        for (p = known[i]; p && next_quantity(&p, &q);)
            if (fabs(q.number - atof(fig)) < 1e-6) return 1;
    }
    return 0;
}

/* The figure is the number of a quantity of the reply that the desk shows in other units (72 of
 * 72小时 when it shows 三天): the quantity rule judges it. */
static int known_as_quantity(const char *fig, const char *reply, const char *const *known, size_t n)
{
    quantity q;
    for (const char *p = reply; p && next_quantity(&p, &q);)
        if (fabs(q.number - atof(fig)) < 1e-6 && known_quantity(&q, known, n)) return 1;
    return 0;
}

/* The speaker's own number said with the answer (我是宽带公司16号业务受理专员，对于您刚才的问题……;
 * 工号16为您服务) names who answers, not a fact of the answer: no figure the desk should show.
 * The 开篇语 (贵阳 T-GSOCCIA 001—2020 §二(一) 1.1 XX号为您服务) and the callback's self-introduction
 * (§二(二) 2.21 我是XX公司XX号业务受理专员) put it there. A number is the speaker's when 号 and a word
 * for a desk role follow it, or 工号 comes right before it. */
static int speaker_number(const char *reply, const char *s, const char *e)
{
    static const char *const roles[] = { "业务受理", "受理专员", "服务专员", "专员", "客服", "坐席", "座席", "话务员",
                                         "接线员", "客户经理", "客户代表", "服务代表", "受理员", "工作人员", "为您服务",
                                         NULL };
    static const char *const before[] = { "工号", "工号是", "工号为", "工号：", "工号:", NULL };
    if (strncmp(e, "号", strlen("号")) == 0 && cs_g_starts_with_any(e + strlen("号"), roles)) return 1;
    for (size_t i = 0; before[i]; i++) {
        size_t len = strlen(before[i]);
        if ((size_t)(s - reply) >= len && strncmp(s - len, before[i], len) == 0) return 1;
    }
    return 0;
}

/* Where the next run of digits from s starts (next_figure passed over what comes before it). */
static const char *figure_start(const char *s)
{
    for (;; s++) {
        const char *q = s;
        if (!*s || digit_at(&q) >= 0) return s;
    }
}

int cs_answer_invented_figure(const char *reply, const char *const *known, size_t n, char *out, size_t cap)
{
    char run[32];
    if (cap) out[0] = '\0';
    for (const char *p = reply, *s = reply; p && next_figure(&p, run, sizeof run); s = p) {
        if (speaker_number(reply, figure_start(s), p)) continue;
        if (known_figure(run, known, n) || known_as_quantity(run, reply, known, n)) continue;
        if (cap) snprintf(out, cap, "%s", run);
        return 1;
    }
    quantity q;
    for (const char *p = reply; p && next_quantity(&p, &q);) {
        if (known_quantity(&q, known, n)) continue;
        if (cap) snprintf(out, cap, "%.*s", (int)(q.e - q.s), q.s);
        return 1;
    }
    return 0;
}

int cs_answer_invented_money(const char *reply, const char *const *known, size_t n)
{
    quantity q;
    for (const char *p = reply; p && next_quantity(&p, &q);)
        if (q.kind == Q_MONEY && !known_quantity(&q, known, n)) return 1;
    return 0;
}

/* The scale of a duration: 1 for days and longer (天, 工作日, 周, 个月, 年), 0 for hours and minutes. A
 * duration of the other scale than the desk's is no restatement of it (24小时内短信通知 beside its 3个工作日
 * 到账 may be another matter: a notice, a callback), so only one of the same scale stands in its place. */
static int day_scale(const quantity *q)
{
    return q->number > 0 && q->value / q->number >= 1440;
}

/* A duration of missing's of that scale, or 0 when none. */
static int holds_duration(const char *s, int scale)
{
    quantity q;
    for (const char *p = s; p && next_quantity(&p, &q);)
        if (q.kind == Q_TIME && day_scale(&q) == scale) return 1;
    return 0;
}

int cs_answer_time_in_place(const char *reply, const char *const *known, size_t n, const char *missing)
{
    if (!missing) return 0;
    quantity q;
    for (const char *p = reply; p && next_quantity(&p, &q);)
        if (q.kind == Q_TIME && !known_quantity(&q, known, n) && holds_duration(missing, day_scale(&q))) return 1;
    return 0;
}

static char *verdict_reason(const cs_answer *a, cs_answer_verdict verdict, const char *what, const char *title,
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
        if ((!invented || !*invented) && a->guess && *a->guess)
            return cs_g_strdup_printf("说明的%s不是系统“%s”的查询结果，而是自己猜测的（「%s」%s%s）%s（%s）", what, title,
                          a->guess, *lack ? "；缺：" : "", lack, later, CLAUSE_LOOKUP);
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

char *cs_answer_reason(const cs_answer *a, cs_answer_verdict verdict, const char *what, const char *title,
                       const char *missing, int held, const char *invented)
{
    char *base = verdict_reason(a, verdict, what, title, missing, held, invented);
    /* the rude words name the half lost, where the answer earned something to halve */
    int earned = verdict == CS_ANSWER_FULL || verdict == CS_ANSWER_PART || verdict == CS_ANSWER_VAGUE;
    if (!base || !earned || !a->rude || !*a->rude) return base;
    char *r = cs_g_strdup_printf("%s，但同一句附带禁忌语「%s」，不算规范用语，得分减半", base, a->rude);
    free(base);
    return r;
}
