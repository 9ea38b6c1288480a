/* Replies file parser (see replies.h). Strict: an unknown action or a bad number is an error naming
 * the line, because a typo in a trainer's test must not silently become typed text. */
#include "replies.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "text_norm.h"

#define LINE_MAX_BYTES (1u << 20)
#define FILE_MAX_BYTES (16u << 20)   /* a replies file (a 64 MB one took 2.1 GB parsed) */
#define ACTIONS_MAX 10000            /* more than any call can take (30 minutes) */

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    return p;
}

static size_t trim_end(const char *p, size_t n)
{
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r')) n--;
    return n;
}

/* The digits and dots at *s into num (at most NUM_MAX - 1 of them, NUL-terminated), *s moved
 * past them: how many. The caller's strtod says whether they make a number. */
#define NUM_MAX 32
static size_t scan_number(const char **s, const char *end, char num[NUM_MAX])
{
    size_t n = 0;
    while (*s < end && n < NUM_MAX - 1 && ((**s >= '0' && **s <= '9') || **s == '.')) num[n++] = *(*s)++;
    num[n] = '\0';
    return n;
}

/* 1 if a word ends at s: the line's end or a blank. */
static int word_ends(const char *s, const char *end)
{
    return s == end || *s == ' ' || *s == '\t' || *s == '\r';
}

/* "@S" → delay in ms; advances *p. */
static int parse_delay(cs_where *w, const char **p, const char *end, int *ms)
{
    const char *s = *p + 1;
    char num[NUM_MAX];
    size_t n = scan_number(&s, end, num);
    char *stop;
    errno = 0;
    double v = strtod(num, &stop);
    /* the number must end the word: "@1e3 hi" is not "after 1 s type e3 hi" */
    int ends = word_ends(s, end);
    if (n == 0 || *stop || errno || !ends || v < 0 || v > 3600)
        return cs_where_error(w, "@S needs seconds from 0 to 3600 then a space, e.g. @2.5", NULL);
    *ms = (int)(v * 1000 + 0.5);
    *p = s;
    return 0;
}

/* "~Ts" (seconds of typing) or "~Ncpm" (characters a minute) → *secs or *cpm (the other 0); advances *p. */
static int parse_typing(cs_where *w, const char **p, const char *end, double *secs, double *cpm)
{
    const char *s = *p + 1;
    char num[NUM_MAX];
    size_t n = scan_number(&s, end, num);
    int is_cpm = (size_t)(end - s) >= 3 && strncmp(s, "cpm", 3) == 0;
    int is_secs = !is_cpm && s < end && *s == 's';
    s += is_cpm ? 3 : is_secs ? 1 : 0;
    char *stop;
    errno = 0;
    double v = strtod(num, &stop);
    int ends = word_ends(s, end);
    /* the events run on whole milliseconds: a typing time under 1 ms would be clamped to 1 ms and
     * then contradict the line's own figures ("takes longer (0.0 s) than @0.0") */
    if (n == 0 || *stop || errno || !ends || !(is_cpm || is_secs) || !(v > 0) || v > (is_cpm ? 10000 : 3600)
        || (is_secs && v < 0.001))
        return cs_where_error(w, "~ needs the typing time or speed then a space, e.g. ~40s (seconds, 0.001 to 3600) or ~30cpm (characters a minute, up to 10000)", NULL);
    *secs = is_secs ? v : 0;
    *cpm = is_cpm ? v : 0;
    *p = s;
    return 0;
}

/* 1 if the space-separated word starting at p holds "=" (a ticket's next field=value). */
static int word_has_eq(const char *p)
{
    for (; *p && *p != ' ' && *p != '\t'; p++)
        if (*p == '=') return 1;
    return 0;
}

/* The characters a trainee types for r, as the grader counts typing speed (grading/typing.h
 * cs_typing_cpm: spaces not counted): a ticket's values only, since its field names are the form's
 * labels, not typed ("name=杨丽华 phone=139…" is 杨丽华 and 139…). */
size_t cs_reply_typed_chars(const cs_reply *r)
{
    size_t n = 0;
    int in_name = r->kind == CS_IN_TICKET;
    for (const char *p = r->text; *p;) {
        uint32_t c = cs_utf8_next(&p);
        if (c == ' ' || c == '\t') { in_name = r->kind == CS_IN_TICKET && word_has_eq(p); continue; }
        if (in_name) { if (c == '=') in_name = 0; continue; }
        n++;
    }
    return n;
}

/* ms as seconds, exactly (events run on whole milliseconds) and short: 50000 is "50.0", 140 is
 * "0.14", so an error never prints two different times as the same figure (0.14 s vs @0.1). */
static void secs_text(char *buf, size_t size, int ms)
{
    snprintf(buf, size, "%.3f", ms / 1000.0);
    size_t n = strlen(buf);
    while (n > 2 && buf[n - 1] == '0' && buf[n - 2] != '.') buf[--n] = '\0';
}

/* The typing a "~" states for r (typed text or a ticket): r->typing_ms, and r->delay_ms when the
 * line gave no "@S" (sent when the typing ends); typing longer than "@S" is an error (it would have
 * begun before the previous event). */
static int set_typing(cs_where *w, cs_reply *r, int had_delay, double secs, double cpm)
{
    if ((r->kind != CS_IN_TEXT && r->kind != CS_IN_TICKET) || !r->text)
        return cs_where_error(w, "~ states how typed text or a /ticket is typed; this action is not typed", NULL);
    size_t chars = cs_reply_typed_chars(r);
    if (cpm > 0 && chars == 0) return cs_where_error(w, "~Ncpm needs something typed (a ticket's values)", NULL);
    double ms = secs > 0 ? secs * 1000 : (double)chars * 60000.0 / cpm;
    if (ms > 3600000.0) return cs_where_error(w, "~ typing takes more than an hour (3600 s)", NULL);
    r->typing_ms = ms < 1 ? 1 : (int)(ms + 0.5);
    if (!had_delay) r->delay_ms = r->typing_ms;
    if (r->typing_ms <= r->delay_ms) return 0;
    char typing[24], delay[24], what[112];
    secs_text(typing, sizeof typing, r->typing_ms);
    secs_text(delay, sizeof delay, r->delay_ms);
    snprintf(what, sizeof what, "%s s) than @%s: give @%s or more, or leave @ out", typing, delay, typing);
    return cs_where_error(w, "~ typing takes longer (", what);
}

static const struct { const char *name; cs_input_kind kind; int needs_arg; } commands[] = {
    { "answer", CS_IN_ANSWER, 0 },    { "hold", CS_IN_HOLD, 0 },         { "unhold", CS_IN_UNHOLD, 0 },
    { "transfer", CS_IN_TRANSFER, 1 }, { "escalate", CS_IN_ESCALATE, 1 }, { "ticket", CS_IN_TICKET, 1 },
    { "hangup", CS_IN_HANGUP, 0 },
};

static int parse_command(cs_where *w, const char *p, size_t n, cs_reply *r)
{
    size_t wl = 0;
    while (wl < n && p[wl] != ' ' && p[wl] != '\t') wl++;
    const char *arg = skip_space(p + wl, p + n);
    size_t al = (size_t)(p + n - arg);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strlen(commands[i].name) != wl || strncmp(commands[i].name, p, wl) != 0) continue;
        if (commands[i].needs_arg && al == 0) return cs_where_error(w, "missing argument after /", commands[i].name);
        if (!commands[i].needs_arg && al > 0) return cs_where_error(w, "unexpected text after /", commands[i].name);
        if (commands[i].kind == CS_IN_TICKET && !memchr(arg, '=', al))
            return cs_where_error(w, "/ticket needs FIELD=VALUE pairs, e.g. /ticket name=王芳 phone=13800001234", NULL);
        r->kind = commands[i].kind;
        r->text = al ? cs_strndup(arg, al) : NULL;
        return al && !r->text ? cs_where_error(w, "out of memory", NULL) : 0;
    }
    char cmd[40];
    snprintf(cmd, sizeof cmd, "%.*s", (int)(wl < 30 ? wl : 30), p);
    return cs_where_error(w, "unknown action /", cmd[0] ? cmd : "(empty)");
}

static int parse_action(cs_where *w, const char *p, const char *end, cs_reply *r);

/* 1 if p starts a "~" typing spec: "~" then a digit, ".", "-" or "+" (what a number starts with). */
static int typing_spec(const char *p, const char *end)
{
    return p + 1 < end && *p == '~' && ((p[1] >= '0' && p[1] <= '9') || p[1] == '.' || p[1] == '-' || p[1] == '+');
}

static int parse_line(cs_where *w, const char *p, const char *end, cs_reply *r)
{
    r->delay_ms = CS_REPLY_DEFAULT_DELAY_MS;
    r->line = w->line;
    end = p + trim_end(p, (size_t)(end - p)); /* CRLF files: "@2\r" is a delay with no action */
    p = skip_space(p, end);
    int had_delay = p < end && *p == '@';
    if (had_delay) {
        if (parse_delay(w, &p, end, &r->delay_ms)) return -1;
        p = skip_space(p, end);
        if (p == end) return cs_where_error(w, "@S must be followed by an action", NULL);
    }
    double secs = 0, cpm = 0;
    /* "~" and what starts a number (a digit, ".", a sign) states the typing, so a malformed one
     * (~-3cpm, ~+5s) is an error rather than typed text; any other "~" starts typed text, as it
     * always did (~好的~) */
    if (typing_spec(p, end)) {
        if (parse_typing(w, &p, end, &secs, &cpm)) return -1;
        p = skip_space(p, end);
        if (p == end) return cs_where_error(w, "~ must be followed by typed text or a /ticket", NULL);
        if (typing_spec(p, end))
            return cs_where_error(w, "one ~ a line: the typing is stated once (~40s or ~30cpm), then the text", NULL);
    }
    if (parse_action(w, p, end, r)) return -1;
    return secs > 0 || cpm > 0 ? set_typing(w, r, had_delay, secs, cpm) : 0;
}

/* The action itself: a command, a choice or typed text. */
static int parse_action(cs_where *w, const char *p, const char *end, cs_reply *r)
{
    size_t n = trim_end(p, (size_t)(end - p));
    if (*p == '/') return parse_command(w, p + 1, n - 1, r);
    if (*p == '#' && n > 1) {
        /* the line is not NUL-terminated: parse the digit by hand, within n */
        int v = n == 2 && p[1] >= '1' && p[1] <= '9' ? p[1] - '0' : 0;
        if (v) {
            r->kind = CS_IN_CHOICE;
            r->choice = v;
            return 0;
        }
        return cs_where_error(w, "#N picks a choice: N must be 1 to 9", NULL);
    }
    r->kind = CS_IN_TEXT;
    r->text = cs_strndup(p, n);
    return r->text ? 0 : cs_where_error(w, "out of memory", NULL);
}

static int push(cs_replies *out, size_t *cap, const cs_reply *r)
{
    cs_reply *grown = cs_grow(out->v, out->n, cap, sizeof *grown, 16);
    if (!grown) return -1;
    out->v = grown;
    out->v[out->n++] = *r;
    return 0;
}

/* What makes the line p[0..n) unreadable, or NULL: each is an error naming the line. */
static const char *line_fault(const char *p, size_t n)
{
    if (n > LINE_MAX_BYTES) return "line longer than 1 MB";
    if (!cs_utf8_valid(p, n)) return "not valid UTF-8 (save the file as UTF-8)";
    if (memchr(p, '\0', n)) return "NUL byte in line";
    return NULL;
}

/* The action on the line s..le (a "/listen" before it: after_line), appended to out. -1 after
 * the error is written (out is left for the caller to free). */
static int add_action(cs_where *w, const char *s, const char *le, int after_line, cs_replies *out, size_t *cap)
{
    if (out->n == ACTIONS_MAX) {
        char max[48];
        snprintf(max, sizeof max, "%d actions (a call can take no more)", ACTIONS_MAX);
        return cs_where_error(w, "more than ", max);
    }
    cs_reply r = { 0 };
    r.after_line = after_line;
    if (parse_line(w, s, le, &r) || push(out, cap, &r)) {
        free(r.text);
        if (!w->err[0]) cs_where_error(w, "out of memory", NULL);
        return -1;
    }
    return 0;
}

int cs_replies_parse(const char *name, const char *text, size_t len, cs_replies *out, char *err, size_t errlen)
{
    out->v = NULL;
    out->n = 0;
    size_t cap = 0;
    if (errlen) err[0] = '\0';
    cs_where w = { name, 0, err, errlen };
    int listen = 0, listen_line = 0;   /* a "/listen" line before the next action */
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3; /* BOM from Windows editors */
    for (const char *nl; p < end; p = nl ? nl + 1 : end) {
        nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        w.line++;
        const char *fault = line_fault(p, (size_t)(le - p));
        if (fault) {
            cs_replies_free(out);
            return cs_where_error(&w, fault, NULL);
        }
        const char *s = skip_space(p, le);
        size_t sl = trim_end(s, (size_t)(le - s));
        if (sl == 7 && memcmp(s, "/listen", 7) == 0) {
            /* the next action waits for the caller's next line (after a ring-out, a fetch) */
            listen = 1;
            listen_line = w.line;
        } else if (sl > 0) {
            if (add_action(&w, s, le, listen, out, &cap)) { cs_replies_free(out); return -1; }
            listen = 0;
        }
    }
    if (listen) {
        w.line = listen_line;
        cs_replies_free(out);
        return cs_where_error(&w, "/listen must be followed by an action (it waits for the caller's next line, then the action's @S counts from that line)", NULL);
    }
    return 0;
}

int cs_replies_load(const char *path, cs_replies *out, char *err, size_t errlen)
{
    size_t len;
    out->v = NULL;
    out->n = 0;
    char *buf = cs_read_file(path, FILE_MAX_BYTES, &len, err, errlen);
    if (!buf) return -1;
    err[0] = '\0';
    int rc = cs_replies_parse(path, buf, len, out, err, errlen);
    free(buf);
    return rc;
}

void cs_replies_free(cs_replies *r)
{
    for (size_t i = 0; i < r->n; i++) free(r->v[i].text);
    free(r->v);
    r->v = NULL;
    r->n = 0;
}
