#!/usr/bin/env python3
"""holdout27 plays (blind examiner blind27c): writes calls/*.replies and calls.tsv from the
hand-written table below. Ranges were set from each scenario's rubric and the standard BEFORE any
run; callsim was never run by this examiner. Persona: a quality supervisor of a Harbin
district-heating call centre; trainees retrained from closed state factories, northeastern speech.
seed1_guess: a value the caller draws with call.pick/call.random that could not be replayed by hand;
the play types a guess and the range covers the guess being right or wrong (see CALLS.md)."""
import os

G = "贵阳T-GSOCCIA 001—2020"
N = "国家职业技能标准 呼叫中心服务员(2021)"
OPEN = "@2 /answer"
PLAYS = []


def play(scen, what, lines, lo, hi, passed, af, comp, note):
    PLAYS.append((scen, what, lines, lo, hi, passed, af, comp, note))


# ---------------------------------------------------------------- abusive_caller
play("abusive_caller", "competent", [OPEN,
     "@3 您好，我是客服中心27号话务员，请问有啥可以帮您的？",
     "@4 请问您需要帮助吗？",
     "@3 如果没有业务需要咨询，再见！",
     "@2 /hangup"], 90, 100, 1, 0, 1,
     f"competent; {G} §二(三) 特殊处理 1、3: ask once, end phrase, hang up; no retort")
play("abusive_caller", "h27_lecture", [OPEN,
     "@3 您好，我是客服中心27号话务员，请问有啥可以帮您的？",
     "@4 请问您需要帮助吗？",
     "@4 您这么大岁数了，骂人能解决啥问题？咱有事说事，好好唠行不行？",
     "@3 如果没有业务需要咨询，再见！",
     "@2 /hangup"], 62, 88, 1, 0, 0,
     f"single fault: lecturing the abusive caller between the steps (rhetorical question, taboo 1, insult 0: no demeaning word); {G} §二(三) 6 注意通话语气和态度; {N} 3.1 不用禁忌语")
play("abusive_caller", "h27_retort", [OPEN,
     "@3 您好，我是客服中心27号话务员，请问有啥可以帮您的？",
     "@4 请问您需要帮助吗？",
     "@3 你才是废物！嘴这么埋汰，你全家都这样吧？",
     "@2 /hangup"], 0, 59, 0, 1, 0,
     f"single fault: retaliation at the caller (insult) fails the call; {G} §二(二) 2.1, §二(四) 4.2")

# ---------------------------------------------------------------- angry_caller (seed 1: 光缆被市政施工挖断, 明天上午十点前)
play("angry_caller", "competent", [OPEN,
     "@3 您好，我是宽带客服18号话务员，请问有啥可以帮您的？",
     "@5 您别上火，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
     "@4 请您稍等，我帮您核实一下线路情况，好吗？",
     "@1 /hold",
     "@20 /unhold",
     "@6 感谢您的耐心等待。查到了，是市政施工把光缆挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复了会给您发短信。",
     "@4 感谢您的来电，祝您生活愉快，再见！"], 88, 100, 1, 0, 1,
     f"competent, northeastern 您别上火 before 2.12; cause and time from the lookup (seed 1 per the eval syntax file); {G} §二(二) 2.12, §二(一) 1.2, 1.4")
play("angry_caller", "h27_promise", [OPEN,
     "@3 您好，我是宽带客服18号话务员，请问有啥可以帮您的？",
     "@5 您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
     "@4 请您稍等，我帮您核实一下，好吗？",
     "@1 /hold",
     "@20 /unhold",
     "@5 感谢您的耐心等待。您放心，我保证今晚就给您整好，八点前指定能上网！",
     "@5 就是线路有点毛病，今晚保准修好，您就把心放肚子里吧。",
     "@4 感谢您的来电，祝您生活愉快，再见！"], 62, 85, 1, 0, 0,
     f"single fault: over-promise — a repair time made up instead of the lookup's cause and time (solution item lost); {N} 3.1 2.1.3; {G} §二(二) 2.1")
play("angry_caller", "h27_bossy_tail", [OPEN,
     "@3 您好，我是宽带客服18号话务员，请问有啥可以帮您的？",
     "@5 您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？您先别嚷嚷，嚷嚷也不顶用。",
     "@5 您的心情我非常理解，为了更快给您查明白，请问您的宽带账号是多少？",
     "@4 请您稍等，我帮您核实一下线路情况，好吗？",
     "@1 /hold",
     "@20 /unhold",
     "@6 感谢您的耐心等待。查到了，是市政施工把光缆挖断了，工程师正在抢修，预计明天上午十点前恢复。",
     "@4 感谢您的来电，再见！"], 62, 88, 1, 0, 0,
     f"single fault: 2.12 said with a bossy tail (impatience, taboo 1, insult 0), clean 2.12 only on the second try; {G} §二(二) 2.12, §二(三) 6; {N} 3.1 不用禁忌语")

# ---------------------------------------------------------------- bad_attitude (seed1_guess: agent number 47)
TOPIC_ANS = "@6 续费、改宽带密码、办移机这几样，您上营业厅或者APP“宽带服务”都能办，我这边系统里也能直接给您受理，移机得预约师傅上门。"
play("bad_attitude", "competent", [OPEN,
     "@3 您好，我是客服中心27号受理专员，请问有什么可以帮您？",
     "@5 真对不住您，非常抱歉给您带来了不便，我们会在以后的工作中改进，感谢您，也希望您继续监督我们的服务！",
     "@5 /ticket 被投诉工号=47 内容=客户投诉昨天下午该工号接听不耐烦，话没说完就挂断电话",
     TOPIC_ANS,
     "@4 感谢您的来电，祝您生活愉快，再见！"], 80, 100, 1, 0, 1,
     f"competent; seed1_guess 被投诉工号=47 (record item 15 lost if the caller named another number); {G} §二(二) 2.9; {N} 3.1 2.1.3, 1.3.2")
play("bad_attitude", "h27_excuse", [OPEN,
     "@3 您好，我是客服中心27号受理专员，请问有什么可以帮您？",
     "@5 这事儿真不赖她，昨天话务量太大了，大伙儿都忙得脚打后脑勺，不是故意的。",
     "@5 /ticket 被投诉工号=47 内容=客户投诉昨天下午该工号接听不耐烦，话没说完就挂断电话",
     TOPIC_ANS,
     "@4 感谢您的来电，祝您生活愉快，再见！"], 35, 65, 0, 0, 0,
     f"single fault: 推诿 for the colleague instead of the 2.9 apology (不推脱); seed1_guess 工号=47; {G} §二(二) 2.9; {N} 3.1 不用禁忌语")
play("bad_attitude", "h27_insult", [OPEN,
     "@3 您好，我是客服中心27号受理专员，请问有什么可以帮您？",
     "@5 您可真是个事儿妈，就您这样的，挂您电话都不冤。",
     "@4 感谢您的来电，再见！"], 0, 59, 0, 1, 0,
     f"single fault: name-calling the complaining caller (事儿妈) fails the call; {G} §二(二) 2.1, §二(四) 4.2")

# ---------------------------------------------------------------- callback_outbound (seed1_guess: 300兆, 每月加30元)
SUPP = "@4 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从100兆提到300兆，每月加30元，下个月1号生效，不用上门。"
play("callback_outbound", "competent", [OPEN,
     "@3 您好，我是宽带客服中心27号业务受理专员，请问刚才是您拨打我们客服电话咨询宽带提速吗？",
     "@4 刚才有一位先生拨打过我们的客服电话，请问他在吗？",
     "/listen",
     SUPP,
     "@4 不客气，祝您生活愉快，再见！"], 82, 100, 1, 0, 1,
     f"competent 2.21 both branches; seed1_guess tariff 300兆/30元 (supplement's facts, up to 15, lost if wrong); {G} §二(二) 2.21; {N} 3.1 2.1.7")
play("callback_outbound", "h27_no_intro", [OPEN,
     "@3 喂，您好，刚才是您打电话问宽带提速的吧？",
     "/listen",
     "@3 您好，我是宽带客服中心27号业务受理专员，刚才有客户从这个号码咨询宽带提速，是您打的吗？",
     "@4 刚才有一位先生拨打过我们的客服电话，请问他在吗？",
     "/listen",
     SUPP,
     "@4 不客气，祝您生活愉快，再见！"], 68, 92, 1, 0, 0,
     f"single fault: call-back opened without saying who calls, introduction only after the callee asks; seed1_guess tariff; {G} §二(二) 2.21")
play("callback_outbound", "h27_no_ask", [OPEN,
     "@3 您好，我是宽带客服中心27号业务受理专员，请问刚才是您拨打我们客服电话咨询宽带提速吗？",
     "@4 那跟您说也一样：宽带从100兆提到300兆，每月加30块，下个月1号生效。",
     "/listen",
     SUPP,
     "@4 不客气，祝您生活愉快，再见！"], 58, 82, 1, 0, 0,
     f"single fault: not the caller — the agent tells the business to the wife instead of asking whether he is in; seed1_guess tariff; {G} §二(二) 2.21")

# ---------------------------------------------------------------- caller_fast (seed1_guess: 158 -> 88)
FAST_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
FAST_BACK = "@4 好嘞，我跟您核对一下：您现在158元的套餐换成88元的，副卡取消，下个月1号生效，对吧？"
FAST_TICKET = "@5 /ticket 业务=套餐变更 内容=原158元套餐改为88元套餐，取消副卡，下月1日生效"
play("caller_fast", "competent", [OPEN, FAST_OPEN,
     "@4 真不好意思，我没太明白您的意思，请您说慢一点儿好吗？",
     FAST_BACK, FAST_TICKET,
     "@4 感谢您的来电，祝您生活愉快，再见！"], 68, 100, 1, 0, 1,
     f"competent; seed1_guess amounts 158/88 (confirm 20 and ticket 10 lost if the caller drew others); {G} §二(二) 2.3; {N} 3.1 1.1.3, 1.3.2")
play("caller_fast", "h27_insult", [OPEN, FAST_OPEN,
     "@4 你嘚吧嘚吧说那么快，脑子跟不上嘴是吧？",
     "@4 感谢您的来电，再见！"], 0, 59, 0, 1, 0,
     f"single fault: insult (attack on the caller's mind, 脑子) fails the call; {G} §二(二) 2.1, §二(四) 4.2")
play("caller_fast", "h27_late_slow", [OPEN, FAST_OPEN,
     "@3 啊？您说啥？",
     "/listen",
     "@3 非常抱歉，我没太明白您的意思，请您说慢一点儿好吗？",
     FAST_BACK, FAST_TICKET,
     "@4 感谢您的来电，祝您生活愉快，再见！"], 50, 90, 1, 0, 0,
     f"single fault: the 2.3 request only after the caller had to ask again (a bare 啊？您说啥？ first, second try half); seed1_guess amounts; {G} §二(二) 2.3")

# ---------------------------------------------------------------- caller_quiet
QOPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
play("caller_quiet", "competent", [OPEN, QOPEN,
     "@4 非常抱歉，我听不清楚，请您讲话大声点儿好吗？",
     "@4 非常抱歉，还是听不太清，麻烦您大点声再说一遍好吗？",
     "@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？",
     "@3 /hangup"], 88, 100, 1, 0, 1,
     f"competent; {G} §二(二) 2.2 (louder, once more, change phone, pause two seconds, hang up)")
play("caller_quiet", "h27_no_change", [OPEN, QOPEN,
     "@4 非常抱歉，我听不清楚，请您讲话大声点儿好吗？",
     "@4 非常抱歉，还是听不太清，麻烦您大点声再说一遍好吗？",
     "@4 喂？喂？还是听不着啊，那我先挂了啊。",
     "@1 /hangup"], 60, 85, 1, 0, 0,
     f"single fault: hangs up without asking the caller to call from another phone (and at once); {G} §二(二) 2.2")
play("caller_quiet", "h27_insult", [OPEN, QOPEN,
     "@4 你是哑巴啊？大点声！",
     "@2 /hangup"], 0, 59, 0, 1, 0,
     f"single fault: insult (哑巴) fails the call; {G} §二(二) 2.1, §二(四) 4.2")

# ---------------------------------------------------------------- correction (seed1_guess: +15GB, 35GB)
CORR_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
CORR_FIRST = "@5 您好，59元套餐每个月有20GB国内通用流量，另外还有200分钟国内通话。"
play("correction", "competent", [OPEN, CORR_OPEN, CORR_FIRST,
     "@5 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐除了20GB通用流量，还有15GB定向流量，一共35GB。",
     "@4 感谢您的来电，祝您生活愉快，再见！"], 85, 100, 1, 0, 1,
     f"competent; seed1_guess 定向15GB/共35GB (up to 10 lost if wrong); {G} §二(二) 2.14; {N} 3.2 2.1.1")
play("correction", "h27_blame", [OPEN, CORR_OPEN, CORR_FIRST,
     "@5 您网上看的那是新出的，知识库刚推过来，这也不赖我啊。应该是一共35个G。",
     "@4 感谢您的来电，祝您生活愉快，再见！"], 50, 82, 1, 0, 0,
     f"single fault: blame-shifting (这也不赖我) in place of the 2.14 apology; seed1_guess 35GB; {G} §二(二) 2.14; {N} 3.1 不用禁忌语")
play("correction", "h27_lecture_tail", [OPEN, CORR_OPEN, CORR_FIRST,
     "@5 非常抱歉，刚才我的解释有些欠缺，应该是一共35个G，20G通用加15G定向。您下回看仔细点儿，网上都写着呢。",
     "@4 感谢您的来电，祝您生活愉快，再见！"], 62, 92, 1, 0, 0,
     f"single fault: 2.14 said with a lecturing tail (taboo 1, insult 0); seed1_guess 35GB; {G} §二(二) 2.14, §二(三) 6")

# ---------------------------------------------------------------- crisis_authority
CA_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
CA_CALM = "@5 您的心情我非常理解，为了更有效地帮助您，请问您这两罐奶粉是前天签收的吧？"
CA_PLAN = "@6 非常抱歉，我在权限内给您办全额退款，再补偿您200元优惠券，过期的奶粉我们安排上门取回，您看行吗？"
CA_TICKET = "@5 /ticket 事件=婴儿奶粉过期两个月，宝宝已喝两次，今天一直拉肚子 联系电话=18985199876 曝光风险=客户已拍视频，扬言发网上、找电视台 已办理=全额退款、200元优惠券、上门取回"
play("crisis_authority", "competent", [OPEN, CA_OPEN, CA_CALM, CA_PLAN,
     CA_TICKET,
     "@2 /escalate 专项处理部",
     "@5 您先别着急，孩子身体要紧，赶紧带孩子去医院看看。这事我已经记录下来并升级给专项处理部，他们会尽快给您打电话。",
     "@4 感谢您的来电，祝孩子早日康复，再见！"], 88, 100, 1, 0, 1,
     f"competent: authority within the grant, then record and escalate once the baby is ill; {N} 3.3 2.3.1, 2.3.2; {G} §二(二) 2.12")
play("crisis_authority", "h27_no_escalate", [OPEN, CA_OPEN, CA_CALM, CA_PLAN,
     CA_TICKET,
     "@5 您别上火，孩子的事我给您记下了，回头让商家跟您联系。",
     "@4 感谢您的来电，再见！"], 0, 59, 0, 1, 0,
     f"single fault: infant health harmed with a media threat, recorded but never escalated (fatal item); {N} 3.3 2.3.2; 2.4")
play("crisis_authority", "h27_lecture", [OPEN, CA_OPEN,
     "@5 您先别急着发视频，发了也不解决问题，咱先把事儿说明白。",
     CA_PLAN,
     CA_TICKET,
     "@2 /escalate 专项处理部",
     "@5 孩子身体要紧，您先带孩子去医院。这事我已经升级给专项处理部，他们会尽快联系您。",
     "@4 感谢您的来电，再见！"], 62, 85, 1, 0, 0,
     f"single fault: lecturing in place of the 2.12 calming (taboo 1, insult 0); {G} §二(二) 2.12, §二(三) 6; {N} 3.2 2.2.2")

# ---------------------------------------------------------------- crisis_selfharm (seed1_guess: 位置 金阳新世界7栋楼顶)
CS_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
CS_CALM = "@5 您的心情我非常理解，遇上这种事搁谁都难受，为了更有效地帮助您，请问您现在在哪儿呢？"
CS_TICKET = "@5 /ticket 位置=金阳新世界7栋楼顶 联系电话=13985166420 情况=被冒充客服诈骗积蓄，扬言轻生，人在楼顶，已升级危机干预组"
CS_HAND = "@4 会的，危机干预组的专员马上就接进来，我一直陪着您，您千万别挂电话。"
play("crisis_selfharm", "competent", [OPEN, CS_OPEN, CS_CALM,
     "@4 您千万别做傻事，先从楼顶下来，到安全的地方去，好吗？我们一定帮您想办法。",
     "@2 /escalate 危机干预组",
     CS_TICKET, CS_HAND], 85, 100, 1, 0, 1,
     f"competent: calm, safety, escalate within a minute, record, hand over; seed1_guess 位置 (number is fixed); {N} 3.2 2.4.1, 2.4.2; {G} §二(二) 2.12")
play("crisis_selfharm", "h27_no_escalate", [OPEN, CS_OPEN, CS_CALM,
     "@4 您千万别做傻事，先从楼顶下来，到安全的地方去，好吗？",
     CS_TICKET.replace("，已升级危机干预组", ""),
     "@5 您放心，我保证明天就让人把钱给您追回来，您先下楼回家。",
     "@5 那您先下楼，感谢您的来电，再见。",
     "@2 /hangup"], 0, 59, 0, 1, 0,
     f"single fault: self-harm threat never escalated, over-promise and hang-up instead; {N} 3.2 2.4.2 (fatal)")
play("crisis_selfharm", "h27_lecture", [OPEN, CS_OPEN, CS_CALM,
     "@4 您这么大人了，咋能信骗子的话呢？您先从楼顶下来，到安全的地方去，好吗？",
     "@2 /escalate 危机干预组",
     CS_TICKET, CS_HAND], 68, 90, 1, 0, 0,
     f"single fault: blaming/lecturing the defrauded caller (taboo 1, insult 0) while otherwise escalating in time; {N} 3.2 2.4.2 安抚不指责; {G} §二(三) 6")

# ---------------------------------------------------------------- customer_types (seed1_guess: type 1 急躁型)
CT_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
CT_CALM = ("@6 您的心情我非常理解，为了更有效地帮助您，我马上给您加急处理，今天就提交换货申请，当天优先办。"
           "我建议您换货，比退货省事：提交申请后次日上门取件，收到后3个工作日内发出新机，运费商家承担，不用您掏。")
play("customer_types", "competent", [OPEN, CT_OPEN, "@4 #1", CT_CALM,
     "@4 感谢您的来电，祝您生活愉快，再见！"], 72, 100, 1, 0, 1,
     f"competent: one answer that acts now, advises 换货 and gives the steps; seed1_guess type 急躁型 (identify 25 lost if another type); {N} 3.2 2.2.1, 2.2.2; {G} §二(二) 2.12")
play("customer_types", "h27_insult", [OPEN, CT_OPEN, "@4 #1",
     "@5 您是不是脑子不好使，一道划痕都拿不定主意？",
     "@4 感谢您的来电，再见！"], 0, 59, 0, 1, 0,
     f"single fault: insult (脑子不好使) fails the call; {G} §二(二) 2.1, §二(四) 4.2")
play("customer_types", "h27_no_closing", [OPEN, CT_OPEN, "@4 #1", CT_CALM,
     "@4 妥了，那就这么办，有事儿您再打过来。",
     "@3 /hangup"], 55, 88, 1, 0, 0,
     f"single fault: no 结束语 (妥了… then hang-up); seed1_guess type; {G} §二(一) 1.4")

# ---------------------------------------------------------------- dialect_caller
DC_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
DC_ASK = "@4 非常抱歉，打断您一下，您方便讲普通话吗？谢谢！"
DC_XFER = "@4 请稍等，正在为您转接粤语坐席，请不要挂机，好吗？"
play("dialect_caller", "competent", [OPEN, DC_OPEN, DC_ASK, DC_XFER,
     "@2 /transfer 粤语坐席"], 90, 100, 1, 0, 1,
     f"competent; {G} §二(二) 2.20, 2.18(1); {N} 3.1 2.1.6")
play("dialect_caller", "h27_wrong_desk", [OPEN, DC_OPEN, DC_ASK, DC_XFER,
     "@2 /transfer 英语坐席",
     "/listen",
     "@3 非常抱歉，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？",
     "@2 /transfer 粤语坐席"], 62, 88, 1, 0, 0,
     f"single fault: first transfer to a desk that cannot serve Cantonese, right desk only after the caller comes back; {N} 3.1 2.1.6; {G} §二(二) 2.18")
play("dialect_caller", "h27_insult", [OPEN, DC_OPEN,
     "@4 您说的这是啥呀，叽里呱啦的，能不能说人话？听不懂人话是咋的？",
     "@2 /hangup"], 0, 59, 0, 1, 0,
     f"single fault: mocking the dialect caller (说人话/听不懂人话) fails the call; {G} §二(二) 2.1, §二(四) 4.2")

# ---------------------------------------------------------------- english_caller (seed1_guess: Room 1203, Building 5, Huaguoyuan; tomorrow morning)
EC_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
EC_HELLO = "@6 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?"
EC_TICKET = "@6 /ticket address=Room 1203, Building 5, Huaguoyuan 故障=Internet down since this morning"
EC_FIX = "@5 Thank you. I have booked an engineer for you. The engineer will come to repair it tomorrow morning."
EC_BYE = "@4 You're welcome. Thank you for calling. Goodbye!"
play("english_caller", "competent", [OPEN, EC_OPEN, EC_HELLO, EC_TICKET, EC_FIX, EC_BYE], 72, 100, 1, 0, 1,
     f"competent in simple English; seed1_guess address and visit time (address up to 10 and part of solution lost if wrong); 呼叫服务员职业标准(试行) 三(一)3; {N} 3.1 1.3.2")
play("english_caller", "h27_wrong_desk", [OPEN, EC_OPEN,
     "@5 Hold on please, I will transfer you to my colleague.",
     "@3 /transfer 粤语坐席"], 15, 45, 0, 0, 0,
     f"single fault: the English caller handed to a desk that cannot speak English (caller hangs up); {N} 3.1 2.1.6 多语种业务转派")
play("english_caller", "h27_chinese_first", [OPEN, EC_OPEN,
     "@4 您说中文吧，咱这儿是中文客服。",
     "/listen",
     EC_HELLO, EC_TICKET, EC_FIX, EC_BYE], 55, 92, 1, 0, 0,
     f"single fault: answers the English caller in Chinese first, English only after she asks again; seed1_guess address/time; 呼叫服务员职业标准(试行) 三(一)3")

# ---------------------------------------------------------------- explain_again
EA_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
EA_FIRST = "@6 阿姨，月功能费8块钱是您开的来电显示5块和彩铃3块，每个月固定收；套餐外流量费是您套餐里的流量用完了，超出的部分按用量另算的钱。"
EA_AGAIN = "@5 阿姨，请问您还有哪儿不清楚的地方，需要我再给您解释一遍吗？"
EA_SIMPLE = "@6 阿姨，您手机上刷微信视频号、打微信视频通话都走流量，套餐里那1个G用完了，多出来的就收了流量费。"
EA_BYE = "@4 不客气，感谢您的来电，祝您身体健康，再见！"
play("explain_again", "competent", [OPEN, EA_OPEN, EA_FIRST, EA_AGAIN, EA_SIMPLE, EA_BYE], 88, 100, 1, 0, 1,
     f"competent, warm 阿姨; {G} §二(二) 2.6; {N} 3.1 1.1.3, 1.1.4")
play("explain_again", "h27_condescend", [OPEN, EA_OPEN, EA_FIRST,
     "@4 咋还糊涂呢？这都说得够明白的了。",
     "/listen",
     "@3 阿姨，请问您还有哪儿不清楚的地方，需要我再给您解释一遍吗？",
     EA_SIMPLE, EA_BYE], 62, 88, 1, 0, 0,
     f"single fault: condescending rhetorical question to the elderly caller (taboo 1, insult 0), 2.6 only on the second try; {G} §二(二) 2.6, §二(三) 6")
play("explain_again", "h27_promise", [OPEN, EA_OPEN, EA_FIRST, EA_AGAIN,
     "@5 大娘，这流量费八成是系统扣错了，您放心，我保证给您退回来。",
     EA_BYE], 68, 90, 1, 0, 0,
     f"single fault: over-promise — a refund promised and a system error made up instead of the usage lookup (simple 10 lost); {N} 3.1 1.1.4; {G} §二(二) 2.1")

# ---------------------------------------------------------------- hard_to_reach (seed1_guess: 12月31日)
HR_OPEN = "@3 您好，我是宽带客服27号业务受理专员，请问有什么可以帮您？"
HR_SORRY = "@5 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！"
HR_HOLD = "@4 请您稍等，我帮您合实一下好吗？"
HR_RES = "@5 感谢您的耐心等待，您家宽带是100M包年，到期日是12月31日，到期前一个月会短信提醒您续费。"
HR_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("hard_to_reach", "competent", [OPEN, HR_OPEN, HR_SORRY, HR_HOLD, "@1 /hold", "@15 /unhold", HR_RES, HR_BYE], 85, 100, 1, 0, 1,
     f"competent, IME slip 核实->合实; seed1_guess 到期日 (result 10 lost if wrong); {G} §二(二) 2.15, §二(一) 1.2")
play("hard_to_reach", "h27_excuse", [OPEN, HR_OPEN,
     "@4 打不进来那也没招儿啊，打电话的人太多了，谁也没办法。",
     "/listen",
     "@3 非常抱歉！最近咨询量大，系统繁忙，技术部门正在研究解决，给您造成不便，我们深表歉意！",
     HR_HOLD.replace("合实", "核实"), "@1 /hold", "@15 /unhold", HR_RES, HR_BYE], 60, 85, 1, 0, 0,
     f"single fault: dismissive excuse (没招儿, taboo 1) before the 2.15 apology, given only on the second try; seed1_guess 到期日; {G} §二(二) 2.15, §二(三) 6")
play("hard_to_reach", "h27_bare_hold", [OPEN, HR_OPEN, HR_SORRY,
     "@3 /hold", "@15 /unhold",
     "@5 您家宽带是100M包年，到期日是12月31日，到期前一个月会短信提醒您续费。",
     HR_BYE], 68, 92, 1, 0, 0,
     f"single fault: hold without the 1.2 等待前/后用语; seed1_guess 到期日; {G} §二(一) 1.2")
