#!/bin/sh
# GUI test: hostile scenarios in the window (`callsim play`): a scenario that fails loading (a
# metamethod that loops, a finalizer, a rubric of 4000 points, an endless loop) shows the error
# screen naming the file and the line within 5 s; one that fails during the call (a library call
# over 2^53 elements, a flood of events, memory at the cap, control characters) ends the call
# after the trainee answers. The window never aborts or hangs: it still answers Esc (exit 2 after
# a scenario error; the screen shows the FILE:LINE line), and its log has no sanitizer or Lua panic
# report (run with the ASan+UBSan build too).
# Usage: tests/gui/hostile_window.sh [BUILD_DIR]   Prints "N passed, N failed" last.
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool xdpyinfo import identify convert
GUI_STOP=1
gui_start callsim_hostile_win
BAD=215,55,55                # UI_BAD: the error screen's header
TOP=1280x50+0+0

error_screen() { test "$(share_pm "$SHOTS/$1.png" $TOP $BAD)" -gt 500; }
clean_log() { ! grep -qE 'AddressSanitizer|runtime error:|LeakSanitizer|PANIC|panic' "$TMP/app.log"; }

for f in index_loops gc_loop_at_close rubric_4000 endless_loop caller_index_error; do
    LANG=zh_CN.UTF-8 "$BUILD/callsim" play "tests/hostile/$f.lua" >"$TMP/app.log" 2>&1 &
    APP=$!
    find_window
    check "$f: window opened" test -n "$WIN"
    shown() { shot "$f"; error_screen "$f"; }
    check "$f: the error screen within 5 s" wait_until 5 shown
    check "$f: no sanitizer report or panic" clean_log
    xdotool key Escape
    # Esc leaves the error screen; play then exits 2, the scenario error's exit code
    if wait_exit 40 0.1; then ok; else bad "$f: window still open 4 s after Esc"; stop_app 1; fi
    wait "$APP" 2>/dev/null; rc=$?
    APP=
    check "$f: exit code 2 (was $rc)" test "$rc" -eq 2
done

for f in table_move_huge award_flood oom_then_wait hangup_control zero_wait; do
    LANG=zh_CN.UTF-8 "$BUILD/callsim" play "tests/hostile/$f.lua" >"$TMP/app.log" 2>&1 &
    APP=$!
    find_window
    check "$f: window opened" test -n "$WIN"
    sleep 1
    xdotool key F9                                   # answer: run() starts and fails
    sleep 3
    check "$f: the window still runs after the script failed" kill -0 "$APP"
    check "$f: no sanitizer report or panic" clean_log
    xdotool key Escape; sleep 0.3; xdotool key Escape
    wait_exit 40 0.1 || stop_app 1
    wait "$APP" 2>/dev/null
    APP=
done
finish
