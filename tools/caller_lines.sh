#!/usr/bin/env bash
# What a play's caller said and what the desk showed, and nothing the grader decided:
#
#   tools/caller_lines.sh SCENARIO.lua REPLIES [SEED]     (SEED 1 unless given)
#
# For examiners who write whole-call plays blind (tests/data/eval/README.md "calls.tsv and calls/"):
# the values a caller draws at random (names, phone numbers, amounts, tracking numbers) are those of
# the seed, and a reply sent after the caller's timeout lands on a later turn; both can only be seen
# by playing the call. Printed, one per line with the call time in seconds: the caller's lines, the
# trainee's own lines and actions (to check where each lands), rings and timeouts, then the desk's
# panels as shown at the end of the call. Never printed: the score, the rubric marks, deductions,
# pass/fail, the reason of a failed call (an allowlist of turn kinds, so a new kind stays hidden).
set -u
cd "$(dirname "$0")/.." || exit 2
[ $# -ge 2 ] && [ $# -le 3 ] || { echo "usage: tools/caller_lines.sh SCENARIO.lua REPLIES [SEED]" >&2; exit 2; }
callsim=${CALLSIM:-build/callsim}
[ -x "$callsim" ] || { echo "tools/caller_lines.sh: $callsim is not an executable (build it with make, or set CALLSIM)" >&2; exit 2; }
command -v jq >/dev/null || { echo "tools/caller_lines.sh: jq is missing (Debian package jq)" >&2; exit 2; }
[ -r "$1" ] || { echo "tools/caller_lines.sh: cannot read scenario '$1'" >&2; exit 2; }
[ -r "$2" ] || { echo "tools/caller_lines.sh: cannot read replies '$2'" >&2; exit 2; }
json=$("$callsim" run "$1" --replies "$2" --seed "${3:-1}" --json 2>/dev/null)
[ -n "$json" ] || { echo "tools/caller_lines.sh: callsim run gave no transcript for '$1' (run it with --help to see why)" >&2; exit 2; }
printf '%s\n' "$json" | jq -r '
  def shown: (.who == "caller") or (.who == "trainee")
             or (.who == "system" and (.kind == "ring" or .kind == "timeout"));
  (.turns[] | select(shown)
   | "\(.t_start_ms / 1000 | floor)s\t\(.who)\t\(.kind)\t\(.text // "")"),
  (.system[]? | select(.shown) | "desk\t\(.title)\t\(.text)")'
