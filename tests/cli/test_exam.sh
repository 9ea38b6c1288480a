#!/usr/bin/env bash
# The headless practical exam end to end (issue 4): each shipped paper with model replies passes
# once the examiner panel has scored, with poor replies fails; the stored score equals the paper's
# weighted arithmetic recomputed here from the stored call scores; verify passes and then detects
# a turn changed by hand; report writes HTML and a BOM-prefixed CSV with the Chinese name; merging
# two seats twice gives the same row counts as once.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-exam.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { if eval "$2"; then ok; else bad "$1"; fi; }
sq() { sqlite3 "$@"; }
# Examiner keys sealed at the test cost (exam_keys.h): verify and merge then need --test-keys,
# which is what a real exam centre never passes.
export CALLSIM_TEST_KDF=1

# A model information-recording reply for a paper's seed: answer, open, type exactly what the
# caller dictates at ~60 chars/min, read the number back, close.
model_info_record() { # seed out
  printf '@2 /answer\n@2 您好，我是燃气公司12号客服，请问有什么可以帮您？\n' >"$tmp/probe.replies"
  "$callsim" run scenarios/info_record.lua --replies "$tmp/probe.replies" --seed "$1" --json >"$tmp/probe.json" 2>/dev/null
  local fields phone
  fields=$(jq -r '[.turns[] | select(.kind == "dictate") | "\(.arg)=\(.text)"] | join(" ")' "$tmp/probe.json")
  phone=$(jq -r '.turns[] | select(.kind == "dictate" and .arg == "phone") | .text' "$tmp/probe.json")
  { printf '@2 /answer\n@2 您好，我是燃气公司12号客服，请问有什么可以帮您？\n'
    printf '@40 /ticket %s\n' "$fields"
    printf '@3 好的，跟您核对一下，您的电话是%s，我们会尽快安排师傅上门。\n' "$phone"
    printf '@3 感谢您的来电，再见！\n'; } >"$2"
}

# The model angry_caller for the paper's seed: the cause and repair time it explains are the ones its
# fault lookup shows on that seed (the system pane, `run --json` .system; issue 14), as a candidate
# reads them off the desk after the hold.
model_angry_caller() { # seed file
  local fault cause eta
  fault=$("$callsim" run scenarios/angry_caller.lua --replies tests/transcripts/angry_caller.model.replies --seed "$1" --json 2>/dev/null |
          jq -r '.system[] | select(.id == "fault") | .text')
  cause=${fault#故障原因：}; cause=${cause%%。*}
  eta=${fault#*预计恢复：}; eta=${eta%%。*}
  sed "s/^\(@[0-9]* 先生，感谢您的耐心等待。\).*/\1经核实，是${cause}，预计${eta}恢复，给您带来不便非常抱歉。/" \
    tests/transcripts/angry_caller.model.replies >"$2"
}

model_dir() { # paper-seed dir
  mkdir -p "$2"
  for s in silent_line abusive_caller dialect_caller repeat_complaint; do
    cp "tests/transcripts/$s.model.replies" "$2/$s.replies"
  done
  model_angry_caller "$1" "$2/angry_caller.replies"
  model_info_record "$1" "$2/info_record.replies"
}

poor_dir() { # dir: the silent candidate for most calls, the rude one where the scenario has one
  mkdir -p "$1"
  for s in angry_caller dialect_caller; do cp "tests/transcripts/$s.rude.replies" "$1/$s.replies"; done
  cp tests/transcripts/info_record.poor.replies "$1/info_record.replies"
}

panel() { # db attempt score-for-each-item...: three examiners score every examiner item of the paper
  local db=$1 xa=$2 s=$3 items i
  items=$(sq "$db" "SELECT p.text FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id JOIN exams e ON e.id = c.exam_id JOIN papers p ON p.id = e.paper_ref WHERE x.id = $xa" | awk '$1 == "examiner" { print $2 }')
  for i in 1 2 3; do
    args=()
    for it in $items; do args+=("$it=$((s + i - 2))"); done  # s-1, s, s+1: the median is s
    "$callsim" exam score --db "$db" --attempt "$xa" --examiner "考评员$i" --pin "12345$i" "${args[@]}" >"$tmp/score.out" 2>"$tmp/score.err" \
      || { bad "exam score by 考评员$i: $(cat "$tmp/score.err")"; return; }
  done
  ok
}

# One exam centre: 考评员1 sets it up (its administrator) and adds the two others; every seat is a
# copy of that file, so the seats' records merge into one exam file.
"$callsim" exam examiner-add --db "$tmp/centre.db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err" || bad "set-up: $(cat "$tmp/err")"
for i in 2 3; do
  "$callsim" exam examiner-add --db "$tmp/centre.db" --examiner "考评员$i" --pin "12345$i" --admin 考评员1 --admin-pin 123451 2>"$tmp/err" \
    || bad "examiner-add $i: $(cat "$tmp/err")"
done
examiners() { # db
  cp "$tmp/centre.db" "$1"
}

# The score recomputed from the stored call scores and the stored panel median (s), by the paper's
# arithmetic: final = Σ weight × Σ(share × part)/100 / 100, rounded to 0.1.
recompute() { # db attempt s
  local text
  text=$(sq "$1" "SELECT p.text FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id JOIN exams e ON e.id = c.exam_id JOIN papers p ON p.id = e.paper_ref WHERE x.id = $2")
  sq -separator ' ' "$1" "SELECT c.scenario_id, a.score FROM exam_calls c JOIN attempts a ON a.id = c.attempt_id WHERE c.exam_attempt_id = $2" >"$tmp/calls"
  echo "$text" | awk -v s="$3" -v calls="$tmp/calls" '
    BEGIN { while ((getline l < calls) > 0) { split(l, f, " "); sc[f[1]] = f[2] } }
    { sub(/#.*/, "") }
    $1 == "area" { w = $3 }
    $1 == "scenario" { total += w * $3 * sc[$2] / 10000 }
    $1 == "examiner" { total += w * $3 * s / 10000 }
    END { printf "%.1f\n", int(total * 10 + 0.5) / 10 }'
}

seat=0
for paper in assets/papers/level5.paper assets/papers/level4.paper assets/papers/level3.paper; do
  name=$(basename "$paper" .paper)
  seed=$(awk '$1 == "seed" { print $2 }' "$paper")
  db="$tmp/$name.db"
  seat=$((seat + 1))
  examiners "$db"
  model_dir "$seed" "$tmp/$name-model"
  poor_dir "$tmp/$name-poor"

  # model candidate: every call played, examiner items pending, then the panel scores 90
  "$callsim" exam run --paper "$paper" --candidate "A$seat" --name "李小明" --id-number 520102199001011234 \
    --replies "$tmp/$name-model" --db "$db" --examiner 考评员1 --pin 123451 >"$tmp/run.out" 2>"$tmp/run.err"
  check "$name model run exits 0: $(head -c 300 "$tmp/run.err")" '[ $? = 0 ]'
  check "$name model run says pending" 'grep -q "Score: pending" "$tmp/run.out"'
  xa=$(sq "$db" "SELECT max(x.id) FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id WHERE c.cand_no = 'A$seat'")
  panel "$db" "$xa" 90
  check "$name model passes: $(tail -n 2 "$tmp/score.out")" 'grep -q "PASSED" "$tmp/score.out"'
  stored=$(sq "$db" "SELECT printf('%.1f', score) FROM results WHERE exam_attempt_id = $xa AND version = 1")
  want=$(recompute "$db" "$xa" 90)
  check "$name stored score $stored equals the weighted arithmetic $want" '[ "$stored" = "$want" ]'
  check "$name model result passed" '[ "$(sq "$db" "SELECT passed FROM results WHERE exam_attempt_id = $xa")" = 1 ]'
  check "$name every call scored >= 90" '[ "$(sq "$db" "SELECT count(*) FROM exam_calls c JOIN attempts a ON a.id = c.attempt_id WHERE c.exam_attempt_id = $xa AND a.score < 90")" = 0 ]'

  # poor candidate: fails, with the same generous panel
  "$callsim" exam run --paper "$paper" --candidate "B$seat" --name "王五" --replies "$tmp/$name-poor" --db "$db" --examiner 考评员1 --pin 123451 >"$tmp/run.out" 2>"$tmp/run.err"
  check "$name poor run exits 0" '[ $? = 0 ]'
  xb=$(sq "$db" "SELECT max(x.id) FROM exam_attempts x JOIN candidates c ON c.id = x.candidate_id WHERE c.cand_no = 'B$seat'")
  panel "$db" "$xb" 90
  check "$name poor fails: $(tail -n 1 "$tmp/score.out")" 'grep -q "FAILED" "$tmp/score.out"'
  stored=$(sq "$db" "SELECT printf('%.1f', score) FROM results WHERE exam_attempt_id = $xb")
  want=$(recompute "$db" "$xb" 90)
  check "$name poor stored $stored equals $want" '[ "$stored" = "$want" ]'

  # --json carries the areas
  "$callsim" exam run --paper "$paper" --candidate "C$seat" --name "赵六" --replies "$tmp/$name-model" --db "$db" --examiner 考评员1 --pin 123451 --json >"$tmp/run.json" 2>/dev/null
  check "$name --json" 'jq -e ".detail.areas | length >= 3" "$tmp/run.json" >/dev/null'
done

db="$tmp/level5.db"
# --- signing, corrections, wrong PIN ---------------------------------------------------------------
"$callsim" exam sign --db "$db" --attempt 1 --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
check "sign: $(cat "$tmp/err")" '[ $? = 0 ]'
"$callsim" exam sign --db "$db" --attempt 1 --examiner 考评员1 --pin 000000 >/dev/null 2>"$tmp/err"
check "wrong PIN exits 1" '[ $? = 1 ] && grep -q "wrong secret (PIN)" "$tmp/err"'
for sub in sign void; do  # a missing --attempt is one line, not that line and a stale buffer
  "$callsim" exam $sub --db "$db" --examiner 考评员1 --pin 123451 >/dev/null 2>"$tmp/err"
  rc=$?
  check "$sub without --attempt: exit 2 (was $rc), one line ($(cat "$tmp/err"))" '[ $rc = 2 ] && [ "$(grep -c . "$tmp/err")" = 1 ] && grep -q "needs --attempt" "$tmp/err"'
done
sq "$db" "UPDATE results SET score = 99 WHERE exam_attempt_id = 1" 2>"$tmp/err"
check "a signed result cannot be updated" 'grep -q "immutable" "$tmp/err"'
"$callsim" exam score --db "$db" --attempt 1 --examiner 考评员2 --pin 123452 普通话=70 >/dev/null 2>"$tmp/err"
check "a new score after a result needs --reason" '[ $? = 2 ] && grep -q "reason" "$tmp/err"'
"$callsim" exam score --db "$db" --attempt 1 --examiner 考评员2 --pin 123452 普通话=70 --reason "录入错误，更正" >"$tmp/out" 2>"$tmp/err"
check "correction makes version 2: $(cat "$tmp/err")" 'grep -q "Result version 2" "$tmp/out"'
check "version 1 kept, signed" '[ "$(sq "$db" "SELECT count(*) FROM results WHERE exam_attempt_id = 1 AND version = 1 AND signed_by = '"'"'考评员1'"'"'")" = 1 ]'
"$callsim" exam void --db "$db" --attempt 3 --examiner 考评员1 --pin 123451 --reason "考生身体不适" 2>"$tmp/err"
check "void with reason: $(cat "$tmp/err")" '[ "$(sq "$db" "SELECT status || void_reason FROM exam_attempts WHERE id = 3")" = "void考生身体不适" ]'

# --- verify ----------------------------------------------------------------------------------------
"$callsim" verify --db "$db" --test-keys >"$tmp/out" 2>&1
check "verify intact: $(cat "$tmp/out")" '[ $? = 0 ]'
"$callsim" verify --db "$db" >"$tmp/out" 2>&1
check "verify without --test-keys refuses test keys" '[ $? = 1 ] && grep -q "TEST KEY" "$tmp/out"'
victim=$(sq "$db" "SELECT attempt_id FROM turns WHERE kind = 'trainee_say' ORDER BY id LIMIT 1")
sq "$db" "DROP TRIGGER turns_final; UPDATE turns SET text = '改过的话' WHERE id = (SELECT min(id) FROM turns WHERE kind = 'trainee_say')"
"$callsim" verify --db "$db" --test-keys >"$tmp/out" 2>&1
check "verify finds the tampering (exit 1)" '[ $? = 1 ]'
check "verify names attempt $victim: $(head -3 "$tmp/out")" 'grep -q "^attempt $victim turn" "$tmp/out"'
sq "$db" "DELETE FROM turns WHERE id = (SELECT max(id) FROM turns WHERE attempt_id = 2)" 2>"$tmp/err"
check "turns cannot be deleted" 'grep -q "never deleted" "$tmp/err"'

# --- report ----------------------------------------------------------------------------------------
"$callsim" report --db "$db" --out "$tmp/report-nokeys" >/dev/null 2>&1
check "report without --test-keys marks test keys in red" 'grep -q "TEST KEY" "$tmp/report-nokeys/index.html" && grep -q "不可信" "$tmp/report-nokeys/roster.csv"'
"$callsim" report --db "$db" --out "$tmp/report" --test-keys >/dev/null 2>"$tmp/err"
rc=$?
check "report exits 0: $(cat "$tmp/err")" '[ $rc = 0 ]'
check "report index" '[ -s "$tmp/report/index.html" ] && grep -q "合格率" "$tmp/report/index.html"'
check "report per candidate with SVG" 'grep -q "<svg" "$tmp/report/A1.html"'
check "report shows who signed each action, and when" 'grep -q "考务记录" "$tmp/report/A1.html" && grep -q "<td>签署成绩</td><td>考评员1</td>" "$tmp/report/A1.html"'
check "report marks A1 (a turn was changed above) untrustworthy, with no pass" 'grep -q "class=.tamper" "$tmp/report/A1.html" && ! grep -q "合格</span>" "$tmp/report/A1.html"'
check "CSV starts with the BOM" '[ "$(head -c 3 "$tmp/report/roster.csv" | od -An -tx1 | tr -d " ")" = efbbbf ]'
check "CSV has the Chinese name" 'grep -q "李小明" "$tmp/report/roster.csv"'
check "ID number masked" '! grep -rq "520102199001011234" "$tmp/report" && grep -q "520102\*\*\*\*\*\*\*\*1234" "$tmp/report/roster.csv"'
check "no external resources" '! grep -Eq "(src|href)=.https?:" "$tmp/report"/*.html'
# issue 14: the transcript prints (text, not hover tooltips), in Chinese, items by name not id
check "report transcript: a transfer names its target" 'grep -q "<td>考生</td><td>转接 粤语坐席</td>" "$tmp/report/A1.html"'
check "report prints each call's transcript as text" 'grep -q "<h4>通话记录</h4>" "$tmp/report/A1.html" && grep -q "<td>客户</td>" "$tmp/report/A1.html" && grep -q "<td>考生</td>" "$tmp/report/A1.html"'
check "report: no raw ids or English labels in the call sections" '! grep -Eq "<td>(answer|opening|closing|courtesy|latency)</td>|\(attempt |hash chain" "$tmp/report/A1.html"'

# --- merge -----------------------------------------------------------------------------------------
counts() { sq "$1" "SELECT (SELECT count(*) FROM attempts) || ' ' || (SELECT count(*) FROM turns) || ' ' || (SELECT count(*) FROM exam_attempts) || ' ' || (SELECT count(*) FROM results) || ' ' || (SELECT count(*) FROM examiner_scores) || ' ' || (SELECT count(*) FROM candidates)"; }
cp "$tmp/level4.db" "$tmp/seat1.db"; cp "$tmp/level3.db" "$tmp/seat2.db"
"$callsim" merge "$tmp/seat1.db" "$tmp/seat2.db" --into "$tmp/all.db" --test-keys >"$tmp/out" 2>"$tmp/err"
check "merge exits 0: $(cat "$tmp/err")" '[ $? = 0 ]'
once=$(counts "$tmp/all.db")
"$callsim" merge "$tmp/seat1.db" "$tmp/seat2.db" --into "$tmp/all.db" --test-keys >"$tmp/out" 2>"$tmp/err"
twice=$(counts "$tmp/all.db")
check "merging twice changes nothing ($once vs $twice)" '[ "$once" = "$twice" ]'
check "merge again adds 0 rows" '! grep -v " 0 row(s) added" "$tmp/out" | grep -q "row(s) added"'
a1=$(counts "$tmp/seat1.db"); a2=$(counts "$tmp/seat2.db")
sum=$(echo "$a1 $a2" | awk '{ print $1 + $7, $2 + $8, $3 + $9, $4 + $10, $5 + $11, $6 + $12 }')
check "merge loses no row ($sum vs $once)" '[ "$sum" = "$once" ]'
"$callsim" verify --db "$tmp/all.db" --test-keys >"$tmp/out" 2>&1
check "the merged file verifies: $(head -3 "$tmp/out")" '[ $? = 0 ]'

# --- usage -----------------------------------------------------------------------------------------
"$callsim" exam run --paper "$tmp/none.paper" --candidate X --replies "$tmp" --db "$tmp/x.db" 2>"$tmp/err"
check "missing paper exits 2 naming it" '[ $? = 2 ] && grep -q "none.paper" "$tmp/err"'
printf 'paper x\nversion 1\ntitle t\nlevel 5\nminutes 20\nseed 1\n' >"$tmp/short.paper"
"$callsim" exam run --paper "$tmp/short.paper" --candidate X --replies "$tmp" --db "$tmp/x.db" 2>"$tmp/err"
check "paper error names file:line" 'grep -q "short.paper:5: minutes 20 is too short" "$tmp/err"'
for c in "exam run" "exam score" "exam sign" verify report merge; do
  "$callsim" $c --help >/dev/null 2>&1
  check "$c --help" '[ $? = 0 ]'
done
"$callsim" report --db "$tmp/nope.db" --out "$tmp/r2" 2>"$tmp/err"
check "report of a missing db exits 2" '[ $? = 2 ] && grep -q "nope.db" "$tmp/err"'

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
