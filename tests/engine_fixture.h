/* An engine for unit tests of the call flow: the shipped phrase bank, a scenario the test writes to
 * a file of its own, and a call already answered at 0.5 s. Header-only like harness.h: each test
 * file is its own program, and not every one uses every helper (static inline: no unused warning). */
#ifndef CALLSIM_TEST_ENGINE_FIXTURE_H
#define CALLSIM_TEST_ENGINE_FIXTURE_H

#include <stdio.h>
#include <unistd.h>

#include "engine.h"
#include "paths.h"
#include "phrase_bank.h"

/* The engine for the scenario at path, started and answered at 500 ms; NULL (the reason on stderr)
 * when the scenario does not load. */
static inline cs_engine *fixture_answered(const char *path, const cs_phrase_bank *bank)
{
    char err[512];
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_PRACTICE, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) { fprintf(stderr, "%s\n", err); return NULL; }
    cs_engine_start(e, 0);
    cs_engine_advance(e, 500);
    cs_input ans = { CS_IN_ANSWER, NULL, 0, 500, -1 };
    cs_engine_input(e, &ans);
    return e;
}

/* Loads the shipped bank into *bank, names a scratch scenario file /tmp/callsim-NAME-PID.lua in
 * path, runs tests, then removes the file and frees the bank. A bank that does not load is one
 * failure with its reason. */
static inline void fixture_run(const char *argv0, const char *name, cs_phrase_bank **bank, char *path,
                               size_t path_len, void (*tests)(void))
{
    cs_paths_init(argv0);
    char dir[4096], err[512];
    *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    snprintf(path, path_len, "/tmp/callsim-%s-%d.lua", name, (int)getpid());
    if (*bank) tests();
    else CHECK_MSG(0, "%s", err);
    unlink(path);
    cs_bank_free(*bank);
}

#endif
