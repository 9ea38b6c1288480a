#!/usr/bin/env bash
# The classes other helpers left (issue #11 items 3-4), end to end through `callsim grade-phrase
# taboo`: each row states the taboo and insult verdicts the labelling rule of tests/data/eval/README.md
# gives. Insult words said of an animal or a thing, a wait asked with the help that fills it, the
# agent finishing their own explanation, sincere praise of what went right: innocent. Penalty threats
# at the caller's record (threats are insults: 贵阳 T-GSOCCIA 001—2020 §二(四)4.2, §二(三)6), mock
# praise, 打官腔 with nothing offered (呼叫服务员职业标准(试行) 三(一)2):
# forbidden. One line per failure, then "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_left_classes: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# taboo <TAB> insult <TAB> class <TAB> reply
cases=$(cat <<'CASES'
0	0	insult_thing	我们小区那只流浪猫真笨，天天钻进车底下
0	0	insult_thing	邻居家的狗好笨哦，您不用怕它
1	1	insult_thing	你比那只狗还笨
0	0	insult_thing	说起来我比您还笨，上周也把密码忘了
0	0	wait_request	您在家等着吧，师傅到了会先给您打电话
1	1	wait_request	你给我等着吧
0	0	own_talk	我马上讲完，就剩最后一条注意事项
1	0	own_talk	你快说完没有
0	0	praise	您真厉害，一下子就设置好了
1	0	praise	您可真厉害，又把密码输错了
1	1	penalty_threat	你再来胡闹，我就给你的账户记不良记录
1	1	penalty_threat	再骂一句，直接影响你的信用
0	0	penalty_threat	如果账单逾期，可能会影响您的征信，我帮您设置一个还款提醒
1	0	mock_praise	原来您也知道要先插卡啊
1	0	mock_praise	这么简单的表格都要填半天
0	0	mock_praise	这么简单的步骤我发给您，您照着做就行
1	0	guanqiang	这种损失不在保障范围之内
0	0	guanqiang	这种损失不在保障范围之内，您可以申请复核，我把流程发给您
1	0	guanqiang	结案了，不另行处理
1	0	guanqiang	此事已经办结，不再受理
1	1	penalty_threat	你再瞎投诉，就封你的账号
0	0	penalty_threat	您再投诉的话，我们会升级给主管认真处理
1	0	impatience_request	您快一点，我这边还有人呢
0	0	impatience_request	您抓紧点时间，优惠券今天晚上到期，要不要我现在帮您领
CASES
)
printf '%s\n' "$cases" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end)] | @tsv' |
  paste <(printf '%s\n' "$cases") - |
  awk -F'\t' '
    $1 == $5 && $2 == $6 { pass++; next }
    { fail++; printf "FAIL %s: expected taboo %s insult %s, got %s %s: %s\n", $3, $1, $2, $5, $6, $4 }
    END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
