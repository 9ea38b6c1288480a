#!/usr/bin/env bash
# Helper taboo30's classes of 禁忌语 (a net meme of mockery as a clause of its own, a bare "got it?" tag, a rating made
# the condition of future service, the wait laid on the caller's not saying it earlier, an apology taken back by the
# agent's record, X什么X, our side beyond error, "are you teaching me?", the caller called tiresome, a warm face after
# a refusal) and two false-flag classes (a tip on using the service, sincere thanks in slang):
#  1. tests/data/tone_more/taboo30.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocent twins first),
#     graded as category taboo: both labels, a rude row caught by a rule (not by the tone model alone);
#  2. tests/data/phrase_more_taboo30.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): a correct phrase with a rude tail is not it.
# 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三) 6.
#   bash tests/cli/test_taboo30.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_taboo30: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
# innocent rows of other classes that the statistical tone model alone flags are put to the examiner (taboo_refer)
MAX_REFER=3
pass=0 fail=0
taboo_rule_rows test_taboo30 "$callsim" tests/data/tone_more/taboo30.tsv "$MAX_REFER"
phrase_rows_checked "$callsim" tests/data/phrase_more_taboo30.tsv
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
