/* The filled-in form of every standard phrase: no template left-overs, and the grader judges it
 * the phrase of its own category (it is what the phrase keys and explore send). */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "paths.h"
#include "phrase_bank.h"
#include "phrase_example.h"
#include "phrase_match.h"

static void said(const char *standard, const char *expect)
{
    char out[512];
    cs_phrase_example(standard, out, sizeof out);
    CHECK_STR(out, expect);
}

static void test_fill(void)
{
    said("先生/女士，您好！我是嘉定东方有线网络有限公司XX号业务受理专员，请问有什么可以帮您？",
         "先生，您好！我是嘉定东方有线网络有限公司8号业务受理专员，请问有什么可以帮您？");
    said("感谢您的来电/祝您愉快/祝您晚安，再见！", "感谢您的来电，再见！");
    said("请问您需要帮助吗？（停顿1秒）再见！", "请问您需要帮助吗？再见！");
    said("XX先生/女士，请问您现在可以听到我的声音吗？", "王先生，请问您现在可以听到我的声音吗？");
    said("刚才有一位先生/女士拨打过我们的客服电话，请问他/她在吗？", "刚才有一位先生拨打过我们的客服电话，请问他在吗？");
    said("您好，我是XX公司XX号业务受理专员，请问刚才是您拨打XXX咨询问题吗？",
         "您好，我是东方有线公司8号业务受理专员，请问刚才是您拨打客服热线咨询问题吗？");
    char small[8];
    CHECK_INT(cs_phrase_example("您好，请讲", small, sizeof small), strlen("您好，请讲"));
    CHECK(strlen(small) < sizeof small);
}

static void test_every_category(const cs_phrase_bank *bank)
{
    for (size_t i = 0; i < cs_bank_category_count(bank); i++) {
        const char *cat = cs_bank_category_name(bank, i);
        const char *std = cs_bank_category_standard(bank, cat);
        if (!std || strcmp(cat, "taboo") == 0) continue;
        char ex[512];
        cs_phrase_example(std, ex, sizeof ex);
        CHECK_MSG(!strstr(ex, "XX") && !strstr(ex, "/"), "%s: template left in '%s'", cat, ex);
        cs_match m;
        CHECK_MSG(cs_match_phrase(bank, cat, ex, &m) == 0 && m.match, "%s: its example '%s' is not judged the phrase%s%s",
                  cat, ex, m.reason ? ": " : "", m.reason ? m.reason : "");
    }
}

TEST_MAIN(
    char adir[512], err[512];
    cs_paths_init(argv[0]);
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", adir, sizeof adir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    RUN(test_fill);
    if (bank) { harness_current = "test_every_category"; test_every_category(bank); }
    cs_bank_free(bank);
)
