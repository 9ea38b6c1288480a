/* A sandboxed Lua 5.4 state for untrusted scenario files: only safe libraries (no io, os, require,
 * load, dofile, debug, coroutine, bytecode), and budgets no scenario can switch off:
 *  - instructions and wall-clock time between two pauses, and wall-clock time in all, checked by a
 *    count hook on every thread and charged by every library function whose C loop is bounded only
 *    by its arguments (string, table and utf8 functions are wrapped: each charges its work first);
 *  - a memory cap in the allocator;
 *  - no __gc finalizers (setmetatable refuses them): Lua switches hooks off while a finalizer runs
 *    and at lua_close, so no budget could stop one;
 *  - a watchdog thread, independent of Lua hooks, for what would still slip through: when the thread
 *    running Lua has used more CPU than its budget plus a grace period inside one call, it prints
 *    one line naming the scenario line last seen and ends the process (exit 2). It is the last
 *    resort, not the design.
 * Every entry into Lua goes through cs_sandbox_pcall, cs_sandbox_resume or cs_sandbox_protect, so
 * the watchdog knows when Lua runs, and nothing is read from scenario data outside a protected
 * call (an error there would be a Lua panic: abort). */
#ifndef CALLSIM_LUA_SANDBOX_H
#define CALLSIM_LUA_SANDBOX_H

#include <stddef.h>
#include <lua.h>
#include "core_util.h" /* cs_read_file, which used to be declared here */

typedef struct cs_sandbox cs_sandbox;

typedef struct {
    size_t mem_limit;        /* bytes of the Lua heap */
    double cpu_limit_s;      /* wall-clock seconds between two budget resets (pauses) */
    long long instr_limit;   /* VM instructions (and charged library work) between two resets */
    double total_limit_s;    /* wall-clock seconds of Lua in all, over every pause; 0 = 2 × cpu */
} cs_sandbox_limits;

#define CS_SANDBOX_GRACE_S 1.5   /* watchdog: budget + this, then the process ends */

cs_sandbox *cs_sandbox_new(const cs_sandbox_limits *lim);
void cs_sandbox_free(cs_sandbox *sb);
lua_State *cs_sandbox_state(cs_sandbox *sb);
/* Pushes the environment table scenario chunks get as _ENV (built once). */
void cs_sandbox_push_env(cs_sandbox *sb);
/* Arms the hook on thread L (main state or a coroutine) and restarts the per-pause budgets. */
void cs_sandbox_arm(cs_sandbox *sb, lua_State *L);
/* lua_pcall on L (a thread of sb) with the budgets armed and the watchdog watching. */
int cs_sandbox_pcall(cs_sandbox *sb, lua_State *L, int nargs, int nres);
/* The same with a message handler at stack index msgh (lua_pcall's), which sees the stack where
 * the error was raised (script_where.h names the scenario's own line and function from it). */
int cs_sandbox_pcallh(cs_sandbox *sb, lua_State *L, int nargs, int nres, int msgh);
/* lua_resume of thread co, likewise. */
int cs_sandbox_resume(cs_sandbox *sb, lua_State *co, int nargs, int *nres);
/* Runs host code fn(L) in protected mode on the main thread, with ud as its only argument (a light
 * userdata): for host work that allocates in the Lua state or reads scenario data. nres results
 * are left on the main thread when it returns LUA_OK; else the error value is there. */
int cs_sandbox_protect(cs_sandbox *sb, lua_CFunction fn, void *ud, int nres);
/* Loads text (never bytecode) as a chunk named "@name" with _ENV = the sandbox env; pushes the
 * function. Returns a LUA_* status; on error the message is on the stack. */
int cs_sandbox_load(cs_sandbox *sb, const char *buf, size_t len, const char *name);
/* Loads and runs a file of trusted helper code (the files in lua/) in the sandbox env. 0 or LUA_ERR*. */
int cs_sandbox_dofile_env(cs_sandbox *sb, const char *path, char *err, size_t errlen);
/* An observer of every line the scenario code runs (explore's coverage). It shares the budget
 * hook (a thread has one hook), which is why it is set here; fn gets the line event. NULL: none. */
typedef void (*cs_line_fn)(void *ud, lua_State *L, lua_Debug *ar);
void cs_sandbox_set_line_hook(cs_sandbox *sb, cs_line_fn fn, void *ud);
/* Wall-clock seconds Lua has run in this sandbox so far, over every entry. */
double cs_sandbox_seconds(const cs_sandbox *sb);
/* 1 once a budget (instructions, time or memory) has been exceeded. */
int cs_sandbox_exhausted(const cs_sandbox *sb);
/* Why, e.g. "ran more than 2 s without pausing (endless loop?)". */
const char *cs_sandbox_exhausted_reason(const cs_sandbox *sb);
/* The error value at idx of L as text, without converting it in place (which could allocate). */
const char *cs_sandbox_error_text(lua_State *L, int idx);
/* One line for an error value msg raised on thread L: "FILE:LINE: message", the position taken
 * from msg itself, else from L's stack (a coroutine keeps it after an error), else from where the
 * budget hook last saw scenario code; cleaned by the text gate and cut to fit out. */
void cs_sandbox_error_line(cs_sandbox *sb, lua_State *L, const char *msg, char *out, size_t outlen);

#endif
