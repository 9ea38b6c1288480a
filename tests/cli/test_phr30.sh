#!/usr/bin/env bash
# Standard phrases said in a register the grader did not read, by class (helper phr30, the seen21/seen22 phrase
# misses), on the helper's own rows, every row held to its label:
#  1. tests/data/phrase_more_phr30.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE): the old formal register
#     (assets/register.txt: 鄙人, 承蒙, 恕罪, 烦请, 再会, 垂询, 阁下 …) with its guards (恕不奉陪, 恕难从命, 恕我直言,
#     可不敢当, 有何贵干, 再会员), the internet register (应该滴), Taiwan usage (掰掰, 了解您的心情, 著急) and
#     paraphrases of 2.11, 2.18(2), 2.3, 1.3, 2.20, 2.7;
#  2. the verdict says what was read as what: typos of kind "register" (typed → meant);
#  3. no pair of assets/register.txt rewrites an entry of assets/taboo.txt away (恕难, 无从答复, 你得多包涵).
# 贵阳 T-GSOCCIA 001—2020 §二(一)、§二(二); 国家职业技能标准 呼叫中心服务员 2.1.2 (1) (文明礼貌).
#   bash tests/cli/test_phr30.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_phr30: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
. tests/lib/phrase_rows.sh
phrase_rows_held tests/data/phrase_more_phr30.tsv
check_register() {
  local got
  got=$("$callsim" grade-phrase "$1" "$2" | jq -r '[.typos[] | select(.kind == "register") | .typed + ">" + .meant] | join(" ")')
  if [ "$got" = "$3" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL register of '$2': want '$3', got '$got'"; fi
}
check_register hold_after "多承您久候，鄙人已查明。" "多承>感谢 鄙人>我"
check_register apology "恕不奉陪。" ""
check_register closing "谢谢您，我们下个月再会员日见。" ""
check_register praised "亲，不客气哒，都是应该滴~" "应该滴>应该的"
# 3. no pair rewrites a forbidden expression away: every taboo.txt entry said alone is read as typed
while IFS=$'\t' read -r expr notes; do
  if [ -z "$notes" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL register rewrites the taboo entry '$expr': $notes"; fi
done < <(awk '$1 == "taboo" || $1 == "insult" { print $2 }' assets/taboo.txt | grep -v '[*#@]' | sort -u |
         paste - <(awk '$1 == "taboo" || $1 == "insult" { print $2 }' assets/taboo.txt | grep -v '[*#@]' | sort -u |
                   sed 's/^/taboo\t/' | "$callsim" grade-phrase --batch |
                   jq -r '[(.typos // [])[] | select(.kind == "register") | .typed + ">" + .meant] | join(" ")'))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
