/* Lua sandbox for scenario files: see lua_sandbox.h. The limits matter because scenario files are
 * written by trainers (or downloaded) and must never hang, exhaust memory or touch the machine.
 * The rule behind the library wrappers: a C function runs no Lua instructions, so the count hook
 * never sees it; whatever work it does in proportion to its arguments is charged to the budget
 * before it starts, and one call may never do more than CALL_WORK_MAX. */
#define _GNU_SOURCE /* memmem */
#include "lua_sandbox.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#include "text_gate.h"

#define HOOK_EVERY 250           /* instructions between two hook calls */
#define WHERE_EVERY 16           /* hook calls between two notes of the running line */
#define PATTERN_MAX 256          /* bytes of a Lua pattern */
#define PATTERN_WORK_MAX 2e8     /* estimated backtracking steps allowed in one pattern call */
#define REP_MAX (1u << 20)       /* bytes string.rep may build */
#define BYTES_PER_STEP 16.0      /* a library function's work on text: one step per 16 bytes */
#define CALL_WORK_MAX 1e8        /* steps one library call may do at once */
#define PRINT_MAX_LINES 200      /* print lines a scenario may write (then one "suppressed" line) */
#define PRINT_MAX_CHARS 300      /* characters of one print line */
#define WATCH_TICK_S 0.25        /* the watchdog looks this often while Lua runs */
#define WATCH_WALL_S 10.0        /* wall seconds past the budget before it acts whatever the CPU use */
#define CALL_DEPTH_MAX 1000      /* nested calls of one thread (Lua's own limit is ~200,000 frames) */

struct cs_sandbox {
    lua_State *L;
    size_t mem_used, mem_limit;
    int mem_exceeded;
    double cpu_limit_s, total_limit_s, total_used_s;
    long long instr_limit, instr_used;
    struct timespec started;
    int exhausted;
    char reason[160];
    int env_ref;
    int hooks, printed;
    int hook_raised;             /* the hook is raising an error: hooks are off until it unwinds */
    int abort_on_watch;          /* CALLSIM_WATCHDOG_ABORT set: abort() instead of exit (fuzzing) */
    char name[256];              /* the chunk loaded last (the scenario), for messages */

    /* Shared with the watchdog thread, under mu. */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t dog;
    int dog_started, quit;
    int depth;                   /* nesting of pcall/resume/protect: Lua runs while > 0 */
    unsigned long epoch;         /* one per outermost entry */
    struct timespec entered;     /* wall clock at the outermost entry */
    clockid_t cpu_clock;         /* the CPU clock of the thread running Lua */
    double cpu_entered;          /* its reading at the outermost entry (-1: no CPU clock) */
    double run_budget_s;
    char where_src[128];         /* where the hook last saw scenario code */
    int where_line;
    cs_line_fn line_fn;      /* optional observer of line events (coverage) */
    void *line_ud;
};

static cs_sandbox *sandbox_of(lua_State *L)
{
    /* every thread starts with a copy of the main thread's extra space */
    return *(cs_sandbox **)lua_getextraspace(L);
}

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    cs_sandbox *sb = ud;
    /* When ptr is NULL, osize is a type tag, not a size. */
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->mem_used -= old;
        return NULL;
    }
    if (nsize > old && sb->mem_used - old + nsize > sb->mem_limit) {
        sb->mem_exceeded = 1;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (!p) return NULL;
    sb->mem_used = sb->mem_used - old + nsize;
    return p;
}

static double elapsed_s(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - since->tv_sec) + (double)(now.tv_nsec - since->tv_nsec) / 1e9;
}

/* --- the watchdog ------------------------------------------------------------------------------ */

static double clock_s(clockid_t id)
{
    struct timespec t;
    if (clock_gettime(id, &t) != 0) return -1;
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The watchdog measures the CPU time the Lua thread used since it entered Lua, not the wall clock:
 * a machine starved by other work (parallel tests, a nice'd fuzzer) must not end a scenario that
 * is merely waiting for a core. A thread blocked without using CPU is ended on the wall clock,
 * much later (scenario code cannot block; host code that blocks is a bug of its own). */
static void *watchdog(void *arg)
{
    cs_sandbox *sb = arg;
    pthread_mutex_lock(&sb->mu);
    while (!sb->quit) {
        if (sb->depth == 0) { pthread_cond_wait(&sb->cv, &sb->mu); continue; }
        struct timespec tick;
        clock_gettime(CLOCK_MONOTONIC, &tick);
        tick.tv_nsec += (long)(WATCH_TICK_S * 1e9);
        if (tick.tv_nsec >= 1000000000L) { tick.tv_sec++; tick.tv_nsec -= 1000000000L; }
        unsigned long epoch = sb->epoch;
        int rc = pthread_cond_timedwait(&sb->cv, &sb->mu, &tick);
        if (rc != ETIMEDOUT || sb->quit || sb->depth == 0 || sb->epoch != epoch) continue;
        double limit = sb->run_budget_s + CS_SANDBOX_GRACE_S;
        double cpu = sb->cpu_entered >= 0 ? clock_s(sb->cpu_clock) - sb->cpu_entered : -1;
        double wall = elapsed_s(&sb->entered);
        if (!(cpu > limit || wall > sb->run_budget_s + WATCH_WALL_S || (cpu < 0 && wall > limit))) continue;
        /* Lua is stuck where no hook runs (a finalizer, one C call): nothing in this process can
         * take the thread back, so the process ends, saying where. */
        char line[512];
        int n = snprintf(line, sizeof line,
                         "callsim: %s:%d: scenario stopped: it ran more than %.1f s inside one "
                         "call that no time limit could interrupt (callsim exits)\n",
                         sb->where_line > 0 ? sb->where_src : sb->name,
                         sb->where_line > 0 ? sb->where_line : 1, limit);
        if (n > 0 && write(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1) < 0) n = 0;
        /* under a fuzzer, abort: its signal handler keeps the input that got here */
        if (sb->abort_on_watch) abort();
        _exit(2);
    }
    pthread_mutex_unlock(&sb->mu);
    return NULL;
}

static void enter(cs_sandbox *sb, lua_State *L)
{
    cs_sandbox_arm(sb, L);
    pthread_mutex_lock(&sb->mu);
    if (sb->depth++ == 0) {
        sb->epoch++;
        clock_gettime(CLOCK_MONOTONIC, &sb->entered);
        sb->cpu_entered = pthread_getcpuclockid(pthread_self(), &sb->cpu_clock) == 0 ? clock_s(sb->cpu_clock) : -1;
        double left = sb->total_limit_s - sb->total_used_s;
        sb->run_budget_s = left < sb->cpu_limit_s ? (left > 0 ? left : 0) : sb->cpu_limit_s;
        pthread_cond_signal(&sb->cv);
    }
    pthread_mutex_unlock(&sb->mu);
}

static void leave(cs_sandbox *sb)
{
    pthread_mutex_lock(&sb->mu);
    if (--sb->depth == 0) {
        sb->total_used_s += elapsed_s(&sb->entered);
        pthread_cond_signal(&sb->cv);
    }
    pthread_mutex_unlock(&sb->mu);
}

/* --- budgets ----------------------------------------------------------------------------------- */

/* The innermost scenario frame with a line, from level 0 up. */
static int scenario_frame(lua_State *L, lua_Debug *ar)
{
    for (int level = 0; level < 20 && lua_getstack(L, level, ar); level++)
        if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0) return 1;
    return 0;
}

/* Raises the budget error at the scenario line that is running. */
static int raise_budget(lua_State *L, const char *why)
{
    lua_Debug ar;
    if (scenario_frame(L, &ar)) lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, why);
    else lua_pushstring(L, why);
    return lua_error(L);
}

/* 1 when a budget is spent (sets the reason once). */
static int over_budget(cs_sandbox *sb)
{
    if (sb->exhausted) return 1;
    double el = elapsed_s(&sb->started);
    if (sb->instr_used > sb->instr_limit)
        snprintf(sb->reason, sizeof sb->reason,
                 "ran more than %lld million instructions without pausing (endless loop?)",
                 sb->instr_limit / 1000000);
    else if (el > sb->cpu_limit_s)
        snprintf(sb->reason, sizeof sb->reason,
                 "ran more than %.0f s without pausing (endless loop?)", sb->cpu_limit_s);
    else if (sb->total_used_s + el > sb->total_limit_s && sb->depth > 0)
        snprintf(sb->reason, sizeof sb->reason,
                 "ran more than %.0f s in all (a loop that pauses and runs on?)", sb->total_limit_s);
    else
        return 0;
    sb->exhausted = 1;
    return 1;
}

/* 1 when thread L runs more than CALL_DEPTH_MAX calls deep (sets the reason once). Lua allows
 * ~200,000 frames, and each error a pcall catches walks all of them in C (findpcall,
 * luaD_shrinkstack) where no hook runs; in a coroutine the C-call count is reset after every
 * caught error, so recursion through pcall is not stopped by Lua's own C-stack limit: such a
 * scenario ran seconds past its budget. A pcall must not catch it and recurse on, so it spends
 * the budget like an endless loop. lua_getstack stops at the thread's base: the test costs the
 * depth, at most CALL_DEPTH_MAX steps, every HOOK_EVERY instructions. */
static int too_deep(cs_sandbox *sb, lua_State *L)
{
    lua_Debug deep;
    if (!lua_getstack(L, CALL_DEPTH_MAX, &deep)) return 0;
    snprintf(sb->reason, sizeof sb->reason,
             "stack overflow: more than %d nested calls (endless recursion?)", CALL_DEPTH_MAX);
    sb->exhausted = 1;
    return 1;
}

static void note_where(cs_sandbox *sb, lua_State *L, lua_Debug *ar)
{
    if (!lua_getinfo(L, "Sl", ar) || ar->currentline <= 0) return;
    pthread_mutex_lock(&sb->mu);
    snprintf(sb->where_src, sizeof sb->where_src, "%s", ar->short_src);
    sb->where_line = ar->currentline;
    pthread_mutex_unlock(&sb->mu);
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    cs_sandbox *sb = sandbox_of(L);
    if (!sb) return;
    if (ar->event == LUA_HOOKLINE) {
        if (sb->line_fn && !sb->exhausted) sb->line_fn(sb->line_ud, L, ar);
        return;
    }
    sb->hook_raised = 0;
    if (!sb->exhausted) {
        sb->instr_used += HOOK_EVERY;
        if (++sb->hooks % WHERE_EVERY == 1) note_where(sb, L, ar);
        if (!over_budget(sb) && !too_deep(sb, L)) return;
        /* A scenario's pcall could catch the error and go on: from now on every instruction
         * raises it again, so it always reaches the engine. */
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    }
    sb->hook_raised = 1;
    raise_budget(L, sb->reason);
}

/* Charges work steps done by a library function about to run; raises when a budget is spent. */
static void charge(lua_State *L, double work, const char *fn)
{
    cs_sandbox *sb = sandbox_of(L);
    if (!sb) return;
    if (!(work <= CALL_WORK_MAX))
        luaL_error(L, "%s would do more than %d million steps in one call: split the work", fn,
                   (int)(CALL_WORK_MAX / 1e6));
    sb->instr_used += (long long)work;
    if (over_budget(sb)) {
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
        raise_budget(L, sb->reason);
    }
}

void cs_sandbox_arm(cs_sandbox *sb, lua_State *L)
{
    if (!sb->exhausted) {
        sb->instr_used = 0;
        clock_gettime(CLOCK_MONOTONIC, &sb->started);
    }
    int mask = LUA_MASKCOUNT | (sb->line_fn && !sb->exhausted ? LUA_MASKLINE : 0);
    lua_sethook(L, budget_hook, mask, sb->exhausted ? 1 : HOOK_EVERY);
}

void cs_sandbox_set_line_hook(cs_sandbox *sb, cs_line_fn fn, void *ud)
{
    sb->line_fn = fn;
    sb->line_ud = ud;
}

double cs_sandbox_seconds(const cs_sandbox *sb)
{
    return sb->total_used_s;
}

int cs_sandbox_exhausted(const cs_sandbox *sb)
{
    return sb->exhausted || sb->mem_exceeded;
}

const char *cs_sandbox_exhausted_reason(const cs_sandbox *sb)
{
    if (sb->exhausted) return sb->reason;
    if (sb->mem_exceeded) return "used more memory than the scenario limit";
    return NULL;
}

/* --- wrapped library functions ------------------------------------------------------------------
 * Each wrapper is a C closure whose upvalue 1 is the original function; the original is called in
 * the wrapper's own frame (not through lua_call), so its argument errors still name the
 * scenario's line and the function's name. */

static int call_original(lua_State *L)
{
    lua_CFunction f = lua_tocfunction(L, lua_upvalueindex(1));
    return f(L);
}

/* Steps for the text arguments of a call: one per BYTES_PER_STEP bytes of every string argument. */
static double text_work(lua_State *L)
{
    double bytes = 0;
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++)
        if (lua_type(L, i) == LUA_TSTRING) bytes += (double)lua_rawlen(L, i);
    return 1 + bytes / BYTES_PER_STEP + n;
}

static const char *fn_name(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "n", &ar) && ar.name) return ar.name;
    return "a library function";
}

/* Any string or utf8 function: linear in its text. */
static int charged_text(lua_State *L)
{
    charge(L, text_work(L), fn_name(L));
    return call_original(L);
}

/* Estimated worst-case steps of matching pattern p on a subject of n bytes: every quantifier
 * (* + - %b) can backtrack over the whole subject, and matching is retried at every position,
 * comparing up to the pattern's length each time. */
static double pattern_work(const char *p, size_t plen, size_t n)
{
    int q = 0, opt = 0;
    for (size_t i = 0; i < plen; i++) {
        char c = p[i];
        if (c == '%') {
            if (i + 1 < plen && p[i + 1] == 'b') q++;
            i++;
        } else if (c == '[') {
            i++;
            if (i < plen && p[i] == '^') i++;
            if (i < plen && p[i] == ']') i++;
            while (i < plen && p[i] != ']') { if (p[i] == '%') i++; i++; }
        } else if (c == '*' || c == '+' || c == '-') {
            q++;
        } else if (c == '?') {
            opt++;
        }
    }
    double nn = (double)(n ? n : 1);
    return nn * (double)(plen ? plen : 1) * pow(nn, q) * pow(2.0, opt > 30 ? 30 : opt);
}

static void check_pattern(lua_State *L)
{
    size_t n, plen;
    luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &plen);
    if (plen > PATTERN_MAX)
        luaL_argerror(L, 2, "pattern longer than 256 bytes");
    if (pattern_work(p, plen, n) > PATTERN_WORK_MAX)
        luaL_error(L, "string pattern too complex for a %d-byte string "
                      "(split the text or use plain find)", (int)n);
}

static int has_specials(const char *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (strchr("^$*+?.([%-", p[i]) && p[i]) return 1;
    return 0;
}

/* string.find: a plain search (or a pattern with no special characters) is memmem, linear in the
 * subject (Lua's own is quadratic: a megabyte needle in a megabyte haystack ran for hours). */
static int safe_find(lua_State *L)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    lua_Integer init = luaL_optinteger(L, 3, 1);
    int plain = lua_toboolean(L, 4);
    charge(L, text_work(L), "find");
    if (!plain && has_specials(p, lp)) {
        check_pattern(L);
        return call_original(L);
    }
    /* Lua's posrelat: negative counts from the end; -init overflows for math.mininteger, so the
     * distance from the end is taken in unsigned arithmetic */
    size_t start;
    lua_Unsigned back = init < 0 ? (lua_Unsigned)0 - (lua_Unsigned)init : 0;
    if (init > 0) start = (lua_Unsigned)init > (lua_Unsigned)ls + 1 ? ls + 2 : (size_t)init;
    else if (init == 0 || back > ls) start = 1;
    else start = ls - (size_t)back + 1;
    if (start > ls + 1) { lua_pushnil(L); return 1; }
    const char *hit = memmem(s + start - 1, ls - (start - 1), p, lp);
    if (!hit) { lua_pushnil(L); return 1; }
    lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
    lua_pushinteger(L, (lua_Integer)(hit - s) + (lua_Integer)lp);
    return 2;
}

static int safe_pattern(lua_State *L)
{
    charge(L, text_work(L), fn_name(L));
    check_pattern(L);
    return call_original(L);
}

static int safe_rep(lua_State *L)
{
    size_t len, seplen = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &seplen);
    if (n > 0 && ((double)len + (double)seplen) * (double)n > REP_MAX)
        return luaL_error(L, "string.rep would build more than 1 MB");
    /* Lua's rep loops n times even when every piece is empty: n = 2^53 never returns */
    if (n <= 0 || len + seplen == 0) { lua_pushliteral(L, ""); return 1; }
    charge(L, 1 + ((double)len + (double)seplen) * (double)n / BYTES_PER_STEP, "rep");
    return call_original(L);
}

/* --- the table library: plain tables, work charged by length ------------------------------------ */

/* The table functions loop over lengths and indices through metamethods (__len, __index,
 * __newindex) that can answer 2^53 or a different thing each time; scenarios use them on plain
 * tables only. */
static void plain_table(lua_State *L, int arg)
{
    luaL_checktype(L, arg, LUA_TTABLE);
    if (!lua_getmetatable(L, arg)) return;
    static const char *const mm[] = { "__index", "__newindex", "__len", NULL };
    for (const char *const *m = mm; *m; m++) {
        lua_pushstring(L, *m);
        if (lua_rawget(L, -2) != LUA_TNIL) /* raw, as Lua looks metamethods up */
            luaL_argerror(L, arg, lua_pushfstring(L, "table functions work on plain tables only "
                                                     "(this one has %s)", *m));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static double range_work(lua_Integer from, lua_Integer to)
{
    return to >= from ? (double)to - (double)from + 1 : 0;
}

static int safe_tinsert_remove(lua_State *L)
{
    plain_table(L, 1);
    charge(L, 1 + (double)lua_rawlen(L, 1), fn_name(L));
    return call_original(L);
}

static int safe_tmove(lua_State *L)
{
    plain_table(L, 1);
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    luaL_checkinteger(L, 4);
    if (!lua_isnoneornil(L, 5)) plain_table(L, 5);
    charge(L, 1 + range_work(f, e), "move");
    return call_original(L);
}

static int safe_tconcat(lua_State *L)
{
    plain_table(L, 1);
    lua_Integer i = luaL_optinteger(L, 3, 1);
    lua_Integer j = lua_isnoneornil(L, 4) ? (lua_Integer)lua_rawlen(L, 1) : luaL_checkinteger(L, 4);
    charge(L, 1 + range_work(i, j), "concat");
    return call_original(L);
}

static int safe_tunpack(lua_State *L)
{
    plain_table(L, 1);
    lua_Integer i = luaL_optinteger(L, 2, 1);
    lua_Integer j = lua_isnoneornil(L, 3) ? (lua_Integer)lua_rawlen(L, 1) : luaL_checkinteger(L, 3);
    charge(L, 1 + range_work(i, j), "unpack");
    return call_original(L);
}

static int safe_tsort(lua_State *L)
{
    plain_table(L, 1);
    double n = (double)lua_rawlen(L, 1);
    charge(L, 1 + n * (n > 1 ? log2(n) : 1), "sort");
    return call_original(L);
}

static int charged_args(lua_State *L)
{
    charge(L, 1 + lua_gettop(L), fn_name(L));
    return call_original(L);
}

/* --- xpcall: no message handler runs with hooks off ----------------------------------------------- */

/* Lua calls xpcall's message handler where the error was raised, before unwinding; an error raised
 * by the budget hook is raised while Lua has switched hooks off, so a scenario's handler would run
 * with no budget at all (a looping handler only the watchdog could end). The handler is called
 * through this guard, which passes such an error on unchanged. */
static int guarded_handler(lua_State *L)
{
    cs_sandbox *sb = sandbox_of(L);
    if (sb && (sb->hook_raised || sb->exhausted)) {
        sb->hook_raised = 0;
        lua_settop(L, 1);
        return 1;
    }
    lua_settop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 1, 1);
    return 1;
}

static int safe_xpcall(lua_State *L)
{
    cs_sandbox *sb = sandbox_of(L);
    /* running here, any error the hook raised earlier has unwound */
    if (sb) sb->hook_raised = 0;
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, guarded_handler, 1);
    lua_replace(L, 2);
    return call_original(L);
}

/* --- setmetatable: no finalizers ----------------------------------------------------------------- */

static int safe_setmetatable(lua_State *L)
{
    /* Lua marks an object for finalization only if its metatable has __gc (looked up raw) when
     * setmetatable is called; refusing it here means no scenario code ever runs as a finalizer,
     * where hooks are off, or at lua_close, after the engine has begun to free itself. */
    if (lua_type(L, 2) == LUA_TTABLE && (lua_pushliteral(L, "__gc"), lua_rawget(L, 2)) != LUA_TNIL)
        return luaL_error(L, "__gc finalizers are not allowed in scenarios (no time limit can stop them)");
    lua_settop(L, 2);
    return call_original(L);
}

static void wrap(lua_State *L, const char *name, lua_CFunction fn)
{
    lua_getfield(L, -1, name);
    if (!lua_iscfunction(L, -1)) { lua_pop(L, 1); return; }
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, -2, name);
}

static void wrap_list(lua_State *L, const char *const *names, lua_CFunction fn)
{
    for (const char *const *n = names; *n; n++) wrap(L, *n, fn);
}

static void make_string_safe(lua_State *L)
{
    static const char *const linear[] = { "byte", "char", "format", "len", "lower", "reverse", "sub",
                                          "upper", "pack", "packsize", "unpack", NULL };
    static const char *const patterns[] = { "match", "gmatch", "gsub", NULL };
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    wrap(L, "find", safe_find);
    wrap_list(L, patterns, safe_pattern);
    wrap(L, "rep", safe_rep);
    wrap_list(L, linear, charged_text);
    /* string.dump would hand out bytecode */
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    /* The strings' metatable is shared by the whole state: getmetatable("") gives a copy, so no
     * scenario can change how every string's methods are found. */
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_newtable(L);
        lua_getfield(L, -2, "__index");
        lua_setfield(L, -2, "__index");
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void make_table_safe(lua_State *L)
{
    static const char *const shifting[] = { "insert", "remove", NULL };
    wrap_list(L, shifting, safe_tinsert_remove);
    wrap(L, "move", safe_tmove);
    wrap(L, "concat", safe_tconcat);
    wrap(L, "unpack", safe_tunpack);
    wrap(L, "sort", safe_tsort);
    wrap(L, "pack", charged_args);
}

static void make_utf8_safe(lua_State *L)
{
    static const char *const linear[] = { "char", "codes", "codepoint", "len", "offset", NULL };
    wrap_list(L, linear, charged_text);
}

/* --- the environment ------------------------------------------------------------------------ */

/* print: one line per call on stderr, "[scenario FILE:LINE] text", with control characters
 * blanked and the text cut, so a scenario cannot forge callsim's own messages or flood the
 * terminal; after PRINT_MAX_LINES lines it is silent. */
static int sandbox_print(lua_State *L)
{
    cs_sandbox *sb = sandbox_of(L);
    int n = lua_gettop(L);
    if (sb && sb->printed > PRINT_MAX_LINES) return 0;
    if (sb && sb->printed++ == PRINT_MAX_LINES) {
        fprintf(stderr, "[scenario] (more output suppressed)\n");
        return 0;
    }
    charge(L, text_work(L), "print");
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n && luaL_bufflen(&b) < PRINT_MAX_CHARS * 4; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    int cut = 0;
    char *clean = cs_text_clean(s, len, PRINT_MAX_CHARS, &cut);
    lua_Debug ar;
    int at = lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0;
    if (at) fprintf(stderr, "[scenario %s:%d] %s%s\n", ar.short_src, ar.currentline, clean ? clean : "", cut ? "..." : "");
    else fprintf(stderr, "[scenario] %s%s\n", clean ? clean : "", cut ? "..." : "");
    free(clean);
    return 0;
}

static const char *const base_allowed[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget", "rawlen",
    "rawset", "select", "getmetatable", "tonumber", "tostring", "type",
    NULL,
};

/* A shallow copy of library table `lib` into env[name], without the names in `skip`; the copy is
 * left on the stack for wrapping, then popped by the caller. */
static void copy_lib(lua_State *L, int env, const char *name, lua_CFunction open,
                     const char *const *skip)
{
    luaL_requiref(L, name, open, 1);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        int skipped = 0;
        for (const char *const *s = skip; s && *s; s++)
            if (lua_type(L, -2) == LUA_TSTRING && strcmp(lua_tostring(L, -2), *s) == 0) skipped = 1;
        if (skipped) { lua_pop(L, 1); continue; }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_settable(L, -4);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, env, name);
    lua_remove(L, -2);
}

static void build_env(cs_sandbox *sb)
{
    lua_State *L = sb->L;
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    lua_pop(L, 1);
    make_string_safe(L);

    lua_newtable(L);
    int env = lua_gettop(L);
    lua_pushglobaltable(L);
    for (const char *const *n = base_allowed; *n; n++) {
        lua_getfield(L, -1, *n);
        lua_setfield(L, env, *n);
    }
    wrap(L, "setmetatable", safe_setmetatable);
    lua_getfield(L, -1, "setmetatable");
    lua_setfield(L, env, "setmetatable");
    wrap(L, "xpcall", safe_xpcall);
    lua_getfield(L, -1, "xpcall");
    lua_setfield(L, env, "xpcall");
    lua_pop(L, 1);
    lua_pushcfunction(L, sandbox_print);
    lua_setfield(L, env, "print");
    lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, LUA_STRLIBNAME);
    lua_setfield(L, env, "string");
    lua_pop(L, 1);
    static const char *const math_skip[] = { "randomseed", NULL };
    copy_lib(L, env, LUA_TABLIBNAME, luaopen_table, NULL);
    make_table_safe(L);
    lua_pop(L, 1);
    copy_lib(L, env, LUA_MATHLIBNAME, luaopen_math, math_skip);
    lua_pop(L, 1);
    copy_lib(L, env, LUA_UTF8LIBNAME, luaopen_utf8, NULL);
    make_utf8_safe(L);
    lua_pop(L, 1);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
    sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

static int open_env(lua_State *L)
{
    build_env(lua_touserdata(L, 1));
    return 0;
}

cs_sandbox *cs_sandbox_new(const cs_sandbox_limits *lim)
{
    cs_sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) return NULL;
    sb->mem_limit = lim->mem_limit;
    sb->cpu_limit_s = lim->cpu_limit_s;
    sb->instr_limit = lim->instr_limit;
    sb->total_limit_s = lim->total_limit_s > 0 ? lim->total_limit_s : 2 * lim->cpu_limit_s;
    sb->abort_on_watch = getenv("CALLSIM_WATCHDOG_ABORT") != NULL;
    snprintf(sb->name, sizeof sb->name, "scenario");
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&sb->mu, NULL);
    pthread_cond_init(&sb->cv, &ca);
    pthread_condattr_destroy(&ca);
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L) { cs_sandbox_free(sb); return NULL; }
    *(cs_sandbox **)lua_getextraspace(sb->L) = sb;
    if (cs_sandbox_protect(sb, open_env, sb, 0) != LUA_OK) { cs_sandbox_free(sb); return NULL; }
    sb->dog_started = pthread_create(&sb->dog, NULL, watchdog, sb) == 0;
    if (!sb->dog_started) { cs_sandbox_free(sb); return NULL; }
    return sb;
}

void cs_sandbox_free(cs_sandbox *sb)
{
    if (!sb) return;
    if (sb->L) {
        /* No finalizer can be scenario code (setmetatable refuses __gc), so closing runs none of
         * it; the watchdog still watches, as for any other entry into Lua. */
        pthread_mutex_lock(&sb->mu);
        sb->depth++;
        sb->epoch++;
        clock_gettime(CLOCK_MONOTONIC, &sb->entered);
        sb->cpu_entered = pthread_getcpuclockid(pthread_self(), &sb->cpu_clock) == 0 ? clock_s(sb->cpu_clock) : -1;
        sb->run_budget_s = sb->cpu_limit_s;
        pthread_cond_signal(&sb->cv);
        pthread_mutex_unlock(&sb->mu);
        lua_close(sb->L);
        pthread_mutex_lock(&sb->mu);
        sb->depth--;
        pthread_mutex_unlock(&sb->mu);
    }
    if (sb->dog_started) {
        pthread_mutex_lock(&sb->mu);
        sb->quit = 1;
        pthread_cond_signal(&sb->cv);
        pthread_mutex_unlock(&sb->mu);
        pthread_join(sb->dog, NULL);
    }
    pthread_cond_destroy(&sb->cv);
    pthread_mutex_destroy(&sb->mu);
    free(sb);
}

lua_State *cs_sandbox_state(cs_sandbox *sb)
{
    return sb->L;
}

void cs_sandbox_push_env(cs_sandbox *sb)
{
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, sb->env_ref);
}

int cs_sandbox_pcall(cs_sandbox *sb, lua_State *L, int nargs, int nres)
{
    return cs_sandbox_pcallh(sb, L, nargs, nres, 0);
}

int cs_sandbox_pcallh(cs_sandbox *sb, lua_State *L, int nargs, int nres, int msgh)
{
    enter(sb, L);
    int rc = lua_pcall(L, nargs, nres, msgh);
    leave(sb);
    return rc;
}

int cs_sandbox_resume(cs_sandbox *sb, lua_State *co, int nargs, int *nres)
{
    enter(sb, co);
    int rc = lua_resume(co, NULL, nargs, nres);
    leave(sb);
    return rc;
}

int cs_sandbox_protect(cs_sandbox *sb, lua_CFunction fn, void *ud, int nres)
{
    lua_State *L = sb->L;
    if (!lua_checkstack(L, 2)) return LUA_ERRMEM;
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    return cs_sandbox_pcall(sb, L, 1, nres);
}

int cs_sandbox_load(cs_sandbox *sb, const char *buf, size_t len, const char *name)
{
    lua_State *L = sb->L;
    char chunkname[512];
    snprintf(chunkname, sizeof chunkname, "@%s", name);
    pthread_mutex_lock(&sb->mu); /* the watchdog reads it */
    snprintf(sb->name, sizeof sb->name, "%s", name);
    pthread_mutex_unlock(&sb->mu);
    /* a UTF-8 byte-order mark, as Windows editors write one: skipped, as luaL_loadfile does */
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) { buf += 3; len -= 3; }
    /* parsing runs no hook; the watchdog still watches it */
    enter(sb, L);
    int rc = luaL_loadbufferx(L, buf, len, chunkname, "t");
    leave(sb);
    if (rc != LUA_OK) return rc;
    cs_sandbox_push_env(sb);
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
    return LUA_OK;
}

const char *cs_sandbox_error_text(lua_State *L, int idx)
{
    if (lua_type(L, idx) == LUA_TSTRING) return lua_tostring(L, idx);
    if (lua_type(L, idx) == LUA_TNIL) return "error with a nil value";
    return "error with a value that is not a string";
}

/* 1 when msg starts "SOMETHING:DIGITS:" (Lua's position prefix). */
static int has_position(const char *msg)
{
    const char *c = strchr(msg, ':');
    while (c) {
        const char *d = c + 1;
        while (*d >= '0' && *d <= '9') d++;
        if (d > c + 1 && *d == ':') return 1;
        c = strchr(c + 1, ':');
        if (c && c - msg > 300) break;
    }
    return 0;
}

void cs_sandbox_error_line(cs_sandbox *sb, lua_State *L, const char *msg, char *out, size_t outlen)
{
    char line[1200];
    lua_Debug ar;
    if (!msg) msg = "error without a message";
    if (has_position(msg)) snprintf(line, sizeof line, "%s", msg);
    else if (L && scenario_frame(L, &ar)) snprintf(line, sizeof line, "%s:%d: %s", ar.short_src, ar.currentline, msg);
    else if (sb->where_line > 0) snprintf(line, sizeof line, "%s:%d: %s", sb->where_src, sb->where_line, msg);
    else snprintf(line, sizeof line, "%s:1: %s", sb->name, msg);
    int cut = 0;
    char *clean = cs_text_clean(line, strlen(line), outlen > 8 ? (outlen - 4) / 4 : 1, &cut);
    snprintf(out, outlen, "%s%s", clean ? clean : msg, cut ? "..." : "");
    free(clean);
}

int cs_sandbox_dofile_env(cs_sandbox *sb, const char *path, char *err, size_t errlen)
{
    size_t len;
    char *buf = cs_read_file(path, 1 << 20, &len, err, errlen);
    if (!buf) return LUA_ERRFILE;
    const char *base = strrchr(path, '/');
    int rc = cs_sandbox_load(sb, buf, len, base ? base + 1 : path);
    free(buf);
    if (rc == LUA_OK) rc = cs_sandbox_pcall(sb, sb->L, 0, 0);
    if (rc != LUA_OK) {
        snprintf(err, errlen, "%s", cs_sandbox_error_text(sb->L, -1));
        lua_pop(sb->L, 1);
    }
    return rc;
}
