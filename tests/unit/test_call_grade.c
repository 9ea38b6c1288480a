/* Unit tests of call grading: each rule on hand-made event logs, rubric arithmetic, auto-fail. */
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "call_grade.h"
#include "paths.h"
#include "phrase_bank.h"
#include "phrase_match.h"

static cs_phrase_bank *bank;

static void add(cs_call_log *log, cs_event_kind k, int64_t t, const char *text, const char *arg)
{
    cs_event ev = { .kind = k, .t_start_ms = t, .t_end_ms = t, .typing_start_ms = -1,
                    .prompt_end_ms = t - 2000, .text = (char *)text, .arg = (char *)arg };
    if (k == CS_EV_TRAINEE_SAY || k == CS_EV_TICKET) ev.typing_start_ms = t - 2000;
    cs_log_append(log, &ev);
}

static double grade_one(cs_call_log *log, const char *rule, const char *closing, cs_grade *g)
{
    cs_rubric_item it = { "item", "item", rule, NULL, 10, 0 };
    cs_rubric r = { &it, 1, closing, 10000, 0, NULL, 0, NULL };
    CHECK_INT(cs_grade_call(bank, log, &r, g), 0);
    return g->items[0].points;
}

static double points(cs_call_log *log, const char *rule)
{
    cs_grade g;
    double p = grade_one(log, rule, NULL, &g);
    cs_grade_free(&g);
    return p;
}

static void test_answer(void)
{
    cs_call_log log;
    cs_log_init(&log);
    CHECK_NEAR(points(&log, "answer"), 0, 1e-9);
    cs_event a = { .kind = CS_EV_ANSWER, .n = 3, .typing_start_ms = -1, .prompt_end_ms = 0 };
    cs_log_append(&log, &a);
    CHECK_NEAR(points(&log, "answer"), 10, 1e-9);
    log.ev[0].n = 5;
    CHECK_NEAR(points(&log, "answer"), 5, 1e-9);
    log.ev[0].n = 6;
    CHECK_NEAR(points(&log, "answer"), 0, 1e-9);
    cs_log_free(&log);
}

static void test_opening_closing(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "喂，你找谁", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 9000, "感谢您的来电，祝您愉快，再见！", NULL);
    CHECK_NEAR(points(&log, "opening"), 0, 1e-9);
    CHECK_NEAR(points(&log, "closing"), 10, 1e-9);
    cs_grade g;
    grade_one(&log, "opening", NULL, &g);
    CHECK_MSG(g.turns[0].deductions != NULL, "the turn that missed the opening carries the deduction");
    cs_grade_free(&g);
    free(log.ev[0].text);
    log.ev[0].text = strdup("女士您好，我是8号客服专员，请问有什么可以帮您？");
    CHECK_NEAR(points(&log, "opening"), 10, 1e-9);
    /* the closing category is the scenario's: a silent line closes with silent_close */
    CHECK_NEAR(grade_one(&log, "closing", "silent_close", &g), 0, 1e-9);
    cs_grade_free(&g);
    cs_log_free(&log);
}

static void test_courtesy_and_insult(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，请问有什么可以帮您", NULL);
    CHECK_NEAR(points(&log, "courtesy"), 10, 1e-9);
    add(&log, CS_EV_TRAINEE_SAY, 6000, "这个不归我们管", NULL);
    double p = points(&log, "courtesy");
    /* per reply with a forbidden expression: the first costs two thirds of the item */
    CHECK_NEAR(p, 10.0 / 3, 0.05);
    {
        cs_grade g1;
        grade_one(&log, "courtesy", NULL, &g1);
        CHECK_MSG(g1.turns[1].deductions && strstr(g1.turns[1].deductions, "不归我们管"), "the rude turn names its fault: %s",
                  g1.turns[1].deductions ? g1.turns[1].deductions : "(none)");
        CHECK(g1.items[0].reason && strstr(g1.items[0].reason, "1"));
        cs_grade_free(&g1);
    }
    add(&log, CS_EV_TRAINEE_SAY, 7000, "这不是我们的问题，是你手机的问题", NULL);
    CHECK_NEAR(points(&log, "courtesy"), 0, 1e-9);   /* a second such reply loses the item */
    log.n--;
    free(log.ev[log.n].text);
    add(&log, CS_EV_TRAINEE_SAY, 9000, "你有病吧，神经病", NULL);
    cs_grade g;
    CHECK_NEAR(grade_one(&log, "courtesy", NULL, &g), 0, 1e-9);
    CHECK(g.auto_failed);
    CHECK(!g.passed);
    CHECK_NEAR(g.score, 0, 1e-9);
    CHECK(g.fail_reason && strstr(g.fail_reason, "4.2"));
    cs_grade_free(&g);
    cs_log_free(&log);
}

/* A phrase said rudely does not earn the phrase item in full (half: the words were said, not as
 * prescribed; rude_phrase_is_one_fault below); an insult fails the call by the same judgement
 * grade-phrase taboo gives (cs_reply_taboo), never a weaker scan. */
static void test_rude_phrase_and_one_judgement(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "感谢您的来电，以后别为这点小事打过来了，再见", NULL);
    CHECK_NEAR(points(&log, "closing"), 5, 1e-9);
    CHECK_NEAR(points(&log, "phrase:closing"), 5, 1e-9);
    cs_log_free(&log);
    static const char *const texts[] = { "你有病吧", "你是不是傻", "说这么快，赶着去投胎啊", "你是哑巴吗？大声点", "您千万别做傻事" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        cs_log_init(&log);
        add(&log, CS_EV_TRAINEE_SAY, 3000, texts[i], NULL);
        cs_match m;
        CHECK_INT(cs_match_phrase(bank, "taboo", texts[i], &m), 0);
        cs_grade g;
        grade_one(&log, "courtesy", NULL, &g);
        CHECK_MSG(g.auto_failed == (m.match && m.insult), "%s: the call fails exactly when grade-phrase taboo says insult", texts[i]);
        cs_grade_free(&g);
        cs_log_free(&log);
    }
}

static void test_latency(void)
{
    cs_call_log log;
    cs_log_init(&log);
    CHECK_NEAR(points(&log, "latency"), 0, 1e-9);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好", NULL); /* 2 s after the prompt */
    CHECK_NEAR(points(&log, "latency"), 10, 1e-9);
    log.ev[0].prompt_end_ms = -20000;               /* 23 s */
    CHECK_NEAR(points(&log, "latency"), 7.5, 1e-9);
    add(&log, CS_EV_TIMEOUT, 40000, NULL, NULL);
    CHECK_NEAR(points(&log, "latency"), 5, 1e-9);
    cs_log_free(&log);
}

static void test_hold(void)
{
    cs_call_log log;
    cs_log_init(&log);
    CHECK_NEAR(points(&log, "hold"), 0, 1e-9);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "请您稍等，我帮您核实一下好吗", NULL);
    add(&log, CS_EV_HOLD, 4000, NULL, NULL);
    add(&log, CS_EV_UNHOLD, 30000, NULL, NULL);
    add(&log, CS_EV_TRAINEE_SAY, 31000, "感谢您的耐心等待", NULL);
    CHECK_NEAR(points(&log, "hold"), 10, 1e-9);
    log.ev[2].t_start_ms = 90000; /* 86 s on hold without checking back: the hold item is lost */
    cs_grade g;
    CHECK_NEAR(grade_one(&log, "hold", NULL, &g), 0, 1e-9);
    CHECK_MSG(strstr(g.items[0].reason, "86") && strstr(g.items[0].reason, "checking back"),
              "the reason names the long hold, not a phrase: %s", g.items[0].reason);
    CHECK_MSG(strstr(g.items[0].clause, "callsim") != NULL, "the 60 s limit is labelled a callsim rule: %s", g.items[0].clause);
    cs_grade_free(&g);
    log.ev[2].t_start_ms = 130000; /* 126 s: two check-backs missed (60 s, 120 s) */
    CHECK_NEAR(points(&log, "hold"), 0, 1e-9);
    log.ev[2].t_start_ms = 90000;
    free(log.ev[3].text);
    log.ev[3].text = strdup("好了");
    CHECK_NEAR(points(&log, "hold"), 0, 1e-9);
    /* the 等待后用语 in the reply after 好了 still fits the hold */
    log.ev[2].t_start_ms = 30000;
    add(&log, CS_EV_TRAINEE_SAY, 33000, "感谢您的耐心等待", NULL);
    CHECK_NEAR(points(&log, "hold"), 10, 1e-9);
    cs_log_free(&log);
}

/* A wait told to the caller before the hold (大约需要一分钟) and overrun past the 60 s check-back:
 * 1.2 was kept (she was told and thanked), only the training rule overrun: half per check-back
 * missed, not the whole item as for a hold left without a word (贵阳 §二(一) 1.2). */
static void test_hold_announced(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "请您稍等，这个要查两分钟左右，我帮您核实一下好吗", NULL);
    add(&log, CS_EV_HOLD, 4000, NULL, NULL);
    add(&log, CS_EV_UNHOLD, 72000, NULL, NULL);   /* 68 s */
    add(&log, CS_EV_TRAINEE_SAY, 73000, "感谢您的耐心等待", NULL);
    CHECK_NEAR(points(&log, "hold"), 5, 1e-9);
    /* the summary names that fault, a told wait overrun, not a hold left without a word (which costs the item) */
    cs_grade g;
    grade_one(&log, "hold", NULL, &g);
    CHECK_MSG(strstr(g.items[0].reason, "68 s") && strstr(g.items[0].reason, "the wait was told"),
              "the reason names the told wait overrun: %s", g.items[0].reason);
    cs_grade_free(&g);
    cs_rubric_item it = { "item", "item", "hold", NULL, 10, 0 };
    cs_rubric zh = { &it, 1, NULL, 10000, 1, NULL, 0, NULL };
    CHECK_INT(cs_grade_call(bank, &log, &zh, &g), 0);
    CHECK_MSG(strstr(g.items[0].reason, "已告知等待时长") && !strstr(g.items[0].reason, "中途没有回到通话"),
              "不说“中途没有回到通话”，说已告知的等待超时: %s", g.items[0].reason);
    /* fix17c: 68 s is within the two minutes told: only the 60 s check-back was missed, the told wait
     * was not exceeded (review17's finding on tidy17's summary) */
    CHECK_MSG(!strstr(g.items[0].reason, "超过告知的时长") && strstr(g.items[0].reason, "超过60秒"),
              "within the told wait, the 60 s check-back: %s", g.items[0].reason);
    CHECK_MSG(strstr(g.items[0].clause, "保持超过60秒") && !strstr(g.items[0].clause, "告知的等待时长已过"),
              "within the told wait, the 60 s rule's clause: %s", g.items[0].clause);
    cs_grade_free(&g);
    log.ev[2].t_start_ms = 140000;                /* 136 s: two check-backs missed, past the two minutes told */
    CHECK_NEAR(points(&log, "hold"), 0, 1e-9);
    CHECK_INT(cs_grade_call(bank, &log, &zh, &g), 0);
    CHECK_MSG(strstr(g.items[0].reason, "超过告知的时长"), "past the told wait: %s", g.items[0].reason);
    CHECK_MSG(strstr(g.items[0].clause, "告知的等待时长已过") && strstr(g.items[0].clause, "1.2"),
              "the clause is the told wait's: %s", g.items[0].clause);
    cs_grade_free(&g);
    /* 请您稍等 with no time told: left without a word, the item is lost */
    log.ev[2].t_start_ms = 72000;
    free(log.ev[0].text);
    log.ev[0].text = strdup("请您稍等，我帮您核实一下好吗");
    CHECK_NEAR(points(&log, "hold"), 0, 1e-9);
    CHECK_INT(cs_grade_call(bank, &log, &zh, &g), 0);
    CHECK_MSG(strstr(g.items[0].reason, "中途没有回到通话"), "untold, the hold was left without a word: %s", g.items[0].reason);
    cs_grade_free(&g);
    cs_log_free(&log);
}

static void test_phrase_action_sequence(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 8000, "您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 13000, "非常抱歉，听不见您的声音，无法为您服务，再见", NULL);
    CHECK_NEAR(points(&log, "phrase:silent_prompt"), 10, 1e-9);
    CHECK_NEAR(points(&log, "phrase:emotional"), 0, 1e-9);
    CHECK_NEAR(points(&log, "action:hangup"), 0, 1e-9);
    const char *seq = "sequence:silent_prompt,silent_prompt,silent_close,hangup";
    CHECK_NEAR(points(&log, seq), 7.5, 1e-9);
    add(&log, CS_EV_HANGUP, 14000, NULL, NULL);
    CHECK_NEAR(points(&log, seq), 10, 1e-9);
    CHECK_NEAR(points(&log, "action:hangup"), 10, 1e-9);
    add(&log, CS_EV_ESCALATE, 15000, NULL, "值班长");
    CHECK_NEAR(points(&log, "action:escalate"), 10, 1e-9);
    cs_log_free(&log);

    /* 贵阳 §二(一) 1.3 prints the protocol as one line: said so, it does all three phrase steps */
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好请讲、您好请讲，非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！", NULL);
    add(&log, CS_EV_HANGUP, 4000, NULL, NULL);
    CHECK_NEAR(points(&log, seq), 10, 1e-9);
    cs_log_free(&log);
    cs_log_init(&log); /* two prompts in one line, the close in another */
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，请讲，您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 5000, "非常抱歉，听不见您的声音，无法为您服务，再见", NULL);
    add(&log, CS_EV_HANGUP, 6000, NULL, NULL);
    CHECK_NEAR(points(&log, seq), 10, 1e-9);
    cs_log_free(&log);
    cs_log_init(&log); /* one prompt only: the second step is missing */
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 5000, "非常抱歉，听不见您的声音，无法为您服务，再见", NULL);
    add(&log, CS_EV_HANGUP, 6000, NULL, NULL);
    CHECK_NEAR(points(&log, seq), 2.5, 1e-9);
    cs_log_free(&log);
    /* §二(三) 6: a forbidden expression between two steps leaves the protocol done, not as
     * prescribed: half of what its steps earn, wherever it falls (it used to break the protocol
     * there: 2.5 here, 5 one step later); before the protocol, it costs only courtesy */
    const char *rude = "这不是我们的问题，是你手机的问题";
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 5000, rude, NULL);
    add(&log, CS_EV_TRAINEE_SAY, 7000, "您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 9000, "非常抱歉，听不见您的声音，无法为您服务，再见", NULL);
    add(&log, CS_EV_HANGUP, 10000, NULL, NULL);
    cs_grade g;
    CHECK_NEAR(grade_one(&log, seq, NULL, &g), 5, 1e-9);
    CHECK_MSG(strstr(g.items[0].clause, "(三) 6") != NULL, "cites 特殊处理 6: %s", g.items[0].clause);
    CHECK(g.turns[1].deductions != NULL);
    cs_grade_free(&g);
    cs_log_free(&log);
    cs_log_init(&log); /* the same line one step later costs the same */
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 5000, "您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 7000, rude, NULL);
    add(&log, CS_EV_TRAINEE_SAY, 9000, "非常抱歉，听不见您的声音，无法为您服务，再见", NULL);
    add(&log, CS_EV_HANGUP, 10000, NULL, NULL);
    CHECK_NEAR(grade_one(&log, seq, NULL, &g), 5, 1e-9);
    CHECK(g.turns[2].deductions != NULL);
    cs_grade_free(&g);
    cs_log_free(&log);
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 1000, rude, NULL);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，请讲，您好，请讲", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 5000, "非常抱歉，听不见您的声音，无法为您服务，再见", NULL);
    add(&log, CS_EV_HANGUP, 6000, NULL, NULL);
    CHECK_NEAR(points(&log, seq), 10, 1e-9);
    cs_log_free(&log);
}

static void test_opening_closing_where_they_fit(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 2000, "喂？", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您好，我是8号客服专员，请问有什么可以帮您？", NULL);
    add(&log, CS_EV_CALLER_SAY, 6000, "我想问一下宽带的事。", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 9000, "感谢您的来电，祝您愉快，再见！", NULL);
    add(&log, CS_EV_CALLER_SAY, 10000, "好的，再见。", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 11000, "再见", NULL);
    CHECK_NEAR(points(&log, "opening"), 10, 1e-9);  /* before the caller spoke */
    CHECK_NEAR(points(&log, "closing"), 10, 1e-9);  /* then only a farewell */
    free(log.ev[5].text);
    log.ev[5].text = strdup("对了，您的宽带账号我再帮您查一下套餐");
    CHECK_NEAR(points(&log, "closing"), 0, 1e-9);   /* new business after it: not the end */
    cs_log_free(&log);
    cs_log_init(&log);
    add(&log, CS_EV_CALLER_SAY, 2000, "喂？", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "喂", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 12000, "您好，我是8号客服专员，请问有什么可以帮您？", NULL);
    CHECK_NEAR(points(&log, "opening"), 0, 1e-9);   /* the caller spoke first: the first reply counts */
    /* 喂 and the opening typed right after it, no caller turn between, are one reply (a run) */
    log.ev[2].t_start_ms = log.ev[2].t_end_ms = 4000;
    log.ev[2].typing_start_ms = 3500;
    CHECK_NEAR(points(&log, "opening"), 10, 1e-9);
    cs_log_free(&log);
}

/* action:ticket checks the record against what the caller dictated (3.1 1.3.2): a phone number
 * written down wrong makes the ticket a record of someone else (the whole item), one left out
 * leaves the record half; no dictation, no check. */
static void test_ticket_record(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TICKET, 8000, NULL, "内容=副卡开通国际漫游");
    CHECK_NEAR(points(&log, "action:ticket"), 10, 1e-9);
    cs_log_free(&log);
    cs_log_init(&log);
    add(&log, CS_EV_DICTATE, 1000, "13800001234", "phone");
    add(&log, CS_EV_DICTATE, 2000, "王小明", "name");
    add(&log, CS_EV_TICKET, 8000, NULL, "phone=13800001234\nname=王小明");
    CHECK_NEAR(points(&log, "action:ticket"), 10, 1e-9);
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("phone=13800001243\nname=王小明");
    cs_grade g;
    CHECK_NEAR(grade_one(&log, "action:ticket", NULL, &g), 0, 1e-9);
    CHECK_MSG(strstr(g.items[0].reason, "phone") != NULL, "names the wrong field: %s", g.items[0].reason);
    CHECK_MSG(strstr(g.items[0].clause, "1.3.2") != NULL, "cites 1.3.2: %s", g.items[0].clause);
    CHECK(g.turns[2].deductions != NULL);
    cs_grade_free(&g);
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("phone=13800001234\nname=李大明");
    CHECK_NEAR(points(&log, "action:ticket"), 7.5, 1e-9);     /* one of two fields wrong, not a number */
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("name=王小明");
    CHECK_NEAR(points(&log, "action:ticket"), 5, 1e-9);       /* the number left out: the record half */
    cs_log_free(&log);
}

static void test_typing(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_DICTATE, 1000, "王小明", "name");
    add(&log, CS_EV_DICTATE, 3000, "13800001234", "phone");
    CHECK_NEAR(points(&log, "typing"), 0, 1e-9); /* no ticket */
    /* 14 characters in 2 s: fast; both fields exact */
    add(&log, CS_EV_TICKET, 8000, NULL, "name=王小明\nphone=13800001234");
    cs_grade g;
    CHECK_NEAR(grade_one(&log, "typing", NULL, &g), 10, 1e-9);
    CHECK(g.typing_cpm > 50);
    CHECK_NEAR(g.typing_accuracy, 1, 1e-9);
    cs_grade_free(&g);
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("name=王晓明\nphone=13800001234");
    log.ev[2].typing_start_ms = 8000 - 60000; /* a minute for 14 chars: slow */
    grade_one(&log, "typing", NULL, &g);
    CHECK(g.typing_accuracy < 0.95);
    CHECK(g.items[0].points < 5);
    cs_grade_free(&g);
    /* fast, and only one digit of the phone wrong: a wrong number is a wrong field (3.1 1.3.2) */
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("name=王小明\nphone=13800001235");
    log.ev[2].typing_start_ms = 8000 - 2000;
    grade_one(&log, "typing", NULL, &g);
    CHECK(g.typing_accuracy > 0.95);            /* character accuracy alone would pass it */
    CHECK_NEAR(g.items[0].points, 5, 1e-9);     /* speed only: the record is useless */
    CHECK_MSG(strstr(g.items[0].reason, "phone") != NULL, "names the wrong field: %s", g.items[0].reason);
    CHECK_MSG(strstr(g.items[0].clause, "1.3.2") != NULL, "cites 1.3.2: %s", g.items[0].clause);
    cs_grade_free(&g);
    /* the same number written with spaces is right */
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("name=王小明\nphone=138 0000 1234");
    CHECK_NEAR(points(&log, "typing"), 10, 1e-9);
    /* named in the trainee's words (电话 for phone): judged on what it says */
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("姓名=王小明\n电话=13800001234");
    CHECK_NEAR(points(&log, "typing"), 10, 1e-9);
    /* calls33: named in the trainee's words with one digit slipped: typed all the same, so the speed
     * counts it (3.1 1.3.1) and only the record half is lost (3.1 1.3.2), as with phone= */
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("姓名=王小明\n手机号码=13800007234");
    log.ev[2].t_start_ms = log.ev[2].t_end_ms = 20000;
    log.ev[2].typing_start_ms = 20000 - 14000;   /* 14 characters in 14 s: 60 a minute, 13 without the number */
    CHECK_NEAR(grade_one(&log, "typing", NULL, &g), 5, 1e-9);
    CHECK_MSG(strstr(g.items[0].reason, "phone") != NULL, "names the wrong field: %s", g.items[0].reason);
    CHECK_MSG(g.typing_cpm > 50, "%.1f: %s", g.typing_cpm, g.items[0].reason);
    cs_grade_free(&g);
    /* a value far from the number (a date typed under 备注) records no phone: the field left out */
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("姓名=王小明\n备注=2026年3月5日上门");
    CHECK_NEAR(grade_one(&log, "typing", NULL, &g), 0, 1e-9);   /* 3 characters in 14 s: slow too */
    CHECK(g.typing_cpm < 50);
    cs_grade_free(&g);
    cs_log_free(&log);
}

/* fix33d: the slipped value calls33 credits (ticket_value_near) is taken only under a field name for that field,
 * and one ticket value serves one dictated field, so the speed counts its characters once (3.1 1.3.1, 1.3.2). */
static void test_typing_near_named(void)
{
    cs_call_log log;
    cs_grade g;
    cs_log_init(&log);
    add(&log, CS_EV_DICTATE, 1000, "王小明", "name");
    add(&log, CS_EV_DICTATE, 3000, "13800001234", "phone");
    /* the slipped number typed under 备注 (a note, no name for a phone): no record of the phone, not typed for it */
    add(&log, CS_EV_TICKET, 20000, NULL, "姓名=王小明\n备注=13800007234");
    log.ev[2].typing_start_ms = 20000 - 14000;   /* 3 characters in 14 s without the number: slow */
    CHECK_NEAR(grade_one(&log, "typing", NULL, &g), 0, 1e-9);
    CHECK_MSG(g.typing_cpm < 50, "%.1f: %s", g.typing_cpm, g.items[0].reason);
    cs_grade_free(&g);
    /* the same under 联系电话 (the trainee's name for a phone): typed, only the record half lost */
    free(log.ev[2].arg);
    log.ev[2].arg = strdup("姓名=王小明\n联系电话=13800007234");
    CHECK_NEAR(grade_one(&log, "typing", NULL, &g), 5, 1e-9);
    CHECK_MSG(g.typing_cpm > 50, "%.1f: %s", g.typing_cpm, g.items[0].reason);
    cs_grade_free(&g);
    /* calls34: 订单号 / 卡号 number a thing, not a phone: the slipped number under them is no record of the
     * phone, as under 备注; a bare 号码 or 联系号码 is the phone's */
    static const char *const thing[] = { "姓名=王小明\n订单号=13800007234", "姓名=王小明\n银行卡号=13800007234",
                                         "姓名=王小明\n身份证号码=13800007234" };
    for (size_t k = 0; k < sizeof thing / sizeof thing[0]; k++) {
        free(log.ev[2].arg);
        log.ev[2].arg = strdup(thing[k]);
        CHECK_NEAR(grade_one(&log, "typing", NULL, &g), 0, 1e-9);
        CHECK_MSG(g.typing_cpm < 50, "%s: %.1f: %s", thing[k], g.typing_cpm, g.items[0].reason);
        cs_grade_free(&g);
    }
    static const char *const phone[] = { "姓名=王小明\n号码=13800007234", "姓名=王小明\n联系号码=13800007234" };
    for (size_t k = 0; k < sizeof phone / sizeof phone[0]; k++) {
        free(log.ev[2].arg);
        log.ev[2].arg = strdup(phone[k]);
        CHECK_NEAR(grade_one(&log, "typing", NULL, &g), 5, 1e-9);
        cs_grade_free(&g);
    }
    cs_log_free(&log);
    /* two dictated numbers alike (a phone and a secondary card's number) and one slipped value typed: it serves
     * the first, the second is left out, and its 11 digits are counted once (14 characters in 20 s, not 25) */
    cs_log_init(&log);
    add(&log, CS_EV_DICTATE, 1000, "王小明", "name");
    add(&log, CS_EV_DICTATE, 3000, "13800001234", "phone");
    add(&log, CS_EV_DICTATE, 5000, "13800001299", "副卡号码");
    add(&log, CS_EV_TICKET, 30000, NULL, "姓名=王小明\n手机号码=13800001294");
    log.ev[3].typing_start_ms = 30000 - 20000;
    grade_one(&log, "typing", NULL, &g);
    CHECK_MSG(g.typing_cpm < 50, "%.1f: %s", g.typing_cpm, g.items[0].reason);
    CHECK_MSG(strstr(g.items[0].reason, "副卡号码") != NULL, "the second number left out: %s", g.items[0].reason);
    cs_grade_free(&g);
    cs_log_free(&log);
}

static void test_marks_and_score(void)
{
    cs_call_log log;
    cs_log_init(&log);
    cs_event m = { .kind = CS_EV_MARK, .arg = "a", .points = 30, .text = "good", .typing_start_ms = -1, .prompt_end_ms = -1 };
    cs_log_append(&log, &m);
    m.points = 50; /* above the max: clamped */
    cs_log_append(&log, &m);
    m.arg = "b"; m.points = -5;
    cs_log_append(&log, &m);
    cs_rubric_item items[2] = { { "a", "A", NULL, "c1", 60, 0 }, { "b", "B", NULL, "c2", 40, 0 } };
    cs_rubric r = { items, 2, NULL, 10000, 0, NULL, 0, NULL };
    cs_grade g;
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK_NEAR(g.items[0].points, 60, 1e-9);
    CHECK_NEAR(g.items[1].points, 0, 1e-9);
    CHECK_NEAR(g.score, 60, 1e-9);
    CHECK(g.passed); /* 国家职业技能标准 1.9.2: 60 passes */
    cs_grade_free(&g);
    cs_event f = { .kind = CS_EV_FAIL, .text = "retaliated", .clause = "特殊处理 6", .typing_start_ms = -1, .prompt_end_ms = -1 };
    cs_log_append(&log, &f);
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK(g.auto_failed && !g.passed);
    cs_grade_free(&g);
    cs_log_free(&log);
}

static void test_rule_validation(void)
{
    char err[256];
    CHECK(cs_rule_valid(bank, "phrase:emotional", err, sizeof err));
    CHECK(cs_rule_valid(bank, "sequence:opening,hold,hold_after,hangup", err, sizeof err));
    CHECK(!cs_rule_valid(bank, "phrase:nonsense", err, sizeof err));
    CHECK(!cs_rule_valid(bank, "action:dance", err, sizeof err));
    CHECK(!cs_rule_valid(bank, "sequence:opening,,hangup", err, sizeof err));
    CHECK(!cs_rule_valid(bank, "speed", err, sizeof err));
    CHECK_MSG(strstr(err, "answer") && strstr(err, "sequence:"), "the message lists the rules: %s", err);
    CHECK(!cs_rule_valid(bank, "sequence:", err, sizeof err));
    CHECK(cs_rule_valid(bank, "hold", err, sizeof err));
    CHECK(!cs_rule_valid(bank, "holdx", err, sizeof err));
    CHECK(cs_rule_default_clause(bank, "phrase:emotional") != NULL);
    CHECK(cs_rule_default_clause(bank, "action:hangup") == NULL);
    CHECK(strstr(err, "unknown rule") != NULL);
    CHECK(cs_rule_default_clause(bank, "opening") != NULL);
}

/* action:escalate:TARGET: the escalation reaches the team the rule names (国家标准 3.3 2.3.2 转派给
 * 专项处理部门); one elsewhere earns nothing, is pinned to its turn and named in the reason; a fatal
 * item so missed fails the call with that reason. */
static void test_action_target(void)
{
    char err[256], act[16];
    const char *target;
    CHECK(cs_rule_valid(bank, "action:escalate:危机干预组", err, sizeof err));
    CHECK(cs_rule_valid(bank, "action:transfer:英语坐席", err, sizeof err));
    CHECK(!cs_rule_valid(bank, "action:ticket:值班长", err, sizeof err));
    CHECK_MSG(strstr(err, "only transfer and escalate") != NULL, "says which actions take a target: %s", err);
    CHECK(!cs_rule_valid(bank, "action:escalate:", err, sizeof err));
    CHECK(!cs_rule_valid(bank, "action:dance:值班长", err, sizeof err));
    CHECK(cs_rule_target("action:escalate:危机干预组", act, sizeof act, &target));
    CHECK(strcmp(act, "escalate") == 0 && strcmp(target, "危机干预组") == 0);
    CHECK(!cs_rule_target("action:escalate", act, sizeof act, &target) && target == NULL);
    CHECK(!cs_rule_target("phrase:emotional", act, sizeof act, &target));

    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "您的心情我非常理解", NULL);
    CHECK_NEAR(points(&log, "action:escalate:危机干预组"), 0, 1e-9);
    add(&log, CS_EV_ESCALATE, 5000, NULL, "值班长");
    CHECK_NEAR(points(&log, "action:escalate"), 10, 1e-9); /* no target named: any will do */
    cs_rubric_item it = { "escalate", "升级至危机干预组", "action:escalate:危机干预组", "2.4.2", 10, 1 };
    cs_rubric r = { &it, 1, NULL, 10000, 1, NULL, 0, NULL };
    cs_grade g;
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK_NEAR(g.items[0].points, 0, 1e-9);
    CHECK_MSG(strstr(g.items[0].reason, "值班长") && strstr(g.items[0].reason, "危机干预组"),
              "the reason names the wrong and the right target: %s", g.items[0].reason);
    CHECK_MSG(g.auto_failed && g.fail_reason && strstr(g.fail_reason, "值班长"), "the fatal item fails the call naming it: %s",
              g.fail_reason ? g.fail_reason : "(none)");
    CHECK_MSG(g.turns[1].deductions && strstr(g.turns[1].deductions, "值班长"), "pinned to the escalation: %s",
              g.turns[1].deductions ? g.turns[1].deductions : "(none)");
    cs_grade_free(&g);
    add(&log, CS_EV_ESCALATE, 9000, NULL, " 危机干预组 "); /* then to the right team: earned */
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK_NEAR(g.items[0].points, 10, 1e-9);
    CHECK(!g.auto_failed);
    cs_grade_free(&g);
    cs_log_free(&log);
}

/* A wrong desk that took the escalation and handed it back (a caller line between: its reply, the
 * caller passed around) before the right team was reached: half the item, the wrong hand-off named
 * at its turn (国家职业技能标准 3.1 2.1.6 根据业务规定转派). Without a caller line between it is a
 * re-target and earns the whole item (test_action_target, crisis_selfharm.retarget). */
static void test_action_target_handed_back(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "我马上帮您升级处理", NULL);
    add(&log, CS_EV_ESCALATE, 5000, NULL, "值班长");
    add(&log, CS_EV_CALLER_SAY, 8000, "（值班长回复：这类投诉归投诉处理组。）", "值班长");   /* the desk's line */
    add(&log, CS_EV_CALLER_SAY, 9000, "你们又把我推来推去？", NULL);
    add(&log, CS_EV_ESCALATE, 12000, NULL, "投诉处理组");
    cs_rubric_item it = { "escalate", "升级至投诉处理组", "action:escalate:投诉处理组", "2.4.2", 20, 1 };
    cs_rubric r = { &it, 1, NULL, 20000, 1, NULL, 0, NULL };
    cs_grade g;
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK_NEAR(g.items[0].points, 10, 1e-9);
    CHECK(!g.auto_failed);
    CHECK_MSG(strstr(g.items[0].reason, "值班长") && strstr(g.items[0].reason, "投诉处理组"),
              "the reason names the desk that handed it back and the right one: %s", g.items[0].reason);
    CHECK_MSG(g.turns[1].deductions && strstr(g.turns[1].deductions, "值班长"), "pinned to the wrong hand-off: %s",
              g.turns[1].deductions ? g.turns[1].deductions : "(none)");
    cs_grade_free(&g);
    cs_log_free(&log);
}

/* The caller talking on after a report to a wrong desk is no hand-back: only a line of that desk
 * (call.say's desk) shows it took the call. A report to 值班长 while the agent stays with her, then the
 * right team, is the hand-off corrected and earns the item (3.2 2.4.2; 3.1 2.1.6). */
static void test_caller_line_is_no_hand_back(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_ESCALATE, 5000, NULL, "值班长");
    add(&log, CS_EV_TRAINEE_SAY, 6000, "您别着急，我一直在电话这边陪着您", NULL);
    add(&log, CS_EV_CALLER_SAY, 8000, "……我真的撑不下去了……", NULL);
    /* another desk's line is no hand-back of 值班长's */
    add(&log, CS_EV_CALLER_SAY, 9000, "（专项处理部接起：您好。）", "专项处理部");
    add(&log, CS_EV_ESCALATE, 12000, NULL, "危机干预组");
    cs_rubric_item it = { "escalate", "升级至危机干预组", "action:escalate:危机干预组", "2.4.2", 20, 1 };
    cs_rubric r = { &it, 1, NULL, 20000, 1, NULL, 0, NULL };
    cs_grade g;
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK_NEAR(g.items[0].points, 20, 1e-9);
    CHECK_MSG(g.items[0].reason && !strstr(g.items[0].reason, "退回"), "no hand-back invented: %s",
              g.items[0].reason ? g.items[0].reason : "(null)");
    cs_grade_free(&g);
    cs_log_free(&log);
}

/* The window explains in Chinese: reasons and category names come out in Chinese. */
static void test_chinese_reasons(void)
{
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "喂，你找谁", NULL);
    cs_rubric_item it = { "opening", "opening", "opening", NULL, 10, 0 };
    cs_rubric r = { &it, 1, NULL, 10000, 1, NULL, 0, NULL };
    cs_grade g;
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK_MSG(g.items[0].reason && strstr(g.items[0].reason, "第一句不是标准开篇语") && strstr(g.items[0].reason, "自我介绍"),
              "%s", g.items[0].reason ? g.items[0].reason : "(null)");
    CHECK_MSG(g.turns[0].deductions && strstr(g.turns[0].deductions, "缺少"), "%s",
              g.turns[0].deductions ? g.turns[0].deductions : "(null)");
    cs_grade_free(&g);
    r.zh = 0;
    CHECK_INT(cs_grade_call(bank, &log, &r, &g), 0);
    CHECK(g.items[0].reason && strstr(g.items[0].reason, "the first reply is not the standard opening"));
    cs_grade_free(&g);
    cs_log_free(&log);
}

/* The ticket format's one reader: fields split at their first '=', a line without '=' whole. */
static void test_ticket_fields(void)
{
    const char *p = "name=张三\nnote=a=b\nplain line\n=x", *name, *value;
    size_t nl, vl;
    CHECK_INT(cs_ticket_next(&p, &name, &nl, &value, &vl), 1);
    CHECK(name && nl == 4 && !strncmp(name, "name", 4) && vl == strlen("张三") && !strncmp(value, "张三", vl));
    CHECK_INT(cs_ticket_next(&p, &name, &nl, &value, &vl), 1);
    CHECK(name && nl == 4 && vl == 3 && !strncmp(value, "a=b", 3));   /* the first '=' splits */
    CHECK_INT(cs_ticket_next(&p, &name, &nl, &value, &vl), 1);
    CHECK(name == NULL && vl == 10 && !strncmp(value, "plain line", 10));
    CHECK_INT(cs_ticket_next(&p, &name, &nl, &value, &vl), 1);
    CHECK(name && nl == 0 && vl == 1 && value[0] == 'x');
    CHECK_INT(cs_ticket_next(&p, &name, &nl, &value, &vl), 0);
    const char *none = NULL;
    CHECK_INT(cs_ticket_next(&none, &name, &nl, &value, &vl), 0);
}

/* A trainee text sent at t, typed from typing (a real desk: first keystroke), answering a caller
 * line that ended at prompt. */
static void say_at(cs_call_log *log, int64_t typing, int64_t t, int64_t prompt, const char *text)
{
    cs_event ev = { .kind = CS_EV_TRAINEE_SAY, .t_start_ms = t, .t_end_ms = t, .typing_start_ms = typing,
                    .prompt_end_ms = prompt, .text = (char *)text };
    cs_log_append(log, &ev);
}

/* Runs: consecutive messages with no caller turn between them, within the beat (call_log.h). */
static void test_run_joining(void)
{
    cs_call_log log;
    cs_log_init(&log);
    say_at(&log, 1000, 3000, 0, "感谢您的来电。");        /* 0 */
    say_at(&log, 4000, 6000, 0, "祝您生活愉快，再见！");   /* 1: typed 1 s after 0 was sent: same run */
    add(&log, CS_EV_CALLER_SAY, 8000, "好的", NULL);        /* 2: the caller speaks: the run ends */
    say_at(&log, 9000, 10000, 8000, "请您稍等");            /* 3 */
    add(&log, CS_EV_TICKET, 11000, NULL, "a=b");            /* 4: a ticket beside the talk */
    say_at(&log, 12000, 13000, 8000, "我帮您查询一下");      /* 5: same run as 3 */
    say_at(&log, 25000, 26000, 8000, "好了");               /* 6: begun 12 s after 5: beyond the beat */
    add(&log, CS_EV_HOLD, 27000, NULL, NULL);               /* 7 */
    say_at(&log, 27500, 28000, 8000, "嗯");                 /* 8: a hold between: no run with 6 */
    CHECK_INT(cs_log_continues_run(&log, 0), 0);
    CHECK_INT(cs_log_continues_run(&log, 1), 1);
    CHECK_INT(cs_log_continues_run(&log, 2), 0);
    CHECK_INT(cs_log_continues_run(&log, 3), 0);
    CHECK_INT(cs_log_continues_run(&log, 5), 1);
    CHECK_INT(cs_log_continues_run(&log, 6), 0);
    CHECK_INT(cs_log_continues_run(&log, 8), 0);
    CHECK_INT((int)cs_log_run_first(&log, 1), 0);
    CHECK_INT((int)cs_log_run_last(&log, 0), 1);
    CHECK_INT((int)cs_log_run_next(&log, 3), 5);
    CHECK_INT((int)cs_log_run_last(&log, 3), 5);
    CHECK_INT((int)cs_log_run_next(&log, 5), -1);
    CHECK_INT((int)cs_log_run_first(&log, 5), 3);
    CHECK_INT((int)cs_log_run_last(&log, 6), 6);
    char *t = cs_log_run_text(&log, 0, 1);
    CHECK_STR(t, "感谢您的来电。。祝您生活愉快，再见！");
    free(t);
    t = cs_log_run_text(&log, 3, 5); /* the ticket between is no text */
    CHECK_STR(t, "请您稍等。我帮您查询一下");
    free(t);
    cs_log_free(&log);
}

/* An excuse rude on its own starts no phrase (§二(二) 2.15 难以接通): with the apology after it,
 * read together, the pair would pass as 2.15 (the apology softens the statistical tone), but the
 * excuse is a 禁忌语 and the apology alone lacks the reason; a polite split still joins, and an
 * apology that is the whole phrase on its own still earns it. */
static void test_rude_start_joins_no_phrase(void)
{
    cs_call_log log;
    cs_log_init(&log);
    say_at(&log, 1000, 3000, 0, "打不进来是因为您打的时间不对，高峰期谁都打不进来。");
    say_at(&log, 4000, 6000, 0, "非常抱歉，给您造成的不便，我们深表歉意！");
    CHECK_NEAR(points(&log, "phrase:hard_to_reach"), 0, 1e-9);
    CHECK(points(&log, "courtesy") < 10);
    free(log.ev[1].text);
    log.ev[1].text = strdup("非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！");
    CHECK_NEAR(points(&log, "phrase:hard_to_reach"), 10, 1e-9);
    cs_log_free(&log);

    cs_log_init(&log);
    say_at(&log, 1000, 3000, 0, "非常抱歉，最近来电量比较大，");
    say_at(&log, 4000, 6000, 0, "给您造成的不便，我们深表歉意！");
    CHECK_NEAR(points(&log, "phrase:hard_to_reach"), 10, 1e-9);
    cs_log_free(&log);
}

/* The class of a standard phrase said with a rude tail (issue #11 item 6: each deduction names the
 * actual fault). The words the standard prescribes were said, so the item is never lost as "not
 * said": it earns half (not said as prescribed, 呼叫服务员职业标准 2.2 三(一)2 正确使用服务用语),
 * its reason and the turn's deduction name the rude words, and courtesy charges those words once
 * (不用禁忌语). An insult is no service phrase (0, and the call fails); a template sent unfilled,
 * or a phrase lacking a part, is not the phrase either (0). Sentences written for this test,
 * across categories: 1.1, 1.4, 2.5, 2.12. */
static void test_rude_phrase_is_one_fault(void)
{
    static const struct { const char *rule, *text, *rude_word; } rude[] = {
        { "closing", "感谢您的来电，下次这种小事就别打过来了，再见！", "别打过来" },
        { "phrase:closing", "感谢您的来电，下次这种小事就别打过来了，再见！", "别打过来" },
        { "opening", "您好，我是客服8号，请问有什么可以帮您？有话快说。", "快说" },
        { "phrase:not_heard", "非常抱歉，我没听清您的讲话，您再重复一遍，好吗？你说话能不能利索点。", "催促客户" },
        { "phrase:emotional", "您的心情我非常理解，为了更有效地帮助您，请您慢慢讲，好吗？嚷嚷有什么用。", "嚷嚷" },
    };
    for (size_t k = 0; k < sizeof rude / sizeof rude[0]; k++) {
        cs_call_log log;
        cs_log_init(&log);
        add(&log, CS_EV_TRAINEE_SAY, 3000, rude[k].text, NULL);
        cs_grade g;
        double p = grade_one(&log, rude[k].rule, NULL, &g);
        CHECK_MSG(p > 4.99 && p < 5.01, "%s: the phrase said rudely earns half, got %g", rude[k].rule, p);
        const char *why = g.items[0].reason ? g.items[0].reason : "";
        CHECK_MSG(strstr(why, rude[k].rude_word) != NULL, "%s: the reason names the rude words: %s", rude[k].rule, why);
        CHECK_MSG(!strstr(why, "never said") && !strstr(why, "is not the standard"),
                  "%s: the reason does not call the phrase unsaid: %s", rude[k].rule, why);
        CHECK_MSG(g.turns[0].deductions && strstr(g.turns[0].deductions, rude[k].rude_word),
                  "%s: the turn's deduction names the rude words: %s", rude[k].rule,
                  g.turns[0].deductions ? g.turns[0].deductions : "(none)");
        CHECK(!g.auto_failed);
        cs_grade_free(&g);
        CHECK_MSG(points(&log, "courtesy") < 10, "%s: the rude words still cost courtesy", rude[k].rule);
        cs_log_free(&log);
    }
    static const struct { const char *rule, *text; } none[] = {
        { "phrase:emotional", "您的心情我非常理解，为了更有效地帮助您，请您慢慢讲，好吗？你是不是傻。" },
        { "opening", "先生/女士，您好！我是嘉定东方有线网络有限公司XX号业务受理专员，请问有什么可以帮您？" },
        { "phrase:not_heard", "我没听清，你再说一遍，快点。" },
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        cs_call_log log;
        cs_log_init(&log);
        add(&log, CS_EV_TRAINEE_SAY, 3000, none[k].text, NULL);
        CHECK_MSG(points(&log, none[k].rule) < 1e-9, "%s: %s is not the phrase at all", none[k].rule, none[k].text);
        cs_log_free(&log);
    }
    /* said politely later: the rude reply is not the one graded */
    cs_call_log log;
    cs_log_init(&log);
    add(&log, CS_EV_TRAINEE_SAY, 3000, "非常抱歉，我没听清您的讲话，您再重复一遍，好吗？你说话能不能利索点。", NULL);
    add(&log, CS_EV_CALLER_SAY, 5000, "啊？", NULL);
    add(&log, CS_EV_TRAINEE_SAY, 9000, "非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", NULL);
    CHECK_NEAR(points(&log, "phrase:not_heard"), 10, 1e-9);
    cs_log_free(&log);
}

/* The phrase rules read a run as one reply; courtesy stays per message; latency per caller turn. */
static void test_split_messages(void)
{
    cs_call_log log;
    cs_log_init(&log);
    /* a closing in two messages, then in three */
    say_at(&log, 1000, 3000, 0, "不客气，感谢您的来电。");
    say_at(&log, 4000, 6000, 0, "祝您生活愉快，再见！");
    CHECK_NEAR(points(&log, "closing"), 10, 1e-9);
    CHECK_NEAR(points(&log, "phrase:closing"), 10, 1e-9);
    free(log.ev[1].text);
    log.ev[1].text = strdup("祝您生活愉快，");
    CHECK_NEAR(points(&log, "closing"), 0, 1e-9);
    say_at(&log, 7000, 8000, 0, "再见！");
    CHECK_NEAR(points(&log, "closing"), 10, 1e-9);
    cs_log_free(&log);

    /* a caller turn between: two replies, not one closing */
    cs_log_init(&log);
    say_at(&log, 1000, 3000, 0, "不客气，感谢您的来电。");
    add(&log, CS_EV_CALLER_SAY, 4000, "嗯，没有别的事了。", NULL);
    say_at(&log, 5000, 6000, 4000, "再见！");
    CHECK_NEAR(points(&log, "closing"), 0, 1e-9);
    /* nor beyond the beat with the caller silent */
    log.ev[1].kind = CS_EV_NOTE;
    CHECK_NEAR(points(&log, "closing"), 10, 1e-9);
    log.ev[2].typing_start_ms = 3000 + CS_RUN_BEAT_MS + 1000;
    log.ev[2].t_start_ms = log.ev[2].t_end_ms = 3000 + CS_RUN_BEAT_MS + 2000;
    CHECK_NEAR(points(&log, "closing"), 0, 1e-9);
    cs_log_free(&log);

    /* an opening in three messages on answering */
    cs_log_init(&log);
    cs_event a = { .kind = CS_EV_ANSWER, .n = 1, .t_start_ms = 2000, .t_end_ms = 2000, .typing_start_ms = -1, .prompt_end_ms = 0 };
    cs_log_append(&log, &a);
    say_at(&log, 2500, 3000, 2000, "您好！");
    say_at(&log, 3500, 5000, 2000, "我是8号客服专员，");
    say_at(&log, 5500, 7000, 2000, "请问有什么可以帮您？");
    CHECK_NEAR(points(&log, "opening"), 10, 1e-9);
    /* the second message answers no caller turn: latency is the first's */
    log.ev[2].prompt_end_ms = log.ev[3].prompt_end_ms = -60000;
    CHECK_NEAR(points(&log, "latency"), 10, 1e-9);
    cs_log_free(&log);

    /* a hold phrase in two messages earns 1.2 */
    cs_log_init(&log);
    say_at(&log, 1000, 3000, 0, "请您稍等。");
    say_at(&log, 3500, 5000, 0, "我帮您查询一下");
    add(&log, CS_EV_HOLD, 6000, NULL, NULL);
    add(&log, CS_EV_UNHOLD, 30000, NULL, NULL);
    say_at(&log, 30500, 31000, 30000, "感谢您的耐心等待");
    CHECK_NEAR(points(&log, "hold"), 10, 1e-9);
    /* the first alone is no 等待前用语 */
    log.ev[1].kind = CS_EV_CALLER_SAY;
    CHECK_NEAR(points(&log, "hold"), 5, 1e-9);
    cs_log_free(&log);

    /* a rude second message is rude whatever came before it */
    cs_log_init(&log);
    say_at(&log, 1000, 3000, 0, "感谢您的来电，祝您生活愉快，再见！");
    say_at(&log, 3500, 5000, 0, "急什么急，我这不是正在查吗");
    CHECK_MSG(points(&log, "courtesy") < 10, "the rude message of a run still costs courtesy");
    cs_log_free(&log);

    /* the 1.3 close in two messages is one step of the protocol, in order */
    cs_log_init(&log);
    say_at(&log, 1000, 3000, 0, "您好，请讲");
    add(&log, CS_EV_CALLER_SILENT, 8000, NULL, NULL);
    say_at(&log, 9000, 10000, 8000, "您好，请讲");
    add(&log, CS_EV_CALLER_SILENT, 15000, NULL, NULL);
    say_at(&log, 16000, 17000, 15000, "听不见您的声音，");
    say_at(&log, 17500, 19000, 15000, "无法为您服务，再见！");
    add(&log, CS_EV_HANGUP, 20000, NULL, NULL);
    CHECK_NEAR(points(&log, "sequence:silent_prompt,silent_prompt,silent_close,hangup"), 10, 1e-9);
    cs_log_free(&log);
}

TEST_MAIN(
    char dir[512], err[512];
    cs_paths_init(argv[0]);
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    if (bank) {
        RUN(test_answer);
        RUN(test_opening_closing);
        RUN(test_courtesy_and_insult);
        RUN(test_rude_phrase_and_one_judgement);
        RUN(test_latency);
        RUN(test_hold);
        RUN(test_hold_announced);
        RUN(test_phrase_action_sequence);
        RUN(test_opening_closing_where_they_fit);
        RUN(test_typing);
        RUN(test_typing_near_named);
        RUN(test_ticket_record);
        RUN(test_marks_and_score);
        RUN(test_rule_validation);
        RUN(test_action_target);
        RUN(test_action_target_handed_back);
        RUN(test_caller_line_is_no_hand_back);
        RUN(test_chinese_reasons);
        RUN(test_ticket_fields);
        RUN(test_run_joining);
        RUN(test_split_messages);
        RUN(test_rude_start_joins_no_phrase);
        RUN(test_rude_phrase_is_one_fault);
        cs_bank_free(bank);
    }
)
