/* Mocking faces: an emoji or kaomoji typed into a reply (chat desks moved to the phone, Gen-Z
 * trainees) that rolls its eyes, shrugs, smirks or yawns at the caller. A correct phrase said with
 * such a face is sarcasm or impatience, not the phrase (贵阳 T-GSOCCIA 001—2020 §二(三) 6 注意通话语气
 * 和态度; 呼叫服务员职业标准(试行) 三(一)2 不用禁忌语): 感谢您的耐心等待🙄 thanks the caller with a sneer.
 * Warm and sorry faces (😊 😄 🙏 😔 ^_^) are not listed: they are how those desks are polite.
 * Read on the reply as typed: the normal form keeps no emoji or kaomoji. */
#ifndef CALLSIM_TONE_EMOJI_H
#define CALLSIM_TONE_EMOJI_H

#include <stddef.h>

/* The first mocking face in text (UTF-8): its length in bytes, *at its start; 0 when there is none. */
size_t cs_tone_emoji(const char *text, const char **at);

/* taboo30 (grading/tone_taboo30.c): a warm face (^_^, 😊) typed after a flat refusal in its sentence (no
 * softening 哦/呢 before it), no help offered there or after and no apology in the reply (这边无法帮您改签😊):
 * a smirk at the caller's loss, not warmth (贵阳 §二(三) 6). Its length, *at its start; 0 when there is none. */
size_t cs_tone_smile_refusal(const char *text, const char **at);

#endif
