/* Helper fix36a: precision on fresh writers — rude-looking words that name no caller, and caring replies the tone model
 * reads as rude (tone_fix36a.c). An insult fails the call only when it is aimed at the caller (贵阳 T-GSOCCIA 001—2020
 * §二(二) 2.1 辱骂或贬低客户); 禁忌语 are words of the agent's against the caller or the service (呼叫服务员职业标准(试行)
 * 五级 三(一)2 不用禁忌语及口头禅; 贵阳 §二(三)6 注意通话语气和态度). Own rows with innocent twins:
 * tests/data/tone_more/fix36a.tsv (tests/cli/test_fix36a.sh). */
#ifndef CALLSIM_TONE_FIX36A_H
#define CALLSIM_TONE_FIX36A_H

#include <stddef.h>

#include "words.h"

/* 1 when the insult words [i, j] describe a thing or a beast through 的 (有毛病的卡, 被打死的牲畜, 坏了的那台): the noun
 * after 的 is no person, mind or body part and the caller is not named before the words in their clause. */
int cs_fix36a_thing_described(const cs_words *w, size_t i, size_t j);

/* 1 when the insult words [i, j] are the caller's own name for a thing taken up: 您说的 / 你讲的 / 您提到的 and a
 * demonstrative with its measure word (那头, 这只, 那条) right before them, no 你/您 after them in the clause
 * (您说的那头傻大个公牛，体重多少). */
int cs_fix36a_callers_name_for(const cs_words *w, size_t i);

/* 1 when every clause of the reply is a question and one asks after someone's symptom or recovery (还痒不痒, 退烧了吗,
 * 好点了没): concern, which the tone model reads as the A-not-A challenge it learnt (还打不打). Not when a mind or a
 * judgement is what is asked about (脑子烧坏了吗). */
int cs_fix36a_care_question(const cs_words *w);

/* 1 when the reply opens with praise of the caller (您这个问题问得特别好, 您真是识货, 您真是内行) and the clause after
 * it gives the credit's ground or the help that follows on its own subject (我详细给您说, 这款是我们卖得最好的, 很多车主
 * 都没注意到): no contrast, no "even this" (这都, 连), no fault of the caller's after it (最便宜的都看不上). */
int cs_fix36a_sincere_praise(const cs_words *w);

/* 1 when the reply puts a worry to rest: 您放心 / 不用担心 in one clause and the bad reading denied in another (不是因为您
 * 欠费, 这个电话不是骗子, 扣下来的不是没收), no clause a question, no worry waved off as the caller's fancy (您想太多了) and
 * no jab (又不会, 死不了): comfort, which the tone model reads as the 不是 of a rebuttal. */
int cs_fix36a_worry_settled(const cs_words *w);

#endif
