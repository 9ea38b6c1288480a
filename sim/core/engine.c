/* The call engine state machine (see engine.h). Time only moves when the caller of the engine says
 * so, which is what lets the headless run replay a call on a virtual clock with no sleeping and the
 * window play the very same script in real time. */
#include "engine_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "paths.h"
#include "phrase_match.h"
#include "reply_query.h"
#include "script_where.h"
#include "text_norm.h"
#include "typing.h"

#define DEFAULT_MEM_LIMIT (64u << 20)
#define INSTR_LIMIT 200000000LL

char *cs_engine_strdup(const char *s)
{
    return cs_strdup(s);
}

static void set_str(char **dst, const char *s)
{
    free(*dst);
    *dst = cs_engine_strdup(s);
}

/* The text of an event, through the gate: whatever the path that made it (a scenario's error
 * message, a note), what reaches the transcript, the JSON and the database is valid UTF-8 with no
 * control characters and no longer than the cap. Scenario text was refused earlier with a reason;
 * this only cleans what got here some other way. */
static int gate_field(char **field, char **owned)
{
    if (!*field) return 0;
    char why[80];
    size_t len = strlen(*field);
    if (!cs_text_check(*field, len, CS_TEXT_MAX_CHARS, why, sizeof why)) return 0;
    *owned = cs_text_clean(*field, len, CS_TEXT_MAX_CHARS, NULL);
    if (!*owned) return -1;
    *field = *owned;
    return 0;
}

cs_event *cs_engine_log_event(cs_engine *e, const cs_event *ev)
{
    cs_event gated = *ev;
    char *owned[5] = { 0 };
    char **fields[5] = { &gated.text, &gated.arg, &gated.expect, &gated.clause, &gated.style };
    int failed = 0;
    for (int i = 0; i < 5; i++) {
        /* a ticket's fields are one per line ("f=v\nf=v"), made by the engine from text that
         * passed the gate (make_event): its newlines are the format, not a forgery */
        if (ev->kind == CS_EV_TICKET && fields[i] == &gated.arg) continue;
        failed |= gate_field(fields[i], &owned[i]);
    }
    cs_event *added = failed ? NULL : cs_log_append(&e->log, &gated);
    for (int i = 0; i < 5; i++) free(owned[i]);
    if (added && e->cfg.listener.on_event)
        e->cfg.listener.on_event(e->cfg.listener.ud, &e->log, e->log.n - 1);
    return added;
}

static size_t text_bytes(const cs_event *ev)
{
    const char *f[] = { ev->text, ev->arg, ev->expect, ev->clause, ev->style };
    size_t n = sizeof *ev;
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) n += f[i] ? strlen(f[i]) + 1 : 0;
    return n;
}

void cs_engine_log_script_event(cs_engine *e, lua_State *L, const cs_event *ev)
{
    if (ev->t_start_ms >= e->window_start + 1000 || ev->t_start_ms < e->window_start) {
        e->window_start = ev->t_start_ms - (ev->t_start_ms - e->offered_at) % 1000;
        e->window_events = 0;
    }
    if (e->script_events >= CS_EVENTS_MAX || e->window_events >= CS_EVENTS_PER_SECOND ||
        e->script_bytes + text_bytes(ev) > CS_LOG_BYTES_MAX)
        e->runaway = 1;
    if (e->script_events >= CS_EVENTS_MAX)
        luaL_error(L, "the scenario logged more than %d events in one call (a loop without an end?)",
                   CS_EVENTS_MAX);
    if (e->window_events >= CS_EVENTS_PER_SECOND)
        luaL_error(L, "the scenario logged more than %d events in one second of the call "
                      "(a loop without a pause?)", CS_EVENTS_PER_SECOND);
    size_t bytes = text_bytes(ev);
    if (e->script_bytes + bytes > CS_LOG_BYTES_MAX)
        luaL_error(L, "the scenario put more than %d MB of text in the call log",
                   (int)(CS_LOG_BYTES_MAX >> 20));
    e->script_events++;
    e->window_events++;
    e->script_bytes += bytes;
    cs_engine_log_event(e, ev);
}

static void note(cs_engine *e, const char *text)
{
    cs_event ev = { .kind = CS_EV_NOTE, .t_start_ms = e->now, .t_end_ms = e->now,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .text = (char *)text };
    cs_engine_log_event(e, &ev);
}

void cs_engine_note(cs_engine *e, const char *text)
{
    note(e, text);
}

/* Speaking time of a line: CJK characters are syllables, Latin words are words, and espeak-ng's
 * rate is in words per minute; punctuation adds a pause. Deterministic, so headless runs replay. */
int64_t cs_speech_ms(const char *text, int rate)
{
    if (rate < 80) rate = 80;
    double units = 0, pauses = 0;
    int in_word = 0;
    const char *p = text;
    while (*p) {
        uint32_t c = cs_utf8_next(&p);
        if (c >= 0x2E80 && c != 0x3001 && c != 0x3002 && !(c >= 0xFF00 && c <= 0xFF20)) {
            units += 1;
            in_word = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            if (!in_word) units += 1;
            in_word = 1;
        } else {
            if (c != ' ') pauses += 1;
            in_word = 0;
        }
    }
    return 400 + (int64_t)(units * 0.8 * 60000.0 / rate + pauses * 250);
}

/* --- replies handed to the script ------------------------------------------------------------- */

static const char *const input_kind_names[] = {
    "answer", "text", "choice", "hold", "unhold", "transfer", "escalate", "ticket", "hangup",
};

static void push_ticket_fields(lua_State *L, const char *text)
{
    lua_newtable(L);
    const char *name, *value;
    size_t nl, vl;
    for (const char *p = text; cs_ticket_next(&p, &name, &nl, &value, &vl);) {
        if (!name) continue;
        lua_pushlstring(L, name, nl);
        lua_pushlstring(L, value, vl);
        lua_settable(L, -3);
    }
}

/* 1 if the trainee's reply logged at idx was sent while the caller was in a scripted silence
 * (call.silence: a transfer's ring-out, someone fetched to the phone) and the caller has begun a
 * line since: it was said before the question now asked, which the trainee could not yet know
 * (call.reply reads it as the answer only when it says what the step asks, lua/callsim.lua). */
static int sent_ahead(const cs_engine *e, size_t idx)
{
    if (idx >= e->log.n) return 0;
    int64_t sent = e->log.ev[idx].t_end_ms;
    int asked_since = 0;
    for (size_t i = idx + 1; i < e->log.n && !asked_since; i++)
        asked_since = e->log.ev[i].kind == CS_EV_CALLER_SAY && e->log.ev[i].t_start_ms >= sent;
    if (!asked_since) return 0;
    for (size_t i = idx; i-- > 0;) {
        const cs_event *ev = &e->log.ev[i];
        if (ev->kind == CS_EV_CALLER_SAY || ev->kind == CS_EV_DICTATE) return 0;
        if (ev->kind == CS_EV_CALLER_SILENT) return sent >= ev->t_start_ms && sent <= ev->t_end_ms;
    }
    return 0;
}

/* 1 if the trainee's message logged at idx followed a message of their own with no caller line
 * between (so a replies file timed it from that message) and a caller line has begun since it was
 * sent: it is read now as the answer to a line said after it (cs_engine_early_reply). */
static int read_after_later_line(const cs_engine *e, size_t idx)
{
    if (idx >= e->log.n) return 0;
    int64_t sent = e->log.ev[idx].t_end_ms;
    int asked_since = 0;
    for (size_t i = idx + 1; i < e->log.n && !asked_since; i++)
        asked_since = (e->log.ev[i].kind == CS_EV_CALLER_SAY || e->log.ev[i].kind == CS_EV_DICTATE)
                      && e->log.ev[i].t_start_ms >= sent;
    if (!asked_since) return 0;
    for (size_t i = idx; i-- > 0;) {
        cs_event_kind k = e->log.ev[i].kind;
        if (k == CS_EV_TRAINEE_SAY || k == CS_EV_CHOICE) return 1;
        if (k == CS_EV_CALLER_SAY || k == CS_EV_DICTATE || k == CS_EV_CALLER_SILENT || k == CS_EV_ANSWER
            || k == CS_EV_HOLD || k == CS_EV_UNHOLD || k == CS_EV_TRANSFER || k == CS_EV_ESCALATE
            || k == CS_EV_TICKET || k == CS_EV_TIMEOUT)
            return 0;
    }
    return 0;
}

void cs_engine_push_reply(cs_engine *e, lua_State *L, cs_input_kind kind, const char *text,
                          int choice, int64_t t_ms, size_t event_index)
{
    lua_newtable(L);
    lua_pushstring(L, input_kind_names[kind]);
    lua_setfield(L, -2, "kind");
    int64_t prompt_end = e->last_caller_end;
    if (event_index < e->log.n) prompt_end = e->log.ev[event_index].prompt_end_ms;
    lua_pushnumber(L, (double)(t_ms - prompt_end) / 1000.0);
    lua_setfield(L, -2, "latency");
    if (kind == CS_IN_TEXT) {
        lua_pushstring(L, text);
        lua_setfield(L, -2, "text");
        cs_push_match_fields(L, e->cfg.bank, e->expect, text);
        const cs_event *ev = event_index < e->log.n ? &e->log.ev[event_index] : NULL;
        double cpm = ev && ev->typing_start_ms >= 0 ? cs_typing_cpm(text, ev->t_end_ms - ev->typing_start_ms) : 0;
        lua_pushnumber(L, cpm);
        lua_setfield(L, -2, "cpm");
        lua_pushboolean(L, sent_ahead(e, event_index));
        lua_setfield(L, -2, "ahead");
    } else if (kind == CS_IN_CHOICE) {
        lua_pushinteger(L, choice);
        lua_setfield(L, -2, "choice");
        lua_pushstring(L, text);
        lua_setfield(L, -2, "text");
    } else if (kind == CS_IN_TRANSFER || kind == CS_IN_ESCALATE) {
        lua_pushstring(L, text);
        lua_setfield(L, -2, "target");
    } else if (kind == CS_IN_TICKET) {
        push_ticket_fields(L, text);
        lua_setfield(L, -2, "fields");
    }
}

void cs_engine_hand_reply(cs_engine *e, lua_State *L, cs_input_kind kind, const char *text,
                          int choice, int64_t t_ms, size_t event_index)
{
    cs_engine_push_reply(e, L, kind, text, choice, t_ms, event_index);
    if ((kind == CS_IN_TEXT || kind == CS_IN_CHOICE) && !e->early_reply && read_after_later_line(e, event_index))
        e->early_reply = event_index + 1;
    free(e->last_text.text);
    e->last_text = (cs_queued){ kind, NULL, choice, t_ms, event_index };
    e->has_last_text = 0;
    if (kind != CS_IN_TEXT) return;
    e->last_text.text = cs_engine_strdup(text);
    e->has_last_text = e->last_text.text != NULL;
}

static void push_timeout_reply(cs_engine *e, lua_State *L)
{
    e->has_last_text = 0;
    lua_newtable(L);
    lua_pushliteral(L, "timeout");
    lua_setfield(L, -2, "kind");
    lua_pushnumber(L, (double)(e->now - e->last_caller_end) / 1000.0);
    lua_setfield(L, -2, "latency");
}

/* A reply to hand to the script, built in protected mode: building it allocates in the Lua state,
 * and out of memory there (the scenario is at its cap) must be a script error, not a Lua panic. */
typedef struct {
    cs_engine *e;
    int timeout;
    cs_input_kind kind;
    const char *text;
    int choice;
    int64_t t_ms;
    size_t event_index;
} reply_args;

static int build_reply(lua_State *L)
{
    reply_args *a = lua_touserdata(L, 1);
    if (a->timeout) push_timeout_reply(a->e, L);
    else cs_engine_hand_reply(a->e, L, a->kind, a->text, a->choice, a->t_ms, a->event_index);
    return 1;
}

static void script_failed(cs_engine *e, const char *msg);
static void resume(cs_engine *e, int nargs);

/* Builds the reply on the main thread, moves it to the script's thread and resumes the script. */
static void deliver(cs_engine *e, const reply_args *a)
{
    lua_State *L = cs_sandbox_state(e->sb);
    if (cs_sandbox_protect(e->sb, build_reply, (void *)a, 1) != LUA_OK || !lua_checkstack(e->co, 2)) {
        char msg[600];
        cs_sandbox_error_line(e->sb, e->co, "scenario used more memory than its limit (building a reply)",
                              msg, sizeof msg);
        lua_settop(L, 0);
        script_failed(e, msg);
        return;
    }
    lua_xmove(L, e->co, 1);
    resume(e, 1);
}

/* --- ending ------------------------------------------------------------------------------------ */

/* The scenario's on_end(call, how) sees how the call ended, so it can score outcomes the engine
 * decided (patience gone, left on hold, never answered, time cap, trainee hung up). It runs once,
 * on the main thread with the budget armed; pausing functions raise an error there. */
typedef struct {
    cs_engine *e;
    int ref;
    const char *how;
} on_end_args;

/* Pushes the message handler that puts an error at the scenario's own line and function
 * (script_where.h); returns its stack index, or 0 when the stack cannot grow. */
typedef struct {
    cs_engine *e;
    lua_State *co;
    const char *outer, *msg;
    char *out;
    size_t n;
} where_args;

static int make_where_handler(lua_State *L)
{
    where_args *a = lua_touserdata(L, 1);
    cs_sandbox_push_env(a->e->sb);
    cs_script_push_msgh(L, a->e->path, a->outer, -1);
    return 1;
}

static int push_where_handler(cs_engine *e, lua_State *L, const char *outer)
{
    /* made in protected mode: the closure and its strings are allocated, and the scenario may
     * have left its heap at the cap */
    where_args a = { e, NULL, outer, NULL, NULL, 0 };
    if (!lua_checkstack(L, 4)) return 0;
    if (cs_sandbox_protect(e->sb, make_where_handler, &a, 1) != LUA_OK) { lua_pop(L, 1); return 0; }
    return lua_gettop(L);
}

/* Pushes on_end, the call table and how (in protected mode: pushing can run out of memory). */
static int push_on_end(lua_State *L)
{
    on_end_args *a = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, a->ref);
    luaL_unref(L, LUA_REGISTRYINDEX, a->ref);
    lua_rawgeti(L, LUA_REGISTRYINDEX, a->e->call_ref);
    lua_pushstring(L, a->how);
    return 3;
}

static void run_on_end(cs_engine *e, const char *how)
{
    if (e->on_end_ref == LUA_NOREF || e->script_error) return;
    lua_State *L = cs_sandbox_state(e->sb);
    on_end_args a = { e, e->on_end_ref, how };
    e->on_end_ref = LUA_NOREF;
    /* on_end is called straight from here, under the handler that names it and its line */
    int msgh = push_where_handler(e, L, "on_end");
    int rc = msgh ? cs_sandbox_protect(e->sb, push_on_end, &a, 3) : LUA_ERRMEM;
    if (rc == LUA_OK) rc = cs_sandbox_pcallh(e->sb, L, 2, 0, msgh);
    if (msgh) lua_remove(L, msgh);
    if (rc != LUA_OK) {
        char buf[1700], line[1600];
        cs_sandbox_error_line(e->sb, NULL, msgh ? cs_sandbox_error_text(L, -1) : "out of memory", line, sizeof line);
        snprintf(buf, sizeof buf, "scenario error in on_end: %s", line);
        set_str(&e->script_error, line);
        note(e, buf);
        if (msgh) lua_pop(L, 1);
    }
}

/* What on_end(call, how) is told: who ended the call. */
static const char *end_how(cs_end_kind kind)
{
    return kind == CS_END_TRAINEE_HANGUP || kind == CS_END_REJECTED ? "trainee_hangup" : "caller_hangup";
}

/* The first end counts: its kind, and reason as the text transcripts and JSON show. */
static void end_call(cs_engine *e, cs_end_kind kind, const char *reason)
{
    if (e->phase == CS_PHASE_ENDED) return;
    e->phase = CS_PHASE_ENDED;
    e->req = REQ_NONE;
    e->end_kind = kind;
    if (!e->end_reason) e->end_reason = cs_engine_strdup(reason);
    run_on_end(e, e->end_how ? e->end_how : end_how(kind));
}

static void caller_hangs_up_how(cs_engine *e, const char *why, const char *how)
{
    e->end_how = how;
    cs_event ev = { .kind = CS_EV_CALLER_HANGUP, .t_start_ms = e->now, .t_end_ms = e->now,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .text = (char *)why };
    cs_engine_log_event(e, &ev);
    end_call(e, CS_END_CALLER_HANGUP, "caller hung up");
}

static void caller_hangs_up(cs_engine *e, const char *why)
{
    cs_event ev = { .kind = CS_EV_CALLER_HANGUP, .t_start_ms = e->now, .t_end_ms = e->now,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .text = (char *)why };
    cs_engine_log_event(e, &ev);
    end_call(e, CS_END_CALLER_HANGUP, "caller hung up");
}

static void script_failed(cs_engine *e, const char *msg)
{
    char buf[600];
    snprintf(buf, sizeof buf, "scenario error: %s", msg);
    set_str(&e->script_error, msg);
    note(e, buf);
    set_str(&e->end_reason, buf);
    end_call(e, CS_END_SCRIPT_ERROR, buf);
}

/* Patience is gone: the caller says give_up (if any), then hangs up; the script is not resumed. */
static void start_give_up(cs_engine *e)
{
    e->giving_up = 0;
    e->req = REQ_GIVE_UP;
    e->req_until = e->now;
    if (!e->give_up) return;
    char style[128];
    snprintf(style, sizeof style, "voice=%s rate=%d pitch=%d volume=%d", e->info.voice,
             e->info.rate, e->info.pitch, e->info.volume);
    cs_event ev = { .kind = CS_EV_CALLER_SAY, .t_start_ms = e->now,
                    .t_end_ms = e->now + cs_speech_ms(e->give_up, e->info.rate),
                    .typing_start_ms = -1, .prompt_end_ms = -1, .text = e->give_up, .style = style };
    cs_engine_log_event(e, &ev);
    e->req_until = ev.t_end_ms;
    e->last_caller_end = ev.t_end_ms;
}

/* msg at the scenario's own line and function (script_where.h), read off co's intact stack. */
static int call_where(lua_State *L)
{
    where_args *a = lua_touserdata(L, 1);
    cs_sandbox_push_env(a->e->sb);
    cs_script_where(a->co, L, lua_gettop(L), a->e->path, a->outer, a->msg, a->out, a->n);
    return 0;
}

static void where(cs_engine *e, lua_State *co, const char *outer, const char *msg, char *out, size_t n)
{
    /* Naming the failing function reads the scenario's environment, whose __index the scenario
     * may have made raise or loop: in protected mode, or Lua panics and callsim aborts
     * (tests/hostile/env_index_on_error.lua). Failing that, the message as it is. */
    lua_State *L = cs_sandbox_state(e->sb);
    where_args a = { e, co, outer, msg, out, n };
    snprintf(out, n, "%s", msg);
    if (!lua_checkstack(co, 4)) return;
    if (cs_sandbox_protect(e->sb, call_where, &a, 0) != LUA_OK) {
        lua_pop(L, 1);
        snprintf(out, n, "%s", msg);
    }
}

/* Resumes the script with nargs values already pushed on e->co; handles what it asks next. */
static void resume(cs_engine *e, int nargs)
{
    int nres = 0;
    e->req = REQ_NONE;
    if (e->log.n >= CS_EVENTS_MAX) {
        /* waits that time out again and again log events the script did not write itself */
        char msg[600], why[120];
        snprintf(why, sizeof why, "the call logged more than %d events (a loop of waits or pauses "
                                  "without an end?)", CS_EVENTS_MAX);
        cs_sandbox_error_line(e->sb, e->co, why, msg, sizeof msg);
        e->runaway = 1;
        script_failed(e, msg);
        return;
    }
    int rc = cs_sandbox_resume(e->sb, e->co, nargs, &nres);
    if (rc == LUA_YIELD) {
        lua_pop(e->co, nres);
    } else if (rc == LUA_OK) {
        lua_pop(e->co, nres);
        if (e->hung_up) { end_call(e, CS_END_TRAINEE_HANGUP, "trainee hung up"); return; }
        e->req = REQ_POST;
        e->req_until = e->now + CS_POST_WAIT_MS;
    } else {
        char msg[1600], why[80], located[1600];
        const char *m = cs_sandbox_error_text(e->co, -1);
        if (rc == LUA_ERRMEM) {
            snprintf(why, sizeof why, "scenario used more memory than its limit (%zu MB)",
                     (e->cfg.mem_limit ? e->cfg.mem_limit : DEFAULT_MEM_LIMIT) >> 20);
            m = why;
        }
        /* at the scenario's own line and function, read off the failed thread's intact stack
         * (script_where.h); then cleaned and capped like every scenario message */
        where(e, e->co, "run", m ? m : "error without a message", located, sizeof located);
        cs_sandbox_error_line(e->sb, e->co, located, msg, sizeof msg);
        script_failed(e, msg);
        return;
    }
    if (e->req == REQ_END) {
        end_call(e, e->hung_up ? CS_END_TRAINEE_HANGUP : CS_END_CALLER_HANGUP, e->hung_up ? "trainee hung up" : "caller hung up");
        return;
    }
    /* the script's answer to an insult (its protest, then hanging up) goes before the give-up */
    if (e->insult_turn && e->req == REQ_SAY) return;
    if (e->patience <= 0 && e->phase == CS_PHASE_TALKING) {
        /* let the line the script just started finish first */
        if (e->req == REQ_SAY) e->giving_up = 1;
        else start_give_up(e);
    }
}

/* --- loading ------------------------------------------------------------------------------------ */

static int load_helpers(cs_engine *e, char *err, size_t errlen)
{
    char path[4096];
    cs_data_path("lua/callsim.lua", path, sizeof path);
    return cs_sandbox_dofile_env(e->sb, path, err, errlen) == LUA_OK ? 0 : -1;
}

static int call_seed(lua_State *L)
{
    cs_engine *e = lua_touserdata(L, 1);
    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, (lua_Integer)(e->cfg.seed & 0x7fffffffffffffffULL));
    lua_call(L, 1, 0);
    return 0;
}

static int seed_rng(cs_engine *e)
{
    int rc = cs_sandbox_protect(e->sb, call_seed, e, 0);
    if (rc != LUA_OK) lua_pop(cs_sandbox_state(e->sb), 1);
    return rc;
}

/* Reads the returned table (below ud on the stack) in protected mode: its fields can come from
 * __index or __len, which can raise or loop. */
typedef struct {
    cs_engine *e;
    char *err;
    size_t errlen;
    int rc;
} read_args;

static int read_returned_table(lua_State *L)
{
    read_args *a = lua_touserdata(L, 1);
    lua_pushvalue(L, 2);
    a->rc = cs_scenario_read_table(a->e, L, a->err, a->errlen);
    return 0;
}

static int load_scenario(cs_engine *e, char *err, size_t errlen)
{
    size_t len;
    char *buf = cs_read_file(e->path, 4u << 20, &len, err, errlen);
    if (!buf) return -1;
    if (len >= 4 && memcmp(buf, LUA_SIGNATURE, 4) == 0) {
        free(buf);
        snprintf(err, errlen, "%s:1: precompiled Lua (bytecode) is not allowed; give the .lua source", e->path);
        return -1;
    }
    lua_State *L = cs_sandbox_state(e->sb);
    int rc = cs_sandbox_load(e->sb, buf, len, e->path);
    if (rc == LUA_OK) {
        int msgh = push_where_handler(e, L, "main chunk");
        if (!msgh) {
            lua_pop(L, 1);
            lua_pushliteral(L, "out of memory");
            rc = LUA_ERRMEM;
        } else {
            lua_insert(L, -2); /* handler below the chunk */
            msgh = lua_gettop(L) - 1;
            rc = cs_sandbox_pcallh(e->sb, L, 0, 1, msgh);
            lua_remove(L, msgh);
        }
    }
    read_args a = { e, err, errlen, 0 };
    if (rc == LUA_OK) {
        /* stack: table → read_returned_table(ud, table) in protected mode */
        lua_pushcfunction(L, read_returned_table);
        lua_insert(L, -2);
        lua_pushlightuserdata(L, &a);
        lua_insert(L, -2);
        e->src = buf;
        e->src_len = len;
        rc = cs_sandbox_pcall(e->sb, L, 2, 0);
        e->src = NULL;
        if (rc == LUA_OK) { free(buf); return a.rc; }
    }
    free(buf);
    const char *m = rc == LUA_ERRMEM ? "scenario used more memory than its limit" : cs_sandbox_error_text(L, -1);
    cs_sandbox_error_line(e->sb, NULL, m, err, errlen);
    lua_pop(L, 1);
    return -1;
}

static int open_api(lua_State *L)
{
    cs_scenario_api_open(lua_touserdata(L, 1), L);
    cs_speaker_api_open(lua_touserdata(L, 1), L);
    return 0;
}

cs_engine *cs_engine_new(const cs_engine_config *cfg, char *err, size_t errlen)
{
    cs_engine *e = calloc(1, sizeof *e);
    if (!e) { snprintf(err, errlen, "out of memory"); return NULL; }
    e->cfg = *cfg;
    e->path = cs_engine_strdup(cfg->scenario_path);
    e->co_ref = e->run_ref = e->call_ref = e->on_end_ref = LUA_NOREF;
    e->typing_at = -1;
    e->max_hold_ms = CS_HOLD_GIVE_UP_MS;
    e->last_caller_end = e->last_trainee = 0;
    e->early_reply = 0;
    cs_log_init(&e->log);
    double cpu = cfg->cpu_limit_s > 0 ? cfg->cpu_limit_s : 2.0;
    cs_sandbox_limits lim = { cfg->mem_limit ? cfg->mem_limit : DEFAULT_MEM_LIMIT, cpu, INSTR_LIMIT,
                              cpu * 2 < CS_TOTAL_LIMIT_S ? cpu * 2 : CS_TOTAL_LIMIT_S };
    e->sb = cs_sandbox_new(&lim);
    if (!e->path || !e->sb) { snprintf(err, errlen, "out of memory"); cs_engine_free(e); return NULL; }
    if (cs_sandbox_protect(e->sb, open_api, e, 0) != LUA_OK) {
        snprintf(err, errlen, "out of memory");
        cs_engine_free(e);
        return NULL;
    }
    if (seed_rng(e) != LUA_OK || load_helpers(e, err, errlen) || load_scenario(e, err, errlen)) {
        if (!err[0]) snprintf(err, errlen, "%s: cannot set up the scenario", cfg->scenario_path);
        cs_engine_free(e);
        return NULL;
    }
    return e;
}

static void free_queue(cs_engine *e)
{
    for (size_t i = 0; i < e->n_queue; i++) free(e->queue[i].text);
    free(e->queue);
    free(e->last_text.text);
    e->queue = NULL;
    e->n_queue = 0;
}

void cs_engine_free(cs_engine *e)
{
    if (!e) return;
    e->closing = 1;
    cs_sandbox_free(e->sb);
    for (size_t i = 0; i < e->n_owned; i++) free(e->owned[i]);
    free(e->owned);
    free(e->items);
    free((void *)e->info.history);
    cs_desk_free(e);
    cs_log_free(&e->log);
    free(e->expect);
    for (size_t i = 0; i < e->n_options; i++) free(e->options[i]);
    free(e->options);
    free(e->prompt);
    free(e->hint);
    free(e->end_reason);
    free(e->script_error);
    free(e->path);
    free_queue(e);
    free(e);
}

const cs_scenario_info *cs_engine_info(const cs_engine *e) { return &e->info; }

/* --- time ----------------------------------------------------------------------------------- */

static void ring(cs_engine *e)
{
    e->rings++;
    cs_event ev = { .kind = CS_EV_RING, .t_start_ms = e->now, .t_end_ms = e->now + 1000,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .n = e->rings };
    cs_engine_log_event(e, &ev);
}

void cs_engine_start(cs_engine *e, int64_t now_ms)
{
    if (e->phase != CS_PHASE_READY) return;
    e->now = e->offered_at = now_ms;
    e->last_caller_end = e->last_trainee = now_ms;
    e->phase = CS_PHASE_RINGING;
    ring(e);
}

/* One step of the ringing phase; returns the next wake time or -1 when it moved on. */
static int64_t step_ringing(cs_engine *e, int64_t now)
{
    int64_t give_up = e->offered_at + (int64_t)e->max_rings * CS_RING_PERIOD_MS;
    int64_t next_ring = e->offered_at + (int64_t)e->rings * CS_RING_PERIOD_MS;
    if (e->rings >= e->max_rings || next_ring >= give_up) {
        if (now < give_up) return give_up;
        e->now = give_up;
        char why[80];
        snprintf(why, sizeof why, "nobody answered after %d rings", e->rings);
        caller_hangs_up_how(e, why, "not_answered");
        return -1;
    }
    if (now < next_ring) return next_ring;
    e->now = next_ring;
    ring(e);
    return -1;
}

void cs_engine_typing(cs_engine *e, int64_t now_ms)
{
    if (e->phase == CS_PHASE_ENDED) return;
    if (now_ms > e->typing_at) e->typing_at = now_ms;
}

/* When the wait times out: its own deadline, or later while the trainee is typing. */
static int64_t wait_deadline(const cs_engine *e)
{
    int64_t typed = e->typing_at >= 0 ? e->typing_at + CS_TYPING_GRACE_MS : -1;
    return typed > e->req_until ? typed : e->req_until;
}

static int64_t step_waiting(cs_engine *e, int64_t now)
{
    if (e->on_hold) {
        int64_t give_up = e->hold_started + e->max_hold_ms;
        if (now < give_up) return give_up;
        e->now = give_up;
        caller_hangs_up_how(e, "caller left on hold too long", "hold_too_long");
        return -1;
    }
    int64_t deadline = wait_deadline(e);
    if (now < deadline) return deadline;
    e->now = deadline;
    e->typing_at = -1;  /* what was typed is for a wait that is over */
    if (!e->wait_beat) { /* a beat left for the trainee to go on (call.more) misses no reply */
        cs_event ev = { .kind = CS_EV_TIMEOUT, .t_start_ms = e->now, .t_end_ms = e->now,
                        .typing_start_ms = -1, .prompt_end_ms = e->last_caller_end, .expect = e->expect };
        cs_engine_log_event(e, &ev);
    }
    reply_args a = { .e = e, .timeout = 1 };
    deliver(e, &a);
    return -1;
}

/* One step of the talking phase; returns the next wake time or -1 when something happened. */
static int64_t step_talking(cs_engine *e, int64_t now)
{
    int64_t cap = e->offered_at + CS_CALL_CAP_MS;
    if (now >= cap && e->now <= cap) {
        e->now = cap;
        note(e, "the call reached 30 minutes and was ended");
        caller_hangs_up_how(e, "call time limit", "time_limit");
        return -1;
    }
    switch (e->req) {
    case REQ_SAY:
    case REQ_SILENCE:
        if (now < e->req_until) return e->req_until;
        e->now = e->req_until;
        if (e->giving_up) start_give_up(e);
        else resume(e, 0);
        return -1;
    case REQ_GIVE_UP:
        if (now < e->req_until) return e->req_until;
        e->now = e->req_until;
        caller_hangs_up_how(e, "caller ran out of patience", "caller_gave_up");
        return -1;
    case REQ_WAIT:
        return step_waiting(e, now);
    case REQ_POST:
        if (now < e->req_until) return e->req_until;
        e->now = e->req_until;
        caller_hangs_up(e, "caller hung up after the conversation");
        return -1;
    default:
        end_call(e, CS_END_STOPPED, "scenario stopped");
        return -1;
    }
}

int64_t cs_engine_advance(cs_engine *e, int64_t now)
{
    for (;;) {
        int64_t wake;
        if (e->phase == CS_PHASE_ENDED || e->phase == CS_PHASE_READY) return INT64_MAX;
        if (e->phase == CS_PHASE_RINGING) wake = step_ringing(e, now);
        else wake = step_talking(e, now);
        if (wake < 0) continue;
        if (now > e->now) e->now = now;
        int64_t cap = e->offered_at + CS_CALL_CAP_MS;
        return wake < cap ? wake : cap;
    }
}

/* --- trainee input --------------------------------------------------------------------------- */

/* Valid UTF-8 without control characters, at most CS_TEXT_MAX_CHARS code points. */
static char *clean_text(const char *s, int *truncated)
{
    return cs_text_clean(s, strlen(s), CS_TEXT_MAX_CHARS, truncated);
}

/* "a=1 b=2 3" → "a=1\nb=2 3": a value runs until the next word that holds '='. */
static char *ticket_lines(const char *s)
{
    char *out = cs_engine_strdup(s);
    if (!out) return NULL;
    for (char *p = out; *p; p++) {
        if (*p != ' ') continue;
        char *q = p;
        while (*q == ' ') q++;
        char *sp = strchr(q, ' ');
        char *eq = strchr(q, '=');
        if (eq && (!sp || eq < sp)) *p = '\n';
    }
    return out;
}

/* The ticket's lines with each field NAME in simplified characters, as the matcher reads values
 * (OpenCC t2s, cs_reply_simplified): 業務= is 业务=, so a form's fields are found however the
 * trainee's input method writes them; values stay as typed. NULL when out of memory. */
static char *ticket_names_simplified(const cs_phrase_bank *bank, const char *lines)
{
    size_t cap = strlen(lines) * 2 + 16, n = 0;
    char *out = malloc(cap);
    if (!out) return NULL;
    const char *name, *value;
    size_t nl, vl;
    for (const char *p = lines; cs_ticket_next(&p, &name, &nl, &value, &vl);) {
        char *raw = name ? strndup(name, nl) : NULL;
        char *simp = raw ? cs_reply_simplified(bank, raw) : NULL;
        free(raw);
        if (name && !simp) { free(out); return NULL; }
        size_t sn = simp ? strlen(simp) : 0, need = n + sn + 1 + vl + 2;
        if (need > cap) {
            char *grown = realloc(out, need * 2);
            if (!grown) { free(simp); free(out); return NULL; }
            out = grown;
            cap = need * 2;
        }
        if (n) out[n++] = '\n';
        if (simp) { memcpy(out + n, simp, sn); n += sn; out[n++] = '='; }
        memcpy(out + n, value, vl);
        n += vl;
        free(simp);
    }
    out[n] = '\0';
    return out;
}

static int ignore(cs_engine *e, const char *why)
{
    note(e, why);
    return 1;
}

/* The caller's patience after a reply; returns 1 when the reply insults the caller. The insult is
 * the bank's verdict on the reply itself (cs_reply_taboo), whatever phrase was expected: an
 * unexpected phrase does not hide it. */
static int adjust_patience(cs_engine *e, const cs_event *ev)
{
    cs_match m, t;
    memset(&m, 0, sizeof m);
    memset(&t, 0, sizeof t);
    cs_prepared *p = cs_prepare_reply(e->cfg.bank, ev->text);  /* read once for both questions */
    if (p && ev->expect) cs_prepared_is_phrase(p, ev->expect, &m);
    if (p && !ev->expect) cs_prepared_taboo(p, &m);
    if (p) cs_prepared_taboo(p, &t);
    cs_prepared_free(p);
    int d = 0;
    int64_t began = ev->typing_start_ms >= 0 && ev->typing_start_ms < ev->t_end_ms ? ev->typing_start_ms : ev->t_end_ms;
    if (began - ev->prompt_end_ms > e->info.rubric.latency_limit_ms) d -= 10;  /* dead air, not typing */
    if (t.insult) d -= 50;
    else if (m.n_taboo) d -= 25;
    if (ev->expect && m.match) d += 5;
    e->patience += d;
    if (e->patience > 100) e->patience = 100;
    if (e->patience < 0) e->patience = 0;
    return t.insult != 0;
}

static int queue_input(cs_engine *e, const cs_input *in, const char *text, size_t idx)
{
    cs_queued *grown = realloc(e->queue, (e->n_queue + 1) * sizeof *grown);
    if (!grown) return ignore(e, "out of memory: action dropped");
    e->queue = grown;
    e->queue[e->n_queue++] = (cs_queued){ in->kind, cs_engine_strdup(text), in->choice, in->t_ms, idx };
    return 0;
}

static int new_script_thread(lua_State *L)
{
    cs_engine *e = lua_touserdata(L, 1);
    e->co = lua_newthread(L);
    e->co_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

static int answer(cs_engine *e, const cs_input *in)
{
    cs_event ev = { .kind = CS_EV_ANSWER, .t_start_ms = in->t_ms, .t_end_ms = in->t_ms,
                    .typing_start_ms = -1, .prompt_end_ms = e->offered_at, .n = e->rings };
    cs_engine_log_event(e, &ev);
    e->phase = CS_PHASE_TALKING;
    e->last_trainee = in->t_ms;
    e->last_caller_end = in->t_ms;
    /* start run(call) on its own thread, with the budget hook armed on that thread */
    lua_State *L = cs_sandbox_state(e->sb);
    if (cs_sandbox_protect(e->sb, new_script_thread, e, 0) != LUA_OK) {
        lua_pop(L, 1);
        char msg[300];
        snprintf(msg, sizeof msg, "%s:1: scenario used more memory than its limit (starting run)", e->path);
        script_failed(e, msg);
        return 0;
    }
    lua_rawgeti(e->co, LUA_REGISTRYINDEX, e->run_ref);
    lua_rawgeti(e->co, LUA_REGISTRYINDEX, e->call_ref);
    resume(e, 1);
    return 0;
}

static int while_ringing(cs_engine *e, const cs_input *in)
{
    if (in->kind == CS_IN_ANSWER) return answer(e, in);
    if (in->kind == CS_IN_HANGUP) {
        cs_event ev = { .kind = CS_EV_HANGUP, .t_start_ms = in->t_ms, .t_end_ms = in->t_ms,
                        .typing_start_ms = -1, .prompt_end_ms = e->offered_at };
        cs_engine_log_event(e, &ev);
        e->hung_up = 1;
        end_call(e, CS_END_REJECTED, "trainee rejected the call");
        return 0;
    }
    return ignore(e, "the phone is still ringing: answer first (/answer); action ignored");
}

/* The builders of a trainee action's event, one a kind of input (event_makers): each fills in ev
 * (its times already set by make_event) and returns 0, or returns 1 when the action is not possible
 * now, ignore() having noted why. Text the event carries that the engine made is put in *owned
 * (the caller frees it once the event is logged). */
typedef int (*event_maker)(cs_engine *e, const cs_input *in, cs_event *ev, char **owned);

/* When a typed reply or ticket began: its first keystroke, or the moment it was sent if unknown. */
static int64_t typing_began(const cs_input *in)
{
    return in->typing_start_ms >= 0 ? in->typing_start_ms : in->t_ms;
}

/* A typed reply: cleaned (cut to CS_TEXT_MAX_CHARS, noted), and the phrase a wait expects. */
static int reply_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    int truncated = 0;
    if (!in->text || !*in->text) return ignore(e, "empty reply ignored");
    ev->kind = CS_EV_TRAINEE_SAY;
    *owned = clean_text(in->text, &truncated);
    if (truncated) note(e, "reply cut to 2000 characters");
    ev->text = *owned;
    ev->typing_start_ms = typing_began(in);
    ev->expect = e->req == REQ_WAIT ? e->expect : NULL;
    e->typing_at = -1;  /* sent: the typing is over */
    return 0;
}

/* A choice: only while a wait offers options, and only one of them (1-based). */
static int choice_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    if (e->req != REQ_WAIT || e->n_options == 0) return ignore(e, "no choice is offered now; action ignored");
    if (in->choice < 1 || (size_t)in->choice > e->n_options) return ignore(e, "no such choice; action ignored");
    ev->kind = CS_EV_CHOICE;
    ev->n = in->choice;
    ev->text = e->options[in->choice - 1];
    return 0;
}

static int hold_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    if (e->on_hold) return ignore(e, "the caller is already on hold; action ignored");
    ev->kind = CS_EV_HOLD;
    return 0;
}

static int unhold_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    if (!e->on_hold) return ignore(e, "the caller is not on hold; action ignored");
    ev->kind = CS_EV_UNHOLD;
    return 0;
}

/* A transfer or an escalation: its target cleaned and in simplified characters, as ticket field
 * names (專項處理部 is 专项处理部: the desk the trainee named, whatever the input method writes;
 * calls30), "?" when none was named. */
static int handover_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    int truncated = 0;
    ev->kind = in->kind == CS_IN_TRANSFER ? CS_EV_TRANSFER : CS_EV_ESCALATE;
    char *clean = clean_text(in->text && *in->text ? in->text : "?", &truncated);
    if (!clean) return ignore(e, "out of memory: action dropped");
    /* unconverted, the target would be logged as typed and read as another desk: drop the action instead */
    char *simple = cs_reply_simplified(e->cfg.bank, clean);
    free(clean);
    if (!simple) return ignore(e, "out of memory: action dropped");
    *owned = simple;
    ev->arg = *owned;
    return 0;
}

/* A ticket "f=v f=v": cleaned, one field a line, field names in simplified characters; NULL when
 * out of memory. */
static char *ticket_arg(const cs_engine *e, const char *text)
{
    int truncated = 0;
    char *clean = clean_text(text, &truncated);
    char *lines = clean ? ticket_lines(clean) : NULL;
    char *arg = lines ? ticket_names_simplified(e->cfg.bank, lines) : NULL;
    free(lines);
    free(clean);
    return arg;
}

static int ticket_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    if (!in->text || !strchr(in->text, '=')) return ignore(e, "a ticket needs FIELD=VALUE; action ignored");
    ev->kind = CS_EV_TICKET;
    *owned = ticket_arg(e, in->text);
    ev->arg = *owned;
    ev->typing_start_ms = typing_began(in);
    e->typing_at = -1;  /* filed: the typing is over, the next wait gets no grace from it */
    return 0;
}

static int hangup_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    ev->kind = CS_EV_HANGUP;
    return 0;
}

/* A kind of input without a builder (answer: the call is already answered) is ignored. */
static const event_maker event_makers[] = {
    [CS_IN_TEXT] = reply_event,         [CS_IN_CHOICE] = choice_event,
    [CS_IN_HOLD] = hold_event,          [CS_IN_UNHOLD] = unhold_event,
    [CS_IN_TRANSFER] = handover_event,  [CS_IN_ESCALATE] = handover_event,
    [CS_IN_TICKET] = ticket_event,      [CS_IN_HANGUP] = hangup_event,
};

/* Builds the event for a trainee action; 1 when the action is not possible now. */
static int make_event(cs_engine *e, const cs_input *in, cs_event *ev, char **owned)
{
    *owned = NULL;
    ev->t_start_ms = ev->t_end_ms = in->t_ms;
    ev->typing_start_ms = -1;
    /* Latency is dead air on the line: since the caller's last line or the trainee's own last
     * action, whichever is later. */
    int64_t since = e->last_caller_end > e->last_trainee ? e->last_caller_end : e->last_trainee;
    ev->prompt_end_ms = since < in->t_ms ? since : in->t_ms;
    size_t kind = (size_t)in->kind;
    if (kind >= sizeof event_makers / sizeof *event_makers || !event_makers[kind])
        return ignore(e, "already answered; action ignored");
    return event_makers[kind](e, in, ev, owned);
}

static void apply_hold(cs_engine *e, const cs_event *ev)
{
    if (ev->kind == CS_EV_HOLD) {
        e->on_hold = 1;
        e->hold_started = ev->t_start_ms;
        if (e->req == REQ_WAIT) e->wait_remaining = e->req_until - ev->t_start_ms;
    } else if (ev->kind == CS_EV_UNHOLD) {
        e->on_hold = 0;
        if (e->req == REQ_WAIT) e->req_until = ev->t_start_ms + (e->wait_remaining > 5000 ? e->wait_remaining : 5000);
    }
}

/* Brings the engine to the input's moment. The key that sends a typed reply (or ticket) is its
 * typing's last keystroke: one being typed when the wait's time ran out and sent at that very moment
 * is in time, as one sent a moment later is (README "Typing at the standard's pace"; the window and a
 * replies file alike). Also when the engine already stands at that keystroke's millisecond (a frame,
 * an ignored action): advancing there is then nothing, the keystroke still counts. */
static void advance_to_input(cs_engine *e, const cs_input *in)
{
    int typed = (in->kind == CS_IN_TEXT || in->kind == CS_IN_TICKET) && in->typing_start_ms >= 0;
    if (typed && in->typing_start_ms < in->t_ms && in->t_ms - 1 >= e->now) {
        cs_engine_advance(e, in->t_ms - 1);
        if (e->phase == CS_PHASE_TALKING && e->req == REQ_WAIT) cs_engine_typing(e, in->t_ms - 1);
    }
    cs_engine_advance(e, in->t_ms);
}

/* Logs the trainee's action as an event and applies what it does at once (the caller's patience,
 * a hold). *text_copy gets the reply's text, or the ticket's or target's argument, owned by the
 * caller; *idx the event's place in the log. 1 when the input makes no event. */
static int log_action(cs_engine *e, const cs_input *at, cs_event *ev, char **text_copy, size_t *idx)
{
    char *owned;
    if (make_event(e, at, ev, &owned)) return 1;
    const cs_event *logged = cs_engine_log_event(e, ev);
    *idx = e->log.n - 1;
    e->last_trainee = at->t_ms;
    if (logged && ev->kind == CS_EV_TRAINEE_SAY) e->insult_turn = adjust_patience(e, logged);
    else if (ev->kind == CS_EV_TRAINEE_SAY) e->insult_turn = 0;
    apply_hold(e, ev);
    const char *text = ev->kind == CS_EV_TICKET || ev->kind == CS_EV_TRANSFER || ev->kind == CS_EV_ESCALATE
                       ? ev->arg : ev->text;
    *text_copy = cs_engine_strdup(text);
    free(owned);   /* (ev's strings may point into it: only its kind is read after this) */
    return 0;
}

/* Hands the logged action (its kind, text and log index) to what the script stands at: the caller
 * giving up, a wait for the trainee, the call's last moments, a line being spoken (a hang-up cuts
 * it off), else the queue for the script's next wait. */
static void route_action(cs_engine *e, const cs_input *at, cs_event_kind kind, char *text_copy, size_t idx)
{
    if (kind == CS_EV_HANGUP) e->hung_up = 1;
    if (e->req == REQ_GIVE_UP) {
        if (kind == CS_EV_HANGUP) end_call(e, CS_END_TRAINEE_HANGUP, "trainee hung up");
    } else if (e->patience <= 0 && kind == CS_EV_TRAINEE_SAY && e->req != REQ_POST && !e->insult_turn) {
        /* that reply was the last straw: the caller gives up instead of answering (an insult is
         * answered as an insult: the script sees it, its insult rule fails the call, issue #11) */
        if (e->req == REQ_SAY) e->giving_up = 1;
        else start_give_up(e);
    } else if (e->req == REQ_WAIT) {
        if (kind == CS_EV_HANGUP) e->hangup_delivered = 1;
        reply_args a = { e, 0, at->kind, text_copy, at->choice, at->t_ms, idx };
        deliver(e, &a);
    } else if (e->req == REQ_POST) {
        if (kind == CS_EV_HANGUP) end_call(e, CS_END_TRAINEE_HANGUP, "trainee hung up");
        else e->req_until = at->t_ms + CS_POST_WAIT_MS;
    } else if (kind == CS_EV_HANGUP) {
        /* cut off mid-line: the pausing call returns at once; the script's next wait reports
         * the hang-up, so it can still score before the call ends */
        note(e, "the trainee hung up while the caller was speaking");
        resume(e, 0);
    } else {
        queue_input(e, at, text_copy, idx);
    }
}

int cs_engine_input(cs_engine *e, const cs_input *in)
{
    advance_to_input(e, in);
    if (e->phase == CS_PHASE_ENDED) return 1;
    if (e->phase == CS_PHASE_READY) return 1;
    cs_input at = *in;
    if (at.t_ms < e->now) at.t_ms = e->now;
    if (e->phase == CS_PHASE_RINGING) return while_ringing(e, &at);
    cs_event ev = { 0 };
    char *text_copy = NULL;
    size_t idx = 0;
    if (log_action(e, &at, &ev, &text_copy, &idx)) return 1;
    route_action(e, &at, ev.kind, text_copy, idx);
    free(text_copy);
    return 0;
}

void cs_engine_abort(cs_engine *e, int64_t now_ms, const char *reason)
{
    if (e->phase == CS_PHASE_ENDED) return;
    if (now_ms > e->now) e->now = now_ms;
    note(e, reason);
    end_call(e, CS_END_ABORTED, reason);
}

/* --- state ------------------------------------------------------------------------------------ */

cs_phase cs_engine_phase(const cs_engine *e) { return e->phase; }
int64_t cs_engine_now(const cs_engine *e) { return e->now; }
int cs_engine_rings(const cs_engine *e) { return e->rings; }
int cs_engine_patience(const cs_engine *e) { return e->patience; }
int cs_engine_on_hold(const cs_engine *e) { return e->on_hold; }
int cs_engine_waiting(const cs_engine *e) { return e->phase == CS_PHASE_TALKING && e->req == REQ_WAIT; }
const char *cs_engine_expect(const cs_engine *e) { return cs_engine_waiting(e) ? e->expect : NULL; }
const char *cs_engine_choice_prompt(const cs_engine *e) { return e->prompt; }
const char *cs_engine_hint(const cs_engine *e) { return e->hint; }
int64_t cs_engine_last_caller_end(const cs_engine *e) { return e->last_caller_end; }
int64_t cs_engine_last_trainee(const cs_engine *e) { return e->last_trainee; }
size_t cs_engine_early_reply(const cs_engine *e) { return e->early_reply ? e->early_reply - 1 : SIZE_MAX; }
const cs_call_log *cs_engine_log(const cs_engine *e) { return &e->log; }
const char *cs_engine_end_reason(const cs_engine *e) { return e->end_reason; }
cs_end_kind cs_engine_end_kind(const cs_engine *e) { return e->end_kind; }
const char *cs_engine_script_error(const cs_engine *e) { return e->script_error; }
int cs_engine_runaway(const cs_engine *e)
{
    return e->runaway || cs_sandbox_exhausted(e->sb);
}

double cs_engine_lua_seconds(const cs_engine *e) { return cs_sandbox_seconds(e->sb); }

size_t cs_engine_choices(const cs_engine *e, const char *const **options)
{
    if (!cs_engine_waiting(e)) { *options = NULL; return 0; }
    *options = (const char *const *)e->options;
    return e->n_options;
}

void cs_engine_set_zh(cs_engine *e, int zh)
{
    e->info.rubric.zh = zh;
}

int cs_engine_grade(const cs_engine *e, cs_grade *g)
{
    return cs_grade_call(e->cfg.bank, &e->log, &e->info.rubric, g);
}
