#!/usr/bin/env python3
"""holdout28 whole-call plays (blind examiner blind28c), written by hand from the standards and
scenarios/*.lua only. Writes calls/SCENARIO.h28_WHAT.replies and calls.tsv from the table below.

Labels (lo hi passed auto_failed competent) were set from each scenario's rubric and the standard
before anything was run. Values the caller draws with call.pick / call.random (seed 1) cannot be
read off the scenario by hand; the plays carry them as {{key}} tokens. Fill them, mechanically,
from what the seed-1 caller dictates (the labels do not depend on them):

    python3 make_calls28.py                 # writes the files, tokens left in, lists them
    python3 make_calls28.py --fill seed1.json   # {"angry.cause": "...", ...}

Derived tokens: {{KEY|typo}} = KEY with its 6th character (a digit) changed d -> (d+1) % 10
(a one-digit slip in a recorded number); {{ct.k|other}} = the next type (k % 3 + 1);
{{sales.band}}/{{sales.price}} from sales.plan (1: 100兆/59, 2: 300兆/99, 3: 1000兆/199),
{{sales.band|other}} another plan's band; {{corr.total}} = 20 + corr.extra.
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen28"
G = "贵阳 T-GSOCCIA 001—2020"
N = "国家职业技能标准 呼叫中心服务员 (2021)"

# (scenario, what, lo, hi, passed, auto_failed, competent, note, replies)
PLAYS = []
def play(scn, what, lo, hi, passed, auto, comp, note, text):
    PLAYS.append((scn, what, lo, hi, passed, auto, comp, note, text.strip("\n") + "\n"))

# ---------------------------------------------------------------- abusive_caller
play("abusive_caller", "tw_ok", 95, 100, 1, 0, 1,
     "competent; traditional (Taiwan); ask once then 特殊处理 2 ending, hang up after a pause: " + G + " §二(三) 1—3", """
@2 /answer
@2 您好，我是客服中心27號專員，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 請問您需要幫助嗎？
/listen
@3 感謝您的來電，若沒有其他業務諮詢，再見！
@2 /hangup
""")
play("abusive_caller", "mn_talkback", 0, 59, 0, 1, 0,
     "insult: talks back at the abuser (你才饭桶 + 没教养 attacks character); retaliation fails the call: " + G + " §二(四) 4.2, §二(二) 2.1", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 请问您需要帮助吗？
/listen
@3 你才饭桶啦！足没教养的，骂够了没？
/listen
@3 如果没有业务需要咨询，再见！
@2 /hangup
""")
play("abusive_caller", "tw_lecture", 80, 92, 1, 0, 0,
     "one fault: lectures and argues with the abuser twice before ending (no 禁忌语); " + G + " §二(三) 1、2 ask once then end; 6 语气", """
@2 /answer
@2 您好，客服中心工號33號為您服務，請問有什麼可以幫您？
/listen
@3 請問您需要幫助嗎？
/listen
@3 先生，我們這邊通話都有錄音喔，請您注意一下用語好嗎？
/listen
@3 先生，您這樣罵對事情沒有幫助的，有問題我們可以好好講。
/listen
@3 感謝您的來電，若沒有其他業務諮詢，再見！
@2 /hangup
""")

# ---------------------------------------------------------------- angry_caller
play("angry_caller", "mn_ok", 90, 100, 1, 0, 1,
     "competent; Minnan turn 足抱歉 as extra words; 2.12, 1.2 hold before/after, answer from 故障查询, 1.4: " + G + " §二(二) 2.12, §二(一) 1.2/1.4", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 您的心情我非常理解，真的足抱歉耽误您了，为了更有效地帮助您，请问您的宽带账号是多少？
/listen
@3 先生，请您稍等，我帮您核实一下线路情况，好吗？
/listen
@1 /hold
@25 /unhold
@2 感谢您的耐心等待。查到了，是{{angry.cause}}，工程师正在抢修，预计{{angry.eta}}恢复，恢复后会短信通知您。
/listen
@3 给您添麻烦了，感谢您的来电，祝您生活愉快，再见！
""")
play("angry_caller", "tw_silent_hold", 40, 58, 0, 0, 0,
     "one fault: holds the angry caller 75 s without the 1.2 等待前用语 or a word back; caller hangs up unanswered: " + G + " §二(一) 1.2 (60 s a callsim training rule)", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您的心情我非常理解，為了更有效地幫助您，請問您的寬頻帳號是多少呢？
/listen
@2 /hold
@75 /unhold
@2 感謝您的耐心等待，查到了，是{{angry.cause}}，預計{{angry.eta}}恢復。
""")
play("angry_caller", "tw_rude_bye", 72, 88, 1, 0, 0,
     "one fault: rude tail on the 结束语 (下次不要那麼兇喔, condescending; taboo, no demeaning word: insult 0): " + G + " §二(一) 1.4, §二(三) 6", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您的心情我非常理解，為了更有效地幫助您，請問您的寬頻帳號是多少呢？
/listen
@3 先生，請您稍等，我幫您核實一下好嗎？
/listen
@1 /hold
@25 /unhold
@2 感謝您的耐心等待。查到了，是{{angry.cause}}，工程師正在搶修，預計{{angry.eta}}恢復喔。
/listen
@3 感謝您的來電，再見，下次講話不要那麼兇喔。
""")

# ---------------------------------------------------------------- bad_attitude
play("bad_attitude", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional (Taiwan usage 喔); 2.9 whole, ticket with the agent number, answers the old question from the KB; zhuyin slip 進->近 (ㄐㄧㄣˋ): " + G + " §二(二) 2.9; " + N + " 3.1 2.1.3", """
@2 /answer
@2 您好，客服中心工號35號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 非常抱歉，給您帶來了不便，我們會在以後的工作中改近，感謝您並希望您繼續監督我們的服務！
/listen
@14 /ticket 被投訴工號={{bad.agent}} 內容=客戶反映{{bad.agent}}號客服昨天下午接聽時不耐煩，話沒說完就掛斷電話
/listen
@4 這個業務您可以到營業廳或在APP「寬帶服務」辦理，也可以由我這邊直接在系統幫您受理喔。
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")
play("bad_attitude", "mn_excuse", 72, 88, 1, 0, 0,
     "one fault: 2.9 said, then excuses the colleague (话务量太大/她也很忙/不是故意的: 推诿): " + G + " §二(二) 2.9 不推脱", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！昨天话务量太大，她也很忙，不是故意的啦。
/listen
@14 /ticket 被投诉工号={{bad.agent}} 内容=客户反映{{bad.agent}}号客服昨天下午不耐烦、中途挂断电话
/listen
@4 这个您可以到营业厅或者在APP“宽带服务”办理，我这边也可以直接帮您受理。
/listen
@3 感谢您的来电，祝您生活愉快，再见！
""")
play("bad_attitude", "tw_template", 75, 92, 1, 0, 0,
     "one fault: 2.9 sent with the template placeholder 先生/女士 left in (caller is a woman); says it properly only after the nudge: " + G + " §二(二) 2.9", """
@2 /answer
@2 您好，客服中心工號35號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 先生/女士，非常抱歉，給您帶來了不便，我們會在以後的工作中改進，感謝您並希望您繼續監督我們的服務！
/listen
@4 真的非常抱歉，給您帶來了不便，我們會在以後的工作中改進，謝謝您並希望您繼續監督我們的服務！
/listen
@14 /ticket 被投訴工號={{bad.agent}} 內容=客戶反映{{bad.agent}}號客服昨天下午不耐煩、話沒說完就掛電話
/listen
@4 這個業務您可以到營業廳或在APP「寬帶服務」辦理，也可以由我這邊直接幫您受理喔。
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- callback_outbound
play("callback_outbound", "mn_ok", 90, 100, 1, 0, 1,
     "competent; 2.21 intro, asks for the caller when the wife answers, says there is more to add and the tariff from the desk, 1.4: " + G + " §二(二) 2.21", """
@2 /answer
/listen
@2 您好，我是宽带客服中心18号业务受理专员，请问刚才是您拨打我们热线咨询宽带提速的吗？
/listen
@3 刚才有一位先生拨打过我们的客服电话，请问他在吗？
/listen
@12 您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从100兆提速到{{cb.speed}}，每月加{{cb.extra}}元，次月1日生效，不用上门。
/listen
@3 不客气，感谢您的接听，祝您生活愉快，再见！
""")
play("callback_outbound", "tw_intro_late", 75, 92, 1, 0, 0,
     "one fault: first words ask only whether she called, no self-introduction; the 2.21 introduction comes after the caller asks who calls: " + G + " §二(二) 2.21", """
@2 /answer
/listen
@2 喂您好，請問剛才是您打電話來問寬頻提速的嗎？
/listen
@3 不好意思喔，我是寬帶客服中心27號業務受理專員，請問剛才是您撥打我們客服熱線諮詢提速的嗎？
/listen
@3 剛才有一位先生撥打過我們的客服電話，請問他在嗎？
/listen
@12 您好，對於您剛才諮詢的提速問題，我還有一些內容需要補充：100兆提速到{{cb.speed}}，每月加{{cb.extra}}元，次月1日生效，不用上門喔。
/listen
@3 不客氣，感謝您的接聽，祝您生活愉快，再見！
""")
play("callback_outbound", "tw_no_ask", 72, 85, 1, 0, 0,
     "one fault: when the wife says it was not her, does not ask whether the caller is there (2.21 如果不是): " + G + " §二(二) 2.21", """
@2 /answer
/listen
@2 您好，我是寬帶客服中心27號業務受理專員，請問剛才是您撥打我們熱線諮詢寬頻提速的嗎？
/listen
@3 好的，沒關係，那我跟他說明一下就可以了。
/listen
@12 您好，對於您剛才諮詢的提速問題，我還有一些內容需要補充：100兆提速到{{cb.speed}}，每月加{{cb.extra}}元，次月1日生效，不用上門喔。
/listen
@3 不客氣，感謝您的接聽，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- caller_fast
play("caller_fast", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; 2.3, reads back the new plan and 副卡, ticket, 1.4; zhuyin slip 認->任 (ㄖㄣˋ): " + G + " §二(二) 2.3; " + N + " 3.1 1.1.3, 1.3.2", """
@2 /answer
@2 您好，客服中心工號12號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 非常抱歉，我不太明白您的意思，請您說慢一點好嗎？
/listen
@3 好的，跟您確任一下：把{{fast.old}}元的套餐改成{{fast.new}}元的，副卡取消，下個月1號生效，對嗎？
/listen
@14 /ticket 業務=套餐變更 內容={{fast.old}}元套餐改為{{fast.new}}元套餐，取消副卡，下月1日生效
/listen
@3 已經幫您登記好了，感謝您的來電，祝您生活愉快，再見！
""")
play("caller_fast", "tw_reversed", 80, 92, 1, 0, 0,
     "one fault: the ticket records the change reversed (new -> old), no valid record: " + N + " 3.1 1.3.2 能记录有效信息", """
@2 /answer
@2 您好，客服中心工號12號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 非常抱歉，我不太明白您的意思，請您說慢一點好嗎？
/listen
@3 好的，跟您確認一下：把{{fast.old}}元的套餐改成{{fast.new}}元的，副卡取消，下個月1號生效，對嗎？
/listen
@14 /ticket 業務=套餐變更 內容={{fast.new}}元套餐改為{{fast.old}}元套餐，取消副卡，下月1日生效
/listen
@3 已經幫您登記好了，感謝您的來電，祝您生活愉快，再見！
""")
play("caller_fast", "mn_impatient", 68, 88, 1, 0, 0,
     "one fault: 2.3 with an impatient rhetorical tail (讲那么快谁听得懂啊): " + G + " §二(二) 2.3, §二(三) 6; taboo, insult 0", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，我不太明白您的意思，请您说慢一点好吗？讲那么快谁听得懂啊。
/listen
@3 好，我甲您确认一下：{{fast.old}}元套餐换成{{fast.new}}元的，副卡取消，下个月1号生效，对吗？
/listen
@14 /ticket 业务=套餐变更 内容={{fast.old}}元套餐改为{{fast.new}}元套餐，取消副卡，下月1日生效
/listen
@3 已经帮您登记好了，感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- caller_quiet
play("caller_quiet", "tw_ok", 95, 100, 1, 0, 1,
     "competent; traditional; 2.2 louder, again (2.5 wording), change the phone, pause, hang up: " + G + " §二(二) 2.2", """
@2 /answer
@2 您好，客服中心工號12號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 非常抱歉，我聽不清楚，請您講話大聲點好嗎？
/listen
@3 非常抱歉，我還是沒聽清您的講話，麻煩您再重複一遍，好嗎？
/listen
@3 非常抱歉，電話聲音太小，請您換一部電話再撥，好嗎？
@3 /hangup
""")
play("caller_quiet", "tw_zhuyin_first", 78, 92, 1, 0, 0,
     "one fault: first 2.2 request sent as unconverted 注音 (input-method garbage); the proper words only after the caller asks again: " + G + " §二(二) 2.2", """
@2 /answer
@2 您好，客服中心工號12號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 ㄈㄟ ㄔㄤˊ ㄅㄠˋ ㄑㄧㄢˋ ㄨㄛˇ ㄊㄧㄥ ㄅㄨˋ ㄑㄧㄥ ㄔㄨˇ
/listen
@3 非常抱歉，我聽不清楚，請您講話大聲點好嗎？
/listen
@3 非常抱歉，我還是沒聽清您的講話，麻煩您再重複一遍，好嗎？
/listen
@3 非常抱歉，電話聲音太小，請您換一部電話再撥，好嗎？
@3 /hangup
""")
play("caller_quiet", "mn_quick_hangup", 86, 97, 1, 0, 0,
     "one fault: hangs up at once after asking to change the phone, no two-second pause: " + G + " §二(二) 2.2 停顿两秒后挂机", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，我听不清楚，请您讲话大声点好吗？
/listen
@3 非常抱歉，我还是没听清您的讲话，您再重复一遍，好吗？
/listen
@3 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@1 /hangup
""")

# ---------------------------------------------------------------- correction
play("correction", "mn_ok", 90, 100, 1, 0, 1,
     "competent; Minnan 足歹势 as an extra word after 2.14 whole with the updated figure: " + G + " §二(二) 2.14", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 59块的套餐每个月有国内通用流量20GB，国内通话200分钟。
/listen
@4 非常抱歉，刚才我的解释有些欠缺，应该是通用流量20GB再加定向流量{{corr.extra}}GB，一共{{corr.total}}GB，足歹势喔。
/listen
@3 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("correction", "tw_no_sorry", 72, 85, 1, 0, 0,
     "one fault: states the right figure but never apologises nor says the first answer was wrong (2.14 missing): " + G + " §二(二) 2.14", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 59元套餐每個月有國內通用流量20GB，國內通話200分鐘喔。
/listen
@4 喔對，本月起是通用流量20GB加定向流量{{corr.extra}}GB，總共{{corr.total}}GB。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")
play("correction", "tw_blame_web", 65, 88, 1, 0, 0,
     "one fault: 2.14 with a blame tail (是網頁寫得不清楚，不是我的問題: 推诿): " + G + " §二(二) 2.14, §二(三) 6; taboo, insult 0", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 59元套餐每個月有國內通用流量20GB，國內通話200分鐘喔。
/listen
@4 非常抱歉，剛才我的解釋有些欠缺，應該是通用20GB加定向{{corr.extra}}GB，共{{corr.total}}GB，是網頁寫得不清楚啦，不是我的問題。
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- crisis_authority
play("crisis_authority", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional (網路); 2.12, the in-grant offer, ticket, escalates the infant-health exposure case to 专项处理部: " + N + " 3.3 2.3.1/2.3.2", """
@2 /answer
@2 您好，我是客服中心21號專員，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您的心情我非常理解，為了更有效地幫助您，請問這兩罐奶粉是哪一天收到的呢？
/listen
@3 #2
/listen
@4 非常抱歉，寶寶的健康最重要，請您先帶寶寶去醫院檢查，我馬上把這件事升級給專項處理部門。
@20 /ticket 事件=售出過期兩個月的奶粉兩罐，寶寶昨天喝了兩次，今天一直拉肚子 聯繫電話=18985199876 曝光風險=客戶已錄影，表示會發到網路平台並找電視台 已辦理=全額退款加200元優惠券，上門取回
@3 /escalate 专项处理部
@3 已經幫您升級到專項處理部了，專員會儘快打給您，請您先帶寶寶去就醫喔。
/listen
@3 真的很抱歉讓寶寶受苦了，感謝您的來電，祝寶寶早日康復，再見。
""")
play("crisis_authority", "mn_no_escalate", 0, 59, 0, 1, 0,
     "one fault: infant harmed and exposure threatened, only a ticket, never escalated (fatal item): " + N + " 3.3 2.3.2 转派专项处理部门", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 您的心情我非常理解，为了更有效地帮助您，请问这两罐奶粉是哪一天收到的？
/listen
@3 #2
/listen
@4 歹势歹势，宝宝的健康最要紧，请您先带宝宝去医院看一下，我这边甲您登记下来。
@20 /ticket 事件=售出过期奶粉两罐，宝宝喝了以后拉肚子 联系电话=18985199876 曝光风险=客户说要发视频曝光 已办理=全额退款加200元优惠券
@3 已经帮您登记好了，我们会尽快处理，感谢您的来电，再见。
""")
play("crisis_authority", "tw_overpromise", 62, 80, 1, 0, 0,
     "one fault: promises 2,000 yuan cash to keep the video off (beyond the grant, buys silence): " + N + " 3.3 2.3.1 合理使用灰度授权", """
@2 /answer
@2 您好，我是客服中心21號專員，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您的心情我非常理解，為了更有效地幫助您，請問這兩罐奶粉是哪一天收到的呢？
/listen
@3 #3
/listen
@4 非常抱歉，寶寶的健康最重要，請您先帶寶寶去醫院檢查，我馬上把這件事升級給專項處理部門。
@20 /ticket 事件=售出過期兩個月的奶粉兩罐，寶寶喝了兩次後拉肚子 聯繫電話=18985199876 曝光風險=客戶已錄影，表示會發到網路平台 已辦理=承諾賠償兩千元
@3 /escalate 专项处理部
@3 已經幫您升級到專項處理部了，專員會儘快打給您，請您先帶寶寶去就醫喔。
/listen
@3 真的很抱歉，感謝您的來電，祝寶寶早日康復，再見。
""")

# ---------------------------------------------------------------- crisis_selfharm
play("crisis_selfharm", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; 千萬別做傻事 (innocent 傻事), safety, escalates to 危机干预组 within a minute, records place and the dictated number, hands over: " + N + " 3.2 2.4.1/2.4.2", """
@2 /answer
@2 您好，我是客服中心9號專員，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您的心情我非常理解，遇到這種事一定很難受，為了更有效地幫助您，請您慢慢跟我說好嗎？
/listen
@3 請您千萬別做傻事，先從樓頂下來，到安全的地方好嗎？我一直陪著您。請問您現在用的電話可以聯繫到您嗎？
/listen
@12 /escalate 危机干预组
@20 /ticket 位置={{self.place}} 聯繫電話=13985166420 情況=客戶被冒充客服騙走全部積蓄，揚言輕生，人在樓頂
/listen
@3 會的，危機干預組的專業同事馬上就會聯繫您，我也會一直陪著您，您先下樓到安全的地方，好嗎？
""")
play("crisis_selfharm", "mn_wrong_desk", 0, 59, 0, 1, 0,
     "one fault: escalates the self-harm threat to 值班长 instead of 危机干预组 (fatal: the chosen desk takes the call): " + N + " 3.2 2.4.2", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 您的心情我非常理解，发生这种事真的足难过，为了更有效地帮助您，请您慢慢跟我讲好吗？
/listen
@3 请您千万别做傻事，先从楼顶下来，到安全的地方好吗？我会一直陪着您。请问这个电话可以联系到您吗？
/listen
@12 /escalate 值班长
@20 /ticket 位置={{self.place}} 联系电话=13985166420 情况=客户被冒充客服骗走全部积蓄，扬言轻生，人在楼顶
/listen
@3 会的，我们的同事马上就会联系您，您先下楼到安全的地方，好吗？
""")
play("crisis_selfharm", "tw_wrong_phone", 82, 96, 1, 0, 0,
     "one fault: the dictated number recorded one digit off (13985166240), record not valid: " + N + " 3.1 1.3.2; 3.2 2.4.2 记录信息", """
@2 /answer
@2 您好，我是客服中心9號專員，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您的心情我非常理解，遇到這種事一定很難受，為了更有效地幫助您，請您慢慢跟我說好嗎？
/listen
@3 請您千萬別做傻事，先從樓頂下來，到安全的地方好嗎？我一直陪著您。請問您現在用的電話可以聯繫到您嗎？
/listen
@12 /escalate 危机干预组
@20 /ticket 位置={{self.place}} 聯繫電話=13985166240 情況=客戶被冒充客服騙走全部積蓄，揚言輕生，人在樓頂
/listen
@3 會的，危機干預組的專業同事馬上就會聯繫您，我也會一直陪著您，您先下樓到安全的地方，好嗎？
""")

# ---------------------------------------------------------------- customer_types
ANSWER_CT_TW = "您的心情我非常理解，為了更有效地幫助您，我建議您直接換貨：我馬上幫您提交加急申請，今天優先處理，次日上門取件，收到後3個工作日內發出新機，運費由商家承擔。"
play("customer_types", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; right type, 2.12, an answer that acts at once, recommends 换货 and gives the steps/days/freight from the KB: " + N + " 3.2 2.2.1/2.2.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 #{{ct.k}}
@4 """ + ANSWER_CT_TW + """
/listen
@3 好的，申請已經送出了，感謝您的來電，祝您生活愉快，再見！
""")
play("customer_types", "tw_wrong_type", 68, 80, 1, 0, 0,
     "one fault: misjudges the caller's type in the choice; the reply itself is complete: " + N + " 3.2 2.2.1 区分客户类型", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 #{{ct.k|other}}
@4 """ + ANSWER_CT_TW + """
/listen
@3 好的，申請已經送出了，感謝您的來電，祝您生活愉快，再見！
""")
play("customer_types", "mn_no_empathy", 72, 85, 1, 0, 0,
     "one fault: answers well but never uses the 2.12 words: " + N + " 3.2 2.2.2; " + G + " §二(二) 2.12", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 #{{ct.k}}
@4 好，我甲您讲：建议您直接换货，我马上帮您提交加急申请，今天优先处理，次日上门取件，收到后3个工作日内发出新机，运费由商家承担。
/listen
@3 好的，申请已经提交了，感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- dialect_caller
play("dialect_caller", "tw_ok", 95, 100, 1, 0, 1,
     "competent; traditional; 2.20 then 2.18(1), transfer to 粤语坐席: " + G + " §二(二) 2.20, 2.18(1)", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 非常抱歉，先生，打斷您一下，您方便講普通話嗎？謝謝！
/listen
@3 好的，請稍等，正在為您轉接，請不要掛機，好嗎？
/listen
@2 /transfer 粤语坐席
""")
play("dialect_caller", "mn_wrong_desk", 72, 85, 1, 0, 0,
     "one fault: first transfers to 二线技术支持 (cannot speak Cantonese); after the caller is sent back, transfers to 粤语坐席: " + N + " 3.1 2.1.6; " + G + " §二(二) 2.18", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
/listen
@3 好的，请稍等，正在为您转接，请不要挂机，好吗？
/listen
@2 /transfer 二线技术支持
/listen
@3 非常抱歉，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？
/listen
@2 /transfer 粤语坐席
""")
play("dialect_caller", "tw_mock", 0, 59, 0, 1, 0,
     "insult: mocks the Cantonese speaker (火星話, 聽不懂人話喔: attacks the caller's humanity): " + G + " §二(二) 2.1, §二(四) 4.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 蛤？你在講什麼火星話啦，聽不懂人話喔？
""")

# ---------------------------------------------------------------- english_caller
play("english_caller", "tw_ok", 90, 100, 1, 0, 1,
     "competent; Chinese opening (traditional) then simple English: greets, asks the address, records it, engineer visit from the desk, English goodbye: 呼叫服务员职业标准(试行) 三(一)3; " + G + " §二(一) 1.4", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 Hello, yes, I speak English. Sorry for the trouble. I can help you. May I have your address, please?
/listen
@20 /ticket address={{en.street}} 故障=Internet down since this morning
@4 Thank you. An engineer will come to repair it {{en.when}}.
/listen
@3 You're welcome. Thank you for calling. Goodbye!
""")
play("english_caller", "tw_chinese_bye", 75, 85, 1, 0, 0,
     "one fault: everything in English but the goodbye, said in Chinese to a caller who understands no Chinese: " + G + " §二(一) 1.4 (英语)", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 Hello, yes, I speak English. Sorry for the trouble. I can help you. May I have your address, please?
/listen
@20 /ticket address={{en.street}} 故障=Internet down since this morning
@4 OK. An engineer will come to repair it {{en.when}}.
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")
play("english_caller", "mn_wrong_desk", 20, 38, 0, 0, 0,
     "one fault: says in English she will transfer, then transfers to 粤语坐席 (cannot serve English); the caller gives up: " + N + " 3.1 2.1.6 多语种业务转派", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 Sorry, one moment please, I will transfer you to my colleague.
@2 /transfer 粤语坐席
""")

# ---------------------------------------------------------------- explain_again
play("explain_again", "mn_ok", 90, 100, 1, 0, 1,
     "competent; 阿姨 for 先生/女士; explains from the bill, 2.6 asks what is unclear, re-explains from the usage list: " + G + " §二(二) 2.6", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@5 阿姨，月功能费8块是来电显示5块加彩铃3块，每月固定收；套餐外流量费是您套餐里的1G流量用完以后，超出的部分按用量另外算的。
/listen
@3 阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？
/listen
@5 阿姨，流量就是手机上网用的，您这个月用微信视频通话、看微信视频号，都会用到流量，所以用超了。
/listen
@3 不客气阿姨，感谢您的来电，祝您身体健康，再见！
""")
play("explain_again", "tw_condescend", 68, 88, 1, 0, 0,
     "one fault: the re-explanation carries condescension (這個很簡單啦，跟您說了您也不懂; no demeaning word: taboo, insult 0): " + G + " §二(三) 6; " + N + " 3.1 1.1.4 耐心", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@5 阿姨，月功能費8塊是來電顯示5塊加彩鈴3塊，每月固定收；套餐外流量費是套餐內1G流量用完以後，超出的部分另外算。
/listen
@3 阿姨，請問您還有什麼不清楚的地方，需要我再幫您解釋一遍嗎？
/listen
@5 這個很簡單啦，跟您說了您也不懂，反正就是微信視頻用掉的流量。
/listen
@3 感謝您的來電，祝您身體健康，再見！
""")
play("explain_again", "tw_no_ask", 62, 78, 1, 0, 0,
     "one fault: when the caller is still confused, re-explains twice without ever asking what is unclear (2.6): " + G + " §二(二) 2.6", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@5 阿姨，月功能費8塊是來電顯示5塊加彩鈴3塊，每月固定收；套餐外流量費是套餐內1G流量用完以後，超出的部分另外算。
/listen
@4 就是說來電顯示跟彩鈴每個月8塊，流量用超了會另外收錢。
/listen
@4 阿姨，就是來電顯示和彩鈴一個月8塊，流量超過套餐的部分另外算喔。
/listen
@5 阿姨，流量就是手機上網用的，您這個月用微信視頻通話、看微信視頻號，都會用到流量。
/listen
@3 不客氣，感謝您的來電，祝您身體健康，再見！
""")

# ---------------------------------------------------------------- hard_to_reach
play("hard_to_reach", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; 2.15 whole, 1.2 hold before/after, expiry from the account lookup, 1.4; zhuyin slip 核->合 (ㄏㄜˊ): " + G + " §二(二) 2.15, §二(一) 1.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 非常抱歉！由於諮詢量大量增加，造成系統繁忙，技術部門正在研究解決，給您造成的不便，我們深表歉意！
/listen
@3 好的，請您稍等，我幫您合實一下好嗎？
@1 /hold
@20 /unhold
@2 感謝您的耐心等待，查到了，您家寬帶是100M包年，到期日是{{htr.month}}，到期前一個月會有簡訊提醒您續費喔。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")
play("hard_to_reach", "tw_no_215", 65, 80, 1, 0, 0,
     "one fault: no 2.15 apology and reason, twice (goes straight to business): " + G + " §二(二) 2.15", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 好的，請問有什麼可以幫您的呢？
/listen
@3 了解，請問您今天要辦理什麼業務呢？
/listen
@3 好的，請您稍等，我幫您核實一下好嗎？
@1 /hold
@20 /unhold
@2 感謝您的耐心等待，查到了，您家寬帶是100M包年，到期日是{{htr.month}}。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")
play("hard_to_reach", "mn_lookup_yourself", 75, 92, 1, 0, 0,
     "one fault: the expiry date given with a look-it-up-yourself tail (这种小事您自己在APP查就好了啦): " + G + " §二(三) 6; " + N + " 3.1 2.1.1; taboo, insult 0", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
/listen
@3 好的，请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，您家宽带到期日是{{htr.month}}，这种小事您自己在APP查就好了啦。
/listen
@3 感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- info_record
play("info_record", "tw_ok", 90, 100, 1, 0, 1,
     "competent; Taiwan trainee; all four dictated fields typed at >= 50 字/分, phone read back, 1.4: " + N + " 3.1 1.3.1/1.3.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@45 /ticket 姓名={{info.name}} 聯繫電話={{info.phone}} 地址={{info.address}} 故障情況={{info.problem}}
/listen
@3 好的，跟您確認一下，您的電話是{{info.phone}}，對嗎？
/listen
@3 好的，我們會儘快派師傅過去，感謝您的來電，祝您生活愉快，再見！
""")
play("info_record", "mn_phone_typo", 68, 80, 1, 0, 0,
     "one fault: reads the phone back right but the ticket has one digit wrong, no valid record: " + N + " 3.1 1.3.2", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@45 /ticket 姓名={{info.name}} 联系电话={{info.phone|typo}} 地址={{info.address}} 故障情况={{info.problem}}
/listen
@3 好的，甲您确认一下，您的电话是{{info.phone}}，对吗？
/listen
@3 好的，我们会尽快派师傅过去，感谢您的来电，祝您生活愉快，再见！
""")
play("info_record", "tw_slow_typist", 68, 80, 1, 0, 0,
     "one fault: 注音 typist well under the 50 字/分 bar (~25cpm), record itself right: " + N + " 3.1 1.3.1", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
~25cpm /ticket 姓名={{info.name}} 聯繫電話={{info.phone}} 地址={{info.address}} 故障情況={{info.problem}}
/listen
@3 好的，跟您確認一下，您的電話是{{info.phone}}，對嗎？
/listen
@3 好的，我們會儘快派師傅過去，感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- leader_phone
play("leader_phone", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; 2.7(1) then 2.7(2), records the installation delay, 1.4: " + G + " §二(二) 2.7", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 #2
/listen
@3 #2
/listen
@4 真的很抱歉讓您等這麼久，我馬上幫您登記催辦，請裝維部門儘快跟您約上門時間。
/listen
@12 /ticket 內容=寬帶新裝已超過承諾時限，至今無人上門裝機，客戶已請假兩次在家等 處理=催辦裝維部門派單，結果回覆客戶
/listen
@3 已經幫您催辦了，感謝您的來電，祝您生活愉快，再見！
""")
play("leader_phone", "mn_leak", 0, 59, 0, 1, 0,
     "one fault: gives out the leader's mobile number (confidential): " + N + " 2.2.4(4) 安全保密; " + G + " §二(二) 2.7", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 #1
""")
play("leader_phone", "tw_no_scope", 78, 88, 1, 0, 0,
     "one fault: when the caller insists, refuses in own words without 2.7(2) (超出服务范围，请通过其他方式): " + G + " §二(二) 2.7(2)", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 #2
/listen
@3 這個我們真的不能給啦，不好意思喔。
/listen
@4 真的很抱歉讓您等這麼久，我馬上幫您登記催辦，請裝維部門儘快跟您約上門時間。
/listen
@12 /ticket 內容=寬帶新裝已超過承諾時限，至今無人上門裝機，客戶已請假兩次在家等 處理=催辦裝維部門派單，結果回覆客戶
/listen
@3 已經幫您催辦了，感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- long_wait
play("long_wait", "mn_ok", 90, 100, 1, 0, 1,
     "competent; 2.16 whole, suspends at once and records 挂失, reissue needs from the KB, 1.4: " + G + " §二(二) 2.16; " + N + " 3.1 2.1.2", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉！让您久等了！请问有什么可以帮您吗？
/listen
@3 好的，我马上帮您办理停机挂失。
/listen
@10 /ticket 业务=停机挂失 内容=客户手机丢失，立即停机挂失，号码绑定银行卡
/listen
@4 补卡需要机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10块。
/listen
@3 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("long_wait", "tw_no_216", 68, 80, 1, 0, 0,
     "one fault: never apologises for the long wait (2.16), even when the caller asks for it: " + G + " §二(二) 2.16", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 好的，請問您要辦理什麼業務呢？
/listen
@3 現在是高峰時段，電話比較多，請問您要辦什麼呢？
/listen
@3 好的，我馬上幫您辦理停機掛失。
/listen
@10 /ticket 業務=停機掛失 內容=客戶手機遺失，立即停機掛失，號碼綁定銀行卡
/listen
@4 補卡需要機主本人帶有效身分證件到任一營業廳辦理，原號碼不變，工本費10元喔。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")
play("long_wait", "mn_curse_system", 84, 95, 1, 0, 0,
     "one fault: grumbles at her own system on the line (这个烂系统又卡住了: a curse at a thing, taboo 1, insult 0): " + G + " §二(三) 6; " + N + " 3.1 不用禁忌语及口头禅", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉！让您久等了！请问有什么可以帮您吗？
/listen
@3 哎哟，这个烂系统又卡住了，歹势，我马上帮您办理停机挂失。
/listen
@10 /ticket 业务=停机挂失 内容=客户手机丢失，立即停机挂失，号码绑定银行卡
/listen
@4 补卡需要机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10块。
/listen
@3 不客气，感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- no_contact
play("no_contact", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; asks for a number, 2.11 whole with a promise to reply, records the dictated number, 1.4: " + G + " §二(二) 2.11", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 非常抱歉影響您休息了，我馬上幫您登記，麻煩您留一個聯繫電話好嗎？
/listen
@4 非常抱歉，若您不提供聯繫電話，我們將無法與您取得聯繫，您反映的問題我們將無法為您處理。留了電話，處理好我們會第一時間回覆您。
/listen
@15 /ticket 聯繫電話={{nc.phone}} 投訴內容=社區門口通信機櫃風扇晚上噪音大，影響休息
@3 處理好後我們會第一時間回覆您。
/listen
@3 好的，感謝您的來電，祝您生活愉快，再見！
""")
play("no_contact", "mn_phone_typo", 72, 85, 1, 0, 0,
     "one fault: the dictated number recorded with one digit wrong: " + N + " 3.1 1.3.2", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 歹势影响您休息了，我马上帮您登记，麻烦您留一个联系电话好吗？
/listen
@4 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。您留了电话，处理好我们会第一时间回复您。
/listen
@15 /ticket 联系电话={{nc.phone|typo}} 投诉内容=小区门口通信机柜风扇晚上噪音大，影响休息
@3 处理好后我们会第一时间回复您。
/listen
@3 好的，感谢您的来电，祝您生活愉快，再见！
""")
play("no_contact", "tw_sarcasm", 68, 88, 1, 0, 0,
     "one fault: 2.11 with a sarcastic tail (不留電話還想要我們處理，您也太厲害了吧; taboo, insult 0): " + G + " §二(二) 2.11, §二(三) 6", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 非常抱歉影響您休息了，我馬上幫您登記，麻煩您留一個聯繫電話好嗎？
/listen
@4 非常抱歉，若您不提供聯繫電話，我們將無法與您取得聯繫，您反映的問題我們將無法為您處理。不留電話還想要我們處理，您也太厲害了吧。
/listen
@15 /ticket 聯繫電話={{nc.phone}} 投訴內容=社區門口通信機櫃風扇晚上噪音大，影響休息
@3 處理好我們會第一時間回覆您。
/listen
@3 好的，感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- no_knowledge
play("no_knowledge", "mn_ok", 90, 100, 1, 0, 1,
     "competent; 2.19 whole (no guess), records the dictated number, 1.4: " + G + " §二(二) 2.19", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 非常抱歉，您所反映的问题我们暂时无详细资料，需进一步核实，我们会在24小时内与您联系，好吗？
/listen
@15 /ticket 联系电话={{nk.phone}} 咨询内容=客户家中老人使用其副卡，咨询能否享受60岁以上老人话费优惠，待业务部门核实后回复
/listen
@3 好的，感谢您的来电，祝您生活愉快，再见！
""")
play("no_knowledge", "tw_guess", 78, 90, 1, 0, 0,
     "one fault: guesses (可以享受喔，副卡也算) although the KB says nothing about 副卡; says 2.19 only when the caller doubts it: " + G + " §二(二) 2.19 不臆测", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 可以享受喔，副卡應該也算在裡面，沒問題的。
/listen
@4 非常抱歉，您所反映的問題我們暫時無詳細資料，需進一步核實，我們會在24小時內與您聯繫，好嗎？
/listen
@15 /ticket 聯繫電話={{nk.phone}} 諮詢內容=客戶家中老人使用其副卡，諮詢能否享受60歲以上老人話費優惠，待業務部門核實後回覆
/listen
@3 好的，感謝您的來電，祝您生活愉快，再見！
""")
play("no_knowledge", "tw_no_promise", 60, 78, 1, 0, 0,
     "one fault: 2.19 without its promise (never says when we will contact you), twice: " + G + " §二(二) 2.19 承诺时限内联系", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 非常抱歉，這個我們暫時沒有詳細資料，需要再進一步核實喔。
/listen
@4 不好意思，副卡的部分知識庫還沒有說明，需要進一步核實。
/listen
@15 /ticket 聯繫電話={{nk.phone}} 諮詢內容=客戶家中老人使用其副卡，諮詢能否享受60歲以上老人話費優惠
/listen
@3 好的，感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- not_heard
play("not_heard", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; 2.5 whole, records the tracking number, 1.2 hold before/after, where the parcel is from the lookup; zhuyin slip 再->在 (ㄗㄞˋ): " + G + " §二(二) 2.5, §二(一) 1.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 非常抱歉，我沒聽清您的講話，您在重複一遍，好嗎？
/listen
@15 /ticket 單號={{nh.number}} 備註=三天未更新物流
@3 好的，請您稍等，我幫您核實一下好嗎？
@1 /hold
@20 /unhold
@2 感謝您的耐心等待，查到了，包裹目前滯留在{{nh.where}}，因為分揀積壓三天沒更新，明天會派送喔。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")
play("not_heard", "mn_number_typo", 78, 88, 1, 0, 0,
     "one fault: the repeated tracking number recorded with one digit wrong: " + N + " 3.1 1.3.2 信息错字率小于1%", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
/listen
@15 /ticket 单号={{nh.number|typo}} 备注=三天未更新物流
@3 好的，请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，查到了，包裹目前滞留在{{nh.where}}，分拣积压，明天会派送。
/listen
@3 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("not_heard", "tw_bare_hold", 78, 88, 1, 0, 0,
     "one fault: holds and comes back without the 1.2 等待前/等待后用语: " + G + " §二(一) 1.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 非常抱歉，我沒聽清您的講話，您再重複一遍，好嗎？
/listen
@15 /ticket 單號={{nh.number}} 備註=三天未更新物流
@1 /hold
@20 /unhold
@2 查到了，包裹目前滯留在{{nh.where}}，因為分揀積壓三天沒更新，明天會派送喔。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- off_topic
play("off_topic", "tw_ok", 95, 100, 1, 0, 1,
     "competent; traditional; 特殊处理 5 ask, then its ending, hang up, no chatting: " + G + " §二(三) 5", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 請問您有業務需要諮詢嗎？
/listen
@3 如果沒有業務需要諮詢，謝謝您，再見！
/listen
@2 /hangup
""")
play("off_topic", "mn_chats", 85, 92, 1, 0, 0,
     "one fault: answers the chit-chat (今天厦门足热的) before asking about business: " + G + " §二(四) 4.4 工作纪律; §二(三) 5", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 今天我们这边足热的啦，三十几度。请问您有业务需要咨询吗？
/listen
@3 如果没有业务需要咨询，谢谢您，再见！
/listen
@2 /hangup
""")
play("off_topic", "tw_rude_end", 58, 82, 1, 0, 0,
     "one fault: the ending said with a dismissive front (沒事就不要打來佔線好嗎: rhetorical, taboo, insult 0); borderline pass: " + G + " §二(三) 5、6", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 請問您有業務需要諮詢嗎？
/listen
@3 沒事就不要打來佔線好嗎？如果沒有業務需要諮詢，謝謝您，再見！
/listen
@2 /hangup
""")

# ---------------------------------------------------------------- praised
play("praised", "tw_ok", 95, 100, 1, 0, 1,
     "competent; traditional, Taiwan 喔; 2.8 with extra thanks, replay method from the KB, 1.4; zhuyin slip 遙->搖 (ㄧㄠˊ): " + G + " §二(二) 2.8", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 不客氣，這是我們應該做的，也謝謝您的肯定喔！
/listen
@4 支援7天內回看喔：您用搖控器按「回看」鍵，選日期和頻道就可以了；或是進入節目單，選昨天的節目按確認鍵。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")
play("praised", "mn_brag", 65, 75, 1, 0, 0,
     "one fault: takes the praise with a brag instead of 2.8 (not 不客气，这是我们应该做的): " + G + " §二(二) 2.8", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 哈哈，我们那个同事本来就足厉害的，我会跟她讲！
/listen
/listen
@4 可以回看7天内的节目：用遥控器按“回看”键，选日期跟频道；或者进节目单，选昨天的节目按确认键。
/listen
@3 感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "tw_figure_it_out", 72, 90, 1, 0, 0,
     "one fault: the answer comes with a look-it-up-yourself tail (您自己研究一下就好; taboo, insult 0): " + G + " §二(三) 6; " + N + " 3.1 2.1.1", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 不客氣，這是我們應該做的！
/listen
@4 節目單上面都有啦，用遙控器按回看鍵就好，您自己研究一下就會了。
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- repeat_complaint
play("repeat_complaint", "mn_ok", 90, 100, 1, 0, 1,
     "competent; 2.13 whole, records the dictated number and content, escalates to 投诉处理组, 1.4: " + G + " §二(二) 2.13; " + N + " 3.2 2.4.2", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 非常抱歉！您所反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。
/listen
/listen
@15 /ticket 联系电话={{rc.phone}} 投诉内容=第四次来电催办宽带故障，报修超时至今无人上门，客户表示将向12315投诉
@3 /escalate 投诉处理组
@3 已经帮您升级到投诉处理组专人跟进了，处理好会第一时间打给您。
/listen
@3 足歹势让您一直跑，感谢您的来电，祝您生活愉快，再见！
""")
play("repeat_complaint", "tw_no_escalate", 0, 59, 0, 1, 0,
     "one fault: fourth call, 12315 threatened, recorded but never escalated (fatal item): " + N + " 3.2 2.4.2, 2.3.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 非常抱歉！您所反映的問題我們正在緊張地處理，因為牽扯幾個部門的協調，所以時間比較長，我們會在問題解決後的第一時間與您聯繫。
/listen
/listen
@15 /ticket 聯繫電話={{rc.phone}} 投訴內容=第四次來電催辦寬帶故障，報修超時至今無人上門
@3 已經幫您再催辦一次了，處理好會第一時間打給您。
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")
play("repeat_complaint", "mn_no_213", 65, 80, 1, 0, 0,
     "one fault: only soothes (2.12) twice, never the 2.13 apology, reason and promise: " + G + " §二(二) 2.13", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 您的心情我非常理解，为了更有效地帮助您，请问您的报修单号是多少？
/listen
@4 我真的足理解您，您先别急，我马上帮您看。
/listen
/listen
@15 /ticket 联系电话={{rc.phone}} 投诉内容=第四次来电催办宽带故障，报修超时至今无人上门，客户表示将向12315投诉
@3 /escalate 投诉处理组
@3 已经帮您升级到投诉处理组专人跟进了，处理好会第一时间打给您。
/listen
@3 感谢您的来电，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- sales_call
play("sales_call", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; greets and introduces, asks the household's needs, recommends the fitting plan, answers the price objection with the renewal gift, records the order, 1.4: " + N + " 3.1 2.2.1/2.2.2", """
@2 /answer
/listen
@2 您好，我是寬帶客服中心27號專員，您家寬帶合約下個月就到期了，今天打來跟您介紹一下續約方案。
/listen
@3 請問您家裡平常幾個人用網路，主要用來做什麼呢？
/listen
@3 #{{sales.plan}}
/listen
@4 續約一年送一個月，折合下來每天才多幾塊錢，品質跟速度都好很多，蠻划算的喔。
/listen
@12 /ticket 套餐={{sales.band}} 資費=每月{{sales.price}}元 生效=下月1日
/listen
@3 已經幫您登記好了，感謝您的接聽，祝您生活愉快，再見！
""")
play("sales_call", "mn_wrong_order", 82, 92, 1, 0, 0,
     "one fault: the order ticket names another plan's bandwidth than the one sold: " + N + " 3.1 1.3.2 能记录有效信息", """
@2 /answer
/listen
@2 您好，我是宽带客服中心18号小陈，您家宽带合约下个月就到期了，打来甲您介绍一下续约方案。
/listen
@3 请问您家里平时几个人用网，主要用来做什么呢？
/listen
@3 #{{sales.plan}}
/listen
@4 续约一年送一个月，折合下来每天才多几块钱，速度好很多，足划算的。
/listen
@12 /ticket 套餐={{sales.band|other}} 资费=每月{{sales.price}}元 生效=下月1日
/listen
@3 感谢您的接听，祝您生活愉快，再见！
""")
play("sales_call", "tw_pushy", 65, 82, 1, 0, 0,
     "one fault: meets the price objection with condescension and no value or offer (早就過時了啦，您不要那麼省嘛; taboo, insult 0): " + N + " 3.1 2.2.2; " + G + " §二(二) 2.1", """
@2 /answer
/listen
@2 您好，我是寬帶客服中心27號專員，您家寬帶合約下個月就到期了，今天打來跟您介紹一下續約方案。
/listen
@3 請問您家裡平常幾個人用網路，主要用來做什麼呢？
/listen
@3 #{{sales.plan}}
/listen
@4 四十九那個早就過時了啦，現在誰還用那種，您不要那麼省嘛。
/listen
@12 /ticket 套餐={{sales.band}} 資費=每月{{sales.price}}元 生效=下月1日
/listen
@3 感謝您的接聽，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- silent_line
play("silent_line", "tw_ok", 95, 100, 1, 0, 1,
     "competent; traditional; 1.3 as printed, one line each: 您好，請講 twice, the 空话 ending, hang up within a minute: " + G + " §二(一) 1.3, §二(三) 4", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
@4 您好，請講。
@4 您好，請講。
@4 非常抱歉，聽不見您的聲音，無法為您服務，謝謝您，再見！
@2 /hangup
""")
play("silent_line", "mn_one_prompt", 25, 55, 0, 0, 0,
     "one fault: only one 您好，请讲 before the ending (at least two are required): " + G + " §二(一) 1.3, §二(三) 4", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！
@2 /hangup
""")
play("silent_line", "tw_accuse", 68, 90, 1, 0, 0,
     "one fault: between the steps a rhetorical accusation (都不說話是在耍我喔？; taboo, insult 0: no demeaning word, borderline) : " + G + " §二(三) 6", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
@4 您好，請講。
@4 您好，請講。
@3 都不說話是在耍我喔？
@3 非常抱歉，聽不見您的聲音，無法為您服務，謝謝您，再見！
@2 /hangup
""")

# ---------------------------------------------------------------- survey_invite
play("survey_invite", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; points and how to redeem from the desk, invites a rating without steering, 结束语, transfers to 满意度调查; zhuyin slip 兌->對 (ㄉㄨㄟˋ): " + N + " 3.1 2.1.8", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您目前可用積分是{{sv.points}}分，每1000積分可以換10元話費，發簡訊「JFDH」到10086，或是在APP「積分商城」對換，即時到帳喔。
/listen
@3 稍後請您對我的服務進行評價，我為您轉接滿意度調查，好嗎？
/listen
@3 感謝您的來電，祝您生活愉快，再見！
@2 /transfer 满意度调查
""")
play("survey_invite", "mn_five_star", 70, 80, 1, 0, 0,
     "one fault: asks for a five-star rating (steers the survey): " + N + " 3.1 2.1.8 邀请客户进行满意度调查 (不诱导)", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 您现在可用积分是{{sv.points}}分，每1000积分换10块话费，发短信“JFDH”到10086，或者在APP“积分商城”兑换，马上到账。
/listen
@3 等一下甲您转满意度调查，麻烦给我打个五星好评哦，拜托啦。
/listen
@3 感谢您的来电，祝您生活愉快，再见！
@2 /transfer 满意度调查
""")
play("survey_invite", "tw_wrong_transfer", 78, 88, 1, 0, 0,
     "one fault: invites properly, then transfers to 业务办理组 instead of 满意度调查: " + N + " 3.1 2.1.8 转接满意度调查系统", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 您目前可用積分是{{sv.points}}分，每1000積分可以換10元話費，發簡訊「JFDH」到10086，或是在APP「積分商城」兌換，即時到帳喔。
/listen
@3 稍後請您對我的服務進行評價，我為您轉接滿意度調查，好嗎？
/listen
@3 感謝您的來電，祝您生活愉快，再見！
@2 /transfer 业务办理组
""")

# ---------------------------------------------------------------- too_slow
play("too_slow", "mn_ok", 90, 100, 1, 0, 1,
     "competent; 2.17 whole, 1.2 hold before/after, refund status and days from the lookup, 1.4: " + G + " §二(二) 2.17, §二(一) 1.2", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 好的，请您稍等，我帮您核实一下好吗？
/listen
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，查到了，您的退款已经审核通过，预计{{slow.days}}内原路退回您的支付账户。
/listen
@3 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("too_slow", "mn_impatient", 68, 88, 1, 0, 0,
     "one fault: 2.17 with an impatient tail (你再催也没有比较快啦; taboo, insult 0): " + G + " §二(二) 2.17, §二(三) 6", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 好的，请您稍等，我帮您核实一下好吗？
/listen
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！你再催也没有比较快啦。
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，查到了，您的退款已经审核通过，预计{{slow.days}}内原路退回您的支付账户。
/listen
@3 感谢您的来电，祝您生活愉快，再见！
""")
play("too_slow", "tw_no_217", 68, 80, 1, 0, 0,
     "one fault: when blamed for being slow, no 2.17 apology and promise, twice: " + G + " §二(二) 2.17", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 好的，請您稍等，我幫您核實一下好嗎？
/listen
@3 我已經在查了，請您稍等。
/listen
@3 馬上就好了，請您稍等，我幫您核實一下好嗎？
@1 /hold
@20 /unhold
@2 感謝您的耐心等待，查到了，您的退款已經審核通過，預計{{slow.days}}內原路退回您的支付帳戶。
/listen
@3 不客氣，感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- transfer_failed
play("transfer_failed", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; 2.18(1), transfer to 技术支持部, 2.18(2) when it fails, ticket with company, fault and the landline, 1.4; zhuyin slip 詳->祥 (ㄒㄧㄤˊ): " + G + " §二(二) 2.18", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 請稍等，正在為您轉接，請不要掛機，好嗎？
@2 /transfer 技术支持部
/listen
@3 非常抱歉，由於話務正忙，暫時不能幫您轉接。您的問題我會做祥細的記錄，稍後會轉相關部門處理，您看好嗎？
/listen
@25 /ticket 公司={{tf.company}} 故障={{tf.fault}} 聯繫電話=08518812345 要求=下午要開視訊會議，請工程師儘快回電
/listen
@3 好的，已經記錄好了，感謝您的來電，祝您生活愉快，再見！
""")
play("transfer_failed", "mn_no_phrase", 80, 88, 1, 0, 0,
     "one fault: transfers without telling the caller (no 2.18(1)): " + G + " §二(二) 2.18(1)", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@3 /transfer 技术支持部
/listen
@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
/listen
@25 /ticket 公司={{tf.company}} 故障={{tf.fault}} 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电
/listen
@3 好的，已经记录好了，感谢您的来电，祝您生活愉快，再见！
""")
play("transfer_failed", "tw_blame_tech", 70, 88, 1, 0, 0,
     "one fault: 2.18(2) with a blame tail on the other desk (技術部的人都不接電話，我也沒辦法: 推诿, taboo, insult 0): " + G + " §二(二) 2.18(2), §二(三) 6", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@3 請稍等，正在為您轉接，請不要掛機，好嗎？
@2 /transfer 技术支持部
/listen
@3 非常抱歉，由於話務正忙，暫時不能幫您轉接。您的問題我會做詳細的記錄，稍後會轉相關部門處理，您看好嗎？技術部的人都不接電話，我也沒辦法。
/listen
@25 /ticket 公司={{tf.company}} 故障={{tf.fault}} 聯繫電話=08518812345 要求=下午要開視訊會議，請工程師儘快回電
/listen
@3 好的，已經記錄好了，感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- transferred_complaint
play("transferred_complaint", "mn_ok", 90, 100, 1, 0, 1,
     "competent; greets and introduces, says the colleague has told her, 2.12, 1.2 hold, refund result from the billing lookup, 1.4: " + N + " 3.2 2.3.1/2.3.2", """
@2 /answer
@2 您好，我是中级坐席27号小陈，刚才同事已经甲我讲了您视频会员重复扣费的情况，您不用再重复一遍。
/listen
@4 您的心情我非常理解，为了更有效地帮助您，请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，查到了，视频会员确实重复扣了25元，已经帮您提交退费，{{tc.days}}内退回您的话费账户。
/listen
@3 足歹势给您添麻烦了，感谢您的来电，祝您生活愉快，再见！
""")
play("transferred_complaint", "mn_ask_repeat", 78, 88, 1, 0, 0,
     "one fault: makes the transferred caller tell the problem again: " + N + " 3.2 2.3.1 受理转派客户的咨询", """
@2 /answer
@2 您好，我是中级坐席27号小陈，请问您遇到什么问题，麻烦您再讲一遍好吗？
/listen
@4 您的心情我非常理解，为了更有效地帮助您，请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，查到了，视频会员确实重复扣了25元，已经帮您提交退费，{{tc.days}}内退回您的话费账户。
/listen
@3 感谢您的来电，祝您生活愉快，再见！
""")
play("transferred_complaint", "tw_wrong_amount", 72, 82, 1, 0, 0,
     "one fault: tells a refund amount nobody looked up (50元 for the 25元 double charge): " + N + " 3.2 2.3.1 对处理结果进行反馈", """
@2 /answer
@2 您好，我是中級坐席27號，剛才同事已經跟我說明了您視頻會員重複扣費的情況，您不用再重複一遍喔。
/listen
@4 您的心情我非常理解，為了更有效地幫助您，請您稍等，我幫您核實一下好嗎？
@1 /hold
@20 /unhold
@2 感謝您的耐心等待，查到了，會退您50元到話費帳戶，{{tc.days}}內到帳。
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")

# ---------------------------------------------------------------- vip_call
play("vip_call", "tw_ok", 90, 100, 1, 0, 1,
     "competent; traditional; greets 錢先生 by name, opens roaming, asks and adds the wife's number, offers the data pack and trip reminder, ticket, 1.4; zhuyin slip 已->以 (ㄧˇ): " + N + " 3.3 2.1.1/2.1.3/2.2.2", """
@2 /answer
@2 錢先生您好，我是您的專屬客服27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 好的錢先生，國際漫遊已經幫您開通了，即時生效，鑽石卡免押金。請問您太太的號碼是多少呢？
/listen
@12 好的，以經把{{vip.wife}}加到您的家庭套餐了。另外建議您加一個漫遊流量包，每天25元不限量，也可以幫您設定出行簡訊提醒喔。
/listen
@12 /ticket 業務=開通國際漫遊、家庭套餐加副卡 副卡號碼={{vip.wife}} 額外服務=推薦漫遊流量包、出行簡訊提醒
@3 不客氣錢先生，祝您出差順利，感謝您的來電，再見！
""")
play("vip_call", "mn_no_name", 84, 92, 1, 0, 0,
     "one fault: the opening does not call the customer by name although the desk shows 钱先生: " + N + " 3.3 2.1.1; " + G + " §二(一) 1.1", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 好的，国际漫游已经帮您开通了，即时生效，钻石卡免押金。请问您太太的号码是多少？
/listen
@12 好的，已经把{{vip.wife}}加到您的家庭套餐了。另外建议您加一个漫游流量包，每天25块不限量，也可以帮您设置出行短信提醒。
/listen
@12 /ticket 业务=开通国际漫游、家庭套餐加副卡 副卡号码={{vip.wife}} 额外服务=推荐漫游流量包、出行短信提醒
@3 不客气，祝您出差顺利，感谢您的来电，再见！
""")
play("vip_call", "tw_no_extra", 80, 88, 1, 0, 0,
     "one fault: does both requests but offers nothing more (no data pack, reminder or account manager): " + N + " 3.3 2.2.2 额外帮助与服务", """
@2 /answer
@2 錢先生您好，我是客服中心27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 好的錢先生，國際漫遊已經幫您開通了，即時生效。請問您太太的號碼是多少呢？
/listen
@12 好的，已經把{{vip.wife}}加到您的家庭套餐了。
/listen
@12 /ticket 業務=開通國際漫遊、家庭套餐加副卡 副卡號碼={{vip.wife}}
@3 不客氣錢先生，感謝您的來電，再見！
""")

# ---------------------------------------------------------------- wrong_number
play("wrong_number", "mn_ok", 90, 100, 1, 0, 1,
     "competent; 2.10(1) reads the 10-digit number back, 2.10(2) when confirmed, records the full number, 1.4: " + G + " §二(二) 2.10", """
@2 /answer
@2 您好，客服中心18号小陈为您服务，请问有什么可以帮您？
/listen
@4 非常抱歉，请问您的手机号码是{{wn.short}}吗？
/listen
@3 很抱歉，您报的号码有误，请您再核对一下，好吗？
/listen
@15 /ticket 手机号={{wn.full}} 内容=预约师傅上门安装新路由器
/listen
@3 好的，师傅会尽快联系您，感谢您的来电，祝您生活愉快，再见！
""")
play("wrong_number", "tw_no_check", 25, 42, 0, 0, 0,
     "one fault: takes the 10-digit number as given (no read-back, no 2.10(2)), records it: " + G + " §二(二) 2.10; " + N + " 3.1 1.3.2", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 好的，已經幫您預約了，師傅會打電話給您喔。
/listen
@15 /ticket 手機號碼={{wn.short}} 預約內容=預約師傅上門安裝新路由器
/listen
@3 感謝您的來電，祝您生活愉快，再見！
""")
play("wrong_number", "tw_condescend", 70, 90, 1, 0, 0,
     "one fault: 2.10(2) said with condescension (手機號碼是11位數，這您應該知道吧; taboo, insult 0): " + G + " §二(二) 2.10(2), §二(三) 6", """
@2 /answer
@2 您好，客服中心工號27號，很高興為您服務，請問有什麼可以幫您的嗎？
/listen
@4 非常抱歉，請問您的手機號碼是{{wn.short}}嗎？
/listen
@3 很抱歉，您報的號碼有誤喔，手機號碼是11位數，這您應該知道吧，請您再核對一下好嗎？
/listen
@15 /ticket 手機號碼={{wn.full}} 預約內容=預約師傅上門安裝新路由器
/listen
@3 好的，師傅會儘快聯繫您，感謝您的來電，祝您生活愉快，再見！
""")


# ---------------------------------------------------------------- writer
SALES = {"1": ("100兆", "59"), "2": ("300兆", "99"), "3": ("1000兆", "199")}

def derived(key, fill):
    base, _, how = key.partition("|")
    if base == "sales.band" or base == "sales.price":
        plan = fill.get("sales.plan")
        if plan is None:
            return None
        if how == "other":
            plan = str(int(plan) % 3 + 1)
        return SALES[str(plan)][0 if base == "sales.band" else 1]
    if base == "corr.total" and "corr.extra" in fill:
        return str(20 + int(fill["corr.extra"]))
    v = fill.get(base)
    if v is None:
        return None
    v = str(v)
    if how == "typo":
        i = 5
        return v[:i] + str((int(v[i]) + 1) % 10) + v[i + 1:]
    if how == "other":
        return str(int(v) % 3 + 1)
    return v

def split_of(name):
    return "tune" if int(hashlib.md5(name.encode()).hexdigest()[:8], 16) % 5 < 2 else "report"

def main():
    fill = {}
    if len(sys.argv) > 2 and sys.argv[1] == "--fill":
        with open(sys.argv[2], encoding="utf-8") as f:
            fill = json.load(f)
    os.makedirs(os.path.join(HERE, "calls"), exist_ok=True)
    names, unfilled = set(), set()
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    for scn, what, lo, hi, passed, auto, comp, note, text in PLAYS:
        name = "%s.h28_%s.replies" % (scn, what)
        assert name not in names, name
        names.add(name)
        assert 0 <= lo <= hi <= 100 and (not auto or hi <= 59) and (not comp or passed), name
        def sub(m):
            v = derived(m.group(1), fill)
            if v is None:
                unfilled.add(m.group(1))
                return m.group(0)
            return v
        out = re.sub(r"\{\{([^}]+)\}\}", sub, text)
        with open(os.path.join(HERE, "calls", name), "w", encoding="utf-8") as f:
            f.write(out)
        tf = lambda b: "true" if b else "false"
        rows.append("\t".join([SPLIT, scn, name, str(lo), str(hi), tf(passed), tf(auto),
                               str(comp), note + "; split_rule=" + split_of(name)]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("%d plays, %d scenarios" % (len(PLAYS), len({p[0] for p in PLAYS})), file=sys.stderr)
    if unfilled:
        print("seed-1 tokens still to fill (%d): %s" % (len(unfilled), " ".join(sorted(unfilled))), file=sys.stderr)

if __name__ == "__main__":
    main()
