/* Examiner scores and the result. Each examiner's scores are stored as soon as they are confirmed
 * (insert-only), so a window closed half-way keeps them; E on the desk takes the entry up again. */
#include "screen_exam_scores.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_ledger.h"
#include "exam_review.h"
#include "screen_exam_listen.h"
#include "screen_exam_review.h"
#include "screen_signin.h"
#include "ui_form.h"
#include "ui_strings.h"

#define MAX_ITEMS (FORM_MAX_FIELDS - 1)  /* the last field is the PIN */

typedef enum { SC_ENTER, SC_RESULT, SC_SIGN, SC_REVIEW } sc_state;

struct scores_screen {
    sc_state state;
    int64_t xa;
    cs_paper paper;
    const char *items[MAX_ITEMS];
    int n_items, examiner;  /* examiner: index in the panel now entering */
    ui_form form;
    cs_exam_score sc;
    int version, signed_;
    int swallow;  /* the S that opened the sign form also arrives as text: drop it */
    review_screen *review;  /* SC_REVIEW: the grader's verdicts before the panel */
    listen_screen *listen;  /* over any state: the candidate's recorded replies (F5) */
    size_t undecided;       /* verdicts the panel has not decided yet: no signing (exam_review.h) */
    char msg[1024];
    char receipt[CS_RECEIPT_MAX]; /* the ledger's head once signed here: for the paper record */
};

static void entry_form(scores_screen *s, exam_env *env)
{
    char label[256];
    form_reset(&s->form);
    for (int i = 0; i < s->n_items; i++) {
        snprintf(label, sizeof label, "%s (0–100)", s->items[i]);
        form_add(&s->form, label, 0);
    }
    snprintf(label, sizeof label, xs("%s 的 PIN", "PIN of %s"), env->panel[s->examiner].name);
    form_add(&s->form, label, 1);
}

/* The result as it stands; stored as version 1 when complete and not stored yet. */
static void evaluate(scores_screen *s, exam_env *env)
{
    size_t n = cs_paper_n_parts(&s->paper);
    double *parts = calloc(n + 1, sizeof *parts);
    char *detail = NULL;
    s->state = SC_RESULT;
    s->msg[0] = 0;
    if (!parts || cs_exam_evaluate(env->store, s->xa, &s->paper, parts, &s->sc, &detail, s->msg, sizeof s->msg)) {
        free(parts);
        return;
    }
    free(detail);
    free(parts);
    if (cs_exam_review_undecided(env->store, s->xa, &s->undecided, NULL, 0, s->msg, sizeof s->msg)) return;
    if (cs_exam_result_latest(env->store, s->xa, &s->version, &s->signed_, s->msg, sizeof s->msg) == 0 && !s->version &&
        !s->sc.pending) {
        cs_exam_score stored;
        if (cs_exam_result_store(env->store, s->xa, env->lead.name, NULL, &s->version, &stored, s->msg, sizeof s->msg) == 0)
            s->sc = stored;
    }
}

scores_screen *scores_new(exam_env *env, int64_t xa, char *err, size_t errlen)
{
    scores_screen *s = calloc(1, sizeof *s);
    if (!s) { snprintf(err, errlen, "out of memory"); return NULL; }
    s->xa = xa;
    if (cs_exam_attempt_paper(env->store, xa, &s->paper, err, errlen)) { free(s); return NULL; }
    for (size_t i = 0; i < cs_paper_n_parts(&s->paper) && s->n_items < MAX_ITEMS; i++) {
        const cs_paper_part *pt = cs_paper_part_at(&s->paper, i, NULL);
        if (pt->kind == CS_PART_EXAMINER) s->items[s->n_items++] = pt->name;
    }
    if (s->n_items) entry_form(s, env);
    else evaluate(s, env);
    return s;
}

void scores_free(scores_screen *s)
{
    if (!s) return;
    cs_paper_free(&s->paper);
    review_free(s->review);
    listen_free(s->listen);
    free(s);
}

/* ---- drawing ----------------------------------------------------------------------------------- */

static int draw_areas(scores_screen *s, ui_ctx *u, int x, int y, int w)
{
    char line[512];
    int y0 = y;
    for (size_t a = 0; a < s->paper.n_areas; a++) {
        const cs_paper_area *ar = &s->paper.areas[a];
        double v = s->sc.area_score[a];
        if (isnan(v)) snprintf(line, sizeof line, "%s   %s %.0f%%   %s", cs_area_name(ar->area), xs("权重", "weight"), ar->weight, xs("待评", "pending"));
        else snprintf(line, sizeof line, "%s   %s %.0f%%   %.1f", cs_area_name(ar->area), xs("权重", "weight"), ar->weight, v);
        y += ui_text(u, line, 20, UI_TEXT, x, y, w) + 8;
    }
    return y - y0;
}

static void draw_result(scores_screen *s, exam_env *env)
{
    ui_ctx *u = env->u;
    char buf[512];
    int x = 40, y = 80, w = u->w - 80;
    y += ui_text(u, s->paper.title, 18, UI_DIM, x, y, w) + 16;
    y += draw_areas(s, u, x, y, w) + 16;
    if (s->sc.verdict == CS_VERDICT_PENDING || isnan(s->sc.total))
        snprintf(buf, sizeof buf, xs("总分：待评（%zu 项未评）", "Total: pending (%zu items unscored)"), s->sc.pending);
    else
        snprintf(buf, sizeof buf, xs("总分 %.1f / 100", "Total %.1f / 100"), s->sc.total);
    int h = ui_text(u, buf, 34, UI_TEXT, x, y, 0);
    if (s->sc.verdict != CS_VERDICT_PENDING) {
        int pass = s->sc.verdict == CS_VERDICT_PASSED;
        ui_text(u, pass ? xs("合格（≥60）", "PASSED (≥60)") : xs("不合格（<60）", "FAILED (<60)"), 34, pass ? UI_GOOD : UI_BAD,
                x + ui_text_w(u, buf, 34) + 30, y, 0);
    }
    y += h + 12;
    if (s->version) {
        snprintf(buf, sizeof buf, xs("成绩第 %d 版%s", "Result version %d%s"), s->version,
                 s->signed_ ? xs("，已签字，不可更改", ", signed: it can no longer change") : xs("，未签字", ", not signed"));
        y += ui_text(u, buf, 18, s->signed_ ? UI_GOOD : UI_DIM, x, y, w) + 8;
    }
    if (s->signed_ && s->receipt[0]) {
        snprintf(buf, sizeof buf, xs("账本回执：%s（请抄在考场记录上：日后核对成绩库时，凭它可知签字后的记录有无被删）",
                                     "Ledger receipt: %s (write it on the sitting's paper record: it later shows whether "
                                     "anything signed was cut from the database)"), s->receipt);
        y += ui_text(u, buf, 18, UI_TEXT, x, y, w) + 8;
    }
    if (s->undecided) {
        snprintf(buf, sizeof buf, xs("还有 %zu 项评分疑点待考评组裁定，裁定前不能签字：按 R 审核",
                                     "%zu of the grader's verdicts await the panel; no signing before: R to review"), s->undecided);
        y += ui_text(u, buf, 18, UI_BAD, x, y, w) + 8;
    }
    if (s->msg[0]) y += ui_text(u, s->msg, 16, UI_BAD, x, y, w) + 8;
    if (s->state == SC_SIGN) form_draw(&s->form, u, x, y + 8, w / 2);
}

void scores_draw(scores_screen *s, exam_env *env)
{
    ui_ctx *u = env->u;
    char title[1024];
    if (s->listen) { listen_draw(s->listen, env); return; }
    if (s->state == SC_ENTER) {
        char who[512];
        snprintf(title, sizeof title, xs("考评员评分 %d / %d：%s　·　%s", "Examiner scores %d of %d: %s  ·  %s"), s->examiner + 1, env->n_panel,
                 env->panel[s->examiner].name, exam_candidate_line(env, s->xa, who, sizeof who));
        exam_frame(u, title, xs("Tab 切换   Enter 确定（需本人 PIN）   F5 听考生录音", "Tab next field   Enter confirm (own PIN)   F5 hear the recordings"));
        int y = 80 + ui_text(u, xs("各考评员独立评分，合成取中位数（1.9.3）。", "Each examiner scores alone; the panel's score is the median (1.9.3)."),
                             16, UI_DIM, 40, 80, u->w - 80) + 16;
        form_draw(&s->form, u, 40, y, u->w * 2 / 3);
        return;
    }
    if (s->listen) { listen_draw(s->listen, env); return; }
    if (s->state == SC_REVIEW) { review_draw(s->review, env); return; }
    char who[512];
    snprintf(title, sizeof title, "%s　·　%s", xs("考核成绩", "Exam result"), exam_candidate_line(env, s->xa, who, sizeof who));
    exam_frame(u, title,
               s->state == SC_SIGN ? xs("Enter 签字   Esc 取消", "Enter sign   Esc cancel")
                                   : xs("S 签字确认   R 审核评分疑点   F5 听录音   Enter/Esc 返回考务台", "S sign   R review verdicts   F5 recordings   Enter/Esc back to the desk"));
    draw_result(s, env);
}

/* ---- events ------------------------------------------------------------------------------------ */

static int parse_score(const char *s, double *v)
{
    char *end;
    errno = 0;
    *v = strtod(s, &end);
    return *s && !*end && !errno && *v >= 0 && *v <= 100 ? 0 : -1;
}

static void submit_scores(scores_screen *s, exam_env *env)
{
    char buf[128], pin[128], err[512];
    double v[MAX_ITEMS];
    for (int i = 0; i < s->n_items; i++)
        if (parse_score(form_value(&s->form, i, buf, sizeof buf), &v[i])) {
            form_message(&s->form, 1, xs("%s：请输入 0 到 100 的分数", "%s: enter a score from 0 to 100"), s->items[i]);
            s->form.focus = i;
            return;
        }
    cs_signer *key = NULL;
    form_value(&s->form, s->n_items, pin, sizeof pin);
    if (exam_check_pin(env, env->panel[s->examiner].name, pin, &key, err, sizeof err)) {
        form_clear_field(&s->form, s->n_items);
        form_message(&s->form, 1, "%s", err);
        return;
    }
    for (int i = 0; i < s->n_items; i++)
        if (cs_exam_score_add(env->store, key, s->xa, s->items[i], v[i], err, sizeof err)) {
            form_message(&s->form, 1, "%s", err);
            cs_signer_free(key);
            return;
        }
    cs_signer_free(key);
    if (++s->examiner < env->n_panel) entry_form(s, env);
    else evaluate(s, env);
}

static void submit_sign(scores_screen *s, exam_env *env)
{
    char pin[128], err[512];
    int who;
    cs_signer *key = NULL;
    form_value(&s->form, 0, pin, sizeof pin);
    size_t open = 0;
    char list[600];
    if (cs_exam_review_undecided(env->store, s->xa, &open, list, sizeof list, err, sizeof err) == 0 && open) {
        form_clear_field(&s->form, 0);
        form_message(&s->form, 1, xs("不能签字：%zu 项评分疑点未经考评组多数裁定（国家职业技能标准 1.9.3）：%s。Esc 后按 R 审核",
                                     "Not signed: %zu of the grader's verdicts not yet decided by the panel's majority (1.9.3): %s. Esc, then R to review"),
                     open, list);
        return;
    }
    int bad = exam_panel_pin(env, pin, &who, &key, err, sizeof err) ||
              cs_exam_result_sign(env->store, key, s->xa, err, sizeof err);
    cs_signer_free(key);
    if (bad) {
        form_clear_field(&s->form, 0);
        form_message(&s->form, 1, "%s", err);
        return;
    }
    s->signed_ = 1;
    s->state = SC_RESULT;
    /* the receipt that later proves nothing signed up to here was cut off (exam_ledger.h) */
    if (cs_ledger_receipt(env->store, s->receipt, sizeof s->receipt, err, sizeof err)) s->receipt[0] = '\0';
}

int scores_event(scores_screen *s, exam_env *env, const SDL_Event *ev)
{
    /* the recordings beside the transcript, while scoring or after (issue 15) */
    if (s->listen) {
        if (listen_event(s->listen, env, ev)) { listen_free(s->listen); s->listen = NULL; }
        return 0;
    }
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.sym == SDLK_F5 && s->state != SC_SIGN && s->state != SC_REVIEW) {
        s->listen = listen_new(env, s->xa, s->msg, sizeof s->msg);
        return 0;
    }
    if (s->state == SC_ENTER) {
        if (form_event(&s->form, ev) == FORM_SUBMIT) submit_scores(s, env);
        return 0;  /* no way out before the panel has scored: the desk's E takes it up again */
    }
    if (s->state == SC_SIGN) {
        if (s->swallow && ev->type == SDL_TEXTINPUT) { s->swallow = 0; return 0; }
        if (ev->type == SDL_KEYDOWN) s->swallow = 0;
        form_result fr = form_event(&s->form, ev);
        if (fr == FORM_SUBMIT) submit_sign(s, env);
        else if (fr == FORM_CANCEL) s->state = SC_RESULT;
        return 0;
    }
    if (s->state == SC_REVIEW) {
        if (review_event(s->review, env, ev)) {
            review_free(s->review);
            s->review = NULL;
            evaluate(s, env); /* the decisions may have moved the score */
        }
        return 0;
    }
    if (ev->type != SDL_KEYDOWN) return 0;
    SDL_Keycode k = ev->key.keysym.sym;
    if (k == SDLK_r) {
        s->review = review_new(env, s->xa, s->msg, sizeof s->msg);
        if (s->review) s->state = SC_REVIEW;
        return 0;
    }
    if (k == SDLK_s && s->version && !s->signed_) {
        form_reset(&s->form);
        form_add(&s->form, xs("签字考评员 PIN", "Signing examiner's PIN"), 1);
        s->state = SC_SIGN;
        s->swallow = 1;
        return 0;
    }
    return k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_ESCAPE;
}
