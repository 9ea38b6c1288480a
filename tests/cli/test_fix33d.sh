#!/usr/bin/env bash
# Helper fix33d's rows: care and praise that taboo33's and calls33's rules read as 禁忌语 (comfort put as 能不能别伤心了,
# praise of the caller helping others, a stop-gap tip beside our own fix, 又没人催您 with patience after, 好像我们故意…
# with empathy or help after, 我只是个值班的 with our own act after, 烂 + a thing that is no machine) and their rude twins,
# which the rules still read: tests/data/tone_more/fix33d.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences),
# graded as category taboo (tests/lib/taboo_rows.sh); an innocent row the tone model alone flags is put to the examiner
# (at most MAX_REFER: four — 别自责了, 先用手机流量呗, 又没人逼您 and 只是个值班的 — which only a retrained tone model can clear). 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅;
# 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度.
#   bash tests/cli/test_fix33d.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix33d: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
MAX_REFER=4
pass=0 fail=0
taboo_rule_rows test_fix33d "$callsim" tests/data/tone_more/fix33d.tsv "$MAX_REFER"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
