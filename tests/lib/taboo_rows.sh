# grade_taboo_rows NAME CALLSIM ROWS: grades each row "taboo<TAB>insult<TAB>class<TAB>text" of ROWS (one
# `grade-phrase --batch` run, category taboo) and checks both verdicts against the labels. One FAIL line
# per wrong row (the class, what was wanted, what the grader said and its labels), then "N passed, N
# failed"; returns 1 when a row is wrong. Shared by the row tests of single classes
# (test_false_flag_classes.sh, test_denial_restated.sh, test_fix13b.sh). Needs jq.
grade_taboo_rows() {
  local name=$1 callsim=$2 rows=$3 verdicts n=0 pass=0 fail=0
  local want_t want_i cls text got_t got_i why
  verdicts=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
    jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(","))] | @tsv') ||
    { echo "$name: grade-phrase --batch failed"; echo "0 passed, 1 failed"; return 1; }
  while IFS=$'\t' read -r want_t want_i cls text; do
    n=$((n + 1))
    IFS=$'\t' read -r got_t got_i why <<<"$(printf '%s\n' "$verdicts" | sed -n "${n}p")"
    if [ "$got_t" = "$want_t" ] && [ "$got_i" = "$want_i" ]; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1)); echo "FAIL $cls: want taboo=$want_t insult=$want_i, got $got_t/$got_i ($why): $text"
    fi
  done <<<"$rows"
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
