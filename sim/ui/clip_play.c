/* clip_play.h: decode (voice_clip.c, opusfile), resample to the output rate, queue. */
#include "clip_play.h"

#include <stdio.h>
#include <stdlib.h>

#include "tone.h"
#include "voice_clip.h"
#include "voice_store.h"

/* The 48 kHz decoded clip resampled linearly to the output's TONE_RATE: plenty for speech. */
static int16_t *resample(const int16_t *pcm, size_t n, size_t *m)
{
    *m = (size_t)((double)n * TONE_RATE / CS_CLIP_RATE);
    int16_t *out = malloc((*m + 1) * sizeof *out);
    for (size_t i = 0; out && i < *m; i++) {
        double at = (double)i * CS_CLIP_RATE / TONE_RATE;
        size_t k = (size_t)at;
        double f = at - (double)k;
        out[i] = (int16_t)(pcm[k] * (1 - f) + (k + 1 < n ? pcm[k + 1] : pcm[k]) * f);
    }
    return out;
}

clip_play_rc clip_play(audio_out *audio, cs_store *st, int64_t attempt_id, int64_t seq, double *seconds,
                       char *err, size_t errlen)
{
    /* a generation of its own, apart from the caller voice's, so it never mixes with an older one */
    static unsigned gen = 0x40000000u;
    unsigned char *clip = NULL;
    int16_t *pcm = NULL;
    size_t clen = 0, n = 0, m = 0;
    if (!audio) return CLIP_NO_AUDIO;
    if (cs_voice_get(st, attempt_id, seq, &clip, &clen, err, errlen)) return CLIP_BROKEN;
    if (!clip) return CLIP_NONE;
    if (cs_clip_decode(clip, clen, &pcm, &n, err, errlen)) {
        free(clip);
        return CLIP_BROKEN;
    }
    int16_t *out = resample(pcm, n, &m);
    clip_play_rc rc = CLIP_BROKEN;
    if (out) {
        audio_out_voice_flush(audio, ++gen);
        audio_out_voice_push(audio, out, m, gen);
        *seconds = (double)n / CS_CLIP_RATE;
        rc = CLIP_PLAYING;
    } else {
        snprintf(err, errlen, "out of memory");
    }
    free(out);
    free(pcm);
    free(clip);
    return rc;
}
