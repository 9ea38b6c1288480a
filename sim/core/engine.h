/* The call engine: plays one Lua scenario as a phone call on a clock. The scenario script runs as a
 * coroutine in the sandbox; when it says a line, stays silent, rings or waits for the trainee, it
 * yields a request and the engine resumes it when that request is done (time passed, trainee
 * acted, a wait timed out). Time is whatever the caller passes in: a virtual clock in headless runs,
 * SDL's clock in the window. Every event is appended to the call log and handed to the listener at
 * once (the store commits it, the window speaks it). No SDL here. */
#ifndef CALLSIM_ENGINE_H
#define CALLSIM_ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include "call_log.h"
#include "call_grade.h"
#include "phrase_bank.h"

typedef struct cs_engine cs_engine;

typedef enum { CS_MODE_HEADLESS, CS_MODE_PRACTICE, CS_MODE_EXAM } cs_mode;

typedef enum {
    CS_PHASE_READY,    /* loaded, call not offered yet */
    CS_PHASE_RINGING,  /* phone ringing, not answered */
    CS_PHASE_TALKING,  /* answered */
    CS_PHASE_ENDED     /* someone hung up, the script failed, or the time cap was hit */
} cs_phase;

typedef struct {
    /* Called after each event is appended (index into the log). */
    void (*on_event)(void *ud, const cs_call_log *log, size_t index);
    void *ud;
} cs_engine_listener;

typedef struct {
    const char *scenario_path;
    uint64_t seed;
    cs_mode mode;
    const cs_phrase_bank *bank;   /* borrowed; must outlive the engine */
    cs_engine_listener listener;
    size_t mem_limit;             /* bytes for the scenario's Lua state; 0 = default (64 MiB) */
    double cpu_limit_s;           /* wall-clock seconds a script may run between two pauses; 0 = 2 s */
} cs_engine_config;

/* The agent's desk a scenario declares (docs/scenarios.md "The desk"): the work-order form's fields,
 * fixed for the whole call; the entries of the system pane (knowledge base, customer record,
 * work-order lookup) and when each is shown; where the call may be transferred or escalated. */
typedef struct {
    const char *id;      /* the ticket field name the grade compares ("phone", "联系电话") */
    const char *label;   /* shown on the form; NULL: the id */
    int required;        /* the form is not submitted without it */
    const char *format;  /* "text", "phone", "digits", "idcard" (GB 11643) or "date" */
} cs_ticket_field;

typedef struct {
    const char *id, *title, *text;
    const char *reveal;  /* "always", "hold" (once the caller has been held), "after:<event kind>",
                          * or "script" (only call.reveal) */
} cs_system_entry;

/* What the scenario declares (owned by the engine). */
typedef struct {
    const char *id, *title, *description, *situation, *area;
    int level;                         /* 5, 4 or 3 */
    const char *caller_name, *caller_phone, *voice;
    int rate, pitch, volume;           /* default caller voice, clamped */
    const char *const *history;        /* earlier calls for the caller card */
    size_t n_history;
    cs_rubric rubric;
    const cs_ticket_field *ticket;     /* the declared fields, else the dictated ones and a note */
    size_t n_ticket;
    const cs_system_entry *system;
    size_t n_system;
    const char *const *transfer_targets, *const *escalate_targets;
    size_t n_transfer, n_escalate;
    const char *const *phrases;        /* the phrase panel's categories (F1…), or none: the default */
    size_t n_phrases;
} cs_scenario_info;

typedef enum {
    CS_IN_ANSWER, CS_IN_TEXT, CS_IN_CHOICE, CS_IN_HOLD, CS_IN_UNHOLD, CS_IN_TRANSFER,
    CS_IN_ESCALATE, CS_IN_TICKET, CS_IN_HANGUP
} cs_input_kind;

typedef struct {
    cs_input_kind kind;
    const char *text;        /* TEXT: typed text; TRANSFER/ESCALATE: target; TICKET: "f=v f=v" */
    int choice;              /* CHOICE: 1-based */
    int64_t t_ms;            /* when it happened (clock of the engine) */
    int64_t typing_start_ms; /* TEXT/TICKET: first keystroke; -1 unknown */
} cs_input;

/* 1 if name[0..len) is a voice a scenario may use (cmn-latn-pinyin, yue, en-us, ...). */
int cs_voice_known(const char *name, size_t len);

/* Loads and checks the scenario. NULL on error: err holds "FILE:LINE: message". */
cs_engine *cs_engine_new(const cs_engine_config *cfg, char *err, size_t errlen);
void cs_engine_free(cs_engine *e);
const cs_scenario_info *cs_engine_info(const cs_engine *e);

/* Offers the call (first ring) at now_ms. */
void cs_engine_start(cs_engine *e, int64_t now_ms);
/* Runs everything due up to now_ms; returns when the engine next needs time to pass
 * (INT64_MAX only once the call has ended). Never moves backwards. */
int64_t cs_engine_advance(cs_engine *e, int64_t now_ms);
/* Hands a trainee action to the engine (advancing to in->t_ms first). Returns 0 when taken,
 * 1 when ignored (not possible now: a note is logged saying why). */
int cs_engine_input(cs_engine *e, const cs_input *in);
/* The trainee is typing a reply (a keystroke or an input-method composition) at now_ms: a wait for
 * the trainee does not time out while the typing goes on — it runs until CS_TYPING_GRACE_MS after
 * the latest keystroke (the typing standard, 国家职业技能标准 3.1 1.3.1: 50 字/分 through an input
 * method is slow, and the script's tempo must not penalise it). Sending the reply ends it. */
void cs_engine_typing(cs_engine *e, int64_t now_ms);
/* Logs a note for the transcript at the engine's present (e.g. where a hot reload resumed). */
void cs_engine_note(cs_engine *e, const char *text);
/* Ends the call now (window closed, examiner stop): logs a note, phase ENDED. */
void cs_engine_abort(cs_engine *e, int64_t now_ms, const char *reason);

cs_phase cs_engine_phase(const cs_engine *e);
int64_t cs_engine_now(const cs_engine *e);
int cs_engine_rings(const cs_engine *e);        /* rings so far */
int cs_engine_patience(const cs_engine *e);     /* 0..100 */
int cs_engine_on_hold(const cs_engine *e);
int cs_engine_waiting(const cs_engine *e);      /* the script waits for the trainee */
const char *cs_engine_expect(const cs_engine *e);  /* category awaited, or NULL */
size_t cs_engine_choices(const cs_engine *e, const char *const **options); /* current choices */
const char *cs_engine_choice_prompt(const cs_engine *e);
const char *cs_engine_hint(const cs_engine *e); /* latest practice hint, or NULL */
int64_t cs_engine_last_caller_end(const cs_engine *e); /* end of the caller's latest line */
int64_t cs_engine_last_trainee(const cs_engine *e);    /* time of the trainee's latest action */
/* The log index of the first typed reply (or choice) the script read as its answer to a caller line
 * that began after the reply was sent, the trainee's previous action being a message of their own
 * (no caller line between the two): a second message sent before the caller's answer to the first
 * (a nudge) and read as the answer to it. SIZE_MAX when none. Replies files time "@S" after the
 * trainee's own action from that action, so `run` warns (README "Trainers"). */
size_t cs_engine_early_reply(const cs_engine *e);
const cs_call_log *cs_engine_log(const cs_engine *e);
/* Why the call ended: "trainee hung up", "caller hung up", "scenario error: FILE:LINE: ...". */
const char *cs_engine_end_reason(const cs_engine *e);
/* How the call ended, as a value (the reason above is its text for transcripts and JSON). */
typedef enum {
    CS_END_NONE,            /* not ended yet */
    CS_END_TRAINEE_HANGUP,
    CS_END_CALLER_HANGUP,   /* the script's call.hangup, patience gone, the script's end */
    CS_END_REJECTED,        /* the trainee rejected the ringing call */
    CS_END_STOPPED,         /* the script stopped (the run function returned before anyone hung up) */
    CS_END_SCRIPT_ERROR,
    CS_END_ABORTED          /* the host ended it (window closed, cs_engine_abort) */
} cs_end_kind;
cs_end_kind cs_engine_end_kind(const cs_engine *e);
/* Non-NULL when the script failed (runaway, memory, error): "FILE:LINE: message". */
const char *cs_engine_script_error(const cs_engine *e);
/* 1 when the script reached a budget (time, instructions, memory, events): replaying it on other
 * branches would spend the same again, so a caller playing many runs (explore) stops there. */
int cs_engine_runaway(const cs_engine *e);
/* Wall-clock seconds the scenario's Lua has run so far (loading included): a caller playing many
 * runs (explore) budgets their sum, as the engine budgets one call's. */
double cs_engine_lua_seconds(const cs_engine *e);

/* 1 when system entry i is shown now (its reveal condition has happened, or call.reveal). */
int cs_engine_system_shown(const cs_engine *e, size_t i);
/* 0 when value suits a ticket field's format; else -1 with why (Chinese, one phrase). */
int cs_ticket_value_ok(const cs_ticket_field *f, const char *value, char *why, size_t len);

/* Explanations of the grade in Chinese (zh = 1, the window's default) or English. */
void cs_engine_set_zh(cs_engine *e, int zh);
/* The grade's English explanations through the caller's catalogue (cs_rubric.translate). */
void cs_engine_set_translate(cs_engine *e, const char *(*translate)(const char *zh));

/* Grades the ended call (pure function of the log and rubric). */
int cs_engine_grade(const cs_engine *e, cs_grade *g);

#endif
