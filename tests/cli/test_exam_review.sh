#!/usr/bin/env bash
# The examiner panel's review of the grader's verdicts in an exam (issue 11 item 5, exam side):
# a candidate's sitting has one reply the grader flags as an insult (it fails the call) and one
# opening the grader is unsure of (confidence under 0.75). `exam review` lists both in context;
# the result cannot be signed while either is undecided; three examiners decide (the majority of
# the panel of 3 decides, each examiner's latest decision counts); the overruled phrase regrades
# its call and the stored, signed score is the regraded one; verify is clean; a decision row
# edited by SQL is caught by verify.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-review.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }
sq() { sqlite3 "$@"; }
export CALLSIM_TEST_KDF=1 # test-cost keys (exam_keys.h); verify then needs --test-keys
db="$tmp/exam.db"
paper=tests/fixtures/review.paper

"$callsim" exam examiner-add --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err" || bad "set-up: $(cat "$tmp/err")"
for i in 2 3; do
  "$callsim" exam examiner-add --db "$db" --examiner "考评员$i" --pin "12345$i" --admin 考评员1 --admin-pin 123451 2>"$tmp/err" \
    || bad "examiner-add $i: $(cat "$tmp/err")"
done

mkdir -p "$tmp/rep"
# the opening lacks 请问有什么可以帮您: the grader says not the phrase, unsure (0.70)
printf '@2 /answer\n@3 您好，我是客服，有事您说\n@3 您好，请讲\n@4 您好，请讲\n@4 非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！\n@1 /hangup\n' >"$tmp/rep/silent_line.replies"
cp tests/transcripts/angry_caller.rude.replies "$tmp/rep/angry_caller.replies" # 你神经病啊: fails the call
"$callsim" exam run --paper "$paper" --candidate A1 --name 张三 --replies "$tmp/rep" --db "$db" --examiner 考评员1 --pin 123451 >"$tmp/run.out" 2>"$tmp/err"
rc=$?
check "exam run: $(cat "$tmp/err")" '[ $rc = 0 ]'

review() { "$callsim" exam review --db "$db" --attempt 1 "$@"; }
decide() { # examiner-number item decision [reason]
  local i=$1 item=$2 d=$3
  shift 3
  review --examiner "考评员$i" --pin "12345$i" --item "$item" "$d" "$@" >"$tmp/dec.out" 2>"$tmp/dec.err"
}

# --- the list ------------------------------------------------------------------------------------
review >"$tmp/list" 2>"$tmp/err"
rc=$?
check "review lists: $(cat "$tmp/err")" '[ $rc = 0 ]'
check "the insult is listed with its call and verdict" 'grep -q "\[2/seq:5:fails_call\]  UNDECIDED" "$tmp/list" && grep -q "reply:  吼什么吼？你神经病啊" "$tmp/list" && grep -q "FAILS THE CALL (confidence 0.95)" "$tmp/list"'
check "the insult is shown after the caller's line" 'grep -B1 "reply:  吼什么吼" "$tmp/list" | grep -q "caller: 你们这什么破宽带"'
check "the unsure opening is listed with confidence and reason" 'grep -q "\[1/seq:2:phrase\]  UNDECIDED" "$tmp/list" && grep -q "is NOT the phrase .opening. (confidence 0.70): opening -10" "$tmp/list"'
check "two undecided" 'grep -q "^2 verdict(s), 2 undecided" "$tmp/list"'

# the panel scores the examiner items (80 from each): the result is stored, not yet signable
for i in 1 2 3; do
  "$callsim" exam score --db "$db" --attempt 1 --examiner "考评员$i" --pin "12345$i" 普通话=80 语音语调=80 服务态度=80 业务受理=80 信息记录=80 >/dev/null 2>"$tmp/err" \
    || bad "score $i: $(cat "$tmp/err")"
done
check "result version 1 stored" '[ "$(sq "$db" "SELECT count(*) FROM results WHERE exam_attempt_id = 1")" = 1 ]'

"$callsim" exam sign --db "$db" --attempt 1 --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "sign refused while verdicts are undecided (rc $rc)" '[ $rc != 0 ]'
check "the refusal is one line naming how many and which: $(cat "$tmp/err")" '[ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "2 verdict(s)" "$tmp/err" && grep -q "1/seq:2:phrase" "$tmp/err" && grep -q "2/seq:5:fails_call" "$tmp/err" && grep -q "1.9.3" "$tmp/err"'
check "nothing signed" '[ "$(sq "$db" "SELECT count(*) FROM results WHERE signed_at IS NOT NULL")" = 0 ]'

# --- decisions -------------------------------------------------------------------------------------
decide 1 2/seq:5:fails_call overrule --pin 000000 2>/dev/null
review --examiner 考评员1 --pin 000000 --item 2/seq:5:fails_call confirm >/dev/null 2>"$tmp/err"
rc=$?
check "a wrong secret records nothing (rc $rc)" '[ $rc = 1 ] && [ "$(sq "$db" "SELECT count(*) FROM reviews")" = 0 ]'
decide 1 9/seq:99:phrase confirm
rc=$?
check "an unknown verdict is refused by name: $(cat "$tmp/dec.err")" '[ $rc = 1 ] && grep -q "no verdict .9/seq:99:phrase." "$tmp/dec.err"'
review --examiner 考评员1 --pin 123451 --item 2/seq:5:fails_call >/dev/null 2>"$tmp/err"
rc=$?
check "a decision needs confirm or overrule" '[ $rc = 2 ]'

decide 1 2/seq:5:fails_call confirm || bad "decide 1: $(cat "$tmp/dec.err")"
decide 2 2/seq:5:fails_call overrule --reason "语气重但非辱骂" || bad "decide 2: $(cat "$tmp/dec.err")"
review >"$tmp/list"
check "1 confirm, 1 overrule: still undecided" 'grep -q "\[2/seq:5:fails_call\]  UNDECIDED  (1 confirm, 1 overrule; takes 2 of the panel of 3)" "$tmp/list"'
check "the decisions so far: who and what, with the reason" 'grep -A12 "2/seq:5:fails_call" "$tmp/list" | grep -q "overrule 考评员2 .*语气重但非辱骂"'
decide 3 2/seq:5:fails_call confirm || bad "decide 3: $(cat "$tmp/dec.err")"
review >"$tmp/list"
check "2 of 3 confirm the insult" 'grep -q "\[2/seq:5:fails_call\]  decided: CONFIRMED" "$tmp/list"'
call2=$(sq "$db" "SELECT a.score FROM attempts a JOIN exam_calls k ON k.attempt_id = a.id WHERE k.part = 1")
check "a confirmed insult keeps the call failed ($call2)" '[ "$call2" = 0.0 ]'

"$callsim" exam sign --db "$db" --attempt 1 --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "sign still refused, naming the one left: $(cat "$tmp/err")" '[ $rc != 0 ] && grep -q "1 verdict(s)" "$tmp/err" && grep -q "1/seq:2:phrase (0 confirm, 0 overrule)" "$tmp/err"'

# the opening: 考评员2 confirms, then changes their mind (the latest counts); 考评员3 overrules
before=$(sq "$db" "SELECT printf('%.1f', score) FROM results WHERE exam_attempt_id = 1 ORDER BY version DESC LIMIT 1")
decide 2 seq:2:phrase confirm || bad "decide: $(cat "$tmp/dec.err")"
decide 2 seq:2:phrase overrule --reason "开场完整，请讲即询问需求" || bad "decide: $(cat "$tmp/dec.err")"
review >"$tmp/list"
check "an examiner's latest decision counts: 0 confirm, 1 overrule" 'grep -q "\[1/seq:2:phrase\]  UNDECIDED  (0 confirm, 1 overrule" "$tmp/list"'
decide 3 1/seq:2:phrase overrule || bad "decide: $(cat "$tmp/dec.err")"
review >"$tmp/list"
check "2 of 3 overrule the grader on the opening" 'grep -q "\[1/seq:2:phrase\]  decided: OVERRULED" "$tmp/list" && grep -q "^2 verdict(s), 0 undecided" "$tmp/list"'

# the overruled phrase regrades its call: the opening earns its item; the result follows
graded=$(sq "$db" "SELECT a.score FROM attempts a JOIN exam_calls k ON k.attempt_id = a.id WHERE k.part = 0")
reviewed=$(sq "$db" "SELECT points FROM reviews ORDER BY decided_at DESC, uid DESC LIMIT 1")
check "the call regraded with the overrule scores more ($graded -> $reviewed)" 'awk -v a="$graded" -v b="$reviewed" "BEGIN { exit !(b > a) }"'
# final = 35%×(0.4 s1 + 0.3 s2 + 0.3×80) + 35%×80 + 30%×80 with s1 the regraded call, s2 = 0
want=$(awk -v s1="$reviewed" 'BEGIN { t = 0.35 * (0.4 * s1 + 0.3 * 0 + 0.3 * 80) + 0.35 * 80 + 0.30 * 80; printf "%.1f\n", int(t * 10 + 0.5) / 10 }')
after=$(sq "$db" "SELECT printf('%.1f', score) FROM results WHERE exam_attempt_id = 1 ORDER BY version DESC LIMIT 1")
check "the stored result is the reviewed score ($before -> $after, want $want)" '[ "$after" = "$want" ] && [ "$after" != "$before" ]'
check "the new version says why: $(sq "$db" "SELECT reason FROM results WHERE exam_attempt_id = 1 ORDER BY version DESC LIMIT 1")" '[ "$(sq "$db" "SELECT reason FROM results WHERE exam_attempt_id = 1 ORDER BY version DESC LIMIT 1")" = "panel review: 1/seq:2:phrase overrule by 考评员3" ]'
check "every decision is a signed ledger entry" '[ "$(sq "$db" "SELECT count(*) FROM ledger WHERE kind = '"'"'review'"'"'")" = "$(sq "$db" "SELECT count(*) FROM reviews")" ] && [ "$(sq "$db" "SELECT count(*) FROM reviews")" = 6 ]'

"$callsim" exam sign --db "$db" --attempt 1 --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "sign once every verdict is decided: $(cat "$tmp/err")" '[ $rc = 0 ]'
signed=$(sq "$db" "SELECT printf('%.1f', score) FROM results WHERE signed_at IS NOT NULL")
check "what is signed is the reviewed score ($signed)" '[ "$signed" = "$want" ]'
check "the signed record holds the decisions" '[ "$(sq "$db" "SELECT count(*) FROM ledger WHERE kind = '"'"'sign'"'"' AND body LIKE '"'"'%review.4.decision=overrule%'"'"'")" = 1 ]'
decide 1 1/seq:2:phrase confirm
rc=$?
check "a decision after signing needs a reason: $(cat "$tmp/dec.err")" '[ $rc = 1 ] && grep -q "signed; a review decision now is a correction" "$tmp/dec.err"'

"$callsim" verify --db "$db" --test-keys >"$tmp/verify.out" 2>&1
rc=$?
check "verify clean: $(tail -n 3 "$tmp/verify.out")" '[ $rc = 0 ] && grep -q " 0 problem" "$tmp/verify.out"'

# --- tampering: a decision row edited by SQL ---------------------------------------------------------
cp "$db" "$tmp/forged.db"
sq "$tmp/forged.db" "DROP TRIGGER reviews_final; UPDATE reviews SET decision = 'confirm' WHERE decision = 'overrule' AND examiner_id = (SELECT id FROM examiners WHERE name = '考评员3') AND item_id = 'seq:2:phrase'"
"$callsim" verify --db "$tmp/forged.db" --test-keys >"$tmp/verify.out" 2>&1
rc=$?
check "verify catches an edited decision (rc $rc): $(head -n 2 "$tmp/verify.out")" '[ $rc = 1 ] && grep -q "review decision" "$tmp/verify.out" && grep -q "decision (signed .overrule., stored .confirm.)" "$tmp/verify.out"'
cp "$db" "$tmp/forged2.db"
sq "$tmp/forged2.db" "DROP TRIGGER reviews_kept; DELETE FROM reviews WHERE examiner_id = (SELECT id FROM examiners WHERE name = '考评员3')"
"$callsim" verify --db "$tmp/forged2.db" --test-keys >"$tmp/verify.out" 2>&1
rc=$?
check "verify catches deleted decisions: $(head -n 1 "$tmp/verify.out")" '[ $rc = 1 ] && grep -q "a review decision\|review\.[0-9]" "$tmp/verify.out"'
cp "$db" "$tmp/forged3.db"
sq "$tmp/forged3.db" "DROP TRIGGER reviews_final; UPDATE reviews SET examiner_id = (SELECT id FROM examiners WHERE name = '考评员1') WHERE examiner_id = (SELECT id FROM examiners WHERE name = '考评员3')"
"$callsim" verify --db "$tmp/forged3.db" --test-keys >"$tmp/verify.out" 2>&1
rc=$?
check "verify catches a decision moved to another examiner: $(head -n 1 "$tmp/verify.out")" '[ $rc = 1 ] && grep -q "review decision is filed under another examiner" "$tmp/verify.out"'
sq "$db" "UPDATE reviews SET decision = 'confirm'" 2>/dev/null
rc=$?
check "the table refuses an update" '[ $rc != 0 ]'

# --- the spoken part: a paper that requires recording is not sat headless (no microphone) ------------
sed 's/^seed .*/&\nrecording required/' "$paper" >"$tmp/voice.paper"
"$callsim" exam run --paper "$tmp/voice.paper" --candidate A9 --name 赵九 --replies "$tmp/rep" --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "a paper requiring recording is refused headless (rc $rc): $(cat "$tmp/err")" '[ $rc = 2 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "requires recording" "$tmp/err"'
check "no sitting begun for it" '[ "$(sq "$db" "SELECT count(*) FROM candidates WHERE cand_no = '"'"'A9'"'"'")" = 0 ]'
"$callsim" exam listen --db "$db" --attempt 1 >"$tmp/listen" 2>&1
rc=$?
check "exam listen on a typed-only sitting (rc $rc)" '[ $rc = 0 ] && grep -q "^0 recording(s): the candidate.s replies were typed only" "$tmp/listen"'

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
