/* Unit tests of the call engine on a virtual clock: ringing, speaking times, waits and timeouts,
 * queued actions, hold, hang-up, patience, choices, seeded variation, marks and script errors. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "harness.h"
#include "engine.h"
#include "headless.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"

static cs_phrase_bank *bank;
static char scen_path[256];

static const char *head =
    "return { id = 't', title = 'T', level = 5, area = 'service',\n"
    "  caller = { name = '张先生', patience = %d, give_up = '算了！' },\n"
    "  rubric = { { id = 'opening', max = 50, rule = 'opening' }, { id = 'x', max = 50, clause = 'c' } },\n"
    "  run = function(call)\n%s\n  end }\n";

/* Writes a scenario whose run() body is body, loads it, plays replies; returns the engine. */
static cs_engine *play(int patience, const char *body, const char *replies, uint64_t seed)
{
    FILE *f = fopen(scen_path, "w");
    fprintf(f, head, patience, body);
    fclose(f);
    char err[512] = "";
    cs_engine_config cfg = { .scenario_path = scen_path, .seed = seed, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    CHECK_MSG(e != NULL, "load failed: %s", err);
    if (!e) return NULL;
    cs_replies r;
    CHECK_INT(cs_replies_parse("r", replies, strlen(replies), &r, err, sizeof err), 0);
    cs_headless_result res;
    cs_headless_play(e, &r, &res);
    cs_replies_free(&r);
    return e;
}

static const cs_event *find(const cs_engine *e, cs_event_kind k, int nth)
{
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = 0; i < log->n; i++)
        if (log->ev[i].kind == k && nth-- == 0) return &log->ev[i];
    return NULL;
}

static int count(const cs_engine *e, cs_event_kind k)
{
    int n = 0;
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = 0; i < log->n; i++) n += log->ev[i].kind == k;
    return n;
}

static void test_never_answered(void)
{
    cs_engine *e = play(100, "call.say('你好')", "", 1);
    if (!e) return;
    CHECK_INT(cs_engine_phase(e), CS_PHASE_ENDED);
    CHECK_INT(count(e, CS_EV_RING), 8);
    CHECK_INT(count(e, CS_EV_CALLER_SAY), 0);
    const cs_event *h = find(e, CS_EV_CALLER_HANGUP, 0);
    CHECK(h && h->t_start_ms == 40000);
    cs_engine_free(e);
}

static void test_answer_and_timing(void)
{
    cs_engine *e = play(100,
        "local ok, rings = call.ring()\n"
        "score.award('x', rings, 'rings')\n"
        "call.say('你好，我的宽带坏了。')\n"
        "local r = call.wait{ expect = 'opening', timeout = 10 }\n"
        "if r.kind == 'text' and r.match then score.award('x', 40, 'ok') end\n"
        "call.hangup()",
        "@6 /answer\n@3 您好，我是客服小王，请问有什么可以帮您？\n", 1);
    if (!e) return;
    const cs_event *a = find(e, CS_EV_ANSWER, 0);
    CHECK(a && a->t_start_ms == 6000 && a->n == 2);
    const cs_event *s = find(e, CS_EV_CALLER_SAY, 0);
    CHECK(s && s->t_start_ms == 6000 && s->t_end_ms > s->t_start_ms);
    const cs_event *t = find(e, CS_EV_TRAINEE_SAY, 0);
    CHECK(t && s && t->t_start_ms == s->t_end_ms + 3000);
    CHECK(t && t->prompt_end_ms == s->t_end_ms);
    CHECK(t && t->expect && strcmp(t->expect, "opening") == 0);
    cs_grade g;
    CHECK_INT(cs_engine_grade(e, &g), 0);
    CHECK_NEAR(g.items[1].points, 42, 1e-9); /* 2 rings + 40 */
    CHECK_NEAR(g.items[0].points, 50, 1e-9);
    CHECK_NEAR(g.score, 92, 1e-9);
    CHECK(g.passed);
    cs_grade_free(&g);
    CHECK_STR(cs_engine_end_reason(e), "caller hung up");
    CHECK_INT(cs_engine_end_kind(e), CS_END_CALLER_HANGUP);
    cs_engine_free(e);
}

static void test_timeout_and_queue(void)
{
    cs_engine *e = play(100,
        "local r = call.wait{ timeout = 5 }\n"
        "score.award('x', r.kind == 'timeout' and 10 or 0, r.kind)\n"
        "call.silence(10)\n"
        "r = call.wait{ timeout = 30 }\n"
        "score.award('x', r.kind == 'text' and r.latency == 9 and 20 or 0, 'queued ' .. r.kind)\n"
        "call.hangup()",
        "@1 /answer\n@9 您好\n", 1);
    if (!e) return;
    const cs_event *to = find(e, CS_EV_TIMEOUT, 0);
    CHECK(to && to->t_start_ms == 6000);
    /* due 9 s after the answer, the reply fell in the silence and waited for the next wait */
    const cs_event *t = find(e, CS_EV_TRAINEE_SAY, 0);
    CHECK(t && t->t_start_ms == 10000);
    cs_grade g;
    cs_engine_grade(e, &g);
    CHECK_NEAR(g.items[1].points, 30, 1e-9);
    cs_grade_free(&g);
    cs_engine_free(e);
}

static void test_hangup_delivered_once(void)
{
    cs_engine *e = play(100,
        "local r = call.wait{ timeout = 20 }\n"
        "if r.kind == 'hangup' then score.award('x', 7, 'saw hangup') end\n"
        "call.say('还在吗？')\n"
        "score.award('x', 50, 'must not run')",
        "/answer\n/hangup\n", 1);
    if (!e) return;
    cs_grade g;
    cs_engine_grade(e, &g);
    CHECK_NEAR(g.items[1].points, 7, 1e-9);
    cs_grade_free(&g);
    CHECK_INT(count(e, CS_EV_CALLER_SAY), 0);
    CHECK_STR(cs_engine_end_reason(e), "trainee hung up");
    CHECK_INT(cs_engine_end_kind(e), CS_END_TRAINEE_HANGUP);
    cs_engine_free(e);
}

static void test_patience_runs_out(void)
{
    cs_engine *e = play(30,
        "while true do local r = call.reply{ timeout = 20 } end",
        "/answer\n你听不懂吗\n你听不懂吗\n", 1);
    if (!e) return;
    const cs_event *h = find(e, CS_EV_CALLER_HANGUP, 0);
    CHECK(h != NULL);
    CHECK_INT(cs_engine_patience(e), 0);
    const cs_event *g = find(e, CS_EV_CALLER_SAY, 0);
    CHECK(g && strcmp(g->text, "算了！") == 0);
    cs_engine_free(e);
}

static void test_choices_and_hold(void)
{
    cs_engine *e = play(100,
        "local i = call.choose{ '查询', '报修', correct = 2, timeout = 10 }\n"
        "score.award('x', i == 2 and 10 or 0, 'choice')\n"
        "local r = call.reply{ timeout = 10 }\n"
        "score.award('x', r.kind == 'text' and 10 or 0, 'after hold: ' .. r.kind)\n"
        "call.hangup()",
        "/answer\n#2\n/hold\n@90 /unhold\n@2 感谢您的耐心等待\n", 1);
    if (!e) return;
    const cs_event *c = find(e, CS_EV_CHOICE, 0);
    CHECK(c && c->n == 2 && strcmp(c->text, "报修") == 0);
    CHECK_INT(count(e, CS_EV_TIMEOUT), 0); /* the wait does not run out while the caller is on hold */
    cs_grade g;
    cs_engine_grade(e, &g);
    CHECK_NEAR(g.items[1].points, 20, 1e-9);
    cs_grade_free(&g);
    cs_engine_free(e);
}

static double seeded_points(uint64_t seed)
{
    cs_engine *e = play(100, "score.award('x', call.random(1, 50), 'r') call.hangup()", "/answer\n", seed);
    if (!e) return -1;
    cs_grade g;
    cs_engine_grade(e, &g);
    double p = g.items[1].points;
    cs_grade_free(&g);
    cs_engine_free(e);
    return p;
}

static void test_seeded(void)
{
    double first = seeded_points(7);
    CHECK_NEAR(seeded_points(7), first, 1e-9); /* an exam paper replays identically */
    int differs = 0;
    for (uint64_t s = 8; s < 14; s++) differs |= seeded_points(s) != first;
    CHECK(differs);
}

static void test_script_errors(void)
{
    cs_engine *e = play(100, "score.award('nope', 5, 'x')", "/answer\n", 1);
    if (!e) return;
    const char *err = cs_engine_script_error(e);
    CHECK_MSG(err && strstr(err, ":5:") && strstr(err, "no rubric item 'nope'"), "%s", err ? err : "(none)");
    CHECK_INT(cs_engine_phase(e), CS_PHASE_ENDED);
    CHECK_INT(cs_engine_end_kind(e), CS_END_SCRIPT_ERROR);
    cs_engine_free(e);
    e = play(100, "call.wait{ expect = 'greeting_xx' }", "/answer\n", 1);
    if (!e) return;
    err = cs_engine_script_error(e);
    CHECK_MSG(err && strstr(err, "unknown phrase category 'greeting_xx'"), "%s", err ? err : "(none)");
    cs_engine_free(e);
}

static void test_post_phase_and_cap(void)
{
    /* run() returns: the trainee may still close and hang up */
    cs_engine *e = play(100, "call.say('好的，谢谢')", "/answer\n感谢您的来电，再见\n/hangup\n", 1);
    if (!e) return;
    CHECK_STR(cs_engine_end_reason(e), "trainee hung up");
    cs_engine_free(e);
    /* a script that waits forever still ends at the 30-minute cap */
    e = play(100, "while true do call.wait{ timeout = 600 } end", "/answer\n", 1);
    if (!e) return;
    CHECK(cs_engine_now(e) <= 30 * 60 * 1000 + 1);
    CHECK_INT(cs_engine_phase(e), CS_PHASE_ENDED);
    cs_engine_free(e);
}

/* Scenario with an on_end hook that records how the call ended (item x gets points by case). */
static cs_engine *play_on_end(const char *caller_extra, const char *body, const char *replies)
{
    FILE *f = fopen(scen_path, "w");
    fprintf(f,
        "return { id = 't', title = 'T', level = 5, area = 'service',\n"
        "  caller = { name = 'x', give_up = '算了！' %s },\n"
        "  rubric = { { id = 'x', max = 100, clause = 'c' } },\n"
        "  on_end = function(call, how) score.note('x', 'ended: ' .. how)\n"
        "    local pts = { trainee_hangup = 1, caller_gave_up = 2, hold_too_long = 3, not_answered = 4, time_limit = 5 }\n"
        "    score.award('x', pts[how] or 9, how) end,\n"
        "  run = function(call)\n%s\n  end }\n", caller_extra, body);
    fclose(f);
    char err[512] = "";
    cs_engine_config cfg = { .scenario_path = scen_path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    CHECK_MSG(e != NULL, "load failed: %s", err);
    if (!e) return NULL;
    cs_replies r;
    CHECK_INT(cs_replies_parse("r", replies, strlen(replies), &r, err, sizeof err), 0);
    cs_headless_result res;
    cs_headless_play(e, &r, &res);
    cs_replies_free(&r);
    return e;
}

static double item_points(cs_engine *e)
{
    cs_grade g;
    cs_engine_grade(e, &g);
    double p = g.items[0].points;
    cs_grade_free(&g);
    return p;
}

static void test_on_end(void)
{
    cs_engine *e = play_on_end("", "call.wait{ timeout = 20 }", "");
    if (!e) return;
    CHECK_NEAR(item_points(e), 4, 1e-9); /* never answered */
    cs_engine_free(e);
    e = play_on_end(", max_hold = 30", "call.reply{ timeout = 20 }", "/answer\n/hold\n");
    if (!e) return;
    CHECK_NEAR(item_points(e), 3, 1e-9); /* left on hold past max_hold */
    const cs_event *h = find(e, CS_EV_CALLER_HANGUP, 0);
    CHECK(h && h->t_start_ms == 2000 + 2000 + 30000);
    cs_engine_free(e);
    e = play_on_end(", patience = 20", "while true do call.reply{ timeout = 20 } call.say('你说什么？') end",
                    "/answer\n你听不懂吗\n");
    if (!e) return;
    CHECK_NEAR(item_points(e), 2, 1e-9); /* gave up */
    cs_engine_free(e);
}

static void test_give_up_after_current_line(void)
{
    cs_engine *e = play_on_end(", patience = 30",
        "call.mood(-30) call.say('我已经打了好几次电话了，你们到底管不管？')", "/answer\n");
    if (!e) return;
    const cs_event *line = find(e, CS_EV_CALLER_SAY, 0);
    const cs_event *give = find(e, CS_EV_CALLER_SAY, 1);
    CHECK(line && give && give->t_start_ms >= line->t_end_ms);
    CHECK(give && strcmp(give->text, "算了！") == 0);
    cs_engine_free(e);
}

static void test_hangup_mid_line_reaches_script(void)
{
    /* a window trainee can hang up while the caller speaks: drive the engine by hand */
    FILE *f = fopen(scen_path, "w");
    fprintf(f, head, 100,
            "call.say('这是一句很长很长的话，我要说很久很久才能说完，请你耐心听我说完好吗')\n"
            "local r = call.wait{ timeout = 10 }\n"
            "score.award('x', r.kind == 'hangup' and 11 or 0, r.kind)\n"
            "call.say('喂？')\n"
            "score.award('x', 30, 'must not run')");
    fclose(f);
    char err[512] = "";
    cs_engine_config cfg = { .scenario_path = scen_path, .seed = 1, .mode = CS_MODE_PRACTICE, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    if (!e) { CHECK_MSG(0, "%s", err); return; }
    cs_engine_start(e, 0);
    cs_input answer = { CS_IN_ANSWER, NULL, 0, 1500, -1 };
    CHECK_INT(cs_engine_input(e, &answer), 0);
    cs_engine_advance(e, 3000);
    cs_input hang = { CS_IN_HANGUP, NULL, 0, 3000, -1 };
    CHECK_INT(cs_engine_input(e, &hang), 0);
    CHECK_INT(cs_engine_phase(e), CS_PHASE_ENDED);
    cs_grade g;
    cs_engine_grade(e, &g);
    CHECK_NEAR(g.items[1].points, 11, 1e-9);
    cs_grade_free(&g);
    CHECK_STR(cs_engine_end_reason(e), "trainee hung up");
    cs_engine_free(e);
}

/* Time always moves on a pause: 0.0001 s lasts CS_MIN_STEP_MS (100 ms); waits too. */
static void test_minimum_step(void)
{
    cs_engine *e = play(100, "call.silence(0.0001)\ncall.wait{ timeout = 1e-9 }\ncall.hangup()", "/answer\n", 1);
    if (!e) return;
    const cs_event *s = find(e, CS_EV_CALLER_SILENT, 0);
    const cs_event *t = find(e, CS_EV_TIMEOUT, 0);
    CHECK(s && s->t_end_ms - s->t_start_ms == 100);
    CHECK(s && t && t->t_start_ms - s->t_end_ms == 100);
    CHECK(cs_engine_script_error(e) == NULL);
    cs_engine_free(e);
}

/* Caps on events: per second of the call (script events) and per call (all). */
static void test_event_caps(void)
{
    cs_engine *e = play(100, "while true do score.note('x', 'again') end", "/answer\n", 1);
    if (!e) return;
    const char *err = cs_engine_script_error(e);
    CHECK_MSG(err && strstr(err, ":5:") && strstr(err, "in one second of the call"), "%s", err ? err : "(none)");
    CHECK(count(e, CS_EV_MARK) == 200);
    CHECK(cs_engine_runaway(e));
    cs_engine_free(e);
    e = play(100, "while true do call.wait{ timeout = 0.1 } end", "/answer\n", 1);
    if (!e) return;
    err = cs_engine_script_error(e);
    CHECK_MSG(err && strstr(err, ":5:") && strstr(err, "more than 5000 events"), "%s", err ? err : "(none)");
    CHECK(cs_engine_log(e)->n <= 5010);
    cs_engine_free(e);
}

/* Strings the engine keeps are copied while referenced; choices read once. */
static void test_kept_strings(void)
{
    cs_engine *e = play(100,
        "local o = setmetatable({}, { __index = function(t, k) if k == 'voice' then return ('en' .. '-us') end end })\n"
        "local n = 0\n"
        "local c = setmetatable({}, { __len = function() return 2 end, __index = function(t, k)\n"
        "  if type(k) ~= 'number' then return nil end\n"
        "  n = n + 1 if n <= 2 then return 'choice' .. tostring(k) end end })\n"
        "call.say('hello', o)\ncall.wait(c)\ncall.hangup()",
        "/answer\n#2\n", 1);
    if (!e) return;
    const cs_event *say = find(e, CS_EV_CALLER_SAY, 0);
    CHECK_MSG(say && say->style && strstr(say->style, "voice=en-us "), "%s", say && say->style ? say->style : "(none)");
    const cs_event *ch = find(e, CS_EV_CHOICE, 0);
    CHECK_MSG(ch && ch->text && strcmp(ch->text, "choice2") == 0, "%s", ch && ch->text ? ch->text : "(none)");
    cs_engine_free(e);
}

/* The rubric must add up to 100 at load (run, play, exam, explore), not only in lint; NaN fails. */
static void test_rubric_checked_at_load(void)
{
    static const char *const bad[] = {
        "return { id = 't', title = 'T', caller = { name = 'x' }, run = function() end,\n"
        "  rubric = { { id = 'a', max = 100, clause = 'c' }, { id = 'b', max = 100, clause = 'c' } } }\n",
        "return { id = 't', title = 'T', caller = { name = 'x' }, run = function() end,\n"
        "  rubric = { { id = 'a', max = 0/0, clause = 'c' } } }\n",
        "return { id = 't', title = 'T', caller = { name = 'x', patience = 0/0 }, run = function() end,\n"
        "  rubric = { { id = 'a', max = 100, clause = 'c' } } }\n",
    };
    static const char *const why[] = { "add up to 200, not 100", "field 'max' must be in", "field 'patience' must be in" };
    for (int i = 0; i < 3; i++) {
        FILE *f = fopen(scen_path, "w");
        fputs(bad[i], f);
        fclose(f);
        char err[512] = "";
        cs_engine_config cfg = { .scenario_path = scen_path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank };
        cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
        CHECK(e == NULL);
        cs_engine_free(e);
        CHECK_MSG(strstr(err, why[i]) && strstr(err, i == 2 ? ":1: " : ":2: "), "'%s'", err);
    }
}

TEST_MAIN(
    char dir[512], err[512];
    cs_paths_init(argv[0]);
    snprintf(scen_path, sizeof scen_path, "/tmp/callsim-test-engine-%d.lua", (int)getpid());
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    if (bank) {
        RUN(test_never_answered);
        RUN(test_answer_and_timing);
        RUN(test_timeout_and_queue);
        RUN(test_hangup_delivered_once);
        RUN(test_patience_runs_out);
        RUN(test_choices_and_hold);
        RUN(test_seeded);
        RUN(test_script_errors);
        RUN(test_post_phase_and_cap);
        RUN(test_on_end);
        RUN(test_give_up_after_current_line);
        RUN(test_hangup_mid_line_reaches_script);
        RUN(test_minimum_step);
        RUN(test_event_caps);
        RUN(test_kept_strings);
        RUN(test_rubric_checked_at_load);
        cs_bank_free(bank);
    }
    unlink(scen_path);
)
