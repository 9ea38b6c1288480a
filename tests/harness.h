/* Plain-C unit test harness: CHECK records a pass or a failure with file:line and goes on, so one
 * run reports every broken expectation; TEST_MAIN prints the closing "N passed, N failed" line that
 * tests/run.sh adds up. Header-only on purpose: each test file is its own program. */
#ifndef CALLSIM_TEST_HARNESS_H
#define CALLSIM_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>
#include <math.h>

static int harness_passed, harness_failed;
static const char *harness_current = "";

#define CHECK(cond) do { \
        if (cond) harness_passed++; \
        else { harness_failed++; \
            fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", __FILE__, __LINE__, harness_current, #cond); } \
    } while (0)

#define CHECK_MSG(cond, ...) do { \
        if (cond) harness_passed++; \
        else { harness_failed++; \
            fprintf(stderr, "%s:%d: %s: ", __FILE__, __LINE__, harness_current); \
            fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } \
    } while (0)

#define CHECK_STR(a, b) do { \
        const char *cs_a_ = (a), *cs_b_ = (b); \
        if (cs_a_ && cs_b_ && strcmp(cs_a_, cs_b_) == 0) harness_passed++; \
        else { harness_failed++; \
            fprintf(stderr, "%s:%d: %s: \"%s\" != \"%s\"\n", __FILE__, __LINE__, harness_current, \
                    cs_a_ ? cs_a_ : "(null)", cs_b_ ? cs_b_ : "(null)"); } \
    } while (0)

#define CHECK_INT(a, b) do { \
        long long cs_a_ = (long long)(a), cs_b_ = (long long)(b); \
        if (cs_a_ == cs_b_) harness_passed++; \
        else { harness_failed++; \
            fprintf(stderr, "%s:%d: %s: %s == %lld, expected %lld\n", __FILE__, __LINE__, \
                    harness_current, #a, cs_a_, cs_b_); } \
    } while (0)

#define CHECK_NEAR(a, b, eps) do { \
        double cs_a_ = (a), cs_b_ = (b); \
        if (fabs(cs_a_ - cs_b_) <= (eps)) harness_passed++; \
        else { harness_failed++; \
            fprintf(stderr, "%s:%d: %s: %s == %g, expected %g\n", __FILE__, __LINE__, \
                    harness_current, #a, cs_a_, cs_b_); } \
    } while (0)

#define RUN(fn) do { harness_current = #fn; fn(); } while (0)

#define TEST_MAIN(...) \
    int main(int argc, char **argv) { \
        (void)argc; (void)argv; \
        __VA_ARGS__ \
        printf("%d passed, %d failed\n", harness_passed, harness_failed); \
        return harness_failed ? 1 : 0; \
    }

#endif
