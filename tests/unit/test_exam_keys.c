/* Examiner keys (issue 12): the secret policy, sealing and opening with Argon2id (at the test cost),
 * a wrong secret or a changed seal refused, a re-seal keeping the key, test-key classification,
 * and Ed25519 signatures refusing any changed byte. */
#include <stdlib.h>
#include "exam_keys.h"
#include "harness.h"

static void test_policy(void)
{
    char err[256];
    CHECK(cs_secret_check("12345", err, sizeof err) == -1);
    CHECK(strstr(err, "at least 6 digits") != NULL);
    CHECK(cs_secret_check("123456", err, sizeof err) == 0);
    CHECK(cs_secret_check("abc123xyz", err, sizeof err) == -1);  /* 9 characters, not all digits */
    CHECK(cs_secret_check("abc123xyz!", err, sizeof err) == 0);
    CHECK(cs_secret_check("考评员的口令很长了", err, sizeof err) == -1); /* 9 characters (27 bytes) */
    CHECK(cs_secret_check("考评员的口令已经很长", err, sizeof err) == 0);
    CHECK(cs_secret_check("1234\n5678", err, sizeof err) == -1);
    CHECK(cs_secret_check("", err, sizeof err) == -1);
    CHECK(cs_secret_check(NULL, err, sizeof err) == -1);
}

static void test_seal_open(void)
{
    char err[256];
    cs_sealed_key k, k2;
    unsigned char sk[crypto_sign_SECRETKEYBYTES], sk2[crypto_sign_SECRETKEYBYTES];
    CHECK(cs_key_new("1234", &k, err, sizeof err) == -1);
    CHECK_MSG(cs_key_new("246813", &k, err, sizeof err) == 0, "%s", err);
    CHECK(cs_key_is_test(k.ops, k.mem)); /* CALLSIM_TEST_KDF=1 in this test */
    CHECK(!cs_key_is_test(CS_KDF_PROD_OPS, CS_KDF_PROD_MEM));
    CHECK(cs_key_is_test(CS_KDF_PROD_OPS, CS_KDF_PROD_MEM / 2));
    CHECK(cs_key_open(&k, "246813", sk) == 0);
    CHECK(cs_key_open(&k, "246814", sk2) == -1);
    k2 = k;
    k2.sealed[100] = k2.sealed[100] == '0' ? '1' : '0'; /* one changed hex digit of the box */
    CHECK(cs_key_open(&k2, "246813", sk2) == -1);
    k2 = k;
    k2.ops = k.ops + 1; /* another cost derives another key */
    CHECK(cs_key_open(&k2, "246813", sk2) == -1);
    /* re-sealed by a new secret: the same key pair, the old secret no longer opens it */
    CHECK(cs_key_seal(sk, "a new passphrase", &k2, err, sizeof err) == 0);
    CHECK_STR(k2.pub, k.pub);
    CHECK(cs_key_open(&k2, "246813", sk2) == -1);
    CHECK(cs_key_open(&k2, "a new passphrase", sk2) == 0);
    CHECK(memcmp(sk, sk2, sizeof sk) == 0);
    /* a seal whose public half was swapped for another key's is not that examiner */
    cs_sealed_key other;
    CHECK(cs_key_new("135790", &other, err, sizeof err) == 0);
    k2 = k;
    memcpy(k2.pub, other.pub, sizeof k2.pub);
    CHECK(cs_key_open(&k2, "246813", sk2) == -1);
}

static void test_signatures(void)
{
    char err[256], sig[CS_SIG_HEX];
    cs_sealed_key k;
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    if (cs_key_new("246813", &k, err, sizeof err) || cs_key_open(&k, "246813", sk)) { CHECK(0); return; }
    char msg[] = "result.score=82.5\n";
    cs_sign_hex(sk, msg, strlen(msg), sig);
    CHECK(cs_sig_valid(k.pub, sig, msg, strlen(msg)));
    msg[13] = '3';
    CHECK(!cs_sig_valid(k.pub, sig, msg, strlen(msg)));
    msg[13] = '2';
    sig[0] = sig[0] == 'a' ? 'b' : 'a';
    CHECK(!cs_sig_valid(k.pub, sig, msg, strlen(msg)));
    CHECK(!cs_sig_valid("zz", sig, msg, strlen(msg)));
    cs_signer *s = cs_signer_new();
    CHECK(s != NULL);
    cs_signer_free(s);
}

TEST_MAIN(
    setenv(CS_TEST_KDF_ENV, "1", 1);
    RUN(test_policy);
    RUN(test_seal_open);
    RUN(test_signatures);
)
