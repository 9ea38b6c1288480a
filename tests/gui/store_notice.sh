#!/bin/sh
# GUI test: a practice window whose database cannot be used says so on screen, not only on stderr.
# The database is a corrupt file (not SQLite): the menu shows a warning bar naming the file, a call
# can still be played, its results screen shows the bar too, and the corrupt file is left exactly
# as it was (no data lost, nothing "repaired" over it). Prints "N passed, N failed" last.
# Usage: tests/gui/store_notice.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing)
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "store_notice.sh: FAIL: $*" >&2; }
check() { desc=$1; shift; if "$@"; then ok; else bad "$desc"; fi; }

for tool in Xvfb xdotool xdpyinfo import convert sha256sum; do
    command -v $tool >/dev/null 2>&1 || { echo "store_notice.sh: $tool not installed; GUI test skipped"; echo "0 passed, 0 failed"; exit 0; }
done

TMP=$(mktemp -d /tmp/callsim_notice.XXXXXX)
SHOTS=${CALLSIM_SHOTS:-$TMP}
mkdir -p "$SHOTS"
. "$ROOT/tests/lib/xvfb.sh"
start_xvfb "$TMP/xvfb.log"
APP=
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null
    kill "$XPID" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
for i in $(seq 1 20); do xdpyinfo -display $DISP >/dev/null 2>&1 && break; sleep 0.3; done
export DISPLAY=$DISP SDL_AUDIODRIVER=dummy

# a "database" that is not one: what a half-copied or overwritten file looks like
head -c 8192 /dev/urandom >"$TMP/bad.db"
before=$(sha256sum <"$TMP/bad.db")

open_window() { # ARGS... → WIN
    LANG=zh_CN.UTF-8 "$BUILD/callsim" "$@" --db "$TMP/bad.db" >"$TMP/app.log" 2>&1 &
    APP=$!
    WIN=
    for i in $(seq 1 40); do
        WIN=$(xdotool search --onlyvisible --name callsim 2>/dev/null | head -n 1)
        [ -n "$WIN" ] && break
        sleep 0.25
    done
    [ -n "$WIN" ] && { xdotool windowactivate --sync "$WIN" 2>/dev/null; xdotool windowfocus --sync "$WIN" 2>/dev/null; }
    sleep 1
}
close_window() {
    for i in $(seq 1 40); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$APP" 2>/dev/null && kill "$APP"
    wait "$APP" 2>/dev/null
    APP=
}
# per mille of a region's pixels in a colour (±2.5 %)
share() { convert "$1" -crop "$2" +repage -fill black -fuzz 2.5% +opaque "rgb($3)" -fill white -opaque "rgb($3)" \
          -colorspace gray -format '%[fx:1000*mean]' info: 2>/dev/null | cut -d. -f1; }
BOTTOM=1280x140+0+640        # the lower part of the 1280x800 window, where the bar sits
WARN=255,244,206             # UI_WARN
BAD=215,55,55                # UI_BAD: the bar's top rule and its text

# ---- the menu
open_window
check "menu window opened" test -n "$WIN"
import -window root "$SHOTS/notice_menu.png"
xdotool key Escape
close_window
check "stderr names the file" grep -q "bad.db" "$TMP/app.log"
check "menu: warning bar at the bottom" test "$(share "$SHOTS/notice_menu.png" $BOTTOM $WARN)" -gt 80
check "menu: red rule and text in the bar" test "$(share "$SHOTS/notice_menu.png" $BOTTOM $BAD)" -gt 5

# ---- a call played anyway, and its results
open_window play scenarios/silent_line.lua
check "call window opened" test -n "$WIN"
xdotool key F9
sleep 1
xdotool type --delay 120 "您好，请讲"
xdotool key Return
sleep 1
import -window root "$SHOTS/notice_call.png"
xdotool key F12
sleep 3
import -window root "$SHOTS/notice_results.png"
xdotool key Escape
close_window
# the top bar left of the clock is plain accent blue on a call that saves; here it holds the words
not_accent() { convert "$1" -crop 220x56+980+0 +repage -fill white -fuzz 3% +opaque "rgb(22,119,255)" -fill black \
               -opaque "rgb(22,119,255)" -colorspace gray -format '%[fx:1000*mean]' info: 2>/dev/null | cut -d. -f1; }
check "call: the top bar says results are not saved" test "$(not_accent "$SHOTS/notice_call.png")" -gt 30
check "results: warning bar at the bottom" test "$(share "$SHOTS/notice_results.png" $BOTTOM $WARN)" -gt 80
check "the corrupt file was left as it was" test "$(sha256sum <"$TMP/bad.db")" = "$before"

if [ "$FAIL" -gt 0 ]; then echo "--- app log" >&2; cat "$TMP/app.log" >&2; fi
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
