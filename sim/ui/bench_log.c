/* The bench timing log. Frame times are kept in memory (a double per frame: an hour at 60 fps is
 * 1.7 MB) and summarised at exit, so timing never writes to disk while frames are being measured. */
#include "bench_log.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_LINES 256

static struct {
    int on;
    char path[1024];
    double t0;                    /* bench_start */
    double first_frame;           /* ms after t0, -1 until the first frame */
    double *frames;
    size_t n, cap;
    uint64_t voice_ev;            /* counter value at the pending caller line's event, 0: none */
    double first_voice_at;        /* ms after t0 of the first caller line, -1: none yet */
    double voice_ms[MAX_LINES];
    size_t n_voice;
    double stall_after_voice;     /* longest frame within 2 s after the first caller line */
} B = { .first_frame = -1, .first_voice_at = -1 };

double bench_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

void bench_start(void)
{
    const char *p = getenv("CALLSIM_BENCH");
    if (!p || !*p) return;
    B.on = 1;
    snprintf(B.path, sizeof B.path, "%s", p);
    B.t0 = bench_now_ms();
}

void bench_frame(double ms)
{
    if (!B.on) return;
    double now = bench_now_ms() - B.t0;
    if (B.first_frame < 0) B.first_frame = now;
    if (B.first_voice_at >= 0 && now - B.first_voice_at < 2000 && ms > B.stall_after_voice) B.stall_after_voice = ms;
    if (B.n == B.cap) {
        size_t cap = B.cap ? B.cap * 2 : 4096;
        double *f = realloc(B.frames, cap * sizeof *f);
        if (!f) return;
        B.frames = f;
        B.cap = cap;
    }
    B.frames[B.n++] = ms;
}

void bench_voice_event(void)
{
    if (!B.on) return;
    if (B.first_voice_at < 0) B.first_voice_at = bench_now_ms() - B.t0;
    if (!B.voice_ev) B.voice_ev = SDL_GetPerformanceCounter();  /* lines queued behind it: not timed */
}

void bench_voice_poll(uint64_t started_at)
{
    if (!B.on || !B.voice_ev || started_at <= B.voice_ev) return;
    if (B.n_voice < MAX_LINES)
        B.voice_ms[B.n_voice++] = (double)(started_at - B.voice_ev) * 1000.0 / (double)SDL_GetPerformanceFrequency();
    B.voice_ev = 0;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(const double *v, size_t n, double p)
{
    return n ? v[(size_t)(p * (double)(n - 1) + 0.5)] : -1;
}

void bench_finish(const char *audio_driver, int buffer_samples)
{
    if (!B.on) return;
    FILE *f = fopen(B.path, "w");
    if (f) {
        qsort(B.frames, B.n, sizeof *B.frames, by_value);
        fprintf(f, "startup_to_first_frame_ms %.1f\n", B.first_frame);
        fprintf(f, "frames %zu\nframe_median_ms %.3f\nframe_p99_ms %.3f\nframe_max_ms %.3f\n", B.n,
                pct(B.frames, B.n, 0.5), pct(B.frames, B.n, 0.99), B.n ? B.frames[B.n - 1] : -1);
        fprintf(f, "frame_max_2s_after_first_voice_ms %.3f\n", B.stall_after_voice);
        fprintf(f, "audio_driver %s\naudio_buffer_samples %d\n", audio_driver ? audio_driver : "none", buffer_samples);
        for (size_t i = 0; i < B.n_voice; i++) fprintf(f, "voice_event_to_first_sample_ms %.2f\n", B.voice_ms[i]);
        fclose(f);
    } else {
        fprintf(stderr, "callsim: CALLSIM_BENCH: cannot write %s\n", B.path);
    }
    free(B.frames);
    memset(&B, 0, sizeof B);
}
