#!/usr/bin/env bash
# Helper calls21's classes of whole-call misses of the retired seen19 and seen20 plays, as whole calls
# of its own (tests/data/calls21/*.replies, written for the class, never an eval row), each fault
# with a competent twin, against tests/data/calls21/expect.txt (its header gives the format).
# One line per wrong verdict, then "N passed, N failed". DIR: another helper's plays in the same
# format (tests/cli/test_calls22.sh runs tests/data/calls22 so).
#   bash tests/cli/test_calls21.sh [build/callsim [DIR]]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_calls21: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
dir=${2:-tests/data/calls21}
db=$(mktemp /tmp/callsim-calls21.XXXXXX)
trap 'rm -f "$db"' EXIT
pass=0
fail=0
declare -A json
# op a b: whether a OP b holds (== < >=)
holds() { awk -v a="$2" -v b="$3" -v op="$1" 'BEGIN { exit !((op == "==") ? a == b : (op == "<") ? a < b : (op == ">=") ? a >= b : 0) }'; }
while read -r file a b c d; do
  case "$file" in ''|\#*) continue ;; esac
  if [ -z "${json[$file]:-}" ]; then
    json[$file]=$("$callsim" run "scenarios/${file%%.*}.lua" --replies "$dir/$file.replies" --seed 1 --db "$db" --json 2>/dev/null)
  fi
  j=${json[$file]}
  if [ "$a" = item ]; then
    got=$(printf '%s' "$j" | jq -r --arg id "$b" '.items[] | select(.id == $id) | .points')
    if [ -n "$got" ] && holds "$c" "$got" "$d"; then pass=$((pass + 1))
    else fail=$((fail + 1)); echo "FAIL $file: item $b is '$got', expected $c $d"; fi
  else
    got=$(printf '%s' "$j" | jq -r '.score')
    if [ -n "$got" ] && [ "$got" != null ] && holds ">=" "$got" "$a" && holds ">=" "$b" "$got"; then pass=$((pass + 1))
    else fail=$((fail + 1)); echo "FAIL $file: score '$got', expected $a..$b"; fi
  fi
done <"$dir/expect.txt"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
