#!/usr/bin/env bash
# Reviewer review21's probes of the twenty-first round's grading branches (phr21, taboo21, open21, calls21,
# calls22, tidy21), row by row (not a floor): tests/data/review21_probes.tsv (323 own rows, each batch labelled
# before its run), the rows still wrong when the round closed in tests/data/review21_open.tsv
# (tests/lib/review_probes.sh says how a row is checked).
#   bash tests/cli/test_review21.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes review21 "$callsim" 5   # 5 model-only flags measured at the close (README: a retrain is open)
