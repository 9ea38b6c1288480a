#!/usr/bin/env bash
# The command-line contract (DESIGN.md "Command line"): exit codes, one-line errors naming the bad
# file or value, hostile scenarios stopped within seconds with nothing done outside the sandbox,
# and what `run --db` leaves in the database.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-cli.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
expect_rc() { # want, description, command...
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" = "$want" ]; then ok; else bad "$what: exit $rc, expected $want: $(head -c 300 "$tmp/err")"; fi
}
err_has() { # description, text
  if grep -qF -- "$2" "$tmp/err"; then ok; else bad "$1: stderr lacks '$2': $(head -c 300 "$tmp/err")"; fi
}
one_line_err() {
  local n; n=$(grep -c . "$tmp/err")
  if [ "$n" -ge 1 ] && [ "$n" -le 2 ]; then ok; else bad "$1: stderr has $n lines"; fi
}

printf '@1 /answer\n@2 您好\n' >"$tmp/answer.replies"

# --- usage -----------------------------------------------------------------------------------
expect_rc 0 "--help" "$callsim" --help
expect_rc 2 "unknown command" "$callsim" frobnicate
err_has "unknown command" "frobnicate"
expect_rc 2 "run without --replies" "$callsim" run scenarios/silent_line.lua
expect_rc 2 "run with bad seed" "$callsim" run scenarios/silent_line.lua --replies "$tmp/answer.replies" --seed abc
err_has "bad seed" "abc"
expect_rc 2 "missing replies file" "$callsim" run scenarios/silent_line.lua --replies "$tmp/nope.replies"
err_has "missing replies" "nope.replies"
one_line_err "missing replies"
expect_rc 2 "missing scenario" "$callsim" run "$tmp/nope.lua" --replies "$tmp/answer.replies"
err_has "missing scenario" "nope.lua"
printf '/answer\n/dance\n' >"$tmp/typo.replies"
expect_rc 2 "replies typo" "$callsim" run scenarios/silent_line.lua --replies "$tmp/typo.replies"
err_has "replies typo" "typo.replies:2: unknown action /dance"
printf '/answer\n\xff\xfe\n' >"$tmp/bad-utf8.replies"
expect_rc 2 "replies invalid UTF-8" "$callsim" run scenarios/silent_line.lua --replies "$tmp/bad-utf8.replies"
err_has "replies invalid UTF-8" "bad-utf8.replies:2:"
expect_rc 2 "lint without files" "$callsim" lint

# --- hostile and broken scenarios ------------------------------------------------------------
# (every file in tests/hostile/ is played in run, lint and explore by tests/cli/test_hostile.sh)
expect_rc 2 "syntax error line" "$callsim" run tests/hostile/syntax_error.lua --replies "$tmp/answer.replies"
err_has "syntax error line" "syntax_error.lua:4:"
expect_rc 2 "runtime error line" "$callsim" run tests/hostile/runtime_error.lua --replies "$tmp/answer.replies"
err_has "runtime error line" "runtime_error.lua:9:"
err_has "runtime error names the argument and the API function" "bad argument #1 to 'call.say'"
expect_rc 2 "bad table" "$callsim" run tests/hostile/bad_table.lua --replies "$tmp/answer.replies"
err_has "bad table" "bad_table.lua:3: field 'level' must be 5, 4 or 3"

# --- shipped scenarios lint clean ------------------------------------------------------------
# Every shipped scenario lints clean: no problem at all, reply-text searches and unused locals included.
"$callsim" lint scenarios/*.lua >"$tmp/out" 2>&1
st=$?
[ "$st" = 0 ] && [ ! -s "$tmp/out" ] && ok || bad "lint of scenarios/ (exit $st): $(head -c 300 "$tmp/out")"

# --- grade-phrase ----------------------------------------------------------------------------
expect_rc 0 "grade-phrase opening" "$callsim" grade-phrase opening "先生您好，我是客服小李，请问有什么需要帮助的吗"
if jq -e '.match == true and .category == "opening"' "$tmp/out" >/dev/null; then ok; else bad "grade-phrase json: $(cat "$tmp/out")"; fi
expect_rc 1 "grade-phrase rude opening" "$callsim" grade-phrase opening "喂，你找谁"
if jq -e '.match == false and (.missing | length) > 0' "$tmp/out" >/dev/null; then ok; else bad "grade-phrase missing: $(cat "$tmp/out")"; fi
# the help names every category a trainer may grade against, from the bank itself
expect_rc 0 "grade-phrase --help" "$callsim" grade-phrase --help
grep -q "^Categories ([0-9]*): opening, hold_before, .*, taboo$" "$tmp/out" && ok || bad "grade-phrase --help lacks the categories: $(tail -1 "$tmp/out")"
expect_rc 2 "grade-phrase unknown category" "$callsim" grade-phrase nonsense "你好"
err_has "grade-phrase unknown category" "nonsense"
printf 'opening\t您好，工号8号为您服务，请问有什么可以帮您\ntaboo\t你听不懂吗\nclosing\t感谢您的来电，再见\n' |
  "$callsim" grade-phrase --batch >"$tmp/out" 2>"$tmp/err"
if [ "$(grep -c . "$tmp/out")" = 3 ] && jq -e -s '.[0].match and .[1].match and .[2].match' "$tmp/out" >/dev/null; then ok
else bad "grade-phrase --batch: $(cat "$tmp/out")"; fi
# invalid UTF-8 is refused, not graded with its bad bytes dropped (fault: \xff\xfe您好 graded as 您好);
# in a batch that line alone gets the error and the next is still graded
expect_rc 2 "grade-phrase invalid UTF-8" "$callsim" grade-phrase opening "$(printf '\xff\xfe您好')"
err_has "grade-phrase invalid UTF-8" "not valid UTF-8"
printf 'closing\t\xff\xfe感谢您的来电，再见\nclosing\t感谢您的来电，再见\n' | "$callsim" grade-phrase --batch >"$tmp/out" 2>"$tmp/err"
if jq -e -s '(.[0].error | test("not valid UTF-8")) and (.[0] | has("match") | not) and .[1].match' "$tmp/out" >/dev/null; then ok
else bad "grade-phrase --batch with an invalid UTF-8 line: $(cat "$tmp/out")"; fi

# --- run --db ----------------------------------------------------------------------------------
db="$tmp/x.db"
expect_rc 0 "run --db" "$callsim" run scenarios/silent_line.lua --replies tests/transcripts/silent_line.model.replies --db "$db" --json
events=$(jq '.turns | length' "$tmp/out")
rows=$(sqlite3 "$db" "select count(*) from turns")
[ -n "$events" ] && [ "$events" = "$rows" ] && ok || bad "turn rows $rows, events $events"
[ "$(sqlite3 "$db" "select count(*) from attempts where status='completed'")" = 1 ] && ok || bad "no completed attempt"
[ "$(sqlite3 "$db" "pragma user_version")" -ge 1 ] && ok || bad "user_version < 1"
[ "$(sqlite3 "$db" "pragma journal_mode")" = wal ] && ok || bad "journal_mode not wal"
score=$(jq .score "$tmp/out")
stored=$(sqlite3 "$db" "select score from attempts")
awk -v a="$stored" -v b="$score" 'BEGIN { exit !(a + 0 == b + 0) }' && ok || bad "stored score $stored differs from printed $score"
echo "not a database at all, just text" >"$tmp/corrupt.db"
expect_rc 2 "corrupt db" "$callsim" run scenarios/silent_line.lua --replies "$tmp/answer.replies" --db "$tmp/corrupt.db"
err_has "corrupt db" "corrupt.db"
one_line_err "corrupt db"
expect_rc 2 "db in a missing, uncreatable place" "$callsim" run scenarios/silent_line.lua --replies "$tmp/answer.replies" --db /proc/callsim/x.db
err_has "uncreatable db" "/proc/callsim/x.db"

# --- hostile replies: a huge paste is cut with a note, control characters blanked, emoji kept ---
{ echo "@1 /answer"; printf '@2 '; head -c 600000 /dev/zero | tr '\0' 'a'; echo; printf '@2 客服\001小王 \360\237\230\200\n'; } >"$tmp/hostile.replies"
expect_rc 0 "huge paste" "$callsim" run scenarios/angry_caller.lua --replies "$tmp/hostile.replies" --json
jq -e '[.turns[] | select(.kind == "trainee_say")][0].text | length == 2000' "$tmp/out" >/dev/null && ok || bad "huge paste not cut to 2000"
jq -e '[.turns[] | select(.kind == "note") | .text] | any(test("cut to 2000"))' "$tmp/out" >/dev/null && ok || bad "no note about the cut"
jq -e '[.turns[] | select(.kind == "trainee_say")][1].text == "客服 小王 😀"' "$tmp/out" >/dev/null && ok || bad "control character or emoji mishandled"

# --- the window without a display says so in one line and points at the headless command -------
(unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER; "$callsim" play scenarios/silent_line.lua >"$tmp/out" 2>"$tmp/err")
[ $? = 2 ] && ok || bad "window without a display: exit not 2"
one_line_err "window without a display"
err_has "window without a display" "callsim run SCENARIO.lua --replies FILE"

# --- a folder where a file is wanted: named as a folder, not "read error" (fault: run, explore)
for args in "run $tmp --replies $tmp/answer.replies" "run scenarios/silent_line.lua --replies $tmp" "explore $tmp"; do
  # shellcheck disable=SC2086
  "$callsim" $args >/dev/null 2>"$tmp/err"
  rc=$?
  if [ $rc = 2 ] && [ "$(grep -c . "$tmp/err")" = 1 ] && grep -qF "$tmp: is a folder, not a file" "$tmp/err"; then ok
  else bad "callsim $args: exit $rc, want 2 and one line naming the folder: $(head -c 300 "$tmp/err")"; fi
done

# --- an installed copy finds its data beside itself (make install PREFIX=... DESTDIR=...) ---------
mkdir -p "$tmp/inst/usr/bin" "$tmp/inst/usr/share/callsim"
cp "$callsim" "$tmp/inst/usr/bin/callsim"
cp -r assets lua scenarios "$tmp/inst/usr/share/callsim/"
(cd / && env -u CALLSIM_DATA "$tmp/inst/usr/bin/callsim" run "$tmp/inst/usr/share/callsim/scenarios/silent_line.lua" \
   --replies "$tmp/answer.replies" --json >"$tmp/out" 2>"$tmp/err")
[ $? = 0 ] && jq -e '.scenario == "silent_line"' "$tmp/out" >/dev/null && ok || bad "installed copy: $(head -c 300 "$tmp/err")"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
