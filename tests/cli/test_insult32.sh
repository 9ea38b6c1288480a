#!/usr/bin/env bash
# Helper insult32's insult classes, on the helper's own sentences, innocent twins first (贵阳 T-GSOCCIA 001—2020
# §二(二) 2.1, §二(四) 4.2): a threat in own words (你等着，我查得到你家住址), origin as contempt (农村来的吧，这都不懂),
# the caller likened to a thing or a child (你是块木头哇), feigning scolded (别给我耍无赖), a regional curse at the caller
# (搞锤子，你到底要哪个), the mind called unsound to a third party (此人脑子不正常); and no insult for a swear about a
# thing (我靠，您这单号少了一位) or 老子 aimed at nobody (老子今天加班到十点了).
# tests/data/tone_more/insult32.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: a rude row must
# get both labels from a rule (not from the statistical tone model alone, reason tone.model); an innocent row flagged
# by the model alone is a REFER line (put to the examiner), at most MAX_REFER (the model is retrained by the lead
# only), and one flagged by a rule fails.
#   bash tests/cli/test_insult32.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_insult32 "$callsim" tests/data/tone_more/insult32.tsv 4
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
