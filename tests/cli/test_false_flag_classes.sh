#!/usr/bin/env bash
# Innocent replies the grader flagged, by class, each beside a rude twin of the same shape (helper
# fixp11, issue #11 precision): warm praise of the caller as a person (你这个人真热心), 好了好了 soothing
# a caller in tears, congratulations with a friendly reminder (恭喜…别忘了…), nobody blamed (这事不怪谁,
# 怪不到您头上), a regular caller greeted warmly (又是您呀), a rude reading denied (绝不是说您无理取闹),
# dismay with sympathy (哎呀妈呀…实在对不住), and a curse at the agent's broken tool (干，电话又断掉了:
# 禁忌语, not an insult: the label rule of tests/data/eval/README.md), a way sought (一起想办法) that is no
# rule cited, a small matter done for the caller (小事一桩), an insult named as a word (…这两个字), and the
# rude twins of the second batch: the caller's speech mocked (绕口令), 又是您啊 after the offer, a face of
# sarcasm typed at the caller (🙄, -_-; not 😊, nor 😅 with an apology). Sentences written for this test,
# not rows of tests/data/tone_more/fixp11.tsv. Graded by `callsim grade-phrase --batch`, category taboo.
#   bash tests/cli/test_false_flag_classes.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_false_flag_classes: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# expected taboo (1 a 禁忌语), expected insult (1 fails the call), class, reply
rows=$(cat <<'ROWS'
0	0	praise_person	小伙子你这个人真负责，谢谢你
1	1	praise_person	你这个人真是烦人
0	0	soothe	好了好了，不哭了，我们马上帮您找
1	0	soothe	行了行了，别哭了，哭有什么用
0	0	congrats_remind	恭喜您通过审核，记得别忘了月底前签合同
1	0	congrats_remind	恭喜你，又把密码输错了
0	0	no_blame	这件事怪不到您身上，是我们的疏忽
1	0	no_blame	这都怪你自己不小心
0	0	no_blame	这个谁也不怪，我们一起解决
0	0	regular	李阿姨，又是您呀，今天有什么可以帮您的
1	0	regular	怎么又是你，还有完没完
0	0	deny	我绝不是说您啰嗦，是我没听清楚
1	0	deny	您别啰嗦了
0	0	dismay	我的妈呀，水都漫到客厅了，我马上给您派人，实在对不住
1	0	dismay	我的妈呀，这都不会
1	0	curse_tool	干，电话又断掉了，您再说一遍
1	1	curse_tool	干，你听不懂吗
1	0	curse_tool	册那，电脑又死机了
1	1	curse_tool	册那，侬烦不烦
1	0	curse_tool	TMD系统又崩了
1	1	curse_tool	TMD你有病吧
1	0	hold_tool	系统又卡了，你等着吧
1	1	hold_tool	你再闹，你等着
0	0	way_sought	别着急，我们一起想想办法，总有路子的
1	0	way_sought	规定就是这样，我们也没办法
0	0	small_for_me	小事一桩，我这就帮您弄好
1	0	small_for_me	这点小事也值得打电话
0	0	word_named	笨蛋这两个字我们是不会说的
1	1	word_named	你真是个笨蛋
0	0	speech_noise	您那边好像有杂音，像蚊子叫一样，麻烦换个地方
1	0	speech_mocked	请您说慢一点好吗？您这是在说绕口令吗
1	0	regular_sigh	您好，请问有什么可以帮您？又是您啊
0	0	face	好的，马上帮您查😊
0	0	face	实在不好意思，让您等久了😅
1	0	face	您说得都对🙄
1	0	face	好的，我再给您解释一遍-_-
ROWS
)
. tests/lib/taboo_rows.sh
grade_taboo_rows test_false_flag_classes "$callsim" "$rows"
