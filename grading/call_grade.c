/* Grading of a whole call (see call_grade.h): each rubric item is either the sum of the scenario's
 * marks or one of the rules below, checked on the event log alone, so a stored call can be
 * re-graded and every point explained turn by turn. */
#include "call_grade.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ends_call.h"
#include "grading_util.h"
#include "phrase_match.h"
#include "reply_query.h"
#include "text_norm.h"
#include "typing.h"

/* 三(八) names the KPI (平均振铃次数) but the text at hand sets no ring count: 3 rings is callsim's
 * training rule, cited as such. */
#define CLAUSE_ANSWER "callsim 训练规则：3声内接听（依据：贵阳 T-GSOCCIA 001—2020 三(八) 平均振铃次数 指标）"
#define CLAUSE_COURTESY "贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语；呼叫服务员职业标准(试行) 2.2 三(一)2 不用禁忌语及口头禅"
/* The standard asks for a timely response; the seconds (latency_limit, 10 by default) are callsim's. */
#define CLAUSE_LATENCY "呼叫服务员职业标准(试行) 2.2 三(二)2 有效地倾听客户的表述并及时地给予应和（秒数为 callsim 训练规则）"
#define CLAUSE_TYPING "国家职业技能标准 4-04-05-03 (2021) 3.1 1.3.1 录入≥50字/分、准确率≥95%；1.3.2"
#define CLAUSE_INSULT "贵阳 T-GSOCCIA 001—2020 §二(四) 4.2 有效控制个人情绪；§二(三) 6 注意通话语气和态度"
/* No standard sets a hold time limit: 60 s without a word is callsim's training rule, resting on
 * the nearest clause, the 等待用语 of 1.2 (the trainee speaks to the caller around every hold). */
#define CS_HOLD_CHECK_BACK_MS 60000
#define CLAUSE_HOLD_LONG "callsim 训练规则：保持超过60秒须回到通话向客户说明（依据最接近的条款：贵阳 T-GSOCCIA 001—2020 §二(一) 1.2 等待用语）"
/* Every long hold had its wait told first: 1.2 was kept, only the training rule's check-back was overrun. */
#define CLAUSE_HOLD_TOLD "callsim 训练规则：告知的等待时长已过（保持超过60秒）须回到通话向客户说明；告知等待时长已符合贵阳 T-GSOCCIA 001—2020 §二(一) 1.2 等待用语"
#define CLAUSE_PROTOCOL_TONE "贵阳 T-GSOCCIA 001—2020 §二(三) 6 处理类似特殊电话时，应注意通话语气和态度"
#define CLAUSE_RECORD "国家职业技能标准 4-04-05-03 (2021) 3.1 1.3.2 记录客户有关信息，信息错字率小于1%"

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

/* --- grading context --------------------------------------------------------------------------- */

typedef struct {
    const cs_phrase_bank *bank;
    const cs_call_log *log;
    const cs_rubric *rubric;
    cs_grade *g;
    int oom;
    /* each reply read once a call (phrase_match.h cs_prepare_reply, made when first asked, freed
     * by cs_grade_call): annotate_turns, rule_courtesy, the protocol rules and check_fail all ask
     * about the same replies (NULL: without memory for it, each question reads the text anew) */
    cs_prepared **prep;
    /* consecutive messages of a run (call_log.h) read together, prepared once a call: RUN_WINDOW - 1
     * slots an event, for the 2..RUN_WINDOW messages from it */
    cs_prepared **run_prep;
} ctx;

/* The explanation in the trainee's language: both wordings take the same arguments in order. The
 * Chinese is the msgid of the interface's catalogue (po/, GNU gettext): with a translate callback
 * (the window's), its translation is used, the English written here only where it has none. No
 * locale state in grading: the caller passes the callback (cs_rubric.translate). */
static const char *tr(const ctx *c, const char *en, const char *zh)
{
    if (c->rubric->zh) return zh;
    const char *t = c->rubric->translate ? c->rubric->translate(zh) : NULL;
    return t && t != zh && strcmp(t, zh) != 0 ? t : en;
}
#define T(c, en_, zh_) tr((c), (en_), (zh_))

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

static char *fmt(ctx *c, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    char *s = cs_g_strdup_vprintf(f, ap);
    va_end(ap);
    if (!s) c->oom = 1;
    return s;
}

/* Appends "item -N why" to the deductions of turn i. */
static void deduct_turn(ctx *c, size_t i, const char *item, double pts, const char *why)
{
    if (i >= c->g->n_turns) return;
    cs_turn_grade *t = &c->g->turns[i];
    pts = round(pts * 10) / 10; /* as the items show points: 6.7, not 6.66667 */
    char *s = t->deductions ? fmt(c, "%s; %s -%g %s", t->deductions, item, pts, why)
                            : fmt(c, "%s -%g %s", item, pts, why);
    if (!s) return;
    free(t->deductions);
    t->deductions = s;
}

static int is_text(const cs_event *e) { return e->kind == CS_EV_TRAINEE_SAY && e->text; }

/* The panel's last decision on the verdict of kind on event i: -1 none, 0 confirmed, 1 overruled. */
static int decision(const ctx *c, size_t i, cs_review_kind kind)
{
    int d = -1;
    for (size_t k = 0; k < c->rubric->n_decisions; k++)
        if (c->rubric->decisions[k].event == i && c->rubric->decisions[k].kind == kind)
            d = c->rubric->decisions[k].overrule ? 1 : 0;
    return d;
}

/* Reply i as prepared once a call, or NULL (no text, or no memory: ask about the text itself). */
static cs_prepared *prepared_reply(ctx *c, size_t i)
{
    const char *text = c->log->ev[i].text;
    if (!c->prep || !text) return NULL;
    if (!c->prep[i]) c->prep[i] = cs_prepare_reply(c->bank, text);
    return c->prep[i];
}

/* cs_match_phrase of the text of event i. */
static int reply_match(ctx *c, size_t i, const char *category, cs_match *m)
{
    cs_prepared *p = prepared_reply(c, i);
    return p ? cs_prepared_match(p, category, m) : cs_match_phrase(c->bank, category, c->log->ev[i].text, m);
}

/* cs_reply_says_count of the text of event i. */
static int reply_says_count(ctx *c, size_t i, const char *category)
{
    cs_prepared *p = prepared_reply(c, i);
    return p ? cs_prepared_says_count(p, category) : cs_reply_says_count(c->bank, category, c->log->ev[i].text);
}

/* The grader's verdict, or the panel's where it overruled the verdict on the phrase the scenario
 * waited for at that turn. */
static int text_matches(ctx *c, size_t i, const char *category, cs_match *m)
{
    cs_match tmp;
    if (!m) m = &tmp;
    memset(m, 0, sizeof *m);
    const cs_event *e = &c->log->ev[i];
    if (!is_text(e)) return 0;
    /* the one judgement: the phrase, not said rudely (reply_query.h) */
    cs_prepared *p = prepared_reply(c, i);
    int match = (p ? cs_prepared_is_phrase(p, category, m) : cs_reply_is_phrase(c->bank, category, e->text, m)) == 1;
    if (e->expect && strcmp(e->expect, category) == 0 && decision(c, i, CS_REVIEW_PHRASE) == 1) match = !match;
    return match;
}

/* --- runs: consecutive messages as one reply (call_log.h) ------------------------------------- */

static int run_start(const ctx *c, size_t i) { return is_text(&c->log->ev[i]) && !cs_log_continues_run(c->log, i); }

/* A phrase is read over at most this many consecutive messages of a run: the caller reads the
 * same (call.more, then up to three more messages, lua/callsim.lua finish_phrase). A longer run
 * (the silent line, where the caller never speaks) holds several steps, each over a few messages. */
#define RUN_WINDOW 4

/* The text event len-1 messages after x in its run, or -1 when the run ends before. */
static size_t window_end(const ctx *c, size_t x, size_t len)
{
    for (size_t k = 1; k < len && x != (size_t)-1; k++) x = cs_log_run_next(c->log, x);
    return x;
}

static int reply_taboo(ctx *c, size_t i, cs_match *out);
static int cleared(const ctx *c, size_t i);

/* How many messages from x (1..RUN_WINDOW) read together as one reply of cat: the run's next ones,
 * up to a message that is the step the scenario waited for there, a phrase other than cat, said on
 * its own; 1 when x is rude on its own. That message is a reply of its own, never the tail of an
 * earlier one (您好，我是客服，有事您说 / 您好，请讲 in a silent call is an opening that lacks its
 * offer, then 1.3's prompt: §二(一) 1.1, 1.3). */
static size_t window_reach(ctx *c, size_t x, const char *cat)
{
    size_t len = 1;
    /* A message that is rude on its own starts no phrase read with the next ones: an excuse
     * (打不进来是因为您打的时间不对) and the apology after it are not one 2.15 (§二(二) 2.15),
     * however the apology softens the pair read together. The excuse stays a 禁忌语
     * (rule_courtesy, per message) and the later message alone may still be the phrase. The
     * caller reads it the same way (call.more in lua/callsim.lua). */
    if (reply_taboo(c, x, NULL)) return 1;
    for (x = cs_log_run_next(c->log, x); len < RUN_WINDOW && x != (size_t)-1; x = cs_log_run_next(c->log, x)) {
        const char *own = c->log->ev[x].expect;
        if (own && strcmp(own, cat) != 0 && text_matches(c, x, own, NULL)) break;
        len++;
    }
    return len;
}

/* Messages x.. (len of them, 2..RUN_WINDOW) of a run read together, prepared once a call, or NULL
 * (no memory). */
static cs_prepared *window_prepared(ctx *c, size_t x, size_t len)
{
    size_t y = window_end(c, x, len), slot = x * (RUN_WINDOW - 1) + (len - 2);
    if (y == (size_t)-1) return NULL;
    if (!c->run_prep[slot]) {
        char *text = cs_log_run_text(c->log, x, y);
        c->run_prep[slot] = text ? cs_prepare_reply(c->bank, text) : NULL;
        free(text);
        if (!c->run_prep[slot]) c->oom = 1;
    }
    return c->run_prep[slot];
}

/* The run starting at a is the phrase of cat: one of its messages is (the panel's word on it
 * included), or a few consecutive ones read together are (感谢您的来电。 / 祝您生活愉快，再见！).
 * Where none is, *m is the verdict on the run's first messages read together. A rude message
 * stays rude on its own (rule_courtesy judges each message). */
static int run_matches(ctx *c, size_t a, const char *cat, cs_match *m)
{
    cs_match tmp;
    if (!m) m = &tmp;
    for (size_t x = a; x != (size_t)-1; x = cs_log_run_next(c->log, x)) {
        if (text_matches(c, x, cat, m)) return 1;
        for (size_t len = 2, reach = window_reach(c, x, cat); len <= reach; len++) {
            cs_prepared *p = window_prepared(c, x, len);
            if (p && cs_prepared_is_phrase(p, cat, m) == 1) return 1;
        }
    }
    size_t len = window_reach(c, a, cat);
    cs_prepared *p = len > 1 ? window_prepared(c, a, len) : NULL;
    if (p) cs_prepared_is_phrase(p, cat, m);
    else text_matches(c, a, cat, m);
    return 0;
}

/* The run starting at a says the phrase of cat, but rudely (cs_match.said_rudely): one of its
 * messages, or a few read together, holds every part of the phrase and a forbidden expression or
 * rude tone besides. *m is that verdict (its taboo hits and the words that decided). An insult is
 * no service phrase at all (it fails the call), so it never counts here. */
static int run_said_rudely(ctx *c, size_t a, const char *cat, cs_match *m)
{
    for (size_t x = a; x != (size_t)-1; x = cs_log_run_next(c->log, x)) {
        if (cleared(c, x)) continue;
        cs_prepared *one = prepared_reply(c, x);
        if (one && cs_prepared_is_phrase(one, cat, m) == 0 && m->said_rudely && !m->insult) return 1;
        for (size_t len = 2, reach = window_reach(c, x, cat); len <= reach; len++) {
            cs_prepared *p = window_prepared(c, x, len);
            if (p && cs_prepared_is_phrase(p, cat, m) == 0 && m->said_rudely && !m->insult) return 1;
        }
    }
    return 0;
}

/* How many times messages x..(len of them) of a run say the phrase of cat read together; -1 when
 * out of memory. */
static int window_says(ctx *c, size_t x, size_t len, const char *cat)
{
    if (len == 1) return reply_says_count(c, x, cat);
    if (len > window_reach(c, x, cat)) return 0;
    cs_prepared *p = window_prepared(c, x, len);
    return p ? cs_prepared_says_count(p, cat) : -1;
}

/* The times message i says the phrase of cat more when read with the messages of its run just
 * before it than they do without it, beyond what it says alone: 听不见您的声音， / 无法为您服务，
 * 再见！ says silent_close once, at its last message, and the order of steps stays the order of the
 * messages. -1 when out of memory. */
static int run_says_more(ctx *c, size_t i, const char *cat)
{
    int best = 0;
    size_t before[RUN_WINDOW];
    size_t nb = 0;
    for (size_t x = cs_log_run_first(c->log, i); x != (size_t)-1 && x < i; x = cs_log_run_next(c->log, x)) {
        if (nb == RUN_WINDOW - 1) memmove(before, before + 1, --nb * sizeof *before);
        before[nb++] = x;
    }
    int alone = reply_says_count(c, i, cat);
    if (alone < 0) return -1;
    for (size_t k = 0; k < nb; k++) {
        size_t len = nb - k + 1; /* before[k] .. i */
        int with = window_says(c, before[k], len, cat), without = window_says(c, before[k], len - 1, cat);
        if (with < 0 || without < 0) return -1;
        int more = with - without - alone;
        if (more > best) best = more;
    }
    return best;
}

/* 1 if the run starting at a says the phrase of cat in one of its clauses, read message by
 * message or a few together; -1 when out of memory. */
static int run_says(ctx *c, size_t a, const char *cat)
{
    for (size_t x = a; x != (size_t)-1; x = cs_log_run_next(c->log, x))
        for (size_t len = 1, reach = window_reach(c, x, cat); len <= reach; len++) {
            int n = window_says(c, x, len, cat);
            if (n != 0) return n > 0 ? 1 : -1;
        }
    return 0;
}

/* The whole run holding text event a as one text (malloc'd), or NULL when out of memory. */
static char *run_text(ctx *c, size_t a)
{
    char *t = cs_log_run_text(c->log, cs_log_run_first(c->log, a), cs_log_run_last(c->log, a));
    if (!t) c->oom = 1;
    return t;
}

/* The trainee's reply that a scenario's score.fail at event j reacted to: the reply that ended
 * the very moment the scenario failed the call, or (size_t)-1. */
static size_t fail_cause(const ctx *c, size_t j)
{
    for (size_t i = j; i-- > 0;) {
        const cs_event *e = &c->log->ev[i];
        if (strcmp(cs_event_who(e->kind), "trainee") != 0) continue;
        return is_text(e) && e->t_end_ms == c->log->ev[j].t_start_ms ? i : (size_t)-1;
    }
    return (size_t)-1;
}

/* 1 when the panel ruled that reply i does not fail the call. */
/* cs_reply_taboo of the text of event i, judged once a call. */
static int reply_taboo(ctx *c, size_t i, cs_match *out)
{
    cs_prepared *p = prepared_reply(c, i);
    return p ? cs_prepared_taboo(p, out) : cs_reply_taboo(c->bank, c->log->ev[i].text, out);
}

static int cleared(const ctx *c, size_t i)
{
    return i != (size_t)-1 && decision(c, i, CS_REVIEW_FAILS) == 1;
}

/* The verdict on the phrase the scenario waited for, how sure it is, and whether the panel must
 * look at it. */
static void annotate_verdict(ctx *c, size_t i, cs_turn_grade *t)
{
    const cs_event *e = &c->log->ev[i];
    t->confidence = 1;
    if (!e->expect || !cs_bank_has_category(c->bank, e->expect)) return;
    cs_match m;
    t->verdict = text_matches(c, i, e->expect, &m);
    t->confidence = m.confidence;
    if (m.confidence < CS_REVIEW_BELOW) t->review |= CS_REVIEW_PHRASE;
    if (decision(c, i, CS_REVIEW_PHRASE) == 1) t->overruled |= CS_REVIEW_PHRASE;
}

/* How long the caller waited for the trainee to respond: from the caller's line end to the first
 * keystroke of a typed reply (typing at 50 字/分 through an input method takes 15–25 s for an
 * opening, 国家职业技能标准 3.1 1.3.1, and is not dead air), to the action itself otherwise. */
static int64_t response_ms(const cs_event *e)
{
    int64_t at = e->kind == CS_EV_TRAINEE_SAY && e->typing_start_ms >= 0 && e->typing_start_ms < e->t_end_ms
                 ? e->typing_start_ms : e->t_end_ms;
    return at > e->prompt_end_ms ? at - e->prompt_end_ms : 0;
}

static void annotate_turns(ctx *c)
{
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        cs_turn_grade *t = &c->g->turns[i];
        t->latency_ms = -1;
        t->cpm = -1;
        if (e->prompt_end_ms >= 0 && strcmp(cs_event_who(e->kind), "trainee") == 0)
            t->latency_ms = response_ms(e);
        if (!is_text(e)) continue;
        if (e->typing_start_ms >= 0) t->cpm = cs_typing_cpm(e->text, e->t_end_ms - e->typing_start_ms);
        cs_match m;
        if (e->expect && text_matches(c, i, e->expect, &m)) {
            t->category = cs_bank_category_clause(c->bank, e->expect) ? e->expect : NULL;
        } else {
            cs_prepared *p = prepared_reply(c, i);
            t->category = p ? cs_prepared_classify(p, &m) : cs_classify(c->bank, e->text, &m);
            if (e->expect && !t->category) reply_match(c, i, e->expect, &m);
        }
        t->matched = t->category ? m.phrase : NULL;
        t->similarity = m.similarity;
        annotate_verdict(c, i, t);
        reply_taboo(c, i, &m);
        t->n_taboo = m.n_taboo < 8 ? m.n_taboo : 8;
        for (size_t k = 0; k < t->n_taboo; k++) t->taboo[k] = m.taboo[k];
        if (m.insult) t->review |= CS_REVIEW_FAILS;
    }
    for (size_t j = 0; j < c->log->n; j++) {
        size_t i = c->log->ev[j].kind == CS_EV_FAIL ? fail_cause(c, j) : (size_t)-1;
        if (i != (size_t)-1) c->g->turns[i].review |= CS_REVIEW_FAILS;
    }
    for (size_t i = 0; i < c->log->n; i++)
        if (cleared(c, i)) c->g->turns[i].overruled |= CS_REVIEW_FAILS;
}

/* --- rules ------------------------------------------------------------------------------------- */

/* clause: a clause to cite besides the item's own, for a fault another clause states (static). */
typedef struct { double points; char *reason; const char *clause; } outcome;

static outcome rule_answer(ctx *c, const cs_rubric_item *it)
{
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != CS_EV_ANSWER) continue;
        if (e->n <= 3) return (outcome){ it->max, fmt(c, T(c, "answered on ring %d", "第%d声振铃时接听"), e->n), NULL };
        double pts = e->n <= 5 ? it->max / 2 : 0;
        deduct_turn(c, i, it->id, it->max - pts, T(c, "answered late", "接听过慢"));
        return (outcome){ pts, fmt(c, T(c, "answered on ring %d (within 3 rings expected)", "第%d声振铃才接听（应在3声内）"), e->n), NULL };
    }
    return (outcome){ 0, fmt(c, "%s", T(c, "the call was never answered", "始终未接听")), NULL };
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

static char *taboo_fault(ctx *c, const cs_match *m);

/* The phrase said, but rudely (run_said_rudely): the words the standard prescribes were said, so
 * the reason must not say they were missing; they were not said as prescribed (职业标准 2.2
 * 三(一)2 正确使用服务用语), so the item earns half, as a phrase said only after the caller
 * pushed does (lua/callsim.lua expect_phrase). The rude words themselves are the courtesy item's
 * fault (不用禁忌语, the same clause), which rule_courtesy charges once per message; the reason
 * here names them so the trainee sees one fault, not a phrase that was never said. */
static outcome said_rudely(ctx *c, const cs_rubric_item *it, size_t at, const char *cat, const char *where, const cs_match *m)
{
    char *why = taboo_fault(c, m);
    double half = it->max / 2;
    outcome o = { half, fmt(c, T(c, "%s says the standard %s, but with %s in it: half the points",
                                 "%s说了标准%s，但附带%s，不算规范用语，只得一半分"),
                         where, nm(c, cat), why ? why : ""), NULL };
    char *d = fmt(c, T(c, "%s said with %s", "%s附带%s"), nm(c, cat), why ? why : "");
    deduct_turn(c, at, it->id, it->max - half, d ? d : cat);
    free(d);
    free(why);
    return o;
}

static outcome phrase_at(ctx *c, const cs_rubric_item *it, size_t i, const char *cat, const char *where)
{
    if (i == (size_t)-1) return (outcome){ 0, fmt(c, T(c, "no %s: the trainee said nothing", "未说%s：学员没有说话"), nm(c, cat)), NULL };
    cs_match m;
    if (run_matches(c, i, cat, &m)) return (outcome){ it->max, fmt(c, T(c, "%s is the standard %s", "%s是标准%s"), where, nm(c, cat)), NULL };
    cs_match r;
    if (run_said_rudely(c, i, cat, &r)) return said_rudely(c, it, i, cat, where, &r);
    char *miss = missing_list(c, &m);
    outcome o = { 0, fmt(c, T(c, "%s is not the standard %s (%s)", "%s不是标准%s（%s）"), where, nm(c, cat), miss ? miss : ""), NULL };
    deduct_turn(c, i, it->id, it->max, miss ? miss : cat);
    free(miss);
    return o;
}

static int is_caller_line(const cs_event *e) { return e->kind == CS_EV_CALLER_SAY || e->kind == CS_EV_DICTATE; }

/* The 开篇语 fits anywhere before the caller first speaks (喂？ then the opening is still an
 * opening); when the trainee said nothing before that, the first reply is where it belongs. A reply
 * is a run of messages (您好！ / 我是8号客服 / 请问有什么可以帮您？). */
static outcome rule_opening(ctx *c, const cs_rubric_item *it, const char *arg)
{
    for (size_t i = 0; i < c->log->n && !is_caller_line(&c->log->ev[i]); i++)
        if (run_start(c, i) && run_matches(c, i, "opening", NULL))
            return (outcome){ it->max, fmt(c, "%s", T(c, "the standard opening was said on answering", "接听后说了标准开篇语")), NULL };
    return phrase_at(c, it, first_text(c), "opening", T(c, "the first reply", "第一句"));
}

/* A farewell after the 结束语 (再见, 不客气 when the caller says goodbye): no new business. */
static int only_farewell(const char *text)
{
    char *n = cs_normalize(text);
    int ok = n && cs_utf8_len(n) <= 8;
    free(n);
    return ok;
}

/* 1 when c ends a sentence or clause a 结束语 may start after (。！？，；…). */
static int clause_end(uint32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0C || c == 0xFF1B || c == 0x2026 ||
           c == '.' || c == '!' || c == '?' || c == ',' || c == ';';
}

/* The run at a ends with the phrase of cat after what came before it in the same message (the
 * result explained, then 请问还有其他可以帮您的吗？感谢您的来电，再见): each clause tail from the
 * last few breaks is read on its own. A run holding a forbidden expression anywhere is no 结束语. */
static int run_ends_with(ctx *c, size_t a, const char *cat)
{
    for (size_t x = a; x != (size_t)-1; x = cs_log_run_next(c->log, x)) {
        cs_match m;
        if (reply_taboo(c, x, &m)) return 0;
    }
    char *t = run_text(c, a);
    if (!t) return 0;
    const char *starts[8];
    size_t ns = 0;
    for (const char *p = t; *p;) {
        uint32_t cp = cs_utf8_next(&p);
        if (!clause_end(cp) || !*p || clause_end((uint32_t)(unsigned char)*p)) continue;
        if (ns == 8) memmove(starts, starts + 1, --ns * sizeof *starts);
        starts[ns++] = p;
    }
    int ok = 0;
    for (size_t k = 0; k < ns && !ok; k++) {
        cs_prepared *p = cs_prepare_reply(c->bank, starts[k]);
        if (!p) { c->oom = 1; break; }
        cs_match m;
        ok = cs_prepared_is_phrase(p, cat, &m) == 1;
        cs_prepared_free(p);
    }
    free(t);
    return ok;
}

/* The 结束语 fits as the last reply (a run of messages: 感谢您的来电。 / 再见！), at the end of it
 * after the result (贵阳 §二(一) 1.4 closes the call whatever came before in the same
 * message), or before the caller's goodbye when the trainee only said a farewell after it. */
static outcome rule_closing(ctx *c, const cs_rubric_item *it, const char *arg)
{
    const char *cat = c->rubric->closing_category ? c->rubric->closing_category : "closing";
    size_t last = last_text(c);
    if (last != (size_t)-1) last = cs_log_run_first(c->log, last);
    for (size_t i = last; i != (size_t)-1 && i < c->log->n; i--) {
        if (!run_start(c, i)) continue;
        if (run_matches(c, i, cat, NULL)) {
            if (i == last) break;
            return (outcome){ it->max, fmt(c, T(c, "the standard %s was said, then only a farewell", "说了标准%s，之后只是道别"), nm(c, cat)), NULL };
        }
        char *t = run_text(c, i);
        int farewell = t && only_farewell(t);
        free(t);
        if (!farewell) break;
        if (i == 0) break;
    }
    if (last != (size_t)-1 && run_ends_with(c, last, cat))
        return (outcome){ it->max, fmt(c, T(c, "the last reply ends with the standard %s", "最后一句以标准%s结尾"), nm(c, cat)), NULL };
    return phrase_at(c, it, last, cat, T(c, "the last reply", "最后一句"));
}

static outcome rule_phrase(ctx *c, const cs_rubric_item *it, const char *cat)
{
    double best = -1;
    size_t best_i = (size_t)-1;
    for (size_t i = 0; i < c->log->n; i++) {
        cs_match m;
        if (!run_start(c, i)) continue;
        if (run_matches(c, i, cat, &m)) return (outcome){ it->max, fmt(c, T(c, "said the standard %s", "说出了标准%s"), nm(c, cat)), NULL };
        if (m.similarity > best) { best = m.similarity; best_i = i; }
    }
    for (size_t i = 0; i < c->log->n; i++) {
        cs_match r;
        if (run_start(c, i) && run_said_rudely(c, i, cat, &r))
            return said_rudely(c, it, i, cat, T(c, "a reply", "有一句"), &r);
    }
    if (best_i == (size_t)-1) return (outcome){ 0, fmt(c, T(c, "never said the standard %s", "没有说出标准%s"), nm(c, cat)), NULL };
    cs_match m;
    run_matches(c, best_i, cat, &m);
    char *miss = missing_list(c, &m);
    outcome o = { 0, fmt(c, T(c, "never said the standard %s (closest reply: %s)", "没有说出标准%s（最接近的一句：%s）"), nm(c, cat), miss ? miss : ""), NULL };
    free(miss);
    return o;
}

/* What a forbidden expression was, for the trainee: the hit (傻, 轻视客户 …) and, when a tone rule
 * or the tone model decided, its label and the words that decided it. */
static char *taboo_fault(ctx *c, const cs_match *m)
{
    const char *kind = m->insult ? T(c, "insult", "辱骂") : T(c, "forbidden expression", "禁忌语");
    char words[160] = "";
    for (size_t k = 0, len = 0; m->reason && k < m->n_words && k < 4 && len < sizeof words; k++)
        len += (size_t)snprintf(words + len, sizeof words - len, "%s%s", k ? "、" : "", m->words[k]);
    if (!m->reason_label || (m->n_taboo && strcmp(m->reason_label, m->taboo[0]) == 0))
        return fmt(c, "%s「%s」", kind, m->n_taboo ? m->taboo[0] : "");
    if (*words) return fmt(c, "%s「%s」（%s：%s）", kind, m->n_taboo ? m->taboo[0] : "", m->reason_label, words);
    return fmt(c, "%s「%s」（%s）", kind, m->n_taboo ? m->taboo[0] : "", m->reason_label);
}

/* calls36a */
/* 1 when a hit of m disowns the caller's matter or sends them off to deal with it themselves (推诿: 跟我没关系,
 * 不归我管, 您自己去营业厅问, a tone rule's 推诿 / 推卸责任 label): the taboo list's 推诿 words and the rules' labels. */
static int hit_disowns(const cs_match *m)
{
    static const char *const DISOWN[] = { "跟我没关系", "跟我们没关系", "和我们没关系", "不关我的事", "不关我事", "不是我的事",
                                          "不是我们的事", "不归我管", "不归我们管", "不是我管", "不是我们管", "管不着", "找别人",
                                          "你自己去", "自己去查", "你自己查", "自己去看", NULL };
    for (size_t k = 0; k < m->n_taboo; k++) {
        if (strncmp(m->taboo[k], "推诿", strlen("推诿")) == 0 || strncmp(m->taboo[k], "推卸", strlen("推卸")) == 0) return 1;
        for (size_t w = 0; DISOWN[w]; w++)
            if (strcmp(m->taboo[k], DISOWN[w]) == 0) return 1;
    }
    return 0;
}

/* 1 when reply i, holding 禁忌语 m, disowns the matter at the very turn the scenario waited for its situation's
 * phrase (e->expect: 2.9 我们会改进, 2.7(1) 我一定会尽力帮助您 …) and that phrase is never said as prescribed in the
 * call: the 推诿 takes the place of the phrase that promises the opposite, the fault the call is about, not a
 * slip beside a step done (贵阳 T-GSOCCIA 001—2020 §二(二) 2.7(1), 2.9; 呼叫服务员职业标准(试行) 五级 三(一)2). */
static int disowns_in_place(ctx *c, size_t i, const cs_match *m)
{
    const char *cat = c->log->ev[i].expect;
    static const char *const GENERIC[] = { "opening", "closing", "hold_before", "hold_after", "silent_prompt", "silent_close", NULL };
    if (!cat || m->insult || !hit_disowns(m) || !cs_bank_has_category(c->bank, cat)) return 0;
    for (size_t g = 0; GENERIC[g]; g++)
        if (strcmp(cat, GENERIC[g]) == 0) return 0;
    for (size_t j = 0; j < c->log->n; j++)
        if (run_start(c, j) && run_matches(c, j, cat, NULL)) return 0;
    return 1;
}

/* 不用禁忌语及口头禅 is judged per reply, by the one judgement of cs_reply_taboo: the first reply
 * holding one costs two thirds of the item, each further one the third left (so a single slip still
 * leaves something, a second loses the item); an insult costs the whole item (and fails the call). */
static outcome rule_courtesy(ctx *c, const cs_rubric_item *it)
{
    double pts = it->max;
    int faulty = 0;
    char *first = NULL;
    for (size_t i = 0; i < c->log->n; i++) {
        if (!is_text(&c->log->ev[i]) || cleared(c, i)) continue;
        cs_match m;
        if (!reply_taboo(c, i, &m)) continue;
        /* calls36a: 推诿 in place of the situation's phrase costs the whole item */
        int whole = m.insult || disowns_in_place(c, i, &m);
        double d = whole ? pts : fmin(pts, faulty == 0 ? it->max * 2 / 3 : it->max / 3);
        faulty++;
        char *why = taboo_fault(c, &m);
        if (whole && !m.insult && why) {
            char *w = fmt(c, T(c, "%s (推诿 in place of the situation's phrase: the whole item)", "%s（推诿代替了本情境的规范用语，整项不得分）"), why);
            free(why);
            why = w;
        }
        if (!first && why) first = fmt(c, "%s", why);
        if (d > 0) deduct_turn(c, i, it->id, d, why ? why : "taboo");
        free(why);
        pts -= d;
    }
    if (first_text(c) == (size_t)-1) return (outcome){ 0, fmt(c, "%s", T(c, "the trainee said nothing to the caller", "学员没有对客户说话")), NULL };
    if (faulty == 0) return (outcome){ pts, fmt(c, "%s", T(c, "no forbidden expressions", "未使用禁忌语或口头禅")), NULL };
    outcome o = { pts, fmt(c, T(c, "%d reply(ies) with a forbidden expression, first: %s", "%d句使用了禁忌语或口头禅，首句：%s"),
                           faulty, first ? first : ""), NULL };
    free(first);
    return o;
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
        /* a message that goes on the trainee's run answers no caller turn: the run's first did */
        if (!is_reply || cs_log_continues_run(c->log, i)) continue;
        replies++;
        if (response_ms(e) <= limit) continue;
        slow++;
        double d = fmin(each, pts);
        pts -= d;
        if (d > 0) {
            char *why = fmt(c, T(c, "replied after %.1f s", "%.1f 秒后才回应"), (double)response_ms(e) / 1000);
            deduct_turn(c, i, it->id, d, why ? why : "slow");
            free(why);
        }
    }
    if (replies == 0) return (outcome){ 0, fmt(c, "%s", T(c, "no replies", "没有任何回应")), NULL };
    if (slow == 0) return (outcome){ pts, fmt(c, T(c, "all %d replies within %.0f s", "%d次回应均在%.0f秒内"), replies, (double)limit / 1000), NULL };
    return (outcome){ pts, fmt(c, T(c, "%d of %d replies slower than %.0f s or missing", "%d/%d次回应超过%.0f秒或没有回应"), slow, replies + slow,
                               (double)limit / 1000), NULL };
}

/* The trainee's last text before event i (since the previous hold), or -1. */
/* The 等待用语 fit around the hold, not only in the one reply next to it: one of the trainee's
 * last HOLD_NEAR replies before the hold (since the previous hold), one of the first HOLD_NEAR
 * after the unhold (before the next hold). */
#define HOLD_NEAR 2

/* Reply i says the phrase of cat in one of its clauses (感谢您的耐心等待，还在查，… says hold_after),
 * not said rudely. */
static int says_in_clause(ctx *c, size_t i, const char *cat)
{
    if (run_matches(c, i, cat, NULL)) return 1;
    int n = run_says(c, i, cat);
    if (n < 0) c->oom = 1;
    return n > 0;
}

/* A check-back in a long hold (come back, thank the caller, say the check goes on, hold again):
 * the reply thanks the caller for waiting (1.2 等待后用语) and asks them to wait again, so it is
 * both phrases of 1.2 around the two holds. */
static int is_check_back(ctx *c, size_t i)
{
    char *t = run_text(c, i);
    int r = t ? cs_reply_checks_back(c->bank, t) : -1;
    free(t);
    if (r < 0) c->oom = 1;
    return r > 0;
}

static int said_before_hold(ctx *c, size_t i)
{
    int seen = 0;
    size_t first = (size_t)-1;
    while (i-- > 0 && seen < HOLD_NEAR) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_UNHOLD) return first != (size_t)-1 && is_check_back(c, first);
        if (e->kind == CS_EV_HOLD) return 0;
        if (!is_text(e)) continue;
        i = cs_log_run_first(c->log, i); /* a reply is a run of messages (请您稍等。/ 我帮您查询一下) */
        seen++;
        first = i;
        if (says_in_clause(c, i, "hold_before")) return 1;
    }
    return 0;
}

/* calls36a */
/* 1 when the nearest 1.2 等待前用语 lacks part name in match m. */
static int lacks_part(const cs_match *m, const char *name)
{
    for (size_t k = 0; k < m->n_missing; k++)
        if (strcmp(m->missing[k], name) == 0) return 1;
    return 0;
}

/* 1 when one of the replies before hold i (back to the previous hold or unhold, at most HOLD_NEAR)
 * tells the caller of the wait, if not in 1.2's words: it holds the wait asked for (稍等, 等一下) or
 * the look-up the hold is for (我帮您查一下, 核实), the parts of 1.2's 等待前用语 that say a wait is
 * coming. 贵阳 T-GSOCCIA 001—2020 §二(一) 1.2 asks first (请您稍等，我帮您核实一下好吗？); a hold with
 * no such word before it leaves the caller on a silent line they were never told of: no 1.2 hold at
 * all, not a 1.2 phrase said short (seen33/seen34's examiners take the whole hold item for it). */
static int hold_told(ctx *c, size_t i)
{
    int seen = 0;
    while (i-- > 0 && seen < HOLD_NEAR) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_UNHOLD || e->kind == CS_EV_HOLD) return 0;
        if (!run_start(c, i)) continue;
        seen++;
        char *t = run_text(c, i);
        cs_match m;
        int r = t ? cs_match_phrase(c->bank, "hold_before", t, &m) : -1;
        free(t);
        if (r < 0) { c->oom = 1; return 1; }
        if (!lacks_part(&m, "wait") || !lacks_part(&m, "check")) return 1;
    }
    return 0;
}

/* The replies before hold i (back to the previous hold, at most HOLD_NEAR) told the caller how long
 * the wait would take (大约需要一分钟: cs_reply_wait_told); *told_ms the wait told, 0 when named by no
 * number (几分钟). */
static int wait_announced(ctx *c, size_t i, int64_t *told_ms)
{
    int seen = 0;
    *told_ms = 0;
    while (i-- > 0 && seen < HOLD_NEAR) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_UNHOLD || e->kind == CS_EV_HOLD) return 0;
        if (!is_text(e)) continue;
        seen += run_start(c, i);
        double s;
        /* read as the matcher reads: 大約需要兩分鐘 tells the wait (calls30) */
        char *read = cs_reply_simplified(c->bank, e->text);
        if (!read) { c->oom = 1; return 0; }
        int told = cs_reply_wait_told(read, &s);
        free(read);
        if (told == 1) {
            *told_ms = (int64_t)(s * 1000);
            return 1;
        }
    }
    return 0;
}

/* *first: the first reply after the unhold (where a missing phrase is shown), or -1. */
static int said_after_unhold(ctx *c, size_t i, size_t *first)
{
    int seen = 0;
    *first = (size_t)-1;
    for (i++; i < c->log->n && seen < HOLD_NEAR; i++) {
        if (c->log->ev[i].kind == CS_EV_HOLD) break;
        if (!run_start(c, i)) continue;
        if (seen++ == 0) *first = i;
        if (says_in_clause(c, i, "hold_after")) return 1;
    }
    return 0;
}

static outcome rule_hold(ctx *c, const cs_rubric_item *it, const char *arg)
{
    int holds = 0, faults = 0, long_holds = 0, told_holds = 0, overrun_holds = 0, untold = 0;
    double pts = it->max, longest = 0;
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_HOLD) {
            holds++;
            int64_t ann_ms;
            if (!said_before_hold(c, i) && !hold_told(c, i) && !wait_announced(c, i, &ann_ms)) {
                /* calls36a: put on hold without a word of it, the whole item */
                deduct_turn(c, i, it->id, pts, T(c, "put on hold without telling the caller (no 1.2 等待前用语)",
                                                 "没有告知客户就保持通话（未说等待前用语）"));
                pts = 0; faults++; untold++;
            } else if (!said_before_hold(c, i)) {
                double d = fmin(it->max / 2, pts);
                pts -= d; faults++;
                deduct_turn(c, i, it->id, d, T(c, "no 等待前用语 before the hold", "等待前没有说等待用语"));
            }
            int64_t until = -1;
            for (size_t k = i + 1; k < c->log->n && until < 0; k++)
                if (c->log->ev[k].kind == CS_EV_UNHOLD) until = c->log->ev[k].t_start_ms;
            if (until < 0) {
                deduct_turn(c, i, it->id, pts, T(c, "the call ended with the caller on hold", "通话在客户等待中结束"));
                return (outcome){ 0, fmt(c, "%s", T(c, "the call ended with the caller still on hold", "通话在客户等待中结束")), NULL };
            }
            if (until - e->t_start_ms > CS_HOLD_CHECK_BACK_MS) {
                /* a hold fault, not a phrase fault: the caller was left without a word past the
                 * check-back, so the hold was not kept as 1.2 keeps it (tell the caller, thank them
                 * for waiting) and the item is lost, however many minutes it ran. Half per
                 * check-back missed graded a 75 s silent hold on an angry caller like one missing
                 * 等待后用语; the examiners of seen3, seen13 and seen15 take the item for any such
                 * hold (CALLS.md of seen15: "far too long without checking back loses the hold item").
                 * A caller told the wait before it (请您稍等，大约需要一分钟) was not left without a
                 * word: 1.2 was kept and only the 60 s training rule was overrun, half the item per
                 * check-back missed (63 s after "about a minute" is no silent hold). */
                int64_t held = until - e->t_start_ms;
                int missed = (int)((held - 1) / CS_HOLD_CHECK_BACK_MS);
                int64_t told_ms;
                int told = wait_announced(c, i, &told_ms);
                double d = told ? fmin(it->max / 2 * missed, pts) : pts;
                pts -= d; long_holds++; told_holds += told;
                overrun_holds += told && told_ms > 0 && held > told_ms;
                longest = fmax(longest, (double)(until - e->t_start_ms) / 1000);
                char *why = told ? fmt(c, T(c, "held %.0f s, past the 60 s check-back (the wait was told)",
                                            "保持%.0f秒，超过60秒没有回到通话（已告知客户等待时长）"), (double)held / 1000)
                                 : fmt(c, T(c, "held %.0f s without checking back with the caller", "保持%.0f秒，中途没有回到通话向客户说明"),
                                       (double)held / 1000);
                deduct_turn(c, i, it->id, d, why ? why : "long hold");
                free(why);
            }
        } else if (e->kind == CS_EV_UNHOLD) {
            size_t a;
            if (!said_after_unhold(c, i, &a)) {
                double d = fmin(it->max / 2, pts);
                pts -= d; faults++;
                deduct_turn(c, a == (size_t)-1 ? i : a, it->id, d, T(c, "no 等待后用语 after the hold", "等待后没有说感谢等待用语"));
            }
        }
    }
    if (holds == 0) return (outcome){ 0, fmt(c, "%s", T(c, "the caller was never put on hold to check", "没有让客户稍等以核实信息")), NULL };
    if (faults == 0 && long_holds == 0)
        return (outcome){ pts, fmt(c, T(c, "hold etiquette kept (%d hold(s))", "等待用语规范（%d次等待）"), holds), NULL };
    if (long_holds == 0 && untold)
        return (outcome){ pts, fmt(c, T(c, "%d hold(s) without telling the caller first (%d hold(s))",
                                        "%d次没有告知客户就保持通话（共%d次等待）"), untold, holds), NULL };
    if (long_holds == 0)
        return (outcome){ pts, fmt(c, T(c, "%d hold phrase fault(s) in %d hold(s)", "等待用语不规范%d处（共%d次等待）"), faults, holds), NULL };
    /* every long hold announced (大约需要一分钟): the caller was told, the fault is the told wait overrun with no
     * word by then, not a silence from the start (the half per check-back above) */
    int all_told = told_holds == long_holds;
    /* the told wait is said to be exceeded only when every long hold ran past the time it named (100 s
     * after 大约需要两分钟 is within it: only the 60 s check-back was missed) */
    int all_overrun = all_told && overrun_holds == long_holds;
    char *lh = all_overrun ? fmt(c, T(c, "held the caller up to %.0f s: the wait was told, but it ran over without checking back by then "
                                     "(come back within 60 s)",
                                     "让客户等待长达%.0f秒：已告知等待时长，但超过告知的时长仍没有回到通话向客户说明（应在60秒内回复客户）"),
                              longest)
             : all_told ? fmt(c, T(c, "held the caller up to %.0f s: the wait was told, but no check-back within 60 s",
                                   "让客户等待长达%.0f秒：已告知等待时长，但超过60秒仍没有回到通话向客户说明（应在60秒内回复客户）"), longest)
                        : fmt(c, T(c, "held the caller up to %.0f s without checking back (come back within 60 s)",
                                   "让客户等待长达%.0f秒，中途没有回到通话向客户说明（应在60秒内回复客户）"), longest);
    outcome o = { pts, faults ? fmt(c, T(c, "%s; %d hold phrase fault(s)", "%s；等待用语不规范%d处"), lh ? lh : "", faults)
                              : fmt(c, "%s", lh ? lh : ""), all_overrun ? CLAUSE_HOLD_TOLD : CLAUSE_HOLD_LONG };
    free(lh);
    return o;
}

static outcome rule_ticket_record(ctx *c, const cs_rubric_item *it, outcome done);

/* The action of an action rule's argument, "escalate" of "escalate:危机干预组", as its length;
 * *target is who must be told (the text after the second ':'), or NULL when any target will do. */
static size_t action_arg(const char *arg, const char **target)
{
    size_t n = strcspn(arg, ":");
    *target = arg[n] == ':' ? arg + n + 1 : NULL;
    return n;
}

/* 1 when the target the trainee chose (the dialog's entry, or typed) is the one the rule names. */
static int same_target(const char *chosen, const char *want)
{
    while (*chosen == ' ') chosen++;
    size_t n = strlen(chosen);
    while (n && chosen[n - 1] == ' ') n--;
    return n == strlen(want) && strncmp(chosen, want, n) == 0;
}

/* 1 when desk, the wrong one the call went to first, spoke between events from and to (a line the
 * scenario gave that desk: call.say's desk, its answer or its hand-back), so the hand-off reached
 * someone and came back. The caller talking on is no hand-back: a report to 值班长 while the agent
 * stays with her, then the right team, is the hand-off corrected. */
static int desk_answered_between(const ctx *c, const char *desk, size_t from, size_t to)
{
    for (size_t i = from + 1; i < to && i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_CALLER_SAY && e->arg && (strcmp(e->arg, desk) == 0 || same_target(e->arg, desk))) return 1;
    }
    return 0;
}

/* The right target reached only after a wrong desk took the call and handed it back: the caller was
 * passed around (国家职业技能标准 3.1 2.1.6 根据业务规定转派; 3.2 2.3.2): half the item, the wrong
 * hand-off named at its turn. A re-target before anyone answered (值班长, then at once 危机干预组) is
 * the same hand-off corrected and earns the item. */
static outcome action_after_wrong(ctx *c, const cs_rubric_item *it, const char *act, const char *target,
                                  const char *wrong, size_t wrong_at)
{
    char *why = fmt(c, T(c, "%s to %s first, handed back; then %s to %s", "先%s至%s被退回，后%s至%s"),
                    nm_action(c, act), wrong, nm_action(c, act), target);
    deduct_turn(c, wrong_at, it->id, it->max / 2, why ? why : "");
    return (outcome){ it->max / 2, why, NULL };
}

/* action:ACT:TARGET: the trainee did ACT to TARGET (a risk goes to whom the standard names: 国家标准
 * 3.3 2.3.2 转派给专项处理部门). An escalation elsewhere earns nothing, pinned to that turn, and
 * the reason names where it went and where it should have. */
static outcome rule_action_to(ctx *c, const cs_rubric_item *it, const char *act, cs_event_kind k, const char *target)
{
    const char *wrong = NULL;
    size_t wrong_at = 0;
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != k) continue;
        if (e->arg && same_target(e->arg, target)) {
            if (wrong && desk_answered_between(c, wrong, wrong_at, i)) return action_after_wrong(c, it, act, target, wrong, wrong_at);
            return (outcome){ it->max, fmt(c, T(c, "%s to %s", "已%s至%s"), nm_action(c, act), target), NULL };
        }
        if (!wrong) { wrong = e->arg ? e->arg : ""; wrong_at = i; }
    }
    if (!wrong) return (outcome){ 0, fmt(c, T(c, "never did %s (should %s to %s)", "没有%s（应%s至%s）"), nm_action(c, act), nm_action(c, act), target), NULL };
    char *why = fmt(c, T(c, "%s to %s; should %s to %s", "%s至%s，应%s至%s"), nm_action(c, act), wrong,
                    nm_action(c, act), target);
    deduct_turn(c, wrong_at, it->id, it->max, why ? why : "");
    return (outcome){ 0, why, NULL };
}

static outcome rule_action(ctx *c, const cs_rubric_item *it, const char *arg)
{
    cs_event_kind k;
    const char *target;
    size_t n = action_arg(arg, &target);
    char act[16];
    if (n >= sizeof act || !action_kind(arg, n, &k)) return (outcome){ 0, fmt(c, "%s", T(c, "unknown action", "未知操作")), NULL };
    memcpy(act, arg, n);
    act[n] = '\0';
    if (target) return rule_action_to(c, it, act, k, target);
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != k) continue;
        outcome o = e->arg ? (outcome){ it->max, fmt(c, "%s: %s", nm_action(c, act), e->arg), NULL }
                           : (outcome){ it->max, fmt(c, T(c, "%s done", "已%s"), nm_action(c, act)), NULL };
        return k == CS_EV_TICKET ? rule_ticket_record(c, it, o) : o;
    }
    return (outcome){ 0, fmt(c, T(c, "never did %s", "没有%s"), nm_action(c, act)), NULL };
}

/* calls30 */
/* 1 when event i, as a whole another standard phrase and not that of category, says category only in
 * the words of that other phrase: the words do the step the caller hears them as. The opening's
 * 请问有什么可以帮您 is no 特殊处理 1 question put to the abuse that follows; 感谢您的来电，若没有其他
 * 业务咨询，再见！ is one close, though its conditional clauses read alone are 特殊处理 3's close, and
 * asks nothing. Said apart (您好，我是12号。请问您需要帮助吗？如果没有业务需要咨询，再见！) each
 * phrase does its step. 贵阳 T-GSOCCIA 001—2020 §二(三) 特殊处理 1—3: ask once, then close. */
static int said_within_other(ctx *c, size_t i, const char *category)
{
    cs_prepared *p = prepared_reply(c, i);
    cs_match m;
    if (!p || cs_prepared_match(p, category, &m) != 0 || m.match) return 0;
    const char *other = cs_prepared_classify(p, &m);
    if (!other || strcmp(other, category) == 0) return 0;
    int apart = cs_reply_says_apart(c->bank, c->log->ev[i].text, category, other);
    if (apart < 0) c->oom = 1;
    return apart == 0;
}

/* calls35b */
/* 1.3's 您好，请讲 asks the silent caller to speak, and a trainee may ask it in their own words: a polite check (喂，
 * 您好，能听到我说话吗？) or one said with a 禁忌语 (喂？说话啊！到底有没有人？). scenarios/silent_line.lua counts such a
 * reply as a prompt — the polite check in full, the rude one as a prompt said rudely, half its share, courtesy
 * charging the words — and the protocol's sequence reads it the same way: it used to see no prompt there and
 * charge the one fault again as three quarters of the protocol (贵阳 T-GSOCCIA 001—2020 §二(一) 1.3；§二(三) 4,
 * 6). OWN_POLITE or OWN_RUDE for reply i as a step of category cat, else 0: only for silent_prompt, never the
 * trainee's first reply (the opening's place), a reply that says 1.3's words itself, one that ends the call (再不
 * 说话我就挂了) or one that insults. The words are the scenario's (SPEAK, HEAR). */
enum { OWN_POLITE = 1, OWN_RUDE = 2 };
static int own_words_prompt(ctx *c, size_t i, const char *cat)
{
    static const char *const SPEAK[] = { "说话", "讲话", "出声", "出个声", "吭声", "吭个声", "吱声", "吱个声", "有人吗",
                                         "有没有人", "在不在", "在吗", "听得到", "听得见", "听到吗", "听见吗" };
    static const char *const HEAR[] = { "听见", "听到", "听得见", "听得到", "听清", "听不见", "听不到" };
    const size_t n_speak = sizeof SPEAK / sizeof SPEAK[0], n_hear = sizeof HEAR / sizeof HEAR[0];
    if (strcmp(cat, "silent_prompt") != 0 || !is_text(&c->log->ev[i])) return 0;
    size_t first = 0;
    while (first < i && !is_text(&c->log->ev[first])) first++;
    if (first == i) return 0;
    const char *text = c->log->ev[i].text;
    if (reply_says_count(c, i, "silent_prompt") != 0 || reply_says_count(c, i, "silent_close") != 0) return 0;
    if (cs_reply_ends_call(c->bank, text) != 0) return 0;
    cs_match m;
    int rude = reply_taboo(c, i, &m);
    if (rude && m.insult) return 0;
    if (rude) return cs_reply_mentions_typed(c->bank, text, SPEAK, n_speak) > 0 ? OWN_RUDE : 0;
    int asks = cs_reply_asks(c->bank, text, SPEAK, n_speak) > 0 || cs_reply_asks(c->bank, text, HEAR, n_hear) > 0;
    return asks ? OWN_POLITE : 0;
}

/* How many times event i does sequence step p[0..n): an action once, a phrase as many times as
 * the reply says it (1.3 prints 您好请讲、您好请讲，…再见 as one line: one reply, three steps). */
static int step_times(ctx *c, size_t i, const char *p, size_t n)
{
    cs_event_kind k;
    if (action_kind(p, n, &k)) return c->log->ev[i].kind == k;
    char cat[64];
    if (n >= sizeof cat || !is_text(&c->log->ev[i])) return 0;
    memcpy(cat, p, n);
    cat[n] = '\0';
    int times = reply_says_count(c, i, cat);
    if (times < 0) c->oom = 1;
    if (times < 0) return 0;
    if (times == 0 && own_words_prompt(c, i, cat) == OWN_POLITE) return 1; /* calls35b */
    if (times > 0 && said_within_other(c, i, cat)) return 0;
    /* a phrase split over messages of a run counts where its last message completes it */
    int more = run_says_more(c, i, cat);
    if (more < 0) c->oom = 1;
    return more > 0 ? times + more : times;
}

/* Event i says the phrase of step p[0..n) beside a 禁忌语 and never politely (an insult is no step: it
 * fails the call): STEP_RUDE when a rule's 禁忌语 is aimed at the step (said in or after its clauses),
 * STEP_BESIDE when the flag is the tone model's alone or a clause before the step's (我也没看呢，……请问您有
 * 业务需要咨询吗？): the step done as prescribed, the flag courtesy's charge alone — one flagged clause
 * charged once, not by the phrase item, the protocol and courtesy (fix30c; 贵阳 T-GSOCCIA 001—2020
 * §二(三) 6), else 0. */
enum { STEP_RUDE = 1, STEP_BESIDE = 2 };
static int step_said_rudely(ctx *c, size_t i, const char *p, size_t n)
{
    char cat[64];
    cs_event_kind k;
    if (action_kind(p, n, &k) || n >= sizeof cat || !is_text(&c->log->ev[i]) || cleared(c, i)) return 0;
    memcpy(cat, p, n);
    cat[n] = '\0';
    if (own_words_prompt(c, i, cat) == OWN_RUDE) return STEP_RUDE; /* calls35b */
    cs_prepared *one = prepared_reply(c, i);
    cs_match m;
    if (!one || cs_prepared_is_phrase(one, cat, &m) != 0 || m.insult || m.n_taboo == 0) return 0;
    /* calls30: the phrase in some of its clauses and a 禁忌语 in others (请问您需要帮助吗？骂够了没有？):
     * the step said, as a phrase with a rude tail is (score.tells reads it so, cs_reply_holds_count) —
     * unless those clauses are another phrase's words (said_within_other) */
    if (!m.said_rudely) {
        int held = cs_reply_holds_count(c->bank, cat, c->log->ev[i].text);
        if (held < 0) c->oom = 1;
        if (held <= 0 || said_within_other(c, i, cat)) return 0;
    }
    int aimed = cs_reply_rude_at_phrase(c->bank, cat, c->log->ev[i].text);
    if (aimed < 0) c->oom = 1;
    return aimed > 0 ? STEP_RUDE : STEP_BESIDE;
}

/* 1 when an event from `from` on says step p[0..n) as prescribed. A first step said rudely and
 * then politely (您好，请讲，有话就快说 … 您好，请讲) starts the protocol at the polite one: the rudeness
 * before it is the courtesy item's charge, not the protocol's (review13). */
static int said_later(ctx *c, size_t from, const char *p, size_t n)
{
    for (size_t k = from; k < c->log->n; k++)
        if (step_times(c, k, p, n) > 0) return 1;
    return 0;
}

/* 1 when the reply holds every part of the phrase of step p[0..n) (said, if rudely). */
static int has_step_parts(ctx *c, size_t j, const char *p, size_t n)
{
    char cat[64];
    cs_event_kind k;
    if (!p || n >= sizeof cat || action_kind(p, n, &k)) return 0;
    memcpy(cat, p, n);
    cat[n] = '\0';
    cs_match m;
    return cs_bank_has_category(c->bank, cat) && reply_match(c, j, cat, &m) == 0 && m.parts_complete;
}

/* The first reply after event a and before event b that interrupts the protocol with a forbidden
 * expression, or -1: a step said rudely (its parts all there) is a step not credited, not an
 * interruption. */
static size_t rude_between(ctx *c, size_t a, size_t b, const char *step, size_t n, const char *prev, size_t prev_n)
{
    for (size_t j = a + 1; j < b && j < c->log->n; j++) {
        if (!is_text(&c->log->ev[j]) || cleared(c, j) || !reply_taboo(c, j, NULL)) continue;
        if (has_step_parts(c, j, step, n) || has_step_parts(c, j, prev, prev_n)) continue;
        return j;
    }
    return (size_t)-1;
}

/* A protocol is its steps in order, said politely (§二(三) 6 处理类似特殊电话时，应注意通话语气和
 * 态度). Its steps earn their share of the item wherever the replies fall; a reply with a forbidden
 * expression between two steps means the protocol was carried out, but not as prescribed: the item
 * earns half of what its steps earn, the reason naming it, wherever in the protocol it came (issue
 * #11 item 6: items are earned by what was done, not by turn position; as a phrase said rudely earns
 * half, lua/callsim.lua rude_credit). It used to break the protocol there, so one rude sentence cost
 * all the steps after it: two thirds of the item after the first of three, half after the second of
 * four. One before the protocol starts costs only courtesy. */
static outcome rule_sequence(ctx *c, const cs_rubric_item *it, const char *seq)
{
    size_t steps = 0, done = 0;
    const char *p = seq, *missing = NULL, *prev = NULL;
    size_t missing_len = 0, prev_len = 0, i = 0;
    int used = 0; /* steps of the same name event i has already done */
    size_t broken = (size_t)-1; /* the first reply with a forbidden expression inside the protocol */
    cs_event_kind kind;
    while (*p) {
        size_t n = strcspn(p, ",");
        steps++;
        /* credit runs only up to the first missing step: a protocol is followed in order, so a
         * lone hang-up at the end of a skipped protocol earns nothing. A step may be done by the
         * event that did the previous one, when that reply says more than one step. */
        if (!missing) {
            int same = prev && prev_len == n && strncmp(prev, p, n) == 0;
            size_t k = i;
            int before = same ? used : 0;
            if (done > 0 && !same && action_kind(p, n, &kind)) { k = i + 1; before = 0; }
            /* a step said only rudely is still the step said, not as prescribed (as a phrase
             * said rudely earns half, said_rudely): it does the step and halves the item, as a
             * rude reply between two steps does; it used to leave the step and every one after
             * it undone, a heavier charge than the same words between the steps */
            size_t rude_step = (size_t)-1;
            while (k < c->log->n && step_times(c, k, p, n) <= before) {
                int rudely = before == 0 ? step_said_rudely(c, k, p, n) : 0;
                if (rudely && !(done == 0 && said_later(c, k + 1, p, n))) {
                    if (rudely == STEP_RUDE) rude_step = k;
                    break;
                }
                k++; before = 0;
            }
            if (k < c->log->n) {
                size_t rude = done > 0 ? rude_between(c, i, k, p, n, prev, prev_len) : (size_t)-1;
                if (rude == (size_t)-1) rude = rude_step;
                if (broken == (size_t)-1) broken = rude;
                done++; used = k == i && same ? used + 1 : before + 1; i = k; prev = p; prev_len = n;
            } else { missing = p; missing_len = n; }
        }
        p += n;
        if (*p == ',') p++;
    }
    double pts = steps ? it->max * (double)done / (double)steps : 0;
    char step[64] = "";
    if (missing)
        snprintf(step, sizeof step, "%.*s", (int)(missing_len < sizeof step ? missing_len : sizeof step - 1), missing);
    const char *step_name = !missing ? "" : action_kind(step, strlen(step), &kind) ? nm_action(c, step) : nm(c, step);
    if (broken != (size_t)-1) {
        deduct_turn(c, broken, it->id, pts / 2, T(c, "a forbidden expression inside the protocol", "处理过程中使用了禁忌语"));
        pts /= 2;
        char *why = !missing
            ? fmt(c, T(c, "all %zu steps in order, but a forbidden expression between them: not as prescribed, half",
                        "%zu个步骤按顺序完成，但其间一句使用了禁忌语，未按规范用语处理，只得一半分"), steps)
            : fmt(c, T(c, "%zu of %zu steps in order before the first missing: %s; a forbidden expression between them, half",
                        "按顺序完成%zu/%zu个步骤，首个缺少的步骤：%s；其间一句使用了禁忌语，只得一半分"), done, steps, step_name);
        return (outcome){ pts, why, CLAUSE_PROTOCOL_TONE };
    }
    if (!missing) return (outcome){ pts, fmt(c, T(c, "all %zu steps in order", "%zu个步骤全部按顺序完成"), steps), NULL };
    return (outcome){ pts, fmt(c, T(c, "%zu of %zu steps in order before the first missing: %s",
                                    "按顺序完成%zu/%zu个步骤，首个缺少的步骤：%s"), done, steps, step_name), NULL };
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

/* A field of the ticket, under whatever name the trainee gave it (电话= for phone=), that holds the
 * dictated value, copied into buf: the record is judged on what it says. */
static int ticket_value_like(const cs_phrase_bank *bank, const char *t, const char *dictated, char *buf, size_t len)
{
    const char *name, *value;
    size_t nl, vl;
    while (cs_ticket_next(&t, &name, &nl, &value, &vl)) {
        size_t vn = vl < len - 1 ? vl : len - 1;
        memcpy(buf, value, vn);
        buf[vn] = '\0';
        if (cs_field_matches_read(bank, dictated, buf) == 1) return 1;
    }
    return 0;
}

/* 1 if the text has digits for at least half its characters: a phone, account or order number,
 * which is useless with one digit wrong. */
static int is_number_value(const char *s)
{
    size_t digits = 0, chars = 0;
    char *n = cs_normalize(s);
    for (const char *p = n ? n : ""; *p;) {
        uint32_t cp = cs_utf8_next(&p);
        chars++;
        if (cp >= '0' && cp <= '9') digits++;
    }
    free(n);
    return digits > 0 && digits * 2 >= chars;
}

/* 1 when s holds a digit (full-width too): a number was written there. */
static int holds_digit(const char *s)
{
    char *n = cs_normalize(s);
    int any = 0;
    for (const char *p = n ? n : ""; *p && !any; p++) any = *p >= '0' && *p <= '9';
    free(n);
    return any;
}

/* Appends "field" to the list of wrong fields in *list (owned). */
static void add_wrong(ctx *c, char **list, const char *field)
{
    char *s = *list ? fmt(c, T(c, "%s, %s", "%s、%s"), *list, field) : fmt(c, "%s", field);
    free(*list);
    *list = s;
}

/* The record of the dictated fields in a ticket, field by field (3.1 1.3.2). */
typedef struct {
    int fields, right, wrong_number;
    int number_miswritten; /* a number written in its field, but not the one dictated */
    double acc_sum, typed_chars;
    char *wrong; /* owned: the fields wrong or missing, "phone, name" */
} record_check;

/* Accuracy of typed against dictated, both read as simplified characters: a record typed in
 * traditional characters (雲巖區) is the same record (the matcher reads replies so too). */
static double field_accuracy(ctx *c, const char *dictated, const char *typed)
{
    char *d = cs_reply_simplified(c->bank, dictated), *t = cs_reply_simplified(c->bank, typed);
    /* cs_reply_simplified is NULL on out of memory only (tidy31): say so, as every reader does */
    if (!d || !t) c->oom = 1;
    double acc = d && t ? cs_typing_accuracy(d, t) : cs_typing_accuracy(dictated, typed);
    free(d);
    free(t);
    return acc;
}

/* 1 when v is, as read, the value some dictated field of the call holds: it records that field. */
static int records_a_dictated_field(ctx *c, const char *v)
{
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_DICTATE && e->text && cs_field_matches_read(c->bank, e->text, v) == 1) return 1;
    }
    return 0;
}

/* calls34: 号 / 号码 name a phone only when nothing else is numbered: bare (号码=), or the number to reach
 * the caller on (联系号码, 回电号码, 来电号); 订单号, 卡号, 身份证号码, 工号 number a thing, not a phone, and a
 * slipped phone typed under them is no record of the phone (国家职业技能标准 3.1 1.3.2 记录有效信息). */
static int phone_number_name(const char *name)
{
    static const char *const bare[] = { "号", "号码", NULL };
    static const char *const reach[] = { "联系号", "回电号", "回拨号", "来电号", "致电号", NULL };
    for (size_t i = 0; bare[i]; i++)
        if (strcmp(name, bare[i]) == 0) return 1;
    for (size_t i = 0; reach[i]; i++)
        if (strstr(name, reach[i])) return 1;
    return 0;
}

/* What a field name is for, by the words a form uses for it (联系电话 / 手机号码 / phone are a number to call back,
 * 姓名 / 称呼 a name, 住址 an address): 0 for a name that says none of them (备注, 其他), or numbers a thing
 * (订单号, 卡号: phone_number_name). */
static int field_kind(const char *name)
{
    static const struct { const char *stem; int kind; } stems[] = {
        { "电话", 1 }, { "手机", 1 }, { "联系方式", 1 }, { "phone", 1 }, { "tel", 1 },
        { "mobile", 1 }, { "姓名", 2 }, { "名字", 2 }, { "称呼", 2 }, { "name", 2 }, { "地址", 3 }, { "住址", 3 },
        { "address", 3 }, { "情况", 4 }, { "问题", 4 }, { "故障", 4 }, { "problem", 4 }, { "公司", 5 }, { "单位", 5 },
        { "company", 5 },
    };
    for (size_t i = 0; i < sizeof stems / sizeof stems[0]; i++)
        if (strstr(name, stems[i].stem)) return stems[i].kind;
    return phone_number_name(name);
}

/* Is the ticket's field name (the trainee's own words) named for the dictated field key: the same kind of record
 * (联系电话 for phone) or two characters of the key in it (副卡 in 副卡号)? */
static int named_for(const char *name, const char *key)
{
    int kind = field_kind(name);
    if (kind && kind == field_kind(key)) return 1;
    size_t kl = strlen(key);
    for (size_t i = 0; i + 6 <= kl; i += 3) {
        char pair[7];
        memcpy(pair, key + i, 6);
        pair[6] = '\0';
        if (((unsigned char)pair[0] & 0xF0) == 0xE0 && ((unsigned char)pair[3] & 0xF0) == 0xE0 && strstr(name, pair))
            return 1;
    }
    return 0;
}

/* 1 when name is exactly the key of a dictated field other than key: that field's own place in the ticket. */
static int another_key(ctx *c, const char *name, const char *key)
{
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_DICTATE && e->arg && strcmp(e->arg, key) != 0 && strcmp(e->arg, name) == 0) return 1;
    }
    return 0;
}

/* calls33: the field of the ticket, under a name of the trainee's own (联系电话= for phone=), that records
 * the dictated value with a slip in it (13967495191 for 13967395191), copied into buf: the nearest value
 * at 80 % of its characters or more that records no other dictated field. It was typed, so it counts for
 * the speed (3.1 1.3.1 counts what is typed), and its slip is a wrong field (3.1 1.3.2), not a field left
 * out that also costs the speed. (fix33d) Only under a name for that field (a number slipped into 备注= is
 * no record of the phone), or on the one line with no name at all; and a field once taken (*used, a bit per
 * ticket line) serves no second dictated field, so its characters are counted once. */
static int ticket_value_near(ctx *c, const char *t, const cs_event *dictated, uint64_t *used, char *buf, size_t len)
{
    const char *name, *value;
    size_t nl, vl;
    double best = 0.8;
    int found = -1, bare = -1, bare_n = 0;
    char v[4096], n[256];
    for (int line = 0; line < 64 && cs_ticket_next(&t, &name, &nl, &value, &vl); line++) {
        if (*used & (UINT64_C(1) << line)) continue;
        size_t vn = vl < sizeof v - 1 ? vl : sizeof v - 1;
        memcpy(v, value, vn);
        v[vn] = '\0';
        size_t nn = nl < sizeof n - 1 ? nl : sizeof n - 1;
        memcpy(n, name ? name : "", nn);
        n[nn] = '\0';
        double acc = field_accuracy(c, dictated->text, v);
        if (acc < 0.8 || records_a_dictated_field(c, v)) continue;
        if (!name) {
            /* kept in buf while no named field is found: a named one found later writes over it */
            if (found < 0) snprintf(buf, len, "%s", v);
            bare_n++;
            bare = line;
            continue;
        }
        if (another_key(c, n, dictated->arg) || !named_for(n, dictated->arg) || acc < best) continue;
        best = acc;
        found = line;
        snprintf(buf, len, "%s", v);
    }
    if (found < 0 && bare_n == 1) found = bare;
    if (found < 0) return 0;
    *used |= UINT64_C(1) << found;
    return 1;
}

static void check_record(ctx *c, const cs_event *ticket, record_check *r)
{
    memset(r, 0, sizeof *r);
    uint64_t near_used = 0; /* the ticket lines ticket_value_near has given to a dictated field */
    for (size_t i = 0; i < c->log->n; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind != CS_EV_DICTATE || !e->arg || !e->text) continue;
        r->fields++;
        char got[4096];
        if (!ticket) continue;
        int named = ticket_field(ticket->arg, e->arg, got, sizeof got);
        int like = !named && ticket_value_like(c->bank, ticket->arg, e->text, got, sizeof got);
        if (!named && !like) named = ticket_value_near(c, ticket->arg, e, &near_used, got, sizeof got);
        if (named || like) {
            r->typed_chars += cs_typing_cpm(got, 60000);
            if (cs_field_matches_read(c->bank, e->text, got) == 1) {
                /* the same record, within 3.1 1.3.2's 1 %: a number spelled otherwise (十八号 for
                 * 18号, 幺三九… for 139…) is not a typing error */
                r->acc_sum += fmax(field_accuracy(c, e->text, got), 0.99);
                r->right++;
                continue;
            }
            r->acc_sum += field_accuracy(c, e->text, got);
            /* the field is there but a number in it is off (108号 typed 180号): no valid record of
             * where or what, as a wrong phone number is none (3.1 1.3.2 能记录有效信息) */
            /* only a number actually written counts as miswritten: a field left empty or holding a
             * placeholder (待客户补充) is a number left out, as a field not named is */
            int written = holds_digit(got);
            if (named && written && !cs_field_numbers_match(e->text, got)) r->wrong_number = r->number_miswritten = 1;
            if (named && written && is_number_value(e->text)) r->number_miswritten = 1;
        }
        if (is_number_value(e->text)) r->wrong_number = 1;
        add_wrong(c, &r->wrong, e->arg);
    }
}

/* The last ticket of the call, or NULL. */
static const cs_event *last_ticket(ctx *c, size_t *at)
{
    for (size_t i = c->log->n; i-- > 0;)
        if (c->log->ev[i].kind == CS_EV_TICKET) { if (at) *at = i; return &c->log->ev[i]; }
    return NULL;
}

/* Speed (3.1 1.3.1: ≥50 chars/min) is half the item; the record is the other half, checked field
 * by field against what was dictated (3.1 1.3.2: error rate <1%): a wrong or missing number field
 * (phone, account) leaves the record useless, any other wrong field loses its share. The speed is a
 * bar (职业标准(试行) 五级 一(二)1 每分钟输入汉字50个), met or not: below it (as the reason rounds it)
 * the speed half earns nothing, as examiners grade a trainee typing 30 字/分. */
static outcome rule_typing(ctx *c, const cs_rubric_item *it, const char *arg)
{
    size_t at = 0;
    const cs_event *ticket = last_ticket(c, &at);
    record_check rc;
    check_record(c, ticket, &rc);
    if (rc.fields == 0) { free(rc.wrong); return (outcome){ 0, fmt(c, "%s", T(c, "nothing was dictated", "客户没有口述信息")), NULL }; }
    if (!ticket) { free(rc.wrong); return (outcome){ 0, fmt(c, "%s", T(c, "no ticket recorded the dictated information", "没有用工单记录客户口述的信息")), NULL }; }
    double acc = rc.acc_sum / rc.fields;
    int64_t ms = ticket->t_end_ms - (ticket->typing_start_ms >= 0 ? ticket->typing_start_ms : ticket->t_end_ms);
    double cpm = ms > 0 ? rc.typed_chars * 60000.0 / (double)ms : 0;
    c->g->typing_cpm = cpm;
    c->g->typing_accuracy = acc;
    double acc_part = acc >= CS_TYPING_MIN_ACCURACY ? 1 : fmax(0, (acc - 0.5) / (CS_TYPING_MIN_ACCURACY - 0.5));
    double record_part = rc.wrong_number ? 0 : fmin(acc_part, (double)rc.right / rc.fields);
    double speed_part = floor(cpm + 0.5) >= CS_TYPING_MIN_CPM ? 1 : 0;
    double pts = it->max * (record_part + speed_part) / 2;
    const char *bar = speed_part > 0 ? T(c, " (≥50)", "（≥50）") : T(c, ", under the bar of 50", "，未达到50字/分钟");
    if (speed_part == 0) deduct_turn(c, at, it->id, it->max / 2, T(c, "typed under 50 chars/min", "录入速度未达到50字/分钟"));
    outcome o;
    if (!rc.wrong) {
        o = (outcome){ pts, fmt(c, T(c, "%.0f chars/min%s, %.1f%% accurate (≥95%%), every field as dictated",
                                   "录入%.0f字/分钟%s，准确率%.1f%%（≥95%%），各项与客户所述一致"), cpm, bar, acc * 100), NULL };
    } else {
        o = (outcome){ pts, fmt(c, T(c, "%.0f chars/min%s; wrong or missing field(s): %s%s",
                                   "录入%.0f字/分钟%s；记录有误或漏记：%s%s"), cpm, bar, rc.wrong,
                                rc.wrong_number ? T(c, " (a wrong number cannot be used)", "（号码错误，记录无效）") : ""),
                       CLAUSE_RECORD };
        deduct_turn(c, at, it->id, it->max / 2 * (1 - record_part), rc.wrong);
    }
    free(rc.wrong);
    return o;
}

/* action:ticket when the caller dictated something: recording a ticket is half the item, the record
 * the other half, field by field against what was dictated (3.1 1.3.2 信息错字率小于1%): a phone
 * or account number left out makes the record useless, so that half is lost, and one written down
 * wrong makes the ticket a record of someone else, the whole item; any other wrong field loses its
 * share. Without dictated fields the ticket alone earns the item. */
static outcome rule_ticket_record(ctx *c, const cs_rubric_item *it, outcome done)
{
    size_t at = 0;
    const cs_event *ticket = last_ticket(c, &at);
    record_check rc;
    check_record(c, ticket, &rc);
    if (rc.fields == 0 || !rc.wrong) { free(rc.wrong); return done; }
    /* a number written down wrong makes the ticket no record at all (3.1 1.3.2 能记录有效信息: a
     * line one digit off is someone else's, nobody can call back or serve it): the whole item. A
     * number left out loses the record half (the caller's own line is still on the call), other
     * wrong fields their share of it */
    double record_part = rc.wrong_number ? 0 : (double)rc.right / rc.fields;
    double lost = rc.number_miswritten ? it->max : it->max / 2 * (1 - record_part);
    free(done.reason);
    outcome o = { it->max - lost, fmt(c, T(c, "ticket recorded; wrong or missing field(s): %s%s", "已记录工单；记录有误或漏记：%s%s"), rc.wrong,
                                      rc.number_miswritten ? T(c, " (a wrong number cannot be used)", "（号码错误，记录无效）")
                                      : rc.wrong_number ? T(c, " (the number is not recorded)", "（号码漏记）") : ""),
                  CLAUSE_RECORD };
    deduct_turn(c, at, it->id, lost, rc.wrong);
    free(rc.wrong);
    return o;
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
    if (n == 0) return (outcome){ 0, fmt(c, "%s", T(c, "not shown in the call", "通话中未体现")), NULL };
    return (outcome){ pts, fmt(c, "%s", last ? last : ""), NULL };
}

/* --- the rule table ---------------------------------------------------------------------------- *
 * One row per rule: its name, how it is graded, how its argument is checked, the clause it cites
 * by default and its help. Validation, the default clause and dispatch all read this table. */

typedef outcome (*rule_grade_fn)(ctx *c, const cs_rubric_item *it, const char *arg);
typedef int (*rule_arg_fn)(const cs_phrase_bank *bank, const char *rule, const char *arg, char *err, size_t errlen);

static int arg_category(const cs_phrase_bank *bank, const char *rule, const char *arg, char *err, size_t errlen)
{
    if (category_ok(bank, arg, strlen(arg))) return 1;
    snprintf(err, errlen, "rule '%s' names an unknown phrase category", rule);
    return 0;
}

static int arg_action(const cs_phrase_bank *bank, const char *rule, const char *arg, char *err, size_t errlen)
{
    cs_event_kind k;
    const char *target;
    size_t n = action_arg(arg, &target);
    if (!action_kind(arg, n, &k)) {
        snprintf(err, errlen, "rule '%s': action must be answer, hold, unhold, transfer, escalate, ticket or hangup", rule);
        return 0;
    }
    if (target && k != CS_EV_TRANSFER && k != CS_EV_ESCALATE) {
        snprintf(err, errlen, "rule '%s': only transfer and escalate name a target (action:escalate:危机干预组)", rule);
        return 0;
    }
    if (target && (!*target || strchr(target, ':'))) {
        snprintf(err, errlen, "rule '%s': the target after '%.*s:' is empty or has a ':' (action:%.*s:TARGET)", rule,
                 (int)n, arg, (int)n, arg);
        return 0;
    }
    return 1;
}

static int arg_sequence(const cs_phrase_bank *bank, const char *rule, const char *arg, char *err, size_t errlen)
{
    cs_event_kind k;
    if (!*arg) {
        snprintf(err, errlen, "rule '%s' lists no steps", rule);
        return 0;
    }
    for (const char *p = arg; *p;) {
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

static outcome grade_answer(ctx *c, const cs_rubric_item *it, const char *arg) { return rule_answer(c, it); }
static outcome grade_courtesy(ctx *c, const cs_rubric_item *it, const char *arg) { return rule_courtesy(c, it); }
static outcome grade_latency(ctx *c, const cs_rubric_item *it, const char *arg) { return rule_latency(c, it); }
static outcome grade_phrase(ctx *c, const cs_rubric_item *it, const char *arg) { return rule_phrase(c, it, arg); }
static outcome grade_action(ctx *c, const cs_rubric_item *it, const char *arg) { return rule_action(c, it, arg); }
static outcome grade_sequence(ctx *c, const cs_rubric_item *it, const char *arg) { return rule_sequence(c, it, arg); }

typedef struct {
    const char *name;        /* "answer"; "phrase:" (ends in ':') takes an argument */
    const char *usage;       /* as written in a rubric: "phrase:CAT" */
    rule_grade_fn grade;
    rule_arg_fn check_arg;   /* NULL for rules without an argument */
    const char *clause;      /* default clause, or NULL for the bank's clause of clause_of */
    const char *clause_of;   /* category whose clause is the default; "" = the argument */
    const char *help;
} rule_def;

static const rule_def RULES[] = {
    { "answer", "answer", grade_answer, NULL, CLAUSE_ANSWER, NULL, "picked up within 3 rings" },
    { "opening", "opening", rule_opening, NULL, NULL, "opening", "the 开篇语 on answering" },
    { "closing", "closing", rule_closing, NULL, NULL, "closing", "the scenario's closing phrase at the end" },
    { "courtesy", "courtesy", grade_courtesy, NULL, CLAUSE_COURTESY, NULL, "no 禁忌语 or 口头禅" },
    { "latency", "latency", grade_latency, NULL, CLAUSE_LATENCY, NULL, "replies within the latency limit" },
    { "hold", "hold", rule_hold, NULL, NULL, "hold_before", "等待用语 around holds, checking back within 60 s" },
    { "typing", "typing", rule_typing, NULL, CLAUSE_TYPING, NULL, "dictated fields recorded fast and exactly" },
    { "phrase:", "phrase:CAT", grade_phrase, arg_category, NULL, "", "the standard phrase of CAT said anywhere in the call" },
    { "action:", "action:ACT[:TARGET]", grade_action, arg_action, NULL, NULL,
      "the trainee did ACT (answer, hold, unhold, transfer, escalate, ticket, hangup); transfer and escalate to TARGET when named" },
    { "sequence:", "sequence:A,B,...", grade_sequence, arg_sequence, NULL, NULL, "phrase categories and actions in this order" },
};
#define N_RULES (sizeof RULES / sizeof RULES[0])

/* The row for rule, with *arg pointing at its argument ("" for plain rules), or NULL. */
static const rule_def *find_rule(const char *rule, const char **arg)
{
    for (size_t i = 0; i < N_RULES; i++) {
        const rule_def *d = &RULES[i];
        size_t n = strlen(d->name);
        int takes_arg = d->name[n - 1] == ':';
        if (takes_arg ? strncmp(rule, d->name, n) == 0 : strcmp(rule, d->name) == 0) {
            *arg = rule + (takes_arg ? n : strlen(rule));
            return d;
        }
    }
    return NULL;
}

int cs_rule_valid(const cs_phrase_bank *bank, const char *rule, char *err, size_t errlen)
{
    const char *arg;
    const rule_def *d = find_rule(rule, &arg);
    if (d) return d->check_arg ? d->check_arg(bank, rule, arg, err, errlen) : 1;
    size_t len = (size_t)snprintf(err, errlen, "unknown rule '%s' (", rule);
    for (size_t i = 0; i < N_RULES && len < errlen; i++)
        len += (size_t)snprintf(err + len, errlen - len, "%s%s", i ? ", " : "", RULES[i].usage);
    if (len < errlen) snprintf(err + len, errlen - len, ")");
    return 0;
}

const char *cs_rule_default_clause(const cs_phrase_bank *bank, const char *rule)
{
    const char *arg;
    const rule_def *d = find_rule(rule, &arg);
    if (!d) return NULL;
    if (d->clause) return d->clause;
    if (!d->clause_of) return NULL;
    return cs_bank_category_clause(bank, *d->clause_of ? d->clause_of : arg);
}

const char *cs_rule_help(size_t i, const char **usage)
{
    if (i >= N_RULES) return NULL;
    if (usage) *usage = RULES[i].usage;
    return RULES[i].help;
}

int cs_rule_target(const char *rule, char *action, size_t action_len, const char **target)
{
    const char *arg;
    const rule_def *d = rule ? find_rule(rule, &arg) : NULL;
    *target = NULL;
    if (!d || d->grade != grade_action) return 0;
    size_t n = action_arg(arg, target);
    if (!*target) return 0;
    snprintf(action, action_len, "%.*s", (int)n, arg);
    return 1;
}

static outcome grade_item(ctx *c, const cs_rubric_item *it)
{
    if (!it->rule) return rule_marks(c, it);
    const char *arg;
    const rule_def *d = find_rule(it->rule, &arg);
    if (!d) return (outcome){ 0, fmt(c, T(c, "unknown rule %s", "未知规则 %s"), it->rule), NULL };
    return d->grade(c, it, arg);
}

static void check_fail(ctx *c)
{
    for (size_t i = 0; i < c->log->n && !c->g->auto_failed; i++) {
        const cs_event *e = &c->log->ev[i];
        if (e->kind == CS_EV_FAIL) {
            if (cleared(c, fail_cause(c, i))) continue;
            c->g->auto_failed = 1;
            c->g->fail_reason = fmt(c, "%s (%s)", e->text ? e->text : "", e->clause ? e->clause : "");
        } else if (is_text(e) && !cleared(c, i)) {
            cs_match m;
            if (!reply_taboo(c, i, &m) || !m.insult) continue;
            c->g->auto_failed = 1;
            c->g->fail_reason = fmt(c, T(c, "insulted the caller「%s」(%s)", "辱骂客户「%s」（%s）"), cs_match_insult(&m), CLAUSE_INSULT);
            deduct_turn(c, i, "fail", 0, T(c, "insult fails the call", "辱骂客户，本次通话不合格"));
        }
    }
}

/* A fatal item (escalation of a crisis) that earned nothing fails the call, as the rubric said
 * before the call; the scenario's own score.fail, when it gave one, is the reason kept. */
static void check_fatal_items(ctx *c)
{
    for (size_t i = 0; i < c->g->n_items && !c->g->auto_failed; i++) {
        const cs_item_result *r = &c->g->items[i];
        if (!c->rubric->items[i].fatal || r->points > 0) continue;
        c->g->auto_failed = 1;
        /* the item's own reason says what was missing (an escalation to the wrong team names it) */
        c->g->fail_reason = fmt(c, T(c, "fatal item not done: %s: %s (%s)", "一票否决项未完成：%s：%s（%s）"),
                                r->label ? r->label : r->id, r->reason ? r->reason : "", r->clause ? r->clause : "");
    }
}

/* A copy whose failure marks the grade out of memory, as fmt's does. */
static char *dup(ctx *c, const char *s)
{
    char *d = cs_g_strdup(s);
    if (s && !d) c->oom = 1;
    return d;
}

/* The one place the prepared replies of a call are freed. */
static void free_prepared(ctx *c)
{
    for (size_t i = 0; c->prep && i < c->log->n; i++) cs_prepared_free(c->prep[i]);
    for (size_t i = 0; c->run_prep && i < c->log->n * (RUN_WINDOW - 1); i++) cs_prepared_free(c->run_prep[i]);
    free(c->prep);
    free(c->run_prep);
    c->prep = c->run_prep = NULL;
}

int cs_grade_call(const cs_phrase_bank *bank, const cs_call_log *log, const cs_rubric *rubric, cs_grade *g)
{
    memset(g, 0, sizeof *g);
    ctx c = { bank, log, rubric, g, 0, NULL, NULL };
    /* only a saving: without memory for it each rule reads the reply itself */
    c.prep = calloc(log->n ? log->n : 1, sizeof *c.prep);
    c.run_prep = calloc(log->n ? log->n * (RUN_WINDOW - 1) : 1, sizeof *c.run_prep);
    g->typing_cpm = g->typing_accuracy = -1;
    g->turns = calloc(log->n ? log->n : 1, sizeof *g->turns);
    g->items = calloc(rubric->n ? rubric->n : 1, sizeof *g->items);
    if (!g->turns || !g->items || !c.run_prep) { free_prepared(&c); cs_grade_free(g); return -1; }
    g->n_turns = log->n;
    annotate_turns(&c);
    double sum = 0, max = 0;
    for (size_t i = 0; i < rubric->n; i++) {
        const cs_rubric_item *it = &rubric->items[i];
        outcome o = grade_item(&c, it);
        cs_item_result *r = &g->items[g->n_items++];
        r->id = dup(&c, it->id);
        r->label = dup(&c, it->label ? it->label : it->id);
        const char *clause = it->clause ? it->clause : cs_rule_default_clause(bank, it->rule ? it->rule : "");
        /* a fault another clause states cites that clause too */
        r->clause = o.clause && clause ? fmt(&c, "%s；%s", clause, o.clause) : dup(&c, o.clause ? o.clause : clause);
        r->reason = o.reason;
        r->max = it->max;
        r->points = round(fmax(0, fmin(it->max, o.points)) * 10) / 10;
        sum += r->points;
        max += it->max;
    }
    check_fail(&c);
    check_fatal_items(&c);
    g->score = max > 0 ? round(sum / max * 1000) / 10 : 0;
    /* An auto-fail (insulting or retaliating against the caller) is 一票否决: the call scores 0. */
    if (g->auto_failed) g->score = 0;
    g->passed = !g->auto_failed && g->score >= CS_PASS_MARK;
    free_prepared(&c);
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

size_t cs_grade_review_items(const cs_call_log *log, const cs_grade *g, cs_review_item *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < g->n_turns && i < log->n; i++) {
        const cs_turn_grade *t = &g->turns[i];
        static const cs_review_kind kinds[] = { CS_REVIEW_FAILS, CS_REVIEW_PHRASE };
        for (size_t k = 0; k < 2; k++) {
            if (!(t->review & kinds[k])) continue;
            if (n < cap) {
                out[n] = (cs_review_item){ i, kinds[k], kinds[k] == CS_REVIEW_FAILS ? 1 : t->verdict, t->confidence,
                                           kinds[k] == CS_REVIEW_PHRASE ? log->ev[i].expect : NULL };
                /* the grader's own verdict, before any overrule was applied */
                if (kinds[k] == CS_REVIEW_PHRASE && (t->overruled & CS_REVIEW_PHRASE)) out[n].verdict = !t->verdict;
            }
            n++;
        }
    }
    return n;
}
