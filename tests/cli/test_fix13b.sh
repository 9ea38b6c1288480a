#!/usr/bin/env bash
# False insults by class (helper fix13b), tests/data/tone_more/fix13b.tsv: a denial whose contrast names
# the agent's help or the caller's error (blame, not the dull mind said again), the caller's self-talk
# forbidden to comfort them, a zodiac sign, the proverb 傻人有傻福, a wait with a service step the caller
# gains by, the caller's conduct judged with no demeaning word — each with rude twins that stay insults.
# An insult fails the call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1); the label rule is
# tests/data/eval/README.md "How a label is decided". Graded by `callsim grade-phrase --batch`, taboo.
#   bash tests/cli/test_fix13b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix13b: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
rows=$(grep -v '^#' tests/data/tone_more/fix13b.tsv | grep -v '^$')
pass=0 fail=0
verdicts=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(","))] | @tsv') ||
  { echo "test_fix13b: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
n=0
while IFS=$'\t' read -r want_t want_i cls text; do
  n=$((n + 1))
  IFS=$'\t' read -r got_t got_i why <<<"$(printf '%s\n' "$verdicts" | sed -n "${n}p")"
  if [ "$got_t" = "$want_t" ] && [ "$got_i" = "$want_i" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $cls: want taboo=$want_t insult=$want_i, got $got_t/$got_i ($why): $text"
  fi
done <<<"$rows"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
