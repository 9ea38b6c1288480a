/* libFuzzer target: the scenario loader, the sandbox and the scenario API. Each input is a Lua
 * source (seeded with the shipped scenarios, so mutations stay close to real API use), loaded and
 * played with a trainee who answers, types, picks, holds, tickets and hangs up. Any crash, leak or
 * sanitizer report is a bug; script errors are expected and fine. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"
#include "headless.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cs_phrase_bank *bank;
static cs_replies trainee;
static char path[64];

static void setup(void)
{
    char dir[4096], err[512];
    cs_paths_init(NULL);
    setenv("CALLSIM_WATCHDOG_ABORT", "1", 1); /* a watchdog stop is a finding: keep its input */
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    static const char script[] =
        "@1 /answer\n您好，我是客服小王，请问有什么可以帮您？\n#1\n/hold\n@5 /unhold\n"
        "感谢您的耐心等待\n/ticket name=王芳 phone=138\n/escalate 组长\n感谢您的来电，再见\n/hangup\n";
    if (!bank || cs_replies_parse("fuzz", script, sizeof script - 1, &trainee, err, sizeof err)) abort();
    snprintf(path, sizeof path, "/tmp/callsim-fuzz-%d.lua", (int)getpid());
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!bank) setup();
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    char err[1024];
    cs_engine_config cfg = { .scenario_path = path, .seed = size, .mode = CS_MODE_HEADLESS,
                             .bank = bank, .mem_limit = 8u << 20, .cpu_limit_s = 0.5 };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) return 0;
    cs_headless_result res;
    cs_headless_play(e, &trainee, &res);
    cs_grade g;
    if (cs_engine_grade(e, &g) == 0) {
        if (g.score < 0 || g.score > 100) abort();
        cs_grade_free(&g);
    }
    cs_engine_free(e);
    return 0;
}
