#!/usr/bin/env bash
# The attacks of issue 12, each a test that fails if the forgery passes: someone with the sqlite3
# shell and the command line, on a signed level-5 sitting. Every edit is made on a fresh copy of
# the signed database, with the schema's triggers dropped first (as a tamperer would); `verify`
# must exit 1 and name the record, `report` must mark it and print no pass; the command-line paths
# must be refused. Examiner keys are sealed at the test cost (CALLSIM_TEST_KDF=1), so verify, merge
# and report are given --test-keys (what a real centre never does).
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-forgery.XXXXXX)
trap '[ -n "${KEEP:-}" ] || { chmod -R u+w "$tmp"; rm -rf "$tmp"; }' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }
sq() { sqlite3 "$@"; }
export CALLSIM_TEST_KDF=1
unset CALLSIM_PIN CALLSIM_ADMIN_PIN

drop_triggers() { # db: what a tamperer does first
  sq "$1" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_schema WHERE type = 'trigger'" | sq "$1"
}

# ---- a centre, two signed sittings (A1 model-ish: silent; B1), one completed unsigned (C1) ------
db="$tmp/signed.db"
"$callsim" exam examiner-add --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err" || bad "set-up: $(cat "$tmp/err")"
for i in 2 3; do
  "$callsim" exam examiner-add --db "$db" --examiner "考评员$i" --pin "12345$i" --admin 考评员1 --admin-pin 123451 2>"$tmp/err" || bad "add $i: $(cat "$tmp/err")"
done
mkdir -p "$tmp/replies"
cp tests/transcripts/angry_caller.model.replies "$tmp/replies/angry_caller.replies"
cp tests/transcripts/silent_line.model.replies "$tmp/replies/silent_line.replies"
sit() { # 考生号 name
  "$callsim" exam run --paper level5 --candidate "$1" --name "$2" --id-number 520102199001011234 --replies "$tmp/replies" \
    --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err" || bad "run $1: $(cat "$tmp/err")"
  sq "$db" "SELECT max(x.id) FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id WHERE c.cand_no = '$1'"
}
score_all() { # xa
  for i in 1 2 3; do
    "$callsim" exam score --db "$db" --attempt "$1" --examiner "考评员$i" --pin "12345$i" 普通话=$((80 + i)) 语音语调=85 服务态度=90 \
      >/dev/null 2>"$tmp/err" || bad "score $1 by $i: $(cat "$tmp/err")"
  done
}
xa=$(sit A1 李小明); score_all "$xa"
"$callsim" exam sign --db "$db" --attempt "$xa" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err" || bad "sign: $(cat "$tmp/err")"
xb=$(sit B1 王五); score_all "$xb"
"$callsim" exam sign --db "$db" --attempt "$xb" --examiner 考评员2 --pin 123452 >/dev/null 2>"$tmp/err" || bad "sign B1: $(cat "$tmp/err")"
xc=$(sit C1 赵六)
"$callsim" verify --db "$db" --test-keys >"$tmp/out" 2>&1
rc=$?
check "the untouched database verifies: $(head -3 "$tmp/out")" '[ $rc = 0 ]'

centre=$(sed -n 's/^centre key: //p' "$tmp/out")
"$callsim" verify --db "$db" --test-keys --centre-key "$centre" >/dev/null 2>&1
rc=$?
check "verify --centre-key with the centre's own key: exit 0" '[ $rc = 0 ]'
other=$(printf '%s' "$centre" | tr '0-9a-f' '1-9a-f0')   # another key of the same form
"$callsim" verify --db "$db" --test-keys --centre-key "$other" >"$tmp/out2" 2>&1
rc=$?
check "verify --centre-key with another key: exit 1, named" '[ $rc = 1 ] && grep -q "not the expected" "$tmp/out2"'
"$callsim" verify --db "$db" --test-keys --centre-key "$(printf '%s' "$centre" | tr a-f A-F)" >/dev/null 2>&1
rc=$?
check "verify --centre-key in capitals is the same key: exit 0 (was $rc)" '[ $rc = 0 ]'
# bad input: one line naming the option and what to give (fault: 'unexpected argument', or none)
"$callsim" verify --db "$db" --test-keys --centre-key 00"${centre}"ff >"$tmp/out2" 2>"$tmp/err"
rc=$?
check "verify --centre-key that is no key: exit 2, one line: $(cat "$tmp/err")" \
  '[ $rc = 2 ] && [ "$(grep -c . "$tmp/err")" = 1 ] && grep -q "^callsim verify: --centre-key .* is not a centre key (64 hex digits" "$tmp/err" && [ ! -s "$tmp/out2" ]'
for opt in --db --centre-key --receipt; do
  "$callsim" verify --test-keys $opt >/dev/null 2>"$tmp/err"
  rc=$?
  check "verify $opt without its value: exit 2, one line: $(cat "$tmp/err")" \
    '[ $rc = 2 ] && [ "$(grep -c . "$tmp/err")" = 1 ] && grep -q "^callsim verify: $opt needs a value ($opt " "$tmp/err"'
done

# forged COPY SQL: the edit is applied to a fresh copy; verify must exit 1 and print PATTERN
forged() { # name sql pattern
  local name=$1 pat=$3 f="$tmp/$1.db"
  cp "$db" "$f"
  drop_triggers "$f"
  sq "$f" "$2" 2>"$tmp/err" || { bad "$name: the forgery itself failed: $(cat "$tmp/err")"; return; }
  "$callsim" verify --db "$f" --test-keys >"$tmp/$name.out" 2>&1
  local rc=$?
  check "$name: verify exits 1 (was $rc): $(head -2 "$tmp/$name.out")" '[ $rc = 1 ]'
  check "$name: verify names it ($pat): $(head -3 "$tmp/$name.out")" 'grep -q -- "$pat" "$tmp/$name.out"'
}
call1=$(sq "$db" "SELECT min(attempt_id) FROM exam_calls WHERE exam_attempt_id = $xa")
forged signed_result "UPDATE results SET score = 82.5, passed = 1 WHERE exam_attempt_id = $xa" "sitting $xa (考生号 A1)"
forged call_score "UPDATE attempts SET score = abs(score - 13.5), passed = 1 - passed WHERE id = $call1" "sitting $xa (考生号 A1)"
forged rubric_item "UPDATE rubric_items SET points = -1 WHERE attempt_id = $call1 AND ord = 0" "sitting $xa (考生号 A1)"
forged panel_score "UPDATE examiner_scores SET score = 100 WHERE exam_attempt_id = $xa AND item = '普通话'" "an examiner score changed"
forged candidate_name "UPDATE candidates SET name = '张三' WHERE cand_no = 'A1'" "candidate_name"
forged delete_sitting "DELETE FROM results WHERE exam_attempt_id = $xb; DELETE FROM examiner_scores WHERE exam_attempt_id = $xb;
  DELETE FROM exam_calls WHERE exam_attempt_id = $xb; DELETE FROM exam_attempts WHERE id = $xb" "考生号 B1).*deleted"
forged insert_score "INSERT INTO examiner_scores(uid, exam_attempt_id, examiner_id, item, score) VALUES ('forged', $xc, 1, '普通话', 100)" "not signed by its examiner"
forged add_examiner_sql "INSERT INTO examiners(name, salt, pin_hash, iterations, pubkey, sealed, kdf_ops, kdf_mem, is_admin)
  SELECT '考评员9', '', '', 1, lower(hex(randomblob(32))), sealed, kdf_ops, kdf_mem, 1 FROM examiners WHERE id = 1" "not certified by an administrator"
forged paper_text "UPDATE papers SET text = replace(text, '60', '50')" "paper_text_sha256"
forged void_unsigned "UPDATE exam_attempts SET status = 'void', void_reason = 'x', voided_by = '考评员1' WHERE id = $xc" "sitting $xc"
forged unsign "UPDATE results SET signed_at = NULL, signed_by = NULL WHERE exam_attempt_id = $xa" "signature was removed"
forged call_person_moved "UPDATE attempts SET person_id = (SELECT id FROM people WHERE ext_id = 'B1') WHERE id = $call1" \
  "call attempt $call1 is recorded as taken by candidate B1, not by 考生号 A1"
forged candidate_person_edited "UPDATE people SET ext_id = 'Z9' WHERE ext_id = 'A1'" "recorded as taken by candidate Z9, not by 考生号 A1"
forged ledger_delete "DELETE FROM ledger WHERE id = (SELECT min(id) FROM ledger WHERE kind = 'score')" "missing (deleted)"
# the rows verify did not read before (faults: each of these verified as intact)
# the person a signed sitting's calls are filed under, deleted or renumbered: the calls belong to nobody
forged person_deleted "DELETE FROM people WHERE ext_id = 'A1'" \
  "sitting $xa (考生号 A1): call attempt $call1 is recorded as taken by people row [0-9]*, which is gone"
forged person_renumbered "UPDATE people SET id = id + 1000 WHERE ext_id = 'A1'" \
  "sitting $xa (考生号 A1): call attempt [0-9]* is recorded as taken by people row [0-9]*, which is gone"
# a forged candidate name on the person a signed sitting's calls are filed under
forged people_name "UPDATE people SET name = '张三' WHERE ext_id = 'A1'" \
  "sitting $xa (考生号 A1): call attempt $call1 is recorded as taken by '张三' (people row [0-9]*), not by the candidate the sitting's signed start names, '李小明'"
# the program run a call was played in: opened after the call began, closed before it, or deleted
sess="(SELECT session_id FROM attempts WHERE id = $call1)"
forged session_opened "UPDATE sessions SET opened_at = '2099-01-01T00:00:00.000Z' WHERE id = $sess" \
  "sitting $xa (考生号 A1): call attempt $call1 started at .*, before its session [0-9]* was opened (2099-01-01T00:00:00.000Z): the session row was changed"
forged session_closed "UPDATE sessions SET closed_at = '2000-01-01T00:00:00.000Z' WHERE id = $sess" \
  "call attempt $call1 started at .*, after its session [0-9]* was closed (2000-01-01T00:00:00.000Z)"
forged session_deleted "PRAGMA foreign_keys = OFF; DELETE FROM sessions WHERE id = $sess" \
  "call attempt $call1 was played in session [0-9]*, which is gone from the sessions table (deleted)"
# the file's own ledger id, changed or made garbage: new entries would start a chain no receipt names
forged chain_id_changed "UPDATE store_meta SET value = '0123456789abcdef0123456789abcdef' WHERE key = 'chain'" \
  "the file's ledger id (store_meta 'chain'): names ledger chain 0123456789ab…, which has no entry in this file"
forged chain_id_garbage "UPDATE store_meta SET value = 'x' WHERE key = 'chain'" \
  "the file's ledger id (store_meta 'chain'): 'x' is not a ledger id (32 hex digits, as callsim makes it): it was changed by hand"
# the file's own ledger id deleted: new entries would start a fresh chain, and the old one could be cut
# off with nothing left to name it (helper tidy13; verify said nothing before)
forged chain_id_deleted "DELETE FROM store_meta WHERE key = 'chain'" \
  "the file's ledger id (store_meta 'chain'): is missing, but ledger chain [0-9a-f]*… holds sittings played in this file"
# the whole of the file's own chain cut off, with every row its entries describe (no receipt given):
# the ledger id left behind still names it
cut="$tmp/chain_cut.db"
cp "$db" "$cut"; drop_triggers "$cut"
sq "$cut" "PRAGMA foreign_keys = OFF; DELETE FROM results; DELETE FROM examiner_scores; DELETE FROM reviews;
  DELETE FROM turns WHERE attempt_id IN (SELECT attempt_id FROM exam_calls);
  DELETE FROM rubric_items WHERE attempt_id IN (SELECT attempt_id FROM exam_calls);
  DELETE FROM typing_samples WHERE attempt_id IN (SELECT attempt_id FROM exam_calls);
  DELETE FROM attempts WHERE id IN (SELECT attempt_id FROM exam_calls); DELETE FROM exam_calls; DELETE FROM exam_attempts;
  DELETE FROM ledger WHERE chain IS NOT NULL" 2>"$tmp/err" || bad "chain_cut: the forgery itself failed: $(cat "$tmp/err")"
"$callsim" verify --db "$cut" --test-keys >"$tmp/chain_cut.out" 2>&1
rc=$?
check "chain_cut: verify exits 1 (was $rc): $(head -3 "$tmp/chain_cut.out")" '[ $rc = 1 ] && grep -q "which has no entry in this file" "$tmp/chain_cut.out"'

# the practice attempt linked into an exam with one INSERT
cp "$db" "$tmp/practice.db"
"$callsim" run scenarios/silent_line.lua --replies tests/transcripts/silent_line.model.replies --db "$tmp/practice.db" >/dev/null 2>&1
pa=$(sq "$tmp/practice.db" "SELECT max(id) FROM attempts")
forged_practice() {
  sq "$tmp/practice.db" "INSERT INTO exam_calls(exam_attempt_id, part, scenario_id, attempt_id) VALUES ($xc, 1, 'silent_line', $pa)" 2>"$tmp/err" || bad "practice insert: $(cat "$tmp/err")"
  "$callsim" verify --db "$tmp/practice.db" --test-keys >"$tmp/out" 2>&1
  rc=$?
  check "practice linked: verify exits 1: $(head -2 "$tmp/out")" '[ $rc = 1 ]'
  check "practice linked: named" 'grep -q "never count in an exam\|filed under it by hand" "$tmp/out"'
}
forged_practice

# a rogue key: the attacker makes an examiner in a file of their own and copies the row in by SQL;
# the command line refuses to sign with it; with a certificate entry copied from the attacker's own
# centre too, it signs, and verify names both the entry and the examiner
"$callsim" exam examiner-add --db "$tmp/rogue-centre.db" --examiner 外人 --pin 999999 >/dev/null 2>&1
cp "$db" "$tmp/rogue.db"
sq "$tmp/rogue.db" "ATTACH '$tmp/rogue-centre.db' AS r; INSERT INTO examiners(name, salt, pin_hash, iterations, pubkey, sealed, kdf_ops, kdf_mem)
  SELECT name, salt, pin_hash, iterations, pubkey, sealed, kdf_ops, kdf_mem FROM r.examiners" 2>"$tmp/err" || bad "rogue row: $(cat "$tmp/err")"
"$callsim" exam score --db "$tmp/rogue.db" --attempt "$xc" --examiner 外人 --pin 999999 普通话=100 >/dev/null 2>"$tmp/err"
rc=$?
check "rogue key: the command line refuses to sign with it: $(cat "$tmp/err")" '[ $rc = 1 ] && grep -q "not added by an administrator" "$tmp/err"'
# a fake certificate entry makes the command line sign; verify still sees through it
sq "$tmp/rogue.db" "ATTACH '$tmp/rogue-centre.db' AS r; INSERT INTO ledger(chain, seq, kind, sitting, signer, at, body, prev, hash, sig)
  SELECT chain, seq, kind, sitting, signer, at, body, prev, hash, sig FROM r.ledger WHERE kind = 'examiner'" 2>"$tmp/err" || bad "fake cert: $(cat "$tmp/err")"
"$callsim" exam score --db "$tmp/rogue.db" --attempt "$xc" --examiner 外人 --pin 999999 普通话=100 >/dev/null 2>&1
"$callsim" verify --db "$tmp/rogue.db" --test-keys >"$tmp/out" 2>&1
rc=$?
check "rogue key: verify exits 1" '[ $rc = 1 ]'
check "rogue key: its entry is named as signed by a key that was not an examiner's: $(head -3 "$tmp/out")" \
  'grep -q "sitting $xc (考生号 C1): its score entry is signed by a key that was not an examiner" "$tmp/out" && grep -q "examiner 外人: not certified" "$tmp/out"'

# the unkeyed chain recomputed after editing a turn (and the attempt's stored head): caught
cp "$db" "$tmp/rechain.db"
drop_triggers "$tmp/rechain.db"
python3 - "$tmp/rechain.db" "$call1" <<'PY' 2>"$tmp/err" || bad "rechain script: $(cat "$tmp/err")"
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); aid = int(sys.argv[2])
def put(v):
    if v is None: return b"-|"
    b = str(v).encode(); return str(len(b)).encode() + b":" + b + b"|"
def num(v): return put(None) if v is None else put(int(v))
uid = db.execute("SELECT uid FROM attempts WHERE id = ?", (aid,)).fetchone()[0]
prev = hashlib.sha256(b"callsim turn chain v1\n" + uid.encode()).hexdigest()
db.execute("UPDATE turns SET text = '我们会给您全额退款并赔偿' WHERE attempt_id = ? AND seq = (SELECT min(seq) FROM turns WHERE attempt_id = ? AND kind = 'trainee_say')", (aid, aid))
rows = db.execute("SELECT id, seq, kind, who, text, arg, expect, clause, style, n, points, t_start_ms, t_end_ms, typing_start_ms, prompt_end_ms, recorded_at FROM turns WHERE attempt_id = ? ORDER BY seq", (aid,)).fetchall()
for r in rows:
    pts = 0.0 if r[10] == 0 else r[10]
    m = prev.encode() + num(r[1]) + b"".join(put(x) for x in r[2:9]) + num(r[9]) + put("%.17g" % pts) + num(r[11]) + num(r[12]) + num(r[13]) + num(r[14]) + put(r[15])
    prev = hashlib.sha256(m).hexdigest()
    db.execute("UPDATE turns SET hash = ? WHERE id = ?", (prev, r[0]))
db.execute("UPDATE attempts SET chain_head = ? WHERE id = ?", (prev, aid)); db.commit()
PY
"$callsim" verify --db "$tmp/rechain.db" --test-keys >"$tmp/out" 2>&1
rc=$?
check "recomputed chain: verify exits 1: $(head -2 "$tmp/out")" '[ $rc = 1 ]'
check "recomputed chain: the old per-turn check alone passes (the forgery is good)" '! grep -q "^attempt $call1 turn" "$tmp/out"'
check "recomputed chain: named via the signed call end" 'grep -q "call.*changed after it was signed: call.*chain_head\|turns_head" "$tmp/out"'

# a result changed before it is signed: the examiner's sign is refused, nothing is certified
cp "$db" "$tmp/presign.db"
for i in 1 2 3; do
  "$callsim" exam score --db "$tmp/presign.db" --attempt "$xc" --examiner "考评员$i" --pin "12345$i" 普通话=80 语音语调=80 服务态度=80 >/dev/null 2>&1
done
sq "$tmp/presign.db" "DROP TRIGGER results_final; UPDATE results SET score = 99.5, passed = 1 WHERE exam_attempt_id = $xc"
"$callsim" exam sign --db "$tmp/presign.db" --attempt "$xc" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "signing a result that its inputs do not give is refused: $(cat "$tmp/err")" '[ $rc != 0 ] && grep -q "its inputs give" "$tmp/err"'
check "and nothing was signed" '[ "$(sq "$tmp/presign.db" "SELECT count(*) FROM ledger WHERE kind = '"'"'sign'"'"' AND sitting = (SELECT uid FROM exam_attempts WHERE id = $xc)")" = 0 ]'

# ---- command-line paths --------------------------------------------------------------------------
before=$(md5sum <"$db")
"$callsim" exam run --paper level5 --candidate A1 --replies "$tmp/replies" --db "$db" --resume "$xa" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "resume of a signed sitting refused (exit 1): $(cat "$tmp/err")" '[ $rc = 1 ] && grep -q "only a sitting still in progress" "$tmp/err"'
"$callsim" exam run --paper level5 --candidate B1 --replies "$tmp/replies" --db "$db" --resume "$xc" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "resume of another candidate's sitting refused: $(cat "$tmp/err")" '[ $rc = 1 ] && grep -q "another candidate" "$tmp/err"'
"$callsim" exam run --paper level5 --candidate C1 --replies "$tmp/replies" --db "$db" --resume "$xc" >/dev/null 2>"$tmp/err"
rc=$?
check "resume without an examiner's secret refused" '[ $rc != 0 ] && grep -q "needs --examiner" "$tmp/err"'
"$callsim" exam examiner-add --db "$db" --examiner 考评员4 --pin 123454 >/dev/null 2>"$tmp/err"
rc=$?
check "examiner-add without an administrator refused (exit 1)" '[ $rc = 1 ]'
"$callsim" exam examiner-add --db "$db" --examiner 考评员4 --pin 123454 --admin 考评员2 --admin-pin 123452 >/dev/null 2>"$tmp/err"
rc=$?
check "examiner-add by a non-administrator refused: $(cat "$tmp/err")" '[ $rc = 1 ] && grep -q "not an administrator" "$tmp/err"'
check "no examiner was added" '[ "$(sq "$db" "SELECT count(*) FROM examiners")" = 3 ]'
"$callsim" exam examiner-add --db "$tmp/pin.db" --examiner 甲 --pin 2468 >/dev/null 2>"$tmp/err"
rc=$?
check "a 4-digit PIN is refused naming the rule" '[ $rc != 0 ] && grep -q "at least 6 digits" "$tmp/err"'
"$callsim" exam score --db "$db" --attempt "$xc" --examiner 考评员1 --pin 123451 普通话=90 >/dev/null 2>&1
check "refused paths left the signed sittings as they were" '"$callsim" verify --db "$db" --test-keys >/dev/null'
# throttle: 5 wrong secrets, then even the right one waits
for i in 1 2 3 4 5; do "$callsim" exam sign --db "$db" --attempt "$xc" --examiner 考评员3 --pin 000000 >/dev/null 2>&1; done
"$callsim" exam sign --db "$db" --attempt "$xc" --examiner 考评员3 --pin 123453 >/dev/null 2>"$tmp/err"
rc=$?
check "wrong secrets are throttled: $(cat "$tmp/err")" '[ $rc = 1 ] && grep -q "wait" "$tmp/err"'
# changing an examiner's secret needs their old secret and an administrator; it is certified
cp "$db" "$tmp/reseal.db"
sq "$tmp/reseal.db" "DELETE FROM secret_failures" # the throttle test above left 考评员3 waiting
"$callsim" exam examiner-secret --db "$tmp/reseal.db" --examiner 考评员2 --pin 123452 --new-pin 654321 >/dev/null 2>"$tmp/err"
rc=$?
check "examiner-secret without an administrator refused" '[ $rc = 1 ]'
"$callsim" exam examiner-secret --db "$tmp/reseal.db" --examiner 考评员2 --pin 123452 --new-pin 654321 --admin 考评员1 --admin-pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "examiner-secret with an administrator: $(cat "$tmp/err")" '[ $rc = 0 ]'
"$callsim" exam void --db "$tmp/reseal.db" --attempt "$xc" --examiner 考评员2 --pin 123452 --reason x >/dev/null 2>&1
rc=$?
check "the old secret no longer opens the key" '[ $rc = 1 ]'
"$callsim" verify --db "$tmp/reseal.db" --test-keys >"$tmp/out" 2>&1
rc=$?
check "a certified change of secret verifies: $(head -2 "$tmp/out")" '[ $rc = 0 ]'
"$callsim" exam void --db "$tmp/reseal.db" --attempt "$xc" --examiner 考评员2 --pin 654321 --reason "设备故障" >/dev/null 2>"$tmp/err"
rc=$?
check "the new secret works: $(cat "$tmp/err")" '[ $rc = 0 ]'
# disabling an examiner: administrators only; the examiner signs nothing new, past signatures stand
"$callsim" exam examiner-disable --db "$tmp/reseal.db" --examiner 考评员3 --admin 考评员2 --admin-pin 654321 >/dev/null 2>&1
rc=$?
check "examiner-disable by a non-administrator refused" '[ $rc = 1 ]'
"$callsim" exam examiner-disable --db "$tmp/reseal.db" --examiner 考评员3 --admin 考评员1 --admin-pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "examiner-disable by the administrator: $(cat "$tmp/err")" '[ $rc = 0 ]'
"$callsim" exam score --db "$tmp/reseal.db" --attempt "$xc" --examiner 考评员3 --pin 123453 普通话=90 >/dev/null 2>"$tmp/err"
rc=$?
check "a disabled examiner cannot score: $(cat "$tmp/err")" '[ $rc != 0 ] && grep -q disabled "$tmp/err"'
"$callsim" verify --db "$tmp/reseal.db" --test-keys >"$tmp/out" 2>&1
rc=$?
check "the disabled examiner's past signatures still verify: $(head -2 "$tmp/out")" '[ $rc = 0 ]'
# names with direction overrides or control characters are refused at entry
rlo=$(printf '\342\200\256')
"$callsim" exam run --paper level5 --candidate D1 --name "张${rlo}三" --replies "$tmp/replies" --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "a right-to-left override in a name is refused: $(cat "$tmp/err")" '[ $rc != 0 ] && grep -q "U+202E" "$tmp/err"'
printf 'E1,李%s四,\r\n' "$rlo" >"$tmp/rlo.csv"
"$callsim" exam roster --paper level5 --db "$db" --import "$tmp/rlo.csv" >/dev/null 2>"$tmp/err"
rc=$?
check "roster import refuses it, naming FILE:LINE" '[ $rc = 2 ] && grep -q "rlo.csv:1:" "$tmp/err"'

# ---- merge ---------------------------------------------------------------------------------------
"$callsim" merge "$tmp/signed_result.db" --into "$tmp/m1.db" --test-keys >"$tmp/out" 2>"$tmp/err"
rc=$?
check "merge refuses a forged seat (exit 1): $(cat "$tmp/err")" '[ $rc = 1 ] && grep -q "do not verify" "$tmp/err"'
check "nothing of the forged seat merged" '[ "$(sq "$tmp/m1.db" "SELECT count(*) FROM results")" = 0 ]'
# one 考生号, two people: two seats of one centre, A1 is 李小明 on one and 张伟 on the other
cp "$db" "$tmp/seatX.db"
sq "$db" ".dump" >/dev/null
"$callsim" exam examiner-add --db "$tmp/c2.db" --examiner 考评员1 --pin 123451 >/dev/null 2>&1
cp "$tmp/signed.db" "$tmp/base.db"
mkdir -p "$tmp/y"
# seat Y: a copy of the centre taken before any sitting, then A1 = 张伟 sits there
cp "$tmp/pin.db" /dev/null 2>/dev/null
"$callsim" exam examiner-add --db "$tmp/centre.db" --examiner 考评员1 --pin 123451 >/dev/null 2>&1
for i in 2 3; do "$callsim" exam examiner-add --db "$tmp/centre.db" --examiner "考评员$i" --pin "12345$i" --admin 考评员1 --admin-pin 123451 >/dev/null 2>&1; done
cp "$tmp/centre.db" "$tmp/seatP.db"; cp "$tmp/centre.db" "$tmp/seatQ.db"
"$callsim" exam run --paper level5 --candidate A1 --name 李小明 --replies "$tmp/replies" --db "$tmp/seatP.db" --examiner 考评员1 --pin 123451 >/dev/null 2>&1
"$callsim" exam run --paper level5 --candidate A1 --name 张伟 --replies "$tmp/replies" --db "$tmp/seatQ.db" --examiner 考评员2 --pin 123452 >/dev/null 2>&1
"$callsim" merge "$tmp/seatP.db" --into "$tmp/all.db" --test-keys >/dev/null 2>"$tmp/err"
rc=$?
check "seat P merges: $(cat "$tmp/err")" '[ $rc = 0 ]'
"$callsim" merge "$tmp/seatQ.db" --into "$tmp/all.db" --test-keys >"$tmp/out" 2>"$tmp/err"
rc=$?
check "same 考生号, other person: refused as a conflict (exit 1): $(cat "$tmp/out" "$tmp/err" | head -3)" '[ $rc = 1 ] && grep -q "two people" "$tmp/out"'
check "A1 is still one person, 李小明" '[ "$(sq "$tmp/all.db" "SELECT group_concat(name) FROM candidates WHERE cand_no = '"'"'A1'"'"'")" = 李小明 ]'
once=$(sq "$tmp/all.db" "SELECT (SELECT count(*) FROM ledger) || ' ' || (SELECT count(*) FROM turns)")
"$callsim" merge "$tmp/seatP.db" --into "$tmp/all.db" --test-keys >/dev/null 2>&1
check "merging twice changes nothing" '[ "$(sq "$tmp/all.db" "SELECT (SELECT count(*) FROM ledger) || '"' '"' || (SELECT count(*) FROM turns)")" = "$once" ]'
"$callsim" merge "$tmp/seatP.db" --into "$tmp/other.db" --test-keys >/dev/null 2>&1
"$callsim" merge "$tmp/signed.db" --into "$tmp/other.db" --test-keys >"$tmp/out" 2>"$tmp/err"
rc=$?
check "a seat of another centre is refused: $(cat "$tmp/out" | head -2)" '[ $rc = 1 ] && grep -q "another centre" "$tmp/out"'

# ---- read-only: verify, report and merge never change their sources -----------------------------
ro="$tmp/ro"; mkdir -p "$ro"; cp "$db" "$ro/exam.db"; chmod 444 "$ro/exam.db"
sum=$(md5sum <"$ro/exam.db")
"$callsim" verify --db "$ro/exam.db" --test-keys >/dev/null 2>"$tmp/err"
rc=$?
check "verify works on a read-only file: $(cat "$tmp/err")" '[ $rc = 0 ]'
"$callsim" report --db "$ro/exam.db" --out "$tmp/ro-report" --test-keys >/dev/null 2>"$tmp/err"
rc=$?
check "report works on a read-only file: $(cat "$tmp/err")" '[ $rc = 0 ]'
"$callsim" merge "$ro/exam.db" --into "$tmp/ro-merged.db" --test-keys >/dev/null 2>"$tmp/err"
rc=$?
check "merge reads a read-only seat: $(cat "$tmp/err")" '[ $rc = 0 ]'
check "the read-only file is unchanged" '[ "$(md5sum <"$ro/exam.db")" = "$sum" ]'
check "its journal mode is unchanged" '[ "$(sq "$ro/exam.db" "PRAGMA journal_mode")" = wal ]'
# as root a 0444 file is still writable: run the three again as nobody, file 0444 in a 0555 directory
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  nob="setpriv --reuid=65534 --regid=65534 --clear-groups"
  chmod 755 "$tmp"; chmod 555 "$ro"; mkdir -m 777 "$tmp/nobody"
  for c in "verify --db $ro/exam.db --test-keys" "report --db $ro/exam.db --out $tmp/nobody/rep --test-keys" \
           "merge $ro/exam.db --into $tmp/nobody/all.db --test-keys"; do
    $nob "$callsim" $c >/dev/null 2>"$tmp/nobody/err"
    rc=$?
    check "as nobody on a read-only file and directory: '$c': $(cat "$tmp/nobody/err")" '[ $rc = 0 ]'
  done
  check "nothing was written beside it" '[ "$(ls "$ro")" = exam.db ] && [ "$(md5sum <"$ro/exam.db")" = "$sum" ]'
  chmod 755 "$ro"
fi
# a refused foreign SQLite file is left as it was (not switched to WAL)
sq "$tmp/foreign.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1)"
fsum=$(md5sum <"$tmp/foreign.db")
for c in "verify --db $tmp/foreign.db" "merge $tmp/foreign.db --into $tmp/f-into.db" "exam roster --paper level5 --db $tmp/foreign.db"; do
  "$callsim" $c >/dev/null 2>"$tmp/err"
  rc=$?
  check "foreign file refused by '$c'" '[ $rc != 0 ] && grep -q "not a callsim database" "$tmp/err"'
done
check "the foreign file is unchanged" '[ "$(md5sum <"$tmp/foreign.db")" = "$fsum" ] && [ "$(sq "$tmp/foreign.db" "PRAGMA journal_mode")" = delete ]'

# ---- report: escaping, safe file names, red marks, CSV formulas ---------------------------------
# hostile IDs cannot be entered (考生号: letters, digits, - and _), so they are written in by hand
cp "$db" "$tmp/slash.db"
"$callsim" exam run --paper level5 --candidate "../x" --name 路径 --replies "$tmp/replies" --db "$tmp/slash.db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
rc=$?
check "a 考生号 with '/' is refused at entry: $(cat "$tmp/err")" '[ $rc != 0 ] && grep -q "letters, digits" "$tmp/err"'
sq "$tmp/signed_result.db" "INSERT INTO candidates(exam_id, cand_no, name, id_number) VALUES
  (1, '<script>alert(1)</script>', '坏人', '<b>x</b>'), (1, '../../evil/x', '路径', NULL), (1, '=cmd|'' /C calc''!A0', '@SUM(1)', NULL)" \
  2>"$tmp/err" || bad "hostile rows: $(cat "$tmp/err")"
"$callsim" report --db "$tmp/signed_result.db" --out "$tmp/rep" --test-keys >/dev/null 2>"$tmp/err"
rc=$?
check "report of a cohort with one forged sitting and hostile IDs exits 0: $(cat "$tmp/err")" '[ $rc = 0 ]'
check "no file outside --out" '[ ! -e "$tmp/evil" ] && [ -z "$(find "$tmp/rep" -mindepth 1 -type d)" ]'
check "every candidate has a page (3 + 3 hostile)" '[ "$(ls "$tmp/rep"/*.html | grep -vc index.html)" = 6 ]'
check "<script> never reaches the HTML unescaped" '! grep -q "<script>" "$tmp/rep"/*.html && grep -q "&lt;script&gt;" "$tmp/rep/index.html"'
check "the forged sitting is marked in red on its page" 'grep -l "李小明" "$tmp/rep"/*.html | xargs grep -q "class=.tamper"'
check "the forged sitting shows no pass" '! grep -l "李小明" "$tmp/rep"/*.html | xargs grep -q "合格</span>"'
check "the CSV marks it" 'grep "李小明" "$tmp/rep/roster.csv" | grep -q "不可信"'
check "CSV formulas are neutralised" '! grep -q "^\"[=+@-]\|,\"[=+@-]" "$tmp/rep/roster.csv" && grep -q "'"'"'=cmd" "$tmp/rep/roster.csv"'
check "the other sittings verify on the report" 'grep "王五" "$tmp/rep/roster.csv" | grep -q "已验证"'
check "a verified sitting shows its signed result and signer" 'grep -q "已签署的第 1 版" "$tmp/rep/B1.html" && grep -q "签署：考评员2" "$tmp/rep/B1.html"'

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
