/* insult34: one shared reading of "a word for a person" (tone_insult34.c). Four rules kept private lists of it
 * (fix33a's curse target, insult33's likened or cursed subject, fix32b's X就是X names, insult31's 你是…的人); they
 * disagreed, so 丫的这老赖 read as a curse at a thing in one and a name in another. An insult fails the call only
 * when it is aimed at a person (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 辱骂或贬低客户, §二(四) 4.2); who the target is
 * starts with this class. */
#ifndef CALLSIM_TONE_INSULT34_H
#define CALLSIM_TONE_INSULT34_H

#include <stddef.h>

#include "words.h"

/* Names that scorn the person they are pinned on (骗子, 老赖, 刁民, 奇葩, 刺头, 钉子户 …): a curse at one of them
 * is at a person, and X就是X of one pins it on the caller. NULL-terminated. */
extern const char *const cs_scorn_names[];

/* 1 when word names a person: the closed class (the second and third person, kin, address and trade words for
 * people, a derogatory name of cs_scorn_names), or a word built on a person's tail (打工人, 读者, 憨货, 糊涂蛋, 乡巴佬,
 * 车主 …) that is no thing (鸡蛋, 酒精). Not a beast, a body part or a pronoun of the agent: a caller may be
 * likened to those, but they are no word for a person. */
int cs_person_word(const char *word);

/* 1 when word names one of the caller's or someone's family, by kin or age (爷爷, 孩子, 老人家, 宝宝): a person the
 * reply may talk of with care, never the caller in the third person (客户, 这人 are not kin). */
int cs_kin_word(const char *word);

/* 1 when the hit at word i (聋了, 耳聋, 瞎了 …) is said of a family member's sense: kin (cs_kin_word) right before it
 * or before its organ (耳朵, 眼睛, 的 between), not pinned on the caller by 你这 / 您这个 (孩子的耳朵聋了多久了？ /
 * 您爷爷耳朵聋的话). A condition asked after or cared for, not the caller belittled (贵阳 §二(二) 2.1). */
int cs_insult34_kin_sense(const cs_words *w, size_t i);

/* 1 when word is one of cs_scorn_names. */
int cs_scorn_name(const char *word);

/* The length in bytes of the longest word for a person (cs_person_word) s starts with, 0 when none. */
size_t cs_person_prefix(const char *s);

/* 1 when word i lies in a question that asks back what the caller said (您说的是个板马吗？ / 您刚才讲的是"瓜娃子"
 * 吗？ / 您是说丫的吗？): the caller named as the speaker (您说的, 你是说, 您讲了) before it in its clause, no second
 * person between, the clause asked. The word is the caller's, quoted to be sure of it, said at no one — not the
 * insult of 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1. Not 你说你是不是个板马 (你 again after 说: the caller named). */
int cs_insult34_caller_word_asked(const cs_words *w, size_t i);

/* 1 when the dull-mind word spelled by words [i, j] (蠢, 笨, 傻, 宝里宝气, 宝气 …) is said of the agent: 我 (or a word
 * ending in it, 怪我 / 是我) before it in its clause with only words of degree or copula between (真, 真系, 太, 好, 有点,
 * 这脑子), and nothing but particles after it to the clause end (我真系蠢， / 我宝里宝气的， / 都怪我太蠢了).
 * Self-blame, owned with the fix, judges no caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 is about the caller). Not
 * 我看你宝里宝气 (你 between), not 我不跟蠢人计较 (a noun after it, and no copula frame). */
int cs_insult34_self_dull(const cs_words *w, size_t i, size_t j);

#endif
