#!/usr/bin/env python3
"""holdout25 whole-call plays (blind examiner blind25c).

Writes tests/data/eval/seen25/calls/SCENARIO.NAME.replies and
tests/data/eval/seen25/calls.tsv from the plays defined below.

Every play is a scripted trainee for scenarios/SCENARIO.lua played with --seed 1. The details a
caller draws with call.pick / call.random (names, numbers, places) were worked out from the
scenario source by replaying its draws in order on Lua 5.4's math.random after
math.randomseed(1) (see CALLS.md); callsim was never run.

Ranges (lo-hi) were set from each scenario's rubric and the standard before anything else;
passed = score >= 60 (国家职业技能标准 1.9.2); auto_failed only for an insult or retaliation
(贵阳 §二(二) 2.1, §二(四) 4.2) and a self-harm caller left without escalation (国家职业技能标准 2.4).

Usage: python3 tests/data/eval/seen25/make_calls25.py
(needs `opencc` for the plays written in traditional characters).
"""
import os
import subprocess

SPLIT = "seen25"
HERE = os.path.dirname(os.path.abspath(__file__))

# (scenario, name, lo, hi, passed, auto_failed, competent, note, trad, lines)
# trad: None, "text" (typed replies in traditional characters) or "all" (tickets too)
PLAYS = []


def play(scenario, name, lo, hi, passed, auto, competent, note, lines, trad=None):
    PLAYS.append((scenario, name, lo, hi, passed, auto, competent, note, trad,
                  [l.strip() for l in lines.strip().splitlines() if l.strip()]))


# ---------------------------------------------------------------- abusive_caller
play("abusive_caller", "h25_competent", 90, 100, True, False, True,
     "competent; own words; 特殊处理 1 ask once then 特殊处理 2 close and hang up", """
@2 /answer
@3 您好，这里是客服热线，我是7号话务员小唐，请问有什么可以帮您？
@3 先生，请问您需要什么帮助吗？
@3 感谢您的来电，如果没有其他业务需要咨询，再见！
@2 /hangup
""")
play("abusive_caller", "h25_retaliate", 0, 59, False, True, False,
     "fault: retaliation (你才是蠢货) after the ask; 特殊处理 6, §二(四) 4.2", """
@2 /answer
@3 您好，我是7号话务员，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 你嘴巴放干净点，你才是蠢货！
""")
play("abusive_caller", "h25_no_opening", 85, 90, True, False, False,
     "fault: no opening (silent pick-up until the caller swears); protocol otherwise right", """
@2 /answer
@12 请问您需要帮助吗？
@3 感谢您的来电，若没有其他业务咨询，再见！
@2 /hangup
""")

# ---------------------------------------------------------------- angry_caller
# seed 1: 杨先生, account 085161463655, 金阳新世界, 光缆被市政施工挖断, 明天上午十点前
play("angry_caller", "h25_competent", 85, 100, True, False, True,
     "competent; own words; typo 核实->合实 in the 1.2 等待前用语", """
@2 /answer
@3 您好，我是宽带客服中心12号小罗，请问有什么可以帮您？
@4 先生，从昨晚断到现在，孩子网课都没上成，换谁都着急，您的心情我非常理解。为了更有效地帮您解决，请问您的宽带账号是多少？
@4 杨先生，请您稍等，我马上帮您合实一下故障情况，好吗？
@2 /hold
@25 /unhold
@3 杨先生，感谢您的耐心等待。经核实，是金阳新世界片区的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会有短信通知您。
@4 真的很抱歉耽误了孩子上课。请问还有其他可以帮您的吗？感谢您的来电，再见！
""")
play("angry_caller", "h25_silent_hold_95", 50, 58, False, False, False,
     "fault: hold with no 1.2 words, 95 s silent; the caller hangs up (hold, solution, closing lost)", """
@2 /answer
@3 您好，我是宽带客服中心12号小罗，请问有什么可以帮您？
@4 先生，从昨晚断到现在确实太影响了，您的心情我非常理解。为了更有效地帮您处理，请问您的宽带账号是多少？
@4 /hold
@95 /unhold
""")
play("angry_caller", "h25_blame_tail", 72, 90, True, False, False,
     "fault: rude_tail(推诿: 这是施工队挖断的，我们也没办法) on a correct explanation", """
@2 /answer
@3 您好，我是宽带客服中心12号小罗，请问有什么可以帮您？
@4 先生，从昨晚断到现在，孩子网课都没上成，换谁都着急，您的心情我非常理解。为了更有效地帮您解决，请问您的宽带账号是多少？
@4 杨先生，请您稍等，我马上帮您核实一下故障情况，好吗？
@2 /hold
@25 /unhold
@3 杨先生，感谢您的耐心等待。经核实，是金阳新世界片区的光缆被市政施工挖断了，预计明天上午十点前恢复。这是施工队挖断的，我们也没办法。
@4 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------- bad_attitude
# seed 1: 39号客服, topic 修改宽带密码
play("bad_attitude", "h25_competent", 85, 100, True, False, True,
     "competent; traditional(s2t) replies and ticket (field names 被投訴工號/內容)", """
@2 /answer
@3 您好，我是宽带客服中心8号小蒋，请问有什么可以帮您？
@4 女士，真的非常抱歉，昨天让您受委屈了，给您带来了不便。我们会在以后的工作中改进，也谢谢您愿意告诉我们，希望您继续监督我们的服务！
@6 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午接听咨询修改宽带密码时态度不耐烦，话未说完即挂断电话
@3 女士，投诉已经给您登记好了。修改宽带密码的话，我现在就可以在系统里直接帮您受理；您也可以在APP的“宽带服务”里自己改，或者到营业厅办理。
@4 不客气，有需要随时打给我们。感谢您的来电，祝您生活愉快，再见！
""", trad="all")
play("bad_attitude", "h25_excuse", 72, 85, True, False, False,
     "fault: 推诿 for the colleague (话务量特别大，她也很忙，不是故意的) inside 2.9", """
@2 /answer
@3 您好，我是宽带客服中心8号小蒋，请问有什么可以帮您？
@4 非常抱歉给您带来了不便。不过昨天话务量特别大，她也很忙，不是故意的。我们会在以后的工作中改进，感谢您监督我们的服务。
@6 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午态度不耐烦，话未说完即挂断电话
@3 修改宽带密码我现在就可以在系统里直接帮您受理，您也可以在APP的“宽带服务”里自己改，或者到营业厅办理。
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("bad_attitude", "h25_wrong_agent_no", 80, 85, True, False, False,
     "fault: wrong number in the ticket (被投诉工号 93 for 39); 3.1 1.3.2", """
@2 /answer
@3 您好，我是宽带客服中心8号小蒋，请问有什么可以帮您？
@4 女士，真的非常抱歉，昨天让您受委屈了，给您带来了不便。我们会在以后的工作中改进，也谢谢您告诉我们，希望您继续监督我们的服务！
@6 /ticket 被投诉工号=93 内容=客户投诉93号客服昨天下午态度不耐烦，话未说完即挂断电话
@3 女士，投诉已经登记了。修改宽带密码我现在就可以在系统里直接帮您受理，您也可以在APP的“宽带服务”里自己改，或者到营业厅办理。
@4 不客气，感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- callback_outbound
# seed 1: 100兆 -> 500兆, 每月加 30 元
play("callback_outbound", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.21 intro, ask for the caller, supplement with the tariff", """
@3 /answer
@3 您好，我是宽带客服中心18号业务受理专员小何，请问刚才是您打我们客服热线咨询宽带提速的吗？
@3 好的，打扰您了。刚才有一位先生拨打过我们的客服电话，请问他现在在家吗？方便请他接一下电话吗？
/listen
@8 先生您好，我是宽带客服中心18号专员，对于您刚才咨询的宽带提速，我这边还有一些内容需要补充：从现在的100兆提速到500兆，每月加30元，次月1日生效，不需要上门。
@4 不客气，您考虑好了随时打我们热线就能办。祝您生活愉快，再见！
""")
play("callback_outbound", "h25_rude_close", 70, 85, True, False, False,
     "fault: rude_tail at the close (我这边还一堆电话要打呢)", """
@3 /answer
@3 您好，我是宽带客服中心18号业务受理专员小何，请问刚才是您打我们客服热线咨询宽带提速的吗？
@3 好的。刚才有一位先生拨打过我们的客服电话，请问他现在在家吗？方便请他接一下电话吗？
/listen
@8 先生您好，对于您刚才咨询的宽带提速，我这边还有一些内容需要补充：从现在的100兆提速到500兆，每月加30元，次月1日生效，不需要上门。
@4 行吧，考虑好了自己打热线办，我这边还一堆电话要打呢，再见。
""")
play("callback_outbound", "h25_wrong_price", 85, 95, True, False, False,
     "fault: wrong figure in the supplement (每月加50元 for 30); answer not from the desk", """
@3 /answer
@3 您好，我是宽带客服中心18号业务受理专员小何，请问刚才是您打我们客服热线咨询宽带提速的吗？
@3 好的，打扰您了。刚才有一位先生拨打过我们的客服电话，请问他现在在家吗？方便请他接一下电话吗？
/listen
@8 先生您好，对于您刚才咨询的宽带提速，我这边还有一些内容需要补充：从现在的100兆提速到500兆，每月加50元，次月1日生效。
@4 不客气，您考虑好了随时打我们热线。祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- caller_fast
# seed 1: 158 -> 88
play("caller_fast", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.3, read-back, ticket 158->88 副卡 下月", """
@2 /answer
@3 您好，我是客服中心21号小邓，请问有什么可以帮您？
@4 先生，非常抱歉，您说得有点快，我没太听明白您的意思，麻烦您说慢一点好吗？
@5 好的，跟您确认一下：把现在158元的套餐换成88元的，副卡取消，下个月1号生效，对吗？
@10 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效
@4 好的，已经帮您登记好了，下个月1号起生效。感谢您的来电，祝您生活愉快，再见！
""")
play("caller_fast", "h25_wrong_amount", 85, 90, True, False, False,
     "fault: wrong amount in the ticket (98元 for 88); 3.1 1.3.2 no valid record", """
@2 /answer
@3 您好，我是客服中心21号小邓，请问有什么可以帮您？
@4 先生，非常抱歉，您说得有点快，我没太听明白您的意思，麻烦您说慢一点好吗？
@5 好的，跟您确认一下：把现在158元的套餐换成88元的，副卡取消，下个月1号生效，对吗？
@10 /ticket 业务=套餐变更 内容=158元套餐改为98元套餐，取消副卡，下月1日生效
@4 好的，已经帮您登记好了。感谢您的来电，祝您生活愉快，再见！
""")
play("caller_fast", "h25_rude_slow", 62, 75, True, False, False,
     "fault: 2.3 replaced by a rhetorical retort (你说那么快谁听得清啊？)", """
@2 /answer
@3 您好，我是客服中心21号小邓，请问有什么可以帮您？
@4 你说那么快谁听得清啊？慢点说。
/listen
@3 您是要把158的套餐改成88的，再把副卡取消，下个月生效是吧？
@10 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效
@4 好的，已经登记了。感谢您的来电，再见！
""")

# ---------------------------------------------------------------- caller_quiet
play("caller_quiet", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.2 ask, ask again, change phone, pause, hang up", """
@2 /answer
@3 您好，我是客服中心15号小吕，请问有什么可以帮您？
@4 非常抱歉，我这边听不太清楚，麻烦您讲话大声一点好吗？
@4 实在抱歉，还是听不太清楚，请您再大声一点好吗？
@4 非常抱歉，电话声音太小了，请您换一部电话再打过来，好吗？
@3 /hangup
""")
play("caller_quiet", "h25_rude_louder", 48, 58, False, False, False,
     "fault: impatient 大声点 without apology (rhetorical 行不行？), the repeat missed", """
@2 /answer
@3 您好，我是客服中心15号小吕，请问有什么可以帮您？
@4 听不见！你大声点行不行？
/listen
@3 你倒是大声点啊，我这边什么都听不见！
@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@3 /hangup
""")
play("caller_quiet", "h25_hung_up", 20, 30, False, False, False,
     "fault: hangs up on the faint caller at once, no 2.2 protocol", """
@2 /answer
@3 您好，我是客服中心15号小吕，请问有什么可以帮您？
@4 喂？听不清楚，我先挂了。
@1 /hangup
""")

# ---------------------------------------------------------------- correction
# seed 1: 20GB + 定向 15GB = 35GB
play("correction", "h25_competent", 85, 100, True, False, True,
     "competent; own words; first answer from kb_old, 2.14 with the corrected 35GB", """
@2 /answer
@3 您好，我是客服中心6号小黎，请问有什么可以帮您？
@4 先生您好，59元套餐每个月包含国内通用流量20GB，另外还有国内通话200分钟。
@4 非常抱歉，刚才我的解释不够完整，应该是：从本月起这个套餐除了20GB通用流量，还有15GB定向流量，一共是35GB。
@4 不客气，给您添麻烦了。感谢您的来电，祝您生活愉快，再见！
""")
play("correction", "h25_no_apology", 75, 80, True, False, False,
     "fault: right figure without 2.14's apology / admission", """
@2 /answer
@3 您好，我是客服中心6号小黎，请问有什么可以帮您？
@4 先生您好，59元套餐每个月包含国内通用流量20GB，另外还有国内通话200分钟。
@4 哦，本月起套餐有更新：20GB通用流量加15GB定向流量，一共35GB。
/listen
@3 以本月更新后的为准，就是一共35GB。
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("correction", "h25_insists", 35, 50, False, False, False,
     "fault: 推诿 / insists on the old figure (您不信可以自己去营业厅问); caller leaves", """
@2 /answer
@3 您好，我是客服中心6号小黎，请问有什么可以帮您？
@4 先生您好，59元套餐每个月包含国内通用流量20GB，另外还有国内通话200分钟。
@4 那是网上写的，我们系统里就是20个G，您以我们这边为准就行。
/listen
@3 我们这边查到的就是20G，您不信可以自己去营业厅问。
""")

# ---------------------------------------------------------------- crisis_authority
# seed 1: 有机二段, 抖音
play("crisis_authority", "h25_competent", 85, 100, True, False, True,
     "competent; own words; plan in authority typed, ticket, escalate 专项处理部", """
@2 /answer
@3 您好，我是客服中心3号小葛，请问有什么可以帮您？
@4 女士，给宝宝买的奶粉居然是过期的，您的心情我非常理解，换成我也会特别着急。为了更有效地帮您处理，请问这是您用这个号码下的订单吧？
@5 非常抱歉！我可以在权限内先给您办理全额退款，再补偿您一张200元的优惠券，过期的奶粉我们安排人上门取回，您看这样可以吗？
@4 宝宝的身体最要紧，您先别着急。这个情况我马上给您登记，并升级到我们的专项处理部，由他们专门跟进宝宝的情况。
@15 /ticket 事件=客户购买的有机二段婴儿奶粉2罐已过期两个月，宝宝昨天喝了两次后今天一直腹泻 联系电话=18985199876 曝光风险=客户已拍视频，表示将发抖音并找电视台曝光 已办理=全额退款，补偿200元优惠券，安排上门取回
@3 /escalate 专项处理部
@3 已经给您升级到专项处理部了，专员会尽快跟您联系。建议您先带宝宝去医院看看，就诊记录和票据请保留好。
@4 好的，祝宝宝早日康复，有任何情况随时联系我们。感谢您的来电，再见！
""")
play("crisis_authority", "h25_over_promise", 70, 75, True, False, False,
     "fault: beyond authority (choice 3: 两千元现金 for no video)", """
@2 /answer
@3 您好，我是客服中心3号小葛，请问有什么可以帮您？
@4 女士，给宝宝买的奶粉居然是过期的，您的心情我非常理解。为了更有效地帮您处理，请问这是您用这个号码下的订单吧？
@5 #3
@4 宝宝的身体最要紧。这个情况我马上给您登记，并升级到专项处理部，由他们专门跟进。
@15 /ticket 事件=有机二段婴儿奶粉过期两个月，宝宝喝后腹泻 联系电话=18985199876 曝光风险=客户扬言发抖音、找电视台 已办理=承诺赔偿现金
@3 /escalate 专项处理部
@3 已经给您升级到专项处理部了，专员会尽快跟您联系，建议您先带宝宝去医院看看。
@4 感谢您的来电，再见！
""")
play("crisis_authority", "h25_no_empathy", 72, 85, True, False, False,
     "fault: no 2.12, a lecture instead (您先冷静一下，发视频也解决不了问题)", """
@2 /answer
@3 您好，我是客服中心3号小葛，请问有什么可以帮您？
@4 您先冷静一下，发视频也解决不了问题，我们会处理的。
@5 非常抱歉！我可以在权限内先给您办理全额退款，再补偿您一张200元的优惠券，过期的奶粉我们安排人上门取回，您看这样可以吗？
@4 宝宝的身体最要紧。这个情况我马上给您登记，并升级到专项处理部，由他们专门跟进宝宝的情况。
@15 /ticket 事件=有机二段婴儿奶粉2罐过期两个月，宝宝喝后一直腹泻 联系电话=18985199876 曝光风险=客户已拍视频，扬言发抖音、找电视台 已办理=全额退款，200元优惠券，上门取回
@3 /escalate 专项处理部
@3 已经给您升级到专项处理部了，专员会尽快跟您联系，建议您先带宝宝去医院看看。
@4 祝宝宝早日康复。感谢您的来电，再见！
""")

# ---------------------------------------------------------------- crisis_selfharm
# seed 1: 十二万, 花果园二期C区楼顶; her number 13985166420
play("crisis_selfharm", "h25_competent", 85, 100, True, False, True,
     "competent; own words (千万别做傻事 innocent); safety, escalate 危机干预组 within a minute, ticket, hand-over", """
@2 /answer
@3 您好，我是客服中心11号小秦，请问有什么可以帮您？
@4 女士，辛苦攒下的钱被骗走，换谁都会崩溃，您的心情我非常理解。为了更好地帮到您，请问您现在身边有人陪着吗？
@4 您千万别做傻事，钱的事我们一起想办法。您先从楼顶边上下来，到安全的地方好吗？我一直陪着您。您现在用的这个电话能联系到您吗？
@3 /escalate 危机干预组
@8 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=客户被冒充客服诈骗十二万元积蓄，情绪低落，扬言轻生，已升级危机干预组
@4 会的，我已经请危机干预组的专员马上跟您联系，他们现在就接进来，您别挂电话，我一直在。
""")
play("crisis_selfharm", "h25_no_escalation", 0, 59, False, True, False,
     "fault: missed escalation; kind words and a ticket, then goodbye and hang-up (2.4)", """
@2 /answer
@3 您好，我是客服中心11号小秦，请问有什么可以帮您？
@4 女士，辛苦攒下的钱被骗走，换谁都会崩溃，您的心情我非常理解。为了更好地帮到您，请问您现在身边有人陪着吗？
@4 您千万别做傻事，钱的事我们一起想办法。您先从楼顶下来，到安全的地方好吗？您现在用的这个电话能联系到您吗？
@8 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=客户被诈骗十二万元，情绪低落
@4 您先回家好好休息，这件事我已经给您记下来了，后面会有同事跟进的。
@4 感谢您的来电，再见！
@2 /hangup
""")
play("crisis_selfharm", "h25_blames", 78, 90, True, False, False,
     "fault: blame (您怎么这么不小心呢) in the safety line; otherwise escalated and recorded", """
@2 /answer
@3 您好，我是客服中心11号小秦，请问有什么可以帮您？
@4 女士，辛苦攒下的钱被骗走，换谁都会崩溃，您的心情我非常理解。为了更好地帮到您，请问您现在身边有人陪着吗？
@4 您怎么这么不小心呢，这种骗局新闻里天天在说。您先从楼顶下来，到安全的地方好吗？您现在用的这个电话能联系到您吗？
@3 /escalate 危机干预组
@8 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=客户被冒充客服诈骗十二万元，扬言轻生，已升级危机干预组
@4 会的，危机干预组的专员马上跟您联系，您别挂电话，我一直在。
""")

# ---------------------------------------------------------------- customer_types
# seed 1: k = 2 (犹豫型)
play("customer_types", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 犹豫型 picked, 2.12 with a clear recommendation (换货)", """
@2 /answer
@3 您好，我是客服中心9号小甘，请问有什么可以帮您？
@4 #2
@4 女士，新手机一到手就看到划痕，确实挺闹心的，您的心情我非常理解。为了更有效地帮到您，请问您是希望尽快用上一台没有划痕的手机吧？那我建议您选择换货：运费由商家承担，明天就有人上门取件，收到后3个工作日内给您发新机。
@4 好的，我这就帮您提交换货申请。感谢您的来电，祝您生活愉快，再见！
""")
play("customer_types", "h25_wrong_type", 70, 75, True, False, False,
     "fault: wrong customer type picked (急躁型 for 犹豫型); the answer itself fits", """
@2 /answer
@3 您好，我是客服中心9号小甘，请问有什么可以帮您？
@4 #1
@4 女士，新手机一到手就看到划痕，确实挺闹心的，您的心情我非常理解。为了更有效地帮到您，请问您是希望尽快用上一台没有划痕的手机吧？那我建议您选择换货：运费由商家承担，明天就有人上门取件，收到后3个工作日内给您发新机。
@4 好的，我这就帮您提交换货申请。感谢您的来电，祝您生活愉快，再见！
""")
play("customer_types", "h25_leaves_choice", 78, 85, True, False, False,
     "fault: hesitant caller left to choose alone (退货换货都可以，您自己看)", """
@2 /answer
@3 您好，我是客服中心9号小甘，请问有什么可以帮您？
@4 #2
@4 女士，新手机一到手就看到划痕，确实挺闹心的，您的心情我非常理解。为了更有效地帮到您，请问您是想退货还是换货呢？屏幕划痕属于质量问题，7天内退货、换货都可以，运费由商家承担，您看选哪种。
@4 这个主要看您自己，退货换货都可以的。
@4 好的，您想好了随时联系我们。感谢您的来电，再见！
""")

# ---------------------------------------------------------------- dialect_caller
play("dialect_caller", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.20, then 2.18(1), transfer 粤语坐席", """
@2 /answer
@3 您好，我是客服中心14号小廖，请问有什么可以帮您？
@4 先生不好意思，打断您一下，我这边听不太懂粤语，请问您方便讲普通话吗？谢谢！
@4 好的先生，请您稍等，我马上为您转接会讲粤语的同事，请不要挂机，好吗？
@3 /transfer 粤语坐席
""")
play("dialect_caller", "h25_wrong_desk_first", 75, 80, True, False, False,
     "fault: wrong desk transfer (英语坐席) first, put right after the caller comes back", """
@2 /answer
@3 您好，我是客服中心14号小廖，请问有什么可以帮您？
@4 先生不好意思，打断您一下，我这边听不太懂粤语，请问您方便讲普通话吗？谢谢！
@4 好的先生，请您稍等，我为您转接，请不要挂机，好吗？
@3 /transfer 英语坐席
/listen
@3 实在抱歉，刚才转错了，我现在马上帮您转到粤语坐席，请您稍等，不要挂机。
@3 /transfer 粤语坐席
""")
play("dialect_caller", "h25_mock", 0, 59, False, True, False,
     "fault: insult (鸟语, 听不懂人话吗) at the dialect caller", """
@2 /answer
@3 您好，我是客服中心14号小廖，请问有什么可以帮您？
@4 你讲的什么鸟语，听不懂人话吗？说普通话！
""")

# ---------------------------------------------------------------- english_caller
# seed 1: Room 802, Building 2, Jinyang New Town; engineer this afternoon
play("english_caller", "h25_competent", 85, 100, True, False, True,
     "competent; English help, asks address, ticket, engineer this afternoon, English goodbye", """
@2 /answer
@3 您好，我是客服中心5号小蒲，请问有什么可以帮您？
@4 Hello, yes, I can help you in English. I'm sorry your internet is down. May I have your address, please?
@15 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Broadband down since this morning
@4 Thank you. I have booked a repair for you: an engineer will come to your home this afternoon to fix it.
@4 You're welcome. Thank you for calling, have a nice day. Goodbye!
""")
play("english_caller", "h25_wrong_desk", 25, 32, False, False, False,
     "fault: wrong desk transfer (粤语坐席 for an English speaker); the caller gives up", """
@2 /answer
@3 您好，我是客服中心5号小蒲，请问有什么可以帮您？
@4 OK, please hold on, I will transfer you to my colleague.
@3 /transfer 粤语坐席
""")
play("english_caller", "h25_chinese_goodbye", 75, 80, True, False, False,
     "fault: closes in Chinese to a caller who does not understand it (no English goodbye)", """
@2 /answer
@3 您好，我是客服中心5号小蒲，请问有什么可以帮您？
@4 Hello, yes, I can help you in English. I'm sorry your internet is down. May I have your address, please?
@15 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Broadband down since this morning
@4 Thank you. I have booked a repair for you: an engineer will come to your home this afternoon to fix it.
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- explain_again
# seed 1: 吴阿姨, 套餐外流量费 二十三块
play("explain_again", "h25_competent", 85, 100, True, False, True,
     "competent; traditional(s2t); plain-words explanation, 2.6, usage from the detail list", """
@2 /answer
@3 您好，我是客服中心20号小苟，请问有什么可以帮您？
@4 吴阿姨，您别着急，我慢慢给您说。月功能费8块钱，是来电显示5块加彩铃3块，这是每个月固定收的增值功能费；套餐外流量费23块，是您套餐里的流量用完以后，超出的部分按用量收的钱。
@4 吴阿姨，请问您还有哪里不太清楚的，需要我再给您解释一遍吗？
@5 阿姨，我帮您查了流量详单，这个月的流量主要是手机上用微信视频通话，还有刷微信视频号用掉的，这些都要用流量。
@4 不客气阿姨，以后有看不明白的随时打来问我们。感谢您的来电，祝您身体健康，再见！
""", trad="text")
play("explain_again", "h25_condescend", 75, 85, True, False, False,
     "fault: condescension (我刚才不是说得很清楚了吗？) before 2.6 on the second try", """
@2 /answer
@3 您好，我是客服中心20号小苟，请问有什么可以帮您？
@4 吴阿姨，月功能费8块钱，是来电显示5块加彩铃3块，这是每个月固定收的增值功能费；套餐外流量费23块，是您套餐里的流量用完以后，超出的部分按用量收的钱。
@4 我刚才不是说得很清楚了吗？您再仔细听一遍。
/listen
@3 好吧，请问您是哪里还不清楚，需要我再给您解释一遍吗？
@5 阿姨，流量详单上看，这个月的流量主要是手机上用微信视频通话和刷微信视频号用掉的。
@4 感谢您的来电，再见！
""")
play("explain_again", "h25_no_closing", 80, 85, True, False, False,
     "fault: no closing (silent after the caller's thanks)", """
@2 /answer
@3 您好，我是客服中心20号小苟，请问有什么可以帮您？
@4 吴阿姨，您别着急，我慢慢给您说。月功能费8块钱，是来电显示5块加彩铃3块，这是每个月固定收的增值功能费；套餐外流量费23块，是您套餐里的流量用完以后，超出的部分按用量收的钱。
@4 吴阿姨，请问您还有哪里不太清楚的，需要我再给您解释一遍吗？
@5 阿姨，我帮您查了流量详单，这个月的流量主要是手机上用微信视频通话，还有刷微信视频号用掉的。
""")

# ---------------------------------------------------------------- hard_to_reach
# seed 1: 到期日 明年1月15日, 二十多次
play("hard_to_reach", "h25_competent", 85, 100, True, False, True,
     "competent; traditional(s2t); 2.15, hold with 1.2 both ends, expiry from the lookup", """
@2 /answer
@3 您好，我是客服中心2号小尹，请问有什么可以帮您？
@4 先生，真的非常抱歉！最近咨询量一下子增加了很多，系统比较繁忙，技术部门正在想办法解决，让您打了二十多次才接通，给您带来不便，我们深表歉意！
@4 好的，请您稍等，我马上帮您核实一下，好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。经核实，您家宽带是100M包年套餐，到期日是明年1月15日，到期前一个月会有短信提醒您续费。
@4 不客气，再次为让您久等说声抱歉。感谢您的来电，祝您生活愉快，再见！
""", trad="text")
play("hard_to_reach", "h25_hold_no_phrases", 80, 85, True, False, False,
     "fault: hold without the 1.2 phrases before and after", """
@2 /answer
@3 您好，我是客服中心2号小尹，请问有什么可以帮您？
@4 先生，真的非常抱歉！最近咨询量一下子增加了很多，系统比较繁忙，技术部门正在想办法解决，给您带来不便，我们深表歉意！
@4 /hold
@15 /unhold
@3 您家宽带到期日是明年1月15日，到期前一个月会短信提醒您续费。
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("hard_to_reach", "h25_shift_blame", 62, 72, True, False, False,
     "fault: 推诿 instead of 2.15 (这个我们也没办法 / 这个我也管不了)", """
@2 /answer
@3 您好，我是客服中心2号小尹，请问有什么可以帮您？
@4 占线是因为打的人多，这个我们也没办法，您有什么事？
/listen
@3 这个我也管不了，您说事吧。
@4 好的，请您稍等，我马上帮您核实一下，好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。经核实，您家宽带到期日是明年1月15日，到期前一个月会有短信提醒您续费。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- info_record
# seed 1: 杨丽华, 13967395191, 云岩区中华北路108号3单元502室, 燃气管道接头漏气，已关总阀
play("info_record", "h25_competent", 85, 100, True, False, True,
     "competent; ticket at ~86 字/分, read-back of the phone, safety advice, closing", """
@2 /answer
@3 您好，燃气服务热线，我是16号小汤，请问有什么可以帮您？
@30 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 杨女士，跟您核对一下电话：13967395191，对吗？
@4 好的，抢修师傅会尽快联系您上门。漏气期间请保持总阀关闭、开窗通风，不要开关电器。感谢您的来电，再见！
""")
play("info_record", "h25_wrong_phone", 70, 75, True, False, False,
     "fault: wrong phone in the ticket (13967395119 for 13967395191); read-back right", """
@2 /answer
@3 您好，燃气服务热线，我是16号小汤，请问有什么可以帮您？
@30 /ticket name=杨丽华 phone=13967395119 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 杨女士，跟您核对一下电话：13967395191，对吗？
@4 好的，抢修师傅会尽快联系您上门。漏气期间请保持总阀关闭、开窗通风。感谢您的来电，再见！
""")
play("info_record", "h25_no_opening", 85, 90, True, False, False,
     "fault: no opening (the caller starts dictating into silence)", """
@2 /answer
@45 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 跟您核对一下电话：13967395191，对吗？
@4 好的，抢修师傅会尽快联系您。漏气期间请保持总阀关闭、开窗通风。感谢您的来电，再见！
""")

# ---------------------------------------------------------------- leader_phone
# seed 1: 刘总, 十天
play("leader_phone", "h25_competent", 85, 100, True, False, True,
     "competent; own words typed at both choices (2.7(1), 2.7(2)), 内容 records the install delay", """
@2 /answer
@3 您好，我是客服中心10号小岳，请问有什么可以帮您？
@4 先生，装个宽带让您等了十天，真是对不起。作为客服代表，帮您解决问题是我的职责，请您相信我，我一定尽力帮您把这件事落实。
@4 非常抱歉，您要的领导联系方式超出了我们的服务范围，我这边没办法提供，请您通过其他方式查询，好吗？您装机的事我现在就给您加急催办。
@5 /ticket 内容=宽带新装受理十天仍未上门安装，已超承诺时限，客户已请假两次在家等待，要求尽快安排 处理=加急催办装维部门，派单后联系客户约上门时间
@4 先生，已经给您加急催办了，装维的同事派单后会尽快联系您约上门时间。感谢您的来电，再见！
""")
play("leader_phone", "h25_wrong_record", 80, 85, True, False, False,
     "fault: ticket 内容 records the phone request, not the install delay", """
@2 /answer
@3 您好，我是客服中心10号小岳，请问有什么可以帮您？
@4 先生，装个宽带让您等了十天，真是对不起。作为客服代表，帮您解决问题是我的职责，请您相信我，我一定尽力帮您把这件事落实。
@4 非常抱歉，您要的领导联系方式超出了我们的服务范围，我这边没办法提供，请您通过其他方式查询，好吗？
@5 /ticket 内容=客户索要总经理手机号，已按规定拒绝 处理=安抚客户
@4 好的，我会帮您催一下的。感谢您的来电，再见！
""")
play("leader_phone", "h25_insult", 0, 59, False, True, False,
     "fault: insult (脑子有问题吧) when the caller insists", """
@2 /answer
@3 您好，我是客服中心10号小岳，请问有什么可以帮您？
@4 先生，装个宽带让您等了十天，真是对不起。作为客服代表，帮您解决问题是我的职责，请您相信我，我一定尽力帮您。
@4 你烦不烦啊，跟你说了多少遍了，脑子有问题吧？
""")

# ---------------------------------------------------------------- long_wait
# seed 1: 半个小时, 商场里
play("long_wait", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.16, 挂失 filed at once, 补卡 from the knowledge base", """
@2 /answer
@3 您好，我是客服中心17号小贺，请问有什么可以帮您？
@4 真的非常抱歉，让您久等了！您别着急，有什么事我马上帮您办。
@4 /ticket 业务=停机挂失 内容=机主手机在商场里丢失，本号码立即停机挂失
@4 女士，已经帮您办好停机挂失了，马上生效。补卡的话需要机主本人带上有效身份证件，到任意一家营业厅就能办，号码不变，工本费10元。
@4 不客气，手机上绑的银行卡也建议您尽快联系银行冻结。感谢您的来电，再见！
""")
play("long_wait", "h25_no_apology", 82, 88, True, False, False,
     "fault: no 2.16 until the caller asks for it (second try)", """
@2 /answer
@3 您好，我是客服中心17号小贺，请问有什么可以帮您？
@4 您好，请问您要办理什么业务？
/listen
@3 不好意思，让您久等了，请问您要办什么业务？
@4 /ticket 业务=停机挂失 内容=机主手机在商场里丢失，本号码立即停机挂失
@4 已经帮您停机挂失了。补卡需要机主本人带有效身份证件，到任意一家营业厅办理，号码不变，工本费10元。
@4 感谢您的来电，再见！
""")
play("long_wait", "h25_rude_tail", 75, 85, True, False, False,
     "fault: rude_tail on 2.16 (排队很正常的)", """
@2 /answer
@3 您好，我是客服中心17号小贺，请问有什么可以帮您？
@4 让您久等了，不好意思。现在这个时段打进来的人多，排队很正常的。
@4 /ticket 业务=停机挂失 内容=机主手机在商场里丢失，本号码立即停机挂失
@4 已经帮您停机挂失了。补卡需要机主本人带有效身份证件，到任意一家营业厅办理，号码不变，工本费10元。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- no_contact
# seed 1: 15961463655, 世纪城
play("no_contact", "h25_competent", 85, 100, True, False, True,
     "competent; traditional(s2t); 2.11, number recorded, promise to call back", """
@2 /answer
@3 您好，我是客服中心4号小覃，请问有什么可以帮您？
@4 先生，晚上被吵得睡不好觉确实太难受了，真是抱歉。这个情况我马上给您登记，方便留个联系电话吗？处理好以后我们好给您回复。
@4 先生您放心，电话只用于这次投诉的回访，不会拿来推销。非常抱歉，如果您不留联系电话，我们就无法与您取得联系，您反映的问题我们也将无法为您处理。
@10 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，扰民影响休息
@4 好的，已经给您记好了。我们会尽快安排维护人员去处理，处理完第一时间给您回电话。
@4 给您添麻烦了。感谢您的来电，祝您晚上能睡个好觉，再见！
""", trad="text")
play("no_contact", "h25_wrong_phone", 75, 80, True, False, False,
     "fault: wrong phone in the ticket (15961463565 for 15961463655)", """
@2 /answer
@3 您好，我是客服中心4号小覃，请问有什么可以帮您？
@4 先生，晚上被吵得睡不好觉确实太难受了，真是抱歉。这个情况我马上给您登记，方便留个联系电话吗？处理好以后我们好给您回复。
@4 先生您放心，电话只用于这次投诉的回访，不会拿来推销。非常抱歉，如果您不留联系电话，我们就无法与您取得联系，您反映的问题我们也将无法为您处理。
@10 /ticket 联系电话=15961463565 内容=世纪城小区门口通信机柜风扇夜间噪音大，扰民
@4 好的，已经给您记好了。我们会尽快安排人去处理，处理完第一时间给您回电话。
@4 感谢您的来电，再见！
""")
play("no_contact", "h25_no_2_11", 65, 70, True, False, False,
     "fault: 2.11 never said (不留也行 / 肯定会处理的)", """
@2 /answer
@3 您好，我是客服中心4号小覃，请问有什么可以帮您？
@4 先生，晚上被吵得睡不好觉确实太难受了，真是抱歉。这个情况我马上给您登记，方便留个联系电话吗？处理好以后我们好给您回复。
@4 好吧，那不留也行，我们自己看着处理。
/listen
@3 不会不会，我们肯定会处理的，您放心。
@10 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，扰民
@4 好的，记好了。我们会尽快安排人去处理，处理完第一时间给您回电话。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- no_knowledge
# seed 1: 我爸爸, 15167395191
play("no_knowledge", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.19 (apology, check, 24 h callback), number recorded", """
@2 /answer
@3 您好，我是客服中心13号小宁，请问有什么可以帮您？
@4 女士，非常抱歉，副卡能不能享受这个老年人优惠，我们这边暂时还没有详细资料，需要跟业务部门进一步核实，我们会在24小时内给您回电话，好吗？
@10 /ticket 联系电话=15167395191 内容=咨询60岁以上老年人话费优惠是否适用于副卡（副卡由客户父亲使用），待业务部门核实后24小时内回电
@4 好的，核实清楚后我们第一时间联系您。感谢您的来电，再见！
""")
play("no_knowledge", "h25_guess", 65, 70, True, False, False,
     "fault: a guess the knowledge base does not support (应该可以享受的 / 肯定可以的)", """
@2 /answer
@3 您好，我是客服中心13号小宁，请问有什么可以帮您？
@4 应该可以享受的，副卡也是用您本人身份证办的嘛。
/listen
@3 嗯，肯定可以的，您放心。
@10 /ticket 联系电话=15167395191 内容=咨询老年人话费优惠是否适用于副卡
@4 好的，感谢您的来电，再见！
""")
play("no_knowledge", "h25_wrong_phone", 80, 85, True, False, False,
     "fault: wrong phone in the ticket (15167395119 for 15167395191)", """
@2 /answer
@3 您好，我是客服中心13号小宁，请问有什么可以帮您？
@4 女士，非常抱歉，副卡能不能享受这个老年人优惠，我们这边暂时还没有详细资料，需要跟业务部门进一步核实，我们会在24小时内给您回电话，好吗？
@10 /ticket 联系电话=15167395119 内容=咨询60岁以上老年人话费优惠是否适用于副卡，待核实后24小时内回电
@4 好的，核实清楚后我们第一时间联系您。感谢您的来电，再见！
""")

# ---------------------------------------------------------------- not_heard
# seed 1: YT1177966493, 遵义分拨中心
play("not_heard", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.5, ticket, hold with 1.2, result from the lookup", """
@2 /answer
@3 您好，我是客服中心19号小饶，请问有什么可以帮您？
@4 非常抱歉，刚才路边声音太大，我没听清您的单号，麻烦您再重复一遍好吗？
@12 /ticket 单号=YT1177966493 note=物流三天未更新，客户来电查询
@3 单号YT1177966493已经记下了。请您稍等，我帮您核实一下物流情况好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。经查询，您的包裹目前滞留在遵义分拨中心，因为分拣积压所以三天没更新，预计明天就能给您派送。
@4 不客气，路边车多注意安全。感谢您的来电，再见！
""")
play("not_heard", "h25_wrong_number", 80, 85, True, False, False,
     "fault: wrong tracking number in the ticket (YT1177969643 for YT1177966493)", """
@2 /answer
@3 您好，我是客服中心19号小饶，请问有什么可以帮您？
@4 非常抱歉，刚才路边声音太大，我没听清您的单号，麻烦您再重复一遍好吗？
@12 /ticket 单号=YT1177969643 note=物流三天未更新
@3 单号已经记下了。请您稍等，我帮您核实一下物流情况好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。经查询，您的包裹目前滞留在遵义分拨中心，预计明天给您派送。
@4 感谢您的来电，再见！
""")
play("not_heard", "h25_silent_hold_75", 80, 85, True, False, False,
     "fault: a long silent hold (75 s, no check-back)", """
@2 /answer
@3 您好，我是客服中心19号小饶，请问有什么可以帮您？
@4 非常抱歉，刚才路边声音太大，我没听清您的单号，麻烦您再重复一遍好吗？
@12 /ticket 单号=YT1177966493 note=物流三天未更新
@3 单号已经记下了。请您稍等，我帮您核实一下物流情况好吗？
@2 /hold
@75 /unhold
@3 感谢您的耐心等待。经查询，您的包裹目前滞留在遵义分拨中心，因为分拣积压三天没更新，预计明天给您派送。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- off_topic
play("off_topic", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 特殊处理 5 ask, close, hang up", """
@2 /answer
@3 您好，我是客服中心22号小晏，请问有什么可以帮您？
@4 先生，这个我们这边查不到。请问您有什么业务需要咨询吗？
@4 如果您没有业务需要咨询，那谢谢您，再见！
/listen
@2 /hangup
""")
play("off_topic", "h25_chats", 85, 90, True, False, False,
     "fault: chats along about the lottery before the protocol", """
@2 /answer
@3 您好，我是客服中心22号小晏，请问有什么可以帮您？
@4 哈哈，我也不知道昨天开的什么号，我平时不买彩票。
@4 先生，请问您有什么业务需要咨询吗？
@4 如果没有业务需要咨询，谢谢您，再见！
/listen
@2 /hangup
""")
play("off_topic", "h25_rude_end", 62, 80, True, False, False,
     "fault: rude_tail on the 特殊处理 5 close (没事就别占着热线了)", """
@2 /answer
@3 您好，我是客服中心22号小晏，请问有什么可以帮您？
@4 先生，请问您有什么业务需要咨询吗？
@4 没事就别占着热线了。如果没有业务需要咨询，谢谢您，再见！
/listen
@2 /hangup
""")

# ---------------------------------------------------------------- praised
# seed 1: 27号客服
play("praised", "h25_competent", 85, 100, True, False, True,
     "competent; traditional(s2t); 2.8, replay method from the knowledge base", """
@2 /answer
@3 您好，我是客服中心23号小龚，请问有什么可以帮您？
@4 太谢谢您专门打电话来表扬了！不客气，这是我们应该做的，我一定把您的表扬转达给27号同事。
@4 可以回看的，7天内的节目都能看。您用遥控器按“回看”键，选好日期和频道就行；或者进节目单，选昨天的节目按确认键也可以。
@4 不客气，祝您看得开心。感谢您的来电，再见！
""", trad="text")
play("praised", "h25_ignores_praise", 65, 70, True, False, False,
     "fault: the praise not answered (no 2.8)", """
@2 /answer
@3 您好，我是客服中心23号小龚，请问有什么可以帮您？
@4 好的。请问您还有别的事吗？
@4 可以回看的，7天内的节目都能看。您用遥控器按“回看”键，选好日期和频道就行；或者进节目单，选昨天的节目按确认键也可以。
@4 感谢您的来电，再见！
""")
play("praised", "h25_wrong_info", 72, 80, True, False, False,
     "fault: made-up answer (只能看3天) with a look-it-up-yourself tail", """
@2 /answer
@3 您好，我是客服中心23号小龚，请问有什么可以帮您？
@4 谢谢您的表扬！不客气，这是我们应该做的，我会转达给27号同事。
@4 回看只能看3天以内的节目，您在菜单里自己找一下吧。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- repeat_complaint
# seed 1: 罗女士, 15867395191, 二十天, 光猫红灯一直亮着上不了网
play("repeat_complaint", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.13, ticket with the number, escalate 投诉处理组, closing", """
@2 /answer
@3 您好，我是客服中心24号小符，请问有什么可以帮您？
@4 罗女士，真的非常抱歉，让您反复打了四次电话。您反映的问题我们正在紧急处理，因为中间要几个部门协调，所以拖得比较久，问题解决后我们会第一时间和您联系。
@12 /ticket 联系电话=15867395191 内容=第四次来电：光猫红灯常亮无法上网，报修二十天仍未上门（已超三个工作日承诺），客户表示将投诉12315
@3 /escalate 投诉处理组
@3 罗女士，我已经把您的工单直接升级到投诉处理组，由他们专人负责跟进，会尽快安排师傅上门并主动给您回电，不用您再打过来了。
@4 再次向您说声抱歉，给您添了这么多麻烦。感谢您的来电，再见！
""")
play("repeat_complaint", "h25_wrong_phone", 85, 90, True, False, False,
     "fault: wrong phone in the ticket (15867395119 for 15867395191)", """
@2 /answer
@3 您好，我是客服中心24号小符，请问有什么可以帮您？
@4 罗女士，真的非常抱歉，让您反复打了四次电话。您反映的问题我们正在紧急处理，因为中间要几个部门协调，所以拖得比较久，问题解决后我们会第一时间和您联系。
@12 /ticket 联系电话=15867395119 内容=第四次来电：光猫红灯常亮无法上网，报修二十天仍未上门，客户表示将投诉12315
@3 /escalate 投诉处理组
@3 我已经把您的工单升级到投诉处理组，由他们专人负责跟进，会尽快给您回电。
@4 感谢您的来电，再见！
""")
play("repeat_complaint", "h25_retaliates", 0, 59, False, True, False,
     "fault: retaliation (有本事你去打12315啊) at a fourth-time complainant", """
@2 /answer
@3 您好，我是客服中心24号小符，请问有什么可以帮您？
@4 罗女士，真的非常抱歉，让您反复打了四次电话。您反映的问题我们正在紧急处理，因为中间要几个部门协调，所以拖得比较久，问题解决后我们会第一时间和您联系。
@12 有本事你去打12315啊，我们都是按流程走的。
""")

# ---------------------------------------------------------------- sales_call
# seed 1: home 2 (三口人，网课，电视) -> B 300兆+IPTV 99元
play("sales_call", "h25_competent", 85, 100, True, False, True,
     "competent; own words; needs asked, B recommended, objection, order recorded", """
@3 /answer
@3 您好，我是宽带客服中心的12号客服小周，您家的宽带合约下个月就到期了，今天打电话是想给您介绍一下续约的优惠方案。
@4 好的，想先了解一下，您家里平时有几口人用网？主要用来做什么呢，比如看视频、上网课或者看电视？
@4 那我推荐您办B方案：300兆宽带加IPTV电视，每月99元，孩子上网课不卡，晚上全家看电视也方便。
@4 确实比现在多一些，不过现在续约一年送一个月，算下来每天才3块钱左右，网速是现在的三倍，还多了IPTV电视，挺划算的。
@8 /ticket 套餐=300兆宽带+IPTV电视（B方案） 资费=每月99元 生效=下月1日
@4 好的，新套餐下个月1号生效。感谢您的支持，祝您生活愉快，再见！
""")
play("sales_call", "h25_no_needs", 75, 80, True, False, False,
     "fault: lists the plans without asking about the household's needs", """
@3 /answer
@3 您好，我是宽带客服中心的12号客服小周，您家的宽带合约下个月就到期了，今天打电话是想给您介绍一下续约方案。
@4 我们现在有三个方案：A是100兆每月59元，B是300兆加IPTV电视每月99元，C是1000兆加全屋WiFi每月199元。
@4 我推荐您办B方案，300兆加IPTV电视，每月99元，性价比最高。
@4 现在续约一年送一个月，算下来每天才3块钱左右，挺划算的。
@8 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=下月1日
@4 感谢您的支持，祝您生活愉快，再见！
""")
play("sales_call", "h25_wrong_plan_ticket", 85, 90, True, False, False,
     "fault: the order recorded as another plan (1000兆 199元 for the B plan sold)", """
@3 /answer
@3 您好，我是宽带客服中心的12号客服小周，您家的宽带合约下个月就到期了，今天打电话是想给您介绍一下续约的优惠方案。
@4 好的，想先了解一下，您家里平时有几口人用网？主要用来做什么呢？
@4 那我推荐您办B方案：300兆宽带加IPTV电视，每月99元，孩子上网课不卡，晚上全家看电视也方便。
@4 现在续约一年送一个月，算下来每天才3块钱左右，还多了IPTV电视，挺划算的。
@8 /ticket 套餐=1000兆宽带+全屋WiFi 资费=每月199元 生效=下月1日
@4 感谢您的支持，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- silent_line
play("silent_line", "h25_competent", 85, 100, True, False, True,
     "competent; own words for the second prompt; close and hang up within a minute", """
@2 /answer
@3 您好，欢迎致电客服热线，我是9号客服小林，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请问您能听到我的声音吗？请讲。
@4 非常抱歉，听不见您的声音，暂时无法为您服务，再见！
@2 /hangup
""")
play("silent_line", "h25_retaliation", 0, 59, False, True, False,
     "fault: retaliation at the silent line (耍我呢？)", """
@2 /answer
@3 您好，欢迎致电客服热线，我是9号客服小林，请问有什么可以帮您？
@4 您好，请讲。
@4 不说话打什么电话，耍我呢？
""")
play("silent_line", "h25_one_prompt", 30, 52, False, False, False,
     "fault: closes after one 您好，请讲 (1.3 wants two)", """
@2 /answer
@3 您好，欢迎致电客服热线，我是9号客服小林，请问有什么可以帮您？
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
""")

# ---------------------------------------------------------------- survey_invite
# seed 1: 5200 积分
play("survey_invite", "h25_competent", 85, 100, True, False, True,
     "competent; own words; points and method, invitation with the 结束语, transfer 满意度调查", """
@2 /answer
@3 您好，我是客服中心25号小米，请问有什么可以帮您？
@5 先生，您现在可用积分是5200分，可以换话费：每1000积分换10元话费，您发短信“JFDH”到10086，或者在APP的“积分商城”里兑换都可以，即时到账。
@4 不客气。稍后想邀请您对我这次的服务做个满意度评价，我帮您转接到满意度调查，好吗？感谢您的来电，再见！
@3 /transfer 满意度调查
""")
play("survey_invite", "h25_pressure", 70, 75, True, False, False,
     "fault: asks for a five-star review (诱导好评)", """
@2 /answer
@3 您好，我是客服中心25号小米，请问有什么可以帮您？
@5 先生，您现在可用积分是5200分，每1000积分换10元话费，您发短信“JFDH”到10086，或者在APP的“积分商城”里兑换都可以。
@4 麻烦您一会儿给我打个五星好评哦，我帮您转接到满意度调查。感谢您的来电，再见！
@3 /transfer 满意度调查
""")
play("survey_invite", "h25_wrong_desk", 80, 85, True, False, False,
     "fault: wrong desk transfer (业务办理组 for 满意度调查)", """
@2 /answer
@3 您好，我是客服中心25号小米，请问有什么可以帮您？
@5 先生，您现在可用积分是5200分，每1000积分换10元话费，您发短信“JFDH”到10086，或者在APP的“积分商城”里兑换都可以。
@4 不客气。稍后想邀请您对我这次的服务做个满意度评价，我帮您转接一下，好吗？感谢您的来电，再见！
@3 /transfer 业务办理组
""")

# ---------------------------------------------------------------- too_slow
# seed 1: 458元, 3到5个工作日
play("too_slow", "h25_competent", 85, 100, True, False, True,
     "competent; own words; typo 抱歉->报歉 in 2.17; hold, result from the lookup", """
@2 /answer
@3 您好，我是客服中心26号小牟，请问有什么可以帮您？
@4 好的先生，是这个来电号码名下上周的退货退款对吧？我这就帮您查。
@4 非常报歉！现在系统有点忙，我一定尽快帮您处理，请您稍等，我马上帮您核实好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。查到了，您458元的退款已经审核通过，会在3到5个工作日内原路退回您的支付账户。
@4 给您添麻烦了，感谢您的来电，再见！
""")
play("too_slow", "h25_taboo_retort", 75, 85, True, False, False,
     "fault: retort (您催也没用，系统就这么慢) before 2.17 on the second try", """
@2 /answer
@3 您好，我是客服中心26号小牟，请问有什么可以帮您？
@4 好的先生，是这个来电号码名下上周的退货退款对吧？我这就帮您查。
@4 我这不是在查嘛，您催也没用，系统就这么慢。
/listen
@3 非常抱歉，我会尽快帮您处理的，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。您458元的退款已经审核通过，会在3到5个工作日内原路退回您的支付账户。
@4 感谢您的来电，再见！
""")
play("too_slow", "h25_no_closing", 80, 85, True, False, False,
     "fault: no closing (silent after the result)", """
@2 /answer
@3 您好，我是客服中心26号小牟，请问有什么可以帮您？
@4 好的先生，是这个来电号码名下上周的退货退款对吧？我这就帮您查。
@4 非常抱歉！现在系统有点忙，我一定尽快帮您处理，请您稍等，我马上帮您核实好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。查到了，您458元的退款已经审核通过，会在3到5个工作日内原路退回您的支付账户。
""")

# ---------------------------------------------------------------- transfer_failed
# seed 1: 筑城物流, VPN隧道一直断开; 座机 08518812345
play("transfer_failed", "h25_competent", 85, 100, True, False, True,
     "competent; traditional(s2t) replies; 2.18(1), transfer, 2.18(2), ticket with the fault", """
@2 /answer
@3 您好，我是客服中心27号小闵，请问有什么可以帮您？
@4 好的，请您稍等，我现在为您转接技术支持部，请不要挂机，好吗？
@2 /transfer 技术支持部
/listen
@3 非常抱歉，技术部那边现在话务正忙，暂时没能帮您转接过去。您的问题我会做详细的记录，稍后转给技术部处理，您看好吗？
@15 /ticket 公司=筑城物流 故障=企业专线VPN隧道一直断开 联系电话=08518812345 要求=下午有视频会议，请技术部工程师尽快回电
@4 好的，我这边标注加急，工程师会尽快给您回电。感谢您的来电，再见！
""", trad="text")
play("transfer_failed", "h25_wrong_desk", 85, 90, True, False, False,
     "fault: wrong desk transfer (业务办理组 for 技术支持部)", """
@2 /answer
@3 您好，我是客服中心27号小闵，请问有什么可以帮您？
@4 好的，请您稍等，我现在为您转接，请不要挂机，好吗？
@2 /transfer 业务办理组
/listen
@3 非常抱歉，刚才没能帮您转接成功。您的问题我会做详细的记录，稍后转给技术部处理，您看好吗？
@15 /ticket 公司=筑城物流 故障=企业专线VPN隧道一直断开 联系电话=08518812345 要求=请技术部工程师尽快回电
@4 好的，工程师会尽快给您回电。感谢您的来电，再见！
""")
play("transfer_failed", "h25_no_2_18_2", 68, 75, True, False, False,
     "fault: failed transfer not handled by 2.18(2) (你等他们有空了打给你吧)", """
@2 /answer
@3 您好，我是客服中心27号小闵，请问有什么可以帮您？
@4 好的，请您稍等，我现在为您转接技术支持部，请不要挂机，好吗？
@2 /transfer 技术支持部
/listen
@3 技术部现在没人接，你等他们有空了打给你吧。
/listen
@3 我给你记一下，让他们回你电话。
@15 /ticket 公司=筑城物流 故障=企业专线VPN隧道一直断开 联系电话=08518812345
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- transferred_complaint
# seed 1: 退费 24小时内
play("transferred_complaint", "h25_competent", 85, 100, True, False, True,
     "competent; own words; typo 耐心->耐新 in 1.2 等待后用语; takeover without asking to repeat", """
@2 /answer
@3 先生您好，我是中级坐席28号小陈，刚才同事已经把情况转给我了，您本月视频会员费被重复扣了两次，这件事由我来负责处理，您不用再重复了。
@4 先生，被重复扣钱换谁都会生气，您的心情我非常理解。为了更有效地帮您处理，请问扣费的就是您现在这个号码吧？
@4 请您稍等，我马上帮您核实一下扣费记录，好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐新等待。经核实，本月视频会员费确实重复扣了一次，多扣的25元已经给您提交退费，24小时内退回您的话费账户。
@4 再次向您说声抱歉，给您添麻烦了。感谢您的来电，再见！
""")
play("transferred_complaint", "h25_asks_repeat", 80, 85, True, False, False,
     "fault: asks the transferred caller to tell it all again", """
@2 /answer
@3 先生您好，我是中级坐席28号小陈，请问您遇到什么问题了？麻烦您再说一下。
@4 先生，被重复扣钱换谁都会生气，您的心情我非常理解。为了更有效地帮您处理，请问扣费的就是您现在这个号码吧？
@4 请您稍等，我马上帮您核实一下扣费记录，好吗？
@2 /hold
@15 /unhold
@3 感谢您的耐心等待。经核实，本月视频会员费确实重复扣了一次，多扣的25元已经给您提交退费，24小时内退回您的话费账户。
@4 感谢您的来电，再见！
""")
play("transferred_complaint", "h25_hold_no_phrases", 80, 85, True, False, False,
     "fault: hold without the 1.2 phrases", """
@2 /answer
@3 先生您好，我是中级坐席28号小陈，刚才同事已经把情况转给我了，您本月视频会员费被重复扣了两次，这件事由我来负责处理，您不用再重复了。
@4 先生，被重复扣钱换谁都会生气，您的心情我非常理解。为了更有效地帮您处理，请问扣费的就是您现在这个号码吧？
@4 /hold
@15 /unhold
@3 经核实，本月视频会员费确实重复扣了一次，多扣的25元已经提交退费，24小时内退回您的话费账户。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- vip_call
# seed 1: 新加坡, wife 18695077409
play("vip_call", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 钱先生 greeting, roaming, family number, extras, ticket", """
@2 /answer
@3 钱先生您好，我是VIP服务专席6号小温，很高兴为您服务，请问有什么可以帮您？
@5 好的钱先生，新加坡的国际漫游已经为您开通了，即时生效，钻石卡免押金，通话每分钟0.99元。出国上网的话给您推荐漫游流量包，每天25元不限量，可以预约出发当天生效。请问您太太的号码是多少？
@12 /ticket 业务=开通新加坡国际漫游；家庭套餐添加副卡 副卡号码=18695077409 附加=推荐漫游流量包（每天25元，出发日生效）、设置出行短信提醒
@4 您太太的号码已经加到您的家庭套餐里了。出发前我再给您设置一条出行短信提醒，有需要也可以随时联系您的专属客户经理李经理。
@4 不客气钱先生，祝您出差顺利！感谢您的来电，再见！
""")
play("vip_call", "h25_no_surname", 85, 90, True, False, False,
     "fault: opening without the VIP's surname", """
@2 /answer
@3 您好，我是VIP服务专席6号小温，请问有什么可以帮您？
@5 好的先生，新加坡的国际漫游已经为您开通了，即时生效，钻石卡免押金，通话每分钟0.99元。出国上网的话给您推荐漫游流量包，每天25元不限量。请问您太太的号码是多少？
@12 /ticket 业务=开通新加坡国际漫游；家庭套餐添加副卡 副卡号码=18695077409 附加=推荐漫游流量包
@4 您太太的号码已经加到您的家庭套餐里了，出发前我再给您设置一条出行短信提醒。
@4 祝您出差顺利！感谢您的来电，再见！
""")
play("vip_call", "h25_wrong_wife_no", 75, 90, True, False, False,
     "fault: wrong number in the ticket (副卡号码 18695077490 for 18695077409)", """
@2 /answer
@3 钱先生您好，我是VIP服务专席6号小温，很高兴为您服务，请问有什么可以帮您？
@5 好的钱先生，新加坡的国际漫游已经为您开通了，即时生效，钻石卡免押金，通话每分钟0.99元。出国上网的话给您推荐漫游流量包，每天25元不限量，可以预约出发当天生效。请问您太太的号码是多少？
@12 /ticket 业务=开通新加坡国际漫游；家庭套餐添加副卡 副卡号码=18695077490 附加=推荐漫游流量包、出行短信提醒
@4 您太太的号码已经加到您的家庭套餐里了。出发前我再给您设置一条出行短信提醒。
@4 不客气钱先生，祝您出差顺利！感谢您的来电，再见！
""")

# ---------------------------------------------------------------- wrong_number
# seed 1: dictated 1586163655 (10 digits), right 15861463655
play("wrong_number", "h25_competent", 85, 100, True, False, True,
     "competent; own words; 2.10(1) read-back, 2.10(2) after she confirms, right 11 digits recorded", """
@2 /answer
@3 您好，我是客服中心29号小邬，请问有什么可以帮您？
@5 好的，跟您核对一下，您报的号码是1586163655，对吗？
@4 非常抱歉，您报的号码只有10位，好像少了一位，请您再核对一下好吗？
@12 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电客户
@4 好的，已经给您登记了，师傅会尽快联系您。感谢您的来电，再见！
""")
play("wrong_number", "h25_no_confirm", 30, 35, False, False, False,
     "fault: forgets to confirm the number; the 10-digit number goes into the ticket", """
@2 /answer
@3 您好，我是客服中心29号小邬，请问有什么可以帮您？
@5 好的，我们会尽快安排师傅联系您。
@10 /ticket 手机号=1586163655 内容=预约师傅上门安装新路由器
@4 感谢您的来电，再见！
""")
play("wrong_number", "h25_rude_correct", 75, 85, True, False, False,
     "fault: 2.10(2) said with condescension (自己的号码都报不对吗？)", """
@2 /answer
@3 您好，我是客服中心29号小邬，请问有什么可以帮您？
@5 跟您核对一下，是1586163655对吗？
@4 您这号码才10位，自己的号码都报不对吗？您再核对一下。
@12 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电客户
@4 感谢您的来电，再见！
""")


def s2t(texts):
    """Traditional characters by OpenCC s2t, one line per text."""
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = out.rstrip("\n").split("\n")
    assert len(res) == len(texts), "opencc changed the number of lines"
    return res


def convert(lines, trad):
    if not trad:
        return lines
    idx, texts = [], []
    for i, line in enumerate(lines):
        body = line
        prefix = ""
        if body.startswith("@"):
            at, _, rest = body.partition(" ")
            prefix, body = at + " ", rest
        if body.startswith("#") or body in ("/answer", "/hangup", "/hold", "/unhold", "/listen"):
            continue
        if body.startswith("/transfer") or body.startswith("/escalate"):
            continue
        if body.startswith("/ticket") and trad != "all":
            continue
        idx.append((i, prefix))
        texts.append(body)
    conv = s2t(texts)
    out = list(lines)
    for (i, prefix), t in zip(idx, conv):
        out[i] = prefix + t
    return out


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    for f in os.listdir(calls):
        if f.endswith(".replies"):
            os.remove(os.path.join(calls, f))
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    seen = set()
    for scenario, name, lo, hi, passed, auto, competent, note, trad, lines in PLAYS:
        fname = "%s.%s.replies" % (scenario, name)
        assert fname not in seen, fname
        seen.add(fname)
        assert 0 <= lo <= hi <= 100, fname
        assert passed == (lo >= 60), fname + ": passed must follow the range"
        assert passed == (hi >= 60), fname + ": the range must not straddle 60"
        if auto:
            assert not passed and hi <= 59, fname
        if competent:
            assert passed, fname + ": a competent play must pass"
        if trad:
            note = note  # the note says traditional(s2t)
        with open(os.path.join(calls, fname), "w", encoding="utf-8") as fh:
            fh.write("\n".join(convert(lines, trad)) + "\n")
        rows.append("\t".join([SPLIT, scenario, fname, str(lo), str(hi),
                               "true" if passed else "false", "true" if auto else "false",
                               "1" if competent else "0", note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    scen = {p[0] for p in PLAYS}
    print("%d plays over %d scenarios (%d competent, %d fault, %d auto-failed, %d failing)" % (
        len(PLAYS), len(scen), sum(1 for p in PLAYS if p[6]), sum(1 for p in PLAYS if not p[6]),
        sum(1 for p in PLAYS if p[5]), sum(1 for p in PLAYS if not p[4])))


if __name__ == "__main__":
    main()
