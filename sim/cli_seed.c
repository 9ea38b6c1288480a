/* --seed parsing shared by the commands. */
#include "cli_seed.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int cli_parse_seed(const char *cmd, const char *v, uint64_t *seed)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    /* strtoull takes "-1" as a huge number: a sign is refused before it can wrap */
    if (!*v || *end || errno || v[0] == '-') {
        fprintf(stderr, "%s: --seed takes a whole number, not '%s'\n", cmd, v);
        return 2;
    }
    *seed = n;
    return 0;
}
