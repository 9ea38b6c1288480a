#!/usr/bin/env bash
# Helper calls35a's classes of whole-call under-charges of the retired seen31 plays, each fault with a twin:
#  1. whole calls of its own (tests/data/calls35a/expect.txt, checked by test_calls21.sh): an answer sent after
#     the 等待后用语 in a message of its own, with a 禁忌语, halved; a takeover said with a colleague run down halved;
#  2. tests/data/tone_more/calls35a.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first): a
#     colleague run down to excuse a fault (新来的 / 实习生 / 业务不熟) is a 禁忌语 (贵阳 §二(二) 2.9 不推脱;
#     呼叫服务员职业标准(试行) 五级 三(一)2), category taboo, both labels of every row.
# One line per wrong verdict, then "N passed, N failed" for both parts together.
#   bash tests/cli/test_calls35a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
pass=0 fail=0
calls_rows tests/data/calls35a
rows=$(grep -v '^#' tests/data/tone_more/calls35a.tsv | awk -F'\t' 'NF == 4')
[ -n "$rows" ] || { echo "test_calls35a: no rows"; echo "0 passed, 1 failed"; exit 1; }
got=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end)] | @tsv') ||
  { echo "test_calls35a: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
paste <(printf '%s\n' "$rows") <(printf '%s\n' "$got") | awk -F'\t' -v p="$pass" -v f="$fail" '
  $1 == $5 && $2 == $6 { p++; next }
  { f++; printf "FAIL tone want %s/%s got %s/%s [%s] %s\n", $1, $2, $5, $6, $3, $4 }
  END { printf "%d passed, %d failed\n", p, f; exit f > 0 }'
