/* Results screen. The timeline is drawn from the log, the items from the grade: the same data the
 * store keeps and reports print, so what the trainee sees here is what the examiner sees later. */
#include "screen_results.h"

#include <stdio.h>
#include <string.h>

#include "ui_strings.h"

#define PAD 16

/* Typing speed over the typed replies when the call had no information to record. */
static double mean_reply_cpm(const cs_grade *g)
{
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < g->n_turns; i++)
        if (g->turns[i].cpm > 0) { sum += g->turns[i].cpm; n++; }
    return n ? sum / n : -1;
}

/* A broken script: the call is interrupted, not failed; the error names the scenario's file, line
 * and function (script_where.h) so the trainer can go straight to it. */
static void draw_script_error(ui_ctx *u, const char *err)
{
    int y = 56 + PAD;
    y += ui_text(u, ui_s(S_SCRIPT_INTERRUPTED), 20, UI_BAD, PAD, y, u->w - 2 * PAD) + 8;
    ui_text(u, err, 17, UI_TEXT, PAD, y, u->w - 2 * PAD);
}

static void draw_header(call_session *s, ui_ctx *u, const cs_grade *g)
{
    const cs_scenario_info *in = cs_engine_info(session_engine(s));
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, 56 }, UI_ACCENT);
    char buf[256];
    snprintf(buf, sizeof buf, "%s · %s", ui_s(S_RESULTS_TITLE), in->title ? in->title : in->id);
    ui_text(u, buf, 20, UI_WHITE, PAD, (56 - ui_line_h(u, 20)) / 2, 0);
    const char *script_err = cs_engine_script_error(session_engine(s));
    if (script_err) { draw_script_error(u, script_err); return; }
    snprintf(buf, sizeof buf, "%s %.1f / 100", ui_s(S_SCORE), g->score);
    int y = 56 + PAD;
    int h = ui_text(u, buf, 34, UI_TEXT, PAD, y, 0);
    const char *verdict = g->passed ? ui_s(S_PASSED) : ui_s(S_FAILED);
    ui_text(u, verdict, 34, g->passed ? UI_GOOD : UI_BAD, PAD + ui_text_w(u, buf, 34) + 30, y, 0);
    y += h;
    if (g->auto_failed && g->fail_reason) y += ui_text(u, g->fail_reason, 16, UI_BAD, PAD, y, u->w - 2 * PAD);
    double cpm = g->typing_cpm >= 0 ? g->typing_cpm : mean_reply_cpm(g);
    if (cpm >= 0) {
        if (g->typing_cpm >= 0)
            snprintf(buf, sizeof buf, "%s: %.0f %s · %.0f%%", ui_s(S_TYPING), cpm, ui_s(S_CPM), g->typing_accuracy * 100);
        else
            snprintf(buf, sizeof buf, "%s: %.0f %s", ui_s(S_TYPING), cpm, ui_s(S_CPM));
        ui_text(u, buf, 16, UI_TEXT, PAD, y, 0);
    }
    const char *end = cs_engine_end_reason(session_engine(s));
    if (end) ui_text(u, ui_end_reason(end), 16, UI_DIM, u->w / 2, 56 + PAD + 10, u->w / 2 - PAD);
}

static int time_x(int64_t t, int64_t total, SDL_Rect r)
{
    return r.x + (int)((double)t / (double)total * r.w);
}

static void bar(ui_ctx *u, SDL_Rect area, int row, int64_t a, int64_t b, int64_t total, SDL_Color c)
{
    int x0 = time_x(a, total, area), x1 = time_x(b, total, area);
    SDL_Rect r = { x0, area.y + 22 + row * 26, x1 - x0 < 3 ? 3 : x1 - x0, 18 };
    ui_fill(u, r, c);
}

static void thin_bar(ui_ctx *u, SDL_Rect area, int row, int64_t a, int64_t b, int64_t total, SDL_Color c)
{
    int x0 = time_x(a, total, area), x1 = time_x(b, total, area);
    SDL_Rect r = { x0, area.y + 22 + row * 26 + 7, x1 - x0 < 1 ? 1 : x1 - x0, 4 };
    ui_fill(u, r, c);
}

/* Rows: caller speech, trainee actions (with the latency before each reply), holds, rings. */
static void draw_timeline(call_session *s, ui_ctx *u, SDL_Rect area)
{
    const cs_call_log *log = cs_engine_log(session_engine(s));
    const cs_grade *g = session_grade(s);
    int64_t total = cs_engine_now(session_engine(s));
    if (total < 1000) total = 1000;
    ui_fill(u, area, UI_PANEL);
    ui_outline(u, area, UI_BORDER);
    ui_text(u, ui_s(S_TIMELINE), 14, UI_DIM, area.x + 6, area.y + 2, 0);
    SDL_Rect plot = { area.x + 90, area.y, area.w - 100, area.h };
    const char *rows[] = { ui_s(S_CALLER), ui_s(S_YOU), ui_s(S_HOLD_BAR), ui_s(S_RINGS) };
    for (int i = 0; i < 4; i++) ui_text(u, rows[i], 13, UI_DIM, area.x + 6, area.y + 22 + i * 26, 0);
    int64_t hold_from = -1;
    SDL_Color lat = { 255, 190, 120, 255 };
    for (size_t i = 0; i < log->n; i++) {
        const cs_event *ev = &log->ev[i];
        switch (ev->kind) {
        case CS_EV_CALLER_SAY: case CS_EV_DICTATE: bar(u, plot, 0, ev->t_start_ms, ev->t_end_ms, total, UI_ACCENT); break;
        case CS_EV_CALLER_SILENT: bar(u, plot, 0, ev->t_start_ms, ev->t_end_ms, total, UI_BORDER); break;
        case CS_EV_RING: bar(u, plot, 3, ev->t_start_ms, ev->t_start_ms + 1000, total, UI_DIM); break;
        case CS_EV_HOLD: hold_from = ev->t_start_ms; break;
        case CS_EV_UNHOLD: if (hold_from >= 0) bar(u, plot, 2, hold_from, ev->t_start_ms, total, UI_WARN); hold_from = -1; break;
        case CS_EV_TRAINEE_SAY: case CS_EV_CHOICE:
            /* the wait before the reply (thin, behind) and the typing time of the reply itself */
            if (g && i < g->n_turns && g->turns[i].latency_ms > 0 && g->turns[i].latency_ms <= ev->t_end_ms)
                thin_bar(u, plot, 1, ev->t_end_ms - g->turns[i].latency_ms, ev->t_end_ms, total, lat);
            bar(u, plot, 1, ev->typing_start_ms >= 0 ? ev->typing_start_ms : ev->t_start_ms, ev->t_end_ms, total, UI_GOOD);
            break;
        case CS_EV_ANSWER: case CS_EV_HANGUP: case CS_EV_TICKET: case CS_EV_TRANSFER: case CS_EV_ESCALATE:
            bar(u, plot, 1, ev->t_start_ms, ev->t_end_ms, total, UI_BAD);
            break;
        default: break;
        }
    }
    if (hold_from >= 0) bar(u, plot, 2, hold_from, total, total, UI_WARN);
    char end[16];
    ui_clock(total, end, sizeof end);
    ui_text(u, "00:00", 12, UI_DIM, plot.x, area.y + area.h - ui_line_h(u, 12) - 2, 0);
    ui_text(u, end, 12, UI_DIM, plot.x + plot.w - ui_text_w(u, end, 12), area.y + area.h - ui_line_h(u, 12) - 2, 0);
}

static void draw_items(const cs_grade *g, ui_ctx *u, SDL_Rect area, int scroll)
{
    SDL_RenderSetClipRect(u->r, &area);
    int y = area.y - scroll;
    for (size_t i = 0; i < g->n_items; i++) {
        const cs_item_result *it = &g->items[i];
        char head[512];
        /* the grader labels an item with its id when the scenario gave none: name the built-in rules */
        const char *label = !it->label || (it->id && strcmp(it->label, it->id) == 0) ? ui_item_label(it->id) : it->label;
        snprintf(head, sizeof head, "%5.1f / %-4g  %s", it->points, it->max, label);
        SDL_Color c = it->points >= it->max ? UI_GOOD : it->points <= 0 ? UI_BAD : UI_TEXT;
        y += ui_text(u, head, 17, c, area.x, y, area.w);
        if (it->reason && *it->reason) y += ui_text(u, it->reason, 14, UI_TEXT, area.x + 110, y, area.w - 110);
        if (it->clause && *it->clause) y += ui_text(u, it->clause, 12, UI_DIM, area.x + 110, y, area.w - 110);
        y += 8;
    }
    SDL_RenderSetClipRect(u->r, NULL);
}

void results_draw(call_session *s, ui_ctx *u, int scroll)
{
    const cs_grade *g = session_grade(s);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    if (!g) return;
    draw_header(s, u, g);
    int help_h = ui_line_h(u, 14) + PAD;
    if (cs_engine_script_error(session_engine(s))) { /* no score, no items: the error is the result */
        ui_text(u, ui_s(S_RESULTS_HELP), 14, UI_DIM, PAD, u->h - help_h + PAD / 2, 0);
        return;
    }
    int top = 56 + PAD + ui_line_h(u, 34) + 2 * ui_line_h(u, 16) + PAD;
    SDL_Rect tl = { PAD, top, u->w - 2 * PAD, 22 + 4 * 26 + 20 };
    draw_timeline(s, u, tl);
    SDL_Rect items = { PAD, tl.y + tl.h + PAD, u->w - 2 * PAD, u->h - (tl.y + tl.h + PAD) - help_h };
    draw_items(g, u, items, scroll);
    ui_text(u, ui_s(S_RESULTS_HELP), 14, UI_DIM, PAD, u->h - help_h + PAD / 2, 0);
}

results_action results_event(const SDL_Event *ev, int *scroll)
{
    if (ev->type == SDL_MOUSEWHEEL) {
        *scroll -= ev->wheel.y * 60;
        if (*scroll < 0) *scroll = 0;
        return RESULTS_STAY;
    }
    if (ev->type != SDL_KEYDOWN) return RESULTS_STAY;
    switch (ev->key.keysym.sym) {
    case SDLK_r: return RESULTS_RETRY;
    case SDLK_m: return RESULTS_MENU;
    case SDLK_ESCAPE: case SDLK_q: return RESULTS_QUIT;
    case SDLK_PAGEDOWN: *scroll += 300; return RESULTS_STAY;
    case SDLK_PAGEUP: *scroll = *scroll > 300 ? *scroll - 300 : 0; return RESULTS_STAY;
    default: return RESULTS_STAY;
    }
}
