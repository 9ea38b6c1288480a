/* The old formal register, the internet register and Taiwan usage read as everyday Mandarin before
 * matching (grading/register.h, assets/register.txt): 鄙人 is 我, 承蒙 is 感谢, 再会 ending its clause is 再见,
 * and a guarded wording stays as typed (恕难从命 refuses, 恕我直言 criticises, 再会员 is no goodbye). 贵阳
 * T-GSOCCIA 001—2020 §二 prescribes what a phrase says, not its register. The sentences are this file's own.
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "register.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char assets[1024];

/* Allocation-failure injection: this test is linked with -Wl,--wrap=malloc (Makefile, UNIT_WRAP), so
 * every malloc of the library goes through __wrap_malloc; the fail_in'th one from now fails (0: none). */
void *__real_malloc(size_t size);
void *__wrap_malloc(size_t size);
static long fail_in;

void *__wrap_malloc(size_t size)
{
    return fail_in > 0 && --fail_in == 0 ? NULL : __real_malloc(size);
}

/* The reading of text by rg ("" when nothing is rewritten), with the notes' "typed>meant" joined by spaces. */
static void reading(const cs_register *rg, const char *text, char *out, size_t outlen, char *notes, size_t nlen)
{
    cs_register_note nt[CS_REGISTER_MAX_NOTES];
    size_t n = 0;
    char *r = NULL;
    CHECK_INT(cs_register_read(rg, text, nt, &n, &r), 0);
    snprintf(out, outlen, "%s", r ? r : "");
    free(r);
    notes[0] = '\0';
    for (size_t k = 0; k < n; k++) {
        size_t used = strlen(notes);
        if (used + strlen(nt[k].typed) + strlen(nt[k].meant) + 3 > nlen) break;
        strcat(notes, k ? " " : "");
        strcat(notes, nt[k].typed);
        strcat(notes, ">");
        strcat(notes, nt[k].meant);
    }
}

static void test_asset(void)
{
    char path[1200], err[512], out[256], notes[256];
    snprintf(path, sizeof path, "%s/register.txt", assets);
    cs_register *rg = cs_register_load(path, err, sizeof err);
    CHECK_MSG(rg != NULL, "%s", err);
    if (!rg) return;
    static const struct { const char *in, *out, *notes; } rows[] = {
        { "承蒙您久候，鄙人这就为您查询。", "感谢您久候，我这就为您查询。", "承蒙>感谢 鄙人>我" },
        { "谢谢您，再会啦！", "谢谢您，再见啦！", "再会>再见" },
        { "欢迎再会员日光临", "", "" },                       /* 再会 not ending its clause */
        { "恕难从命。", "", "" },                              /* a refusal stays a refusal */
        { "恕难为您服务，再会", "抱歉无法为您服务，再见", "恕难为您服务>抱歉无法为您服务 再会>再见" },
        { "恕难办理。", "", "" },                              /* 恕难 refusing is 禁忌语 (taboo.txt) and stays */
        { "恕我直言，这不合规定。", "", "" },
        { "恕不奉陪。", "", "" },                              /* 恕不… is never an apology */
        { "敬祝您阖家安康", "祝您全家安康", "敬祝您>祝您 阖家>全家" },   /* the longest formal word wins */
        { "这是应该滴", "这是应该的", "应该滴>应该的" },
        { "叫个滴滴", "", "" },
        { "您本人在下面签字即可", "", "" },                  /* 本人, 在下 are not listed bare */
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        reading(rg, rows[i].in, out, sizeof out, notes, sizeof notes);
        CHECK_MSG(strcmp(out, rows[i].out) == 0, "%s: read '%s', want '%s'", rows[i].in, out, rows[i].out);
        CHECK_MSG(strcmp(notes, rows[i].notes) == 0, "%s: notes '%s', want '%s'", rows[i].in, notes, rows[i].notes);
    }
    cs_register_free(rg);
    char *r = (char *)"x";
    CHECK_INT(cs_register_read(NULL, "鄙人", NULL, NULL, &r), 0);
    CHECK(r == NULL);
}

/* A missing file is no error (assets without it read every register as typed); a broken one names its line. */
static void test_load_errors(void)
{
    char err[512] = "x";
    CHECK(cs_register_load("/nonexistent/register.txt", err, sizeof err) == NULL);
    CHECK_STR(err, "");
    static const char *const bad[] = { "# pairs\n鄙人 我\n鄙人\n", "鄙人 我 ~阁下\n", "再会 再见 @later\n" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char path[] = "/tmp/cs_register_XXXXXX";
        int fd = mkstemp(path);
        CHECK(fd >= 0);
        if (fd < 0) return;
        CHECK(write(fd, bad[i], strlen(bad[i])) == (ssize_t)strlen(bad[i]));
        close(fd);
        CHECK(cs_register_load(path, err, sizeof err) == NULL);
        CHECK_MSG(strstr(err, i == 0 ? ":3:" : ":1:") != NULL, "%s", err);
        remove(path);
    }
}

/* Out of memory is an error, never "nothing rewritten": a reply whose reading could not be made must not
 * be graded as typed (鄙人 left unread). */
static void test_out_of_memory(void)
{
    char path[1200], err[512];
    snprintf(path, sizeof path, "%s/register.txt", assets);
    cs_register *rg = cs_register_load(path, err, sizeof err);
    CHECK_MSG(rg != NULL, "%s", err);
    if (!rg) return;
    cs_register_note nt[CS_REGISTER_MAX_NOTES];
    size_t n = 9;
    char *r = (char *)"x";
    fail_in = 1;
    CHECK_INT(cs_register_read(rg, "承蒙您久候，鄙人这就为您查询。", nt, &n, &r), -1);
    CHECK_INT(fail_in, 0);   /* the failure was injected, and into the read */
    fail_in = 0;
    CHECK(r == NULL);
    CHECK_INT(n, 0);
    CHECK_INT(cs_register_read(rg, "承蒙您久候，鄙人这就为您查询。", nt, &n, &r), 0);   /* memory back: read */
    CHECK_STR(r, "感谢您久候，我这就为您查询。");
    free(r);
    cs_register_free(rg);
}

TEST_MAIN(
    const char *env = getenv("CALLSIM_DATA");
    snprintf(assets, sizeof assets, "%s/assets", env && *env ? env : ".");
    RUN(test_asset);
    RUN(test_load_errors);
    RUN(test_out_of_memory);
)
