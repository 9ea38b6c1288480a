#!/usr/bin/env bash
# Reviewer review17's probes of the seventeenth round's grading branches, row by row (not a floor):
# tests/data/review17_probes.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>note). A taboo row is graded as category
# taboo and its 禁忌语 verdict (match) must equal LABEL; an insult row is graded as category taboo and its
# insult verdict must equal LABEL; any other row is graded in its category and the phrase verdict must equal
# LABEL. As in test_review15.sh, an innocent taboo row flagged by the statistical tone model alone (reason
# tone.model, no insult; tests/lib/taboo_rows.sh taboo_refer) is a REFER line, failing only above MAX_REFER.
# The rows still wrong when the round closed are listed with the reason in tests/data/review17_open.tsv
# (OPEN, not failing; a listed row judged right fails, and so does a listed text that is no probe row).
#   bash tests/cli/test_review17.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_review17: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0 refer=0 open=0
MAX_REFER=2
. tests/lib/taboo_rows.sh
probes=tests/data/review17_probes.tsv
declare -A why_open
while IFS=$'\t' read -r ocat otext oreason; do why_open["$ocat	$otext"]=$oreason; done < <(grep -v '^#' tests/data/review17_open.tsv)
declare -A seen_open

# the probe rows as "category<TAB>label<TAB>text", comment lines left out
rows() { grep -v '^#' "$probes" | awk -F'\t' 'NF >= 3 { print $1 "\t" $2 "\t" $3 }'; }
# each row graded: taboo and insult rows as category taboo (taboo_verdicts), the others in their category;
# one line a row: got<TAB>got_t<TAB>got_i<TAB>labels<TAB>reason
graded() {
  paste <(rows | awk -F'\t' '{ print ($1 == "taboo" || $1 == "insult" ? "taboo" : $1) "\t" $3 }' |
            "$callsim" grade-phrase --batch |
            jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(",")), (.reason // "")] | @tsv')
}

while IFS=$'\t' read -r cat want text got_t got_i labels reason; do
  got=$got_t
  [ "$cat" = insult ] && got=$got_i
  key="$cat	$text"
  if [ -n "${why_open[$key]+x}" ]; then
    seen_open[$key]=1
    if [ "$want" = "$got" ]; then fail=$((fail + 1)); echo "FAIL open row now judged right, take it off review17_open.tsv: $cat $text"
    else open=$((open + 1)); echo "OPEN $cat $text  (${why_open[$key]})"; fi
  elif [ "$want" = "$got" ]; then
    pass=$((pass + 1))
  elif [ "$cat" = taboo ] && taboo_refer "$want" 0 "$got_t" "$got_i" "$reason"; then
    refer=$((refer + 1)); echo "REFER (model only, put to the examiner) $text  $labels"
  else
    fail=$((fail + 1)); echo "FAIL $cat want $want got $got ($labels; $reason): $text"
  fi
done < <(paste <(rows) <(graded))

for t in "${!why_open[@]}"; do
  [ -n "${seen_open[$t]+x}" ] || { fail=$((fail + 1)); echo "FAIL review17_open.tsv names no probe row: $t"; }
done
echo "review17: $open row(s) left open (tests/data/review17_open.tsv)"
taboo_refer_bound review17 "$refer" "$MAX_REFER"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
