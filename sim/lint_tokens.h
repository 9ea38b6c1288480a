/* The token stream `callsim lint` reads a scenario's source as: a small Lua tokenizer (comments
 * skipped, strings kept with their line, Lua's multi-character operators as one token). The Lua
 * parser itself has already accepted the file (or reported its syntax error) before lint looks. */
#ifndef CALLSIM_LINT_TOKENS_H
#define CALLSIM_LINT_TOKENS_H

#include <stddef.h>

typedef enum { T_NAME, T_STRING, T_NUMBER, T_PUNCT, T_EOF } tok_kind;

typedef struct {
    tok_kind kind;
    const char *s; /* name, string contents (escapes left as they are) or punctuation */
    size_t n;
    int line;
} token;

typedef struct {
    token *v;
    size_t n, cap;
} tokens;

/* Tokenizes src into t (t->v owned by the caller: free(t->v)); the last token is T_EOF. 0 or -1
 * (out of memory). */
int cs_lint_tokenize(const char *src, size_t len, tokens *t);
/* Token k is of kind and spells s exactly. */
int tok_is(const token *k, tok_kind kind, const char *s);
/* Index just past the bracket group that opens at i ("(" "{" or "["), or t->n - 1. */
size_t skip_group(const tokens *t, size_t i);
/* Edit distance of two short strings (optimal string alignment: insert, delete, replace, swap two
 * neighbours — "sya" is one edit from "say"); 99 past 64 bytes. For did-you-mean suggestions. */
size_t cs_lint_distance(const char *a, size_t la, const char *b, size_t lb);
/* Index just past the `end`/`until` closing the block opened at i (function, if, do, repeat). */
size_t skip_block(const tokens *t, size_t i);
/* Index just past the expression starting at j (an assignment's right side, a return's values):
 * it ends at a keyword or bracket that closes, or where a new line starts a new statement. */
size_t expr_end(const tokens *t, size_t j);

#endif
