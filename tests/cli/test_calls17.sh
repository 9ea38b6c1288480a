#!/usr/bin/env bash
# Helper calls17's classes of whole-call misses of the retired seen17 plays, at the level of single
# replies (the calls themselves are tests/transcripts/*.{apology_after_opening,hurry_then_silent_hold,
# reply_promise_own_words,check_first_own_words,handled_now_own_words,old_amount_as_new} and twins):
#  1. tests/data/tone_more/calls17.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents
#     first): 记好了 answering 记好了吗 is no lecture, 不晓得 is read as 不知道 is (呼叫服务员职业标准(试行)
#     五级 三(一)2 不用禁忌语; 贵阳 §二(三) 6); both labels of every row, category taboo.
#  2. tests/data/phrase_more_calls17.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>note): 2.19's no-information
#     said as not knowing yet or as the need to check first, 2.13's being-handled said as the matter taken
#     in hand now, with twins that lack a part (贵阳 §二(二) 2.13, 2.19). Before calls17: 4 of 10 tone
#     rows and 4 of 11 phrase rows right.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_calls17.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_calls17: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
tone=tests/data/tone_more/calls17.tsv
phr=tests/data/phrase_more_calls17.tsv
trows=$(grep -v '^#' "$tone" | awk -F'\t' 'NF == 4')
prows=$(grep -v '^#' "$phr" | awk -F'\t' 'NF == 4')
[ -n "$trows" ] && [ -n "$prows" ] || { echo "test_calls17: no rows"; echo "0 passed, 1 failed"; exit 1; }
tv=$(printf '%s\n' "$trows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(","))] | @tsv') ||
  { echo "test_calls17: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
pv=$(printf '%s\n' "$prows" | awk -F'\t' '{ print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), ((.missing // []) | join(",")), (.reason // "-")] | @tsv') ||
  { echo "test_calls17: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
{
  paste <(printf '%s\n' "$trows") <(printf '%s\n' "$tv") | awk -F'\t' '
    $1 == $5 && $2 == $6 { print "ok"; next }
    { printf "FAIL tone want %s/%s got %s/%s [%s] %s  %s\n", $1, $2, $5, $6, $3, $4, $7 }'
  paste <(printf '%s\n' "$prows") <(printf '%s\n' "$pv") | awk -F'\t' '
    $2 == $5 { print "ok"; next }
    { printf "FAIL phrase %s want %s got %s  %s  missing %s (%s)\n", $1, $2, $5, $3, $6, $7 }'
} | awk '$0 == "ok" { pass++; next } { fail++; print } END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
