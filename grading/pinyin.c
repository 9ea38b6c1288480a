/* Pinyin table (see pinyin.h): a direct table over the CJK blocks U+3400..U+9FFF, each character
 * with up to CS_PINYIN_MAX_READINGS syllable numbers (0 = none) into a list of the ~420 toneless
 * syllables, so a homophone test is a few integer compares. */
#include "pinyin.h"
#include "text_norm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_CP 0x3400u
#define LAST_CP 0x9FFFu
#define N_CPS (LAST_CP - FIRST_CP + 1)
#define MAX_SYLLABLES 1024
#define SYL_LEN 8
#define SP_LAYOUTS 3   /* 小鹤双拼, 自然码, 微软双拼 (see sp_final) */

typedef struct {
    uint16_t syl[CS_PINYIN_MAX_READINGS];
    uint32_t weight[CS_PINYIN_MAX_READINGS];
} entry;

/* What a lookup reads: the readings alone (6 bytes a character, 162 KB, not the 20-byte entries
 * with the weights the loader needs), so the table a reply's characters touch stays in cache. */
typedef struct {
    uint16_t syl[CS_PINYIN_MAX_READINGS];
} readings;

struct cs_pinyin {
    entry *table;                      /* N_CPS entries, while loading (then NULL) */
    readings *read;                    /* N_CPS: their readings, after loading */
    char syllables[MAX_SYLLABLES][SYL_LEN];
    uint16_t fuzzy[MAX_SYLLABLES + 1]; /* syllable number → number of its fuzzy form */
    uint16_t keys[MAX_SYLLABLES + 1];  /* syllable number → number of its nine-key digit string */
    char sp[MAX_SYLLABLES + 1][SP_LAYOUTS][2]; /* syllable number → its two 双拼 keys per layout ("\0\0": none) */
    size_t n_syllables;                /* syllable numbers start at 1 */
    uint16_t last;                     /* while loading: the file is grouped by syllable */
};

void cs_pinyin_free(cs_pinyin *py)
{
    if (!py) return;
    free(py->table);
    free(py->read);
    free(py);
}

static uint16_t syllable_id(cs_pinyin *py, const char *s, size_t len)
{
    if (len == 0 || len >= SYL_LEN) return 0;
    if (py->last && strncmp(py->syllables[py->last - 1], s, len) == 0 && py->syllables[py->last - 1][len] == '\0')
        return py->last;
    for (size_t i = 1; i <= py->n_syllables; i++)
        if (strncmp(py->syllables[i - 1], s, len) == 0 && py->syllables[i - 1][len] == '\0')
            return (uint16_t)i;
    if (py->n_syllables == MAX_SYLLABLES) return 0;
    memcpy(py->syllables[py->n_syllables], s, len);
    py->syllables[py->n_syllables][len] = '\0';
    return (uint16_t)++py->n_syllables;
}

/* Keeps the CS_PINYIN_MAX_READINGS heaviest readings of a character, merging repeats. */
static void add_reading(entry *e, uint16_t syl, uint32_t weight)
{
    for (int i = 0; i < CS_PINYIN_MAX_READINGS; i++) {
        if (e->syl[i] == syl) {
            if (weight > e->weight[i]) e->weight[i] = weight;
            return;
        }
    }
    int low = 0;   /* the first empty slot, else the lightest reading */
    for (int i = 0; i < CS_PINYIN_MAX_READINGS; i++) {
        if (e->syl[i] == 0) { low = i; break; }
        if (e->weight[i] < e->weight[low]) low = i;
    }
    if (e->syl[low] != 0 && e->weight[low] >= weight) return;
    e->syl[low] = syl;
    e->weight[low] = weight;
}

/* "汉<TAB>han<TAB>123": only single characters with a one-syllable reading count. */
static void parse_line(cs_pinyin *py, const char *line)
{
    const char *p = line;
    uint32_t cp = cs_utf8_next(&p);
    if (*p != '\t' || cp < FIRST_CP || cp > LAST_CP) return;
    const char *syl = p + 1;
    size_t len = strcspn(syl, "\t\n");
    for (size_t i = 0; i < len; i++)
        if (syl[i] < 'a' || syl[i] > 'z') return;
    uint32_t weight = syl[len] == '\t' ? (uint32_t)strtoul(syl + len + 1, NULL, 10) : 0;
    uint16_t id = syllable_id(py, syl, len);
    py->last = id;
    if (id) add_reading(&py->table[cp - FIRST_CP], id, weight);
}

/* Drops readings far rarer than the character's commonest one, and puts the commonest first. */
static void prune(entry *e)
{
    int top = 0;
    for (int i = 1; i < CS_PINYIN_MAX_READINGS; i++)
        if (e->syl[i] && e->weight[i] > e->weight[top]) top = i;
    entry kept = { { 0 }, { 0 } };
    int k = 0;
    kept.syl[k] = e->syl[top];
    kept.weight[k++] = e->weight[top];
    for (int i = 0; i < CS_PINYIN_MAX_READINGS; i++) {
        if (i == top || !e->syl[i]) continue;
        if ((double)e->weight[i] >= CS_PINYIN_MIN_SHARE * (double)e->weight[top]) {
            kept.syl[k] = e->syl[i];
            kept.weight[k++] = e->weight[i];
        }
    }
    *e = kept;
}

/* The fuzzy form of a syllable: zh/ch/sh → z/c/s, h → f, n → l, final ng → n ("zhang" → "zan",
 * "hu" → "fu", "neng" → "len"). The pairs are the fuzzy-pinyin options of libime's PinyinFuzzyFlag
 * (libime/pinyin/pinyinencoder.h: C_CH, S_SH, Z_ZH, F_H, L_N, AN_ANG, EN_ENG, IN_ING, IAN_IANG,
 * UAN_UANG), the "Fuzzy Pinyin Settings" of Debian's fcitx5-pinyin (fcitx5-chinese-addons 5.0.16):
 * the sounds speakers of the south do not tell apart, so they pick the wrong candidate (胡务 for
 * 服务, 解四 for 解释). */
static void fuzzy_form(const char *syl, char *out)
{
    size_t k = 0;
    if ((syl[0] == 'z' || syl[0] == 'c' || syl[0] == 's') && syl[1] == 'h') {
        out[k++] = syl[0];
        syl += 2;
    } else if (syl[0] == 'h' || (syl[0] == 'n' && syl[1] != 'g' && syl[1] != '\0')) {
        out[k++] = syl[0] == 'h' ? 'f' : 'l';   /* F_H, L_N (not the syllables n and ng of 嗯) */
        syl++;
    }
    size_t n = strlen(syl);
    memcpy(out + k, syl, n + 1);
    k += n;
    if (k >= 3 && out[k - 1] == 'g' && out[k - 2] == 'n' && (out[k - 3] == 'i' || out[k - 3] == 'e' || out[k - 3] == 'a'))
        out[k - 1] = '\0';
}

/* Numbers syllables by fuzzy form: two syllables are similar when their numbers are equal. */
static void number_fuzzy(cs_pinyin *py)
{
    char forms[MAX_SYLLABLES][SYL_LEN];
    for (size_t i = 0; i < py->n_syllables; i++) {
        fuzzy_form(py->syllables[i], forms[i]);
        py->fuzzy[i + 1] = (uint16_t)(i + 1);
        for (size_t j = 0; j < i; j++)
            if (strcmp(forms[j], forms[i]) == 0) { py->fuzzy[i + 1] = py->fuzzy[j + 1]; break; }
    }
}

/* The digits a syllable is typed with on a phone's nine-key (T9) pinyin keyboard: abc 2, def 3, ghi 4,
 * jkl 5, mno 6, pqrs 7, tuv 8, wxyz 9 (ü is typed v: 8). The input method then offers every syllable
 * with those digits, so he (43) may come out ge, man (626) nan. */
static void key_form(const char *syl, char *out)
{
    static const char digit[] = "22233344455566677778889999";
    size_t k = 0;
    for (; syl[k]; k++) out[k] = syl[k] >= 'a' && syl[k] <= 'z' ? digit[syl[k] - 'a'] : syl[k];
    out[k] = '\0';
}

/* Numbers syllables by digit string: two syllables share a key sequence when their numbers are equal. */
static void number_keys(cs_pinyin *py)
{
    char forms[MAX_SYLLABLES][SYL_LEN];
    for (size_t i = 0; i < py->n_syllables; i++) {
        key_form(py->syllables[i], forms[i]);
        py->keys[i + 1] = (uint16_t)(i + 1);
        for (size_t j = 0; j < i; j++)
            if (strcmp(forms[j], forms[i]) == 0) { py->keys[i + 1] = py->keys[j + 1]; break; }
    }
}

/* Parses the lines after the YAML header ("...") of the Rime dictionary f. The 1.2 MB file is read
 * in large blocks and cut into the lines fgets(line, 512) would give (a longer line in pieces of
 * 511 bytes), without a library call per line: fgets was a third of start-up. */
static void read_body(cs_pinyin *py, FILE *f)
{
    char line[512];
    int body = 0;
    size_t len = 0;   /* bytes of the current line in line[] */
    char chunk[1 << 14];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        for (const char *p = chunk, *end = chunk + got; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t take = (size_t)((nl ? nl + 1 : end) - p);
            if (take > sizeof line - 1 - len) take = sizeof line - 1 - len;
            memcpy(line + len, p, take);
            len += take;
            p += take;
            if (line[len - 1] != '\n' && len < sizeof line - 1) continue;   /* the line goes on in the next read */
            line[len] = '\0';
            len = 0;
            if (!body) { body = strncmp(line, "...", 3) == 0; continue; }   /* YAML header ends at "..." */
            parse_line(py, line);
        }
    }
    if (len > 0) {   /* a last line without a newline */
        line[len] = '\0';
        if (body) parse_line(py, line);
    }
}

static void number_shuangpin(cs_pinyin *py);

cs_pinyin *cs_pinyin_load(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s:0: cannot read the pinyin dictionary (install rime-data-pinyin-simp)", path);
        return NULL;
    }
    cs_pinyin *py = calloc(1, sizeof *py);
    if (py) py->table = calloc(N_CPS, sizeof *py->table);
    if (!py || !py->table) {
        fclose(f);
        cs_pinyin_free(py);
        snprintf(err, errlen, "%s:0: out of memory", path);
        return NULL;
    }
    read_body(py, f);
    fclose(f);
    for (size_t i = 0; i < N_CPS; i++)
        if (py->table[i].syl[0]) prune(&py->table[i]);
    py->read = malloc(N_CPS * sizeof *py->read);
    if (!py->read) {
        snprintf(err, errlen, "%s:0: out of memory", path);
        cs_pinyin_free(py);
        return NULL;
    }
    for (size_t i = 0; i < N_CPS; i++) memcpy(py->read[i].syl, py->table[i].syl, sizeof py->read[i].syl);
    free(py->table);
    py->table = NULL;
    number_fuzzy(py);
    number_keys(py);
    number_shuangpin(py);
    if (py->n_syllables == 0) {
        snprintf(err, errlen, "%s:0: no readings found (expected Rime's \"字<TAB>pinyin<TAB>weight\" after \"...\")", path);
        cs_pinyin_free(py);
        return NULL;
    }
    return py;
}

static const readings *lookup(const cs_pinyin *py, uint32_t cp)
{
    if (!py || cp < FIRST_CP || cp > LAST_CP) return NULL;
    const readings *e = &py->read[cp - FIRST_CP];
    return e->syl[0] ? e : NULL;
}

const char *cs_pinyin_of(const cs_pinyin *py, uint32_t cp)
{
    const readings *e = lookup(py, cp);
    return e ? py->syllables[e->syl[0] - 1] : NULL;
}

static int is_syllable(const cs_pinyin *py, const char *s, size_t len)
{
    if (len == 0 || len >= SYL_LEN) return 0;
    for (size_t i = 0; i < py->n_syllables; i++)
        if (strncmp(py->syllables[i], s, len) == 0 && py->syllables[i][len] == '\0') return 1;
    return 0;
}

size_t cs_pinyin_syllables(const cs_pinyin *py, const char *letters, size_t n)
{
    /* count[k]: syllables in the first k letters when they split whole, else 0 (count[0] stands
     * for the empty split); a word of a reply is short, so the table fits the stack */
    enum { MAX_LETTERS = 64 };
    size_t count[MAX_LETTERS + 1] = { 0 };
    if (!py || n == 0 || n > MAX_LETTERS) return 0;
    count[0] = 1;
    for (size_t k = 1; k <= n; k++)
        for (size_t len = 1; len < SYL_LEN && len <= k && !count[k]; len++)
            if (count[k - len] && is_syllable(py, letters + k - len, len)) count[k] = count[k - len] + 1;
    return count[n] ? count[n] - 1 : 0;
}

int cs_pinyin_homophone(const cs_pinyin *py, uint32_t a, uint32_t b)
{
    if (a == b) return 0;
    const readings *x = lookup(py, a), *y = lookup(py, b);
    if (!x || !y) return 0;
    for (int i = 0; i < CS_PINYIN_MAX_READINGS && x->syl[i]; i++)
        for (int j = 0; j < CS_PINYIN_MAX_READINGS && y->syl[j]; j++)
            if (x->syl[i] == y->syl[j]) return 1;
    return 0;
}

int cs_pinyin_similar(const cs_pinyin *py, uint32_t a, uint32_t b)
{
    if (a == b) return 0;
    const readings *x = lookup(py, a), *y = lookup(py, b);
    if (!x || !y) return 0;
    for (int i = 0; i < CS_PINYIN_MAX_READINGS && x->syl[i]; i++)
        for (int j = 0; j < CS_PINYIN_MAX_READINGS && y->syl[j]; j++)
            if (py->fuzzy[x->syl[i]] == py->fuzzy[y->syl[j]]) return 1;
    return 0;
}

int cs_pinyin_same_keys(const cs_pinyin *py, uint32_t a, uint32_t b)
{
    if (a == b) return 0;
    const readings *x = lookup(py, a), *y = lookup(py, b);
    if (!x || !y) return 0;
    for (int i = 0; i < CS_PINYIN_MAX_READINGS && x->syl[i]; i++)
        for (int j = 0; j < CS_PINYIN_MAX_READINGS && y->syl[j]; j++)
            if (py->keys[x->syl[i]] == py->keys[y->syl[j]]) return 1;
    return 0;
}

static unsigned set_bit(const cs_pinyin *py, uint16_t syl, int fuzzy)
{
    uint16_t id = fuzzy == CS_PINYIN_KEYS ? py->keys[syl] : fuzzy ? py->fuzzy[syl] : syl;
    return id % (CS_PINYIN_SET_WORDS * 64);
}

void cs_pinyin_mark(const cs_pinyin *py, uint32_t cp, int fuzzy, uint64_t set[CS_PINYIN_SET_WORDS])
{
    const readings *e = lookup(py, cp);
    for (int i = 0; e && i < CS_PINYIN_MAX_READINGS && e->syl[i]; i++) {
        unsigned b = set_bit(py, e->syl[i], fuzzy);
        set[b / 64] |= (uint64_t)1 << (b % 64);
    }
}

void cs_pinyin_mark_both(const cs_pinyin *py, uint32_t cp, uint64_t plain[CS_PINYIN_SET_WORDS],
                         uint64_t fuzzy[CS_PINYIN_SET_WORDS])
{
    const readings *e = lookup(py, cp);
    for (int i = 0; e && i < CS_PINYIN_MAX_READINGS && e->syl[i]; i++) {
        unsigned b = set_bit(py, e->syl[i], 0);
        plain[b / 64] |= (uint64_t)1 << (b % 64);
        b = set_bit(py, e->syl[i], 1);
        fuzzy[b / 64] |= (uint64_t)1 << (b % 64);
    }
}

int cs_pinyin_marked(const cs_pinyin *py, uint32_t cp, int fuzzy, const uint64_t set[CS_PINYIN_SET_WORDS])
{
    const readings *e = lookup(py, cp);
    for (int i = 0; e && i < CS_PINYIN_MAX_READINGS && e->syl[i]; i++) {
        unsigned b = set_bit(py, e->syl[i], fuzzy);
        if ((set[b / 64] >> (b % 64)) & 1) return 1;
    }
    return 0;
}

/* ---- 双拼 (shuangpin): every syllable typed as two keys, initial then final ----
 * The three common layouts (小鹤双拼, 自然码, 微软双拼): zh ch sh on v i u, each final on one key. A finger
 * that lands on the key beside the meant one types another syllable the input method then offers as
 * a real character: hao (h c) → hui (h v), zai (z d) → zen (z f), tong (t s) → tai (t d). Syllables
 * without an initial (a, ou, er) are typed by layout-specific rules and are left out. */
typedef struct {
    const char *fin;
    char key;
} sp_final;

static const sp_final XIAOHE[] = {
    { "iu", 'q' }, { "ei", 'w' }, { "e", 'e' }, { "uan", 'r' }, { "van", 'r' }, { "ue", 't' }, { "ve", 't' },
    { "un", 'y' }, { "vn", 'y' }, { "u", 'u' }, { "i", 'i' }, { "uo", 'o' }, { "o", 'o' }, { "ie", 'p' },
    { "a", 'a' }, { "ong", 's' }, { "iong", 's' }, { "ai", 'd' }, { "en", 'f' }, { "eng", 'g' }, { "ang", 'h' },
    { "an", 'j' }, { "ing", 'k' }, { "uai", 'k' }, { "iang", 'l' }, { "uang", 'l' }, { "ou", 'z' }, { "ia", 'x' },
    { "ua", 'x' }, { "ao", 'c' }, { "ui", 'v' }, { "v", 'v' }, { "in", 'b' }, { "iao", 'n' }, { "ian", 'm' },
    { NULL, 0 }
};
static const sp_final ZIRANMA[] = {
    { "iu", 'q' }, { "ia", 'w' }, { "ua", 'w' }, { "e", 'e' }, { "uan", 'r' }, { "van", 'r' }, { "ue", 't' },
    { "ve", 't' }, { "ing", 'y' }, { "uai", 'y' }, { "u", 'u' }, { "i", 'i' }, { "uo", 'o' }, { "o", 'o' },
    { "un", 'p' }, { "vn", 'p' }, { "a", 'a' }, { "ong", 's' }, { "iong", 's' }, { "iang", 'd' }, { "uang", 'd' },
    { "en", 'f' }, { "eng", 'g' }, { "ang", 'h' }, { "an", 'j' }, { "ao", 'k' }, { "ai", 'l' }, { "ei", 'z' },
    { "ie", 'x' }, { "iao", 'c' }, { "ui", 'v' }, { "v", 'v' }, { "ou", 'b' }, { "in", 'n' }, { "ian", 'm' },
    { NULL, 0 }
};
static const sp_final MICROSOFT[] = {
    { "iu", 'q' }, { "ia", 'w' }, { "ua", 'w' }, { "e", 'e' }, { "uan", 'r' }, { "van", 'r' }, { "ue", 't' },
    { "uai", 'y' }, { "v", 'y' }, { "u", 'u' }, { "i", 'i' }, { "uo", 'o' }, { "o", 'o' }, { "un", 'p' },
    { "vn", 'p' }, { "a", 'a' }, { "ong", 's' }, { "iong", 's' }, { "iang", 'd' }, { "uang", 'd' }, { "en", 'f' },
    { "eng", 'g' }, { "ang", 'h' }, { "an", 'j' }, { "ao", 'k' }, { "ai", 'l' }, { "ing", ';' }, { "ei", 'z' },
    { "ie", 'x' }, { "iao", 'c' }, { "ui", 'v' }, { "ve", 'v' }, { "ou", 'b' }, { "in", 'n' }, { "ian", 'm' },
    { NULL, 0 }
};

/* The two keys of syl in layout, or 0 when the layout gives it none here. */
static int sp_keys(const char *syl, const sp_final *layout, char keys[2])
{
    const char *fin = syl + 1;
    if (!syl[0] || strchr("aeo", syl[0])) return 0;
    keys[0] = syl[0];
    if (syl[1] == 'h' && strchr("zcs", syl[0])) {
        keys[0] = syl[0] == 'z' ? 'v' : syl[0] == 'c' ? 'i' : 'u';
        fin = syl + 2;
    }
    for (const sp_final *f = layout; f->fin; f++)
        if (strcmp(f->fin, fin) == 0) { keys[1] = f->key; return 1; }
    return 0;
}

/* Keys side by side on one row of a QWERTY keyboard. */
static int keys_adjacent(char a, char b)
{
    static const char *const rows[] = { "qwertyuiop", "asdfghjkl;", "zxcvbnm" };
    for (int r = 0; r < 3; r++) {
        const char *pa = strchr(rows[r], a), *pb = strchr(rows[r], b);
        if (pa && pb && (pa - pb == 1 || pb - pa == 1)) return 1;
    }
    return 0;
}

/* One key of the two pressed beside the meant one, the other the same, in some layout: x and y are
 * syllable numbers, their keys worked out once at load (number_shuangpin), so the matcher's
 * thousands of slip tests a reply asks are array reads, not a strcmp walk over three layouts. */
static int sp_one_key_off(const cs_pinyin *py, uint16_t x, uint16_t y)
{
    for (int l = 0; l < SP_LAYOUTS; l++) {
        const char *a = py->sp[x][l], *b = py->sp[y][l];
        if (!a[0] || !b[0]) continue;
        if (a[0] == b[0] && keys_adjacent(a[1], b[1])) return 1;
        if (a[1] == b[1] && keys_adjacent(a[0], b[0])) return 1;
    }
    return 0;
}

/* Fills py->sp: every syllable's two keys in each layout, once at load. */
static void number_shuangpin(cs_pinyin *py)
{
    static const sp_final *const layouts[SP_LAYOUTS] = { XIAOHE, ZIRANMA, MICROSOFT };
    for (size_t i = 0; i < py->n_syllables; i++)
        for (int l = 0; l < SP_LAYOUTS; l++)
            if (!sp_keys(py->syllables[i], layouts[l], py->sp[i + 1][l])) py->sp[i + 1][l][0] = '\0';
}

int cs_pinyin_shuangpin_slip(const cs_pinyin *py, uint32_t a, uint32_t b)
{
    if (a == b) return 0;
    const readings *x = lookup(py, a), *y = lookup(py, b);
    if (!x || !y) return 0;
    for (int i = 0; i < CS_PINYIN_MAX_READINGS && x->syl[i]; i++)
        for (int j = 0; j < CS_PINYIN_MAX_READINGS && y->syl[j]; j++)
            if (sp_one_key_off(py, x->syl[i], y->syl[j])) return 1;
    return 0;
}
