/* The voice worker. Cancelling is a generation number: voice_cancel bumps it, the synth sink sees
 * the change and aborts espeak (returning 1 from its callback), and audio_out drops any PCM still
 * tagged with the old generation. */
#include "voice.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct voice_req {
    struct voice_req *next;
    es_params p;
    unsigned gen;
    char text[];
} voice_req;

struct voice {
    audio_out *out;
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake;
    voice_req *head, *tail;
    int quit, ready, speaking;
    SDL_atomic_t gen;
    unsigned lines_done;
    char error[256];
};

/* espeak-ng keeps one voice's dictionary loaded: switching reloads it (~10-40 ms). The Mandarin
 * voice, which most callers use, is loaded last so that it is the one still loaded at the first line. */
static const char *const prewarm_voices[] = { "yue", "en-us", "cmn-latn-pinyin" };

typedef struct { voice *v; unsigned gen; } sink_ctx;

/* Hands PCM to the audio FIFO; when it is full (a very long line), waits for it to drain. */
static int push_pcm(void *ud, const int16_t *pcm, size_t n)
{
    sink_ctx *c = ud;
    while (n) {
        if ((unsigned)SDL_AtomicGet(&c->v->gen) != c->gen) return 1;
        size_t took = audio_out_voice_push(c->v->out, pcm, n, c->gen);
        pcm += took;
        n -= took;
        if (n) SDL_Delay(20);
    }
    return 0;
}

static voice_req *next_request(voice *v)
{
    SDL_LockMutex(v->lock);
    while (!v->head && !v->quit) SDL_CondWait(v->wake, v->lock);
    voice_req *r = NULL;
    if (!v->quit) {
        r = v->head;
        v->head = r->next;
        if (!v->head) v->tail = NULL;
        v->speaking = 1;
    }
    SDL_UnlockMutex(v->lock);
    return r;
}

static void finish_request(voice *v)
{
    SDL_LockMutex(v->lock);
    v->speaking = 0;
    v->lines_done++;
    SDL_UnlockMutex(v->lock);
}

static int init_espeak(voice *v)
{
    char err[256];
    int ok = es_init(err, sizeof err) > 0;
    if (ok)
        for (size_t i = 0; i < sizeof prewarm_voices / sizeof prewarm_voices[0]; i++)
            if (es_load_voice(prewarm_voices[i]) != 0)
                fprintf(stderr, "callsim: espeak-ng voice %s is missing (see `callsim voices`)\n",
                        prewarm_voices[i]);
    SDL_LockMutex(v->lock);
    if (!ok) snprintf(v->error, sizeof v->error, "%s", err);
    v->ready = 1;
    SDL_UnlockMutex(v->lock);
    return ok;
}

static int worker(void *ud)
{
    voice *v = ud;
    int ok = init_espeak(v);
    for (voice_req *r; (r = next_request(v)) != NULL; free(r)) {
        sink_ctx c = { v, r->gen };
        if (ok && (unsigned)SDL_AtomicGet(&v->gen) == r->gen) es_speak(&r->p, r->text, push_pcm, &c);
        finish_request(v);
    }
    return 0;
}

voice *voice_start(audio_out *out)
{
    voice *v = calloc(1, sizeof *v);
    if (!v) return NULL;
    v->out = out;
    v->lock = SDL_CreateMutex();
    v->wake = SDL_CreateCond();
    if (v->lock && v->wake) v->thread = SDL_CreateThread(worker, "callsim-voice", v);
    if (!v->thread) {
        if (v->wake) SDL_DestroyCond(v->wake);
        if (v->lock) SDL_DestroyMutex(v->lock);
        free(v);
        return NULL;
    }
    return v;
}

static void drop_queue(voice *v)
{
    while (v->head) {
        voice_req *r = v->head;
        v->head = r->next;
        free(r);
    }
    v->tail = NULL;
}

void voice_stop(voice *v)
{
    if (!v) return;
    voice_cancel(v);
    SDL_LockMutex(v->lock);
    v->quit = 1;
    SDL_CondSignal(v->wake);
    SDL_UnlockMutex(v->lock);
    SDL_WaitThread(v->thread, NULL);
    drop_queue(v);
    SDL_DestroyCond(v->wake);
    SDL_DestroyMutex(v->lock);
    free(v);
}

int voice_say(voice *v, const char *text, const es_params *p)
{
    size_t len = strlen(text);
    voice_req *r = malloc(sizeof *r + len + 1);
    if (!r) return -1;
    r->next = NULL;
    r->p = *p;
    es_params_clamp(&r->p);
    memcpy(r->text, text, len + 1);
    SDL_LockMutex(v->lock);
    r->gen = (unsigned)SDL_AtomicGet(&v->gen);
    if (v->tail) v->tail->next = r;
    else v->head = r;
    v->tail = r;
    SDL_CondSignal(v->wake);
    SDL_UnlockMutex(v->lock);
    return 0;
}

void voice_cancel(voice *v)
{
    SDL_LockMutex(v->lock);
    unsigned gen = (unsigned)SDL_AtomicAdd(&v->gen, 1) + 1;
    drop_queue(v);
    /* Under the lock: a line queued right after must not reach the FIFO before its generation. */
    audio_out_voice_flush(v->out, gen);
    SDL_UnlockMutex(v->lock);
}

int voice_busy(voice *v)
{
    SDL_LockMutex(v->lock);
    int busy = v->head != NULL || v->speaking;
    SDL_UnlockMutex(v->lock);
    return busy || audio_out_voice_pending(v->out) > 0;
}

int voice_ready(voice *v)
{
    SDL_LockMutex(v->lock);
    int r = v->ready;
    SDL_UnlockMutex(v->lock);
    return r;
}

const char *voice_error(voice *v)
{
    SDL_LockMutex(v->lock);
    const char *e = v->error[0] ? v->error : NULL;
    SDL_UnlockMutex(v->lock);
    return e;
}

unsigned voice_lines_done(voice *v)
{
    SDL_LockMutex(v->lock);
    unsigned n = v->lines_done;
    SDL_UnlockMutex(v->lock);
    return n;
}
