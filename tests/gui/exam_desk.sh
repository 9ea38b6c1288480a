#!/bin/sh
# GUI check of the desk in the exam (issue 14), under Xvfb with xdotool: the exam window plays
# angry_caller (tests/fixtures/angry.paper). Before the hold the system pane lists the fault lookup
# by title only (保持通话核实后显示); after the 等待前用语 and the hold (F10) it shows the lookup's
# text — the cause and repair time the answer is graded against — in the exam as in practice.
# The exam clock is in the title bar, clear of the work order's 工单 header.
# Screenshots: before_hold.png, after_hold.png ($CALLSIM_SHOTS keeps them).
# Usage: tests/gui/exam_desk.sh [BUILD_DIR]   Prints "N passed, N failed" last; skips without Xvfb/xdotool.
set -u
export CALLSIM_TEST_KDF=1
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool import identify compare xdpyinfo sqlite3
GUI_STOP=now
gui_start callsim_exam_desk
DB=$TMP/exam.db

typ() { xdotool type --delay 60 "$1"; }
key() { xdotool key "$@"; sleep 0.3; }
say() { typ "$1"; sleep 0.2; xdotool key Return; }

LANG=zh_CN.UTF-8 "$BUILD/callsim" exam --db "$DB" --paper tests/fixtures/angry.paper >>"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
sleep 0.5
typ "考官甲"; key Tab; typ "111111"; key Tab; typ "111111"; key Return; sleep 1   # first run: the examiner
for e in "考官乙 222222" "考官丙 333333"; do                                     # a panel of 3 (1.9.3)
    key a; typ "${e% *}"; key Tab; typ "${e#* }"; key Return; sleep 1
done
key n; typ "2025001"; key Tab; typ "张三"; key Return; sleep 0.8                 # a candidate
key s; sleep 1                                                                  # the sitting, full screen
key Return                                                                      # the call rings
sleep 1.5; key F9; sleep 1                                                      # answer
say "先生您好，我是东方有线8号业务受理专员，请问有什么可以帮您？"
sleep 10                                                                        # the rant
say "先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？"
sleep 9                                                                         # name, account, estate
shot before_hold
say "先生，请您稍等，我帮您核实一下好吗？"
sleep 3                                                                         # 行，你快点！
key F10                                                                         # hold: the lookup opens
sleep 1.5
shot after_hold
B=$SHOTS/before_hold.png A=$SHOTS/after_hold.png

# the right-hand desk column below the ticket form: the system pane (系统查询), where only the hold
# changes anything between the two shots (the form is untouched, the clocks are in the top bar)
PANE=${CALLSIM_PANE:-380x530+900+270}
check "exam: the call is on (a stored attempt in progress)" test "$(q 'select count(*) from attempts')" -ge 1
check "system pane: text appears after the hold (the fault lookup revealed)" \
    test "$(diffpx "$B" "$A" "$PANE")" -gt 500
BG=$(mean "$A" 10x10+1200+760)                                                   # the pane's empty background
check "system pane: it holds more ink after the hold than before (text, not a placeholder)" \
    test "$(npx "$A" "$PANE" "$BG")" -lt "$(( $(npx "$B" "$PANE" "$BG") - 500 ))"
# the exam clock (a dark badge, UI_TEXT) sits in the title bar, not over the desk: the work order's
# header row right of 工单 is bare panel (the badge once covered it and the first field's top)
HEADER=${CALLSIM_HEADER:-310x30+960+58}
check "exam clock: not over the work order's header (工单)" test "$(npx "$A" "$HEADER" 30,34,40)" -lt 20
check "exam clock: in the title bar" test "$(npx "$A" 1280x56+0+0 30,34,40)" -gt 1000
finish
