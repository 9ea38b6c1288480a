#!/usr/bin/env bash
# Faults of `callsim lint` and of the scenario API's argument checks, each asserted here:
#  - one mistake printed as two lines (a finding and the silent play-through's error at the same
#    line; Lua's syntax message and the explanation of it; a missing field and the misspelling that
#    left it missing): each mistake must be one line FILE:LINE: what is wrong (what to do);
#  - call.say(42) and the like (a literal of the wrong type for an API argument) accepted: lint must
#    name it Lua-style, "bad argument #N to 'call.say' (string expected, got number)", where no play
#    reaches it too, and run must stop with that error whenever the line runs (a variable too).
#   tests/cli/test_lint_faults.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/scenario.sh
scenario_test_init lintfaults

# --- one line per mistake ------------------------------------------------------------------------
# Every fixture: each stdout line is FILE:LINE: ..., and no line is named twice where one of the two
# is the play-through's error (the same mistake found in the source and then hit when played).
for f in tests/cli/lint/*.lua; do
  "$callsim" lint "$f" >"$tmp/out" 2>/dev/null
  if grep -vqE "^${f//./\\.}:[0-9]+: " "$tmp/out"; then bad "$f: a line not of the form FILE:LINE: $(grep -vE "^$f:[0-9]+: " "$tmp/out" | head -1)"
  else ok; fi
  dup=""
  while IFS= read -r l; do
    line=${l#"$f:"}; line=${line%%:*}
    # another finding at the line that is no script error (an unused local, a search of the reply
    # text, ...) is another mistake, not this one
    [ "$(grep "^$f:$line: " "$tmp/out" | grep -v "playing with a silent trainee" |
         grep -cvE "local '.*' is never used|unreachable code|searches the trainee's reply text|without a correct option")" -gt 0 ] &&
      dup="$dup $line"
  done < <(grep -F "(playing with a silent trainee)" "$tmp/out")
  if [ -z "$dup" ]; then ok; else bad "$f: the play-through repeats a mistake already named at line(s)$dup: $(grep -F "playing with" "$tmp/out" | head -1)"; fi
done

# with stderr joined (a terminal): each finding's text once; the exit-2 line only names where and why
for c in "rubric_sum|rubric maxima add up to 90, not 100|5|does not load" \
         "unknown_api|unknown API function call.sya|11|stops here when played" \
         "unknown_rule|names an unknown phrase category|6|does not load" \
         "option_keys|unknown field 'titel'|3|does not load"; do
  IFS='|' read -r name text line why <<<"$c"
  f=tests/cli/lint/$name.lua
  "$callsim" lint "$f" >"$tmp/both" 2>&1
  rc=$?
  if [ $rc = 2 ] && [ "$(grep -cF -- "$text" "$tmp/both")" = 1 ] &&
     grep -q "^callsim lint: $f:$line: the scenario $why.*(the finding above" "$tmp/both"; then ok
  else bad "$name: '$text' not said once, or the exit-2 line not at line $line: $(grep -F -e "$text" -e "callsim lint:" "$tmp/both" | head -3)"; fi
done

# code after a return: one line, the explanation (not Lua's "'end' expected ... near")
f=tests/cli/lint/return_then_code.lua
"$callsim" lint "$f" >"$tmp/out" 2>/dev/null
if [ "$(grep -c . "$tmp/out")" = 1 ] && grep -q "^$f:5: unreachable code after return (line 4): .*do return end" "$tmp/out"; then ok
else bad "code after return: not one explained line: $(cat "$tmp/out")"; fi

# a misspelt field (titel): the misspelling's line only, not also "missing field 'title'" elsewhere
f=tests/cli/lint/option_keys.lua
"$callsim" lint "$f" >"$tmp/out" 2>/dev/null
if grep -q "^$f:3: unknown field 'titel' .*did you mean 'title'?" "$tmp/out" && ! grep -q "missing field 'title'" "$tmp/out"; then ok
else bad "misspelt title: $(grep -n title "$tmp/out")"; fi
# a field missing with no misspelling to explain it is still said (at its line)
sed 's/titel = "lint 测试", //' "$f" >"$tmp/no_title.lua"
"$callsim" lint "$tmp/no_title.lua" >"$tmp/out" 2>/dev/null
if grep -q "^$tmp/no_title.lua:[0-9]*: missing field 'title'" "$tmp/out"; then ok; else bad "a missing title is no longer said: $(head -3 "$tmp/out")"; fi

# --- a rubric item without a rule that the script never scores: every trainee gets 0 for it -----
f=tests/cli/lint/unscored_item.lua
"$callsim" lint "$f" >"$tmp/out" 2>/dev/null
rc=$?
if [ $rc = 1 ] && grep -q "^$f:8: rubric item 'empathy' has no rule and the script never scores it" "$tmp/out" \
   && ! grep -q "'solution' has no rule" "$tmp/out"; then ok
else bad "unscored_item: exit $rc, want 1 naming 'empathy' at line 8 and not 'solution': $(head -c 300 "$tmp/out")"; fi
printf '@1 /answer\n@3 您的心情我非常理解，请您别着急，我马上帮您处理\n' >"$tmp/u.replies"
"$callsim" run "$f" --replies "$tmp/u.replies" --seed 1 >"$tmp/out" 2>&1
if grep -qE "^ *empathy +0\.0 / 30" "$tmp/out"; then ok
else bad "unscored_item: the unscored item was expected to cost a caring trainee 0 / 30 (why lint names it): $(grep empathy "$tmp/out" | head -2)"; fi

# a trainer's scenario that scores its items by a computed id ("step" .. i; the keys of a table
# walked with pairs) does score them: lint must not say it never does (a false finding)
for f in tests/cli/lint/unscored_keyed.lua tests/cli/lint/unscored_concat.lua; do
  "$callsim" lint "$f" >"$tmp/out" 2>/dev/null
  rc=$?
  if [ $rc = 0 ] && ! grep -q "has no rule and the script never scores it" "$tmp/out"; then ok
  else bad "$f: items scored by a computed id said never scored (exit $rc): $(head -c 300 "$tmp/out")"; fi
done
"$callsim" run tests/cli/lint/unscored_keyed.lua --replies "$tmp/u.replies" --seed 1 >"$tmp/out" 2>&1
if grep -qE "^ *empathy +30\.0 / 30" "$tmp/out"; then ok
else bad "unscored_keyed: the keyed item was expected to earn a caring trainee 30 / 30 (it is scored): $(grep empathy "$tmp/out" | head -2)"; fi

# --- argument types ------------------------------------------------------------------------------
base() { # the mistake on line 15, in a branch the silent play-through never takes (a typed reply)
  scenario_skeleton types "" "    if r.kind == \"text\" then
      $1
    end"
}
# type_fault NAME 'CODE' 'EXPECTED LINT/RUN TEXT'
type_fault() {
  local f="$tmp/$1.lua"
  base "$2" >"$f"
  "$callsim" lint "$f" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" = 1 ] && grep -qF -- "$f:15: $3" "$tmp/out" && [ "$(grep -c "^$f:15: " "$tmp/out")" = 1 ]; then ok
  else bad "lint $1: exit $rc, no one line '$f:15: $3': $(cat "$tmp/out" "$tmp/err" | head -c 500)"; fi
  printf '/answer\n您好，很高兴为您服务\n' >"$tmp/text.replies"
  "$callsim" run "$f" --replies "$tmp/text.replies" >/dev/null 2>"$tmp/err"
  rc=$?
  if [ "$rc" = 2 ] && grep -qF -- "$f:15: in function 'run': $3" "$tmp/err"; then ok
  else bad "run $1: exit $rc, not stopped with '$3' at line 15: $(head -c 400 "$tmp/err")"; fi
}
type_fault say_number 'call.say(42)' "bad argument #1 to 'call.say' (string expected, got number)"
type_fault say_table 'call.say({ "您好" })' "bad argument #1 to 'call.say' (string expected, got table)"
type_fault hint_boolean 'call.hint(true)' "bad argument #1 to 'call.hint' (string expected, got boolean)"
type_fault dictate_number 'call.dictate("电话", 13800001234)' "bad argument #2 to 'call.dictate' (string expected, got number)"
type_fault silence_string 'call.silence("3")' "bad argument #1 to 'call.silence' (number expected, got string)"
type_fault award_string 'score.award("info", "50", "好")' "bad argument #2 to 'score.award' (number expected, got string)"
type_fault award_id_number 'score.award(1, 50, "好")' "bad argument #1 to 'score.award' (string expected, got number)"
type_fault note_number 'score.note("info", 5)' "bad argument #2 to 'score.note' (string expected, got number)"
type_fault fail_number 'score.fail(0, "贵阳 §二(四)")' "bad argument #1 to 'score.fail' (string expected, got number)"
type_fault match_number 'phrase.match("opening", 5)' "bad argument #2 to 'phrase.match' (string expected, got number)"
type_fault standard_number 'phrase.standard(1)' "bad argument #1 to 'phrase.standard' (string expected, got number)"
type_fault hangup_number 'call.hangup(3)' "bad argument #1 to 'call.hangup' (string expected, got number)"
type_fault says_number 'call.says(r, 1)' "bad argument #2 to 'call.says' (string expected, got number)"
type_fault more_string 'r = call.more(r, "5")' "bad argument #2 to 'call.more' (number expected, got string)"
type_fault mood_string 'call.mood("-10")' "bad argument #1 to 'call.mood' (number expected, got string)"

# a value only the run knows (a variable): lint's play-through and run stop at the line, always
base 'local n = 42
      call.say(n)' | sed 's/    if r.kind == "text" then/    do/' >"$tmp/say_var.lua"
"$callsim" run "$tmp/say_var.lua" --replies "$tmp/text.replies" >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc = 2 ] && grep -qF "say_var.lua:16: in function 'run': bad argument #1 to 'call.say' (string expected, got number)" "$tmp/err"; then ok
else bad "run of call.say(n), n = 42: exit $rc: $(head -c 300 "$tmp/err")"; fi
"$callsim" lint "$tmp/say_var.lua" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc = 2 ] && [ "$(grep -c "say_var.lua:16: " "$tmp/out")" = 1 ] && grep -qF "bad argument #1 to 'call.say' (string expected, got number)" "$tmp/out"; then ok
else bad "lint of call.say(n), n = 42: exit $rc: $(cat "$tmp/out" "$tmp/err" | head -c 300)"; fi
# the options of the wait: a number where a category or a prompt goes
base 'call.reply { expect = 1, timeout = 5 }' | sed 's/    if r.kind == "text" then/    do/' >"$tmp/expect_num.lua"
"$callsim" run "$tmp/expect_num.lua" --replies "$tmp/text.replies" >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc = 2 ] && grep -qF "field 'expect' must be a string (a phrase category), not a number" "$tmp/err"; then ok
else bad "expect = 1: exit $rc: $(head -c 300 "$tmp/err")"; fi
base 'call.choose { "是", "否", correct = 1, prompt = 7 }' | sed 's/    if r.kind == "text" then/    do/' >"$tmp/prompt_num.lua"
"$callsim" run "$tmp/prompt_num.lua" --replies "$tmp/text.replies" >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc = 2 ] && grep -qF "field 'prompt' must be a string" "$tmp/err"; then ok
else bad "prompt = 7: exit $rc: $(head -c 300 "$tmp/err")"; fi

# what is right stays clean: strings and numbers where they go, names and expressions left to the run
base 'call.say("好的" .. 1); call.silence(2); score.award("info", 50, "好"); call.hint(phrase.standard("closing"))' >"$tmp/right.lua"
"$callsim" lint "$tmp/right.lua" >"$tmp/out" 2>&1 && ok || bad "a correct use is flagged: $(head -c 300 "$tmp/out")"

# --- bad input: one line on stderr naming the thing and what to give (fault: "FILE: read error" for a
# folder, "--bogus: cannot open" for an option, each said twice, on stdout and stderr)
bad_input() { # NAME EXPECTED ARGS...
  local name=$1 want=$2
  shift 2
  "$callsim" lint "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ $rc = 2 ] && [ ! -s "$tmp/out" ] && [ "$(grep -c . "$tmp/err")" = 1 ] && grep -qF -- "callsim lint: $want" "$tmp/err"; then ok
  else bad "lint $name: exit $rc: $(cat "$tmp/out" "$tmp/err" | head -c 300)"; fi
}
bad_input folder "$tmp is a folder: give its scenario files (callsim lint $tmp/*.lua)" "$tmp"
bad_input missing "$tmp/nope.lua: no such file (check the path" "$tmp/nope.lua"
bad_input option "unknown option '--strict' (lint takes scenario files" --strict
# one bad path among good files: the good ones are still checked, the bad one named, exit 2
"$callsim" lint tests/cli/lint/unused_local.lua "$tmp/nope.lua" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc = 2 ] && grep -q "unused_local.lua:12: local 'unused_reply' is never used" "$tmp/out" && grep -qF "$tmp/nope.lua: no such file" "$tmp/err"; then ok
else bad "a bad path among good files: exit $rc: $(cat "$tmp/out" "$tmp/err" | head -c 300)"; fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
