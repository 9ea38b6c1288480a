/* Unit tests of the Lua sandbox: what a scenario can and cannot reach, and that every budget
 * (instructions, wall clock, memory, string patterns) stops hostile code within seconds. */
#include <time.h>
#include <lauxlib.h>
#include "harness.h"
#include "lua_sandbox.h"

static cs_sandbox *fresh(void)
{
    cs_sandbox_limits lim = { 16u << 20, 1.0, 50000000, 0 };
    return cs_sandbox_new(&lim);
}

/* Runs code in a fresh sandbox; returns the Lua status and copies the message/result. */
static int run(const char *code, char *out, size_t len, double *seconds)
{
    cs_sandbox *sb = fresh();
    lua_State *L = cs_sandbox_state(sb);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    int rc = cs_sandbox_load(sb, code, strlen(code), "t.lua");
    if (rc == LUA_OK) rc = cs_sandbox_pcall(sb, L, 0, 1);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (seconds) *seconds = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    const char *s = lua_tostring(L, -1);
    snprintf(out, len, "%s", s ? s : (lua_isnil(L, -1) ? "nil" : "?"));
    cs_sandbox_free(sb);
    return rc;
}

static void test_globals(void)
{
    char out[256];
    CHECK_INT(run("return type(io) .. type(os) .. type(require) .. type(load) .. type(dofile) .. "
                  "type(loadfile) .. type(debug) .. type(coroutine) .. type(package) .. type(collectgarbage)",
                  out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "nilnilnilnilnilnilnilnilnilnil");
    CHECK_INT(run("return type(string.dump) .. type(math.randomseed)", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "nilnil");
    CHECK_INT(run("return string.format('%d-%s', #('abc'):rep(3), table.concat({utf8.char(20320)}))",
                  out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "9-你");
    /* the string metatable leads back to the same safe library */
    CHECK_INT(run("return getmetatable('').__index.dump == nil", out, sizeof out, NULL), LUA_OK);
}

static void test_bytecode_refused(void)
{
    cs_sandbox *sb = fresh();
    const char code[] = "\x1bLua\x54\x00";
    CHECK(cs_sandbox_load(sb, code, sizeof code - 1, "b.luac") != LUA_OK);
    cs_sandbox_free(sb);
}

static void test_endless_loop(void)
{
    char out[256];
    double s;
    CHECK(run("while true do end", out, sizeof out, &s) != LUA_OK);
    CHECK_MSG(strstr(out, "t.lua:1:") != NULL, "message '%s' names no line", out);
    CHECK(s < 5);
}

static void test_pcall_cannot_swallow_budget(void)
{
    char out[256];
    double s;
    int rc = run("local n = 0\n"
                 "for i = 1, 100 do pcall(function() while true do end end); n = n + 1 end\n"
                 "return 'survived ' .. n", out, sizeof out, &s);
    CHECK(rc != LUA_OK);
    CHECK(strstr(out, "survived") == NULL);
    CHECK(s < 5);
}

static void test_memory_bomb(void)
{
    char out[256];
    double s;
    CHECK(run("local t = {} for i = 1, 1e9 do t[i] = {i, i, i} end", out, sizeof out, &s) != LUA_OK);
    CHECK(s < 5);
    CHECK(run("local s = 'x' while true do s = s .. s end", out, sizeof out, &s) != LUA_OK);
    CHECK(s < 5);
}

static void test_string_limits(void)
{
    char out[256];
    double s;
    CHECK(run("return string.rep('x', 1e9)", out, sizeof out, &s) != LUA_OK);
    CHECK_MSG(strstr(out, "1 MB") != NULL, "%s", out);
    /* a backtracking pattern on a long subject runs inside one C call, out of the hook's reach */
    CHECK(run("local s = string.rep('a', 50000) return s:find('.-.-.-.-b')", out, sizeof out, &s) != LUA_OK);
    CHECK_MSG(strstr(out, "too complex") != NULL, "%s", out);
    CHECK(s < 2);
    CHECK_INT(run("return ('a,b,c'):gsub(',', ';')", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "a;b;c");
    CHECK_INT(run("return tostring(string.find(string.rep('a', 50000), '.-.-.-.-b', 1, true))", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "nil");
}

static void test_deep_recursion(void)
{
    char out[256];
    double s;
    CHECK(run("local function f(n) return 1 + f(n + 1) end return f(1)", out, sizeof out, &s) != LUA_OK);
    CHECK(s < 5);
}

TEST_MAIN(
    RUN(test_globals);
    RUN(test_bytecode_refused);
    RUN(test_endless_loop);
    RUN(test_pcall_cannot_swallow_budget);
    RUN(test_memory_bomb);
    RUN(test_string_limits);
    RUN(test_deep_recursion);
)
