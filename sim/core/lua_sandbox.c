/* Lua sandbox for scenario files: see lua_sandbox.h. The limits matter because scenario files are
 * written by trainers (or downloaded) and must never hang, exhaust memory or touch the machine. */
#include "lua_sandbox.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#define HOOK_EVERY 1000          /* instructions between two hook calls */
#define PATTERN_MAX 256          /* bytes of a Lua pattern */
#define PATTERN_WORK_MAX 2e8     /* estimated backtracking steps allowed in one pattern call */
#define REP_MAX (1u << 20)       /* bytes string.rep may build */

struct cs_sandbox {
    lua_State *L;
    size_t mem_used, mem_limit;
    int mem_exceeded;
    double cpu_limit_s;
    long long instr_limit, instr_used;
    struct timespec started;
    int exhausted;
    char reason[160];
    int env_ref;
    cs_line_fn line_fn;      /* optional observer of line events (coverage) */
    void *line_ud;
};

static const char SANDBOX_KEY = 'S';

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

static cs_sandbox *sandbox_of(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &SANDBOX_KEY);
    cs_sandbox *sb = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return sb;
}

/* Raises the budget error at the scenario line that is running. */
static int raise_budget(lua_State *L, const char *why)
{
    lua_Debug ar;
    if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
        return luaL_error(L, "%s:%d: %s", ar.short_src, ar.currentline, why);
    return luaL_error(L, "%s", why);
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    cs_sandbox *sb = sandbox_of(L);
    if (!sb) return;
    if (ar->event == LUA_HOOKLINE) {
        if (sb->line_fn && !sb->exhausted) sb->line_fn(sb->line_ud, L, ar);
        return;
    }
    if (!sb->exhausted) {
        sb->instr_used += HOOK_EVERY;
        if (sb->instr_used > sb->instr_limit)
            snprintf(sb->reason, sizeof sb->reason,
                     "ran more than %lld million instructions without pausing (endless loop?)",
                     sb->instr_limit / 1000000);
        else if (elapsed_s(&sb->started) > sb->cpu_limit_s)
            snprintf(sb->reason, sizeof sb->reason,
                     "ran more than %.0f s without pausing (endless loop?)", sb->cpu_limit_s);
        else
            return;
        sb->exhausted = 1;
        /* A scenario's pcall could catch the error and go on: from now on every instruction
         * raises it again, so it always reaches the engine. */
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    }
    raise_budget(L, sb->reason);
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

/* --- the string library, made safe against one long C call ------------------------------- */

/* Estimated worst-case steps of matching pattern p on a subject of n bytes: every quantifier
 * (* + - %b) can backtrack over the whole subject, and matching is retried at every position. */
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
    return pow(nn, q + 1) * pow(2.0, opt > 30 ? 30 : opt);
}

static int check_pattern(lua_State *L, int plain_arg)
{
    size_t n, plen;
    luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &plen);
    if (plain_arg && lua_toboolean(L, plain_arg)) return 0;
    if (plen > PATTERN_MAX)
        return luaL_argerror(L, 2, "pattern longer than 256 bytes");
    if (pattern_work(p, plen, n) > PATTERN_WORK_MAX)
        return luaL_error(L, "string pattern too complex for a %d-byte string "
                             "(split the text or use plain find)", (int)n);
    return 0;
}

/* Calls the original library function (upvalue 1) with all arguments. */
static int call_original(lua_State *L)
{
    int nargs = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, nargs, LUA_MULTRET);
    return lua_gettop(L);
}

static int safe_find(lua_State *L) { check_pattern(L, 4); return call_original(L); }
static int safe_pattern(lua_State *L) { check_pattern(L, 0); return call_original(L); }

static int safe_rep(lua_State *L)
{
    size_t len, seplen = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &seplen);
    if (n > 0 && ((double)len + (double)seplen) * (double)n > REP_MAX)
        return luaL_error(L, "string.rep would build more than 1 MB");
    return call_original(L);
}

static void wrap_string_fn(lua_State *L, const char *name, lua_CFunction fn)
{
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, -2, name);
}

static void make_string_safe(lua_State *L)
{
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    wrap_string_fn(L, "find", safe_find);
    wrap_string_fn(L, "match", safe_pattern);
    wrap_string_fn(L, "gmatch", safe_pattern);
    wrap_string_fn(L, "gsub", safe_pattern);
    wrap_string_fn(L, "rep", safe_rep);
    /* string.dump would hand out bytecode */
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
}

/* --- the environment ------------------------------------------------------------------------ */

static int sandbox_print(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    fprintf(stderr, "[scenario] %s\n", lua_tostring(L, -1));
    return 0;
}

static const char *const base_allowed[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget", "rawlen",
    "rawset", "select", "setmetatable", "getmetatable", "tonumber", "tostring", "type", "xpcall",
    NULL,
};

/* A shallow copy of library table `lib` into env[name], without the names in `skip`. */
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
    lua_setfield(L, env, name);
    lua_pop(L, 1);
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
    lua_pop(L, 1);
    lua_pushcfunction(L, sandbox_print);
    lua_setfield(L, env, "print");
    lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, LUA_STRLIBNAME);
    lua_setfield(L, env, "string");
    lua_pop(L, 1);
    static const char *const math_skip[] = { "randomseed", NULL };
    copy_lib(L, env, LUA_TABLIBNAME, luaopen_table, NULL);
    copy_lib(L, env, LUA_MATHLIBNAME, luaopen_math, math_skip);
    copy_lib(L, env, LUA_UTF8LIBNAME, luaopen_utf8, NULL);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
    sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

cs_sandbox *cs_sandbox_new(const cs_sandbox_limits *lim)
{
    cs_sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) return NULL;
    sb->mem_limit = lim->mem_limit;
    sb->cpu_limit_s = lim->cpu_limit_s;
    sb->instr_limit = lim->instr_limit;
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L) { free(sb); return NULL; }
    lua_pushlightuserdata(sb->L, sb);
    lua_rawsetp(sb->L, LUA_REGISTRYINDEX, &SANDBOX_KEY);
    build_env(sb);
    cs_sandbox_arm(sb, sb->L);
    return sb;
}

void cs_sandbox_free(cs_sandbox *sb)
{
    if (!sb) return;
    lua_close(sb->L);
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

int cs_sandbox_load(cs_sandbox *sb, const char *buf, size_t len, const char *name)
{
    lua_State *L = sb->L;
    char chunkname[512];
    snprintf(chunkname, sizeof chunkname, "@%s", name);
    int rc = luaL_loadbufferx(L, buf, len, chunkname, "t");
    if (rc != LUA_OK) return rc;
    cs_sandbox_push_env(sb);
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
    return LUA_OK;
}

char *cs_read_file(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n + 1 >= cap) {
            if (cap > max) break;
            char *grown = realloc(buf, cap * 2);
            if (!grown) { free(buf); buf = NULL; break; }
            buf = grown;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0) break;
        n += got;
    }
    int failed = ferror(f);
    fclose(f);
    if (!buf) { snprintf(err, errlen, "%s: out of memory", path); return NULL; }
    if (failed) { free(buf); snprintf(err, errlen, "%s: read error", path); return NULL; }
    if (n > max) {
        free(buf);
        snprintf(err, errlen, "%s: larger than %zu bytes", path, max);
        return NULL;
    }
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

int cs_sandbox_dofile_env(cs_sandbox *sb, const char *path, char *err, size_t errlen)
{
    size_t len;
    char *buf = cs_read_file(path, 1 << 20, &len, err, errlen);
    if (!buf) return LUA_ERRFILE;
    const char *base = strrchr(path, '/');
    int rc = cs_sandbox_load(sb, buf, len, base ? base + 1 : path);
    free(buf);
    if (rc == LUA_OK) {
        cs_sandbox_arm(sb, sb->L);
        rc = lua_pcall(sb->L, 0, 0, 0);
    }
    if (rc != LUA_OK) {
        snprintf(err, errlen, "%s", lua_tostring(sb->L, -1) ? lua_tostring(sb->L, -1) : "error");
        lua_pop(sb->L, 1);
    }
    return rc;
}
