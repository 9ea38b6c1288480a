/* libFuzzer target: the replies-file parser on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>

#include "replies.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cs_replies r;
    char err[512];
    if (cs_replies_parse("fuzz", (const char *)data, size, &r, err, sizeof err) == 0) {
        for (size_t i = 0; i < r.n; i++)
            if (r.v[i].delay_ms < 0 || r.v[i].line < 1) abort();
        cs_replies_free(&r);
    }
    return 0;
}
