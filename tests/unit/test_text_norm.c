/* Unit tests of the UTF-8 layer and the matching normal form (grading/text_norm.c). */
#include "harness.h"
#include "text_norm.h"

#include <stdlib.h>

static void check_norm(const char *in, const char *want)
{
    char *got = cs_normalize(in);
    CHECK_STR(got, want);
    free(got);
}

static void test_valid(void)
{
    CHECK(cs_utf8_valid("", 0));
    CHECK(cs_utf8_valid("abc您好", strlen("abc您好")));
    CHECK(!cs_utf8_valid("\xC0\xAF", 2));          /* overlong '/' */
    CHECK(!cs_utf8_valid("\xE0\x80\xAF", 3));      /* overlong */
    CHECK(!cs_utf8_valid("\xED\xA0\x80", 3));      /* surrogate */
    CHECK(!cs_utf8_valid("\xF4\x90\x80\x80", 4));  /* > U+10FFFF */
    CHECK(!cs_utf8_valid("\xE4\xBD", 2));          /* truncated */
    CHECK(!cs_utf8_valid("\x80", 1));
    CHECK(cs_utf8_valid("\xF0\x9F\x98\x80", 4));   /* emoji */
}

static void test_next_and_len(void)
{
    const char *s = "a您\xFF" "b";
    CHECK_INT(cs_utf8_next(&s), 'a');
    CHECK_INT(cs_utf8_next(&s), 0x60A8);
    CHECK_INT(cs_utf8_next(&s), 0xFFFD);
    CHECK_INT(cs_utf8_next(&s), 'b');
    CHECK_INT(cs_utf8_next(&s), 0);
    CHECK_INT(cs_utf8_next(&s), 0);               /* stays on the terminator */
    CHECK_INT(cs_utf8_len("您好ab"), 4);
    CHECK_INT(cs_utf8_len("\xE4\xBD"), 2);        /* truncated sequence: two bad bytes */
    CHECK_INT(cs_utf8_len(""), 0);
    /* A lead byte right before the terminator must not read past it. */
    char *heap = malloc(2);
    heap[0] = (char)0xE4; heap[1] = 0;
    CHECK_INT(cs_utf8_len(heap), 1);
    free(heap);
}

static void test_put(void)
{
    char b[5];
    CHECK_INT(cs_utf8_put('A', b), 1);
    CHECK_INT(cs_utf8_put(0xE9, b), 2);
    CHECK_INT(cs_utf8_put(0x60A8, b), 3);
    b[3] = 0;
    CHECK_STR(b, "您");
    CHECK_INT(cs_utf8_put(0x1F600, b), 4);
    CHECK_INT(cs_utf8_put(0xD800, b), 3);          /* surrogate written as U+FFFD */
    CHECK_INT(cs_utf8_put(0x110000, b), 3);
}

static void test_normalize(void)
{
    check_norm("先生/女士，您好！", "先生女士您好");
    check_norm("ＡＢＣ　ｄｅｆ１２３", "abcdef123");
    check_norm("  Hello, World!  ", "helloworld");
    check_norm("《通知》【重要】“引号”‘单’（括号）…—·～、；：？", "通知重要引号单括号");
    check_norm("工号八号", "工号8号");
    check_norm("工号８号", "工号8号");
    check_norm("一下", "1下");
    check_norm("零幺二", "012");
    check_norm("\t换\n行\r", "换行");
    check_norm("", "");
    check_norm("\xFF好", "\xEF\xBF\xBD好");
    check_norm("😀好", "😀好");
}

static void test_normalize_cps(void)
{
    uint32_t *cps = NULL;
    size_t n = cs_normalize_cps("Ａ，您", &cps);
    CHECK_INT(n, 2);
    CHECK_INT(cps[0], 'a');
    CHECK_INT(cps[1], 0x60A8);
    CHECK_INT(cps[2], 0);
    free(cps);
    n = cs_normalize_cps("。。。", &cps);
    CHECK_INT(n, 0);
    free(cps);
}

static void test_clauses(void)
{
    uint32_t *cps = NULL;
    size_t n = cs_normalize_clauses("，处理，，解决 了。", &cps);
    CHECK_INT(n, 6);
    CHECK_INT(cps[0], 0x5904);
    CHECK_INT(cps[2], CS_NORM_BREAK);
    CHECK_INT(cps[5], 0x4E86);   /* the space is dropped, not a break; no trailing break */
    free(cps);
    n = cs_normalize_clauses("。！", &cps);
    CHECK_INT(n, 0);
    free(cps);
}

/* Question marks survive as CS_NORM_QBREAK, also at the end: the tone rules need the type. */
static void test_marked(void)
{
    uint32_t *cps;
    size_t n = cs_normalize_marked("你没听清楚吗？我说了。", &cps);
    CHECK_INT(n, 10);
    CHECK_INT(cps[6], CS_NORM_QBREAK);
    CHECK_INT(cps[9], 0x4E86);
    free(cps);
    n = cs_normalize_marked("好吗?!", &cps);
    CHECK_INT(n, 3);
    CHECK_INT(cps[2], CS_NORM_QBREAK);
    CHECK(cs_is_break(CS_NORM_BREAK) && cs_is_break(CS_NORM_QBREAK) && !cs_is_break('a'));
    free(cps);
    n = cs_normalize_marked("", &cps);
    CHECK_INT(n, 0);
    free(cps);
}

/* fix34c: one reading of "is a Han character" for the bank, the matcher and the scenario checks: CJK Unified
 * Ideographs and Extension A, never Hangul (한), Yi (ꀀ), an emoji or a full-width letter */
static void test_is_han(void)
{
    CHECK(cs_is_han(0x4E2D) && cs_is_han(0x3400) && cs_is_han(0x9FFF));   /* 中, Extension A's first */
    CHECK(!cs_is_han(0xD55C) && !cs_is_han(0xA000) && !cs_is_han(0x1F600) && !cs_is_han(0xFF21) && !cs_is_han('a'));
}

TEST_MAIN(
    RUN(test_is_han);
    RUN(test_marked);
    RUN(test_clauses);
    RUN(test_valid);
    RUN(test_next_and_len);
    RUN(test_put);
    RUN(test_normalize);
    RUN(test_normalize_cps);
)
