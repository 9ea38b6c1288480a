#!/usr/bin/env python3
"""Blind holdout2 whole-call plays (issue #11 item 7), written by examiner holdout2.

Each play: scenario, name, lo, hi, passed, auto_failed, competent, note, and the scripted trainee
(lines of the replies format, README "Trainers"), played with --seed 1. Ranges were set from the
scenario's rubric (item maxima) and the standard before any play was run; the runs only checked
that each line lands on the caller's turn it answers.
Writes holdout2/calls/SCENARIO.NAME.replies and holdout2/calls.tsv:
  python3 tests/data/eval/holdout2/plays.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

OPEN = "@2 /answer\n@3 "


def play(scenario, name, lo, hi, passed, auto_failed, competent, note, body):
    return (scenario, name, lo, hi, passed, auto_failed, competent, note, body.strip("\n") + "\n")


PLAYS = [
    # --- praised (2.8): answer10 opening10 praised30 question20 courtesy10 latency5 closing15
    play("praised", "competent1", 88, 100, 1, 0, 1, "own words; kb methods", """
@2 /answer
@3 您好，有线电视客服小魏为您服务，请问有什么可以帮您？
@5 不客气，这是我们应该做的，您的表扬我一定转达给27号同事。
@6 您可以用遥控器按“回看”键，选好日期和频道就能看，7天内的节目都支持；也可以进节目单，选昨天的节目按确认键。
@5 不客气，感谢您的来电，祝您生活愉快，再见！
"""),
    play("praised", "competent2_trad", 88, 100, 1, 0, 1, "traditional characters", """
@2 /answer
@3 您好，我是客服小鄭，請問有什麼可以幫您？
@5 不客氣，這是我們應該做的，謝謝您的肯定。
@6 支持7天內回看：遙控器按「回看」鍵，選日期和頻道；或者進節目單，選昨天的節目按確認鍵。
@5 感謝您的來電，祝您愉快，再見！
"""),
    play("praised", "boasting", 60, 75, 1, 0, 0, "single fault: boasts instead of 2.8 (praised 0)", """
@2 /answer
@3 您好，我是客服小魏，请问有什么可以帮您？
@5 哈哈那当然，27号可是我们组的金牌客服，业绩一直第一。
@6 您可以用遥控器按“回看”键，选日期和频道；也可以进节目单选昨天的节目按确认键，7天内都能看。
@5 感谢您的来电，祝您愉快，再见！
"""),
    # --- correction (2.14): answer10 opening10 first10 correction30 courtesy10 latency10 closing20
    play("correction", "competent1", 88, 100, 1, 0, 1, "answers from the old entry, then 2.14", """
@2 /answer
@3 您好，我是移动客服小韩，请问有什么可以帮您？
@5 您好，59元套餐包含国内通用流量20GB，国内通话200分钟。
@6 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有通用流量20GB加定向流量15GB，一共35GB，通话还是200分钟。
@5 感谢您的来电，祝您愉快，再见！
"""),
    play("correction", "competent2_typo", 85, 100, 1, 0, 1, "IME slips 报歉, 欠却 in 2.14", """
@2 /answer
@3 您好，客服小韩为您服务，请问有什么可以帮您？
@5 59元套餐是国内通用流量20GB，通话200分钟。
@6 非常报歉，刚才我的解释有些欠却，应该是本月开始的新规定：通用20GB再加定向15GB，共35GB。
@5 感谢您的来电，再见！
"""),
    play("correction", "refuses", 20, 59, 0, 0, 0, "single fault: refuses to correct, blames the website (correction 0, caller leaves)", """
@2 /answer
@3 您好，我是客服小韩，请问有什么可以帮您？
@5 59元套餐包含国内通用流量20GB，通话200分钟。
@6 网上写的不准，以我们系统为准，就是20GB。
@5 我刚才说得很清楚了，就是20GB，没有35GB。
@5 感谢您的来电，再见！
"""),
    # --- wrong_number (2.10): answer5 opening10 readback20 wrong25 ticket20 courtesy10 closing10
    play("wrong_number", "competent1", 88, 100, 1, 0, 1, "2.10 (1) and (2), ticket with the corrected number", """
@2 /answer
@3 您好，宽带客服小罗，请问有什么可以帮您？
@8 非常抱歉，请问您的手机号码是1586163655吗？
@4 很抱歉，您报的号码只有10位，号码有误，请您再核对一下好吗？
@10 /ticket 手机号=15861463655 内容=预约师傅上门安装新路由器，请回电
@4 好的，师傅会尽快跟您联系。感谢您的来电，祝您愉快，再见！
"""),
    play("wrong_number", "competent2_trad", 88, 100, 1, 0, 1, "traditional characters", """
@2 /answer
@3 您好，我是客服小羅，請問有什麼可以幫您？
@8 非常抱歉，請問您的手機號碼是1586163655嗎？
@4 很抱歉，您報的號碼少了一位，請您再核對一下，好嗎？
@10 /ticket 手机号=15861463655 内容=预约上门安装路由器
@4 感謝您的來電，祝您愉快，再見！
"""),
    play("wrong_number", "ticket_ten_digits", 65, 85, 1, 0, 0, "single fault: the ticket keeps the 10-digit number (ticket 0)", """
@2 /answer
@3 您好，宽带客服小罗，请问有什么可以帮您？
@8 非常抱歉，请问您的手机号码是1586163655吗？
@4 很抱歉，您报的号码有误，请您再核对一下好吗？
@10 /ticket 手机号=1586163655 内容=预约师傅上门安装新路由器
@4 感谢您的来电，祝您愉快，再见！
"""),
    # --- hard_to_reach (2.15): answer10 opening10 apology30 hold15 result10 courtesy10 closing15
    play("hard_to_reach", "competent1", 88, 100, 1, 0, 1, "2.15 in own words, hold with 1.2", """
@2 /answer
@3 您好，宽带热线客服小孙，请问有什么可以帮您？
@5 实在抱歉，这几天来电量大大增加，线路一直繁忙，技术部门正在想办法解决，给您带来的不便我们深表歉意！
@5 请您稍等，我帮您核实一下宽带的到期时间好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待，您的宽带是100M包年套餐，到期日是明年1月15日，到期前一个月会有短信提醒您续费。
@5 感谢您的来电，祝您愉快，再见！
"""),
    play("hard_to_reach", "competent2_trad", 85, 100, 1, 0, 1, "traditional characters, one slip 合实", """
@2 /answer
@3 您好，我是客服小孫，請問有什麼可以幫您？
@5 非常抱歉！由於諮詢量大量增加，造成系統繁忙，技術部門正在研究解決，給您造成的不便，我們深表歉意！
@5 請您稍等，我帮您合实一下好嗎？
@2 /hold
@20 /unhold
@2 感謝您的耐心等待，您的寬帶到期日是明年1月15日，到期前一個月會短信提醒續費。
@5 感謝您的來電，再見！
"""),
    play("hard_to_reach", "hold_no_phrase", 78, 95, 1, 0, 0, "single fault: holds without the 1.2 phrases", """
@2 /answer
@3 您好，宽带热线客服小孙，请问有什么可以帮您？
@5 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
@5 /hold
@20 /unhold
@2 您的宽带到期日是明年1月15日，到期前一个月有短信提醒。
@5 感谢您的来电，祝您愉快，再见！
"""),
    # --- too_slow (2.17): answer5 opening10 too_slow30 hold15 result10 courtesy10 closing20
    play("too_slow", "competent1", 88, 100, 1, 0, 1, "2.17 own words, hold, result from the pane", """
@2 /answer
@3 您好，客服小冯为您服务，请问有什么可以帮您？
@5 好的，是13885019999这个手机号下的订单对吧，我来帮您查。
@5 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等，谢谢！
@4 请您稍等，我帮您核实一下退款进度好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待，您这笔458元的退款已经审核通过了，预计3到5个工作日内原路退回您的支付账户。
@5 感谢您的来电，祝您愉快，再见！
"""),
    play("too_slow", "competent2_slips", 85, 100, 1, 0, 1, "IME slips 烦忙, 奈心; traditional close", """
@2 /answer
@3 您好，我是客服小馮，请问有什么可以帮您？
@5 好的，我这就按您的手机号查一下。
@5 不好意思，系统现在比较烦忙，我会尽快帮您处理的，麻烦您再稍等一下。
@4 请您稍等，我帮您查询一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的奈心等待，退款已经审核通过，3到5个工作日内原路退回。
@5 感謝您的來電，祝您愉快，再見！
"""),
    play("too_slow", "vague_result", 78, 95, 1, 0, 0, "single fault: no refund status or date after the hold (result 0)", """
@2 /answer
@3 您好，客服小冯为您服务，请问有什么可以帮您？
@5 好的，我来帮您查这个手机号下的订单。
@5 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@4 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待，已经帮您查过了，您放心就好。
@5 感谢您的来电，祝您愉快，再见！
"""),
    play("too_slow", "insult", 0, 59, 0, 1, 0, "single fault: insults the caller who blames the speed (auto fail)", """
@2 /answer
@3 您好，客服小冯为您服务，请问有什么可以帮您？
@5 好的，我来帮您查这个手机号下的订单。
@5 嫌慢你自己来查啊，蠢货。
@4 请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待，退款已审核通过，3到5个工作日内原路退回。
@5 感谢您的来电，再见！
"""),
    # --- dialect_caller (2.20, 2.18): answer10 opening10 dialect15 transfer_phrase10 transfer40 courtesy10 latency5
    play("dialect_caller", "competent1", 90, 100, 1, 0, 1, "2.20 then 2.18 (1) and transfer to the Cantonese desk", """
@2 /answer
@3 您好，有线电视客服小曾，请问有什么可以帮您？
@5 非常抱歉，阿姨，打断您一下，您方便讲普通话吗？谢谢！
@5 好的，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？
@3 /transfer 粤语坐席
"""),
    play("dialect_caller", "competent2_trad", 90, 100, 1, 0, 1, "traditional characters", """
@2 /answer
@3 您好，我是客服小曾，請問有什麼可以幫您？
@5 非常抱歉，打斷您一下，您方便講普通話嗎？謝謝！
@5 請稍等，正在為您轉接粵語坐席，請不要掛機，好嗎？
@3 /transfer 粤语坐席
"""),
    play("dialect_caller", "hangs_up", 25, 59, 0, 0, 0, "single fault: no transfer, sends the caller away and hangs up", """
@2 /answer
@3 您好，有线电视客服小曾，请问有什么可以帮您？
@5 非常抱歉，打断您一下，您方便讲普通话吗？谢谢！
@5 不好意思，我们这边没人听得懂粤语，您找家里人帮忙讲普通话再打过来吧，再见。
@2 /hangup
"""),
    # --- caller_fast (2.3): answer10 opening10 slow25 confirm20 ticket10 courtesy10 closing15
    play("caller_fast", "competent1", 88, 100, 1, 0, 1, "2.3, read-back of 88/副卡/next month, ticket", """
@2 /answer
@3 您好，移动客服小邓，请问有什么可以帮您？
@5 非常抱歉，我不太明白您的意思，请您说慢一点好吗？
@6 好的，跟您确认一下：158元套餐改成88元套餐，副卡取消，下个月1号生效，对吗？
@8 /ticket 业务=套餐变更、取消副卡 内容=158元套餐改88元套餐，取消副卡，下月1日生效
@5 已经给您登记好了，感谢您的来电，祝您愉快，再见！
"""),
    play("caller_fast", "competent2_typo", 85, 100, 1, 0, 1, "IME slip 意识 for 意思; own words", """
@2 /answer
@3 您好，我是客服小邓，请问有什么可以帮您？
@5 非常抱歉，我不太明白您的意识，请您说慢一点儿好吗？
@6 我复述一下：您要从158元的套餐换到88元的，同时取消副卡，下个月一号起生效，是吧？
@8 /ticket 业务=改套餐 内容=158元改为88元套餐；取消副卡；下月1日生效
@5 好的，都记下了，感谢您的来电，再见！
"""),
    play("caller_fast", "no_ticket", 75, 92, 1, 0, 0, "single fault: no ticket (ticket 0)", """
@2 /answer
@3 您好，移动客服小邓，请问有什么可以帮您？
@5 非常抱歉，我不太明白您的意思，请您说慢一点好吗？
@6 好的，跟您确认一下：158元套餐改成88元套餐，副卡取消，下个月1号生效，对吗？
@5 好的，我这边马上给您办理。
@5 正在给您提交变更。
@5 已经提交好了，下个月1号生效，到时会有短信通知您。
@4 感谢您的来电，祝您愉快，再见！
"""),
    play("caller_fast", "rude_slow", 50, 70, 1, 0, 0, "single fault: rhetorical impatience instead of 2.3 (slow 0, courtesy 0)", """
@2 /answer
@3 您好，移动客服小邓，请问有什么可以帮您？
@5 你说那么快谁听得懂？慢点说行不行！
@4 好，您说吧。
@6 好的，跟您确认一下：158元套餐改成88元套餐，副卡取消，下个月1号生效，对吗？
@8 /ticket 业务=套餐变更 内容=158元改88元套餐，取消副卡，下月1日生效
@5 感谢您的来电，祝您愉快，再见！
"""),
    # --- not_heard (2.5): answer5 opening10 repeat25 record15 hold15 courtesy10 closing20
    play("not_heard", "competent1", 88, 100, 1, 0, 1, "2.5, exact tracking number, hold, result", """
@2 /answer
@3 您好，快递客服小蔡，请问有什么可以帮您？
@5 非常抱歉，刚才没听清您的单号，麻烦您再重复一遍好吗？
@10 /ticket 单号=YT1177966493 note=客户查询快递三天未更新
@4 请您稍等，我帮您查询一下这个单号好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待，您的包裹现在在遵义分拨中心，因为分拣积压三天没有更新，明天就会给您派送。
@5 感谢您的来电，祝您愉快，再见！
"""),
    play("not_heard", "competent2_trad", 88, 100, 1, 0, 1, "traditional characters, one slip 一便", """
@2 /answer
@3 您好，我是客服小蔡，請問有什麼可以幫您？
@5 非常抱歉，我沒聽清您的講話，您再重複一便，好嗎？
@10 /ticket 单号=YT1177966493 note=三天未更新
@4 請您稍等，我幫您查詢一下好嗎？
@2 /hold
@20 /unhold
@2 感謝您的耐心等待，包裹在遵義分撥中心，分揀積壓，明天派送。
@5 感謝您的來電，再見！
"""),
    play("not_heard", "ticket_swapped", 75, 92, 1, 0, 0, "single fault: two digits of the tracking number swapped in the ticket", """
@2 /answer
@3 您好，快递客服小蔡，请问有什么可以帮您？
@5 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
@10 /ticket 单号=YT1177966439 note=客户查询快递三天未更新
@4 请您稍等，我帮您查询一下这个单号好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待，包裹在遵义分拨中心，因为分拣积压没更新，明天派送。
@5 感谢您的来电，祝您愉快，再见！
"""),
    # --- transfer_failed (2.18): answer5 opening10 transfer_phrase15 transfer10 failed25 ticket10 courtesy10 closing15
    play("transfer_failed", "competent1", 88, 100, 1, 0, 1, "2.18 (1), transfer, 2.18 (2), ticket", """
@2 /answer
@3 您好，企业专线客服小田，请问有什么可以帮您？
@5 好的，请稍等，正在为您转接技术支持部，请不要挂机，好吗？
@3 /transfer 技术支持部
@16 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
@10 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=技术部工程师协助排查
@5 已经记录好了，技术部会尽快联系您。感谢您的来电，祝您愉快，再见！
"""),
    play("transfer_failed", "competent2_trad", 85, 100, 1, 0, 1, "traditional characters, own words", """
@2 /answer
@3 您好，我是客服小田，請問有什麼可以幫您？
@5 請稍等，正在為您轉接技術支持部，請不要掛機，好嗎？
@3 /transfer 技术支持部
@16 非常抱歉，技術部那邊線路一直佔線，暫時轉不過去，我先把您的情況詳細記錄下來，稍後轉給相關部門處理，您看可以嗎？
@10 /ticket 公司=筑城物流 故障=VPN隧道断开 联系电话=08518812345 要求=工程师协助
@5 感謝您的來電，再見！
"""),
    play("transfer_failed", "no_transfer_phrase", 75, 92, 1, 0, 0, "single fault: transfers without the 2.18 (1) phrase", """
@2 /answer
@3 您好，企业专线客服小田，请问有什么可以帮您？
@3 /transfer 技术支持部
@16 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
@10 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=技术部工程师协助排查
@5 感谢您的来电，祝您愉快，再见！
"""),
    # --- no_contact (2.11): answer5 opening10 no_contact30 ticket20 promise10 courtesy10 closing15
    play("no_contact", "competent1", 88, 100, 1, 0, 1, "2.11 (phrase wins over 无法处理), exact number, promise", """
@2 /answer
@3 您好，通信客服小许，请问有什么可以帮您？
@5 非常抱歉影响您休息了，我先把情况记下来。
@5 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
@12 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音扰民
@4 已经记录好了，我们会尽快安排维护人员处理，处理完给您回电。
@5 感谢您的来电，祝您晚安，再见！
"""),
    play("no_contact", "competent2_trad", 85, 100, 1, 0, 1, "traditional characters, own words", """
@2 /answer
@3 您好，我是客服小許，請問有什麼可以幫您？
@5 非常抱歉給您帶來困擾，我先幫您記錄。
@5 不好意思，如果沒有您的聯繫電話，我們就沒辦法聯繫您，這個問題也就沒辦法為您處理了。
@12 /ticket 联系电话=15961463655 内容=世纪城门口机柜风扇噪音
@4 好的，我們會盡快派人處理，處理後給您回覆。
@5 感謝您的來電，再見！
"""),
    play("no_contact", "wrong_phone", 65, 85, 1, 0, 0, "single fault: last digit of the phone number wrong in the ticket", """
@2 /answer
@3 您好，通信客服小许，请问有什么可以帮您？
@5 非常抱歉影响您休息了，我先把情况记下来。
@5 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
@12 /ticket 联系电话=15961463656 内容=世纪城门口通信机柜风扇夜间噪音扰民
@4 已经记录好了，我们会尽快安排人员处理，处理完给您回电。
@5 感谢您的来电，祝您晚安，再见！
"""),
    # --- leader_phone (2.7): answer10 opening10 duty25 scope15 ticket15 courtesy10 closing15
    play("leader_phone", "competent1", 88, 100, 1, 0, 1, "2.7 (1) then (2), the order's state, ticket", """
@2 /answer
@3 您好，宽带客服小潘，请问有什么可以帮您？
@5 作为客户代表，我的职责就是帮您解决问题，请您相信我，我一定会尽力帮您处理的。
@5 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？
@6 我查到了，您的装机是十天前受理的，现在还在等装维部门派单，已经超过承诺时限了，我马上帮您加急催办。
@8 /ticket 内容=宽带新装十天未上门，已超承诺时限，客户工作日全天在家 处理=加急催装维部门派单
@5 已经帮您催办了，感谢您的来电，祝您愉快，再见！
"""),
    play("leader_phone", "competent2_trad", 85, 100, 1, 0, 1, "traditional characters, own words", """
@2 /answer
@3 您好，我是客服小潘，請問有什麼可以幫您？
@5 領導的電話我這邊不方便提供，您的問題我會盡全力幫您解決，請您相信我。
@5 非常抱歉，領導的電話超出了我們的服務範圍，請您通過其他方式查詢，好嗎？
@6 您的裝機單十天前受理，目前在等裝維部門派單，已經超時了，我馬上幫您催。
@8 /ticket 内容=宽带新装超时未派单 处理=催装维派单
@5 感謝您的來電，再見！
"""),
    play("leader_phone", "insult", 0, 59, 0, 1, 0, "single fault: insults the caller (auto fail)", """
@2 /answer
@3 您好，宽带客服小潘，请问有什么可以帮您？
@5 领导电话？你算老几，想要就要？
@5 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？
@6 您的装机十天前受理，现在在等装维部门派单，已经超时了，我帮您催办。
@8 /ticket 内容=宽带新装超时未派单 处理=催装维派单
@5 感谢您的来电，再见！
"""),
    # --- bad_attitude (2.9): answer5 opening10 apology30 record15 courtesy15 latency10 closing15
    play("bad_attitude", "competent1", 88, 100, 1, 0, 1, "2.9, ticket with job number 39, original question answered", """
@2 /answer
@3 您好，宽带客服小袁，请问有什么可以帮您？
@5 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！
@5 您的投诉我马上记录，会反馈给质检部门。
@8 /ticket 被投诉工号=39 内容=昨天下午39号客服不耐烦，话没说完挂断电话
@5 修改宽带密码可以到营业厅或者在APP“宽带服务”里办，我现在也可以直接在系统里帮您受理。
@5 感谢您的来电，祝您愉快，再见！
"""),
    play("bad_attitude", "competent2_trad", 85, 100, 1, 0, 1, "traditional characters", """
@2 /answer
@3 您好，我是客服小袁，請問有什麼可以幫您？
@5 非常抱歉，給您帶來了不便，我們會在以後的工作中改進，感謝您並希望您繼續監督我們的服務！
@5 真的很抱歉，我這就幫您登記投訴。
@8 /ticket 被投诉工号=39 内容=昨天下午态度不耐烦、中途挂断
@5 修改寬帶密碼可以到營業廳或者APP「寬帶服務」辦理，我也可以現在幫您在系統裡受理。
@5 感謝您的來電，再見！
"""),
    play("bad_attitude", "defends_colleague", 30, 59, 0, 0, 0, "single fault: excuses the colleague and blames the caller instead of 2.9", """
@2 /answer
@3 您好，宽带客服小袁，请问有什么可以帮您？
@5 我们39号同事一向很耐心的，可能是您当时说话太急了。
@5 那我给您记一下吧。
@8 /ticket 被投诉工号=39 内容=昨天下午39号客服不耐烦，话没说完挂断电话
@5 修改宽带密码可以到营业厅或者在APP“宽带服务”里办，我也可以直接在系统里帮您受理。
@5 感谢您的来电，祝您愉快，再见！
"""),
    # --- off_topic ((三) 5): answer10 opening10 ask25 close20 protocol15 courtesy10 focus10
    play("off_topic", "competent1", 88, 100, 1, 0, 1, "(三) 5 as printed, then hang up", """
@2 /answer
@3 您好，我是客服小叶，请问有什么可以帮您？
@5 请问您有业务需要咨询吗？
@5 如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
"""),
    play("off_topic", "competent2_trad", 88, 100, 1, 0, 1, "traditional characters, own words", """
@2 /answer
@3 您好，我是客服小葉，請問有什麼可以幫您？
@5 不好意思，這個我們這裡查不到。請問您有業務需要諮詢嗎？
@5 如果沒有業務需要諮詢，謝謝您，再見！
@2 /hangup
"""),
    play("off_topic", "chats", 55, 85, 1, 0, 0, "single fault: chats off-topic before the close (focus 0)", """
@2 /answer
@3 您好，我是客服小叶，请问有什么可以帮您？
@5 彩票号码我也不清楚哈，您平时经常买彩票吗？
@5 我今年二十五，您呢？一个人在家确实挺无聊的。
@5 请问您有业务需要咨询吗？如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
"""),
]


def main():
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    for sc, name, lo, hi, passed, auto, comp, note, body in PLAYS:
        fname = f"{sc}.{name}.replies"
        with open(os.path.join(calls, fname), "w", encoding="utf-8") as f:
            f.write(body)
        rows.append("\t".join(["holdout2", sc, fname, str(lo), str(hi),
                               "true" if passed else "false", "true" if auto else "false",
                               str(comp), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
