#!/usr/bin/env bash
# Helper fix32a's classes of review32's precision findings (tests/data/tone_more/fix32a.tsv, taboo<TAB>insult<TAB>
# kind<TAB>text, own sentences, innocent twins first, graded as category taboo: both labels, a rude row caught by a rule):
#  A. 俺 / 俺们 and 额 opening its clause with a subject's word after it are the agent, read as 我 (grading/dialect_me.c):
#     self-deprecation in dialect insults no one; 额看你就是个… still does;
#  B. a rude word naming a thing listed (、), counted (三个) or joined (和) with other things, in a clause naming no
#     caller, is the thing's name (grading/phrase_match.c thing_among_things): 河蚌、王八、泥鳅 / 滚钩、地笼;
#  C. the caller's judgement of themself said back (您说自己是个废物) is a quote (grading/words_self_said.c);
#  D. a state of mind denied then named normal (您没疯，只是…) and 咋咧/咋了 asked with comfort are not given to the
#     tone model (the rules still read them).
# 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1; §二(三)6 注意通话语气和态度; 国家职业技能标准 呼叫中心服务员 3.1 不用禁忌语.
#   bash tests/cli/test_fix32a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix32a: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_fix32a "$callsim" tests/data/tone_more/fix32a.tsv 0
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
