#!/usr/bin/env bash
# Helper fix36b's classes of review36's false insults, own rows with innocent twins first in
# tests/data/tone_more/fix36b.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of
# every row: the caller's own word about themself (笨, 傻, 白痴) quoted back after 您说您 / 您讲您 / 您觉得您 and
# answered with comfort is no word of the agent's at the caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1), while
# 您说您是不是傻 stays an insult; condescension about what the caller knows with no demeaning word (您一个开出租的，
# 懂什么发动机) is 禁忌语 but no insult (§二(三)6; tests/data/eval/README.md, condescension), with a name it is one.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix36b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
taboo_rows_check test_fix36b "$callsim" tests/data/tone_more/fix36b.tsv 0 0
