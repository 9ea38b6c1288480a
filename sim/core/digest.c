/* SHA-256 through libsodium, and the canonical record writer (see digest.h). */
#include "digest.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cs_crypto_init(void)
{
    return sodium_init() < 0 ? -1 : 0; /* 1 = already started: fine */
}

void cs_sha256_init(cs_sha256 *c)
{
    crypto_hash_sha256_init(c);
}

void cs_sha256_update(cs_sha256 *c, const void *data, size_t len)
{
    crypto_hash_sha256_update(c, data, len);
}

void cs_sha256_final(cs_sha256 *c, unsigned char out[CS_SHA256_LEN])
{
    crypto_hash_sha256_final(c, out);
}

void cs_sha256_sum(const void *data, size_t len, unsigned char out[CS_SHA256_LEN])
{
    crypto_hash_sha256(out, data, len);
}

void cs_sha256_hex(const void *data, size_t len, char out[CS_SHA256_HEX])
{
    unsigned char d[CS_SHA256_LEN];
    cs_sha256_sum(data, len, d);
    cs_hex(d, sizeof d, out);
}

void cs_hex(const unsigned char *bytes, size_t len, char *out)
{
    sodium_bin2hex(out, 2 * len + 1, bytes, len);
}

int cs_unhex(const char *hex, unsigned char *out, size_t len)
{
    size_t got = 0;
    const char *end = NULL;
    if (!hex || strlen(hex) != 2 * len) return -1;
    if (sodium_hex2bin(out, len, hex, 2 * len, NULL, &got, &end) != 0) return -1;
    return got == len && end && *end == '\0' ? 0 : -1;
}

/* ---- canonical records ------------------------------------------------------------------------- */

void cs_canon_init(cs_canon *c)
{
    memset(c, 0, sizeof *c);
}

static void put(cs_canon *c, const char *s, size_t n)
{
    if (c->oom) return;
    if (c->len + n + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 1024;
        while (cap < c->len + n + 1) cap *= 2;
        char *b = realloc(c->buf, cap);
        if (!b) { c->oom = 1; return; }
        c->buf = b;
        c->cap = cap;
    }
    memcpy(c->buf + c->len, s, n);
    c->len += n;
    c->buf[c->len] = '\0';
}

void cs_canon_str(cs_canon *c, const char *name, const char *value)
{
    put(c, name, strlen(name));
    if (!value) { put(c, "\n", 1); return; } /* NULL: the name alone, no '=' */
    put(c, "=", 1);
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        char esc[8];
        if (*p == '\\') put(c, "\\\\", 2);
        else if (*p < 0x20 || *p == 0x7f) {
            snprintf(esc, sizeof esc, "\\x%02x", *p);
            put(c, esc, 4);
        } else put(c, (const char *)p, 1);
    }
    put(c, "\n", 1);
}

void cs_canon_int(cs_canon *c, const char *name, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRId64, v);
    cs_canon_str(c, name, buf);
}

void cs_canon_num(cs_canon *c, const char *name, double v)
{
    char buf[40];
    if (isnan(v)) snprintf(buf, sizeof buf, "nan");
    else snprintf(buf, sizeof buf, "%.17g", v == 0 ? 0.0 : v);
    cs_canon_str(c, name, buf);
}

char *cs_canon_take(cs_canon *c)
{
    if (c->oom) { cs_canon_free(c); return NULL; }
    if (!c->buf) put(c, "", 0);
    if (c->oom) return NULL;
    char *b = c->buf;
    cs_canon_init(c);
    return b;
}

void cs_canon_free(cs_canon *c)
{
    free(c->buf);
    cs_canon_init(c);
}
