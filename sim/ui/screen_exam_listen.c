/* The recorded replies of a sitting (see screen_exam_listen.h). */
#include "screen_exam_listen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "screen_signin.h"
#include "voice_store.h"

#define LINES_MAX 256

typedef struct {
    int question;
    int64_t attempt_id, seq;
    double seconds;
    char *text; /* owned */
} listen_line;

struct listen_screen {
    int64_t xa;
    cs_paper paper;
    listen_line lines[LINES_MAX];
    size_t n, sel;
    char msg[512];
    int msg_bad;
};

static int question_of(const cs_paper *p, int part)
{
    int k = 0;
    for (size_t i = 0; i < cs_paper_n_parts(p) && (int)i <= part; i++) k += cs_paper_part_at(p, i, NULL)->kind == CS_PART_SCENARIO;
    return k;
}

static int add_line(const cs_voice_sitting_row *r, void *ctx)
{
    listen_screen *l = ctx;
    if (l->n == LINES_MAX) return 1;
    listen_line *ln = &l->lines[l->n++];
    ln->question = question_of(&l->paper, r->part);
    ln->attempt_id = r->attempt_id;
    ln->seq = r->seq;
    ln->seconds = r->seconds;
    ln->text = cs_strdup(r->text ? r->text : "");
    return 0;
}

listen_screen *listen_new(exam_env *env, int64_t xa, char *err, size_t errlen)
{
    listen_screen *l = calloc(1, sizeof *l);
    if (!l) { snprintf(err, errlen, "out of memory"); return NULL; }
    l->xa = xa;
    if (cs_exam_attempt_paper(env->store, xa, &l->paper, err, errlen)) { free(l); return NULL; }
    if (cs_voice_sitting_each(env->store, xa, add_line, l, err, errlen)) { listen_free(l); return NULL; }
    return l;
}

void listen_free(listen_screen *l)
{
    if (!l) return;
    for (size_t i = 0; i < l->n; i++) free(l->lines[i].text);
    cs_paper_free(&l->paper);
    free(l);
}

void listen_draw(listen_screen *l, exam_env *env)
{
    ui_ctx *u = env->u;
    char buf[1024], who[512];
    snprintf(buf, sizeof buf, xs("考生录音（%zu 段）　·　%s", "The candidate's recordings (%zu)  ·  %s"), l->n,
             exam_candidate_line(env, l->xa, who, sizeof who));
    exam_frame(u, buf, xs("↑↓ 选择   P 播放   Esc 返回", "↑↓ select   P play   Esc back"));
    int x = 40, y = 80, w = u->w - 80;
    if (!l->n) {
        ui_text(u, xs("没有录音：考生的回复只有文字（本机无麦克风，或试卷不要求录音）。",
                      "No recordings: the replies were typed only (no microphone, or the paper records nothing)."), 18, UI_DIM, x, y, w);
        return;
    }
    if (l->msg[0]) y += ui_text(u, l->msg, 16, l->msg_bad ? UI_BAD : UI_GOOD, x, y, w) + 10;
    int lh = ui_line_h(u, 18) + 10;
    size_t rows = (size_t)((u->h - y - 60) / lh), first = rows && l->sel >= rows ? l->sel - rows + 1 : 0;
    for (size_t i = first; i < l->n && y + lh < u->h - 40; i++, y += lh) {
        const listen_line *ln = &l->lines[i];
        if (i == l->sel) ui_fill(u, (SDL_Rect){ x - 8, y - 2, w + 16, lh }, UI_TRAINEE_BUBBLE);
        snprintf(buf, sizeof buf, xs("第%d题　%.1f 秒", "Q%d  %.1f s"), ln->question, ln->seconds);
        ui_text(u, buf, 16, UI_DIM, x, y + 2, 0);
        ui_text(u, ln->text, 18, UI_TEXT, x + 180, y, w - 180);
    }
}

int listen_event(listen_screen *l, exam_env *env, const SDL_Event *ev)
{
    if (ev->type != SDL_KEYDOWN) return 0;
    SDL_Keycode k = ev->key.keysym.sym;
    if (k == SDLK_ESCAPE) return 1;
    if (k == SDLK_UP && l->sel > 0) l->sel--;
    if (k == SDLK_DOWN && l->sel + 1 < l->n) l->sel++;
    if (k == SDLK_p && l->n) {
        const listen_line *ln = &l->lines[l->sel];
        l->msg_bad = exam_play_clip(env, ln->attempt_id, ln->seq, l->msg, sizeof l->msg) != 0;
    }
    return 0;
}
