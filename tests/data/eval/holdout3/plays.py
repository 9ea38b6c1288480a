#!/usr/bin/env python3
"""Blind holdout3 whole-call plays (helper blind3c, callsim session 2026-11-25).

Each play is a scripted trainee for one scenario, played with --seed 1. Ranges (lo, hi), passed,
auto_failed and competent were set from the scenario's rubric (item maxima in scenarios/*.lua) and
the standards in /work/shared/standards/ before any play was run; see CALLS.md.

Writes tests/data/eval/holdout3/calls/SCENARIO.NAME.replies and tests/data/eval/holdout3/calls.tsv.
Run: python3 tests/data/eval/holdout3/plays.py
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
        rows.append("\t".join(["holdout3", p["scenario"], fname, str(p["lo"]), str(p["hi"]),
                               "true" if p["passed"] else "false",
                               "true" if p["auto_failed"] else "false",
                               str(p["competent"]), p["note"]]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("%d plays over %d scenarios" % (len(PLAYS), len({p["scenario"] for p in PLAYS})))


if __name__ == "__main__":
    main()
