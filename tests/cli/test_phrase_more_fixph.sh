#!/usr/bin/env bash
# Phrase verdicts on helper fixph's own rows (issue #11), by class of the seen4/5/6 phrase misses:
# rude tails on a phrase (a lecture on next time, the agent's own weariness, the caller's speech
# blamed, 这回听明白了吧, 这么简单…), a required part absent or left empty (2.11 one consequence,
# 2.7(2) no way on, 2.15 no remedy, 应该是 with nothing after), and open paraphrases of the parts.
# 1. tests/data/phrase_more_fixph.tsv (written before the fixes; the fixes were made on it): held
#    to precision and recall 0.95 (before any fix 0.661 / 0.683).
# 2. tests/data/phrase_more_fixph_fresh.tsv (written after the fixes, never tuned on): printed as
#    the carry-over measure, not held to a bar (first measured: precision 0.929, recall 0.867;
#    0.907 / 0.867 after next_time_order was narrowed on own procedure tips, 下次打电话记得先拨区号).
#   bash tests/cli/test_phrase_more_fixph.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/phrase_more.sh
phrase_more_test fixph "$callsim"
