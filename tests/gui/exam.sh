#!/bin/sh
# GUI test of the examiner flow (issue 4 "Done when") under Xvfb (a display of its own), driven with xdotool:
#  1. first run: create examiner 1, add examiners 2 and 3 to the panel, add a candidate, run the
#     short paper (tests/fixtures/short.paper: one silent_line call), the three examiners enter their
#     scores, the result is shown (screenshot) and signed; checked in the database;
#  2. crash: start a second candidate, kill -9 the window mid-call, restart `callsim exam`, sign in,
#     resume the candidate; the database must keep every turn said before the kill (the killed call
#     interrupted, the resumed call a new completed attempt filed under the same part).
# Prints "N passed, N failed" last; skips ("0 passed, 0 failed") without Xvfb/xdotool.
# Examiner secrets are 6-digit PINs (issue 12), their keys sealed at the test cost
# (CALLSIM_TEST_KDF=1), so verify is given --test-keys.
# Usage: tests/gui/exam.sh [BUILD_DIR]   (CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
. "$(dirname "$0")/../lib/gui.sh"
exam_gui_start callsim_exam_gui

start_app() { # [PAPER]: none = the paper the desk had last time
    LANG=zh_CN.UTF-8 "$BUILD/callsim" exam --db "$DB" ${1:+--paper "$1"} >>"$TMP/app.log" 2>&1 &
    APP=$!
    find_window
    sleep 0.5
}
sign_in() { typ "$1"; key Tab; typ "$2"; key Return; sleep 1; }   # NAME PIN
# the silent_line call as a trainee plays it well (see tests/gui/silent_line.sh)
play_call() { silent_call "您好，我是客服小李，请问有什么可以帮您"; }

# ---- 1. a whole exam ---------------------------------------------------------------------------
start_app tests/fixtures/short.paper
need_window
first_examiner "考官甲" 111111                      # first run: create
check "first examiner created" test "$(q 'select count(*) from examiners')" = 1
add_examiner "考官乙" 222222
add_examiner "考官丙" 333333
check "three examiners" test "$(q 'select count(*) from examiners')" = 3
add_candidate 2025001 "张三"
check "candidate added" test "$(q "select name from candidates where cand_no = '2025001'")" = "张三"
shot desk
key s; sleep 1                                     # full screen, the neutral "next call" screen
shot between
check "full screen during the exam" sh -c "xdotool getwindowgeometry $WIN | grep -q '1280x800'"
key Return                                         # the call rings
play_call
shot handover                                      # 考试结束，请考生离座 (issue 15)
check "hand-over screen stays full screen" sh -c "xdotool getwindowgeometry $WIN | grep -q '1280x800'"
check "the sitting is complete at the hand-over" test "$(q "select status from exam_attempts where id = 1")" = completed
key Return; sleep 1                                # the examiner goes on to the scores
shot scores
scores 111111; scores 222222; scores 333333
shot result
key s; sleep 0.3; typ 111111; key Return; sleep 1    # sign the result
shot signed
check "sitting completed" test "$(q "select status from exam_attempts where id = 1")" = completed
check "call filed under part 0" test "$(q "select count(*) from exam_calls c join attempts a on a.id = c.attempt_id where c.exam_attempt_id = 1 and c.part = 0 and a.status = 'completed'")" = 1
check "call turns stored (>= 6)" test "$(q 'select count(*) from turns t join exam_calls c on c.attempt_id = t.attempt_id where c.exam_attempt_id = 1')" -ge 6
check "15 examiner scores (3 × 5 items)" test "$(q 'select count(*) from examiner_scores where exam_attempt_id = 1')" = 15
check "result stored" test "$(q 'select count(*) from results where exam_attempt_id = 1')" = 1
check "result signed" test -n "$(q 'select signed_by from results where exam_attempt_id = 1 and signed_by is not null')"
check "result screen has detail" test "$(convert "$SHOTS/result.png" -format %k info:)" -gt 20
key Return; sleep 0.5                              # back to the desk

# ---- 2. kill -9 mid-call, restart, resume ----------------------------------------------------------
add_candidate 2025002 "李四"
key s; sleep 1; key Return; sleep 1.5; key F9; sleep 1
BEFORE=$(q "select count(*) from turns where text like '%您好，请讲%'")
say "您好，我是客服小李，请问有什么可以帮您"; sleep 2.5
say "您好，请讲"
# the kill comes once the reply is stored (an event, not a fixed second a loaded machine outlasts)
stored_reply() { test "$(q "select count(*) from turns where text like '%您好，请讲%'")" -gt "$BEFORE"; }
wait_until 15 stored_reply
shot before_kill
kill -9 "$APP"; wait "$APP" 2>/dev/null; APP=
XA=$(q "select e.id from exam_attempts e join candidates c on c.id = e.candidate_id where c.cand_no = '2025002'")
check "second sitting begun" test -n "$XA"
KILLED=$(q "select attempt_id from exam_calls where exam_attempt_id = $XA")
check "turns said before the kill are stored" test "$(q "select count(*) from turns where attempt_id = $KILLED and text like '%客服小李%'")" = 1
check "the second prompt is stored too" test "$(q "select count(*) from turns where attempt_id = $KILLED and text like '%您好，请讲%'")" -ge 1
start_app
check "window reopened" test -n "$WIN"
sign_in "考官甲" 111111
check "killed call marked interrupted at restart" test "$(q "select status from attempts where id = $KILLED")" = interrupted
# the desk remembers the paper and the panel across the restart (issue 15): no one joins again
check "the panel is remembered" test "$(q "select replace(value, char(10), ',') from store_meta where key = 'desk.panel'")" = "考官甲,考官乙,考官丙"
check "the paper is remembered" test -n "$(q "select value from store_meta where key = 'desk.paper' and value like '%/tests/fixtures/short.paper'")"
key Down
shot resume_desk
key r; sleep 1; key Return
play_call
key Return; sleep 1                                # past the hand-over screen
scores 111111; scores 222222; scores 333333
shot result2
check "two calls filed under part 0" test "$(q "select count(*) from exam_calls where exam_attempt_id = $XA and part = 0")" = 2
check "resumed call is a new completed attempt" test "$(q "select count(*) from exam_calls c join attempts a on a.id = c.attempt_id where c.exam_attempt_id = $XA and c.part = 0 and a.status = 'completed' and a.id <> $KILLED")" = 1
check "killed call's turns still there" test "$(q "select count(*) from turns where attempt_id = $KILLED and text like '%客服小李%'")" = 1
check "second sitting completed" test "$(q "select status from exam_attempts where id = $XA")" = completed
check "second result stored" test "$(q "select count(*) from results where exam_attempt_id = $XA")" = 1
check "verify: every signed record intact" "$BUILD/callsim" verify --db "$DB" --test-keys
key Return; sleep 0.3; key Escape
wait_exit 20 0.25
check "window closed with Esc at the desk" sh -c "! kill -0 $APP 2>/dev/null"
kill -0 "$APP" 2>/dev/null && stop_app 2   # still open after the failed check above: never hang the suite on it
wait "$APP" 2>/dev/null; APP=
finish
