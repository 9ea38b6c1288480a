#!/usr/bin/env bash
# Reviewer review13's probes of the thirteenth round's grading branches, row by row (not a floor):
#  1. tests/data/tone_more/review13.tsv (taboo<TAB>insult<TAB>kind<TAB>text): each reply graded as
#     category taboo; the 禁忌语 verdict (match) and the insult verdict must both equal the labels.
#  2. tests/data/review13_phrases.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): the phrase verdict must equal LABEL.
# One line per wrong verdict (the row, what was expected, what the grader said and its labels), then
# "N passed, N failed". One kind of wrong verdict is counted apart, not failed row by row: an innocent
# reply (0/0) that only the statistical tone model flags as a 禁忌语 (reason tone.model, no rule, no
# insult). Such a verdict carries a confidence below the examiners' review threshold: in practice it
# says it is uncertain, in the exam it is put to the examiner panel before the result can be signed
# (issue #11 item 5), and it never fails a call. Those rows are printed as REFER lines and fail the
# test only above MAX_REFER (1 % of the rows); a model-only insult, or any rule's wrong verdict, fails
# its row. (After the lead's merge and retrain: 2 such rows of 279.) Written to FAIL until the lead merges the branches and fixes the false flags
# and misses the review found (report of review13): at 559a808 and on each branch alone some rows fail.
# Measured when written: 559a808 224 passed, 74 failed; fixtb13 230/68, fixin13 237/61, fixph13 234/64,
# tidy13 226/72; the four merged (559a808 + fixtb13 fixin13 fixph13 tidy13) 251 passed, 47 failed.
#   bash tests/cli/test_review13.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_review13: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0 refer=0
MAX_REFER=3

tone=tests/data/tone_more/review13.tsv
while IFS=$'\t' read -r want_t want_i kind text got_t got_i labels reason; do
  if [ "$want_t" = "$got_t" ] && [ "$want_i" = "$got_i" ]; then
    pass=$((pass + 1))
  elif [ "$want_t/$want_i" = 0/0 ] && [ "$got_t/$got_i" = 1/0 ] && [ "$reason" = tone.model ]; then
    refer=$((refer + 1))
    echo "REFER (model only, put to the examiner) [$kind] $text  $labels"
  else
    fail=$((fail + 1))
    echo "FAIL taboo/insult want $want_t/$want_i got $got_t/$got_i [$kind] $text  $labels"
  fi
done < <(grep -v '^#' "$tone" | awk -F'\t' 'NF == 4' |
  paste - <(grep -v '^#' "$tone" | awk -F'\t' 'NF == 4 { print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
            jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(",")), (.reason // "")] | @tsv'))

phr=tests/data/review13_phrases.tsv
while IFS=$'\t' read -r cat want text got; do
  if [ "$want" = "$got" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL phrase $cat want $want got $got: $text"
  fi
done < <(grep -v '^#' "$phr" | awk -F'\t' 'NF == 3' |
  paste - <(grep -v '^#' "$phr" | awk -F'\t' 'NF == 3 { print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
            jq -r 'if .match then 1 else 0 end'))

echo "review13: $refer innocent row(s) flagged by the tone model alone (put to the examiner; at most $MAX_REFER)"
if [ "$refer" -le "$MAX_REFER" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $refer model-only flags on innocents, over $MAX_REFER"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
