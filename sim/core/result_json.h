/* The graded result of one call as JSON (DESIGN.md "run --json"): printed by `run --json` and
 * stored with the attempt, so reports can show exactly what the trainee saw. */
#ifndef CALLSIM_RESULT_JSON_H
#define CALLSIM_RESULT_JSON_H

#include "engine.h"

/* malloc'd JSON text, or NULL when out of memory. */
char *cs_result_json(const cs_engine *e, const cs_grade *g, uint64_t seed);

#endif
