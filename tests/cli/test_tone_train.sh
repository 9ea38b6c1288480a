#!/usr/bin/env bash
# The tone rules on helper A2's own sentences (tests/data/tone_train.tsv): every rude sentence of
# each class (rhetorical, blame, dismissal, impatience, sarcasm, defiance, lecture, belittle,
# English) is a forbidden expression, insults also insult, and every polite reply or innocent
# look-alike is neither. One line per disagreement, then "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
data=tests/data/tone_train.tsv
command -v jq >/dev/null || { echo "test_tone_train: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
grep -v '^#' "$data" | awk -F'\t' 'NF == 4 { print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), (.taboo | join(","))] | @tsv' |
  paste <(grep -v '^#' "$data" | awk -F'\t' 'NF == 4') - |
  awk -F'\t' '
    $1 == $5 && $2 == $6 { pass++; next }
    { fail++; printf "FAIL %s: expected taboo %s insult %s, got %s %s (%s): %s\n", $3, $1, $2, $5, $6, $7, $4 }
    END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
