#!/usr/bin/env python3
"""Tone model for issue #11 (statistical component): two linear models over character features,
one for 禁忌语 (taboo) and one for insults, L2-regularised logistic regression fitted by liblinear
(Debian liblinear-tools, `liblinear-train -s 0`; a trainer's tool only: the model ships as data,
assets/tone_model.txt, and neither the build nor the tests retrain it). Trained only on this
repository's own corpora (never on a held-out row or the `report` rows of tests/data/eval/replies.tsv).

  tools/tone_model.py train OUT      write both models (the file format: docs/phrase_bank.md,
                                     tone_model.txt): same data -> the same file, byte for byte;
                                     fitted on the text the grader asks the model (fit_rows, as_graded:
                                     needs build/callsim), "Trained on the graded text" below
  tools/tone_model.py select [C ...] [--by-writer] [--graded]
        chooses C and the operating point by cross-validation by writer on the training rows
        (select() below: max min(P, R) of the grader; C 64 256 1024 unless given), prints the
        curve and the constants to set; --by-writer skips the 5-fold figures (information only);
        it scores the text the grader scores (--graded, the default), --raw each row's own text.
        It grades the rows itself with build/callsim (or $CALLSIM; grade())
  tools/tone_model.py eval [THR INSULT_THR [OVER_RULE]]
        the own held-out rows (never trained on), rules alone -> rules with the model, per source,
        scored on the text the grader gives the model (callsim grade-phrase --model-text)
  tools/tone_model.py score MODEL    per stdin line: both scores and deciding n-grams under MODEL, as
                                     grading/tone_model.c computes them (tests/cli/test_tone_features.sh)
  tools/tone_model.py training-rows | own-heldout   the rows, as `callsim grade-phrase --batch` input
  (select and eval also take two verdict files first, RULES ASKED, as written before: grade())
  --seen (any command): the retired blind sets seen3 ... seen8 train and hold out too (seen_rows();
        measured and not shipped: "More independent writers" below)
  --raw-train (any command): fit on each row's own text, as before round 17 (TRAIN_GRADED)
  --leave-out seen25,seen26 (with --seen): those retired sets never train (LEAVE_OUT)
  --writer-folds K (select): CV by writer in K folds of whole writers (WRITER_FOLDS; ~100 writers)
  tools/tone_model.py blind MODEL [--thr T I O] SET ...   the grader (grade-phrase --batch) with MODEL
        (at its thresholds or T I O) on all taboo/insult rows of tests/data/eval/SET: tp/fp/fn, P/R
        per set and pooled ("Twenty-four writers")

After merging new corpora (tests/data/tone_more/*.tsv and the others corpus() lists), the lead runs,
in the source tree with build/callsim built (make -j2) and liblinear-tools installed:

  tools/tone_model.py select --by-writer   # ~5 min alone on 2 cores (3 C x 16 writers), 13 min on
                                    # a busy one (2026-11-26); with the seen sets (34 writers,
                                    # 16,400 rows) 22 min for C 64 alone on a busy one:
                                    # `select 64 --by-writer` when short of time; prints the curve and "set: C_TABOO = ...,
                                    # THRESHOLD = ..., INSULT_THRESHOLD = ..., INSULT_OVER_RULE = ...";
                                    # set the constants below to it (and the figures in their
                                    # comments): train writes all three into the model file
  tools/tone_model.py train assets/tone_model.txt    # ~10 s
  tools/tone_model.py eval          # ~15 s: the own held-out figures for the commit message
  bash tests/cli/test_tone_corpus.sh && bash tests/cli/test_eval.sh && bash tests/cli/test_tone_features.sh

Features of a clause (clauses are cut at punctuation and spaces; 你/妳 read as 您, a run of Latin
letters as the one character a: see grams()): its character 1-,
2- and 3-grams and its skip-bigrams a…b (a and b with any one character between: 您…蠢 carries over
to wording with another character in the gap), each count over the square root of the number
of all of them. A reply scores its rudest Chinese clause, bias + sum of the weights present, a
log-odds; the deciding n-grams are the clause's three largest positive weights. Training fits whole
rude rows first, then refits twice on each rude row's rudest clause (the grader judges clauses);
every clause of a polite row is a negative. An insult is a 禁忌语 that fails the call: the grader
(grading/phrase_match.c ask_tone_model, and grader() here) asks the insult model only when the taboo
model flags the reply.

Measured (2026-11, 5,666 training rows; CV folds: 5 at random, or by writer = each corpus scored by a
model trained on the others, the honest stand-in for rudeness worded by someone else), figures of
the grader (rules, then the model), each at the thresholds the rule of select() picks on those
scores; "+tp/-fp" are the flags the model adds to the rules':
  rules alone                               禁忌语 R 0.796            insults R 0.835
  n-grams, C 64 (as shipped before), random 禁忌语 R 0.938 +358/-39   insults R 0.917 +76/-7
    by writer                               禁忌语 R 0.912 +291/-32   insults R 0.877 +39/-2
  + insult only when the taboo model agrees: random: insults R 0.913 +72/-3 (no polite row an insult)
  + skip-bigrams, C 256, random             禁忌语 R 0.938 +358/-39   insults R 0.916 +75/-3
    by writer                               禁忌语 R 0.921 +316/-35   insults R 0.888 +49/-2
    by writer, C 64                         禁忌语 R 0.910 +286/-31   insults R 0.881 +43/-2
Tried and left out (by writer, best C, against 0.918 / 0.877 without them): word unigrams of jieba's
segmentation 0.915 / 0.879 (and no better at random: 0.928), word bigrams no better at random
(0.933 / 0.907), 4-grams (random 0.928), the clause's closing ？/！ as a character (random
0.938 / 0.905), L1 regularisation (liblinear -s 6, random 0.906 / 0.906), class weight 2 for the
rude class (random 0.932 / 0.917; by writer with skip-bigrams at C 256: 2 -> 0.913 / 0.889, 0.5 ->
0.912 / 0.887, against 0.921 / 0.888), no clause refit (MI_ROUNDS 0: random 0.931, by writer with
skip-bigrams 0.923 / 0.885, i.e. equal), C 1024 (by writer 0.915 / 0.891).
  select's choice: C 256 禁忌语 / 64 insults (by writer), thresholds 1.40 / 0.70 (5-fold): 5-fold
  禁忌语 P 0.977 R 0.938 +358/-39, insults P 0.980 R 0.917 +76/-4.
The CV above scores each row's own text; the grader scores its normalised text (cs_match_model_text:
simplified, clauses after the last help offer, no reported speech; `select --graded`). Scored so,
everything is lower and the rule picks higher thresholds: by writer 禁忌语 / insults, C 64 / 256,
1-3-grams 0.890 / 0.876, 0.898 / 0.871; with skip-bigrams 0.897 / 0.871, 0.905 / 0.877; 5-fold at
C 64 both about 0.923 / 0.898 at thresholds 1.6 / 1.5-1.6 (own held-out at those: 禁忌语 R 0.877,
insults R 0.787, against 0.890 / 0.823 at the thresholds shipped: not taken, an open point).
Training on that text instead of the raw rows was worse then (5-fold 0.925 / 0.903 at C 1024, own
held-out 禁忌语 R 0.877, insults R 0.787); it is done since round 17, on the text of the grader's last
question (with the rules' innocent readings): "Trained on the graded text" at the end.
Own held-out rows (804), the grader (`eval` now scores what the grader scores: the same figures as
build/callsim grade-phrase --batch but for insults inside a quotation), 禁忌语 P/R | insults P/R:
before 0.974 / 0.890 | 0.958 / 0.816, now 0.971 / 0.890 | 0.959 / 0.823 (the grader; eval 0.951).

Operating point (2026-11-26). The thresholds were chosen for the precision of the flags the model
adds (at least 0.9, insults 0.95), and unseen writers came out precise but short of the bar
(禁忌语 P 0.98-1.00 R 0.905-0.962, insults P 0.95-0.99 R 0.898-0.980). select() now maximises
min(P, R) of the grader by writer on the graded text (rule and figures in its doc): C 64 / 64,
thresholds 1.5 / 1.6 / insult_over_rule 2.0 -> 0.8 / 0.5 / 1.5. Own held-out (1,812 rows, the grader,
grade-phrase --batch) 禁忌语 P 0.988 R 0.926 -> 0.981 / 0.939, insults 0.981 / 0.924 -> 0.970 / 0.935;
seen4 (retired blind set) 禁忌语 0.987 / 0.905 -> 0.987 / 0.923, insults 0.989 / 0.898 -> 0.978 / 0.898,
calls outside 5 -> 6 of 85 (a fault play's excuse 不过她也很忙，可能不是故意的 now also costs courtesy),
no competent play failing; seen3 禁忌语 P 1.000 -> 0.993 (one helpful question 您是不是…多打了一个空格).
Tried and left out, by writer at C 64 on the graded text, each at its own max-min point, against
禁忌语 0.952 / 0.953 and insults 0.958 / 0.958: the insult model trained only on rows not labelled
polite (it is asked only where 禁忌语 was found): insults 0.958 / 0.959; each writer's rows repeated
up to 4 times towards the median writer's size (liblinear-train has no instance weights): 禁忌语
0.952 / 0.954, insults 0.958 / 0.958; adjacent clause pairs scored and trained as clauses too (a tail
such as 想好了再说，我等着呢 spans two): 禁忌语 0.955 / 0.953, insults 0.960 / 0.960, a gain of a dozen
rows that would need the same in grading/tone_model.c: not done.

More independent writers (2026-11-26, helper model9). With --seen (TRAIN_ON_SEEN) the retired blind sets
tests/data/eval/seen3 ... seen8, each by a different independent examiner, train the model too
(seen_rows(): six sources, one writer each; every fifth data row held out as own held-out; phrase rows
labelled 1 are polite negatives, taboo rows label 禁忌语, insult rows the insult). NOT the default,
and the shipped model does not read them: measured, leaving
one set out (the honest stand-in for "a new blind writer"): the grader (rules, then a model trained on
the corpus before plus the other five sets' training rows, at the thresholds select's rule picks on
by-writer CV scores of every row but that set's; those scores came from one CV over all six sets, so
the threshold saw the set's training rows through the other folds' models: the model never did),
against the shipped model (trained without any seen set), on all of that set's taboo/insult rows,
禁忌语 P/R | insults P/R:
  seen3  0.987/1.000 | 1.000/1.000  ->  0.987/1.000 | 1.000/1.000
  seen4  0.994/0.994 | 1.000/0.990  ->  0.994/0.988 | 1.000/0.990
  seen5  0.981/0.994 | 0.974/0.987  ->  0.981/0.994 | 0.974/0.987
  seen6  0.995/1.000 | 0.990/0.971  ->  0.995/0.995 | 0.990/0.971
  seen7  0.969/0.909 | 0.967/0.943  ->  0.978/0.914 | 0.967/0.959   (rules alone 0.988/0.700 | 0.981/0.846)
  seen8  0.962/0.927 | 0.956/0.879  ->  0.962/0.927 | 0.956/0.879   (rules alone 0.973/0.749 | 0.963/0.788)
(at the shipped thresholds instead: the same but seen4 禁忌语 R 0.982, seen6 0.995). seen3-seen6 were
tuned on by class before (rules, tone_more/seentone.tsv, seen4fix.tsv), so they sit near the ceiling
either way; seen7 and seen8, retired this session, are the clean test: +1 禁忌语 row and +2 insults on
seen7, nothing on seen8; insult precision unchanged on every set. By writer over the whole corpus
(C 64, graded text, each at select's point): without the seen sets (28 writers) 禁忌语 P 0.958 R 0.960,
insults P 0.966 R 0.939; with them (34 writers) 0.965 / 0.964, 0.970 / 0.944, and on the 28 writers'
own rows 0.960 / 0.961, 0.967 / 0.940. Own held-out rows but the seen sets' (2,597, grade-phrase
--batch): 禁忌语 P 0.976 R 0.954 -> 0.974 / 0.958, insults 0.973 / 0.928 -> 0.975 / 0.934; the seen
sets' held-out fifth (885 rows): 0.980 / 0.966, 0.973 / 0.948 before and after, i.e. four fifths of
the same writer's rows did not lift its fifth either. So more writers' rows help a little and cost no
precision, but do not close the gap to 0.95 on a new writer: of seen8's misses under the shipped model
10 of 14 禁忌语 and 8 of 12 insults are replies the model is asked about and scores under the threshold
(the rest: a rule's 禁忌语 without its insult 3, not asked 5), politeness-wrapped rudeness whose
n-grams are polite ones; more n-gram rows of other writers do not move them. And the model so trained
(select's point with them, C 64: 0.80 / 1.20 / 2.0) made two sentences of the team's innocent tests
禁忌语: 您再投诉的话，我们会升级给主管认真处理 (tests/cli/test_left_classes.sh, penalty_threat;
clause score 0.47 -> 0.94) and the transfer 这事不归我们管，请稍等，正在为您转接，请不要挂机
(tests/unit/test_phrase_match.c; 这事不归我们管 -0.28 -> 1.36: the examiners label 不归我们管 推诿
where no transfer follows; n-grams cannot see the transfer). Three rows gained on one new writer and
none on the other do not pay for two new false 禁忌语, so it is not shipped; `tools/tone_model.py
--seen select --by-writer` and `--seen train` repeat it (e.g. once the features see more than
n-grams).
Word classes, tried and left out (same day): each character of a class (negation 不没别未甭, question
particle 吗呢吧嘛么, adverbs of impatience 都已经还又再就才, demonstrative 这那, 我们咱, 他她, 自己,
interrogative 什啥怎) read as its class, and the 2-3-grams of that string holding a class as extra
features (您没听清楚吗 -> 您 N 听 ..., so 没听/不听 share 您N听). Trained on the shipped corpus, tested on
all six seen sets (none read by either model), each model at the lowest thresholds reaching the
precision the shipped model has there (chosen on those rows: optimistic, alike for both), recall of
禁忌语 | insults: all six 0.966 -> 0.963 | 0.965 -> 0.963; seen7 0.909 -> 0.922 | 0.959 -> 0.959;
seen8 0.927 -> 0.921 | 0.899 -> 0.919. A row or two either way: no gain that would pay for the same
features in grading/tone_model.c. Adjacent clause pairs scored and trained as clauses too (above: by
writer a dozen rows), measured so: all six 0.966 -> 0.967 | 0.965 -> 0.958; seen7 0.909 -> 0.918 |
0.959 -> 0.959; seen8 0.927 -> 0.932 | 0.899 -> 0.889: left out as well.

Twelve independent writers, left out one at a time (2026-11-26, helper model13). All twelve retired sets
seen3 ... seen14 (taboo and insult rows, the grader at the shipped thresholds 1.00 / 0.90 / 2.5),
pooled, 禁忌语 tp/fp/fn | insults tp/fp/fn, and what the model adds to the rules:
  rules alone                                       1770/14/316 (P 0.992 R 0.849) | 1085/10/95 (R 0.919)
  shipped model (reads no seen set)                 2052/27/34  (P 0.987 R 0.984) | 1155/12/25
      of which the model: 禁忌语 282 right, 13 wrong; insults 60 right, 2 wrong
  + tone_more/model13.tsv (732 own rows, 15 industries, many registers; reads no seen set)
                                                    2054/25/32  (P 0.988 R 0.985) | 1154/12/26
  + the other eleven seen sets too (--seen, one set left out per model: the honest "new writer")
                                                    2051/26/35  (P 0.987 R 0.983) | 1154/12/26
  + jieba word unigrams (words of 2+ characters as features beside the n-grams; Python only, each
    at the same thresholds' false-positive count): the curve of tp against fp over thresholds -0.4
    ... 3.0 within two rows of the n-grams' at every point (at 1.0: 2055/31 against 2055/30)
  thresholds chosen leaving one set out (max min(P, R) of the other eleven, per set): 禁忌语 0.6-1.0,
    insults 0.6 everywhere: 2058/30/28 | 1156/12/24, i.e. +4 禁忌语 for +5 false ones; the insult
    threshold 0.6 alone +2 insults for none false (seen11, seen13) and on the own held-out rows
    insults P 0.977 -> 0.975, R 0.922 -> 0.927: within noise, not set (select's rule decides it).
Per set the moves are a row or two either way (seen13 禁忌语 P 0.967 -> 0.973, seen14 R 0.941 -> 0.934,
seen8 R 0.984 -> 0.990, seen3 P 0.993 -> 1.000 with model13.tsv). model13.tsv as a new writer, before
it trained the model: the grader 禁忌语 P 0.973 R 0.877, insults P 0.979 R 0.819, i.e. the usual
new-writer gap (of the 328 禁忌语 the grader found there, 73 were the model's). So on this corpus
more n-gram rows, more writers' rows, word unigrams and another operating point each move a new
writer by a row or two: the character model is at its ceiling. What stays missed on seen13/seen14 is
(a) name-calling glued to a polite address in one clause (亲 or 您 and a beast or a dull mind in the
same clause), which the taboo model flags but the insult model scores under its bar (the polite
n-grams weigh against the name), (b) officialese and net-speak brush-offs whose every n-gram is
polite or neutral (policy set against the caller's wish; "no need to ask service about that"), and (c) rows the rules claim first (the insult model is asked
over a rule only at insult_over_rule, and never after a condescension rule).

Trained on the graded text (2026-11-26, round 17, helper model17). The grader asks the model on
model_text with the words a rule read innocently and a filler slip left out (phrase_match.c
ask_tone_model, read_innocently, filler_slip), and never where the agent runs themself down; the model
was fitted on each row's raw text, so it learnt those very words (a retrain on round 13's rows charged
tone_more/fix13a.tsv's 我们也不是神仙，不过…一定…). `callsim grade-phrase --model-text` now prints that
last question's text (cs_match_model_text, one implementation in C; tests/cli/test_model_text.sh) and
train, select and eval fit on it (fit_rows; --raw-train for the old way). Measured on this round's
corpora (all tone_more files), same constants, against the shipped model (trained raw on the rows of
round 13): own held-out (3,690 rows, grade-phrase --batch) 禁忌语 tp/fp/fn | insults:
  shipped 1755/46/85 (P 0.974 R 0.954) | 651/19/49 (P 0.972 R 0.930)
  graded  1755/48/85 (P 0.973 R 0.954) | 652/18/48 (P 0.973 R 0.931)
  raw     1749/41/91 (P 0.977 R 0.951) | 646/17/54 (P 0.974 R 0.923)
The graded retrain charges fix13a's innocent no longer, and five rows of tests/data/review15_open.tsv
come right, but make check fails 18 (own sentences of the team's tests: the transfer 这事不归我们管，请稍等，
正在为您转接, penalty_threat 您再投诉的话，我们会升级给主管认真处理, 您是不是遇到骗子了 an insult, fixin9's
就你这长相… missed, review13's 我们是客服，不是神仙 missed, a shipped play's score) and the open sets move a
row either way (seen3 calls outside 0 -> 1, seen13 4 -> 6, seen17 禁忌语 R 0.973 -> 0.959, seen18 R
0.955 -> 0.968; report calls outside 5 -> 6, holdout2 禁忌语 R 0.983 -> 0.975): not shipped. Retrained
raw on the same rows (--raw-train): make check fails fixph13's class misplaced (four review15 open
rows come right), seen3 calls outside 0 -> 1, seen7 禁忌语 R 0.984 -> 0.975, seen16 0.985 -> 0.980,
report calls 5 -> 6, holdout2 R 0.983 -> 0.975: not shipped either. The shipped model stays; the lead's retrain after merging is the one
command `python3 tools/tone_model.py train assets/tone_model.txt`, then make check and the eval loop.

Twenty-four writers (2026-11-27, helper model32; issue #11: a NEW writer's 禁忌语/insult recall < 0.95).
The two freshest retired sets, seen25 and seen26 (blind until that morning, read by no model and
tuned on by nobody), against a model trained on the shipped corpus plus the twenty-two retired sets
seen3 ... seen24 (`--seen --leave-out seen25,seen26 train`: 31,762 training rows, ~100 writers;
seen_rows() picks all twenty-two up). The grader (grade-phrase --batch, rules then the model;
`blind MODEL [--thr T I O] seen25 seen26`) on all their taboo / insult rows, tp/fp/fn:
                                   seen25                  seen26                  pooled
  rules alone         禁忌语       93/1/32  P .989 R .744  108/5/24 P .956 R .818  201/6/56  P .971 R .782
                      insults      69/1/6   P .986 R .920  68/1/7   P .986 R .907  137/2/13  P .986 R .913
  shipped model       禁忌语       118/2/7  P .983 R .944  124/6/8  P .954 R .939  242/8/15  P .968 R .942
    1.00 / 0.90 / 2.5 insults      71/1/4   P .986 R .947  70/1/5   P .986 R .933  141/2/9   P .986 R .940
  retrained + seen3-24 禁忌语      122/2/3  P .984 R .976  124/5/8  P .961 R .939  246/7/11  P .972 R .957
    1.00 / 0.90 / 2.5 insults      70/1/5   P .986 R .933  70/1/5   P .986 R .933  140/2/10  P .986 R .933
    at select's point 1.30 / 1.30 / 2.5 (below): the same rows as at 1.00 / 0.90 / 2.5
select's rule on the training writers only (`--seen --leave-out seen25,seen26 --writer-folds 10 select
64 --by-writer`: whole writers dealt into 10 folds, as one fold per writer of ~100 would take hours;
33 min on the busy machine) picks C 64 / 64, 1.30 / 1.30 / 2.5, by writer 禁忌语 P 0.971 R 0.971,
insults P 0.976 R 0.952 (rules alone 0.992 / 0.864, 0.986 / 0.896).
The operating point alone (the shipped model): 0.80 / 0.90 / 2.5 seen26 禁忌语 124/8/8 (P 0.939), 0.60 /
0.60 / 2.5 and 0.50 / 0.50 / 2.0 seen25 119/2/6 and seen26 124/11/8 (P 0.919); the insults do not move
at any point (their misses are not asked, or scored far under): a lower point buys seen25 one row and
costs seen26 its precision bar. The retrained model's verdicts do not move between 0.6 and 1.2 (the
scores of these rows lie far from the threshold); an insult_over_rule of 2.0 (or an insult threshold
0.5) adds seen26's 跟你说话真费劲，你是木头吗 (pooled insults 141/2/9, as shipped); 0.3 / 0.3 / 2.0 adds 2
false 禁忌语. What the retrain gains are four Sichuan-dialect brush-offs of seen25 (我咋个晓得？,
哎呀，晓得了晓得了。, 你以为我们是慈善机构嗦？, 哪个喊你不在家嘛？: seen3-24 hold the dialects) and
seen26's 现在下班了，明天再说; it loses seen25's insult 瓜兮兮的，燃气阀门都不会关 (taboo score 1.19 ->
-0.59) and seen26's 您这包裹比您还金贵呢 (2.33 -> 0.03). A feature for a clause holding no courtesy word
at all (您 请 谢 歉 麻烦 稍 辛苦 好的 不好意思 亲; Python only, the tool's grader()): the same figures as the
retrain to the row, so no change to grading/tone_model.c was worth it. Clause pairs: measured in
"More independent writers" (a row either way) and not repeated. What stays missed on seen26 is the
class the model cannot read: polite-worded refusals and blame (尊敬的客户…请自行联系当地邮局处理,
亲亲…我们平台是不承担任何责任的哦～, 您这个问题太复杂了，建议您还是别折腾了), one-character 啥？ (the model
reads clauses of two or more), and insults a rule claims first (tone.lecture / tone.impatient, where
the insult model is asked only over insult_over_rule).
NOT SHIPPED, by the figures: 禁忌语 recall
on the new writers rises (pooled 0.942 -> 0.957, all of it seen25's; seen26 equal) at no loss of
precision, but the insults lose a row (0.940 -> 0.933; equal at insult_over_rule 2.0), the plays move
(eval.sh calls outside, shipped -> retrained: seen13 3 -> 6, seen25 7 -> 8, seen26 6 -> 7, seen15 3 -> 2,
seen17-seen21 equal), and make check fails 57 checks with the retrained file (shipped thresholds; at
select's 1.30 / 1.30 all but human_where stay flagged: clause scores 1.55, 2.35 / 2.19, 2.28 / 1.52, 1.37,
human_where 1.06): the team's innocent sentences penalty_threat 您再投诉的话，我们会
升级给主管认真处理 (again), cheated_caller 您是不是遇到骗子了，千万别转账 an insult, human_where 您是不是人在外
地？可以先在网上申请。, review17's 您这样骂人，我很难继续为您服务，请您注意文明用语，好吗？, test_rude_tails'
closings 感谢您的来电，下次办理前请您先看清楚合同，再见 and 请问您还有哪里不清楚，我再给您解释一遍… (the phrase
lost to a model 禁忌语), the model-only flags on review21's and review30's innocents (7 > 5, 4 > 3), a
shipped play caller_fast.wrong_amount (confirm 10, expected 20), off_topic.twin_nod_then_ask /
fault_nod_then_comment and crisis_selfharm.still_young_console scores; 22 rows of the open lists
(miss17, review15, review21, review30, review31) come right at the same time. The seen sets' examiners
write 您是不是…, 您再…的话 and 先看清楚… as rudeness, and n-grams cannot tell the innocent readings the
team's tests hold: the same wall as "More independent writers", with four times the writers."""
import json, math, os, random, re, subprocess, sys, tempfile

ROOT = __file__.rsplit('/tools/', 1)[0]
# The operating point, chosen by `select` (select() and thresholds(): max min(P, R) of the grader under
# cross-validation by writer on training_rows(), graded text; never on held-out, report or blind rows).
# 2026-11-26, 9,722 rows: 禁忌语 P 0.952 R 0.953, insults P 0.958 R 0.958 by writer (it was 1.5 / 1.6 /
# 2.0, chosen for the precision of the flags the model adds: by writer 0.963 / 0.939, 0.969 / 0.947).
# Re-run after merging voices, insult3, seen4fix, leftovers (2026-11-26, 0:30 UTC; 16 writers' rows, rules
# of the merged grader): C 64 / 64, 1.00 / 0.00 / 2.0, by writer 禁忌语 P 0.957 R 0.955, insults P 0.953
# R 0.953. At 0.00 the insult model called the dismissal 账单上写得清清楚楚，自己看 an insult (score 1.09),
# failing a call whose transcript (explain_again.rude) says the insult is the later 傻: a false insult
# fails a whole call, a missed one still costs courtesy as 禁忌语. So the insult point now keeps the
# grader's insult precision within INSULT_PRECISION_SLACK of the rules' own (thresholds()): with blame3
# merged, C 64 / 64, 1.00 / 1.20 / 2.5, by writer 禁忌语 P 0.957 R 0.956, insults P 0.965 R 0.944.
# Re-run with voices2.tsv (six personas, 480 rows) merged (2026-11-26, 2:35 UTC; 17 writers, 24 min on a busy
# machine): C 64 / 64, 1.00 / 1.60 / 2.0, by writer 禁忌语 P 0.957 R 0.955, insults P 0.966 R 0.944. At the
# old 1.20 / 2.5 the retrained model called 跟您说了您也不懂 (禁忌语, no insult) an insult (score 1.33).
# The notes of earlier choices under that older rule (2.80 with polite.tsv, 4.00 with owntaboo.tsv,
# both not taken for their own held-out recall) are in the git history of this file.
# Re-run with tone_more/fixin.tsv and helper fixin's insult rules (2026-11-26, 02:45 UTC, `select 64
# --by-writer`: the full run of three C was killed mid-way; C 64 had been chosen in every run before):
# C 64 / 64, 1.00 / 1.20 / 2.0, by writer 禁忌语 P 0.958 R 0.958, insults P 0.968 R 0.947 (at 2.5:
# 0.968 / 0.945); rules alone 0.990 / 0.831, insults 0.976 / 0.872.
# Re-run with voices3.tsv (17 writers' rows) and Latin letter runs read as one character (2026-11-26, 2:45
# UTC): C 64 / 64, 1.00 / 1.30 / 2.0, by writer 禁忌语 P 0.956 R 0.955, insults P 0.964 R 0.941 (C 256:
# 1.10 / 1.80 / 3.0, 0.955 / 0.955, 0.964 / 0.939; C 1024: 0.956 / 0.957, 0.964 / 0.935).
# Re-run after merging voices2, fixtb, fixin and voices3 (2026-11-26, 03:18 UTC, 20 writers' rows, Latin
# runs as one character, `select --by-writer`, 11 min): C 64 / 64, 0.90 / 1.10 / 2.0, by writer 禁忌语
# P 0.957 R 0.959, insults P 0.967 R 0.939 (C 256: 1.10 / 1.30 / 3.0, 0.958 / 0.959, 0.966 / 0.938).
# Re-run with the six retired blind sets seen3 ... seen8 in the corpus (seen_rows(); 2026-11-26, 05:16 UTC,
# 16,400 rows, 34 writers, C 64 only: 22 min on the busy machine, and C 64 was chosen in every run before):
# C 64 / 64, 0.80 / 1.20 / 2.0, by writer 禁忌语 P 0.965 R 0.964, insults P 0.970 R 0.944; the rows of the
# 28 writers before alone, same CV: 0.960 / 0.961, 0.967 / 0.940 (without the seen sets 0.958 / 0.960,
# 0.966 / 0.939 at 0.90 / 1.10 / 2.0). Not shipped (TRAIN_ON_SEEN, module doc "More independent writers"):
# the constants stay those of the corpus without them, which the same CV reproduced (0.90 / 1.10 / 2.0).
# Re-run after merging fixph9, fixtb9 and fixin9 (the condescension label rule: 17 own rows relabelled;
# 2026-11-26, 06:00-06:17 UTC, `select --by-writer`, C 64 and 256): C 64 / 64, 1.00 / 0.90 / 2.5, by
# writer 禁忌语 P 0.960 R 0.960, insults P 0.973 R 0.937 (C 256: 1.20 / 1.30 / 3.0, 0.962 / 0.961,
# 0.973 / 0.937); rules alone 0.991 / 0.826, insults 0.982 / 0.853.
# Re-run at stop 24 after merging this round's corpora (fixp10, fixtb10, fixin10, corpus10, lead):
# C 64 best at 0.90 / 1.20 / 3.0 (by writer 禁忌语 0.958 / 0.957, insults 0.970 / 0.919; C 256: 1.10 /
# 1.30 / 99, 0.958 / 0.959, 0.970 / 0.911). Kept 1.00 / 0.90 / 2.5: at select's point the own held-out
# rows went 禁忌语 0.975 / 0.949 -> 0.971 / 0.951 and insults 0.971 / 0.920 -> 0.973 / 0.908, and the
# held-out polite rows (tone_more/polite.tsv) flagged 12 innocents instead of 7.
THRESHOLD = 1.0
INSULT_THRESHOLD = 0.9
C_TABOO = 64.0            # liblinear's C (inverse regularisation), chosen by `select` as well
C_INSULT = 64.0
WPOS = 1.0                 # weight of the rude class (CV, random and by writer: 0.5 and 2 no better)
MI_ROUNDS = 2              # refits on each rude row's rudest clause (CV: as good as none, and its
                           # threshold is a plain probability; the grader scores clauses)
PRUNE = 0.03   # |weight| below this in both models: left out (file size; verdicts as unpruned, see docs)
SKIP_BIGRAMS = True   # a…b features (CV by writer: 禁忌语 and insult recall up, see the module doc)
SKIP_MARK = '\u2026'
INSULT_OVER_RULE = 2.5  # the insult model's bar where a rule found 禁忌语 but no insult (the model file's
                        # insult_over_rule line, grading/phrase_match.c insult_model_over_rule)
NEVER = 99.0            # insult_over_rule: the insult model is never asked where only a rule flags
TRAIN_GRADED = True     # fit on the text the grader asks the model (as_graded: what inference sees, the
                        # words a rule read innocently left out); --raw-train: each row's own text, as
                        # before 2026-11-26 round 17 (module doc "Trained on the graded text")
TRAIN_ON_SEEN = False   # the retired blind sets as six more writers (seen_rows(); --seen): measured, not
                        # shipped (module doc "More independent writers": too little gain for two new
                        # false 禁忌语 on the team's innocent test sentences)
WRITER_FOLDS = 0       # --writer-folds K: select's CV by writer in K folds of whole writers (names in
                        # order dealt round-robin), not one fold per writer: ~100 writers with the seen
                        # sets made one fold each too slow (2026-11-27); no writer on both sides either way
LEAVE_OUT = ()          # --leave-out seen25,seen26: retired sets --seen does not read (kept as the
                        # new writers `blind` measures on; module doc "Twenty-four writers")
SPLIT = re.compile(r'[，。！？、,.!?；;：:\s…~～]+')

def fold(s):
    """你/妳 read as 您: who a reply is aimed at counts, not how politely the pronoun is typed (issue
    #11 item 3); else the model learns the pronoun as rudeness (our rude rows say 你 more often)."""
    return s.replace('你', '您').replace('妳', '您')

LATIN = re.compile(r'[A-Za-z]+')

def grams(s):
    """The clause's character 1-3-grams, then (SKIP_BIGRAMS) its skip-bigrams a…b: a and b with any
    one character between (…, a clause break, never inside a clause, marks the gap). A run of Latin
    letters is one character, a: code-switched English (check一下record, 要过customs) is no Chinese
    rudeness, and its letters alone were read as rude (voices3.tsv, persona nanyang: o, a, e among the
    deciding n-grams of polite Singapore replies); English rudeness is grading/tone_english.c's."""
    s = fold(LATIN.sub('a', re.sub(r'\s+', '', s)))
    out = []
    for n in (1, 2, 3):
        out += [s[i:i + n] for i in range(len(s) - n + 1)]
    if SKIP_BIGRAMS:
        out += [s[i] + SKIP_MARK + s[i + 2] for i in range(len(s) - 2)]
    return out

def clauses(s):
    parts = [p for p in SPLIT.split(s) if p]
    return parts or [s]

def rows_tsv(path):
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        yield line.rstrip('\n').split('\t')

def corpus(own_train=True):
    """(text, taboo, insult, source) rows; insult None when the row says nothing about insults; source
    names the corpus (cross-validation by source holds out one writer's wording at a time)."""
    out = []
    for f in rows_tsv(ROOT + '/tests/data/tone_train.tsv'):
        if len(f) >= 4:
            out.append((f[3], int(f[0]), int(f[1]), 'tone_train'))
    for i, f in enumerate(rows_tsv(ROOT + '/tests/data/tone_model_own.tsv')):
        if len(f) >= 4 and (held_out(i) != own_train):
            out.append((f[3], int(f[0]), int(f[1]), 'tone_model_own'))
    # helper tone's corpus; its `tail` rows repeat the rows they are composed of
    for f in rows_tsv(ROOT + '/tests/data/tone_corpus.tsv'):
        if len(f) >= 4 and f[2] != 'tail' and own_train:
            out.append((f[3], int(f[0]), int(f[1]), 'tone_corpus'))
    # helper tonedata's corpus; its header says data rows 5, 10, 15 ... are held out
    for i, f in enumerate(rows_tsv(ROOT + '/tests/data/tone_corpus2.tsv')):
        if len(f) >= 4 and (held_out2(i) != own_train):
            out.append((f[3], int(f[0]), int(f[1]), 'tone_corpus2'))
    # more own corpora, one file per writer (tests/data/tone_more/README.md): every fifth data row held out
    for path in more_corpora():
        for i, f in enumerate(rows_tsv(path)):
            if len(f) >= 4 and (held_out2(i) != own_train):
                out.append((f[3], int(f[0]), int(f[1]), os.path.basename(path)))
    # the retired blind sets, one writer each (seen_rows): every fifth data row held out
    for path in seen_sets() if TRAIN_ON_SEEN else []:
        out += seen_rows(path, own_train)
    for name in ('phrase_corpus.tsv', 'phrase_heldout.tsv'):
        for f in rows_tsv(ROOT + '/tests/data/' + name):
            if len(f) < 3 or f[0] == 'bad_attitude':
                continue
            if f[0] == 'taboo':
                out.append((f[2], int(f[1]), None, name))
            elif f[1] == '1':   # a correct phrase is polite; a rejected one may be rude (有事快说)
                out.append((f[2], 0, 0, name))
    return out

def more_corpora():
    """tests/data/tone_more/*.tsv in name order (the same rows in the same order on every machine)."""
    d = ROOT + '/tests/data/tone_more'
    return [d + '/' + n for n in sorted(os.listdir(d)) if n.endswith('.tsv')] if os.path.isdir(d) else []

def seen_sets():
    """tests/data/eval/seen*/replies.tsv, the retired blind sets (tests/data/eval/README.md "Retired
    blind sets"), in name order. Never a holdout* folder: those are blind."""
    d = ROOT + '/tests/data/eval'
    names = sorted(n for n in os.listdir(d) if n.startswith('seen') and n not in LEAVE_OUT) if os.path.isdir(d) else []
    return [d + '/' + n + '/replies.tsv' for n in names if os.path.isfile(d + '/' + n + '/replies.tsv')]

def seen_rows(path, own_train=True):
    """(text, taboo, insult, source) rows of one retired blind set (split, category, label, text, note),
    source its folder (seen3 ...: one independent examiner each, a writer of its own for select's
    cross-validation by writer); data rows 5, 10, 15 ... are held out (own_heldout(), as tone_more's).
    A taboo row labels 禁忌语 only; an insult row labels the insult, and 1 implies 禁忌语 (an insult
    is a 禁忌语 that fails the call) while 0 says nothing about 禁忌语 unless a taboo row of the same
    text in the set does; a phrase row labelled 1 (the correct phrase) is polite (0, 0); a phrase row
    labelled 0 says nothing about tone (it may be rude or only wrong), nor does bad_attitude (its
    label is not a tone label), so neither is used."""
    rows = list(rows_tsv(path))
    taboo_of = {f[3]: int(f[2]) for f in rows if len(f) >= 4 and f[1] == 'taboo'}
    source = os.path.basename(os.path.dirname(path))
    out = []
    for i, f in enumerate(rows):
        if len(f) < 4 or held_out2(i) == own_train:
            continue
        cat, lab, text = f[1], int(f[2]), f[3]
        if cat == 'taboo':
            out.append((text, lab, None, source))
        elif cat == 'insult':
            out.append((text, 1 if lab else taboo_of.get(text), lab, source))
        elif cat != 'bad_attitude' and lab == 1:
            out.append((text, 0, 0, source))
    return out

def held_out(i):
    return i % 5 == 0

def held_out2(i):
    """tone_corpus2.tsv: the data row numbered from 1 is divisible by 5 (i counts from 0)."""
    return (i + 1) % 5 == 0

def own_heldout():
    """All own held-out rows: tone_model_own.tsv's held-out split, tone_corpus_heldout.tsv,
    tone_corpus2.tsv's held-out split, then each tests/data/tone_more file's."""
    out = [(f[3], int(f[0]), int(f[1])) for i, f in enumerate(rows_tsv(ROOT + '/tests/data/tone_model_own.tsv'))
           if len(f) >= 4 and held_out(i)]
    out += [(f[3], int(f[0]), int(f[1])) for f in rows_tsv(ROOT + '/tests/data/tone_corpus_heldout.tsv') if len(f) >= 4]
    out += [(f[3], int(f[0]), int(f[1])) for i, f in enumerate(rows_tsv(ROOT + '/tests/data/tone_corpus2.tsv'))
            if len(f) >= 4 and held_out2(i)]
    for path in more_corpora():
        out += [(f[3], int(f[0]), int(f[1])) for i, f in enumerate(rows_tsv(path)) if len(f) >= 4 and held_out2(i)]
    for path in seen_sets() if TRAIN_ON_SEEN else []:
        out += [r[:3] for r in seen_rows(path, False)]
    return out

def tune_rows():
    out = []
    for f in rows_tsv(ROOT + '/tests/data/eval/replies.tsv'):
        if len(f) < 4 or f[0] != 'tune':   # never the report rows
            continue
        if f[1] == 'taboo':
            out.append((f[3], int(f[2]), None, 'tune'))
        elif f[1] == 'insult':
            out.append((f[3], None, int(f[2]), 'tune'))
        elif f[1] != 'bad_attitude' and f[2] == '1':
            out.append((f[3], 0, 0, 'tune'))
    return out

# ---- the linear model (liblinear, L2-regularised logistic regression) ----

def han_count(c):
    return len(re.findall(r'[\u4e00-\u9fff]', c))

def features(c):
    """n-gram -> value for one clause: its count over the square root of all the clause's n-grams
    (known or not), so grading/tone_model.c can score sum(weight) / sqrt(n-grams) + bias."""
    gs = grams(c)
    if not gs:
        return {}
    d = {}
    for g in gs:
        d[g] = d.get(g, 0) + 1
    z = math.sqrt(len(gs))
    return {g: v / z for g, v in d.items()}

def instances(data, key, pos_clause=None):
    """(label, text) instances: every clause of a row labelled 0 is a negative; a row labelled 1 is
    one positive, its rudest clause by pos_clause (a scorer) when given, else the whole row."""
    out = []
    for row in data:
        lab = row[key]
        if lab is None or row[0] is None:   # None: the grader never asks the model (as_graded)
            continue
        if not lab:
            out += [(0, c) for c in clauses(row[0]) if han_count(c) >= 2]
            continue
        text = row[0]
        if pos_clause:
            cs = [c for c in clauses(text) if han_count(c) >= 2]
            if cs:
                text = max(cs, key=pos_clause)
        out.append((1, text))
    return out

def liblinear_fit(inst, c, wpos, tmp):
    """Weights {n-gram: w} and bias of `liblinear-train -s 0` (L2-regularised logistic regression)."""
    index, rows = {}, []
    for lab, text in inst:
        f = features(text)
        idx = sorted((index.setdefault(g, len(index) + 1), v) for g, v in f.items())
        rows.append(('+1' if lab else '-1') + ''.join(' %d:%.6f' % iv for iv in idx))
    with open(tmp + '.svm', 'w') as out:
        out.write('\n'.join(rows) + '\n')
    subprocess.run(['liblinear-train', '-s', '0', '-c', repr(c), '-w1', repr(wpos), '-B', '1', '-q',
                    tmp + '.svm', tmp + '.model'], check=True)
    lines = open(tmp + '.model').read().split('\n')
    sign = 1.0
    for ln in lines:
        if ln.startswith('label '):
            sign = 1.0 if ln.split()[1] == '1' else -1.0
    ws = [sign * float(x) for x in lines[lines.index('w') + 1:] if x.strip()]
    names = {i: g for g, i in index.items()}
    w = {names[i + 1]: ws[i] for i in range(len(names))}
    return w, ws[len(names)]

def train(data, key, c=None, wpos=None, tmp=None):
    """One linear model: fit on whole rude rows, then refit twice on each rude row's clause the model
    finds rudest (the grader scores a reply by its rudest clause)."""
    c = c if c is not None else (C_TABOO if key == 1 else C_INSULT)
    wpos = wpos if wpos is not None else WPOS
    tmp = tmp or tempfile.mkdtemp(prefix='tone_model.') + '/m'
    model = liblinear_fit(instances(data, key), c, wpos, tmp)
    for _ in range(MI_ROUNDS):
        model = liblinear_fit(instances(data, key, lambda cl: clause_score(model, cl)), c, wpos, tmp)
    return model

def train_both(data):
    return train(data, 1), train(data, 2)

def fit_rows(rows):
    """The rows the model is fitted on: as the grader asks it (as_graded) unless --raw-train."""
    return as_graded(rows) if TRAIN_GRADED else rows

def clause_score(model, c):
    w, bias = model
    f = features(c)
    return bias + sum(w.get(g, 0.0) * v for g, v in f.items())

def score(model, text):
    """The score of text's rudest Chinese clause and its three weightiest n-grams present."""
    w = model[0]
    best, why = -1e9, []
    for c in clauses(text) if text is not None else []:
        if han_count(c) < 2:   # the model knows Chinese only
            continue
        s = clause_score(model, c)
        if s > best:
            best = s
            why = [g for g in sorted(set(grams(c)), key=lambda g: -w.get(g, 0.0)) if w.get(g, 0.0) > 0][:3]
    return best, why

def prf(pairs):
    tp = sum(1 for l, v in pairs if l and v); fp = sum(1 for l, v in pairs if not l and v)
    fn = sum(1 for l, v in pairs if l and not v)
    p = tp / (tp + fp) if tp + fp else 1.0; r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, tp, fp, fn

def verdicts(path):
    out = []
    for line in open(path, encoding='utf-8'):
        j = json.loads(line)
        out.append((1 if j.get('match') else 0, 1 if j.get('insult') else 0))
    return out

def training_rows():
    """What the shipped model trains on, in order: the own corpora's training rows, then the tune rows."""
    return corpus(True) + tune_rows()

def grader(rule, asked, st, si, thr_t, thr_i, over_rule=None):
    """(taboo, insult) as grading/phrase_match.c decides: the rules, else (when the model is asked:
    no rule verdict, no reported speech or help offered) the taboo model; an insult only when the
    insult model agrees with a taboo verdict (an insult is a 禁忌语 that fails the call: the insult
    model alone never turns a reply the taboo model finds polite into one; CV 2026-11, C 64: the
    model's insults on polite rows 4 -> 0 at the same insult recall; without that gate the own
    held-out insults were the same, 223 tp / 6 fp, 2026-11-25). When a rule found 禁忌语 but no
    insult, the insult model is asked too, at over_rule (INSULT_OVER_RULE unless given; the model
    file's insult_over_rule line, phrase_match.c insult_model_over_rule), never below thr_i."""
    over_rule = INSULT_OVER_RULE if over_rule is None else over_rule
    if rule[0] and not rule[1]:
        return (1, 1 if si > max(thr_i, over_rule) else 0)
    if rule[0] or not asked:
        return rule
    taboo = st > thr_t
    return (1 if taboo else 0, 1 if taboo and si > thr_i else 0)

def writer(source):
    """The writer of a source: the two phrase corpora are one writer's."""
    return 'phrase corpora' if source.startswith('phrase_') else source

def cv_folds(rows, by_source):
    """Fold of every row: by_source, one fold per writer (leave one writer's wording out: how the
    model does on rudeness worded by someone it never read, issue #11's blind-set problem); else 5
    folds drawn with seed 1 (rows of one writer on both sides)."""
    if by_source:
        names = sorted(set(writer(r[3]) for r in rows))
        if WRITER_FOLDS and WRITER_FOLDS < len(names):   # whole writers dealt round-robin into K folds
            return [names.index(writer(r[3])) % WRITER_FOLDS for r in rows], WRITER_FOLDS
        return [names.index(writer(r[3])) for r in rows], len(names)
    random.seed(1)
    idx = list(range(len(rows))); random.shuffle(idx)
    fold = [0] * len(rows)
    for n, k in enumerate(idx):
        fold[k] = n % 5
    return fold, 5

def cv_scores(rows, c, by_source=False, texts=None):
    """Out-of-fold (taboo, insult) scores of every row (cv_folds), of texts[k] when given (the text
    the grader scores, as_graded) else of the row's own text."""
    fold, folds = cv_folds(rows, by_source)
    texts = texts or [r[0] for r in rows]
    out = [None] * len(rows)
    for f in range(folds):
        tr = [rows[k] for k in range(len(rows)) if fold[k] != f]
        mt, mi = train(tr, 1, c), train(tr, 2, c)
        for k in range(len(rows)):
            if fold[k] == f:
                out[k] = (score(mt, texts[k])[0], score(mi, texts[k])[0])
    return out

def figures(rows, vs, thr_t, thr_i):
    t = [(r[1], v[0]) for r, v in zip(rows, vs) if r[1] is not None]
    i = [(r[2], v[1]) for r, v in zip(rows, vs) if r[2] is not None]
    return prf(t), prf(i)

def added(rows, rule_v, vs, key):
    """tp and fp of the flags the model adds to the rules' (label column key: 1 taboo, 2 insult)."""
    tp = sum(1 for r, rv, v in zip(rows, rule_v, vs) if r[key] is not None and v[key - 1] and not rv[key - 1] and r[key])
    fp = sum(1 for r, rv, v in zip(rows, rule_v, vs) if r[key] is not None and v[key - 1] and not rv[key - 1] and not r[key])
    return tp, fp

GRID = [x / 10 for x in range(-20, 41)]    # thresholds tried, log-odds -2.0 .. 4.0
OVER_RULE_GRID = [1.0, 1.5, 2.0, 2.5, 3.0, NEVER]   # insult_over_rule tried (NEVER: not asked)
INSULT_PRECISION_SLACK = 0.01   # thresholds(): how far below the rules' own insult precision the grader may go

def balanced(p, r):
    """The operating point's figure: the smaller of precision and recall (the bar is both >= 0.95)."""
    return min(p, r)

def best_of(points):
    """The point of [(figure, threshold, ...)] with the largest figure; of equal figures the last,
    i.e. the highest threshold (fewer of the model's flags for the examiner panel to read)."""
    best = None
    for pt in points:
        if best is None or pt[0] >= best[0] - 1e-12:
            best = pt
    return best

def thresholds(rows, rule_v, asked_v, sc, curve=False):
    """The operating point of the grader (rules, then the model) on out-of-fold scores sc: the taboo
    threshold at which the grader's 禁忌语 precision and recall over all rows are most evenly high,
    max min(P, R), then with it the insult threshold and insult_over_rule (the insult model's bar
    when a rule found 禁忌语 but no insult; NEVER: not asked) at which the grader's insult min(P, R)
    is largest; of equal figures the highest threshold. Why min(P, R): issue #11's bar is precision
    AND recall >= 0.95 on replies of writers nobody read, and the rule before (the lowest threshold at
    which the flags the model adds are right MIN_PRECISION of the time) left unseen writers at
    P 0.98-1.00 R 0.905-0.962: the point that maximises the smaller of the two is the one most
    likely to clear both. Returns (taboo thr, insult thr, over_rule, the grader's verdicts); curve
    prints the figures along the way."""
    def run(tt, ti, orr):
        return [grader(rv, a[0], s[0], s[1], tt, ti, orr) for rv, a, s in zip(rule_v, asked_v, sc)]
    def pr(vs, key):
        return prf([(r[key], v[key - 1]) for r, v in zip(rows, vs) if r[key] is not None])[:2]
    taboo = [(balanced(*f), t) + f for t in GRID for f in [pr(run(t, NEVER, NEVER), 1)]]
    tt = best_of(taboo)[1]
    insult = [(balanced(*f), t, o) + f for t in GRID for o in OVER_RULE_GRID
              for f in [pr(run(tt, t, o), 2)]]
    # An insult fails the whole call, so a false one fails a trainee who may be competent (issue #11:
    # no competent trainee fails); a missed one is still 禁忌语 and costs its courtesy item. So the
    # model may add insults only about as precisely as the hand rules find them: of the points whose
    # insult precision is at least the rules' own less INSULT_PRECISION_SLACK, the max min(P, R).
    floor = prf([(r[2], w[1]) for r, w in zip(rows, rule_v) if r[2] is not None])[0] - INSULT_PRECISION_SLACK
    _, ti, orr, *_ = best_of([pt for pt in insult if pt[3] >= floor] or insult)
    if curve:
        print('  禁忌语 threshold: P / R of the grader')
        print('   ' + '  '.join('%.1f %.3f/%.3f' % (t, p, r) for _, t, p, r in taboo if round(t * 10) % 5 == 0))
        print('  insults at 禁忌语 threshold %.2f, insult threshold x insult_over_rule: P / R' % tt)
        for t in [x for x in GRID if round(x * 10) % 5 == 0 and -0.5 <= x <= 3.0] + ([ti] if round(ti * 10) % 5 else []):
            print('   %.1f ' % t + '  '.join('%s %.3f/%.3f' % ('never' if o == NEVER else '%.1f' % o, p, r)
                                           for _, t2, o, p, r in insult if t2 == t))
    return tt, ti, orr, run(tt, ti, orr)

def report(label, rows, rule_v, vs):
    (pt, rt, *_), (pi, ri, *_) = figures(rows, vs, 0, 0)
    bad = sum(1 for r, v, w in zip(rows, vs, rule_v) if r[1] == 1 and r[2] == 0 and v[1] and not w[1])
    print('%s: taboo P %.3f R %.3f (+%d/-%d) | insult P %.3f R %.3f (+%d/-%d, %d 禁忌语-only rows)' %
          ((label, pt, rt) + added(rows, rule_v, vs, 1) + (pi, ri) + added(rows, rule_v, vs, 2) + (bad,)))
    sys.stdout.flush()
    return balanced(pt, rt), balanced(pi, ri)

def select(rule_v, asked_v, cs, by_source_only=False, raw=False):
    """Chooses C and the operating point by cross-validation BY WRITER on the training rows (own
    corpora's training splits and the tune rows, never a held-out, report or blind row): each
    writer's rows scored by a model trained on the others' (cv_folds), the honest stand-in for a
    reply worded by someone nobody on the team read, which is what issue #11's bar is measured on.
    The out-of-fold models score the text the grader scores (as_graded; raw: each row's own text,
    as before 2026-11-26). Per C, thresholds() picks the operating point of the grader (rules, then
    the model) that maximises min(P, R); per model, the smallest C whose min(P, R) is within 0.01
    of the best C's; then the operating point again on those scores, with its curve. Prints each
    figure and the constants to set; 5-fold figures at those C follow as information only.

    The rule, stated before it was run (2026-11-26): max min(P, R) of the grader by writer, 禁忌语
    threshold first, then insult threshold and insult_over_rule together; ties to the higher
    threshold. It replaced "the lowest threshold at which the flags the model adds are right at
    least 0.9 (insults 0.95)", which chose 1.5 / 1.6 and favoured precision: unseen writers came out
    at 禁忌语 P 0.98-1.00 R 0.905-0.962, insults P 0.95-0.99 R 0.898-0.980. Measured (9,722
    training rows, 16 writers, graded text), the grader by writer at C 64:
      禁忌语 threshold  -0.4 0.919/0.970  0.0 0.931/0.967  0.4 0.942/0.960  0.8 0.952/0.953 (chosen)
                        1.0 0.957/0.949  1.5 0.963/0.939 (before)  2.0 0.970/0.927  3.0 0.979/0.899
      insults at 0.8, threshold / over_rule:  0.5 / 1.5 0.958/0.958 (chosen)  1.6 / 2.0 0.969/0.947
                        (before)  0.5 / never 0.962/0.952  2.0 / 2.0 0.970/0.936
      rules alone 禁忌语 0.991/0.828, insults 0.975/0.874. C 256: max min 0.953 at 1.0 (禁忌语), 0.958
      (insults): within 0.01 of C 64, so C 64 stays."""
    rows = training_rows()
    graded = as_graded(rows)
    texts = None if raw else [r[0] for r in graded]
    fit = graded if TRAIN_GRADED else rows   # the CV fits as train does (fit_rows)
    assert len(rows) == len(rule_v) == len(asked_v), (len(rows), len(rule_v), len(asked_v))
    report('rules alone', rows, rule_v, rule_v)
    by_c, sc_by = {}, {}
    for c in cs:
        sc = sc_by[c] = cv_scores(fit, c, True, texts)
        tt, ti, orr, vs = thresholds(rows, rule_v, asked_v, sc)
        by_c[c] = report('by writer, C %g, thresholds %.2f %.2f over rule %.1f' % (c, tt, ti, orr), rows, rule_v, vs)
    best_t, best_i = max(r[0] for r in by_c.values()), max(r[1] for r in by_c.values())
    c_t = next(c for c in cs if by_c[c][0] >= best_t - 0.01)
    c_i = next(c for c in cs if by_c[c][1] >= best_i - 0.01)
    tt, ti, orr, vs = thresholds(rows, rule_v, asked_v, [(a[0], b[1]) for a, b in zip(sc_by[c_t], sc_by[c_i])],
                                 curve=True)
    report('by writer, C %g / %g, thresholds %.2f %.2f over rule %.1f' % (c_t, c_i, tt, ti, orr), rows, rule_v, vs)
    print('set: C_TABOO = %g, C_INSULT = %g, THRESHOLD = %.2f, INSULT_THRESHOLD = %.2f, INSULT_OVER_RULE = %.1f'
          % (c_t, c_i, tt, ti, orr))
    if by_source_only:
        return
    sc_t = cv_scores(fit, c_t, False, texts)
    sc_i = sc_t if c_i == c_t else cv_scores(fit, c_i, False, texts)
    ft, fi, fo, fv = thresholds(rows, rule_v, asked_v, [(a[0], b[1]) for a, b in zip(sc_t, sc_i)])
    report('(information: 5-fold at those C would choose %.2f %.2f over rule %.1f)' % (ft, fi, fo), rows, rule_v, fv)

def evaluate(own_rule_v, own_asked_v, thr_t, thr_i, over_rule):
    """The own held-out rows (never trained on): rules alone and rules with the model trained on
    training_rows(), per source; the model scores the text the grader gives it (as_graded), so the
    figures are the grader's (but for an insult inside a quotation, which it judges again without)."""
    mt, mi = train_both(fit_rows(training_rows()))
    own = as_graded(own_heldout())   # scored as the grader scores them
    assert len(own) == len(own_rule_v) == len(own_asked_v)
    vs = [grader(rv, a[0], score(mt, r[0])[0], score(mi, r[0])[0], thr_t, thr_i, over_rule)
          for r, rv, a in zip(own, own_rule_v, own_asked_v)]
    for name, a, b in own_sources(own):
        r0, r1 = figures(own[a:b], own_rule_v[a:b], 0, 0), figures(own[a:b], vs[a:b], 0, 0)
        print('%-26s taboo P %.3f R %.3f -> P %.3f R %.3f | insult P %.3f R %.3f -> P %.3f R %.3f' %
              (name, r0[0][0], r0[0][1], r1[0][0], r1[0][1], r0[1][0], r0[1][1], r1[1][0], r1[1][1]))

def own_sources(own):
    """(name, first, end) of each source's rows in own_heldout(), then all."""
    n1 = sum(1 for i, f in enumerate(rows_tsv(ROOT + '/tests/data/tone_model_own.tsv')) if len(f) >= 4 and held_out(i))
    n2 = n1 + sum(1 for f in rows_tsv(ROOT + '/tests/data/tone_corpus_heldout.tsv') if len(f) >= 4)
    n3 = n2 + sum(1 for i, f in enumerate(rows_tsv(ROOT + '/tests/data/tone_corpus2.tsv')) if len(f) >= 4 and held_out2(i))
    out = [('tone_model_own held-out', 0, n1), ('tone_corpus_heldout', n1, n2), ('tone_corpus2 held-out', n2, n3)]
    for path in more_corpora():
        n = sum(1 for i, f in enumerate(rows_tsv(path)) if len(f) >= 4 and held_out2(i))
        out.append(('tone_more/' + os.path.basename(path) + ' held-out', n3, n3 + n))
        n3 += n
    for path in seen_sets() if TRAIN_ON_SEEN else []:
        n = len(seen_rows(path, False))
        out.append(('eval/' + os.path.basename(os.path.dirname(path)) + ' held-out', n3, n3 + n))
        n3 += n
    assert n3 == len(own), (n3, len(own))
    return out + [('all', 0, len(own))]

def asked(path):
    """Per line of grade-phrase --batch run on a bank whose model flags every scored clause: 1 when
    the model spoke (the rules found nothing, no reported speech or help offered, a Chinese clause)."""
    return [(1 if json.loads(line).get('reason') == 'tone.model' else 0,) for line in open(path, encoding='utf-8')]

def write_model(path, mt, mi):
    with open(path, 'w', encoding='utf-8') as out:
        out.write('# callsim tone model, written by tools/tone_model.py train (liblinear -s 0: L2-regularised\n')
        out.write('# logistic regression over character 1-3-grams%s, C %g 禁忌语 / %g insults).\n'
                  % (' and skip-bigrams a…b' if SKIP_BIGRAMS else '', C_TABOO, C_INSULT))
        out.write('# FEATURE<TAB>taboo weight<TAB>insult weight; a clause scores bias + sum(weight * count) /\n')
        out.write('# sqrt(its features), a log-odds; above the threshold it is flagged when the rules miss the\n')
        out.write('# reply (format: docs/phrase_bank.md). Features weighing under %g in both models are left out.\n' % PRUNE)
        if SKIP_BIGRAMS:
            out.write('skip_bigrams\t1\n')
        out.write('threshold\t%.2f\n' % THRESHOLD)
        out.write('bias\t%.4f\n' % mt[1])
        out.write('insult_threshold\t%.2f\n' % INSULT_THRESHOLD)
        out.write('insult_bias\t%.4f\n' % mi[1])
        out.write('insult_over_rule\t%.2f\n' % INSULT_OVER_RULE)
        for g in sorted(set(mt[0]) | set(mi[0])):
            t, i = mt[0].get(g, 0.0), mi[0].get(g, 0.0)
            if abs(t) >= PRUNE or abs(i) >= PRUNE:
                out.write('%s\t%.4f\t%.4f\n' % (g, t, i))

def callsim():
    exe = os.environ.get('CALLSIM') or ROOT + '/build/callsim'
    if not os.access(exe, os.X_OK):
        sys.exit('%s: not built (run make, or set CALLSIM)' % exe)
    return exe

def as_graded(rows):
    """rows with each text replaced by what the grader's tone model scores for it (callsim
    grade-phrase --model-text: simplified and normalised as the grader reads it, the clauses after
    the last offer of help, none repeating someone else's words; None when none is left), so the
    model is trained and measured on exactly the text grading/tone_model.c scores."""
    res = subprocess.run([callsim(), 'grade-phrase', '--model-text'], input=''.join(
        re.sub(r'[\r\n]+', ' ', r[0]) + '\n' for r in rows), capture_output=True, text=True, check=True)
    texts = res.stdout.split('\n')[:-1]
    assert len(texts) == len(rows), (len(texts), len(rows))
    return [(t or None,) + tuple(r[1:]) for t, r in zip(texts, rows)]

def load_model(path):
    """((taboo weights, bias), (insult weights, insult bias), skip) of a model file write_model wrote."""
    wt, wi, head = {}, {}, {}
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        if f[0] in ('threshold', 'bias', 'insult_threshold', 'insult_bias', 'skip_bigrams', 'insult_over_rule'):
            head[f[0]] = float(f[1])
        else:
            wt[f[0]] = float(f[1])
            wi[f[0]] = float(f[2])
    return (wt, head['bias']), (wi, head['insult_bias']), bool(head.get('skip_bigrams', 0))

def score_lines(path):
    """Per line of stdin: the taboo and the insult model's score of its rudest clause (%.6f) and
    the deciding n-grams of each, as grading/tone_model.c computes them (tests/cli/test_tone_features.sh
    compares the two on the same clauses)."""
    global SKIP_BIGRAMS
    mt, mi, SKIP_BIGRAMS = load_model(path)
    for line in sys.stdin:
        text = line.rstrip('\n')
        (st, wt), (si, wi) = score(mt, text), score(mi, text)
        print('%.6f\t%.6f\t%s\t%s' % (st, si, ' '.join(wt), ' '.join(wi)))

def grade(rows):
    """The grader's verdicts on rows as select and eval need them: (rule verdicts, asked) from
    ROOT/build/callsim grade-phrase --batch (or $CALLSIM), run twice on data roots made of links to
    ROOT: once with assets but no tone_model.txt (the rules alone), once with a model whose
    threshold flags every clause (which rows the grader puts to the model)."""
    exe = callsim()
    text = ''.join('taboo\t' + r[0] + '\n' for r in rows)
    out = []
    with tempfile.TemporaryDirectory(prefix='tone_model.') as tmp:
        for name, model in (('rules', None), ('asked', 'threshold\t-1000000\nbias\t0\ninsult_threshold\t-1000000\n'
                                                     'insult_bias\t0\n您\t0\t0\n')):
            root = tmp + '/' + name
            os.makedirs(root + '/assets')
            for e in os.listdir(ROOT):
                if e != 'assets':
                    os.symlink(os.path.abspath(ROOT + '/' + e), root + '/' + e)
            for e in os.listdir(ROOT + '/assets'):
                if e != 'tone_model.txt':
                    os.symlink(os.path.abspath(ROOT + '/assets/' + e), root + '/assets/' + e)
            if model:
                with open(root + '/assets/tone_model.txt', 'w', encoding='utf-8') as f:
                    f.write(model)
            res = subprocess.run([exe, 'grade-phrase', '--batch'], input=text, capture_output=True, text=True,
                                 env=dict(os.environ, CALLSIM_DATA=root), check=True)
            lines = res.stdout.splitlines()
            assert len(lines) == len(rows), (len(lines), len(rows))
            out.append(lines)
    rule_v = [(1 if json.loads(l).get('match') else 0, 1 if json.loads(l).get('insult') else 0) for l in out[0]]
    asked_v = [(1 if json.loads(l).get('reason') == 'tone.model' else 0,) for l in out[1]]
    return rule_v, asked_v

def files_or_grade(args, rows):
    """(rule verdicts, asked, remaining args): from two verdict files when args start with them,
    else graded now (grade())."""
    if len(args) >= 2 and os.path.isfile(args[0]) and os.path.isfile(args[1]):
        return verdicts(args[0]), asked(args[1]), args[2:]
    return grade(rows) + (args,)

def set_rows(name):
    """(category, label, text) of every taboo and insult row of tests/data/eval/NAME/replies.tsv, as
    tools/eval.sh grades them (an insult row is asked as taboo; its verdict is the insult key)."""
    return [(f[1], int(f[2]), f[3]) for f in rows_tsv(ROOT + '/tests/data/eval/' + name + '/replies.tsv')
            if len(f) >= 4 and f[1] in ('taboo', 'insult')]

def blind(model, names, thr=None):
    """The grader (callsim grade-phrase --batch, rules then MODEL, at MODEL's thresholds or thr =
    (taboo, insult, over_rule)) on all taboo and insult rows of each named set: tp/fp/fn and P/R per
    set and pooled, as tools/eval.sh counts them. For sets no model read (--leave-out)."""
    text = open(model, encoding='utf-8').read()
    if thr:
        for key, v in zip(('threshold', 'insult_threshold', 'insult_over_rule'), thr):
            text = re.sub(r'(?m)^%s\t.*$' % key, '%s\t%.2f' % (key, v), text)
    exe = callsim()
    pooled = {'taboo': [], 'insult': []}
    with tempfile.TemporaryDirectory(prefix='tone_model.') as root:
        os.makedirs(root + '/assets')
        for e in os.listdir(ROOT):
            if e != 'assets':
                os.symlink(os.path.abspath(ROOT + '/' + e), root + '/' + e)
        for e in os.listdir(ROOT + '/assets'):
            if e != 'tone_model.txt':
                os.symlink(os.path.abspath(ROOT + '/assets/' + e), root + '/assets/' + e)
        with open(root + '/assets/tone_model.txt', 'w', encoding='utf-8') as f:
            f.write(text)
        for name in names:
            rows = set_rows(name)
            res = subprocess.run([exe, 'grade-phrase', '--batch'], input=''.join('taboo\t%s\n' % r[2] for r in rows),
                                 capture_output=True, text=True, env=dict(os.environ, CALLSIM_DATA=root), check=True)
            js = [json.loads(l) for l in res.stdout.splitlines()]
            assert len(js) == len(rows), (len(js), len(rows))
            out = []
            for cat in ('taboo', 'insult'):
                pairs = [(r[1], 1 if j.get('match' if cat == 'taboo' else 'insult') else 0)
                         for r, j in zip(rows, js) if r[0] == cat]
                pooled[cat] += pairs
                out.append('%s %d/%d/%d P %.3f R %.3f' % ((cat,) + prf(pairs)[2:] + prf(pairs)[:2]))
            print('%-8s %s | %s' % (name, out[0], out[1]))
    print('%-8s %s | %s' % ('pooled', *('%s %d/%d/%d P %.3f R %.3f' % ((c,) + prf(pooled[c])[2:] + prf(pooled[c])[:2])
                                        for c in ('taboo', 'insult'))))

def main():
    global TRAIN_ON_SEEN, TRAIN_GRADED, LEAVE_OUT, WRITER_FOLDS
    if '--writer-folds' in sys.argv:   # select: K folds of whole writers (cv_folds)
        k = sys.argv.index('--writer-folds')
        WRITER_FOLDS = int(sys.argv[k + 1])
        del sys.argv[k:k + 2]
    if '--leave-out' in sys.argv:   # any command: these retired sets never train (--seen)
        k = sys.argv.index('--leave-out')
        LEAVE_OUT = tuple(sys.argv[k + 1].split(','))
        del sys.argv[k:k + 2]
    if '--raw-train' in sys.argv:   # any command: fit on each row's own text (TRAIN_GRADED)
        TRAIN_GRADED = False
        sys.argv.remove('--raw-train')
    if '--seen' in sys.argv:   # any command: the retired blind sets train (and hold out) too
        TRAIN_ON_SEEN = True
        sys.argv.remove('--seen')
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    args = sys.argv[2:]
    if cmd in ('own-heldout', 'training-rows'):   # grade-phrase --batch input, in the order the verdict files must hold
        for r in own_heldout() if cmd == 'own-heldout' else training_rows():
            print('taboo\t' + r[0])
    elif cmd == 'train' and len(args) == 1:
        mt, mi = train_both(fit_rows(training_rows()))
        write_model(args[0], mt, mi)
    elif cmd == 'score' and len(args) == 1:
        score_lines(args[0])
    elif cmd == 'select':
        flags = ('--by-writer', '--graded', '--raw')   # --graded: the default now, kept for old commands
        rule_v, asked_v, rest = files_or_grade([a for a in args if a not in flags], training_rows())
        select(rule_v, asked_v, [float(x) for x in rest] or [64, 256, 1024], '--by-writer' in args,
               '--raw' in args)
    elif cmd == 'blind' and len(args) >= 2:   # blind MODEL [--thr T I O] SET ...
        thr = None
        if args[1] == '--thr':
            thr, args = [float(x) for x in args[2:5]], args[:1] + args[5:]
        blind(args[0], args[1:], thr)
    elif cmd == 'eval':
        rule_v, asked_v, rest = files_or_grade(args, own_heldout())
        thr_t = float(rest[0]) if rest else THRESHOLD
        thr_i = float(rest[1]) if len(rest) > 1 else INSULT_THRESHOLD
        evaluate(rule_v, asked_v, thr_t, thr_i, float(rest[2]) if len(rest) > 2 else INSULT_OVER_RULE)
    else:
        sys.exit(__doc__)

if __name__ == '__main__':
    main()
