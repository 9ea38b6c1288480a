/* Typing speed and accuracy of recorded information (国家职业技能标准 4-04-05-03 (2021) 3.1
 * 1.3.1: ≥50 汉字/min including punctuation, accuracy ≥95%; 1.3.2: record error rate <1%). */
#ifndef CALLSIM_TYPING_H
#define CALLSIM_TYPING_H

#include <stddef.h>
#include <stdint.h>

#define CS_TYPING_MIN_CPM 50.0
#define CS_TYPING_MIN_ACCURACY 0.95

/* Characters per minute: code points of text (punctuation counts, spaces do not) over ms. 0 if ms<=0. */
double cs_typing_cpm(const char *text, int64_t ms);
/* 1 - edit distance / length of reference, over code points after width folding and with spaces
 * dropped; clamped to 0..1. An empty reference gives 1 for empty typed text, else 0. */
double cs_typing_accuracy(const char *reference, const char *typed);

#endif
