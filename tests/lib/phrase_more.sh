# Shared by the phrase tests on a helper's own rows (tests/cli/test_phrase_more_fixph.sh,
# test_phrase_more_fixph9.sh, test_phrase_more_fixph10.sh). Each reads two files of rows
# "CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE" (NOTE starts "class=NAME;"; # lines and blank lines skipped):
# tests/data/phrase_more_NAME.tsv, written before the fixes and held to a bar, and
# tests/data/phrase_more_NAME_fresh.tsv, written after them and only printed (the carry-over measure).
# Kept here, not in tests/cli/ (tests/run.sh runs every tests/cli/*.sh).

# phrase_more_graded CALLSIM FILE: FILE's rows with the grader's verdict (0/1) as a fifth column;
# returns 1 when grade-phrase did not give one verdict a row.
phrase_more_graded() {
    local data got
    data=$(grep -v '^#' "$2" | grep -v '^$')
    got=$(printf '%s\n' "$data" | cut -f1,3 | "$1" grade-phrase --batch | jq -r 'if .match then 1 else 0 end') || return 1
    [ "$(printf '%s\n' "$data" | wc -l)" -eq "$(printf '%s\n' "$got" | wc -l)" ] || return 1
    paste <(printf '%s\n' "$data") <(printf '%s\n' "$got")
}

# phrase_more_figures SHOW: graded rows on stdin -> "n precision recall tp fp fn"; one "miss" line
# a wrong verdict on stderr when SHOW is 1.
phrase_more_figures() {
    awk -F'\t' -v show="$1" '
      { e = $2 == "1"; g = $5 == "1"; tp += e && g; fp += g && !e; fn += e && !g; n++
        if (show && e != g) printf "miss %s %s expected %s got %s: %s\n", $4, $1, $2, $5, $3 > "/dev/stderr" }
      END { printf "%d %.3f %.3f %d %d %d\n", n, tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1, tp, fp, fn }'
}

# phrase_more_class_bars ROWS: one check a class (the NAME of class=NAME): 0.9 of its graded rows
# as labelled. Adds to pass and fail; one FAIL line a class below the bar.
phrase_more_class_bars() {
    local class right total
    while read -r class right total; do
        if awk -v a="$right" -v t="$total" 'BEGIN { exit !(a >= 0.9 * t) }'; then pass=$((pass + 1))
        else fail=$((fail + 1)); echo "FAIL class $class: $right of $total rows right (bar 0.9)"; fi
    done < <(printf '%s\n' "$1" | awk -F'\t' '{ c = $4; sub(/;.*/, "", c); sub(/^class=/, "", c); t[c]++; ok[c] += ($2 == $5) }
                                                END { for (c in t) print c, ok[c], t[c] }' | sort)
}

# phrase_more_test NAME CALLSIM [--classes]: the whole test. Checks precision and recall 0.95 on
# tests/data/phrase_more_NAME.tsv (and with --classes, each class's 0.9), prints the figures of
# tests/data/phrase_more_NAME_fresh.tsv, closes with "N passed, N failed"; returns 1 on a failure.
phrase_more_test() {
    local name=$1 callsim=$2 classes=${3:-} rows n p r tp fp fn
    pass=0 fail=0
    command -v jq >/dev/null || { echo "test_phrase_more_$name: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; return 1; }
    rows=$(phrase_more_graded "$callsim" "tests/data/phrase_more_$name.tsv") \
        || { echo "test_phrase_more_$name: grade-phrase failed"; echo "0 passed, 1 failed"; return 1; }
    read -r n p r tp fp fn < <(printf '%s\n' "$rows" | phrase_more_figures 1)
    echo "phrase_more_$name: $n rows, precision $p, recall $r (tp $tp fp $fp fn $fn)"
    if awk -v p="$p" -v r="$r" 'BEGIN { exit !(p >= 0.95 && r >= 0.95) }'; then pass=$((pass + 1))
    else fail=$((fail + 1)); echo "FAIL phrase_more_$name below the bar (precision 0.95, recall 0.95)"; fi
    [ "$classes" = --classes ] && phrase_more_class_bars "$rows"
    rows=$(phrase_more_graded "$callsim" "tests/data/phrase_more_${name}_fresh.tsv") \
        || { echo "test_phrase_more_$name: grade-phrase failed on the fresh rows"; fail=$((fail + 1)); echo "$pass passed, $fail failed"; return 1; }
    read -r n p r tp fp fn < <(printf '%s\n' "$rows" | phrase_more_figures 0)
    echo "phrase_more_${name}_fresh (measured, not tuned): $n rows, precision $p, recall $r (tp $tp fp $fp fn $fn)"
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
