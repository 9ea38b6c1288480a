/* call.speaker{ name = "孙子", voice = "yue", rate = 190, pitch = 50, volume = 90 }: someone else
 * takes the phone mid-call (a grandson takes over from his grandmother, a supervisor joins). From
 * then on the caller card shows the new name and every line without its own voice options is
 * spoken with the new voice; the transcript notes the change. Kept apart from scenario_api.c so
 * the hook is one small module with its own argument checks. */
#include "engine_internal.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

#include "text_norm.h"

static int clamp_field(lua_State *L, const char *k, int def, int lo, int hi)
{
    lua_getfield(L, 1, k);
    int v = def;
    if (!lua_isnil(L, -1)) {
        if (!lua_isnumber(L, -1)) luaL_argerror(L, 1, lua_pushfstring(L, "field '%s' must be a number", k));
        double d = lua_tonumber(L, -1);
        v = d < lo ? lo : d > hi ? hi : (int)d;
    }
    lua_pop(L, 1);
    return v;
}

static const char *opt_string(lua_State *L, const char *k)
{
    lua_getfield(L, 1, k);
    const char *s = lua_isnil(L, -1) ? NULL : lua_tostring(L, -1);
    if (!lua_isnil(L, -1) && !s) luaL_argerror(L, 1, lua_pushfstring(L, "field '%s' must be a string", k));
    lua_pop(L, 1); /* the string stays alive: it is a field of the argument table */
    return s;
}

static int call_speaker(lua_State *L)
{
    cs_engine *e = lua_touserdata(L, lua_upvalueindex(1));
    luaL_checktype(L, 1, LUA_TTABLE);
    const char *name = opt_string(L, "name"), *voice = opt_string(L, "voice");
    if (name && (!*name || !cs_utf8_valid(name, strlen(name)) || cs_utf8_len(name) > 40))
        luaL_argerror(L, 1, "name must be 1 to 40 characters of UTF-8");
    if (voice && !cs_voice_known(voice, strlen(voice)))
        luaL_argerror(L, 1, "unknown voice (use cmn-latn-pinyin, yue or en-us)");
    if (!name && !voice) luaL_argerror(L, 1, "give name = and/or voice = (the new speaker)");
    if (name && !(e->info.caller_name = cs_engine_keep(e, name))) return luaL_error(L, "out of memory");
    if (voice && !(e->info.voice = cs_engine_keep(e, voice))) return luaL_error(L, "out of memory");
    e->info.rate = clamp_field(L, "rate", e->info.rate, 80, 450);
    e->info.pitch = clamp_field(L, "pitch", e->info.pitch, 0, 100);
    e->info.volume = clamp_field(L, "volume", e->info.volume, 0, 100);
    char text[256];
    snprintf(text, sizeof text, "speaker: %s (%s)", e->info.caller_name ? e->info.caller_name : "?", e->info.voice);
    cs_engine_note(e, text);
    return 0;
}

void cs_speaker_api_open(cs_engine *e, lua_State *L)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->call_ref);
    lua_pushlightuserdata(L, e);
    lua_pushcclosure(L, call_speaker, 1);
    lua_setfield(L, -2, "speaker");
    lua_pop(L, 1);
}
