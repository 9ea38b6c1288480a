/* The agent's desk a scenario declares (docs/scenarios.md "The desk"): the work-order form, the
 * system pane and the transfer/escalation targets. Read once at load with the same checks as the
 * rest of the table (each problem one message naming the field), and fixed for the whole call: a
 * real desk's form does not change its fields while the caller dictates into it.
 *
 *   ticket  = { { id = "phone", label = "联系电话", required = true, format = "phone" }, ... }
 *   system  = { { id = "kb", title = "抢修时限", text = "...", reveal = "hold", facts = { ... } }, ... }
 *   targets = { transfer = { "燃气抢修中心" }, escalate = { "值班长" } }
 *   phrases = { "opening", "emotional", "no_knowledge", ... }   the phrase panel (≤ 8 categories)
 *
 * Without `ticket` the form holds the fields the script dictates (call.dictate("X", ...), found in
 * its source), then a note; without any, name, phone, issue and note. */
#include "engine_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "core_util.h"
#include "text_norm.h"

#define DESK_MAX 16   /* fields, entries or targets of one kind */

typedef struct {
    cs_engine *e;
    lua_State *L;
    char *err;
    size_t errlen;
    const char *section;  /* "ticket", "system", "targets": the line of a message */
} desk_reader;

static int desk_fail(desk_reader *d, const char *fmt, const char *a, const char *b)
{
    char msg[300];
    snprintf(msg, sizeof msg, fmt, a ? a : "", b ? b : "");
    return cs_error_at(d->err, d->errlen, d->e->path, cs_scenario_field_line(d->e, d->section), "%s", msg);
}

/* String field k of the table at the top (optional: *out = NULL when nil). */
static int desk_str(desk_reader *d, const char *where, const char *k, const char **out)
{
    lua_getfield(d->L, -1, k);
    *out = NULL;
    if (lua_isnil(d->L, -1)) { lua_pop(d->L, 1); return 0; }
    if (lua_type(d->L, -1) != LUA_TSTRING) { lua_pop(d->L, 1); return desk_fail(d, "%s: field '%s' must be a string", where, k); }
    size_t len;
    const char *s = lua_tolstring(d->L, -1, &len);
    char why[80];
    if (cs_text_check(s, len, CS_TEXT_MAX_CHARS, why, sizeof why)) { lua_pop(d->L, 1); return desk_fail(d, "%s: %s", where, why); }
    *out = cs_engine_keep(d->e, s);
    lua_pop(d->L, 1);
    return *out ? 0 : desk_fail(d, "out of memory", NULL, NULL);
}

/* The list field name of the table at index t pushed (1), absent (0), or not a list (-1). */
static int push_list(desk_reader *d, int t, const char *name, size_t *n)
{
    lua_getfield(d->L, t, name);
    if (lua_isnil(d->L, -1)) { lua_pop(d->L, 1); return 0; }
    if (!lua_istable(d->L, -1)) { lua_pop(d->L, 1); desk_fail(d, "field '%s' must be a list", name, NULL); return -1; }
    lua_Integer len = luaL_len(d->L, -1);
    if (len < 0 || len > DESK_MAX) {
        lua_pop(d->L, 1);
        desk_fail(d, "field '%s' may hold at most 16 entries", name, NULL);
        return -1;
    }
    *n = (size_t)len;
    return 1;
}

/* ---- ticket ---------------------------------------------------------------------------------- */

static int format_known(const char *f)
{
    return !strcmp(f, "text") || !strcmp(f, "phone") || !strcmp(f, "digits") || !strcmp(f, "idcard") ||
           !strcmp(f, "date");
}

static int read_field(desk_reader *d, size_t i, cs_ticket_field *f)
{
    char where[32];
    snprintf(where, sizeof where, "ticket[%zu]", i + 1);
    if (!lua_istable(d->L, -1)) return desk_fail(d, "%s must be a table { id = ..., label = ... }", where, NULL);
    if (desk_str(d, where, "id", &f->id) || desk_str(d, where, "label", &f->label) ||
        desk_str(d, where, "format", &f->format))
        return -1;
    if (!f->id || !*f->id || strpbrk(f->id, "= \t\n"))
        return desk_fail(d, "%s: field 'id' must be a name without spaces or '='", where, NULL);
    if (!f->format) f->format = "text";
    if (!format_known(f->format)) return desk_fail(d, "%s: format '%s' is unknown; use text, phone, digits, idcard or date", where, f->format);
    lua_getfield(d->L, -1, "required");
    f->required = lua_toboolean(d->L, -1);
    lua_pop(d->L, 1);
    return 0;
}

static int add_default(cs_engine *e, cs_ticket_field *f, size_t *n, const char *id, const char *format)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(f[i].id, id) == 0) return 0;
    if (*n == DESK_MAX) return 0;
    const char *kept = cs_engine_keep(e, id);
    if (!kept) return -1;
    f[(*n)++] = (cs_ticket_field){ .id = kept, .format = format };
    return 0;
}

/* The first string argument of each call.dictate( in the source, in order of appearance. */
static int dictated_fields(cs_engine *e, cs_ticket_field *f, size_t *n)
{
    const char *s = e->src, *end = e->src ? e->src + e->src_len : NULL;
    for (const char *p = s; p && (p = strstr(p, "dictate")) != NULL && p < end; p += 7) {
        const char *q = p + 7;
        while (q < end && (*q == ' ' || *q == '(' || *q == '\t')) q++;
        if (q >= end || (*q != '"' && *q != '\'')) continue;
        const char *close = memchr(q + 1, *q, (size_t)(end - q - 1));
        if (!close || close - q - 1 <= 0 || close - q - 1 >= 64) continue;
        char name[64];
        memcpy(name, q + 1, (size_t)(close - q - 1));
        name[close - q - 1] = 0;
        if (strpbrk(name, "= \t\n\\")) continue;
        int digits = strstr(name, "phone") || strstr(name, "电话") || strstr(name, "手机") || strstr(name, "号码");
        if (add_default(e, f, n, name, digits ? "phone" : "text")) return -1;
    }
    return 0;
}

static int default_ticket(desk_reader *d, cs_ticket_field *f, size_t *n)
{
    if (dictated_fields(d->e, f, n)) return desk_fail(d, "out of memory", NULL, NULL);
    if (*n == 0 && (add_default(d->e, f, n, "name", "text") || add_default(d->e, f, n, "phone", "phone") ||
                    add_default(d->e, f, n, "issue", "text")))
        return desk_fail(d, "out of memory", NULL, NULL);
    return add_default(d->e, f, n, "note", "text") ? desk_fail(d, "out of memory", NULL, NULL) : 0;
}

static int read_ticket(desk_reader *d, int t, cs_ticket_field *f, size_t *n)
{
    size_t len = 0;
    d->section = "ticket";
    int has = push_list(d, t, "ticket", &len);
    if (has < 0) return -1;
    if (!has || len == 0) {
        if (has) lua_pop(d->L, 1);
        return default_ticket(d, f, n);
    }
    for (size_t i = 0; i < len; i++) {
        lua_geti(d->L, -1, (lua_Integer)i + 1);
        int rc = read_field(d, i, &f[i]);
        lua_pop(d->L, 1);
        for (size_t j = 0; !rc && j < i; j++)
            if (strcmp(f[j].id, f[i].id) == 0) rc = desk_fail(d, "ticket field '%s' appears twice", f[i].id, NULL);
        if (rc) { lua_pop(d->L, 1); return -1; }
    }
    lua_pop(d->L, 1);
    *n = len;
    return 0;
}

/* ---- system pane ------------------------------------------------------------------------------ */

static int reveal_known(const char *r)
{
    if (!strcmp(r, "always") || !strcmp(r, "hold") || !strcmp(r, "script")) return 1;
    if (strncmp(r, "after:", 6) != 0) return 0;
    for (int k = 0; k < CS_EV_COUNT; k++)
        if (!strcmp(r + 6, cs_event_kind_name((cs_event_kind)k))) return 1;
    return 0;
}

/* ---- facts: what an answer taken from an entry must state (call.tells) ------------------------ *
 * Kept in the Lua registry, one list per entry id: { { "光缆", "挖断" }, { "八点", "20点" } } — each
 * fact the list of the words that state it (one of them suffices). A plain string is a fact of one
 * word. Lua owns them, so call.system can replace them for this caller at any time. */

static const char FACTS_KEY = 'F';

#define FACT_WORDS_MAX 16

/* Pushes the registry's facts table (created on first use). */
static void push_facts_table(lua_State *L)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &FACTS_KEY) == LUA_TTABLE) return;
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &FACTS_KEY);
}

/* One word of a fact: a non-empty UTF-8 string of at most 400 bytes (call.mentions' limit). */
static int fact_word_ok(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TSTRING) return 0;
    size_t len;
    const char *w = lua_tolstring(L, idx, &len);
    char why[80];
    return len > 0 && len <= 400 && !cs_text_check(w, len, 200, why, sizeof why);
}

int cs_desk_set_facts(lua_State *L, int idx, const char *id, char *why, size_t whylen)
{
    idx = lua_absindex(L, idx);
    if (!lua_istable(L, idx)) { snprintf(why, whylen, "facts must be a list of words or of lists of words"); return -1; }
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    if (n < 1 || n > DESK_MAX) { snprintf(why, whylen, "facts must hold 1 to 16 facts"); return -1; }
    lua_createtable(L, (int)n, 0);
    for (lua_Integer i = 1; i <= n; i++) {
        int t = lua_rawgeti(L, idx, i);
        if (t == LUA_TSTRING && fact_word_ok(L, -1)) {
            lua_createtable(L, 1, 0);
            lua_insert(L, -2);
            lua_rawseti(L, -2, 1);
        } else if (t == LUA_TTABLE) {
            lua_Integer m = (lua_Integer)lua_rawlen(L, -1);
            int ok = m >= 1 && m <= FACT_WORDS_MAX;
            for (lua_Integer j = 1; ok && j <= m; j++) {
                lua_rawgeti(L, -1, j);
                ok = fact_word_ok(L, -1);
                lua_pop(L, 1);
            }
            if (!ok) {
                lua_pop(L, 2);
                snprintf(why, whylen, "fact %d must list 1 to 16 words (non-empty strings)", (int)i);
                return -1;
            }
        } else {
            lua_pop(L, 2);
            snprintf(why, whylen, "fact %d must be a word or a list of words", (int)i);
            return -1;
        }
        lua_rawseti(L, -2, i);
    }
    push_facts_table(L);
    lua_insert(L, -2);
    lua_setfield(L, -2, id);
    lua_pop(L, 1);
    return 0;
}

int cs_desk_push_facts(lua_State *L, const char *id)
{
    push_facts_table(L);
    int t = lua_getfield(L, -1, id);
    lua_remove(L, -2);
    if (t == LUA_TTABLE) return 1;
    lua_pop(L, 1);
    return 0;
}

static int read_entry(desk_reader *d, size_t i, cs_system_entry *s)
{
    char where[32];
    snprintf(where, sizeof where, "system[%zu]", i + 1);
    if (!lua_istable(d->L, -1)) return desk_fail(d, "%s must be a table { title = ..., text = ... }", where, NULL);
    if (desk_str(d, where, "id", &s->id) || desk_str(d, where, "title", &s->title) ||
        desk_str(d, where, "text", &s->text) || desk_str(d, where, "reveal", &s->reveal))
        return -1;
    if (!s->title || !s->text) return desk_fail(d, "%s: needs both 'title' and 'text'", where, NULL);
    if (!s->id) s->id = s->title;
    if (!s->reveal) s->reveal = "always";
    if (!reveal_known(s->reveal))
        return desk_fail(d, "%s: reveal '%s' is unknown; use always, hold, script or after:<event> (after:ticket, after:dictate, ...)", where, s->reveal);
    lua_getfield(d->L, -1, "facts");
    char why[120];
    int rc = lua_isnil(d->L, -1) ? 0 : cs_desk_set_facts(d->L, -1, s->id, why, sizeof why);
    lua_pop(d->L, 1);
    return rc ? desk_fail(d, "%s: %s", where, why) : 0;
}

static int read_system(desk_reader *d, int t, cs_system_entry *s, size_t *n)
{
    size_t len = 0;
    d->section = "system";
    int has = push_list(d, t, "system", &len);
    if (has <= 0) return has;
    for (size_t i = 0; i < len; i++) {
        lua_geti(d->L, -1, (lua_Integer)i + 1);
        int rc = read_entry(d, i, &s[i]);
        lua_pop(d->L, 1);
        /* call.reveal, call.tells and score.tells find an entry by its id: a second one could never be named */
        for (size_t j = 0; !rc && j < i; j++)
            if (strcmp(s[j].id, s[i].id) == 0)
                rc = desk_fail(d, "system entry '%s' appears twice (give each entry its own id, or its own title when it has no id)", s[i].id, NULL);
        if (rc) { lua_pop(d->L, 1); return -1; }
    }
    lua_pop(d->L, 1);
    *n = len;
    return 0;
}

/* ---- targets ---------------------------------------------------------------------------------- */

static int read_targets_of(desk_reader *d, const char *kind, const char **out, size_t *n)
{
    size_t len = 0;
    int has = push_list(d, lua_gettop(d->L), kind, &len);
    if (has <= 0) return has;
    for (size_t i = 0; i < len; i++) {
        lua_geti(d->L, -1, (lua_Integer)i + 1);
        size_t sl = 0;
        const char *s = lua_type(d->L, -1) == LUA_TSTRING ? lua_tolstring(d->L, -1, &sl) : NULL;
        char why[80] = "must be a string";
        if (!s || !sl || cs_text_check(s, sl, 64, why, sizeof why)) {
            lua_pop(d->L, 2);
            return desk_fail(d, "targets.%s: %s", kind, why);
        }
        out[i] = cs_engine_keep(d->e, s);
        lua_pop(d->L, 1);
        if (!out[i]) { lua_pop(d->L, 1); return desk_fail(d, "out of memory", NULL, NULL); }
    }
    lua_pop(d->L, 1);
    *n = len;
    return 0;
}

static int read_targets(desk_reader *d, int t, const char **tr, size_t *ntr, const char **es, size_t *nes)
{
    d->section = "targets";
    lua_getfield(d->L, t, "targets");
    if (lua_isnil(d->L, -1)) { lua_pop(d->L, 1); return 0; }
    if (!lua_istable(d->L, -1)) { lua_pop(d->L, 1); return desk_fail(d, "field 'targets' must be a table { transfer = {...}, escalate = {...} }", NULL, NULL); }
    /* a misspelt kind (transfr) would leave the centre's directory in the dialog without a word */
    lua_pushnil(d->L);
    while (lua_next(d->L, -2)) {
        lua_pop(d->L, 1);
        const char *k = lua_type(d->L, -1) == LUA_TSTRING ? lua_tostring(d->L, -1) : NULL;
        if (!k || (strcmp(k, "transfer") && strcmp(k, "escalate"))) {
            char name[40], why[80];
            snprintf(name, sizeof name, "%s", k && !cs_text_check(k, strlen(k), 32, why, sizeof why) ? k : "?");
            lua_pop(d->L, 2);
            return desk_fail(d, "targets: unknown key '%s' (use transfer = {...} and escalate = {...})", name, NULL);
        }
    }
    int rc = read_targets_of(d, "transfer", tr, ntr) || read_targets_of(d, "escalate", es, nes);
    lua_pop(d->L, 1);
    return rc ? -1 : 0;
}

/* Where a centre can send a call when the scenario names no targets of its own: the usual
 * directory of a hotline (二线 for what the first line cannot solve, language desks for callers
 * who do not speak Mandarin, 2.18 转接; the duty supervisor and the special teams for risks,
 * 国家职业技能标准 2.4.2 风险与危机事件预处理：记录信息与升级). A scenario that expects a particular target declares it. */
static const char *const default_transfer[] = { "二线技术支持", "投诉处理组", "业务办理组", "满意度调查", "粤语坐席", "英语坐席" };
static const char *const default_escalate[] = { "值班长", "投诉处理组", "专项处理部", "危机干预组" };

static void default_targets(const char **out, size_t *n, const char *const *from, size_t count)
{
    if (*n) return;
    for (size_t i = 0; i < count; i++) out[i] = from[i];
    *n = count;
}

/* ---- the phrase panel ---------------------------------------------------------------------------- */

#define PHRASES_MAX 8  /* the panel's keys: F1-F8 */

/* phrases = { CATEGORY, ... }: the standard phrases this call needs on the panel, in order (a
 * caller who cannot hear the agent needs 2.4, not 1.3); without it the window shows its default. */
static int read_phrases(desk_reader *d, int t, const char **out, size_t *n)
{
    d->section = "phrases";
    size_t len = 0;
    int has = push_list(d, t, "phrases", &len);
    if (has <= 0) return has;
    if (len > PHRASES_MAX) { lua_pop(d->L, 1); return desk_fail(d, "field 'phrases' may hold at most 8 categories (F1-F8)", NULL, NULL); }
    for (size_t i = 0; i < len; i++) {
        lua_geti(d->L, -1, (lua_Integer)i + 1);
        const char *cat = lua_type(d->L, -1) == LUA_TSTRING ? lua_tostring(d->L, -1) : NULL;
        if (!cat || !cs_bank_has_category(d->e->cfg.bank, cat) || !strcmp(cat, "taboo")) {
            int rc = desk_fail(d, "phrases: '%s' is not a phrase category (see phrase.categories())", cat ? cat : "?", NULL);
            lua_pop(d->L, 2);
            return rc;
        }
        out[i] = cs_engine_keep(d->e, cat);
        lua_pop(d->L, 1);
        if (!out[i]) { lua_pop(d->L, 1); return desk_fail(d, "out of memory", NULL, NULL); }
    }
    lua_pop(d->L, 1);
    *n = len;
    return 0;
}

/* ---- the desk as a whole ------------------------------------------------------------------------ */

int cs_desk_read(cs_engine *e, lua_State *L, int t, char *err, size_t errlen)
{
    desk_reader d = { e, L, err, errlen, "ticket" };
    cs_scenario_info *in = &e->info;
    cs_ticket_field *f = calloc(DESK_MAX, sizeof *f);
    cs_system_entry *s = calloc(DESK_MAX, sizeof *s);
    const char **tr = calloc(DESK_MAX, sizeof *tr), **es = calloc(DESK_MAX, sizeof *es);
    const char **ph = calloc(PHRASES_MAX, sizeof *ph);
    e->system_shown = calloc(DESK_MAX, 1);
    e->system_text = calloc(DESK_MAX, sizeof *e->system_text);
    /* owned by the info from here on, so cs_desk_free frees them on every path */
    in->ticket = f;
    in->system = s;
    in->transfer_targets = tr;
    in->escalate_targets = es;
    in->phrases = ph;
    if (!f || !s || !tr || !es || !ph || !e->system_shown || !e->system_text) return desk_fail(&d, "out of memory", NULL, NULL);
    if (read_ticket(&d, t, f, &in->n_ticket) || read_system(&d, t, s, &in->n_system) ||
        read_targets(&d, t, tr, &in->n_transfer, es, &in->n_escalate) || read_phrases(&d, t, ph, &in->n_phrases))
        return -1;
    default_targets(tr, &in->n_transfer, default_transfer, sizeof default_transfer / sizeof *default_transfer);
    default_targets(es, &in->n_escalate, default_escalate, sizeof default_escalate / sizeof *default_escalate);
    return 0;
}

void cs_desk_free(cs_engine *e)
{
    free((void *)e->info.ticket);
    free((void *)e->info.system);
    free((void *)e->info.transfer_targets);
    free((void *)e->info.escalate_targets);
    free((void *)e->info.phrases);
    free(e->system_shown);
    for (size_t i = 0; e->system_text && i < DESK_MAX; i++) free(e->system_text[i]);
    free(e->system_text);
}

int cs_desk_entry(const cs_engine *e, const char *id)
{
    for (size_t i = 0; i < e->info.n_system; i++)
        if (strcmp(e->info.system[i].id, id) == 0) return (int)i;
    return -1;
}

int cs_desk_set_text(cs_engine *e, size_t i, const char *text)
{
    char *copy = cs_engine_strdup(text);
    if (!copy) return -1;
    free(e->system_text[i]);
    e->system_text[i] = copy;
    /* the entries are the engine's own calloc'd array (cs_desk_read): only the info's view is const */
    ((cs_system_entry *)e->info.system)[i].text = copy;
    return 0;
}

int cs_desk_reveal(cs_engine *e, const char *id)
{
    for (size_t i = 0; i < e->info.n_system; i++)
        if (strcmp(e->info.system[i].id, id) == 0) {
            e->system_shown[i] = 1;
            return 0;
        }
    return -1;
}

static int log_has(const cs_call_log *log, const char *kind)
{
    for (size_t i = 0; i < log->n; i++)
        if (!strcmp(cs_event_kind_name(log->ev[i].kind), kind)) return 1;
    return 0;
}

int cs_engine_system_shown(const cs_engine *e, size_t i)
{
    if (i >= e->info.n_system) return 0;
    const char *r = e->info.system[i].reveal;
    if (e->system_shown[i] || !strcmp(r, "always")) return 1;
    if (!strcmp(r, "hold")) return log_has(&e->log, "hold");
    if (!strncmp(r, "after:", 6)) return log_has(&e->log, r + 6);
    return 0;
}

/* ---- ticket values -------------------------------------------------------------------------------- */

/* A telephone number as people write it (3.1 1.3.2 records it exactly): spaces and dashes apart,
 * an 11-digit mobile (1xx), or a fixed line of 7–8 digits with or without its 0-led area code. */
static int phone_ok(const char *v)
{
    char d[32];
    size_t n = 0;
    for (const char *p = v; *p; p++) {
        if (*p == ' ' || *p == '-') continue;
        if (*p < '0' || *p > '9' || n + 1 >= sizeof d) return 0;
        d[n++] = *p;
    }
    d[n] = 0;
    if (n == 11 && d[0] == '1') return 1;
    if (n >= 7 && n <= 8 && d[0] != '0') return 1;
    return d[0] == '0' && n >= 10 && n <= 12;
}

/* A resident identity card number (GB 11643-1999): 17 digits and a check character (0-9 or X),
 * the check being the ISO 7064 MOD 11-2 of the 17, so one digit taken down wrong is caught. */
static int idcard_ok(const char *v)
{
    static const int weight[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const char check[] = "10X98765432";
    char d[19];
    size_t n = 0;
    for (const char *p = v; *p; p++) {
        if (*p == ' ') continue;
        if (n == 18) return 0;
        d[n++] = *p == 'x' ? 'X' : *p;
    }
    if (n != 18) return 0;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
        if (d[i] < '0' || d[i] > '9') return 0;
        sum += (d[i] - '0') * weight[i];
    }
    return d[17] == check[sum % 11];
}

/* A calendar date as a work order records it: 2026-11-25, 2026/11/25 or 2026年11月25日 (the year may
 * be left out: 11月25日), a day that exists. */
static int date_ok(const char *v)
{
    int y = 2000, m = 0, d = 0, used = 0;
    int ok = sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 || sscanf(v, "%4d/%2d/%2d%n", &y, &m, &d, &used) == 3 ||
             sscanf(v, "%4d年%2d月%2d日%n", &y, &m, &d, &used) == 3;
    if (!ok) {
        y = 2000;   /* a leap year: 2月29日 without a year is a day that exists */
        ok = sscanf(v, "%2d月%2d日%n", &m, &d, &used) == 2;
    }
    if (!ok) return 0;
    while (v[used] == ' ') used++;
    if (v[used] || y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return 0;
    static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] && (m != 2 || d <= 28 + leap);
}

int cs_ticket_value_ok(const cs_ticket_field *f, const char *value, char *why, size_t len)
{
    if (!*value) {
        if (f->required) { snprintf(why, len, "必填"); return -1; }
        return 0;
    }
    if (f->format && !strcmp(f->format, "phone") && !phone_ok(value)) {
        snprintf(why, len, "号码格式不对（手机 11 位，固话 7–8 位或带区号）");
        return -1;
    }
    if (f->format && !strcmp(f->format, "idcard") && !idcard_ok(value)) {
        snprintf(why, len, "身份证号码不对（18 位，末位校验码）");
        return -1;
    }
    if (f->format && !strcmp(f->format, "date") && !date_ok(value)) {
        snprintf(why, len, "日期格式不对（如 2026-11-25 或 11月25日）");
        return -1;
    }
    if (f->format && !strcmp(f->format, "digits")) {
        for (const char *p = value; *p; p++)
            if ((*p < '0' || *p > '9') && *p != ' ' && *p != '-') { snprintf(why, len, "只能填数字"); return -1; }
    }
    return 0;
}
