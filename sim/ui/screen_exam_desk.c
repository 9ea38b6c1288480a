/* Exam desk. One list screen; each action that needs input opens a form in place of the help, so
 * everything is reachable from the keyboard and the roster stays in view. */
#include "screen_exam_desk.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "exam_room.h"
#include "lua_sandbox.h"
#include "paths.h"
#include "roster_csv.h"
#include "screen_signin.h"
#include "ui_form.h"
#include "ui_strings.h"

typedef enum { MODE_LIST, MODE_EXAMINER, MODE_CANDIDATE, MODE_IMPORT, MODE_VOID } desk_mode;

struct desk_screen {
    desk_mode mode;
    ui_form form;
    desk_row *rows;
    size_t n, sel;
    char **papers;
    size_t n_papers, paper;
    char msg[1200];
    int msg_bad;
    int swallow;  /* the letter that opened a form also arrives as text: drop it */
};

/* ---- papers ------------------------------------------------------------------------------------ */

static int add_paper(desk_screen *d, const char *path)
{
    char **grown = realloc(d->papers, (d->n_papers + 1) * sizeof *grown);
    if (!grown) return -1;
    d->papers = grown;
    if (!(d->papers[d->n_papers] = strdup(path))) return -1;
    d->n_papers++;
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* --paper first (as given, or assets/papers/NAME.paper), then every paper of assets/papers. */
static void list_papers(desk_screen *d, const char *arg)
{
    char dir[4096], path[4400];
    struct stat sb;
    cs_data_path("assets/papers", dir, sizeof dir);
    if (arg && stat(arg, &sb) == 0) add_paper(d, arg);
    else if (arg) {
        /* a name too long for a path is no paper: say nothing rather than open a cut-off name */
        int n = snprintf(path, sizeof path, "%s/%.*s%s", dir, 255, arg, strstr(arg, ".paper") ? "" : ".paper");
        if (n > 0 && (size_t)n < sizeof path) add_paper(d, path);
    }
    size_t first = d->n_papers;
    DIR *dh = opendir(dir);
    for (struct dirent *de; dh && (de = readdir(dh));) {
        size_t len = strlen(de->d_name);
        if (len < 7 || strcmp(de->d_name + len - 6, ".paper")) continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (!arg || strcmp(path, d->papers[0])) add_paper(d, path);
    }
    if (dh) closedir(dh);
    if (d->n_papers > first) qsort(d->papers + first, d->n_papers - first, sizeof *d->papers, by_name);
}

/* Loads paper i and opens today's sitting of it. */
static int load_paper(desk_screen *d, exam_env *env, size_t i, char *err, size_t errlen)
{
    cs_paper p;
    int64_t exam_id;
    if (cs_paper_load(d->papers[i], &p, err, errlen)) return -1;
    /* a missing scenario stops the paper here, not after the candidate's first calls */
    if (cs_paper_check_scenarios(&p, d->papers[i], err, errlen)) { cs_paper_free(&p); return -1; }
    if (cs_exam_open(env->store, &p, NULL, &exam_id, err, errlen)) { cs_paper_free(&p); return -1; }
    if (env->have_paper) cs_paper_free(&env->paper);
    env->paper = p;
    env->have_paper = 1;
    env->exam_id = exam_id;
    d->paper = i;
    /* remembered for the next start of the desk (issue 15) */
    char e2[256], full[PATH_MAX];
    cs_desk_setting_set(env->store, "desk.paper", realpath(d->papers[i], full) ? full : d->papers[i], e2, sizeof e2);
    return 0;
}

/* ---- the panel, remembered across restarts ----------------------------------------------------- */

static void save_panel(exam_env *env)
{
    char names[PANEL_MAX * (NAME_MAX_BYTES + 1) + 1] = "", err[256];
    size_t n = 0;
    for (int i = 0; i < env->n_panel; i++)
        n += (size_t)snprintf(names + n, sizeof names - n, "%s%s", i ? "\n" : "", env->panel[i].name);
    cs_desk_setting_set(env->store, "desk.panel", names, err, sizeof err);
}

/* The panel of the last session joins again (names only: every action still takes the member's
 * own PIN); examiners disabled or gone since are left out. How many joined. */
static int restore_panel(exam_env *env)
{
    char names[PANEL_MAX * (NAME_MAX_BYTES + 1) + 1], err[256];
    int joined = 0;
    if (cs_desk_setting_get(env->store, "desk.panel", names, sizeof names, err, sizeof err)) return 0;
    for (char *save = NULL, *name = strtok_r(names, "\n", &save); name; name = strtok_r(NULL, "\n", &save)) {
        int64_t id = 0;
        int disabled = 0, dup = 0;
        for (int i = 0; i < env->n_panel; i++) dup |= !strcmp(env->panel[i].name, name);
        if (dup || env->n_panel >= PANEL_MAX || cs_examiner_lookup(env->store, name, &id, &disabled, err, sizeof err) || !id || disabled)
            continue;
        env->panel[env->n_panel].id = id;
        snprintf(env->panel[env->n_panel++].name, NAME_MAX_BYTES, "%s", name);
        joined++;
    }
    return joined;
}

/* ---- roster ------------------------------------------------------------------------------------ */

static int collect(const cs_candidate_row *c, void *ctx)
{
    desk_screen *d = ctx;
    desk_row *grown = realloc(d->rows, (d->n + 1) * sizeof *grown);
    if (!grown) return 1;
    d->rows = grown;
    desk_row *r = &d->rows[d->n++];
    memset(r, 0, sizeof *r);
    r->id = c->id;
    snprintf(r->cand_no, sizeof r->cand_no, "%s", c->cand_no);
    snprintf(r->name, sizeof r->name, "%s", c->name);
    return 0;
}

static void sitting_of(exam_env *env, desk_row *r)
{
    char err[512];
    if (cs_exam_candidate_latest(env->store, r->id, &r->xa, r->status, sizeof r->status, err, sizeof err) == 0 && r->xa)
        cs_exam_result_latest(env->store, r->xa, &r->result_version, &r->result_signed, err, sizeof err);
}

void desk_refresh(desk_screen *d, exam_env *env)
{
    char err[512];
    free(d->rows);
    d->rows = NULL;
    d->n = 0;
    if (cs_exam_roster(env->store, env->exam_id, collect, d, err, sizeof err)) desk_note(d, 1, err);
    for (size_t i = 0; i < d->n; i++) sitting_of(env, &d->rows[i]);
    if (d->sel >= d->n) d->sel = d->n ? d->n - 1 : 0;
}

desk_screen *desk_new(exam_env *env, const char *paper_arg, char *err, size_t errlen)
{
    desk_screen *d = calloc(1, sizeof *d);
    if (!d) { snprintf(err, errlen, "out of memory"); return NULL; }
    char saved[4096] = "", e2[256];
    struct stat sb;
    /* --paper wins; else the paper the desk had last time, if it is still there */
    if (!paper_arg && cs_desk_setting_get(env->store, "desk.paper", saved, sizeof saved, e2, sizeof e2) == 0 && saved[0] &&
        stat(saved, &sb) == 0)
        paper_arg = saved;
    list_papers(d, paper_arg);
    if (!d->n_papers) snprintf(err, errlen, "no exam paper (*.paper) in assets/papers");
    if (!d->n_papers || load_paper(d, env, 0, err, errlen)) { desk_free(d, env); return NULL; }
    desk_refresh(d, env);
    if (restore_panel(env) > 0)
        desk_note(d, 0, xs("已恢复上次的考评组（各项操作仍需本人 PIN；X 清空考评组）",
                           "The last panel is back (every action still takes the member's own PIN; X clears the panel)"));
    return d;
}

void desk_free(desk_screen *d, exam_env *env)
{
    (void)env;
    if (!d) return;
    for (size_t i = 0; i < d->n_papers; i++) free(d->papers[i]);
    free(d->papers);
    free(d->rows);
    free(d);
}

const desk_row *desk_selected(const desk_screen *d)
{
    return d->n ? &d->rows[d->sel] : NULL;
}

void desk_note(desk_screen *d, int bad, const char *msg)
{
    snprintf(d->msg, sizeof d->msg, "%s", msg);
    d->msg_bad = bad;
}

/* ---- drawing ----------------------------------------------------------------------------------- */

static const char *status_text(const desk_row *r, char *buf, size_t len)
{
    if (!r->xa) return xs("未考", "not sat");
    if (!strcmp(r->status, "in_progress")) return xs("进行中（可续考 R）", "in progress (resume: R)");
    if (!strcmp(r->status, "void")) return xs("作废", "void");
    if (!r->result_version) return xs("已考完，待考评员评分（E）", "calls done, examiner scores due (E)");
    snprintf(buf, len, xs("已完成 · 成绩第 %d 版%s", "completed · result v%d%s"), r->result_version,
             r->result_signed ? xs("（已签）", " (signed)") : xs("（未签）", " (not signed)"));
    return buf;
}

static int draw_panel(exam_env *env, int x, int y, int w)
{
    ui_ctx *u = env->u;
    char line[1024];
    int n = snprintf(line, sizeof line, "%s", xs("考评组：", "Panel: "));
    for (int i = 0; i < env->n_panel && n < (int)sizeof line; i++)
        n += snprintf(line + n, sizeof line - (size_t)n, "%s%s", i ? "、" : "", env->panel[i].name);
    int h = ui_text(u, line, 18, UI_TEXT, x, y, w);
    snprintf(line, sizeof line, exam_panel_valid(env)
             ? xs("%d 人（≥3 单数，符合 1.9.3）", "%d examiners (odd, ≥3: meets 1.9.3)")
             : xs("%d 人：需 ≥3 人且为单数（1.9.3），按 A 添加", "%d examiners: 1.9.3 needs an odd number ≥3 (A adds)"),
             env->n_panel);
    return h + ui_text(u, line, 16, exam_panel_valid(env) ? UI_GOOD : UI_BAD, x, y + h, w);
}

static int draw_paper(desk_screen *d, exam_env *env, int x, int y, int w)
{
    char line[1024], lv[32];
    const cs_paper *p = &env->paper;
    snprintf(line, sizeof line, xs("试卷：%s（%s，第 %d 版，%d 分钟）   P 换卷 [%zu/%zu]", "Paper: %s (%s, v%d, %d min)   P next paper [%zu/%zu]"),
             p->title, ui_level(p->level, lv, sizeof lv), p->version, p->minutes, d->paper + 1, d->n_papers);
    return ui_text(env->u, line, 18, UI_TEXT, x, y, w);
}

static void draw_roster(desk_screen *d, exam_env *env, int x, int y, int w, int bottom)
{
    ui_ctx *u = env->u;
    char buf[256];
    y += ui_text(u, xs("考生名单（↑↓ 选择）", "Candidates (↑↓ select)"), 16, UI_ACCENT, x, y, 0) + 6;
    if (!d->n) ui_text(u, xs("还没有考生：N 添加，I 导入 CSV", "No candidates yet: N adds one, I imports a CSV"), 16, UI_DIM, x, y, 0);
    int lh = ui_line_h(u, 18) + 8, rows = (bottom - y) / lh;
    size_t first = rows > 2 && d->sel >= (size_t)rows / 2 ? d->sel - (size_t)rows / 2 : 0;
    for (size_t i = first; i < d->n && y + lh <= bottom; i++, y += lh) {
        const desk_row *r = &d->rows[i];
        if (i == d->sel) ui_fill(u, (SDL_Rect){ x - 8, y, w, lh }, UI_TRAINEE_BUBBLE);
        ui_text(u, r->cand_no, 18, UI_TEXT, x, y + 4, 0);
        ui_text(u, r->name, 18, UI_TEXT, x + w / 5, y + 4, 0);
        ui_text(u, status_text(r, buf, sizeof buf), 16, UI_DIM, x + w * 2 / 5, y + 6, 0);
    }
}

void desk_draw(desk_screen *d, exam_env *env)
{
    ui_ctx *u = env->u;
    const char *help = d->mode != MODE_LIST ? xs("Tab 切换   Enter 确定   Esc 取消", "Tab next field   Enter OK   Esc cancel")
        : xs("A 加考评员  X 清空考评组  N 加考生  I 导入CSV  P 换卷  S 开考  R 续考  V 作废  E 评分  Esc 退出",
             "A add examiner  X clear panel  N add candidate  I import CSV  P paper  S start  R resume  V void  E scores  Esc quit");
    char title[256];
    snprintf(title, sizeof title, "%s · %s", xs("实操考核 · 考务台", "Practical exam · exam desk"), env->lead.name);
    exam_frame(u, title, help);
    int x = 24, w = u->w - 48, y = 72;
    y += draw_paper(d, env, x, y, w) + 6;
    y += draw_panel(env, x, y, w) + 12;
    if (d->msg[0]) y += ui_text(u, d->msg, 16, d->msg_bad ? UI_BAD : UI_GOOD, x, y, w) + 8;
    int bottom = u->h - ui_line_h(u, 14) - 24;
    if (d->mode != MODE_LIST) {
        int fh = d->form.n * (ui_line_h(u, 18) + 20) + (d->form.msg[0] ? ui_line_h(u, 16) * 2 : 0) + 16;
        SDL_Rect box = { 16, bottom - fh - 8, u->w - 32, fh + 8 };
        ui_fill(u, box, UI_WARN);
        form_draw(&d->form, u, x, box.y + 8, w);
        bottom = box.y - 8;
    }
    draw_roster(d, env, x, y, w, bottom);
}

/* ---- forms ------------------------------------------------------------------------------------- */

static void open_form(desk_screen *d, desk_mode mode)
{
    form_reset(&d->form);
    d->mode = mode;
    d->swallow = 1;
    switch (mode) {
    case MODE_EXAMINER:
        form_add(&d->form, xs("考评员姓名（新姓名即新建）", "Examiner name (a new name is created)"), 0);
        form_add(&d->form, xs("该考评员的 PIN", "That examiner's PIN"), 1);
        break;
    case MODE_CANDIDATE:
        form_add(&d->form, xs("考生号", "Candidate no."), 0);
        form_add(&d->form, xs("姓名", "Name"), 0);
        form_add(&d->form, xs("证件号（可空）", "ID number (optional)"), 0);
        break;
    case MODE_IMPORT:
        form_add(&d->form, xs("CSV 文件路径", "CSV file path"), 0);
        break;
    case MODE_VOID:
        form_add(&d->form, xs("作废原因", "Reason for voiding"), 0);
        form_add(&d->form, xs("考评员 PIN", "Examiner PIN"), 1);
        break;
    default: break;
    }
}

static int add_examiner(desk_screen *d, exam_env *env)
{
    char name[NAME_MAX_BYTES], pin[128], err[512];
    int known = 0;
    cs_signer *key = NULL;
    form_value(&d->form, 0, name, sizeof name);
    form_value(&d->form, 1, pin, sizeof pin);
    for (int i = 0; i < env->n_panel; i++)
        if (!strcmp(env->panel[i].name, name)) { form_message(&d->form, 1, "%s", xs("已在考评组中", "Already on the panel")); return -1; }
    if (env->n_panel >= PANEL_MAX) { form_message(&d->form, 1, "%s", xs("考评组已满", "The panel is full")); return -1; }
    if (cs_examiner_known(env->store, name, &known, err, sizeof err) ||
        (!known && cs_examiner_add(env->store, env->lead_key, name, pin, 0, err, sizeof err)) ||
        exam_check_pin(env, name, pin, &key, err, sizeof err)) {
        form_clear_field(&d->form, 1);
        form_message(&d->form, 1, "%s", err);
        return -1;
    }
    env->panel[env->n_panel].id = key->id;
    cs_signer_free(key);
    snprintf(env->panel[env->n_panel++].name, NAME_MAX_BYTES, "%s", name);
    save_panel(env);
    desk_note(d, 0, known ? xs("考评员已登录加入考评组", "Examiner signed in and joined the panel")
                          : xs("已新建考评员并加入考评组", "Examiner created and joined the panel"));
    return 0;
}

static int add_candidate(desk_screen *d, exam_env *env)
{
    char no[64], name[NAME_MAX_BYTES], idn[64], err[512];
    int64_t id;
    form_value(&d->form, 0, no, sizeof no);
    form_value(&d->form, 1, name, sizeof name);
    form_value(&d->form, 2, idn, sizeof idn);
    if (!no[0] || !name[0]) { form_message(&d->form, 1, "%s", xs("考生号和姓名必填", "Candidate no. and name are required")); return -1; }
    if (idn[0] && !cs_id_number_valid(idn)) { form_message(&d->form, 1, "%s", xs("证件号校验位不对（GB 11643）", "ID number fails its check digit (GB 11643)")); return -1; }
    if (cs_exam_candidate(env->store, env->exam_id, no, name, idn, &id, err, sizeof err)) { form_message(&d->form, 1, "%s", err); return -1; }
    desk_refresh(d, env);
    for (size_t i = 0; i < d->n; i++) if (d->rows[i].id == id) d->sel = i;
    desk_note(d, 0, xs("已添加考生", "Candidate added"));
    return 0;
}

static int import_csv(desk_screen *d, exam_env *env)
{
    char path[1024], err[1024];
    size_t len;
    form_value(&d->form, 0, path, sizeof path);
    char *buf = cs_read_file(path, 8u << 20, &len, err, sizeof err);
    cs_roster r;
    int rc = buf ? cs_roster_parse(path, buf, len, &r, err, sizeof err) : -1;
    free(buf);
    if (rc == 0) {
        rc = cs_exam_roster_import(env->store, env->exam_id, path, &r, err, sizeof err); /* all or none */
        if (rc == 0) snprintf(err, sizeof err, xs("已导入 %zu 名考生", "%zu candidate(s) imported"), r.n);
        cs_roster_free(&r);
    }
    if (rc) { form_message(&d->form, 1, "%s", err); return -1; }
    desk_refresh(d, env);
    desk_note(d, 0, err);
    return 0;
}

static int void_sitting(desk_screen *d, exam_env *env)
{
    char reason[512], pin[128], err[512];
    int who;
    cs_signer *key = NULL;
    const desk_row *r = desk_selected(d);
    form_value(&d->form, 0, reason, sizeof reason);
    form_value(&d->form, 1, pin, sizeof pin);
    if (!reason[0]) { form_message(&d->form, 1, "%s", xs("请写明作废原因", "Write the reason")); return -1; }
    int bad = exam_panel_pin(env, pin, &who, &key, err, sizeof err) ||
              cs_exam_attempt_void(env->store, key, r->xa, reason, err, sizeof err);
    cs_signer_free(key);
    if (bad) {
        form_clear_field(&d->form, 1);
        form_message(&d->form, 1, "%s", err);
        return -1;
    }
    desk_refresh(d, env);
    desk_note(d, 0, xs("该场考试已作废，原因已记录", "The sitting is void; the reason is recorded"));
    return 0;
}

static void form_key(desk_screen *d, exam_env *env, const SDL_Event *ev)
{
    form_result fr = form_event(&d->form, ev);
    if (fr == FORM_CANCEL) { d->mode = MODE_LIST; return; }
    if (fr != FORM_SUBMIT) return;
    int rc = -1;
    switch (d->mode) {
    case MODE_EXAMINER: rc = add_examiner(d, env); break;
    case MODE_CANDIDATE: rc = add_candidate(d, env); break;
    case MODE_IMPORT: rc = import_csv(d, env); break;
    case MODE_VOID: rc = void_sitting(d, env); break;
    default: break;
    }
    if (rc == 0) d->mode = MODE_LIST;
}

/* ---- list keys --------------------------------------------------------------------------------- */

/* Why the key does nothing for this candidate: the rule, and what to do instead (issue 15). */
static void refuse(desk_screen *d, const desk_row *r, SDL_Keycode k)
{
    char buf[512], sbuf[128];
    const char *st = status_text(r, sbuf, sizeof sbuf);
    if (k == SDLK_r)
        snprintf(buf, sizeof buf, xs("%s（%s）：只有进行中的考试可以续考（1.9.4 续考不补时），当前为「%s」",
                                     "%s (%s): only a sitting in progress can be resumed (1.9.4: no time back); now \"%s\""),
                 r->name, r->cand_no, st);
    else if (k == SDLK_e && r->result_signed)
        snprintf(buf, sizeof buf, xs("%s（%s）：成绩第 %d 版已签字，不能再改；更正须写明原因，用 callsim exam score --reason",
                                     "%s (%s): result v%d is signed and cannot change; a correction needs a reason: callsim exam score --reason"),
                 r->name, r->cand_no, r->result_version);
    else if (k == SDLK_e)
        snprintf(buf, sizeof buf, xs("%s（%s）：考试完成后才能评分，当前为「%s」", "%s (%s): scores come after the sitting is completed; now \"%s\""),
                 r->name, r->cand_no, st);
    else if (k == SDLK_v && r->result_signed)
        snprintf(buf, sizeof buf, xs("%s（%s）：成绩已签字，不能作废", "%s (%s): the result is signed; it cannot be voided"), r->name, r->cand_no);
    else
        snprintf(buf, sizeof buf, xs("%s（%s）：没有可作废的考试，当前为「%s」", "%s (%s): no sitting to void; now \"%s\""), r->name, r->cand_no, st);
    desk_note(d, 1, buf);
}

static desk_action candidate_action(desk_screen *d, exam_env *env, SDL_Keycode k)
{
    const desk_row *r = desk_selected(d);
    if (!r) { desk_note(d, 1, xs("请先添加考生", "Add a candidate first")); return DESK_STAY; }
    int open = r->xa && !strcmp(r->status, "in_progress"), done = r->xa && !strcmp(r->status, "completed");
    if ((k == SDLK_s || k == SDLK_r) && !exam_panel_valid(env)) {
        desk_note(d, 1, xs("考评组需 ≥3 人且为单数（1.9.3）：按 A 添加考评员", "1.9.3: the panel needs an odd number ≥3 (A adds)"));
        return DESK_STAY;
    }
    if (k == SDLK_s && open) { desk_note(d, 1, xs("该考生有未完成的考试：R 续考或 V 作废", "This candidate has a sitting in progress: R resumes, V voids")); return DESK_STAY; }
    if (k == SDLK_s) return DESK_START;
    if (k == SDLK_r && open) return DESK_RESUME;
    if (k == SDLK_e && done && !r->result_signed) return DESK_SCORES;
    if (k == SDLK_v && (open || (done && !r->result_signed))) { open_form(d, MODE_VOID); return DESK_STAY; }
    refuse(d, r, k);
    return DESK_STAY;
}

static void next_paper(desk_screen *d, exam_env *env)
{
    char err[1024];
    size_t i = (d->paper + 1) % d->n_papers;
    if (load_paper(d, env, i, err, sizeof err)) { desk_note(d, 1, err); return; }
    d->sel = 0;
    desk_refresh(d, env);
    desk_note(d, 0, "");
}

desk_action desk_event(desk_screen *d, exam_env *env, const SDL_Event *ev)
{
    if (d->mode != MODE_LIST && d->swallow && ev->type == SDL_TEXTINPUT) { d->swallow = 0; return DESK_STAY; }
    if (ev->type == SDL_KEYDOWN) d->swallow = 0;
    if (d->mode != MODE_LIST) { form_key(d, env, ev); return DESK_STAY; }
    if (ev->type != SDL_KEYDOWN) return DESK_STAY;
    SDL_Keycode k = ev->key.keysym.sym;
    switch (k) {
    case SDLK_UP: if (d->sel > 0) d->sel--; break;
    case SDLK_DOWN: if (d->sel + 1 < d->n) d->sel++; break;
    case SDLK_a: open_form(d, MODE_EXAMINER); break;
    case SDLK_n: open_form(d, MODE_CANDIDATE); break;
    case SDLK_i: open_form(d, MODE_IMPORT); break;
    case SDLK_p: next_paper(d, env); break;
    case SDLK_x: /* the panel leaves, but the examiner signed in at the window */
        env->n_panel = env->n_panel ? 1 : 0;
        save_panel(env);
        desk_note(d, 0, xs("考评组已清空，只剩登录的考评员；按 A 添加", "The panel is cleared to the signed-in examiner; A adds"));
        break;
    case SDLK_s: case SDLK_r: case SDLK_v: case SDLK_e: return candidate_action(d, env, k);
    case SDLK_ESCAPE: return DESK_QUIT;
    default: break;
    }
    return DESK_STAY;
}
