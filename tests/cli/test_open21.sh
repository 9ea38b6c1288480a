#!/usr/bin/env bash
# Helper open21's classes, fixed from the probe rows earlier rounds left open (review17, review15, fp17, miss17),
# row by row on the helper's own sentences, innocent twins first (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及
# 口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6, §二(二) 2.1, §二(四) 4.2):
#  1. tests/data/tone_more/open21.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: a rude row
#     must get both labels from a rule (not from the statistical tone model alone, reason tone.model); an innocent
#     row flagged by the model alone is a REFER line (put to the examiner), at most MAX_REFER (the model is
#     retrained by the lead only: it reads several twins of these classes 禁忌语), and one flagged by
#     a rule fails.
#  2. tests/data/phrase_more_open21.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): the phrase verdict must equal LABEL.
#   bash tests/cli/test_open21.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_open21 "$callsim" tests/data/tone_more/open21.tsv 10
phr=tests/data/phrase_more_open21.tsv
while IFS=$'\t' read -r cat want text got; do
  if [ "$want" = "$got" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL phrase $cat want $want got $got: $text"; fi
done < <(paste <(grep -v '^#' "$phr" | awk -F'\t' 'NF == 3') \
               <(grep -v '^#' "$phr" | awk -F'\t' 'NF == 3 { print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
                 jq -r 'if .match then 1 else 0 end'))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
