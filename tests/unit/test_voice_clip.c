/* Unit tests of Ogg Opus clips: a known signal survives the round trip (length, pitch, level),
 * it is small, the same input gives the same bytes, and damaged or foreign blobs are errors. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "voice_clip.h"

#define RATE 16000

/* A vowel-like tone: 220 Hz with harmonics, two seconds. */
static int16_t *tone(size_t n)
{
    int16_t *s = malloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++) {
        double t = (double)i / RATE;
        s[i] = (int16_t)(6000 * sin(2 * M_PI * 220 * t) + 3000 * sin(2 * M_PI * 440 * t) + 1500 * sin(2 * M_PI * 660 * t));
    }
    return s;
}

static double crossings_per_s(const int16_t *s, size_t n, int rate)
{
    size_t c = 0;
    for (size_t i = 1; i < n; i++) c += (s[i - 1] < 0) != (s[i] < 0);
    return (double)c * rate / (double)n;
}

static double rms(const int16_t *s, size_t n)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++) sum += (double)s[i] * s[i];
    return n ? sqrt(sum / (double)n) : 0;
}

static void test_round_trip(void)
{
    size_t n = RATE * 2;
    int16_t *in = tone(n);
    unsigned char *clip;
    size_t len;
    char err[256] = "";
    CHECK_INT(cs_clip_encode(in, n, RATE, &clip, &len, err, sizeof err), 0);
    CHECK_MSG(len > 1000 && len < n * 2 / 8, "2 s clip is %zu bytes (raw PCM: %zu)", len, n * 2);
    CHECK(len >= 4 && memcmp(clip, "OggS", 4) == 0);
    CHECK_NEAR(cs_clip_seconds(clip, len), 2.0, 0.05);
    int16_t *out;
    size_t m;
    CHECK_INT(cs_clip_decode(clip, len, &out, &m, err, sizeof err), 0);
    CHECK_MSG(m > CS_CLIP_RATE * 19 / 10 && m < CS_CLIP_RATE * 21 / 10, "decoded %zu samples at 48 kHz", m);
    /* the middle second: same fundamental (zero crossings) and about the same level */
    double zin = crossings_per_s(in + RATE / 2, RATE, RATE), zout = crossings_per_s(out + CS_CLIP_RATE / 2, CS_CLIP_RATE, CS_CLIP_RATE);
    CHECK_MSG(fabs(zin - zout) < zin * 0.1, "zero crossings %.0f/s in, %.0f/s out", zin, zout);
    double rin = rms(in + RATE / 2, RATE), rout = rms(out + CS_CLIP_RATE / 2, CS_CLIP_RATE);
    CHECK_MSG(fabs(rin - rout) < rin * 0.25, "level %.0f in, %.0f out", rin, rout);
    unsigned char *again;
    size_t len2;
    CHECK_INT(cs_clip_encode(in, n, RATE, &again, &len2, err, sizeof err), 0);
    CHECK(len2 == len && memcmp(again, clip, len) == 0);  /* deterministic: the signed bytes replay */
    free(again);
    free(out);
    free(clip);
    free(in);
}

static void test_bad_input(void)
{
    char err[256] = "";
    int16_t *out;
    size_t m;
    const unsigned char junk[] = "not an ogg file at all, just text";
    CHECK_INT(cs_clip_decode(junk, sizeof junk, &out, &m, err, sizeof err), -1);
    CHECK(strstr(err, "recording:") == err);
    CHECK(out == NULL && m == 0);
    /* a real clip cut in half decodes what is there or fails cleanly, never crashes */
    size_t n = RATE;
    int16_t *in = tone(n);
    unsigned char *clip;
    size_t len;
    CHECK_INT(cs_clip_encode(in, n, RATE, &clip, &len, err, sizeof err), 0);
    int rc = cs_clip_decode(clip, len / 2, &out, &m, err, sizeof err);
    CHECK(rc == 0 || rc == -1);
    if (rc == 0) { CHECK(m < CS_CLIP_RATE); free(out); }
    for (size_t i = 100; i < len; i += 97) clip[i] ^= 0x5a;  /* damage inside the pages */
    rc = cs_clip_decode(clip, len, &out, &m, err, sizeof err);
    CHECK(rc == 0 || rc == -1);
    if (rc == 0) free(out);
    free(clip);
    CHECK_INT(cs_clip_encode(in, n, 4000, &clip, &len, err, sizeof err), -1);
    CHECK(strstr(err, "4000 Hz") != NULL);
    free(in);
}

TEST_MAIN(
    RUN(test_round_trip);
    RUN(test_bad_input);
)
