/* SHA-256 (libsodium, through digest.h) against the FIPS 180-4 example vectors, split-update
 * equivalence across block boundaries, hex round trips and the canonical record text. */
#include <stdlib.h>
#include "harness.h"
#include "digest.h"

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

static void test_hex(void)
{
    unsigned char b[4] = { 0x00, 0xab, 0x7f, 0xff }, back[4];
    char h[9];
    cs_hex(b, 4, h);
    CHECK_STR(h, "00ab7fff");
    CHECK(cs_unhex(h, back, 4) == 0 && memcmp(b, back, 4) == 0);
    CHECK(cs_unhex("00ab7f", back, 4) == -1);   /* short */
    CHECK(cs_unhex("00ab7fzz", back, 4) == -1); /* not hex */
    CHECK(cs_unhex("00ab7fff00", back, 4) == -1);
}

/* One line per field; NULL, "" and control characters each have their own spelling. */
static void test_canon(void)
{
    cs_canon c;
    cs_canon_init(&c);
    cs_canon_str(&c, "a", NULL);
    cs_canon_str(&c, "b", "");
    cs_canon_str(&c, "c", "x\ny\n=\\");
    cs_canon_int(&c, "d", -42);
    cs_canon_num(&c, "e", -0.0);
    cs_canon_num(&c, "f", 82.5);
    char *t = cs_canon_take(&c);
    CHECK_STR(t, "a\nb=\nc=x\\x0ay\\x0a=\\\\\nd=-42\ne=0\nf=82.5\n");
    free(t);
}

TEST_MAIN(
    RUN(test_fips_vectors);
    RUN(test_million_a);
    RUN(test_split_updates);
    RUN(test_hex);
    RUN(test_canon);
)
