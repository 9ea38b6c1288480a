#!/bin/sh
# GUI test of the debrief after a call (issue 14), under Xvfb with xdotool: a call of
# scenarios/angry_caller.lua answered with a made-up opening and a made-up closing, then hung up.
# The debrief must show: the whole transcript with each deduction in red under the reply that caused
# it and, in green, the standard phrase that was missed; the timeline with its legend, where red
# marks only the deductions (the actions are grey); a replay link under the caller's lines that
# speaks the line again (the link reads 正在播放 while it plays); the rubric; "try again" as a
# button that starts the call anew; Esc back, at 1024×600 too. Screenshots go to $CALLSIM_SHOTS.
# Usage: tests/gui/debrief.sh [BUILD_DIR]   Prints "N passed, N failed" last; skips when a tool is missing.
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool xdpyinfo import identify compare stream od sqlite3
GUI_STOP=0.5
gui_start callsim_debrief

ACCENT=22,119,255 BAD=215,55,55 GOOD=40,160,80 ACTION=110,118,128
# rows FILE X Y0 W H "R,G,B": the y of each row of the region holding at least one pixel of the colour
rows() {
    stream -map rgb -storage-type char -extract "${4}x$5+$2+$3" "$1" - 2>/dev/null | od -An -v -tu1 -w3 |
    awk -v w="$4" -v y0="$3" -v want="$6" '{ n = NR - 1; y = y0 + int(n / w); if (($1 "," $2 "," $3) == want && !(y in seen)) { seen[y] = 1; print y } }'
}
first_run() { awk 'NR == 1 { s = $1; p = $1; next } $1 == p + 1 { p = $1; next } { exit } END { if (s != "") print s, p }'; }

LANG=zh_CN.UTF-8 "$BUILD/callsim" play scenarios/angry_caller.lua --lang zh --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
click() { xdotool mousemove --sync "$1" "$2" click 1; sleep 0.15; xdotool mousemove 640 790; }

sleep 1.2
xdotool key F9                                         # answer
sleep 1
xdotool type --delay 80 "喂，你好啊，有事吗"             # not the 开篇语
xdotool key Return
sleep 9
xdotool key F4                                         # 安抚 (the standard phrase)
sleep 0.2
xdotool key Return
sleep 8
xdotool type --delay 80 "好的好的"                      # not the 结束语
xdotool key Return
sleep 5
xdotool key F12                                        # hang up
sleep 2.5
shot debrief
R=$SHOTS/debrief.png

check "debrief: accent top bar" near "$(mean "$R" 1280x40+0+8)" "$ACCENT" 40
# the transcript: left 3/5 below the timeline; deductions red, the standard phrase green
check "transcript: deductions in red under the replies" test "$(npx "$R" 700x500+20+240 $BAD)" -ge 40
check "transcript: the standard phrase in green" test "$(npx "$R" 700x500+20+240 $GOOD)" -ge 40
check "transcript: the caller's words are there" test "$(ncol "$R" 640x400+90+260)" -gt 40
# the timeline: red only in its bottom row (扣分), grey action ticks, a legend
TL_RED=$(rows "$R" 150 90 1110 94 $BAD)
check "timeline: red marks (the deductions)" test -n "$TL_RED"
TL_GREY=$(rows "$R" 150 90 1110 94 $ACTION)
if [ -n "$TL_RED" ] && [ -n "$TL_GREY" ]; then
    check "timeline: the red marks below the grey action ticks, in a row of their own" \
        test "$(echo "$TL_RED" | head -n 1)" -gt "$(echo "$TL_GREY" | tail -n 1)"
fi
check "timeline: a legend under it" test "$(ncol "$R" 900x16+150+184)" -gt 20
check "rubric beside the transcript" test "$(ncol "$R" 480x400+780+260)" -gt 40
# "try again" and "back" buttons bottom right
check "try again button (accent) bottom right" test "$(npx "$R" 300x30+960+765 $ACCENT)" -ge 500

# the replay link: accent text under a caller line, in the transcript's text column
LINK=$(rows "$R" 96 250 30 480 $ACCENT | first_run)
check "a replay link under the caller's line" test -n "$LINK"
if [ -n "$LINK" ]; then
    LY=$(echo "$LINK" | awk '{ print int(($1 + $2) / 2) }')
    click 110 "$LY"
    sleep 0.4
    shot replaying
    check "replay: the link reads 正在播放 while the line plays (filled)" \
        test "$(npx "$SHOTS/replaying.png" 60x12+97+$((LY - 5)) $ACCENT)" -ge 150
fi

xdotool windowsize "$WIN" 1024 600
sleep 1
shot debrief_small
S=$SHOTS/debrief_small.png
check "1024×600: the buttons inside the window" test "$(npx "$S" 240x30+770+565 $ACCENT)" -ge 300
check "1024×600: the transcript's deductions in view" test "$(npx "$S" 580x300+20+240 $BAD)" -ge 20
xdotool windowsize "$WIN" 1280 800
sleep 0.8
click 1060 778                                         # 再练一次 (mouse)
sleep 1.2
shot retry
check "try again: a new call rings (the debrief is gone)" test "$(diffpx "$R" "$SHOTS/retry.png" 1280x700+0+60)" -gt 20000
xdotool key Escape                                     # ringing: asks before abandoning
sleep 0.4
xdotool key 1                                          # 放弃通话: `callsim play` closes
close_window_checked "" 1

check "two attempts: the call and the retry" test "$(q 'select count(*) from attempts')" = 2
check "the first failed on opening and closing" \
    test "$(q "select group_concat(item_id, ',') from (select item_id from rubric_items where attempt_id = (select min(id) from attempts)
              and item_id in ('opening','closing') and points = 0 order by ord)")" = "opening,closing"
finish
