#!/usr/bin/env bash
# 禁忌语 entries said in a courteous sense (helper revfixg): `callsim grade-phrase taboo` must find no
# forbidden expression in the polite reply, and still find one in the rude reply the entry is for
# (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6). The sentences are written
# for this test (none is a corpus row). Closes with "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_taboo_cleared: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# expected (1 禁忌语, 0 none) <TAB> class <TAB> reply
cases=$(cat <<'CASES'
0	callback	稍后我们的工程师会给您打电话，请您注意接下一个电话。
0	callback	请您留意接下一个电话，是我们回访专员打的
1	callback	麻烦您快点，我还得接下一个电话
0	queue	现在线路比较忙，您后面还有三位客户在排队，我尽快帮您办完。
0	queue	您后面还有好多人在排队，我马上帮您处理
1	queue	您说重点，后面还有很多客户在排队
0	negated	您没有找错地方
0	negated	您没有问错人
0	negated	您没找错地方，这里就是办理处
1	negated	你找错地方了
1	negated	你问错人了
0	choice	选择哪一个套餐是您的自由，我把两个套餐的区别跟您讲清楚
0	choice	办不办是您的自由，我先帮您把费用算一下
1	choice	买不买是你的自由
0	answer	您说的情况我们会认真研究研究，三个工作日内给您答复。
0	answer	这个问题我们研究研究，明天给您回复
0	answer	我们研究研究，有结果第一时间通知您
1	answer	我们研究研究吧
1	answer	这个要研究研究，你回去等通知
1	answer	我们研究研究，不会给您答复的
1	answer	这属于内部规定，不方便跟您解释
1	answer	这个不归我们管，没法给您答复
0	invite	候诊区有饮水机和座椅，您可以请自便
0	invite	您可以在大厅休息一下，请自便
1	invite	不想等就请自便
1	invite	与本中心无关，请自便
0	adult	小朋友满十六周岁了吗？作为成年人办卡需要带本人身份证哦
0	adult	作为成年人监护人，需要陪同办理
1	adult	作为成年人这点道理都不懂吗
1	adult	您作为成年人，签了字就得认
CASES
)
printf '%s\n' "$cases" | awk -F'\t' '{ print "taboo\t" $3 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (.words | join(","))] | @tsv' |
  paste <(printf '%s\n' "$cases") - |
  awk -F'\t' '
    $1 == $4 { pass++; next }
    { fail++; printf "FAIL %s: expected %s, got %s (%s): %s\n", $2, $1, $4, $5, $3 }
    END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
