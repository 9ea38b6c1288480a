/* `callsim verify [--db PATH]`: recomputes every attempt's turn hash chain (turn_chain.h) and prints
 * each broken attempt and turn. Exit 0 intact, 1 tampering found, 2 usage or database error. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "store.h"
#include "store_verify.h"

static const char usage[] =
    "usage: callsim verify [--db PATH]\n"
    "  Checks the hash chain over the turns of every attempt in the database (default\n"
    "  $XDG_DATA_HOME/callsim/callsim.db): a turn changed, deleted or inserted after it was stored is\n"
    "  reported as 'attempt N turn S: ...'. Exit: 0 intact, 1 tampering found, 2 usage or database error.\n";

static void on_problem(int64_t attempt, int64_t seq, const char *problem, void *ctx)
{
    (void)ctx;
    if (seq >= 0) printf("attempt %" PRId64 " turn %" PRId64 ": %s\n", attempt, seq, problem);
    else printf("attempt %" PRId64 ": %s\n", attempt, problem);
}

int cmd_verify(int argc, char **argv)
{
    const char *db = NULL;
    char path[4096], err[1024];
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { fputs(usage, stdout); return 0; }
        if (!strcmp(argv[i], "--db") && i + 1 < argc) { db = argv[++i]; continue; }
        fprintf(stderr, "callsim verify: unexpected argument '%s' (see --help)\n", argv[i]);
        return 2;
    }
    if (!db && cs_store_default_path(path, sizeof path)) { fprintf(stderr, "callsim verify: pass --db PATH\n"); return 2; }
    cs_store *st = cs_store_open(db ? db : path, err, sizeof err);
    if (!st) { fprintf(stderr, "callsim verify: %s\n", err); return 2; }
    int64_t n = 0, broken = 0;
    int rc = cs_store_verify(st, on_problem, NULL, &n, &broken, err, sizeof err);
    cs_store_close(st);
    if (rc) { fprintf(stderr, "callsim verify: %s\n", err); return 2; }
    printf("%" PRId64 " attempt(s) checked, %" PRId64 " broken\n", n, broken);
    return broken ? 1 : 0;
}
