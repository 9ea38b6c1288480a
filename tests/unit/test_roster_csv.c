/* Unit tests of the roster CSV import: Excel's forms (BOM, CRLF, quotes, header in Chinese or
 * English, columns in any order), the 18-character ID check digit, and errors naming the line. */
#include <stdlib.h>
#include "harness.h"
#include "roster_csv.h"

static int parse(const char *text, cs_roster *r, char *err, size_t errlen)
{
    return cs_roster_parse("r.csv", text, strlen(text), r, err, errlen);
}

static void test_excel_forms(void)
{
    cs_roster r;
    char err[256] = "";
    CHECK_INT(parse("\xEF\xBB\xBF考生号,姓名,证件号\r\nA001,王芳,11010519491231002X\r\n\r\n"
                    "A002,\"欧阳, 明\",G12345678\r\nA003,李雷,\r\n", &r, err, sizeof err), 0);
    CHECK_MSG(err[0] == 0, "%s", err);
    CHECK_INT(r.n, 3);
    if (r.n == 3) {
        CHECK_STR(r.v[0].cand_no, "A001");
        CHECK_STR(r.v[0].name, "王芳");
        CHECK_STR(r.v[0].id_number, "11010519491231002X");
        CHECK_STR(r.v[1].name, "欧阳, 明");
        CHECK_INT(r.v[1].line, 4);
        CHECK_STR(r.v[2].id_number, "");
    }
    cs_roster_free(&r);
    /* English header, other column order, quotes with "" escapes */
    CHECK_INT(parse("name,id,candidate\n\"Li \"\"Ray\"\"\",,B7\n", &r, err, sizeof err), 0);
    CHECK_INT(r.n, 1);
    if (r.n) { CHECK_STR(r.v[0].name, "Li \"Ray\""); CHECK_STR(r.v[0].cand_no, "B7"); }
    cs_roster_free(&r);
    /* no header: positional */
    CHECK_INT(parse("C1,张三,110105194912310038\n", &r, err, sizeof err), 0);
    CHECK_INT(r.n, 1);
    cs_roster_free(&r);
}

static void test_id_number(void)
{
    CHECK(cs_id_number_valid("11010519491231002X"));
    CHECK(cs_id_number_valid("11010519491231002x"));
    CHECK(cs_id_number_valid("110105194912310038"));
    CHECK(!cs_id_number_valid("110105194912310039"));
    CHECK(!cs_id_number_valid("11010519491231002"));
    CHECK(!cs_id_number_valid("1101051949123100AX"));
}

static void expect_error(const char *text, const char *needle)
{
    cs_roster r;
    char err[256] = "";
    CHECK_INT(parse(text, &r, err, sizeof err), -1);
    CHECK_MSG(strstr(err, needle) != NULL, "error '%s' lacks '%s'", err, needle);
    CHECK_INT(r.n, 0);
}

static void test_errors(void)
{
    expect_error("A1,王芳,110105194912310022\n", "r.csv:1: 证件号 check digit is wrong");
    expect_error("A1,王芳\nA1,李雷\n", "r.csv:2: 考生号 already on line 1");
    expect_error("A1,\n", "r.csv:1: 姓名 is empty");
    expect_error("A 1,王芳\n", "r.csv:1: 考生号 may hold only");
    expect_error("A1,\"王芳\n", "r.csv:1: a quoted field is not closed");
    expect_error("A1,王\"芳\n", "a quote inside an unquoted field");
    expect_error("A1,\xcd\xf5\xb7\xbc\n", "r.csv:1: not valid UTF-8"); /* GBK 王芳 */
    expect_error("姓名,证件号\n王芳,\n", "r.csv:1: the header must name the 考生号 and 姓名 columns");
    expect_error("", "no candidates");
    expect_error("\xEF\xBB\xBF\r\n,,\r\n", "no candidates");
}

TEST_MAIN(
    RUN(test_excel_forms);
    RUN(test_id_number);
    RUN(test_errors);
)
