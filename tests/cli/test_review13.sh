#!/usr/bin/env bash
# Reviewer review13's probes of the thirteenth round's grading branches, row by row (not a floor):
#  1. tests/data/tone_more/review13.tsv (taboo<TAB>insult<TAB>kind<TAB>text): each reply graded as
#     category taboo; the 禁忌语 verdict (match) and the insult verdict must both equal the labels.
#  2. tests/data/review13_phrases.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): the phrase verdict must equal LABEL.
# One line per wrong verdict (the row, what was expected, what the grader said and its labels), then
# "N passed, N failed". One kind of wrong verdict is counted apart, not failed row by row: an innocent
# reply (0/0) that only the statistical tone model flags as a 禁忌语 (reason tone.model, no rule, no
# insult; taboo_refer in tests/lib/taboo_rows.sh says why). Those rows are printed as REFER lines and
# fail the test only above MAX_REFER (1 % of the rows); a model-only insult, or any rule's wrong
# verdict, fails its row. (After the lead's merge and retrain: 2 such rows of 279.) Written to FAIL until the lead merges the branches and fixes the false flags
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
. tests/lib/taboo_rows.sh

tone=tests/data/tone_more/review13.tsv
taboo_review_rows "$callsim" "$tone" 0

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

taboo_refer_bound review13 "$refer" "$MAX_REFER"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
