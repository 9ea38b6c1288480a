/* Traditional → simplified Chinese, as people type it: OpenCC's own t2s tables (Debian
 * libopencc-data, config t2s.json), so 請問有什麼可以幫您 compares equal to 请问有什么可以帮您.
 * Not tw2sp/tw2s, neither instead of t2s nor after it: their Taiwan phrase table is software vocabulary
 * (資料→数据, 查詢→查找, 回撥→回调) and broke 109 traditional replies of the open sets (2.19's 资料); the
 * few Taiwan service words are pairs of assets/register.txt (docs/phrase_bank.md, register.txt).
 * One converter per phrase bank, opened once at load. OpenCC's thread-safety is not documented,
 * and the converter remembers per character whether t2s changes it (so that a simplified reply
 * skips OpenCC): callers convert from ONE thread at a time (the window grades on its main thread
 * only; grade-phrase is single-threaded). */
#ifndef CALLSIM_HAN_CONVERT_H
#define CALLSIM_HAN_CONVERT_H

#include <stddef.h>

typedef struct cs_hanconv cs_hanconv;

/* Opens OpenCC's t2s.json. NULL with a one-line message in err when OpenCC or its data is missing. */
cs_hanconv *cs_hanconv_open(char *err, size_t errlen);
void cs_hanconv_close(cs_hanconv *hc);

/* Simplified copy of utf8 (malloc'd, caller frees); text with nothing t2s changes is copied as is.
 * A reply in written Cantonese is read as Mandarin first (cantonese.h: 聽唔到你 → 听不到您).
 * When OpenCC fails on the text the copy is the input unchanged. NULL only when out of memory. */
char *cs_hanconv_t2s(const cs_hanconv *hc, const char *utf8);

#endif
