#!/usr/bin/env bash
# Helper insult31's insult classes, on the helper's own sentences, innocent twins first (贵阳 T-GSOCCIA 001—2020
# §二(二) 2.1, §二(四) 4.2; 国家职业技能标准 呼叫中心服务员 2.1.2 文明礼貌): a dull word said of the caller (你瓜得很),
# the caller's head out of order (你脑壳昏了嗦), Chinese not understood (你是听不懂中文吗), names built on a word of scorn
# (你个糊涂鬼), the person held too poor (就你这长相还想…), violence promised (阿拉弄侬), set words (要点脸, 爬远些).
# tests/data/tone_more/insult31.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: a rude row must
# get both labels from a rule (not from the statistical tone model alone, reason tone.model); an innocent row flagged
# by the model alone is a REFER line (put to the examiner), at most MAX_REFER (the model is retrained by the lead
# only), and one flagged by a rule fails.
#   bash tests/cli/test_insult31.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_insult31 "$callsim" tests/data/tone_more/insult31.tsv 4
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
