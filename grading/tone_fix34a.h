/* Helper fix34a: caring replies whose rude-looking word has no caller as its target (tone_fix34a.c). An insult
 * fails the call only when it is aimed at the caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 辱骂或贬低客户, §二(四) 4.2);
 * a machine called dull, a number of people told of, a dialect word explained, a ladder climbed judge no one.
 * Own rows with innocent twins: tests/data/tone_more/fix34a.tsv (tests/cli/test_fix34a.sh). */
#ifndef CALLSIM_TONE_FIX34A_H
#define CALLSIM_TONE_FIX34A_H

#include <stddef.h>

#include "words.h"

/* 1 when word i, a word of a dull mind (笨, 傻, 蠢, 呆 …), is said of a machine or a thing: a thing (取票机, 轮椅的刹车,
 * 打印机) is named before it in its clause with no person between, or its clause names nobody and the clause
 * before it is about a thing (这个打印机老是卡纸，真是笨死了). Not 你这机器人一样的脑子真笨 (the caller named). */
int cs_fix34a_dull_at_thing(const cs_words *w, size_t i);

/* 1 when the group word at i is counted, not judged: 好多 / 很多 / 不少 / 有些 before it (好多老人都不知道这个补贴)
 * and what follows is only not knowing, a fact told to comfort the caller, not the whole group's fault
 * (你们老人就是不懂 has no count). */
int cs_fix34a_group_counted(const cs_words *w, size_t i);

/* 1 when word i lies in a clause that explains what a word means (“勺子”在新疆话里是说人傻 / 意思是傻乎乎的), the
 * clause naming no caller: the word is mentioned to explain it, said at no one. */
int cs_fix34a_word_explained(const cs_words *w, size_t i);

/* 1 when word i, 爬, climbs a thing (您别自己爬梯子, 爬楼梯, 爬上屋顶): a safety warning, not 爬 "get lost". */
int cs_fix34a_climbs(const cs_words *w, size_t i);

/* 1 when word i, 什么 of 什么玩意儿 / 什么东西, scorns what the caller made or sent (你发的这是什么玩意儿, 您拍的这叫什么
 *东西): a verb of making or sending and 的 before it in its clause, the caller not named after it. Rude about the
 * message — a 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2) — but no name for the caller (贵阳 §二(二) 2.1). */
int cs_fix34a_message_scorned(const cs_words *w, size_t i);

#endif
