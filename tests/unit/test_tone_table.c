/* The tone rules' one dispatch table (grading/tone_rules.c RULES, issue #11 item 8): every rule
 * declared in grading/tone_scan.h is registered, each row is well formed, and every hit of every
 * own-corpus reply names a rule of TONE_HIT_RULES (the names tone_rules.h promises), each of which
 * some reply does carry. A rule written but never registered, or a hit under a new name nothing
 * downstream knows, fails here. */
#include "harness.h"
#include "lexicon.h"
#include "text_norm.h"
#include "tone_scan.h"
#include "words.h"

#include <dirent.h>
#include <stdlib.h>

static cs_lexicon *lx;
static size_t used[16];   /* per TONE_HIT_RULES entry: hits seen */
static int scanned;

static const char *data_root(void)
{
    const char *env = getenv("CALLSIM_DATA");
    return env && *env ? env : ".";
}

static const tone_rule *row_named(const char *name)
{
    for (size_t i = 0; tone_rule_at(i); i++)
        if (strcmp(tone_rule_at(i)->name, name) == 0) return tone_rule_at(i);
    return NULL;
}

/* Rows: a name, a function; a rule settles only chains it belongs to; a CH_REPLY rule is in no
 * clause chain and settles none; no two rows share a name or a function (a second row of a rule
 * only runs it again, and tone_hit drops a repeat hit of a rule at the same start: dead weight
 * that reads as if it did something). */
static void test_rows_well_formed(void)
{
    size_t n = 0;
    for (; tone_rule_at(n); n++) {
        const tone_rule *r = tone_rule_at(n);
        CHECK_MSG(r->name && *r->name && r->fn, "row %zu: no name or function", n);
        CHECK_MSG((r->stops & ~r->chains) == 0, "%s: settles a chain it is not in", r->name);
        CHECK_MSG(r->chains != 0, "%s: in no chain (CH_MAIN for a plain clause rule)", r->name);
        if (r->chains & CH_REPLY) CHECK_MSG(r->chains == CH_REPLY && r->stops == 0, "%s: CH_REPLY with a clause chain", r->name);
        for (size_t j = 0; j < n && r->name && r->fn; j++) {
            const tone_rule *o = tone_rule_at(j);
            CHECK_MSG(!o->name || strcmp(o->name, r->name) != 0, "%s: rows %zu and %zu share the name", r->name, j, n);
            CHECK_MSG(o->fn != r->fn, "%s: rows %zu and %zu run the same function", r->name, j, n);
        }
    }
    CHECK_MSG(n > 100, "%zu rows", n);
}

/* Every tone_rule_fn declared in tone_scan.h has a row of its name (the function's without tone_). */
static void test_every_declared_rule_registered(void)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/grading/tone_scan.h", data_root());
    FILE *f = fopen(path, "r");
    CHECK_MSG(f != NULL, "%s: cannot open (run from the source tree or set CALLSIM_DATA)", path);
    if (!f) return;
    char line[512];
    int in_decl = 0, declared = 0;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "tone_rule_fn ", 13) == 0) in_decl = 1;
        if (!in_decl) continue;
        for (char *p = line; (p = strstr(p, "tone_"));) {
            size_t len = strspn(p, "abcdefghijklmnopqrstuvwxyz_");
            char name[64];
            snprintf(name, sizeof name, "%.*s", (int)(len - 5), p + 5);
            if (strcmp(name, "rule_fn") != 0) {
                declared++;
                CHECK_MSG(row_named(name) != NULL, "tone_%s is declared in tone_scan.h but has no row in RULES", name);
            }
            p += len;
        }
        if (strchr(line, ';')) in_decl = 0;
    }
    fclose(f);
    CHECK_MSG(declared > 100, "%d rules declared", declared);
}

static void hits_named(const char *s)
{
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    cs_words w;
    if (!starts || cs_lexicon_segment(lx, t, n, starts) < 0 || cs_words_build(t, n, starts, &w) != 0) {
        CHECK_MSG(0, "\"%s\": cannot build its words", s);
        free(starts);
        free(t);
        return;
    }
    cs_tone_hit hits[16];
    size_t k = cs_tone_scan(&w, NULL, hits, 16);
    for (size_t i = 0; i < k; i++) {
        size_t r = 0;
        while (TONE_HIT_RULES[r] && strcmp(TONE_HIT_RULES[r], hits[i].rule) != 0) r++;
        CHECK_MSG(TONE_HIT_RULES[r] != NULL, "\"%s\": a hit names rule \"%s\", not in TONE_HIT_RULES", s, hits[i].rule);
        if (TONE_HIT_RULES[r] && r < sizeof used / sizeof used[0]) used[r]++;
    }
    scanned++;
    cs_words_free(&w);
    free(starts);
    free(t);
}

static void test_hit_names_known(void)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/tests/data/tone_more", data_root());
    DIR *d = opendir(path);
    CHECK_MSG(d != NULL, "%s: cannot open", path);
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".tsv") != 0) continue;
        snprintf(path, sizeof path, "%s/tests/data/tone_more/%s", data_root(), e->d_name);
        FILE *f = fopen(path, "r");
        CHECK_MSG(f != NULL, "%s: cannot open", path);
        char line[4096];
        while (f && fgets(line, sizeof line, f)) {
            if (line[0] == '#') continue;
            line[strcspn(line, "\r\n")] = '\0';
            const char *text = strrchr(line, '\t');
            if (text && text[1]) hits_named(text + 1);
        }
        if (f) fclose(f);
    }
    if (d) closedir(d);
    CHECK_MSG(scanned > 1000, "%d replies scanned", scanned);
    for (size_t r = 0; TONE_HIT_RULES[r]; r++) CHECK_MSG(used[r] > 0, "no reply hits rule \"%s\": a stale name?", TONE_HIT_RULES[r]);
}

TEST_MAIN(
    char err[512];
    lx = cs_lexicon_load(CS_JIEBA_DICT, err, sizeof err);
    CHECK_MSG(lx != NULL, "%s", err);
    RUN(test_rows_well_formed);
    RUN(test_every_declared_rule_registered);
    if (lx) RUN(test_hit_names_known);
    cs_lexicon_free(lx);
)
