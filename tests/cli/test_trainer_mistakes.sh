#!/usr/bin/env bash
# Trainers' mistakes, each made on a copy of one small correct scenario written here: `callsim lint`
# must exit non-zero with a line "FILE:LINE: what is wrong ... (what to do)" naming the line of the
# mistake. Also: what a trainer's editor does to a correct file (a UTF-8 byte-order mark, CRLF line
# ends) is no mistake, and a file that is not UTF-8 anywhere (a comment too; a file saved as GBK) is.
#   tests/cli/test_trainer_mistakes.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/scenario.sh
scenario_test_init mistakes

base() { # NAME: the correct scenario, with id NAME
  scenario_skeleton "$1" '  closing = "closing",' '    if call.says(r, "opening") then score.award("info", 50, "ok") end'
}
# mistake NAME LINE PATTERN SED...: lint of the base with the edit must exit non-zero and print
# "FILE:LINE: ...PATTERN..."
mistake() {
  local name=$1 line=$2 pat=$3 f="$tmp/$1.lua"
  shift 3
  base "$name" | sed "$@" >"$f"
  "$callsim" lint "$f" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" != 0 ] && grep -q -- "^$f:$line: .*$pat" "$tmp/out"; then ok
  else bad "$name: exit $rc, no '$f:$line: ...$pat' line: $(head -c 400 "$tmp/out") $(head -c 200 "$tmp/err")"; fi
}

# the base itself is clean
base clean >"$tmp/clean.lua"
"$callsim" lint "$tmp/clean.lua" >"$tmp/out" 2>&1 && ok || bad "the correct base scenario does not lint clean: $(head -c 300 "$tmp/out")"

# mistakes of the desk (faults found by the red team: both loaded silently before)
mistake system_dup_id 6 "system entry 'a' appears twice (give each entry its own id" \
  's/  closing = "closing",/  closing = "closing",\n  system = { { id = "a", title = "A", text = "x" }, { id = "a", title = "B", text = "y" } },/'
mistake system_dup_title 6 "system entry '客户档案' appears twice" \
  's/  closing = "closing",/  closing = "closing",\n  system = { { title = "客户档案", text = "x" }, { title = "客户档案", text = "y" } },/'
mistake targets_unknown_key 6 "targets: unknown key 'transfr' (use transfer" \
  's/  closing = "closing",/  closing = "closing",\n  targets = { transfr = { "二线技术支持" } },/'
# mistakes that already held (kept here so they stay held)
mistake api_misspelt 15 "unknown API function call.sayz: did you mean call.says?" 's/call.says(r/call.sayz(r/'
mistake rule_misspelt 7 "unknown rule 'openning'" 's/rule = "opening"/rule = "openning"/'
mistake category_misspelt 14 "unknown phrase category 'openin': did you mean 'opening'?" 's/expect = "opening"/expect = "openin"/'
mistake option_misspelt 14 "unknown field 'timout'.*did you mean 'timeout'?" 's/timeout = 10/timout = 10/'
mistake global_misspelt 15 "unknown name 'scroe'.*did you mean 'score'?" 's/score.award/scroe.award/'
mistake rubric_dup_id 6 "rubric item id 'opening' appears twice" 's/{ id = "info", max = 50/{ id = "opening", max = 50/'
mistake rubric_no_max 7 "field 'max' must be" 's/{ id = "info", max = 50,/{ id = "info",/'
mistake title_missing 12 "missing field 'title'" 's/title = "测试", //'
mistake level_wrong 2 "field 'level' must be 5, 4 or 3" 's/level = 5/level = 6/'
mistake phone_number 4 "field 'phone' must be a string" 's/phone = "13800001234"/phone = 13800001234/'
mistake unreachable 17 "unreachable code after call.hangup()" 's/    call.hangup()/    call.hangup()\n    call.say("还在吗")/'
mistake ticket_format 6 "format 'mobile' is unknown; use text, phone, digits, idcard or date" \
  's/  closing = "closing",/  closing = "closing",\n  ticket = { { id = "phone", label = "电话", format = "mobile" } },/'
mistake ticket_dup 6 "ticket field 'phone' appears twice" \
  's/  closing = "closing",/  closing = "closing",\n  ticket = { { id = "phone", label = "电话" }, { id = "phone", label = "手机" } },/'
mistake reveal_unknown 6 "reveal 'holdd' is unknown" \
  's/  closing = "closing",/  closing = "closing",\n  system = { { id = "a", title = "A", text = "x", reveal = "holdd" } },/'
mistake reply_kind 16 "a reply's kind is never 'hangpu'" 's/    call.hangup()/    if r.kind == "hangpu" then return end\n    call.hangup()/'
mistake syntax 17 "unexpected symbol" 's/    call.hangup()/    call.hangup(/'

# the file's encoding: a byte that is not UTF-8 in a comment (no play reaches it) and a file saved as GBK
base bad_utf8 | sed 's/^return {/-- 备注 \xff\xfe\nreturn {/' >"$tmp/bad_utf8.lua"
"$callsim" lint "$tmp/bad_utf8.lua" >"$tmp/out" 2>&1
rc=$?
if [ $rc != 0 ] && grep -q "^$tmp/bad_utf8.lua:1: the file is not valid UTF-8 on this line: save it as UTF-8" "$tmp/out"; then ok
else bad "invalid UTF-8 in a comment: exit $rc: $(head -c 300 "$tmp/out")"; fi
base gbk | iconv -f utf-8 -t gbk >"$tmp/gbk.lua"
"$callsim" lint "$tmp/gbk.lua" >"$tmp/out" 2>&1
rc=$?
if [ $rc != 0 ] && grep -q "^$tmp/gbk.lua:2: the file is not valid UTF-8 on this line (and [0-9]* more lines): save it as UTF-8" "$tmp/out"; then ok
else bad "a file saved as GBK: exit $rc: $(head -c 300 "$tmp/out")"; fi

# what an editor does to a correct file: a byte-order mark (Notepad) and CRLF line ends are accepted
{ printf '\xef\xbb\xbf'; base bom; } >"$tmp/bom.lua"
"$callsim" lint "$tmp/bom.lua" >"$tmp/out" 2>&1 && ok || bad "a UTF-8 byte-order mark is refused: $(head -c 300 "$tmp/out")"
"$callsim" run "$tmp/bom.lua" --replies tests/transcripts/silent_line.model.replies >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -le 1 ] && ! grep -q "unexpected symbol" "$tmp/err"; then ok; else bad "run of a file with a byte-order mark: exit $rc: $(head -c 300 "$tmp/err")"; fi
base crlf | sed 's/$/\r/' >"$tmp/crlf.lua"
"$callsim" lint "$tmp/crlf.lua" >"$tmp/out" 2>&1 && ok || bad "CRLF line ends are refused: $(head -c 300 "$tmp/out")"

# an empty file and one far too large: one line naming the file, line 1, and what to do
: >"$tmp/empty.lua"
"$callsim" lint "$tmp/empty.lua" >"$tmp/out" 2>&1
rc=$?
if [ $rc != 0 ] && grep -q "^$tmp/empty.lua:1: the file must end with 'return {" "$tmp/out"; then ok; else bad "empty file: exit $rc: $(head -c 300 "$tmp/out")"; fi
{ base huge; head -c 5000000 /dev/zero | tr '\0' '-' | fold -w 100; } >"$tmp/huge.lua"
"$callsim" lint "$tmp/huge.lua" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc != 0 ] && grep -q "^$tmp/huge.lua:1: the file is larger than [0-9]* KB.*(is it the right file" "$tmp/out" &&
   [ "$(grep -c . "$tmp/err")" = 1 ]; then ok
else bad "huge file: exit $rc: $(head -c 300 "$tmp/out") / $(head -c 300 "$tmp/err")"; fi

# mistakes in a test's .expect file (`callsim test DIR`): each names FILE.expect:LINE and how to write
# it; a malformed number, a value that is not true/false and an expect file asserting nothing used to
# pass whatever the call did (faults found by the red team)
mkdir -p "$tmp/t"
cp scenarios/silent_line.lua "$tmp/t/"
expect_mistake() { # CASE LINE PATTERN EXPECT-TEXT
  cp tests/transcripts/silent_line.model.replies "$tmp/t/silent_line.$1.replies"
  printf '%b' "$4" >"$tmp/t/silent_line.$1.expect"
}
expect_mistake misspelt 1 "unknown expectation 'scroe'" 'scroe >= 50\n'
expect_mistake short 2 "'item' needs 3 values (write it as in: item opening == 10)" 'passed true\nitem prompts 25\n'
expect_mistake number 1 "'abc' is not a number (write it as in: score >= 85)" 'score >= abc\n'
expect_mistake overflow 1 "'1e999' is not a number" 'score >= 1e999\n'
expect_mistake boolean 1 "passed is true or false, not 'yes'" 'passed yes\n'
expect_mistake empty 1 "no expectations: the pair passes whatever happens (write at least one, e.g. passed true)" ''
expect_mistake comments 1 "no expectations" '# nothing yet\nseed 2\n'
"$callsim" test "$tmp/t" >"$tmp/out" 2>&1
rc=$?
if [ $rc = 1 ]; then ok; else bad "callsim test with broken expect files: exit $rc"; fi
for c in "misspelt 1 unknown expectation 'scroe'" "short 2 'item' needs 3 values (write it as in: item opening == 10)" \
         "number 1 'abc' is not a number (write it as in: score >= 85)" "overflow 1 '1e999' is not a number" \
         "boolean 1 passed is true or false, not 'yes'" "empty 1 no expectations: the pair passes whatever happens" \
         "comments 1 no expectations"; do
  set -- $c
  name=$1 line=$2
  shift 2
  if grep -qF "FAIL $tmp/t/silent_line.$name.expect:$line: $*" "$tmp/out"; then ok
  else bad "expect mistake $name: no 'FAIL $tmp/t/silent_line.$name.expect:$line: $*': $(grep "\.$name\." "$tmp/out" | head -c 300)"; fi
done
if grep -q "^0 passed, 7 failed" "$tmp/out"; then ok; else bad "expect mistakes: not '0 passed, 7 failed': $(tail -1 "$tmp/out")"; fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
