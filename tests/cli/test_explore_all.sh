#!/usr/bin/env bash
# `callsim explore` finds no dead end or time-out in any shipped scenario (depth 3). Half a minute of
# CPU for the 31 scenarios, so `make test` runs it and `make check` does not; moved out of
# test_trainer.sh, which make check runs.
#   bash tests/cli/test_explore_all.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
export LSAN_OPTIONS="suppressions=$PWD/tests/cli/graphviz.lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-explore.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for s in scenarios/*.lua; do
  "$callsim" explore "$s" --depth 3 >"$tmp/out" 2>&1; rc=$?
  if [ $rc = 0 ] && grep -q "dead ends (script errors): 0" "$tmp/out"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL explore $s: no dead end or time-out (exit $rc): $(grep -A2 -E 'dead ends|time-outs' "$tmp/out" | head -6)"
  fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
