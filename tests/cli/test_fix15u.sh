#!/usr/bin/env bash
# Helper fix15u's classes of missed insults and 禁忌语 (review15 items 2, 3, 7 and 9), row by row: every row of
# tests/data/tone_more/fix15u.tsv (taboo<TAB>insult<TAB>kind<TAB>text, the helper's own sentences, innocent
# twins first) graded as category taboo must get both its labels (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1,
# §二(三) 6, §二(四) 4.2; 国家职业技能标准 3.1). One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix15u.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
file=tests/data/tone_more/fix15u.tsv
. tests/lib/taboo_rows.sh
graded=$(taboo_file_graded test_fix15u "$callsim" "$file") || { printf '%s\n' "$graded"; exit 1; }
printf '%s\n' "$graded" | awk -F'\t' '
  $1 == $5 && $2 == $6 { pass++; next }
  { fail++; printf "FAIL want %s/%s got %s/%s [%s] %s  %s (%s)\n", $1, $2, $5, $6, $3, $4, $7, $8 == "" ? "-" : $8 }
  END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
