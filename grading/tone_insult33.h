/* insult33: readings in which a rude word of the lexicon is aimed at no caller (own sentences in
 * tests/data/tone_more/insult33.tsv). An insult fails the call only when it is said AT the caller
 * (贵阳 T-GSOCCIA 001—2020 §二(四)4.2, §二(二) 2.1 辱骂或贬低客户); a word naming a beast, a toy or a
 * genre, a thing rolled, the weather likened, an oath at a state of things, a chat sticker's caption
 * judge no one (呼叫服务员职业标准(试行) 五级 三(一)2 still counts an oath as 禁忌语 where it is one).
 * Each reads the words around the hit — its target — not a list of sentences. */
#ifndef CALLSIM_TONE_INSULT33_H
#define CALLSIM_TONE_INSULT33_H

#include "words.h"

/* Words [i, j] of w, a word of a dull mind or a name, sit inside a noun phrase of a statement about
 * something else (林子里有傻狍子, 那边的傻大个儿雪人, 傻白甜人设的剧): a modifier before a further noun, or
 * the thing a place holds; no 你/您 in the clause, no question. */
int cs_insult33_word_of_thing(const cs_words *w, size_t i, size_t j);

/* Word i, 滚, is the rolling of a thing the caller is told to handle (把刀片往外滚一下): the object of
 * 把/将 before it names no person and no hurry or order to go stands between. */
int cs_insult33_thing_rolled(const cs_words *w, size_t i);

/* Word i is likened to in a clause whose subject is a thing named with 这/那 and a degree complement
 * (这雪下得跟疯了似的): the weather or a thing is likened, not the caller. */
int cs_insult33_thing_likened(const cs_words *w, size_t i);

/* Word i, an oath, opens a statement of how things stand (卧槽票全没了, 卧槽，票全没了): the clause
 * after it names nobody, asks nothing, tells of no doing of the caller's (caller_did) and ends on 了. */
int cs_insult33_oath_at_state(const cs_words *w, size_t i, const char *const *caller_did);

/* Is clause c of w a chat sticker's caption typed in brackets in raw ([捂脸], 【笑哭】)? A face, read
 * by tone_emoji where it mocks, never words said to the caller for the tone model. */
int cs_insult33_sticker_clause(const cs_words *w, size_t c, const char *raw);

#endif
