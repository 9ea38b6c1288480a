/* Random bytes from /dev/urandom (see random_id.h). No fallback to a clock-seeded generator on
 * purpose: a predictable salt or two seats picking the same uid would be silent failures. */
#include "random_id.h"

#include <stdio.h>

#include "digest.h"

int cs_random_bytes(unsigned char *buf, size_t n)
{
    FILE *f = fopen("/dev/urandom", "rb");
    if (!f) return -1;
    size_t got = fread(buf, 1, n, f);
    fclose(f);
    return got == n ? 0 : -1;
}

int cs_random_uid(char out[CS_UID_HEX])
{
    unsigned char b[16];
    if (cs_random_bytes(b, sizeof b)) return -1;
    cs_hex(b, sizeof b, out);
    return 0;
}
