/* Unit tests of call.speaker (scenario_speaker.c): someone else takes the phone mid-call. The caller
 * card's name and the voice of every later line change, the transcript notes it, and a bad argument
 * is reported at the scenario's line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"
#include "harness.h"
#include "headless.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"

static cs_phrase_bank *bank;
static char path[64];

static cs_engine *play(const char *body)
{
    FILE *f = fopen(path, "w");
    fprintf(f, "return { id = 'spk', title = 't', level = 5, area = 'service',\n"
               "  caller = { name = '张奶奶', voice = 'cmn-latn-pinyin', rate = 150 },\n"
               "  rubric = { { id = 'answer', max = 100, rule = 'answer' } },\n"
               "  run = function(call)\n    if not call.ring() then return end\n%s  end }\n", body);
    fclose(f);
    char err[512];
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) { fprintf(stderr, "%s\n", err); return NULL; }
    cs_replies r;
    if (cs_replies_parse("(test)", "@1 /answer\n", 11, &r, err, sizeof err) == 0) {
        cs_headless_result res;
        cs_headless_play(e, &r, &res);
        cs_replies_free(&r);
    }
    return e;
}

/* The style of the n-th caller line (0-based), or "". */
static const char *line_style(const cs_engine *e, int n)
{
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == CS_EV_CALLER_SAY && n-- == 0) return log->ev[i].style ? log->ev[i].style : "";
    return "";
}

static void test_the_grandson_takes_over(void)
{
    cs_engine *e = play("    call.say('喂？听不清啊')\n"
                        "    call.speaker { name = '孙子（粤语）', voice = 'yue', rate = 190 }\n"
                        "    call.say('我嚟讲啦')\n    call.say('唔该晒', { voice = 'cmn-latn-pinyin' })\n"
                        "    call.hangup('x')\n");
    if (!e) { CHECK(0); return; }
    CHECK(strstr(line_style(e, 0), "voice=cmn-latn-pinyin rate=150") != NULL);
    CHECK_MSG(strstr(line_style(e, 1), "voice=yue rate=190") != NULL, "%s", line_style(e, 1));
    CHECK(strstr(line_style(e, 2), "voice=cmn-latn-pinyin") != NULL); /* a line's own options still win */
    CHECK_STR(cs_engine_info(e)->caller_name, "孙子（粤语）");
    const cs_call_log *log = cs_engine_log(e);
    int noted = 0;
    for (size_t i = 0; i < log->n; i++)
        noted |= log->ev[i].kind == CS_EV_NOTE && log->ev[i].text && strstr(log->ev[i].text, "speaker: 孙子（粤语） (yue)");
    CHECK(noted);
    CHECK(cs_engine_script_error(e) == NULL);
    cs_engine_free(e);
}

static void test_a_bad_voice_is_reported_at_the_scenario_line(void)
{
    cs_engine *e = play("    call.say('喂')\n    call.speaker { voice = 'klingon' }\n    call.hangup('x')\n");
    if (!e) { CHECK(0); return; }
    const char *err = cs_engine_script_error(e);
    CHECK_MSG(err && strstr(err, ":7: in function 'run': bad argument #1 to 'call.speaker' (unknown voice"),
              "%s", err ? err : "(none)");
    cs_engine_free(e);
}

static void test_nothing_to_change_is_an_error(void)
{
    cs_engine *e = play("    call.speaker { rate = 100 }\n    call.hangup('x')\n");
    if (!e) { CHECK(0); return; }
    const char *err = cs_engine_script_error(e);
    CHECK_MSG(err && strstr(err, "give name = and/or voice ="), "%s", err ? err : "(none)");
    cs_engine_free(e);
}

TEST_MAIN(
    cs_paths_init(argv[0]);
    char dir[4096], err[512];
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    snprintf(path, sizeof path, "/tmp/callsim-speaker-%d.lua", (int)getpid());
    if (bank) {
        RUN(test_the_grandson_takes_over);
        RUN(test_a_bad_voice_is_reported_at_the_scenario_line);
        RUN(test_nothing_to_change_is_an_error);
    } else {
        CHECK_MSG(0, "%s", err);
    }
    unlink(path);
    cs_bank_free(bank);
)
