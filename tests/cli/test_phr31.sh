#!/usr/bin/env bash
# Standard phrases typed with slips of input methods the grader did not model, and wordings it did not read, by
# class (helper phr31, the seen23/seen24 phrase misses), on the helper's own rows, every row held to its label:
#  tests/data/phrase_more_phr31.tsv (tuned on) and phrase_more_phr31_fresh.tsv (written with it, never tuned on),
#  CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE; and the kind of slip the verdict reports.
# 贵阳 T-GSOCCIA 001—2020 §二(一)、§二(二)、§二(三).
#   bash tests/cli/test_phr31.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_phr31: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
. tests/lib/phrase_rows.sh
phrase_rows_held tests/data/phrase_more_phr31.tsv
phrase_rows_held tests/data/phrase_more_phr31_fresh.tsv
check_slip closing "感谢您的耐心，祝您周末愉快，总见！" "总见 再见 shuangpin"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
