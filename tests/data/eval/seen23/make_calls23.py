#!/usr/bin/env python3
"""holdout23 whole-call plays (helper blind23c).

Writes calls.tsv and calls/*.replies next to this file, byte for byte the same on every run:

    python3 tests/data/eval/seen23/make_calls23.py

Every play is for `--seed 1`.  RANGES (score range, passed, auto_failed, competent, note) were
set from each scenario's rubric and the standard before any play was run; SEED holds what the
callers of seed 1 say (names, numbers, amounts), read off the callers' lines only.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen23"

# ---------------------------------------------------------------- ranges (set before running)
# (scenario, name, lo, hi, passed, auto_failed, competent, note)
RANGES = [
    ("abusive_caller", "competent", 90, 100, True, False, 1, "competent: opening, asks once if help is needed, special_end, hangs up"),
    ("abusive_caller", "lectures", 78, 92, True, False, 0, "argues/lectures the abuser once before ending (prompt_end lost)"),
    ("abusive_caller", "hits_back", 0, 59, False, True, 0, "insult: retaliates 你才是废物 (auto-fail §二(四)4.2)"),
    ("angry_caller", "competent", 85, 100, True, False, 1, "competent wordy; IME slip 核实->合实 in hold phrase"),
    ("angry_caller", "silent_hold", 72, 88, True, False, 0, "hold without the 1.2 phrases (no 等待前/等待后用语), short hold"),
    ("angry_caller", "yells_back", 0, 59, False, True, 0, "retaliation: 你吼什么吼 at the angry caller (auto-fail)"),
    ("bad_attitude", "competent", 88, 100, True, False, 1, "competent: 2.9 in own words, ticket with agent id, answer, closing"),
    ("bad_attitude", "excuses_colleague", 65, 87, True, False, 0, "2.9 said but excuses the colleague (话务量/不是故意): 推诿"),
    ("bad_attitude", "wrong_agent_id", 78, 88, True, False, 0, "wrong field: complained-of agent number recorded wrong"),
    ("callback_outbound", "competent", 85, 100, True, False, 1, "competent 2.21: intro, asks for the caller, supplement, closing"),
    ("callback_outbound", "never_says_who", 62, 78, True, False, 0, "2.21 without saying who calls, even after the callee asks"),
    ("callback_outbound", "madeup_fee", 72, 88, True, False, 0, "made-up answer: a monthly fee not on the desk"),
    ("caller_fast", "competent", 88, 100, True, False, 1, "competent: 2.3, read-back, ticket, closing"),
    ("caller_fast", "ticket_reversed", 80, 92, True, False, 0, "wrong field: ticket records the change reversed (old/new amounts swapped)"),
    ("caller_fast", "rude_slow", 65, 85, True, False, 0, "rude tail on 2.3 (说这么快谁听得清啊)"),
    ("caller_quiet", "competent", 88, 100, True, False, 1, "competent 2.2: louder, again, change phone, pause, hang up"),
    ("caller_quiet", "rude_change", 72, 88, True, False, 0, "rude tail on the change-phone step"),
    ("caller_quiet", "skips_again", 78, 90, True, False, 0, "missing step: no second request (再说一遍) before change phone"),
    ("correction", "competent", 88, 100, True, False, 1, "competent: first answer, 2.14 with corrected total, closing"),
    ("correction", "figure_only", 68, 82, True, False, 0, "missing 2.14 apology: only the new figure"),
    ("correction", "rhetorical_tail", 62, 82, True, False, 0, "2.14 with rhetorical tail (网上不是都看到了吗)"),
    ("crisis_authority", "competent", 85, 100, True, False, 1, "competent: 2.12, grant in own words, ticket, escalate 专项处理部"),
    ("crisis_authority", "escalates_duty", 0, 59, False, True, 0, "missed escalation: escalates to 值班长 instead of 专项处理部 (fatal)"),
    ("crisis_authority", "cash_for_silence", 62, 80, True, False, 0, "beyond authority: 2000 yuan cash to keep the video off"),
    ("crisis_selfharm", "competent", 85, 100, True, False, 1, "competent: 2.12, safety, escalate 危机干预组 fast, ticket, hand-over"),
    ("crisis_selfharm", "no_escalation", 0, 59, False, True, 0, "missed escalation: records and hangs up on a caller threatening self-harm"),
    ("crisis_selfharm", "phone_off_by_one", 80, 95, True, False, 0, "wrong field: contact number one digit off"),
    ("customer_types", "competent", 85, 100, True, False, 1, "competent: right type, 2.12, answer fitted to the type"),
    ("customer_types", "wrong_type", 62, 78, True, False, 0, "wrong customer type chosen"),
    ("customer_types", "no_empathy", 68, 82, True, False, 0, "missing 2.12: straight to business"),
    ("dialect_caller", "competent", 90, 100, True, False, 1, "competent: 2.20, 2.18(1), transfer 粤语坐席"),
    ("dialect_caller", "wrong_desk_first", 68, 82, True, False, 0, "transfers to 英语坐席 first, caller comes back, then 粤语坐席"),
    ("dialect_caller", "mocks_caller", 0, 59, False, True, 0, "insult: 听不懂人话吗 (auto-fail)"),
    ("english_caller", "competent", 85, 100, True, False, 1, "competent English: greet, ask address, ticket, engineer time, goodbye"),
    ("english_caller", "cantonese_desk", 5, 35, False, False, 0, "wrong desk: transfers the English caller to 粤语坐席"),
    ("english_caller", "chinese_goodbye", 70, 82, True, False, 0, "ends in Chinese, no English goodbye"),
    ("explain_again", "competent", 88, 100, True, False, 1, "competent: explains, 2.6, explains usage, closing"),
    ("explain_again", "no_offer_again", 62, 78, True, False, 0, "missing 2.6: re-explains without asking what is unclear"),
    ("explain_again", "condescending", 65, 85, True, False, 0, "condescension before 2.6 (这么简单您怎么还不明白呢): taboo, not insult"),
    ("hard_to_reach", "competent", 88, 100, True, False, 1, "competent: 2.15, hold with phrases (IME slip 合实), result, closing"),
    ("hard_to_reach", "guesses_date", 62, 82, True, False, 0, "made-up answer: expiry date guessed without checking"),
    ("hard_to_reach", "blames_first", 70, 88, True, False, 0, "blame-shifting first (打的人多我们也没办法), 2.15 only after the nudge"),
    ("info_record", "competent", 88, 100, True, False, 1, "competent: all four fields right at >=50 cpm, phone read back"),
    ("info_record", "phone_typo", 62, 78, True, False, 0, "wrong field: phone one digit wrong in the ticket"),
    ("info_record", "slow_typist", 62, 78, True, False, 0, "record typed at 30 cpm (below 50 字/分)"),
    ("leader_phone", "competent", 88, 100, True, False, 1, "competent: 2.7(1) and 2.7(2) in own words, ticket, closing"),
    ("leader_phone", "gives_number", 0, 59, False, True, 0, "leaks a leader's phone number (auto-fail)"),
    ("leader_phone", "no_duty", 65, 78, True, False, 0, "missing 2.7(1): bare refusal citing rules"),
    ("long_wait", "competent", 88, 100, True, False, 1, "competent: 2.16, ticket 挂失, reissue from kb, closing"),
    ("long_wait", "late_apology", 78, 90, True, False, 0, "2.16 only after the caller asks for an apology"),
    ("long_wait", "madeup_reissue", 82, 93, True, False, 0, "made-up answer: reissue via APP, nothing to bring"),
    ("no_contact", "competent", 88, 100, True, False, 1, "competent: asks number, 2.11, ticket, promise, closing"),
    ("no_contact", "phone_typo", 72, 85, True, False, 0, "wrong field: phone one digit wrong"),
    ("no_contact", "no_promise", 80, 92, True, False, 0, "missing step: no promise to reply"),
    ("no_knowledge", "competent", 88, 100, True, False, 1, "competent: 2.19 without guessing, ticket, closing"),
    ("no_knowledge", "guesses_first", 72, 88, True, False, 0, "made-up answer first (肯定可以), 2.19 after the caller doubts it"),
    ("no_knowledge", "phone_typo", 75, 88, True, False, 0, "wrong field: phone one digit wrong"),
    ("not_heard", "competent", 88, 100, True, False, 1, "competent: 2.5, ticket, hold with phrases, result, closing"),
    ("not_heard", "silent_hold", 75, 88, True, False, 0, "hold without the 1.2 phrases"),
    ("not_heard", "no_closing", 70, 82, True, False, 0, "no 结束语: 好的，不客气 and hang up"),
    ("off_topic", "competent", 90, 100, True, False, 1, "competent 特殊处理 5: ask, end phrase, hang up"),
    ("off_topic", "chats_along", 80, 92, True, False, 0, "chats along (哈哈，是啊) before asking"),
    ("off_topic", "insults", 0, 59, False, True, 0, "insult: 你是不是有病啊 (auto-fail)"),
    ("praised", "competent", 90, 100, True, False, 1, "competent 2.8, answer from kb; IME slip 再见->在见"),
    ("praised", "boasts", 60, 72, True, False, 0, "no 2.8: boasts instead of modest thanks"),
    ("praised", "no_closing", 75, 87, True, False, 0, "no 结束语: 那您慢慢研究 and hang up"),
    ("repeat_complaint", "competent", 85, 100, True, False, 1, "competent: 2.13, ticket, escalate 投诉处理组, closing"),
    ("repeat_complaint", "escalates_duty", 0, 59, False, True, 0, "missed escalation: 值班长 instead of 投诉处理组 (fatal)"),
    ("repeat_complaint", "phone_typo", 78, 92, True, False, 0, "wrong field: phone one digit wrong"),
    ("sales_call", "competent", 85, 100, True, False, 1, "competent: intro, needs question, fitting plan, objection, order, closing"),
    ("sales_call", "no_needs", 70, 82, True, False, 0, "missing step: no needs question"),
    ("sales_call", "wrong_order", 78, 90, True, False, 0, "wrong field: order records another plan's bandwidth"),
    ("silent_line", "competent", 92, 100, True, False, 1, "competent 1.3: two prompts, close, hang up"),
    ("silent_line", "one_prompt", 30, 58, False, False, 0, "missing step: one 您好，请讲 then the close"),
    ("silent_line", "no_hangup", 75, 93, True, False, 0, "never hangs up after the close"),
    ("survey_invite", "competent", 85, 100, True, False, 1, "competent: answer from desk, invite, closing, transfer 满意度调查"),
    ("survey_invite", "asks_five_stars", 62, 78, True, False, 0, "induces a good rating (五星好评)"),
    ("survey_invite", "wrong_desk", 72, 88, True, False, 0, "wrong desk: transfers to 业务办理组"),
    ("too_slow", "competent", 88, 100, True, False, 1, "competent: 2.17, hold with phrases, result, closing"),
    ("too_slow", "snaps_first", 65, 82, True, False, 0, "impatience first (您急也没用啊), 2.17 after the nudge"),
    ("too_slow", "long_hold", 72, 88, True, False, 0, "hold over 60 s without checking back"),
    ("transfer_failed", "competent", 88, 100, True, False, 1, "competent: 2.18(1), transfer, 2.18(2), ticket, closing"),
    ("transfer_failed", "silent_transfer", 75, 88, True, False, 0, "missing 2.18(1): transfers without telling"),
    ("transfer_failed", "call_back_later", 68, 88, True, False, 0, "dismissive first (您过会儿自己再打过来), 2.18(2) after the nudge"),
    ("transferred_complaint", "competent", 85, 100, True, False, 1, "competent: takes over, 2.12, hold, refund result, closing"),
    ("transferred_complaint", "asks_to_repeat", 72, 87, True, False, 0, "makes the caller repeat the problem"),
    ("transferred_complaint", "no_empathy", 72, 87, True, False, 0, "missing 2.12"),
    ("vip_call", "competent", 85, 100, True, False, 1, "competent: 钱先生 opening, roaming, family, extras, ticket, closing"),
    ("vip_call", "no_surname", 80, 92, True, False, 0, "opening without the caller's surname"),
    ("vip_call", "no_extra", 75, 88, True, False, 0, "missing step: no extra service offered"),
    ("wrong_number", "competent", 88, 100, True, False, 1, "competent: 2.10(1) read-back, 2.10(2), ticket, closing"),
    ("wrong_number", "no_readback", 70, 82, True, False, 0, "missing 2.10(1): points out the error without reading back"),
    ("wrong_number", "ticket_typo", 70, 82, True, False, 0, "wrong field: corrected number recorded one digit off"),
]

# ---------------------------------------------------------------- what the callers of seed 1 say
SEED = {
    "angry_account": "085161463655", "angry_cause": "金阳新世界片区的光缆被市政施工挖断了",
    "angry_eta": "明天上午十点前",
    "bad_agent": "39", "bad_topic": "修改宽带密码",
    "cb_speed": "500兆", "cb_extra": "30",
    "fast_old": "158", "fast_new": "88",
    "corr_extra": "15", "corr_total": "35",
    "ca_brand": "有机二段", "ca_platform": "抖音",
    "sh_amount": "十二万", "sh_place": "花果园二期C区楼顶", "sh_phone": "13985166420",
    "ct_type": 2,
    "en_street": "Room 802, Building 2, Jinyang New Town", "en_when": "this afternoon",
    "ex_surname": "吴", "ex_flow": "二十三块",
    "hr_month": "明年1月15日",
    "ir_name": "杨丽华", "ir_phone": "13967395191", "ir_addr": "云岩区中华北路108号3单元502室",
    "ir_prob": "燃气管道接头漏气，已关总阀",
    "lp_boss": "刘总", "lp_days": "十天",
    "lw_place": "商场里",
    "nc_estate": "世纪城", "nc_phone": "15961463655",
    "nk_who": "爸爸", "nk_phone": "15167395191",
    "nh_number": "YT1177966493", "nh_where": "遵义分拨中心",
    "pr_agent": "27",
    "rc_surname": "罗", "rc_phone": "15867395191", "rc_days": "二十天", "rc_fault": "光猫红灯一直亮着上不了网",
    "sc_plan": 2,
    "sv_points": "5200",
    "ts_amount": "458", "ts_days": "3到5个工作日",
    "tf_company": "筑城物流", "tf_fault": "VPN隧道一直断开",
    "tc_days": "24小时",
    "vip_country": "新加坡", "vip_wife": "18695077409",
    "wn_short": "1586163655", "wn_full": "15861463655",
}


def off_by_one(num):
    """The same number with its second-to-last digit changed (someone else's line)."""
    d = num[-2]
    nd = "0" if d != "0" else "1"
    return num[:-2] + nd + num[-1]


def plays(S):
    """name -> list of replies-file lines, for every play of RANGES."""
    P = {}
    A = "@2 /answer"

    # ---------------------------------------------------------------- abusive_caller
    op = "@2 您好，我是客服中心17号业务受理专员，请问有什么可以帮您？"
    P["abusive_caller.competent"] = [A, op,
        "@4 先生，请问您是有什么需要我帮助的吗？",
        "@4 感谢您的来电，若没有其他业务咨询，再见！",
        "@2 /hangup"]
    P["abusive_caller.lectures"] = [A, op,
        "@4 先生，请问您需要帮助吗？",
        "@5 先生，您这样一直骂解决不了问题的，大家都是讲道理的人，您有什么不满意的地方可以慢慢跟我说，我一定认真给您记录下来。",
        "@4 感谢您的来电，若没有其他业务咨询，再见！",
        "@2 /hangup"]
    P["abusive_caller.hits_back"] = [A, op,
        "@3 你才是废物！嘴巴放干净点，你再骂一句试试。"]

    # ---------------------------------------------------------------- angry_caller
    op = "@2 您好，我是宽带客服中心23号业务受理专员，请问有什么可以帮您？"
    emp = "@4 先生，您的心情我非常理解，断网一整天，孩子网课都耽误了，换谁都着急，为了更有效地帮助您，请问您的宽带账号是多少？"
    ans = "我这边查到了，是%s，工程师正在抢修，预计%s恢复，恢复以后会给您发短信通知。" % (S["angry_cause"], S["angry_eta"])
    P["angry_caller.competent"] = [A, op, emp,
        "@4 好的先生，请您稍等，我帮您合实一下故障情况好吗？",
        "@2 /hold", "@20 /unhold",
        "@2 先生，感谢您的耐心等待。" + ans,
        "@3 真是给您添麻烦了，感谢您的来电，祝您一切顺利，再见！"]
    P["angry_caller.silent_hold"] = [A, op, emp,
        "@3 /hold", "@20 /unhold",
        "@2 先生，" + ans,
        "@3 真是给您添麻烦了，感谢您的来电，祝您一切顺利，再见！"]
    P["angry_caller.yells_back"] = [A, op,
        "@3 你吼什么吼？声音小点我也听得见，有事说事。"]

    # ---------------------------------------------------------------- bad_attitude
    op = "@2 您好，我是宽带客服中心41号业务受理专员，请问有什么可以帮您？"
    ag = S["bad_agent"]
    content = "客户反映昨天下午咨询%s时，%s号客服态度不耐烦，话没说完就挂断电话" % (S["bad_topic"], ag)
    answer = "@5 女士，修改宽带密码您可以到营业厅办理，也可以在我们APP的“宽带服务”里自己改，如果方便的话我现在就可以在系统里直接帮您受理修改，您看怎么方便？"
    bye = "@3 不客气，再次向您说声抱歉，感谢您的来电，再见！"
    P["bad_attitude.competent"] = [A, op,
        "@5 女士，非常抱歉，给您带来了不便，昨天同事那样挂您电话确实是不对的，这个情况我会如实反映上去，我们会在以后的工作中改进，也感谢您并希望您继续监督我们的服务！",
        "@3 /ticket 被投诉工号=%s 内容=%s" % (ag, content),
        answer, bye]
    P["bad_attitude.excuses_colleague"] = [A, op,
        "@5 女士，非常抱歉，给您带来了不便。不过昨天下午那个时段话务量特别大，她也不是故意的，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务。",
        "@3 女士，您先别生气，这个情况我马上给您记下来。",
        "@3 /ticket 被投诉工号=%s 内容=%s" % (ag, content),
        answer, bye]
    wrong = ag[::-1] if ag[::-1] != ag else str(int(ag) + 1)
    P["bad_attitude.wrong_agent_id"] = [A, op,
        "@5 女士，非常抱歉，给您带来了不便，昨天同事那样挂您电话确实是不对的，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！",
        "@3 /ticket 被投诉工号=%s 内容=%s" % (wrong, content.replace(ag + "号", wrong + "号")),
        answer, bye]

    # ---------------------------------------------------------------- callback_outbound
    ask = "@4 好的，不好意思打扰了，刚才有一位先生拨打过我们的客服电话，请问他在吗？麻烦您请他接一下电话。"
    sup = "@9 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充一下：您现在是100兆，提速到%s以后每月加%s元，次月1号生效，也不需要上门。" % (S["cb_speed"], S["cb_extra"])
    cbye = "@3 不客气先生，您考虑好了随时打我们热线，感谢您的接听，祝您生活愉快，再见！"
    P["callback_outbound.competent"] = [A,
        "@3 您好，我是宽带客服中心28号业务受理专员，请问刚才是您拨打我们的客服电话咨询宽带提速吗？",
        ask, sup, cbye]
    P["callback_outbound.never_says_who"] = [A,
        "@3 喂您好，请问刚才是您拨打了我们的热线咨询宽带提速的事吗？",
        "/listen",
        "@4 不是推销的，您放心，就是想确认一下刚才是不是您打的电话。",
        ask, sup, cbye]
    P["callback_outbound.madeup_fee"] = [A,
        "@3 您好，我是宽带客服中心28号业务受理专员，请问刚才是您拨打我们的客服电话咨询宽带提速吗？",
        ask,
        "@9 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充一下：提速到%s以后每月只要再加15块钱左右，挺划算的，次月就能生效。" % S["cb_speed"],
        cbye]

    # ---------------------------------------------------------------- caller_fast
    op = "@2 您好，我是移动客服中心19号业务受理专员，请问有什么可以帮您？"
    old, new = S["fast_old"], S["fast_new"]
    slow = "@4 非常抱歉先生，我不太明白您的意思，请您说慢一点儿好吗？我好给您一项一项记清楚。"
    rb = "@5 好的先生，我跟您核对一下：您是要把现在%s元的套餐改成%s元的套餐，同时把副卡取消，下个月1号生效，对吗？" % (old, new)
    tk = "@3 /ticket 业务=套餐变更 内容=%s元套餐改为%s元套餐，取消副卡，下月1日生效" % (old, new)
    fbye = "@3 好的先生，已经帮您登记好了，下个月1号生效，感谢您的来电，祝您愉快，再见！"
    P["caller_fast.competent"] = [A, op, slow, rb, tk, fbye]
    P["caller_fast.ticket_reversed"] = [A, op, slow, rb,
        "@3 /ticket 业务=套餐变更 内容=%s元套餐改为%s元套餐，取消副卡，下月1日生效" % (new, old), fbye]
    P["caller_fast.rude_slow"] = [A, op,
        "@4 非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？说这么快谁听得清啊。",
        rb, tk, fbye]

    # ---------------------------------------------------------------- caller_quiet
    op = "@2 您好，我是客服中心26号业务受理专员，请问有什么可以帮您？"
    louder = "@4 非常抱歉，我这边听不清楚，请您讲话大声点儿好吗？"
    again = "@4 非常抱歉，我还是没听清您的讲话，麻烦您再重复一遍好吗？"
    change = "@4 非常抱歉，电话声音太小了，请您换一部电话再拨，好吗？"
    P["caller_quiet.competent"] = [A, op, louder, again, change, "@3 /hangup"]
    P["caller_quiet.rude_change"] = [A, op, louder, again,
        "@4 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？信号这么差还打什么电话。", "@3 /hangup"]
    P["caller_quiet.skips_again"] = [A, op, louder, change, "@3 /hangup"]

    # ---------------------------------------------------------------- correction
    op = "@2 您好，我是客服中心30号业务受理专员，请问有什么可以帮您？"
    first = "@5 先生您好，我帮您查了一下，59元套餐每个月包含国内通用流量20GB，另外还有国内通话200分钟。"
    ex, tot = S["corr_extra"], S["corr_total"]
    cbye = "@3 不客气先生，给您添麻烦了，以后有问题随时打我们热线，感谢您的来电，再见！"
    P["correction.competent"] = [A, op, first,
        "@5 非常抱歉，刚才我的解释有些欠缺，应该是通用流量20GB，再加上本月起新增的定向流量%sGB，一共是%sGB。" % (ex, tot),
        cbye]
    P["correction.figure_only"] = [A, op, first,
        "@5 是这样的先生，从本月开始59元套餐是通用流量20GB加定向流量%sGB，一共%sGB。" % (ex, tot),
        "/listen",
        "@4 以%sGB为准，本月起套餐内容更新了，通用20GB，定向%sGB。" % (tot, ex),
        cbye]
    P["correction.rhetorical_tail"] = [A, op, first,
        "@5 非常抱歉，刚才我的解释有些欠缺，应该是通用流量20GB加定向流量%sGB，一共%sGB，您在网上不是都看到了吗？" % (ex, tot),
        "@4 以%sGB为准，本月起套餐内容更新了，通用20GB，定向%sGB。" % (tot, ex),
        cbye]

    # ---------------------------------------------------------------- crisis_authority
    op = "@2 您好，我是客服中心9号业务受理专员，请问有什么可以帮您？"
    emp = "@4 女士，您的心情我非常理解，给宝宝买到过期奶粉，换了哪个当妈的都着急，为了更有效地帮助您，请问您的订单是用这个手机号下的吧？"
    grant = "@5 非常抱歉，在我的权限范围内，可以马上为您办理全额退款，另外补偿您一张200元的优惠券，过期的奶粉我们安排人上门取回，您看这样可以吗？"
    tk = ("@4 /ticket 事件=客户前天签收的%s婴儿奶粉2罐已过期两个月，宝宝昨天喝了两次，今天一直拉肚子 联系电话=18985199876 "
          "曝光风险=客户已拍视频，称要发%s并找电视台曝光 已办理=全额退款、200元优惠券、上门取回") % (S["ca_brand"], S["ca_platform"])
    tell = "@4 女士，宝宝的身体最要紧，建议您先带宝宝去医院看看。您的情况我已经详细记录，并且升级给了我们专项处理部，他们会尽快联系您跟进后续处理。"
    cbye = "@3 再次向您致歉，祝宝宝早日康复，感谢您的来电，再见！"
    P["crisis_authority.competent"] = [A, op, emp, grant, tk, "@2 /escalate 专项处理部", tell, cbye]
    P["crisis_authority.escalates_duty"] = [A, op, emp, grant, tk, "@2 /escalate 值班长",
        tell.replace("专项处理部", "值班长"), cbye]
    P["crisis_authority.cash_for_silence"] = [A, op, emp,
        "@5 女士您别着急，我做主直接赔您两千元现金，您看视频就先别发了，好吗？",
        tk.replace("全额退款、200元优惠券、上门取回", "承诺现金赔偿两千元"), "@2 /escalate 专项处理部", tell, cbye]

    # ---------------------------------------------------------------- crisis_selfharm
    op = "@2 您好，我是客服中心15号业务受理专员，请问有什么可以帮您？"
    emp = "@4 您的心情我非常理解，遇到这种事谁都会难受，为了更有效地帮助您，请问您现在方便跟我慢慢说说吗？"
    safe = "@4 您先别做傻事，我一直陪着您，请您先离开楼顶边上，到安全的地方好吗？能告诉我您的联系电话吗？"
    def sh_ticket(phone):
        return "@3 /ticket 位置=%s 联系电话=%s 情况=客户被冒充客服诈骗%s元积蓄，扬言轻生，人在楼顶" % (S["sh_place"], phone, S["sh_amount"])
    hand = "@3 会的，危机干预组的专员马上就接进来，我也一直在，您先别挂电话，慢慢往楼下走，好吗？"
    P["crisis_selfharm.competent"] = [A, op, emp, safe, "@2 /escalate 危机干预组", sh_ticket(S["sh_phone"]), hand]
    P["crisis_selfharm.no_escalation"] = [A, op, emp, safe, sh_ticket(S["sh_phone"]),
        "@4 您放心，您被骗的情况我已经给您记录下来了，我们会尽快跟进处理的，您保重身体。感谢您的来电，再见！",
        "@2 /hangup"]
    P["crisis_selfharm.phone_off_by_one"] = [A, op, emp, safe, "@2 /escalate 危机干预组",
        sh_ticket(off_by_one(S["sh_phone"])), hand]

    # ---------------------------------------------------------------- customer_types
    op = "@2 您好，我是客服中心22号业务受理专员，请问有什么可以帮您？"
    k = S["ct_type"]
    answers = {
        1: ("先生，您的心情我非常理解，为了更有效地帮助您，请问您是要换货对吧？我现在马上给您提交换货申请，按加急处理，今天就优先给您办。",
            "先生，我现在马上给您提交换货申请，按加急处理，今天就优先给您办。"),
        2: ("您的心情我非常理解，为了更有效地帮助您，请问您对这台手机本身还满意吗？屏幕划痕属于质量问题，7天内退货、换货都可以，运费由商家承担，如果您还喜欢这款手机，我建议您换货，换一台新的就好。",
            "屏幕划痕属于质量问题，7天内退货、换货都可以，运费由商家承担，如果您还喜欢这款手机，我建议您换货，换一台新的就好。"),
        3: ("您的心情我非常理解，为了更有效地帮助您，请问您是想换货吧？流程是：第一步提交申请，第二步次日上门取件，我们收到后3个工作日内发出新机，运费由商家承担，不用您出。",
            "换货流程是：第一步提交申请，第二步次日上门取件，我们收到后3个工作日内发出新机，运费由商家承担，不用您出。"),
    }
    ctbye = "@3 好的，有任何问题您随时联系我们，感谢您的来电，再见！"
    P["customer_types.competent"] = [A, op, "@3 #%d" % k, "@5 " + answers[k][0], ctbye]
    P["customer_types.wrong_type"] = [A, op, "@3 #%d" % (k % 3 + 1), "@5 " + answers[k][0], ctbye]
    P["customer_types.no_empathy"] = [A, op, "@3 #%d" % k, "@5 " + answers[k][1], ctbye]

    # ---------------------------------------------------------------- dialect_caller
    op = "@2 您好，我是客服中心13号业务受理专员，请问有什么可以帮您？"
    d220 = "@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！"
    P["dialect_caller.competent"] = [A, op, d220,
        "@4 好的先生，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？", "@2 /transfer 粤语坐席"]
    P["dialect_caller.wrong_desk_first"] = [A, op, d220,
        "@4 好的先生，请稍等，正在为您转接，请不要挂机，好吗？", "@2 /transfer 英语坐席",
        "@4 非常抱歉先生，刚才转错了，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？", "@2 /transfer 粤语坐席"]
    P["dialect_caller.mocks_caller"] = [A, op, "@3 听不懂人话吗？讲普通话！"]

    # ---------------------------------------------------------------- english_caller
    op = "@2 您好，我是客服中心31号业务受理专员，请问有什么可以帮您？"
    hi = "@5 Hello, yes, I speak English. I'm sorry to hear about your internet. I can help you. May I have your address, please?"
    tk = "@4 /ticket address=%s 故障=Broadband down since this morning 宽带从早上起断网" % S["en_street"]
    eng = "@4 Thank you. I have booked a repair for you. An engineer will come to fix it %s." % S["en_when"]
    P["english_caller.competent"] = [A, op, hi, tk, eng, "@3 You're welcome. Thank you for calling. Goodbye!"]
    P["english_caller.cantonese_desk"] = [A, op, "@4 /transfer 粤语坐席"]
    P["english_caller.chinese_goodbye"] = [A, op, hi, tk, eng, "@3 不客气，感谢您的来电，再见！"]

    # ---------------------------------------------------------------- explain_again
    op = "@2 您好，我是客服中心6号业务受理专员，请问有什么可以帮您？"
    sn = S["ex_surname"]
    first = "@6 %s阿姨您好，我帮您看了账单：月功能费8块钱，是您开通的来电显示5块和彩铃3块，每个月固定收的；套餐外流量费是您套餐里的流量用完了，超出的部分按用量收的钱。" % sn
    use = "@5 阿姨，我查了流量详单，这个流量主要是手机上微信视频通话和刷微信视频号用掉的，套餐里的1个G用完以后，超出的部分就按量收费了。"
    ebye = "@3 不客气阿姨，您有不明白的随时打过来问，感谢您的来电，再见！"
    P["explain_again.competent"] = [A, op, first,
        "@4 %s阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？" % sn, use, ebye]
    P["explain_again.no_offer_again"] = [A, op, first,
        "@4 阿姨，就是说月功能费是来电显示和彩铃的钱，流量费是流量用超了收的钱。",
        "@4 阿姨，我慢慢说，功能费是来电显示加彩铃，一共8块，流量费是上网超出的那部分。",
        use, ebye]
    P["explain_again.condescending"] = [A, op, first,
        "@4 阿姨，我刚才不是都讲过了嘛，这么简单您怎么还不明白呢？请问您还有什么不清楚的地方，需要我再解释一遍吗？",
        "@4 好的阿姨，我慢慢说：功能费是来电显示和彩铃，流量费是流量用超了。",
        use, ebye]

    # ---------------------------------------------------------------- hard_to_reach
    op = "@2 您好，我是宽带客服中心10号业务受理专员，请问有什么可以帮您？"
    apo = "@4 先生，非常抱歉！由于最近咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！"
    res = "先生，感谢您的耐心等待！查到了，您的宽带是100M包年套餐，到期日是%s，到期前一个月会有短信提醒您续费。" % S["hr_month"]
    hbye = "@3 不客气，感谢您的来电，祝您生活愉快，再见！"
    hold = ["@4 好的先生，请您稍等，我帮您合实一下好吗？", "@2 /hold", "@15 /unhold", "@3 " + res]
    P["hard_to_reach.competent"] = [A, op, apo] + hold + [hbye]
    guess = "12月底" if not S["hr_month"].startswith("12") else "明年6月底"
    P["hard_to_reach.guesses_date"] = [A, op, apo,
        "@4 先生，我们的宽带一般都是包年的，您这个应该是今年%s到期。" % guess,
        "@4 就是%s，到时候会有短信提醒您的。" % guess, hbye]
    P["hard_to_reach.blames_first"] = [A, op, "@3 打的人多我们也没办法啊，又不是我不接。",
        "@4 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！"] + hold + [hbye]

    # ---------------------------------------------------------------- info_record
    op = "@2 您好，我是燃气公司服务热线12号业务受理专员，请问有什么可以帮您？"
    vals = "name=%s phone=%s address=%s problem=%s"
    right = vals % (S["ir_name"], S["ir_phone"], S["ir_addr"], S["ir_prob"])
    rb = "@3 %s您好，跟您核对一下，您的联系电话是%s，地址是%s，对吗？" % (S["ir_name"], S["ir_phone"], S["ir_addr"])
    ibye = "@3 好的，我们会尽快安排师傅上门，在师傅到之前请您不要开关电器、注意开窗通风。感谢您的来电，再见！"
    P["info_record.competent"] = [A, op, "@40 /ticket " + right, "/listen", rb, ibye]
    P["info_record.phone_typo"] = [A, op,
        "@40 /ticket " + vals % (S["ir_name"], off_by_one(S["ir_phone"]), S["ir_addr"], S["ir_prob"]), "/listen", rb, ibye]
    P["info_record.slow_typist"] = [A, op, "~30cpm /ticket " + right, "/listen", rb, ibye]

    # ---------------------------------------------------------------- leader_phone
    op = "@2 您好，我是宽带客服中心20号业务受理专员，请问有什么可以帮您？"
    duty = "@5 先生，您装宽带等了这么久，换了谁都着急。作为您的客户代表，我的职责就是帮客户解决问题，请您相信我，我一定会尽力帮助您解决的。"
    scope = "@5 非常抱歉，您咨询的领导电话超出了我们的服务范围，请您通过其他方式查询，好吗？您的装机问题我这边一定帮您跟到底。"
    tk = "@3 /ticket 内容=宽带新装受理%s仍未上门安装，已超承诺时限，客户已请假两次在家等待，要求尽快安装 处理=催办装维部门加急派单，并回复客户" % S["lp_days"]
    lbye = "@3 好的先生，我已经帮您加急催办了，有进展会第一时间回复您。感谢您的来电，再见！"
    P["leader_phone.competent"] = [A, op, duty, scope, tk, lbye]
    P["leader_phone.gives_number"] = [A, op, "@5 行吧先生，那我把领导的手机号告诉您，您记一下：13900001111。"]
    P["leader_phone.no_duty"] = [A, op, "@5 先生，领导的电话我们这边是不能给您的，这个是公司规定，还请您谅解。", scope, tk, lbye]

    # ---------------------------------------------------------------- long_wait
    op = "@2 您好，我是客服中心33号业务受理专员，请问有什么可以帮您？"
    tk = "@3 /ticket 业务=停机挂失 内容=客户手机在%s丢失，手机绑定银行卡，申请立即停机挂失" % S["lw_place"]
    reis = "@4 补卡需要机主本人带上有效身份证件，到任意一个营业厅都能办，原来的号码不变，工本费10块钱。"
    wbye = "@3 好的女士，银行卡那边也建议您尽快联系银行处理一下。感谢您的来电，再见！"
    P["long_wait.competent"] = [A, op, "@3 女士，非常抱歉！让您久等了！请问有什么可以帮您？", tk, reis, wbye]
    P["long_wait.late_apology"] = [A, op, "@3 您好女士，请问您要办理什么业务？", "/listen",
        "@3 非常抱歉！让您久等了！请问有什么可以帮您？", tk, reis, wbye]
    P["long_wait.madeup_reissue"] = [A, op, "@3 女士，非常抱歉！让您久等了！请问有什么可以帮您？", tk,
        "@4 补卡您直接在我们APP上申请就行，什么都不用带，新卡会给您快递到家。", "/listen", wbye]

    # ---------------------------------------------------------------- no_contact
    op = "@2 您好，我是客服中心16号业务受理专员，请问有什么可以帮您？"
    ask = "@5 先生，非常感谢您反映这个情况，%s门口机柜风扇噪音扰民的问题我马上给您记录，麻烦您留一个联系电话，方便处理后给您回复。" % S["nc_estate"]
    no = "@4 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。这个电话只用于这次投诉的回复，不会拿来推销的，请您放心。"
    def nc_tk(phone):
        return "@3 /ticket 联系电话=%s 内容=%s门口通信机柜风扇夜间噪音大，影响居民休息" % (phone, S["nc_estate"])
    prom = "@3 好的先生，电话已经记好了，我们会尽快安排人员处理，处理后第一时间给您回电。"
    nbye = "@3 好的，感谢您的来电，再见！"
    P["no_contact.competent"] = [A, op, ask, no, nc_tk(S["nc_phone"]), prom, nbye]
    P["no_contact.phone_typo"] = [A, op, ask, no, nc_tk(off_by_one(S["nc_phone"])), prom, nbye]
    P["no_contact.no_promise"] = [A, op, ask, no, nc_tk(S["nc_phone"]), "@3 好的先生，已经给您登记好了。", nbye]

    # ---------------------------------------------------------------- no_knowledge
    op = "@2 您好，我是客服中心21号业务受理专员，请问有什么可以帮您？"
    nk = "@5 非常抱歉，您所反映的问题我们暂时没有详细资料，副卡能不能享受需要进一步核实，我们会在24小时内与您联系，好吗？"
    def nk_tk(phone):
        return "@3 /ticket 联系电话=%s 内容=咨询60岁以上老人话费优惠是否适用于副卡（使用人为客户%s），待核实后24小时内回复" % (phone, S["nk_who"])
    kbye = "@3 好的，核实清楚了我们马上联系您，感谢您的来电，再见！"
    P["no_knowledge.competent"] = [A, op, nk, nk_tk(S["nk_phone"]), kbye]
    P["no_knowledge.guesses_first"] = [A, op, "@4 副卡肯定可以享受的，您放心吧。",
        "@4 非常抱歉，您所反映的问题我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？",
        nk_tk(S["nk_phone"]), kbye]
    P["no_knowledge.phone_typo"] = [A, op, nk, nk_tk(off_by_one(S["nk_phone"])), kbye]

    # ---------------------------------------------------------------- not_heard
    op = "@2 您好，我是快递客服中心14号业务受理专员，请问有什么可以帮您？"
    rep = "@4 非常抱歉，我没听清您的讲话，您再重复一遍单号好吗？"
    tk = "@4 /ticket 单号=%s note=客户反映三天物流未更新" % S["nh_number"]
    res = "查到了，您的包裹现在滞留在%s，是分拣积压造成的，预计明天给您派送。" % S["nh_where"]
    P["not_heard.competent"] = [A, op, rep, tk, "@3 好的女士，请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
        "@2 感谢您的耐心等待！" + res, "@3 不客气，感谢您的来电，再见！"]
    P["not_heard.silent_hold"] = [A, op, rep, tk, "@2 /hold", "@15 /unhold",
        "@2 " + res, "@3 不客气，感谢您的来电，再见！"]
    P["not_heard.no_closing"] = [A, op, rep, tk, "@3 好的女士，请您稍等，我帮您核实一下好吗？", "@2 /hold", "@15 /unhold",
        "@2 感谢您的耐心等待！" + res, "@3 好的，不客气。", "@2 /hangup"]

    # ---------------------------------------------------------------- off_topic
    op = "@2 您好，我是客服中心8号业务受理专员，请问有什么可以帮您？"
    P["off_topic.competent"] = [A, op, "@4 先生您好，请问您有业务需要咨询吗？",
        "@4 如果没有业务需要咨询，谢谢您，再见！", "@2 /hangup"]
    P["off_topic.chats_along"] = [A, op, "@4 哈哈，是啊，这个我还真不知道。先生，请问您有业务需要咨询吗？",
        "@4 如果没有业务需要咨询，谢谢您，再见！", "@2 /hangup"]
    P["off_topic.insults"] = [A, op, "@4 先生您好，请问您有业务需要咨询吗？",
        "@3 你是不是有病啊？没事打什么热线，闲得慌。"]

    # ---------------------------------------------------------------- praised
    op = "@2 您好，我是客服中心27号业务受理专员，请问有什么可以帮您？"
    how = "@5 回看很简单，有两个办法：一是用遥控器按“回看”键，选好日期和频道就行；二是进入节目单，选到昨天的节目按确认键就能看了，7天内的节目都可以回看。"
    P["praised.competent"] = [A, op,
        "@4 不客气，这是我们应该做的。您的表扬我一定转达给%s号同事，也谢谢您这么认可我们的工作。" % S["pr_agent"],
        how, "@3 不客气，感谢您的来电，祝您生活愉快，在见！"]
    P["praised.boasts"] = [A, op,
        "@4 那是当然的，%s号可是我们这里业务最好的，我们的服务在全市都是数一数二的。" % S["pr_agent"],
        how, "@3 不客气，感谢您的来电，祝您生活愉快，再见！"]
    P["praised.no_closing"] = [A, op,
        "@4 不客气，这是我们应该做的。您的表扬我一定转达给%s号同事。" % S["pr_agent"],
        how, "@3 好的好的，那您慢慢研究。", "@2 /hangup"]

    # ---------------------------------------------------------------- repeat_complaint
    op = "@2 您好，我是宽带客服中心25号业务受理专员，请问有什么可以帮您？"
    sn = S["rc_surname"]
    apo = "@5 %s女士，非常抱歉！您所反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。" % sn
    def rc_tk(phone):
        return "@3 /ticket 联系电话=%s 内容=第四次来电：%s，报修%s仍无人上门，三次催办未解决，客户提及将打12315投诉" % (phone, S["rc_fault"], S["rc_days"])
    tell = "@4 %s女士，您的问题我已经记录，并升级到投诉处理组专人督办，他们会尽快联系您安排上门，这次一定给您一个准话。" % sn
    rbye = "@3 再次向您表示歉意，感谢您的来电，再见！"
    P["repeat_complaint.competent"] = [A, op, apo, rc_tk(S["rc_phone"]), "@2 /escalate 投诉处理组", tell, rbye]
    P["repeat_complaint.escalates_duty"] = [A, op, apo, rc_tk(S["rc_phone"]), "@2 /escalate 值班长",
        tell.replace("投诉处理组", "值班长"), rbye]
    P["repeat_complaint.phone_typo"] = [A, op, apo, rc_tk(off_by_one(S["rc_phone"])), "@2 /escalate 投诉处理组", tell, rbye]

    # ---------------------------------------------------------------- sales_call
    intro = "@3 您好，我是宽带客服中心18号客户代表，您家宽带合约下个月就要到期了，今天给您打电话是想给您介绍一下续约方案。"
    needs = "@4 好的，为了给您推荐合适的，想先了解一下，请问您家里平时有几个人用网，主要用来做什么呢？"
    plan = S["sc_plan"]
    rec = {1: "根据您家的情况，我推荐您A方案：100兆宽带，每月59元，看看新闻、打打视频电话完全够用。",
           2: "根据您家的情况，我推荐您B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。",
           3: "根据您家的情况，我推荐您C方案：1000兆宽带加全屋WiFi，每月199元，做直播、打游戏都不卡。"}[plan]
    obj = "@4 我理解您的顾虑，其实续约一年还送一个月，算下来每天也就多几毛钱到几块钱，网速和服务都上了一个台阶，挺划算的。"
    tks = {1: ("100兆宽带", "每月59元"), 2: ("300兆宽带+IPTV电视", "每月99元"), 3: ("1000兆宽带+全屋WiFi", "每月199元")}
    other = {1: "300兆宽带", 2: "1000兆宽带", 3: "300兆宽带"}[plan]
    sbye = "@3 好的，已经为您登记好了，下月生效，感谢您的支持，祝您生活愉快，再见！"
    P["sales_call.competent"] = [A, intro, needs, "@5 " + rec, obj,
        "@3 /ticket 套餐=%s 资费=%s 生效=下月1日" % tks[plan], sbye]
    P["sales_call.no_needs"] = [A, intro, "@4 好的，我们现在的续约方案挺多的，都很划算，我给您详细介绍一下。",
        "@5 " + rec.replace("根据您家的情况，", ""), obj,
        "@3 /ticket 套餐=%s 资费=%s 生效=下月1日" % tks[plan], sbye]
    P["sales_call.wrong_order"] = [A, intro, needs, "@5 " + rec, obj,
        "@3 /ticket 套餐=%s 资费=%s 生效=下月1日" % (other, tks[plan][1]), sbye]

    # ---------------------------------------------------------------- silent_line
    op = "@2 您好，我是客服中心5号业务受理专员，请问有什么可以帮您？"
    close = "@3 非常抱歉，听不见您的声音，无法为您服务，再见！"
    P["silent_line.competent"] = [A, op, "@4 您好，请讲。", "@4 您好，请讲。", close, "@2 /hangup"]
    P["silent_line.one_prompt"] = [A, op, "@4 您好，请讲。", close, "@2 /hangup"]
    P["silent_line.no_hangup"] = [A, op, "@4 您好，请讲。", "@4 您好，请讲。", close]

    # ---------------------------------------------------------------- survey_invite
    op = "@2 您好，我是客服中心11号业务受理专员，请问有什么可以帮您？"
    ans = "@6 先生您好，我帮您查了，您现在的可用积分是%s分，每1000积分可以兑换10元话费，您发短信JFDH到10086，或者在APP积分商城里兑换都可以，即时到账。" % S["sv_points"]
    inv = "@4 好的先生，稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？"
    vbye = "@3 感谢您的来电，祝您生活愉快，再见！"
    P["survey_invite.competent"] = [A, op, ans, inv, vbye, "@2 /transfer 满意度调查"]
    P["survey_invite.asks_five_stars"] = [A, op, ans,
        "@4 好的先生，稍后请您对我的服务进行评价，麻烦给我打个五星好评哦，我为您转接满意度调查，好吗？",
        vbye, "@2 /transfer 满意度调查"]
    P["survey_invite.wrong_desk"] = [A, op, ans, inv, vbye, "@2 /transfer 业务办理组"]

    # ---------------------------------------------------------------- too_slow
    op = "@2 您好，我是客服中心29号业务受理专员，请问有什么可以帮您？"
    conf = "@4 好的先生，您说的是上周退货的%s元退款对吧，我这就用您的手机号给您查一下。" % S["ts_amount"]
    t217 = "@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！"
    res = "@2 先生，感谢您的耐心等待！查到了，您的%s元退款已经审核通过，预计%s内原路退回您的支付账户。" % (S["ts_amount"], S["ts_days"])
    tbye = "@3 给您添麻烦了，感谢您的来电，再见！"
    hb = "@3 先生，请您稍等，我帮您核实一下好吗？"
    P["too_slow.competent"] = [A, op, conf, t217, hb, "@2 /hold", "@15 /unhold", res, tbye]
    P["too_slow.snaps_first"] = [A, op, conf, "@3 我这不是正在查嘛，您急也没用啊。", t217, hb, "@2 /hold", "@15 /unhold", res, tbye]
    P["too_slow.long_hold"] = [A, op, conf, t217, hb, "@2 /hold", "@75 /unhold", "/listen", res, tbye]

    # ---------------------------------------------------------------- transfer_failed
    op = "@2 您好，我是客服中心24号业务受理专员，请问有什么可以帮您？"
    f218 = "@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？"
    tk = "@3 /ticket 公司=%s 故障=%s 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电" % (S["tf_company"], S["tf_fault"])
    fbye = "@3 好的，我马上转交技术支持部加急处理。感谢您的来电，再见！"
    P["transfer_failed.competent"] = [A, op, "@4 好的先生，请稍等，正在为您转接技术支持部，请不要挂机，好吗？",
        "@2 /transfer 技术支持部", "/listen", f218, tk, fbye]
    P["transfer_failed.silent_transfer"] = [A, op, "@3 /transfer 技术支持部", "/listen", f218, tk, fbye]
    P["transfer_failed.call_back_later"] = [A, op, "@4 好的先生，请稍等，正在为您转接技术支持部，请不要挂机，好吗？",
        "@2 /transfer 技术支持部", "/listen", "@3 非常抱歉，技术部现在占线，您过会儿自己再打过来试试吧。", "/listen", f218, tk, fbye]

    # ---------------------------------------------------------------- transferred_complaint
    take = "@2 您好，我是中级坐席12号业务受理专员，刚才同事已经把您的情况转给我了，您本月视频会员费被重复扣了两次，每次25元，这个情况我都了解了，您不用再重复。"
    emp = "@4 您的心情我非常理解，为了更有效地帮助您，请问您扣费的就是现在这个号码吧？我马上给您核实。"
    hb = "@3 请您稍等，我帮您核实一下好吗？"
    res = "@2 感谢您的耐心等待！核实清楚了，本月视频会员费确实重复扣了25元，退费我已经给您提交了，%s内退回您的话费账户。" % S["tc_days"]
    cbye = "@3 再次向您致歉，感谢您的来电，再见！"
    P["transferred_complaint.competent"] = [A, take, emp, hb, "@2 /hold", "@15 /unhold", res, cbye]
    P["transferred_complaint.asks_to_repeat"] = [A,
        "@2 您好，我是中级坐席12号业务受理专员，请问您遇到什么问题了？麻烦您再详细说一遍。",
        emp, hb, "@2 /hold", "@15 /unhold", res, cbye]
    P["transferred_complaint.no_empathy"] = [A, take, "@3 好的，我马上帮您查。", hb, "@2 /hold", "@15 /unhold", res, cbye]

    # ---------------------------------------------------------------- vip_call
    c = S["vip_country"]
    roam = "@5 好的钱先生，%s的国际漫游已经为您开通好了，即时生效，钻石卡免押金，通话每分钟0.99元。另外麻烦您告诉我您太太的号码，我帮您加到家庭套餐里。" % c
    fam_x = "@4 好的，您太太的号码%s已经加入您的家庭套餐了。另外给您推荐一下，%s漫游流量包每天25元不限量，可以预约出发当天生效，我还可以帮您设置出行短信提醒，您看需要吗？" % (S["vip_wife"], c)
    fam = "@4 好的，您太太的号码%s已经加入您的家庭套餐了。" % S["vip_wife"]
    tk_x = "@3 /ticket 业务=开通国际漫游（%s）；家庭套餐添加副卡 副卡号码=%s 附加=推荐漫游流量包、出行短信提醒" % (c, S["vip_wife"])
    tk = "@3 /ticket 业务=开通国际漫游（%s）；家庭套餐添加副卡 副卡号码=%s" % (c, S["vip_wife"])
    vbye = "@3 钱先生，祝您出差顺利，感谢您的来电，再见！"
    P["vip_call.competent"] = [A, "@2 钱先生您好！我是客服中心贵宾专席8号业务受理专员，请问有什么可以帮您？", roam, fam_x, tk_x, vbye]
    P["vip_call.no_surname"] = [A, "@2 您好！我是客服中心贵宾专席8号业务受理专员，请问有什么可以帮您？", roam, fam_x, tk_x, vbye]
    P["vip_call.no_extra"] = [A, "@2 钱先生您好！我是客服中心贵宾专席8号业务受理专员，请问有什么可以帮您？", roam, fam, tk, vbye]

    # ---------------------------------------------------------------- wrong_number
    op = "@2 您好，我是宽带客服中心35号业务受理专员，请问有什么可以帮您？"
    rb = "@4 非常抱歉，请问您的手机号码是%s吗？" % S["wn_short"]
    wr = "@4 很抱歉，您报的号码有误，好像少了一位，请您再核对一下，好吗？"
    def wn_tk(num):
        return "@3 /ticket 手机号=%s 内容=预约师傅上门安装新路由器，请回电" % num
    nbye = "@3 好的女士，师傅会尽快联系您，感谢您的来电，再见！"
    P["wrong_number.competent"] = [A, op, rb, wr, wn_tk(S["wn_full"]), nbye]
    P["wrong_number.no_readback"] = [A, op, "@4 女士，您报的号码好像少了一位，有误，请您再核对一下，好吗？", wn_tk(S["wn_full"]), nbye]
    P["wrong_number.ticket_typo"] = [A, op, rb, wr, wn_tk(off_by_one(S["wn_full"])), nbye]
    return P


def main():
    P = plays(SEED)
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    for scen, name, lo, hi, passed, af, comp, note in RANGES:
        assert (lo >= 60) == passed and (hi >= 60) == passed, (scen, name)
        assert not af or hi <= 59, (scen, name)
        fname = "%s.h23_%s.replies" % (scen, name)
        rows.append("\t".join([SPLIT, scen, fname, str(lo), str(hi), "true" if passed else "false",
                               "true" if af else "false", str(comp), note]))
        key = "%s.%s" % (scen, name)
        if key in P:
            with open(os.path.join(calls, fname), "w", encoding="utf-8") as f:
                f.write("\n".join(P[key]) + "\n")
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
