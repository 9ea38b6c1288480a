/* Helper taboo35: a rude word of a dull mind (傻瓜, 蠢, 笨, 傻) said as the attribute of a thing or of an animal, not
 * of the caller (tone_taboo35.c). An insult fails the call only when it names the caller (贵阳 T-GSOCCIA 001—2020 §二(二)
 * 2.1 辱骂或贬低客户; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语). Own rows with innocent twins:
 * tests/data/tone_more/taboo35.tsv (tests/cli/test_taboo35.sh). */
#ifndef CALLSIM_TONE_TABOO35_H
#define CALLSIM_TONE_TABOO35_H

#include <stddef.h>

#include "words.h"

/* What the insult hit on the code points [s, e) is said of. */
enum {
    CS_TB35_PERSON = 0,   /* the caller or nobody in particular: the entry judges it */
    CS_TB35_THING,        /* a device, card or way of working named by a compound (傻瓜卡, 傻瓜模式): no abuse at all */
    CS_TB35_BEAST         /* an animal that did something (家里的蠢猫把软管咬破了): rude, a 禁忌语, but no name for the caller */
};

/* CS_TB35_THING or CS_TB35_BEAST when the hit is glued to a noun of a thing or an animal right after it, the caller
 * not named as what it is said of (你这傻瓜卡 / 你这只蠢狗 / 你跟蠢狗一样 stay CS_TB35_PERSON). */
int cs_taboo35_attribute_of(const cs_words *w, size_t s, size_t e);

/* 1 when clause c is the agent's own yes-no question about a thing (公交卡里的钱是死期的吗？ / 您这张卡是傻瓜卡吗？)
 * answered at once by the agent in clause c + 1 (不是 / 哦不是 / 是的 / 对) with the facts after it (随时能用, 是记名卡):
 * an explanation set out as question and answer, which the tone model reads as the rhetorical 是…吗？不是 it learnt.
 * Not a question about the caller (你是…吗) or our side (我们这是菜市场吗), not with scorn in it (你家开的, 脑子), and
 * not when a rebuke follows the answer (不是，那就别讨价还价). */
int cs_taboo35_thing_answered(const cs_words *w, size_t c);

#endif
