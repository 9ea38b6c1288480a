#!/usr/bin/env bash
# "@S" after the trainee's own message counts from that message (README "Trainers"). The fault: a
# second try written a few seconds after the first went out before the caller's nudge it was meant
# to answer (the caller waits a beat for the rest of a phrase begun, then asks again), the script read
# it as the answer to the nudge, and nothing said so. Now `callsim run` warns, naming the line, when
# it was sent and the caller line it was read after; the same reply after a "/listen" line waits for
# the nudge and is not warned about, nor is a second message the caller reads with the first.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-secondtry.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
head3() { head -3 tests/transcripts/correction.model.replies; }
play() { "$callsim" run scenarios/correction.lua --replies "$1" --seed 1 >"$tmp/out" 2>"$tmp/err"; rc=$?; }

# 1. A polite start of 2.14 (the caller waits a beat for the rest), then 3 s later a message that is
# no part of it: the caller asks again after the beat, and the message sent before that is read as
# the answer. Warned, naming line 5 and when the caller's line began.
{ head3; echo "@6 非常抱歉，"; echo "@3 您稍等一下。"; echo "@4 不客气，感谢您的来电，祝您生活愉快，再见！"; } >"$tmp/early.replies"
play "$tmp/early.replies"
[ "$rc" = 0 ] && ok || bad "early play exits $rc"
grep -q "early.replies:5: warning: sent at .* before the caller's line that answers your previous message" "$tmp/err" && ok \
  || bad "no warning naming line 5: $(cat "$tmp/err")"
grep -q '/listen' "$tmp/err" && ok || bad "the warning does not say how to answer the line: $(cat "$tmp/err")"

# 2. "/listen" before it: it waits for the nudge and answers it. No warning.
{ head3; echo "@6 非常抱歉，"; echo "/listen"; echo "@3 您稍等一下。"; echo "@4 不客气，感谢您的来电，祝您生活愉快，再见！"; } >"$tmp/listen.replies"
play "$tmp/listen.replies"
[ "$rc" = 0 ] && ok || bad "listen play exits $rc"
grep -q "before the caller's line that answers" "$tmp/err" && bad "a reply after /listen warned: $(cat "$tmp/err")" || ok

# 3. The rest of the phrase as a second message within the beat: read with the first, before the
# caller speaks. No warning.
{ head3; echo "@6 非常抱歉，"; echo "@3 刚才我的解释有些欠缺，应该是通用流量20GB，另外还有定向流量15GB，一共35GB。"; echo "@4 不客气，感谢您的来电，祝您生活愉快，再见！"; } >"$tmp/joined.replies"
play "$tmp/joined.replies"
[ "$rc" = 0 ] && ok || bad "joined play exits $rc"
grep -q "before the caller's line that answers" "$tmp/err" && bad "a second message read with the first warned: $(cat "$tmp/err")" || ok

# 4. The model trainee: no warning.
play tests/transcripts/correction.model.replies
grep -q "warning" "$tmp/err" && bad "the model play warned: $(cat "$tmp/err")" || ok

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
