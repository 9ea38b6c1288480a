/* Unit tests of the beat the caller leaves for the rest of a phrase (call.more in lua/callsim.lua,
 * issue #11 item 6): after a reply that is only part of a phrase the caller waits a few seconds
 * for the rest, but a ticket filed meanwhile, or a message that is another step (a phrase of
 * another category on its own, no part of this one), ends that wait: the caller answers the part first, and the later message is the reply to what
 * the caller says next (never joined into the phrase, never lost). The phrase finished in the next
 * message is still read as one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "engine_fixture.h"

static cs_phrase_bank *bank;
static char path[64];

/* The caller waits for the 2.9 apology, reads the rest of a partial one (call.more), says OK or
 * NUDGE, then says what the next reply was (GOT:<text> or GOT:timeout). */
static cs_engine *start_cat(const char *cat)
{
    FILE *f = fopen(path, "w");
    fprintf(f, "return { id = 'pb', title = 't', level = 5, area = 'service',\n"
               "  caller = { name = '王女士' },\n"
               "  rubric = { { id = 'answer', max = 100, rule = 'answer' } },\n"
               "  run = function(call)\n    if not call.ring() then return end\n"
               "    local r = call.reply { expect = '%s', timeout = 30 }\n"
               "    r = call.more(r, 5, '%s')\n"
               "    call.say(r.kind == 'text' and r.match and 'OK' or 'NUDGE')\n"
               "    local r2 = call.reply { timeout = 30 }\n"
               "    call.say('GOT:' .. (r2.kind == 'text' and r2.text or r2.kind))\n"
               "    call.hangup('x')\n  end }\n", cat, cat);
    fclose(f);
    return fixture_answered(path, bank);
}

static cs_engine *start(void) { return start_cat("bad_attitude"); }

static void say(cs_engine *e, int64_t typing, int64_t t, const char *text)
{
    cs_input in = { CS_IN_TEXT, text, 0, t, typing };
    cs_engine_input(e, &in);
}

/* The caller's lines in order, joined by '|'. */
static void caller_lines(const cs_engine *e, char *out, size_t n)
{
    const cs_call_log *log = cs_engine_log(e);
    out[0] = 0;
    for (size_t i = 0; i < log->n; i++) {
        if (log->ev[i].kind != CS_EV_CALLER_SAY || !log->ev[i].text) continue;
        size_t len = strlen(out);
        snprintf(out + len, n - len, "%s%s", len ? "|" : "", log->ev[i].text);
    }
}

static const char PART[] = "女士，非常抱歉，给您带来了不便。";
static const char REST[] = "我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！";
static const char OTHER[] = "请您稍等，我帮您查询一下好吗？";

static void test_ticket_ends_the_wait_for_the_rest(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    say(e, 1000, 5000, PART);
    cs_input ticket = { CS_IN_TICKET, "内容=客户投诉客服态度", 0, 7000, 6000 };
    cs_engine_input(e, &ticket);
    /* sent at 9 s, inside the 5 s beat the ticket used to restart */
    say(e, 8000, 9000, REST);
    cs_engine_advance(e, 120000);
    char lines[1024];
    caller_lines(e, lines, sizeof lines);
    CHECK_MSG(strstr(lines, "NUDGE|GOT:我们会在以后") != NULL, "caller said: %s", lines);
    cs_engine_free(e);
}

static void test_a_message_for_another_turn_is_not_joined(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    say(e, 1000, 5000, PART);
    say(e, 6000, 9000, OTHER);  /* inside the beat: the next step (1.2), no part of 2.9 */
    cs_engine_advance(e, 120000);
    char lines[1024];
    caller_lines(e, lines, sizeof lines);
    CHECK_MSG(strstr(lines, "NUDGE|GOT:请您稍等") != NULL, "caller said: %s", lines);
    cs_engine_free(e);
}

static void test_the_rest_of_the_phrase_is_still_joined(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    say(e, 1000, 5000, PART);
    say(e, 6000, 9000, REST);
    cs_engine_advance(e, 120000);
    char lines[1024];
    caller_lines(e, lines, sizeof lines);
    CHECK_MSG(strstr(lines, "OK|GOT:timeout") != NULL, "caller said: %s", lines);
    cs_engine_free(e);
}

/* An excuse rude on its own (a 禁忌语) is no start of 2.15 the next message could finish: the
 * caller answers it at once, and the apology after it answers the caller's next line. */
static void test_a_rude_start_is_not_joined(void)
{
    cs_engine *e = start_cat("hard_to_reach");
    if (!e) { CHECK(0); return; }
    say(e, 1000, 5000, "打不进来是因为您打的时间不对，高峰期谁都打不进来。");
    say(e, 6000, 9000, "非常抱歉，给您造成的不便，我们深表歉意！");
    cs_engine_advance(e, 120000);
    char lines[1024];
    caller_lines(e, lines, sizeof lines);
    CHECK_MSG(strstr(lines, "NUDGE|GOT:非常抱歉") != NULL, "caller said: %s", lines);
    cs_engine_free(e);
}

/* Two long messages inside the beat (1,200 characters each, under the 2,000 of a reply): the pair
 * is longer than any reply the phrase questions read (sim/core/text_gate.h CS_TEXT_MAX_CHARS), so
 * it is not joined: the caller answers the first, the second is the reply to its next line. It
 * used to stop the scenario with an error (call.says: text longer than 2000 characters), a call
 * the trainee could end by typing. */
static void test_a_pair_too_long_to_read_is_not_joined(void)
{
    cs_engine *e = start();
    if (!e) { CHECK(0); return; }
    char first[4000] = "", second[4000] = "";
    for (int i = 0; i < 400; i++) strcat(first, "不好意");   /* 1,200 characters */
    for (int i = 0; i < 400; i++) strcat(second, "给您带");
    say(e, 1000, 5000, first);
    say(e, 6000, 9000, second);
    cs_engine_advance(e, 600000);
    const char *se = cs_engine_script_error(e);
    CHECK_MSG(se == NULL, "script error: %s", se ? se : "");
    char lines[8192];
    caller_lines(e, lines, sizeof lines);
    CHECK_MSG(strstr(lines, "NUDGE|GOT:给您带给您带") != NULL, "caller said: %.200s", lines);
    cs_engine_free(e);
}

/* Two short messages, the second no part of the phrase (a question of its own, sent inside the
 * beat): two messages, each judged (issue #11 item 6). The caller answers the partial apology first
 * and the question is the reply to the caller's next line; it used to be joined to the apology, and
 * the caller's nudge came after both as if the trainee had said nothing more. */
static void test_a_message_adding_nothing_to_the_phrase_is_not_joined(void)
{
    static const char *const seconds[] = { "您是在哪个营业厅办的业务？", "您还记得是几号那天打的电话吗？",
                                          "我先帮您查一下记录。" };
    for (size_t i = 0; i < sizeof seconds / sizeof seconds[0]; i++) {
        cs_engine *e = start();
        if (!e) { CHECK(0); return; }
        say(e, 1000, 5000, PART);
        say(e, 6000, 8000, seconds[i]);
        cs_engine_advance(e, 120000);
        char lines[1024], want[256];
        caller_lines(e, lines, sizeof lines);
        snprintf(want, sizeof want, "NUDGE|GOT:%s", seconds[i]);
        CHECK_MSG(strstr(lines, want) != NULL, "caller said: %s", lines);
        cs_engine_free(e);
    }
}

/* A filler between the parts (好的。) still joins: the rest after it finishes the phrase. */
static void test_a_filler_between_the_parts_still_joins(void)
{
    cs_engine *e = start_cat("closing");
    if (!e) { CHECK(0); return; }
    say(e, 1000, 5000, "感谢您的来电。");
    say(e, 1000, 7000, "好的。");
    cs_engine_advance(e, 120000);
    char lines[1024];
    caller_lines(e, lines, sizeof lines);
    CHECK_MSG(strstr(lines, "GOT:好的") == NULL, "caller said: %s", lines);
    cs_engine_free(e);
}

static void run_all(void)
{
    RUN(test_a_message_adding_nothing_to_the_phrase_is_not_joined);
    RUN(test_a_filler_between_the_parts_still_joins);
    RUN(test_ticket_ends_the_wait_for_the_rest);
    RUN(test_a_message_for_another_turn_is_not_joined);
    RUN(test_the_rest_of_the_phrase_is_still_joined);
    RUN(test_a_rude_start_is_not_joined);
    RUN(test_a_pair_too_long_to_read_is_not_joined);
}

TEST_MAIN(
    fixture_run(argv[0], "beat", &bank, path, sizeof path, run_all);
)
