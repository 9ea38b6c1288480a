/* `callsim merge SEAT.db... --into EXAM.db`: gathers the exam seats' databases (store_merge.h).
 * Idempotent: merging the same seat again adds nothing. Exit 0 merged (conflicts are reported on
 * stdout and leave the exam file's row in place), 2 usage or database error. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "exam_store.h"
#include "store.h"
#include "store_merge.h"

static const char usage[] =
    "usage: callsim merge SEAT.db... --into EXAM.db [--examiner NAME --pin SECRET] [--test-keys]\n"
    "  Verifies each seat first (read-only: a seat file is never changed), then copies every finished\n"
    "  attempt, its turns, grades, candidates, examiners, examiner scores, result versions and the signed\n"
    "  ledger into EXAM.db, one transaction per seat. Rows are matched by their ids across files, so\n"
    "  merging twice changes nothing; calls still in progress on a seat are left for a later merge.\n"
    "  A seat is refused whole, with the reason, when its records do not verify, when it belongs to\n"
    "  another exam centre, or when a 考生号 names another person than in the exam file.\n"
    "  A recovery file (DB.unsaved-*.db) keeps its call's candidate and sitting: with --examiner and --pin\n"
    "  (or CALLSIM_PIN) the recovered call is filed under its sitting again, signed by that examiner.\n"
    "  --test-keys: accept keys sealed at the test cost (tests only, as verify --test-keys).\n"
    "  Exit: 0 merged, 1 a seat refused (the others are merged), 2 usage or database error.\n";

static void on_message(const char *m, void *ctx)
{
    printf("  %s: %s\n", (const char *)ctx, m);
}

int cmd_merge(int argc, char **argv)
{
    const char *into = NULL, *examiner = NULL, *pin = getenv("CALLSIM_PIN");
    int test_keys = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { fputs(usage, stdout); return 0; }
        if (!strcmp(argv[i], "--test-keys")) { test_keys = 1; continue; }
        if ((!strcmp(argv[i], "--examiner") || !strcmp(argv[i], "--pin")) && i + 1 < argc) {
            if (argv[i][2] == 'e') examiner = argv[++i]; else pin = argv[++i];
            continue;
        }
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
    cs_signer *by = NULL;
    if (examiner) {
        int u = cs_examiner_unlock(st, examiner, pin ? pin : "", &by, err, sizeof err);
        if (u) { fprintf(stderr, "callsim merge: %s\n", err); cs_store_close(st); return u == -1 ? 2 : 1; }
    }
    int rc = 0, seats = 0;
    for (int i = 1; i < argc && rc != 2; i++) {
        if (!strcmp(argv[i], "--into") || !strcmp(argv[i], "--examiner") || !strcmp(argv[i], "--pin")) { i++; continue; }
        if (!strcmp(argv[i], "--test-keys")) continue;
        int64_t added = 0, conflicts = 0;
        seats++;
        int m = cs_store_merge(st, argv[i], test_keys, by, on_message, argv[i], &added, &conflicts, err, sizeof err);
        if (m) {
            fprintf(stderr, "callsim merge: %s: %s\n", argv[i], err);
            rc = m == 1 ? 1 : 2; /* a refused seat: go on with the others */
            continue;
        }
        printf("%s: %" PRId64 " row(s) added, %" PRId64 " conflict(s)\n", argv[i], added, conflicts);
    }
    if (!seats && rc == 0) { fprintf(stderr, "callsim merge: name at least one SEAT.db\n"); rc = 2; }
    cs_signer_free(by);
    cs_store_close(st);
    return rc;
}
