/* Unit tests of the language engine as the grader uses it (grading/phrase_match.c over the real
 * bank): traditional characters, words not substrings, a word in between, homophone typos,
 * template placeholders, IME garbage, repetition, rude residue, and the confidence and deciding
 * words every verdict carries. The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "phrase_bank.h"
#include "phrase_match.h"

#include <stdlib.h>

static cs_phrase_bank *bank;

static cs_match grade(const char *category, const char *text)
{
    cs_match m;
    CHECK_MSG(cs_match_phrase(bank, category, text, &m) == 0, "cs_match_phrase(%s) failed", category);
    return m;
}

static int has_word(const cs_match *m, const char *w)
{
    for (size_t i = 0; i < m->n_words; i++)
        if (strstr(m->words[i], w)) return 1;
    return 0;
}

static void test_traditional(void)
{
    cs_match m = grade("opening", "您好，我是客服小陳，請問有什麼可以幫您");
    CHECK(m.match);
    CHECK(grade("closing", "感謝您的來電，再見！").match);
    CHECK(grade("taboo", "你這種人就是欠罵").insult);
}

static void test_taboo_on_words(void)
{
    CHECK(!grade("taboo", "您千万别做傻事").match);           /* 傻事 is a word: no 傻 */
    CHECK(!grade("taboo", "请问您还丢了什么东西吗").match);   /* 什么东西 as an object */
    CHECK(!grade("taboo", "您把滚动条拉到最下面").match);     /* 滚动 ≠ 滚 */
    CHECK(!grade("taboo", "医院那边有病床空出来了").match);   /* 有病床 ≠ 有病 */
    cs_match m = grade("taboo", "你算什么东西");
    CHECK(m.match && m.insult);
    CHECK(has_word(&m, "什么东西"));
    m = grade("taboo", "你傻啊");
    CHECK(m.match && m.insult);
    CHECK(grade("apology", "万分抱歉，给您添麻烦了").match);
}

static void test_word_between(void)
{
    cs_match m = grade("taboo", "这个不归我们部门管");
    CHECK(m.match);
    CHECK(has_word(&m, "不归我们部门管"));
    CHECK(!grade("taboo", "不用担心，我知道怎么处理").match);   /* no gap inside 不知道 */
    CHECK(!grade("taboo", "这是最新的规定，我给您解释一下").match); /* one word inside, not two */
    /* @final: a flat refusal, not a statement of fact */
    CHECK(grade("taboo", "这不可能！").match);
    CHECK(!grade("taboo", "按规定这种情况不可能扣费，我帮您查一下").match);
    CHECK(grade("taboo", "随便你怎么想").match);
    CHECK(!grade("taboo", "您可以随便选一个时间段").match);
    CHECK(!grade("taboo", "这个套餐没办法叠加，我给您推荐别的").match);
}

static void test_typos(void)
{
    cs_match exact = grade("hold_before", "请您稍等，我帮您核实一下");
    cs_match m = grade("hold_before", "请您稍等，我帮您合实一下");
    CHECK(m.match);
    CHECK_INT(m.n_typos, 1);
    CHECK_STR(m.typos[0].typed, "合实");
    CHECK_STR(m.typos[0].meant, "核实");
    CHECK(m.confidence < exact.confidence);
    m = grade("closing", "感谢您的来电，在见");
    CHECK(m.match && m.n_typos == 1);
    /* a fuzzy-pinyin slip (因该 for 应该, in/ing) is accepted, less surely than a homophone */
    cs_match fuzzy = grade("praised", "不客气，这是我们因该做的");
    CHECK(fuzzy.match && fuzzy.n_typos == 1);
    CHECK(fuzzy.confidence < m.confidence);
    /* two substituted characters in one keyword are no typo (载建 for 再见, 卧室 for 我是) */
    CHECK(!grade("closing", "感谢您的来电，载建").match);
    /* ... unless the same-sounding word stands in the keyword's own place in the standard wording:
     * the input method's commoner word for the pinyin (zixun: 资讯 for 咨询), issue #11 item 6 */
    CHECK(grade("special_end", "感谢您的来电，若没有其他业务资讯，再见！").match);
    CHECK(grade("special_end", "如果没有业务需要资讯，再见").match);
    CHECK(grade("special_abuse", "请问您有业务需要资讯吗？").match);
    CHECK(!grade("opening", "您好，卧室客服小周，请问有什么可以帮您").match);
    CHECK(!grade("special_end", "感谢您的来电，若没有其他资讯，再见！").match);   /* no 业务, no 咨询: not the phrase */
    /* never a typo in a forbidden expression: 你啥 is not read as 你傻 */
    CHECK(!grade("taboo", "你啥时候方便").insult);
}

static void test_phrase_wins(void)
{
    cs_match m = grade("no_contact", "非常抱歉，如果您不提供联系电话，我们没办法处理您的问题");
    CHECK(m.match);
    CHECK_INT(m.n_taboo, 0);
    CHECK(grade("taboo", "没办法，就这样").match);
}

static void test_not_the_phrase(void)
{
    cs_match m = grade("opening", "先生/女士，您好！我是XX号客服，请问有什么可以帮您？");
    CHECK(!m.match);
    CHECK_STR(m.reason, "placeholder");
    CHECK(m.parts_complete);
    /* every way a template marks a blank: ×××, ***, ○○, __, 某某, a bracketed slot name */
    static const char *const blanks[] = {
        "您好，×××号为您服务，请问有什么可以帮您？", "您好，***号为您服务，请问有什么可以帮您？",
        "您好，○○号为您服务，请问有什么可以帮您？", "您好，__号为您服务，请问有什么可以帮您？",
        "您好，某某号客服为您服务，请问有什么可以帮您？", "您好，【工号】号为您服务，请问有什么可以帮您？",
        "您好，[工号]号为您服务，请问有什么可以帮您？", "您好，我是（姓名），请问有什么可以帮您？",
    };
    for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++) {
        m = grade("opening", blanks[i]);
        CHECK_MSG(!m.match && m.reason && strcmp(m.reason, "placeholder") == 0, "template blank accepted: %s", blanks[i]);
    }
    /* a number masked for privacy is said so on purpose; 某天 is no blank */
    m = grade("callback", "您好，请问是尾号**21的机主吗？这里是客服中心，您之前反映的问题我们给您回个电话");
    CHECK(!m.reason || strcmp(m.reason, "placeholder") != 0);
    m = grade("hold_before", "您的号码是138****5678，请您稍等，我帮您查询一下");
    CHECK(!m.reason || strcmp(m.reason, "placeholder") != 0);
    CHECK(grade("opening", "您好，8号为您服务，请问有什么可以帮您？").match);
    m = grade("opening", "n您好，我是客服小王，请问有什么可以帮您");
    CHECK(!m.match);
    CHECK_STR(m.reason, "garbage");
    m = grade("opening", "您好jkl我是客服小王，请问有什么可以帮您");
    CHECK(!m.match && m.reason && strcmp(m.reason, "garbage") == 0);
    /* units and abbreviations are no IME garbage */
    CHECK(grade("correction", "非常抱歉，刚才我的解释不完整，应该是20GB加15GB，一共35个G").match);
    CHECK(grade("opening", "您好，我是VIP专线8号客服，请问有什么可以帮您").match);
    char many[1024] = "您的心情我非常理解，我来帮您处理";
    for (int i = 0; i < 30; i++) strcat(many, "请您不要着急");
    m = grade("emotional", many);
    CHECK(!m.match);
    CHECK_STR(m.reason, "repetition");
    CHECK(grade("silent_prompt", "您好，请讲，您好，请讲").match);   /* 1.3 says it twice */
    /* a pasted novel is no phrase, and is read only up to CS_MATCH_MAX_CPS */
    size_t big = 200000;
    char *novel = malloc(big + 1);
    for (size_t i = 0; i + 3 <= big; i += 3) memcpy(novel + i, "说", 3);
    novel[big - big % 3] = '\0';
    m = grade("opening", novel);
    CHECK(!m.match);
    free(novel);
}

static void test_rude_residue(void)
{
    cs_match m = grade("closing", "感谢您的来电，以后别为这点小事打过来了，再见");
    CHECK(!m.match);
    CHECK(m.parts_complete);
    CHECK(m.n_taboo > 0);
    CHECK(m.reason && strncmp(m.reason, "tone.", 5) == 0);
    CHECK(m.reason_label != NULL);
    m = grade("taboo", "这不是我们的问题，是你手机的问题");
    CHECK(m.match && !m.insult);
    CHECK_STR(m.reason, "tone.blame");
    m = grade("taboo", "说了你也不懂");   /* condescension: 禁忌语, no insult (eval README label rule) */
    CHECK(m.match && !m.insult);
}

static void test_confidence(void)
{
    cs_match clear = grade("opening", "您好，我是8号客服小张，请问有什么可以帮您？");
    CHECK(clear.match && clear.confidence >= 0.9 && clear.confidence <= 1.0);
    CHECK(has_word(&clear, "您好"));
    cs_match near = grade("opening", "您好，我是8号客服小张");    /* one part only just missing */
    CHECK(!near.match && near.confidence < clear.confidence);
    cs_match far = grade("opening", "喂");
    CHECK(!far.match && far.confidence > near.confidence);
    for (size_t i = 0; i + 1 < cs_bank_category_count(bank); i++) {
        cs_match m = grade(cs_bank_category_name(bank, i), "");
        CHECK(m.confidence >= 0.0 && m.confidence <= 1.0);
    }
}

/* Scenario queries: mentions on whole words (万分 is no 万元 promise), not negated. */
static void test_mentions(void)
{
    cs_match m;
    char err[256];
    CHECK_INT(cs_mentions(bank, "万分抱歉，给您添麻烦了", "万|万元|#万", 0, &m, err, sizeof err), 0);
    CHECK_INT(cs_mentions(bank, "我们赔您一万元", "万元|#万元", 0, &m, err, sizeof err), 1);
    CHECK_STR(m.words[0], "万元");
    CHECK_INT(cs_mentions(bank, "我们會退款給您", "退款", 0, &m, err, sizeof err), 1);
    CHECK_INT(cs_mentions(bank, "这个没有退款", "退款", 0, &m, err, sizeof err), 0);
    CHECK_INT(cs_mentions(bank, "这个没有退款", "退款", 1, &m, err, sizeof err), 1);
    CHECK_INT(cs_mentions(bank, "您把滚动条拉到底", "滚", 0, &m, err, sizeof err), 0);
    CHECK_INT(cs_mentions(bank, "text", "*bad", 0, &m, err, sizeof err), -1);
    CHECK(strstr(err, "query") != NULL);
    char words[8][CS_MATCH_WORD_BYTES];
    size_t n = cs_reply_words(bank, "您千万別做傻事", words, 8);
    CHECK_INT(n, 4);
    CHECK_STR(words[1], "千万别");
    CHECK_STR(words[3], "傻事");
}

static void test_fill_template(void)
{
    char *f = cs_bank_fill_template("先生/女士，您好！我是XX号业务受理专员，请问他/她在吗？");
    CHECK_STR(f, "先生，您好！我是8号业务受理专员，请问他在吗？");
    free(f);
    f = cs_bank_fill_template("感谢您的来电/祝您愉快/祝您晚安，再见！");
    CHECK_STR(f, "感谢您的来电，再见！");
    free(f);
    CHECK(cs_bank_fill_template(NULL) == NULL);
}

TEST_MAIN(
    bank = fixture_bank();
    if (bank) {
        RUN(test_traditional);
        RUN(test_taboo_on_words);
        RUN(test_word_between);
        RUN(test_typos);
        RUN(test_phrase_wins);
        RUN(test_not_the_phrase);
        RUN(test_rude_residue);
        RUN(test_confidence);
        RUN(test_mentions);
    }
    RUN(test_fill_template);
    cs_bank_free(bank);
)
