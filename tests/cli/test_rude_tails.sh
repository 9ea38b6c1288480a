#!/usr/bin/env bash
# Rude tails on a correct standard phrase (issue #11 item 4): a phrase of 贵阳 T-GSOCCIA 001—2020 §二
# said with a clause that forbids the caller's conduct, taunts, blames, hurries or lectures them is
# not that phrase (§二(三) 6 注意通话语气和态度; 国家职业技能标准 3.1 不用禁忌语及口头禅), and the
# same phrase with an innocent clause of the same shape is. A small fixed set of sentences written
# for this test (helper tails; not rows of tests/data/tone_more/tails.tsv), one per class and its
# innocent twin, graded by `callsim grade-phrase --batch`; the rude rows must also be taboo.
#   bash tests/cli/test_rude_tails.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_rude_tails: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# expected phrase verdict (1 the phrase, 0 not), category, reply
rows=$(cat <<'ROWS'
0	closing	感谢您的来电，别在电话里跟我嚷，再见
1	closing	感谢您的来电，别担心，师傅今天就到，再见
0	closing	感谢您的来电，别拿我们当出气筒，再见
1	closing	感谢您的来电，请别把银行卡借给别人，再见
0	hold_before	请您稍等，我帮您查一下，别老在那嘟囔
1	hold_before	请您稍等，我帮您查一下，您先别着急
0	too_slow	非常抱歉，系统比较慢，我尽快处理，请您稍等，您这样一直催谁受得了
1	too_slow	非常抱歉，系统比较慢，我尽快处理，请您稍等，一分钟左右就好
0	repeat_complaint	非常抱歉，您的问题正在处理，有结果第一时间联系您，还催什么
1	repeat_complaint	非常抱歉，您的问题正在处理，有结果第一时间联系您，您还需要登记什么吗
0	closing	感谢您的来电，刷新一下页面不就好了，再见
0	emotional	我理解您的心情，我来帮您处理，嚷嚷有什么用
1	emotional	我理解您的心情，我来帮您处理，您说的情况我都记下了
0	apology	非常抱歉给您带来不便，是您先挂的电话
1	apology	非常抱歉给您带来不便，是我们先挂断了电话
0	closing	感谢您的来电，要不是您忘了缴费也不会停机，再见
1	closing	感谢您的来电，要不是您提醒我们还没发现，再见
0	no_contact	非常抱歉，若您不提供联系电话，我们将无法与您联系，也无法处理，到时候可别怪我们
0	special_end	如果没有业务需要咨询，再见，您接着骂吧
1	special_end	如果没有业务需要咨询，再见，您可以继续关注我们的公众号
0	hold_after	感谢您的耐心等待，我可没那工夫一直陪您聊
1	hold_after	感谢您的耐心等待，我们没有时间限制，您慢慢说
0	closing	感谢您的来电，以后记账单前先看明白，再见
1	closing	感谢您的来电，下次办理前请您先看清楚合同，再见
0	not_heard	抱歉我没听清，请您再说一遍，这次讲清楚点
1	not_heard	抱歉我没听清，请您再说一遍，我这边记清楚点
0	caller_quiet	非常抱歉，我听不清，请您大声一点，跟蚊子哼哼似的
1	caller_quiet	非常抱歉，我听不清，请您大声一点，修好的电话会跟新的似的
0	closing	感谢您的来电，您那破电视早该换了，再见
1	closing	感谢您的来电，电视屏幕破了可以申请保修，再见
0	special_end	如果没有其他业务，再见，再打过来捣乱就报警
1	special_end	如果没有其他业务，再见，如果再有陌生人打来骚扰您可以报警
0	hold_before	请您稍等，我帮您核实一下，消停一会儿
1	hold_before	请您稍等，我帮您核实一下，稍后告诉您结果
ROWS
)
pass=0 fail=0
verdicts=$(printf '%s\n' "$rows" | awk -F'\t' '{ print $2 "\t" $3; print "taboo\t" $3 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (.reason // "-")] | @tsv')
while IFS=$'\t' read -r want cat text; do
  read -r got reason <<<"$(printf '%s\n' "$verdicts" | sed -n "$((2 * (pass + fail) + 1))p")"
  taboo=$(printf '%s\n' "$verdicts" | sed -n "$((2 * (pass + fail) + 2))p" | cut -f1)
  if [ "$got" = "$want" ] && { [ "$want" = 1 ] || [ "$taboo" = 1 ]; }; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $cat: want phrase=$want got $got ($reason), taboo $taboo: $text"
  fi
done <<<"$rows"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
