/* Unit tests of reply editing: UTF-8 caret moves, the length limit, newline folding, composition
 * and the first-keystroke time the engine uses for chars/min. */
#include "harness.h"
#include "reply_box.h"

static void test_insert_and_edit(void)
{
    reply_box b;
    reply_clear(&b);
    CHECK(reply_empty(&b));
    CHECK_INT(b.first_key_ms, -1);
    CHECK_INT(reply_insert(&b, "您好", 1500), 2);
    CHECK_INT(b.first_key_ms, 1500);
    reply_insert(&b, "，请讲", 2000);
    CHECK_INT(b.first_key_ms, 1500);      /* stays at the first keystroke */
    CHECK_STR(b.text, "您好，请讲");
    reply_left(&b);
    reply_left(&b);
    reply_backspace(&b);                   /* removes ， */
    CHECK_STR(b.text, "您好请讲");
    reply_delete(&b);
    CHECK_STR(b.text, "您好讲");
    reply_home(&b);
    reply_insert(&b, "a\nb", 0);
    CHECK_STR(b.text, "a b您好讲");
    reply_end(&b);
    CHECK_INT(b.caret, b.len);
    reply_right(&b);
    CHECK_INT(b.caret, b.len);
    CHECK_INT(reply_chars(&b), 6);
    reply_home(&b);
    reply_backspace(&b);                   /* nothing before the caret */
    CHECK_STR(b.text, "a b您好讲");
}

static void test_limit_and_trim(void)
{
    reply_box b;
    reply_clear(&b);
    char big[REPLY_MAX_CHARS * 3 + 40];
    big[0] = 0;
    for (int i = 0; i < REPLY_MAX_CHARS + 10; i++) strcat(big, "好");
    CHECK_INT(reply_insert(&b, big, 0), REPLY_MAX_CHARS);
    CHECK_INT(reply_chars(&b), REPLY_MAX_CHARS);
    CHECK_INT(reply_insert(&b, "x", 0), 0);
    reply_clear(&b);
    reply_insert(&b, "  您好 ", 0);
    char out[64];
    reply_trimmed(&b, out, sizeof out);
    CHECK_STR(out, "您好");
}

static void test_composition(void)
{
    reply_box b;
    reply_clear(&b);
    reply_set_composition(&b, "ni hao", 700);
    CHECK(!reply_empty(&b));
    CHECK_INT(b.first_key_ms, 700);
    CHECK_INT(b.len, 0);
    reply_set_composition(&b, "", 900);
    CHECK(reply_empty(&b));
}

TEST_MAIN(
    RUN(test_insert_and_edit);
    RUN(test_limit_and_trim);
    RUN(test_composition);
)
