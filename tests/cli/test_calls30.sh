#!/usr/bin/env bash
# Helper calls30's classes of whole-call misses of seen21, seen22 and dev17, as whole calls of its own
# (tests/data/calls30/*.replies, written for the class, never an eval row), each fault with a twin:
#  1. scores and items against tests/data/calls30/expect.txt (run by test_calls21.sh);
#  2. reasons against tests/data/calls30/reasons.txt (FILE<TAB>ITEM<TAB>has|lacks<TAB>TEXT).
# One line per wrong verdict, then "N passed, N failed" for both parts together. DIR: another helper's
# plays with expect.txt and reasons.txt in the same format (tests/cli/test_calls31.sh runs tests/data/calls31 so).
#   bash tests/cli/test_calls30.sh [build/callsim [DIR]]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
dir=${2:-tests/data/calls30}
pass=0 fail=0
calls_rows "$dir"
db=$(mktemp /tmp/callsim-calls30.XXXXXX)
trap 'rm -f "$db"' EXIT
while IFS=$'\t' read -r file item how text; do
  case "$file" in ''|\#*) continue ;; esac
  why=$("$callsim" run "scenarios/${file%%.*}.lua" --replies "$dir/$file.replies" --seed 1 --db "$db" --json 2>/dev/null |
        jq -r --arg id "$item" '.items[] | select(.id == $id) | .reason')
  case "$why" in *"$text"*) found=1 ;; *) found=0 ;; esac
  if { [ "$how" = has ] && [ "$found" = 1 ]; } || { [ "$how" = lacks ] && [ "$found" = 0 ] && [ -n "$why" ]; }; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $file: reason of $item '$why' should $how '$text'"
  fi
done <"$dir/reasons.txt"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
