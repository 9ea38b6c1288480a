/* Exam papers: the shipped papers load and follow 4.2; every broken paper is refused with
 * FILE:LINE; the result arithmetic (shares, 4.2 weights, rounding, panel median) checked by hand. */
#include <math.h>
#include <stdlib.h>
#include "exam_score.h"
#include "harness.h"
#include "paper.h"
#include "paths.h"

static const char good[] =
    "paper t\nversion 2\ntitle 测试 卷\nlevel 5\nminutes 30\nseed 7\n"
    "area service 35\nscenario a 60\nexaminer 普通话 40\n"
    "area business 35\nscenario b 100\n"
    "area record 30\nscenario c 50\nscenario d 50\n";

static void test_parse_good(void)
{
    cs_paper p;
    char err[512] = "";
    CHECK_INT(cs_paper_parse("t.paper", good, strlen(good), &p, err, sizeof err), 0);
    CHECK_STR(p.id, "t");
    CHECK_STR(p.title, "测试 卷");
    CHECK_INT(p.version, 2);
    CHECK_INT(p.level, 5);
    CHECK_INT(p.seed, 7);
    CHECK_INT(p.n_areas, 3);
    CHECK_INT(cs_paper_n_parts(&p), 5);
    const cs_paper_area *ar = NULL;
    const cs_paper_part *pt = cs_paper_part_at(&p, 1, &ar);
    CHECK(pt && pt->kind == CS_PART_EXAMINER && !strcmp(pt->name, "普通话") && ar->area == CS_AREA_SERVICE);
    CHECK_INT(strlen(p.sha256), 64);
    CHECK_INT(p.recording, CS_RECORDING_OPTIONAL); /* the default: record when there is a microphone */
    cs_paper_free(&p);
}

/* Replaces the first occurrence of from by to in good, parses, expects failure with want in err. */
static void expect_error(const char *from, const char *to, const char *want)
{
    char text[1024];
    const char *at = strstr(good, from);
    snprintf(text, sizeof text, "%.*s%s%s", (int)(at - good), good, to, at + strlen(from));
    cs_paper p;
    char err[512] = "";
    int rc = cs_paper_parse("bad.paper", text, strlen(text), &p, err, sizeof err);
    CHECK_MSG(rc == -1 && strstr(err, want), "paper with '%s': rc %d, err '%s', wanted '%s'", to, rc, err, want);
}

static void test_parse_errors(void)
{
    expect_error("area service 35", "area service 30", "bad.paper:7: area 'service' weighs 35% at level 5");
    expect_error("minutes 30", "minutes 20", "bad.paper:5: minutes 20 is too short: 国家职业技能标准 1.9.4");
    expect_error("area record 30\nscenario c 50\nscenario d 50\n", "", "needs area 'record'");
    expect_error("scenario d 50", "scenario d 40", "bad.paper:12: the shares of area 'record' add up to 90");
    expect_error("seed 7", "sed 7", "bad.paper:6: unknown statement 'sed'");
    expect_error("area business 35", "area operations 20", "level 5 has no area 'operations'");
    expect_error("scenario d 50", "scenario a 50", "bad.paper:14: scenario 'a' is listed twice");
    expect_error("level 5", "level 6", "bad.paper:4: level must be");
    expect_error("paper t\n", "", "the paper has no 'paper' line");
    expect_error("scenario b 100", "scenario B! 100", "bad.paper:11: scenario id 'B!'");
}

/* The spoken part (issue 15): the paper states whether recording is required. */
static void test_recording_field(void)
{
    static const char *const modes[] = { "optional", "off", "required" };
    static const int want[] = { CS_RECORDING_OPTIONAL, CS_RECORDING_OFF, CS_RECORDING_REQUIRED };
    for (int i = 0; i < 3; i++) {
        char text[1024], err[512] = "";
        const char *area = strstr(good, "area");
        snprintf(text, sizeof text, "%.*srecording %s\n%s", (int)(area - good), good, modes[i], area);
        cs_paper p;
        int rc = cs_paper_parse("r.paper", text, strlen(text), &p, err, sizeof err);
        CHECK_MSG(rc == 0, "recording %s: %s", modes[i], err);
        if (rc == 0) { CHECK_INT(p.recording, want[i]); cs_paper_free(&p); }
    }
    expect_error("seed 7", "seed 7\nrecording always", "bad.paper:7: recording is 'off', 'optional' or 'required'");
}

static void test_shipped_papers(void)
{
    static const char *const names[] = { "level5.paper", "level4.paper", "level3.paper" };
    char dir[4096], path[4200];
    cs_data_path("assets/papers", dir, sizeof dir);
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        cs_paper p;
        char err[512] = "";
        int rc = cs_paper_load(path, &p, err, sizeof err);
        CHECK_MSG(rc == 0, "%s: %s", names[i], err);
        if (rc) continue;
        CHECK_INT(p.level, 5 - i);
        CHECK(p.minutes >= CS_PAPER_MIN_MINUTES);
        double sum = 0;
        int has_record_scenario = 0;
        for (size_t a = 0; a < p.n_areas; a++) {
            sum += p.areas[a].weight;
            for (size_t j = 0; j < p.areas[a].n_parts; j++)
                if (p.areas[a].area == CS_AREA_RECORD && !strcmp(p.areas[a].parts[j].name, "info_record"))
                    has_record_scenario = 1;
        }
        CHECK_NEAR(sum, 100, 1e-9);
        CHECK(has_record_scenario);
        cs_paper_free(&p);
    }
}

static void test_missing_file(void)
{
    cs_paper p;
    char err[512] = "";
    CHECK_INT(cs_paper_load("/nonexistent/x.paper", &p, err, sizeof err), -1);
    CHECK(strstr(err, "/nonexistent/x.paper") != NULL);
}

/* By hand: service = 0.6×80 + 0.4×70 = 76; business = 90; record = 0.5×100 + 0.5×40 = 70;
 * final = 0.35×76 + 0.35×90 + 0.30×70 = 26.6 + 31.5 + 21 = 79.1. */
static void test_arithmetic(void)
{
    cs_paper p;
    char err[512];
    if (cs_paper_parse("t.paper", good, strlen(good), &p, err, sizeof err)) { CHECK(0); return; }
    double parts[5] = { 80, 70, 90, 100, 40 };
    cs_exam_score s;
    cs_exam_score_compute(&p, parts, &s);
    CHECK_NEAR(s.area_score[0], 76, 1e-9);
    CHECK_NEAR(s.area_score[1], 90, 1e-9);
    CHECK_NEAR(s.area_score[2], 70, 1e-9);
    CHECK_NEAR(s.total, 79.1, 1e-9);
    CHECK_INT(s.verdict, CS_VERDICT_PASSED);
    /* examiner item pending: low = 26.6 - 0.35×0.4×70 = 16.8 → 16.8+31.5+21 = 69.3; high +14 = 83.3 */
    parts[1] = NAN;
    cs_exam_score_compute(&p, parts, &s);
    CHECK(isnan(s.total));
    CHECK_INT(s.pending, 1);
    CHECK_NEAR(s.low, 69.3, 1e-9);
    CHECK_NEAR(s.high, 83.3, 1e-9);
    CHECK_INT(s.verdict, CS_VERDICT_PENDING);
    /* all scenarios 0: even full examiner marks (0.35×40 = 14) cannot reach 60: failed early */
    double zero[5] = { 0, NAN, 0, 0, 0 };
    cs_exam_score_compute(&p, zero, &s);
    CHECK_INT(s.verdict, CS_VERDICT_FAILED);
    /* the pass line is 60 inclusive (1.9.2): 60 everywhere */
    double sixty[5] = { 60, 60, 60, 60, 60 };
    cs_exam_score_compute(&p, sixty, &s);
    CHECK_NEAR(s.total, 60, 1e-9);
    CHECK_INT(s.verdict, CS_VERDICT_PASSED);
    cs_paper_free(&p);
}

static void test_panel(void)
{
    double out = -1;
    char why[200];
    double three[] = { 90, 60, 85 };
    CHECK_INT(cs_panel_combine(three, 3, &out, why, sizeof why), 0);
    CHECK_NEAR(out, 85, 1e-9);
    double five[] = { 10, 80, 82, 79, 100 }; /* outliers either side do not move the median */
    CHECK_INT(cs_panel_combine(five, 5, &out, why, sizeof why), 0);
    CHECK_NEAR(out, 80, 1e-9);
    CHECK_INT(cs_panel_combine(three, 2, &out, why, sizeof why), -1);
    CHECK(strstr(why, "1.9.3") != NULL);
    double four[] = { 1, 2, 3, 4 };
    CHECK_INT(cs_panel_combine(four, 4, &out, why, sizeof why), -1);
    CHECK(strstr(why, "odd") != NULL);
}

TEST_MAIN(
    cs_paths_init(argv[0]);
    RUN(test_parse_good);
    RUN(test_parse_errors);
    RUN(test_recording_field);
    RUN(test_shipped_papers);
    RUN(test_missing_file);
    RUN(test_arithmetic);
    RUN(test_panel);
)
