#!/usr/bin/env bash
# Property test (issue 12): on a signed exam database (three signed sittings, one corrected and
# signed again, one voided), a random single-field edit to ANY column of ANY table that holds
# exam data is caught by `callsim verify` (exit 1). Every column is edited once, on a random row,
# to a different value the schema accepts (triggers dropped first, as a tamperer would), plus
# FUZZ_EXTRA more random edits (default 40). Columns that decide nothing are listed below with why;
# they are the only ones skipped. FUZZ_SEED repeats a run.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d /tmp/callsim-fuzz.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
export CALLSIM_TEST_KDF=1
unset CALLSIM_PIN CALLSIM_ADMIN_PIN
db="$tmp/signed.db"
fail_setup() { echo "FAIL set-up: $*"; echo "0 passed, 1 failed"; exit 1; }
"$callsim" exam examiner-add --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>&1 || fail_setup "examiner 1"
for i in 2 3; do
  "$callsim" exam examiner-add --db "$db" --examiner "考评员$i" --pin "12345$i" --admin 考评员1 --admin-pin 123451 >/dev/null 2>&1 || fail_setup "examiner $i"
done
mkdir -p "$tmp/replies"
cp tests/transcripts/angry_caller.model.replies "$tmp/replies/angry_caller.replies"
cp tests/transcripts/info_record.poor.replies "$tmp/replies/info_record.replies"
for c in A1 B1 C1; do
  "$callsim" exam run --paper level5 --candidate $c --name "考生$c" --id-number 520102199001011234 --replies "$tmp/replies" \
    --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>&1 || fail_setup "run $c"
  xa=$(sqlite3 "$db" "SELECT max(id) FROM exam_attempts")
  for i in 1 2 3; do
    "$callsim" exam score --db "$db" --attempt "$xa" --examiner "考评员$i" --pin "12345$i" 普通话=8$i 语音语调=85 服务态度=90 >/dev/null 2>&1 || fail_setup "score $c"
  done
  "$callsim" exam sign --db "$db" --attempt "$xa" --examiner 考评员2 --pin 123452 >/dev/null 2>&1 || fail_setup "sign $c"
done
"$callsim" exam score --db "$db" --attempt 1 --examiner 考评员3 --pin 123453 普通话=60 --reason "录入错误" >/dev/null 2>&1 || fail_setup "correction"
"$callsim" exam sign --db "$db" --attempt 1 --examiner 考评员1 --pin 123451 >/dev/null 2>&1 || fail_setup "sign the correction"
"$callsim" exam run --paper level5 --candidate D1 --name 考生D1 --replies "$tmp/replies" --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>&1 || fail_setup "run D1"
"$callsim" exam void --db "$db" --attempt 4 --examiner 考评员3 --pin 123453 --reason "设备故障" >/dev/null 2>&1 || fail_setup "void"
"$callsim" verify --db "$db" --test-keys >"$tmp/out" 2>&1 || fail_setup "the signed database does not verify: $(head -3 "$tmp/out")"

python3 - "$callsim" "$db" "$tmp" "${FUZZ_EXTRA:-40}" "${FUZZ_SEED:-$RANDOM}" <<'PY'
import random, shutil, sqlite3, subprocess, sys
callsim, db, tmp, extra, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
rng = random.Random(seed)
# Columns that decide nothing, and why (everything else must be caught):
SKIP = {
    "sessions": "*",          # which program runs had the file open: not an exam record
    "secret_failures": "*",   # the wrong-secret counter of the throttle
    "store_meta": "*",        # this file's ledger id, used only to append; entries carry their own
    "people": "*",            # practice identities; an exam's candidate is in candidates (signed)
    ("attempts", "person_id"): "the practice identity (see people)",
    ("attempts", "session_id"): "see sessions",
    ("examiners", "salt"): "schema-2 PIN hash, unused since keys",
    ("examiners", "pin_hash"): "schema-2 PIN hash, unused since keys",
    ("examiners", "iterations"): "schema-2 PIN hash, unused since keys",
    ("examiners", "created_at"): "when the row was written; the certificate's time is the ledger entry's",
    ("turns", "id"): "row id, referenced by nothing", ("typing_samples", "id"): "row id",
    ("examiner_scores", "id"): "row id", ("results", "id"): "row id", ("ledger", "id"): "row id",
    ("reviews", "id"): "row id",
}
ALT_TEXT = ["completed", "void", "in_progress", "interrupted", "aborted", "error", "exam", "practice",
            "headless", "caller", "trainee", "system", "x"]
con = sqlite3.connect(db)
tables = [r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
targets = []
for t in tables:
    if SKIP.get(t) == "*": continue
    if con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0: continue  # reviews: none yet
    for c in con.execute(f'PRAGMA table_info("{t}")'):
        if (t, c[1]) not in SKIP: targets.append((t, c[1]))
con.close()
def candidates(v):
    if v is None: return ["x", 1]
    if isinstance(v, int): return [1 - v if v in (0, 1) else v + 1, v + 7, v - 1, v + 1000]
    if isinstance(v, float): return [v + 0.5, v - 0.5, round(v) + 1.0 if round(v) != v else v + 1.0]
    flip = v[:-1] + ("0" if v[-1:] != "0" else "1")  # same length: passes length checks
    return [v + "x", flip, v[:-1] if v else "y"] + [a for a in ALT_TEXT if a != v]
def edit(t, c, n):
    path = f"{tmp}/edit{n}.db"
    shutil.copy(db, path)
    e = sqlite3.connect(path)
    for (name,) in e.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall():
        e.execute(f'DROP TRIGGER "{name}"')
    pk = [r[1] for r in e.execute(f'PRAGMA table_info("{t}")') if r[5]] or ["rowid"]
    rows = e.execute(f'SELECT {", ".join(pk)}, "{c}" FROM "{t}"').fetchall()
    row = rng.choice(rows)
    where = " AND ".join(f'"{k}" IS ?' if k != "rowid" else "rowid = ?" for k in pk)
    for v in candidates(row[-1]):
        try:
            e.execute(f'UPDATE "{t}" SET "{c}" = ? WHERE {where}', (v, *row[:-1]))
            if e.total_changes: e.commit(); e.close(); return path, row[-1], v
        except sqlite3.Error:
            e.rollback()
    e.close()
    return None, row[-1], None
passed = failed = 0
picks = targets + [rng.choice(targets) for _ in range(extra)]
for n, (t, c) in enumerate(picks):
    path, old, new = edit(t, c, n)
    if path is None:
        print(f"note: {t}.{c}: no other value the schema accepts (constraint); skipped")
        continue
    r = subprocess.run([callsim, "verify", "--db", path, "--test-keys"], capture_output=True, text=True, errors="replace")
    if r.returncode == 1:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {t}.{c}: {str(old)[:60]!r} -> {str(new)[-60:]!r} not caught (verify exit {r.returncode}): {r.stdout.strip()[:300]}")
print(f"seed {seed}: {len(targets)} columns, {len(picks)} edits")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
