#!/usr/bin/env bash
# Helper fix34a's classes of review34's insult misreadings, own rows with innocent twins in
# tests/data/tone_more/fix34a.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of every
# row (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; 呼叫服务员职业标准(试行) 五级 三(一)2):
#  1. a dull word said of a machine, a number of people who do not know a thing, a rude word explained, 爬 with a
#     thing climbed are aimed at no caller: clean; the same words at the caller stay insults;
#  2. 什么玩意儿 at what the caller sent is a 禁忌语, not an insult;
#  3. the caller's origin made a name with 佬 / 仔 (你们这些北佬), a disability thrown back as a name (哑巴还打什么电话):
#     insults; the agent's own group, a third party and a kind of person served stay clean. One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix34a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
graded=$(taboo_file_graded test_fix34a "$callsim" tests/data/tone_more/fix34a.tsv) || { printf '%s\n' "$graded"; exit 1; }
printf '%s\n' "$graded" | awk -F'\t' '
  $1 == $5 && $2 == $6 { p++; next }
  { f++; printf "FAIL want %s/%s got %s/%s [%s] %s (%s; %s)\n", $1, $2, $5, $6, $3, $4, $7, $8 }
  END { printf "%d passed, %d failed\n", p, f; exit f > 0 }'
