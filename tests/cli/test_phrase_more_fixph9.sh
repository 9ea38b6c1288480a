#!/usr/bin/env bash
# Phrase verdicts on helper fixph9's own rows (issue #11), by class of the seen3/5/7/8 phrase misses:
# a required part said in the regional words of the writer's desk (莫客气, 再说一道, 莫挂, 我晓得,
# 声音都莫得, 等了老半天, 歹势, 华语 …), in another order (一点声音都没有, 讲得不对, 是X不是Y), in an
# older agent's words (劳您驾, 多担待, 对不住您嘞, 电话别撂); and their negatives: a part missing,
# a grudging or rude reply in the same words, the template, another category's phrase.
# 1. tests/data/phrase_more_fixph9.tsv (three rounds, each written before its fix; the fixes were
#    made on it): held to precision and recall 0.95 overall and to 0.9 of each class's rows right
#    (before round 1: precision 0.985, recall 0.641, region 47/71, oldhand 16/24, order 3/8 right;
#    before round 2: trainee 10/11, twhk 10/11, grudging2 5/6; before round 3: region3 19/36).
# 2. tests/data/phrase_more_fixph9_fresh.tsv (three batches, each written after a fix and graded
#    once, never tuned on): printed as the carry-over measure, not held to a bar. First measured:
#    batch 1 precision 0.979, recall 0.902; batch 2 24 of 25 right; batch 3 precision 1.000, recall
#    0.857 (two of its three misses are tone-model flags on 声儿 and 听不懂白话, one a part).
#   bash tests/cli/test_phrase_more_fixph9.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/phrase_more.sh
phrase_more_test fixph9 "$callsim" --classes
