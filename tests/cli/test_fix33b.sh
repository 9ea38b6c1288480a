#!/usr/bin/env bash
# Helper fix33b's classes of review33's findings, own sentences with innocent twins first:
#  1. tests/data/tone_more/fix33b.tsv (taboo<TAB>insult<TAB>kind<TAB>text), category taboo, both labels of every row:
#     B comfort and good news kept from the tone model, E nobody to ask / the question called too basic, F the errand
#     dropped after an echoed refusal (甭) and 怪谁 after a glued failing;
#  2. tests/data/fix33b/phrases.tsv (category<TAB>want<TAB>text): C the offer of 1.1 / 2.16 asked as a concrete offer or
#     in dialect (要不要我帮您…, 阿要, 有么事, 请问您想…哪…).
# 贵阳 T-GSOCCIA 001—2020 §二(一) 1.1, §二(二) 2.12, 2.16, §二(三)6, §二(四) 4.1; 呼叫服务员职业标准(试行) 五级 三(一)1, 2.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix33b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
phr=$(grep -v '^#' tests/data/fix33b/phrases.tsv | awk -F'\t' 'NF == 3')
[ -n "$phr" ] || { echo "test_fix33b: no phrase rows"; echo "0 passed, 1 failed"; exit 1; }
pgot=$(printf '%s\n' "$phr" | awk -F'\t' '{ print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
  jq -r 'if .match then 1 else 0 end') ||
  { echo "test_fix33b: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
out=$(paste <(printf '%s\n' "$phr") <(printf '%s\n' "$pgot") | awk -F'\t' '
  $2 == $4 { p++; next }
  { f++; printf "FAIL phrase %s want %s got %s: %s\n", $1, $2, $4, $3 }
  END { printf "%d %d\n", p, f }')
printf '%s\n' "$out" | sed '$d'
read -r pass fail <<<"$(printf '%s\n' "$out" | tail -n 1)"
taboo_rows_check test_fix33b "$callsim" tests/data/tone_more/fix33b.tsv "$pass" "$fail"
