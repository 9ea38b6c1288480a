/* SHA-256, HMAC-SHA-256 and PBKDF2 against published test vectors (FIPS 180-4 examples / NIST
 * CAVP, RFC 4231, RFC 7914 §11), plus split-update equivalence across block boundaries. */
#include <stdlib.h>
#include "harness.h"
#include "sha256.h"

static void hex_of(const void *data, size_t len, char *out)
{
    unsigned char d[CS_SHA256_LEN];
    cs_sha256_sum(data, len, d);
    cs_hex(d, sizeof d, out);
}

static void test_fips_vectors(void)
{
    char h[CS_SHA256_HEX];
    hex_of("", 0, h);
    CHECK_STR(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    hex_of("abc", 3, h);
    CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    hex_of(m448, strlen(m448), h);
    CHECK_STR(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const char *m896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                       "klmnopqrlmnopqrsmnopqrstnopqrstu";
    hex_of(m896, strlen(m896), h);
    CHECK_STR(h, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void test_million_a(void)
{
    cs_sha256 c;
    unsigned char chunk[1000], d[CS_SHA256_LEN];
    char h[CS_SHA256_HEX];
    memset(chunk, 'a', sizeof chunk);
    cs_sha256_init(&c);
    for (int i = 0; i < 1000; i++) cs_sha256_update(&c, chunk, sizeof chunk);
    cs_sha256_final(&c, d);
    cs_hex(d, sizeof d, h);
    CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Every split of a 130-byte message into two updates gives the one-shot digest. */
static void test_split_updates(void)
{
    unsigned char msg[130], whole[CS_SHA256_LEN], part[CS_SHA256_LEN];
    for (size_t i = 0; i < sizeof msg; i++) msg[i] = (unsigned char)(i * 7 + 3);
    cs_sha256_sum(msg, sizeof msg, whole);
    int same = 1;
    for (size_t cut = 0; cut <= sizeof msg; cut++) {
        cs_sha256 c;
        cs_sha256_init(&c);
        cs_sha256_update(&c, msg, cut);
        cs_sha256_update(&c, msg + cut, sizeof msg - cut);
        cs_sha256_final(&c, part);
        if (memcmp(whole, part, sizeof whole) != 0) same = 0;
    }
    CHECK(same);
}

static void test_hmac_rfc4231(void)
{
    unsigned char key[131], d[CS_SHA256_LEN];
    char h[CS_SHA256_HEX];
    memset(key, 0x0b, 20); /* test case 1 */
    cs_hmac_sha256(key, 20, "Hi There", 8, d);
    cs_hex(d, sizeof d, h);
    CHECK_STR(h, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    const char *msg2 = "what do ya want for nothing?"; /* test case 2 */
    cs_hmac_sha256("Jefe", 4, msg2, strlen(msg2), d);
    cs_hex(d, sizeof d, h);
    CHECK_STR(h, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    memset(key, 0xaa, sizeof key); /* test case 6: key longer than a block */
    const char *msg6 = "Test Using Larger Than Block-Size Key - Hash Key First";
    cs_hmac_sha256(key, sizeof key, msg6, strlen(msg6), d);
    cs_hex(d, sizeof d, h);
    CHECK_STR(h, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

static void test_pbkdf2(void)
{
    unsigned char d[CS_SHA256_LEN];
    char h[CS_SHA256_HEX];
    cs_pbkdf2_sha256("password", 8, "salt", 4, 1, d, sizeof d);
    cs_hex(d, sizeof d, h);
    CHECK_STR(h, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    cs_pbkdf2_sha256("password", 8, "salt", 4, 2, d, sizeof d);
    cs_hex(d, sizeof d, h);
    CHECK_STR(h, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    cs_pbkdf2_sha256("password", 8, "salt", 4, 4096, d, sizeof d);
    cs_hex(d, sizeof d, h);
    CHECK_STR(h, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

TEST_MAIN(
    RUN(test_fips_vectors);
    RUN(test_million_a);
    RUN(test_split_updates);
    RUN(test_hmac_rfc4231);
    RUN(test_pbkdf2);
)
