/* Fillers inside a phrase's parts (那个, 这个, 嗯, 呃, 就是说, 然后 between the words, as agents type
 * what they would say): a competent reply with a little filler is still the phrase (tests/data/eval/
 * README.md "Who labelled, and how": extra words or a word in between), a reply mostly made of
 * fillers is 口头禅 and not the phrase (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅), and a
 * doubled filler stays the 口头禅 of assets/taboo.txt. The sentences are this file's own. The
 * repository root is $CALLSIM_DATA, else the current directory. */
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

/* One or two fillers, glued to the words or set off by commas, inside or between the parts. */
static void test_little_filler(void)
{
    static const char *const rows[][2] = {
        { "hold_before", "请您稍等，我帮您那个核实一下。" },
        { "hold_before", "请您稍等一下，我呃帮您查询一下。" },
        { "hold_after", "感谢您的那个耐心等待，您的快递已经到站了。" },
        { "closing", "感谢您的来电，祝您就是说生活愉快，再见！" },
        { "closing", "那个，感谢您的来电，就是说，祝您生活愉快，再见。" },
        { "caller_fast", "非常抱歉，我就是说不太明白您的意思，请您说慢一点好吗？" },
        { "not_heard", "非常抱歉，我没听清，您再那个呃重复一遍好吗？" },
        { "long_wait", "非常抱歉，让您那个嗯久等了，请问有什么可以帮您？" },
        { "opening", "您好，我是12号话务员，请问那个就是有什么可以帮您？" },
        { "transfer", "请稍等，正在为您然后转接，请不要挂机。" },
        { "no_contact", "非常抱歉，若您不提供联系电话，我们将那个无法与您取得联系，您反映的问题我们将无法为您处理。" },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        cs_match m = grade(rows[i][0], rows[i][1]);
        CHECK_MSG(m.match, "%s %s: not the phrase (%s)", rows[i][0], rows[i][1], m.reason ? m.reason : "missing part");
    }
}

/* Mostly fillers around the bare words of a phrase: 口头禅, not the phrase. */
static void test_mostly_fillers(void)
{
    static const char *const rows[][2] = {
        { "closing", "那个，就是说，那个，感谢来电，再见。" },
        { "closing", "嗯，那个，然后，就是说，感谢您的来电，再见。" },
        { "hold_before", "那个就是，那个，然后请稍等，呃，查一下。" },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        cs_match m = grade(rows[i][0], rows[i][1]);
        /* named 口头禅 by the phrase matcher (reason filler) or by the tone rule that reads the same
         * judgement (tone_filler.c; reason tone.dismissive, 口头禅（口头语反复）) */
        CHECK_MSG(!m.match && m.reason && m.reason_label && strstr(m.reason_label, "口头禅"), "%s %s: match %d reason %s",
                  rows[i][0], rows[i][1], m.match, m.reason ? m.reason : "-");
        CHECK(m.parts_complete);
    }
    /* filler17: one doubled filler in a competent reply is a slip of speech, no 口头禅 (国家职业技能标准
     * 3.1: a 口头禅 is a habit); the phrase counts. Doubled and then again and again, it is one */
    CHECK(grade("hold_before", "请您稍等，我这个这个帮您核实一下好吗？").match);
    CHECK(!grade("hold_before", "请您稍等，我这个这个帮您，这个，核实一下这个，好吗？").match);
}

TEST_MAIN(
    bank = fixture_bank();
    if (bank) {
        RUN(test_little_filler);
        RUN(test_mostly_fillers);
    }
    cs_bank_free(bank);
)
