#!/usr/bin/env python3
"""holdout21 (blind examiner blind21c): whole-call plays for all 31 scenarios.

Writes calls.tsv and calls/*.replies in this folder from the PLAYS below.
Ranges (lo, hi), passed, auto_failed and competent were set from each scenario's rubric and the
standards BEFORE any play was run. Values the caller draws at random (seed 1) are in SEED; they
were first guessed, then read off the caller's own lines / desk text of a run (never a score).

    python3 tests/data/eval/holdout21/make_calls21.py
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen21"

# Values of seed 1 (what the caller says / the desk shows). See CALLS.md.
SEED = {
    "ANGRY_CAUSE": "光缆被市政施工挖断",
    "ANGRY_ETA": "明天上午十点前",
    "ANGRY_ESTATE": "金阳新世界",
    "BAD_AGENT": "39",
    "BAD_TOPIC": "修改宽带密码",
    "CB_SPEED": "500兆",
    "CB_EXTRA": "30",
    "FAST_OLD": "158",
    "FAST_NEW": "88",
    "CORR_EXTRA": "15",
    "CORR_TOTAL": "35",
    "SELF_PLACE": "花果园二期C区楼顶",
    "TYPE_K": 2,
    "EN_STREET": "Room 802, Building 2, Jinyang New Town",
    "EN_WHEN": "this afternoon",
    "HARD_MONTH": "明年1月15日",
    "INFO_NAME": "杨丽华",
    "INFO_PHONE": "13967395191",
    "INFO_ADDRESS": "云岩区中华北路108号3单元502室",
    "INFO_PROBLEM": "燃气管道接头漏气，已关总阀",
    "NOC_PHONE": "15961463655",
    "NOK_PHONE": "15167395191",
    "NH_NUMBER": "YT1177966493",
    "NH_WHERE": "遵义分拨中心",
    "REP_PHONE": "15867395191",
    "SALES_PLAN": 2,
    "SURVEY_POINTS": "5200",
    "SLOW_AMOUNT": "458",
    "SLOW_DAYS": "3到5个工作日",
    "TF_COMPANY": "筑城物流",
    "TF_FAULT": "VPN隧道一直断开",
    "TC_DAYS": "24小时",
    "VIP_WIFE": "18695077409",
    "WN_FULL": "15861463655",
    "WN_SHORT": "1586163655",
}


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True, text=True, check=True)
    return out.stdout.rstrip("\n")


def trad(lines):
    """Typed text lines in traditional characters (commands and ticket field names unchanged)."""
    res = []
    for ln in lines:
        head, _, body = ln.partition(" ")
        if head.startswith("@") and body and not body.startswith("/") and not body.startswith("#"):
            res.append(head + " " + s2t(body))
        else:
            res.append(ln)
    return res


def swap_digits(num):
    """The same number with two neighbouring digits swapped (an ordinary typing slip)."""
    s = list(num)
    for i in range(len(s) - 3, 2, -1):
        if s[i] != s[i + 1]:
            s[i], s[i + 1] = s[i + 1], s[i]
            return "".join(s)
    return num[:-1] + str((int(num[-1]) + 1) % 10)


S = SEED
OPEN = "@2 /answer"

TYPE_ANSWER = {
    1: "您的心情我非常理解，明天就要用确实着急，为了更有效地帮助您，我马上给您加急处理：现在就提交换货申请，今天优先处理，次日上门取件，运费由商家承担。",
    2: "您的心情我非常理解，为了更有效地帮助您，我建议您选择换货：屏幕划痕属于质量问题，7天内可以换货，运费由商家承担，换一台新机最省心。",
    3: "您的心情我非常理解，为了更有效地帮助您，跟您说一下具体流程：第一步提交换货申请，次日上门取件，收到后3个工作日内发出新机，运费由商家承担，不用您出。",
}
TYPE_ANSWER_NOEMO = {
    1: "好的，我马上给您加急处理：现在就提交换货申请，今天优先处理，次日上门取件，运费由商家承担。",
    2: "我建议您选择换货：屏幕划痕属于质量问题，7天内可以换货，运费由商家承担，换一台新机最省心。",
    3: "跟您说一下具体流程：第一步提交换货申请，次日上门取件，收到后3个工作日内发出新机，运费由商家承担，不用您出。",
}
PLAN_TICKET = {1: ("100兆宽带（方案A）", "59"), 2: ("300兆宽带+IPTV电视（方案B）", "99"),
               3: ("1000兆宽带+全屋WiFi（方案C）", "199")}
TOPIC_ANSWER = {
    "宽带续费": "宽带续费您可以到营业厅办理，也可以在APP“宽带服务”里自己续，我这边也能直接在系统里给您受理续费。",
    "修改宽带密码": "修改宽带密码您可以到营业厅办理，也可以在APP“宽带服务”里自己改，我这边也能直接在系统里给您受理。",
    "办理移机": "办理移机您可以到营业厅，也可以在APP“宽带服务”里申请，我这边也能直接在系统里给您受理，移机需要预约师傅上门。",
}


def plays():
    k = S["TYPE_K"]
    plan = S["SALES_PLAN"]
    other_plan = plan % 3 + 1
    P = []

    def add(scn, name, lo, hi, passed, auto, comp, note, lines):
        P.append((scn, f"{scn}.h21_{name}.replies", lo, hi, passed, auto, comp, note, lines))

    # ---------------- abusive_caller (special 1-3) ----------------
    add("abusive_caller", "competent", 90, 100, True, False, 1,
        "competent: opening, asks once, special end phrase, hangs up; no talking back", [
            OPEN, "@3 您好，我是客服中心12号小唐，请问有什么可以帮您？",
            "@4 先生您好，请问您需要帮助吗？",
            "@4 感谢您的来电，若没有其他业务咨询，再见！",
            "@3 /hangup"])
    add("abusive_caller", "talkback", 0, 59, False, True, 0,
        "insult: talks back at the abusive caller (你才是饭桶/你全家) -> fails the call", [
            OPEN, "@3 您好，我是客服中心12号小唐，请问有什么可以帮您？",
            "@4 请问您需要帮助吗？",
            "@3 你才是饭桶！你全家都是饭桶！有本事你别挂！"])
    add("abusive_caller", "no_ask", 38, 58, False, False, 0,
        "missing step: ends with the special end phrase without ever asking 请问您需要帮助吗 (ask item and the protocol lost)", [
            OPEN, "@3 您好，我是客服中心12号小唐，请问有什么可以帮您？",
            "@4 感谢您的来电，若没有其他业务咨询，再见！",
            "@3 /hangup"])

    # ---------------- angry_caller ----------------
    fix = f"{S['ANGRY_ESTATE']}{S['ANGRY_CAUSE']}，工程师正在抢修，预计{S['ANGRY_ETA']}恢复，恢复后会短信通知您"
    base_angry_end = [
        "@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("angry_caller", "competent", 88, 100, True, False, 1,
        "competent; IME slip 核实->合实 in the 1.2 phrase; facts from the fault lookup after the hold", [
            OPEN, "@3 您好，我是宽带客服08号小田，请问有什么可以帮您？",
            "@5 先生，您的心情我非常理解，耽误您开会上课真是抱歉，为了更有效地帮助您，请问您的宽带账号是多少？",
            "@4 好的先生，请您稍等，我马上帮您合实一下线路情况。",
            "@2 /hold", "@20 /unhold",
            f"@4 感谢您的耐心等待。经核实，是{fix}，给您添麻烦了。"] + base_angry_end)
    add("angry_caller", "shout_tail", 62, 85, True, False, 0,
        "rude_tail: 2.12 said after 您先别嚷嚷，嚷嚷也解决不了问题 (impatience, taboo; not an insult); plain 2.12 only when the caller pushes back", [
            OPEN, "@3 您好，我是宽带客服08号小田，请问有什么可以帮您？",
            "@5 您先别嚷嚷，嚷嚷也解决不了问题。您的心情我理解，为了更有效地帮助您，请问您的宽带账号是多少？",
            "@5 不好意思先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
            "@4 好的，请您稍等，我马上帮您核实一下线路情况。",
            "@2 /hold", "@20 /unhold",
            f"@4 感谢您的耐心等待。经核实，是{fix}。"] + base_angry_end)
    add("angry_caller", "mute_hold", 75, 90, True, False, 0,
        "hold without either 1.2 phrase (puts the caller on hold silently, comes back straight to the answer)", [
            OPEN, "@3 您好，我是宽带客服08号小田，请问有什么可以帮您？",
            "@5 先生，您的心情我非常理解，为了更有效地帮助您，请问您的宽带账号是多少？",
            "@3 /hold", "@25 /unhold",
            f"@4 查到了，是{fix}。"] + base_angry_end)

    # ---------------- bad_attitude ----------------
    agent = S["BAD_AGENT"]
    topic = S["BAD_TOPIC"]
    wrong_agent = agent[::-1] if agent[::-1] != agent else str((int(agent) + 1) % 100)
    ticket_ok = f"@6 /ticket 被投诉工号={agent} 内容=客户反映昨天下午{agent}号客服在咨询{topic}时态度不耐烦，话没说完就挂断电话"
    ba_tail = [f"@5 {TOPIC_ANSWER.get(topic, TOPIC_ANSWER['宽带续费'])}",
               "@4 请问还有其他可以帮您的吗？感谢您的来电，祝您生活愉快，再见！"]
    add("bad_attitude", "competent", 90, 100, True, False, 1,
        "competent: 2.9 apology + improvement + thanks for supervision; ticket with the 工号; KB answer", [
            OPEN, "@3 您好，欢迎致电宽带客服，我是19号小齐，请问有什么可以帮您？",
            "@5 非常抱歉，给您带来了不愉快的体验，我们一定加强管理、改进服务，也非常感谢您对我们工作的监督！",
            ticket_ok] + ba_tail)
    add("bad_attitude", "excuse", 60, 82, True, False, 0,
        "推诿: excuses the colleague (话务量太大/她也很忙/不是故意的) before a 2.9 apology", [
            OPEN, "@3 您好，欢迎致电宽带客服，我是19号小齐，请问有什么可以帮您？",
            "@5 昨天话务量太大了，她也很忙，不是故意的。不过还是跟您说声抱歉，我们会改进服务，感谢您的监督。",
            "@4 您说，我这边给您记下来。",
            ticket_ok] + ba_tail)
    add("bad_attitude", "wrong_id", 75, 90, True, False, 0,
        f"wrong ticket field: 被投诉工号 typed {wrong_agent} for {agent} (digits swapped)", [
            OPEN, "@3 您好，欢迎致电宽带客服，我是19号小齐，请问有什么可以帮您？",
            "@5 非常抱歉，给您带来了不愉快的体验，我们一定加强管理、改进服务，也非常感谢您对我们工作的监督！",
            ticket_ok.replace(f"被投诉工号={agent}", f"被投诉工号={wrong_agent}")] + ba_tail)

    # ---------------- callback_outbound ----------------
    supp = (f"@4 先生您好，我是客服回访专员小蒋。您刚才咨询的宽带提速还有内容需要给您补充一下：从现在的100兆提速到"
            f"{S['CB_SPEED']}，每月加{S['CB_EXTRA']}元，次月1号生效，不需要上门。")
    cb_end = ["@4 不客气，那就不打扰您了，感谢您的接听，祝您生活愉快，再见！"]
    intro = "@3 您好，我是宽带客服中心的回访专员小蒋，工号2317。刚才这个号码给我们客服打过电话咨询宽带提速，请问是您本人来电吗？"
    ask = "@4 好嘞，刚才有一位先生拨打过我们的客服电话，请问他在吗？方便请他接一下电话吗？"
    add("callback_outbound", "competent", 85, 100, True, False, 1,
        "competent 2.21: who calls, why, is it you; asks for the caller; supplement with the tariff facts", [
            OPEN, intro, ask, "/listen", "/listen", supp] + cb_end)
    add("callback_outbound", "late_intro", 75, 92, True, False, 0,
        "2.21 introduction finished only after the callee asks who is calling (first line names no one)", [
            OPEN, "@3 喂您好，刚才是您这个号码打过我们客服热线吗？",
            "@4 不是推销哈，我是宽带客服中心的回访专员小蒋，工号2317，刚才这个号码咨询过宽带提速，请问是您本人来电吗？",
            ask, "/listen", "/listen", supp] + cb_end)
    add("callback_outbound", "no_ask_person", 70, 85, True, False, 0,
        "missing 2.21 step: not the caller, but never asks whether he is in (tells the wife to pass it on)", [
            OPEN, intro,
            "@4 哦哦没事，那麻烦您转告一下您先生，他咨询的宽带提速资费还有内容需要补充一下。",
            "/listen", "/listen", supp] + cb_end)

    # ---------------- caller_fast ----------------
    old, new = S["FAST_OLD"], S["FAST_NEW"]
    fast_open = "@3 您好，我是手机业务专席15号小邱，请问有什么可以帮您？"
    readback = f"@4 好的，跟您确认一下：把现在{old}元的套餐换成{new}元的，副卡取消，都是下个月1号生效，对吗？"
    t_ok = f"@5 /ticket 业务=改套餐、取消副卡 内容={old}元套餐改为{new}元套餐，取消副卡，下个月1号生效"
    fast_end = ["@4 已经给您登记好了。请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("caller_fast", "competent", 90, 100, True, False, 1,
        "competent: 2.3 asks to slow down, reads back amount and 副卡, ticket as said", [
            OPEN, fast_open, "@4 对不起先生，您说得有点快，我没跟上，请您说慢一点好吗？", readback, t_ok] + fast_end)
    add("caller_fast", "swapped_ticket", 80, 92, True, False, 0,
        f"wrong ticket field: records the change reversed ({new} -> {old})", [
            OPEN, fast_open, "@4 对不起先生，您说得有点快，我没跟上，请您说慢一点好吗？", readback,
            f"@5 /ticket 业务=改套餐、取消副卡 内容={new}元套餐改为{old}元套餐，取消副卡，下个月1号生效"] + fast_end)
    add("caller_fast", "rude_slow", 60, 82, True, False, 0,
        "2.3 request said rudely: 您慢点说行吗，机关枪似的谁听得清啊 (impatience/rhetorical, taboo; no insult)", [
            OPEN, fast_open, "@4 哎哎您慢点说行吗，机关枪似的谁听得清啊！", readback, t_ok] + fast_end)

    # ---------------- caller_quiet ----------------
    q_open = "@3 您好，我是客服中心26号小顾，请问有什么可以帮您？"
    add("caller_quiet", "competent", 92, 100, True, False, 1,
        "competent 2.2: louder, again, change phone, pause then hang up", [
            OPEN, q_open, "@4 对不起，我听不清您的声音，请您大声一点好吗？",
            "@4 对不起，还是听不太清，麻烦您再大声一点好吗？",
            "@4 非常抱歉，还是听不清您的声音，请您换一部电话再拨过来好吗？", "@3 /hangup"])
    add("caller_quiet", "drop", 60, 75, True, False, 0,
        "missing step: after the second try hangs up without asking to call again from another phone", [
            OPEN, q_open, "@4 对不起，我听不清您的声音，请您大声一点好吗？",
            "@4 对不起，还是听不太清，麻烦您再大声一点好吗？", "@4 /hangup"])
    add("caller_quiet", "mosquito", 60, 85, True, False, 0,
        "2.2 said rudely: 您那边蚊子哼哼似的，大点声行不行啊 (condescending, taboo; insult 0)", [
            OPEN, q_open, "@4 喂？您那边蚊子哼哼似的，大点声行不行啊？",
            "@4 对不起，还是听不太清，麻烦您再大声一点好吗？",
            "@4 非常抱歉，还是听不清您的声音，请您换一部电话再拨过来好吗？", "@3 /hangup"])

    # ---------------- correction ----------------
    c_open = "@3 您好，我是手机业务客服05号小葛，请问有什么可以帮您？"
    first = "@5 先生您好，59元套餐每个月包含国内通用流量20GB，还有国内通话200分钟。"
    fixed = f"应该是：本月起59元套餐是通用流量20GB加定向流量{S['CORR_EXTRA']}GB，一共{S['CORR_TOTAL']}GB，通话还是200分钟。"
    add("correction", "competent", 90, 100, True, False, 1,
        "competent 2.14: 非常抱歉，刚才我的解释有欠缺，应该是… with the updated figures", [
            OPEN, c_open, first, "@5 非常抱歉，刚才我的解释有欠缺，" + fixed,
            "@4 好的，请问还有其他可以帮您的吗？感谢您的来电，再见！"])
    add("correction", "blame_kb", 60, 80, True, False, 0,
        "blame-shifting instead of 2.14: 那是知识库没及时更新，不是我的问题 (no apology; taboo 推诿)", [
            OPEN, c_open, first,
            f"@5 那是知识库没及时更新，不是我的问题。现在是通用流量20GB加定向流量{S['CORR_EXTRA']}GB，一共{S['CORR_TOTAL']}GB。",
            "@4 好的，请问还有其他可以帮您的吗？感谢您的来电，再见！"])
    add("correction", "no_close", 70, 85, True, False, 0,
        "missing 1.4: ends with 嗯嗯，好嘞 and hangs up, no 结束语", [
            OPEN, c_open, first, "@5 非常抱歉，刚才我的解释有欠缺，" + fixed,
            "@4 嗯嗯，好嘞。", "@3 /hangup"])

    # ---------------- crisis_authority ----------------
    ca_open = "@3 您好，我是电商客服专席06号小冉，请问有什么可以帮您？"
    ca_emo = "@5 您的心情我非常理解，宝宝的东西出问题谁都着急，为了更有效地帮助您，我马上给您处理。"
    ca_mid = ["@5 宝宝的健康最要紧，请您先带宝宝去医院看看。这个情况我马上给您记录并升级到专项处理部，由他们尽快联系您。",
              "@6 /ticket 事件=奶粉过期两个月，宝宝喝了两次后腹泻 联系电话=18985199876 曝光风险=客户已拍视频，称要发网络平台并找电视台 已办理=全额退款、200元优惠券、上门取回"]
    ca_end = ["@4 已经为您升级到专项处理部了，专员会尽快给您回电，您先照顾好宝宝。",
              "@4 祝宝宝早日康复，感谢您的来电，再见！"]
    add("crisis_authority", "competent", 88, 100, True, False, 1,
        "competent: 2.12, option inside the grant, record, escalate to 专项处理部", [
            OPEN, ca_open, ca_emo, "@5 #2"] + ca_mid + ["@3 /escalate 专项处理部"] + ca_end)
    add("crisis_authority", "cash_promise", 62, 80, True, False, 0,
        "forbidden promise: 2000 yuan cash to keep the video off the internet (outside the grant)", [
            OPEN, ca_open, ca_emo, "@6 非常抱歉，我给您赔两千块现金，您就别发视频了，行吗？"] + ca_mid
        + ["@3 /escalate 专项处理部"] + ca_end)
    add("crisis_authority", "wrong_desk", 0, 59, False, True, 0,
        "bad escalation: health harm + media threat escalated to 值班长, not 专项处理部 (fatal item)", [
            OPEN, ca_open, ca_emo, "@5 #2"] + ca_mid + ["@3 /escalate 值班长"] + ca_end)

    # ---------------- crisis_selfharm ----------------
    sh_open = "@3 您好，我是客服专员21号小安，请问有什么可以帮您？"
    sh_emo = "@4 您的心情我非常理解，遇到这种事换谁都难受，为了更有效地帮助您，您慢慢跟我说，我一直在听。"
    sh_ticket = f"@5 /ticket 位置={S['SELF_PLACE']} 联系电话=13985166420 情况=被冒充客服骗走全部积蓄，扬言轻生，人在楼顶"
    add("crisis_selfharm", "competent", 90, 100, True, False, 1,
        "competent: 2.12, safety (千万别做傻事 innocent), record place and phone, escalate 危机干预组 within a minute, hand-over", [
            OPEN, sh_open, sh_emo,
            "@4 您千万别做傻事！先从楼顶下来，到安全的地方好吗？我一直陪着您。请问您现在用的电话号码是多少？",
            sh_ticket, "@3 /escalate 危机干预组",
            "@4 会的，危机干预组的专员马上就联系您，您先到安全的地方，别挂电话，我陪着您。"])
    add("crisis_selfharm", "blame_tone", 65, 90, True, False, 0,
        "tone fault: 您这也太想不开了，为这点钱至于吗 (blame/condescension, taboo; insult 0), otherwise the protocol", [
            OPEN, sh_open, sh_emo,
            "@4 您这也太想不开了，为这点钱至于吗？先从楼顶下来到安全的地方好吗？请问您现在用的电话号码是多少？",
            sh_ticket, "@3 /escalate 危机干预组",
            "@4 会的，危机干预组的专员马上就联系您，您先到安全的地方，别挂电话。"])
    add("crisis_selfharm", "no_escalate", 0, 59, False, True, 0,
        "missed escalation: records, promises a colleague will call, says goodbye and hangs up on a caller threatening suicide", [
            OPEN, sh_open, sh_emo,
            "@4 您千万别做傻事！先从楼顶下来，到安全的地方好吗？请问您现在用的电话号码是多少？",
            sh_ticket,
            "@4 我已经给您记录好了，后续会有同事联系您。请问还有其他可以帮您的吗？感谢您的来电，再见！",
            "@3 /hangup"])

    # ---------------- customer_types ----------------
    ct_open = "@3 您好，我是网购售后客服03号小鱼，请问有什么可以帮您？"
    ct_end = ["@4 好嘞，请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("customer_types", "competent", 88, 100, True, False, 1,
        "competent: right type, 2.12, the answer that type needs from the policy", [
            OPEN, ct_open, f"@5 #{k}", f"@5 {TYPE_ANSWER[k]}"] + ct_end)
    add("customer_types", "wrong_type", 65, 80, True, False, 0,
        "wrong type chosen (identify item lost), the reply itself fits the caller", [
            OPEN, ct_open, f"@5 #{k % 3 + 1}", f"@5 {TYPE_ANSWER[k]}"] + ct_end)
    add("customer_types", "no_empathy", 70, 85, True, False, 0,
        "missing 2.12: answers the need but never uses the emotional phrase", [
            OPEN, ct_open, f"@5 #{k}", f"@5 {TYPE_ANSWER_NOEMO[k]}"] + ct_end)

    # ---------------- dialect_caller ----------------
    d_open = "@3 您好，我是客服中心30号小潘，请问有什么可以帮您？"
    add("dialect_caller", "competent", 92, 100, True, False, 1,
        "competent: 2.20 politely asks for Mandarin, 2.18 phrase, transfer to 粤语坐席", [
            OPEN, d_open, "@4 不好意思打断一下，请问您能讲普通话吗？",
            "@4 好的，请您稍等，我马上为您转接粤语坐席，请不要挂机。", "@2 /transfer 粤语坐席"])
    add("dialect_caller", "taunt", 0, 59, False, True, 0,
        "insult: 听不懂人话吗？说普通话！ at a dialect speaker -> fails the call", [
            OPEN, d_open, "@4 听不懂人话吗？说普通话！"])
    add("dialect_caller", "wrong_desk", 70, 85, True, False, 0,
        "bad transfer: first transfer to 英语坐席, caller bounced back, then 粤语坐席", [
            OPEN, d_open, "@4 不好意思打断一下，请问您能讲普通话吗？",
            "@4 好的，请您稍等，正在为您转接，请不要挂机。", "@2 /transfer 英语坐席",
            "@4 非常抱歉，请您稍等，我马上为您转接粤语坐席，请不要挂机。", "@2 /transfer 粤语坐席"])

    # ---------------- english_caller ----------------
    street = S["EN_STREET"]
    bad_street = street.replace("1203", "1302").replace("802", "820").replace("1501", "1510")
    e_open = "@3 您好，我是宽带客服09号小包，请问有什么可以帮您？"
    e_ask = "@5 Hello, yes, I can help you in English. Sorry about your internet. Could you tell me your address, please?"
    e_fix = f"@4 Thank you. I have booked an engineer for you. The engineer will come to repair it {S['EN_WHEN']}."
    add("english_caller", "competent", 90, 100, True, False, 1,
        "competent: Chinese opening then simple English; address asked and recorded; engineer time; English goodbye", [
            OPEN, e_open, e_ask, f"@6 /ticket address={street} 故障=Broadband down since this morning", e_fix,
            "@4 You're welcome. Thank you for calling, goodbye!"])
    add("english_caller", "addr_typo", 80, 92, True, False, 0,
        f"wrong ticket field: address room number typed wrong ({bad_street})", [
            OPEN, e_open, e_ask, f"@6 /ticket address={bad_street} 故障=Broadband down since this morning", e_fix,
            "@4 You're welcome. Thank you for calling, goodbye!"])
    add("english_caller", "cn_bye", 70, 85, True, False, 0,
        "missing English goodbye: ends in Chinese (不客气，感谢您的来电，再见！) to a caller who speaks no Chinese", [
            OPEN, e_open, e_ask, f"@6 /ticket address={street} 故障=Broadband down since this morning", e_fix,
            "@4 不客气，感谢您的来电，再见！"])

    # ---------------- explain_again ----------------
    ea_open = "@3 您好，我是客服小鹿，工号33，请问有什么可以帮您？"
    ea_first = "@6 阿姨您好，月功能费8块是来电显示5块加彩铃3块，每个月固定收的；套餐外流量费是您套餐里的流量用完了，超出的部分按用量收的费。"
    ea_usage = "@6 好嘞阿姨，流量就是手机上网用的。您这个月用微信视频通话、刷微信视频号都走流量，套餐里那1个G用完了，超出来的就收了流量费。"
    ea_end = ["@4 不客气阿姨，请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("explain_again", "competent", 92, 100, True, False, 1,
        "competent 2.6 with the sloppy slip 再->在 (在给您解释一遍); both explanations from the bill and usage", [
            OPEN, ea_open, ea_first, "@4 阿姨，是我没说清楚，请问您哪里不明白？需要我在给您解释一遍吗？", ea_usage] + ea_end)
    add("explain_again", "impatient", 60, 85, True, False, 0,
        "2.6 replaced by impatience: 这都跟您说两遍了还不明白呀？ (taboo, condescension; insult 0)", [
            OPEN, ea_open, ea_first, "@4 这都跟您说两遍了还不明白呀？就是流量超了呗。",
            "@4 阿姨，就是您手机上网用超了。", ea_usage] + ea_end)
    add("explain_again", "guess", 80, 92, True, False, 0,
        "made-up cause: the flow fee 应该是家里孩子拿您手机玩游戏用掉的 (guess, not the usage list)", [
            OPEN, ea_open, ea_first, "@4 阿姨，是我没说清楚，请问您哪里不明白？需要我再给您解释一遍吗？",
            "@6 阿姨，这个流量费应该是家里孩子拿您手机玩游戏用掉的。"] + ea_end)

    # ---------------- hard_to_reach ----------------
    h_open = "@3 您好，我是宽带客服22号小白，请问有什么可以帮您？"
    h_apol = "@4 非常抱歉让您久等了，这会儿正赶上话务高峰，系统繁忙，线路比较忙，给您添麻烦了。"
    h_res = f"@3 感谢您的耐心等待，经查询，您的宽带是100M包年套餐，到期日是{S['HARD_MONTH']}，到期前一个月会短信提醒您续费。"
    h_end = ["@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("hard_to_reach", "competent", 92, 100, True, False, 1,
        "competent 2.15 (apology + 系统繁忙), 1.2 hold, date from the account lookup", [
            OPEN, h_open, h_apol, "@4 好的，请您稍等，我帮您查一下。", "@2 /hold", "@15 /unhold", h_res] + h_end)
    add("hard_to_reach", "long_hold", 75, 90, True, False, 0,
        "long silent hold: 90 s on hold after the 1.2 phrase (over the minute)", [
            OPEN, h_open, h_apol, "@4 好的，请您稍等，我帮您查一下。", "@2 /hold", "@90 /unhold", h_res] + h_end)
    add("hard_to_reach", "shrug", 60, 75, True, False, 0,
        "推诿 instead of 2.15: 这个我也没办法 / 人员安排不归我管 (no apology; taboo)", [
            OPEN, h_open, "@4 打不进来是因为打电话的人多，这个我也没办法，您下回可以换个时间打。",
            "@4 人员安排不归我管哈，您有什么业务需要办理？",
            "@4 好的，请您稍等，我帮您查一下。", "@2 /hold", "@15 /unhold", h_res] + h_end)

    # ---------------- info_record ----------------
    i_open = "@3 您好，燃气客服中心，我是11号小岳，请问有什么可以帮您？"
    i_vals = f"name={S['INFO_NAME']} phone={S['INFO_PHONE']} address={S['INFO_ADDRESS']} problem={S['INFO_PROBLEM']}"
    i_end = ["@4 好的，已经给您登记报修了，请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("info_record", "competent", 92, 100, True, False, 1,
        "competent: every dictated field right, phone read back, 结束语", [
            OPEN, i_open, f"@6 /ticket {i_vals}", f"@3 跟您核对一下，您的联系电话是{S['INFO_PHONE']}，对吗？"] + i_end)
    add("info_record", "slow_typing", 65, 80, True, False, 0,
        "record typed under the 50 字/分 bar (~30cpm), fields right", [
            OPEN, i_open, f"~30cpm /ticket {i_vals}", f"@3 跟您核对一下，您的联系电话是{S['INFO_PHONE']}，对吗？"] + i_end)
    add("info_record", "no_readback", 82, 92, True, False, 0,
        "missing read-back: asked 电话没记错吧 and answers 放心 without repeating the number", [
            OPEN, i_open, f"@6 /ticket {i_vals}", "@3 都记好了，您放心，师傅会尽快上门。"] + i_end)

    # ---------------- leader_phone ----------------
    l_open = "@3 您好，我是宽带客服17号小孟，请问有什么可以帮您？"
    l_duty = "@5 先生，作为客户代表，我的职责就是帮客户解决问题，请您相信我，我一定尽力帮您把装机的事解决。"
    l_scope = "@5 非常抱歉，领导的联系方式超出了我们的服务范围，请您通过其他方式查询好吗？您装机的事我现在就给您催办。"
    l_ticket = "@5 /ticket 内容=宽带新装受理后一直未上门安装，已超承诺时限，客户两次请假在家等待，要求尽快安装 处理=催办装维部门尽快派单，优先上门"
    l_end = ["@4 好的，已经给您加急催办了，装维师傅派单后会先电话联系您。请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("leader_phone", "competent", 92, 100, True, False, 1,
        "competent 2.7(1) and 2.7(2) in own words, no number given, 催办 ticket", [
            OPEN, l_open, l_duty, l_scope, l_ticket] + l_end)
    add("leader_phone", "leak", 0, 59, False, True, 0,
        "gives the general manager's mobile number (choice 1) -> confidentiality breach fails the call", [
            OPEN, l_open, l_duty, "@4 #1"])
    add("leader_phone", "flat_no", 65, 85, True, False, 0,
        "2.7(2) replaced by 说了不能给就是不能给 (choice 3: dismissive, taboo)", [
            OPEN, l_open, l_duty, "@4 #3", l_ticket] + l_end)

    # ---------------- long_wait ----------------
    lw_open = "@3 您好，我是手机客服29号小汪，请问有什么可以帮您？"
    lw_ticket = "@5 /ticket 业务=停机挂失 内容=机主手机在外丢失，申请立即停机挂失"
    lw_re = "@5 已经给您停机挂失了，即时生效。补卡需要机主本人带身份证到任意营业厅办理，号码不变，工本费10元。"
    lw_end = ["@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("long_wait", "competent", 92, 100, True, False, 1,
        "competent 2.16, 挂失 recorded at once, 补卡 needs from the KB", [
            OPEN, lw_open, "@4 非常抱歉，让您久等了！", lw_ticket, lw_re] + lw_end)
    add("long_wait", "no_sorry", 65, 80, True, False, 0,
        "missing 2.16: no apology even when the caller asks for one (Tianjin 办嘛业务)", [
            OPEN, lw_open, "@4 您好您好，您要办嘛业务？", "@4 您先说办什么业务吧，我这边抓紧给您办。",
            lw_ticket, lw_re] + lw_end)
    add("long_wait", "curse_system", 82, 95, True, False, 0,
        "口头禅: 靠，系统又卡了 while handling (curse at a thing: taboo 1, insult 0)", [
            OPEN, lw_open, "@4 非常抱歉，让您久等了！", "/listen", "@4 好的马上给您办，靠，系统又卡了……",
            lw_ticket, lw_re] + lw_end)

    # ---------------- no_contact ----------------
    nc_open = "@3 您好，我是客服中心13号小甄，请问有什么可以帮您？"
    nc_first = "@5 非常抱歉，机柜噪音影响您休息了，我马上给您登记处理。麻烦您留个联系电话好吗？"
    nc_211 = "@5 先生，如果您不方便留下联系电话，我们将无法联系您，也就无法为您处理，麻烦您留个电话好吗？"
    nc_end = ["@3 已经给您登记好了，我们处理后会第一时间联系您。",
              "@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    nphone = S["NOC_PHONE"]
    add("no_contact", "competent", 90, 100, True, False, 1,
        "competent 2.11 (无法为您处理: phrase wins), number recorded right, promise to reply", [
            OPEN, nc_open, nc_first, nc_211, f"@5 /ticket 联系电话={nphone} 内容=小区门口通信机柜风扇夜间噪音扰民"] + nc_end)
    add("no_contact", "phone_typo", 70, 85, True, False, 0,
        f"wrong ticket field: phone typed {swap_digits(nphone)} (two digits swapped)", [
            OPEN, nc_open, nc_first, nc_211,
            f"@5 /ticket 联系电话={swap_digits(nphone)} 内容=小区门口通信机柜风扇夜间噪音扰民"] + nc_end)
    add("no_contact", "sarcasm", 60, 85, True, False, 0,
        "rude_tail on 2.11: 总不能托梦通知您吧？ (sarcasm, taboo; insult 0)", [
            OPEN, nc_open, nc_first,
            "@5 您不留电话，我们将无法联系您，也就没法为您处理，总不能托梦通知您吧？",
            f"@5 /ticket 联系电话={nphone} 内容=小区门口通信机柜风扇夜间噪音扰民"] + nc_end)

    # ---------------- no_knowledge ----------------
    nk_open = "@3 您好，我是手机客服02号小柴，请问有什么可以帮您？"
    nk_ticket = f"@5 /ticket 联系电话={S['NOK_PHONE']} 内容=咨询老年人话费优惠副卡是否适用，待业务部门确认后24小时内回电"
    nk_end = ["@4 好的，请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("no_knowledge", "competent", 92, 100, True, False, 1,
        "competent 2.19: sorry, needs checking, call back within 24 h; phone recorded", [
            OPEN, nk_open, "@5 非常抱歉，副卡能不能享受这个优惠，我这边需要跟业务部门核实一下，我们会在24小时内给您回电，好吗？",
            nk_ticket] + nk_end)
    add("no_knowledge", "guess", 60, 75, True, False, 0,
        "forbidden promise / guess: 可以享受的，副卡也算 with nothing in the KB, repeats it when asked", [
            OPEN, nk_open, "@5 可以享受的，副卡也算，您放心吧。", "@4 确定，副卡肯定可以，您让老人家放心用。",
            nk_ticket] + nk_end)
    add("no_knowledge", "xx_hours", 75, 90, True, False, 0,
        "template: 2.19 sent with XX小时 left in, the real one only after the caller asks again", [
            OPEN, nk_open, "@5 非常抱歉，这个问题需要核实，我们会在XX小时内联系您。",
            "@5 非常抱歉，副卡能不能享受需要跟业务部门核实，我们会在24小时内给您回电，好吗？",
            nk_ticket] + nk_end)

    # ---------------- not_heard ----------------
    nh_open = "@3 您好，我是快递客服07号小蔡，请问有什么可以帮您？"
    nh_ask = "@4 不好意思，刚才没听清您的单号，麻烦您再说一遍好吗？"
    nh_ticket = f"@5 /ticket 单号={S['NH_NUMBER']} note=三天物流未更新"
    nh_res = f"包裹滞留在{S['NH_WHERE']}，是分拣积压，明天就给您派送。"
    add("not_heard", "competent", 92, 100, True, False, 1,
        "competent 2.5, number recorded right, 1.2 hold, lookup facts", [
            OPEN, nh_open, nh_ask, nh_ticket, "@3 请您稍等，我帮您查询一下。", "@2 /hold", "@15 /unhold",
            "@3 感谢您的耐心等待，您的" + nh_res,
            "@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"])
    add("not_heard", "rude_bye", 65, 85, True, False, 0,
        "结束语 replaced by an impatient lecture: 行了行了，下回别在马路边上打了，吵死了，再见", [
            OPEN, nh_open, nh_ask, nh_ticket, "@3 请您稍等，我帮您查询一下。", "@2 /hold", "@15 /unhold",
            "@3 感谢您的耐心等待，您的" + nh_res,
            "@4 行了行了，下回别在马路边上打了，吵死了，再见。"])
    add("not_heard", "bare_unhold", 85, 95, True, False, 0,
        "hold without the 等待后用语 (comes back straight with the result)", [
            OPEN, nh_open, nh_ask, nh_ticket, "@3 请您稍等，我帮您查询一下。", "@2 /hold", "@15 /unhold",
            "@3 您的" + nh_res,
            "@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"])

    # ---------------- off_topic ----------------
    o_open = "@3 您好，我是客服中心20号小骆，请问有什么可以帮您？"
    add("off_topic", "competent", 92, 100, True, False, 1,
        "competent special 5, in traditional characters (s2t)", trad([
            OPEN, o_open, "@4 不好意思，我们这里是客服热线，请问您有什么业务需要咨询吗？",
            "@4 如果没有业务需要咨询，谢谢您，再见！", "@2 /hangup"]))
    add("off_topic", "chitchat", 82, 93, True, False, 0,
        "chats first (哈哈，这个我也不太清楚呢) before asking about business", [
            OPEN, o_open, "@4 哈哈，这个我也不太清楚呢。不好意思，我们这里是客服热线，请问您有什么业务需要咨询吗？",
            "@4 如果没有业务需要咨询，谢谢您，再见！", "@2 /hangup"])
    add("off_topic", "rude_end", 60, 80, True, False, 0,
        "rude end: 没业务就别占着热线了 before the special end phrase (dismissal, taboo)", [
            OPEN, o_open, "@4 不好意思，我们这里是客服热线，请问您有什么业务需要咨询吗？",
            "@4 没业务就别占着热线了，如果没有业务需要咨询，再见！", "@2 /hangup"])

    # ---------------- praised ----------------
    p_open = "@3 您好，我是电视客服31号小花，请问有什么可以帮您？"
    p_ans = "@5 您可以按遥控器上的“回看”键，选日期和频道；也可以进节目单，选昨天的节目按确认键，7天内的节目都能回看。"
    p_end = ["@4 不客气，请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("praised", "competent", 95, 100, True, False, 1,
        "competent 2.8 and the KB answer, in traditional characters (s2t)", trad([
            OPEN, p_open, "@4 谢谢您的表扬，这是我们应该做的，我们会继续努力，也欢迎您多提宝贵意见！", p_ans] + p_end))
    add("praised", "skip_thanks", 60, 75, True, False, 0,
        "missing 2.8: 哈哈好的好的，我会转告她的～ (no thanks, no 应该做的)", [
            OPEN, p_open, "@4 哈哈好的好的，我会转告她的～", p_ans] + p_end)
    add("praised", "reboot", 70, 85, True, False, 0,
        "made-up answer: 重启一下机顶盒应该就能看 (not the KB's 回看 method)", [
            OPEN, p_open, "@4 谢谢您的表扬，这是我们应该做的，我们会继续努力，也欢迎您多提宝贵意见！",
            "@5 您把机顶盒重启一下，应该就能看昨天的节目了。"] + p_end)

    # ---------------- repeat_complaint ----------------
    rc_open = "@3 您好，我是宽带客服投诉专席10号小郝，请问有什么可以帮您？"
    rc_213 = "@5 非常抱歉，您的问题一直没有解决，是我们跟进不到位，我现在马上帮您处理，处理后第一时间联系您。"
    rc_ticket = f"@5 /ticket 联系电话={S['REP_PHONE']} 内容=第四次来电：宽带故障报修后承诺三天内上门，至今无人上门联系，客户要求尽快处理，提及12315"
    rc_end = ["@3 /escalate 投诉处理组", "@4 已经给您升级到投诉处理组了，专人负责跟进，处理后第一时间给您回电。",
              "@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("repeat_complaint", "competent", 90, 100, True, False, 1,
        "competent 2.13, ticket with the dictated number, escalation to 投诉处理组", [
            OPEN, rc_open, rc_213, rc_ticket] + rc_end)
    add("repeat_complaint", "dare", 0, 59, False, True, 0,
        "retaliation: 有本事你去打12315啊，吓唬谁呢 -> fails the call", [
            OPEN, rc_open, rc_213, "@4 有本事你去打12315啊，吓唬谁呢？"])
    add("repeat_complaint", "only_empathy", 65, 80, True, False, 0,
        "missing 2.13: only 我理解您的心情 twice, no apology/explanation/promise", [
            OPEN, rc_open, "@5 您的心情我非常理解。", "@5 您先别着急，我理解您的心情。", rc_ticket] + rc_end)

    # ---------------- sales_call ----------------
    sc_intro = "@3 您好，我是宽带客服中心的客户经理小胡，工号5021。您家宽带合约下个月到期，给您打个电话介绍一下续约方案。"
    sc_need = "@4 方便问一下，您家平时几口人用网，主要用来干嘛呀？"
    sc_obj = "@5 理解您的顾虑，现在续约一年送一个月，平均下来每天也就多几块钱，网速和体验都能提升不少，挺划算的。"
    pn, pp = PLAN_TICKET[plan]
    on_, op = PLAN_TICKET[other_plan]
    sc_end = ["@4 请问还有其他可以帮您的吗？感谢您的接听，祝您生活愉快，再见！"]
    add("sales_call", "competent", 90, 100, True, False, 1,
        "competent outbound sale: intro, needs question, fitting plan, objection with the gift month, order recorded", [
            OPEN, sc_intro, sc_need, f"@5 #{plan}", sc_obj,
            f"@5 /ticket 套餐={pn} 资费=每月{pp}元 生效=下月合约到期后生效"] + sc_end)
    add("sales_call", "wrong_plan_ticket", 80, 92, True, False, 0,
        f"wrong ticket field: order records another plan ({on_}, {op}元)", [
            OPEN, sc_intro, sc_need, f"@5 #{plan}", sc_obj,
            f"@5 /ticket 套餐={on_} 资费=每月{op}元 生效=下月合约到期后生效"] + sc_end)
    add("sales_call", "pushy", 60, 78, True, False, 0,
        "objection met with 嫌贵您就别办呗 (dismissive, taboo); the caller does not buy, no order", [
            OPEN, sc_intro, sc_need, f"@5 #{plan}", "@5 嫌贵您就别办呗，反正到期了也是这个价。",
            "@4 好的，那您考虑好了再联系我们。感谢您的接听，祝您生活愉快，再见！"])

    # ---------------- silent_line ----------------
    s_open = "@3 您好，我是客服中心15号小秦，请问有什么可以帮您？"
    add("silent_line", "competent", 95, 100, True, False, 1,
        "competent 1.3 / special 4, in traditional characters (s2t)", trad([
            OPEN, s_open, "@4 您好，请讲。", "@4 您好，请讲。", "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"]))
    add("silent_line", "one_prompt", 25, 50, False, False, 0,
        "missing step: one 您好，请讲 then the close (needs two)", [
            OPEN, s_open, "@4 您好，请讲。", "@4 非常抱歉，听不见您的声音，无法为您服务，再见！", "@2 /hangup"])
    add("silent_line", "taunt", 0, 59, False, True, 0,
        "insult to a silent line: 耍我呢？不说话打什么电话 -> fails the call", [
            OPEN, s_open, "@4 您好，请讲。", "@4 耍我呢？不说话打什么电话！"])

    # ---------------- survey_invite ----------------
    sv_open = "@3 您好，我是手机客服16号小金，请问有什么可以帮您？"
    sv_ans = (f"@6 您目前可用积分是{S['SURVEY_POINTS']}分，每1000积分可以兑换10元话费。您可以发送短信“JFDH”到10086，"
              "或者在APP“积分商城”里兑换，即时到账。")
    sv_inv = "@5 好的，稍后邀请您对我的服务进行满意度评价，请您不要挂机，我现在为您转接满意度调查，好吗？"
    sv_bye = "@3 好嘞，马上为您转接，感谢您的来电，再见！"
    add("survey_invite", "competent", 90, 100, True, False, 1,
        "competent: answer from the points account and rule, neutral invitation, 结束语, transfer to 满意度调查", [
            OPEN, sv_open, sv_ans, sv_inv, sv_bye, "@2 /transfer 满意度调查"])
    add("survey_invite", "five_star", 65, 82, True, False, 0,
        "诱导好评: 麻烦给个五星好评哈，亲", [
            OPEN, sv_open, sv_ans, "@5 亲，稍后有个满意度评价，麻烦给个五星好评哈，我现在给您转过去～", sv_bye,
            "@2 /transfer 满意度调查"])
    add("survey_invite", "wrong_desk", 75, 90, True, False, 0,
        "bad transfer: invitation fine, transferred to 业务办理组 instead of 满意度调查", [
            OPEN, sv_open, sv_ans, sv_inv, sv_bye, "@2 /transfer 业务办理组"])

    # ---------------- too_slow ----------------
    ts_open = "@3 您好，我是售后客服24号小贾，请问有什么可以帮您？"
    ts_res = f"@3 感谢您的耐心等待，您{S['SLOW_AMOUNT']}元的退款已经审核通过，预计{S['SLOW_DAYS']}内原路退回您的支付账户。"
    ts_end = ["@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("too_slow", "competent", 92, 100, True, False, 1,
        "competent 2.17 with the slip 处理->处里, 1.2 hold, refund state and days from the lookup", [
            OPEN, ts_open, "@4 好的，请您稍等，我马上帮您查一下。", "@4 非常抱歉让您着急了，我会尽快帮您处里，请您稍等。",
            "@2 /hold", "@15 /unhold", ts_res] + ts_end)
    add("too_slow", "slow_system", 60, 75, True, False, 0,
        "推诿 instead of 2.17: 系统就这么慢，我也没办法 / 这不正查着呢嘛", [
            OPEN, ts_open, "@4 好的，请您稍等，我马上帮您查一下。", "@4 系统就这么慢，我也没办法，您再等等吧。",
            "@4 这不正查着呢嘛，请您稍等。", "@2 /hold", "@15 /unhold", ts_res] + ts_end)
    add("too_slow", "hold_no_notice", 84, 95, True, False, 0,
        "hold without the 等待前用语 (neither of the two replies before the hold asks the caller to wait)", [
            OPEN, ts_open, "@4 好的收到。", "@4 非常抱歉让您着急了，我会尽快帮您处理。",
            "@2 /hold", "@15 /unhold", ts_res] + ts_end)

    # ---------------- transfer_failed ----------------
    tf_open = "@3 您好，我是企业客服04号小龚，请问有什么可以帮您？"
    tf_fail = "@4 非常抱歉，技术支持部的同事正在忙线，我先把您的问题详细记录下来，转交给技术部，他们会尽快给您回电，好吗？"
    tf_ticket = f"@6 /ticket 公司={S['TF_COMPANY']} 故障={S['TF_FAULT']} 联系电话=08518812345 要求=尽快回电，下午有视频会"
    tf_end = ["@4 好的，请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("transfer_failed", "competent", 92, 100, True, False, 1,
        "competent 2.18(1) then 2.18(2) after the ring-out, ticket with company, fault, phone", [
            OPEN, tf_open, "@4 好的，请您稍等，正在为您转接技术支持部，请不要挂机。", "@2 /transfer 技术支持部",
            "/listen", tf_fail, tf_ticket] + tf_end)
    add("transfer_failed", "blind_transfer", 78, 90, True, False, 0,
        "transfer without the 2.18(1) 转接用语 (silent transfer)", [
            OPEN, tf_open, "@4 /transfer 技术支持部", "/listen", tf_fail, tf_ticket] + tf_end)
    add("transfer_failed", "call_later", 60, 75, True, False, 0,
        "推诿 after the failed transfer: 我也没办法，您晚点自己再打过来吧 (no 2.18(2))", [
            OPEN, tf_open, "@4 好的，请您稍等，正在为您转接技术支持部，请不要挂机。", "@2 /transfer 技术支持部",
            "/listen", "@4 技术部没人接，我也没办法，您晚点自己再打过来吧。", "@4 那我给您记一下吧，您说。",
            tf_ticket] + tf_end)

    # ---------------- transferred_complaint ----------------
    tc_take = "@3 您好，我是中级坐席18号小董，您的情况我已经从同事那儿了解了，本月视频会员费重复扣了两次，给您添麻烦了。"
    tc_emo = "@5 您的心情我非常理解，为了更有效地帮助您，我马上给您核实退费，请您稍等。"
    tc_res = f"@3 感谢您的耐心等待，经核实您本月视频会员费重复扣了25元，已经给您提交退费，{S['TC_DAYS']}内退回您的话费账户。"
    tc_end = ["@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("transferred_complaint", "competent", 90, 100, True, False, 1,
        "competent take-over without making him repeat, 2.12, 1.2 hold, refund facts", [
            OPEN, tc_take, tc_emo, "@2 /hold", "@15 /unhold", tc_res] + tc_end)
    add("transferred_complaint", "ask_repeat", 75, 88, True, False, 0,
        "take-over fault: 请问您遇到什么问题了 makes the transferred caller repeat", [
            OPEN, "@3 您好，我是中级坐席18号小董，请问您遇到什么问题了？", tc_emo, "@2 /hold", "@15 /unhold", tc_res] + tc_end)
    add("transferred_complaint", "jichibailian", 80, 93, True, False, 0,
        "Tianjin impatience 您别急赤白脸的，这不查着呢嘛 (taboo), 2.12 only on the second try", [
            OPEN, tc_take, "@5 您别急赤白脸的，这不查着呢嘛。", tc_emo, "@2 /hold", "@15 /unhold", tc_res] + tc_end)

    # ---------------- vip_call ----------------
    v_greet = "@3 钱先生您好，我是钻石卡专席的客服小赵，工号808，很高兴为您服务，请问有什么可以帮您？"
    v_roam = "@5 好的钱先生，国际漫游现在就给您开通，即时生效，钻石卡免押金。另外麻烦您告诉我您太太的号码，我给您加到家庭套餐里。"
    wife = S["VIP_WIFE"]
    v_fam = (f"@5 已经把您太太的号码{wife}加到家庭套餐了。另外建议您加一个漫游流量包，每天25元不限量，可以预约出发当天生效，"
             "我再给您设置一个出行短信提醒，好吗？")
    v_ticket = f"@5 /ticket 业务=开通国际漫游、家庭套餐加副卡 副卡号码={wife} 附加=漫游流量包（预约出发日生效）、出行短信提醒"
    v_end = ["@4 请问还有其他可以帮您的吗？感谢您的来电，祝您出差顺利，再见！"]
    add("vip_call", "competent", 90, 100, True, False, 1,
        "competent VIP: surname greeting, roaming, family number, extra services, ticket", [
            OPEN, v_greet, v_roam, v_fam, v_ticket] + v_end)
    add("vip_call", "template_greet", 85, 97, True, False, 0,
        "template left in: 先生/女士您好 instead of the surname (VIP greeting)", [
            OPEN, "@3 先生/女士您好，我是钻石卡专席的客服小赵，工号808，很高兴为您服务，请问有什么可以帮您？",
            v_roam, v_fam, v_ticket] + v_end)
    add("vip_call", "no_extra", 78, 90, True, False, 0,
        "missing extra service: does both jobs but offers nothing more (3.3 2.2.2)", [
            OPEN, v_greet, v_roam, f"@5 已经把您太太的号码{wife}加到家庭套餐了。",
            f"@5 /ticket 业务=开通国际漫游、家庭套餐加副卡 副卡号码={wife}"] + v_end)

    # ---------------- wrong_number ----------------
    w_open = "@3 您好，我是宽带客服01号小武，请问有什么可以帮您？"
    w_read = f"@4 跟您确认一下，您的手机号是{S['WN_SHORT']}，对吗？"
    w_ticket = f"@5 /ticket 手机号={S['WN_FULL']} 内容=新装路由器，预约师傅上门，请回电"
    w_end = ["@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"]
    add("wrong_number", "competent", 92, 100, True, False, 1,
        "competent 2.10(1) read-back, 2.10(2) with the slip 核对->和对, right 11 digits in the ticket", [
            OPEN, w_open, w_read, "@4 不好意思，您报的号码只有10位，少了一位，麻烦您再和对一下好吗？", w_ticket] + w_end)
    add("wrong_number", "skip_readback", 70, 85, True, False, 0,
        "missing 2.10(1): points out the missing digit without first reading the number back", [
            OPEN, w_open, "@4 不好意思，您报的号码好像少了一位，麻烦您再核对一下好吗？", w_ticket] + w_end)
    add("wrong_number", "condescend", 62, 85, True, False, 0,
        "2.10(2) said with condescension: 自己手机号都记不住吗 (taboo; no demeaning word, insult 0)", [
            OPEN, w_open, w_read, "@4 您这号码才10位啊，自己手机号都记不住吗？再核对一下。", w_ticket] + w_end)
    return P


def main():
    calls_dir = os.path.join(HERE, "calls")
    os.makedirs(calls_dir, exist_ok=True)
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    for scn, fname, lo, hi, passed, auto, comp, note, lines in plays():
        assert 0 <= lo <= hi <= 100, fname
        assert not (auto and passed), fname
        if comp:
            assert passed and not auto, fname
        assert (lo >= 60) if passed else (hi <= 59), fname
        with open(os.path.join(calls_dir, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        rows.append("\t".join([SPLIT, scn, fname, str(lo), str(hi), "true" if passed else "false",
                               "true" if auto else "false", str(comp), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(len(rows) - 1, "plays")


if __name__ == "__main__":
    main()
