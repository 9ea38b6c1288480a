/* The one window application: what is opened once for the run, the table of screens, the modes,
 * the keys that mean the same on every screen, and the loop. The loop sleeps in
 * SDL_WaitEventTimeout until an event, the screen's next due time (the engine, an animation frame),
 * whichever comes first: an idle window (results, menu, desk) sleeps until someone does something.
 * The screens themselves are in mode_practice.c and mode_exam.c. */
#include "app_int.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_log.h"
#include "font_find.h"
#include "paths.h"
#include "ui_strings.h"

/* The table of screens, indexed by screen_id (SCR_QUIT has none: the loop ends there). */
static const screen_ops *const screens[SCR_QUIT] = {
    [SCR_HOME] = &scr_home,     [SCR_LIST] = &scr_list,     [SCR_CALL] = &scr_call,
    [SCR_RESULTS] = &scr_results, [SCR_ERROR] = &scr_error,
    [SCR_SIGNIN] = &scr_signin, [SCR_DESK] = &scr_desk,     [SCR_EXAM] = &scr_exam,
    [SCR_HANDOVER] = &scr_handover, [SCR_SCORES] = &scr_scores,
};

static const char *practice_title(void) { return ui_s(S_APP_TITLE); }
static const char *exam_title(void) { return xs("callsim 实操考核", "callsim practical exam"); }

/* The modes. Reloading is the trainers' tool: a trainee's practice call or a candidate's exam call
 * is never thrown away by a key (issue 14: F5 reloads only in the workbench and `callsim play`). */
static const mode_ops modes[] = {
    [MODE_PRACTICE] = { "practice", practice_title, 0, 1 },
    [MODE_WORKBENCH] = { "workbench", practice_title, 1, 1 },
    [MODE_EXAM] = { "exam", exam_title, 0, 0 },
};

int app_reloads(const app *a)
{
    return modes[a->mode].reloads;
}

static const screen_ops *shown(const app *a)
{
    return a->screen < SCR_QUIT ? screens[a->screen] : NULL;
}

void app_go(app *a, screen_id to)
{
    const screen_ops *from = shown(a);
    if (from && from->leave) from->leave(a);
    a->screen = to;
    if (to < SCR_QUIT && screens[to]->enter) screens[to]->enter(a);
}

void app_set_mode(app *a, app_mode m)
{
    /* the title is set only when it changes: renamed, the window's WM_NAME is lost under some
     * locales (xdotool search --name, a window manager's list no longer find it) */
    int retitle = modes[a->mode].title != modes[m].title;
    a->mode = m;
    if (retitle) SDL_SetWindowTitle(a->u.win, modes[m].title());
}

/* ---- set-up and tear-down: once per run ------------------------------------------------------- */

static void open_store(app *a)
{
    char path[4096], err[512];
    const char *p = a->cfg->db;
    if (!p && cs_store_default_path(path, sizeof path) == 0) p = path;
    if (p) a->store = cs_store_open(p, err, sizeof err);
    else snprintf(err, sizeof err, "no database path (set HOME or XDG_DATA_HOME, or pass --db FILE)");
    if (a->store) return;
    /* practice goes on without saving, told on screen, not only on stderr; the exam refuses (its
     * results would be lost), which exam_open says */
    if (!a->cfg->exam) fprintf(stderr, "callsim: %s; results will not be saved\n", err);
    snprintf(a->store_error, sizeof a->store_error, "%s", err);
}

static int open_all(app *a)
{
    char font[4096], err[1024], dir[4096];
    const char *who = a->cfg->exam ? "callsim exam" : "callsim";
    if (font_find_cjk(a->cfg->font, font, sizeof font, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", who, err);
        return -1;
    }
    open_store(a);
    /* `callsim exam` without its store stops here, before a window opens for nothing */
    if (a->cfg->exam && exam_open_check(a) != 0) return -1;
    a->bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!a->bank) { fprintf(stderr, "%s: %s\n", who, err); return -1; }
    const char *title = a->cfg->exam ? exam_title() : practice_title();
    if (TTF_Init() != 0 || ui_open_window(&a->u, title, font) != 0) {
        fprintf(stderr, "%s: cannot open the window: %s\n", who, SDL_GetError());
        return -1;
    }
    a->audio = audio_out_open(err, sizeof err);
    if (!a->audio) fprintf(stderr, "%s: %s; continuing without sound\n", who, err);
    if (a->audio) a->voice = voice_start(a->audio);
    a->home.volume = 100;
    a->home.has_audio = a->audio != NULL;
    SDL_StartTextInput();
    return 0;
}

static void close_all(app *a)
{
    exam_close(a);
    practice_close(a);
    mic_close(a->mic);
    bench_finish(a->audio ? audio_out_driver(a->audio) : NULL, a->audio ? audio_out_buffer_samples(a->audio) : 0);
    voice_stop(a->voice);
    audio_out_close(a->audio);
    cs_store_close(a->store);
    ui_close_window(&a->u);
    cs_bank_free(a->bank);
    if (TTF_WasInit()) TTF_Quit();
}

mic *app_mic(app *a, int *first)
{
    *first = !a->mic_tried;
    if (a->mic_tried) return a->mic;
    a->mic_tried = 1;
    snprintf(a->mic_err, sizeof a->mic_err, "no sound device, so no microphone");
    if (a->audio) a->mic = mic_open(a->mic_err, sizeof a->mic_err);
    return a->mic;
}

/* ---- what every screen shares ---------------------------------------------------------------- */

void app_relayout(app *a)
{
    tc_clear(a->u.tc);
    if (a->call) call_screen_relayout(a->call);
    if (a->ex.exam) exam_session_relayout(a->ex.exam);
}

void app_fullscreen(app *a, int on)
{
    SDL_SetWindowFullscreen(a->u.win, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    SDL_GetRendererOutputSize(a->u.r, &a->u.w, &a->u.h);
    tc_clear(a->u.tc);
}

static void set_zoom(app *a, int zoom)
{
    a->u.zoom = zoom < 70 ? 70 : zoom > 200 ? 200 : zoom;
    app_relayout(a);
}

void app_ask(app *a, confirm_tag tag)
{
    const char *items[2];
    if (tag == CONFIRM_QUIT) {
        items[0] = ui_s(S_YES_QUIT);
        items[1] = ui_s(S_NO_STAY);
        pick_open(&a->confirm, tag, ui_s(S_CONFIRM_QUIT), NULL, items, 2);
        return;
    }
    items[0] = ui_s(S_YES_ABANDON);
    items[1] = ui_s(S_NO_CONTINUE);
    pick_open(&a->confirm, tag, ui_s(S_CONFIRM_ABANDON), ui_s(S_CONFIRM_ABANDON_BODY), items, 2);
    a->confirm.sel = 1;  /* Enter keeps the call: only a deliberate choice throws it away */
}

static void confirmed(app *a, int choice)
{
    if (choice != 0) return;  /* 继续通话 / 返回, or Esc: nothing changes */
    switch ((confirm_tag)a->confirm.tag) {
    case CONFIRM_ABANDON: practice_abandon(a, 0); break;
    case CONFIRM_ABANDON_QUIT: practice_abandon(a, 1); break;
    case CONFIRM_QUIT: app_go(a, SCR_QUIT); break;
    }
}

/* Keys with one meaning wherever the mode has them; 1 when the key was one. */
static int global_key(app *a, const SDL_KeyboardEvent *k)
{
    if (!(k->keysym.mod & KMOD_CTRL) || !modes[a->mode].zoom) return 0;
    switch (k->keysym.sym) {
    case SDLK_EQUALS: case SDLK_PLUS: case SDLK_KP_PLUS: set_zoom(a, a->u.zoom + 10); return 1;
    case SDLK_MINUS: case SDLK_KP_MINUS: set_zoom(a, a->u.zoom - 10); return 1;
    case SDLK_0: set_zoom(a, 100); return 1;
    default: return 0;
    }
}

/* One meaning per key: a key that worked as a command is not also typed. SDL sends the key's
 * SDL_TEXTINPUT right after its SDL_KEYDOWN ("r" after R on the results went into the next call's
 * reply box, "=" after Ctrl+=); a text event that follows a handled key is dropped. */
static int swallowed(app *a, const SDL_Event *ev)
{
    /* the text of a key comes between its key-down and its key-up, at once; a commit from the input
     * method after a command key (no key-down of its own) is typing and passes */
    if (ev->type == SDL_TEXTINPUT && a->swallow_text && ev->text.timestamp - a->swallow_at <= 50) {
        a->swallow_text = 0;
        return 1;
    }
    if (ev->type != SDL_WINDOWEVENT) a->swallow_text = 0;
    return 0;
}

/* A key that is a command everywhere it is pressed (not typing, not editing the text in a box). */
static int command_key(const app *a, const SDL_KeyboardEvent *k)
{
    SDL_Keycode s = k->keysym.sym;
    if (k->keysym.mod & (KMOD_CTRL | KMOD_ALT)) return 1;
    if (s >= SDLK_F1 && s <= SDLK_F12) return 1;
    return shown(a)->letters_are_commands || a->confirm.open ||
           (a->screen == SCR_CALL && call_screen_dialog_open(a->call));
}

static void handle(app *a, const SDL_Event *ev)
{
    if (swallowed(a, ev)) return;
    if (ev->type == SDL_KEYDOWN && command_key(a, &ev->key)) {
        a->swallow_text = 1;
        a->swallow_at = ev->key.timestamp;
    }
    if (ev->type == SDL_QUIT) {
        if (a->mode == MODE_EXAM) exam_window_close(a);
        else practice_window_close(a);
        return;
    }
    if (a->confirm.open) {
        int r = pick_event(&a->confirm, ev);
        if (r != PICK_NONE) confirmed(a, r);
        return;
    }
    if (ev->type == SDL_WINDOWEVENT) {
        if (ui_window_event(&a->u, &ev->window)) app_relayout(a);
        return;
    }
    if (ev->type == SDL_KEYDOWN && global_key(a, &ev->key)) return;
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_F5 && app_reloads(a) && a->watch.active) {
        practice_reload(a);
        return;
    }
    shown(a)->event(a, ev);
}

static void draw_frame(app *a)
{
    double t = bench_now_ms();
    shown(a)->draw(a);
    pick_draw(&a->confirm, &a->u);
    ui_present(&a->u);
    bench_frame(bench_now_ms() - t);  /* the frame's time, for the bench log (CALLSIM_BENCH) */
    if (a->audio) bench_voice_poll(audio_out_voice_started_at(a->audio));
}

static void loop(app *a)
{
    while (a->screen != SCR_QUIT) {
        int64_t wait = shown(a)->update ? shown(a)->update(a) : -1;
        if (a->screen == SCR_QUIT) break;
        draw_frame(a);
        SDL_Event ev;
        if (!ui_wait_event(&ev, wait)) continue;
        handle(a, &ev);
        while (a->screen != SCR_QUIT && SDL_PollEvent(&ev)) handle(a, &ev);
    }
}

int app_run(const app_config *cfg)
{
    app a;
    memset(&a, 0, sizeof a);
    a.cfg = cfg;
    a.screen = SCR_QUIT;  /* nothing shown yet: the first app_go has nothing to leave */
    a.mode = cfg->exam ? MODE_EXAM : MODE_PRACTICE;
    if (open_all(&a) != 0) {
        close_all(&a);
        return 2;
    }
    if (!cfg->exam) practice_open(&a);
    else if (exam_open(&a) != 0) a.rc = 2;
    loop(&a);
    int rc = a.rc;
    close_all(&a);
    return rc;
}
