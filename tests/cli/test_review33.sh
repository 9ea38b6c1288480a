#!/usr/bin/env bash
# Reviewer review33's probes of main (d6d4473b), row by row (not a floor): tests/data/review33_probes.tsv (348 own
# rows in voices not used before — Beijing 京片子, Wuhan, Nanjing/Jianghuai, an ex-bank-teller formal register — on
# airport lost-and-found, blood-donation, elderly home-care, public-library and zoo/museum booking lines; two
# batches, each labelled before its run), the rows still wrong in tests/data/review33_open.tsv
# (tests/lib/review_probes.sh says how a row is checked).
#   bash tests/cli/test_review33.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes review33 "$callsim" 0   # every innocent row the tone model alone flags is an open row
