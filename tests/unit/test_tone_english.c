/* Unit tests of the English tone rules (grading/tone_english.c) and of the word-level context the
 * Chinese rules share (grading/words.c): reported speech and a help offer after 推诿. */
#include "harness.h"
#include "lexicon.h"
#include "text_norm.h"
#include "tone_english.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

static cs_lexicon *lx;

/* The first English rule that fires ("" when none). */
static const char *english(const char *s, int *insult)
{
    static char rule[32];
    cs_english_hit h[4];
    size_t n = cs_tone_english(s, h, 4);
    snprintf(rule, sizeof rule, "%s", n ? h[0].rule : "");
    if (insult) *insult = n ? h[0].insult : 0;
    return rule;
}

static void test_english_rude(void)
{
    static const char *const insults[] = { "Are you deaf?", "You idiot, read the bill.", "Shut up and listen.",
                                           "What's wrong with you?", "Go to hell.", "你个sb", "sb玩意儿", "你TM到底听没听",
                                           NULL };
    for (size_t i = 0; insults[i]; i++) {
        int ins = 0;
        CHECK_MSG(strcmp(english(insults[i], &ins), "insult") == 0 && ins, "\"%s\" is no insult", insults[i]);
    }
    static const char *const rude[] = { "You're wasting my time.", "Not my problem, sir.", "Whatever.",
                                        "I already told you twice.", "Hurry up, I'm busy.", "Deal with it.",
                                        "Calm down!", "Not my department, call someone else.", NULL };
    for (size_t i = 0; rude[i]; i++) {
        int ins = 1;
        CHECK_MSG(*english(rude[i], &ins) && !ins, "\"%s\": \"%s\" (insult %d)", rude[i], english(rude[i], NULL), ins);
    }
}

static void test_english_polite(void)
{
    /* whole words: closer holds no loser, this bill no sb, USB no sb */
    static const char *const polite[] = {
        "Let me take a closer look at this bill.", "Your USB modem is covered.", "Please calm down, help is on the way.",
        "Whatever you need, I'm here to help.", "I understand your problem and will record it.",
        "It's not my department, but I will transfer you to billing now.", "Sorry, it's been a busy morning.",
        "Could you listen to the recording and tell me?", "您好，请问有什么可以帮您？",
        /* initials glued to a noun of a product or format name it (names_thing) */
        "TM商标的注册由知识产权部门办理", "TMD系列目前缺货", "请用MD格式提交", NULL };
    for (size_t i = 0; polite[i]; i++)
        CHECK_MSG(*english(polite[i], NULL) == '\0', "\"%s\" flagged %s", polite[i], english(polite[i], NULL));
}

/* cs_words_reported / cs_words_help_after on the word spelled w in s. */
static int context(const char *s, const char *w, int help)
{
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    cs_lexicon_segment(lx, t, n, starts);
    cs_words ws;
    int r = -1;
    if (cs_words_build(t, n, starts, &ws) == 0) {
        for (size_t i = 0; i < ws.n && r < 0; i++)
            if (strcmp(ws.v[i].w, w) == 0) r = help ? cs_words_help_after(&ws, i) : cs_words_reported(&ws, i);
        cs_words_free(&ws);
    }
    free(starts);
    free(t);
    return r;
}

static void test_reported_speech(void)
{
    CHECK_INT(context("他说您是神经病", "神经病", 0), 1);
    CHECK_INT(context("您说对方骂您是骗子，对吗？", "骗子", 0), 1);
    CHECK_INT(context("您是说快递员让您滚，是吗？", "滚", 0), 1);
    CHECK_INT(context("对方说，关我什么事", "什么", 0), 1);
    /* the agent's own words */
    CHECK_INT(context("我说您是神经病", "神经病", 0), 0);
    CHECK_INT(context("你是神经病", "神经病", 0), 0);
    CHECK_INT(context("您说什么？你这个神经病", "神经病", 0), 0);
}

static void test_help_after(void)
{
    CHECK_INT(context("这个不归我们管，我马上帮您转接", "管", 1), 1);
    CHECK_INT(context("这不归我们管，您找物业吧", "管", 1), 0);
    CHECK_INT(context("不归我们管，我帮不了你", "管", 1), 0);
    CHECK_INT(context("不归我们管，我不帮你转", "管", 1), 0);
}

/* Initials glued to a bank or its card name it: CCB is China Construction Bank's own, said at
 * every bank desk (review10); ccb alone at the caller stays the Hokkien curse. */
static void test_bank_initials(void)
{
    static const char *const polite[] = { "您用的是CCB建设银行的卡吗", "请您登录CCB手机银行查看", "CCB信用卡的账单日是每月5号", NULL };
    for (size_t i = 0; polite[i]; i++)
        CHECK_MSG(*english(polite[i], NULL) == '\0', "\"%s\" flagged %s", polite[i], english(polite[i], NULL));
    CHECK_MSG(*english("你个ccb，烦死了", NULL) != '\0', "ccb at the caller missed");
    CHECK_MSG(*english("tmd系统又卡了，您别催了", NULL) != '\0', "a curse on the system missed");
}

TEST_MAIN(
    char err[512];
    lx = cs_lexicon_load(CS_JIEBA_DICT, err, sizeof err);
    CHECK_MSG(lx != NULL, "%s", err);
    RUN(test_english_rude);
    RUN(test_english_polite);
    RUN(test_bank_initials);
    if (lx) {
        RUN(test_reported_speech);
        RUN(test_help_after);
    }
    cs_lexicon_free(lx);
)
