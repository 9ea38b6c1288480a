#!/usr/bin/env bash
# Crash safety of `callsim run --db`: kill -9 at random moments of a long call, then check that the
# database is intact, that every turn reported committed before the kill is there with no gap, and
# that the attempt reads as interrupted once callsim opens the file again (DESIGN.md "Storage").
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-crash.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

{ echo "@1 /answer"; echo "@2 您好，我是客服小王，请问有什么可以帮您？"; for i in $(seq 300); do echo "@1 好的，您请讲"; done; } >"$tmp/long.replies"

for round in 1 2 3 4 5 6; do
  db="$tmp/crash$round.db"
  CALLSIM_TRACE_COMMITS=1 "$callsim" run tests/fixtures/long_call.lua --replies "$tmp/long.replies" \
    --db "$db" >/dev/null 2>"$tmp/trace$round" &
  pid=$!
  # wait until the run is committing, then kill it at a random moment
  for _ in $(seq 200); do grep -q committed "$tmp/trace$round" 2>/dev/null && break; sleep 0.01; done
  sleep "0.0$((RANDOM % 9))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  last=$(grep -o 'committed [0-9]*' "$tmp/trace$round" | tail -n 1 | cut -d' ' -f2)
  if [ -z "$last" ]; then bad "round $round: nothing committed before the kill"; continue; fi
  [ "$(sqlite3 "$db" 'pragma integrity_check')" = ok ] && ok || bad "round $round: integrity_check"
  read -r n max <<<"$(sqlite3 -separator ' ' "$db" 'select count(*), max(seq) from turns where attempt_id = 1')"
  [ "$max" -ge "$last" ] && ok || bad "round $round: turn $last was reported committed, db has up to $max"
  [ "$n" = $((max + 1)) ] && ok || bad "round $round: $n turns for seq 0..$max (a gap)"
  status=$(sqlite3 "$db" 'select status from attempts where id = 1')
  if [ "$status" = completed ]; then echo "note: round $round finished before the kill"; continue; fi
  [ "$status" = in_progress ] && ok || bad "round $round: status right after the kill is $status"
  # any later open of the database marks the dead run's attempt as interrupted
  "$callsim" run scenarios/silent_line.lua --replies "$tmp/long.replies" --db "$db" >/dev/null 2>&1
  [ "$(sqlite3 "$db" 'select status from attempts where id = 1')" = interrupted ] && ok ||
    bad "round $round: attempt not marked interrupted after reopening"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
