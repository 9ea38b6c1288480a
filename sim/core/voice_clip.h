/* A recording of the trainee speaking, compressed as Ogg Opus (Xiph's libopusenc to write,
 * opusfile to read: both Debian packages) so that a spoken exam answer takes about 3 KB a second
 * in the database instead of 32 KB of raw 16 kHz PCM, and any player (ffplay, VLC, a browser)
 * opens it. Whole clips in memory: a reply read aloud is seconds long. No SDL. */
#ifndef CALLSIM_VOICE_CLIP_H
#define CALLSIM_VOICE_CLIP_H

#include <stddef.h>
#include <stdint.h>

#define CS_CLIP_RATE 48000       /* what decoding gives (Opus works at 48 kHz) */
#define CS_CLIP_BITRATE 24000    /* bits/s: clear speech for an examiner's ear */
#define CS_CLIP_MAX_SECONDS 600  /* a longer recording is refused, not truncated silently */

/* Encodes n mono 16-bit samples at rate (8000..48000; resampled by libopusenc) into an Ogg Opus
 * clip: *out malloc'd (caller frees), *out_len its size. 0, or -1 with a one-line message. */
int cs_clip_encode(const int16_t *pcm, size_t n, int rate, unsigned char **out, size_t *out_len,
                   char *err, size_t errlen);

/* Decodes a clip to mono 16-bit PCM at CS_CLIP_RATE: *pcm malloc'd (caller frees), *n samples.
 * A damaged or foreign blob is an error, never a crash. 0, or -1 with a one-line message. */
int cs_clip_decode(const unsigned char *clip, size_t len, int16_t **pcm, size_t *n, char *err, size_t errlen);

/* Seconds of audio in a clip (0 when it cannot be read). */
double cs_clip_seconds(const unsigned char *clip, size_t len);

#endif
