#!/usr/bin/env bash
# Helper dev34's classes from the dev34 plays:
#  1. whole calls of its own (tests/data/dev34/*.replies: the special close said rudely, 2.7(2) said rudely or in own
#     words, 2.17 said before the complaint), scores and items against tests/data/dev34/expect.txt (test_calls21.sh);
#  2. tests/data/tone_more/dev34.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own
# sentences, innocents first), category taboo, both labels of every row: a pledge 您的事就是我的事 kept from the tone
# model, its push-off twins still 禁忌语.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_dev34.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
. tests/lib/taboo_rows.sh
pass=0 fail=0
calls_rows tests/data/dev34
taboo_rows_check test_dev34 "$callsim" tests/data/tone_more/dev34.tsv "$pass" "$fail"
