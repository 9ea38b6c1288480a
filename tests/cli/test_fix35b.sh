#!/usr/bin/env bash
# fix35b's own sentences (tests/data/tone_more/fix35b.tsv), review35's misses read as classes (grading/tone_fix35b.c):
# a question at the caller whose answer is a reproach (的时候咋不积极呢？ / 哪有这好事 / 也叫冷？ / 您着急别人就不着急了？),
# the caller's trouble turned back (肯定是你服务有问题), mock praise of spending (您可真大方，一转就是二十万) — 禁忌语,
# 呼叫服务员职业标准(试行) 五级 三(一)2, 贵阳 T-GSOCCIA 001—2020 §二(三)6 — and a name of scorn pinned on the caller
# (韭菜脑袋, 你们这些外地佬, 你个败家子) — insult, §二(二) 2.1. Real questions, comfort, self-blame, 韭菜 the vegetable and
# 打工佬 said with fellow feeling stay clean. Innocent rows first; a rude row must get both labels from a rule, an
# innocent row flagged by a rule fails (tests/lib/taboo_rows.sh).
#   bash tests/cli/test_fix35b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_fix35b "$callsim" tests/data/tone_more/fix35b.tsv 0
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
