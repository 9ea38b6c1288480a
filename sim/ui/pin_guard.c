/* PIN guard. */
#include "pin_guard.h"

int pin_guard_wait_s(const pin_guard *g, uint64_t now_ms)
{
    if (now_ms >= g->locked_until) return 0;
    return (int)((g->locked_until - now_ms + 999) / 1000);
}

int pin_guard_fail(pin_guard *g, uint64_t now_ms)
{
    if (++g->fails < PIN_GUARD_MAX_FAILS) return 0;
    g->fails = 0;  /* after the wait, five more tries */
    g->locked_until = now_ms + PIN_GUARD_WAIT_MS;
    return 1;
}

void pin_guard_ok(pin_guard *g)
{
    g->fails = 0;
}
