/* Unit tests of the shared helpers of each layer (#13): grading_util (strdup, the FILE:LINE error
 * that keeps line 0), core_util (the error that drops line 0, the file reader's errno for callers
 * that word their own message, as the paper loader does; cs_where; cs_grow), and text_norm's cs_utf8_seq
 * that json_write now uses. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core_util.h"
#include "grading_util.h"
#include "harness.h"
#include "paper.h"
#include "text_norm.h"

static void test_strdup(void)
{
    CHECK(cs_g_strdup(NULL) == NULL);
    char *d = cs_g_strdup("王芳 ok");
    CHECK_STR(d, "王芳 ok");
    free(d);
    d = cs_strdup("");
    CHECK_STR(d, "");
    free(d);
}

static void test_error_at(void)
{
    char err[64];
    CHECK_INT(cs_g_error_at(err, sizeof err, "phrases.txt", 0, "no %s", "category"), -1);
    CHECK_STR(err, "phrases.txt:0: no category");   /* grading names line 0 for whole-file faults */
    CHECK_INT(cs_error_at(err, sizeof err, "p.paper", 0, "too large"), -1);
    CHECK_STR(err, "p.paper: too large");            /* sim/core leaves the line out */
    CHECK_INT(cs_error_at(err, sizeof err, "p.paper", 7, "bad %d", 3), -1);
    CHECK_STR(err, "p.paper:7: bad 3");
    char small[8];
    cs_g_error_at(small, sizeof small, "a_long_name.txt", 12, "x");
    CHECK_INT((int)strlen(small), 7);                /* cut, still terminated */
    cs_where w = { "r.csv", 3, err, sizeof err };
    CHECK_INT(cs_where_error(&w, "姓名 is empty", NULL), -1);
    CHECK_STR(err, "r.csv:3: 姓名 is empty");
    cs_where_error(&w, "bad id: ", "X1");
    CHECK_STR(err, "r.csv:3: bad id: X1");
}

static void test_read_file_errno(void)
{
    char err[256];
    size_t len;
    errno = 0;
    CHECK(cs_read_file("/nonexistent/callsim-test-file", 100, &len, err, sizeof err) == NULL);
    CHECK_INT(errno, ENOENT);
    char path[] = "/tmp/callsim-util-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    FILE *f = fdopen(fd, "w");
    for (int i = 0; i < 5000; i++) fputc('a', f);
    fclose(f);
    errno = 0;
    CHECK(cs_read_file(path, 4096, &len, err, sizeof err) == NULL);
    CHECK_INT(errno, EFBIG);
    char *buf = cs_read_file(path, 8192, &len, err, sizeof err);
    CHECK(buf != NULL);
    CHECK_INT((int)len, 5000);
    free(buf);
    unlink(path);
}

/* The paper loader reads through cs_read_file and keeps its own words for what went wrong. */
static void test_paper_load_messages(void)
{
    char err[512];
    cs_paper p;
    CHECK_INT(cs_paper_load("/nonexistent/x.paper", &p, err, sizeof err), -1);
    CHECK_STR(err, "/nonexistent/x.paper: cannot open the paper (No such file or directory)");
    char path[] = "/tmp/callsim-paper-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    FILE *f = fdopen(fd, "w");
    for (int i = 0; i < (3 << 19); i++) fputc('#', f);
    fclose(f);
    CHECK_INT(cs_paper_load(path, &p, err, sizeof err), -1);
    char want[128];
    snprintf(want, sizeof want, "%s: the paper is too large (a paper is a page of text)", path);
    CHECK_STR(err, want);
    unlink(path);
}

static void test_utf8_seq(void)
{
    CHECK_INT((int)cs_utf8_seq("a", 4), 1);
    CHECK_INT((int)cs_utf8_seq("\xC3\xA9", 4), 2);
    CHECK_INT((int)cs_utf8_seq("王", 4), 3);
    CHECK_INT((int)cs_utf8_seq("\xF0\x9F\x98\x80", 4), 4);
    CHECK_INT((int)cs_utf8_seq("\xC0\xAF", 4), 0);          /* overlong */
    CHECK_INT((int)cs_utf8_seq("\xED\xA0\x80", 4), 0);      /* surrogate */
    CHECK_INT((int)cs_utf8_seq("\xF4\x90\x80\x80", 4), 0);  /* above U+10FFFF */
    CHECK_INT((int)cs_utf8_seq("\xE7\x8E", 4), 0);          /* cut short by the NUL */
    CHECK_INT((int)cs_utf8_seq("王", 2), 0);                /* more than avail */
    CHECK_INT((int)cs_utf8_seq("\x80", 4), 0);
}

/* cs_grow: the same array while there is room, doubling from first, what was there kept. */
static void test_grow(void)
{
    int *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 20; i++) {
        int *g = cs_grow(v, n, &cap, sizeof *g, 4);
        CHECK(g != NULL);
        if (!g) break;
        CHECK(n < cap);                             /* room for one more */
        v = g;
        v[n++] = i;
    }
    CHECK_INT((int)cap, 32);                        /* 4, 8, 16, 32 */
    int same = 1;
    for (int i = 0; i < 20; i++) same &= v[i] == i;
    CHECK(same);
    CHECK(cs_grow(v, 5, &cap, sizeof *v, 4) == v);   /* room left: no move */
    CHECK_INT((int)cap, 32);
    free(v);
}

TEST_MAIN(
    RUN(test_strdup);
    RUN(test_grow);
    RUN(test_error_at);
    RUN(test_read_file_errno);
    RUN(test_paper_load_messages);
    RUN(test_utf8_seq);
)
