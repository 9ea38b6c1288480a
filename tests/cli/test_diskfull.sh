#!/usr/bin/env bash
# A full disk under `callsim run --db` (a 1 MB tmpfs filled up mid-way): the call is played to
# the end, the error is one line naming the database, the result is kept in a recovery database
# (beside the database, or in /tmp when that disk is full), never dropped silently, and `callsim
# merge` stores it once there is room again.
# Needs root (mount); otherwise it says why and skips.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
mnt=$(mktemp -d /tmp/callsim-full.XXXXXX)
if ! mount -t tmpfs -o size=1m tmpfs "$mnt" 2>/dev/null; then
  echo "skipped: cannot mount a small tmpfs here (needs root)"
  rmdir "$mnt"
  echo "0 passed, 0 failed"
  exit 0
fi
out=$(mktemp -d /tmp/callsim-full-out.XXXXXX)
trap 'umount "$mnt" 2>/dev/null; rmdir "$mnt"; rm -rf "$out"; rm -f /tmp/full.db.unsaved-*' EXIT
db="$mnt/full.db"
printf '@1 /answer\n@2 您好\n' >"$out/short.replies"
"$callsim" run scenarios/silent_line.lua --replies "$out/short.replies" --db "$db" >/dev/null 2>&1 && ok || bad "first run on the small disk"
# leave ~100 KB: the database opens, then its WAL runs out of room in the middle of the call
avail=$(df -k --output=avail "$mnt" | tail -n 1)
dd if=/dev/zero of="$mnt/filler" bs=1k count=$((avail - 100)) 2>/dev/null
{ echo "@1 /answer"; echo "@2 您好，我是客服小王，请问有什么可以帮您？"; for i in $(seq 300); do echo "@1 好的，您请讲"; done; } >"$out/long.replies"
"$callsim" run tests/fixtures/long_call.lua --replies "$out/long.replies" --db "$db" --json >"$out/result.json" 2>"$out/err"
rc=$?
[ "$rc" = 2 ] && ok || bad "exit $rc on a full disk, expected 2"
[ "$(grep -c . "$out/err")" = 1 ] && ok || bad "error is not one line: $(cat "$out/err")"
grep -q "full.db" "$out/err" && ok || bad "error does not name the database: $(cat "$out/err")"
file=$(sed -n 's/.*the result is kept in \([^ ]*\) (store it later.*/\1/p' "$out/err")
# nothing half-written is left beside the database: a 0-byte file would read as a broken result
left=$(find "$mnt" -maxdepth 1 -name 'full.db.unsaved-*' ! -path "$file" \( -size 0 -o -name '*-wal' -o -name '*-shm' \) | wc -l)
[ "$left" = 0 ] && ok || bad "a half-written recovery file was left beside the database: $(ls -la "$mnt")"
if [ -n "$file" ] && [ -f "$file" ]; then
  ok
  [ "$(sqlite3 "$file" 'select count(*) from turns')" -gt 100 ] && ok || bad "recovery database lacks the turns"
  [ "$(sqlite3 "$file" 'select status from attempts')" = completed ] && ok || bad "recovery database lacks the graded result"
  # written when possible: once there is room again, merge gathers it into the database
  rm -f "$mnt/filler"
  "$callsim" merge "$file" --into "$db" >/dev/null 2>"$out/merge.err" && ok || bad "merge of the recovery database: $(cat "$out/merge.err")"
  [ "$(sqlite3 "$db" "select count(*) from attempts where scenario_id = 'long_call' and status = 'completed'")" = 1 ] && ok ||
    bad "the recovered attempt is not in the database after merge"
  rm -f "$file" "$file-wal" "$file-shm"
else
  bad "no recovery database named in: $(cat "$out/err")"
fi
jq -e '.turns | length > 100' "$out/result.json" >/dev/null && ok || bad "the call was not played to the end"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
