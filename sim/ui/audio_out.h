/* The one audio output of the window: 22050 Hz mono s16, fed by a callback that mixes the caller's
 * voice (PCM pushed by the voice worker as espeak-ng produces it), the ring tone and hold music.
 * When no sound device opens, SDL's "dummy" driver takes over: said once on stderr, then silence,
 * so a training room PC without speakers (or a CI box) still runs. */
#ifndef CALLSIM_AUDIO_OUT_H
#define CALLSIM_AUDIO_OUT_H

#include <stddef.h>
#include <stdint.h>

typedef struct audio_out audio_out;

/* Initialises SDL audio itself. NULL only when even the dummy driver fails (message in err). */
audio_out *audio_out_open(char *err, size_t errlen);
void audio_out_close(audio_out *a);
/* Name of the SDL audio driver in use ("pulseaudio", "alsa", "dummy", "disk", ...). */
const char *audio_out_driver(const audio_out *a);
/* Device buffer size in samples (what the caller's latency really depends on). */
int audio_out_buffer_samples(const audio_out *a);

/* Queues voice PCM for utterance generation gen. Samples of a cancelled generation are dropped.
 * Returns the number of samples taken (fewer when the queue is full: try again later). */
size_t audio_out_voice_push(audio_out *a, const int16_t *pcm, size_t n, unsigned gen);
/* Barge-in: drops queued voice and starts generation gen; later pushes of older ones are dropped. */
void audio_out_voice_flush(audio_out *a, unsigned gen);
/* Samples of voice still queued (0: the caller has finished speaking). */
size_t audio_out_voice_pending(audio_out *a);
/* SDL_GetPerformanceCounter() when the audio callback last took the first sample of an utterance
 * after silence (for the latency bench); 0 before any. */
uint64_t audio_out_voice_started_at(audio_out *a);

void audio_out_ring(audio_out *a, int on);   /* on: restart the ring cadence; off: stop */
void audio_out_hold(audio_out *a, int on);   /* hold music */
void audio_out_set_volume(audio_out *a, int percent);  /* master volume 0..100 */

#endif
