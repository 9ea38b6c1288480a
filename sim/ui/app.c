/* The window and its loop. The loop sleeps in SDL_WaitEventTimeout until an event, the engine's
 * next due time, or the next animation frame of the screen, whichever comes first: an idle window
 * (results, menu) sleeps until the trainee does something. */
#include "app.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_out.h"
#include "bench_log.h"
#include "call_session.h"
#include "clip_play.h"
#include "file_watch.h"
#include "font_find.h"
#include "paths.h"
#include "phrase_bank.h"
#include "pick_dialog.h"
#include "reply_rec.h"
#include "screen_call.h"
#include "screen_home.h"
#include "screen_menu.h"
#include "screen_results.h"
#include "store.h"
#include "voice_store.h"
#include "ui_draw.h"
#include "ui_strings.h"
#include "voice.h"

#define SHOW_RESULTS_AFTER_MS 1500  /* let the hang-up be seen before the results replace the call */

typedef enum { SCR_HOME, SCR_MENU, SCR_CALL, SCR_RESULTS, SCR_ERROR, SCR_QUIT } screen_id;
typedef enum { CONFIRM_ABANDON, CONFIRM_ABANDON_QUIT, CONFIRM_QUIT } confirm_tag;

typedef struct {
    const app_config *cfg;
    ui_ctx u;
    cs_phrase_bank *bank;
    cs_store *store;
    audio_out *audio;
    voice *voice;
    home_screen home;          /* the main menu; its volume is the window's */
    menu_screen *menu;         /* the scenario list shown: practice, or the workbench */
    int menu_trainer;          /* menu is the trainer's workbench */
    call_session *session;
    call_screen *call;
    screen_id screen;
    uint64_t ended_at;
    int rc;
    results_view results;      /* the debrief's scroll and links */
    file_watch watch;          /* the scenario being practised: saved → reloaded (hot reload) */
    char error[1024];          /* why the scenario did not load, shown on SCR_ERROR */
    char store_error[600];     /* why there is no store: shown on the menu and the results */
    pick_dialog confirm;       /* "abandon this call?" / "quit?": Esc never throws work away at once */
    int swallow_text;          /* a key just worked as a command: its SDL_TEXTINPUT is not typing */
    uint32_t swallow_at;       /* the command key's time (SDL ticks) */
    /* recording practice replies for self-review (issue 15): Ctrl+R on the list or the call */
    int rec_wanted;            /* the trainee turned it on (kept from call to call) */
    int mic_tried;             /* the microphone was looked for (once: no microphone is said once) */
    mic *mic;                  /* NULL: none (or not asked for yet) */
    reply_rec rec;             /* the call's recorder */
    int64_t *clips;            /* the debrief's recorded replies (turn seqs, ascending) */
    size_t n_clips;
} app;

/* ---- set-up and tear-down ----------------------------------------------------------------- */

static void open_store(app *a)
{
    char path[4096], err[512];
    const char *p = a->cfg->db;
    if (!p && cs_store_default_path(path, sizeof path) == 0) p = path;
    if (p) a->store = cs_store_open(p, err, sizeof err);
    else snprintf(err, sizeof err, "no database path (set HOME or XDG_DATA_HOME, or pass --db FILE)");
    if (a->store) return;
    /* practice goes on without saving (the exam refuses instead), but the trainee is told why on
     * screen, not only on stderr */
    fprintf(stderr, "callsim: %s; results will not be saved\n", err);
    snprintf(a->store_error, sizeof a->store_error, "%s", err);
}

static int open_all(app *a)
{
    char font[4096], err[1024], dir[4096];
    if (font_find_cjk(a->cfg->font, font, sizeof font, err, sizeof err) != 0) {
        fprintf(stderr, "callsim: %s\n", err);
        return -1;
    }
    a->bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!a->bank) { fprintf(stderr, "callsim: %s\n", err); return -1; }
    if (TTF_Init() != 0 || ui_open_window(&a->u, ui_s(S_APP_TITLE), font) != 0) {
        fprintf(stderr, "callsim: cannot open the window: %s\n", SDL_GetError());
        return -1;
    }
    open_store(a);
    a->audio = audio_out_open(err, sizeof err);
    if (!a->audio) fprintf(stderr, "callsim: %s; continuing without sound\n", err);
    if (a->audio) a->voice = voice_start(a->audio);
    a->home.has_audio = a->audio != NULL;
    SDL_StartTextInput();
    return 0;
}

static void end_call(app *a)
{
    reply_rec_drop(&a->rec);
    free(a->clips);
    a->clips = NULL;
    a->n_clips = 0;
    call_screen_free(a->call);
    session_free(a->session);
    a->call = NULL;
    a->session = NULL;
}

static void close_all(app *a)
{
    if (a->session) session_interrupt(a->session, "window closed during the call");
    end_call(a);
    mic_close(a->mic);
    menu_free(a->menu);
    bench_finish(a->audio ? audio_out_driver(a->audio) : NULL, a->audio ? audio_out_buffer_samples(a->audio) : 0);
    voice_stop(a->voice);
    audio_out_close(a->audio);
    cs_store_close(a->store);
    ui_close_window(&a->u);
    cs_bank_free(a->bank);
    if (TTF_WasInit()) TTF_Quit();
}

/* ---- screens ------------------------------------------------------------------------------------ */

/* Plays path; with `from` (the call a hot reload replaces) it replays the trainee's actions so far
 * and goes on from the same point (session_resume_from). */
static void start_call_from(app *a, const char *path, const call_session *from)
{
    char err[1024] = "";
    session_config sc = { path, a->cfg->seed, CS_MODE_PRACTICE, a->bank, a->store, a->audio, a->voice, 0 };
    /* reloading (F5, or on save) is the trainers' tool: in the workbench and `callsim play` only; a
     * trainee's practice call is never thrown away by a key */
    if (a->menu_trainer || a->cfg->scenario) file_watch_set(&a->watch, path);
    else file_watch_clear(&a->watch);
    a->session = session_new(&sc, err, sizeof err);
    a->call = a->session ? call_screen_new(a->session, a->bank) : NULL;
    if (!a->call) {
        /* a trainer's broken scenario: the error stays on screen until the file is saved again
         * (or F5), so the fix is seen where the scenario is played, not on a terminal */
        snprintf(a->error, sizeof a->error, "%s", a->session ? "out of memory" : err);
        end_call(a);
        a->screen = SCR_ERROR;
        return;
    }
    call_screen_set_f5_reloads(a->call, a->watch.active);
    a->ended_at = 0;
    memset(&a->results, 0, sizeof a->results);
    a->screen = SCR_CALL;
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
static void reload(app *a)
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

/* ---- recording practice replies (issue 15) --------------------------------------------------------
 * Self-review: the trainee says each reply aloud as they type it and listens to it in the debrief.
 * Off until asked for (Ctrl+R); the microphone is looked for then, and only once: without one the
 * trainee is told once and practice goes on typed-only. Clips are stored with the practice attempt
 * exactly as the exam's (reply_rec.h); without a store there is nothing to keep them with. */

static int find_mic(app *a)
{
    char err[256] = "no sound device, so no microphone: recording is off, replies are typed only";
    if (a->mic_tried) return a->mic != NULL;
    a->mic_tried = 1;
    if (a->audio) a->mic = mic_open(err, sizeof err);
    if (!a->mic) fprintf(stderr, "callsim: practice: %s\n", err); /* mic_open's words say typed-only */
    return a->mic != NULL;
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
    if (a->screen != SCR_CALL && a->screen != SCR_MENU) return;
    int on = a->screen == SCR_CALL ? reply_rec_on(&a->rec) : a->rec_wanted;
    if (on) snprintf(buf, sizeof buf, ui_s(S_REC_ON), a->rec.clips);
    else snprintf(buf, sizeof buf, "%s", a->mic_tried && !a->mic ? ui_s(S_REC_NO_MIC) : ui_s(S_REC_OFF));
    int w = ui_text_w(u, buf, 13) + 16, h = ui_line_h(u, 13) + 8;
    SDL_Rect r = { 8, u->h - h - 8, w, h };
    if (a->screen == SCR_MENU) r.x = u->w - w - 8;
    ui_fill(u, r, on ? UI_BAD : UI_PANEL);
    ui_outline(u, r, UI_BORDER);
    ui_text(u, buf, 13, on ? UI_WHITE : UI_DIM, r.x + 8, r.y + 4, 0);
}

/* The debrief's recorded replies, read back from the store (what was kept, not what was meant). */
static int collect_clip(const cs_voice_row *row, void *ctx)
{
    app *a = ctx;
    int64_t *more = realloc(a->clips, (a->n_clips + 1) * sizeof *more);
    if (!more) return -1;
    a->clips = more;
    a->clips[a->n_clips++] = row->seq;
    return 0;
}

static void show_results(app *a)
{
    char err[512];
    reply_rec_end(&a->rec, a->session, "callsim");
    free(a->clips);
    a->clips = NULL;
    a->n_clips = 0;
    int64_t id = session_attempt(a->session);
    if (a->store && id && cs_voice_table_exists(a->store) &&
        cs_voice_each(a->store, id, collect_clip, a, err, sizeof err))
        fprintf(stderr, "callsim: %s\n", err);
    a->results.clips = a->clips;
    a->results.n_clips = a->n_clips;
    a->screen = SCR_RESULTS;
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

static void draw_error(app *a)
{
    ui_ctx *u = &a->u;
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, 56 }, UI_BAD);
    ui_text(u, ui_s(S_RELOAD_TITLE), 20, UI_WHITE, 16, 14, 0);
    int y = 80;
    y += ui_text(u, a->watch.path, 14, UI_DIM, 24, y, u->w - 48) + 12;
    y += ui_text(u, a->error, 16, UI_TEXT, 24, y, u->w - 48) + 24;
    ui_text(u, ui_s(S_RELOAD_HELP), 14, UI_DIM, 24, y, u->w - 48);
}

/* The scenario list, built afresh each time: best scores change after a call, a trainer's files
 * change while the window is open, and the language may have changed. */
static void show_list(app *a, int trainer)
{
    size_t sel = a->menu && a->menu_trainer == trainer ? menu_selected(a->menu) : 0;
    end_call(a);
    file_watch_clear(&a->watch);
    menu_free(a->menu);
    const char *dirs[2];
    size_t n_dirs = cs_scenario_dirs(dirs, 2); /* the trainer's folder first (--scenarios) */
    a->menu = menu_new_in(dirs, n_dirs, a->bank, a->store, trainer);
    a->menu_trainer = trainer;
    if (a->menu) menu_select(a->menu, sel);
    a->screen = a->menu ? SCR_MENU : SCR_QUIT;
}

static void show_home(app *a)
{
    end_call(a);
    file_watch_clear(&a->watch);
    a->screen = SCR_HOME;
}

static void retry(app *a)
{
    char path[4096];
    snprintf(path, sizeof path, "%s", session_scenario_path(a->session));
    end_call(a);
    start_call(a, path);
}

/* On the menu and the results: results that will not be (or were not all) saved, and why. The
 * call screen says it in its top bar, where it does not cover the reply box. */
static void draw_store_notice(app *a)
{
    char msg[1024];
    const char *why = a->screen == SCR_RESULTS && a->session ? session_store_error(a->session) : NULL;
    if (why) snprintf(msg, sizeof msg, "%s%s", ui_s(S_SAVE_FAILED), why);
    else if (a->store_error[0] && (a->screen == SCR_HOME || a->screen == SCR_MENU || a->screen == SCR_RESULTS))
        snprintf(msg, sizeof msg, "%s%s", ui_s(S_NOT_SAVED), a->store_error);
    else return;
    ui_notice(&a->u, msg, a->u.h - ui_line_h(&a->u, 14) - ui_size(&a->u, 20));
}

static void draw(app *a)
{
    switch (a->screen) {
    case SCR_HOME: home_draw(&a->home, &a->u); break;
    case SCR_MENU: menu_draw(a->menu, &a->u); break;
    case SCR_CALL: call_screen_draw(a->call, &a->u); break;
    case SCR_RESULTS: results_draw(&a->results, a->session, a->bank, &a->u); break;
    case SCR_ERROR: draw_error(a); break;
    default: return;
    }
    draw_store_notice(a);
    draw_recording(a);
    pick_draw(&a->confirm, &a->u);
    ui_present(&a->u);
}

/* draw, timed for the bench log (CALLSIM_BENCH) */
static void draw_frame(app *a)
{
    double t = bench_now_ms();
    draw(a);
    bench_frame(bench_now_ms() - t);
    if (a->audio) bench_voice_poll(audio_out_voice_started_at(a->audio));
}

/* ---- events --------------------------------------------------------------------------------- */

static void set_zoom(app *a, int zoom)
{
    a->u.zoom = zoom < 70 ? 70 : zoom > 200 ? 200 : zoom;
    tc_clear(a->u.tc);
    if (a->call) call_screen_relayout(a->call);
}

static int global_key(app *a, const SDL_KeyboardEvent *k)
{
    if (!(k->keysym.mod & KMOD_CTRL)) return 0;
    switch (k->keysym.sym) {
    case SDLK_EQUALS: case SDLK_PLUS: case SDLK_KP_PLUS: set_zoom(a, a->u.zoom + 10); return 1;
    case SDLK_MINUS: case SDLK_KP_MINUS: set_zoom(a, a->u.zoom - 10); return 1;
    case SDLK_0: set_zoom(a, 100); return 1;
    case SDLK_r:
        if (a->screen != SCR_CALL && a->screen != SCR_MENU) return 0;
        toggle_recording(a);
        return 1;
    case SDLK_l:
        if (a->screen != SCR_HOME) return 0;
        ui_set_lang(!ui_lang_en());
        SDL_SetWindowTitle(a->u.win, ui_s(S_APP_TITLE));
        return 1;
    default: return 0;
    }
}

static void home_key(app *a, const SDL_Event *ev)
{
    switch (home_event(&a->home, &a->u, ev)) {
    case HOME_GO_PRACTICE: show_list(a, 0); break;
    case HOME_GO_TRAINER: show_list(a, 1); break;
    case HOME_GO_EXAM: a->rc = APP_OPEN_EXAM; a->screen = SCR_QUIT; break;
    case HOME_GO_QUIT: a->screen = SCR_QUIT; break;
    case HOME_CHANGED:
        if (a->audio) audio_out_set_volume(a->audio, a->home.volume);
        SDL_SetWindowTitle(a->u.win, ui_s(S_APP_TITLE));
        break;
    default: break;
    }
}

static void menu_key(app *a, const SDL_Event *ev)
{
    const char *chosen = menu_event(a->menu, ev);
    if (chosen && !*chosen) show_home(a);
    else if (chosen) start_call(a, chosen);
}

static void ask(app *a, confirm_tag tag)
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

/* Back from the call, the results or the error: to the list, or out of `callsim play`. */
static void go_back(app *a)
{
    if (a->cfg->scenario) a->screen = SCR_QUIT;
    else show_list(a, a->menu_trainer);
}

static void confirmed(app *a, int choice)
{
    if (choice != 0) return;  /* 继续通话 / 返回, or Esc: nothing changes */
    switch ((confirm_tag)a->confirm.tag) {
    case CONFIRM_ABANDON:
    case CONFIRM_ABANDON_QUIT:
        if (a->session) session_interrupt(a->session, "call abandoned by the trainee");
        if (a->confirm.tag == CONFIRM_ABANDON_QUIT) a->screen = SCR_QUIT;
        else go_back(a);
        break;
    case CONFIRM_QUIT: a->screen = SCR_QUIT; break;
    }
}

/* Esc on the call: the screen's own (a dialog, the ticket form) first; then, while the call is on,
 * "abandon this call?"; after it ended, straight on. */
static void call_escape(app *a, const SDL_Event *ev)
{
    if (call_screen_form_open(a->call)) { call_screen_event(a->call, &a->u, ev); return; }
    if (cs_engine_phase(session_engine(a->session)) != CS_PHASE_ENDED) {
        ask(a, a->cfg->scenario ? CONFIRM_ABANDON_QUIT : CONFIRM_ABANDON);
        return;
    }
    if (session_grade(a->session)) show_results(a);
    else go_back(a);
}

static void results_key(app *a, const SDL_Event *ev)
{
    switch (results_event(&a->results, a->session, ev)) {
    case RESULTS_RETRY: retry(a); break;
    case RESULTS_MENU: show_list(a, a->menu_trainer); break;
    case RESULTS_QUIT: if (a->cfg->scenario) ask(a, CONFIRM_QUIT); else show_list(a, a->menu_trainer); break;
    case RESULTS_PLAY_CLIP: play_clip(a); break;
    default: break;
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
    /* the list and the results have no text box: their letter keys are commands */
    return a->screen == SCR_RESULTS || a->screen == SCR_HOME || a->screen == SCR_MENU || a->confirm.open ||
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
        /* the window's close button mid-call asks first; asked again (a second close, a second
         * SIGTERM), it closes: the call is stored as interrupted on the way out */
        if (call_live(a) && !a->confirm.open) ask(a, CONFIRM_ABANDON_QUIT);
        else a->screen = SCR_QUIT;
        return;
    }
    if (a->confirm.open) {
        int r = pick_event(&a->confirm, ev);
        if (r != PICK_NONE) confirmed(a, r);
        return;
    }
    if (ev->type == SDL_WINDOWEVENT) {
        if (ui_window_event(&a->u, &ev->window)) set_zoom(a, a->u.zoom);
        return;
    }
    if (ev->type == SDL_KEYDOWN && global_key(a, &ev->key)) return;
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_F5 && a->watch.active) { reload(a); return; }
    int esc = ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_ESCAPE;
    switch (a->screen) {
    case SCR_HOME: if (esc) ask(a, CONFIRM_QUIT); else home_key(a, ev); break;
    case SCR_MENU: menu_key(a, ev); break;
    case SCR_CALL: if (esc) call_escape(a, ev); else call_screen_event(a->call, &a->u, ev); break;
    case SCR_RESULTS: results_key(a, ev); break;
    case SCR_ERROR:
        if (esc) {
            if (a->cfg->scenario) { a->rc = 2; a->screen = SCR_QUIT; }
            else show_list(a, a->menu_trainer);
        }
        break;
    default: break;
    }
}

/* Runs the engine; after the call ends, switches to results once the hang-up has been seen.
 * Returns ms until the loop must wake again (-1: only for events). */
static int64_t tick(app *a)
{
    if (file_watch_changed(&a->watch)) reload(a);
    if (a->screen == SCR_RESULTS) {
        int64_t due = results_frame_due(&a->results, a->session);  /* a replayed line ends */
        if (due >= 0) return due;
    }
    if (a->screen != SCR_CALL) return a->watch.active ? 1000 : -1; /* poll the file once a second */
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

static void loop(app *a)
{
    while (a->screen != SCR_QUIT) {
        int64_t wait = tick(a);
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
    a.home.volume = 100;
    if (open_all(&a) != 0) {
        close_all(&a);
        return 2;
    }
    if (cfg->scenario) start_call(&a, cfg->scenario);
    else show_home(&a);
    loop(&a);
    int rc = a.rc;
    close_all(&a);
    return rc;
}
