#!/usr/bin/env bash
# The trainer's kit: `callsim new` writes a scenario that lints clean and whose model trainee passes
# (and whose silent trainee fails); `callsim explore` finds no dead end or time-out in any shipped
# scenario; `callsim lint` reports an unreachable line, a choice without a correct option, an
# unknown voice and a call that never ends, each as FILE:LINE.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-trainer.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { if [ "$2" = 0 ]; then ok; else bad "$1"; fi; }

# --- new --------------------------------------------------------------------------------------
"$callsim" new --help >/dev/null; check "new --help exits 0" $?
"$callsim" new my_call --dir "$tmp" >"$tmp/out" 2>&1; check "new writes the files: $(cat "$tmp/out")" $?
s="$tmp/scenarios/my_call.lua"
for f in "$s" "$tmp/tests/transcripts/my_call."{model,silent}.{replies,expect}; do
  [ -f "$f" ]; check "new wrote $f" $?
done
"$callsim" lint "$s" >"$tmp/out" 2>&1; check "new scenario lints clean: $(head -c 300 "$tmp/out")" $?
json=$("$callsim" run "$s" --replies "$tmp/tests/transcripts/my_call.model.replies" --json 2>/dev/null)
[ "$(echo "$json" | jq -r .passed)" = true ]; check "new scenario: model replies pass ($(echo "$json" | jq -c .score))" $?
json=$("$callsim" run "$s" --replies "$tmp/tests/transcripts/my_call.silent.replies" --json 2>/dev/null)
[ "$(echo "$json" | jq -r .passed)" = false ]; check "new scenario: silent trainee fails" $?
"$callsim" explore "$s" >"$tmp/out" 2>&1; check "new scenario explores clean: $(tail -3 "$tmp/out")" $?
"$callsim" new my_call --dir "$tmp" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc = 2 ] && grep -q "already exists" "$tmp/err"; check "new refuses to overwrite (exit $rc)" $?
"$callsim" new Bad-Name --dir "$tmp" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc = 2 ] && grep -q "Bad-Name" "$tmp/err"; check "new rejects a bad NAME (exit $rc)" $?
[ ! -e "$tmp/scenarios/Bad-Name.lua" ]; check "new wrote nothing for a bad NAME" $?

# --- lint ---------------------------------------------------------------------------------------
"$callsim" lint tests/cli/lint/bad_lint.lua >"$tmp/out" 2>&1; rc=$?
[ $rc = 1 ]; check "lint of a broken scenario exits 1 (got $rc)" $?
for want in "bad_lint.lua:77: unreachable code after call.hangup()" \
            "bad_lint.lua:71: call.choose offers choices without a correct option" \
            "bad_lint.lua:70: unknown voice 'klingon'" \
            "bad_lint.lua:72: unknown phrase category 'no_such_category'"; do
  grep -qF "$want" "$tmp/out"; check "lint says '$want'" $?
done
"$callsim" lint tests/cli/lint/endless_wait.lua >"$tmp/out" 2>&1; rc=$?
[ $rc = 1 ] && grep -qE "endless_wait.lua:[0-9]+: with a silent trainee the call never ends" "$tmp/out"
check "lint finds a call that never ends: $(head -c 300 "$tmp/out")" $?
"$callsim" lint scenarios/*.lua >"$tmp/out" 2>&1; check "lint of the shipped scenarios is clean: $(head -c 300 "$tmp/out")" $?

# --- errors at the scenario's own line and function ------------------------------------------------
# A wrong argument handed to a helper of lua/callsim.lua (call.reply, call.choose) or to the C API is
# raised deep inside callsim.lua or C; it must be reported at the scenario line that made the mistake.
f=tests/cli/lint/err_helper_args.lua
i=0
for want in "err_helper_args.lua:6: in function 'ask_account': call.reply: bad argument #1 to 'call.wait' (unknown phrase category 'opening_typo'" \
            "err_helper_args.lua:11: in function 'offer': call.choose needs a list of choices" \
            "err_helper_args.lua:16: in function 'speak_up': bad argument #2 to 'call.say' (unknown voice" \
            "err_helper_args.lua:33: in function 'run': bad argument #1 to 'score.award' (no rubric item 'infoo')"; do
  i=$((i + 1))
  printf '/answer\n#%d\n' $i >"$tmp/c.replies"
  "$callsim" run "$f" --replies "$tmp/c.replies" >/dev/null 2>"$tmp/err"; rc=$?
  [ $rc = 2 ] && grep -qF "$want" "$tmp/err" && ! grep -q "callsim.lua" "$tmp/err"
  check "run reports mistake $i at the scenario line: want '$want', got '$(tail -1 "$tmp/err")'" $?
done
"$callsim" explore "$f" --depth 2 >"$tmp/out" 2>&1
grep -qF "err_helper_args.lua:6: in function 'ask_account'" "$tmp/out"; check "explore names the scenario line of a dead end" $?
printf 'local x = nil\nlocal y = x.z\nreturn {}\n' >"$tmp/main_err.lua"
"$callsim" lint "$tmp/main_err.lua" >"$tmp/out" 2>&1
grep -qF "main_err.lua:2: in main chunk: attempt to index a nil value" "$tmp/out"; check "an error in the main chunk names its line: $(head -1 "$tmp/out")" $?

# --- explore ------------------------------------------------------------------------------------
"$callsim" explore --help >/dev/null; check "explore --help exits 0" $?
"$callsim" explore "$tmp/nope.lua" >/dev/null 2>&1; rc=$?
[ $rc = 2 ]; check "explore of a missing file exits 2 (got $rc)" $?
"$callsim" explore tests/cli/lint/endless_wait.lua --depth 1 >"$tmp/out" 2>&1; rc=$?
[ $rc = 1 ] && grep -q "time-outs (30-minute cap): [1-9]" "$tmp/out"; check "explore reports a time-out (exit $rc)" $?
for s in scenarios/*.lua; do
  "$callsim" explore "$s" --depth 3 >"$tmp/out" 2>&1; rc=$?
  [ $rc = 0 ] && grep -q "dead ends (script errors): 0" "$tmp/out"
  check "explore $s: no dead end or time-out (exit $rc): $(grep -A2 -E 'dead ends|time-outs' "$tmp/out" | head -6)" $?
done

echo "$pass passed, $fail failed"
[ $fail = 0 ]
