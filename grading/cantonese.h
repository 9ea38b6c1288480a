/* Written Cantonese read as Mandarin, before traditional → simplified (han_convert.c): a Hong Kong
 * desk types its phrases in Cantonese (唔好意思，聽唔到你把聲 / 請問有咩可以幫到你), and the phrase
 * bank, the tone rules and the scenario API read Mandarin. Only a reply written in Cantonese is
 * touched: one holding a character that written Cantonese has and Mandarin does not (唔 冇 嘅 咗 啲
 * 哋 喺 …, or 係 outside 關係). Its grammatical words become the Mandarin ones (唔→不, 係→是, 冇→没有,
 * 咗→了, 嘅→的, 頭先→刚才, 收線→挂线 …) and 你 becomes 您: Cantonese has no 您, its 你 is the polite
 * form (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 asks for the polite address, which a HK desk says as 你).
 * No Debian package maps Cantonese words to Mandarin ones (OpenCC converts scripts, not dialects),
 * so the glossary is the short table in cantonese.c, of function words only. */
#ifndef CALLSIM_CANTONESE_H
#define CALLSIM_CANTONESE_H

/* 1 with *out the Mandarin reading (malloc'd, caller frees) when utf8 is written Cantonese,
 * 0 with *out NULL when it is not (nothing to change), -1 when out of memory. utf8 must be
 * well-formed UTF-8. */
int cs_cantonese_read(const char *utf8, char **out);

#endif
