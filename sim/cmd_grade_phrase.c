/* `callsim grade-phrase`: is a typed reply the standard phrase of a category? One JSON line per
 * reply (DESIGN.md "Command line"), so scripts and scenario authors can check wording without
 * running a call. Exit 0 matched, 1 not matched, 2 usage or data error. */
#include "commands.h"
#include "json_write.h"
#include "paths.h"
#include "phrase_bank.h"
#include "phrase_match.h"
#include "text_norm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: callsim grade-phrase CATEGORY TEXT\n"
          "       callsim grade-phrase --batch < FILE    (lines \"CATEGORY<TAB>TEXT\")\n"
          "Is TEXT the standard phrase of CATEGORY (贵阳 T-GSOCCIA 001—2020 §二)? Prints one JSON line:\n"
          "category, match, phrase (nearest standard phrase), standard, similarity (0-1),\n"
          "missing (absent parts), taboo (forbidden expressions found), insult, clause,\n"
          "confidence (0-1), words (the words that decided), typos ([{typed, meant, kind, label}]\n"
          "input-method slips accepted: kind pinyin for a homophone, fuzzy for a fuzzy-pinyin pair, handwriting for a look-alike,\n"
          "t9 for a syllable on the same keys of a nine-key keyboard),\n"
          "and reason/reason_label when the parts are there but it is not the phrase (placeholder,\n"
          "garbage, repetition, tone.*).\n"
          "Category \"taboo\": match = TEXT holds a forbidden expression.\n"
          "Exit: 0 match, 1 no match, 2 usage or unknown category. --batch always exits 0.\n", f);
}

/* "opening, hold_before, ..." into buf, for the unknown-category message. */
static const char *category_list(const cs_phrase_bank *bank, char *buf, size_t len)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < cs_bank_category_count(bank); i++) {
        int k = snprintf(buf + used, len - used, "%s%s", i ? ", " : "", cs_bank_category_name(bank, i));
        if (k < 0 || (size_t)k >= len - used) break;
        used += (size_t)k;
    }
    return buf;
}

/* The categories a trainer or examiner may name, read from the bank itself so the help never
 * drifts from assets/phrases.txt; nothing more is said when the bank cannot be read (the error
 * comes when a reply is graded). */
static void help_categories(void)
{
    char dir[4096], err[512], list[4096];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) return;
    printf("Categories (%zu): %s\n", cs_bank_category_count(bank),
           category_list(bank, list, sizeof list));
    cs_bank_free(bank);
}

static void write_match(cs_json *j, const cs_phrase_bank *bank, const char *category, const cs_match *m)
{
    cs_json_kstr(j, "category", category);
    cs_json_kbool(j, "match", m->match);
    cs_json_kstr(j, "phrase", m->phrase);
    cs_json_kstr(j, "standard", cs_bank_phrase_standard(bank, m->phrase));
    cs_json_knum(j, "similarity", floor(m->similarity * 1000.0 + 0.5) / 1000.0);
    cs_json_key(j, "missing");
    cs_json_arr_begin(j);
    for (size_t i = 0; i < m->n_missing; i++) cs_json_str(j, m->missing[i]);
    cs_json_arr_end(j);
    cs_json_key(j, "taboo");
    cs_json_arr_begin(j);
    for (size_t i = 0; i < m->n_taboo; i++) cs_json_str(j, m->taboo[i]);
    cs_json_arr_end(j);
    cs_json_kbool(j, "insult", m->insult);
    cs_json_kstr(j, "clause", m->clause);
    cs_json_knum(j, "confidence", floor(m->confidence * 100.0 + 0.5) / 100.0);
    cs_json_key(j, "words");
    cs_json_arr_begin(j);
    for (size_t i = 0; i < m->n_words; i++) cs_json_str(j, m->words[i]);
    cs_json_arr_end(j);
    cs_json_key(j, "typos");
    cs_json_arr_begin(j);
    for (size_t i = 0; i < m->n_typos; i++) {
        cs_json_obj_begin(j);
        cs_json_kstr(j, "typed", m->typos[i].typed);
        cs_json_kstr(j, "meant", m->typos[i].meant);
        if (m->typos[i].kind) cs_json_kstr(j, "kind", m->typos[i].kind);
        if (m->typos[i].label) cs_json_kstr(j, "label", m->typos[i].label);
        cs_json_obj_end(j);
    }
    cs_json_arr_end(j);
    if (m->reason) {
        cs_json_kstr(j, "reason", m->reason);
        cs_json_kstr(j, "reason_label", m->reason_label);
    }
}

/* Prints the finished JSON object as one line; -1 when out of memory. */
static int emit(cs_json *j)
{
    char *out = cs_json_take(j);
    if (!out) { fputs("callsim grade-phrase: out of memory\n", stderr); return -1; }
    puts(out);
    free(out);
    return 0;
}

static int grade_one(const cs_phrase_bank *bank, const char *category, const char *text)
{
    char list[1024];
    if (!cs_bank_has_category(bank, category)) {
        fprintf(stderr, "callsim grade-phrase: unknown category \"%s\" (valid: %s)\n", category,
                category_list(bank, list, sizeof list));
        return 2;
    }
    /* a reply the desk would refuse (the replies file and the window say "not valid UTF-8") is not
     * graded here with its bad bytes dropped */
    if (!cs_utf8_valid(text, strlen(text))) {
        fputs("callsim grade-phrase: the text is not valid UTF-8 (type or save it as UTF-8)\n", stderr);
        return 2;
    }
    cs_match m;
    if (cs_match_phrase(bank, category, text, &m) < 0) {
        fputs("callsim grade-phrase: out of memory\n", stderr);
        return 2;
    }
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    write_match(&j, bank, category, &m);
    cs_json_obj_end(&j);
    if (emit(&j) < 0) return 2;
    return m.match ? 0 : 1;
}

static void batch_error(long line, const char *category, const char *msg)
{
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_kint(&j, "line", line);
    if (category) cs_json_kstr(&j, "category", category);
    cs_json_kstr(&j, "error", msg);
    cs_json_obj_end(&j);
    emit(&j);
}

static void batch_line(const cs_phrase_bank *bank, long lineno, char *line)
{
    char *tab = strchr(line, '\t');
    if (!tab) { batch_error(lineno, NULL, "expected CATEGORY<TAB>TEXT"); return; }
    *tab = '\0';
    const char *category = line, *text = tab + 1;
    if (!cs_bank_has_category(bank, category)) {
        char msg[1200], list[1024];
        snprintf(msg, sizeof msg, "unknown category (valid: %s)", category_list(bank, list, sizeof list));
        batch_error(lineno, category, msg);
        return;
    }
    if (!cs_utf8_valid(text, strlen(text))) { batch_error(lineno, category, "not valid UTF-8 (save the file as UTF-8)"); return; }
    cs_match m;
    if (cs_match_phrase(bank, category, text, &m) < 0) { batch_error(lineno, category, "out of memory"); return; }
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_kint(&j, "line", lineno);
    write_match(&j, bank, category, &m);
    cs_json_obj_end(&j);
    emit(&j);
}

/* Lines of any length (getline); blank lines are skipped, every other line gets one JSON line. */
static int batch(const cs_phrase_bank *bank)
{
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    while ((n = getline(&buf, &cap, stdin)) != -1) {
        lineno++;
        while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) buf[--n] = '\0';
        if (n == 0) continue;
        batch_line(bank, lineno, buf);
    }
    free(buf);
    fflush(stdout);
    return 0;
}

/* --model-text (for tools/tone_model.py, not in --help): per stdin line, blank ones too, the text
 * the tone model scores for it as category taboo (cs_match_model_text), or an empty line. */
static int model_texts(const cs_phrase_bank *bank)
{
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&buf, &cap, stdin)) != -1) {
        while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) buf[--n] = '\0';
        char *t = cs_match_model_text(bank, buf);
        printf("%s\n", t ? t : "");
        free(t);
    }
    free(buf);
    fflush(stdout);
    return 0;
}

int cmd_grade_phrase(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        help_categories();
        return 0;
    }
    int is_text = argc == 2 && strcmp(argv[1], "--model-text") == 0;
    int is_batch = is_text || (argc == 2 && strcmp(argv[1], "--batch") == 0);
    if (!is_batch && argc != 3) {
        fputs("callsim grade-phrase: expected CATEGORY TEXT or --batch (see --help)\n", stderr);
        return 2;
    }
    if (!is_batch && argv[1][0] == '-') {
        fprintf(stderr, "callsim grade-phrase: unknown option \"%s\" (see --help)\n", argv[1]);
        return 2;
    }
    char dir[4096], err[512];
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    if (!bank) {
        fprintf(stderr, "callsim grade-phrase: %s\n", err);
        return 2;
    }
    int rc = is_text ? model_texts(bank) : is_batch ? batch(bank) : grade_one(bank, argv[1], argv[2]);
    cs_bank_free(bank);
    return rc;
}
