/* Unit tests of the questions scenarios ask about a reply (grading/reply_query.c): mentions as
 * whole words, retaliation, money promised, read-back of dictated values and recorded fields.
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "phrase_bank.h"
#include "phrase_match.h"
#include "reply_query.h"
#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

static cs_phrase_bank *bank;

static int mentions(const char *text, const char *w1, const char *w2)
{
    const char *words[] = { w1, w2 };
    return cs_reply_mentions(text, words, w2 ? 2 : 1);
}

static void test_whole_word(void)
{
    uint32_t *t;
    size_t n = cs_normalize_cps("help拨110", &t);
    CHECK(cs_rq_whole_word(t, n, 0, 4));   /* help, then a Chinese character: a word boundary */
    CHECK(cs_rq_whole_word(t, n, 5, 3));
    CHECK(!cs_rq_whole_word(t, n, 0, 3));  /* hel runs on into p */
    CHECK(!cs_rq_whole_word(t, n, 5, 2));  /* 11 runs on into 0 */
    CHECK(!cs_rq_whole_word(t, n, 6, 3));  /* past the end */
    CHECK(cs_rq_whole_word(t, n, 4, 1));   /* 拨: Chinese words are accepted (segmenter at merge) */
    free(t);
}

static void test_mentions(void)
{
    CHECK_INT(mentions("I can help you", "help", NULL), 1);
    CHECK_INT(mentions("It is helpful", "help", NULL), 0);            /* whole words only */
    CHECK_INT(mentions("Thank you, goodbye", "thank", NULL), 1);
    CHECK_INT(mentions("THANK YOU", "thank", NULL), 1);               /* case folded */
    CHECK_INT(mentions("Have a  nice day!", "have a nice", NULL), 1);  /* words of a phrase */
    CHECK_INT(mentions("behave anice", "have a nice", NULL), 0);
    CHECK_INT(mentions("请拨打１１０报警", "110", NULL), 1);              /* full-width digits */
    CHECK_INT(mentions("请拨打1105", "110", NULL), 0);
    CHECK_INT(mentions("流量20GB", "20", "gb"), 1);                    /* a number and its unit */
    CHECK_INT(mentions("我们安排工程师上门", "维修", "工程师"), 1);
    CHECK_INT(mentions("我们会处理，解决您的问题", "理解", NULL), 0);  /* not across a comma */
    CHECK_INT(mentions("好的 工程 师 明天到", "工程师", NULL), 1);    /* spaces in Chinese dropped */
    CHECK_INT(mentions(NULL, "x", NULL), 0);
    CHECK_INT(mentions("anything", "", NULL), 0);
}

static void test_retaliates(void)
{
    CHECK_INT(cs_reply_retaliates(bank, "你有病吧"), 1);
    CHECK_INT(cs_reply_retaliates(bank, "您好，请问有什么可以帮您？"), 0);
    CHECK_INT(cs_reply_retaliates(bank, NULL), 0);
}

/* One judgement: cs_reply_taboo is exactly grade-phrase taboo (rules, tone rules, tone model). */
static void test_one_taboo_judgement(void)
{
    static const char *const texts[] = {
        "您好，请问有什么可以帮您？", "你说清楚点行不行", "这个不归我们管", "你有病吧", "您千万别做傻事",
        "感谢您的来电，以后别为这点小事打过来了，再见", "非常抱歉，没有您的联系方式，我们将无法与您联系，也没办法处理您反映的问题",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        cs_match a, b;
        CHECK_INT(cs_match_phrase(bank, "taboo", texts[i], &a), 0);
        int got = cs_reply_taboo(bank, texts[i], &b);
        CHECK_MSG(got == a.match && b.insult == a.insult && b.n_taboo == a.n_taboo, "%s: same verdict as grade-phrase taboo", texts[i]);
    }
    CHECK_INT(cs_reply_taboo(bank, "你有病吧", NULL), 1);
    CHECK_INT(cs_reply_taboo(bank, NULL, NULL), 0);
}

/* A phrase said rudely is not the phrase (issue #11 item 4). */
static void test_is_phrase(void)
{
    cs_match m;
    CHECK_INT(cs_reply_is_phrase(bank, "closing", "感谢您的来电，祝您生活愉快，再见！", &m), 1);
    CHECK_INT(cs_reply_is_phrase(bank, "closing", "感谢您的来电，以后别为这点小事打过来了，再见", &m), 0);
    CHECK(m.n_taboo > 0 && m.reason != NULL);
    CHECK_INT(cs_reply_is_phrase(bank, "closing", "您好，请问有什么可以帮您", &m), 0);
    CHECK(m.n_taboo == 0);
    CHECK_INT(cs_reply_is_phrase(bank, "nonesuch", "您好", &m), -1);
    /* the same reply counts as no phrase at all for a protocol */
    CHECK_INT(cs_reply_says_count(bank, "closing", "感谢您的来电，以后别为这点小事打过来了，再见"), 0);
}

/* A check-back in a long hold: thanks for waiting and asks to wait on, in one reply. */
static void test_checks_back(void)
{
    CHECK_INT(cs_reply_checks_back(bank, "感谢您的耐心等待，还在为您查询线路情况，请您再稍等一下好吗？"), 1);
    CHECK_INT(cs_reply_checks_back(bank, "感謝您的耐心等待，還在查詢，請您再稍等一下"), 1);
    CHECK_INT(cs_reply_checks_back(bank, "感谢您的耐心等待，您的线路已经恢复了"), 0);   /* the result, not a check-back */
    CHECK_INT(cs_reply_checks_back(bank, "请您稍等，我帮您核实一下好吗？"), 0);         /* the first hold's phrase */
    CHECK_INT(cs_reply_checks_back(bank, NULL), 0);
}

/* Asking a transferred caller to tell it again (3.2 2.3.1), with the negation's scope right:
 * 1 asks, 2 spares the caller (the act negated), 0 neither. */
/* calls17: the promise to reply in the bank's contact-back words (define contact_back), not negated */
static void test_promises_contact(void)
{
    CHECK_INT(cs_reply_promises_contact(bank, "好的，我们处理后会第一时间给您回复。"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "等维修那边有结果了，我们给您回个电话。"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "我們處理後會盡快給您回覆。"), 1);              /* traditional */
    CHECK_INT(cs_reply_promises_contact(bank, "如果不留电话，我们将无法与您取得联系。"), 0);  /* 2.11's warning */
    CHECK_INT(cs_reply_promises_contact(bank, "好的，已经帮您记录了。"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, NULL), 0);
    /* fix17c: a contact under a negation however far back, a past frame or a question is no promise;
     * a text message back is one */
    CHECK_INT(cs_reply_promises_contact(bank, "地址记上了，以前没登记的时候我们是没有办法回访您的。"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "我再提醒一句，没有电话的话我们真没法答复您。"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "这种情况我们通常不会再给您打电话。"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "要是明天还查不到，我们也不能通知您了。"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "上个月我们有没有跟您联系过？"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "刚才我们给您回过电话了"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "物业查完以后会给您打个电话。"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "不管结果怎样，我们都会通知您。"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "维修进度我们会发短信通知您。"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "不好意思让您久等，核实后我们给您回复。"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "没问题我们查清楚就联系您"), 1);
    /* asked as consent, still a promise; a question about the contact is none */
    CHECK_INT(cs_reply_promises_contact(bank, "处理后给您回电话可以吗？"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "我们核实后24小时内给您回复好吗"), 1);
    CHECK_INT(cs_reply_promises_contact(bank, "我们有没有给您回过电话好吗"), 0);
    CHECK_INT(cs_reply_promises_contact(bank, "您希望我们给您回电话吗？"), 0);
}

static void test_asks_repeat(void)
{
    /* positive: the caller is asked to say it again, or asked for the story */
    CHECK_INT(cs_reply_asks_repeat(bank, "您好，麻烦您再说一遍是什么情况？"), 1);
    CHECK_INT(cs_reply_asks_repeat(bank, "请您把问题再重复一下好吗"), 1);
    CHECK_INT(cs_reply_asks_repeat(bank, "您能不能再跟我讲一遍"), 1);     /* A-not-A: a question */
    CHECK_INT(cs_reply_asks_repeat(bank, "要不您从头说一下"), 1);          /* a suggestion */
    CHECK_INT(cs_reply_asks_repeat(bank, "请问您遇到了什么问题？"), 1);
    CHECK_INT(cs_reply_asks_repeat(bank, "您不用着急，请您再重复"), 1);   /* the negation is another clause's */
    CHECK_INT(cs_reply_asks_repeat(bank, "請您再說一遍"), 1);             /* traditional */
    /* negated: the caller is spared it */
    CHECK_INT(cs_reply_asks_repeat(bank, "您的情况同事已经转给我了，您不用再重复了"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "您不必再说一遍，我来处理"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "无需您再向我们重复一遍"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "您不需要再讲了"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "您别再跟我说一遍了，我都知道"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "用不着您再复述"), 2);
    /* ... over the manner of saying it again too */
    CHECK_INT(cs_reply_asks_repeat(bank, "您就不用再重复说一次了"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "您不必重新讲一遍"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "不用您从头说一遍了，交给我"), 2);
    CHECK_INT(cs_reply_asks_repeat(bank, "您重新说一遍吧"), 1);
    /* both: one clause asks, so it asks */
    CHECK_INT(cs_reply_asks_repeat(bank, "您不用再重复了，请问您是什么问题？"), 1);
    /* unrelated: a charge made twice, the agent saying it again, a known case, no repeat at all */
    CHECK_INT(cs_reply_asks_repeat(bank, "您被重复扣费的问题我马上处理"), 0);
    CHECK_INT(cs_reply_asks_repeat(bank, "这不是重复扣费"), 0);
    CHECK_INT(cs_reply_asks_repeat(bank, "我再为您重复一遍处理结果"), 0);
    CHECK_INT(cs_reply_asks_repeat(bank, "我已经了解您遇到了什么问题"), 0);
    CHECK_INT(cs_reply_asks_repeat(bank, "您的订单没什么问题"), 0);
    CHECK_INT(cs_reply_asks_repeat(bank, "您好，我是8号业务受理专员"), 0);
    CHECK_INT(cs_reply_asks_repeat(bank, NULL), 0);
}

/* Mentions read traditional characters as simplified, as the matcher does. */
static void test_mentions_read(void)
{
    const char *huan[] = { "换" }, *phone[] = { "电话", "手机" }, *none[] = { "宽带" };
    CHECK_INT(cs_reply_mentions_read(bank, "很抱歉，電話聲音太小，請您換一部電話再撥，好嗎？", huan, 1), 1);
    CHECK_INT(cs_reply_mentions_read(bank, "很抱歉，電話聲音太小，請您換一部電話再撥，好嗎？", phone, 2), 1);
    CHECK_INT(cs_reply_mentions_read(bank, "很抱歉，電話聲音太小", none, 1), 0);
    const char *trad_word[] = { "換" };
    CHECK_INT(cs_reply_mentions_read(bank, "请您换一部电话", trad_word, 1), 1);
    CHECK_INT(cs_reply_mentions_read(bank, NULL, huan, 1), 0);
}

/* calls34: a word typed with one pinyin homophone slip is mentioned, as the matcher hears it (大生点 for 大声点,
 * 靠进 for 靠近, 在见 for 再见), in other trades' words; never a slip that makes a common word of the reply's own
 * (大生意, 升级), nor a one-character word, nor with the plain reading (cs_reply_mentions_read). */
static void test_mentions_typed(void)
{
    const char *loud[] = { "大声" }, *near[] = { "靠近" }, *bye[] = { "再见" }, *huan[] = { "换" };
    CHECK_INT(cs_reply_mentions_typed(bank, "非常抱歉，请您讲话大生点儿好吗？", loud, 1), 1);
    CHECK_INT(cs_reply_mentions_typed(bank, "麻烦您把手机靠进一点说，好吗？", near, 1), 1);
    CHECK_INT(cs_reply_mentions_typed(bank, "感谢您的来电，在见！", bye, 1), 1);
    CHECK_INT(cs_reply_mentions_read(bank, "非常抱歉，请您讲话大生点儿好吗？", loud, 1), 0);
    /* innocents: the reply's own words */
    CHECK_INT(cs_reply_mentions_typed(bank, "我们这是小本买卖，不做大生意。", loud, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "系统正在升级，请您稍后再查。", loud, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "昨晚球队大胜对手，球迷都很高兴。", loud, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "您的家人都还好吧？", near, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "请您在现场等候师傅。", bye, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "您的快递已经到了。", near, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "请您还一下这本书。", huan, 1), 0);
    /* fix34c: the stretch's unslipped edge is bound into a word with its outside neighbour (全国, 人手, 见面, 货款,
     * 卡费): the writer typed that word, not the slipped one */
    const char *safe[] = { "安全" }, *family[] = { "家人" }, *swap[] = { "换货" }, *sub[] = { "副卡" };
    CHECK_INT(cs_reply_mentions_typed(bank, "这里按全国统一标准收费。", safe, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "我这边加人手帮您处理。", family, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "我们在见面会上说过了。", bye, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "退货后我们给您还货款。", swap, 1), 0);
    CHECK_INT(cs_reply_mentions_typed(bank, "我帮您付卡费", sub, 1), 0);
}

static void test_says_count(void)
{
    CHECK_INT(cs_reply_says_count(bank, "silent_prompt", "您好，请讲"), 1);
    CHECK_INT(cs_reply_says_count(bank, "silent_prompt", "您好请讲、您好请讲，非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！"), 2);
    CHECK_INT(cs_reply_says_count(bank, "silent_prompt", "您好，请讲，您好，请讲，听不见您的声音，无法为您服务，再见！"), 2);
    CHECK_INT(cs_reply_says_count(bank, "silent_close", "您好，请讲，您好，请讲，听不见您的声音，无法为您服务，再见！"), 1);
    CHECK_INT(cs_reply_says_count(bank, "silent_prompt", "非常抱歉，听不见您的声音，无法为您服务，再见！"), 0);
    CHECK_INT(cs_reply_says_count(bank, "no_such_category", "您好"), -1);
}

/* Two verdicts equal in every field a grader reads. */
static int same_match(const cs_match *a, const cs_match *b)
{
    if (a->match != b->match || a->insult != b->insult || a->n_taboo != b->n_taboo || a->phrase != b->phrase ||
        a->similarity != b->similarity || a->confidence != b->confidence || a->reason != b->reason ||
        a->n_missing != b->n_missing || a->parts_complete != b->parts_complete || a->n_words != b->n_words ||
        a->insult_hits != b->insult_hits)
        return 0;
    for (size_t k = 0; k < a->n_taboo; k++) if (a->taboo[k] != b->taboo[k]) return 0;
    for (size_t k = 0; k < a->n_words; k++) if (strcmp(a->words[k], b->words[k]) != 0) return 0;
    return 1;
}

/* A reply prepared once answers every question exactly as the text asked anew does, whatever
 * is asked first (the taboo judgement kept from the first question changes nothing), a quoted
 * mention included (judged again without the quotation). */
static void test_prepared_same_verdicts(void)
{
    static const char *const texts[] = {
        "感谢您的来电，祝您生活愉快，再见！", "感谢您的来电，以后别为这点小事打过来了，再见",
        "感謝您的來電，祝您生活愉快，再見", "您好请讲、您好请讲，非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！",
        "我不知道，闭嘴", "您说邻居骂您“神经病”，是吗？我帮您记下来", "你就是个“神经病”", "", "请您稍等，我帮您核实一下好吗？",
    };
    static const char *const cats[] = { "closing", "silent_prompt", "taboo", "opening", "hold_before", "nonesuch" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        for (int taboo_first = 0; taboo_first < 2; taboo_first++) {
            cs_prepared *p = cs_prepare_reply(bank, texts[i]);
            CHECK(p != NULL);
            if (!p) continue;
            cs_match a, b;
            if (taboo_first) {
                int ta = cs_prepared_taboo(p, &a), tb = cs_reply_taboo(bank, texts[i], &b);
                CHECK_MSG(ta == tb && same_match(&a, &b), "taboo of '%s' differs when prepared", texts[i]);
            }
            for (size_t c = 0; c < sizeof cats / sizeof cats[0]; c++) {
                int ra = cs_prepared_is_phrase(p, cats[c], &a), rb = cs_reply_is_phrase(bank, cats[c], texts[i], &b);
                CHECK_MSG(ra == rb && (ra < 0 || same_match(&a, &b)), "is_phrase %s of '%s' differs when prepared", cats[c], texts[i]);
                ra = cs_prepared_match(p, cats[c], &a);
                rb = cs_match_phrase(bank, cats[c], texts[i], &b);
                CHECK_MSG(ra == rb && (ra < 0 || same_match(&a, &b)), "match %s of '%s' differs when prepared", cats[c], texts[i]);
                CHECK_INT(cs_prepared_says_count(p, cats[c]), cs_reply_says_count(bank, cats[c], texts[i]));
            }
            const char *ca = cs_prepared_classify(p, &a), *cb = cs_classify(bank, texts[i], &b);
            CHECK_MSG(ca == cb && same_match(&a, &b), "classify of '%s' differs when prepared", texts[i]);
            cs_prepared_free(p);
        }
    }
    CHECK(cs_prepare_reply(NULL, "您好") == NULL);
    cs_match m;
    CHECK_INT(cs_prepared_match(NULL, "closing", &m), -1);
    CHECK_INT(cs_prepared_taboo(NULL, &m), 0);
    cs_prepared_free(NULL);
}

/* The insult that fails the call is named, not the plain 禁忌语 said before it (the bank marks
 * each entry: taboo.txt's insult lines). */
static void test_insult_named(void)
{
    cs_match m;
    CHECK_INT(cs_reply_taboo(bank, "我不知道，闭嘴", &m), 1);
    CHECK(m.insult && m.n_taboo >= 2);
    CHECK_STR(cs_match_insult(&m), "闭嘴");
    CHECK_INT(cs_reply_taboo(bank, "这个我不知道", &m), 1);
    CHECK(!m.insult);
    CHECK_STR(cs_match_insult(&m), m.taboo[0]);   /* none insults: the first hit */
    CHECK_INT(cs_reply_taboo(bank, "您好", &m), 0);
    CHECK_STR(cs_match_insult(&m), "");
}

static void test_money(void)
{
    CHECK_NEAR(cs_reply_money_promised("我们赔您500元"), 500, 0);
    CHECK_NEAR(cs_reply_money_promised("给您补偿一百块"), 100, 0);
    CHECK_NEAR(cs_reply_money_promised("我给您赔偿两千元现金，您别发视频了好吗？"), 2000, 0);
    CHECK_NEAR(cs_reply_money_promised("补偿您200元优惠券"), 200, 0);
    CHECK_NEAR(cs_reply_money_promised("赔您5000"), 5000, 0);            /* no unit, right after the verb */
    CHECK_NEAR(cs_reply_money_promised("退您1万元"), 10000, 0);
    CHECK_NEAR(cs_reply_money_promised("给您返还三千五百元话费"), 3500, 0);
    CHECK_NEAR(cs_reply_money_promised("万分抱歉，给您添麻烦了"), 0, 0);  /* 万分 is no amount */
    CHECK_NEAR(cs_reply_money_promised("十分抱歉，我们马上处理"), 0, 0);
    CHECK_NEAR(cs_reply_money_promised("您千万别着急"), 0, 0);
    CHECK_NEAR(cs_reply_money_promised("您的月租是50元"), 0, 0);         /* no giving verb */
    CHECK_NEAR(cs_reply_money_promised("我们不能赔您500元"), 0, 0);      /* negated */
    CHECK_NEAR(cs_reply_money_promised("退款，另外3到5个工作日到账"), 0, 0);
    CHECK_NEAR(cs_reply_money_promised("送您10G流量"), 0, 0);             /* data, not money */
    CHECK_NEAR(cs_reply_money_promised("送您50元话费"), 50, 0);
    CHECK_NEAR(cs_reply_money_promised(NULL), 0, 0);
}

/* A cause put forward as a guess, not as what the lookup shows (3.1 2.1.1). */
static void test_guess(void)
{
    CHECK_STR(cs_reply_guess("阿姨，这个流量可能是手机后台下载东西产生的"), "可能是");
    CHECK_STR(cs_reply_guess("我估计是您家孩子用您手机看了视频"), "我估计");
    CHECK(cs_reply_guess("经查询，流量主要是看微信视频用的") == NULL);
    CHECK(cs_reply_guess("预计明天上午十点前恢复") == NULL);           /* a forecast, the desk's word */
    CHECK(cs_reply_guess("这不可能是您的问题") == NULL);                /* denies */
    /* the correction's 应该是 (2.14) is the right answer after an admitted error */
    CHECK(cs_reply_guess("非常抱歉，刚才我的解释有些欠缺，应该是35GB") == NULL);
    CHECK_STR(cs_reply_guess("流量应该是自动更新用掉的"), "应该是");
    CHECK(cs_reply_guess(NULL) == NULL);
}

/* An amount of money stated that nobody said: a record's wrong sum (3.1 1.3.2 能记录有效信息). */
static void test_other_amount(void)
{
    const double said[] = { 158, 88 };
    double got = 0;
    CHECK_INT(cs_reply_other_amount("158元套餐改为88元套餐，取消副卡，下月1日生效", said, 2, &got), 0);
    CHECK_INT(cs_reply_other_amount("一百五十八块的换成八十八块的", said, 2, &got), 0);
    CHECK_INT(cs_reply_other_amount("158元套餐改为86元套餐", said, 2, &got), 1);
    CHECK_NEAR(got, 86, 0);
    CHECK_INT(cs_reply_other_amount("改成八十六元的", said, 2, &got), 1);
    CHECK_NEAR(got, 86, 0);
    /* a number without a unit is no amount: a date, a bandwidth, the 58 inside 158 */
    CHECK_INT(cs_reply_other_amount("300兆宽带，次月1号生效，套餐158", said, 2, &got), 0);
    CHECK_INT(cs_reply_other_amount("万分抱歉", said, 2, &got), 0);
    CHECK_INT(cs_reply_other_amount(NULL, said, 2, &got), 0);
    CHECK_INT(cs_reply_other_amount("工本费10元", NULL, 0, NULL), 1);
}

/* A fact named only to deny it is not stated (3.1 2.1.1): 不是/并非 before it in its clause, unless
 * 而是 comes between; a denial in another clause leaves it stated. */
static void test_states_denied(void)
{
    const char *const fact[] = { "快递柜" };
    CHECK_INT(cs_reply_states("包裹放在小区门口的快递柜了", fact, 1), 1);
    CHECK_INT(cs_reply_states("应该是送到物业了，并不是快递柜", fact, 1), 0);
    CHECK_INT(cs_reply_states("估计在驿站，不是放在快递柜", fact, 1), 0);
    CHECK_INT(cs_reply_states("不是送到物业而是放进了快递柜", fact, 1), 1);
    CHECK_INT(cs_reply_states("不是物业代收，是放进快递柜了", fact, 1), 1);
    /* cs_reply_mentions still finds the word: asking whether it was named is another question */
    CHECK_INT(cs_reply_mentions("并不是快递柜", fact, 1), 1);
}

/* A wait told to the caller: a number, 几 or 半 before 分钟/秒 (贵阳 §二(一) 1.2's 等待前用语 with
 * its length); 积分 and a rating's 分 are no wait. */
static void test_announces_wait(void)
{
    CHECK_INT(cs_reply_announces_wait("请您稍等，大概要三分钟，我帮您查一下"), 1);
    CHECK_INT(cs_reply_announces_wait("稍等几分钟好吗"), 1);
    CHECK_INT(cs_reply_announces_wait("给我三十秒，马上好"), 1);
    CHECK_INT(cs_reply_announces_wait("请您稍等，我帮您核实一下好吗"), 0);
    CHECK_INT(cs_reply_announces_wait("您有3000积分，可以换30元话费"), 0);
    CHECK_INT(cs_reply_announces_wait(NULL), 0);
    /* fix17c: the wait told, in seconds (0 when named by no number) */
    double told = -1;
    CHECK_INT(cs_reply_wait_told("您稍等，大概要三分钟", &told), 1);
    CHECK_INT(told == 180, 1);
    CHECK_INT(cs_reply_wait_told("给我四十秒，马上好", &told), 1);
    CHECK_INT(told == 40, 1);
    CHECK_INT(cs_reply_wait_told("稍等几分钟好吗", &told), 1);
    CHECK_INT(told == 0, 1);
    CHECK_INT(cs_reply_wait_told("请您稍等，我帮您核实", &told), 0);
    /* fix17c: a change of amount recorded the wrong way round (from 199 to 58) */
    CHECK_INT(cs_reply_change_reversed("原资费58元，变更为199元", 199, 58), 1);
    CHECK_INT(cs_reply_change_reversed("58元→199元", 199, 58), 1);
    CHECK_INT(cs_reply_change_reversed("现在是58元的套餐，换成199元", 199, 58), 1);
    CHECK_INT(cs_reply_change_reversed("199元→58元", 199, 58), 0);
    CHECK_INT(cs_reply_change_reversed("由199元套餐改成58元套餐", 199, 58), 0);
    CHECK_INT(cs_reply_change_reversed("停用199元档，新开通58元档", 199, 58), 0);
    CHECK_INT(cs_reply_change_reversed("套餐变更：199元改58元，每月省141元", 199, 58), 0);
    CHECK_INT(cs_reply_change_reversed("58元套餐（原199元）", 199, 58), 0);
    CHECK_INT(cs_reply_change_reversed(NULL, 199, 58), 0);
}

/* What a change saves or adds, worked out from the two amounts she said, is no amount nobody said:
 * the difference or the sum is a true note in the record (3.1 1.3.2). */
static void test_derived_amount(void)
{
    const double said[] = { 199, 129 };
    double got = 0;
    CHECK_INT(cs_reply_other_amount("199元的换成129元的，以后每个月能省七十块", said, 2, &got), 0);
    CHECK_INT(cs_reply_other_amount("原套餐199元，新套餐129元，差价70元", said, 2, &got), 0);
    CHECK_INT(cs_reply_other_amount("两项合计328元", said, 2, &got), 0);
    /* a third amount is still wrong, even beside a true saving */
    CHECK_INT(cs_reply_other_amount("改成139元的，每月少交70元", said, 2, &got), 1);
    CHECK_NEAR(got, 139, 0);
    /* one amount alone gives nothing to work out: twice the price is no price */
    const double one[] = { 99 };
    CHECK_INT(cs_reply_other_amount("每月198元", one, 1, &got), 1);
}

static void test_reads_back(void)
{
    CHECK_INT(cs_reply_reads_back("跟您核对一下，139 1234 5678，对吗？", "13912345678"), 1);
    CHECK_INT(cs_reply_reads_back("号码是幺三九一二三四五六七八", "13912345678"), 1);
    CHECK_INT(cs_reply_reads_back("139-1234-5678", "1 3 9 1 2 3 4 5 6 7 8"), 1);
    CHECK_INT(cs_reply_reads_back("一三九两两三四五六七八", "13922345678"), 1);
    CHECK_INT(cs_reply_reads_back("139 1234 5679", "13912345678"), 0);
    CHECK_INT(cs_reply_reads_back("1391234567", "13912345678"), 0);   /* one digit dropped */
    CHECK_INT(cs_reply_reads_back("您的地址是花果园５栋", "花果园5栋"), 1);
    CHECK_INT(cs_reply_reads_back("好的", ""), 0);
}

static void test_longest_number(void)
{
    CHECK_INT(cs_reply_longest_number("领导的手机是138 1234 5678"), 11);
    CHECK_INT(cs_reply_longest_number("号码是幺三八一二三四五六七八"), 11);
    CHECK_INT(cs_reply_longest_number("0851-8666 1234"), 12);
    CHECK_INT(cs_reply_longest_number("领导的电话是不对外提供的"), 0);
    CHECK_INT(cs_reply_longest_number("三到五个工作日，20GB"), 2);
    CHECK_INT(cs_reply_longest_number(NULL), 0);
}

static void test_field(void)
{
    CHECK_INT(cs_field_matches("13912345678", "139 1234 5678"), 1);
    CHECK_INT(cs_field_matches("1 3 9 1 2 3 4 5 6 7 8", "13912345678"), 1);
    CHECK_INT(cs_field_matches("13912345678", "13912345679"), 0);    /* a wrong number */
    CHECK_INT(cs_field_matches("13912345678", "1391234567"), 0);
    CHECK_INT(cs_field_matches("YT1234567890", "1234567890"), 1);
    CHECK_INT(cs_field_matches("花果园五栋一二零三", "花果园5栋1203"), 1);
    CHECK_INT(cs_field_matches("贵阳市南明区花果园五栋", "贵阳市南明区花果园六栋"), 0); /* 1 in 10 wrong */
    CHECK_INT(cs_field_matches("张三", "张三"), 1);
}

/* A number inside a dictated field (house, room) must be right digit for digit (3.1 1.3.2 能记录
 * 有效信息); a record in traditional characters is the record dictated. */
static void test_field_numbers_and_traditional(void)
{
    CHECK_INT(cs_field_numbers_match("云岩区中华北路108号3单元502室", "云岩区中华北路180号3单元502室"), 0);
    CHECK_INT(cs_field_numbers_match("云岩区中华北路108号3单元502室", "云岩区中华北路108号三单元502室"), 1);
    CHECK_INT(cs_field_numbers_match("云岩区中华北路108号3单元502室", "云岩区中华北路108号3单元"), 0);
    CHECK_INT(cs_field_numbers_match("燃气灶打不着火", "燃气灶打不着"), 1);   /* no number in it */
    /* the same number written out (十八号, 一百零八号, 幺三九…, 两, full width) is the number
     * dictated; a wrong digit written out is still wrong (3.1 1.3.2) */
    CHECK_INT(cs_field_numbers_match("中华北路18号", "中华北路十八号"), 1);
    CHECK_INT(cs_field_numbers_match("中华北路108号", "中华北路一百零八号"), 1);
    CHECK_INT(cs_field_numbers_match("中华北路120号", "中华北路一百二十号"), 1);
    CHECK_INT(cs_field_numbers_match("中华北路120号", "中华北路一百二"), 1);
    CHECK_INT(cs_field_numbers_match("23栋", "二十三栋"), 1);
    CHECK_INT(cs_field_numbers_match("10号", "十号"), 1);
    CHECK_INT(cs_field_numbers_match("200元", "两百元"), 1);
    CHECK_INT(cs_field_numbers_match("中华北路18号", "中华北路十九号"), 0);
    CHECK_INT(cs_field_numbers_match("中华北路108号", "中华北路一百八十号"), 0);
    CHECK_INT(cs_field_matches("13912345678", "幺三九一二三四五六七八"), 1);
    CHECK_INT(cs_field_matches("13912345678", "１３９１２３４５６７８"), 1);
    CHECK_INT(cs_field_matches("13912345678", "幺三九一二三四五六七九"), 0);
    CHECK_INT(cs_field_matches("贵阳市中华北路18号", "贵阳市中华北路十八号"), 1);
    CHECK_INT(cs_field_matches("十分紧急", "十分紧急"), 1);
    CHECK_INT(cs_reply_reads_back("您的门牌是十八号对吗", "18号"), 1);
    CHECK_INT(cs_field_matches_read(bank, "云岩区中华北路108号3单元502室", "雲巖區中華北路108號3單元502室"), 1);
    CHECK_INT(cs_field_matches_read(bank, "杨丽华", "楊麗華"), 1);
    CHECK_INT(cs_field_matches_read(bank, "杨丽华", "楊麗萍"), 0);
    CHECK_INT(cs_reply_reads_back_read(bank, "地址是雲巖區中華北路108號，對嗎？", "云岩区中华北路108号"), 1);
}

static void test_english(void)
{
    CHECK_INT(cs_reply_in_english("Hello, I can help you."), 1);
    CHECK_INT(cs_reply_in_english("您好，请问有什么可以帮您？"), 0);
    CHECK_INT(cs_reply_in_english("您好 OK"), 0);
}

/* A topic asserted, not asked or echoed (2.19: the caller's question repeated is no guess). */
static void test_asserts(void)
{
    const char *guess[] = { "可以享受", "能享受", "不能享受" };
    CHECK_INT(cs_reply_asserts(bank, "可以享受的，您放心。", guess, 3), 1);
    CHECK_INT(cs_reply_asserts(bank, "副卡不能享受这个优惠。", guess, 3), 1);
    CHECK_INT(cs_reply_asserts(bank, "副卡能不能享受这个优惠我这边需要核实一下。", guess, 3), 0);
    CHECK_INT(cs_reply_asserts(bank, "非常抱歉，副卡是否能享受我们暂时无详细资料，需进一步核实。", guess, 3), 0);
    CHECK_INT(cs_reply_asserts(bank, "您是问副卡能享受这个优惠吗？我帮您核实。", guess, 3), 0);
    CHECK_INT(cs_reply_asserts(bank, "您问的副卡能享受的优惠，需要核实后答复您。", guess, 3), 0);
    CHECK_INT(cs_reply_asserts(bank, "我帮您查一下，应该能享受。", guess, 3), 1);      /* a guess after a check */
    CHECK_INT(cs_reply_asserts(bank, "副卡可以享受嗎？我幫您核實。", guess, 3), 0);       /* traditional, a question */
    CHECK_INT(cs_reply_asserts(bank, "副卡可以享受，您放心。", guess, 3), 1);
    const char *open[] = { "开通" };
    CHECK_INT(cs_reply_asserts(bank, "需要为您开通国际漫游吗", open, 1), 0);
    CHECK_INT(cs_reply_asserts(bank, "已为您开通国际漫游", open, 1), 1);
    CHECK_INT(cs_reply_asserts(bank, "有没有开通过", open, 1), 0);
    CHECK_INT(cs_reply_asserts(bank, NULL, open, 1), 0);
}

/* A question about a topic in any ordinary wording (3.1 2.2.1 通过提问技巧获取客户需求): the fault
 * was a needs question taken only with ？/吗/请问 and one of a few listed words, so 家里有多少位家庭
 * 成员, 平常谁上网多一些……呢 and 想了解一下，……多少个人上网 were no question. */
static void test_asks_about_topic(void)
{
    const char *use[] = { "人", "成员", "谁", "上网", "做什么", "干什么", "情况", "几" };
    size_t n = sizeof use / sizeof *use;
    CHECK_INT(cs_reply_asks(bank, "您家里有多少位家庭成员？宽带主要做什么？", use, n), 1);
    CHECK_INT(cs_reply_asks(bank, "您家里平常谁上网多一些，是看视频还是打游戏呢", use, n), 1);   /* 呢, no ？ */
    CHECK_INT(cs_reply_asks(bank, "想了解一下，您家里有多少个人上网，都主要干什么", use, n), 1); /* no mark at all */
    CHECK_INT(cs_reply_asks(bank, "方便说下您家里上网的情况吗", use, n), 1);
    CHECK_INT(cs_reply_asks(bank, "请问，家里几口人", use, n), 1);                          /* the frame carries on */
    CHECK_INT(cs_reply_asks(bank, "請問您家裡有幾口人上網？", use, n), 1);                  /* traditional */
    /* statements, and questions on another topic, ask nothing about it */
    CHECK_INT(cs_reply_asks(bank, "我们有三个方案，您家人多的话推荐B，全家都能上网。", use, n), 0);
    CHECK_INT(cs_reply_asks(bank, "先生，我们这边有好几个方案。", use, n), 0);               /* 好几个: no question */
    /* calls21: 几 as the few things the agent has or offers asks nothing (3.1 2.2.1); the caller's
     * own household's 有几 still asks, unpunctuated too */
    CHECK_INT(cs_reply_asks(bank, "嗯，我这里目前有几款续费的套餐，马上给您说说", use, n), 0);
    CHECK_INT(cs_reply_asks(bank, "阿姨，我先给您推荐几个划算的，您听听看。", use, n), 0);
    CHECK_INT(cs_reply_asks(bank, "那我介绍您几种优惠吧", use, n), 0);
    CHECK_INT(cs_reply_asks(bank, "我想了解下您家有几口人在用网", use, n), 1);
    CHECK_INT(cs_reply_asks(bank, "咱家平时有几个人上网呀", use, n), 1);
    CHECK_INT(cs_reply_asks(bank, "我们这边登记一下，家里几口人用", use, n), 1);
    CHECK_INT(cs_reply_asks(bank, "您家的宽带下个月到期，要不要续约？", use, n), 0);
    CHECK_INT(cs_reply_asks(bank, "请问您还有其他问题吗？", use, n), 0);
    CHECK_INT(cs_reply_asks(bank, "家里人多的话，这个方案更合适。请问您要办吗？", use, n), 0); /* topic in the statement */
    CHECK_INT(cs_reply_asks(bank, NULL, use, n), 0);
}

/* Which option a reply recommends (国家职业技能标准 3.2 2.2.1: the hesitant customer is advised):
 * one put forward in any ordinary wording; the options listed and the choice handed back are none.
 * Written from the clause, not from any play. */
static size_t rec(const char *text)
{
    static const char *const words[] = { "换货", "换一台", "换新", "退货", "退款", "退掉" };
    static const size_t option[] = { 1, 1, 1, 2, 2, 2 };
    return cs_reply_recommends(bank, text, words, option, 6, 2);
}

static void test_recommends_one_option(void)
{
    CHECK_INT((int)rec("我建议您换货，换一台新的就好。"), 1);
    CHECK_INT((int)rec("要是我的话，我觉得退货更省心，钱原路退回。"), 2);
    CHECK_INT((int)rec("建议您：换货。"), 1);                                   /* the cue alone carries on */
    CHECK_INT((int)rec("换货比退货快，明天就上门取件。"), 1);                    /* 比: the first */
    CHECK_INT((int)rec("您要是还想用这款手机，最好是换货；不想要了也可以退货。"), 1);
    CHECK_INT((int)rec("我個人覺得換貨更划算一些。"), 1);                         /* traditional */
    CHECK_INT((int)rec("推荐您直接退款，不用再等新机。"), 2);
    /* listed, handed back, or not advised */
    CHECK_INT((int)rec("这种情况退货或者换货都可以，您看您想选哪一种？"), 0);
    CHECK_INT((int)rec("退货和换货各有好处，看您自己的需要。"), 0);
    CHECK_INT((int)rec("建议您在七天内申请退货或换货。"), 0);                     /* both advised alike */
    CHECK_INT((int)rec("不建议退货，也不建议换货，您先联系商家。"), 0);           /* negated */
    CHECK_INT((int)rec("您是想退货还是换货呢？"), 0);                             /* a question */
    CHECK_INT((int)rec("我建议换货。不过退款更快。"), 0);                         /* two different advices */
    CHECK_INT((int)rec("您的心情我理解，我来帮您处理。"), 0);
    CHECK_INT((int)rec(NULL), 0);
}

/* The offers listed before the one recommended (3.1 2.2.2 结合客户需求提供服务方案: the plan put
 * forward, not the first one named): a trainee who runs through every offer and then names one is
 * read as recommending that one, in one clause or several. Written from the clause, not a play. */
static size_t plan(const char *text)
{
    static const char *const words[] = { "100兆", "59元", "300兆", "99元", "千兆", "1000兆", "199元" };
    static const size_t option[] = { 1, 1, 2, 2, 3, 3, 3 };
    return cs_reply_recommends(bank, text, words, option, 7, 3);
}

static void test_recommends_after_listing_all(void)
{
    CHECK_INT((int)plan("我们有三档：100兆59元、300兆99元、千兆199元，根据您家的情况我推荐300兆的。"), 2);
    CHECK_INT((int)plan("100兆、300兆、千兆这三个里面，我建议您选千兆"), 3);
    CHECK_INT((int)plan("续约有100兆59元的，也有300兆99元和千兆199元的，其实300兆最适合您家"), 2);
    CHECK_INT((int)plan("一共三种：100兆，300兆，1000兆。就您两位老人的用量，100兆更划算。"), 1);
    CHECK_INT((int)plan("千兆和300兆都有，我个人觉得100兆就够了"), 1);
    CHECK_INT((int)rec("退货、换货都能办，比较下来我建议您换货"), 1);
    CHECK_INT((int)rec("换货或者退货随您，要我说不如退款"), 2);
    /* typed in one breath, the list and the advice in one clause */
    CHECK_INT((int)plan("有100兆59元300兆99元千兆199元三种我推荐您家办300兆"), 2);
    CHECK_INT((int)plan("100兆300兆千兆这几个里面我建议千兆"), 3);
    CHECK_INT((int)plan("在100兆和千兆之间我觉得选100兆就行"), 1);
    CHECK_INT((int)plan("100兆 300兆 千兆 对您家来说300兆最合适"), 2);
    CHECK_INT((int)rec("退货换货都行但我建议换货"), 1);
    /* still none: every offer listed with no one singled out, or two put forward alike */
    CHECK_INT((int)plan("我们有100兆59元、300兆99元和千兆199元三个方案，您看看要哪个？"), 0);
    CHECK_INT((int)plan("建议您在300兆或者千兆里选一个"), 0);
    CHECK_INT((int)plan("100兆和300兆都更划算"), 0);
    CHECK_INT((int)rec("退货和换货都更省心，您自己决定"), 0);
}

/* English asks as English asks (english_caller, 3.1 3 简单的英语会话): the normal form dropped the
 * spaces, so "your address" was one word and no question of the reply held address; a question
 * without "?" (What is your address) was none. Statements ask nothing and a question asserts
 * nothing; 请问 still asks in Chinese around an English word. */
static void test_asks_in_english(void)
{
    const char *addr[] = { "address", "live" };
    CHECK_INT(cs_reply_asks(bank, "Could you tell me your address?", addr, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "What is your address", addr, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "Where do you live?", addr, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "OK. Please tell me your home address.", addr, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "May I have your address, please?", addr, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "请问您的address是多少？", addr, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "Your address is on the form.", addr, 2), 0);
    CHECK_INT(cs_reply_asks(bank, "The engineer will come to your address tomorrow", addr, 2), 0);
    CHECK_INT(cs_reply_asks(bank, "Could you tell me your name? I have your address already.", addr, 2), 0);
    CHECK_INT(cs_reply_asks(bank, "Is the addressbook open?", addr, 2), 0);   /* a word inside a word */
    const char *day[] = { "day" };
    CHECK_INT(cs_reply_asks(bank, "Have a nice day!", day, 1), 0);
    CHECK_INT(cs_reply_asserts(bank, "What is your address", addr, 2), 0);
    CHECK_INT(cs_reply_asserts(bank, "Please tell me your address.", addr, 2), 0);
    CHECK_INT(cs_reply_asserts(bank, "We have your address on file.", addr, 2), 1);
}

/* fix21c: the routed caller addressed by surname (国家职业技能标准 3.3 2.1.1): the surname or the
 * input method's homophone of it before a form of address; the character as money is no name. And
 * 几 after a new offer of our side, or after 咱们这边有, is "a few", no needs question (3.1 2.2.1). */
static void test_names_surname(void)
{
    CHECK_INT(cs_reply_names_surname(bank, "钱先生您好，很高兴为您服务。", "钱先生（钻石卡）"), 1);
    CHECK_INT(cs_reply_names_surname(bank, "您好前先生，这里是专席。", "钱先生（钻石卡）"), 1);      /* homophone slip */
    CHECK_INT(cs_reply_names_surname(bank, "錢總您好，我是專席客服。", "钱先生（钻石卡）"), 1);        /* traditional */
    CHECK_INT(cs_reply_names_surname(bank, "您好，存钱、缴费都可以在这里办。", "钱先生（钻石卡）"), 0); /* money */
    CHECK_INT(cs_reply_names_surname(bank, "这个月充钱总共三百元。", "钱先生（钻石卡）"), 0);
    CHECK_INT(cs_reply_names_surname(bank, "您好先生，这里是专席。", "钱先生（钻石卡）"), 0);
    CHECK_INT(cs_reply_names_surname(bank, "强先生您好。", "钱先生（钻石卡）"), 0);                  /* another name */
    const char *needs[] = { "几", "人" };
    CHECK_INT(cs_reply_asks(bank, "咱们这边有几款新套餐，我给您说说。", needs, 2), 0);
    CHECK_INT(cs_reply_asks(bank, "我们最近推出了几款宽带套餐。", needs, 2), 0);
    CHECK_INT(cs_reply_asks(bank, "咱家有几口人上网？", needs, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "您家里有几个人用网", needs, 2), 1);
    CHECK_INT(cs_reply_asks(bank, "好的我记下来有几位家人要用网", needs, 2), 1);     /* noting the answer */
    CHECK_INT(cs_reply_asks(bank, "我们现在有几个续约方案", needs, 2), 0);
    /* reviewer final21 items 1-2: a statement of what the agent knows (我记得有, 我了解到有) asks
     * nothing; a slip inside a word (以前, 提前) or a title starting a longer word (总会, 先生活) names no one */
    CHECK_INT(cs_reply_asks(bank, "我记得有几款宽带新套餐，给您挑一款。", needs, 2), 0);
    CHECK_INT(cs_reply_asks(bank, "我了解到有几款宽带新套餐。", needs, 2), 0);
    CHECK_INT(cs_reply_asks(bank, "好的，我记一下有几位家人要用网。", needs, 2), 1);
    CHECK_INT(cs_reply_names_surname(bank, "以前经理答应的优惠已经给您办了。", "钱先生（钻石卡）"), 0);
    CHECK_INT(cs_reply_names_surname(bank, "可以提前经理那边打个招呼。", "钱先生（钻石卡）"), 0);
    CHECK_INT(cs_reply_names_surname(bank, "多交的钱总会退到原卡上。", "钱先生（钻石卡）"), 0);
    CHECK_INT(cs_reply_names_surname(bank, "走之前先生活费都备好。", "钱先生（钻石卡）"), 0);
    CHECK_INT(cs_reply_names_surname(bank, "好的钱经理，马上给您办。", "钱先生（钻石卡）"), 1);
}

/* A wish governs the win only in its own clause (reviewer final21 item 3): 希望您体谅 and the
 * caller's topic in the next clause wish him nothing (贵阳 §二(三) 特殊处理 5). */
static void test_wishes(void)
{
    const char *win[] = { "中奖", "大奖", "头奖" };
    CHECK_INT(cs_reply_wishes(bank, "那就祝您这期拿个头奖！", win, 3), 1);
    CHECK_INT(cs_reply_wishes(bank, "希望您体谅，大奖开给谁要看彩票中心的公告。", win, 3), 0);
    CHECK_INT(cs_reply_wishes(bank, "大奖的事查不了，祝您生活愉快。", win, 3), 0);
    CHECK_INT(cs_reply_wishes(bank, NULL, win, 3), 0);
}

TEST_MAIN(
    bank = fixture_bank();
    if (!bank) return 1;
    RUN(test_whole_word);
    RUN(test_mentions);
    RUN(test_mentions_typed);
    RUN(test_retaliates);
        RUN(test_one_taboo_judgement);
        RUN(test_is_phrase);
        RUN(test_mentions_read);
        RUN(test_checks_back);
        RUN(test_promises_contact);
        RUN(test_names_surname); /* fix21c */
        RUN(test_wishes); /* fin21c */
    RUN(test_says_count);
    RUN(test_prepared_same_verdicts);
    RUN(test_insult_named);
    RUN(test_money);
    RUN(test_other_amount);
    RUN(test_derived_amount);
    RUN(test_states_denied);
    RUN(test_announces_wait);
    RUN(test_guess);
    RUN(test_reads_back);
    RUN(test_longest_number);
    RUN(test_field);
    RUN(test_field_numbers_and_traditional);
    RUN(test_english);
    RUN(test_asserts);
    RUN(test_asks_about_topic);
    RUN(test_recommends_one_option);
    RUN(test_recommends_after_listing_all);
    RUN(test_asks_in_english);
    RUN(test_asks_repeat);
    cs_bank_free(bank);
)
