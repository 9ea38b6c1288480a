#!/bin/sh
# A whole exam day from the window alone (issue 15 item 3) under Xvfb, the disk audio driver as the
# microphone (a known tone): set-up (the centre's first examiner), the panel of three, the roster
# imported from a CSV, three candidates one after another — the first with an opening the grader
# is unsure of, the second's window killed mid-call and resumed after a restart (the desk keeps the
# paper and panel), the third a model candidate — each handed over, scored by the panel beside the
# recordings, the unsure verdict reviewed (2 of 3 overrule), every result signed; then the cohort's
# report is printed and checked, and verify is clean.
# Prints "N passed, N failed" last; skips without Xvfb/xdotool.
# Usage: tests/gui/exam_day.sh [BUILD_DIR]   (CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
. "$(dirname "$0")/../lib/gui.sh"
exam_gui_start callsim_exam_day_gui python3
python3 - "$TMP/known.raw" <<'PY'
import math, struct, sys
rate, secs = 16000, 900
with open(sys.argv[1], "wb") as f:
    f.write(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(rate * secs)))
PY
printf '考生号,姓名,证件号\n2025001,张三,\n2025002,李四,\n2025003,王五,\n' >"$TMP/roster.csv"

start_app() { # [PAPER]
    SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILEIN=$TMP/known.raw SDL_DISKAUDIOFILE=$TMP/out.raw LANG=zh_CN.UTF-8 \
        "$BUILD/callsim" exam --db "$DB" ${1:+--paper "$1"} >>"$TMP/app.log" 2>&1 &
    APP=$!
    find_window
    sleep 2
}
panel_scores() { scores 111111; scores 222222; scores 333333; }
sign() { key s; sleep 0.3; typ 111111; key Return; sleep 1; }
xa_of() { q "select max(x.id) from exam_attempts x join candidates c on c.id = x.candidate_id where c.cand_no = '$1'"; }

# ---- set-up, panel, roster -----------------------------------------------------------------------
start_app tests/fixtures/short.paper
need_window
exam_panel
key i; typ "$TMP/roster.csv"; key Return; sleep 1
check "roster imported (3)" test "$(q 'select count(*) from candidates')" = 3
shot desk

# ---- candidate 1: an unsure opening, reviewed ----------------------------------------------------------
key s; sleep 1; key Return
silent_call "您好，我是客服，有事您说"
key Return; sleep 1                       # hand-over
panel_scores
sign
X1=$(xa_of 2025001)
check "candidate 1: sign refused while the verdict is undecided" test "$(q "select count(*) from results where exam_attempt_id = $X1 and signed_at is not null")" = 0
key Escape; sleep 0.3
key r; sleep 1
key p; sleep 1
key c; sleep 0.3; typ 111111; key Return; sleep 1.5
key o; sleep 0.3; typ 222222; key Return; sleep 1.5
key o; sleep 0.3; typ 333333; key Return; sleep 1.5
key Escape; sleep 1
sign
shot signed1
check "candidate 1 signed after the review" test "$(q "select count(*) from results where exam_attempt_id = $X1 and signed_at is not null")" = 1
key Return; sleep 0.5                    # back to the desk

# ---- candidate 2: killed mid-call, resumed after a restart ---------------------------------------------
key Down; sleep 0.3
key s; sleep 1; key Return; sleep 1.5; key F9; sleep 1
say "您好，我是客服小李，请问有什么可以帮您"; sleep 2
kill -9 "$APP"; wait "$APP" 2>/dev/null; APP=
X2=$(xa_of 2025002)
check "candidate 2's sitting begun" test -n "$X2"
start_app                                # no --paper: the desk remembers it, and the panel
typ "考官甲"; key Tab; typ "111111"; key Return; sleep 1.5
key Down; sleep 0.3
shot resume_desk
key r; sleep 1; key Return
silent_call "您好，我是客服小李，请问有什么可以帮您"
key Return; sleep 1
panel_scores
sign
check "candidate 2 resumed and signed" test "$(q "select count(*) from results where exam_attempt_id = $X2 and signed_at is not null")" = 1
check "candidate 2: the killed call interrupted, the resumed one completed" test "$(q "select group_concat(a.status, ',') from (select a.status from exam_calls c join attempts a on a.id = c.attempt_id where c.exam_attempt_id = $X2 order by a.id) a")" = "interrupted,completed"
key Return; sleep 0.5

# ---- candidate 3: a model candidate --------------------------------------------------------------------
key Down; sleep 0.3; key Down; sleep 0.3
key s; sleep 1; key Return
silent_call "您好，我是客服小李，请问有什么可以帮您"
key Return; sleep 1
panel_scores
sign
X3=$(xa_of 2025003)
check "candidate 3 signed" test "$(q "select count(*) from results where exam_attempt_id = $X3 and signed_at is not null")" = 1
key Return; sleep 0.3; key Escape
wait_exit 20 0.25 || stop_app 2   # a window left on another screen after a failed step must not hang the suite
wait "$APP" 2>/dev/null; APP=

# ---- the day's records -------------------------------------------------------------------------------------
check "three sittings, all completed" test "$(q "select count(*) from exam_attempts where status = 'completed'")" = 3
check "every completed call's replies recorded" test "$(q "select count(*) from turns t join attempts a on a.id = t.attempt_id where a.status = 'completed' and t.kind = 'trainee_say' and not exists (select 1 from voice_clips v where v.attempt_id = t.attempt_id and v.seq = t.seq)")" = 0
check "the review: 3 decisions on candidate 1" test "$(q "select count(*) from reviews where exam_attempt_id = $X1")" = 3
check "verify: the day is intact" "$BUILD/callsim" verify --db "$DB" --test-keys
"$BUILD/callsim" report --db "$DB" --out "$TMP/report" --test-keys >"$TMP/report.out" 2>&1 || "$BUILD/callsim" report --db "$DB" --out "$TMP/report" >"$TMP/report.out" 2>&1
check "the cohort's report: $(tail -n 1 "$TMP/report.out")" test -f "$TMP/report/roster.csv"
for n in 张三 李四 王五; do
    check "report lists $n as signed and trusted" sh -c "grep '$n' '$TMP/report/roster.csv' | grep -q '合格' && ! grep '$n' '$TMP/report/roster.csv' | grep -q '不可信'"
done
finish
