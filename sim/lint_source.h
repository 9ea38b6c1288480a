/* Source checks for `callsim lint` that need no run, on the token stream of lint_tokens.h, against
 * what the loaded scenario environment really offers (the call/score/phrase keys, C functions and
 * lua/callsim.lua helpers alike), the phrase bank's categories and the scenario's rubric. Each
 * problem is printed as "FILE:LINE: what is wrong: what to do" and counted. */
#ifndef CALLSIM_LINT_SOURCE_H
#define CALLSIM_LINT_SOURCE_H

#include <stddef.h>

#include "call_grade.h"
#include "phrase_bank.h"

typedef struct {
    const cs_phrase_bank *bank;
    const char *const *api;   /* qualified names the environment has: "call.say", "score.award", ... */
    size_t n_api;
    const char *const *globals; /* the environment's own names: call, score, string, ipairs, ... */
    size_t n_globals;
    const char *const *reply_fields; /* the fields a reply table has (kind, text, match, ...) */
    size_t n_reply_fields;
    const cs_rubric *rubric;  /* the scenario's rubric, or NULL when its table did not load */
    /* the targets the transfer and escalation dialogs offer (the scenario's targets, else the
     * centre's directory), or none when its table did not load */
    const char *const *transfer_targets, *const *escalate_targets;
    size_t n_transfer, n_escalate;
} cs_lint_known;

/* Prints one finding, "FILE:LINE: what is wrong (what to do)" (STYLE.md), on stdout: the one
 * place every lint check writes its line. Returns 1, one problem. */
int cs_lint_at(const char *path, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The findings cs_lint_at printed for one file, so that cmd_lint says each mistake once: the
 * silent play-through's error at a line already named, a load error a finding already explains. */
typedef struct {
    int line;
    char *text; /* the message after "FILE:LINE: " */
} cs_lint_finding;
typedef struct {
    cs_lint_finding *v;
    size_t n, cap;
} cs_lint_log;
/* From begin to end, every finding cs_lint_at prints is also kept in log (one log at a time). */
void cs_lint_log_begin(cs_lint_log *log);
void cs_lint_log_end(cs_lint_log *log);
/* The first finding whose message holds needle, or NULL. */
const cs_lint_finding *cs_lint_log_find(const cs_lint_log *log, const char *needle);

/* Checks the Lua source text of path; returns the number of problems printed. */
int cs_lint_source(const char *path, const char *src, size_t len, const cs_lint_known *known);

/* Line of the first `name =` (not a field `.name =`) in src, or 0. */
int cs_lint_field_line(const char *src, size_t len, const char *name);

/* Line of the `run = function` in src, or 0 when not found (for problems without a better line). */
int cs_lint_run_line(const char *src, size_t len);

/* Line of the first string literal in src equal to s (e.g. a rubric rule named in a load error),
 * or 0. */
int cs_lint_string_line(const char *src, size_t len, const char *s);
/* Line of a `return` whose statement ends just before a token on `line` (the line a syntax error
 * names), or 0: Lua wanted the block to end after that return. */
int cs_lint_return_before(const char *src, size_t len, int line);

#endif
