/* Audio output and mixer. The voice FIFO is guarded by SDL's device lock, which is the same lock
 * the callback runs under: pushes are a memcpy, so the callback never waits long. */
#include "audio_out.h"

#include <SDL.h>
#include <dirent.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tone.h"

#define FIFO_SECONDS 60
#define FIFO_CAP ((size_t)TONE_RATE * FIFO_SECONDS)
#define BUFFER_SAMPLES 512   /* ~23 ms at 22050 Hz: the voice starts within one buffer */

struct audio_out {
    SDL_AudioDeviceID dev;
    int buffer_samples;
    char driver[32];
    int16_t *fifo;
    size_t head, count;  /* read position and fill of the circular FIFO */
    unsigned gen;
    int ringing, holding, volume, was_silent;
    uint64_t ring_pos, hold_pos, voice_started;
};

static void take_voice(audio_out *a, int16_t *out, size_t n)
{
    size_t got = n < a->count ? n : a->count;
    if (got && a->was_silent) a->voice_started = SDL_GetPerformanceCounter();
    a->was_silent = (got == 0);
    for (size_t i = 0; i < got; i++) out[i] = a->fifo[(a->head + i) % FIFO_CAP];
    a->head = (a->head + got) % FIFO_CAP;
    a->count -= got;
}

static void mix_callback(void *ud, Uint8 *stream, int len)
{
    audio_out *a = ud;
    int16_t *out = (int16_t *)stream;
    size_t n = (size_t)len / sizeof(int16_t);
    int16_t voice[4096];
    memset(out, 0, (size_t)len);
    for (size_t done = 0; done < n;) {
        size_t k = n - done < 4096 ? n - done : 4096;
        memset(voice, 0, k * sizeof voice[0]);
        take_voice(a, voice, k);
        if (a->ringing) tone_ring_mix(voice, k, &a->ring_pos, 9000);
        if (a->holding) tone_hold_mix(voice, k, &a->hold_pos, 6000);
        tone_mix_scaled(out + done, voice, k, (float)a->volume / 100.0f);
        done += k;
    }
}

static SDL_AudioDeviceID open_device(audio_out *a)
{
    SDL_AudioSpec want = { 0 }, have;
    want.freq = TONE_RATE;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = BUFFER_SAMPLES;
    want.callback = mix_callback;
    want.userdata = a;
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (dev) a->buffer_samples = have.samples;
    return dev;
}

/* The default driver failed (no ALSA device, no pulse server): keep going silently. */
static SDL_AudioDeviceID open_dummy(audio_out *a, const char *why)
{
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    fprintf(stderr, "callsim: no sound device (%s); continuing without sound (SDL dummy audio driver)\n", why);
    if (SDL_AudioInit("dummy") != 0) return 0;
    return open_device(a);
}

/* 1 when there is clearly nothing to play on: no ALSA playback device, no PulseAudio or PipeWire
 * socket, and no driver chosen by the user. Then SDL's ALSA probe would only print eight lines of
 * libasound errors before failing, so the dummy driver is taken at once. */
static int no_sound_output(void)
{
    const char *drv = getenv("SDL_AUDIODRIVER"), *rt = getenv("XDG_RUNTIME_DIR");
    if ((drv && *drv) || getenv("PULSE_SERVER")) return 0;
    char path[512];
    const char *sockets[] = { "pulse/native", "pipewire-0" };
    for (size_t i = 0; rt && i < 2; i++) {
        snprintf(path, sizeof path, "%s/%s", rt, sockets[i]);
        if (access(path, F_OK) == 0) return 0;
    }
    DIR *d = opendir("/dev/snd");
    int playback = 0;
    for (struct dirent *de; d && (de = readdir(d));) {
        size_t n = strlen(de->d_name);
        if (strncmp(de->d_name, "pcmC", 4) == 0 && n && de->d_name[n - 1] == 'p') playback = 1;
    }
    if (d) closedir(d);
    return !playback;
}

audio_out *audio_out_open(char *err, size_t errlen)
{
    audio_out *a = calloc(1, sizeof *a);
    if (a) a->fifo = malloc(FIFO_CAP * sizeof *a->fifo);
    if (!a || !a->fifo) {
        snprintf(err, errlen, "out of memory opening audio");
        free(a);
        return NULL;
    }
    a->volume = 100;
    a->was_silent = 1;
    int none = no_sound_output();
    if (!none && SDL_InitSubSystem(SDL_INIT_AUDIO) == 0) a->dev = open_device(a);
    if (!a->dev) {
        char why[256];
        snprintf(why, sizeof why, "%s", none ? "no playback device in /dev/snd, no PulseAudio or PipeWire" : SDL_GetError());
        a->dev = open_dummy(a, why);
    }
    if (!a->dev) {
        snprintf(err, errlen, "cannot open audio, even SDL's dummy driver: %s", SDL_GetError());
        audio_out_close(a);
        return NULL;
    }
    const char *drv = SDL_GetCurrentAudioDriver();
    snprintf(a->driver, sizeof a->driver, "%s", drv ? drv : "?");
    SDL_PauseAudioDevice(a->dev, 0);
    return a;
}

void audio_out_close(audio_out *a)
{
    if (!a) return;
    if (a->dev) SDL_CloseAudioDevice(a->dev);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(a->fifo);
    free(a);
}

const char *audio_out_driver(const audio_out *a) { return a->driver; }
int audio_out_buffer_samples(const audio_out *a) { return a->buffer_samples; }

size_t audio_out_voice_push(audio_out *a, const int16_t *pcm, size_t n, unsigned gen)
{
    SDL_LockAudioDevice(a->dev);
    size_t room = FIFO_CAP - a->count, take = 0;
    if (gen == a->gen) {
        take = n < room ? n : room;
        size_t tail = (a->head + a->count) % FIFO_CAP;
        for (size_t i = 0; i < take; i++) a->fifo[(tail + i) % FIFO_CAP] = pcm[i];
        a->count += take;
    } else {
        take = n;  /* a cancelled utterance: swallow it */
    }
    SDL_UnlockAudioDevice(a->dev);
    return take;
}

void audio_out_voice_flush(audio_out *a, unsigned gen)
{
    SDL_LockAudioDevice(a->dev);
    a->gen = gen;
    a->count = 0;
    SDL_UnlockAudioDevice(a->dev);
}

size_t audio_out_voice_pending(audio_out *a)
{
    SDL_LockAudioDevice(a->dev);
    size_t n = a->count;
    SDL_UnlockAudioDevice(a->dev);
    return n;
}

uint64_t audio_out_voice_started_at(audio_out *a)
{
    SDL_LockAudioDevice(a->dev);
    uint64_t t = a->voice_started;
    SDL_UnlockAudioDevice(a->dev);
    return t;
}

void audio_out_ring(audio_out *a, int on)
{
    SDL_LockAudioDevice(a->dev);
    a->ringing = on;
    a->ring_pos = 0;
    SDL_UnlockAudioDevice(a->dev);
}

void audio_out_hold(audio_out *a, int on)
{
    SDL_LockAudioDevice(a->dev);
    if (on && !a->holding) a->hold_pos = 0;
    a->holding = on;
    SDL_UnlockAudioDevice(a->dev);
}

void audio_out_set_volume(audio_out *a, int percent)
{
    SDL_LockAudioDevice(a->dev);
    a->volume = percent < 0 ? 0 : percent > 100 ? 100 : percent;
    SDL_UnlockAudioDevice(a->dev);
}
