#!/usr/bin/env bash
# Helper taboo17's classes of 禁忌语 and insults of game, rental and rural desks, row by row: every row of
# tests/data/tone_more/taboo17.tsv (taboo<TAB>insult<TAB>kind<TAB>text, the helper's own sentences, innocent
# twins first) graded as category taboo must get both its labels (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1,
# §二(三) 6, §二(四) 4.2; 国家职业技能标准 3.1). One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_taboo17.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_taboo17: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
file=tests/data/tone_more/taboo17.tsv
rows=$(grep -v '^#' "$file" | awk -F'\t' 'NF == 4')
[ -n "$rows" ] || { echo "test_taboo17: no rows in $file"; echo "0 passed, 1 failed"; exit 1; }
verdicts=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(",")), (.reason // "-")] | @tsv') ||
  { echo "test_taboo17: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
paste <(printf '%s\n' "$rows") <(printf '%s\n' "$verdicts") | awk -F'\t' '
  $1 == $5 && $2 == $6 { pass++; next }
  { fail++; printf "FAIL want %s/%s got %s/%s [%s] %s  %s (%s)\n", $1, $2, $5, $6, $3, $4, $7, $8 }
  END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
