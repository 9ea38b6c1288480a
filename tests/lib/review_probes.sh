# A reviewer's probe rows checked row by row (tests/cli/test_review17.sh, test_review21.sh): the probes
# tests/data/NAME_probes.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>note) and the rows still wrong when the round
# closed, tests/data/NAME_open.tsv (CATEGORY<TAB>TEXT<TAB>why). A taboo row is graded as category taboo and
# its 禁忌语 verdict (match) must equal LABEL; an insult row is graded as category taboo and its insult
# verdict must equal LABEL; any other row is graded in its category and the phrase verdict must equal LABEL.
# An innocent taboo row flagged by the statistical tone model alone (taboo_refer) is a REFER line, failing
# only above MAX_REFER. An open row judged wrong is OPEN (printed, not failing); an open row judged right
# fails (take it off the list), and so does an open line that names no probe row. Needs jq and taboo_rows.sh.

# review_probes NAME CALLSIM MAX_REFER: the check above; prints one line per wrong, open or referred row,
# then "N passed, N failed"; status 0 when nothing failed.
review_probes() {
  local name=$1 callsim=$2 max_refer=$3
  local probes=tests/data/${name}_probes.tsv openf=tests/data/${name}_open.tsv
  local pass=0 fail=0 refer=0 open=0
  command -v jq >/dev/null || { echo "test_$name: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; return 1; }
  local -A why_open seen_open
  local ocat otext oreason
  while IFS=$'\t' read -r ocat otext oreason; do why_open["$ocat	$otext"]=$oreason; done < <(grep -sv '^#' "$openf")
  local cat want text got_t got_i labels reason got key
  while IFS=$'\t' read -r cat want text got_t got_i labels reason; do
    got=$got_t
    [ "$cat" = insult ] && got=$got_i
    key="$cat	$text"
    if [ -n "${why_open[$key]+x}" ]; then
      seen_open[$key]=1
      if [ "$want" = "$got" ]; then fail=$((fail + 1)); echo "FAIL open row now judged right, take it off ${name}_open.tsv: $cat $text"
      else open=$((open + 1)); echo "OPEN $cat $text  (${why_open[$key]})"; fi
    elif [ "$want" = "$got" ]; then
      pass=$((pass + 1))
    elif [ "$cat" = taboo ] && taboo_refer "$want" 0 "$got_t" "$got_i" "$reason"; then
      refer=$((refer + 1)); echo "REFER (model only, put to the examiner) $text  $labels"
    else
      fail=$((fail + 1)); echo "FAIL $cat want $want got $got ($labels; $reason): $text"
    fi
  done < <(paste <(review_probe_rows "$probes") <(review_probes_graded "$callsim" "$probes"))
  local t
  for t in "${!why_open[@]}"; do
    [ -n "${seen_open[$t]+x}" ] || { fail=$((fail + 1)); echo "FAIL ${name}_open.tsv names no probe row: $t"; }
  done
  echo "$name: $open row(s) left open ($openf)"
  taboo_refer_bound "$name" "$refer" "$max_refer"   # counts in pass or fail above
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}

# review_probe_rows FILE: the probe rows as "category<TAB>label<TAB>text", comment lines left out.
review_probe_rows() {
  grep -v '^#' "$1" | awk -F'\t' 'NF >= 3 { print $1 "\t" $2 "\t" $3 }'
}

# review_probes_graded CALLSIM FILE: each probe row graded (taboo and insult rows as category taboo, the
# others in their category), one line a row: got<TAB>got_insult<TAB>labels<TAB>reason.
review_probes_graded() {
  review_probe_rows "$2" | awk -F'\t' '{ print ($1 == "taboo" || $1 == "insult" ? "taboo" : $1) "\t" $3 }' |
    "$1" grade-phrase --batch |
    jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(",")), (.reason // "")] | @tsv'
}
