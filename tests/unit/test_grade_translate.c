/* Unit tests of the grader's translation callback (issue 14: one translation mechanism): grading
 * holds no locale state; its explanations are Chinese msgids, and with cs_rubric.translate (the
 * window's gettext lookup) English comes from the catalogue, falling back to grading's own English
 * only for a msgid the catalogue does not translate. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call_grade.h"
#include "harness.h"
#include "paths.h"
#include "phrase_bank.h"

static cs_phrase_bank *bank;

static const char *catalogue(const char *zh)
{
    if (!strcmp(zh, "第%d声振铃时接听")) return "picked up at ring %d";
    return zh;  /* untranslated: gettext hands back the msgid */
}

static const char *empty_catalogue(const char *zh) { return zh; }

static char *answer_reason(int zh, const char *(*translate)(const char *))
{
    cs_call_log log;
    cs_log_init(&log);
    cs_event ring = { .kind = CS_EV_RING, .n = 1, .typing_start_ms = -1, .prompt_end_ms = -1 };
    cs_event ans = { .kind = CS_EV_ANSWER, .n = 1, .t_start_ms = 800, .t_end_ms = 800, .typing_start_ms = -1, .prompt_end_ms = 0 };
    cs_log_append(&log, &ring);
    cs_log_append(&log, &ans);
    cs_rubric_item item = { .id = "answer", .rule = "answer", .max = 100 };
    cs_rubric r = { .items = &item, .n = 1, .zh = zh, .translate = translate };
    cs_grade g;
    memset(&g, 0, sizeof g);
    char *reason = NULL;
    if (cs_grade_call(bank, &log, &r, &g) == 0 && g.n_items == 1 && g.items[0].reason) reason = strdup(g.items[0].reason);
    cs_grade_free(&g);
    cs_log_free(&log);
    return reason;
}

static void test_chinese_is_the_msgid(void)
{
    char *s = answer_reason(1, catalogue);
    CHECK_STR(s ? s : "", "第1声振铃时接听");
    free(s);
}

static void test_english_from_the_callback(void)
{
    char *s = answer_reason(0, catalogue);
    CHECK_STR(s ? s : "", "picked up at ring 1");
    free(s);
}

static void test_untranslated_falls_back_to_grading_english(void)
{
    char *s = answer_reason(0, empty_catalogue);
    CHECK_STR(s ? s : "", "answered on ring 1");
    free(s);
    s = answer_reason(0, NULL);
    CHECK_STR(s ? s : "", "answered on ring 1");
    free(s);
}

TEST_MAIN(
    cs_paths_init(argv[0]);
    char dir[4096], err[512];
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (bank) {
        RUN(test_chinese_is_the_msgid);
        RUN(test_english_from_the_callback);
        RUN(test_untranslated_falls_back_to_grading_english);
    } else {
        CHECK_MSG(0, "%s", err);
    }
    cs_bank_free(bank);
)
