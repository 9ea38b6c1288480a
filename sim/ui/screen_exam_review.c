/* The review of the grader's verdicts at the exam desk (see screen_exam_review.h). The rows are
 * read again from the store after every decision, so the screen always shows what is recorded. */
#include "screen_exam_review.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "exam_review.h"
#include "screen_signin.h"
#include "ui_form.h"
#include "voice_clip.h"
#include "voice_store.h"

#define ROWS_MAX 64

typedef struct {
    char handle[80], scenario[128];
    int question, fails_call, verdict, confirms, overrules;
    int64_t attempt_id, seq;
    double spoken;             /* seconds recorded of this reply (0: typed only) */
    double confidence;
    cs_review_state state;
    char *caller, *reply, *expect, *reason, *votes; /* owned */
    const char *expect_label;  /* the phrase's name as the panel reads it (the bank's), or expect */
} review_item;

struct review_screen {
    int64_t xa;
    review_item rows[ROWS_MAX];
    size_t n, sel, undecided;
    int panel, need;
    int deciding, overrule, swallow;  /* the PIN form is open for a confirm/overrule */
    ui_form form;
    char msg[1024];
    int msg_bad;
};

static void rows_free(review_screen *r)
{
    for (size_t i = 0; i < r->n; i++) {
        review_item *it = &r->rows[i];
        free(it->caller);
        free(it->reply);
        free(it->expect);
        free(it->reason);
        free(it->votes);
    }
    r->n = 0;
}

typedef struct {
    char buf[2048];
} votes_ctx;

static int add_vote(const cs_review_vote *v, void *ctx)
{
    votes_ctx *c = ctx;
    size_t at = strlen(c->buf);
    int over = v->decision && !strcmp(v->decision, "overrule");
    snprintf(c->buf + at, sizeof c->buf - at, "%s%.19s  %s  %s%s%s", at ? "\n" : "", v->at ? v->at : "",
             v->examiner ? v->examiner : "?", over ? xs("推翻", "overrule") : xs("维持", "confirm"), v->reason ? "：" : "",
             v->reason ? v->reason : "");
    return 0;
}

typedef struct {
    review_screen *r;
    exam_env *env;
} load_ctx;

static int add_row(const cs_review_row *row, void *ctx)
{
    load_ctx *c = ctx;
    review_screen *r = c->r;
    if (r->n == ROWS_MAX) return 1;
    review_item *it = &r->rows[r->n++];
    memset(it, 0, sizeof *it);
    snprintf(it->handle, sizeof it->handle, "%s", row->handle);
    snprintf(it->scenario, sizeof it->scenario, "%s", row->scenario_id ? row->scenario_id : "");
    it->question = row->question;
    it->fails_call = row->fails_call;
    it->verdict = row->verdict;
    it->confidence = row->confidence;
    it->confirms = row->confirms;
    it->overrules = row->overrules;
    it->state = row->state;
    it->attempt_id = row->attempt_id;
    it->seq = row->seq;
    unsigned char *clip = NULL;
    size_t len = 0;
    char e2[256];
    if (cs_voice_get(c->env->store, row->attempt_id, row->seq, &clip, &len, e2, sizeof e2) == 0 && clip)
        it->spoken = cs_clip_seconds(clip, len);
    free(clip);
    it->caller = row->caller_line ? cs_strdup(row->caller_line) : NULL;
    it->reply = cs_strdup(row->reply ? row->reply : "");
    it->expect = row->expect ? cs_strdup(row->expect) : NULL;
    it->expect_label = it->expect && c->env->bank ? cs_bank_label(c->env->bank, it->expect) : it->expect;
    it->reason = row->reason ? cs_strdup(row->reason) : NULL;
    votes_ctx v = { "" };
    char err[256];
    cs_exam_review_votes(c->env->store, r->xa, row->attempt_uid, row->item, add_vote, &v, err, sizeof err);
    it->votes = cs_strdup(v.buf);
    if (row->state == CS_REVIEW_UNDECIDED) r->undecided++;
    return 0;
}

static int load(review_screen *r, exam_env *env, char *err, size_t errlen)
{
    rows_free(r);
    r->undecided = 0;
    load_ctx c = { r, env };
    if (cs_exam_review_panel(env->store, r->xa, &r->panel, &r->need, err, errlen) ||
        cs_exam_review_each(env->store, r->xa, add_row, &c, err, errlen))
        return -1;
    if (r->sel >= r->n) r->sel = r->n ? r->n - 1 : 0;
    return 0;
}

review_screen *review_new(exam_env *env, int64_t xa, char *err, size_t errlen)
{
    review_screen *r = calloc(1, sizeof *r);
    if (!r) { snprintf(err, errlen, "out of memory"); return NULL; }
    r->xa = xa;
    if (load(r, env, err, errlen)) { review_free(r); return NULL; }
    return r;
}

void review_free(review_screen *r)
{
    if (!r) return;
    rows_free(r);
    free(r);
}

size_t review_undecided(const review_screen *r)
{
    return r->undecided;
}

/* ---- drawing ----------------------------------------------------------------------------------- */

static const char *state_text(const review_item *it)
{
    return it->state == CS_REVIEW_CONFIRMED ? xs("已决：维持", "decided: confirmed")
         : it->state == CS_REVIEW_OVERRULED ? xs("已决：推翻", "decided: overruled")
                                             : xs("未决", "undecided");
}

static int draw_detail(review_screen *r, ui_ctx *u, int x, int y, int w)
{
    const review_item *it = &r->rows[r->sel];
    char buf[1024];
    int y0 = y;
    snprintf(buf, sizeof buf, "%s %s", xs("客户：", "Caller:"), it->caller ? it->caller : xs("（此前无客户发言）", "(no caller line before it)"));
    y += ui_text(u, buf, 18, UI_DIM, x, y, w) + 8;
    snprintf(buf, sizeof buf, "%s %s", xs("考生：", "Candidate:"), it->reply);
    y += ui_text(u, buf, 22, UI_TEXT, x, y, w) + 4;
    if (it->spoken > 0) snprintf(buf, sizeof buf, xs("录音 %.1f 秒：按 P 播放", "Recorded %.1f s: P plays it"), it->spoken);
    else snprintf(buf, sizeof buf, "%s", xs("该回复没有录音（仅文字）", "This reply was not recorded (typed only)"));
    y += ui_text(u, buf, 16, it->spoken > 0 ? UI_ACCENT : UI_DIM, x, y, w) + 10;
    if (it->fails_call)
        snprintf(buf, sizeof buf, xs("评分程序：本通话不合格（置信度 %.2f）", "Grader: FAILS THE CALL (confidence %.2f)"), it->confidence);
    else
        snprintf(buf, sizeof buf, xs("评分程序：%s「%s」（置信度 %.2f）", "Grader: %s the phrase '%s' (confidence %.2f)"),
                 it->verdict ? xs("是", "IS") : xs("不是", "is NOT"),
                 it->expect_label ? xs(it->expect_label, it->expect) : "?", it->confidence);
    y += ui_text(u, buf, 18, it->fails_call ? UI_BAD : UI_ACCENT, x, y, w) + 6;
    if (it->reason) y += ui_text(u, it->reason, 16, UI_DIM, x, y, w) + 10;
    snprintf(buf, sizeof buf, xs("%s：维持 %d，推翻 %d；需 %d / %d 位考评员一致（1.9.3）", "%s: %d confirm, %d overrule; takes %d of %d examiners (1.9.3)"),
             state_text(it), it->confirms, it->overrules, r->need, r->panel);
    y += ui_text(u, buf, 18, it->state == CS_REVIEW_UNDECIDED ? UI_ACCENT : UI_GOOD, x, y, w) + 6;
    if (it->votes && it->votes[0]) y += ui_text(u, it->votes, 16, UI_DIM, x, y, w) + 6;
    return y - y0;
}

void review_draw(review_screen *r, exam_env *env)
{
    ui_ctx *u = env->u;
    char buf[1024], who[512];
    snprintf(buf, sizeof buf, xs("审核评分疑点（%zu 项，未决 %zu）　·　%s", "Review of the grader's verdicts (%zu, %zu undecided)  ·  %s"), r->n,
             r->undecided, exam_candidate_line(env, r->xa, who, sizeof who));
    exam_frame(u, buf, r->deciding ? xs("Enter 确定（本人 PIN）   Esc 取消", "Enter confirm (own PIN)   Esc cancel")
                                   : xs("↑↓ 选择   P 播放录音   C 维持   O 推翻   Esc 返回", "↑↓ select   P play recording   C confirm   O overrule   Esc back"));
    int x = 40, y = 80, w = u->w - 80, lw = w / 3;
    if (!r->n) {
        ui_text(u, xs("没有需要考评员审核的评分：评分程序都有把握，也没有导致不合格的回复。",
                      "Nothing to review: the grader is sure of every verdict and no reply fails a call."), 18, UI_DIM, x, y, w);
        return;
    }
    int ly = y;
    for (size_t i = 0; i < r->n && ly < u->h - 120; i++) {
        const review_item *it = &r->rows[i];
        snprintf(buf, sizeof buf, xs("第%d题 %s  %s", "Call %d %s  %s"), it->question,
                 it->fails_call ? xs("不合格", "fails") : xs("用语", "phrase"), state_text(it));
        if (i == r->sel) ui_fill(u, (SDL_Rect){ x - 6, ly - 2, lw, ui_line_h(u, 18) + 4 }, UI_PANEL);
        ly += ui_text(u, buf, 18, it->state == CS_REVIEW_UNDECIDED ? UI_ACCENT : UI_GOOD, x, ly, lw - 12) + 8;
    }
    int dx = x + lw + 20, dy = y + draw_detail(r, u, dx, y, w - lw - 20) + 12;
    if (r->deciding) form_draw(&r->form, u, dx, dy, (w - lw) / 2);
    else if (r->msg[0]) ui_text(u, r->msg, 16, r->msg_bad ? UI_BAD : UI_GOOD, dx, dy, w - lw - 20);
}

/* ---- events ------------------------------------------------------------------------------------ */

static void decide(review_screen *r, exam_env *env)
{
    char pin[128], err[1024], why[256];
    int who = -1;
    cs_signer *key = NULL;
    double score = 0;
    int version = 0;
    review_item *it = &r->rows[r->sel];
    form_value(&r->form, 0, pin, sizeof pin);
    if (exam_panel_pin(env, pin, &who, &key, err, sizeof err) ||
        cs_exam_review_decide(env->store, key, env->bank, r->xa, it->handle, r->overrule, NULL, &score, err, sizeof err)) {
        cs_signer_free(key);
        form_clear_field(&r->form, 0);
        form_message(&r->form, 1, "%s", err);
        return;
    }
    snprintf(why, sizeof why, "panel review: %s %s by %s", it->handle, r->overrule ? "overrule" : "confirm", key->name);
    int bad = cs_exam_review_sync_result(env->store, r->xa, key->name, why, &version, err, sizeof err);
    if (bad) snprintf(r->msg, sizeof r->msg, "%s", err);
    else snprintf(r->msg, sizeof r->msg, xs("%s：%s 已记录（该题按目前决定计 %.1f 分）", "%s: %s recorded (the call now scores %.1f)"),
                  key->name, r->overrule ? xs("推翻", "overrule") : xs("维持", "confirm"), score);
    r->msg_bad = bad;
    cs_signer_free(key);
    r->deciding = 0;
    if (load(r, env, err, sizeof err)) { snprintf(r->msg, sizeof r->msg, "%s", err); r->msg_bad = 1; }
}

static void play(review_screen *r, exam_env *env)
{
    const review_item *it = &r->rows[r->sel];
    r->msg_bad = exam_play_clip(env, it->attempt_id, it->seq, r->msg, sizeof r->msg) != 0;
}

int review_event(review_screen *r, exam_env *env, const SDL_Event *ev)
{
    if (r->deciding) {
        if (r->swallow && ev->type == SDL_TEXTINPUT) { r->swallow = 0; return 0; }
        if (ev->type == SDL_KEYDOWN) r->swallow = 0;
        form_result fr = form_event(&r->form, ev);
        if (fr == FORM_SUBMIT) decide(r, env);
        else if (fr == FORM_CANCEL) r->deciding = 0;
        return 0;
    }
    if (ev->type != SDL_KEYDOWN) return 0;
    SDL_Keycode k = ev->key.keysym.sym;
    if (k == SDLK_ESCAPE) return 1;
    if (k == SDLK_UP && r->sel > 0) r->sel--;
    if (k == SDLK_DOWN && r->sel + 1 < r->n) r->sel++;
    if (k == SDLK_p && r->n) play(r, env);
    if ((k == SDLK_c || k == SDLK_o) && r->n) {
        r->overrule = k == SDLK_o;
        form_reset(&r->form);
        form_add(&r->form, r->overrule ? xs("推翻：考评员本人 PIN", "Overrule: the examiner's own PIN")
                                       : xs("维持：考评员本人 PIN", "Confirm: the examiner's own PIN"), 1);
        r->deciding = 1;
        r->swallow = 1;
        r->msg[0] = 0;
    }
    return 0;
}
