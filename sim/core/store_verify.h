/* `callsim verify`: recomputes the hash chain of every attempt's turns (turn_chain.h) and compares
 * it with the stored hashes and the chain head recorded when the attempt ended. */
#ifndef CALLSIM_STORE_VERIFY_H
#define CALLSIM_STORE_VERIFY_H

#include <stdint.h>
#include "store.h"

/* One problem: seq < 0 when it concerns the attempt as a whole (head, length). */
typedef void (*cs_verify_cb)(int64_t attempt_id, int64_t seq, const char *problem, void *ctx);

/* n_attempts: attempts checked; n_broken: attempts with a problem. 0, or -1 on a database error. */
int cs_store_verify(cs_store *st, cs_verify_cb cb, void *ctx, int64_t *n_attempts, int64_t *n_broken,
                    char *err, size_t errlen);

#endif
