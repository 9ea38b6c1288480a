#!/usr/bin/env bash
# Helper fix34a's classes of review34's insult misreadings, own rows with innocent twins in
# tests/data/tone_more/fix34a.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of every
# row (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; 呼叫服务员职业标准(试行) 五级 三(一)2):
#  1. a dull word said of a machine, a number of people who do not know a thing, a rude word explained, 爬 with a
#     thing climbed are aimed at no caller: clean; the same words at the caller stay insults;
#  2. 什么玩意儿 at what the caller sent is a 禁忌语, not an insult;
#  3. the caller's origin made a name with 佬 / 仔 (你们这些北佬), a disability thrown back as a name (哑巴还打什么电话):
#     insults; the agent's own group, a third party and a kind of person served stay clean; harm wished on the caller
#     (您就在家饿着吧, 你就等着…死…吧) is an insult, a care with 别 / 不 / 免得 before the harm is not.
# A rude row must get its labels from a rule, not the statistical tone model alone. One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix34a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
# an innocent row the statistical tone model alone flags (您就…吧 read as 语气不当) is put to the examiner, never a
# failed call: counted apart (taboo_refer_bound), at most 4; a rule's flag on one fails
taboo_rule_rows test_fix34a "$callsim" tests/data/tone_more/fix34a.tsv 4
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
