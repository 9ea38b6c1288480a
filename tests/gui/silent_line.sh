#!/bin/sh
# GUI test of the call window under Xvfb (issue 3 "Done when"): plays scenarios/silent_line.lua the
# way a trainee would — answer, opening, 您好，请讲 twice with pauses, the silent-line closing, hang
# up — with xdotool, screenshots the call and results screens, checks them, and checks that the
# database holds the attempt and its turns. Prints "N passed, N failed" last.
# Usage: tests/gui/silent_line.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing)
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "silent_line.sh: FAIL: $*" >&2; }
check() { desc=$1; shift; if "$@"; then ok; else bad "$desc"; fi; }

for tool in Xvfb xdotool import convert sqlite3; do
    command -v $tool >/dev/null 2>&1 || { echo "silent_line.sh: $tool not installed; GUI test skipped"; echo "0 passed, 0 failed"; exit 0; }
done

TMP=$(mktemp -d /tmp/callsim_gui.XXXXXX)
SHOTS=${CALLSIM_SHOTS:-$TMP}
. "$ROOT/tests/lib/xvfb.sh"
start_xvfb "$TMP/xvfb.log"
APP=
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null
    kill "$XPID" 2>/dev/null
    wait 2>/dev/null
    [ "$SHOTS" = "$TMP" ] || cp "$TMP"/*.log "$SHOTS"/ 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
for i in 1 2 3 4 5 6 7 8 9 10; do xdpyinfo -display $DISP >/dev/null 2>&1 && break; sleep 0.3; done
export DISPLAY=$DISP

LANG=zh_CN.UTF-8 SDL_AUDIODRIVER=dummy "$BUILD/callsim" play scenarios/silent_line.lua --db "$TMP/x.db" \
    >"$TMP/app.log" 2>&1 &
APP=$!
WIN=
for i in $(seq 1 40); do
    WIN=$(xdotool search --sync --onlyvisible --name callsim 2>/dev/null | head -n 1)
    [ -n "$WIN" ] && break
    sleep 0.25
done
check "window opened" test -n "$WIN"
[ -n "$WIN" ] || { cat "$TMP/app.log" >&2; echo "$PASS passed, $FAIL failed"; exit 1; }
xdotool windowactivate --sync "$WIN" 2>/dev/null; xdotool windowfocus --sync "$WIN" 2>/dev/null
sleep 1.5                                     # a ring or two, as a trainee would let it ring once

say() { xdotool type --delay 150 "$1"; sleep 0.3; xdotool key Return; }
xdotool key F9                                # answer
sleep 1
say "您好，我是客服小李，请问有什么可以帮您"
sleep 3
say "您好，请讲"
sleep 3.5
say "您好，请讲"
sleep 3.5
import -window root "$SHOTS/call.png"
say "听不见您的声音，无法为您服务，再见"
sleep 1
xdotool key F12                               # hang up
sleep 3                                       # the results replace the call after 1.5 s
import -window root "$SHOTS/results.png"

# --- screenshots: not blank, not one colour, the panels where they belong ------------------------
colours() { convert "$1" -format %k info: 2>/dev/null || echo 0; }
check "call screenshot exists" test -s "$SHOTS/call.png"
check "results screenshot exists" test -s "$SHOTS/results.png"
check "call screen has detail (>50 colours)" test "$(colours "$SHOTS/call.png")" -gt 50
check "results screen has detail (>50 colours)" test "$(colours "$SHOTS/results.png")" -gt 50
# the top bar is the accent blue (22,119,255) on both screens
bar_colour() { convert "$1" -crop 1x1+640+5 -format '%[pixel:p{0,0}]' info: 2>/dev/null; }
check "call top bar drawn" sh -c "bar_colour() { convert \"\$1\" -crop 1x1+640+5 -format '%[pixel:p{0,0}]' info:; }; bar_colour '$SHOTS/call.png' | grep -q '22,119,255'"
check "results top bar drawn" sh -c "convert '$SHOTS/results.png' -crop 1x1+640+5 -format '%[pixel:p{0,0}]' info: | grep -q '22,119,255'"
# the transcript region of the call screen holds text (several distinct colours), not an empty panel
check "call transcript has text" test "$(convert "$SHOTS/call.png" -crop 640x500+305+60 +repage -format %k info:)" -gt 10
check "call and results screens differ" sh -c "! cmp -s '$SHOTS/call.png' '$SHOTS/results.png'"

# --- the window closes with Esc on the results screen ----------------------------------------
xdotool key Escape
for i in $(seq 1 20); do kill -0 "$APP" 2>/dev/null || break; sleep 0.25; done
check "window closed on Esc" sh -c "! kill -0 $APP 2>/dev/null"
wait "$APP" 2>/dev/null; RC=$?
APP=
check "exit code 0 (was $RC)" test "$RC" -eq 0

# --- the database ---------------------------------------------------------------------------
q() { sqlite3 "$TMP/x.db" "$1" 2>/dev/null; }
check "database exists" test -s "$TMP/x.db"
check "one attempt stored" test "$(q 'select count(*) from attempts')" = 1
check "attempt completed" test "$(q 'select status from attempts')" = completed
check "attempt has a score" test -n "$(q 'select score from attempts where score is not null')"
check "turns stored (>= 6)" test "$(q 'select count(*) from turns')" -ge 6
check "both prompts stored" test "$(q "select count(*) from turns where text like '%您好，请讲%'")" -ge 2
check "hang-up stored" test "$(q "select count(*) from turns where kind = 'hangup'")" -ge 1
if [ "$FAIL" -gt 0 ]; then
    echo "--- app log" >&2; cat "$TMP/app.log" >&2
fi
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
