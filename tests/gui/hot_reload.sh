#!/bin/sh
# GUI test of hot reload (issue 5): a trainer plays a scenario in the window and edits its file.
# Saving a broken version shows the error on screen (red bar, file:line), not on the terminal;
# saving the fix reloads it by itself and the call rings again; F5 reloads at once; the call that
# was cut by a reload is stored as interrupted. Prints "N passed, N failed" last.
# Usage: tests/gui/hot_reload.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing;
# CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "hot_reload.sh: FAIL: $*" >&2; }
check() { desc=$1; shift; if "$@"; then ok; else bad "$desc"; fi; }
for tool in Xvfb xdotool import convert sqlite3; do
    command -v $tool >/dev/null 2>&1 || { echo "hot_reload.sh: $tool not installed; GUI test skipped"; echo "0 passed, 0 failed"; exit 0; }
done
TMP=$(mktemp -d /tmp/callsim_reload.XXXXXX)
. "$ROOT/tests/lib/xvfb.sh"
start_xvfb "$TMP/xvfb.log"
APP=
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null
    kill "$XPID" 2>/dev/null
    wait 2>/dev/null
    [ -n "${CALLSIM_SHOTS:-}" ] && mkdir -p "$CALLSIM_SHOTS" && cp "$TMP"/*.png "$CALLSIM_SHOTS"/ 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
for i in 1 2 3 4 5 6 7 8 9 10; do xdpyinfo -display $DISP >/dev/null 2>&1 && break; sleep 0.3; done
export DISPLAY=$DISP

# mean colour of the top bar: red (the error screen) or blue (a call)
bar() { convert "$1" -crop 400x40+0+8 +repage -resize 1x1! -format '%[fx:int(255*r)] %[fx:int(255*b)]' info: 2>/dev/null; }
is_red() { set -- $(bar "$1"); [ "${1:-0}" -gt 150 ] && [ "${2:-255}" -lt 120 ]; }
is_blue() { set -- $(bar "$1"); [ "${2:-0}" -gt 150 ] && [ "${1:-255}" -lt 120 ]; }

scen="$TMP/my_call.lua"
cp scenarios/silent_line.lua "$scen"
LANG=zh_CN.UTF-8 SDL_AUDIODRIVER=dummy "$BUILD/callsim" play "$scen" --db "$TMP/x.db" >"$TMP/app.log" 2>&1 &
APP=$!
WIN=
for i in $(seq 1 40); do
    WIN=$(xdotool search --onlyvisible --name callsim 2>/dev/null | head -n 1)
    [ -n "$WIN" ] && break
    sleep 0.25
done
check "window opened" test -n "$WIN"
[ -n "$WIN" ] || { cat "$TMP/app.log" >&2; echo "$PASS passed, $FAIL failed"; exit 1; }
xdotool windowactivate --sync "$WIN" 2>/dev/null; xdotool windowfocus --sync "$WIN" 2>/dev/null
sleep 1
xdotool key F9                                   # answer: the call is in progress
sleep 1.5
import -window root "$TMP/call1.png"
check "the call screen is up" is_blue "$TMP/call1.png"

# save a broken version: the error shows in the window
{ echo "-- broken on purpose"; echo "return {"; echo "  id = 'x',"; echo "  title = 'oops' 'oops',"; echo "}"; } >"$scen"
sleep 2.5
import -window root "$TMP/error.png"
check "a broken save shows the error screen" is_red "$TMP/error.png"
check "the error is not printed on the terminal" sh -c "! grep -q 'my_call.lua:4' '$TMP/app.log'"

# save the fix: it reloads by itself and rings again
cp scenarios/silent_line.lua "$scen"
sleep 2.5
import -window root "$TMP/fixed.png"
check "saving the fix reloads the scenario" is_blue "$TMP/fixed.png"

# F5 reloads at once (answer first, so there is a call to cut)
xdotool key F9
sleep 1
xdotool key F5
sleep 1.5
import -window root "$TMP/f5.png"
check "F5 reloads" is_blue "$TMP/f5.png"
xdotool key F12
sleep 0.5
kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; APP=

q() { sqlite3 "$TMP/x.db" "$1" 2>/dev/null; }
check "the calls cut by a reload are stored as interrupted" test "$(q "select count(*) from attempts where status = 'interrupted' and abort_reason like '%reloaded%'")" -ge 2
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
