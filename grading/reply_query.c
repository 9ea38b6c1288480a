/* Questions about one reply (see reply_query.h). Everything works on the normal form of
 * text_norm.h, so a reply typed with full-width digits, spaces or Chinese numerals reads the same
 * as the plain one; the word lists here are the grader's, not a scenario's. */
#include "reply_query.h"

#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "grading_util.h"
#include "han_convert.h"
#include "phrase_bank_int.h"
#include "phrase_match.h"
#include "register.h"
#include "text_norm.h"
#include "typing.h"

static int is_latin(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
/* Two code points that run on into one Latin word or one number (20GB is 20 and GB). */
static int runs_on(uint32_t a, uint32_t b)
{
    return (is_latin(a) && is_latin(b)) || (is_digit(a) && is_digit(b));
}

int cs_rq_whole_word(const uint32_t *cps, size_t n, size_t start, size_t len)
{
    if (len == 0 || start + len > n) return 0;
    if (start > 0 && runs_on(cps[start - 1], cps[start])) return 0;
    if (start + len < n && runs_on(cps[start + len - 1], cps[start + len])) return 0;
    return 1;
}

/* The reply as clause-separated code points, with a break where spaces separated two Latin words
 * (the normal form drops spaces, which would glue "thank you" into one word). */
static size_t reply_cps(const char *text, uint32_t **out)
{
    size_t len = strlen(text);
    char *copy = cs_g_strdup(text);
    if (!copy) { *out = NULL; return (size_t)-1; }
    for (size_t i = 1; i + 1 < len; i++) {
        if (copy[i] != ' ' && copy[i] != '\t') continue;
        size_t j = i;
        while (j + 1 < len && (copy[j + 1] == ' ' || copy[j + 1] == '\t')) j++;
        if (is_latin((unsigned char)copy[i - 1]) && j + 1 < len && is_latin((unsigned char)copy[j + 1]))
            copy[i] = ',';
        i = j;
    }
    size_t n = cs_normalize_clauses(copy, out);
    free(copy);
    return n;
}

static int cps_equal(const uint32_t *a, const uint32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) if (a[i] != b[i]) return 0;
    return 1;
}

static int word_in_list(const uint32_t *t, size_t n, size_t i, const char *const *list, size_t *wlen);

/* Words that deny what follows them in their clause (是……用掉的，不是微信视频 names the fact to deny
 * it); 而是 after the denial states what follows (不是您上网而是后台更新). */
static const char *const DENIALS[] = { "不是", "并非", "而非", "并不是", "绝不是", "不可能是", NULL };
static const char *const BUT_IS[] = { "而是", NULL };

/* The word at t[i] is named under a denial of its own clause, with no 而是 between. */
static int denied_in_clause(const uint32_t *t, size_t n, size_t i)
{
    size_t from = i;
    while (from > 0 && t[from - 1] != CS_NORM_BREAK) from--;
    int denied = 0;
    for (size_t j = from; j < i; j++) {
        size_t wl;
        if (word_in_list(t, n, j, DENIALS, &wl) && j + wl <= i) { denied = 1; j += wl - 1; }
        else if (word_in_list(t, n, j, BUT_IS, &wl) && j + wl <= i) { denied = 0; j += wl - 1; }
    }
    return denied;
}

/* stated: an occurrence under a denial of its clause does not count */
static int holds_word(const uint32_t *t, size_t n, const uint32_t *w, size_t wn, int stated)
{
    for (size_t i = 0; wn > 0 && i + wn <= n; i++)
        if (cps_equal(t + i, w, wn) && cs_rq_whole_word(t, n, i, wn) && !(stated && denied_in_clause(t, n, i)))
            return 1;
    return 0;
}

/* calls34: the word w typed with one pinyin homophone slip of an input method (大生点 for 大声点, 在见 for 再见)
 * at t[i]: the phrase matcher hears it so (phrase_match.c, one homophone typo in a keyword of two or more
 * characters), so a scenario asking whether the reply mentions the word hears it too (a step the grader
 * already credits is not lost to the check beside it). Han words of two or more characters only, one slip,
 * never a slip that makes a common word with the character outside the stretch (说大生意: 生意 is the reply's
 * own word), nor a stretch that is a common word itself (我们队大胜: 大胜 was meant), as phrase_match.c's
 * slip_makes_word refuses; a dictionary oddity (生点, 3 in jieba's counts) is no such word. */
#define OWN_WORD_FREQ 100   /* a common word in jieba's counts: 生意 1719, 大胜 378; 生点 3, 大生 98 are oddities */

/* Is the edge character t[e] of a stretch bound into a word with its outside neighbour? A slipped edge only by a
 * common word (生意 in 大生意); an edge typed as the word has it by any dictionary word, since the writer typed that
 * word and the stretch is only its tail or head (全国 in 按全国, 人手 in 加人手, 见面 in 在见面, 卡费 3 in 付卡费).
 * 儿 after the last character is erhua (大生点儿), no other word. */
static int edge_bound(const cs_phrase_bank *bank, const uint32_t *t, size_t n, size_t e, int right_edge, int slipped)
{
    static const uint32_t ER = 0x513F; /* 儿 */
    size_t from = right_edge ? e : e - 1;
    if (right_edge ? e + 1 >= n || t[e + 1] == ER : e == 0) return 0;
    if (!cs_is_han(t[from]) || !cs_is_han(t[from + 1])) return 0;
    return cs_lexicon_freq(bank->lexicon, t + from, 2) >= (slipped ? OWN_WORD_FREQ : 1);
}

static int slipped_word_at(const cs_phrase_bank *bank, const uint32_t *t, size_t n, size_t i, const uint32_t *w,
                           size_t wn)
{
    size_t slips = 0, at = 0;
    for (size_t k = 0; k < wn; k++) {
        if (!cs_is_han(w[k]) || !cs_is_han(t[i + k])) return 0;
        if (t[i + k] == w[k]) continue;
        if (++slips > 1 || !cs_pinyin_homophone(bank->pinyin, t[i + k], w[k])) return 0;
        at = i + k;
    }
    if (slips != 1 || !cs_rq_whole_word(t, n, i, wn)) return 0;
    if (!bank->lexicon) return 1;
    if (cs_lexicon_freq(bank->lexicon, t + i, wn) >= OWN_WORD_FREQ) return 0;
    return !edge_bound(bank, t, n, i, 0, at == i) && !edge_bound(bank, t, n, i + wn - 1, 1, at == i + wn - 1);
}

static int holds_slipped_word(const cs_phrase_bank *bank, const uint32_t *t, size_t n, const uint32_t *w, size_t wn,
                              int stated)
{
    if (!bank || !bank->pinyin || wn < 2) return 0;
    for (size_t i = 0; i + wn <= n; i++)
        if (slipped_word_at(bank, t, n, i, w, wn) && !(stated && denied_in_clause(t, n, i))) return 1;
    return 0;
}

/* Does text mention one of words; with slip_bank, also typed with one homophone slip (holds_slipped_word)?
 * -1 out of memory. */
static int mentions_with(const cs_phrase_bank *slip_bank, const char *text, const char *const *words, size_t n_words,
                         int stated)
{
    if (!text) return 0;
    uint32_t *t;
    size_t n = reply_cps(text, &t);
    if (n == (size_t)-1) return -1;
    int found = 0;
    for (size_t k = 0; k < n_words && !found; k++) {
        if (!words[k] || !*words[k]) continue;
        uint32_t *w;
        size_t wn = reply_cps(words[k], &w); /* "have a nice" keeps its word breaks */
        if (wn == (size_t)-1) { free(t); return -1; }
        found = holds_word(t, n, w, wn, stated) || holds_slipped_word(slip_bank, t, n, w, wn, stated);
        free(w);
    }
    free(t);
    return found;
}

static int mentions(const char *text, const char *const *words, size_t n_words, int stated)
{
    return mentions_with(NULL, text, words, n_words, stated);
}

int cs_reply_mentions(const char *text, const char *const *words, size_t n_words)
{
    return mentions(text, words, n_words, 0);
}

int cs_reply_states(const char *text, const char *const *words, size_t n_words)
{
    return mentions(text, words, n_words, 1);
}

/* --- asserting, not asking ---------------------------------------------------------------------- *
 * A topic word in a reply is a statement of it only when the clause states it: a question (吗, 呢,
 * ？), a whether-frame (能不能, 是不是, 有没有 — the A不A / A没A question form — 是否, 能否, 可否),
 * or a question reported (您问的, 咨询的) before or over the word asks or echoes the caller's
 * question instead (贵阳 §二(二) 2.19: "能不能享受……我这边需要核实" is no guess). */

/* The cue words of the tests below, normalised once a search (not once a character: the tests run
 * at every character of every clause). A list holds up to CUE_MAX words of up to CUE_CPS code
 * points; a longer list or word is a fault of this file, reported as every search failing (-1). */
#define CUE_MAX 24
#define CUE_CPS 8
typedef struct {
    size_t count;
    size_t n[CUE_MAX];
    uint32_t cp[CUE_MAX][CUE_CPS];
} cue_list;

typedef struct {
    cue_list frames; /* whether-frames and questions reported (是否, 您问的 …) */
    cue_list neg;    /* the middle of A不A / A没A */
    cue_list final;  /* final question particles */
    cue_list ji, hu; /* 几 as a question word, but not 几乎 */
    cue_list before; /* 几 after these is "a few" (这几个, 十几) */
    cue_list offer;  /* 几 after these is "a few" offered (推荐几个, 介绍几款) */
    cue_list have;   /* 有: whose 有几 it is decides (我们有几个 vs 您家有几口人) */
    cue_list ours, theirs; /* the person words that say whose (咱家 is the caller's home) */
    cue_list noting; /* 我 noting the caller's answer (我记一下有几个人): asking, not our 有 (fix21c) */
    cue_list words;  /* question words and asking frames */
    cue_list only;   /* a clause of these only frames the question after it (请问，) */
    cue_list tell, to_caller; /* calls36b: 说说/讲讲 after 给您/跟您: the agent telling, no question */
    const cs_lexicon *lex; /* calls30: the bank's words, for a one-character word inside a longer one */
} cues;

#define LIST(a) a, sizeof a / sizeof *a

static int cue_list_set(cue_list *l, const char *const *words, size_t count)
{
    if (count > CUE_MAX) return -1;
    l->count = count;
    for (size_t k = 0; k < count; k++) {
        uint32_t *w;
        size_t wn = cs_normalize_cps(words[k], &w);
        if (wn == (size_t)-1) return -1;
        if (wn > CUE_CPS) { free(w); return -1; }
        memcpy(l->cp[k], w, wn * sizeof *w);
        l->n[k] = wn;
        free(w);
    }
    return 0;
}

/* Fills q; -1 out of memory. */
static int cues_init(cues *q)
{
    static const char *const FRAMES[] = { "是否", "能否", "可否", "与否", "您问", "你问", "咨询的", "想知道", "想了解" };
    static const char *const NEG[] = { "不", "没" };
    static const char *const FINAL[] = { "吗", "呢", "么" };
    static const char *const JI[] = { "几" };
    static const char *const HU[] = { "乎" };
    static const char *const BEFORE[] = { "这", "那", "好", "十", "几", "前", "后", "最近", "近" };
    /* fix21c: what is new on our side is offered too (最近上线了几款新套餐) */
    static const char *const OFFER[] = { "推荐", "介绍", "提供", "准备", "推荐您", "介绍您", "提供您",
                                         "上线了", "推出了", "新出了", "新上了" };
    static const char *const HAVE[] = { "有" };
    /* fix21c: 咱们 with our side's place (咱们这边, 咱们公司) is the agent's side; 咱家 is the caller's */
    static const char *const OURS[] = { "我", "咱们这边", "咱们这里", "咱们公司", "咱们平台", "咱们店", "咱们营业厅" };
    static const char *const THEIRS[] = { "您", "你", "家", "咱" };
    static const char *const NOTING[] = { "我记", "我问", "我了解", "我登记", "我确认", "我核对", "我统计" };
    static const char *const WORDS[] = { "多少", "什么", "啥", "哪", "谁", "怎么", "怎样", "如何", "多大", "多久",
                                         "是否", "能否", "可否", "请问", "想了解", "想知道", "了解一下", "问一下",
                                         "问问", "方便说", "说说", "介绍一下您", "讲讲" };
    static const char *const ONLY[] = { "请问", "想了解", "想知道", "了解一下", "问一下", "问下", "冒昧", "方便的话" };
    /* calls36b: 您说说 / 讲讲您的情况 ask the caller to tell; 我给您讲讲 / 跟您说说 is the agent telling him
     * (那我换个说法给您讲讲：……), a statement that asks nothing */
    static const char *const TELL[] = { "说说", "讲讲" };
    static const char *const TO_CALLER[] = { "给您", "跟您", "和您", "为您", "同您", "给你", "跟你", "和你" };
    q->lex = NULL;
    if (cue_list_set(&q->tell, LIST(TELL)) || cue_list_set(&q->to_caller, LIST(TO_CALLER))) return -1;
    return cue_list_set(&q->frames, LIST(FRAMES)) || cue_list_set(&q->neg, LIST(NEG))
        || cue_list_set(&q->final, LIST(FINAL)) || cue_list_set(&q->ji, LIST(JI)) || cue_list_set(&q->hu, LIST(HU))
        || cue_list_set(&q->before, LIST(BEFORE)) || cue_list_set(&q->words, LIST(WORDS))
        || cue_list_set(&q->only, LIST(ONLY)) || cue_list_set(&q->offer, LIST(OFFER))
        || cue_list_set(&q->have, LIST(HAVE)) || cue_list_set(&q->ours, LIST(OURS))
        || cue_list_set(&q->theirs, LIST(THEIRS)) || cue_list_set(&q->noting, LIST(NOTING)) ? -1 : 0;
}

/* The end of the cue of l that starts at t[i] within [i, b), or 0 when none does. */
static size_t cue_at(const uint32_t *t, size_t i, size_t b, const cue_list *l)
{
    for (size_t k = 0; k < l->count; k++)
        if (i + l->n[k] <= b && cps_equal(t + i, l->cp[k], l->n[k])) return i + l->n[k];
    return 0;
}

/* 1 if a cue of l ends just before t[i], within [a, i). */
static int cue_before(const uint32_t *t, size_t a, size_t i, const cue_list *l)
{
    for (size_t k = 0; k < l->count; k++)
        if (i >= a + l->n[k] && cps_equal(t + i - l->n[k], l->cp[k], l->n[k])) return 1;
    return 0;
}

/* The end of a whether-frame starting at t[i] within [i, b), or 0 when none starts there. */
static size_t frame_end(const cues *q, const uint32_t *t, size_t i, size_t b)
{
    size_t e = cue_at(t, i, b, &q->frames);
    if (e) return e;
    /* A不A / A没A (能不能, 是不是, 有没有), and 可不可以 (the first syllable repeated) */
    if (i + 2 < b && t[i] < 0x110000u && cue_at(t, i + 1, b, &q->neg) && t[i + 2] == t[i])
        return i + 3;
    return 0;
}

/* Is clause t[a..b), ended by end (a break, or b == n), a question? */
static int clause_asks(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n)
{
    if (b < n && t[b] == CS_NORM_QBREAK) return 1;
    return b > a && cue_at(t, b - 1, b, &q->final);
}

/* calls30 */
/* A numeral (digit or Chinese) at c: what an amount or a temperature is told in (二十度, 20度). */
static int numeral_at(uint32_t c)
{
    static const char NUMS[] = "零一二两三四五六七八九十百";
    if (is_digit(c)) return 1;
    const char *p = NUMS;
    while (*p) if (cs_utf8_next(&p) == c) return 1;
    return 0;
}

/* 1 when clause t[a..b) holds the two characters t[j], t[j+1] as one lexicon word. */
static int pair_word(const cs_lexicon *lex, const uint32_t *t, size_t a, size_t b, size_t j)
{
    return j >= a && j + 1 < b && cs_lexicon_freq(lex, t + j, 2) > 0;
}

/* 1 when the one character t[i] of clause t[a..b) is bound into a word with a neighbour (度 in 额度,
 * 进度), no word of its own there. A neighbour that is itself bound to its other side leaves it
 * free (后天晴: 后天, so 晴 stands alone, not in 天晴), and so does a numeral before it (三十度: a
 * unit after a number). A word of two or more characters is its own. */
static int inside_longer_word(const cs_lexicon *lex, const uint32_t *t, size_t a, size_t b, size_t i)
{
    if (!lex) return 0;
    int before = i > a && pair_word(lex, t, a, b, i - 1) && !numeral_at(t[i - 1])
              && !(i >= a + 2 && pair_word(lex, t, a, b, i - 2));
    int after = pair_word(lex, t, a, b, i) && !pair_word(lex, t, a, b, i + 1);
    return before || after;
}

/* 1 if clause t[a..b) states word w: it holds w (whole) with no whether-frame starting before w ends. */
static int clause_states(const cues *q, const uint32_t *t, size_t a, size_t b, const uint32_t *w, size_t wn)
{
    for (size_t i = a; wn > 0 && i + wn <= b; i++) {
        if (!cps_equal(t + i, w, wn) || !cs_rq_whole_word(t + a, b - a, i - a, wn)) continue;
        if (wn == 1 && inside_longer_word(q->lex, t, a, b, i)) continue;
        int framed = 0;
        for (size_t f = a; f < i + wn && !framed; f++) framed = frame_end(q, t, f, b) > 0;
        if (!framed) return 1;
    }
    return 0;
}

/* The clause test of a word search: clause t[a..b) of the reply t[0..n) (ended by t[b], a break,
 * or b == n) and the word w; *carry is what the test keeps from one clause to the next (0 at each
 * word's first clause). 1 when the clause has what is sought. */
typedef int (*clause_test)(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n,
                           const uint32_t *w, size_t wn, int *carry);

/* The word gap: what a space between two Latin letters becomes before normalising, so that English
 * keeps its words (the normal form drops spaces: "your address" would be one word youraddress,
 * and address no whole word in it). A private-use code point: no letter, no punctuation, no break,
 * so a clause stays one clause. */
#define WORD_GAP 0xE000u

/* s simplified (the bank's variants) with each run of spaces between two Latin letters one
 * WORD_GAP; NULL out of memory. */
static char *simplified_words(const cs_phrase_bank *bank, const char *s)
{
    char *simple = cs_reply_simplified(bank, s);
    if (!simple) return NULL;
    size_t len = strlen(simple), gaps = 0;
    for (size_t i = 0; i < len; i++) gaps += simple[i] == ' ';
    char *out = malloc(len + gaps * 2 + 1);
    if (!out) { free(simple); return NULL; }
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        if (simple[i] != ' ' && simple[i] != '\t') { out[o++] = simple[i]; continue; }
        size_t j = i;
        while (j + 1 < len && (simple[j + 1] == ' ' || simple[j + 1] == '\t')) j++;
        if (i > 0 && is_latin((unsigned char)simple[i - 1]) && j + 1 < len && is_latin((unsigned char)simple[j + 1]))
            o += cs_utf8_put(WORD_GAP, out + o);
        i = j;
    }
    out[o] = '\0';
    free(simple);
    return out;
}

/* The search cs_reply_asserts and cs_reply_asks share: the reply and each word simplified (the
 * bank's variants) and normalised the same way (English keeps its word gaps, simplified_words),
 * then each clause of the reply in turn put to test with each word. 1 when a clause passes, 0 when
 * none does, -1 out of memory. */
static int reply_clause_search(const cs_phrase_bank *bank, const char *text, const char *const *words,
                               size_t n_words, clause_test test)
{
    if (!text) return 0;
    cues q;
    if (cues_init(&q)) return -1;
    q.lex = bank ? bank->lexicon : NULL;
    char *simple = simplified_words(bank, text);
    if (!simple) return -1;
    uint32_t *t;
    size_t n = cs_normalize_marked(simple, &t);
    free(simple);
    if (n == (size_t)-1) return -1;
    int found = 0;
    for (size_t k = 0; k < n_words && !found; k++) {
        if (!words[k] || !*words[k]) continue;
        char *ws = simplified_words(bank, words[k]);
        uint32_t *w = NULL;
        size_t wn = ws ? cs_normalize_cps(ws, &w) : (size_t)-1;
        free(ws);
        if (wn == (size_t)-1) { free(t); return -1; }
        int carry = 0;
        for (size_t a = 0; a < n && !found;) {
            size_t b = a;
            while (b < n && !cs_is_break(t[b])) b++;
            found = test(&q, t, a, b, n, w, wn, &carry);
            a = b + 1;
        }
        free(w);
    }
    free(t);
    return found;
}

/* 1 if clause t[a..b) is an English question by its form, with or without "?": it opens on a
 * question word or an auxiliary put first (what, where, could, do, is …), or asks to be told
 * (please tell, let me know, may i have). English is typed at the english_caller desk (3.1 3 能够使用
 * 简单的英语会话应答客户). */
static int english_question(const uint32_t *t, size_t a, size_t b)
{
    static const char *const first[] = { "what", "where", "when", "which", "who", "whom", "whose", "why", "how",
                                         "could", "can", "would", "will", "may", "do", "does", "did", "is", "are",
                                         "was", "were", "has", "shall", "should", NULL };   /* (not have: Have a nice day) */
    static const char *const ask[] = { "please\xee\x80\x80tell", "let\xee\x80\x80me\xee\x80\x80know",
                                       "tell\xee\x80\x80me", "may\xee\x80\x80i\xee\x80\x80have", NULL };
    size_t e = a;
    while (e < b && t[e] >= 'a' && t[e] <= 'z') e++;
    if (e == a || !(e == b || t[e] == WORD_GAP)) return 0;
    for (const char *const *f = first; *f; f++)
        if (strlen(*f) == e - a) {
            size_t i = 0;
            while (i < e - a && (uint32_t)(unsigned char)(*f)[i] == t[a + i]) i++;
            if (i == e - a) return 1;
        }
    for (const char *const *f = ask; *f; f++) {
        uint32_t *w;
        size_t wn = cs_normalize_cps(*f, &w);
        if (wn == (size_t)-1) return 0;
        int hit = 0;
        for (size_t i = a; !hit && i + wn <= b; i++)
            hit = cps_equal(t + i, w, wn) && cs_rq_whole_word(t + a, b - a, i - a, wn);
        free(w);
        if (hit) return 1;
    }
    return 0;
}

/* A clause that is no question and states the word. */
static int asserts_in_clause(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n,
                             const uint32_t *w, size_t wn, int *carry)
{
    (void)carry;
    return !clause_asks(q, t, a, b, n) && !english_question(t, a, b) && clause_states(q, t, a, b, w, wn);
}

int cs_reply_asserts(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words)
{
    return reply_clause_search(bank, text, words, n_words, asserts_in_clause);
}

static int clause_holds(const uint32_t *t, size_t a, size_t b, const uint32_t *w, size_t wn);

/* Words that wish the caller what follows them (祝您中个大奖): a polite 希望您理解 wishes nothing. */
static const char *const WISHES[] = { "祝您", "祝你", "希望您", "希望你", "预祝", "祝", NULL };

/* A clause where a wish governs the word: the wish comes first and the word after it, in the same
 * clause (希望您理解，中没中奖要看…… wishes no win: the win is in another clause). */
static int wishes_in_clause(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n,
                            const uint32_t *w, size_t wn, int *carry)
{
    (void)q; (void)carry;
    for (size_t j = a; j < b; j++) {
        size_t len;
        if (word_in_list(t, n, j, WISHES, &len) && j + len <= b && clause_holds(t, j + len, b, w, wn)) return 1;
    }
    return 0;
}

int cs_reply_wishes(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words)
{
    return reply_clause_search(bank, text, words, n_words, wishes_in_clause);
}

/* calls30 */
/* --- joining an off-topic caller's pastime ------------------------------------------------------ *
 * 贵阳 §二(三) 特殊处理 5 turns to the business at once; taking up the matter as a friend would (§二(四)
 * 4.4 工作纪律) is: a wish on his lottery ticket, the weather told him or advice on it stated, the
 * draw's results told, or chat (哈哈, 我也觉得). The caller's topic named in a pointer or a refusal
 * (中没中大奖要看福彩中心的公告, 下不下雨您看一下预报) is none of them: the words are asserted or wished,
 * never merely named. The judgement of the off_topic scenario (fix21c, fin21c, calls22), moved here
 * so the scenario only asks (call.chats). */
static const char *const CHAT_WIN[] = { "中奖", "大奖", "头奖", "一等奖", "二等奖", "发财", "中个" };
static const char *const CHAT_ADVICE[] = { "多穿", "添衣", "加衣", "带伞", "带把伞", "防晒", "防暑", "保暖", "降温" };
/* the weather told (明天晴，有小雨): one-character 晴 stands alone, 晴天 and 晴朗 are its words */
static const char *const CHAT_WEATHER[] = { "晴", "晴天", "晴朗", "下雨", "有雨", "小雨", "中雨", "大雨", "阵雨",
                                            "雷阵雨", "阴天", "多云", "下雪", "有雪", "刮风", "大风" };
/* the results told (开奖结果是…, 昨天开的是…), not the word 开奖 alone: 开奖信息我们查不到 turns the
 * matter down (calls22); agreeing with him joins the chat */
static const char *const CHAT_WORDS[] = { "号码是", "我也觉得", "开奖结果是", "开的是" };
/* calls36b: the draw's news told (昨天好像是开了个大奖, 开出了一等奖, 有人中了头奖), asserted, not named in a
 * pointer or a refusal (开没开大奖要看福彩中心的公告, 开奖结果我们这边查不到: cs_reply_asserts reads the stance) */
/* (news with its result only: a bare 开出 or 中了一等奖 also names the draw in a refusal or a pointer — 开出什么号我们
 * 这边查不到 / 中了一等奖的号码我们这里查不到 — which is the 特殊处理 5 turn, not chat: final36) */
static const char *const CHAT_DRAW[] = { "开了个大奖", "开了大奖", "开出了一等奖", "开出一等奖", "开出了大奖", "开出了头奖",
                                         "出了大奖", "爆了大奖", "有人中了" };

/* calls31 */
/* Agreement and laughter (是啊, 哈哈) join the chat where the agent goes on with the caller's matter
 * (哈哈，这个我也不知道; 是啊，最近天气怪), or where the reply never turns to the business. A nod alone
 * in its clause right before the turn (是啊，请问您有什么业务需要咨询吗？; 哈哈，不好意思，我们这是客服
 * 热线……) acknowledges him and turns at once, as 贵阳 §二(三) 特殊处理 5 asks: no chat. */
static const char *const CHAT_NODS[] = { "哈哈", "是啊", NULL };
#define NODS CHAT_NODS, sizeof CHAT_NODS / sizeof *CHAT_NODS - 1   /* (without the NULL word_in_list needs) */
/* what a clause holds that leads to the business: the question itself, the desk named, an address or
 * an apology before it */
static const char *const TURN_WORDS[] = { "请问", "业务", "咨询", "帮助", "帮您", "办理", "先生", "女士",
                                          "不好意思", "抱歉", "打扰", "热线", "客服", "专线", NULL };
/* a question about these turns the reply to the business (off_topic's ASK_TOPIC) */
static const char *const BUSINESS[] = { "业务", "咨询", "帮助", "帮忙", "帮", "需要", "办理", "事", "服务" };

/* 1 when clause t[a..b) is nods only (是啊是啊, 哈哈哈) and a particle or two */
static int nods_only(const uint32_t *t, size_t a, size_t b)
{
    static const char *const PARTICLES[] = { "啊", "呀", "嗯", "哦", "呢", "哈", NULL };
    size_t i = a, len;
    while (i < b) {
        if (word_in_list(t, b, i, CHAT_NODS, &len) || word_in_list(t, b, i, PARTICLES, &len)) i += len;
        else return 0;
    }
    return 1;
}

/* A clause holding the nod w that chats: it says more than the nod, or no clause leading to the
 * business follows it. */
static int nods_in_clause(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n,
                          const uint32_t *w, size_t wn, int *carry)
{
    (void)q; (void)carry;
    if (!clause_holds(t, a, b, w, wn)) return 0;
    if (!nods_only(t, a, b) || b >= n) return 1;
    size_t c = b + 1, len;
    while (c < n && !cs_is_break(t[c])) c++;
    for (size_t j = b + 1; j < c; j++)
        if (word_in_list(t, c, j, TURN_WORDS, &len)) return 0;
    return 1;
}

/* fix30c: 一度 / 两度 before a verb (线路一度中断: "for a moment"; 两度延误: "twice") is a word of its own,
 * an adverb, no temperature told: the lone numeral (none before it: 二十一度 is a temperature) with 度 is a
 * lexicon word and the clause goes on past 度 with no range or particle (一度左右, 才一度呢 are told). The
 * normal form holds 一 as 1, so the pair is looked up in Chinese. */
static int numeral_adverb(const cues *q, const uint32_t *t, size_t a, size_t b, size_t i)
{
    static const uint32_t HAN[10] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D };
    static const char *const TOLD_AFTER[] = { "左右", "上下", "多", "以", "的", "了", "吧", "呢", "啊", "呀", "哦", "哈", NULL };
    if (!q->lex || i <= a || i + 1 >= b || (i >= a + 2 && numeral_at(t[i - 2]))) return 0;
    uint32_t pair[2] = { t[i - 1], t[i] };
    if (pair[0] >= '0' && pair[0] <= '9') pair[0] = HAN[pair[0] - '0'];
    if (pair[0] == 0x4E8C) pair[0] = 0x4E24;   /* 两度, not 二度 */
    size_t wl;
    return cs_lexicon_freq(q->lex, pair, 2) > 0 && !word_in_list(t, b, i + 1, TOLD_AFTER, &wl);
}

/* A clause, no question, that tells a temperature: a numeral before 度 (二十多度, 30度, 20摄氏度), never
 * 度 in 额度 or 进度, nor 几度 asked. The word searched for is 度 (w). */
static int temperature_in_clause(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n,
                                 const uint32_t *w, size_t wn, int *carry)
{
    (void)carry;
    if (wn != 1 || clause_asks(q, t, a, b, n)) return 0;
    for (size_t i = a + 1; i < b; i++) {
        if (t[i] != w[0]) continue;
        size_t j = i;
        if (j >= a + 2 && t[j - 2] == 0x6444 && t[j - 1] == 0x6C0F) j -= 2;  /* 摄氏 */
        if (j > a + 1 && (t[j - 1] == 0x591A || t[j - 1] == 0x6765)) j--;    /* 多, 来 */
        /* calls33: 三十几度 / 十几度 tells a temperature as 二十多度 does; 几 after a numeral is "some",
         * never the question 几度 (no numeral before it) */
        else if (j > a + 1 && t[j - 1] == 0x51E0 && numeral_at(t[j - 2])) j--;   /* 几 */
        if (j == i && numeral_adverb(q, t, a, b, i)) continue;
        if (j > a && numeral_at(t[j - 1])) return 1;
    }
    return 0;
}

int cs_reply_chats(const cs_phrase_bank *bank, const char *text)
{
    if (!text) return 0;
    static const char *const DEGREE[] = { "度" };
    int rc = cs_reply_wishes(bank, text, LIST(CHAT_WIN));
    if (rc == 0) rc = cs_reply_asserts(bank, text, LIST(CHAT_ADVICE));
    if (rc == 0) rc = cs_reply_asserts(bank, text, LIST(CHAT_WEATHER));
    if (rc == 0) rc = reply_clause_search(bank, text, LIST(DEGREE), temperature_in_clause);
    if (rc == 0) rc = cs_reply_mentions_read(bank, text, LIST(CHAT_WORDS));
    if (rc == 0) rc = cs_reply_asserts(bank, text, LIST(CHAT_DRAW));
    if (rc != 0) return rc;
    int turns = cs_reply_asks(bank, text, LIST(BUSINESS));
    if (turns < 0) return -1;
    if (!turns) return cs_reply_mentions_read(bank, text, NODS);
    return reply_clause_search(bank, text, NODS, nods_in_clause);
}

/* --- asking about a topic --------------------------------------------------------------------- *
 * A clause asks when it is a question by its form, in any of the ways people ask: a question mark
 * or a final particle (吗, 呢, 么), a question word (几, 多少, 什么, 啥, 哪, 谁, 怎么, 怎样, 如何,
 * 多大, 多久), a whether-frame (是否, 能否, 有没有, 能不能 …) or an asking frame (请问, 想了解,
 * 想知道, 问一下, 方便说, 能说说): 国家职业技能标准 3.1 2.2.1 通过提问技巧获取客户需求 names the
 * skill, not the words. A clause that only frames the question (请问，/ 想了解一下，) carries it to
 * the clause after it. */

/* The agent noting the caller's answer at t[j] (我记一下, 我了解一下), not a statement of what the
 * agent knows (我记得有, 我了解到有: the 有 is ours). Reviewer final21 item 1. */
static int noting_at(const cues *q, const uint32_t *t, size_t j, size_t i)
{
    size_t e = cue_at(t, j, i, &q->noting);
    if (!e) return 0;
    return e >= i || (t[e] != 0x5F97 && t[e] != 0x5230); /* 得 到 */
}

/* 1 if the 有 ending just before t[i] is the agent's own (我们现在有几个方案: "we have a few"): the
 * nearest person word before it in clause [a, i) is 我 or 咱们这边 (not 我记一下, the agent noting the
 * answer), not 您/你/家/咱 (您家有几口人 asks). The
 * trainee does not ask the caller how many plans the trainee's own side has. */
static int have_is_ours(const cues *q, const uint32_t *t, size_t a, size_t i)
{
    if (!cue_before(t, a, i, &q->have)) return 0;
    for (size_t j = i - 1; j-- > a;) {
        if (noting_at(q, t, j, i)) return 0;
        if (cue_at(t, j, i, &q->ours)) return 1; /* first: 咱们这边 is ours before 咱 is theirs */
        if (cue_at(t, j, i, &q->theirs)) return 0;
    }
    return 0;
}

/* 几 as a question word (几口人, 几个人), not as "a few" (这几个, 好几个, 十几, 几乎), nor as the few
 * things the agent offers or has (给您推荐几个, 我们有几个续约方案): a statement of the offer asks the
 * caller nothing (国家职业技能标准 3.1 2.2.1 通过提问技巧获取客户需求). */
static int asks_how_many(const cues *q, const uint32_t *t, size_t a, size_t i, size_t b)
{
    if (!cue_at(t, i, b, &q->ji)) return 0;
    if (cue_at(t, i + 1, b, &q->hu)) return 0;
    if (cue_before(t, a, i, &q->offer) || have_is_ours(q, t, a, i)) return 0;
    return !cue_before(t, a, i, &q->before);
}

/* 1 if clause t[a..b) (ended by t[b], a break, or b == n) asks by its form. */
static int clause_is_question(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n)
{
    if (clause_asks(q, t, a, b, n) || english_question(t, a, b)) return 1;
    for (size_t i = a; i < b; i++) {
        if (cue_at(t, i, b, &q->tell) && cue_before(t, a, i, &q->to_caller)) continue;
        if (cue_at(t, i, b, &q->words) || asks_how_many(q, t, a, i, b)) return 1;
        /* A不A / A没A (有没有, 是不是, 用不用) */
        if (i + 2 < b && cue_at(t, i + 1, b, &q->neg) && t[i + 2] == t[i]) return 1;
    }
    return 0;
}

/* 1 if clause t[a..b) is only a frame for the question after it (请问，/ 想了解一下，/ 冒昧问一下，). */
static int clause_frames_only(const cues *q, const uint32_t *t, size_t a, size_t b)
{
    if (b - a > 8) return 0;
    for (size_t i = a; i < b; i++)
        if (cue_at(t, i, b, &q->only)) return 1;
    return 0;
}

static int clause_holds(const uint32_t *t, size_t a, size_t b, const uint32_t *w, size_t wn)
{
    for (size_t i = a; wn > 0 && i + wn <= b; i++)
        if (cps_equal(t + i, w, wn) && cs_rq_whole_word(t + a, b - a, i - a, wn)) return 1;
    return 0;
}

/* A clause that asks (by its form, or framed by the clause before it: 请问，) and holds the word;
 * *carry: this clause only frames the question of the next. */
static int asks_in_clause(const cues *q, const uint32_t *t, size_t a, size_t b, size_t n,
                          const uint32_t *w, size_t wn, int *carry)
{
    int asks = *carry || clause_is_question(q, t, a, b, n);
    *carry = clause_frames_only(q, t, a, b) && !(b < n && t[b] == CS_NORM_QBREAK);
    return asks && clause_holds(t, a, b, w, wn);
}

int cs_reply_asks(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words)
{
    return reply_clause_search(bank, text, words, n_words, asks_in_clause);
}

/* --- recommending one of several options ----------------------------------------------------- *
 * A hesitant caller asks 我也不知道是退货好还是换货好，你觉得呢？: the advice she needs (国家职业技能标准
 * 3.2 2.2.1 区分客户类型，采用对应的受理方法) is one option put forward, not the options listed and
 * the choice handed back (退货、换货都可以，看您). An option is recommended in a clause that holds
 * it and a cue of advice (建议, 推荐, 最好, 更快 …; a clause of the cue alone, 我建议，, carries it
 * to the next) and no other option, or holds two with 比 between them (换货比退货快: the first,
 * a comparison being advice by itself).
 * A negated cue (不建议) recommends nothing. */
static int recommend_cues(cue_list *cue, cue_list *neg)
{
    static const char *const CUE[] = { "建议", "推荐", "最好", "比较好", "更好", "更合适", "更快", "更方便",
                                       "更省心", "更省事", "更划算", "划算", "不如", "我看", "我觉得", "个人觉得",
                                       "首选", "优先考虑", "适合您", "省心", "省事", "倾向",
                                       "最合适", "最适合" };
    static const char *const NEG[] = { "不", "别", "没" };
    return cue_list_set(cue, LIST(CUE)) || cue_list_set(neg, LIST(NEG)) ? -1 : 0;
}

/* The first place in clause t[a..b) where a word of option o (words[k] with option[k] == o) stands
 * whole, or b when none does. */
static size_t option_at(const uint32_t *t, size_t a, size_t b, uint32_t *const *w, const size_t *wn,
                        const size_t *option, size_t n_words, size_t o)
{
    size_t first = b;
    for (size_t k = 0; k < n_words; k++) {
        if (option[k] != o || !w[k] || !wn[k]) continue;
        for (size_t i = a; i + wn[k] <= b && i < first; i++)
            if (cps_equal(t + i, w[k], wn[k]) && cs_rq_whole_word(t + a, b - a, i - a, wn[k])) first = i;
    }
    return first;
}

/* 1 when clause t[a..b) holds a cue of advice not negated just before it. */
static int clause_advises(const cue_list *cue, const cue_list *neg, const uint32_t *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (cue_at(t, i, b, cue) && !cue_before(t, a, i, neg)) return 1;
    return 0;
}

/* The option (1-based) clause t[a..b) recommends, 0 none, when advised; SIZE_MAX when it holds no option. */
static size_t clause_recommends(const uint32_t *t, size_t a, size_t b, uint32_t *const *w, const size_t *wn,
                                const size_t *option, size_t n_words, size_t n_options, int advised)
{
    size_t pick = 0, at = b, held = 0;
    int compared_any = 0;
    uint32_t bi = 0x6BD4; /* 比 */
    for (size_t o = 1; o <= n_options; o++) {
        size_t i = option_at(t, a, b, w, wn, option, n_words, o);
        if (i == b) continue;
        held++;
        if (held == 1) { pick = o; at = i; continue; }
        /* two options: the one before 比 is favoured (换货比退货快), else no choice made */
        size_t lo = i < at ? i : at, hi = i < at ? at : i, fav = i < at ? o : pick;
        int compared = 0;
        for (size_t k = lo; k < hi; k++) if (t[k] == bi) compared = 1;
        pick = compared ? fav : 0;
        compared_any |= compared;
        at = lo;
    }
    if (!held) return SIZE_MAX;
    /* a comparison between them (换货比退货快) is advice by itself */
    return advised || compared_any ? pick : 0;
}

/* calls32b: 1 when clause t[a..b) names one option only, right after 比 or 比起 (我建议您换货，比退货
 * 省心): the option the one put forward in the clause before is weighed against, not a second pick —
 * the comparison with its subject left out (国家职业技能标准 3.2 2.2.1 采用对应的受理方法: the advice
 * given, its reason after it). */
static int clause_only_weighed(const uint32_t *t, size_t a, size_t b, uint32_t *const *w, const size_t *wn,
                               const size_t *option, size_t n_words, size_t n_options)
{
    const uint32_t bi = 0x6BD4, qi = 0x8D77; /* 比 起 */
    size_t named = 0, at = b;
    for (size_t o = 1; o <= n_options; o++) {
        size_t i = option_at(t, a, b, w, wn, option, n_words, o);
        if (i < b) { named++; at = i; }
    }
    if (named != 1) return 0;
    return (at > a && t[at - 1] == bi) || (at > a + 1 && t[at - 2] == bi && t[at - 1] == qi);
}

/* The end of the last place in t[a..b) where a word of option o stands whole, its start in *at;
 * 0 when none does. */
static size_t option_last(const uint32_t *t, size_t a, size_t b, uint32_t *const *w, const size_t *wn,
                          const size_t *option, size_t n_words, size_t o, size_t *at)
{
    size_t end = 0;
    for (size_t k = 0; k < n_words; k++) {
        if (option[k] != o || !w[k] || !wn[k]) continue;
        for (size_t i = a; i + wn[k] <= b; i++)
            if (cps_equal(t + i, w[k], wn[k]) && cs_rq_whole_word(t + a, b - a, i - a, wn[k]) && i + wn[k] > end) {
                end = i + wn[k];
                *at = i;
            }
    }
    return end;
}

/* 1 when the word at t[p] is joined to a word before it as one more item of a list (A和B, A或B,
 * A或者B, A还是B, A以及B, A与B, A跟B, A及B): listed, not singled out. */
static int listed_with_before(const uint32_t *t, size_t a, size_t p)
{
    static const uint32_t ONE[] = { 0x548C, 0x6216, 0x4E0E, 0x8DDF, 0x53CA };   /* 和 或 与 跟 及 */
    if (p > a)
        for (size_t k = 0; k < sizeof ONE / sizeof *ONE; k++) if (t[p - 1] == ONE[k]) return 1;
    return p >= a + 2 && ((t[p - 2] == 0x6216 && t[p - 1] == 0x8005)       /* 或者 */
                          || (t[p - 2] == 0x8FD8 && t[p - 1] == 0x662F)    /* 还是 */
                          || (t[p - 2] == 0x4EE5 && t[p - 1] == 0x53CA));  /* 以及 */
}

/* A clause that names several options and one cue of advice (三个方案里我推荐B, A、B、C里B最适合您):
 * the offers listed first are the list, the one the cue points at is the advice (国家职业技能标准
 * 3.1 2.2.2 结合客户需求提供服务方案: the plan put forward, not the first one named). The cue points
 * forward at the one option after its last use (推荐您办B); two after it (建议您退货或换货) are
 * none. A cue after every option (B最适合您, B更划算) points back at the nearest one, unless that one
 * is joined to another as a list (退货和换货都更省心). 0 when no one option is pointed at. */
static size_t clause_governed_option(const uint32_t *t, size_t a, size_t b, uint32_t *const *w, const size_t *wn,
                                     const size_t *option, size_t n_words, size_t n_options,
                                     const cue_list *cue, const cue_list *neg)
{
    size_t c = b, ce = 0;
    for (size_t i = a; i < b; i++) {
        size_t e = cue_at(t, i, b, cue);
        if (e && !cue_before(t, a, i, neg)) { c = i; ce = e; }
    }
    if (c == b) return 0;
    size_t after = 0, n_after = 0, near = 0, near_end = 0, near_at = 0;
    for (size_t o = 1; o <= n_options; o++) {
        if (option_at(t, ce, b, w, wn, option, n_words, o) < b) { after = o; n_after++; }
        size_t at = 0, end = option_last(t, a, c, w, wn, option, n_words, o, &at);
        if (end > near_end) { near = o; near_end = end; near_at = at; }
    }
    if (n_after) return n_after == 1 ? after : 0;
    return near && !listed_with_before(t, a, near_at) ? near : 0;
}

/* The reply as marked code points (cs_normalize_marked) after traditional → simplified: the form every
 * clause-by-clause reading here walks. Returns the count, or (size_t)-1 out of memory; *t is the
 * caller's to free. */
static size_t marked_simplified(const cs_phrase_bank *bank, const char *text, uint32_t **t)
{
    char *simple = cs_reply_simplified(bank, text);
    if (!simple) return (size_t)-1;
    size_t n = cs_normalize_marked(simple, t);
    free(simple);
    return n;
}

int cs_reply_walk_clauses(const cs_phrase_bank *bank, const char *text, cs_reply_clause_fn test, void *ctx)
{
    if (!text) return 0;
    uint32_t *t;
    size_t n = marked_simplified(bank, text, &t);
    if (n == (size_t)-1) return -1;
    int found = 0;
    for (size_t a = 0; a < n && found == 0;) {
        size_t b = a;
        while (b < n && !cs_is_break(t[b])) b++;
        found = test(t, a, b, n, ctx);
        a = b + 1;
    }
    free(t);
    return found;
}

size_t cs_reply_recommends(const cs_phrase_bank *bank, const char *text, const char *const *words,
                           const size_t *option, size_t n_words, size_t n_options)
{
    if (!text || !words || !option || n_words == 0) return 0;
    cue_list cue, neg;
    if (recommend_cues(&cue, &neg)) return (size_t)-1;
    uint32_t *t;
    size_t n = marked_simplified(bank, text, &t);
    if (n == (size_t)-1) return (size_t)-1;
    uint32_t **w = calloc(n_words, sizeof *w);
    size_t *wn = calloc(n_words, sizeof *wn);
    size_t result = w && wn ? 0 : (size_t)-1;
    for (size_t k = 0; result == 0 && k < n_words; k++) {
        if (!words[k] || !*words[k]) continue;
        char *ws = cs_reply_simplified(bank, words[k]);
        wn[k] = ws ? cs_normalize_cps(ws, &w[k]) : (size_t)-1;
        free(ws);
        if (wn[k] == (size_t)-1) { wn[k] = 0; w[k] = NULL; result = (size_t)-1; }
    }
    size_t chosen = 0;
    int carry = 0, mixed = 0;
    for (size_t a = 0; result == 0 && a < n;) {
        size_t b = a;
        while (b < n && !cs_is_break(t[b])) b++;
        if (chosen && clause_only_weighed(t, a, b, w, wn, option, n_words, n_options)) { carry = 0; a = b + 1; continue; }
        int advised = carry || clause_advises(&cue, &neg, t, a, b);
        size_t pick = clause_recommends(t, a, b, w, wn, option, n_words, n_options, advised);
        if (pick == 0) pick = clause_governed_option(t, a, b, w, wn, option, n_words, n_options, &cue, &neg);
        /* 我建议，/ 建议您： — the cue alone frames the advice of the next clause */
        carry = pick == SIZE_MAX && advised && b - a <= 6;
        if (pick != SIZE_MAX && pick != 0) {
            if (chosen && chosen != pick) mixed = 1;
            chosen = pick;
        }
        a = b + 1;
    }
    for (size_t k = 0; w && k < n_words; k++) free(w[k]);
    free(w);
    free(wn);
    free(t);
    if (result) return result;
    return mixed ? 0 : chosen;
}

int cs_prepared_taboo(cs_prepared *p, cs_match *out)
{
    cs_match tmp;
    if (!out) out = &tmp;
    if (cs_prepared_match(p, "taboo", out) != 0) {
        memset(out, 0, sizeof *out);
        return 0;
    }
    return out->match != 0;
}

int cs_reply_taboo(const cs_phrase_bank *bank, const char *text, cs_match *out)
{
    if (!bank || !text) {
        if (out) memset(out, 0, sizeof *out);
        return 0;
    }
    cs_prepared *p = cs_prepare_reply(bank, text);
    int rc = cs_prepared_taboo(p, out);
    cs_prepared_free(p);
    return rc;
}

int cs_reply_retaliates(const cs_phrase_bank *bank, const char *text)
{
    cs_match m;
    return cs_reply_taboo(bank, text, &m) && m.insult;
}

int cs_reply_is_phrase(const cs_phrase_bank *bank, const char *category, const char *text, cs_match *out)
{
    if (!text) { memset(out, 0, sizeof *out); return 0; }
    if (!bank || !category || !cs_bank_has_category(bank, category)) { memset(out, 0, sizeof *out); return -1; }
    cs_prepared *p = cs_prepare_reply(bank, text);
    int rc = cs_prepared_is_phrase(p, category, out);
    cs_prepared_free(p);
    return rc;
}

int cs_prepared_is_phrase(cs_prepared *p, const char *category, cs_match *out)
{
    if (cs_prepared_match(p, category, out) != 0) return -1;
    if (!out->match || strcmp(category, "taboo") == 0) return out->match;
    cs_match t;
    if (!cs_prepared_taboo(p, &t)) return 1;
    /* said rudely: not the phrase, and the verdict says why, with the judgement's own certainty */
    out->match = 0;
    out->said_rudely = 1;
    out->n_taboo = t.n_taboo;
    memcpy(out->taboo, t.taboo, sizeof out->taboo);
    out->insult_hits = t.insult_hits;
    out->insult = t.insult;
    out->reason = t.reason ? t.reason : "taboo";
    out->reason_label = t.reason_label ? t.reason_label : "使用了禁忌语";
    out->confidence = t.confidence;
    if (t.n_words) {
        out->n_words = t.n_words;
        memcpy(out->words, t.words, sizeof out->words);
    }
    return 0;
}

char *cs_reply_simplified(const cs_phrase_bank *bank, const char *text)
{
    if (!text) return NULL;
    char *simple = bank && bank->hanconv ? cs_hanconv_t2s(bank->hanconv, text) : cs_g_strdup(text);
    if (!simple || !bank) return simple;
    /* fix30c: and in the everyday register, as the phrase matcher reads it (register.h: 烦请 → 麻烦,
     * 无从 → 没法), so a call's queries hear what its phrase items hear */
    cs_register_note notes[CS_REGISTER_MAX_NOTES];
    size_t n_notes = 0;
    char *everyday;
    int rc = cs_register_read(bank->reg, simple, notes, &n_notes, &everyday);
    if (rc == 0 && !everyday) return simple;
    free(simple);
    return everyday;   /* NULL when out of memory, as documented */
}

static int mentions_read(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words,
                         int stated, int slips)
{
    if (!text) return 0;
    char *t = cs_reply_simplified(bank, text);
    const char **w = calloc(n_words ? n_words : 1, sizeof *w);
    int rc = t && w ? 0 : -1;
    size_t made = 0;
    for (; rc == 0 && made < n_words; made++) {
        w[made] = words[made] ? cs_reply_simplified(bank, words[made]) : NULL;
        if (words[made] && !w[made]) rc = -1;
    }
    if (rc == 0) rc = mentions_with(slips ? bank : NULL, t, w, n_words, stated);
    for (size_t k = 0; w && k < made; k++) free((char *)w[k]);
    free(w);
    free(t);
    return rc;
}

int cs_reply_mentions_read(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words)
{
    return mentions_read(bank, text, words, n_words, 0, 0);
}

int cs_reply_mentions_typed(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words)
{
    return mentions_read(bank, text, words, n_words, 0, 1);
}

int cs_reply_states_read(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words)
{
    return mentions_read(bank, text, words, n_words, 1, 0);
}

/* The clauses t[a..b) joined without their breaks, as UTF-8 (malloc'd). */
static char *clauses_text(const uint32_t *t, size_t a, size_t b)
{
    char *s = malloc((b - a) * 4 + 1);
    if (!s) return NULL;
    size_t len = 0;
    for (size_t i = a; i < b; i++)
        if (t[i] != CS_NORM_BREAK) len += cs_utf8_put(t[i], s + len);
    s[len] = '\0';
    return s;
}

int cs_reply_says_count(const cs_phrase_bank *bank, const char *category, const char *text)
{
    if (!text) return 0;
    if (!bank || !category || !cs_bank_has_category(bank, category)) return -1;
    cs_prepared *p = cs_prepare_reply(bank, text);
    int rc = cs_prepared_says_count(p, category);
    cs_prepared_free(p);
    return rc;
}

static int says_count(cs_prepared *p, const char *category, int polite);

int cs_prepared_says_count(cs_prepared *p, const char *category) { return says_count(p, category, 1); }

int cs_reply_holds_count(const cs_phrase_bank *bank, const char *category, const char *text)
{
    if (!text) return 0;
    if (!bank || !category || !cs_bank_has_category(bank, category)) return -1;
    cs_prepared *p = cs_prepare_reply(bank, text);
    int rc = p ? says_count(p, category, 0) : -1;
    cs_prepared_free(p);
    return rc;
}

/* The clauses of text on the normal form: *t (malloc'd), clause i is t[starts[i] .. starts[i+1]-1),
 * *ns of them (at most 255). (size_t)-1 when out of memory. */
static size_t clause_starts(const char *text, uint32_t **t, size_t starts[256], size_t *ns)
{
    size_t n = cs_normalize_clauses(text, t);
    if (n == (size_t)-1) return n;
    *ns = 0;
    for (size_t i = 0; i < n && *ns < 255; i++)
        if (i == 0 || (*t)[i - 1] == CS_NORM_BREAK) starts[(*ns)++] = i;
    starts[*ns] = n + 1;
    return n;
}

/* fix30c: clauses t[a..b) as UTF-8 with each break a comma (malloc'd: the tone rules and model read
 * clause by clause), or NULL out of memory. */
static char *clauses_comma_text(const uint32_t *t, size_t a, size_t b)
{
    char *s = malloc((b - a) * 4 + 1);
    if (!s) return NULL;
    size_t len = 0;
    for (size_t i = a; i < b; i++) len += cs_utf8_put(t[i] == CS_NORM_BREAK ? 0xFF0C : t[i], s + len);
    s[len] = '\0';
    return s;
}

/* fix30c: 1 when clauses 0..i of t chat along with the caller (cs_reply_chats) and the clauses from i on
 * hold no 禁忌语 (not even the tone model's), -1 out of memory */
static int chat_then_clean(const cs_phrase_bank *bank, const uint32_t *t, const size_t *starts, size_t ns, size_t i)
{
    if (i == 0) return 0;
    char *before = clauses_comma_text(t, starts[0], starts[i] - 1);
    int chat = before ? cs_reply_chats(bank, before) : -1;
    free(before);
    if (chat <= 0) return chat;
    char *after = clauses_comma_text(t, starts[i], starts[ns] - 1);
    if (!after) return -1;
    int rude = cs_reply_taboo(bank, after, NULL);
    free(after);
    return !rude;
}

/* polite: a reply with a 禁忌语 says no phrase (cs_reply_says_count); else rudeness is not asked */
static int says_count(cs_prepared *p, const char *category, int polite)
{
    cs_match m;
    if (cs_prepared_match(p, category, &m) != 0) return -1;
    /* a reply said rudely says no phrase, however many it holds (cs_reply_is_phrase); unless the 禁忌语
     * lies in clauses before the phrase that chat along with the caller (哈哈，您真会下棋……请问您有业务
     * 需要咨询吗？; fix30c for the tone model's flag, calls31 for a rule's: 哈哈，那个号我也不知道。请问……):
     * they answer the chat, not the step, and cost courtesy and focus; the phrase said after them in
     * clauses of its own stands (贵阳 T-GSOCCIA 001—2020 §二(三) 特殊处理 5, §二(二) 2.1) */
    int flagged = 0;
    if (polite && strcmp(category, "taboo") != 0) {
        cs_match t;
        flagged = cs_prepared_taboo(p, &t) != 0;
    }
    int whole = m.match != 0 && !flagged;
    const cs_phrase_bank *bank = cs_prepared_bank(p);
    uint32_t *t;
    size_t starts[256], ns;
    if (clause_starts(cs_prepared_text(p), &t, starts, &ns) == (size_t)-1) return -1;
    int count = 0;
    for (size_t i = 0; i < ns;) {
        size_t took = 0;
        for (size_t len = 1; len <= 4 && i + len <= ns && !took; len++) {
            char *s = clauses_text(t, starts[i], starts[i + len] - 1);
            if (!s) { free(t); return -1; }
            if (cs_match_phrase(bank, category, s, &m) == 0 && m.match) took = len;
            free(s);
        }
        int apart = took && flagged ? chat_then_clean(bank, t, starts, ns, i) : 1;
        if (apart < 0) { free(t); return -1; }
        if (!apart) took = 0;
        if (took) { count++; i += took; } else { i++; }
    }
    free(t);
    return count > 0 ? count : whole;
}

/* calls30 */
/* Where the runs of up to 4 clauses that are the phrase of category lie: the earliest end and the
 * latest start of such a run (clause indexes), *found 0 when there is none. -1 out of memory. */
static int phrase_runs(const cs_phrase_bank *bank, const char *category, const uint32_t *t, const size_t *starts,
                       size_t ns, int *found, size_t *min_end, size_t *max_start)
{
    *found = 0;
    *min_end = (size_t)-1;
    *max_start = 0;
    for (size_t i = 0; i < ns; i++)
        for (size_t len = 1; len <= 4 && i + len <= ns; len++) {
            char *s = clauses_text(t, starts[i], starts[i + len] - 1);
            if (!s) return -1;
            cs_match m;
            int hit = cs_match_phrase(bank, category, s, &m) == 0 && m.match;
            free(s);
            if (!hit) continue;
            *found = 1;
            if (i + len < *min_end) *min_end = i + len;
            if (i > *max_start) *max_start = i;
        }
    return 0;
}

int cs_reply_says_apart(const cs_phrase_bank *bank, const char *text, const char *first, const char *second)
{
    if (!text) return 0;
    if (!bank || !cs_bank_has_category(bank, first) || !cs_bank_has_category(bank, second)) return -1;
    uint32_t *t;
    size_t starts[256], ns, a_end, a_start, b_end, b_start;
    if (clause_starts(text, &t, starts, &ns) == (size_t)-1) return -1;
    int a = 0, b = 0;
    int rc = phrase_runs(bank, first, t, starts, ns, &a, &a_end, &a_start);
    if (rc == 0) rc = phrase_runs(bank, second, t, starts, ns, &b, &b_end, &b_start);
    free(t);
    if (rc < 0) return -1;
    /* two runs are apart when one ends before the other starts */
    return a && b && (a_end <= b_start || b_end <= a_start);
}

/* fix30c */
int cs_match_model_only(const cs_match *m)
{
    return m && m->n_taboo > 0 && m->reason && strcmp(m->reason, "tone.model") == 0;
}

/* The reply's 禁忌语 from clause `from` on (the clauses before it left out), as cs_reply_taboo: 1 when a
 * rule finds one there, 0 when none or only the tone model does, -1 out of memory. */
static int rule_taboo_from(const cs_phrase_bank *bank, const uint32_t *t, const size_t *starts, size_t ns, size_t from)
{
    char *s = clauses_comma_text(t, starts[from], starts[ns] - 1);
    if (!s) return -1;
    cs_match m;
    int rude = cs_reply_taboo(bank, s, &m) && !cs_match_model_only(&m);
    free(s);
    return rude;
}

/* The length of the shortest run of up to 4 clauses starting at clause i of t that is the phrase of
 * category, 0 when none, -1 out of memory. */
static int run_starts_at(const cs_phrase_bank *bank, const char *category, const uint32_t *t, const size_t *starts,
                         size_t ns, size_t i)
{
    for (size_t len = 1; len <= 4 && i + len <= ns; len++) {
        char *s = clauses_text(t, starts[i], starts[i + len] - 1);
        if (!s) return -1;
        cs_match m;
        int hit = cs_match_phrase(bank, category, s, &m) == 0 && m.match;
        free(s);
        if (hit) return (int)len;
    }
    return 0;
}

int cs_reply_rude_at_phrase(const cs_phrase_bank *bank, const char *category, const char *text)
{
    if (!text) return 0;
    if (!bank || !category || !cs_bank_has_category(bank, category)) return -1;
    cs_match whole;
    if (!cs_reply_taboo(bank, text, &whole) || cs_match_model_only(&whole)) return 0;
    uint32_t *t;
    size_t starts[256], ns;
    if (clause_starts(text, &t, starts, &ns) == (size_t)-1) return -1;
    /* where the phrase starts: the run that ends first, the shortest of those (a run may take in a
     * clause before the phrase as a word between its parts); none (the phrase only in the reply read
     * whole): clause 0 */
    size_t first = 0, end = (size_t)-1;
    int rc = 0;
    for (size_t i = 0; i < ns && rc >= 0; i++) {
        rc = run_starts_at(bank, category, t, starts, ns, i);
        if (rc > 0 && i + (size_t)rc <= end) { first = i; end = i + (size_t)rc; }
    }
    if (rc >= 0) rc = rule_taboo_from(bank, t, starts, ns, first);
    /* the rule's 禁忌语 only before the phrase: aimed at the step (没业务就别占着热线了，如果没有业务需要
     * 咨询，再见！), unless those clauses chat along with the caller (cs_reply_chats: 祝您中大奖), a
     * matter the focus item and courtesy judge */
    if (rc == 0 && first > 0) {
        char *before = clauses_comma_text(t, starts[0], starts[first] - 1);
        int chat = before ? cs_reply_chats(bank, before) : -1;
        free(before);
        rc = chat < 0 ? -1 : !chat;
    }
    free(t);
    return rc;
}

int cs_reply_checks_back(const cs_phrase_bank *bank, const char *text)
{
    if (!text) return 0;
    int thanks = cs_reply_says_count(bank, "hold_after", text);
    if (thanks <= 0) return thanks;
    cs_match m;
    char err[128];
    int again = cs_mentions(bank, text, "稍等|稍候|再等|等一下|等一等|等等", 0, &m, err, sizeof err);
    return again < 0 ? -1 : again;
}

/* --- asking the caller to repeat ------------------------------------------------------------- */

/* Asking the caller to say it again (国家职业技能标准 3.2 2.3.1: a case handed over is taken over,
 * the customer does not tell it twice). 重复 only as the act of saying again (重复一遍, 不用再重复了),
 * never 重复扣费 / 重复来电 (a thing done twice). */
#define REPEAT_ACT "再说一遍|再说一次|再说一下|再说说|再讲一遍|再讲一次|再讲一下|再讲讲|说一遍|讲一遍|" \
    "重新说|重新讲|重新描述|重新叙述|再描述|再叙述|复述|从头说|从头讲|再跟我说|再跟我讲|再和我说|" \
    "再给我说|再给我讲|再告诉我|重复一遍|重复一下|重复一次|重复说|重复讲|重复描述|重复叙述|重复您|" \
    "重复你|重复问题|重复情况|重复给|重复向|重复了|重复吗|重复呢|重复啦|重复啊"
/* 不用再说了 / 不必再讲: said again, only when negated (再说 alone is also 'besides') */
#define REPEAT_SPARED REPEAT_ACT "|再说|再讲"
/* asking for the story as if it had not been told: 请问是什么问题？您遇到了什么情况？ */
#define STORY_ASK "什么问题|怎么回事|什么情况|什么事|出了什么|遇到了什么|遇到什么|哪里有问题|哪里出问题"
/* the agent saying it again themselves, or stating what they already know */
#define OWN_REPEAT "我再*重复|我再*说一遍|我再*讲一遍|为您*重复|给您*重复|跟您*重复|向您*重复|" \
    "为您*说一遍|给您*说一遍|跟您*说一遍|为您*讲一遍|给您*讲一遍|跟您*讲一遍|为您*复述|给您*复述"
#define KNOWN "知道|了解|清楚|明白|掌握|看到|收到|记录"

/* 1 if clause (UTF-8) mentions alts as cs_mentions does (negated occurrences too when
 * count_negated), 0 if not, -1 on error. */
static int clause_mentions(const cs_phrase_bank *bank, const char *clause, const char *alts, int count_negated)
{
    cs_match m;
    char err[128];
    return cs_mentions(bank, clause, alts, count_negated, &m, err, sizeof err);
}

/* One clause: 1 asks, 2 spares (a negated repeat only), 0 neither, -1 on error. */
static int clause_asks_repeat(const cs_phrase_bank *bank, const char *clause, size_t bytes)
{
    int own = clause_mentions(bank, clause, OWN_REPEAT, 1);
    if (own) return own < 0 ? -1 : 0;
    int act = clause_mentions(bank, clause, REPEAT_ACT, 0);
    if (act) return act < 0 ? -1 : 1;
    /* clause-final 重复 (您再重复): the act, whatever the particles */
    if (bytes >= 6 && strcmp(clause + bytes - 6, "重复") == 0) {
        int plain = clause_mentions(bank, clause, "重复", 0);
        if (plain) return plain < 0 ? -1 : 1;
        int any = clause_mentions(bank, clause, "重复", 1);
        if (any) return any < 0 ? -1 : 2;
    }
    int spared = clause_mentions(bank, clause, REPEAT_SPARED, 1);
    if (spared) return spared < 0 ? -1 : 2;
    int story = clause_mentions(bank, clause, STORY_ASK, 0);
    if (story <= 0) return story;
    int known = clause_mentions(bank, clause, KNOWN, 0);
    return known < 0 ? -1 : known ? 0 : 1;
}

int cs_reply_asks_repeat(const cs_phrase_bank *bank, const char *text)
{
    if (!text) return 0;
    if (!bank) return -1;
    char *simple = cs_reply_simplified(bank, text);
    if (!simple) return -1;
    uint32_t *t;
    size_t n = cs_normalize_clauses(simple, &t);
    free(simple);
    if (n == (size_t)-1) return -1;
    int verdict = 0;
    for (size_t a = 0; a <= n && verdict != 1;) {
        size_t b = a;
        while (b < n && t[b] != CS_NORM_BREAK) b++;
        if (b > a) {
            char *c = clauses_text(t, a, b);
            if (!c) { free(t); return -1; }
            int v = clause_asks_repeat(bank, c, strlen(c));
            free(c);
            if (v < 0) { free(t); return -1; }
            if (v > verdict || v == 1) verdict = v;
        }
        a = b + 1;
    }
    free(t);
    return verdict;
}

/* --- money ------------------------------------------------------------------------------------- */

/* Verbs that give the caller money. A grader list (not a scenario's): the amount must follow one
 * in the same clause. */
static const char *const GIVE[] = { "赔", "补偿", "退", "返", "送", "给您", "给你", "奖励", "报销",
                                    "承担", "补贴", "减免", "免", "红包", NULL };
/* Negations right before the verb: 不能赔 promises nothing. */
static const char *const NOT[] = { "不", "没", "无法", "不能", "不会", "不可以", NULL };
static const char *const UNITS[] = { "元", "块", "圆", "rmb", NULL };
/* Verbs after which a bare number can only be money (赔您500). */
static const char *const COMPENSATE[] = { "赔偿", "赔", "补偿", NULL };

/* The word is read in the reply's normal form: a hand-written word holding a numeral (八成是, 一等奖)
 * matches the reply, whose normal form holds 八 as 8 (calls33). */
static int cps_word_at(const uint32_t *t, size_t n, size_t i, const char *word, size_t *wlen)
{
    const char *p = word;
    size_t k = 0;
    while (*p) {
        uint32_t c = cs_normalize_cp(cs_utf8_next(&p));
        if (!c) continue;
        if (i + k >= n || t[i + k] != c) return 0;
        k++;
    }
    *wlen = k;
    return 1;
}

static int word_in_list(const uint32_t *t, size_t n, size_t i, const char *const *list, size_t *wlen)
{
    for (size_t k = 0; list[k]; k++)
        if (cps_word_at(t, n, i, list[k], wlen)) return 1;
    return 0;
}

/* A negation ends right before position i. */
static int negated(const uint32_t *t, size_t n, size_t i)
{
    for (size_t k = 0; NOT[k]; k++) {
        size_t wl = cs_utf8_len(NOT[k]), got;
        if (wl <= i && cps_word_at(t, n, i - wl, NOT[k], &got)) return 1;
    }
    return 0;
}

static int numeral_unit(uint32_t c, double *unit)
{
    switch (c) {
    case 0x5341: *unit = 10; return 1;        /* 十 */
    case 0x767E: *unit = 100; return 1;       /* 百 */
    case 0x5343: *unit = 1000; return 1;      /* 千 */
    case 0x4E07: *unit = 1e4; return 1;       /* 万 */
    case 0x4EBF: *unit = 1e8; return 1;       /* 亿 */
    default: return 0;
    }
}

/* Parses an amount at t[i]: digits (already ASCII in the normal form) mixed with 十百千万亿, and
 * 两 for 2. It must start with a digit, 两 or 十, so 万分 and 千万 are no amounts. Returns the
 * length read (0: no number) and the value in *v. */
static size_t parse_amount(const uint32_t *t, size_t n, size_t i, double *v)
{
    double total = 0, section = 0, num = 0, unit;
    int had_digit = 0, prev_digit = 0;
    size_t k = i;
    if (k >= n || !(is_digit(t[k]) || t[k] == 0x4E24 || t[k] == 0x5341)) return 0;
    for (; k < n; k++) {
        uint32_t c = t[k];
        if (is_digit(c) || c == 0x4E24) {
            double d = c == 0x4E24 ? 2 : (double)(c - '0');
            num = prev_digit ? num * 10 + d : d;
            had_digit = prev_digit = 1;
        } else if (numeral_unit(c, &unit)) {
            if (unit >= 1e4) {
                section = (section + num) * unit;
                total += section;
                section = 0;
            } else {
                section += (num == 0 && !had_digit ? 1 : num) * unit;
            }
            num = 0;
            prev_digit = 0;
            had_digit = 1;
        } else {
            break;
        }
    }
    *v = total + section + num;
    return k - i;
}

/* The largest amount promised in one clause t[0..n). */
static double clause_money(const uint32_t *t, size_t n)
{
    double best = 0;
    int giving = 0, give_end_at = -1;
    for (size_t i = 0; i < n; i++) {
        size_t wl;
        if (word_in_list(t, n, i, GIVE, &wl)) {
            if (!negated(t, n, i)) {
                giving = 1;
                /* only compensation gives a bare number as money (送您10G流量 is data) */
                give_end_at = word_in_list(t, n, i, COMPENSATE, &wl) ? (int)(i + wl) : -1;
            }
            i += wl - 1;
            continue;
        }
        double v;
        size_t nl = parse_amount(t, n, i, &v);
        if (nl == 0) continue;
        size_t j = i + nl;
        if (j < n && t[j] == 0x591A) j++;                           /* 一千多块 */
        int has_unit = j < n && word_in_list(t, n, j, UNITS, &wl);
        /* 赔您500 with no unit: right after the verb (and 您/你) it can only be money */
        size_t after = (size_t)give_end_at;
        if (give_end_at >= 0 && after < n && (t[after] == 0x60A8 || t[after] == 0x4F60)) after++;
        int right_after_verb = give_end_at >= 0 && after == i;
        if (giving && (has_unit || right_after_verb) && v > best) best = v;
        i = j - 1;
    }
    return best;
}

double cs_reply_money_promised(const char *text)
{
    if (!text) return 0;
    uint32_t *t;
    size_t n = reply_cps(text, &t);
    if (n == (size_t)-1) return -1;
    double best = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && t[i] != CS_NORM_BREAK) continue;
        double v = clause_money(t + start, i - start);
        if (v > best) best = v;
        start = i + 1;
    }
    free(t);
    return best;
}

/* The amounts a reply states, one at a time: a number with one of a unit list right after it (68元, 八十八块,
 * 两三分钟), read in the normal form. Each number is read whole, so the 58 of 158元 is no amount of its
 * own. cs_reply_other_amount and cs_reply_announces_wait walk a reply with it. */
typedef struct {
    uint32_t *t;                  /* the reply's code points (owned: stated_end frees them) */
    size_t n, i;                  /* their number; where the walk goes on */
    const char *const *units;
    unsigned flags;               /* STATED_* */
} stated_walk;

enum {
    STATED_MORE = 1 << 0,         /* 多 may stand between number and unit (一千多块) */
    STATED_ROUGH = 1 << 1         /* 几 and 半 stand for a number (几分钟, 半分钟; no value) */
};

/* Decodes text for a walk; 0, or -1 when out of memory. */
static int stated_begin(stated_walk *w, const char *text, const char *const *units, unsigned flags)
{
    *w = (stated_walk){ .units = units, .flags = flags };
    w->n = reply_cps(text, &w->t);
    return w->n == (size_t)-1 ? -1 : 0;
}

/* The next amount: 1 with its value in *v (0 for 几 / 半), 0 when the reply states no more. */
static int stated_next(stated_walk *w, double *v)
{
    const uint32_t *t = w->t;
    size_t n = w->n;
    while (w->i < n) {
        size_t i = w->i, len = parse_amount(t, n, i, v), wl;
        if (len == 0 && (w->flags & STATED_ROUGH) && (t[i] == 0x51E0 || t[i] == 0x534A)) {    /* 几, 半 */
            len = 1;
            *v = 0;
        }
        if (len == 0) {
            w->i++;
            continue;
        }
        size_t j = i + len;
        if ((w->flags & STATED_MORE) && j < n && t[j] == 0x591A) j++;                  /* 一千多块 */
        w->i = j;
        if (j < n && word_in_list(t, n, j, w->units, &wl)) return 1;
    }
    return 0;
}

static void stated_end(stated_walk *w)
{
    free(w->t);
}

static int amount_known(double v, const double *known, size_t n_known)
{
    for (size_t k = 0; k < n_known; k++)
        if (fabs(v - known[k]) < 0.005) return 1;
    return 0;
}

/* v is worked out from two of the known amounts: their difference (158 to 88 saves 70 a month) or
 * their sum. A record that notes what the change saves or adds states nothing the caller did not
 * say; it is a true, useful note (3.1 1.3.2 能记录有效信息), not a wrong amount. */
static int amount_derived(double v, const double *known, size_t n_known)
{
    for (size_t k = 0; k < n_known; k++)
        for (size_t l = k + 1; l < n_known; l++)
            if (fabs(v - fabs(known[k] - known[l])) < 0.005 || fabs(v - (known[k] + known[l])) < 0.005) return 1;
    return 0;
}

int cs_reply_other_amount(const char *text, const double *known, size_t n_known, double *found)
{
    if (!text) return 0;
    stated_walk w;
    if (stated_begin(&w, text, UNITS, STATED_MORE) < 0) return -1;
    /* Whole yuan: the normal form breaks 9.9 at its point, so a sum with jiao reads as its last part. */
    int hit = 0;
    double v;
    while (!hit && stated_next(&w, &v)) {
        if (amount_known(v, known, n_known) || amount_derived(v, known, n_known)) continue;
        hit = 1;
        if (found) *found = v;
    }
    stated_end(&w);
    return hit;
}

/* fix17c: the direction of a change (cs_reply_change_reversed). The word before an amount that makes it
 * the one left, or the one taken; an arrow is read as 到 (the normal form makes punctuation a break). */
static const char *const CHANGE_FROM[] = { "原", "原来", "旧", "从", "由", "退订", "退掉", "停用", "现在", "目前", "当前",
                                           NULL };
static const char *const CHANGE_TO[] = { "改为", "改成", "改到", "改", "换成", "换为", "换到", "换", "变更为", "变更成",
                                         "变为", "变成", "转为", "转成", "转到", "升级为", "升级到", "降为", "降到",
                                         "调为", "调成", "调整为", "调整到", "新办", "新", "到", "至", NULL };
enum { ROLE_NONE, ROLE_FROM, ROLE_TO };

/* The role of the number starting at t[i]: the nearest change word ending before it in its clause,
 * no other number between (原套餐88元改为158元: 88 is left, 158 taken). */
static int change_role(const uint32_t *t, size_t n, size_t i)
{
    for (size_t j = i; j > 0 && t[j - 1] != CS_NORM_BREAK && !is_digit(t[j - 1]); j--)
        for (size_t back = 1; back <= 3 && back <= j; back++) {
            size_t wl;
            if (word_in_list(t, n, j - back, CHANGE_FROM, &wl) && wl == back) return ROLE_FROM;
            if (word_in_list(t, n, j - back, CHANGE_TO, &wl) && wl == back) return ROLE_TO;
        }
    return ROLE_NONE;
}

/* text with each arrow (→ ⇒ ->) written 到, so the normal form keeps it as a word; NULL out of memory. */
static char *arrows_as_words(const char *text)
{
    static const char *const ARROWS[] = { "\xe2\x86\x92", "\xe2\x87\x92", "->", NULL };
    size_t len = strlen(text);
    char *out = malloc(len * 2 + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t al = 0;
        for (size_t k = 0; ARROWS[k] && !al; k++)
            if (strncmp(text + i, ARROWS[k], strlen(ARROWS[k])) == 0) al = strlen(ARROWS[k]);
        if (al) { memcpy(out + o, "\xe5\x88\xb0", 3); o += 3; i += al; }
        else out[o++] = text[i++];
    }
    out[o] = '\0';
    return out;
}

int cs_reply_change_reversed(const char *text, double from, double to)
{
    if (!text) return 0;
    char *words = arrows_as_words(text);
    if (!words) return -1;
    uint32_t *t;
    size_t n = reply_cps(words, &t);
    free(words);
    if (n == (size_t)-1) return -1;
    int reversed = 0;
    for (size_t i = 0; i < n && !reversed; i++) {
        double v;
        size_t len = i > 0 && is_digit(t[i - 1]) ? 0 : parse_amount(t, n, i, &v);
        if (!len) continue;
        int role = change_role(t, n, i);
        reversed = (fabs(v - to) < 0.005 && role == ROLE_FROM) || (fabs(v - from) < 0.005 && role == ROLE_TO);
        i += len - 1;
    }
    free(t);
    return reversed;
}

/* Units of a wait told to the caller (not 分 alone: 积分, 打5分). */
static const char *const WAIT_UNITS[] = { "分钟", "秒钟", "秒", NULL };

int cs_reply_announces_wait(const char *text)
{
    return cs_reply_wait_told(text, NULL);
}

int cs_reply_wait_told(const char *text, double *seconds)
{
    if (seconds) *seconds = 0;
    if (!text) return 0;
    stated_walk w;
    if (stated_begin(&w, text, WAIT_UNITS, STATED_ROUGH) < 0) return -1;
    static const char *const MINUTES[] = { "分钟", NULL };
    double v;
    int hit = 0;
    while (stated_next(&w, &v)) {
        size_t wl;
        double s = v * (word_in_list(w.t, w.n, w.i, MINUTES, &wl) ? 60 : 1);
        if (seconds && s > *seconds) *seconds = s;
        hit = 1;
    }
    stated_end(&w);
    return hit;
}

/* Hedges that put a cause forward as the trainee's own guess, not as what the lookup shows. 预计
 * (a forecast, the desk's own word: 预计明天恢复) is none. */
static const char *const GUESSES[] = { "应该是", "可能是", "估计是", "大概是", "也许是", "或许是", "八成是",
                                       "多半是", "说不定是", "我猜", "我估计",
                                       "十有八九", /* calls33: a numeral-led hedge, read in the normal form */ NULL };

/* An admitted error: after one, 应该是 gives the right answer (2.14 刚才我的解释有些欠缺，应该是……). */
static const char *const ADMITS[] = { "欠缺", "有误", "说错", "讲错", "不对", "更正", "纠正", "不准确", "不完整", "不全", NULL };

static int admitted_before(const uint32_t *t, size_t n, size_t i)
{
    for (size_t j = 0; j < i; j++) {
        size_t wl;
        if (word_in_list(t, n, j, ADMITS, &wl) && j + wl <= i) return 1;
    }
    return 0;
}

const char *cs_reply_guess(const char *text)
{
    if (!text) return NULL;
    uint32_t *t;
    size_t n = reply_cps(text, &t);
    if (n == (size_t)-1) return NULL;
    const char *hit = NULL;
    for (size_t i = 0; i < n && !hit; i++) {
        if (i > 0 && t[i - 1] == 0x4E0D) continue;   /* 不可能是 denies, it guesses nothing */
        size_t wl;
        if (!word_in_list(t, n, i, GUESSES, &wl)) continue;
        /* the correction's 应该是 is the right answer, not a guess */
        if (t[i] == 0x5E94 && admitted_before(t, n, i)) continue;
        for (size_t k = 0; GUESSES[k] && !hit; k++)
            if (cps_word_at(t, n, i, GUESSES[k], &wl)) hit = GUESSES[k];
    }
    free(t);
    return hit;
}

/* --- read-back and recorded fields -------------------------------------------------------------- */

/* A unit of a written-out number inside a value: 十 百 千 (万 and above are amounts, not house,
 * room or day numbers, and 万 starts place names: 万达). 0 when c is none. */
static int place_unit(uint32_t c)
{
    return c == 0x5341 ? 10 : c == 0x767E ? 100 : c == 0x5343 ? 1000 : 0;
}

/* A lone 十 is a number only before what numbers count (十号, 十楼, 十点): 十分 is "very". */
static int counts_after_ten(uint32_t c)
{
    static const uint32_t MEASURE[] = { 0x53F7, 0x697C, 0x5C42, 0x5BA4, 0x680B, 0x5E62, 0x5143, 0x5757,
                                        0x70B9, 0x6708, 0x65E5, 0x5C81, 0x4E2A, 0x5355, 0 }; /* 号楼层室栋幢元块点月日岁个单 */
    for (size_t k = 0; MEASURE[k]; k++) if (MEASURE[k] == c) return 1;
    return 0;
}

/* Reads a written-out number at t[i] (十八 = 18, 二十三 = 23, 一百零八 = 1百08 = 108, 一百二 =
 * 120, 两百 = 200): digits are already ASCII in the normal form. It needs a unit and, unless it is
 * 十 before a measure, a digit. Returns the length read (0: none) and the value in *v. */
static size_t read_place_number(const uint32_t *t, size_t n, size_t i, long long *v)
{
    long long total = 0, num = 0;
    int units = 0, digits = 0, after_unit = 0, zero = 0, last_unit = 0;
    size_t k = i;
    for (; k < n; k++) {
        uint32_t c = t[k];
        int u = place_unit(c);
        if (is_digit(c) || (c == 0x4E24 && k + 1 < n && place_unit(t[k + 1]))) {
            int d = c == 0x4E24 ? 2 : (int)(c - '0');
            if (d == 0 && units) zero = 1;
            num = after_unit ? num * 10 + d : d;
            after_unit = 1;
            digits++;
            if (num > 1000000000LL) return 0;
        } else if (u && (!last_unit || u < last_unit)) {
            total += (after_unit ? num : 1) * u;
            num = 0;
            after_unit = 0;
            zero = 0;
            last_unit = u;
            units++;
        } else {
            break;
        }
    }
    if (!units) return 0;
    if (!digits && !(k - i == 1 && t[i] == 0x5341 && k < n && counts_after_ten(t[k]))) return 0;
    /* 一百二 is 120: one digit straight after a unit of 100 or more counts in the unit below */
    if (after_unit && !zero && last_unit >= 100 && num < 10 && k - i >= 2 && is_digit(t[k - 1]) && place_unit(t[k - 2]))
        num *= last_unit / 10;
    *v = total + num;
    return k - i;
}

/* Normal form for comparing dictated values: 两 between digits becomes 2 (幺 and the other
 * Chinese digits are already digits), and a number written out with 十百千 becomes its digits
 * (十八号 = 18号, 一百零八号 = 108号): a record typed either way records the same number (国家职业
 * 技能标准 3.1 1.3.2 judges what is recorded, not how it is spelled). */
static size_t value_cps(const char *s, uint32_t **out)
{
    uint32_t *t;
    size_t n = cs_normalize_cps(s, &t);
    if (n == (size_t)-1) return n;
    for (size_t i = 0; i < n; i++)
        if (t[i] == 0x4E24 && ((i > 0 && is_digit(t[i - 1])) || (i + 1 < n && is_digit(t[i + 1]))))
            t[i] = '2';
    uint32_t *o = malloc((n * 4 + 1) * sizeof *o); /* 十 (one) becomes 10, 千 1000: at most 4 each */
    if (!o) { free(t); return (size_t)-1; }
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        long long v = 0;
        size_t len = (i == 0 || !is_digit(t[i - 1])) ? read_place_number(t, n, i, &v) : 0;
        if (!len) { o[m++] = t[i++]; continue; }
        char buf[24];
        int w = snprintf(buf, sizeof buf, "%lld", v);
        for (int k = 0; k < w && (size_t)k < len * 4; k++) o[m++] = (uint32_t)buf[k];
        i += len;
    }
    o[m] = 0;
    free(t);
    *out = o;
    return m;
}

int cs_reply_reads_back(const char *text, const char *value)
{
    if (!text || !value) return 0;
    uint32_t *t, *v;
    size_t n = value_cps(text, &t);
    if (n == (size_t)-1) return -1;
    size_t vn = value_cps(value, &v);
    if (vn == (size_t)-1) { free(t); return -1; }
    int found = 0;
    for (size_t i = 0; vn > 0 && i + vn <= n && !found; i++) found = cps_equal(t + i, v, vn);
    free(t);
    free(v);
    return found;
}

int cs_reply_longest_number(const char *text)
{
    if (!text) return 0;
    uint32_t *t;
    size_t n = value_cps(text, &t);
    if (n == (size_t)-1) return -1;
    int best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        run = is_digit(t[i]) ? run + 1 : 0;
        if (run > best) best = run;
    }
    free(t);
    return best;
}

/* Copies the digits of cps into out (same size), returns how many. */
static size_t digits_of(const uint32_t *cps, size_t n, uint32_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) if (is_digit(cps[i])) out[k++] = cps[i];
    return k;
}

static char *cps_to_utf8(const uint32_t *cps, size_t n)
{
    char *s = malloc(n * 4 + 1);
    if (!s) return NULL;
    size_t len = 0;
    for (size_t i = 0; i < n; i++) len += cs_utf8_put(cps[i], s + len);
    s[len] = '\0';
    return s;
}

/* A dictated value and the recorded one, as the field checks read them: their code points (value_cps)
 * and the digits among them. digit[k] is NULL when out of memory (nd[k] 0 then); everything owned,
 * freed by value_pair_free. */
typedef struct {
    uint32_t *cp[2], *digit[2];
    size_t n[2], nd[2];
} value_pair;

static void value_pair_free(value_pair *p)
{
    for (int k = 0; k < 2; k++) {
        free(p->cp[k]);
        free(p->digit[k]);
    }
}

/* 0, or -1 when a value could not be read (nothing to free then). */
static int value_pair_load(value_pair *p, const char *dictated, const char *recorded)
{
    memset(p, 0, sizeof *p);
    p->n[0] = value_cps(dictated, &p->cp[0]);
    if (p->n[0] == (size_t)-1) return -1;
    p->n[1] = value_cps(recorded, &p->cp[1]);
    if (p->n[1] == (size_t)-1) { free(p->cp[0]); return -1; }
    for (int k = 0; k < 2; k++) {
        p->digit[k] = malloc((p->n[k] + 1) * sizeof *p->digit[k]);
        if (p->digit[k]) p->nd[k] = digits_of(p->cp[k], p->n[k], p->digit[k]);
    }
    return 0;
}

int cs_field_matches(const char *dictated, const char *recorded)
{
    if (!dictated || !recorded) return 0;
    value_pair p;
    if (value_pair_load(&p, dictated, recorded) < 0) return 0;
    int ok;
    if (p.digit[0] && p.digit[1] && p.nd[0] * 2 >= p.n[0] && p.nd[0] > 0) {
        /* a number: every digit must be right, the letters around it (YT…) may be left out */
        ok = p.nd[0] == p.nd[1] && cps_equal(p.digit[0], p.digit[1], p.nd[0]);
    } else {
        char *ds = cps_to_utf8(p.cp[0], p.n[0]), *rs = cps_to_utf8(p.cp[1], p.n[1]);
        ok = ds && rs && (strcmp(ds, rs) == 0 || 1.0 - cs_typing_accuracy(ds, rs) < 0.01);
        free(ds);
        free(rs);
    }
    value_pair_free(&p);
    return ok;
}

int cs_field_numbers_match(const char *dictated, const char *recorded)
{
    if (!dictated || !recorded) return 0;
    value_pair p;
    if (value_pair_load(&p, dictated, recorded) < 0) return 0;
    int ok = p.digit[0] && p.digit[1] && (p.nd[0] == 0 || (p.nd[0] == p.nd[1] && cps_equal(p.digit[0], p.digit[1], p.nd[0])));
    value_pair_free(&p);
    return ok;
}

/* compare(x, y) on both values as the matcher reads them (simplified characters): 0 when either is
 * NULL, -1 when out of memory. One helper for every comparison of a dictated value that must read
 * 雲巖區 as 云岩区, so a new one does not copy the conversion and its frees. */
static int compare_read(const cs_phrase_bank *bank, const char *x, const char *y, int (*compare)(const char *, const char *))
{
    if (!x || !y) return 0;
    char *sx = cs_reply_simplified(bank, x), *sy = cs_reply_simplified(bank, y);
    int ok = sx && sy ? compare(sx, sy) : -1;
    free(sx);
    free(sy);
    return ok;
}

int cs_field_matches_read(const cs_phrase_bank *bank, const char *dictated, const char *recorded)
{
    return compare_read(bank, dictated, recorded, cs_field_matches);
}

int cs_reply_reads_back_read(const cs_phrase_bank *bank, const char *text, const char *value)
{
    return compare_read(bank, text, value, cs_reply_reads_back);
}

/* calls17, fix17c */
/* What takes a contact word out of a promise when it stands earlier in the contact word's clause:
 * a negation with its modal however far from the verb (没办法给您回复, 一般不会给您回电话, 就没法联系
 * 您了 — the matcher's own negation reaches only a word or two back), and a frame of the past (之前…,
 * 以前…, 刚才…): an inability told, a warning restated or a refusal is no promise (国家职业技能标准
 * 3.1 2.1.3). Bare 不 is left out: 不管结果如何都会给您回复 promises. */
static const char *const CONTACT_DENIED[] = { "没", "无法", "未能", "不会", "不能", "不可以", "不可能", "不再", "不给",
                                              "不用", "之前", "以前", "刚才", "当时", NULL };

/* 没 in an assent denies nothing: 没问题我们会给您回复 promises. */
static const char *const ASSENT[] = { "没问题", "没关系", "没错", NULL };

/* 1 if a word of CONTACT_DENIED starts in clause t[a..b). */
static int clause_denies_contact(const uint32_t *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        size_t wl;
        if (word_in_list(t, b, i, ASSENT, &wl)) { i += wl - 1; continue; }
        if (word_in_list(t, b, i, CONTACT_DENIED, &wl)) return 1;
    }
    return 0;
}

/* A promise asked as consent is still a promise: 处理后给您回电话可以吗？ / 24小时内给您回复好吗 offers the
 * contact and asks the caller to agree (贵阳 §二(二) 2.19's own wording ends …与您联系，好吗？), unlike a question
 * about the contact itself (有没有给您回过电话？). */
static const char *const CONSENT_TAGS[] = { "好吗", "好么", "可以吗", "行吗", "好不好", "可不可以", "行不行", "可以不", NULL };

/* 1 if clause t[a..b) ends on a consent tag with words before it. */
static int asks_consent(const uint32_t *t, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++) {
        size_t wl;
        if (word_in_list(t, b, i, CONSENT_TAGS, &wl) && i + wl == b) return 1;
    }
    return 0;
}

/* calls30 */
/* A clause that opens on a purpose (为了处理后给您回复，请您留个电话) gives the reason for a request
 * and promises nothing by itself (3.1 2.1.3: the customer told they will hear back is a statement of
 * it); the promise said after it (为了不耽误您，我们处理后给您回电) is its own clause. */
static const char *const PURPOSE[] = { "为了", "以便", "便于", "好让", NULL };

/* fix30c: a clause that opens on a purpose, PURPOSE's or 方便 + what it makes possible (麻烦您留个电话，
 * 方便处理后回复您: "so that"); 方便的话 / 方便时 / 方便吗 ask or set a condition and are no purpose (3.1 2.1.3). */
static int opens_on_purpose(const uint32_t *t, size_t a, size_t b)
{
    size_t wl;
    if (word_in_list(t, b, a, PURPOSE, &wl)) return 1;
    static const char *const CONVENIENT[] = { "方便", NULL };
    static const char *const NOT_PURPOSE[] = { "的", "时", "吗", "吧", "么", "嘛", "呢", "与否", "不方便", NULL };
    if (!word_in_list(t, b, a, CONVENIENT, &wl) || a + wl >= b) return 0;
    return !word_in_list(t, b, a + wl, NOT_PURPOSE, &wl);
}

/* calls31: a clause that states what the number is for (这个电话只用于这次投诉的回复, 仅用来联系您): the
 * contact named as the number's use answers the caller's worry about giving it (2.11's 不会拿来推销) and
 * promises nothing by itself (3.1 2.1.3) */
static int states_number_use(const uint32_t *t, size_t a, size_t b)
{
    static const char *const USE[] = { "用于", "只用来", "仅用来", "只用作", "仅用作", NULL };
    size_t wl;
    for (size_t i = a; i < b; i++)
        if (word_in_list(t, b, i, USE, &wl)) return 1;
    return 0;
}

/* One clause t[a..b) of the marked reply t[0..n): 1 when it promises contact — a contact word the
 * matcher finds, in a statement or asked as consent (之前我们有没有给您回过电话？ asks), nothing of CONTACT_DENIED
 * in it. */
static int clause_promises_contact(const cs_phrase_bank *bank, const cues *q, const uint32_t *t, size_t a, size_t b,
                                   size_t n)
{
    if (b == a || (clause_is_question(q, t, a, b, n) && !asks_consent(t, a, b)) || clause_denies_contact(t, a, b)
        || opens_on_purpose(t, a, b) || states_number_use(t, a, b))
        return 0;
    char *c = clauses_text(t, a, b);
    if (!c) return -1;
    int v = clause_mentions(bank, c, "@contact_back", 0);
    free(c);
    return v;
}

/* What clause_promises_contact reads besides the clause, for cs_reply_walk_clauses. */
struct contact_walk {
    const cs_phrase_bank *bank;
    const cues *q;
};

static int contact_clause(const uint32_t *t, size_t a, size_t b, size_t n, void *ctx)
{
    const struct contact_walk *cw = ctx;
    return clause_promises_contact(cw->bank, cw->q, t, a, b, n);
}

int cs_reply_promises_contact(const cs_phrase_bank *bank, const char *text)
{
    if (!text) return 0;
    if (!bank) return -1;
    cues q;
    if (cues_init(&q)) return -1;
    struct contact_walk cw = { bank, &q };
    return cs_reply_walk_clauses(bank, text, contact_clause, &cw);
}

/* fix21c */
/* Forms of address after a surname (钱先生, 钱总, 王女士): what makes the character a name. */
static const char *const ADDRESS_TITLE[] = { "先生", "女士", "小姐", "总", "经理", "老板", "董", "老师",
                                             "师傅", "阿姨", "大爷", "大哥", "大姐", NULL };
/* …but not a word the title's character starts (充钱总共, 有钱老板娘): money, not a name */
static const char *const NOT_TITLE[] = { "总共", "总计", "总是", "总额", "总价", "总数", "总的", "总之", "总部",
                                         "老板娘",
                                         /* 总 as "always" (钱总会退回来的), 生 starting 生活 (前先生活用品):
                                          * not a title (reviewer final21 item 2) */
                                         "总会", "总要", "总得", "总说", "总算", "总归", "总能",
                                         "先生活", "先生产", NULL };

/* Is c the surname s, or a homophone of it (the input method's slip)? */
static int surname_at(const cs_phrase_bank *bank, uint32_t c, uint32_t s)
{
    if (c == s) return 1;
    return bank->pinyin && cs_pinyin_homophone(bank->pinyin, c, s);
}

/* The surname's character (or its slip) ends a word with the character before it (之前经理,
 * 目前, 您以前总说): part of that word, not a name, as phrase_match.c's slip_makes_word reads a slip
 * that makes a word of the reply's own. Reviewer final21 item 2. */
static int surname_in_word(const cs_phrase_bank *bank, const uint32_t *t, size_t i)
{
    return i > 0 && bank->lexicon && cs_lexicon_freq(bank->lexicon, t + i - 1, 2) > 0;
}

/* calls30 */
/* The card's name with its tags in brackets left out (钱先生（钻石卡）, 【金卡】李女士 → 钱先生, 李女士),
 * malloc'd; NULL out of memory. */
static char *card_without_tags(const char *card)
{
    static const char *const OPEN[] = { "（", "(", "【", "[", "〔", "《", "<", NULL };
    static const char *const CLOSE[] = { "）", ")", "】", "]", "〕", "》", ">", NULL };
    char *out = malloc(strlen(card) + 1);
    if (!out) return NULL;
    size_t o = 0, depth = 0;
    for (const char *p = card; *p;) {
        const char *c = p;
        cs_utf8_next(&p);
        int opens = 0, closes = 0;
        for (size_t k = 0; OPEN[k]; k++) {
            opens |= strncmp(c, OPEN[k], strlen(OPEN[k])) == 0;
            closes |= strncmp(c, CLOSE[k], strlen(CLOSE[k])) == 0;
        }
        if (opens) { depth++; continue; }
        if (closes) { depth -= depth > 0; continue; }
        if (depth == 0) { memcpy(out + o, c, (size_t)(p - c)); o += (size_t)(p - c); }
    }
    out[o] = '\0';
    return out;
}

/* The surname of the caller card (钱先生（钻石卡） → 钱), 0 when it names none: the first character of
 * its name once the tags are left out, when a form of address follows it (李女士) or it starts no word
 * (王芳); a card of a tag or a label only (（白金卡）, 贵宾（钻石卡）, 来电者（男）) names no one. -1 out of memory. */
static long card_surname(const cs_phrase_bank *bank, const char *card)
{
    char *name = card_without_tags(card);
    if (!name) return -1;
    uint32_t *s;
    size_t sn = marked_simplified(bank, name, &s);
    free(name);
    if (sn == (size_t)-1) return -1;
    size_t len;
    long want = 0;
    if (sn > 0 && s[0] >= 0x3400 && s[0] < 0x110000u) {
        int titled = sn > 1 && word_in_list(s, sn, 1, ADDRESS_TITLE, &len);
        int label = sn > 1 && bank->lexicon && cs_lexicon_freq(bank->lexicon, s, 2) > 0;
        if (titled || !label) want = (long)s[0];
    }
    free(s);
    return want;
}

int cs_reply_names_surname(const cs_phrase_bank *bank, const char *text, const char *surname)
{
    if (!text || !surname || !*surname) return 0;
    if (!bank) return -1;
    long card = card_surname(bank, surname);
    if (card < 0) return -1;
    uint32_t want = (uint32_t)card;
    if (!want) return 0;
    uint32_t *t;
    size_t n = marked_simplified(bank, text, &t);
    if (n == (size_t)-1) return -1;
    int found = 0;
    size_t len;
    for (size_t i = 0; i + 1 < n && !found; i++)
        found = surname_at(bank, t[i], want) && !surname_in_word(bank, t, i)
             && word_in_list(t, n, i + 1, ADDRESS_TITLE, &len) && !word_in_list(t, n, i + 1, NOT_TITLE, &len);
    free(t);
    return found;
}

int cs_reply_in_english(const char *text)
{
    if (!text) return 0;
    size_t latin = 0, chars = 0;
    const char *p = text;
    while (*p) {
        uint32_t c = cs_utf8_next(&p);
        if (c == ' ') continue;
        chars++;
        if (is_latin(c)) latin++;
    }
    return latin >= 8 && latin * 2 >= chars;
}
