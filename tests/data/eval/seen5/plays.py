#!/usr/bin/env python3
"""holdout5 whole-call plays (helper blind5c, session 2026-11-26 night).

Each play is a scripted trainee for one scenario, played with `--seed 1`, and the score range a
fair examiner gives it by the scenario's rubric and the standard (set before any play was run).
Running this file checks every range against its verdict and writes `calls/*.replies` and
`calls.tsv` (split seen5, was holdout5). See CALLS.md.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLAYS = []


def play(scenario, name, lo, hi, passed, auto_failed, competent, note, lines):
    PLAYS.append(dict(scenario=scenario, name=name, lo=lo, hi=hi, passed=passed,
                      auto_failed=auto_failed, competent=competent, note=note,
                      lines=[ln for ln in lines.strip("\n").split("\n")]))


C, F = 1, 0  # competent / single-fault



def check(p):
    errs = []
    if not (0 <= p["lo"] <= p["hi"] <= 100):
        errs.append("range %d-%d" % (p["lo"], p["hi"]))
    if p["passed"] and p["lo"] < 60:
        errs.append("passed but lo < 60")
    if not p["passed"] and p["hi"] >= 60:
        errs.append("failed but hi >= 60")
    if p["auto_failed"] and p["passed"]:
        errs.append("auto_failed but passed")
    if p["competent"] and not p["passed"]:
        errs.append("competent but failing")
    if p["competent"] and p["lo"] < 80:
        errs.append("competent but lo < 80")
    if not p["competent"] and "single fault" not in p["note"]:
        errs.append("fault play without 'single fault' in its note")
    for ln in p["lines"]:
        if not ln.startswith("@") or "\t" in ln:
            errs.append("bad line %r" % ln)
    return errs


def main():
    bad = 0
    seen = set()
    for p in PLAYS:
        key = (p["scenario"], p["name"])
        if key in seen:
            print("duplicate play %s.%s" % key, file=sys.stderr)
            bad += 1
        seen.add(key)
        if not os.path.exists(os.path.join(HERE, "..", "..", "..", "..", "scenarios", p["scenario"] + ".lua")):
            print("%s.%s: no such scenario" % key, file=sys.stderr)
            bad += 1
        for e in check(p):
            print("%s.%s: %s" % (key[0], key[1], e), file=sys.stderr)
            bad += 1
    if bad:
        sys.exit(1)
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote",
            "# holdout5 whole-call plays, helper blind5c; ranges set from the rubric before any run; --seed 1"]
    for p in PLAYS:
        fn = "%s.%s.replies" % (p["scenario"], p["name"])
        with open(os.path.join(calls, fn), "w", encoding="utf-8") as f:
            f.write("\n".join(p["lines"]) + "\n")
        rows.append("\t".join(["seen5", p["scenario"], fn, str(p["lo"]), str(p["hi"]),
                               "true" if p["passed"] else "false",
                               "true" if p["auto_failed"] else "false",
                               str(p["competent"]), p["note"]]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    n = len(PLAYS)
    nc = sum(p["competent"] for p in PLAYS)
    ns = len({p["scenario"] for p in PLAYS})
    print("%d plays over %d scenarios (%d competent, %d single-fault)" % (n, ns, nc, n - nc))


# ---- the plays (seed-1 facts from probe runs that printed only the caller's turns and the pane) ----

# praised (rubric: answer 10, opening 10, praised 30, question 20, courtesy 10, latency 5, closing 15).
# Seed 1: the caller praises agent 27; the knowledge base gives the remote's 回看 key or the programme guide.
play("praised", "a1_plain", 88, 100, True, False, C, "plain competent play in own words", """
@2 /answer
@3 您好，我是12号客服专员，请问有什么可以帮您？
@6 不客气，这是我们应该做的，我也会把您的表扬转告给27号同事。
@10 您可以用遥控器按“回看”键，再选择日期和频道，就能看到昨天的节目了，7天内的节目都可以回看。
@5 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "a2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是8號客服，請問有什麼可以幫您？
@6 不客氣，這是我們應該做的，謝謝您的肯定。
@10 您可以進入節目單，選昨天的節目按確認鍵；或者用遙控器上的回看鍵選日期和頻道，七天內的節目都能看。
@5 不客氣，感謝您的來電，再見！
""")
play("praised", "a3_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (情问, 因该, 在见)", """
@2 /answer
@3 您好，我是20号客服，情问有什么可以帮您？
@6 不客气，这是我们因该做的，您的表扬我会转达给她。
@8 您用遥控器按一下回看键，然后选择昨天的日期和频道就可以了。
@5 不客气，感谢您的来电，在见！
""")
play("praised", "a4_verbose", 88, 100, True, False, C, "verbose competent play", """
@2 /answer
@3 您好，欢迎致电客服热线，我是工号35的客服代表小林，很高兴为您服务，请问有什么可以帮您的吗？
@8 不客气，这是我们应该做的！非常感谢您专门打电话来表扬，我一定把您的话转达给27号同事，她知道了肯定特别高兴。
@12 好的，回看有两种方法：第一种是用遥控器按“回看”键，然后选择日期和频道；第二种是进入节目单，找到昨天的节目后按确认键。7天之内的节目都可以这样回看。
@8 不客气，请问还有其他需要帮忙的吗？感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "a5_boast", 60, 76, True, False, F, "single fault: boasting instead of the modest 2.8 reply (praised item lost)", """
@2 /answer
@3 您好，我是12号客服专员，请问有什么可以帮您？
@6 那当然了，我们这里的服务一直是全市最好的，27号可是我们的金牌客服。
@10 您可以用遥控器按“回看”键，再选择日期和频道，就能看到昨天的节目了，7天内的节目都可以回看。
@5 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "a6_no_method", 72, 86, True, False, F, "single fault: the catch-up question answered without the knowledge base's method", """
@2 /answer
@3 您好，我是12号客服专员，请问有什么可以帮您？
@6 不客气，这是我们应该做的，我也会把您的表扬转告给27号同事。
@6 您可以先把机顶盒重启一下再试试看。
@5 不客气，感谢您的来电，祝您生活愉快，再见！
""")
play("praised", "a7_no_closing", 78, 90, True, False, F, "single fault: no 1.4 结束语, the trainee hangs up after a bare 不客气", """
@2 /answer
@3 您好，我是12号客服专员，请问有什么可以帮您？
@6 不客气，这是我们应该做的，我也会把您的表扬转告给27号同事。
@10 您可以用遥控器按“回看”键，再选择日期和频道，就能看到昨天的节目了，7天内的节目都可以回看。
@3 好的，不客气。
@3 /hangup
""")

# correction (answer 10, opening 10, first 10, correction 30, courtesy 10, latency 10, closing 20).
# Seed 1: the update says 20GB 通用 + 15GB 定向 = 35GB.
play("correction", "a1_plain", 88, 100, True, False, C, "plain competent play in own words", """
@2 /answer
@3 您好，我是16号客服专员，请问有什么可以帮您？
@8 您好，59元套餐每月包含国内通用流量20GB，还有国内通话200分钟。
@10 非常抱歉，刚才我的解释有些欠缺，应该是：从本月起59元套餐有20GB通用流量加15GB定向流量，一共35GB。
@4 不客气，感谢您的来电，再见！
""")
play("correction", "a2_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (报歉, 欠却, 情问)", """
@2 /answer
@3 您好，我是16号客服，情问有什么可以帮您？
@8 59元套餐每个月有国内通用流量20GB，通话200分钟。
@10 非常报歉，刚才我的解释有些欠却，应该是20GB通用流量加上15GB定向流量，总共35GB，这是本月刚更新的。
@4 感谢您的来电，再见！
""")
play("correction", "a3_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是21號客服，請問有什麼可以幫您？
@8 59元套餐每月有國內通用流量20GB，通話200分鐘。
@10 非常抱歉，剛才我的解釋有些欠缺，應該是通用流量20GB再加定向流量15GB，共35GB，本月起生效。
@4 感謝您的來電，祝您愉快，再見！
""")
play("correction", "a4_verbose", 88, 100, True, False, C, "verbose competent play", """
@2 /answer
@3 您好，欢迎致电，我是客服代表小周，工号09，很高兴为您服务，请问有什么可以帮您？
@10 先生您好，我帮您看了一下知识库，59元套餐每个月包含国内通用流量20GB，另外还有国内通话200分钟。
@12 非常抱歉，刚才我的解释有些欠缺，应该是这样的：系统刚推送了更新，从本月起59元套餐除了20GB国内通用流量以外，还多了15GB定向流量，加起来一共是35GB，您在网上营业厅看到的是对的，通话还是200分钟。
@6 不客气，请问还有什么可以帮您的吗？感谢您的来电，祝您生活愉快，再见！
""")
play("correction", "a5_late_apology", 76, 92, True, False, F, "single fault: the right figure first given with no 2.14 apology/admission; the 2.14 phrase only after the caller presses", """
@2 /answer
@3 您好，我是16号客服专员，请问有什么可以帮您？
@8 您好，59元套餐每月包含国内通用流量20GB，还有国内通话200分钟。
@8 现在是35GB，20GB通用流量加15GB定向流量。
@10 非常抱歉，刚才我的解释有些欠缺，应该是35GB：通用流量20GB加定向流量15GB。
@4 不客气，感谢您的来电，再见！
""")
play("correction", "a6_rhetorical", 78, 95, True, False, F, "single fault: a rhetorical question at the caller on the first answer (您自己没看吗？)", """
@2 /answer
@3 您好，我是16号客服专员，请问有什么可以帮您？
@8 59元套餐每月有20GB通用流量、200分钟通话，这个网上都写着，您自己没看吗？
@10 非常抱歉，刚才我的解释有些欠缺，应该是：从本月起59元套餐有20GB通用流量加15GB定向流量，一共35GB。
@4 不客气，感谢您的来电，再见！
""")

# explain_again (answer 10, opening 10, explain 20, again 25, simple 10, courtesy 10, closing 15).
# Seed 1: 吴阿姨, 套餐外流量费 二十三块; 月功能费 8 元 = 来电显示 5 元 + 彩铃 3 元; the data went on 微信视频.
play("explain_again", "a1_plain", 88, 100, True, False, C, "plain competent play in own words", """
@2 /answer
@3 您好，我是6号客服专员，请问有什么可以帮您？
@15 吴阿姨您好，月功能费8元是来电显示5元和彩铃3元，每个月固定收；套餐外流量费23元，是您套餐里的流量用完以后，超出的部分按用量收的钱。
@8 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？
@12 阿姨，您手机上用微信打视频电话、看微信视频号都要用流量，这个月套餐里的1GB用完了，多用的部分就是这23元。
@5 不客气，感谢您的来电，祝您身体健康，再见！
""")
play("explain_again", "a2_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (一便, 在见)", """
@2 /answer
@3 您好，我是6号客服专员，请问有什么可以帮您？
@15 阿姨，月功能费8块钱是来电显示和彩铃两项，一个5块一个3块；套餐外流量费23块，是套餐里的流量用完了，超出来的那部分收的费。
@8 吴阿姨，请问您还有哪里不清楚的，需要我再帮您解释一便吗？
@12 阿姨，流量主要是您手机上的微信视频用掉的，视频通话和看视频号都算，套餐里的用完了就超出了。
@5 不客气阿姨，感谢您的来电，在见！
""")
play("explain_again", "a3_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是6號客服，請問有什麼可以幫您？
@15 吳阿姨，月功能費8元是來電顯示5元和彩鈴3元，每月固定收取；套餐外流量費23元，是套餐內流量用完以後，超出部分按用量計費。
@8 吳阿姨，請問您還有什麼不清楚的地方，需要我再幫您解釋一遍嗎？
@12 阿姨，您用手機微信打視頻電話、看視頻號都會用流量，這個月套餐裡的流量用完了，超出的就是這23元。
@5 不客氣，感謝您的來電，再見！
""")
play("explain_again", "a4_verbose", 88, 100, True, False, C, "verbose competent play, patient wording for an elderly caller", """
@2 /answer
@3 您好，欢迎致电客服热线，我是11号客服代表小陈，很高兴为您服务，请问有什么可以帮您？
@17 吴阿姨您好，您别着急，我慢慢跟您说。第一项月功能费8元，是您开通的来电显示5元和彩铃3元，这两个是增值功能，每个月固定收取；第二项套餐外流量费23元，是您套餐里包含的流量用完了以后，再用的那部分按实际用量计费。
@8 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您慢慢解释一遍吗？
@15 阿姨，您不用电脑上网，可是手机里的微信也要用流量。我看了流量详单，这个月主要是微信视频通话和刷微信视频号用的，套餐里的1GB用完以后，多出来的就收了这23元。
@6 不客气阿姨，请问还有其他需要帮忙的吗？感谢您的来电，祝您身体健康，再见！
""")
play("explain_again", "a5_no_2_6", 66, 80, True, False, F, "single fault: never asks whether to explain again (2.6), just repeats the fees", """
@2 /answer
@3 您好，我是6号客服专员，请问有什么可以帮您？
@15 吴阿姨您好，月功能费8元是来电显示5元和彩铃3元，每个月固定收；套餐外流量费23元，是您套餐里的流量用完以后，超出的部分按用量收的钱。
@8 月功能费就是来电显示和彩铃的钱，流量费是流量用超了收的钱。
@8 阿姨，来电显示5块，彩铃3块，流量用超了是23块。
@12 阿姨，您手机上用微信打视频电话、看微信视频号都要用流量，这个月套餐里的1GB用完了，多用的部分就是这23元。
@5 不客气，感谢您的来电，祝您身体健康，再见！
""")
play("explain_again", "a6_impatient_tail", 68, 86, True, False, F, "single fault: an impatient tail on the 2.6 offer (我刚才已经说得很清楚了); the offer is made properly only when she asks again", """
@2 /answer
@3 您好，我是6号客服专员，请问有什么可以帮您？
@15 吴阿姨您好，月功能费8元是来电显示5元和彩铃3元，每个月固定收；套餐外流量费23元，是您套餐里的流量用完以后，超出的部分按用量收的钱。
@8 请问您还有什么不清楚的地方，需要我再解释一遍吗？我刚才已经说得很清楚了。
@8 吴阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？
@12 阿姨，您手机上用微信打视频电话、看微信视频号都要用流量，这个月套餐里的1GB用完了，多用的部分就是这23元。
@5 不客气，感谢您的来电，祝您身体健康，再见！
""")

# off_topic (answer 10, opening 10, ask 25, close 20, protocol 15 = 特殊处理 5 then hang-up, courtesy 10, focus 10).
# Seed 1: the caller asks about yesterday's lottery numbers, then wants to chat.
play("off_topic", "a1_plain", 88, 100, True, False, C, "plain competent play: 特殊处理 5 in own words, then hang up", """
@2 /answer
@3 您好，我是15号客服专员，请问有什么可以帮您？
@6 不好意思，彩票的情况我们这里查不到。请问您有业务需要咨询吗？
@5 如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
""")
play("off_topic", "a2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是33號客服，請問有什麼可以幫您？
@6 抱歉，這個問題我們無法查詢。請問您有業務需要諮詢嗎？
@5 如果沒有業務需要諮詢，謝謝您，再見！
@2 /hangup
""")
play("off_topic", "a3_verbose", 88, 100, True, False, C, "verbose competent play", """
@2 /answer
@3 您好，欢迎致电客服热线，我是11号客服代表，很高兴为您服务，请问有什么可以帮您？
@10 先生，非常抱歉，彩票的结果不在我们热线的服务范围内，建议您查看彩票中心的官方公告。请问您有业务需要咨询吗？
@8 先生，我们这边是业务热线，如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
""")
play("off_topic", "a4_chat", 80, 94, True, False, F, "single fault: chats along with the caller (哈哈, 我也觉得) before asking about business", """
@2 /answer
@3 您好，我是15号客服专员，请问有什么可以帮您？
@8 哈哈，这个我也不太清楚，我也觉得买彩票挺有意思的。请问您有业务需要咨询吗？
@5 如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
""")
play("off_topic", "a5_insult", 0, 59, False, True, F, "single fault: insults the chatty caller (你是不是有病), the call fails (§二(三)6, §二(四)4.2)", """
@2 /answer
@3 您好，我是15号客服专员，请问有什么可以帮您？
@6 不好意思，彩票的情况我们这里查不到。请问您有业务需要咨询吗？
@5 你是不是有病啊，没事别占着热线！
""")

# wrong_number (answer 5, opening 10, readback 20, wrong 25, ticket 20, courtesy 10, closing 10).
# Seed 1: the caller dictates 1586163655 (10 digits); after 2.10(2) she gives 15861463655.
play("wrong_number", "a1_plain", 88, 100, True, False, C, "plain competent play: 2.10(1), 2.10(2), the 11-digit number in the ticket", """
@2 /answer
@3 您好，我是5号客服专员，请问有什么可以帮您？
@10 非常抱歉，请问您的手机号码是1586163655吗？
@6 很抱歉，您报的号码有误，只有10位，请您再核对一下，好吗？
@12 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电
@4 不客气，感谢您的来电，再见！
""")
play("wrong_number", "a2_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (报歉, 情问, 合对)", """
@2 /answer
@3 您好，我是5号客服专员，请问有什么可以帮您？
@10 非常报歉，情问您的手机号码是1586163655吗？
@6 很抱歉，您报的号码有误，少了一位，请您再合对一下好吗？
@12 /ticket 手机号=15861463655 内容=预约上门安装路由器，师傅回电
@4 感谢您的来电，再见！
""")
play("wrong_number", "a3_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand, the number read back in groups", """
@2 /answer
@3 您好，我是25號客服，請問有什麼可以幫您？
@10 非常抱歉，請問您的手機號碼是158 6163 655嗎？
@6 很抱歉，您報的號碼有誤，只有十位，請您再核對一下，好嗎？
@12 /ticket 手机号=15861463655 内容=預約師傅上門安裝新路由器，請回電
@4 不客氣，感謝您的來電，再見！
""")
play("wrong_number", "a4_verbose", 88, 100, True, False, C, "verbose competent play", """
@2 /answer
@3 您好，欢迎致电客服热线，我是工号05的客服代表，很高兴为您服务，请问有什么可以帮您？
@12 好的女士，我跟您核对一下号码：非常抱歉，请问您的手机号码是1586163655吗？
@10 很抱歉，您报的号码有误，我这边只记到10位，手机号应该是11位，麻烦您再核对一下，好吗？
@14 /ticket 手机号=15861463655 内容=客户家中宽带需安装新路由器，预约师傅上门，请师傅先电话联系
@6 好的，已经为您登记了预约，师傅会尽快给您回电。请问还有其他可以帮您的吗？感谢您的来电，再见！
""")
play("wrong_number", "a5_no_readback", 72, 86, True, False, F, "single fault: no 2.10(1) read-back, goes straight to 号码有误", """
@2 /answer
@3 您好，我是5号客服专员，请问有什么可以帮您？
@8 很抱歉，您报的号码有误，少了一位，请您再核对一下，好吗？
@12 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电
@4 不客气，感谢您的来电，再见！
""")
play("wrong_number", "a6_wrong_ticket", 72, 86, True, False, F, "single fault: a wrong number in the ticket (15861436655, two digits swapped)", """
@2 /answer
@3 您好，我是5号客服专员，请问有什么可以帮您？
@10 非常抱歉，请问您的手机号码是1586163655吗？
@6 很抱歉，您报的号码有误，只有10位，请您再核对一下，好吗？
@12 /ticket 手机号=15861436655 内容=预约师傅上门安装新路由器，请回电
@4 不客气，感谢您的来电，再见！
""")
play("wrong_number", "a7_accepts_10_digits", 42, 59, False, False, F, "single fault: after the read-back the 10-digit number is accepted (no 2.10(2)); so the ticket holds no valid number", """
@2 /answer
@3 您好，我是5号客服专员，请问有什么可以帮您？
@10 非常抱歉，请问您的手机号码是1586163655吗？
@6 好的，我们会尽快安排师傅给您回电话。
@10 /ticket 手机号=1586163655 内容=预约师傅上门安装新路由器，请回电
@4 不客气，感谢您的来电，再见！
""")

# no_contact (answer 5, opening 10, no_contact 30, ticket 20, promise 10, courtesy 10, closing 15).
# Seed 1: 世纪城 门口的通信机柜; the caller dictates 15961463655.
play("no_contact", "a1_plain", 88, 100, True, False, C, "plain competent play: 2.11, the number in the ticket, a promise to reply", """
@2 /answer
@3 您好，我是18号客服专员，请问有什么可以帮您？
@8 非常抱歉，噪音影响您休息了。我先帮您记录下来，请问您的联系电话是多少？
@10 非常抱歉，如果您不留联系电话，我们就没办法和您取得联系，您反映的问题也就无法为您处理。
@12 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，扰民
@6 我已经为您登记好了，会尽快安排处理，处理后会回复您。
@4 感谢您的来电，再见！
""")
play("no_contact", "a2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是18號客服，請問有什麼可以幫您？
@8 非常抱歉給您帶來困擾，我幫您登記，請問您的聯繫電話是多少？
@10 非常抱歉，若您不提供聯繫電話，我們將無法與您取得聯繫，您反映的問題我們也無法為您處理。
@12 /ticket 联系电话=15961463655 内容=世紀城門口通信機櫃風扇夜間噪音擾民
@6 已經為您登記，處理後我們會回復您。
@4 感謝您的來電，再見！
""")
play("no_contact", "a3_slips_verbose", 85, 100, True, False, C, "verbose competent play with pinyin-IME slips (报歉, 纪录)", """
@2 /answer
@3 您好，欢迎致电，我是18号客服代表小王，很高兴为您服务，请问有什么可以帮您？
@10 先生，非常报歉，晚上的噪音影响您休息了，我马上帮您纪录下来，麻烦您留一个联系电话，方便我们处理后跟您联系。
@12 先生，我理解您的顾虑，您的号码只用于这次处理，不会用来推销。非常抱歉，如果您不提供联系电话，我们将无法与您取得联系，您反映的问题也就无法为您处理。
@14 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间嗡嗡响，噪音扰民，请尽快处理
@8 先生，已经为您登记好了，我们会尽快安排人员去现场处理，处理完会回电话答复您。
@5 请问还有其他可以帮您的吗？感谢您的来电，祝您晚安，再见！
""")
play("no_contact", "a4_no_promise", 82, 95, True, False, F, "single fault: never promises to reply after handling (closes right after the ticket)", """
@2 /answer
@3 您好，我是18号客服专员，请问有什么可以帮您？
@8 非常抱歉，噪音影响您休息了。我先帮您记录下来，请问您的联系电话是多少？
@10 非常抱歉，如果您不留联系电话，我们就没办法和您取得联系，您反映的问题也就无法为您处理。
@12 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，扰民
@5 请问还有其他可以帮您的吗？感谢您的来电，再见！
""")
play("no_contact", "a5_wrong_phone", 72, 86, True, False, F, "single fault: a wrong phone number in the ticket (15961436655)", """
@2 /answer
@3 您好，我是18号客服专员，请问有什么可以帮您？
@8 非常抱歉，噪音影响您休息了。我先帮您记录下来，请问您的联系电话是多少？
@10 非常抱歉，如果您不留联系电话，我们就没办法和您取得联系，您反映的问题也就无法为您处理。
@12 /ticket 联系电话=15961436655 内容=世纪城小区门口通信机柜风扇夜间噪音大，扰民
@6 我已经为您登记好了，会尽快安排处理，处理后会回复您。
@4 感谢您的来电，再见！
""")
play("no_contact", "a6_rhetorical", 66, 86, True, False, F, "single fault: a rhetorical, dismissive answer to the refusal (不留电话我们怎么联系您？); 2.11 only when pressed", """
@2 /answer
@3 您好，我是18号客服专员，请问有什么可以帮您？
@8 非常抱歉，噪音影响您休息了。我先帮您记录下来，请问您的联系电话是多少？
@8 不留电话我们怎么联系您？您不留我们也没办法。
@10 非常抱歉，如果您不留联系电话，我们就没办法和您取得联系，您反映的问题也就无法为您处理。
@12 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，扰民
@6 我已经为您登记好了，会尽快安排处理，处理后会回复您。
@4 感谢您的来电，再见！
""")

# caller_quiet (answer 10, opening 10, ask_louder 25, repeat 15, change_phone 20, hangup 10, courtesy 10).
play("caller_quiet", "a1_plain", 88, 100, True, False, C, "plain competent play: louder, again, change phone, pause, hang up", """
@2 /answer
@3 您好，我是7号客服专员，请问有什么可以帮您？
@6 非常抱歉，我听不清楚，请您讲话大声一点好吗？
@6 非常抱歉，我还是听不清，请您再大声一点重复一遍，好吗？
@6 非常抱歉，电话声音太小了，请您换一部电话再拨打，好吗？
@3 /hangup
""")
play("caller_quiet", "a2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是7號客服，請問有什麼可以幫您？
@6 非常抱歉，我聽不清楚，請您講話大聲點兒好嗎？
@6 非常抱歉，還是聽不清，請您大聲一點再說一遍，好嗎？
@6 非常抱歉，電話聲音太小，請您換一部電話再撥，好嗎？
@3 /hangup
""")
play("caller_quiet", "a3_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (报歉, 一便, 波打)", """
@2 /answer
@3 您好，我是7号客服，请问有什么可以帮您？
@6 非常报歉，我听不清楚，请您说话大声点好吗？
@6 非常抱歉，还是听不清，请您再大声一点说一便好吗？
@6 很抱歉，电话声音太小，请您换一部电话再波打，好吗？
@3 /hangup
""")
play("caller_quiet", "a4_quick_hangup", 86, 97, True, False, F, "single fault: hangs up at once after asking to change phones (no two-second pause)", """
@2 /answer
@3 您好，我是7号客服专员，请问有什么可以帮您？
@6 非常抱歉，我听不清楚，请您讲话大声一点好吗？
@6 非常抱歉，我还是听不清，请您再大声一点重复一遍，好吗？
@6 非常抱歉，电话声音太小了，请您换一部电话再拨打，好吗？
@1 /hangup
""")
play("caller_quiet", "a5_no_change_phone", 72, 86, True, False, F, "single fault: never asks the caller to change phones, only louder a third time", """
@2 /answer
@3 您好，我是7号客服专员，请问有什么可以帮您？
@6 非常抱歉，我听不清楚，请您讲话大声一点好吗？
@6 非常抱歉，我还是听不清，请您再大声一点重复一遍，好吗？
@6 非常抱歉，还是听不清楚，请您再大声一点好吗？
@3 /hangup
""")
play("caller_quiet", "a6_impatient", 66, 86, True, False, F, "single fault: an impatient second request (听不见！您大点声行不行？) instead of the polite 2.2 repeat", """
@2 /answer
@3 您好，我是7号客服专员，请问有什么可以帮您？
@6 非常抱歉，我听不清楚，请您讲话大声一点好吗？
@4 听不见！您大点声行不行？
@6 非常抱歉，电话声音太小了，请您换一部电话再拨打，好吗？
@3 /hangup
""")

# bad_attitude (answer 5, opening 10, apology 30, record 15, courtesy 15, latency 10, closing 15).
# Seed 1: agent 39, yesterday afternoon; the original question was 修改宽带密码 (营业厅, APP“宽带服务”, or the agent).
play("bad_attitude", "a1_plain", 88, 100, True, False, C, "plain competent play: 2.9, the complaint ticket with the agent number, the original question answered", """
@2 /answer
@3 您好，我是3号客服专员，请问有什么可以帮您？
@10 非常抱歉，给您带来了不好的体验，我们会在以后的工作中改进，感谢您对我们服务的监督！
@14 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午受理修改宽带密码咨询时态度不耐烦，话没说完就挂断电话
@10 修改宽带密码可以到营业厅或者在APP的“宽带服务”里办理，我现在也可以直接在系统里为您受理。
@4 感谢您的来电，祝您愉快，再见！
""")
play("bad_attitude", "a2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand (ticket too)", """
@2 /answer
@3 您好，我是3號客服，請問有什麼可以幫您？
@10 非常抱歉，給您帶來了不便，我們會在以後的工作中改進，感謝您並希望您繼續監督我們的服務！
@14 /ticket 被投诉工号=39 内容=客戶投訴39號客服昨天下午態度不耐煩，未說完即掛斷電話
@10 修改寬帶密碼可以到營業廳或在APP“寬帶服務”裡辦理，也可以由我直接在系統裡為您受理。
@4 感謝您的來電，再見！
""")
play("bad_attitude", "a3_verbose_slips", 85, 100, True, False, C, "verbose competent play with pinyin-IME slips (报歉, 改近)", """
@2 /answer
@3 您好，欢迎致电客服热线，我是3号客服代表小李，很高兴为您服务，请问有什么可以帮您？
@14 女士，真的非常报歉，昨天的服务让您受委屈了，这是我们做得不好。我们会在以后的工作中认真改近，也非常感谢您打电话来监督我们的服务！
@14 /ticket 被投诉工号=39 内容=昨天下午客户来电咨询修改宽带密码，39号客服态度不耐烦，客户话未说完即挂断电话，客户要求投诉
@12 女士，修改宽带密码有几种办法：您可以去营业厅，或者在APP的“宽带服务”里自己改，如果方便的话，我现在就可以在系统里直接帮您受理。
@5 请问还有其他可以帮您的吗？感谢您的来电，祝您生活愉快，再见！
""")
# (bad_attitude.a4_excuse was removed after the turn check: its 2.9 reply as written left out the
#  改进 part, a second fault, so it was no single-fault play; see CALLS.md. a7 replaces it.)
play("bad_attitude", "a5_wrong_agent", 78, 90, True, False, F, "single fault: the wrong agent number in the complaint ticket (93 for 39)", """
@2 /answer
@3 您好，我是3号客服专员，请问有什么可以帮您？
@10 非常抱歉，给您带来了不好的体验，我们会在以后的工作中改进，感谢您对我们服务的监督！
@14 /ticket 被投诉工号=93 内容=客户投诉93号客服昨天下午受理修改宽带密码咨询时态度不耐烦，话没说完就挂断电话
@10 修改宽带密码可以到营业厅或者在APP的“宽带服务”里办理，我现在也可以直接在系统里为您受理。
@4 感谢您的来电，祝您愉快，再见！
""")
play("bad_attitude", "a7_excuse_retracted", 70, 88, True, False, F, "single fault: excuses the colleague after a full 2.9 apology (她也很忙，可能不是故意的), then apologises again", """
@2 /answer
@3 您好，我是3号客服专员，请问有什么可以帮您？
@12 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您的监督！不过她也很忙，可能不是故意的。
@8 对不起，刚才是我说得不对，再次向您道歉，我们会在以后的工作中改进，感谢您的监督！
@14 /ticket 被投诉工号=39 内容=客户投诉39号客服昨天下午受理修改宽带密码咨询时态度不耐烦，话没说完就挂断电话
@10 修改宽带密码可以到营业厅或者在APP的“宽带服务”里办理，我现在也可以直接在系统里为您受理。
@4 感谢您的来电，祝您愉快，再见！
""")
play("bad_attitude", "a6_insult", 0, 59, False, True, F, "single fault: insults the complaining caller (事儿多，有病吧), the call fails (§二(四)4.2)", """
@2 /answer
@3 您好，我是3号客服专员，请问有什么可以帮您？
@10 非常抱歉，给您带来了不好的体验，我们会在以后的工作中改进，感谢您对我们服务的监督！
@6 记什么记，你这种人就是事儿多，有病吧。
""")

# silent_line (answer 10, opening 10, prompts 25, close 15, protocol 25, courtesy 10, pacing 5).
play("silent_line", "a1_plain", 88, 100, True, False, C, "plain competent play: 1.3 line by line, then hang up", """
@2 /answer
@3 您好，我是9号客服专员，请问有什么可以帮您？
@5 您好，请讲。
@5 您好，请讲。
@5 非常抱歉，听不见您的声音，无法为您服务，再见！
@3 /hangup
""")
play("silent_line", "a2_one_line", 88, 100, True, False, C, "competent: 1.3 as printed, in one message, then hang up", """
@2 /answer
@3 您好，我是9号客服专员，请问有什么可以帮您？
@8 您好，请讲！您好，请讲！非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！
@3 /hangup
""")
play("silent_line", "a3_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是9號客服，請問有什麼可以幫您？
@5 您好，請講。
@5 您好，請講。
@5 非常抱歉，聽不見您的聲音，無法為您服務，再見！
@3 /hangup
""")
play("silent_line", "a4_one_prompt", 25, 48, False, False, F, "single fault: only one 您好，请讲 before the 空话结束语 (1.3 asks for two)", """
@2 /answer
@3 您好，我是9号客服专员，请问有什么可以帮您？
@5 您好，请讲。
@5 非常抱歉，听不见您的声音，无法为您服务，再见！
@3 /hangup
""")
play("silent_line", "a5_taunt", 0, 59, False, True, F, "single fault: taunts the silent line (你是哑巴吗), the call fails (§二(三)6, §二(四)4.2)", """
@2 /answer
@3 您好，我是9号客服专员，请问有什么可以帮您？
@5 您好，请讲。
@5 不说话打什么电话，你是哑巴吗？
""")
play("silent_line", "a6_no_hangup", 62, 78, True, False, F, "single fault: says everything but never hangs up (the line stays open)", """
@2 /answer
@3 您好，我是9号客服专员，请问有什么可以帮您？
@5 您好，请讲。
@5 您好，请讲。
@5 非常抱歉，听不见您的声音，无法为您服务，再见！
""")

# too_slow (answer 5, opening 10, too_slow 25, hold 15, result 10, courtesy 10, latency 10, closing 15).
# Seed 1: refund 458 元, 审核通过, 3到5个工作日 原路退回 (the lookup shows after the hold).
play("too_slow", "b1_plain", 88, 100, True, False, C, "plain competent play: 2.17, 1.2 around the hold, the refund status from the lookup", """
@2 /answer
@3 您好，我是22号客服专员，请问有什么可以帮您？
@6 好的，我马上帮您查一下这笔订单。
@8 非常抱歉，让您着急了，现在系统有点忙，我会尽快帮您处理，请您稍等。
@6 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@10 感谢您的耐心等待，您458元的退款已经审核通过，预计3到5个工作日内原路退回到您的支付账户。
@4 不客气，感谢您的来电，再见！
""")
play("too_slow", "b2_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (烧等, 合实, 奈心, 尽快 -> 进快)", """
@2 /answer
@3 您好，我是22号客服，请问有什么可以帮您？
@6 好的先生，我这就帮您查。
@8 非常抱歉！现在系统比较繁忙，我会进快帮您处理，请您烧等！谢谢！
@6 请您烧等，我帮您合实一下好吗？
@2 /hold
@20 /unhold
@10 感谢您的奈心等待，您的458元退款已审核通过，3到5个工作日内会原路退回。
@4 感谢您的来电，再见！
""")
play("too_slow", "b3_no_after_phrase", 85, 97, True, False, F, "single fault: after the hold the result is given without the 1.2 等待后用语 (no thanks for waiting)", """
@2 /answer
@3 您好，我是22号客服专员，请问有什么可以帮您？
@6 好的，我马上帮您查一下这笔订单。
@8 非常抱歉，让您着急了，现在系统有点忙，我会尽快帮您处理，请您稍等。
@6 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@8 您458元的退款已经审核通过，预计3到5个工作日内原路退回到您的支付账户。
@4 不客气，感谢您的来电，再见！
""")
play("too_slow", "b4_rhetorical", 66, 87, True, False, F, "single fault: answers the complaint about slowness with 您急也没用啊 (impatience, no 2.17); 2.17 only when pressed", """
@2 /answer
@3 您好，我是22号客服专员，请问有什么可以帮您？
@6 好的，我马上帮您查一下这笔订单。
@5 查询也需要时间，您急也没用啊。
@8 非常抱歉，让您着急了，现在系统有点忙，我会尽快帮您处理，请您稍等。
@6 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@10 感谢您的耐心等待，您458元的退款已经审核通过，预计3到5个工作日内原路退回到您的支付账户。
@4 不客气，感谢您的来电，再见！
""")

# long_wait (answer 10, opening 10, apology 25, suspend 20, courtesy 10, latency 10, closing 15).
# Seed 1: waited 半个小时, phone lost 在商场里; 补卡: 机主本人 + 有效身份证件, 任一营业厅, 原号码不变, 工本费 10 元.
play("long_wait", "b1_plain", 88, 100, True, False, C, "plain competent play: 2.16, the loss suspension in the ticket, what to bring for a new card", """
@2 /answer
@3 您好，我是10号客服专员，请问有什么可以帮您？
@5 真的非常抱歉，让您久等了！请问有什么可以帮您？
@10 /ticket 业务=停机挂失 内容=机主手机在商场丢失，申请立即停机挂失
@10 补卡需要机主本人带上有效身份证件，到任意一个营业厅办理，原号码不变，工本费10元。
@4 不客气，感谢您的来电，再见！
""")
play("long_wait", "b2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand (ticket too)", """
@2 /answer
@3 您好，我是10號客服，請問有什麼可以幫您？
@5 非常抱歉！讓您久等了！請問有什麼可以幫您嗎？
@10 /ticket 业务=停機掛失 内容=機主手機在商場遺失，立即停機掛失
@10 補卡請機主本人攜帶有效身份證件到任一營業廳辦理，原號碼不變，工本費10元。
@4 不客氣，感謝您的來電，再見！
""")
play("long_wait", "b3_verbose", 88, 100, True, False, C, "verbose competent play: says it acts at once, then files the suspension", """
@2 /answer
@3 您好，欢迎致电客服热线，我是10号客服代表小吴，很高兴为您服务，请问有什么可以帮您？
@8 女士，实在非常抱歉，现在来电比较多，让您久等了！请问有什么可以帮您？
@6 您别着急，手机丢了确实很急，我马上为您办理停机挂失。
@10 /ticket 业务=挂失停机 内容=客户手机在商场里丢失，手机绑定银行卡，要求立即停机挂失，已即时生效
@12 女士，挂失已经生效了。补卡的话，需要机主本人带上有效身份证件，到任一营业厅就可以办，号码还是原来的号码，工本费是10元。
@5 不客气，请问还有其他可以帮您的吗？感谢您的来电，祝您生活愉快，再见！
""")
play("long_wait", "b4_no_apology", 66, 80, True, False, F, "single fault: no 2.16 apology to the caller who waited half an hour, even when she asks for one", """
@2 /answer
@3 您好，我是10号客服专员，请问有什么可以帮您？
@5 请问您要办理什么业务？
@5 您好，请问您需要办理什么？
@10 /ticket 业务=停机挂失 内容=机主手机在商场丢失，申请立即停机挂失
@10 补卡需要机主本人带上有效身份证件，到任意一个营业厅办理，原号码不变，工本费10元。
@4 不客气，感谢您的来电，再见！
""")
play("long_wait", "b5_dismissive_tail", 82, 96, True, False, F, "single fault: a dismissive tail on the card answer (这些网上都写着，下次您先自己查一下)", """
@2 /answer
@3 您好，我是10号客服专员，请问有什么可以帮您？
@5 真的非常抱歉，让您久等了！请问有什么可以帮您？
@10 /ticket 业务=停机挂失 内容=机主手机在商场丢失，申请立即停机挂失
@10 补卡要机主本人带身份证去营业厅办，工本费10元，这些网上都写着，下次您先自己查一下。
@4 不客气，感谢您的来电，再见！
""")

# no_knowledge (answer 10, opening 10, no_knowledge 30, ticket 15, courtesy 10, latency 10, closing 15).
# Seed 1: the father uses the caller's 副卡; the knowledge base says nothing on 副卡; the caller dictates 15167395191.
play("no_knowledge", "b1_plain", 88, 100, True, False, C, "plain competent play: 2.19 in own words, no guess, the number in the ticket", """
@2 /answer
@3 您好，我是14号客服专员，请问有什么可以帮您？
@12 非常抱歉，关于副卡是否适用这个老人优惠，我们暂时还没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
@12 /ticket 联系电话=15167395191 内容=客户咨询父亲使用的副卡是否适用60岁以上老人话费优惠，知识库无说明，核实后24小时内回电
@4 好的，感谢您的来电，再见！
""")
play("no_knowledge", "b2_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (报歉, 合实, 在见)", """
@2 /answer
@3 您好，我是14号客服，请问有什么可以帮您？
@12 非常报歉，副卡这个情况我们暂时没有详细资料，需要进一步合实，我们会在24小时内跟您联系，好吗？
@12 /ticket 联系电话=15167395191 内容=副卡是否适用老人话费优惠，待核实后回电
@4 感谢您的来电，在见！
""")
play("no_knowledge", "b3_guess", 75, 90, True, False, F, "single fault: guesses (可以享受的) where the knowledge base is silent, then gives 2.19 when the caller doubts it", """
@2 /answer
@3 您好，我是14号客服专员，请问有什么可以帮您？
@8 可以享受的，副卡也是在您名下的号码。
@12 非常抱歉，关于副卡是否适用这个老人优惠，我们暂时还没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
@12 /ticket 联系电话=15167395191 内容=客户咨询父亲使用的副卡是否适用60岁以上老人话费优惠，知识库无说明，核实后24小时内回电
@4 好的，感谢您的来电，再见！
""")
play("no_knowledge", "b4_wrong_phone", 78, 90, True, False, F, "single fault: a wrong phone number in the ticket (15167359191)", """
@2 /answer
@3 您好，我是14号客服专员，请问有什么可以帮您？
@12 非常抱歉，关于副卡是否适用这个老人优惠，我们暂时还没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？
@12 /ticket 联系电话=15167359191 内容=客户咨询父亲使用的副卡是否适用60岁以上老人话费优惠，知识库无说明，核实后24小时内回电
@4 好的，感谢您的来电，再见！
""")

# not_heard (answer 5, opening 10, repeat 25, record 15, hold 15, courtesy 10, closing 20).
# Seed 1: tracking number YT1177966493; the lookup: 滞留遵义分拨中心 (分拣积压), 明天派送.
play("not_heard", "b1_plain", 88, 100, True, False, C, "plain competent play: 2.5, the number in the ticket, 1.2 around the hold, the lookup's answer", """
@2 /answer
@3 您好，我是4号客服专员，请问有什么可以帮您？
@6 非常抱歉，刚才没听清您报的单号，麻烦您再重复一遍，好吗？
@10 /ticket 单号=YT1177966493 note=三天未更新物流
@4 请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@10 感谢您的耐心等待，您的包裹目前在遵义分拨中心，因为分拣积压三天没有更新，明天会给您派送。
@4 不客气，感谢您的来电，再见！
""")
play("not_heard", "b2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是4號客服，請問有什麼可以幫您？
@6 非常抱歉，我沒聽清您的講話，您再重複一遍，好嗎？
@10 /ticket 单号=YT1177966493 note=三天未更新
@4 請您稍等，我幫您核實一下好嗎？
@2 /hold
@15 /unhold
@10 感謝您的耐心等待，您的包裹滯留在遵義分撥中心，是分揀積壓造成的，明天會派送。
@4 不客氣，感謝您的來電，再見！
""")
play("not_heard", "b3_wrong_number", 78, 90, True, False, F, "single fault: a wrong tracking number in the ticket (YT1177969643)", """
@2 /answer
@3 您好，我是4号客服专员，请问有什么可以帮您？
@6 非常抱歉，刚才没听清您报的单号，麻烦您再重复一遍，好吗？
@10 /ticket 单号=YT1177969643 note=三天未更新物流
@4 请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@10 感谢您的耐心等待，您的包裹目前在遵义分拨中心，因为分拣积压三天没有更新，明天会给您派送。
@4 不客气，感谢您的来电，再见！
""")
play("not_heard", "b4_silent_hold", 78, 90, True, False, F, "single fault: a hold with neither 1.2 phrase (no 请您稍等 before, no 感谢您的耐心等待 after)", """
@2 /answer
@3 您好，我是4号客服专员，请问有什么可以帮您？
@6 非常抱歉，刚才没听清您报的单号，麻烦您再重复一遍，好吗？
@10 /ticket 单号=YT1177966493 note=三天未更新物流
@3 /hold
@15 /unhold
@8 您的包裹目前在遵义分拨中心，因为分拣积压三天没有更新，明天会给您派送。
@4 不客气，感谢您的来电，再见！
""")

# hard_to_reach (answer 10, opening 10, apology 25, hold 15, result 10, courtesy 10, latency 10, closing 10).
# Seed 1: the lookup shows 100M 包年, 到期日 明年1月15日.
play("hard_to_reach", "b1_plain", 88, 100, True, False, C, "plain competent play: 2.15 in own words, 1.2 around the hold, the expiry date", """
@2 /answer
@3 您好，我是2号客服专员，请问有什么可以帮您？
@10 非常抱歉！最近咨询量增加很多，系统比较繁忙，技术部门正在想办法解决，给您带来不便，我们深表歉意！
@6 请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@10 感谢您的耐心等待，您的宽带是100M包年套餐，到期日是明年1月15日，到期前一个月会有短信提醒您续费。
@4 不客气，感谢您的来电，再见！
""")
play("hard_to_reach", "b2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand", """
@2 /answer
@3 您好，我是2號客服，請問有什麼可以幫您？
@10 非常抱歉！由於諮詢量大量增加，造成系統繁忙，技術部門正在研究解決，給您造成的不便，我們深表歉意！
@6 請您稍等，我幫您核實一下好嗎？
@2 /hold
@15 /unhold
@10 感謝您的耐心等待，您的寬帶到期日是明年1月15日，到期前一個月會有短信提醒續費。
@4 感謝您的來電，再見！
""")
play("hard_to_reach", "b3_verbose", 88, 100, True, False, C, "verbose competent play", """
@2 /answer
@3 您好，欢迎致电客服热线，我是2号客服代表小郑，很高兴为您服务，请问有什么可以帮您？
@14 先生，真的非常抱歉！这段时间咨询量大量增加，造成系统繁忙，让您打了这么多次，技术部门正在研究解决，给您造成的不便，我们深表歉意！
@8 先生，您的宽带信息我需要查一下，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@14 先生，感谢您的耐心等待。我查到了，您绑定这个手机号的宽带是100M包年套餐，到期日是明年1月15日，目前状态正常，到期前一个月系统会发短信提醒您续费。
@5 不客气，请问还有其他可以帮您的吗？感谢您的来电，再见！
""")
play("hard_to_reach", "b4_blame", 66, 85, True, False, F, "single fault: shifts the blame for the busy line (打不通也不是我们能控制的); 2.15 only when pressed", """
@2 /answer
@3 您好，我是2号客服专员，请问有什么可以帮您？
@6 打不通也不是我们能控制的，高峰期都这样。
@68 非常抱歉！最近咨询量增加很多，系统比较繁忙，技术部门正在想办法解决，给您带来不便，我们深表歉意！
@6 请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@10 感谢您的耐心等待，您的宽带是100M包年套餐，到期日是明年1月15日，到期前一个月会有短信提醒您续费。
@4 不客气，感谢您的来电，再见！
""")

# leader_phone (answer 10, opening 10, duty 25, scope 15, ticket 15, courtesy 10, closing 15).
# Seed 1: the caller wants 刘总's number after ten days without installation; the order waits for 装维 dispatch.
play("leader_phone", "b1_plain", 88, 100, True, False, C, "plain competent play typed in own words: 2.7(1), 2.7(2), the 催办 ticket", """
@2 /answer
@3 您好，我是19号客服专员，请问有什么可以帮您？
@10 先生，作为客户代表，帮您解决问题是我的职责，请您相信我，我一定尽力帮您解决装机的事。
@10 非常抱歉，您要的领导电话超出了我们的服务范围，请您通过其他方式查询，好吗？
@10 先生，我查到您的装机工单还在等装维部门派单，已经超过承诺时间了，我马上帮您加急催办。
@12 /ticket 内容=宽带新装受理十天仍未上门安装，已超承诺时限，客户工作日全天在家，要求尽快安排 处理=加急催办装维部门派单，结果回复客户
@8 我们会尽快催办，有结果第一时间回复您。感谢您的来电，再见！
""")
play("leader_phone", "b2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand (ticket too)", """
@2 /answer
@3 您好，我是19號客服，請問有什麼可以幫您？
@10 作為客戶代表，我的職責是幫助客戶解決問題，請您相信我，我一定會盡力幫助您解決的。
@10 非常抱歉，您諮詢的問題超出了我們的服務範圍，請您通過其他方式查詢，好嗎？
@12 /ticket 内容=寬帶裝機延誤十天未上門，客戶要求催辦 处理=加急催辦並回復客戶
@8 我們會盡快催辦並回復您。感謝您的來電，再見！
""")
play("leader_phone", "b3_rude_refusal", 66, 85, True, False, F, "single fault: refuses the insistent caller rudely (说了不能给就是不能给，您别再问了) instead of 2.7(2)", """
@2 /answer
@3 您好，我是19号客服专员，请问有什么可以帮您？
@10 先生，作为客户代表，帮您解决问题是我的职责，请您相信我，我一定尽力帮您解决装机的事。
@6 说了不能给就是不能给，您别再问了。
@10 先生，我查到您的装机工单还在等装维部门派单，已经超过承诺时间了，我马上帮您加急催办。
@12 /ticket 内容=宽带新装受理十天仍未上门安装，已超承诺时限，客户工作日全天在家，要求尽快安排 处理=加急催办装维部门派单，结果回复客户
@8 我们会尽快催办，有结果第一时间回复您。感谢您的来电，再见！
""")
play("leader_phone", "b4_no_duty", 66, 80, True, False, F, "single fault: the first request is met with 领导的电话我们这里查不到 instead of 2.7(1) (no duty, no promise to help)", """
@2 /answer
@3 您好，我是19号客服专员，请问有什么可以帮您？
@6 领导的电话我们这里查不到。
@10 非常抱歉，您要的领导电话超出了我们的服务范围，请您通过其他方式查询，好吗？
@10 先生，我查到您的装机工单还在等装维部门派单，已经超过承诺时间了，我马上帮您加急催办。
@12 /ticket 内容=宽带新装受理十天仍未上门安装，已超承诺时限，客户工作日全天在家，要求尽快安排 处理=加急催办装维部门派单，结果回复客户
@8 我们会尽快催办，有结果第一时间回复您。感谢您的来电，再见！
""")

# customer_types (answer 5, opening 5, identify 25, emotion 20, approach 20, courtesy 10, closing 15).
# Seed 1: the hesitant type (犹豫型, choice 2); the policy: 7 天内可退可换, 运费商家承担, 次日上门取件.
play("customer_types", "b1_plain", 88, 100, True, False, C, "plain competent play: 犹豫型, 2.12, a clear recommendation from the policy", """
@2 /answer
@3 您好，我是13号客服专员，请问有什么可以帮您？
@5 #2
@14 您的心情我非常理解，为了更有效地帮助您，我给您一个建议：屏幕划痕属于质量问题，7天内退货或换货都可以，运费由商家承担；如果您还喜欢这款手机，建议您选择换货，次日就会有人上门取件。
@6 好的，我马上为您提交换货申请。感谢您的来电，再见！
""")
play("customer_types", "b2_slips", 85, 100, True, False, C, "competent with pinyin-IME slips (理姐, 见意)", """
@2 /answer
@3 您好，我是13号客服，请问有什么可以帮您？
@5 #2
@14 您的心情我非常理姐，为了更好地帮助您，我给您个见意：这是质量问题，7天内可以退也可以换，运费商家出，如果手机您还想用，建议您换货，明天就有人上门取件。
@6 好的，那我帮您提交换货申请，感谢您的来电，再见！
""")
play("customer_types", "b3_wrong_type", 66, 80, True, False, F, "single fault: the hesitant caller judged 急躁型 (choice 1); the answer itself fits her", """
@2 /answer
@3 您好，我是13号客服专员，请问有什么可以帮您？
@5 #1
@14 您的心情我非常理解，为了更有效地帮助您，我给您一个建议：屏幕划痕属于质量问题，7天内退货或换货都可以，运费由商家承担；如果您还喜欢这款手机，建议您选择换货，次日就会有人上门取件。
@6 好的，我马上为您提交换货申请。感谢您的来电，再见！
""")
play("customer_types", "b4_no_empathy", 72, 86, True, False, F, "single fault: no 2.12 words to calm the caller, straight to the advice", """
@2 /answer
@3 您好，我是13号客服专员，请问有什么可以帮您？
@5 #2
@12 屏幕划痕属于质量问题，7天内退货或换货都可以，运费由商家承担；如果您还喜欢这款手机，建议您选择换货，次日就会有人上门取件。
@6 好的，我马上为您提交换货申请。感谢您的来电，再见！
""")

# caller_fast (answer 10, opening 10, slow 25, confirm 20, ticket 10, courtesy 10, closing 15).
# Seed 1: from the 158 元 plan to the 88 元 plan, 副卡 cancelled, from 下个月一号.
play("caller_fast", "b1_plain", 88, 100, True, False, C, "plain competent play: 2.3, read-back of the change, the ticket", """
@2 /answer
@3 您好，我是17号客服专员，请问有什么可以帮您？
@6 非常抱歉，您说得有点快，我没能听明白，请您说慢一点好吗？
@10 跟您确认一下：您要把现在158元的套餐改成88元套餐，同时取消副卡，下个月1号生效，对吗？
@12 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐；取消副卡；下月1日生效
@6 好的，已经为您登记办理，感谢您的来电，再见！
""")
play("caller_fast", "b2_trad", 85, 100, True, False, C, "competent, traditional characters typed by hand (ticket too)", """
@2 /answer
@3 您好，我是17號客服，請問有什麼可以幫您？
@6 非常抱歉，我不太明白您的意思，請您說慢一點兒好嗎？
@10 跟您確認一下：158元套餐改成88元套餐，取消副卡，下個月1號生效，對嗎？
@12 /ticket 业务=套餐變更 内容=158元套餐改88元套餐，取消副卡，下月1日生效
@6 已經為您登記，感謝您的來電，再見！
""")
play("caller_fast", "b3_verbose_slips", 85, 100, True, False, C, "verbose competent play with pinyin-IME slips (报歉, 情您, 在见)", """
@2 /answer
@3 您好，欢迎致电客服热线，我是17号客服代表小何，很高兴为您服务，请问有什么可以帮您？
@8 先生，非常报歉，您刚才说得比较快，我怕记错，情您说慢一点好吗？
@12 好的先生，我跟您核对一遍：您现在用的是158元的套餐，要改成88元的套餐，同时把副卡取消，都是下个月1号开始生效，对吗？
@14 /ticket 业务=套餐变更、取消副卡 内容=客户现用158元套餐，申请改为88元套餐，同时取消副卡，下月1日起生效
@8 好的先生，已经为您登记好了，下个月1号生效。请问还有其他可以帮您的吗？感谢您的来电，在见！
""")
play("caller_fast", "b4_no_confirm", 72, 86, True, False, F, "single fault: never reads the change back to the caller before recording it", """
@2 /answer
@3 您好，我是17号客服专员，请问有什么可以帮您？
@6 非常抱歉，您说得有点快，我没能听明白，请您说慢一点好吗？
@5 好的，马上为您办理。
@5 好的，这就给您登记。
@12 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐；取消副卡；下月1日生效
@6 好的，已经为您登记办理，感谢您的来电，再见！
""")
play("caller_fast", "b5_rude", 66, 85, True, False, F, "single fault: 你说那么快谁听得清啊！ instead of 2.3 (rude); 2.3 only when pressed", """
@2 /answer
@3 您好，我是17号客服专员，请问有什么可以帮您？
@5 你说那么快谁听得清啊！
@6 非常抱歉，您说得有点快，我没能听明白，请您说慢一点好吗？
@10 跟您确认一下：您要把现在158元的套餐改成88元套餐，同时取消副卡，下个月1号生效，对吗？
@12 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐；取消副卡；下月1日生效
@6 好的，已经为您登记办理，感谢您的来电，再见！
""")

# ---- end of plays ----

if __name__ == "__main__":
    main()
