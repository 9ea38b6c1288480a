/* Every shipped scenario that has the trainee answer a question of fact grades the answer against
 * the desk (issue 14): the exam hides hints, so a fact that reaches the trainee only through a hint
 * cannot be known there, and a rubric item that takes any answer mentioning 抢修 lets a made-up
 * answer pass. For each .lua file in scenarios/ this test
 *   - finds the rubric items that grade telling the caller something the desk knows: a rule-less
 *     item whose label tells, answers, explains, feeds back, supplements or corrects (告知, 解答,
 *     解释, 回答, 答复, 反馈, 补充说明, 纠正; not after 不), states a cause, time, arrangement, result, progress or
 *     fee (说明…原因/时间/…), or proposes a settlement within an authority (授权…方案);
 *   - requires such a scenario to declare system entries and to grade with score.tells (or
 *     call.tells) against one of them; every entry they name must be one the scenario declares;
 *   - plays the scenario's model transcript and requires that no hint shown on the way carries
 *     a fact of the desk: no run of 4 or more characters of a system entry's text (as the call left
 *     it, after call.system) appears in a hint; and that hints show standard phrases filled in as
 *     the trainee says them (8号, 先生), not the printed template (XX号, 先生/女士). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "harness.h"
#include "headless.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"
#include "text_norm.h"

static cs_phrase_bank *bank;

#define MAX_HINTS 64

typedef struct {
    cs_engine *e;
    char *hints[MAX_HINTS];
    size_t n;
} hint_log;

/* The listener: keeps every distinct hint the script shows, in order. */
static void on_event(void *ud, const cs_call_log *log, size_t index)
{
    (void)log; (void)index;
    hint_log *h = ud;
    const char *hint = h->e ? cs_engine_hint(h->e) : NULL;
    if (!hint || (h->n && strcmp(h->hints[h->n - 1], hint) == 0) || h->n == MAX_HINTS) return;
    h->hints[h->n] = strdup(hint);
    if (h->hints[h->n]) h->n++;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) { free(s); s = NULL; }
    if (s) s[n] = 0;
    fclose(f);
    return s;
}

/* Items the wording test below takes for a fact but whose "fact" is the standard phrase's own
 * wording, graded as that phrase: scenario, item, why. */
static const char *const phrase_items[][3] = {
    { "repeat_complaint", "apology", "贵阳 §二(二) 2.13 的用语本身就说明原因（牵扯几个部门的协调），按 2.13 用语评分" },
};

static int phrase_item(const char *scenario, const char *item)
{
    for (size_t i = 0; i < sizeof phrase_items / sizeof *phrase_items; i++)
        if (!strcmp(phrase_items[i][0], scenario) && !strcmp(phrase_items[i][1], item)) return 1;
    return 0;
}

/* A rubric item that grades telling the caller something the desk knows (see the header). */
static int factual_item(const cs_rubric_item *it)
{
    static const char *const tells[] = { "告知", "解答", "解释", "回答", "答复", "反馈", "补充说明", "纠正" };
    static const char *const facts[] = { "原因", "时间", "安排", "结果", "进度", "资费", "费用" };
    const char *l = it->label;
    if (it->rule || !l) return 0;
    for (size_t i = 0; i < sizeof tells / sizeof *tells; i++)
        for (const char *t = strstr(l, tells[i]); t; t = strstr(t + 1, tells[i]))
            if (t - l < 3 || strncmp(t - 3, "不", 3) != 0) return 1;   /* 不回答…: a refusal, not an answer */
    const char *say = strstr(l, "说明");
    for (size_t i = 0; say && i < sizeof facts / sizeof *facts; i++)
        if (strstr(say, facts[i])) return 1;
    const char *grant = strstr(l, "授权");
    return grant && strstr(grant, "方案");
}

/* Copies the string literal at q ("..." or '...') into out[*n]; returns the character after it,
 * or NULL when q is no literal. */
static const char *literal_at(const char *q, char out[][64], size_t *n, size_t max)
{
    while (*q == ' ') q++;
    if (*q != '"' && *q != '\'') return NULL;
    const char *end = strchr(q + 1, *q);
    if (!end || end - q - 1 >= 64 || *n >= max) return NULL;
    memcpy(out[*n], q + 1, (size_t)(end - q - 1));
    out[*n][end - q - 1] = 0;
    (*n)++;
    return end + 1;
}

/* The entry ids the source grades against as literals: call.tells(r, "id") and score.tells(item, r,
 * "id" or { "a", "b" }); into out, returns how many. */
static size_t tells_ids(const char *src, char out[][64], size_t max)
{
    size_t n = 0;
    static const struct { const char *call; int commas; } forms[] = { { "call.tells(", 1 }, { "score.tells(", 2 } };
    for (size_t f = 0; f < 2; f++) {
        for (const char *p = src; (p = strstr(p, forms[f].call)) && n < max; p++) {
            const char *q = p, *close = strchr(p, ')');
            for (int c = 0; c < forms[f].commas && q; c++) q = strchr(q + 1, ',');
            if (!q || (close && close < q)) continue;
            q++;
            while (*q == ' ') q++;
            if (*q != '{') {
                literal_at(q, out, &n, max);
                continue;
            }
            for (q++; q && *q && *q != '}';) {
                q = literal_at(q, out, &n, max);
                while (q && (*q == ' ' || *q == ',')) q++;
            }
        }
    }
    return n;
}

/* The first run of >= 4 characters between punctuation in text that hint holds, or NULL. */
static int leaks(const char *text, const char *hint, char *run, size_t runlen)
{
    static const char *const cuts[] = { "：", "；", "，", "。", "（", "）", "、", "“", "”", ":", ";", ",", "(", ")" };
    const char *p = text;
    while (*p) {
        const char *end = p + strlen(p);
        for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
            const char *c = strstr(p, cuts[i]);
            if (c && c < end) end = c;
        }
        size_t len = (size_t)(end - p);
        if (len < runlen) {
            memcpy(run, p, len);
            run[len] = 0;
            if (cs_utf8_len(run) >= 4 && strstr(hint, run)) return 1;
        }
        p = end;
        for (size_t i = 0; *p && i < sizeof cuts / sizeof *cuts; i++)
            if (strncmp(p, cuts[i], strlen(cuts[i])) == 0) { p += strlen(cuts[i]); i = (size_t)-1; }
    }
    return 0;
}

static void check_scenario(const char *dir, const char *file)
{
    char path[4400], id[256], replies_path[4400], err[512] = "";
    int pw = snprintf(path, sizeof path, "%s/%s", dir, file);
    CHECK_MSG(pw > 0 && (size_t)pw < sizeof path, "%s/%s: path too long", dir, file);
    size_t idlen = strlen(file) - 4;
    if (idlen >= sizeof id) idlen = sizeof id - 1;
    memcpy(id, file, idlen);
    id[idlen] = 0;
    char *src = slurp(path);
    CHECK_MSG(src != NULL, "%s: cannot read", path);
    if (!src) return;
    hint_log h = { 0 };
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_HEADLESS, .bank = bank,
                             .listener = { on_event, &h } };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    CHECK_MSG(e != NULL, "%s: %s", path, err);
    if (!e) { free(src); return; }
    h.e = e;
    const cs_scenario_info *in = cs_engine_info(e);

    /* 1. a factual item is graded against a declared entry */
    const char *factual = NULL;
    for (size_t i = 0; i < in->rubric.n; i++)
        if (factual_item(&in->rubric.items[i]) && !phrase_item(id, in->rubric.items[i].id)) factual = in->rubric.items[i].label;
    char ids[32][64];
    size_t n_ids = tells_ids(src, ids, 32), declared = 0;
    for (size_t k = 0; k < n_ids; k++) {
        int found = 0;
        for (size_t i = 0; i < in->n_system; i++) found |= strcmp(in->system[i].id, ids[k]) == 0;
        CHECK_MSG(found, "%s: call.tells/score.tells names \"%s\", no system entry the scenario declares", file, ids[k]);
        declared += (size_t)found;
    }
    if (factual) {
        CHECK_MSG(in->n_system > 0, "%s: item '%s' answers a question of fact but the scenario declares no system entry", file, factual);
        CHECK_MSG(declared > 0, "%s: item '%s' answers a question of fact but nothing is graded with score.tells or call.tells against the desk", file, factual);
    }

    /* 2. the model trainee's call: no hint carries a fact of the desk */
    int w = snprintf(replies_path, sizeof replies_path, "%s/tests/transcripts/%s.model.replies", cs_data_root(), id);
    cs_replies r;
    if (w > 0 && (size_t)w < sizeof replies_path && cs_replies_load(replies_path, &r, err, sizeof err) == 0) {
        cs_headless_result res;
        cs_headless_play(e, &r, &res);
        cs_replies_free(&r);
        /* and a hint shows the phrase as the trainee says it, not the printed template */
        for (size_t k = 0; k < h.n; k++)
            CHECK_MSG(!strstr(h.hints[k], "XX") && !strstr(h.hints[k], "先生/女士") && !strstr(h.hints[k], "他/她"),
                      "%s: a hint shows the printed template instead of the filled wording: %s", file, h.hints[k]);
        for (size_t i = 0; i < in->n_system; i++)
            for (size_t k = 0; k < h.n; k++) {
                char run[512];
                int leak = leaks(in->system[i].text, h.hints[k], run, sizeof run);
                CHECK_MSG(!leak, "%s: a hint shows the desk's fact '%s' (system entry '%s'): the exam hides hints, point to the pane instead",
                          file, run, in->system[i].id);
            }
    }
    for (size_t k = 0; k < h.n; k++) free(h.hints[k]);
    cs_engine_free(e);
    free(src);
}

static void test_factual_answers_are_graded_against_the_desk(void)
{
    char dir[4096];
    cs_data_path("scenarios", dir, sizeof dir);
    DIR *d = opendir(dir);
    CHECK_MSG(d != NULL, "%s: cannot open", dir);
    if (!d) return;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        if (len < 5 || strcmp(de->d_name + len - 4, ".lua") != 0) continue;
        check_scenario(dir, de->d_name);
        n++;
    }
    closedir(d);
    CHECK_MSG(n >= 31, "only %zu scenarios found in %s", n, dir);
}

/* The test's own judgement of items, on labels written for it: it must tell a fact answer from a
 * standard phrase that only says 说明 (2.15 说明系统繁忙) or a recommendation. */
static void test_factual_item_classification(void)
{
    cs_rubric_item yes[] = { { "a", "告知退款进度", NULL, NULL, 10, 0 }, { "b", "核实后说明故障原因与恢复时间", NULL, NULL, 10, 0 },
                             { "c", "在灰度授权范围内提出处理方案", NULL, NULL, 10, 0 }, { "d", "向客户补充说明（2.21）", NULL, NULL, 10, 0 } };
    cs_rubric_item no[] = { { "a", "致歉并说明系统繁忙（2.15）", NULL, NULL, 10, 0 }, { "b", "推荐符合需求的方案", NULL, NULL, 10, 0 },
                            { "c", "告知", "phrase:closing", NULL, 10, 0 }, { "d", "不陪聊，不回答与业务无关的问题", NULL, NULL, 10, 0 } };
    for (size_t i = 0; i < 4; i++) CHECK_MSG(factual_item(&yes[i]), "%s", yes[i].label);
    for (size_t i = 0; i < 4; i++) CHECK_MSG(!factual_item(&no[i]), "%s", no[i].label);
    char run[64];
    CHECK(leaks("故障原因：光缆被挖断；预计恢复：明天上午", "查询结果：光缆被挖断。", run, sizeof run));
    CHECK_STR(run, "光缆被挖断");
    CHECK(!leaks("故障原因：光缆被挖断；预计恢复：明天上午", "在系统“故障查询”里查看原因。", run, sizeof run));
}

TEST_MAIN(
    cs_paths_init(argv[0]);
    char dir[4096], err[512];
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (bank) {
        RUN(test_factual_item_classification);
        RUN(test_factual_answers_are_graded_against_the_desk);
    } else {
        CHECK_MSG(0, "%s", err);
    }
    cs_bank_free(bank);
)
