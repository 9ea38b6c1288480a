#!/usr/bin/env bash
# Helper fix17t's classes (review17's findings on taboo17 and filler17), row by row: every row of
# tests/data/tone_more/fix17t.tsv (taboo<TAB>insult<TAB>class<TAB>text, own sentences, innocent twins first) graded as
# category taboo must get both its labels: a thing picked (挑要紧的说) is no trade speaking, 放屁 at the caller's
# claim, 小学生 as a name, an insult with a place attached said of the caller, 妳 as 你, sarcastic agreement
# (对对对，都是我们的错，您一点错都没有), one 嗯嗯 before a courteous sentence (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1,
# §二(三) 6; 国家职业技能标准 3.1). One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix17t.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
command -v jq >/dev/null || { echo "test_fix17t: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
grade_taboo_rows test_fix17t "$callsim" "$(taboo_rows tests/data/tone_more/fix17t.tsv)"
