#!/bin/sh
# GUI test of the panel's review of the grader's verdicts at the exam desk (issue 11 item 5) under
# Xvfb, driven with xdotool: a candidate opens the short paper's call with an opening the grader is
# unsure of (no 请问有什么可以帮您: not the phrase, confidence 0.70); after the scores the result
# screen names the undecided verdict and signing is refused; R opens the review, 考官甲 confirms,
# 考官乙 and 考官丙 overrule (2 of 3: overruled), each with their own PIN; the call is regraded
# (the opening earns its item), the result follows and is signed; verify is clean.
# Prints "N passed, N failed" last; skips without Xvfb/xdotool.
# Usage: tests/gui/exam_review.sh [BUILD_DIR]   (CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
. "$(dirname "$0")/../lib/gui.sh"
exam_gui_start callsim_exam_review_gui

LANG=zh_CN.UTF-8 "$BUILD/callsim" exam --db "$DB" --paper tests/fixtures/short.paper >>"$TMP/app.log" 2>&1 &
APP=$!
find_window
sleep 0.5
need_window
exam_panel
add_candidate 2025001 "张三"
key s; sleep 1; key Return
silent_call "您好，我是客服，有事您说"
key Return; sleep 1     # past the hand-over screen (考试结束，请考生离座)
scores 111111; scores 222222; scores 333333
shot result_undecided
CALL=$(q "select attempt_id from exam_calls where exam_attempt_id = 1")
check "the call is graded and stored" test -n "$CALL"
check "the unsure opening is marked for the panel" test "$(q "select count(*) from attempts a, json_each(a.grade_json, '\$.turns') t where a.id = $CALL and json_extract(t.value, '\$.review') like '%phrase%'")" = 1
key s; sleep 0.3; typ 111111; key Return; sleep 1
shot sign_refused
check "sign refused while the verdict is undecided" test "$(q 'select count(*) from results where signed_at is not null')" = 0
key Escape; sleep 0.3
key r; sleep 1
shot review
key c; sleep 0.3; typ 111111; key Return; sleep 1.5
key o; sleep 0.3; typ 222222; key Return; sleep 1.5
check "two decisions, 1 confirm 1 overrule" test "$(q "select group_concat(decision, ',') from (select decision from reviews order by decided_at)")" = "confirm,overrule"
key o; sleep 0.3; typ 333333; key Return; sleep 1.5
shot review_decided
check "three decisions, each by its own examiner" test "$(q 'select count(distinct examiner_id) from reviews')" = 3
check "each decision is a signed ledger entry" test "$(q "select count(*) from ledger where kind = 'review'")" = 3
GRADED=$(q "select score from attempts where id = $CALL")
REVIEWED=$(q "select points from reviews order by decided_at desc limit 1")
check "the overruled opening regrades the call ($GRADED -> $REVIEWED)" awk -v a="$GRADED" -v b="$REVIEWED" 'BEGIN { exit !(b > a) }'
key Escape; sleep 1
shot result_reviewed
check "a new result version follows the review" test "$(q 'select count(*) from results where exam_attempt_id = 1')" = 2
key s; sleep 0.3; typ 111111; key Return; sleep 1
shot signed
check "signed once decided" test "$(q 'select version from results where signed_at is not null')" = 2
PART=$(q "select json_extract(detail_json, '\$.parts[0].score') from results where version = 2")
check "the signed part score is the regraded call ($PART, $REVIEWED)" awk -v a="$PART" -v b="$REVIEWED" 'BEGIN { exit !(a == b) }'
check "verify: every signed record intact" "$BUILD/callsim" verify --db "$DB" --test-keys
key Return; sleep 0.3; key Escape
wait_exit 20 0.25 || stop_app 2   # a window left on another screen after a failed step must not hang the suite
wait "$APP" 2>/dev/null; APP=
finish
