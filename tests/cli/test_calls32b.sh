#!/usr/bin/env bash
# Helper calls32b's classes of seen26's whole-call misses, as whole calls of its own
# (tests/data/calls32b/*.replies, written for the class, never an eval row), each fault with a twin:
# scores and items against tests/data/calls32b/expect.txt, reasons against reasons.txt, both run by
# tests/cli/test_calls30.sh. One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_calls32b.sh [build/callsim]
cd "$(dirname "$0")/../.." || exit 1
exec bash tests/cli/test_calls30.sh "${1:-build/callsim}" tests/data/calls32b
