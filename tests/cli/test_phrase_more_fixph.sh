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
command -v jq >/dev/null || { echo "test_phrase_more_fixph: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
figures() {   # FILE -> "n precision recall tp fp fn", and one FAIL line per miss on stderr
    local data got
    data=$(grep -v '^#' "$1" | grep -v '^$')
    got=$(printf '%s\n' "$data" | cut -f1,3 | "$callsim" grade-phrase --batch | jq -r 'if .match then 1 else 0 end') || return 1
    paste <(printf '%s\n' "$data") <(printf '%s\n' "$got") | awk -F'\t' -v show="$2" '
      { e = $2 == "1"; g = $5 == "1"; tp += e && g; fp += g && !e; fn += e && !g; n++
        if (show && e != g) printf "miss %s %s expected %s got %s: %s\n", $4, $1, $2, $5, $3 > "/dev/stderr" }
      END { printf "%d %.3f %.3f %d %d %d\n", n, tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1, tp, fp, fn }'
}
read -r n p r tp fp fn < <(figures tests/data/phrase_more_fixph.tsv 1) \
    || { echo "test_phrase_more_fixph: grade-phrase failed"; echo "0 passed, 1 failed"; exit 1; }
echo "phrase_more_fixph: $n rows, precision $p, recall $r (tp $tp fp $fp fn $fn)"
if awk -v p="$p" -v r="$r" 'BEGIN { exit !(p >= 0.95 && r >= 0.95) }'; then pass=$((pass + 1))
else fail=$((fail + 1)); echo "FAIL phrase_more_fixph below the bar (precision 0.95, recall 0.95)"; fi
read -r n p r tp fp fn < <(figures tests/data/phrase_more_fixph_fresh.tsv 0)
echo "phrase_more_fixph_fresh (measured, not tuned): $n rows, precision $p, recall $r (tp $tp fp $fp fn $fn)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
