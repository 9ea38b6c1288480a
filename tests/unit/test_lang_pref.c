/* Unit tests of the interface language rule: --lang first, then LC_ALL, LC_MESSAGES, LANG in that
 * order (the first set one decides), else Chinese. */
#include <stdlib.h>

#include "harness.h"
#include "lang_pref.h"

static void clear_env(void)
{
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
}

static void test_default_is_chinese(void)
{
    int en = 7;
    clear_env();
    CHECK_INT(cs_lang_pick(NULL, &en), 0);
    CHECK_INT(en, 0);
    setenv("LANG", "C.UTF-8", 1);
    CHECK_INT(cs_lang_pick(NULL, &en), 0);
    CHECK_INT(en, 0);
}

static void test_locale_order(void)
{
    int en = 0;
    clear_env();
    setenv("LANG", "en_GB.UTF-8", 1);
    cs_lang_pick(NULL, &en);
    CHECK_INT(en, 1);
    setenv("LC_MESSAGES", "zh_CN.UTF-8", 1);   /* more specific than LANG */
    cs_lang_pick(NULL, &en);
    CHECK_INT(en, 0);
    setenv("LC_ALL", "en_US.UTF-8", 1);        /* overrides both */
    cs_lang_pick(NULL, &en);
    CHECK_INT(en, 1);
    setenv("LC_ALL", "", 1);                   /* set but empty: not a choice */
    cs_lang_pick(NULL, &en);
    CHECK_INT(en, 0);
}

static void test_argument_wins(void)
{
    int en = 0;
    clear_env();
    setenv("LANG", "zh_CN.UTF-8", 1);
    CHECK_INT(cs_lang_pick("en", &en), 0);
    CHECK_INT(en, 1);
    setenv("LANG", "en_US.UTF-8", 1);
    CHECK_INT(cs_lang_pick("zh", &en), 0);
    CHECK_INT(en, 0);
    en = 5;
    CHECK_INT(cs_lang_pick("fr", &en), -1);    /* refused, untouched */
    CHECK_INT(en, 5);
    CHECK_INT(cs_lang_pick("", &en), -1);
}

TEST_MAIN(
    RUN(test_default_is_chinese);
    RUN(test_locale_order);
    RUN(test_argument_wins);
)
