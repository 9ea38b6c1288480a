/* Unit tests of the typing standard in the engine's waits (issue 14; 国家职业技能标准 3.1 1.3.1:
 * 50 字/分): a wait for the trainee does not time out while the trainee types (cs_engine_typing,
 * what the window reports per keystroke and composition), typing that stops lets it time out, and
 * the latency the grade and the caller's patience see is from the caller's line to the first
 * keystroke, not to Enter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "engine_fixture.h"

static cs_phrase_bank *bank;
static char path[64];

static cs_engine *start(void)
{
    FILE *f = fopen(path, "w");
    fprintf(f, "return { id = 'tw', title = 't', level = 5, area = 'service', latency_limit = 10,\n"
               "  caller = { name = '王先生' },\n"
               "  rubric = { { id = 'answer', max = 50, rule = 'answer' }, { id = 'latency', max = 50, rule = 'latency' } },\n"
               "  run = function(call)\n    if not call.ring() then return end\n"
               "    local r = call.wait { expect = 'opening', timeout = 6 }\n"
               "    if r.kind == 'timeout' then call.say('喂？') end\n"
               "    call.hangup('x')\n  end }\n");
    fclose(f);
    return fixture_answered(path, bank);
}

static int count(const cs_engine *e, cs_event_kind k)
{
    const cs_call_log *log = cs_engine_log(e);
    int n = 0;
    for (size_t i = 0; i < log->n; i++) n += log->ev[i].kind == k;
    return n;
}

static double item(const cs_grade *g, const char *id)
{
    for (size_t i = 0; i < g->n_items; i++)
        if (strcmp(g->items[i].id, id) == 0) return g->items[i].points;
    return -1;
}

static void test_typing_keeps_the_wait_open(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    /* a 24-character opening at 50 字/分: keystrokes from 1 s to 29 s, Enter at 30 s */
    for (int64_t t = 1500; t <= 29500; t += 1200) {
        cs_engine_advance(e, t);
        cs_engine_typing(e, t);
    }
    CHECK(count(e, CS_EV_TIMEOUT) == 0);
    cs_input in = { CS_IN_TEXT, "您好，我是东方有线8号业务受理专员，请问有什么可以帮您？", 0, 30000, 1500 };
    CHECK(cs_engine_input(e, &in) == 0);
    cs_engine_advance(e, 40000);
    CHECK(count(e, CS_EV_TIMEOUT) == 0);
    CHECK(count(e, CS_EV_TRAINEE_SAY) == 1);
    cs_grade g;
    memset(&g, 0, sizeof g);
    CHECK(cs_engine_grade(e, &g) == 0);
    CHECK_MSG(item(&g, "latency") == 50, "latency %.1f", item(&g, "latency"));  /* 1 s to the first key */
    cs_grade_free(&g);
    cs_engine_free(e);
}

static void test_typing_that_stops_times_out(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    cs_engine_advance(e, 2000);
    cs_engine_typing(e, 2000);      /* one key, then nothing */
    cs_engine_advance(e, 11000);
    CHECK(count(e, CS_EV_TIMEOUT) == 0);   /* grace: 10 s after the latest keystroke */
    cs_engine_advance(e, 12500);
    CHECK(count(e, CS_EV_TIMEOUT) == 1);
    cs_engine_free(e);
}

static void test_no_typing_times_out_on_time(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    cs_engine_advance(e, 7000);
    CHECK(count(e, CS_EV_TIMEOUT) == 1);   /* the script's 6 s */
    cs_engine_free(e);
}

static void test_latency_runs_to_the_first_keystroke_not_to_enter(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    /* first key 5 s after the caller (inside the limit), Enter 25 s after: the old rule (to Enter)
     * would have lost the points */
    for (int64_t t = 5500; t <= 25500; t += 1000) { cs_engine_advance(e, t); cs_engine_typing(e, t); }
    cs_input in = { CS_IN_TEXT, "您好，请问有什么可以帮您？", 0, 26000, 5500 };
    cs_engine_input(e, &in);
    cs_engine_advance(e, 40000);
    cs_grade g;
    memset(&g, 0, sizeof g);
    cs_engine_grade(e, &g);
    CHECK_MSG(item(&g, "latency") == 50, "latency %.1f", item(&g, "latency"));
    cs_grade_free(&g);
    cs_engine_free(e);
}

/* A reply typed from the moment the wait began and sent exactly when its time runs out (6.5 s:
 * answered at 0.5 s, timeout 6 s) was being typed the whole wait: it is in time, no timeout. The
 * same moment with no typing before it (a reply known only by its Enter) is late, as before. */
static void test_sent_at_the_timeout_while_typing_is_in_time(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    cs_input in = { CS_IN_TEXT, "您好，请问有什么可以帮您？", 0, 6500, 500 };
    CHECK(cs_engine_input(e, &in) == 0);
    cs_engine_advance(e, 20000);
    CHECK(count(e, CS_EV_TIMEOUT) == 0);
    cs_engine_free(e);

    /* the same when the engine already stands a millisecond before (a frame, or an action ignored
     * then): the reply's typing still runs to its Enter */
    e = start();
    if (!e) { CHECK(0); return; }
    cs_engine_advance(e, 6499);
    CHECK(cs_engine_input(e, &in) == 0);
    cs_engine_advance(e, 20000);
    CHECK(count(e, CS_EV_TIMEOUT) == 0);
    cs_engine_free(e);

    e = start();
    if (!e) { CHECK(0); return; }
    cs_input untyped = { CS_IN_TEXT, "您好，请问有什么可以帮您？", 0, 6500, 6500 };
    cs_engine_input(e, &untyped);
    CHECK(count(e, CS_EV_TIMEOUT) == 1);
    cs_engine_free(e);
}

static void run_all(void)
{
    RUN(test_typing_keeps_the_wait_open);
    RUN(test_typing_that_stops_times_out);
    RUN(test_no_typing_times_out_on_time);
    RUN(test_latency_runs_to_the_first_keystroke_not_to_enter);
    RUN(test_sent_at_the_timeout_while_typing_is_in_time);
}

TEST_MAIN(
    fixture_run(argv[0], "typing", &bank, path, sizeof path, run_all);
)
