/* Drives the call engine from a replies file on a virtual clock: no sleeping, the same engine the
 * window drives in real time. */
#ifndef CALLSIM_HEADLESS_H
#define CALLSIM_HEADLESS_H

#include <stddef.h>
#include "engine.h"
#include "replies.h"

typedef struct {
    size_t used;        /* replies handed to the engine */
    size_t ignored;     /* of those, ignored by the engine (a note says why) */
    size_t left_over;   /* replies left when the call ended */
    int first_left_line;
    /* The first typed reply (or choice) sent while the caller was in a scripted silence (call.silence:
     * a transfer's ring-out, someone fetched to the phone) and followed by a caller line: "@S" counts
     * from the caller's last line or the trainee's last action, and a silence is neither, so "@3"
     * after "/transfer" lands in the ring-out, before the line it may be meant to answer. 0 when
     * none; its file line, when it was sent, the silence and when the caller's next line began. */
    int silence_line;
    int64_t silence_sent_ms, silence_start_ms, silence_end_ms, silence_next_ms;
    /* The first typed reply (or choice) sent after a message of the trainee's own, with no caller line
     * between, and read by the script as the answer to a caller line that began after it was sent
     * (cs_engine_early_reply: a second try written for the nudge, sent before the nudge): "@S" after
     * the trainee's own action counts from that action. 0 when none; its file line, when it was
     * sent, and when the caller line it was read after began and ended. */
    int early_line;
    int64_t early_sent_ms, early_start_ms, early_end_ms;
} cs_headless_result;

/* Plays the whole call (from offering it at t=0 to its end). */
void cs_headless_play(cs_engine *e, const cs_replies *r, cs_headless_result *res);

/* Hands the replies to a started engine at their times, stopping as soon as the last one is handed
 * over (or the call ends): the call is left where the replies leave it, for a caller (explore
 * --from) to go on from. */
void cs_headless_feed(cs_engine *e, const cs_replies *r, cs_headless_result *res);

#endif
