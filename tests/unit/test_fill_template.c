/* The standard phrases as a trainee sends them (cs_bank_fill_template): no template left-overs,
 * and the grader judges each the phrase of its own category (the window's phrase keys and
 * explore send this form). */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "paths.h"
#include "phrase_bank.h"
#include <stdlib.h>
#include "phrase_match.h"

static void said(const char *standard, const char *expect)
{
    char *out = cs_bank_fill_template(standard);
    CHECK_STR(out, expect);
    free(out);
}

static void test_fill(void)
{
    said("先生/女士，您好！我是嘉定东方有线网络有限公司XX号业务受理专员，请问有什么可以帮您？",
         "先生，您好！我是嘉定东方有线网络有限公司8号业务受理专员，请问有什么可以帮您？");
    said("感谢您的来电/祝您愉快/祝您晚安，再见！", "感谢您的来电，再见！");
    said("刚才有一位先生/女士拨打过我们的客服电话，请问他/她在吗？", "刚才有一位先生拨打过我们的客服电话，请问他在吗？");
}

/* 请问您……'s fill (的订单号是多少？, 24 bytes) is longer than the ellipsis it fills: a standard dense with
 * 您…… must still come out whole, written inside its buffer (it overran the buffer before it was bounded). */
static void test_fill_dense_question(void)
{
    enum { TIMES = 80 };
    char standard[TIMES * 6 + 1] = "", expect[TIMES * 27 + 1] = "";
    for (int i = 0; i < TIMES; i++) {
        strcat(standard, "您…");
        strcat(expect, "您的订单号是多少？");
    }
    said(standard, expect);
}

static void test_every_category(const cs_phrase_bank *bank)
{
    for (size_t i = 0; i < cs_bank_category_count(bank); i++) {
        const char *cat = cs_bank_category_name(bank, i);
        const char *std = cs_bank_category_standard(bank, cat);
        if (!std || strcmp(cat, "taboo") == 0) continue;
        char *ex = cs_bank_fill_template(std);
        CHECK_MSG(ex && !strstr(ex, "XX") && !strstr(ex, "/"), "%s: template left in '%s'", cat, ex ? ex : "(null)");
        cs_match m;
        CHECK_MSG(ex && cs_match_phrase(bank, cat, ex, &m) == 0 && m.match, "%s: '%s' is not judged the phrase%s%s",
                  cat, ex ? ex : "(null)", m.reason ? ": " : "", m.reason ? m.reason : "");
        free(ex);
    }
}

TEST_MAIN(
    char adir[512], err[512];
    cs_paths_init(argv[0]);
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", adir, sizeof adir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    RUN(test_fill);
    RUN(test_fill_dense_question);
    if (bank) { harness_current = "test_every_category"; test_every_category(bank); }
    cs_bank_free(bank);
)
