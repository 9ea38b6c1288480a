/* Exam paper parser (see paper.h and docs/papers.md). Every rule a paper must follow that comes from
 * the standard is checked here, so a paper that would run an exam against the standard never loads:
 * the area weights are those of 4.2 for the paper's level, every area of the level is present (an
 * area no scenario can test is scored by the examiners, never dropped), and the time is ≥ 30 min. */
#include "paper.h"

#include "core_util.h"
#include "paths.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARTS 32
/* a paper is a page of text; 1 MiB is far beyond any */
#define PAPER_MAX (1u << 20)

static const char *const area_keys[CS_AREA_COUNT] = { "service", "business", "record", "data", "operations" };
static const char *const area_names[CS_AREA_COUNT] = { "服务应答处理", "业务受理及处理", "信息记录与处理",
                                                       "数据筛选与数据分析", "业务运营" };
/* 国家职业技能标准 (2021) 4.2 技能要求权重表, percent; rows 五级, 四级, 三级. 0 = "—". */
static const int weights[3][CS_AREA_COUNT] = {
    { 35, 35, 30, 0, 0 },
    { 20, 40, 20, 0, 20 },
    { 5, 35, 15, 15, 30 },
};

const char *cs_area_key(cs_area a) { return (unsigned)a < CS_AREA_COUNT ? area_keys[a] : "?"; }
const char *cs_area_name(cs_area a) { return (unsigned)a < CS_AREA_COUNT ? area_names[a] : "?"; }

int cs_area_from_key(const char *key, cs_area *out)
{
    for (int i = 0; i < CS_AREA_COUNT; i++)
        if (strcmp(key, area_keys[i]) == 0) { *out = (cs_area)i; return 0; }
    return -1;
}

int cs_area_weight(int level, cs_area a)
{
    if (level < 3 || level > 5 || (unsigned)a >= CS_AREA_COUNT) return 0;
    return weights[5 - level][a];
}

/* ---- parsing ----------------------------------------------------------------------------------- */

typedef struct {
    cs_where at;   /* the paper's name, the line being read, the caller's error buffer */
    cs_paper *p;
    cs_paper_area *cur;
} parser;

/* ps->at.line is at least 1 here (whole-paper problems are placed at the end), as FILE:LINE wants. */
static int fail(parser *ps, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cs_verror_at(ps->at.err, ps->at.errlen, ps->at.name, ps->at.line, fmt, ap);
    va_end(ap);
    return -1;
}

/* Splits line (modified in place) into up to max words; the last word takes the rest of the line
 * (titles have spaces). Returns the number of words. */
static int split(char *line, char **w, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        w[n++] = p;
        if (n == max) break;
        while (*p && *p != ' ' && *p != '\t') p++;
        if (*p) *p++ = '\0';
    }
    if (n) { /* trim the tail of the last word */
        char *e = w[n - 1] + strlen(w[n - 1]);
        while (e > w[n - 1] && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) *--e = '\0';
    }
    return n;
}

static int parse_int(parser *ps, const char *key, const char *v, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (!*v || *end || errno || n < lo || n > hi)
        return fail(ps, "%s must be a whole number from %ld to %ld, not '%s'", key, lo, hi, v);
    *out = n;
    return 0;
}

static int parse_share(parser *ps, const char *v, double *out)
{
    char *end;
    double d = strtod(v, &end);
    if (!*v || *end || !(d > 0 && d <= 100)) return fail(ps, "a share must be a number above 0 and at most 100, not '%s'", v);
    *out = d;
    return 0;
}

static int valid_id(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '_' || *s == '-')) return 0;
    return 1;
}

static int header(parser *ps, char **w, int n)
{
    cs_paper *p = ps->p;
    long v;
    if (n < 2) return fail(ps, "'%s' needs a value", w[0]);
    if (ps->cur) return fail(ps, "'%s' belongs before the first 'area'", w[0]);
    if (!strcmp(w[0], "paper")) {
        if (!valid_id(w[1])) return fail(ps, "paper id '%s' must be lower-case letters, digits, '_' or '-'", w[1]);
        free(p->id);
        return (p->id = cs_strdup(w[1])) ? 0 : fail(ps, "out of memory");
    }
    if (!strcmp(w[0], "title")) {
        free(p->title);
        return (p->title = cs_strdup(w[1])) ? 0 : fail(ps, "out of memory");
    }
    if (!strcmp(w[0], "version")) {
        if (parse_int(ps, "version", w[1], 1, 1000000, &v)) return -1;
        p->version = (int)v;
        return 0;
    }
    if (!strcmp(w[0], "level")) {
        if (parse_int(ps, "level", w[1], 3, 5, &v)) return -1;
        p->level = (int)v;
        return 0;
    }
    if (!strcmp(w[0], "minutes")) {
        if (parse_int(ps, "minutes", w[1], 1, 600, &v)) return -1;
        if (v < CS_PAPER_MIN_MINUTES)
            return fail(ps, "minutes %ld is too short: 国家职业技能标准 1.9.4 技能考核时间不少于 30min", v);
        p->minutes = (int)v;
        return 0;
    }
    if (!strcmp(w[0], "recording")) {
        static const char *const modes[] = { "optional", "off", "required" };
        for (int i = 0; i < 3; i++)
            if (!strcmp(w[1], modes[i])) { p->recording = i; return 0; }
        return fail(ps, "recording is 'off', 'optional' or 'required', not '%s'", w[1]);
    }
    /* seed */
    char *end;
    errno = 0;
    unsigned long long s = strtoull(w[1], &end, 10);
    if (!*w[1] || *end || errno || w[1][0] == '-') return fail(ps, "seed must be a whole number, not '%s'", w[1]);
    p->seed = s;
    return 0;
}

static int start_area(parser *ps, char **w, int n)
{
    cs_paper *p = ps->p;
    cs_area a;
    long wt;
    if (!p->level) return fail(ps, "'level' must come before the first 'area' (the weights depend on it)");
    if (n != 3) return fail(ps, "write 'area KEY WEIGHT', e.g. 'area service 35'");
    if (cs_area_from_key(w[1], &a))
        return fail(ps, "unknown area '%s' (service, business, record, data, operations)", w[1]);
    for (size_t i = 0; i < p->n_areas; i++)
        if (p->areas[i].area == a) return fail(ps, "area '%s' appears twice", w[1]);
    int want = cs_area_weight(p->level, a);
    if (!want) return fail(ps, "level %d has no area '%s' (%s) in 国家职业技能标准 4.2", p->level, w[1], cs_area_name(a));
    if (parse_int(ps, "an area weight", w[2], 0, 100, &wt)) return -1;
    if (wt != want)
        return fail(ps, "area '%s' weighs %d%% at level %d (国家职业技能标准 4.2 技能要求权重表), not %ld",
                    w[1], want, p->level, wt);
    ps->cur = &p->areas[p->n_areas++];
    ps->cur->area = a;
    ps->cur->weight = want;
    ps->cur->line = ps->at.line;
    ps->cur->parts = calloc(MAX_PARTS, sizeof *ps->cur->parts);
    return ps->cur->parts ? 0 : fail(ps, "out of memory");
}

/* Names are unique per kind: scores are filed by name (a scenario's attempt, an examiner item). */
static int part_listed(const cs_paper *p, cs_part_kind kind, const char *name)
{
    for (size_t i = 0; i < p->n_areas; i++)
        for (size_t j = 0; j < p->areas[i].n_parts; j++)
            if (p->areas[i].parts[j].kind == kind && !strcmp(p->areas[i].parts[j].name, name)) return 1;
    return 0;
}

static int add_part(parser *ps, char **w, int n)
{
    int scen = !strcmp(w[0], "scenario");
    if (!ps->cur) return fail(ps, "'%s' must follow an 'area' line", w[0]);
    if (n != 3) return fail(ps, "write '%s NAME SHARE'", w[0]);
    if (scen && !valid_id(w[1])) return fail(ps, "scenario id '%s' must be lower-case letters, digits or '_'", w[1]);
    if (part_listed(ps->p, scen ? CS_PART_SCENARIO : CS_PART_EXAMINER, w[1]))
        return fail(ps, "%s '%s' is listed twice (each is scored once)", w[0], w[1]);
    if (ps->cur->n_parts == MAX_PARTS) return fail(ps, "more than %d parts in one area", MAX_PARTS);
    double share = 0;
    if (parse_share(ps, w[2], &share)) return -1;
    cs_paper_part *pt = &ps->cur->parts[ps->cur->n_parts];
    pt->name = strdup(w[1]);
    if (!pt->name) return fail(ps, "out of memory");
    ps->cur->n_parts++;
    pt->kind = scen ? CS_PART_SCENARIO : CS_PART_EXAMINER;
    pt->share = share;
    pt->line = ps->at.line;
    return 0;
}

static int statement(parser *ps, char *line)
{
    char *hash = strchr(line, '#');
    if (hash) *hash = '\0';
    char *w[3];
    /* titles have spaces: a header line is the keyword and the rest of the line */
    char *kw = line + strspn(line, " \t");
    int is_header = !strncmp(kw, "title", 5) && (kw[5] == ' ' || kw[5] == '\t');
    int n = split(line, w, is_header ? 2 : 3);
    if (n == 0) return 0;
    if (!strcmp(w[0], "paper") || !strcmp(w[0], "title") || !strcmp(w[0], "version") ||
        !strcmp(w[0], "level") || !strcmp(w[0], "minutes") || !strcmp(w[0], "seed") || !strcmp(w[0], "recording"))
        return header(ps, w, n);
    if (!strcmp(w[0], "area")) return start_area(ps, w, n);
    if (!strcmp(w[0], "scenario") || !strcmp(w[0], "examiner")) return add_part(ps, w, n);
    return fail(ps, "unknown statement '%s' (paper, version, title, level, minutes, seed, recording, area, scenario, examiner)", w[0]);
}

/* Whole-paper rules, reported at the line they concern (0 = the paper as a whole). */
static int check_complete(parser *ps)
{
    cs_paper *p = ps->p;
    static const char *const need[] = { "paper", "version", "title", "level", "minutes", "seed" };
    int have[] = { p->id != NULL, p->version > 0, p->title != NULL, p->level > 0, p->minutes > 0, 1 };
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
        if (!have[i]) return fail(ps, "the paper has no '%s' line", need[i]);
    for (int a = 0; a < CS_AREA_COUNT; a++) {
        if (!cs_area_weight(p->level, (cs_area)a)) continue;
        int found = 0;
        for (size_t i = 0; i < p->n_areas; i++) found |= p->areas[i].area == (cs_area)a;
        if (!found)
            return fail(ps, "level %d needs area '%s' (%s, %d%%, 国家职业技能标准 4.2); if no scenario can test it, "
                        "add 'examiner' items for the panel to score", p->level, area_keys[a], area_names[a],
                        cs_area_weight(p->level, (cs_area)a));
    }
    for (size_t i = 0; i < p->n_areas; i++) {
        const cs_paper_area *ar = &p->areas[i];
        double sum = 0;
        for (size_t j = 0; j < ar->n_parts; j++) sum += ar->parts[j].share;
        if (ar->n_parts == 0 || sum < 99.999 || sum > 100.001) {
            ps->at.line = ar->line;
            return fail(ps, "the shares of area '%s' add up to %g, not 100", area_keys[ar->area], sum);
        }
    }
    return 0;
}

int cs_paper_parse(const char *name, const char *text, size_t len, cs_paper *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    parser ps = { { name, 0, err, errlen }, out, NULL };
    unsigned char digest[CS_SHA256_LEN];
    cs_sha256_sum(text, len, digest);
    cs_hex(digest, sizeof digest, out->sha256);
    out->text = malloc(len + 1);
    if (!out->text) { snprintf(err, errlen, "%s: out of memory", name); return -1; }
    memcpy(out->text, text, len);
    out->text[len] = '\0';
    if (strlen(out->text) != len) { snprintf(err, errlen, "%s: the file holds a NUL byte; a paper is text", name); goto bad; }
    for (const char *p = text; p < text + len;) {
        const char *nl = memchr(p, '\n', (size_t)(text + len - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
        char line[1024];
        ps.at.line++;
        if (n >= sizeof line) { fail(&ps, "line too long (over %zu bytes)", sizeof line - 1); goto bad; }
        memcpy(line, p, n);
        line[n] = '\0';
        if (statement(&ps, line)) goto bad;
        p = nl ? nl + 1 : text + len;
    }
    /* whole-paper problems are reported at the end of the file, where the missing thing belongs */
    if (ps.at.line == 0) ps.at.line = 1;
    if (check_complete(&ps) == 0) return 0;
bad:
    cs_paper_free(out);
    return -1;
}

int cs_paper_load(const char *path, cs_paper *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    size_t len = 0;
    char *buf = cs_read_file(path, PAPER_MAX, &len, err, errlen);
    if (!buf) {  /* the paper's own words for what went wrong */
        int e = errno;
        if (e == EFBIG || e == ENOMEM) snprintf(err, errlen, "%s: the paper is too large (a paper is a page of text)", path);
        else if (e == EIO) snprintf(err, errlen, "%s: read error", path);
        else snprintf(err, errlen, "%s: cannot open the paper (%s)", path, strerror(e));
        return -1;
    }
    int rc = cs_paper_parse(path, buf, len, out, err, errlen);
    free(buf);
    return rc;
}

void cs_paper_free(cs_paper *p)
{
    if (!p) return;
    for (size_t i = 0; i < p->n_areas; i++) {
        for (size_t j = 0; j < p->areas[i].n_parts; j++) free(p->areas[i].parts[j].name);
        free(p->areas[i].parts);
    }
    free(p->id);
    free(p->title);
    free(p->text);
    memset(p, 0, sizeof *p);
}

size_t cs_paper_n_parts(const cs_paper *p)
{
    size_t n = 0;
    for (size_t i = 0; i < p->n_areas; i++) n += p->areas[i].n_parts;
    return n;
}

const cs_paper_part *cs_paper_part_at(const cs_paper *p, size_t i, const cs_paper_area **area)
{
    for (size_t a = 0; a < p->n_areas; a++) {
        if (i < p->areas[a].n_parts) {
            if (area) *area = &p->areas[a];
            return &p->areas[a].parts[i];
        }
        i -= p->areas[a].n_parts;
    }
    return NULL;
}

int cs_paper_check_scenarios(const cs_paper *p, const char *paper_name, char *err, size_t errlen)
{
    char path[4400], dirs[9000];
    for (size_t i = 0; i < cs_paper_n_parts(p); i++) {
        const cs_paper_part *pt = cs_paper_part_at(p, i, NULL);
        if (pt->kind != CS_PART_SCENARIO || cs_scenario_find(pt->name, path, sizeof path)) continue;
        return cs_error_at(err, errlen, paper_name, pt->line, "scenario '%s' not found in %s (add %s.lua to the trainer's "
                           "folder, --scenarios DIR, or fix the paper); no call was started", pt->name,
                           cs_scenario_dirs_text(dirs, sizeof dirs), pt->name);
    }
    return 0;
}
