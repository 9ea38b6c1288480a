/* callsim: a training simulator for Chinese call-center agents. This file only dispatches the
 * subcommands of the command-line contract (DESIGN.md "Command line"). */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "paths.h"

static const char usage[] =
    "usage: callsim [COMMAND] [ARGS]\n"
    "  (none)                        the window: main menu (practice, exam, trainer)\n"
    "  play SCENARIO.lua             the window, straight into one scenario (practice)\n"
    "  exam                          the window in exam mode (examiner flow)\n"
    "  exam run --paper P --candidate ID --replies DIR [--db PATH] [--json]\n"
    "                                headless exam of a whole paper; also exam score|review|listen|sign|void|examiner-add|-disable|-secret\n"
    "  verify [--db PATH]            read-only: every signed exam record and turn chain\n"
    "  report --db PATH --out DIR [--exam UID]   HTML report per candidate, roster.csv, statistics\n"
    "  merge SEAT.db... --into EXAM.db           gather the exam seats' databases (idempotent)\n"
    "  run SCENARIO.lua --replies FILE [--json] [--db PATH] [--seed N]\n"
    "                                headless play with scripted replies; transcript and grade\n"
    "  lint SCENARIO.lua...          check scenarios\n"
    "  new NAME [--dir DIR]          write a starting scenario and its replies tests\n"
    "  explore SCENARIO.lua [--depth N] [--time S] [--from REPLIES] [--graph FILE.svg] [--actions]\n"
    "                                play every branch: best/worst score (bounds when partial), dead ends,\n"
    "                                lines no branch reached, the branch map\n"
    "  grade-phrase CATEGORY TEXT    is TEXT that standard phrase? (--batch: TSV on stdin)\n"
    "  voices                        list the voices and check that espeak-ng speaks each\n"
    "  test [DIR]                    run every replies/expect pair of a folder (DIR/tests/transcripts or DIR)\n"
    "  --scenarios DIR               (any command) the trainer's folder of scenarios, searched before the\n"
    "                                install's scenarios/ (also $CALLSIM_SCENARIOS, ~/.config/callsim/scenarios)\n"
    "Each command takes --help. Exit: 0 success, 1 negative answer, 2 usage or input error.\n";

/* `--scenarios DIR` anywhere on the line: the trainer's folder for every command (paths.h). Taken
 * out of argv so the commands never see it. 0, or 2 with the message printed. */
static int take_scenarios_option(int *argc, char **argv)
{
    for (int i = 1; i < *argc; i++) {
        if (strcmp(argv[i], "--scenarios") != 0) continue;
        struct stat st;
        if (i + 1 >= *argc) { fprintf(stderr, "callsim: --scenarios needs a folder\n"); return 2; }
        if (stat(argv[i + 1], &st) != 0 || !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "callsim: --scenarios %s: not a folder (give the folder holding your .lua scenarios)\n",
                    argv[i + 1]);
            return 2;
        }
        cs_scenarios_set_dir(argv[i + 1]);
        for (int j = i; j + 2 <= *argc; j++) argv[j] = argv[j + 2];
        *argc -= 2;
        i--;
    }
    return 0;
}

int main(int argc, char **argv)
{
    cs_paths_init(argc > 0 ? argv[0] : NULL);
    if (take_scenarios_option(&argc, argv)) return 2;
    if (argc < 2) return cmd_window(argc, argv);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "run") == 0) return cmd_run(argc - 1, argv + 1);
    if (strcmp(cmd, "lint") == 0) return cmd_lint(argc - 1, argv + 1);
    if (strcmp(cmd, "new") == 0) return cmd_new(argc - 1, argv + 1);
    if (strcmp(cmd, "explore") == 0) return cmd_explore(argc - 1, argv + 1);
    if (strcmp(cmd, "test") == 0) return cmd_test(argc - 1, argv + 1);
    if (strcmp(cmd, "grade-phrase") == 0) return cmd_grade_phrase(argc - 1, argv + 1);
    if (strcmp(cmd, "voices") == 0) return cmd_voices(argc - 1, argv + 1);
    if (strcmp(cmd, "verify") == 0) return cmd_verify(argc - 1, argv + 1);
    if (strcmp(cmd, "report") == 0) return cmd_report(argc - 1, argv + 1);
    if (strcmp(cmd, "merge") == 0) return cmd_merge(argc - 1, argv + 1);
    /* `exam` with a headless subcommand is cmd_exam's; plain `exam` (and anything else after it)
     * is the window's examiner flow */
    if (strcmp(cmd, "exam") == 0 && argc > 2 &&
        (!strcmp(argv[2], "run") || !strcmp(argv[2], "score") || !strcmp(argv[2], "sign") ||
         !strcmp(argv[2], "void") || !strncmp(argv[2], "examiner-", 9) || !strcmp(argv[2], "roster") || !strcmp(argv[2], "review") || !strcmp(argv[2], "listen") ||
         !strcmp(argv[2], "--help") || !strcmp(argv[2], "-h")))
        return cmd_exam(argc - 1, argv + 1);
    if (strcmp(cmd, "play") == 0 || strcmp(cmd, "exam") == 0 || cmd[0] == '-')
        return cmd_window(argc, argv);
    fprintf(stderr, "callsim: unknown command '%s' (see callsim --help)\n", cmd);
    return 2;
}
