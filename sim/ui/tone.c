/* Tone generation. Ring onset and end are ramped over 5 ms so the bursts do not click; the hold
 * melody is plain sine notes with a decaying envelope: recognisable as "music on hold" without
 * shipping a recording. */
#include "tone.h"

#include <math.h>

#define PI_F 3.14159265358979f

static int16_t saturate(int v)
{
    return (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
}

static float ring_value(uint64_t pos)
{
    const uint64_t on = (uint64_t)TONE_RATE * TONE_RING_ON_MS / 1000;
    const uint64_t period = (uint64_t)TONE_RATE * TONE_RING_PERIOD_MS / 1000;
    const uint64_t ramp = TONE_RATE / 200;
    uint64_t p = pos % period;
    if (p >= on) return 0.0f;
    float env = 1.0f;
    if (p < ramp) env = (float)p / (float)ramp;
    else if (on - p < ramp) env = (float)(on - p) / (float)ramp;
    return env * sinf(2.0f * PI_F * TONE_RING_HZ * (float)(p % TONE_RATE) / (float)TONE_RATE);
}

void tone_ring_mix(int16_t *out, size_t n, uint64_t *pos, int amplitude)
{
    for (size_t i = 0; i < n; i++)
        out[i] = saturate(out[i] + (int)(ring_value((*pos)++) * (float)amplitude));
}

/* A short phrase in C major (Hz), each note 0.4 s, looping. */
static const float hold_notes[] = { 523.25f, 659.25f, 783.99f, 659.25f, 698.46f, 587.33f,
                                    493.88f, 523.25f, 0.0f, 0.0f };
#define HOLD_NOTE_SAMPLES (TONE_RATE * 2 / 5)

static float hold_value(uint64_t pos)
{
    const size_t n_notes = sizeof hold_notes / sizeof hold_notes[0];
    uint64_t note = (pos / HOLD_NOTE_SAMPLES) % n_notes;
    uint64_t in_note = pos % HOLD_NOTE_SAMPLES;
    float hz = hold_notes[note];
    if (hz == 0.0f) return 0.0f;
    float t = (float)in_note / (float)TONE_RATE;
    float attack = in_note < 110 ? (float)in_note / 110.0f : 1.0f;
    float env = attack * expf(-3.0f * t);
    return env * (0.8f * sinf(2.0f * PI_F * hz * t) + 0.2f * sinf(4.0f * PI_F * hz * t));
}

void tone_hold_mix(int16_t *out, size_t n, uint64_t *pos, int amplitude)
{
    for (size_t i = 0; i < n; i++)
        out[i] = saturate(out[i] + (int)(hold_value((*pos)++) * (float)amplitude));
}

void tone_mix_scaled(int16_t *out, const int16_t *src, size_t n, float gain)
{
    for (size_t i = 0; i < n; i++) out[i] = saturate(out[i] + (int)((float)src[i] * gain));
}
