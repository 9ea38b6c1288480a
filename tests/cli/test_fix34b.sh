#!/usr/bin/env bash
# Helper fix34b's classes of review34's findings, own rows with innocent twins first in
# tests/data/tone_more/fix34b.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of
# every row: a caring clause (a care instruction, a step on a machine warned off, the agent in no hurry, a guess at
# a broken thing or a question at the caller met at once by reassurance and an offer) is read alike by the tone model
# and the clause rules and is no 禁忌语, nor is an animal kept off (别让它进) (贵阳 T-GSOCCIA 001—2020 §二(二) 2.12, 2.13,
# 2.16); the same question with scorn instead of an offer, the caller's question handed back in Cantonese (我問邊個)
# and the caller's text called 什么东西 and turned away stay 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2; §二(三)6).
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix34b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
taboo_rows_check test_fix34b "$callsim" tests/data/tone_more/fix34b.tsv 0 0
