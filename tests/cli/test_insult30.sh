#!/usr/bin/env bash
# Helper insult30's insult classes, on the helper's own sentences, innocent twins first (贵阳 T-GSOCCIA 001—2020
# §二(二) 2.1, §二(四) 4.2; 国家职业技能标准 呼叫中心服务员 2.1.2 文明礼貌): names of dialect, net slang and the old
# register pinned on the caller (老六是吧, 你个二五眼, 不与宵小之辈计较), harm promised in a set phrase (有你好果子吃),
# worth denied from one failure (连…都…，你还能干什么), the call put down to idleness (吃饱了撑的吧).
# tests/data/tone_more/insult30.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: a rude row must
# get both labels from a rule (not from the statistical tone model alone, reason tone.model); an innocent row flagged
# by the model alone is a REFER line (put to the examiner), at most MAX_REFER (the model is retrained by the lead
# only), and one flagged by a rule fails.
#   bash tests/cli/test_insult30.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_insult30 "$callsim" tests/data/tone_more/insult30.tsv 4
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
