#!/bin/sh
# One window application (issue 14 item 5), under Xvfb with xdotool: practice, the exam and the
# workbench are modes of one app, so going practice → exam → workbench → practice keeps the same
# X window (the same id, the only callsim window on the display, the process never restarts; only
# its title follows the mode), and each key keeps its one meaning in each mode on the way:
#  - practice (before and after the exam): F5 does not reload the call (one attempt, in progress),
#    Esc mid-call asks before abandoning (stored as interrupted);
#  - the exam, entered from the main menu: the sign-in, the desk, a sitting full screen; F5 there
#    throws nothing away; Esc mid-call asks for an examiner's PIN (the sitting stays resumable);
#    Esc at the desk comes back to the main menu, in the same window;
#  - the workbench: F5 reloads the call (the old one stored as interrupted, "reloaded").
# Usage: tests/gui/one_window.sh [BUILD_DIR]   (CALLSIM_SHOTS=DIR keeps the screenshots)
# Prints "N passed, N failed" last; skips when a tool is missing.
set -u
. "$(dirname "$0")/../lib/gui.sh"
exam_gui_start callsim_one_window
GUI_STOP=0.5

LANG=zh_CN.UTF-8 "$BUILD/callsim" --lang zh --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
FIRST=$WIN
sleep 0.8

# the callsim windows on the display now (by class: `search --name` misses a renamed one here)
windows() { xdotool search --onlyvisible --class callsim 2>/dev/null | sort -u | tr '\n' ' ' | sed 's/ $//'; }
same_window() { # STEP: still one window, the first one, in the same process
    check "$1: the same window (was $FIRST, now '$(windows)')" test "$(windows)" = "$FIRST"
    check "$1: the same process" kill -0 "$APP"
}
title_has() { xdotool getwindowname "$FIRST" 2>/dev/null | grep -q "$1"; }
attempts() { q "select count(*) from attempts"; }
reloaded() { q "select count(*) from attempts where abort_reason like '%reload%'"; }

# practice: F5 does not reload, Esc asks before abandoning
practice_call() { # STEP
    N=$(attempts)
    key Return; sleep 0.8                      # the scenario list → the first scenario
    key Return; sleep 1.5
    key F9; sleep 1                            # answer
    typ "您好"; sleep 0.3
    key F5; sleep 1.2
    check "$1: F5 in practice reloads nothing (attempts $N -> $(attempts))" test "$(attempts)" = $((N + 1))
    check "$1: the call goes on after F5" test "$(q 'select status from attempts order by id desc limit 1')" = in_progress
    key Escape; sleep 0.4                      # asks
    shot "$1_ask"
    key 1; sleep 1                             # 放弃通话: back to the list
    check "$1: Esc then 1 abandons (stored as interrupted)" test "$(q 'select status from attempts order by id desc limit 1')" = interrupted
    key Escape; sleep 0.6                      # the list → the main menu
}

shot home
check "practice: the window's title is the trainer's" title_has "呼叫中心服务员实训"
practice_call practice
same_window "practice"

# ---- the exam, from the main menu ---------------------------------------------------------------
key Down Return; sleep 1                       # 实操考核: the sign-in, in this window
shot signin
same_window "exam sign-in"
check "exam: the title follows the mode" title_has "实操考核"
exam_panel
add_candidate 2025001 "张三"
shot desk
check "exam: the desk works in this window (three examiners, a candidate)" \
    test "$(q 'select count(*) from examiners')|$(q 'select count(*) from candidates')" = "3|1"
key s; sleep 1; key Return                     # full screen; the call rings
sleep 1.5; key F9; sleep 1
typ "您好"; sleep 0.3
key F5; sleep 1.2
same_window "exam call"
CALL=$(q "select attempt_id from exam_calls where exam_attempt_id = 1")
check "exam: a call began" test -n "$CALL"
check "exam: F5 throws nothing away (the call in progress)" test "$(q "select status from attempts where id = ${CALL:-0}")" = in_progress
check "exam: nothing reloaded" test "$(reloaded)" = 0
key Escape; sleep 0.5                          # asks for an examiner's PIN, not "abandon?"
shot exam_leave
check "exam: Esc alone leaves nothing (still in progress)" test "$(q "select status from attempts where id = ${CALL:-0}")" = in_progress
typ 111111; key Return; sleep 1                # the PIN: back to the desk
check "exam: left with the PIN, the call interrupted" test "$(q "select status from attempts where id = ${CALL:-0}")" = interrupted
check "exam: the sitting stays resumable" test "$(q 'select status from exam_attempts where id = 1')" = in_progress
shot desk_after
same_window "exam desk again"
key Escape; sleep 1                            # Esc at the desk: back to the main menu
shot home_after_exam
same_window "back from the exam"
check "back from the exam: the title is the trainer's again" title_has "呼叫中心服务员实训"

# ---- the workbench: F5 reloads there, and only there ------------------------------------------------
key Down Return; sleep 1                       # 情境编写 (the menu kept its row, 实操考核): the workbench
key Return; sleep 1.5
key F9; sleep 1
N=$(reloaded)
key F5; sleep 1.5
check "workbench: F5 reloads the call (the old one stored as reloaded)" test "$(reloaded)" = $((N + 1))
key Escape; sleep 0.4; key 1; sleep 1          # abandon the reloaded call: back to the list
key Escape; sleep 0.6                          # the main menu
same_window "workbench"

# ---- practice again: the same meanings after the switches ----------------------------------------
key Up Up; sleep 0.3                           # back on 练习 (the menu keeps its row)
practice_call practice_again
same_window "practice again"
check "window log: no error on the way" sh -c "! grep -qiE 'error|cannot|failed' '$TMP/app.log'"
key Escape; sleep 0.4                          # the main menu asks before quitting ...
check "Esc on the main menu asks, the window stays" kill -0 "$APP"
key Return                                     # ... Enter: 退出
close_window_checked "" 1
finish
