#!/bin/sh
# Screenshot test of every screen of the window, in Chinese and in English (issue 3: "a screenshot
# test for each screen"): the main menu, the scenario picker, the trainer's workbench, the call
# screen ringing,
# the call screen talking with long Chinese lines, a hint and a choice, the docked ticket form
# filled, and the results (the debrief). Driven with xdotool under its own Xvfb (a display it picks, so it runs beside the other GUI tests).
# The checks look at pixels where each screen draws something known: the accent bar, panels,
# bubbles, the choice box, the form, the verdict — and that the two languages differ where the
# interface's own text is. Screenshots go to $CALLSIM_SHOTS when set (to look at them).
# Usage: tests/gui/screens.sh [BUILD_DIR]   Prints "N passed, N failed" last; skips when Xvfb or
# xdotool is missing.
set -u
. "$(dirname "$0")/../lib/gui.sh"
GUI_TEST="screenshot test"
need_tools Xvfb xdotool xdpyinfo import convert compare
gui_start callsim_screens
on_failure() { for f in "$TMP"/*.log; do [ -s "$f" ] && { echo "--- $f" >&2; cat "$f" >&2; }; done; }

# ---- driving the window ----------------------------------------------------------------------
start() { # log name, callsim arguments...
    log=$1; shift
    "$BUILD/callsim" "$@" >"$TMP/$log.log" 2>&1 &
    APP=$!
    find_window
    [ -n "$WIN" ] || { bad "$log: window did not open"; cat "$TMP/$log.log" >&2; return 1; }
    sleep 0.8                                   # the first frame, and the fonts' first use
    return 0
}

# The window whose name matches an extended regex, waited for up to 10 s. By class and then its name:
# `xdotool search --name` misses the renamed window here (the exam mode names it; the names do match).
window_named() {
    for _t in $(seq 1 40); do
        for _w in $(xdotool search --onlyvisible --class callsim 2>/dev/null); do
            _n=$(xdotool getwindowname "$_w" 2>/dev/null)
            if printf '%s\n' "$_n" | grep -qE "$1"; then echo "$_w"; return 0; fi
        done
        sleep 0.25
    done
}

play_lang() { # zh | en
    L=$1
    start "menu_$L" --lang "$L" --db "$TMP/$L.db" || return
    shot "home_$L"
    xdotool key Return                          # Practice: the scenario picker
    sleep 1
    xdotool key Down Down
    sleep 0.3
    shot "menu_$L"
    xdotool key Escape                          # back to the main menu
    sleep 0.3
    xdotool key Down Down Return                # the trainer's workbench
    sleep 1
    xdotool key Down Down
    sleep 0.3
    shot "trainer_$L"
    xdotool key Escape
    sleep 0.3
    xdotool key Escape                          # Esc on the main menu asks, Enter quits
    sleep 0.3
    xdotool key Return
    close_window_checked "menu_$L: "            # it must exit 0 promptly

    start "exam_$L" --lang "$L" --db "$TMP/$L.db" || return
    xdotool key Down Return                     # the practical exam, in this window: sign-in first
    EXAMWIN=$(window_named "实操考核|practical exam")
    check "home/$L: Exam opens the examiner's sign-in window" test -n "$EXAMWIN"
    [ -n "$EXAMWIN" ] && { focus_window "$EXAMWIN"; sleep 0.5; }
    xdotool key Escape                          # Esc on the sign-in leaves the exam ...
    HOMEWIN=$(window_named "呼叫中心服务员实训|call-center trainer")
    check "home/$L: leaving the exam comes back to the main menu" test -n "$HOMEWIN"
    [ -n "$HOMEWIN" ] && { focus_window "$HOMEWIN"; sleep 0.8; }
    xdotool key Escape                          # ... and Esc there asks, Enter quits
    sleep 0.3
    xdotool key Return
    close_window_checked "exam_$L: "

    start "call_$L" play tests/gui/screens_call.lua --lang "$L" --db "$TMP/$L.db" || return
    sleep 0.3                                   # inside the 1 s ring tone: the pulse is drawn
    shot "ringing_$L"
    xdotool key F9                              # answer
    sleep 7.6                                   # the first long line
    xdotool key F1 Return                       # the standard opening, from the phrase panel
    sleep 7.6
    xdotool key F4 Return                       # calming the caller
    sleep 7.8                                   # the third line, then the hint and the choice
    shot "talking_$L"
    xdotool key ctrl+t
    sleep 0.3
    xdotool type --delay 150 "王先生"
    xdotool key Tab
    xdotool type --delay 150 "13800001234"
    sleep 0.4
    shot "ticket_$L"
    xdotool key Escape                          # back to the reply box; the docked form keeps its text
    sleep 0.3
    xdotool key 1                               # the right choice
    sleep 0.5
    xdotool key F8 Return                       # closing; the caller hangs up
    sleep 3.2                                   # results replace the call after 1.5 s
    shot "results_$L"
    xdotool key Escape                          # back: out of `callsim play`, after asking
    sleep 0.3
    xdotool key Return
    close_window_checked "call_$L: "
}

play_lang zh
play_lang en

# ---- what the pictures must show -------------------------------------------------------------
# (mean, ncol and share here are this test's own, with convert; share is in percent of the region)
# mean colour of a region as "R,G,B" (0-255)
mean() { convert "$1" -crop "$2" +repage -scale 1x1\! -format '%[fx:int(255*r+.5)],%[fx:int(255*g+.5)],%[fx:int(255*b+.5)]' info: 2>/dev/null; }
# distinct colours in a region: text is anti-aliased, so a region holding text has many
ncol() { convert "$1" -crop "$2" +repage -format %k info: 2>/dev/null || echo 0; }
# share (0-100) of a region's pixels within 6 of the colour R,G,B
share() { convert "$1" -crop "$2" +repage -fill black -fuzz 2.5% +opaque "rgb($3)" -fill white -opaque "rgb($3)" \
          -colorspace gray -format '%[fx:int(100*mean+.5)]' info: 2>/dev/null || echo 0; }
ACCENT=22,119,255 PANEL=255,255,255 BG=238,241,245 TRAINEE=205,232,255 WARN=255,244,206
for L in zh en; do
    for s in home menu trainer ringing talking ticket results; do
        f="$SHOTS/${s}_$L.png"
        check "$s/$L: screenshot taken" test -s "$f"
        [ -s "$f" ] || continue
        check "$s/$L: not blank (>50 colours)" test "$(ncol "$f" 1280x800+0+0)" -gt 50
        check "$s/$L: accent top bar" near "$(mean "$f" 1280x40+0+8)" "$ACCENT" 40
        check "$s/$L: title text in the bar" test "$(ncol "$f" 600x40+0+8)" -gt 8
    done
    f="$SHOTS/home_$L.png"
    [ -s "$f" ] && {
        check "home/$L: six rows on white panels" test "$(share "$f" 760x480+260+96 $PANEL)" -ge 50
        check "home/$L: the first row (practice) highlighted" test "$(share "$f" 760x66+260+97 $TRAINEE)" -ge 80
        check "home/$L: the language chosen shown in accent" test "$(share "$f" 200x40+820+368 $ACCENT)" -ge 10
        check "home/$L: the volume bar" test "$(share "$f" 240x12+690+460 $ACCENT)" -ge 50
    }
    f="$SHOTS/trainer_$L.png"
    [ -s "$f" ] && {
        check "trainer/$L: list of scenarios holds text" test "$(ncol "$f" 580x600+24+100)" -gt 20
        check "trainer/$L: rubric and file on the right" test "$(ncol "$f" 600x300+640+180)" -gt 10
        check "trainer/$L: differs from the practice picker" test "$(diffpx "$f" "$SHOTS/menu_$L.png" 620x500+640+100)" -gt 2000
    }
    f="$SHOTS/menu_$L.png"
    [ -s "$f" ] && {
        check "menu/$L: list of scenarios holds text" test "$(ncol "$f" 580x600+24+100)" -gt 20
        check "menu/$L: selected item highlighted" test "$(share "$f" 600x600+0+100 $TRAINEE)" -ge 1
        check "menu/$L: description on the right" test "$(ncol "$f" 600x300+640+110)" -gt 10
    }
    f="$SHOTS/ringing_$L.png"
    [ -s "$f" ] && {
        check "ringing/$L: left panel white" test "$(share "$f" 250x740+0+60 $PANEL)" -ge 50
        check "ringing/$L: the desk (form and system pane) white" test "$(share "$f" 330x740+950+60 $PANEL)" -ge 70
        check "ringing/$L: ring drawn in accent" test "$(share "$f" 300x400+0+60 $ACCENT)" -ge 1
        check "ringing/$L: transcript empty while ringing" test "$(ncol "$f" 600x400+280+80)" -le 3
    }
    f="$SHOTS/talking_$L.png"
    [ -s "$f" ] && {
        check "talking/$L: transcript holds text" test "$(ncol "$f" 640x300+305+60)" -gt 30
        check "talking/$L: the trainee's bubbles" test "$(share "$f" 650x740+300+60 $TRAINEE)" -ge 2
        check "talking/$L: the hint strip" test "$(share "$f" 650x740+300+60 $WARN)" -ge 1
        check "talking/$L: the choice box outlined" test "$(share "$f" 650x740+300+60 $ACCENT)" -ge 1
    }
    f="$SHOTS/ticket_$L.png"
    [ -s "$f" ] && {
        # the form is docked on the right (issue 14): the typed values appear there, the call stays in view
        check "ticket/$L: the typed values in the docked form" test "$(diffpx "$f" "$SHOTS/talking_$L.png" 220x200+1050+80)" -gt 300
        check "ticket/$L: the transcript not covered" test "$(diffpx "$f" "$SHOTS/talking_$L.png" 600x300+270+150)" -le 200
    }
    f="$SHOTS/results_$L.png"
    [ -s "$f" ] && {
        check "results/$L: verdict in green (passed)" test "$(share "$f" 200x40+1070+8 40,160,80)" -ge 10
        check "results/$L: timeline panel" test "$(share "$f" 1248x160+16+140 $PANEL)" -ge 40
        check "results/$L: rubric items listed" test "$(ncol "$f" 1248x300+16+320)" -gt 20
    }
done
# The interface text differs between the languages where it is the interface's own (buttons,
# panel titles, help lines), while the scenario's Chinese stays the same.
for s in home menu trainer ringing talking ticket results; do
    a="$SHOTS/${s}_zh.png" b="$SHOTS/${s}_en.png"
    [ -s "$a" ] && [ -s "$b" ] || continue
    check "$s: Chinese and English differ" test "$(diffpx "$a" "$b" 1280x800+0+0)" -gt 500
done
check "call buttons differ by language" test "$(diffpx "$SHOTS/ringing_zh.png" "$SHOTS/ringing_en.png" 250x200+0+200)" -gt 300
check "desk titles and labels differ by language" test "$(diffpx "$SHOTS/ringing_zh.png" "$SHOTS/ringing_en.png" 330x160+910+60)" -gt 100

finish
