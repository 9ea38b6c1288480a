#!/usr/bin/env bash
# Helper fix32b's classes F, G, H of review32's findings (tests/data/fix32b_probes.tsv, own sentences, innocent twins
# first), row by row as a reviewer's probes (tests/lib/review_probes.sh):
#  F dialect standard parts (冇得 = 没, 有啥要咨询的, …是X不？) and 好不好 after an apology are accepted;
#  G a name pinned on the caller as a tautology (骗子就是骗子), illiteracy in an idiom (大字不识一个) are insults;
#  H an ultimatum idiom (过时不候) and 你说你是不是故意的 are 禁忌语.
# 贵阳 T-GSOCCIA 001—2020 §二(一) 1.1, 1.3, §二(二) 2.1, 2.2, 2.5, 2.10, §二(三)6, §二(四) 4.2.
#   bash tests/cli/test_fix32b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
. tests/lib/review_probes.sh
review_probes fix32b "$callsim" 0
