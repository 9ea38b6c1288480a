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
     "/listen",
     "@3 嗯呐，您说，我听着呢。",
     "@5 /ticket 被投诉工号=47 内容=客户投诉昨天下午该工号接听不耐烦，话没说完就挂断电话",
     TOPIC_ANS,
     "@4 感谢您的来电，祝您生活愉快，再见！"], 35, 70, 0, 0, 0,
     f"single fault: 推诿 for the colleague instead of the 2.9 apology (不推脱), no apology after the nudge either (passed judged with the guessed 工号 wrong, the likely case); seed1_guess 工号=47; {G} §二(二) 2.9; {N} 3.1 不用禁忌语")
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
     "@4 感谢您的来电，祝您生活愉快，再见！"], 50, 90, 0, 0, 0,
     f"single fault: the 2.3 request only after the caller had to ask again (a bare 啊？您说啥？ first, second try half); seed1_guess amounts (passed judged with the guessed amounts wrong, the likely case: 57; about 87 if right); {G} §二(二) 2.3")

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
     "/listen",
     "@3 以现在这个为准，一共35个G。",
     "@4 感谢您的来电，祝您生活愉快，再见！"], 50, 82, 1, 0, 0,
     f"single fault: blame-shifting (这也不赖我) in place of the 2.14 apology, no apology on the caller's second ask either; seed1_guess 35GB; {G} §二(二) 2.14; {N} 3.1 不用禁忌语")
play("correction", "h27_lecture_tail", [OPEN, CORR_OPEN, CORR_FIRST,
     "@5 非常抱歉，刚才我的解释有些欠缺，应该是一共35个G，20G通用加15G定向。您下回看仔细点儿，网上都写着呢。",
     "/listen",
     "@3 非常抱歉，刚才我说得不全，应该是一共35个G。",
     "@4 感谢您的来电，祝您生活愉快，再见！"], 62, 92, 1, 0, 0,
     f"single fault: 2.14 said with a lecturing tail (taboo 1, insult 0), clean on the caller's second ask (half); seed1_guess 35GB; {G} §二(二) 2.14, §二(三) 6")

# ---------------------------------------------------------------- crisis_authority
CA_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
CA_CALM = "@5 您的心情我非常理解，为了更有效地帮助您，请问您这两罐奶粉是前天签收的吧？"
CA_PLAN = "@5 #2"
CA_TICKET = "@5 /ticket 事件=婴儿奶粉过期两个月，宝宝已喝两次，今天一直拉肚子 联系电话=18985199876 曝光风险=客户已拍视频，扬言发网上、找电视台 已办理=全额退款、200元优惠券、上门取回"
play("crisis_authority", "competent", [OPEN, CA_OPEN, CA_CALM, CA_PLAN,
     CA_TICKET,
     "@2 /escalate 专项处理部",
     "@5 您先别着急，孩子身体要紧，赶紧带孩子去医院看看。这事我已经记录下来并升级给专项处理部，他们会尽快给您打电话。",
     "@4 感谢您的来电，祝孩子早日康复，再见！"], 88, 100, 1, 0, 1,
     f"competent: authority within the grant (choice 2), then record and escalate once the baby is ill; {N} 3.3 2.3.1, 2.3.2; {G} §二(二) 2.12")
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

# ---------------------------------------------------------------- info_record (seed1_guess: 王建国, 13956781234, 云岩区中华北路108号3单元502室, 燃气灶打不着火，厨房有燃气味)
IR_OPEN = "@3 您好，我是燃气报修热线27号受理专员，请问有什么可以帮您？"
IR_FIELDS = "name=王建国 phone=13956781234 address=云岩区中华北路108号3单元502室 problem=燃气灶打不着火，厨房有燃气味"
IR_BACK = "@5 我给您复述一下电话：13956781234，对吧？您家要是有燃气味儿，先把总阀关了，开窗通风，别开火别动电器，人先到屋外等师傅。"
IR_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("info_record", "competent", [OPEN, IR_OPEN, "@6 /ticket " + IR_FIELDS, IR_BACK, IR_BYE], 60, 100, 1, 0, 1,
     f"competent, with the gas-smell safety advice; seed1_guess all four dictated fields (the phone is certainly a guess: record half and read-back 35 expected lost); {N} 3.1 1.3.1, 1.3.2")
play("info_record", "h27_insult", [OPEN, IR_OPEN,
     "@4 你这人脑子不好使吧，报个地址都说不利索。",
     IR_BYE], 0, 59, 0, 1, 0,
     f"single fault: insult (脑子不好使) fails the call; {G} §二(二) 2.1")
play("info_record", "h27_slow_typist", [OPEN, IR_OPEN, "~25cpm /ticket " + IR_FIELDS, IR_BACK, IR_BYE], 30, 80, 0, 0, 0,
     f"single fault: record typed at 25 字/分, under the 50 字/分 bar (speed half lost); seed1_guess fields; {N} 3.1 1.3.1")

# ---------------------------------------------------------------- leader_phone
LP_OPEN = "@3 您好，我是宽带客服27号业务受理专员，请问有什么可以帮您？"
LP_DUTY = "@6 作为客户代表，帮您解决问题就是我的职责，请您相信我，我一定尽力帮您把这事儿整明白。"
LP_SCOPE = "@5 非常抱歉，领导的电话超出了我们的服务范围，请您通过其他方式查询，好吗？"
LP_TICKET = "@5 /ticket 内容=宽带新装延误，受理后一直没人上门装机，客户已请假两次在家等 处理=催办装维部门尽快派单上门，并回复客户"
LP_TELL = "@5 我已经给您记上催办了，装维部门会尽快跟您约上门时间，办好了给您回电话。"
LP_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("leader_phone", "competent", [OPEN, LP_OPEN, LP_DUTY, LP_SCOPE, LP_TELL, LP_TICKET, LP_BYE], 88, 100, 1, 0, 1,
     f"competent in own words; {G} §二(二) 2.7(1)(2); {N} 3.1 2.1.3, 1.3.2")
play("leader_phone", "h27_leak", [OPEN, LP_OPEN, "@5 #1"], 0, 59, 0, 1, 0,
     f"single fault: gives out the manager's phone number (保密) — fails; {N} 2.2.4(4); {G} §二(二) 2.7")
play("leader_phone", "h27_bossy", [OPEN, LP_OPEN, LP_DUTY,
     "@4 说了不能给就是不能给，您别跟我这儿磨了。",
     LP_TELL, LP_TICKET, LP_BYE], 65, 85, 1, 0, 0,
     f"single fault: bossy refusal in place of 2.7(2) (impatience, taboo 1, insult 0); {G} §二(二) 2.7(2), §二(三) 6")

# ---------------------------------------------------------------- long_wait
LW_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
LW_SORRY = "@4 非常抱歉！让您久等了！请问有什么可以帮您？"
LW_TICKET = "@5 /ticket 业务=停机挂失 内容=机主手机丢失，绑定银行卡，要求立即停机挂失"
LW_REISSUE = "@5 挂失已经给您办好了，立即生效。补卡得机主本人带身份证到任意营业厅办，原号不变，工本费10元。"
LW_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("long_wait", "competent", [OPEN, LW_OPEN, LW_SORRY, LW_TICKET, LW_REISSUE, LW_BYE], 88, 100, 1, 0, 1,
     f"competent; {G} §二(二) 2.16; {N} 3.1 2.1.2, 1.3.2")
play("long_wait", "h27_no_sorry", [OPEN, LW_OPEN,
     "@3 排队的人多，谁来都得等，您说吧啥事儿？",
     "/listen",
     "@3 非常抱歉，让您久等了。",
     LW_TICKET, LW_REISSUE, LW_BYE], 62, 88, 1, 0, 0,
     f"single fault: dismissive reply to the long wait (taboo 1), the 2.16 apology only after the caller demands it; {G} §二(二) 2.16, §二(三) 6")
play("long_wait", "h27_lecture_tail", [OPEN, LW_OPEN, LW_SORRY, LW_TICKET,
     "@5 补卡带身份证去营业厅就行，原号不变，工本费10元。下回手机可得看紧点儿，自个儿东西得上心。",
     LW_BYE], 75, 95, 1, 0, 0,
     f"single fault: lecturing tail on the answer (taboo 1, insult 0); {G} §二(三) 6, §二(二) 2.1")

# ---------------------------------------------------------------- no_contact (seed1_guess: 13856781234)
NC_OPEN = "@3 您好，我是客服中心27号受理专员，请问有什么可以帮您？"
NC_ASK = "@5 真对不住，晚上吵得睡不着确实闹心。麻烦您留个联系电话，我们处理完好回复您。"
NC_211 = "@5 非常抱歉，要是您不留联系电话，我们就没法跟您取得联系，您反映的问题我们也没法为您处理。"
NC_TICKET = "@5 /ticket 联系电话=13856781234 内容=小区门口通信机柜风扇夜间噪音扰民，影响居民休息"
NC_PROMISE = "@4 记好了，我们安排人去看，处理完第一时间给您回电话。"
NC_BYE = "@4 感谢您的来电，祝您晚安，再见！"
play("no_contact", "competent", [OPEN, NC_OPEN, NC_ASK, NC_211, NC_TICKET, NC_PROMISE, NC_BYE], 78, 100, 1, 0, 1,
     f"competent; seed1_guess phone (ticket 20 expected lost); {G} §二(二) 2.11; {N} 3.1 1.3.2, 2.1.3")
play("no_contact", "h27_no_promise", [OPEN, NC_OPEN, NC_ASK, NC_211, NC_TICKET,
     "@4 妥了，记下了。", NC_BYE], 58, 92, 1, 0, 0,
     f"single fault: no promise to call back after recording (promise 10 lost); seed1_guess phone; {N} 3.1 2.1.3")
play("no_contact", "h27_insult", [OPEN, NC_OPEN, NC_ASK,
     "@4 您这人咋这么难伺候呢，电话都不留还想让人给你办事？",
     NC_BYE], 0, 59, 0, 1, 0,
     f"single fault: attack on the caller's character (难伺候) — insult, fails; {G} §二(二) 2.1, §二(四) 4.2")

# ---------------------------------------------------------------- no_knowledge (seed1_guess: 13956782345)
NK_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
NK_219 = "@6 非常抱歉，副卡能不能享受这个老年优惠，我这边暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？"
NK_TICKET = "@5 /ticket 联系电话=13956782345 内容=咨询新出的老年人话费优惠是否适用于副卡（母亲使用客户副卡），待业务部门核实后24小时内回复"
NK_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("no_knowledge", "competent", [OPEN, NK_OPEN, NK_219, NK_TICKET, NK_BYE], 83, 100, 1, 0, 1,
     f"competent, no guess; seed1_guess phone (ticket 15 expected lost); {G} §二(二) 2.19; {N} 3.1 1.3.2")
play("no_knowledge", "h27_guess", [OPEN, NK_OPEN,
     "@4 能享受！您放心，肯定可以，我保证！",
     "/listen",
     NK_219, NK_TICKET, NK_BYE], 62, 88, 1, 0, 0,
     f"single fault: over-promise — a guess stated as fact where the knowledge base says nothing (不臆测), 2.19 only after the caller doubts; seed1_guess phone; {G} §二(二) 2.19")
play("no_knowledge", "h27_no_ticket", [OPEN, NK_OPEN, NK_219,
     "@4 行，号码我记心里了，您放心。",
     "/listen",
     "@3 记下了记下了，您放心吧。",
     "/listen",
     NK_BYE], 55, 85, 1, 0, 0,
     f"single fault: no record of the callback number (记心里了); {N} 3.1 1.3.2")

# ---------------------------------------------------------------- not_heard (seed1_guess: YT1234567890, 贵阳转运中心)
NH_OPEN = "@3 您好，我是快递客服27号话务员，请问有什么可以帮您？"
NH_25 = "@4 非常抱歉，我没听清您的讲话，您再重复一遍单号好吗？"
NH_TICKET = "@5 /ticket 单号=YT1234567890 note=三天未更新物流，客户在路边来电"
NH_HOLD = "@3 请您稍等，我帮您核实一下好吗？"
NH_RES = "@5 感谢您的耐心等待。查到了，您的包裹滞留在贵阳转运中心，分拣积压耽误了，明天给您派送。"
NH_BYE = "@4 不客气，感谢您的来电，路上注意安全，再见！"
play("not_heard", "competent", [OPEN, NH_OPEN, NH_25, NH_TICKET, NH_HOLD, "@1 /hold", "@15 /unhold", NH_RES, NH_BYE], 78, 100, 1, 0, 1,
     f"competent; seed1_guess 单号 and 滞留地 (record 15 expected lost, part of the result); {G} §二(二) 2.5, §二(一) 1.2; {N} 3.1 1.3.2")
play("not_heard", "h27_silent_hold", [OPEN, NH_OPEN, NH_25, NH_TICKET, "@2 /hold", "@75 /unhold",
     "@4 您的包裹滞留在贵阳转运中心，分拣积压耽误了，明天给您派送。", NH_BYE], 55, 85, 1, 0, 0,
     f"single fault: a 75-second hold with no 1.2 等待前/后用语; seed1_guess 单号; {G} §二(一) 1.2")
play("not_heard", "h27_bossy", [OPEN, NH_OPEN,
     "@3 您那边咋那么吵呢？找个消停地方再说！",
     "/listen",
     "@3 非常抱歉，我没听清，您再重复一遍单号好吗？",
     NH_TICKET, NH_HOLD, "@1 /hold", "@15 /unhold", NH_RES, NH_BYE], 55, 85, 1, 0, 0,
     f"single fault: bossy order at a caller on a noisy road (taboo 1, insult 0), 2.5 only on the second try; seed1_guess 单号; {G} §二(二) 2.5, §二(三) 6")

# ---------------------------------------------------------------- off_topic
OT_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
OT_ASK = "@4 请问您有业务需要咨询吗？"
OT_END = "@4 如果没有业务需要咨询，谢谢您，再见！"
play("off_topic", "competent", [OPEN, OT_OPEN, OT_ASK, OT_END, "@3 /hangup"], 90, 100, 1, 0, 1,
     f"competent; {G} §二(三) 特殊处理 5; §二(四) 4.4")
play("off_topic", "h27_chat", [OPEN, OT_OPEN,
     "@4 哈哈，明天好像有雨，出门记得带把伞。请问您有业务需要咨询吗？",
     OT_END, "@3 /hangup"], 78, 92, 1, 0, 0,
     f"single fault: joins the chat (weather advice) before turning to the business (focus 10 lost); {G} §二(四) 4.4")
play("off_topic", "h27_rude_end", [OPEN, OT_OPEN, OT_ASK,
     "@4 如果没有业务需要咨询，谢谢您，再见！以后没事儿别瞎往热线打。",
     "@3 /hangup"], 58, 85, 1, 0, 0,
     f"single fault: the 特殊处理 5 ending with a rude tail (taboo 1, insult 0); {G} §二(三) 5、6")

# ---------------------------------------------------------------- praised
PR_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
PR_THANK = "@4 不客氣，這是我們應該做的，我一定把您的表揚轉告給她。"
PR_ANS = "@5 您用遥控器按“回看”键，选好日期和频道就能看；或者进节目单，选昨天的节目按确认键，7天内的节目都能回看。"
PR_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("praised", "competent", [OPEN, PR_OPEN, PR_THANK, PR_ANS, PR_BYE], 90, 100, 1, 0, 1,
     f"competent, 2.8 in traditional characters; {G} §二(二) 2.8; {N} 3.1 2.1.1")
play("praised", "h27_condescend", [OPEN, PR_OPEN, PR_THANK.replace("不客氣，這是我們應該做的，我一定把您的表揚轉告給她。", "不客气，这是我们应该做的。"),
     "@5 遥控器上不就有个回看键嘛，按一下选日期和频道不就得了，这还用问？",
     PR_BYE], 72, 92, 1, 0, 0,
     f"single fault: condescending rhetorical answer (这还用问, taboo 1, insult 0); {G} §二(三) 6; {N} 3.1 不用禁忌语")
play("praised", "h27_deflect", [OPEN, PR_OPEN, "@4 不客气，这是我们应该做的。",
     "@4 回看这事儿您问问装机师傅吧，我这儿不管这个。",
     PR_BYE], 60, 80, 1, 0, 0,
     f"single fault: 推诿 — the question the knowledge base answers pushed off to someone else (question 20 lost, taboo 1); {N} 3.1 2.1.1")

# ---------------------------------------------------------------- repeat_complaint (seed1_guess: 13956783456)
RC_OPEN = "@3 您好，我是宽带客服27号业务受理专员，请问有什么可以帮您？"
RC_213 = "@6 非常抱歉！您反映的问题我们正在抓紧处理，因为牵扯好几个部门协调，所以时间长了点儿，问题一解决我们会第一时间与您联系。"
RC_TICKET = "@5 /ticket 联系电话=13956783456 内容=宽带故障报修后三次催办仍无人上门，第四次来电投诉，客户提到12315"
RC_TELL = "@5 我已经把您这事儿升级到投诉处理组了，他们会专人跟进，尽快联系您上门处理。"
RC_BYE = "@4 感谢您的来电，再见！"
play("repeat_complaint", "competent", [OPEN, RC_OPEN, RC_213, RC_TICKET, "@2 /escalate 投诉处理组", RC_TELL, RC_BYE], 83, 100, 1, 0, 1,
     f"competent; seed1_guess phone (10 of the ticket item expected lost); {G} §二(二) 2.13; {N} 3.2 2.4.2, 3.1 1.3.2")
play("repeat_complaint", "h27_no_escalate", [OPEN, RC_OPEN, RC_213, RC_TICKET,
     "@5 您放心，这回我保证明天就有人上门，您就等着吧。",
     RC_BYE], 0, 59, 0, 1, 0,
     f"single fault: fourth complaint with a 12315 threat never escalated (over-promise instead; fatal item); {N} 3.2 2.4.2, 2.3.2")
play("repeat_complaint", "h27_lecture", [OPEN, RC_OPEN,
     "@6 大姐，您别一遍一遍打了，打多少遍也得排队。非常抱歉，您反映的问题我们正在处理，牵扯几个部门协调，时间长了点儿，解决后第一时间与您联系。",
     RC_TICKET, "@2 /escalate 投诉处理组", RC_TELL, RC_BYE], 60, 90, 1, 0, 0,
     f"single fault: 2.13 said with a lecturing start (taboo 1, insult 0); seed1_guess phone; {G} §二(二) 2.13, §二(三) 6")

# ---------------------------------------------------------------- sales_call (seed1_guess: the home that fits plan B)
SC_INTRO = "@3 您好，我是宽带客服中心27号客户经理，您家宽带下个月就到期了，给您打个电话介绍一下续约方案。"
SC_NEEDS = "@4 请问您家里几口人用网？平时主要用来干啥？"
SC_PLAN = "@5 根据您家的情况，我推荐您办B套餐：300兆宽带加IPTV电视，每月99元。"
SC_OBJ = "@5 续约一年送一个月，折合下来每天才三块来钱，网速快三倍还带电视，挺划算的。"
SC_TICKET = "@5 /ticket 套餐=B套餐 300兆宽带+IPTV 资费=每月99元 生效=下月1日"
SC_BYE = "@4 感谢您的支持，祝您生活愉快，再见！"
play("sales_call", "competent", [OPEN, SC_INTRO, SC_NEEDS, SC_PLAN, SC_OBJ, SC_TICKET, SC_BYE], 78, 100, 1, 0, 1,
     f"competent outbound sale; seed1_guess the household fits plan B (plan 20 lost if not); {N} 3.1 2.2.1, 2.2.2, 1.3.2")
play("sales_call", "h27_push", [OPEN, SC_INTRO,
     "@4 我跟您说，您就办B套餐，300兆加电视每月99，保准好使。",
     SC_PLAN, SC_OBJ, SC_TICKET, SC_BYE], 55, 82, 1, 0, 0,
     f"single fault: pushes a plan without asking about the household's needs (needs 20 lost); seed1_guess plan; {N} 3.1 2.2.1")
play("sales_call", "h27_wrong_order", [OPEN, SC_INTRO, SC_NEEDS, SC_PLAN, SC_OBJ,
     "@5 /ticket 套餐=1000兆宽带+全屋WiFi 资费=每月199元 生效=下月1日",
     SC_BYE], 62, 90, 1, 0, 0,
     f"single fault: the order records another plan than the one sold (no valid record); seed1_guess plan; {N} 3.1 1.3.2 能记录有效信息")

# ---------------------------------------------------------------- silent_line
SL_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
play("silent_line", "competent", [OPEN, SL_OPEN, "@4 您好，请讲。", "@4 您好，请讲。",
     "@3 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"], 90, 100, 1, 0, 1,
     f"competent; {G} §二(一) 1.3, §二(三) 特殊处理 4")
play("silent_line", "h27_impatient", [OPEN, SL_OPEN, "@4 您好，请讲。", "@4 您好，请讲！倒是说话呀？",
     "@3 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"], 65, 92, 1, 0, 0,
     f"single fault: the second 请讲 said impatiently (rhetorical, taboo 1, insult 0); {G} §二(三) 4、6")
play("silent_line", "h27_taunt", [OPEN, SL_OPEN, "@4 您好，请讲。",
     "@4 不说话打啥电话，耍我玩呢？", "@2 /hangup"], 0, 59, 0, 1, 0,
     f"single fault: taunting the silent line (耍我) fails the call; {G} §二(三) 6, §二(四) 4.2")

# ---------------------------------------------------------------- survey_invite (seed1_guess: 5200积分)
SI_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
SI_ANS = "@6 您现在有5200积分，每1000积分能换10块话费；您发短信JFDH到10086，或者在APP“积分商城”里换，马上到账。"
SI_INV = "@4 不客气。稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？"
SI_BYE = "@3 感谢您的来电，再见！"
play("survey_invite", "competent", [OPEN, SI_OPEN, SI_ANS, SI_INV, SI_BYE, "@2 /transfer 满意度调查"], 85, 100, 1, 0, 1,
     f"competent; seed1_guess points (part of resolve lost if wrong); {N} 3.1 2.1.1, 2.1.8")
play("survey_invite", "h27_five_star", [OPEN, SI_OPEN, SI_ANS,
     "@4 您要是满意，给我打个五星好评呗！我给您转满意度调查。", SI_BYE, "@2 /transfer 满意度调查"], 60, 82, 1, 0, 0,
     f"single fault: asks for a five-star rating (诱导好评; invite 25 lost); seed1_guess points; {N} 3.1 2.1.8")
play("survey_invite", "h27_wrong_desk", [OPEN, SI_OPEN, SI_ANS, SI_INV, SI_BYE, "@2 /transfer 业务办理组"], 65, 88, 1, 0, 0,
     f"single fault: transfers to the wrong desk instead of the satisfaction survey (transfer 15 lost); seed1_guess points; {N} 3.1 2.1.8")

# ---------------------------------------------------------------- too_slow (seed1_guess: 3到5个工作日)
TS_OPEN = "@3 您好，我是客服中心27号话务员，请问有什么可以帮您？"
TS_FIRST = "@4 好的，我马上帮您查。"
TS_217 = "@4 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！"
TS_RES = "@5 感谢您的耐心等待。查到了，您的退款已经审核通过了，3到5个工作日内原路退回您的支付账户。"
TS_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("too_slow", "competent", [OPEN, TS_OPEN, TS_FIRST, TS_217, "@1 /hold", "@15 /unhold", TS_RES, TS_BYE], 88, 100, 1, 0, 1,
     f"competent; seed1_guess 到账时间 (part of result lost if wrong); {G} §二(二) 2.17, §二(一) 1.2")
play("too_slow", "h27_lecture", [OPEN, TS_OPEN, TS_FIRST,
     "@4 您急也没用，系统就这速度，查东西总得有个过程吧？",
     "/listen",
     TS_217, "@1 /hold", "@15 /unhold", TS_RES, TS_BYE], 62, 88, 1, 0, 0,
     f"single fault: lecturing the hurried caller (rhetorical, taboo 1, insult 0), 2.17 only on the second try; {G} §二(二) 2.17, §二(三) 6")
play("too_slow", "h27_long_hold", [OPEN, TS_OPEN, TS_FIRST, TS_217, "@1 /hold", "@100 /unhold", TS_RES, TS_BYE], 75, 95, 1, 0, 0,
     f"single fault: a 100-second hold with no check-back on a caller who already finds it slow; {G} §二(一) 1.2")

# ---------------------------------------------------------------- transfer_failed (seed1_guess: 黔云科技, 固定IP路由不通)
TF_OPEN = "@3 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
TF_218 = "@4 请稍等，正在为您转接技术支持部，请不要挂机，好吗？"
TF_FAIL = "@4 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后转相关部门处理，您看好吗？"
TF_TICKET = "@6 /ticket 公司=黔云科技 故障=专线固定IP路由不通 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电"
TF_BYE = "@4 感谢您的来电，祝您工作顺利，再见！"
play("transfer_failed", "competent", [OPEN, TF_OPEN, TF_218, "@2 /transfer 技术支持部", "/listen", TF_FAIL, TF_TICKET, TF_BYE], 88, 100, 1, 0, 1,
     f"competent; seed1_guess company and fault (fault_record 2 of 4 lost if wrong); {G} §二(二) 2.18(1)(2); {N} 3.1 2.1.6, 1.3.2")
play("transfer_failed", "h27_silent_transfer", [OPEN, TF_OPEN, "@4 /transfer 技术支持部", "/listen", TF_FAIL, TF_TICKET, TF_BYE], 75, 92, 1, 0, 0,
     f"single fault: transfers without the 2.18(1) 转接用语; {G} §二(二) 2.18(1)")
play("transfer_failed", "h27_excuse", [OPEN, TF_OPEN, TF_218, "@2 /transfer 技术支持部", "/listen",
     "@4 技术部那帮人电话老占线，我也没招儿，您过会儿自己再打吧。",
     "/listen", TF_FAIL, TF_TICKET, TF_BYE], 62, 88, 1, 0, 0,
     f"single fault: 推诿 at the failed transfer (taboo 1), 2.18(2) only after the caller asks what now; {G} §二(二) 2.18(2), §二(三) 6")

# ---------------------------------------------------------------- transferred_complaint (seed1_guess: 3个工作日)
TC_TAKE = "@3 您好，我是中级坐席27号，您被重复扣视频会员费的情况，刚才同事已经跟我说了，您不用再重复。"
TC_CALM = "@5 您的心情我非常理解，为了更有效地帮助您，我马上给您查这两笔扣费。"
TC_HOLD = "@3 请您稍等，我帮您核实一下好吗？"
TC_RES = "@5 感谢您的耐心等待。核实了，本月视频会员费确实重复扣了25元，退费已经给您提交了，3个工作日内退回您的话费账户。"
TC_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("transferred_complaint", "competent", [OPEN, TC_TAKE, TC_CALM, TC_HOLD, "@1 /hold", "@15 /unhold", TC_RES, TC_BYE], 85, 100, 1, 0, 1,
     f"competent takeover; seed1_guess 退费时限 (part of resolve lost if wrong); {N} 3.2 2.3.1, 2.3.2; {G} §二(二) 2.12")
play("transferred_complaint", "h27_ask_again", [OPEN,
     "@3 您好，我是中级坐席27号，您啥事儿？再跟我说一遍。",
     TC_CALM, TC_HOLD, "@1 /hold", "@15 /unhold", TC_RES, TC_BYE], 68, 90, 1, 0, 0,
     f"single fault: makes the transferred caller tell it all again (takeover 15 lost); {N} 3.2 2.3.1")
play("transferred_complaint", "h27_promise", [OPEN, TC_TAKE, TC_CALM, TC_HOLD, "@1 /hold", "@15 /unhold",
     "@5 感谢您的耐心等待。您放心，这两次扣费我保证今天就给您退回来，再多补您一个月会员！",
     TC_BYE], 60, 88, 1, 0, 0,
     f"single fault: over-promise — same-day refund and a free month the lookup does not give; {N} 3.2 2.3.1 对处理结果进行反馈")

# ---------------------------------------------------------------- vip_call (seed1_guess: wife 13956784567)
VC_OPEN = "@3 钱先生您好，我是VIP客服27号专员，请问有什么可以帮您？"
VC_ROAM = "@6 好的钱先生，国际漫游已经给您开通了，即时生效，钻石卡免押金，通话每分钟0.99元。请问您太太的号码是多少？"
VC_TICKET = "@5 /ticket 业务=国际漫游、家庭套餐加副卡 副卡号码=13956784567 附加=漫游流量包、出行短信提醒"
VC_EXTRA = "@5 您太太的号码已经加到您的家庭套餐里了。另外给您推荐漫游流量包，每天25元不限量，可以预约出发那天生效，我再给您设个出行短信提醒。"
VC_BYE = "@4 钱先生，感谢您的来电，祝您出差顺利，再见！"
play("vip_call", "competent", [OPEN, VC_OPEN, VC_ROAM, VC_TICKET, VC_EXTRA, VC_BYE], 85, 100, 1, 0, 1,
     f"competent; seed1_guess the wife's number (ticket 10 expected lost); {N} 3.3 2.1.1, 2.1.3, 2.2.2, 3.1 1.3.2")
play("vip_call", "h27_no_name", [OPEN, "@3 您好，我是VIP客服27号专员，请问有什么可以帮您？", VC_ROAM, VC_TICKET, VC_EXTRA, VC_BYE], 75, 92, 1, 0, 0,
     f"single fault: the routed VIP not addressed by surname in the 开篇语; seed1_guess number; {N} 3.3 2.1.1")
play("vip_call", "h27_no_extra", [OPEN, VC_OPEN, VC_ROAM,
     VC_TICKET.replace(" 附加=漫游流量包、出行短信提醒", ""),
     "@5 钱先生，您太太的号码已经加到家庭套餐里了，两样都给您办妥了。", VC_BYE], 70, 88, 1, 0, 0,
     f"single fault: no extra service offered to the VIP (extra 15 lost); seed1_guess number; {N} 3.3 2.2.2")

# ---------------------------------------------------------------- wrong_number (seed1_guess: 10-digit number as dictated, full number)
WN_OPEN = "@3 您好，我是宽带客服27号业务受理专员，请问有什么可以帮您？"
WN_TICKET = "@5 /ticket 手机号=13956781234 内容=预约师傅上门安装新路由器，请电话联系客户"
WN_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play("wrong_number", "competent", [OPEN, WN_OPEN,
     "@5 非常抱歉，请问您的手机号码是1395678123吗？这只有10位，您报的号码有误，请您再核对一下，好吗？",
     WN_TICKET, WN_BYE], 55, 100, 1, 0, 1,
     f"competent 2.10(1)+(2) in one turn; seed1_guess both numbers (read-back 20 and ticket 20 expected lost); {G} §二(二) 2.10; {N} 3.1 1.3.2")
play("wrong_number", "h27_accepts_short", [OPEN, WN_OPEN,
     "@5 非常抱歉，请问您的手机号码是1395678123吗？",
     "@5 好嘞，记下了。",
     "@5 /ticket 手机号=1395678123 内容=预约师傅上门安装新路由器，请电话联系客户",
     WN_BYE], 25, 59, 0, 0, 0,
     f"single fault: the 10-digit number accepted without pointing out the error (2.10(2)); the record cannot be a valid phone; {G} §二(二) 2.10(2); {N} 3.1 1.3.2")
play("wrong_number", "h27_insult", [OPEN, WN_OPEN,
     "@5 您这记性，脑子是不是不好使？手机号都报不全乎。",
     WN_BYE], 0, 59, 0, 1, 0,
     f"single fault: insult (脑子不好使) fails the call; {G} §二(二) 2.1, §二(四) 4.2")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cdir = os.path.join(here, "calls")
    os.makedirs(cdir, exist_ok=True)
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    seen = set()
    for scen, what, lines, lo, hi, passed, af, comp, note in PLAYS:
        name = f"{scen}.h27_{what}.replies" if not what.startswith("h27_") else f"{scen}.{what}.replies"
        assert name not in seen, name
        seen.add(name)
        assert 0 <= lo <= hi <= 100
        if af:
            assert hi <= 59 and not passed
        with open(os.path.join(cdir, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        b = lambda x: "true" if x else "false"
        rows.append("\t".join(["seen27", scen, name, str(lo), str(hi), b(passed), b(af),
                               str(int(bool(comp))), note]))
    with open(os.path.join(here, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(len(PLAYS), "plays")


if __name__ == "__main__":
    main()
