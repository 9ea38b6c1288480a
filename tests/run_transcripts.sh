#!/usr/bin/env bash
# Plays every tests/transcripts/SCENARIO.CASE.replies against scenarios/SCENARIO.lua headless and
# checks the outcomes its .expect file states (one per line):
#   passed true|false · auto_failed true|false · score OP N · item ID OP N   (OP: >= > <= < ==)
#   reason ID TEXT (item ID's reason holds TEXT) · clause ID TEXT · fatal ID true|false
#   fail_reason TEXT (why the call auto-failed holds TEXT: a rude test names its insult)
#   seed N (play the call with seed N, as `callsim test` does; default 1)
#   caller_says TEXT / caller_never TEXT (some / no line the caller side spoke holds TEXT: the story
#   follows what the trainee did, e.g. the desk a wrong escalation reached answers)
# A test is named SCENARIO.CASE for what it shows, and its .expect must assert it: CASE rude* expects
# auto_failed true and a fail_reason, noesc* a fatal item and auto_failed true, wrongtarget* that and
# the reason naming the target it should have had, model* passed true,
# any other case (a fault) at least one item, reason or fail expectation, or passed true (a
# competent variant: caring, choice ...).
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/.."
pass=0
fail=0
check() { # description, condition-result(0/1)
  if [ "$2" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi
}
cmp() { # a op b (numbers)
  awk -v a="$1" -v b="$3" -v op="$2" 'BEGIN { r = (op == ">=") ? a >= b : (op == ">") ? a > b : (op == "<=") ? a <= b : (op == "<") ? a < b : (op == "==") ? a == b : 0; exit !r }'
}
for replies in tests/transcripts/*.replies; do
  [ -f "$replies" ] || continue
  base=$(basename "$replies" .replies)
  scenario="scenarios/${base%%.*}.lua"
  expect="${replies%.replies}.expect"
  if [ ! -f "$expect" ]; then check "$base: no .expect file" 1; continue; fi
  # a test named for a fault asserts that fault (issue #11 item 8): an insult fails the call and
  # says why, a missed escalation is a fatal item that failed it, a model trainee passes, and any
  # other fault names the rubric item it costs
  case=${base#*.}
  case $case in
    rude*) grep -q '^auto_failed true' "$expect" && grep -q '^fail_reason ' "$expect"
           check "$base: a rude test must expect 'auto_failed true' and the fail_reason naming the insult" $? ;;
    noesc*) grep -q '^auto_failed true' "$expect" && grep -q '^fatal .* true' "$expect"
            check "$base: a missed-escalation test must expect 'auto_failed true' and 'fatal ITEM true'" $? ;;
    wrongtarget*) grep -q '^auto_failed true' "$expect" && grep -q '^fatal .* true' "$expect" && grep -q '^reason .*应' "$expect"
                  check "$base: a wrong-target test must expect 'auto_failed true', 'fatal ITEM true' and the reason naming the target it should have had" $? ;;
    model*) grep -q '^passed true' "$expect"
            check "$base: a model trainee's test must expect 'passed true'" $? ;;
    *) grep -Eq '^(passed true|item|reason|fail_reason|auto_failed true)' "$expect"
       check "$base: a fault's test must name what it costs (item ID OP N, reason, or auto_failed/fail_reason); a competent variant expects passed true" $? ;;
  esac
  seed=$(awk '$1 == "seed" { print $2; exit }' "$expect")
  json=$("$callsim" run "$scenario" --replies "$replies" --seed "${seed:-1}" --json 2>/tmp/callsim-transcript.err)
  rc=$?
  if [ $rc != 0 ] || ! echo "$json" | jq -e . >/dev/null 2>&1; then
    check "$base: run exited $rc: $(head -c 300 /tmp/callsim-transcript.err)" 1
    continue
  fi
  while read -r what a b c; do
    [ -z "$what" ] && continue
    case "$what" in
      \#*|seed) continue ;;
      passed|auto_failed)
        got=$(echo "$json" | jq -r ".$what")
        [ "$got" = "$a" ]; check "$base: $what is $got, expected $a" $? ;;
      score)
        got=$(echo "$json" | jq -r '.score')
        cmp "$got" "$a" "$b"; check "$base: score $got, expected $a $b" $? ;;
      item)
        got=$(echo "$json" | jq -r --arg id "$a" '.items[] | select(.id == $id) | .points')
        if [ -z "$got" ]; then check "$base: no rubric item $a" 1; continue; fi
        cmp "$got" "$b" "$c"; check "$base: item $a has $got, expected $b $c" $? ;;
      reason|clause)
        got=$(echo "$json" | jq -r --arg id "$a" --arg f "$what" '.items[] | select(.id == $id) | .[$f]')
        want="$b${c:+ $c}"
        case "$got" in *"$want"*) r=0 ;; *) r=1 ;; esac
        check "$base: item $a $what is '$got', expected it to hold '$want'" $r ;;
      fail_reason)
        got=$(echo "$json" | jq -r '.fail_reason')
        want="$a${b:+ $b}${c:+ $c}"
        case "$got" in *"$want"*) r=0 ;; *) r=1 ;; esac
        check "$base: fail_reason is '$got', expected it to hold '$want'" $r ;;
      caller_says|caller_never)
        want="$a${b:+ $b}${c:+ $c}"
        n=$(echo "$json" | jq --arg w "$want" '[.turns[] | select(.who == "caller" and .kind == "caller_say" and (.text | contains($w)))] | length')
        if [ "$what" = caller_says ]; then [ "$n" -gt 0 ]; else [ "$n" = 0 ]; fi
        check "$base: $what '$want' (caller lines holding it: $n)" $? ;;
      fatal)
        got=$(echo "$json" | jq -r --arg id "$a" '.items[] | select(.id == $id) | .fatal')
        [ "$got" = "$b" ]; check "$base: item $a fatal is $got, expected $b" $? ;;
      *) check "$base: unknown expectation '$what'" 1 ;;
    esac
  done <"$expect"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
