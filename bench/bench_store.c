/* Benchmark: SQLite turn commits through the store, the way a call writes them (one transaction
 * per turn, WAL, synchronous=FULL). Prints commits per second and the p50/p99/max latency. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store.h"

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 5000;
    char dir[] = "/tmp/callsim-bench.XXXXXX", path[256], err[512];
    if (n <= 0 || !mkdtemp(dir)) return 2;
    snprintf(path, sizeof path, "%s/bench.db", dir);
    cs_store *st = cs_store_open(path, err, sizeof err);
    if (!st) { fprintf(stderr, "%s\n", err); return 2; }
    cs_attempt_info info = { 0, "bench", "bench.lua", "headless", 1 };
    int64_t attempt;
    if (cs_store_attempt_begin(st, &info, &attempt, err, sizeof err)) { fprintf(stderr, "%s\n", err); return 2; }
    double *lat = malloc((size_t)n * sizeof *lat);
    if (!lat) return 2;
    cs_event ev = { .kind = CS_EV_TRAINEE_SAY, .typing_start_ms = 0, .prompt_end_ms = 0,
                    .text = "先生您好，我是客服小李，请问有什么可以帮您？", .expect = "opening" };
    double start = now_us();
    for (int i = 0; i < n; i++) {
        ev.t_start_ms = ev.t_end_ms = i * 1000;
        double t0 = now_us();
        if (cs_store_turn(st, attempt, i, &ev, err, sizeof err)) { fprintf(stderr, "%s\n", err); return 2; }
        lat[i] = now_us() - t0;
    }
    double total = now_us() - start;
    qsort(lat, (size_t)n, sizeof *lat, cmp_double);
    printf("store_commits_per_s %.0f\n", n / (total / 1e6));
    printf("store_commit_p50_us %.0f\n", lat[n / 2]);
    printf("store_commit_p99_us %.0f\n", lat[(int)(n * 0.99)]);
    printf("store_commit_max_us %.0f\n", lat[n - 1]);
    free(lat);
    cs_store_close(st);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : 1;
}
