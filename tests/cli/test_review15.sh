#!/usr/bin/env bash
# Reviewer review15's probes of the fifteenth round's grading branches, row by row (not a floor):
#  1. tests/data/tone_more/review15.tsv (taboo<TAB>insult<TAB>kind<TAB>text): each reply graded as
#     category taboo; the 禁忌语 verdict (match) and the insult verdict must both equal the labels.
#  2. tests/data/phrase_more_review15.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>class=…): the phrase verdict
#     must equal LABEL.
# One line per wrong verdict, then "N passed, N failed". As in test_review13.sh, an innocent reply (0/0)
# flagged by the statistical tone model alone (reason tone.model, no insult) is a REFER line (put to the
# examiner panel, issue #11 item 5) and fails the test only above MAX_REFER; any rule's wrong verdict or
# a model insult fails its row. Written to FAIL until the lead merges the branches and fixes what the
# review found (report of review15); the rows still wrong when the round closed are listed with the
# reason in tests/data/review15_open.tsv (OPEN, not failing; a listed row judged right fails). Measured when written (217 tone rows, 25 phrase rows, the refer check):
#   base 1fe6383 and main (fixph15 merged): 185 passed, 51 failed
#   fixtb16 187/49 (0 new wrong verdicts), fixin15 191/45 (5 new wrong: 闭嘴吞/闭嘴呼吸/闭嘴嚼/傻瓜型/
#   神经病学 said at the caller no longer an insult), fpprobe 194/42 (0 new wrong), hwslip 185/51
#   (1 fixed, 1 new wrong: 就是这个/然后 as real words read as fillers), calls15 and callsdev as the base.
#   bash tests/cli/test_review15.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_review15: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0 refer=0 open=0
MAX_REFER=2
. tests/lib/taboo_rows.sh
# rows left open when the round closed, with the reason (tests/data/review15_open.tsv)
declare -A why_open
while IFS=$'\t' read -r otext oreason; do why_open[$otext]=$oreason; done < <(grep -v '^#' tests/data/review15_open.tsv)
declare -A seen_open
# a wrong verdict on an open row is OPEN; a right one FAILS (take it off the list)
open_row() {
  seen_open[$1]=1
  if [ "$2" = right ]; then fail=$((fail + 1)); echo "FAIL open row now judged right, take it off review15_open.tsv: $1"
  else open=$((open + 1)); echo "OPEN $1  (${why_open[$1]})"; fi
}

tone=tests/data/tone_more/review15.tsv
# a probe row left open is open_row's
open_tone_row() {
  [ -n "${why_open[$1]+x}" ] || return 1
  if [ "$2" = 1 ]; then open_row "$1" right; else open_row "$1" wrong; fi
}
taboo_review_rows "$callsim" "$tone" 1 open_tone_row

phr=tests/data/phrase_more_review15.tsv
while IFS=$'\t' read -r cat want text cls got reason; do
  if [ -n "${why_open[$text]+x}" ]; then
    if [ "$want" = "$got" ]; then open_row "$text" right; else open_row "$text" wrong; fi
  elif [ "$want" = "$got" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL phrase $cat want $want got $got ($reason) [$cls]: $text"
  fi
done < <(grep -v '^#' "$phr" | awk -F'\t' 'NF >= 3 { print $1 "\t" $2 "\t" $3 "\t" $4 }' |
  paste - <(grep -v '^#' "$phr" | awk -F'\t' 'NF >= 3 { print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
            jq -r '[(if .match then 1 else 0 end), (.reason // "")] | @tsv'))

for t in "${!why_open[@]}"; do
  [ -n "${seen_open[$t]+x}" ] || { fail=$((fail + 1)); echo "FAIL review15_open.tsv names no probe row: $t"; }
done
echo "review15: $open row(s) left open (tests/data/review15_open.tsv)"
taboo_refer_bound review15 "$refer" "$MAX_REFER"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
