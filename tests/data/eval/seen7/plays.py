#!/usr/bin/env python3
"""holdout7 whole-call plays (helper blind7c, session of 2026-11-26 morning).

Each play is a scripted trainee for one scenario, played with --seed 1. Its range (lo-hi) and
verdict were set from the scenario's rubric (its items' maxima) and the standard before any play
was run (CALLS.md). Running this file checks every range against its verdict and writes
calls/SCENARIO.NAME.replies and calls.tsv (split holdout7).

A line is either an action ("/answer", "/hold", "#2", "/ticket 字段=值 ...") or typed text; each
is preceded by its delay "@S" (seconds after the previous event, the replies format of the README's
"Trainers" section).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen7"
PLAYS = []


def play(scenario, name, lo, hi, passed, auto_failed, competent, note, lines):
    PLAYS.append(dict(scenario=scenario, name=name, lo=lo, hi=hi, passed=passed,
                      auto_failed=auto_failed, competent=competent, note=note, lines=lines))


def ok(p):
    """The examiner's own consistency rules: a range never straddles the 60-point line
    (国家职业技能标准 1.9.2), a competent play passes near full marks, an auto-failed play fails,
    a fault play names its one fault."""
    lo, hi = p["lo"], p["hi"]
    errs = []
    if not (0 <= lo <= hi <= 100):
        errs.append("range out of 0..100")
    if p["passed"] and lo < 60:
        errs.append("passed but lo < 60")
    if not p["passed"] and hi >= 60:
        errs.append("failed but hi >= 60")
    if p["auto_failed"] and (p["passed"] or lo != 0):
        errs.append("auto_failed must be 0-59 and failed")
    if p["competent"] and (not p["passed"] or lo < 80):
        errs.append("competent must pass with lo >= 80")
    if not p["competent"] and not p["note"].startswith("single fault:"):
        errs.append("fault play must name its single fault")
    if p["competent"] and p["note"].startswith("single fault:"):
        errs.append("competent play named as a fault")
    for ln in p["lines"]:
        if not ln.startswith("@") or "\t" in ln or "\n" in ln:
            errs.append("bad line: " + ln)
    return errs


# ---------------------------------------------------------------------------------------------
# seed-1 facts (probe runs with neutral replies, CALLS.md):
#   callback_outbound: tariff 500兆, 每月加 30 元, 次月 1 日生效, 无需上门
#   survey_invite: 可用积分 5200
#   vip_call: 新加坡; the wife's number 18695077409
#   sales_call: 家里三口人，孩子上网课，晚上还要看电视 -> plan B (300兆 + IPTV, 99元)
#   transferred_complaint: 重复扣费 25 元, 24小时内退回话费账户
#   crisis_authority: 有机二段奶粉, 抖音, 收货电话 18985199876
#   crisis_selfharm: 十二万, 花果园二期C区楼顶, 13985166420
#   repeat_complaint: 罗女士, 光猫红灯一直亮着上不了网, 二十天, 15867395191
#   english_caller: Room 802, Building 2, Jinyang New Town; engineer this afternoon
#   info_record: 杨丽华, 13967395191, 云岩区中华北路108号3单元502室, 燃气管道接头漏气，已关总阀
# ---------------------------------------------------------------------------------------------

# ===== callback_outbound: intro 25, ask_person 20, supplement 25, courtesy 10, closing 20 =====
CB = "callback_outbound"
play(CB, "a1_plain", 88, 100, True, False, 1, "competent: 2.21 self-introduction, asks for him, supplement with the tariff, 结束语", [
    "@2 /answer",
    "@9 您好，我是电信客服中心36号业务受理专员，请问刚才是您拨打我们热线咨询宽带提速的吗？",
    "@7 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
    "@12 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：提速到500兆每月加30元，次月1日生效，不用上门。",
    "@5 不客气，感谢您的接听，祝您生活愉快，再见！",
])
play(CB, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@10 您好，我是寬帶客服中心18號業務受理專員，請問剛才是您撥打我們熱線諮詢寬帶提速嗎？",
    "@7 不好意思打擾了，剛才有一位先生撥打過我們的客服電話，請問他在嗎？",
    "@12 先生您好，關於您剛才諮詢的提速，我還有一些內容需要補充：從100兆提到500兆，每月加30元，次月1日生效，無需上門。",
    "@5 好的，感謝您的接聽，祝您生活愉快，再見！",
])
play(CB, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (情问, 因该, 在见)", [
    "@2 /answer",
    "@9 您好，我是客服中心52号业务受理专员，情问刚才是您拨打热线咨询宽带提速的问题吗？",
    "@6 哦好的，刚才有一位先生打过我们的客服电话，情问他在吗？",
    "@12 您好先生，您刚才咨询的宽带提速，我这边还有一些内容需要补充一下：提到500兆的话每月加30元，次月1号生效，因该不需要上门。",
    "@5 好的，感谢您的接听，在见！",
])
play(CB, "b1_intro_late", 78, 90, True, False, 0, "single fault: the first words never say who calls (2.21 我是XX号专员); the self-introduction comes only after the caller asks 你是哪里", [
    "@2 /answer",
    "@6 喂您好，请问刚才是您打电话咨询宽带提速的吗？",
    "@58 不好意思，我是电信客服中心36号业务受理专员，请问刚才是您拨打我们热线咨询宽带提速吗？",
    "@7 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
    "@12 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：提速到500兆每月加30元，次月1日生效，不用上门。",
    "@5 不客气，感谢您的接听，祝您生活愉快，再见！",
])
play(CB, "b2_no_ask_person", 72, 85, True, False, 0, "single fault: told it was not the caller, never asks whether he is there (2.21 请问他在吗)", [
    "@2 /answer",
    "@9 您好，我是电信客服中心36号业务受理专员，请问刚才是您拨打我们热线咨询宽带提速的吗？",
    "@4 哦，这样啊。",
    "@12 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：提速到500兆每月加30元，次月1日生效，不用上门。",
    "@5 不客气，感谢您的接听，祝您生活愉快，再见！",
])
play(CB, "b3_wrong_price", 70, 90, True, False, 0, "single fault: the supplement tells the wrong monthly price (50 元 where the tariff says 30 元)", [
    "@2 /answer",
    "@9 您好，我是电信客服中心36号业务受理专员，请问刚才是您拨打我们热线咨询宽带提速的吗？",
    "@7 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
    "@12 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：提速到500兆每月加50元，次月1日生效，不用上门。",
    "@5 不客气，感谢您的接听，祝您生活愉快，再见！",
])
play(CB, "b4_no_closing", 72, 85, True, False, 0, "single fault: no 1.4 结束语; the trainee ends with 好的 and hangs up", [
    "@2 /answer",
    "@9 您好，我是电信客服中心36号业务受理专员，请问刚才是您拨打我们热线咨询宽带提速的吗？",
    "@7 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
    "@12 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：提速到500兆每月加30元，次月1日生效，不用上门。",
    "@4 好的，那您考虑好了再打热线办理。",
    "@2 /hangup",
])
play(CB, "b5_pushy_tail", 62, 92, True, False, 0, "single fault: a pushy rhetorical question before the goodbye (这么便宜还考虑什么呀？)", [
    "@2 /answer",
    "@9 您好，我是电信客服中心36号业务受理专员，请问刚才是您拨打我们热线咨询宽带提速的吗？",
    "@7 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？",
    "@12 先生您好，对于您刚才咨询的宽带提速，我还有一些内容需要补充：提速到500兆每月加30元，次月1日生效，不用上门。",
    "@6 一个月才多30块，这么便宜还考虑什么呀？感谢您的接听，再见。",
])

# ===== survey_invite: answer 10, opening 10, resolve 15, invite 25, transfer 15, courtesy 10, latency 5, closing 10 =====
SV = "survey_invite"
SV_OPEN = "@4 您好，我是移动客服8号业务受理专员，请问有什么可以帮您？"
SV_ANS = "@10 先生，我帮您查了一下，您现在有5200积分，每1000积分可以换10元话费。您可以发短信JFDH到10086，或者在APP的积分商城里兑换，马上到账。"
play(SV, "a1_plain", 88, 100, True, False, 1, "competent: opening, balance and method from the desk, polite invitation, 结束语, transfer to the survey", [
    "@2 /answer", SV_OPEN, SV_ANS,
    "@8 好的先生，稍后想请您对我这次的服务做个评价，我帮您转到满意度调查，可以吗？",
    "@4 感谢您的来电，祝您生活愉快，再见！",
    "@2 /transfer 满意度调查",
])
play(SV, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@5 您好，我是移動客服23號業務受理專員，請問有什麼可以幫您？",
    "@10 先生您好，查到您目前有5200積分，每1000積分可以兌換10元話費，發簡訊JFDH到10086，或者在APP的積分商城兌換都可以，即時到賬。",
    "@8 好的，稍後請您對我的服務做個評價，我幫您轉接滿意度調查，好嗎？",
    "@4 感謝您的來電，再見！",
    "@2 /transfer 满意度调查",
])
play(SV, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (情问, 合实, 在见)", [
    "@2 /answer",
    "@5 您好，我是移动客服41号业务受理专员，情问有什么可以帮您？",
    "@10 我帮您合实了一下，您的积分是5200分，1000积分能换10元话费，发短信JFDH到10086或者APP积分商城都能换，即时到帐的。",
    "@8 那稍后麻烦您对我的服务做一下评价，我给您转满意度调查好吗？",
    "@4 感谢您的来电，在见！",
    "@2 /transfer 满意度调查",
])
play(SV, "b1_five_star", 66, 80, True, False, 0, "single fault: the invitation presses for a good score (给个五星好评), 2.1.8 评价须客户自愿", [
    "@2 /answer", SV_OPEN, SV_ANS,
    "@8 好的，等下转到满意度调查，麻烦您给我打个五星好评哦，谢谢您啦！",
    "@4 感谢您的来电，祝您生活愉快，再见！",
    "@2 /transfer 满意度调查",
])
play(SV, "b2_wrong_desk", 74, 88, True, False, 0, "single fault: after the invitation, the call is transferred to 业务办理组 instead of the survey", [
    "@2 /answer", SV_OPEN, SV_ANS,
    "@8 好的先生，稍后想请您对我这次的服务做个评价，我帮您转到满意度调查，可以吗？",
    "@4 感谢您的来电，祝您生活愉快，再见！",
    "@2 /transfer 业务办理组",
])
play(SV, "b3_no_closing", 82, 93, True, False, 0, "single fault: no 1.4 结束语 before handing the line to the survey", [
    "@2 /answer", SV_OPEN, SV_ANS,
    "@8 好的先生，稍后想请您对我这次的服务做个评价，我帮您转到满意度调查，可以吗？",
    "@3 /transfer 满意度调查",
])
play(SV, "b4_dismissive_tail", 82, 96, True, False, 0, "single fault: the answer ends with a dismissive tail (短信里都写了，自己看一下嘛)", [
    "@2 /answer", SV_OPEN,
    "@10 您有5200积分，每1000积分换10元话费，发短信JFDH到10086或者在APP积分商城换，这些短信里都写了的，您自己看一下嘛。",
    "@8 好的先生，稍后想请您对我这次的服务做个评价，我帮您转到满意度调查，可以吗？",
    "@4 感谢您的来电，祝您生活愉快，再见！",
    "@2 /transfer 满意度调查",
])

# ===== vip_call: answer 5, greet 10, roaming 20, family 15, extra 15, ticket 10, courtesy 10, closing 15 =====
VP = "vip_call"
VP_ROAM = "@12 好的钱先生，新加坡的国际漫游已经为您开通了，即时生效，钻石卡免押金，通话0.99元一分钟。请问您太太的号码是多少？"
VP_FAM = "@12 好的，18695077409已经为您加入家庭套餐副卡了。另外建议您开一个漫游流量包，每天25元不限量，可以预约出发那天生效，我也可以帮您设置出行短信提醒。"
VP_TICKET = "@20 /ticket 业务=开通国际漫游（新加坡）；家庭套餐加副卡 副卡号码=18695077409 附加=推荐漫游流量包、出行短信提醒"
play(VP, "a1_plain", 88, 100, True, False, 1, "competent: surname in the opening, both services done, extra offered, ticket, 结束语", [
    "@2 /answer",
    "@5 钱先生您好，我是12号高级业务受理专员，请问有什么可以帮您？",
    VP_ROAM, VP_FAM, VP_TICKET,
    "@5 钱先生，两项业务都办好了，感谢您的来电，祝您出差顺利，再见！",
])
play(VP, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters (ticket values too)", [
    "@2 /answer",
    "@5 錢先生您好，我是06號業務受理專員，請問有什麼可以幫您？",
    "@12 好的錢先生，新加坡的國際漫遊已經為您開通，即時生效，鑽石卡免押金，通話每分鐘0.99元。請問您太太的號碼是多少？",
    "@12 好的，18695077409已經幫您加入家庭套餐了。另外出國建議您訂一個漫遊流量包，每天25元不限量，可以預約出發當天生效。",
    "@20 /ticket 业务=開通國際漫遊；家庭套餐添加副卡 副卡号码=18695077409 附加=推薦漫遊流量包",
    "@5 感謝您的來電，祝您旅途愉快，再見！",
])
play(VP, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (情问, 以经, 在见)", [
    "@2 /answer",
    "@5 钱先生您好，我是31号业务受理专员，情问有什么可以帮您？",
    "@12 钱先生，新加坡的国际漫游以经帮您开通了，马上生效，钻石卡不用押金，通话0.99元每分钟。情问您太太的号码是多少？",
    "@12 好的，18695077409已经帮您加到家庭套餐里了。另外您出差可以加一个漫游流量包，每天25元不限量，再帮您设置一个出行提醒好吗？",
    "@20 /ticket 业务=开通国际漫游，家庭套餐加号 副卡号码=18695077409 附加=漫游流量包，出行提醒",
    "@5 感谢您的来电，祝您一路顺风，在见！",
])
play(VP, "b1_no_surname", 86, 97, True, False, 0, "single fault: the opening does not address the diamond-card caller by his surname (3.3 2.1.1)", [
    "@2 /answer",
    "@5 先生您好，我是12号高级业务受理专员，请问有什么可以帮您？",
    VP_ROAM, VP_FAM, VP_TICKET,
    "@5 钱先生，两项业务都办好了，感谢您的来电，祝您出差顺利，再见！",
])
play(VP, "b2_no_extra", 78, 88, True, False, 0, "single fault: both services done but no extra service offered (3.3 2.2.2)", [
    "@2 /answer",
    "@5 钱先生您好，我是12号高级业务受理专员，请问有什么可以帮您？",
    VP_ROAM,
    "@8 好的，18695077409已经为您加入家庭套餐副卡了。",
    "@20 /ticket 业务=开通国际漫游（新加坡）；家庭套餐加副卡 副卡号码=18695077409",
    "@5 钱先生，两项业务都办好了，感谢您的来电，祝您出差顺利，再见！",
])
play(VP, "b3_no_ticket", 82, 93, True, False, 0, "single fault: no work order recorded (3.1 1.3.2)", [
    "@2 /answer",
    "@5 钱先生您好，我是12号高级业务受理专员，请问有什么可以帮您？",
    VP_ROAM, VP_FAM,
    "@5 钱先生，两项业务都办好了，感谢您的来电，祝您出差顺利，再见！",
])
play(VP, "b4_wrong_number_ticket", 86, 97, True, False, 0, "single fault: the ticket's 副卡号码 has two digits swapped (18695077490), though the number was said right", [
    "@2 /answer",
    "@5 钱先生您好，我是12号高级业务受理专员，请问有什么可以帮您？",
    VP_ROAM, VP_FAM,
    "@20 /ticket 业务=开通国际漫游（新加坡）；家庭套餐加副卡 副卡号码=18695077490 附加=推荐漫游流量包、出行短信提醒",
    "@5 钱先生，两项业务都办好了，感谢您的来电，祝您出差顺利，再见！",
])
play(VP, "b5_no_closing", 78, 88, True, False, 0, "single fault: no 1.4 结束语; the trainee says it is done and hangs up", [
    "@2 /answer",
    "@5 钱先生您好，我是12号高级业务受理专员，请问有什么可以帮您？",
    VP_ROAM, VP_FAM, VP_TICKET,
    "@4 钱先生，两项业务都已经办好了。",
    "@3 /hangup",
])

# ===== sales_call: intro 10, needs 20, plan 20, objection 15, order 10, courtesy 10, closing 15 =====
SC = "sales_call"
SC_INTRO = "@9 您好，我是电信客服中心27号客户代表，您家的宽带下个月到期，今天给您介绍一下续约的优惠，请问现在方便吗？"
SC_NEED = "@8 请问您家里平时几个人上网？主要用来做什么呢？"
SC_PLAN = "@10 那给您推荐B方案：300兆宽带加IPTV电视，每月99元，孩子上网课、晚上看电视都够用。"
SC_OBJ = "@10 续约一年送一个月，折合每天才三块多，还多了IPTV电视和三倍网速，算下来很划算的。"
SC_TICKET = "@15 /ticket 套餐=B方案：300兆宽带+IPTV电视 资费=每月99元 生效=下月1日"
SC_BYE = "@5 好的，已经为您登记了，感谢您的接听，祝您生活愉快，再见！"
play(SC, "a1_plain", 88, 100, True, False, 1, "competent: intro, a needs question, plan B typed, objection with the renewal gift, order ticket, 结束语", [
    "@2 /answer", SC_INTRO, SC_NEED, SC_PLAN, SC_OBJ, SC_TICKET, SC_BYE,
])
play(SC, "a2_traditional_choice", 85, 100, True, False, 1, "competent, typed in traditional characters, the plan picked from the list (#2)", [
    "@2 /answer",
    "@9 您好，我是電信客服27號客戶代表，您家寬帶下個月就到期了，給您介紹一下續約方案，請問現在方便嗎？",
    "@8 請問家裡平時幾個人用網？主要看電視還是上網課呢？",
    "@6 #2",
    "@10 續約一年送一個月，每天折合才三塊多，還有IPTV電視，很划算的。",
    "@15 /ticket 套餐=B：300兆寬帶+IPTV 资费=每月99元 生效=下月1日",
    "@5 好的，感謝您的接聽，祝您生活愉快，再見！",
])
play(SC, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (情问, 合算 as 合蒜, 在见)", [
    "@2 /answer",
    "@9 您好，我是电信客服14号客户代表，您家宽带下个月到期了，想给您介绍下续约优惠，情问现在方便吗？",
    "@8 情问您家里几口人用网？平时主要用来干什么呢？",
    "@10 那推荐您B方案，300兆宽带加IPTV电视，每个月99元，网课和看电视都没问题。",
    "@10 续约一年还送一个月，每天才三块多钱，很合蒜的，还多了电视。",
    "@15 /ticket 套餐=B方案300兆宽带+IPTV 资费=99元/月 生效=下月1日",
    "@5 好的，感谢您的接听，在见！",
])
play(SC, "b1_no_needs_question", 70, 86, True, False, 0, "single fault: no question about the household's needs; the trainee lists plans at once (2.2.1)", [
    "@2 /answer", SC_INTRO,
    "@9 我们现在有三个续约方案，100兆、300兆和1000兆的都有。",
    SC_PLAN, SC_OBJ, SC_TICKET, SC_BYE,
])
play(SC, "b2_wrong_plan", 70, 84, True, False, 0, "single fault: after hearing the needs, the 1000兆 plan C is pushed instead of B", [
    "@2 /answer", SC_INTRO, SC_NEED,
    "@10 那给您推荐C方案：1000兆宽带加全屋WiFi，每月199元，速度最快。",
    "@10 续约一年送一个月，折合每天六块多，网速快十倍，长远看很划算的。",
    "@15 /ticket 套餐=C方案：1000兆宽带+全屋WiFi 资费=每月199元 生效=下月1日",
    SC_BYE,
])
play(SC, "b3_no_order", 82, 93, True, False, 0, "single fault: the deal is agreed but no order recorded in the ticket", [
    "@2 /answer", SC_INTRO, SC_NEED, SC_PLAN, SC_OBJ,
    "@5 好的，感谢您的接听，祝您生活愉快，再见！",
])
play(SC, "b4_rhetorical_objection", 72, 95, True, False, 0, "single fault: the price objection answered with a rhetorical jibe (这还嫌贵？)", [
    "@2 /answer", SC_INTRO, SC_NEED, SC_PLAN,
    "@10 这还嫌贵？现在哪家不是这个价，续约还送一个月呢。",
    SC_TICKET, SC_BYE,
])
play(SC, "b5_wrong_price_field", 86, 98, True, False, 0, "single fault: the ticket's 资费 field says 每月199元 for plan B (99元)", [
    "@2 /answer", SC_INTRO, SC_NEED, SC_PLAN, SC_OBJ,
    "@15 /ticket 套餐=B方案：300兆宽带+IPTV电视 资费=每月199元 生效=下月1日",
    SC_BYE,
])

# ===== transferred_complaint: answer 5, opening 5, takeover 15, emotion 15, hold 15, resolve 20, courtesy 10, latency 5, closing 10 =====
TC = "transferred_complaint"
TC_OPEN = "@8 先生您好，我是中级坐席08号业务受理专员，同事已经把情况转给我了，本月视频会员费重复扣了两次，您不用再说一遍了。"
TC_EMO = "@8 您的心情我非常理解，为了更有效地帮助您，我现在马上给您查。"
TC_BEFORE = "@5 先生，请您稍等，我帮您核实一下好吗？"
TC_RESULT = "@9 感谢您的耐心等待。经核实，本月视频会员费确实重复扣了25元，退费已经提交，24小时内退回您的话费账户。"
TC_BYE = "@4 请问还有其他可以帮您的吗？感谢您的来电，再见！"
play(TC, "a1_plain", 88, 100, True, False, 1, "competent: greeting with self-introduction, case known, 2.12, hold with 1.2 phrases, refund result, 结束语", [
    "@2 /answer", TC_OPEN, TC_EMO, TC_BEFORE, "@2 /hold", "@20 /unhold", TC_RESULT, TC_BYE,
])
play(TC, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@8 先生您好，我是中級坐席11號業務受理專員，您的情況同事已經轉給我了，視頻會員費重複扣了兩次，您不用再重複了。",
    "@8 您的心情我非常理解，為了更有效地幫助您，我馬上為您處理。",
    "@5 先生，請您稍等，我幫您核實一下好嗎？",
    "@2 /hold", "@25 /unhold",
    "@9 感謝您的耐心等待。經核實，本月視頻會員費確實重複扣了25元，退費已經提交，24小時內退回您的話費賬戶。",
    "@4 感謝您的來電，祝您生活愉快，再見！",
])
play(TC, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (合实, 烧等, 耐心 as 奈心, 在见)", [
    "@2 /answer",
    "@8 先生您好，我是中级坐席19号业务受理专员，刚才同事已经把您重复扣费的情况转过来了，我都了解了。",
    "@8 您的心情我非常理解，为了更有效的帮助您，我马上给您处理。",
    "@5 请您烧等，我帮您合实一下好吗？",
    "@2 /hold", "@20 /unhold",
    "@9 感谢您的奈心等待，合实到本月视频会员费确实重复扣了25元，退费已经提交了，24小时内退回话费账户。",
    "@4 感谢您的来电，在见！",
])
play(TC, "b1_asks_again", 78, 88, True, False, 0, "single fault: the transferred caller is asked to tell his problem again (3.2 2.3.1)", [
    "@2 /answer",
    "@8 先生您好，我是中级坐席08号业务受理专员，请问您遇到什么问题了？麻烦您再详细说一下。",
    TC_EMO, TC_BEFORE, "@2 /hold", "@20 /unhold", TC_RESULT, TC_BYE,
])
play(TC, "b2_hold_no_phrases", 78, 88, True, False, 0, "single fault: a hold with neither 1.2 phrase (no 请您稍等 before, no 感谢您的耐心等待 after)", [
    "@2 /answer", TC_OPEN, TC_EMO, "@3 /hold", "@20 /unhold",
    "@9 经核实，本月视频会员费确实重复扣了25元，退费已经提交，24小时内退回您的话费账户。",
    TC_BYE,
])
play(TC, "b3_silent_hold_150", 76, 90, True, False, 0, "single fault: a silent 150-second hold without coming back to the caller", [
    "@2 /answer", TC_OPEN, TC_EMO, TC_BEFORE, "@2 /hold", "@150 /unhold", TC_RESULT, TC_BYE,
])
play(TC, "b4_no_closing", 82, 92, True, False, 0, "single fault: no 1.4 结束语 (好的 and hang up)", [
    "@2 /answer", TC_OPEN, TC_EMO, TC_BEFORE, "@2 /hold", "@20 /unhold", TC_RESULT,
    "@3 好的。", "@2 /hangup",
])
play(TC, "b5_blame", 80, 96, True, False, 0, "single fault: the result blames the billing system and the first desk (不是我们客服的错)", [
    "@2 /answer", TC_OPEN, TC_EMO, TC_BEFORE, "@2 /hold", "@20 /unhold",
    "@9 感谢您的耐心等待。经核实确实重复扣了25元，这是计费系统出的问题，不是我们客服的错，退费已经提交，24小时内退回话费账户。",
    TC_BYE,
])

# ===== crisis_authority: answer 5, opening 5, empathy 15, authority 25, escalate 20 (fatal), record 10, courtesy 10, closing 10 =====
CA = "crisis_authority"
CA_OPEN = "@4 您好，我是12号业务受理专员，请问有什么可以帮您？"
CA_EMO = "@9 女士，您的心情我非常理解，买到过期奶粉谁都会着急，为了更有效地帮助您，我马上为您处理。"
CA_HEALTH = "@9 宝宝的身体最要紧，请您先带宝宝去医院检查。这件事我马上记录下来，升级给专项处理部门跟进。"
CA_TICKET = "@20 /ticket 事件=有机二段奶粉2罐已过期两个月，宝宝喝后腹泻 联系电话=18985199876 曝光风险=客户已拍视频，称要发抖音、找电视台 已办理=全额退款+200元优惠券，上门取回"
CA_ESC = "@3 /escalate 专项处理部"
CA_TELL = "@8 已经为您升级到专项处理部了，专员今天会电话联系您，后续的安排都会告诉您。"
CA_BYE = "@4 感谢您的来电，祝宝宝早日康复，再见！"
play(CA, "a1_choice", 88, 100, True, False, 1, "competent: opening, 2.12, the in-authority offer picked (#2), health risk recorded and escalated to 专项处理部, 结束语", [
    "@2 /answer", CA_OPEN, CA_EMO, "@5 #2", CA_HEALTH, CA_TICKET, CA_ESC, CA_TELL, CA_BYE,
])
play(CA, "a2_traditional_typed", 85, 100, True, False, 1, "competent, typed in traditional characters, the offer typed", [
    "@2 /answer",
    "@4 您好，我是27號業務受理專員，請問有什麼可以幫您？",
    "@9 女士，您的心情我非常理解，為了更有效地幫助您，我馬上幫您處理。",
    "@10 非常抱歉，我這邊可以為您辦理全額退款，另外補償您200元優惠券，過期奶粉我們安排上門取回，您看可以嗎？",
    "@9 寶寶的身體最重要，請您先帶寶寶去醫院看看，這件事我馬上記錄並升級給專項處理部門。",
    "@20 /ticket 事件=有機二段奶粉過期兩個月，寶寶喝後拉肚子 联系电话=18985199876 曝光风险=要發抖音、找電視台 已办理=全額退款+200元優惠券",
    "@3 /escalate 专项处理部",
    "@8 已經為您升級到專項處理部，專員會盡快聯繫您。",
    "@4 感謝您的來電，祝寶寶早日康復，再見！",
])
play(CA, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (理姐, 报歉, 在见), the offer typed", [
    "@2 /answer",
    "@4 您好，我是33号业务受理专员，请问有什么可以帮您？",
    "@9 您的心情我非常理姐，为了更有效的帮助您，我马上给您处理。",
    "@10 非常报歉，我可以在权限内给您办全额退款，再补偿您200元优惠券，奶粉我们上门取回，您看行吗？",
    "@9 宝宝的健康最要紧，请您先带宝宝去医院，这个情况我马上记录，升级给专项处理部门。",
    "@20 /ticket 事件=有机二段奶粉过期，宝宝喝后腹泻 联系电话=18985199876 曝光风险=要发抖音和找电视台 已办理=全额退款和200元优惠券",
    "@3 /escalate 专项处理部",
    "@8 已经给您升级到专项处理部了，专员会尽快联系您。",
    "@4 感谢您的来电，在见！",
])
play(CA, "b1_no_escalation", 0, 59, False, True, 0, "single fault: a baby made ill and a media threat (high risk) recorded but never escalated (3.3 2.3.2, fatal item)", [
    "@2 /answer", CA_OPEN, CA_EMO, "@5 #2",
    "@9 宝宝的身体最要紧，请您先带宝宝去医院检查，这件事我马上给您记录下来。",
    CA_TICKET,
    "@8 已经帮您记录好了，退款和优惠券会尽快给您办好。",
    "@8 请您放心，我们会跟进的。",
    "@8 您先照顾好宝宝。",
    "@8 有什么情况您随时打我们热线。",
    "@8 感谢您的来电，祝宝宝早日康复，再见！",
])
play(CA, "b2_wrong_desk", 0, 59, False, True, 0, "single fault: the health risk escalated to 值班长 instead of 专项处理部 (fatal item, the rubric's label says so)", [
    "@2 /answer", CA_OPEN, CA_EMO, "@5 #2", CA_HEALTH, CA_TICKET, "@3 /escalate 值班长",
    "@8 已经为您升级处理了，会有专人联系您，后续的安排都会告诉您。",
    CA_BYE,
])
play(CA, "b3_cash_for_silence", 64, 80, True, False, 0, "single fault: the offer promises cash beyond the authority in exchange for not posting (灰度授权: 不得承诺现金赔偿或以补偿换取不曝光)", [
    "@2 /answer", CA_OPEN, CA_EMO,
    "@10 这样吧，我给您赔五百块现金，再全额退款，您就别发抖音了，好吗？",
    CA_HEALTH, CA_TICKET, CA_ESC, CA_TELL, CA_BYE,
])
play(CA, "b4_no_empathy", 78, 88, True, False, 0, "single fault: no 2.12 to the furious caller; the trainee goes straight to the order", [
    "@2 /answer", CA_OPEN,
    "@6 好的，我先查一下您的订单。",
    "@5 #2", CA_HEALTH, CA_TICKET, CA_ESC, CA_TELL, CA_BYE,
])
play(CA, "b5_no_ticket", 80, 92, True, False, 0, "single fault: escalated, but the event is never recorded in a ticket", [
    "@2 /answer", CA_OPEN, CA_EMO, "@5 #2", CA_HEALTH, CA_ESC, CA_TELL, CA_BYE,
])

# ===== crisis_selfharm: answer 5, opening 5, calm 20, safety 10, record 15, escalate 20 (fatal), timely 5, courtesy 10, latency 10 =====
CS = "crisis_selfharm"
CS_OPEN = "@4 您好，我是16号业务受理专员，请问有什么可以帮您？"
CS_EMO = "@9 您的心情我非常理解，遇到这种事换谁都受不了，为了更有效地帮助您，您慢慢跟我说。"
CS_SAFE = "@8 您千万别做傻事，先从楼顶下来，到安全的地方好吗？我一直在这里陪着您。"
CS_ESC = "@3 /escalate 危机干预组"
CS_TICKET = "@15 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被冒充客服诈骗十二万，扬言轻生"
CS_HAND = "@8 会的，危机干预的专员马上就会联系您，我也一直在线陪着您，您先慢慢下楼，到安全的地方。"
play(CS, "a1_plain", 88, 100, True, False, 1, "competent: 2.12, safety, escalated to 危机干预组 within a minute, location and number recorded, hand-over", [
    "@2 /answer", CS_OPEN, CS_EMO, CS_SAFE, CS_ESC, CS_TICKET, CS_HAND,
])
play(CS, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@4 您好，我是21號業務受理專員，請問有什麼可以幫您？",
    "@9 您的心情我非常理解，為了更有效地幫助您，您先別著急，慢慢跟我說。",
    "@8 您千萬別做傻事，先從樓頂下來，到安全的地方好嗎？我一直陪著您。",
    "@3 /escalate 危机干预组",
    "@15 /ticket 位置=花果園二期C區樓頂 联系电话=13985166420 情况=被冒充客服騙走十二萬，揚言輕生",
    "@8 會的，危機干預的專員馬上會聯繫您，我一直陪著您，您先下樓到安全的地方。",
])
play(CS, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (理姐, 因该, 安全 kept)", [
    "@2 /answer",
    "@4 您好，我是09号业务受理专员，请问有什么可以帮您？",
    "@9 您的心情我非常理姐，为了更有效的帮助您，您慢慢说，我在听。",
    "@8 您先别做傻事好吗，从楼顶下来到安全的地方，我一直陪着您，您的家人因该也很担心您。",
    "@3 /escalate 危机干预组",
    "@15 /ticket 位置=花果园二期C区楼顶 联系电话=13985166420 情况=被骗十二万，在楼顶，扬言轻生",
    "@8 会的，危机干预组的专员马上联系您，您先下楼，我一直陪着您。",
])
play(CS, "b1_hangs_up", 0, 59, False, True, 0, "single fault: the caller threatening self-harm is recorded, then hung up on without escalation (3.2 2.4.2)", [
    "@2 /answer", CS_OPEN, CS_EMO, CS_SAFE, CS_TICKET,
    "@8 您先回家好好休息，有什么问题再打给我们。",
    "@2 /hangup",
])
play(CS, "b2_wrong_desk", 0, 59, False, True, 0, "single fault: escalated to 值班长 instead of 危机干预组 (fatal item, not taken back)", [
    "@2 /answer", CS_OPEN, CS_EMO, CS_SAFE, "@3 /escalate 值班长", CS_TICKET,
    "@8 会的，我们的同事马上就会联系您，我也一直在线陪着您，您先慢慢下楼，到安全的地方。",
])
play(CS, "b3_wrong_number", 83, 95, True, False, 0, "single fault: the ticket's 联系电话 has a digit wrong (13985166402)", [
    "@2 /answer", CS_OPEN, CS_EMO, CS_SAFE, CS_ESC,
    "@15 /ticket 位置=花果园二期C区楼顶 联系电话=13985166402 情况=被冒充客服诈骗十二万，扬言轻生",
    CS_HAND,
])
play(CS, "b4_bare_goodbye", 80, 93, True, False, 0, "single fault: when she asks whether anyone will call, only a goodbye (感谢您的来电，再见), no hand-over", [
    "@2 /answer", CS_OPEN, CS_EMO, CS_SAFE, CS_ESC, CS_TICKET,
    "@4 感谢您的来电，再见。",
])
play(CS, "b5_reproach", 68, 95, True, False, 0, "single fault: the first reply reproaches her (这种电话您怎么能信呢？) before 2.12 comes", [
    "@2 /answer", CS_OPEN,
    "@8 这种电话您怎么能信呢？我们客服从来不会打电话让客户操作退款的。",
    "@9 您的心情我非常理解，为了更有效地帮助您，您千万别做傻事，先从楼顶下来到安全的地方好吗？",
    CS_ESC, CS_TICKET, CS_HAND,
])

# ===== repeat_complaint: answer 5, opening 5, apology 25, ticket 15, escalate 20 (fatal), courtesy 10, latency 10, closing 10 =====
RC = "repeat_complaint"
RC_OPEN = "@4 您好，我是15号业务受理专员，请问有什么可以帮您？"
RC_213 = "@12 罗女士，非常抱歉！您反映的问题我们正在紧张地处理，因为牵扯线路维护等几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。"
RC_TICKET = "@18 /ticket 联系电话=15867395191 内容=光猫红灯一直亮上不了网，报修二十天无人上门，第四次来电，称要打12315"
RC_ESC = "@3 /escalate 投诉处理组"
RC_TELL = "@8 罗女士，您的问题我已经记录并升级到投诉处理组，会有专人负责跟进，处理好后第一时间给您回电。"
RC_BYE = "@4 感谢您的来电，祝您生活愉快，再见！"
play(RC, "a1_plain", 88, 100, True, False, 1, "competent: 2.13, record with the number, escalated to 投诉处理组, told, 结束语", [
    "@2 /answer", RC_OPEN, RC_213, RC_TICKET, RC_ESC, RC_TELL, RC_BYE,
])
play(RC, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@4 您好，我是22號業務受理專員，請問有什麼可以幫您？",
    "@12 羅女士，非常抱歉！您反映的問題我們正在緊張地處理，因為牽扯幾個部門的協調，所以時間比較長，我們會在問題解決後的第一時間與您聯繫。",
    "@18 /ticket 联系电话=15867395191 内容=光貓紅燈亮上不了網，報修二十天無人上門，第四次來電",
    "@3 /escalate 投诉处理组",
    "@8 羅女士，已經幫您記錄並升級到投訴處理組，專人跟進，處理好第一時間回電給您。",
    "@4 感謝您的來電，再見！",
])
play(RC, "a3_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (报歉, 部们, 联喜)", [
    "@2 /answer",
    "@4 您好，我是40号业务受理专员，请问有什么可以帮您？",
    "@12 罗女士，非常报歉！您反映的问题我们正在紧张的处理，因为牵扯几个部们的协调，所以时间比较长，我们会在问题解决后第一时间与您联喜。",
    "@18 /ticket 联系电话=15867395191 内容=光猫红灯上不了网，报修20天没人上门，第四次来电投诉",
    "@3 /escalate 投诉处理组",
    "@8 罗女士，已经帮您升级到投诉处理组了，专人跟进，有结果第一时间给您回电。",
    "@4 感谢您的来电，再见！",
])
play(RC, "b1_no_escalation", 0, 59, False, True, 0, "single fault: the fourth complaint with a 12315 threat recorded but never escalated (fatal item)", [
    "@2 /answer", RC_OPEN, RC_213, RC_TICKET,
    "@8 罗女士，您的问题我已经记录下来了，会催促相关部门尽快处理，处理好后第一时间给您回电。",
    RC_BYE,
])
play(RC, "b2_wrong_phone", 80, 93, True, False, 0, "single fault: the ticket's 联系电话 has two digits swapped (15867359191)", [
    "@2 /answer", RC_OPEN, RC_213,
    "@18 /ticket 联系电话=15867359191 内容=光猫红灯一直亮上不了网，报修二十天无人上门，第四次来电，称要打12315",
    RC_ESC, RC_TELL, RC_BYE,
])
# replaces b3_rude_tail (removed after the turn check, CALLS.md): the trainee now answers the
# caller's press after the rude 2.13 with a plain 2.13; range set before this play was run
play(RC, "b6_rude_tail_then_213", 65, 90, True, False, 0, "single fault: the first 2.13 ends with a rude tail (您打几次都一样，催也没用); pressed, the trainee says 2.13 plainly", [
    "@2 /answer", RC_OPEN,
    "@12 罗女士，非常抱歉！您反映的问题我们正在紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系。您打几次都一样，催也没用。",
    "@12 非常抱歉，罗女士！您的问题我们正在紧张地处理，牵扯几个部门协调，时间比较长，问题解决后我们会第一时间与您联系。",
    RC_TICKET, RC_ESC, RC_TELL, RC_BYE,
])
play(RC, "b4_no_opening", 86, 96, True, False, 0, "single fault: no 1.1 开篇语 (喂，你说。)", [
    "@2 /answer", "@3 喂，你说。", RC_213, RC_TICKET, RC_ESC, RC_TELL, RC_BYE,
])
play(RC, "b5_no_closing", 82, 92, True, False, 0, "single fault: no 1.4 结束语; the trainee hangs up after the arrangement", [
    "@2 /answer", RC_OPEN, RC_213, RC_TICKET, RC_ESC, RC_TELL, "@3 /hangup",
])

# ===== english_caller: answer 10, opening 10, english 20, address 15, solution 15, goodbye 20, courtesy 10 =====
EN = "english_caller"
EN_OPEN = "@4 您好，我是18号业务受理专员，请问有什么可以帮您？"
EN_HELLO = "@10 Hello, yes, I can help you. Sorry for the trouble. May I have your address, please?"
EN_TICKET = "@20 /ticket address=Room 802, Building 2, Jinyang New Town 故障=宽带断网（从今天早上开始）"
EN_FIX = "@8 Thank you. An engineer will come to your home this afternoon to repair it."
EN_BYE = "@5 You're welcome. Thank you for calling. Goodbye!"
play(EN, "a1_plain", 88, 100, True, False, 1, "competent: Chinese opening, English help, address asked and recorded, engineer this afternoon, English goodbye", [
    "@2 /answer", EN_OPEN, EN_HELLO, EN_TICKET, EN_FIX, EN_BYE,
])
play(EN, "a2_transfer_desk", 85, 100, True, False, 1, "competent: tells her in English and transfers to 英语坐席 (3.1 2.1.6)", [
    "@2 /answer", EN_OPEN,
    "@9 Hello, sorry for the trouble. Please hold on, I will transfer you to our English desk.",
    "@3 /transfer 英语坐席",
])
play(EN, "a3_traditional", 85, 100, True, False, 1, "competent, the Chinese opening and ticket typed in traditional characters", [
    "@2 /answer",
    "@4 您好，我是26號業務受理專員，請問有什麼可以幫您？",
    "@10 Hello, I can help you. I'm sorry about your internet. What is your address, please?",
    "@20 /ticket address=Room 802, Building 2, Jinyang New Town 故障=寬帶斷網",
    "@8 OK. An engineer will come to fix it this afternoon.",
    "@5 Thank you for calling. Have a nice day, goodbye!",
])
play(EN, "b1_chinese_first", 82, 92, True, False, 0, "single fault: first answers the English caller in Chinese; English only after she asks again", [
    "@2 /answer", EN_OPEN,
    "@6 您好，请问您家的地址是哪里？",
    EN_HELLO, EN_TICKET, EN_FIX, EN_BYE,
])
play(EN, "b2_wrong_desk", 15, 45, False, False, 0, "single fault: transferred to 粤语坐席, a desk that cannot serve an English speaker; she hangs up unserved", [
    "@2 /answer", EN_OPEN,
    "@9 Hello, sorry for the trouble. Please hold on, I will transfer you to another desk.",
    "@3 /transfer 粤语坐席",
])
play(EN, "b3_wrong_address", 82, 93, True, False, 0, "single fault: the ticket's address has the room number wrong (Room 820)", [
    "@2 /answer", EN_OPEN, EN_HELLO,
    "@20 /ticket address=Room 820, Building 2, Jinyang New Town 故障=宽带断网（从今天早上开始）",
    EN_FIX, EN_BYE,
])
play(EN, "b4_goodbye_in_chinese", 72, 84, True, False, 0, "single fault: the goodbye is said in Chinese to the English caller (感谢您的来电，再见)", [
    "@2 /answer", EN_OPEN, EN_HELLO, EN_TICKET, EN_FIX,
    "@4 感谢您的来电，再见！",
])

# ===== info_record: answer 10, opening 10, typing 50, confirm 10, courtesy 10, closing 10 =====
IR = "info_record"
IR_OPEN = "@4 您好，我是燃气客服07号业务受理专员，请问有什么可以帮您？"
IR_BACK = "@8 好的，我跟您核对一下电话：13967395191，对吗？"
IR_TICKET = "@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀"
IR_BYE = "@6 好的，我们会尽快安排师傅上门，请您注意开窗通风。感谢您的来电，再见！"
play(IR, "a1_plain", 88, 100, True, False, 1, "competent: opening, read-back of the number, the four fields right at 50+ 字/分, 结束语", [
    "@2 /answer", IR_OPEN, IR_BACK, IR_TICKET, IR_BYE,
])
play(IR, "a2_traditional", 85, 100, True, False, 1, "competent, record typed in traditional characters (field ids as the form's)", [
    "@2 /answer",
    "@4 您好，我是燃氣客服19號業務受理專員，請問有什麼可以幫您？",
    "@8 好的，跟您核對一下電話，13967395191，對嗎？",
    "@40 /ticket name=楊麗華 phone=13967395191 address=雲巖區中華北路108號3單元502室 problem=燃氣管道接頭漏氣，已關總閥",
    "@6 好的，師傅會盡快上門，感謝您的來電，再見！",
])
play(IR, "a3_ime_slips_readback_late", 85, 100, True, False, 1, "competent, ticket first and the number read back when she asks; IME slips (合对, 在见)", [
    "@2 /answer",
    "@4 您好，我是燃气客服33号业务受理专员，请问有什么可以帮您？",
    "@40 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
    "@8 都记好了，跟您合对一下电话是13967395191，没错吧？",
    "@6 好的，师傅会尽快上门，感谢您的来电，在见！",
])
play(IR, "b1_wrong_phone", 66, 80, True, False, 0, "single fault: the ticket's phone has two digits swapped (13967359191) while the read-back was right", [
    "@2 /answer", IR_OPEN, IR_BACK,
    "@40 /ticket name=杨丽华 phone=13967359191 address=云岩区中华北路108号3单元502室 problem=燃气管道接头漏气，已关总阀",
    IR_BYE,
])
play(IR, "b2_no_readback", 82, 92, True, False, 0, "single fault: the number is never read back; asked 电话没记错吧, the trainee only says 没记错", [
    "@2 /answer", IR_OPEN, IR_TICKET,
    "@4 没记错的，您放心。",
    IR_BYE,
])
play(IR, "b3_short_address", 66, 82, True, False, 0, "single fault: the ticket's address is cut short (云岩区中华北路108号, without 3单元502室)", [
    "@2 /answer", IR_OPEN, IR_BACK,
    "@35 /ticket name=杨丽华 phone=13967395191 address=云岩区中华北路108号 problem=燃气管道接头漏气，已关总阀",
    IR_BYE,
])
play(IR, "b4_no_closing", 82, 92, True, False, 0, "single fault: no 1.4 结束语 (好的 and hang up)", [
    "@2 /answer", IR_OPEN, IR_BACK, IR_TICKET,
    "@3 好的。", "@2 /hangup",
])
play(IR, "b5_no_opening", 80, 92, True, False, 0, "single fault: no 1.1 开篇语 (喂，说吧。)", [
    "@2 /answer", "@3 喂，说吧。", IR_BACK, IR_TICKET, IR_BYE,
])


# ---------------------------------------------------------------------------------------------
# (2/2) seed-1 facts (probe runs with neutral replies, CALLS.md):
#   praised: 27号客服; kb 遥控器“回看”键选日期和频道 / 节目单选节目按确认键, 7 天内
#   wrong_number: dictated 1586163655 (10 digits), then the full 15861463655
#   long_wait: 半个小时, 商场里; 补卡 本人带有效身份证件到任一营业厅, 原号码不变, 工本费 10 元
#   hard_to_reach: 到期日 明年1月15日 (shown by the hold), 100M 包年
#   correction: 20GB 通用 + 15GB 定向 = 35GB
#   off_topic: 彩票
#   no_knowledge: 我爸爸, 15167395191
#   transfer_failed: 筑城物流, VPN隧道一直断开, 08518812345
#   explain_again: 吴, 功能费 8 元 (来电显示 5 + 彩铃 3), 套餐外流量费 二十三块, 微信视频
# ---------------------------------------------------------------------------------------------

# ===== praised: answer 10, opening 10, praised 30, question 20, courtesy 10, latency 5, closing 15 =====
PR = "praised"
PR_OPEN = "@4 您好，我是电视客服15号业务受理专员，请问有什么可以帮您？"
PR_28 = "@7 不客气，这是我们应该做的，您的表扬我一定转达给27号同事。"
PR_ANS = "@12 您可以用遥控器按“回看”键，选昨天的日期和频道；也可以进节目单，选中昨天的节目按确认键，7天内的节目都能回看。"
PR_BYE = "@5 不客气，感谢您的来电，祝您生活愉快，再见！"
play(PR, "a1_plain", 88, 100, True, False, 1, "competent: opening, 2.8 modest thanks, the two catch-up methods from the knowledge base, 结束语", [
    "@2 /answer", PR_OPEN, PR_28, PR_ANS, PR_BYE,
])
play(PR, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@4 您好，我是電視客服31號業務受理專員，請問有什麼可以幫您？",
    "@7 不客氣，這是我們應該做的，謝謝您的肯定，我會轉告27號同事。",
    "@12 您用遙控器按「回看」鍵，選擇昨天的日期和頻道就可以了；或者進入節目單，選中昨天的節目按確認鍵，7天內都能回看。",
    "@5 不客氣，感謝您的來電，再見！",
])
play(PR, "b1_vague_answer", 76, 92, True, False, 0, "single fault: the catch-up question answered with no method from the knowledge base (您在电视上找找回看就行)", [
    "@2 /answer", PR_OPEN, PR_28,
    "@5 您在电视上找找回看就行了。",
    PR_BYE,
])
play(PR, "b2_no_closing", 78, 88, True, False, 0, "single fault: no 1.4 结束语 (好的 and hang up)", [
    "@2 /answer", PR_OPEN, PR_28, PR_ANS, "@3 好的。", "@2 /hangup",
])
play(PR, "b3_dismissive_tail", 82, 96, True, False, 0, "single fault: the answer ends with a dismissive tail (这个很简单的，说明书上都有)", [
    "@2 /answer", PR_OPEN, PR_28,
    "@12 用遥控器按“回看”键，选昨天的日期和频道就行，或者进节目单选节目按确认键。这个很简单的，说明书上都有。",
    PR_BYE,
])

# ===== wrong_number: answer 5, opening 10, readback 20, wrong 25, ticket 20, courtesy 10, closing 10 =====
WN = "wrong_number"
WN_OPEN = "@4 您好，我是宽带客服11号业务受理专员，请问有什么可以帮您？"
WN_READ = "@8 非常抱歉，请问您的手机号码是1586163655吗？"
WN_WRONG = "@7 很抱歉，您报的号码有误，只有10位，请您再核对一下，好吗？"
WN_TICKET = "@15 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电确认时间"
WN_BYE = "@5 好的，师傅会尽快联系您，感谢您的来电，再见！"
play(WN, "a1_plain", 88, 100, True, False, 1, "competent: 2.10(1) read-back, 2.10(2) when confirmed, the full number in the ticket, 结束语", [
    "@2 /answer", WN_OPEN, WN_READ, WN_WRONG, WN_TICKET, WN_BYE,
])
play(WN, "a2_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (报歉, 合对, 在见)", [
    "@2 /answer",
    "@4 您好，我是宽带客服29号业务受理专员，请问有什么可以帮您？",
    "@8 非常报歉，跟您合对一下，您的手机号是1586163655吗？",
    "@7 很报歉，您报的号码有误，少了一位，请您再合对一下好吗？",
    "@15 /ticket 手机号=15861463655 内容=预约上门安装路由器，回电",
    "@5 好的，感谢您的来电，在见！",
])
play(WN, "b1_no_readback", 72, 84, True, False, 0, "single fault: no 2.10(1) read-back; the trainee says at once that the number is wrong", [
    "@2 /answer", WN_OPEN, WN_WRONG, WN_TICKET, WN_BYE,
])
play(WN, "b2_ticket_digit_wrong", 72, 84, True, False, 0, "single fault: the full number is taken down with two digits swapped (15861436655)", [
    "@2 /answer", WN_OPEN, WN_READ, WN_WRONG,
    "@15 /ticket 手机号=15861436655 内容=预约师傅上门安装新路由器，请回电确认时间",
    WN_BYE,
])
play(WN, "b3_rhetorical", 70, 95, True, False, 0, "single fault: 2.10(2) said with a rhetorical jibe (自己的号码都记不住吗？)", [
    "@2 /answer", WN_OPEN, WN_READ,
    "@7 您报的号码有误，少了一位，您自己的号码都记不住吗？",
    WN_TICKET, WN_BYE,
])

# ===== long_wait: answer 10, opening 10, apology 25, suspend 20, courtesy 10, latency 10, closing 15 =====
LW = "long_wait"
LW_OPEN = "@4 您好，我是移动客服20号业务受理专员，请问有什么可以帮您？"
LW_216 = "@6 非常抱歉！让您久等了！请问有什么可以帮您吗？"
LW_TICKET = "@12 /ticket 业务=停机挂失 内容=手机在商场丢失，机主申请立即停机挂失"
LW_CARD = "@10 已经为您停机挂失了，马上生效。补卡需要机主本人带有效身份证件到任一营业厅办理，原号码不变，工本费10元。"
LW_BYE = "@4 不客气，感谢您的来电，再见！"
play(LW, "a1_plain", 88, 100, True, False, 1, "competent: opening, 2.16, loss report filed at once, what to bring for the new SIM, 结束语", [
    "@2 /answer", LW_OPEN, LW_216, LW_TICKET, LW_CARD, LW_BYE,
])
play(LW, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters (field ids as the form's)", [
    "@2 /answer",
    "@4 您好，我是移動客服08號業務受理專員，請問有什麼可以幫您？",
    "@6 非常抱歉！讓您久等了！請問有什麼可以幫您嗎？",
    "@12 /ticket 业务=停機掛失 内容=手機在商場遺失，機主要求立即停機",
    "@10 已經為您辦理停機掛失，即時生效。補卡請機主本人帶有效身份證件到任一營業廳辦理，號碼不變，工本費10元。",
    "@4 感謝您的來電，再見！",
])
play(LW, "b1_apology_late", 80, 92, True, False, 0, "single fault: 2.16 only after the caller asks for an apology", [
    "@2 /answer", LW_OPEN,
    "@5 请问您要办理什么业务？",
    "@33 非常抱歉！让您久等了！请问有什么可以帮您吗？",
    LW_TICKET, LW_CARD, LW_BYE,
])
play(LW, "b2_dismissive_tail", 82, 96, True, False, 0, "single fault: the SIM answer ends with a dismissive tail (这个网上都查得到的)", [
    "@2 /answer", LW_OPEN, LW_216, LW_TICKET,
    "@10 已经停机挂失了。补卡要本人带身份证去营业厅办，工本费10元，这个网上都查得到的。",
    LW_BYE,
])
play(LW, "b3_no_closing", 78, 88, True, False, 0, "single fault: no 1.4 结束语 (嗯 and hang up)", [
    "@2 /answer", LW_OPEN, LW_216, LW_TICKET, LW_CARD, "@3 嗯。", "@2 /hangup",
])

# ===== hard_to_reach: answer 10, opening 10, apology 25, hold 15, result 10, courtesy 10, latency 10, closing 10 =====
HR = "hard_to_reach"
HR_OPEN = "@4 您好，我是宽带客服05号业务受理专员，请问有什么可以帮您？"
HR_215 = "@10 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！"
HR_BEFORE = "@5 先生，请您稍等，我帮您核实一下好吗？"
HR_RESULT = "@9 感谢您的耐心等待，您家宽带是100M包年，到期日是明年1月15日，到期前一个月会有短信提醒您续费。"
HR_BYE = "@4 不客气，感谢您的来电，再见！"
play(HR, "a1_plain", 88, 100, True, False, 1, "competent: opening, 2.15, hold with both 1.2 phrases, the date from the account, 结束语", [
    "@2 /answer", HR_OPEN, HR_215, HR_BEFORE, "@2 /hold", "@20 /unhold", HR_RESULT, HR_BYE,
])
play(HR, "a2_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (报歉, 烧等, 合实, 奈心, 在见)", [
    "@2 /answer",
    "@4 您好，我是宽带客服37号业务受理专员，请问有什么可以帮您？",
    "@10 非常报歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便我们深表歉意！",
    "@5 请您烧等，我帮您合实一下好吗？",
    "@2 /hold", "@20 /unhold",
    "@9 感谢您的奈心等待，合实到您的宽带明年1月15日到期，到期前一个月会短信提醒续费。",
    "@4 感谢您的来电，在见！",
])
play(HR, "b1_hold_no_phrases", 78, 88, True, False, 0, "single fault: a hold with neither 1.2 phrase", [
    "@2 /answer", HR_OPEN, HR_215, "@3 /hold", "@20 /unhold",
    "@7 您家宽带是100M包年，到期日是明年1月15日，到期前一个月会有短信提醒您续费。",
    HR_BYE,
])
play(HR, "b2_no_opening", 82, 92, True, False, 0, "single fault: no 1.1 开篇语 (喂？)", [
    "@2 /answer", "@2 喂？", HR_215, HR_BEFORE, "@2 /hold", "@20 /unhold", HR_RESULT, HR_BYE,
])
play(HR, "b3_wrong_date", 82, 92, True, False, 0, "single fault: after the hold the expiry date told is wrong (3月1日 where the account shows 1月15日), said again when asked", [
    "@2 /answer", HR_OPEN, HR_215, HR_BEFORE, "@2 /hold", "@20 /unhold",
    "@9 感谢您的耐心等待，您家宽带是100M包年，到期日是明年3月1日，到期前一个月会有短信提醒您续费。",
    "@5 是明年3月1日到期。",
    HR_BYE,
])

# ===== correction: answer 10, opening 10, first 10, correction 30, courtesy 10, latency 10, closing 20 =====
CO = "correction"
CO_OPEN = "@4 您好，我是移动客服13号业务受理专员，请问有什么可以帮您？"
CO_FIRST = "@8 59元套餐每月有国内通用流量20GB，国内通话200分钟。"
CO_214 = "@12 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有国内通用流量20GB，另外加定向流量15GB，一共35GB。"
CO_BYE = "@4 不客气，感谢您的来电，再见！"
play(CO, "a1_plain", 88, 100, True, False, 1, "competent: answer from the old article, then 2.14 with the updated 35GB, 结束语", [
    "@2 /answer", CO_OPEN, CO_FIRST, CO_214, CO_BYE,
])
play(CO, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@4 您好，我是移動客服24號業務受理專員，請問有什麼可以幫您？",
    "@8 59元套餐每月國內通用流量20GB，通話200分鐘。",
    "@12 非常抱歉，剛才我的解釋有些欠缺，應該是本月起通用流量20GB加定向流量15GB，一共35GB。",
    "@4 感謝您的來電，再見！",
])
play(CO, "b1_insists_then_corrects", 70, 88, True, False, 0, "single fault: first insists on the old figure (网上写的不准) and gives 2.14 only after the caller presses", [
    "@2 /answer", CO_OPEN, CO_FIRST,
    "@6 网上写的可能不准，以我们这边为准，是20GB。",
    CO_214, CO_BYE,
])
play(CO, "b2_no_closing", 72, 84, True, False, 0, "single fault: no 1.4 结束语 (嗯 and hang up)", [
    "@2 /answer", CO_OPEN, CO_FIRST, CO_214, "@3 嗯，对的。", "@2 /hangup",
])

# ===== off_topic: answer 10, opening 10, ask 25, close 20, protocol 15, courtesy 10, focus 10 =====
OT = "off_topic"
OT_OPEN = "@4 您好，我是客服中心17号业务受理专员，请问有什么可以帮您？"
OT_ASK = "@5 先生您好，请问您有业务需要咨询吗？"
OT_END = "@5 如果没有业务需要咨询，谢谢您，再见！"
play(OT, "a1_plain", 88, 100, True, False, 1, "competent: 特殊处理 5 asked, then its close, then hang up; no chat", [
    "@2 /answer", OT_OPEN, OT_ASK, OT_END, "@3 /hangup",
])
play(OT, "a2_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (情问, 在见)", [
    "@2 /answer",
    "@4 您好，我是客服中心26号业务受理专员，情问有什么可以帮您？",
    "@5 情问您有业务需要咨询吗？",
    "@5 如果没有业务需要咨询，谢谢您，在见！",
    "@3 /hangup",
])
play(OT, "b1_chats", 80, 92, True, False, 0, "single fault: chats back about the lottery (哈哈) before asking about business", [
    "@2 /answer", OT_OPEN,
    "@6 哈哈，这个我也不知道呢。请问您有业务需要咨询吗？",
    OT_END, "@3 /hangup",
])
play(OT, "b2_insult", 0, 59, False, True, 0, "single fault: an insult to the idle caller (你是不是有病啊), auto-fail", [
    "@2 /answer", OT_OPEN, OT_ASK,
    "@4 你是不是有病啊，没事别占热线！",
])
play(OT, "b3_no_hangup", 72, 88, True, False, 0, "single fault: after the close the trainee never hangs up (特殊处理 5 ends with the hang-up)", [
    "@2 /answer", OT_OPEN, OT_ASK, OT_END,
])

# ===== no_knowledge: answer 10, opening 10, no_knowledge 30, ticket 15, courtesy 10, latency 10, closing 15 =====
NK = "no_knowledge"
NK_OPEN = "@4 您好，我是移动客服21号业务受理专员，请问有什么可以帮您？"
NK_219 = "@10 非常抱歉，您所反映的问题我们暂时没有详细资料，需要进一步核实，我们会在24小时内与您联系，好吗？"
NK_TICKET = "@15 /ticket 联系电话=15167395191 内容=咨询老年人话费优惠是否适用副卡（其父亲使用），待核实后24小时内回电"
NK_BYE = "@4 好的，感谢您的来电，再见！"
play(NK, "a1_plain", 88, 100, True, False, 1, "competent: no guess, 2.19, the number recorded, 结束语", [
    "@2 /answer", NK_OPEN, NK_219, NK_TICKET, NK_BYE,
])
play(NK, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@4 您好，我是移動客服30號業務受理專員，請問有什麼可以幫您？",
    "@10 非常抱歉，您所反映的問題我們暫時無詳細資料，需進一步核實，我們會在24小時內與您聯繫，好嗎？",
    "@15 /ticket 联系电话=15167395191 内容=諮詢老年人優惠副卡是否適用，24小時內回電",
    "@4 感謝您的來電，再見！",
])
play(NK, "b1_guess", 74, 88, True, False, 0, "single fault: a guess where the knowledge base is silent (副卡也能享受), 2.19 only after the caller doubts it", [
    "@2 /answer", NK_OPEN,
    "@5 可以享受的，副卡应该也打8折。",
    NK_219, NK_TICKET, NK_BYE,
])
play(NK, "b2_wrong_phone", 76, 88, True, False, 0, "single fault: the ticket's 联系电话 has two digits swapped (15167359191)", [
    "@2 /answer", NK_OPEN, NK_219,
    "@15 /ticket 联系电话=15167359191 内容=咨询老年人话费优惠是否适用副卡（其父亲使用），待核实后24小时内回电",
    NK_BYE,
])

# ===== transfer_failed: answer 5, opening 10, transfer_phrase 15, transfer 10, failed 25, ticket 6, fault_record 4, courtesy 10, closing 15 =====
TF = "transfer_failed"
TF_OPEN = "@4 您好，我是政企客服09号业务受理专员，请问有什么可以帮您？"
TF_181 = "@7 好的，请稍等，正在为您转接技术支持部，请不要挂机，好吗？"
TF_182 = "@20 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后转技术部门处理，您看好吗？"
TF_TICKET = "@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=尽快安排工程师回电，下午要开视频会"
TF_BYE = "@4 好的，感谢您的来电，再见！"
play(TF, "a1_plain", 88, 100, True, False, 1, "competent: 2.18(1), transfer to 技术支持部, 2.18(2) when it fails, the hand-over ticket, 结束语", [
    "@2 /answer", TF_OPEN, TF_181, "@2 /transfer 技术支持部", TF_182, TF_TICKET, TF_BYE,
])
play(TF, "a2_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (烧等, 报歉, 纪录, 在见)", [
    "@2 /answer",
    "@4 您好，我是政企客服32号业务受理专员，请问有什么可以帮您？",
    "@7 好的，请烧等，正在为您转接，请不要挂机好吗？",
    "@2 /transfer 技术支持部",
    "@20 非常报歉，由于话务正忙，暂时不能帮您转接，您的问题我会做详细的纪录，稍后转相关部门处理，您看好吗？",
    "@15 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=工程师尽快回电",
    "@4 好的，感谢您的来电，在见！",
])
play(TF, "b1_wrong_desk", 82, 92, True, False, 0, "single fault: the enterprise line fault is transferred to 业务办理组 instead of 技术支持部", [
    "@2 /answer", TF_OPEN, TF_181, "@2 /transfer 业务办理组", TF_182, TF_TICKET, TF_BYE,
])
play(TF, "b2_no_181", 78, 88, True, False, 0, "single fault: transferred without a word to the caller (no 2.18(1))", [
    "@2 /answer", TF_OPEN, "@5 /transfer 技术支持部", TF_182, TF_TICKET, TF_BYE,
])
play(TF, "b3_no_ticket", 82, 92, True, False, 0, "single fault: the hand-over is promised but no ticket is filed", [
    "@2 /answer", TF_OPEN, TF_181, "@2 /transfer 技术支持部", TF_182,
    "@8 好的，筑城物流，VPN隧道断开，电话08518812345，我都记下了。",
    TF_BYE,
])

# ===== explain_again: answer 10, opening 10, explain 20, again 25, simple 10, courtesy 10, closing 15 =====
EA = "explain_again"
EA_OPEN = "@4 您好，我是客服中心06号业务受理专员，请问有什么可以帮您？"
EA_EXPL = "@12 吴阿姨，月功能费8元是来电显示5元加彩铃3元，每个月固定收；套餐外流量费23元，是您套餐里的流量用完了，超出的部分按用量收的。"
EA_26 = "@8 吴阿姨，请问您哪里不清楚？需要我再帮您解释一遍吗？"
EA_SIMPLE = "@10 阿姨，您手机上用微信视频通话、看微信视频号都要用流量，套餐里的1GB用完了，多用的就收了这23块。"
EA_BYE = "@5 不客气阿姨，感谢您的来电，祝您身体健康，再见！"
play(EA, "a1_plain", 88, 100, True, False, 1, "competent: both fees explained from the bill, 2.6 asked, the usage explained simply, 结束语", [
    "@2 /answer", EA_OPEN, EA_EXPL, EA_26, EA_SIMPLE, EA_BYE,
])
play(EA, "a2_traditional", 85, 100, True, False, 1, "competent, typed in traditional characters", [
    "@2 /answer",
    "@4 您好，我是客服中心14號業務受理專員，請問有什麼可以幫您？",
    "@12 吳阿姨，月功能費8元是來電顯示5元和彩鈴3元，每月固定收取；套餐外流量費23元是套餐內流量用完後，超出部分按使用量計費。",
    "@8 吳阿姨，請問您哪裡不清楚？需要我再幫您解釋一遍嗎？",
    "@10 阿姨，您用手機微信視頻通話、看微信視頻號會用流量，套餐裡的1GB用完了，多出來的就收了23塊。",
    "@5 不客氣，感謝您的來電，再見！",
])
play(EA, "b1_no_26", 80, 91, True, False, 0, "single fault: when she is still confused, no 2.6 question until she asks again", [
    "@2 /answer", EA_OPEN, EA_EXPL,
    "@6 就是这两项费用。",
    EA_26, EA_SIMPLE, EA_BYE,
])
play(EA, "b2_no_closing", 78, 88, True, False, 0, "single fault: no 1.4 结束语 (好 and hang up)", [
    "@2 /answer", EA_OPEN, EA_EXPL, EA_26, EA_SIMPLE, "@3 好。", "@2 /hangup",
])

# ===== caller_quiet: answer 10, opening 10, ask_louder 25, repeat 15, change_phone 20, hangup 10, courtesy 10 =====
CQ = "caller_quiet"
CQ_OPEN = "@4 您好，我是客服中心03号业务受理专员，请问有什么可以帮您？"
CQ_1 = "@6 非常抱歉，我听不清楚，请您讲话大声点儿好吗？"
CQ_2 = "@6 非常抱歉，还是听不清楚，请您再大声一点好吗？"
CQ_3 = "@7 非常抱歉，还是听不清您的声音，请您换一部电话再拨，好吗？"
play(CQ, "a1_plain", 88, 100, True, False, 1, "competent: 2.2 asked louder twice, then asked to change phones, hang-up after a pause", [
    "@2 /answer", CQ_OPEN, CQ_1, CQ_2, CQ_3, "@3 /hangup",
])
play(CQ, "a2_ime_slips", 85, 100, True, False, 1, "competent, with pinyin-IME slips (报歉, 大声点)", [
    "@2 /answer",
    "@4 您好，我是客服中心18号业务受理专员，请问有什么可以帮您？",
    "@6 非常报歉，我听不清楚，请您讲话大声点好吗？",
    "@6 非常报歉，我还是听不太清，麻烦您再大声一点好吗？",
    "@7 非常报歉，还是听不清楚，请您换一部电话再拨过来，好吗？",
    "@3 /hangup",
])
play(CQ, "b1_no_change_phone", 72, 84, True, False, 0, "single fault: at the third try no request to change phones (喂？喂？听不见。) before hanging up", [
    "@2 /answer", CQ_OPEN, CQ_1, CQ_2, "@4 喂？喂？听不见。", "@3 /hangup",
])
play(CQ, "b2_never_hangs_up", 82, 92, True, False, 0, "single fault: after asking her to change phones the trainee never hangs up", [
    "@2 /answer", CQ_OPEN, CQ_1, CQ_2, CQ_3,
])
play(CQ, "b3_rude_louder", 62, 88, True, False, 0, "single fault: the first request is rude (你那边声音太小了，大声点行不行？); 2.2 said properly only after the caller's 听得到吗", [
    "@2 /answer", CQ_OPEN,
    "@5 你那边声音太小了，大声点行不行？",
    CQ_1, CQ_2, CQ_3, "@3 /hangup",
])


def main():
    bad = 0
    names = set()
    for p in PLAYS:
        key = p["scenario"] + "." + p["name"]
        if key in names:
            print("duplicate play " + key)
            bad += 1
        names.add(key)
        for e in ok(p):
            print(key + ": " + e)
            bad += 1
        if not os.path.exists(os.path.join(HERE, "..", "..", "..", "..", "scenarios", p["scenario"] + ".lua")):
            print(key + ": no such scenario")
            bad += 1
    if bad:
        sys.exit(1)
    out = os.path.join(HERE, "calls")
    os.makedirs(out, exist_ok=True)
    rows = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    for p in PLAYS:
        fn = p["scenario"] + "." + p["name"] + ".replies"
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            f.write("\n".join(p["lines"]) + "\n")
        rows.append("\t".join([SPLIT, p["scenario"], fn, str(p["lo"]), str(p["hi"]),
                               "true" if p["passed"] else "false",
                               "true" if p["auto_failed"] else "false",
                               str(p["competent"]), p["note"]]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    n_sc = len({p["scenario"] for p in PLAYS})
    n_c = sum(p["competent"] for p in PLAYS)
    print(f"{len(PLAYS)} plays over {n_sc} scenarios ({n_c} competent, {len(PLAYS) - n_c} single-fault)")


if __name__ == "__main__":
    main()
