/* `callsim merge SEAT.db... --into EXAM.db`: gathers the exam seats' databases (store_merge.h).
 * Idempotent: merging the same seat again adds nothing. Exit 0 merged (conflicts are reported on
 * stdout and leave the exam file's row in place), 2 usage or database error. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "store.h"
#include "store_merge.h"

static const char usage[] =
    "usage: callsim merge SEAT.db... --into EXAM.db\n"
    "  Copies every finished attempt, its turns (with their hash chain), grades, candidates, examiners,\n"
    "  examiner scores and result versions from each seat into EXAM.db. Rows are matched by their ids\n"
    "  across files, so merging twice changes nothing; rows that disagree are reported and the exam\n"
    "  file's version is kept; calls still in progress on a seat are left for a later merge.\n"
    "  Exit: 0 merged, 2 usage or database error (that seat is not merged at all).\n";

static void on_message(const char *m, void *ctx)
{
    printf("  %s: %s\n", (const char *)ctx, m);
}

int cmd_merge(int argc, char **argv)
{
    const char *into = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { fputs(usage, stdout); return 0; }
        if (!strcmp(argv[i], "--into")) {
            if (i + 1 >= argc) { fprintf(stderr, "callsim merge: --into needs a value\n"); return 2; }
            into = argv[++i];
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "callsim merge: unknown option %s (see --help)\n", argv[i]);
            return 2;
        }
    }
    if (!into) { fputs(usage, stderr); return 2; }
    char err[1024];
    cs_store *st = cs_store_open(into, err, sizeof err);
    if (!st) { fprintf(stderr, "callsim merge: %s\n", err); return 2; }
    int rc = 0, seats = 0;
    for (int i = 1; i < argc && rc == 0; i++) {
        if (!strcmp(argv[i], "--into")) { i++; continue; }
        int64_t added = 0, conflicts = 0;
        seats++;
        if (cs_store_merge(st, argv[i], on_message, argv[i], &added, &conflicts, err, sizeof err)) {
            fprintf(stderr, "callsim merge: %s: %s\n", argv[i], err);
            rc = 2;
            break;
        }
        printf("%s: %" PRId64 " row(s) added, %" PRId64 " conflict(s)\n", argv[i], added, conflicts);
    }
    if (!seats && rc == 0) { fprintf(stderr, "callsim merge: name at least one SEAT.db\n"); rc = 2; }
    cs_store_close(st);
    return rc;
}
