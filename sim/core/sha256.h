/* SHA-256 (FIPS 180-4), HMAC-SHA-256 (RFC 2104) and PBKDF2-HMAC-SHA-256 (RFC 8018), written here so
 * the store needs no crypto library: the hash chain over exam turns and examiners' salted PIN
 * hashes use them. No SDL, no Lua, no SQLite. */
#ifndef CALLSIM_SHA256_H
#define CALLSIM_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define CS_SHA256_LEN 32
#define CS_SHA256_HEX 65 /* 64 hex digits + NUL */

typedef struct {
    uint32_t h[8];
    uint64_t total;      /* bytes hashed so far */
    unsigned char buf[64];
    size_t used;         /* bytes waiting in buf */
} cs_sha256;

void cs_sha256_init(cs_sha256 *c);
void cs_sha256_update(cs_sha256 *c, const void *data, size_t len);
void cs_sha256_final(cs_sha256 *c, unsigned char out[CS_SHA256_LEN]);

/* One-shot digest. */
void cs_sha256_sum(const void *data, size_t len, unsigned char out[CS_SHA256_LEN]);
/* Lower-case hex of a digest (or any bytes: out must hold 2 * len + 1). */
void cs_hex(const unsigned char *bytes, size_t len, char *out);

void cs_hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
                    unsigned char out[CS_SHA256_LEN]);
/* PBKDF2-HMAC-SHA-256 with dklen <= 32 (one block is all a PIN hash needs). */
void cs_pbkdf2_sha256(const void *pass, size_t passlen, const void *salt, size_t saltlen,
                      unsigned iterations, unsigned char *out, size_t dklen);

#endif
