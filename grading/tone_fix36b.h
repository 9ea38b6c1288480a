/* Helper fix36b: the caller's own word about themself quoted back in care (tone_fix36b.c). An insult fails the call
 * only when the agent aims it at the caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 辱骂或贬低客户; tests/data/eval/README.md
 * "How a label is decided"). Own rows with rude twins: tests/data/tone_more/fix36b.tsv (tests/cli/test_fix36b.sh). */
#ifndef CALLSIM_TONE_FIX36B_H
#define CALLSIM_TONE_FIX36B_H

#include <stddef.h>

#include "words.h"

/* 1 when word i is the caller's judgement of themself said back and then answered with comfort: 您说您笨 /
 * 您讲您是个笨蛋 / 您觉得您太傻了 / 您說您是「科技白癡」 (the caller the speaker, 您 again the one judged, the word in that
 * clause or the quoted clause right after it, and a later clause of comfort: 没关系, 别担心, 不怪您 …). Not in a
 * question or with 不 / 是不是 between (您说您是不是傻, 您说您笨不笨: the agent's own jab), nor without comfort. */
int cs_fix36b_self_quoted(const cs_words *w, size_t i);

#endif
