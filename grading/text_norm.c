/* UTF-8 decoding and the normal form used for phrase matching (see text_norm.h).
 * The normal form exists so that what a trainee types through any input method compares equal to
 * the bank: IMEs give full-width Latin and digits, Chinese or ASCII punctuation and stray spaces at
 * will, and job numbers come as 8号, ８号 or 八号. */
#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

#define REPLACEMENT 0xFFFDu

/* Length of the sequence announced by a lead byte, 0 when it can never start one. */
static size_t lead_len(unsigned char c)
{
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return 2;
    if (c >= 0xE0 && c <= 0xEF) return 3;
    if (c >= 0xF0 && c <= 0xF4) return 4;
    return 0;
}

/* Bytes of the well-formed sequence at s (at most avail bytes may be read), 0 if malformed.
 * The second-byte bounds reject overlongs, surrogates and code points above U+10FFFF; a NUL is
 * never a continuation byte, so a truncated sequence stops at the terminator. */
static size_t seq_len(const unsigned char *s, size_t avail)
{
    size_t n = lead_len(s[0]);
    if (n <= 1 || n > avail) return n > avail ? 0 : n;
    unsigned lo = 0x80, hi = 0xBF;
    if (s[0] == 0xE0) lo = 0xA0;
    if (s[0] == 0xED) hi = 0x9F;
    if (s[0] == 0xF0) lo = 0x90;
    if (s[0] == 0xF4) hi = 0x8F;
    if (s[1] < lo || s[1] > hi) return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF) return 0;
    return n;
}

static uint32_t decode(const unsigned char *s, size_t n)
{
    static const unsigned char lead_mask[5] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
    uint32_t cp = s[0] & lead_mask[n];
    for (size_t i = 1; i < n; i++) cp = (cp << 6) | (s[i] & 0x3Fu);
    return cp;
}

size_t cs_utf8_seq(const char *s, size_t avail)
{
    return avail ? seq_len((const unsigned char *)s, avail) : 0;
}

/* The two common cases, decided as seq_len would without its general path: ASCII, and a 3-byte
 * sequence whose lead byte puts no extra bound on the second byte (E1..EC, EE, EF: most of CJK). */
static int plain_three(const unsigned char *s)
{
    return ((s[0] >= 0xE1 && s[0] <= 0xEC) || s[0] == 0xEE || s[0] == 0xEF) &&
           (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80;
}

int cs_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) { i++; continue; }
        if (len - i >= 3 && plain_three(p + i)) { i += 3; continue; }
        size_t n = seq_len(p + i, len - i);
        if (n == 0) return 0;
        i += n;
    }
    return 1;
}

uint32_t cs_utf8_next(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    if (*p == 0) return 0;
    if (*p < 0x80) { *pp += 1; return *p; }
    /* (s[1] is checked before s[2] is read: a NUL there ends the test) */
    if (plain_three(p)) {
        *pp += 3;
        return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3Fu);
    }
    /* 4 is enough: seq_len stops at the first non-continuation byte, including the NUL. */
    size_t n = seq_len(p, 4);
    if (n == 0) { *pp += 1; return REPLACEMENT; }
    *pp += n;
    return decode(p, n);
}

size_t cs_utf8_len(const char *s)
{
    size_t count = 0;
    while (*s) { cs_utf8_next(&s); count++; }
    return count;
}

size_t cs_utf8_put(uint32_t cp, char *buf)
{
    unsigned char *b = (unsigned char *)buf;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = REPLACEMENT;
    if (cp < 0x80) { b[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        b[0] = (unsigned char)(0xC0 | (cp >> 6));
        b[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (cp >> 12));
        b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | (cp >> 18));
    b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static int is_space(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

static int is_punct(uint32_t c)
{
    if (c < 0x80) return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
                         (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E) || c < 0x20 || c == 0x7F;
    if (c >= 0x80 && c <= 0x9F) return 1;          /* C1 controls */
    if (c >= 0xA1 && c <= 0xBF) return c != 0xAA && c != 0xB2 && c != 0xB3 && c != 0xB5 &&
                                       c != 0xB9 && c != 0xBA && c != 0xBC && c != 0xBD && c != 0xBE;
    if (c == 0xD7 || c == 0xF7) return 1;
    if (c >= 0x2010 && c <= 0x205E) return 1;      /* dashes, quotes, …, ‰, ※ */
    if (c >= 0x2190 && c <= 0x21FF) return 1;      /* arrows */
    if (c >= 0x2500 && c <= 0x27BF) return 1;      /* box drawing, shapes, dingbats (★ ☆ ✓) */
    if (c >= 0x3001 && c <= 0x3004) return 1;      /* 、。〃〄 */
    if (c >= 0x3008 && c <= 0x3020) return 1;      /* 〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟〠 */
    if (c == 0x3030 || c == 0x303D || c == 0x30FB || c == 0x30FC) return 1; /* 〰 〽 ・ ー */
    if (c >= 0xFE10 && c <= 0xFE1F) return 1;      /* vertical forms */
    if (c >= 0xFE30 && c <= 0xFE6F) return 1;      /* CJK compatibility and small forms */
    if (c >= 0xFF5F && c <= 0xFF65) return 1;      /* half-width brackets and 。「」、・ */
    if (c >= 0xFE00 && c <= 0xFE0F) return 1;      /* variation selectors: invisible */
    return 0;
}

/* One code point of the normal form, or 0 to drop it. */
static uint32_t norm_cp(uint32_t c)
{
    static const uint32_t digits_zh[10] = { 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                            0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D }; /* 〇一二三四五六七八九 */
    /* Most of a reply: a CJK ideograph is no space or punctuation and no full-width or upper-case
     * Latin, so only the Chinese digits below change (the same answers as the general path) */
    if (c >= 0x3400 && c <= 0x9FFF) {
        if (c > 0x56DB) return c == 0x96F6 ? '0' : c == 0x5E7A ? '1' : c;   /* 零 幺 */
        switch (c) {
        case 0x4E00: return '1';
        case 0x4E8C: return '2';
        case 0x4E09: return '3';
        case 0x56DB: return '4';
        case 0x4E94: return '5';
        case 0x516D: return '6';
        case 0x4E03: return '7';
        case 0x516B: return '8';
        case 0x4E5D: return '9';
        default: return c;
        }
    }
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;   /* full-width ASCII → ASCII */
    if (is_space(c) || is_punct(c)) return 0;
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c == 0x96F6) return '0';                    /* 零 */
    if (c == 0x5E7A) return '1';                    /* 幺, as in phone numbers */
    /* Digits are mapped both in the bank and in replies, so words such as 一下 stay comparable
     * while 工号八号 and 工号8号 become one form. */
    if (c < 0x3007 || c > 0x56DB) return c;
    for (uint32_t d = 0; d < 10; d++)
        if (digits_zh[d] == c) return '0' + d;
    return c;
}

uint32_t cs_normalize_cp(uint32_t c) { return norm_cp(c); }

int cs_is_break(uint32_t c)
{
    return c == CS_NORM_BREAK || c == CS_NORM_QBREAK;
}

int cs_is_han(uint32_t c)
{
    return c >= 0x3400 && c <= 0x9FFF;
}

/* Is c, after the digit buf[n - 1], a mark masking digits of a number read out for privacy, with a digit
 * after the marks (rest: the text after c): 138****5621, 尾号 62**21? The marks are the number's own,
 * no break in it: the whole stands as one number (贵阳 T-GSOCCIA 001—2020 §二(二) 2.10 请问您的手机号码是
 * XXX吗, said with the middle digits masked). Helper phr21. */
static int masks_digits(uint32_t c, const uint32_t *buf, size_t n, const char *rest)
{
    if ((c != '*' && c != 0xD7) || n == 0 || buf[n - 1] < '0' || buf[n - 1] > '9') return 0;
    for (;;) {
        uint32_t d = cs_utf8_next(&rest);
        if (d >= 0xFF01 && d <= 0xFF5E) d -= 0xFEE0;
        if (d == '*' || d == 0xD7) continue;
        return d >= '0' && d <= '9';
    }
}

/* Shared by the code-point forms; breaks: mark punctuation runs with CS_NORM_BREAK (2: and
 * question runs with CS_NORM_QBREAK, kept at the end). */
static size_t normalize_into(const char *s, uint32_t **out, int breaks)
{
    size_t cap = strlen(s) + 1;   /* never more code points than bytes */
    uint32_t *buf = malloc(cap * sizeof *buf);
    *out = NULL;
    if (!buf) return (size_t)-1;
    size_t n = 0;
    while (*s) {
        uint32_t raw = cs_utf8_next(&s);
        uint32_t c = norm_cp(raw);
        if (c) { buf[n++] = c; continue; }
        /* an apostrophe inside an English word (don't, I'm) is part of the word, not a break */
        if ((raw == '\'' || raw == 0x2019) && n > 0 && buf[n - 1] >= 'a' && buf[n - 1] <= 'z' &&
            ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
            continue;
        uint32_t folded = raw >= 0xFF01 && raw <= 0xFF5E ? raw - 0xFEE0 : raw;
        if (masks_digits(folded, buf, n, s)) continue;
        if (!breaks || is_space(folded) || n == 0) continue;
        int question = breaks == 2 && folded == '?';
        if (!cs_is_break(buf[n - 1])) buf[n++] = question ? CS_NORM_QBREAK : CS_NORM_BREAK;
        else if (question) buf[n - 1] = CS_NORM_QBREAK;
    }
    if (breaks && n > 0 && buf[n - 1] == CS_NORM_BREAK) n--;
    buf[n] = 0;
    *out = buf;
    return n;
}

size_t cs_normalize_cps(const char *s, uint32_t **out)
{
    return normalize_into(s, out, 0);
}

size_t cs_normalize_clauses(const char *s, uint32_t **out)
{
    return normalize_into(s, out, 1);
}

size_t cs_normalize_marked(const char *s, uint32_t **out)
{
    return normalize_into(s, out, 2);
}

char *cs_normalize(const char *s)
{
    uint32_t *cps;
    size_t n = cs_normalize_cps(s, &cps);
    if (n == (size_t)-1) return NULL;
    char *out = malloc(n * 4 + 1);
    if (!out) { free(cps); return NULL; }
    size_t len = 0;
    for (size_t i = 0; i < n; i++) len += cs_utf8_put(cps[i], out + len);
    out[len] = '\0';
    free(cps);
    return out;
}
