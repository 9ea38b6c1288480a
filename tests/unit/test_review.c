/* The examiner panel's review of the grader's verdicts: a stored call read back and graded again
 * gives the stored grade; every reply that fails the call and every unsure phrase verdict is put
 * to the panel; an overrule counts in the score (an insult ruled not one lifts the auto-fail; a
 * phrase ruled said earns its item), a confirmation changes nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "harness.h"
#include "attempt_recorder.h"
#include "headless.h"
#include "paths.h"
#include "store_log.h"

static cs_phrase_bank *bank;
static char dir[64], db[128], scen[128];

static void listener(void *ud, const cs_call_log *log, size_t index) { cs_recorder_event(ud, log, index); }

/* Plays replies into a fresh database; returns the attempt id and the live grade's score. */
static int64_t play(const char *replies, double *score, int *failed)
{
    char err[512];
    unlink(db);
    cs_store *st = cs_store_open(db, err, sizeof err);
    CHECK_MSG(st != NULL, "%s", err);
    if (!st) return -1;
    cs_recorder *rec = NULL;
    cs_engine_config cfg = { .scenario_path = scen, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank,
                             .listener = { listener, NULL } };
    cs_attempt_info info = { 0, "t", scen, "headless", 1 };
    rec = cs_recorder_begin(st, &info, err, sizeof err);
    cfg.listener.ud = rec;
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    CHECK_MSG(e != NULL, "%s", err);
    cs_replies r;
    cs_replies_parse("r", replies, strlen(replies), &r, err, sizeof err);
    cs_headless_result res;
    cs_headless_play(e, &r, &res);
    cs_replies_free(&r);
    cs_grade g;
    cs_engine_grade(e, &g);
    *score = g.score;
    *failed = g.auto_failed;
    CHECK_INT(cs_recorder_finish(rec, e, &g, "{}", err, sizeof err), 0);
    int64_t id = cs_recorder_attempt(rec);
    cs_grade_free(&g);
    cs_recorder_free(rec);
    cs_engine_free(e);
    cs_store_close(st);
    return id;
}

static int regrade(int64_t id, const cs_review_decision *d, size_t n, cs_grade *g, cs_call_log *log)
{
    char err[512];
    cs_store *st = cs_store_open(db, err, sizeof err);
    if (!st) return -1;
    cs_log_init(log);
    int rc = cs_regrade_call(st, bank, id, scen, d, n, 1, log, g, err, sizeof err);
    CHECK_MSG(rc == 0, "%s", err);
    cs_store_close(st);
    return rc;
}

static void test_insult_goes_to_the_panel(void)
{
    double live;
    int failed;
    int64_t id = play("@1 /answer\n@2 您好，我是客服小王，请问有什么可以帮您？\n@3 你这个傻瓜\n@2 感谢您的来电，再见\n", &live, &failed);
    CHECK(failed);
    cs_grade g;
    cs_call_log log;
    if (regrade(id, NULL, 0, &g, &log) != 0) return;
    CHECK(g.auto_failed);
    CHECK_NEAR(g.score, live, 0.001);           /* the stored call grades as it did live */
    cs_review_item items[8];
    size_t n = cs_grade_review_items(&log, &g, items, 8), insult = (size_t)-1;
    for (size_t i = 0; i < n && i < 8; i++)
        if (items[i].kind == CS_REVIEW_FAILS) insult = items[i].event;
    CHECK_MSG(insult != (size_t)-1 && strcmp(log.ev[insult].text, "你这个傻瓜") == 0, "%zu items, none the insult", n);
    cs_grade_free(&g);
    cs_log_free(&log);
    if (insult == (size_t)-1) return;

    cs_review_decision confirm = { insult, CS_REVIEW_FAILS, 0 }, overrule = { insult, CS_REVIEW_FAILS, 1 };
    regrade(id, &confirm, 1, &g, &log);
    CHECK(g.auto_failed && g.score == 0);       /* confirmed: the call fails as graded */
    cs_grade_free(&g);
    cs_log_free(&log);
    regrade(id, &overrule, 1, &g, &log);
    CHECK(!g.auto_failed);
    CHECK_MSG(g.score > 0, "overruled insult still scores %g", g.score);
    CHECK(g.turns[insult].overruled & CS_REVIEW_FAILS);
    cs_grade_free(&g);
    cs_log_free(&log);
}

static void test_phrase_overrule_counts(void)
{
    double live;
    int failed;
    /* not the opening by the grader: no greeting, no self-introduction */
    int64_t id = play("@1 /answer\n@2 有什么事\n@2 感谢您的来电，再见\n", &live, &failed);
    cs_grade g;
    cs_call_log log;
    if (regrade(id, NULL, 0, &g, &log) != 0) return;
    size_t at = (size_t)-1;
    for (size_t i = 0; i < log.n; i++)
        if (log.ev[i].kind == CS_EV_TRAINEE_SAY && log.ev[i].expect && !strcmp(log.ev[i].expect, "opening")) at = i;
    CHECK(at != (size_t)-1);
    double before = g.items[0].points;
    CHECK_NEAR(before, 0, 0.001);
    cs_grade_free(&g);
    cs_log_free(&log);
    if (at == (size_t)-1) return;
    cs_review_decision d = { at, CS_REVIEW_PHRASE, 1 };
    regrade(id, &d, 1, &g, &log);
    CHECK_MSG(g.items[0].points > 0, "opening item %g after the panel ruled it said", g.items[0].points);
    CHECK(g.turns[at].verdict == 1);
    cs_grade_free(&g);
    cs_log_free(&log);
}

TEST_MAIN(
    char adir[512], err[512];
    cs_paths_init(argv[0]);
    bank = cs_bank_load(cs_data_path("assets", adir, sizeof adir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    snprintf(dir, sizeof dir, "/tmp/callsim-review.XXXXXX");
    if (bank && mkdtemp(dir)) {
        snprintf(db, sizeof db, "%s/r.db", dir);
        snprintf(scen, sizeof scen, "%s/s.lua", dir);
        FILE *f = fopen(scen, "w");
        fputs("return { id = 't', title = 'T', caller = {}, rubric = {\n"
              "  { id = 'opening', max = 40, rule = 'opening' }, { id = 'courtesy', max = 30, rule = 'courtesy' },\n"
              "  { id = 'closing', max = 30, rule = 'closing' } },\n"
              "  run = function(call)\n"
              "    local r = call.wait{ expect = 'opening', timeout = 10 }\n"
              "    call.say('我的宽带坏了')\n"
              "    r = call.reply{ timeout = 10 }\n"
              "    if call.retaliates(r) then score.fail('辱骂客户', '贵阳 §二(四) 4.2') call.hangup('客户挂机') return end\n"
              "    r = call.reply{ expect = 'closing', timeout = 10 }\n"
              "  end }\n", f);
        fclose(f);
        RUN(test_insult_goes_to_the_panel);
        RUN(test_phrase_overrule_counts);
        char cmd[200];
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        CHECK_INT(system(cmd), 0);
    }
    cs_bank_free(bank);
)
