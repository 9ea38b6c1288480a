/* Inside of the phrase bank, shared by the loader (phrase_bank.c) and the matcher
 * (phrase_match.c) only; everything else sees the opaque cs_phrase_bank of phrase_bank.h.
 * Patterns are compiled to code points of the normal form (text_norm.h) so that matching is a
 * plain scan over the normalised reply. */
#ifndef CALLSIM_PHRASE_BANK_INT_H
#define CALLSIM_PHRASE_BANK_INT_H

#include <stddef.h>
#include <stdint.h>
#include "phrase_bank.h"
#include "han_convert.h"
#include "lexicon.h"
#include "pinyin.h"
#include "lookalike.h"
#include "register.h"
#include "tone_model.h"
#include "tone_rules.h"

/* Pattern elements above U+10FFFF cannot collide with text. */
#define CS_PAT_GAP 0x110001u    /* up to CS_PAT_GAP_LEN code points of anything */
#define CS_PAT_DIGITS 0x110002u /* one or more ASCII digits (Chinese digits are mapped to ASCII) */
#define CS_PAT_GAP_LEN 6
#define CS_PAT_WORD 0x110003u   /* one inserted word: 1..CS_PAT_WORD_LEN code points, no break */
#define CS_PAT_WORD_LEN 4

typedef struct cs_pattern {
    uint32_t *el;   /* literal code points, CS_PAT_GAP, CS_PAT_DIGITS, CS_PAT_WORD */
    size_t n;
    char *text;     /* as written in the asset file, for reports */
    /* The same pattern with one word allowed between two of its words (不归我们管 → 不归我们部门管),
     * one variant per inner word boundary of its literal text (cut by the lexicon at load). */
    struct cs_pattern *gapped;
    size_t n_gapped;
    size_t n_han;   /* literal Chinese characters (U+3400..U+9FFF) in el, counted once at compile */
} cs_pattern;

typedef struct {
    cs_pattern *alts;
    size_t n;
} cs_pattern_set;

typedef struct {
    char *name;
    cs_pattern_set alts;
    int question;   /* counts only inside a question (directive `question PART`): 特殊处理 1 asks */
    int whole;      /* counts only ending a word of the reply (directive `whole PART`): 再见 in 再见面 is none */
} cs_part;

typedef struct {
    char *id;
    char *standard;      /* wording of the standard */
    uint32_t *norm;      /* normalised wording without the XX placeholders, for similarity */
    size_t n_norm;
    uint64_t *bigrams;   /* sorted character bigrams of norm, for similarity */
    size_t n_bigrams;
    size_t *req, n_req;  /* indices into the category's parts */
    size_t *opt, n_opt;
} cs_phrase;

typedef struct {
    char *name;
    char *clause;
    cs_part *parts;
    size_t n_parts;
    cs_phrase *phrases;
    size_t n_phrases;
    cs_pattern_set nots; /* cues of another category or of a refusal: never this phrase */
} cs_category;

typedef struct {
    /* Its literal characters other than 你 as a set (bit cp % 1024, as the matcher's set of the
     * reply's characters: word needs_at[k] of it has the bits needs[k], k < n_needs), and whether
     * it holds 你 (matched by 你 or 您): a few tests rule out an entry whose characters the reply
     * lacks, instead of a loop over them. */
    uint64_t needs[16];
    unsigned char needs_at[16];
    unsigned char n_needs;
    int needs_ni;
    cs_pattern pat;
    cs_pattern_set except; /* longer expressions around the hit that are polite (不知道您…) */
    int insult;
    int aimed;             /* counts only aimed at the caller (你算什么东西), not 丢了什么东西 */
    int final;             /* counts only ending its clause (这不可能！), not 不可能扣费 */
    int shift;             /* 推诿: does not count when the reply goes on to offer a transfer or help */
    int judge;             /* a judgment of talk (废话): not when the agent says it of their own words */
    int hold;              /* 你等着: not a threat when help follows at once (您等着，我帮您查: a hold) */
    int warm;              /* 又是您: not when the reply greets a regular caller warmly (cs_words_warm_regular) */
    int care;              /* 哎呀妈呀: not when the reply goes on in sympathy or apology (cs_words_sympathy) */
} cs_taboo_entry;

typedef struct {
    char *name, *label;
} cs_label;

/* A `define NAME ALTS` of phrases.txt, kept after loading so that a query's alternatives may name
 * it (@contact_back: the bank's one list of what a promise to contact the caller says). */
struct cs_define {
    char *name, *alts;
};

struct cs_phrase_bank {
    cs_category *cats;
    size_t n_cats;
    cs_label *labels;   /* Chinese names of categories and parts, for explanations */
    struct cs_define *defs; /* the defines of phrases.txt, for queries (cs_bank_compile_alts) */
    size_t n_defs;
    size_t n_labels;
    cs_taboo_entry *taboo;
    size_t n_taboo;
    /* The taboo entries by first character, so a reply's scan looks only at the entries its own
     * characters can start: sorted (character << 32 | entry) keys (an entry starting with 你 under
     * 您 too), and the entries that start with digits, looked at always. */
    uint64_t *taboo_by_first;
    size_t n_taboo_by_first;
    uint32_t *taboo_always;
    size_t n_taboo_always;
    /* Which characters of the Basic Multilingual Plane start an entry (a bit per code point,
     * 8 KB): most characters of a reply start none and skip the search of taboo_by_first. */
    uint64_t taboo_first_bmp[1024];
    /* ... and where each such character's keys start in taboo_by_first: the r-th set bit of
     * taboo_first_bmp (r = taboo_first_rank[c / 64] + the set bits below c in its word) has its
     * keys from taboo_first_at[r] on, found without a search. */
    uint32_t taboo_first_rank[1024];
    uint32_t *taboo_first_at;
    /* The entries by two of their characters, for the homophone slips (taboo_slips): an entry with all
     * but one of its characters in the reply has one of the two there. Bit b of the reply's character set
     * (as cs_taboo_entry.needs; 你 stands under 你 and 您) keys taboo_slip[taboo_slip_at[b] ..
     * taboo_slip_at[b + 1]), in taboo.txt order; an entry of fewer than two characters is in taboo_slip_always. */
    uint32_t *taboo_slip_at;    /* 1025 offsets */
    uint32_t *taboo_slip;
    uint32_t *taboo_slip_always;
    size_t n_taboo_slip_always;
    char *taboo_clause;
    char *insult_clause;
    cs_hanconv *hanconv; /* traditional → simplified, opened once (one thread at a time) */
    cs_lexicon *lexicon; /* words (jieba's dictionary) */
    cs_pinyin *pinyin;   /* toneless readings, for homophone typos */
    cs_lookalike *lookalike; /* assets/lookalike.txt, for handwriting slips; NULL when the assets have none */
    cs_register *reg;    /* assets/register.txt, the formal register read as everyday words; NULL when none */
    cs_tone_index *tone_index; /* the tone rules' word lists, worked out once (tone_rules.h) */
    cs_tone_model *tone_model; /* assets/tone_model.txt, or NULL when the assets have none (tone_model.h) */
};

/* Compiles "alt|alt|..." (and the bank's @defines) as the loader does, with word variants, for a query.
 * 0, or -1 with a one-line message in err; out is then empty. Free with cs_pattern_set_free. */
int cs_bank_compile_alts(const cs_phrase_bank *bank, const char *alts, cs_pattern_set *out, char *err, size_t errlen);
void cs_pattern_set_free(cs_pattern_set *set);

/* The category named name, or NULL. */
const cs_category *cs_bank_category(const cs_phrase_bank *bank, const char *name);

#endif
