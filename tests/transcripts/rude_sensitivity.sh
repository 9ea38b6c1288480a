#!/usr/bin/env bash
# Proves that every *.rude transcript is about its insult: for each one, the words that make the
# reply rude (the grader's taboo and insult hits in `run --json`, and the scenario's own TAUNTS
# passed to call.retaliates) are deleted from a copy of the replies, and the test's own .expect,
# run on that copy, must then FAIL. A .rude test that still passes with its insult deleted tests
# something else.
# Usage: tests/transcripts/rude_sensitivity.sh [build/callsim]. Prints "N passed, N failed" last.
set -u
callsim=$(realpath "${1:-build/callsim}")
cd "$(dirname "$0")/../.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tests/transcripts"
cp tests/run_transcripts.sh "$tmp/tests/"
for d in scenarios lua assets; do ln -s "$root/$d" "$tmp/$d"; done
pass=0
fail=0
for replies in tests/transcripts/*.rude.replies; do
  base=$(basename "$replies" .replies)
  scenario="scenarios/${base%%.*}.lua"
  words=$({ "$callsim" run "$scenario" --replies "$replies" --json 2>/dev/null |
            jq -r '.turns[] | select(.who == "trainee") | .taboo[]?'
            sed -n 's/^local TAUNTS = {\(.*\)}.*/\1/p' "$scenario" | grep -o '"[^"]*"' | tr -d '"'; } | sort -u)
  rm -f "$tmp"/tests/transcripts/*
  cp "$replies" "tests/transcripts/$base.expect" "$tmp/tests/transcripts/"
  while IFS= read -r w; do
    [ -z "$w" ] && continue
    re=$(printf '%s' "$w" | sed 's/\*/.\\{0,6\\}/g')   # the bank's * is up to 6 characters
    sed -i "/^@[0-9.]* [^/#]/ s/$re//g" "$tmp/tests/transcripts/$base.replies"
  done <<<"$words"
  out=$(bash "$tmp/tests/run_transcripts.sh" "$callsim" 2>&1)
  if echo "$out" | grep -q '^FAIL'; then
    pass=$((pass + 1)); echo "ok   $base: without $(echo $words | tr '\n' ' ')the test fails: $(echo "$out" | grep -m1 '^FAIL')"
  else
    fail=$((fail + 1)); echo "FAIL $base: still passes with $(echo $words | tr '\n' ' ')deleted"
  fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
