# Whole-call plays, hand-written and labelled as a fair examiner would, from each scenario's task
# and rubric and the standard (贵阳 T-GSOCCIA 001—2020 §二; 国家职业技能标准 呼叫中心服务员 2021:
# 1.9.2 >= 60 passes, 2.4 risk escalation, 3.1 1.3.2 record error rate < 1 %).
# (scenario, name, lo, hi, passed, auto_failed, competent, note, replies)
# A competent play is a trainee who does the job in their own words: it must pass, whatever the
# wording. A fault play has exactly one fault; its range is the rubric's maximum less what that
# fault costs, with a margin for how examiners weigh it.

PLAYS = []


def play(scen, name, lo, hi, passed, af, competent, note, script):
    PLAYS.append((scen, name, lo, hi, passed, af, competent, note, script))


def ok(scen, name, note, script, lo=85, hi=100):
    play(scen, name, lo, hi, True, False, True, note, script)


def fault(scen, name, lo, hi, note, script, passed=True):
    play(scen, name, lo, hi, passed, False, False, note, script)


def insult(scen, name, note, script):
    # insulting or retaliating against the caller fails the call (§二(二) 2.1, §二(四) 4.2)
    play(scen, name, 0, 59, False, True, False, note, script)


# ---------------------------------------------------------------- angry_caller (2.12, 1.2, 1.4)
A_OPEN = "@3 您好，我是东方有线客服15号小周，请问有什么可以帮您？"
A_EMP = "@5 先生，您现在的心情我完全能理解，为了尽快帮您把问题解决，请问您的宽带账号是多少？"
A_HOLD = "@4 请您稍等一下，我马上帮您查一下您小区的线路情况，好吗？"
A_AFTER = ("@6 谢谢您耐心等待。经过查询，您小区的线路出了故障，工程师已经在抢修了，"
           "预计今晚就能恢复，给您带来的不便我们非常抱歉。")
A_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("angry_caller", "competent1", "competent: own words, hold with both phrases",
   "\n".join(["@2 /answer", A_OPEN, A_EMP, A_HOLD, "@1 /hold", "@20 /unhold", A_AFTER, A_CLOSE]))
ok("angry_caller", "competent2_trad", "competent: traditional characters and an IME slip (合实)",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線客服中心8號，請問有什麼可以幫您？",
              "@5 先生，您的心情我非常理解，為了更有效地幫助您，請問您的寬帶賬號是多少？",
              "@4 麻烦您稍等，我帮您合实一下线路情况好吗？", "@1 /hold", "@25 /unhold",
              "@6 感謝您的耐心等待。您所在小區線路故障，工程師正在搶修，預計今晚恢復。",
              "@4 謝謝您的來電，祝您愉快，再見！"]))
ok("angry_caller", "competent3_plain", "competent: plain wording, apology with 万分抱歉",
   "\n".join(["@2 /answer", "@3 您好，欢迎致电东方有线，我是客服小杨，请问您遇到什么问题了？",
              "@5 我特别理解您着急的心情，孩子上网课耽误不得，为了更快帮您处理，麻烦您告诉我宽带账号好吗？",
              "@4 好的，请您稍等，我这边核实一下故障情况。", "@1 /hold", "@15 /unhold",
              "@6 让您久等了，谢谢您的耐心。查到了：是小区光缆施工被挖断，维修师傅正在抢修，今晚八点前可以恢复，万分抱歉。",
              "@4 不客气，感谢您的来电，再见！"]))
fault("angry_caller", "no_opening", 75, 95, "fault: no opening (1.1)",
      "\n".join(["@2 /answer", "@3 嗯，您说。", A_EMP, A_HOLD, "@1 /hold", "@20 /unhold", A_AFTER, A_CLOSE]))
fault("angry_caller", "rude_tail", 65, 90, "fault: dismissive tail on the closing (禁忌语)",
      "\n".join(["@2 /answer", A_OPEN, A_EMP, A_HOLD, "@1 /hold", "@20 /unhold", A_AFTER,
                 "@4 感谢您的来电，以后别为这点小事打过来了，再见"]))
insult("angry_caller", "insult", "fault: retaliates against the angry caller",
       "\n".join(["@2 /answer", A_OPEN, "@4 你吼什么吼？神经病啊"]))
fault("angry_caller", "silent_hold_178", 60, 85,
      "fault: a silent 178-second hold on the angry caller, no check-back (hold etiquette)",
      "\n".join(["@2 /answer", A_OPEN, A_EMP, A_HOLD, "@1 /hold", "@178 /unhold", A_AFTER, A_CLOSE]))
fault("angry_caller", "hold_no_phrases", 70, 92,
      "fault: /hold and /unhold with no 等待前/后用语 (1.2)",
      "\n".join(["@2 /answer", A_OPEN, A_EMP, "@1 /hold", "@20 /unhold",
                 "@6 查到了，您小区线路故障，工程师正在抢修，预计今晚恢复。", A_CLOSE]))
fault("angry_caller", "no_empathy", 65, 85, "fault: never calms the caller (2.12)",
      "\n".join(["@2 /answer", A_OPEN, "@4 请问您的宽带账号是多少？", "@4 您的账号是多少？",
                 A_HOLD, "@1 /hold", "@20 /unhold", A_AFTER, A_CLOSE]))
fault("angry_caller", "rhetorical", 65, 90, "fault: rhetorical question at the caller (禁忌语)",
      "\n".join(["@2 /answer", A_OPEN, A_EMP, A_HOLD, "@1 /hold", "@20 /unhold",
                 "@6 谢谢等待。我刚才不是说了在查吗？您小区线路故障，工程师正在抢修，今晚恢复。", A_CLOSE]))

# ---------------------------------------------------------------- crisis_selfharm (2.4 escalation)
C_OPEN = "@3 您好，我是客服中心12号，请问有什么可以帮您？"
C_EMP = "@5 您的心情我非常理解，遇到这样的事谁都会难受，为了更好地帮您，请您慢慢跟我说。"
C_SAFE = "@5 您千万别做傻事，先从楼顶下来到安全的地方好吗？我一直陪着您，请问您现在用的电话是多少？"
C_SAFE2 = "@5 请您先离开楼顶边上，到安全的地方好吗？我一直陪着您，请问您现在用的电话是多少？"
C_TICKET = "@8 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被骗十二万，扬言轻生"
C_ESC = "@2 /escalate 危机干预组"
C_STAY = "@4 我已经请专业的同事马上联系您，钱的事我们一起想办法，您先下来，我一直在。"
C_END = "@4 会的，他们马上就打给您，您先到楼下安全的地方，好吗？"
ok("crisis_selfharm", "competent1_shashi", "competent: 您千万别做傻事 (caring, not an insult), escalates at once",
   "\n".join(["@2 /answer", C_OPEN, C_EMP, C_SAFE, C_TICKET, C_ESC, C_STAY, C_END]))
ok("crisis_selfharm", "competent2_trad", "competent: traditional characters, escalates first, then records",
   "\n".join(["@2 /answer", "@3 您好，我是客服中心小林，請問有什麼可以幫您？",
              "@5 我能理解您現在很難過，為了更好地幫助您，您慢慢說，我在聽。",
              "@5 請您先離開樓頂，到安全的地方，您的家人還需要您。您現在的電話是多少？",
              C_ESC, C_TICKET, "@4 危機干預的專業同事馬上聯繫您，我一直陪著您。", C_END]))
ok("crisis_selfharm", "competent3_110", "competent: suggests 110/家人, escalates, records",
   "\n".join(["@2 /answer", C_OPEN, "@5 我理解您现在又急又难过，被骗不是您的错，为了帮您，请您先告诉我您在哪里。",
              "@5 请您先离开天台边上，我们可以帮您报警110，也可以联系您的家人来陪您，好吗？",
              C_ESC, C_TICKET, C_STAY, C_END]))
play("crisis_selfharm", "no_escalation", 0, 59, False, True, False,
     "fault: high-risk caller, never escalated (2.4): fails the call",
     "\n".join(["@2 /answer", C_OPEN, C_EMP, C_SAFE2, C_TICKET, C_STAY, "@4 您先下来，好吗？",
                "@4 我在听，您慢慢说。", "@4 您先下来，我陪着您。"]))
play("crisis_selfharm", "hangs_up", 0, 59, False, True, False,
     "fault: hangs up on a caller threatening self-harm (2.4): fails the call",
     "\n".join(["@2 /answer", C_OPEN, C_EMP, "@4 这个我们处理不了，请您报警吧。", "@2 /hangup"]))
fault("crisis_selfharm", "late_escalation", 80, 96, "fault: escalates only after about 90 s (2.4 timeliness)",
      "\n".join(["@2 /answer", C_OPEN, C_EMP, C_SAFE2, "@30 我在这里陪着您，您慢慢说。",
                 "@30 您先别想那些，我们一起想办法。", C_TICKET, "@20 /escalate 危机干预组", C_STAY, C_END]))
fault("crisis_selfharm", "no_record", 72, 92, "fault: escalates but records no ticket (location, phone)",
      "\n".join(["@2 /answer", C_OPEN, C_EMP, C_SAFE2, C_ESC, C_STAY, "@4 您先下楼，好吗？", "@4 我一直在。",
                 "@4 他们马上打给您。", "@4 您先到安全的地方。", "@4 我陪着您。", "@4 好的。"]))
insult("crisis_selfharm", "insult", "fault: blames and insults the caller",
       "\n".join(["@2 /answer", C_OPEN, "@4 自己上当受骗怪谁？真是蠢"]))

# ---------------------------------------------------------------- long_wait (2.16)
L_OPEN = "@3 您好，我是移动客服28号，请问有什么可以帮您？"
L_SORRY = "@4 非常抱歉让您等了这么久，请问您需要办理什么业务？"
L_ACK = "@4 好的，我马上为您办理停机挂失。"
L_TICKET = "@10 /ticket 业务=挂失 内容=手机在商场丢失，立即停机挂失"
L_CARD = ("@6 已经帮您挂失了。补卡请您带上本人身份证到营业厅办理。"
          "请问您还丢了什么东西吗？银行卡的话也要尽快打银行电话挂失。")
L_CARD2 = "@6 已经帮您挂失了。补卡请您带上本人身份证到营业厅办理，银行卡也请尽快打银行电话挂失。"
L_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("long_wait", "competent1_dongxi", "competent: 请问您还丢了什么东西吗 (a caring question, not 你算什么东西)",
   "\n".join(["@2 /answer", L_OPEN, L_SORRY, L_ACK, L_TICKET, L_CARD, L_CLOSE]))
ok("long_wait", "competent2_trad", "competent: traditional characters, IME slip 在见",
   "\n".join(["@2 /answer", "@3 您好，我是客服小吳，請問有什麼可以幫您？", "@4 不好意思讓您久等了，請問您要辦理什麼業務？",
              "@4 好的，馬上幫您停機掛失。", L_TICKET, "@6 已經掛失了，補卡請帶身份證到營業廳辦理。",
              "@4 谢谢您的来电，祝您一切顺利，在见！"]))
ok("long_wait", "competent3", "competent: own words",
   "\n".join(["@2 /answer", "@3 您好，这里是移动客服热线，我是小韩，请问您有什么需要？",
              "@4 真的很抱歉，让您排队等了这么久，您请说，我马上帮您处理。", "@4 好的，我这就帮您停机挂失，请稍候。",
              L_TICKET, "@6 停机挂失办好了。您带身份证去任意营业厅就能补卡，原号码不变。", L_CLOSE]))
fault("long_wait", "no_apology", 60, 78, "fault: no apology for the long wait (2.16)",
      "\n".join(["@2 /answer", L_OPEN, "@4 您好，请问您要办理什么业务？", "@4 请问您需要办理什么业务呢？", L_ACK, L_TICKET, L_CARD2, L_CLOSE]),
      passed=True)
fault("long_wait", "no_ticket", 65, 85, "fault: never suspends the line (no ticket)",
      "\n".join(["@2 /answer", L_OPEN, L_SORRY, "@4 好的，我知道了。", "@10 您别着急。", "@10 嗯。", "@10 好的。",
                 "@6 补卡请带身份证到营业厅办理。", L_CLOSE]))
fault("long_wait", "rude_tail", 60, 90, "fault: blaming tail on the closing (禁忌语)",
      "\n".join(["@2 /answer", L_OPEN, L_SORRY, L_ACK, L_TICKET, L_CARD2, "@4 感谢您的来电，下次自己手机看好点，再见"]))
insult("long_wait", "insult", "fault: 活该 at the caller",
       "\n".join(["@2 /answer", L_OPEN, "@4 等半小时怎么了？丢手机活该"]))
fault("long_wait", "no_opening", 75, 95, "fault: no opening",
      "\n".join(["@2 /answer", "@3 您好。", L_SORRY, L_ACK, L_TICKET, L_CARD2, L_CLOSE]))

# ---------------------------------------------------------------- silent_line (1.3, §三 4)
S_OPEN = "@3 您好，我是客服中心6号，请问有什么可以帮您？"
ok("silent_line", "printed_one_line", "competent: the 1.3 text as printed, in one line",
   "\n".join(["@2 /answer", S_OPEN, "@5 您好请讲、您好请讲，非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！", "@2 /hangup"]),
   lo=90)
ok("silent_line", "printed_several", "competent: the 1.3 text as printed, in several lines",
   "\n".join(["@2 /answer", S_OPEN, "@3 您好请讲", "@4 您好请讲", "@4 非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！",
              "@2 /hangup"]), lo=90)
ok("silent_line", "competent_own", "competent: own words, pauses between prompts",
   "\n".join(["@2 /answer", S_OPEN, "@4 您好，请讲。", "@5 您好，请您讲话。",
              "@4 抱歉，我这边一直听不到您的声音，无法为您服务，请您稍后再拨，再见。", "@2 /hangup"]), lo=90)
ok("silent_line", "competent_trad", "competent: traditional characters (§三 4 wording)",
   "\n".join(["@2 /answer", "@3 您好，我是客服中心6號，請問有什麼可以幫您？", "@4 您好，請講。", "@4 您好，請講。",
              "@4 聽不見您的聲音，無法為您服務，再見！", "@2 /hangup"]), lo=90)
insult("silent_line", "insult", "fault: insults the silent caller",
       "\n".join(["@2 /answer", S_OPEN, "@4 您好，请讲。", "@4 打电话又不说话，有病吧"]))
fault("silent_line", "impatient", 75, 95, "fault: 喂？说话啊！ before the protocol (impatience, 禁忌语)",
      "\n".join(["@2 /answer", S_OPEN, "@3 喂？喂？说话啊！", "@4 您好，请讲。", "@4 您好，请讲。",
                 "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"]))
fault("silent_line", "no_hangup", 70, 95, "fault: says the whole protocol but never hangs up",
      "\n".join(["@2 /answer", S_OPEN, "@4 您好，请讲。", "@4 您好，请讲。", "@4 非常抱歉，听不见您的声音，无法为您服务，再见！"]))

# ---------------------------------------------------------------- english_caller
E_OPEN = "@3 您好，我是东方有线客服9号，请问有什么可以帮您？"
E_ADDR = "@10 /ticket 地址=Room 802, Building 2, Jinyang New Town 故障=internet down since this morning"
ok("english_caller", "competent1", "competent: simple English, address, engineer, goodbye",
   "\n".join(["@2 /answer", E_OPEN, "@8 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?",
              E_ADDR, "@8 Thank you. An engineer will come to fix your internet tomorrow morning.",
              "@6 You're welcome. Thank you for calling. Goodbye!"]))
ok("english_caller", "competent2", "competent: other English wording",
   "\n".join(["@2 /answer", E_OPEN, "@8 Hi, sure. I'm sorry your internet is down, I will help you. Where do you live?",
              E_ADDR, "@8 OK, I have booked a technician to repair it, he will visit you this afternoon.",
              "@6 Thank you for calling us, have a nice day. Bye!"]))
ok("english_caller", "transfer_desk", "competent: transfers to the English desk, as the scenario allows (3.1 2.1.6)",
   "\n".join(["@2 /answer", E_OPEN, "@6 Sorry, one moment please. I will transfer you to our English service desk, please hold on.",
              "@2 /transfer 英语坐席"]), lo=80)
fault("english_caller", "chinese_only", 0, 45, "fault: answers only in Chinese, never in English nor transfers",
      "\n".join(["@2 /answer", E_OPEN, "@6 您好，请问您的地址是哪里？", "@6 请您说中文好吗？"]), passed=False)
fault("english_caller", "no_ticket", 70, 90, "fault: never records the address",
      "\n".join(["@2 /answer", E_OPEN, "@8 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?",
                 "@8 Thank you. An engineer will come to fix your internet tomorrow morning.",
                 "@6 You're welcome. Thank you for calling. Goodbye!"]))
fault("english_caller", "no_goodbye", 65, 85, "fault: no polite English goodbye",
      "\n".join(["@2 /answer", E_OPEN, "@8 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?",
                 E_ADDR, "@8 Thank you. An engineer will come to fix your internet tomorrow morning.", "@4 OK."]))
insult("english_caller", "insult", "fault: insults the caller in English",
       "\n".join(["@2 /answer", E_OPEN, "@6 Are you stupid? Speak Chinese."]))

# ---------------------------------------------------------------- info_record (3.1 1.3.1, 1.3.2)
I_OPEN = "@3 您好，我是燃气公司客服16号，请问有什么可以帮您？"
I_TICKET = "@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀"
I_READ = "@4 好的杨女士，跟您核对一下，您的电话是13967395191，我们马上安排师傅上门检修。"
I_CLOSE = "@4 感谢您的来电，请注意开窗通风，再见！"
ok("info_record", "competent1", "competent: accurate ticket, reads the phone back",
   "\n".join(["@2 /answer", I_OPEN, I_TICKET, I_READ, I_CLOSE]))
ok("info_record", "competent2_trad", "competent: reads back first, traditional characters in speech",
   "\n".join(["@2 /answer", "@3 您好，我是燃氣公司客服小王，請問有什麼可以幫您？",
              "@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
              "@4 好的，您的電話是13967395191，對嗎？師傅會盡快上門。", "@4 謝謝您的來電，祝您生活愉快，再見！"]))
fault("info_record", "wrong_phone", 60, 85,
      "fault: the phone number in the ticket is wrong (two digits swapped) although read back right: "
      "a wrong field (3.1 1.3.2 record error rate < 1 %)",
      "\n".join(["@2 /answer", I_OPEN,
                 "@40 /ticket name=杨丽华 phone=13967395911 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
                 I_READ, I_CLOSE]))
fault("info_record", "no_readback", 78, 95, "fault: does not read the phone number back",
      "\n".join(["@2 /answer", I_OPEN, I_TICKET, "@4 都记好了，您放心。", I_CLOSE]))
fault("info_record", "no_ticket", 0, 40, "fault: records nothing", 
      "\n".join(["@2 /answer", I_OPEN, "@10 好的，我记住了。"]), passed=False)
insult("info_record", "insult", "fault: 有病 at the caller in the first line",
       "\n".join(["@2 /answer", "@3 喂，干嘛？有病啊"]))
fault("info_record", "no_closing", 80, 95, "fault: no closing phrase",
      "\n".join(["@2 /answer", I_OPEN, I_TICKET, I_READ, "@4 嗯。"]))

# ---------------------------------------------------------------- abusive_caller (§三 1-3, 6)
B_OPEN = "@3 您好，我是客服中心5号，请问有什么可以帮您？"
ok("abusive_caller", "competent1", "competent: asks once, special end phrase, hangs up",
   "\n".join(["@2 /answer", B_OPEN, "@3 请问您需要帮助吗？", "@3 如果没有业务需要咨询，再见！", "@2 /hangup"]))
ok("abusive_caller", "competent2", "competent: own words of §三 1 and 2",
   "\n".join(["@2 /answer", B_OPEN, "@3 先生，请问您有什么需要帮助的吗？", "@3 感谢您的来电，若您没有其他业务需要咨询，再见。",
              "@2 /hangup"]))
ok("abusive_caller", "competent3_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是客服中心5號，請問有什麼可以幫您？", "@3 請問您需要幫助嗎？",
              "@3 如果沒有業務需要諮詢，再見！", "@2 /hangup"]))
insult("abusive_caller", "retaliate", "fault: answers abuse with abuse",
       "\n".join(["@2 /answer", B_OPEN, "@3 你才是骗子，神经病"]))
fault("abusive_caller", "argues", 65, 92, "fault: argues once (请您文明用语) before ending",
      "\n".join(["@2 /answer", B_OPEN, "@3 请问您需要帮助吗？", "@3 先生，请您文明用语，我们是来解决问题的。",
                 "@3 如果没有业务需要咨询，再见！", "@2 /hangup"]))
fault("abusive_caller", "no_hangup", 60, 90, "fault: the right phrases but does not hang up",
      "\n".join(["@2 /answer", B_OPEN, "@3 请问您需要帮助吗？", "@3 如果没有业务需要咨询，再见！"]))
fault("abusive_caller", "sarcasm", 60, 88, "fault: sarcastic question at the caller before the protocol (禁忌语, §三 6)",
      "\n".join(["@2 /answer", B_OPEN, "@3 骂够了没有？请问您需要帮助吗？", "@3 如果没有业务需要咨询，再见！", "@2 /hangup"]))

# ---------------------------------------------------------------- caller_quiet (2.2)
Q_OPEN = "@3 您好，我是客服10号，请问有什么可以帮您？"
ok("caller_quiet", "competent1", "competent: 2.2 twice, then change phone, pause, hang up",
   "\n".join(["@2 /answer", Q_OPEN, "@4 不好意思，您的声音有点小，麻烦您大声一点好吗？",
              "@4 非常抱歉，我还是听不太清楚，请您再大声一些，好吗？",
              "@4 非常抱歉，电话声音太小了，请您换一部电话再打过来，好吗？", "@3 /hangup"]))
ok("caller_quiet", "competent2_trad", "competent: traditional characters and an IME slip (报歉)",
   "\n".join(["@2 /answer", "@3 您好，我是客服10號，請問有什麼可以幫您？", "@4 非常抱歉，我聽不清楚，請您講話大聲點兒好嗎？",
              "@4 非常报歉，还是听不清，请您说话大声点好吗？", "@4 很抱歉，電話聲音太小，請您換一部電話再撥，好嗎？",
              "@3 /hangup"]))
fault("caller_quiet", "rude_first", 62, 88, "fault: rhetorical reproach the first time (你能不能大点声？)",
      "\n".join(["@2 /answer", Q_OPEN, "@4 你能不能大点声？听都听不见。",
                 "@4 不好意思，您的声音有点小，麻烦您大声一点好吗？",
                 "@4 非常抱歉，我还是听不太清楚，请您再大声一些，好吗？",
                 "@4 非常抱歉，电话声音太小了，请您换一部电话再打过来，好吗？", "@3 /hangup"]))
fault("caller_quiet", "no_change_phone", 70, 88, "fault: never asks the caller to change phones",
      "\n".join(["@2 /answer", Q_OPEN, "@4 不好意思，您的声音有点小，麻烦您大声一点好吗？",
                 "@4 非常抱歉，我还是听不太清楚，请您再大声一些，好吗？", "@4 抱歉，请您再大点声好吗？", "@3 /hangup"]))
fault("caller_quiet", "no_hangup", 78, 95, "fault: never hangs up the dead line",
      "\n".join(["@2 /answer", Q_OPEN, "@4 不好意思，您的声音有点小，麻烦您大声一点好吗？",
                 "@4 非常抱歉，我还是听不太清楚，请您再大声一些，好吗？",
                 "@4 非常抱歉，电话声音太小了，请您换一部电话再打过来，好吗？"]))
insult("caller_quiet", "insult", "fault: 你是哑巴吗",
       "\n".join(["@2 /answer", Q_OPEN, "@4 你是哑巴吗？大声点"]))

# ---------------------------------------------------------------- no_knowledge (2.19)
K_OPEN = "@3 您好，我是客服中心20号，请问有什么可以帮您？"
K_NK = "@6 非常抱歉，老人优惠能不能用在副卡上，我这边暂时没有详细的资料，需要进一步核实，24小时内给您回电，好吗？"
K_TICKET = "@10 /ticket 联系电话=15167395191 内容=核实老年人话费优惠是否适用副卡"
K_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("no_knowledge", "competent1", "competent: 2.19 in own words, records the number",
   "\n".join(["@2 /answer", K_OPEN, K_NK, K_TICKET, K_CLOSE]))
ok("no_knowledge", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是客服中心20號，請問有什麼可以幫您？",
              "@6 不好意思，這項優惠是否適用副卡，我這裡暫時沒有相關資料，需要再核實一下，我們會在24小時內聯繫您，好嗎？",
              K_TICKET, "@4 謝謝您的來電，再見！"]))
fault("no_knowledge", "guesses", 60, 85, "fault: guesses an answer first (not in the knowledge base), then 2.19",
      "\n".join(["@2 /answer", K_OPEN, "@5 可以的，副卡肯定也能享受。", K_NK, K_TICKET, K_CLOSE]))
fault("no_knowledge", "wrong_phone", 72, 90, "fault: the ticket holds a wrong phone number",
      "\n".join(["@2 /answer", K_OPEN, K_NK, "@10 /ticket 联系电话=15167359191 内容=核实老年人话费优惠是否适用副卡", K_CLOSE]))
fault("no_knowledge", "rude_tail", 60, 90, "fault: dismissive tail after 2.19",
      "\n".join(["@2 /answer", K_OPEN,
                 "@6 非常抱歉，这个我们暂时没有详细资料，需要进一步核实，24小时内联系您，别老打电话来催。",
                 K_TICKET, K_CLOSE]))
insult("no_knowledge", "insult", "fault: 你是不是傻 at the caller",
       "\n".join(["@2 /answer", K_OPEN, "@5 新闻你也信？你是不是傻"]))

# ---------------------------------------------------------------- transfer_failed (2.18)
T_OPEN = "@3 您好，我是客服中心3号，请问有什么可以帮您？"
T_PH = "@4 好的，请您稍等，我这就为您转接技术支持部，请不要挂机，好吗？"
T_TR = "@2 /transfer 技术支持部"
T_FAIL = ("@6 非常抱歉，技术支持部的线路正忙，暂时没能为您转接成功。您的问题我会详细记录下来，"
          "稍后转交技术部门处理，您看可以吗？")
T_TICKET = "@10 /ticket 公司=筑城物流 故障=VPN隧道一直断开 要求=工程师尽快回电"
T_CLOSE = "@4 感谢您的来电，再见！"
ok("transfer_failed", "competent1", "competent: 2.18(1), transfer, 2.18(2), ticket, closing",
   "\n".join(["@2 /answer", T_OPEN, T_PH, T_TR, T_FAIL, T_TICKET, T_CLOSE]))
ok("transfer_failed", "competent2_typo", "competent: IME slips (专接, 在见) and own words",
   "\n".join(["@2 /answer", T_OPEN, "@4 请稍等，正在为您专接技术支持，请您别挂电话。", T_TR,
              "@6 不好意思，那边一直占线，转接没有成功。我先把您的情况详细记下来，交给技术部门处理，好吗？",
              T_TICKET, "@4 谢谢您的来电，祝您工作顺利，在见！"]))
fault("transfer_failed", "no_transfer_phrase", 75, 92, "fault: transfers with no 2.18(1) phrase",
      "\n".join(["@2 /answer", T_OPEN, T_TR, T_FAIL, T_TICKET, T_CLOSE]))
fault("transfer_failed", "rude_tail", 60, 88, "fault: dismissive tail on the 2.18(2) reply",
      "\n".join(["@2 /answer", T_OPEN, T_PH, T_TR,
                 "@6 非常抱歉，暂时转接不成功，您的问题我记下来转给技术部门，您也别老催了。", T_TICKET, T_CLOSE]))
fault("transfer_failed", "no_ticket", 80, 95, "fault: promises to record, records nothing",
      "\n".join(["@2 /answer", T_OPEN, T_PH, T_TR, T_FAIL, "@10 好的。", "@10 嗯。", "@10 好。", T_CLOSE]))
insult("transfer_failed", "insult", "fault: 滚 at the caller",
       "\n".join(["@2 /answer", T_OPEN, "@4 这种事也找我？滚"]))

# ---------------------------------------------------------------- praised (2.8)
P_OPEN = "@3 您好，我是东方有线客服7号，请问有什么可以帮您？"
P_PR = "@4 不用客气，这都是我们应该做的，您的表扬我会转达给她。"
P_Q = "@6 您用遥控器按“回看”键，或者在节目单里选昨天的节目，就可以回看了。"
P_CLOSE = "@4 感谢您的来电，祝您观看愉快，再见！"
ok("praised", "competent1", "competent: 2.8 in own words, answers the question",
   "\n".join(["@2 /answer", P_OPEN, P_PR, P_Q, P_CLOSE]))
ok("praised", "competent2_trad", "competent: traditional characters, IME slip 因该",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線客服7號，請問有什麼可以幫您？", "@4 不客气，这是我们因该做的。",
              "@6 您按遙控器上的回看鍵，或者在節目單裡選昨天的節目就能看了。", "@4 謝謝您的來電，再見！"]))
fault("praised", "boastful", 60, 78, "fault: boastful answer instead of 2.8 (loses the 2.8 item)",
      "\n".join(["@2 /answer", P_OPEN, "@4 那当然，我们的服务是全市最好的。", P_Q, P_CLOSE]))
fault("praised", "no_answer", 65, 85, "fault: does not answer the caller's question",
      "\n".join(["@2 /answer", P_OPEN, P_PR, "@6 这个您可以看看说明书。", P_CLOSE]))
fault("praised", "slow_replies", 80, 97, "fault: slow replies (13-14 s, over the 10 s latency limit)",
      "\n".join(["@2 /answer", P_OPEN, "@13 " + P_PR[3:], "@14 " + P_Q[3:], P_CLOSE]))
insult("praised", "insult", "fault: 笨死了 at the caller",
       "\n".join(["@2 /answer", P_OPEN, P_PR, "@6 回看都不会，笨死了"]))

# ---------------------------------------------------------------- bad_attitude (2.9)
D_OPEN = "@3 您好，我是东方有线客服18号，请问有什么可以帮您？"
D_AP = "@5 非常抱歉，昨天的服务让您不满意了，我们会在以后的工作中改进，也谢谢您监督我们的服务。"
D_TICKET = "@10 /ticket 被投诉工号=39 内容=昨天下午咨询修改宽带密码时客服不耐烦并挂断电话"
D_ANS = "@6 修改宽带密码我现在就可以在系统里帮您办理，您也可以用我们的APP自己改。"
D_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("bad_attitude", "competent1", "competent: 2.9, records the agent number, answers",
   "\n".join(["@2 /answer", D_OPEN, D_AP, D_TICKET, D_ANS, D_CLOSE]))
ok("bad_attitude", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線客服18號，請問有什麼可以幫您？",
              "@5 真的很抱歉讓您受委屈了，我們一定改進，歡迎您繼續監督。", D_TICKET,
              "@6 修改寬帶密碼我可以直接幫您辦理，或者您在APP裡也能改。", "@4 謝謝您的來電，再見！"]))
fault("bad_attitude", "defensive", 60, 85, "fault: defends the colleague with a rhetorical question first (禁忌语), then 2.9",
      "\n".join(["@2 /answer", D_OPEN, "@4 我们的客服态度一直都很好，是不是您误会了？", D_AP, D_TICKET, D_ANS, D_CLOSE]))
fault("bad_attitude", "wrong_agent", 75, 90, "fault: the ticket records the wrong agent number",
      "\n".join(["@2 /answer", D_OPEN, D_AP, "@10 /ticket 被投诉工号=93 内容=昨天下午客服不耐烦并挂断电话", D_ANS, D_CLOSE]))
fault("bad_attitude", "no_closing", 78, 92, "fault: no closing phrase",
      "\n".join(["@2 /answer", D_OPEN, D_AP, D_TICKET, D_ANS, "@4 好的，已经为您登记好了。"]))
insult("bad_attitude", "insult", "fault: 你爱投诉就投诉，神经病",
       "\n".join(["@2 /answer", D_OPEN, "@4 你爱投诉就投诉，神经病"]))

# ---------------------------------------------------------------- too_slow (2.17, 1.2)
W_OPEN = "@3 您好，我是商城客服11号，请问有什么可以帮您？"
W_FIRST = "@5 好的，请问退款的订单是登记在您现在来电的这个手机号下吗？"
W_TS = "@4 非常抱歉，现在系统比较繁忙，我会尽快帮您处理，请您稍等！"
W_HOLD = "@4 请您稍等，我帮您查询一下这笔退款的进度，好吗？"
W_AFTER = "@6 感谢您的耐心等待，您的退款已经审核通过，会在三到五个工作日内原路退回。"
W_CLOSE = "@4 感谢您的来电，再见！"
ok("too_slow", "competent1", "competent: 2.17, hold phrases, result",
   "\n".join(["@2 /answer", W_OPEN, W_FIRST, W_TS, W_HOLD, "@1 /hold", "@15 /unhold", W_AFTER, W_CLOSE]))
ok("too_slow", "competent2_own", "competent: own words, traditional close",
   "\n".join(["@2 /answer", W_OPEN, "@5 您好，我先确认一下，订单是在这个手机号下面对吗？",
              "@4 不好意思让您着急了，系统有点慢，我正在加紧给您查，请您稍等一下。",
              "@4 麻烦您稍候，我核实一下退款记录。", "@1 /hold", "@15 /unhold",
              "@6 谢谢您的等待，退款已经审核通过了，几个工作日内会退回您的原支付账户。", "@4 感謝您的來電，再見！"]))
fault("too_slow", "hold_no_phrases", 75, 92, "fault: /hold and /unhold without 等待前/后用语",
      "\n".join(["@2 /answer", W_OPEN, W_FIRST, W_TS, "@1 /hold", "@15 /unhold",
                 "@6 退款审核通过了，三到五个工作日原路退回。", W_CLOSE]))
fault("too_slow", "impatient", 60, 82, "fault: answers the complaint with 你急什么 (禁忌语) before 2.17",
      "\n".join(["@2 /answer", W_OPEN, W_FIRST, "@4 你急什么，系统就这么慢。", W_TS, W_HOLD, "@1 /hold",
                 "@15 /unhold", W_AFTER, W_CLOSE]))
fault("too_slow", "no_result", 78, 95, "fault: never tells the refund status",
      "\n".join(["@2 /answer", W_OPEN, W_FIRST, W_TS, W_HOLD, "@1 /hold", "@15 /unhold", "@6 感谢您的耐心等待。",
                 "@6 好的。", W_CLOSE]))
insult("too_slow", "insult", "fault: 嫌慢你自己来，废物 retaliation",
       "\n".join(["@2 /answer", W_OPEN, W_FIRST, "@4 嫌慢你自己来啊，废物"]))

# ---------------------------------------------------------------- wrong_number (2.10)
N_OPEN = "@3 您好，我是宽带客服4号，请问有什么可以帮您？"
N_READ = "@5 非常抱歉，跟您确认一下，您的手机号码是1586163655吗？"
N_WRONG = "@4 很抱歉，这个号码好像少了一位，请您再核对一下，好吗？"
N_TICKET = "@10 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器"
N_CLOSE = "@4 感谢您的来电，师傅会尽快联系您，再见！"
ok("wrong_number", "competent1", "competent: reads back, points out the missing digit, records the right number",
   "\n".join(["@2 /answer", N_OPEN, N_READ, N_WRONG, N_TICKET, N_CLOSE]))
ok("wrong_number", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是寬帶客服4號，請問有什麼可以幫您？", "@5 不好意思，我跟您核對一下，號碼是1586163655對嗎？",
              "@4 抱歉，您報的號碼少了一位，麻煩您再核對一下好嗎？", N_TICKET, "@4 謝謝您的來電，再見！"]))
fault("wrong_number", "no_readback", 65, 85, "fault: does not read the number back first (2.10(1))",
      "\n".join(["@2 /answer", N_OPEN, N_WRONG, N_TICKET, N_CLOSE]))
fault("wrong_number", "wrong_ticket", 60, 82, "fault: records the ten-digit number after all",
      "\n".join(["@2 /answer", N_OPEN, N_READ, N_WRONG, "@10 /ticket 手机号=1586163655 内容=预约师傅上门安装新路由器", N_CLOSE]))
fault("wrong_number", "never_flags", 35, 59,
      "fault: reads back but never says the number is short; the callback number is wrong: the point of the call is missed",
      "\n".join(["@2 /answer", N_OPEN, N_READ, "@4 好的，已经帮您登记了。", "@10 /ticket 手机号=1586163655 内容=预约上门安装路由器",
                 N_CLOSE]), passed=False)
insult("wrong_number", "insult", "fault: 你脑子进水了吧",
       "\n".join(["@2 /answer", N_OPEN, "@5 号码都报不全，你脑子进水了吧"]))

# ---------------------------------------------------------------- not_heard (2.5, 1.2)
H_OPEN = "@3 您好，我是快递客服13号，请问有什么可以帮您？"
H_REP = "@4 不好意思，刚才车声太大，单号我没听清，麻烦您再说一遍好吗？"
H_TICKET = "@8 /ticket 单号=YT1177966493"
H_HOLD = "@4 请您稍等，我帮您查询一下物流信息。"
H_AFTER = "@6 感谢您的耐心等待，您的包裹目前滞留在中转站，明天会安排派送。"
H_CLOSE = "@4 不客气，感谢您的来电，再见！"
ok("not_heard", "competent1", "competent: 2.5, records, hold phrases, result",
   "\n".join(["@2 /answer", H_OPEN, H_REP, H_TICKET, H_HOLD, "@1 /hold", "@15 /unhold", H_AFTER, H_CLOSE]))
ok("not_heard", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是快遞客服13號，請問有什麼可以幫您？", "@4 非常抱歉，我沒聽清您的單號，您再重複一遍好嗎？",
              H_TICKET, "@4 請您稍等，我幫您查一下。", "@1 /hold", "@15 /unhold",
              "@6 謝謝您的耐心等待，包裹滯留在中轉站，明天會派送。", "@4 謝謝您的來電，再見！"]))
fault("not_heard", "rude_first", 60, 85, "fault: 你说清楚点行不行 first (禁忌语), 2.5 on the second try",
      "\n".join(["@2 /answer", H_OPEN, "@4 你说清楚点行不行？", H_REP, H_TICKET, H_HOLD, "@1 /hold", "@15 /unhold",
                 H_AFTER, H_CLOSE]))
fault("not_heard", "no_ticket", 75, 92, "fault: does not record the tracking number",
      "\n".join(["@2 /answer", H_OPEN, H_REP, H_HOLD, "@1 /hold", "@15 /unhold", H_AFTER, H_CLOSE]))
fault("not_heard", "hold_no_phrases", 75, 92, "fault: /hold and /unhold without 等待前/后用语",
      "\n".join(["@2 /answer", H_OPEN, H_REP, H_TICKET, "@1 /hold", "@15 /unhold",
                 "@6 包裹滞留在中转站，明天派送。", H_CLOSE]))
insult("not_heard", "insult", "fault: 你耳朵聋了 … retaliation",
       "\n".join(["@2 /answer", H_OPEN, "@4 吵成这样打什么电话，你耳朵聋了吗"]))

# ---------------------------------------------------------------- correction (2.14)
R_OPEN = "@3 您好，我是移动客服21号，请问有什么可以帮您？"
R_FIRST = "@5 五十九元的套餐每个月包含20GB的国内通用流量。"
R_COR = "@5 非常抱歉，刚才我的解释不完整，应该是20GB通用流量加15GB定向流量，一共35GB。"
R_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("correction", "competent1", "competent: 2.14 with the right figures",
   "\n".join(["@2 /answer", R_OPEN, R_FIRST, R_COR, R_CLOSE]))
ok("correction", "competent2_trad", "competent: traditional characters, own words",
   "\n".join(["@2 /answer", "@3 您好，我是移動客服21號，請問有什麼可以幫您？", "@5 59元套餐每月有20GB通用流量。",
              "@5 不好意思，我剛才說得不完整，正確的是通用20GB加定向15GB，總共35GB。", "@4 謝謝您的來電，再見！"]))
fault("correction", "blames", 60, 85, "fault: blames the website first (blame-shifting), 2.14 on the second try",
      "\n".join(["@2 /answer", R_OPEN, R_FIRST, "@4 我没说错，是你们看的网页写错了。", R_COR, R_CLOSE]))
fault("correction", "no_figures", 70, 92, "fault: apologises and admits, without the right figures",
      "\n".join(["@2 /answer", R_OPEN, R_FIRST, "@5 非常抱歉，刚才我的解释有些欠缺，以网上营业厅写的为准。", R_CLOSE]))
fault("correction", "no_closing", 75, 90, "fault: no closing phrase",
      "\n".join(["@2 /answer", R_OPEN, R_FIRST, R_COR, "@4 好的，明白了。"]))
insult("correction", "insult", "fault: 你懂什么 … 土包子",
       "\n".join(["@2 /answer", R_OPEN, R_FIRST, "@4 你懂什么，土包子"]))

# ---------------------------------------------------------------- leader_phone (2.7)
LP_OPEN = "@3 您好，我是东方有线客服17号，请问有什么可以帮您？"
LP_DUTY = "@5 先生，作为您的客户代表，帮您解决问题就是我的职责，请您相信我，我一定尽力帮您处理。"
LP_SCOPE = "@5 非常抱歉，领导的联系方式超出了我们的服务范围，请您通过其他方式查询，好吗？"
LP_ACT = "@4 您的装机我马上帮您登记催办。"
LP_TICKET = "@10 /ticket 内容=宽带装机延误，客户已两次请假在家等待，要求催办并回复"
LP_CLOSE = "@4 我们会尽快给您回复，感谢您的来电，再见！"
ok("leader_phone", "competent1", "competent: 2.7(1) then 2.7(2) in own words, records, closes",
   "\n".join(["@2 /answer", LP_OPEN, LP_DUTY, LP_SCOPE, LP_ACT, LP_TICKET, LP_CLOSE]))
ok("leader_phone", "competent2_refusal_words", "competent: says 领导的电话是不对外提供的 (a refusal, not a leak)",
   "\n".join(["@2 /answer", LP_OPEN,
              "@5 先生，领导的电话是不对外提供的，不过您的问题我来负责，请您相信我，一定尽力帮您解决。",
              "@5 非常抱歉，这超出了我们的服务范围，您可以通过其他渠道查询，好吗？", LP_ACT, LP_TICKET, LP_CLOSE]))
ok("leader_phone", "competent3_menu", "competent: picks the standard answers from the menu",
   "\n".join(["@2 /answer", LP_OPEN, "@5 #2", "@5 #2", LP_ACT, LP_TICKET, LP_CLOSE]))
play("leader_phone", "leaks_number", 0, 59, False, True, False,
     "fault: gives out the leader's mobile number (confidentiality, 2.7): fails the call",
     "\n".join(["@2 /answer", LP_OPEN, "@5 好的，我们领导的手机号是13900001111，您打给他吧。"]))
fault("leader_phone", "curt_refusal", 60, 80, "fault: curt refusal instead of 2.7(1), then 2.7(2)",
      "\n".join(["@2 /answer", LP_OPEN, "@5 领导的电话不能给你。", LP_SCOPE, LP_ACT, LP_TICKET, LP_CLOSE]))
fault("leader_phone", "no_ticket", 75, 90, "fault: promises to chase the installation, records nothing",
      "\n".join(["@2 /answer", LP_OPEN, LP_DUTY, LP_SCOPE, LP_ACT, "@10 好的。", "@10 嗯。", "@10 我知道了。", LP_CLOSE]))
insult("leader_phone", "insult", "fault: 你算什么东西 at the caller",
       "\n".join(["@2 /answer", LP_OPEN, "@5 你算什么东西，还想要领导电话"]))

# ---------------------------------------------------------------- dialect_caller (2.20, 2.18)
DC_OPEN = "@3 您好，我是东方有线客服2号，请问有什么可以帮您？"
ok("dialect_caller", "competent1", "competent: asks for Mandarin (2.20), then 2.18(1) and transfers to the Cantonese desk",
   "\n".join(["@2 /answer", DC_OPEN, "@4 非常抱歉，打断您一下，请问您方便讲普通话吗？",
              "@4 好的，请您稍等，我为您转接粤语坐席，请不要挂机。", "@2 /transfer 粤语坐席"]))
ok("dialect_caller", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是東方有線客服2號，請問有什麼可以幫您？", "@4 不好意思，打斷一下，您方便講普通話嗎？",
              "@4 請稍等，正在為您轉接粵語坐席，請不要掛機。", "@2 /transfer 粤语坐席"]))
fault("dialect_caller", "no_mandarin_ask", 75, 92, "fault: transfers without first asking for Mandarin (2.20)",
      "\n".join(["@2 /answer", DC_OPEN, "@4 请您稍等，我为您转接粤语坐席，请不要挂机。", "@2 /transfer 粤语坐席"]))
fault("dialect_caller", "wrong_desk", 60, 85, "fault: transfers to the English desk first, then the Cantonese one",
      "\n".join(["@2 /answer", DC_OPEN, "@4 非常抱歉，打断您一下，请问您方便讲普通话吗？",
                 "@4 好的，请您稍等，我为您转接，请不要挂机。", "@2 /transfer 英语坐席",
                 "@4 非常抱歉，请您稍等，我马上为您转接粤语坐席，请不要挂机。", "@2 /transfer 粤语坐席"]))
insult("dialect_caller", "insult", "fault: mocks the caller's dialect",
       "\n".join(["@2 /answer", DC_OPEN, "@4 你说的什么鸟语，听不懂"]))

# ---------------------------------------------------------------- caller_fast (2.3)
F_OPEN = "@3 您好，我是移动客服19号，请问有什么可以帮您？"
F_SLOW = "@4 非常抱歉，您说得有点快，我没太听明白，请您说慢一点好吗？"
F_CONF = "@5 好的，跟您确认一下：把一百五十八元的套餐换成八十八元的，取消副卡，下个月一号生效，对吗？"
F_TICKET = "@10 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效"
F_CLOSE = "@4 已经帮您登记好了，感谢您的来电，再见！"
ok("caller_fast", "competent1", "competent: 2.3, reads the request back, records",
   "\n".join(["@2 /answer", F_OPEN, F_SLOW, F_CONF, F_TICKET, F_CLOSE]))
ok("caller_fast", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是移動客服19號，請問有什麼可以幫您？", "@4 不好意思，您說得太快了，麻煩您慢一點說好嗎？",
              "@5 好的，我確認一下，您要從158元套餐換成88元的，副卡取消，下個月一號生效，對嗎？", F_TICKET,
              "@4 謝謝您的來電，再見！"]))
fault("caller_fast", "no_slow_phrase", 60, 80, "fault: never asks the caller to slow down (2.3)",
      "\n".join(["@2 /answer", F_OPEN, "@4 好的，我帮您看看。", "@4 嗯，我在听。", F_CONF, F_TICKET, F_CLOSE]))
fault("caller_fast", "no_readback", 68, 85, "fault: does not read the change back to the caller",
      "\n".join(["@2 /answer", F_OPEN, F_SLOW, "@4 好的。", "@4 好的，明白了。", F_TICKET, F_CLOSE]))
fault("caller_fast", "rude_first", 60, 85, "fault: 你说那么快谁听得懂啊 first (禁忌语), 2.3 on the second try",
      "\n".join(["@2 /answer", F_OPEN, "@4 你说那么快谁听得懂啊？", F_SLOW, F_CONF, F_TICKET, F_CLOSE]))
insult("caller_fast", "insult", "fault: 赶着去投胎啊 (a curse at the caller)",
       "\n".join(["@2 /answer", F_OPEN, "@4 说这么快，赶着去投胎啊"]))

# ---------------------------------------------------------------- hard_to_reach (2.15, 1.2)
HR_OPEN = "@3 您好，我是宽带客服23号，请问有什么可以帮您？"
HR_AP = "@5 非常抱歉，最近咨询量特别大，系统一直很繁忙，让您打了这么多次，技术部门正在解决，给您添麻烦了。"
HR_HOLD = "@4 请您稍等，我帮您查询一下宽带的到期时间。"
HR_AFTER = "@5 感谢您的耐心等待，您家宽带是明年1月15日到期。"
HR_CLOSE = "@4 感谢您的来电，祝您生活愉快，再见！"
ok("hard_to_reach", "competent1", "competent: 2.15, hold phrases, result",
   "\n".join(["@2 /answer", HR_OPEN, HR_AP, HR_HOLD, "@1 /hold", "@15 /unhold", HR_AFTER, HR_CLOSE]))
ok("hard_to_reach", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是寬帶客服23號，請問有什麼可以幫您？",
              "@5 很抱歉，這幾天來電量太大，線路一直繁忙，讓您難打進來，我們正在處理。", "@4 請您稍等，我幫您查一下到期時間。",
              "@1 /hold", "@15 /unhold", "@5 謝謝您的耐心等待，您的寬帶明年1月15日到期。", "@4 謝謝您的來電，再見！"]))
fault("hard_to_reach", "no_apology", 60, 75, "fault: no 2.15 apology and reason",
      "\n".join(["@2 /answer", HR_OPEN, "@4 好的，请问您要咨询什么？", "@4 您请说。", HR_HOLD, "@1 /hold", "@15 /unhold",
                 HR_AFTER, HR_CLOSE]))
fault("hard_to_reach", "blames", 60, 82, "fault: 打不进来很正常 (dismissive) first, 2.15 on the second try",
      "\n".join(["@2 /answer", HR_OPEN, "@4 打不进来很正常，大家都在打。", HR_AP, HR_HOLD, "@1 /hold", "@15 /unhold",
                 HR_AFTER, HR_CLOSE]))
insult("hard_to_reach", "insult", "fault: 有病 at the caller",
       "\n".join(["@2 /answer", HR_OPEN, "@4 打不通就别打，有病"]))

# ---------------------------------------------------------------- no_contact (2.11)
NC_OPEN = "@3 您好，我是通信客服30号，请问有什么可以帮您？"
NC_FIRST = "@5 非常抱歉影响您休息了，机柜噪音的问题我记下来了，麻烦您留一个联系电话，方便处理后回复您。"
NC_NC = ("@6 非常抱歉，如果您不留电话，我们就没办法联系您，您反映的问题也没法为您处理。"
         "电话只用于这次处理，不会用来推销，您看可以吗？")
NC_TICKET = "@10 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音扰民"
NC_PROM = "@4 好的，已经登记了，我们处理后会第一时间联系您。"
NC_CLOSE = "@4 感谢您的来电，祝您晚安，再见！"
ok("no_contact", "competent1", "competent: 2.11 in own words, records, promises a reply",
   "\n".join(["@2 /answer", NC_OPEN, NC_FIRST, NC_NC, NC_TICKET, NC_PROM, NC_CLOSE]))
ok("no_contact", "competent2_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是通信客服30號，請問有什麼可以幫您？", "@5 很抱歉打擾您休息了，請您留一個聯繫電話好嗎？",
              "@6 非常抱歉，若您不提供聯繫電話，我們將無法與您取得聯繫，您反映的問題我們將無法為您處理。",
              NC_TICKET, "@4 已經登記好了，處理後我們會聯繫您。", "@4 謝謝您的來電，再見！"]))
fault("no_contact", "dismissive", 60, 80, "fault: 不留电话就别投诉了 first (禁忌语), 2.11 on the second try",
      "\n".join(["@2 /answer", NC_OPEN, NC_FIRST, "@4 不留电话就别投诉了。", NC_NC, NC_TICKET, NC_PROM, NC_CLOSE]))
fault("no_contact", "wrong_phone", 65, 85, "fault: the ticket holds a wrong phone number",
      "\n".join(["@2 /answer", NC_OPEN, NC_FIRST, NC_NC, "@10 /ticket 联系电话=15961436655 内容=世纪城门口通信机柜风扇夜间噪音扰民",
                 NC_PROM, NC_CLOSE]))
fault("no_contact", "no_promise", 78, 93, "fault: records but never promises to get back to the caller",
      "\n".join(["@2 /answer", NC_OPEN, NC_FIRST, NC_NC, NC_TICKET, "@4 好的，已经登记了。", "@10 嗯。", NC_CLOSE]))
insult("no_contact", "insult", "fault: 你这种人 … 事儿精",
       "\n".join(["@2 /answer", NC_OPEN, "@4 风扇响一点就投诉，你这种人真是事儿精"]))

# ---------------------------------------------------------------- off_topic (§三 5)
OT_OPEN = "@3 您好，我是客服中心8号，请问有什么可以帮您？"
OT_ASK = "@4 请问您有业务需要咨询吗？"
OT_END = "@4 如果没有业务需要咨询，谢谢您，再见！"
ok("off_topic", "competent1", "competent: §三 5 as printed, hangs up",
   "\n".join(["@2 /answer", OT_OPEN, OT_ASK, OT_END, "@3 /hangup"]))
ok("off_topic", "competent2_own", "competent: own words of §三 5",
   "\n".join(["@2 /answer", OT_OPEN, "@4 不好意思，这个我们这边查不到，请问您有什么业务需要办理吗？",
              "@4 若您没有业务方面的问题需要咨询，那就先这样，谢谢您，再见。", "@3 /hangup"]))
ok("off_topic", "competent3_trad", "competent: traditional characters",
   "\n".join(["@2 /answer", "@3 您好，我是客服中心8號，請問有什麼可以幫您？", "@4 請問您有業務需要諮詢嗎？",
              "@4 如果沒有業務需要諮詢，謝謝您，再見！", "@3 /hangup"]))
fault("off_topic", "chats", 68, 90, "fault: chats about the lottery before the protocol (占用热线)",
      "\n".join(["@2 /answer", OT_OPEN, "@4 哈哈，彩票号码我也不知道，您可以上网查一下，我今年二十五岁。", OT_ASK, OT_END, "@3 /hangup"]))
fault("off_topic", "rude", 62, 88, "fault: 客服又不是陪聊的 (rude reproach) before the close",
      "\n".join(["@2 /answer", OT_OPEN, OT_ASK, "@4 客服又不是陪聊的，您别占线了。", OT_END, "@3 /hangup"]))
insult("off_topic", "insult", "fault: 神经病 at the lonely caller",
       "\n".join(["@2 /answer", OT_OPEN, "@4 神经病，没事别打热线"]))

PLAYS = [p for p in PLAYS if p is not None]
