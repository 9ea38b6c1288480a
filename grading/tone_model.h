/* The tone model (issue #11, statistical component): a linear model (logistic regression, fitted by
 * liblinear) of 禁忌语 over character 1-3-grams and skip-bigrams (a…b: a and b with one character
 * between, when the file has a `skip_bigrams 1` line), trained by tools/tone_model.py on this repository's
 * own corpora and shipped as data (assets/tone_model.txt), and a second set of weights for insults
 * in the same file (a third column). An extra signal only: the grader asks it when its rules find
 * nothing (no insult, for the insult model), and its verdict names the n-grams that decided it (the
 * largest positive weights present). The older naive Bayes file format still loads. */
#ifndef CALLSIM_TONE_MODEL_H
#define CALLSIM_TONE_MODEL_H

#include <stddef.h>

typedef struct cs_tone_model cs_tone_model;

/* Loads path. NULL with a one-line message in err when it cannot be read or a line is malformed. */
cs_tone_model *cs_tone_model_load(const char *path, char *err, size_t errlen);
void cs_tone_model_free(cs_tone_model *m);
size_t cs_tone_model_size(const cs_tone_model *m);

/* The insult model's bar where a rule found 禁忌语 but no insult (the file's `insult_over_rule` line,
 * chosen by tools/tone_model.py select; 2.0 without it): the insult model must score above both it
 * and insult_threshold there. */
double cs_tone_model_insult_over_rule(const cs_tone_model *m);

/* The score of the text's most rude-looking Chinese clause (clauses are cut at punctuation and
 * spaces; a clause with fewer than two Han characters is not scored), and whether it passes the
 * model's threshold (return 1) or not (0). On 1 the n-grams that weighed most for that clause go
 * into words (*n_words of them, at most max_words, each NUL-terminated in word_bytes >= 16 bytes,
 * the i-th at words + i * word_bytes). text is UTF-8. */
int cs_tone_model_judge(const cs_tone_model *m, const char *text, double *score,
                        char *words, size_t word_bytes, size_t max_words, size_t *n_words);

/* The same with the insult model (an attack on the caller's mind, hearing or worth, name-calling, a
 * curse: 贵阳 §二(三) 6), trained on the same corpora; 0 when the file has no insult model. */
int cs_tone_model_judge_insult(const cs_tone_model *m, const char *text, double *score,
                               char *words, size_t word_bytes, size_t max_words, size_t *n_words);

#endif
