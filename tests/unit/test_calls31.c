/* Helper calls31's classes, at the level of the reply queries (grading/reply_query.c), own sentences
 * (never an eval row):
 *  - agreement and laughter (是啊, 哈哈) chat only where the agent goes on with the caller's matter or
 *    never turns to the business; a bare nod right before the turn acknowledges him and turns
 *    (cs_reply_chats; 贵阳 T-GSOCCIA 001—2020 §二(三) 特殊处理 5, §二(四) 4.4 工作纪律).
 *  - an answer against the desk with a price or fee of its own beside some of the facts is a wrong
 *    answer, nothing for it (cs_answer_credit, cs_answer_invented_money; 国家职业技能标准 3.1 2.1.1).
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "answer_credit.h"
#include "bank_fixture.h"
#include "phrase_bank.h"
#include "reply_query.h"

static cs_phrase_bank *bank;

static void test_nod_before_turn(void)
{
    /* the nod, then the business at once: no chat */
    CHECK_INT(cs_reply_chats(bank, "是啊，请问您今天有什么业务要办理吗？"), 0);
    CHECK_INT(cs_reply_chats(bank, "哈哈，不好意思先生，这边是客服专线，请问您需要什么帮助吗？"), 0);
    CHECK_INT(cs_reply_chats(bank, "是啊是啊，请问有什么可以帮您？"), 0);
    CHECK_INT(cs_reply_chats(bank, "是啊，請問您有什麼業務要辦理嗎？"), 0);          /* traditional */
    /* the nod, then the agent goes on with his matter before turning */
    CHECK_INT(cs_reply_chats(bank, "是啊，这几天风是挺大的。请问您有什么业务要办理吗？"), 1);
    CHECK_INT(cs_reply_chats(bank, "哈哈，那个我也没关注过，请问您需要什么帮助吗？"), 1);
    CHECK_INT(cs_reply_chats(bank, "哈哈我也爱下棋，请问您有什么业务要办理吗？"), 1);  /* more than the nod in its clause */
    CHECK_INT(cs_reply_chats(bank, "哈哈，是啊，请问您有什么业务要办理吗？"), 1);      /* nod upon nod */
    /* never turning: the nod is the chat */
    CHECK_INT(cs_reply_chats(bank, "是啊。"), 1);
    CHECK_INT(cs_reply_chats(bank, "哈哈，您可真逗。"), 1);
    CHECK_INT(cs_reply_chats(bank, "我也二十多岁吧，哈哈。感谢来电，再见！"), 1);
}

static void test_price_of_its_own(void)
{
    const char *known[] = { "提速到 500 兆：每月加 30 元，次月生效。", "500兆", "30" };
    CHECK_INT(cs_answer_invented_money("提速到500兆每月多交20元", known, 3), 1);
    CHECK_INT(cs_answer_invented_money("提速到500兆每月加三十元", known, 3), 0);      /* the desk's, in words */
    CHECK_INT(cs_answer_invented_money("我是19号专员，提速到500兆，次月生效", known, 3), 0);  /* no money */
    cs_answer_verdict v;
    cs_answer a = { .max = 15, .shown = 1, .told = 1, .n = 2, .invents = 1, .invents_money = 1, .attempt = 1 };
    CHECK_NEAR(cs_answer_credit(&a, &v), 0, 1e-9);
    CHECK_INT(v, CS_ANSWER_WRONG);
    a.invents_money = 0;   /* a figure of its own that is no price: the share told, no floor */
    CHECK_NEAR(cs_answer_credit(&a, &v), 7.5, 1e-9);
    CHECK_INT(v, CS_ANSWER_PART);
}

TEST_MAIN(
    bank = fixture_bank();
    if (!bank) return 1;
    RUN(test_nod_before_turn);
    RUN(test_price_of_its_own);
    cs_bank_free(bank);
)
