/* The dictated number as the trainee hears it: synthesised by espeak-ng exactly as the window's
 * voice worker does (the spoken form of dictation.h at dictation speed), then measured: it must
 * come in chunks of a few digits with audible pauses between them, slowly enough to write down,
 * and the engine's virtual clock must give it about the time it really takes. espeak-ng reading
 * the same number as one number ("一百三十九亿……", what callsim did before) is the baseline. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "dictation.h"
#include "engine_internal.h"
#include "espeak_synth.h"

typedef struct { int16_t *pcm; size_t n, cap; } pcm_buf;

static int collect(void *ud, const int16_t *pcm, size_t n)
{
    pcm_buf *b = ud;
    if (b->n + n > b->cap) {
        size_t cap = (b->n + n) * 2;
        int16_t *p = realloc(b->pcm, cap * sizeof *p);
        if (!p) return 1;
        b->pcm = p;
        b->cap = cap;
    }
    memcpy(b->pcm + b->n, pcm, n * sizeof *pcm);
    b->n += n;
    return 0;
}

/* Pauses of at least min_ms inside the utterance (leading and trailing silence not counted). */
static int pauses(const pcm_buf *b, int rate, int min_ms, double *speech_s)
{
    size_t win = (size_t)rate / 100, nw = b->n / win, first = nw, last = 0;
    char *loud = calloc(nw ? nw : 1, 1);
    for (size_t w = 0; w < nw; w++) {
        int peak = 0;
        for (size_t i = w * win; i < (w + 1) * win; i++) {
            int v = abs(b->pcm[i]);
            if (v > peak) peak = v;
        }
        loud[w] = peak > 600;
        if (loud[w]) { if (first == nw) first = w; last = w; }
    }
    int count = 0;
    size_t run = 0;
    for (size_t w = first; w <= last && first < nw; w++) {
        if (!loud[w]) { run++; continue; }
        if (run * 10 >= (size_t)min_ms) count++;
        run = 0;
    }
    *speech_s = first < nw ? (double)(last - first + 1) / 100.0 : 0;
    free(loud);
    return count;
}

static void test_phone_dictated_in_chunks(void)
{
    char err[256];
    int rate = es_init(err, sizeof err);
    CHECK_MSG(rate > 0, "espeak-ng: %s", err);
    if (rate <= 0) return;
    CHECK_INT(es_load_voice("cmn-latn-pinyin"), 0);
    es_params p;
    es_params_default(&p);
    es_params_parse(&p, "voice=cmn-latn-pinyin rate=210 pitch=45 volume=100"); /* a fast caller */

    const char *number = "13985012345";
    char *spoken = cs_dictation_speech(number);
    es_params d = p;
    d.rate = cs_dictation_rate(p.rate);
    pcm_buf b = { 0 };
    CHECK_INT(es_speak(&d, spoken, collect, &b), 0);
    double secs;
    int gaps = pauses(&b, rate, 150, &secs);
    CHECK_MSG(gaps >= 2, "%s: %d pauses of 150 ms or more, expected one between each chunk", spoken, gaps);
    CHECK_MSG(secs >= 11 / 3.0, "11 digits in %.2f s: faster than 3 digits a second", secs);
    CHECK_MSG(secs <= 11 / 1.0, "11 digits in %.2f s: slower than a digit a second", secs);
    int64_t clock_ms = cs_speech_ms(spoken, d.rate);
    CHECK_MSG(clock_ms > secs * 1000 * 0.6 && clock_ms < secs * 1000 * 1.6,
              "the engine gives the dictation %lld ms, espeak-ng takes %.0f ms", (long long)clock_ms, secs * 1000);
    printf("dictated %s as %s: %.2f s, %d pauses; engine clock %lld ms\n", number, spoken, secs, gaps, (long long)clock_ms);

    pcm_buf plain = { 0 };
    CHECK_INT(es_speak(&p, number, collect, &plain), 0);
    double plain_s;
    int plain_gaps = pauses(&plain, rate, 150, &plain_s);
    printf("baseline, read as one number at the caller's rate: %.2f s, %d pauses\n", plain_s, plain_gaps);
    CHECK_MSG(plain_s < secs, "the baseline (%.2f s) should be quicker than dictation (%.2f s)", plain_s, secs);
    free(spoken);
    free(b.pcm);
    free(plain.pcm);
}

TEST_MAIN(
    RUN(test_phone_dictated_in_chunks);
)
