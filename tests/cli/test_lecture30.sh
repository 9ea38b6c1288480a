#!/usr/bin/env bash
# Helper lecture30: lecturing and condescension toward the caller (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语;
# 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度), innocent twins first:
#  1. tests/data/tone_more/lecture30.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences), graded as category
#     taboo: a rude row must get both labels from a rule (not the statistical tone model alone), an innocent row
#     flagged by a rule fails (one flagged by the model alone is a REFER line, at most MAX_REFER);
#  2. whole calls of its own (tests/data/lecture30/expect.txt), checked by test_calls21.sh.
# One line per wrong verdict, then "N passed, N failed" for both parts together.
#   bash tests/cli/test_lecture30.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/calls_rows.sh
pass=0 fail=0
taboo_rule_rows test_lecture30 "$callsim" tests/data/tone_more/lecture30.tsv 2
calls_rows tests/data/lecture30
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
