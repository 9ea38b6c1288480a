#!/usr/bin/env bash
# Phrase verdicts on helper fixp11's own rows (issue #11), by class of the seen9–seen12 phrase misses
# it fixed: §二(三)3's close as special_abuse's phrase, parts in the chat register of online-shop desks
# (亲, 记好了, 帮到您, 没有联系方式的话), a card brand's e- prefix in the opening (e通卡: no IME garbage,
# while a stray key stays garbage), and 请问您是在哪…的？ (the caller asked, no third party blamed).
# tests/data/phrase_more_fixp11.tsv was written after the fixes (a regression check): every row must
# be graded as labelled.
#   bash tests/cli/test_phrase_more_fixp11.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_phrase_more_fixp11: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
data=$(grep -v '^#' tests/data/phrase_more_fixp11.tsv | grep -v '^$')
got=$(printf '%s\n' "$data" | cut -f1,3 | "$callsim" grade-phrase --batch | jq -r 'if .match then 1 else 0 end')
pass=0 fail=0
while IFS=$'\t' read -r cat want text note verdict; do
  if [ "$verdict" = "$want" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL $note $cat: want $want got $verdict: $text"; fi
done < <(paste <(printf '%s\n' "$data") <(printf '%s\n' "$got"))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
