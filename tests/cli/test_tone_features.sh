#!/usr/bin/env bash
# The trainer (tools/tone_model.py score) computes the features grading/tone_model.c scores with:
# on tests/data/tone_features/model.txt, every clause of clauses.tsv scores as listed there and
# names the same deciding n-grams (tests/unit/test_tone_model.c checks the C scorer against the
# same file), so a model trained by the script is scored by the grader as the script measured it.
# One line per clause, then "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
command -v python3 >/dev/null || { echo "test_tone_features: python3 is missing"; echo "0 passed, 1 failed"; exit 1; }
dir=tests/data/tone_features
pass=0 fail=0
# one awk over "listed<TAB>scored" rows (tabs kept: a clause may name no n-gram)
result=$(paste <(grep -v '^#' "$dir/clauses.tsv") \
               <(grep -v '^#' "$dir/clauses.tsv" | cut -f1 | python3 tools/tone_model.py score "$dir/model.txt") |
  awk -F'\t' '{ ok = NF == 9 && ($2 - $6) ^ 2 < 1e-10 && ($3 - $7) ^ 2 < 1e-10 && $4 == $8 && $5 == $9
                print (ok ? "ok   " : "FAIL ") $1 ": trainer " $6 " " $7 " [" $8 "] [" $9 "]" (ok ? "" : ", listed " $2 " " $3 " [" $4 "] [" $5 "]") }')
printf '%s\n' "$result"
pass=$(grep -c '^ok ' <<<"$result")
fail=$(grep -c '^FAIL ' <<<"$result")
[ "$pass" -ge 5 ] || { fail=$((fail + 1)); echo "FAIL fewer than five clauses compared"; }
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
