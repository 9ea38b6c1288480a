#!/usr/bin/env bash
# tools/caller_lines.sh shows a blind plays writer the caller's lines, the desk and where each of the
# trainee's replies lands, and nothing the grader decided. Played on a call that auto-fails (an
# insult, tests/transcripts/no_contact.rude) and on one with a dictated number: the same run's JSON
# holds rubric marks and the failure (checked first, so the test cannot pass on a call that has none),
# the tool's output holds no mark, no failure, no score and no item title.
#   bash tests/cli/test_caller_lines.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL test_caller_lines: $*"; }
for play in no_contact:tests/transcripts/no_contact.rude.replies \
            vip_call:tests/data/calls22/vip_call.fault_money_not_name.replies; do
  scen=${play%%:*} replies=${play#*:}
  json=$("$callsim" run "scenarios/$scen.lua" --replies "$replies" --seed 1 --json 2>/dev/null)
  marks=$(printf '%s\n' "$json" | jq -r '[.turns[] | select(.who == "system" and (.kind == "mark" or .kind == "fail"))] | length')
  [ "${marks:-0}" -gt 0 ] && ok || bad "$scen: the run has no rubric mark to hide (pick another play)"
  out=$(CALLSIM=$callsim tools/caller_lines.sh "scenarios/$scen.lua" "$replies" 1) && ok || bad "$scen: exit $?"
  printf '%s\n' "$out" | grep -q $'\tcaller\tcaller_say\t.' && ok || bad "$scen: no caller line printed"
  if [ "$scen" = vip_call ]; then printf '%s\n' "$out" | grep -q '^desk	' && ok || bad "$scen: no desk panel printed"; fi
  printf '%s\n' "$out" | grep -q $'\ttrainee\ttrainee_say\t.' && ok || bad "$scen: the trainee's own lines are missing"
  if printf '%s\n' "$out" | grep -Eq $'\tsystem\t(mark|fail)|"score"|passed|auto_failed'; then bad "$scen: a verdict leaked"; else ok; fi
  # every rubric mark's text of the run stays hidden
  leaked=0
  while IFS= read -r m; do
    [ -n "$m" ] && printf '%s\n' "$out" | grep -qF -- "$m" && leaked=$((leaked + 1))
  done < <(printf '%s\n' "$json" | jq -r '.turns[] | select(.who == "system" and (.kind == "mark" or .kind == "fail")) | .text // empty')
  [ "$leaked" = 0 ] && ok || bad "$scen: $leaked rubric mark text(s) printed"
done
# the seed is the one asked for: seed 1 and seed 2 of the dictating caller differ somewhere
a=$(tools/caller_lines.sh scenarios/vip_call.lua tests/data/calls22/vip_call.fault_money_not_name.replies 1)
b=$(tools/caller_lines.sh scenarios/vip_call.lua tests/data/calls22/vip_call.fault_money_not_name.replies 2)
[ "$a" != "$b" ] && ok || bad "seed 1 and seed 2 gave the same call"
tools/caller_lines.sh scenarios/nope.lua /dev/null 2>/dev/null; [ $? = 2 ] && ok || bad "a missing scenario is not a usage error"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
