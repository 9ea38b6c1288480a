/* Unit tests of the interface's translations (issue 14: one mechanism, GNU gettext): in Chinese,
 * the default, every interface string and every engine note the window shows is Chinese (an English
 * string there fails); in English, taken from the compiled catalogue (BUILD/locale/en), none is
 * left Chinese; switching back and forth at run time (the main menu's language row) takes effect at
 * once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "paths.h"
#include "ui_strings.h"

/* 1 when s holds a CJK ideograph (U+3400..U+9FFF) */
static int has_cjk(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++)
        if (p[0] >= 0xE3 && p[0] <= 0xE9 && p[1] >= 0x80 && p[2] >= 0x80) {
            unsigned cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            if (cp >= 0x3400 && cp <= 0x9FFF) return 1;
        }
    return 0;
}

static const char *const notes[] = {
    "the trainee hung up while the caller was speaking", "caller hung up after the conversation",
    "caller left on hold too long", "caller ran out of patience", "call time limit",
    "empty reply ignored", "no such choice; action ignored", "the caller is not on hold; action ignored",
    "call abandoned by the trainee", "nobody answered after 8 rings",
};

static void test_chinese_interface_has_no_english_string(void)
{
    ui_set_lang(0);
    for (int i = 0; i < S_COUNT; i++) CHECK_MSG(has_cjk(ui_s((ui_str)i)), "string %d is not Chinese: %s", i, ui_s((ui_str)i));
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
        CHECK_MSG(has_cjk(ui_engine_text(notes[i])), "engine note shown in English: %s", notes[i]);
    /* every way a call can end, as the value the engine gives */
    for (int k = CS_END_TRAINEE_HANGUP; k <= CS_END_SCRIPT_ERROR; k++)
        CHECK_MSG(has_cjk(ui_end_reason((cs_end_kind)k, "english text")), "end %d shown in English", k);
    CHECK(has_cjk(ui_item_label("opening")));
    CHECK(has_cjk(ui_field_label("phone")));
    char lv[32];
    CHECK_STR(ui_level(5, lv, sizeof lv), "5级");
}

static void test_english_comes_from_the_catalogue(void)
{
    ui_set_lang(1);
    CHECK_STR(ui_s(S_BTN_ANSWER), "Answer");
    CHECK_STR(ui_s(S_TICKET_SUBMIT), "Submit ticket");
    for (int i = 0; i < S_COUNT; i++) CHECK_MSG(!has_cjk(ui_s((ui_str)i)), "string %d untranslated: %s", i, ui_s((ui_str)i));
    CHECK_STR(ui_engine_text("caller ran out of patience"), "caller ran out of patience");
    /* the grader's explanations are msgids of the same catalogue (cs_rubric.translate = ui_tr) */
    CHECK_STR(ui_tr("第%d声振铃时接听"), "answered on ring %d");
    char lv[32];
    CHECK_STR(ui_level(4, lv, sizeof lv), "level 4");
}

static void test_switching_takes_effect_at_once(void)
{
    ui_set_lang(1);
    CHECK_STR(ui_s(S_BTN_HANGUP), "Hang up");
    ui_set_lang(0);
    CHECK_STR(ui_s(S_BTN_HANGUP), "挂机");
    ui_set_lang(1);
    CHECK_STR(ui_s(S_BTN_HANGUP), "Hang up");
    ui_set_lang(0);
}

TEST_MAIN(
    cs_paths_init(argv[0]);
    RUN(test_chinese_interface_has_no_english_string);
    RUN(test_english_comes_from_the_catalogue);
    RUN(test_switching_takes_effect_at_once);
)
