# Shared by the phrase class tests (tests/cli/test_phrase_classes.sh, test_phrase_voices.sh):
# grade rows "CLASS<TAB>LABEL<TAB>CATEGORY<TAB>TEXT" with one `grade-phrase --batch` run and count
# each verdict against its label. Sets pass and fail; prints one FAIL line per miss.
#   grade_phrase_rows NAME CALLSIM ROWS   (returns 1 when grade-phrase itself failed)
grade_phrase_rows() {
    local name=$1 callsim=$2 rows=$3 out class want cat text got i=0
    pass=0 fail=0
    out=$(printf '%s\n' "$rows" | cut -f3,4 | "$callsim" grade-phrase --batch) \
        || { echo "$name: grade-phrase --batch failed"; fail=1; return 1; }
    while IFS=$'\t' read -r class want cat text; do
        i=$((i + 1))
        got=$(printf '%s\n' "$out" | sed -n "${i}p" | jq -r 'if .match then 1 else 0 end')
        if [ "$got" = "$want" ]; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL $class: $cat expected $want got $got: $text"
        fi
    done <<< "$rows"
}

# The checks below count in the caller's pass and fail, one FAIL line per wrong verdict; $callsim is the grader
# (tests/cli/test_phr17.sh, test_phr21.sh: a helper's own phrase and tone rows).

# phrase_rows_held FILE: every row of FILE (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE) graded in its category; the
# phrase verdict must equal LABEL.
phrase_rows_held() {
  local cat want text note got reason
  while IFS=$'\t' read -r cat want text note got reason; do
    if [ "$want" = "$got" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL phrase $cat want $want got $got ($reason; $note): $text"; fi
  done < <(grep -v '^#' "$1" | grep -v '^$' |
    paste - <(grep -v '^#' "$1" | grep -v '^$' | awk -F'\t' '{ print $1 "\t" $3 }' | "$callsim" grade-phrase --batch |
              jq -r '[(if .match then 1 else 0 end), (.reason // "")] | @tsv'))
}

# check_slip CATEGORY TEXT WANT: the first slip the verdict reports, "typed meant kind" ("  " when none), must
# be WANT.
check_slip() {
  local got
  got=$("$callsim" grade-phrase "$1" "$2" | jq -r '(.typos[0] // {}) | [.typed // "", .meant // "", .kind // ""] | join(" ")')
  if [ "$got" = "$3" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL slip of '$2': want '$3', got '$got'"; fi
}

# tone_rows_held FILE: every row of FILE (taboo<TAB>insult<TAB>kind<TAB>text) graded as category taboo; both
# verdicts must equal the labels.
tone_rows_held() {
  local want_t want_i kind text got_t got_i labels
  while IFS=$'\t' read -r want_t want_i kind text got_t got_i labels; do
    if [ "$want_t" = "$got_t" ] && [ "$want_i" = "$got_i" ]; then pass=$((pass + 1))
    else fail=$((fail + 1)); echo "FAIL $kind: want taboo=$want_t insult=$want_i, got $got_t/$got_i ($labels): $text"; fi
  done < <(grep -v '^#' "$1" | grep -v '^$' |
    paste - <(grep -v '^#' "$1" | grep -v '^$' | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
              jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(","))] | @tsv'))
}

# tidy30: the start and end every helper's own-rows test shares (tests/cli/test_phr17.sh, test_phr21.sh).
# rows_test_begin NAME: jq is needed (without it the test counts one failure and ends); pass and fail start at 0.
rows_test_begin() {
  command -v jq >/dev/null || { echo "$1: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
  pass=0 fail=0
}

# rows_test_end: the count line; returns 0 when nothing failed (the test's own status, as its last command).
rows_test_end() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
