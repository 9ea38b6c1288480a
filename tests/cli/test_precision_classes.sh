#!/usr/bin/env bash
# Classes the tone grader flagged falsely, and one it missed (issue #11), end to end through
# `callsim grade-phrase taboo`, on helper leftovers' own rows (tests/data/tone_more/leftovers.tsv,
# every row, held-out ones included): the agent going to a leader or another department for the
# caller (我帮您找领导问一下) is help, sending the caller there (有本事你找领导去啊) is 推诿 (呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务);
# words said before named as a thing to check (您刚才说过的地址) are no "I already said
# it"; a wait with help at once (您等着，我帮您查) is the hold of 贵阳 T-GSOCCIA §二(一)1.2, 你等着 alone
# or 你给我等着 a threat; reassurance and advice (这都是正常现象, 记得空腹去) are not rude; group
# stereotypes aimed at the caller (你们这些年轻人就是没耐心) are 禁忌语 (3.1 不用禁忌语; §二(三)6), an
# insult when the fault named is contempt (没素质, 刁民). Every row's taboo verdict, and on rude rows
# its insult verdict, must be the row's label. One line per failure, then "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_precision_classes: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
rows=$(grep -v '^#' tests/data/tone_more/leftovers.tsv)
[ -n "$rows" ] || { echo "test_precision_classes: no rows in tests/data/tone_more/leftovers.tsv"; echo "0 passed, 1 failed"; exit 1; }
printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), (.reason // "-")] | @tsv' |
  paste <(printf '%s\n' "$rows") - |
  awk -F'\t' '
    $1 == $5 && ($1 == 0 || $2 == $6) { pass++; next }
    { fail++; printf "FAIL %s: expected taboo %s insult %s, got %s %s (%s): %s\n", $3, $1, $2, $5, $6, $7, $4 }
    END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
