#!/usr/bin/env bash
# Helper calls35b's class: sympathy said as "anyone would feel bad" (搁谁都不得劲, 换谁心里都不得劲) is no rhetorical
# "who could" (谁听得清) at the caller — 不得劲 is an adjective, not a potential complement — and the "who could"
# reproaches stay 禁忌语. Own rows with innocents first in tests/data/tone_more/calls35b.tsv
# (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of every row (贵阳 T-GSOCCIA
# 001—2020 §二(二) 2.12; 呼叫服务员职业标准(试行) 五级 三(一)2; §二(三)6). One line per wrong verdict, then
# "N passed, N failed".
#   bash tests/cli/test_calls35b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
taboo_rows_check test_calls35b "$callsim" tests/data/tone_more/calls35b.tsv 0 0
