/* JSON writer: see json_write.h. */
#include "json_write.h"
#include "text_norm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cs_json_init(cs_json *j)
{
    memset(j, 0, sizeof *j);
}

void cs_json_free(cs_json *j)
{
    free(j->buf);
    cs_json_init(j);
}

static void grow(cs_json *j, size_t n)
{
    size_t cap = j->cap ? j->cap : 1024;   /* one grade-phrase line fits at once */
    while (j->len + n + 1 > cap) cap *= 2;
    char *grown = realloc(j->buf, cap);
    if (!grown) { j->oom = 1; return; }
    j->buf = grown;
    j->cap = cap;
}

static void put(cs_json *j, const char *s, size_t n)
{
    if (j->len + n + 1 > j->cap) grow(j, n);
    if (j->oom) return;
    char *d = j->buf + j->len;
    if (n <= 8) {   /* punctuation and short keys: no call */
        for (size_t i = 0; i < n; i++) d[i] = s[i];
    } else {
        memcpy(d, s, n);
    }
    j->len += n;
    j->buf[j->len] = '\0';
}

/* Decimal digits of v into b (NUL-terminated); returns their number. */
static int put_digits(char *b, unsigned long long v)
{
    char tmp[24];
    int n = 0;
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    for (int i = 0; i < n; i++) b[i] = tmp[n - 1 - i];
    b[n] = '\0';
    return n;
}

static void puts_(cs_json *j, const char *s) { put(j, s, strlen(s)); }

char *cs_json_take(cs_json *j)
{
    if (j->oom) { cs_json_free(j); return NULL; }
    if (!j->buf) put(j, "", 0);
    char *out = j->buf;
    j->buf = NULL;
    cs_json_free(j);
    return out;
}

/* A value (or key) at the current depth: separate it from the previous one. */
static void value_sep(cs_json *j)
{
    if (j->depth <= 0) return;
    if (j->need_comma[j->depth]) put(j, ",", 1);
    j->need_comma[j->depth] = 1;
}

static void open_(cs_json *j, const char *c)
{
    value_sep(j);
    puts_(j, c);
    if (j->depth < 63) j->depth++;
    j->need_comma[j->depth] = 0;
}

static void close_(cs_json *j, const char *c)
{
    if (j->depth > 0) j->depth--;
    puts_(j, c);
}

void cs_json_obj_begin(cs_json *j) { open_(j, "{"); }
void cs_json_obj_end(cs_json *j) { close_(j, "}"); }
void cs_json_arr_begin(cs_json *j) { open_(j, "["); }
void cs_json_arr_end(cs_json *j) { close_(j, "]"); }

/* Length of a well-formed UTF-8 sequence at s (NUL-terminated, so at most 4 bytes are looked at),
 * or 0 if it is not one: text_norm's decoder decides, so JSON and matching agree on what is UTF-8. */
static size_t utf8_seq(const unsigned char *s)
{
    return cs_utf8_seq((const char *)s, 4);
}

/* Length of the run at p that needs no escape: printable ASCII but " and \, and well-formed UTF-8. */
static size_t clean_run(const unsigned char *p)
{
    const unsigned char *q = p;
    for (;;) {
        unsigned char c = *q;
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') { q++; continue; }
        /* the common case, a CJK character: a 3-byte sequence utf8_seq would accept */
        if (c >= 0xE1 && c <= 0xEC && (q[1] & 0xC0) == 0x80 && (q[2] & 0xC0) == 0x80) { q += 3; continue; }
        size_t n = c >= 0x80 ? utf8_seq(q) : 0;
        if (n == 0) break;
        q += n;
    }
    return (size_t)(q - p);
}

static void write_string(cs_json *j, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t clean = clean_run(p);
    if (!p[clean]) {   /* nothing to escape (the common case): quotes and text in one piece */
        if (j->len + clean + 3 > j->cap) grow(j, clean + 2);
        if (j->oom) return;
        char *d = j->buf + j->len;
        d[0] = '"';
        memcpy(d + 1, s, clean);
        d[clean + 1] = '"';
        j->len += clean + 2;
        j->buf[j->len] = '\0';
        return;
    }
    put(j, "\"", 1);
    while (*p) {
        /* a run that needs no escape is copied at once (grade-phrase --batch writes many) */
        const unsigned char *run = p;
        p += clean_run(p);
        if (p > run) { put(j, (const char *)run, (size_t)(p - run)); continue; }
        unsigned char c = *p;
        if (c == '"' || c == '\\') { char e[2] = { '\\', (char)c }; put(j, e, 2); p++; continue; }
        if (c < 0x20 || c == 0x7F) {
            char e[8];
            switch (c) {
            case '\n': put(j, "\\n", 2); break;
            case '\t': put(j, "\\t", 2); break;
            case '\r': put(j, "\\r", 2); break;
            default: snprintf(e, sizeof e, "\\u%04x", c); puts_(j, e);
            }
            p++;
            continue;
        }
        size_t n = utf8_seq(p);
        if (n == 0) { puts_(j, "\\ufffd"); p++; continue; }
        put(j, (const char *)p, n);
        p += n;
    }
    put(j, "\"", 1);
}

void cs_json_key(cs_json *j, const char *key)
{
    value_sep(j);
    write_string(j, key);
    put(j, ":", 1);
    /* the value that follows must not add a comma */
    j->need_comma[j->depth] = 0;
}

/* After a key the next value must not be separated, but the one after it must. */
static void after_value(cs_json *j) { if (j->depth > 0) j->need_comma[j->depth] = 1; }

void cs_json_str(cs_json *j, const char *s)
{
    value_sep(j);
    if (s) write_string(j, s); else puts_(j, "null");
    after_value(j);
}

void cs_json_int(cs_json *j, int64_t v)
{
    char b[32];
    value_sep(j);
    int n = 0;
    if (v < 0) b[n++] = '-';
    put_digits(b + n, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
    puts_(j, b);
    after_value(j);
}

/* The scores and confidences the grader writes are whole thousandths in [0, 1e6): written here
 * as "%.10g" would write them (0.667, 1, 0), without the cost of printf; 1 when done. */
static int thousandths(double v, char *b)
{
    if (!(v >= 0.0) || signbit(v) || v >= 1e6) return 0;
    double r = v * 1000.0;
    long k = lround(r);
    if (fabs(r - (double)k) > 1e-7 || (double)k / 1000.0 != v) return 0;
    int n = put_digits(b, (unsigned long long)(k / 1000));
    long frac = k % 1000;
    if (frac) {
        b[n++] = '.';
        b[n++] = (char)('0' + frac / 100);
        if (frac % 100) b[n++] = (char)('0' + frac / 10 % 10);
        if (frac % 10) b[n++] = (char)('0' + frac % 10);
    }
    b[n] = '\0';
    return 1;
}

void cs_json_num(cs_json *j, double v)
{
    char b[40];
    value_sep(j);
    if (!isfinite(v)) puts_(j, "null");
    else if (thousandths(v, b)) puts_(j, b);
    else {
        snprintf(b, sizeof b, "%.10g", v);
        puts_(j, b);
    }
    after_value(j);
}

void cs_json_bool(cs_json *j, int v)
{
    value_sep(j);
    puts_(j, v ? "true" : "false");
    after_value(j);
}

void cs_json_null(cs_json *j)
{
    value_sep(j);
    puts_(j, "null");
    after_value(j);
}

void cs_json_kstr(cs_json *j, const char *key, const char *s) { cs_json_key(j, key); cs_json_str(j, s); }
void cs_json_kint(cs_json *j, const char *key, int64_t v) { cs_json_key(j, key); cs_json_int(j, v); }
void cs_json_knum(cs_json *j, const char *key, double v) { cs_json_key(j, key); cs_json_num(j, v); }
void cs_json_kbool(cs_json *j, const char *key, int v) { cs_json_key(j, key); cs_json_bool(j, v); }
