/* Unit tests of the JSON writer (grading/json_write.c): separators, escaping, numbers, and that
 * invalid UTF-8 still gives valid JSON. */
#include "harness.h"
#include "json_write.h"

#include <stdlib.h>

static void check_take(cs_json *j, const char *want)
{
    char *s = cs_json_take(j);
    CHECK_STR(s, want);
    free(s);
}

static void test_object(void)
{
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_kstr(&j, "a", "x");
    cs_json_kint(&j, "b", -42);
    cs_json_kbool(&j, "c", 1);
    cs_json_kbool(&j, "d", 0);
    cs_json_key(&j, "e");
    cs_json_null(&j);
    cs_json_kstr(&j, "f", NULL);
    cs_json_obj_end(&j);
    check_take(&j, "{\"a\":\"x\",\"b\":-42,\"c\":true,\"d\":false,\"e\":null,\"f\":null}");
}

static void test_nesting(void)
{
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_key(&j, "arr");
    cs_json_arr_begin(&j);
    cs_json_int(&j, 1);
    cs_json_obj_begin(&j);
    cs_json_kint(&j, "k", 2);
    cs_json_obj_end(&j);
    cs_json_arr_begin(&j);
    cs_json_arr_end(&j);
    cs_json_str(&j, "s");
    cs_json_arr_end(&j);
    cs_json_key(&j, "empty");
    cs_json_obj_begin(&j);
    cs_json_obj_end(&j);
    cs_json_kint(&j, "last", 3);
    cs_json_obj_end(&j);
    check_take(&j, "{\"arr\":[1,{\"k\":2},[],\"s\"],\"empty\":{},\"last\":3}");
}

static void test_escape(void)
{
    cs_json j;
    cs_json_init(&j);
    cs_json_str(&j, "q\"b\\n\n\t\r\x01\x7f您好");
    check_take(&j, "\"q\\\"b\\\\n\\n\\t\\r\\u0001\\u007f您好\"");
}

static void test_invalid_utf8(void)
{
    cs_json j;
    cs_json_init(&j);
    cs_json_str(&j, "a\xFF" "b\xE4\xBD" "c\xED\xA0\x80" "d\xC0\xAF");
    check_take(&j, "\"a\\ufffdb\\ufffd\\ufffdc\\ufffd\\ufffd\\ufffdd\\ufffd\\ufffd\"");
    cs_json_init(&j);
    cs_json_str(&j, "\xE4\xBD");   /* truncated at the terminator */
    check_take(&j, "\"\\ufffd\\ufffd\"");
}

static void test_numbers(void)
{
    cs_json j;
    cs_json_init(&j);
    cs_json_arr_begin(&j);
    cs_json_num(&j, 0.5);
    cs_json_num(&j, 0.0 / 0.0);
    cs_json_num(&j, 1.0 / 0.0);
    cs_json_num(&j, 100);
    cs_json_int(&j, INT64_MIN);
    cs_json_arr_end(&j);
    check_take(&j, "[0.5,null,null,100,-9223372036854775808]");
}

static void test_take_empty(void)
{
    cs_json j;
    cs_json_init(&j);
    check_take(&j, "");
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_free(&j);
    CHECK(j.buf == NULL);
}

static void test_big(void)
{
    cs_json j;
    cs_json_init(&j);
    cs_json_arr_begin(&j);
    for (int i = 0; i < 100000; i++) cs_json_str(&j, "您好");
    cs_json_arr_end(&j);
    char *s = cs_json_take(&j);
    CHECK(s != NULL);
    CHECK_INT(strlen(s), 2 + 100000 * 8 + 99999);
    free(s);
}

TEST_MAIN(
    RUN(test_object);
    RUN(test_nesting);
    RUN(test_escape);
    RUN(test_invalid_utf8);
    RUN(test_numbers);
    RUN(test_take_empty);
    RUN(test_big);
)
