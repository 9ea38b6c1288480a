/* SHA-256, HMAC and one-block PBKDF2 (see sha256.h). Written from FIPS 180-4 §6.2 and RFC 2104 /
 * RFC 8018 §5.2; checked against their published test vectors in tests/unit/test_sha256.c. */
#include "sha256.h"

#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

static uint32_t load_be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static void store_be32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* FIPS 180-4 §6.2.2: one 512-bit block. */
static void compress(uint32_t h[8], const unsigned char *block)
{
    uint32_t w[64];
    for (int t = 0; t < 16; t++) w[t] = load_be32(block + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int t = 0; t < 64; t++) {
        uint32_t S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = k + S1 + ch + K[t] + w[t];
        uint32_t S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        k = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += k;
}

void cs_sha256_init(cs_sha256 *c)
{
    static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    memcpy(c->h, iv, sizeof iv);
    c->total = 0;
    c->used = 0;
}

void cs_sha256_update(cs_sha256 *c, const void *data, size_t len)
{
    const unsigned char *p = data;
    c->total += len;
    if (c->used) {
        size_t take = 64 - c->used < len ? 64 - c->used : len;
        memcpy(c->buf + c->used, p, take);
        c->used += take;
        p += take;
        len -= take;
        if (c->used < 64) return;
        compress(c->h, c->buf);
        c->used = 0;
    }
    for (; len >= 64; p += 64, len -= 64) compress(c->h, p);
    memcpy(c->buf, p, len);
    c->used = len;
}

/* §5.1.1 padding: 0x80, zeros, then the message length in bits as a big-endian 64-bit number. */
void cs_sha256_final(cs_sha256 *c, unsigned char out[CS_SHA256_LEN])
{
    uint64_t bits = c->total * 8;
    c->buf[c->used++] = 0x80;
    if (c->used > 56) {
        memset(c->buf + c->used, 0, 64 - c->used);
        compress(c->h, c->buf);
        c->used = 0;
    }
    memset(c->buf + c->used, 0, 56 - c->used);
    store_be32(c->buf + 56, (uint32_t)(bits >> 32));
    store_be32(c->buf + 60, (uint32_t)bits);
    compress(c->h, c->buf);
    for (int i = 0; i < 8; i++) store_be32(out + 4 * i, c->h[i]);
    memset(c, 0, sizeof *c); /* PIN material must not linger on the stack */
}

void cs_sha256_sum(const void *data, size_t len, unsigned char out[CS_SHA256_LEN])
{
    cs_sha256 c;
    cs_sha256_init(&c);
    cs_sha256_update(&c, data, len);
    cs_sha256_final(&c, out);
}

void cs_hex(const unsigned char *bytes, size_t len, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < len; i++) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 15];
    }
    out[2 * len] = '\0';
}

/* RFC 2104: H((K ^ opad) || H((K ^ ipad) || msg)), keys longer than a block hashed first. */
void cs_hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
                    unsigned char out[CS_SHA256_LEN])
{
    unsigned char k[64] = { 0 }, pad[64], inner[CS_SHA256_LEN];
    if (keylen > 64) cs_sha256_sum(key, keylen, k);
    else if (keylen) memcpy(k, key, keylen);
    cs_sha256 c;
    for (int i = 0; i < 64; i++) pad[i] = k[i] ^ 0x36;
    cs_sha256_init(&c);
    cs_sha256_update(&c, pad, 64);
    cs_sha256_update(&c, msg, msglen);
    cs_sha256_final(&c, inner);
    for (int i = 0; i < 64; i++) pad[i] = k[i] ^ 0x5c;
    cs_sha256_init(&c);
    cs_sha256_update(&c, pad, 64);
    cs_sha256_update(&c, inner, sizeof inner);
    cs_sha256_final(&c, out);
    memset(k, 0, sizeof k);
    memset(pad, 0, sizeof pad);
}

/* RFC 8018 §5.2, block 1 only: U1 = PRF(P, S || INT(1)), Uj = PRF(P, Uj-1), T = U1 ^ ... ^ Uc. */
void cs_pbkdf2_sha256(const void *pass, size_t passlen, const void *salt, size_t saltlen,
                      unsigned iterations, unsigned char *out, size_t dklen)
{
    unsigned char msg[256 + 4], u[CS_SHA256_LEN], t[CS_SHA256_LEN];
    if (saltlen > 256) saltlen = 256; /* salts here are 16 bytes; never overflow msg */
    if (saltlen) memcpy(msg, salt, saltlen);
    store_be32(msg + saltlen, 1);
    cs_hmac_sha256(pass, passlen, msg, saltlen + 4, u);
    memcpy(t, u, sizeof t);
    for (unsigned j = 1; j < iterations; j++) {
        cs_hmac_sha256(pass, passlen, u, sizeof u, u);
        for (int i = 0; i < CS_SHA256_LEN; i++) t[i] ^= u[i];
    }
    memcpy(out, t, dklen < sizeof t ? dklen : sizeof t);
    memset(u, 0, sizeof u);
    memset(t, 0, sizeof t);
}
