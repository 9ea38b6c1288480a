/* Unit test of the scenario lists over several folders (menu_new_in): the practice list and the
 * workbench show the trainer's folder (--scenarios DIR) beside the install's scenarios/, a broken
 * file of the trainer's included, so it can be fixed from the workbench. No display needed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "paths.h"
#include "screen_menu.h"

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) { fputs(text, f); fclose(f); }
}

/* The paths the menu holds, by selecting each row and pressing Enter. */
static size_t menu_paths(menu_screen *m, char paths[][512], size_t max)
{
    menu_select(m, (size_t)-1 / 2);
    size_t n = menu_selected(m) + 1;
    SDL_Event enter;
    memset(&enter, 0, sizeof enter);
    enter.type = SDL_KEYDOWN;
    enter.key.keysym.sym = SDLK_RETURN;
    for (size_t i = 0; i < n && i < max; i++) {
        menu_select(m, i);
        const char *p = menu_event(m, &enter);
        snprintf(paths[i], 512, "%s", p ? p : "");
    }
    return n;
}

static void test_both_folders_are_listed(cs_phrase_bank *bank)
{
    char mine[64], scen[128], broken[128], builtin[4096];
    snprintf(mine, sizeof mine, "/tmp/callsim-menu-%d", (int)getpid());
    mkdir(mine, 0700);
    snprintf(scen, sizeof scen, "%s/my_only.lua", mine);
    snprintf(broken, sizeof broken, "%s/my_broken.lua", mine);
    write_file(scen, "return { id = 'my_only', title = '我的情境', level = 5, area = 'service',\n"
                     "  caller = { name = 'n' }, rubric = { { id = 'answer', max = 100, rule = 'answer' } },\n"
                     "  run = function(call) end }\n");
    write_file(broken, "return { id = \n");
    cs_scenarios_set_dir(mine);
    const char *dirs[2];
    size_t n_dirs = cs_scenario_dirs(dirs, 2);
    CHECK_INT(n_dirs, 2);
    CHECK_STR(dirs[0], mine);
    cs_data_path("scenarios", builtin, sizeof builtin);
    CHECK_STR(dirs[1], builtin);

    menu_screen *m = menu_new_in(dirs, n_dirs, bank, NULL, 1);
    CHECK(m != NULL);
    if (!m) return;
    static char paths[200][512];
    size_t n = menu_paths(m, paths, 200);
    int have_mine = 0, have_broken = 0, have_builtin = 0;
    for (size_t i = 0; i < n && i < 200; i++) {
        have_mine |= strcmp(paths[i], scen) == 0;
        have_broken |= strcmp(paths[i], broken) == 0;
        have_builtin |= strncmp(paths[i], builtin, strlen(builtin)) == 0;
    }
    CHECK(have_mine);
    CHECK(have_broken);
    CHECK(have_builtin);
    menu_free(m);

    char found[4400];
    CHECK(cs_scenario_find("my_only", found, sizeof found) != NULL);
    CHECK_STR(found, scen);
    CHECK(cs_scenario_find("silent_line", found, sizeof found) != NULL);  /* the install's, after mine */
    CHECK(cs_scenario_find("nowhere_at_all", found, sizeof found) == NULL);
    unlink(scen);
    unlink(broken);
    rmdir(mine);
}

TEST_MAIN(
    cs_paths_init(argv[0]);
    char dir[4096], err[512];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (bank) test_both_folders_are_listed(bank);
    else CHECK_MSG(0, "%s", err);
    cs_bank_free(bank);
)
