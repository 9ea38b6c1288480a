#!/usr/bin/env bash
# Helper taboo35's classes, own rows with innocent twins first in tests/data/tone_more/taboo35.tsv
# (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of every row: a word of a dull mind in
# a thing's compound (傻瓜式扫地机) and the agent's own question about a thing answered at once (…是社保卡吗？不是，…)
# are no 禁忌语; 蠢 before a pet that did something is 禁忌语 but no insult of the caller (贵阳 T-GSOCCIA 001—2020
# §二(二) 2.1); the caller named or likened, or the same question shape aimed at the caller with a rebuke after it,
# stay as they were (呼叫服务员职业标准(试行) 五级 三(一)2; 贵阳 §二(三)6).
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_taboo35.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
taboo_rows_check test_taboo35 "$callsim" tests/data/tone_more/taboo35.tsv 0 0
