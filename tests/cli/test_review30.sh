#!/usr/bin/env bash
# Reviewer review30's probes of the thirtieth round's grading branches (phr30, taboo30, lecture30, insult30,
# calls30, tidy30), row by row (not a floor): tests/data/review30_probes.tsv (own rows, each batch labelled
# before its run), the rows still wrong when the round closed in tests/data/review30_open.tsv
# (tests/lib/review_probes.sh says how a row is checked). The whole-call plays of tests/data/review30_calls/
# are run by hand (their README gives each play's fair range and the figures measured).
#   bash tests/cli/test_review30.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes review30 "$callsim" 3   # 3 model-only flags on innocent rows at the close (太感谢您啦…, 您是不是觉得我很烦…, 您想问什么问什么…); the model is the lead's to retrain
# Meant for main once the round's branches are merged: on main alone (or one branch) the rows another branch fixes
# fail as "open row now judged right".
