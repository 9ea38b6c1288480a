/* SHA-256 (FIPS 180-4) from libsodium (crypto_hash_sha256), for the turn hash chain, the paper's
 * hash, the signed exam ledger (exam_ledger.h) and its canonical records; and the canonical text
 * writer those records use. libsodium replaces the hand-written SHA-256/PBKDF2 this project had:
 * one audited implementation, and the same library gives Ed25519 and Argon2id (exam_keys.h).
 * No SDL, no Lua, no SQLite. */
#ifndef CALLSIM_DIGEST_H
#define CALLSIM_DIGEST_H

#include <stddef.h>
#include <stdint.h>
#include <sodium.h>

#define CS_SHA256_LEN 32
#define CS_SHA256_HEX 65 /* 64 hex digits + NUL */

typedef crypto_hash_sha256_state cs_sha256;

/* 0, or -1 when libsodium cannot start (no entropy source): every crypto user calls it first. */
int cs_crypto_init(void);

void cs_sha256_init(cs_sha256 *c);
void cs_sha256_update(cs_sha256 *c, const void *data, size_t len);
void cs_sha256_final(cs_sha256 *c, unsigned char out[CS_SHA256_LEN]);
/* One-shot digest, and its lower-case hex. */
void cs_sha256_sum(const void *data, size_t len, unsigned char out[CS_SHA256_LEN]);
void cs_sha256_hex(const void *data, size_t len, char out[CS_SHA256_HEX]);
/* Lower-case hex of any bytes: out must hold 2 * len + 1. */
void cs_hex(const unsigned char *bytes, size_t len, char *out);
/* Hex to bytes: 0 when hex is exactly 2 * len hex digits, else -1. */
int cs_unhex(const char *hex, unsigned char *out, size_t len);

/* A canonical record (docs/signed-record.md): one "name=value\n" line per field, in a fixed
 * order; in values '\\' is written "\\\\", and every byte below 0x20 and 0x7f as "\\xHH", so a
 * line is a field, no two different records share a text, and a diff names the changed field. */
typedef struct {
    char *buf;
    size_t len, cap;
    int oom;
} cs_canon;

void cs_canon_init(cs_canon *c);
void cs_canon_str(cs_canon *c, const char *name, const char *value); /* NULL: "name\n" (no "=") */
void cs_canon_int(cs_canon *c, const char *name, int64_t v);
void cs_canon_num(cs_canon *c, const char *name, double v); /* %.17g, -0 as 0, NaN as "nan" */
/* The text (NUL-terminated; NULL when out of memory); the caller frees it. */
char *cs_canon_take(cs_canon *c);
void cs_canon_free(cs_canon *c);

#endif
