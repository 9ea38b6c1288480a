#!/usr/bin/env bash
# Standard phrases by class of the seen25/seen26 phrase misses (helper phr32), on the helper's own rows, every row
# held to its label: tests/data/phrase_more_phr32.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE): shape slips of 五笔
# input (理解 typed 埋解), a refusal of the leader's number in any wording (2.7), a template slot left empty
# (2.9 是XXX吗, 2.10 请问您……), a tail that takes the phrase back; and the kind of slip the verdict reports.
# 贵阳 T-GSOCCIA 001—2020 §二(一)、§二(二)、§二(三).
#   bash tests/cli/test_phr32.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_phr32: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
. tests/lib/phrase_rows.sh
phrase_rows_held tests/data/phrase_more_phr32.tsv
tone_rows_held tests/data/phrase_more_phr32_tone.tsv
# a 五笔 slip (王/土 on G/F) is read as the shape slip it is
check_slip emotional "您的心情我非常埋解，为了更好地帮助您，请问您家是几楼？" "我非常埋解 我非常理解 handwriting"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
