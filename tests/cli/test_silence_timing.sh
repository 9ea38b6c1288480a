#!/usr/bin/env bash
# "@S" in a replies file counts from the caller's last line or the trainee's last action; a scripted
# silence (call.silence: a transfer's ring-out) is neither (README "Trainers"). The fault: a reply
# written a few seconds after "/transfer" was sent inside the ring-out, before the line the author
# meant it to answer, and nothing said so. Now `callsim run` warns, naming the line, when it was sent
# and when the caller's next line began; a reply written to come after that line is not warned about.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-silence.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
play() { # replies file; stderr to $tmp/err
  "$callsim" run scenarios/transfer_failed.lua --replies "$1" --seed 1 >"$tmp/out" 2>"$tmp/err"
  rc=$?
}
head4() { head -4 tests/transcripts/transfer_failed.model.replies; }

# 1. Three seconds after the transfer: inside the 15 s ring-out. Warned, naming line 5.
{ head4; echo "@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？"; } >"$tmp/early.replies"
play "$tmp/early.replies"
[ "$rc" = 0 ] && ok || bad "early play exits $rc"
grep -q "early.replies:5: warning: sent at .* while the caller was silent" "$tmp/err" && ok || bad "no warning naming line 5: $(cat "$tmp/err")"
grep -q "caller's next line (at " "$tmp/err" && ok || bad "the warning does not say when the next line began: $(cat "$tmp/err")"

# 2. Past the ring-out: the caller's line begins first and pushes the reply after it. No warning.
{ head4; echo "@20 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？"; } >"$tmp/late.replies"
play "$tmp/late.replies"
[ "$rc" = 0 ] && ok || bad "late play exits $rc"
grep -q "warning: sent at" "$tmp/err" && bad "a reply after the ring-out warned: $(cat "$tmp/err")" || ok

# 3. "/listen" before it: the reply waits for the caller's next line and is sent 3 s after its end,
# with no warning; the transcript shows the caller's line, then the reply.
{ head4; echo "/listen"; echo "@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？"; } >"$tmp/listen.replies"
"$callsim" run scenarios/transfer_failed.lua --replies "$tmp/listen.replies" --seed 1 --json >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 0 ] && ok || bad "listen play exits $rc: $(cat "$tmp/err")"
grep -q "warning: sent at" "$tmp/err" && bad "a /listen reply warned: $(cat "$tmp/err")" || ok
gap=$(jq '[.turns[] | select(.who == "caller" or (.who == "trainee" and .kind == "trainee_say"))] as $t
          | [range(1; $t | length) | select($t[.].who == "trainee" and ($t[.].text | test("话务正忙")))
             | $t[.].t_start_ms - $t[. - 1].t_end_ms] | first' "$tmp/out")
prev=$(jq -r '[.turns[] | select(.who == "caller" or (.who == "trainee" and .kind == "trainee_say"))] as $t
          | [range(1; $t | length) | select($t[.].who == "trainee" and ($t[.].text | test("话务正忙"))) | $t[. - 1].who] | first' "$tmp/out")
[ "$prev" = caller ] && [ "$gap" = 3000 ] && ok || bad "the /listen reply came $gap ms after a $prev turn (want 3000 after the caller's line)"
# the warning tells how: /listen
play "$tmp/early.replies"
grep -q '/listen' "$tmp/err" && ok || bad "the warning does not name /listen: $(cat "$tmp/err")"
# a "/listen" with no action after it is an error naming its line
{ head4; echo "/listen"; } >"$tmp/dangling.replies"
"$callsim" run scenarios/transfer_failed.lua --replies "$tmp/dangling.replies" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" = 2 ] && grep -q "dangling.replies:5: /listen must be followed by an action" "$tmp/err" && ok || bad "dangling /listen: exit $rc, $(cat "$tmp/err")"

# 4. A call with no silence at all warns about nothing.
play tests/transcripts/transfer_failed.model.replies >/dev/null
"$callsim" run scenarios/angry_caller.lua --replies tests/transcripts/angry_caller.model.replies >/dev/null 2>"$tmp/err"
grep -q "while the caller was silent" "$tmp/err" && bad "angry_caller model warned: $(cat "$tmp/err")" || ok

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
