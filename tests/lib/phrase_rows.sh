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
