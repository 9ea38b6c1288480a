#!/usr/bin/env bash
# Helper taboo21's classes of 禁忌语 and insults (jabs at the caller: a loss called deserved, their money scorned, a
# skipped obligation against what they still want, their choice disowned, "then don't", never read it, the document
# held up as plain, congratulations on a blunder, "I did warn you", "what is it this time", "only you would ask",
# "all at once next time", their device blamed, their abuse questioned, ranked below a scorned kind of person), row
# by row: every row of tests/data/tone_more/taboo21.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocent
# twins first) graded as category taboo must get both its labels (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(三) 6,
# §二(四) 4.2; 国家职业技能标准 3.1). One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_taboo21.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
command -v jq >/dev/null || { echo "test_taboo21: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
grade_taboo_rows test_taboo21 "$callsim" "$(taboo_rows tests/data/tone_more/taboo21.tsv)"
