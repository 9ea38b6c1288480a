#!/usr/bin/env bash
# Helper calls22's classes of whole-call misses of the open sets (vip_call's greeting without the
# surname, silent_line's impatient own-words prompt, off_topic's 开奖 in a refusal), as whole calls of
# its own, each fault with a competent twin: tests/data/calls22/expect.txt, checked by test_calls21.sh.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_calls22.sh [build/callsim]
exec bash "$(dirname "$0")/test_calls21.sh" "${1:-build/callsim}" tests/data/calls22
