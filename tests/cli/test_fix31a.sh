#!/usr/bin/env bash
# Helper fix31a's findings, as classes (tests/data/tone_more/fix31a.tsv, taboo<TAB>insult<TAB>kind<TAB>text, own
# sentences, innocent twins first, graded as category taboo: both labels, a rude row caught by a rule):
#  1. courtesy in an earlier clause (麻烦您…好吗) no longer shields 我再说最后一遍 in a later one: a complete phrase
#     whose category's "not" cue is in the reply protects nothing (grading/phrase_match.c protect_parts);
#  2. the caller told they are no bother (别觉得打扰我们) or need not tell it well (您跟我说不清楚也没关系), and a
#     question about the language with help in another language offered, are not 打发 / 推诿 / 反问;
#  3. 尼玛 as a Tibetan given name (a title after it, 叫/找/同事 before it) is no curse.
#  4. Henan 恁 / Min 汝 opening a clause with a verb, copula or adverb after it is the caller, read as 您
#     (grading/dialect_you.c); 恁大, 恁多 ("so") and 汝州 (a place) are not.
# 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度; 国家职业技能标准 呼叫中心服务员 3.1 不用禁忌语.
#   bash tests/cli/test_fix31a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix31a: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_fix31a "$callsim" tests/data/tone_more/fix31a.tsv 0
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
