#!/usr/bin/env python3
"""dev17: 62 whole-call plays (two per scenario) by helper callsdev, examiner persona: a training
supervisor of a Tianjin insurance-claims and pension hotline. Ranges set from each scenario's rubric
and the standard BEFORE any play was run (see CALLS.md). Writes calls/ and calls.tsv."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
L = "/listen"
# (scenario, name, lo, hi, passed, auto_failed, competent, note, lines)
P = []
def play(scen, name, lo, hi, passed, af, comp, note, *lines):
    P.append((scen, name, lo, hi, passed, af, comp, note, lines))

# ---- abusive_caller
play("abusive_caller", "good", 88, 100, True, False, 1, "competent: ask once, special close, hang up (特殊处理 1-3)",
  "/answer", "@2 您好，我是17号话务员小张，请问有什么可以帮您？", L,
  "@3 请问您需要帮助吗？", L, "@3 感谢您的来电，若没有其他业务咨询，再见！", "@2 /hangup")
play("abusive_caller", "asks_twice", 78, 94, True, False, 0, "fault: asks whether he needs help twice before closing (特殊处理 1: ask ONCE, then end); range revised after the first run from 68-90: the fault is charged once, on ask_help (只需询问一次), and a second polite question is not 纠缠/争辩 (prompt_end)",
  "/answer", "@2 您好，我是17号话务员小张，请问有什么可以帮您？", L,
  "@3 请问您需要帮助吗？", L, "@3 先生，请问您有什么需要我帮忙的吗？", L,
  "@3 感谢您的来电，若没有其他业务咨询，再见！", "@2 /hangup")
# ---- angry_caller (seed 1: 金阳新世界 光缆被市政施工挖断, 明天上午十点前)
play("angry_caller", "good", 86, 100, True, False, 1, "competent: 2.12, hold with 1.2, cause and time from the lookup, 1.4",
  "/answer", "@2 您好，我是宽带客服中心21号，请问有什么可以帮您？", L,
  "@5 您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？", L,
  "@4 好的杨先生，请您稍等，我帮您核实一下好吗？", L, "@1 /hold", "@20 /unhold",
  "@2 感谢您的耐心等待。经核实，金阳新世界一带的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。", L,
  "@3 给您添麻烦了，感谢您的来电，祝您生活愉快，再见！")
play("angry_caller", "wrong_eta", 74, 90, True, False, 0, "fault: states the cause right but a repair time the lookup does not show (今晚八点 instead of 明天上午十点): the caller is misinformed (solution item, 3.1 2.1.3)",
  "/answer", "@2 您好，我是宽带客服中心21号，请问有什么可以帮您？", L,
  "@5 您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？", L,
  "@4 好的杨先生，请您稍等，我帮您核实一下好吗？", L, "@1 /hold", "@20 /unhold",
  "@2 感谢您的耐心等待。经核实，金阳新世界一带的光缆被市政施工挖断了，工程师正在抢修，预计今晚八点前就能恢复。", L,
  "@3 给您添麻烦了，感谢您的来电，祝您生活愉快，再见！")
# ---- bad_attitude (39号, 修改宽带密码)
play("bad_attitude", "good", 86, 100, True, False, 1, "competent: 2.9 whole, ticket with 39, original question answered, 1.4",
  "/answer", "@2 您好，我是客服中心8号，请问有什么可以帮您？", L,
  "@6 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！", L,
  "@20 /ticket 被投诉工号=39 内容=昨天下午客户咨询修改宽带密码，39号坐席态度不耐烦，话未说完即挂断", L,
  "@6 修改宽带密码您可以在APP“宽带服务”里办理，也可以去营业厅，我现在也可以在系统里直接帮您受理。", L,
  "@3 再次向您致歉，感谢您的来电，再见！")
play("bad_attitude", "apology_only", 66, 86, True, False, 0, "fault: apologises twice but never promises improvement nor thanks her for supervising (2.9 missing two of its three parts)",
  "/answer", "@2 您好，我是客服中心8号，请问有什么可以帮您？", L,
  "@5 非常抱歉，给您带来了不便。", L,
  "@4 真的很抱歉，让您受委屈了，请您消消气。", L,
  "@20 /ticket 被投诉工号=39 内容=昨天下午客户咨询修改宽带密码，39号坐席态度不耐烦，话未说完即挂断", L,
  "@6 修改宽带密码您可以在APP“宽带服务”里办理，也可以去营业厅，我现在也可以在系统里直接帮您受理。", L,
  "@3 再次向您致歉，感谢您的来电，再见！")
# ---- callback_outbound (500兆, +30元)
play("callback_outbound", "good", 86, 100, True, False, 1, "competent: 2.21 intro, asks for him, supplement from the tariff, 1.4",
  "/answer", "@3 您好，我是宽带客服中心18号业务受理专员小李，请问刚才是您拨打我们的热线咨询宽带提速吗？", L,
  "@3 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？", L, L,
  "@4 先生您好，对于您刚才咨询的问题我还有一些内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不用上门。", L,
  "@3 不客气，感谢您的接听，祝您生活愉快，再见！")
play("callback_outbound", "no_ask_person", 70, 85, True, False, 0, "fault: when the wife says it was not her, the agent never asks whether he is there (2.21 如果不是 step), asks her to pass it on; he comes anyway",
  "/answer", "@3 您好，我是宽带客服中心18号业务受理专员小李，请问刚才是您拨打我们的热线咨询宽带提速吗？", L,
  "@3 好的，那麻烦您转告一下，提速的资费我们核实好了。", L, L,
  "@4 先生您好，对于您刚才咨询的问题我还有一些内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不用上门。", L,
  "@3 不客气，感谢您的接听，祝您生活愉快，再见！")
# ---- caller_fast (158 -> 88)
play("caller_fast", "good", 86, 100, True, False, 1, "competent: 2.3, read-back, ticket, 1.4",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@3 非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？", L,
  "@6 好的，跟您确认一下：158元的套餐改成88元的，副卡取消，下个月1号生效，对吗？", L,
  "@15 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效", L,
  "@3 已经为您登记好了，感谢您的来电，祝您生活愉快，再见！")
play("caller_fast", "readback_98", 78, 95, True, False, 0, "fault: the read-back names 98元 instead of 88元 (one digit); corrected only after the caller repeats",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@3 非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？", L,
  "@6 好的，跟您确认一下：158元的套餐改成98元的，副卡取消，下个月1号生效，对吗？", L,
  "@5 不好意思，是88元的套餐，副卡取消，下个月1号生效。", L,
  "@15 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效", L,
  "@3 已经为您登记好了，感谢您的来电，祝您生活愉快，再见！")
# ---- caller_quiet
play("caller_quiet", "good", 88, 100, True, False, 1, "competent: 2.2 ask, ask again, change phone, pause 2 s, hang up",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？", L,
  "@3 非常抱歉，还是听不太清，麻烦您再大声一点好吗？", L,
  "@3 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？", "@3 /hangup")
play("caller_quiet", "no_repeat", 75, 88, True, False, 0, "fault: asks once, then goes straight to 换一部电话 (2.2: 若仍听不清，需要重复一遍 skipped)",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？", L,
  "@3 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？", "@3 /hangup")
# ---- correction (35GB = 20 + 15)
play("correction", "good", 86, 100, True, False, 1, "competent: first answer from kb_old, 2.14 with the new figure, 1.4",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@5 您好，59元套餐每月含国内通用流量20GB，国内通话200分钟。", L,
  "@6 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有20GB通用流量加15GB定向流量，一共35GB。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
play("correction", "late_2_14", 72, 90, True, False, 0, "fault: first insists the old figure stands, says 2.14 with 35GB only after the caller asks again (late but said)",
  "/answer", "@2 您好，我是12号客服，请问有什么可以帮您？", L,
  "@5 您好，59元套餐每月含国内通用流量20GB，国内通话200分钟。", L,
  "@5 我这边知识库显示的是20GB，请您以我们的答复为准。", L,
  "@6 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有20GB通用流量加15GB定向流量，一共35GB。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
# ---- crisis_authority
play("crisis_authority", "good", 86, 100, True, False, 1, "competent: 2.12, own proposal within authority, ticket + escalation to 专项处理部, 1.4",
  "/answer", "@2 您好，我是客服中心5号，请问有什么可以帮您？", L,
  "@4 您的心情我非常理解，为了更有效地帮助您，请问您是什么时候收到这罐奶粉的？", L,
  "@6 非常抱歉，我在权限内为您办理全额退款，另外补偿您200元优惠券，过期奶粉我们安排上门取回，您看可以吗？", L,
  "@5 宝宝的身体最要紧，请您先带宝宝去医院看看。这件事我马上为您记录，并升级到专项处理部处理。",
  "@20 /ticket 事件=有机二段奶粉过期两个月，宝宝已喝两次并腹泻，客户已拍视频 联系电话=18985199876 曝光风险=拟发抖音并找电视台 已办理=全额退款加200元优惠券",
  "@3 /escalate 专项处理部",
  "@4 已经为您升级到专项处理部，专员会尽快给您回电话，请您保持电话畅通。", L,
  "@3 祝宝宝早日康复，感谢您的来电，再见！")
play("crisis_authority", "over_grant_300", 62, 82, True, False, 0, "fault: a typed proposal of a 300元 coupon, over the 200元 authority (3.3 2.3.1 灰度授权); the rest done",
  "/answer", "@2 您好，我是客服中心5号，请问有什么可以帮您？", L,
  "@4 您的心情我非常理解，为了更有效地帮助您，请问您是什么时候收到这罐奶粉的？", L,
  "@6 非常抱歉，我为您办理全额退款，再补偿您300元优惠券，过期奶粉我们安排上门取回，您看可以吗？", L,
  "@5 宝宝的身体最要紧，请您先带宝宝去医院看看。这件事我马上为您记录，并升级到专项处理部处理。",
  "@20 /ticket 事件=有机二段奶粉过期两个月，宝宝已喝两次并腹泻，客户已拍视频 联系电话=18985199876 曝光风险=拟发抖音并找电视台 已办理=全额退款加优惠券",
  "@3 /escalate 专项处理部",
  "@4 已经为您升级到专项处理部，专员会尽快给您回电话，请您保持电话畅通。", L,
  "@3 祝宝宝早日康复，感谢您的来电，再见！")
# ---- crisis_selfharm (花果园二期C区楼顶, 13985166420)
play("crisis_selfharm", "good", 86, 100, True, False, 1, "competent: 2.12, safety, number taken, escalation within a minute, record, hand-over",
  "/answer", "@2 您好，我是客服中心9号，请问有什么可以帮您？", L,
  "@5 您的心情我非常理解，遇到这样的事谁都会难过，为了更有效地帮助您，请您慢慢跟我说好吗？", L,
  "@5 您先别着急，您的安全最要紧，请您先离开楼顶，到安全的地方，我一直陪着您。请问您现在用的是哪个电话？", L, L, L,
  "@2 /escalate 危机干预组",
  "@4 我们能帮您的，危机干预组的专员马上就会联系您，您先从楼顶下来好吗？", L,
  "@15 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生", L,
  "@3 会的，危机干预专员马上就会联系您，我一直在线上陪着您，您别挂电话。")
play("crisis_selfharm", "calm_with_blame", 66, 88, True, False, 0, "fault: the 2.12 sentence carries a reproach of the victim (您当初也不该照着陌生人说的去操作): calm item is 安抚…不指责; everything else done",
  "/answer", "@2 您好，我是客服中心9号，请问有什么可以帮您？", L,
  "@5 您的心情我非常理解，不过您当初也不该照着陌生人说的去操作，为了更有效地帮助您，请您慢慢跟我说好吗？", L,
  "@5 您先别着急，您的安全最要紧，请您先离开楼顶，到安全的地方，我一直陪着您。请问您现在用的是哪个电话？", L, L, L,
  "@2 /escalate 危机干预组",
  "@4 我们能帮您的，危机干预组的专员马上就会联系您，您先从楼顶下来好吗？", L,
  "@15 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生", L,
  "@3 会的，危机干预专员马上就会联系您，我一直在线上陪着您，您别挂电话。")
# ---- customer_types (seed 1: 犹豫型)
play("customer_types", "good", 86, 100, True, False, 1, "competent: identifies 犹豫型, 2.12, recommends 换货 with the policy, 1.4",
  "/answer", "@2 您好，我是客服中心6号，请问有什么可以帮您？", L, "@4 #2",
  "@6 您的心情我非常理解，为了更有效地帮助您，我建议您选择换货：屏幕划痕属于质量问题，7天内可以换货，运费由商家承担，明天就上门取件。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
play("customer_types", "no_2_12", 70, 85, True, False, 0, "fault: right type and good advice, but no 2.12 adjustment of her mood at all (emotion item)",
  "/answer", "@2 您好，我是客服中心6号，请问有什么可以帮您？", L, "@4 #2",
  "@6 我建议您选择换货：屏幕划痕属于质量问题，7天内可以换货，运费由商家承担，明天就上门取件。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
# ---- dialect_caller
play("dialect_caller", "good", 88, 100, True, False, 1, "competent: 2.20, 2.18(1), transfer to 粤语坐席",
  "/answer", "@2 您好，我是客服中心11号，请问有什么可以帮您？", L,
  "@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！", L,
  "@3 好的，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？", L, "@2 /transfer 粤语坐席")
play("dialect_caller", "wrong_desk_first", 68, 85, True, False, 0, "fault: a polite transfer to 英语坐席 first; only after the caller is sent back is he put through to 粤语坐席",
  "/answer", "@2 您好，我是客服中心11号，请问有什么可以帮您？", L,
  "@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！", L,
  "@3 好的，请稍等，正在为您转接，请不要挂机，好吗？", L, "@2 /transfer 英语坐席", L,
  "@3 非常抱歉，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？", L, "@2 /transfer 粤语坐席")
# ---- english_caller (Room 802, Building 2, Jinyang New Town; this afternoon)
play("english_caller", "good", 86, 100, True, False, 1, "competent: English, address asked and recorded, engineer this afternoon, English goodbye",
  "/answer", "@2 您好，我是客服中心3号，请问有什么可以帮您？", L,
  "@5 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?", L, L,
  "@25 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Internet down since this morning",
  "@6 Thank you. An engineer will come to your home this afternoon to repair it.", L,
  "@3 You're welcome. Thank you for calling. Goodbye!")
play("english_caller", "addr_820", 78, 93, True, False, 0, "fault: the address typed as Room 820 (the caller said 802): the record is wrong (3.1 1.3.2)",
  "/answer", "@2 您好，我是客服中心3号，请问有什么可以帮您？", L,
  "@5 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?", L, L,
  "@25 /ticket address=Room 820, Building 2, Jinyang New Town 故障=Internet down since this morning",
  "@6 Thank you. An engineer will come to your home this afternoon to repair it.", L,
  "@3 You're welcome. Thank you for calling. Goodbye!")
# ---- explain_again (二十三块; 微信视频)
play("explain_again", "good", 86, 100, True, False, 1, "competent: both fees from the bill, 2.6, re-explained from the usage list, 1.4",
  "/answer", "@2 您好，我是客服中心7号，请问有什么可以帮您？", L,
  "@8 吴阿姨，月功能费8块钱是来电显示5块加彩铃3块，每个月固定收；套餐外流量费二十三块，是您套餐里的流量用完了，超出的部分另外算的钱。", L,
  "@4 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？", L,
  "@7 阿姨，手机上用微信视频通话、看微信视频号都要用流量，您这个月套餐里的1G用完了，多出来的就收了流量费。", L,
  "@3 不客气，阿姨，感谢您的来电，祝您身体健康，再见！")
play("explain_again", "sorry_not_2_6", 64, 82, True, False, 0, "fault: when she is still confused the agent apologises and re-explains, but never asks what is unclear / whether to explain again (2.6 not said)",
  "/answer", "@2 您好，我是客服中心7号，请问有什么可以帮您？", L,
  "@8 吴阿姨，月功能费8块钱是来电显示5块加彩铃3块，每个月固定收；套餐外流量费二十三块，是您套餐里的流量用完了，超出的部分另外算的钱。", L,
  "@4 阿姨，不好意思，是我没讲清楚。", L,
  "@5 就是说这两笔钱一笔是功能费，一笔是流量费。", L,
  "@7 阿姨，手机上用微信视频通话、看微信视频号都要用流量，您这个月套餐里的1G用完了，多出来的就收了流量费。", L,
  "@3 不客气，阿姨，感谢您的来电，祝您身体健康，再见！")
# ---- hard_to_reach (明年1月15日)
play("hard_to_reach", "good", 86, 100, True, False, 1, "competent: 2.15, hold with 1.2, expiry from the lookup, 1.4",
  "/answer", "@2 您好，我是客服中心15号，请问有什么可以帮您？", L,
  "@6 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！", L,
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@3 感谢您的耐心等待，您家宽带是100M包年，到期日是明年1月15日，到期前一个月会有短信提醒您续费。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("hard_to_reach", "wrong_phrase_2_16", 68, 86, True, False, 0, "fault: answers the hard-to-reach complaint with the 2.16 long-wait phrase and a bare sorry; never says why (系统繁忙, 2.15)",
  "/answer", "@2 您好，我是客服中心15号，请问有什么可以帮您？", L,
  "@4 非常抱歉！让您久等了！请问有什么可以帮您吗？", L,
  "@3 真是不好意思。", L,
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@3 感谢您的耐心等待，您家宽带是100M包年，到期日是明年1月15日，到期前一个月会有短信提醒您续费。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- info_record (杨丽华 13967395191 …)
TK = "/ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀"
play("info_record", "good", 86, 100, True, False, 1, "competent: ticket at >= 50 字/分, phone read back, 1.4",
  "/answer", "@2 您好，燃气服务热线4号，请问有什么可以帮您？", L, L, L, L, L, L, L, L,
  "@40 " + TK, L, "@5 记好了，跟您核对一下电话：139 6739 5191，对吗？", L,
  "@3 我们会尽快安排师傅上门，感谢您的来电，再见！")
play("info_record", "readback_5181", 84, 96, True, False, 0, "fault: the ticket is right but the read-back says 139 6739 5181 (one digit wrong): no valid check (3.1 1.3.2)",
  "/answer", "@2 您好，燃气服务热线4号，请问有什么可以帮您？", L, L, L, L, L, L, L, L,
  "@40 " + TK, L, "@5 记好了，跟您核对一下电话：139 6739 5181，对吗？", L,
  "@3 我们会尽快安排师傅上门，感谢您的来电，再见！")
# ---- leader_phone (刘总, 十天)
play("leader_phone", "good", 86, 100, True, False, 1, "competent: 2.7(1) and 2.7(2) in own words, ticket of the delay, 1.4",
  "/answer", "@2 您好，我是客服中心10号，请问有什么可以帮您？", L,
  "@5 作为客服代表，帮您解决问题就是我的职责，请您相信我，我一定尽力帮您把装机的事办好。", L,
  "@5 非常抱歉，领导的联系方式超出了我们的服务范围，请您通过其他渠道查询，好吗？装机的事我来帮您催。", L,
  "@15 /ticket 内容=宽带新装受理十天仍未上门安装，客户已请假两次在家等候 处理=催办装维部门尽快派单并回复客户", L,
  "@3 我们会尽快催办并回复您，感谢您的来电，祝您生活愉快，再见！")
play("leader_phone", "ticket_wrong_issue", 78, 90, True, False, 0, "fault: the ticket records his demand for the manager's number, not the installation delay he asked to be chased",
  "/answer", "@2 您好，我是客服中心10号，请问有什么可以帮您？", L,
  "@5 作为客服代表，帮您解决问题就是我的职责，请您相信我，我一定尽力帮您把装机的事办好。", L,
  "@5 非常抱歉，领导的联系方式超出了我们的服务范围，请您通过其他渠道查询，好吗？装机的事我来帮您催。", L,
  "@12 /ticket 内容=客户要求提供刘总手机号 处理=已按规定拒绝", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- long_wait
play("long_wait", "good", 86, 100, True, False, 1, "competent: 2.16, loss ticket at once, reissue from the KB, 1.4",
  "/answer", "@2 您好，我是客服中心2号，请问有什么可以帮您？", L,
  "@3 非常抱歉！让您久等了！请问有什么可以帮您吗？", L,
  "@10 /ticket 业务=停机挂失 内容=机主手机在商场丢失，来电要求立即停机挂失", L,
  "@6 已经为您停机挂失，即时生效。补卡请机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10元。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("long_wait", "late_apology", 74, 90, True, False, 0, "fault: answers the 20-minute wait with a plain 请讲; apologises only after the caller asks 连句道歉都没有 (2.16 late)",
  "/answer", "@2 您好，我是客服中心2号，请问有什么可以帮您？", L,
  "@3 您好，请问您要办理什么业务？", L,
  "@3 不好意思，让您久等了，您请说。", L,
  "@10 /ticket 业务=停机挂失 内容=机主手机在商场丢失，来电要求立即停机挂失", L,
  "@6 已经为您停机挂失，即时生效。补卡请机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10元。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- no_contact (15961463655, 世纪城)
play("no_contact", "good", 86, 100, True, False, 1, "competent: asks for a number, 2.11, ticket, promise, 1.4",
  "/answer", "@2 您好，我是客服中心20号，请问有什么可以帮您？", L,
  "@6 好的，世纪城门口机柜风扇噪音的问题我记下了，为了处理后给您回复，请您留一个联系电话好吗？", L,
  "@6 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。", L, L,
  "@15 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音扰民",
  "@4 已经为您登记，我们会安排人员处理，处理后会第一时间联系您。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("no_contact", "no_promise", 82, 93, True, False, 0, "fault: after the number is recorded the agent never says they will call him back (promise item)",
  "/answer", "@2 您好，我是客服中心20号，请问有什么可以帮您？", L,
  "@6 好的，世纪城门口机柜风扇噪音的问题我记下了，为了处理后给您回复，请您留一个联系电话好吗？", L,
  "@6 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。", L, L,
  "@15 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音扰民",
  "@4 好的，已经记录了。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- no_knowledge (15167395191)
play("no_knowledge", "good", 86, 100, True, False, 1, "competent: 2.19, ticket, 1.4",
  "/answer", "@2 您好，我是客服中心13号，请问有什么可以帮您？", L,
  "@7 非常抱歉，副卡能不能享受这个优惠，我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？", L, L,
  "@15 /ticket 联系电话=15167395191 内容=咨询老年人话费优惠是否适用于副卡（父亲使用），核实后24小时内回电", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("no_knowledge", "hedged_guess", 66, 85, True, False, 0, "fault: guesses 应该是可以享受的 before promising to check (不臆测, 2.19)",
  "/answer", "@2 您好，我是客服中心13号，请问有什么可以帮您？", L,
  "@7 应该是可以享受的，不过我再帮您核实一下，我们会在24小时内与您联系，好吗？", L,
  "@6 非常抱歉，这个我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？", L, L,
  "@15 /ticket 联系电话=15167395191 内容=咨询老年人话费优惠是否适用于副卡（父亲使用），核实后24小时内回电", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- not_heard (YT1177966493, 遵义分拨中心, 明天)
play("not_heard", "good", 86, 100, True, False, 1, "competent: 2.5, ticket, hold with 1.2, result, 1.4",
  "/answer", "@2 您好，我是客服中心16号，请问有什么可以帮您？", L,
  "@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", L, L,
  "@10 /ticket 单号=YT1177966493 note=三天未更新物流",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@2 感谢您的耐心等待，您的包裹现在滞留在遵义分拨中心，因为分拣积压三天没更新，预计明天派送。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
play("not_heard", "no_hold_after", 85, 96, True, False, 0, "fault: takes the call back from hold straight into the answer, no 等待后用语 (1.2)",
  "/answer", "@2 您好，我是客服中心16号，请问有什么可以帮您？", L,
  "@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", L, L,
  "@10 /ticket 单号=YT1177966493 note=三天未更新物流",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@2 您的包裹现在滞留在遵义分拨中心，因为分拣积压三天没更新，预计明天派送。", L,
  "@3 不客气，感谢您的来电，祝您生活愉快，再见！")
# ---- off_topic
play("off_topic", "good", 88, 100, True, False, 1, "competent: 特殊处理 5 question, close, hang up",
  "/answer", "@2 您好，我是客服中心1号，请问有什么可以帮您？", L,
  "@3 请问您有业务需要咨询吗？", L,
  "@3 如果没有业务需要咨询，谢谢您，再见！", L, "@2 /hangup")
play("off_topic", "chats_once", 80, 92, True, False, 0, "fault: joins the chat once (哈哈，我也觉得) before asking about business; protocol otherwise kept (4.4 工作纪律)",
  "/answer", "@2 您好，我是客服中心1号，请问有什么可以帮您？", L,
  "@3 哈哈，我也觉得是，请问您有业务需要咨询吗？", L,
  "@3 如果没有业务需要咨询，谢谢您，再见！", L, "@2 /hangup")
# ---- praised (27号)
play("praised", "good", 86, 100, True, False, 1, "competent: 2.8, how to replay from the KB, 1.4",
  "/answer", "@2 您好，我是客服中心30号，请问有什么可以帮您？", L,
  "@3 不客气，这是我们应该做的，谢谢您的认可，我们会转达给27号同事。", L, L,
  "@6 您可以用遥控器按“回看”键，选好日期和频道就能看；也可以进节目单，选昨天的节目按确认键，7天内的节目都能回看。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("praised", "vague_answer", 76, 92, True, False, 0, "fault: the replay question answered with 您在电视上找找回看功能 — no method from the KB (question item)",
  "/answer", "@2 您好，我是客服中心30号，请问有什么可以帮您？", L,
  "@3 不客气，这是我们应该做的，谢谢您的认可，我们会转达给27号同事。", L, L,
  "@5 这个您在电视上找找回看功能就可以了。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- repeat_complaint (罗, 15867395191)
play("repeat_complaint", "good", 86, 100, True, False, 1, "competent: 2.13, ticket with the number, escalation to 投诉处理组, 1.4",
  "/answer", "@2 您好，我是客服中心22号，请问有什么可以帮您？", L,
  "@7 非常抱歉！您所反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。", L, L, L,
  "@15 /ticket 联系电话=15867395191 内容=光猫红灯常亮无法上网，报修二十天未上门，第四次来电催办，客户表示要打12315投诉",
  "@3 /escalate 投诉处理组",
  "@5 罗女士，您的问题我已经记录并升级到投诉处理组，由他们专门负责跟进，处理结果会第一时间联系您。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("repeat_complaint", "wrong_desk_first", 78, 95, True, False, 0, "fault: escalates politely to 值班长 first, who returns it; then to 投诉处理组",
  "/answer", "@2 您好，我是客服中心22号，请问有什么可以帮您？", L,
  "@7 非常抱歉！您所反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。", L, L, L,
  "@15 /ticket 联系电话=15867395191 内容=光猫红灯常亮无法上网，报修二十天未上门，第四次来电催办，客户表示要打12315投诉",
  "@3 /escalate 值班长", L, L,
  "@3 /escalate 投诉处理组",
  "@5 罗女士，非常抱歉，您的问题已经升级到投诉处理组，由他们专门负责跟进，处理结果会第一时间联系您。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- sales_call (三口人 -> B 300兆+IPTV 99元)
play("sales_call", "good", 86, 100, True, False, 1, "competent: intro, needs asked, B recommended in own words, objection, order, 1.4",
  "/answer", "@3 您好，我是宽带客服中心12号客服小王，您家宽带合约下个月到期，给您介绍一下续约方案。", L,
  "@4 请问您家里平时几个人用网？主要用来做什么呢？", L,
  "@6 根据您家的情况，我推荐B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。", L, L,
  "@6 理解您的顾虑，续约一年还送一个月，折合每天三块多，网速是现在的三倍，还多了电视，很划算。", L,
  "@12 /ticket 套餐=300兆宽带+IPTV 资费=每月99元 生效=下月", L,
  "@3 感谢您的支持，祝您生活愉快，再见！")
play("sales_call", "fee_95", 84, 96, True, False, 0, "fault: the order's fee typed as 每月95元 (one digit off 99): the order record is wrong (1.3.2)",
  "/answer", "@3 您好，我是宽带客服中心12号客服小王，您家宽带合约下个月到期，给您介绍一下续约方案。", L,
  "@4 请问您家里平时几个人用网？主要用来做什么呢？", L,
  "@6 根据您家的情况，我推荐B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。", L, L,
  "@6 理解您的顾虑，续约一年还送一个月，折合每天三块多，网速是现在的三倍，还多了电视，很划算。", L,
  "@12 /ticket 套餐=300兆宽带+IPTV 资费=每月95元 生效=下月", L,
  "@3 感谢您的支持，祝您生活愉快，再见！")
# ---- silent_line
play("silent_line", "good", 88, 100, True, False, 1, "competent: opening, 请讲 twice, 1.3 close, hang up within a minute",
  "/answer", "@2 您好，我是客服中心19号，请问有什么可以帮您？", "@4 您好，请讲。", "@4 您好，请讲。",
  "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup")
play("silent_line", "one_prompt", 30, 55, False, False, 0, "fault: one 您好，请讲 then the close and hang-up (特殊处理 4 / 1.3: 请讲 twice before the close)",
  "/answer", "@2 您好，我是客服中心19号，请问有什么可以帮您？", "@4 您好，请讲。",
  "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup")
# ---- survey_invite (5200 积分)
play("survey_invite", "good", 86, 100, True, False, 1, "competent: points and method, invitation, 1.4, transfer to 满意度调查",
  "/answer", "@2 您好，我是客服中心14号，请问有什么可以帮您？", L,
  "@6 您现在有5200积分，每1000积分可以兑换10元话费，您可以在APP“积分商城”兑换，也可以发短信JFDH到10086，即时到账。", L,
  "@4 好的，稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？", L,
  "@3 感谢您的来电，祝您生活愉快，再见！", "@1 /transfer 满意度调查")
play("survey_invite", "points_5800", 80, 93, True, False, 0, "fault: tells him 5800 积分 (the account shows 5200): the method is right, the amount wrong",
  "/answer", "@2 您好，我是客服中心14号，请问有什么可以帮您？", L,
  "@6 您现在有5800积分，每1000积分可以兑换10元话费，您可以在APP“积分商城”兑换，也可以发短信JFDH到10086，即时到账。", L,
  "@4 好的，稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？", L,
  "@3 感谢您的来电，祝您生活愉快，再见！", "@1 /transfer 满意度调查")
# ---- too_slow (458元, 3到5个工作日)
play("too_slow", "good", 86, 100, True, False, 1, "competent: 2.17, hold with 1.2, refund status from the lookup, 1.4",
  "/answer", "@2 您好，我是客服中心23号，请问有什么可以帮您？", L,
  "@4 好的，我帮您查一下退款进度。", L,
  "@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@12 /unhold",
  "@2 感谢您的耐心等待，您458元的退款已经审核通过，预计3到5个工作日内原路退回您的支付账户。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("too_slow", "long_hold", 78, 94, True, False, 0, "fault: announced hold, but leaves the caller who just complained of slowness 75 s on hold without checking back (1.2)",
  "/answer", "@2 您好，我是客服中心23号，请问有什么可以帮您？", L,
  "@4 好的，我帮您查一下退款进度。", L,
  "@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@75 /unhold",
  "@2 感谢您的耐心等待，您458元的退款已经审核通过，预计3到5个工作日内原路退回您的支付账户。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- transfer_failed (筑城物流, VPN隧道一直断开)
play("transfer_failed", "good", 86, 100, True, False, 1, "competent: 2.18(1), transfer to 技术支持部, 2.18(2), ticket, 1.4",
  "/answer", "@2 您好，我是客服中心24号，请问有什么可以帮您？", L,
  "@3 请稍等，正在为您转接技术支持部，请不要挂机，好吗？", "@2 /transfer 技术支持部", L,
  "@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？", L, L, L, L, L,
  "@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电", L,
  "@3 好的，感谢您的来电，祝您工作顺利，再见！")
play("transfer_failed", "sorry_no_record", 76, 92, True, False, 0, "fault: after the failed transfer only apologises; promises to record and pass it on only when the caller asks 那现在怎么办 (2.18(2) late, in two halves)",
  "/answer", "@2 您好，我是客服中心24号，请问有什么可以帮您？", L,
  "@3 请稍等，正在为您转接技术支持部，请不要挂机，好吗？", "@2 /transfer 技术支持部", L,
  "@3 非常抱歉，技术部那边现在忙线，暂时转不过去。", L,
  "@4 您的问题我会做详细的记录，稍后转技术支持部处理，您看好吗？", L, L, L, L, L,
  "@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电", L,
  "@3 好的，感谢您的来电，祝您工作顺利，再见！")
# ---- transferred_complaint (24小时)
play("transferred_complaint", "good", 86, 100, True, False, 1, "competent: takes over without making him repeat, 2.12, hold with 1.2, refund from the lookup, 1.4",
  "/answer", "@2 您好，我是中级坐席28号，刚才同事已经把情况转给我了，您本月视频会员费被重复扣了两次，我来帮您处理退费。", L,
  "@4 您的心情我非常理解，为了更有效地帮助您，我马上为您核实扣费情况。",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@2 感谢您的耐心等待，经核实本月视频会员费确实重复扣了一次25元，退费已经为您提交，24小时内退回您的话费账户。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("transferred_complaint", "sorry_no_refund", 66, 84, True, False, 0, "fault: after the hold only apologises and says it will be handled soon: no refund, amount or time from the billing lookup (resolve item)",
  "/answer", "@2 您好，我是中级坐席28号，刚才同事已经把情况转给我了，您本月视频会员费被重复扣了两次，我来帮您处理退费。", L,
  "@4 您的心情我非常理解，为了更有效地帮助您，我马上为您核实扣费情况。",
  "@3 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
  "@2 感谢您的耐心等待，非常抱歉给您带来了不便，我们会尽快为您处理的。", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
# ---- vip_call (新加坡, wife 18695077409)
play("vip_call", "good", 86, 100, True, False, 1, "competent: greeting by surname, roaming and family number, extra service, ticket, 1.4",
  "/answer", "@2 钱先生您好，我是钻石卡专席18号客服，请问有什么可以帮您？", L,
  "@5 好的钱先生，马上为您办理。请问您太太的号码是多少？", L, L,
  "@8 新加坡国际漫游已经为您开通，即时生效，钻石卡免押金；您太太的号码18695077409已经加入您的家庭套餐。另外新加坡漫游流量包每天25元不限量，可以预约出发当天生效，需要的话我帮您办。", L,
  "@15 /ticket 业务=开通国际漫游（新加坡）、家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包",
  "@3 钱先生，感谢您的来电，祝您出差顺利，再见！")
play("vip_call", "wife_490", 80, 93, True, False, 0, "fault: the wife's number added and recorded as 18695077490 (last two digits swapped): the wrong number joins his family plan",
  "/answer", "@2 钱先生您好，我是钻石卡专席18号客服，请问有什么可以帮您？", L,
  "@5 好的钱先生，马上为您办理。请问您太太的号码是多少？", L, L,
  "@8 新加坡国际漫游已经为您开通，即时生效，钻石卡免押金；您太太的号码18695077490已经加入您的家庭套餐。另外新加坡漫游流量包每天25元不限量，可以预约出发当天生效，需要的话我帮您办。", L,
  "@15 /ticket 业务=开通国际漫游（新加坡）、家庭套餐加副卡 副卡号码=18695077490 附加=推荐漫游流量包",
  "@3 钱先生，感谢您的来电，祝您出差顺利，再见！")
# ---- wrong_number (1586163655 -> 15861463655)
play("wrong_number", "good", 86, 100, True, False, 1, "competent: 2.10(1), 2.10(2), right number in the ticket, 1.4",
  "/answer", "@2 您好，我是客服中心25号，请问有什么可以帮您？", L, L,
  "@4 非常抱歉，请问您的手机号码是1586163655吗？", L,
  "@3 很抱歉，您报的号码有误，请您再核对一下，好吗？", L, L,
  "@12 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")
play("wrong_number", "no_readback", 72, 86, True, False, 0, "fault: skips 2.10(1) (never reads the number back for her to confirm) and goes straight to 您报的号码有误",
  "/answer", "@2 您好，我是客服中心25号，请问有什么可以帮您？", L, L,
  "@4 很抱歉，您报的号码有误，请您再核对一下，好吗？", L, L,
  "@12 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器", L,
  "@3 感谢您的来电，祝您生活愉快，再见！")

def tf(b): return "true" if b else "false"
os.makedirs(os.path.join(HERE, "calls"), exist_ok=True)
rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
for scen, name, lo, hi, passed, af, comp, note, lines in P:
    assert (lo >= 60) == passed or not passed, (scen, name)
    fn = f"{scen}.d17_{name}.replies"
    with open(os.path.join(HERE, "calls", fn), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    rows.append("\t".join(["dev17", scen, fn, str(lo), str(hi), tf(passed), tf(af), str(comp), note]))
with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(P), "plays")
