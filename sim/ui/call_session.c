/* The call session. The engine calls on_event synchronously from session_advance/session_input on
 * the main thread, so storing and queueing speech happen in event order, with no locking. Turns go
 * through the attempt recorder, the one way calls are stored (also by `run` and `exam run`): a
 * locked or full database does not stop the call and the result is never dropped silently. */
#include "call_session.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attempt_recorder.h"
#include "bench_log.h"
#include "dictation.h"
#include "result_json.h"
#include "ui_strings.h"

struct call_session {
    cs_engine *engine;
    cs_store *store;
    audio_out *audio;
    voice *voice;
    cs_recorder *rec;
    int has_attempt, finished, graded;
    uint64_t start_ticks, seed;
    cs_mode mode;
    es_params caller_voice;
    size_t n_events;
    int replaying;             /* hot reload: replaying the trainee's actions, no sound */
    cs_grade grade;
    char store_err[512];
    char *path;
};

static void store_turn(call_session *s, const cs_call_log *log, size_t index)
{
    if (!s->has_attempt) return;
    cs_recorder_event(s->rec, log, index);
    const char *err = cs_recorder_error(s->rec);
    if (err && !s->store_err[0]) {  /* said once; the recorder writes the missing turns at the end */
        snprintf(s->store_err, sizeof s->store_err, "%s", err);
        fprintf(stderr, "callsim: %s\n", err);
    }
}

/* A dictated value is spoken in chunks at dictation speed (dictation.h); the engine timed it so. */
static void speak(call_session *s, const cs_event *ev)
{
    if (!s->voice || !ev->text || !*ev->text) return;
    es_params p = s->caller_voice;
    es_params_parse(&p, ev->style);
    if (ev->kind != CS_EV_DICTATE) {
        voice_say(s->voice, ev->text, &p);
    } else {
        char *spoken = cs_dictation_speech(ev->text);
        p.rate = cs_dictation_rate(p.rate);
        voice_say(s->voice, spoken ? spoken : ev->text, &p);
        free(spoken);
    }
    bench_voice_event();
}

static void sound_for(call_session *s, const cs_event *ev)
{
    if (!s->audio) return;
    switch (ev->kind) {
    case CS_EV_RING: audio_out_ring(s->audio, 1); break;
    case CS_EV_ANSWER: audio_out_ring(s->audio, 0); break;
    case CS_EV_HOLD: audio_out_hold(s->audio, 1); break;
    case CS_EV_UNHOLD: audio_out_hold(s->audio, 0); break;
    case CS_EV_HANGUP:
        if (s->voice) voice_cancel(s->voice);  /* the trainee cut the caller off */
        /* fall through */
    case CS_EV_CALLER_HANGUP: case CS_EV_TRANSFER: case CS_EV_ESCALATE:
        audio_out_ring(s->audio, 0);
        audio_out_hold(s->audio, 0);
        break;
    default: break;
    }
}

static void on_event(void *ud, const cs_call_log *log, size_t index)
{
    call_session *s = ud;
    const cs_event *ev = &log->ev[index];
    s->n_events = index + 1;
    store_turn(s, log, index);
    if (s->replaying) return;
    if (ev->kind == CS_EV_CALLER_SAY || ev->kind == CS_EV_DICTATE) speak(s, ev);
    sound_for(s, ev);
}

static int begin_attempt(call_session *s, const session_config *cfg, char *err, size_t errlen)
{
    if (!cfg->store) return 0;
    const char *mode = cfg->mode == CS_MODE_EXAM ? "exam" : "practice";
    cs_attempt_info info = { cfg->person, cs_engine_info(s->engine)->id, cfg->scenario_path, mode, cfg->seed };
    if (!(s->rec = cs_recorder_begin(cfg->store, &info, err, errlen))) return -1;
    s->has_attempt = 1;
    return 0;
}

call_session *session_new(const session_config *cfg, char *err, size_t errlen)
{
    call_session *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(cfg->scenario_path))) {
        free(s);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->store = cfg->store;
    s->audio = cfg->audio;
    s->voice = cfg->voice;
    s->seed = cfg->seed;
    cs_engine_config ec = { .scenario_path = cfg->scenario_path, .seed = cfg->seed, .mode = cfg->mode,
                            .bank = cfg->bank, .listener = { on_event, s } };
    s->mode = cfg->mode;
    s->engine = cs_engine_new(&ec, err, errlen);
    if (s->engine) cs_engine_set_zh(s->engine, !ui_lang_en());
    if (s->engine) cs_engine_set_translate(s->engine, ui_tr);  /* English from the catalogue */
    if (!s->engine || begin_attempt(s, cfg, err, errlen) != 0) {
        session_free(s);
        return NULL;
    }
    const cs_scenario_info *in = cs_engine_info(s->engine);
    es_params_default(&s->caller_voice);
    if (in->voice && *in->voice) snprintf(s->caller_voice.voice, sizeof s->caller_voice.voice, "%s", in->voice);
    if (in->rate) s->caller_voice.rate = in->rate;
    if (in->pitch) s->caller_voice.pitch = in->pitch;
    if (in->volume) s->caller_voice.volume = in->volume;
    es_params_clamp(&s->caller_voice);
    return s;
}

void session_start(call_session *s)
{
    s->start_ticks = SDL_GetTicks64();
    cs_engine_start(s->engine, 0);
}

int64_t session_now(const call_session *s)
{
    return (int64_t)(SDL_GetTicks64() - s->start_ticks);
}

static void finish_attempt(call_session *s)
{
    char err[512];
    const char *script_err = cs_engine_script_error(s->engine);
    int rc = 0;
    if (script_err || s->graded) {
        char *json = s->graded ? cs_result_json(s->engine, &s->grade, s->seed) : NULL;
        rc = cs_recorder_finish(s->rec, s->engine, s->graded ? &s->grade : NULL, json, err, sizeof err);
        free(json);
    }
    if (rc != 0) {
        snprintf(s->store_err, sizeof s->store_err, "%s", err);
        fprintf(stderr, "callsim: %s\n", err);
    }
}

/* Once per call: grade, store, silence the tones. */
static void on_ended(call_session *s)
{
    if (s->finished) return;
    s->finished = 1;
    if (s->audio) {
        audio_out_ring(s->audio, 0);
        audio_out_hold(s->audio, 0);
    }
    s->graded = cs_engine_grade(s->engine, &s->grade) == 0;
    if (!s->graded) fprintf(stderr, "callsim: out of memory grading the call\n");
    if (s->has_attempt) finish_attempt(s);
}

int64_t session_advance(call_session *s)
{
    int64_t now = session_now(s);
    int64_t next = cs_engine_advance(s->engine, now);
    if (cs_engine_phase(s->engine) == CS_PHASE_ENDED) {
        on_ended(s);
        return INT64_MAX;
    }
    return next > now ? next - now : 0;
}

int session_input(call_session *s, cs_input_kind kind, const char *text, int choice, int64_t typing_start_ms)
{
    if (s->finished) return 1;
    cs_input in = { kind, text, choice, session_now(s), typing_start_ms };
    int rc = cs_engine_input(s->engine, &in);
    if (cs_engine_phase(s->engine) == CS_PHASE_ENDED) on_ended(s);
    return rc;
}

void session_interrupt(call_session *s, const char *reason)
{
    if (s->finished || cs_engine_phase(s->engine) == CS_PHASE_ENDED) return;
    cs_engine_abort(s->engine, session_now(s), reason);
    s->finished = 1;
    if (s->audio) {
        audio_out_ring(s->audio, 0);
        audio_out_hold(s->audio, 0);
    }
    char err[512];
    if (s->has_attempt && cs_recorder_abort(s->rec, s->engine, reason, err, sizeof err) != 0)
        fprintf(stderr, "callsim: %s\n", err);
}

void session_free(call_session *s)
{
    if (!s) return;
    if (s->graded) cs_grade_free(&s->grade);
    cs_engine_free(s->engine);
    cs_recorder_free(s->rec);
    free(s->path);
    free(s);
}

void session_barge_in(call_session *s)
{
    if (s->voice) voice_cancel(s->voice);
}

void session_replay(call_session *s, size_t index)
{
    const cs_call_log *log = cs_engine_log(s->engine);
    if (!s->voice || index >= log->n) return;
    if (log->ev[index].kind != CS_EV_CALLER_SAY && log->ev[index].kind != CS_EV_DICTATE) return;
    voice_cancel(s->voice);  /* one line at a time: the newest click wins */
    speak(s, &log->ev[index]);
}

int session_speaking(const call_session *s)
{
    return s->voice && voice_busy(s->voice);
}

void session_typing(call_session *s)
{
    cs_engine_typing(s->engine, session_now(s));
}

cs_engine *session_engine(call_session *s) { return s->engine; }
size_t session_events(const call_session *s) { return s->n_events; }
const cs_grade *session_grade(const call_session *s) { return s->graded ? &s->grade : NULL; }
const char *session_store_error(const call_session *s) { return s->store_err[0] ? s->store_err : NULL; }
int session_stored(const call_session *s) { return s->has_attempt; }
int64_t session_attempt(const call_session *s) { return s->has_attempt ? cs_recorder_attempt(s->rec) : 0; }

void session_set_exam(call_session *s, const char *sitting_uid, int part, const char *scenario_id)
{
    if (s->has_attempt) cs_recorder_set_exam(s->rec, sitting_uid, part, scenario_id);
}
cs_mode session_mode(const call_session *s) { return s->mode; }
const char *session_scenario_path(const call_session *s) { return s->path; }
uint64_t session_seed(const call_session *s) { return s->seed; }

/* --- hot reload that keeps the place --------------------------------------------------------------- */

/* The trainee action logged as ev, as an input (text points into ev or into buf); 0 when ev is not
 * one. */
static int input_of(const cs_event *ev, cs_input *in, char *buf, size_t len)
{
    static const struct { cs_event_kind ev; cs_input_kind in; } map[] = {
        { CS_EV_ANSWER, CS_IN_ANSWER },   { CS_EV_TRAINEE_SAY, CS_IN_TEXT }, { CS_EV_CHOICE, CS_IN_CHOICE },
        { CS_EV_HOLD, CS_IN_HOLD },       { CS_EV_UNHOLD, CS_IN_UNHOLD },    { CS_EV_TRANSFER, CS_IN_TRANSFER },
        { CS_EV_ESCALATE, CS_IN_ESCALATE }, { CS_EV_TICKET, CS_IN_TICKET }, { CS_EV_HANGUP, CS_IN_HANGUP },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (map[i].ev != ev->kind) continue;
        *in = (cs_input){ map[i].in, NULL, ev->n, ev->t_end_ms, ev->typing_start_ms };
        if (ev->kind == CS_EV_TRAINEE_SAY) in->text = ev->text;
        else if (ev->kind == CS_EV_TRANSFER || ev->kind == CS_EV_ESCALATE) in->text = ev->arg;
        else if (ev->kind == CS_EV_TICKET && ev->arg) {
            /* the log keeps "f=v\nf=v"; an input is "f=v f=v" */
            snprintf(buf, len, "%s", ev->arg);
            for (char *p = buf; *p; p++) if (*p == '\n') *p = ' ';
            in->text = buf;
        }
        return 1;
    }
    return 0;
}

/* Brings the engine to an action typed from typing_start and sent at t, the typing going on the
 * while: a keystroke just before each wake in between, so a wait the window's keystrokes kept open
 * (they are not logged) is kept open in the replay too; the sending key itself is cs_engine_input's
 * (as sim/core/headless.c plays a replies file). */
static void replay_typing(cs_engine *e, int64_t typing_start, int64_t t)
{
    while (cs_engine_phase(e) != CS_PHASE_ENDED) {
        int64_t wake = cs_engine_advance(e, cs_engine_now(e));
        if (wake >= t - 1) return;
        int64_t key = wake - 1 > typing_start ? wake - 1 : typing_start;
        if (typing_start < wake && key > cs_engine_now(e)) {
            cs_engine_advance(e, key);
            cs_engine_typing(e, key);
        } else {
            cs_engine_advance(e, wake);
        }
    }
}

size_t session_resume_from(call_session *s, const call_session *old, char *where, size_t len)
{
    const cs_call_log *log = cs_engine_log(old->engine);
    size_t acts = 0, taken = 0;
    for (size_t i = 0; i < log->n; i++) {
        cs_input in;
        char buf[2048];
        acts += input_of(&log->ev[i], &in, buf, sizeof buf);
    }
    if (acts == 0) return 0;
    int64_t until = cs_engine_now(old->engine), stopped_at = -1;
    s->replaying = 1;
    cs_engine_start(s->engine, 0);
    for (size_t i = 0; i < log->n && stopped_at < 0; i++) {
        cs_input in;
        char buf[2048];
        if (!input_of(&log->ev[i], &in, buf, sizeof buf)) continue;
        int typed = (in.kind == CS_IN_TEXT || in.kind == CS_IN_TICKET) && in.typing_start_ms >= 0 &&
                    in.typing_start_ms < in.t_ms;
        if (typed) replay_typing(s->engine, in.typing_start_ms, in.t_ms);
        else cs_engine_advance(s->engine, in.t_ms);
        if (cs_engine_phase(s->engine) == CS_PHASE_ENDED || cs_engine_input(s->engine, &in) != 0)
            stopped_at = in.t_ms;
        else
            taken++;
    }
    int64_t resume = stopped_at >= 0 ? stopped_at : until;
    if (cs_engine_phase(s->engine) != CS_PHASE_ENDED) cs_engine_advance(s->engine, resume);
    s->replaying = 0;
    char clock[16];
    snprintf(clock, sizeof clock, "%02d:%02d", (int)(resume / 60000), (int)(resume / 1000 % 60));
    if (taken == acts)
        snprintf(where, len, ui_tr("已重新载入：重放了您的 %2$zu 个操作，从 %1$s 处继续"), clock, taken);
    else
        snprintf(where, len, ui_tr("已重新载入：修改后的脚本不再接受第 %2$zu/%3$zu 个操作，从仍然一致的 %1$s 处继续"),
                 clock, taken + 1, acts);
    cs_engine_note(s->engine, where);
    s->start_ticks = SDL_GetTicks64() - (uint64_t)cs_engine_now(s->engine);
    if (s->audio) {
        audio_out_ring(s->audio, cs_engine_phase(s->engine) == CS_PHASE_RINGING);
        audio_out_hold(s->audio, cs_engine_on_hold(s->engine));
    }
    return taken ? taken : 1;
}
