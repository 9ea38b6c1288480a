/* Unit tests of the generated tones (cadence, frequency, no clipping), the voice style parser and
 * clamping, and the voice worker end to end through SDL's "disk" audio driver, which writes the
 * exact PCM the device would have played. */
#include <SDL.h>
#include <stdlib.h>

#include <unistd.h>

#include "harness.h"
#include "audio_out.h"
#include "espeak_synth.h"
#include "tone.h"
#include "voice.h"

static int16_t buf[TONE_RATE * 5];

static size_t zero_crossings(const int16_t *s, size_t n)
{
    size_t z = 0;
    for (size_t i = 1; i < n; i++) z += (s[i - 1] < 0) != (s[i] < 0);
    return z;
}

static int peak(const int16_t *s, size_t n)
{
    int p = 0;
    for (size_t i = 0; i < n; i++) p = abs(s[i]) > p ? abs(s[i]) : p;
    return p;
}

static void test_ring_cadence(void)
{
    memset(buf, 0, sizeof buf);
    uint64_t pos = 0;
    tone_ring_mix(buf, TONE_RATE * 5, &pos, 10000);
    CHECK_INT(pos, TONE_RATE * 5);
    CHECK(peak(buf, TONE_RATE) > 9500 && peak(buf, TONE_RATE) <= 10000);   /* 1 s on */
    CHECK_INT(peak(buf + TONE_RATE, TONE_RATE * 4), 0);                    /* 4 s off */
    size_t z = zero_crossings(buf + 1000, TONE_RATE / 2);                  /* 0.5 s of 450 Hz */
    CHECK_MSG(z >= 448 && z <= 452, "zero crossings %zu, expected ~450", z);
    CHECK(abs(buf[0]) < 100);                                              /* ramped, no click */
    int16_t next[10] = { 0 };
    tone_ring_mix(next, 10, &pos, 10000);                                  /* the next period starts */
    CHECK(abs(next[9]) > 0);
}

static void test_hold_and_mix(void)
{
    memset(buf, 0, sizeof buf);
    uint64_t pos = 0;
    tone_hold_mix(buf, TONE_RATE * 2, &pos, 8000);
    CHECK(peak(buf, TONE_RATE * 2) > 3000);
    int16_t a[3] = { 30000, -30000, 100 }, b[3] = { 10000, -10000, 100 };
    tone_mix_scaled(a, b, 3, 1.0f);
    CHECK_INT(a[0], 32767);     /* saturates rather than wrapping */
    CHECK_INT(a[1], -32768);
    CHECK_INT(a[2], 200);
}

static void test_style_parse(void)
{
    es_params p;
    es_params_default(&p);
    es_params_parse(&p, "voice=yue rate=500 pitch=-5 volume=180 range=30 bogus=1");
    CHECK_STR(p.voice, "yue");
    CHECK_INT(p.rate, 450);
    CHECK_INT(p.pitch, 0);
    CHECK_INT(p.volume, 100);
    CHECK_INT(p.range, 30);
    es_params_parse(&p, "rate=20 pitch=abc");
    CHECK_INT(p.rate, 80);
    CHECK_INT(p.pitch, 0);
    es_params_parse(&p, NULL);
    CHECK_STR(p.voice, "yue");
}

static int wait_for(voice *v, unsigned lines, int ms)
{
    for (int t = 0; t < ms; t += 10) {
        if (voice_ready(v) && voice_lines_done(v) >= lines) return 1;
        SDL_Delay(10);
    }
    return 0;
}

static void test_voice_worker(void)
{
    char path[] = "/tmp/callsim_test_audio_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    SDL_setenv("SDL_AUDIODRIVER", "disk", 1);
    SDL_setenv("SDL_DISKAUDIOFILE", path, 1);
    char err[256];
    audio_out *a = audio_out_open(err, sizeof err);
    CHECK(a != NULL);
    if (!a) return;
    CHECK_STR(audio_out_driver(a), "disk");
    voice *v = voice_start(a);
    CHECK(v != NULL);
    es_params p;
    es_params_default(&p);
    es_params_parse(&p, "voice=cmn-latn-pinyin rate=170 pitch=50 volume=100");
    voice_say(v, "您好，请问有什么可以帮您？", &p);
    CHECK(wait_for(v, 1, 5000));
    CHECK(voice_error(v) == NULL);
    CHECK(audio_out_voice_pending(a) > TONE_RATE / 2);   /* over half a second of speech queued */
    SDL_Delay(400);
    CHECK(audio_out_voice_started_at(a) != 0);
    voice_cancel(v);                                      /* barge-in empties the queue at once */
    CHECK_INT(audio_out_voice_pending(a), 0);
    CHECK(!voice_busy(v) || wait_for(v, 1, 100));
    voice_stop(v);
    audio_out_close(a);
    FILE *f = fdopen(fd, "rb");
    size_t n = f ? fread(buf, sizeof buf[0], TONE_RATE, f) : 0;
    if (f) fclose(f);
    CHECK_MSG(n > 1000 && peak(buf, n) > 1000, "disk audio holds %zu samples, peak %d", n, peak(buf, n));
    remove(path);
}

/* The exam window opened from the main menu starts a second voice worker after the first has
 * stopped: it must speak, and stopping it must return (espeak-ng hangs in a second Terminate;
 * SIGALRM ends the test rather than CI if that comes back). */
static void test_voice_worker_twice(void)
{
    SDL_setenv("SDL_AUDIODRIVER", "dummy", 1);
    es_params p;
    es_params_default(&p);
    alarm(60);
    for (int round = 0; round < 2; round++) {  /* each window opens its own device and worker */
        char err[256];
        audio_out *a = audio_out_open(err, sizeof err);
        voice *v = a ? voice_start(a) : NULL;
        CHECK(v != NULL);
        if (v) {
            voice_say(v, "您好", &p);
            CHECK(wait_for(v, 1, 5000));
            CHECK(voice_error(v) == NULL);
            CHECK_MSG(audio_out_voice_pending(a) > 0 || audio_out_voice_started_at(a) != 0, "round %d spoke nothing", round);
            voice_stop(v);
        }
        audio_out_close(a);
    }
    alarm(0);
}

TEST_MAIN(
    SDL_Init(0);
    RUN(test_ring_cadence);
    RUN(test_hold_and_mix);
    RUN(test_style_parse);
    RUN(test_voice_worker);
    RUN(test_voice_worker_twice);
    SDL_Quit();
)
