/* The fault: a reply typed while the caller was in a scripted silence (call.silence: a transfer's
 * ring-out) was read by the next wait as the answer to the question the caller asked AFTER it,
 * which the trainee could not yet know. Such a reply is marked r.ahead and call.reply passes it
 * over, unless it says the phrase the wait expects (a step said a turn ahead is that step, issue
 * #11 item 6); raw call.wait still returns it; a reply in a silence that no caller line follows is
 * read as before. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "engine_fixture.h"

static cs_phrase_bank *bank;
static char path[64];

/* A scenario whose step, after a 10 s silence, is `step` (Lua); it awards item 'a' 1 point with
 * the reason "kind|text|ahead" of the reply the step got. */
static cs_engine *start(const char *step)
{
    FILE *f = fopen(path, "w");
    fprintf(f, "return { id = 'ts', title = 't', level = 5, area = 'service',\n"
               "  caller = { name = '王先生' }, rubric = { { id = 'a', max = 100 } },\n"
               "  run = function(call)\n    if not call.ring() then return end\n"
               "    call.silence(10)\n%s\n"
               "    score.award('a', 1, r.kind .. '|' .. (r.text or '') .. '|' .. tostring(r.ahead))\n"
               "    call.hangup('x')\n  end }\n", step);
    fclose(f);
    return fixture_answered(path, bank);
}

static void say(cs_engine *e, const char *text, int64_t t)
{
    cs_input in = { CS_IN_TEXT, text, 0, t, t };
    cs_engine_input(e, &in);
}

/* The reason item 'a' was given (what the step got), checked against want. */
static void check_step_got(cs_engine *e, const char *want)
{
    cs_engine_advance(e, 120000);
    cs_grade g;
    memset(&g, 0, sizeof g);
    CHECK(cs_engine_grade(e, &g) == 0);
    const char *got = NULL;
    for (size_t i = 0; i < g.n_items; i++)
        if (strcmp(g.items[i].id, "a") == 0) got = g.items[i].reason;
    CHECK_MSG(got && strcmp(got, want) == 0, "step got '%s', expected '%s'", got ? got : "(nothing)", want);
    cs_grade_free(&g);
    cs_engine_free(e);
}

static const char *const FILLER = "先生，电话还在接通中，请您再稍等一下。";
static const char *const FAILED = "非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？";
static const char *const ANSWER = "非常抱歉，刚才没有转接成功，我先帮您记录下来。";

/* A filler typed into the ring-out is no answer to 没转过去吗？: the reply typed after it is. */
static void test_filler_in_silence_is_not_the_answer(void)
{
    cs_engine *e = start("    call.say('喂？没转过去吗？')\n    local r = call.reply { timeout = 20 }");
    if (!e) { CHECK(0); return; }
    say(e, FILLER, 5000);
    cs_engine_advance(e, 25000);
    say(e, ANSWER, 25000);
    char want[512];
    snprintf(want, sizeof want, "text|%s|false", ANSWER);
    check_step_got(e, want);
}

/* The expected phrase typed into the ring-out is the step, said a turn ahead. */
static void test_expected_phrase_in_silence_counts(void)
{
    cs_engine *e = start("    call.say('喂？没转过去吗？')\n    local r = call.reply { expect = 'transfer_failed', timeout = 20 }");
    if (!e) { CHECK(0); return; }
    say(e, FAILED, 5000);
    char want[512];
    snprintf(want, sizeof want, "text|%s|true", FAILED);
    check_step_got(e, want);
}

/* call.wait returns every reply as it came, marked. */
static void test_wait_returns_it_marked(void)
{
    cs_engine *e = start("    call.say('喂？没转过去吗？')\n    local r = call.wait { timeout = 20 }");
    if (!e) { CHECK(0); return; }
    say(e, FILLER, 5000);
    char want[512];
    snprintf(want, sizeof want, "text|%s|true", FILLER);
    check_step_got(e, want);
}

/* No caller line after the silence: nothing was asked after it, the reply is read as before. */
static void test_no_question_after_it_reads_as_before(void)
{
    cs_engine *e = start("    local r = call.reply { timeout = 20 }");
    if (!e) { CHECK(0); return; }
    say(e, FILLER, 5000);
    char want[512];
    snprintf(want, sizeof want, "text|%s|false", FILLER);
    check_step_got(e, want);
}

/* Typed while the caller speaks (not a silence): read by the next wait, as before. */
static void test_reply_during_a_line_reads_as_before(void)
{
    cs_engine *e = start("    call.say('喂？怎么还是你？你们技术部到底有没有人？我等了好久了。')\n"
                         "    local r = call.reply { timeout = 20 }");
    if (!e) { CHECK(0); return; }
    cs_engine_advance(e, 11500);
    say(e, FILLER, 11500);
    char want[512];
    snprintf(want, sizeof want, "text|%s|false", FILLER);
    check_step_got(e, want);
}

static void run_all(void)
{
    RUN(test_filler_in_silence_is_not_the_answer);
    RUN(test_expected_phrase_in_silence_counts);
    RUN(test_wait_returns_it_marked);
    RUN(test_no_question_after_it_reads_as_before);
    RUN(test_reply_during_a_line_reads_as_before);
}

TEST_MAIN(
    fixture_run(argv[0], "silence", &bank, path, sizeof path, run_all);
)
