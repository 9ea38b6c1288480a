/* Unit tests of hot reload that keeps the trainee's place (session_resume_from): the trainee's
 * actions are replayed on the edited script up to the moment of the reload, the call goes on from
 * there, and an edit the actions no longer fit resumes from the last one that still does. No display:
 * the session runs with no store, audio or voice, its engine on explicit times. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "call_session.h"
#include "harness.h"
#include "paths.h"

static cs_phrase_bank *bank;
static char path[64];

static const char head[] =
    "return { id = 'resume', title = 't', level = 5, area = 'service', caller = { name = 'n' },\n"
    "  rubric = { { id = 'answer', max = 100, rule = 'answer' } },\n"
    "  run = function(call)\n"
    "    if not call.ring() then return end\n";

static void write_scenario(const char *body)
{
    FILE *f = fopen(path, "w");
    fprintf(f, "%s%s  end }\n", head, body);
    fclose(f);
}

static call_session *open_session(void)
{
    char err[512];
    session_config sc = { path, 1, CS_MODE_PRACTICE, bank, NULL, NULL, NULL, 0 };
    call_session *s = session_new(&sc, err, sizeof err);
    if (!s) fprintf(stderr, "%s\n", err);
    return s;
}

static void act(cs_engine *e, cs_input_kind kind, const char *text, int64_t t)
{
    cs_input in = { kind, text, 0, t, t };
    cs_engine_advance(e, t);
    cs_engine_input(e, &in);
}

/* An old call: answered at 2 s, "甲" at 8 s, "乙" at 15 s, reloaded at 20 s. */
static call_session *old_call(void)
{
    write_scenario("    call.say('一')\n    call.reply { timeout = 60 }\n    call.say('二')\n"
                   "    call.reply { timeout = 60 }\n    call.say('三')\n    call.reply { timeout = 60 }\n"
                   "    call.hangup('x')\n");
    call_session *old = open_session();
    cs_engine *e = session_engine(old);
    cs_engine_start(e, 0);
    act(e, CS_IN_ANSWER, NULL, 2000);
    act(e, CS_IN_TEXT, "甲", 8000);
    act(e, CS_IN_TEXT, "乙", 15000);
    cs_engine_advance(e, 20000);
    return old;
}

static int log_has(const cs_engine *e, cs_event_kind kind, const char *text)
{
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == kind && log->ev[i].text && strstr(log->ev[i].text, text)) return 1;
    return 0;
}

static void test_resumes_at_the_same_moment(void)
{
    call_session *old = old_call();
    /* the trainer edits the third line */
    write_scenario("    call.say('一')\n    call.reply { timeout = 60 }\n    call.say('二')\n"
                   "    call.reply { timeout = 60 }\n    call.say('叁（改过）')\n    call.reply { timeout = 60 }\n"
                   "    call.hangup('x')\n");
    call_session *s = open_session();
    char where[300] = "";
    CHECK_INT(session_resume_from(s, old, where, sizeof where), 3);
    cs_engine *e = session_engine(s);
    CHECK_INT(cs_engine_now(e), 20000);
    CHECK(cs_engine_phase(e) == CS_PHASE_TALKING);
    CHECK(log_has(e, CS_EV_TRAINEE_SAY, "甲") && log_has(e, CS_EV_TRAINEE_SAY, "乙"));
    CHECK(log_has(e, CS_EV_CALLER_SAY, "叁（改过）"));
    CHECK_MSG(strstr(where, "00:20") != NULL, "where: %s", where);
    CHECK(log_has(e, CS_EV_NOTE, "00:20"));
    CHECK(cs_engine_waiting(e)); /* the edited script waits for the third reply, as the old one did */
    session_free(s);
    session_free(old);
}

static void test_edit_that_no_longer_fits_resumes_where_it_still_matched(void)
{
    call_session *old = old_call();
    /* the edited call ends after the first reply: the second action ("乙") no longer fits */
    write_scenario("    call.say('一')\n    call.reply { timeout = 60 }\n    call.hangup('早挂')\n");
    call_session *s = open_session();
    char where[300] = "";
    CHECK_INT(session_resume_from(s, old, where, sizeof where), 2);
    cs_engine *e = session_engine(s);
    CHECK(log_has(e, CS_EV_TRAINEE_SAY, "甲"));
    CHECK(!log_has(e, CS_EV_TRAINEE_SAY, "乙"));
    CHECK_MSG(strstr(where, "3") != NULL && strstr(where, "00:15") != NULL, "where: %s", where);
    session_free(s);
    session_free(old);
}

static void test_nothing_to_replay_before_the_answer(void)
{
    write_scenario("    call.say('一')\n    call.hangup('x')\n");
    call_session *old = open_session();
    cs_engine_start(session_engine(old), 0);
    cs_engine_advance(session_engine(old), 3000); /* still ringing: nothing the trainee did */
    call_session *s = open_session();
    char where[300] = "";
    CHECK_INT(session_resume_from(s, old, where, sizeof where), 0);
    CHECK(cs_engine_phase(session_engine(s)) == CS_PHASE_READY);
    session_free(s);
    session_free(old);
}

/* A reply typed past a wait's timeout, as the window plays it: keystrokes each second from 3 s, so
 * the 6 s wait never times out, Enter at 15 s. The reload replays that reply from its logged first
 * keystroke to its Enter (the window's keystrokes are not logged): the same story, no timeout and
 * no 喂？ the live call never had. */
static void test_reply_typed_past_the_timeout_replays_the_same(void)
{
    write_scenario("    call.say('一')\n    local r = call.reply { timeout = 6 }\n"
                   "    if r.kind == 'timeout' then call.say('喂？') call.reply { timeout = 60 } end\n"
                   "    call.say('二')\n    call.reply { timeout = 60 }\n    call.hangup('x')\n");
    call_session *old = open_session();
    cs_engine *e = session_engine(old);
    cs_engine_start(e, 0);
    act(e, CS_IN_ANSWER, NULL, 2000);
    for (int64_t k = 3000; k < 15000; k += 1000) {
        cs_engine_advance(e, k);
        cs_engine_typing(e, k);
    }
    cs_input in = { CS_IN_TEXT, "您好，请问有什么可以帮您？", 0, 15000, 3000 };
    cs_engine_input(e, &in);
    cs_engine_advance(e, 20000);
    CHECK(!log_has(e, CS_EV_CALLER_SAY, "喂") && log_has(e, CS_EV_CALLER_SAY, "二"));

    call_session *s = open_session();
    char where[300] = "";
    CHECK_INT(session_resume_from(s, old, where, sizeof where), 2);
    cs_engine *r = session_engine(s);
    CHECK_MSG(!log_has(r, CS_EV_CALLER_SAY, "喂"), "the replay timed out: %s", where);
    CHECK(log_has(r, CS_EV_CALLER_SAY, "二"));
    session_free(s);
    session_free(old);
}

TEST_MAIN(
    cs_paths_init(argv[0]);
    char dir[4096], err[512];
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    snprintf(path, sizeof path, "/tmp/callsim-resume-%d.lua", (int)getpid());
    if (bank) {
        RUN(test_resumes_at_the_same_moment);
        RUN(test_edit_that_no_longer_fits_resumes_where_it_still_matched);
        RUN(test_nothing_to_replay_before_the_answer);
        RUN(test_reply_typed_past_the_timeout_replays_the_same);
    } else {
        CHECK_MSG(0, "%s", err);
    }
    unlink(path);
    cs_bank_free(bank);
)
