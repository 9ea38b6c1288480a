/* The --seed value of the commands that play a scenario (`run`, the window): a whole number, the
 * same rule and the same one-line error for each. */
#ifndef CALLSIM_CLI_SEED_H
#define CALLSIM_CLI_SEED_H

#include <stdint.h>

/* 0 with *seed set, or 2 after "CMD: --seed takes a whole number, not 'V'" on stderr. */
int cli_parse_seed(const char *cmd, const char *v, uint64_t *seed);

#endif
