/* Recording the trainee's replies during a call (issue 15), for the exam and for practice alike:
 * the microphone runs from the moment recording begins and is cut each time a reply is sent, so
 * reply N's clip is what was said since the previous reply (or since recording began). Each clip is
 * compressed (voice_clip.h) and stored at once with the call's attempt, keyed by the reply's turn
 * seq (voice_store.h). What is said after the last reply answers nothing and is dropped. */
#ifndef CALLSIM_REPLY_REC_H
#define CALLSIM_REPLY_REC_H

#include <stddef.h>

#include "call_session.h"
#include "mic_capture.h"
#include "store.h"

typedef struct {
    mic *mic;      /* borrowed; NULL: not recording */
    cs_store *store;
    size_t heard;  /* log events already looked at for replies to cut a clip at */
    size_t clips;  /* clips stored since begin */
} reply_rec;

/* Starts recording the replies of call s (already started) from now. Does nothing (r stays off)
 * without a microphone or when the call is not being stored. 1 when recording. */
int reply_rec_begin(reply_rec *r, mic *m, cs_store *st, call_session *s);
/* Stores a clip for every reply sent since the last look; tag names the caller on stderr. */
void reply_rec_cut(reply_rec *r, call_session *s, const char *tag);
/* Cuts what the last replies said, then stops and drops the rest. */
void reply_rec_end(reply_rec *r, call_session *s, const char *tag);
/* Stops and drops what was said since the last reply (the call stops here). */
void reply_rec_drop(reply_rec *r);
/* 1 while recording. */
int reply_rec_on(const reply_rec *r);

#endif
