#!/usr/bin/env bash
# The lead's own sentences of stop 36 (tests/data/tone_more/lead36.tsv): 小狗都能听懂口令 after the reply has talked of
# a dog trainer, a pet hospital or a circus tells what the animals can do, no insult; 猪都会点退款了 with no animal talk
# before it still ranks the caller below a beast and fails the call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四)4.2).
# Innocent rows first; a rude row must get both labels from a rule, an innocent row flagged by a rule fails
# (tests/lib/taboo_rows.sh).
#   bash tests/cli/test_lead36.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
# the tone model alone puts three of the innocents to the examiner (confidence 0.6, no fail): counted, at most 3
taboo_rule_rows test_lead36 "$callsim" tests/data/tone_more/lead36.tsv 3
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
