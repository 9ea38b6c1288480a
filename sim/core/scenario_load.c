/* Reads and checks the table a scenario file returns (DESIGN.md "Scenarios", docs/scenarios.md).
 * Every problem is one message naming the file and the field, saying what is expected. */
#include "engine_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "text_norm.h"

static const char *keep(cs_engine *e, const char *s)
{
    if (!s) return NULL;
    if (e->n_owned == e->cap_owned) {
        size_t cap = e->cap_owned ? e->cap_owned * 2 : 32;
        char **grown = realloc(e->owned, cap * sizeof *grown);
        if (!grown) return NULL;
        e->owned = grown;
        e->cap_owned = cap;
    }
    char *d = cs_engine_strdup(s);
    if (d) e->owned[e->n_owned++] = d;
    return d;
}

const char *cs_engine_keep(cs_engine *e, const char *s)
{
    return keep(e, s);
}

typedef struct {
    cs_engine *e;
    lua_State *L;
    char *err;
    size_t errlen;
} loader;

/* The line of the source where `name =` first appears (a field of the returned table), else the
 * last line holding "return", else 1: the table is data, so its errors have no Lua position. */
static int field_line(const cs_engine *e, const char *name, size_t nlen)
{
    if (!e->src) return 1;
    int line = 1, found = 0, ret = 0;
    const char *s = e->src, *end = e->src + e->src_len;
    for (const char *p = s; p < end; p++) {
        if (*p == '\n') { line++; continue; }
        if (!found && nlen && (size_t)(end - p) > nlen && memcmp(p, name, nlen) == 0 &&
            (p == s || !(p[-1] == '_' || (unsigned)((p[-1] | 32) - 'a') < 26u || (unsigned)(p[-1] - '0') < 10u))) {
            const char *q = p + nlen;
            while (q < end && (*q == ' ' || *q == '\t')) q++;
            if (q < end && *q == '=' && (q + 1 >= end || q[1] != '=')) found = line;
        }
        if ((size_t)(end - p) >= 6 && memcmp(p, "return", 6) == 0) ret = line;
    }
    return found ? found : ret ? ret : 1;
}

void cs_engine_set_translate(cs_engine *e, const char *(*translate)(const char *zh))
{
    e->info.rubric.translate = translate;  /* the rubric is read here; how it explains, too */
}

int cs_scenario_field_line(const cs_engine *e, const char *name)
{
    return field_line(e, name, strlen(name));
}

static int fail(loader *ld, const char *fmt, const char *a, const char *b)
{
    char msg[400];
    snprintf(msg, sizeof msg, fmt, a ? a : "", b ? b : "");
    /* the field the message is about: the last quoted name ('max' in "rubric[1]: field 'max'") */
    const char *q = strstr(msg, "field '"), *name = NULL;
    size_t nlen = 0;
    if (q) { name = q + 7; nlen = strcspn(name, "'"); }
    else if (strncmp(msg, "rubric", 6) == 0) { name = "rubric"; nlen = 6; }
    else if (strncmp(msg, "caller.", 7) == 0) { name = msg + 7; nlen = strcspn(name, " ['"); }
    return cs_error_at(ld->err, ld->errlen, ld->e->path, field_line(ld->e, name, nlen), "%s", msg);
}

static int field(loader *ld, int t, const char *k, int required, const char *def, const char **out, int lines);

/* String field k of table t: required or optional (def). Leaves nothing on the stack. */
static int str_field(loader *ld, int t, const char *k, int required, const char *def, const char **out)
{
    return field(ld, t, k, required, def, out, 0);
}

/* The same for prose that may run over several lines (description, situation). */
static int prose_field(loader *ld, int t, const char *k, const char *def, const char **out)
{
    return field(ld, t, k, 0, def, out, 1);
}

static int field(loader *ld, int t, const char *k, int required, const char *def, const char **out, int lines)
{
    lua_getfield(ld->L, t, k);
    int ty = lua_type(ld->L, -1);
    if (ty == LUA_TNIL) {
        lua_pop(ld->L, 1);
        if (required) return fail(ld, "missing field '%s' (a string)", k, NULL);
        *out = def ? keep(ld->e, def) : NULL;
        return 0;
    }
    if (ty != LUA_TSTRING) {
        lua_pop(ld->L, 1);
        return fail(ld, "field '%s' must be a string", k, NULL);
    }
    size_t len;
    const char *s = lua_tolstring(ld->L, -1, &len);
    char why[80];
    if ((lines ? cs_text_check_lines : cs_text_check)(s, len, CS_TEXT_MAX_CHARS, why, sizeof why)) {
        lua_pop(ld->L, 1);
        return fail(ld, "field '%s': %s", k, why);
    }
    /* copied while still on the stack: an __index may have made it */
    *out = keep(ld->e, s);
    lua_pop(ld->L, 1);
    return *out ? 0 : fail(ld, "out of memory", NULL, NULL);
}

static int num_field(loader *ld, int t, const char *k, double def, double lo, double hi, double *out)
{
    lua_getfield(ld->L, t, k);
    int ty = lua_type(ld->L, -1);
    double v = def;
    if (ty == LUA_TNUMBER) v = lua_tonumber(ld->L, -1);
    lua_pop(ld->L, 1);
    if (ty != LUA_TNIL && ty != LUA_TNUMBER) return fail(ld, "field '%s' must be a number", k, NULL);
    /* written so that NaN fails too (every comparison with NaN is false) */
    if (!isfinite(v) || !(v >= lo && v <= hi)) {
        char range[64];
        snprintf(range, sizeof range, "%g..%g", lo, hi);
        return fail(ld, "field '%s' must be in %s", k, range);
    }
    *out = v;
    return 0;
}

static int id_ok(const char *id)
{
    /* it names files (reports) and database rows: short and plain */
    if (!*id || strlen(id) > 64) return 0;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')) return 0;
    return 1;
}

static const char *const areas[] = { "service", "business", "record", "data", "operations", NULL };

static int read_top(loader *ld, int t)
{
    cs_scenario_info *in = &ld->e->info;
    double level;
    if (str_field(ld, t, "id", 1, NULL, &in->id)) return -1;
    if (!id_ok(in->id)) return fail(ld, "field 'id' must be 1 to 64 lower-case letters, digits and _ (got '%.80s')", in->id, NULL);
    if (str_field(ld, t, "title", 1, NULL, &in->title)) return -1;
    if (prose_field(ld, t, "description", "", &in->description)) return -1;
    if (prose_field(ld, t, "situation", in->title, &in->situation)) return -1;
    if (str_field(ld, t, "area", 0, "service", &in->area)) return -1;
    int area_ok = 0;
    for (const char *const *a = areas; *a; a++) area_ok |= strcmp(*a, in->area) == 0;
    if (!area_ok)
        return fail(ld, "field 'area' is '%s'; use service, business, record, data or operations", in->area, NULL);
    if (num_field(ld, t, "level", 5, -1e9, 1e9, &level)) return -1;
    if (level != 5 && level != 4 && level != 3) return fail(ld, "field 'level' must be 5, 4 or 3", NULL, NULL);
    in->level = (int)level;
    const char *closing;
    if (str_field(ld, t, "closing", 0, "closing", &closing)) return -1;
    if (!cs_bank_has_category(ld->e->cfg.bank, closing))
        return fail(ld, "field 'closing' names unknown phrase category '%s'", closing, NULL);
    in->rubric.closing_category = closing;
    double lat;
    if (num_field(ld, t, "latency_limit", 10, 1, 120, &lat)) return -1;
    in->rubric.latency_limit_ms = (int)(lat * 1000);
    return 0;
}

static int read_history(loader *ld, int caller)
{
    cs_scenario_info *in = &ld->e->info;
    lua_getfield(ld->L, caller, "history");
    if (lua_isnil(ld->L, -1)) { lua_pop(ld->L, 1); return 0; }
    if (!lua_istable(ld->L, -1)) { lua_pop(ld->L, 1); return fail(ld, "caller.history must be a list of strings", NULL, NULL); }
    size_t n = (size_t)luaL_len(ld->L, -1);
    if (n > 50) n = 50;
    const char **h = calloc(n ? n : 1, sizeof *h);
    if (!h) { lua_pop(ld->L, 1); return fail(ld, "out of memory", NULL, NULL); }
    for (size_t i = 0; i < n; i++) {
        lua_geti(ld->L, -1, (lua_Integer)i + 1);
        size_t len = 0;
        const char *s = lua_type(ld->L, -1) == LUA_TSTRING ? lua_tolstring(ld->L, -1, &len) : NULL;
        char why[80];
        if (s && cs_text_check(s, len, CS_TEXT_MAX_CHARS, why, sizeof why)) {
            lua_pop(ld->L, 2);
            free(h);
            char where[40];
            snprintf(where, sizeof where, "%zu", i + 1);
            return fail(ld, "caller.history[%s]: %s", where, why);
        }
        h[i] = s ? keep(ld->e, s) : "";
        lua_pop(ld->L, 1);
        if (!h[i]) { lua_pop(ld->L, 1); free(h); return fail(ld, "out of memory", NULL, NULL); }
    }
    lua_pop(ld->L, 1);
    in->history = h;
    in->n_history = n;
    return 0;
}

static int read_caller(loader *ld, int t)
{
    cs_scenario_info *in = &ld->e->info;
    lua_getfield(ld->L, t, "caller");
    if (!lua_istable(ld->L, -1)) { lua_pop(ld->L, 1); return fail(ld, "missing field 'caller' (a table)", NULL, NULL); }
    int c = lua_gettop(ld->L);
    double rate, pitch, volume, patience, rings, max_hold;
    int rc = str_field(ld, c, "name", 0, "客户", &in->caller_name) ||
             str_field(ld, c, "phone", 0, "", &in->caller_phone) ||
             str_field(ld, c, "voice", 0, "cmn-latn-pinyin", &in->voice) ||
             num_field(ld, c, "rate", 175, 80, 450, &rate) ||
             num_field(ld, c, "pitch", 50, 0, 100, &pitch) ||
             num_field(ld, c, "volume", 80, 0, 100, &volume) ||
             num_field(ld, c, "patience", 100, 1, 100, &patience) ||
             num_field(ld, c, "max_rings", 8, 1, 30, &rings) ||
             num_field(ld, c, "max_hold", 180, 5, 600, &max_hold) ||
             str_field(ld, c, "give_up", 0, NULL, (const char **)&ld->e->give_up) ||
             read_history(ld, c);
    lua_pop(ld->L, 1);
    if (rc) return -1;
    if (!cs_voice_known(in->voice, strlen(in->voice))) return fail(ld, "caller.voice '%s' is unknown; use cmn-latn-pinyin, yue or en-us", in->voice, NULL);
    in->rate = (int)rate;
    in->pitch = (int)pitch;
    in->volume = (int)volume;
    ld->e->patience = (int)patience;
    ld->e->max_rings = (int)rings;
    ld->e->max_hold_ms = (int64_t)(max_hold * 1000);
    return 0;
}

/* An item without a label is named after what its rule checks, as the standard names it
 * ("phrase:emotional" → 安抚情绪用语), like the scenarios' own labels, which are Chinese. */
static const char *default_label(loader *ld, const cs_rubric_item *item)
{
    const char *r = item->rule;
    if (!r) return item->id;
    if (strncmp(r, "phrase:", 7) == 0) return cs_bank_label(ld->e->cfg.bank, r + 7);
    char act[16];
    const char *target;
    if (cs_rule_target(r, act, sizeof act, &target)) { /* 升级至危机干预组: who must be told, before the call */
        char key[32], label[160];
        snprintf(key, sizeof key, "action.%s", act);
        const char *l = cs_bank_label(ld->e->cfg.bank, key);
        snprintf(label, sizeof label, "%s至%s", l == key ? act : l, target);
        return keep(ld->e, label);
    }
    if (strncmp(r, "action:", 7) == 0) {
        char key[32];
        snprintf(key, sizeof key, "action.%.20s", r + 7);
        const char *l = cs_bank_label(ld->e->cfg.bank, key);
        return l == key ? item->id : keep(ld->e, l);
    }
    if (strncmp(r, "sequence:", 9) == 0) return "按标准流程处理";
    return item->id;
}

/* The message of the error in ld->err, without its "FILE:LINE: " prefix. */
static const char *message_of(const loader *ld)
{
    size_t n = strlen(ld->e->path);
    const char *m = ld->err;
    if (strncmp(m, ld->e->path, n) != 0) return m;
    m += n;
    if (*m == ':') m++;
    while (*m >= '0' && *m <= '9') m++;
    if (*m == ':') m++;
    if (*m == ' ') m++;
    return m;
}

static int read_item(loader *ld, int it, size_t i, cs_rubric_item *item)
{
    char where[32];
    snprintf(where, sizeof where, "rubric[%zu]", i + 1);
    if (!lua_istable(ld->L, it)) return fail(ld, "%s must be a table {id=, max=, ...}", where, NULL);
    double max;
    if (str_field(ld, it, "id", 1, NULL, &item->id) || str_field(ld, it, "rule", 0, NULL, &item->rule) ||
        str_field(ld, it, "label", 0, NULL, &item->label) ||
        str_field(ld, it, "clause", 0, NULL, &item->clause) ||
        num_field(ld, it, "max", -1, 0.5, 100, &max))
        return fail(ld, "%s: %s", where, message_of(ld));
    item->max = max;
    lua_getfield(ld->L, it, "fatal");
    item->fatal = lua_toboolean(ld->L, -1); /* fatal = true: missing it fails the call */
    lua_pop(ld->L, 1);
    char why[200];
    if (item->rule && !cs_rule_valid(ld->e->cfg.bank, item->rule, why, sizeof why))
        return fail(ld, "%s: %s", where, why);
    if (!item->clause && item->rule) item->clause = cs_rule_default_clause(ld->e->cfg.bank, item->rule);
    if (!item->label) item->label = default_label(ld, item);
    return 0;
}

static int read_rubric(loader *ld, int t)
{
    lua_getfield(ld->L, t, "rubric");
    if (!lua_istable(ld->L, -1)) { lua_pop(ld->L, 1); return fail(ld, "missing field 'rubric' (a list of items)", NULL, NULL); }
    size_t n = (size_t)luaL_len(ld->L, -1);
    if (n == 0 || n > 40) { lua_pop(ld->L, 1); return fail(ld, "rubric must have 1 to 40 items", NULL, NULL); }
    ld->e->items = calloc(n, sizeof *ld->e->items);
    if (!ld->e->items) { lua_pop(ld->L, 1); return fail(ld, "out of memory", NULL, NULL); }
    for (size_t i = 0; i < n; i++) {
        lua_geti(ld->L, -1, (lua_Integer)i + 1);
        int rc = read_item(ld, lua_gettop(ld->L), i, &ld->e->items[i]);
        lua_pop(ld->L, 1);
        if (rc) { lua_pop(ld->L, 1); return -1; }
        for (size_t j = 0; j < i; j++)
            if (strcmp(ld->e->items[j].id, ld->e->items[i].id) == 0) {
                lua_pop(ld->L, 1);
                return fail(ld, "rubric item id '%s' appears twice", ld->e->items[i].id, NULL);
            }
    }
    lua_pop(ld->L, 1);
    ld->e->info.rubric.items = ld->e->items;
    ld->e->info.rubric.n = n;
    /* Checked at load, so run, play, exam and explore refuse what lint reports: a rubric that does
     * not add up to 100 grades out of something else (40 items of 100 graded 4000 of 100). */
    double sum = 0;
    for (size_t i = 0; i < n; i++) sum += ld->e->items[i].max;
    if (fabs(sum - 100) > 1e-6) {
        char got[40];
        snprintf(got, sizeof got, "%g", sum);
        return fail(ld, "rubric maxima add up to %s, not 100: adjust the max values", got, NULL);
    }
    return 0;
}

int cs_scenario_read_table(cs_engine *e, lua_State *L, char *err, size_t errlen)
{
    loader ld = { e, L, err, errlen };
    if (!lua_istable(L, -1))
        return fail(&ld, "the file must end with 'return { id = ..., run = function(call) ... end }'", NULL, NULL);
    int t = lua_gettop(L);
    if (read_top(&ld, t) || read_caller(&ld, t) || read_rubric(&ld, t)) return -1;
    if (cs_desk_read(e, L, t, err, errlen)) return -1;
    lua_getfield(L, t, "run");
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return fail(&ld, "missing field 'run' (function(call) ... end)", NULL, NULL);
    }
    e->run_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_getfield(L, t, "on_end");
    if (!lua_isnil(L, -1) && !lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        return fail(&ld, "field 'on_end' must be a function(call, how)", NULL, NULL);
    }
    if (lua_isnil(L, -1)) lua_pop(L, 1);
    else e->on_end_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}
