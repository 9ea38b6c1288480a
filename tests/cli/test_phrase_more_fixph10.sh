#!/usr/bin/env bash
# Phrase verdicts on helper fixph10's own rows (issue #11), by class of the seen9/seen10 phrase
# misses: the silent-line close without 无法为您服务 (or said as 没法为您办理, 请您稍后再拨); a whole
# sentence said twice (mindless repetition) and 1.3's own doubled 您好请讲; a required part in northern
# and older agents' words (等了这么长时间, 听着, 安静地儿, 不大对, 再对一下, 再唠一遍, 瞅一眼, 答不上来), in
# the English Singapore/Malaysia desks mix in (can hear, check, transfer, contact number, hold, help,
# loud, repeat, no problem, sorry), in Gen-Z wording (一下下, 需要的话我再解释); and their negatives.
# 1. tests/data/phrase_more_fixph10.tsv (five rounds, each written before its fixes; the fixes were
#    made on it): held to precision and recall 0.95 overall and to 0.9 of each class's rows right.
#    Before round 1: silent 6/10, twice 3/10, north 16/27, sg 2/8, genz 2/2 right; before round 2:
#    north2 16/19, sg2 6/12, genz2 8/8 (rounds 1-2 before: precision 0.820, recall 0.658); before
#    round 3: genz3 6/9, shandong3 7/9, beijing3 4/4, sg3 7/8 (precision 1.000, recall 0.778); before
#    round 4: extra4 9/15 (precision 0.455: a phrase taken back or contradicted was accepted).
#    Round 5 (wide5) was written as a fresh batch over every category after round 4 and graded once
#    (precision 1.000, recall 0.900: transfer_failed and wrong_number in Singapore English, and one
#    label slip of the writer), then fixed and moved here.
# 2. tests/data/phrase_more_fixph10_fresh.tsv (four batches, each written after its round's fixes and
#    graded once, never tuned on): printed as the carry-over measure, not held to a bar. First
#    measured: batch 1 28 of 28 right, batch 2 22 of 22, batch 3 13 of 13, batch 4 11 of 11 (the
#    same writer: an upper bound for a new one).
#   bash tests/cli/test_phrase_more_fixph10.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/phrase_more.sh
phrase_more_test fixph10 "$callsim" --classes
