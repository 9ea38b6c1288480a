#!/bin/sh
# GUI test of one meaning per key in practice (issue 14), under Xvfb with xdotool: F5 never reloads
# (and never throws away) a practice call started from the menu — there it is the 转接 phrase chip's
# key, as the chip says; only the trainers' workbench and `callsim play` reload; Esc mid-call asks before abandoning (Esc again goes on, 1 abandons and goes
# back to the list, the attempt stored as interrupted); Esc on the main menu asks before quitting.
# Usage: tests/gui/keys_practice.sh [BUILD_DIR]   Prints "N passed, N failed" last; skips when a tool is missing.
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool xdpyinfo import identify compare sqlite3
GUI_STOP=0.5
gui_start callsim_keys

LANG=zh_CN.UTF-8 "$BUILD/callsim" --lang zh --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
sleep 0.8
xdotool key Return                            # 练习: the scenario list
sleep 1
xdotool key Return                            # the first scenario
sleep 1.5
xdotool key F9                                # answer
sleep 1
xdotool type --delay 120 "您好"
sleep 0.3
shot before_f5
xdotool key F5                                # practice: nothing reloads
sleep 1.5
shot after_f5
check "F5 in practice: still one attempt, in progress (got $(q 'select count(*), status from attempts'))" \
    test "$(q "select count(*) || '|' || max(status) from attempts")" = "1|in_progress"
check "F5 in practice: nothing stored as reloaded" test "$(q "select count(*) from attempts where abort_reason like '%reload%'")" = 0
check "F5 in practice: the call's transcript unchanged (not replayed, not reset)" test "$(diffpx "$SHOTS/before_f5.png" "$SHOTS/after_f5.png" 620x600+262+60)" -le 40
check "F5 in practice is the 转接 phrase chip's key: it fills the reply box" test "$(diffpx "$SHOTS/before_f5.png" "$SHOTS/after_f5.png" 600x40+266+730)" -gt 200
xdotool key Escape                            # asks
sleep 0.4
shot ask
xdotool key Escape                            # goes on with the call
sleep 0.4
check "Esc mid-call asks (a dialog in the middle)" test "$(diffpx "$SHOTS/after_f5.png" "$SHOTS/ask.png" 500x300+390+250)" -gt 2000
check "Esc again: the call goes on (not stored as ended)" test "$(q "select status from attempts")" = in_progress
xdotool key Escape                            # asks again
sleep 0.4
xdotool key 1                                 # 放弃通话
sleep 1
shot list
check "abandoned: stored as interrupted" test "$(q "select status from attempts")" = interrupted
check "abandoned: back on the scenario list (the window still open)" sh -c "kill -0 $APP 2>/dev/null"
xdotool key Escape                            # the list → the main menu
sleep 0.6
xdotool key Escape                            # the main menu asks before quitting
sleep 0.4
check "Esc on the main menu asks, the window stays" sh -c "kill -0 $APP 2>/dev/null"
xdotool key Escape                            # 不退出
sleep 0.4
check "Esc on the question: still open" sh -c "kill -0 $APP 2>/dev/null"
xdotool key Escape Return                     # asks, Enter: 退出
close_window_checked "" 1
finish
