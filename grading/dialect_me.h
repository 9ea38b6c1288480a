/* The first person of the northern dialects read as 我 before anything else reads the reply (han_convert.c,
 * after dialect_you.h): 俺 / 俺们 (Henan, Shandong, the North-East) and 额 / 额们 (Shaanxi, Gansu, Shanxi) are
 * the agent, so the agent running themself down in dialect (俺这脑子…, 额笨得很…) is read as 我这脑子 is — rude
 * to no one (eval README label rule; an insult needs a demeaning word aimed at the caller, 贵阳 T-GSOCCIA
 * 001—2020 §二(二) 2.1) — while a demeaning word at the caller stays one (额看你就是个神经病). 额 is also the
 * hesitation sound (额…, 额，那个: tone_filler.c) and the 额 of 金额 / 额度 / 额外, so only one opening its clause
 * with a subject's word right after it (额是, 额这, 额真, 额笨, 额也, 额们) is the agent; 俺 is nothing else. */
#ifndef CALLSIM_DIALECT_ME_H
#define CALLSIM_DIALECT_ME_H

/* 1 with *out the reading (malloc'd, caller frees) when utf8 holds such a 俺 / 额, 0 with *out NULL when not,
 * -1 when out of memory. utf8 must be well-formed UTF-8. */
int cs_dialect_me_read(const char *utf8, char **out);

#endif
