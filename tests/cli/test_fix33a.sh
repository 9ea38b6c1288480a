#!/usr/bin/env bash
# Helper fix33a's classes (review33 A, D, F), own rows with innocent twins in tests/data/tone_more/fix33a.tsv
# (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of every row:
#  A. a curse at a thing (该死的 / 丫的 / 个板马 before any thing, named in a list or not) is a 口头禅, not an insult;
#     the same curse at the caller, a person or what the caller did stays one (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1,
#     §二(四) 4.2; 呼叫服务员职业标准(试行) 五级 三(一)2);
#  D. the caller likened to a beast (属X的 as a verdict, a bare beast in 跟/像…似的/一样) is an insult — the two
#     rules were withdrawn at stop 33 (they failed caring small talk): the rude rows are OPEN comments in the tsv,
#     and the reviewer final33b's innocent small talk and comfort rows must stay clean;
#  F. 您就等着吧 closing a reply is a brush-off, insult 0 whether graded as taboo or as the tail of
#     repeat_complaint (the rows of kind wait_out are graded both ways and must agree).
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix33a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
file=tests/data/tone_more/fix33a.tsv
graded=$(taboo_file_graded test_fix33a "$callsim" "$file") || { printf '%s\n' "$graded"; exit 1; }
wait_rows=$(taboo_rows "$file" | awk -F'\t' '$3 == "wait_out" { print "repeat_complaint\t" $4 }')
[ -n "$wait_rows" ] || { echo "test_fix33a: no wait_out rows"; echo "0 passed, 1 failed"; exit 1; }
wait_got=$(printf '%s\n' "$wait_rows" | "$callsim" grade-phrase --batch | jq -r 'if .insult then 1 else 0 end') ||
  { echo "test_fix33a: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
{
  printf '%s\n' "$graded" | awk -F'\t' '
    $1 == $5 && $2 == $6 { print "ok"; next }
    { printf "FAIL want %s/%s got %s/%s [%s] %s (%s; %s)\n", $1, $2, $5, $6, $3, $4, $7, $8 }'
  paste <(printf '%s\n' "$wait_rows") <(printf '%s\n' "$wait_got") | awk -F'\t' '
    $3 == 0 { print "ok"; next }
    { printf "FAIL repeat_complaint insult %s (taboo grading says 0): %s\n", $3, $2 }'
} | awk '
  $0 == "ok" { p++; next }
  { f++; print }
  END { printf "%d passed, %d failed\n", p, f; exit f > 0 }'
