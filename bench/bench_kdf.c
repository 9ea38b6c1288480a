/* Benchmark (issue 12): what one guess at an examiner's secret costs offline. Opens a key sealed at
 * the production cost (Argon2id, exam_keys.h) N times with a wrong 6-digit PIN, on one core, and
 * prints the seconds per guess and the days of one core to try all 10^6 six-digit PINs. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "exam_keys.h"

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 5;
    char err[512];
    cs_sealed_key k;
    unsetenv(CS_TEST_KDF_ENV); /* the production cost, always */
    if (n <= 0 || cs_key_new("135790", &k, err, sizeof err)) { fprintf(stderr, "%s\n", err); return 2; }
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    double start = now_s();
    int opened = 0;
    for (int i = 0; i < n; i++) opened += cs_key_open(&k, "000000", sk) == 0;
    double per = (now_s() - start) / n;
    printf("kdf_argon2id_ops %llu\nkdf_argon2id_mem_kib %llu\n", (unsigned long long)k.ops, (unsigned long long)(k.mem / 1024));
    printf("kdf_seconds_per_guess %.3f\n", per);
    printf("kdf_days_for_1e6_pins_one_core %.1f\n", per * 1e6 / 86400);
    return opened ? 1 : 0;
}
