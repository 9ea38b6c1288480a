/* Own 禁忌语 corpora whose every row must get its label, graded as category taboo by the whole grader
 * (list, rules and model): the innocent twins and the rude sentences of the thirteenth round's classes
 * (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6):
 *   tests/data/tone_more/fixtb13.tsv  helper fixtb13 (grading/tone_stonewall.c, grading/tone_slang.c, the
 *                                     跟 X 联系 referral of tone_guise.c, the V不V question of tone_rhetorical.c)
 *   tests/data/tone_more/fix13a.tsv   helper fix13a and the lead: review13's false flags and misses
 *   tests/data/tone_more/fixph15.tsv  helper fixph15 (grading/tone_aside.c: rude asides after a phrase)
 *   tests/data/tone_more/fixtb16.tsv  helper fixtb16 (grading/tone_comeback.c, the topic-first referral of
 *                                     tone_shift.c, a third party's word cited as settled in words.c)
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "phrase_bank.h"
#include "phrase_match.h"

#include <stdlib.h>

static cs_phrase_bank *bank;

/* One data row "taboo<TAB>insult<TAB>kind<TAB>text": its taboo verdict against its label. */
static void grade_row(char *line)
{
    char *fields[4];
    char *p = line;
    for (int k = 0; k < 4; k++) {
        fields[k] = p;
        p = k < 3 ? strchr(p, '\t') : NULL;
        if (k < 3 && !p) { CHECK_MSG(0, "malformed row: %s", line); return; }
        if (p) *p++ = '\0';
    }
    fields[3][strcspn(fields[3], "\r\n")] = '\0';
    cs_match m;
    CHECK_MSG(cs_match_phrase(bank, "taboo", fields[3], &m) == 0, "cs_match_phrase failed: %s", fields[3]);
    int want = fields[0][0] == '1';
    CHECK_MSG(m.match == want, "%s %s: expected taboo %d, got %d: %s", want ? "rude missed" : "innocent charged",
              fields[2], want, m.match, fields[3]);
}

/* Grades every row of tests/data/tone_more/NAME; the file must hold at least min_rows rows. */
static void grade_file(const char *root, const char *name, int min_rows)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/tone_more/%s", root, name);
    FILE *f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f) return;
    char *line = NULL;
    size_t cap = 0;
    int rows = 0;
    while (getline(&line, &cap, f) != -1) {
        if (line[0] == '#' || line[0] == '\n') continue;
        grade_row(line);
        rows++;
    }
    free(line);
    fclose(f);
    CHECK_MSG(rows >= min_rows, "only %d rows in %s", rows, path);
}

TEST_MAIN(
    const char *root = fixture_root();
    bank = fixture_bank();
    if (bank) {
        harness_current = "test_fixtb16_rows";
        grade_file(root, "fixtb16.tsv", 60);
        harness_current = "test_fixtb13_rows";
        grade_file(root, "fixtb13.tsv", 100);
        harness_current = "test_fix13a_rows";
        grade_file(root, "fix13a.tsv", 40);
        harness_current = "test_fixph15_rows";
        grade_file(root, "fixph15.tsv", 40);
        cs_bank_free(bank);
    }
)
