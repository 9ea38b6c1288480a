# Shared by the tests that check whole calls of their own (tests/cli/test_calls22.sh, test_calls35a.sh, test_calls30.sh,
# test_lecture30.sh, test_fix30t.sh); $callsim is the grader, run from the repository root.
# calls_rows DIR: the plays of DIR checked against DIR/expect.txt by tests/cli/test_calls21.sh; prints its FAIL
# lines and adds its counts to the caller's pass and fail (no count line from it at all: one failure).
calls_rows() {
  local out p f
  out=$(bash tests/cli/test_calls21.sh "$callsim" "$1")
  printf '%s\n' "$out" | grep -vE '^[0-9]+ passed, [0-9]+ failed' || true
  read -r p f < <(printf '%s\n' "$out" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed.*/\1 \2/p' | tail -n 1)
  if [ -z "${p:-}" ]; then echo "calls_rows $1: no play verdicts"; p=0 f=1; fi
  pass=$((${pass:-0} + p)) fail=$((${fail:-0} + f))
}
