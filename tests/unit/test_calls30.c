/* Helper calls30's classes of whole-call misses, at the level of the reply queries
 * (grading/reply_query.c), own sentences (never an eval row):
 *  - the same words do one step of a protocol (cs_reply_says_apart): a close whose conditional
 *    clauses also read as 特殊处理 3's close asks nothing (贵阳 T-GSOCCIA 001—2020 §二(三) 特殊处理 1—3);
 *  - a one-character word inside a longer one is no word of its own (度 in 额度, 进度: cs_reply_asserts);
 *  - joining an off-topic caller's pastime is the grader's judgement (cs_reply_chats; 特殊处理 5,
 *    §二(四) 4.4 工作纪律);
 *  - a purpose (为了处理后给您回复，请留个电话) promises no call back (cs_reply_promises_contact);
 *  - a caller card with a tag (【金卡】, （钻石卡）) names the surname after the tag, and a card of a tag
 *    only names none (cs_reply_names_surname; 国家职业技能标准 3.3 2.1.1);
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "phrase_bank.h"
#include "reply_query.h"

#include <stdlib.h>

static cs_phrase_bank *bank;

static void test_says_apart(void)
{
    /* one close: its conditional clauses are no question put before it */
    CHECK_INT(cs_reply_says_apart(bank, "多谢您打来电话，若没有其他业务咨询，再见！", "special_abuse", "special_end"), 0);
    CHECK_INT(cs_reply_says_apart(bank, "若您没有别的业务需要咨询，那就再见了，感谢来电。", "special_abuse", "special_end"), 0);
    /* the question, then the close: two steps in one message */
    CHECK_INT(cs_reply_says_apart(bank, "请问您需要什么帮助吗？如果没有业务需要咨询，再见！", "special_abuse", "special_end"), 1);
    /* the opening's offer of help is the opening's own words */
    CHECK_INT(cs_reply_says_apart(bank, "您好，我是8号客服小周，请问有什么可以帮您？", "special_abuse", "opening"), 0);
}

static void test_one_character_inside_word(void)
{
    const char *deg[] = { "度" };
    CHECK_INT(cs_reply_asserts(bank, "您的信用额度已经调回来了。", deg, 1), 0);
    CHECK_INT(cs_reply_asserts(bank, "维修进度我已经帮您催了。", deg, 1), 0);
    CHECK_INT(cs_reply_asserts(bank, "今天最高三十度。", deg, 1), 1);
    const char *sunny[] = { "晴" };
    CHECK_INT(cs_reply_asserts(bank, "后天晴，您放心出门。", sunny, 1), 1);
}

static void test_chats(void)
{
    CHECK_INT(cs_reply_chats(bank, "后天二十多度，挺暖和的。"), 1);          /* the weather told */
    CHECK_INT(cs_reply_chats(bank, "周末是晴天，适合出去走走。"), 1);
    CHECK_INT(cs_reply_chats(bank, "晚上凉，您出门多穿件外套。"), 1);        /* advice */
    CHECK_INT(cs_reply_chats(bank, "祝您这期中个头奖！"), 1);                /* a wish on the ticket */
    CHECK_INT(cs_reply_chats(bank, "後天晴，二十度左右。"), 1);              /* traditional */
    CHECK_INT(cs_reply_chats(bank, "您的套餐额度本月还剩一半。"), 0);        /* 度 in 额度 */
    CHECK_INT(cs_reply_chats(bank, "处理进度我们会短信通知您。"), 0);
    CHECK_INT(cs_reply_chats(bank, "气温多少度我们这边查不到，您可以看看天气预报。"), 0); /* asked, pointed */
    CHECK_INT(cs_reply_chats(bank, "会不会下雨，建议您关注气象台的预报。"), 0);
    CHECK_INT(cs_reply_chats(bank, "彩票的事我们这里查不到，请问您有什么业务需要办理吗？"), 0);
}

static void test_card_tag(void)
{
    CHECK_INT(cs_reply_names_surname(bank, "李女士您好，专席为您服务。", "【金卡】李女士"), 1);   /* tag first */
    CHECK_INT(cs_reply_names_surname(bank, "孙先生您好。", "（白金卡）孙先生"), 1);
    CHECK_INT(cs_reply_names_surname(bank, "孙先生您好。", "孙先生（白金卡）"), 1);
    /* a card of a tag only names no surname: its first character is none */
    CHECK_INT(cs_reply_names_surname(bank, "您好，白先生，请讲。", "（白金卡）"), 0);
    CHECK_INT(cs_reply_names_surname(bank, "贵先生您好。", "贵宾（钻石卡）"), 0);
}

/* a purpose gives the reason for asking the number, no promise (国家职业技能标准 3.1 2.1.3) */
static void test_purpose_no_promise(void)
{
    CHECK_INT(cs_reply_promises_contact(bank, "为了处理完能及时回复您，麻烦您留个联系电话好吗？"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "以便后续给您回电，请留一个手机号。"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "为了不耽误您，我们处理完会第一时间给您回电。"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "处理完我们会给您回复。"), 1);
}

/* fix30c: one flagged clause charged once, the model's flag no step's charge, 一度 no temperature, 方便 a
 * purpose, the everyday register read by the call queries (own sentences) */
static void test_fix30c(void)
{
    /* a rule's 禁忌语 aimed at the step: in or after its clauses, or before them unless they chat along */
    CHECK_INT(cs_reply_rude_at_phrase(bank, "special_abuse", "天气预报我也没看呢，您出门多穿件外套。请问您有业务需要咨询吗？"), 0);
    CHECK_INT(cs_reply_rude_at_phrase(bank, "special_abuse", "请问您有业务需要咨询吗？没事别老往热线打行不行？"), 1);
    CHECK_INT(cs_reply_rude_at_phrase(bank, "special_end", "热线不是用来闲聊的，没事别老往热线打行不行，如果没有业务需要咨询，谢谢您，再见！"), 1);
    /* the model's flag alone on clauses that chat before the phrase does not erase it; a sneer before it does */
    CHECK_INT(cs_reply_says_count(bank, "special_abuse", "哈哈，您可真能侃，我也爱钓鱼。打扰一下，请问您有业务需要咨询吗？"), 1);
    CHECK_INT(cs_reply_says_count(bank, "special_abuse", "您可真有空啊。请问您有业务需要咨询吗？"), 0);
    /* the tone model's flag alone is aimed at nothing */
    CHECK_INT(cs_reply_rude_at_phrase(bank, "special_abuse", "您真能说，我也喜欢下象棋。不好意思，请问您有业务需要咨询吗？"), 0);
    /* 一度 before a verb is "for a moment"; a lone 一度 told, or 二十一度, is the weather */
    CHECK_INT(cs_reply_chats(bank, "抱歉，刚才系统一度卡住了，没听清。"), 0);
    CHECK_INT(cs_reply_chats(bank, "后天降温，最低才一度。"), 1);
    CHECK_INT(cs_reply_chats(bank, "明天二十一度，挺舒服。"), 1);
    /* 方便 + what it makes possible is a purpose; 方便的话 a condition, the promise after it made */
    CHECK_INT(cs_reply_promises_contact(bank, "请您留一个手机号码，方便我们处理完跟您联系。"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "方便的话留个号码，我们处理完会给您回电。"), 1);
    /* the call queries read the everyday register, as the phrase matcher does (assets/register.txt) */
    const char *today[] = { "今天" }, *sorry[] = { "抱歉" };
    CHECK_INT(cs_reply_mentions_read(bank, "今日之内一定为您加急处理。", today, 1), 1);
    CHECK_INT(cs_reply_mentions_read(bank, "恕我直言，这个确实办不了。", sorry, 1), 0);  /* guarded: no apology */
}

TEST_MAIN(
    bank = fixture_bank();
    if (!bank) return 1;
    RUN(test_says_apart);
    RUN(test_one_character_inside_word);
    RUN(test_chats);
    RUN(test_card_tag);
    RUN(test_purpose_no_promise);
    RUN(test_fix30c);
    cs_bank_free(bank);
)
