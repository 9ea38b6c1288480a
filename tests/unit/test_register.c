/* The old formal register, the internet register and Taiwan usage read as everyday Mandarin before
 * matching (grading/register.h, assets/register.txt): 鄙人 is 我, 承蒙 is 感谢, 再会 ending its clause is 再见,
 * and a guarded wording stays as typed (恕难从命 refuses, 恕我直言 criticises, 再会员 is no goodbye). 贵阳
 * T-GSOCCIA 001—2020 §二 prescribes what a phrase says, not its register. The sentences are this file's own.
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "phrase_match.h"
#include "register.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char assets[1024];

/* Allocation-failure injection: this test is linked with -Wl,--wrap= for malloc, calloc, realloc and
 * strdup (Makefile, UNIT_WRAP), so every allocation of the library through those goes through the
 * __wrap_ functions below; the fail_in'th one from now fails (0: none). realloc (register.c's growing
 * reading) and strdup (dialect_you.c, on the same prepare path) are counted too (final31 #8). */
void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
char *__real_strdup(const char *s);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);
char *__wrap_strdup(const char *s);
static long fail_in;

static int injected(void) { return fail_in > 0 && --fail_in == 0; }
void *__wrap_malloc(size_t size) { return injected() ? NULL : __real_malloc(size); }
void *__wrap_calloc(size_t n, size_t size) { return injected() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t size) { return injected() ? NULL : __real_realloc(p, size); }
char *__wrap_strdup(const char *s) { return injected() ? NULL : __real_strdup(s); }

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

/* The wrap is live: without it (an old linker with -flto skips --wrap) the tests below would inject
 * nothing and prove nothing; fail loudly instead (final31 #9). */
static void test_wrap_live(void)
{
    static char *(*volatile dup)(const char *) = strdup;   /* not folded away by the compiler */
    fail_in = 1;
    void *m = malloc(16);
    CHECK(m == NULL);
    free(m);
    fail_in = 1;
    char *d = dup("x");
    CHECK(d == NULL);
    free(d);
    fail_in = 0;
}

/* The verdict of a reply as the grader gives it: match and similarity for opening, the taboo count. */
typedef struct { int match; double sim; size_t taboo; } verdict;

static int verdict_of(cs_prepared *p, verdict *v)
{
    cs_match m;
    if (cs_prepared_match(p, "opening", &m) < 0) return -1;
    v->match = m.match;
    v->sim = m.similarity;
    if (cs_prepared_match(p, "taboo", &m) < 0) return -1;
    v->taboo = m.n_taboo;
    return 0;
}

/* Preparing a reply out of memory fails, never grades another text: each allocation of the prepare
 * path failing in turn gives no prepared reply or the very verdict of the clean run. A filler set off
 * as its own clause (，呃，) is dropped by drop_fillers, which once read its own out of memory as
 * "nothing dropped" and graded the reply with the filler kept (final31 #8). */
static void test_prepare_out_of_memory(void)
{
    cs_phrase_bank *bank = fixture_bank();
    if (!bank) return;
    const char *text = "您好，我是客服中心，呃，十二号，请问有什么可以帮您？";
    cs_prepared *p = cs_prepare_reply(bank, text);
    verdict clean;
    CHECK(p != NULL && verdict_of(p, &clean) == 0);
    cs_prepared_free(p);
    int differs = 0;
    for (long k = 1; k <= 400; k++) {
        fail_in = k;
        p = cs_prepare_reply(bank, text);
        int hit = fail_in == 0;
        fail_in = 0;
        if (!hit) { cs_prepared_free(p); break; }   /* fewer allocations than k: all tried */
        verdict v;
        if (p && verdict_of(p, &v) == 0 && (v.match != clean.match || v.sim != clean.sim || v.taboo != clean.taboo)) {
            fprintf(stderr, "  allocation %ld failing gave another verdict (similarity %.3f, not %.3f)\n", k, v.sim,
                    clean.sim);
            differs++;
        }
        cs_prepared_free(p);
    }
    CHECK_INT(differs, 0);
    cs_bank_free(bank);
}

TEST_MAIN(
    const char *env = getenv("CALLSIM_DATA");
    snprintf(assets, sizeof assets, "%s/assets", env && *env ? env : ".");
    RUN(test_asset);
    RUN(test_load_errors);
    RUN(test_wrap_live);
    RUN(test_out_of_memory);
    RUN(test_prepare_out_of_memory);
)
