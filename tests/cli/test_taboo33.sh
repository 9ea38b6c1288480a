#!/usr/bin/env bash
# Helper taboo33's classes of 禁忌语 read by structure and stance rather than a writer's words (a retort "nobody is
# forcing you", the caller's complaint echoed then a remedy of their own thrown back with 呗, the caller ordered to
# stop as a question, our side reduced to a narrow role to disown the matter, the caller reproached for wanting after
# not doing their part, an order with 少 and us as its object, the complaint mocked as our absurd intent, the reason
# for calling made light of, mock awe in a rhetorical question) and their innocent twins:
#   tests/data/tone_more/taboo33.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocent twins first), graded
#   as category taboo: both labels, a rude row caught by a rule (not by the tone model alone); an innocent row the
#   tone model alone flags is put to the examiner (at most MAX_REFER: four, 您自己到店里看看呗, 咱能不能别跟我客气了 and
#   the two sincere 了不起 rows, which only a retrained tone model can clear).
# 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度.
#   bash tests/cli/test_taboo33.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_taboo33: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
MAX_REFER=4
pass=0 fail=0
taboo_rule_rows test_taboo33 "$callsim" tests/data/tone_more/taboo33.tsv "$MAX_REFER"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
