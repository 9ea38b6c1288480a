#!/usr/bin/env bash
# Helper fix36a's classes, own rows with innocent twins first in tests/data/tone_more/fix36a.tsv
# (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of every row: a rude word describing a
# thing through 的 (有毛病的电表), the caller's own name for a beast taken up (您说的那只傻狗), a question of care about a
# symptom (还疼不疼？) and praise with its ground (您真是内行，这个型号确实更省油) are no 禁忌语 and no insult (贵阳
# T-GSOCCIA 001—2020 §二(二) 2.1); the same shapes aimed at the caller stay as they were (呼叫服务员职业标准(试行) 五级
# 三(一)2; 贵阳 §二(三)6). Then tests/data/phrase_fix36a.tsv (category<TAB>label<TAB>text): 2.21's call back is the
# phrase only when tied to the caller's own earlier call. One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix36a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
tone=$(taboo_rows_check test_fix36a "$callsim" tests/data/tone_more/fix36a.tsv 0 0)
printf '%s\n' "$tone" | grep '^FAIL'
rows=$(grep -v '^#' tests/data/phrase_fix36a.tsv | awk -F'\t' 'NF >= 3')
printf '%s\n' "$rows" | cut -f1,3 | "$callsim" grade-phrase --batch | jq -r 'if .match then 1 else 0 end' |
  paste <(printf '%s\n' "$rows") - |
  awk -F'\t' -v tone="$(printf '%s\n' "$tone" | tail -1)" '
    BEGIN { split(tone, t, " "); p = t[1] + 0; f = t[3] + 0 }
    $2 == $4 { p++; next }
    { f++; printf "FAIL phrase %s want %s got %s: %s\n", $1, $2, $4, $3 }
    END { printf "%d passed, %d failed\n", p, f; exit f > 0 }'
