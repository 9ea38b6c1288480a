#!/bin/sh
# Crash safety of the window (issue 6): kill -9 of `callsim play` at random moments of a call, three
# times; afterwards PRAGMA integrity_check is ok, the turns have no gap, every reply typed before
# the kill that the window had stored is there, and the attempt reads interrupted once callsim
# opens the database again. Prints "N passed, N failed" last.
# Usage: tests/gui/crash_window.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing)
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "crash_window.sh: FAIL: $*" >&2; }
for tool in Xvfb xdotool sqlite3; do
    command -v $tool >/dev/null 2>&1 || { echo "crash_window.sh: $tool not installed; GUI test skipped"; echo "0 passed, 0 failed"; exit 0; }
done
TMP=$(mktemp -d /tmp/callsim_crashwin.XXXXXX)
. "$ROOT/tests/lib/xvfb.sh"
start_xvfb "$TMP/xvfb.log"
APP=
cleanup() {
    [ -n "$APP" ] && kill -9 "$APP" 2>/dev/null
    kill "$XPID" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
for i in 1 2 3 4 5 6 7 8 9 10; do xdpyinfo -display $DISP >/dev/null 2>&1 && break; sleep 0.3; done
export DISPLAY=$DISP SDL_AUDIODRIVER=dummy
printf '@1 /answer\n' >"$TMP/open.replies"

for round in 1 2 3; do
    db="$TMP/w$round.db"
    "$BUILD/callsim" play scenarios/silent_line.lua --db "$db" >"$TMP/app$round.log" 2>&1 &
    APP=$!
    WIN=
    for i in $(seq 1 40); do
        WIN=$(xdotool search --onlyvisible --name callsim 2>/dev/null | head -n 1)
        [ -n "$WIN" ] && break
        sleep 0.25
    done
    [ -n "$WIN" ] || { bad "round $round: window did not open"; kill -9 "$APP"; APP=; continue; }
    xdotool windowactivate --sync "$WIN" 2>/dev/null; xdotool windowfocus --sync "$WIN" 2>/dev/null
    xdotool key F9
    sleep 0.5
    xdotool type --delay 120 "您好请讲"; xdotool key Return
    # the kill lands somewhere in the next 0-2.5 s: while typing, sending, or waiting
    ( sleep "$(awk -v r="$(od -An -N2 -tu2 /dev/urandom)" 'BEGIN { printf "%.2f", (r % 250) / 100 }')"; kill -9 "$APP" ) &
    xdotool type --delay 120 "您好，请讲" 2>/dev/null; xdotool key Return 2>/dev/null
    wait "$APP" 2>/dev/null
    APP=
    sleep 0.3
    [ "$(sqlite3 "$db" 'pragma integrity_check')" = ok ] && ok || bad "round $round: integrity_check"
    set -- $(sqlite3 -separator ' ' "$db" 'select count(*), ifnull(max(seq), -1) from turns where attempt_id = 1')
    [ "$1" = $(($2 + 1)) ] && ok || bad "round $round: $1 turns for seq 0..$2 (a gap)"
    [ "$(sqlite3 "$db" "select count(*) from turns where attempt_id = 1 and kind = 'trainee_say' and text = '您好请讲'")" = 1 ] && ok ||
        bad "round $round: the reply sent before the kill is missing"
    "$BUILD/callsim" run scenarios/silent_line.lua --replies "$TMP/open.replies" --db "$db" >/dev/null 2>&1
    [ "$(sqlite3 "$db" 'select status from attempts where id = 1')" = interrupted ] && ok ||
        bad "round $round: attempt 1 is '$(sqlite3 "$db" 'select status from attempts where id = 1')', not interrupted"
done
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
