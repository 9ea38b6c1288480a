/* Event log storage: a growable array of events that owns its strings. */
#include "call_log.h"
#include "grading_util.h"

#include <stdlib.h>
#include <string.h>

void cs_log_init(cs_call_log *log)
{
    log->ev = NULL;
    log->n = log->cap = 0;
}

static void event_free(cs_event *e)
{
    free(e->text);
    free(e->arg);
    free(e->expect);
    free(e->clause);
    free(e->style);
}

void cs_log_free(cs_call_log *log)
{
    for (size_t i = 0; i < log->n; i++) event_free(&log->ev[i]);
    free(log->ev);
    cs_log_init(log);
}

cs_event *cs_log_append(cs_call_log *log, const cs_event *ev)
{
    if (log->n == log->cap) {
        size_t cap = log->cap ? log->cap * 2 : 32;
        cs_event *grown = realloc(log->ev, cap * sizeof *grown);
        if (!grown) return NULL;
        log->ev = grown;
        log->cap = cap;
    }
    cs_event *e = &log->ev[log->n];
    *e = *ev;
    e->text = cs_g_strdup(ev->text);
    e->arg = cs_g_strdup(ev->arg);
    e->expect = cs_g_strdup(ev->expect);
    e->clause = cs_g_strdup(ev->clause);
    e->style = cs_g_strdup(ev->style);
    if ((ev->text && !e->text) || (ev->arg && !e->arg) || (ev->expect && !e->expect) ||
        (ev->clause && !e->clause) || (ev->style && !e->style)) {
        event_free(e);
        return NULL;
    }
    log->n++;
    return e;
}

static const char *const kind_names[CS_EV_COUNT] = {
    "ring", "answer", "caller_say", "caller_silent", "trainee_say", "choice", "hold", "unhold",
    "transfer", "escalate", "ticket", "hangup", "caller_hangup", "timeout", "dictate", "mark",
    "fail", "note",
};

const char *cs_event_kind_name(cs_event_kind kind)
{
    return (unsigned)kind < CS_EV_COUNT ? kind_names[kind] : "?";
}

const char *cs_event_who(cs_event_kind kind)
{
    switch (kind) {
    case CS_EV_CALLER_SAY: case CS_EV_CALLER_SILENT: case CS_EV_CALLER_HANGUP: case CS_EV_DICTATE:
        return "caller";
    case CS_EV_ANSWER: case CS_EV_TRAINEE_SAY: case CS_EV_CHOICE: case CS_EV_HOLD: case CS_EV_UNHOLD:
    case CS_EV_TRANSFER: case CS_EV_ESCALATE: case CS_EV_TICKET: case CS_EV_HANGUP:
        return "trainee";
    default:
        return "system";
    }
}

int cs_ticket_next(const char **p, const char **name, size_t *name_len, const char **value, size_t *value_len)
{
    const char *t = *p;
    if (!t || !*t) return 0;
    const char *nl = strchr(t, '\n');
    size_t n = nl ? (size_t)(nl - t) : strlen(t);
    const char *eq = memchr(t, '=', n);
    *name = eq ? t : NULL;
    *name_len = eq ? (size_t)(eq - t) : 0;
    *value = eq ? eq + 1 : t;
    *value_len = eq ? n - (size_t)(eq - t) - 1 : n;
    *p = nl ? nl + 1 : t + n;
    return 1;
}

static int is_run_text(const cs_event *e) { return e->kind == CS_EV_TRAINEE_SAY && e->text; }

/* Events that happen beside the conversation: they neither end a run nor start one. */
static int beside_run(cs_event_kind k) { return k == CS_EV_TICKET || k == CS_EV_MARK || k == CS_EV_NOTE || k == CS_EV_FAIL; }

int cs_log_continues_run(const cs_call_log *log, size_t i)
{
    if (i >= log->n || !is_run_text(&log->ev[i])) return 0;
    const cs_event *e = &log->ev[i];
    /* when the trainee began this message: the first keystroke, or its sending */
    int64_t began = e->typing_start_ms >= 0 && e->typing_start_ms < e->t_end_ms ? e->typing_start_ms : e->t_end_ms;
    for (size_t j = i; j-- > 0;) {
        const cs_event *p = &log->ev[j];
        if (beside_run(p->kind)) continue;
        return is_run_text(p) && began - p->t_end_ms <= CS_RUN_BEAT_MS;
    }
    return 0;
}

size_t cs_log_run_first(const cs_call_log *log, size_t i)
{
    while (cs_log_continues_run(log, i))
        do i--; while (!is_run_text(&log->ev[i]));
    return i;
}

size_t cs_log_run_next(const cs_call_log *log, size_t i)
{
    for (size_t j = i + 1; j < log->n; j++) {
        if (beside_run(log->ev[j].kind)) continue;
        return cs_log_continues_run(log, j) ? j : (size_t)-1;
    }
    return (size_t)-1;
}

size_t cs_log_run_last(const cs_call_log *log, size_t i)
{
    for (size_t j = cs_log_run_next(log, i); j != (size_t)-1; j = cs_log_run_next(log, j)) i = j;
    return i;
}

char *cs_log_run_text(const cs_call_log *log, size_t first, size_t last)
{
    size_t len = 1;
    for (size_t j = first; j <= last && j < log->n; j++)
        if (is_run_text(&log->ev[j])) len += strlen(log->ev[j].text) + sizeof "。";
    char *s = malloc(len), *w = s;
    if (!s) return NULL;
    for (size_t j = first; j <= last && j < log->n; j++) {
        if (!is_run_text(&log->ev[j])) continue;
        if (w != s) { memcpy(w, "。", sizeof "。" - 1); w += sizeof "。" - 1; }
        size_t n = strlen(log->ev[j].text);
        memcpy(w, log->ev[j].text, n);
        w += n;
    }
    *w = '\0';
    return s;
}
