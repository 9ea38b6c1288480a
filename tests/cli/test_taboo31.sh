#!/usr/bin/env bash
# Helper taboo31's classes of 禁忌语 (the agent unwilling to say it again, a fuss over a small sum, a mocking wish, the
# caller's say shelved, the caller a bother to us, no way but the rule as the regions type it, the caller past
# explaining to) and two review findings (a rule cited explains: 按规定您应该…的; a pace the next clause owns):
#  1. tests/data/tone_more/taboo31.tsv (taboo<TAB>insult<TAB>kind<TAB>text, own sentences, innocent twins first),
#     graded as category taboo: both labels, a rude row caught by a rule (not by the tone model alone);
#  2. a tip on using the service leaves out only its own words from what the tone model reads, not the whole reply:
#     the jab after the tip is still the model's to judge (phrase_match.c model_skips).
# 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三) 6, §二(二) 2.3, 2.6.
#   bash tests/cli/test_taboo31.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_taboo31: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
MAX_REFER=0
pass=0 fail=0
taboo_rule_rows test_taboo31 "$callsim" tests/data/tone_more/taboo31.tsv "$MAX_REFER"
# 2: WANT<TAB>TEXT, the taboo verdict whoever decides it (the model may)
while IFS=$'\t' read -r want text; do
  got=$(printf 'taboo\t%s\n' "$text" | "$callsim" grade-phrase --batch | jq -r 'if .match then 1 else 0 end')
  if [ "$got" = "$want" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL tip: want $want got $got: $text"; fi
done <<'ROWS'
0	您可以下载App，查物流更方便
1	您可以下载App，查物流更方便，真是的
0	建议您开通短信提醒，就不会错过通知了
ROWS
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
