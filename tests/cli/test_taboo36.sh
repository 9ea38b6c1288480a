#!/usr/bin/env bash
# Helper taboo36's classes, own rows with innocent twins first in tests/data/tone_more/taboo36.tsv
# (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of every row: the caller's claim met by
# a retort about their standing (我凭啥给您查, 不是您家开的), the agent's patience announced spent (我最后说一遍), the
# caller's haste put down to being broke (是不是家里揭不开锅了？), the caller told beforehand they will not understand
# in a region's verb (跟您讲您也整不明白) are 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2; 贵阳 T-GSOCCIA 001—2020
# §二(三)6); talking to a beast called easier than to the caller is an insult (§二(二) 2.1, §二(四) 4.2). Their
# twins — the question quoted and answered, 凭 + a document, a read-back, the caller's patience thanked, a guess
# with help, comfort after 跟您讲, animals talked of — stay clean.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_taboo36.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
taboo_rows_check test_taboo36 "$callsim" tests/data/tone_more/taboo36.tsv 0 0
