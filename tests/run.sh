#!/usr/bin/env bash
# Runs every test against each build directory given (the normal build, then the sanitizer build)
# and adds up their closing "N passed, N failed" lines into one. A test program that crashes or
# prints no closing line counts as one failure, so a broken test can never pass silently.
#   tests/run.sh build build/asan
set -u
cd "$(dirname "$0")/.."
total_pass=0
total_fail=0
log_dir=$(mktemp -d /tmp/callsim-tests.XXXXXX)

run_one() { # name, command...
  local name=$1; shift
  local out="$log_dir/$(echo "$name" | tr '/ ' '__').log"
  "$@" >"$out" 2>&1
  local rc=$?
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
  if [ -z "$line" ]; then
    echo "FAIL $name: exit $rc and no closing line (log: $out)"
    tail -n 15 "$out" | sed 's/^/    /'
    total_fail=$((total_fail + 1))
    return
  fi
  local p f
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
  f=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  if [ "$f" != 0 ]; then
    echo "FAIL $name: $line (log: $out)"
    grep -vE '^[0-9]+ passed' "$out" | tail -n 25 | sed 's/^/    /'
  else
    echo "ok   $name: $line"
  fi
}

export SDL_AUDIODRIVER=dummy
for build in "$@"; do
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  for t in "$build"/tests/test_*; do
    [ -x "$t" ] && run_one "$t" "$t"
  done
  for t in "$build"/uitests/test_*; do
    [ -x "$t" ] && run_one "$t" env SDL_VIDEODRIVER=dummy "$t"
  done
  for t in tests/cli/*.sh; do
    [ -f "$t" ] && run_one "$t [$build]" bash "$t" "$build/callsim"
  done
  run_one "transcripts [$build]" bash tests/run_transcripts.sh "$build/callsim"
done

# valgrind over the plain build: no invalid reads or writes, no definite leaks.
if command -v valgrind >/dev/null 2>&1; then
  vg="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9"
  for t in "$1"/tests/test_*; do
    [ -x "$t" ] && run_one "valgrind $t" $vg "$t"
  done
  run_one "valgrind callsim run --db" bash -c "printf '@1 /answer\n@2 您好，我是客服小王，请问有什么可以帮您？\n@3 /hangup\n' >/tmp/callsim-vg.replies &&
    $vg $1/callsim run scenarios/angry_caller.lua --replies /tmp/callsim-vg.replies --db /tmp/callsim-vg.db >/dev/null &&
    rm -f /tmp/callsim-vg.* && echo '1 passed, 0 failed'"
else
  echo "skip valgrind: not installed"
fi

# Short libFuzzer runs (the long ones are `make fuzz`), when `make fuzz-build` made the targets.
if ls build/fuzz/fuzzers/fuzz_* >/dev/null 2>&1; then
  run_one "fuzz (${FUZZ_SECONDS:-8} s each)" bash tests/fuzz/run.sh build/fuzz/fuzzers "${FUZZ_SECONDS:-8}"
fi

# GUI tests need a real X server: all with the plain build, and the ones that go through every
# control of the window once more with the ASan+UBSan build (a memory error aborts the window and
# fails the test; leak reports are off, they would be the X, fontconfig and D-Bus libraries').
if command -v Xvfb >/dev/null 2>&1; then
  for t in tests/gui/*.sh; do
    [ -f "$t" ] && run_one "$t" bash "$t" "$1"
  done
  if [ -n "${2:-}" ] && [ -x "$2/callsim" ]; then
    for t in tests/gui/desk_controls.sh tests/gui/store_notice.sh tests/gui/silent_line.sh; do
      [ -f "$t" ] && run_one "$t [$2]" env ASAN_OPTIONS=detect_leaks=0 bash "$t" "$2"
    done
  fi
else
  echo "skip GUI tests: Xvfb is not installed"
fi

echo
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
