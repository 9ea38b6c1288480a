#!/bin/sh
# GUI test of the call window under Xvfb (issue 3 "Done when"): plays scenarios/silent_line.lua the
# way a trainee would — answer, opening, 您好，请讲 twice with pauses, the silent-line closing, hang
# up — with xdotool, screenshots the call and results screens, checks them, and checks that the
# database holds the attempt and its turns. Prints "N passed, N failed" last.
# Usage: tests/gui/silent_line.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing)
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool import convert sqlite3
GUI_KEEP_LOGS=1
gui_start callsim_gui

LANG=zh_CN.UTF-8 "$BUILD/callsim" play scenarios/silent_line.lua --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window --sync
need_window
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
shot call
say "听不见您的声音，无法为您服务，再见"
sleep 1
xdotool key F12                               # hang up
sleep 3                                       # the results replace the call after 1.5 s
shot results

# --- screenshots: not blank, not one colour, the panels where they belong ------------------------
colours() { convert "$1" -format %k info: 2>/dev/null || echo 0; }
check "call screenshot exists" test -s "$SHOTS/call.png"
check "results screenshot exists" test -s "$SHOTS/results.png"
check "call screen has detail (>50 colours)" test "$(colours "$SHOTS/call.png")" -gt 50
check "results screen has detail (>50 colours)" test "$(colours "$SHOTS/results.png")" -gt 50
# the top bar is the accent blue (22,119,255) on both screens
check "call top bar drawn" sh -c "bar_colour() { convert \"\$1\" -crop 1x1+640+5 -format '%[pixel:p{0,0}]' info:; }; bar_colour '$SHOTS/call.png' | grep -q '22,119,255'"
check "results top bar drawn" sh -c "convert '$SHOTS/results.png' -crop 1x1+640+5 -format '%[pixel:p{0,0}]' info: | grep -q '22,119,255'"
# the transcript region of the call screen holds text (several distinct colours), not an empty panel
check "call transcript has text" test "$(convert "$SHOTS/call.png" -crop 640x500+305+60 +repage -format %k info:)" -gt 10
check "call and results screens differ" sh -c "! cmp -s '$SHOTS/call.png' '$SHOTS/results.png'"

# --- the window closes with Esc on the results screen, after asking (Enter: 退出) -----------------
xdotool key Escape
sleep 0.3
xdotool key Return
wait_exit 20 0.25
check "window closed on Esc" sh -c "! kill -0 $APP 2>/dev/null"
kill -0 "$APP" 2>/dev/null && stop_app 2   # still open after the failed check above: never hang the suite on it
wait "$APP" 2>/dev/null; RC=$?
APP=
check "exit code 0 (was $RC)" test "$RC" -eq 0

# --- the database ---------------------------------------------------------------------------
check "database exists" test -s "$DB"
check "one attempt stored" test "$(q 'select count(*) from attempts')" = 1
check "attempt completed" test "$(q 'select status from attempts')" = completed
check "attempt has a score" test -n "$(q 'select score from attempts where score is not null')"
check "turns stored (>= 6)" test "$(q 'select count(*) from turns')" -ge 6
check "both prompts stored" test "$(q "select count(*) from turns where text like '%您好，请讲%'")" -ge 2
check "hang-up stored" test "$(q "select count(*) from turns where kind = 'hangup'")" -ge 1
finish
