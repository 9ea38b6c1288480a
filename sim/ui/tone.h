/* Call-progress sounds made in code, no sound files: the Chinese ring-back cadence (450 Hz,
 * 1 s on, 4 s off) and a soft hold melody. Pure functions of a sample position, so they are
 * tested sample by sample and mixed into the voice output by audio_out. */
#ifndef CALLSIM_TONE_H
#define CALLSIM_TONE_H

#include <stddef.h>
#include <stdint.h>

#define TONE_RATE 22050        /* the rate espeak-ng produces: the whole output runs at it */
#define TONE_RING_HZ 450
#define TONE_RING_ON_MS 1000
#define TONE_RING_PERIOD_MS 5000

/* Adds n samples of the ring cadence starting at *pos (samples since the ring started) into out,
 * saturating, at amplitude (0..32767); advances *pos. */
void tone_ring_mix(int16_t *out, size_t n, uint64_t *pos, int amplitude);
/* Same for the hold melody (loops every few seconds). */
void tone_hold_mix(int16_t *out, size_t n, uint64_t *pos, int amplitude);
/* Adds src * gain (0..1) into out, saturating. */
void tone_mix_scaled(int16_t *out, const int16_t *src, size_t n, float gain);

#endif
