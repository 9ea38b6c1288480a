/* Where a scenario error happened, in the trainer's terms: the scenario file's own line and the
 * scenario function running there, not the line inside lua/callsim.lua or the C function that
 * raised it. A wrong argument to call.choose is raised in call.wait, two frames below the scenario
 * line that made the mistake; this walks the stack (lua_getstack/lua_getinfo, from C: the sandbox
 * still hides `debug` from scenarios) to the first frame whose chunk is the scenario file. */
#ifndef CALLSIM_SCRIPT_WHERE_H
#define CALLSIM_SCRIPT_WHERE_H

#include <stddef.h>
#include <lua.h>

/* Rewrites msg, raised on thread co whose stack is still intact (a coroutine after a failed
 * lua_resume, or inside a message handler), as "PATH:LINE: in FUNCTION: what is wrong". PATH is
 * the scenario's path as loaded (chunk "@PATH"); outer_name names the scenario's outermost function
 * when the stack cannot ("run", "on_end"). "bad argument #N to 'wait'" becomes "... to 'call.wait'",
 * and says which API function the scenario called when the error came from deeper (call.reply:
 * bad argument #1 to 'call.wait'); env_index (0 = none) is a stack index of L (the same state as
 * co, or its main thread) holding the scenario environment, where the qualified names are found.
 * Leaves msg unchanged when no scenario frame is on the stack. Returns out. */
const char *cs_script_where(lua_State *co, lua_State *L, int env_index, const char *path,
                            const char *outer_name, const char *msg, char *out, size_t n);

/* Line of the first scenario frame on L's stack (0 when none): where a paused script waits. */
int cs_script_line(lua_State *L, const char *path);

/* Pushes a message handler for lua_pcall that rewrites the error with cs_script_where; the
 * environment table at env_index (0 = none) becomes its upvalue. */
void cs_script_push_msgh(lua_State *L, const char *path, const char *outer_name, int env_index);

#endif
