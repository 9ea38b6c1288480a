/* The practice and workbench screens of the app: the main menu → the scenario list (practice, or
 * the trainers' workbench) → the call → the debrief → retry or back; `callsim play` goes straight
 * into one call in workbench mode. Each screen is a row of app_int.h's table. */
#include "app_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clip_play.h"
#include "paths.h"
#include "ui_strings.h"
#include "voice_store.h"

#define SHOW_RESULTS_AFTER_MS 1500  /* let the hang-up be seen before the results replace the call */

static int is_key(const SDL_Event *ev, SDL_Keycode k)
{
    return ev->type == SDL_KEYDOWN && ev->key.keysym.sym == k;
}

static int is_ctrl_key(const SDL_Event *ev, SDL_Keycode k)
{
    return is_key(ev, k) && (ev->key.keysym.mod & KMOD_CTRL);
}

/* ---- the call: started, reloaded, ended ------------------------------------------------------ */

/* The debrief's list of recorded replies (show_results): a->results holds it, the only copy,
 * and this is the one place it is freed, so no other pointer to it can outlive it. */
static void drop_clips(app *a)
{
    free(a->results.clips);
    a->results.clips = NULL;
    a->results.n_clips = 0;
}

static void end_call(app *a)
{
    reply_rec_drop(&a->rec);
    drop_clips(a);
    call_screen_free(a->call);
    session_free(a->session);
    a->call = NULL;
    a->session = NULL;
}

/* Plays path; with `from` (the call a hot reload replaces) it replays the trainee's actions so far
 * and goes on from the same point (session_resume_from). */
static void start_call_from(app *a, const char *path, const call_session *from)
{
    char err[1024] = "";
    session_config sc = { path, a->cfg->seed, CS_MODE_PRACTICE, a->bank, a->store, a->audio, a->voice, 0 };
    /* reloading (F5, or on save) is the trainers' tool (app_reloads): a trainee's practice call is
     * never thrown away by a key */
    if (app_reloads(a)) file_watch_set(&a->watch, path);
    else file_watch_clear(&a->watch);
    a->session = session_new(&sc, err, sizeof err);
    a->call = a->session ? call_screen_new(a->session, a->bank) : NULL;
    if (!a->call) {
        /* a trainer's broken scenario: the error stays on screen until the file is saved again
         * (or F5), so the fix is seen where the scenario is played, not on a terminal */
        snprintf(a->error, sizeof a->error, "%s", a->session ? "out of memory" : err);
        end_call(a);
        app_go(a, SCR_ERROR);
        return;
    }
    call_screen_set_f5_reloads(a->call, a->watch.active);
    a->ended_at = 0;
    drop_clips(a);
    memset(&a->results, 0, sizeof a->results);
    app_go(a, SCR_CALL);
    char where[300];
    if (from && session_resume_from(a->session, from, where, sizeof where)) {
        fprintf(stderr, "callsim: %s: %s\n", path, where);
    } else {
        session_start(a->session);
    }
    if (a->rec_wanted) reply_rec_begin(&a->rec, a->mic, a->store, a->session);
}

static void start_call(app *a, const char *path)
{
    start_call_from(a, path, NULL);
}

/* Plays the watched scenario again from its file, keeping the trainee's place: the trainee's
 * actions so far are replayed on the edited script and the call goes on from the same moment (or
 * from the last action it still takes). The call in progress is stored as interrupted. */
void practice_reload(app *a)
{
    char path[4096];
    snprintf(path, sizeof path, "%s", a->watch.path);
    call_session *old = a->session && a->screen == SCR_CALL ? a->session : NULL;
    int live = old && cs_engine_phase(session_engine(old)) != CS_PHASE_ENDED;
    if (old) {
        /* stored as interrupted (and its tones stopped) before the new call sets its own */
        session_interrupt(old, "scenario reloaded from its file");
        call_screen_free(a->call);
        a->call = NULL;
        a->session = NULL;
    }
    end_call(a);
    start_call_from(a, path, live ? old : NULL);
    session_free(old);
}

static int call_live(const app *a)
{
    return a->screen == SCR_CALL && cs_engine_phase(session_engine(a->session)) != CS_PHASE_ENDED;
}

static void retry(app *a)
{
    char path[4096];
    snprintf(path, sizeof path, "%s", session_scenario_path(a->session));
    end_call(a);
    start_call(a, path);
}

/* ---- the lists and the main menu -------------------------------------------------------------- */

/* The scenario list, built afresh each time: best scores change after a call, a trainer's files
 * change while the window is open, and the language may have changed. */
static void show_list(app *a, int trainer)
{
    app_set_mode(a, trainer ? MODE_WORKBENCH : MODE_PRACTICE);
    app_go(a, SCR_LIST);
}

static void list_enter(app *a)
{
    int trainer = a->mode == MODE_WORKBENCH;
    size_t sel = a->menu && a->menu_trainer == trainer ? menu_selected(a->menu) : 0;
    end_call(a);
    file_watch_clear(&a->watch);
    menu_free(a->menu);
    const char *dirs[2];
    size_t n_dirs = cs_scenario_dirs(dirs, 2); /* the trainer's folder first (--scenarios) */
    a->menu = menu_new_in(dirs, n_dirs, a->bank, a->store, trainer);
    a->menu_trainer = trainer;
    if (a->menu) menu_select(a->menu, sel);
    else a->screen = SCR_QUIT;
}

static void show_home(app *a)
{
    app_set_mode(a, MODE_PRACTICE);
    app_go(a, SCR_HOME);
}

static void home_enter(app *a)
{
    end_call(a);
    file_watch_clear(&a->watch);
}

/* Back from the call, the results or the error: to the list, or out of `callsim play`. */
static void go_back(app *a)
{
    if (a->cfg->scenario) app_go(a, SCR_QUIT);
    else show_list(a, a->menu_trainer);
}

void practice_open(app *a)
{
    if (!a->cfg->scenario) { show_home(a); return; }
    app_set_mode(a, MODE_WORKBENCH);  /* `callsim play`: the trainer's tool, F5 reloads */
    start_call(a, a->cfg->scenario);
}

void practice_close(app *a)
{
    if (a->session) session_interrupt(a->session, "window closed during the call");
    end_call(a);
    file_watch_clear(&a->watch);
    menu_free(a->menu);
    a->menu = NULL;
}

void practice_abandon(app *a, int quit)
{
    if (a->session) session_interrupt(a->session, "call abandoned by the trainee");
    if (quit) app_go(a, SCR_QUIT);
    else go_back(a);
}

void practice_window_close(app *a)
{
    /* the window's close button mid-call asks first; asked again (a second close, a second
     * SIGTERM), it closes: the call is stored as interrupted on the way out */
    if (call_live(a) && !a->confirm.open) app_ask(a, CONFIRM_ABANDON_QUIT);
    else app_go(a, SCR_QUIT);
}

/* ---- recording practice replies (issue 15) --------------------------------------------------------
 * Self-review: the trainee says each reply aloud as they type it and listens to it in the debrief.
 * Off until asked for (Ctrl+R); the microphone is looked for then, and only once: without one the
 * trainee is told once and practice goes on typed-only. Clips are stored with the practice attempt
 * exactly as the exam's (reply_rec.h); without a store there is nothing to keep them with. */

static int find_mic(app *a)
{
    int first;
    mic *m = app_mic(a, &first);
    /* mic_open's words say typed-only; without a sound device these do */
    if (!m && first && !a->audio) fprintf(stderr, "callsim: practice: %s: recording is off, replies are typed only\n", a->mic_err);
    else if (!m && first) fprintf(stderr, "callsim: practice: %s\n", a->mic_err);
    return m != NULL;
}

static void toggle_recording(app *a)
{
    if (a->rec_wanted) {
        a->rec_wanted = 0;
        reply_rec_drop(&a->rec);
        return;
    }
    if (!find_mic(a) || !a->store) return;
    a->rec_wanted = 1;
    if (call_live(a)) reply_rec_begin(&a->rec, a->mic, a->store, a->session);
}

/* The switch, bottom left (under the call screen's buttons, on the list under its help line):
 * what Ctrl+R does, or that it records and how many clips are kept. */
static void draw_recording(app *a)
{
    ui_ctx *u = &a->u;
    char buf[256];
    if (a->screen != SCR_CALL && a->screen != SCR_LIST) return;
    int on = a->screen == SCR_CALL ? reply_rec_on(&a->rec) : a->rec_wanted;
    if (on) snprintf(buf, sizeof buf, ui_s(S_REC_ON), a->rec.clips);
    else snprintf(buf, sizeof buf, "%s", a->mic_tried && !a->mic ? ui_s(S_REC_NO_MIC) : ui_s(S_REC_OFF));
    int w = ui_text_w(u, buf, 13) + 16, h = ui_line_h(u, 13) + 8;
    SDL_Rect r = { 8, u->h - h - 8, w, h };
    if (a->screen == SCR_LIST) r.x = u->w - w - 8;
    ui_fill(u, r, on ? UI_BAD : UI_PANEL);
    ui_outline(u, r, UI_BORDER);
    ui_text(u, buf, 13, on ? UI_WHITE : UI_DIM, r.x + 8, r.y + 4, 0);
}

/* The debrief's recorded replies, read back from the store (what was kept, not what was meant). */
static int collect_clip(const cs_voice_row *row, void *ctx)
{
    results_view *v = &((app *)ctx)->results;
    int64_t *more = realloc(v->clips, (v->n_clips + 1) * sizeof *more);
    if (!more) return -1;
    v->clips = more;
    v->clips[v->n_clips++] = row->seq;
    return 0;
}

static void show_results(app *a)
{
    char err[512];
    reply_rec_end(&a->rec, a->session, "callsim");
    drop_clips(a);
    int64_t id = session_attempt(a->session);
    if (a->store && id && cs_voice_table_exists(a->store) &&
        cs_voice_each(a->store, id, collect_clip, a, err, sizeof err))
        fprintf(stderr, "callsim: %s\n", err);
    app_go(a, SCR_RESULTS);
}

static void play_clip(app *a)
{
    char err[sizeof a->results.msg] = ""; /* the reason is shown in msg: no longer than it */
    double secs = 0;
    results_view *v = &a->results;
    switch (clip_play(a->audio, a->store, session_attempt(a->session), v->play_seq, &secs, err, sizeof err)) {
    case CLIP_PLAYING: snprintf(v->msg, sizeof v->msg, ui_s(S_REC_PLAYING), secs); break;
    case CLIP_NO_AUDIO: snprintf(v->msg, sizeof v->msg, "%s", ui_s(S_REC_NO_SOUND)); break;
    case CLIP_NONE: snprintf(v->msg, sizeof v->msg, "%s", ui_s(S_REC_MISSING)); break;
    default: snprintf(v->msg, sizeof v->msg, "%s", err); break;
    }
}

/* ---- what the practice screens draw over themselves ------------------------------------------- */

/* On the menu and the results: results that will not be (or were not all) saved, and why. The
 * call screen says it in its top bar, where it does not cover the reply box. */
static void draw_store_notice(app *a)
{
    char msg[1024];
    const char *why = a->screen == SCR_RESULTS && a->session ? session_store_error(a->session) : NULL;
    if (why) snprintf(msg, sizeof msg, "%s%s", ui_s(S_SAVE_FAILED), why);
    else if (a->store_error[0] && (a->screen == SCR_HOME || a->screen == SCR_LIST || a->screen == SCR_RESULTS))
        snprintf(msg, sizeof msg, "%s%s", ui_s(S_NOT_SAVED), a->store_error);
    else return;
    ui_notice(&a->u, msg, a->u.h - ui_line_h(&a->u, 14) - ui_size(&a->u, 20));
}

static void overlays(app *a)
{
    draw_store_notice(a);
    draw_recording(a);
}

/* A saved scenario file reloads (workbench); the file is looked at once a second. */
static int64_t watch_update(app *a)
{
    if (file_watch_changed(&a->watch)) { practice_reload(a); return 0; }
    return a->watch.active ? 1000 : -1;
}

/* ---- the screens -------------------------------------------------------------------------------- */

static void home_draw_(app *a) { home_draw(&a->home, &a->u); overlays(a); }

static void home_event_(app *a, const SDL_Event *ev)
{
    if (is_key(ev, SDLK_ESCAPE)) { app_ask(a, CONFIRM_QUIT); return; }
    if (is_ctrl_key(ev, SDLK_l)) {
        ui_set_lang(!ui_lang_en());
        SDL_SetWindowTitle(a->u.win, ui_s(S_APP_TITLE));
        return;
    }
    switch (home_event(&a->home, &a->u, ev)) {
    case HOME_GO_PRACTICE: show_list(a, 0); break;
    case HOME_GO_TRAINER: show_list(a, 1); break;
    case HOME_GO_EXAM: exam_open(a); break;  /* refused (no store): said, and the menu stays */
    case HOME_GO_QUIT: app_go(a, SCR_QUIT); break;
    case HOME_CHANGED:
        if (a->audio) audio_out_set_volume(a->audio, a->home.volume);
        SDL_SetWindowTitle(a->u.win, ui_s(S_APP_TITLE));
        break;
    default: break;
    }
}

const screen_ops scr_home = { "home", home_enter, NULL, home_event_, watch_update, home_draw_, 1 };

static void list_draw(app *a) { menu_draw(a->menu, &a->u); overlays(a); }

static void list_event(app *a, const SDL_Event *ev)
{
    if (is_ctrl_key(ev, SDLK_r)) { toggle_recording(a); return; }
    const char *chosen = menu_event(a->menu, ev);
    if (chosen && !*chosen) show_home(a);
    else if (chosen) start_call(a, chosen);
}

const screen_ops scr_list = { "list", list_enter, NULL, list_event, watch_update, list_draw, 1 };

/* Esc on the call: the screen's own (a dialog, the ticket form) first; then, while the call is on,
 * "abandon this call?"; after it ended, straight on. */
static void call_escape(app *a, const SDL_Event *ev)
{
    if (call_screen_form_open(a->call)) { call_screen_event(a->call, &a->u, ev); return; }
    if (cs_engine_phase(session_engine(a->session)) != CS_PHASE_ENDED) {
        app_ask(a, a->cfg->scenario ? CONFIRM_ABANDON_QUIT : CONFIRM_ABANDON);
        return;
    }
    if (session_grade(a->session)) show_results(a);
    else go_back(a);
}

static void call_event(app *a, const SDL_Event *ev)
{
    if (is_ctrl_key(ev, SDLK_r)) toggle_recording(a);
    else if (is_key(ev, SDLK_ESCAPE)) call_escape(a, ev);
    else call_screen_event(a->call, &a->u, ev);
}

/* Runs the engine; after the call ends, switches to results once the hang-up has been seen. */
static int64_t call_update(app *a)
{
    if (file_watch_changed(&a->watch)) {
        practice_reload(a);
        if (a->screen != SCR_CALL) return 0;
    }
    int64_t next = session_advance(a->session);
    reply_rec_cut(&a->rec, a->session, "callsim");
    if (next == INT64_MAX && !a->ended_at) a->ended_at = SDL_GetTicks64();
    if (a->ended_at) {
        reply_rec_end(&a->rec, a->session, "callsim"); /* what follows the last reply answers nothing */
        int64_t left = (int64_t)(a->ended_at + SHOW_RESULTS_AFTER_MS) - (int64_t)SDL_GetTicks64();
        if (left <= 0 && session_grade(a->session)) { show_results(a); return -1; }
        if (left <= 0) { show_list(a, a->menu_trainer); return -1; }
        next = left;
    }
    int64_t frame = call_screen_frame_due(a->call);
    return next < frame ? next : frame;
}

static void call_draw(app *a) { call_screen_draw(a->call, &a->u); overlays(a); }

const screen_ops scr_call = { "call", NULL, NULL, call_event, call_update, call_draw, 0 };

static void results_event_(app *a, const SDL_Event *ev)
{
    switch (results_event(&a->results, a->session, ev)) {
    case RESULTS_RETRY: retry(a); break;
    case RESULTS_MENU: show_list(a, a->menu_trainer); break;
    case RESULTS_QUIT: if (a->cfg->scenario) app_ask(a, CONFIRM_QUIT); else show_list(a, a->menu_trainer); break;
    case RESULTS_PLAY_CLIP: play_clip(a); break;
    default: break;
    }
}

static int64_t results_update(app *a)
{
    int64_t watch = watch_update(a);
    if (a->screen != SCR_RESULTS) return watch;
    int64_t due = results_frame_due(&a->results, a->session);  /* a replayed line ends */
    return due >= 0 ? due : watch;
}

static void results_draw_(app *a) { results_draw(&a->results, a->session, a->bank, &a->u); overlays(a); }

const screen_ops scr_results = { "results", NULL, NULL, results_event_, results_update, results_draw_, 1 };

static void error_draw(app *a)
{
    ui_ctx *u = &a->u;
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, 56 }, UI_BAD);
    ui_text(u, ui_s(S_RELOAD_TITLE), 20, UI_WHITE, 16, 14, 0);
    int y = 80;
    y += ui_text(u, a->watch.path, 14, UI_DIM, 24, y, u->w - 48) + 12;
    y += ui_text(u, a->error, 16, UI_TEXT, 24, y, u->w - 48) + 24;
    ui_text(u, ui_s(S_RELOAD_HELP), 14, UI_DIM, 24, y, u->w - 48);
    overlays(a);
}

static void error_event(app *a, const SDL_Event *ev)
{
    if (!is_key(ev, SDLK_ESCAPE)) return;
    if (!a->cfg->scenario) { show_list(a, a->menu_trainer); return; }
    a->rc = 2;  /* `callsim play` of a scenario that does not load */
    app_go(a, SCR_QUIT);
}

const screen_ops scr_error = { "error", NULL, NULL, error_event, watch_update, error_draw, 0 };
