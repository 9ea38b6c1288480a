#!/usr/bin/env bash
# Helper fix32c's classes of the whole-call misses seen25/seen26 kept after calls32a/calls32b, each fault with a twin:
#  1. whole calls of its own (tests/data/fix32c/*.replies: a dismissal split by a comma read as 2.11, the agent's own
#     side doing the work read as 您自己看着办 by the tone model, the caller scolded for chatting on the line), scores
#     and items against tests/data/fix32c/expect.txt (test_calls21.sh);
#  2. tests/data/tone_more/fix32c.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first),
#     category taboo, both labels of every row;
#  3. tests/data/fix32c/phrases.tsv (category<TAB>want<TAB>text): a gap of a phrase pattern stays out of a clause
#     with a subject of its own.
# One line per wrong verdict, then "N passed, N failed" for all parts together.
#   bash tests/cli/test_fix32c.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
pass=0 fail=0
calls_rows tests/data/fix32c
rows=$(grep -v '^#' tests/data/tone_more/fix32c.tsv | awk -F'\t' 'NF == 4')
phr=$(grep -v '^#' tests/data/fix32c/phrases.tsv | awk -F'\t' 'NF == 3')
[ -n "$rows" ] && [ -n "$phr" ] || { echo "test_fix32c: no rows"; echo "0 passed, 1 failed"; exit 1; }
got=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end)] | @tsv') ||
  { echo "test_fix32c: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
pgot=$(printf '%s\n' "$phr" | awk -F'\t' '{ print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
  jq -r 'if .match then 1 else 0 end') ||
  { echo "test_fix32c: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
{
  paste <(printf '%s\n' "$rows") <(printf '%s\n' "$got") | awk -F'\t' '
    $1 == $5 && $2 == $6 { print "ok"; next }
    { printf "FAIL tone want %s/%s got %s/%s [%s] %s\n", $1, $2, $5, $6, $3, $4 }'
  paste <(printf '%s\n' "$phr") <(printf '%s\n' "$pgot") | awk -F'\t' '
    $2 == $4 { print "ok"; next }
    { printf "FAIL phrase %s want %s got %s: %s\n", $1, $2, $4, $3 }'
} | awk -v p="$pass" -v f="$fail" '
  $0 == "ok" { p++; next }
  { f++; print }
  END { printf "%d passed, %d failed\n", p, f; exit f > 0 }'
