# More whole-call plays (issue #11 item 7), for scenarios that had none: written and labelled like
# plays.py (the same helpers append to the same list), each range set from the scenario's rubric
# and the standard before the play was run; the grader was run only to check that each script lines
# up with its scenario's turns (seed 1).
from plays import ok, fault, insult

# ---------------------------------------------------------------- callback_outbound (2.21, outbound)
# rubric: intro 25, ask_person 20, supplement 25, courtesy 10, closing 20 (no answer/opening items)
CB_INTRO = "@3 您好，我是东方有线8号业务受理专员，请问刚才是您拨打我们客服热线咨询宽带提速的吗？"
CB_ASK = "@4 刚才有一位先生拨打过我们的客服电话，请问他在吗？"
CB_SUPP = "@8 先生您好，关于您刚才咨询的宽带提速，还有内容需要给您补充一下：提速到500兆每月加30元，下个月生效。"
CB_CLOSE = "@4 不客气，感谢您的来电，祝您生活愉快，再见！"
ok("callback_outbound", "competent1", "competent: 2.21 intro, asks for the caller, supplements, closes",
   "\n".join(["@2 /answer", CB_INTRO, CB_ASK, CB_SUPP, CB_CLOSE]))
ok("callback_outbound", "competent2_trad", "competent: traditional characters, an IME slip (咨询->资讯)",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線客服中心12號，請問剛才是您撥打我們熱線資訊寬帶提速的嗎？",
              "@4 剛才有一位先生撥打過我們的客服電話，請問他在嗎？",
              "@8 先生您好，您剛才諮詢的寬帶提速還有內容需要補充：提速後每月加30元，下個月生效。",
              "@4 感謝您的來電，祝您愉快，再見！"]))
fault("callback_outbound", "no_ask_person", 70, 88, "fault: not the caller, never asks whether he is there (2.21)",
      "\n".join(["@2 /answer", CB_INTRO, "@4 好的，那麻烦您稍后转告一下。", CB_SUPP, CB_CLOSE]))
fault("callback_outbound", "tariff_only", 80, 95, "fault: gives the tariff without saying there is more to add (2.21 补充)",
      "\n".join(["@2 /answer", CB_INTRO, CB_ASK, "@6 提速到500兆每月加30元，下个月生效。", CB_CLOSE]))
fault("callback_outbound", "rude_tail", 60, 85, "fault: dismissive tail on the closing (禁忌语)",
      "\n".join(["@2 /answer", CB_INTRO, CB_ASK, CB_SUPP, "@4 感谢您的来电，再见！考虑好了自己打过来，别让我们再跑一趟。"]))
insult("callback_outbound", "insult", "fault: 你聋了吗 at the wife who answered",
       "\n".join(["@2 /answer", CB_INTRO, "@4 你聋了吗？我问你老公在不在！"]))

# ---------------------------------------------------------------- explain_again (2.6)
# rubric: answer 10, opening 10, explain 20, again 25, simple 10, courtesy 10, closing 15
EA_OPEN = "@3 您好，我是东方有线8号业务受理专员，请问有什么可以帮您？"
EA_EXPL = ("@15 阿姨您好，月功能费是您开通的来电显示、彩铃这些功能每个月收的费用；"
           "套餐外流量费是手机上网用超了套餐里的流量以后另外收的钱。")
EA_AGAIN = "@6 阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？"
EA_SIMPLE = "@10 阿姨，流量就是手机上网用的，您用微信看视频、聊天都会用到流量，用超了就会产生这笔费用。"
EA_CLOSE = "@5 不客气，感谢您的来电，祝您身体健康，再见！"
ok("explain_again", "competent1", "competent: explains, asks per 2.6, explains again, closes",
   "\n".join(["@2 /answer", EA_OPEN, EA_EXPL, EA_AGAIN, EA_SIMPLE, EA_CLOSE]))
ok("explain_again", "competent2_own", "competent: own words, 2.6 asked plainly",
   "\n".join(["@2 /answer", "@3 您好，欢迎致电东方有线，我是客服小王，请问您有什么需要帮忙的？",
              "@15 阿姨，月功能费就是来电显示这类功能的月租，套餐外流量费是手机上网超出套餐的那部分流量的费用。",
              "@6 阿姨，哪里还不太明白您跟我说，我再给您慢慢解释一遍，好吗？",
              "@10 您手机上用微信发语音、看视频都要用流量，超出套餐就单独收费了。",
              "@5 感谢您的来电，祝您生活愉快，再见！"]))
ok("explain_again", "competent3_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線8號業務受理專員，請問有什麼可以幫您？",
              "@15 阿姨，月功能費是來電顯示、彩鈴這些功能每月的費用；套餐外流量費是手機上網超出套餐流量後另外收的費用。",
              "@6 阿姨，請問您還有什麼不清楚的地方，需要我再幫您解釋一遍嗎？",
              "@10 流量就是手機上網用的，您用微信看視頻就會用到流量。",
              "@5 感謝您的來電，祝您身體健康，再見！"]))
fault("explain_again", "no_again", 62, 85, "fault: never asks whether to explain again (2.6), just repeats",
      "\n".join(["@2 /answer", EA_OPEN, EA_EXPL, "@8 就是功能费和流量费两项，都在账单上写着的。",
                 "@8 月功能费是功能的费用，流量费是上网的费用。", EA_SIMPLE, EA_CLOSE]))
fault("explain_again", "impatient_first", 60, 85, "fault: 我刚才不是说过了吗 first (禁忌语), 2.6 on the second try",
      "\n".join(["@2 /answer", EA_OPEN, EA_EXPL, "@5 阿姨，我刚才不是已经说得很清楚了吗？", EA_AGAIN, EA_SIMPLE, EA_CLOSE]))
fault("explain_again", "no_closing", 75, 92, "fault: no 结束语 (1.4)",
      "\n".join(["@2 /answer", EA_OPEN, EA_EXPL, EA_AGAIN, EA_SIMPLE, "@5 好的。", "@3 /hangup"]))
insult("explain_again", "insult", "fault: 老糊涂 at the elderly caller",
       "\n".join(["@2 /answer", EA_OPEN, EA_EXPL, "@5 说了半天还不懂，真是老糊涂了。"]))

# ---------------------------------------------------------------- survey_invite (3.1 2.1.8)
# rubric: answer 10, opening 10, resolve 15, invite 30, transfer 15, courtesy 10, latency 10
SV_OPEN = "@3 您好，我是东方有线8号业务受理专员，请问有什么可以帮您？"
SV_RES = "@8 先生您好，您目前有5200积分，1000积分可以兑换10元话费，您可以发短信或在APP积分商城兑换。"
SV_INV = "@5 好的，稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？"
SV_TRANSFER = "@3 /transfer 满意度调查"
ok("survey_invite", "competent1", "competent: answers, invites without steering, transfers",
   "\n".join(["@2 /answer", SV_OPEN, SV_RES, SV_INV, SV_TRANSFER]))
ok("survey_invite", "competent2_trad", "competent: traditional characters, own words",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線客服小李，請問有什麼可以幫您？",
              "@8 先生，您現在有5200積分，每1000積分可以兌換10元話費，在APP積分商城就能兌換。",
              "@5 不客氣。稍後邀請您對本次服務做個評價，我幫您轉到滿意度調查，可以嗎？", SV_TRANSFER]))
fault("survey_invite", "pressure", 60, 80, "fault: asks for a full-mark rating (诱导好评)",
      "\n".join(["@2 /answer", SV_OPEN, SV_RES, "@5 稍后转到满意度调查，麻烦您给我打个满分好评哦。", SV_TRANSFER]))
fault("survey_invite", "no_invite", 60, 80, "fault: transfers to the survey without inviting the caller",
      "\n".join(["@2 /answer", SV_OPEN, SV_RES, SV_TRANSFER]))
fault("survey_invite", "no_transfer", 75, 90, "fault: invites, then closes without transferring to the survey",
      "\n".join(["@2 /answer", SV_OPEN, SV_RES, SV_INV, "@4 感谢您的来电，祝您生活愉快，再见！"]))

# ---------------------------------------------------------------- customer_types (3.2 2.2.1, 2.12)
# seed 1: the hesitant caller (犹豫型, choice 2). rubric: answer 5, opening 5, identify 25,
# emotion 20 (phrase:emotional), approach 20, courtesy 10, closing 15
CT_OPEN = "@3 您好，我是东方有线8号业务受理专员，请问有什么可以帮您？"
CT_EMO = "@8 您的心情我非常理解，为了更好地帮助您，我建议您选择换货，新手机寄到您就能直接用，比退货再重新买省事。"
CT_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("customer_types", "competent1", "competent: hesitant caller, 2.12 and a recommendation",
   "\n".join(["@2 /answer", CT_OPEN, "@5 #2", CT_EMO, CT_CLOSE]))
ok("customer_types", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線8號業務受理專員，請問有什麼可以幫您？", "@5 #2",
              "@8 您的心情我非常理解，為了更有效地幫助您，我建議您換貨，換貨比退貨省事，新機到了直接就能用。",
              "@4 感謝您的來電，祝您愉快，再見！"]))
fault("customer_types", "wrong_type", 65, 85, "fault: judges the hesitant caller impatient (3.2 2.2.1)",
      "\n".join(["@2 /answer", CT_OPEN, "@5 #1", CT_EMO, CT_CLOSE]))
fault("customer_types", "no_emotion", 70, 88, "fault: recommends without the 2.12 words",
      "\n".join(["@2 /answer", CT_OPEN, "@5 #2", "@6 我建议您选择换货，换货比较省事。", CT_CLOSE]))

# ---------------------------------------------------------------- vip_call (3.3 2.1.1, 2.1.3, 2.2.2)
# seed 1: 新加坡, 夫人 18695077409. rubric: answer 5, greet 10, roaming 20, family 15, extra 15,
# ticket 10 (action:ticket, the dictated number checked, 3.1 1.3.2), courtesy 10, closing 15
VP_OPEN = "@3 钱先生您好，我是东方有线8号业务受理专员，请问有什么可以帮您？"
VP_ASK = "@6 好的钱先生，国际漫游我马上为您开通办理，今天就生效。请问您太太的号码是多少？"
VP_DONE = ("@10 已经把您太太的号码加入您的家庭套餐了。另外建议您开通境外漫游流量包，"
           "出行前我们还会短信提醒您，有需要可以联系您的专属客户经理。")
VP_CLOSE = "@4 感谢您的来电，祝您出差顺利，再见！"
ok("vip_call", "competent1", "competent: surname, both services, extra service, exact ticket",
   "\n".join(["@2 /answer", VP_OPEN, VP_ASK, VP_DONE, "@8 /ticket 业务=国际漫游、家庭套餐加号 副卡号码=18695077409", VP_CLOSE]))
fault("vip_call", "wrong_phone", 85, 95, "fault: the wife's number recorded with two digits swapped (3.1 1.3.2)",
      "\n".join(["@2 /answer", VP_OPEN, VP_ASK, VP_DONE, "@8 /ticket 业务=国际漫游、家庭套餐加号 副卡号码=18695077490", VP_CLOSE]))
fault("vip_call", "no_extra", 75, 90, "fault: does both services but offers nothing more (3.3 2.2.2)",
      "\n".join(["@2 /answer", VP_OPEN, VP_ASK, "@8 已经把您太太的号码加入您的家庭套餐了，两项业务都办理好了。",
                 "@8 /ticket 业务=国际漫游、家庭套餐加号 副卡号码=18695077409", VP_CLOSE]))
fault("vip_call", "no_surname", 88, 97, "fault: the opening does not address the VIP by surname",
      "\n".join(["@2 /answer", "@3 您好，我是东方有线8号业务受理专员，请问有什么可以帮您？", VP_ASK, VP_DONE,
                 "@8 /ticket 业务=国际漫游、家庭套餐加号 副卡号码=18695077409", VP_CLOSE]))

# ---------------------------------------------------------------- sales_call (3.1 2.2, outbound)
# seed 1: a family of three with online classes and TV (plan B). rubric: intro 10, needs 20,
# plan 20, objection 15, order 10 (action:ticket), courtesy 10, closing 15
SC_INTRO = "@3 先生您好，我是东方有线8号客服专员，您家的宽带下个月到期，给您介绍一下续约优惠方案。"
SC_NEEDS = "@4 请问您家里平时几个人用网？主要用来做什么呢？"
SC_PLAN = "@5 #2"
SC_OBJ = "@6 续约现在有优惠，这个套餐还送IPTV电视，折合每天才三块多，孩子上网课也更流畅，很划算。"
SC_TICKET = "@6 /ticket 套餐=B 300兆宽带+IPTV电视 每月99元 生效=下月"
SC_CLOSE = "@4 感谢您的支持，祝您生活愉快，再见！"
ok("sales_call", "competent1", "competent: intro, asks needs, plan B, handles price, records, closes",
   "\n".join(["@2 /answer", SC_INTRO, SC_NEEDS, SC_PLAN, SC_OBJ, SC_TICKET, SC_CLOSE]))
ok("sales_call", "competent2_typed", "competent: types the recommendation instead of picking it",
   "\n".join(["@2 /answer", SC_INTRO, SC_NEEDS, "@8 根据您家的情况，推荐您300兆宽带加IPTV电视的B套餐，每月99元。",
              SC_OBJ, SC_TICKET, SC_CLOSE]))
fault("sales_call", "no_needs", 70, 88, "fault: pitches without asking about the household (3.1 2.2.1)",
      "\n".join(["@2 /answer", SC_INTRO, "@4 我们有三个套餐，您看看哪个合适。", SC_PLAN, SC_OBJ, SC_TICKET, SC_CLOSE]))
fault("sales_call", "no_objection", 75, 90, "fault: does not answer the price objection",
      "\n".join(["@2 /answer", SC_INTRO, SC_NEEDS, SC_PLAN, "@5 价格就是这样的，您考虑一下。", SC_TICKET, SC_CLOSE]))

# ---------------------------------------------------------------- transferred_complaint (3.2 2.3, 2.12, 1.2)
# rubric: answer 5, takeover 20, emotion 15 (phrase:emotional), hold 15, resolve 20, courtesy 10,
# latency 5, closing 10
TC_TAKE = "@3 您好，我是中级坐席8号，刚才同事已经把情况转给我了，您本月视频会员费被重复扣了两次，每次25元，由我来为您处理。"
TC_EMO = "@5 您的心情我非常理解，为了更有效地帮助您，我马上为您核实扣费记录。"
TC_HOLD = "@4 请您稍等，我帮您核实一下好吗？"
TC_AFTER = "@6 感谢您的耐心等待，经核实确实重复扣了25元，已经为您提交退费，3个工作日内退回您的话费账户。"
TC_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("transferred_complaint", "competent1", "competent: takes over without asking again, 2.12, hold with 1.2, refund, close",
   "\n".join(["@2 /answer", TC_TAKE, TC_EMO, TC_HOLD, "@1 /hold", "@20 /unhold", TC_AFTER, TC_CLOSE]))
ok("transferred_complaint", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是中級坐席12號，同事已經跟我說了您的情況，視頻會員費重複扣了兩次，我來幫您處理。",
              "@5 您的心情我非常理解，為了更有效地幫助您，我馬上核實扣費記錄。", "@4 請您稍等，我幫您核實一下好嗎？",
              "@1 /hold", "@20 /unhold", "@6 感謝您的耐心等待，確實重複扣了25元，已經提交退費，會退回您的話費賬戶。",
              "@4 感謝您的來電，祝您愉快，再見！"]))
fault("transferred_complaint", "asks_again", 65, 85, "fault: makes the transferred caller tell it all again (3.2 2.3.1)",
      "\n".join(["@2 /answer", "@3 您好，我是中级坐席8号，请问您遇到了什么问题？", TC_EMO, TC_HOLD, "@1 /hold", "@20 /unhold",
                 TC_AFTER, TC_CLOSE]))
fault("transferred_complaint", "silent_hold_150", 75, 92, "fault: a silent 150-second hold on an angry caller, no check-back",
      "\n".join(["@2 /answer", TC_TAKE, TC_EMO, TC_HOLD, "@1 /hold", "@150 /unhold", TC_AFTER, TC_CLOSE]))
fault("transferred_complaint", "no_refund", 70, 85, "fault: never tells the result (the refund)",
      "\n".join(["@2 /answer", TC_TAKE, TC_EMO, TC_HOLD, "@1 /hold", "@20 /unhold",
                 "@6 感谢您的耐心等待，您的问题我们已经记录，会尽快处理。", TC_CLOSE]))

# ---------------------------------------------------------------- crisis_authority (2.4 risk, authority)
# rubric: answer 5, opening 5, empathy 15, authority 25, escalate 20 (fatal), record 10, courtesy 10, closing 10
CA_OPEN = "@3 您好，我是东方有线8号业务受理专员，请问有什么可以帮您？"
CA_EMO = "@5 您的心情我非常理解，为了更有效地帮助您，请您先别着急，我马上为您处理。"
CA_PLAN = "@5 #2"
CA_TICKET = "@6 /ticket 问题=过期奶粉，宝宝喝后腹泻 诉求=退款并追究责任 风险=健康、曝光"
CA_ESC = "@3 /escalate 专项处理部"
CA_TELL = "@4 非常抱歉，宝宝的情况我已经记录并升级到专项处理部门，他们会尽快联系您，请您先带宝宝去医院检查。"
CA_CLOSE = "@4 感谢您的来电，祝宝宝早日康复，再见！"
ok("crisis_authority", "competent1", "competent: 2.12, plan within authority, records, escalates, tells the caller",
   "\n".join(["@2 /answer", CA_OPEN, CA_EMO, CA_PLAN, CA_TICKET, CA_ESC, CA_TELL, CA_CLOSE]))
ok("crisis_authority", "competent2_typed", "competent: types the plan in own words, escalates first",
   "\n".join(["@2 /answer", CA_OPEN, CA_EMO,
              "@10 非常抱歉，我可以为您办理全额退款，另外补偿您200元优惠券，过期的奶粉我们安排上门取回，您看可以吗？",
              CA_ESC, CA_TICKET, CA_TELL, CA_CLOSE]))
insult("crisis_authority", "no_escalation", "fault: baby ill and a media threat, never escalated (2.4): fails the call",
       "\n".join(["@2 /answer", CA_OPEN, CA_EMO, CA_PLAN, CA_TICKET, "@4 宝宝的情况我已经记录了，会有人跟进的。",
                  "@6 请您耐心等待处理结果。", "@8 感谢您的来电，再见！", "@3 /hangup"]))
fault("crisis_authority", "over_promise", 60, 80, "fault: promises 2000 yuan cash to stop the video (beyond authority)",
      "\n".join(["@2 /answer", CA_OPEN, CA_EMO, "@5 #3", CA_TICKET, CA_ESC, CA_TELL, CA_CLOSE]))
fault("crisis_authority", "no_record", 80, 95, "fault: escalates but records no ticket",
      "\n".join(["@2 /answer", CA_OPEN, CA_EMO, CA_PLAN, CA_ESC, CA_TELL, CA_CLOSE]))

# ---------------------------------------------------------------- repeat_complaint (2.13, 2.4 escalation)
# seed 1: 罗女士, 联系电话 15867395191. rubric: answer 5, opening 5, apology 25, ticket 15 (phone
# exact, content), escalate 20 (fatal), courtesy 10, latency 10, closing 10
RC_OPEN = "@3 您好，我是东方有线8号业务受理专员，请问有什么可以帮您？"
RC_APO = ("@7 罗女士，真的非常抱歉！您反映的问题我们正在处理，因为要几个部门协调，所以拖得比较久，"
          "问题解决后我们会第一时间跟您联系。")
RC_CALM = "@5 罗女士，我非常理解您的心情，这次我马上给您升级加急处理，联系电话我记下了。"
RC_TICKET = "@6 /ticket 联系电话=15867395191 内容=光猫红灯上不了网，第四次来电，报修后无人上门，客户称要打12315，要求加急并回电"
RC_ESC = "@1 /escalate 投诉处理组"
RC_TELL = "@3 罗女士，已经升级到投诉处理组加急处理，24小时内会有专人联系您。"
RC_CLOSE = "@3 再次向您致歉，感谢您的来电，再见！"
ok("repeat_complaint", "competent1", "competent: 2.13 in own words, exact ticket, escalates, tells the caller",
   "\n".join(["@2 /answer", RC_OPEN, RC_APO, RC_CALM, RC_TICKET, RC_ESC, RC_TELL, RC_CLOSE]))
ok("repeat_complaint", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線8號業務受理專員，請問有什麼可以幫您？",
              "@7 羅女士，非常抱歉！您反映的問題我們正在緊張地處理，因為牽扯幾個部門的協調，所以時間比較長，我們會在問題解決後的第一時間與您聯繫。",
              "@5 羅女士，非常理解您的心情，我馬上為您升級加急處理，聯繫電話我已經記下了。",
              RC_TICKET, RC_ESC, "@3 羅女士，已經升級到投訴處理組，24小時內會有專人聯繫您。",
              "@3 感謝您的來電，再見！"]))
insult("repeat_complaint", "no_escalation", "fault: fourth call with a 12315 threat, never escalated (2.4): fails the call",
       "\n".join(["@2 /answer", RC_OPEN, RC_APO, RC_CALM, RC_TICKET, "@3 罗女士，工单已经给您催办了，请您耐心等待。",
                  "@3 感谢您的来电，再见！"]))
fault("repeat_complaint", "wrong_phone", 80, 92, "fault: the contact number recorded with one digit wrong (3.1 1.3.2)",
      "\n".join(["@2 /answer", RC_OPEN, RC_APO, RC_CALM,
                 "@6 /ticket 联系电话=15867395197 内容=光猫红灯上不了网，第四次来电，报修后无人上门，客户称要打12315，要求加急并回电",
                 RC_ESC, RC_TELL, RC_CLOSE]))
fault("repeat_complaint", "blame_first", 70, 90, "fault: 前几次又不是我接的 first (推诿, 禁忌语), 2.13 on the second try",
      "\n".join(["@2 /answer", RC_OPEN, "@5 前几次又不是我接的，我也不清楚怎么回事。", RC_APO, RC_CALM, RC_TICKET, RC_ESC,
                 RC_TELL, RC_CLOSE]))

# ---------------------------------------------------------------- more single faults
insult("customer_types", "insult", "fault: 你脑子有病吧 at the hesitant caller",
       "\n".join(["@2 /answer", CT_OPEN, "@5 #2", "@5 退还是换你自己都拿不定主意，你脑子有病吧？"]))
insult("sales_call", "insult", "fault: calls the price-minded caller a 土包子",
       "\n".join(["@2 /answer", SC_INTRO, SC_NEEDS, SC_PLAN, "@5 九十九都嫌贵，真是个土包子。"]))
fault("vip_call", "rude_tail", 62, 88, "fault: dismissive tail on the closing to the VIP (禁忌语)",
      "\n".join(["@2 /answer", VP_OPEN, VP_ASK, VP_DONE, "@8 /ticket 业务=国际漫游、家庭套餐加号 副卡号码=18695077409",
                 "@4 感谢您的来电，再见！下次这种小事您自己在APP上办就行了，别占用热线。"]))

# ---------------------------------------------------------------- whole-call classes (helper seencalls)
I_OPEN_C = "@3 您好，燃气客服热线，我是5号，请问有什么可以帮您？"
# Written from the rubric and the standard for the classes the retired seen3 plays showed (none of
# them copied): a record typed in traditional characters, a wrong number inside a dictated field, a
# transfer to a desk that cannot serve the caller after a word of English, a 2.21 callback that never
# says who calls, a ticket filed before the caller asks for it. Ranges set before the plays were run.
ok("info_record", "c_trad_form", "competent: the whole record typed in traditional characters, phone read back",
   "\n".join(["@2 /answer", "@3 您好，燃氣熱線客服7號，請問有什麼可以幫您？",
              "@40 /ticket name=楊麗華 phone=13967395191 address=雲巖區中華北路108號3單元502室 problem=燃氣管道接頭漏氣，已關總閥",
              "@4 楊女士，我和您核對一下電話：13967395191，沒錯的話師傅馬上出發。",
              "@4 請先開窗通風、不要開關電器，感謝您的來電，再見！"]))
fault("info_record", "c_wrong_room3", 68, 80,
      "fault: room typed 520室 for the dictated 502室: a record that sends the fitter to the wrong door is no "
      "valid information (3.1 1.3.2 能记录有效信息): record half of typing lost, 25 of 50",
      "\n".join(["@2 /answer", I_OPEN_C,
                 "@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元520室 problem=燃气管道接头漏气，已关总阀",
                 "@4 杨女士，跟您确认一下联系电话，13967395191，师傅会尽快上门。", "@4 感谢您的来电，注意安全，再见！"]))
fault("english_caller", "c_wrong_desk_tech6", 20, 40,
      "fault: a word of English, then a transfer to 二线技术支持, which cannot serve her in English (3.1 2.1.6): "
      "english 0, nothing else done (answer, opening, courtesy only)",
      "\n".join(["@2 /answer", "@3 您好，东方有线客服11号，请问有什么可以帮您？",
                 "@6 Hello, I am sorry to hear that. Let me put you through to our technical team, one moment please.",
                 "@3 /transfer 二线技术支持"]), passed=False)
fault("callback_outbound", "c_no_self_intro", 68, 80,
      "fault: asks whether it was her, but never who is calling (2.21 我是XX公司XX号"
      "业务受理专员): intro 0 of 25; asks for him, supplements, closes",
      "\n".join(["@2 /answer", "@3 喂您好，请问刚才是您打我们热线问宽带提速的事吗？",
                 "@20 不是推销的，您别误会。",
                 "@6 那麻烦问一下，刚才打过来的那位先生在吗？能请他接一下电话吗？",
                 "@10 先生您好，您刚才问的宽带提速还有内容需要补充：提速到500兆每月加30元，下个月1号生效，不用上门。",
                 "@4 好的，感谢您的接听，祝您生活愉快，再见！"]))
ok("bad_attitude", "c_ticket_at_once2", "competent: files the complaint ticket while listening, before the caller asks for it, then 2.9",
   "\n".join(["@2 /answer", "@3 您好，东方有线客服，我是21号，请问有什么可以帮您？",
              "@8 /ticket 被投诉工号=39 内容=客户昨天下午来电问修改宽带密码，39号客服不耐烦，未说完即挂断",
              "@4 实在对不起，昨天让您受委屈了，我们一定改进服务，感谢您的监督和指正。",
              "@8 已经给您记下了。修改宽带密码我现在就能在系统里帮您改，您也可以在APP上自己改。",
              "@4 感谢您的来电，祝您生活愉快，再见！"]))

# ---------------------------------------------------------------- helper calls2 (whole-call classes)
# Written by helper calls2 in its own words for the whole-call classes of issue #11 it fixed (a number
# written out in a ticket field, the 结束语 at the end of a longer last message, the 故障 field of the
# hand-over form, the named field of a complaint ticket, the crisis hand-over answered with a bare
# goodbye). Ranges set from each scenario's rubric before the play was run; names chosen (a suffix
# digit) so that the split rule puts them in tune.
# info_record rubric: answer 10, opening 10, typing 50, confirm 10, courtesy 10, closing 10
ok("info_record", "c_numerals_written3",
   "competent: phone typed 幺三九…, house and room numbers written out (一百零八号, 五〇二室); the read-back "
   "and the 结束语 in one last message (3.1 1.3.2 judges the record, 1.4 closes the call)",
   "\n".join(["@2 /answer", "@3 您好，燃气公司客服中心5号，请问有什么可以帮您？",
              "@45 /ticket name=杨丽华 phone=幺三九六七三九五幺九幺 address=云岩区中华北路一百零八号三单元五〇二室 problem=燃气管道接头漏气，已关总阀",
              "@5 杨女士，和您核对一下，您的电话是13967395191，地址是中华北路108号3单元502室，师傅半小时内上门，"
              "请您开窗通风、不要开关电器。请问还有其他可以帮您的吗？感谢您的来电，再见！"]))
# transfer_failed rubric: answer 5, opening 10, transfer_phrase 15, transfer 10, failed 25, ticket 6,
# fault_record 4, courtesy 10, closing 15
fault("transfer_failed", "c_fault_blank3", 88, 97,
      "fault: the hand-over form's 故障 field left empty, the fault written under 客户要求 (3.1 1.3.2 per field): "
      "fault_record 0 of 4, the rest done",
      "\n".join(["@2 /answer", "@3 您好，我是客服中心6号，请问有什么可以帮您？",
                 "@4 好的，我马上帮您转接技术支持部，请您稍等，不要挂机，好吗？", "@2 /transfer 技术支持部",
                 "@6 实在抱歉，技术支持部现在线路繁忙，没能转接成功。我把您的问题详细记录下来，转交技术部门尽快处理，您看可以吗？",
                 "@10 /ticket 公司=筑城物流 故障= 联系电话=08518812345 要求=VPN隧道一直断开，请工程师尽快回电",
                 "@4 感谢您的来电，祝您工作顺利，再见！"]))
ok("transfer_failed", "c_long_close1",
   "competent: the last message says what happens next and ends with the 结束语 (1.4)",
   "\n".join(["@2 /answer", "@3 您好，客服中心14号为您服务，请问有什么可以帮您？",
              "@4 请您稍等，正在为您转接技术支持部，请不要挂机，好吗？", "@2 /transfer 技术支持部",
              "@6 非常抱歉，技术支持部暂时占线，转接没有成功。您的问题我会详细记录，转交技术部门处理，您看好吗？",
              "@10 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=工程师尽快回电",
              "@6 已经为您登记并标了加急，技术支持部的工程师会打08518812345这个座机联系您。请问还有其他可以帮您的吗？"
              "感谢您的来电，再见！"]))
# crisis_selfharm rubric: answer 5, opening 5, calm 20, safety 10, record 15, escalate 20, timely 5,
# courtesy 10, latency 10
fault("crisis_selfharm", "c_bye_at_handover1", 80, 95,
      "fault: all done, but to 你们的人真的会打给我吗 only 感谢您的来电，再见 (3.2 2.4.2 安抚; the call is not "
      "the trainee's to close): part of calm lost",
      "\n".join(["@2 /answer", "@3 您好，我是客服中心9号，请问有什么可以帮您？",
                 "@5 遇到这种事您一定特别难受，我非常理解您的心情，您慢慢说，我在听。",
                 "@5 您先从楼顶边上下来，到安全的地方好吗？我一直陪着您。您现在用的电话是多少？",
                 "@2 /escalate 危机干预组",
                 "@8 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被骗十二万，扬言轻生，已升级",
                 "@5 感谢您的来电，祝您生活愉快，再见！"]))
# bad_attitude rubric: answer 5, opening 10, apology 30, record 15, courtesy 15, latency 10, closing 15
fault("bad_attitude", "c_agent_swapped1", 78, 90,
      "fault: the 被投诉工号 field holds 93 for the agent 39 she named (39 only in the content text): "
      "the complaint is filed against the wrong agent (3.1 1.3.2, 2.1.3)",
      "\n".join(["@2 /answer", "@3 您好，东方有线客服17号，请问有什么可以帮您？",
                 "@6 非常抱歉给您带来了不愉快，我们会在以后的工作中改进，感谢您对我们工作的监督！",
                 "@6 /ticket 被投诉工号=93 内容=客户投诉39号客服昨天下午态度不耐烦，话没说完就挂断电话",
                 "@6 修改宽带密码可以在营业厅或APP上办理，我现在也可以直接帮您受理。",
                 "@4 再次向您致歉，感谢您的来电，再见！"]))
# survey_invite rubric (as it stands): answer 10, opening 10, resolve 15, invite 25, transfer 15,
# courtesy 10, latency 5, closing 10
ok("survey_invite", "c_invite_and_bye1",
   "competent: answers from the desk; the invitation and the 结束语 in one message (2.1.8, 1.4), then the transfer",
   "\n".join(["@2 /answer", "@3 您好，客服中心23号为您服务，请问有什么可以帮您？",
              "@8 先生，帮您查到了，您现在可用积分是5200分，每1000分能换10元话费，在APP积分商城里或者发短信都能兑换，马上到账。",
              "@6 好的先生，稍后想邀请您对我这次的服务做个评价，我帮您转到满意度调查，可以吗？感谢您的来电，再见！",
              "@3 /transfer 满意度调查"]))
fault("survey_invite", "c_wrong_survey_desk2", 75, 88,
      "fault: invites and closes well, then transfers to 投诉处理组 instead of the survey (3.1 2.1.8): transfer 0 of 15",
      "\n".join(["@2 /answer", "@3 您好，客服中心23号为您服务，请问有什么可以帮您？",
                 "@8 先生，帮您查到了，您现在可用积分是5200分，每1000分能换10元话费，在APP积分商城里或者发短信都能兑换，马上到账。",
                 "@6 好的先生，稍后想邀请您对我这次的服务做个评价，我帮您转过去，可以吗？感谢您的来电，再见！",
                 "@3 /transfer 投诉处理组"]))
# Helper calls9's plays for the whole-call classes of the retired seen4/seen7 plays, in its own
# words, ranges set from each rubric and the standard before running; names chosen (a numeric
# suffix) so that the split rule puts them in `tune`.
# Class: a tone fault between the steps of a special-call protocol. The steps are all done in
# order; the rude sentence is the courtesy item's fault (§二(三) 6 is that item's clause) and
# arguing is prompt_end's, each charged once.
# abusive_caller rubric: answer 10, opening 10, ask_help 15, end_phrase 15, protocol 25,
# composure 15, prompt_end 10
fault("abusive_caller", "c9_rude_between4", 74, 90,
      "fault: asks once, then 您骂来骂去到底想干嘛？ (a rhetorical question at the caller), then the 特殊处理 2 "
      "close and the hang-up: composure (one 禁忌语) and prompt_end (argued) lost, the protocol itself followed",
      "\n".join(["@2 /answer", "@3 您好，客服中心12号，请问有什么可以帮您？",
                 "@3 请问您需要帮助吗？",
                 "@3 您骂来骂去到底想干嘛？",
                 "@3 感谢您的来电，若没有其他业务咨询，再见！", "@2 /hangup"]))
fault("abusive_caller", "c9_no_use_between1", 74, 90,
      "fault: asks once, then 您这么骂下去也没什么用的 (the caller's fuss declared useless: dismissive), then "
      "the 特殊处理 3 close and the hang-up: composure and prompt_end lost, the protocol followed",
      "\n".join(["@2 /answer", "@3 您好，客服中心3号，请问有什么可以帮您？",
                 "@4 请问您需要帮助吗？",
                 "@4 您这么骂下去也没什么用的。",
                 "@3 如果没有业务需要咨询，再见！", "@2 /hangup"]))
# off_topic rubric: answer 10, opening 10, ask 25, close 20, protocol 15, courtesy 10, focus 10
fault("off_topic", "c9_rude_before_close1", 84, 96,
      "fault: asks (特殊处理 5), then 这个跟您没关系吧 to 你多大了 (a brush-off), then the close and the hang-up: "
      "courtesy lost, no chat, the protocol followed",
      "\n".join(["@2 /answer", "@4 您好，客服中心8号，请问有什么可以帮您？",
                 "@5 先生，请问您有业务需要咨询吗？",
                 "@5 这个跟您没关系吧。",
                 "@4 如果没有业务需要咨询，谢谢您，再见！", "@2 /hangup"]))
# silent_line rubric: answer 10, opening 10, prompts 25, close 15, protocol 25, courtesy 10, pacing 5
fault("silent_line", "c9_impatient_between1", 80, 96,
      "fault: 您好，请讲 twice, then 到底说不说话啊？ (impatience), then the 1.3 close and the hang-up: "
      "courtesy lost, every step of 1.3 in order",
      "\n".join(["@2 /answer", "@3 您好，我是客服中心6号，请问有什么可以帮您？",
                 "@4 您好，请讲。", "@5 您好，请讲。",
                 "@3 到底说不说话啊？",
                 "@3 听不见您的声音，无法为您服务，再见！", "@2 /hangup"]))
# Class: a step whose phrase came with a rude word in the same reply earns half of the step (the
# standard's words said, not as prescribed: 呼叫服务员职业标准 2.2 三(一)2), never 0 as if unsaid.
fault("off_topic", "c9_ask_with_tail2", 68, 86,
      "fault: the 特殊处理 5 question said with a rude tail (没事别老往这打): ask half, courtesy lost, then the "
      "close and the hang-up",
      "\n".join(["@2 /answer", "@4 您好，客服中心15号，请问有什么可以帮您？",
                 "@5 请问您有业务需要咨询吗？没事别老往这打。",
                 "@5 如果没有业务需要咨询，谢谢您，再见！", "@2 /hangup"]))
# Class: the answer told, then a tail that sends the caller to look it up herself (推诿: 这些…上都有,
# 都查得到): the courtesy item's fault (不用禁忌语).
# long_wait rubric: answer 10, opening 10, apology 25, suspend 20, courtesy 10, latency 10, closing 15
fault("long_wait", "c9_look_it_up_tail1", 86, 96,
      "fault: the SIM answer ends with 这些营业厅门口都贴着的 (look it up yourself): courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，我是移动客服31号，请问有什么可以帮您？",
                 "@5 非常抱歉，让您久等了！请问有什么可以帮您？",
                 "@10 /ticket 业务=停机挂失 内容=手机在商场丢失，已立即停机挂失",
                 "@8 已经帮您停机挂失了。补卡请您带上本人身份证到营业厅办理，这些营业厅门口都贴着的。",
                 "@4 感谢您的来电，祝您生活愉快，再见！"]))
# bad_attitude rubric: answer 5, opening 10, apology 30, record 15, courtesy 15, latency 10, closing 15
fault("bad_attitude", "c9_look_it_up_tail1", 84, 96,
      "fault: the password answer ends with 官网上都能查到的 (look it up yourself) to a caller who complains of "
      "an impatient agent: courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，东方有线客服21号，请问有什么可以帮您？",
                 "@6 非常抱歉给您添麻烦了，我们一定改进服务，谢谢您的监督。",
                 "@6 /ticket 被投诉工号=39 内容=昨天下午咨询修改宽带密码，39号客服不耐烦并挂断电话",
                 "@8 修改宽带密码在APP里就能改，这个官网上都能查到的。",
                 "@4 感谢您的来电，祝您生活愉快，再见！"]))
ok("abusive_caller", "c9_competent_own2",
   "competent: asks once in own words, the 特殊处理 2 close, hangs up",
   "\n".join(["@2 /answer", "@3 您好，客服中心4号，请问有什么可以帮您？",
              "@3 您好，请问您需要帮助吗？",
              "@4 感谢您的来电，若没有其他业务咨询，再见！", "@2 /hangup"]))
# Class: a step's phrase begun on its first try (the greeting) and finished after the caller asks
# again (who is calling): the phrase was said, late: half of the step, as any second try (2.21).
# callback_outbound rubric: intro 25, ask_person 20, supplement 25, courtesy 10, closing 20
fault("callback_outbound", "c9_intro_after_ask1", 80, 92,
      "fault: only 喂，您好！ at first; who calls and why only after the caller asks 你是哪里 (2.21 late): "
      "intro half, the rest done",
      "\n".join(["@2 /answer", "@5 喂，您好！",
                 "@14 ~6s 我是电信客服中心12号客服专员，请问刚才是您拨打我们的客服电话吗？",
                 "@7 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
                 "@12 先生您好，关于您刚才咨询的宽带提速，我这边还有内容需要补充：提速到500兆每月加30元，次月1日生效。",
                 "@5 感谢您的接听，祝您生活愉快，再见！"]))
# Helper calls10's fresh plays (session of 2026-11-26), written after its fixes and never tuned on,
# for the classes it fixed; ranges set from the rubric and the standard before the plays were run.
# Class: a rude line between the steps of 特殊处理 1–3 is charged by the protocol item (not as
# prescribed, §二(三) 6) and by composure (its words), once each; 纠缠 (prompt_end) is the polite
# argument the protocol item leaves whole.
# abusive_caller rubric: answer 10, opening 10, ask_help 15, end_phrase 15, protocol 25,
# composure 15, prompt_end 10
fault("abusive_caller", "c10_between_sneer1", 70, 88,
      "fault: asks once, then 您说完了没有？说完我可就挂了啊 (impatience at the caller), then the 特殊处理 2 "
      "close and the hang-up: composure and the protocol's manner lost, nothing else",
      "\n".join(["@2 /answer", "@3 您好，东方客服中心21号，请问有什么可以帮您？",
                 "@3 先生，请问您需要帮助吗？",
                 "@4 您说完了没有？说完我可就挂了啊。",
                 "@3 感谢您的来电，若没有其他业务咨询，再见！", "@2 /hangup"]))
fault("abusive_caller", "c10_between_lecture1", 75, 90,
      "fault: asks once, then reasons with him (骂人解决不了问题，您有什么事可以好好说) before the 特殊处理 3 "
      "close and the hang-up: 纠缠 (prompt_end), perhaps composure",
      "\n".join(["@2 /answer", "@3 您好，我是客服中心9号，请问有什么可以帮您？",
                 "@3 请问您需要帮助吗？",
                 "@4 先生，骂人解决不了问题，您有什么事可以好好说。",
                 "@3 如果没有业务需要咨询，再见！", "@2 /hangup"]))
ok("abusive_caller", "c10_competent2",
   "competent: asks once in own words, the 特殊处理 3 close, hangs up",
   "\n".join(["@2 /answer", "@3 您好，客服中心30号为您服务，请问有什么可以帮您？",
              "@4 先生您好，请问您是需要什么帮助吗？",
              "@3 如果没有业务需要咨询，再见！", "@2 /hangup"]))
# Class: a record that states a value the caller did not give (another plan's amount or bandwidth) is
# no valid record (国家职业技能标准 3.1 1.3.2 能记录有效信息), not a record with a part missing.
# caller_fast rubric: answer 10, opening 10, slow 25, confirm 20, ticket 10, courtesy 10, closing 15
fault("caller_fast", "c10_ticket_other_plan1", 85, 95,
      "fault: read-back right (158 -> 88, 副卡, next month), the form says 改为128元: a wrong amount in the record",
      "\n".join(["@2 /answer", "@3 您好，我是东方有线7号，请问有什么可以帮您？",
                 "@4 不好意思先生，您说得太快了，我没听清楚，请您说慢一点好吗？",
                 "@6 好的，我确认一下：您要把158元的套餐改成88元的，副卡取消，下个月1号生效，对吗？",
                 "@6 /ticket 业务=套餐变更 内容=158元套餐改为128元，副卡取消，次月生效",
                 "@4 已经帮您登记好了，感谢您的来电，祝您生活愉快，再见！"]))
ok("caller_fast", "c10_competent2",
   "competent: asks to slow down in own words, reads back, records, closes",
   "\n".join(["@2 /answer", "@3 您好，东方有线客服12号，请问有什么可以帮您？",
              "@4 非常抱歉先生，我没太听明白，麻烦您说慢一点儿好吗？",
              "@6 跟您核对一下，158元的套餐换成88元的，副卡取消掉，下个月1号起生效，没错吧？",
              "@6 /ticket 业务=套餐变更 内容=158元套餐改88元套餐，取消副卡，下月1日生效",
              "@4 好的，已经为您登记，感谢您的来电，祝您生活愉快，再见！"]))
# sales_call rubric: intro 10, needs 20, plan 20, objection 15, order 10, courtesy 10, closing 15
fault("sales_call", "c10_order_other_bandwidth1", 85, 93,
      "fault: sells B (300兆 + IPTV, 99元) well, the order form says 1000兆宽带 at 99元: a wrong order record",
      "\n".join(["@4 /answer",
                 "@5 您好，我是东方有线客户经理小周，工号16，您家宽带下个月到期，想跟您说一下续约的优惠，您现在方便吗？",
                 "@5 您家里平时几个人用网呀，主要是看电视、上网课还是打游戏？",
                 "@3 #2",
                 "@7 续约这个方案前三个月每月减免20元，再送一年IPTV，算下来一天也就三块钱，很划算。",
                 "@5 /ticket 套餐=1000兆宽带+IPTV 资费=每月99元 生效=下月",
                 "@4 好的，已经给您登记了，感谢您的接听，祝您生活愉快，再见！"]))
# Class: a read-back (复述确认) said with a 禁忌语 in the same message was done, not as prescribed:
# half of its step (call.step_credit, as a phrase said rudely), courtesy charges the words.
fault("caller_fast", "c10_readback_tail3", 76, 90,
      "fault: the read-back complete, with 您讲那么快，让我怎么记？ in the same message (a rhetorical question "
      "blaming the caller): courtesy lost, the read-back not as prescribed",
      "\n".join(["@2 /answer", "@3 您好，东方有线客服中心28号，请问有什么可以帮您？",
                 "@4 非常抱歉，我没有听清楚，请您说慢一点好吗？",
                 "@6 核对一下：158元的套餐改为88元，副卡取消，下月1号生效。您讲那么快，让我怎么记？",
                 "@6 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效",
                 "@4 好的，已经为您办理登记，感谢您的来电，祝您生活愉快，再见！"]))
# wrong_number rubric: answer 5, opening 10, readback 20, wrong 25, ticket 20, courtesy 10, closing 10
fault("wrong_number", "c10_readback_tail4", 72, 90,
      "fault: the 2.10(1) read-back with 您报号码的时候能不能认真点？ in the same message: courtesy lost, "
      "the read-back not as prescribed",
      "\n".join(["@2 /answer", "@3 您好，我是东方有线5号业务受理专员，请问有什么可以帮您？",
                 "@5 非常抱歉，请问您的手机号码是1586163655吗？您报号码的时候能不能认真点？",
                 "@5 很抱歉，您报的号码有误，少了一位，请您再核对一下好吗？",
                 "@8 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，回电确认时间",
                 "@4 好的，师傅会尽快和您联系，感谢您的来电，再见！"]))
# info_record rubric: answer 10, opening 10, typing 50, confirm 10, courtesy 10, closing 10
fault("info_record", "c10_readback_tail3", 78, 92,
      "fault: the record right, the read-back of the phone and address ends with 这回总该对了吧 (impatience "
      "at the caller): courtesy lost, the read-back not as prescribed",
      "\n".join(["@2 /answer", "@2 您好，我是燃气公司20号客服，请问有什么可以帮您？",
                 "@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
                 "@3 杨女士，您的电话是13967395191，地址是云岩区中华北路108号3单元502室，这回总该对了吧？",
                 "@3 感谢您的来电，再见！"]))
# Helper calls11 (session of 2026-11-26), written before its fixes, ranges from the rubric and the
# standard before running. Class: an answer taken from the desk (score.tells) or a step judged by
# its words, said with a 禁忌语 in the same message, was given, not as prescribed: half of its item
# (as call.step_credit does for a read-back), the courtesy item charges the words (呼叫服务员职业标准
# 2.2 三(一)2 正确使用服务用语，不用禁忌语: two requirements, both missed).
# hard_to_reach rubric: answer 10, opening 10, apology 25, hold 15, result 10, courtesy 10, latency 10, closing 10
fault("hard_to_reach", "c11_answer_tail1", 78, 92,
      "fault: the date from the lookup, then 这种事您在APP上自己就能查，犯不着打电话 (推诿): result not as "
      "prescribed, courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，宽带客服9号，请问有什么可以帮您？",
                 "@3 非常抱歉！由于咨询量大量增加，造成系统繁忙，给您带来不便，我们深表歉意！",
                 "@3 请您稍等，我帮您查询一下好吗？", "@1 /hold", "@15 /unhold",
                 "@2 感谢您的耐心等待！您的宽带到期日是明年1月15日。这种事您在APP上自己就能查，犯不着打电话。",
                 "@3 感谢您的来电，祝您生活愉快，再见！", "@2 /hangup"]))
# too_slow rubric: answer 5, opening 10, too_slow 25, hold 15, result 10, courtesy 10, latency 10, closing 15
fault("too_slow", "c11_result_tail1", 78, 92,
      "fault: the refund's progress from the lookup, then 催也没用，到时间自然就到了 (打发客户): result not as "
      "prescribed, courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，商城客服21号，请问有什么可以帮您？",
                 "@4 好的，我这就帮您查一下这个订单。",
                 "@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！",
                 "@3 请您稍等，我帮您核实一下好吗？", "@1 /hold", "@20 /unhold",
                 "@2 感谢您的耐心等待！您458元的退款已经审核通过了，3到5个工作日内原路退回。催也没用，到时间自然就到了。",
                 "@4 感谢您的来电，祝您愉快，再见！", "@2 /hangup"]))
# explain_again rubric: answer 10, opening 10, explain 20, again 25, simple 10, courtesy 10, closing 15
fault("explain_again", "c11_again_scold1", 72, 90,
      "fault: the second explanation right, ending 这么简单的道理还要讲几遍啊 (impatience): simple not as "
      "prescribed, courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，移动客服15号，请问有什么可以帮您？",
                 "@15 阿姨，月功能费8块是来电显示5块和彩铃3块；套餐外流量费23块，是套餐里的流量用完以后多用的那部分。",
                 "@6 阿姨，您看还有哪里没明白，要不要我再给您慢慢讲一遍？",
                 "@10 微信语音、刷视频都走流量，超出套餐就另外收费。这么简单的道理还要讲几遍啊。",
                 "@5 感谢您的来电，祝您生活愉快，再见！"]))
# wrong_number rubric: answer 5, opening 10, readback 20, wrong 25, ticket 20, courtesy 10, closing 10
fault("wrong_number", "c11_wrong_scold1", 62, 85,
      "fault: 2.10(2) said as 您报的号码少一位，报之前能不能先看清楚啊？请再核对一下 (a rhetorical reproach): "
      "wrong not as prescribed, courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，宽带客服12号，请问有什么可以帮您？",
                 "@5 非常抱歉，请问您的手机号码是1586163655吗？",
                 "@5 您报的号码少一位，报之前能不能先看清楚啊？请再核对一下。",
                 "@20 /ticket 手机号=15861463655 内容=预约上门安装新路由器",
                 "@3 好的，师傅会联系您，感谢您的来电，再见！"]))
# Class: the typing speed of the record below the standard's bar (国家职业技能标准 3.1 1.3.1; 职业标准
# (试行) 五级 一(二)1 每分钟输入汉字50个): the requirement is a bar, not met below it, whatever the margin.
# info_record rubric: answer 10, opening 10, typing 50 (speed half, record half), confirm 10, courtesy 10, closing 10
fault("info_record", "c11_slow_a8", 62, 82,
      "fault typing: the record right, typed at 35 字/分 (bar 50): the speed half of typing lost",
      "\n".join(["@2 /answer", "@3 您好，燃气客服中心5号，请问有什么可以帮您？",
                 "~35cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
                 "@5 杨女士，我跟您核对一下，电话13967395191，地址云岩区中华北路108号3单元502室，对吗？",
                 "@6 好的，抢修师傅马上出发，请您开窗通风，不要开关电器。感谢您的来电，再见！"]))
fault("info_record", "c11_slow_b5", 65, 85,
      "fault typing: the record right, typed at 44 字/分, just under the bar of 50: the speed half of typing lost",
      "\n".join(["@2 /answer", "@3 您好，燃气热线，我是客服31号，请问有什么可以帮您？",
                 "~44cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关闭总阀",
                 "@4 杨女士，电话是13967395191，地址云岩区中华北路108号3单元502室，没错吧？",
                 "@5 好的，师傅马上上门，请先开窗通风。感谢您的来电，祝您生活愉快，再见！"]))
ok("info_record", "c11_typist_c1",
   "competent: the record typed at 60 字/分, read back, 结束语",
   "\n".join(["@2 /answer", "@3 您好，燃气公司客服16号，请问有什么可以帮您？",
              "~60cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
              "@4 杨女士，跟您核对一下：电话13967395191，地址云岩区中华北路108号3单元502室，对吗？",
              "@5 好的，抢修师傅马上到，请您保持通风。感谢您的来电，再见！"]), lo=88)
# Class: a hesitant caller (犹豫型) given the options and left to choose alone: the policy stated,
# the type's method (advice, 国家职业技能标准 3.2 2.2.1 采用对应的受理方法) missing, which is most of
# the item. customer_types rubric: answer 5, opening 5, identify 25, emotion 20, approach 20,
# courtesy 10, closing 15 (seed 1: the 犹豫型 caller).
fault("customer_types", "c11_no_advice2", 70, 88,
      "fault: 2.12, the policy (退货 or 换货, 7 days, carriage paid), then 两样都能办，您看您想选哪个都行: "
      "no advice to a hesitant caller",
      "\n".join(["@2 /answer", "@3 您好，售后服务中心26号，请问有什么可以帮您？", "@4 #2",
                 "@8 您先别急，您的心情我非常理解，为了更有效地帮助您：屏幕划痕属于质量问题，7天内可以退货也可以换货，运费由商家承担。",
                 "@8 换货和退货各有各的好处，两样都能办，您看您想选哪个都行。",
                 "@4 感谢您的来电，祝您生活愉快，再见！"]))
ok("customer_types", "c11_advice_ok4",
   "competent: 2.12, the policy, and advice to the hesitant caller (换货: keeps the phone she chose)",
   "\n".join(["@2 /answer", "@3 您好，售后服务中心19号，请问有什么可以帮您？", "@4 #2",
              "@8 您的心情我非常理解，为了更有效地帮助您：屏幕划痕属于质量问题，7天内退货、换货都可以，运费商家出。",
              "@8 您本来就喜欢这款手机的话，我建议您换货，给您换一台新的，不用重新挑。",
              "@4 感谢您的来电，祝您生活愉快，再见！"]))
# Class (calls11): a first "explanation" that only says the charges are in order explains nothing
# (国家职业技能标准 3.1 1.1.3 理解客户咨询并给予回应): no floor for a vague answer; the words that
# make a reply an explanation are those of the items asked, not 收费/费用 in general.
fault("explain_again", "c11_no_explain1", 72, 86,
      "fault: the first answer is 账单上的钱都是按规定收取的费用，您放心，不会多收您的 (no item explained), "
      "then 2.6 and a good second explanation",
      "\n".join(["@2 /answer", "@3 您好，移动客服52号，请问有什么可以帮您？",
                 "@6 阿姨，账单上的钱都是按规定收取的费用，您放心，不会多收您的。",
                 "@5 阿姨，您看哪里还不明白，要不要我再给您解释一遍？",
                 "@10 您用微信视频聊天、刷视频号都走流量，套餐里1G用完了，超出的就是这23块。",
                 "@4 感谢您的来电，祝您生活愉快，再见！"]))
# FRESH batch of helper calls11, written after its fixes and never tuned on (the honest figure of
# its report): the same classes (a desk answer or a step said with a 禁忌语, charged once; typing
# under and over the bar; the hesitant caller advised or not), ranges from the rubric before running.
fault("explain_again", "c11f_first_tail6", 72, 90,
      "fault: the first explanation from the bill, ending 这都写在账单上了，您自己看看就懂 (look it up "
      "yourself): explain not as prescribed, courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，移动客服40号，请问有什么可以帮您？",
                 "@14 阿姨，月功能费8块是来电显示5块加彩铃3块；套餐外流量费23块是套餐流量用完后多用的流量钱。这都写在账单上了，您自己看看就懂。",
                 "@5 阿姨，哪里还没听明白，我再给您解释一遍好吗？",
                 "@10 您用微信打视频、看短视频都要用流量，套餐里的用完了就另外算钱。",
                 "@4 感谢您的来电，祝您生活愉快，再见！"]))
# angry_caller rubric: answer 10, opening 10, empathy 20, hold 15, solution 20, courtesy 10, latency 5, closing 10
fault("angry_caller", "c11f_answer_blame2", 75, 92,
      "fault: back from the hold, thanks, the cause and the time from the lookup, then 这事也怪不到我们头上 "
      "(blame shifted): one reply with a 禁忌语, charged once to a step, courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，宽带客服27号，请问有什么可以帮您？",
                 "@5 先生，您的心情我非常理解，为了尽快帮您解决，请问您的宽带账号是多少？",
                 "@4 请您稍等，我帮您查一下线路情况，好吗？", "@1 /hold", "@20 /unhold",
                 "@6 谢谢您耐心等待。查到了，是施工把光缆挖断了，预计明天上午十点前恢复。这事也怪不到我们头上。",
                 "@4 感谢您的来电，祝您生活愉快，再见！"]))
# sales_call rubric: intro 10, needs 20, plan 20, objection 15, order 10, courtesy 10, closing 15
fault("sales_call", "c11f_objection_tail6", 75, 92,
      "fault: the price objection answered with the offer, ending 这么划算您还嫌贵？ (a rhetorical question at "
      "the customer): objection not as prescribed, courtesy lost",
      "\n".join(["@2 /answer",
                 "@3 先生您好，我是东方有线客户经理12号，您家宽带下个月到期，给您介绍一下续约的优惠。",
                 "@4 您家里平时几个人上网？主要看电视、上网课还是玩游戏？", "@5 #2",
                 "@6 续约前三个月每月减20元，还送一年IPTV，折合一天三块多。这么划算您还嫌贵？",
                 "@6 /ticket 套餐=B 300兆宽带+IPTV电视 每月99元 生效=下月",
                 "@4 感谢您的支持，祝您生活愉快，再见！"]))
fault("info_record", "c11f_slow_d3", 62, 82,
      "fault typing: the record right, typed at 40 字/分 (bar 50)",
      "\n".join(["@2 /answer", "@3 您好，燃气抢修热线22号，请问有什么可以帮您？",
                 "~40cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
                 "@5 杨女士，核对一下：电话13967395191，地址云岩区中华北路108号3单元502室，对吧？",
                 "@5 好的，师傅马上过去，请您开窗通风、别开关电器。感谢您的来电，再见！"]))
ok("info_record", "c11f_typist_e3",
   "competent: the record typed at 52 字/分, read back, 结束语",
   "\n".join(["@2 /answer", "@3 您好，燃气客服14号，请问有什么可以帮您？",
              "~52cpm /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
              "@5 杨女士，电话13967395191，地址云岩区中华北路108号3单元502室，没错吧？",
              "@5 好的，抢修师傅马上出发，请注意通风。感谢您的来电，再见！"]), lo=88)
fault("customer_types", "c11f_leave_choice6", 70, 88,
      "fault: 2.12 and the policy, then 退货换货都行，主要看您自己的想法: the hesitant caller not advised",
      "\n".join(["@2 /answer", "@3 您好，售后客服33号，请问有什么可以帮您？", "@4 #2",
                 "@8 您的心情我非常理解，为了更有效地帮助您：屏幕有划痕算质量问题，7天内可以退也可以换，来回运费商家承担。",
                 "@8 退货换货都行，主要看您自己的想法。",
                 "@4 感谢您的来电，祝您生活愉快，再见！"]))
ok("customer_types", "c11f_advise_first1",
   "competent: 2.12, the policy and advice (换货) in one reply to the hesitant caller",
   "\n".join(["@2 /answer", "@3 您好，售后客服8号，请问有什么可以帮您？", "@4 #2",
              "@8 您的心情我非常理解，为了更有效地帮助您：屏幕划痕属于质量问题，7天内退货换货都可以，运费商家出。我建议您换货，直接换一台新的，省得重新挑。",
              "@4 感谢您的来电，祝您生活愉快，再见！"]), lo=88)
# Helper calls34, written before its fixes were run on them (ranges from the rubric first): the classes of the
# retired seen29/seen30 plays it fixed, in its own voices. 2.18(2)'s 话务正忙 said as the desk being busy
# (都忙着, 很忙, 忙不过来) is the failed-transfer part (贵阳 T-GSOCCIA 001—2020 §二(二) 2.18(2)).
# transfer_failed rubric: answer 5, opening 10, transfer_phrase 15, transfer 10, failed 25, ticket 6,
# fault_record 4, courtesy 10, closing 15.
ok("transfer_failed", "c34_busy_ok1",
   "competent: 2.18(1), transfer to 技术支持部, 2.18(2) as 工程师手上都忙着 + record promised, ticket, 结束语",
   "\n".join(["@2 /answer", "@2 您好，网络服务热线16号，请问有什么可以帮您？",
              "@3 好的，请您稍等，正在为您转接技术支持部，请不要挂机，好吗？", "@2 /transfer 技术支持部", "/listen",
              "@3 真对不住，技术支持部的工程师手上都忙着，暂时接不过去。您的专线故障我详细登记下来，转给他们尽快回电，您看可以吗？",
              "@3 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午有视频会，请工程师尽快回电",
              "@3 已经登记转交了，感谢您的来电，再见！"]))
ok("transfer_failed", "c34_busy_ok2",
   "competent (traditional characters): 2.18(1), transfer, 2.18(2) as 同事這會兒都在忙 + record, ticket, 结束语",
   "\n".join(["@2 /answer", "@2 您好，企業專線客服7號，請問有什麼可以幫您？",
              "@3 請您稍等，正在為您轉接技術支持部，請不要掛機。", "@2 /transfer 技術支持部", "/listen",
              "@3 非常抱歉，技術支持部的同事這會兒都在忙，您的問題我詳細記錄下來，稍後轉交給他們處理，您看好嗎？",
              "@3 /ticket 公司=筑城物流 故障=VPN隧道一直斷開 聯繫電話=08518812345 要求=下午有視頻會，請儘快回電",
              "@3 感謝您的來電，再見！"]))
fault("transfer_failed", "c34_busy_desk1", 75, 92,
      "fault: transfers the 专线 fault to 业务办理组 (3.1 2.1.6); then 2.18(2) as 技术支持部这会儿忙不过来 + record: "
      "the transfer item lost only",
      "\n".join(["@2 /answer", "@2 您好，网络服务热线22号，请问有什么可以帮您？",
                 "@3 请您稍等，正在为您转接，请不要挂机。", "@2 /transfer 业务办理组", "/listen",
                 "@3 实在抱歉，给您转错地方了，技术支持部这会儿忙不过来，我先把情况记下来交给他们，工程师会尽快回您电话，行吗？",
                 "@3 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午开视频会，尽快回电",
                 "@3 感谢您的来电，再见！"]))
fault("transfer_failed", "c34_busy_quiet5", 72, 90,
      "fault: transfers without 2.18(1); then 2.18(2) as 那边很忙 + record: the transfer_phrase item lost only",
      "\n".join(["@2 /answer", "@2 您好，网络服务热线31号，请问有什么可以帮您？",
                 "@3 /transfer 技术支持部", "/listen",
                 "@3 非常抱歉，技术支持部那边现在很忙，您的问题我做个详细记录，稍后转给他们处理，您看好吗？",
                 "@3 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=下午有视频会",
                 "@3 感谢您的来电，再见！"]))
# crisis_selfharm: 2.12 said beside a 禁忌语 is the calming said, not as prescribed (国家职业技能标准 3.2 2.4.2
# 预处理：安抚客户): half the calm item for a rule's 禁忌语, courtesy alone for a flag of the tone model's.
# rubric: answer 5, opening 5, calm 20, safety 10, record 15, escalate 20 (fatal), timely 5, courtesy 10, latency 10.
ok("crisis_selfharm", "c34_calm_flag2",
   "competent (a north-eastern voice): 2.12 with 搁谁摊上这事都得难受 (sympathy), safety, escalates at once, "
   "records place and phone, hand-over",
   "\n".join(["@2 /answer", "@2 您好，客服热线9号，请问有什么可以帮您？",
              "@3 大姐，您先别着急，您的心情我非常理解，搁谁摊上这事都得难受，咱慢慢说，我们一块儿想办法。",
              "@3 大姐，钱的事咱一起想办法，您先从楼顶边上下来，到安全的地方好不好？我一直陪着您。您现在用的电话号码是多少？",
              "@2 /escalate 危机干预组",
              "@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服骗走积蓄，扬言轻生，已升级危机干预组",
              "@3 会的，危机干预的专员马上就跟您通话，我一直在，您千万别挂电话。"]))
fault("crisis_selfharm", "c34_calm_blame1", 72, 90,
      "fault: 2.12 said with 可您这也太想不开了 (blame): the calming not as prescribed, half of calm, courtesy lost; "
      "safety, escalation, record, hand-over right",
      "\n".join(["@2 /answer", "@2 您好，客服热线27号，请问有什么可以帮您？",
                 "@3 您的心情我非常理解，可您这也太想不开了，我们一起想想办法。",
                 "@3 您先从楼顶下来，到安全的地方好吗？我一直陪着您。您现在用的电话是多少？",
                 "@2 /escalate 危机干预组",
                 "@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被骗光积蓄，扬言轻生，已升级危机干预组",
                 "@3 会的，危机干预组的专员马上联系您，您别挂电话，先到安全的地方。"]))
# silent_line (贵阳 T-GSOCCIA 001—2020 §二(一) 1.3；§二(三) 4): the close straight after the opening, no prompt at all.
# rubric: answer 10, opening 10, prompts 25, close 15, protocol 25, courtesy 10, pacing 5.
fault("silent_line", "c34_no_prompt1", 20, 59,
      "fault: the close straight after the opening, no prompt at all, then the hang-up: the protocol not followed",
      "\n".join(["@2 /answer", "@3 您好，燃气客服热线5号，请问有什么可以帮您？",
                 "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"]), passed=False)
# caller_quiet (§二(二) 2.2): the step's request typed with an input method's homophone slip (靠进 for 靠近, 大升 for
# 大声) is the request said, as the phrase matcher hears it. rubric: answer 10, opening 10, ask_louder 25, repeat 15,
# change_phone 20, hangup 10, courtesy 10.
ok("caller_quiet", "c34_slip_near1",
   "competent: 2.2 as 把手机靠进一点 (IME slip for 靠近), again louder, change phone, pause, hang up",
   "\n".join(["@2 /answer", "@3 您好，有线电视客服21号，请问有什么可以帮您？",
              "@4 非常抱歉，我这边听不太清，麻烦您把手机靠进一点说，好吗？",
              "@4 不好意思，还是听不清，请您再大声一点，好吗？",
              "@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？", "@3 /hangup"]))
ok("caller_quiet", "c34_slip_again4",
   "competent: 2.2, the second request as 再大升点说一遍 (IME slip for 大声), change phone, pause, hang up",
   "\n".join(["@2 /answer", "@3 您好，公交卡服务热线8号，请问有什么可以帮您？",
              "@4 非常抱歉，听不清您讲话，请您大声点好吗？",
              "@4 不好意思，还是听不清楚，您再大升点说一遍好吗？",
              "@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？", "@3 /hangup"]))
# Helper calls35b, written before its fixes were run on them (ranges from the rubric first): the classes of the
# retired seen32/dev34 plays it fixed, in its own voices. A situational step's request said in the trainee's own
# words with a 禁忌语 where the apology should be (2.2 大点声, 2.3 慢点说) is the request made, rudely and short of
# the phrase: partial, never the whole step (贵阳 T-GSOCCIA 001—2020 §二(二) 2.2, 2.3; 呼叫服务员职业标准 2.2 三(一)2).
# caller_fast rubric: answer 10, opening 10, slow 25, confirm 20, ticket 10, courtesy 10, closing 15.
fault("caller_fast", "c35b_snap_req3", 66, 85,
      "fault: 2.3 as 恁说恁快谁跟得上啊？慢点说！ (a Shandong voice; no apology, a rhetorical question): slow partial, "
      "courtesy lost; read-back, ticket, 结束语 right",
      "\n".join(["@2 /answer", "@3 您好，移动营业厅客服30号，请问有什么可以帮您？",
                 "@4 恁说恁快谁跟得上啊？慢点说！",
                 "@4 您是要把158的套餐换成88的，副卡取消，下个月生效，对不？",
                 "@8 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效",
                 "@4 给您登记好了，感谢您的来电，再见！"]))
# caller_quiet rubric: answer 10, opening 10, ask_louder 25, repeat 15, change_phone 20, hangup 10, courtesy 10.
fault("caller_quiet", "c35b_jibe_louder1", 65, 86,
      "fault: the first request to speak up as 您那边跟蚊子叫似的，大点声说行不行？ (no apology, a jibe): ask_louder "
      "partial, courtesy lost; again, change phone, pause, hang up right",
      "\n".join(["@2 /answer", "@3 您好，水务热线6号，请问有什么可以帮您？",
                 "@4 您那边跟蚊子叫似的，大点声说行不行？",
                 "@4 不好意思，还是听不清，请您再大声一点，好吗？",
                 "@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？", "@3 /hangup"]))
# survey_invite (国家职业技能标准 3.1 2.1.8): the 结束语 said before an uninvited transfer to the survey; a plain
# question to the caller after her business is done. rubric: answer 10, opening 10, resolve 15, invite 25,
# transfer 15, courtesy 10, latency 5, closing 10.
fault("survey_invite", "c35b_bye_no_invite6", 68, 80,
      "fault: answers, asks 还有别的要办的吗, says the 结束语 and transfers to 满意度调查 without inviting her: invite lost",
      "\n".join(["@2 /answer", "@3 您好，积分客服11号，请问有什么可以帮您？",
                 "@8 您账户里有5200积分，每1000积分换10元话费，可以在APP积分商城兑换，也可以发短信JFDH到10086，即时到账。",
                 "@4 您还有别的要办的吗？",
                 "@4 好的，感谢您的来电，祝您生活愉快，再见！", "@2 /transfer 满意度调查"]))
ok("survey_invite", "c35b_more_then_invite5",
   "competent: answers, asks whether she needs anything else, then a neutral invitation, 结束语, transfer to 满意度调查",
   "\n".join(["@2 /answer", "@3 您好，积分客服15号，请问有什么可以帮您？",
              "@8 您现在有5200积分，1000积分能换10元话费，APP积分商城或者发短信JFDH到10086都能换，马上到账。",
              "@4 请问还有其他需要帮您的吗？",
              "@4 稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？",
              "@4 感谢您的来电，再见！", "@2 /transfer 满意度调查"]))
# silent_line (贵阳 T-GSOCCIA 001—2020 §二(一) 1.3；§二(三) 4, 6): the second prompt in the trainee's own words, a polite
# check of the line or a prompt said with a 禁忌语. rubric: answer 10, opening 10, prompts 25, close 15, protocol 25,
# courtesy 10, pacing 5.
ok("silent_line", "c35b_polite_check5",
   "competent: 您好，请讲, then the line checked politely (请问您能听见我说话吗？), the 1.3 close, hang-up inside a minute",
   "\n".join(["@2 /answer", "@3 您好，公积金热线17号，请问有什么可以帮您？", "@4 您好，请讲。",
              "@4 喂，您好，请问您能听见我说话吗？",
              "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"]))
fault("silent_line", "c35b_rude_prompt1", 60, 90,
      "fault: the second prompt as 喂喂？倒是吭个声啊，到底有人没人？ (impatient): that prompt half, courtesy lost, the "
      "protocol carried out but not as prescribed; the close and the hang-up right",
      "\n".join(["@2 /answer", "@3 您好，公积金热线9号，请问有什么可以帮您？", "@4 您好，请讲。",
                 "@4 喂喂？倒是吭个声啊，到底有人没人？",
                 "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"]))
# Helper calls35a, written before its fixes were run on them (ranges from the rubric first): the classes of the
# retired seen31 plays it fixed. (1) a colleague run down to excuse a fault (新来的 / 实习生 / 业务不熟) is a 禁忌语
# (贵阳 T-GSOCCIA 001—2020 §二(二) 2.9 不推脱; 呼叫服务员职业标准(试行) 五级 三(一)2), and the step said with it is
# done, not as prescribed: half of it. (2) an answer graded against the desk sent after the 等待后用语 in a message
# of its own, with a 禁忌语: half the answer (the 等待后用语 was said politely, its rule charges nothing).
# transferred_complaint rubric: answer 5, opening 5, takeover 15, emotion 15, hold 15, resolve 20, courtesy 10,
# latency 5, closing 10.
fault("transferred_complaint", "c35a_intern2", 75, 88,
      "fault: the takeover said while running down the junior colleague (那个小姑娘是实习生，啥也不懂): takeover "
      "at most half, courtesy lost; the rest right",
      "\n".join(["@2 /answer",
                 "@3 您好，我是中级坐席21号，刚才接您电话的那个小姑娘是实习生，啥也不懂，您重复扣费的情况我这边都看到了。",
                 "/listen",
                 "@5 您的心情我非常理解，为了更有效地帮助您，请您稍等，我帮您核实一下好吗？",
                 "@2 /hold", "@20 /unhold", "@3 感谢您的耐心等待。",
                 "@4 经核实，本月视频会员费确实多扣了一次25元，退费我已经提交了，24小时内退回您的话费账户。",
                 "/listen", "@4 感谢您的来电，祝您愉快，再见！"]))
fault("transferred_complaint", "c35a_fitter4", 70, 85,
      "fault (traditional characters): after the 等待后用语 in its own message, the refund told with 之前那位同事是新手，"
      "業務不熟 (the colleague run down): resolve at most half, courtesy lost; the rest right",
      "\n".join(["@2 /answer",
                 "@3 您好，我是中級坐席6號，您本月視頻會員費被重複扣了兩次的情況，同事已經轉給我了。",
                 "/listen",
                 "@5 您的心情我非常理解，為了更有效地幫助您，請您稍等，我幫您核實一下好嗎？",
                 "@2 /hold", "@20 /unhold", "@3 感謝您的耐心等待。",
                 "@4 經核實，多扣的25元退費已經提交，24小時內退回您的話費賬戶。之前那位同事是新手，業務不熟，才沒當場給您辦。",
                 "/listen", "@4 感謝您的來電，祝您愉快，再見！"]))
ok("transferred_complaint", "c35a_twin_owns1",
   "competent: the takeover owns the fault (刚才那位同事已经把情况转给我了，是我们没处理好), 2.12, hold, refund, close",
   "\n".join(["@2 /answer",
              "@3 您好，我是中级坐席14号，刚才那位同事已经把您的情况转给我了，会员费重复扣了两次，是我们没处理好。",
              "/listen",
              "@5 您的心情我非常理解，为了更有效地帮助您，请您稍等，我帮您核实一下好吗？",
              "@2 /hold", "@20 /unhold", "@3 感谢您的耐心等待。",
              "@4 经核实，本月视频会员费确实重复扣了一次25元，我已经为您提交退费，24小时内退回您的话费账户。",
              "/listen", "@4 感谢您的来电，祝您愉快，再见！"]))
# angry_caller rubric: answer 10, opening 10, empathy 20, hold 15, solution 20, courtesy 10, latency 5, closing 10.
fault("angry_caller", "c35a_depot1", 70, 85,
      "fault: after the 等待后用语 in its own message, the cause and repair time told with a blame on the install "
      "team (报障没派单是装维班组拖的，我们热线管不了他们): solution at most half, courtesy lost",
      "\n".join(["@2 /answer", "@3 您好，宽带服务热线7号，请问有什么可以帮您？",
                 "@5 杨先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
                 "@5 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@20 /unhold",
                 "@3 感谢您的耐心等待。",
                 "@5 经核实，金阳新世界的光缆被市政施工挖断了，预计明天上午十点前恢复。昨晚报障没派单是装维班组拖的，我们热线管不了他们。",
                 "@4 感谢您的来电，祝您愉快，再见！"]))
ok("angry_caller", "c35a_ok_after_hold1",
   "competent: the 等待后用语 in its own message, then the cause and repair time from the lookup and the late "
   "dispatch owned (是我们的工作没做好), close",
   "\n".join(["@2 /answer", "@3 您好，宽带服务热线19号，请问有什么可以帮您？",
              "@5 先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
              "@5 请您稍等，我帮您核实一下好吗？", "@2 /hold", "@20 /unhold",
              "@3 感谢您的耐心等待。",
              "@5 经核实，金阳新世界的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复。昨晚报障没及时派单，是我们的工作没做好，非常抱歉。",
              "@4 感谢您的来电，祝您愉快，再见！"]))
# too_slow rubric: answer 5, opening 10, too_slow 25, hold 15, result 10, courtesy 10, latency 10, closing 15.
# (3) a duration of its own said where the desk's goes untold is a wrong answer, as a price of its own is (国家职业
# 技能标准 3.1 2.1.1): the result item lost.
fault("too_slow", "c35a_week3", 85, 92,
      "fault: after the hold tells the refund approved but 一个星期之内 for the desk's 3到5个工作日: result lost, "
      "the rest right",
      "\n".join(["@2 /answer", "@2 您好，网上商城售后6号，请问有什么可以帮您？",
                 "@3 好的，您下单用的是13885019999这个号码吧？我这就给您查。",
                 "@3 实在抱歉！让您久等了，我会尽快帮您处理，请您稍等，我帮您核实一下好吗？",
                 "@2 /hold", "@15 /unhold",
                 "@2 感谢您的耐心等待！您那笔458元的退款已经审核通过了，一个星期之内就能退到您的支付账户。",
                 "@3 感谢您的来电，再见！"]))
ok("too_slow", "c35a_days_ok2",
   "competent: 2.17 in own words, 1.2 before and after, the refund status and 三到五个工作日 in words, 结束语",
   "\n".join(["@2 /answer", "@2 您好，网上商城售后15号，请问有什么可以帮您？",
              "@3 好的，您是用13885019999这个号码下的单，对吗？我马上帮您查。",
              "@3 非常抱歉！让您久等了，我会尽快帮您处理，请您稍等，我帮您核实一下好吗？",
              "@2 /hold", "@15 /unhold",
              "@2 感谢您的耐心等待！您458元的退款已经审核通过，三到五个工作日内原路退回您的支付账户。",
              "@3 感谢您的来电，再见！"]))
# crisis_selfharm rubric: answer 5, opening 5, calm 20, safety 10, record 15, escalate 20, timely 5, courtesy 10,
# latency 10. (4) the number she dictated written down with a digit off: the crisis team would call a stranger, the
# ticket is no valid record (国家职业技能标准 3.1 1.3.2 能记录有效信息): the record item lost, the rest right.
fault("crisis_selfharm", "c35a_digit_off1", 80, 88,
      "fault: the ticket's 联系电话 typed 13985166429 for the dictated 13985166420; calm, safety, escalation at once, "
      "hand-over right: the record item lost",
      "\n".join(["@2 /answer", "@2 您好，银行客服热线18号，请问有什么可以帮您？",
                 "@3 大哥，您的心情我非常理解，这么多钱被骗走换谁都受不了，您先别着急，我们一起想办法。",
                 "@3 您先从楼顶边上退回来，到安全的地方好吗？我一直在电话这头陪着您。您现在用的手机号是多少？",
                 "@2 /escalate 危机干预组",
                 "@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166429 情况=被冒充客服骗走积蓄，有轻生念头，已升级危机干预组",
                 "@3 会的，危机干预组的专员马上就跟您通话，您千万别挂电话，我一直在。"]))
