/* The caller's voice: one worker thread owns espeak-ng (it is not thread-safe) and turns queued
 * lines into PCM for audio_out as it is produced, so the caller starts speaking within one audio
 * buffer. The frame loop only enqueues and never waits for synthesis. */
#ifndef CALLSIM_VOICE_H
#define CALLSIM_VOICE_H

#include <stddef.h>
#include "audio_out.h"
#include "espeak_synth.h"

typedef struct voice voice;

/* Starts the worker, which initialises espeak-ng and pre-loads the voices callsim uses
 * (cmn-latn-pinyin, yue, en-us) before taking lines. Returns NULL with a message when the thread
 * cannot start; when espeak-ng itself fails, the worker reports it through voice_error and the
 * window goes on with subtitles only. */
voice *voice_start(audio_out *out);
/* Cancels what is playing, stops the worker and frees everything. */
void voice_stop(voice *v);

/* Queues a line. 0, or -1 when out of memory. */
int voice_say(voice *v, const char *text, const es_params *p);
/* Barge-in: drops the queue, aborts the line being synthesised and the audio already queued. */
void voice_cancel(voice *v);
/* 1 while a line is queued, being synthesised or still playing. */
int voice_busy(voice *v);
/* 1 once the worker has initialised espeak-ng and loaded the voices (or failed). */
int voice_ready(voice *v);
/* Non-NULL when espeak-ng failed to start (one line naming the package). */
const char *voice_error(voice *v);
/* Lines synthesised so far (for tests). */
unsigned voice_lines_done(voice *v);

#endif
