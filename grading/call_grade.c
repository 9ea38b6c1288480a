/* Grading of a whole call (see call_grade.h): each rubric item is either the sum of the scenario's
 * marks or one of the rules below, checked on the event log alone, so a stored call can be
 * re-graded and every point explained turn by turn. */
#include "call_grade.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phrase_match.h"
#include "typing.h"

#define CLAUSE_ANSWER "贵阳 T-GSOCCIA 001—2020 第一部分 三(八) 平均振铃次数（3声内接听）"
#define CLAUSE_COURTESY "贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语；呼叫服务员职业标准(试行) 2.2 三(一)2 不用禁忌语及口头禅"
#define CLAUSE_LATENCY "呼叫服务员职业标准(试行) 2.2 三(二)2 有效地倾听客户的表述并及时地给予应和"
#define CLAUSE_TYPING "国家职业技能标准 4-04-05-03 (2021) 3.1 1.3.1 录入≥50字/分、准确率≥95%；1.3.2"
#define CLAUSE_INSULT "贵阳 T-GSOCCIA 001—2020 §二(四) 4.2 有效控制个人情绪；§二(三) 6 注意通话语气和态度"
#define CLAUSE_HOLD_LONG "贵阳 T-GSOCCIA 001—2020 §二(一) 1.2 等待用语（等待超过60秒应回复客户）"

static const char *const actions[] = { "answer", "hold", "unhold", "transfer", "escalate", "ticket", "hangup", NULL };
static const cs_event_kind action_kinds[] = { CS_EV_ANSWER, CS_EV_HOLD, CS_EV_UNHOLD, CS_EV_TRANSFER,
                                              CS_EV_ESCALATE, CS_EV_TICKET, CS_EV_HANGUP };

static int action_kind(const char *name, size_t len, cs_event_kind *kind)
{
    for (size_t i = 0; actions[i]; i++)
        if (strlen(actions[i]) == len && strncmp(actions[i], name, len) == 0) {
            *kind = action_kinds[i];
            return 1;
        }
    return 0;
}

static int category_ok(const cs_phrase_bank *bank, const char *name, size_t len)
{
    char buf[64];
    if (len == 0 || len >= sizeof buf) return 0;
    memcpy(buf, name, len);
    buf[len] = '\0';
    return cs_bank_has_category(bank, buf);
}

int cs_rule_valid(const cs_phrase_bank *bank, const char *rule, char *err, size_t errlen)
{
    static const char *const plain[] = { "answer", "opening", "closing", "courtesy", "latency", "hold", "typing", NULL };
    for (size_t i = 0; plain[i]; i++)
        if (strcmp(rule, plain[i]) == 0) return 1;
    cs_event_kind k;
    if (strncmp(rule, "phrase:", 7) == 0) {
        if (category_ok(bank, rule + 7, strlen(rule + 7))) return 1;
        snprintf(err, errlen, "rule '%s' names an unknown phrase category", rule);
        return 0;
    }
    if (strncmp(rule, "action:", 7) == 0) {
        if (action_kind(rule + 7, strlen(rule + 7), &k)) return 1;
        snprintf(err, errlen, "rule '%s': action must be answer, hold, unhold, transfer, escalate, ticket or hangup", rule);
        return 0;
    }
    if (strncmp(rule, "sequence:", 9) == 0 && rule[9]) {
        const char *p = rule + 9;
        while (*p) {
            size_t n = strcspn(p, ",");
            if (!category_ok(bank, p, n) && !action_kind(p, n, &k)) {
                snprintf(err, errlen, "rule '%s': step '%.*s' is neither a phrase category nor an action", rule, (int)n, p);
                return 0;
            }
            p += n;
            if (*p == ',') p++;
        }
        return 1;
    }
    snprintf(err, errlen, "unknown rule '%s' (answer, opening, closing, courtesy, latency, hold, typing, "
                          "phrase:CAT, action:ACT, sequence:A,B,...)", rule);
    return 0;
}

const char *cs_rule_default_clause(const cs_phrase_bank *bank, const char *rule)
{
    if (strcmp(rule, "answer") == 0) return CLAUSE_ANSWER;
    if (strcmp(rule, "opening") == 0) return cs_bank_category_clause(bank, "opening");
    if (strcmp(rule, "closing") == 0) return cs_bank_category_clause(bank, "closing");
    if (strcmp(rule, "courtesy") == 0) return CLAUSE_COURTESY;
    if (strcmp(rule, "latency") == 0) return CLAUSE_LATENCY;
    if (strcmp(rule, "hold") == 0) return cs_bank_category_clause(bank, "hold_before");
    if (strcmp(rule, "typing") == 0) return CLAUSE_TYPING;
    if (strncmp(rule, "phrase:", 7) == 0) return cs_bank_category_clause(bank, rule + 7);
    return NULL;
}

/* --- grading context --------------------------------------------------------------------------- */

typedef struct {
    const cs_phrase_bank *bank;
    const cs_call_log *log;
    const cs_rubric *rubric;
    cs_grade *g;
    int oom;
} ctx;

/* The explanation in the trainee's language: both wordings take the same arguments in order. */
#define T(c, en_, zh_) ((c)->rubric->zh ? (zh_) : (en_))

/* A category or part as the reader calls it. */
static const char *nm(const ctx *c, const char *name)
{
    return c->rubric->zh ? cs_bank_label(c->bank, name) : name;
}

/* An action (hold, transfer, ...) as the reader calls it; labelled "action.NAME" in the bank. */
static const char *nm_action(const ctx *c, const char *act)
{
    char key[32];
    if (!c->rubric->zh || strlen(act) > 20) return act;
    snprintf(key, sizeof key, "action.%s", act);
    const char *l = cs_bank_label(c->bank, key);
    return l == key ? act : l;
}

static char *vfmt(const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0) return NULL;
    char *s = malloc((size_t)n + 1);
    if (s) vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static char *fmt(ctx *c, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    char *s = vfmt(f, ap);
    va_end(ap);
    if (!s) c->oom = 1;
    return s;
}

/* Appends "item -N why" to the deductions of turn i. */
static void deduct_turn(ctx *c, size_t i, const char *item, double pts, const char *why)
{
    if (i >= c->g->n_turns) return;
    cs_turn_grade *t = &c->g->turns[i];
    char *s = t->deductions ? fmt(c, "%s; %s -%g %s", t->deductions, item, pts, why)
                            : fmt(c, "%s -%g %s", item, pts, why);
    if (!s) return;
    free(t->deductions);
    t->deductions = s;
}

static int is_text(const cs_event *e) { return e->kind == CS_EV_TRAINEE_SAY && e->text; }

static int text_matches(ctx *c, size_t i, const char *category, cs_match *m)
{
    cs_match tmp;
    if (!m) m = &tmp;
    memset(m, 0, sizeof *m);
    if (!is_text(&c->log->ev[i])) return 0;
    return cs_match_phrase(c->bank, category, c->log->ev[i].text, m) == 0 && m->match;
}

static void annotate_turns(ctx *c)
{
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        cs_turn_grade *t = &c->g->turns[i];
        t->latency_ms = -1;
        t->cpm = -1;
        if (e->prompt_end_ms >= 0 && strcmp(cs_event_who(e->kind), "trainee") == 0)
            t->latency_ms = e->t_end_ms - e->prompt_end_ms;
        if (!is_text(e)) continue;
        if (e->typing_start_ms >= 0) t->cpm = cs_typing_cpm(e->text, e->t_end_ms - e->typing_start_ms);
        cs_match m;
        if (e->expect && text_matches(c, i, e->expect, &m)) {
            t->category = cs_bank_category_clause(c->bank, e->expect) ? e->expect : NULL;
        } else {
            t->category = cs_classify(c->bank, e->text, &m);
            if (e->expect && !t->category) cs_match_phrase(c->bank, e->expect, e->text, &m);
        }
        t->matched = t->category ? m.phrase : NULL;
        t->similarity = m.similarity;
        cs_scan_taboo(c->bank, e->text, &m);
        t->n_taboo = m.n_taboo < 8 ? m.n_taboo : 8;
        for (size_t k = 0; k < t->n_taboo; k++) t->taboo[k] = m.taboo[k];
    }
}

/* --- rules ------------------------------------------------------------------------------------- */

typedef struct { double points; char *reason; } outcome;

static outcome rule_answer(ctx *c, const cs_rubric_item *it)
{
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != CS_EV_ANSWER) continue;
        if (e->n <= 3) return (outcome){ it->max, fmt(c, T(c, "answered on ring %d", "第%d声振铃时接听"), e->n) };
        double pts = e->n <= 5 ? it->max / 2 : 0;
        deduct_turn(c, i, it->id, it->max - pts, T(c, "answered late", "接听过慢"));
        return (outcome){ pts, fmt(c, T(c, "answered on ring %d (within 3 rings expected)", "第%d声振铃才接听（应在3声内）"), e->n) };
    }
    return (outcome){ 0, fmt(c, "%s", T(c, "the call was never answered", "始终未接听")) };
}

static size_t first_text(ctx *c)
{
    for (size_t i = 0; i < c->log->n; i++) if (is_text(&c->log->ev[i])) return i;
    return (size_t)-1;
}

static size_t last_text(ctx *c)
{
    for (size_t i = c->log->n; i-- > 0;) if (is_text(&c->log->ev[i])) return i;
    return (size_t)-1;
}

static char *missing_list(ctx *c, const cs_match *m)
{
    if (m->n_missing == 0) return fmt(c, "%s", T(c, "wording differs", "措辞与标准用语不符"));
    char *s = fmt(c, T(c, "missing %s", "缺少%s"), nm(c, m->missing[0]));
    for (size_t k = 1; s && k < m->n_missing; k++) {
        char *t = fmt(c, T(c, "%s, %s", "%s、%s"), s, nm(c, m->missing[k]));
        free(s);
        s = t;
    }
    return s;
}

static outcome phrase_at(ctx *c, const cs_rubric_item *it, size_t i, const char *cat, const char *where)
{
    if (i == (size_t)-1) return (outcome){ 0, fmt(c, T(c, "no %s: the trainee said nothing", "未说%s：学员没有说话"), nm(c, cat)) };
    cs_match m;
    if (text_matches(c, i, cat, &m)) return (outcome){ it->max, fmt(c, T(c, "%s is the standard %s", "%s是标准%s"), where, nm(c, cat)) };
    char *miss = missing_list(c, &m);
    outcome o = { 0, fmt(c, T(c, "%s is not the standard %s (%s)", "%s不是标准%s（%s）"), where, nm(c, cat), miss ? miss : "") };
    deduct_turn(c, i, it->id, it->max, miss ? miss : cat);
    free(miss);
    return o;
}

static outcome rule_phrase(ctx *c, const cs_rubric_item *it, const char *cat)
{
    double best = -1;
    size_t best_i = (size_t)-1;
    for (size_t i = 0; i < c->log->n; i++) {
        cs_match m;
        if (!is_text(&c->log->ev[i])) continue;
        if (text_matches(c, i, cat, &m)) return (outcome){ it->max, fmt(c, T(c, "said the standard %s", "说出了标准%s"), nm(c, cat)) };
        if (m.similarity > best) { best = m.similarity; best_i = i; }
    }
    if (best_i == (size_t)-1) return (outcome){ 0, fmt(c, T(c, "never said the standard %s", "没有说出标准%s"), nm(c, cat)) };
    cs_match m;
    text_matches(c, best_i, cat, &m);
    char *miss = missing_list(c, &m);
    outcome o = { 0, fmt(c, T(c, "never said the standard %s (closest reply: %s)", "没有说出标准%s（最接近的一句：%s）"), nm(c, cat), miss ? miss : "") };
    free(miss);
    return o;
}

static outcome rule_courtesy(ctx *c, const cs_rubric_item *it)
{
    double pts = it->max;
    int hits = 0;
    for (size_t i = 0; i < c->log->n; i++) {
        if (!is_text(&c->log->ev[i])) continue;
        cs_match m;
        cs_scan_taboo(c->bank, c->log->ev[i].text, &m);
        if (m.n_taboo == 0) continue;
        double d = m.insult ? pts : fmin(pts, it->max / 3 * (double)m.n_taboo);
        hits += (int)m.n_taboo;
        if (d <= 0) continue;
        char *why = fmt(c, "%s「%s」", m.insult ? T(c, "insult", "辱骂") : T(c, "taboo", "禁忌语"), m.taboo[0]);
        deduct_turn(c, i, it->id, d, why ? why : "taboo");
        free(why);
        pts -= d;
    }
    if (first_text(c) == (size_t)-1) return (outcome){ 0, fmt(c, "%s", T(c, "the trainee said nothing to the caller", "学员没有对客户说话")) };
    if (hits == 0) return (outcome){ pts, fmt(c, "%s", T(c, "no forbidden expressions", "未使用禁忌语或口头禅")) };
    return (outcome){ pts, fmt(c, T(c, "%d forbidden expression(s) used", "使用了%d处禁忌语或口头禅"), hits) };
}

static outcome rule_latency(ctx *c, const cs_rubric_item *it)
{
    double each = it->max / 4, pts = it->max;
    int replies = 0, slow = 0;
    int64_t limit = c->rubric->latency_limit_ms > 0 ? c->rubric->latency_limit_ms : 10000;
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        int is_reply = e->kind == CS_EV_TRAINEE_SAY || e->kind == CS_EV_CHOICE;
        if (e->kind == CS_EV_TIMEOUT) {
            slow++;
            double d = fmin(each, pts);
            pts -= d;
            if (d > 0) deduct_turn(c, i, it->id, d, T(c, "no reply in time", "未及时回应"));
            continue;
        }
        if (!is_reply) continue;
        replies++;
        if (e->t_end_ms - e->prompt_end_ms <= limit) continue;
        slow++;
        double d = fmin(each, pts);
        pts -= d;
        if (d > 0) {
            char *why = fmt(c, T(c, "replied after %.1f s", "%.1f 秒后才回应"), (double)(e->t_end_ms - e->prompt_end_ms) / 1000);
            deduct_turn(c, i, it->id, d, why ? why : "slow");
            free(why);
        }
    }
    if (replies == 0) return (outcome){ 0, fmt(c, "%s", T(c, "no replies", "没有任何回应")) };
    if (slow == 0) return (outcome){ pts, fmt(c, T(c, "all %d replies within %.0f s", "%d次回应均在%.0f秒内"), replies, (double)limit / 1000) };
    return (outcome){ pts, fmt(c, T(c, "%d of %d replies slower than %.0f s or missing", "%d/%d次回应超过%.0f秒或没有回应"), slow, replies + slow,
                               (double)limit / 1000) };
}

/* The trainee's last text before event i (since the previous hold), or -1. */
static size_t text_before(ctx *c, size_t i)
{
    while (i-- > 0) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_UNHOLD || e->kind == CS_EV_HOLD) return (size_t)-1;
        if (is_text(e)) return i;
    }
    return (size_t)-1;
}

static size_t text_after(ctx *c, size_t i)
{
    for (i++; i < c->log->n; i++) {
        if (is_text(&c->log->ev[i])) return i;
        if (c->log->ev[i].kind == CS_EV_HOLD) break;
    }
    return (size_t)-1;
}

static outcome rule_hold(ctx *c, const cs_rubric_item *it)
{
    int holds = 0, faults = 0;
    double pts = it->max;
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_HOLD) {
            holds++;
            size_t b = text_before(c, i);
            if (b == (size_t)-1 || !text_matches(c, b, "hold_before", NULL)) {
                double d = fmin(it->max / 2, pts);
                pts -= d; faults++;
                deduct_turn(c, i, it->id, d, T(c, "no 等待前用语 before the hold", "等待前没有说等待用语"));
            }
            int64_t until = -1;
            for (size_t k = i + 1; k < c->log->n && until < 0; k++)
                if (c->log->ev[k].kind == CS_EV_UNHOLD) until = c->log->ev[k].t_start_ms;
            if (until < 0) {
                deduct_turn(c, i, it->id, pts, T(c, "the call ended with the caller on hold", "通话在客户等待中结束"));
                return (outcome){ 0, fmt(c, "%s", T(c, "the call ended with the caller still on hold", "通话在客户等待中结束")) };
            }
            if (until - e->t_start_ms > 60000) {
                double d = fmin(it->max / 4, pts);
                pts -= d; faults++;
                deduct_turn(c, i, it->id, d, T(c, "hold longer than 60 s", "等待超过60秒"));
            }
        } else if (e->kind == CS_EV_UNHOLD) {
            size_t a = text_after(c, i);
            if (a == (size_t)-1 || !text_matches(c, a, "hold_after", NULL)) {
                double d = fmin(it->max / 2, pts);
                pts -= d; faults++;
                deduct_turn(c, a == (size_t)-1 ? i : a, it->id, d, T(c, "no 等待后用语 after the hold", "等待后没有说感谢等待用语"));
            }
        }
    }
    if (holds == 0) return (outcome){ 0, fmt(c, "%s", T(c, "the caller was never put on hold to check", "没有让客户稍等以核实信息")) };
    if (faults == 0) return (outcome){ pts, fmt(c, T(c, "hold etiquette kept (%d hold(s))", "等待用语规范（%d次等待）"), holds) };
    return (outcome){ pts, fmt(c, T(c, "%d hold etiquette fault(s) in %d hold(s)", "等待用语不规范%d处（共%d次等待）"), faults, holds) };
}

static outcome rule_action(ctx *c, const cs_rubric_item *it, const char *act)
{
    cs_event_kind k;
    if (!action_kind(act, strlen(act), &k)) return (outcome){ 0, fmt(c, "%s", T(c, "unknown action", "未知操作")) };
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != k) continue;
        if (e->arg) return (outcome){ it->max, fmt(c, "%s: %s", nm_action(c, act), e->arg) };
        return (outcome){ it->max, fmt(c, T(c, "%s done", "已%s"), nm_action(c, act)) };
    }
    return (outcome){ 0, fmt(c, T(c, "never did %s", "没有%s"), nm_action(c, act)) };
}

/* Does event i fulfil sequence step p[0..n)? */
static int step_done(ctx *c, size_t i, const char *p, size_t n)
{
    cs_event_kind k;
    if (action_kind(p, n, &k)) return c->log->ev[i].kind == k;
    char cat[64];
    if (n >= sizeof cat) return 0;
    memcpy(cat, p, n);
    cat[n] = '\0';
    return text_matches(c, i, cat, NULL);
}

static outcome rule_sequence(ctx *c, const cs_rubric_item *it, const char *seq)
{
    size_t steps = 0, done = 0;
    const char *p = seq, *missing = NULL;
    size_t missing_len = 0, i = 0;
    cs_event_kind kind;
    while (*p) {
        size_t n = strcspn(p, ",");
        steps++;
        /* credit runs only up to the first missing step: a protocol is followed in order, so a
         * lone hang-up at the end of a skipped protocol earns nothing */
        size_t k = i;
        while (!missing && k < c->log->n && !step_done(c, k, p, n)) k++;
        if (!missing && k < c->log->n) { done++; i = k + 1; }
        else if (!missing) { missing = p; missing_len = n; }
        p += n;
        if (*p == ',') p++;
    }
    double pts = steps ? it->max * (double)done / (double)steps : 0;
    if (!missing) return (outcome){ pts, fmt(c, T(c, "all %zu steps in order", "%zu个步骤全部按顺序完成"), steps) };
    char step[64];
    snprintf(step, sizeof step, "%.*s", (int)(missing_len < sizeof step ? missing_len : sizeof step - 1), missing);
    return (outcome){ pts, fmt(c, T(c, "%zu of %zu steps in order before the first missing: %s",
                                    "按顺序完成%zu/%zu个步骤，首个缺少的步骤：%s"), done, steps,
                               action_kind(step, strlen(step), &kind) ? nm_action(c, step) : nm(c, step)) };
}

/* Value of field in a ticket's "f=v\nf=v" text, copied into buf. */
static int ticket_field(const char *t, const char *field, char *buf, size_t len)
{
    const char *name, *value;
    size_t nl, vl, fl = strlen(field);
    while (cs_ticket_next(&t, &name, &nl, &value, &vl)) {
        if (!name || nl != fl || strncmp(name, field, fl) != 0) continue;
        size_t vn = vl < len - 1 ? vl : len - 1;
        memcpy(buf, value, vn);
        buf[vn] = '\0';
        return 1;
    }
    return 0;
}

static outcome rule_typing(ctx *c, const cs_rubric_item *it)
{
    const cs_event *ticket = NULL;
    for (size_t i = c->log->n; i-- > 0 && !ticket;)
        if (c->log->ev[i].kind == CS_EV_TICKET) ticket = &c->log->ev[i];
    double acc_sum = 0, typed_chars = 0;
    int fields = 0;
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != CS_EV_DICTATE || !e->arg || !e->text) continue;
        fields++;
        char got[4096];
        if (ticket && ticket_field(ticket->arg, e->arg, got, sizeof got)) {
            acc_sum += cs_typing_accuracy(e->text, got);
            typed_chars += cs_typing_cpm(got, 60000);
        }
    }
    if (fields == 0) return (outcome){ 0, fmt(c, "%s", T(c, "nothing was dictated", "客户没有口述信息")) };
    if (!ticket) return (outcome){ 0, fmt(c, "%s", T(c, "no ticket recorded the dictated information", "没有用工单记录客户口述的信息")) };
    double acc = acc_sum / fields;
    int64_t ms = ticket->t_end_ms - (ticket->typing_start_ms >= 0 ? ticket->typing_start_ms : ticket->t_end_ms);
    double cpm = ms > 0 ? typed_chars * 60000.0 / (double)ms : 0;
    c->g->typing_cpm = cpm;
    c->g->typing_accuracy = acc;
    double acc_part = acc >= CS_TYPING_MIN_ACCURACY ? 1 : fmax(0, (acc - 0.5) / (CS_TYPING_MIN_ACCURACY - 0.5));
    double speed_part = cpm >= CS_TYPING_MIN_CPM ? 1 : cpm / CS_TYPING_MIN_CPM;
    double pts = it->max * (acc_part + speed_part) / 2;
    return (outcome){ pts, fmt(c, T(c, "%.0f chars/min (≥50), %.1f%% accurate (≥95%%)", "录入%.0f字/分钟（≥50），准确率%.1f%%（≥95%%）"), cpm, acc * 100) };
}

static outcome rule_marks(ctx *c, const cs_rubric_item *it)
{
    double sum = 0;
    const char *last = NULL;
    int n = 0;
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != CS_EV_MARK || !e->arg || strcmp(e->arg, it->id) != 0) continue;
        sum += e->points;
        n++;
        last = e->text;
        if (e->points < 0) deduct_turn(c, i, it->id, -e->points, e->text ? e->text : "");
    }
    double pts = fmax(0, fmin(it->max, sum));
    if (n == 0) return (outcome){ 0, fmt(c, "%s", T(c, "not shown in the call", "通话中未体现")) };
    return (outcome){ pts, fmt(c, "%s", last ? last : "") };
}

static outcome grade_item(ctx *c, const cs_rubric_item *it)
{
    const char *r = it->rule;
    if (!r) return rule_marks(c, it);
    if (strcmp(r, "answer") == 0) return rule_answer(c, it);
    if (strcmp(r, "opening") == 0) return phrase_at(c, it, first_text(c), "opening", T(c, "the first reply", "第一句"));
    if (strcmp(r, "closing") == 0)
        return phrase_at(c, it, last_text(c), c->rubric->closing_category ? c->rubric->closing_category : "closing",
                         T(c, "the last reply", "最后一句"));
    if (strcmp(r, "courtesy") == 0) return rule_courtesy(c, it);
    if (strcmp(r, "latency") == 0) return rule_latency(c, it);
    if (strcmp(r, "hold") == 0) return rule_hold(c, it);
    if (strcmp(r, "typing") == 0) return rule_typing(c, it);
    if (strncmp(r, "phrase:", 7) == 0) return rule_phrase(c, it, r + 7);
    if (strncmp(r, "action:", 7) == 0) return rule_action(c, it, r + 7);
    if (strncmp(r, "sequence:", 9) == 0) return rule_sequence(c, it, r + 9);
    return (outcome){ 0, fmt(c, T(c, "unknown rule %s", "未知规则 %s"), r) };
}

static void check_fail(ctx *c)
{
    for (size_t i = 0; i < c->log->n && !c->g->auto_failed; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_FAIL) {
            c->g->auto_failed = 1;
            c->g->fail_reason = fmt(c, "%s (%s)", e->text ? e->text : "", e->clause ? e->clause : "");
        } else if (is_text(e)) {
            cs_match m;
            cs_scan_taboo(c->bank, e->text, &m);
            if (!m.insult) continue;
            c->g->auto_failed = 1;
            c->g->fail_reason = fmt(c, T(c, "insulted the caller「%s」(%s)", "辱骂客户「%s」（%s）"), m.taboo[0], CLAUSE_INSULT);
            deduct_turn(c, i, "fail", 0, T(c, "insult fails the call", "辱骂客户，本次通话不合格"));
        }
    }
}

static char *dup(ctx *c, const char *s)
{
    return s ? fmt(c, "%s", s) : NULL;
}

int cs_grade_call(const cs_phrase_bank *bank, const cs_call_log *log, const cs_rubric *rubric, cs_grade *g)
{
    memset(g, 0, sizeof *g);
    ctx c = { bank, log, rubric, g, 0 };
    g->typing_cpm = g->typing_accuracy = -1;
    g->turns = calloc(log->n ? log->n : 1, sizeof *g->turns);
    g->items = calloc(rubric->n ? rubric->n : 1, sizeof *g->items);
    if (!g->turns || !g->items) { cs_grade_free(g); return -1; }
    g->n_turns = log->n;
    annotate_turns(&c);
    double sum = 0, max = 0;
    for (size_t i = 0; i < rubric->n; i++) {
        const cs_rubric_item *it = &rubric->items[i];
        outcome o = grade_item(&c, it);
        cs_item_result *r = &g->items[g->n_items++];
        r->id = dup(&c, it->id);
        r->label = dup(&c, it->label ? it->label : it->id);
        r->clause = dup(&c, it->clause ? it->clause : cs_rule_default_clause(bank, it->rule ? it->rule : ""));
        r->reason = o.reason;
        r->max = it->max;
        r->points = round(fmax(0, fmin(it->max, o.points)) * 10) / 10;
        sum += r->points;
        max += it->max;
    }
    check_fail(&c);
    g->score = max > 0 ? round(sum / max * 1000) / 10 : 0;
    /* An auto-fail (insulting or retaliating against the caller) is 一票否决: the call scores 0. */
    if (g->auto_failed) g->score = 0;
    g->passed = !g->auto_failed && g->score >= CS_PASS_MARK;
    if (c.oom) { cs_grade_free(g); return -1; }
    return 0;
}

void cs_grade_free(cs_grade *g)
{
    for (size_t i = 0; i < g->n_items; i++) {
        free(g->items[i].id);
        free(g->items[i].label);
        free(g->items[i].reason);
        free(g->items[i].clause);
    }
    free(g->items);
    for (size_t i = 0; i < g->n_turns; i++) free(g->turns[i].deductions);
    free(g->turns);
    free(g->fail_reason);
    memset(g, 0, sizeof *g);
}
