/* `callsim lint`: names the sandbox does not know. A name used as a variable that no local,
 * parameter, loop variable, function or assignment of the file declares and the environment does
 * not hold (`scroe.award`, `has_ayn(...)`) is nil at run time; a field read from a reply that
 * misspells one a reply has (`r.txt`, `r.knd`) is always nil. Both are reported with the nearest
 * right name. The reply's fields come from the tables the engine builds. A plain name assigned inside
 * a function that no local, parameter, loop variable or file-level assignment declares (`resutl = …`
 * for the local `result`) makes a global by accident: reported once, with the nearest name. */
#ifndef CALLSIM_LINT_NAMES_H
#define CALLSIM_LINT_NAMES_H

#include "lint_source.h"
#include "lint_tokens.h"

/* Returns the number of problems printed ("FILE:LINE: ..."). */
int cs_lint_names(const char *path, const tokens *t, const cs_lint_known *known);

#endif
