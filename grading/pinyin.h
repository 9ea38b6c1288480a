/* Toneless pinyin of Chinese characters, for homophone typos of a pinyin input method (合实 typed
 * for 核实, 在见 for 再见). The readings come from Rime's pinyin_simp dictionary (Debian
 * rime-data-pinyin-simp, derived from Android's PinyinIME: "汉字<TAB>pinyin<TAB>weight"); rare
 * readings (under CS_PINYIN_MIN_SHARE of a character's commonest one) are dropped so that 的 is de,
 * not di, and 会 hui, not kuai. Read-only after loading: any number of threads may query it. */
#ifndef CALLSIM_PINYIN_H
#define CALLSIM_PINYIN_H

#include <stddef.h>
#include <stdint.h>

#ifndef CS_RIME_PINYIN
#define CS_RIME_PINYIN "/usr/share/rime-data/pinyin_simp.dict.yaml"
#endif

#define CS_PINYIN_MAX_READINGS 3
#define CS_PINYIN_MIN_SHARE 0.02

typedef struct cs_pinyin cs_pinyin;

/* NULL with a one-line "path:line: what (what to do)" in err. */
cs_pinyin *cs_pinyin_load(const char *path, char *err, size_t errlen);
void cs_pinyin_free(cs_pinyin *py);

/* The commonest toneless reading of cp ("he" for 核), or NULL when cp has none. */
const char *cs_pinyin_of(const cs_pinyin *py, uint32_t cp);
/* 1 when a and b are different characters sharing a kept toneless reading (合/核 he, 在/再 zai). */
int cs_pinyin_homophone(const cs_pinyin *py, uint32_t a, uint32_t b);
/* 1 when a and b are different characters whose readings differ at most by the usual fuzzy-pinyin
 * pairs of input methods (模糊音: in/ing, en/eng, an/ang, z/zh, c/ch, s/sh, h/f, n/l; libime's
 * PinyinFuzzyFlag, see fuzzy_form in pinyin.c): 因/应 yin/ying, 胡/服 hu/fu.
 * Homophones are similar too. */
int cs_pinyin_similar(const cs_pinyin *py, uint32_t a, uint32_t b);

/* 1 when a and b are different characters with readings typed with the same digits on a phone's
 * nine-key (T9) pinyin keyboard (abc=2 … wxyz=9): 核/格 he/ge 43, 慢/难 man/nan 626, 普/苏 pu/su 78. The
 * input method offers every syllable of the digit string, so a hurried thumb takes the wrong one.
 * Homophones share their keys too. */
int cs_pinyin_same_keys(const cs_pinyin *py, uint32_t a, uint32_t b);

/* 1 when a and b are different characters whose readings a 双拼 (shuangpin) keyboard types with one of
 * the two keys pressed beside the meant one, the other key the same, in 小鹤双拼, 自然码 or 微软双拼:
 * 好/会 hao hc / hui hv (小鹤), 再/怎 zai zd / zen zf, 通/太 tong ts / tai td. Syllables with no initial are
 * left out. */
int cs_pinyin_shuangpin_slip(const cs_pinyin *py, uint32_t a, uint32_t b);

/* How many toneless syllables the lower-case letters[0..n) split into, every letter used ("yiyuan":
 * 2), or 0 when they do not split so (English words, names of brands: "sorry", "app"). */
size_t cs_pinyin_syllables(const cs_pinyin *py, const char *letters, size_t n);

/* A set of readings, one bit per syllable (cs_pinyin_mark), so that a matcher can rule out "does
 * anything in this reply sound like X?" with one test per character of X. */
#define CS_PINYIN_SET_WORDS 16
/* Marks cp's readings in set (fuzzy: their fuzzy-pinyin forms instead; CS_PINYIN_KEYS: their
 * nine-key digit strings). */
#define CS_PINYIN_KEYS 2
void cs_pinyin_mark(const cs_pinyin *py, uint32_t cp, int fuzzy, uint64_t set[CS_PINYIN_SET_WORDS]);
/* 1 when one of cp's readings (fuzzy: fuzzy forms) is marked in set; never 0 wrongly. */
int cs_pinyin_marked(const cs_pinyin *py, uint32_t cp, int fuzzy, const uint64_t set[CS_PINYIN_SET_WORDS]);
/* Both at once, with one look-up of cp: its readings in plain, their fuzzy forms in fuzzy (as
 * cs_pinyin_mark with fuzzy 0, then 1). */
void cs_pinyin_mark_both(const cs_pinyin *py, uint32_t cp, uint64_t plain[CS_PINYIN_SET_WORDS],
                         uint64_t fuzzy[CS_PINYIN_SET_WORDS]);

#endif
