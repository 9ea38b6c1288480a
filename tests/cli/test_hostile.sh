#!/usr/bin/env bash
# Every hostile scenario in tests/hostile/ (one class of attack per file, several variants each:
# finalizers, C calls that never return, time that does not move, the returned table read through
# metamethods, memory at the cap, strings kept after popping, numbers, text that skips the gate,
# print forging callsim's messages) is stopped, in run, lint and explore:
#   - in under 5 s, under 300 MB of memory (the plain build; ASan's shadow memory is not the
#     program's), with no sanitizer report;
#   - run: exit 2 and one line on stderr from callsim naming the file and a line, "FILE:LINE: ...";
#     every other stderr line is a "[scenario ...]" print line: nothing can forge callsim's own;
#   - lint: exit 2 (does not load or play, as run) with a "FILE:LINE:" line; explore: exit 2 (does not load,
#     or a run reached a budget) or
#     1 (dead end), naming the file;
#   - nothing is written outside the sandbox.
#   tests/cli/test_hostile.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-hostile.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
printf '@1 /answer\n' >"$tmp/answer.replies"
# RSS is only meaningful without AddressSanitizer's shadow memory
asan=0
if nm -C "$callsim" 2>/dev/null | grep -q __asan_init; then asan=1; fi
rm -f /tmp/callsim-hostile-was-here

# check NAME KIND RC WANT_RCS SECONDS RSS_KB ERRFILE
check() {
  local f=$1 kind=$2 rc=$3 want=$4 secs=$5 rss=$6 err=$7 base
  base=$(basename "$f")
  case " $want " in *" $rc "*) ok ;; *) bad "$kind $f: exit $rc, expected $want: $(head -c 300 "$err")" ;; esac
  if awk -v s="$secs" 'BEGIN { exit !(s < 5) }'; then ok; else bad "$kind $f took ${secs}s (limit 5)"; fi
  if [ "$asan" = 1 ] || [ "${rss:-0}" -lt 307200 ]; then ok; else bad "$kind $f used ${rss} kB (limit 300 MB)"; fi
  if grep -qE 'AddressSanitizer|runtime error:|LeakSanitizer|Lua panic|PANIC' "$err"; then
    bad "$kind $f: sanitizer or panic report: $(grep -m1 -E 'Sanitizer|runtime error|panic|PANIC' "$err")"
  else ok; fi
}

timed() { # out err command... ; sets rc secs rss
  local out=$1 err=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then /usr/bin/time -f '%M' -o "$tmp/rss" timeout 30 "$@" >"$out" 2>"$err"
  else echo 0 >"$tmp/rss"; timeout 30 "$@" >"$out" 2>"$err"; fi
  rc=$?
  t1=$(date +%s.%N)
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  rss=$(tail -n 1 "$tmp/rss" 2>/dev/null | grep -E '^[0-9]+$' || echo 0)
}

for f in tests/hostile/*.lua; do
  base=$(basename "$f")
  # run
  timed "$tmp/out" "$tmp/err" "$callsim" run "$f" --replies "$tmp/answer.replies"
  check "$f" run "$rc" 2 "$secs" "$rss" "$tmp/err"
  own=$(grep -v '^\[scenario' "$tmp/err" | grep -v '^==' )
  if [ "$(printf '%s\n' "$own" | grep -c .)" = 1 ] && printf '%s' "$own" | grep -qE "^callsim run: [^ ]*${base//./\\.}:[0-9]+: "; then ok
  else bad "run $f: not one 'callsim run: FILE:LINE: ...' line: $(printf '%s' "$own" | head -c 400)"; fi
  # lint
  timed "$tmp/out" "$tmp/err" "$callsim" lint "$f"
  check "$f" lint "$rc" 2 "$secs" "$rss" "$tmp/err"
  if grep -qE "${base//./\\.}:[0-9]+: " "$tmp/out"; then ok; else bad "lint $f: no FILE:LINE line: $(head -c 300 "$tmp/out")"; fi
  own=$(grep -v '^\[scenario' "$tmp/err" | grep -v '^==')
  if [ "$(printf '%s\n' "$own" | grep -c .)" = 1 ] && printf '%s' "$own" | grep -qE "^callsim lint: [^ ]*${base//./\\.}:[0-9]+: "; then ok
  else bad "lint $f: not one 'callsim lint: FILE:LINE: ...' line: $(printf '%s' "$own" | head -c 400)"; fi
  # explore
  timed "$tmp/out" "$tmp/err" "$callsim" explore "$f"
  check "$f" explore "$rc" "1 2" "$secs" "$rss" "$tmp/err"
  if grep -qF "$base" "$tmp/out" "$tmp/err"; then ok; else bad "explore $f: the file is not named"; fi
done
if [ -e /tmp/callsim-hostile-was-here ]; then bad "a hostile scenario touched the file system"; else ok; fi

# an error value that is not a string is named at the line that raised it, by its type
"$callsim" run tests/hostile/on_end_error_table.lua --replies "$tmp/answer.replies" >/dev/null 2>"$tmp/err"
if grep -q "^callsim run: tests/hostile/on_end_error_table.lua:8: in function 'on_end': error with a table value" "$tmp/err"; then ok
else bad "on_end_error_table: not named at line 8: $(head -c 300 "$tmp/err")"; fi

# print cannot forge callsim's lines: everything a scenario prints is one "[scenario ...]" line
"$callsim" run tests/hostile/print_forge.lua --replies "$tmp/answer.replies" >/dev/null 2>"$tmp/err"
if grep -qE '^callsim run: all checks passed' "$tmp/err"; then bad "print forged a callsim line"; else ok; fi
n=$(grep -c '^\[scenario' "$tmp/err")
if [ "$n" -le 202 ]; then ok; else bad "print flood: $n lines"; fi

# no control character from a scenario reaches the transcript, the JSON or the database
for f in tests/hostile/hangup_control.lua tests/hostile/clause_control.lua tests/hostile/error_control.lua; do
  "$callsim" run "$f" --replies "$tmp/answer.replies" --json --db "$tmp/x.db" >"$tmp/out" 2>/dev/null
  if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]' "$tmp/out"; then bad "$f: control character in the JSON"; else ok; fi
done
if [ -f "$tmp/x.db" ] && command -v sqlite3 >/dev/null 2>&1; then
  if sqlite3 "$tmp/x.db" "SELECT text FROM turns; SELECT reason FROM attempts;" 2>/dev/null | LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]'; then
    bad "control character in the database"; else ok; fi
fi

# explore replays a scenario on every branch: a slow one (0.4 s of Lua a run) stops at its budget
timed "$tmp/out" "$tmp/err" "$callsim" explore tests/fixtures/slow_load.lua
if awk -v s="$secs" 'BEGIN { exit !(s < 5) }'; then ok; else bad "explore slow_load took ${secs}s"; fi
if grep -qE "(not explored|unexplored).*(Lua|script) ran" "$tmp/out"; then ok; else bad "explore slow_load: no note of the stop: $(head -c 300 "$tmp/out")"; fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
