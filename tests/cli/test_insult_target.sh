#!/usr/bin/env bash
# Insults judged on words and on whom they are aimed at (issue #11 items 3-4; 贵阳 T-GSOCCIA 001—2020
# §二(三) 6, 国家职业技能标准 3.1 不用禁忌语): `grade-phrase taboo TEXT` must say insult true, naming the
# deciding word, for an attack on the caller, and insult false for the same word said of the agent,
# of a thing, taken back, reported, inside a code or a title. One class per group of lines; the
# sentences are written for this test (none is a corpus row). Closes with "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_insult_target: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
# expect INSULT(true|false) WORD(deciding word that must be named, or -) TEXT
expect() {
  local want=$1 word=$2 text=$3 json got
  json=$("$callsim" grade-phrase taboo "$text")
  got=$(echo "$json" | jq -r '.insult')
  if [ "$got" != "$want" ]; then
    fail=$((fail + 1)); echo "FAIL insult $got, expected $want: $text ($(echo "$json" | jq -c '.words'))"; return
  fi
  if [ "$word" != - ] && ! echo "$json" | jq -e --arg w "$word" '[.words[] | contains($w)] | any' >/dev/null; then
    fail=$((fail + 1)); echo "FAIL the words do not name $word: $text ($(echo "$json" | jq -c '.words'))"; return
  fi
  pass=$((pass + 1))
}
# said of the agent: self-deprecation (是我太笨了) and the caller's word about the agent repeated
expect false - '真抱歉，是我太蠢了，把您的预约日期看错了'
expect false - '您刚才骂我笨，没关系，我们先把退款办好'
expect false - '我真是个糊涂蛋，忘了告诉您要带户口本'
expect true 蠢 '你太蠢了，把预约日期都看错了'
# a curse is swearing whoever it names
expect true 他妈 '我真他妈受够你了'
# taken back: a denied speech act about the caller, only in its own clause
expect false - '我从来没有说过您傻，您千万别误会'
expect false - '我不是说您笨，是这个流程确实绕'
expect true 傻子 '我没说您笨，您就是个傻子'
# the caller's fault denied (不是您傻), unless the denial is a rhetorical question
expect false - '很多人都收到过这种短信，并不是您傻'
expect true 笨 '不是你笨是什么'
expect true 傻 '你不是傻就是坏'
# 神经 said as a name, not the word of 神经内科
expect true 神经 '神经，半夜三更打什么电话'
expect false - '您可以挂神经外科的号'
# reported: the caller's family or an unknown someone said it
expect false - '您女儿说您是老糊涂？您别难过，您说得都对'
expect false - '是谁骂您神经病的？是我们的员工吗'
# said of the caller's thing (a dull mind or a fault a machine can have), not of the caller
expect false - '您的手机有毛病的话可以送到售后检测'
expect true 活该 '手机丢了活该'
# a Latin abbreviation glued to digits is a code; among Chinese words it is a curse
expect false - '您的运单号是SB7733120，请查收'
expect false - '这款空调型号是MD-26，保修六年'
expect true tm '你tm别再打了'
# the caller's own harsh word about themselves, discouraged (您别骂自己蠢); not 你自己傻
expect false - '您别说自己笨，这个步骤本来就容易弄错'
expect false - '不用担心自己问得傻，有什么都可以问'
expect true 傻 '你自己傻还怪别人'
expect false - '您别说自己是废物，您的家人离不开您'
# the caller's thing, with words between 您 and 的 (您家的打印机)
expect false - '您家的洗衣机是不是有毛病了？我帮您约师傅'
# an order whose subject, the caller, is unsaid
expect true 装傻 '别跟我装傻，你自己签的字'
# firm and polite to abuse: ending the call, said politely, is no threat (§二(三) 1-3)
expect false - '请您文明用语，否则我将挂断电话'
# English: a word taken back by a denied speech act; said to the caller it counts
expect false - "I'm not saying you're stupid，是这个表格太复杂了"
expect true idiot "I told you already, you idiot"
# a title names a work
expect false - '您要找的书是《白痴》吧？我们书店有货'
# name-calling as typed now: regional and net slang, shut-up orders, threats without a condition
expect true 憨包 '憨包，说了三遍还不懂'
expect true 杠精 '你就是个杠精'
# 少废话 is 呵斥: a forbidden expression named by its word, not an insult that fails the call (the
# eval examiner and tone_train.tsv label it so; 住口 and 闭嘴 are insults)
expect false 少废话 '少废话，到底办不办'
expect true 住口 '住口，听我说'
expect true 收拾你 '再打来我就找人收拾你'
expect true 凭你那点 '凭你那点本事还想投诉'
# the caller's mind weighed and found wanting, in net slang or sarcasm; a fault denied is a clean bill
expect true 智商 '你的智商真令人担忧'
expect true 这水平 '就您这水平，还是找个明白人来吧'
expect false - '孩子的眼睛检查没有问题，视力正常'
# the tone model: an insult only where the model also finds the reply rude (奶奶 is a kinship word)
expect false - '奶奶，您的包裹已经放在门卫了'
# firm and polite to an abusive caller (§二(三) 1-3): no insult
expect false - '请您注意文明用语，如果没有业务需要咨询，再见'
# (helper fixin) self-deprecation right after 我 (我蠢了) is the agent's own; 我揍你 names the caller after it
expect false - '我蠢了，把您的快递单号输反了，马上改'
expect true 揍你 '再嚷嚷我揍你'
# the caller as 侬 / 恁 / 妳, an animal's measure word between, the name and 一个 as a clause, a TW particle
expect true 赤佬 '侬是个赤佬'
expect true 憨子 '恁真是个憨子'
expect true 倔驴 '你这头倔驴听不进去'
expect true 伞兵 '伞兵一个，别打了'
expect true 白目 '白目喔你，按钮就在上面'
# a curse sworn at the agent's own machine is rude but aimed at no caller; at the caller it insults
expect false - '我靠，电脑又蓝屏了，麻烦您等一下'
expect true 靠 '靠，你到底听不听'
# 疯狗 the animal, 老不死 the succulent
expect false - '孩子被疯狗咬伤，请马上去防疫站'
expect false - '您那盆老不死长得很好，冬天少浇点水'
# words of medicine said of a patient or a third party, not aimed at the caller (helper revfixg)
expect false - '如果老人突然说话舌头打结、嘴角歪斜，请马上拨打120，这可能是中风的征兆。'
expect false - '孩子的智力低下评估需要到儿童保健科挂号'
expect false - '喝多了舌头打结是正常的，醒酒后再来办理'
expect false - '这个量表是用来筛查智力低下的'
expect true 舌头打结 '你舌头打结了吗？说清楚点'
expect true 智力低下 '你是不是智力低下啊'
expect true 理解能力有问题 '你理解能力有问题吧'
# the caller's animal (您这只鹦鹉是在…买的): the measure word bridges 你 to an animal's name only when
# the name closes its clause (helper revfixg)
expect false - '请问您这只鹦鹉是在我们店买的吗？'
expect false - '您这头猪的养殖保险已经生效了。'
expect false - '你这只猫的绝育手术约在周三'
expect true 倔驴 '你这头倔驴！'
expect true 癞蛤蟆 '你这只癞蛤蟆'
expect true 蠢猪 '您这头蠢猪'
# a list of counted things read back (勺子一个，碗两个) is no name-calling 一个 clause (helper revfixg)
expect false - '跟您核对一下订单：勺子一个，碗两个，对吗？'
expect false - '核对一下：勺子一个，筷子两双'
expect false - '您订的是勺子一个，盘子3个，对吧'
expect true 刁民 '刁民一个，说两句就挂'
expect true 山炮 '山炮一个，还跟我嘚瑟'
# the caller's language asked about, then a transfer or help in another language: no insult (helper revfixg)
expect false - '请问您是不是听不懂普通话？没关系，我们有粤语服务，我帮您转接。'
expect false - '您是不是听不懂普通话？我给您转到方言坐席'
expect false - '您是听不懂中文吗？我帮您转英语坐席'
expect true 听不懂普通话 '你是不是听不懂普通话？'
expect true 听不懂普通话 '你是不是听不懂普通话？我说了三遍了'
# a curse at the agent's machine is 禁忌语, no insult, whatever the model says; a curse before what the
# caller did (卡都没激活就打电话来) is at the caller (helper revfixg)
expect false - '妈的，电脑又死机了'
expect false - '该死，系统又崩了，请您稍等'
expect false - '我去，网络又掉线了，您别挂'
expect true 操 '操，卡都没激活就打电话来'
expect true 靠 '靠，网都不会连还好意思打过来'
expect true 妈的 '妈的，电脑都不会开就来找我'
expect true 我靠 '我靠，系统都不会用还打电话投诉'
# 我傻了才会信这种客户: callers named in the third person after the agent's 傻 make it a jab at them,
# no self-deprecation (helper revfixg)
expect true 傻 '我傻了才会相信这种客户说的话'
expect true 傻 '我傻了才会信这人'
expect true 蠢 '我蠢了才会信这帮人的鬼话'
expect true 傻 '我真是傻了才会信这种顾客'
expect false - '我真笨，刚才按错键了'
expect false - '我太笨了这种表都填错'
# the unsaid caller's speech described with a tag question (说话舌头打结是吧) is aimed; a patient's is not
expect true 舌头打结 '说话舌头打结是吧，一句话都讲不清'
expect true 舌头打结 '讲话舌头打结是不是'
expect false - '老人说话舌头打结是吧？马上打120'
expect false - '说话舌头打结的话，要去神经内科看看'
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
