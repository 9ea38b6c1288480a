/* Roster CSV import (see roster_csv.h). Strict on purpose: a roster decides who sits an exam, so a
 * malformed line is an error to fix in the file, never a row silently skipped or guessed at. */
#include "roster_csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "text_norm.h"

#define MAX_ROWS 10000
#define MAX_FIELDS 16
#define FIELD_MAX 256

/* Splits one line [p, end) into fields (unquoted, "" unescaped) in fields[]; returns the count. */
static int split(cs_where *w, const char *p, const char *end, char fields[][FIELD_MAX], int *n)
{
    *n = 0;
    for (;;) {
        if (*n == MAX_FIELDS) return cs_where_error(w, "more than 16 columns", NULL);
        char *f = fields[(*n)++];
        size_t k = 0;
        if (p < end && *p == '"') {
            for (p++;; p++) {
                if (p >= end)
                    return cs_where_error(w, "a quoted field is not closed (a line break inside quotes is not "
                                             "supported)", NULL);
                if (*p == '"' && p + 1 < end && p[1] == '"') p++;
                else if (*p == '"') { p++; break; }
                if (k + 1 >= FIELD_MAX) return cs_where_error(w, "a field longer than 255 bytes", NULL);
                f[k++] = *p;
            }
            while (p < end && (*p == ' ' || *p == '\t')) p++;
            if (p < end && *p != ',') return cs_where_error(w, "text after a closing quote", NULL);
        } else {
            while (p < end && *p != ',') {
                if (*p == '"')
                    return cs_where_error(w, "a quote inside an unquoted field (quote the whole field)", NULL);
                if (k + 1 >= FIELD_MAX) return cs_where_error(w, "a field longer than 255 bytes", NULL);
                f[k++] = *p++;
            }
        }
        while (k > 0 && (f[k - 1] == ' ' || f[k - 1] == '\t')) k--;
        f[k] = '\0';
        size_t lead = strspn(f, " \t");
        if (lead) memmove(f, f + lead, k - lead + 1);
        if (p >= end) return 0;
        p++; /* the comma */
    }
}

typedef struct { int no, name, id; } columns;

static int header_col(const char *f, const char *const *names)
{
    for (const char *const *n = names; *n; n++)
        if (strcmp(f, *n) == 0) return 1;
    return 0;
}

/* A header row names its columns; returns 1 and fills cols when fields is one. */
static int read_header(char fields[][FIELD_MAX], int n, columns *cols)
{
    static const char *const no[] = { "考生号", "准考证号", "考号", "candidate", "candidate_no", "no", NULL };
    static const char *const name[] = { "姓名", "name", NULL };
    static const char *const id[] = { "证件号", "证件号码", "身份证号", "身份证号码", "id", "id_number", NULL };
    columns c = { -1, -1, -1 };
    for (int i = 0; i < n; i++) {
        if (header_col(fields[i], no)) c.no = i;
        else if (header_col(fields[i], name)) c.name = i;
        else if (header_col(fields[i], id)) c.id = i;
    }
    if (c.no < 0 && c.name < 0) return 0;
    *cols = c;
    return 1;
}

int cs_id_number_valid(const char *s)
{
    static const int weight[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const char check[11] = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
    if (strlen(s) != 18) return 0;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        sum += (s[i] - '0') * weight[i];
    }
    char last = s[17] == 'x' ? 'X' : s[17];
    return last == check[sum % 11];
}

static int check_row(cs_where *w, const char *no, const char *name, const char *id)
{
    if (!*no) return cs_where_error(w, "考生号 is empty", NULL);
    for (const char *p = no; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '-' || *p == '_'))
            return cs_where_error(w, "考生号 may hold only letters, digits, - and _: ", no);
    if (strlen(no) > 32) return cs_where_error(w, "考生号 longer than 32 characters", NULL);
    if (!*name) return cs_where_error(w, "姓名 is empty", NULL);
    if (cs_utf8_len(name) > 40) return cs_where_error(w, "姓名 longer than 40 characters", NULL);
    for (const char *p = name; *p; p++)
        if ((unsigned char)*p < 0x20) return cs_where_error(w, "姓名 holds a control character", NULL);
    size_t il = strlen(id);
    int looks_resident = il == 18 && strspn(id, "0123456789") >= 17;
    if (looks_resident && !cs_id_number_valid(id))
        return cs_where_error(w, "证件号 check digit is wrong (GB 11643): ", id);
    if (il && !looks_resident && (il < 5 || il > 20 || strspn(id, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") != il))
        return cs_where_error(w, "证件号 must be an 18-character ID or 5-20 letters and digits: ", id);
    return 0;
}

static int add_row(cs_where *w, cs_roster *out, size_t *cap, const char *no, const char *name, const char *id)
{
    for (size_t i = 0; i < out->n; i++)
        if (strcmp(out->v[i].cand_no, no) == 0) {
            char prev[32];
            snprintf(prev, sizeof prev, "%d", out->v[i].line);
            return cs_where_error(w, "考生号 already on line ", prev);
        }
    if (out->n == MAX_ROWS) return cs_where_error(w, "more than 10000 candidates", NULL);
    if (out->n == *cap) {
        size_t c = *cap ? *cap * 2 : 32;
        cs_roster_row *g = realloc(out->v, c * sizeof *g);
        if (!g) return cs_where_error(w, "out of memory", NULL);
        out->v = g;
        *cap = c;
    }
    cs_roster_row *r = &out->v[out->n];
    r->cand_no = cs_strdup(no);
    r->name = cs_strdup(name);
    r->id_number = cs_strdup(id);
    r->line = w->line;
    if (!r->cand_no || !r->name || !r->id_number) {
        free(r->cand_no); free(r->name); free(r->id_number);
        return cs_where_error(w, "out of memory", NULL);
    }
    out->n++;
    return 0;
}

/* Only spaces, tabs and commas (an empty Excel row) in [p, end)? The buffer is not NUL-terminated. */
static int blank(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p != ' ' && *p != '\t' && *p != ',') return 0;
    return 1;
}

static const char *field(char fields[][FIELD_MAX], int n, int col)
{
    return col >= 0 && col < n ? fields[col] : "";
}

int cs_roster_parse(const char *name, const char *buf, size_t len, cs_roster *out, char *err, size_t errlen)
{
    out->v = NULL;
    out->n = 0;
    size_t cap = 0;
    cs_where w = { name, 0, err, errlen };
    const char *p = buf, *end = buf + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;
    columns cols = { 0, 1, 2 };
    int first = 1;
    char fields[MAX_FIELDS][FIELD_MAX];
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        w.line++;
        if (le > p && le[-1] == '\r') le--;
        int rc = 0, n = 0;
        if (!cs_utf8_valid(p, (size_t)(le - p)))
            rc = cs_where_error(&w, "not valid UTF-8 (in Excel: save as 'CSV UTF-8')", NULL);
        else if (memchr(p, '\0', (size_t)(le - p)))
            rc = cs_where_error(&w, "NUL byte in line", NULL);
        else if (!blank(p, le))
            rc = split(&w, p, le, fields, &n);
        if (rc) { cs_roster_free(out); return -1; }
        if (n > 0 && first && read_header(fields, n, &cols)) {
            if (cols.no < 0 || cols.name < 0) {
                cs_roster_free(out);
                return cs_where_error(&w, "the header must name the 考生号 and 姓名 columns", NULL);
            }
        } else if (n > 0) {
            const char *no = field(fields, n, cols.no), *nm = field(fields, n, cols.name), *id = field(fields, n, cols.id);
            if (check_row(&w, no, nm, id) || add_row(&w, out, &cap, no, nm, id)) { cs_roster_free(out); return -1; }
        }
        if (n > 0) first = 0;
        p = nl ? nl + 1 : end;
    }
    if (out->n == 0) {  /* a whole-file fault, reported at line 0 as it always was */
        snprintf(err, errlen, "%s:0: no candidates in the file (columns: 考生号,姓名,证件号)", name);
        return -1;
    }
    return 0;
}

void cs_roster_free(cs_roster *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].cand_no);
        free(r->v[i].name);
        free(r->v[i].id_number);
    }
    free(r->v);
    r->v = NULL;
    r->n = 0;
}
