/* Source checks for `callsim lint` that need no run: a small Lua tokenizer (comments and strings
 * skipped, lines counted) and checks on the token stream. Each problem is printed as
 * "FILE:LINE: what is wrong: how to fix" and counted. */
#ifndef CALLSIM_LINT_SOURCE_H
#define CALLSIM_LINT_SOURCE_H

#include "phrase_bank.h"

/* Checks the Lua source text of path; returns the number of problems printed. */
int cs_lint_source(const char *path, const char *src, size_t len, const cs_phrase_bank *bank);

/* Line of the `run = function` in src, or 0 when not found (for problems without a better line). */
int cs_lint_run_line(const char *src, size_t len);

#endif
