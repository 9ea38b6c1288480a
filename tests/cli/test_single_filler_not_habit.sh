#!/usr/bin/env bash
# One hesitation is no 口头禅 (helper filler17): a reply with one doubled filler (这个这个) or one 那啥
# was flagged 禁忌语 (tone.dismissive, or the tone model on 那啥) and its standard phrase did not count.
# 国家职业技能标准 呼叫中心服务员 3.1 不用禁忌语及口头禅: a 口头禅 is a habit (fillers through the reply, a
# string, one said over and over), judged once in grading/tone_filler.c; filler dismissals stay 禁忌语.
#  1. tests/data/tone_more/filler17.tsv: both verdicts of every row (category taboo);
#  2. tests/data/phrase_more_filler17.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): the phrase verdict.
#   bash tests/cli/test_single_filler_not_habit.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_single_filler_not_habit: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
tone=tests/data/tone_more/filler17.tsv
while IFS=$'\t' read -r want_t want_i kind text got_t got_i reason; do
  if [ "$want_t" = "$got_t" ] && [ "$want_i" = "$got_i" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL $kind: want taboo=$want_t insult=$want_i, got $got_t/$got_i ($reason): $text"; fi
done < <(grep -v '^#' "$tone" | grep -v '^$' |
  paste - <(grep -v '^#' "$tone" | grep -v '^$' | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
            jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), (.reason // "")] | @tsv'))
phr=tests/data/phrase_more_filler17.tsv
while IFS=$'\t' read -r cat want text got reason; do
  if [ "$want" = "$got" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL phrase $cat want $want got $got ($reason): $text"; fi
done < <(grep -v '^#' "$phr" | grep -v '^$' | awk -F'\t' '{ print $1 "\t" $2 "\t" $3 }' |
  paste - <(grep -v '^#' "$phr" | grep -v '^$' | awk -F'\t' '{ print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
            jq -r '[(if .match then 1 else 0 end), (.reason // "")] | @tsv'))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
