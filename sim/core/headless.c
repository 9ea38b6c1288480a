/* Headless driver (see headless.h). An action with "@S" happens S seconds after the later of the
 * caller's last line ending and the trainee's previous action; that moment is recomputed after
 * every engine step, because a line the caller starts meanwhile pushes the action back. */
#include "headless.h"

#include <stdint.h>

static int64_t due_time(const cs_engine *e, const cs_reply *r)
{
    int64_t base = cs_engine_last_caller_end(e);
    int64_t t = cs_engine_last_trainee(e);
    if (t > base) base = t;
    int64_t due = base + r->delay_ms;
    return due > cs_engine_now(e) ? due : cs_engine_now(e);
}

/* Plays replies from the engine's present; with stop_when_used, returns once all are handed over. */
static void play(cs_engine *e, const cs_replies *r, cs_headless_result *res, int stop_when_used)
{
    size_t next = 0;
    res->used = res->ignored = res->left_over = 0;
    res->first_left_line = 0;
    while (cs_engine_phase(e) != CS_PHASE_ENDED && !(stop_when_used && next == r->n)) {
        int64_t wake = cs_engine_advance(e, cs_engine_now(e));
        if (cs_engine_phase(e) == CS_PHASE_ENDED) break;
        if (next < r->n) {
            const cs_reply *rp = &r->v[next];
            int64_t due = due_time(e, rp);
            if (due <= wake) {
                cs_input in = { rp->kind, rp->text, rp->choice, due, due - rp->delay_ms };
                if (in.typing_start_ms < 0) in.typing_start_ms = 0;
                next++;
                res->used++;
                if (cs_engine_input(e, &in)) res->ignored++;
                continue;
            }
        }
        cs_engine_advance(e, wake);
    }
    res->left_over = r->n - next;
    if (next < r->n) res->first_left_line = r->v[next].line;
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
