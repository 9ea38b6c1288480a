/* Unit tests of the Lua sandbox: what a scenario can and cannot reach, and that every budget
 * (instructions, wall clock, memory, string patterns) stops hostile code within seconds. */
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
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

/* Recursion deeper than the sandbox's call limit spends the budget (a pcall cannot catch it and
 * recurse on: each error caught that deep walked the whole stack in C, past every hook); a script
 * well inside the limit is untouched. */
static void test_recursion_depth_limit(void)
{
    char out[256];
    double s;
    CHECK_INT(run("local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end return f(900)",
                  out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "900");
    CHECK(run("local function f(n) pcall(f, n + 1) f(n + 1) end f(1)", out, sizeof out, &s) != LUA_OK);
    CHECK_MSG(strstr(out, "t.lua:1:") && strstr(out, "nested calls"), "message '%s'", out);
    CHECK(s < 5);
    CHECK(run("local function f(n) return 1 + f(n + 1) end local ok = pcall(f, 1) return 'survived'",
              out, sizeof out, &s) != LUA_OK);
    CHECK(strstr(out, "survived") == NULL);
}

/* xpcall's handler still transforms ordinary errors; when the budget hook raises (hooks off), a
 * looping handler is not run, and the budget error reaches the host within seconds. */
static void test_xpcall_handler_guard(void)
{
    char out[256];
    double s;
    CHECK_INT(run("return select(2, xpcall(function() error('a', 0) end, function(m) return m .. '!' end))",
                  out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "a!");
    CHECK_INT(run("return select(2, xpcall(function(x, y) return x + y end, print, 2, 3))", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "5");
    CHECK(run("return xpcall(print, 42)", out, sizeof out, NULL) != LUA_OK);
    CHECK(run("xpcall(function() while true do end end, function(e) while true do end end)", out, sizeof out, &s) != LUA_OK);
    CHECK_MSG(strstr(out, "without pausing") != NULL, "message '%s'", out);
    CHECK(s < 5);
    CHECK(run("xpcall(function() error('x') end, function(e) while true do end end)", out, sizeof out, &s) != LUA_OK);
    CHECK(s < 5);
}

/* Plain find is memmem now: the same answers as Lua's own, linear time. */
static void test_plain_find_semantics(void)
{
    char out[256];
    CHECK_INT(run("local a, b = ('hello world'):find('o w', 1, true) return a .. ',' .. b", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "5,7");
    CHECK_INT(run("local a, b = ('abc'):find('', 1, true) return a .. ',' .. b", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "1,0");
    CHECK_INT(run("local a, b = ('abc'):find('', 4, true) return a .. ',' .. b", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "4,3");
    CHECK_INT(run("return tostring(('abc'):find('', 5, true))", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "nil");
    CHECK_INT(run("local a, b = ('abcabc'):find('c', -2, true) return a .. ',' .. b", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "6,6");
    CHECK_INT(run("local a, b = ('abc'):find('a', -100) return a .. ',' .. b", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "1,1");
    /* found by fuzz_scenario_gen: -init overflowed (UBSan) for math.mininteger */
    CHECK_INT(run("local a, b = ('abc'):find('b', math.mininteger, true) return a .. ',' .. b", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "2,2");
    CHECK_INT(run("return tostring(('abc'):find('b', math.maxinteger, true))", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "nil");
    CHECK_INT(run("local a, b = ('a.c'):find('.', 1, true) return a .. ',' .. b", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "2,2");
    CHECK_INT(run("local a, b, c = ('key=val'):find('(%w+)=') return a .. ',' .. b .. ',' .. c", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "1,4,key");
    /* a megabyte needle in four megabytes: Lua's own search is quadratic (hours) */
    double secs;
    CHECK_INT(run("local s = string.rep('a', 1 << 20) s = s .. s .. s .. s "
                  "local p = string.rep('a', (1 << 20) - 1) .. 'b' return tostring(s:find(p, 1, true))",
                  out, sizeof out, &secs), LUA_OK);
    CHECK_STR(out, "nil");
    CHECK(secs < 1);
}

/* Each C loop bounded only by its arguments is refused or charged; none runs away. */
static void test_library_loops(void)
{
    char out[256];
    double secs;
    CHECK(run("table.move({}, 1, 1 << 53, 2)", out, sizeof out, &secs) != LUA_OK);
    CHECK_MSG(strstr(out, "t.lua:1:") && strstr(out, "move"), "'%s'", out);
    CHECK(run("local t = setmetatable({}, { __len = function() return 1 << 53 end }) table.insert(t, 1, 'x')",
              out, sizeof out, &secs) != LUA_OK);
    CHECK_MSG(strstr(out, "plain tables") != NULL, "'%s'", out);
    CHECK(run("local t = setmetatable({}, { __index = rawlen }) table.sort(t)", out, sizeof out, &secs) != LUA_OK);
    CHECK_INT(run("return #string.rep('', 1 << 53) + #string.rep('', 1 << 53, '')", out, sizeof out, &secs), LUA_OK);
    CHECK_STR(out, "0");
    CHECK(secs < 1);
    /* few instructions, each a long C loop: charged, so the budget still stops it in time */
    CHECK(run("local s = string.rep('a', 1 << 20) for i = 1, 3 do s = s .. s end "
              "for i = 1, 1e9 do local u = s:upper() end", out, sizeof out, &secs) != LUA_OK);
    CHECK(secs < 3);
    /* ordinary use still works */
    CHECK_INT(run("local t = {3, 1, 2} table.sort(t) table.insert(t, 4) table.remove(t, 1) "
                  "return table.concat(t, ',') .. ';' .. select('#', table.unpack(t))", out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "2,3,4;3");
}

/* No finalizers: Lua runs them with hooks off and at lua_close, where no budget reaches. */
static void test_no_finalizers(void)
{
    char out[256];
    CHECK(run("setmetatable({}, { __gc = function() while true do end end })", out, sizeof out, NULL) != LUA_OK);
    CHECK_MSG(strstr(out, "t.lua:1:") && strstr(out, "__gc"), "'%s'", out);
    CHECK(run("setmetatable({}, { __gc = false })", out, sizeof out, NULL) != LUA_OK);
    /* a __gc added after setmetatable does not mark the object: closing runs nothing */
    double secs;
    CHECK_INT(run("local mt = {} local keep = setmetatable({}, mt) mt.__gc = function() while true do end end return 'ok'",
                  out, sizeof out, &secs), LUA_OK);
    CHECK(secs < 1);
    /* the strings' shared metatable cannot be changed from a scenario */
    CHECK_INT(run("getmetatable('').__index = function() while true do end end return ('abc'):upper()",
                  out, sizeof out, NULL), LUA_OK);
    CHECK_STR(out, "ABC");
}

static int hang_in_c(lua_State *L)
{
    (void)L;
    /* busy, as a runaway C loop is: the watchdog counts the thread's CPU time */
    for (volatile unsigned long i = 0;; i++) {}
    return 0;
}

/* The watchdog, independent of hooks: a C call that never returns ends the process (exit 2) with
 * one line naming the scenario, within the budget plus the grace period. */
static void test_watchdog(void)
{
    int fds[2];
    if (pipe(fds) != 0) { CHECK(0); return; }
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        cs_sandbox_limits lim = { 16u << 20, 0.5, 50000000, 0 };
        cs_sandbox *sb = cs_sandbox_new(&lim);
        lua_State *L = cs_sandbox_state(sb);
        lua_register(L, "hang", hang_in_c);
        const char code[] = "local x = 1\nhang()\n";
        if (cs_sandbox_load(sb, code, sizeof code - 1, "stuck.lua") == LUA_OK) {
            lua_pushvalue(L, -1);
            cs_sandbox_push_env(sb);
            lua_pushcfunction(L, hang_in_c);
            lua_setfield(L, -2, "hang");
            lua_pop(L, 2);
            cs_sandbox_pcall(sb, L, 0, 0);
        }
        _exit(0);
    }
    close(fds[1]);
    int status = 0;
    /* 0.5 s budget + 1.5 s grace of CPU; on a loaded machine that CPU takes longer to use, and
     * past 10.5 s of wall clock the watchdog acts anyway */
    for (int i = 0; i < 300 && waitpid(pid, &status, WNOHANG) == 0; i++) usleep(50000);
    if (waitpid(pid, &status, WNOHANG) == 0) { kill(pid, SIGKILL); waitpid(pid, &status, 0); CHECK_MSG(0, "watchdog did not end the process in 15 s"); }
    clock_gettime(CLOCK_MONOTONIC, &b);
    char msg[512] = "";
    ssize_t n = read(fds[0], msg, sizeof msg - 1);
    msg[n > 0 ? n : 0] = '\0';
    close(fds[0]);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    CHECK_MSG(strstr(msg, "stuck.lua:") != NULL && strchr(msg, '\n') == msg + strlen(msg) - 1, "'%s'", msg);
    double secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    CHECK_MSG(secs >= 0.5 && secs < 12, "%.1f s", secs);
}

TEST_MAIN(
    RUN(test_globals);
    RUN(test_bytecode_refused);
    RUN(test_endless_loop);
    RUN(test_pcall_cannot_swallow_budget);
    RUN(test_memory_bomb);
    RUN(test_string_limits);
    RUN(test_deep_recursion);
    RUN(test_recursion_depth_limit);
    RUN(test_xpcall_handler_guard);
    RUN(test_plain_find_semantics);
    RUN(test_library_loops);
    RUN(test_no_finalizers);
    RUN(test_watchdog);
)
