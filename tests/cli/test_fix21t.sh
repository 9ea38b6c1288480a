#!/usr/bin/env bash
# Helper fix21t's classes (review21's findings), row by row on the helper's own sentences, innocent twins first
# (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6, §二(二) 2.1,
# §二(四) 4.2): tests/data/tone_more/fix21t.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo. A rude
# row must get both labels from a rule (not from the statistical tone model alone, reason tone.model); an innocent
# row flagged by the model alone is a REFER line (put to the examiner; the model is retrained by the lead only), at
# most MAX_REFER, and one flagged by a rule fails.
#   bash tests/cli/test_fix21t.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_fix21t "$callsim" tests/data/tone_more/fix21t.tsv 4
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
