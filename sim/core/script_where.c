/* Scenario errors at the scenario's own line and function: see script_where.h. */
#include "script_where.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* Libraries searched for a function's qualified name, the scenario API first. */
static const char *const LIBS[] = { "call", "score", "phrase", "string", "table", "math", "utf8", NULL };

static int is_scenario(const lua_Debug *ar, const char *path)
{
    return ar->source && ar->source[0] == '@' && strcmp(ar->source + 1, path) == 0;
}

/* Level of the first (innermost) frame running the scenario file's code, or -1. */
static int scenario_level(lua_State *co, const char *path)
{
    lua_Debug ar;
    for (int level = 0; lua_getstack(co, level, &ar); level++)
        if (lua_getinfo(co, "S", &ar) && is_scenario(&ar, path)) return level;
    return -1;
}

int cs_script_line(lua_State *L, const char *path)
{
    lua_Debug ar;
    int level = scenario_level(L, path);
    if (level < 0 || !lua_getstack(L, level, &ar) || !lua_getinfo(L, "l", &ar)) return 0;
    return ar.currentline > 0 ? ar.currentline : 0;
}

/* Length of a leading "SOURCE:LINE: " position in msg (0 when none); *src_len gets SOURCE's. */
static size_t position_prefix(const char *msg, size_t *src_len, int *line)
{
    for (const char *p = msg; *p && *p != '\n'; p++) {
        if (*p != ':' || !isdigit((unsigned char)p[1])) continue;
        const char *q = p + 1;
        int v = 0;
        while (isdigit((unsigned char)*q)) v = v * 10 + (*q++ - '0');
        if (q[0] != ':' || q[1] != ' ') continue;
        *src_len = (size_t)(p - msg);
        *line = v;
        return (size_t)(q + 2 - msg);
    }
    return 0;
}

/* Searches table at index t for value at index v; on success writes "prefix.key" into buf. */
static int find_in(lua_State *L, int t, int v, const char *prefix, char *buf, size_t n)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) == LUA_TSTRING && lua_rawequal(L, -1, v)) {
            if (prefix) snprintf(buf, n, "%s.%s", prefix, lua_tostring(L, -2));
            else snprintf(buf, n, "%s", lua_tostring(L, -2));
            lua_pop(L, 2);
            return 1;
        }
        lua_pop(L, 1);
    }
    return 0;
}

/* Qualified name ("call.reply", "error") of the function running at `level` of co, looked up in
 * the environment at env (absolute index of L); 0 when not found. */
static int api_name(lua_State *co, lua_State *L, int env, int level, char *buf, size_t n)
{
    lua_Debug ar;
    if (!env || !lua_getstack(co, level, &ar) || !lua_getinfo(co, "f", &ar)) return 0;
    if (co != L) lua_xmove(co, L, 1);
    int fn = lua_gettop(L), found = 0;
    for (const char *const *lib = LIBS; *lib && !found; lib++) {
        if (lua_getfield(L, env, *lib) == LUA_TTABLE) found = find_in(L, lua_gettop(L), fn, *lib, buf, n);
        lua_pop(L, 1);
    }
    if (!found) found = find_in(L, env, fn, NULL, buf, n);
    lua_pop(L, 1);
    return found;
}

/* "function 'ask'", "main chunk", outer_name for the outermost function, or "function at line N". */
static void function_name(lua_State *co, int level, const char *outer_name, char *buf, size_t n)
{
    lua_Debug ar, up;
    if (!lua_getstack(co, level, &ar) || !lua_getinfo(co, "Sn", &ar)) { snprintf(buf, n, "?"); return; }
    if (strcmp(ar.what, "main") == 0) snprintf(buf, n, "main chunk");
    else if (ar.name) snprintf(buf, n, "function '%s'", ar.name);
    else if (!lua_getstack(co, level + 1, &up) && outer_name) snprintf(buf, n, "function '%s'", outer_name);
    else snprintf(buf, n, "function at line %d", ar.linedefined);
}

/* The message text after its position, with "to 'wait'" qualified ("to 'call.wait'") by the
 * innermost C function of that short name below the scenario frame. */
static void qualified_text(lua_State *co, lua_State *L, int env, int below, const char *text,
                           char *buf, size_t n)
{
    static const char TO[] = "bad argument #";
    const char *q1 = strncmp(text, TO, sizeof TO - 1) == 0 ? strstr(text, " to '") : NULL;
    const char *q2 = q1 ? strchr(q1 + 5, '\'') : NULL;
    if (!q2) { snprintf(buf, n, "%s", text); return; }
    size_t short_len = (size_t)(q2 - (q1 + 5));
    char qual[128];
    for (int level = 0; level < below; level++) {
        if (!api_name(co, L, env, level, qual, sizeof qual)) continue;
        const char *dot = strchr(qual, '.');
        const char *shortn = dot ? dot + 1 : qual;
        if (strlen(shortn) == short_len && memcmp(shortn, q1 + 5, short_len) == 0) {
            snprintf(buf, n, "%.*s to '%s%s", (int)(q1 - text), text, qual, q2);
            return;
        }
    }
    snprintf(buf, n, "%s", text);
}

/* 1 when a frame below the scenario frame at `level` was entered by a tail call, which erased the
 * scenario function (and line) that made the call. */
static int tail_called(lua_State *co, int level)
{
    lua_Debug ar;
    for (int l = 0; l < level; l++)
        if (lua_getstack(co, l, &ar) && lua_getinfo(co, "t", &ar) && ar.istailcall) return 1;
    return 0;
}

const char *cs_script_where(lua_State *co, lua_State *L, int env_index, const char *path,
                            const char *outer_name, const char *msg, char *out, size_t n)
{
    int env = env_index ? lua_absindex(L, env_index) : 0;
    int level = scenario_level(co, path);
    lua_Debug ar;
    if (level < 0 || !lua_getstack(co, level, &ar) || !lua_getinfo(co, "Sl", &ar)) {
        snprintf(out, n, "%s", msg);
        return out;
    }
    size_t src_len = 0;
    int msg_line = 0;
    size_t pre = position_prefix(msg, &src_len, &msg_line);
    /* error("...", 2) in the scenario itself names the line it chose: keep it */
    int own = pre && src_len == strlen(ar.short_src) && memcmp(msg, ar.short_src, src_len) == 0;
    if (own && msg_line != ar.currentline) { snprintf(out, n, "%s", msg); return out; }
    char fn[160], called[128] = "", text[768];
    function_name(co, level, outer_name, fn, sizeof fn);
    qualified_text(co, L, env, level, msg + pre, text, sizeof text);
    /* which library function the scenario called, when the error was raised deeper inside it */
    if (level >= 1 && api_name(co, L, env, level - 1, called, sizeof called) && strchr(called, '.')
        && !strstr(text, called)) {
        size_t m = strlen(called);
        snprintf(called + m, sizeof called - m, ": ");
    } else {
        called[0] = '\0';
    }
    snprintf(out, n, "%s:%d: in %s: %s%s%s", path, ar.currentline, fn, called, text,
             tail_called(co, level) ? " (reached through 'return f(...)', a tail call: Lua keeps no line "
                                      "for the function that made it, so this is where that function was called)" : "");
    return out;
}

static int where_msgh(lua_State *L)
{
    const char *msg = lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER ? lua_tostring(L, 1) : NULL;
    char what[96];
    if (!msg) {
        /* a table, userdata, boolean or nil raised: named by its type only (its __tostring is the
         * scenario's code, and this handler may run with hooks off), but at the line that raised it */
        snprintf(what, sizeof what, "error with a %s value, not a message (give error() a string)", luaL_typename(L, 1));
        msg = what;
    }
    char out[1024];
    const char *path = lua_tostring(L, lua_upvalueindex(1));
    const char *outer = lua_tostring(L, lua_upvalueindex(2));
    int env = lua_istable(L, lua_upvalueindex(3)) ? lua_upvalueindex(3) : 0;
    /* an upvalue pseudo-index cannot be iterated with lua_next: copy the table to the stack */
    if (env) { lua_pushvalue(L, env); env = lua_gettop(L); }
    cs_script_where(L, L, env, path, outer, msg, out, sizeof out);
    lua_pushstring(L, out);
    return 1;
}

void cs_script_push_msgh(lua_State *L, const char *path, const char *outer_name, int env_index)
{
    int env = env_index ? lua_absindex(L, env_index) : 0;
    lua_pushstring(L, path);
    lua_pushstring(L, outer_name);
    if (env) lua_pushvalue(L, env);
    else lua_pushnil(L);
    lua_pushcclosure(L, where_msgh, 3);
}
