#!/usr/bin/env bash
# Helper fix33c's classes on its own sentences, innocent twins first (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1): 逼 the
# verb 'to force' with a person object or 着/得 (没有谁会逼您马上签字) is no curse, while 你个逼 / 装什么逼 still fail;
# mock awe beside a retaliation vowed (我也骂侬，有啥了不起) is an insult a 禁忌语 label must not take over.
# tests/data/tone_more/fix33c.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: a rude row must get
# both labels from a rule; an innocent row flagged by the model alone is a REFER line, at most 1.
#   bash tests/cli/test_fix33c.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_fix33c "$callsim" tests/data/tone_more/fix33c.tsv 1
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
