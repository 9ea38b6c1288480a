#!/usr/bin/env bash
# Reviewer review17's whole-call plays of the seventeenth round (tests/data/review17_calls/, own
# replies) against the fair verdicts of tests/data/review17_calls_expect.txt (helper fix17c): the
# no_contact promise read under negation, a past frame, a condition or a question; the agent's own
# 号码…记好了 no 说教客户; caller_fast's record of the change reversed; the hold summary comparing the
# hold with the wait told. One line per wrong verdict, the open ones listed, then "N passed, N failed".
#   bash tests/cli/test_review17_calls.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_review17_calls: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
dir=tests/data/review17_calls
expect=tests/data/review17_calls_expect.txt
db=$(mktemp /tmp/callsim-r17.XXXXXX)
trap 'rm -f "$db"' EXIT
pass=0
fail=0
declare -A json
while read -r file what id op val; do
  case "$file" in ''|\#*) continue ;; esac
  if [ "$what" = open ]; then echo "open $file: $id $op $val"; continue; fi
  case "$file" in nc_*) s=no_contact ;; cf_*) s=caller_fast ;; lw_*) s=long_wait ;; nh_*) s=not_heard ;;
    *) echo "FAIL $file: no scenario for the prefix"; fail=$((fail + 1)); continue ;; esac
  if [ -z "${json[$file]:-}" ]; then
    json[$file]=$("$callsim" run "scenarios/$s.lua" --replies "$dir/$file.replies" --seed 1 --db "$db" --json 2>/dev/null)
  fi
  j=${json[$file]}
  case "$what" in
    item)
      got=$(printf '%s' "$j" | jq -r --arg id "$id" '.items[] | select(.id == $id) | .points')
      if [ -n "$got" ] && awk -v a="$got" -v b="$val" -v op="$op" 'BEGIN { exit !((op == "==") ? a == b : (op == "<") ? a < b : (op == ">=") ? a >= b : 0) }'
      then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $file: item $id is '$got', expected $op $val"; fi ;;
    reason|not_reason)
      want="$op${val:+ $val}"
      got=$(printf '%s' "$j" | jq -r --arg id "$id" '.items[] | select(.id == $id) | .reason')
      case "$got" in *"$want"*) has=1 ;; *) has=0 ;; esac
      if { [ "$what" = reason ] && [ $has = 1 ]; } || { [ "$what" = not_reason ] && [ $has = 0 ] && [ -n "$got" ]; }
      then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $file: $id reason '$got' ($what '$want')"; fi ;;
    *) fail=$((fail + 1)); echo "FAIL $file: unknown check $what" ;;
  esac
done <"$expect"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
