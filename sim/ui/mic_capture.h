/* The trainee's microphone: SDL's audio capture, mono 16-bit at 16 kHz, into memory. The capture
 * callback runs on SDL's audio thread and only appends; everything else happens on the caller's
 * thread with the device locked. A PC without a microphone is not an error to stop on: mic_open
 * says so once and the call goes on typed-only. */
#ifndef CALLSIM_MIC_CAPTURE_H
#define CALLSIM_MIC_CAPTURE_H

#include <stddef.h>
#include <stdint.h>

#define MIC_RATE 16000
#define MIC_MAX_SECONDS 600 /* then recording stops by itself (a forgotten key is not 2 GB) */

typedef struct mic mic;

/* Opens the default capture device (SDL's audio subsystem must be initialised). NULL with a
 * one-line message naming the cause when there is no microphone or it cannot be opened. */
mic *mic_open(char *err, size_t errlen);
void mic_close(mic *m);
/* Starts a new recording (what was recorded before is dropped). */
void mic_start(mic *m);
/* Stops and hands over what was recorded: *pcm malloc'd (caller frees; NULL when nothing),
 * *n samples at MIC_RATE. 0, or -1 when out of memory. */
int mic_stop(mic *m, int16_t **pcm, size_t *n);
/* Seconds recorded so far (for the recording light on screen). */
double mic_seconds(mic *m);
/* 1 while recording. */
int mic_recording(mic *m);

#endif
