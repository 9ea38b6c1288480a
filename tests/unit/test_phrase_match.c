/* Unit tests of the phrase bank loader and the phrase matcher (grading/phrase_bank.c,
 * grading/phrase_match.c), including precision and recall over the labelled corpora in
 * tests/data/. The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "phrase_bank.h"
#include "phrase_match.h"

#include <stdlib.h>
#include <unistd.h>

#define MIN_PRECISION 0.95
#define MIN_RECALL 0.95

static cs_phrase_bank *bank;
static const char *root = ".";

static const char *rel(const char *sub, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s", root, sub);
    return buf;
}

static cs_match grade(const char *category, const char *text)
{
    cs_match m;
    int rc = cs_match_phrase(bank, category, text, &m);
    CHECK_MSG(rc == 0, "cs_match_phrase(%s) failed", category);
    return m;
}

static int has_missing(const cs_match *m, const char *part)
{
    for (size_t i = 0; i < m->n_missing; i++)
        if (strcmp(m->missing[i], part) == 0) return 1;
    return 0;
}

static void test_bank(void)
{
    static const char *const cats[] = {
        "opening", "hold_before", "hold_after", "silent_prompt", "silent_close", "closing",
        "caller_quiet", "caller_fast", "not_heard", "explain_again", "praised", "bad_attitude",
        "no_contact", "emotional", "repeat_complaint", "correction", "hard_to_reach", "long_wait",
        "too_slow", "transfer", "transfer_failed", "no_knowledge", "dialect", "callback",
        "special_abuse", "special_end", "taboo",
        "agent_quiet", "leader_phone", "wrong_number", "apology",
    };
    for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++) {
        CHECK_MSG(cs_bank_has_category(bank, cats[i]), "category %s missing", cats[i]);
        CHECK_MSG(cs_bank_category_clause(bank, cats[i]) != NULL, "category %s has no clause", cats[i]);
    }
    CHECK_INT(cs_bank_category_count(bank), sizeof cats / sizeof cats[0]);
    CHECK(!cs_bank_has_category(bank, "bogus"));
    CHECK(cs_bank_category_clause(bank, "bogus") == NULL);
    CHECK(strstr(cs_bank_category_clause(bank, "opening"), "1.1") != NULL);
    CHECK(strstr(cs_bank_category_standard(bank, "opening"), "请问有什么可以帮您") != NULL);
    CHECK(cs_bank_phrase_standard(bank, "closing.1") != NULL);
    CHECK(cs_bank_phrase_standard(bank, "closing.99") == NULL);
    CHECK_STR(cs_bank_category_name(bank, cs_bank_category_count(bank) - 1), "taboo");
    CHECK(cs_bank_category_name(bank, 999) == NULL);
}

static void test_design_examples(void)
{
    cs_match m = grade("opening", "先生您好，我是客服小李，请问有什么需要帮助的吗");
    CHECK(m.match);
    CHECK_STR(m.phrase, "opening.1");
    CHECK(m.similarity > 0.5 && m.similarity <= 1.0);
    CHECK_INT(m.n_missing, 0);
    m = grade("opening", "喂，你找谁");
    CHECK(!m.match);
    CHECK(has_missing(&m, "greeting"));
    CHECK(has_missing(&m, "self_intro"));
    CHECK(has_missing(&m, "offer_help"));
}

/* The standard wording, its template placeholders filled as a trainee fills them, is the phrase;
 * the template sent unchanged (先生/女士, XX号 still in it) is not (issue #11). */
static void test_standard_is_exact(void)
{
    for (size_t i = 0; i + 1 < cs_bank_category_count(bank); i++) {
        const char *cat = cs_bank_category_name(bank, i);
        const char *standard = cs_bank_category_standard(bank, cat);
        char *filled = cs_bank_fill_template(standard);
        cs_match m = grade(cat, filled);
        CHECK_MSG(m.match, "standard wording of %s does not match: %s", cat, filled);
        CHECK_MSG(m.similarity > 0.85, "standard wording of %s: similarity %g", cat, m.similarity);
        if (strcmp(filled, standard) != 0) {
            m = grade(cat, standard);
            CHECK_MSG(!m.match && m.reason && strcmp(m.reason, "placeholder") == 0,
                      "template of %s with its placeholders left in counts as the phrase", cat);
        }
        free(filled);
    }
}

static void test_tolerance(void)
{
    CHECK(grade("opening", "ｎｉｈａｏ　您好！！我是  工号８８号 ，请问有什么可以帮您？？").match);
    CHECK(grade("opening", "您好我是工号八号请问有什么可以帮您").match);
    CHECK(grade("opening", "女士，您好，我是贵阳移动公司1088号客服，请问有什么可以帮您").match);
    CHECK(grade("closing", "感谢您的来电。。。再见～").match);
}

static void test_missing_parts(void)
{
    cs_match m = grade("opening", "您好，请问有什么可以帮您");
    CHECK(!m.match);
    CHECK_INT(m.n_missing, 1);
    CHECK(has_missing(&m, "self_intro"));
    m = grade("caller_quiet", "听不清楚，请您大声一点");
    CHECK(!m.match);
    CHECK(has_missing(&m, "apology"));
    m = grade("no_knowledge", "非常抱歉，暂时无详细资料");
    CHECK(has_missing(&m, "promise"));
}

static void test_negation(void)
{
    CHECK(!grade("opening", "您好，我是客服，没有什么可以帮您的").match);
    CHECK(!grade("emotional", "我不理解您为什么要帮您处理").match);
    CHECK(!grade("opening", "您好，我是8号，无法为您服务").match);
    /* the negation reaches over 再, 您 and 跟我 to the act: sparing the caller is no request (2.5) */
    CHECK(!grade("not_heard", "非常抱歉，我没听清您的讲话，您不用再重复了，好吗？").match);
    CHECK(!grade("not_heard", "抱歉，我没听清，您不需要再重复一遍").match);
    CHECK(!grade("not_heard", "抱歉没听清，您别再跟我说一遍了").match);
    /* ... and a question or a suggestion is no negation */
    CHECK(grade("not_heard", "非常抱歉，我没听清您的讲话，您再重复一遍，好吗？").match);
    CHECK(grade("not_heard", "不好意思，我没听清楚，您能不能再说一遍？").match);
    CHECK(grade("not_heard", "不好意思没听清，要不您再说一遍？").match);
}

static void test_wrong_category(void)
{
    CHECK(!grade("opening", "感谢您的来电，再见").match);
    CHECK(!grade("closing", "您好，我是8号客服，请问有什么可以帮您").match);
    CHECK(!grade("hold_before", "感谢您的耐心等待").match);
    CHECK(!grade("hold_after", "请您稍等，我帮您核实一下好吗").match);
    CHECK(!grade("transfer", "非常抱歉，由于话务正忙，暂时不能帮您转接").match);
    CHECK(!grade("silent_prompt", "您好请讲，非常抱歉，听不见您的声音，无法为您服务，再见").match);
}

/* assets/taboo.txt classes (tests/data/tone_more/fixtb9.tsv): 打官腔 (不是你说…就, 你得理解, 没有解释的必要), the agent
 * hiding behind their rank (我也是打工的: 推诿), 没得/莫得关系 in south-western Mandarin, sarcastic places,
 * 好好说话行吗, 下一位 — each asserted as 禁忌语, and their polite look-alikes not. */
static void test_fixtb9_taboo_entries(void)
{
    static const char *const taboo[] = { "办不办不是你说了就算的", "这个你也得理解一下", "我们没有跟您解释的必要",
                                         "我只是个打工的，我能怎么办", "那是厂家的事，和我们门店没得关系",
                                         "你当这是菜市场啊", "你能不能好好说话行不行", "行了，下一位", "这事我们真管不到",
                                         "不是您一闹就能退的", "我们也有我们的难处", "恁急个啥", "急么子急",
                                         "你要多体谅我们一线", "这您得多包涵", "你也理解理解我们", "这事不是你说的算",
                                         NULL };
    for (const char *const *r = taboo; *r; r++) CHECK_MSG(grade("taboo", *r).match, "\"%s\" is 禁忌语", *r);
    static const char *const fine[] = { "感谢您对我们工作的理解和支持", "希望您能理解，我马上帮您加急",
                                        "这和您的信用没有关系，您放心", "我帮您转给下一位值班的工程师", "请您多理解，我马上加急", "还请您多体谅", "请您多包涵，是我们没做好",
                                        "不是您的问题，是系统在升级", "请问您有什么急事",
                                        "非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？",
                                        "感谢您的来电，若没有其他业务咨询，再见！", NULL };
    for (const char *const *r = fine; *r; r++) CHECK_MSG(!grade("taboo", *r).match, "\"%s\" is no 禁忌语", *r);
}

/* Look-alikes of the fixtb9 entries that a courteous agent says: thanks for understanding in any
 * word of thanks (多谢, 承蒙: the exception must span the whole entry, or it never applies), a
 * request for understanding made with 麻烦 / 拜托 / 望 (2.1 礼貌用语), the caller told their place
 * in the queue, a third party's 苦衷, a thing hard to find, an explanation owed to a bank, the
 * agent seeing the caller's hurry, asking what to chase, the shared lot as empathy (我也是打工的，
 * 特别理解您) — each stays clean, and the entry's own
 * fault is still caught. */
static void test_taboo_entry_lookalikes(void)
{
    static const char *const fine[] = { "多谢您理解我们的工作", "承蒙您体谅我们的难处，我马上加急", "谢谢您理解一下我们",
                                        "麻烦您多理解，抢修队已经出发了", "拜托您多体谅，师傅半小时内到", "还望您多理解",
                                        "不用担心，您是下一位", "楼上住户可能也有苦衷，我们上门协调一下",
                                        "这款滤芯我们也不容易订到，要多等两天", "您不用再向银行解释了，我们出了说明",
                                        "看您恁急，我给您走加急", "您想催啥单子？我帮您查", "您问我我问过仓库了，明天发货",
                                        "我也是打工的，特别理解您的心情", "听得出您恁急，我先给您把单子加急", NULL };
    for (const char *const *r = fine; *r; r++) CHECK_MSG(!grade("taboo", *r).match, "\"%s\" is no 禁忌语", *r);
    static const char *const taboo[] = { "我们也不容易啊", "我们也有苦衷，您别为难我", "我们没必要跟您解释那么多",
                                         "您多理解吧", "你多体谅一下", "好了好了，下一位", "你问我我问谁", "恁急啥嘛",
                                         "催啥催", "您得理解我们的工作",
                                         "我也是打工的，你理解一下我", "你恁急个啥", NULL };
    for (const char *const *r = taboo; *r; r++) CHECK_MSG(grade("taboo", *r).match, "\"%s\" is 禁忌语", *r);
}

static void test_taboo(void)
{
    cs_match m = grade("opening", "您好，我是8号客服，请问有什么可以帮您，傻X");
    CHECK(!m.match);
    CHECK(m.insult);
    CHECK(m.n_taboo >= 1);
    m = grade("taboo", "这个我不知道，你自己去查");
    CHECK(m.match);
    CHECK(!m.insult);
    CHECK(m.n_taboo >= 2);
    CHECK(m.phrase != NULL);
    m = grade("taboo", "不知道您方便留一个联系电话吗");
    CHECK(!m.match);
    /* reassurance, not 推诿: the caller not knowing a detail does not matter (assets/taboo.txt) */
    CHECK(!grade("taboo", "不知道运单号也没关系，您报一下寄件人电话我也能查").match);
    CHECK(grade("taboo", "我不知道，你自己去问快递").match);
    m = grade("taboo", "系统操作比较慢，请您靠近话筒");
    CHECK(!m.match);
    cs_scan_taboo(bank, "闭嘴，神经病", &m);
    CHECK(m.insult);
    CHECK_INT(m.n_taboo, 2);
    CHECK(m.phrase == NULL);
    /* 打官腔 and 推诿 in a bank desk's written register (assets/taboo.txt, helper voices3): the caller
     * left with no way on; the same words followed by help, or the agent's own promise, are not */
    CHECK(grade("taboo", "此事恕不解释，请知悉").match);
    CHECK(grade("taboo", "该笔交易与本公司无涉，请勿再致电").match);
    CHECK(grade("taboo", "贵客户如有不满，悉听尊便").match);
    CHECK(!grade("taboo", "具体到账时间本席无从知晓，我这就帮您联系清算中心核实，稍后回电").match);
    CHECK(!grade("taboo", "这次是我们的失误，我们保证下不为例").match);
    CHECK(!grade("taboo", "价格如有变动，恕不另行通知，敬请谅解").match);
    /* 自行 / 亲自 hand the task back to the caller, unless the agent's side is the one who acts
     * (cs_words_help_after) */
    CHECK(grade("taboo", "这个不归我们管，烦请您自行联系银行").match);
    CHECK(!grade("taboo", "这个不归我们管，本行会自行联系发卡行核实，今天内回复您").match);
    CHECK(!grade("taboo", "这个不归我们管，我们会亲自联系银行帮您核实").match);
    /* 有什么不明白的，您随时再来电: the caller's unclear points named to invite the next question
     * (tone_rhetorical.c unclear_invited); 这有什么不明白的 still reproaches */
    CHECK(!grade("taboo", "有什么不明白的，您随时再来电").match);
    CHECK(!grade("taboo", "好，那就这样，有啥不明白的再打过来，再见").match);
    CHECK(grade("taboo", "这有什么不明白的，再说一遍你也不懂").match);
    /* 有啥事再打过来: the closing's invitation said in northern speech, not a curt 啥事 */
    CHECK(!grade("taboo", "有啥事随时找我").match);
    CHECK(grade("taboo", "说吧，你有啥事？").match);
}

static int insult_of(const char *text)
{
    cs_match m = grade("taboo", text);
    return m.insult;
}

/* The list and reported-speech classes seen missed on the retired set seen3 (helper seentone), own
 * sentences both ways: the caller's or others' not knowing, quoted 禁忌语, a read-back of the
 * caller's account, 嗯嗯 handing the turn back, the agent's own 说了半天, exasperation, insults. */
static void test_seen_list_classes(void)
{
    CHECK(!grade("taboo", "要是您不知道订单号，报手机号也能查").match);
    CHECK(!grade("taboo", "很多人都不知道这项优惠，我给您说一下").match);
    CHECK(!grade("taboo", "这个我也不知道，我帮您问一下技术部门，半小时内回复您").match);
    CHECK(grade("taboo", "不知道，别问我").match);
    CHECK(!grade("taboo", "您说营业员讲“关我什么事”，这个态度确实不对，我帮您登记").match);
    CHECK(grade("taboo", "关我什么事").match);
    CHECK(!grade("taboo", "我核对一下：您是说师傅来了一趟就挂了您的电话，是吗？").match);
    CHECK(!grade("taboo", "嗯嗯，您接着说，我在记。").match);
    CHECK(grade("taboo", "嗯嗯嗯嗯，那个那个").match);
    /* the list alone (the tone model judges the wording apart) */
    cs_match m;
    cs_scan_taboo(bank, "不好意思，我说了半天也没说到点子上", &m);
    CHECK_INT(m.n_taboo, 0);
    cs_scan_taboo(bank, "你说了半天到底要办什么", &m);
    CHECK(m.n_taboo >= 1);
    cs_scan_taboo(bank, "真无语，您自己看短信吧", &m);
    CHECK(m.n_taboo >= 1);
    cs_scan_taboo(bank, "让您这么无语，实在抱歉", &m);   /* the list's exception: the caller's feeling */
    CHECK_INT(m.n_taboo, 0);
    CHECK(insult_of("出门把脑子带上"));
    CHECK(insult_of("穷就别买了"));
    CHECK(!insult_of("这种货品支持七天无理由退货"));
}

/* Issue #11, classes still missed (own sentences, both directions): 著 as the particle in
 * traditional text, list words in innocent senses, 废话 the agent says of own words, and 2.11's
 * 没办法…联系 exception no wider than the agent reaching the caller. */
static void test_missed_list_classes(void)
{
    /* 著 read as 着 only outside lexicon words (等著 → 等着; 顯著, 著作, 土著 stay) */
    CHECK(insult_of("你給我等著瞧"));
    CHECK(grade("taboo", "那您就看著辦吧").match);
    CHECK(!grade("taboo", "這個方法效果很顯著").match);
    CHECK(!grade("taboo", "您借的那本著作已經到館了").match);
    CHECK(!grade("taboo", "請您別著急，我們馬上處理").match);
    /* innocent senses of curse words: a dish, boiling water, a Tibetan name */
    CHECK(!grade("taboo", "今天的菜单上有清蒸王八").match);
    CHECK(!grade("taboo", "锅里的水滚了就可以下饺子").match);
    CHECK(!grade("taboo", "扎西尼玛先生，您的包裹到了").match);
    CHECK(insult_of("王八蛋"));
    CHECK(insult_of("你给我滚"));
    /* 废话 of the agent's own words vs of the caller's */
    CHECK(!grade("taboo", "我刚才说了句废话，不好意思").match);
    CHECK(grade("taboo", "你讲的全是废话").match);
    /* 请您冷静 calms; a bare 你冷静 orders */
    CHECK(!grade("taboo", "请您冷静，我们一定给您处理").match);
    /* 2.11: 没办法与您取得联系 passes; 没办法，您自己联系 sends the caller off */
    CHECK(!grade("taboo", "您不留电话的话，我们就没办法与您取得联系").match);
    CHECK(grade("taboo", "没办法，你自己去联系厂家").match);
    /* 逼 the verb, negated, is an assurance; the curse stays */
    CHECK(!insult_of("办不办由您决定，我们不会逼您"));
    CHECK(insult_of("你个傻逼"));
}

/* The label rule (tests/data/eval/README.md "How a label is decided"): condescension
 * with no demeaning word is 禁忌语 but no insult, and no statistical bar makes it one; a name or an
 * attack on the mind in the same reply still is. Own sentences. */
static void test_condescension_not_insult(void)
{
    static const char *const rude[] = { "这个都搞不明白吗？", "您是第一回用电脑吧？", "跟您讲了您也听不明白",
                                        "你到底会不会用手机", "这么容易的事都不会吗", NULL };
    for (const char *const *s = rude; *s; s++) {
        cs_match m = grade("taboo", *s);
        CHECK_MSG(m.match && !m.insult, "%s: 禁忌语 %d, insult %d (want 1, 0)", *s, m.match, m.insult);
    }
    CHECK(insult_of("笨蛋，这么容易的事都不会吗"));
    CHECK(insult_of("您是第一次做人吗"));
    CHECK(insult_of("你会不会说人话"));
}

/* False insults: the agent running themself down and putting it right, a condition
 * about hearing or understanding offered with help, a curse at the agent's own machine. Own
 * sentences; the same words aimed at the caller still insult. */
static void test_false_insults_fixin9(void)
{
    CHECK(!grade("taboo", "我这猪脑子，把您的日期写错了，马上改过来").match);
    CHECK(!grade("taboo", "是我眼花了，看错一位数字，实在对不起").match);
    CHECK(insult_of("你这猪脑子，日期都写错了"));
    CHECK(!insult_of("您理解能力有问题的话也不要紧，我慢慢给您讲"));
    CHECK(!insult_of("阿姨耳朵不好的话，我大声一点给您念"));
    CHECK(insult_of("你脑子有问题吧，听不懂就别打了"));
    cs_match m = grade("taboo", "这该死的电脑又死机了，您稍等");
    CHECK(m.match && !m.insult);
    m = grade("taboo", "見鬼，打印機又卡紙了");
    CHECK(!m.insult);
    CHECK(insult_of("该死的，你还打来干嘛"));
}

/* Insult recall classes of the retired seen7/seen8, own sentences both ways: harm
 * wished on the caller, looks mocked, the caller named or likened to a beast, a stereotype of sex,
 * 大聪明 and 好自为之, full-width Latin abbreviations, 阁下 as "you", 二百五 before 一个. */
static void test_insult_recall_fixin9(void)
{
    CHECK(insult_of("祝你出门就摔跤，天天倒霉"));
    CHECK(insult_of("但愿你家的店早点倒闭"));
    CHECK(insult_of("你早晚会遭报应的"));
    CHECK(!grade("taboo", "祝您一路顺风，天天开心").match);
    CHECK(!grade("taboo", "希望您的行李不会丢了，我们全程跟踪").match);
    CHECK(insult_of("就你这长相，还是别开美颜认证了"));
    CHECK(insult_of("肥成这样还点全家桶"));
    CHECK(!insult_of("您孩子长得真快，可以换大一号的座椅了"));
    CHECK(insult_of("您这头倔驴，怎么说都不听"));
    CHECK(insult_of("跟只蟑螂似的，打都打不死"));
    CHECK(!insult_of("您家这只狗的疫苗记录已经更新"));
    CHECK(!insult_of("页面加载跟蜗牛一样慢，我们正在修复"));
    CHECK(insult_of("你们女的都是头发长见识短"));
    CHECK(!insult_of("女性客户也可以办理这项保险"));
    CHECK(!insult_of("您这只鹦鹉的体检报告出来了"));
    CHECK(insult_of("你还真是个大聪明啊"));
    CHECK(insult_of("您最好好自为之"));
    CHECK(insult_of("ＳＢ，别打了"));
    CHECK(!insult_of("您的订单号ＳＢ２０２４０１０１已查到"));
    CHECK(insult_of("阁下脑子进水了吧"));
    CHECK(insult_of("真是二百五一个"));
    CHECK(!grade("taboo", "三千五一个月的套餐已经为您办好").match);
}

/* An insult word inside a thing's name: a product, item or forum it heads is no
 * word at the caller; the same word at the caller still insults. Own sentences. */
static void test_insult_word_in_name(void)
{
    CHECK(!insult_of("您兑换的这个笨蛋猫皮肤已经到账"));
    CHECK(!insult_of("网上那个白痴吧的说法不是真的"));
    CHECK(!insult_of("您在神经病吧里看到的链接请不要点"));
    CHECK(insult_of("你就是个白痴吧"));
    CHECK(insult_of("神经病吧你"));
}

/* The caller's mind judged deficient in polite words: an insult; someone else's
 * mind, the agent's own, or a condition offered with help is not. Own sentences. */
static void test_mind_judged_deficient(void)
{
    CHECK(insult_of("您的智商恐怕不足以理解这个条款"));
    CHECK(insult_of("您的反应和脑子都跟不上"));
    CHECK(!insult_of("您女儿的理解能力在同龄人里很不错"));
    CHECK(!insult_of("我的脑子跟不上了，麻烦您慢点说"));
    CHECK(grade("taboo", "我慢慢讲一遍，您给我听仔细了，别再弄错").match);   /* no slip of the agent's owned */
    CHECK(!insult_of("要是您的理解能力跟不上也没关系，我一步一步讲"));
}

/* Issue #11, insult forms others write (helper owninsult; own sentences, not from any corpus):
 * the caller's family abused, a part of the mind called an ornament or broken, a name with an
 * adverb between it and 你 or likened with 似的, masked curses and initials; and the same words
 * in innocent senses (贵阳 §二(二) 2.1, §二(四) 4.2: an insult fails the call). */
static void test_insults_others_write(void)
{
    CHECK(insult_of("你们一家子都是神经病"));
    CHECK(insult_of("你父母没教过你做人吗"));
    CHECK(!insult_of("您全家都可以办理这个亲情套餐"));
    CHECK(!insult_of("您父母的账户我也可以帮您查"));
    CHECK(insult_of("你的眼睛是摆设吗"));
    CHECK(insult_of("你这脑袋是不是转不动了"));
    CHECK(!insult_of("我这脑子一下转不过来，您再说一遍"));
    CHECK(insult_of("你简直就是个奇葩"));
    CHECK(insult_of("你确实是个无赖"));
    CHECK(insult_of("疯子似的，半夜打来"));
    CHECK(insult_of("艹，还来"));
    CHECK(insult_of("草！又是你"));
    CHECK(!insult_of("小区门口的草已经安排人去割了"));
    CHECK(insult_of("mdzz，说几遍了"));
    CHECK(!insult_of("您奶奶的医保卡可以由您代办"));
    CHECK(!insult_of("这批货色泽很好，您放心"));
    /* a degree others use (有多, 咋这么) and 二 for a fool; denied with a degree, a reassurance */
    CHECK(insult_of("你得有多笨才会信这种短信"));
    CHECK(insult_of("你咋那么二啊"));
    CHECK(!insult_of("您住二楼还是三楼"));
    CHECK(!insult_of("您没那么笨，是这个界面太乱了"));
    CHECK(!insult_of("您不是那么傻的人，只是一时着急"));
    CHECK(insult_of("你怎么这么傻"));
    CHECK(insult_of("你才更不是个东西"));
    CHECK(insult_of("我看你是活腻歪了"));
    /* (helper seen4fix) aimed: a particle or an afterthought 你 after, 就别 after, likened, a degree
     * word between; Hong Kong / Taiwan words; retaliation in kind; not of a thing */
    CHECK(insult_of("哑巴啊？说话！"));
    CHECK(insult_of("聋子就别打电话了"));
    CHECK(insult_of("说话跟个结巴似的"));
    CHECK(!insult_of("他说话跟个结巴似的，您别介意"));
    CHECK(insult_of("你真的很白目"));
    CHECK(insult_of("痴線㗎你"));
    CHECK(insult_of("你也好不到哪里去"));
    CHECK(insult_of("你也不是啥好人"));
    CHECK(!insult_of("那个软件不是什么好东西，建议您卸载"));
    CHECK(!insult_of("低能耗的冰箱更省电"));
    /* one input-method slip in an insult of three characters or more, closing its clause */
    CHECK(insult_of("你脑子是不是近水了"));
    CHECK(insult_of("半夜三更打电话，神经并"));
    CHECK(!insult_of("片子显示神经并没有受到压迫"));
}

/* Does the taboo verdict on text say the slip typed → meant? */
static int taboo_typo(const char *text, const char *typed, const char *meant)
{
    cs_match m = grade("taboo", text);
    if (!m.match) return 0;
    for (size_t i = 0; i < m.n_typos; i++)
        if (strcmp(m.typos[i].typed, typed) == 0 && strcmp(m.typos[i].meant, meant) == 0) return 1;
    return 0;
}

/* Issue #11 item 2 (helper tabootypo): a 禁忌语 typed with one input-method homophone slip is still
 * the 禁忌语, and the verdict says the typo; own sentences. A slip that breaks a word of the entry
 * (废话 typed 费话) counts anywhere; one on a one-character word (不 of 不归我们管 typed 补) only
 * closing its clause and typed with the rarer character; never two slips, never a two-character
 * entry, never past the entry's exceptions. */
static void test_taboo_slips(void)
{
    CHECK(taboo_typo("少费话！", "少费话", "少废话"));   /* alone: after another hit no slip is sought */
    CHECK(taboo_typo("这个补归我们管", "补归我们管", "不归我们管"));
    CHECK(taboo_typo("无可奉高", "无可奉高", "无可奉告"));
    CHECK(taboo_typo("不之道怎么弄", "不之道", "不知道"));
    CHECK(taboo_typo("找领到去", "找领到", "找领导"));
    CHECK(taboo_typo("这个我也不晓的", "不晓的", "不晓得"));
    CHECK(taboo_typo("不按时缴费，后果自付", "后果自付", "后果自负"));
    /* both the 禁忌语 and the insult entry of the same words, one typo said */
    cs_match m = grade("taboo", "听不懂人化");
    CHECK(m.match && m.insult && m.n_typos == 1);
    /* innocent: the slip on a one-character word going on into a polite clause, the entry's
     * exception typed with the same slip, two slips, a plain polite reply */
    CHECK(!grade("taboo", "那有空的时候您再来营业厅办理也可以").match);
    CHECK(!grade("taboo", "您不知到户号的话，我帮您查一下").match);
    CHECK(!grade("taboo", "如果您不之道密码，可以带身份证去营业厅重置").match);
    CHECK(!grade("taboo", "有事您随时打过来").match);
    CHECK(!grade("taboo", "领到的补贴会在三个工作日内到账").match);
    CHECK(!taboo_typo("少费化", "少费化", "少废话"));
    /* the typed character the more common one (是 beside 事), or the typed form a word of its own
     * (常事 beside 常识): read as typed */
    CHECK(!grade("taboo", "如果同意的话，您直接说是").match);
    CHECK(!taboo_typo("这都是常事", "是常事", "是常识"));
    /* (helper seen4fix) a two-character insult slipped, when the typed form is no word, closes its
     * clause aimed at the caller or opens an "only an X would" (X才…); never 白吃, 避开, 有并发症 */
    CHECK(taboo_typo("你这个笨但。", "笨但", "笨蛋") && insult_of("你这个笨但。"));
    CHECK(taboo_typo("避嘴吧你", "避嘴", "闭嘴") && insult_of("避嘴吧你"));
    CHECK(taboo_typo("你个混单！", "混单", "混蛋"));
    CHECK(taboo_typo("脑惨才会这样问", "脑惨", "脑残"));
    CHECK(!insult_of("这顿饭不能白吃"));
    CHECK(!insult_of("请您尽量避开高峰期再来办理"));
    CHECK(!insult_of("老人有并发症的话，建议先去医院"));
    CHECK(!insult_of("他才这么问"));
}

/* Issue #11, insult classes (tests/data/eval/README.md: an insult is aimed at the caller; a word
 * only mentioned or reported is neither insult nor 禁忌语). Own sentences, both directions. */
static void test_insult_classes(void)
{
    /* a word in quotation marks only mentioned (a name, what someone else said) */
    CHECK(!insult_of("您提到的“闭嘴鱼”是宠物店卖的吗？"));
    CHECK(!insult_of("这是个“傻瓜”摄像头，插电就能用"));
    CHECK(!insult_of("您说楼上住户骂您“神经病”，我们可以转给社区"));
    CHECK(!insult_of("您说的「滚石」是山上滚落的石头吗？"));
    CHECK(!grade("taboo", "您说的“二货”是二手货吗？").match);
    cs_match m;
    cs_scan_taboo(bank, "您说的是“傻子瓜子”那个牌子吗", &m);
    CHECK(!m.insult);
    /* ... but a quotation aimed at the caller, or an insult outside the quotes, still counts */
    CHECK(insult_of("你就是个“傻子”"));
    CHECK(insult_of("您说的“滚石”我不管，你给我闭嘴"));
    cs_scan_taboo(bank, "你真是个“白痴”", &m);
    CHECK(m.insult);
    /* 骂你 as the agent's own act, not a third party's reported */
    CHECK(insult_of("我骂你怎么了"));
    CHECK(insult_of("就骂你，怎么样"));
    CHECK(!insult_of("您是说您丈夫骂您没用？您可以拨打妇联热线"));
    CHECK(!insult_of("您提到有人在群里骂您是老赖，可以要求对方道歉"));
    /* 靠 as an exclamation, not as "rely on" */
    CHECK(insult_of("靠，又是你"));
    CHECK(insult_of("我靠"));
    CHECK(!insult_of("您要学会自己看说明书，不能什么都靠别人"));
    /* curses and threats spelled as people type them; 屁事 as a brush-off is rude, not an insult */
    /* 妈蛋，又掉线了 curses the line dropping, nobody named: 禁忌语, not an insult (the label rule of
     * tests/data/eval/README.md; seen11's examiner marks 干，又断线了 insult 0: helper fixp11) */
    CHECK(!insult_of("妈蛋，又掉线了"));
    CHECK(grade("taboo", "妈蛋，又掉线了").match);
    CHECK(insult_of("妈蛋，你又打来了"));
    CHECK(insult_of("真他妈晦气"));
    CHECK(insult_of("你爱死不死"));
    CHECK(insult_of("你这个号我记下来了，有你好看的"));
    CHECK(!insult_of("关我屁事"));
    CHECK(grade("taboo", "关我屁事").match);
    CHECK(insult_of("屁事真多"));
    CHECK(insult_of("连这都不懂，你还活着干什么"));
    CHECK(insult_of("再闹我打死你"));
    /* the word denied of the caller is a reassurance; 你怎么不去死 denies nothing */
    CHECK(!insult_of("您不用闭嘴，慢慢说"));
    CHECK(!grade("taboo", "别担心，您一点都不笨，这个流程确实复杂").insult);
    CHECK(insult_of("你怎么不去死"));
    CHECK(insult_of("你这不是傻吗"));                 /* asked: the denial is rhetorical */
    CHECK(insult_of("给我闭嘴"));
    /* 废物 as waste material */
    CHECK(!insult_of("废物回收的时间是每周三"));
    CHECK(insult_of("真是个废物"));
    /* the caller likened to an insult word; 猪 of a farm is no insult */
    CHECK(insult_of("你跟猪一样"));
    CHECK(insult_of("你怎么像个疯子"));
    CHECK(!insult_of("您的猪场用电属于农业用电"));
    /* 给我等着 / 走着瞧 as threats; 您稍等着 is waiting */
    CHECK(insult_of("你给我等着"));
    CHECK(insult_of("咱们走着瞧"));
    CHECK(!insult_of("您稍等着，我马上查"));
    /* the caller's account of someone (您说这个人是疯子) is reported speech; 神经病医院 a place */
    CHECK(!insult_of("您说这个人是疯子，我们已经记录"));
    CHECK(grade("taboo", "您说的这个没什么意义").match);
    CHECK(!insult_of("这个神经病医院的电话是12320"));
    CHECK(insult_of("你这个神经病"));
    /* an order passed on to someone else */
    CHECK(!insult_of("您可以叫他闭嘴吗？我是说请他先别打扰您"));
    CHECK(insult_of("叫你闭嘴"));
    /* 蠢/傻 said of a thing */
    CHECK(!insult_of("我们这个系统太蠢了，我手动给您改"));
    CHECK(insult_of("你太蠢了"));
    CHECK(insult_of("蠢，按1都不会"));
    CHECK(!insult_of("您放心，我打死也不会泄露您的信息"));
    CHECK(!insult_of("老人家一个人活着不容易，我们会安排人上门"));
    /* English: name-calling and threats; a call-back offer is none */
    CHECK(insult_of("Stop calling, you psycho."));
    CHECK(insult_of("You're a liar."));
    CHECK(insult_of("Call me once more and you'll regret it."));
    CHECK(insult_of("If you yell again I'll cut your service off."));
    CHECK(!insult_of("I'll call you back once more if the line drops."));
    CHECK(!insult_of("Is the service cut off at your address?"));
    /* English insult words not said to the caller: denied, reported, felt, of a thing, in a compound */
    CHECK(!insult_of("Please don't be hard on yourself, you're not stupid."));
    CHECK(!insult_of("Don't worry, it's not a stupid question at all."));
    CHECK(!insult_of("You said the driver called you an idiot? I'm sorry, I'll file a complaint."));
    CHECK(!insult_of("I understand you feel like a fool, it happens to everyone."));
    CHECK(!insult_of("Our system is a bit dumb about addresses, I'll fix it by hand."));
    CHECK(!insult_of("The fool-proof setup takes two minutes."));
    CHECK(insult_of("I told you, you idiot."));
    CHECK(insult_of("I've told you ten times, idiot."));
    CHECK(insult_of("You've been told, you idiot."));
    CHECK(insult_of("I already said it, you moron."));
    CHECK(insult_of("Nobody cares, get lost."));
    CHECK(insult_of("You're stupid."));
    CHECK(insult_of("You're crazy."));
    CHECK(insult_of("If you call again I'll report you to the police."));
    CHECK(!insult_of("If someone threatens you, please report it to the police."));
    CHECK(insult_of("Are you stupid or something?"));
    /* a Singapore / Malaysia desk's Malay and Hokkien name-calling among Chinese words; reported in
     * Chinese (您说司机骂您…) it is the third party's word, not the agent's (english_reported) */
    CHECK(insult_of("Bodoh，密码都会忘记"));
    CHECK(insult_of("你是不是siao的，讲了十次还不明白"));
    CHECK(!insult_of("您说司机骂您bodoh，是吗？我马上记录下来投诉他"));
    CHECK(!insult_of("您说快递员骂您stupid？这太不应该了，我马上反映"));
    /* the north-west's fools (瓜怂, 二杆子; 勺子 only aimed: else a spoon) and the written 愚蠢 */
    CHECK(insult_of("瓜怂，电卡插反了还打电话"));
    CHECK(insult_of("你是个勺子吗"));
    CHECK(!insult_of("勺子在外卖袋的侧边口袋里"));
    CHECK(insult_of("愚蠢至极，请您自行反省"));
    CHECK(!insult_of("他那样说话愚蠢至极，我代表公司向您道歉"));
}

/* A phrase said rudely earns half only when every part was said (贵阳 §二(二) 2.1 礼貌用语): the
 * courtesy of 2.11 found only as the 您 of the rude clause itself (您爱给不给, 您看着办吧) is none, so
 * the reply is no 2.11 at all; with an apology or a polite 您 elsewhere it is 2.11 said rudely.
 * Sentences written for this test. */
static void test_courtesy_not_from_the_rude_clause(void)
{
    static const char *const none[] = { "不提供号码就拉倒，反正我们也没法处理，您爱给不给。",
                                        "不留电话的话我们没办法处理，您看着办吧。", NULL };
    static const char *const rude[] = { "非常抱歉，您不提供电话我们就没法处理，您爱给不给。",
                                        "非常抱歉，您不留电话我们没办法处理，您自己看着办。",
                                        "非常抱歉，不留电话我们就没法处理，您看着办吧。", NULL };
    for (const char *const *t = rude; *t; t++) {
        cs_match m = grade("no_contact", *t);
        CHECK_MSG(!m.match && m.said_rudely, "2.11 said rudely, every part there: %s", *t);
    }
    for (const char *const *t = none; *t; t++) {
        cs_match m = grade("no_contact", *t);
        CHECK_MSG(!m.match && !m.said_rudely, "the only courtesy is the rude clause's 您: %s", *t);
    }
}

/* A complete phrase whose residue only the tone model finds rude is not the phrase, and says so at a
 * confidence the exam panel reviews (issue #11 item 4: the same judgement as category taboo); the
 * same phrase with a polite residue still is. */
static void test_rude_residue_model(void)
{
    /* (没事别老往这打 is now a rule's: 别老, the caller's conduct forbidden with scorn — still not the phrase) */
    cs_match m = grade("closing", "感谢您的来电，祝您生活愉快，再见，没事别老往这打");
    CHECK(!m.match);
    m = grade("closing", "感谢您的来电，祝您生活愉快，再见，没事别往这打");
    CHECK(!m.match);
    CHECK(m.parts_complete);
    CHECK(m.reason && strcmp(m.reason, "tone.model") == 0);
    CHECK(m.confidence < 0.75);
    CHECK(m.n_words >= 1);
    m = grade("closing", "感谢您的来电，祝您生活愉快，再见，以后有问题随时打过来");
    CHECK(m.match);
    CHECK(m.confidence >= 0.75);
    /* the phrase's own transfer is no cut for the model, but pushing the matter away before a
     * transfer is still directing the caller (呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务), not a rude head */
    CHECK(grade("transfer", "这事不归我们管，请稍等，正在为您转接，请不要挂机").match);
    CHECK(grade("opening", "早上好，今天天气不错，您好，我是客服小周，请问有什么可以帮您").match);
}

static void test_classify(void)
{
    cs_match m;
    const char *c = cs_classify(bank, "感谢您的来电，祝您愉快，再见", &m);
    CHECK_STR(c, "closing");
    c = cs_classify(bank, "您好，我是3号客服，请问有什么可以帮您", &m);
    CHECK_STR(c, "opening");
    c = cs_classify(bank, "请稍等，正在为您转接，请不要挂机", &m);
    CHECK_STR(c, "transfer");
    c = cs_classify(bank, "今天天气不错", &m);
    CHECK(c == NULL);
    c = cs_classify(bank, "滚", &m);
    CHECK(c == NULL);
    CHECK(m.insult);
}

static void test_hostile_input(void)
{
    cs_match m;
    CHECK_INT(cs_match_phrase(bank, "bogus", "您好", &m), -1);
    CHECK_INT(m.match, 0);
    CHECK(!grade("opening", "").match);
    CHECK(!grade("opening", "\xFF\xFE\xE4\xBD").match);
    CHECK(!grade("opening", "。，！？").match);
    /* A huge reply: must finish and must not match on a stray keyword soup far apart. */
    size_t n = 1 << 20;
    char *big = malloc(n + 1);
    for (size_t i = 0; i < n; i++) big[i] = (char)('a' + i % 26);
    big[n] = '\0';
    CHECK(!grade("opening", big).match);
    CHECK(!grade("taboo", big).match);
    free(big);
}

static void test_bad_assets(void)
{
    char err[256];
    CHECK(cs_bank_load("/nonexistent", err, sizeof err) == NULL);
    CHECK(strstr(err, "/nonexistent/phrases.txt") != NULL);
    char dir[] = "/tmp/cs_bank_XXXXXX";
    if (!mkdtemp(dir)) { CHECK(0); return; }
    char p[512];
    snprintf(p, sizeof p, "%s/phrases.txt", dir);
    FILE *f = fopen(p, "w");
    fputs("# test\ncategory a\nclause x\npart p 您好\nphrase a.1 q = 您好\n", f);
    fclose(f);
    CHECK(cs_bank_load(dir, err, sizeof err) == NULL);
    CHECK_MSG(strstr(err, "phrases.txt:5:") && strstr(err, "unknown part"), "%s", err);
    f = fopen(p, "w");
    fputs("category a\nclause x\npart p 您好|@nope\n", f);
    fclose(f);
    CHECK(cs_bank_load(dir, err, sizeof err) == NULL);
    CHECK_MSG(strstr(err, "phrases.txt:3:") && strstr(err, "@nope"), "%s", err);
    /* `question PART` names a part of its category */
    f = fopen(p, "w");
    fputs("category a\nclause x\npart p 您好\nquestion q\n", f);
    fclose(f);
    CHECK(cs_bank_load(dir, err, sizeof err) == NULL);
    CHECK_MSG(strstr(err, "phrases.txt:4:") && strstr(err, "question") && strstr(err, "\"q\""), "%s", err);
    f = fopen(p, "w");
    fputs("category a\nclause x\npart p 您好\nphrase a.1 p = 您好\n", f);
    fclose(f);
    char t[512];
    snprintf(t, sizeof t, "%s/taboo.txt", dir);
    f = fopen(t, "w");
    fputs("clause c\ninsult_clause d\ntaboo 滚\nbogus 你\n", f);
    fclose(f);
    CHECK(cs_bank_load(dir, err, sizeof err) == NULL);
    CHECK_MSG(strstr(err, "taboo.txt:4:") != NULL, "%s", err);
    /* an exception that can never overlap its entry never applies: refused, naming it */
    f = fopen(t, "w");
    fputs("clause c\ninsult_clause d\ntaboo 滚\ntaboo 说吧 ~请说吧 ~请讲吧\n", f);
    fclose(f);
    CHECK(cs_bank_load(dir, err, sizeof err) == NULL);
    CHECK_MSG(strstr(err, "taboo.txt:4:") && strstr(err, "~请讲吧") && strstr(err, "说吧"), "%s", err);
    /* one reaching in through a word inserted into the entry (你[可以]自己看) may apply: kept */
    f = fopen(t, "w");
    fputs("clause c\ninsult_clause d\ntaboo 你自己看 ~你可以自己看 ~看一下\n", f);
    fclose(f);
    cs_phrase_bank *ok = cs_bank_load(dir, err, sizeof err);
    CHECK_MSG(ok != NULL, "%s", err);
    cs_bank_free(ok);
    f = fopen(t, "w");
    fputs("clause c\ninsult_clause d\ntaboo 滚 ~滚动\n", f);
    fclose(f);
    cs_phrase_bank *b = cs_bank_load(dir, err, sizeof err);
    CHECK_MSG(b != NULL, "%s", err);
    cs_bank_free(b);
    unlink(p);
    unlink(t);
    rmdir(dir);
}

/* Has the taboo scan of a small bank's reply found any forbidden expression? */
static int taboo_found(const cs_phrase_bank *b, const char *text)
{
    cs_match m;
    cs_scan_taboo(b, text, &m);
    return m.n_taboo > 0;
}

/* The exception fault (excepted() in grading/phrase_match.c): an exception shorter than its
 * entry's hit, overlapping it, was ignored (its end had to reach the hit's end), and 你 in an
 * exception did not match 您 as it does in the entry. An exception is a context in which the
 * entry is innocent (docs/phrase_bank.md): it must overlap the hit, not cover it. */
static void test_exception_overlaps_hit(void)
{
    char err[256];
    char dir[] = "/tmp/cs_exc_XXXXXX";
    if (!mkdtemp(dir)) { CHECK(0); return; }
    char p[512], t[512];
    snprintf(p, sizeof p, "%s/phrases.txt", dir);
    snprintf(t, sizeof t, "%s/taboo.txt", dir);
    FILE *f = fopen(p, "w");
    fputs("category a\nclause x\npart p 您好\nphrase a.1 p = 您好\n", f);
    fclose(f);
    f = fopen(t, "w");
    fputs("clause c\ninsult_clause d\n"
          "taboo 理解我们的工作 ~谢谢*理解 ~感谢*理解\n"
          "taboo 你多理解 ~麻烦你多理解\n", f);
    fclose(f);
    cs_phrase_bank *b = cs_bank_load(dir, err, sizeof err);
    CHECK_MSG(b != NULL, "%s", err);
    if (b) {
        /* the exception reaches into the hit from before it: innocent */
        CHECK(!taboo_found(b, "谢谢您理解我们的工作"));
        CHECK(!taboo_found(b, "感谢您理解我们的工作，祝您生活愉快"));
        /* 你 in the exception reads 您 as in the entry */
        CHECK(!taboo_found(b, "麻烦您多理解"));
        CHECK(!taboo_found(b, "麻烦你多理解"));
        /* without the exception's context the entry is still caught */
        CHECK(taboo_found(b, "你得理解我们的工作"));
        CHECK(taboo_found(b, "您多理解"));
        CHECK(taboo_found(b, "你多理解，我们也没办法"));
        /* the exception elsewhere in the reply, not touching the hit, clears nothing */
        CHECK(taboo_found(b, "谢谢您理解。您得理解我们的工作"));
        cs_bank_free(b);
    }
    unlink(p);
    unlink(t);
    rmdir(dir);
}

typedef struct { int tp, fp, fn, tn, bad; } counts;

static void score_line(char *line, counts *c, int verbose)
{
    char *cat = strtok(line, "\t");
    char *want = strtok(NULL, "\t");
    char *text = strtok(NULL, "\n");
    if (!cat || !want || !text) { c->bad++; return; }
    cs_match m;
    if (cs_match_phrase(bank, cat, text, &m) < 0) { c->bad++; return; }
    int expected = want[0] == '1';
    if (expected && m.match) c->tp++;
    else if (!expected && !m.match) c->tn++;
    else if (m.match) c->fp++;
    else c->fn++;
    if (verbose && expected != m.match)
        fprintf(stderr, "  %s %s\t%s\n", m.match ? "false positive" : "false negative", cat, text);
}

/* Precision and recall of cs_match_phrase over a CATEGORY<TAB>EXPECTED<TAB>TEXT file. */
static counts score_corpus(const char *path, int verbose)
{
    counts c = { 0 };
    FILE *f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f) return c;
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) != -1) {
        if (line[0] == '#' || line[0] == '\n') continue;
        score_line(line, &c, verbose);
    }
    free(line);
    fclose(f);
    return c;
}

static void report(const char *name, counts c, int enforce)
{
    double p = c.tp + c.fp ? (double)c.tp / (c.tp + c.fp) : 0.0;
    double r = c.tp + c.fn ? (double)c.tp / (c.tp + c.fn) : 0.0;
    printf("%s: %d lines, precision %.3f, recall %.3f (tp %d fp %d fn %d tn %d)\n",
           name, c.tp + c.fp + c.fn + c.tn, p, r, c.tp, c.fp, c.fn, c.tn);
    CHECK_INT(c.bad, 0);
    if (!enforce) return;
    CHECK_MSG(p >= MIN_PRECISION, "%s precision %.3f < %.2f", name, p, MIN_PRECISION);
    CHECK_MSG(r >= MIN_RECALL, "%s recall %.3f < %.2f", name, r, MIN_RECALL);
}

static void test_corpus(void)
{
    char p[1024];
    report("phrase_corpus", score_corpus(rel("tests/data/phrase_corpus.tsv", p, sizeof p), 1), 1);
}

/* The held-out set was written before the matcher; it is reported and held to the same bar. */
static void test_heldout(void)
{
    char p[1024];
    report("phrase_heldout", score_corpus(rel("tests/data/phrase_heldout.tsv", p, sizeof p), 1), 1);
}

/* The agent seeking for the caller, with 您 after 给 / 替 / 为 as the lexicon cuts it (我给您找领导问一下):
 * help (呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务; 推诿 is the caller sent elsewhere), neither the 推诿 entry 找领导
 * (cs_words_agent_seeks passed over 帮|您 only) nor the rule of the caller sent (tone_shift.c
 * sent_elsewhere read 您 as the subject); a refusal or the caller sent stays 推诿. Own sentences. */
/* helper prec9: taboo entries said of a thing, a past state, or in the caller's favour (innocent), beside a
 * rude sentence of the same entry that must stay caught. Sentences written by hand, not from any eval set. */
/* helper prec9: a 推诿 word with the way on after it (where to go and that it can be done there, or the
 * agent walking the caller through it: 贵阳 §二(二) 2.7(2)) is help; the same words with the task
 * thrown back, or the way refused, stay 推诿. Own sentences. */
static void test_prec9_shift_way_on(void)
{
    static const char *const innocent[] = {
        "这个业务不是您来电就能办的，需要您本人带上身份证到营业厅办理",
        "补卡不是您打个电话就可以的，需要带户口本到派出所，我把地址发您",
        "这事我说了不算，您可以到服务大厅提交申请",
        "这个我做不了主，您可以去社区服务中心申请",
        "这个套餐不是您点一下就能退的，我一步步教您操作",
        "这款不是您点一下就能取消的，我带您在设置里找一下",
        NULL };
    static const char *const rude[] = {
        "不是你打个电话就可以的，自己去营业厅",
        "不是你点一下就能退的，我教不了你",
        "不是你点一下就能退的，我不会带你弄",
        "这事我说了不算",
        "这个我说了不算，你不需要到营业厅",
        "不是你想退就能退的",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!grade("taboo", *s).match, "innocent charged: %s", *s);
    for (const char *const *s = rude; *s; s++) CHECK_MSG(grade("taboo", *s).match, "rude missed: %s", *s);
}

/* helper prec9: words said before, then the agent's offer to explain again (贵阳 §二(二) 2.6), are no
 * impatience; the same words held against the caller, or "the last time", are. Own sentences. */
static void test_prec9_explain_again(void)
{
    static const char *const innocent[] = {
        "上次已经给您讲过了，怕您没记清，我再说一次",
        "这个我刚才已经跟您说过了，我再给您完整讲一遍",
        "之前已经给您解释过，我换种方式重新讲讲",
        NULL };
    static const char *const rude[] = {
        "我已经说过了，你没听见吗", "我已经说过了，不想再说一遍", "我刚才已经讲了，你再好好听一遍",
        "都跟你说过了，别让我再讲一遍", "我已经说过了，我再说最后一遍",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!grade("taboo", *s).match, "innocent charged: %s", *s);
    for (const char *const *s = rude; *s; s++) CHECK_MSG(grade("taboo", *s).match, "rude missed: %s", *s);
}

/* helper prec9: the caller's own words asked back to check them, then acted on (那我们下午上门), are a
 * clarifying question (贵阳 §二(二) 2.3), not 反问; thrown back with why or again, they stay 反问. */
static void test_prec9_recall_then_act(void)
{
    static const char *const innocent[] = {
        "您不是说下午有空吗，那我们下午两点上门",
        "您不是说周末不在家吗，那我们改到周一给您送",
        "您之前不是说想换个套餐吗，我给您推荐两个",
        "您不是说快递放门口吗，我马上通知快递员",
        NULL };
    static const char *const rude[] = {
        "你不是说不要了吗，还打来干什么", "你不是说明天在家吗，怎么又不在", "你不是说很急吗，急也没用",
        "你不是说你懂吗，我们不管了", "我不是说了吗",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!grade("taboo", *s).match, "innocent charged: %s", *s);
    for (const char *const *s = rude; *s; s++) CHECK_MSG(grade("taboo", *s).match, "rude missed: %s", *s);
}

/* helper prec9: the caller's hurry named to feel with them, then help or haste (贵阳 §二(二) 2.12, 2.13),
 * is no 阴阳怪气; the habit held against them, or felt with and left there, stays. */
static void test_prec9_hurry_felt_with(void)
{
    static const char *const innocent[] = {
        "您一直在催，看得出您真的很急，我马上给您加急",
        "您一直在催单，说明这件事对您很重要，我这就去跟进",
        "您总是在催，我特别理解您的心情，我现在就帮您查",
        NULL };
    static const char *const rude[] = {
        "你一直在催，说明你没耐心", "你一直在催，烦死了", "您一直在催，我们也没办法",
        "您每次都这么激动，说明您很在乎，我马上处理",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!grade("taboo", *s).match, "innocent charged: %s", *s);
    for (const char *const *s = rude; *s; s++) CHECK_MSG(grade("taboo", *s).match, "rude missed: %s", *s);
}

static void test_prec9_entries_of_things(void)
{
    static const char *const innocent[] = {
        "您得先理解清楚这份合同的条款，我逐条给您讲",             /* 你得理解 + a thing */
        "你得理解这几项收费的区别，我来帮您对比一下",
        "这个名词没有什么解释的必要，通俗讲就是预存的话费",       /* 没有*解释的必要 of a term */
        "这一条其实没有多少解释的必要，意思就是到期自动续约",
        "以前街道管不到的那片区域，现在已经划归我们负责了",       /* 管不到 of a past state */
        "原来我们管不到的那几个小区，今年已经覆盖了",
        "这笔救助金是民政局拨的，不是慈善机构捐的",               /* a plain fact */
        "您填的收件单位是敬老院，不是福利院，我帮您更正",
        NULL };
    static const char *const rude[] = {
        "你得理解我们，我们也没办法", "您得理解，这是公司规定", "你得理解啊",
        "这个没有跟你解释的必要", "这个问题没有解释的必要",
        "这个我们管不到，你找别人", "管不到",
        "我们是公司，不是慈善机构，凭什么给你免", "这里不是福利院",
        "我们也有规定的，你别在这里闹", "我们也有规定，不能退",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!grade("taboo", *s).match, "innocent charged: %s", *s);
    for (const char *const *s = rude; *s; s++) CHECK_MSG(grade("taboo", *s).match, "rude missed: %s", *s);
    /* a rule in the caller's favour, with reassurance: the entry 我们也有规定 must not count (the tone
     * model, retrained by the lead, judges the rest) */
    static const char *const favour[] = { "别担心，我们也有规定，超过七天也可以无理由退货",
                                          "您放心，我们也有规定，逾期十天内都可以免违约金", NULL };
    for (const char *const *s = favour; *s; s++) {
        cs_match m = grade("taboo", *s);
        for (size_t k = 0; k < m.n_taboo; k++)
            CHECK_MSG(strcmp(m.taboo[k], "我们也有规定") != 0, "entry charged: %s", *s);
    }
}

static void test_agent_seeks_for_caller(void)
{
    static const char *const help[] = { "我给您找领导问一下", "我马上给您找领导", "我这就替您问问厂家", "我先为您问一下物业", NULL };
    for (const char *const *s = help; *s; s++) CHECK_MSG(!grade("taboo", *s).match, "%s", *s);
    static const char *const sent[] = { "我不给您找领导", "你找社保局", "您去找物业", NULL };
    for (const char *const *s = sent; *s; s++) CHECK_MSG(grade("taboo", *s).match, "%s", *s);
}

/* helper fixp10: false flags by class, own sentences both ways. The agent's own self run down
 * (我这人…, 瞧我这记性，跟个…似的) is rude to no one; the same words of the caller are. 您妈的 + a thing
 * of hers is the possessive. A rule told with a turn to what can be done for the caller is no excuse.
 * An insult word heading goods for an animal or plant names a product. */
static void test_fixp10_false_flags(void)
{
    static const char *const innocent[] = {
        "我这人性子急，说话快，您听不清就叫我慢点",
        "我这脑子，跟个筛子似的，刚才那串数字我再跟您核一遍",
        "我们也有规定，但是我能帮您申请延期一个月",
        "您妈的医保卡已经办下来了，下周去社区取",
        "这个额度我没有权限调，您可以带上收入证明到柜台申请",
        "您反映驾校教练说您笨，这样说学员肯定不对，我给您登记投诉",
        NULL };
    static const char *const not_insult[] = {
        "我这脑子，跟个筛子似的，刚才那串数字我再跟您核一遍",
        "哎呀我这记性，跟个棒槌似的，您再说一遍门牌号",
        "您妈的退休证我们已经邮寄了",
        "您订的王八饲料明天到货",
        NULL };
    static const char *const rude[] = {
        "你这人性子真急，说话都听不清",
        "我们也有规定，你可以去投诉",
        "我们也有规定，你爱找谁找谁",
        "这个额度我没有权限调，你自己看着办",
        NULL };
    static const char *const insult[] = {
        "你这脑子，跟个棒槌似的",
        "您这记性跟个棒槌似的",
        "你妈的，烦不烦",
        "你个王八蛋",
        "驾校教练说您笨，我看他也没说错",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!grade("taboo", *s).match, "innocent charged: %s", *s);
    for (const char *const *s = not_insult; *s; s++) CHECK_MSG(!insult_of(*s), "innocent insult: %s", *s);
    for (const char *const *s = rude; *s; s++) CHECK_MSG(grade("taboo", *s).match, "rude missed: %s", *s);
    for (const char *const *s = insult; *s; s++) CHECK_MSG(insult_of(*s), "insult missed: %s", *s);
}

/* helper left10: an agreement counts for the quoted words only in the clause right after them; one
 * clauses later is about another matter. 你妈的 + a thing a desk handles for her (退休金, 医保卡, 账户,
 * 手机) is the possessive with the casual 你; 你妈的 with nothing of hers after stays the curse. */
static void test_left10_quote_and_kin(void)
{
    static const char *const innocent[] = {
        "保安说您是傻子，我们会处理。您说要换个时间，说得对，周六可以",
        "快递员骂您笨，这个我们严肃处理，您的地址，我看也没说错，就是这个",
        "师傅说您瞎，这是他不对，我们会处理，您说的上门时间有道理，就定周六",
        "你妈的退休金已经到账了",
        "你妈的医保卡办好了，明天去取",
        "你妈的手机号码要更新一下",
        "你妈的账户已经解冻了",
        "你妈的养老金我帮你查了，这个月已经发了",
        NULL };
    static const char *const insult[] = {
        "司机说您瞎，我看也没说错",
        "保安说您是傻子，说得对",
        "你妈的，烦不烦",
        "你妈的还有完没完",
        "你妈的什么破事",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!insult_of(*s), "innocent insult: %s", *s);
    for (const char *const *s = insult; *s; s++) CHECK_MSG(insult_of(*s), "insult missed: %s", *s);
}

/* Agreeing with the caller (您说得对, 你说的没错) after the caller's complaint is reported makes no
 * words the agent's own; agreeing with the one quoted (他说得对, 我看也没说错) does (review10). */
static void test_endorsement_is_of_the_quoted(void)
{
    static const char *const innocent[] = {
        "您说司机骂您瞎，这确实不应该，您说得对，我们一定严肃处理",
        "您反映快递员骂您笨，您说的没错，这是他的不对，我们马上核实",
        "您说保安骂您笨，我也觉得这样太过分了",
        "您说师傅嫌您笨，我也觉得他这么说不对，我给您登记",
        NULL };
    static const char *const insult[] = {
        "驾校教练说您笨，我看他也没说错",
        "司机说您瞎，他说得对",
        "保安说您笨，我也觉得是",
        NULL };
    for (const char *const *s = innocent; *s; s++) CHECK_MSG(!insult_of(*s), "innocent insult: %s", *s);
    for (const char *const *s = insult; *s; s++) CHECK_MSG(insult_of(*s), "insult missed: %s", *s);
}

TEST_MAIN(
    const char *env = getenv("CALLSIM_DATA");
    if (env && *env) root = env;
    char assets[1024], err[512];
    bank = cs_bank_load(rel("assets", assets, sizeof assets), err, sizeof err);
    CHECK_MSG(bank != NULL, "%s", err);
    if (bank) {
        RUN(test_bank);
        RUN(test_design_examples);
        RUN(test_standard_is_exact);
        RUN(test_tolerance);
        RUN(test_missing_parts);
        RUN(test_negation);
        RUN(test_wrong_category);
        RUN(test_taboo);
        RUN(test_fixtb9_taboo_entries);
        RUN(test_taboo_entry_lookalikes);
        RUN(test_agent_seeks_for_caller);
        RUN(test_prec9_entries_of_things);
        RUN(test_prec9_shift_way_on);
        RUN(test_prec9_explain_again);
        RUN(test_prec9_recall_then_act);
        RUN(test_prec9_hurry_felt_with);
        RUN(test_fixp10_false_flags);
        RUN(test_endorsement_is_of_the_quoted);
        RUN(test_left10_quote_and_kin);
        RUN(test_insult_classes);
        RUN(test_taboo_slips);
        RUN(test_insults_others_write);
        RUN(test_condescension_not_insult);
        RUN(test_false_insults_fixin9);
        RUN(test_insult_recall_fixin9);
        RUN(test_insult_word_in_name);
        RUN(test_mind_judged_deficient);
        RUN(test_seen_list_classes);
        RUN(test_missed_list_classes);
        RUN(test_rude_residue_model);
        RUN(test_courtesy_not_from_the_rude_clause);
        RUN(test_classify);
        RUN(test_hostile_input);
        RUN(test_corpus);
        RUN(test_heldout);
    }
    RUN(test_bad_assets);
    RUN(test_exception_overlaps_hit);
    cs_bank_free(bank);
)
