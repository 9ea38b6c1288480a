# The row tests' shared grading (tests/cli/test_*.sh that hold replies "taboo<TAB>insult<TAB>class<TAB>text",
# graded as category taboo in one `grade-phrase --batch` run). Needs jq.

# taboo_rows FILE: the rows of FILE (comment lines and rows of another width left out).
taboo_rows() {
  grep -v '^#' "$1" | awk -F'\t' 'NF == 4'
}

# taboo_verdicts CALLSIM: each row on stdin graded as category taboo, one line a row:
# match<TAB>insult<TAB>labels<TAB>reason (1/0, 1/0, the taboo labels joined by ",", the reason or "").
taboo_verdicts() {
  awk -F'\t' '{ print "taboo\t" $4 }' | "$1" grade-phrase --batch |
    jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(",")), (.reason // "")] | @tsv'
}

# taboo_graded CALLSIM FILE: each row of FILE with its verdicts after it (taboo_verdicts), tab-separated:
# want_t want_i class text got_t got_i labels reason.
taboo_graded() {
  paste <(taboo_rows "$2") <(taboo_rows "$2" | taboo_verdicts "$1")
}

# taboo_file_graded NAME CALLSIM FILE: taboo_graded of FILE; or, when jq is missing, FILE has no rows or the
# grader fails, why (NAME: …) and "0 passed, 1 failed", with status 1.
taboo_file_graded() {
  local rows verdicts
  command -v jq >/dev/null || { echo "$1: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; return 1; }
  rows=$(taboo_rows "$3")
  [ -n "$rows" ] || { echo "$1: no rows in $3"; echo "0 passed, 1 failed"; return 1; }
  verdicts=$(printf '%s\n' "$rows" | taboo_verdicts "$2") ||
    { echo "$1: grade-phrase --batch failed"; echo "0 passed, 1 failed"; return 1; }
  paste <(printf '%s\n' "$rows") <(printf '%s\n' "$verdicts")
}

# taboo_refer WANT_T WANT_I GOT_T GOT_I REASON: is the wrong verdict an innocent reply (0/0) flagged by the
# statistical tone model alone (reason tone.model, no insult)? Such a verdict carries a confidence below the
# examiners' review threshold: it is put to the examiner panel before the result is signed (issue #11 item 5)
# and never fails a call, so the review tests count it apart (taboo_refer_bound) instead of failing the row.
taboo_refer() {
  [ "$1/$2" = 0/0 ] && [ "$3/$4" = 1/0 ] && [ "$5" = tone.model ]
}

# taboo_refer_bound NAME REFER MAX: the REFER rows of a review test against its bound, one more check passed or
# failed (the caller's pass and fail).
taboo_refer_bound() {
  echo "$1: $2 innocent row(s) flagged by the tone model alone (put to the examiner; at most $3)"
  if [ "$2" -le "$3" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $2 model-only flags on innocents, over $3"; fi
}

# taboo_review_rows CALLSIM FILE WITH_REASON [HOOK]: a review test's rows (test_review13.sh, test_review15.sh),
# graded and counted in the caller's pass, fail and refer: passed when both verdicts are the labels, a REFER line
# for taboo_refer, else a FAIL line (the grader's reason after it when WITH_REASON is 1). HOOK TEXT RIGHT (RIGHT
# 1 when both verdicts are right), when given, is asked first; a row it answers 0 for is its own.
taboo_review_rows() {
  local callsim=$1 file=$2 with_reason=$3 hook=${4:-} want_t want_i kind text got_t got_i labels reason right tail
  while IFS=$'\t' read -r want_t want_i kind text got_t got_i labels reason; do
    right=0
    [ "$want_t" = "$got_t" ] && [ "$want_i" = "$got_i" ] && right=1
    if [ -n "$hook" ] && "$hook" "$text" "$right"; then continue; fi
    if [ "$right" = 1 ]; then
      pass=$((pass + 1))
    elif taboo_refer "$want_t" "$want_i" "$got_t" "$got_i" "$reason"; then
      refer=$((refer + 1))
      echo "REFER (model only, put to the examiner) [$kind] $text  $labels"
    else
      fail=$((fail + 1))
      tail=""
      [ "$with_reason" = 1 ] && tail=" ($reason)"
      echo "FAIL taboo/insult want $want_t/$want_i got $got_t/$got_i [$kind] $text  $labels$tail"
    fi
  done < <(taboo_graded "$callsim" "$file")
}

# phrase_rows_checked CALLSIM FILE: each row "CATEGORY<TAB>LABEL<TAB>TEXT" of FILE (LABEL 1/0: the phrase is
# said) graded under its category in one `grade-phrase --batch` run and its phrase verdict checked against LABEL,
# counted in the caller's pass and fail: a FAIL line per wrong row, the grader's reason after it.
# Shared by the tests that hold phrase rows beside their taboo rows (test_fix15t.sh, test_single_filler_not_habit.sh).
phrase_rows_checked() {
  local cat want text got reason
  while IFS=$'\t' read -r cat want text got reason; do
    if [ "$want" = "$got" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL phrase $cat want $want got $got ($reason): $text"; fi
  done < <(grep -v '^#' "$2" | grep -v '^$' | awk -F'\t' '{ print $1 "\t" $2 "\t" $3 }' |
    paste - <(grep -v '^#' "$2" | grep -v '^$' | awk -F'\t' '{ print $1 "\t" $3 }' | "$1" grade-phrase --batch |
              jq -r '[(if .match then 1 else 0 end), (.reason // "")] | @tsv'))
}

# grade_taboo_rows NAME CALLSIM ROWS: grades each row "taboo<TAB>insult<TAB>class<TAB>text" of ROWS (one
# `grade-phrase --batch` run, category taboo) and checks both verdicts against the labels. One FAIL line
# per wrong row (the class, what was wanted, what the grader said and its labels), then "N passed, N
# failed"; returns 1 when a row is wrong. Shared by the row tests of single classes
# (test_false_flag_classes.sh, test_denial_restated.sh, test_fix13b.sh, test_fixin15.sh).
grade_taboo_rows() {
  local name=$1 callsim=$2 rows=$3 verdicts n=0 pass=0 fail=0
  local want_t want_i cls text got_t got_i why
  verdicts=$(printf '%s\n' "$rows" | taboo_verdicts "$callsim" | cut -f1-3) ||
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

# taboo_rule_rows NAME CALLSIM FILE MAX_REFER: a helper's own rows (test_open21.sh, test_fix21t.sh), counted in the
# caller's pass and fail: a row passes when both verdicts are its labels and a rude row got them from a rule, not
# from the statistical tone model alone (reason tone.model); an innocent row flagged by the model alone is a
# REFER line (put to the examiner), at most MAX_REFER (taboo_refer_bound); any other row fails.
taboo_rule_rows() {
  local name=$1 callsim=$2 file=$3 max_refer=$4 refer=0 want_t want_i kind text got_t got_i labels reason
  while IFS=$'\t' read -r want_t want_i kind text got_t got_i labels reason; do
    if [ "$want_t/$want_i" = "$got_t/$got_i" ] && { [ "$want_t" = 0 ] || [ "$reason" != tone.model ]; }; then
      pass=$((pass + 1))
    elif taboo_refer "$want_t" "$want_i" "$got_t" "$got_i" "$reason"; then
      refer=$((refer + 1)); echo "REFER (model only, put to the examiner) [$kind] $text"
    else
      fail=$((fail + 1)); echo "FAIL taboo/insult want $want_t/$want_i got $got_t/$got_i [$kind] $text  $labels ($reason)"
    fi
  done < <(taboo_file_graded "$name" "$callsim" "$file" || echo "ERR")
  taboo_refer_bound "$name" "$refer" "$max_refer"
}

# taboo_rows_check NAME CALLSIM FILE PASS FAIL: every row of FILE graded (taboo_file_graded), one line per wrong
# verdict, then "N passed, N failed" with PASS and FAIL (a part run before in the same test) added; status 1
# when any row failed or the rows could not be graded.
taboo_rows_check() {
  local graded
  graded=$(taboo_file_graded "$1" "$2" "$3") || { printf '%s\n' "$graded"; return 1; }
  printf '%s\n' "$graded" | awk -F'\t' -v p="$4" -v f="$5" '
    $1 == $5 && $2 == $6 { p++; next }
    { f++; printf "FAIL tone want %s/%s got %s/%s [%s] %s\n", $1, $2, $5, $6, $3, $4 }
    END { printf "%d passed, %d failed\n", p, f; exit f > 0 }'
}
