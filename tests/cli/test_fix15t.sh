#!/usr/bin/env bash
# False flags by class (helper fix15t, review15 replies items 1, 4, 6, 8), each class with innocents
# and rude twins: a kind warning (小心 with a hazard), a relative compared on height or worry, 我妈的 as
# "my mother's", a fault admitted or named as no coincidence, 就这样吧 closing kindly,
# a grievance endorsed with a remedy, the young offered as one way with the agent's teaching after, a weak
# sense met by the agent adjusting, 再…试试 as a retry, the agent's own blunder, a third party's finding, the
# terms pointed to their clause; and the filler rule's real words (就是/这个/然后).
#  1. tests/data/tone_more/fix15t.tsv: both verdicts of every row (category taboo);
#  2. tests/data/phrase_more_fix15t.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): the phrase verdict.
# 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; 国家职业技能标准 呼叫中心服务员 3.1.
#   bash tests/cli/test_fix15t.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix15t: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# an innocent row (0/0) flagged by the statistical tone model alone (reason tone.model, no insult) is put
# to the examiner panel, as in test_review15.sh, and fails only above MAX_REFER; any rule's wrong verdict
# or a model insult fails its row
MAX_REFER=2
pass=0 fail=0 refer=0
tone=tests/data/tone_more/fix15t.tsv
while IFS=$'\t' read -r want_t want_i kind text got_t got_i labels reason; do
  if [ "$want_t" = "$got_t" ] && [ "$want_i" = "$got_i" ]; then
    pass=$((pass + 1))
  elif [ "$want_t/$want_i" = 0/0 ] && [ "$got_t/$got_i" = 1/0 ] && [ "$reason" = tone.model ]; then
    refer=$((refer + 1)); echo "REFER (model only) [$kind] $text  $labels"
  else
    fail=$((fail + 1)); echo "FAIL $kind: want taboo=$want_t insult=$want_i, got $got_t/$got_i ($labels, $reason): $text"
  fi
done < <(grep -v '^#' "$tone" | grep -v '^$' |
  paste - <(grep -v '^#' "$tone" | grep -v '^$' | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
            jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(",")), (.reason // "")] | @tsv'))
if [ "$refer" -gt "$MAX_REFER" ]; then fail=$((fail + 1)); echo "FAIL $refer model-only flags on innocents, over $MAX_REFER"; fi
phr=tests/data/phrase_more_fix15t.tsv
while IFS=$'\t' read -r cat want text got reason; do
  if [ "$want" = "$got" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL phrase $cat want $want got $got ($reason): $text"; fi
done < <(grep -v '^#' "$phr" | grep -v '^$' | awk -F'\t' '{ print $1 "\t" $2 "\t" $3 }' |
  paste - <(grep -v '^#' "$phr" | grep -v '^$' | awk -F'\t' '{ print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
            jq -r '[(if .match then 1 else 0 end), (.reason // "")] | @tsv'))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
