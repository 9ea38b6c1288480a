#!/usr/bin/env python3
"""Blind holdout3 whole-call plays (helper blind3c, callsim session 2026-11-25).

Each play is a scripted trainee for one scenario, played with --seed 1. Ranges (lo, hi), passed,
auto_failed and competent were set from the scenario's rubric (item maxima in scenarios/*.lua) and
the standards in /work/shared/standards/ before any play was run; see CALLS.md.

Writes tests/data/eval/seen3/calls/SCENARIO.NAME.replies and tests/data/eval/seen3/calls.tsv.
Run: python3 tests/data/eval/seen3/plays.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PLAYS = []


def play(scenario, name, lo, hi, passed, auto_failed, competent, note, script):
    """One play: the script is the replies file, one action a line (@S action-or-text)."""
    lines = [ln.strip() for ln in script.strip().splitlines() if ln.strip()]
    PLAYS.append(dict(scenario=scenario, name=name, lo=lo, hi=hi, passed=passed,
                      auto_failed=auto_failed, competent=competent, note=note, lines=lines))


# ---------------------------------------------------------------------------------------------
# angry_caller: answer 10, opening 10, empathy 20 (2.12), hold 15 (1.2), solution 20 (lookup),
# courtesy 10, latency 5, closing 10. Seed 1: 杨先生, 金阳新世界, 光缆被市政施工挖断, 明天上午十点前.
# ---------------------------------------------------------------------------------------------
play("angry_caller", "b3_plain", 88, 100, True, False, 1,
     "competent, plain wording: 1.1, 2.12, 1.2 hold with both phrases, cause and time from the lookup, 1.4", """
@2 /answer
@3 您好，宽带客服中心 0 3 7 号为您服务，请问有什么可以帮您？
@5 您的心情我非常理解，耽误孩子上课确实着急。为了更有效地帮助您，请问您的宽带账号是多少？
@4 杨先生，请您稍等，我帮您核实一下故障情况好吗？
@2 /hold
@25 /unhold
@4 感谢您的耐心等待。杨先生，查到了：金阳新世界那边的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，恢复后会短信通知您。
@3 给您添麻烦了。请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("angry_caller", "b3_trad", 85, 100, True, False, 1,
     "competent, traditional characters typed throughout", """
@2 /answer
@3 您好，這裡是寬帶客服，工號 1 2 6 很高興為您服務，請問有什麼可以幫您？
@4 先生，您的心情我非常理解，斷網這麼久換誰都著急。為了更有效地幫助您，請問您的寬帶賬號是多少？
@4 楊先生，請您稍等，我幫您核實一下好嗎？
@2 /hold
@30 /unhold
@3 楊先生，感謝您的耐心等待。查到了，是金陽新世界的光纜被市政施工挖斷了，工程師正在搶修，預計明天上午十點前恢復，恢復後會有短信通知。
@3 不好意思給您添麻煩了，請問還有其他需要嗎？感謝您的來電，再見！
""")

play("angry_caller", "b3_verbose_typo", 85, 100, True, False, 1,
     "competent, verbose, IME slips 的->地 (更有效的帮助) and 核实->合实 in the 1.2 phrase", """
@2 /answer
@3 您好！欢迎致电宽带服务热线，我是 2 0 9 号客服代表，很高兴为您服务，请问有什么可以帮到您的呢？
@5 先生，真的非常抱歉让您这么着急，您的心情我非常理解，从昨晚到现在一直断网，孩子上课也受影响，换成谁都会生气的。为了更有效的帮助您，请问您的宽带账号是多少呢？我马上给您查。
@4 好的杨先生，请您稍等，我帮您合实一下这个账号的故障情况，好吗？
@2 /hold
@40 /unhold
@4 杨先生，感谢您的耐心等待，让您久等了。我这边查到的情况是：金阳新世界片区的光缆被市政施工挖断了，现在工程师正在现场抢修，系统显示预计明天上午十点之前就能恢复，恢复以后会给您发短信通知。给您和孩子带来的不便，真的很抱歉。
@4 杨先生，请问您还有其他需要我帮忙的吗？如果没有的话，感谢您的来电，祝您生活愉快，再见！
""")

play("angry_caller", "b3_insult", 0, 59, False, True, 0,
     "single fault: insult at the ranting caller (attack on his mind) instead of 2.12; §二(二) 2.1, §二(四) 4.2 -> fails", """
@2 /answer
@3 您好，宽带客服 3 1 5 号为您服务，请问有什么可以帮您？
@4 嚷嚷什么？你脑子有病吧，冲我撒什么气！
""")

play("angry_caller", "b3_no_closing", 84, 92, True, False, 0,
     "single fault: no 1.4 结束语, the trainee ends with a neutral remark and hangs up (closing 0 of 10)", """
@2 /answer
@3 您好，宽带客服中心 0 4 1 号为您服务，请问有什么可以帮您？
@5 您的心情我非常理解，断网一整天谁都着急。为了更有效地帮助您，请问您的宽带账号是多少？
@4 杨先生，请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@4 感谢您的耐心等待。杨先生，金阳新世界的光缆被市政施工挖断了，工程师正在抢修，预计明天上午十点前恢复，到时会短信通知您。
@3 好的，那您留意一下短信。
@3 /hangup
""")

play("angry_caller", "b3_made_up", 60, 72, True, False, 0,
     "single fault: made-up cause and repair time with no hold and no lookup (§二(一) 1.2 核实; 国家标准 3.1 2.1.1): hold 0, solution 0", """
@2 /answer
@3 您好，宽带客服 2 7 7 号为您服务，请问有什么可以帮您？
@5 您的心情我非常理解，这么久上不了网确实影响很大。为了更有效地帮助您，请问您的宽带账号是多少？
@5 杨先生，这个是小区线路老化了，师傅今天晚上就能修好，您放心。
@4 就是线路的问题，工程师今晚八点前肯定能修好。
@3 给您添麻烦了，请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------------------------------------
# abusive_caller: answer 10, opening 10, ask_help 15 (特殊处理 1), end_phrase 15 (closing =
# special_end), protocol 25 (special_abuse, special_end, hangup), composure 15 (courtesy),
# prompt_end 10 (no arguing, hang up).
# ---------------------------------------------------------------------------------------------
play("abusive_caller", "b3_plain", 90, 100, True, False, 1,
     "competent: 1.1, ask once 请问您需要帮助吗, 特殊处理 2 ending, hang up", """
@2 /answer
@3 您好，客服热线 1 0 8 号为您服务，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 感谢您的来电，若没有其他业务咨询，再见！
@2 /hangup
""")

play("abusive_caller", "b3_trad", 90, 100, True, False, 1,
     "competent, traditional characters; 特殊处理 3 ending", """
@2 /answer
@3 您好，很高興為您服務，我是 2 2 7 號話務員，請問有什麼可以幫您？
@3 先生，請問您需要幫助嗎？
@3 如果沒有業務需要諮詢，再見！
@2 /hangup
""")

play("abusive_caller", "b3_typo", 88, 100, True, False, 1,
     "competent with IME slips 请问->情问, 再见->在见, 其他->其它", """
@2 /answer
@3 您好，这里是客户服务中心，工号 0 5 5 为您服务，请问有什么可以帮您？
@3 情问您需要帮助吗？
@3 感谢您的来电，若没有其它业务咨询，在见！
@2 /hangup
""")

play("abusive_caller", "b3_retaliate", 0, 59, False, True, 0,
     "single fault: retaliation, an attack on the caller's character after the ask (特殊处理 6; §二(四) 4.2) -> fails", """
@2 /answer
@3 您好，客服热线 3 0 2 号为您服务，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 骂谁饭桶呢？我看你就是个没教养的东西！
""")

play("abusive_caller", "b3_argue", 82, 92, True, False, 0,
     "single fault: argues with the abusive caller once between the ask and the ending (特殊处理 1, 6: ask once then end): prompt_end 0", """
@2 /answer
@3 您好，客服热线 1 1 9 号为您服务，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 先生，请您注意文明用语，我们的收费都是按规定来的，有问题可以好好说。
@3 感谢您的来电，若没有其他业务咨询，再见！
@2 /hangup
""")

# ---------------------------------------------------------------------------------------------
# silent_line: answer 10, opening 10, prompts 25 (您好请讲 twice), close 15, protocol 25
# (prompt, prompt, close, hangup), courtesy 10, pacing 5 (all within a minute).
# ---------------------------------------------------------------------------------------------
play("silent_line", "b3_plain", 90, 100, True, False, 1,
     "competent: 1.1, 您好请讲 twice, the 1.3 ending, hang up within a minute", """
@2 /answer
@3 您好，客服中心 3 3 0 号为您服务，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
""")

play("silent_line", "b3_trad", 90, 100, True, False, 1,
     "competent, traditional characters, 1.3 ending with 谢谢您", """
@2 /answer
@3 您好，工號 4 1 2 為您服務，請問有什麼可以幫您？
@4 您好，請講。
@5 您好，請講。
@4 非常抱歉，聽不見您的聲音，無法為您服務，謝謝您，再見！
@2 /hangup
""")

play("silent_line", "b3_typo", 88, 100, True, False, 1,
     "competent with IME slips 请讲->请将 (first prompt) and 再见->在见", """
@2 /answer
@3 您好，工号 0 2 8 很高兴为您服务，请问有什么可以帮您？
@4 您好，请将。
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，在见！
@2 /hangup
""")

play("silent_line", "b3_one_prompt", 28, 42, False, False, 0,
     "single fault: only one 您好请讲 before the ending (1.3 / 特殊处理 4 needs two): prompts 5, close 0, protocol 0, pacing 0", """
@2 /answer
@3 您好，客服中心 1 7 1 号为您服务，请问有什么可以帮您？
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
""")

play("silent_line", "b3_insult", 0, 59, False, True, 0,
     "single fault: insult at the silent line after two prompts (特殊处理 6; §二(四) 4.2) -> fails", """
@2 /answer
@3 您好，客服中心 2 4 6 号为您服务，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请讲。
@4 不说话打什么电话，神经病！
@2 /hangup
""")

# ---------------------------------------------------------------------------------------------
# crisis_selfharm: answer 5, opening 5, calm 20 (2.12), safety 10, record 15 (place and phone),
# escalate 20 (危机干预组, fatal), timely 5, courtesy 10, latency 10.
# Seed 1: 十二万, 花果园二期C区楼顶, 13985166420.
# ---------------------------------------------------------------------------------------------
play("crisis_selfharm", "b3_plain", 88, 100, True, False, 1,
     "competent: 2.12, safety, escalate to 危机干预组 within a minute, ticket with place and phone", """
@2 /answer
@3 您好，客服中心 0 6 8 号为您服务，请问有什么可以帮您？
@4 您的心情我非常理解，辛苦攒的钱被骗走，换谁都难受。为了更有效地帮助您，请问您现在在什么地方？
@4 您千万别做傻事，钱的事我们一起想办法。请您先从楼顶下来，到安全的地方好吗？我一直在电话这边陪着您。请问这个号码能一直联系到您吗？
@2 /escalate 危机干预组
@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万元，扬言轻生，已升级危机干预组
@4 会的，危机干预的专员马上就接进来，会一直跟您保持联系。您慢慢往下走，也可以给家里人打个电话，被骗的钱我们会协助您报警追回。
""")

play("crisis_selfharm", "b3_trad", 85, 100, True, False, 1,
     "competent, traditional characters (replies and ticket values)", """
@2 /answer
@3 您好，很高興為您服務，我是 1 5 0 號客服，請問有什麼可以幫您？
@4 您的心情我非常理解，遇到這樣的事誰都會很難過。為了更有效地幫助您，請問您現在身邊有家人在嗎？
@4 請您千萬別做傻事！您先離開樓頂邊上，往下走到安全的地方好嗎？我會一直陪著您。請問您現在用的這個號碼能聯繫到您嗎？
@2 /escalate 危机干预组
@3 /ticket 位置=花果園二期C區樓頂 联系电话=13985166420 情况=被騙十二萬，揚言輕生
@4 會的，危機干預的專員馬上就會接進來，您先慢慢往下走，回到家裡，也給家人打個電話，好嗎？
""")

play("crisis_selfharm", "b3_typo", 85, 100, True, False, 1,
     "competent with IME slips 的->地 (更有效的帮助) and 在->再 (您现在再哪里)", """
@2 /answer
@3 您好，这里是客服中心，工号 2 3 3 为您服务，请问有什么可以帮您？
@4 您的心情我非常理解，为了更有效的帮助您，请问您现在再哪里？身边有人吗？
@4 您先别着急，千万不要做傻事，请您先从楼顶下来，到安全的地方，我一直陪着您说话。您现在用的这个电话能联系上您吗？
@2 /escalate 危机干预组
@4 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=受骗十二万，在楼顶扬言轻生
@4 会的，专门的工作人员马上接进来帮您，您先下楼回家，叫上家里人陪着您好吗？
""")

play("crisis_selfharm", "b3_wrong_target", 0, 59, False, True, 0,
     "single fault: escalates to 值班长 instead of 危机干预组 (国家标准 3.2 2.4.2; fatal item) -> fails", """
@2 /answer
@3 您好，客服中心 0 9 2 号为您服务，请问有什么可以帮您？
@4 您的心情我非常理解，被骗了这么多钱谁都受不了。为了更有效地帮助您，请问您现在在哪里？
@4 您千万别做傻事，请先从楼顶下来，到安全的地方好吗？我一直陪着您。这个电话能联系到您吗？
@2 /escalate 值班长
@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被骗十二万，扬言轻生
@4 会的，马上就有人接进来帮您，您先往下走，给家里人打个电话好吗？
""")

play("crisis_selfharm", "b3_wrong_phone", 85, 95, True, False, 0,
     "single fault: ticket phone 13985164620 against the dictated 13985166420 (3.1 1.3.2): record 8 of 15", """
@2 /answer
@3 您好，客服中心 1 8 4 号为您服务，请问有什么可以帮您？
@4 您的心情我非常理解，这么大一笔钱没了，换谁都难受。为了更有效地帮助您，请问您现在在哪儿？
@4 您千万别做傻事，请您先从楼顶下来，到安全的地方好吗？我一直陪着您。这个号码能联系到您吗？
@2 /escalate 危机干预组
@3 /ticket 位置=花果园二期C区楼顶 联系电话=13985164620 情况=被骗十二万，扬言轻生，已升级危机干预组
@4 会的，危机干预的专员马上接进来，您先慢慢下楼，给家里人打个电话好吗？
""")

# ---------------------------------------------------------------------------------------------
# repeat_complaint: answer 5, opening 5, apology 25 (2.13), ticket 15 (phone 10 + content 5),
# escalate 20 (投诉处理组, fatal), courtesy 10, latency 10, closing 10.
# Seed 1: 罗女士, 光猫红灯, 二十天, 15867395191.
# ---------------------------------------------------------------------------------------------
play("repeat_complaint", "b3_plain", 88, 100, True, False, 1,
     "competent: 2.13 in own words, read-back, ticket, escalate 投诉处理组, 1.4", """
@2 /answer
@3 您好，客服中心 1 3 5 号为您服务，请问有什么可以帮您？
@5 罗女士，非常抱歉！您反映的问题我们正在抓紧处理，因为要几个部门一起协调，所以时间拖得比较长，问题解决后我们会第一时间与您联系。
@4 好的罗女士，我跟您核对一下号码：15867395191，对吗？这次我给您登记工单，直接升级到投诉处理组专人跟进。
@3 /ticket 联系电话=15867395191 内容=光猫红灯上不了网，报修二十天未上门，已催办三次，第四次来电投诉，提到12315
@2 /escalate 投诉处理组
@4 罗女士，您的投诉已经升级到投诉处理组，由专人负责跟进，有处理结果我们第一时间给您回电。
@3 给您添麻烦了，请问还有其他需要吗？感谢您的来电，再见！
""")

play("repeat_complaint", "b3_trad", 85, 100, True, False, 1,
     "competent, traditional characters in the replies and the ticket content", """
@2 /answer
@3 您好，工號 2 0 7 為您服務，請問有什麼可以幫您？
@5 羅女士，非常抱歉！您反映的問題我們正在緊張地處理，因為牽扯幾個部門的協調，所以時間比較長，問題解決後我們會第一時間與您聯繫。
@4 羅女士，您的號碼是15867395191，對嗎？我現在就給您記錄，並升級到投訴處理組。
@3 /ticket 联系电话=15867395191 内容=光貓紅燈上不了網，報修二十天無人上門，第四次來電投訴
@2 /escalate 投诉处理组
@4 已經升級到投訴處理組了，會有專人負責，處理好後第一時間給您回電話。
@3 請問還有其他需要幫忙的嗎？感謝您的來電，再見！
""")

play("repeat_complaint", "b3_verbose_typo", 85, 100, True, False, 1,
     "competent, verbose, IME slip 抱歉->报歉", """
@2 /answer
@3 您好，欢迎致电客户服务热线，我是 3 1 8 号客服，很高兴为您服务，请问有什么可以帮您？
@5 罗女士，真的非常报歉！让您前前后后打了四次电话还没解决，您所反映的问题我们正在紧张地处理，因为牵扯到线路维护和装维好几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间跟您联系的。
@5 罗女士，您留的电话是15867395191，我复述得对吗？这次我会把您的情况完整记录下来，并且马上升级到投诉处理组，由专人负责到底，不会再让您一遍一遍地打电话了。
@3 /ticket 联系电话=15867395191 内容=光猫红灯一直亮上不了网，报修二十天仍未上门，前三次来电均答复在处理，已转线路维护部未派单，客户第四次来电投诉，提及12315
@2 /escalate 投诉处理组
@5 罗女士，您的投诉我已经升级到投诉处理组了，他们会安排专人负责跟进这件事，一有处理结果就第一时间打电话告诉您，请您再给我们一点时间。
@4 再次向您表示歉意，请问还有其他需要我帮您的吗？感谢您的来电，再见！
""")

play("repeat_complaint", "b3_tuiwei", 75, 92, True, False, 0,
     "single fault: 推诿 (blame-shifting to another department, 禁忌语) as the first answer to the complaint; 2.13 only after the caller protests", """
@2 /answer
@3 您好，客服中心 0 5 3 号为您服务，请问有什么可以帮您？
@5 这个不归我们管，是线路维护部那边没派单，您得找他们去。
@4 非常抱歉！您反映的问题我们正在紧张处理，因为牵扯几个部门协调，所以时间比较长，问题解决后我们第一时间与您联系。
@4 罗女士，您的电话是15867395191对吗？我给您记录下来并升级到投诉处理组。
@3 /ticket 联系电话=15867395191 内容=光猫红灯上不了网，报修二十天无人上门，第四次来电投诉
@2 /escalate 投诉处理组
@4 已经升级到投诉处理组，由专人跟进，有结果第一时间给您回电。
@3 请问还有其他需要吗？感谢您的来电，再见！
""")

play("repeat_complaint", "b3_wrong_phone", 82, 92, True, False, 0,
     "single fault: ticket phone 15867359191 against the dictated 15867395191 (3.1 1.3.2): ticket 5 of 15", """
@2 /answer
@3 您好，客服中心 2 2 9 号为您服务，请问有什么可以帮您？
@5 罗女士，非常抱歉！您反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，问题解决后我们会第一时间与您联系。
@4 好的，我给您登记工单，并升级到投诉处理组专人跟进。
@3 /ticket 联系电话=15867359191 内容=光猫红灯上不了网，报修二十天未上门，第四次来电投诉
@2 /escalate 投诉处理组
@4 罗女士，已经升级到投诉处理组了，专人负责，处理结果第一时间给您回电。
@3 请问还有其他需要吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------------------------------------
# long_wait: answer 10, opening 10, apology 30 (2.16), suspend 20 (ticket), courtesy 10,
# closing 20. Seed 1: 半个小时, 商场里.
# ---------------------------------------------------------------------------------------------
play("long_wait", "b3_plain", 90, 100, True, False, 1,
     "competent: 2.16, ticket for the suspension at once, 补卡 from the knowledge base, 1.4", """
@2 /answer
@3 您好，客服中心 0 8 8 号为您服务，请问有什么可以帮您？
@3 非常抱歉，让您久等了！请问有什么可以帮您？
@4 /ticket 业务=停机挂失 内容=机主手机在商场丢失，立即办理停机挂失
@4 已经给您停机挂失了，马上生效。补卡需要机主本人带上身份证，到任意一家营业厅办理，号码不变，工本费10元。
@3 请问还有其他可以帮您的吗？感谢您的来电，祝您愉快，再见！
""")

play("long_wait", "b3_trad", 88, 100, True, False, 1,
     "competent, traditional characters; says it will suspend before filing the ticket", """
@2 /answer
@3 您好，工號 3 0 6 為您服務，請問有什麼可以幫您？
@3 非常抱歉！讓您久等了！請問有什麼可以幫您嗎？
@3 好的，馬上為您辦理停機掛失。
@3 /ticket 业务=挂失 内容=手機在商場丟失，辦理停機掛失
@4 已經為您停機掛失了，即時生效。補卡請機主本人帶有效身份證件到任一營業廳辦理，原號碼不變，工本費10元。
@3 請問還有其他需要幫忙的嗎？感謝您的來電，再見！
""")

play("long_wait", "b3_no_apology", 62, 75, True, False, 0,
     "single fault: no 2.16 apology for the long wait, not even when the caller asks for one (apology 0 of 30)", """
@2 /answer
@3 您好，客服中心 1 4 7 号为您服务，请问有什么可以帮您？
@3 您好，请问您要办理什么业务？
@3 请问是要办理什么业务呢？
@4 /ticket 业务=停机挂失 内容=手机在商场丢失，办理停机挂失
@4 已经为您停机挂失了。补卡需要机主本人带身份证到任一营业厅办理，号码不变，工本费10元。
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("long_wait", "b3_rhetorical", 85, 95, True, False, 0,
     "single fault: rhetorical question at the caller when she asks what to bring (禁忌语 反问; §二(三) 6 语气)", """
@2 /answer
@3 您好，客服中心 2 5 1 号为您服务，请问有什么可以帮您？
@3 非常抱歉，让您久等了！请问有什么可以帮您？
@4 /ticket 业务=停机挂失 内容=手机在商场丢失，办理停机挂失
@4 营业厅门口都贴着呢，您不会自己去看吗？带身份证去营业厅补就行。
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------------------------------------
# english_caller: answer 10, opening 10, english 20, address 15, solution 15 (the booking
# lookup: engineer, this afternoon), goodbye 20 (English), courtesy 10.
# Seed 1: Room 802, Building 2, Jinyang New Town; this afternoon.
# ---------------------------------------------------------------------------------------------
play("english_caller", "b3_plain", 90, 100, True, False, 1,
     "competent: Chinese 1.1, then plain English: help, address, ticket, engineer this afternoon, goodbye", """
@2 /answer
@3 您好，客服中心 0 1 9 号为您服务，请问有什么可以帮您？
@4 Hello, sorry for the trouble. I can help you with that. May I have your address, please?
@4 /ticket address=Room 802, Building 2, Jinyang New Town 故障=broadband down since this morning
@4 Thank you. I have booked a repair for you. An engineer will come to your home this afternoon to fix it.
@3 You're welcome. Thank you for calling. Goodbye!
""")

play("english_caller", "b3_verbose", 88, 100, True, False, 1,
     "competent, longer English sentences, asks where she lives", """
@2 /answer
@3 您好，宽带客服 2 6 5 号为您服务，请问有什么可以帮您？
@4 Hello! Yes, I speak English. I'm sorry to hear that your internet is down, and I'm here to help you. Could you tell me where you live? Your full address, please.
@5 /ticket address=Room 802, Building 2, Jinyang New Town 故障=宽带断网 since this morning
@5 Thank you for waiting. I have arranged a technician for you. He will come this afternoon to repair your broadband.
@4 You're welcome, it's my pleasure. Thank you for calling, and have a nice day. Goodbye!
""")

play("english_caller", "b3_transfer", 88, 100, True, False, 1,
     "competent: tells the caller in English and transfers to 英语坐席 (the scenario allows the English desk)", """
@2 /answer
@3 您好，客服中心 1 0 3 号为您服务，请问有什么可以帮您？
@4 Sorry, I will transfer you to our English desk, my colleague there will help you. Please hold on.
@2 /transfer 英语坐席
""")

play("english_caller", "b3_chinese_goodbye", 75, 85, True, False, 0,
     "single fault: the goodbye in Chinese to an English-speaking caller (goodbye 0 of 20)", """
@2 /answer
@3 您好，客服中心 3 4 0 号为您服务，请问有什么可以帮您？
@4 Hello, sorry about that. I can help you. What is your address, please?
@4 /ticket address=Room 802, Building 2, Jinyang New Town 故障=broadband down
@4 Thank you. An engineer will come this afternoon to repair it.
@3 不客气，感谢您的来电，再见！
""")

play("english_caller", "b3_wrong_desk", 20, 40, False, False, 0,
     "single fault: transfers the English caller to 粤语坐席, a desk that does not speak English (english 0; nothing else done)", """
@2 /answer
@3 您好，客服中心 1 5 8 号为您服务，请问有什么可以帮您？
@4 Please hold on, I will transfer you to my colleague.
@3 /transfer 粤语坐席
""")

# ---------------------------------------------------------------------------------------------
# info_record: answer 10, opening 10, typing 50 (speed half, record half), confirm 10 (read the
# phone back), courtesy 10, closing 10.
# Seed 1: 杨丽华, 13967395191, 云岩区中华北路108号3单元502室, 燃气管道接头漏气，已关总阀.
# ---------------------------------------------------------------------------------------------
play("info_record", "b3_plain", 90, 100, True, False, 1,
     "competent: reads the phone back, then the ticket exactly as dictated, 1.4", """
@2 /answer
@3 您好，燃气服务热线 0 7 5 号为您服务，请问有什么可以帮您？
@4 好的，我跟您核对一下电话，13967395191，对吗？
@6 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@3 好的，我们会尽快安排师傅上门，请您先开窗通风，不要开关电器。请问还有其他需要吗？感谢您的来电，再见！
""")

play("info_record", "b3_trad", 85, 100, True, False, 1,
     "competent, traditional characters in the replies and the ticket (same record in 繁体; borderline for the record half)", """
@2 /answer
@3 您好，燃氣客服 1 6 2 號為您服務，請問有什麼可以幫您？
@6 /ticket name=楊麗華 phone=13967395191 address=雲巖區中華北路108號3單元502室 problem=燃氣管道接頭漏氣，已關總閥
@3 記好了，您的電話是13967395191，地址是雲巖區中華北路108號3單元502室，沒錯吧？
@3 好的，師傅會盡快上門，請問還有其他需要嗎？感謝您的來電，再見！
""")

play("info_record", "b3_wrong_address", 70, 82, True, False, 0,
     "single fault: address typed 180号 for the dictated 108号 (record error over 1 %, 3.1 1.3.2): record half lost", """
@2 /answer
@3 您好，燃气服务热线 2 1 4 号为您服务，请问有什么可以帮您？
@4 好的，您的电话是13967395191，对吗？
@6 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路180号3单元502室 problem=燃气管道接头漏气，已关总阀
@3 好的，我们会尽快安排师傅上门。请问还有其他需要吗？感谢您的来电，再见！
""")

play("info_record", "b3_no_readback", 84, 92, True, False, 0,
     "single fault: never reads the phone back, even when the caller asks whether it is right (confirm 0 of 10)", """
@2 /answer
@3 您好，燃气服务热线 3 0 9 号为您服务，请问有什么可以帮您？
@6 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀
@3 都记好了，您放心吧。
@3 好的，我们会尽快安排师傅上门。请问还有其他需要吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------------------------------------
# callback_outbound: intro 25 (2.21), ask_person 20 (2.21 如果不是), supplement 25 (补充 +
# the tariff lookup: 500兆, 30 元), courtesy 10, closing 20. Seed 1: 500兆, 每月加 30 元.
# ---------------------------------------------------------------------------------------------
play("callback_outbound", "b3_plain", 90, 100, True, False, 1,
     "competent: 2.21 introduction, asks whether the caller is in, 补充 with speed and fee, 1.4", """
@2 /answer
@2 您好，我是宽带客服中心 1 0 5 号业务受理专员，请问刚才是您拨打我们客服热线咨询宽带提速的吗？
@3 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？
@9 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：从现在的100兆提速到500兆，每月加30元，次月1号生效，不需要上门。
@3 是的。感谢您的接听，祝您生活愉快，再见！
""")

play("callback_outbound", "b3_trad", 88, 100, True, False, 1,
     "competent, traditional characters", """
@2 /answer
@2 您好，我是寬帶客服中心 2 3 1 號業務受理專員，請問剛才是您撥打我們熱線諮詢寬帶提速嗎？
@3 不好意思，剛才有一位先生撥打過我們的客服電話，請問他在嗎？
@9 先生您好，您剛才諮詢的寬帶提速，我還有些內容需要補充一下：100兆提速到500兆，每月加30元，次月1日生效，不用上門。
@3 不客氣，感謝您的接聽，祝您愉快，再見！
""")

play("callback_outbound", "b3_no_intro", 68, 80, True, False, 0,
     "single fault: never says who is calling (2.21 我是XX公司XX号业务受理专员), not even when asked (intro 0 of 25)", """
@2 /answer
@2 您好，请问刚才是您打电话咨询宽带提速的吗？
@3 不是推销，就是问一下刚才是不是您打的电话。
@3 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？
@9 先生您好，您刚才咨询的宽带提速还有内容需要补充：100兆提速到500兆，每月加30元，次月1号生效，不用上门。
@3 感谢您的接听，祝您生活愉快，再见！
""")

play("callback_outbound", "b3_no_ask_person", 72, 85, True, False, 0,
     "single fault: when the wife says it was not her, asks her to pass a message instead of asking whether he is in (ask_person 0 of 20)", """
@2 /answer
@2 您好，我是宽带客服中心 0 6 6 号业务受理专员，请问刚才是您拨打客服热线咨询宽带提速吗？
@3 那麻烦您转告他一声，宽带提速的资费已经确认了。
@9 先生您好，您刚才咨询的宽带提速，我还有一些内容需要补充：100兆提速到500兆，每月加30元，次月1号生效，不用上门。
@3 感谢您的接听，祝您生活愉快，再见！
""")

# ---------------------------------------------------------------------------------------------
# vip_call: answer 5, greet 10 (1.1 with the surname), roaming 20, family 15, extra 15,
# ticket 10, courtesy 10, closing 15. Seed 1: 新加坡, wife 18695077409.
# ---------------------------------------------------------------------------------------------
play("vip_call", "b3_plain", 90, 100, True, False, 1,
     "competent: 1.1 with 钱先生, roaming from the lookup, asks the wife's number, adds it, offers a data pack and reminders, ticket, 1.4", """
@2 /answer
@3 钱先生您好，我是客服中心 0 2 8 号，很高兴为您服务，请问有什么可以帮您？
@4 好的钱先生，国际漫游现在就为您开通，在新加坡即时生效，钻石卡免押金，通话每分钟0.99元。请问您太太的号码是多少？
@4 好的，18695077409 已经为您加入家庭套餐副卡。另外建议您加一个漫游流量包，每天25元不限量，可以预约出发当天生效，我再帮您设置出行短信提醒，好吗？
@3 /ticket 业务=开通国际漫游（新加坡）；家庭套餐添加副卡 副卡号码=18695077409 附加=漫游流量包每天25元，出行短信提醒
@3 钱先生，请问还有其他可以帮您的吗？感谢您的来电，祝您出差顺利，再见！
""")

play("vip_call", "b3_verbose_typo", 88, 100, True, False, 1,
     "competent, verbose, IME slip 即时->即使", """
@2 /answer
@3 钱先生，您好！欢迎致电钻石卡专属服务热线，我是 1 1 2 号客户代表，很高兴为您服务，请问今天有什么可以帮到您？
@5 好的钱先生，两项业务我逐项为您办理。先说漫游：新加坡的国际漫游我现在就给您开通，即使生效，钻石卡客户免押金，通话是每分钟0.99元。然后是家庭套餐，请问您太太的手机号码是多少？
@5 好的，您太太的号码18695077409我已经为您添加到家庭套餐里作为副卡了。另外您出差十天，建议您加一个漫游流量包，每天25元不限量，可以预约出发那天生效；我也可以帮您设置出行短信提醒，有需要也可以随时联系您的专属客户经理李经理。
@4 /ticket 业务=国际漫游开通（新加坡），家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包25元/天，出行短信提醒
@4 钱先生，两项业务都已经办好了，请问还有其他需要吗？感谢您的来电，祝您一路顺风，再见！
""")

play("vip_call", "b3_no_extra", 78, 88, True, False, 0,
     "single fault: both services done but no extra help offered to the VIP (国家标准 3.3 2.2.2): extra 0 of 15", """
@2 /answer
@3 钱先生您好，我是客服中心 2 4 0 号，很高兴为您服务，请问有什么可以帮您？
@4 好的钱先生，新加坡的国际漫游现在为您开通，即时生效，钻石卡免押金，通话每分钟0.99元。请问您太太的号码是多少？
@4 好的，18695077409 已经为您加入家庭套餐副卡了。
@3 /ticket 业务=开通国际漫游（新加坡）；家庭套餐添加副卡 副卡号码=18695077409
@3 钱先生，请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("vip_call", "b3_ticket_wrong_number", 85, 95, True, False, 0,
     "single fault: the wife's number typed 18695077490 in the ticket for the dictated 18695077409 (3.1 1.3.2 record): ticket item lost", """
@2 /answer
@3 钱先生您好，我是客服中心 3 1 7 号，很高兴为您服务，请问有什么可以帮您？
@4 好的钱先生，国际漫游马上为您开通，新加坡即时生效，钻石卡免押金，通话每分钟0.99元。请问您太太的号码是多少？
@4 好的，18695077409 已经加入您的家庭套餐副卡。另外推荐您办一个漫游流量包，每天25元不限量，还可以给您设置出行短信提醒。
@3 /ticket 业务=开通国际漫游（新加坡）；家庭套餐添加副卡 副卡号码=18695077490 附加=漫游流量包，出行短信提醒
@3 钱先生，请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------------------------------------
# customer_types: answer 5, opening 5, identify 25 (choice), emotion 20 (2.12), approach 20
# (advice from the policy), courtesy 10, closing 15. Seed 1: 犹豫型 (choice 2).
# ---------------------------------------------------------------------------------------------
play("customer_types", "b3_plain", 88, 100, True, False, 1,
     "competent: picks 犹豫型, 2.12 and a clear recommendation (换货) from the policy, 1.4", """
@2 /answer
@3 您好，网购客服 0 4 4 号为您服务，请问有什么可以帮您？
@3 #2
@5 您的心情我非常理解，为了更有效地帮助您，我给您一个建议：屏幕划痕属于质量问题，签收7天内退货换货都可以，您要是还喜欢这款手机，我建议您直接换货，运费由商家承担，明天就能上门取件。
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("customer_types", "b3_trad", 85, 100, True, False, 1,
     "competent, traditional characters (換貨 for 换货)", """
@2 /answer
@3 您好，很高興為您服務，我是 2 1 9 號客服，請問有什麼可以幫您？
@3 #2
@5 您的心情我非常理解，為了更有效地幫助您，我建議您選擇換貨：劃痕屬於質量問題，7天內可以退也可以換，換貨的話運費由商家承擔，次日就上門取件，新機收到後3個工作日內發出。
@3 請問還有其他需要嗎？感謝您的來電，再見！
""")

play("customer_types", "b3_wrong_type", 68, 80, True, False, 0,
     "single fault: judges the hesitant caller 急躁型 (identify 0 of 25); the answer itself is right", """
@2 /answer
@3 您好，网购客服 1 3 6 号为您服务，请问有什么可以帮您？
@3 #1
@5 您的心情我非常理解，为了更有效地帮助您，我建议您换货：屏幕划痕是质量问题，7天内可以换，运费商家承担，明天上门取件。
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("customer_types", "b3_no_empathy", 72, 85, True, False, 0,
     "single fault: no 2.12 phrase at all, straight to the advice (emotion 0 of 20)", """
@2 /answer
@3 您好，网购客服 2 0 5 号为您服务，请问有什么可以帮您？
@3 #2
@5 屏幕划痕属于质量问题，7天内退换都可以，我建议您换货，运费由商家承担，明天就上门取件。
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------------------------------------
# sales_call: intro 10, needs 20 (a question), plan 20 (B for this home), objection 15,
# order 10 (ticket), courtesy 10, closing 15. Seed 1: 三口人，网课，电视 -> B.
# ---------------------------------------------------------------------------------------------
play("sales_call", "b3_plain", 88, 100, True, False, 1,
     "competent: introduction and purpose, asks about the home's use, recommends B in words, answers the price objection, ticket, 1.4", """
@2 /answer
@2 您好，我是宽带客服中心 2 1 6 号客服，您家的宽带下个月就到期了，今天打电话是想给您介绍一下续约方案。
@3 请问您家里平时几个人用网，主要用来做什么呢？
@4 三口人又要上网课又要看电视，我推荐B方案：300兆宽带加IPTV电视，每月99元。
@4 理解您的顾虑，现在续约一年送一个月，平均下来每天三块钱左右，网速是现在的三倍，还多了电视，挺划算的。
@3 /ticket 套餐=B：300兆宽带+IPTV电视 资费=每月99元 生效=下月
@3 感谢您的支持，祝您生活愉快，再见！
""")

play("sales_call", "b3_trad_choice", 85, 100, True, False, 1,
     "competent, traditional characters; the plan picked from the list (choice 2)", """
@2 /answer
@2 您好，我是寬帶客服 3 0 1 號小王，您家寬帶下個月到期，給您來電介紹一下續約優惠。
@3 請問您家裡平時幾個人上網？主要看電視、上網課還是玩遊戲呢？
@4 #2
@4 我理解，不過現在續約一年送一個月，折合每天才三塊多，網速快三倍還多了電視，很划算。
@3 /ticket 套餐=B 300兆寬帶+IPTV電視 资费=每月99元 生效=下月
@3 感謝您的支持，祝您生活愉快，再見！
""")

play("sales_call", "b3_no_needs", 72, 85, True, False, 0,
     "single fault: lists the plans and recommends without asking a single question about the home (needs 0 of 20)", """
@2 /answer
@2 您好，我是宽带客服中心 1 7 2 号客服，您家宽带下个月到期，给您介绍一下续约方案。
@3 我们现在有三个方案：A是100兆每月59元，B是300兆加IPTV电视每月99元，C是1000兆加全屋WiFi每月199元，我推荐B，大部分家庭都选这个。
@4 #2
@4 理解您的顾虑，续约一年送一个月，每天三块钱左右，网速快三倍还能看电视，很划算。
@3 /ticket 套餐=B：300兆宽带+IPTV电视 资费=每月99元 生效=下月
@3 感谢您的支持，祝您生活愉快，再见！
""")

play("sales_call", "b3_no_ticket", 85, 92, True, False, 0,
     "single fault: the sale is agreed but no order is recorded in the ticket (order 0 of 10)", """
@2 /answer
@2 您好，我是宽带客服中心 0 9 9 号客服，您家的宽带下个月到期，今天来电给您介绍续约方案。
@3 请问您家里几个人用网，平时主要用来做什么？
@4 那我推荐B方案：300兆宽带加IPTV电视，每月99元，网课和看电视都够用。
@4 我理解，续约一年送一个月，算下来每天三块多，网速是现在的三倍，很划算。
@3 好的，那就给您办B方案，下个月生效。感谢您的支持，祝您生活愉快，再见！
@3 /hangup
""")

# ---------------------------------------------------------------------------------------------
# survey_invite: answer 10, opening 10, resolve 15 (points + how, from the desk), invite 30
# (no pressure for a good rating), transfer 15 (满意度调查), courtesy 10, latency 10.
# Seed 1: 5200 积分.
# ---------------------------------------------------------------------------------------------
play("survey_invite", "b3_plain", 90, 100, True, False, 1,
     "competent: points and how to exchange from the desk, a neutral invitation, transfer to 满意度调查", """
@2 /answer
@3 您好，客服中心 0 3 3 号为您服务，请问有什么可以帮您？
@4 您好，您现在有5200积分，每1000积分可以换10元话费，可以在APP的积分商城里兑换，也可以发短信JFDH到10086，马上到账。
@4 好的，稍后请您对我这次的服务做个评价，我为您转接满意度调查，好吗？
@2 /transfer 满意度调查
""")

play("survey_invite", "b3_typo", 88, 100, True, False, 1,
     "competent with IME slips 积分->积份, 兑换->对换, 到账->到帐", """
@2 /answer
@3 您好，工号 1 9 0 很高兴为您服务，请问有什么可以帮您？
@4 您的积份还有5200分，每1000积份能对换10块话费，在app里的积份商城就能换，或者发短信JFDH到10086，即时到帐。
@4 不客气，一会儿麻烦您对我的服务进行评价，我帮您转接到满意度调查，可以吗？
@2 /transfer 满意度调查
""")

play("survey_invite", "b3_pressure", 62, 75, True, False, 0,
     "single fault: asks for a full-marks rating (诱导好评) when inviting (invite 0 of 30)", """
@2 /answer
@3 您好，客服中心 2 8 1 号为您服务，请问有什么可以帮您？
@4 您现在有5200积分，每1000积分换10元话费，在APP积分商城或者发短信JFDH到10086都能兑换，马上到账。
@4 好的，稍后转接满意度调查，麻烦您给我打个满分好评哦。
@2 /transfer 满意度调查
""")

play("survey_invite", "b3_slow", 85, 93, True, False, 0,
     "single fault: too slow: after the opening each reply starts about 14 s after the caller stops (latency limit 10 s)", """
@2 /answer
@3 您好，客服中心 3 6 2 号为您服务，请问有什么可以帮您？
@86 您现在有5200积分，每1000积分可以换10元话费，在APP积分商城里兑换，或者发短信JFDH到10086，马上到账。
@54 好的，稍后请您对我这次的服务做个评价，我为您转接满意度调查，好吗？
@14 /transfer 满意度调查
""")

# ---------------------------------------------------------------------------------------------
# explain_again: answer 10, opening 10, explain 20 (bill lookup), again 25 (2.6), simple 10
# (usage lookup), courtesy 10, closing 15. Seed 1: 吴阿姨, 套餐外流量费二十三块.
# ---------------------------------------------------------------------------------------------
play("explain_again", "b3_plain", 88, 100, True, False, 1,
     "competent: both fees from the bill, 2.6 in own words, the data use from the usage list, 1.4", """
@2 /answer
@3 您好，客服中心 0 7 1 号为您服务，请问有什么可以帮您？
@5 吴阿姨，月功能费8块钱是来电显示5块加彩铃3块，每个月固定收；套餐外流量费是您套餐里的流量用完了，超出的部分另外算的钱。
@4 吴阿姨，请问您还有哪里不清楚，需要我再给您解释一遍吗？
@5 阿姨，您手机上用微信视频聊天、刷微信视频号都要用流量，这个月套餐里的1G用完了，多用的就收了二十三块。
@3 不客气阿姨，请问还有别的需要帮忙吗？感谢您的来电，祝您身体健康，再见！
""")

play("explain_again", "b3_trad", 85, 100, True, False, 1,
     "competent, traditional characters", """
@2 /answer
@3 您好，工號 1 4 4 為您服務，請問有什麼可以幫您？
@5 吳阿姨，月功能費8元是來電顯示5元和彩鈴3元，每月固定收取；套餐外流量費是套餐裡的流量用完以後，超出部分按用量收的錢。
@4 吳阿姨，請問您還有什麼不清楚的地方，需要我再幫您解釋一遍嗎？
@5 阿姨，您用手機微信視頻聊天、看微信視頻號都會用流量，這個月套餐裡1G用完了，多出來的就收了二十三塊。
@3 不客氣，請問還有其他需要嗎？感謝您的來電，再見！
""")

play("explain_again", "b3_rude_tail", 68, 85, True, False, 0,
     "single fault: impatient tail on the 2.6 phrase (刚才都讲得很清楚了); 2.6 said properly only after the caller asks again", """
@2 /answer
@3 您好，客服中心 2 3 8 号为您服务，请问有什么可以帮您？
@5 吴阿姨，月功能费8块是来电显示5块和彩铃3块，每月固定收；套餐外流量费是套餐流量用完后，超出部分另外收的。
@4 请问您还有什么不清楚的地方，需要我再解释一遍吗？刚才都讲得很清楚了。
@4 阿姨，请问您还有哪里不明白，需要我再给您解释一遍吗？
@5 阿姨，您用微信视频聊天、看微信视频号都会用流量，这个月1G套餐流量用完了，多用的就收了二十三块。
@3 请问还有别的需要吗？感谢您的来电，再见！
""")

play("explain_again", "b3_no_ask", 68, 80, True, False, 0,
     "single fault: repeats the explanation twice but never asks the 2.6 question (again 0 of 25)", """
@2 /answer
@3 您好，客服中心 1 0 6 号为您服务，请问有什么可以帮您？
@5 吴阿姨，月功能费8块是来电显示5块和彩铃3块，每月固定收；套餐外流量费是套餐流量用完后，超出部分另外收的。
@5 就是来电显示和彩铃每月一共8块，流量用超了收二十三块。
@5 来电显示5块、彩铃3块，一共8块；流量费是套餐里的流量用完以后，多用的部分收的钱。
@5 阿姨，您用微信视频聊天、看微信视频号都会用流量，这个月1G套餐流量用完了，多用的就收了二十三块。
@3 请问还有别的需要吗？感谢您的来电，再见！
""")

# ---------------------------------------------------------------------------------------------
# caller_quiet: answer 10, opening 10, ask_louder 25 (2.2), repeat 15, change_phone 20,
# hangup 10 (after a two-second pause), courtesy 10.
# ---------------------------------------------------------------------------------------------
play("caller_quiet", "b3_plain", 90, 100, True, False, 1,
     "competent: 2.2 louder, asks again, change the phone, pause, hang up", """
@2 /answer
@3 您好，客服中心 0 6 0 号为您服务，请问有什么可以帮您？
@3 非常抱歉，我听不太清楚，麻烦您说话大声一点好吗？
@3 不好意思，还是听不清，请您再大声一点好吗？
@3 非常抱歉，电话声音太小了，请您换一部电话再打过来，好吗？
@3 /hangup
""")

play("caller_quiet", "b3_trad", 88, 100, True, False, 1,
     "competent, traditional characters (換一部電話)", """
@2 /answer
@3 您好，工號 2 5 5 為您服務，請問有什麼可以幫您？
@3 非常抱歉，我聽不清楚，請您講話大聲點兒好嗎？
@3 不好意思，還是聽不太清，麻煩您再大聲一點好嗎？
@3 非常抱歉，電話聲音太小，請您換一部電話再撥，好嗎？
@3 /hangup
""")

play("caller_quiet", "b3_typo", 88, 100, True, False, 1,
     "competent with IME slips 抱歉->报歉, 再->在", """
@2 /answer
@3 您好，客服热线 1 2 7 号为您服务，请问有什么可以帮您？
@3 非常报歉，我听不清楚，请您讲话大声点好吗？
@3 对不起，还是听不清，请您再大声一点儿好吗？
@3 非常抱歉，电话声音太小，建议您换一部电话在拨打过来，好吗？
@3 /hangup
""")

play("caller_quiet", "b3_rhetorical", 68, 85, True, False, 0,
     "single fault: rhetorical, impatient second request (您就不能大点声吗) instead of the 2.2 repeat", """
@2 /answer
@3 您好，客服中心 2 9 3 号为您服务，请问有什么可以帮您？
@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
@3 我都说了听不清，您就不能大点声吗？
@3 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@3 /hangup
""")

play("caller_quiet", "b3_no_change_phone", 75, 85, True, False, 0,
     "single fault: at the third try says only that it is still inaudible, no 换一部电话再拨 (change_phone 0 of 20)", """
@2 /answer
@3 您好，客服中心 3 0 4 号为您服务，请问有什么可以帮您？
@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
@3 不好意思，还是听不清，请您再大声一点好吗？
@3 非常抱歉，还是听不清您的声音。
@3 /hangup
""")

# ---------------------------------------------------------------------------------------------
# no_knowledge: answer 10, opening 10, no_knowledge 30 (2.19, no guessing), ticket 15 (phone),
# courtesy 10, latency 10, closing 15. Seed 1: 我爸爸, 15167395191.
# ---------------------------------------------------------------------------------------------
play("no_knowledge", "b3_plain", 90, 100, True, False, 1,
     "competent: 2.19 in own words (no guess), ticket with the dictated phone, 1.4", """
@2 /answer
@3 您好，客服中心 0 5 2 号为您服务，请问有什么可以帮您？
@4 非常抱歉，副卡能不能享受这个优惠，我们目前还没有详细的资料，需要进一步核实，我们会在24小时内给您回电，好吗？
@6 /ticket 联系电话=15167395191 内容=咨询父亲使用的副卡能否享受60岁以上老人话费优惠，知识库暂无说明，核实后24小时内回电
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("no_knowledge", "b3_trad", 88, 100, True, False, 1,
     "competent, traditional characters (replies and ticket content)", """
@2 /answer
@3 您好，工號 2 6 8 為您服務，請問有什麼可以幫您？
@4 非常抱歉，您問的副卡優惠我們暫時沒有詳細資料，需要進一步核實，我們會在24小時內與您聯繫，好嗎？
@6 /ticket 联系电话=15167395191 内容=諮詢副卡（父親使用）能否享受老人話費優惠，待核實後24小時內回電
@3 請問還有其他需要嗎？感謝您的來電，再見！
""")

play("no_knowledge", "b3_guess", 75, 88, True, False, 0,
     "single fault: guesses (肯定可以享受) though the knowledge base has no answer for 副卡; 2.19 only after the caller doubts it", """
@2 /answer
@3 您好，客服中心 1 8 3 号为您服务，请问有什么可以帮您？
@4 可以的，肯定可以享受，副卡一样打八折。
@4 非常抱歉，副卡这一块我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
@6 /ticket 联系电话=15167395191 内容=咨询副卡能否享受老人话费优惠，待核实后24小时内回电
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("no_knowledge", "b3_no_closing", 82, 90, True, False, 0,
     "single fault: no 1.4 结束语; ends with a neutral remark and hangs up (closing 0 of 15)", """
@2 /answer
@3 您好，客服中心 2 1 0 号为您服务，请问有什么可以帮您？
@4 非常抱歉，副卡是否适用我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
@6 /ticket 联系电话=15167395191 内容=咨询副卡能否享受老人话费优惠，待核实后回电
@3 好的，您保持电话畅通。
@3 /hangup
""")

# ---------------------------------------------------------------------------------------------
# transferred_complaint: answer 5, takeover 20 (knows the case, no repeat), emotion 15 (2.12),
# hold 15 (1.2), resolve 20 (billing lookup: refund, 25 元, 24小时), courtesy 10, latency 5,
# closing 10. Seed 1: refund within 24小时.
# ---------------------------------------------------------------------------------------------
play("transferred_complaint", "b3_plain", 88, 100, True, False, 1,
     "competent: takes over from the note, 2.12 with the 1.2 request, hold, result from the billing lookup, 1.4", """
@2 /answer
@3 您好，我是中级坐席 2 0 8 号，您被重复扣了两次视频会员费的情况，刚才的同事已经跟我交接过了，我来帮您处理退费。
@4 您的心情我非常理解，为了更有效地帮助您，请问您方便稍等片刻吗？我帮您核实一下本月的扣费。
@2 /hold
@25 /unhold
@3 感谢您的耐心等待，核实清楚了：本月视频会员费确实重复扣了一次25元，退费我已经给您提交了，24小时内退回您的话费账户。
@3 给您添麻烦了，请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("transferred_complaint", "b3_verbose_typo", 85, 100, True, False, 1,
     "competent, verbose, IME slip 核实->合实 in the 1.2 phrase", """
@2 /answer
@3 您好，我是中级坐席 3 1 2 号，刚才15号同事已经把情况跟我说了，您这个月的视频会员费被重复扣了两次，每次25元，这个问题由我继续帮您处理，您不用再重复说一遍了。
@5 您的心情我非常理解，本来只开了一个会员却被扣了两次钱，换谁都会不高兴。为了更有效地帮助您，请问您这个月只开通了一个视频会员，对吗？
@4 好的，请您稍等，我帮您合实一下本月的扣费记录，好吗？
@2 /hold
@35 /unhold
@5 先生，感谢您的耐心等待。我这边已经核实清楚了：本月视频会员费25元确实被扣了两次，重复扣的25元退费我已经给您提交了，24小时内会退回到您的话费账户。
@4 再次向您表示歉意，请问还有其他需要我帮您的吗？感谢您的来电，祝您生活愉快，再见！
""")

play("transferred_complaint", "b3_ask_repeat", 72, 85, True, False, 0,
     "single fault: makes the transferred caller tell the problem again (国家标准 3.2 2.3.2): takeover 0 of 20", """
@2 /answer
@3 您好，我是中级坐席 1 0 1 号，请问您遇到什么问题了？麻烦您再说一遍。
@4 您的心情我非常理解，为了更有效地帮助您，请问您方便稍等一下吗？我帮您核实一下本月的扣费。
@2 /hold
@25 /unhold
@3 感谢您的耐心等待，核实到本月视频会员费确实重复扣了25元，退费已经提交，24小时内退回您的话费账户。
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")

play("transferred_complaint", "b3_silent_hold", 75, 88, True, False, 0,
     "single fault: announced hold left silent for 130 s with no check-back (1.2; callsim 60 s rule): hold item lost", """
@2 /answer
@3 您好，我是中级坐席 0 4 9 号，您视频会员费被重复扣费的情况同事已经转给我了，我来帮您处理。
@4 您的心情我非常理解，为了更有效地帮助您，请问您方便稍等一下吗？我帮您核实一下本月的扣费。
@2 /hold
@130 /unhold
@3 感谢您的耐心等待，本月视频会员费确实重复扣了25元，退费已经提交，24小时内退回您的话费账户。
@3 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    seen = set()
    for p in PLAYS:
        # a verdict and its range must agree (国家职业技能标准 1.9.2: 60 passes); a competent
        # trainee passes; an auto-failed call is 0-59
        if p["passed"] != (p["lo"] >= 60) or (not p["passed"] and p["hi"] > 59) \
                or (p["competent"] and not p["passed"]) or (p["auto_failed"] and p["passed"]) \
                or not 0 <= p["lo"] <= p["hi"] <= 100:
            raise SystemExit("plays.py: %s.%s: range and verdict disagree" % (p["scenario"], p["name"]))
        fname = "%s.%s.replies" % (p["scenario"], p["name"])
        if fname in seen:
            raise SystemExit("plays.py: duplicate play %s (rename it)" % fname)
        seen.add(fname)
        with open(os.path.join(calls, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(p["lines"]) + "\n")
        rows.append("\t".join(["seen3", p["scenario"], fname, str(p["lo"]), str(p["hi"]),
                               "true" if p["passed"] else "false",
                               "true" if p["auto_failed"] else "false",
                               str(p["competent"]), p["note"]]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("%d plays over %d scenarios" % (len(PLAYS), len({p["scenario"] for p in PLAYS})))


if __name__ == "__main__":
    main()
