/* `callsim verify [--db PATH] [--test-keys] [--centre-key KEY]`: checks, read-only, every exam
 * record against what its examiners signed (exam_verify.h) and every attempt's turn hash chain,
 * and prints each broken record and what is wrong. Exit 0 intact, 1 tampering, 2 usage or error. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "core_util.h"
#include "exam_ledger.h"
#include "exam_verify.h"
#include "store.h"
#include "store_report.h"

static const char usage[] =
    "usage: callsim verify [--db PATH] [--centre-key KEY] [--receipt RECEIPT]... [--test-keys]\n"
    "  Opens the database read-only (it is never written; a read-only file is fine) and checks, sitting by\n"
    "  sitting, that every exam record is what its examiners signed: the candidate, the paper and its hash,\n"
    "  each call's turns (hash chain), rubric items and scores, each examiner's scores, review decisions,\n"
    "  the signed results (and that each matches its inputs), who signed and when; that every signer was\n"
    "  an examiner certified by the centre's administrator; that no signed entry is missing. Prints each\n"
    "  broken record and what is wrong, then the head of each ledger chain (its receipt) and the centre's key.\n"
    "  --centre-key KEY  also require that the centre's administrator key is KEY (as printed at set-up).\n"
    "  --receipt R       also require that the ledger still holds the entry receipt R names, unchanged (the\n"
    "                    receipts `exam sign` prints, written on the sitting's paper record): entries cut off\n"
    "                    together with the rows they describe are found only this way. Repeatable.\n"
    "  --test-keys       accept keys sealed below the production cost (tests only; noted, not an error).\n"
    "  Exit: 0 intact, 1 tampering (or test keys without --test-keys), 2 usage or database error.\n";

typedef struct {
    int64_t *bad;
    size_t n, cap;
} bad_set;

static void on_problem(int64_t xa, const char *where, const char *problem, void *ctx)
{
    bad_set *b = ctx;
    printf("%s: %s\n", where, problem);
    for (size_t i = 0; i < b->n; i++)
        if (b->bad[i] == xa) return;
    int64_t *g = cs_grow(b->bad, b->n, &b->cap, sizeof *g, 16);
    if (!g) return;
    b->bad = g;
    b->bad[b->n++] = xa;
}

static void print_head(const char *receipt, void *ctx)
{
    (void)ctx;
    printf("ledger head: %s\n", receipt);
}

static int is_bad(const bad_set *b, int64_t xa)
{
    for (size_t i = 0; i < b->n; i++)
        if (b->bad[i] == xa) return 1;
    return 0;
}

typedef struct {
    cs_store *st;
    const bad_set *bad;
    int file_bad;
    const char *cand;   /* the candidate being listed */
    char err[1024];
} listing;

static int list_sitting(const cs_rep_sitting *x, void *ctx)
{
    listing *l = ctx;
    if (!is_bad(l->bad, x->id))
        printf("sitting %" PRId64 " (考生号 %s): %s\n", x->id, l->cand, l->file_bad ? "not proven (the file has problems, above)" : "intact");
    return 0;
}

static int list_candidate(const cs_rep_candidate *c, void *ctx)
{
    listing *l = ctx;
    l->cand = c->cand_no ? c->cand_no : "?";
    return cs_rep_sittings(l->st, c->id, list_sitting, l, l->err, sizeof l->err) ? 1 : 0;
}

/* A centre key as verify prints it: an Ed25519 public key, 64 hex digits (copied by hand, perhaps in
 * capitals: put in lower case into out, as verify prints it). */
static int centre_key_form(const char *k, char out[65])
{
    size_t n = strlen(k);
    if (n != 64) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = k[i] >= 'A' && k[i] <= 'F' ? (char)(k[i] - 'A' + 'a') : k[i];
        if (!strchr("0123456789abcdef", c) || !c) return 0;
        out[i] = c;
    }
    out[n] = '\0';
    return 1;
}

/* An option given last, with no value after it: say what the value is (exit 2). */
static int missing_value(const char *opt)
{
    fprintf(stderr, "callsim verify: %s needs a value (%s)\n", opt,
            !strcmp(opt, "--db") ? "--db PATH" : !strcmp(opt, "--receipt") ? "--receipt CHAIN-SEQ-HASH, as exam sign printed it"
                                                                      : "--centre-key KEY, as verify printed it after 'centre key:'");
    return 2;
}

/* --centre-key KEY in the form verify prints (lower case into out), or 0 after saying why not. */
static int centre_key_arg(const char *centre, char out[65])
{
    if (centre_key_form(centre, out)) return 1;
    fprintf(stderr, "callsim verify: --centre-key '%.80s' is not a centre key (64 hex digits, as verify prints it after "
            "'centre key:')\n", centre);
    return 0;
}

typedef struct {
    const char *db, *centre;
    const char *receipts[64];
    int nreceipts, test_keys;
} verify_args;

/* The command line into *a: -1 to go on, else the exit code (0 after --help, 2 after saying
 * what is wrong). */
static int parse_args(int argc, char **argv, verify_args *a)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { fputs(usage, stdout); return 0; }
        if (!strcmp(argv[i], "--db") && i + 1 < argc) { a->db = argv[++i]; continue; }
        if (!strcmp(argv[i], "--centre-key") && i + 1 < argc) { a->centre = argv[++i]; continue; }
        if (!strcmp(argv[i], "--test-keys")) { a->test_keys = 1; continue; }
        if (!strcmp(argv[i], "--receipt") && i + 1 < argc) {
            if (a->nreceipts == (int)(sizeof a->receipts / sizeof *a->receipts)) {
                fprintf(stderr, "callsim verify: more than %d --receipt (check them in several runs)\n", a->nreceipts);
                return 2;
            }
            a->receipts[a->nreceipts++] = argv[++i];
            continue;
        }
        if (!strcmp(argv[i], "--db") || !strcmp(argv[i], "--centre-key") || !strcmp(argv[i], "--receipt")) return missing_value(argv[i]);
        fprintf(stderr, "callsim verify: unexpected argument '%s' (see --help)\n", argv[i]);
        return 2;
    }
    return -1;
}

/* Each --receipt against the ledger, printed: a chain cut shorter (or rewritten) than a receipt
 * written down off the machine. Counts the unmatched into *bad; -1 on a database error (in err). */
static int check_receipts(cs_store *st, const verify_args *a, int *bad, char *err, size_t errlen)
{
    for (int i = 0; i < a->nreceipts; i++) {
        char problem[512];
        int r = cs_ledger_check_receipt(st, a->receipts[i], problem, sizeof problem, err, errlen);
        if (r < 0) return -1;
        if (r > 0) { printf("receipt %s: %s\n", a->receipts[i], problem); (*bad)++; }
        else printf("receipt %s: the ledger holds this entry, unchanged\n", a->receipts[i]);
    }
    return 0;
}

/* Everything verify checks, printed as it goes: the records (problems, then sitting by sitting,
 * the ones with no problem named too), the receipts, the ledger heads. -1 on a database error. */
static int check_all(cs_store *st, const verify_args *a, bad_set *bad, cs_exam_verify_stats *vs, int *receipts_bad,
                     char *err, size_t errlen)
{
    int rc = cs_exam_verify(st, a->test_keys, on_problem, bad, vs, err, errlen);
    listing l = { st, bad, vs->file_problems > 0, "", "" };
    if (rc == 0 && cs_rep_candidates(st, NULL, list_candidate, &l, err, errlen)) rc = -1;
    if (rc == 0 && l.err[0]) { snprintf(err, errlen, "%s", l.err); rc = -1; }
    if (rc == 0) rc = check_receipts(st, a, receipts_bad, err, errlen);
    if (rc == 0) rc = cs_ledger_heads(st, print_head, NULL, err, errlen);
    return rc;
}

/* The closing lines: the centre's key against --centre-key, the counts, test keys, the centre's
 * key. Returns 1 when the centre's key is not the expected one. */
static int print_summary(const verify_args *a, const bad_set *bad, const cs_exam_verify_stats *vs, int receipts_bad)
{
    int centre_bad = a->centre && strcmp(a->centre, vs->centre) != 0;
    if (centre_bad) printf("the exam centre: its administrator key is %s, not the expected %s\n", vs->centre[0] ? vs->centre : "(none)", a->centre);
    int64_t sittings_bad = 0;
    for (size_t i = 0; i < bad->n; i++) sittings_bad += bad->bad[i] > 0;
    printf("%" PRId64 " sitting(s), %" PRId64 " attempt(s), %" PRId64 " signed entries checked; %" PRId64 " problem(s), "
           "%" PRId64 " sitting(s) broken%s%s\n", vs->sittings, vs->attempts, vs->entries, vs->problems, sittings_bad,
           vs->file_problems ? ", and the file as a whole" : "", receipts_bad ? "; a receipt is not matched (above)" : "");
    if (vs->test_keys) printf("note: %" PRId64 " examiner key(s) are TEST keys (sealed below the production cost)%s\n", vs->test_keys,
                              a->test_keys ? ", accepted because of --test-keys" : "");
    printf("centre key: %s\n", vs->centre[0] ? vs->centre : "(no exam centre set up)");
    return centre_bad;
}

int cmd_verify(int argc, char **argv)
{
    verify_args a = { 0 };
    char path[4096], err[1024], centre_lc[65];
    int code = parse_args(argc, argv, &a);
    if (code >= 0) return code;
    if (a.centre && !centre_key_arg(a.centre, centre_lc)) return 2;
    if (a.centre) a.centre = centre_lc;
    if (!a.db && cs_store_default_path(path, sizeof path)) { fprintf(stderr, "callsim verify: pass --db PATH\n"); return 2; }
    cs_store *st = cs_store_open_readonly(a.db ? a.db : path, err, sizeof err);
    if (!st) { fprintf(stderr, "callsim verify: %s\n", err); return 2; }
    cs_exam_verify_stats vs;
    bad_set bad = { NULL, 0, 0 };
    int receipts_bad = 0;
    int rc = check_all(st, &a, &bad, &vs, &receipts_bad, err, sizeof err);
    cs_store_close(st);
    if (rc) { free(bad.bad); fprintf(stderr, "callsim verify: %s\n", err); return 2; }
    int centre_bad = print_summary(&a, &bad, &vs, receipts_bad);
    free(bad.bad);
    return vs.problems || centre_bad || receipts_bad ? 1 : 0;
}
