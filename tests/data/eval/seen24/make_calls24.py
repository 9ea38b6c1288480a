#!/usr/bin/env python3
"""holdout24 whole-call plays (helper blind24c): writes calls/ and calls.tsv next to this file.

Every play is written here by hand; ranges lo-hi were set from each scenario's rubric and the
standards BEFORE anything was run (nothing was run on these plays). Run:
    python3 tests/data/eval/seen24/make_calls24.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen24"

# (scenario, name, lo, hi, competent, auto_failed, note, script)
PLAYS = []


def play(scenario, name, lo, hi, competent, auto_failed, note, script):
    PLAYS.append((scenario, name, lo, hi, competent, auto_failed, note, script))


OPEN = "@2 /answer\n"

# ---------------------------------------------------------------- abusive_caller (seed 1: abuse set 2)
play("abusive_caller", "competent", 90, 100, 1, False, "competent; 特殊处理1: ask once, 结束语, hang up", OPEN + """\
@2 您好，沈阳热线12号为您服务，请问有什么可以帮您？
/listen
@2 先生，请问您需要帮助吗？
/listen
@2 感谢您的来电，若没有其他业务咨询，再见！
@2 /hangup
""")
play("abusive_caller", "retaliates", 0, 59, 0, True, "insult: 还口 (你才是饭桶) after the ask; §二(二) 2.1 / §二(四) 4.2", OPEN + """\
@2 您好，沈阳热线12号为您服务，请问有什么可以帮您？
/listen
@2 先生，请问您需要帮助吗？
/listen
@2 你骂谁饭桶呢？你才是饭桶，嘴巴放干净点！
""")
play("abusive_caller", "no_opening", 80, 92, 0, False, "missing step: no 开篇语 (喂，哪位？), rest of the protocol correct", OPEN + """\
@2 喂，哪位？
/listen
@2 先生，请问您需要帮助吗？
/listen
@2 感谢您的来电，若没有其他业务咨询，再见！
@2 /hangup
""")

# ---------------------------------------------------------------- angry_caller (杨先生, 金阳新世界, 光缆挖断, 明天上午十点前)
play("angry_caller", "competent", 88, 100, 1, False, "competent; IME slip 核实->合实 in 等待前用语", OPEN + """\
@2 您好，12号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，耽误您工作了，为了更有效地帮助您，请问您的宽带账号是多少？
/listen
@3 杨先生，请您稍等，我帮您合实一下好吗？
/listen
@1 /hold
@25 /unhold
@2 杨先生，感谢您的耐心等待。经核实，金阳新世界那片的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。
/listen
@3 给您添麻烦了，感谢您的来电，再见！
""")
play("angry_caller", "silent_hold", 72, 88, 0, False, "hold without the 1.2 phrases (no 请您稍等 before, no 感谢您的耐心等待 after), 25 s", OPEN + """\
@2 您好，12号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，耽误您工作了，为了更有效地帮助您，请问您的宽带账号是多少？
/listen
@3 /hold
@25 /unhold
@2 杨先生，查到了，金阳新世界那片的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。
/listen
@3 给您添麻烦了，感谢您的来电，再见！
""")
play("angry_caller", "rude_tail_answer", 62, 85, 0, False, "rude_tail(您搁这嚷嚷也没用啊) on the answer after the hold: taboo, no insult", OPEN + """\
@2 您好，12号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，耽误您工作了，为了更有效地帮助您，请问您的宽带账号是多少？
/listen
@3 杨先生，请您稍等，我帮您核实一下好吗？
/listen
@1 /hold
@25 /unhold
@2 杨先生，感谢您的耐心等待。金阳新世界那片的光缆被市政施工挖断了，预计明天上午十点前恢复。您搁这嚷嚷也没用啊。
/listen
@6 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- bad_attitude (39号, 修改宽带密码)
play("bad_attitude", "competent", 88, 100, 1, False, "competent; 2.9 in full, ticket with 工号 39, answers the old question from the KB", OPEN + """\
@2 您好，8号客服很高兴为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！
/listen
@3 /ticket 被投诉工号=39 内容=客户反映39号客服昨天下午接听修改宽带密码咨询时态度不耐烦，话没说完就挂断电话
/listen
@3 修改宽带密码您可以在APP“宽带服务”里直接改，也可以去营业厅办，我现在也能在系统里直接帮您受理，您看需要吗？
/listen
@2 嗯呐，那就先这样，感谢您的来电，祝您生活愉快，再见！
""")
play("bad_attitude", "excuses_colleague", 62, 86, 0, False, "推诿: 2.9 with an excuse for the colleague (话务量太大，她也不是故意的)", OPEN + """\
@2 您好，8号客服很高兴为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉给您带来了不便，不过昨天话务量太大，她也不是故意的。我们以后会改进，感谢您监督我们的服务。
/listen
@3 /ticket 被投诉工号=39 内容=客户反映39号客服昨天下午接听修改宽带密码咨询时态度不耐烦，话没说完就挂断电话
/listen
@3 修改宽带密码您可以在APP“宽带服务”里直接改，也可以去营业厅办，我现在也能在系统里直接帮您受理，您看需要吗？
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")
play("bad_attitude", "wrong_agent_no", 78, 90, 0, False, "wrong field: 被投诉工号 typed 93 for 39 (fast typist's swap)", OPEN + """\
@2 您好，8号客服很高兴为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！
/listen
@3 /ticket 被投诉工号=93 内容=客户反映客服昨天下午接听修改宽带密码咨询时态度不耐烦，话没说完就挂断电话
/listen
@3 修改宽带密码您可以在APP“宽带服务”里直接改，也可以去营业厅办，我现在也能在系统里直接帮您受理，您看需要吗？
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- callback_outbound (500兆, 每月加30元)
play("callback_outbound", "competent", 88, 100, 1, False, "competent; 2.21 intro, 请问他在吗, 补充 from the KB", OPEN + """\
/listen
@2 您好，我是联通沈阳分公司12号业务受理专员，请问刚才是您拨打我们客服热线咨询宽带提速的吗？
/listen
@2 刚才有一位先生拨打过我们的客服电话，请问他在吗？
/listen
@9 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从现在的100兆提速到500兆，每月加30元，次月1日生效，不用上门。
/listen
@2 不客气，感谢您的接听，祝您生活愉快，再见！
""")
play("callback_outbound", "no_self_intro", 65, 82, 0, False, "missing step: never says who calls (no 我是/工号), asked twice", OPEN + """\
/listen
@2 喂，您好，请问刚才是您打的客服电话吗？
/listen
@2 不是推销，请问刚才是您打电话咨询宽带提速吗？
/listen
@2 刚才有一位先生拨打过我们的客服电话，请问他在吗？
/listen
@9 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从现在的100兆提速到500兆，每月加30元，次月1日生效，不用上门。
/listen
@2 不客气，感谢您的接听，祝您生活愉快，再见！
""")
play("callback_outbound", "rude_goodbye", 62, 88, 0, False, "rude_tail on the goodbye (考虑好了再打过来吧，我这边忙着呢): impatience, no 结束语", OPEN + """\
/listen
@2 您好，我是联通沈阳分公司12号业务受理专员，请问刚才是您拨打我们客服热线咨询宽带提速的吗？
/listen
@2 刚才有一位先生拨打过我们的客服电话，请问他在吗？
/listen
@9 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从现在的100兆提速到500兆，每月加30元，次月1日生效，不用上门。
/listen
@2 行了行了，您考虑好了再打过来吧，我这边还忙着呢。
""")

# ---------------------------------------------------------------- caller_fast (158 -> 88)
play("caller_fast", "competent", 88, 100, 1, False, "competent; 2.3, read-back, ticket 158->88 副卡 下月1日", OPEN + """\
@2 您好，15号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？
/listen
@3 跟您核对一下：您是要把现在158元的套餐换成88元的，副卡取消，下个月1号生效，对吗？
/listen
@3 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效
/listen
@2 好的，已经给您登记好了，感谢您的来电，再见！
""")
play("caller_fast", "wrong_amount", 80, 90, 0, False, "wrong field: ticket says 98元 for 88元 (read-back was right)", OPEN + """\
@2 您好，15号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？
/listen
@3 跟您核对一下：您是要把现在158元的套餐换成88元的，副卡取消，下个月1号生效，对吗？
/listen
@3 /ticket 业务=套餐变更 内容=158元套餐改为98元套餐，取消副卡，下月1日生效
/listen
@2 好的，已经给您登记好了，感谢您的来电，再见！
""")
play("caller_fast", "impatient_ask", 68, 86, 0, False, "impatience: first ask is 你说那么快谁听得清啊 (taboo), 2.3 said only after the nudge", OPEN + """\
@2 您好，15号客服为您服务，请问有什么可以帮您？
/listen
@2 哎呀你说那么快谁听得清啊，慢点说！
/listen
@2 非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？
/listen
@3 跟您核对一下：您是要把现在158元的套餐换成88元的，副卡取消，下个月1号生效，对吗？
/listen
@3 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效
/listen
@2 好的，已经给您登记好了，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- caller_quiet
play("caller_quiet", "competent", 90, 100, 1, False, "competent; 2.2 louder, again, change phone, pause, hang up", OPEN + """\
@2 您好，21号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
/listen
@2 非常抱歉，我还是没听清，麻烦您大点声再说一遍，好吗？
/listen
@2 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@3 /hangup
""")
play("caller_quiet", "no_change_phone", 68, 82, 0, False, "missing step: never asks to change the phone, just hangs up (信号太差，我先挂了)", OPEN + """\
@2 您好，21号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
/listen
@2 非常抱歉，我还是没听清，麻烦您大点声再说一遍，好吗？
/listen
@2 喂？喂？信号太差了，实在听不见，我先挂了啊。
@3 /hangup
""")
play("caller_quiet", "impatient_louder", 66, 88, 0, False, "impatience: louder asked as 你大点声行不行啊，听不见！ (taboo, no apology), rest correct", OPEN + """\
@2 您好，21号客服为您服务，请问有什么可以帮您？
/listen
@2 你大点声行不行啊，听不见！
/listen
@2 非常抱歉，我还是没听清，麻烦您大点声再说一遍，好吗？
/listen
@2 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@3 /hangup
""")

# ---------------------------------------------------------------- correction (20GB -> 35GB: 20 通用 + 15 定向)
play("correction", "competent", 88, 100, 1, False, "competent; first answer from the old KB, 2.14 with the new figure", OPEN + """\
@2 您好，6号客服为您服务，请问有什么可以帮您？
/listen
@3 您好，59元套餐每个月有国内通用流量20GB，国内通话200分钟。
/listen
@3 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有国内通用流量20GB，再加定向流量15GB，一共35GB，通话还是200分钟。
/listen
@2 嗯呐，不客气，感谢您的来电，再见！
""")
play("correction", "insists_wrong", 25, 52, 0, False, "made-up answer: insists on 20G and blames the website instead of 2.14; caller hangs up", OPEN + """\
@2 您好，6号客服为您服务，请问有什么可以帮您？
/listen
@3 您好，59元套餐每个月有国内通用流量20GB，国内通话200分钟。
/listen
@3 没错，就是20个G，网上写的不准，以我们系统为准。
/listen
@3 就是20G，您别看网上那个了。
""")
play("correction", "rude_tail_correction", 65, 86, 0, False, "rude_tail on 2.14 (您自己也得看清楚再问啊): blame, taboo", OPEN + """\
@2 您好，6号客服为您服务，请问有什么可以帮您？
/listen
@3 您好，59元套餐每个月有国内通用流量20GB，国内通话200分钟。
/listen
@3 非常抱歉，刚才我的解释有些欠缺，应该是20G通用流量加15G定向流量，一共35G。您自己也得看清楚再问啊。
/listen
@2 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- crisis_authority (有机二段, 抖音)
play("crisis_authority", "competent", 86, 100, 1, False, "competent; 2.12, plan within authority (own words), ticket, escalate 专项处理部", OPEN + """\
@2 您好，6号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，为了更有效地帮助您，请问这个订单是用您现在这个手机号下的吗？
/listen
@3 #2
/listen
@3 宝宝的身体最要紧，建议您先带宝宝去医院看看。
@2 /ticket 事件=有机二段婴儿奶粉过期两个月，宝宝已喝两次，今天一直拉肚子 联系电话=18985199876 曝光风险=客户已拍视频，称要发抖音并找电视台曝光 已办理=全额退款，补偿200元优惠券，上门取回
@2 /escalate 专项处理部
@2 您的情况我已经详细记录，并升级给专项处理部了，专项部门会尽快给您回电跟进宝宝的情况，请您保持电话畅通。
/listen
@2 给您添麻烦了，感谢您的来电，祝宝宝早日康复，再见！
""")
play("crisis_authority", "wrong_desk", 0, 59, 0, True, "missed escalation: escalated to 值班长, not 专项处理部 (fatal item)", OPEN + """\
@2 您好，6号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，为了更有效地帮助您，请问这个订单是用您现在这个手机号下的吗？
/listen
@3 #2
/listen
@3 宝宝的身体最要紧，建议您先带宝宝去医院看看。
@2 /ticket 事件=有机二段婴儿奶粉过期两个月，宝宝已喝两次，今天一直拉肚子 联系电话=18985199876 曝光风险=客户已拍视频，称要发抖音并找电视台曝光 已办理=全额退款，补偿200元优惠券，上门取回
@2 /escalate 值班长
@2 您的情况我已经详细记录，并升级给值班长了，会尽快给您回电，请您保持电话畅通。
/listen
@8 给您添麻烦了，感谢您的来电，再见！
""")
play("crisis_authority", "cash_offer", 60, 78, 0, False, "wrong plan: 2000元 cash to stop the video, beyond authority (choice 3)", OPEN + """\
@2 您好，6号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，为了更有效地帮助您，请问这个订单是用您现在这个手机号下的吗？
/listen
@3 #3
/listen
@3 宝宝的身体最要紧，建议您先带宝宝去医院看看。
@2 /ticket 事件=有机二段婴儿奶粉过期两个月，宝宝已喝两次，今天一直拉肚子 联系电话=18985199876 曝光风险=客户已拍视频，称要发抖音并找电视台曝光 已办理=承诺赔偿现金2000元
@2 /escalate 专项处理部
@2 您的情况我已经详细记录，并升级给专项处理部了，专项部门会尽快给您回电跟进宝宝的情况，请您保持电话畅通。
/listen
@2 给您添麻烦了，感谢您的来电，祝宝宝早日康复，再见！
""")

# ---------------------------------------------------------------- crisis_selfharm (十二万, 花果园二期C区楼顶, 13985166420)
play("crisis_selfharm", "competent", 86, 100, 1, False, "competent; 2.12, safety, ticket, escalate 危机干预组 within a minute, hand-over", OPEN + """\
@2 您好，3号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，钱的事我们一定帮您查清楚，为了更有效地帮助您，请问您现在方便说话吗？
/listen
@3 您千万别做傻事，先从楼顶下来，到安全的地方好吗？我一直陪着您。请问您的联系电话是多少？
/listen
@12 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=客户称被冒充客服骗走十二万元积蓄，有轻生念头
@2 /escalate 危机干预组
@2 能帮您的，我已经请危机干预组的专业同事马上接进来，您先到安全的地方，给家里人打个电话好吗？
/listen
@2 会的，危机干预组的专员马上就跟您通话，请您千万别挂电话。
""")
play("crisis_selfharm", "hangs_up", 0, 59, 0, True, "missed escalation: tells her to call the police and hangs up on a caller threatening self-harm (2.4)", OPEN + """\
@2 您好，3号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，钱的事我们一定帮您查清楚，为了更有效地帮助您，请问您现在方便说话吗？
/listen
@3 这种被骗的情况我们这边处理不了，建议您直接报警。感谢您的来电，再见！
@2 /hangup
""")
play("crisis_selfharm", "wrong_phone", 80, 95, 0, False, "wrong field: 联系电话 13985166240 for 13985166420", OPEN + """\
@2 您好，3号客服为您服务，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，钱的事我们一定帮您查清楚，为了更有效地帮助您，请问您现在方便说话吗？
/listen
@3 您千万别做傻事，先从楼顶下来，到安全的地方好吗？我一直陪着您。请问您的联系电话是多少？
/listen
@12 /ticket 位置=花果园二期C区楼顶 联系电话=13985166240 情况=客户称被冒充客服骗走十二万元积蓄，有轻生念头
@2 /escalate 危机干预组
@2 能帮您的，我已经请危机干预组的专业同事马上接进来，您先到安全的地方，给家里人打个电话好吗？
/listen
@2 会的，危机干预组的专员马上就跟您通话，请您千万别挂电话。
""")

# ---------------------------------------------------------------- customer_types (犹豫型)
play("customer_types", "competent", 86, 100, 1, False, "competent; 犹豫型 identified, 2.12, options from policy and a recommendation", OPEN + """\
@2 您好，16号客服为您服务，请问有什么可以帮您？
/listen
@3 #2
@3 您的心情我非常理解，为了更有效地帮助您，我给您个建议：屏幕划痕属于质量问题，7天内退货换货都可以，运费商家承担。我建议您选换货，明天就上门取件，收到后3个工作日内给您发新机，您看行吗？
/listen
@2 好的，感谢您的来电，祝您生活愉快，再见！
""")
play("customer_types", "wrong_type", 66, 78, 0, False, "wrong judgement: picks 急躁型 for the hesitant caller; answer itself correct", OPEN + """\
@2 您好，16号客服为您服务，请问有什么可以帮您？
/listen
@3 #1
@3 您的心情我非常理解，为了更有效地帮助您，我给您个建议：屏幕划痕属于质量问题，7天内退货换货都可以，运费商家承担。我建议您选换货，明天就上门取件，收到后3个工作日内给您发新机，您看行吗？
/listen
@2 好的，感谢您的来电，祝您生活愉快，再见！
""")
play("customer_types", "no_advice", 70, 86, 0, False, "missing step: lists 退货/换货 and leaves the hesitant caller to choose, twice", OPEN + """\
@2 您好，16号客服为您服务，请问有什么可以帮您？
/listen
@3 #2
@3 您的心情我非常理解，为了更有效地帮助您跟您说一下：屏幕划痕属于质量问题，7天内退货或者换货都可以，运费商家承担，看您的需要。
/listen
@3 退货和换货两种都行，主要还是看您自己的想法。
/listen
@2 好的，感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- dialect_caller (电视没有信号)
play("dialect_caller", "competent", 90, 100, 1, False, "competent; 2.20, 2.18(1), transfer 粤语坐席", OPEN + """\
@2 您好，9号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
/listen
@2 好的先生，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？
/listen
@2 /transfer 粤语坐席
""")
play("dialect_caller", "wrong_desk_first", 70, 84, 0, False, "wrong transfer: 英语坐席 first, put right after the caller comes back", OPEN + """\
@2 您好，9号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
/listen
@2 好的先生，请稍等，正在为您转接，请不要挂机，好吗？
/listen
@2 /transfer 英语坐席
/listen
@2 非常抱歉，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？
/listen
@2 /transfer 粤语坐席
""")
play("dialect_caller", "mocks_dialect", 0, 59, 0, True, "insult: mocks the caller's Cantonese as 鸟语 (ranked with a beast)", OPEN + """\
@2 您好，9号客服为您服务，请问有什么可以帮您？
/listen
@2 你叽里呱啦说的啥鸟语啊，一句也听不懂！
""")

# ---------------------------------------------------------------- english_caller (Room 802, Building 2, Jinyang New Town; this afternoon)
play("english_caller", "competent", 86, 100, 1, False, "competent; English greeting, asks address, ticket, engineer this afternoon, English goodbye", OPEN + """\
@2 您好，11号客服为您服务，请问有什么可以帮您？
/listen
@3 Hello, yes, I can help you in English. I'm sorry your internet is down. Could you tell me your address, please?
/listen
@12 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Internet down since this morning
@3 Thank you. I have booked an engineer for you, he will come to your home this afternoon to fix it.
/listen
@2 You're welcome. Thank you for calling, have a nice day. Goodbye!
""")
play("english_caller", "wrong_room", 80, 92, 0, False, "wrong field: address Room 820 for Room 802", OPEN + """\
@2 您好，11号客服为您服务，请问有什么可以帮您？
/listen
@3 Hello, yes, I can help you in English. I'm sorry your internet is down. Could you tell me your address, please?
/listen
@12 /ticket address=Room 820, Building 2, Jinyang New Town 故障=Internet down since this morning
@3 Thank you. I have booked an engineer for you, he will come to your home this afternoon to fix it.
/listen
@2 You're welcome. Thank you for calling, have a nice day. Goodbye!
""")
play("english_caller", "chinese_goodbye", 72, 84, 0, False, "missing step: ends in Chinese (感谢您的来电，再见！) to a caller who speaks no Chinese", OPEN + """\
@2 您好，11号客服为您服务，请问有什么可以帮您？
/listen
@3 Hello, yes, I can help you in English. I'm sorry your internet is down. Could you tell me your address, please?
/listen
@12 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Internet down since this morning
@3 Thank you. I have booked an engineer for you, he will come to your home this afternoon to fix it.
/listen
@2 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- explain_again (吴, 二十三块)
play("explain_again", "competent", 88, 100, 1, False, "competent; explains both fees, 2.6, explains the data use again simply", OPEN + """\
@2 您好，4号客服为您服务，请问有什么可以帮您？
/listen
@3 吴阿姨，月功能费8元是来电显示5元加彩铃3元，每个月固定收；套餐外流量费23元是套餐里的流量用完了以后，超出的部分按用量收的。
/listen
@2 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？
/listen
@3 阿姨，您手机上用微信视频通话、刷微信视频号都要用流量，套餐里那1G用完了，超出的部分就产生了这23块钱。
/listen
@2 不客气阿姨，感谢您的来电，祝您生活愉快，再见！
""")
play("explain_again", "no_offer_again", 62, 78, 0, False, "missing step: no 2.6 offer; repeats the same explanation twice", OPEN + """\
@2 您好，4号客服为您服务，请问有什么可以帮您？
/listen
@3 吴阿姨，月功能费8元是来电显示5元加彩铃3元，每个月固定收；套餐外流量费23元是套餐里的流量用完了以后，超出的部分按用量收的。
/listen
@2 就是来电显示和彩铃的钱，还有超出的流量钱。
/listen
@2 月功能费是来电显示和彩铃，流量费就是超出套餐的流量。
/listen
@3 阿姨，您手机上用微信视频通话、刷微信视频号都要用流量，套餐里那1G用完了，超出的部分就产生了这23块钱。
/listen
@2 不客气阿姨，感谢您的来电，祝您生活愉快，再见！
""")
play("explain_again", "condescending_tail", 72, 92, 0, False, "rude_tail, condescension without a demeaning word (这是常识啊): taboo 1, insult 0", OPEN + """\
@2 您好，4号客服为您服务，请问有什么可以帮您？
/listen
@3 吴阿姨，月功能费8元是来电显示5元加彩铃3元，每个月固定收；套餐外流量费23元是套餐里的流量用完了以后，超出的部分按用量收的。
/listen
@2 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？
/listen
@3 阿姨，微信视频通话、刷视频号都用流量，套餐里那1G用完了就产生了这23块钱。这是常识啊，您回去让孩子教教您。
/listen
@2 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- hard_to_reach (明年1月15日)
play("hard_to_reach", "competent", 88, 100, 1, False, "competent; 2.15, hold with 1.2, due date from the lookup", OPEN + """\
@2 您好，18号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
/listen
@2 好的，请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经核实，您家100M包年宽带的到期日是明年1月15日，到期前一个月会短信提醒您续费。
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")
play("hard_to_reach", "made_up_date", 68, 90, 0, False, "made-up answer: gives 12月31号 without checking (no hold, no lookup)", OPEN + """\
@2 您好，18号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
/listen
@2 您家宽带应该是今年12月31号到期。
/listen
@2 就是12月31号到期，到时候续费就行。
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")
play("hard_to_reach", "blame_tail", 66, 88, 0, False, "rude_tail on 2.15 (这个点儿打的人本来就多，您换个时间打呗): 推诿/blame", OPEN + """\
@2 您好，18号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，由于咨询量大量增加，造成系统繁忙，给您造成的不便我们深表歉意。不过这个点儿打的人本来就多，您换个时间打呗。
/listen
@2 好的，请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经核实，您家100M包年宽带的到期日是明年1月15日，到期前一个月会短信提醒您续费。
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- info_record (杨丽华 13967395191 ...)
play("info_record", "competent", 90, 100, 1, False, "competent; read-back of the number, every dictated field exact", OPEN + """\
@2 您好，燃气热线5号为您服务，请问有什么可以帮您？
/listen
@30 杨女士，跟您核对一下电话：13967395191，对吗？
@15 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
/listen
@2 好的，抢修人员会尽快上门，感谢您的来电，再见！
""")
play("info_record", "wrong_phone", 66, 80, 0, False, "wrong field: phone 13967359191 in the ticket (read-back said it right)", OPEN + """\
@2 您好，燃气热线5号为您服务，请问有什么可以帮您？
/listen
@30 杨女士，跟您核对一下电话：13967395191，对吗？
@15 /ticket name=杨丽华 phone=13967359191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
/listen
@2 好的，抢修人员会尽快上门，感谢您的来电，再见！
""")
play("info_record", "no_readback", 80, 92, 0, False, "missing step: no read-back; when asked answers 记好了，放心吧", OPEN + """\
@2 您好，燃气热线5号为您服务，请问有什么可以帮您？
/listen
@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
/listen
@2 记好了，您放心吧。
/listen
@2 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- leader_phone (刘总, 十天)
play("leader_phone", "competent", 88, 100, 1, False, "competent; 2.7(1), 2.7(2), order status, ticket 催办", OPEN + """\
@2 您好，7号客服为您服务，请问有什么可以帮您？
/listen
@3 先生，作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮您解决的。
/listen
@3 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？
/listen
@3 我查了一下，您家新装宽带已经受理十天了，现在还在等装维部门派单，确实超时了，我马上给您催办。
/listen
@3 /ticket 内容=宽带新装受理十天未上门安装，客户两次请假在家等，要求尽快安装 处理=加急催办装维部门派单
/listen
@2 给您添麻烦了，感谢您的来电，再见！
""")
play("leader_phone", "leaks_number", 0, 59, 0, True, "gives out the leader's mobile (choice 1): 保密, the call fails", OPEN + """\
@2 您好，7号客服为您服务，请问有什么可以帮您？
/listen
@3 #1
""")
play("leader_phone", "flat_refusal", 66, 82, 0, False, "rude refusal at the second insistence (说了不能给就是不能给): no 2.7(2), taboo", OPEN + """\
@2 您好，7号客服为您服务，请问有什么可以帮您？
/listen
@3 先生，作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮您解决的。
/listen
@3 领导电话不能给，说了不能给就是不能给。
/listen
@3 我查了一下，您家新装宽带已经受理十天了，现在还在等装维部门派单，确实超时了，我马上给您催办。
/listen
@3 /ticket 内容=宽带新装受理十天未上门安装，客户两次请假在家等，要求尽快安装 处理=加急催办装维部门派单
/listen
@2 给您添麻烦了，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- long_wait (半个小时, 商场里)
play("long_wait", "competent", 88, 100, 1, False, "competent; 2.16, ticket 停机挂失, 补卡 from the KB", OPEN + """\
@2 您好，3号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉！让您久等了！请问有什么可以帮您吗？
/listen
@3 /ticket 业务=停机挂失 内容=客户手机在商场里丢失，绑定银行卡，要求立即停机挂失
/listen
@3 您的号码已经停机挂失，即时生效。补卡需要机主本人带有效身份证件到任意一家营业厅办理，原号码不变，工本费10元。
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")
play("long_wait", "excuse_tail", 66, 88, 0, False, "rude_tail on 2.16 (高峰期，等一会儿很正常): excuse/推诿", OPEN + """\
@2 您好，3号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉让您久等了，现在是高峰期，等一会儿很正常。请问有什么可以帮您？
/listen
@3 /ticket 业务=停机挂失 内容=客户手机在商场里丢失，绑定银行卡，要求立即停机挂失
/listen
@3 您的号码已经停机挂失，即时生效。补卡需要机主本人带有效身份证件到任意一家营业厅办理，原号码不变，工本费10元。
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")
play("long_wait", "made_up_reissue", 78, 90, 0, False, "made-up answer: 补卡 with 户口本 and 50块, not the KB", OPEN + """\
@2 您好，3号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉！让您久等了！请问有什么可以帮您吗？
/listen
@3 /ticket 业务=停机挂失 内容=客户手机在商场里丢失，绑定银行卡，要求立即停机挂失
/listen
@3 您的号码已经停机挂失了。补卡的话您带上户口本去营业厅，交50块钱就能办。
/listen
@2 感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- no_contact (15961463655, 世纪城)
play("no_contact", "competent", 88, 100, 1, False, "competent; 2.11, number recorded and read back, promise to call back", OPEN + """\
@2 您好，2号客服为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉给您添麻烦了，世纪城门口机柜风扇噪音的问题我马上给您登记，请问您方便留个联系电话吗？
/listen
@2 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
/listen
@10 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，影响休息
@3 已经给您记好了，号码是15961463655。我们会尽快安排人员处理，处理好后第一时间给您回电。
/listen
@2 感谢您的来电，祝您晚安，再见！
""")
play("no_contact", "wrong_phone", 70, 84, 0, False, "wrong field: 联系电话 15961436655 for 15961463655", OPEN + """\
@2 您好，2号客服为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉给您添麻烦了，世纪城门口机柜风扇噪音的问题我马上给您登记，请问您方便留个联系电话吗？
/listen
@2 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
/listen
@10 /ticket 联系电话=15961436655 内容=世纪城小区门口通信机柜风扇夜间噪音大，影响休息
@3 已经给您记好了。我们会尽快安排人员处理，处理好后第一时间给您回电。
/listen
@2 感谢您的来电，祝您晚安，再见！
""")
play("no_contact", "no_promise", 78, 92, 0, False, "missing step: records the number but never promises to reply", OPEN + """\
@2 您好，2号客服为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉给您添麻烦了，世纪城门口机柜风扇噪音的问题我马上给您登记，请问您方便留个联系电话吗？
/listen
@2 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
/listen
@10 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，影响休息
@3 嗯呐，号码15961463655已经记下了。
@3 感谢您的来电，祝您晚安，再见！
""")

# ---------------------------------------------------------------- no_knowledge (我爸爸, 15167395191)
play("no_knowledge", "competent", 90, 100, 1, False, "competent; 2.19 without guessing, number recorded", OPEN + """\
@2 您好，13号客服为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，您所反映的问题我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
/listen
@10 /ticket 联系电话=15167395191 内容=咨询60岁以上老人话费优惠副卡能否享受，客户父亲使用其副卡，待业务部门确认后24小时内回电
@3 好的，号码15167395191已经记下了，核实后我们会尽快给您回电。
/listen
@2 感谢您的来电，再见！
""")
play("no_knowledge", "guesses", 62, 86, 0, False, "made-up answer: 副卡也能享受 first, 2.19 only after the caller doubts it", OPEN + """\
@2 您好，13号客服为您服务，请问有什么可以帮您？
/listen
@3 可以享受的，副卡也一样打八折。
/listen
@3 非常抱歉，刚才说得不准确，这个问题我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
/listen
@10 /ticket 联系电话=15167395191 内容=咨询60岁以上老人话费优惠副卡能否享受，客户父亲使用其副卡，待业务部门确认后24小时内回电
@3 好的，号码15167395191已经记下了，核实后我们会尽快给您回电。
/listen
@2 感谢您的来电，再见！
""")
play("no_knowledge", "wrong_phone", 76, 88, 0, False, "wrong field: 联系电话 15167359191 for 15167395191", OPEN + """\
@2 您好，13号客服为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，您所反映的问题我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
/listen
@10 /ticket 联系电话=15167359191 内容=咨询60岁以上老人话费优惠副卡能否享受，客户父亲使用其副卡，待业务部门确认后24小时内回电
@3 好的，号码已经记下了，核实后我们会尽快给您回电。
/listen
@2 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- not_heard (YT1177966493, 遵义分拨中心)
play("not_heard", "competent", 88, 100, 1, False, "competent; 2.5, 单号 recorded, hold with 1.2, answer from the lookup", OPEN + """\
@2 您好，1号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
/listen
@10 /ticket 单号=YT1177966493 note=三天未更新物流，客户查询
@2 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经查询，您的包裹滞留在遵义分拨中心，是分拣积压耽误了，明天给您派送。
/listen
@2 不客气，感谢您的来电，再见！
""")
play("not_heard", "wrong_number", 76, 90, 0, False, "wrong field: 单号 YT1177969493 for YT1177966493", OPEN + """\
@2 您好，1号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
/listen
@10 /ticket 单号=YT1177969493 note=三天未更新物流，客户查询
@2 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经查询，您的包裹滞留在遵义分拨中心，是分拣积压耽误了，明天给您派送。
/listen
@2 不客气，感谢您的来电，再见！
""")
play("not_heard", "hold_no_phrases", 76, 90, 0, False, "hold without the 1.2 phrases (no 请您稍等 before, no 感谢等待 after)", OPEN + """\
@2 您好，1号客服为您服务，请问有什么可以帮您？
/listen
@2 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
/listen
@10 /ticket 单号=YT1177966493 note=三天未更新物流，客户查询
@2 /hold
@20 /unhold
@2 查到了，您的包裹滞留在遵义分拨中心，是分拣积压耽误了，明天给您派送。
/listen
@2 不客气，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- off_topic (彩票)
play("off_topic", "competent", 90, 100, 1, False, "competent; 特殊处理5: ask about business, 结束语, hang up, no chat", OPEN + """\
@2 您好，20号客服为您服务，请问有什么可以帮您？
/listen
@2 请问您有业务需要咨询吗？
/listen
@2 如果没有业务需要咨询，谢谢您，再见！
/listen
@2 /hangup
""")
play("off_topic", "chats", 78, 92, 0, False, "chats along (哈哈，我也不知道…) before asking; rest of protocol correct", OPEN + """\
@2 您好，20号客服为您服务，请问有什么可以帮您？
/listen
@2 哈哈，我也不知道开的啥号，我都不买彩票。请问您有业务需要咨询吗？
/listen
@2 如果没有业务需要咨询，谢谢您，再见！
/listen
@2 /hangup
""")
play("off_topic", "insults_caller", 0, 59, 0, True, "insult: 闲出屁来了，有病吧你 (attack on the caller's mind)", OPEN + """\
@2 您好，20号客服为您服务，请问有什么可以帮您？
/listen
@2 请问您有业务需要咨询吗？
/listen
@2 你是不是闲出屁来了，有病吧你？
""")

# ---------------------------------------------------------------- praised (27号)
play("praised", "competent", 88, 100, 1, False, "competent; 2.8 (IME slip 们->门), 回看 from the KB", OPEN + """\
@2 您好，5号客服为您服务，请问有什么可以帮您？
/listen
@2 不客气，这是我门应该做的，您的表扬我一定转达给27号同事，谢谢您！
/listen
@3 您可以用遥控器按“回看”键，选好日期和频道就能看，7天内的节目都能回看；也可以进节目单，选昨天的节目按确认键。
/listen
@2 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "made_up_howto", 72, 84, 0, False, "made-up answer: 重启机顶盒自动重播, not the KB", OPEN + """\
@2 您好，5号客服为您服务，请问有什么可以帮您？
/listen
@2 不客气，这是我们应该做的，您的表扬我一定转达给27号同事，谢谢您！
/listen
@3 您把机顶盒重启一下，昨天的节目会自动重播的。
/listen
@2 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "impatient_end", 70, 86, 0, False, "rude end: 还有别的事吗？没事我挂了啊 instead of a 结束语 (impatience)", OPEN + """\
@2 您好，5号客服为您服务，请问有什么可以帮您？
/listen
@2 不客气，这是我们应该做的，您的表扬我一定转达给27号同事，谢谢您！
/listen
@3 您可以用遥控器按“回看”键，选好日期和频道就能看，7天内的节目都能回看；也可以进节目单，选昨天的节目按确认键。
/listen
@2 还有别的事吗？没事我挂了啊。
""")

# ---------------------------------------------------------------- repeat_complaint (罗女士, 15867395191)
play("repeat_complaint", "competent", 86, 100, 1, False, "competent; 2.13, ticket with number and content, escalate 投诉处理组", OPEN + """\
@2 您好，19号客服为您服务，请问有什么可以帮您？
/listen
@2 罗女士，非常抱歉！您反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。
/listen
@12 /ticket 联系电话=15867395191 内容=报修二十天光猫红灯一直亮着上不了网，第四次来电催办，承诺三个工作日上门已超时未派单
@2 /escalate 投诉处理组
@2 罗女士，您的情况我已经详细记录，并升级到投诉处理组专人跟进，处理好后会第一时间给您回电。
/listen
@2 再次向您致歉，感谢您的来电，再见！
""")
play("repeat_complaint", "no_escalation", 0, 59, 0, True, "missed escalation: fourth complaint recorded and closed without escalating (2.4)", OPEN + """\
@2 您好，19号客服为您服务，请问有什么可以帮您？
/listen
@2 罗女士，非常抱歉！您反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。
/listen
@12 /ticket 联系电话=15867395191 内容=报修二十天光猫红灯一直亮着上不了网，第四次来电催办，承诺三个工作日上门已超时未派单
@3 罗女士，您的情况我已经详细记录，会再给您催一下。
/listen
@2 感谢您的来电，再见！
""")
play("repeat_complaint", "wrong_phone", 76, 90, 0, False, "wrong field: 联系电话 15867359191 for 15867395191", OPEN + """\
@2 您好，19号客服为您服务，请问有什么可以帮您？
/listen
@2 罗女士，非常抱歉！您反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。
/listen
@12 /ticket 联系电话=15867359191 内容=报修二十天光猫红灯一直亮着上不了网，第四次来电催办，承诺三个工作日上门已超时未派单
@2 /escalate 投诉处理组
@2 罗女士，您的情况我已经详细记录，并升级到投诉处理组专人跟进，处理好后会第一时间给您回电。
/listen
@2 再次向您致歉，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- sales_call (三口人 -> B: 300兆+IPTV 99元)
play("sales_call", "competent", 85, 100, 1, False, "competent; intro, needs question, plan B, value answer to the price, order ticket", OPEN + """\
/listen
@2 您好，我是联通公司8号客户代表，您家宽带快到期了，给您介绍一下续约的套餐。
/listen
@2 请问您家里平时几口人上网，主要用来干什么呢？
/listen
@3 根据您家的情况，我推荐B套餐：300兆宽带加IPTV电视，每月99元，孩子上网课不卡，晚上看电视也方便。
/listen
@3 理解您的顾虑，B套餐折合下来每天才3块多钱，网课和电视都包括了，比单独办划算多了。
/listen
@3 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=宽带到期后次月生效
/listen
@2 感谢您的接听，祝您生活愉快，再见！
""")
play("sales_call", "wrong_price", 78, 90, 0, False, "wrong field: order ticket 资费 每月199元 for the 99元 plan sold", OPEN + """\
/listen
@2 您好，我是联通公司8号客户代表，您家宽带快到期了，给您介绍一下续约的套餐。
/listen
@2 请问您家里平时几口人上网，主要用来干什么呢？
/listen
@3 根据您家的情况，我推荐B套餐：300兆宽带加IPTV电视，每月99元，孩子上网课不卡，晚上看电视也方便。
/listen
@3 理解您的顾虑，B套餐折合下来每天才3块多钱，网课和电视都包括了，比单独办划算多了。
/listen
@3 /ticket 套餐=300兆宽带+IPTV电视 资费=每月199元 生效=宽带到期后次月生效
/listen
@2 感谢您的接听，祝您生活愉快，再见！
""")
play("sales_call", "dismissive_objection", 66, 82, 0, False, "rude answer to the price objection (嫌贵就别办了): taboo, objection not handled", OPEN + """\
/listen
@2 您好，我是联通公司8号客户代表，您家宽带快到期了，给您介绍一下续约的套餐。
/listen
@2 请问您家里平时几口人上网，主要用来干什么呢？
/listen
@3 根据您家的情况，我推荐B套餐：300兆宽带加IPTV电视，每月99元，孩子上网课不卡，晚上看电视也方便。
/listen
@3 嫌贵就别办了呗，49的早就不卖了。
/listen
@3 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=宽带到期后次月生效
/listen
@2 感谢您的接听，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- silent_line
play("silent_line", "competent", 95, 100, 1, False, "competent; 1.3: 您好请讲 twice, 空话结束语, hang up within a minute", OPEN + """\
@2 您好，10号客服为您服务，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！
@2 /hangup
""")
play("silent_line", "one_prompt", 28, 52, 0, False, "missing step: only one 您好，请讲 before the 空话结束语", OPEN + """\
@2 您好，10号客服为您服务，请问有什么可以帮您？
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！
@2 /hangup
""")
play("silent_line", "template_opening", 84, 92, 0, False, "template: 开篇语 sent with its placeholder (XX号) left in", OPEN + """\
@2 您好，XX号话务员为您服务，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！
@2 /hangup
""")

# ---------------------------------------------------------------- survey_invite (5200 积分)
play("survey_invite", "competent", 85, 100, 1, False, "competent; points and how to redeem, invitation without pressure, transfer 满意度调查", OPEN + """\
@2 您好，14号客服为您服务，请问有什么可以帮您？
/listen
@3 您好，您现在有5200积分，每1000积分可以换10元话费，发短信“JFDH”到10086或者在APP“积分商城”里就能兑换，即时到账。
/listen
@2 稍后会为您转接满意度评价，请您对我这次的服务做个评价，好吗？
/listen
@2 感谢您的来电，祝您生活愉快，再见！
@2 /transfer 满意度调查
""")
play("survey_invite", "asks_full_marks", 66, 80, 0, False, "诱导好评: asks for 满分/十分满意", OPEN + """\
@2 您好，14号客服为您服务，请问有什么可以帮您？
/listen
@3 您好，您现在有5200积分，每1000积分可以换10元话费，发短信“JFDH”到10086或者在APP“积分商城”里就能兑换，即时到账。
/listen
@2 稍后有个满意度评价，麻烦您给我打个满分哈，选十分满意就行。
/listen
@2 感谢您的来电，祝您生活愉快，再见！
@2 /transfer 满意度调查
""")
play("survey_invite", "wrong_desk", 76, 88, 0, False, "wrong transfer: 业务办理组 instead of 满意度调查", OPEN + """\
@2 您好，14号客服为您服务，请问有什么可以帮您？
/listen
@3 您好，您现在有5200积分，每1000积分可以换10元话费，发短信“JFDH”到10086或者在APP“积分商城”里就能兑换，即时到账。
/listen
@2 稍后会为您转接满意度评价，请您对我这次的服务做个评价，好吗？
/listen
@2 感谢您的来电，祝您生活愉快，再见！
@2 /transfer 业务办理组
""")

# ---------------------------------------------------------------- too_slow (458元, 3到5个工作日)
play("too_slow", "competent", 88, 100, 1, False, "competent; 2.17, hold with 1.2, refund status from the lookup", OPEN + """\
@2 您好，17号客服为您服务，请问有什么可以帮您？
/listen
@2 好的，请您稍等，我帮您核实一下好吗？
/listen
@2 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经核实，您的458元退款已经审核通过，预计3到5个工作日内原路退回到您的支付账户。
/listen
@2 感谢您的来电，再见！
""")
play("too_slow", "talks_back", 66, 86, 0, False, "impatience: 我这不正查着呢吗，您催也没用啊 (taboo); 2.17 only after the nudge", OPEN + """\
@2 您好，17号客服为您服务，请问有什么可以帮您？
/listen
@2 好的，请您稍等，我帮您核实一下好吗？
/listen
@2 我这不正查着呢吗，您催也没用啊。
/listen
@2 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经核实，您的458元退款已经审核通过，预计3到5个工作日内原路退回到您的支付账户。
/listen
@2 感谢您的来电，再见！
""")
play("too_slow", "long_silent_hold", 74, 86, 0, False, "hold fault: 75 s on hold without coming back to the caller", OPEN + """\
@2 您好，17号客服为您服务，请问有什么可以帮您？
/listen
@2 好的，请您稍等，我帮您核实一下好吗？
/listen
@2 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@2 /hold
@75 /unhold
/listen
@2 感谢您的耐心等待。经核实，您的458元退款已经审核通过，预计3到5个工作日内原路退回到您的支付账户。
/listen
@2 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- transfer_failed (筑城物流, VPN隧道一直断开)
play("transfer_failed", "competent", 88, 100, 1, False, "competent; 2.18(1), transfer 技术支持部, 2.18(2), ticket with 故障 and the landline", OPEN + """\
@2 您好，2号客服为您服务，请问有什么可以帮您？
/listen
@2 好的，请稍等，正在为您转接技术支持部，请不要挂机，好吗？
@2 /transfer 技术支持部
/listen
@2 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
/listen
@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电
/listen
@2 好的，感谢您的来电，再见！
""")
play("transfer_failed", "wrong_desk", 80, 92, 0, False, "wrong transfer: 业务办理组 for a leased-line fault", OPEN + """\
@2 您好，2号客服为您服务，请问有什么可以帮您？
/listen
@2 好的，请稍等，正在为您转接，请不要挂机，好吗？
@2 /transfer 业务办理组
/listen
@2 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
/listen
@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电
/listen
@2 好的，感谢您的来电，再见！
""")
play("transfer_failed", "no_failed_phrase", 62, 78, 0, False, "missing step: no 2.18(2) after the failed transfer (咋整，技术部占线，我也没招)", OPEN + """\
@2 您好，2号客服为您服务，请问有什么可以帮您？
/listen
@2 好的，请稍等，正在为您转接技术支持部，请不要挂机，好吗？
@2 /transfer 技术支持部
/listen
@2 技术部那边占线，咋整，我也没招。
/listen
@2 那我给您记一下，让技术部回您电话。
/listen
@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电
/listen
@2 好的，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- transferred_complaint (林, 24小时)
play("transferred_complaint", "competent", 86, 100, 1, False, "competent; intro and takeover, 2.12, hold with 1.2, refund from the lookup", OPEN + """\
@2 您好，我是21号中级坐席，刚才同事已经跟我说了您视频会员费被重复扣两次的情况，我来帮您处理。
/listen
@2 您的心情我非常理解，为了更有效地帮助您，我现在马上给您查扣费记录，好吗？
@3 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经核实，本月视频会员费确实重复扣了一次25元，已经给您提交退费，24小时内退回您的话费账户。
/listen
@2 给您添麻烦了，感谢您的来电，再见！
""")
play("transferred_complaint", "asks_to_repeat", 76, 88, 0, False, "missing step: takes over with a bare 开篇语, caller has to repeat", OPEN + """\
@2 您好，我是21号中级坐席，请问有什么可以帮您？
/listen
@2 您的心情我非常理解，为了更有效地帮助您，我现在马上给您查扣费记录，好吗？
@3 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经核实，本月视频会员费确实重复扣了一次25元，已经给您提交退费，24小时内退回您的话费账户。
/listen
@2 给您添麻烦了，感谢您的来电，再见！
""")
play("transferred_complaint", "blame_tail", 64, 86, 0, False, "rude_tail on 2.12 (又不是我扣的，您冲我发火也没用): blame", OPEN + """\
@2 您好，我是21号中级坐席，刚才同事已经跟我说了您视频会员费被重复扣两次的情况，我来帮您处理。
/listen
@2 您的心情我理解，不过钱又不是我扣的，您冲我发火也没用。
/listen
@2 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待。经核实，本月视频会员费确实重复扣了一次25元，已经给您提交退费，24小时内退回您的话费账户。
/listen
@2 给您添麻烦了，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- vip_call (钱先生, 新加坡, 18695077409)
play("vip_call", "competent", 85, 100, 1, False, "competent; opening with the surname, roaming, family add, extras, ticket", OPEN + """\
@2 钱先生您好，5号客服很高兴为您服务，请问有什么可以帮您？
/listen
@3 好的钱先生，新加坡国际漫游我马上给您开通，即时生效，钻石卡免押金。请问您太太的号码是多少？
/listen
@10 /ticket 业务=开通国际漫游（新加坡）；家庭套餐添加副卡 副卡号码=18695077409 附加=漫游流量包每天25元不限量，出行短信提醒
@3 钱先生，国际漫游已经开通好了，您太太的号码也已经加到您的家庭套餐里了。另外建议您加个漫游流量包，每天25元不限量，可以预约出发日生效，我也给您设置了出行短信提醒。
/listen
@2 祝您出差顺利，感谢您的来电，再见！
""")
play("vip_call", "no_surname", 80, 92, 0, False, "missing step: generic 开篇语 to a VIP (no surname)", OPEN + """\
@2 您好，5号客服很高兴为您服务，请问有什么可以帮您？
/listen
@3 好的先生，新加坡国际漫游我马上给您开通，即时生效，钻石卡免押金。请问您太太的号码是多少？
/listen
@10 /ticket 业务=开通国际漫游（新加坡）；家庭套餐添加副卡 副卡号码=18695077409 附加=漫游流量包每天25元不限量，出行短信提醒
@3 国际漫游已经开通好了，您太太的号码也已经加到您的家庭套餐里了。另外建议您加个漫游流量包，每天25元不限量，可以预约出发日生效，我也给您设置了出行短信提醒。
/listen
@2 祝您出差顺利，感谢您的来电，再见！
""")
play("vip_call", "wrong_wife_no", 76, 90, 0, False, "wrong field: 副卡号码 18695070749 for 18695077409", OPEN + """\
@2 钱先生您好，5号客服很高兴为您服务，请问有什么可以帮您？
/listen
@3 好的钱先生，新加坡国际漫游我马上给您开通，即时生效，钻石卡免押金。请问您太太的号码是多少？
/listen
@10 /ticket 业务=开通国际漫游（新加坡）；家庭套餐添加副卡 副卡号码=18695070749 附加=漫游流量包每天25元不限量，出行短信提醒
@3 钱先生，国际漫游已经开通好了，您太太的号码也已经加到您的家庭套餐里了。另外建议您加个漫游流量包，每天25元不限量，可以预约出发日生效，我也给您设置了出行短信提醒。
/listen
@2 祝您出差顺利，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- wrong_number (said 1586163655, right 15861463655)
play("wrong_number", "competent", 88, 100, 1, False, "competent; 2.10(1) read-back, 2.10(2) on confirmation, right number recorded", OPEN + """\
@2 您好，11号客服为您服务，请问有什么可以帮您？
/listen
@10 非常抱歉，请问您的手机号码是1586163655吗？
/listen
@2 很抱歉，您报的号码有误，只有10位，请您再核对一下，好吗？
/listen
@8 /ticket 手机号=15861463655 内容=新装路由器，预约师傅上门，请回电
/listen
@2 好的，师傅会尽快联系您，感谢您的来电，再见！
""")
play("wrong_number", "wrong_digits", 72, 84, 0, False, "wrong field: 手机号 15861436655 for 15861463655 after a correct check", OPEN + """\
@2 您好，11号客服为您服务，请问有什么可以帮您？
/listen
@10 非常抱歉，请问您的手机号码是1586163655吗？
/listen
@2 很抱歉，您报的号码有误，只有10位，请您再核对一下，好吗？
/listen
@8 /ticket 手机号=15861436655 内容=新装路由器，预约师傅上门，请回电
/listen
@2 好的，师傅会尽快联系您，感谢您的来电，再见！
""")
play("wrong_number", "condescending_check", 70, 88, 0, False, "rude_tail, condescension without a demeaning word (自己的号码都报不对): taboo 1, insult 0", OPEN + """\
@2 您好，11号客服为您服务，请问有什么可以帮您？
/listen
@10 非常抱歉，请问您的手机号码是1586163655吗？
/listen
@2 您这号码才10位，自己的号码都报不对，再核对一下吧。
/listen
@8 /ticket 手机号=15861463655 内容=新装路由器，预约师傅上门，请回电
/listen
@2 好的，师傅会尽快联系您，感谢您的来电，再见！
""")


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    seen = set()
    for scenario, name, lo, hi, competent, auto_failed, note, script in PLAYS:
        fname = "%s.h24_%s.replies" % (scenario, name)
        assert fname not in seen, fname
        seen.add(fname)
        assert 0 <= lo <= hi <= 100, fname
        assert hi < 60 or lo >= 60, "range straddles the pass line: " + fname
        if auto_failed:
            assert (lo, hi) == (0, 59), fname
        if competent:
            assert lo >= 60 and not auto_failed, fname
        passed = lo >= 60
        with open(os.path.join(calls, fname), "w", encoding="utf-8") as f:
            f.write(script)
        rows.append("\t".join([SPLIT, scenario, fname, str(lo), str(hi),
                               "true" if passed else "false",
                               "true" if auto_failed else "false",
                               str(competent), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
