#!/usr/bin/env bash
# Precision and recall of `grade-phrase --batch` on a labelled file (CATEGORY<TAB>EXPECTED<TAB>TEXT,
# EXPECTED 1/0), overall and per category; with -v, the disagreements. Numbers, not pass/fail.
#   bash bench/phrase_pr.sh [-v] FILE [build]
set -u
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
file=$1
build=${2:-build}
tmp=$(mktemp -d /tmp/callsim-pr.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$file" | awk -F'\t' 'NF >= 3 && ($2 == "0" || $2 == "1")' >"$tmp/rows"
cut -f1,3 "$tmp/rows" | "$build/callsim" grade-phrase --batch | jq -r '[.match, .confidence] | @tsv' >"$tmp/got"
paste "$tmp/rows" "$tmp/got" | awk -F'\t' -v v="$verbose" '
  { e = $2 == "1"; g = $4 == "true"; c = $1
    tp += e && g; fp += g && !e; fn += e && !g; n++
    ctp[c] += e && g; cfp[c] += g && !e; cfn[c] += e && !g; cn[c]++
    if (v && e != g) printf "%s\t%s\tgot %s (%s)\t%s\n", (e ? "MISS" : "FALSE"), c, $4, $5, $3 }
  END {
    for (c in cn) printf "%-18s n=%-4d P=%.3f R=%.3f\n", c, cn[c],
        ctp[c] + cfp[c] ? ctp[c] / (ctp[c] + cfp[c]) : 1, ctp[c] + cfn[c] ? ctp[c] / (ctp[c] + cfn[c]) : 1
    printf "ALL n=%d precision %.3f recall %.3f (tp %d fp %d fn %d)\n", n,
        tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1, tp, fp, fn }' | sort
