#!/usr/bin/env bash
# An early ticket is a step done a turn ahead, never a script error (a trainee must never crash a
# scenario). The fault: repeat_complaint checked a ticket filed during its apology step against the
# number the caller had not yet dictated (call.reads_back raises for a field not yet dictated), and
# the call ended with a script error. Every scenario whose caller dictates a value is played with a
# ticket holding every dictated or declared field filed right after the opening and after each of
# the caller's first four lines, before the value is given; none may end in a script error, and the
# call goes on to the caller's next line. The record itself is graded against what the caller
# dictates later (tests/transcripts/repeat_complaint.early_ticket*).
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-earlyticket.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

for f in scenarios/*.lua; do
  grep -q 'call.dictate("' "$f" || continue
  id=$(basename "$f" .lua)
  # every field the caller dictates or the form declares, each filled with a value she never gave
  fields=$( { grep -o 'call.dictate("[^"]*"' "$f" | sed 's/call.dictate("//; s/"$//'
              sed -n '/^  ticket = {/,/^  },/p' "$f" | grep -o 'id = "[^"]*"' | sed 's/id = "//; s/"$//'; } | awk '!seen[$0]++')
  ticket="/ticket"
  for x in $fields; do ticket="$ticket $x=13900000000 记录"; done
  for k in 0 1 2 3; do
    r="$tmp/$id.$k.replies"
    { echo "@2 /answer"; echo "@3 您好，我是8号客服专员，请问有什么可以帮您？"
      for _ in $(seq 1 "$k"); do echo "/listen"; echo "@2 好的，我明白了。"; done
      echo "/listen"; echo "@1 $ticket"
      for _ in 1 2 3 4 5 6; do echo "/listen"; echo "@2 嗯，好的。"; done; } >"$r"
    "$callsim" run "$f" --replies "$r" --seed 1 >"$tmp/out" 2>&1
    rc=$?
    if [ "$rc" != 0 ] || grep -q "scenario error" "$tmp/out"; then
      bad "$id: a ticket after the caller's line $k ends in a script error or does not run (exit $rc): $(grep -m1 "scenario error" "$tmp/out")"
    else
      ok
    fi
  done
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
