/* The microphone path end to end without a microphone: SDL's "disk" audio driver plays a known
 * recording (SDL_DISKAUDIOFILEIN) into the capture device; what mic_capture records must be that
 * recording, and it must survive Opus compression (voice_clip.h). With the "dummy" driver there is
 * no microphone: mic_open says so in one line and callsim goes on typed-only. */
#include <SDL.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "mic_capture.h"
#include "voice_clip.h"

#define SECONDS 3

static void write_known(const char *path, int16_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++)  /* a rising tone: each moment of it is distinct */
        s[i] = (int16_t)(8000 * sin(2 * M_PI * (200.0 + 100.0 * (double)i / MIC_RATE) * (double)i / MIC_RATE));
    FILE *f = fopen(path, "wb");
    fwrite(s, sizeof *s, n, f);
    fclose(f);
}

static void test_disk_capture(void)
{
    char path[] = "/tmp/callsim_mic_XXXXXX", out[] = "/tmp/callsim_mic_out_XXXXXX";
    int fd = mkstemp(path), fo = mkstemp(out);
    close(fd);
    close(fo);
    size_t n = MIC_RATE * SECONDS;
    int16_t *known = malloc(n * sizeof *known);
    write_known(path, known, n);
    SDL_setenv("SDL_AUDIODRIVER", "disk", 1);
    SDL_setenv("SDL_DISKAUDIOFILEIN", path, 1);
    SDL_setenv("SDL_DISKAUDIOFILE", out, 1);
    CHECK_INT(SDL_InitSubSystem(SDL_INIT_AUDIO), 0);
    char err[256] = "";
    mic *m = mic_open(err, sizeof err);
    CHECK_MSG(m != NULL, "mic_open: %s", err);
    if (!m) { SDL_QuitSubSystem(SDL_INIT_AUDIO); free(known); return; }
    mic_start(m);
    for (int i = 0; i < 500 && mic_seconds(m) < 1.5; i++) SDL_Delay(10);  /* the disk driver paces in real time */
    CHECK(mic_recording(m));
    int16_t *pcm;
    size_t got;
    CHECK_INT(mic_stop(m, &pcm, &got), 0);
    CHECK_MSG(got >= MIC_RATE * 3 / 2, "recorded %zu samples", got);
    /* the disk driver hands the file over from its start: the recording is the known signal */
    size_t same = 0;
    for (size_t i = 0; i < got && i < n; i++) same += pcm[i] == known[i];
    CHECK_MSG(same == (got < n ? got : n), "%zu of %zu samples as in the file", same, got);
    unsigned char *clip;
    size_t len;
    CHECK_INT(cs_clip_encode(pcm, got, MIC_RATE, &clip, &len, err, sizeof err), 0);
    CHECK_NEAR(cs_clip_seconds(clip, len), (double)got / MIC_RATE, 0.05);
    printf("captured %.2f s from the disk driver; Opus clip %zu bytes (raw %zu)\n", (double)got / MIC_RATE, len, got * 2);
    free(clip);
    free(pcm);
    mic_close(m);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    remove(path);
    remove(out);
    free(known);
}

static void test_no_microphone(void)
{
    SDL_setenv("SDL_AUDIODRIVER", "dummy", 1);
    CHECK_INT(SDL_InitSubSystem(SDL_INIT_AUDIO), 0);
    char err[256] = "";
    mic *m = mic_open(err, sizeof err);
    if (m) {  /* SDL's dummy driver may offer a silent capture device: then it records silence */
        mic_start(m);
        int16_t *pcm;
        size_t got;
        CHECK_INT(mic_stop(m, &pcm, &got), 0);
        free(pcm);
        mic_close(m);
    } else {
        CHECK_MSG(strstr(err, "typed only") != NULL && !strchr(err, '\n'), "message: %s", err);
    }
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

TEST_MAIN(
    SDL_Init(0);
    RUN(test_disk_capture);
    RUN(test_no_microphone);
    SDL_Quit();
)
