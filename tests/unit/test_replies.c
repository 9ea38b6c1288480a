/* Unit tests of the replies-file parser: every action form, delays, and the errors that name a line. */
#include <stdlib.h>
#include "harness.h"
#include "replies.h"

static int parse(const char *text, cs_replies *r, char *err, size_t errlen)
{
    return cs_replies_parse("r.txt", text, strlen(text), r, err, errlen);
}

static void test_actions(void)
{
    cs_replies r;
    char err[256];
    const char *text =
        "@3 /answer\n"
        "\n"
        "先生您好，我是客服小李\n"
        "@1.5 #2\n"
        "/hold\n@61 /unhold\n"
        "/transfer 粤语坐席\n"
        "/escalate 投诉处理组\n"
        "@20 /ticket name=王芳 address=贵阳市 云岩区 中华北路1号 phone=13800001234\n"
        "  /hangup  \r\n";
    CHECK_INT(parse(text, &r, err, sizeof err), 0);
    CHECK_INT(r.n, 9);
    CHECK_INT(r.v[0].kind, CS_IN_ANSWER);
    CHECK_INT(r.v[0].delay_ms, 3000);
    CHECK_INT(r.v[1].kind, CS_IN_TEXT);
    CHECK_STR(r.v[1].text, "先生您好，我是客服小李");
    CHECK_INT(r.v[1].delay_ms, CS_REPLY_DEFAULT_DELAY_MS);
    CHECK_INT(r.v[1].line, 3);
    CHECK_INT(r.v[2].kind, CS_IN_CHOICE);
    CHECK_INT(r.v[2].choice, 2);
    CHECK_INT(r.v[2].delay_ms, 1500);
    CHECK_INT(r.v[3].kind, CS_IN_HOLD);
    CHECK_INT(r.v[4].kind, CS_IN_UNHOLD);
    CHECK_INT(r.v[4].delay_ms, 61000);
    CHECK_INT(r.v[5].kind, CS_IN_TRANSFER);
    CHECK_STR(r.v[5].text, "粤语坐席");
    CHECK_INT(r.v[6].kind, CS_IN_ESCALATE);
    CHECK_INT(r.v[7].kind, CS_IN_TICKET);
    CHECK_STR(r.v[7].text, "name=王芳 address=贵阳市 云岩区 中华北路1号 phone=13800001234");
    CHECK_INT(r.v[8].kind, CS_IN_HANGUP);
    CHECK_INT(r.v[8].line, 10);
    cs_replies_free(&r);
}

static void expect_error(const char *text, const char *needle)
{
    cs_replies r;
    char err[256] = "";
    CHECK_INT(parse(text, &r, err, sizeof err), -1);
    CHECK_MSG(strstr(err, needle) != NULL, "error '%s' lacks '%s'", err, needle);
    CHECK_INT(r.n, 0);
}

static void test_errors(void)
{
    expect_error("/answer\n/dance\n", "r.txt:2: unknown action /dance");
    expect_error("@x hello\n", "r.txt:1: @S needs seconds");
    expect_error("@-1 hello\n", "r.txt:1:");
    expect_error("@2\n", "must be followed by an action");
    expect_error("#0\n", "#N picks a choice");
    expect_error("#12\n", "#N picks a choice");
    expect_error("/transfer\n", "missing argument after /transfer");
    expect_error("/answer now\n", "unexpected text after /answer");
    expect_error("/ticket 王芳\n", "/ticket needs FIELD=VALUE");
    expect_error("ok\n\xff\xfe bad\n", "r.txt:2: not valid UTF-8");
    /* the number ends at a space: "@1e3 hi" is not "after 1 s, type e3 hi" */
    expect_error("@1e3 hi\n", "r.txt:1: @S needs seconds");
    expect_error("/answer\n@2.5x /hangup\n", "r.txt:2: @S needs seconds");
    expect_error("@1\thello\n@0.5\r\n", "r.txt:2: @S must be followed by an action");
}

/* A file of millions of one-character lines was parsed into gigabytes: at most 10000 actions. */
/* "~" states how a line is typed (a trainee slower than 3.1 1.3.1's 50 字/分): seconds or
 * characters a minute (a ticket's values only); without "@S" the line is sent when typing ends. */
static void test_typing_pace(void)
{
    cs_replies r;
    char err[256];
    const char *text =
        "~40s 先生您好\n"
        "@60 ~30cpm 先生您好，请问\n"                    /* 7 characters: 14 s */
        "~30cpm /ticket name=王芳 phone=13800001234\n"    /* 2 + 11 typed: 26 s */
        "@5 先生您好\n";
    CHECK_INT(parse(text, &r, err, sizeof err), 0);
    CHECK_INT(r.n, 4);
    CHECK_INT(r.v[0].typing_ms, 40000);
    CHECK_INT(r.v[0].delay_ms, 40000);
    CHECK_INT(r.v[1].typing_ms, 14000);
    CHECK_INT(r.v[1].delay_ms, 60000);
    CHECK_INT(r.v[2].kind, CS_IN_TICKET);
    CHECK_INT(r.v[2].typing_ms, 26000);
    CHECK_INT(r.v[2].delay_ms, 26000);
    CHECK_INT(r.v[3].typing_ms, 0);                      /* no "~": the standard's pace, as before */
    CHECK_INT(r.v[3].delay_ms, 5000);
    cs_replies_free(&r);
    CHECK_INT(parse("~好的~\n@3 ~_~ 收到\n", &r, err, sizeof err), 0); /* "~" with no number: typed text */
    CHECK_INT(r.n, 2);
    CHECK_STR(r.v[0].text, "~好的~");
    CHECK_INT(r.v[0].typing_ms, 0);
    CHECK_STR(r.v[1].text, "~_~ 收到");
    cs_replies_free(&r);
    expect_error("/answer\n~20 你好\n", "r.txt:2: ~ needs the typing time or speed");
    expect_error("~2.5x 你好\n", "r.txt:1: ~ needs");
    expect_error("~.5 你好\n", "r.txt:1: ~ needs");
    expect_error("@5 ~20s /hold\n", "r.txt:1: ~ states how typed text or a /ticket is typed");
    expect_error("@5 ~20s\n", "r.txt:1: ~ must be followed by typed text or a /ticket");
    expect_error("@5 ~20s 你好\n", "r.txt:1: ~ typing takes longer (20.0 s) than @5.0");
}

static void test_too_many_actions(void)
{
    size_t n = 10001 * 2;
    char *text = malloc(n + 1);
    for (size_t i = 0; i < n; i += 2) { text[i] = 'a'; text[i + 1] = '\n'; }
    text[n] = '\0';
    cs_replies r;
    char err[256] = "";
    CHECK_INT(cs_replies_parse("r.txt", text, n, &r, err, sizeof err), -1);
    CHECK_MSG(strstr(err, "r.txt:10001: more than 10000 actions") != NULL, "err '%s'", err);
    CHECK_INT(r.n, 0);
    text[n - 2] = '\0';
    CHECK_INT(cs_replies_parse("r.txt", text, n - 2, &r, err, sizeof err), 0);
    CHECK_INT(r.n, 10000);
    cs_replies_free(&r);
    free(text);
}

static void test_edges(void)
{
    cs_replies r;
    char err[256];
    CHECK_INT(parse("", &r, err, sizeof err), 0);
    CHECK_INT(r.n, 0);
    CHECK_INT(parse("\xEF\xBB\xBF/answer", &r, err, sizeof err), 0); /* BOM, no final newline */
    CHECK_INT(r.n, 1);
    CHECK_INT(r.v[0].kind, CS_IN_ANSWER);
    cs_replies_free(&r);
    CHECK_INT(parse("#hashtag text\n", &r, err, sizeof err), -1); /* # then non-number is an error */

    size_t big = 300000;
    char *s = malloc(big + 2);
    memset(s, 'a', big);
    s[big] = '\n';
    s[big + 1] = '\0';
    CHECK_INT(parse(s, &r, err, sizeof err), 0);
    CHECK_INT(strlen(r.v[0].text), big);
    cs_replies_free(&r);
    free(s);
}

TEST_MAIN(
    RUN(test_actions);
    RUN(test_errors);
    RUN(test_edges);
    RUN(test_too_many_actions);
    RUN(test_typing_pace);
)
