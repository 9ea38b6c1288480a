/* Unit tests of cs_reply_ends_call (grading/ends_call.c): a reply that announces or threatens the
 * hang-up, against the same verbs negated, asked about, passive or the caller's (final31 #6; 贵阳
 * T-GSOCCIA 001—2020 §二(三) 4 来电不出声, 6 注意通话语气和态度). The sentences are written for this
 * test. The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "ends_call.h"
#include "phrase_bank.h"

static cs_phrase_bank *bank;

/* Written first: a hang-up word that threatens nothing */
static void test_innocent(void)
{
    static const char *const innocent[] = {
        "我不会挂断的，您慢慢说。",
        "请不要挂机，我在听。",
        "您挂了吗？",
        "喂，您那边是不是挂断了",
        "电话刚才被挂断了，我重新给您拨过来。",
        "您先挂吧，有事再打过来。",
        "请挂机后重新拨打。",
        "挂机前请确认号码。",
        "我这边没有挂电话，您能听到吗",
        "您别挂，还在为您查询。",
        "您好，请讲。",
        "我帮您挂了号，明天上午九点。",
    };
    for (size_t i = 0; i < sizeof innocent / sizeof *innocent; i++) {
        int v = cs_reply_ends_call(bank, innocent[i]);
        if (v != 0) fprintf(stderr, "  threat read in: %s\n", innocent[i]);
        CHECK_INT(v, 0);
    }
}

static void test_threats(void)
{
    static const char *const threats[] = {
        "再不说话我就挂了！",
        "那我先挂了啊。",
        "喂？出个声啊，不出声我挂了",
        "您再不讲话，我这边就挂机了。",
        "没人说话就挂断电话了啊",
        "我把电话挂了啊",
        "再不吭声就结束通话了。",
        "喂喂？那我先挂啦",
        "再不說話我就掛了", /* traditional, read as simplified */
    };
    for (size_t i = 0; i < sizeof threats / sizeof *threats; i++) {
        int v = cs_reply_ends_call(bank, threats[i]);
        if (v != 1) fprintf(stderr, "  no threat read in: %s\n", threats[i]);
        CHECK_INT(v, 1);
    }
    CHECK_INT(cs_reply_ends_call(bank, NULL), 0);
    CHECK_INT(cs_reply_ends_call(NULL, "再不说话我就挂了"), 1);
}

TEST_MAIN(
    bank = fixture_bank();
    if (!bank) return 1;
    RUN(test_innocent);
    RUN(test_threats);
    cs_bank_free(bank);
)
