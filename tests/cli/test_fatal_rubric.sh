#!/usr/bin/env bash
# An item that decides pass/fail (fatal, 一票否决) is shown as such before the call, and its text says
# what deciding means for this call (issue #11 item 6: an escalation that decides pass/fail is shown as
# such in the rubric before the call): every scenario's fatal item is flagged in `run --json` and its
# label, which the practice list shows as 一票否决：LABEL, names the consequence (不合格).
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
check() { if [ "$2" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; fi; }
replies=$(mktemp)
trap 'rm -f "$replies"' EXIT
printf '@2 /answer\n@2 /hangup\n' > "$replies"
found=0
for s in scenarios/*.lua; do
  grep -q 'fatal = true' "$s" || continue
  found=$((found + 1))
  json=$("$callsim" run "$s" --replies "$replies" --json 2>/dev/null)
  n=$(echo "$json" | jq '[.items[] | select(.fatal)] | length' 2>/dev/null)
  [ "${n:-0}" -ge 1 ]; check "$s: a fatal item in the file but none flagged fatal in run --json" $?
  bad=$(echo "$json" | jq -r '.items[] | select(.fatal) | select(.label | test("不合格") | not) | .id' 2>/dev/null)
  [ -z "$bad" ]; check "$s: fatal item(s) $bad: the label shown before the call must say the call fails (不合格) and how" $?
done
[ "$found" -ge 3 ]; check "expected the three scenarios with a deciding escalation, found $found" $?
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
