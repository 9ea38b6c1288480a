/* Unit tests of the dictated form of a value: long numbers digit by digit with 幺, in chunks. */
#include <stdlib.h>
#include "harness.h"
#include "dictation.h"

static void said(const char *value, const char *expect)
{
    char *s = cs_dictation_speech(value);
    CHECK_STR(s, expect);
    free(s);
}

static void test_phone_numbers(void)
{
    said("13912345678", "幺三九，幺二三四，五六七八");          /* a mobile: 3-4-4 */
    said("1 3 9 1 2 3 4 5 6 7 8", "幺三九，幺二三四，五六七八");  /* call.spell_digits' form */
    said("139-1234-5678", "幺三九，幺二三四，五六七八");
    said("085155501234", "零八五幺，五五五零，幺二三四");        /* a landline with area code */
    said("08515550123", "零八五，幺五五五，零幺二三");
}

static void test_chunks_never_single(void)
{
    said("12345", "幺二三，四五");
    said("123456", "幺二三，四五六");
    said("1234567890", "幺二三，四五六，七八九零");
    said("110105199001011234", "幺幺零，幺零五，幺九九零，零幺零幺，幺二三四");
}

static void test_text_around_numbers(void)
{
    said("宽带账号085112345678，谢谢", "宽带账号，零八五幺，幺二三四，五六七八，谢谢");
    said("云岩区中华北路108号3单元502室", "云岩区中华北路108号3单元，五零二室");  /* a room, digit by digit */
    said("王建国", "王建国");
    said("3号楼", "3号楼");
    said("", "");
}

static void test_rate(void)
{
    CHECK_INT(cs_dictation_rate(210), CS_DICTATION_RATE);  /* an angry caller still dictates slowly */
    CHECK_INT(cs_dictation_rate(150), 100);
    CHECK_INT(cs_dictation_rate(90), 80);                   /* espeak-ng's floor */
}

TEST_MAIN(
    RUN(test_phone_numbers);
    RUN(test_chunks_never_single);
    RUN(test_text_around_numbers);
    RUN(test_rate);
)
