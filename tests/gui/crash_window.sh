#!/bin/sh
# Crash safety of the window (issue 6): kill -9 of `callsim play` at random moments of a call, three
# times; afterwards PRAGMA integrity_check is ok, the turns have no gap, every reply typed before
# the kill that the window had stored is there, and the attempt reads interrupted once callsim
# opens the database again. Prints "N passed, N failed" last.
# Usage: tests/gui/crash_window.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing)
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool sqlite3
GUI_STOP=now
gui_start callsim_crashwin
printf '@1 /answer\n' >"$TMP/open.replies"

for round in 1 2 3; do
    db="$TMP/w$round.db"
    "$BUILD/callsim" play scenarios/silent_line.lua --db "$db" >"$TMP/app$round.log" 2>&1 &
    APP=$!
    find_window
    [ -n "$WIN" ] || { bad "round $round: window did not open"; kill -9 "$APP"; APP=; continue; }
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
finish
