#!/usr/bin/env bash
# Helper tidy34: the rules that search their clause's joined text read all of it, however long
# (tests/data/tidy34_probes.tsv, own sentences, innocent twins first): the words that decide the verdict stand past
# the 256th byte of one long clause, where a copy into a 256-byte buffer (tone_joined) no longer reached them.
# 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度.
#   bash tests/cli/test_tidy34.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes tidy34 "$callsim" 0
