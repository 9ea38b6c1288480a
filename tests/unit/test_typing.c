/* Unit tests of typing speed and accuracy (grading/typing.c). */
#include "harness.h"
#include "typing.h"

static void test_cpm(void)
{
    CHECK_NEAR(cs_typing_cpm("张三，13800000000", 60000), 14.0, 1e-9);
    CHECK_NEAR(cs_typing_cpm("a b c", 30000), 6.0, 1e-9);   /* spaces do not count */
    CHECK_NEAR(cs_typing_cpm("您好。", 3600), 50.0, 1e-9);   /* punctuation does */
    CHECK_NEAR(cs_typing_cpm("abc", 0), 0.0, 1e-9);
    CHECK_NEAR(cs_typing_cpm("abc", -5), 0.0, 1e-9);
    CHECK_NEAR(cs_typing_cpm("", 1000), 0.0, 1e-9);
}

static void test_accuracy(void)
{
    CHECK_NEAR(cs_typing_accuracy("贵阳市观山湖区", "贵阳市观山湖区"), 1.0, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("贵阳市观山湖区", "贵阳 市观山湖区"), 1.0, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("ABC123", "ＡＢＣ１２３"), 1.0, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("0123456789", "0123456780"), 0.9, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("0123456789", "012345678"), 0.9, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("0123456789", "0123456789x"), 0.9, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("张三，男", "张三男"), 0.75, 1e-9); /* punctuation counts */
    CHECK_NEAR(cs_typing_accuracy("ab", "xyzxyzxyz"), 0.0, 1e-9);     /* clamped */
    CHECK_NEAR(cs_typing_accuracy("", ""), 1.0, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("  ", ""), 1.0, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("", "x"), 0.0, 1e-9);
    CHECK_NEAR(cs_typing_accuracy("ab", "\xFF\xFF"), 0.0, 1e-9);
    CHECK_NEAR(cs_typing_accuracy(NULL, NULL), 1.0, 1e-9);
}

TEST_MAIN(
    RUN(test_cpm);
    RUN(test_accuracy);
)
