/* `callsim report --db PATH --out DIR [--exam UID]`: the examiners' exports (issue 4):
 *   DIR/index.html        cohort statistics (pass rate, mean per 4.2 area, most-missed rubric items)
 *                         and the list of candidates;
 *   DIR/<考生号>.html      a printable report per candidate: result and its versions, areas, each
 *                         call's rubric with clauses and its timeline as inline SVG, the examiner
 *                         panel's own scores, the turn chain heads, signature lines;
 *   DIR/roster.csv        UTF-8 with BOM (Excel then shows Chinese), 证件号 masked.
 * No external resources: every page is one self-contained file. */
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "exam_store.h"
#include "store.h"

static const char usage[] =
    "usage: callsim report --db PATH --out DIR [--exam UID]\n"
    "  Writes DIR/index.html (cohort statistics), DIR/<考生号>.html per candidate (printable: rubric\n"
    "  with clauses, call timelines, examiner panel, signature lines) and DIR/roster.csv (UTF-8 with BOM).\n"
    "  ID numbers are masked in every export. Exit: 0 written, 2 usage, database or file error.\n";

static const char css[] =
    "<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:3px 8px;font-size:13px}"
    "th{background:#eee}.pass{color:#070;font-weight:bold}.fail{color:#b00;font-weight:bold}"
    ".sig{display:inline-block;width:30%;margin-top:3em;border-top:1px solid #000;padding-top:4px}"
    "h1{font-size:22px}h2{font-size:17px;border-bottom:2px solid #333}h3{font-size:15px}"
    "code{font-size:11px;word-break:break-all}@media print{a{color:#000}}</style>";

static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '<') fputs("&lt;", f);
        else if (*s == '>') fputs("&gt;", f);
        else if (*s == '&') fputs("&amp;", f);
        else if (*s == '"') fputs("&quot;", f);
        else fputc(*s, f);
    }
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

static void csv_field(FILE *f, const char *s)
{
    fputc('"', f);
    for (; s && *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static sqlite3_stmt *q(cs_store *st, const char *sql)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(cs_store_sqlite(st), sql, -1, &s, NULL) != SQLITE_OK) {
        fprintf(stderr, "callsim report: %s: %s\n", cs_store_path(st), sqlite3_errmsg(cs_store_sqlite(st)));
        sqlite3_finalize(s);
        return NULL;
    }
    return s;
}

static const char *col(sqlite3_stmt *s, int i)
{
    const char *t = (const char *)sqlite3_column_text(s, i);
    return t ? t : "";
}

/* ---- one call: rubric and timeline -------------------------------------------------------------- */

static void call_rubric(FILE *f, cs_store *st, int64_t attempt)
{
    sqlite3_stmt *s = q(st, "SELECT item_id, label, points, max, reason, clause FROM rubric_items WHERE attempt_id = ? ORDER BY ord");
    if (!s) return;
    sqlite3_bind_int64(s, 1, attempt);
    fputs("<table><tr><th>项目</th><th>得分</th><th>满分</th><th>说明</th><th>依据条款</th></tr>\n", f);
    while (sqlite3_step(s) == SQLITE_ROW) {
        fputs("<tr><td>", f);
        esc(f, col(s, 0));
        if (*col(s, 1)) { fputs("<br><small>", f); esc(f, col(s, 1)); fputs("</small>", f); }
        fprintf(f, "</td><td>%.1f</td><td>%g</td><td>", sqlite3_column_double(s, 2), sqlite3_column_double(s, 3));
        esc(f, col(s, 4));
        fputs("</td><td><small>", f);
        esc(f, col(s, 5));
        fputs("</small></td></tr>\n", f);
    }
    fputs("</table>\n", f);
    sqlite3_finalize(s);
}

/* Who spoke when: one lane each for caller, trainee and system, bars from t_start to t_end. */
static void call_timeline(FILE *f, cs_store *st, int64_t attempt)
{
    sqlite3_stmt *s = q(st, "SELECT who, kind, t_start_ms, t_end_ms, text FROM turns WHERE attempt_id = ? ORDER BY seq");
    if (!s) return;
    sqlite3_bind_int64(s, 1, attempt);
    int64_t end = 1;
    while (sqlite3_step(s) == SQLITE_ROW)
        if (sqlite3_column_int64(s, 3) > end) end = sqlite3_column_int64(s, 3);
    sqlite3_reset(s);
    const int W = 900, L = 60;
    double k = (double)(W - L - 10) / (double)end;
    fprintf(f, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='92' style='border:1px solid #ccc'>", W);
    static const char *const lanes[] = { "caller", "trainee", "system" };
    static const char *const names[] = { "客户", "考生", "系统" };
    static const char *const colours[] = { "#d9822b", "#2b6cd9", "#888" };
    for (int i = 0; i < 3; i++) fprintf(f, "<text x='4' y='%d' font-size='12'>%s</text>", 20 + 24 * i, names[i]);
    for (int64_t t = 0; t <= end; t += 30000)
        fprintf(f, "<line x1='%.1f' y1='4' x2='%.1f' y2='76' stroke='#eee'/><text x='%.1f' y='88' font-size='9'>%llds</text>",
                L + t * k, L + t * k, L + t * k, (long long)(t / 1000));
    while (sqlite3_step(s) == SQLITE_ROW) {
        int lane = 2;  /* anyone else (system) on the last lane */
        for (int i = 0; i < 2; i++)
            if (!strcmp(col(s, 0), lanes[i])) lane = i;
        double x = L + (double)sqlite3_column_int64(s, 2) * k;
        double w = (double)(sqlite3_column_int64(s, 3) - sqlite3_column_int64(s, 2)) * k;
        fprintf(f, "<rect x='%.1f' y='%d' width='%.1f' height='14' fill='%s'><title>", x, 9 + 24 * lane, w < 2 ? 2 : w, colours[lane]);
        esc(f, col(s, 1));
        fputs(" ", f);
        esc(f, col(s, 4));
        fputs("</title></rect>", f);
    }
    fputs("</svg>\n", f);
    sqlite3_finalize(s);
}

static void calls(FILE *f, cs_store *st, int64_t xa)
{
    sqlite3_stmt *s = q(st, "SELECT a.id, c.scenario_id, a.status, a.score, a.chain_head, a.chain_len, a.fail_reason"
                            " FROM exam_calls c JOIN attempts a ON a.id = c.attempt_id WHERE c.exam_attempt_id = ? ORDER BY c.part, a.id");
    if (!s) return;
    sqlite3_bind_int64(s, 1, xa);
    while (sqlite3_step(s) == SQLITE_ROW) {
        fprintf(f, "<h3>通话 %s (attempt %lld) · %s · ", col(s, 1), (long long)sqlite3_column_int64(s, 0), col(s, 2));
        if (sqlite3_column_type(s, 3) != SQLITE_NULL) fprintf(f, "%.1f 分", sqlite3_column_double(s, 3));
        fputs("</h3>\n", f);
        if (*col(s, 6)) { fputs("<p class='fail'>", f); esc(f, col(s, 6)); fputs("</p>", f); }
        call_rubric(f, st, sqlite3_column_int64(s, 0));
        call_timeline(f, st, sqlite3_column_int64(s, 0));
        fprintf(f, "<p><small>hash chain: %lld turns, head <code>%s</code></small></p>\n",
                (long long)sqlite3_column_int64(s, 5), col(s, 4));
    }
    sqlite3_finalize(s);
}

static void panel(FILE *f, cs_store *st, int64_t xa)
{
    sqlite3_stmt *s = q(st, "SELECT e.name, s.item, s.score, s.entered_at FROM examiner_scores s JOIN examiners e ON e.id = s.examiner_id"
                            " WHERE s.exam_attempt_id = ? ORDER BY s.item, e.name, s.id");
    if (!s) return;
    sqlite3_bind_int64(s, 1, xa);
    fputs("<h3>考评员评分 (each examiner's own score; the panel's is the median of an odd panel ≥3, 国家职业技能标准 1.9.3)</h3>"
          "<table><tr><th>项目</th><th>考评员</th><th>分数</th><th>时间</th></tr>\n", f);
    while (sqlite3_step(s) == SQLITE_ROW) {
        fputs("<tr><td>", f);
        esc(f, col(s, 1));
        fputs("</td><td>", f);
        esc(f, col(s, 0));
        fprintf(f, "</td><td>%.1f</td><td>%s</td></tr>\n", sqlite3_column_double(s, 2), col(s, 3));
    }
    fputs("</table>\n", f);
    sqlite3_finalize(s);
}

static void versions(FILE *f, cs_store *st, int64_t xa)
{
    sqlite3_stmt *s = q(st, "SELECT version, score, passed, created_at, created_by, ifnull(reason,''), ifnull(signed_at,''), ifnull(signed_by,'')"
                            " FROM results WHERE exam_attempt_id = ? ORDER BY version");
    if (!s) return;
    sqlite3_bind_int64(s, 1, xa);
    fputs("<table><tr><th>版本</th><th>成绩</th><th>结果</th><th>生成</th><th>更正原因</th><th>签署</th></tr>\n", f);
    while (sqlite3_step(s) == SQLITE_ROW) {
        fprintf(f, "<tr><td>%d</td><td>%.1f</td><td class='%s'>%s</td><td>%s ", sqlite3_column_int(s, 0),
                sqlite3_column_double(s, 1), sqlite3_column_int(s, 2) ? "pass" : "fail", sqlite3_column_int(s, 2) ? "合格" : "不合格", col(s, 3));
        esc(f, col(s, 4));
        fputs("</td><td>", f);
        esc(f, col(s, 5));
        fputs("</td><td>", f);
        esc(f, col(s, 7));
        fprintf(f, " %s</td></tr>\n", col(s, 6));
    }
    fputs("</table>\n", f);
    sqlite3_finalize(s);
}

/* ---- per exam attempt ---------------------------------------------------------------------------- */

typedef struct {
    int candidates, decided, passed;
    double area_sum[CS_AREA_COUNT];
    int area_n[CS_AREA_COUNT];
    FILE *csv, *index;
} cohort;

static void areas_table(FILE *f, const cs_paper *p, const cs_exam_score *sc, cohort *co)
{
    fputs("<table><tr><th>4.2 区域</th><th>权重</th><th>得分 (0–100)</th></tr>\n", f);
    for (size_t a = 0; a < p->n_areas; a++) {
        fprintf(f, "<tr><td>%s</td><td>%g%%</td><td>", cs_area_name(p->areas[a].area), p->areas[a].weight);
        if (isnan(sc->area_score[a])) fputs("待考评员评分</td></tr>\n", f);
        else {
            fprintf(f, "%.1f</td></tr>\n", sc->area_score[a]);
            co->area_sum[p->areas[a].area] += sc->area_score[a];
            co->area_n[p->areas[a].area]++;
        }
    }
    fputs("</table>\n", f);
}

static int one_attempt(FILE *f, cs_store *st, int64_t xa, const char *status, cohort *co, char *verdict, size_t vlen, double *score)
{
    cs_paper p;
    char err[1024];
    if (cs_exam_attempt_paper(st, xa, &p, err, sizeof err)) { fprintf(stderr, "callsim report: %s\n", err); return -1; }
    size_t n = cs_paper_n_parts(&p);
    double *parts = calloc(n + 1, sizeof *parts);
    cs_exam_score sc;
    int rc = parts ? cs_exam_evaluate(st, xa, &p, parts, &sc, NULL, err, sizeof err) : -1;
    if (rc) fprintf(stderr, "callsim report: %s\n", parts ? err : "out of memory");
    if (rc == 0) {
        fprintf(f, "<h2>考核 %lld · ", (long long)xa);
        esc(f, p.title);
        fprintf(f, " (%s v%d, %d 分钟, 试卷 SHA-256 <code>%.16s…</code>) · %s</h2>\n", p.id, p.version, p.minutes, p.sha256, status);
        *score = sc.total;
        snprintf(verdict, vlen, "%s", !strcmp(status, "void") ? "作废" : sc.verdict == CS_VERDICT_PASSED ? "合格"
                                      : sc.verdict == CS_VERDICT_FAILED ? "不合格" : "待评分");
        if (isnan(sc.total)) fprintf(f, "<p>成绩：待评分（%.1f – %.1f）</p>\n", sc.low, sc.high);
        else fprintf(f, "<p>成绩：<b>%.1f</b> / 100 <span class='%s'>%s</span>（60 分合格，国家职业技能标准 1.9.2）</p>\n",
                     sc.total, sc.verdict == CS_VERDICT_PASSED ? "pass" : "fail", verdict);
        if (strcmp(status, "void") != 0) areas_table(f, &p, &sc, co);
        versions(f, st, xa);
        panel(f, st, xa);
        calls(f, st, xa);
    }
    free(parts);
    cs_paper_free(&p);
    return rc;
}

static int candidate_page(const char *dir, cs_store *st, sqlite3_stmt *c, cohort *co)
{
    char path[4400], masked[64];
    const char *no = col(c, 1);
    snprintf(path, sizeof path, "%s/%s.html", dir, no);
    FILE *f = fopen(path, "w");
    if (!f) { fprintf(stderr, "callsim report: cannot write %s\n", path); return -1; }
    mask_id(col(c, 3), masked, sizeof masked);
    fprintf(f, "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title>%s</head><body>\n", no, css);
    fputs("<h1>呼叫中心服务员 实操考核成绩报告</h1><table><tr><th>考生号</th><th>姓名</th><th>证件号</th><th>考试</th></tr><tr><td>", f);
    esc(f, no);
    fputs("</td><td>", f);
    esc(f, col(c, 2));
    fprintf(f, "</td><td>%s</td><td>", masked);
    esc(f, col(c, 4));
    fputs("</td></tr></table>\n", f);
    sqlite3_stmt *x = q(st, "SELECT id, status FROM exam_attempts WHERE candidate_id = ? ORDER BY id");
    char verdict[32] = "未考", last_verdict[32] = "未考";
    double score = NAN, last_score = NAN;
    int rc = x ? 0 : -1;
    if (x) sqlite3_bind_int64(x, 1, sqlite3_column_int64(c, 0));
    while (rc == 0 && x && sqlite3_step(x) == SQLITE_ROW) {
        rc = one_attempt(f, st, sqlite3_column_int64(x, 0), col(x, 1), co, verdict, sizeof verdict, &score);
        /* the roster shows the latest sitting that counts; a candidate with only void sittings reads 作废 */
        if (strcmp(col(x, 1), "void") != 0) { snprintf(last_verdict, sizeof last_verdict, "%s", verdict); last_score = score; }
        else if (isnan(last_score)) snprintf(last_verdict, sizeof last_verdict, "作废");
    }
    sqlite3_finalize(x);
    fputs("<div><span class='sig'>考评员 1 签字</span> <span class='sig'>考评员 2 签字</span> <span class='sig'>考评员 3 签字</span></div>"
          "<div><span class='sig'>考生签字</span> <span class='sig'>日期</span></div></body></html>\n", f);
    if (fclose(f) != 0) rc = -1;
    /* roster and cohort */
    csv_field(co->csv, no); fputc(',', co->csv);
    csv_field(co->csv, col(c, 2)); fputc(',', co->csv);
    csv_field(co->csv, masked); fputc(',', co->csv);
    csv_field(co->csv, col(c, 4)); fputc(',', co->csv);
    if (isnan(last_score)) fputs("\"\",", co->csv); else fprintf(co->csv, "%.1f,", last_score);
    csv_field(co->csv, last_verdict); fputs("\r\n", co->csv);
    co->candidates++;
    if (!isnan(last_score)) { co->decided++; co->passed += !strcmp(last_verdict, "合格"); }
    fprintf(co->index, "<tr><td><a href='%s.html'>", no);
    esc(co->index, no);
    fputs("</a></td><td>", co->index);
    esc(co->index, col(c, 2));
    fprintf(co->index, "</td><td>%s</td><td>", masked);
    if (!isnan(last_score)) fprintf(co->index, "%.1f", last_score);
    fprintf(co->index, "</td><td>%s</td></tr>\n", last_verdict);
    return rc;
}

static void most_missed(FILE *f, cs_store *st, const char *exam)
{
    sqlite3_stmt *s = q(st, "SELECT r.item_id, c.scenario_id, count(*), avg(r.max - r.points), max(r.clause) FROM rubric_items r"
                            " JOIN exam_calls c ON c.attempt_id = r.attempt_id JOIN exam_attempts x ON x.id = c.exam_attempt_id"
                            " JOIN candidates k ON k.id = x.candidate_id JOIN exams e ON e.id = k.exam_id"
                            " WHERE r.points < r.max AND (?1 IS NULL OR e.uid = ?1) GROUP BY r.item_id, c.scenario_id"
                            " ORDER BY count(*) DESC, 4 DESC LIMIT 10");
    if (!s) return;
    if (exam) sqlite3_bind_text(s, 1, exam, -1, SQLITE_STATIC);
    fputs("<h2>失分最多的评分项</h2><table><tr><th>评分项</th><th>场景</th><th>失分人次</th><th>平均失分</th><th>依据条款</th></tr>\n", f);
    while (sqlite3_step(s) == SQLITE_ROW) {
        fputs("<tr><td>", f);
        esc(f, col(s, 0));
        fputs("</td><td>", f);
        esc(f, col(s, 1));
        fprintf(f, "</td><td>%d</td><td>%.1f</td><td><small>", sqlite3_column_int(s, 2), sqlite3_column_double(s, 3));
        esc(f, col(s, 4));
        fputs("</small></td></tr>\n", f);
    }
    fputs("</table>\n", f);
    sqlite3_finalize(s);
}

static int write_all(cs_store *st, const char *dir, const char *exam)
{
    char path[4400];
    cohort co;
    memset(&co, 0, sizeof co);
    snprintf(path, sizeof path, "%s/roster.csv", dir);
    co.csv = fopen(path, "wb");
    snprintf(path, sizeof path, "%s/index.tmp", dir);
    co.index = fopen(path, "w");
    if (!co.csv || !co.index) {
        fprintf(stderr, "callsim report: cannot write in %s\n", dir);
        if (co.csv) fclose(co.csv);
        if (co.index) fclose(co.index);
        return 2;
    }
    fputs("\xEF\xBB\xBF", co.csv); /* the BOM: without it Excel reads UTF-8 as the local code page */
    fputs("考生号,姓名,证件号,考试,成绩,结果\r\n", co.csv);
    sqlite3_stmt *c = q(st, "SELECT k.id, k.cand_no, k.name, k.id_number, e.uid FROM candidates k JOIN exams e ON e.id = k.exam_id"
                            " WHERE ?1 IS NULL OR e.uid = ?1 ORDER BY e.uid, k.cand_no");
    int rc = c ? 0 : 2;
    if (c && exam) sqlite3_bind_text(c, 1, exam, -1, SQLITE_STATIC);
    while (rc == 0 && c && sqlite3_step(c) == SQLITE_ROW) rc = candidate_page(dir, st, c, &co) ? 2 : 0;
    sqlite3_finalize(c);
    int bad = fclose(co.csv) != 0;
    fclose(co.index);
    /* the index: statistics first, then the candidates written above */
    snprintf(path, sizeof path, "%s/index.html", dir);
    FILE *f = fopen(path, "w");
    if (!f) { fprintf(stderr, "callsim report: cannot write %s\n", path); return 2; }
    fprintf(f, "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>实操考核统计</title>%s</head><body>\n", css);
    fputs("<h1>呼叫中心服务员 实操考核 · 统计</h1>\n", f);
    fprintf(f, "<p>考生 %d 人，已出成绩 %d 人，合格 %d 人，合格率 %.1f%%（60 分合格，国家职业技能标准 1.9.2）</p>\n",
            co.candidates, co.decided, co.passed, co.decided ? 100.0 * co.passed / co.decided : 0.0);
    fputs("<h2>各区域平均分（4.2 技能要求权重表）</h2><table><tr><th>区域</th><th>人数</th><th>平均分</th></tr>\n", f);
    for (int a = 0; a < CS_AREA_COUNT; a++)
        if (co.area_n[a]) fprintf(f, "<tr><td>%s</td><td>%d</td><td>%.1f</td></tr>\n", cs_area_name((cs_area)a), co.area_n[a], co.area_sum[a] / co.area_n[a]);
    fputs("</table>\n", f);
    most_missed(f, st, exam);
    fputs("<h2>考生</h2><table><tr><th>考生号</th><th>姓名</th><th>证件号</th><th>成绩</th><th>结果</th></tr>\n", f);
    snprintf(path, sizeof path, "%s/index.tmp", dir);
    FILE *t = fopen(path, "r");
    char buf[4096];
    size_t n;
    while (t && (n = fread(buf, 1, sizeof buf, t)) > 0) fwrite(buf, 1, n, f);
    if (t) fclose(t);
    remove(path);
    fputs("</table><p><a href='roster.csv'>roster.csv</a></p></body></html>\n", f);
    bad |= fclose(f) != 0;
    if (bad) { fprintf(stderr, "callsim report: writing in %s failed (disk full?)\n", dir); return 2; }
    printf("%d candidate(s) written to %s (index.html, roster.csv)\n", co.candidates, dir);
    return rc;
}

int cmd_report(int argc, char **argv)
{
    const char *db = NULL, *out = NULL, *exam = NULL;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "-h")) { fputs(usage, stdout); return 0; }
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
    cs_store *st = cs_store_open(db, err, sizeof err);
    if (!st) { fprintf(stderr, "callsim report: %s\n", err); return 2; }
    int rc = write_all(st, out, exam);
    cs_store_close(st);
    return rc;
}
