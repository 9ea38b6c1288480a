#!/usr/bin/env bash
# A replies file can play a trainee who types slower than the standard's 50 字/分 (国家职业技能标准
# 3.1 1.3.1): "~Ts" (typed in T seconds) or "~Ncpm" (N characters a minute) before typed text or a
# /ticket (README "Trainers"). The fault: typing began at most 1.2 s a character before the message
# was sent, so no play could type slower than 50 字/分 and the typing rule could never be tried on a
# slow typist. Files without "~" keep their old timing (tests/run_transcripts.sh, tools/eval.sh).
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-typing.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { # description, jq filter that must hold on $tmp/out
  if jq -e "$2" "$tmp/out" >/dev/null 2>&1; then ok; else bad "$1: $(head -c 300 "$tmp/out") $(head -c 200 "$tmp/err")"; fi
}
run() { # replies file; JSON to $tmp/out, exit code in $rc
  "$callsim" run scenarios/info_record.lua --replies "$1" --json --seed 1 >"$tmp/out" 2>"$tmp/err"
  rc=$?
}
model=tests/transcripts/info_record.model.replies
ticket_line=$(grep -n '/ticket' "$model" | head -1 | cut -d: -f1)
opening='您好，我是燃气公司12号客服，请问有什么可以帮您？'   # 25 characters

# 1. A slow typist's record, at 30 字/分: the grader measures 30, and the typing item loses speed.
sed "${ticket_line}s|^@[0-9.]* /ticket|~30cpm /ticket|" "$model" >"$tmp/slow_cpm.replies"
run "$tmp/slow_cpm.replies"
[ "$rc" = 0 ] && ok || bad "~30cpm play exits $rc: $(head -c 300 "$tmp/err")"
check "~30cpm: typing measured at 30 字/分" '.typing.cpm > 29.5 and .typing.cpm < 30.5'
check "~30cpm: the typing item loses its speed share" \
  '[.items[] | select(.id == "typing")][0] | .points < .max and (.reason | contains("30字/分钟"))'

# 2. Without "~" a typed reply still takes at most 1.2 s a character (50 字/分), however late it is
#    sent, as before: 25 characters sent 95 s after the caller's last word were typed in their last 30 s.
printf '@2 /answer\n@95 %s\n' "$opening" >"$tmp/late.replies"
run "$tmp/late.replies"
check "no ~: typed at the standard's pace at the slowest (unchanged)" \
  '[.turns[] | select(.kind == "trainee_say")][0] | .cpm > 49.5 and .cpm < 50.5'

# 3. "~Ts" with no "@": sent when the typing ends, T seconds after the previous event.
printf '@2 /answer\n~40s %s\n' "$opening" >"$tmp/secs.replies"
run "$tmp/secs.replies"
check "~40s without @: sent 40 s after the answer, typed for 40 s (37.5 字/分)" \
  '[.turns[] | select(.kind == "trainee_say")][0] | .t_start_ms == 42000 and .cpm > 37 and .cpm < 38'
# with "@S" as well: S is when it is sent, T how long of it was typing
printf '@2 /answer\n@12 ~10s %s\n' "$opening" >"$tmp/both.replies"
run "$tmp/both.replies"
check "@12 ~10s: sent at 14 s, typed from 4 s (the opening's 8 s wait waits for it)" \
  '[.turns[] | select(.kind == "trainee_say")][0] | .t_start_ms == 14000 and .cpm > 149.5 and .cpm < 150.5'

# 4. Mistakes are one-line errors naming the line, exit 2.
err_case() { # description, line 2 of the file, text the error must hold
  printf '@2 /answer\n%s\n' "$2" >"$tmp/bad.replies"
  run "$tmp/bad.replies"
  if [ "$rc" = 2 ] && grep -qF -- "bad.replies:2: $3" "$tmp/err" && [ "$(grep -c . "$tmp/err")" = 1 ]; then ok
  else bad "$1: exit $rc: $(head -c 300 "$tmp/err")"; fi
}
err_case "~ with no unit" "~20 您好" "~ needs the typing time or speed"
err_case "~ zero" "~0s 您好" "~ needs the typing time or speed"
err_case "~ before a choice" "@5 ~20s #1" "~ states how typed text or a /ticket is typed"
err_case "~ alone" "@5 ~20s" "~ must be followed by typed text or a /ticket"
err_case "typing longer than @S" "@5 ~30cpm $opening" "~ typing takes longer (50.0 s) than @5.0"
# a "~" and a sign starts a typing spec too: a malformed one is an error, not text sent as typed
err_case "~ negative speed" "~-3cpm 您好" "~ needs the typing time or speed"
err_case "~ signed time" "@5 ~+5s 您好" "~ needs the typing time or speed"
err_case "two ~ on a line" "~2s ~3s 您好" "one ~ a line"
# under 1 ms: the events run on whole ms, so it is refused rather than clamped into
# "takes longer (0.0 s) than @0.0"
err_case "~ under a millisecond" "@0 ~0.0001s 您好" "~ needs the typing time or speed"
# the error prints both times exactly: 0.14 s typed, @0.1 sent, never "(0.1 s) than @0.1"
err_case "typing longer than a short @S" "@0.1 ~0.14s 您好" "~ typing takes longer (0.14 s) than @0.1: give @0.14 or more"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
