/* Examiner sign-in. */
#include "screen_signin.h"

#include <stdio.h>
#include <string.h>

int signin_init(signin_screen *s, exam_env *env, char *err, size_t errlen)
{
    int64_t n = 0;
    if (cs_examiner_keyed(env->store, &n, err, errlen)) return -1; /* none with a key: set the centre up */
    s->create = n == 0;
    form_reset(&s->form);
    form_add(&s->form, xs("考评员姓名", "Examiner name"), 0);
    form_add(&s->form, "PIN", 1);
    if (s->create) form_add(&s->form, xs("再输一次 PIN", "PIN again"), 1);
    return 0;
}

void exam_frame(ui_ctx *u, const char *title, const char *help)
{
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, 56 }, UI_ACCENT);
    ui_text(u, title, 22, UI_WHITE, 16, (56 - ui_line_h(u, 22)) / 2, 0);
    if (help) ui_text(u, help, 14, UI_DIM, 24, u->h - ui_line_h(u, 14) - 12, 0);
}

void signin_draw(signin_screen *s, exam_env *env)
{
    ui_ctx *u = env->u;
    exam_frame(u, xs("实操考核 · 考评员登录", "Practical exam · examiner sign-in"),
               xs("Tab 切换   Enter 确定   Esc 退出", "Tab next field   Enter OK   Esc quit"));
    int w = u->w < 900 ? u->w - 80 : 760, x = (u->w - w) / 2, y = 110;
    const char *what = s->create
        ? xs("数据库中还没有考评员：创建第一位考评员，即本考点管理员（PIN 至少 6 位数字，或至少 10 个字符的口令）。",
             "No examiner in this database yet: create the first examiner, this centre's administrator (a PIN of 6+ digits or a passphrase of 10+ characters).")
        : xs("请考评员输入姓名和 PIN。", "Examiner: enter your name and PIN.");
    y += ui_text(u, what, 18, UI_TEXT, x, y, w) + 20;
    form_draw(&s->form, u, x, y, w);
}

static signin_result submit(signin_screen *s, exam_env *env)
{
    char name[NAME_MAX_BYTES], pin[128], again[128], err[512];
    form_value(&s->form, 0, name, sizeof name);
    form_value(&s->form, 1, pin, sizeof pin);
    if (!name[0]) { form_message(&s->form, 1, "%s", xs("请输入姓名", "Enter a name")); return SIGNIN_STAY; }
    if (s->create) {
        form_value(&s->form, 2, again, sizeof again);
        if (strcmp(pin, again)) { form_message(&s->form, 1, "%s", xs("两次 PIN 不一致", "The PINs differ")); return SIGNIN_STAY; }
        /* the database's first examiner: the exam centre's administrator (issue 12) */
        if (cs_examiner_add(env->store, NULL, name, pin, 1, err, sizeof err)) { form_message(&s->form, 1, "%s", err); return SIGNIN_STAY; }
    }
    cs_signer *key = NULL;
    if (exam_check_pin(env, name, pin, &key, err, sizeof err)) {
        form_clear_field(&s->form, 1);
        form_message(&s->form, 1, "%s", err);
        return SIGNIN_STAY;
    }
    env->lead.id = key->id;
    cs_signer_free(env->lead_key);
    env->lead_key = key;
    snprintf(env->lead.name, sizeof env->lead.name, "%s", name);
    env->panel[0] = env->lead;
    env->n_panel = 1;
    return SIGNIN_DONE;
}

signin_result signin_event(signin_screen *s, exam_env *env, const SDL_Event *ev)
{
    switch (form_event(&s->form, ev)) {
    case FORM_SUBMIT: return submit(s, env);
    case FORM_CANCEL: return SIGNIN_QUIT;
    default: return SIGNIN_STAY;
    }
}
