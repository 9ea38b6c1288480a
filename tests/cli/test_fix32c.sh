#!/usr/bin/env bash
# Helper fix32c's classes of the whole-call misses seen25/seen26 kept after calls32a/calls32b, each fault with a twin:
#  1. whole calls of its own (tests/data/fix32c/*.replies: a dismissal split by a comma read as 2.11, the agent's own
#     side doing the work read as 您自己看着办 by the tone model, the caller scolded for chatting on the line), scores
#     and items against tests/data/fix32c/expect.txt (test_calls21.sh);
#  2. tests/data/tone_more/fix32c.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocents first),
#     category taboo, both labels of every row;
#  3. tests/data/fix32c/phrases.tsv (category<TAB>want<TAB>text): a gap of a phrase pattern stays out of a clause
#     with a subject of its own.
# One line per wrong verdict, then "N passed, N failed" for all parts together.
#   bash tests/cli/test_fix32c.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
. tests/lib/taboo_rows.sh
pass=0 fail=0
calls_rows tests/data/fix32c
phrase_rows_checked "$callsim" tests/data/fix32c/phrases.tsv
taboo_rows_check test_fix32c "$callsim" tests/data/tone_more/fix32c.tsv "$pass" "$fail"
