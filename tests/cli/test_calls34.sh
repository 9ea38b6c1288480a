#!/usr/bin/env bash
# 2.18(2) said in the trainee's own words as the desk being busy (helper calls34), on the helper's own rows, every row
# held to its label: tests/data/phrase_more_calls34.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE). 贵阳 T-GSOCCIA
# 001—2020 §二(二) 2.18(2) 转接不成功时用语 (由于话务正忙，暂时不能帮您转接).
#   bash tests/cli/test_calls34.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_calls34: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
. tests/lib/phrase_rows.sh
phrase_rows_held tests/data/phrase_more_calls34.tsv
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
