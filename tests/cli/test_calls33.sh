#!/usr/bin/env bash
# Standard phrases by class of the seen27/seen28 phrase misses (helper calls33), on the helper's own rows, every row
# held to its label: tests/data/phrase_more_calls33.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE): the apology typed as
# the pinyin initials of 对不起 (dbq), 2.6's explaining again said with 讲, 1.2's check said with 给您,
# 2.4 with the caller addressed as 同学/老师 (a campus line's titles);
# tests/data/tone_more/calls33.tsv: a curse at the agent's own machine with 烂 (tone_junk_own_thing).
# 贵阳 T-GSOCCIA 001—2020 §二(一) 1.2、§二(二) 2.6, 2.14, 2.17, 2.18.
#   bash tests/cli/test_calls33.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_calls33: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
. tests/lib/phrase_rows.sh
phrase_rows_held tests/data/phrase_more_calls33.tsv
# a curse at the agent's own machine with 烂 is 禁忌语, no insult; innocent twins (烂尾楼, 烂摊子, 烂了 said of goods)
tone_rows_held tests/data/tone_more/calls33.tsv
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
