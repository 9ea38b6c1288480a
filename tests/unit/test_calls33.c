/* Helper calls33's classes, at the level of the reply queries (grading/reply_query.c), own sentences
 * (never an eval row):
 *  - a hand-written hedge holding a numeral (八成是, 十有八九) is read in the reply's normal form, which
 *    holds 八 as 8: a cause put forward as a guess earns no floor (cs_reply_guess; 国家职业技能标准
 *    3.1 2.1.1 使用系统检索客户信息).
 *  - an approximate temperature told (十几度, 三十几度) tells the weather as 二十多度 does: chatting
 *    along (cs_reply_chats; 贵阳 T-GSOCCIA 001—2020 §二(三) 特殊处理 5, §二(四) 4.4 工作纪律); the
 *    question 几度 (no numeral before it) tells none.
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "phrase_bank.h"
#include "reply_query.h"

static cs_phrase_bank *bank;

static void test_numeral_hedge(void)
{
    CHECK_STR(cs_reply_guess("先生，这笔扣款八成是银行那边重复划账了"), "八成是");
    CHECK_STR(cs_reply_guess("这个停电十有八九是您家空开跳闸了"), "十有八九");
    CHECK(cs_reply_guess("经查询，八月份的扣款是您开通的视频会员") == NULL);  /* 八 as a month, no hedge */
    CHECK(cs_reply_guess("您的流量八成以上是在夜间用掉的") == NULL);          /* 八成以上: a share the desk shows */
}

static void test_rough_temperature(void)
{
    CHECK_INT(cs_reply_chats(bank, "我们这边最近都十几度，早晚挺凉的。请问您有什么业务需要办理吗？"), 1);
    CHECK_INT(cs_reply_chats(bank, "那边白天三十几度呢，您注意防暑。"), 1);
    CHECK_INT(cs_reply_chats(bank, "您问那边现在几度？这个我们查不到，请问您有业务需要咨询吗？"), 0);
    CHECK_INT(cs_reply_chats(bank, "您好，这里是十几路公交的服务热线，请问有什么可以帮您？"), 0);
}

TEST_MAIN(
    bank = fixture_bank();
    if (!bank) return 1;
    RUN(test_numeral_hedge);
    RUN(test_rough_temperature);
    cs_bank_free(bank);
)
