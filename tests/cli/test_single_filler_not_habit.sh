#!/usr/bin/env bash
# One hesitation is no 口头禅 (helper filler17): a reply with one doubled filler (这个这个) or one 那啥
# was flagged 禁忌语 (tone.dismissive, or the tone model on 那啥) and its standard phrase did not count.
# 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅: a 口头禅 is a habit (fillers through the reply, a
# string, one said over and over), judged once in grading/tone_filler.c; filler dismissals stay 禁忌语.
#  1. tests/data/tone_more/filler17.tsv: both verdicts of every row (category taboo);
#  2. tests/data/phrase_more_filler17.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): the phrase verdict.
#   bash tests/cli/test_single_filler_not_habit.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_single_filler_not_habit: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
# every row right: an innocent row flagged by the tone model alone fails here too (no REFER allowance)
pass=0 fail=0 refer=0
taboo_review_rows "$callsim" tests/data/tone_more/filler17.tsv 1
taboo_refer_bound test_single_filler_not_habit "$refer" 0
phrase_rows_checked "$callsim" tests/data/phrase_more_filler17.tsv
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
