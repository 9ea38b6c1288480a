#!/usr/bin/env bash
# The tail gap of the exam ledger and the receipts that close it (docs/signed-record.md "Receipts"):
# a hash chain's newest entries, cut off together with every row they describe, leave a shorter
# chain that verifies by itself. `exam sign` prints the chain's head as a receipt to be written on the
# sitting's paper record; `verify --receipt R` must then report the cut (or a rewritten entry, or a
# file that is not the one the receipt was given for), naming the receipt, and exit 1; the intact
# file verifies with every receipt given so far.
#   tests/cli/test_ledger_receipt.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-receipt.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }
export CALLSIM_TEST_KDF=1
unset CALLSIM_PIN CALLSIM_ADMIN_PIN
db="$tmp/c.db"
"$callsim" exam examiner-add --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err" || bad "set-up: $(cat "$tmp/err")"
for i in 2 3; do # the panel of three a result needs
  "$callsim" exam examiner-add --db "$db" --examiner "考评员$i" --pin "12345$i" --admin 考评员1 --admin-pin 123451 >/dev/null 2>"$tmp/err" ||
    bad "add $i: $(cat "$tmp/err")"
done
mkdir -p "$tmp/replies"
cp tests/transcripts/silent_line.model.replies "$tmp/replies/silent_line.replies"
sit_and_sign() { # 考生号 name; the receipt sign printed is left in $tmp/receipt
  "$callsim" exam run --paper level5 --candidate "$1" --name "$2" --id-number 520102199001011234 --replies "$tmp/replies" \
    --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err" || bad "run $1: $(cat "$tmp/err")"
  local xa i
  xa=$(sqlite3 "$db" "SELECT max(x.id) FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id WHERE c.cand_no = '$1'")
  for i in 1 2 3; do
    "$callsim" exam score --db "$db" --attempt "$xa" --examiner "考评员$i" --pin "12345$i" 普通话=85 语音语调=85 服务态度=90 \
      >/dev/null 2>"$tmp/err" || bad "score $1 by $i: $(cat "$tmp/err")"
  done
  "$callsim" exam sign --db "$db" --attempt "$xa" --examiner 考评员1 --pin 123451 >"$tmp/sign.out" 2>"$tmp/err" || bad "sign $1: $(cat "$tmp/err")"
  sed -n 's/^ledger receipt: \([0-9a-f]*-[0-9]*-[0-9a-f]*\) .*/\1/p' "$tmp/sign.out" >"$tmp/receipt"
}
sit_and_sign A1 李小明
ra=$(cat "$tmp/receipt")
sit_and_sign B1 王五
rb=$(cat "$tmp/receipt")
check "exam sign prints a receipt: '$ra' '$rb'" '[[ $ra =~ ^[0-9a-f]{8}-[0-9]+-[0-9a-f]{16}$ && $rb =~ ^[0-9a-f]{8}-[0-9]+-[0-9a-f]{16}$ && $ra != "$rb" ]]'
"$callsim" verify --db "$db" --test-keys --receipt "$ra" --receipt "$rb" >"$tmp/out" 2>&1
rc=$?
check "the intact file verifies with both receipts (exit $rc): $(head -c 300 "$tmp/out")" '[ $rc = 0 ] && [ "$(grep -c "holds this entry, unchanged" "$tmp/out")" = 2 ]'
check "verify prints the chain's head, the last receipt" 'grep -qx "ledger head: $rb" "$tmp/out"'

# the tail cut: B1's sitting, every row and every ledger entry from its start on, deleted together
cut="$tmp/cut.db"
cp "$db" "$cut"
sqlite3 "$cut" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_schema WHERE type = 'trigger'" | sqlite3 "$cut"
xb=$(sqlite3 "$cut" "SELECT x.id FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id WHERE c.cand_no = 'B1'")
sqlite3 "$cut" "
  DELETE FROM ledger WHERE chain IS NOT NULL AND seq >= (SELECT min(seq) FROM ledger WHERE sitting = (SELECT uid FROM exam_attempts WHERE id = $xb));
  DELETE FROM results WHERE exam_attempt_id = $xb; DELETE FROM examiner_scores WHERE exam_attempt_id = $xb;
  DELETE FROM reviews WHERE exam_attempt_id = $xb;
  CREATE TEMP TABLE gone AS SELECT attempt_id AS id FROM exam_calls WHERE exam_attempt_id = $xb;
  DELETE FROM exam_calls WHERE exam_attempt_id = $xb;
  DELETE FROM turns WHERE attempt_id IN (SELECT id FROM gone); DELETE FROM rubric_items WHERE attempt_id IN (SELECT id FROM gone);
  DELETE FROM typing_samples WHERE attempt_id IN (SELECT id FROM gone); DELETE FROM attempts WHERE id IN (SELECT id FROM gone);
  DELETE FROM exam_attempts WHERE id = $xb; DELETE FROM candidates WHERE cand_no = 'B1'; DELETE FROM people WHERE ext_id = 'B1';" 2>"$tmp/err" ||
  bad "the cut itself failed: $(cat "$tmp/err")"
"$callsim" verify --db "$cut" --test-keys --receipt "$ra" >"$tmp/out" 2>&1
rc=$?
check "the cut file with the older receipt only: exit 0, A1's entry still there (exit $rc): $(head -c 300 "$tmp/out")" '[ $rc = 0 ]'
"$callsim" verify --db "$cut" --test-keys --receipt "$ra" --receipt "$rb" >"$tmp/out" 2>&1
rc=$?
check "tail cut: verify --receipt exits 1 (was $rc)" '[ $rc = 1 ]'
check "tail cut: the receipt is named, and the cut: $(grep receipt "$tmp/out" | head -c 400)" \
  'grep -q "^receipt $rb: the ledger chain [0-9a-f]*… ends at entry [0-9]*, but the receipt was given at entry [0-9]*: its newest entries were cut off" "$tmp/out"'
check "tail cut: the summary says a receipt is not matched" 'grep -q "a receipt is not matched" "$tmp/out"'

# a receipt whose entry is another one (the chain rewritten from there; here: a wrong hash)
seq=${rb#*-}; seq=${seq%-*}
wrong="${rb%%-*}-$seq-0000000000000000"
"$callsim" verify --db "$db" --test-keys --receipt "$wrong" >"$tmp/out" 2>&1
rc=$?
check "rewritten entry: exit 1 and named (was $rc): $(grep receipt "$tmp/out" | head -c 300)" \
  '[ $rc = 1 ] && grep -q "^receipt $wrong: entry $seq of the ledger chain .* is not the entry the receipt was given for" "$tmp/out"'

# another file (a database swapped for one of another seat or centre): no such chain
other="$tmp/other.db"
"$callsim" exam examiner-add --db "$other" --examiner 考评员1 --pin 123451 >/dev/null 2>&1
"$callsim" verify --db "$other" --test-keys --receipt "$rb" >"$tmp/out" 2>&1
rc=$?
check "swapped file: exit 1 and named (was $rc): $(grep receipt "$tmp/out" | head -c 300)" \
  '[ $rc = 1 ] && grep -q "^receipt $rb: this file holds no ledger chain" "$tmp/out"'

# a receipt that is not one: usage error, one line naming the format
for r in "" "xyz" "${rb%%-*}-0-${rb##*-}" "${rb%%-*}-$seq-${rb##*-}0" "${rb%%-*}--${rb##*-}" "$(echo "$rb" | tr a-f A-F)"; do
  "$callsim" verify --db "$db" --test-keys --receipt "$r" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  check "malformed receipt '$r': exit 2 with one line (was $rc): $(head -c 200 "$tmp/err")" \
    '[ $rc = 2 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "is not a ledger receipt" "$tmp/err"'
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
