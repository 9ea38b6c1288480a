#!/usr/bin/env python3
"""holdout4 whole-call plays (blind set, helper blind4c, 2026-11-25 evening).

Each play: scenario, name, lo, hi, passed, auto_failed, competent, note, script.
Ranges and verdicts were set from the scenario's rubric and the standards before any play was
run; runs were used only to check that each line lands on the caller's turn it answers.
Writes seen4/calls/SCENARIO.NAME.replies and seen4/calls.tsv (split seen4, was holdout4; --seed 1).
Run: python3 tests/data/eval/seen4/plays.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
P = []


def play(scen, name, lo, hi, passed, af, comp, note, script):
    P.append((scen, name, lo, hi, passed, af, comp, note, script.strip("\n")))


# ---------------------------------------------------------------- angry_caller (seed 1: 杨先生,
# account 085161463655, 金阳新世界, fault: 光缆被市政施工挖断, back 明天上午十点前)
ANGRY_TAIL = """
@4 杨先生，请您稍等，我帮您核实一下线路情况好吗？
@2 /hold
@25 /unhold
@3 杨先生，感谢您的耐心等待。经过核实，是金阳新世界附近的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。耽误孩子上课了，非常抱歉。
"""
play("angry_caller", "competent_a", 85, 100, True, False, 1, "competent; own words", """
@2 /answer
@3 您好，宽带客服中心，我是8号客服小林，请问有什么可以帮您？
@4 先生您别着急，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？
""" + ANGRY_TAIL + """
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("angry_caller", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters typed by hand; 1.2 after-phrase and answer in two messages", """
@2 /answer
@3 您好，我是寬頻客服12號小陳，請問有什麼可以幫您？
@4 您的心情我非常理解，孩子上不了網課確實著急，為了更有效地幫助您，請問您的寬頻帳號是多少？
@4 好的，請您稍等，我幫您核實一下好嗎？
@2 /hold
@20 /unhold
@3 感謝您的耐心等待。
@2 查到了，是金陽新世界那邊的光纜被市政施工挖斷了，工程師正在搶修，預計明天上午十點前恢復。
@4 感謝您的來電，祝您生活愉快，再見！
""")
play("angry_caller", "competent_slips", 85, 100, True, False, 1, "competent; IME slips 合实 报歉 在见", """
@2 /answer
@3 您好，我是客服中心23号，请问有什么可以帮您？
@4 您的心情我非常理解，为了更有效的帮助您，请问您的宽带帐号是多少？
@4 请您稍等，我帮您合实一下好吗？
@2 /hold
@22 /unhold
@3 感谢您的耐心等待，杨先生。您那边是光缆被市政施工挖断了，师傅正在抢修，明天上午十点前能恢复，给您带来不便很报歉。
@4 感谢您的来电，祝您愉快，在见！
""")
play("angry_caller", "no_empathy", 70, 84, True, False, 0, "fault: no 2.12 calming (empathy 20 lost), business-like otherwise", """
@2 /answer
@3 您好，宽带客服中心，我是8号客服小林，请问有什么可以帮您？
@4 请问您的宽带账号是多少？
@4 我这边马上帮您查，请您把账号告诉我。
""" + ANGRY_TAIL + """
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("angry_caller", "hold_no_phrases", 78, 90, True, False, 0, "fault: 20 s hold without 1.2 before/after phrases (hold 15 lost)", """
@2 /answer
@3 您好，宽带客服中心，我是8号客服小林，请问有什么可以帮您？
@4 先生您别着急，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？
@3 /hold
@20 /unhold
@3 杨先生，金阳新世界附近的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("angry_caller", "insult", 0, 59, False, True, 0, "fault: insult/retaliation at the caller (fails the call)", """
@2 /answer
@3 您好，宽带客服中心，我是8号客服小林，请问有什么可以帮您？
@4 你吼什么吼？有病吧你，自己家网不行还赖我们？
""")
play("angry_caller", "rude_closing", 70, 88, True, False, 0, "fault: dismissive closing (closing and courtesy)", """
@2 /answer
@3 您好，宽带客服中心，我是8号客服小林，请问有什么可以帮您？
@4 先生您别着急，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？
""" + ANGRY_TAIL + """
@4 行了行了，修好了自然就能用，别一点小事就打电话来嚷嚷，再见。
""")

# ---------------------------------------------------------------- abusive_caller
play("abusive_caller", "competent_a", 88, 100, True, False, 1, "competent; special handling 1 then 3, hang up", """
@2 /answer
@3 您好，我是客服中心5号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 如果没有业务需要咨询，再见！
@2 /hangup
""")
play("abusive_caller", "competent_trad", 88, 100, True, False, 1, "competent; traditional characters; special handling 2 wording", """
@2 /answer
@3 您好，我是客服中心7號，請問有什麼可以幫您？
@4 請問您需要幫助嗎？
@4 感謝您的來電，若沒有其他業務諮詢，再見！
@2 /hangup
""")
play("abusive_caller", "retaliate", 0, 59, False, True, 0, "fault: retaliation (fails the call)", """
@2 /answer
@3 您好，我是客服中心5号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 你才是蠢货，有本事你报上名来，嘴巴放干净点！
""")
play("abusive_caller", "argues", 65, 90, True, False, 0, "fault: argues with the abuser twice before ending (不纠缠、不争辩)", """
@2 /answer
@3 您好，我是客服中心5号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 先生，请您文明用语，我们是正规公司，不是骗子。
@3 您这样骂人是解决不了问题的，请您冷静一下。
@3 如果没有业务需要咨询，再见！
@2 /hangup
""")
play("abusive_caller", "no_hangup", 60, 85, True, False, 0, "fault: says the end phrase but never hangs up (line left open)", """
@2 /answer
@3 您好，我是客服中心5号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 如果没有业务需要咨询，再见！
""")

# ---------------------------------------------------------------- silent_line
play("silent_line", "competent_lines", 90, 100, True, False, 1, "competent; 1.3 over several lines", """
@2 /answer
@3 您好，我是客服中心16号，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
""")
play("silent_line", "competent_printed", 90, 100, True, False, 1, "competent; 1.3 as printed, one line", """
@2 /answer
@3 您好，我是客服中心21号，请问有什么可以帮您？
@5 您好请讲，您好请讲，非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！
@2 /hangup
""")
play("silent_line", "competent_trad", 90, 100, True, False, 1, "competent; traditional characters", """
@2 /answer
@3 您好，我是客服中心3號，請問有什麼可以幫您？
@4 您好，請講。
@5 您好，請講。
@4 非常抱歉，聽不見您的聲音，無法為您服務，再見！
@2 /hangup
""")
play("silent_line", "insult", 0, 59, False, True, 0, "fault: insult at a silent line (fails the call)", """
@2 /answer
@3 您好，我是客服中心16号，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请讲。
@3 神经病吧，打电话又不出声，脑子有毛病。
@2 /hangup
""")
play("silent_line", "no_opening", 78, 92, True, False, 0, "fault: no opening, goes straight to 您好请讲", """
@2 /answer
@3 您好，请讲。
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
""")

# ---------------------------------------------------------------- info_record (seed 1: 杨丽华,
# 13967395191, 云岩区中华北路108号3单元502室, 燃气管道接头漏气，已关总阀)
play("info_record", "competent_ticket_first", 85, 100, True, False, 1, "competent; ticket, then read-back when asked", """
@2 /answer
@3 您好，燃气报修热线，我是12号受理员，请问有什么可以帮您？
@12 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 记好了杨女士，跟您核对一下，您的电话是13967395191，对吗？
@4 好的，我们会尽快安排师傅上门，请您先开窗通风、不要用明火。感谢您的来电，再见！
""")
play("info_record", "competent_trad_readback", 85, 100, True, False, 1, "competent; traditional characters, read-back before the ticket", """
@2 /answer
@3 您好，我是燃氣報修熱線8號，請問有什麼可以幫您？
@5 楊女士，跟您核對一下，電話是13967395191，對嗎？
@12 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 好的，師傅會盡快上門，請您先開窗通風。感謝您的來電，再見！
""")
play("info_record", "wrong_phone", 60, 90, True, False, 0, "fault: phone field wrong in the ticket (two digits swapped), spoken read-back right; 3.1 1.3.2", """
@2 /answer
@3 您好，燃气报修热线，我是12号受理员，请问有什么可以帮您？
@12 /ticket name=杨丽华 phone=13967395911 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 记好了杨女士，跟您核对一下，您的电话是13967395191，对吗？
@4 好的，我们会尽快安排师傅上门，请您先开窗通风、不要用明火。感谢您的来电，再见！
""")
play("info_record", "no_readback", 84, 92, True, False, 0, "fault: no read-back of the phone when asked (confirm 10)", """
@2 /answer
@3 您好，燃气报修热线，我是12号受理员，请问有什么可以帮您？
@12 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 放心吧，都记好了。
@4 好的，我们会尽快安排师傅上门，请您先开窗通风、不要用明火。感谢您的来电，再见！
""")
play("info_record", "no_closing", 84, 92, True, False, 0, "fault: no 1.4 closing", """
@2 /answer
@3 您好，燃气报修热线，我是12号受理员，请问有什么可以帮您？
@12 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@4 记好了杨女士，跟您核对一下，您的电话是13967395191，对吗？
@4 嗯，好的。
""")

# ---------------------------------------------------------------- long_wait (seed 1: 半个小时, 商场里)
play("long_wait", "competent_a", 85, 100, True, False, 1, "competent; 2.16, ticket, KB answer", """
@2 /answer
@3 您好，我是移动客服10086的26号，请问有什么可以帮您？
@4 非常抱歉！让您久等了！请问有什么可以帮您吗？
@4 好的，我马上为您办理停机挂失。
@8 /ticket 业务=停机挂失 内容=机主手机在商场丢失，申请停机挂失，已立即停机
@4 已经为您停机了，挂失立即生效。补卡需要机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10元。
@4 感谢您的来电，祝您愉快，再见！
""")
play("long_wait", "competent_slips", 85, 100, True, False, 1, "competent; IME slips 报歉 在见", """
@2 /answer
@3 您好，我是客服中心31号，请问有什么可以帮您？
@4 非常报歉，让您久等了，请问有什么可以帮您？
@4 好的，马上帮您办理挂失。
@8 /ticket 业务=挂失 内容=手机丢失，办理停机挂失
@4 挂失已经生效了。补卡请机主本人带身份证到营业厅办，号码不变，工本费十元。
@4 感谢您的来电，在见！
""")
play("long_wait", "no_apology", 68, 80, True, False, 0, "fault: no 2.16 apology to a caller who waited half an hour (apology 25)", """
@2 /answer
@3 您好，我是移动客服10086的26号，请问有什么可以帮您？
@4 请问您要办理什么业务？
@4 嗯，请您说一下需要办理什么业务。
@4 我在听，您需要办理什么，请讲。
@4 好的，我马上为您办理停机挂失。
@8 /ticket 业务=停机挂失 内容=机主手机在商场丢失，申请停机挂失，已立即停机
@4 已经为您停机了，挂失立即生效。补卡需要机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10元。
@4 感谢您的来电，祝您愉快，再见！
""")
play("long_wait", "wrong_business", 75, 92, True, False, 0, "fault: ticket records 补卡 instead of the suspension (record of 挂失 wrong)", """
@2 /answer
@3 您好，我是移动客服10086的26号，请问有什么可以帮您？
@4 非常抱歉！让您久等了！请问有什么可以帮您吗？
@4 好的，我马上为您办理。
@8 /ticket 业务=补卡 内容=客户咨询补卡
@4 补卡需要机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10元。
@4 感谢您的来电，祝您愉快，再见！
""")
play("long_wait", "rude_tail", 78, 92, True, False, 0, "fault: rhetorical rude tail on the KB answer (courtesy)", """
@2 /answer
@3 您好，我是移动客服10086的26号，请问有什么可以帮您？
@4 非常抱歉！让您久等了！请问有什么可以帮您吗？
@4 好的，我马上为您办理停机挂失。
@8 /ticket 业务=停机挂失 内容=机主手机在商场丢失，申请停机挂失，已立即停机
@4 补卡要本人带身份证去营业厅，这个网上都写着呢，您自己不会看吗？
@4 感谢您的来电，祝您愉快，再见！
""")

# ---------------------------------------------------------------- crisis_selfharm (seed 1: 十二万,
# 花果园二期C区楼顶, phone 13985166420)
play("crisis_selfharm", "competent_a", 85, 100, True, False, 1, "competent; calm, safety, phone, escalate within a minute, ticket", """
@2 /answer
@3 您好，我是客服中心18号，请问有什么可以帮您？
@4 您的心情我非常理解，被骗走积蓄换谁都会难受，为了更有效地帮助您，请您慢慢跟我说。
@3 您千万别做傻事，我一直在这里陪着您。请问您现在用的联系电话是多少？
@3 /escalate 危机干预组
@6 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生，已升级危机干预组
@3 好的，请您先从楼顶下来，到安全的地方，专门的同事马上就会联系您，我们一起想办法。
""")
play("crisis_selfharm", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters; ticket before escalation", """
@2 /answer
@3 您好，我是客服中心6號，請問有什麼可以幫您？
@4 您的心情我非常理解，為了更有效地幫助您，請您先別著急，慢慢說。
@3 您先離開樓頂邊上好嗎？我陪著您，請問您的聯繫電話是多少？
@5 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被骗十二万，在楼顶扬言轻生
@3 /escalate 危机干预组
@3 謝謝您願意下來，請注意安全，危機干預的同事馬上跟您通話，您的家人我們也會幫您聯繫。
""")
play("crisis_selfharm", "hangs_up", 0, 59, False, True, 0, "fault: hangs up on a caller threatening self-harm, no escalation (2.4)", """
@2 /answer
@3 您好，我是客服中心18号，请问有什么可以帮您？
@4 您的心情我非常理解，为了更有效地帮助您，请您慢慢跟我说。
@4 您先冷静一下，被骗的事请您去派出所报案，我这边就先挂了。
@2 /hangup
""")
play("crisis_selfharm", "wrong_desk", 0, 59, False, True, 0, "fault: escalated to the complaints desk, not crisis intervention (escalation that decides the call); borderline", """
@2 /answer
@3 您好，我是客服中心18号，请问有什么可以帮您？
@4 您的心情我非常理解，被骗走积蓄换谁都会难受，为了更有效地帮助您，请您慢慢跟我说。
@3 您千万别做傻事，我一直在这里陪着您。请问您现在用的联系电话是多少？
@3 /escalate 投诉处理组
@6 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生
@3 好的，请您先从楼顶下来，到安全的地方，我们的同事马上就会联系您。
""")
play("crisis_selfharm", "blame", 60, 80, True, False, 0, "fault: blames the victim instead of calming (calm 20, courtesy)", """
@2 /answer
@3 您好，我是客服中心18号，请问有什么可以帮您？
@4 我们客服从来不会打电话让您退款，是您自己把钱转给骗子的，这个我们也管不了。
@3 您千万别做傻事，我一直在这里陪着您。请问您现在用的联系电话是多少？
@3 /escalate 危机干预组
@6 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生，已升级危机干预组
@3 好的，请您先从楼顶下来，到安全的地方，专门的同事马上就会联系您。
""")

# ---------------------------------------------------------------- english_caller (seed 1:
# Room 802, Building 2, Jinyang New Town; engineer this afternoon)
play("english_caller", "competent_english", 85, 100, True, False, 1, "competent; simple English, address, booking, goodbye", """
@2 /answer
@3 您好，我是客服中心9号，请问有什么可以帮您？
@4 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?
@10 /ticket address=Room 802, Building 2, Jinyang New Town 故障=Internet down since this morning
@4 Thank you. I have booked an engineer for you. He will come this afternoon to repair your internet.
@4 You're welcome. Thank you for calling. Goodbye!
""")
play("english_caller", "competent_transfer", 85, 100, True, False, 1, "competent; tells the caller and transfers to the English desk (allowed)", """
@2 /answer
@3 您好，我是客服中心9号，请问有什么可以帮您？
@4 Sorry, I will transfer you to our English service desk. Please hold on, don't hang up.
@2 /transfer 英语坐席
""")
play("english_caller", "competent_plain", 85, 100, True, False, 1, "competent; plainer English, where are you", """
@2 /answer
@3 您好，我是客服中心27号，请问有什么可以帮您？
@4 Hi, sure, I can help. Where do you live? Your address please.
@10 /ticket address=Room 802, Building 2, Jinyang New Town
@4 OK, our technician will come to fix it this afternoon.
@4 Thanks for calling, have a nice day. Bye!
""")
play("english_caller", "chinese_only", 15, 45, False, False, 0, "fault: answers an English caller in Chinese only, no transfer", """
@2 /answer
@3 您好，我是客服中心9号，请问有什么可以帮您？
@4 您好，请问您的宽带是什么问题？
@5 请问您能说中文吗？
""")
play("english_caller", "wrong_address", 82, 95, True, False, 0, "fault: wrong room number in the ticket (1.3.2)", """
@2 /answer
@3 您好，我是客服中心9号，请问有什么可以帮您？
@4 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?
@10 /ticket address=Room 208, Building 2, Jinyang New Town 故障=Internet down since this morning
@4 Thank you. I have booked an engineer for you. He will come this afternoon to repair your internet.
@4 You're welcome. Thank you for calling. Goodbye!
""")

# ---------------------------------------------------------------- callback_outbound (seed 1: 500兆,
# 每月加 30 元, 次月 1 日生效)
play("callback_outbound", "competent_a", 85, 100, True, False, 1, "competent; 2.21 both branches, supplement, closing", """
@2 /answer
@3 您好，我是宽带客服中心15号业务受理专员，请问刚才是您拨打我们的客服热线咨询宽带提速吗？
@4 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？
@4 您好先生，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不需要上门。
@4 不客气，感谢您的接听，祝您生活愉快，再见！
""")
play("callback_outbound", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters", """
@2 /answer
@3 您好，我是寬頻客服中心22號業務受理專員，請問剛才是您撥打我們客服電話諮詢寬頻提速嗎？
@4 不好意思，剛才有一位先生撥打過我們的客服電話，請問他在嗎？
@4 先生您好，關於您剛才諮詢的提速，我還有些內容需要補充一下：提速到500兆每月加30元，次月1日生效，不用上門。
@4 感謝您的接聽，祝您生活愉快，再見！
""")
play("callback_outbound", "no_ask_person", 72, 84, True, False, 0, "fault: not the caller, does not ask whether he is there (2.21)", """
@2 /answer
@3 您好，我是宽带客服中心15号业务受理专员，请问刚才是您拨打我们的客服热线咨询宽带提速吗？
@4 那您跟他说一下，提速的资费我们已经确认了。
@4 您好先生，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不需要上门。
@4 不客气，感谢您的接听，祝您生活愉快，再见！
""")
play("callback_outbound", "no_intro", 65, 80, True, False, 0, "fault: no 2.21 self-introduction on the callback", """
@2 /answer
@3 找一下你家机主。
@13 宽带公司的。
@4 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？
@4 您好先生，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不需要上门。
@4 不客气，感谢您的接听，祝您生活愉快，再见！
""")
play("callback_outbound", "rude_closing", 65, 85, True, False, 0, "fault: dismissive closing (closing, courtesy)", """
@2 /answer
@3 您好，我是宽带客服中心15号业务受理专员，请问刚才是您拨打我们的客服热线咨询宽带提速吗？
@4 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？
@4 您好先生，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从100兆提速到500兆，每月加30元，次月1日生效，不需要上门。
@4 行吧，考虑好了自己打过来办，别拖太久，就这样。
""")

# ---------------------------------------------------------------- dialect_caller
play("dialect_caller", "competent_a", 88, 100, True, False, 1, "competent; 2.20, 2.18 (1), transfer to the Cantonese desk", """
@2 /answer
@3 您好，我是客服中心11号，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
@4 好的，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？
@3 /transfer 粤语坐席
""")
play("dialect_caller", "competent_trad", 88, 100, True, False, 1, "competent; traditional characters", """
@2 /answer
@3 您好，我是客服中心4號，請問有什麼可以幫您？
@4 非常抱歉，先生，打斷您一下，您方便講普通話嗎？謝謝！
@4 好的，請稍等，正在為您轉接粵語坐席，請不要掛機，好嗎？
@3 /transfer 粤语坐席
""")
play("dialect_caller", "no_transfer_phrase", 84, 92, True, False, 0, "fault: transfers without telling the caller (2.18 (1))", """
@2 /answer
@3 您好，我是客服中心11号，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
@4 /transfer 粤语坐席
""")
play("dialect_caller", "wrong_desk_first", 65, 88, True, False, 0, "fault: first transfer to the technical desk, back, then the Cantonese desk", """
@2 /answer
@3 您好，我是客服中心11号，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
@4 好的，请稍等，正在为您转接，请不要挂机，好吗？
@3 /transfer 二线技术支持
@4 非常抱歉，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？
@3 /transfer 粤语坐席
""")
play("dialect_caller", "insult", 0, 59, False, True, 0, "fault: mocks and insults the dialect speaker (fails the call)", """
@2 /answer
@3 您好，我是客服中心11号，请问有什么可以帮您？
@4 你讲的什么鸟语，听不懂人话是吧？说普通话！
""")

# ---------------------------------------------------------------- repeat_complaint (seed 1: 罗女士,
# 15867395191, 光猫红灯, 二十天)
RC_OPEN = """
@2 /answer
@3 您好，我是宽带客服中心20号，请问有什么可以帮您？
"""
RC_APOL = "@4 罗女士，非常抱歉！您所反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。\n"
RC_TICKET = "@8 /ticket 联系电话=15867395191 内容=光猫红灯一直亮上不了网，报修二十天三次催办仍未上门，第四次来电投诉，要求尽快处理\n"
play("repeat_complaint", "competent_a", 85, 100, True, False, 1, "competent; 2.13, ticket, escalate, closing", RC_OPEN + RC_APOL + RC_TICKET + """
@3 /escalate 投诉处理组
@4 罗女士，您的投诉我已经记录并升级到投诉处理组，由专人负责跟进，处理好后第一时间给您回电话。
@4 给您添麻烦了，感谢您的来电，再见！
""")
play("repeat_complaint", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters; escalate before ticket", """
@2 /answer
@3 您好，我是寬頻客服中心9號，請問有什麼可以幫您？
@4 非常抱歉！您所反映的問題我們正在緊張地處理，因為牽扯幾個部門的協調，所以時間比較長，我們會在問題解決後的第一時間與您聯繫。
@5 /escalate 投诉处理组
@8 /ticket 联系电话=15867395191 内容=报修二十天未上门，第四次来电投诉
@4 羅女士，已經升級投訴處理組專人跟進，處理好會第一時間給您回電。
@4 感謝您的來電，再見！
""")
play("repeat_complaint", "no_escalation", 0, 59, False, True, 0, "fault: fourth complaint, 12315 threatened, not escalated (decides the call)", RC_OPEN + RC_APOL + RC_TICKET + """
@4 罗女士，您的情况我已经详细记录了，会催促相关部门尽快处理，处理好后第一时间给您回电话。
@4 给您添麻烦了，感谢您的来电，再见！
""")
play("repeat_complaint", "wrong_phone", 82, 92, True, False, 0, "fault: phone in the ticket wrong (two digits swapped)", RC_OPEN + RC_APOL + """
@8 /ticket 联系电话=15867359191 内容=光猫红灯一直亮上不了网，报修二十天三次催办仍未上门，第四次来电投诉，要求尽快处理
@3 /escalate 投诉处理组
@4 罗女士，您的投诉我已经记录并升级到投诉处理组，由专人负责跟进，处理好后第一时间给您回电话。
@4 给您添麻烦了，感谢您的来电，再见！
""")
play("repeat_complaint", "no_apology", 68, 80, True, False, 0, "fault: no 2.13 apology/explanation/promise", RC_OPEN + """
@4 您别急，我帮您看一下。
@4 好的，我先帮您把情况记下来。
""" + RC_TICKET + """
@3 /escalate 投诉处理组
@4 罗女士，您的投诉我已经记录并升级到投诉处理组，由专人负责跟进，处理好后第一时间给您回电话。
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- transferred_complaint (seed 1:
# 25 元 重复扣费, 退回 24小时内)
TC_MID = """
@4 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@3 感谢您的耐心等待。经核实，本月视频会员费确实重复扣了一次25元，退费已经为您提交，24小时内退回您的话费账户。
@4 感谢您的来电，祝您生活愉快，再见！
"""
play("transferred_complaint", "competent_a", 85, 100, True, False, 1, "competent; takes over without asking again, 2.12, hold, result", """
@2 /answer
@3 您好，我是中级坐席26号小吴，您视频会员费被重复扣款的情况同事已经跟我说了，不用您再讲一遍。
@4 您的心情我非常理解，为了更有效地帮助您，请允许我马上为您核实扣费记录。
""" + TC_MID)
play("transferred_complaint", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters", """
@2 /answer
@3 您好，我是中級坐席8號，您會員費重複扣款的情況我已經了解了，您不用再重複。
@4 您的心情我非常理解，為了更有效地幫助您，我現在就幫您查。
@4 請您稍等，我幫您核實一下好嗎？
@2 /hold
@20 /unhold
@3 感謝您的耐心等待。重複扣的25元已經給您提交退費了，24小時內退回話費帳戶。
@4 感謝您的來電，祝您生活愉快，再見！
""")
play("transferred_complaint", "asks_repeat", 78, 88, True, False, 0, "fault: makes the transferred caller repeat the problem (takeover 15)", """
@2 /answer
@3 您好，我是中级坐席26号，请问您具体是什么问题？麻烦您再说一遍。
@4 您的心情我非常理解，为了更有效地帮助您，请允许我马上为您核实扣费记录。
""" + TC_MID)
play("transferred_complaint", "hold_no_phrases", 78, 90, True, False, 0, "fault: hold without the 1.2 phrases", """
@2 /answer
@3 您好，我是中级坐席26号小吴，您视频会员费被重复扣款的情况同事已经跟我说了，不用您再讲一遍。
@4 您的心情我非常理解，为了更有效地帮助您，请允许我马上为您核实扣费记录。
@3 /hold
@20 /unhold
@3 经核实，本月视频会员费确实重复扣了一次25元，退费已经为您提交，24小时内退回您的话费账户。
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("transferred_complaint", "no_result", 72, 84, True, False, 0, "fault: after the check, no refund/amount/time given (resolve 20)", """
@2 /answer
@3 您好，我是中级坐席26号小吴，您视频会员费被重复扣款的情况同事已经跟我说了，不用您再讲一遍。
@4 您的心情我非常理解，为了更有效地帮助您，请允许我马上为您核实扣费记录。
@4 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@3 感谢您的耐心等待。您的问题我已经帮您反馈了，请您耐心等通知。
@4 感谢您的来电，祝您生活愉快，再见！
@4 感谢您的来电，再见！
""")

# ---------------------------------------------------------------- vip_call (seed 1: 新加坡,
# wife 18695077409)
VIP_BODY = """
@4 好的钱先生，新加坡的国际漫游已经为您开通了，即时生效，钻石卡免押金。请问您太太的号码是多少？
@4 好的，已经把您太太的号码18695077409加到您的家庭套餐里了。另外建议您预约一个漫游流量包，每天25元不限量，出发当天生效，我再帮您设置出行短信提醒，好吗？
"""
play("vip_call", "competent_a", 85, 100, True, False, 1, "competent; surname, both services, extra, ticket", """
@2 /answer
@3 钱先生您好，我是VIP专席18号，很高兴为您服务，请问有什么可以帮您？
""" + VIP_BODY + """
@6 /ticket 业务=开通国际漫游、家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包、设置出行提醒
@4 钱先生，两项业务都办好了，祝您出差顺利，感谢您的来电，再见！
""")
play("vip_call", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters", """
@2 /answer
@3 錢先生您好，我是貴賓專席5號，請問有什麼可以幫您？
@4 好的錢先生，新加坡國際漫遊已經為您開通了，馬上生效。請問您太太的號碼是多少？
@4 您太太的號碼18695077409已經加入您的家庭套餐了。出行前還可以幫您預約漫遊流量包，每天25元不限量，需要的話我幫您辦。
@6 /ticket 业务=国际漫游开通、家庭套餐加号 副卡号码=18695077409 附加=推荐漫游流量包
@4 錢先生，祝您旅途愉快，感謝您的來電，再見！
""")
play("vip_call", "no_surname", 88, 97, True, False, 0, "fault: opening does not address the VIP by surname", """
@2 /answer
@3 您好，我是VIP专席18号，很高兴为您服务，请问有什么可以帮您？
""" + VIP_BODY + """
@6 /ticket 业务=开通国际漫游、家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包、设置出行提醒
@4 钱先生，两项业务都办好了，祝您出差顺利，感谢您的来电，再见！
""")
play("vip_call", "no_extra", 80, 88, True, False, 0, "fault: no extra service offered (3.3 2.2.2)", """
@2 /answer
@3 钱先生您好，我是VIP专席18号，很高兴为您服务，请问有什么可以帮您？
@4 好的钱先生，新加坡的国际漫游已经为您开通了，即时生效，钻石卡免押金。请问您太太的号码是多少？
@4 好的，已经把您太太的号码18695077409加到您的家庭套餐里了。
@6 /ticket 业务=开通国际漫游、家庭套餐加副卡 副卡号码=18695077409
@4 钱先生，两项业务都办好了，感谢您的来电，再见！
""")
play("vip_call", "no_ticket", 85, 92, True, False, 0, "fault: no ticket recorded", """
@2 /answer
@3 钱先生您好，我是VIP专席18号，很高兴为您服务，请问有什么可以帮您？
""" + VIP_BODY + """
@4 钱先生，两项业务都办好了，祝您出差顺利，感谢您的来电，再见！
""")

# ---------------------------------------------------------------- sales_call (seed 1: 三口人, 网课,
# 电视 -> B 300兆+IPTV 99元)
SALES_OPEN = """
@2 /answer
@3 您好，我是宽带客服中心12号小李，您家的宽带下个月就到期了，我给您介绍一下续约优惠，请问现在方便吗？
@4 请问您家里平时几个人用网，主要用来做什么呢？
@4 根据您家的情况，推荐您B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。
"""
play("sales_call", "competent_a", 85, 100, True, False, 1, "competent; intro, needs, B plan, objection, order, closing", SALES_OPEN + """
@4 续约一年送一个月，算下来每天才三块多，网速快了三倍还多了电视，挺划算的。
@6 /ticket 套餐=B方案300兆宽带+IPTV 资费=每月99元 生效=到期后次月生效
@4 好的，已经为您登记了，感谢您的接听，祝您生活愉快，再见！
""")
play("sales_call", "competent_slips", 85, 100, True, False, 1, "competent; IME slips 因该 一便 在见", """
@2 /answer
@3 您好，我是宽带客服中心7号，您家宽带下个月到期，打过来跟您说一下续约的方案。
@4 请问家里有几个人用网？平时主要看电视还是上网课呢？
@4 那您家因该比较适合B方案，300兆宽带加IPTV电视，每月99元，网课和看电视一便都解决了。
@4 现在续约一年送一个月，折合每天三块钱左右，挺合算的。
@6 /ticket 套餐=B 300兆+IPTV 资费=99元/月 生效=下月
@4 好的，感谢您的接听，祝您生活愉快，在见！
""")
play("sales_call", "wrong_ticket", 86, 93, True, False, 0, "fault: order ticket records plan C while B was sold (1.3.2)", SALES_OPEN + """
@4 续约一年送一个月，算下来每天才三块多，网速快了三倍还多了电视，挺划算的。
@6 /ticket 套餐=C方案1000兆宽带+全屋WiFi 资费=每月199元 生效=到期后次月生效
@4 好的，已经为您登记了，感谢您的接听，祝您生活愉快，再见！
""")
play("sales_call", "no_objection", 60, 80, True, False, 0, "fault: price objection not handled (推诿), so no order", SALES_OPEN + """
@4 价格是公司定的，我也没办法。
@6 那您考虑好了再联系我们。
@4 感谢您的接听，祝您生活愉快，再见！
""")
play("sales_call", "rude_intro", 75, 90, True, False, 0, "fault: no greeting or self-introduction, curt opener", """
@2 /answer
@3 喂，你家宽带下个月到期了，续不续？
@4 请问您家里平时几个人用网，主要用来做什么呢？
@4 根据您家的情况，推荐您B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。
@4 续约一年送一个月，算下来每天才三块多，网速快了三倍还多了电视，挺划算的。
@6 /ticket 套餐=B方案300兆宽带+IPTV 资费=每月99元 生效=到期后次月生效
@4 好的，已经为您登记了，感谢您的接听，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------- no_knowledge (seed 1: phone 15167395191)
NK_OPEN = """
@2 /answer
@3 您好，我是客服中心19号，请问有什么可以帮您？
"""
NK_219 = "@4 非常抱歉，您所反映的问题我们暂时无详细资料，需进一步核实，我们会在24小时内与您联系，好吗？\n"
NK_TICKET = "@8 /ticket 联系电话=15167395191 内容=咨询老年人话费优惠是否适用于副卡，待业务部门核实后24小时内回电\n"
play("no_knowledge", "competent_a", 85, 100, True, False, 1, "competent; 2.19, ticket phone, closing", NK_OPEN + NK_219 + NK_TICKET + """
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("no_knowledge", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters, own wording of 2.19", """
@2 /answer
@3 您好，我是客服中心2號，請問有什麼可以幫您？
@4 非常抱歉，副卡能不能享受這個優惠我們暫時沒有詳細資料，需要進一步核實，我們會在24小時內與您聯繫，好嗎？
@8 /ticket 联系电话=15167395191 内容=老年优惠副卡是否适用，待核实回电
@4 感謝您的來電，祝您生活愉快，再見！
""")
play("no_knowledge", "guess", 72, 87, True, False, 0, "fault: guesses an answer the KB does not give, then corrects with 2.19", NK_OPEN + """
@4 可以享受的，只要年满60岁就能打8折。
""" + NK_219 + NK_TICKET + """
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("no_knowledge", "wrong_phone", 82, 88, True, False, 0, "fault: phone in the ticket wrong (two digits swapped)", NK_OPEN + NK_219 + """
@8 /ticket 联系电话=15167359191 内容=咨询老年人话费优惠是否适用于副卡，待业务部门核实后24小时内回电
@4 感谢您的来电，祝您生活愉快，再见！
""")
play("no_knowledge", "no_closing", 80, 88, True, False, 0, "fault: no 1.4 closing", NK_OPEN + NK_219 + NK_TICKET + """
@4 嗯嗯，好的。
""")

# ---------------------------------------------------------------- bad_attitude (seed 1: 39号, 修改宽带密码)
BA_OPEN = """
@2 /answer
@3 您好，我是宽带客服中心17号，请问有什么可以帮您？
"""
BA_29 = "@4 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！\n"
BA_REST = """
@4 修改宽带密码可以在APP“宽带服务”里自己改，也可以去营业厅，我现在也可以直接在系统里帮您改，您看需要吗？
@4 感谢您的来电，祝您生活愉快，再见！
"""
BA_TICKET = "@8 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午咨询修改宽带密码时态度不耐烦、中途挂断电话\n"
play("bad_attitude", "competent_a", 85, 100, True, False, 1, "competent; 2.9, ticket with the agent number, answers the original question", BA_OPEN + BA_29 + BA_TICKET + BA_REST)
play("bad_attitude", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters", """
@2 /answer
@3 您好，我是寬頻客服中心4號，請問有什麼可以幫您？
@4 非常抱歉，給您帶來了不便，我們會在以後的工作中改進，感謝您並希望您繼續監督我們的服務！
@8 /ticket 被投诉工号=39 内容=39号客服态度不耐烦，中途挂断客户电话
@4 修改寬頻密碼可以在APP的「寬頻服務」裡改，也可以到營業廳，我這邊也能直接幫您改。
@4 感謝您的來電，祝您生活愉快，再見！
""")
play("bad_attitude", "excuses_colleague", 68, 88, True, False, 0, "fault: excuses the colleague after 2.9 (推脱)", BA_OPEN + """
@4 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您的监督。不过她也很忙，可能不是故意的。
""" + BA_TICKET + BA_REST)
play("bad_attitude", "wrong_agent", 82, 88, True, False, 0, "fault: wrong agent number in the complaint ticket", BA_OPEN + BA_29 + """
@8 /ticket 被投诉工号=93 内容=客户投诉93号客服昨天下午咨询修改宽带密码时态度不耐烦、中途挂断电话
""" + BA_REST)
play("bad_attitude", "insult", 0, 59, False, True, 0, "fault: insults the complaining caller (fails the call)", BA_OPEN + """
@4 你这种人就是事多，脑子有问题吧，难怪人家挂你电话。
""")

# ---------------------------------------------------------------- explain_again (seed 1: 吴, 二十三块)
EA_OPEN = """
@2 /answer
@3 您好，我是客服中心14号，请问有什么可以帮您？
"""
EA_EXPL = "@4 吴阿姨，月功能费8块钱是来电显示5块和彩铃3块，每个月固定收；套餐外流量费是您套餐里的流量用完了，超出的部分按用量另外收的。\n"
EA_USAGE = "@4 阿姨，手机上用微信视频通话、刷微信视频号都要用流量的，您这个月套餐里的1G流量用完了，多用的就产生了这二十三块。\n"
play("explain_again", "competent_a", 85, 100, True, False, 1, "competent; explains, 2.6, re-explains with the usage list", EA_OPEN + EA_EXPL + """
@4 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？
""" + EA_USAGE + """
@4 不客气阿姨，感谢您的来电，祝您身体健康，再见！
""")
play("explain_again", "competent_trad", 85, 100, True, False, 1, "competent; traditional characters", EA_OPEN.replace("客服中心14号，请问有什么可以帮您", "客服中心14號，請問有什麼可以幫您") + """
@4 吳阿姨，月功能費8塊是來電顯示5塊加彩鈴3塊，每月固定收取；套餐外流量費是套餐裡的流量用完以後，超出的部分另外計費。
@4 吳阿姨，請問您還有什麼不清楚的地方，需要我再幫您解釋一遍嗎？
@4 阿姨，您用微信視頻通話、看微信視頻號都會用手機流量，套餐的1G用完了，超出的就收了這二十三塊。
@4 不客氣，感謝您的來電，祝您身體健康，再見！
""")
play("explain_again", "impatient", 62, 72, True, False, 0, "fault: rhetorical impatience instead of 2.6 (again 25, courtesy)", EA_OPEN + EA_EXPL + """
@4 我刚才不是都说过了吗，您仔细听好。
@4 就是功能费是来电显示和彩铃，流量费是流量用超了。
""" + EA_USAGE + """
@4 不客气阿姨，感谢您的来电，祝您身体健康，再见！
""")
play("explain_again", "vague_first", 75, 84, True, False, 0, "fault: first explanation says nothing the bill shows (explain 20)", EA_OPEN + """
@4 阿姨，这些都是正常的收费，系统自动扣的，没有问题的。
@4 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？
""" + EA_USAGE + """
@4 不客气阿姨，感谢您的来电，祝您身体健康，再见！
""")

# ---------------------------------------------------------------- caller_quiet
play("caller_quiet", "competent_a", 88, 100, True, False, 1, "competent; 2.2 twice, change phone, pause, hang up", """
@2 /answer
@3 您好，我是客服中心25号，请问有什么可以帮您？
@4 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
@4 非常抱歉，我还是听不清楚，请您讲话再大声点儿好吗？
@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@3 /hangup
""")
play("caller_quiet", "competent_trad", 88, 100, True, False, 1, "competent; traditional characters", """
@2 /answer
@3 您好，我是客服中心13號，請問有什麼可以幫您？
@4 非常抱歉，我聽不清楚，請您講話大聲點兒好嗎？
@4 非常抱歉，還是聽不清楚，請您再大聲一點好嗎？
@4 非常抱歉，電話聲音太小，請您換一部電話再撥，好嗎？
@3 /hangup
""")
play("caller_quiet", "hangs_up_at_once", 88, 96, True, False, 0, "fault: hangs up with no two-second pause", """
@2 /answer
@3 您好，我是客服中心25号，请问有什么可以帮您？
@4 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
@4 非常抱歉，我还是听不清楚，请您讲话再大声点儿好吗？
@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@0.3 /hangup
""")
play("caller_quiet", "no_change_phone", 74, 82, True, False, 0, "fault: third time asks louder again, never asks to call from another phone", """
@2 /answer
@3 您好，我是客服中心25号，请问有什么可以帮您？
@4 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
@4 非常抱歉，我还是听不清楚，请您讲话再大声点儿好吗？
@4 非常抱歉，我听不清楚，请您再大声一点好吗？
@3 /hangup
""")


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    for f in os.listdir(calls):
        if f.endswith(".replies"):
            os.remove(os.path.join(calls, f))
    rows = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    seen = set()
    for scen, name, lo, hi, passed, af, comp, note, script in P:
        fn = f"{scen}.{name}.replies"
        assert fn not in seen, fn
        seen.add(fn)
        assert lo <= hi and (not af or (not passed and hi <= 59)), fn
        assert not comp or passed, fn
        with open(os.path.join(calls, fn), "w", encoding="utf-8") as f:
            f.write(script + "\n")
        rows.append("\t".join(["seen4", scen, fn, str(lo), str(hi), "true" if passed else "false",
                               "true" if af else "false", str(comp), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(f"{len(P)} plays over {len({p[0] for p in P})} scenarios, "
          f"{sum(p[6] for p in P)} competent")


if __name__ == "__main__":
    main()
