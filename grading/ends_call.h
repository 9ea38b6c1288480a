/* Does a reply announce or threaten that the agent ends the call (再不说话我就挂了, 那我先挂了啊)?
 * Asked by scenarios through call.ends_call (docs/scenarios.md). */
#ifndef CS_ENDS_CALL_H
#define CS_ENDS_CALL_H

#include "phrase_bank.h"

/* 1 if some clause of text announces or threatens that the agent hangs up: a hang-up verb (挂了,
 * 挂机, 挂断, 挂电话, 结束通话 …) in a clause that is no question (您挂了吗), not negated (我不会挂断,
 * 请不要挂机), not passive (被挂断了), not the caller's act (您先挂吧, 请挂机) and not a time frame
 * (挂机前). A condition before it (再不说话我就挂了) leaves it a threat: the negation there is the
 * condition's. Read as the matcher reads, traditional as simplified; bank may be NULL. 0 when none
 * does, -1 when out of memory. 贵阳 T-GSOCCIA 001—2020 §二(三) 4 (来电不出声: 您好，请讲 twice, then
 * 听不见您的声音，无法为您服务，再见) and 6 (注意通话语气和态度). */
int cs_reply_ends_call(const cs_phrase_bank *bank, const char *text);

#endif
