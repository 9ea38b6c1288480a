/* The practice list's 最好成绩 reads practice attempts only (issue 15): an exam sitting of the same
 * scenario on a shared PC, even a better one, is not shown as a trainee's best score. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "paths.h"
#include "screen_menu.h"

static void add_attempt(cs_store *st, const char *scen, const char *mode, double score)
{
    char err[512];
    int64_t id = 0;
    cs_attempt_info info = { 0, "t", scen, mode, 1 };
    CHECK_MSG(cs_store_attempt_begin(st, &info, &id, err, sizeof err) == 0, "%s", err);
    cs_grade g;
    memset(&g, 0, sizeof g);
    g.score = score;
    g.passed = score >= 60;
    g.typing_cpm = g.typing_accuracy = -1;
    CHECK_MSG(cs_store_attempt_finish(st, id, &g, "{}", err, sizeof err) == 0, "%s", err);
}

TEST_MAIN(
    char dir[] = "/tmp/callsim-menu.XXXXXX", path[128], db[128], adir[512], err[512];
    cs_paths_init(argv[0]);
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", adir, sizeof adir), err, sizeof err);
    CHECK_MSG(bank != NULL, "bank: %s", err);
    if (bank && mkdtemp(dir)) {
        snprintf(path, sizeof path, "%s/t.lua", dir);
        snprintf(db, sizeof db, "%s/s.db", dir);
        FILE *f = fopen(path, "w");
        fputs("return { id = 't', title = 'T', level = 5, caller = {}, rubric = {\n"
              "  { id = 'opening', max = 100, rule = 'opening' } },\n"
              "  run = function(call) call.wait{ expect = 'opening', timeout = 10 } end }\n", f);
        fclose(f);
        cs_store *st = cs_store_open(db, err, sizeof err);
        CHECK_MSG(st != NULL, "%s", err);
        if (st) {
            add_attempt(st, path, "practice", 62.5);
            add_attempt(st, path, "exam", 97);     /* an exam sitting of the same scenario */
            add_attempt(st, path, "headless", 70); /* `run --db`: practice on the command line */
            menu_screen *m = menu_new(dir, bank, st, 0);
            CHECK(m != NULL);
            if (m) {
                CHECK_NEAR(menu_best(m, "t"), 70, 0.001); /* not 97 */
                menu_free(m);
            }
            cs_store_close(st);
        }
        char cmd[200];
        snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
        CHECK_INT(system(cmd), 0);
    }
    cs_bank_free(bank);
)
