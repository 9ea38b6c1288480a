/* Timing log for bench/bench_ui_window.sh. Off (every call returns at once) unless the environment
 * variable CALLSIM_BENCH names a file: then the window records start-up to first frame, the time
 * of every frame, and for each caller line the time from its event to the first sample the audio
 * callback takes, and writes a summary to that file when it closes. No effect on what is shown,
 * stored or heard. */
#ifndef CALLSIM_BENCH_LOG_H
#define CALLSIM_BENCH_LOG_H

#include <stdint.h>

/* Reads CALLSIM_BENCH and notes the start time: call first thing in the window command. */
void bench_start(void);
/* One frame took ms (drawing and presenting). The first call marks the first frame. */
void bench_frame(double ms);
/* A caller line was handed to the voice worker now. */
void bench_voice_event(void);
/* started_at: SDL_GetPerformanceCounter() when the audio callback last started an utterance
 * (audio_out_voice_started_at); logs the latency of the pending line once that is after its event. */
void bench_voice_poll(uint64_t started_at);
/* Writes the summary (with the audio driver and buffer size) and frees the log. */
void bench_finish(const char *audio_driver, int buffer_samples);
/* Monotonic milliseconds (for timing frames). */
double bench_now_ms(void);

#endif
