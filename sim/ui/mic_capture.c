/* Microphone capture (see mic_capture.h). */
#include "mic_capture.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct mic {
    SDL_AudioDeviceID dev;
    int16_t *pcm;         /* written by the audio thread under the device lock */
    size_t n, cap;
    int recording, oom;
};

static void SDLCALL on_capture(void *ud, Uint8 *stream, int len)
{
    mic *m = ud;
    if (!m->recording || m->oom) return;
    size_t add = (size_t)len / sizeof(int16_t);
    if (m->n + add > (size_t)MIC_RATE * MIC_MAX_SECONDS) { m->recording = 0; return; }
    if (m->n + add > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : MIC_RATE * 4;
        while (cap < m->n + add) cap *= 2;
        int16_t *p = realloc(m->pcm, cap * sizeof *p);
        if (!p) { m->oom = 1; return; }
        m->pcm = p;
        m->cap = cap;
    }
    memcpy(m->pcm + m->n, stream, add * sizeof(int16_t));
    m->n += add;
}

mic *mic_open(char *err, size_t errlen)
{
    const char *drv = SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "";
    /* the dummy driver "captures" silence forever: that is no microphone (a PC without sound) */
    if ((SDL_GetNumAudioDevices(1) == 0 && strcmp(drv, "disk") != 0) || strcmp(drv, "dummy") == 0) {
        snprintf(err, errlen, "no microphone found (audio driver %s): recording is off, replies are typed only",
                 SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "none");
        return NULL;
    }
    mic *m = calloc(1, sizeof *m);
    if (!m) { snprintf(err, errlen, "out of memory"); return NULL; }
    SDL_AudioSpec want, have;
    SDL_zero(want);
    want.freq = MIC_RATE;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    want.callback = on_capture;
    want.userdata = m;
    m->dev = SDL_OpenAudioDevice(NULL, 1, &want, &have, 0);
    if (!m->dev) {
        snprintf(err, errlen, "cannot open the microphone: %s (recording is off, replies are typed only)", SDL_GetError());
        free(m);
        return NULL;
    }
    SDL_PauseAudioDevice(m->dev, 0);
    return m;
}

void mic_close(mic *m)
{
    if (!m) return;
    SDL_CloseAudioDevice(m->dev);
    free(m->pcm);
    free(m);
}

void mic_start(mic *m)
{
    SDL_LockAudioDevice(m->dev);
    m->n = 0;
    m->oom = 0;
    m->recording = 1;
    SDL_UnlockAudioDevice(m->dev);
}

int mic_stop(mic *m, int16_t **pcm, size_t *n)
{
    SDL_LockAudioDevice(m->dev);
    m->recording = 0;
    int oom = m->oom;
    *n = m->n;
    *pcm = NULL;
    if (!oom && m->n) {
        *pcm = malloc(m->n * sizeof **pcm);
        if (*pcm) memcpy(*pcm, m->pcm, m->n * sizeof **pcm);
        else oom = 1;
    }
    m->n = 0;
    SDL_UnlockAudioDevice(m->dev);
    if (oom) { *n = 0; return -1; }
    return 0;
}

double mic_seconds(mic *m)
{
    SDL_LockAudioDevice(m->dev);
    double s = (double)m->n / MIC_RATE;
    SDL_UnlockAudioDevice(m->dev);
    return s;
}

int mic_recording(mic *m)
{
    SDL_LockAudioDevice(m->dev);
    int r = m->recording;
    SDL_UnlockAudioDevice(m->dev);
    return r;
}
