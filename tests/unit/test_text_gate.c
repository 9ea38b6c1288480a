/* Unit tests of the text gate: what may enter a transcript, the JSON or the database. */
#include <stdlib.h>
#include "harness.h"
#include "text_gate.h"

static const char *why_of(const char *s, size_t max)
{
    static char why[80];
    return cs_text_check(s, strlen(s), max, why, sizeof why);
}

static void test_check(void)
{
    CHECK(why_of("您好，请问有什么可以帮您？😀", 2000) == NULL);
    CHECK(why_of("", 2000) == NULL);
    CHECK_MSG(why_of("a\x1b[2Jb", 2000) && strstr(why_of("a\x1b[2Jb", 2000), "U+001B"), "ESC passes");
    CHECK(why_of("line\nforged", 2000) != NULL);
    CHECK(why_of("tab\there", 2000) != NULL);
    CHECK(why_of("del\x7f", 2000) != NULL);
    CHECK(why_of("c1\xc2\x9b", 2000) != NULL);             /* U+009B, CSI in one code point */
    CHECK(why_of("bidi\xe2\x80\xae", 2000) != NULL);       /* U+202E right-to-left override */
    CHECK(why_of("sep\xe2\x80\xa8", 2000) != NULL);        /* U+2028 line separator */
    CHECK(why_of("bad\xff", 2000) != NULL);
    CHECK(why_of("\xed\xa0\x80", 2000) != NULL);           /* a surrogate */
    CHECK(why_of("长长长", 3) == NULL);
    CHECK(why_of("长长长长", 3) != NULL);
    char why[80];
    CHECK(cs_text_check("a\0b", 3, 10, why, sizeof why) != NULL); /* an embedded NUL */
    CHECK(cs_text_check_lines("第一行\n第二行", strlen("第一行\n第二行"), 100, why, sizeof why) == NULL);
    CHECK(cs_text_check_lines("x\r\n", 3, 100, why, sizeof why) != NULL);
}

static void test_clean(void)
{
    int cut = 0;
    char *c = cs_text_clean("a\x1b[2J\nb\xff", 8, 100, &cut);
    CHECK_STR(c, "a [2J b\xef\xbf\xbd");
    CHECK_INT(cut, 0);
    free(c);
    c = cs_text_clean("长长长长", strlen("长长长长"), 3, &cut);
    CHECK_STR(c, "长长长");
    CHECK_INT(cut, 1);
    free(c);
    char why[80];
    c = cs_text_clean("\xe2\x80\xae\xc2\x9b ok", 8, 100, NULL);
    CHECK(cs_text_check(c, strlen(c), 100, why, sizeof why) == NULL);
    free(c);
}

TEST_MAIN(
    RUN(test_check);
    RUN(test_clean);
)
