/* Innocent readings of words that live in the tone modules (grading/tone_*.c) and are asked by the
 * phrase matcher too (phrase_match.c): declared here, with the tone layer, not in words.h, whose
 * functions are defined in words*.c (final31 #10 follow-up, tidy32). */
#ifndef CALLSIM_TONE_READINGS_H
#define CALLSIM_TONE_READINGS_H

#include <stddef.h>

#include "words.h"

/* fix15t: an innocent reading (grading/tone_third_party.c). */
/* 1 when a third party — a person (他, 医生, 师傅) or a body (质检部门, 检测中心) — is the subject of word i
 * in its clause, before it and with no 我/我们/你/您 between: 质检部门已经说了是电池鼓包 reports their
 * finding; 我已经说过了 and 他跟你已经说过了 (the caller between) are not so read. */
int cs_words_third_party_said(const cs_words *w, size_t i);

/* fix15t (grading/tone_retry_blunder.c): 1 when 再 in the clause of word i, from i on, asks the caller to
 * retry a step on a phone or device (再拨一次, 再刷新一下, 再打一遍), not a dare (再骂一句, 再打我). */
int cs_words_retry_asked(const cs_words *w, size_t i);
/* 1 when insult word i is the degree of a blunder (白痴级的错误, 弱智一样的疏忽) that the agent owns in
 * its clause or the next (是我犯的, 我们自己犯的), the caller named nowhere there. */
int cs_words_blunder_owned(const cs_words *w, size_t i);

/* fix15t (grading/tone_sense_care.c): 1 when clause c names a weak sense of the caller's (眼神, 耳朵, 视力 —
 * not the mind) in a statement, and the next clause, opened by 我/我们, adjusts to it (调大字号, 大声点,
 * 说慢点): care (您老人家眼神不好，我把字号调大了), not 您眼神不好就别自己弄了. */
int cs_words_sense_met(const cs_words *w, size_t c);

/* fpprobe: innocent readings (grading/tone_denied_cause.c). */
/* 1 when the finding at word first is a fault (or a refusal) of the caller's named only to be denied,
 * the cause put elsewhere at once: 不是您操作不对，是这个版本的已知问题 / 没人说您是故意的，逾期是因为短信
 * 没送到 / 不是不给您办，是今天系统维护, or nobody said it (没有人说您是在找茬) — not in a question, not when the cause is the caller again
 * (不是系统的问题，是你自己的问题) or the agent's unwillingness (是懒得给你办). */
int cs_words_fault_denied(const cs_words *w, size_t first);
/* 1 when word i, one character, stands alone between words of its clause where the lexicon cut a
 * compound it does not know (实|操|部分: 实操, practice), no person and no curse word beside it (我操, 操你). */
int cs_words_glued_syllable(const cs_words *w, size_t i);
/* 1 when word i is a noun of waste (废物, 垃圾) named as waste: a kind before it (大件废物) or what is
 * done with it after it in its clause (统一清运, 放到…), and no caller named before it. */
int cs_words_waste_named(const cs_words *w, size_t i);

/* fix33b (grading/tone_fix33b.c): 1 when the clause of the words [i, j) is comfort the tone model misreads: good
 * news about the caller's things (东西丢不了, 一样都没少, 书包找着了), a word of comfort as the whole clause (没事,
 * 冇得关系 read 没有关系), or the caller asked to come back when ready (想起来了再跟我讲); not with scorn (那点破东西),
 * the caller as the subject (你跑不了), nor in a question. */
int cs_words_comfort_clause(const cs_words *w, size_t i, size_t j);

/* taboo34 (grading/tone_taboo34.c): 1 when clause c names a weak sense (耳朵, 眼睛, 听力) in a plain statement, no
 * rebuke or question in it, and a later clause refers to medical care (挂耳鼻喉科, 去医院查一下, 配助听器): advice
 * about someone's hearing or sight (老人家耳朵聋的话，可以挂耳鼻喉科), not 你耳朵聋了吗 nor 去医院治治脑子. */
int cs_words_sense_referred(const cs_words *w, size_t c);

/* fix34b (grading/tone_fix34b.c), asked first by cs_words_comfort_clause: 1 when the clause of the words [i, j) is
 * care — the caller told not to come to harm (别着凉, 别摔着) or, in a reply about medicine, not to stop it on their
 * own (别自己停); the agent in no hurry (我们不赶时间); or a question at the caller (您是第一次进藏吗？ / 您是不是又忘了
 * 按键了？) met at once by reassurance (没事儿, 不用担心, 如果是的话) and the agent's offer (我再教您一遍). Not with
 * scorn in the clause (又没带脑子, 这都不会) nor a question without reassurance and offer after it. */
int cs_words_care_clause(const cs_words *w, size_t i, size_t j);

/* fix35a (grading/tone_fix35a.c), asked by cs_words_comfort_clause and by the clause rules' care check: 1 when the
 * clause of the words [i, j) denies that the agent's own loud voice or tone was aimed at the caller (刚才不是冲您喊,
 * 不是针对您) in a reply that apologises (不好意思, 抱歉, 别往心里去), the clause after naming no caller as the true
 * cause (是您自己听不清); or describes a body's slowness (说话不利索, 腿脚不太灵活), no scorn (咋这么), no question. */
int cs_words_state_explained(const cs_words *w, size_t i, size_t j);

/* fix35a (grading/tone_fix35a.c): 1 when a clause of the reply, no question, praises the caller's taste (您真是识货,
 * 您可真有眼光, 您真是会挑): no demeaning word, so the tone model's insult is not taken from it (phrase_match.c). */
int cs_words_taste_praised(const cs_words *w);

#endif
