#!/usr/bin/env bash
# Helper calls22's classes of whole-call misses of the open sets, each fault with a competent twin:
#  1. whole calls of its own (vip_call's greeting without the surname, silent_line's impatient own-words
#     prompt, off_topic's 开奖 in a refusal, bad_attitude's colleague excused), tests/data/calls22/expect.txt,
#     checked by test_calls21.sh;
#  2. tests/data/tone_more/calls22.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first):
#     the colleague complained of excused to the caller is 推诿 (贵阳 §二(二) 2.9 不推脱; 国家职业技能标准 3.1),
#     category taboo, both labels of every row.
# One line per wrong verdict, then "N passed, N failed" for both parts together.
#   bash tests/cli/test_calls22.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
. tests/lib/taboo_rows.sh
pass=0 fail=0
calls_rows tests/data/calls22
taboo_rows_check test_calls22 "$callsim" tests/data/tone_more/calls22.tsv "$pass" "$fail"
