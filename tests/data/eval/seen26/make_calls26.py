#!/usr/bin/env python3
"""holdout26 whole-call plays (blind examiner blind26c).

Writes calls/SCENARIO.NAME.replies and calls.tsv in this folder from the plays below.
Run: python3 tests/data/eval/seen26/make_calls26.py   (needs `opencc` for the plays marked trad)

Every range lo-hi was set from the scenario's rubric (scenarios/*.lua) and the standard before the
play was written out, by a quality auditor; no play was run. The seeded details (phone numbers,
names, tracking numbers, the customer type, the household) are those of --seed 1 as worked out by
hand from each scenario's call.pick / call.random order (see CALLS.md for how, and its caveat).
"""
import os
import subprocess

SPLIT = "seen26"
HERE = os.path.dirname(os.path.abspath(__file__))

PLAYS = []


def play(scenario, name, lo, hi, passed, auto_failed, competent, note, lines, trad=False):
    PLAYS.append(dict(scenario=scenario, name=name, lo=lo, hi=hi, passed=passed,
                      auto_failed=auto_failed, competent=competent, note=note,
                      lines=lines, trad=trad))


# ---------------------------------------------------------------- abusive_caller (pick: abuse set 2)
play("abusive_caller", "h26_competent", 88, 100, True, False, 1,
     "competent; terse; one ask (special 1), 3's ending, hang up",
     ["@2 /answer",
      "@3 您好，客服中心，我是09号话务员小周，请问有什么可以帮您？",
      "@3 先生，请问您需要帮助吗？",
      "@3 如果没有业务需要咨询，再见！",
      "@2 /hangup"])
play("abusive_caller", "h26_hitback", 0, 59, False, True, 0,
     "insult/retaliation after the ask (你才是饭桶, 有本事) -> fails the call",
     ["@2 /answer",
      "@3 您好，客服中心，我是09号话务员，请问有什么可以帮您？",
      "@3 请问您需要帮助吗？",
      "@3 你才是饭桶！有本事你再骂一句试试！",
      "@2 /hangup"])
play("abusive_caller", "h26_lecture", 65, 90, True, False, 0,
     "arguing/lecturing the caller between the ask and the end (special 1/2/6: do not argue); prompt_end lost",
     ["@2 /answer",
      "@3 您好，客服中心，我是09号话务员，请问有什么可以帮您？",
      "@3 请问您需要帮助吗？",
      "@3 先生，骂人是解决不了问题的，您有什么意见可以好好说，我们都会认真听。",
      "@3 如果没有业务需要咨询，再见！",
      "@2 /hangup"])

# ---------------------------------------------------------------- angry_caller (杨, 金阳新世界, 光缆挖断, 明天上午十点前)
play("angry_caller", "h26_competent", 85, 100, True, False, 1,
     "competent; chatty; 2.12, 1.2 both phrases around a 20 s hold, cause and time from the lookup, closing",
     ["@2 /answer",
      "@3 您好，很高兴为您服务，我是18号客服专员小郑，请问有什么可以帮您？",
      "@4 先生，您的心情我非常理解，断网一整天换谁都着急，为了更有效地帮助您，请问您的宽带账号是多少呢？",
      "@4 杨先生，请您稍等，我帮您核实一下故障情况好吗？",
      "@2 /hold",
      "@20 /unhold",
      "@2 杨先生，感谢您的耐心等待。查到了，是金阳新世界那边的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。",
      "@4 耽误您孩子上网课真的很抱歉。请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("angry_caller", "h26_hold_no_phrases", 72, 90, True, False, 0,
     "hold without the 1.2 phrases (short hold, no 请稍等 before, no 感谢等待 after): hold item lost",
     ["@2 /answer",
      "@3 您好，我是18号客服专员，请问有什么可以帮您？",
      "@4 先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
      "@3 /hold",
      "@25 /unhold",
      "@2 杨先生，查到了，是金阳新世界的光缆被市政施工挖断，工程师正在抢修，预计明天上午十点前恢复。",
      "@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("angry_caller", "h26_no_closing", 78, 92, True, False, 0,
     "no closing: ends with 嗯好的 and hangs up (1.4 missing)",
     ["@2 /answer",
      "@3 您好，我是18号客服专员，请问有什么可以帮您？",
      "@4 先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
      "@4 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@20 /unhold",
      "@2 感谢您的耐心等待，是金阳新世界光缆被市政施工挖断了，工程师在抢修，预计明天上午十点前恢复。",
      "@3 嗯，好的。",
      "@2 /hangup"])

# ---------------------------------------------------------------- bad_attitude (agent 39, 修改宽带密码)
play("bad_attitude", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.9 in own words, no excuse, ticket with 39, answers the old question, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心26号话务员，请问有什么可以帮到您？",
      "@4 女士，真的非常抱歉，给您带来了不便，这件事我们会在以后的工作中改进，也感谢您，希望您继续监督我们的服务！",
      "@6 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午咨询修改宽带密码时态度不耐烦、话没说完就挂断电话",
      "@4 修改宽带密码您可以去营业厅，或者在APP的“宽带服务”里自己改，我这边也可以直接在系统里帮您受理，您看需要现在帮您改吗？",
      "@3 好的，请问还有其他可以帮您的吗？感谢您的来电，再见！"])
play("bad_attitude", "h26_excuse", 62, 85, True, False, 0,
     "推诿: 2.9 said but then excuses the colleague (话务量太大, 不是故意的): apology half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心26号话务员，请问有什么可以帮到您？",
      "@4 非常抱歉给您带来了不便，我们会在以后的工作中改进，感谢您继续监督我们的服务。不过昨天话务量确实太大了，她也不是故意的。",
      "@6 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天态度不耐烦并中途挂断",
      "@4 修改宽带密码可以在营业厅或APP“宽带服务”办理，我这边也可以帮您直接受理。",
      "@3 感谢您的来电，再见！"])
play("bad_attitude", "h26_wrong_id", 78, 90, True, False, 0,
     "wrong number in the ticket: 被投诉工号 93 for 39 (3.1 1.3.2): record lost",
     ["@2 /answer",
      "@3 您好，我是客服中心26号话务员，请问有什么可以帮到您？",
      "@4 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！",
      "@6 /ticket 被投诉工号=93 内容=客户投诉客服昨天下午态度不耐烦、中途挂断电话",
      "@4 修改宽带密码您可以到营业厅或者在APP“宽带服务”里办理，我也可以现在直接帮您受理。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- callback_outbound (500兆, +30元)
play("callback_outbound", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.21 intro, asks whether he is in, 补充 with 500兆 +30元, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心12号业务受理专员，请问刚才是您拨打我们的客服热线咨询宽带提速吗？",
      "@4 好的，刚才有一位先生拨打过我们的客服电话，请问他现在在吗？",
      "/listen",
      "@3 先生您好，我是客服中心12号专员，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从现在的100兆提到500兆，每月加30元，次月1日生效，不需要上门。",
      "@3 不客气，祝您生活愉快，再见！"])
play("callback_outbound", "h26_no_ask_person", 70, 85, True, False, 0,
     "missed step: not the caller, but never asks whether he is there (2.21 如果不是)",
     ["@2 /answer",
      "@3 您好，我是客服中心12号业务受理专员，请问刚才是您拨打我们的客服热线咨询宽带提速吗？",
      "@4 哦，好的，没关系。",
      "/listen",
      "@3 先生您好，我是客服中心12号专员，关于您刚才咨询的宽带提速还有内容需要补充：100兆提到500兆每月加30元，次月1日生效。",
      "@3 不客气，祝您生活愉快，再见！"])
play("callback_outbound", "h26_intro_late", 78, 92, True, False, 0,
     "intro without who is calling first (喂，您好，请问刚才是您打的吗); says who only after 你是哪里: intro half",
     ["@2 /answer",
      "@3 喂，您好，请问刚才是您打我们客服电话了吗？",
      "/listen",
      "@3 不好意思，我是客服中心12号业务受理专员，请问刚才是您拨打我们的热线咨询宽带提速吗？",
      "@4 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
      "/listen",
      "@3 先生您好，我是客服中心12号专员，您刚才咨询的宽带提速我还有内容需要补充：500兆每月加30元，次月1日生效。",
      "@3 不客气，祝您生活愉快，再见！"])

# ---------------------------------------------------------------- caller_fast (158 -> 88)
play("caller_fast", "h26_competent", 88, 100, True, False, 1,
     "competent; IME slip (typo 明白->名白) in 2.3; read-back, ticket, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心15号专员，请问有什么可以帮您？",
      "@3 非常抱歉，我不太名白您的意思，请您说慢一点儿好吗？",
      "@4 好的先生，跟您确认一下：把158元的套餐改成88元的，同时取消副卡，下个月1号生效，对吗？",
      "@5 /ticket 业务=套餐变更、取消副卡 内容=原158元套餐改为88元套餐，取消副卡，下月1日生效",
      "@3 已经给您办好了，感谢您的来电，再见！"])
play("caller_fast", "h26_reversed", 80, 92, True, False, 0,
     "wrong amount in the ticket: change written the wrong way round (原88元改为158元), no valid record",
     ["@2 /answer",
      "@3 您好，我是客服中心15号专员，请问有什么可以帮您？",
      "@3 非常抱歉，我不太明白您的意思，请您说慢一点好吗？",
      "@4 好的，跟您确认一下，158元套餐改成88元的，副卡取消，下个月1号生效，对吧？",
      "@5 /ticket 业务=套餐变更 内容=原88元套餐改为158元套餐，取消副卡，下月1日生效",
      "@3 感谢您的来电，再见！"])
play("caller_fast", "h26_snapped", 68, 88, True, False, 0,
     "impatient reply to the fast caller (你说这么快谁听得清) before 2.3 on the second try: slow half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心15号专员，请问有什么可以帮您？",
      "@3 你说这么快谁听得清啊？",
      "/listen",
      "@3 非常抱歉，我没太明白您的意思，请您说慢一点好吗？",
      "@4 跟您确认一下：158元套餐改成88元的，副卡取消，下个月1号生效，对吗？",
      "@5 /ticket 业务=套餐变更、取消副卡 内容=158元套餐改为88元套餐，取消副卡，下月1日生效",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- caller_quiet
play("caller_quiet", "h26_competent", 88, 100, True, False, 1,
     "competent; traditional(s2t); 2.2 three steps, pause, hang up",
     ["@2 /answer",
      "@3 您好，我是客服中心20号话务员，请问有什么可以帮您？",
      "@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？",
      "@3 非常抱歉，我还是没听清，麻烦您再大声一点重复一遍好吗？",
      "@3 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？",
      "@3 /hangup"], trad=True)
play("caller_quiet", "h26_hung_up_early", 60, 75, True, False, 0,
     "hangs up after the repeat without asking to change phones (2.2 last step and the pause missing)",
     ["@2 /answer",
      "@3 您好，我是客服中心20号话务员，请问有什么可以帮您？",
      "@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？",
      "@3 非常抱歉，还是听不清，麻烦您再大声一点重复一遍好吗？",
      "@3 /hangup"])
play("caller_quiet", "h26_insult", 0, 59, False, True, 0,
     "insult: 脑子有问题 at the caller -> fails the call",
     ["@2 /answer",
      "@3 您好，我是客服中心20号话务员，请问有什么可以帮您？",
      "@3 你是不是脑子有问题，说话大点声会死啊？",
      "@2 /hangup"])

# ---------------------------------------------------------------- correction (extra 15 -> 35GB)
play("correction", "h26_competent", 88, 100, True, False, 1,
     "competent; terse; old figure from kb, then 2.14 with 35GB, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心21号专员，请问有什么可以帮您？",
      "@4 您好，59元套餐每月有国内通用流量20GB，另外还有200分钟国内通话。",
      "@4 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有通用流量20GB，再加定向流量15GB，一共35GB。",
      "@3 不客气，感谢您的来电，再见！"])
play("correction", "h26_argues", 35, 55, False, False, 0,
     "arguing with the caller: insists on the old figure, never corrects (2.14 missed), caller leaves",
     ["@2 /answer",
      "@3 您好，我是客服中心21号专员，请问有什么可以帮您？",
      "@4 59元套餐每月有国内通用流量20GB，通话200分钟。",
      "@4 不会的，我们系统里写的就是20GB，网上那个可能写错了。",
      "/listen",
      "@3 以我们系统为准，就是20GB。"])
play("correction", "h26_rude_tail", 70, 90, True, False, 0,
     "rude_tail on 2.14 (这网上不都写着吗, rhetorical): step half, then the figure again cleanly; courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心21号专员，请问有什么可以帮您？",
      "@4 59元套餐每月有国内通用流量20GB，通话200分钟。",
      "@4 非常抱歉，刚才我的解释有些欠缺，应该是35GB，这网上不都写着吗？",
      "/listen",
      "@3 以更新后的为准：20GB通用流量加15GB定向流量，一共35GB。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- crisis_authority (有机二段, 抖音)
play("crisis_authority", "h26_competent", 85, 100, True, False, 1,
     "competent; 2.12, plan within the grant (full refund + 200 coupon), ticket, escalate 专项处理部, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心05号专员，请问有什么可以帮您？",
      "@4 女士，您的心情我非常理解，给宝宝买的奶粉出这种问题换谁都着急，为了更有效地帮助您，请问是哪一笔订单呢？",
      "@4 非常抱歉，我在权限内可以为您办理全额退款，另外补偿您200元优惠券，过期的奶粉我们安排上门取回，您看可以吗？",
      "@4 /ticket 事件=有机二段奶粉过期两个月，宝宝已喝两次，今天一直腹泻 联系电话=18985199876 曝光风险=客户称将发抖音并找电视台 已办理=全额退款、200元优惠券、上门取回",
      "@3 /escalate 专项处理部",
      "@3 女士，宝宝的情况我已经升级给专项处理部，他们会尽快联系您，请您先带宝宝去医院看一下。",
      "@3 请您保重，感谢您的来电，再见！"])
play("crisis_authority", "h26_wrong_desk", 0, 59, False, True, 0,
     "wrong desk: high-risk event (infant harmed, media threat) escalated to 值班长 not 专项处理部; rubric 一票否决, 2.4 risk escalation; borderline auto_failed",
     ["@2 /answer",
      "@3 您好，我是客服中心05号专员，请问有什么可以帮您？",
      "@4 女士，您的心情我非常理解，为了更有效地帮助您，请问是哪一笔订单？",
      "@4 非常抱歉，我在权限内为您办理全额退款，并补偿您200元优惠券，过期商品我们安排上门取回，您看可以吗？",
      "@4 /ticket 事件=奶粉过期，宝宝喝后腹泻 联系电话=18985199876 曝光风险=抖音、电视台",
      "@3 /escalate 值班长",
      "@3 女士，我已经把您的情况报给值班长了，会尽快处理。",
      "@3 感谢您的来电，再见！"])
play("crisis_authority", "h26_overpromise", 62, 80, True, False, 0,
     "promise beyond authority: 2000 yuan cash in exchange for not posting (grant: refund + <=200 coupon)",
     ["@2 /answer",
      "@3 您好，我是客服中心05号专员，请问有什么可以帮您？",
      "@4 女士，您的心情我非常理解，为了更有效地帮助您，请问是哪一笔订单？",
      "@4 非常抱歉，我给您赔偿2000元现金，您就别发视频了好吗？",
      "@4 /ticket 事件=奶粉过期两个月，宝宝喝后腹泻 联系电话=18985199876 曝光风险=客户称将发抖音",
      "@3 /escalate 专项处理部",
      "@3 宝宝的情况我已经升级给专项处理部，他们会尽快联系您，请先带宝宝去医院。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- crisis_selfharm (十二万, 花果园二期C区楼顶)
play("crisis_selfharm", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.12, safety, ticket with place and number, escalate 危机干预组 inside a minute, hand-over",
     ["@2 /answer",
      "@3 您好，我是客服中心11号专员，请问有什么可以帮您？",
      "@4 您的心情我非常理解，这么大一笔钱被骗了换谁都难受，为了更有效地帮助您，请问您现在在哪里？",
      "@4 您千万别做傻事，先从楼顶下来，到安全的地方好吗？我一直在电话这边陪着您。",
      "@5 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生",
      "@3 /escalate 危机干预组",
      "@3 会的，危机干预组的同事马上就联系您，您先下楼到安全的地方，电话别挂，我一直陪着您。"])
play("crisis_selfharm", "h26_no_escalation", 0, 59, False, True, 0,
     "missed escalation: self-harm caller comforted and recorded but never escalated (2.4)",
     ["@2 /answer",
      "@3 您好，我是客服中心11号专员，请问有什么可以帮您？",
      "@4 您的心情我非常理解，为了更有效地帮助您，请问您现在在哪里？",
      "@4 您先别做傻事，从楼顶下来到安全的地方好吗？",
      "@5 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被骗十二万，情绪低落",
      "@4 您别着急，您的情况我已经记下来了，后面会有同事跟进的。"])
play("crisis_selfharm", "h26_blame", 68, 90, True, False, 0,
     "blame (指责): 谁让您自己相信骗子呢 between the steps; calm half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心11号专员，请问有什么可以帮您？",
      "@4 您的心情我非常理解，为了更有效地帮助您，请问您现在在哪里？",
      "@4 您千万别做傻事，先从楼顶下来到安全的地方，好吗？",
      "@4 谁让您自己相信骗子的呢，以后可要长点心。",
      "@4 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被诈骗十二万，扬言轻生",
      "@3 /escalate 危机干预组",
      "@3 会的，危机干预组的同事马上联系您，您先到安全的地方，别挂电话。"])

# ---------------------------------------------------------------- customer_types (k = 2: 犹豫型)
play("customer_types", "h26_competent", 88, 100, True, False, 1,
     "competent; identifies 犹豫型, 2.12 and a clear recommendation (换货) with the policy facts, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心30号专员，请问有什么可以帮您？",
      "@3 #2",
      "@4 您的心情我非常理解，为了更有效地帮助您，请问手机除了划痕还能正常使用吗？如果能用，我建议您直接换货，比退货省心：提交申请后次日上门取件，收到后3个工作日内给您发新机，运费由商家承担。",
      "@3 好的，不客气，感谢您的来电，再见！"])
play("customer_types", "h26_wrong_type", 66, 80, True, False, 0,
     "misjudged the customer type (急躁型 for the hesitant caller); the rest competent",
     ["@2 /answer",
      "@3 您好，我是客服中心30号专员，请问有什么可以帮您？",
      "@3 #1",
      "@4 您的心情我非常理解，为了更有效地帮助您，请问手机还能正常使用吗？我建议您选择换货，次日上门取件，3个工作日内发新机，运费商家承担。",
      "@3 感谢您的来电，再见！"])
play("customer_types", "h26_leaves_choice", 75, 90, True, False, 0,
     "推诿 the decision: lists 退货/换货 and leaves the hesitant caller to choose, twice (approach mostly lost)",
     ["@2 /answer",
      "@3 您好，我是客服中心30号专员，请问有什么可以帮您？",
      "@3 #2",
      "@4 您的心情我非常理解，为了更有效地帮助您，请问您想退货还是换货呢？质量问题7天内退货换货都可以的。",
      "@4 退货换货都行，看您自己决定就好。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- dialect_caller (电视)
play("dialect_caller", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.20, then 2.18(1) and transfer to 粤语坐席",
     ["@2 /answer",
      "@3 您好，我是客服中心17号话务员，请问有什么可以帮您？",
      "@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！",
      "@3 好的先生，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？",
      "@2 /transfer 粤语坐席"])
play("dialect_caller", "h26_wrong_desk", 70, 85, True, False, 0,
     "wrong desk transfer (英语坐席), caller comes back, then 粤语坐席: transfer half",
     ["@2 /answer",
      "@3 您好，我是客服中心17号话务员，请问有什么可以帮您？",
      "@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！",
      "@3 请稍等，正在为您转接，请不要挂机，好吗？",
      "@2 /transfer 英语坐席",
      "@3 非常抱歉，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？",
      "@2 /transfer 粤语坐席"])
play("dialect_caller", "h26_brushed_off", 30, 50, False, False, 0,
     "推诿 and hangs up: tells the Cantonese caller to call back with someone who speaks Mandarin, no transfer",
     ["@2 /answer",
      "@3 您好，我是客服中心17号话务员，请问有什么可以帮您？",
      "@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！",
      "@3 不好意思，我听不懂粤语，您找个会说普通话的人再打过来吧。",
      "@2 /hangup"])

# ---------------------------------------------------------------- english_caller (Room 802, Building 2, Jinyang New Town; this afternoon)
play("english_caller", "h26_competent", 88, 100, True, False, 1,
     "competent; switches to English, asks the address, ticket, engineer this afternoon, English goodbye",
     ["@2 /answer",
      "@3 您好，我是客服中心22号专员，请问有什么可以帮您？",
      "@4 Hello, yes, I speak English. I'm sorry to hear that. Could you tell me your address, please?",
      "@6 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Internet down since this morning",
      "@4 Thank you. I've booked an engineer to visit you this afternoon to fix it.",
      "@3 You're welcome. Thank you for calling. Goodbye!"])
play("english_caller", "h26_wrong_address", 78, 92, True, False, 0,
     "wrong number in the ticket: Room 820 for Room 802",
     ["@2 /answer",
      "@3 您好，我是客服中心22号专员，请问有什么可以帮您？",
      "@4 Hello, I can help you in English. What is your address, please?",
      "@6 /ticket address=Room 820, Building 2, Jinyang New Town 故障=Internet down",
      "@4 Thank you. An engineer will come to repair it this afternoon.",
      "@3 You're welcome. Thank you for calling. Goodbye!"])
play("english_caller", "h26_chinese_bye", 70, 85, True, False, 0,
     "no English closing: ends the English call with a Chinese 结束语 the caller cannot follow",
     ["@2 /answer",
      "@3 您好，我是客服中心22号专员，请问有什么可以帮您？",
      "@4 Hello, yes. Sorry for the trouble. Could you tell me your address?",
      "@6 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Internet down",
      "@4 OK. An engineer will come this afternoon to fix it.",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- explain_again (吴, 二十三块)
play("explain_again", "h26_competent", 88, 100, True, False, 1,
     "competent; traditional(s2t); explains both fees, 2.6, the data usage, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心14号话务员，请问有什么可以帮您？",
      "@5 吴阿姨，月功能费8块是来电显示5块加彩铃3块，每个月固定收的；套餐外流量费23块，是您套餐里的流量用完以后，超出的部分按用量收的钱。",
      "@4 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？",
      "@5 阿姨，这个流量主要是手机上用微信视频通话、看微信视频号用掉的，套餐里的1GB用完了，多出来的就收了流量费。",
      "@3 不客气阿姨，感谢您的来电，再见！"], trad=True)
play("explain_again", "h26_impatient_26", 72, 90, True, False, 0,
     "rude_tail on 2.6 (刚才都说得很清楚了呀, impatience): step half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心14号话务员，请问有什么可以帮您？",
      "@5 阿姨，月功能费是来电显示5块加彩铃3块；套餐外流量费是套餐流量用完以后超出部分收的钱。",
      "@4 阿姨，还有哪里不清楚吗？需要我再给您解释一遍吗？刚才都说得很清楚了呀。",
      "/listen",
      "@4 好的阿姨，我慢点说：功能费就是来电显示和彩铃，流量费是流量用超了收的。",
      "@5 阿姨，流量主要是手机上微信视频通话和看微信视频号用掉的。",
      "@3 感谢您的来电，再见！"])
play("explain_again", "h26_no_opening", 80, 92, True, False, 0,
     "no opening: answers with a bare 喂，您好 (no who, no offer of help); the rest competent",
     ["@2 /answer",
      "@3 喂，您好。",
      "@5 阿姨，月功能费8块是来电显示5块和彩铃3块；套餐外流量费23块是套餐流量用完后超出部分的费用。",
      "@4 阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？",
      "@5 阿姨，这流量是手机上微信视频通话、看微信视频号用的。",
      "@3 不客气，感谢您的来电，再见！"])

# ---------------------------------------------------------------- hard_to_reach (明年1月15日)
play("hard_to_reach", "h26_competent", 88, 100, True, False, 1,
     "competent; IME slip 核实->合实 (typo 核实->合实); 2.15, 1.2 around the hold, due date, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心08号专员，请问有什么可以帮您？",
      "@4 非常抱歉！最近咨询量增加太多，系统比较繁忙，技术部门正在想办法解决，给您造成的不便我们深表歉意！",
      "@3 先生，请您稍等，我帮您合实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，您的宽带是100M包年，到期日是明年1月15日，到期前一个月会短信提醒您续费。",
      "@3 不客气，感谢您的来电，再见！"])
play("hard_to_reach", "h26_tuiwei", 70, 90, True, False, 0,
     "推诿 first (打的人多我们也控制不了), 2.15 only after the nudge: apology half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心08号专员，请问有什么可以帮您？",
      "@4 打电话的人太多了，这个我们也控制不了。",
      "/listen",
      "@3 非常抱歉！由于咨询量大量增加，系统繁忙，技术部门正在研究解决，给您造成的不便我们深表歉意！",
      "@3 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，您的宽带到期日是明年1月15日，100M包年。",
      "@3 感谢您的来电，再见！"])
play("hard_to_reach", "h26_long_hold", 75, 90, True, False, 0,
     "a long silent hold: 75 s on hold without coming back (hold item lost)",
     ["@2 /answer",
      "@3 您好，我是客服中心08号专员，请问有什么可以帮您？",
      "@4 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便我们深表歉意！",
      "@3 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@75 /unhold",
      "@2 感谢您的耐心等待，您的宽带到期日是明年1月15日。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- info_record (杨丽华, 13967395191, 云岩区中华北路108号3单元502室, 燃气管道接头漏气，已关总阀)
play("info_record", "h26_competent", 88, 100, True, False, 1,
     "competent; reads the number back, ticket at ~70 字/分, closing",
     ["@2 /answer",
      "@3 您好，燃气服务热线，我是07号受理专员，请问有什么可以帮您？",
      "@4 好的，跟您核对一下电话：13967395191，对吗？",
      "@45 ~70cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
      "@3 好的，我们会尽快安排师傅上门，请您保持通风，感谢您的来电，再见！"])
play("info_record", "h26_wrong_house_no", 65, 80, True, False, 0,
     "wrong number inside the address: 180号 for 108号 (no valid record, 3.1 1.3.2)",
     ["@2 /answer",
      "@3 您好，燃气服务热线，我是07号受理专员，请问有什么可以帮您？",
      "@4 跟您核对一下电话：13967395191，对吗？",
      "@45 ~70cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路180号3单元502室 problem=燃气管道接头漏气，已关总阀",
      "@3 好的，我们尽快安排师傅上门，感谢您的来电，再见！"])
play("info_record", "h26_brusque_end", 72, 88, True, False, 0,
     "dismissive ending instead of 1.4 (知道了知道了，催什么催): closing lost, courtesy",
     ["@2 /answer",
      "@3 您好，燃气服务热线，我是07号受理专员，请问有什么可以帮您？",
      "@4 跟您核对一下电话：13967395191，对吗？",
      "@45 ~70cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
      "@3 知道了知道了，催什么催，等着就行。"])

# ---------------------------------------------------------------- leader_phone (刘总, 十天)
play("leader_phone", "h26_competent", 88, 100, True, False, 1,
     "competent; chatty; 2.7(1) and 2.7(2) in own words, no number, ticket on the install delay, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心19号客户代表，请问有什么可以帮您？",
      "@4 先生，等了十天确实太让人着急了。作为客户代表，我的职责就是帮您解决问题，请您相信我，我一定尽力帮您把装机的事解决好。",
      "@4 非常抱歉，您要的领导电话超出了我们的服务范围，我这边没办法提供，请您通过其他方式查询，好吗？",
      "@4 先生，我看到您的装机单已经超过承诺时限，还在等装维部门派单，我马上给您加急催办。",
      "@5 /ticket 内容=宽带新装受理十天未上门，已超承诺时限，客户工作日全天在家，要求尽快安装 处理=加急催办装维部门派单并回复客户",
      "@3 请您放心，有进展我们第一时间联系您。感谢您的来电，再见！"])
play("leader_phone", "h26_flat_no", 66, 85, True, False, 0,
     "dismissive: 说了不能给就是不能给 in place of 2.7(2) (impatience), the rest competent",
     ["@2 /answer",
      "@3 您好，我是客服中心19号客户代表，请问有什么可以帮您？",
      "@4 作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮助您解决的。",
      "@4 说了不能给就是不能给。",
      "@4 装机单我看到了，已经超时了，我给您催一下。",
      "@5 /ticket 内容=宽带装机延误十天未上门，客户要求催办 处理=催装维部门派单",
      "@3 感谢您的来电，再见！"])
play("leader_phone", "h26_wrong_content", 78, 90, True, False, 0,
     "ticket content wrong: records the leader's-number request, not the install delay (3.1 1.3.2)",
     ["@2 /answer",
      "@3 您好，我是客服中心19号客户代表，请问有什么可以帮您？",
      "@4 作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮助您解决的。",
      "@4 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？",
      "@5 /ticket 内容=客户要求提供刘总手机号 处理=已按规定拒绝",
      "@3 好的先生，已经给您记好了，感谢您的来电，再见！"])

# ---------------------------------------------------------------- long_wait (半个小时, 商场里)
play("long_wait", "h26_competent", 88, 100, True, False, 1,
     "competent; terse; 2.16, loss ticket at once, 补卡 from the kb, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心23号专员，请问有什么可以帮您？",
      "@3 非常抱歉，让您久等了！",
      "@5 /ticket 业务=停机挂失 内容=机主手机在商场里丢失，立即停机挂失",
      "@4 已经给您停机挂失了，马上生效。补卡需要机主本人带身份证到任一营业厅办理，号码不变，工本费10元。",
      "@3 不客气，感谢您的来电，再见！"])
play("long_wait", "h26_no_apology", 66, 80, True, False, 0,
     "missed step: never apologises for the long wait (2.16), straight to business twice",
     ["@2 /answer",
      "@3 您好，我是客服中心23号专员，请问有什么可以帮您？",
      "@3 请问您要办理什么业务？",
      "/listen",
      "@3 您说一下具体什么事吧。",
      "@5 /ticket 业务=停机挂失 内容=手机在商场丢失，停机挂失",
      "@4 已经停机挂失了。补卡需要机主本人带身份证去营业厅办理。",
      "@3 感谢您的来电，再见！"])
play("long_wait", "h26_lookitup_tail", 78, 92, True, False, 0,
     "rude_tail on the 补卡 answer (这个网上都查得到的, look-it-up-yourself): reissue half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心23号专员，请问有什么可以帮您？",
      "@3 非常抱歉，让您久等了！",
      "@5 /ticket 业务=停机挂失 内容=手机在商场里丢失，立即停机挂失",
      "@4 带身份证去营业厅补就行，这个网上都查得到的。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- no_contact (15961463655, 世纪城)
play("no_contact", "h26_competent", 88, 100, True, False, 1,
     "competent; traditional(s2t); asks for a number, 2.11, ticket, promise to reply, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心16号专员，请问有什么可以帮您？",
      "@4 非常抱歉影响您休息了，我先把情况记录下来，方便留一个联系电话吗？处理后好回复您。",
      "@4 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们也就无法为您处理了。",
      "@5 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音扰民",
      "@3 已经记好了，我们处理后会第一时间给您回复。",
      "@3 请您放心，感谢您的来电，再见！"], trad=True)
play("no_contact", "h26_wrong_phone", 70, 85, True, False, 0,
     "wrong number in the ticket: 15961463565 (two digits swapped)",
     ["@2 /answer",
      "@3 您好，我是客服中心16号专员，请问有什么可以帮您？",
      "@4 非常抱歉给您带来困扰，方便留一个联系电话吗？",
      "@4 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。",
      "@5 /ticket 联系电话=15961463565 内容=世纪城门口通信机柜风扇噪音扰民",
      "@3 记好了，我们处理后会第一时间给您回复。",
      "@3 感谢您的来电，再见！"])
play("no_contact", "h26_dismissive", 68, 88, True, False, 0,
     "dismissive first (不留电话那我们也没办法，您自己看着办吧), 2.11 after the nudge: half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心16号专员，请问有什么可以帮您？",
      "@4 好的，方便留一个联系电话吗？",
      "@4 不留电话那我们也没办法，您自己看着办吧。",
      "/listen",
      "@3 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。",
      "@5 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇噪音扰民",
      "@3 我们处理后会第一时间给您回复。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- no_knowledge (我爸爸, 15167395191)
play("no_knowledge", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.19 without a guess, ticket with the number, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心10号专员，请问有什么可以帮您？",
      "@4 非常抱歉，副卡能不能享受这个老年人优惠，我们这边暂时没有详细资料，需要进一步核实，我们会在24小时内和您联系，好吗？",
      "@5 /ticket 联系电话=15167395191 内容=咨询父亲使用的副卡能否享受60岁以上老年人话费优惠，知识库无说明，核实后24小时内回复",
      "@3 好的，请您保持电话畅通，感谢您的来电，再见！"])
play("no_knowledge", "h26_guess", 76, 90, True, False, 0,
     "a guess beyond the kb (可以享受的), 2.19 only after 你确定: item half",
     ["@2 /answer",
      "@3 您好，我是客服中心10号专员，请问有什么可以帮您？",
      "@4 可以享受的，只要老人满60岁就行。",
      "@4 非常抱歉，这个我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？",
      "@5 /ticket 联系电话=15167395191 内容=副卡能否享受老年人优惠，待核实",
      "@3 感谢您的来电，再见！"])
play("no_knowledge", "h26_no_closing", 76, 90, True, False, 0,
     "no closing: hangs up after 好，那我等你们电话 without 1.4",
     ["@2 /answer",
      "@3 您好，我是客服中心10号专员，请问有什么可以帮您？",
      "@4 非常抱歉，您所反映的问题我们暂时无详细资料，需进一步核实，我们会在24小时内与您联系，好吗？",
      "@5 /ticket 联系电话=15167395191 内容=咨询副卡能否享受老年人优惠",
      "@3 /hangup"])

# ---------------------------------------------------------------- not_heard (YT1177966493, 遵义分拨中心)
play("not_heard", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.5, ticket with the number, 1.2 around the hold, where and when, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心13号专员，请问有什么可以帮您？",
      "@3 非常抱歉，我没听清您报的单号，您再重复一遍好吗？",
      "@5 /ticket 单号=YT1177966493 note=三天未更新",
      "@3 请您稍等，我帮您核实一下快递现在在哪儿好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，您的包裹现在滞留在遵义分拨中心，因为分拣积压三天没更新，明天就给您派送。",
      "@3 不客气，感谢您的来电，再见！"])
play("not_heard", "h26_wrong_number", 76, 90, True, False, 0,
     "wrong number in the ticket: YT1177966439 (last two digits swapped)",
     ["@2 /answer",
      "@3 您好，我是客服中心13号专员，请问有什么可以帮您？",
      "@3 非常抱歉，我没听清您的讲话，您再重复一遍好吗？",
      "@5 /ticket 单号=YT1177966439",
      "@3 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，包裹滞留在遵义分拨中心，明天派送。",
      "@3 感谢您的来电，再见！"])
play("not_heard", "h26_rude_bye", 72, 90, True, False, 0,
     "rude_tail on the closing (没事别老打过来催): 1.4 not as prescribed, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心13号专员，请问有什么可以帮您？",
      "@3 非常抱歉，我没听清您报的单号，您再重复一遍好吗？",
      "@5 /ticket 单号=YT1177966493",
      "@3 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，包裹滞留在遵义分拨中心，明天派送。",
      "@3 感谢您的来电，再见！没事别老打过来催。"])

# ---------------------------------------------------------------- off_topic (彩票)
play("off_topic", "h26_competent", 88, 100, True, False, 1,
     "competent; terse; special 5: asks once, ends with its 结束语, hangs up, no chat",
     ["@2 /answer",
      "@3 您好，我是客服中心02号话务员，请问有什么可以帮您？",
      "@3 先生，请问您有业务需要咨询吗？",
      "@3 如果没有业务需要咨询，谢谢您，再见！",
      "@3 /hangup"])
play("off_topic", "h26_chats", 80, 92, True, False, 0,
     "chats along (哈哈, 我也不买彩票) before asking: focus lost",
     ["@2 /answer",
      "@3 您好，我是客服中心02号话务员，请问有什么可以帮您？",
      "@3 哈哈，这个我也不知道，我平时也不买彩票。请问您有业务需要咨询吗？",
      "@3 如果没有业务需要咨询，谢谢您，再见！",
      "@3 /hangup"])
play("off_topic", "h26_rude_end", 58, 80, True, False, 0,
     "rude_tail on the special-5 ending (以后别拿热线闲聊了): ending not as prescribed, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心02号话务员，请问有什么可以帮您？",
      "@3 请问您有业务需要咨询吗？",
      "@3 如果没有业务需要咨询，再见！以后别拿热线闲聊了。",
      "@3 /hangup"])

# ---------------------------------------------------------------- praised (27号)
play("praised", "h26_competent", 88, 100, True, False, 1,
     "competent; traditional(s2t); 2.8 modestly, the catch-up method from the kb, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心31号话务员，请问有什么可以帮您？",
      "@3 不客气，这是我们应该做的，您的表扬我一定转达给27号同事。",
      "@4 您可以按遥控器上的“回看”键，选日期和频道；或者进节目单，选昨天的节目按确认键，7天内的节目都能回看。",
      "@3 不客气，祝您生活愉快，再见！"], trad=True)
play("praised", "h26_boasts", 60, 75, True, False, 0,
     "boasting instead of 2.8 (那当然，我们的服务一直是最好的): praised item lost",
     ["@2 /answer",
      "@3 您好，我是客服中心31号话务员，请问有什么可以帮您？",
      "@3 哈哈那当然，我们的服务一直都是最好的！",
      "@4 您按遥控器上的“回看”键选日期和频道就行，或者进节目单选昨天的节目按确认键。",
      "@3 感谢您的来电，再见！"])
play("praised", "h26_bare_bye", 78, 90, True, False, 0,
     "no closing: a bare 嗯嗯，拜拜 in place of 1.4",
     ["@2 /answer",
      "@3 您好，我是客服中心31号话务员，请问有什么可以帮您？",
      "@3 不客气，这是我们应该做的。",
      "@4 您按遥控器上的“回看”键选日期和频道，或者进节目单选昨天的节目按确认键就行。",
      "@3 嗯嗯，拜拜。"])

# ---------------------------------------------------------------- repeat_complaint (罗, 15867395191)
play("repeat_complaint", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.13 in own words, ticket with the number, escalate 投诉处理组, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心25号专员，请问有什么可以帮您？",
      "@4 罗女士，非常抱歉！您反映的问题我们正在紧张地处理，因为牵涉几个部门的协调，所以时间拖得比较长，我们会在问题解决后的第一时间和您联系。",
      "@5 /ticket 联系电话=15867395191 内容=光猫红灯一直亮上不了网，报修二十天未上门，第四次来电催办，客户称将投诉12315",
      "@3 /escalate 投诉处理组",
      "@3 罗女士，您的工单已经升级到投诉处理组专门跟进，他们会第一时间联系您。",
      "@3 给您添麻烦了，感谢您的来电，再见！"])
play("repeat_complaint", "h26_dare", 0, 59, False, True, 0,
     "retaliation: 有本事你就去打12315 at the caller -> fails the call",
     ["@2 /answer",
      "@3 您好，我是客服中心25号专员，请问有什么可以帮您？",
      "@4 非常抱歉！您反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。",
      "@4 有本事你就去打12315，我们也不怕。",
      "@2 /hangup"])
play("repeat_complaint", "h26_apology_no_promise", 66, 80, True, False, 0,
     "2.13 missing a part: apology and reason but no promise to contact, twice (apology item lost)",
     ["@2 /answer",
      "@3 您好，我是客服中心25号专员，请问有什么可以帮您？",
      "@4 非常抱歉，您的问题我们正在处理，因为牵扯几个部门的协调，所以时间比较长。",
      "/listen",
      "@3 真的很抱歉，这个需要几个部门一起协调，所以慢了一些。",
      "@5 /ticket 联系电话=15867395191 内容=光猫红灯上不了网，报修二十天未上门，第四次催办",
      "@3 /escalate 投诉处理组",
      "@3 您的工单已经升级到投诉处理组跟进。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- sales_call (household 2: 300兆 + IPTV, 99元)
play("sales_call", "h26_competent", 88, 100, True, False, 1,
     "competent; chatty; intro, asks the household's use, recommends B, answers the price, order ticket, closing",
     ["@2 /answer",
      "@3 您好，我是宽带客服中心09号业务专员，您家的宽带下个月就到期了，今天给您打电话介绍一下续约方案。",
      "@4 好的，先了解一下，您家平时几口人用网？主要用来做什么呢？",
      "@4 根据您家的情况，我推荐您办B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。",
      "@4 理解您的顾虑，不过现在续约一年送一个月，还多了电视，折合下来每天3块钱左右，比单独办划算多了。",
      "@5 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=下月合约到期后",
      "@3 好的，感谢您的支持，祝您生活愉快，再见！"])
play("sales_call", "h26_no_needs", 70, 85, True, False, 0,
     "missed step: pitches without asking about the household's use (3.1 2.2.1)",
     ["@2 /answer",
      "@3 您好，我是宽带客服中心09号业务专员，您家的宽带下个月到期，给您介绍一下续约方案。",
      "@4 我们有三个方案，100兆59元、300兆加IPTV电视99元、1000兆199元。",
      "@4 我推荐您办B方案，300兆加IPTV电视，每月99元。",
      "@4 续约一年送一个月，折合下来很划算的。",
      "@5 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元",
      "@3 感谢您的支持，再见！"])
play("sales_call", "h26_argues_price", 60, 75, True, False, 0,
     "arguing with the caller on price (嫌贵我也没办法): objection lost, no sale so no order, courtesy",
     ["@2 /answer",
      "@3 您好，我是宽带客服中心09号业务专员，您家的宽带下个月到期，给您介绍一下续约方案。",
      "@4 请问您家平时几口人用网，主要用来干什么呢？",
      "@4 那我推荐您办B方案：300兆宽带加IPTV电视，每月99元。",
      "@4 四十九那是老价格了，现在都是这个价，嫌贵我也没办法。",
      "@3 好的，那您再考虑一下，祝您生活愉快，再见！"])

# ---------------------------------------------------------------- silent_line
play("silent_line", "h26_competent", 88, 100, True, False, 1,
     "competent; traditional(s2t); 1.3 in three messages, hang up inside a minute",
     ["@2 /answer",
      "@3 您好，我是客服中心04号话务员，请问有什么可以帮您？",
      "@3 您好，请讲。",
      "@3 您好，请讲。",
      "@3 非常抱歉，听不见您的声音，无法为您服务，再见！",
      "@2 /hangup"], trad=True)
play("silent_line", "h26_one_prompt", 30, 50, False, False, 0,
     "closes after one 您好，请讲 (1.3 wants it twice): prompts, close and protocol short",
     ["@2 /answer",
      "@3 您好，我是客服中心04号话务员，请问有什么可以帮您？",
      "@3 您好，请讲。",
      "@3 非常抱歉，听不见您的声音，无法为您服务，再见！",
      "@2 /hangup"])
play("silent_line", "h26_no_opening", 80, 92, True, False, 0,
     "no opening: starts with 您好，请讲 at pick-up (1.1 missing), the rest by 1.3",
     ["@2 /answer",
      "@3 您好，请讲。",
      "@3 您好，请讲。",
      "@3 非常抱歉，听不见您的声音，无法为您服务，再见！",
      "@2 /hangup"])

# ---------------------------------------------------------------- survey_invite (5200 积分)
play("survey_invite", "h26_competent", 85, 100, True, False, 1,
     "competent; points and method from the desk, invites a rating without pressure, closing, transfer",
     ["@2 /answer",
      "@3 您好，我是客服中心27号专员，请问有什么可以帮您？",
      "@4 您现在可用积分是5200分，每1000积分可以换10元话费，您可以发短信JFDH到10086，或者在APP的积分商城里兑换，即时到账。",
      "@3 好的，稍后我为您转接满意度调查，麻烦您对我这次的服务做个评价，可以吗？",
      "@3 感谢您的来电，祝您生活愉快，再见！",
      "@2 /transfer 满意度调查"])
play("survey_invite", "h26_begs_5star", 66, 80, True, False, 0,
     "pressure for a good rating (给我打个五星好评, 非常满意就行): invite lost",
     ["@2 /answer",
      "@3 您好，我是客服中心27号专员，请问有什么可以帮您？",
      "@4 您现在有5200积分，每1000积分换10元话费，发短信JFDH到10086或在APP积分商城兑换就行。",
      "@3 一会儿转到满意度调查，麻烦您给我打个五星好评，选非常满意就行哦！",
      "@3 感谢您的来电，再见！",
      "@2 /transfer 满意度调查"])
play("survey_invite", "h26_wrong_desk", 76, 90, True, False, 0,
     "wrong desk transfer: invites properly, then transfers to 业务办理组",
     ["@2 /answer",
      "@3 您好，我是客服中心27号专员，请问有什么可以帮您？",
      "@4 您的可用积分是5200分，每1000积分换10元话费，可以发短信JFDH到10086或在APP积分商城兑换。",
      "@3 稍后为您转接满意度调查，请您对我的服务进行评价，好吗？",
      "@3 感谢您的来电，再见！",
      "@2 /transfer 业务办理组"])

# ---------------------------------------------------------------- too_slow (458, 3到5个工作日)
play("too_slow", "h26_competent", 88, 100, True, False, 1,
     "competent; IME slip 尽快->进快 (typo 尽快->进快); 2.17, 1.2 around the hold, status and days, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心24号专员，请问有什么可以帮您？",
      "@3 好的先生，我这就帮您查这笔458元的退款。",
      "@3 非常抱歉！现在系统比较繁忙，我会进快帮您处理，请您稍等！谢谢！",
      "@3 先生，请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，您这笔458元的退款已经审核通过，预计3到5个工作日内原路退回您的支付账户。",
      "@3 不客气，感谢您的来电，再见！"])
play("too_slow", "h26_snaps_back", 60, 78, True, False, 0,
     "impatience at the caller's complaint (我这不是在查吗，您催也没用) and 2.17 never said",
     ["@2 /answer",
      "@3 您好，我是客服中心24号专员，请问有什么可以帮您？",
      "@3 好的，我帮您查一下。",
      "@3 我这不是在查吗，您催也没用。",
      "/listen",
      "@3 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，您的458元退款已经审核通过，3到5个工作日内原路退回。",
      "@3 感谢您的来电，再见！"])
play("too_slow", "h26_no_closing", 78, 90, True, False, 0,
     "no closing: hangs up after 行吧，那我再等等",
     ["@2 /answer",
      "@3 您好，我是客服中心24号专员，请问有什么可以帮您？",
      "@3 好的，我帮您查一下这笔退款。",
      "@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！",
      "@3 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，退款已经审核通过，预计3到5个工作日内原路退回。",
      "@3 /hangup"])

# ---------------------------------------------------------------- transfer_failed (筑城物流, VPN隧道一直断开)
play("transfer_failed", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.18(1), transfer to 技术支持部, 2.18(2) after the ring-out, ticket with the fault, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心03号专员，请问有什么可以帮您？",
      "@3 好的，请稍等，正在为您转接技术支持部，请不要挂机，好吗？",
      "@2 /transfer 技术支持部",
      "/listen",
      "@3 非常抱歉，技术部现在话务正忙，暂时没能帮您转过去。您的问题我会做详细记录，稍后转给相关部门处理，您看好吗？",
      "@5 /ticket 公司=筑城物流 故障=企业专线VPN隧道一直断开 联系电话=08518812345 要求=工程师尽快回电，下午有视频会",
      "@3 好的，已经记好了，感谢您的来电，再见！"])
play("transfer_failed", "h26_silent_transfer", 76, 90, True, False, 0,
     "transfer without the 2.18(1) phrase (no 请稍等，正在为您转接，请不要挂机)",
     ["@2 /answer",
      "@3 您好，我是客服中心03号专员，请问有什么可以帮您？",
      "@3 /transfer 技术支持部",
      "/listen",
      "@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？",
      "@5 /ticket 公司=筑城物流 故障=专线VPN隧道断开 联系电话=08518812345",
      "@3 感谢您的来电，再见！"])
play("transfer_failed", "h26_call_back_later", 60, 78, True, False, 0,
     "推诿 after the failed transfer (那我也没办法，您晚点自己再打过来吧), 2.18(2) never said",
     ["@2 /answer",
      "@3 您好，我是客服中心03号专员，请问有什么可以帮您？",
      "@3 请稍等，正在为您转接，请不要挂机，好吗？",
      "@2 /transfer 技术支持部",
      "/listen",
      "@3 技术部没人接，那我也没办法，您晚点自己再打过来吧。",
      "/listen",
      "@3 那我先给您记一下。",
      "@5 /ticket 公司=筑城物流 故障=专线VPN隧道一直断开 联系电话=08518812345",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- transferred_complaint (退费 24小时)
play("transferred_complaint", "h26_competent", 88, 100, True, False, 1,
     "competent; greets with who, says the case is known (no repeat), 2.12, 1.2 around the hold, refund result, closing",
     ["@2 /answer",
      "@3 您好，我是中级坐席32号专员，您的情况同事已经跟我说了，本月视频会员费重复扣了两次，您不用再重复了，我来帮您处理。",
      "@4 您的心情我非常理解，为了更有效地帮助您，请问您现在方便稍等一下吗？",
      "@3 请您稍等，我帮您核实一下扣费情况好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，已经核实清楚了，本月视频会员费确实重复扣了25元，已经给您提交退费，24小时内退回您的话费账户。",
      "@3 给您添麻烦了，感谢您的来电，再见！"])
play("transferred_complaint", "h26_asks_repeat", 76, 90, True, False, 0,
     "asks the transferred caller to tell it all again (3.2 2.3.1): takeover lost",
     ["@2 /answer",
      "@3 您好，我是中级坐席32号专员，请问您遇到了什么问题？麻烦您再说一遍。",
      "@4 您的心情我非常理解，为了更有效地帮助您，请问您是哪天发现扣了两次的？",
      "@3 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，本月视频会员费确实重复扣了25元，已提交退费，24小时内退回话费账户。",
      "@3 感谢您的来电，再见！"])
play("transferred_complaint", "h26_argues", 66, 85, True, False, 0,
     "arguing with the caller instead of 2.12 (又不是我们故意的，您也不用这么激动): emotion lost, courtesy",
     ["@2 /answer",
      "@3 您好，我是中级坐席32号专员，您的情况我已经了解了，视频会员费重复扣了两次，不用您再说一遍。",
      "@4 扣两次是系统的问题，又不是我们故意的，您也不用这么激动。",
      "@4 请您稍等，我帮您核实一下好吗？",
      "@2 /hold",
      "@15 /unhold",
      "@2 感谢您的耐心等待，重复扣的25元已经提交退费，24小时内退回您的话费账户。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- vip_call (新加坡, wife 18695077409)
play("vip_call", "h26_competent", 88, 100, True, False, 1,
     "competent; traditional(s2t); 钱先生 in the opening, roaming and family number done, extra services, ticket, closing",
     ["@2 /answer",
      "@3 钱先生您好，我是贵宾专席07号客户代表，请问有什么可以帮您？",
      "@4 好的钱先生，已经为您开通了新加坡的国际漫游，即时生效，钻石卡免押金。请问您太太的号码是多少？",
      "@5 /ticket 业务=开通国际漫游（新加坡）、家庭套餐加副卡 副卡号码=18695077409 附加=漫游流量包每天25元不限量，出发日生效；出行短信提醒",
      "@4 钱先生，您太太的号码已经加入您的家庭套餐了。另外建议您加一个漫游流量包，每天25元不限量，可以预约出发当天生效，我再帮您设置出行短信提醒，好吗？",
      "@3 不客气，祝您出差顺利，感谢您的来电，再见！"], trad=True)
play("vip_call", "h26_no_surname", 80, 92, True, False, 0,
     "opening without the VIP's surname (系统已转来客户档案): greet item lost",
     ["@2 /answer",
      "@3 您好，我是贵宾专席07号客户代表，请问有什么可以帮您？",
      "@4 好的，已经为您开通了新加坡的国际漫游，即时生效。请问您太太的号码是多少？",
      "@5 /ticket 业务=开通国际漫游（新加坡）、家庭套餐加副卡 副卡号码=18695077409 附加=漫游流量包、出行短信提醒",
      "@4 您太太的号码已经加入家庭套餐了。另外可以给您加个漫游流量包，每天25元不限量，再设置出行短信提醒。",
      "@3 感谢您的来电，再见！"])
play("vip_call", "h26_no_extra", 76, 90, True, False, 0,
     "missed step: both services done but nothing extra offered (3.3 2.2.2)",
     ["@2 /answer",
      "@3 钱先生您好，我是贵宾专席07号客户代表，请问有什么可以帮您？",
      "@4 好的钱先生，已经为您开通了新加坡的国际漫游，即时生效。请问您太太的号码是多少？",
      "@5 /ticket 业务=开通国际漫游（新加坡）、家庭套餐加副卡 副卡号码=18695077409",
      "@4 钱先生，您太太的号码已经加入您的家庭套餐了。",
      "@3 感谢您的来电，再见！"])

# ---------------------------------------------------------------- wrong_number (said 1586163655, full 15861463655)
play("wrong_number", "h26_competent", 88, 100, True, False, 1,
     "competent; 2.10(1) read-back, 2.10(2) after she confirms, ticket with the full 11 digits, closing",
     ["@2 /answer",
      "@3 您好，我是客服中心29号专员，请问有什么可以帮您？",
      "@4 非常抱歉，跟您确认一下，您的手机号码是1586163655吗？",
      "@3 很抱歉，您报的号码好像少了一位，只有10位，请您再核对一下好吗？",
      "@5 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电",
      "@3 好的，师傅会尽快给您回电话，感谢您的来电，再见！"])
play("wrong_number", "h26_no_readback", 70, 85, True, False, 0,
     "missed step: skips the 2.10(1) read-back, goes straight to 号码有误",
     ["@2 /answer",
      "@3 您好，我是客服中心29号专员，请问有什么可以帮您？",
      "@4 很抱歉，您报的号码有误，少了一位，请您再核对一下好吗？",
      "@5 /ticket 手机号=15861463655 内容=预约上门安装路由器",
      "@3 感谢您的来电，再见！"])
play("wrong_number", "h26_condescends", 68, 88, True, False, 0,
     "condescension on 2.10(2) (自己的号码都记不住吗, no demeaning word: taboo, not insult): step half, courtesy",
     ["@2 /answer",
      "@3 您好，我是客服中心29号专员，请问有什么可以帮您？",
      "@4 跟您确认一下，您的手机号码是1586163655吗？",
      "@3 您这号码少了一位，自己的号码都记不住吗？",
      "@5 /ticket 手机号=15861463655 内容=预约上门安装路由器",
      "@3 感谢您的来电，再见！"])


def s2t(text):
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                          text=True, check=True).stdout.rstrip("\n")


def render(p):
    out = []
    for line in p["lines"]:
        if p["trad"]:
            head, _, rest = line.partition(" ") if line.startswith("@") else ("", "", line)
            if not rest.startswith("/") and not rest.startswith("#") and not rest.startswith("~"):
                rest = s2t(rest)
            line = (head + " " + rest) if head else rest
        out.append(line)
    return "\n".join(out) + "\n"


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    seen = set()
    for p in PLAYS:
        fname = "%s.%s.replies" % (p["scenario"], p["name"])
        assert fname not in seen, fname
        seen.add(fname)
        assert 0 <= p["lo"] <= p["hi"] <= 100, fname
        if p["competent"]:
            assert p["passed"] and not p["auto_failed"] and p["lo"] >= 60, fname
        if p["auto_failed"]:
            assert not p["passed"] and p["hi"] <= 59, fname
        with open(os.path.join(calls, fname), "w", encoding="utf-8") as f:
            f.write(render(p))
        note = p["note"] + ("; traditional(s2t)" if p["trad"] and "traditional" not in p["note"] else "")
        rows.append("\t".join([SPLIT, p["scenario"], fname, str(p["lo"]), str(p["hi"]),
                               "true" if p["passed"] else "false",
                               "true" if p["auto_failed"] else "false",
                               str(p["competent"]), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("%d plays" % len(PLAYS))


if __name__ == "__main__":
    main()
