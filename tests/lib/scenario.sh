# Sourced by the CLI tests that make mistakes in a small scenario (tests/cli/test_lint_faults.sh,
# tests/cli/test_trainer_mistakes.sh): their counters and temporary folder, and the one correct
# scenario both edit. Kept here, not in tests/cli/ (tests/run.sh runs every tests/cli/*.sh).

# scenario_test_init NAME: pass, fail, ok, bad and a temporary folder $tmp (callsim-NAME.XXXXXX),
# removed on exit.
scenario_test_init() {
  pass=0
  fail=0
  tmp=$(mktemp -d "/tmp/callsim-$1.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
}
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# scenario_skeleton ID EXTRA AFTER: a correct scenario with id ID; EXTRA (a line, or empty) goes
# after the caller, AFTER (lines) after the trainee's reply r. The tests name mistakes by line, so
# the lines here stay where they are: with EXTRA empty the reply is line 13 and AFTER starts at 14.
scenario_skeleton() {
  local extra=""
  [ -n "$2" ] && extra="$2"$'\n'
  cat <<EOS
return {
  id = "$1", title = "测试", level = 5, area = "service", situation = "测试",
  description = "测试场景",
  caller = { name = "王先生", phone = "13800001234" },
${extra}  rubric = {
    { id = "opening", max = 50, rule = "opening", clause = "贵阳 §二(一) 1.1" },
    { id = "info", max = 50, label = "信息", clause = "贵阳 §二(一) 1.2" },
  },
  run = function(call)
    local answered = call.ring()
    if not answered then return end
    call.say("你好")
    local r = call.reply { expect = "opening", timeout = 10 }
$3
    call.hangup()
  end,
}
EOS
}
