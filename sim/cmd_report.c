/* `callsim report --db PATH --out DIR [--exam UID] [--test-keys]`: the examiners' exports (issue 4),
 * showing what was signed (issue 12):
 *   DIR/index.html        cohort statistics (pass rate, mean per 4.2 area, most-missed rubric items)
 *                         and the list of candidates;
 *   DIR/<考生号>.html      a printable report per candidate: the signed result (score, verdict, who
 *                         signed and when) and its versions, areas, each call's rubric with clauses
 *                         and its timeline as inline SVG, the examiner panel's own scores, the turn
 *                         chain heads, signature lines; a sitting that does not verify is marked in
 *                         red with what is wrong, and shows no pass;
 *   DIR/roster.csv        UTF-8 with BOM (Excel then shows Chinese), 证件号 masked, a verification
 *                         column, formula-like cells neutralised.
 * The database is opened read-only and read through the store (store_report.h, exam_verify.h):
 * no SQL here. Every text is HTML-escaped; file names come from a safe form of the 考生号; one bad
 * record is shown on its page and never stops the cohort's report. No external resources. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "core_util.h"
#include "exam_ledger.h"
#include "exam_store.h"
#include "exam_verify.h"
#include "store.h"
#include "store_report.h"
#include "ui_strings.h"

static const char usage[] =
    "usage: callsim report --db PATH --out DIR [--exam UID] [--test-keys]\n"
    "  Writes DIR/index.html (cohort statistics), DIR/<考生号>.html per candidate (printable: the signed\n"
    "  result, rubric with clauses, call timelines, examiner panel, signature lines) and DIR/roster.csv\n"
    "  (UTF-8 with BOM). Every sitting is verified first (as `callsim verify`): one that does not verify is\n"
    "  marked in red on its page and in the CSV and shows no pass. The database is only read.\n"
    "  ID numbers are masked in every export. --test-keys: accept test-cost keys (tests only).\n"
    "  Exit: 0 written, 2 usage, database or file error.\n";

static const char css[] =
    "<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:3px 8px;font-size:13px}"
    "th{background:#eee}.pass{color:#070;font-weight:bold}.fail{color:#b00;font-weight:bold}"
    ".tamper{color:#fff;background:#b00;padding:6px 10px;font-weight:bold}.tamper li{font-weight:normal}"
    ".sig{display:inline-block;width:30%;margin-top:3em;border-top:1px solid #000;padding-top:4px}"
    "h1{font-size:22px}h2{font-size:17px;border-bottom:2px solid #333}h3{font-size:15px}"
    "code{font-size:11px;word-break:break-all}@media print{a{color:#000}}</style>";

/* ---- escaping ----------------------------------------------------------------------------------- */

static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '<') fputs("&lt;", f);
        else if (c == '>') fputs("&gt;", f);
        else if (c == '&') fputs("&amp;", f);
        else if (c == '"') fputs("&quot;", f);
        else if (c == '\'') fputs("&#39;", f);
        else if (c < 0x20 || c == 0x7f) fputs("&#xFFFD;", f); /* no control character reaches the page */
        else fputc(c, f);
    }
}

/* A cell Excel would run as a formula (= + - @, or a leading tab or CR) gets a leading apostrophe
 * (OWASP "CSV injection"); every cell is quoted. */
static void csv_field(FILE *f, const char *s)
{
    fputc('"', f);
    if (s && (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r')) fputc('\'', f);
    for (; s && *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

/* The page's file name: the 考生号 itself when it is letters, digits, - and _ (and not index or
 * roster), else "id-" and 16 hex digits of its SHA-256: never a '/', "..", or control character. */
static void safe_name(const char *no, char *out, size_t len)
{
    int ok = no && *no && strlen(no) <= 64 && strcmp(no, "index") && strcmp(no, "roster");
    for (const char *p = no; ok && *p; p++)
        ok = (*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '-' || *p == '_';
    if (ok) { snprintf(out, len, "%s", no); return; }
    char h[CS_SHA256_HEX];
    cs_sha256_hex(no ? no : "", no ? strlen(no) : 0, h);
    snprintf(out, len, "id-%.16s", h);
}

/* 证件号: first 6 and last 4 kept (region and check digits), the birth date and sequence masked. */
static void mask_id(const char *id, char *out, size_t len)
{
    size_t n = id ? strlen(id) : 0;
    if (n == 0) { snprintf(out, len, "—"); return; }
    if (n <= 4) { snprintf(out, len, "****"); return; }
    size_t keep_head = n > 10 ? 6 : 0;
    snprintf(out, len, "%.*s", (int)keep_head, id);
    for (size_t i = keep_head; i < n - 4 && strlen(out) + 2 < len; i++) strcat(out, "*");
    if (strlen(out) + 5 < len) strcat(out, id + n - 4);
}

/* ---- verification results ----------------------------------------------------------------------- */

typedef struct {
    int64_t xa;   /* 0: the file as a whole */
    char *text;
} problem;

typedef struct {
    cs_store *st;
    const char *dir;
    FILE *csv, *index;
    problem *p;
    size_t np, cap;
    int db_errors;
    int candidates, decided, passed;
    double area_sum[CS_AREA_COUNT];
    int area_n[CS_AREA_COUNT];
} report;

static void on_problem(int64_t xa, const char *where, const char *what, void *ctx)
{
    report *r = ctx;
    problem *g = cs_grow(r->p, r->np, &r->cap, sizeof *g, 32);
    if (!g) return;
    r->p = g;
    size_t n = strlen(where) + strlen(what) + 3;
    char *t = malloc(n);
    if (!t) return;
    snprintf(t, n, "%s: %s", where, what);
    r->p[r->np++] = (problem){ xa, t };
}

/* Writes the problems of sitting xa (and the file's) as a red box; 1 when there were any. */
static int tamper_box(FILE *f, report *r, int64_t xa)
{
    int any = 0;
    for (size_t i = 0; i < r->np; i++) {
        if (r->p[i].xa != xa && r->p[i].xa != 0) continue;
        if (!any) fputs("<div class='tamper'>未通过验证：以下记录与考评员签署的不符，成绩不可信（callsim verify）<ul>\n", f);
        any = 1;
        fputs("<li>", f);
        esc(f, r->p[i].text);
        fputs("</li>\n", f);
    }
    if (any) fputs("</ul></div>\n", f);
    return any;
}

static void db_error(report *r, FILE *f, const char *err)
{
    r->db_errors++;
    fprintf(stderr, "callsim report: %s\n", err);
    if (!f) return;
    fputs("<p class='tamper'>读取失败：", f);
    esc(f, err);
    fputs("</p>\n", f);
}

/* ---- one call: rubric and timeline -------------------------------------------------------------- */

static int item_row(const cs_rep_item *it, void *ctx)
{
    FILE *f = ctx;
    fputs("<tr><td>", f);
    /* the item's name, not its id ("answer / answer" read as nothing to a candidate) */
    int own = it->label && *it->label && (!it->item_id || strcmp(it->label, it->item_id) != 0);
    esc(f, own ? it->label : ui_item_label(it->item_id));
    fprintf(f, "</td><td>%.1f</td><td>%g</td><td>", it->points, it->max);
    esc(f, it->reason);
    fputs("</td><td><small>", f);
    esc(f, it->clause);
    fputs("</small></td></tr>\n", f);
    return 0;
}

/* ---- one call: the transcript, as text (it prints; tooltips do not) ------------------------------- */

/* A log entry's kind and side as the report reads them, in Chinese (call_log.h kind names). */
static const char *kind_zh(const char *kind)
{
    static const char *const k[][2] = {
        { "ring", "响铃" }, { "answer", "接听" }, { "caller_say", "" }, { "caller_silent", "（沉默）" },
        { "trainee_say", "" }, { "choice", "选择" }, { "hold", "保持" }, { "unhold", "取消保持" },
        { "transfer", "转接" }, { "escalate", "升级" }, { "ticket", "工单" }, { "hangup", "坐席挂机" },
        { "caller_hangup", "客户挂机" }, { "timeout", "（未回应）" }, { "dictate", "报读" },
        { "mark", "评分" }, { "fail", "判定不合格" }, { "note", "备注" },
    };
    for (size_t i = 0; kind && i < sizeof k / sizeof k[0]; i++)
        if (!strcmp(kind, k[i][0])) return k[i][1];
    return kind ? kind : "";
}

static const char *who_zh(const char *who)
{
    return !who ? "" : !strcmp(who, "caller") ? "客户" : !strcmp(who, "trainee") ? "考生" : "系统";
}

static const char *status_zh(const char *status)
{
    if (!status) return "";
    if (!strcmp(status, "completed")) return "已完成";
    if (!strcmp(status, "interrupted")) return "中断";
    if (!strcmp(status, "in_progress")) return "进行中";
    if (!strcmp(status, "void")) return "作废";
    return status;
}

static int transcript_row(const cs_rep_turn *t, void *ctx)
{
    FILE *f = ctx;
    if (t->kind && (!strcmp(t->kind, "ring") || !strcmp(t->kind, "mark"))) return 0;  /* the rubric says it */
    long long s = (long long)(t->t_start_ms / 1000);
    fprintf(f, "<tr><td>%02lld:%02lld</td><td>%s</td><td>", s / 60, s % 60, who_zh(t->who));
    const char *k = kind_zh(t->kind);
    if (*k) { esc(f, k); fputs(" ", f); }
    esc(f, t->text);
    /* what the text does not say: the target of a transfer, the fields of a ticket, one per line */
    int shows_arg = t->kind && (!strcmp(t->kind, "transfer") || !strcmp(t->kind, "escalate") || !strcmp(t->kind, "ticket"));
    if (shows_arg && t->arg && *t->arg) {
        fputs(t->text && *t->text ? " " : "", f);
        for (const char *p = t->arg; *p; p++) {
            if (*p == '\n') fputs("；", f);
            else if (*p == '=') fputs("：", f);
            else { char one[2] = { *p, 0 }; esc(f, one); }
        }
    }
    fputs("</td></tr>\n", f);
    return 0;
}

static void call_transcript(FILE *f, report *r, int64_t attempt)
{
    char err[1024];
    fputs("<h4>通话记录</h4>\n<table class='transcript'><tr><th>时间</th><th>谁</th><th>内容</th></tr>\n", f);
    if (cs_rep_turns(r->st, attempt, transcript_row, f, err, sizeof err)) db_error(r, f, err);
    fputs("</table>\n", f);
}

typedef struct {
    FILE *f;
    int64_t end;
    double k;
} timeline;

static int turn_end(const cs_rep_turn *t, void *ctx)
{
    timeline *tl = ctx;
    if (t->t_end_ms > tl->end) tl->end = t->t_end_ms;
    return 0;
}

static int turn_bar(const cs_rep_turn *t, void *ctx)
{
    timeline *tl = ctx;
    static const char *const lanes[] = { "caller", "trainee" };
    static const char *const colours[] = { "#d9822b", "#2b6cd9", "#888" };
    int lane = 2; /* anyone else (system) on the last lane */
    for (int i = 0; i < 2; i++)
        if (t->who && !strcmp(t->who, lanes[i])) lane = i;
    double x = 60 + (double)t->t_start_ms * tl->k, w = (double)(t->t_end_ms - t->t_start_ms) * tl->k;
    fprintf(tl->f, "<rect x='%.1f' y='%d' width='%.1f' height='14' fill='%s'><title>", x, 9 + 24 * lane, w < 2 ? 2 : w, colours[lane]);
    esc(tl->f, t->kind);
    fputs(" ", tl->f);
    esc(tl->f, t->text);
    fputs("</title></rect>", tl->f);
    return 0;
}

static void call_timeline(FILE *f, report *r, int64_t attempt)
{
    char err[1024];
    timeline tl = { f, 1, 0 };
    if (cs_rep_turns(r->st, attempt, turn_end, &tl, err, sizeof err)) { db_error(r, f, err); return; }
    const int W = 900, L = 60;
    tl.k = (double)(W - L - 10) / (double)tl.end;
    fprintf(f, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='92' style='border:1px solid #ccc'>", W);
    static const char *const names[] = { "客户", "考生", "系统" };
    for (int i = 0; i < 3; i++) fprintf(f, "<text x='4' y='%d' font-size='12'>%s</text>", 20 + 24 * i, names[i]);
    for (int64_t t = 0; t <= tl.end; t += 30000)
        fprintf(f, "<line x1='%.1f' y1='4' x2='%.1f' y2='76' stroke='#eee'/><text x='%.1f' y='88' font-size='9'>%llds</text>",
                L + t * tl.k, L + t * tl.k, L + t * tl.k, (long long)(t / 1000));
    if (cs_rep_turns(r->st, attempt, turn_bar, &tl, err, sizeof err)) db_error(r, NULL, err);
    fputs("</svg>\n", f);
}

typedef struct {
    FILE *f;
    report *r;
} page;

static int call_section(const cs_rep_call *c, void *ctx)
{
    page *pg = ctx;
    FILE *f = pg->f;
    char err[1024];
    fputs("<h3>通话 ", f);
    esc(f, c->scenario);
    fprintf(f, "（记录 %" PRId64 "）· ", c->attempt);
    esc(f, status_zh(c->status));
    if (c->has_score) fprintf(f, " · %.1f 分", c->score);
    fputs("</h3>\n", f);
    if (c->fail_reason && *c->fail_reason) { fputs("<p class='fail'>", f); esc(f, c->fail_reason); fputs("</p>", f); }
    fputs("<table><tr><th>项目</th><th>得分</th><th>满分</th><th>说明</th><th>依据条款</th></tr>\n", f);
    if (cs_rep_items(pg->r->st, c->attempt, item_row, f, err, sizeof err)) db_error(pg->r, f, err);
    fputs("</table>\n", f);
    call_timeline(f, pg->r, c->attempt);
    call_transcript(f, pg->r, c->attempt);
    fprintf(f, "<p><small>哈希链：%" PRId64 " 条记录，链头 <code>", c->chain_len);
    esc(f, c->chain_head);
    fputs("</code></small></p>\n", f);
    return 0;
}

static int score_row(const cs_rep_score *s, void *ctx)
{
    FILE *f = ctx;
    fputs("<tr><td>", f);
    esc(f, s->item);
    fputs("</td><td>", f);
    esc(f, s->examiner);
    fprintf(f, "</td><td>%.1f</td><td>", s->score);
    esc(f, s->at);
    fputs("</td></tr>\n", f);
    return 0;
}

static int version_row(const cs_rep_result *v, void *ctx)
{
    FILE *f = ctx;
    fprintf(f, "<tr><td>%d</td><td>%.1f</td><td>%s</td><td>", v->version, v->score, v->passed ? "合格" : "不合格");
    esc(f, v->created_at);
    fputs(" ", f);
    esc(f, v->created_by);
    fputs("</td><td>", f);
    esc(f, v->reason);
    fputs("</td><td>", f);
    esc(f, v->signed_by);
    fputs(" ", f);
    esc(f, v->signed_at);
    fputs("</td></tr>\n", f);
    return 0;
}

static int action_row(const cs_rep_action *a, void *ctx)
{
    static const struct { const char *kind, *zh; } names[] = {
        { "start", "开考" }, { "resume", "续考" }, { "call", "通话开始" }, { "call-end", "通话结束" }, { "score", "评分" },
        { "complete", "考试完成" }, { "void", "作废" }, { "leave", "考评员中止" }, { "sign", "签署成绩" }, { "review", "复核" },
    };
    FILE *f = ctx;
    const char *zh = a->kind;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (a->kind && !strcmp(a->kind, names[i].kind)) zh = names[i].zh;
    fputs("<tr><td>", f);
    esc(f, zh);
    fputs("</td><td>", f);
    esc(f, a->who);
    fputs("</td><td>", f);
    esc(f, a->at);
    fputs("</td></tr>\n", f);
    return 0;
}

/* ---- one sitting ---------------------------------------------------------------------------------- */

typedef struct {
    int version;
    char record_score[64], record_passed[8], signer[200], at[48];
} signed_result;

static int latest_signed(const cs_rep_signed *s, void *ctx)
{
    signed_result *out = ctx;
    if (s->version < out->version) return 0;
    out->version = s->version;
    cs_canon_get(s->record ? s->record : "", "result.score", out->record_score, sizeof out->record_score);
    cs_canon_get(s->record ? s->record : "", "result.passed", out->record_passed, sizeof out->record_passed);
    snprintf(out->signer, sizeof out->signer, "%s", s->signer ? s->signer : "?");
    snprintf(out->at, sizeof out->at, "%s", s->at ? s->at : "?");
    return 0;
}

typedef struct {
    char verdict[64], check[32];
    double score;  /* NAN: none that counts */
} standing;

static void areas_table(FILE *f, report *r, const cs_paper *p, const cs_exam_score *sc, int count)
{
    fputs("<table><tr><th>4.2 区域</th><th>权重</th><th>得分 (0–100)</th></tr>\n", f);
    for (size_t a = 0; a < p->n_areas; a++) {
        fprintf(f, "<tr><td>%s</td><td>%g%%</td><td>", cs_area_name(p->areas[a].area), p->areas[a].weight);
        if (isnan(sc->area_score[a])) { fputs("待考评员评分</td></tr>\n", f); continue; }
        fprintf(f, "%.1f</td></tr>\n", sc->area_score[a]);
        if (!count) continue;
        r->area_sum[p->areas[a].area] += sc->area_score[a];
        r->area_n[p->areas[a].area]++;
    }
    fputs("</table>\n", f);
}

/* "<h2>考核 N · title (paper) · status</h2>" with the tamper box after its number; fills *p (the
 * caller frees it) and *tampered. -1 when the paper cannot be read: the heading is closed, the
 * error shown and *out says 不可信. */
static int sitting_heading(FILE *f, report *r, const cs_rep_sitting *x, cs_paper *p, int *tampered, standing *out)
{
    char err[1024];
    fprintf(f, "<h2>考核 %" PRId64 " · ", x->id);
    *tampered = tamper_box(f, r, x->id);
    if (cs_exam_attempt_paper(r->st, x->id, p, err, sizeof err)) {
        fputs("</h2>\n", f);
        db_error(r, f, err);
        snprintf(out->verdict, sizeof out->verdict, "不可信（记录损坏）");
        snprintf(out->check, sizeof out->check, "不可信");
        return -1;
    }
    esc(f, p->title);
    fprintf(f, " (");
    esc(f, p->id);
    fprintf(f, " v%d, %d 分钟, 试卷 SHA-256 <code>%.16s…</code>) · ", p->version, p->minutes, p->sha256);
    esc(f, x->status);
    fputs("</h2>\n", f);
    return 0;
}

/* The result the examiners signed (latest version), verified against the records. */
static void signed_verdict(FILE *f, const signed_result *sg, standing *out)
{
    int pass = atoi(sg->record_passed) == 1;
    out->score = strtod(sg->record_score, NULL);
    snprintf(out->verdict, sizeof out->verdict, "%s", pass ? "合格" : "不合格");
    fprintf(f, "<p>成绩（已签署的第 %d 版）：<b>%.1f</b> / 100 <span class='%s'>%s</span>（60 分合格，国家职业技能标准 1.9.2）"
            "<br><small>签署：", sg->version, out->score, pass ? "pass" : "fail", out->verdict);
    esc(f, sg->signer);
    fputs(" · ", f);
    esc(f, sg->at);
    fputs(" · <span class='pass'>已验证：记录与签署的一致</span></small></p>\n", f);
}

/* The sitting's standing, first that holds: does not verify, void, signed, or only computed
 * (sc NULL: no score could be worked out). */
static void sitting_verdict(FILE *f, int tampered, int is_void, const signed_result *sg, const cs_exam_score *sc,
                            standing *out)
{
    if (tampered) {
        /* what does not verify shows no pass and counts in no statistic */
        snprintf(out->verdict, sizeof out->verdict, "不可信（未通过验证）");
        snprintf(out->check, sizeof out->check, "不可信");
        fputs("<p class='fail'>成绩：不可信——本场考试的记录未通过验证，不出具合格结论。</p>\n", f);
        return;
    }
    if (is_void) {
        snprintf(out->verdict, sizeof out->verdict, "作废");
        fputs("<p>本场考试已作废。</p>\n", f);
        return;
    }
    if (sg->version) { signed_verdict(f, sg, out); return; }
    snprintf(out->verdict, sizeof out->verdict, "未签署");
    if (sc && isnan(sc->total)) fprintf(f, "<p>成绩：待评分（%.1f – %.1f），未签署</p>\n", sc->low, sc->high);
    else if (sc) fprintf(f, "<p>成绩：%.1f / 100（计算所得，尚未签署，不作结论）</p>\n", sc->total);
}

/* The records behind the standing: result versions, examiners' scores, calls, the exam actions. */
static void sitting_records(FILE *f, report *r, const cs_rep_sitting *x)
{
    char err[1024];
    fputs("<table><tr><th>版本</th><th>成绩</th><th>结果</th><th>生成</th><th>更正原因</th><th>签署</th></tr>\n", f);
    if (cs_rep_results(r->st, x->id, version_row, f, err, sizeof err)) db_error(r, f, err);
    fputs("</table>\n", f);
    fputs("<h3>考评员评分 (each examiner's own score; the panel's is the median of an odd panel ≥3, 国家职业技能标准 1.9.3)</h3>"
          "<table><tr><th>项目</th><th>考评员</th><th>分数</th><th>时间</th></tr>\n", f);
    if (cs_rep_scores(r->st, x->id, score_row, f, err, sizeof err)) db_error(r, f, err);
    fputs("</table>\n", f);
    page pg = { f, r };
    if (cs_rep_calls(r->st, x->id, call_section, &pg, err, sizeof err)) db_error(r, f, err);
    fputs("<h3>考务记录（每一步由考评员本人签名：谁、何时）</h3><table><tr><th>操作</th><th>考评员</th><th>时间 (UTC)</th></tr>\n", f);
    if (cs_rep_actions(r->st, x->uid, action_row, f, err, sizeof err)) db_error(r, f, err);
    fputs("</table>\n", f);
}

/* One sitting's section of the candidate's page, and its standing into *out for the roster. */
static void sitting_section(FILE *f, report *r, const cs_rep_sitting *x, standing *out)
{
    char err[1024];
    cs_paper p;
    int tampered;
    snprintf(out->check, sizeof out->check, "已验证");
    out->score = NAN;
    if (sitting_heading(f, r, x, &p, &tampered, out)) return;
    signed_result sg = { 0, "", "", "", "" };
    if (cs_rep_signed_records(r->st, x->uid, latest_signed, &sg, err, sizeof err)) { db_error(r, f, err); tampered = 1; }
    size_t n = cs_paper_n_parts(&p);
    double *parts = calloc(n + 1, sizeof *parts);
    cs_exam_score sc;
    int have = parts && cs_exam_evaluate(r->st, x->id, &p, parts, &sc, NULL, err, sizeof err) == 0;
    if (!have) db_error(r, f, parts ? err : "out of memory");
    int is_void = x->status && !strcmp(x->status, "void");
    sitting_verdict(f, tampered, is_void, &sg, have ? &sc : NULL, out);
    if (have && !is_void) areas_table(f, r, &p, &sc, !tampered && sg.version);
    sitting_records(f, r, x);
    free(parts);
    cs_paper_free(&p);
}

/* ---- one candidate -------------------------------------------------------------------------------- */

typedef struct {
    report *r;
    FILE *f;
    standing last;   /* the latest sitting that counts */
    int any;
} cand_ctx;

static int each_sitting(const cs_rep_sitting *x, void *ctx)
{
    cand_ctx *c = ctx;
    standing s;
    sitting_section(c->f, c->r, x, &s);
    /* the roster shows the latest sitting that counts; only void sittings read 作废 */
    if (strcmp(s.verdict, "作废") || !c->any) { c->last = s; c->any = 1; }
    return 0;
}

static int candidate_page(const cs_rep_candidate *k, void *ctx)
{
    report *r = ctx;
    char file[96], path[4400], masked[64], err[1024];
    safe_name(k->cand_no, file, sizeof file);
    snprintf(path, sizeof path, "%s/%s.html", r->dir, file);
    mask_id(k->id_number, masked, sizeof masked);
    FILE *f = fopen(path, "w");
    cand_ctx c = { r, f, { "未考", "", NAN }, 0 };
    if (!f) {
        fprintf(stderr, "callsim report: cannot write %s\n", path);
        r->db_errors++;
    } else {
        fputs("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>", f);
        esc(f, k->cand_no);
        fprintf(f, "</title>%s</head><body>\n", css);
        fputs("<h1>呼叫中心服务员 实操考核成绩报告</h1><table><tr><th>考生号</th><th>姓名</th><th>证件号</th><th>考试</th></tr><tr><td>", f);
        esc(f, k->cand_no);
        fputs("</td><td>", f);
        esc(f, k->name);
        fputs("</td><td>", f);
        esc(f, masked);
        fputs("</td><td>", f);
        esc(f, k->exam_uid);
        fputs("</td></tr></table>\n", f);
        if (cs_rep_sittings(r->st, k->id, each_sitting, &c, err, sizeof err)) db_error(r, f, err);
        fputs("<div><span class='sig'>考评员 1 签字</span> <span class='sig'>考评员 2 签字</span> <span class='sig'>考评员 3 签字</span></div>"
              "<div><span class='sig'>考生签字</span> <span class='sig'>日期</span></div></body></html>\n", f);
        if (fclose(f) != 0) { fprintf(stderr, "callsim report: writing %s failed (disk full?)\n", path); r->db_errors++; }
    }
    /* roster and cohort */
    const char *cells[] = { k->cand_no, k->name, masked, k->exam_uid };
    for (size_t i = 0; i < 4; i++) { csv_field(r->csv, cells[i]); fputc(',', r->csv); }
    if (isnan(c.last.score)) fputs("\"\",", r->csv);
    else fprintf(r->csv, "%.1f,", c.last.score);
    csv_field(r->csv, c.last.verdict);
    fputc(',', r->csv);
    csv_field(r->csv, c.last.check[0] ? c.last.check : "");
    fputs("\r\n", r->csv);
    r->candidates++;
    if (!isnan(c.last.score)) { r->decided++; r->passed += !strcmp(c.last.verdict, "合格"); }
    fprintf(r->index, "<tr><td><a href='%s.html'>", file);
    esc(r->index, k->cand_no);
    fputs("</a></td><td>", r->index);
    esc(r->index, k->name);
    fputs("</td><td>", r->index);
    esc(r->index, masked);
    fputs("</td><td>", r->index);
    if (!isnan(c.last.score)) fprintf(r->index, "%.1f", c.last.score);
    fprintf(r->index, "</td><td%s>", !strcmp(c.last.check, "不可信") ? " class='tamper'" : "");
    esc(r->index, c.last.verdict);
    fputs("</td></tr>\n", r->index);
    return 0;
}

static int missed_row(const cs_rep_missed *m, void *ctx)
{
    FILE *f = ctx;
    fputs("<tr><td>", f);
    esc(f, m->item_id);
    fputs("</td><td>", f);
    esc(f, m->scenario);
    fprintf(f, "</td><td>%" PRId64 "</td><td>%.1f</td><td><small>", m->n, m->avg_lost);
    esc(f, m->clause);
    fputs("</small></td></tr>\n", f);
    return 0;
}

static int chain_row(const cs_rep_chain *c, void *ctx)
{
    FILE *f = ctx;
    fputs("<tr><td><code>", f);
    esc(f, c->chain);
    fprintf(f, "</code></td><td>%" PRId64 "</td><td><code>", c->n);
    esc(f, c->head);
    fputs("</code></td></tr>\n", f);
    return 0;
}

static int write_index(report *r, const char *exam, const cs_exam_verify_stats *vs)
{
    char path[4400], err[1024];
    snprintf(path, sizeof path, "%s/index.html", r->dir);
    FILE *f = fopen(path, "w");
    if (!f) { fprintf(stderr, "callsim report: cannot write %s\n", path); return 2; }
    fprintf(f, "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>实操考核统计</title>%s</head><body>\n", css);
    fputs("<h1>呼叫中心服务员 实操考核 · 统计</h1>\n", f);
    tamper_box(f, r, -1); /* the file-level problems */
    fputs("<p><small>考点管理员密钥（指纹）：<code>", f);
    esc(f, vs->centre[0] ? vs->centre : "（无）");
    fprintf(f, "</code> · 已核验签名记录 %" PRId64 " 条</small></p>\n", vs->entries);
    fprintf(f, "<p>考生 %d 人，已签署且通过验证 %d 人，合格 %d 人，合格率 %.1f%%（60 分合格，国家职业技能标准 1.9.2）</p>\n",
            r->candidates, r->decided, r->passed, r->decided ? 100.0 * r->passed / r->decided : 0.0);
    fputs("<h2>各区域平均分（4.2 技能要求权重表）</h2><table><tr><th>区域</th><th>人数</th><th>平均分</th></tr>\n", f);
    for (int a = 0; a < CS_AREA_COUNT; a++)
        if (r->area_n[a]) fprintf(f, "<tr><td>%s</td><td>%d</td><td>%.1f</td></tr>\n", cs_area_name((cs_area)a), r->area_n[a], r->area_sum[a] / r->area_n[a]);
    fputs("</table>\n<h2>失分最多的评分项</h2><table><tr><th>评分项</th><th>场景</th><th>失分人次</th><th>平均失分</th><th>依据条款</th></tr>\n", f);
    if (cs_rep_most_missed(r->st, exam, missed_row, f, err, sizeof err)) db_error(r, f, err);
    fputs("</table>\n<h2>考生</h2><table><tr><th>考生号</th><th>姓名</th><th>证件号</th><th>成绩</th><th>结果</th></tr>\n", f);
    snprintf(path, sizeof path, "%s/index.tmp", r->dir);
    FILE *t = fopen(path, "r");
    char buf[4096];
    size_t n;
    while (t && (n = fread(buf, 1, sizeof buf, t)) > 0) fwrite(buf, 1, n, f);
    if (t) fclose(t);
    remove(path);
    fputs("</table><p><a href='roster.csv'>roster.csv</a></p>\n", f);
    /* the chains' length and head on paper: entries cut off the end of a file later show */
    fputs("<h2>签名记录链（打印存档，用于日后核对）</h2><table><tr><th>链</th><th>条数</th><th>末条哈希</th></tr>\n", f);
    if (cs_rep_chains(r->st, chain_row, f, err, sizeof err)) db_error(r, f, err);
    fputs("</table></body></html>\n", f);
    if (fclose(f) != 0) { fprintf(stderr, "callsim report: writing in %s failed (disk full?)\n", r->dir); return 2; }
    return 0;
}

static int write_all(cs_store *st, const char *dir, const char *exam, int test_keys)
{
    char path[4400], err[1024];
    report r;
    memset(&r, 0, sizeof r);
    r.st = st;
    r.dir = dir;
    cs_exam_verify_stats vs;
    if (cs_exam_verify(st, test_keys, on_problem, &r, &vs, err, sizeof err)) {
        fprintf(stderr, "callsim report: %s\n", err);
        return 2;
    }
    /* file-level problems concern every sitting: they are shown on every page (xa 0) */
    snprintf(path, sizeof path, "%s/roster.csv", dir);
    r.csv = fopen(path, "wb");
    snprintf(path, sizeof path, "%s/index.tmp", dir);
    r.index = fopen(path, "w");
    int rc = 0;
    if (!r.csv || !r.index) {
        fprintf(stderr, "callsim report: cannot write in %s\n", dir);
        rc = 2;
    } else {
        fputs("\xEF\xBB\xBF", r.csv); /* the BOM: without it Excel reads UTF-8 as the local code page */
        fputs("考生号,姓名,证件号,考试,成绩,结果,验证\r\n", r.csv);
        if (cs_rep_candidates(st, exam, candidate_page, &r, err, sizeof err)) db_error(&r, NULL, err);
    }
    if (r.csv && fclose(r.csv) != 0) rc = 2;
    if (r.index) fclose(r.index);
    if (rc == 0) rc = write_index(&r, exam, &vs);
    if (rc == 0) printf("%d candidate(s) written to %s (index.html, roster.csv); %zu verification problem(s)\n", r.candidates, dir, r.np);
    if (r.db_errors) {
        fprintf(stderr, "callsim report: %d record(s) could not be read; the report is incomplete\n", r.db_errors);
        rc = 2;
    }
    for (size_t i = 0; i < r.np; i++) free(r.p[i].text);
    free(r.p);
    return rc;
}

int cmd_report(int argc, char **argv)
{
    const char *db = NULL, *out = NULL, *exam = NULL;
    int test_keys = 0;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) { fputs(usage, stdout); return 0; }
        if (!strcmp(s, "--test-keys")) { test_keys = 1; continue; }
        if ((!strcmp(s, "--db") || !strcmp(s, "--out") || !strcmp(s, "--exam")) && i + 1 < argc) {
            const char *v = argv[++i];
            if (s[2] == 'd') db = v; else if (s[2] == 'o') out = v; else exam = v;
            continue;
        }
        fprintf(stderr, "callsim report: unexpected argument '%s' (see --help)\n", s);
        return 2;
    }
    if (!db || !out) { fputs(usage, stderr); return 2; }
    struct stat sb;
    if (stat(db, &sb) != 0) { fprintf(stderr, "callsim report: %s: no such database\n", db); return 2; }
    mkdir(out, 0755);
    if (stat(out, &sb) != 0 || !S_ISDIR(sb.st_mode)) { fprintf(stderr, "callsim report: %s: cannot create the directory\n", out); return 2; }
    char err[1024];
    cs_store *st = cs_store_open_readonly(db, err, sizeof err);
    if (!st) { fprintf(stderr, "callsim report: %s\n", err); return 2; }
    int rc = write_all(st, out, exam, test_keys);
    cs_store_close(st);
    return rc;
}
