/* libFuzzer target: text normalisation, phrase matching, classification, taboo scan and typing
 * accuracy on arbitrary bytes (invalid UTF-8, NULs, huge runs). The first byte picks the category. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "paths.h"
#include "phrase_match.h"
#include "text_norm.h"
#include "typing.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cs_phrase_bank *bank;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!bank) {
        char dir[4096], err[512];
        cs_paths_init(NULL);
        bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
        if (!bank) abort();
    }
    if (size == 0) return 0;
    char *text = malloc(size);
    if (!text) return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    size_t n = cs_bank_category_count(bank);
    const char *cat = data[0] % (n + 1) == n ? "taboo" : cs_bank_category_name(bank, data[0] % (n + 1));
    cs_match m;
    if (cs_match_phrase(bank, cat, text, &m) == 0 &&
        (m.similarity < 0 || m.similarity > 1 || m.confidence < 0 || m.confidence > 1 || m.n_words > CS_MATCH_MAX_WORDS))
        abort();
    cs_classify(bank, text, &m);
    cs_scan_taboo(bank, text, &m);
    free(cs_normalize(text));
    (void)cs_utf8_valid(text, strlen(text));
    size_t half = strlen(text) / 2;
    double acc = cs_typing_accuracy(text + half, text);
    if (acc < 0 || acc > 1) abort();
    (void)cs_typing_cpm(text, 1000);
    /* the word-level queries, with the input as text and (its second half) as alternatives */
    char err[256], words[16][CS_MATCH_WORD_BYTES];
    (void)cs_mentions(bank, text, text + half, data[0] & 1, &m, err, sizeof err);
    (void)cs_reply_words(bank, text, words, 16);
    if (m.confidence < 0 || m.confidence > 1) abort();
    free(text);
    return 0;
}
