/* Plays a stored recording of a reply (voice_store.h) through the window's audio: the examiners'
 * scoring and review screens and the practice debrief share it (issue 15). No interface text here:
 * each screen words the outcome in its own way. */
#ifndef CALLSIM_CLIP_PLAY_H
#define CALLSIM_CLIP_PLAY_H

#include <stddef.h>
#include <stdint.h>

#include "audio_out.h"
#include "store.h"

typedef enum { CLIP_PLAYING = 0, CLIP_NO_AUDIO, CLIP_NONE, CLIP_BROKEN } clip_play_rc;

/* Decodes the clip of reply seq of the attempt and queues it as a voice utterance of its own
 * (an older one is cut off). CLIP_PLAYING and its length in *seconds; CLIP_NO_AUDIO (audio NULL),
 * CLIP_NONE (that reply was not recorded), or CLIP_BROKEN with a one-line reason in err (the
 * database, a damaged clip, out of memory). */
clip_play_rc clip_play(audio_out *audio, cs_store *st, int64_t attempt_id, int64_t seq, double *seconds,
                       char *err, size_t errlen);

#endif
