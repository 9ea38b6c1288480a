#!/usr/bin/env bash
# Helper taboo34's classes, read by structure and stance rather than a writer's words, and their twins: the order to shut
# the mouth itself forbidden (an instruction to keep it open), a weak sense met by medical care, the agent's own dull slip
# with the Cantonese copula 系, someone sent by us to do the telling, 滚针 a device (innocent); 推诿 by rhetorical
# helplessness closing the clause, the matter sent to its owner (找车主去), the caller's complaint thrown back (您还嫌贵啊),
# the caller's airs mocked (好大的官威), 闭嘴 and a dull sense at the caller (rude):
#   tests/data/tone_more/taboo34.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocent twins first), graded
#   as category taboo: both labels, a rude row caught by a rule (not by the tone model alone); an innocent row the
#   tone model alone flags is put to the examiner (at most MAX_REFER: two, 不要闭嘴说话就好 and 漏咗您个电话, which
#   only a retrained tone model can clear).
# 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度, §二(二) 2.1;
#   职业标准 五级 三(三)3 能够正确转接电话，寻求支持服务 (推诿: the caller left with no one to turn to).
#   bash tests/cli/test_taboo34.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_taboo34: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
MAX_REFER=2
pass=0 fail=0
taboo_rule_rows test_taboo34 "$callsim" tests/data/tone_more/taboo34.tsv "$MAX_REFER"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
