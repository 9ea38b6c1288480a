#!/usr/bin/env bash
# Every verdict the grader gives on the project's own rows, for proving that a speed change changes
# none of them: `tools/verdicts.sh write DIR [CALLSIM]` grades, with `grade-phrase --batch`, every
# row of tests/data/eval/replies.tsv, of tests/data/eval/{seen*,dev*,holdout,holdout2}/replies.tsv,
# of tests/data/*.tsv and of tests/data/tone_*/*.tsv, and writes the JSON lines (all fields) per
# corpus into DIR; `tools/verdicts.sh compare OLD NEW` counts the lines that differ per corpus.
# Rows are graded as tools/eval.sh grades them (category insult as taboo); a tone corpus row
# (taboo, insult, kind, text) under taboo and under opening (a phrase category, so the protected
# phrase parts are in play too); a phrase corpus row under its category.
# The report split and the holdout folders are report-only (tests/data/eval/README.md): their
# differing lines are counted, never printed. No other holdout folder is read.
set -u
cd "$(dirname "$0")/.." || exit 2
usage() { echo "usage: tools/verdicts.sh write DIR [CALLSIM] | compare OLD NEW" >&2; exit 2; }
# grade DIR NAME: stdin "CATEGORY<TAB>TEXT" lines, JSON answers to DIR/NAME.jsonl
grade() { CALLSIM_DATA=$(pwd) "$callsim" grade-phrase --batch >"$1/$2.jsonl" 2>&1; }
write() {
  local out=$1 d f base
  mkdir -p "$out" || exit 2
  for s in tune report; do
    awk -F'\t' -v s="$s" '!/^#/ && NF >= 4 && $1 == s { print ($2 == "insult" ? "taboo" : $2) "\t" $4 }' \
      tests/data/eval/replies.tsv | grade "$out" "eval_$s"
  done
  for d in tests/data/eval/seen* tests/data/eval/dev* tests/data/eval/holdout tests/data/eval/holdout2; do
    [ -f "$d/replies.tsv" ] || continue
    awk -F'\t' '!/^#/ && NF >= 4 { print ($2 == "insult" ? "taboo" : $2) "\t" $4 }' "$d/replies.tsv" |
      grade "$out" "eval_$(basename "$d")"
  done
  for f in tests/data/*.tsv tests/data/tone_*/*.tsv; do
    base=$(echo "${f#tests/data/}" | tr / _)
    case $f in
      tests/data/tone_*/*|tests/data/tone_*.tsv)
        awk -F'\t' '!/^#/ && NF >= 4 { print "taboo\t" $NF; print "opening\t" $NF }' "$f" | grade "$out" "${base%.tsv}" ;;
      *)
        awk -F'\t' '!/^#/ && NF >= 2 { print $1 "\t" $NF }' "$f" | grade "$out" "${base%.tsv}" ;;
    esac
  done
  cat "$out"/*.jsonl | wc -l | awk -v d="$out" '{ print d ": " $1 " verdict lines" }'
}
compare() {
  local old=$1 new=$2 total=0 bad=0 n f name
  for f in "$old"/*.jsonl; do
    name=$(basename "$f")
    [ -f "$new/$name" ] || { echo "$name: missing in $new"; bad=$((bad + 1)); continue; }
    total=$((total + $(wc -l <"$f")))
    n=$(diff "$f" "$new/$name" | grep -c '^[<>]')
    [ "$n" = 0 ] && continue
    bad=$((bad + n))
    case $name in
      eval_report.jsonl|eval_holdout.jsonl|eval_holdout2.jsonl) echo "$name: $n differing lines (report-only: not shown)" ;;
      *) echo "$name: $n differing lines"; diff "$f" "$new/$name" | head -n 6 ;;
    esac
  done
  echo "compared $total verdict lines: $bad differing"
  [ "$bad" = 0 ]
}
case ${1:-} in
  write) [ $# -ge 2 ] || usage; callsim=${3:-build/callsim}; write "$2" ;;
  compare) [ $# = 3 ] || usage; compare "$2" "$3" ;;
  *) usage ;;
esac
