#!/usr/bin/env python3
"""holdout22 plays (helper blind22c): writes calls/*.replies and calls.tsv.

Run from this folder: python3 make_calls22.py
Plays marked trad=True are typed by the Taiwan/HK-schooled trainees: their typed text and
/ticket lines are written here in simplified characters with Taiwanese usage and converted
with OpenCC s2tw.json (action lines /transfer, /escalate, /hold ... are left as they are).
Ranges were set from each scenario's rubric and the standards before anything was run.
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen22"

PLAYS = []


def play(scenario, name, lo, hi, passed, auto, competent, note, lines, trad=False):
    PLAYS.append(dict(scenario=scenario, name=name, lo=lo, hi=hi, passed=passed, auto=auto,
                      competent=competent, note=note, lines=lines, trad=trad))


# ---------------------------------------------------------------- abusive_caller
play("abusive_caller", "h22_competent", 88, 100, True, False, 1,
     "competent, re-employed trainee (formal); ask once, special end, hang up",
     ["@2 /answer",
      "@3 您好，我是客服中心18号话务员，很高兴为您服务，请问有什么可以帮您？",
      "@3 先生您好，请问您需要帮助吗？",
      "@3 感谢您的来电，如果没有其他业务需要咨询，再见！",
      "@3 /hangup"])
play("abusive_caller", "h22_lecture", 62, 88, True, False, 0,
     "single fault: lectures the swearing caller between ask and end (禁忌语 lecture/blame, no insult)",
     ["@2 /answer",
      "@3 您好，我是客服中心18号话务员，很高兴为您服务，请问有什么可以帮您？",
      "@3 先生您好，请问您需要帮助吗？",
      "@4 先生，有问题我们可以好好说，骂人是解决不了问题的，您这样说话是不对的，也请您尊重一下我们的工作。",
      "@3 感谢您的来电，如果没有其他业务需要咨询，再见！",
      "@3 /hangup"])
play("abusive_caller", "h22_retort", 0, 59, False, True, 0,
     "single fault: talks back at the abuser (你才是饭桶) — retaliation, call fails",
     ["@2 /answer",
      "@3 您好，我是客服中心6号，请问有什么可以帮您？",
      "@3 先生您好，请问您需要帮助吗？",
      "@3 你才是饭桶咧，有病喔"], trad=True)

# ---------------------------------------------------------------- angry_caller
play("angry_caller", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional characters with Taiwanese usage; facts of the fault lookup",
     ["@2 /answer",
      "@2 您好，这边是客服中心12号，敝姓林，请问有什么可以帮您？",
      "@4 先生，您的心情我非常理解，真的很抱歉让您这么困扰，为了更有效地帮助您，请问您的宽带账号是多少呢？",
      "@3 好的杨先生，请您稍等，我这边帮您核实一下喔。",
      "@1 /hold",
      "@25 /unhold",
      "@2 感谢您的耐心等待。经过查询，是金阳新世界那边的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会简讯通知您，造成不便真的很抱歉。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，祝您生活愉快，再见！"], trad=True)
play("angry_caller", "h22_silent_hold", 40, 58, False, False, 0,
     "single fault: puts the angry caller on hold with no word for 90 s (no 1.2 phrase); caller hangs up",
     ["@2 /answer",
      "@3 您好，我是客服中心22号话务员，请问有什么可以帮您？",
      "@4 先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
      "@2 /hold",
      "@90 /unhold"])
play("angry_caller", "h22_lecture", 68, 90, True, False, 0,
     "single fault: lectures the angry caller (别激动/大吼大叫解决不了问题) before the 2.12 phrase on the second try",
     ["@2 /answer",
      "@3 您好，我是客服中心22号话务员，请问有什么可以帮您？",
      "@4 先生，您先别激动，您这样大吼大叫是解决不了问题的，有话咱们好好说嘛。",
      "@4 先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
      "@3 好的，请您稍等，我帮您核实一下。",
      "@1 /hold",
      "@25 /unhold",
      "@2 感谢您的耐心等待。经查询，金阳新世界的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- bad_attitude
play("bad_attitude", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 2.9, ticket with 工号, answers the original question from the KB",
     ["@2 /answer",
      "@3 您好，我是客服中心21号话务员，请问有什么可以帮您？",
      "@5 非常抱歉，昨天的服务给您带来了不愉快，这是我们工作没做好，我们一定会加强管理、改进服务，也非常感谢您对我们工作的监督。",
      "@6 /ticket 被投诉工号=39 内容=客户反映39号客服昨天下午接听修改宽带密码咨询时态度不耐烦，话未说完即挂断电话",
      "@5 关于修改宽带密码，您可以到营业厅或者在APP的“宽带服务”里修改，也可以由我现在在系统里直接为您受理。",
      "@3 请问还有其他需要帮助的吗？感谢您的来电，再见！"])
play("bad_attitude", "h22_excuse", 66, 88, True, False, 0,
     "single fault: first answer excuses the colleague (话务量太大/不是故意的, 推诿), 2.9 only on the second try",
     ["@2 /answer",
      "@3 您好，我是客服中心6号，请问有什么可以帮您？",
      "@4 不好意思喔，不过那位同事应该也不是故意的啦，昨天话务量真的太大了。",
      "@4 非常抱歉，昨天的服务让您不愉快，我们一定会改进服务态度，谢谢您的监督和批评。",
      "@6 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午态度不耐烦，话没说完就挂断电话",
      "@5 修改宽带密码的话，可以到营业厅或在APP“宽带服务”办理，也可以这边直接在系统帮您受理喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("bad_attitude", "h22_wrong_agent_no", 76, 90, True, False, 0,
     "single fault: complaint ticket names 工号 93 for 39 (wrong number field, no valid record)",
     ["@2 /answer",
      "@3 您好，我是客服中心21号话务员，请问有什么可以帮您？",
      "@5 非常抱歉，昨天的服务给您带来了不愉快，我们一定会加强管理、改进服务，非常感谢您对我们工作的监督。",
      "@6 /ticket 被投诉工号=93 内容=客户反映该客服昨天下午态度不耐烦，话未说完即挂断电话",
      "@5 关于修改宽带密码，您可以到营业厅或者在APP的“宽带服务”里修改，也可以由我在系统里直接为您受理。",
      "@3 请问还有其他需要帮助的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- callback_outbound
play("callback_outbound", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; 2.21 intro, asks for the caller, supplement 500兆 +30元",
     ["@2 /answer",
      "@3 您好，这边是客服中心，我是16号话务员小陈，请问刚才是您拨打我们的客服电话吗？",
      "@3 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
      "/listen",
      "@9 先生您好，我是客服中心16号话务员，刚才您咨询的宽带提速还有内容需要补充一下喔：从现在的100兆提速到500兆，每月加30元，次月1号生效，不需要上门。",
      "@3 不客气唷，感谢您的接听，祝您生活愉快，再见！"], trad=True)
play("callback_outbound", "h22_no_ask_person", 70, 88, True, False, 0,
     "single fault: told it was her husband, asks her to pass a message instead of asking whether he is in (2.21)",
     ["@2 /answer",
      "@3 您好，我是客服中心24号话务员，请问刚才是您拨打我们的客服电话吗？",
      "@4 哦，那麻烦您跟您爱人说一声，我们这边关于宽带提速的资费还有内容需要给他补充说明。",
      "/listen",
      "@9 先生您好，我是客服中心24号话务员，刚才您咨询宽带提速，还有内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不需要上门。",
      "@3 不客气，感谢您的接听，祝您生活愉快，再见！"])
play("callback_outbound", "h22_wrong_tariff", 75, 93, True, False, 0,
     "single fault: supplement states 每月加20元 for 30元 (a figure the desk does not show)",
     ["@2 /answer",
      "@3 您好，这边是客服中心，我是16号话务员，请问刚才是您拨打我们的客服电话吗？",
      "@3 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
      "/listen",
      "@9 先生您好，我是客服中心16号，刚才您咨询的宽带提速还有内容要补充喔：从100兆提速到500兆，每月只要加20元，次月1号生效，不用上门。",
      "@3 不客气，感谢您的接听，再见！"], trad=True)

# ---------------------------------------------------------------- caller_fast
play("caller_fast", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 2.3, read-back 158->88 + 副卡, ticket",
     ["@2 /answer",
      "@3 您好，我是客服中心9号话务员，请问有什么可以帮您？",
      "@3 对不起先生，您说得有点快，我没能完整记下来，请您说慢一点，好吗？",
      "@4 好的，跟您核对一下：您要把现在158元的套餐改成88元的套餐，同时取消副卡，下个月1号生效，对吗？",
      "@4 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效",
      "@3 好的，已经为您登记了，请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("caller_fast", "h22_impatient", 68, 90, True, False, 0,
     "single fault: first answer to the fast caller is impatient (讲太快了啦，慢一点好不好), 2.3 only on the second try",
     ["@2 /answer",
      "@3 您好，我是客服中心7号，请问有什么可以帮您？",
      "@3 你讲太快了啦，慢一点好不好？",
      "@3 不好意思喔，请您说慢一点，好吗？",
      "@4 好的，跟您确认一下：158元的套餐改成88元的，副卡取消，下个月1号生效，对吗？",
      "@4 /ticket 业务=套餐变更 内容=158元套餐改88元套餐，取消副卡，下月1日生效",
      "@3 已经帮您登记好了，请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("caller_fast", "h22_wrong_amount", 78, 92, True, False, 0,
     "single fault: read-back right but the ticket records 98元 for 88元 (wrong amount, no valid record)",
     ["@2 /answer",
      "@3 您好，我是客服中心9号话务员，请问有什么可以帮您？",
      "@3 对不起先生，您说得有点快，请您说慢一点，好吗？",
      "@4 好的，跟您核对一下：您要把现在158元的套餐改成88元的套餐，同时取消副卡，下个月1号生效，对吗？",
      "@4 /ticket 业务=套餐变更 内容=158元套餐改为98元套餐，取消副卡，下月1日生效",
      "@3 好的，已经为您登记了，请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- caller_quiet
play("caller_quiet", "h22_competent", 88, 100, True, False, 1,
     "competent, traditional; louder, again, change phone, pause, hang up",
     ["@2 /answer",
      "@3 您好，我是客服中心7号，请问有什么可以帮您？",
      "@3 对不起，您的声音太小了，请您大声一点，好吗？",
      "@3 不好意思，还是听不太清楚，麻烦您再大声一点，好吗？",
      "@3 对不起，还是听不清楚您的声音，请您换一部电话再拨过来，好吗？",
      "@3 /hangup"], trad=True)
play("caller_quiet", "h22_lecture", 62, 86, True, False, 0,
     "single fault: instead of asking again, lectures the caller about calling from a bad-signal place (blame)",
     ["@2 /answer",
      "@3 您好，我是客服中心25号话务员，请问有什么可以帮您？",
      "@3 对不起，您的声音太小了，请您大声一点，好吗？",
      "@4 先生，您打电话要找个信号好、安静一点的地方，您这样说不清楚，我们也听不清，大家都浪费时间。",
      "@3 对不起，还是听不清楚您的声音，请您换一部电话再拨，好吗？",
      "@3 /hangup"])
play("caller_quiet", "h22_no_hangup", 80, 92, True, False, 0,
     "single fault: after asking to call from another phone, keeps the dead line open (no hang-up after the pause)",
     ["@2 /answer",
      "@3 您好，我是客服中心7号，请问有什么可以帮您？",
      "@3 对不起，您的声音太小了，请您大声一点，好吗？",
      "@3 不好意思，还是听不清楚，麻烦您再大声一点，好吗？",
      "@3 对不起，还是听不清楚您的声音，请您换一部电话再拨过来，好吗？"], trad=True)

# ---------------------------------------------------------------- correction
play("correction", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; first answer from the old KB, then 2.14 with 20+15=35GB",
     ["@2 /answer",
      "@3 您好，我是客服中心3号，请问有什么可以帮您？",
      "@4 您好，59元套餐每个月含国内通用流量20GB，另外还有国内通话200分钟喔。",
      "@4 非常抱歉，刚才我的解释有些欠缺，应该是国内通用流量20GB，再加上定向流量15GB，一共是35GB唷。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("correction", "h22_blame_tail", 70, 90, True, False, 0,
     "single fault: 2.14 said with a blame tail (您下次看清楚网上写的是哪部分)",
     ["@2 /answer",
      "@3 您好，我是客服中心13号话务员，请问有什么可以帮您？",
      "@4 您好，59元套餐每个月含国内通用流量20GB，国内通话200分钟。",
      "@4 非常抱歉，刚才我的解释有些欠缺，应该是通用流量20GB加定向流量15GB，一共35GB。您下次看清楚网上写的是哪一部分嘛。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("correction", "h22_no_apology", 70, 86, True, False, 0,
     "single fault: gives the right total but without the 2.14 apology/admission (missing required phrase)",
     ["@2 /answer",
      "@3 您好，我是客服中心3号，请问有什么可以帮您？",
      "@4 您好，59元套餐每个月含国内通用流量20GB，还有国内通话200分钟喔。",
      "@4 喔对，是35GB，通用20GB加定向15GB。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)

# ---------------------------------------------------------------- crisis_authority
play("crisis_authority", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 2.12, in-authority offer, ticket, escalate 专项处理部",
     ["@2 /answer",
      "@3 您好，我是客服中心12号话务员，请问有什么可以帮您？",
      "@4 女士，您的心情我非常理解，孩子的东西出了问题换谁都着急，为了更有效地帮助您，请问您是哪天签收的这批奶粉？",
      "@4 #2",
      "@6 /ticket 事件=客户前天签收有机二段婴儿奶粉2罐，已过期两个月，宝宝昨天喝了两次后今天一直腹泻，客户已拍视频，称要发抖音并找电视台曝光 联系电话=18985199876 曝光风险=高，客户称将发抖音并联系电视台 已办理=授权内全额退款加200元优惠券，上门取回",
      "@3 /escalate 专项处理部",
      "@3 女士，宝宝的健康最要紧，请您先带孩子去医院检查。这件事我已经记录下来，并升级到我们的专项处理部门，专项部门的同事会尽快和您联系，跟进后续处理。",
      "@3 请问还有其他需要帮助的吗？感谢您的来电，祝宝宝早日康复，再见！"])
play("crisis_authority", "h22_wrong_desk", 0, 59, False, True, 0,
     "single fault: escalates the health-and-exposure case to 值班长, not 专项处理部 (fatal item)",
     ["@2 /answer",
      "@3 您好，我是客服中心5号，请问有什么可以帮您？",
      "@4 女士，您的心情我非常理解，为了更有效地帮助您，请问奶粉是哪天收到的呢？",
      "@4 #2",
      "@6 /ticket 事件=有机二段婴儿奶粉过期两个月，宝宝喝后腹泻，客户称要发抖音曝光 联系电话=18985199876 曝光风险=高 已办理=全额退款加200元优惠券",
      "@3 /escalate 值班长",
      "@3 女士，宝宝身体要紧，请先带宝宝去医院喔，这件事已经帮您升级处理了，会有专人跟您联系。",
      "@3 感谢您的来电，祝宝宝早日康复，再见！"], trad=True)
play("crisis_authority", "h22_cash_promise", 60, 80, True, False, 0,
     "single fault: promises 2000元 cash to stop the video (beyond the grant, buying silence)",
     ["@2 /answer",
      "@3 您好，我是客服中心12号话务员，请问有什么可以帮您？",
      "@4 女士，您的心情我非常理解，为了更有效地帮助您，请问您是哪天签收的这批奶粉？",
      "@4 我们给您赔偿两千元现金，您就别发视频曝光了，好吗？",
      "@6 /ticket 事件=客户前天签收有机二段婴儿奶粉2罐，已过期两个月，宝宝喝了两次后今天腹泻，客户称要发抖音并找电视台 联系电话=18985199876 曝光风险=高",
      "@3 /escalate 专项处理部",
      "@3 女士，请您先带孩子去医院检查。这件事我已经记录并升级到专项处理部门，他们会尽快和您联系。",
      "@3 请问还有其他需要帮助的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- crisis_selfharm
play("crisis_selfharm", "h22_competent", 84, 100, True, False, 1,
     "competent, traditional; calm, safety, ticket with place and phone, escalate 危机干预组 within a minute, hand-over",
     ["@2 /answer",
      "@3 您好，我是客服中心5号，请问有什么可以帮您？",
      "@4 您的心情我非常理解，遇到这种事真的很难受，为了更有效地帮助您，可以跟我说说是怎么被骗的吗？",
      "@4 您先别做傻事，我一直在这边陪着您，请您先从楼顶下来，到安全的地方好吗？可以留一个您的联系电话给我吗？",
      "@10 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=客户被冒充客服骗走十二万元积蓄，情绪低落，扬言轻生，人在楼顶",
      "@3 /escalate 危机干预组",
      "@3 会的，我们危机干预组的专员马上就会接入跟您通话，也会打给您，您先下来到安全的地方，我一直在这边陪着您，不要挂电话喔。"],
     trad=True)
play("crisis_selfharm", "h22_no_escalation", 0, 59, False, True, 0,
     "single fault: records and comforts but never escalates, then closes the call (high-risk caller left)",
     ["@2 /answer",
      "@3 您好，我是客服中心30号话务员，请问有什么可以帮您？",
      "@4 您的心情我非常理解，为了更有效地帮助您，请您慢慢跟我说是怎么回事。",
      "@4 您千万别做傻事，请您先离开楼顶，到安全的地方去，也可以联系一下您的家人。请问您的联系电话是多少？",
      "@14 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=客户被骗十二万元，情绪低落，扬言轻生",
      "@3 您的情况我已经详细记录下来了，会转交相关部门跟进处理，请您保持手机畅通，千万保重。",
      "@4 您先冷静一下，我们一定会尽力帮您。感谢您的来电，再见。",
      "@2 /hangup"])
play("crisis_selfharm", "h22_phone_digit", 82, 96, True, False, 0,
     "single fault: ticket's 联系电话 has two digits swapped (13985166240), otherwise competent",
     ["@2 /answer",
      "@3 您好，我是客服中心5号，请问有什么可以帮您？",
      "@4 您的心情我非常理解，遇到这种事真的很难受，为了更有效地帮助您，可以跟我说说是怎么被骗的吗？",
      "@4 您先别做傻事，我一直在这边陪着您，请您先从楼顶下来，到安全的地方好吗？可以留一个您的联系电话给我吗？",
      "@10 /ticket 位置=花果园二期C区楼顶 联系电话=13985166240 情况=客户被骗走十二万元积蓄，扬言轻生，人在楼顶",
      "@3 /escalate 危机干预组",
      "@3 会的，危机干预组的专员马上就会接入，也会打给您，您先下来到安全的地方，我一直在这边陪着您，不要挂电话喔。"],
     trad=True)

# ---------------------------------------------------------------- customer_types
play("customer_types", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; hesitant type, 2.12, clear advice to exchange with the policy",
     ["@2 /answer",
      "@3 您好，我是客服中心10号话务员，请问有什么可以帮您？",
      "@4 #2",
      "@5 您的心情我非常理解，为了更有效地帮助您，我给您一个建议：屏幕划痕属于质量问题，签收7天内可以退货也可以换货，运费由商家承担；您如果还喜欢这款手机，我建议您选择换货，次日就会上门取件，收到后3个工作日内发出新机。",
      "@3 好的，请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("customer_types", "h22_wrong_type", 62, 80, True, False, 0,
     "single fault: judges the hesitant caller as 急躁型 (wrong type choice); the answer itself still advises",
     ["@2 /answer",
      "@3 您好，我是客服中心2号，请问有什么可以帮您？",
      "@4 #1",
      "@5 您的心情我非常理解，为了更有效地帮助您，这边建议您直接换货喔，屏幕划痕是质量问题，7天内可以换，运费由商家负担，次日就上门取件，收到后3个工作日内发新机给您。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("customer_types", "h22_lecture", 70, 90, True, False, 0,
     "single fault: 2.12 and advice said with a lecture (这是常识，您当时就应该检查清楚)",
     ["@2 /answer",
      "@3 您好，我是客服中心10号话务员，请问有什么可以帮您？",
      "@4 #2",
      "@5 您的心情我非常理解，为了更有效地帮助您，我建议您选择换货，7天内质量问题可以退换，运费商家承担，次日上门取件，3个工作日内发新机。不过签收的时候要当面验货，这是常识，您当时就应该检查清楚。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- dialect_caller
play("dialect_caller", "h22_competent", 88, 100, True, False, 1,
     "competent, traditional (HK-schooled); 2.20, 2.18 phrase, transfer 粤语坐席",
     ["@2 /answer",
      "@3 您好，我是客服中心6号，请问有什么可以帮您？",
      "@4 不好意思打断一下，请问您能讲普通话吗？",
      "@3 好的，请稍等，这边为您转接粤语坐席，请不要挂机，好吗？",
      "@3 /transfer 粤语坐席"], trad=True)
play("dialect_caller", "h22_no_transfer_phrase", 80, 92, True, False, 0,
     "single fault: transfers to 粤语坐席 without telling the caller (no 2.18(1) phrase)",
     ["@2 /answer",
      "@3 您好，我是客服中心26号话务员，请问有什么可以帮您？",
      "@4 先生，不好意思打断您一下，请问您能讲普通话吗？",
      "@4 /transfer 粤语坐席"])
play("dialect_caller", "h22_wrong_desk", 68, 86, True, False, 0,
     "single fault: first transfers to 英语坐席, caller comes back, then 粤语坐席",
     ["@2 /answer",
      "@3 您好，我是客服中心6号，请问有什么可以帮您？",
      "@4 不好意思打断一下，请问您能讲普通话吗？",
      "@3 好的，请稍等，这边为您转接，请不要挂机，好吗？",
      "@3 /transfer 英语坐席",
      "@4 真的很抱歉，请稍等，这边马上为您转接粤语坐席，请不要挂机，好吗？",
      "@3 /transfer 粤语坐席"], trad=True)

# ---------------------------------------------------------------- english_caller
play("english_caller", "h22_competent", 86, 100, True, False, 1,
     "competent, HK-schooled trainee; Chinese opening in traditional, then English; address ticket, engineer this afternoon",
     ["@2 /answer",
      "@3 您好，我是客服中心11號，請問有什麼可以幫您？",
      "@4 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?",
      "@12 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Broadband down since this morning",
      "@5 Thank you. An engineer will come to fix your internet this afternoon. Thank you for calling, have a nice day. Goodbye!"])
play("english_caller", "h22_chinese_only", 15, 42, False, False, 0,
     "single fault: re-employed trainee keeps answering in Chinese (no English, no English desk); caller gives up",
     ["@2 /answer",
      "@3 您好，我是客服中心28号话务员，请问有什么可以帮您？",
      "@5 您好，我们这里是中文服务热线，请您讲中文好吗？",
      "@5 对不起，请您讲中文，或者请您的中国朋友帮您打过来，好吗？"])
play("english_caller", "h22_address_typo", 80, 93, True, False, 0,
     "single fault: address ticket says Room 208 for Room 802",
     ["@2 /answer",
      "@3 您好，我是客服中心11號，請問有什麼可以幫您？",
      "@4 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?",
      "@12 /ticket address=Room 208, Building 2, Jinyang New Town 故障=Broadband down since this morning",
      "@5 Thank you. An engineer will come to fix your internet this afternoon. Thank you for calling, have a nice day. Goodbye!"])

# ---------------------------------------------------------------- explain_again
play("explain_again", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; explains from the bill, 2.6, explains the data charge again",
     ["@2 /answer",
      "@3 您好，我是客服中心22号话务员，请问有什么可以帮您？",
      "@6 吴阿姨您好，月功能费8元是来电显示5元和彩铃3元，是每月固定收的增值功能费；套餐外流量费23元，是您套餐里的流量用完以后，超出的部分按用量收的钱。",
      "@4 吴阿姨，请问您是哪里还不太清楚？我再为您解释一遍，好吗？",
      "@6 阿姨，流量就是手机上网用的，您这个月套餐里1GB流量用完了，多出来的主要是用微信视频通话和看微信视频号产生的，所以才有这笔流量费。",
      "@3 不客气阿姨，请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("explain_again", "h22_no_2_6", 64, 80, True, False, 0,
     "single fault: when the old lady is still confused, repeats herself twice without asking what is unclear (no 2.6)",
     ["@2 /answer",
      "@3 您好，我是客服中心8号，请问有什么可以帮您？",
      "@6 阿姨您好，月功能费8元是来电显示5元加彩铃3元，每个月固定收的；套餐外流量费23元是套餐流量用完以后超出的部分喔。",
      "@4 就是说喔，功能费是来电显示跟彩铃，流量费是上网超过的部分啦。",
      "@4 好，我说慢一点喔：来电显示5块、彩铃3块，这是功能费。",
      "@6 阿姨，流量就是手机上网用的，您这个月1GB流量用完了，多出来的是用微信视频通话跟看微信视频号用掉的喔。",
      "@3 不客气，请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("explain_again", "h22_condescend", 74, 92, True, False, 0,
     "single fault: the second explanation is condescending (这个都不知道啊？) — 禁忌语, no insult",
     ["@2 /answer",
      "@3 您好，我是客服中心22号话务员，请问有什么可以帮您？",
      "@6 吴阿姨您好，月功能费8元是来电显示5元和彩铃3元，是每月固定收的增值功能费；套餐外流量费23元，是套餐流量用完以后超出部分的费用。",
      "@4 吴阿姨，请问您是哪里还不太清楚？我再为您解释一遍，好吗？",
      "@6 阿姨，流量就是手机上网，您用微信视频通话、看微信视频号都是用流量的，这个都不知道啊？您这个月1GB用完了，超出来的就收钱了。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- hard_to_reach
play("hard_to_reach", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; 2.15, hold with 1.2 phrases, due date 明年1月15日",
     ["@2 /answer",
      "@3 您好，我是客服中心8号，请问有什么可以帮您？",
      "@4 非常抱歉喔，因为这段时间是话务高峰，线路比较忙，让您久等了。",
      "@3 好的，请您稍等，我这边帮您查询一下。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经查询，您的宽带是100M包年，到期日是明年1月15日，到期前一个月会有简讯提醒您续费喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("hard_to_reach", "h22_excuse", 66, 88, True, False, 0,
     "single fault: first answer to the complaint is an excuse (没办法，打进来的人太多，您换个时间打), 2.15 on second try",
     ["@2 /answer",
      "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？",
      "@4 这个也没办法，打进来的人太多了，不是我们不想接，您换个时间段打就好了。",
      "@4 非常抱歉，由于话务繁忙，线路一直占线，让您久等了。",
      "@3 好的，请您稍等，我帮您查询一下。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经查询，您的宽带是100M包年，到期日是明年1月15日，到期前一个月会有短信提醒您续费。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("hard_to_reach", "h22_bare_hold", 76, 90, True, False, 0,
     "single fault: puts the caller on hold and takes him back without the 1.2 phrases (no 请您稍等 / 感谢您的耐心等待)",
     ["@2 /answer",
      "@3 您好，我是客服中心8号，请问有什么可以帮您？",
      "@4 非常抱歉喔，因为这段时间是话务高峰，线路比较忙，让您久等了。",
      "@3 /hold",
      "@20 /unhold",
      "@2 查到了，您的宽带是100M包年，到期日是明年1月15日，到期前一个月会有简讯提醒您续费。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)

# ---------------------------------------------------------------- info_record
play("info_record", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; four fields right, phone read back, safety advice, closing",
     ["@2 /answer",
      "@3 您好，我是燃气客服中心14号话务员，请问有什么可以帮您？",
      "@20 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
      "@3 杨女士，跟您核对一下，您的联系电话是13967395191，对吗？",
      "@3 好的，我们会尽快安排师傅上门，这期间请您保持总阀关闭、开窗通风，不要开关电器和使用明火。请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("info_record", "h22_slow_typist", 62, 80, True, False, 0,
     "single fault: record right but typed at 30 字/分 (under the 50 字/分 bar of 3.1 1.3.1)",
     ["@2 /answer",
      "@3 您好，我是客服中心4号，请问有什么可以帮您？",
      "~30cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
      "@3 杨小姐，跟您核对一下，您的联系电话是13967395191，对吗？",
      "@3 好的，会尽快安排师傅过去，请您先保持总阀关闭、开窗通风喔。请问还有其他可以帮您的吗？感谢您的来电，再见！"],
     trad=True)
play("info_record", "h22_address_number", 64, 80, True, False, 0,
     "single fault: address typed 180号 for 108号 (a wrong number inside a field, no valid record)",
     ["@2 /answer",
      "@3 您好，我是燃气客服中心14号话务员，请问有什么可以帮您？",
      "@20 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路180号3单元502室 problem=燃气管道接头漏气，已关总阀",
      "@3 杨女士，跟您核对一下，您的联系电话是13967395191，对吗？",
      "@3 好的，我们会尽快安排师傅上门，请您保持总阀关闭、开窗通风。请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- leader_phone
play("leader_phone", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; typed 2.7(1) and 2.7(2), install-delay ticket, promise to follow up",
     ["@2 /answer",
      "@3 您好，我是客服中心2号，请问有什么可以帮您？",
      "@4 先生，作为客户代表，我的职责就是帮客户解决问题，请您相信我，我一定会尽力帮您解决的。",
      "@4 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？装机的事情我这边一定帮您跟进。",
      "@5 /ticket 内容=宽带新装受理已十天仍未上门安装，已超承诺时限，客户请假两次在家等候，要求尽快安排 处理=催办装维部门派单，尽快回复客户",
      "@3 先生，已经帮您登记催办了，装维部门会优先派单，安排好后会第一时间联系您。请问还有其他可以帮您的吗？感谢您的来电，再见！"],
     trad=True)
play("leader_phone", "h22_gives_number", 0, 59, False, True, 0,
     "single fault: re-employed trainee caves on the second demand and gives 刘总's number (choice 1)",
     ["@2 /answer",
      "@3 您好，我是客服中心29号话务员，请问有什么可以帮您？",
      "@4 #2",
      "@4 #1"])
play("leader_phone", "h22_wrong_content", 74, 90, True, False, 0,
     "single fault: ticket 内容 records the demand for the manager's phone, not the install delay",
     ["@2 /answer",
      "@3 您好，我是客服中心2号，请问有什么可以帮您？",
      "@4 先生，作为客户代表，我的职责就是帮客户解决问题，请您相信我，我一定会尽力帮您解决的。",
      "@4 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？",
      "@5 /ticket 内容=客户要求提供刘总手机号码 处理=已按规定婉拒",
      "@4 先生，这边已经帮您登记了，会尽快帮您跟进。请问还有其他可以帮您的吗？感谢您的来电，再见！"],
     trad=True)

# ---------------------------------------------------------------- long_wait
play("long_wait", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 2.16, immediate 挂失 ticket, reissue from the KB",
     ["@2 /answer",
      "@3 您好，我是客服中心19号话务员，请问有什么可以帮您？",
      "@3 非常抱歉，让您久等了，请问有什么可以帮您？",
      "@4 /ticket 业务=停机挂失 内容=客户手机在商场里丢失，本机号码13765478901立即停机挂失",
      "@4 挂失已经为您办好了，即时生效。补卡需要机主本人携带有效身份证件，到任意一家营业厅办理，原号码不变，工本费10元。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("long_wait", "h22_no_apology", 64, 82, True, False, 0,
     "single fault: never apologises for the 30-minute wait (2.16 missing on both tries)",
     ["@2 /answer",
      "@3 您好，我是客服中心5号，请问有什么可以帮您？",
      "@3 喔，请问您要办理什么业务呢？",
      "@3 这边帮您处理，请问您要办理什么业务呢？",
      "@4 /ticket 业务=停机挂失 内容=客户手机在商场里遗失，立即停机挂失",
      "@4 挂失已经帮您办好了，马上生效喔。补卡要机主本人带有效身份证件，到任何一家营业厅都可以办，号码不变，工本费10元。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("long_wait", "h22_lecture", 80, 95, True, False, 0,
     "single fault: lectures the caller about minding her phone (您在商场里要看好啊，以后可得注意了)",
     ["@2 /answer",
      "@3 您好，我是客服中心19号话务员，请问有什么可以帮您？",
      "@3 非常抱歉，让您久等了，请问有什么可以帮您？",
      "@4 /ticket 业务=停机挂失 内容=客户手机在商场里丢失，本机号码立即停机挂失",
      "@5 挂失已经为您办好了，即时生效。补卡需要机主本人带有效身份证件到任意营业厅办理，工本费10元。手机这么重要的东西，您在商场里要看好啊，绑着银行卡更要小心，以后可得注意了。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- no_contact
play("no_contact", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; asks for a number, 2.11, ticket with the dictated number, promise to reply",
     ["@2 /answer",
      "@3 您好，我是客服中心4号，请问有什么可以帮您？",
      "@4 非常抱歉吵到您休息，世纪城门口通信机柜的噪音问题这边帮您登记，方便留一个联系电话吗？",
      "@4 先生，不好意思，如果您不留联系电话，我们处理后将无法联系您，也无法为您处理唷，电话只用于这次投诉的回复，不会用来推销。",
      "@12 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音大，影响居民休息",
      "@3 已经帮您登记好了，我们会尽快安排处理，处理后会第一时间联系您回复结果。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("no_contact", "h22_rhetorical", 60, 84, True, False, 0,
     "single fault: 2.11 replaced by a rhetorical lecture (您不留电话，我们怎么给您处理呢？这是规矩)",
     ["@2 /answer",
      "@3 您好，我是客服中心16号话务员，请问有什么可以帮您？",
      "@4 先生您好，这个情况我给您登记下来，请问您的联系电话是多少？",
      "@4 先生，您不留电话，我们怎么给您处理呢？投诉就得留电话，这是规矩。",
      "@4 那您看方便的话，就留一个吧。",
      "@12 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音扰民",
      "@3 好的，已经为您登记，我们会尽快处理，处理后第一时间联系您回复结果。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("no_contact", "h22_phone_digit", 70, 86, True, False, 0,
     "single fault: ticket's 联系电话 15961436655 for 15961463655 (digits swapped)",
     ["@2 /answer",
      "@3 您好，我是客服中心4号，请问有什么可以帮您？",
      "@4 非常抱歉吵到您休息，这个问题这边帮您登记，方便留一个联系电话吗？",
      "@4 先生，不好意思，如果您不留联系电话，我们将无法联系您，也无法为您处理喔。",
      "@12 /ticket 联系电话=15961436655 内容=世纪城门口通信机柜风扇夜间噪音大，影响休息",
      "@3 已经帮您登记好了，会尽快安排处理，处理后会第一时间联系您回复结果。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)

# ---------------------------------------------------------------- no_knowledge
play("no_knowledge", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 2.19 without guessing, ticket with the dictated number",
     ["@2 /answer",
      "@3 您好，我是客服中心15号话务员，请问有什么可以帮您？",
      "@5 非常抱歉，关于副卡能否享受老年人优惠，目前系统里还没有明确说明，我需要向业务部门核实一下，24小时内给您回复，好吗？",
      "@12 /ticket 联系电话=15167395191 内容=客户咨询其父亲使用的副卡能否享受60岁以上老年人话费优惠，知识库暂无说明，待业务部门确认后24小时内回复",
      "@3 好的，已经为您登记了，核实后我们会在24小时内给您回电。请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("no_knowledge", "h22_guess", 72, 90, True, False, 0,
     "single fault: guesses (应该可以享受喔) before the KB allows it, then corrects with 2.19 when pressed",
     ["@2 /answer",
      "@3 您好，我是客服中心9号，请问有什么可以帮您？",
      "@4 应该可以享受喔，副卡也是您家人在用嘛。",
      "@4 不好意思，这部分系统还没有说明，我需要再核实一下，24小时内回复您，好吗？",
      "@12 /ticket 联系电话=15167395191 内容=客户咨询父亲使用的副卡能否享受老年人话费优惠，待确认后24小时内回复",
      "@3 好的，已经帮您登记了，核实后24小时内会回电给您。请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("no_knowledge", "h22_no_apology_no_time", 62, 78, True, False, 0,
     "single fault: says it must be checked but without the apology and without a time limit (2.19 parts missing, both tries)",
     ["@2 /answer",
      "@3 您好，我是客服中心15号话务员，请问有什么可以帮您？",
      "@5 这个问题我需要核实一下，核实以后再联系您。",
      "@4 要核实以后才知道，核实完会联系您的。",
      "@12 /ticket 联系电话=15167395191 内容=客户咨询副卡能否享受老年人话费优惠，待业务部门确认后回复",
      "@3 好的，已经为您登记了，核实后我们会给您回电。请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- not_heard
play("not_heard", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; 2.5, tracking number ticket, hold with 1.2 phrases, 遵义分拨中心 明天派送",
     ["@2 /answer",
      "@3 您好，我是客服中心13号，请问有什么可以帮您？",
      "@3 对不起，刚才车声比较大，没有听清楚您的单号，麻烦您再重复一遍，好吗？",
      "@10 /ticket 单号=YT1177966493 note=客户反映物流三天未更新",
      "@3 好的，请您稍等，我这边帮您查询一下物流喔。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经查询，您的包裹目前滞留在遵义分拨中心，因为分拣积压三天没有更新，预计明天派送喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("not_heard", "h22_no_repeat", 64, 82, True, False, 0,
     "single fault: never asks the caller to repeat the drowned-out number (no 2.5 on both tries)",
     ["@2 /answer",
      "@3 您好，我是客服中心24号话务员，请问有什么可以帮您？",
      "@3 您好，您的单号是YT开头的对吧，我先帮您看一下。",
      "@3 嗯，您说吧。",
      "@10 /ticket 单号=YT1177966493 note=客户反映物流三天未更新",
      "@3 好的，请您稍等，我帮您查询一下物流信息。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经查询，您的包裹滞留在遵义分拨中心，是分拣积压造成的，预计明天派送。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("not_heard", "h22_long_hold", 74, 90, True, False, 0,
     "single fault: leaves the caller on hold 80 s without coming back (hold over a minute)",
     ["@2 /answer",
      "@3 您好，我是客服中心13号，请问有什么可以帮您？",
      "@3 对不起，刚才车声比较大，没有听清楚您的单号，麻烦您再重复一遍，好吗？",
      "@10 /ticket 单号=YT1177966493 note=物流三天未更新",
      "@3 好的，请您稍等，我这边帮您查询一下物流喔。",
      "@1 /hold",
      "@80 /unhold",
      "@2 感谢您的耐心等待，经查询，您的包裹目前滞留在遵义分拨中心，分拣积压，预计明天派送喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)

# ---------------------------------------------------------------- off_topic
play("off_topic", "h22_competent", 88, 100, True, False, 1,
     "competent, re-employed trainee; no chat, asks about business, special 5 close, hang up",
     ["@2 /answer",
      "@3 您好，我是客服中心20号话务员，请问有什么可以帮您？",
      "@3 先生，不好意思，这个问题我们这里无法解答，请问您有业务需要咨询吗？",
      "@3 如果没有业务需要咨询，谢谢您，再见！",
      "@3 /hangup"])
play("off_topic", "h22_chat", 78, 93, True, False, 0,
     "single fault: chats along (哈哈, about the lottery) before asking about business",
     ["@2 /answer",
      "@3 您好，我是客服中心3号，请问有什么可以帮您？",
      "@3 彩票喔？哈哈，这个我也不太清楚耶，请问您有业务需要咨询吗？",
      "@3 如果没有业务需要咨询，谢谢您，再见！",
      "@3 /hangup"], trad=True)
play("off_topic", "h22_lecture", 72, 92, True, False, 0,
     "single fault: lectures the idle caller (占用热线是不对的，没有业务就不要打进来) between ask and close",
     ["@2 /answer",
      "@3 您好，我是客服中心20号话务员，请问有什么可以帮您？",
      "@3 先生，不好意思，请问您有业务需要咨询吗？",
      "@4 先生，热线是给有需要的群众办事用的，您这样占用热线是不对的，没有业务就不要打进来了。",
      "@3 如果没有业务需要咨询，谢谢您，再见！",
      "@3 /hangup"])

# ---------------------------------------------------------------- praised
play("praised", "h22_competent", 88, 100, True, False, 1,
     "competent, traditional; 2.8, replay method from the KB, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心1号，请问有什么可以帮您？",
      "@4 谢谢您的表扬喔，这是我们应该做的，我们会转达给27号同事，也会继续努力做得更好！",
      "@5 昨天的节目可以回看唷：用遥控器按“回看”键，选日期和频道就可以了；或者进入节目单，选昨天的节目按确认键，7天内的节目都能回看。",
      "@3 不客气，请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("praised", "h22_no_2_8", 60, 78, True, False, 0,
     "single fault: waves the praise off (不用谢，这都是小事) instead of the 2.8 reply",
     ["@2 /answer",
      "@3 您好，我是客服中心10号话务员，请问有什么可以帮您？",
      "@4 不用谢，不用谢，这都是小事。请问还有什么事吗？",
      "@5 昨天的节目可以回看，您用遥控器按“回看”键，选日期和频道就行；也可以进入节目单，选昨天的节目按确认键，7天内的都可以回看。",
      "@3 不客气，请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("praised", "h22_do_it_yourself", 72, 90, True, False, 0,
     "single fault: the replay answer is condescending (这个很简单啦，说明书上都有写)",
     ["@2 /answer",
      "@3 您好，我是客服中心1号，请问有什么可以帮您？",
      "@4 谢谢您的表扬喔，这是我们应该做的，我们会继续努力！",
      "@5 这个很简单啦，您自己按遥控器的回看键，选日期和频道就好了，说明书上都有写。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)

# ---------------------------------------------------------------- repeat_complaint
play("repeat_complaint", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 2.13, ticket with the dictated number, escalate 投诉处理组",
     ["@2 /answer",
      "@3 您好，我是客服中心17号话务员，请问有什么可以帮您？",
      "@5 罗女士，非常抱歉，您反映的光猫问题多次来电都没有解决，给您添麻烦了，您的问题我们正在加紧处理，会在第一时间与您联系。",
      "@12 /ticket 联系电话=15867395191 内容=第四次来电：宽带光猫红灯一直亮着无法上网，报修二十天仍无人上门，三次催办未解决，客户表示将向12315投诉",
      "@3 /escalate 投诉处理组",
      "@3 罗女士，您的工单我已经记录并升级到投诉处理组专人负责，他们会尽快联系您安排上门，处理结果会第一时间电话告知您。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("repeat_complaint", "h22_wrong_desk", 0, 59, False, True, 0,
     "single fault: escalates the fourth-time complaint to 值班长 and never to 投诉处理组 (fatal item)",
     ["@2 /answer",
      "@3 您好，我是客服中心9号，请问有什么可以帮您？",
      "@5 罗小姐，非常抱歉，您反映的问题一直没有解决，这边正在帮您处理，会在第一时间跟您联系。",
      "@12 /ticket 联系电话=15867395191 内容=第四次来电，光猫红灯无法上网，报修二十天无人上门",
      "@3 /escalate 值班长",
      "@4 罗小姐，这边已经帮您记录并升级了，会有专人跟您联系喔。",
      "@3 感谢您的来电，再见！"], trad=True)
play("repeat_complaint", "h22_no_promise", 64, 82, True, False, 0,
     "single fault: 2.13 without the promise to contact (apology and explanation only, both tries)",
     ["@2 /answer",
      "@3 您好，我是客服中心17号话务员，请问有什么可以帮您？",
      "@5 罗女士，非常抱歉，让您为同一个问题打了四次电话，这个问题确实拖得太久了，情况我都清楚了。",
      "@4 这个事情我这边先帮您记下来。",
      "@12 /ticket 联系电话=15867395191 内容=第四次来电：光猫红灯无法上网，报修二十天无人上门，三次催办未解决，客户称将向12315投诉",
      "@3 /escalate 投诉处理组",
      "@3 罗女士，您的工单已经升级到投诉处理组专人负责。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- sales_call
play("sales_call", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; intro, needs question, plan B, objection with the renewal gift, order ticket",
     ["@2 /answer",
      "@2 您好，我是宽带客服中心18号，您家宽带下个月合约就要到期了，这边跟您介绍一下续约方案，请问现在方便吗？",
      "@4 请问您家里几个人在用网路呢？平时主要用来做什么？",
      "@4 #2",
      "@4 续约一年送一个月，算下来每天才3块多，就有300兆宽带加IPTV电视，孩子上网课、晚上看电视都够用，很划算喔。",
      "@5 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=下月1日",
      "@3 好的，已经帮您办好了，请问还有其他可以帮您的吗？感谢您的接听，祝您生活愉快，再见！"], trad=True)
play("sales_call", "h22_no_needs", 68, 86, True, False, 0,
     "single fault: lists the plans and pushes without asking about the household's use",
     ["@2 /answer",
      "@2 您好，我是宽带客服中心21号话务员，您家宽带下个月就要到期了，我给您介绍一下续约方案。",
      "@4 我们现在有三种方案：100兆每月59元，300兆加IPTV电视每月99元，1000兆加全屋WiFi每月199元，都很实惠。",
      "@4 #2",
      "@4 续约一年送一个月，折合每天才3块多钱，还多了IPTV电视，很划算的。",
      "@5 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=下月1日",
      "@3 好的，已经为您办理好了，请问还有其他可以帮您的吗？感谢您的接听，再见！"])
play("sales_call", "h22_bye_bye", 80, 93, True, False, 0,
     "single fault: ends with a casual 好喔，那就先这样，掰掰～ instead of the 结束语",
     ["@2 /answer",
      "@2 您好，我是宽带客服中心18号，您家宽带下个月合约就要到期了，这边跟您介绍一下续约方案，请问现在方便吗？",
      "@4 请问您家里几个人在用网路呢？平时主要用来做什么？",
      "@4 #2",
      "@4 续约一年送一个月，算下来每天才3块多，就有300兆宽带加IPTV电视，很划算喔。",
      "@5 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=下月1日",
      "@3 好喔，那就先这样，掰掰～"], trad=True)

# ---------------------------------------------------------------- silent_line
play("silent_line", "h22_competent", 90, 100, True, False, 1,
     "competent, traditional; opening, 请讲 twice, 1.3 close, hang up within a minute",
     ["@2 /answer",
      "@2 您好，我是客服中心9号，请问有什么可以帮您？",
      "@4 您好，请讲。",
      "@4 您好，请讲。",
      "@4 非常抱歉，听不见您的声音，无法为您服务，再见！",
      "@2 /hangup"], trad=True)
play("silent_line", "h22_one_prompt", 25, 55, False, False, 0,
     "single fault: only one 您好，请讲 before the 1.3 close and hang-up",
     ["@2 /answer",
      "@3 您好，我是客服中心30号话务员，请问有什么可以帮您？",
      "@4 您好，请讲。",
      "@5 非常抱歉，听不见您的声音，无法为您服务，再见！",
      "@2 /hangup"])
play("silent_line", "h22_impatient", 66, 88, True, False, 0,
     "single fault: an impatient line between the prompts and the close (不讲话打来干嘛？)",
     ["@2 /answer",
      "@2 您好，我是客服中心9号，请问有什么可以帮您？",
      "@4 您好，请讲。",
      "@4 您好，请讲。",
      "@3 喂？到底有没有人啊，不讲话打来干嘛？",
      "@3 非常抱歉，听不见您的声音，无法为您服务，再见！",
      "@2 /hangup"], trad=True)

# ---------------------------------------------------------------- survey_invite
play("survey_invite", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 5200 points and the way to redeem, invitation with 结束语, transfer 满意度调查",
     ["@2 /answer",
      "@3 您好，我是客服中心23号话务员，请问有什么可以帮您？",
      "@5 您好，经查询，您目前可用积分是5200分，每1000积分可以兑换10元话费，您可以发送短信“JFDH”到10086，或者在APP的“积分商城”里兑换，即时到账。",
      "@3 不客气。稍后请您对我的服务进行评价，我现在为您转接满意度调查，好吗？感谢您的来电，再见！",
      "@3 /transfer 满意度调查"])
play("survey_invite", "h22_five_stars", 64, 80, True, False, 0,
     "single fault: asks for a five-star rating (诱导好评) when inviting",
     ["@2 /answer",
      "@3 您好，我是客服中心5号，请问有什么可以帮您？",
      "@5 您好，这边查到您目前可用积分是5200分，每1000积分可以换10元话费，发简讯“JFDH”到10086，或者在APP的“积分商城”都可以换，马上到账喔。",
      "@3 不客气～等一下麻烦帮我打个五星好评喔，这边帮您转接满意度调查，感谢您的来电，再见！",
      "@3 /transfer 满意度调查"], trad=True)
play("survey_invite", "h22_no_transfer", 74, 90, True, False, 0,
     "single fault: invites the rating but never transfers to 满意度调查",
     ["@2 /answer",
      "@3 您好，我是客服中心23号话务员，请问有什么可以帮您？",
      "@5 您好，经查询，您目前可用积分是5200分，每1000积分可以兑换10元话费，您可以发送短信“JFDH”到10086，或者在APP的“积分商城”里兑换，即时到账。",
      "@3 不客气。稍后请您对我的服务进行评价，好吗？",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- too_slow
play("too_slow", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; confirms, 2.17, hold with 1.2 phrases, 审核通过 3到5个工作日",
     ["@2 /answer",
      "@3 您好，我是客服中心16号，请问有什么可以帮您？",
      "@4 好的，跟您确认一下，是上周退货的458元退款，订单在您这个手机号下面对吗？",
      "@3 非常抱歉让您着急了，我会尽快帮您处理。",
      "@2 请您稍等，我这边马上帮您查询一下。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经查询，您的458元退款已经审核通过，预计3到5个工作日内原路退回您的支付账户喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("too_slow", "h22_retort", 66, 88, True, False, 0,
     "single fault: answers the complaint about slowness with a retort (系统就是这么个速度，您着急也没用), 2.17 on the second try",
     ["@2 /answer",
      "@3 您好，我是客服中心12号话务员，请问有什么可以帮您？",
      "@4 好的，您是上周退货的458元退款，订单在您这个手机号下，对吗？",
      "@3 先生，查询是需要时间的，系统就是这么个速度，您着急也没用。",
      "@3 非常抱歉让您着急了，我会尽快为您处理。",
      "@2 请您稍等，我马上帮您查询一下。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经查询，您的458元退款已经审核通过，预计3到5个工作日内原路退回您的支付账户。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("too_slow", "h22_made_up", 68, 90, True, False, 0,
     "single fault: answers the refund progress from memory without checking (应该是在处理中啦，大概一个礼拜)",
     ["@2 /answer",
      "@3 您好，我是客服中心16号，请问有什么可以帮您？",
      "@4 好的，跟您确认一下，是上周退货的458元退款，订单在您这个手机号下面对吗？",
      "@3 非常抱歉让您着急了，我会尽快帮您处理。",
      "@3 应该是在处理中啦，大概一个礼拜内会退回喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)

# ---------------------------------------------------------------- transfer_failed
play("transfer_failed", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 2.18(1), transfer 技术支持部, 2.18(2), full ticket, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心11号话务员，请问有什么可以帮您？",
      "@3 好的，请您稍等，正在为您转接技术支持部，请不要挂机，好吗？",
      "@2 /transfer 技术支持部",
      "/listen",
      "@3 非常抱歉，技术支持部的同事现在都在忙线，转接没有成功，我先把您的问题详细记录下来，转交给技术部门，尽快给您回复，好吗？",
      "@10 /ticket 公司=筑城物流 故障=企业专线VPN隧道一直断开，需技术部工程师支持 联系电话=08518812345 要求=下午有视频会议，情况紧急，请工程师尽快回电",
      "@3 好的，已经记录并转交技术部门，工程师会尽快给您回电。请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("transfer_failed", "h22_wrong_desk", 78, 92, True, False, 0,
     "single fault: transfers the line fault to 业务办理组 instead of 技术支持部",
     ["@2 /answer",
      "@3 您好，我是客服中心4号，请问有什么可以帮您？",
      "@3 好的，请您稍等，正在为您转接，请不要挂机，好吗？",
      "@2 /transfer 业务办理组",
      "/listen",
      "@3 非常抱歉，转接没有成功，这边先把您的问题记录下来，转交给技术部门，尽快给您回复，好吗？",
      "@10 /ticket 公司=筑城物流 故障=专线VPN隧道一直断开 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电",
      "@3 好的，已经记录转交了，工程师会尽快回电给您。请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("transfer_failed", "h22_shift_blame", 66, 88, True, False, 0,
     "single fault: after the failed transfer blames the tech desk and tells the caller to call back himself (推诿), 2.18(2) on the second try",
     ["@2 /answer",
      "@3 您好，我是客服中心11号话务员，请问有什么可以帮您？",
      "@3 好的，请您稍等，正在为您转接技术支持部，请不要挂机，好吗？",
      "@2 /transfer 技术支持部",
      "/listen",
      "@3 这个不能怪我们，技术部的人都在忙，我也没办法，要不您等会儿自己再打过来吧。",
      "@3 非常抱歉，技术支持部现在忙线，我先把您的问题记录下来，转交技术部门，尽快给您回复，好吗？",
      "@10 /ticket 公司=筑城物流 故障=企业专线VPN隧道一直断开 联系电话=08518812345 要求=下午有视频会议，请尽快回电",
      "@3 好的，已经记录并转交，工程师会尽快给您回电。请问还有其他可以帮您的吗？感谢您的来电，再见！"])

# ---------------------------------------------------------------- transferred_complaint
play("transferred_complaint", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; greets and shows the case is known, 2.12, hold, refund 25元 within 24小时",
     ["@2 /answer",
      "@2 您好，我是中级坐席26号，刚才同事已经把您的情况转给我了，您本月视频会员费被重复扣了两次，这边直接帮您处理，不用再重复说明喔。",
      "@4 先生，您的心情我非常理解，为了更有效地帮助您，我这边马上帮您核实扣费情况。",
      "@3 请您稍等，我帮您核实一下本月的扣费记录。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经核实，本月视频会员费确实重复扣了一次25元，这边已经帮您提交退费，24小时内会退回您的话费账户喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("transferred_complaint", "h22_ask_repeat", 74, 90, True, False, 0,
     "single fault: makes the transferred caller tell his problem again (请您详细说一下)",
     ["@2 /answer",
      "@2 您好，我是中级坐席26号话务员，请问您遇到了什么问题？请您详细说一下。",
      "@4 先生，您的心情我非常理解，为了更有效地帮助您，我马上为您核实扣费情况。",
      "@3 请您稍等，我帮您核实一下本月的扣费记录。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经核实，本月视频会员费确实重复扣了一次25元，已经为您提交退费，24小时内退回您的话费账户。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("transferred_complaint", "h22_impatient", 68, 88, True, False, 0,
     "single fault: answers the upset caller with 好啦好啦，这边马上查 instead of 2.12 (impatience, no 2.12)",
     ["@2 /answer",
      "@2 您好，我是中级坐席26号，刚才同事已经把您的情况转给我了，您本月视频会员费被重复扣了两次，这边直接帮您处理喔。",
      "@3 好啦好啦，这边马上查。",
      "@3 请您稍等，我帮您核实一下本月的扣费记录。",
      "@1 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，经核实，本月视频会员费确实重复扣了一次25元，已经帮您提交退费，24小时内会退回您的话费账户喔。",
      "@3 请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)

# ---------------------------------------------------------------- vip_call
play("vip_call", "h22_competent", 86, 100, True, False, 1,
     "competent, re-employed trainee; 钱先生 opening, roaming, family add with the dictated number, extras, ticket",
     ["@2 /answer",
      "@2 钱先生您好，我是客服中心贵宾专席8号话务员，很高兴为您服务，请问有什么可以帮您？",
      "@5 好的钱先生，国际漫游已经为您开通了，钻石卡免押金，即时生效；请问您太太需要加入家庭套餐的号码是多少？",
      "@5 好的，尾号7409的号码已经为您加入家庭套餐副卡了。另外新加坡的漫游流量包每天25元不限量，可以预约出发当天生效，我也可以为您设置出行短信提醒，您的专属客户经理李经理也会跟进。",
      "@5 /ticket 业务=开通国际漫游（新加坡）；家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包、出行短信提醒",
      "@3 钱先生，两项业务都已经办理好了，祝您出差顺利，感谢您的来电，再见！"])
play("vip_call", "h22_no_surname", 84, 96, True, False, 0,
     "single fault: opening does not address the diamond-card customer by name (generic 开篇语)",
     ["@2 /answer",
      "@2 您好，我是客服中心8号，请问有什么可以帮您？",
      "@5 好的，国际漫游已经帮您开通了，钻石卡免押金，即时生效喔；请问您太太要加入家庭套餐的号码是多少？",
      "@5 好的，尾号7409的号码已经帮您加入家庭套餐副卡了。另外新加坡的漫游流量包每天25元不限量，可以预约出发当天生效，也可以帮您设出行简讯提醒。",
      "@5 /ticket 业务=开通国际漫游（新加坡）；家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包、出行提醒",
      "@3 钱先生，两项业务都办好了，祝您出差顺利，感谢您的来电，再见！"], trad=True)
play("vip_call", "h22_no_extra", 76, 90, True, False, 0,
     "single fault: does the two requests but offers nothing extra (no 流量包/提醒/客户经理)",
     ["@2 /answer",
      "@2 钱先生您好，我是客服中心贵宾专席8号话务员，很高兴为您服务，请问有什么可以帮您？",
      "@5 好的钱先生，国际漫游已经为您开通了，钻石卡免押金，即时生效；请问您太太需要加入家庭套餐的号码是多少？",
      "@5 好的，尾号7409的号码已经为您加入家庭套餐副卡了。",
      "@5 /ticket 业务=开通国际漫游（新加坡）；家庭套餐加副卡 副卡号码=18695077409",
      "@3 钱先生，两项业务都已经办理好了，感谢您的来电，再见！"])

# ---------------------------------------------------------------- wrong_number
play("wrong_number", "h22_competent", 86, 100, True, False, 1,
     "competent, traditional; reads the 10-digit number back, points out a digit missing, records the full number",
     ["@2 /answer",
      "@3 您好，我是客服中心10号，请问有什么可以帮您？",
      "@4 跟您复述一下，您的手机号码是1586163655，对吗？",
      "@3 不好意思，您报的号码好像少了一位，只有10位数，麻烦您再核对一下，好吗？",
      "@10 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电",
      "@3 好的，已经帮您预约了，师傅会跟您联系。请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)
play("wrong_number", "h22_no_readback", 72, 86, True, False, 0,
     "single fault: points out the missing digit at once without first reading the number back (2.10(1) skipped)",
     ["@2 /answer",
      "@3 您好，我是客服中心15号话务员，请问有什么可以帮您？",
      "@4 女士，您报的号码少了一位，请您核对一下，好吗？",
      "@10 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电",
      "@3 好的，已经为您预约，师傅会和您联系。请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("wrong_number", "h22_missed_digit", 40, 59, False, False, 0,
     "single fault: reads the 10-digit number back, accepts it and records it (never notices a digit is missing)",
     ["@2 /answer",
      "@3 您好，我是客服中心10号，请问有什么可以帮您？",
      "@4 跟您复述一下，您的手机号码是1586163655，对吗？",
      "@3 好的，这边帮您预约师傅上门喔。",
      "@10 /ticket 手机号=1586163655 内容=预约师傅上门安装新路由器，请回电",
      "@3 好的，已经帮您预约了，师傅会跟您联系。请问还有其他可以帮您的吗？感谢您的来电，再见！"], trad=True)


def to_trad(line):
    """Convert the typed part of a line with OpenCC s2tw (actions other than /ticket stay)."""
    prefix, rest = "", line
    if rest.startswith("@"):
        head, _, tail = rest.partition(" ")
        prefix, rest = head + " ", tail
    if rest.startswith("~"):
        head, _, tail = rest.partition(" ")
        prefix, rest = prefix + head + " ", tail
    if rest.startswith("#") or (rest.startswith("/") and not rest.startswith("/ticket")) or not rest:
        return line
    out = subprocess.run(["opencc", "-c", "s2tw.json"], input=rest, capture_output=True, text=True,
                         check=True).stdout.rstrip("\n")
    return prefix + out


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    seen = set()
    for p in PLAYS:
        fname = "%s.%s.replies" % (p["scenario"], p["name"])
        assert fname not in seen, fname
        seen.add(fname)
        assert 0 <= p["lo"] <= p["hi"] <= 100
        assert p["passed"] == (p["lo"] >= 60) or not p["passed"], fname
        if p["auto"]:
            assert p["hi"] <= 59 and not p["passed"]
        if p["competent"]:
            assert p["passed"]
        lines = [to_trad(l) for l in p["lines"]] if p["trad"] else p["lines"]
        with open(os.path.join(calls, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        note = p["note"] + ("; traditional(s2tw)" if p["trad"] else "")
        rows.append("\t".join([SPLIT, p["scenario"], fname, str(p["lo"]), str(p["hi"]),
                               "true" if p["passed"] else "false",
                               "true" if p["auto"] else "false",
                               str(p["competent"]), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("%d plays" % len(PLAYS))


if __name__ == "__main__":
    main()
