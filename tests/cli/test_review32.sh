#!/usr/bin/env bash
# Reviewer review32's probes of main (29050c9), row by row (not a floor): tests/data/review32_probes.tsv (397 own
# rows in voices not used before — Henan/Shandong, Shaanxi/Gansu, Hunan/Jiangxi, Hainan/Guangxi Mandarin, an older
# rural register, a stammer, long polite run-ons — on funeral, 12348 legal-aid, mental-health, lottery, fishing-licence
# and postal-savings lines; two batches, each labelled before its run), the rows still wrong in tests/data/review32_open.tsv
# (tests/lib/review_probes.sh says how a row is checked).
#   bash tests/cli/test_review32.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes review32 "$callsim" 0   # every innocent row the tone model alone flags is an open row
