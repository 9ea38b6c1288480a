#!/bin/sh
# GUI test of hot reload (issue 5): a trainer plays a scenario in the window and edits its file.
# Saving a broken version shows the error on screen (red bar, file:line), not on the terminal;
# saving the fix reloads it by itself and the call rings again; F5 reloads at once and keeps the
# trainee's place (issue 16); the call that was cut by a reload is stored as interrupted. Prints "N passed, N failed" last.
# Usage: tests/gui/hot_reload.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing;
# CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool import convert sqlite3
gui_start callsim_reload

# mean colour of the top bar: red (the error screen) or blue (a call)
bar() { convert "$1" -crop 400x40+0+8 +repage -resize 1x1! -format '%[fx:int(255*r)] %[fx:int(255*b)]' info: 2>/dev/null; }
is_red() { set -- $(bar "$1"); [ "${1:-0}" -gt 150 ] && [ "${2:-255}" -lt 120 ]; }
is_blue() { set -- $(bar "$1"); [ "${2:-0}" -gt 150 ] && [ "${1:-255}" -lt 120 ]; }

scen="$TMP/my_call.lua"
cp scenarios/silent_line.lua "$scen"
LANG=zh_CN.UTF-8 "$BUILD/callsim" play "$scen" --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
sleep 1
xdotool key F9                                   # answer: the call is in progress
sleep 1.5
shot call1
check "the call screen is up" is_blue "$SHOTS/call1.png"

# save a broken version: the error shows in the window
{ echo "-- broken on purpose"; echo "return {"; echo "  id = 'x',"; echo "  title = 'oops' 'oops',"; echo "}"; } >"$scen"
sleep 2.5
shot error
check "a broken save shows the error screen" is_red "$SHOTS/error.png"
check "the error is not printed on the terminal" sh -c "! grep -q 'my_call.lua:4' '$TMP/app.log'"

# save the fix: it reloads by itself and rings again
cp scenarios/silent_line.lua "$scen"
sleep 2.5
shot fixed
check "saving the fix reloads the scenario" is_blue "$SHOTS/fixed.png"

# F5 reloads at once (answer first, so there is a call to cut, and a place to keep)
xdotool key F9
sleep 1
xdotool key F5
sleep 1.5
shot f5
check "F5 reloads" is_blue "$SHOTS/f5.png"
# and keeps the place: the answer is replayed on the reloaded script, the call goes on from there
check "F5 keeps the trainee's place (replays the answer, says where it resumed)" grep -q "已重新载入：重放了您的 1 个操作" "$TMP/app.log"
xdotool key F12
sleep 0.5
kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; APP=

check "the calls cut by a reload are stored as interrupted" test "$(q "select count(*) from attempts where status = 'interrupted' and abort_reason like '%reloaded%'")" -ge 2
finish
