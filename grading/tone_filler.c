/* The one judgement of a reply's fillers (tone_filler.h): a 口头禅 or a slip of speech.
 * 呼叫服务员职业标准(试行) 五级 三(一)2 (不用禁忌语及口头禅) names 口头禅
 * beside 禁忌语: a habit of speech (a 禅 said by the mouth over and over), so what makes one is how
 * often, how close together and how much of the reply the fillers are — never one filler alone. */
#include "tone_filler.h"
#include "tone_scan.h"

#include <stdlib.h>
#include <string.h>

/* how a filler may also be a word of the sentence */
enum {
    PURE,       /* never a word of the sentence (那啥, 就是说, 呃): every time, a hesitation */
    ENDS,       /* a demonstrative or "then" (这个, 那个, 然后): a hesitation where it ends its clause */
    WORD        /* a word with a use of its own (完了 "afterwards", 对吧 asking, 其实): a hesitation
                 * only doubled, run into another filler or as a clause of its own */
};

/* need: how many times in a reply make a habit of the one filler; demonstratives (4) count only
 * when said as a hesitation at least once (这个这个 … 这个 … 这个), as they are ordinary words.
 * twice_ok: said twice in a row it is an acknowledgement (嗯嗯), not doubled. Longer fillers before
 * the shorter they begin with (就是这样子 is not also 这样子). */
static const struct {
    const char *w;
    unsigned char need, twice_ok, use;
} FILLERS[] = {
    { "就是这样子", 3, 0, WORD }, { "就这样子", 3, 0, WORD }, { "这样子", 3, 0, WORD }, { "就是说", 3, 0, PURE },
    { "对吧", 3, 0, WORD }, { "是吧", 3, 0, WORD }, { "其实", 3, 0, WORD }, { "反正", 3, 0, WORD },
    { "基本上", 3, 0, WORD }, { "怎么说呢", 3, 0, PURE }, { "怎么讲呢", 3, 0, PURE }, { "哎呀", 3, 0, WORD },
    { "啥的", 3, 0, WORD }, { "就酱紫", 3, 0, PURE }, { "酱紫", 3, 0, PURE }, { "然后", 4, 0, ENDS },
    { "完了", 4, 0, WORD }, { "这个", 4, 0, ENDS }, { "那个", 4, 0, ENDS }, { "那啥", 3, 0, PURE },
    { "您看哈", 3, 0, PURE }, { "你看哈", 3, 0, PURE }, { "您看啊", 3, 0, WORD }, { "你看啊", 3, 0, WORD },
    { "说实话", 3, 0, WORD }, { "说白了", 3, 0, WORD }, { "讲真", 3, 0, WORD }, { "你知道吗", 3, 0, WORD },
    { "您知道吗", 3, 0, WORD }, { "你晓得吧", 2, 0, WORD }, { "明白吧", 3, 0, WORD }, { "你懂我意思吧", 2, 0, WORD },
    { "你懂吧", 2, 0, WORD }, { "懂吧", 2, 0, WORD }, { "你知道吧", 2, 0, WORD }, { "嗯", 3, 1, PURE },
    { "呃", 3, 0, PURE }, { "额", 3, 0, PURE }, { "唔", 99, 0, PURE },
    /* never a habit by their count alone: 就是 a copula, 对对 agreeing */
    { "就是", 99, 0, ENDS }, { "对对对", 99, 0, WORD }, { "对对", 99, 0, WORD },
};
enum { N_FILLERS = sizeof FILLERS / sizeof FILLERS[0] };

/* Fillers at three places or more (那啥，你那个，那啥), or three in a string with no word between
 * (这个这个，那啥): said through the speech, a habit. Two (那个那个您稍等，我这边就是说帮您看一下)
 * are a hesitant voice, not yet one. */
#define HABIT_PLACES 3
#define HABIT_STRING 3
/* A reply mostly of fillers (那个那个，就是，感谢来电，再见): three or more, FILLER_SHARE or more of the
 * code points of its words, is 口头禅 and not the phrase it leaves (hwslip's rule, here since filler17) */
#define FILLER_SHARE 0.4

typedef struct {
    size_t f, i, k;     /* which filler, its first and last word */
    int hesitation;
} token;

/* The filler spelled from word i within its clause, or N_FILLERS; *last gets its last word. */
static size_t filler_at(scan *sc, size_t i, size_t *last)
{
    const cs_words *w = sc->w;
    const char *word = w->v[i].w;
    for (size_t f = 0; f < N_FILLERS; f++) {
        /* tone_spells' own first test, here before the call (as tone_spells_any does): asked per
         * filler per word, several times a reply, the calls that fail on the first bytes were 3-4 %
         * of grading time in perf. Words are never empty: word[1] is at worst the terminator. */
        const char *stem = FILLERS[f].w;
        if (stem[0] != word[0] || (word[1] && stem[1] != word[1])) continue;
        size_t k = tone_spells(sc, i, w->n, stem);
        if (k >= w->n || w->v[k].clause != w->v[i].clause) continue;
        *last = k;
        return f;
    }
    return N_FILLERS;
}

/* One filler the other begins with (对对 / 对对对, 就是 / 就是说). */
static int prefix_kin(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    return strncmp(a, b, la < lb ? la : lb) == 0;
}

static size_t read_tokens(scan *sc, token *t)
{
    size_t n = 0;
    for (size_t i = 0; i < sc->w->n; i++) {
        size_t k;
        size_t f = filler_at(sc, i, &k);
        if (f == N_FILLERS) continue;
        /* 对对对对对 read as 对对对 then 对对, 就是就是说: one filler said on, not two */
        if (n && t[n - 1].k + 1 == i && prefix_kin(FILLERS[t[n - 1].f].w, FILLERS[f].w)) f = t[n - 1].f;
        t[n++] = (token){ f, i, k, 0 };
        i = k;
    }
    return n;
}

/* Token j said twice in a row (这个这个, 你看哈，你看哈). */
static int doubled(const token *t, size_t n, size_t j)
{
    return (j + 1 < n && t[j + 1].i == t[j].k + 1 && t[j + 1].f == t[j].f) ||
           (j > 0 && t[j - 1].k + 1 == t[j].i && t[j - 1].f == t[j].f);
}

/* Is token j a hesitation by itself, not a word of the sentence (这个月, 那个人, 然后去营业厅)? Never
 * a word (那啥), doubled, a demonstrative or "then" ending its clause — not a demonstrative after a
 * copula (就是这个, 是那个: "that is the one") — or a word as a clause of its own. */
static int hesitates_alone(scan *sc, const token *t, size_t n, size_t j)
{
    const cs_words *w = sc->w;
    int use = FILLERS[t[j].f].use;
    if (use == PURE || doubled(t, n, j)) return 1;
    int ends = t[j].k + 1 >= w->n || w->v[t[j].k + 1].clause != w->v[t[j].k].clause;
    int starts = t[j].i == 0 || w->v[t[j].i - 1].clause != w->v[t[j].i].clause;
    if (!ends) return 0;
    if (starts) return 1;
    return use == ENDS && !in(sc, t[j].i - 1, (list){ "是", "就是", "正是", "都是", NULL });
}

/* Token j said as a hesitation: by itself, or run into one in its clause (那个就是，, 那个就是说). */
static void mark_hesitations(scan *sc, token *t, size_t n)
{
    const cs_words *w = sc->w;
    for (size_t j = 0; j < n; j++) t[j].hesitation = hesitates_alone(sc, t, n, j);
    for (size_t j = n; j-- > 1;) {
        token *p = &t[j - 1];
        if (!p->hesitation && t[j].hesitation && p->k + 1 == t[j].i && w->v[p->k].clause == w->v[t[j].i].clause)
            p->hesitation = 1;
    }
}

static cs_filler_read habit(const token *from, const token *at)
{
    return (cs_filler_read){ CS_FILLER_HABIT, from->i, at->k, at->i };
}

/* Three fillers or more said as hesitations, FILLER_SHARE or more of the code points of the words. */
static int mostly(const cs_words *w, const token *t, size_t n)
{
    size_t all = 0, said = 0, fillers = 0;
    for (size_t i = 0; i < w->n; i++) all += w->v[i].e - w->v[i].s;
    for (size_t j = 0; j < n; j++) {
        if (!t[j].hesitation) continue;
        fillers++;
        said += w->v[t[j].k].e - w->v[t[j].i].s;
    }
    return fillers >= 3 && (double)said >= FILLER_SHARE * (double)all;
}

/* The habit the tokens make, if any: one filler said over and over (need; three in a row at once),
 * fillers at HABIT_PLACES places, HABIT_STRING in a string, or a reply mostly of them. */
static cs_filler_read judge(const cs_words *w, const token *t, size_t n)
{
    unsigned count[N_FILLERS] = { 0 }, run[N_FILLERS] = { 0 };
    size_t first[N_FILLERS] = { 0 };
    int said_as_filler[N_FILLERS] = { 0 };
    size_t places = 0, string = 0, first_hes = n, string_from = 0;
    for (size_t j = 0; j < n; j++) said_as_filler[t[j].f] |= t[j].hesitation;
    for (size_t j = 0; j < n; j++) {
        size_t f = t[j].f;
        int next_to = j > 0 && t[j - 1].k + 1 == t[j].i;
        int again = next_to && t[j - 1].f == f;
        if (count[f]++ == 0) first[f] = j;
        run[f] = again ? run[f] + 1 : 1;
        if (run[f] >= 3) return habit(&t[j + 1 - run[f]], &t[j]);
        /* an ordinary word (这个月) counts toward the demonstrative's habit once it is also a filler */
        if (count[f] >= FILLERS[f].need && (FILLERS[f].use != ENDS || said_as_filler[f])) return habit(&t[first[f]], &t[j]);
        if (!t[j].hesitation) { string = 0; continue; }
        if (first_hes == n) first_hes = j;
        if (!again || FILLERS[f].twice_ok) places++;
        if (next_to && t[j - 1].hesitation) string++;
        else { string = 1; string_from = j; }
        if (string >= HABIT_STRING) return habit(&t[string_from], &t[j]);
        if (places >= HABIT_PLACES) return habit(&t[first_hes], &t[j]);
    }
    if (first_hes < n && mostly(w, t, n)) {
        size_t last = n;
        while (!t[--last].hesitation) {}
        return habit(&t[first_hes], &t[last]);
    }
    return (cs_filler_read){ first_hes < n ? CS_FILLER_SLIP : CS_FILLER_NONE, 0, 0, 0 };
}

/* The reading kept with the words (cs_words.fillers): the words it was read on and what it found. */
struct cs_filler_memo {
    const cs_word *v;
    size_t n;
    cs_filler_read read;
    unsigned char mask[];   /* n bytes, as tone_filler_read's mask */
};

static cs_filler_read read_fillers(scan *sc, unsigned char *mask)
{
    const cs_words *w = sc->w;
    cs_filler_read none = { CS_FILLER_NONE, 0, 0, 0 };
    if (!w->n) return none;
    token *t = malloc(w->n * sizeof *t);
    if (!t) return none;
    size_t n = read_tokens(sc, t);
    mark_hesitations(sc, t, n);
    for (size_t j = 0; j < n; j++) {
        /* the mask: only what is no word of the sentence (那啥, 这个这个), never a lone 这个， that may
         * point at something */
        int plain = FILLERS[t[j].f].use == PURE || doubled(t, n, j);
        for (size_t k = t[j].i; mask && t[j].hesitation && plain && k <= t[j].k; k++) mask[k] = 1;
    }
    cs_filler_read r = judge(w, t, n);
    free(t);
    return r;
}

cs_filler_read tone_filler_read(scan *sc, unsigned char *mask)
{
    const struct cs_filler_memo *m = sc->w->fillers;
    if (!m || m->v != sc->w->v || m->n != sc->w->n) return read_fillers(sc, mask);   /* none kept, or a prefix view */
    for (size_t k = 0; mask && k < m->n; k++) mask[k] |= m->mask[k];
    return m->read;
}

cs_filler_read cs_words_fillers(const cs_words *w, unsigned char *mask)
{
    scan sc = { 0 };
    sc.w = w;
    return tone_filler_read(&sc, mask);
}

void cs_words_keep_fillers(cs_words *w)
{
    free(w->fillers);
    w->fillers = NULL;
    struct cs_filler_memo *m = calloc(1, sizeof *m + w->n);
    if (!m) return;
    scan sc = { 0 };
    sc.w = w;
    m->read = read_fillers(&sc, m->mask);
    m->v = w->v;
    m->n = w->n;
    w->fillers = m;
}
