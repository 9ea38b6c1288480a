#!/usr/bin/env bash
# Helper tidy33: the rules that read the whole reply read all of it, however long (tests/data/tidy33_probes.tsv,
# own sentences, innocent twins first): the words that decide the verdict stand after 600 characters of innocent
# text, where a copy into a fixed buffer (tone_joined into 512 bytes) no longer reached them.
# 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(三)6, §二(四) 4.2.
#   bash tests/cli/test_tidy33.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes tidy33 "$callsim" 0
