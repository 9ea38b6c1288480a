#!/usr/bin/env python3
"""dev34: 62 whole-call plays (two per scenario) by helper dev34, examiner persona: a shift lead of a
Kunming water-and-power utility hotline. One competent trainee per scenario in an unusual but fair style
(terse-but-complete, very wordy, second-language Mandarin, traditional characters, IME slips, steps in an
unusual order, the standard phrase in own words) and one single subtle fault. Ranges set from each
scenario's rubric and the standard BEFORE any play was scored (see CALLS.md). Writes calls/ and calls.tsv."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
L = "/listen"
P = []
def play(scen, name, lo, hi, passed, af, comp, note, *lines):
    P.append((scen, name, lo, hi, passed, af, comp, note, lines))

# ---- abusive_caller
play("abusive_caller", "terse", 84, 100, True, False, 1, "competent, terse: opening, asks once, special close, hangs up (特殊处理 1-3)",
  "/answer", "@2 您好，17号，请问有什么可以帮您？", L,
  "@3 请问您需要帮助吗？", L, "@3 若没有其他业务咨询，感谢来电，再见！", "@2 /hangup")
play("abusive_caller", "shoo_tail", 65, 92, True, False, 0, "fault: the special close with a dismissive tail 没事就别占线了 (§二(四) 禁忌语: an impatient push-off at the caller); not an insult",
  "/answer", "@2 您好，我是17号话务员，请问有什么可以帮您？", L,
  "@3 请问您需要帮助吗？", L, "@3 若没有其他业务咨询，感谢您的来电，没事就别占线了，再见！", "@2 /hangup")
# ---- angry_caller (seed 1: 杨先生, 金阳新世界 光缆被市政施工挖断, 明天上午十点前)
play("angry_caller", "wordy", 82, 100, True, False, 1, "competent, very wordy: 2.12 in a long sentence, hold with 1.2, cause and time from the lookup, 1.4",
  "/answer", "@2 您好，这里是宽带客服中心，我是21号话务员，很高兴为您服务，请问今天有什么可以帮到您的呢？", L,
  "@6 先生，您先消消气，断网这么久换了谁都会着急上火，您的心情我非常理解，为了更有效地帮助您尽快把问题解决掉，麻烦您告诉我一下您的宽带账号，好吗？", L,
  "@5 好的杨先生，我这就去系统里仔细帮您查一下是什么原因，请您稍等，我帮您核实一下好吗？", L, "@1 /hold", "@20 /unhold",
  "@3 杨先生，感谢您的耐心等待。我刚刚仔细核实过了，是金阳新世界那一片的光缆被市政施工挖断了，并不是您家里设备的问题，工程师已经在现场抢修，预计明天上午十点前可以恢复，恢复以后系统会发短信通知您的。", L,
  "@4 真的很抱歉给您的工作和生活添了这么大的麻烦，感谢您的来电和理解，祝您生活愉快，再见！")
play("angry_caller", "hold_no_ask", 80, 93, True, False, 0, "fault: goes on hold with 我查一下 and no 1.2 请您稍等…好吗 (the caller is not asked before the hold); the rest right",
  "/answer", "@2 您好，我是宽带客服中心21号，请问有什么可以帮您？", L,
  "@5 您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？", L,
  "@3 我查一下。", "@1 /hold", "@20 /unhold",
  "@2 感谢您的耐心等待。经核实，金阳新世界一带的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。", L,
  "@3 给您添麻烦了，感谢您的来电，祝您生活愉快，再见！")
# ---- bad_attitude (39号, 修改宽带密码)
play("bad_attitude", "trad", 82, 100, True, False, 1, "competent, traditional characters: 2.9 whole, ticket with 39, question answered, 1.4",
  "/answer", "@2 您好，我是客服中心8號，請問有什麼可以幫您？", L,
  "@6 非常抱歉，給您帶來了不便，我們會在以後的工作中改進，感謝您並希望您繼續監督我們的服務！", L,
  "@20 /ticket 被投訴工號=39 內容=昨天下午客戶諮詢修改寬帶密碼，39號坐席態度不耐煩，話未說完即掛斷", L,
  "@6 修改寬帶密碼您可以在APP「寬帶服務」裡辦理，也可以去營業廳，我現在也可以在系統裡直接幫您受理。", L,
  "@3 再次向您致歉，感謝您的來電，再見！")
play("bad_attitude", "rhetorical", 78, 95, True, False, 0, "fault: the answer ends with a rhetorical question at the caller 这不是很简单吗？ (§二(四) 禁忌语, a reproach dressed as a question); the rest right",
  "/answer", "@2 您好，我是客服中心8号，请问有什么可以帮您？", L,
  "@6 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！", L,
  "@20 /ticket 被投诉工号=39 内容=昨天下午客户咨询修改宽带密码，39号坐席态度不耐烦，话未说完即挂断", L,
  "@6 修改宽带密码您在APP“宽带服务”里点一下就能改，这不是很简单吗？", L,
  "@3 再次向您致歉，感谢您的来电，再见！")
# ---- callback_outbound (500兆, +30元)
play("callback_outbound", "l2", 80, 100, True, False, 1, "competent, second-language Mandarin (plain word order, 的/地 loose): 2.21 intro, asks for him, supplement, 1.4",
  "/answer", "@3 您好，我是宽带客服中心18号，业务受理专员小李。请问刚才是您打我们热线问宽带提速的吗？", L,
  "@3 好的，明白。刚才有一个先生打过我们客服电话，请问他现在在吗？", L, L,
  "@5 先生您好，您刚才问的问题，我还有一些内容要补充给您：100兆提速到500兆，每个月多加30元，下个月1号开始生效，不用师傅上门的。", L,
  "@3 不客气，谢谢您接听，祝您生活愉快，再见！")
play("callback_outbound", "no_intro_name", 76, 92, True, False, 0, "fault: the callback opens with 您好，请问刚才是您打的热线吗 — says who calls and from where only after the caller asks (2.21 您好，我是… late)",
  "/answer", "@3 您好，请问刚才是您拨打我们的热线咨询宽带提速吗？", L,
  "@4 我是宽带客服中心18号业务受理专员小李，请问刚才是您拨打我们的热线咨询宽带提速吗？", L,
  "@3 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？", L, L,
  "@4 先生您好，对于您刚才咨询的问题我还有一些内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不用上门。", L,
  "@3 不客气，感谢您的接听，祝您生活愉快，再见！")
# ---- caller_fast (158 -> 88, 副卡取消, 下月1日)
play("caller_fast", "ime", 82, 100, True, False, 1, "competent with IME slips (您好→您号 once, 套餐→套参 in speech): 2.3, read-back, ticket, 1.4",
  "/answer", "@2 您号，我是12号客服，请问有什么可以帮您？", L,
  "@3 非常抱歉，我不太明白您的意思，请您说慢一点好吗？", L,
  "@6 好的，跟您确认一下：158元的套参改成88元的，副卡取消，下个月1号生效，对吗？", L,
  "@15 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效", L,
  "@3 已经帮您登记好了，感谢您的来电，祝您生活愉快，再见！")
play("caller_fast", "ticket_98", 80, 92, True, False, 0, "fault: read-back right, but the ticket says 98元 (one digit wrong in a dictated field): the record is wrong (3.1 1.3.2)",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@3 非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？", L,
  "@6 好的，跟您确认一下：158元的套餐改成88元的，副卡取消，下个月1号生效，对吗？", L,
  "@15 /ticket 业务=套餐变更 内容=158元套餐改为98元套餐，取消副卡，下月1日生效", L,
  "@3 已经为您登记好了，感谢您的来电，祝您生活愉快，再见！")
# ---- caller_quiet
play("caller_quiet", "own_words", 82, 100, True, False, 1, "competent, 2.2 in own words: asks louder, again, suggests another phone, hangs up",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@3 不好意思，您的声音太小了，我这边听不清，麻烦您大点声好吗？", L,
  "@3 抱歉，还是听不太清楚，能请您再大声一些吗？", L,
  "@3 实在抱歉，电话里声音太小，建议您换一部电话再打过来，好吗？", "@3 /hangup")
play("caller_quiet", "hangup_fast", 62, 82, True, False, 0, "fault: asks louder twice, then hangs up without suggesting another phone (2.2 换一部电话 step missing)",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？", L,
  "@3 非常抱歉，还是听不太清，麻烦您再大声一点好吗？", L,
  "@3 非常抱歉，再见。", "@3 /hangup")
# ---- correction (35GB = 20 + 15)
play("correction", "trad", 82, 100, True, False, 1, "competent, traditional characters: first answer, 2.14 with the new figure, 1.4",
  "/answer", "@2 您好，我是12號客服，請問有什麼可以幫您？", L,
  "@5 您好，59元套餐每月含國內通用流量20GB，國內通話200分鐘。", L,
  "@6 非常抱歉，剛才我的解釋有些欠缺，應該是：本月起59元套餐有20GB通用流量加15GB定向流量，一共35GB。", L,
  "@3 不客氣，感謝您的來電，祝您生活愉快，再見！")
play("correction", "wrong_sum", 66, 88, True, False, 0, "fault: 2.14 said, but the corrected total is given as 30GB (20 + 10), a figure the KB does not show: the caller is misinformed again",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@5 您好，59元套餐每月含国内通用流量20GB，国内通话200分钟。", L,
  "@6 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有20GB通用流量加10GB定向流量，一共30GB。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
# ---- crisis_authority
play("crisis_authority", "order", 80, 100, True, False, 1, "competent, unusual order: health first, then 2.12, offer within authority, ticket + escalation, 1.4",
  "/answer", "@2 您好，我是客服中心5号，请问有什么可以帮您？", L,
  "@5 宝宝现在怎么样？请先带宝宝去医院看看。您的心情我非常理解，为了更有效地帮助您，请问这罐奶粉是什么时候收到的？", L,
  "@6 非常抱歉，我在权限内为您办理全额退款，另外补偿您200元优惠券，过期奶粉我们安排上门取回，您看可以吗？", L,
  "@4 这件事我马上为您记录，并升级到专项处理部处理。",
  "@20 /ticket 事件=有机二段奶粉过期两个月，宝宝已喝两次并腹泻，客户已拍视频 联系电话=18985199876 曝光风险=拟发抖音并找电视台 已办理=全额退款加200元优惠券",
  "@3 /escalate 专项处理部",
  "@4 已经升级到专项处理部，专员会尽快给您回电，请您保持电话畅通。", L,
  "@3 祝宝宝早日康复，感谢您的来电，再见！")
play("crisis_authority", "no_escalate", 0, 59, False, True, 0, "fault: offer within authority and a full ticket, but no escalation to 专项处理部 (a media-exposure risk left at the first line; the rubric's escalate item is 一票否决)",
  "/answer", "@2 您好，我是客服中心5号，请问有什么可以帮您？", L,
  "@4 您的心情我非常理解，为了更有效地帮助您，请问您是什么时候收到这罐奶粉的？", L,
  "@6 非常抱歉，我在权限内为您办理全额退款，另外补偿您200元优惠券，过期奶粉我们安排上门取回，您看可以吗？", L,
  "@5 宝宝的身体最要紧，请您先带宝宝去医院看看。这件事我马上为您记录。",
  "@20 /ticket 事件=有机二段奶粉过期两个月，宝宝已喝两次并腹泻，客户已拍视频 联系电话=18985199876 曝光风险=拟发抖音并找电视台 已办理=全额退款加200元优惠券",
  "@3 已经为您记录好了，会有同事跟进处理，请您保持电话畅通。", L,
  "@3 祝宝宝早日康复，感谢您的来电，再见！")
# ---- crisis_selfharm (花果园二期C区楼顶, 13985166420)
play("crisis_selfharm", "ime", 80, 100, True, False, 1, "competent with IME slips (着急→着及, 安全→按全 in one line): 2.12, safety, number, escalation in time, record, stays on the line",
  "/answer", "@2 您好，我是客服中心9号，请问有什么可以帮您？", L,
  "@5 您的心情我非常理解，遇到这种事谁都会难过，为了更有效地帮助您，请您慢慢跟我说，好吗？", L,
  "@5 您先别着及，您的按全最要紧，请先离开楼顶，到安全的地方去，我一直陪着您。请问您现在用的是哪个电话号码？", L, L, L,
  "@2 /escalate 危机干预组",
  "@4 我们一定能帮您的，危机干预组的专员马上联系您，您先从楼顶下来，好吗？", L,
  "@15 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生", L,
  "@3 会的，专员马上就会联系您，我一直在线上陪着您，您别挂电话。")
play("crisis_selfharm", "wrong_desk", 0, 59, False, True, 0, "fault: everything said right, but the escalation goes to 投诉处理组, a desk that cannot take a self-harm caller (2.4; the escalate item is 一票否决: no crisis hand-over)",
  "/answer", "@2 您好，我是客服中心9号，请问有什么可以帮您？", L,
  "@5 您的心情我非常理解，遇到这样的事谁都会难过，为了更有效地帮助您，请您慢慢跟我说好吗？", L,
  "@5 您先别着急，您的安全最要紧，请您先离开楼顶，到安全的地方，我一直陪着您。请问您现在用的是哪个电话？", L, L, L,
  "@2 /escalate 投诉处理组",
  "@4 我们能帮您的，专员马上就会联系您，您先从楼顶下来好吗？", L,
  "@15 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生", L,
  "@3 会的，专员马上就会联系您，我一直在线上陪着您，您别挂电话。")
# ---- customer_types (seed 1: 犹豫型, 屏幕划痕)
play("customer_types", "wordy", 82, 100, True, False, 1, "competent, very wordy: identifies 犹豫型, 2.12, recommends 换货 with the policy and reasons, 1.4",
  "/answer", "@2 您好，我是客服中心6号，很高兴为您服务，请问有什么可以帮您？", L, "@4 #2",
  "@8 您的心情我非常理解，拿到新手机发现屏幕有划痕，换了谁都会纠结，为了更有效地帮助您，我建议您选择换货：屏幕划痕属于质量问题，7天内可以换货，来回运费由商家承担，明天就会有快递员上门取件，您不用自己跑一趟，新机到手就能直接用了。", L,
  "@4 不客气，有什么问题您随时打过来，感谢您的来电，祝您生活愉快，再见！")
play("customer_types", "rhetorical", 72, 92, True, False, 0, "fault: recommends 换货 with the policy but wraps it in a rhetorical question at the caller 这还用犹豫吗？ (§二(四) 禁忌语 at a hesitant caller)",
  "/answer", "@2 您好，我是客服中心6号，请问有什么可以帮您？", L, "@4 #2",
  "@6 您的心情我非常理解，屏幕有划痕当然是换货了，这还用犹豫吗？屏幕划痕属于质量问题，7天内可以换货，运费由商家承担，明天就上门取件。", L,
  "@4 我建议您换货，运费商家出，明天就有人上门取件。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
# ---- dialect_caller
play("dialect_caller", "l2", 82, 100, True, False, 1, "competent, second-language Mandarin: 2.20 and 2.18(1) in plain words, transfer to 粤语坐席",
  "/answer", "@2 您好，我是客服中心11号，请问有什么可以帮您？", L,
  "@3 对不起先生，打断您一下，请问您可以讲普通话吗？谢谢您！", L,
  "@3 好的，请您稍等，现在为您转接粤语坐席，请您不要挂机，好吗？", L, "@2 /transfer 粤语坐席")
play("dialect_caller", "bare_transfer", 82, 95, True, False, 0, "fault: the transfer is right but announced only as 好，给您转过去 (2.18(1) 请稍等…请不要挂机 missing)",
  "/answer", "@2 您好，我是客服中心11号，请问有什么可以帮您？", L,
  "@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！", L,
  "@3 好，给您转过去。", L, "@2 /transfer 粤语坐席")
# ---- english_caller (Room 802, Building 2, Jinyang New Town; this afternoon)
play("english_caller", "terse", 82, 100, True, False, 1, "competent, terse English: apology, address, ticket, engineer this afternoon, English goodbye",
  "/answer", "@2 您好，我是客服中心3号，请问有什么可以帮您？", L,
  "@5 Hello. Sorry about that. Your address, please?", L,
  "@4 Your home address, please. An engineer will come.", L, L,
  "@25 /ticket address=Room 802, Building 2, Jinyang New Town 故障=No internet since morning",
  "@6 Thanks. An engineer will visit this afternoon.", L,
  "@3 Thank you for calling. Goodbye!")
play("english_caller", "chinese_bye", 76, 92, True, False, 0, "fault: the whole call in English but the goodbye in Chinese only (感谢您的来电，再见), which the caller does not understand",
  "/answer", "@2 您好，我是客服中心3号，请问有什么可以帮您？", L,
  "@5 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?", L, L,
  "@25 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Internet down since this morning",
  "@6 Thank you. An engineer will come to your home this afternoon to repair it.", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- explain_again (吴阿姨: 8元 = 来电显示5 + 彩铃3; 流量费二十三块; 微信视频)
play("explain_again", "l2", 80, 100, True, False, 1, "competent, second-language Mandarin, simple words: both fees, 2.6 in own words, re-explained, 1.4",
  "/answer", "@2 您好，我是客服中心7号，请问有什么可以帮您？", L,
  "@8 吴阿姨，8块钱是月功能费，来电显示5块，彩铃3块，每个月都收；二十三块是流量费，您套餐里面的流量用完了，多用的部分要另外算钱。", L,
  "@4 阿姨，还有哪里不清楚吗？我再给您讲一遍，好吗？", L,
  "@7 阿姨，您在手机上用微信打视频、看微信里面的视频，都要用流量。您套餐里的1G这个月用完了，多出来的就收了流量费。", L,
  "@3 不客气阿姨，谢谢您的来电，祝您身体健康，再见！")
play("explain_again", "rhetorical", 68, 88, True, False, 0, "fault: re-explains right, but the 2.6 turn is a rhetorical reproach 我刚才不是说过了吗？ (§二(四) 禁忌语 at an old caller)",
  "/answer", "@2 您好，我是客服中心7号，请问有什么可以帮您？", L,
  "@8 吴阿姨，月功能费8块钱是来电显示5块加彩铃3块，每个月固定收；套餐外流量费二十三块，是您套餐里的流量用完了，超出的部分另外算的钱。", L,
  "@4 阿姨，我刚才不是说过了吗？那我再讲一遍。", L,
  "@5 阿姨，8块是来电显示加彩铃，23块是流量用超了。", L,
  "@7 阿姨，手机上用微信视频通话、看微信视频号都要用流量，您这个月套餐里的1G用完了，多出来的就收了流量费。", L,
  "@3 不客气，阿姨，感谢您的来电，祝您身体健康，再见！")
# ---- hard_to_reach (100M包年, 明年1月15日)
play("hard_to_reach", "trad", 82, 100, True, False, 1, "competent, traditional characters: 2.15, hold with 1.2, expiry from the lookup, 1.4",
  "/answer", "@2 您好，我是客服中心15號，請問有什麼可以幫您？", L,
  "@6 非常抱歉！由於諮詢量大量增加，造成系統繁忙，技術部門正在研究解決，給您造成的不便，我們深表歉意！", L,
  "@3 請您稍等，我幫您核實一下好嗎？", "@2 /hold", "@15 /unhold",
  "@3 感謝您的耐心等待，您家寬帶是100M包年，到期日是明年1月15日，到期前一個月會有短信提醒您續費。", L,
  "@3 感謝您的來電，祝您生活愉快，再見！")
play("hard_to_reach", "long_hold", 78, 95, True, False, 0, "fault: asks before the hold, but leaves the caller on hold 65 s without coming back to check in (1.2: a long wait needs a check-back); the rest right",
  "/answer", "@2 您好，我是客服中心15号，请问有什么可以帮您？", L,
  "@6 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！", L,
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@65 /unhold",
  "@3 感谢您的耐心等待，您家宽带是100M包年，到期日是明年1月15日，到期前一个月会有短信提醒您续费。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- info_record (杨丽华 13967395191 云岩区中华北路108号3单元502室)
play("info_record", "fields", 82, 100, True, False, 1, "competent: the ticket in Chinese field names, then phone AND address read back in one line, 1.4",
  "/answer", "@2 您好，燃气服务热线4号，请问有什么可以帮您？", L, L, L, L, L, L, L, L,
  "@40 /ticket 姓名=杨丽华 电话=13967395191 地址=云岩区中华北路108号3单元502室 问题=燃气管道接头漏气，已关总阀", L,
  "@6 都记好了，跟您核对一下：电话139 6739 5191，地址中华北路108号3单元502室，对吗？", L,
  "@3 已经登记好了，我们会尽快安排师傅上门，感谢您的来电，再见！")
play("info_record", "addr_520", 62, 90, True, False, 0, "fault: phone right and read back, but the ticket's address says 3单元520室 (502 dictated): a wrong digit in a dictated field, no valid record of that field (3.1 1.3.2)",
  "/answer", "@2 您好，燃气服务热线4号，请问有什么可以帮您？", L, L, L, L, L, L, L, L,
  "@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元520室 problem=燃气管道接头漏气，已关总阀", L,
  "@5 记好了，跟您核对一下电话：139 6739 5191，对吗？", L,
  "@3 我们会尽快安排师傅上门，感谢您的来电，再见！")
# ---- leader_phone (刘总, 装机十天)
play("leader_phone", "own_words", 82, 100, True, False, 1, "competent, 2.7(1)/(2) in own words: duty, scope, ticket of the delay, 1.4",
  "/answer", "@2 您好，我是客服中心10号，请问有什么可以帮您？", L,
  "@5 您的事就是我的事，处理您的问题本来就是我这个岗位的职责，请您放心交给我。", L,
  "@5 抱歉，领导个人的联系方式不在我们能提供的范围里，还请您谅解；装机拖了这么久，我现在就帮您催办。", L,
  "@15 /ticket 内容=宽带新装受理十天仍未上门安装，客户已请假两次 处理=催办装维部门尽快派单并回复客户", L,
  "@3 我们会尽快催办并回复您，感谢您的来电，祝您生活愉快，再见！")
play("leader_phone", "dont_push", 72, 92, True, False, 0, "fault: the scope refusal ends with 您就别为难我了 (a polite-looking push-off at the caller, §二(四) 禁忌语); the rest right",
  "/answer", "@2 您好，我是客服中心10号，请问有什么可以帮您？", L,
  "@5 作为客服代表，帮您解决问题就是我的职责，请您相信我，我一定尽力帮您把装机的事办好。", L,
  "@5 非常抱歉，领导的联系方式超出了我们的服务范围，您就别为难我了，好吗？装机的事我来帮您催。", L,
  "@15 /ticket 内容=宽带新装受理十天仍未上门安装，客户已请假两次在家等候 处理=催办装维部门尽快派单并回复客户", L,
  "@3 我们会尽快催办并回复您，感谢您的来电，祝您生活愉快，再见！")
# ---- long_wait (手机丢失, 停机挂失, 补卡 10元)
play("long_wait", "terse", 82, 100, True, False, 1, "competent, terse: 2.16, suspension ticket at once, reissue from the KB, 1.4",
  "/answer", "@2 您好，2号为您服务，请问有什么可以帮您？", L,
  "@3 非常抱歉，让您久等了！请问有什么可以帮您？", L,
  "@10 /ticket 业务=停机挂失 内容=机主手机在商场丢失，要求立即停机", L,
  "@5 已停机挂失，马上生效。补卡请机主带身份证到任一营业厅，号码不变，工本费10元。", L,
  "@3 感谢来电，再见！")
play("long_wait", "no_way", 72, 92, True, False, 0, "fault: 2.16 followed by the excuse 人多，这也没办法 (§二(四) 禁忌语: 没办法 at a waiting caller)",
  "/answer", "@2 您好，我是客服中心2号，请问有什么可以帮您？", L,
  "@4 非常抱歉！让您久等了！现在人多，这也没办法，请问有什么可以帮您吗？", L,
  "@3 请您说一下需要办理的业务。", L,
  "@10 /ticket 业务=停机挂失 内容=机主手机在商场丢失，来电要求立即停机挂失", L,
  "@6 已经为您停机挂失，即时生效。补卡请机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10元。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- no_contact (15961463655, 世纪城)
play("no_contact", "l2", 80, 100, True, False, 1, "competent, second-language Mandarin: asks a number, 2.11 in plain words, ticket, promise, 1.4",
  "/answer", "@2 您好，我是客服中心20号，请问有什么可以帮您？", L,
  "@6 好的，世纪城门口机柜风扇很吵的问题，我记下来了。为了以后给您回复，请您留一个联系电话，好吗？", L,
  "@6 非常抱歉，如果您不给联系电话，我们就没有办法联系您，您说的问题我们也没有办法处理。", L, L,
  "@15 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇晚上噪音很大",
  "@4 已经帮您登记了，我们会安排人员去处理，处理好以后第一时间联系您。", L,
  "@3 谢谢您的来电，祝您生活愉快，再见！")
play("no_contact", "phone_665", 76, 92, True, False, 0, "fault: the ticket's number is 15961463665 (last two digits swapped from 15961463655): a wrong digit in a dictated field (3.1 1.3.2)",
  "/answer", "@2 您好，我是客服中心20号，请问有什么可以帮您？", L,
  "@6 好的，世纪城门口机柜风扇噪音的问题我记下了，为了处理后给您回复，请您留一个联系电话好吗？", L,
  "@6 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。", L, L,
  "@15 /ticket 联系电话=15961463665 内容=世纪城小区门口通信机柜风扇夜间噪音扰民",
  "@4 已经为您登记，我们会安排人员处理，处理后会第一时间联系您。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- no_knowledge (15167395191)
play("no_knowledge", "trad", 82, 100, True, False, 1, "competent, traditional characters: 2.19, ticket, 1.4",
  "/answer", "@2 您好，我是客服中心13號，請問有什麼可以幫您？", L,
  "@7 非常抱歉，副卡能不能享受這個優惠，我們暫時沒有詳細資料，需要進一步核實，我們會在24小時內與您聯繫，好嗎？", L, L,
  "@15 /ticket 聯繫電話=15167395191 內容=諮詢老年人話費優惠是否適用於副卡（父親使用），核實後24小時內回電", L,
  "@3 感謝您的來電，祝您生活愉快，再見！")
play("no_knowledge", "phone_119", 80, 93, True, False, 0, "fault: 2.19 right, but the ticket's callback number is 15167395119 (dictated 15167395191): a wrong digit in a dictated field",
  "/answer", "@2 您好，我是客服中心13号，请问有什么可以帮您？", L,
  "@7 非常抱歉，副卡能不能享受这个优惠，我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？", L, L,
  "@15 /ticket 联系电话=15167395119 内容=咨询老年人话费优惠是否适用于副卡（父亲使用），核实后24小时内回电", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- not_heard (YT1177966493, 遵义分拨中心, 明天)
play("not_heard", "wordy", 82, 100, True, False, 1, "competent, very wordy: 2.5, ticket, hold with 1.2, result, 1.4",
  "/answer", "@2 您好，这里是客服中心，我是16号客服，很高兴为您服务，请问有什么可以帮您？", L,
  "@4 非常抱歉，刚才信号不太好，我没听清您的讲话，麻烦您再重复一遍，好吗？", L, L,
  "@10 /ticket 单号=YT1177966493 note=三天未更新物流",
  "@4 好的，单号我已经记下来了，请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@3 感谢您的耐心等待，我这边查到了，您的包裹现在在遵义分拨中心，因为那边分拣积压，所以三天没有更新物流信息，预计明天就会给您派送，请您留意电话。", L,
  "@4 不客气，给您添麻烦了，感谢您的来电，祝您生活愉快，再见！")
play("not_heard", "track_439", 80, 92, True, False, 0, "fault: the ticket's tracking number is YT1177966439 (dictated YT1177966493): a wrong digit in a dictated field",
  "/answer", "@2 您好，我是客服中心16号，请问有什么可以帮您？", L,
  "@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", L, L,
  "@10 /ticket 单号=YT1177966439 note=三天未更新物流",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@2 感谢您的耐心等待，您的包裹现在滞留在遵义分拨中心，因为分拣积压三天没更新，预计明天派送。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
# ---- off_topic
play("off_topic", "own_words", 82, 100, True, False, 1, "competent, 特殊处理 5 in own words: asks for business, closes, hangs up",
  "/answer", "@2 您好，我是客服中心1号，请问有什么可以帮您？", L,
  "@3 请问您今天有什么业务要咨询或办理吗？", L,
  "@3 如果没有业务要办理的话，感谢您的来电，再见！", L, "@2 /hangup")
play("off_topic", "rhetorical", 68, 90, True, False, 0, "fault: the 特殊处理 5 question opens with a rhetorical reproach 您打热线是来聊天的吗？ (§二(四) 禁忌语)",
  "/answer", "@2 您好，我是客服中心1号，请问有什么可以帮您？", L,
  "@3 您打热线是来聊天的吗？请问您有业务需要咨询吗？", L,
  "@3 如果没有业务需要咨询，谢谢您，再见！", L, "@2 /hangup")
# ---- praised (27号; 回看 by 遥控器回看键 or 节目单, 7天)
play("praised", "ime", 80, 100, True, False, 1, "competent with IME slips (认可→人可, 遥控器→摇控器): 2.8, replay method from the KB, 1.4",
  "/answer", "@2 您好，我是客服中心30号，请问有什么可以帮您？", L,
  "@3 不客气，这是我们应该做的，谢谢您的人可，我们会转达给27号同事。", L, L,
  "@6 您可以用摇控器按“回看”键，选好日期和频道就能看；也可以进节目单，选昨天的节目按确认键，7天内的节目都能回看。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("praised", "get_to_it", 70, 92, True, False, 0, "fault: the thanks for the praise ends with 您就直接说事吧 (a brusque push at the caller, §二(四) 禁忌语); the rest right",
  "/answer", "@2 您好，我是客服中心30号，请问有什么可以帮您？", L,
  "@3 不客气，这是我们应该做的，我们会转达给27号同事，您就直接说事吧。", L, L,
  "@6 您可以用遥控器按“回看”键，选好日期和频道就能看；也可以进节目单，选昨天的节目按确认键，7天内的节目都能回看。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- repeat_complaint (罗女士, 15867395191)
play("repeat_complaint", "trad", 82, 100, True, False, 1, "competent, traditional characters: 2.13, ticket with the number, escalation to 投诉处理组, 1.4",
  "/answer", "@2 您好，我是客服中心22號，請問有什麼可以幫您？", L,
  "@7 非常抱歉！您所反映的問題我們正在緊張地處理，因為牽扯幾個部門的協調，所以時間比較長，我們會在問題解決後的第一時間與您聯繫。", L, L, L,
  "@15 /ticket 聯繫電話=15867395191 內容=光貓紅燈常亮無法上網，報修二十天未上門，第四次來電催辦，客戶表示要打12315投訴",
  "@3 /escalate 投诉处理组",
  "@5 羅女士，您的問題我已經記錄並升級到投訴處理組，由他們專門負責跟進，處理結果會第一時間聯繫您。", L,
  "@3 感謝您的來電，祝您生活愉快，再見！")
play("repeat_complaint", "duty_only", 0, 59, False, True, 0, "fault: everything said right, but the complaint goes only to 值班长, never to 投诉处理组 (a wrong desk; the escalate item is 一票否决)",
  "/answer", "@2 您好，我是客服中心22号，请问有什么可以帮您？", L,
  "@7 非常抱歉！您所反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。", L, L, L,
  "@15 /ticket 联系电话=15867395191 内容=光猫红灯常亮无法上网，报修二十天未上门，第四次来电催办，客户表示要打12315投诉",
  "@3 /escalate 值班长",
  "@5 罗女士，您的问题我已经记录并反映给值班长，处理结果会第一时间联系您。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- sales_call (三口人 -> B 300兆+IPTV 99元)
play("sales_call", "wordy", 80, 100, True, False, 1, "competent, very wordy: intro, needs, B recommended, objection, order, 1.4",
  "/answer", "@4 您好，打扰您一下，我是宽带客服中心的12号客服小王，您家的宽带合约下个月就要到期了，我给您介绍一下几个续约方案，您看方便吗？", L,
  "@5 请问您家里平时一共几个人用网？主要是用来看视频、上网课，还是打游戏、办公呢？", L,
  "@8 根据您家三口人、孩子要上网课、晚上还要看电视的情况，我推荐您B方案：300兆宽带加IPTV电视，每月99元，网速够快，电视也有了，一家人同时用都不卡。", L, L,
  "@8 非常理解您的顾虑，价格确实要好好比一比。续约一年还送一个月，折合下来每天三块多钱，网速是现在的三倍，还多了一路电视，整体算下来是很划算的。", L,
  "@12 /ticket 套餐=300兆宽带+IPTV 资费=每月99元 生效=下月", L,
  "@4 已经为您办理好了，感谢您的支持，祝您生活愉快，再见！")
play("sales_call", "why_hesitate", 75, 93, True, False, 0, "fault: the objection is answered with 这么划算您还犹豫什么呢？ (a rhetorical push at the caller, §二(四) 禁忌语); the rest right",
  "/answer", "@3 您好，我是宽带客服中心12号客服小王，您家宽带合约下个月到期，给您介绍一下续约方案。", L,
  "@4 请问您家里平时几个人用网？主要用来做什么呢？", L,
  "@6 根据您家的情况，我推荐B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。", L, L,
  "@6 续约一年还送一个月，折合每天三块多，网速是现在的三倍，还多了电视，这么划算您还犹豫什么呢？", L,
  "@12 /ticket 套餐=300兆宽带+IPTV 资费=每月99元 生效=下月", L,
  "@3 感谢您的支持，祝您生活愉快，再见！")
# ---- silent_line
play("silent_line", "terse", 84, 100, True, False, 1, "competent, terse: opening, 请讲 twice, 1.3 close, hang up",
  "/answer", "@2 您好，19号，请问有什么可以帮您？", "@4 您好，请讲。", "@4 您好，请讲。",
  "@4 抱歉，听不到您的声音，无法为您服务，再见！", "@2 /hangup")
play("silent_line", "threat", 68, 92, True, False, 0, "fault: the second prompt is 再不说话我就挂了 (a threat at a caller who may not be heard, §二(四) 禁忌语); the close and hang-up right",
  "/answer", "@2 您好，我是客服中心19号，请问有什么可以帮您？", "@4 您好，请讲。", "@4 您好，请讲，再不说话我就挂了。",
  "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup")
# ---- survey_invite (5200 积分)
play("survey_invite", "l2", 80, 100, True, False, 1, "competent, second-language Mandarin: points and method, invitation in own words, 1.4, transfer to 满意度调查",
  "/answer", "@2 您好，我是客服中心14号，请问有什么可以帮您？", L,
  "@6 您现在有5200积分，1000积分可以换10元话费。您可以在APP的“积分商城”换，也可以发短信JFDH到10086，马上到账。", L,
  "@4 好的。等一下请您给我的服务打个分，我帮您转到满意度调查，可以吗？", L,
  "@3 谢谢您的来电，祝您生活愉快，再见！", "@1 /transfer 满意度调查")
play("survey_invite", "no_invite", 66, 84, True, False, 0, "fault: points and method right, but the call is put through to 满意度调查 with no invitation (the caller is never asked to rate the service)",
  "/answer", "@2 您好，我是客服中心14号，请问有什么可以帮您？", L,
  "@6 您现在有5200积分，每1000积分可以兑换10元话费，您可以在APP“积分商城”兑换，也可以发短信JFDH到10086，即时到账。", L,
  "@4 好的，还有其他问题吗？", L,
  "@3 感谢您的来电，祝您生活愉快，再见！", "@1 /transfer 满意度调查")
# ---- too_slow (458元, 3到5个工作日)
play("too_slow", "order", 80, 100, True, False, 1, "competent, unusual order: 2.17 first, then says what it will check, hold with 1.2, refund status, 1.4",
  "/answer", "@2 您好，我是客服中心23号，请问有什么可以帮您？", L,
  "@4 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！", L,
  "@3 我帮您查退款进度。",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@12 /unhold",
  "@2 感谢您的耐心等待，您458元的退款已经审核通过，预计3到5个工作日内原路退回您的支付账户。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("too_slow", "wait_it_out", 62, 82, True, False, 0, "fault: instead of 2.17, 系统慢，您就等着吧 (no apology, and a push-off at the caller, §二(四) 禁忌语); the rest right",
  "/answer", "@2 您好，我是客服中心23号，请问有什么可以帮您？", L,
  "@4 好的，我帮您查一下退款进度。", L,
  "@3 系统慢，您就等着吧。",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@12 /unhold",
  "@2 感谢您的耐心等待，您458元的退款已经审核通过，预计3到5个工作日内原路退回您的支付账户。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- transfer_failed (筑城物流, VPN隧道一直断开, 08518812345)
play("transfer_failed", "trad", 82, 100, True, False, 1, "competent, traditional characters: 2.18(1), transfer, 2.18(2), ticket, 1.4",
  "/answer", "@2 您好，我是客服中心24號，請問有什麼可以幫您？", L,
  "@3 請稍等，正在為您轉接技術支持部，請不要掛機，好嗎？", "@2 /transfer 技术支持部", L,
  "@3 非常抱歉，由於話務正忙，暫時不能幫您轉接。您的問題我會做詳細的記錄，稍後會轉相關部門處理，您看好嗎？", L, L, L, L, L,
  "@15 /ticket 公司=築城物流 故障=VPN隧道一直斷開 聯繫電話=08518812345 要求=下午要開視頻會，請工程師盡快回電", L,
  "@3 好的，感謝您的來電，祝您工作順利，再見！")
play("transfer_failed", "wrong_desk", 80, 94, True, False, 0, "fault: the transfer goes to 客户服务部, a desk that cannot fix a VPN (wrong desk); the failed-transfer phrase, ticket and close right",
  "/answer", "@2 您好，我是客服中心24号，请问有什么可以帮您？", L,
  "@3 请稍等，正在为您转接，请不要挂机，好吗？", "@2 /transfer 客户服务部", L,
  "@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？", L, L, L, L, L,
  "@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电", L,
  "@3 好的，感谢您的来电，祝您工作顺利，再见！")
# ---- transferred_complaint (视频会员费重复扣 25元, 24小时)
play("transferred_complaint", "terse", 82, 100, True, False, 1, "competent, terse: takes over, 2.12, hold with 1.2, refund, 1.4",
  "/answer", "@2 您好，中级坐席28号。情况同事已转给我：本月视频会员费重复扣了两次，我来处理退费。", L,
  "@4 您的心情我非常理解，为了更有效地帮助您，我马上核实。",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@2 感谢您的耐心等待。确实重复扣了25元，退费已提交，24小时内退回话费账户。", L,
  "@3 感谢来电，再见！")
play("transferred_complaint", "repeat_please", 76, 92, True, False, 0, "fault: takes the call but asks the caller to tell the whole story again (a transferred complaint must not be made to repeat); the rest right",
  "/answer", "@2 您好，我是中级坐席28号，请您把情况再详细说一遍好吗？", L,
  "@4 您的心情我非常理解，为了更有效地帮助您，我马上为您核实扣费情况。",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@2 感谢您的耐心等待，经核实本月视频会员费确实重复扣了一次25元，退费已经为您提交，24小时内退回您的话费账户。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- vip_call (钱先生, 新加坡, wife 18695077409)
play("vip_call", "wordy", 80, 100, True, False, 1, "competent, very wordy: greeting by surname, roaming and family number, extra service, ticket, 1.4",
  "/answer", "@3 钱先生您好，欢迎致电钻石卡专席，我是18号客服，很高兴为您服务，请问今天有什么可以帮您？", L,
  "@5 好的钱先生，我马上为您办理。请问您太太的手机号码是多少呢？", L, L,
  "@10 钱先生，新加坡国际漫游已经为您开通，即时生效，作为钻石卡客户您是免押金的；您太太的号码18695077409也已经加入您的家庭套餐了。另外提醒您一下，新加坡漫游流量包每天25元不限量，可以预约出发当天生效，如果需要的话我现在就帮您办好。", L,
  "@15 /ticket 业务=开通国际漫游（新加坡）、家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包",
  "@4 钱先生，感谢您的来电，祝您出差顺利，一路平安，再见！")
play("vip_call", "no_surname", 84, 96, True, False, 0, "fault: the VIP greeting is a plain 您好 with no surname although the panel shows 钱先生 (greet item)",
  "/answer", "@2 您好，我是钻石卡专席18号客服，请问有什么可以帮您？", L,
  "@5 好的，马上为您办理。请问您太太的号码是多少？", L, L,
  "@8 新加坡国际漫游已经为您开通，即时生效，钻石卡免押金；您太太的号码18695077409已经加入您的家庭套餐。另外新加坡漫游流量包每天25元不限量，可以预约出发当天生效，需要的话我帮您办。", L,
  "@15 /ticket 业务=开通国际漫游（新加坡）、家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包",
  "@3 感谢您的来电，祝您出差顺利，再见！")
# ---- wrong_number (1586163655 -> 15861463655)
play("wrong_number", "l2", 80, 100, True, False, 1, "competent, second-language Mandarin: 2.10(1), 2.10(2), right number in the ticket, 1.4",
  "/answer", "@2 您好，我是客服中心25号，请问有什么可以帮您？", L, L,
  "@4 对不起，我跟您确认一下，您的手机号码是1586163655，对吗？", L,
  "@3 对不起，您说的号码少了一位，请您再看一下，好吗？", L, L,
  "@12 /ticket 手机号=15861463655 内容=预约师傅上门装新路由器", L,
  "@3 谢谢您的来电，祝您生活愉快，再见！")
play("wrong_number", "first_number", 70, 88, True, False, 0, "fault: 2.10(1) and (2) said, the caller corrects it, but the ticket keeps the first, wrong number 1586163655 (a dictated field wrong, 3.1 1.3.2)",
  "/answer", "@2 您好，我是客服中心25号，请问有什么可以帮您？", L, L,
  "@4 非常抱歉，请问您的手机号码是1586163655吗？", L,
  "@3 很抱歉，您报的号码有误，请您再核对一下，好吗？", L, L,
  "@12 /ticket 手机号=1586163655 内容=预约师傅上门安装新路由器", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")

def tf(b): return "true" if b else "false"
os.makedirs(os.path.join(HERE, "calls"), exist_ok=True)
rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
for scen, name, lo, hi, passed, af, comp, note, lines in P:
    assert passed == (lo >= 60) and (hi >= 60 or not passed), (scen, name)
    assert not af or hi < 60, (scen, name)
    fn = f"{scen}.d34_{name}.replies"
    with open(os.path.join(HERE, "calls", fn), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    rows.append("\t".join(["dev34", scen, fn, str(lo), str(hi), tf(passed), tf(af), str(comp), note]))
with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(P), "plays")
