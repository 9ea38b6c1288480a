/* The exam session: a small state machine over the paper's parts (between calls → call → ended
 * and seen → between ... → over), driven by the app's loop (mode_exam.c) on SDL's real clock. */
#include "exam_session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call_session.h"
#include "reply_rec.h"
#include "paths.h"
#include "screen_call.h"
#include "text_cache.h"
#include "ui_strings.h"

#define EXAM_BAR_H 56   /* the title bar: the call screen's, with the exam's own part over its left */

#define SEE_HANGUP_MS 1500  /* let the hang-up be seen before the neutral screen replaces the call */

typedef enum { X_BETWEEN, X_CALL, X_OVER } x_state;

struct exam_session {
    x_state state;
    int64_t xa, person;
    size_t n_parts, part, calls_total, calls_played;  /* part: the next (or current) part */
    unsigned char *done;
    call_session *call;
    call_screen *screen;
    uint64_t started, ended_at;
    int64_t used_before;       /* call time spent before a resume */
    int time_up;
    reply_rec rec;             /* the microphone during a call (paper and microphone allow) */
    size_t clips;              /* clips stored in this session */
};

static size_t count_calls(const cs_paper *p, const unsigned char *done, int want_done)
{
    size_t n = 0;
    for (size_t i = 0; i < cs_paper_n_parts(p); i++)
        if (cs_paper_part_at(p, i, NULL)->kind == CS_PART_SCENARIO && (!want_done || done[i])) n++;
    return n;
}

/* The next part with a call still to play, from x->part on; n_parts when none. */
static void seek_next(exam_session *x, const cs_paper *p)
{
    while (x->part < x->n_parts &&
           (cs_paper_part_at(p, x->part, NULL)->kind != CS_PART_SCENARIO || x->done[x->part]))
        x->part++;
    if (x->part >= x->n_parts) x->state = X_OVER;
}

exam_session *exam_session_new(exam_env *env, int64_t xa, int64_t person, int resume, char *err, size_t errlen)
{
    exam_session *x = calloc(1, sizeof *x);
    size_t n = cs_paper_n_parts(&env->paper);
    if (!x || !(x->done = calloc(n + 1, 1))) {
        free(x);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    x->xa = xa;
    x->person = person;
    x->n_parts = n;
    if (resume && cs_exam_parts_done(env->store, xa, x->done, n, err, errlen)) {
        exam_session_free(x);
        return NULL;
    }
    x->calls_total = count_calls(&env->paper, x->done, 0);
    x->calls_played = count_calls(&env->paper, x->done, 1);
    int64_t used = 0;
    if (resume && cs_exam_time_used(env->store, xa, &used, err, errlen)) {
        exam_session_free(x);
        return NULL;
    }
    /* a resumed sitting's clock goes on from the time its calls already took */
    x->used_before = used;
    x->started = SDL_GetTicks64();
    seek_next(x, &env->paper);
    return x;
}

/* ---- the spoken part (issue 15) ------------------------------------------------------------------
 * The candidate says each reply aloud as they type it: the recording runs from the call's start and
 * is cut each time a reply is sent (reply_rec.h). Each clip is stored at once, keyed by the reply's
 * turn seq, before the call's end is signed. */

static void clip_cut(exam_session *x)
{
    size_t before = x->rec.clips;
    reply_rec_cut(&x->rec, x->call, "callsim exam");
    x->clips += x->rec.clips - before;
}

static void end_call(exam_session *x)
{
    call_screen_free(x->screen);
    session_free(x->call);
    x->screen = NULL;
    x->call = NULL;
}

void exam_session_free(exam_session *x)
{
    if (!x) return;
    end_call(x);
    free(x->done);
    free(x);
}

static int64_t elapsed(const exam_session *x)
{
    return (int64_t)(SDL_GetTicks64() - x->started) + x->used_before;
}

/* The call of x->part: loaded, filed under the sitting, ringing. */
static void start_call(exam_session *x, exam_env *env)
{
    char dir[4096], path[4400], err[1024];
    const cs_paper_part *pt = cs_paper_part_at(&env->paper, x->part, NULL);
    if (!cs_scenario_find(pt->name, path, sizeof path)) /* checked when the paper was opened */
        snprintf(path, sizeof path, "%s/%s.lua", cs_data_path("scenarios", dir, sizeof dir), pt->name);
    session_config sc = { path, env->paper.seed, CS_MODE_EXAM, env->bank, env->store, env->audio, env->voice, x->person };
    x->call = session_new(&sc, err, sizeof err);
    if (x->call && cs_exam_attempt_link(env->store, env->lead_key, x->xa, (int)x->part, pt->name, session_attempt(x->call), err, sizeof err)) {
        session_interrupt(x->call, "could not file the call under the exam");
        end_call(x);
    }
    char sitting[64];
    if (x->call && cs_exam_attempt_uid(env->store, x->xa, sitting, sizeof sitting, err, sizeof err) == 0)
        session_set_exam(x->call, sitting, (int)x->part, pt->name); /* kept in a recovery file, if it comes to that */
    x->screen = x->call ? call_screen_new(x->call, env->bank) : NULL;
    if (!x->screen) {
        /* a broken scenario must not stop the exam: the part scores 0 and the examiner sees why */
        fprintf(stderr, "callsim exam: %s: %s\n", pt->name, x->call ? "out of memory" : err);
        end_call(x);
        x->part++;
        seek_next(x, &env->paper);
        return;
    }
    x->state = X_CALL;
    x->ended_at = 0;
    session_start(x->call);
    if (env->paper.recording != CS_RECORDING_OFF) reply_rec_begin(&x->rec, env->mic, env->store, x->call);
}

static void stop_recording(exam_session *x)
{
    clip_cut(x);
    reply_rec_drop(&x->rec); /* after the last reply: not an answer to anything */
}

static void next_part(exam_session *x, exam_env *env)
{
    char err[1024];
    stop_recording(x);
    /* the call's end (score, turn chain head, rubric) signed by the lead examiner (issue 12) */
    if (x->call && cs_exam_call_end(env->store, env->lead_key, session_attempt(x->call), err, sizeof err))
        fprintf(stderr, "callsim exam: %s\n", err);
    end_call(x);
    x->calls_played++;
    x->part++;
    x->state = X_BETWEEN;
    seek_next(x, &env->paper);
}

int64_t exam_session_tick(exam_session *x, exam_env *env)
{
    int64_t limit = (int64_t)env->paper.minutes * 60000;
    if (x->state == X_BETWEEN && elapsed(x) >= limit) { x->time_up = 1; x->state = X_OVER; }
    if (x->state != X_CALL) return x->state == X_BETWEEN ? 1000 - elapsed(x) % 1000 : -1;
    int64_t next = session_advance(x->call);
    clip_cut(x);
    if (next == INT64_MAX && !x->ended_at) x->ended_at = SDL_GetTicks64();
    if (x->ended_at) {
        int64_t left = (int64_t)(x->ended_at + SEE_HANGUP_MS) - (int64_t)SDL_GetTicks64();
        if (left <= 0) { next_part(x, env); return 0; }
        next = left;
    }
    int64_t frame = call_screen_frame_due(x->screen), clock = 1000 - elapsed(x) % 1000;
    if (frame < next) next = frame;
    return clock < next ? clock : next;
}

/* The exam clock, in the title bar: on the right of the exam's own part of it during a call (the
 * desk below is the call screen's: its work order and system pane start right under the bar),
 * on the right of the bar between calls. */
static void draw_clock(exam_session *x, exam_env *env)
{
    ui_ctx *u = env->u;
    char used[32], buf[128];
    ui_clock(elapsed(x), used, sizeof used);
    snprintf(buf, sizeof buf, xs("考试用时 %s / %d:00", "Exam time %s / %d:00"), used, env->paper.minutes);
    int w = ui_text_w(u, buf, 16) + 24, h = ui_line_h(u, 16) + 10;
    int right = x->state == X_CALL ? u->w * 3 / 5 : u->w;
    SDL_Rect r = { right - w - 12, (EXAM_BAR_H - h) / 2, w, h };
    int over = elapsed(x) >= (int64_t)env->paper.minutes * 60000;
    ui_fill(u, r, over ? UI_BAD : UI_TEXT);
    ui_text(u, buf, 16, UI_WHITE, r.x + 12, r.y + 5, 0);
}

/* The recording light (the candidate says each reply aloud as they type it): bottom left, under
 * the call screen's controls, wrapped to that column, where it covers none of the desk. */
static void draw_recording(exam_session *x, exam_env *env)
{
    if (!reply_rec_on(&x->rec) || x->state != X_CALL) return;
    ui_ctx *u = env->u;
    char buf[160];
    snprintf(buf, sizeof buf, xs("● 录音中：请边输入边读出回复（%zu 段已存）", "● Recording: say each reply aloud as you type it (%zu saved)"), x->clips);
    int pad = 8, wrap = call_screen_left_w(x->screen) - 2 * pad - 16, tw = 0, th = 0;
    tc_get(u->tc, buf, ui_size(u, 14), UI_WHITE, wrap, &tw, &th);
    SDL_Rect rec = { pad, u->h - th - 8 - pad, wrap + 16, th + 8 };
    ui_fill(u, rec, UI_BAD);
    ui_text(u, buf, 14, UI_WHITE, rec.x + 8, rec.y + 4, wrap);
}

static void draw_between(exam_session *x, exam_env *env)
{
    ui_ctx *u = env->u;
    char buf[256];
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, EXAM_BAR_H }, UI_ACCENT);
    ui_text(u, env->paper.title, 20, UI_WHITE, 16, (EXAM_BAR_H - ui_line_h(u, 20)) / 2, 0);
    char who[512];
    ui_text(u, exam_candidate_line(env, x->xa, who, sizeof who), 20, UI_TEXT, 24, 72, u->w * 3 / 5);
    snprintf(buf, sizeof buf, xs("第%zu题（共 %zu 题）", "Question %zu of %zu"), x->calls_played + 1, x->calls_total);
    int y = u->h / 3;
    y += ui_text(u, buf, 34, UI_TEXT, (u->w - ui_text_w(u, buf, 34)) / 2, y, 0) + 24;
    const char *go = xs("准备好后按 Enter 接入下一通电话", "Press Enter when ready for the next call");
    ui_text(u, go, 20, UI_DIM, (u->w - ui_text_w(u, go, 20)) / 2, y, 0);
}

/* The call's place in the paper (第K题), never the scenario's title: a title such as 情绪激动的宽带用户
 * tells the candidate the situation before the caller has said a word (issue 15). */
static int question_no(const exam_session *x, const cs_paper *p)
{
    int k = 0;
    for (size_t i = 0; i <= x->part && i < cs_paper_n_parts(p); i++) k += cs_paper_part_at(p, i, NULL)->kind == CS_PART_SCENARIO;
    return k;
}

/* Over the call screen's title bar (its left part; the call clock stays): the neutral title and
 * who sits the exam. */
static void draw_call_title(exam_session *x, exam_env *env)
{
    ui_ctx *u = env->u;
    char buf[640], who[512];
    int bar = EXAM_BAR_H;
    ui_fill(u, (SDL_Rect){ 0, 0, u->w * 3 / 5, bar }, UI_ACCENT);
    snprintf(buf, sizeof buf, xs("第%d题　%s", "Question %d   %s"), question_no(x, &env->paper),
             exam_candidate_line(env, x->xa, who, sizeof who));
    ui_text(u, buf, 18, UI_WHITE, 16, (bar - ui_line_h(u, 18)) / 2, 0);
}

void exam_session_draw(exam_session *x, exam_env *env)
{
    if (x->state == X_CALL) {
        call_screen_draw(x->screen, env->u);
        draw_call_title(x, env);
        draw_recording(x, env);
    } else {
        draw_between(x, env);
    }
    draw_clock(x, env);
}

int exam_session_wants_escape(const exam_session *x)
{
    return x->state == X_CALL && x->screen && call_screen_form_open(x->screen);
}

void exam_session_event(exam_session *x, exam_env *env, const SDL_Event *ev)
{
    if (x->state == X_CALL) {
        call_screen_event(x->screen, env->u, ev);
        return;
    }
    if (x->state == X_BETWEEN && ev->type == SDL_KEYDOWN &&
        (ev->key.keysym.sym == SDLK_RETURN || ev->key.keysym.sym == SDLK_KP_ENTER))
        start_call(x, env);
}

int exam_session_over(const exam_session *x)
{
    return x->state == X_OVER;
}

void exam_session_leave(exam_session *x, const char *reason)
{
    reply_rec_drop(&x->rec); /* the call stops here: what was said after the last reply goes */
    if (x->call) session_interrupt(x->call, reason);
    end_call(x);
}

const char *exam_session_summary(const exam_session *x, char *buf, size_t len)
{
    snprintf(buf, len, xs("已完成 %zu / %zu 通电话%s", "%zu of %zu calls done%s"), x->calls_played,
             x->calls_total, x->time_up ? xs("；考试时间已到", "; the exam time ran out") : "");
    return buf;
}

void exam_session_relayout(exam_session *x)
{
    if (x->screen) call_screen_relayout(x->screen);
}
