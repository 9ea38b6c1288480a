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
command -v jq >/dev/null || { echo "test_phrase_more_fixph9: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
graded() {   # FILE -> the rows with the grader's verdict (0/1) as a fifth column
    local data got
    data=$(grep -v '^#' "$1" | grep -v '^$')
    got=$(printf '%s\n' "$data" | cut -f1,3 | "$callsim" grade-phrase --batch | jq -r 'if .match then 1 else 0 end') || return 1
    [ "$(printf '%s\n' "$data" | wc -l)" -eq "$(printf '%s\n' "$got" | wc -l)" ] || return 1
    paste <(printf '%s\n' "$data") <(printf '%s\n' "$got")
}
figures() {   # graded rows on stdin, SHOW -> "n precision recall tp fp fn"; misses on stderr when SHOW
    awk -F'\t' -v show="$1" '
      { e = $2 == "1"; g = $5 == "1"; tp += e && g; fp += g && !e; fn += e && !g; n++
        if (show && e != g) printf "miss %s %s expected %s got %s: %s\n", $4, $1, $2, $5, $3 > "/dev/stderr" }
      END { printf "%d %.3f %.3f %d %d %d\n", n, tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1, tp, fp, fn }'
}
rows=$(graded tests/data/phrase_more_fixph9.tsv) \
    || { echo "test_phrase_more_fixph9: grade-phrase failed"; echo "0 passed, 1 failed"; exit 1; }
read -r n p r tp fp fn < <(printf '%s\n' "$rows" | figures 1)
echo "phrase_more_fixph9: $n rows, precision $p, recall $r (tp $tp fp $fp fn $fn)"
if awk -v p="$p" -v r="$r" 'BEGIN { exit !(p >= 0.95 && r >= 0.95) }'; then pass=$((pass + 1))
else fail=$((fail + 1)); echo "FAIL phrase_more_fixph9 below the bar (precision 0.95, recall 0.95)"; fi
# each class on its own: 0.9 of its rows graded as labelled
while read -r class right total; do
    if awk -v a="$right" -v t="$total" 'BEGIN { exit !(a >= 0.9 * t) }'; then pass=$((pass + 1))
    else fail=$((fail + 1)); echo "FAIL class $class: $right of $total rows right (bar 0.9)"; fi
done < <(printf '%s\n' "$rows" | awk -F'\t' '{ c = $4; sub(/;.*/, "", c); sub(/^class=/, "", c); t[c]++; ok[c] += ($2 == $5) }
                                            END { for (c in t) print c, ok[c], t[c] }' | sort)
rows=$(graded tests/data/phrase_more_fixph9_fresh.tsv) \
    || { echo "test_phrase_more_fixph9: grade-phrase failed on the fresh rows"; fail=$((fail + 1)); echo "$pass passed, $fail failed"; exit 1; }
read -r n p r tp fp fn < <(printf '%s\n' "$rows" | figures 0)
echo "phrase_more_fixph9_fresh (measured, not tuned): $n rows, precision $p, recall $r (tp $tp fp $fp fn $fn)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
