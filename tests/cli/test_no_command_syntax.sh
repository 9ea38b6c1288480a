#!/bin/sh
# No command syntax on screen (issue 14): the window has buttons, a docked form and dialogs, so no
# hint a scenario shows may tell the trainee to type /hold, /ticket, /transfer, /escalate, /unhold,
# /hangup, /answer or #N (the replies file's syntax, for headless runs only). Every call.hint(...) of
# scenarios/*.lua and lua/callsim.lua is read whole (across lines) and checked, and every
# scenario's description (shown in the practice list and the workbench) up to its next field.
# Usage: tests/cli/test_no_command_syntax.sh [CALLSIM]   Prints "N passed, N failed" last.
set -u
cd "$(dirname "$0")/../.." || exit 2
out=$(python3 - scenarios/*.lua lua/callsim.lua <<'PY'
import re, sys
for f in sys.argv[1:]:
    s = open(f, encoding="utf-8").read()
    for m in re.finditer(r"call\.hint\(", s):
        i = j = m.end(); depth = 1
        while depth and j < len(s):
            depth += {"(": 1, ")": -1}.get(s[j], 0); j += 1
        if re.search(r"/(ticket|hold|unhold|transfer|escalate|hangup|answer)\b|#\d", s[i:j - 1]):
            print("%s:%d: a hint shows command syntax" % (f, s[:i].count("\n") + 1))
    for m in re.finditer(r"^\s*description\s*=(.*?)(?=^\s*[a-z_]+\s*=)", s, re.S | re.M):
        if re.search(r"/(ticket|hold|unhold|transfer|escalate|hangup|answer)\b|#\d", m.group(1)):
            print("%s:%d: the description shows command syntax" % (f, s[:m.start()].count("\n") + 1))
PY
)
n=$(ls scenarios/*.lua | wc -l)
if [ -z "$out" ]; then echo "$((n + 1)) passed, 0 failed"; exit 0; fi
echo "$out" >&2
echo "$n passed, $(echo "$out" | wc -l) failed"
exit 1
