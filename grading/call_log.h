/* The event log of one call: everything the caller and the trainee did, with virtual or real
 * millisecond times. The call engine appends to it; grading reads it as a pure input; the store
 * writes each event as a turn. No Lua, no SDL, no SQLite here. */
#ifndef CALLSIM_CALL_LOG_H
#define CALLSIM_CALL_LOG_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    CS_EV_RING,          /* one ring of the phone (1 s on, 4 s off); n = ring number */
    CS_EV_ANSWER,        /* trainee picked up; n = rings heard */
    CS_EV_CALLER_SAY,    /* caller speaks text; voice/rate/... in style */
    CS_EV_CALLER_SILENT, /* caller stays silent [t_start, t_end] */
    CS_EV_TRAINEE_SAY,   /* trainee sends typed text; expect = category the scenario waited for */
    CS_EV_CHOICE,        /* trainee picks option n (1-based) of a choice; text = the option */
    CS_EV_HOLD,
    CS_EV_UNHOLD,
    CS_EV_TRANSFER,      /* arg = target */
    CS_EV_ESCALATE,      /* arg = target */
    CS_EV_TICKET,        /* arg = "field=value\nfield=value" */
    CS_EV_HANGUP,        /* trainee hangs up */
    CS_EV_CALLER_HANGUP, /* caller hangs up; text = reason (patience gone, scenario end, ...) */
    CS_EV_TIMEOUT,       /* a wait ran out with no trainee action; expect = what was awaited */
    CS_EV_DICTATE,       /* caller dictates information to record: arg = field, text = value */
    CS_EV_MARK,          /* scenario awards (points > 0) or deducts (< 0) on rubric item arg */
    CS_EV_FAIL,          /* scenario marks the call as failed: text = reason, clause */
    CS_EV_NOTE,          /* engine note for the transcript (ignored action, error) */
    CS_EV_COUNT
} cs_event_kind;

typedef struct {
    cs_event_kind kind;
    int64_t t_start_ms;      /* since the call was offered (first ring) */
    int64_t t_end_ms;        /* == t_start_ms for instantaneous events */
    int64_t typing_start_ms; /* trainee text: first keystroke (headless: previous event end); else -1 */
    int64_t prompt_end_ms;   /* trainee events: when the caller's last line ended; else -1 */
    int n;                   /* ring number, rings heard, choice index, ... */
    double points;           /* CS_EV_MARK */
    char *text;              /* owned; may be NULL */
    char *arg;               /* owned; may be NULL */
    char *expect;            /* owned; category the scenario waited for, or NULL */
    char *clause;            /* owned; standard clause for MARK/FAIL, or NULL */
    char *style;             /* owned; caller voice "voice=yue rate=190 pitch=60 volume=90", or NULL */
} cs_event;

typedef struct {
    cs_event *ev;
    size_t n, cap;
} cs_call_log;

void cs_log_init(cs_call_log *log);
void cs_log_free(cs_call_log *log);
/* Appends a copy of *ev (strings duplicated); returns the new event or NULL when out of memory. */
cs_event *cs_log_append(cs_call_log *log, const cs_event *ev);
const char *cs_event_kind_name(cs_event_kind kind);
/* "caller", "trainee" or "system". */
const char *cs_event_who(cs_event_kind kind);

/* Walks a ticket's "field=value\nfield=value" arg (CS_EV_TICKET), the one place that knows the
 * format: returns 1 with the next line split at its first '=' and advances *p, 0 at the end. A line
 * without '=' comes back with *name NULL and the whole line as the value. Nothing is copied. */
/* A run: consecutive trainee messages with no caller turn between them, read as one reply the way
 * an examiner reads a chat (issue #11 item 6: items are earned by what was said wherever it fits,
 * not by message): 感谢您的来电。 / 祝您生活愉快，再见！ is one 结束语. The caller side waits the same
 * beat before answering (call.more in lua/callsim.lua, `call.wait{beat=true}`: 5 s, running on
 * while the trainee types), so the grader joins exactly what the caller read together. */
#define CS_RUN_BEAT_MS 5000

/* 1 if event i is trainee text that goes on the run of the trainee text before it: nothing the
 * caller said or did (a line, silence, hang-up) and no trainee action on the line (hold, transfer,
 * a choice, ...) between them, and its typing started within CS_RUN_BEAT_MS of that text being
 * sent. A ticket, a scenario's mark or a note does not break a run. (The caller ends its beat at
 * a ticket and answers, lua/callsim.lua call.more: that caller line is what breaks the run then.) */
int cs_log_continues_run(const cs_call_log *log, size_t i);
/* The next text event of the run after text event i, or (size_t)-1 when the run ends at i. */
size_t cs_log_run_next(const cs_call_log *log, size_t i);
/* The first and the last text event of the run holding text event i (i itself when alone). */
size_t cs_log_run_first(const cs_call_log *log, size_t i);
size_t cs_log_run_last(const cs_call_log *log, size_t i);
/* The text events first..last of a run as one reply (malloc'd): the messages joined with a clause
 * break "。", as call.more joins them; NULL when out of memory. */
char *cs_log_run_text(const cs_call_log *log, size_t first, size_t last);

int cs_ticket_next(const char **p, const char **name, size_t *name_len, const char **value, size_t *value_len);

#endif
