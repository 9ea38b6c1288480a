/* Shared helpers of the examiner screens: language pairs and PIN checks through the guard. */
#include "exam_env.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>

#include "exam_room.h"
#include "clip_play.h"
#include "ui_strings.h"

const char *xs(const char *zh, const char *en)
{
    return ui_lang_en() ? en : zh;
}

int exam_panel_valid(const exam_env *env)
{
    return env->n_panel >= 3 && env->n_panel % 2 == 1;
}

static int locked(exam_env *env, char *msg, size_t len)
{
    int wait = pin_guard_wait_s(&env->guard, SDL_GetTicks64());
    if (!wait) return 0;
    snprintf(msg, len, xs("PIN 错误次数过多，请等待 %d 秒", "Too many wrong PINs: wait %d s"), wait);
    return 1;
}

static void wrong(exam_env *env, char *msg, size_t len)
{
    if (pin_guard_fail(&env->guard, SDL_GetTicks64()))
        snprintf(msg, len, xs("PIN 错误 5 次，请等待 30 秒", "5 wrong PINs: wait 30 s"));
    else
        snprintf(msg, len, xs("姓名或 PIN 错误（%d/5）", "Wrong name or PIN (%d/5)"), env->guard.fails);
}

int exam_check_pin(exam_env *env, const char *name, const char *pin, cs_signer **key, char *msg, size_t len)
{
    char err[512];
    if (locked(env, msg, len)) return -1;
    int rc = cs_examiner_try(env->store, name, pin, key, err, sizeof err);
    if (rc == 0) {
        pin_guard_ok(&env->guard);
        return 0;
    }
    if (rc == -2) wrong(env, msg, len);
    else snprintf(msg, len, "%s", err); /* disabled, no key, database: not a guess */
    return -1;
}

int exam_panel_pin(exam_env *env, const char *pin, int *who, cs_signer **key, char *msg, size_t len)
{
    char err[512];
    if (locked(env, msg, len)) return -1;
    for (int i = 0; i < env->n_panel; i++) {
        if (cs_examiner_try(env->store, env->panel[i].name, pin, key, err, sizeof err) == 0) {
            pin_guard_ok(&env->guard);
            *who = i;
            return 0;
        }
    }
    wrong(env, msg, len);
    return -1;
}

const char *exam_candidate_line(exam_env *env, int64_t xa, char *buf, size_t len)
{
    char no[64], name[NAME_MAX_BYTES], idn[64], err[256];
    buf[0] = '\0';
    if (cs_exam_attempt_candidate(env->store, xa, no, sizeof no, name, sizeof name, idn, sizeof idn, err, sizeof err)) return buf;
    snprintf(buf, len, xs("考生：%s　考生号 %s%s%s", "Candidate: %s   no. %s%s%s"), name, no,
             idn[0] ? xs("　证件号 ", "   ID ") : "", idn);
    return buf;
}

int exam_candidate_draw(exam_env *env, int64_t xa, int y)
{
    char buf[512];
    ui_ctx *u = env->u;
    if (!exam_candidate_line(env, xa, buf, sizeof buf)[0]) return 0;
    int w = ui_text_w(u, buf, 18);
    return ui_text(u, buf, 18, UI_TEXT, u->w - w - 24, y, 0);
}

/* The shared player (clip_play.h), worded for the examiners. */
int exam_play_clip(exam_env *env, int64_t attempt_id, int64_t seq, char *msg, size_t len)
{
    char err[512] = "";
    double secs = 0;
    switch (clip_play(env->audio, env->store, attempt_id, seq, &secs, err, sizeof err)) {
    case CLIP_PLAYING:
        snprintf(msg, len, xs("正在播放录音（%.1f 秒）", "Playing the recording (%.1f s)"), secs);
        return 0;
    case CLIP_NO_AUDIO: snprintf(msg, len, "%s", xs("本机没有声音输出，不能播放", "No sound output on this PC")); return -1;
    case CLIP_NONE: snprintf(msg, len, "%s", xs("该回复没有录音", "This reply was not recorded")); return -1;
    default: snprintf(msg, len, "%s", err); return -1;
    }
}
