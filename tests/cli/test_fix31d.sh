#!/usr/bin/env bash
# Helper fix31d's classes from review31's findings D, E, C, A (tests/data/tone_more/fix31d.tsv, own sentences, innocent
# twins first; taboo<TAB>insult<TAB>kind<TAB>text graded as category taboo: both labels, a rude row caught by a rule,
# not by the tone model alone):
#  D a curse at the agent's own machine said after the breakdown (这破电脑又死机了，该死) is 禁忌语, no sarcasm at the
#    caller; a name-word inside a product's name or defined as a kind (傻瓜相机, X是一种…) names no one;
#  E the caller let be brief (长话短说也不要紧 / 就行) is a permission, no order to hurry;
#  C a north-eastern word for a daft head as its own clause (彪乎乎的), the caller sent back to school (回家多读点书吧);
#  A a bare command at the caller (把…报过来, 你必须…) with no 请/麻烦/您/好吗 is 命令式 禁忌语.
# 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(三) 6, §二(四) 4.2; tests/data/eval/README.md label rules.
# MAX_REFER 1: 您长话短说也不要紧… is clean by the rules; the statistical tone model alone still reads 长话短说 as
# impatience (put to the examiner, never fails a call) until the lead retrains it.
#   bash tests/cli/test_fix31d.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix31d: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
MAX_REFER=1
pass=0 fail=0
taboo_rule_rows test_fix31d "$callsim" tests/data/tone_more/fix31d.tsv "$MAX_REFER"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
