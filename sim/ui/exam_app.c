/* The examiner window. Its loop is app.c's (sleep until an event or the next due time) with its
 * own screens; SDL_QUIT is refused while a candidate sits the exam, unless an examiner's PIN was
 * given, so a candidate cannot close the exam away. */
#include "exam_app.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "exam_env.h"
#include "exam_session.h"
#include "font_find.h"
#include "mic_capture.h"
#include "paths.h"
#include "screen_exam_desk.h"
#include "screen_exam_scores.h"
#include "screen_signin.h"
#include "ui_form.h"
#include "ui_strings.h"

typedef enum { EX_SIGNIN, EX_DESK, EX_EXAM, EX_HANDOVER, EX_SCORES, EX_QUIT } ex_screen;

typedef struct {
    const exam_app_config *cfg;
    exam_env env;
    ex_screen screen;
    signin_screen signin;
    desk_screen *desk;
    exam_session *exam;
    scores_screen *scores;
    int leaving;     /* the PIN prompt to leave the exam is open */
    int quit_after;  /* the prompt was opened by closing the window: quit once the PIN is given */
    ui_form leave_form;
    int64_t xa;      /* the sitting being played */
    int rc;
} exam_app;

/* ---- set-up and tear-down ---------------------------------------------------------------------- */

/* Exam results without a store would be lost: unlike practice, the exam refuses to start. */
static int open_store(exam_app *a, char *err, size_t errlen)
{
    char path[4096];
    const char *p = a->cfg->db;
    if (!p && cs_store_default_path(path, sizeof path) == 0) p = path;
    if (!p) { snprintf(err, errlen, "no database path (set HOME or XDG_DATA_HOME, or pass --db FILE)"); return -1; }
    a->env.store = cs_store_open(p, err, errlen);
    return a->env.store ? 0 : -1;
}

static int open_all(exam_app *a)
{
    char font[4096], err[1024], dir[4096];
    exam_env *env = &a->env;
    if (font_find_cjk(a->cfg->font, font, sizeof font, err, sizeof err) || open_store(a, err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        return -1;
    }
    env->bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!env->bank) { fprintf(stderr, "callsim exam: %s\n", err); return -1; }
    if (TTF_Init() != 0 || ui_open_window(&a->env.u, xs("callsim 实操考核", "callsim practical exam"), font) != 0) {
        fprintf(stderr, "callsim exam: cannot open the window: %s\n", SDL_GetError());
        return -1;
    }
    env->audio = audio_out_open(err, sizeof err);
    if (!env->audio) fprintf(stderr, "callsim exam: %s; continuing without sound\n", err);
    if (env->audio) env->voice = voice_start(env->audio);
    /* the spoken part (issue 15): without a microphone, said once, and the exam goes on typed-only
     * unless the paper requires recording (refused at the start of a sitting) */
    env->mic = env->audio ? mic_open(env->mic_err, sizeof env->mic_err) : NULL;
    if (!env->audio) snprintf(env->mic_err, sizeof env->mic_err, "no audio device, so no microphone");
    if (!env->mic) fprintf(stderr, "callsim exam: %s; replies are typed only, not recorded\n", env->mic_err);
    if (signin_init(&a->signin, env, err, sizeof err)) { fprintf(stderr, "callsim exam: %s\n", err); return -1; }
    SDL_StartTextInput();
    return 0;
}

static void close_all(exam_app *a)
{
    exam_env *env = &a->env;
    if (a->exam) exam_session_leave(a->exam, "window closed during the exam");
    exam_session_free(a->exam);
    scores_free(a->scores);
    desk_free(a->desk, env);
    if (env->have_paper) cs_paper_free(&env->paper);
    voice_stop(env->voice);
    mic_close(env->mic);
    audio_out_close(env->audio);
    cs_signer_free(env->lead_key);
    env->lead_key = NULL;
    cs_store_close(env->store);
    ui_close_window(&env->u);
    cs_bank_free(env->bank);
    if (TTF_WasInit()) TTF_Quit();
}

/* ---- switching screens ------------------------------------------------------------------------- */

static void fullscreen(exam_app *a, int on)
{
    SDL_SetWindowFullscreen(a->env.u.win, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    SDL_GetRendererOutputSize(a->env.u.r, &a->env.u.w, &a->env.u.h);
    tc_clear(a->env.u.tc);
}

static void back_to_desk(exam_app *a, int bad, const char *note)
{
    fullscreen(a, 0);
    a->screen = EX_DESK;
    desk_refresh(a->desk, &a->env);
    if (note) desk_note(a->desk, bad, note);
}

static void open_desk(exam_app *a)
{
    char err[1024];
    a->desk = desk_new(&a->env, a->cfg->paper, err, sizeof err);
    if (!a->desk) { fprintf(stderr, "callsim exam: %s\n", err); a->rc = 2; a->screen = EX_QUIT; return; }
    a->screen = EX_DESK;
}

static void open_scores(exam_app *a, int64_t xa)
{
    char err[1024];
    a->scores = scores_new(&a->env, xa, err, sizeof err);
    if (!a->scores) { back_to_desk(a, 1, err); return; }
    a->screen = EX_SCORES;
}

/* Begins a new sitting, or resumes the candidate's sitting in progress, full screen. */
static void start_exam(exam_app *a, int resume)
{
    char err[1024], host[256] = "";
    const desk_row *r = desk_selected(a->desk);
    int64_t person = 0, xa = r->xa;
    if (a->env.paper.recording == CS_RECORDING_REQUIRED && !a->env.mic) {
        snprintf(err, sizeof err, xs("不能开考：试卷「%s」要求录音（recording required），本机没有可用的麦克风（%s）。接好麦克风后重启考务台。",
                                     "Cannot start: paper \"%s\" requires recording and this PC has no usable microphone (%s). Connect one and restart the desk."),
                 a->env.paper.title, a->env.mic_err);
        desk_note(a->desk, 1, err);
        return;
    }
    gethostname(host, sizeof host - 1);
    if (cs_store_person(a->env.store, "candidate", r->name, r->cand_no, &person, err, sizeof err) ||
        (!resume && cs_exam_attempt_begin(a->env.store, a->env.lead_key, r->id, host, &xa, err, sizeof err)) ||
        (resume && cs_exam_attempt_resume(a->env.store, a->env.lead_key, xa, r->id, err, sizeof err)) ||
        !(a->exam = exam_session_new(&a->env, xa, person, resume, err, sizeof err))) {
        desk_note(a->desk, 1, err);
        return;
    }
    a->leaving = a->quit_after = 0;
    a->xa = xa;
    a->screen = EX_EXAM;
    fullscreen(a, 1);
}

/* Every call played: the sitting is complete; the hand-over screen asks the candidate to leave the
 * seat before the panel scores it (issue 15). */
static void finish_exam(exam_app *a, int64_t xa)
{
    char err[1024];
    exam_session_free(a->exam);
    a->exam = NULL;
    if (cs_exam_attempt_complete(a->env.store, a->env.lead_key, xa, err, sizeof err)) { back_to_desk(a, 1, err); return; }
    a->xa = xa;
    a->screen = EX_HANDOVER;
}

static void draw_handover(exam_app *a)
{
    ui_ctx *u = &a->env.u;
    char who[512];
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, 56 }, UI_ACCENT);
    ui_text(u, a->env.paper.title, 20, UI_WHITE, 16, (56 - ui_line_h(u, 20)) / 2, 0);
    const char *end = xs("考试结束，请考生离座", "The exam is over: candidate, please leave your seat");
    int y = u->h / 3;
    y += ui_text(u, end, 40, UI_TEXT, (u->w - ui_text_w(u, end, 40)) / 2, y, 0) + 24;
    exam_candidate_line(&a->env, a->xa, who, sizeof who);
    y += ui_text(u, who, 20, UI_DIM, (u->w - ui_text_w(u, who, 20)) / 2, y, 0) + 40;
    const char *next = xs("考评员：按 Enter 进入评分", "Examiner: press Enter to score");
    ui_text(u, next, 18, UI_DIM, (u->w - ui_text_w(u, next, 18)) / 2, y, 0);
}

static void handover_event(exam_app *a, const SDL_Event *ev)
{
    if (ev->type != SDL_KEYDOWN) return;
    SDL_Keycode k = ev->key.keysym.sym;
    if (k != SDLK_RETURN && k != SDLK_KP_ENTER) return;
    fullscreen(a, 0);
    open_scores(a, a->xa);
}

/* ---- leaving the exam -------------------------------------------------------------------------- */

static void ask_leave(exam_app *a, int quit)
{
    if (!a->leaving) {
        form_reset(&a->leave_form);
        form_add(&a->leave_form, xs("考评员 PIN", "Examiner PIN"), 1);
    }
    a->leaving = 1;
    a->quit_after |= quit;
}

static void leave_event(exam_app *a, const SDL_Event *ev)
{
    char pin[128], msg[512], note[600];
    int who;
    cs_signer *key = NULL;
    form_result fr = form_event(&a->leave_form, ev);
    if (fr == FORM_CANCEL) { a->leaving = a->quit_after = 0; return; }
    if (fr != FORM_SUBMIT) return;
    form_value(&a->leave_form, 0, pin, sizeof pin);
    if (exam_panel_pin(&a->env, pin, &who, &key, msg, sizeof msg)) {
        form_clear_field(&a->leave_form, 0);
        form_message(&a->leave_form, 1, "%s", msg);
        return;
    }
    snprintf(note, sizeof note, "left by examiner %s", a->env.panel[who].name);
    /* who stopped the sitting and when, signed (issue 12) */
    if (cs_exam_attempt_leave(a->env.store, key, a->xa, note, msg, sizeof msg)) fprintf(stderr, "callsim exam: %s\n", msg);
    cs_signer_free(key);
    exam_session_leave(a->exam, note);
    exam_session_free(a->exam);
    a->exam = NULL;
    a->leaving = 0;
    if (a->quit_after) { a->screen = EX_QUIT; return; }
    back_to_desk(a, 0, xs("考试已由考评员中止；该场考试可续考（R）或作废（V）",
                          "The exam was stopped by an examiner; it can be resumed (R) or voided (V)"));
}

static void draw_leave(exam_app *a)
{
    ui_ctx *u = &a->env.u;
    int w = u->w / 2, h = 200;
    SDL_Rect box = { (u->w - w) / 2, (u->h - h) / 2, w, h };
    ui_fill(u, box, UI_WARN);
    ui_outline(u, box, UI_ACCENT);
    ui_text(u, xs("离开考试需考评员 PIN（Enter 确定，Esc 返回考试）", "Leaving the exam needs an examiner's PIN (Enter OK, Esc back)"),
            16, UI_TEXT, box.x + 16, box.y + 14, w - 32);
    form_draw(&a->leave_form, u, box.x + 16, box.y + 60, w - 32);
}

/* ---- loop -------------------------------------------------------------------------------------- */

static void draw(exam_app *a)
{
    switch (a->screen) {
    case EX_SIGNIN: signin_draw(&a->signin, &a->env); break;
    case EX_DESK: desk_draw(a->desk, &a->env); break;
    case EX_EXAM: exam_session_draw(a->exam, &a->env); if (a->leaving) draw_leave(a); break;
    case EX_HANDOVER: draw_handover(a); break;
    case EX_SCORES: scores_draw(a->scores, &a->env); break;
    default: return;
    }
    ui_present(&a->env.u);
}

static void desk_action_do(exam_app *a, desk_action act)
{
    switch (act) {
    case DESK_START: start_exam(a, 0); break;
    case DESK_RESUME: start_exam(a, 1); break;
    case DESK_SCORES: open_scores(a, desk_selected(a->desk)->xa); break;
    case DESK_QUIT: a->screen = EX_QUIT; break;
    default: break;
    }
}

static void exam_event(exam_app *a, const SDL_Event *ev)
{
    if (a->leaving) { leave_event(a, ev); return; }
    /* Esc asks for the examiner's PIN to leave, unless a form over the call (the ticket) is open:
     * then it closes that form, and only that */
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_ESCAPE && !exam_session_wants_escape(a->exam)) {
        ask_leave(a, 0);
        return;
    }
    exam_session_event(a->exam, &a->env, ev);
}

static void handle(exam_app *a, const SDL_Event *ev)
{
    if (ev->type == SDL_QUIT) {
        if (a->screen == EX_EXAM) ask_leave(a, 1);  /* refused without an examiner's PIN */
        else a->screen = EX_QUIT;
        return;
    }
    if (ev->type == SDL_WINDOWEVENT) {
        if (!ui_window_event(&a->env.u, &ev->window)) return;
        tc_clear(a->env.u.tc);
        if (a->exam) exam_session_relayout(a->exam);
        return;
    }
    switch (a->screen) {
    case EX_SIGNIN:
        switch (signin_event(&a->signin, &a->env, ev)) {
        case SIGNIN_DONE: open_desk(a); break;
        case SIGNIN_QUIT: a->screen = EX_QUIT; break;
        default: break;
        }
        break;
    case EX_DESK: desk_action_do(a, desk_event(a->desk, &a->env, ev)); break;
    case EX_EXAM: exam_event(a, ev); break;
    case EX_HANDOVER: handover_event(a, ev); break;
    case EX_SCORES:
        if (scores_event(a->scores, &a->env, ev)) {
            scores_free(a->scores);
            a->scores = NULL;
            back_to_desk(a, 0, NULL);
        }
        break;
    default: break;
    }
}

static int64_t tick(exam_app *a)
{
    if (a->screen != EX_EXAM) return -1;
    int64_t next = exam_session_tick(a->exam, &a->env);
    if (exam_session_over(a->exam) && !a->leaving) {
        char note[256];
        int64_t xa = a->xa;
        exam_session_summary(a->exam, note, sizeof note);
        fprintf(stderr, "callsim exam: %s\n", note);
        finish_exam(a, xa);
        return -1;
    }
    return next;
}

static void loop(exam_app *a)
{
    while (a->screen != EX_QUIT) {
        int64_t wait = tick(a);
        if (a->screen == EX_QUIT) break;
        draw(a);
        SDL_Event ev;
        if (!ui_wait_event(&ev, wait)) continue;
        handle(a, &ev);
        while (a->screen != EX_QUIT && SDL_PollEvent(&ev)) handle(a, &ev);
    }
}

int exam_app_run(const exam_app_config *cfg)
{
    exam_app a;
    memset(&a, 0, sizeof a);
    a.cfg = cfg;
    a.screen = EX_SIGNIN;
    if (open_all(&a) != 0) {
        close_all(&a);
        return 2;
    }
    loop(&a);
    int rc = a.rc;
    close_all(&a);
    return rc;
}
