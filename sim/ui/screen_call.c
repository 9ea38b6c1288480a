/* The call screen. It holds no call state of its own beyond what is being typed: everything shown
 * is read from the engine and its log on every frame, so the screen can never disagree with what
 * is graded and stored. Bubble heights are cached per log entry because measuring wrapped Chinese
 * text is the one costly thing here (a 500-turn transcript must still draw in a few ms). */
#include "screen_call.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caller_address.h"
#include "desk_panel.h"
#include "pick_dialog.h"
#include "reply_box.h"
#include "transcript_text.h"
#include "ui_editor.h"
#include "ui_strings.h"

#define TOP_H 56
#define PAD 12
#define N_PHRASES 8

enum { ACT_ANSWER, ACT_HOLD, ACT_TRANSFER, ACT_ESCALATE, ACT_TICKET, ACT_HANGUP, ACT_SUBTITLES, ACT_COUNT };

static const char *const phrase_categories[N_PHRASES] = {
    "opening", "hold_before", "hold_after", "emotional", "transfer", "silent_prompt", "silent_close", "closing"
};
static const ui_str phrase_labels[N_PHRASES] = {
    S_PH_OPENING, S_PH_HOLD_BEFORE, S_PH_HOLD_AFTER, S_PH_EMOTIONAL, S_PH_TRANSFER,
    S_PH_SILENT_PROMPT, S_PH_SILENT_CLOSE, S_PH_CLOSING
};

struct call_screen {
    call_session *s;
    char *phrases[N_PHRASES];   /* owned: the standard phrases, placeholders filled */
    const char *labels[N_PHRASES]; /* a declared panel's chip names (the bank's), else NULL */
    int declared_panel;         /* the scenario chose its phrases (phrases = {...}) */
    reply_box reply;
    desk_panel desk;            /* the work order and the system pane, docked on the right */
    pick_dialog dialog;         /* where to transfer or escalate */
    uint32_t dialog_key_at;     /* SDL time of the key that closed it, 0: none */
    int f5_reloads;             /* the trainers' window: F5 reloads, so no chip is labelled F5 */
    int subtitles;
    int phrase_filled;          /* the reply came from the phrase panel: not typed, no chars/min */
    int scroll;                 /* pixels scrolled up from the newest line */
    int *heights;               /* bubble height per log entry; -1 = not measured */
    size_t n_heights;
    int layout_w;               /* transcript width the heights were measured at */
    int left_w, right_w;        /* the columns at the window's present width */
    SDL_Rect buttons[ACT_COUNT], chips[N_PHRASES];
    SDL_Rect transcript, reply_rect;
};

/* ---- lifetime ------------------------------------------------------------------------------ */

call_screen *call_screen_new(call_session *s, const cs_phrase_bank *bank)
{
    call_screen *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->s = s;
    c->subtitles = 1;
    reply_clear(&c->reply);
    const cs_scenario_info *in = cs_engine_info(session_engine(s));
    panel_init(&c->desk, in);
    /* the scenario's own panel (phrases = {...}) or the default one */
    c->declared_panel = in->n_phrases > 0;
    for (int i = 0; i < N_PHRASES; i++) {
        const char *cat = !c->declared_panel ? phrase_categories[i] : (size_t)i < in->n_phrases ? in->phrases[i] : NULL;
        if (c->declared_panel && cat && bank) c->labels[i] = cs_bank_label(bank, cat);
        /* the standard wording would be a hint, and an exam gives none (DESIGN: no hints) */
        c->phrases[i] = bank && cat && session_mode(s) != CS_MODE_EXAM ? cs_standard_for_caller(bank, cat, in->caller_name) : NULL;
    }
    return c;
}

void call_screen_free(call_screen *c)
{
    if (!c) return;
    for (int i = 0; i < N_PHRASES; i++) free(c->phrases[i]);
    free(c->heights);
    free(c);
}

void call_screen_relayout(call_screen *c)
{
    for (size_t i = 0; i < c->n_heights; i++) c->heights[i] = -1;
}

/* ---- transcript ------------------------------------------------------------------------------ */



static int call_over(const call_screen *c)
{
    return cs_engine_phase(session_engine(c->s)) == CS_PHASE_ENDED;
}

/* What a log entry shows in the transcript (transcript_text.h); caller lines hidden while the
 * subtitles are off and the call is on. */
static side describe(const call_screen *c, const cs_event *ev, char *buf, size_t len)
{
    int hide = !c->subtitles && !call_over(c);
    return transcript_line(cs_engine_info(session_engine(c->s)), ev, hide, buf, len);
}

static int bubble_wrap(const call_screen *c)
{
    return c->transcript.w * 2 / 3;
}

static int measure_bubble(call_screen *c, ui_ctx *u, const cs_event *ev)
{
    char buf[2048];
    side sd = describe(c, ev, buf, sizeof buf);
    if (sd == SIDE_NONE) return 0;
    int w = 0, h = 0, base = sd == SIDE_SYSTEM ? 14 : 18;
    tc_measure(u->tc, buf, ui_size(u, base), bubble_wrap(c) - 2 * PAD, &w, &h);
    if (sd == SIDE_SYSTEM) return h + PAD / 2;
    return ui_line_h(u, 12) + h + 2 * PAD / 2 + PAD;
}

static int ensure_heights(call_screen *c, size_t n)
{
    if (c->layout_w != c->transcript.w) {
        c->layout_w = c->transcript.w;
        call_screen_relayout(c);
    }
    if (n <= c->n_heights) return 0;
    int *h = realloc(c->heights, n * sizeof *h);
    if (!h) return -1;
    for (size_t i = c->n_heights; i < n; i++) h[i] = -1;
    c->heights = h;
    c->n_heights = n;
    return 0;
}

static int bubble_height(call_screen *c, ui_ctx *u, const cs_call_log *log, size_t i)
{
    /* caller lines change when subtitles toggle or the call ends: never cached */
    if (log->ev[i].kind == CS_EV_CALLER_SAY || log->ev[i].kind == CS_EV_DICTATE) return measure_bubble(c, u, &log->ev[i]);
    if (c->heights[i] < 0) c->heights[i] = measure_bubble(c, u, &log->ev[i]);
    return c->heights[i];
}

static void draw_bubble(call_screen *c, ui_ctx *u, const cs_event *ev, int y)
{
    char buf[2048], label[64], when[16];
    side sd = describe(c, ev, buf, sizeof buf);
    SDL_Rect area = c->transcript;
    int wrap = bubble_wrap(c) - 2 * PAD, w = 0, h = 0;
    if (sd == SIDE_SYSTEM) {
        tc_measure(u->tc, buf, ui_size(u, 14), wrap, &w, &h);
        ui_text(u, buf, 14, UI_DIM, area.x + (area.w - w) / 2, y, wrap);
        return;
    }
    tc_measure(u->tc, buf, ui_size(u, 18), wrap, &w, &h);
    ui_clock(ev->t_start_ms, when, sizeof when);
    snprintf(label, sizeof label, "%s  %s", sd == SIDE_CALLER ? ui_s(S_CALLER) : ui_s(S_YOU), when);
    int lh = ui_line_h(u, 12);
    int bw = w + 2 * PAD, x = sd == SIDE_CALLER ? area.x + PAD : area.x + area.w - bw - PAD;
    int lw = ui_text_w(u, label, 12);
    ui_text(u, label, 12, UI_DIM, sd == SIDE_CALLER ? x : x + bw - lw, y, 0);
    SDL_Rect b = { x, y + lh, bw, h + PAD };
    ui_fill(u, b, sd == SIDE_CALLER ? UI_CALLER_BUBBLE : UI_TRAINEE_BUBBLE);
    ui_outline(u, b, UI_BORDER);
    ui_text(u, buf, 18, UI_TEXT, x + PAD, y + lh + PAD / 2, wrap);
}

static void draw_transcript(call_screen *c, ui_ctx *u)
{
    const cs_call_log *log = cs_engine_log(session_engine(c->s));
    if (ensure_heights(c, log->n) != 0) return;
    SDL_RenderSetClipRect(u->r, &c->transcript);
    int bottom = c->transcript.y + c->transcript.h - PAD + c->scroll;
    for (size_t i = log->n; i-- > 0;) {
        int h = bubble_height(c, u, log, i);
        if (!h) continue;
        bottom -= h;
        if (bottom > c->transcript.y + c->transcript.h) continue;
        if (bottom + h < c->transcript.y) break;
        draw_bubble(c, u, &log->ev[i], bottom);
    }
    SDL_RenderSetClipRect(u->r, NULL);
}

/* ---- layout ------------------------------------------------------------------------------------ */

/* Three columns that fit from 1024 px up: the caller and the call's controls, the transcript with
 * the reply box, the desk (work order and system pane). Wider windows give the transcript the rest. */
static void layout(call_screen *c, const ui_ctx *u)
{
    c->left_w = u->w >= 1280 ? 250 : 210;
    c->right_w = u->w >= 1280 ? 380 : u->w >= 1100 ? 340 : 320;
}

/* ---- left panel: caller card, ring, mood, buttons ------------------------------------------ */

static int draw_ring(call_screen *c, ui_ctx *u, int x, int y)
{
    cs_engine *e = session_engine(c->s);
    char buf[64];
    int h = ui_line_h(u, 16);
    if (cs_engine_phase(e) == CS_PHASE_RINGING) {
        int64_t t = session_now(c->s) % 5000;
        int pulse = t < 1000 ? (int)(t / 100) % 5 : 0;  /* the animation follows the 1 s on tone */
        for (int k = 0; k <= pulse; k++) {
            SDL_Rect r = { x + 16 - k * 3, y + 16 - k * 3, 24 + k * 6, 24 + k * 6 };
            ui_outline(u, r, UI_ACCENT);
        }
        ui_fill(u, (SDL_Rect){ x + 20, y + 20, 16, 16 }, t < 1000 ? UI_ACCENT : UI_BORDER);
        snprintf(buf, sizeof buf, "%s · %s %d", ui_s(S_RINGING), ui_s(S_RINGS), cs_engine_rings(e));
        ui_text(u, buf, 16, UI_TEXT, x + 64, y + 28 - h / 2, c->left_w - 64 - 2 * PAD);
        return 60;
    }
    const char *st = cs_engine_phase(e) == CS_PHASE_ENDED ? ui_s(S_ENDED)
                   : cs_engine_on_hold(e) ? ui_s(S_ON_HOLD)
                   : cs_engine_phase(e) == CS_PHASE_TALKING ? ui_s(S_TALKING) : ui_s(S_READY);
    snprintf(buf, sizeof buf, "%s · %s %d", st, ui_s(S_RINGS), cs_engine_rings(e));
    return ui_text(u, buf, 16, UI_TEXT, x, y + 6, 0) + 12;
}

static int draw_mood(call_screen *c, ui_ctx *u, int x, int y, int w)
{
    int p = cs_engine_patience(session_engine(c->s));
    char buf[64];
    snprintf(buf, sizeof buf, "%s %d", ui_s(S_MOOD), p);
    int th = ui_text(u, buf, 14, UI_DIM, x, y, 0);
    SDL_Rect bar = { x, y + th + 4, w, 12 };
    ui_fill(u, bar, UI_BG);
    SDL_Color col = p >= 60 ? UI_GOOD : p >= 30 ? (SDL_Color){ 230, 160, 30, 255 } : UI_BAD;
    ui_fill(u, (SDL_Rect){ x, bar.y, w * (p < 0 ? 0 : p > 100 ? 100 : p) / 100, 12 }, col);
    ui_outline(u, bar, UI_BORDER);
    return th + 4 + 12 + PAD;
}

static int draw_card(call_screen *c, ui_ctx *u, int x, int y, int w)
{
    const cs_scenario_info *in = cs_engine_info(session_engine(c->s));
    int y0 = y;
    y += ui_text(u, ui_s(S_CALLER), 13, UI_DIM, x, y, 0);
    y += ui_text(u, in->caller_name ? in->caller_name : "", 20, UI_TEXT, x, y, w);
    y += ui_text(u, in->caller_phone ? in->caller_phone : "", 16, UI_TEXT, x, y, 0) + 4;
    if (in->n_history) y += ui_text(u, ui_s(S_HISTORY), 13, UI_DIM, x, y, 0);
    for (size_t i = 0; i < in->n_history && i < 3; i++) y += ui_text(u, in->history[i], 13, UI_TEXT, x, y, w);
    return y - y0 + 6;
}

/* Two columns of buttons, so all of them fit a 600 px high window. */
static void draw_buttons(call_screen *c, ui_ctx *u, int x, int y, int w)
{
    cs_engine *e = session_engine(c->s);
    cs_phase ph = cs_engine_phase(e);
    int talking = ph == CS_PHASE_TALKING;
    static const char *const keys[ACT_COUNT] = { "F9", "F10", "F11", "^E", "^T", "F12", "^U" };
    const char *labels[ACT_COUNT] = {
        ui_s(S_BTN_ANSWER), cs_engine_on_hold(e) ? ui_s(S_BTN_UNHOLD) : ui_s(S_BTN_HOLD), ui_s(S_BTN_TRANSFER),
        ui_s(S_BTN_ESCALATE), ui_s(S_BTN_TICKET), ui_s(S_BTN_HANGUP), ui_s(S_BTN_SUBTITLES)
    };
    int enabled[ACT_COUNT] = { ph == CS_PHASE_RINGING, talking, talking, talking, talking, talking, 1 };
    int bh = ui_line_h(u, 18) + 12, bw = (w - 6) / 2;
    for (int i = 0; i < ACT_COUNT; i++) {
        c->buttons[i] = (SDL_Rect){ x + (i % 2) * (bw + 6), y + (i / 2) * (bh + 6), bw, bh };
        int active = (i == ACT_ANSWER && ph == CS_PHASE_RINGING) || (i == ACT_SUBTITLES && c->subtitles) ||
                     (i == ACT_HOLD && cs_engine_on_hold(e)) || (i == ACT_TICKET && c->desk.focused);
        ui_button(u, c->buttons[i], labels[i], keys[i], enabled[i], active);
    }
}

static void draw_left(call_screen *c, ui_ctx *u)
{
    SDL_Rect panel = { 0, TOP_H, c->left_w, u->h - TOP_H };
    ui_fill(u, panel, UI_PANEL);
    int x = PAD, w = c->left_w - 2 * PAD;
    int y = TOP_H + PAD;
    y += draw_card(c, u, x, y, w);
    y += draw_ring(c, u, x, y);
    y += draw_mood(c, u, x, y, w);
    draw_buttons(c, u, x, y, w);
}

/* ---- the standard phrases: chips above the reply box, a click fills it ------------------------ */

/* "F3 等待后": the chip and its key; without the key where the key means something else (F5). */
static void chip_label(const call_screen *c, int i, char *buf, size_t len)
{
    const char *name = c->labels[i] ? c->labels[i] : c->declared_panel ? "" : ui_s(phrase_labels[i]);
    if (c->f5_reloads && i == 4) snprintf(buf, len, "%s", name);
    else snprintf(buf, len, "F%d %s", i + 1, name);
}

static int draw_phrases(call_screen *c, ui_ctx *u, int x, int bottom, int w)
{
    if (session_mode(c->s) == CS_MODE_EXAM) {
        for (int i = 0; i < N_PHRASES; i++) c->chips[i] = (SDL_Rect){ 0, 0, 0, 0 };
        return bottom;
    }
    int ch = ui_line_h(u, 14) + 8, gap = 6, rows = 1, cx = 0;
    int widths[N_PHRASES];
    for (int i = 0; i < N_PHRASES; i++) {
        char head[64];
        chip_label(c, i, head, sizeof head);
        widths[i] = ui_text_w(u, head, 14) + 16;
        if (cx && cx + widths[i] > w) { rows++; cx = 0; }
        cx += widths[i] + gap;
    }
    int top = bottom - rows * (ch + gap), row = 0;
    cx = 0;
    for (int i = 0; i < N_PHRASES; i++) {
        if (cx && cx + widths[i] > w) { row++; cx = 0; }
        char head[64];
        chip_label(c, i, head, sizeof head);
        c->chips[i] = (SDL_Rect){ x + cx, top + row * (ch + gap), widths[i], ch };
        ui_fill(u, c->chips[i], c->phrases[i] ? UI_PANEL : UI_BG);
        ui_outline(u, c->chips[i], c->phrases[i] ? UI_ACCENT : UI_BORDER);
        ui_text(u, head, 14, c->phrases[i] ? UI_ACCENT : UI_DIM, c->chips[i].x + 8, c->chips[i].y + 4, 0);
        cx += widths[i] + gap;
    }
    return top - 2;
}

/* ---- top bar ------------------------------------------------------------------------------- */

static void draw_top(call_screen *c, ui_ctx *u)
{
    cs_engine *e = session_engine(c->s);
    SDL_Rect bar = { 0, 0, u->w, TOP_H };
    ui_fill(u, bar, UI_ACCENT);
    const cs_scenario_info *in = cs_engine_info(e);
    char buf[256], when[16], lv[32];
    snprintf(buf, sizeof buf, "%s · %s", in->title ? in->title : in->id, ui_level(in->level, lv, sizeof lv));
    ui_text(u, buf, 20, UI_WHITE, PAD, (TOP_H - ui_line_h(u, 20)) / 2, 0);
    int64_t t = cs_engine_phase(e) == CS_PHASE_ENDED ? cs_engine_now(e) : session_now(c->s);
    ui_clock(t, when, sizeof when);
    int w = ui_text_w(u, when, 26);
    ui_text(u, when, 26, UI_WHITE, u->w - w - PAD, (TOP_H - ui_line_h(u, 26)) / 2, 0);
    if (session_store_error(c->s) || !session_stored(c->s)) {
        const char *msg = session_stored(c->s) ? ui_s(S_STORE_ERROR) : ui_s(S_NO_STORE);
        int mw = ui_text_w(u, msg, 14);
        ui_text(u, msg, 14, UI_WARN, u->w - w - mw - 3 * PAD, (TOP_H - ui_line_h(u, 14)) / 2, 0);
    }
}

/* ---- reply box, choices, hint ------------------------------------------------------------------ */

static int draw_choices(call_screen *c, ui_ctx *u, int x, int bottom, int w)
{
    const char *const *opts = NULL;
    size_t n = cs_engine_choices(session_engine(c->s), &opts);
    if (!n) return bottom;
    int lh = ui_line_h(u, 16), h = (int)(n > 9 ? 9 : n) * (lh + 4) + ui_line_h(u, 14) + 4 + PAD;
    SDL_Rect r = { x, bottom - h, w, h };
    ui_fill(u, r, UI_PANEL);
    ui_outline(u, r, UI_ACCENT);
    int y = r.y + PAD / 2;
    const char *prompt = cs_engine_choice_prompt(session_engine(c->s));
    char head[512];
    snprintf(head, sizeof head, "%s  (%s)", prompt ? prompt : "", ui_s(S_CHOICES_HELP));
    y += ui_text(u, head, 14, UI_DIM, x + PAD, y, 0) + 4;
    for (size_t i = 0; i < n && i < 9; i++) {
        char line[1024];
        snprintf(line, sizeof line, "%zu. %s", i + 1, opts[i]);
        ui_text(u, line, 16, UI_TEXT, x + PAD, y, 0);
        y += lh + 4;
    }
    return r.y - 6;
}

static int draw_hint(call_screen *c, ui_ctx *u, int x, int bottom, int w)
{
    const char *hint = cs_engine_hint(session_engine(c->s));
    if (!hint || call_over(c)) return bottom;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s：%s", ui_s(S_HINT), hint);
    int tw = 0, th = 0;
    tc_measure(u->tc, buf, ui_size(u, 14), w - 2 * PAD, &tw, &th);
    SDL_Rect r = { x, bottom - th - PAD, w, th + PAD };
    ui_fill(u, r, UI_WARN);
    ui_text(u, buf, 14, UI_TEXT, x + PAD, r.y + PAD / 2, w - 2 * PAD);
    return r.y - 6;
}

static void draw_center(call_screen *c, ui_ctx *u)
{
    int x = c->left_w, w = u->w - c->left_w - c->right_w;
    int box_h = ui_line_h(u, 20) + 16, count_h = ui_line_h(u, 12) + 4;
    /* PAD below: the input method's candidate window (about 30 px) still opens under the caret */
    c->reply_rect = (SDL_Rect){ x + PAD, u->h - PAD - count_h - box_h, w - 2 * PAD, box_h };
    int bottom = draw_phrases(c, u, x + PAD, c->reply_rect.y - 4, w - 2 * PAD);
    bottom = draw_hint(c, u, x + PAD, bottom - 2, w - 2 * PAD);
    bottom = draw_choices(c, u, x + PAD, bottom, w - 2 * PAD);
    c->transcript = (SDL_Rect){ x, TOP_H, w, bottom - TOP_H };
    draw_transcript(c, u);
    ui_editor_draw(u, &c->reply, c->reply_rect, !c->desk.focused && !c->dialog.open, ui_s(S_REPLY_PLACEHOLDER), 20);
    char count[32];
    snprintf(count, sizeof count, "%zu/%d", reply_chars(&c->reply), REPLY_MAX_CHARS);
    int cw = ui_text_w(u, count, 12);
    SDL_Rect b = c->reply_rect;
    ui_text(u, count, 12, reply_chars(&c->reply) >= REPLY_MAX_CHARS ? UI_BAD : UI_DIM, b.x + b.w - cw, b.y + b.h + 2, 0);
}

void call_screen_draw(call_screen *c, ui_ctx *u)
{
    layout(c, u);
    /* each pixel filled once where possible: under Xvfb (software GL) every filled pixel costs */
    ui_fill(u, (SDL_Rect){ c->left_w, TOP_H, u->w - c->left_w - c->right_w, u->h - TOP_H }, UI_BG);
    draw_center(c, u);
    draw_left(c, u);
    int talking = cs_engine_phase(session_engine(c->s)) == CS_PHASE_TALKING;
    panel_draw(&c->desk, u, session_engine(c->s), (SDL_Rect){ u->w - c->right_w, TOP_H, c->right_w, u->h - TOP_H }, talking);
    draw_top(c, u);
    pick_draw(&c->dialog, u);
}

int call_screen_form_open(const call_screen *c)
{
    return c->dialog.open || c->desk.focused;
}

void call_screen_set_f5_reloads(call_screen *c, int on)
{
    c->f5_reloads = on;
}

int call_screen_left_w(const call_screen *c)
{
    return c->left_w;
}

int call_screen_dialog_open(const call_screen *c)
{
    return c->dialog.open;
}

int64_t call_screen_frame_due(const call_screen *c)
{
    if (call_over(c)) return 1000;
    if (cs_engine_phase(session_engine(c->s)) == CS_PHASE_RINGING) return 100;  /* ring pulse */
    return 1000 - session_now(c->s) % 1000;  /* the call timer's next second */
}

/* ---- actions ------------------------------------------------------------------------------------ */

static void act(call_screen *c, cs_input_kind kind, const char *text, int choice, int64_t typing_start)
{
    session_input(c->s, kind, text, choice, typing_start);
    c->scroll = 0;  /* follow the newest line again */
}

static void send_reply(call_screen *c)
{
    char text[REPLY_MAX_BYTES];
    reply_trimmed(&c->reply, text, sizeof text);
    if (!*text) return;
    session_barge_in(c->s);
    act(c, CS_IN_TEXT, text, 0, c->phrase_filled ? -1 : c->reply.first_key_ms);
    reply_clear(&c->reply);
    c->phrase_filled = 0;
}

/* Transfer and escalation go where the trainee picks from the scenario's directory. */
static void ask_target(call_screen *c, cs_input_kind kind)
{
    const cs_scenario_info *in = cs_engine_info(session_engine(c->s));
    int tr = kind == CS_IN_TRANSFER;
    pick_open(&c->dialog, (int)kind, ui_s(tr ? S_PICK_TRANSFER : S_PICK_ESCALATE), NULL,
              tr ? in->transfer_targets : in->escalate_targets, tr ? in->n_transfer : in->n_escalate);
}

static void picked(call_screen *c, int i)
{
    const cs_scenario_info *in = cs_engine_info(session_engine(c->s));
    cs_input_kind kind = (cs_input_kind)c->dialog.tag;
    const char *const *list = kind == CS_IN_TRANSFER ? in->transfer_targets : in->escalate_targets;
    size_t n = kind == CS_IN_TRANSFER ? in->n_transfer : in->n_escalate;
    if (i >= 0 && (size_t)i < n && cs_engine_phase(session_engine(c->s)) == CS_PHASE_TALKING) act(c, kind, list[i], 0, -1);
}

static void submit_ticket(call_screen *c)
{
    cs_engine *e = session_engine(c->s);
    if (cs_engine_phase(e) != CS_PHASE_TALKING) return;
    char text[DESK_FIELDS * (REPLY_MAX_BYTES + 40)];
    int64_t first;
    if (panel_ticket_text(&c->desk, cs_engine_info(e), text, sizeof text, &first) != 0) {
        c->desk.focused = 1;  /* to the field that is wrong */
        return;
    }
    act(c, CS_IN_TICKET, text, 0, first);
    panel_submitted(&c->desk, session_now(c->s));
    c->desk.focused = 0;
}

static void do_action(call_screen *c, int a)
{
    cs_engine *e = session_engine(c->s);
    int talking = cs_engine_phase(e) == CS_PHASE_TALKING;
    switch (a) {
    case ACT_ANSWER: act(c, CS_IN_ANSWER, NULL, 0, -1); break;
    case ACT_HOLD: act(c, cs_engine_on_hold(e) ? CS_IN_UNHOLD : CS_IN_HOLD, NULL, 0, -1); break;
    case ACT_TRANSFER: if (talking) ask_target(c, CS_IN_TRANSFER); break;
    case ACT_ESCALATE: if (talking) ask_target(c, CS_IN_ESCALATE); break;
    case ACT_TICKET: if (c->desk.n) c->desk.focused = 1; break;
    case ACT_HANGUP: session_barge_in(c->s); act(c, CS_IN_HANGUP, NULL, 0, -1); break;
    case ACT_SUBTITLES: c->subtitles = !c->subtitles; break;
    default: break;
    }
}

/* ---- events ------------------------------------------------------------------------------------- */

static reply_box *focused_box(call_screen *c)
{
    return c->desk.focused ? panel_current(&c->desk) : &c->reply;
}

static void paste(call_screen *c)
{
    char *clip = SDL_GetClipboardText();
    if (clip) reply_insert(focused_box(c), clip, session_now(c->s));
    SDL_free(clip);
}

/* Digits pick a scenario choice only while the reply box is empty, so numbers can still be typed. */
static int text_input(call_screen *c, const char *text)
{
    if (c->dialog.open) return 1;  /* the dialog's keys are its own */
    const char *const *opts;
    size_t n = cs_engine_choices(session_engine(c->s), &opts);
    if (!c->desk.focused && n && reply_empty(&c->reply) && text[0] >= '1' && text[0] <= '9' && !text[1] &&
        (size_t)(text[0] - '0') <= n) {
        act(c, CS_IN_CHOICE, opts[text[0] - '1'], text[0] - '0', -1);
        return 1;
    }
    reply_insert(focused_box(c), text, session_now(c->s));
    session_typing(c->s);
    return 1;
}

/* Tab walks reply box → each ticket field → reply box; Shift+Tab backwards. */
static void tab(call_screen *c, int back)
{
    desk_panel *d = &c->desk;
    if (!d->n) return;
    if (!d->focused) { d->focused = 1; d->cur = back ? d->n - 1 : 0; return; }
    if (!back && d->cur + 1 < d->n) d->cur++;
    else if (back && d->cur > 0) d->cur--;
    else d->focused = 0;
}

static int ticket_key(call_screen *c, const SDL_KeyboardEvent *kev)
{
    desk_panel *d = &c->desk;
    reply_box *b = panel_current(d);
    SDL_Keycode k = kev->keysym.sym;
    if (k == SDLK_ESCAPE) d->focused = 0;  /* back to the reply box; the form keeps what was typed */
    else if (k == SDLK_DOWN) d->cur = (d->cur + 1) % d->n;
    else if (k == SDLK_UP) d->cur = (d->cur + d->n - 1) % d->n;
    else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) { if (!b->composition[0]) submit_ticket(c); }
    else return ui_editor_key(b, k);
    return 1;
}

static int ctrl_key(call_screen *c, SDL_Keycode k)
{
    switch (k) {
    case SDLK_e: do_action(c, ACT_ESCALATE); return 1;
    case SDLK_t: do_action(c, ACT_TICKET); return 1;
    case SDLK_u: do_action(c, ACT_SUBTITLES); return 1;
    case SDLK_v: paste(c); return 1;
    case SDLK_RETURN: case SDLK_KP_ENTER: submit_ticket(c); return 1;
    default: return 0;
    }
}

static void fill_phrase(call_screen *c, int i)
{
    if (!c->phrases[i]) return;
    reply_clear(&c->reply);
    reply_insert(&c->reply, c->phrases[i], session_now(c->s));
    c->phrase_filled = 1;  /* a hot key is not typing: 50 chars in 0.2 s would be 15000 chars/min */
    c->desk.focused = 0;
}

static int function_key(call_screen *c, SDL_Keycode k)
{
    if (k >= SDLK_F1 && k <= SDLK_F8) { fill_phrase(c, (int)(k - SDLK_F1)); return 1; }
    switch (k) {
    case SDLK_F9: do_action(c, ACT_ANSWER); return 1;
    case SDLK_F10: do_action(c, ACT_HOLD); return 1;
    case SDLK_F11: do_action(c, ACT_TRANSFER); return 1;
    case SDLK_F12: do_action(c, ACT_HANGUP); return 1;
    default: return 0;
    }
}

static int key_down(call_screen *c, const SDL_KeyboardEvent *kev)
{
    SDL_Keycode k = kev->keysym.sym;
    if (c->dialog.open) return 1;  /* handled by pick_event */
    if (k == SDLK_TAB) { tab(c, (kev->keysym.mod & KMOD_SHIFT) != 0); return 1; }
    if (kev->keysym.mod & KMOD_CTRL) return ctrl_key(c, k);
    if (function_key(c, k)) return 1;
    if (c->desk.focused) return ticket_key(c, kev);
    switch (k) {
    case SDLK_PAGEUP: c->scroll += c->transcript.h * 3 / 4; return 1;
    case SDLK_PAGEDOWN: c->scroll = c->scroll > c->transcript.h * 3 / 4 ? c->scroll - c->transcript.h * 3 / 4 : 0; return 1;
    case SDLK_RETURN: case SDLK_KP_ENTER:
        if (c->reply.composition[0]) return 0;
        if (cs_engine_phase(session_engine(c->s)) == CS_PHASE_RINGING && reply_empty(&c->reply)) do_action(c, ACT_ANSWER);
        else send_reply(c);
        return 1;
    default:
        if (!ui_editor_key(&c->reply, k)) return 0;
        session_typing(c->s);  /* correcting the reply is typing it */
        return 1;
    }
}

static int mouse_down(call_screen *c, int x, int y)
{
    for (int i = 0; i < ACT_COUNT; i++)
        if (ui_inside(c->buttons[i], x, y)) { do_action(c, i); return 1; }
    for (int i = 0; i < N_PHRASES; i++)
        if (ui_inside(c->chips[i], x, y)) { fill_phrase(c, i); return 1; }
    int f = panel_field_at(&c->desk, x, y);
    if (f >= 0) { c->desk.focused = 1; c->desk.cur = (size_t)f; return 1; }
    if (panel_on_submit(&c->desk, x, y)) { submit_ticket(c); return 1; }
    if (ui_inside(c->reply_rect, x, y)) { c->desk.focused = 0; return 1; }
    return 0;
}

int call_screen_event(call_screen *c, ui_ctx *u, const SDL_Event *ev)
{
    (void)u;
    if (c->dialog.open) {
        int r = pick_event(&c->dialog, ev);
        if (r >= 0) picked(c, r);
        if (!c->dialog.open && ev->type == SDL_KEYDOWN) c->dialog_key_at = ev->key.timestamp;
        return 1;
    }
    /* the text of the key that closed the dialog ("2" for the second target) is not typing */
    if (ev->type == SDL_TEXTINPUT && c->dialog_key_at && ev->text.timestamp - c->dialog_key_at <= 50) {
        c->dialog_key_at = 0;
        return 1;
    }
    if (ev->type == SDL_KEYDOWN) c->dialog_key_at = 0;
    switch (ev->type) {
    case SDL_TEXTINPUT: return text_input(c, ev->text.text);
    case SDL_TEXTEDITING:
        reply_set_composition(focused_box(c), ev->edit.text, session_now(c->s));
        if (ev->edit.text[0]) session_typing(c->s);  /* pinyin being composed is typing */
        return 1;
    case SDL_KEYDOWN: return key_down(c, &ev->key);
    case SDL_MOUSEBUTTONDOWN: return ev->button.button == SDL_BUTTON_LEFT && mouse_down(c, ev->button.x, ev->button.y);
    case SDL_MOUSEWHEEL:
        c->scroll += ev->wheel.y * 60;
        if (c->scroll < 0) c->scroll = 0;
        return 1;
    default: return 0;
    }
}
