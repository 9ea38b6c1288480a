#!/usr/bin/env bash
# Helper calls32a's classes of seen25's whole-call misses, each fault with a twin:
#  1. whole calls of its own (tests/data/calls32a/*.replies: 特殊处理 1's question said before any 开篇语, a record
#     filed before the dictation, the victim reproached in the safety line, the wait called normal after 2.16, the
#     record reported done for the caller), scores and items against tests/data/calls32a/expect.txt (test_calls21.sh);
#  2. tests/data/tone_more/calls32a.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first),
#     category taboo, both labels of every row.
# One line per wrong verdict, then "N passed, N failed" for both parts together.
#   bash tests/cli/test_calls32a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
pass=0 fail=0
calls_rows tests/data/calls32a
rows=$(grep -v '^#' tests/data/tone_more/calls32a.tsv | awk -F'\t' 'NF == 4')
[ -n "$rows" ] || { echo "test_calls32a: no rows"; echo "0 passed, 1 failed"; exit 1; }
got=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end)] | @tsv') ||
  { echo "test_calls32a: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
paste <(printf '%s\n' "$rows") <(printf '%s\n' "$got") | awk -F'\t' -v p="$pass" -v f="$fail" '
  $1 == $5 && $2 == $6 { p++; next }
  { f++; printf "FAIL tone want %s/%s got %s/%s [%s] %s\n", $1, $2, $5, $6, $3, $4 }
  END { printf "%d passed, %d failed\n", p, f; exit f > 0 }'
