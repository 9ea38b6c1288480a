/* Frame time of the call screen with a 500-turn transcript (issue 3: p99 under 8 ms). Plays
 * bench/bench_ui_long.lua on a virtual clock (the engine needs no real time) until the log holds
 * 500 turns, then draws the call screen in a real window, N frames of each kind, and prints the
 * median, p99 and worst: a keystroke in the reply box (the frame a trainee waits for most), a
 * page of scrolling (the transcript redrawn), and the whole window sent every frame (what an
 * expose costs, and every frame before presents sent only the changed rows). Also the cold first
 * frame (every line rendered). Run under X (bench/bench_ui_window.sh starts Xvfb).
 *   bench_ui_frames [FRAMES]   (default 600) */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "call_session.h"
#include "font_find.h"
#include "paths.h"
#include "phrase_bank.h"
#include "screen_call.h"
#include "ui_draw.h"

#define TURNS 500

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Drives the engine on virtual time: answers the ring, replies whenever the script waits. */
static void fill_transcript(cs_engine *e)
{
    int64_t t = 0;
    cs_engine_start(e, 0);
    while (cs_engine_log(e)->n < TURNS && cs_engine_phase(e) != CS_PHASE_ENDED) {
        int64_t next = cs_engine_advance(e, t);
        cs_input in = { CS_IN_TEXT, "您好，请您放心，我马上为您登记加急工单，今天之内给您回电。", 0, t, t - 3000 };
        if (cs_engine_phase(e) == CS_PHASE_RINGING && cs_engine_rings(e) >= 1) in.kind = CS_IN_ANSWER;
        if (in.kind == CS_IN_ANSWER || cs_engine_waiting(e)) {
            cs_engine_input(e, &in);
            t += 500;
        } else {
            t = next > t ? next : t + 1;
        }
    }
}

/* One frame as the window makes it; *drawing gets the part before the present (ours), the rest
 * is comparing with the last frame and sending what changed to the X server. */
static double frame(call_screen *c, ui_ctx *u, double *drawing)
{
    double t = now_ms();
    call_screen_draw(c, u);
    SDL_RenderFlush(u->r);
    double mid = now_ms();
    ui_present(u);
    if (drawing) *drawing = mid - t;
    return now_ms() - t;
}

static void report(const char *what, double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, by_value);
    printf("%s_median_ms %.3f\n%s_p99_ms %.3f\n%s_max_ms %.3f\n", what, v[n / 2], what,
           v[(int)(0.99 * (n - 1) + 0.5)], what, v[n - 1]);
}

/* Pumps events between frames, as the window does, so the X server keeps up. */
static void pump(void)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {}
}

typedef enum { KIND_KEYSTROKE, KIND_SCROLL, KIND_WHOLE } frame_kind;

/* What happens before frame i of a kind: a typed character, a page up or down, an expose. */
static void before(frame_kind kind, int i, call_screen *c, ui_ctx *u)
{
    SDL_Event ev = { 0 };
    switch (kind) {
    case KIND_KEYSTROKE:
        if (i % 40 == 0) { /* keep the reply one line long: 40 backspaces, as after a sent reply */
            ev.type = SDL_KEYDOWN;
            ev.key.keysym.sym = SDLK_BACKSPACE;
            for (int k = 0; k < 40; k++) call_screen_event(c, u, &ev);
        }
        ev.type = SDL_TEXTINPUT;
        snprintf(ev.text.text, sizeof ev.text.text, "%s", i % 2 ? "您" : "好");
        break;
    case KIND_SCROLL:
        ev.type = SDL_KEYDOWN;
        ev.key.keysym.sym = i % 2 ? SDLK_PAGEDOWN : SDLK_PAGEUP;
        break;
    case KIND_WHOLE:
        fp_invalidate(u->fp);
        return;
    }
    call_screen_event(c, u, &ev);
}

static void measure(const char *what, frame_kind kind, call_screen *c, ui_ctx *u, int frames, double *v, double *d,
                    double *rows)
{
    for (int i = 0; i < frames; i++) {
        pump();
        before(kind, i, c, u);
        v[i] = frame(c, u, &d[i]);
        rows[i] = fp_last_rows(u->fp);
    }
    char name[64];
    report(what, v, frames);
    snprintf(name, sizeof name, "%s_drawing", what);
    report(name, d, frames);
    qsort(rows, (size_t)frames, sizeof *rows, by_value);
    printf("%s_rows_sent_median %.0f\n", what, rows[frames / 2]);
}

static int run(ui_ctx *u, cs_phrase_bank *bank, int frames)
{
    char err[512];
    session_config sc = { "bench/bench_ui_long.lua", 1, CS_MODE_PRACTICE, bank, NULL, NULL, NULL, 0 };
    call_session *s = session_new(&sc, err, sizeof err);
    if (!s) { fprintf(stderr, "bench_ui_frames: %s\n", err); return 1; }
    fill_transcript(session_engine(s));
    call_screen *c = call_screen_new(s, bank);
    double *v = c ? malloc((size_t)frames * sizeof *v) : NULL, *d = v ? malloc((size_t)frames * sizeof *d) : NULL;
    double *rows = d ? malloc((size_t)frames * sizeof *rows) : NULL;
    if (!rows) { free(d); free(v); call_screen_free(c); session_free(s); return 1; }
    printf("ui_transcript_events %zu\n", cs_engine_log(session_engine(s))->n);
    printf("ui_frame_cold_ms %.3f\n", frame(c, u, NULL));
    measure("ui_frame_keystroke", KIND_KEYSTROKE, c, u, frames, v, d, rows);
    measure("ui_frame_scroll", KIND_SCROLL, c, u, frames, v, d, rows);
    measure("ui_frame_whole", KIND_WHOLE, c, u, frames, v, d, rows);
    free(rows);
    free(d);
    free(v);
    call_screen_free(c);
    session_free(s);
    return 0;
}

int main(int argc, char **argv)
{
    int frames = argc > 1 ? atoi(argv[1]) : 600, rc = 1;
    char font[4096], err[1024];
    if (frames < 10) frames = 10;
    setenv("CALLSIM_DATA", ".", 0);  /* run from the source tree, as bench/run.sh does */
    cs_paths_init(argv[0]);
    if (font_find_cjk(NULL, font, sizeof font, err, sizeof err) != 0) { fprintf(stderr, "bench_ui_frames: %s\n", err); return 1; }
    cs_phrase_bank *bank = cs_bank_load("assets", err, sizeof err);  /* run from the source tree */
    if (!bank || SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) { fprintf(stderr, "bench_ui_frames: %s\n", bank ? SDL_GetError() : err); return 1; }
    ui_ctx u = { 0 };
    u.win = SDL_CreateWindow("callsim bench", 0, 0, 1280, 800, 0);
    u.r = u.win ? ui_create_renderer(u.win) : NULL; /* the renderer the window picks */
    if (u.r) {
        SDL_RendererInfo ri;
        SDL_GetRendererInfo(u.r, &ri);
        printf("ui_renderer %s\n", ri.name);
        fflush(stdout);
        SDL_SetRenderDrawBlendMode(u.r, SDL_BLENDMODE_BLEND);
        SDL_GetRendererOutputSize(u.r, &u.w, &u.h);
        u.zoom = 100;
        u.tc = tc_new(u.r, font, 600);
        u.fp = fp_new(u.win, u.r);
        if (u.tc) rc = run(&u, bank, frames);
        fp_free(u.fp);
        tc_free(u.tc);
        SDL_DestroyRenderer(u.r);
    } else {
        fprintf(stderr, "bench_ui_frames: %s\n", SDL_GetError());
    }
    if (u.win) SDL_DestroyWindow(u.win);
    cs_bank_free(bank);
    TTF_Quit();
    SDL_Quit();
    return rc;
}
