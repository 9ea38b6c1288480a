/* The 禁忌语 false flags and misses of review13 fixed by helper fix13a (tone_stonewall.c, tone_slang.c,
 * tone_rhetorical.c, tone_dismiss.c, assets/taboo.txt): every row of tests/data/tone_more/fix13a.tsv, its
 * innocent twins and its rude sentences, graded as category taboo by the whole grader (list, rules and
 * model), must get its label (国家职业技能标准 呼叫中心服务员 3.1 不用禁忌语及口头禅、不推诿; 贵阳
 * T-GSOCCIA 001—2020 §二(三)6). The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
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

static void test_fix13a_rows(const char *root)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/tone_more/fix13a.tsv", root);
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
    CHECK_MSG(rows >= 40, "only %d rows in %s", rows, path);
}

TEST_MAIN(
    const char *root = getenv("CALLSIM_DATA");
    if (!root || !*root) root = ".";
    char assets[1024], err[512];
    snprintf(assets, sizeof assets, "%s/assets", root);
    bank = cs_bank_load(assets, err, sizeof err);
    CHECK_MSG(bank != NULL, "%s", err);
    if (bank) {
        harness_current = "test_fix13a_rows";
        test_fix13a_rows(root);
        cs_bank_free(bank);
    }
)
