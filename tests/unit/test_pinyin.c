/* Unit tests of the toneless pinyin table (grading/pinyin.c) from Rime's pinyin_simp. */
#include "harness.h"
#include "pinyin.h"

static void test_readings(const cs_pinyin *py)
{
    CHECK_STR(cs_pinyin_of(py, 0x6838), "he");      /* 核 */
    CHECK_STR(cs_pinyin_of(py, 0x5728), "zai");     /* 在 */
    CHECK(cs_pinyin_of(py, 'a') == NULL);
    CHECK(cs_pinyin_of(py, 0x1F600) == NULL);
}

static void test_homophones(const cs_pinyin *py)
{
    CHECK(cs_pinyin_homophone(py, 0x5408, 0x6838));   /* 合 核: he */
    CHECK(cs_pinyin_homophone(py, 0x5728, 0x518D));   /* 在 再: zai */
    CHECK(cs_pinyin_homophone(py, 0x62A5, 0x62B1));   /* 报 抱: bao */
    CHECK(!cs_pinyin_homophone(py, 0x6838, 0x6838)); /* the same character is no typo */
    CHECK(!cs_pinyin_homophone(py, 0x60A8, 0x4F60)); /* 您 nin, 你 ni */
    CHECK(!cs_pinyin_homophone(py, 0x56E0, 0x5E94)); /* 因 yin, 应 ying: not homophones … */
    CHECK(cs_pinyin_similar(py, 0x56E0, 0x5E94));    /* … but fuzzy-pinyin neighbours (in/ing) */
    CHECK(cs_pinyin_similar(py, 0x8D44, 0x54A8));    /* 资 zi, 咨 zi: homophones are similar too */
    CHECK(cs_pinyin_similar(py, 0x957F, 0x53C2));    /* 长 chang, 参 can: ch/c + ang/an */
    CHECK(!cs_pinyin_similar(py, 0x60A8, 0x4F60));   /* 您 nin, 你 ni: n-final is no fuzzy pair */
    CHECK(!cs_pinyin_similar(py, 0x6838, 0x6838));
    /* rare readings are dropped: 会 is hui (kuai is under 2 % of its weight), so not 快 */
    CHECK(!cs_pinyin_homophone(py, 0x4F1A, 0x5FEB));
}

/* Syllables typed with the same digits of a phone's nine-key keyboard (abc=2 … wxyz=9): helper phr21. */
static void test_same_keys(const cs_pinyin *py)
{
    CHECK(cs_pinyin_same_keys(py, 0x6838, 0x683C));    /* 核 he, 格 ge: 43 */
    CHECK(cs_pinyin_same_keys(py, 0x6162, 0x96BE));    /* 慢 man, 难 nan: 626 */
    CHECK(cs_pinyin_same_keys(py, 0x666E, 0x82CF));    /* 普 pu, 苏 su: 78 */
    CHECK(cs_pinyin_same_keys(py, 0x7B49, 0x98CE));    /* 等 deng, 风 feng: 3364 */
    CHECK(cs_pinyin_same_keys(py, 0x5B9E, 0x5F0F));    /* 实 式 shi: homophones share their keys */
    CHECK(!cs_pinyin_same_keys(py, 0x6838, 0x6838));   /* the same character is no slip */
    CHECK(!cs_pinyin_same_keys(py, 0x60A8, 0x4F60));   /* 您 nin 646, 你 ni 64 */
    CHECK(!cs_pinyin_same_keys(py, 0x6838, 0x6162));   /* 核 43, 慢 626 */
    /* the keys' marks: 格 is marked where 核 was */
    uint64_t set[CS_PINYIN_SET_WORDS] = { 0 };
    cs_pinyin_mark(py, 0x6838, CS_PINYIN_KEYS, set);
    CHECK(cs_pinyin_marked(py, 0x683C, CS_PINYIN_KEYS, set));
}

/* Syllables a 双拼 keyboard types with one key beside the meant one (小鹤, 自然码, 微软): helper phr31. */
static void test_shuangpin(const cs_pinyin *py)
{
    CHECK(cs_pinyin_shuangpin_slip(py, 0x597D, 0x4F1A));    /* 好 hao hc, 会 hui hv (小鹤) */
    CHECK(cs_pinyin_shuangpin_slip(py, 0x518D, 0x600E));    /* 再 zai zd, 怎 zen zf (小鹤) */
    CHECK(cs_pinyin_shuangpin_slip(py, 0x901A, 0x592A));    /* 通 tong ts, 太 tai td (小鹤) */
    CHECK(cs_pinyin_shuangpin_slip(py, 0x7B49, 0x98CE));    /* 等 deng dg, 风 feng fg: the initial key */
    CHECK(!cs_pinyin_shuangpin_slip(py, 0x597D, 0x53F7));   /* 好 号 hao: the same keys, no slip */
    CHECK(!cs_pinyin_shuangpin_slip(py, 0x518D, 0x89C1));   /* 再 zd, 见 jm: keys far apart */
    CHECK(!cs_pinyin_shuangpin_slip(py, 0x6838, 0x6838));   /* the same character */
}

/* cs_pinyin_mark_both marks what cs_pinyin_mark does with fuzzy 0 and with fuzzy 1, for every
 * character of the table and a few outside it. */
static void test_mark_both(const cs_pinyin *py)
{
    size_t differ = 0;
    for (uint32_t cp = 0x3300; cp <= 0xA0FF; cp++) {
        uint64_t a0[CS_PINYIN_SET_WORDS] = { 0 }, a1[CS_PINYIN_SET_WORDS] = { 0 };
        uint64_t b0[CS_PINYIN_SET_WORDS] = { 0 }, b1[CS_PINYIN_SET_WORDS] = { 0 };
        cs_pinyin_mark(py, cp, 0, a0);
        cs_pinyin_mark(py, cp, 1, a1);
        cs_pinyin_mark_both(py, cp, b0, b1);
        differ += memcmp(a0, b0, sizeof a0) != 0 || memcmp(a1, b1, sizeof a1) != 0;
    }
    CHECK_MSG(differ == 0, "%zu characters marked differently", differ);
}

static void test_missing(void)
{
    char err[256];
    CHECK(cs_pinyin_load("/nonexistent.dict.yaml", err, sizeof err) == NULL);
    CHECK(strstr(err, "rime-data-pinyin-simp") != NULL);
}

TEST_MAIN(
    char err[512];
    cs_pinyin *py = cs_pinyin_load(CS_RIME_PINYIN, err, sizeof err);
    CHECK_MSG(py != NULL, "%s", err);
    if (py) {
        harness_current = "test_readings"; test_readings(py);
        harness_current = "test_homophones"; test_homophones(py);
        harness_current = "test_mark_both"; test_mark_both(py);
        harness_current = "test_same_keys"; test_same_keys(py);
        harness_current = "test_shuangpin"; test_shuangpin(py);
    }
    RUN(test_missing);
    cs_pinyin_free(py);
)
