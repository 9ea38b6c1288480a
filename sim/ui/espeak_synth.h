/* A thin, clamped wrapper over espeak-ng's C library. espeak-ng is not thread-safe: every function
 * here must be called from one thread only (the voice worker in the window, the main thread in
 * `callsim voices`). */
#ifndef CALLSIM_ESPEAK_SYNTH_H
#define CALLSIM_ESPEAK_SYNTH_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    char voice[32];  /* espeak-ng voice name: cmn-latn-pinyin, yue, en-us */
    int rate;        /* words per minute, clamped to 80..450 */
    int pitch;       /* 0..100 */
    int range;       /* pitch range 0..100 */
    int volume;      /* 0..100 (espeak allows 200, but above 100 it clips) */
} es_params;

/* Defaults for a calm Mandarin caller. */
void es_params_default(es_params *p);
/* Reads "voice=yue rate=190 pitch=60 volume=90 range=40" over p; unknown keys are ignored. */
void es_params_parse(es_params *p, const char *style);
void es_params_clamp(es_params *p);

/* Receives PCM as it is produced; returns nonzero to abort the utterance (barge-in). */
typedef int (*es_sink)(void *ud, const int16_t *pcm, size_t n);

/* Initialises espeak-ng for synchronous synthesis into a callback, once per process (it cannot be
 * terminated and started again; see espeak_synth.c). Returns the sample rate, or -1 with a message
 * naming the package when its data is missing. */
int es_init(char *err, size_t errlen);
/* Loads a voice (its dictionary is read now, not during the first line). 0 or -1. */
int es_load_voice(const char *voice);
/* Speaks text with p (clamped, every parameter set again: espeak keeps them across voices).
 * 0 done, 1 aborted by the sink, -1 error. */
int es_speak(const es_params *p, const char *text, es_sink sink, void *ud);

#endif
