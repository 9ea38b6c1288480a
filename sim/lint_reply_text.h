/* `callsim lint`: a scenario must not search the trainee's reply text itself (issue #11 item 1):
 * string.find/match/gmatch/gsub (or s:find ...) on a reply's text, or on any value derived from it
 * (an assignment, a loop variable, the parameter of the scenario's own function it was passed to),
 * is reported at that line, naming call.says, call.mentions, call.retaliates and call.reads_back,
 * which grade every scenario's replies one way. */
#ifndef CALLSIM_LINT_REPLY_TEXT_H
#define CALLSIM_LINT_REPLY_TEXT_H

#include "lint_tokens.h"

/* Returns the number of problems printed ("FILE:LINE: ..."). */
int cs_lint_reply_text(const char *path, const tokens *t);

#endif
