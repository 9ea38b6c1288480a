/* Line coverage of a scenario (see coverage.h). */
#include "coverage.h"

#include <stdlib.h>
#include <string.h>

#include "engine_internal.h"

int cs_coverage_init(cs_coverage *c, const char *path, int max_line)
{
    memset(c, 0, sizeof *c);
    c->path = malloc(strlen(path) + 1);
    c->state = calloc((size_t)max_line + 2, 1);
    if (!c->path || !c->state) { cs_coverage_free(c); return -1; }
    strcpy(c->path, path);
    c->max_line = max_line;
    return 0;
}

void cs_coverage_free(cs_coverage *c)
{
    free(c->path);
    free(c->state);
    memset(c, 0, sizeof *c);
}

/* Marks the active lines of the function running at ar as lines that could run. */
static void mark_possible(cs_coverage *c, lua_State *L, lua_Debug *ar)
{
    if (!lua_getinfo(L, "L", ar) || !lua_istable(L, -1)) { lua_pop(L, 1); return; }
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_Integer line = lua_tointeger(L, -2);
        if (line > 0 && line <= c->max_line && c->state[line] == 0) c->state[line] = 1;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void on_line(void *ud, lua_State *L, lua_Debug *ar)
{
    cs_coverage *c = ud;
    if (!lua_getinfo(L, "S", ar)) return;
    if (ar->source != c->source) {
        if (ar->source[0] != '@' || strcmp(ar->source + 1, c->path) != 0) return;
        c->source = ar->source;
    }
    int line = ar->currentline;
    if (line <= 0 || line > c->max_line) return;
    /* a function's first line seen: learn which of its lines could run */
    if (c->state[line] == 0 || (ar->linedefined > 0 && ar->linedefined <= c->max_line &&
                                c->state[ar->linedefined] != 2))
        mark_possible(c, L, ar);
    if (ar->linedefined > 0 && ar->linedefined <= c->max_line) c->state[ar->linedefined] = 2;
    c->state[line] = 2;
}

void cs_coverage_attach(cs_coverage *c, cs_engine *e)
{
    c->source = NULL; /* a new state: a new interned chunk name */
    cs_sandbox_set_line_hook(e->sb, on_line, c);
}
