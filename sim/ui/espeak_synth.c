/* espeak-ng wrapper. The synth callback is process-global in espeak-ng, so the sink travels in the
 * user_data of each espeak_Synth call and comes back in the events. */
#include "espeak_synth.h"

#include <espeak-ng/speak_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    es_sink sink;
    void *ud;
    int aborted;
} es_job;

void es_params_default(es_params *p)
{
    snprintf(p->voice, sizeof p->voice, "cmn-latn-pinyin");
    p->rate = 175;
    p->pitch = 50;
    p->range = 50;
    p->volume = 100;
}

static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

void es_params_clamp(es_params *p)
{
    p->rate = clamp(p->rate, espeakRATE_MINIMUM, espeakRATE_MAXIMUM);
    p->pitch = clamp(p->pitch, 0, 100);
    p->range = clamp(p->range, 0, 100);
    p->volume = clamp(p->volume, 0, 100);
}

static void parse_pair(es_params *p, const char *key, size_t klen, const char *val, size_t vlen)
{
    char v[32];
    if (vlen >= sizeof v) return;
    memcpy(v, val, vlen);
    v[vlen] = 0;
    if (klen == 5 && memcmp(key, "voice", 5) == 0) { if (vlen) memcpy(p->voice, v, vlen + 1); return; }
    char *end;
    long n = strtol(v, &end, 10);
    if (!vlen || *end) return;
    int iv = n > 100000 ? 100000 : n < -100000 ? -100000 : (int)n;  /* clamped properly later */
    if (klen == 4 && memcmp(key, "rate", 4) == 0) p->rate = iv;
    else if (klen == 5 && memcmp(key, "pitch", 5) == 0) p->pitch = iv;
    else if (klen == 5 && memcmp(key, "range", 5) == 0) p->range = iv;
    else if (klen == 6 && memcmp(key, "volume", 6) == 0) p->volume = iv;
}

void es_params_parse(es_params *p, const char *style)
{
    for (const char *s = style; s && *s;) {
        while (*s == ' ') s++;
        const char *tok = s;
        while (*s && *s != ' ') s++;
        const char *eq = memchr(tok, '=', (size_t)(s - tok));
        if (eq) parse_pair(p, tok, (size_t)(eq - tok), eq + 1, (size_t)(s - eq - 1));
    }
    es_params_clamp(p);
}

static int synth_cb(short *wav, int n, espeak_EVENT *events)
{
    es_job *job = events ? events->user_data : NULL;
    if (!job || job->aborted) return 1;
    if (wav && n > 0 && job->sink(job->ud, (const int16_t *)wav, (size_t)n)) {
        job->aborted = 1;
        return 1;
    }
    return 0;
}

/* espeak-ng 1.51 cannot be started twice in one process: after Initialize, Synth and Terminate on
 * one thread, a second Initialize on another works but its Terminate never returns (reproduced in
 * a 20-line program; it hung the exam window opened from the main menu once the practice window's
 * voice had stopped). So it is initialised once, by the first thread that needs it, and left to
 * the process's exit: explicitly process-wide state. Users still call it from one thread at a
 * time (a voice worker, joined before the next starts, or `callsim voices`). */
static int es_rate;

int es_init(char *err, size_t errlen)
{
    if (es_rate > 0) return es_rate;
    /* DONT_EXIT: without it espeak-ng calls exit() when its data directory is missing. */
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 50, NULL, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        snprintf(err, errlen, "espeak-ng cannot start (its voice data is missing): install espeak-ng-data "
                 "(sudo apt-get install espeak-ng-data)");
        return -1;
    }
    espeak_SetSynthCallback(synth_cb);
    es_rate = rate;
    return rate;
}

int es_load_voice(const char *voice)
{
    return espeak_SetVoiceByName(voice) == EE_OK ? 0 : -1;
}

int es_speak(const es_params *in, const char *text, es_sink sink, void *ud)
{
    es_params p = *in;
    es_params_clamp(&p);
    if (es_load_voice(p.voice) != 0) return -1;
    espeak_SetParameter(espeakRATE, p.rate, 0);
    espeak_SetParameter(espeakPITCH, p.pitch, 0);
    espeak_SetParameter(espeakRANGE, p.range, 0);
    espeak_SetParameter(espeakVOLUME, p.volume, 0);
    es_job job = { sink, ud, 0 };
    espeak_ERROR rc = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, &job);
    if (rc != EE_OK) return -1;
    return job.aborted ? 1 : 0;
}
