#!/usr/bin/env bash
# The lead's own sentences of stop 35 (tests/data/tone_more/lead35.tsv): 挂到 / 晒到 with nothing public after them
# (a number booked into next week, a key hung on a hook) is no threat of exposure; with 网上 / 群里 / 朋友圈 / 公告栏
# it still is and fails the call (贵阳 T-GSOCCIA 001—2020 §二(三)6, §二(四)4.2). Innocent rows first; a rude row must
# get both labels from a rule, an innocent row flagged by a rule fails (tests/lib/taboo_rows.sh).
#   bash tests/cli/test_lead35.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_lead35 "$callsim" tests/data/tone_more/lead35.tsv 0
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
