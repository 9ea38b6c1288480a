/* Is a trainee's typed reply the standard phrase of a category? Matches on the parts that make the
 * phrase (greeting, self-introduction, offer of help; apology + reason + promise ...), tolerant of
 * punctuation, width, spaces, 先生/女士, job numbers and company names; says which part is missing and
 * which forbidden expressions (禁忌语/口头禅) the text holds. Pure functions over a loaded bank. */
#ifndef CALLSIM_PHRASE_MATCH_H
#define CALLSIM_PHRASE_MATCH_H

#include <stddef.h>
#include "phrase_bank.h"

#define CS_MATCH_MAX_MISSING 8
#define CS_MATCH_MAX_TABOO 8
#define CS_MATCH_MAX_WORDS 8
#define CS_MATCH_MAX_TYPOS 4
#define CS_MATCH_WORD_BYTES 40
/* Only the first CS_MATCH_MAX_CPS code points of a reply's normal form are read (a spoken reply
 * is far shorter; this bounds the time on pasted text). */
#define CS_MATCH_MAX_CPS 2000

/* A slip of the input method that was accepted: typed "合实", meant "核实" (a homophone of pinyin
 * input, kind "pinyin"), typed "胡务", meant "服务" (a fuzzy-pinyin pair, 模糊音, kind "fuzzy";
 * pinyin.h), typed "己经", meant "已经" (a look-alike of handwriting input, kind "handwriting";
 * lookalike.h), or typed "格式", meant "核实" (a syllable on the same keys of a phone's nine-key
 * keyboard, kind "t9"; a whole homophone word of voice input, 合适 for 核实, is kind "pinyin"). */
typedef struct {
    char typed[CS_MATCH_WORD_BYTES];
    char meant[CS_MATCH_WORD_BYTES];
    const char *kind;          /* "pinyin", "fuzzy", "handwriting" or "t9" (static); "register" for a word of
                                * another register read as the everyday one (承蒙 → 感谢, register.h) */
    const char *label;         /* the same in Chinese, for the trainee (static) */
} cs_typo;

typedef struct {
    int match;                 /* 1: the text is that standard phrase */
    const char *phrase;        /* id of the nearest standard phrase (owned by the bank) */
    const char *clause;        /* clause of the category (owned by the bank) */
    double similarity;         /* 0..1 */
    size_t n_missing;
    const char *missing[CS_MATCH_MAX_MISSING]; /* names of absent required parts (owned by bank) */
    size_t n_taboo;
    const char *taboo[CS_MATCH_MAX_TABOO];     /* forbidden expressions found (owned by bank) */
    int insult;                /* a taboo hit insults the caller: fails the call */
    /* How sure the verdict (match, or the taboo finding for "taboo") is, 0..1: lowered by accepted
     * typos, a word between a part's words, one part only just missing, a rule-based tone call. */
    double confidence;
    size_t n_words;            /* the words that decided the verdict, as typed (normal form) */
    char words[CS_MATCH_MAX_WORDS][CS_MATCH_WORD_BYTES];
    size_t n_typos;            /* input-method slips accepted in the parts (each lowers confidence) */
    cs_typo typos[CS_MATCH_MAX_TYPOS];
    /* Why a reply holding the phrase's parts is still not the phrase, or NULL (static strings):
     * "placeholder" (XX号, 先生/女士 left from the template), "garbage" (input-method garbage),
     * "repetition" (the same words over and over), "cut_off" (the template sent cut off: …，请问您), "not_closed" (a question
     * asked after the goodbye), "filler" (a reply mostly of fillers: 口头禅), "tone.rhetorical", "tone.blame",
     * "tone.dismissive", "tone.impatient", "tone.sarcasm" (rudeness added; also listed in taboo),
     * "tone.lecture", "tone.belittle" (an attack on the caller's mind or worth: also sets insult), "tone.threat" (a harm made
     * conditional on the caller's behaviour: also sets insult). */
    const char *reason;
    const char *reason_label;  /* the same in Chinese, for the trainee (static), or NULL */
    int parts_complete;        /* every required part of the nearest phrase is there, even when
                                * the reply is rejected for a reason above or a taboo word (so a
                                * scenario can tell "asked twice, rudely" from "never asked") */
    unsigned insult_hits;      /* bit k: taboo[k] insults the caller by itself (cs_match_insult) */
    /* The reply says the phrase (every required part, nothing else wrong with it) and is not the
     * phrase only because it is said rudely: a forbidden expression or a rude tone in the same
     * reply (issue #11 item 4). A call grades it as the phrase said, but not as prescribed: half
     * the phrase item, the reason naming the rude words (call_grade.c, lua/callsim.lua). */
    int said_rudely;
    /* A curse was judged vented at the agent's machine (妈的，电脑又死机了): 禁忌语, and no insult
     * whatever the insult model says of the reply (phrase_match.c vented_at_machine) */
    int vented;
} cs_match;

/* Returns 0, or -1 when category is unknown (out is then zeroed). text must be UTF-8; invalid
 * bytes are treated as unknown characters, never read past the terminator. For category "taboo",
 * match = the text holds a forbidden expression (a listed one, or a tone rule of tone_rules.h).
 * Traditional characters are read as simplified (han_convert.h); forbidden words count only as
 * whole words (傻事 holds no 傻, lexicon.h); a required part of a complete standard phrase is
 * never a forbidden expression (no_contact's 没办法处理: the phrase wins).
 * Not thread-safe across threads sharing one bank (OpenCC): grade from one thread at a time. */
int cs_match_phrase(const cs_phrase_bank *bank, const char *category, const char *text, cs_match *out);

/* The text the tone model scores when it judges text as category taboo: its clauses after the last
 * offer of help, none that repeats someone else's words, simplified and normalised, joined by "，",
 * without the words a rule read innocently and a filler slip (as the grader's last question leaves
 * them out), (malloc'd), or NULL when none is left (the model is not asked) or out of memory. For
 * tools/tone_model.py, which trains and measures on exactly this text (grade-phrase --model-text). */
char *cs_match_model_text(const cs_phrase_bank *bank, const char *text);

/* The best-matching category for text (the one with match=1 and highest similarity), or NULL. */
const char *cs_classify(const cs_phrase_bank *bank, const char *text, cs_match *out);

/* Does text mention one of alts — alternatives in the phrase-bank syntax ("万元|#元|退款"; * and #
 * as in assets/phrases.txt, and the bank's @defines) — as whole words (万分 holds no 万, 滚动 no 滚), read
 * as the matcher reads replies (traditional as simplified, normal form; 你 also matches 您)?
 * An occurrence right after a negation (不 没 无法 …) does not count unless count_negated.
 * Returns 1 (out->words[0] = the words found, out->confidence set), 0, or -1 when alts is
 * malformed or out of memory (err says which). For scenario queries (call.mentions). */
int cs_mentions(const cs_phrase_bank *bank, const char *text, const char *alts, int count_negated,
                cs_match *out, char *err, size_t errlen);

/* The reply's words as the engine cuts them (simplified, normal form), up to max; returns the
 * count (0 on error). */
size_t cs_reply_words(const cs_phrase_bank *bank, const char *text, char (*words)[CS_MATCH_WORD_BYTES], size_t max);

/* A reply read once (traditional as simplified, normal form, words) for every question asked of
 * it: the phrase of any category, the taboo judgement (made once, then kept), the category it
 * is. Owned by the caller: cs_prepare_reply, any number of questions, cs_prepared_free. Holds its
 * own copy of text. NULL when bank is NULL or out of memory. */
typedef struct cs_prepared cs_prepared;
cs_prepared *cs_prepare_reply(const cs_phrase_bank *bank, const char *text);
void cs_prepared_free(cs_prepared *p);
/* Exactly cs_match_phrase(bank, category, text, out) of the prepared reply (p NULL: -1, out
 * zeroed); category "taboo" is judged on the first question only. */
int cs_prepared_match(cs_prepared *p, const char *category, cs_match *out);
/* Exactly cs_classify of the prepared reply. */
const char *cs_prepared_classify(const cs_prepared *p, cs_match *out);
const char *cs_prepared_text(const cs_prepared *p);          /* the reply as given ("" for NULL) */
const cs_phrase_bank *cs_prepared_bank(const cs_prepared *p);

/* The hit of m that insults the caller by itself (a reply may also hold plain 禁忌语 before it),
 * so a reason names the fault that failed the call; else the first hit; "" when there is none.
 * Read from the bank's own marks (taboo.txt's insult entries, the tone rules' insult rules). */
const char *cs_match_insult(const cs_match *m);

/* Only the taboo scan (fills n_taboo, taboo, insult of out; other fields zeroed). */
void cs_scan_taboo(const cs_phrase_bank *bank, const char *text, cs_match *out);

#endif
