/* Examiner keys: Argon2id-sealed Ed25519 (see exam_keys.h for the policy and the costs). */
#include "exam_keys.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cs_secret_check(const char *secret, char *err, size_t errlen)
{
    size_t bytes = secret ? strlen(secret) : 0, chars = 0;
    int digits = bytes > 0, ctrl = 0;
    for (size_t i = 0; i < bytes; i++) {
        unsigned char c = (unsigned char)secret[i];
        if ((c & 0xC0) != 0x80) chars++; /* UTF-8: count code points, not bytes */
        if (c < '0' || c > '9') digits = 0;
        if (c < 0x20 || c == 0x7f) ctrl = 1;
    }
    if (!ctrl && ((digits && chars >= 6) || (!digits && chars >= 10))) return 0;
    snprintf(err, errlen, "the examiner's secret must be a PIN of at least 6 digits or a passphrase of at least "
             "10 characters (no control characters)");
    return -1;
}

int cs_key_is_test(uint64_t ops, uint64_t mem)
{
    return ops < CS_KDF_PROD_OPS || mem < CS_KDF_PROD_MEM;
}

static int derive(const char *secret, const unsigned char *salt, uint64_t ops, uint64_t mem,
                  unsigned char key[crypto_secretbox_KEYBYTES])
{
    if (ops < crypto_pwhash_OPSLIMIT_MIN || mem < crypto_pwhash_MEMLIMIT_MIN || mem > SIZE_MAX) return -1;
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, secret, strlen(secret), salt, (unsigned long long)ops,
                         (size_t)mem, crypto_pwhash_ALG_ARGON2ID13);
}

/* Seals the 32-byte seed of sk under secret at the chosen cost; pub: sk's public half. */
static int seal(const unsigned char sk[crypto_sign_SECRETKEYBYTES], const char *secret, cs_sealed_key *out, char *err, size_t errlen)
{
    if (cs_secret_check(secret, err, errlen)) return -1;
    if (cs_crypto_init()) { snprintf(err, errlen, "libsodium cannot start (no entropy source)"); return -1; }
    const char *t = getenv(CS_TEST_KDF_ENV);
    int test = t && !strcmp(t, "1");
    memset(out, 0, sizeof *out);
    out->ops = test ? CS_KDF_TEST_OPS : CS_KDF_PROD_OPS;
    out->mem = test ? CS_KDF_TEST_MEM : CS_KDF_PROD_MEM;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], seed[crypto_sign_SEEDBYTES];
    unsigned char blob[CS_SEALED_LEN], key[crypto_secretbox_KEYBYTES];
    unsigned char *salt = blob, *nonce = blob + crypto_pwhash_SALTBYTES, *box = nonce + crypto_secretbox_NONCEBYTES;
    crypto_sign_ed25519_sk_to_seed(seed, sk);
    crypto_sign_ed25519_sk_to_pk(pk, sk);
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    int rc = derive(secret, salt, out->ops, out->mem, key);
    if (rc == 0) crypto_secretbox_easy(box, seed, sizeof seed, nonce, key);
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(key, sizeof key);
    if (rc) { snprintf(err, errlen, "Argon2id could not get %llu bytes of memory to seal the key; close other programs",
                       (unsigned long long)out->mem); return -1; }
    cs_hex(pk, sizeof pk, out->pub);
    cs_hex(blob, sizeof blob, out->sealed);
    return 0;
}

int cs_key_seal(const unsigned char sk[crypto_sign_SECRETKEYBYTES], const char *secret, cs_sealed_key *out, char *err, size_t errlen)
{
    return seal(sk, secret, out, err, errlen);
}

int cs_key_new(const char *secret, cs_sealed_key *out, char *err, size_t errlen)
{
    if (cs_secret_check(secret, err, errlen)) return -1;
    if (cs_crypto_init()) { snprintf(err, errlen, "libsodium cannot start (no entropy source)"); return -1; }
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    int rc = seal(sk, secret, out, err, errlen);
    sodium_memzero(sk, sizeof sk);
    return rc;
}

int cs_key_open(const cs_sealed_key *k, const char *secret, unsigned char sk[crypto_sign_SECRETKEYBYTES])
{
    unsigned char blob[CS_SEALED_LEN], key[crypto_secretbox_KEYBYTES], seed[crypto_sign_SEEDBYTES];
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], want[crypto_sign_PUBLICKEYBYTES];
    if (cs_crypto_init() || !secret || cs_unhex(k->sealed, blob, sizeof blob) || cs_unhex(k->pub, want, sizeof want))
        return -1;
    unsigned char *salt = blob, *nonce = blob + crypto_pwhash_SALTBYTES, *box = nonce + crypto_secretbox_NONCEBYTES;
    int rc = derive(secret, salt, k->ops, k->mem, key);
    if (rc == 0) rc = crypto_secretbox_open_easy(seed, box, sizeof blob - (size_t)(box - blob), nonce, key);
    if (rc == 0) rc = crypto_sign_seed_keypair(pk, sk, seed);
    /* the seal must hold the key its public half says: a swapped seal is not this examiner */
    if (rc == 0 && sodium_memcmp(pk, want, sizeof pk) != 0) rc = -1;
    sodium_memzero(key, sizeof key);
    sodium_memzero(seed, sizeof seed);
    if (rc) sodium_memzero(sk, crypto_sign_SECRETKEYBYTES);
    return rc ? -1 : 0;
}

void cs_sign_hex(const unsigned char sk[crypto_sign_SECRETKEYBYTES], const void *msg, size_t len, char sig[CS_SIG_HEX])
{
    unsigned char s[crypto_sign_BYTES];
    crypto_sign_detached(s, NULL, msg, len, sk);
    cs_hex(s, sizeof s, sig);
}

int cs_sig_valid(const char *pub, const char *sig, const void *msg, size_t len)
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], s[crypto_sign_BYTES];
    if (cs_crypto_init() || cs_unhex(pub, pk, sizeof pk) || cs_unhex(sig, s, sizeof s)) return 0;
    return crypto_sign_verify_detached(s, msg, len, pk) == 0;
}

cs_signer *cs_signer_new(void)
{
    /* sodium_malloc: guarded pages, kept out of swap where the system allows */
    if (cs_crypto_init()) return NULL;
    cs_signer *s = sodium_malloc(sizeof *s);
    if (s) memset(s, 0, sizeof *s);
    return s;
}

void cs_signer_free(cs_signer *s)
{
    if (s) sodium_free(s); /* wipes before freeing */
}
