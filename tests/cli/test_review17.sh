#!/usr/bin/env bash
# Reviewer review17's probes of the seventeenth round's grading branches, row by row (not a floor):
# tests/data/review17_probes.tsv, the rows still wrong when the round closed in tests/data/review17_open.tsv
# (tests/lib/review_probes.sh says how a row is checked).
#   bash tests/cli/test_review17.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes review17 "$callsim" 2
