/* The exam screens of the app: the examiner's sign-in, the exam desk, the candidate's exam full
 * screen (leaving it needs an examiner's PIN; closing the window without it is refused), the
 * hand-over and the examiner scores. Chosen on the main menu, or `callsim exam`; the window, store
 * and voices are the app's, so entering and leaving the exam reopens nothing. */
#include "app_int.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ui_strings.h"

static exam_env *env_of(app *a) { return &a->ex.env; }

/* ---- entering and leaving the mode ------------------------------------------------------------ */

int exam_open_check(app *a)
{
    /* exam results without a store would be lost: unlike practice, the exam refuses to start */
    if (a->store) return 0;
    fprintf(stderr, "callsim exam: %s\n", a->store_error);
    return -1;
}

int exam_open(app *a)
{
    char err[1024];
    exam_state *x = &a->ex;
    if (exam_open_check(a) != 0) return -1;
    memset(x, 0, sizeof *x);
    x->env.u = &a->u;
    x->env.bank = a->bank;
    x->env.store = a->store;
    x->env.audio = a->audio;
    x->env.voice = a->voice;
    /* the spoken part (issue 15): without a microphone, said once, and the exam goes on typed-only
     * unless the paper requires recording (refused at the start of a sitting) */
    int first;
    x->env.mic = app_mic(a, &first);
    x->env.mic_err = a->mic_err;
    if (!x->env.mic && first) fprintf(stderr, "callsim exam: %s; replies are typed only, not recorded\n", a->mic_err);
    if (signin_init(&x->signin, &x->env, err, sizeof err)) {
        fprintf(stderr, "callsim exam: %s\n", err);
        return -1;
    }
    app_set_mode(a, MODE_EXAM);
    app_go(a, SCR_SIGNIN);
    return 0;
}

void exam_close(app *a)
{
    exam_state *x = &a->ex;
    if (x->exam) exam_session_leave(x->exam, "window closed during the exam");
    exam_session_free(x->exam);
    scores_free(x->scores);
    desk_free(x->desk, &x->env);
    if (x->env.have_paper) cs_paper_free(&x->env.paper);
    cs_signer_free(x->env.lead_key);
    memset(x, 0, sizeof *x);  /* the next exam begins at the sign-in, with nobody signed in */
}

/* The exam was left (Esc at the sign-in or the desk): the practice menu, or out of `callsim exam`. */
static void exam_done(app *a)
{
    exam_close(a);
    if (a->cfg->exam) { app_go(a, SCR_QUIT); return; }  /* `callsim exam`: leaving it closes */
    app_set_mode(a, MODE_PRACTICE);
    app_go(a, SCR_HOME);
}

/* ---- switching screens ------------------------------------------------------------------------- */

static void back_to_desk(app *a, int bad, const char *note)
{
    app_fullscreen(a, 0);
    app_go(a, SCR_DESK);
    desk_refresh(a->ex.desk, env_of(a));
    if (note) desk_note(a->ex.desk, bad, note);
}

static void open_desk(app *a)
{
    char err[1024];
    a->ex.desk = desk_new(env_of(a), a->cfg->paper, err, sizeof err);
    if (!a->ex.desk) { fprintf(stderr, "callsim exam: %s\n", err); a->rc = 2; app_go(a, SCR_QUIT); return; }
    app_go(a, SCR_DESK);
}

static void open_scores(app *a, int64_t xa)
{
    char err[1024];
    a->ex.scores = scores_new(env_of(a), xa, err, sizeof err);
    if (!a->ex.scores) { back_to_desk(a, 1, err); return; }
    app_go(a, SCR_SCORES);
}

/* Begins a new sitting, or resumes the candidate's sitting in progress, full screen. */
static void start_exam(app *a, int resume)
{
    char err[1024], host[256] = "";
    exam_state *x = &a->ex;
    exam_env *env = &x->env;
    const desk_row *r = desk_selected(x->desk);
    int64_t person = 0, xa = r->xa;
    if (env->paper.recording == CS_RECORDING_REQUIRED && !env->mic) {
        snprintf(err, sizeof err, xs("不能开考：试卷「%s」要求录音（recording required），本机没有可用的麦克风（%s）。接好麦克风后重启考务台。",
                                     "Cannot start: paper \"%s\" requires recording and this PC has no usable microphone (%s). Connect one and restart the desk."),
                 env->paper.title, env->mic_err);
        desk_note(x->desk, 1, err);
        return;
    }
    gethostname(host, sizeof host - 1);
    if (cs_store_person(env->store, "candidate", r->name, r->cand_no, &person, err, sizeof err) ||
        (!resume && cs_exam_attempt_begin(env->store, env->lead_key, r->id, host, &xa, err, sizeof err)) ||
        (resume && cs_exam_attempt_resume(env->store, env->lead_key, xa, r->id, err, sizeof err)) ||
        !(x->exam = exam_session_new(env, xa, person, resume, err, sizeof err))) {
        desk_note(x->desk, 1, err);
        return;
    }
    x->leaving = x->quit_after = 0;
    x->xa = xa;
    app_go(a, SCR_EXAM);
    app_fullscreen(a, 1);
}

/* Every call played: the sitting is complete; the hand-over screen asks the candidate to leave the
 * seat before the panel scores it (issue 15). */
static void finish_exam(app *a, int64_t xa)
{
    char err[1024];
    exam_state *x = &a->ex;
    exam_session_free(x->exam);
    x->exam = NULL;
    if (cs_exam_attempt_complete(x->env.store, x->env.lead_key, xa, err, sizeof err)) { back_to_desk(a, 1, err); return; }
    x->xa = xa;
    app_go(a, SCR_HANDOVER);
}

/* ---- leaving the exam -------------------------------------------------------------------------- */

static void ask_leave(app *a, int quit)
{
    exam_state *x = &a->ex;
    if (!x->leaving) {
        form_reset(&x->leave_form);
        form_add(&x->leave_form, xs("考评员 PIN", "Examiner PIN"), 1);
    }
    x->leaving = 1;
    x->quit_after |= quit;
}

void exam_window_close(app *a)
{
    if (a->screen == SCR_EXAM) ask_leave(a, 1);  /* refused without an examiner's PIN */
    else app_go(a, SCR_QUIT);
}

static void leave_event(app *a, const SDL_Event *ev)
{
    char pin[128], msg[512], note[600];
    int who;
    cs_signer *key = NULL;
    exam_state *x = &a->ex;
    form_result fr = form_event(&x->leave_form, ev);
    if (fr == FORM_CANCEL) { x->leaving = x->quit_after = 0; return; }
    if (fr != FORM_SUBMIT) return;
    form_value(&x->leave_form, 0, pin, sizeof pin);
    if (exam_panel_pin(&x->env, pin, &who, &key, msg, sizeof msg)) {
        form_clear_field(&x->leave_form, 0);
        form_message(&x->leave_form, 1, "%s", msg);
        return;
    }
    snprintf(note, sizeof note, "left by examiner %s", x->env.panel[who].name);
    /* who stopped the sitting and when, signed (issue 12) */
    if (cs_exam_attempt_leave(x->env.store, key, x->xa, note, msg, sizeof msg)) fprintf(stderr, "callsim exam: %s\n", msg);
    cs_signer_free(key);
    exam_session_leave(x->exam, note);
    exam_session_free(x->exam);
    x->exam = NULL;
    x->leaving = 0;
    if (x->quit_after) { app_go(a, SCR_QUIT); return; }
    back_to_desk(a, 0, xs("考试已由考评员中止；该场考试可续考（R）或作废（V）",
                          "The exam was stopped by an examiner; it can be resumed (R) or voided (V)"));
}

static void draw_leave(app *a)
{
    ui_ctx *u = &a->u;
    int w = u->w / 2, h = 200;
    SDL_Rect box = { (u->w - w) / 2, (u->h - h) / 2, w, h };
    ui_fill(u, box, UI_WARN);
    ui_outline(u, box, UI_ACCENT);
    ui_text(u, xs("离开考试需考评员 PIN（Enter 确定，Esc 返回考试）", "Leaving the exam needs an examiner's PIN (Enter OK, Esc back)"),
            16, UI_TEXT, box.x + 16, box.y + 14, w - 32);
    form_draw(&a->ex.leave_form, u, box.x + 16, box.y + 60, w - 32);
}

/* ---- the screens -------------------------------------------------------------------------------- */

static void signin_draw_(app *a) { signin_draw(&a->ex.signin, env_of(a)); }

static void signin_event_(app *a, const SDL_Event *ev)
{
    switch (signin_event(&a->ex.signin, env_of(a), ev)) {
    case SIGNIN_DONE: open_desk(a); break;
    case SIGNIN_QUIT: exam_done(a); break;
    default: break;
    }
}

const screen_ops scr_signin = { "signin", NULL, NULL, signin_event_, NULL, signin_draw_, 0 };

static void desk_draw_(app *a) { desk_draw(a->ex.desk, env_of(a)); }

static void desk_event_(app *a, const SDL_Event *ev)
{
    switch (desk_event(a->ex.desk, env_of(a), ev)) {
    case DESK_START: start_exam(a, 0); break;
    case DESK_RESUME: start_exam(a, 1); break;
    case DESK_SCORES: open_scores(a, desk_selected(a->ex.desk)->xa); break;
    case DESK_QUIT: exam_done(a); break;
    default: break;
    }
}

const screen_ops scr_desk = { "desk", NULL, NULL, desk_event_, NULL, desk_draw_, 0 };

static void exam_draw(app *a)
{
    exam_session_draw(a->ex.exam, env_of(a));
    if (a->ex.leaving) draw_leave(a);
}

static void exam_event(app *a, const SDL_Event *ev)
{
    if (a->ex.leaving) { leave_event(a, ev); return; }
    /* Esc asks for the examiner's PIN to leave, unless a form over the call (the ticket) is open:
     * then it closes that form, and only that */
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_ESCAPE && !exam_session_wants_escape(a->ex.exam)) {
        ask_leave(a, 0);
        return;
    }
    exam_session_event(a->ex.exam, env_of(a), ev);
}

static int64_t exam_update(app *a)
{
    exam_state *x = &a->ex;
    int64_t next = exam_session_tick(x->exam, &x->env);
    if (exam_session_over(x->exam) && !x->leaving) {
        char note[256];
        exam_session_summary(x->exam, note, sizeof note);
        fprintf(stderr, "callsim exam: %s\n", note);
        finish_exam(a, x->xa);
        return -1;
    }
    return next;
}

const screen_ops scr_exam = { "exam", NULL, NULL, exam_event, exam_update, exam_draw, 0 };

static void handover_draw(app *a)
{
    ui_ctx *u = &a->u;
    char who[512];
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, 56 }, UI_ACCENT);
    ui_text(u, a->ex.env.paper.title, 20, UI_WHITE, 16, (56 - ui_line_h(u, 20)) / 2, 0);
    const char *end = xs("考试结束，请考生离座", "The exam is over: candidate, please leave your seat");
    int y = u->h / 3;
    y += ui_text(u, end, 40, UI_TEXT, (u->w - ui_text_w(u, end, 40)) / 2, y, 0) + 24;
    exam_candidate_line(env_of(a), a->ex.xa, who, sizeof who);
    y += ui_text(u, who, 20, UI_DIM, (u->w - ui_text_w(u, who, 20)) / 2, y, 0) + 40;
    const char *next = xs("考评员：按 Enter 进入评分", "Examiner: press Enter to score");
    ui_text(u, next, 18, UI_DIM, (u->w - ui_text_w(u, next, 18)) / 2, y, 0);
}

static void handover_event(app *a, const SDL_Event *ev)
{
    if (ev->type != SDL_KEYDOWN) return;
    SDL_Keycode k = ev->key.keysym.sym;
    if (k != SDLK_RETURN && k != SDLK_KP_ENTER) return;
    app_fullscreen(a, 0);
    open_scores(a, a->ex.xa);
}

const screen_ops scr_handover = { "handover", NULL, NULL, handover_event, NULL, handover_draw, 0 };

static void scores_draw_(app *a) { scores_draw(a->ex.scores, env_of(a)); }

static void scores_event_(app *a, const SDL_Event *ev)
{
    if (!scores_event(a->ex.scores, env_of(a), ev)) return;
    scores_free(a->ex.scores);
    a->ex.scores = NULL;
    back_to_desk(a, 0, NULL);
}

const screen_ops scr_scores = { "scores", NULL, NULL, scores_event_, NULL, scores_draw_, 0 };
