#!/usr/bin/env bash
# Helper fix31b's classes, each fault with a twin:
#  1. whole calls of its own (tests/data/fix31b/*.replies, checked by test_calls21.sh against expect.txt):
#     crisis_selfharm's 2.12 help said as staying with the caller (我在听, 我陪着您) and the victim blamed
#     for her loss after the calming (贵阳 T-GSOCCIA 001—2020 §二(二) 2.12; 国家职业技能标准 3.2 2.4.2);
#  2. tests/data/tone_more/fix31b.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first):
#     the caller blamed for her own loss (tone_victim_blame.c), category taboo, both labels of every row.
# One line per wrong verdict, then "N passed, N failed" for both parts together.
#   bash tests/cli/test_fix31b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
. tests/lib/taboo_rows.sh
pass=0 fail=0
calls_rows tests/data/fix31b
taboo_rows_check test_fix31b "$callsim" tests/data/tone_more/fix31b.tsv "$pass" "$fail"
