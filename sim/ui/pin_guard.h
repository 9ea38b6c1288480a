/* Guards PIN entry against guessing: after 5 wrong PINs in a row every PIN field of the window is
 * refused for 30 s. Argon2id already costs ~0.5 s a try (exam_keys.h); the pause makes a run of guesses at the
 * keyboard hopeless. No SDL: the caller passes the time, so the rule is tested as plain code. */
#ifndef CALLSIM_PIN_GUARD_H
#define CALLSIM_PIN_GUARD_H

#include <stdint.h>

#define PIN_GUARD_MAX_FAILS 5
#define PIN_GUARD_WAIT_MS 30000

typedef struct {
    int fails;
    uint64_t locked_until;  /* ms on the caller's clock; 0: not locked */
} pin_guard;

/* Seconds still to wait (0: a PIN may be tried now). */
int pin_guard_wait_s(const pin_guard *g, uint64_t now_ms);
/* A wrong PIN; returns 1 when this one locked the guard. */
int pin_guard_fail(pin_guard *g, uint64_t now_ms);
void pin_guard_ok(pin_guard *g);

#endif
