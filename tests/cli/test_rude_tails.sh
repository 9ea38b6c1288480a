#!/usr/bin/env bash
# Rude tails on a correct standard phrase (issue #11 item 4): a phrase of 贵阳 T-GSOCCIA 001—2020 §二
# said with a clause that forbids the caller's conduct, taunts, blames, hurries or lectures them is
# not that phrase (§二(三) 6 注意通话语气和态度; 国家职业技能标准 3.1 不用禁忌语及口头禅), and the
# same phrase with an innocent clause of the same shape is. A small fixed set of sentences written
# for this test (helper tails; not rows of tests/data/tone_more/tails.tsv): one per class and its
# innocent twin, then two probes of fresh sentences (the rude ones the rules decide, not the model);
# graded by `callsim grade-phrase --batch`, the rude rows must also be taboo.
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
0	closing	感谢您的来电，您要是再为这个打来我可不接了，再见
0	hold_before	请您稍等，我帮您核实一下，别在那叨叨个没完
0	hold_after	感谢您的耐心等待，我就说嘛，是您自己记错了
0	closing	感谢您的来电，您爱找谁找谁，再见
1	closing	感谢您的来电，这点费用下个月会自动返还，再见
1	closing	感谢您的来电，您要是再遇到这个问题可以直接报工单号，再见
1	hold_before	请您稍等，我帮您核实一下，有结果马上告诉您
1	apology	非常抱歉给您带来不便，您提的要求很合理，我们尽量满足
1	caller_quiet	非常抱歉，我听不清，请您大声点，或者换个信号好的地方
1	not_heard	抱歉没听清，请您再说一遍，尤其是最后那个日期
1	explain_again	请问您还有什么不清楚的地方，需要我再解释吗，我可以说得更细一些
1	emotional	您的心情我理解，我来帮您处理，您反映的情况确实不合理
1	repeat_complaint	非常抱歉，您反映的问题正在处理，处理好第一时间联系您，这次由我专门跟进
1	too_slow	非常抱歉，系统繁忙，我尽快帮您处理，请您稍等，页面马上刷新出来
1	transfer	请稍等，正在为您转接，请不要挂机，接通后会有专人为您服务
1	long_wait	非常抱歉让您久等了，请问有什么可以帮您，今天排队的人确实很多
1	closing	感谢您的来电，再见，有任何情况随时打电话给我们
1	praised	不客气，这是我们应该做的，您以后有需要随时找我们
1	wrong_number	很抱歉，您报的号码有误，请您再核对一下，手机号一般是1开头的十一位
1	closing	感谢您的来电，详细说明我发到您手机上了，再见
1	closing	感谢您的来电，有需要您再找我们，再见
1	dialect	非常抱歉，打断您一下，您方便讲普通话吗，我对方言不太熟悉
0	closing	感谢您的来电，下次打来之前先想好要问啥，再见
0	closing	感谢您的来电，您这种要求我们满足不了，爱投诉就投诉，再见
0	hold_after	感谢您的耐心等待，查清楚了，早跟您说了不是我们的问题
0	too_slow	非常抱歉，系统比较繁忙，我会尽快帮您处理，请您稍等，不想等您可以挂
0	transfer_failed	非常抱歉，暂时不能帮您转接，您的问题我会记录并转相关部门，至于什么时候处理就不归我管了
0	explain_again	请问您还有哪里不清楚，我再给您解释一遍，您到底听没听
0	bad_attitude	非常抱歉，我们会改进，感谢您的监督，我这态度已经够好了
0	wrong_number	很抱歉，您报的号码有误，请您再核对一下，核对好了再打来
0	dialect	非常抱歉，打断您一下，您方便讲普通话吗，您这话谁听得明白
1	closing	感谢您的来电，再见，这种小问题以后在APP上就能自己处理
1	closing	感谢您的来电，下次打来之前可以先准备好户号，再见
1	closing	感谢您的来电，您的要求我们会认真评估，再见
1	hold_before	请您稍等，我帮您核实一下，我知道您很着急
1	hold_after	感谢您的耐心等待，查清楚了，是第三方平台的问题，我们会协助您处理
1	long_wait	非常抱歉让您久等了，请问有什么可以帮您，您先说说遇到的情况
1	transfer_failed	非常抱歉，暂时不能帮您转接，您的问题我会记录并转相关部门，处理进度您可以随时查询
1	repeat_complaint	非常抱歉，您反映的问题我们正在处理，会第一时间联系您，这次我会亲自跟进
1	not_heard	抱歉我没听清，请您再说一遍，能不能先说一下您的户号
1	explain_again	请问您还有哪里不清楚，我再给您解释一遍，您听听看是不是这个意思
1	bad_attitude	非常抱歉，我们会改进，感谢您的监督，我这态度确实需要改
1	closing	谢谢您的来电，拜拜，祝您顺利
1	closing	感谢您的来电，再见，if you need anything just call us
1	wrong_number	很抱歉，您报的号码有误，请您再核对一下，核对好了告诉我就行
1	caller_fast	非常抱歉，我不太明白，请您说慢一点，我怕记错了
1	dialect	非常抱歉，打断您一下，您方便讲普通话吗，这样我能更准确地帮您
1	praised	不客气，这是我们应该做的，您有什么建议也欢迎提
1	hold_before	请您稍等，我帮您核实一下，很快就好
0	hold_before	又来查这个，请您稍等，我帮您核实一下
1	hold_before	我看一下记录，请您稍等，我帮您核实一下
0	hold_after	感谢您的耐心等待，结果跟我刚才说的一模一样，白查了
1	hold_after	感谢您的耐心等待，结果和我刚才说的一样，您可以放心了
0	emotional	我非常理解您的心情，我帮您处理，犯得着发这么大火吗
1	emotional	我非常理解您的心情，我帮您处理，这种情况换谁都会生气
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
