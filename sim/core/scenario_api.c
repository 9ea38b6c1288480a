/* The Lua side of a scenario: the `call`, `score` and `phrase` libraries (one luaL_Reg table each)
 * and the reading of the table a scenario file returns. Functions that pause the script set the
 * engine's request and yield; the engine resumes the thread when the request is done. Every
 * argument is checked, and a bad one is named (luaL_argerror) with the scenario's file and line. */
#include "engine_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "answer_credit.h"
#include "caller_address.h"
#include "dictation.h"
#include "phrase_match.h"
#include "reply_query.h"
#include "ends_call.h" /* tidy32 */
#include "text_norm.h"

static const char ENGINE_KEY = 'E';

static cs_engine *engine_of(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &ENGINE_KEY);
    cs_engine *e = lua_touserdata(L, -1);
    lua_pop(L, 1);
    /* Once the engine is being freed, nothing of it may be touched from Lua (a finalizer or any
     * other late call would reach freed state). */
    if (!e || e->closing) luaL_error(L, "the call is closed: call, score and phrase can no longer be used");
    return e;
}

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

/* Pausing functions may only run inside run(), on the scenario's thread, during the call. */
static cs_engine *pausing_engine(lua_State *L, const char *fn)
{
    cs_engine *e = engine_of(L);
    if (L != e->co || e->phase != CS_PHASE_TALKING)
        luaL_error(L, "call.%s can only be used inside run() during the call", fn);
    return e;
}

/* After the trainee hung up, a pausing call ends the script (the wait that reports the hang-up
 * is the exception, handled in call_wait). */
static int end_script(lua_State *L, cs_engine *e)
{
    e->req = REQ_END;
    return lua_yield(L, 0);
}

/* A string argument, and only a string: luaL_checkstring would turn call.say(42) into "42" and a
 * trainer's slip (a number, a variable holding a table's id) into a line nobody meant. Refused as
 * Lua refuses a wrong type: "bad argument #1 to 'call.say' (string expected, got number)". */
static const char *strict_string(lua_State *L, int arg, size_t *len)
{
    if (lua_type(L, arg) != LUA_TSTRING) luaL_typeerror(L, arg, "string");
    return lua_tolstring(L, arg, len);
}

/* A number argument, and only a number: luaL_checknumber would take the string "50" as 50. */
static double strict_number(lua_State *L, int arg)
{
    if (lua_type(L, arg) != LUA_TNUMBER) luaL_typeerror(L, arg, "number");
    return lua_tonumber(L, arg);
}

static lua_Integer strict_integer(lua_State *L, int arg)
{
    if (lua_type(L, arg) != LUA_TNUMBER) luaL_typeerror(L, arg, "number");
    return luaL_checkinteger(L, arg);
}

/* The text gate (text_gate.h) for a string argument that enters the call log: valid UTF-8, no
 * control characters, at most max characters; the string stays referenced by the argument slot. */
static const char *gate_text(lua_State *L, int arg, size_t max)
{
    size_t len;
    const char *s = strict_string(L, arg, &len);
    char why[80];
    if (cs_text_check(s, len, max, why, sizeof why)) luaL_argerror(L, arg, why);
    return s;
}

static const char *check_text(lua_State *L, int arg)
{
    return gate_text(L, arg, CS_TEXT_MAX_CHARS);
}

static const char *opt_text(lua_State *L, int arg, const char *def)
{
    return lua_isnoneornil(L, arg) ? def : check_text(L, arg);
}

/* A virtual-time pause of s seconds in ms: at least CS_MIN_STEP_MS, so that every pause moves the
 * clock (a 0 ms pause re-armed the per-pause budget while time stood still). */
static int64_t pause_ms(double s)
{
    double ms = s * 1000.0;
    return ms < CS_MIN_STEP_MS ? CS_MIN_STEP_MS : (int64_t)(ms + 0.5);
}

static int opt_int_field(lua_State *L, int t, const char *k, int def, int lo, int hi, int arg)
{
    if (t == 0) return def;
    lua_getfield(L, t, k);
    int v = def;
    if (!lua_isnil(L, -1)) {
        if (!lua_isnumber(L, -1))
            luaL_argerror(L, arg, lua_pushfstring(L, "field '%s' must be a number", k));
        double d = lua_tonumber(L, -1);
        if (!isfinite(d)) luaL_argerror(L, arg, lua_pushfstring(L, "field '%s' must be a finite number", k));
        v = d < lo ? lo : d > hi ? hi : (int)d;
    }
    lua_pop(L, 1);
    return v;
}

int cs_voice_known(const char *name, size_t len)
{
    static const char *const known[] = { "cmn-latn-pinyin", "cmn", "yue", "en-us", "en", "en-gb", NULL };
    for (const char *const *k = known; *k; k++)
        if (strlen(*k) == len && memcmp(*k, name, len) == 0) return 1;
    return 0;
}

/* Builds "voice=.. rate=.. pitch=.. volume=.." from the caller defaults and opts at index t. */
static void caller_style(lua_State *L, cs_engine *e, int t, int arg, char *buf, size_t len, int *rate)
{
    /* copied while the string is still on the stack: an __index may have made it, and nothing
     * else references it once popped */
    char voice[32];
    snprintf(voice, sizeof voice, "%s", e->info.voice);
    if (t) {
        lua_getfield(L, t, "voice");
        if (!lua_isnil(L, -1)) {
            size_t vl = 0;
            const char *v = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &vl) : NULL;
            if (!v || !cs_voice_known(v, vl))
                luaL_argerror(L, arg, "unknown voice (use cmn-latn-pinyin, yue or en-us)");
            snprintf(voice, sizeof voice, "%s", v);
        }
        lua_pop(L, 1);
    }
    /* espeak-ng keeps parameters across lines and takes them unclamped: clamp and send all. */
    *rate = opt_int_field(L, t, "rate", e->info.rate, 80, 450, arg);
    int pitch = opt_int_field(L, t, "pitch", e->info.pitch, 0, 100, arg);
    int volume = opt_int_field(L, t, "volume", e->info.volume, 0, 100, arg);
    snprintf(buf, len, "voice=%s rate=%d pitch=%d volume=%d", voice, *rate, pitch, volume);
}

static int opts_index(lua_State *L, int arg)
{
    if (lua_isnoneornil(L, arg)) return 0;
    luaL_checktype(L, arg, LUA_TTABLE);
    return arg;
}

/* call.ring(): the engine rings before run() starts and starts it on the answer. */
static int call_ring(lua_State *L)
{
    cs_engine *e = engine_of(L);
    lua_pushboolean(L, e->phase == CS_PHASE_TALKING);
    lua_pushinteger(L, e->rings);
    return 2;
}

/* How long the caller takes to dictate value: its spoken form at dictation speed, or -1. */
static int64_t dictation_ms(const char *value, int rate)
{
    char *spoken = cs_dictation_speech(value);
    if (!spoken) return -1;
    int64_t ms = cs_speech_ms(spoken, cs_dictation_rate(rate));
    free(spoken);
    return ms;
}

static int speak(lua_State *L, cs_event_kind kind, const char *field, const char *text, int opt_arg)
{
    cs_engine *e = pausing_engine(L, kind == CS_EV_DICTATE ? "dictate" : "say");
    char style[160];
    int rate;
    caller_style(L, e, opts_index(L, opt_arg), opt_arg, style, sizeof style, &rate);
    if (e->hung_up) return end_script(L, e);
    /* dictation is slow, clear and in chunks, so the trainee can type along (dictation.h) */
    int64_t dur = kind == CS_EV_DICTATE ? dictation_ms(text, rate) : cs_speech_ms(text, rate);
    if (dur < 0) return luaL_error(L, "out of memory");
    cs_event ev = { .kind = kind, .t_start_ms = e->now, .t_end_ms = e->now + dur,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .text = (char *)text,
                    .arg = (char *)field, .style = style };
    cs_engine_log_script_event(e, L, &ev);
    e->last_caller_end = ev.t_end_ms;
    e->req = REQ_SAY;
    e->req_until = ev.t_end_ms;
    return lua_yield(L, 0);
}

/* call.say's opts.desk: the desk the call was handed to speaks this line (its answer or its
 * hand-back), not the caller; logged as the line's arg, so the grader can tell a desk that took the
 * call from the caller talking on (call_grade.c desk_answered_between). NULL when not given; the
 * string stays on the stack for the line. */
static const char *say_desk(lua_State *L, int opt_arg)
{
    if (!opts_index(L, opt_arg)) return NULL;
    int t = lua_getfield(L, opt_arg, "desk");
    if (t == LUA_TNIL) { lua_pop(L, 1); return NULL; }
    if (t != LUA_TSTRING) luaL_argerror(L, opt_arg, "field 'desk' must be a string (the desk that speaks)");
    return lua_tostring(L, -1);
}

static int call_say(lua_State *L)
{
    const char *text = check_text(L, 1);
    return speak(L, CS_EV_CALLER_SAY, say_desk(L, 2), text, 2);
}

static int call_dictate(lua_State *L)
{
    const char *field = gate_text(L, 1, 64);
    if (!*field || strchr(field, '=') || strchr(field, ' '))
        luaL_argerror(L, 1, "field name must be a word without spaces or '='");
    return speak(L, CS_EV_DICTATE, field, check_text(L, 2), 3);
}

static int call_silence(lua_State *L)
{
    cs_engine *e = pausing_engine(L, "silence");
    double s = strict_number(L, 1);
    if (!(s > 0 && s <= 600)) luaL_argerror(L, 1, "seconds must be between 0 and 600");
    if (e->hung_up) return end_script(L, e);
    cs_event ev = { .kind = CS_EV_CALLER_SILENT, .t_start_ms = e->now,
                    .t_end_ms = e->now + pause_ms(s), .typing_start_ms = -1,
                    .prompt_end_ms = -1 };
    cs_engine_log_script_event(e, L, &ev);
    e->req = REQ_SILENCE;
    e->req_until = ev.t_end_ms;
    return lua_yield(L, 0);
}

static void clear_options(cs_engine *e)
{
    for (size_t i = 0; i < e->n_options; i++) free(e->options[i]);
    free(e->options);
    e->options = NULL;
    e->n_options = 0;
    free(e->prompt);
    e->prompt = NULL;
}

/* Reads the choices t[1..n] and t.prompt in one pass, each copied while it is on the stack (an
 * __index may answer differently on a second read, or make a string nothing else references);
 * the engine's options change only once all of them are read and checked. */
static void read_options(lua_State *L, cs_engine *e, int t)
{
    lua_Integer n = (lua_Integer)luaL_len(L, t);
    if (n > 9) luaL_argerror(L, 1, "at most 9 choices");
    char *got[10] = { 0 };
    char *prompt = NULL;
    const char *bad = NULL;
    lua_Integer i;
    for (i = 1; i <= n && !bad; i++) {
        if (lua_geti(L, t, i) != LUA_TSTRING) bad = "must be a string";
        else {
            size_t len;
            const char *c = lua_tolstring(L, -1, &len);
            char why[80];
            if (cs_text_check(c, len, CS_TEXT_MAX_CHARS, why, sizeof why)) bad = "is not a plain line of text";
            else if (!(got[i - 1] = cs_engine_strdup(c))) bad = "could not be copied (out of memory)";
        }
        lua_pop(L, 1);
    }
    int of_prompt = 0; /* the message is about the prompt, not a choice */
    if (!bad) {
        of_prompt = 1;
        int pt = lua_getfield(L, t, "prompt");
        if (pt == LUA_TSTRING) {
            size_t len;
            const char *p = lua_tolstring(L, -1, &len);
            char why[80];
            if (cs_text_check(p, len, CS_TEXT_MAX_CHARS, why, sizeof why)) bad = "is not a plain line of text";
            else if (!(prompt = cs_engine_strdup(p))) bad = "could not be copied (out of memory)";
        } else if (pt != LUA_TNIL) {
            bad = "must be a string";
        }
        lua_pop(L, 1);
    }
    if (bad) {
        for (lua_Integer k = 0; k < n && k < 10; k++) free(got[k]);
        free(prompt);
        if (of_prompt) luaL_argerror(L, 1, lua_pushfstring(L, "field 'prompt' %s", bad));
        luaL_argerror(L, 1, lua_pushfstring(L, "choice %d %s", (int)(i - 1), bad));
    }
    clear_options(e);
    if (n > 0) {
        e->options = calloc((size_t)n, sizeof *e->options);
        if (!e->options) {
            for (lua_Integer k = 0; k < n; k++) free(got[k]);
            free(prompt);
            luaL_error(L, "out of memory");
        }
        for (lua_Integer k = 0; k < n; k++) e->options[e->n_options++] = got[k];
    }
    e->prompt = prompt;
}

/* call.wait{expect=, timeout=, [1..n]=choices, prompt=, beat=} */
static int call_wait(lua_State *L)
{
    cs_engine *e = pausing_engine(L, "wait");
    int t = opts_index(L, 1);
    const char *expect = NULL;
    double timeout = 20;
    e->wait_beat = 0;
    if (t) {
        /* beat = true: a short pause the caller leaves for the trainee to go on (call.more); when it
         * runs out the trainee missed no reply (no timeout event for the latency rule) */
        lua_getfield(L, t, "beat");
        e->wait_beat = lua_toboolean(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, t, "expect");
        if (!lua_isnil(L, -1)) {
            if (lua_type(L, -1) != LUA_TSTRING)
                luaL_argerror(L, 1, lua_pushfstring(L, "field 'expect' must be a string (a phrase category), not a %s",
                                                    luaL_typename(L, -1)));
            expect = lua_tostring(L, -1);
            if (!cs_bank_has_category(e->cfg.bank, expect))
                luaL_argerror(L, 1, lua_pushfstring(L, "unknown phrase category '%s' in expect",
                                                    expect ? expect : "?"));
        }
        lua_getfield(L, t, "timeout");
        if (!lua_isnil(L, -1)) {
            timeout = lua_type(L, -1) == LUA_TNUMBER ? lua_tonumber(L, -1) : -1;
            if (!(timeout > 0 && timeout <= 600))
                luaL_argerror(L, 1, "timeout must be a number of seconds between 0 and 600");
        }
        lua_pop(L, 1);
        read_options(L, e, t);
    } else {
        clear_options(e);
    }
    if (e->hung_up) {
        if (e->hangup_delivered) return end_script(L, e);
        e->hangup_delivered = 1;
        cs_engine_hand_reply(e, L, CS_IN_HANGUP, NULL, 0, e->last_trainee, (size_t)-1);
        return 1;
    }
    free(e->expect);
    e->expect = expect ? cs_engine_strdup(expect) : NULL;
    if (t) lua_pop(L, 1); /* expect */
    if (e->n_queue > 0) {
        cs_queued q = e->queue[0];
        memmove(e->queue, e->queue + 1, (e->n_queue - 1) * sizeof *e->queue);
        e->n_queue--;
        cs_engine_hand_reply(e, L, q.kind, q.text, q.choice, q.t_ms, q.event_index);
        free(q.text);
        clear_options(e);
        return 1;
    }
    e->req = REQ_WAIT;
    e->req_until = e->now + pause_ms(timeout);
    return lua_yield(L, 0);
}

static int call_hangup(lua_State *L)
{
    cs_engine *e = pausing_engine(L, "hangup");
    const char *reason = opt_text(L, 1, "caller hung up");
    if (e->hung_up) return end_script(L, e);
    cs_event ev = { .kind = CS_EV_CALLER_HANGUP, .t_start_ms = e->now, .t_end_ms = e->now,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .text = (char *)reason };
    cs_engine_log_script_event(e, L, &ev);
    free(e->end_reason);
    e->end_reason = cs_engine_strdup("caller hung up");
    return end_script(L, e);
}

static int call_mood(lua_State *L)
{
    cs_engine *e = engine_of(L);
    if (!lua_isnoneornil(L, 1)) {
        lua_Integer d = strict_integer(L, 1);
        e->patience = clampi(e->patience + (int)(d > 100 ? 100 : d < -100 ? -100 : d), 0, 100);
    }
    lua_pushinteger(L, e->patience);
    return 1;
}

static int call_time(lua_State *L)
{
    cs_engine *e = engine_of(L);
    lua_pushnumber(L, (double)(e->now - e->offered_at) / 1000.0);
    return 1;
}

static int call_hint(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *h = check_text(L, 1);
    free(e->hint);
    e->hint = e->cfg.mode == CS_MODE_EXAM ? NULL : cs_engine_strdup(h);
    return 0;
}

static int call_mode(lua_State *L)
{
    static const char *const names[] = { "headless", "practice", "exam" };
    lua_pushstring(L, names[engine_of(L)->cfg.mode]);
    return 1;
}

static int call_on_hold(lua_State *L)
{
    lua_pushboolean(L, engine_of(L)->on_hold);
    return 1;
}

/* call.unread(): the text reply the script got last goes back to be the reply to its next wait
 * (the caller answers what came before it first). call.more uses it for a message that is not
 * the rest of the phrase: it was typed for the caller's next turn. True when there was one. */
static int call_unread(lua_State *L)
{
    cs_engine *e = engine_of(L);
    if (!e->has_last_text) { lua_pushboolean(L, 0); return 1; }
    cs_queued *grown = realloc(e->queue, (e->n_queue + 1) * sizeof *grown);
    if (!grown) return luaL_error(L, "out of memory");
    e->queue = grown;
    memmove(e->queue + 1, e->queue, e->n_queue * sizeof *e->queue);
    e->queue[0] = e->last_text;
    e->n_queue++;
    e->last_text.text = NULL;
    e->has_last_text = 0;
    lua_pushboolean(L, 1);
    return 1;
}

static int call_is_over(lua_State *L)
{
    lua_pushboolean(L, engine_of(L)->hung_up);
    return 1;
}

/* call.reveal(id): the system pane shows entry id from now on (docs/scenarios.md "The desk"). */
static int call_reveal(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *id = strict_string(L, 1, NULL);
    if (cs_desk_reveal(e, id) != 0) luaL_argerror(L, 1, lua_pushfstring(L, "no system entry '%s' (the scenario's system = {...})", id));
    return 0;
}

/* call.system(id, text [, facts]): what system entry id shows for this caller from now on, and
 * the facts an answer taken from it must state (call.tells) — the lookup's result for details the
 * script draws per call (call.pick), so that the answer must come from the desk. Shown when the
 * entry's reveal says so, as before. */
static int call_system(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *id = strict_string(L, 1, NULL);
    const char *text = check_text(L, 2);
    int i = cs_desk_entry(e, id);
    if (i < 0) luaL_argerror(L, 1, lua_pushfstring(L, "no system entry '%s' (the scenario's system = {...})", id));
    if (!lua_isnoneornil(L, 3)) {
        char why[120];
        if (cs_desk_set_facts(L, 3, e->info.system[i].id, why, sizeof why)) luaL_argerror(L, 3, why);
    }
    if (cs_desk_set_text(e, (size_t)i, text)) return luaL_error(L, "out of memory");
    return 0;
}

static const luaL_Reg call_lib[] = {
    { "ring", call_ring },       { "say", call_say },         { "dictate", call_dictate },
    { "silence", call_silence }, { "wait", call_wait },       { "hangup", call_hangup },
    { "mood", call_mood },       { "time", call_time },       { "hint", call_hint },
    { "mode", call_mode },       { "is_over", call_is_over }, { "on_hold", call_on_hold },
    { "unread", call_unread },
    { "reveal", call_reveal },   { "system", call_system },
    { NULL, NULL },
};

/* --- score ----------------------------------------------------------------------------------- */

static const cs_rubric_item *find_item(cs_engine *e, const char *id)
{
    for (size_t i = 0; i < e->info.rubric.n; i++)
        if (strcmp(e->items[i].id, id) == 0) return &e->items[i];
    return NULL;
}

static int mark(lua_State *L, double sign)
{
    cs_engine *e = engine_of(L);
    const char *id = strict_string(L, 1, NULL);
    double pts = strict_number(L, 2);
    const char *reason = check_text(L, 3);
    const char *clause = opt_text(L, 4, NULL);
    const cs_rubric_item *it = find_item(e, id);
    if (!it) luaL_argerror(L, 1, lua_pushfstring(L, "no rubric item '%s'", id));
    if (it->rule) luaL_argerror(L, 1, lua_pushfstring(L, "rubric item '%s' is graded by rule '%s'", id, it->rule));
    if (!(pts >= 0 && pts <= 100)) luaL_argerror(L, 2, "points must be between 0 and 100");
    cs_event ev = { .kind = CS_EV_MARK, .t_start_ms = e->now, .t_end_ms = e->now,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .points = sign * pts,
                    .text = (char *)reason, .arg = (char *)id,
                    .clause = (char *)(clause ? clause : it->clause) };
    cs_engine_log_script_event(e, L, &ev);
    return 0;
}

static int score_award(lua_State *L) { return mark(L, 1.0); }
/* score.note(item, reason): a reason on the record without points (pass 0 as points). */
static int score_note(lua_State *L)
{
    /* checked here, at the trainer's argument numbers, before the 0 shifts them */
    strict_string(L, 1, NULL);
    check_text(L, 2);
    opt_text(L, 3, NULL);
    lua_settop(L, 3);
    lua_pushinteger(L, 0);
    lua_insert(L, 2);
    return mark(L, 1.0);
}
static int score_deduct(lua_State *L) { return mark(L, -1.0); }

static int score_fail(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *reason = check_text(L, 1);
    const char *clause = check_text(L, 2);
    cs_event ev = { .kind = CS_EV_FAIL, .t_start_ms = e->now, .t_end_ms = e->now,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .text = (char *)reason,
                    .clause = (char *)clause };
    cs_engine_log_script_event(e, L, &ev);
    return 0;
}

static int score_tells(lua_State *L);  /* with the reply queries below */

static const luaL_Reg score_lib[] = {
    { "award", score_award }, { "deduct", score_deduct }, { "note", score_note },
    { "fail", score_fail },   { "tells", score_tells },   { NULL, NULL },
};

/* --- phrase ---------------------------------------------------------------------------------- */

static void push_string_list(lua_State *L, const char *const *v, size_t n)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_pushstring(L, v[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

void cs_push_match_fields(lua_State *L, const cs_phrase_bank *bank, const char *category,
                          const char *text)
{
    cs_match m;
    memset(&m, 0, sizeof m);
    /* the grader's one judgement: the phrase not said rudely; otherwise the reply's 禁忌语 */
    if (category) cs_reply_is_phrase(bank, category, text, &m);
    else cs_reply_taboo(bank, text, &m);
    if (category && !m.match && m.n_taboo == 0) {
        /* not the phrase: its 禁忌语 all the same (a rude reply is no start of the phrase either,
         * lua/callsim.lua part_of) */
        cs_match t;
        if (cs_reply_taboo(bank, text, &t) == 1) {
            m.n_taboo = t.n_taboo;
            memcpy(m.taboo, t.taboo, sizeof m.taboo);
            m.insult = t.insult;
            m.reason = t.reason;
        }
    }
    cs_match best;
    const char *cat = cs_classify(bank, text, &best);
    lua_pushboolean(L, category && m.match);
    lua_setfield(L, -2, "match");
    lua_pushstring(L, cat);
    lua_setfield(L, -2, "category");
    lua_pushnumber(L, m.similarity);
    lua_setfield(L, -2, "similarity");
    push_string_list(L, m.missing, m.n_missing);
    lua_setfield(L, -2, "missing");
    push_string_list(L, m.taboo, m.n_taboo);
    lua_setfield(L, -2, "taboo");
    lua_pushboolean(L, m.insult);
    lua_setfield(L, -2, "insult");
    /* fix30c: the 禁忌语 is the statistical tone model's alone (语气不当, a signal the examiner panel
     * decides), not a rule's: a scenario charges courtesy for it, never a second item (crisis_selfharm.lua) */
    lua_pushboolean(L, cs_match_model_only(&m));
    lua_setfield(L, -2, "model_only");
    /* the phrase said, but rudely (cs_match.said_rudely; an insult is none): the scenario credits
     * half of it with the rude words as the reason, never "not said" (lua/callsim.lua) */
    lua_pushboolean(L, category && m.said_rudely && !m.insult);
    lua_setfield(L, -2, "rude");
}

static int phrase_match(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *cat = strict_string(L, 1, NULL);
    /* matching is quadratic in the text: the same cap as a trainee's reply */
    const char *text = check_text(L, 2);
    if (!cs_bank_has_category(e->cfg.bank, cat))
        luaL_argerror(L, 1, lua_pushfstring(L, "unknown phrase category '%s'", cat));
    lua_newtable(L);
    cs_push_match_fields(L, e->cfg.bank, cat, text);
    return 1;
}

/* phrase.standard(category): the standard wording as the trainee says it to this caller, for a
 * hint — the template's placeholders filled (phrase_bank.h cs_bank_fill_template: XX号 → 8号), and
 * 女士 for a caller the card names as a woman (caller_address.h, as the window's phrase chips). The printed template (先生/女士 … XX号) is not the
 * phrase: sent as it stands it fails the match (reason "placeholder"), so a hint must not show it. */
static int phrase_standard(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *cat = strict_string(L, 1, NULL);
    if (!cs_bank_has_category(e->cfg.bank, cat))
        luaL_argerror(L, 1, lua_pushfstring(L, "unknown phrase category '%s'", cat));
    char *filled = cs_standard_for_caller(e->cfg.bank, cat, e->info.caller_name); /* one decision with the chips */
    if (!filled) return luaL_error(L, "out of memory");
    lua_pushstring(L, filled);
    free(filled);
    return 1;
}

static int phrase_categories(lua_State *L)
{
    cs_engine *e = engine_of(L);
    size_t n = cs_bank_category_count(e->cfg.bank);
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_pushstring(L, cs_bank_category_name(e->cfg.bank, i));
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

static const luaL_Reg phrase_lib[] = {
    { "match", phrase_match }, { "standard", phrase_standard },
    { "categories", phrase_categories }, { NULL, NULL },
};

/* --- questions about a reply (grading/reply_query) -------------------------------------------- *
 * Scenarios never search reply text: they ask these, and the grader answers. Each takes the reply
 * table call.wait/call.reply returned. */

/* Text the reply questions may search: what a reply holds (at most CS_TEXT_MAX_CHARS, valid
 * UTF-8). A scenario can write anything into a reply table; megabytes would make the matchers run
 * for minutes inside one C call, as phrase.match on 16 MB did. */
static const char *searchable(lua_State *L, int arg, const char *s, size_t len)
{
    if (len > (size_t)CS_TEXT_MAX_CHARS * 4 || !cs_utf8_valid(s, len) || cs_utf8_len(s) > CS_TEXT_MAX_CHARS)
        luaL_argerror(L, arg, "text longer than 2000 characters or not valid UTF-8");
    return s;
}

/* String field k of the table at t, read raw (no __index: a metamethod could answer a fresh string
 * nothing references once popped, or loop), checked by searchable; NULL when not a string. The
 * string stays alive in the table, which the caller keeps on the stack. */
static const char *raw_string(lua_State *L, int t, int arg, const char *k)
{
    lua_pushstring(L, k);
    const char *v = NULL;
    size_t len = 0;
    if (lua_rawget(L, t) == LUA_TSTRING) v = searchable(L, arg, lua_tolstring(L, -1, &len), len);
    lua_pop(L, 1);
    return v;
}

/* The text of reply table arg when it is a typed reply, else NULL (a choice, hold, ...). */
static const char *reply_text(lua_State *L, int arg)
{
    luaL_checktype(L, arg, LUA_TTABLE);
    const char *kind = raw_string(L, arg, arg, "kind");
    if (!kind || strcmp(kind, "text") != 0) return NULL;
    return raw_string(L, arg, arg, "text");
}

/* The list of words at arg (strings), as a Lua-owned array of pointers on the stack top. */
static const char **word_list(lua_State *L, int arg, size_t *n)
{
    luaL_checktype(L, arg, LUA_TTABLE);
    /* read raw: the words must stay alive in the list table (a string from __index would not) */
    lua_Integer len = (lua_Integer)lua_rawlen(L, arg);
    if (len > 200) luaL_argerror(L, arg, "at most 200 words");
    const char **words = lua_newuserdatauv(L, (size_t)(len > 0 ? len : 1) * sizeof *words, 0);
    for (lua_Integer i = 1; i <= len; i++) {
        if (lua_rawgeti(L, arg, i) != LUA_TSTRING)
            luaL_argerror(L, arg, lua_pushfstring(L, "word %d must be a string", (int)i));
        size_t wl;
        const char *w = lua_tolstring(L, -1, &wl);
        if (wl > 400 || !cs_utf8_valid(w, wl)) luaL_argerror(L, arg, lua_pushfstring(L, "word %d is longer than 400 bytes or not UTF-8", (int)i));
        words[i - 1] = w; /* kept alive by the list table */
        lua_pop(L, 1);
    }
    *n = (size_t)len;
    return words;
}

static int mentions_words(lua_State *L, const char *text, int arg)
{
    size_t n;
    const char **words = word_list(L, arg, &n);
    /* read as the matcher reads: 請您換一部電話 mentions 换, 请您大生点 mentions 大声 (calls34) */
    int rc = cs_reply_mentions_typed(engine_of(L)->cfg.bank, text, words, n);
    lua_pop(L, 1);
    if (rc < 0) luaL_error(L, "out of memory");
    return rc;
}

/* call.says(r, category): r is typed text that is the standard phrase of category; the second
 * result is how many times the reply says it (您好请讲、您好请讲，…再见 says silent_prompt twice);
 * the third how many times its clauses hold it, rude or not (cs_reply_holds_count: 请问您需要帮助吗？
 * 骂够了没有？ holds special_abuse once, says it never): with r.taboo, the phrase said rudely
 * (calls30). */
static int call_says(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *text = reply_text(L, 1);
    const char *cat = strict_string(L, 2, NULL);
    if (!cs_bank_has_category(e->cfg.bank, cat))
        luaL_argerror(L, 2, lua_pushfstring(L, "unknown phrase category '%s'", cat));
    cs_match m;
    cs_prepared *p = text ? cs_prepare_reply(e->cfg.bank, text) : NULL;   /* read once for both */
    if (text && !p) return luaL_error(L, "out of memory");
    int whole = p && cs_prepared_is_phrase(p, cat, &m) == 1;
    int times = p ? cs_prepared_says_count(p, cat) : 0;
    cs_prepared_free(p);
    int held = text ? cs_reply_holds_count(e->cfg.bank, cat, text) : 0;
    if (times < 0 || held < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, whole);
    lua_pushinteger(L, times);
    lua_pushinteger(L, held);
    return 3;
}

/* Does test say yes to one of the string fields of ticket reply arg (its searchable text, in table
 * order)? The one walk over a ticket's fields for every question asked of them; the stack is left as
 * it was. */
static int any_field(lua_State *L, int arg, int (*test)(lua_State *L, const char *text, void *ctx), void *ctx)
{
    int top = lua_gettop(L), hit = 0;
    lua_pushliteral(L, "fields");
    if (lua_rawget(L, arg) == LUA_TTABLE) {
        int fields = lua_gettop(L);
        lua_pushnil(L);
        while (!hit && lua_next(L, fields)) {
            size_t len;
            if (lua_type(L, -1) == LUA_TSTRING) {
                const char *v = lua_tolstring(L, -1, &len);
                hit = test(L, searchable(L, arg, v, len), ctx);
            }
            lua_pop(L, 1);
        }
    }
    lua_settop(L, top);
    return hit;
}

static int field_mentions(lua_State *L, const char *text, void *words_arg)
{
    return mentions_words(L, text, *(const int *)words_arg);
}

/* Does one of the fields of ticket reply arg mention a word of the list at words_arg? */
static int ticket_mentions(lua_State *L, int arg, int words_arg)
{
    return any_field(L, arg, field_mentions, &words_arg);
}

/* call.mentions(r, words): r's text (or one of a ticket's fields) holds one of the words (whole
 * words, normal form). A plain string in place of r is still accepted (the transfer target,
 * older scenarios). */
static int call_mentions(lua_State *L)
{
    const char *kind = lua_istable(L, 1) ? raw_string(L, 1, 1, "kind") : NULL;
    if (kind && strcmp(kind, "ticket") == 0) {
        lua_pushboolean(L, ticket_mentions(L, 1, 2));
        return 1;
    }
    size_t len = 0;
    const char *text = lua_type(L, 1) == LUA_TSTRING ? searchable(L, 1, lua_tolstring(L, 1, &len), len)
                     : lua_isnil(L, 1) ? NULL : reply_text(L, 1);
    int hit = mentions_words(L, text, 2);
    lua_pushboolean(L, text && hit);
    return 1;
}

/* call.retaliates(r [, words]): the trainee insulted or hit back at the caller (the bank's insult
 * verdict), or used one of the scenario's extra words for this caller (哑巴 to a silent line). */
static int call_retaliates(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *text = reply_text(L, 1);
    int hit = text && cs_reply_retaliates(e->cfg.bank, text);
    if (!lua_isnoneornil(L, 2) && mentions_words(L, text, 2)) hit = text != NULL;
    lua_pushboolean(L, hit);
    return 1;
}

/* call.asks_repeat(r): does r ask the caller to tell it again (请您再说一遍, 请问是什么问题？)?
 * The second result: r spares the caller that instead (您不用再重复了, 不必再说一遍): the
 * negation's scope is the grader's (cs_reply_asks_repeat), never the scenario's. */
static int call_asks_repeat(lua_State *L)
{
    const char *text = reply_text(L, 1);
    int v = text ? cs_reply_asks_repeat(engine_of(L)->cfg.bank, text) : 0;
    if (v < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, v == 1);
    lua_pushboolean(L, v == 2);
    return 2;
}

/* calls30 */
/* text as the matcher reads it (traditional as simplified: 賠您兩百元 is 赔您两百元), pushed on the
 * stack (the caller keeps it there while it uses the result), NULL for NULL. The reply queries below
 * that read numbers and words without a bank (money promised, amounts, a change, a number given, a
 * guess) go through it, so a trainee who types traditional is read as the phrase grader reads him. */
static const char *read_pushed(lua_State *L, const char *text)
{
    if (!text) return NULL;
    char *s = cs_reply_simplified(engine_of(L)->cfg.bank, text);
    if (!s) { luaL_error(L, "out of memory"); return NULL; }
    lua_pushstring(L, s);
    free(s);
    return lua_tostring(L, -1);
}

/* call.promises(r, {money = N}): r promises the caller more than N yuan. Returns the verdict and
 * the largest amount promised (0 when none). */
static int call_promises(lua_State *L)
{
    const char *text = reply_text(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    if (lua_getfield(L, 2, "money") != LUA_TNUMBER) luaL_argerror(L, 2, "field 'money' must be a number of yuan");
    double limit = lua_tonumber(L, -1);
    if (!isfinite(limit)) luaL_argerror(L, 2, "field 'money' must be a finite number of yuan");
    lua_pop(L, 1);
    text = read_pushed(L, text);
    double amount = text ? cs_reply_money_promised(text) : 0;
    if (amount < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, amount > limit);
    lua_pushnumber(L, amount);
    return 2;
}

/* The list of numbers at arg, as a Lua-owned array on the stack top. */
static const double *number_list(lua_State *L, int arg, size_t *n)
{
    luaL_checktype(L, arg, LUA_TTABLE);
    lua_Integer len = (lua_Integer)lua_rawlen(L, arg);
    if (len > 200) luaL_argerror(L, arg, "at most 200 amounts");
    double *v = lua_newuserdatauv(L, (size_t)(len > 0 ? len : 1) * sizeof *v, 0);
    for (lua_Integer i = 1; i <= len; i++) {
        if (lua_rawgeti(L, arg, i) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1)))
            luaL_argerror(L, arg, lua_pushfstring(L, "amount %d must be a finite number of yuan", (int)i));
        v[i - 1] = lua_tonumber(L, -1);
        lua_pop(L, 1);
    }
    *n = (size_t)len;
    return v;
}

/* 1 and the amount in *found when text states an amount of money none of known[0..n) (the
 * grader's reading, cs_reply_other_amount). */
static int other_amount_in(lua_State *L, const char *text, const double *known, size_t n, double *found)
{
    int top = lua_gettop(L);
    text = read_pushed(L, text);
    int rc = text ? cs_reply_other_amount(text, known, n, found) : 0;
    lua_settop(L, top);
    if (rc < 0) luaL_error(L, "out of memory");
    return rc;
}

/* The list of known amounts other_amount_in is asked about, for any_field. */
typedef struct {
    const double *known;
    size_t n;
    double *found;
} amounts;

static int field_other_amount(lua_State *L, const char *text, void *ctx)
{
    const amounts *a = ctx;
    return other_amount_in(L, text, a->known, a->n, a->found);
}

/* call.other_amount(r, amounts): the first amount of money r states (a typed reply, one of a
 * ticket's fields, or a string) that is none of the list amounts (numbers of yuan), or nil: a record
 * or an offer that names a sum nobody said or sold (68元 for the 88 she asked for). */
static int call_other_amount(lua_State *L)
{
    size_t n;
    const double *known = number_list(L, 2, &n);
    int list = lua_gettop(L);
    double found = 0;
    int hit = 0;
    const char *kind = lua_istable(L, 1) ? raw_string(L, 1, 1, "kind") : NULL;
    if (kind && strcmp(kind, "ticket") == 0) {
        amounts a = { known, n, &found };
        hit = any_field(L, 1, field_other_amount, &a);
    } else {
        size_t len = 0;
        const char *text = lua_type(L, 1) == LUA_TSTRING ? searchable(L, 1, lua_tolstring(L, 1, &len), len)
                         : lua_isnil(L, 1) ? NULL : reply_text(L, 1);
        hit = other_amount_in(L, text, known, n, &found);
    }
    lua_settop(L, list);
    if (hit) lua_pushnumber(L, found);
    else lua_pushnil(L);
    return 1;
}

/* fix17c: the change asked of change_reversed_in, for any_field. */
typedef struct {
    double from, to;
} change;

/* 1 when text states the change from -> to the wrong way round (cs_reply_change_reversed). */
static int change_reversed_in(lua_State *L, const char *text, void *ctx)
{
    const change *c = ctx;
    int top = lua_gettop(L);
    text = read_pushed(L, text);
    int rc = text ? cs_reply_change_reversed(text, c->from, c->to) : 0;
    lua_settop(L, top);
    if (rc < 0) luaL_error(L, "out of memory");
    return rc;
}

/* call.change_reversed(r, from, to): r (a typed reply, a ticket — any of its fields — or a string)
 * states the change of amount from -> to the wrong way round (原套餐88元改为158元 for 158 -> 88): a
 * wrong record (国家职业技能标准 3.1 1.3.2 能记录有效信息). */
static int call_change_reversed(lua_State *L)
{
    change c = { luaL_checknumber(L, 2), luaL_checknumber(L, 3) };
    if (!isfinite(c.from) || !isfinite(c.to)) return luaL_argerror(L, 2, "amounts must be finite numbers of yuan");
    const char *kind = lua_istable(L, 1) ? raw_string(L, 1, 1, "kind") : NULL;
    int hit;
    if (kind && strcmp(kind, "ticket") == 0) hit = any_field(L, 1, change_reversed_in, &c);
    else {
        size_t len = 0;
        const char *text = lua_type(L, 1) == LUA_TSTRING ? searchable(L, 1, lua_tolstring(L, 1, &len), len)
                         : lua_isnil(L, 1) ? NULL : reply_text(L, 1);
        hit = change_reversed_in(L, text, &c);
    }
    lua_pushboolean(L, hit);
    return 1;
}

/* The value the caller dictated for field (the last call.dictate of it), or NULL. */
static const char *dictated(const cs_engine *e, const char *field)
{
    for (size_t i = e->log.n; i-- > 0;) {
        const cs_event *ev = &e->log.ev[i];
        if (ev->kind == CS_EV_DICTATE && ev->arg && ev->text && strcmp(ev->arg, field) == 0) return ev->text;
    }
    return NULL;
}

/* 1 when the ticket field value v (at the top of the stack) holds value. */
static int field_holds(lua_State *L, cs_engine *e, const char *value)
{
    size_t len = 0;
    const char *v = lua_type(L, -1) == LUA_TSTRING ? searchable(L, 1, lua_tolstring(L, -1, &len), len) : NULL;
    return v && (cs_field_matches_read(e->cfg.bank, value, v) == 1 || cs_reply_reads_back_read(e->cfg.bank, v, value) == 1);
}

/* The ticket field on the stack top holds a number of a phone's length (7 digits or more, however
 * written) that is not the one dictated (field_holds said no): written down wrong, not left out
 * (calls35a; 国家职业技能标准 3.1 1.3.2 能记录有效信息: a number one digit off is someone else's). */
static int field_miswritten(lua_State *L)
{
    size_t len = 0;
    const char *v = lua_type(L, -1) == LUA_TSTRING ? searchable(L, 1, lua_tolstring(L, -1, &len), len) : NULL;
    int longest = v ? cs_reply_longest_number(v) : 0;
    if (longest < 0) return luaL_error(L, "out of memory");
    return longest >= 7;
}

/* call.reads_back(r, field | {value = "...", field = "..."}): a typed reply reads back the value
 * the caller dictated for field (or the value given); a ticket reply holds it in the field of that
 * name (国家职业技能标准 3.1 1.3.2: each item of information in its place), or, when the ticket has
 * no field of that name (typed with names of the trainee's own, or no field named), in one of its
 * fields. A second result, for a ticket's field of that name only: the field holds another number of a
 * phone's length (written down wrong, field_miswritten), false otherwise. */
static int call_reads_back(lua_State *L)
{
    cs_engine *e = engine_of(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    const char *value, *field = NULL;
    if (lua_type(L, 2) == LUA_TTABLE) {
        value = raw_string(L, 2, 2, "value"); /* raw: kept alive by the table */
        if (!value) luaL_argerror(L, 2, "field 'value' must be a string");
        if ((lua_pushliteral(L, "field"), lua_rawget(L, 2)) != LUA_TNIL && lua_type(L, -1) != LUA_TSTRING)
            luaL_argerror(L, 2, "field 'field' must be the name of a ticket field");
        lua_pop(L, 1);
        field = raw_string(L, 2, 2, "field");
    } else {
        field = strict_string(L, 2, NULL);
        value = dictated(e, field);
        if (!value) luaL_argerror(L, 2, lua_pushfstring(L, "the caller has not dictated '%s' (call.dictate)", field));
    }
    int ok = 0;
    const char *text = reply_text(L, 1);
    if (text) {
        ok = cs_reply_reads_back_read(e->cfg.bank, text, value) == 1;
    } else if ((lua_pushliteral(L, "fields"), lua_rawget(L, 1)) == LUA_TTABLE) {
        int fields = lua_gettop(L);
        if (field && (lua_pushstring(L, field), lua_rawget(L, fields)) == LUA_TSTRING) {
            ok = field_holds(L, e, value);
            int wrong = !ok && field_miswritten(L); /* calls35a */
            lua_pop(L, 2);
            lua_pushboolean(L, ok);
            lua_pushboolean(L, wrong);
            return 2;
        }
        if (field) lua_pop(L, 1);
        lua_pushnil(L);
        while (!ok && lua_next(L, fields)) {
            ok = field_holds(L, e, value);
            lua_pop(L, 1);
        }
        if (ok) lua_pop(L, 1); /* the key lua_next left */
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
    }
    lua_pushboolean(L, ok);
    return 1;
}

/* call.gives_number(r [, digits]): r gives out a number of at least digits digits (default 7, a
 * phone number), however it is spaced or written (幺三八…). */
static int call_gives_number(lua_State *L)
{
    const char *text = reply_text(L, 1);
    lua_Integer min = lua_isnoneornil(L, 2) ? 7 : strict_integer(L, 2);
    if (min < 1 || min > 40) luaL_argerror(L, 2, "digits must be between 1 and 40");
    text = read_pushed(L, text);
    int longest = text ? cs_reply_longest_number(text) : 0;
    if (longest < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, longest >= min);
    return 1;
}

/* call.checks_back(r): r is a check-back in a long hold: thanks the caller for waiting and asks them
 * to wait on (cs_reply_checks_back). */
static int call_checks_back(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *text = reply_text(L, 1);
    int r = text ? cs_reply_checks_back(e->cfg.bank, text) : 0;
    if (r < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, r > 0);
    return 1;
}

/* tidy32 */
/* call.ends_call(r): r announces or threatens that the agent hangs up (再不说话我就挂了); a question
 * (您挂了吗), a negation (我不会挂断, 请不要挂机) or the caller's act (您先挂吧) does not
 * (cs_reply_ends_call; 贵阳 T-GSOCCIA 001—2020 §二(三) 4 and 6). */
static int call_ends_call(lua_State *L)
{
    const char *text = reply_text(L, 1);
    int r = text ? cs_reply_ends_call(engine_of(L)->cfg.bank, text) : 0;
    if (r < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, r > 0);
    return 1;
}

/* call.filed(): the last ticket the trainee has filed so far in the call, as the reply table a
 * wait returns for it (kind "ticket", fields), or nil. Items are earned by what was done anywhere
 * it fits (issue #11 item 6): a ticket filed while the script still waited for a phrase (call.reply
 * passes tickets over) is the record all the same when the script comes to ask for it. */
static int call_filed(lua_State *L)
{
    cs_engine *e = engine_of(L);
    for (size_t i = e->log.n; i-- > 0;) {
        const cs_event *ev = &e->log.ev[i];
        if (ev->kind != CS_EV_TICKET || !ev->arg) continue;
        cs_engine_push_reply(e, L, CS_IN_TICKET, ev->arg, 0, ev->t_end_ms, i);
        return 1;
    }
    lua_pushnil(L);
    return 1;
}

/* call.said()'s reply tables, built once per reply: a registry table, event index + 1 -> { text,
 * expect, reply }. Building one grades the reply (its phrase against the awaited category, its
 * 禁忌语, its nearest category over the whole bank), which call.said() would otherwise redo for every
 * earlier reply each time it is asked: quadratic over a call. The entry is used while the reply's
 * text and the awaited category are those it was built under (the match field reads the latter). */
static const char SAID_CACHE_KEY = 'S';

/* Pushes a copy of the table at idx, its tables copied too (a reply's lists: missing, taboo), at most
 * depth levels deep: what call.said() hands out is the script's own, so a script that writes into
 * one (r.match = true, table.insert(r.taboo, ...)) changes nothing another call.said() returns.
 * Raw reads and writes: the cached tables are the engine's, plain, with no metatable. */
static void push_copy(lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    luaL_checkstack(L, 4, "call.said");
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -1) == LUA_TTABLE && depth > 0) {
            push_copy(L, -1, depth - 1);
            lua_remove(L, -2);
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
}

/* Pushes the cached reply table of event i (a typed reply), from the cache at index cache or built
 * now and cached. */
static void push_said_cached(lua_State *L, cs_engine *e, int cache, size_t i)
{
    const cs_event *ev = &e->log.ev[i];
    const char *expect = e->expect;   /* the category the match field is read against (engine.c) */
    luaL_checkstack(L, 6, "call.said");
    if (lua_rawgeti(L, cache, (lua_Integer)i + 1) == LUA_TTABLE) {
        lua_getfield(L, -1, "text");
        lua_getfield(L, -2, "expect");
        const char *t = lua_tostring(L, -2), *x = lua_tostring(L, -1);
        int same = t && strcmp(t, ev->text) == 0 && (expect ? x && strcmp(x, expect) == 0 : x == NULL);
        lua_pop(L, 2);
        if (same) {
            lua_getfield(L, -1, "reply");
            lua_remove(L, -2);
            return;
        }
    }
    lua_pop(L, 1);
    lua_createtable(L, 0, 3);
    lua_pushstring(L, ev->text);
    lua_setfield(L, -2, "text");
    lua_pushstring(L, expect);   /* nil when nothing is awaited */
    lua_setfield(L, -2, "expect");
    cs_engine_push_reply(e, L, CS_IN_TEXT, ev->text, 0, ev->t_end_ms, i);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "reply");
    lua_insert(L, -2);   /* reply, entry */
    lua_rawseti(L, cache, (lua_Integer)i + 1);
}

/* Pushes the reply table of event i (a typed reply), built now or taken from the cache at index
 * cache, as a fresh copy (push_copy): the cache spares the grading, never the script's own table. */
static void push_said(lua_State *L, cs_engine *e, int cache, size_t i)
{
    push_said_cached(L, e, cache, i);
    push_copy(L, -1, 2);
    lua_remove(L, -2);
}

/* call.said(): every typed reply of the trainee so far in the call, in order, as the reply tables a
 * wait returns. Items are earned by what was said anywhere it fits (issue #11 item 6): a step said
 * a turn ahead of the caller, or inside another step's wait, is still there to be read (with
 * call.says, call.mentions, call.tells …; the script never reads the text itself). Every call.said()
 * hands out fresh copies (push_said): a reply is graded once (cached, above), and what a script
 * writes into its copy no later call.said() sees. */
static int call_said(lua_State *L)
{
    cs_engine *e = engine_of(L);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &SAID_CACHE_KEY) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &SAID_CACHE_KEY);
    }
    int cache = lua_gettop(L);
    lua_newtable(L);
    lua_Integer n = 0;
    for (size_t i = 0; i < e->log.n; i++) {
        const cs_event *ev = &e->log.ev[i];
        if (ev->kind != CS_EV_TRAINEE_SAY || !ev->text) continue;
        push_said(L, e, cache, i);
        lua_rawseti(L, -2, ++n);
    }
    lua_remove(L, cache);
    return 1;
}

/* call.last_says(category): the trainee's latest typed reply (whatever step of the script took it)
 * says the phrase of category (cs_reply_says_count: a run of its clauses is the phrase). A 结束语
 * said early, inside an order or a result (……24小时内退回。感谢您的来电，再见！), is still the
 * closing: call.closing reads it so the caller says goodbye instead of waiting for another. */
static int call_last_says(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *cat = check_text(L, 1);
    if (!cs_bank_has_category(e->cfg.bank, cat))
        luaL_argerror(L, 1, lua_pushfstring(L, "unknown phrase category '%s'", cat));
    const char *text = NULL;
    for (size_t i = e->log.n; i-- > 0 && !text;)
        if (e->log.ev[i].kind == CS_EV_TRAINEE_SAY) text = e->log.ev[i].text;
    int n = text ? cs_reply_says_count(e->cfg.bank, cat, text) : 0;
    if (n < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, n > 0);
    return 1;
}

/* The grader's question on r's text and the word list at argument 2 (a ticket has no text: false). */
typedef int words_query(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n);
static int reply_words(lua_State *L, words_query *query)
{
    const char *text = reply_text(L, 1);
    size_t n;
    const char **words = word_list(L, 2, &n);
    int rc = text ? query(engine_of(L)->cfg.bank, text, words, n) : 0;
    lua_pop(L, 1);
    if (rc < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, rc > 0);
    return 1;
}

/* call.asserts(r, words): r states one of the words as a fact (cs_reply_asserts): not in a question,
 * a whether-frame (能不能, 是否) or the caller's question echoed. A ticket asserts nothing. */
static int call_asserts(lua_State *L)
{
    return reply_words(L, cs_reply_asserts);
}

/* call.wishes(r, words): r wishes the caller one of the words (cs_reply_wishes): a wish (祝您,
 * 希望您) before the word in the same clause. A ticket wishes nothing. */
static int call_wishes(lua_State *L)
{
    return reply_words(L, cs_reply_wishes);
}

/* call.asks(r, words): r asks the caller about one of the words (cs_reply_asks): a clause that is a
 * question in any ordinary form (？, 吗, 呢, 几, 多少, 什么, 谁, 请问, 想了解 …) holds the word. A
 * ticket asks nothing. */
static int call_asks(lua_State *L)
{
    return reply_words(L, cs_reply_asks);
}

/* call.recommends(r, options): which of the options the reply recommends (cs_reply_recommends), its
 * index, or nil when it recommends none (lists them and leaves the choice, or advises none). Each
 * option is a word or a list of words that name it: { { "换货", "换新" }, { "退货", "退款" } }. A
 * ticket recommends nothing. */
static int call_recommends(lua_State *L)
{
    const char *text = reply_text(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_Integer n_opt = (lua_Integer)lua_rawlen(L, 2);
    if (n_opt < 1 || n_opt > 9) luaL_argerror(L, 2, "1 to 9 options");
    const char *words[200];
    size_t option[200], n = 0;
    for (lua_Integer o = 1; o <= n_opt; o++) {
        int t = lua_rawgeti(L, 2, o);
        if (t == LUA_TSTRING) {
            if (n >= 200) luaL_argerror(L, 2, "at most 200 words");
            words[n] = lua_tostring(L, -1);   /* kept alive by the options table */
            option[n++] = (size_t)o;
        } else if (t == LUA_TTABLE) {
            lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
            for (lua_Integer i = 1; i <= len; i++) {
                if (lua_rawgeti(L, -1, i) != LUA_TSTRING)
                    luaL_argerror(L, 2, lua_pushfstring(L, "option %d: word %d must be a string", (int)o, (int)i));
                if (n >= 200) luaL_argerror(L, 2, "at most 200 words");
                size_t wl;
                const char *w = lua_tolstring(L, -1, &wl);
                if (wl > 400 || !cs_utf8_valid(w, wl)) luaL_argerror(L, 2, "a word longer than 400 bytes or not UTF-8");
                words[n] = w;
                option[n++] = (size_t)o;
                lua_pop(L, 1);
            }
        } else {
            luaL_argerror(L, 2, lua_pushfstring(L, "option %d must be a word or a list of words", (int)o));
        }
        lua_pop(L, 1);
    }
    size_t pick = text ? cs_reply_recommends(engine_of(L)->cfg.bank, text, words, option, n, (size_t)n_opt) : 0;
    if (pick == (size_t)-1) return luaL_error(L, "out of memory");
    if (pick == 0) lua_pushnil(L);
    else lua_pushinteger(L, (lua_Integer)pick);
    return 1;
}

/* call.in_english(r): r is typed mostly in English (the English-speaking caller). */
static int call_in_english(lua_State *L)
{
    const char *text = reply_text(L, 1);
    lua_pushboolean(L, text && cs_reply_in_english(text));
    return 1;
}

/* calls17 */
/* call.promises_contact(r): r promises to contact the caller back, in any wording the grader knows
 * (cs_reply_promises_contact: 处理后给您回复, 核实后回电话; not 无法与您联系). */
static int call_promises_contact(lua_State *L)
{
    const char *text = reply_text(L, 1);
    int v = text ? cs_reply_promises_contact(engine_of(L)->cfg.bank, text) : 0;
    if (v < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, v == 1);
    return 1;
}

/* calls30 */
/* call.chats(r): r joins an off-topic caller's pastime (cs_reply_chats: a wish on his ticket, the
 * weather or the draw told him, advice on the weather, chat along) instead of turning to the
 * business. A ticket chats with no one. */
static int call_chats(lua_State *L)
{
    const char *text = reply_text(L, 1);
    int v = text ? cs_reply_chats(engine_of(L)->cfg.bank, text) : 0;
    if (v < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, v == 1);
    return 1;
}

/* fix21c */
/* call.names_caller(r): r addresses the caller by the surname on the caller card (its first
 * character: 钱先生（钻石卡） → 钱) and a form of address, the input method's homophone slips
 * forgiven (cs_reply_names_surname: 前先生 is him, 充钱 is money). A ticket names no one. */
static int call_names_caller(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *text = reply_text(L, 1);
    int v = text ? cs_reply_names_surname(e->cfg.bank, text, e->info.caller_name) : 0;
    if (v < 0) return luaL_error(L, "out of memory");
    lua_pushboolean(L, v == 1);
    return 1;
}

/* Does reply arg (typed text, or one of a ticket's fields) mention a word of the list at words? */
static int reply_mentions(lua_State *L, int arg, int words)
{
    const char *kind = raw_string(L, arg, arg, "kind");
    if (kind && strcmp(kind, "ticket") == 0) return ticket_mentions(L, arg, words);
    const char *text = reply_text(L, arg);
    return text && mentions_words(L, text, words);
}

/* reply_mentions for a fact of the desk: a word named under a denial (不是微信视频) does not state
 * it (cs_reply_states_read); a ticket's fields are records, read as reply_mentions reads them. */
static int reply_states(lua_State *L, int arg, int words)
{
    const char *kind = raw_string(L, arg, arg, "kind");
    if (kind && strcmp(kind, "ticket") == 0) return ticket_mentions(L, arg, words);
    const char *text = reply_text(L, arg);
    if (!text) return 0;
    size_t n;
    const char **list = word_list(L, words, &n);
    int rc = cs_reply_states_read(engine_of(L)->cfg.bank, text, list, n);
    lua_pop(L, 1);
    if (rc < 0) luaL_error(L, "out of memory");
    return rc;
}

/* The index of system entry name at arg (an error naming it when the scenario has none). */
static size_t entry_arg(lua_State *L, cs_engine *e, int arg, const char *id)
{
    int i = cs_desk_entry(e, id);
    if (i < 0) luaL_argerror(L, arg, lua_pushfstring(L, "no system entry '%s' (the scenario's system = {...})", id));
    return (size_t)i;
}

/* Adds word to the list in buf ("、" between), as much as fits whole. */
static void add_word(char *buf, size_t cap, const char *word)
{
    size_t used = strlen(buf);
    int n = snprintf(buf + used, cap - used, "%s%s", used ? "、" : "", word);
    if (n < 0 || (size_t)n >= cap - used) buf[used] = '\0';
}

/* Counts the facts of entry i that reply arg states, into *told of *n; when missing is not NULL,
 * adds the first word of each fact not stated to it. An entry the desk has not shown tells nothing.
 * Returns whether it is shown. */
static int count_told(lua_State *L, cs_engine *e, int arg, int entry_at, size_t i, lua_Integer *told,
                      lua_Integer *n, char *missing, size_t cap)
{
    const char *id = e->info.system[i].id;
    if (!cs_desk_push_facts(L, id))
        luaL_argerror(L, entry_at, lua_pushfstring(L, "system entry '%s' declares no facts (facts = {...} or call.system)", id));
    int facts = lua_gettop(L);
    lua_Integer k_n = (lua_Integer)lua_rawlen(L, facts);
    int shown = cs_engine_system_shown(e, i);
    *n += k_n;
    for (lua_Integer k = 1; shown && k <= k_n; k++) {
        lua_rawgeti(L, facts, k);
        if (reply_states(L, arg, lua_gettop(L))) {
            (*told)++;
        } else if (missing) {
            lua_rawgeti(L, -1, 1);
            const char *w = lua_tostring(L, -1);
            if (w) add_word(missing, cap, w);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return shown;
}

/* call.tells(r, id): r states the facts of system entry id (docs/scenarios.md "The desk"), each in
 * one of its words as call.mentions finds them. An entry the desk has not shown yet (say, before the
 * hold to 核实) gives nothing to tell: what the trainee says then is not from the lookup.
 * Returns whether every fact is stated, how many are, and how many there are. */
static int call_tells(lua_State *L)
{
    cs_engine *e = engine_of(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    size_t i = entry_arg(L, e, 2, strict_string(L, 2, NULL));
    lua_Integer told = 0, n = 0;
    count_told(L, e, 1, 2, i, &told, &n, NULL, 0);
    lua_pushboolean(L, n > 0 && told == n);
    lua_pushinteger(L, told);
    lua_pushinteger(L, n);
    return 3;
}

static const char TOLD_KEY = 'T';

/* The best credit score.tells has given item id in this call so far (0: none yet). */
static double told_before(lua_State *L, const char *id)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &TOLD_KEY) != LUA_TTABLE) {
        lua_pop(L, 1);
        return -1;
    }
    lua_getfield(L, -1, id);
    double v = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : -1;
    lua_pop(L, 2);
    return v;
}

static void told_now(lua_State *L, const char *id, double pts)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &TOLD_KEY) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &TOLD_KEY);
    }
    lua_pushnumber(L, pts);
    lua_setfield(L, -2, id);
    lua_pop(L, 1);
}

/* The entries score.tells grades against (a name or a list of names) into idx[], their titles into
 * titles ("、" between); returns how many, and whether one of them is revealed by the hold. */
static size_t tells_entries(lua_State *L, cs_engine *e, int arg, size_t idx[], size_t max, char *titles,
                            size_t cap, int *held)
{
    size_t k = 0;
    *held = 0;
    titles[0] = '\0';
    if (lua_type(L, arg) == LUA_TSTRING) {
        idx[k++] = entry_arg(L, e, arg, lua_tostring(L, arg));
    } else {
        luaL_checktype(L, arg, LUA_TTABLE);
        lua_Integer n = (lua_Integer)lua_rawlen(L, arg);
        if (n < 1 || (size_t)n > max) luaL_argerror(L, arg, "one system entry, or a list of 1 to 16");
        for (lua_Integer j = 1; j <= n; j++) {
            lua_rawgeti(L, arg, j);
            if (lua_type(L, -1) != LUA_TSTRING) luaL_argerror(L, arg, "system entries are named by their id");
            idx[k++] = entry_arg(L, e, arg, lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    }
    for (size_t j = 0; j < k; j++) {
        const cs_system_entry *s = &e->info.system[idx[j]];
        add_word(titles, cap, s->title);
        if (s->reveal && strcmp(s->reveal, "hold") == 0) *held = 1;
    }
    return k;
}

/* Whether typed reply arg gives a figure (digits) that nothing on the desk shows: no entry's text
 * and no fact word of the graded entries idx[0..k) holds it (cs_answer_invented_figure); the figure
 * into out, and into *money whether an amount of money of its own is among them
 * (cs_answer_invented_money). The known strings are kept alive on the stack until the answer is in. */
static int reply_invents(lua_State *L, cs_engine *e, int arg, const size_t idx[], size_t k, char *out, size_t cap,
                         int *money, const char *missing, int *time)
{
    out[0] = '\0';
    *money = 0;
    *time = 0;
    const char *text = reply_text(L, arg);
    if (!text) return 0;
    int top = lua_gettop(L);
    size_t max = e->info.n_system + 16 * 64 + 1, n = 0;
    const char **known = lua_newuserdatauv(L, max * sizeof *known, 0);
    for (size_t j = 0; j < e->info.n_system && n < max; j++)
        if (e->info.system[j].text) known[n++] = e->info.system[j].text;
    for (size_t j = 0; j < k; j++) {
        if (!cs_desk_push_facts(L, e->info.system[idx[j]].id)) continue;  /* stays on the stack */
        int facts = lua_gettop(L);
        for (lua_Integer f = 1; f <= (lua_Integer)lua_rawlen(L, facts); f++) {
            lua_rawgeti(L, facts, f);
            int words = lua_gettop(L);  /* stays on the stack, holding its words */
            for (lua_Integer w = 1; w <= (lua_Integer)lua_rawlen(L, words) && n < max; w++) {
                lua_rawgeti(L, words, w);
                if (lua_type(L, -1) == LUA_TSTRING) known[n++] = lua_tostring(L, -1);
                lua_pop(L, 1);  /* the string stays alive in its table */
            }
        }
    }
    int r = cs_answer_invented_figure(text, known, n, out, cap);
    if (r) *money = cs_answer_invented_money(text, known, n);
    if (r) *time = cs_answer_time_in_place(text, known, n, missing); /* calls35a */
    lua_settop(L, top);
    return r;
}

/* Whether rude reply text holds, in its clauses, a standard phrase that a rule of the rubric grades
 * (rule hold: 1.2's 等待用语; rule phrase:CAT): that rule refuses the phrase for the rude words of
 * this reply and takes its half (call_grade.c said_rudely, says_in_clause), so the reply's rudeness
 * is charged there, once, not again on the answer. */
/* calls35a: a reply call.more joined (head: the messages before the last, none of them rude, lua/callsim.lua)
 * whose head says the phrase on its own said it politely in its own message (感谢您的耐心等待。 / 经核实……
 * 不是我们客服的责任。): the rule grades that message and charges nothing, so the rude last message is
 * the answer's to halve (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语), not courtesy's alone. */
static int rude_phrase_ruled(const cs_engine *e, const char *text, const char *head)
{
    for (size_t i = 0; i < e->info.rubric.n; i++) {
        const char *rule = e->items[i].rule, *cats[2] = { NULL, NULL };
        if (!rule) continue;
        if (strcmp(rule, "hold") == 0) { cats[0] = "hold_after"; cats[1] = "hold_before"; }
        else if (strncmp(rule, "phrase:", 7) == 0) cats[0] = rule + 7;
        for (int k = 0; k < 2 && cats[k]; k++) {
            if (!cs_bank_has_category(e->cfg.bank, cats[k]) || cs_reply_holds_count(e->cfg.bank, cats[k], text) <= 0)
                continue;
            if (head && cs_reply_holds_count(e->cfg.bank, cats[k], head) > 0) continue; /* calls35a */
            return 1;
        }
    }
    return 0;
}

/* The 禁忌语 typed reply arg holds, by the one judgement of cs_reply_taboo, joined with "、" into
 * out: what halves an answer given with them (answer_credit.h). Empty when none, when it insults
 * (that fails the call, lua/callsim.lua over) and when a rule's phrase in the same reply already
 * pays for them (rude_phrase_ruled). */
static void reply_rude_words(lua_State *L, cs_engine *e, int arg, char *out, size_t cap)
{
    out[0] = '\0';
    const char *text = reply_text(L, arg);
    cs_match m;
    memset(&m, 0, sizeof m);
    if (!text || cs_reply_taboo(e->cfg.bank, text, &m) != 1 || m.insult) return;
    if (rude_phrase_ruled(e, text, raw_string(L, arg, arg, "head"))) return;
    for (size_t k = 0; k < m.n_taboo; k++) add_word(out, cap, m.taboo[k]);
}

/* An integer or a string field of the options table at arg, or the default. */
static lua_Integer tells_opt_int(lua_State *L, int arg, const char *k, lua_Integer dflt)
{
    if (lua_isnoneornil(L, arg)) return dflt;
    lua_getfield(L, arg, k);
    lua_Integer v = lua_isnil(L, -1) ? dflt : luaL_checkinteger(L, -1);
    lua_pop(L, 1);
    return v;
}

/* A boolean field of the options table at arg (false when absent). */
static int tells_opt_bool(lua_State *L, int arg, const char *k)
{
    if (lua_isnoneornil(L, arg)) return 0;
    lua_getfield(L, arg, k);
    int v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

/* score.tells's points and try at arg 4 ({max=, attempt=}): max at most the item's (its own by
 * default), attempt 1 by default. */
static cs_answer tells_limits(lua_State *L, const cs_rubric_item *it)
{
    cs_answer a = { .max = it->max, .attempt = 1 };
    if (!lua_isnoneornil(L, 4)) {
        lua_getfield(L, 4, "max");
        if (!lua_isnil(L, -1)) a.max = luaL_checknumber(L, -1);
        lua_pop(L, 1);
    }
    if (!(a.max > 0 && a.max <= it->max)) luaL_argerror(L, 4, "max must be above 0 and at most the item's max");
    a.attempt = (int)tells_opt_int(L, 4, "attempt", 1);
    return a;
}

/* score.tells's words at arg 4 ({what=, clause=}), each a string when given: into *what and *clause
 * (left as they are when not given). The option table keeps the strings alive. */
static void tells_words(lua_State *L, const char **what, const char **clause)
{
    if (lua_isnoneornil(L, 4)) return;
    int wt = lua_getfield(L, 4, "what");
    if (wt != LUA_TNIL && wt != LUA_TSTRING)
        luaL_argerror(L, 4, lua_pushfstring(L, "field 'what' must be a string, not a %s", lua_typename(L, wt)));
    if (wt == LUA_TSTRING) *what = lua_tostring(L, -1);
    int ct = lua_getfield(L, 4, "clause");
    if (ct != LUA_TNIL && ct != LUA_TSTRING)
        luaL_argerror(L, 4, lua_pushfstring(L, "field 'clause' must be a string, not a %s", lua_typename(L, ct)));
    if (ct == LUA_TSTRING) *clause = lua_tostring(L, -1);
    lua_pop(L, 2);
}

/* Marks item with this try of score.tells: a better try adds what it earns on top; among tries that
 * earn nothing the first reason stays, unless a later one shows the fault better (a made-up answer
 * rather than none). */
static void tells_mark(lua_State *L, cs_engine *e, const char *item, const char *clause, const char *reason,
                       double pts, cs_answer_verdict v)
{
    double before = told_before(L, item);
    if (!(pts > before || before < 0 || (before == 0 && pts == 0 && v == CS_ANSWER_MADEUP))) return;
    double add = pts - fmax(before, 0);
    cs_event ev = { .kind = CS_EV_MARK, .t_start_ms = e->now, .t_end_ms = e->now,
                    .typing_start_ms = -1, .prompt_end_ms = -1, .points = add > 0 ? add : -0.0,
                    .text = (char *)reason, .arg = (char *)item, .clause = (char *)clause };
    cs_engine_log_script_event(e, L, &ev);
    told_now(L, item, pts);
}

/* score.tells(item, r, entry [, {max=, attempt=, tries={...}, what=, clause=, rude_charged=}]):
 * grades reply r as the answer to a question of fact that system entry `entry` (or a list of
 * entries) answers, by the one rule of answer_credit.h (half when r holds a 禁忌语, unless
 * rude_charged: the script already took half a step of the same reply for them, call.rude_credit),
 * and marks item with it. `tries`: the words that show the reply is an
 * explanation of the kind asked (a cause, a time, an amount); `attempt` 2 or more: the caller had to
 * ask again. Repeated for the same item (a second try), the item keeps the best credit: only what
 * a later try adds is awarded. Returns whether every fact was stated, the points of this try and
 * its reason. */
static int score_tells(lua_State *L)
{
    cs_engine *e = engine_of(L);
    const char *item = strict_string(L, 1, NULL);
    luaL_checktype(L, 2, LUA_TTABLE);
    if (!lua_isnoneornil(L, 4)) luaL_checktype(L, 4, LUA_TTABLE);
    const cs_rubric_item *it = find_item(e, item);
    if (!it) luaL_argerror(L, 1, lua_pushfstring(L, "no rubric item '%s'", item));
    if (it->rule) luaL_argerror(L, 1, lua_pushfstring(L, "rubric item '%s' is graded by rule '%s'", item, it->rule));
    size_t idx[16];
    char titles[256], missing[256] = "";
    int held;
    size_t k = tells_entries(L, e, 3, idx, 16, titles, sizeof titles, &held);
    cs_answer a = tells_limits(L, it);
    lua_Integer told = 0, n = 0;
    a.shown = 1;
    for (size_t j = 0; j < k; j++)
        if (!count_told(L, e, 2, 3, idx[j], &told, &n, missing, sizeof missing)) a.shown = 0;
    a.told = (int)told;
    a.n = (int)n;
    char invented[32], rude[160];
    a.invents = reply_invents(L, e, 2, idx, k, invented, sizeof invented, &a.invents_money, missing, &a.invents_time);
    /* a static word of the grader's list: the pushed reply need not stay, and left on the stack it would stand in
     * slot 4, where the options are read (a call without options would read them from the string) */
    int top = lua_gettop(L);
    a.guess = cs_reply_guess(read_pushed(L, reply_text(L, 2)));
    lua_settop(L, top);
    rude[0] = '\0';
    if (!tells_opt_bool(L, 4, "rude_charged")) reply_rude_words(L, e, 2, rude, sizeof rude);
    a.rude = rude;
    if (!lua_isnoneornil(L, 4)) {
        if (lua_getfield(L, 4, "tries") != LUA_TNIL) a.explains = reply_mentions(L, 2, lua_gettop(L));
        lua_pop(L, 1);
    }
    const char *what = titles, *clause = it->clause;
    tells_words(L, &what, &clause);
    cs_answer_verdict v;
    double pts = cs_answer_credit(&a, &v);
    char *made = cs_answer_reason(&a, v, what, titles, missing, held, invented);
    if (!made) return luaL_error(L, "out of memory");
    /* kept by Lua, so that an error raised past the script's caps frees nothing by hand */
    const char *reason = lua_pushstring(L, made);
    free(made);
    tells_mark(L, e, item, clause, reason, pts, v);
    lua_pushboolean(L, v == CS_ANSWER_FULL);
    lua_pushnumber(L, pts);
    lua_pushvalue(L, -3);
    return 3;
}

static const luaL_Reg reply_lib[] = {
    { "says", call_says },         { "mentions", call_mentions },   { "retaliates", call_retaliates }, { "asks_repeat", call_asks_repeat },
    { "last_says", call_last_says },
    { "promises", call_promises }, { "other_amount", call_other_amount }, { "reads_back", call_reads_back }, { "in_english", call_in_english },
    { "gives_number", call_gives_number }, { "checks_back", call_checks_back }, { "asserts", call_asserts }, { "asks", call_asks }, { "recommends", call_recommends },
    { "tells", call_tells },       { "filed", call_filed },
    { "said", call_said },
    { "promises_contact", call_promises_contact }, /* calls17 */
    { "change_reversed", call_change_reversed }, /* fix17c */
    { "names_caller", call_names_caller }, /* fix21c */
    { "wishes", call_wishes }, /* fin21c */
    { "chats", call_chats }, /* calls30 */
    { "ends_call", call_ends_call }, /* tidy32 */
    { NULL, NULL },
};

/* Registers the library at the top of L as the loaded module `name` too (the registry's _LOADED,
 * which the sandbox cannot reach): Lua names a C function by it when the call site gives no name,
 * so pcall(call.say, 42) says "bad argument #1 to 'call.say'", not "to '?'". */
static void name_library(lua_State *L, const char *name)
{
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

void cs_scenario_api_open(cs_engine *e, lua_State *L)
{
    lua_pushlightuserdata(L, e);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &ENGINE_KEY);
    cs_sandbox_push_env(e->sb);
    luaL_newlib(L, call_lib);
    luaL_setfuncs(L, reply_lib, 0);
    /* call.random is math.random, seeded per attempt so a paper replays identically */
    lua_getfield(L, -2, "math");
    lua_getfield(L, -1, "random");
    lua_setfield(L, -3, "random");
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    e->call_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    name_library(L, "call");
    lua_setfield(L, -2, "call");
    luaL_newlib(L, score_lib);
    name_library(L, "score");
    lua_setfield(L, -2, "score");
    luaL_newlib(L, phrase_lib);
    name_library(L, "phrase");
    lua_setfield(L, -2, "phrase");
    lua_pop(L, 1);
}
