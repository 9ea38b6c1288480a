#!/usr/bin/env bash
# Helper fix35a's classes of review35's false flags, own rows with innocent twins first in
# tests/data/tone_more/fix35a.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo, both labels of
# every row: Cantonese comfort read in its own words (唔好喊 don't cry, 唔緊要, 唔識 can't), the caller's own words
# said back, the agent's own voice explained with an apology, a patient's symptom described, are no 禁忌语 (贵阳
# T-GSOCCIA 001—2020 §二(二) 2.12, 2.20); their rude twins stay 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2; §二(三)6),
# and sarcastic praise with no demeaning word is no insult (§二(二) 2.1, §二(四) 4.2).
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fix35a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
taboo_rows_check test_fix35a "$callsim" tests/data/tone_more/fix35a.tsv 0 0
