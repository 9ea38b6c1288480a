#!/usr/bin/env bash
# Helper calls31's classes of whole-call misses of the retired seen sets, as whole calls of its own
# (tests/data/calls31/*.replies, written for the class, never an eval row), each fault with a twin:
# scores and items against tests/data/calls31/expect.txt, reasons against tests/data/calls31/reasons.txt,
# both run by tests/cli/test_calls30.sh. One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_calls31.sh [build/callsim]
cd "$(dirname "$0")/../.." || exit 1
exec bash tests/cli/test_calls30.sh "${1:-build/callsim}" tests/data/calls31
