/* libFuzzer target: the roster CSV import on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "roster_csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cs_roster r;
    char err[512];
    if (cs_roster_parse("fuzz", (const char *)data, size, &r, err, sizeof err) == 0) {
        for (size_t i = 0; i < r.n; i++)
            if (!r.v[i].cand_no[0] || !r.v[i].name[0] || r.v[i].line < 1) abort();
        cs_roster_free(&r);
    }
    return 0;
}
