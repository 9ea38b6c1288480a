/* Headless driver (see headless.h). An action with "@S" happens S seconds after the later of the
 * caller's last line ending and the trainee's previous action; that moment is recomputed after
 * every engine step, because a line the caller starts meanwhile pushes the action back. */
#include "headless.h"

#include <stdlib.h>

#include <stdint.h>

#include "text_norm.h"
#include "typing.h"

static int64_t due_time(const cs_engine *e, const cs_reply *r)
{
    int64_t base = cs_engine_last_caller_end(e);
    int64_t t = cs_engine_last_trainee(e);
    if (t > base) base = t;
    int64_t due = base + r->delay_ms;
    return due > cs_engine_now(e) ? due : cs_engine_now(e);
}

/* 1 when the caller has begun a line (or a dictation) at or after `since` and finished it: what a
 * "/listen" action waits for, so its "@S" counts from that line's end. */
static int line_since(const cs_engine *e, int64_t since)
{
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = log->n; i-- > 0;) {
        const cs_event *ev = &log->ev[i];
        if ((ev->kind == CS_EV_CALLER_SAY || ev->kind == CS_EV_DICTATE) && ev->t_start_ms >= since)
            return ev->t_end_ms <= cs_engine_now(e);
    }
    return 0;
}

/* When the trainee of a replies file starts typing an action due at `due`: a typed reply (or a
 * ticket) takes its characters at the typing standard's 50 字/分 (国家职业技能标准 3.1 1.3.1,
 * 1.2 s a character), or as long as its "~" says (a slower typist), at most the whole "@S" before
 * it; other actions are not typed (-1). A ticket's characters are its values, as with "~30cpm"
 * (cs_reply_typed_chars): its field names are the form's labels, never typed. */
static int64_t typing_start(const cs_reply *r, int64_t due)
{
    if ((r->kind != CS_IN_TEXT && r->kind != CS_IN_TICKET) || !r->text) return -1;
    size_t chars = r->kind == CS_IN_TICKET ? cs_reply_typed_chars(r) : cs_utf8_len(r->text);
    int64_t need = r->typing_ms > 0 ? r->typing_ms : (int64_t)((double)chars * 60000.0 / CS_TYPING_MIN_CPM);
    int64_t took = need < r->delay_ms ? need : r->delay_ms;
    return due - took > 0 ? due - took : 0;
}

/* The caller's scripted silence (call.silence) that reply r sent at `sent` fell into: the log's
 * last caller event before it is a silence still running then. Notes the first such reply in res
 * (its line and times; the caller's next line is filled in after the call). */
static void note_silence(const cs_engine *e, const cs_reply *r, int64_t sent, cs_headless_result *res)
{
    if (res->silence_line || (r->kind != CS_IN_TEXT && r->kind != CS_IN_CHOICE)) return;
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = log->n; i-- > 0;) {
        const cs_event *ev = &log->ev[i];
        if (ev->kind == CS_EV_CALLER_SAY || ev->kind == CS_EV_DICTATE) return;
        if (ev->kind != CS_EV_CALLER_SILENT) continue;
        if (sent < ev->t_start_ms || sent >= ev->t_end_ms) return;
        res->silence_line = r->line;
        res->silence_sent_ms = sent;
        res->silence_start_ms = ev->t_start_ms;
        res->silence_end_ms = ev->t_end_ms;
        return;
    }
}

/* After the call: the replies file line of the message the script read as its answer to a caller
 * line begun after it (cs_engine_early_reply), from the log index each handed message took. */
static void finish_early_note(const cs_engine *e, const size_t *logged, const cs_replies *r, size_t handed,
                              cs_headless_result *res)
{
    size_t idx = cs_engine_early_reply(e);
    const cs_call_log *log = cs_engine_log(e);
    if (!logged || idx >= log->n) return;
    for (size_t k = 0; k < handed; k++) {
        if (logged[k] != idx + 1) continue;
        res->early_line = r->v[k].line;
        res->early_sent_ms = log->ev[idx].t_end_ms;
        for (size_t i = idx + 1; i < log->n; i++) {
            const cs_event *ev = &log->ev[i];
            if ((ev->kind == CS_EV_CALLER_SAY || ev->kind == CS_EV_DICTATE) && ev->t_start_ms >= res->early_sent_ms) {
                res->early_start_ms = ev->t_start_ms;
                res->early_end_ms = ev->t_end_ms;
                break;
            }
        }
        return;
    }
}

/* After the call: the caller line that began after the noted reply, or no note when none did (the
 * reply answered nothing yet to come, and no line was passed over). */
static void finish_silence_note(const cs_engine *e, cs_headless_result *res)
{
    if (!res->silence_line) return;
    const cs_call_log *log = cs_engine_log(e);
    for (size_t i = 0; i < log->n; i++) {
        const cs_event *ev = &log->ev[i];
        if ((ev->kind == CS_EV_CALLER_SAY || ev->kind == CS_EV_DICTATE) && ev->t_start_ms >= res->silence_sent_ms) {
            res->silence_next_ms = ev->t_start_ms;
            return;
        }
    }
    res->silence_line = 0;
}

/* Plays replies from the engine's present; with stop_when_used, returns once all are handed over. */
static void play(cs_engine *e, const cs_replies *r, cs_headless_result *res, int stop_when_used)
{
    size_t next = 0;
    /* the log index (+1) each handed reply's event took, for the early-reply warning (NULL: none) */
    size_t *logged = r->n ? calloc(r->n, sizeof *logged) : NULL;
    res->used = res->ignored = res->left_over = 0;
    res->first_left_line = 0;
    res->silence_line = 0;
    res->silence_sent_ms = res->silence_start_ms = res->silence_end_ms = res->silence_next_ms = 0;
    res->early_line = 0;
    res->early_sent_ms = res->early_start_ms = res->early_end_ms = 0;
    while (cs_engine_phase(e) != CS_PHASE_ENDED && !(stop_when_used && next == r->n)) {
        int64_t wake = cs_engine_advance(e, cs_engine_now(e));
        if (cs_engine_phase(e) == CS_PHASE_ENDED) break;
        if (next < r->n) {
            const cs_reply *rp = &r->v[next];
            if (rp->after_line && !line_since(e, cs_engine_last_trainee(e))) {
                cs_engine_advance(e, wake);   /* "/listen": the caller's next line first */
                continue;
            }
            int64_t due = due_time(e, rp);
            int64_t typing = typing_start(rp, due);
            if (due <= wake) {
                cs_input in = { rp->kind, rp->text, rp->choice, due, typing >= 0 ? typing : due };
                note_silence(e, rp, due, res);
                next++;
                res->used++;
                size_t before = cs_engine_log(e)->n;
                if (cs_engine_input(e, &in)) res->ignored++;
                if (logged && cs_engine_log(e)->n > before) logged[next - 1] = before + 1;
                continue;
            }
            /* typing goes on through the engine's next step: a keystroke just before it, so a
             * wait that would time out meanwhile waits for the reply (cs_engine_typing) */
            if (typing >= 0 && typing < wake && wake - 1 > cs_engine_now(e)) {
                int64_t key = wake - 1 > typing ? wake - 1 : typing;
                cs_engine_advance(e, key);
                cs_engine_typing(e, key);
                continue;
            }
        }
        cs_engine_advance(e, wake);
    }
    res->left_over = r->n - next;
    if (next < r->n) res->first_left_line = r->v[next].line;
    finish_silence_note(e, res);
    finish_early_note(e, logged, r, next, res);
    free(logged);
}

void cs_headless_play(cs_engine *e, const cs_replies *r, cs_headless_result *res)
{
    cs_engine_start(e, 0);
    play(e, r, res, 0);
}

void cs_headless_feed(cs_engine *e, const cs_replies *r, cs_headless_result *res)
{
    play(e, r, res, 1);
}
