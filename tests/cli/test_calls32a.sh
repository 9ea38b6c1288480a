#!/usr/bin/env bash
# Helper calls32a's classes of seen25's whole-call misses, each fault with a twin:
#  1. whole calls of its own (tests/data/calls32a/*.replies: 特殊处理 1's question said before any 开篇语, a record
#     filed before the dictation, the victim reproached in the safety line, the wait called normal after 2.16, the
#     record reported done for the caller), scores and items against tests/data/calls32a/expect.txt (test_calls21.sh);
#  2. tests/data/tone_more/calls32a.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first),
#     category taboo, both labels of every row.
# One line per wrong verdict, then "N passed, N failed" for both parts together.
#   bash tests/cli/test_calls32a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
. tests/lib/taboo_rows.sh
pass=0 fail=0
calls_rows tests/data/calls32a
taboo_rows_check test_calls32a "$callsim" tests/data/tone_more/calls32a.tsv "$pass" "$fail"
