/* A sandboxed Lua 5.4 state for untrusted scenario files: only safe libraries (no io, os, require,
 * load, dofile, debug, coroutine, bytecode), an instruction budget and a wall-clock budget enforced by
 * a count hook on every thread that runs scenario code, a memory cap in the allocator, and a string
 * library whose patterns and string.rep cannot run away inside one C call. */
#ifndef CALLSIM_LUA_SANDBOX_H
#define CALLSIM_LUA_SANDBOX_H

#include <stddef.h>
#include <lua.h>

typedef struct cs_sandbox cs_sandbox;

typedef struct {
    size_t mem_limit;        /* bytes */
    double cpu_limit_s;      /* wall-clock seconds between two budget resets */
    long long instr_limit;   /* VM instructions between two budget resets */
} cs_sandbox_limits;

cs_sandbox *cs_sandbox_new(const cs_sandbox_limits *lim);
void cs_sandbox_free(cs_sandbox *sb);
lua_State *cs_sandbox_state(cs_sandbox *sb);
/* Pushes the environment table scenario chunks get as _ENV (built once). */
void cs_sandbox_push_env(cs_sandbox *sb);
/* Arms the hook on thread L (main state or a coroutine) and restarts the budgets. */
void cs_sandbox_arm(cs_sandbox *sb, lua_State *L);
/* Loads text (never bytecode) as a chunk named "@name" with _ENV = the sandbox env; pushes the
 * function. Returns a LUA_* status; on error the message is on the stack. */
int cs_sandbox_load(cs_sandbox *sb, const char *buf, size_t len, const char *name);
/* Loads and runs a file of trusted helper code (the files in lua/) in the sandbox env. 0 or LUA_ERR*. */
int cs_sandbox_dofile_env(cs_sandbox *sb, const char *path, char *err, size_t errlen);
/* An observer of every line the scenario code runs (explore's coverage). It shares the budget
 * hook (a thread has one hook), which is why it is set here; fn gets the line event. NULL: none. */
typedef void (*cs_line_fn)(void *ud, lua_State *L, lua_Debug *ar);
void cs_sandbox_set_line_hook(cs_sandbox *sb, cs_line_fn fn, void *ud);
/* 1 once a budget (instructions, time or memory) has been exceeded. */
int cs_sandbox_exhausted(const cs_sandbox *sb);
/* Why, e.g. "ran more than 2 s without pausing (endless loop?)". */
const char *cs_sandbox_exhausted_reason(const cs_sandbox *sb);
/* Reads a whole file (text) into a malloc'd buffer; NULL with err on failure or when larger than max. */
char *cs_read_file(const char *path, size_t max, size_t *len, char *err, size_t errlen);

#endif
