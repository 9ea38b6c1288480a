/* The shipped phrase bank for unit tests that grade with it, found as every such test finds it:
 * $CALLSIM_DATA/assets, else ./assets (the tests run from the source tree). Header-only like
 * harness.h (include that first: a bank that does not load is one failure of the test). */
#ifndef CALLSIM_TEST_BANK_FIXTURE_H
#define CALLSIM_TEST_BANK_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "phrase_bank.h"

/* The repository root: $CALLSIM_DATA when set and not empty, else the current directory. */
static inline const char *fixture_root(void)
{
    const char *env = getenv("CALLSIM_DATA");
    return env && *env ? env : ".";
}

/* The shipped bank (free it with cs_bank_free), or NULL with one failure naming the reason. */
static inline cs_phrase_bank *fixture_bank(void)
{
    char assets[4096], err[512];
    snprintf(assets, sizeof assets, "%s/assets", fixture_root());
    cs_phrase_bank *bank = cs_bank_load(assets, err, sizeof err);
    CHECK_MSG(bank != NULL, "%s", err);
    return bank;
}

#endif
