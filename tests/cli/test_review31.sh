#!/usr/bin/env bash
# Reviewer review31's probes of the thirty-first round's grading branches (taboo31, insult31, phr31, calls31,
# tidy31, speed31), row by row (not a floor): tests/data/review31_probes.tsv (own rows in two batches, each
# labelled before its run), the rows still wrong when the round closed in tests/data/review31_open.tsv
# (tests/lib/review_probes.sh says how a row is checked). The whole-call plays of tests/data/review31_calls/
# are run by hand (their README gives each play's fair range and the figures measured).
#   bash tests/cli/test_review31.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes review31 "$callsim" 0   # no innocent row flagged by the tone model alone at the close
# Meant for main once the round's branches are merged: on main alone (or one branch) the rows another branch fixes
# fail as "open row now judged right".
