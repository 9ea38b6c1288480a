/* Unit tests of the tone model (grading/tone_model.c, assets/tone_model.txt): it loads, a broken
 * file is refused with its line, its verdicts on rude wording the rules miss name the n-grams that
 * decided them, polite replies are left alone, and the grader uses it only when the rules miss,
 * at a lower confidence (issue #11). */
#include "harness.h"
#include "phrase_bank.h"
#include "phrase_match.h"
#include "tone_model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static cs_tone_model *model;
static cs_phrase_bank *bank;
static char assets[1024];

static int judged(const char *s)
{
    char words[4][32];
    size_t n = 0;
    double score;
    int v = cs_tone_model_judge(model, s, &score, &words[0][0], sizeof words[0], 4, &n);
    CHECK_MSG(!v || n > 0, "\"%s\": flagged without naming an n-gram", s);
    return v;
}

static void test_loads(void)
{
    CHECK(cs_tone_model_size(model) > 1000);
}

static void test_broken_file_refused(void)
{
    char path[] = "/tmp/cs_tone_model_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    FILE *f = fdopen(fd, "w");
    fputs("threshold\t3.0\nprior\t-1\n好\tnot-a-number\n", f);
    fclose(f);
    char err[512] = "";
    cs_tone_model *m = cs_tone_model_load(path, err, sizeof err);
    CHECK(m == NULL);
    CHECK_MSG(strstr(err, ":3:") != NULL, "error names no line: %s", err);
    remove(path);
    CHECK(cs_tone_model_load("/nonexistent/tone_model.txt", err, sizeof err) == NULL);
}

static void test_rude_flagged(void)
{
    CHECK(judged("您真是贵人多忘事啊"));
    CHECK(judged("说快点，后面还有人排队呢"));
}

static void test_polite_left_alone(void)
{
    static const char *polite[] = { "您好，很高兴为您服务，请问有什么可以帮您", "实在对不起，让您久等了",
        "请您稍等，我为您转接到技术部门", "感谢您的来电，祝您生活愉快，再见",
        "Good morning, this is customer service, how may I help you?", "", "，，。" };
    for (size_t i = 0; i < sizeof polite / sizeof polite[0]; i++)
        CHECK_MSG(!judged(polite[i]), "polite \"%s\" flagged", polite[i]);
}

static void test_grader_uses_it_last(void)
{
    cs_match m;
    CHECK(cs_match_phrase(bank, "taboo", "您真是贵人多忘事啊", &m) == 0);
    CHECK(m.match && !m.insult);
    CHECK(m.reason && strcmp(m.reason, "tone.model") == 0);
    CHECK(m.n_words > 0 && m.confidence < 0.8);
    /* a rule verdict keeps its own reason and confidence */
    CHECK(cs_match_phrase(bank, "taboo", "这事不归我管", &m) == 0);
    CHECK(m.match && !(m.reason && strcmp(m.reason, "tone.model") == 0));
    CHECK(m.confidence >= 0.8);
}

/* A file of the linear format (tools/tone_model.py train: liblinear's logistic regression): a clause
 * scores bias + sum of weights / sqrt(all its n-grams), a clause of unknown n-grams scores the
 * bias, a threshold may be negative, and only n-grams of positive weight are named as deciding. */
static cs_tone_model *load_text(const char *text, char *err, size_t errlen)
{
    char path[] = "/tmp/cs_tone_linear_XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    cs_tone_model *m = cs_tone_model_load(path, err, errlen);
    remove(path);
    return m;
}

static void test_linear_format(void)
{
    char err[512] = "";
    cs_tone_model *m = load_text("# linear\nthreshold\t0.5\nbias\t-1\ninsult_threshold\t-0.5\ninsult_bias\t-2\n"
                                 "真\t-0.5\t0\n笨\t4\t3\n", err, sizeof err);
    CHECK_MSG(m != NULL, "%s", err);
    if (!m) return;
    char words[4][32];
    size_t n = 0;
    double score = 0;
    /* 真笨: 3 n-grams (真, 笨, 真笨), two known: -1 + (4 - 0.5) / sqrt(3) */
    CHECK(cs_tone_model_judge(m, "真笨", &score, &words[0][0], sizeof words[0], 4, &n));
    CHECK_MSG(fabs(score - (-1 + 3.5 / sqrt(3.0))) < 1e-9, "score %f", score);
    CHECK(n == 1 && strcmp(words[0], "笨") == 0);
    /* the insult model: -2 + 3 / sqrt(3) = -0.27 is above its threshold -0.5 */
    CHECK(cs_tone_model_judge_insult(m, "真笨", &score, NULL, 0, 0, NULL));
    /* nothing known: the bias alone, below the threshold */
    CHECK(!cs_tone_model_judge(m, "你好", &score, NULL, 0, 0, NULL));
    CHECK(fabs(score - (-1)) < 1e-9);
    /* a negative threshold is refused in a naive Bayes file (a prior line), not in a linear one */
    cs_tone_model_free(m);
    CHECK((m = load_text("threshold\t-0.5\nbias\t-1\n笨\t4\n", err, sizeof err)) != NULL);
    cs_tone_model_free(m);
    CHECK(load_text("threshold\t-0.5\nprior\t-1\n笨\t4\n", err, sizeof err) == NULL);
    CHECK(load_text("bias\t-1\n笨\t4\n", err, sizeof err) == NULL);   /* no threshold */
}

/* The insult model's bar where a rule found 禁忌语 is the file's insult_over_rule line (chosen by
 * tools/tone_model.py select with the thresholds), 2.0 in a file written before it existed. */
static void test_insult_over_rule_line(void)
{
    char err[512] = "";
    cs_tone_model *m = load_text("threshold\t0.5\nbias\t-1\ninsult_threshold\t0.5\ninsult_bias\t-2\n"
                                 "insult_over_rule\t1.25\n笨\t4\t3\n", err, sizeof err);
    CHECK_MSG(m != NULL, "%s", err);
    CHECK_MSG(fabs(cs_tone_model_insult_over_rule(m) - 1.25) < 1e-9, "%f", cs_tone_model_insult_over_rule(m));
    cs_tone_model_free(m);
    m = load_text("threshold\t0.5\nbias\t-1\n笨\t4\n", err, sizeof err);
    CHECK_MSG(m != NULL, "%s", err);
    CHECK_MSG(fabs(cs_tone_model_insult_over_rule(m) - 2.0) < 1e-9, "%f", cs_tone_model_insult_over_rule(m));
    cs_tone_model_free(m);
    CHECK(load_text("threshold\t0.5\nbias\t-1\ninsult_over_rule\tx\n笨\t4\n", err, sizeof err) == NULL);
}

/* The insult model: an attack on the caller's mind the rules miss is an insult, below the review
 * threshold (the panel decides), traditional characters read as simplified; a reply that offers a
 * transfer or repeats someone else's words is left to the rules. */
static void test_insult_model(void)
{
    cs_match m;
    double score;
    CHECK(cs_tone_model_judge_insult(model, "你脑子里都是浆糊吧", &score, NULL, 0, 0, NULL));
    CHECK(!cs_tone_model_judge_insult(model, "感谢您的耐心等待，我马上为您处理", &score, NULL, 0, 0, NULL));
    CHECK(cs_match_phrase(bank, "taboo", "你腦子裡都是漿糊吧", &m) == 0);
    CHECK(m.match && m.insult);
    CHECK(m.reason && strcmp(m.reason, "tone.model") == 0);
    CHECK(m.n_words > 0 && m.confidence < 0.75);
    CHECK(cs_match_phrase(bank, "taboo", "这事不归我们管，我给您提供一下12345的电话，也可以帮您转过去", &m) == 0);
    CHECK_MSG(!m.match, "a transfer offer flagged: %s", m.reason ? m.reason : "");
    CHECK(cs_match_phrase(bank, "taboo", "快递员说不归他管，是这样吗？我马上帮您联系站点", &m) == 0);
    CHECK(!m.match);
}

/* An insult is a 禁忌语 that fails the call: the grader asks the insult model only when the taboo
 * model flags the reply, so an insult weight alone never makes an insult (nor a 禁忌语), and a reply
 * both flag is an insult named by the insult model's n-grams. A bank of the shipped assets with a
 * handwritten model (weights on words no rule reads). */
/* A bank of the real phrases.txt and taboo.txt with the handwritten model text in dir; NULL on error. */
static cs_phrase_bank *bank_with_model(char *dir, const char *model_text)
{
    if (!mkdtemp(dir)) return NULL;
    static const char *const files[] = { "phrases.txt", "taboo.txt" };
    char from[2048], to[1200], err[512] = "";
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(from, sizeof from, "%s/%s", assets, files[i]);
        snprintf(to, sizeof to, "%s/%s", dir, files[i]);
        if (from[0] != '/') {   /* a relative assets dir: link to its absolute path */
            char cwd[512];
            if (!getcwd(cwd, sizeof cwd)) return NULL;
            snprintf(from, sizeof from, "%s/%s/%s", cwd, assets, files[i]);
        }
        if (symlink(from, to) != 0) return NULL;
    }
    snprintf(to, sizeof to, "%s/tone_model.txt", dir);
    FILE *f = fopen(to, "w");
    if (!f) return NULL;
    fputs(model_text, f);
    fclose(f);
    cs_phrase_bank *b = cs_bank_load(dir, err, sizeof err);
    CHECK_MSG(b != NULL, "%s", err);
    return b;
}

static void remove_bank_dir(const char *dir)
{
    static const char *const files[] = { "phrases.txt", "taboo.txt", "tone_model.txt" };
    char to[1200];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(to, sizeof to, "%s/%s", dir, files[i]);
        remove(to);
    }
    rmdir(dir);
}

static void test_insult_needs_taboo(void)
{
    char dir[] = "/tmp/cs_tone_gate_XXXXXX";
    cs_phrase_bank *b = bank_with_model(dir, "threshold\t0\nbias\t-1\ninsult_threshold\t0\ninsult_bias\t-1\n"
                                             "晴\t-1\t9\n朗\t9\t9\n雨\t9\t-1\n");
    CHECK(b != NULL);
    cs_match m;
    if (b && cs_match_phrase(b, "taboo", "今天天气晴", &m) == 0)
        CHECK_MSG(!m.match && !m.insult, "insult weight alone: match %d insult %d", m.match, m.insult);
    if (b && cs_match_phrase(b, "taboo", "今天天气下雨", &m) == 0)
        CHECK_MSG(m.match && !m.insult && m.n_words == 1 && strcmp(m.words[0], "雨") == 0,
                  "taboo weight alone: match %d insult %d words %zu", m.match, m.insult, m.n_words);
    if (b && cs_match_phrase(b, "taboo", "今天天气晴朗", &m) == 0) {
        CHECK_MSG(m.match && m.insult, "both: match %d insult %d", m.match, m.insult);
        CHECK(m.n_words == 2 && strcmp(m.words[0], "晴") == 0 && strcmp(m.words[1], "朗") == 0);
    }
    cs_bank_free(b);
    remove_bank_dir(dir);
}

/* Where a rule found 禁忌语 but no insult (不归我管, blame), the insult model decides the insult at
 * the file's insult_over_rule bar: its clause 晴晴晴 scores -1 + 9 * 3 / sqrt(6) = 10.0, an insult
 * under a bar of 5, none under a bar of 20 (phrase_match.c insult_model_over_rule). */
static void test_insult_over_rule_bar(void)
{
    static const char *const bars[] = { "5", "20" };
    for (int k = 0; k < 2; k++) {
        char dir[] = "/tmp/cs_tone_bar_XXXXXX", text[512];
        snprintf(text, sizeof text, "threshold\t0\nbias\t-1\ninsult_threshold\t0\ninsult_bias\t-1\n"
                                    "insult_over_rule\t%s\n晴\t-1\t9\n", bars[k]);
        cs_phrase_bank *b = bank_with_model(dir, text);
        CHECK(b != NULL);
        cs_match m;
        if (b && cs_match_phrase(b, "taboo", "这不归我管，晴晴晴", &m) == 0)
            CHECK_MSG(m.match && m.insult == (k == 0), "bar %s: match %d insult %d", bars[k], m.match, m.insult);
        cs_bank_free(b);
        remove_bank_dir(dir);
    }
}

/* The C scorer computes the trainer's features (tools/tone_model.py score): every clause of
 * tests/data/tone_features/clauses.tsv scores as listed under its handwritten model.txt (1-3-grams,
 * skip-bigrams a…b, 你/妳 as 您, clause cut, sqrt normalisation), and a clause above the threshold
 * names the same deciding n-grams. tests/cli/test_tone_features.sh checks the trainer against the
 * same file. */
static void test_same_features_as_trainer(void)
{
    const char *env = getenv("CALLSIM_DATA");
    char path[1100], err[512] = "", line[512];
    snprintf(path, sizeof path, "%s/tests/data/tone_features/model.txt", env && *env ? env : ".");
    cs_tone_model *m = cs_tone_model_load(path, err, sizeof err);
    CHECK_MSG(m != NULL, "%s", err);
    snprintf(path, sizeof path, "%s/tests/data/tone_features/clauses.tsv", env && *env ? env : ".");
    FILE *f = fopen(path, "r");
    CHECK_MSG(f != NULL, "%s: cannot open", path);
    int rows = 0;
    while (m && f && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || !line[0]) continue;
        char *field[5] = { line };
        for (int k = 1; k < 5; k++) {
            char *tab = field[k - 1] ? strchr(field[k - 1], '\t') : NULL;
            field[k] = tab ? (*tab = '\0', tab + 1) : NULL;
        }
        CHECK_MSG(field[4] != NULL, "%s: a row of fewer than five fields", path);
        if (!field[4]) continue;
        for (int insult = 0; insult < 2; insult++) {
            char words[3][32], names[128] = "";
            size_t n = 0;
            double score;
            int v = insult ? cs_tone_model_judge_insult(m, field[0], &score, &words[0][0], sizeof words[0], 3, &n)
                           : cs_tone_model_judge(m, field[0], &score, &words[0][0], sizeof words[0], 3, &n);
            double want = strtod(field[1 + insult], NULL);
            CHECK_MSG(fabs(score - want) < 1e-5, "\"%s\" %s: C %.6f, trainer %.6f", field[0],
                      insult ? "insult" : "taboo", score, want);
            for (size_t i = 0; i < n; i++)
                snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", i ? " " : "", words[i]);
            CHECK_MSG(!v || strcmp(names, field[3 + insult]) == 0, "\"%s\" %s: C names \"%s\", trainer \"%s\"",
                      field[0], insult ? "insult" : "taboo", names, field[3 + insult]);
        }
        rows++;
    }
    CHECK(rows >= 5);
    if (f) fclose(f);
    cs_tone_model_free(m);
}

/* The text the model is asked about (cs_match_model_text, which tools/tone_model.py trains and
 * measures on): simplified and normalised as the grader reads it, only the clauses after the last
 * offer of help, none that repeats someone else's words; NULL when nothing is left. */
static void test_model_text(void)
{
    char *t = cs_match_model_text(bank, "你這人是不是有病啊，聽不懂人話嗎");
    CHECK_MSG(t && strcmp(t, "你这人是不是有病啊，听不懂人话吗") == 0, "traditional: \"%s\"", t ? t : "(null)");
    free(t);
    t = cs_match_model_text(bank, "好的，我帮您转接，你真烦");
    CHECK_MSG(t && strcmp(t, "你真烦") == 0, "after the help offer: \"%s\"", t ? t : "(null)");
    free(t);
    t = cs_match_model_text(bank, "他说你是傻子");
    CHECK_MSG(t == NULL, "reported speech kept: \"%s\"", t ? t : "");
    free(t);
    CHECK(cs_match_model_text(bank, "") == NULL);
}

TEST_MAIN(
    const char *env = getenv("CALLSIM_DATA");
    char path[1100], err[512];
    snprintf(assets, sizeof assets, "%s/assets", env && *env ? env : ".");
    snprintf(path, sizeof path, "%s/tone_model.txt", assets);
    model = cs_tone_model_load(path, err, sizeof err);
    CHECK_MSG(model != NULL, "%s", err);
    bank = cs_bank_load(assets, err, sizeof err);
    CHECK_MSG(bank != NULL, "%s", err);
    if (model && bank) {
        RUN(test_loads);
        RUN(test_broken_file_refused);
        RUN(test_rude_flagged);
        RUN(test_polite_left_alone);
        RUN(test_grader_uses_it_last);
        RUN(test_insult_model);
        RUN(test_linear_format);
        RUN(test_insult_over_rule_line);
        RUN(test_insult_needs_taboo);
        RUN(test_insult_over_rule_bar);
        RUN(test_same_features_as_trainer);
        RUN(test_model_text);
    }
    cs_bank_free(bank);
    cs_tone_model_free(model);
)
