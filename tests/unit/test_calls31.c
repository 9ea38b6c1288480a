/* Helper calls31's classes, at the level of the reply queries (grading/reply_query.c), own sentences
 * (never an eval row):
 *  - agreement and laughter (是啊, 哈哈) chat only where the agent goes on with the caller's matter or
 *    never turns to the business; a bare nod right before the turn acknowledges him and turns
 *    (cs_reply_chats; 贵阳 T-GSOCCIA 001—2020 §二(三) 特殊处理 5, §二(四) 4.4 工作纪律).
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
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

TEST_MAIN(
    bank = fixture_bank();
    if (!bank) return 1;
    RUN(test_nod_before_turn);
    cs_bank_free(bank);
)
