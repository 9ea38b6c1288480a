#!/usr/bin/env bash
# Helper calls35a's classes of whole-call under-charges of the retired seen31 plays, each fault with a twin:
#  1. whole calls of its own (tests/data/calls35a/expect.txt, checked by test_calls21.sh): an answer sent after
#     the 等待后用语 in a message of its own, with a 禁忌语, halved; a takeover said with a colleague run down halved;
#  2. tests/data/tone_more/calls35a.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first): a
#     colleague run down to excuse a fault (新来的 / 实习生 / 业务不熟) is a 禁忌语 (贵阳 §二(二) 2.9 不推脱;
#     呼叫服务员职业标准(试行) 五级 三(一)2), category taboo, both labels of every row.
# One line per wrong verdict, then "N passed, N failed" for both parts together.
#   bash tests/cli/test_calls35a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
. tests/lib/taboo_rows.sh
pass=0 fail=0
calls_rows tests/data/calls35a
taboo_rows_check test_calls35a "$callsim" tests/data/tone_more/calls35a.tsv "$pass" "$fail"
