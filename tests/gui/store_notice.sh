#!/bin/sh
# GUI test: a practice window whose database cannot be used says so on screen, not only on stderr.
# The database is a corrupt file (not SQLite): the menu shows a warning bar naming the file, a call
# can still be played, its results screen shows the bar too, and the corrupt file is left exactly
# as it was (no data lost, nothing "repaired" over it). Prints "N passed, N failed" last.
# Usage: tests/gui/store_notice.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing)
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool xdpyinfo import convert sha256sum
gui_start callsim_notice

# a "database" that is not one: what a half-copied or overwritten file looks like
head -c 8192 /dev/urandom >"$TMP/bad.db"
before=$(sha256sum <"$TMP/bad.db")

open_window() { # ARGS... → WIN
    LANG=zh_CN.UTF-8 "$BUILD/callsim" "$@" --db "$TMP/bad.db" >"$TMP/app.log" 2>&1 &
    APP=$!
    find_window
    sleep 1
}
BOTTOM=1280x140+0+640        # the lower part of the 1280x800 window, where the bar sits
WARN=255,244,206             # UI_WARN
BAD=215,55,55                # UI_BAD: the bar's top rule and its text

# ---- the menu
open_window
check "menu window opened" test -n "$WIN"
shot notice_menu
xdotool key Escape Return                         # Esc asks before closing; Enter: 退出
close_window
check "stderr names the file" grep -q "bad.db" "$TMP/app.log"
check "menu: warning bar at the bottom" test "$(share_pm "$SHOTS/notice_menu.png" $BOTTOM $WARN)" -gt 80
check "menu: red rule and text in the bar" test "$(share_pm "$SHOTS/notice_menu.png" $BOTTOM $BAD)" -gt 5

# ---- a call played anyway, and its results
open_window play scenarios/silent_line.lua
check "call window opened" test -n "$WIN"
xdotool key F9
sleep 1
xdotool type --delay 120 "您好，请讲"
xdotool key Return
sleep 1
shot notice_call
xdotool key F12
sleep 3
shot notice_results
xdotool key Escape Return                         # Esc asks before closing; Enter: 退出
close_window
# the top bar left of the clock is plain accent blue on a call that saves; here it holds the words
not_accent() { convert "$1" -crop 220x56+980+0 +repage -fill white -fuzz 3% +opaque "rgb(22,119,255)" -fill black \
               -opaque "rgb(22,119,255)" -colorspace gray -format '%[fx:1000*mean]' info: 2>/dev/null | cut -d. -f1; }
check "call: the top bar says results are not saved" test "$(not_accent "$SHOTS/notice_call.png")" -gt 30
check "results: warning bar at the bottom" test "$(share_pm "$SHOTS/notice_results.png" $BOTTOM $WARN)" -gt 80
check "the corrupt file was left as it was" test "$(sha256sum <"$TMP/bad.db")" = "$before"
finish
