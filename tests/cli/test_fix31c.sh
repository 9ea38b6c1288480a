#!/usr/bin/env bash
# Fixer fix31c's classes of review31 H (one fault charged through several items), as whole calls of its
# own (tests/data/fix31c/*.replies, written for the class, never an eval or review row), each fault with
# a twin: scores and items against tests/data/fix31c/expect.txt, reasons against reasons.txt, both run by
# tests/cli/test_calls30.sh. One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix31c.sh [build/callsim]
cd "$(dirname "$0")/../.." || exit 1
exec bash tests/cli/test_calls30.sh "${1:-build/callsim}" tests/data/fix31c
