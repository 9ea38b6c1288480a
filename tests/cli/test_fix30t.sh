#!/usr/bin/env bash
# Helper fix30t: the statistical tone model alone never fails a call where the reply consoles or encourages a caller
# in distress (the REFER rule; 国家职业技能标准 呼叫中心服务员 2.4.2 危机事件预处理，安抚客户; 2.2.2). Rows of
# tests/data/tone_more/fix30t.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: the insult verdict
# must be the label; an innocent row flagged by the model alone is a REFER line (put to the examiner), at most
# MAX_REFER; a rude row must be flagged (by a rule or, for a plain put-down, the model: the narrowing keeps it).
# Each innocent row fails on main (the model's insult there fails the call); and one whole crisis call of its own
# (tests/data/fix30t/expect.txt, run by test_calls21.sh) that main fails on the model's insult alone.
#   bash tests/cli/test_fix30t.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/calls_rows.sh
pass=0 fail=0 refer=0
while IFS=$'\t' read -r want_t want_i kind text got_t got_i labels reason; do
  if [ "$want_t/$want_i" = "$got_t/$got_i" ]; then
    pass=$((pass + 1))
  elif taboo_refer "$want_t" "$want_i" "$got_t" "$got_i" "$reason"; then
    refer=$((refer + 1)); echo "REFER (model only, put to the examiner) [$kind] $text"
  else
    fail=$((fail + 1)); echo "FAIL taboo/insult want $want_t/$want_i got $got_t/$got_i [$kind] $text  $labels ($reason)"
  fi
done < <(taboo_file_graded test_fix30t "$callsim" tests/data/tone_more/fix30t.tsv || echo "ERR")
taboo_refer_bound test_fix30t "$refer" 4
# the whole call: tests/data/fix30t/expect.txt
calls_rows tests/data/fix30t
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
