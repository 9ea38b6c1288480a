/* Helper fix33a: whom a curse is aimed at, read from the structure of the reply (tone_fix33a.c). */
#ifndef CALLSIM_TONE_FIX33A_H
#define CALLSIM_TONE_FIX33A_H

#include "words.h"

/* 1 when the curse spelled by words i..j is aimed at a thing: it modifies a word that is no person (该死的扫描仪,
 * 丫的这破电脑), or stands as its own clause before a clause whose subject is no person (丫的，闸机又不认卡了), and
 * the clause names neither the caller nor what the caller did (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1; a curse at a
 * thing is a 口头禅, 呼叫服务员职业标准(试行) 五级 三(一)2, insult 0). */
int cs_words_curse_at_thing(const cs_words *w, size_t i, size_t j);

#endif
