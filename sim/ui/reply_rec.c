/* reply_rec.h: the microphone cut at each reply, the clips into voice_clips. */
#include "reply_rec.h"

#include <stdio.h>
#include <stdlib.h>

#include "voice_clip.h"
#include "voice_store.h"

int reply_rec_begin(reply_rec *r, mic *m, cs_store *st, call_session *s)
{
    r->mic = NULL;
    r->clips = 0;
    if (!m || !st || !s || !session_stored(s) || !session_attempt(s)) return 0;
    r->mic = m;
    r->store = st;
    r->heard = cs_engine_log(session_engine(s))->n; /* replies before now were not recorded */
    mic_start(m);
    return 1;
}

static void store_clip(reply_rec *r, call_session *s, size_t seq, const char *tag)
{
    int16_t *pcm = NULL;
    size_t n = 0, len = 0;
    unsigned char *clip = NULL;
    char err[512];
    if (mic_stop(r->mic, &pcm, &n) == 0 && pcm && n > 0 &&
        cs_clip_encode(pcm, n, MIC_RATE, &clip, &len, err, sizeof err) == 0) {
        if (cs_voice_add(r->store, session_attempt(s), (int64_t)seq, clip, len, (double)n / MIC_RATE, err, sizeof err))
            fprintf(stderr, "%s: %s\n", tag, err);
        else r->clips++;
    }
    free(clip);
    free(pcm);
    mic_start(r->mic);
}

void reply_rec_cut(reply_rec *r, call_session *s, const char *tag)
{
    if (!r->mic || !s) return;
    const cs_call_log *log = cs_engine_log(session_engine(s));
    for (; r->heard < log->n; r->heard++)
        if (log->ev[r->heard].kind == CS_EV_TRAINEE_SAY) store_clip(r, s, r->heard, tag);
}

void reply_rec_drop(reply_rec *r)
{
    if (!r->mic) return;
    int16_t *pcm = NULL;
    size_t n = 0;
    mic_stop(r->mic, &pcm, &n);
    free(pcm);
    r->mic = NULL;
}

void reply_rec_end(reply_rec *r, call_session *s, const char *tag)
{
    reply_rec_cut(r, s, tag);
    reply_rec_drop(r);
}

int reply_rec_on(const reply_rec *r)
{
    return r->mic != NULL;
}
