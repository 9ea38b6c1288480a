#!/usr/bin/env bash
# `make check-valgrind`: the unit tests and one headless call with a database under valgrind (no
# invalid reads or writes, no definite leaks). Slow (minutes), so not part of `make test`, whose
# ASan + UBSan build covers the same ground faster.
#   tests/valgrind.sh BUILD
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
pass=0
fail=0
if ! command -v valgrind >/dev/null 2>&1; then
  echo "skip valgrind: not installed (apt-get install valgrind)"
  echo "0 passed, 0 failed"
  exit 0
fi
vg="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9"
tmp=$(mktemp -d /tmp/callsim-vg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  if $vg "$t" >"$tmp/out" 2>&1; then pass=$((pass + 1)); echo "ok   valgrind $t"
  else fail=$((fail + 1)); echo "FAIL valgrind $t"; tail -n 20 "$tmp/out" | sed 's/^/    /'; fi
done
printf '@1 /answer\n@2 您好，我是客服小王，请问有什么可以帮您？\n@3 /hangup\n' >"$tmp/r.replies"
if $vg "$build/callsim" run scenarios/angry_caller.lua --replies "$tmp/r.replies" --db "$tmp/x.db" >"$tmp/out" 2>&1; then
  pass=$((pass + 1)); echo "ok   valgrind callsim run --db"
else fail=$((fail + 1)); echo "FAIL valgrind callsim run --db"; tail -n 20 "$tmp/out" | sed 's/^/    /'; fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
