/* Inside the window application (app.c), shared with its two modules of screens (mode_practice.c,
 * mode_exam.c) and nothing else: the app object, the table of screens and the modes.
 *
 * One app owns everything that is opened once for the whole run — the window and its text cache,
 * the phrase bank, the store, the audio, the voice worker, the microphone, the volume and zoom — and
 * the screens borrow it. A screen is a row of function pointers (screen_ops, after luaL_Reg: a
 * table, not a switch per event); app_go() makes the explicit transitions (leave the old, enter the
 * new). A mode (practice, workbench, exam) says which screens exist and what the keys mean there;
 * going from the practice menu to the exam desk and back is a change of mode inside the same
 * window, never a second window. */
#ifndef CALLSIM_APP_INT_H
#define CALLSIM_APP_INT_H

#include <SDL.h>
#include <stdint.h>

#include "app.h"
#include "audio_out.h"
#include "call_session.h"
#include "exam_env.h"
#include "exam_session.h"
#include "file_watch.h"
#include "mic_capture.h"
#include "phrase_bank.h"
#include "pick_dialog.h"
#include "reply_rec.h"
#include "screen_call.h"
#include "screen_exam_desk.h"
#include "screen_exam_scores.h"
#include "screen_home.h"
#include "screen_menu.h"
#include "screen_results.h"
#include "screen_signin.h"
#include "store.h"
#include "ui_draw.h"
#include "ui_form.h"
#include "voice.h"

typedef enum {
    SCR_HOME, SCR_LIST, SCR_CALL, SCR_RESULTS, SCR_ERROR,               /* practice, workbench */
    SCR_SIGNIN, SCR_DESK, SCR_EXAM, SCR_HANDOVER, SCR_SCORES,           /* exam */
    SCR_QUIT                                                            /* the loop ends */
} screen_id;

typedef enum { MODE_PRACTICE, MODE_WORKBENCH, MODE_EXAM } app_mode;

typedef struct app app;

/* One screen. Every pointer but event and draw may be NULL. */
typedef struct {
    const char *name;                           /* the row's name, as in luaL_Reg: for the reader and a debugger */
    void (*enter)(app *a);
    void (*leave)(app *a);                      /* frees what only this screen holds */
    void (*event)(app *a, const SDL_Event *ev);
    int64_t (*update)(app *a);                  /* runs the clock: ms until due again, -1: events only */
    void (*draw)(app *a);
    int letters_are_commands;                   /* no text box: a letter key never types (swallowed) */
} screen_ops;

/* What a mode changes about the window: its title and the keys that mean something only there. */
typedef struct {
    const char *name;
    const char *(*title)(void);
    int reloads;     /* F5 and saving the file reload the scenario (trainers only: never a trainee's call) */
    int zoom;        /* Ctrl+= / Ctrl+- / Ctrl+0 zoom the text */
} mode_ops;

extern const screen_ops scr_home, scr_list, scr_call, scr_results, scr_error;   /* mode_practice.c */
extern const screen_ops scr_signin, scr_desk, scr_exam, scr_handover, scr_scores; /* mode_exam.c */

typedef enum { CONFIRM_ABANDON, CONFIRM_ABANDON_QUIT, CONFIRM_QUIT } confirm_tag;

/* The exam mode's own state: set up on entering the exam, freed on leaving it. */
typedef struct {
    exam_env env;            /* borrows the app's window, store, voices and microphone */
    signin_screen signin;
    desk_screen *desk;
    exam_session *exam;
    scores_screen *scores;
    int leaving;             /* the PIN prompt to leave the exam is open */
    int quit_after;          /* the prompt was opened by closing the window: quit once the PIN is given */
    ui_form leave_form;
    int64_t xa;              /* the sitting being played */
} exam_state;

struct app {
    const app_config *cfg;
    /* ---- opened once, for the whole run ---- */
    ui_ctx u;
    cs_phrase_bank *bank;
    cs_store *store;           /* NULL: practice goes on unsaved, the exam refuses */
    char store_error[600];     /* why there is no store: shown on the menu and the results */
    audio_out *audio;
    voice *voice;
    mic *mic;                  /* NULL: none (or not looked for yet) */
    int mic_tried;             /* looked for once: no microphone is said once */
    char mic_err[256];
    home_screen home;          /* the main menu; its volume is the window's */
    /* ---- where the app is ---- */
    app_mode mode;
    screen_id screen;
    int rc;                    /* the process exit code */
    pick_dialog confirm;       /* "abandon this call?" / "quit?": Esc never throws work away at once */
    int swallow_text;          /* a key just worked as a command: its SDL_TEXTINPUT is not typing */
    uint32_t swallow_at;       /* the command key's time (SDL ticks) */
    /* ---- practice and workbench ---- */
    menu_screen *menu;         /* the scenario list shown */
    int menu_trainer;          /* it is the workbench's (its selection is kept only for the same list) */
    call_session *session;
    call_screen *call;
    uint64_t ended_at;
    results_view results;      /* the debrief's scroll and links */
    file_watch watch;          /* the scenario being played in the workbench: saved → reloaded */
    char error[1024];          /* why the scenario did not load, shown on SCR_ERROR */
    int rec_wanted;            /* recording practice replies (issue 15): kept from call to call */
    reply_rec rec;             /* the call's recorder */
    /* ---- exam ---- */
    exam_state ex;
};

/* Leaves the screen shown (its leave), shows `to` (its enter). SCR_QUIT ends the loop. */
void app_go(app *a, screen_id to);
/* Changes mode: the title and the keys follow; the screens do the rest. */
void app_set_mode(app *a, app_mode m);
/* 1 in a mode where F5 and saving the scenario's file reload it (the workbench, `callsim play`). */
int app_reloads(const app *a);
/* The microphone, looked for on first use only; *first is set when this call looked (say why once). */
mic *app_mic(app *a, int *first);
/* Opens the "abandon?" / "quit?" question; app_confirmed() acts on the answer. */
void app_ask(app *a, confirm_tag tag);
/* Zoom and relayout after a resize or a zoom key: the text cache and the screens' layouts. */
void app_relayout(app *a);
/* Full screen on or off (the candidate's exam). */
void app_fullscreen(app *a, int on);

/* ---- the modes' entries (their files) ---- */
/* Practice: the main menu (or `play SCENARIO`: straight into it, workbench mode). */
void practice_open(app *a);
/* Frees the practice screens' state (the call, the list): on leaving for the exam and at exit. */
void practice_close(app *a);
/* Plays the watched scenario again from its file, keeping the trainee's place (F5, or saved). */
void practice_reload(app *a);
/* "abandon?" answered yes: the call is stored as interrupted; then back, or out. */
void practice_abandon(app *a, int quit);
/* The window closes: mid-call it asks first (asked again, it closes). */
void practice_window_close(app *a);
/* 0 when the exam can be held here: there is a store (else -1, said on stderr). */
int exam_open_check(app *a);
/* The exam: 0 at the sign-in; -1 (said on stderr) without a store or a readable roster. */
int exam_open(app *a);
/* Frees the exam's state; a sitting in progress is left as interrupted (resumable). */
void exam_close(app *a);
/* The window closes: during a sitting only with an examiner's PIN. */
void exam_window_close(app *a);

#endif
