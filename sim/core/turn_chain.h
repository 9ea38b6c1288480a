/* The hash chain over the turns of an attempt (issue 4: a row changed by hand is detected):
 *   genesis  = SHA-256("callsim turn chain v1\n" || attempt uid)
 *   hash[i]  = SHA-256(hex(hash[i-1]) || canonical text of turn i), turns in seq order.
 * The canonical text is every stored column of the turn except its row id and attempt id (so a
 * chain survives `callsim merge` into another file), each NULL written "-|" and each value
 * "<byte length>:<value>|", numbers in C locale, so no two different rows share a text.
 * The chain is unkeyed: someone who rewrites a turn AND recomputes every later hash AND the
 * attempt's stored head is not detected by the chain alone. For exam calls it is anchored by
 * signatures (issue 12): the head recomputed from the turns is in each call's signed call-end entry
 * and in the signed sitting record (exam_record.h), so that rewrite changes a signed value. */
#ifndef CALLSIM_TURN_CHAIN_H
#define CALLSIM_TURN_CHAIN_H

#include <stdint.h>
#include "digest.h"

typedef struct {
    int64_t seq;
    const char *kind, *who, *text, *arg, *expect, *clause, *style; /* NULL = SQL NULL */
    int64_t n;
    double points;
    int64_t t_start_ms, t_end_ms;
    int64_t typing_start_ms, prompt_end_ms; /* < 0 = NULL */
    const char *recorded_at;
} cs_turn_row;

void cs_chain_genesis(const char *attempt_uid, char out[CS_SHA256_HEX]);
void cs_chain_next(const char *prev_hex, const cs_turn_row *r, char out[CS_SHA256_HEX]);

#endif
