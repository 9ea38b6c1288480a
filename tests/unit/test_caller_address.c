/* Unit tests of the form of address (caller_address.h): one decision for the window's phrase chips
 * and phrase.standard's hints, so a caller the card names "（女）" is 女士 in both. */
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "caller_address.h"
#include "paths.h"

static cs_phrase_bank *bank;

static void test_who_is_a_woman(void)
{
    CHECK(cs_caller_is_woman("王女士"));
    CHECK(cs_caller_is_woman("李小姐"));
    CHECK(cs_caller_is_woman("手机用户（女）"));
    CHECK(cs_caller_is_woman("手机用户(女)"));
    CHECK(cs_caller_is_woman("Ms. Johnson"));
    CHECK(cs_caller_is_woman("Mrs Smith"));
    CHECK(!cs_caller_is_woman("手机用户（男）"));
    CHECK(!cs_caller_is_woman("钱先生（钻石卡）"));
    CHECK(!cs_caller_is_woman("网购用户"));
    CHECK(!cs_caller_is_woman("Mr. Adams"));   /* "ms" inside a word is no title */
    CHECK(!cs_caller_is_woman("Missy Elliott")); /* nor a name that begins like one */
    CHECK(!cs_caller_is_woman(""));
    CHECK(!cs_caller_is_woman(NULL));
}

/* The opening (贵阳 §二(一) 1.1 先生/女士，您好！…XX号…) as said to each caller. */
static void test_standard_for_caller(void)
{
    char *w = cs_standard_for_caller(bank, "opening", "宽带用户（女）");
    char *m = cs_standard_for_caller(bank, "opening", "宽带用户（男）");
    char *l = cs_standard_for_caller(bank, "opening", "赵女士");
    CHECK(w && m && l);
    if (w && m && l) {
        CHECK_MSG(strstr(w, "女士") && !strstr(w, "先生") && !strstr(w, "/"), "a woman is 女士: %s", w);
        CHECK_MSG(strstr(m, "先生") && !strstr(m, "女士"), "a man is 先生: %s", m);
        CHECK_MSG(strcmp(w, l) == 0, "（女） and 女士 get the same phrase: %s / %s", w, l);
        CHECK_MSG(!strstr(w, "XX"), "placeholders filled: %s", w);
    }
    free(w);
    free(m);
    free(l);
    CHECK(cs_standard_for_caller(bank, "no_such_category", "王女士") == NULL);
    /* a phrase without 先生/女士 is the same for everyone */
    char *a = cs_standard_for_caller(bank, "emotional", "王女士"), *b = cs_standard_for_caller(bank, "emotional", "网购用户");
    CHECK(a && b && strcmp(a, b) == 0);
    free(a);
    free(b);
}

TEST_MAIN(
    char dir[512], err[512];
    cs_paths_init(argv[0]);
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    if (bank) {
        RUN(test_who_is_a_woman);
        RUN(test_standard_for_caller);
        cs_bank_free(bank);
    }
)
