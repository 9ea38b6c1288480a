/* The debrief (screen_results.h). Everything is read from the log and the grade — the same data
 * the store keeps and the report prints — so what the trainee reads here is what the examiner
 * sees later. Drawn only on events (the results screen does not animate). */
#include "screen_results.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "transcript_text.h"
#include "ui_strings.h"

#define PAD 14
#define TOP_H 56

static const SDL_Color C_ACTION = { 110, 118, 128, 255 }, C_PAUSE = { 255, 190, 120, 255 },
                       C_HOLD = { 250, 214, 120, 255 }, C_MISTAKE = { 215, 55, 55, 255 };

/* Typing speed over the typed replies when the call had no information to record. */
static double mean_reply_cpm(const cs_grade *g)
{
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < g->n_turns; i++)
        if (g->turns[i].cpm > 0) { sum += g->turns[i].cpm; n++; }
    return n ? sum / n : -1;
}

/* A rubric item's name as the trainee reads it (the built-in rules named, not their ids). */
static const char *item_label(const cs_grade *g, const char *id)
{
    for (size_t i = 0; i < g->n_items; i++) {
        const cs_item_result *it = &g->items[i];
        if (!it->id || strcmp(it->id, id) != 0) continue;
        return !it->label || strcmp(it->label, it->id) == 0 ? ui_item_label(it->id) : it->label;
    }
    return ui_item_label(id);
}

/* ---- header ------------------------------------------------------------------------------------ */

static int draw_header(call_session *s, ui_ctx *u, const cs_grade *g)
{
    const cs_scenario_info *in = cs_engine_info(session_engine(s));
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, TOP_H }, UI_ACCENT);
    char buf[512];
    snprintf(buf, sizeof buf, "%s · %s", ui_s(S_RESULTS_TITLE), in->title ? in->title : in->id);
    ui_text(u, buf, 20, UI_WHITE, PAD, (TOP_H - ui_line_h(u, 20)) / 2, u->w / 2);
    snprintf(buf, sizeof buf, "%s %.1f / 100", ui_s(S_SCORE), g->score);
    const char *verdict = g->passed ? ui_s(S_PASSED) : ui_s(S_FAILED);
    int vw = ui_text_w(u, verdict, 24), sw = ui_text_w(u, buf, 24), y = (TOP_H - ui_line_h(u, 24)) / 2;
    ui_text(u, buf, 24, UI_WHITE, u->w - PAD - vw - 16 - sw, y, 0);
    SDL_Rect badge = { u->w - PAD - vw - 8, 8, vw + 8, TOP_H - 16 };
    ui_fill(u, badge, g->passed ? UI_GOOD : UI_BAD);
    ui_text(u, verdict, 24, UI_WHITE, badge.x + 4, y, 0);
    /* one line under the bar: how it ended, typing speed, and why it failed outright */
    int yy = TOP_H + 6, x = PAD;
    const cs_engine *eng = session_engine(s);
    const char *end = ui_end_reason(cs_engine_end_kind(eng), cs_engine_end_reason(eng));
    if (end) x += ui_text_w(u, end, 15) + 24, ui_text(u, end, 15, UI_DIM, PAD, yy, 0);
    double cpm = g->typing_cpm >= 0 ? g->typing_cpm : mean_reply_cpm(g);
    if (cpm >= 0) {
        if (g->typing_cpm >= 0) snprintf(buf, sizeof buf, "%s %.0f %s · %.0f%%", ui_s(S_TYPING), cpm, ui_s(S_CPM), g->typing_accuracy * 100);
        else snprintf(buf, sizeof buf, "%s %.0f %s", ui_s(S_TYPING), cpm, ui_s(S_CPM));
        ui_text(u, buf, 15, UI_DIM, x, yy, 0);
    }
    yy += ui_line_h(u, 15);
    if (g->auto_failed && g->fail_reason) yy += ui_text(u, g->fail_reason, 15, UI_BAD, PAD, yy, u->w - 2 * PAD);
    return yy + 4;
}

/* ---- timeline ---------------------------------------------------------------------------------- */

typedef struct {
    ui_ctx *u;
    SDL_Rect plot;
    int64_t total;
    int row_h;
} plot_ctx;

static int time_x(const plot_ctx *p, int64_t t)
{
    if (t < 0) t = 0;
    if (t > p->total) t = p->total;
    return p->plot.x + (int)((double)t / (double)p->total * p->plot.w);
}

static void span(const plot_ctx *p, int row, int64_t a, int64_t b, SDL_Color c, int thin)
{
    int x0 = time_x(p, a), x1 = time_x(p, b), h = thin ? 4 : p->row_h - 8;
    SDL_Rect r = { x0, p->plot.y + row * p->row_h + (p->row_h - h) / 2, x1 - x0 < 2 ? 2 : x1 - x0, h };
    ui_fill(p->u, r, c);
}

static void tick(const plot_ctx *p, int row, int64_t t, SDL_Color c)
{
    SDL_Rect r = { time_x(p, t) - 1, p->plot.y + row * p->row_h + 3, 3, p->row_h - 6 };
    ui_fill(p->u, r, c);
}

static int is_action(cs_event_kind k)
{
    return k == CS_EV_ANSWER || k == CS_EV_HANGUP || k == CS_EV_TICKET || k == CS_EV_TRANSFER ||
           k == CS_EV_ESCALATE || k == CS_EV_HOLD || k == CS_EV_UNHOLD;
}

static void plot_event(const plot_ctx *p, const cs_event *ev, const cs_turn_grade *t, int64_t *hold_from)
{
    switch (ev->kind) {
    case CS_EV_CALLER_SAY: case CS_EV_DICTATE: span(p, 0, ev->t_start_ms, ev->t_end_ms, UI_ACCENT, 0); break;
    case CS_EV_CALLER_SILENT: span(p, 0, ev->t_start_ms, ev->t_end_ms, UI_BORDER, 0); break;
    case CS_EV_TRAINEE_SAY: case CS_EV_CHOICE:
        if (ev->prompt_end_ms >= 0 && t && t->latency_ms > 0) span(p, 1, ev->prompt_end_ms, ev->prompt_end_ms + t->latency_ms, C_PAUSE, 1);
        span(p, 1, ev->typing_start_ms >= 0 ? ev->typing_start_ms : ev->t_start_ms, ev->t_end_ms, UI_GOOD, 0);
        break;
    case CS_EV_HOLD: *hold_from = ev->t_start_ms; break;
    case CS_EV_UNHOLD:
        if (*hold_from >= 0) span(p, 2, *hold_from, ev->t_start_ms, C_HOLD, 0);
        *hold_from = -1;
        break;
    default: break;
    }
    if (is_action(ev->kind)) tick(p, 2, ev->t_start_ms, C_ACTION);
    /* a mistake is what reads as one: red only where a deduction or a missed reply is */
    if ((t && t->deductions) || ev->kind == CS_EV_TIMEOUT) tick(p, 3, ev->t_start_ms, C_MISTAKE);
}

static void legend(ui_ctx *u, int x, int y, int w)
{
    struct { SDL_Color c; ui_str s; } keys[] = {
        { UI_ACCENT, S_LEG_CALLER }, { UI_GOOD, S_LEG_TYPING }, { C_PAUSE, S_LEG_PAUSE },
        { C_ACTION, S_LEG_ACTION }, { C_HOLD, S_LEG_HOLD }, { C_MISTAKE, S_LEG_MISTAKE },
    };
    int x0 = x, lh = ui_line_h(u, 12);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        int tw = ui_text_w(u, ui_s(keys[i].s), 12);
        if (x + 16 + tw > x0 + w) { x = x0; y += lh + 2; }
        ui_fill(u, (SDL_Rect){ x, y + lh / 2 - 5, 12, 10 }, keys[i].c);
        ui_text(u, ui_s(keys[i].s), 12, UI_DIM, x + 16, y, 0);
        x += 16 + tw + 16;
    }
}

static int draw_timeline(call_session *s, ui_ctx *u, const cs_grade *g, SDL_Rect area)
{
    const cs_call_log *log = cs_engine_log(session_engine(s));
    int64_t total = cs_engine_now(session_engine(s));
    int row_h = ui_line_h(u, 13) + 4, label_w = 80;
    plot_ctx p = { u, { area.x + label_w, area.y + ui_line_h(u, 13) + 4, area.w - label_w - 8, 4 * row_h }, total < 1000 ? 1000 : total, row_h };
    int h = (p.plot.y - area.y) + p.plot.h + 2 * ui_line_h(u, 12) + 8;
    area.h = h;
    ui_fill(u, area, UI_PANEL);
    ui_outline(u, area, UI_BORDER);
    ui_text(u, ui_s(S_TIMELINE), 13, UI_DIM, area.x + 6, area.y + 2, 0);
    const ui_str rows[] = { S_CALLER, S_YOU, S_ROW_ACTIONS, S_ROW_MISTAKES };
    for (int i = 0; i < 4; i++) ui_text(u, ui_s(rows[i]), 13, i == 3 ? C_MISTAKE : UI_DIM, area.x + 6, p.plot.y + i * row_h + 2, 0);
    int64_t hold_from = -1;
    for (size_t i = 0; i < log->n; i++) plot_event(&p, &log->ev[i], i < g->n_turns ? &g->turns[i] : NULL, &hold_from);
    if (hold_from >= 0) span(&p, 2, hold_from, total, C_HOLD, 0);
    char end[16];
    ui_clock(p.total, end, sizeof end);
    int ty = p.plot.y + p.plot.h;
    ui_text(u, "00:00", 12, UI_DIM, p.plot.x, ty, 0);
    ui_text(u, end, 12, UI_DIM, p.plot.x + p.plot.w - ui_text_w(u, end, 12), ty, 0);
    legend(u, p.plot.x + 60, ty, p.plot.w - 120);
    return h;
}

/* ---- the transcript with the deductions pinned to their turns ------------------------------------ */

/* "item -N reason; item -N reason" (cs_turn_grade.deductions) drawn one per line in red. */
static int draw_deductions(ui_ctx *u, const cs_grade *g, const char *list, int x, int y, int w, int draw)
{
    int h = 0;
    char buf[2048];
    snprintf(buf, sizeof buf, "%s", list);
    for (char *save = NULL, *d = strtok_r(buf, ";", &save); d; d = strtok_r(NULL, ";", &save)) {
        while (*d == ' ') d++;
        char id[64] = "", line[1200];
        double pts = 0;
        int used = 0;
        if (sscanf(d, "%63s -%lf %n", id, &pts, &used) < 2 || used <= 0) { snprintf(line, sizeof line, "%s", d); }
        else snprintf(line, sizeof line, "−%g  %s：%s", pts, item_label(g, id), d + used);
        int lh = 0, lw = 0;
        tc_measure(u->tc, line, ui_size(u, 14), w, &lw, &lh);
        if (draw) ui_text(u, line, 14, UI_BAD, x, y + h, w);
        h += lh;
    }
    return h;
}

/* What the trainee should have said where the scenario waited for a phrase and did not get it. */
static const char *missed_standard(const cs_phrase_bank *bank, const cs_event *ev, const cs_turn_grade *t)
{
    if (!bank || !ev->expect) return NULL;
    if (ev->kind == CS_EV_TIMEOUT) return cs_bank_category_standard(bank, ev->expect);
    if (ev->kind == CS_EV_TRAINEE_SAY && t && !t->verdict) return cs_bank_category_standard(bank, ev->expect);
    return NULL;
}

/* A link under a transcript line ("▶ 重听" the caller's line, "▶ 回听" the trainee's recording),
 * kept for clicks only where it can be seen. Returns its height. */
static int link(results_view *v, ui_ctx *u, const char *label, int lit, int clip, size_t i, int x, int y, int draw)
{
    int lh = ui_line_h(u, 12);
    if (draw && v->n_links < RESULTS_LINKS && y > v->transcript.y && y < v->transcript.y + v->transcript.h) {
        SDL_Rect r = { x, y, ui_text_w(u, label, 12) + 8, lh + 2 };
        if (lit) ui_fill(u, r, UI_ACCENT);
        ui_text(u, label, 12, lit ? UI_WHITE : clip ? UI_GOOD : UI_ACCENT, r.x + 4, r.y, 0);
        v->link[v->n_links] = r;
        v->link_clip[v->n_links] = clip;
        v->link_ev[v->n_links++] = i;
    }
    return lh + 2;
}

/* 1 when reply i (its log index is its turn seq) has a recording. */
static int recorded(const results_view *v, size_t i)
{
    for (size_t k = 0; k < v->n_clips; k++)
        if (v->clips[k] == (int64_t)i) return 1;
    return 0;
}

/* One entry: its head (who, when, the replay link), its words, and under a reply the coaching.
 * Returns its height; draws only when draw (the same code measures and draws). */
static int entry(results_view *v, ui_ctx *u, const cs_scenario_info *in, const cs_grade *g, const cs_phrase_bank *bank,
                 const cs_event *ev, size_t i, int x, int y, int w, int draw)
{
    char text[2048], head[96], when[16];
    side sd = transcript_line(in, ev, 0, text, sizeof text);
    if (sd == SIDE_NONE && ev->kind != CS_EV_TIMEOUT) return 0;
    const cs_turn_grade *t = i < g->n_turns ? &g->turns[i] : NULL;
    int h = 0, tw = 0, th = 0, indent = 72;
    ui_clock(ev->t_start_ms, when, sizeof when);
    snprintf(head, sizeof head, "%s %s", when, sd == SIDE_CALLER ? ui_s(S_CALLER) : sd == SIDE_TRAINEE ? ui_s(S_YOU) : "");
    tc_measure(u->tc, text, ui_size(u, sd == SIDE_SYSTEM ? 13 : 16), w - indent, &tw, &th);
    if (draw) {
        ui_text(u, head, 12, UI_DIM, x, y + 2, indent - 4);
        SDL_Color col = sd == SIDE_SYSTEM ? UI_DIM : sd == SIDE_TRAINEE ? (SDL_Color){ 20, 70, 160, 255 } : UI_TEXT;
        ui_text(u, text, sd == SIDE_SYSTEM ? 13 : 16, col, x + indent, y, w - indent);
    }
    h += th;
    if (sd == SIDE_CALLER && (ev->kind == CS_EV_CALLER_SAY || ev->kind == CS_EV_DICTATE)) {
        int playing = v->replayed && v->replaying == i && session_speaking(v->session);
        h += link(v, u, ui_s(playing ? S_REPLAYING : S_REPLAY), playing, 0, i, x + indent, y + h, draw);
    }
    if (ev->kind == CS_EV_TRAINEE_SAY && recorded(v, i)) h += link(v, u, ui_s(S_REC_LISTEN), 0, 1, i, x + indent, y + h, draw);
    if (t && t->deductions) h += draw_deductions(u, g, t->deductions, x + indent + 8, y + h, w - indent - 8, draw);
    if (t && (t->review & CS_REVIEW_PHRASE)) {
        char buf[160];
        snprintf(buf, sizeof buf, "%s（%.0f%%）", ui_s(S_UNSURE), t->confidence * 100);
        int lh = ui_line_h(u, 13);
        if (draw) ui_text(u, buf, 13, (SDL_Color){ 190, 120, 0, 255 }, x + indent + 8, y + h, w - indent - 8);
        h += lh;
    }
    const char *std = missed_standard(bank, ev, t);
    if (std) {
        char buf[1024], *said = cs_bank_fill_template(std);  /* as it is said: placeholders filled */
        snprintf(buf, sizeof buf, "%s%s", ui_s(S_STANDARD_WAS), said ? said : std);
        free(said);
        int bw = 0, bh = 0;
        tc_measure(u->tc, buf, ui_size(u, 13), w - indent - 8, &bw, &bh);
        if (draw) ui_text(u, buf, 13, UI_GOOD, x + indent + 8, y + h, w - indent - 8);
        h += bh;
    }
    return h + 6;
}

static void draw_transcript(results_view *v, call_session *s, const cs_phrase_bank *bank, ui_ctx *u, const cs_grade *g)
{
    SDL_Rect a = v->transcript;
    ui_fill(u, a, UI_PANEL);
    ui_outline(u, a, UI_BORDER);
    ui_text(u, ui_s(S_TRANSCRIPT), 15, UI_TEXT, a.x + 8, a.y + 4, 0);
    SDL_Rect clip = { a.x + 1, a.y + ui_line_h(u, 15) + 8, a.w - 2, a.h - ui_line_h(u, 15) - 9 };
    const cs_call_log *log = cs_engine_log(session_engine(s));
    const cs_scenario_info *in = cs_engine_info(session_engine(s));
    /* heights first, to keep the scroll inside the transcript */
    int total = 0;
    for (size_t i = 0; i < log->n; i++) total += entry(v, u, in, g, bank, &log->ev[i], i, 0, 0, a.w - 24, 0);
    int max = total - clip.h + 8;
    if (v->scroll > max) v->scroll = max > 0 ? max : 0;
    SDL_RenderSetClipRect(u->r, &clip);
    SDL_Rect keep = v->transcript;
    v->transcript = clip;  /* the replay links are kept only where they can be seen */
    int y = clip.y + 4 - v->scroll;
    for (size_t i = 0; i < log->n && y < clip.y + clip.h; i++) {
        int h = entry(v, u, in, g, bank, &log->ev[i], i, a.x + 10, y, a.w - 24, 0);
        if (y + h >= clip.y) entry(v, u, in, g, bank, &log->ev[i], i, a.x + 10, y, a.w - 24, 1);
        y += h;
    }
    v->transcript = keep;
    SDL_RenderSetClipRect(u->r, NULL);
}

/* ---- rubric items ------------------------------------------------------------------------------- */

static void draw_items(results_view *v, const cs_grade *g, ui_ctx *u)
{
    SDL_Rect a = v->items;
    ui_fill(u, a, UI_PANEL);
    ui_outline(u, a, UI_BORDER);
    ui_text(u, ui_s(S_ITEMS), 15, UI_TEXT, a.x + 8, a.y + 4, 0);
    SDL_Rect clip = { a.x + 1, a.y + ui_line_h(u, 15) + 8, a.w - 2, a.h - ui_line_h(u, 15) - 9 };
    SDL_RenderSetClipRect(u->r, &clip);
    int y = clip.y + 2 - v->item_scroll, x = a.x + 10, w = a.w - 20;
    for (size_t i = 0; i < g->n_items; i++) {
        const cs_item_result *it = &g->items[i];
        char head[512];
        snprintf(head, sizeof head, "%g/%g  %s", it->points, it->max, item_label(g, it->id ? it->id : ""));
        SDL_Color c = it->points >= it->max ? UI_GOOD : it->points <= 0 ? UI_BAD : UI_TEXT;
        y += ui_text(u, head, 15, c, x, y, w);
        if (it->reason && *it->reason) y += ui_text(u, it->reason, 13, UI_TEXT, x + 12, y, w - 12);
        if (it->clause && *it->clause) y += ui_text(u, it->clause, 11, UI_DIM, x + 12, y, w - 12);
        y += 6;
    }
    SDL_RenderSetClipRect(u->r, NULL);
}

/* ---- the screen ---------------------------------------------------------------------------------- */

static void draw_script_error(ui_ctx *u, const char *err)
{
    int y = TOP_H + PAD;
    y += ui_text(u, ui_s(S_SCRIPT_INTERRUPTED), 20, UI_BAD, PAD, y, u->w - 2 * PAD) + 8;
    ui_text(u, err, 17, UI_TEXT, PAD, y, u->w - 2 * PAD);
}

static void draw_footer(results_view *v, ui_ctx *u)
{
    int bh = ui_line_h(u, 16) + 10, y = u->h - bh - 8;
    int bw1 = ui_text_w(u, ui_s(S_RETRY_BTN), 16) + 60, bw2 = ui_text_w(u, ui_s(S_BACK_BTN), 16) + 60;
    v->back = (SDL_Rect){ u->w - PAD - bw2, y, bw2, bh };
    v->retry = (SDL_Rect){ v->back.x - 10 - bw1, y, bw1, bh };
    ui_button(u, v->retry, ui_s(S_RETRY_BTN), "R", 1, 1);
    ui_button(u, v->back, ui_s(S_BACK_BTN), "Esc", 1, 0);
    char help[512];
    if (v->msg[0]) snprintf(help, sizeof help, "%s", v->msg);
    else if (v->n_clips) snprintf(help, sizeof help, "%s · %s", ui_s(S_RESULTS_HELP), ui_s(S_REC_HELP));
    else snprintf(help, sizeof help, "%s", ui_s(S_RESULTS_HELP));
    ui_text(u, help, 13, v->msg[0] ? UI_TEXT : UI_DIM, PAD, y + (bh - ui_line_h(u, 13)) / 2, v->retry.x - 2 * PAD);
}

void results_draw(results_view *v, call_session *s, const cs_phrase_bank *bank, ui_ctx *u)
{
    const cs_grade *g = session_grade(s);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    v->n_links = 0;
    v->session = s;
    if (!g) return;
    int y = draw_header(s, u, g);
    const char *script_err = cs_engine_script_error(session_engine(s));
    draw_footer(v, u);
    if (script_err) { draw_script_error(u, script_err); return; }  /* no score, no items: the error is the result */
    y += draw_timeline(s, u, g, (SDL_Rect){ PAD, y, u->w - 2 * PAD, 0 }) + 8;
    int bottom = v->retry.y - 8, left_w = (u->w - 2 * PAD) * 3 / 5;
    v->transcript = (SDL_Rect){ PAD, y, left_w - 6, bottom - y };
    v->items = (SDL_Rect){ PAD + left_w + 6, y, u->w - 2 * PAD - left_w - 6, bottom - y };
    draw_transcript(v, s, bank, u, g);
    draw_items(v, g, u);
}

static results_action click(results_view *v, call_session *s, int x, int y)
{
    if (ui_inside(v->retry, x, y)) return RESULTS_RETRY;
    if (ui_inside(v->back, x, y)) return RESULTS_QUIT;
    for (size_t i = 0; i < v->n_links; i++)
        if (ui_inside(v->link[i], x, y) && v->link_clip[i]) {
            v->play_seq = (int64_t)v->link_ev[i];
            return RESULTS_PLAY_CLIP;
        } else if (ui_inside(v->link[i], x, y)) {
            session_replay(s, v->link_ev[i]);
            v->replaying = v->link_ev[i];
            v->replayed = 1;
            break;
        }
    return RESULTS_STAY;
}

static void scroll_by(int *scroll, int d)
{
    *scroll += d;
    if (*scroll < 0) *scroll = 0;
}

results_action results_event(results_view *v, call_session *s, const SDL_Event *ev)
{
    if (ev->type == SDL_MOUSEWHEEL) {
        int mx, my;
        SDL_GetMouseState(&mx, &my);
        scroll_by(ui_inside(v->items, mx, my) ? &v->item_scroll : &v->scroll, -ev->wheel.y * 60);
        return RESULTS_STAY;
    }
    if (ev->type == SDL_MOUSEBUTTONDOWN && ev->button.button == SDL_BUTTON_LEFT) return click(v, s, ev->button.x, ev->button.y);
    if (ev->type != SDL_KEYDOWN) return RESULTS_STAY;
    int page = v->transcript.h * 3 / 4;
    switch (ev->key.keysym.sym) {
    case SDLK_r: return RESULTS_RETRY;
    case SDLK_m: return RESULTS_MENU;
    case SDLK_p:
        if (!v->n_clips) return RESULTS_STAY;
        v->play_seq = v->clips[v->play_next++ % v->n_clips];
        return RESULTS_PLAY_CLIP;
    case SDLK_ESCAPE: return RESULTS_QUIT;   /* back: to the list, or out of `callsim play` (app.c) */
    case SDLK_DOWN: scroll_by(&v->scroll, 40); return RESULTS_STAY;
    case SDLK_UP: scroll_by(&v->scroll, -40); return RESULTS_STAY;
    case SDLK_PAGEDOWN: scroll_by(&v->scroll, page); return RESULTS_STAY;
    case SDLK_PAGEUP: scroll_by(&v->scroll, -page); return RESULTS_STAY;
    case SDLK_HOME: v->scroll = 0; return RESULTS_STAY;
    case SDLK_END: v->scroll = 1 << 28; return RESULTS_STAY;
    default: return RESULTS_STAY;
    }
}

int64_t results_frame_due(const results_view *v, const call_session *s)
{
    return v->replayed && session_speaking(s) ? 200 : -1;
}
