/* The insult verdict (category taboo's insult, grading/phrase_match.c over assets/taboo.txt and the
 * tone rules) on helper fixin13's own sentences, tests/data/tone_more/fixin13.tsv: every row's insult
 * column must be the verdict, the innocent twins (the agent's own self, a thing, a fact, the zodiac,
 * the philosopher 老子, a curse at a late train) as much as the insults (a mind likened to a beast,
 * 亲是猪吗, 人话都听不懂, 像您这样的蠢人, 您那个破脑子, schooling urged as advice, a wait that threatens).
 * 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; tests/data/eval/README.md "How a label is decided".
 * The repository root is $CALLSIM_DATA, else the current directory. */
#include "harness.h"
#include "bank_fixture.h"
#include "phrase_bank.h"
#include "phrase_match.h"

#include <stdlib.h>

static cs_phrase_bank *bank;
static const char *root = ".";

static void test_rows(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/tone_more/fixin13.tsv", root);
    FILE *f = fopen(path, "r");
    CHECK_MSG(f != NULL, "%s: cannot open", path);
    if (!f) return;
    char line[2048];
    int rows = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *insult = strchr(line, '\t');
        char *text = strrchr(line, '\t');
        CHECK_MSG(insult && text && text > insult, "malformed row: %s", line);
        if (!insult || !text || text <= insult) continue;
        cs_match m;
        CHECK_MSG(cs_match_phrase(bank, "taboo", text + 1, &m) == 0, "cs_match_phrase failed: %s", text + 1);
        int want = insult[1] == '1';
        CHECK_MSG(!!m.insult == want, "insult %d, expected %d: %s", !!m.insult, want, text + 1);
        rows++;
    }
    fclose(f);
    CHECK_MSG(rows >= 30, "%d rows", rows);
}

TEST_MAIN(
    root = fixture_root();
    bank = fixture_bank();
    if (bank) RUN(test_rows);
    cs_bank_free(bank);
)
