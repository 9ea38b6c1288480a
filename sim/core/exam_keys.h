/* Examiner keys (issue 12): each examiner has an Ed25519 key pair (libsodium crypto_sign); the
 * private key is kept only sealed (crypto_secretbox) under a key derived from the examiner's secret
 * with Argon2id (crypto_pwhash, ALG_ARGON2ID13). The KDF cost is stored with every sealed key.
 *
 * Secret policy: a PIN of at least 6 digits, or a passphrase of at least 10 characters
 * (cs_secret_check). Production cost: libsodium's MODERATE preset (3 passes over 256 MiB), measured
 * at ~0.5 s a guess on one core here, so the 10^6 six-digit PINs of one examiner take ~5.8 days of
 * one core offline (README "Examiners"; bench/bench_kdf.c measures it again).
 * Test cost: only when the environment has CALLSIM_TEST_KDF=1 while a key is SEALED (1 pass, 8 KiB).
 * Such a key is a test key wherever it is used: `verify` refuses it (exit 1) unless given
 * --test-keys, and `report` marks every sitting it touches. So cheap keys never pass unnoticed.
 * No SDL, no Lua, no SQLite. */
#ifndef CALLSIM_EXAM_KEYS_H
#define CALLSIM_EXAM_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include "digest.h"

#define CS_PUB_HEX (2 * crypto_sign_PUBLICKEYBYTES + 1)
#define CS_SIG_HEX (2 * crypto_sign_BYTES + 1)
/* salt (16) + nonce (24) + sealed 32-byte seed with its MAC (48) */
#define CS_SEALED_LEN (crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + crypto_sign_SEEDBYTES)
#define CS_SEALED_HEX (2 * CS_SEALED_LEN + 1)

#define CS_KDF_PROD_OPS ((uint64_t)crypto_pwhash_OPSLIMIT_MODERATE)
#define CS_KDF_PROD_MEM ((uint64_t)crypto_pwhash_MEMLIMIT_MODERATE)
#define CS_KDF_TEST_OPS ((uint64_t)crypto_pwhash_OPSLIMIT_MIN)
#define CS_KDF_TEST_MEM ((uint64_t)crypto_pwhash_MEMLIMIT_MIN)
#define CS_TEST_KDF_ENV "CALLSIM_TEST_KDF"

/* A sealed key as stored with the examiner. */
typedef struct {
    char pub[CS_PUB_HEX];
    char sealed[CS_SEALED_HEX];
    uint64_t ops, mem;
} cs_sealed_key;

/* An unlocked examiner: only in memory, wiped by cs_signer_free. */
typedef struct {
    int64_t id;
    char name[128];
    char pub[CS_PUB_HEX];
    int admin;
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
} cs_signer;

/* 0 when secret meets the policy, else -1 and one line naming the rule. */
int cs_secret_check(const char *secret, char *err, size_t errlen);
/* A new key pair sealed by secret (policy checked) at production cost, or at test cost when
 * CALLSIM_TEST_KDF=1. 0, or -1 with err. */
int cs_key_new(const char *secret, cs_sealed_key *out, char *err, size_t errlen);
/* Seals an existing secret key (sk) by a new secret, at the cost cs_key_new would use. */
int cs_key_seal(const unsigned char sk[crypto_sign_SECRETKEYBYTES], const char *secret, cs_sealed_key *out, char *err, size_t errlen);
/* Opens a sealed key: 0 and the secret key, or -1 (wrong secret, or a damaged seal). */
int cs_key_open(const cs_sealed_key *k, const char *secret, unsigned char sk[crypto_sign_SECRETKEYBYTES]);
/* 1 when sealed below the production cost (a test key). */
int cs_key_is_test(uint64_t ops, uint64_t mem);

/* Ed25519 detached signature of msg, in hex. */
void cs_sign_hex(const unsigned char sk[crypto_sign_SECRETKEYBYTES], const void *msg, size_t len, char sig[CS_SIG_HEX]);
/* 1 when sig (hex) is pub's (hex) signature of msg. */
int cs_sig_valid(const char *pub, const char *sig, const void *msg, size_t len);

cs_signer *cs_signer_new(void);
void cs_signer_free(cs_signer *s);

#endif
