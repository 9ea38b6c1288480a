/* Ogg Opus clips in memory (see voice_clip.h). */
#include "voice_clip.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <opusenc.h>
#include <opusfile.h>

#include "core_util.h"

typedef struct {
    unsigned char *data;
    size_t len, cap;
    int oom;
} growbuf;

static int grow_write(void *ud, const unsigned char *p, opus_int32 len)
{
    growbuf *b = ud;
    size_t need = b->len + (size_t)len;
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < need) cap *= 2;
        unsigned char *d = realloc(b->data, cap);
        if (!d) { b->oom = 1; return 1; }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, (size_t)len);
    b->len = need;
    return 0;
}

static int grow_close(void *ud)
{
    (void)ud;
    return 0;
}

int cs_clip_encode(const int16_t *pcm, size_t n, int rate, unsigned char **out, size_t *out_len,
                   char *err, size_t errlen)
{
    *out = NULL;
    *out_len = 0;
    if (rate < 8000 || rate > 48000) return cs_say(err, errlen, "recording: sample rate %d Hz not supported (8000-48000)", rate);
    if (n > (size_t)rate * CS_CLIP_MAX_SECONDS)
        return cs_say(err, errlen, "recording: longer than %d s; stop and record again", CS_CLIP_MAX_SECONDS);
    OggOpusComments *tags = ope_comments_create();
    if (!tags) return cs_say(err, errlen, "recording: out of memory");
    growbuf b = { 0 };
    OpusEncCallbacks cb = { grow_write, grow_close };
    int e = 0;
    OggOpusEnc *enc = ope_encoder_create_callbacks(&cb, &b, tags, rate, 1, 0, &e);
    ope_comments_destroy(tags);
    if (!enc) return cs_say(err, errlen, "recording: Opus encoder: %s", ope_strerror(e));
    /* a fixed stream serial number: the same recording always gives the same bytes to sign */
    ope_encoder_ctl(enc, OPE_SET_SERIALNO(1));
    ope_encoder_ctl(enc, OPUS_SET_BITRATE(CS_CLIP_BITRATE));
    e = n ? ope_encoder_write(enc, pcm, (int)n) : OPE_OK;
    if (e == OPE_OK) e = ope_encoder_drain(enc);
    ope_encoder_destroy(enc);
    if (e != OPE_OK || b.oom) {
        free(b.data);
        return cs_say(err, errlen, "recording: Opus encoder: %s", b.oom ? "out of memory" : ope_strerror(e));
    }
    *out = b.data;
    *out_len = b.len;
    return 0;
}

int cs_clip_decode(const unsigned char *clip, size_t len, int16_t **pcm, size_t *n, char *err, size_t errlen)
{
    *pcm = NULL;
    *n = 0;
    int e = 0;
    OggOpusFile *f = op_open_memory(clip, len, &e);
    if (!f) return cs_say(err, errlen, "recording: not an Ogg Opus clip (opusfile error %d)", e);
    size_t cap = 0, got = 0;
    int16_t *buf = NULL;
    for (;;) {
        if (cap - got < 5760) {  /* the largest Opus frame: 120 ms at 48 kHz */
            size_t ncap = cap ? cap * 2 : 48000;
            if (ncap > (size_t)CS_CLIP_RATE * (CS_CLIP_MAX_SECONDS + 1)) { e = -1; break; }
            int16_t *p = realloc(buf, ncap * sizeof *p);
            if (!p) { e = -2; break; }
            buf = p;
            cap = ncap;
        }
        int r = op_read(f, buf + got, (int)(cap - got), NULL);
        if (r == 0) { e = 0; break; }
        if (r < 0) { e = r; break; }
        got += (size_t)r;
    }
    op_free(f);
    if (e != 0) {
        free(buf);
        if (e == -1) return cs_say(err, errlen, "recording: longer than %d s", CS_CLIP_MAX_SECONDS);
        if (e == -2) return cs_say(err, errlen, "recording: out of memory");
        return cs_say(err, errlen, "recording: damaged clip (opusfile error %d)", e);
    }
    *pcm = buf;
    *n = got;
    return 0;
}

double cs_clip_seconds(const unsigned char *clip, size_t len)
{
    int e = 0;
    OggOpusFile *f = op_open_memory(clip, len, &e);
    if (!f) return 0;
    ogg_int64_t total = op_pcm_total(f, -1);
    op_free(f);
    return total > 0 ? (double)total / CS_CLIP_RATE : 0;
}
