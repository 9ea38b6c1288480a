/* Hash chain over turns (see turn_chain.h for the definition and its limits). */
#include "turn_chain.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static void put_text(cs_sha256 *c, const char *s)
{
    if (!s) { cs_sha256_update(c, "-|", 2); return; }
    char len[32];
    int n = snprintf(len, sizeof len, "%zu:", strlen(s));
    cs_sha256_update(c, len, (size_t)n);
    cs_sha256_update(c, s, strlen(s));
    cs_sha256_update(c, "|", 1);
}

static void put_int(cs_sha256 *c, int64_t v, int is_null)
{
    char buf[32];
    if (is_null) { put_text(c, NULL); return; }
    snprintf(buf, sizeof buf, "%" PRId64, v);
    put_text(c, buf);
}

void cs_chain_genesis(const char *attempt_uid, char out[CS_SHA256_HEX])
{
    static const char tag[] = "callsim turn chain v1\n";
    unsigned char d[CS_SHA256_LEN];
    cs_sha256 c;
    cs_sha256_init(&c);
    cs_sha256_update(&c, tag, sizeof tag - 1);
    cs_sha256_update(&c, attempt_uid ? attempt_uid : "", attempt_uid ? strlen(attempt_uid) : 0);
    cs_sha256_final(&c, d);
    cs_hex(d, sizeof d, out);
}

void cs_chain_next(const char *prev_hex, const cs_turn_row *r, char out[CS_SHA256_HEX])
{
    unsigned char d[CS_SHA256_LEN];
    char points[40];
    /* %.17g round-trips every double, and SQLite hands back the exact stored REAL; but SQLite
     * stores -0.0 as 0 (score.deduct(item, 0, ...) logs -0.0), so zero is written one way */
    snprintf(points, sizeof points, "%.17g", r->points == 0 ? 0.0 : r->points);
    cs_sha256 c;
    cs_sha256_init(&c);
    cs_sha256_update(&c, prev_hex, strlen(prev_hex));
    put_int(&c, r->seq, 0);
    put_text(&c, r->kind);
    put_text(&c, r->who);
    put_text(&c, r->text);
    put_text(&c, r->arg);
    put_text(&c, r->expect);
    put_text(&c, r->clause);
    put_text(&c, r->style);
    put_int(&c, r->n, 0);
    put_text(&c, points);
    put_int(&c, r->t_start_ms, 0);
    put_int(&c, r->t_end_ms, 0);
    put_int(&c, r->typing_start_ms, r->typing_start_ms < 0);
    put_int(&c, r->prompt_end_ms, r->prompt_end_ms < 0);
    put_text(&c, r->recorded_at);
    cs_sha256_final(&c, d);
    cs_hex(d, sizeof d, out);
}
