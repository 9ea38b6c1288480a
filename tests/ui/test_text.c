/* Unit tests of Chinese/Latin line wrapping (with a fake fixed-width measure) and of the text
 * cache's keying (with a software renderer, no window). */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdlib.h>

#include "harness.h"
#include "font_find.h"
#include "text_cache.h"
#include "text_wrap.h"

/* Every code point is 10 px wide: widths are then character counts × 10. */
static int fixed_measure(void *ud, const char *s, size_t n)
{
    (void)ud;
    return (int)utf8_count(s, n) * 10;
}

static char *line_str(const char *text, const wrap_line *l)
{
    static char buf[256];
    memcpy(buf, text + l->start, l->len);
    buf[l->len] = 0;
    return buf;
}

static void test_utf8(void)
{
    CHECK_INT(utf8_char_len("a"), 1);
    CHECK_INT(utf8_char_len("中"), 3);
    CHECK_INT(utf8_char_len("\xF0\x9F\x98\x80"), 4);
    CHECK_INT(utf8_char_len("\xE4\x41"), 1);  /* broken sequence counts as one byte */
    CHECK_INT(utf8_decode("中"), 0x4E2D);
    CHECK_INT(utf8_count("您好ab", strlen("您好ab")), 4);
}

static void test_wrap_chinese(void)
{
    const char *t = "您好请问有什么可以帮您";
    wrap_line l[8];
    size_t n = text_wrap(t, 40, fixed_measure, NULL, l, 8);
    CHECK_INT(n, 3);
    CHECK_STR(line_str(t, &l[0]), "您好请问");
    CHECK_STR(line_str(t, &l[1]), "有什么可");
    CHECK_STR(line_str(t, &l[2]), "以帮您");
}

static void test_wrap_punctuation_stays(void)
{
    const char *t = "您好请，讲";
    wrap_line l[8];
    size_t n = text_wrap(t, 30, fixed_measure, NULL, l, 8);
    CHECK_INT(n, 2);
    CHECK_STR(line_str(t, &l[0]), "您好");       /* 请， must not be split: ， never starts a line */
    CHECK_STR(line_str(t, &l[1]), "请，讲");
}

static void test_wrap_latin_words(void)
{
    const char *t = "hello big world";
    wrap_line l[8];
    size_t n = text_wrap(t, 90, fixed_measure, NULL, l, 8);
    CHECK_INT(n, 2);
    CHECK_STR(line_str(t, &l[0]), "hello big");
    CHECK_STR(line_str(t, &l[1]), "world");
}

static void test_wrap_long_word_and_newline(void)
{
    const char *t = "abcdefgh\n中";
    wrap_line l[8];
    size_t n = text_wrap(t, 30, fixed_measure, NULL, l, 8);
    CHECK_INT(n, 4);
    CHECK_STR(line_str(t, &l[0]), "abc");
    CHECK_STR(line_str(t, &l[1]), "def");
    CHECK_STR(line_str(t, &l[2]), "gh");
    CHECK_STR(line_str(t, &l[3]), "中");
}

static void test_wrap_mixed_and_empty(void)
{
    const char *t = "工号 1024 为您服务";
    wrap_line l[8];
    size_t n = text_wrap(t, 0, fixed_measure, NULL, l, 8);
    CHECK_INT(n, 1);
    CHECK_STR(line_str(t, &l[0]), t);
    n = text_wrap("", 50, fixed_measure, NULL, l, 8);
    CHECK_INT(n, 1);
    CHECK_INT(l[0].len, 0);
    n = text_wrap("一二三四五六七八九十", 10, fixed_measure, NULL, l, 3);
    CHECK_INT(n, 10);  /* reports the lines needed even when fewer fit in the array */
}

static void test_cache_keying(void)
{
    char path[1024], err[256];
    if (font_find_cjk(NULL, path, sizeof path, err, sizeof err) != 0) {
        CHECK_MSG(0, "%s", err);
        return;
    }
    SDL_Surface *target = SDL_CreateRGBSurfaceWithFormat(0, 200, 100, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = target ? SDL_CreateSoftwareRenderer(target) : NULL;
    CHECK(r != NULL);
    if (!r) { SDL_FreeSurface(target); return; }
    text_cache *tc = tc_new(r, path, 3);
    SDL_Color black = { 0, 0, 0, 255 }, red = { 255, 0, 0, 255 };
    int w = 0, h = 0, w2 = 0, h2 = 0;
    CHECK(tc_get(tc, "您好，请讲", 20, black, 0, &w, &h) != NULL);
    CHECK(w > 60 && h >= 20);
    tc_get(tc, "您好，请讲", 20, black, 0, NULL, NULL);
    CHECK_INT(tc_get_stats(tc).hits, 1);
    tc_get(tc, "您好，请讲", 20, red, 0, NULL, NULL);      /* colour is part of the key */
    tc_get(tc, "您好，请讲", 24, black, 0, NULL, NULL);    /* so is the size */
    CHECK_INT(tc_get_stats(tc).misses, 3);
    tc_get(tc, "您好，请讲", 20, black, 40, &w2, &h2);     /* and the wrap width: evicts the LRU */
    CHECK(h2 > h && w2 <= 40 + 20);
    CHECK_INT(tc_get_stats(tc).evictions, 1);
    CHECK_INT(tc_get_stats(tc).entries, 3);
    int mw = 0, mh = 0;
    CHECK_INT(tc_measure(tc, "您好，请讲", 20, 40, &mw, &mh), 0);
    CHECK_INT(mw, w2);
    CHECK_INT(mh, h2);
    CHECK(tc_get(tc, "", 20, black, 0, NULL, NULL) == NULL);
    tc_clear(tc);
    CHECK_INT(tc_get_stats(tc).entries, 0);
    tc_free(tc);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(target);
}

TEST_MAIN(
    SDL_Init(0);
    TTF_Init();
    RUN(test_utf8);
    RUN(test_wrap_chinese);
    RUN(test_wrap_punctuation_stays);
    RUN(test_wrap_latin_words);
    RUN(test_wrap_long_word_and_newline);
    RUN(test_wrap_mixed_and_empty);
    RUN(test_cache_keying);
    TTF_Quit();
    SDL_Quit();
)
