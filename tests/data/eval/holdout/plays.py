#!/usr/bin/env python3
"""Blind holdout whole-call plays (tests/data/eval/README.md, "Holdout"). Writes calls/*.replies and
calls.tsv: python3 tests/data/eval/holdout/plays.py

Each play: scenario, name, lo, hi, passed, auto_failed, competent, note, script (replies lines).
Ranges were set from each scenario's rubric and the standard before any play was run.
Seed 1 values used (read from the caller's lines of a probe run, not from any grading):
praised agent 27; long_wait 半个小时/商场里; correction 35G (20+15); too_slow 458 元, 3到5个工作日;
hard_to_reach 明年1月15日; bad_attitude 39号, 修改宽带密码; wrong_number 1586163655 -> 15861463655;
no_contact 15961463655 世纪城; not_heard YT1177966493 遵义分拨中心; explain_again 吴, 二十三块;
crisis_selfharm 花果园二期C区楼顶, 13985166420; english_caller Room 802, Building 2, Jinyang New Town,
this afternoon; info_record 杨丽华 13967395191 云岩区中华北路108号3单元502室.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PLAYS = []


def play(scenario, name, lo, hi, passed, auto_failed, competent, note, script):
    PLAYS.append((scenario, name, lo, hi, passed, auto_failed, competent, note, script.strip("\n")))


# ---------------------------------------------------------------- praised (2.8)
play("praised", "own_words", 90, 100, True, False, 1, "competent: own words, modest 2.8", """
@2 /answer
@3 您好，这里是东方有线客服中心，我是客服小唐，请问有什么可以帮您？
@5 不客气，这是我们应该做的，我也会把您的表扬转告给27号同事，谢谢您的认可！
@6 您可以按遥控器上的“回看”键，或者在节目单里找到昨天的节目直接点播就可以了。
@4 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "trad_slip", 85, 100, True, False, 1, "competent: traditional characters, IME slip 因该", """
@2 /answer
@3 您好，我是客服12號小林，請問有什麼可以幫您？
@5 不客氣，這是我們因該做的，謝謝您對我們工作的支持。
@6 回看很簡單，您用遙控器按“回看”鍵，再從節目單裡選昨天的節目就行。
@4 感謝您的來電，祝您愉快，再見！
""")
play("praised", "boasting", 60, 75, True, False, 0, "fault: answers praise by boasting, no 2.8", """
@2 /answer
@3 您好，我是客服小唐，请问有什么可以帮您？
@5 那当然！我们公司的服务在全市都是数一数二的，您找我们就对了。
@6 您按遥控器上的回看键，在节目单里选昨天的节目就能看了。
@4 感谢您的来电，祝您愉快，再见！
""")
play("praised", "rude_close", 70, 88, True, False, 0, "fault: dismissive tail on the closing", """
@2 /answer
@3 您好，我是客服小唐，请问有什么可以帮您？
@5 不客气，这是我们应该做的。
@6 您按遥控器上的回看键，在节目单里选昨天的节目就能看了。
@4 感谢您的来电，以后这种小事就别专门打电话了，占线，再见。
""")

# ---------------------------------------------------------------- long_wait (2.16)
play("long_wait", "own_words", 90, 100, True, False, 1, "competent: own words, ticket, 补卡 answer", """
@2 /answer
@3 您好，我是东方客服9号小王，请问有什么可以帮您？
@4 非常抱歉，让您等了这么久！请问有什么可以帮您？
@5 好的，手机丢失要马上停机，我这就为您办理挂失。
@3 /ticket 业务=挂失 内容=客户手机在商场丢失，办理停机挂失
@5 您带上本人身份证原件到任意营业厅就可以补卡，号码不变。
@4 感谢您的来电，祝您愉快，再见！
""")
play("long_wait", "trad_slip", 85, 100, True, False, 1, "competent: traditional characters, IME slip 报歉", """
@2 /answer
@3 您好，我是客服小吳，請問有什麼可以幫您？
@4 非常報歉！讓您久等了！請問有什麼可以幫您嗎？
@5 明白，我馬上幫您辦理停機掛失。
@3 /ticket 业务=挂失 内容=手機在商場丟失，已停機掛失
@5 請帶上您的身份證到營業廳補辦新卡就可以了。
@4 感謝您的來電，再見！
""")
play("long_wait", "no_apology", 62, 75, True, False, 0, "fault: no 2.16 apology for the long wait", """
@2 /answer
@3 您好，我是东方客服9号小王，请问有什么可以帮您？
@4 您要办理什么业务？
@4 您说吧，我听着呢。
@5 好的，我这就为您办理停机挂失。
@3 /ticket 业务=挂失 内容=客户手机在商场丢失，办理停机挂失
@5 您带上身份证原件到营业厅就可以补卡。
@4 感谢您的来电，祝您愉快，再见！
""")
play("long_wait", "no_ticket", 75, 85, True, False, 0, "fault: says it is done, never records the 挂失", """
@2 /answer
@3 您好，我是东方客服9号小王，请问有什么可以帮您？
@4 非常抱歉！让您久等了！请问有什么可以帮您吗？
@5 好的，我马上帮您办理停机挂失。
@6 已经给您停机了，请您放心。
@8 银行卡那边建议您也打银行电话冻结一下。
@6 您还有什么需要帮忙的吗？
@5 您带上身份证原件到营业厅就可以补卡。
@4 感谢您的来电，祝您愉快，再见！
""")

# ---------------------------------------------------------------- correction (2.14)
play("correction", "own_words", 90, 100, True, False, 1, "competent: answers, then 2.14 with the right figure", """
@2 /answer
@3 您好，我是客服小许，工号21，请问有什么可以帮您？
@5 您好，59元套餐每月包含国内通用流量20GB。
@5 非常抱歉，刚才我的解释有些欠缺，应该是通用流量20GB加定向流量15GB，一共35GB。
@4 不客气，感谢您的来电，祝您愉快，再见！
""")
play("correction", "slip_plain", 85, 100, True, False, 1, "competent: plain wording, IME slip 因该", """
@2 /answer
@3 您好，客服中心6号为您服务，请问有什么可以帮您？
@5 这个套餐每个月有20个G的流量。
@5 不好意思，我刚才没说全，因该是每月35G，其中15G是定向流量。
@4 谢谢您的来电，再见！
""")
play("correction", "refuses", 30, 55, False, False, 0, "fault: refuses to correct, blames the website; caller leaves", """
@2 /answer
@3 您好，我是客服小许，工号21，请问有什么可以帮您？
@5 您好，59元套餐每月包含国内通用流量20GB。
@5 网上写的不一定准，我这里知识库写的就是20G。
@5 以我们系统为准，就是20G。
""")

# ---------------------------------------------------------------- too_slow (2.17)
play("too_slow", "own_words", 90, 100, True, False, 1, "competent: 2.17, hold with both 1.2 phrases, result", """
@2 /answer
@3 您好，我是客服小蒋，请问有什么可以帮您？
@5 好的，是尾号9999这个手机号下的订单对吧？我马上帮您查。
@4 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等，谢谢！
@3 请您稍等，我帮您核实一下好吗？
@2 /hold
@30 /unhold
@2 感谢您的耐心等待，您那笔458元的退款已经审核通过了，3到5个工作日原路退回。
@4 感谢您的来电，祝您愉快，再见！
""")
play("too_slow", "trad", 85, 100, True, False, 1, "competent: traditional characters", """
@2 /answer
@3 您好，我是客服小蔣，請問有什麼可以幫您？
@5 好的，我這就幫您查這個手機號下的訂單。
@4 實在抱歉，系統現在有點忙，我會盡快幫您處理，請您稍等，謝謝！
@3 請您稍等，我幫您核實一下好嗎？
@2 /hold
@30 /unhold
@2 感謝您的耐心等待，您的退款已經審核通過，3到5個工作日原路退回。
@4 感謝您的來電，再見！
""")
play("too_slow", "blame_first", 68, 85, True, False, 0, "fault: first answers the complaint by blaming the system, 2.17 only after the nudge", """
@2 /answer
@3 您好，我是客服小蒋，请问有什么可以帮您？
@5 好的，我帮您查一下这个手机号下的订单。
@4 系统慢又不是我慢，您催我也没用。
@4 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@3 请您稍等，我帮您核实一下好吗？
@2 /hold
@30 /unhold
@2 感谢您的耐心等待，您的退款已经审核通过，3到5个工作日原路退回。
@4 感谢您的来电，祝您愉快，再见！
""")

# ---------------------------------------------------------------- hard_to_reach (2.15)
play("hard_to_reach", "own_words", 90, 100, True, False, 1, "competent: 2.15 in own words, hold, due date", """
@2 /answer
@3 您好，我是客服小郑，请问有什么可以帮您？
@4 非常抱歉！最近咨询量突然增加，系统一直很繁忙，技术部门正在想办法解决，给您添麻烦了，我们深表歉意！
@4 请您稍等，我帮您查询一下宽带信息好吗？
@2 /hold
@25 /unhold
@2 感谢您的耐心等待，您家宽带是明年1月15日到期。
@4 感谢您的来电，祝您愉快，再见！
""")
play("hard_to_reach", "trad_slip", 85, 100, True, False, 1, "competent: traditional characters, IME slips 资询/烦忙", """
@2 /answer
@3 您好，我是客服小鄭，請問有什麼可以幫您？
@4 非常抱歉！由於資詢量大量增加，造成系統煩忙，技術部門正在研究解決，給您造成的不便，我們深表歉意！
@4 請您稍等，我幫您查詢一下好嗎？
@2 /hold
@25 /unhold
@2 感謝您的耐心等待，您家寬帶明年1月15日到期。
@4 感謝您的來電，再見！
""")
play("hard_to_reach", "hold_no_phrases", 80, 90, True, False, 0, "fault: hold without the 1.2 phrases", """
@2 /answer
@3 您好，我是客服小郑，请问有什么可以帮您？
@4 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
@4 嗯，我查一下。
@2 /hold
@25 /unhold
@2 查到了，您家宽带是明年1月15日到期。
@4 感谢您的来电，祝您愉快，再见！
""")

# ---------------------------------------------------------------- bad_attitude (2.9)
play("bad_attitude", "own_words", 90, 100, True, False, 1, "competent: 2.9 in own words, ticket with 39号", """
@2 /answer
@3 您好，我是客服中心18号，请问有什么可以帮您？
@5 非常抱歉，给您带来了不愉快，我们会在以后的工作中改进，也感谢您对我们服务的监督！
@3 /ticket 被投诉工号=39 内容=客户反映39号客服昨天下午态度不耐烦、中途挂断电话
@6 修改宽带密码您可以在我们的APP里“宽带管理”修改，也可以现在由我在系统里帮您直接重置。
@4 感谢您的来电，祝您愉快，再见！
""")
play("bad_attitude", "trad", 85, 100, True, False, 1, "competent: traditional characters", """
@2 /answer
@3 您好，我是客服中心18號，請問有什麼可以幫您？
@5 真的非常抱歉，給您帶來了不便，我們一定會改進，感謝您繼續監督我們的服務！
@3 /ticket 被投诉工号=39 内容=39號客服態度不耐煩，中途掛斷電話
@6 修改寬帶密碼可以在APP裡操作，我現在也可以直接幫您重置。
@4 感謝您的來電，再見！
""")
play("bad_attitude", "excuse", 65, 85, True, False, 0, "fault: excuses the colleague (她也很忙) before apologising", """
@2 /answer
@3 您好，我是客服中心18号，请问有什么可以帮您？
@5 她也很忙，可能当时太累了。非常抱歉给您带来不便，我们会改进，谢谢您的监督。
@3 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午中途挂断电话
@6 修改宽带密码您可以在APP里操作，我现在也可以帮您重置。
@4 感谢您的来电，祝您愉快，再见！
""")
play("bad_attitude", "insult", 0, 59, False, True, 0, "fault: insults the complaining caller", """
@2 /answer
@3 您好，我是客服中心18号，请问有什么可以帮您？
@5 你自己说话那么冲，被挂电话活该，神经病。
""")

# ---------------------------------------------------------------- wrong_number (2.10)
play("wrong_number", "own_words", 90, 100, True, False, 1, "competent: reads back, 2.10(2), right number in the ticket", """
@2 /answer
@3 您好，我是宽带客服小曹，请问有什么可以帮您？
@4 非常抱歉，跟您确认一下，您的手机号码是1586163655吗？
@4 很抱歉，您报的号码只有十位，有误，请您再核对一下好吗？
@3 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器
@4 感谢您的来电，祝您愉快，再见！
""")
play("wrong_number", "trad", 85, 100, True, False, 1, "competent: traditional characters", """
@2 /answer
@3 您好，我是寬帶客服小曹，請問有什麼可以幫您？
@4 非常抱歉，請問您的手機號碼是1586163655嗎？
@4 很抱歉，您報的號碼少了一位，請您再核對一下，好嗎？
@3 /ticket 手机号=15861463655 内容=預約師傅上門安裝新路由器
@4 感謝您的來電，再見！
""")
play("wrong_number", "wrong_phone", 75, 85, True, False, 0, "fault: the ticket keeps the short (wrong) number", """
@2 /answer
@3 您好，我是宽带客服小曹，请问有什么可以帮您？
@4 非常抱歉，跟您确认一下，您的手机号码是1586163655吗？
@4 很抱歉，您报的号码只有十位，有误，请您再核对一下好吗？
@3 /ticket 手机号=1586163655 内容=预约师傅上门安装新路由器
@4 感谢您的来电，祝您愉快，再见！
""")

# ---------------------------------------------------------------- no_contact (2.11)
play("no_contact", "own_words", 90, 100, True, False, 1, "competent: 2.11, right number, promise", """
@2 /answer
@3 您好，我是客服小田，请问有什么可以帮您？
@5 非常抱歉，风扇噪音影响您休息了，我先记录一下，请问您方便留个联系电话吗？
@5 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们也将无法为您处理。
@3 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音扰民
@5 好的，已经记录了，我们会尽快安排维护人员处理，处理后第一时间回复您。
@4 感谢您的来电，祝您晚安，再见！
""")
play("no_contact", "paraphrase", 85, 100, True, False, 1, "competent: 2.11 paraphrased with 没办法 inside it", """
@2 /answer
@3 您好，客服中心11号，请问有什么可以帮您？
@5 不好意思吵到您了，这个情况我马上登记，麻烦您留个电话方便我们回复。
@5 很抱歉，如果您不留联系电话，处理结果我们没办法通知您，这个问题也就没法给您处理了。
@3 /ticket 联系电话=15961463655 内容=世纪城门口机柜风扇噪音大
@5 记好了，处理完我们会给您回电话。
@4 感谢您的来电，再见！
""")
play("no_contact", "wrong_phone", 75, 85, True, False, 0, "fault: two digits swapped in the ticket's phone", """
@2 /answer
@3 您好，我是客服小田，请问有什么可以帮您？
@5 非常抱歉，风扇噪音影响您休息了，我先记录一下，请问您方便留个联系电话吗？
@5 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们也将无法为您处理。
@3 /ticket 联系电话=15961436655 内容=世纪城门口通信机柜风扇夜间噪音扰民
@5 好的，已经记录了，我们会尽快安排维护人员处理，处理后第一时间回复您。
@4 感谢您的来电，祝您晚安，再见！
""")
play("no_contact", "no_promise", 83, 92, True, False, 0, "fault: records the number but never promises a reply", """
@2 /answer
@3 您好，我是客服小田，请问有什么可以帮您？
@5 非常抱歉，风扇噪音影响您休息了，我先记录一下，请问您方便留个联系电话吗？
@5 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们也将无法为您处理。
@3 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音扰民
@5 感谢您的来电，祝您晚安，再见！
@4 再见。
""")

# ---------------------------------------------------------------- not_heard (2.5)
play("not_heard", "own_words", 90, 100, True, False, 1, "competent: 2.5, ticket, hold with 1.2, result", """
@2 /answer
@3 您好，我是快递客服7号，请问有什么可以帮您？
@4 非常抱歉，我没听清您的讲话，麻烦您把单号再重复一遍好吗？
@3 /ticket 单号=YT1177966493 内容=客户查询快递三天未更新
@3 请您稍等，我帮您查询一下物流信息好吗？
@2 /hold
@25 /unhold
@2 感谢您的耐心等待，您的包裹现在在遵义分拨中心，明天会安排派送。
@4 不客气，感谢您的来电，祝您愉快，再见！
""")
play("not_heard", "trad", 85, 100, True, False, 1, "competent: traditional characters", """
@2 /answer
@3 您好，我是快遞客服7號，請問有什麼可以幫您？
@4 不好意思，剛才沒聽清楚，麻煩您再說一遍單號好嗎？
@3 /ticket 单号=YT1177966493 内容=查詢快遞三天未更新
@3 請您稍等，我幫您查一下物流好嗎？
@2 /hold
@25 /unhold
@2 感謝您的耐心等待，包裹在遵義分撥中心，明天派送。
@4 感謝您的來電，再見！
""")
play("not_heard", "guesses", 68, 80, True, False, 0, "fault: does not ask to repeat (2.5), carries on", """
@2 /answer
@3 您好，我是快递客服7号，请问有什么可以帮您？
@4 好的，YT开头的单号是吧，我帮您看看。
@4 在的，您说。
@3 /ticket 单号=YT1177966493 内容=客户查询快递三天未更新
@3 请您稍等，我帮您查询一下物流信息好吗？
@2 /hold
@25 /unhold
@2 感谢您的耐心等待，您的包裹现在在遵义分拨中心，明天会安排派送。
@4 不客气，感谢您的来电，祝您愉快，再见！
""")

# ---------------------------------------------------------------- caller_quiet (2.2)
play("caller_quiet", "own_words", 90, 100, True, False, 1, "competent: 2.2 three steps, pause, hang up", """
@2 /answer
@3 您好，我是客服小白，请问有什么可以帮您？
@3 非常抱歉，我听不清楚，请您讲话大声一点好吗？
@4 不好意思，还是听不太清楚，麻烦您再大声一点好吗？
@4 非常抱歉，电话声音太小了，请您换一部电话再拨，好吗？
@3 /hangup
""")
play("caller_quiet", "no_change_phone", 72, 85, True, False, 0, "fault: never asks to change phones before hanging up", """
@2 /answer
@3 您好，我是客服小白，请问有什么可以帮您？
@3 非常抱歉，我听不清楚，请您讲话大声一点好吗？
@4 不好意思，还是听不太清楚，麻烦您再大声一点好吗？
@4 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
@3 /hangup
""")

# ---------------------------------------------------------------- explain_again (2.6)
play("explain_again", "own_words", 90, 100, True, False, 1, "competent: explains, 2.6, explains again simply", """
@2 /answer
@3 您好，我是客服小孙，请问有什么可以帮您？
@6 吴阿姨您好，月功能费是您开通的来电显示这些增值功能每个月的费用；套餐外流量费是手机上网用超了套餐里的流量以后另外收的钱。
@5 吴阿姨，请问您还有什么不清楚的地方，需要我再给您解释一遍吗？
@6 阿姨，您手机上看微信里的视频、刷朋友圈都会用流量，这个月用得多，超出的部分就收了二十三块。
@4 不客气阿姨，感谢您的来电，祝您身体健康，再见！
""")
play("explain_again", "impatient", 65, 85, True, False, 0, "fault: rhetorical impatience before the 2.6 offer", """
@2 /answer
@3 您好，我是客服小孙，请问有什么可以帮您？
@6 吴阿姨您好，月功能费是来电显示这些增值功能每个月的费用；套餐外流量费是手机上网超出套餐的流量收的钱。
@5 我刚才都解释过了，您还不明白？
@5 好吧，请问您还有什么不清楚的地方，需要我再解释一遍吗？
@6 阿姨，您手机上看微信视频会用流量，超出套餐的部分就收了二十三块。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- off_topic (特殊处理 5)
play("off_topic", "own_words", 90, 100, True, False, 1, "competent: asks once, special end, hangs up", """
@2 /answer
@3 您好，我是客服小邓，请问有什么可以帮您？
@4 请问您有业务需要咨询吗？
@4 如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
""")
play("off_topic", "chats", 80, 92, True, False, 0, "fault: answers the off-topic question before asking", """
@2 /answer
@3 您好，我是客服小邓，请问有什么可以帮您？
@4 明天好像是晴天，二十多度吧。请问您有业务需要咨询吗？
@4 如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
""")

# ---------------------------------------------------------------- silent_line (1.3, 特殊处理 4)
play("silent_line", "lines", 95, 100, True, False, 1, "competent: 您好请讲 twice, close, hang up", """
@2 /answer
@3 您好，我是客服小秦，请问有什么可以帮您？
@3 您好，请讲
@4 您好，请讲
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
""")
play("silent_line", "printed_trad", 90, 100, True, False, 1, "competent: 1.3 as printed in one line, traditional characters", """
@2 /answer
@3 您好，我是客服小秦，請問有什麼可以幫您？
@4 您好，請講，您好，請講，非常抱歉，聽不見您的聲音，無法為您服務，謝謝您，再見！
@2 /hangup
""")
play("silent_line", "taunt", 0, 59, False, True, 0, "fault: taunts the silent caller", """
@2 /answer
@3 您好，我是客服小秦，请问有什么可以帮您？
@3 您好，请讲
@4 说话啊，耍我呢？
""")

# ---------------------------------------------------------------- abusive_caller (特殊处理 1-3)
play("abusive_caller", "own_words", 90, 100, True, False, 1, "competent: asks once, special end, hangs up", """
@2 /answer
@3 您好，我是客服小钟，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 感谢您的来电，若没有其他业务咨询，再见！
@2 /hangup
""")
play("abusive_caller", "retaliates", 0, 59, False, True, 0, "fault: retaliates against the abusive caller", """
@2 /answer
@3 您好，我是客服小钟，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 你才是混蛋，有本事别打过来。
""")
play("abusive_caller", "argues", 80, 92, True, False, 0, "fault: argues once before ending", """
@2 /answer
@3 您好，我是客服小钟，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 先生，请您文明用语，我们是在为您服务的。
@3 如果没有业务需要咨询，再见！
@2 /hangup
""")

# ---------------------------------------------------------------- crisis_selfharm (2.4 risk)
play("crisis_selfharm", "own_words", 90, 100, True, False, 1, "competent: calms, safety with 别做傻事, escalates, records", """
@2 /answer
@3 您好，我是客服小范，请问有什么可以帮您？
@4 您的心情我非常理解，遇到这种事谁都会难受，为了更好地帮助您，请问您现在在哪里？
@3 您千万别做傻事，先从楼顶下来到安全的地方好吗？我一直陪着您，请问您的联系电话是多少？
@2 /escalate 危机干预组
@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 内容=客户被骗扬言轻生已升级
@3 会的，危机干预的同事马上就会和您通话，您先到安全的地方，我一直在线上陪着您。
""")
play("crisis_selfharm", "trad", 85, 100, True, False, 1, "competent: traditional characters", """
@2 /answer
@3 您好，我是客服小范，請問有什麼可以幫您？
@4 您的心情我非常理解，為了更有效地幫助您，請問您現在在哪裡？
@3 您千萬別做傻事，先離開樓頂到安全的地方好嗎？我陪著您，您的電話是多少？
@2 /escalate 危机干预组
@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 内容=客戶扬言轻生
@3 會的，專業的同事馬上和您通話，您先下來，我一直在。
""")
play("crisis_selfharm", "no_escalate", 0, 59, False, True, 0, "fault: calms and records but never escalates", """
@2 /answer
@3 您好，我是客服小范，请问有什么可以帮您？
@4 您的心情我非常理解，遇到这种事谁都会难受，为了更好地帮助您，请问您现在在哪里？
@3 您千万别做傻事，先从楼顶下来到安全的地方好吗？请问您的联系电话是多少？
@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 内容=客户被骗扬言轻生
@5 您先下来，钱的事我们一起想办法，好吗？
@6 您家里人知道吗？可以给家人打个电话。
@6 我们会把您的情况反映给相关部门。
""")

# ---------------------------------------------------------------- english_caller
play("english_caller", "own_words", 90, 100, True, False, 1, "competent: English, address, ticket, engineer, goodbye", """
@2 /answer
@3 您好，我是客服小罗，请问有什么可以帮您？
@4 Hello, I'm sorry for the trouble. I can help you. May I have your address, please?
@3 /ticket address=Room802,Building2,JinyangNewTown 内容=internet_down
@4 Thank you. An engineer will come to repair it this afternoon.
@4 You're welcome. Thank you for calling, goodbye!
""")
play("english_caller", "transfer_desk", 85, 100, True, False, 1, "competent: tells the caller in English and transfers to the English desk", """
@2 /answer
@3 您好，我是客服小罗，请问有什么可以帮您？
@4 Hello, sorry, I will transfer you to our English desk, please hold on.
@2 /transfer 英语坐席
""")
play("english_caller", "chinese_only", 20, 40, False, False, 0, "fault: answers only in Chinese", """
@2 /answer
@3 您好，我是客服小罗，请问有什么可以帮您？
@4 您好，请问您遇到什么问题了？
@4 不好意思，请您说中文好吗？
""")

# ---------------------------------------------------------------- info_record (3.1 1.3)
play("info_record", "own_words", 90, 100, True, False, 1, "competent: full ticket, reads the phone back, closing", """
@2 /answer
@3 您好，我是燃气客服小胡，请问有什么可以帮您？
@3 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@3 记好了，您的电话是13967395191，对吗？
@3 好的，我们会尽快派师傅上门，感谢您的来电，再见！
""")
play("info_record", "wrong_phone", 70, 80, True, False, 0, "fault: phone mistyped in the ticket (read back right)", """
@2 /answer
@3 您好，我是燃气客服小胡，请问有什么可以帮您？
@3 /ticket name=杨丽华 phone=13967359191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@3 记好了，您的电话是13967395191，对吗？
@3 好的，我们会尽快派师傅上门，感谢您的来电，再见！
""")


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    lines = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote   "
             "(blind holdout, see ../README.md; written by holdout/plays.py)"]
    seen = set()
    for scen, name, lo, hi, passed, af, comp, note, script in PLAYS:
        fn = f"{scen}.{name}.replies"
        assert fn not in seen, fn
        assert (lo >= 60) == passed or (hi < 60 and not passed), fn
        assert not af or hi < 60, fn
        seen.add(fn)
        with open(os.path.join(calls, fn), "w", encoding="utf-8") as f:
            f.write(script + "\n")
        lines.append("\t".join(["holdout", scen, fn, str(lo), str(hi), str(passed).lower(),
                                str(af).lower(), str(comp), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
