/* Handwriting-input slips (grading/lookalike.h, assets/lookalike.txt): a tablet's recogniser puts a
 * look-alike character for the one written (己/已, 未/末, 听/昕, 大/太). A phrase part typed with one
 * such slip in a keyword is the part (贵阳 T-GSOCCIA 001—2020 §二: the phrase in any wording, an
 * ordinary slip of the input method allowed, as a pinyin homophone is), said in the verdict's typos as
 * kind "handwriting"; a written form that is itself a word, two slips in one keyword, a rude word read
 * away or a rude tail are not. The sentences are this file's own. The repository root is
 * $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "lookalike.h"
#include "phrase_bank.h"
#include "phrase_match.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static cs_phrase_bank *bank;
static char assets[1024];

static uint32_t cp(const char *s)
{
    uint32_t c = (unsigned char)s[0];
    if (c < 0x80) return c;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    c &= 0x3F >> n;
    for (int i = 1; i <= n; i++) c = c << 6 | ((unsigned char)s[i] & 0x3F);
    return c;
}

static int alike(const cs_lookalike *la, const char *a, const char *b)
{
    return cs_lookalike_pair(la, cp(a), cp(b)) && cs_lookalike_pair(la, cp(b), cp(a));
}

/* The derived data holds the handwriting slips older agents make, and not pairs that share only
 * a Four-Corner code (见/风) or only a stroke sequence (查/相, 土/工). */
static void test_pairs(void)
{
    char path[1200], err[512];
    snprintf(path, sizeof path, "%s/lookalike.txt", assets);
    cs_lookalike *la = cs_lookalike_load(path, err, sizeof err);
    CHECK_MSG(la != NULL, "%s", err);
    static const char *const slips[][2] = { { "己", "已" }, { "未", "末" }, { "侯", "候" }, { "拔", "拨" }, { "人", "入" },
                                            { "日", "曰" }, { "土", "士" }, { "冶", "治" }, { "戍", "戌" } };
    for (size_t i = 0; i < sizeof slips / sizeof slips[0]; i++)
        CHECK_MSG(alike(la, slips[i][0], slips[i][1]), "%s/%s not look-alike", slips[i][0], slips[i][1]);
    static const char *const unlike[][2] = { { "见", "风" }, { "查", "相" }, { "土", "工" }, { "客", "容" }, { "已", "已" } };
    for (size_t i = 0; i < sizeof unlike / sizeof unlike[0]; i++)
        CHECK_MSG(!alike(la, unlike[i][0], unlike[i][1]), "%s/%s look-alike", unlike[i][0], unlike[i][1]);
    size_t n = 0;
    const uint32_t *of = cs_lookalike_of(la, cp("人"), &n);
    int has_ru = 0;
    for (size_t i = 0; i < n; i++) {
        has_ru |= of[i] == cp("入");
        if (i) CHECK(of[i - 1] < of[i]);
    }
    CHECK(n >= 2 && has_ru);
    cs_lookalike_free(la);
    CHECK(!cs_lookalike_pair(NULL, cp("己"), cp("已")));
}

/* A missing file is no error (assets without it read no slip); a broken one names its line. */
static void test_load_errors(void)
{
    char err[512] = "x";
    CHECK(cs_lookalike_load("/nonexistent/lookalike.txt", err, sizeof err) == NULL);
    CHECK_STR(err, "");
    char path[] = "/tmp/cs_lookalike_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    static const char bad[] = "# pairs\n己 已\n己已\n";
    CHECK(write(fd, bad, sizeof bad - 1) == (ssize_t)(sizeof bad - 1));
    close(fd);
    CHECK(cs_lookalike_load(path, err, sizeof err) == NULL);
    CHECK_MSG(strstr(err, ":3:") != NULL, "%s", err);
    remove(path);
}

static int has_slip(const cs_match *m, const char *typed, const char *meant, const char *kind)
{
    for (size_t i = 0; i < m->n_typos; i++)
        if (strcmp(m->typos[i].typed, typed) == 0 && strcmp(m->typos[i].meant, meant) == 0 && m->typos[i].kind &&
            strcmp(m->typos[i].kind, kind) == 0)
            return 1;
    return 0;
}

static cs_match grade_in(const cs_phrase_bank *b, const char *category, const char *text)
{
    cs_match m;
    CHECK_MSG(cs_match_phrase(b, category, text, &m) == 0, "cs_match_phrase(%s) failed", category);
    return m;
}

/* One look-alike slip in the only keyword of a required part: the part is there, the slip said. */
static void test_slip_accepted(void)
{
    static const struct { const char *cat, *text, *typed, *meant; } rows[] = {
        { "agent_quiet", "刘女士，请问您现在能昕到我的声音吗？", "昕到", "听到" },
        { "caller_quiet", "非常抱歉，我这边听不清楚，请您讲话太声点儿好吗？", "太声", "大声" },
        { "not_heard", "非常抱歉，我没听清您的讲话，请您再垂复一下好吗？", "垂复", "重复" },
        { "bad_attitude", "非常抱歉，刚才是我态度不好，我们会在以后的工作中改违，谢谢您的监督。", "改违", "改进" },
        { "opening", "您好！节曰快乐，请问有什么可以帮您？", "节曰快乐", "节日快乐" },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        cs_match m = grade_in(bank, rows[i].cat, rows[i].text);
        CHECK_MSG(m.match && has_slip(&m, rows[i].typed, rows[i].meant, "handwriting"),
                  "%s: match %d, %zu typos (%s)", rows[i].text, m.match, m.n_typos, m.n_typos ? m.typos[0].typed : "");
        CHECK(m.confidence < 0.9);
    }
    /* the homophone slip keeps its own kind */
    cs_match m = grade_in(bank, "hold_before", "请您稍等，我帮您合实一下好吗？");
    CHECK(m.match && has_slip(&m, "合实", "核实", "pinyin"));
}

/* Not a slip: the written form a word of its own (节目), two slips in one keyword (昕刭), and a
 * rude reply stays rude with its keyword put right. */
static void test_slip_refused(void)
{
    cs_match m = grade_in(bank, "opening", "您好！节目快乐，请问有什么可以帮您？");
    CHECK(!m.match && m.n_typos == 0);
    m = grade_in(bank, "agent_quiet", "刘女士，请问您现在能昕刭我的声音吗？");
    CHECK(!m.match && m.n_missing == 1);
    m = grade_in(bank, "not_heard", "非常抱歉，我没听清您的讲话，您再垂复一遍，耳朵不好使吗？");
    CHECK(!m.match);
    m = grade_in(bank, "caller_quiet", "非常抱歉，我听不清楚，请您讲话太声点儿好吗？你蚊子叫呢？");
    CHECK(!m.match);
}

/* The bank of assets_dir with one more line in its taboo list (files linked, taboo.txt copied). */
static cs_phrase_bank *bank_with_taboo(char *dir, const char *line)
{
    if (!mkdtemp(dir)) return NULL;
    char from[2400], to[2400], cwd[512];
    const char *root = "";
    if (assets[0] != '/' && getcwd(cwd, sizeof cwd)) root = cwd;
    static const char *const linked[] = { "phrases.txt", "lookalike.txt" };
    for (size_t i = 0; i < sizeof linked / sizeof linked[0]; i++) {
        snprintf(from, sizeof from, "%s%s%s/%s", root, *root ? "/" : "", assets, linked[i]);
        snprintf(to, sizeof to, "%s/%s", dir, linked[i]);
        if (symlink(from, to) != 0) return NULL;
    }
    snprintf(from, sizeof from, "%s/taboo.txt", assets);
    snprintf(to, sizeof to, "%s/taboo.txt", dir);
    FILE *in = fopen(from, "r"), *out = fopen(to, "w");
    if (in && out) {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
        fprintf(out, "\n%s\n", line);
    }
    if (in) fclose(in);
    if (out) fclose(out);
    if (!in || !out) return NULL;
    char err[512];
    cs_phrase_bank *b = cs_bank_load(dir, err, sizeof err);
    CHECK_MSG(b != NULL, "%s", err);
    return b;
}

static void remove_dir(const char *dir)
{
    static const char *const files[] = { "phrases.txt", "lookalike.txt", "taboo.txt" };
    char to[1200];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(to, sizeof to, "%s/%s", dir, files[i]);
        remove(to);
    }
    rmdir(dir);
}

/* A listed forbidden word, as written, is never read away as a keyword's slip: the part would
 * then shield it from the taboo scan. With 昕不见 listed (this test's own list), the same reply
 * that is the phrase with the real list is flagged. */
static void test_taboo_not_read_away(void)
{
    static const char reply[] = "您好，请讲。您好，请讲。非常抱歉，昕不见您的声音，无法为您服务，再见！";
    cs_match m = grade_in(bank, "silent_close", reply);
    CHECK(m.match && has_slip(&m, "昕不见", "听不见", "handwriting"));
    char dir[] = "/tmp/cs_handwriting_XXXXXX";
    cs_phrase_bank *b = bank_with_taboo(dir, "taboo 昕不见");
    CHECK(b != NULL);
    if (b) {
        m = grade_in(b, "silent_close", reply);
        CHECK_MSG(!m.match && m.n_taboo >= 1 && m.n_typos == 0, "match %d taboo %zu typos %zu", m.match, m.n_taboo,
                  m.n_typos);
    }
    cs_bank_free(b);
    remove_dir(dir);
}

TEST_MAIN(
    const char *env = getenv("CALLSIM_DATA");
    snprintf(assets, sizeof assets, "%s/assets", env && *env ? env : ".");
    RUN(test_pairs);
    RUN(test_load_errors);
    char err[512];
    bank = cs_bank_load(assets, err, sizeof err);
    CHECK_MSG(bank != NULL, "%s", err);
    if (bank) {
        RUN(test_slip_accepted);
        RUN(test_slip_refused);
        RUN(test_taboo_not_read_away);
    }
    cs_bank_free(bank);
)
