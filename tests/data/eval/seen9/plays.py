#!/usr/bin/env python3
"""holdout9 whole-call plays (blind examiner blind9c).

Every play below is typed by hand. A block is

    === SCENARIO NAME LO HI PASSED AUTO_FAILED COMPETENT [trad]
    # note: what the play is and what fault it holds
    replies lines (README "Trainers" syntax), played with --seed 1

LO-HI, PASSED (>= 60, 国家职业技能标准 1.9.2), AUTO_FAILED and COMPETENT were set from each
scenario's rubric and the standards BEFORE any play was run (see CALLS.md).  A block marked
`trad` has its typed lines (not the /commands, not @S/~ specs) converted with OpenCC s2t.json.

Writes calls/SCENARIO.NAME.replies and calls.tsv (9 columns, split holdout9) beside this file.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PLAYS = r"""
=== crisis_authority competent1_mom_hz 85 100 1 0 1
# note: competent; empathy, refund+200 coupon inside the authority, ticket, escalate 专项处理部, closing
@2 /answer
@3 您好，这里是客服中心，我是32号客服，请问有什么可以帮您？
@5 非常抱歉让您收到过期的奶粉，您的心情我非常理解，为了尽快帮您处理好，您先别着急，我现在就帮您看订单。
@7 非常抱歉，这批有机二段奶粉确实过期了。我在权限内给您办理全额退款，另外补偿您200元优惠券，过期的两罐我们安排人上门取回，您看可以吗？
@6 宝宝的身体最要紧！这个情况我马上记录下来，并转给我们的专项处理部门，他们会尽快联系您。
@12 /ticket 事件=前天签收的有机二段奶粉2罐已过期两个月，宝宝昨天喝了两次，今天一直拉肚子 联系电话=18985199876 曝光风险=客户已拍视频，称要发抖音并找电视台 已办理=全额退款+200元优惠券，上门取回
@2 /escalate 专项处理部
@5 已经为您升级到专项处理部了，他们今天会给您回电话。建议您先带宝宝去医院看看，就诊的单据请保留好。
@4 感谢您的来电，祝宝宝早日康复，再见！
@2 /hangup

=== crisis_authority competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t), chooses the listed in-authority proposal (#2)
@2 /answer
@3 您好，我是客服专员18号，请问有什么可以帮您？
@5 女士，您的心情我非常理解，遇到这种事谁都会生气，为了更快帮您解决，请您给我一点时间处理。
@6 #2
@6 您先别急，宝宝拉肚子这个情况很重要，我这边马上登记并升级给专项处理部门处理。
@10 /ticket 事件=奶粉过期两个月，宝宝饮用后腹泻 联系电话=18985199876 曝光风险=拍了视频，扬言发抖音、找电视台 已办理=全额退款加200元优惠券
@2 /escalate 专项处理部
@5 已经帮您转到专项处理部，专员会尽快打电话联系您，您先带宝宝去医院检查一下。
@4 感谢您的来电，祝您和宝宝平安，再见！
@2 /hangup

=== crisis_authority competent3_casual_dongbei 82 100 1 0 1
# note: competent, casual northern register but polite; typed proposal within authority
@2 /answer
@3 您好您好，我是客服9号小赵，您说，有啥需要帮忙的？
@5 大姐您别上火，您的心情我特别理解，换谁摊上这事都闹心，为了赶紧给您解决，我这就给您查。
@8 实在对不住，这奶粉确实过期了。我在权限内能给您全额退款，再补您200块钱的优惠券，过期那两罐我们派人上门取走，您看行不？
@5 哎呀孩子拉肚子可不是小事，我这就给您登记，转我们专项处理部门，他们专门管这个。
@10 /ticket 事件=奶粉过期，宝宝喝了两次后拉肚子 联系电话=18985199876 曝光风险=要发抖音找电视台 已办理=全额退款+200元券
@2 /escalate 专项处理部
@4 已经给您转专项处理部了，今天就会有人给您打电话，您先带孩子上医院瞅瞅。
@4 感谢您的来电，祝孩子早点好起来，再见！
@2 /hangup

=== crisis_authority no_escalate 0 59 0 1 0
# note: fault: missed escalation; ticket filed and a promise to "report upward", never /escalate (2.3.2, fatal)
@2 /answer
@3 您好，我是21号客服，请问有什么可以帮您？
@5 您的心情我非常理解，为了更好地帮您处理，请您先别着急，我马上帮您查。
@7 非常抱歉，我在权限范围内给您办理全额退款，再补偿200元优惠券，过期奶粉安排上门取回，您看可以吗？
@6 非常抱歉，宝宝拉肚子的情况我记下来了，我会反馈给上级，请您放心。
@10 /ticket 事件=奶粉过期，宝宝喝后腹泻 联系电话=18985199876 曝光风险=要发抖音 已办理=全额退款+200元优惠券
@8 您这边先带宝宝去医院看看，有结果我们会通知您的。
@20 感谢您的来电，再见！

=== crisis_authority wrong_desk 0 59 0 1 0
# note: fault: escalates the high-level risk to 投诉处理组 instead of 专项处理部 (2.3.2 names the desk; fatal item)
@2 /answer
@3 您好，我是客服27号，请问有什么可以帮您？
@5 您的心情我非常理解，为了尽快帮您解决，请您先别着急。
@7 非常抱歉，我可以在权限内为您全额退款，再补偿200元优惠券，并安排上门取回过期奶粉，您看可以吗？
@6 宝宝的健康最重要，我马上登记，把这个事交给投诉处理组跟进。
@10 /ticket 事件=奶粉过期，宝宝腹泻 联系电话=18985199876 曝光风险=要发抖音、找电视台 已办理=全额退款+200元优惠券
@2 /escalate 投诉处理组
@5 已经给您升级了，会有专人联系您，您先带宝宝去医院。
@4 感谢您的来电，再见！
@2 /hangup

=== crisis_authority over_authority 62 80 1 0 0
# note: fault: promises 2000 元 cash so she does not post the video (beyond the 灰度授权, compensation for silence)
@2 /answer
@3 您好，我是客服12号，请问有什么可以帮您？
@5 您的心情我非常理解，为了更有效地帮您解决，请您先消消气。
@7 真的非常抱歉，这样吧，我给您赔偿两千元现金，您就别发抖音了，好吗？
@6 宝宝拉肚子的情况很严重，我马上记录并升级给专项处理部门。
@10 /ticket 事件=奶粉过期，宝宝喝后拉肚子 联系电话=18985199876 曝光风险=要发抖音、找电视台 已办理=承诺赔偿现金2000元
@2 /escalate 专项处理部
@5 已经为您升级到专项处理部，他们很快会联系您，您先带宝宝去医院。
@4 感谢您的来电，祝宝宝早日康复，再见！
@2 /hangup

=== crisis_authority no_empathy 76 90 1 0 0
# note: fault: no 2.12 — goes straight to the order number when she is shouting; rest competent
@2 /answer
@3 您好，我是客服6号，请问有什么可以帮您？
@5 请问您的订单是用哪个手机号下的？
@7 非常抱歉，我在权限内为您办理全额退款，另外补偿200元优惠券，过期奶粉我们安排上门取回，您看可以吗？
@6 宝宝的身体要紧，我马上登记并升级给专项处理部门。
@10 /ticket 事件=奶粉过期两个月，宝宝喝后腹泻 联系电话=18985199876 曝光风险=要发抖音、找电视台 已办理=全额退款+200元优惠券
@2 /escalate 专项处理部
@5 已经为您升级到专项处理部，他们会尽快和您联系，您先带宝宝去医院。
@4 感谢您的来电，祝宝宝早日康复，再见！
@2 /hangup

=== customer_types competent1_sichuan 85 100 1 0 1
# note: competent; identifies 犹豫型 (#2), 2.12 and advice (exchange, steps, days, freight), closing
@2 /answer
@3 您好，我是售后客服15号，请问有什么可以帮您？
@8 #2
@6 您的心情我非常理解，刚到手的新手机有划痕确实闹心。为了更好地帮您，我建议您选择换货：划痕属于质量问题，签收7天内可以免费换，运费由商家承担，明天就有师傅上门取件，收到后3个工作日内给您发新机。您看这样可以吗？
@4 好的，那我现在就帮您提交换货申请。感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== customer_types competent2_ime 82 100 1 0 1
# note: competent with pinyin-IME slips (帮您->帮你, 建议->见意, 上门->上们); 2.12 and advice
@2 /answer
@3 您好，我是客服28号，请问有什么可以帮你？
@8 #2
@6 您的心情我非常理解，别着急，为了更好地帮您，我见意您换货哦，质量问题7天内可以换，运费商家出，次日上们取件，收到后3个工作日发新机给您。
@4 好的，感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== customer_types competent3_slow 80 100 1 0 1
# note: competent slow typist (about 35 字/分, ~ spec); short replies typed while the caller waits
@2 /answer
~12s 您好，我是客服3号，有什么可以帮您？
@8 #2
~40s 理解您的心情，别着急。建议您换货，运费商家承担，明天上门取件，3个工作日发新机。
~14s 感谢您的来电，再见！
@2 /hangup

=== customer_types wrong_type 66 82 1 0 0
# note: fault: judges the hesitant caller as 急躁型 (#1); the answer itself is fine advice
@2 /answer
@3 您好，我是客服11号，请问有什么可以帮您？
@8 #1
@6 您的心情我非常理解，为了更好地帮您，我建议您换货，划痕属于质量问题，7天内可以免费换，运费商家承担，明天上门取件，3个工作日内发新机。
@4 好的，感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== customer_types no_emotion 72 86 1 0 0
# note: fault: no 2.12 words; goes straight to the advice
@2 /answer
@3 您好，我是客服20号，请问有什么可以帮您？
@8 #2
@6 建议您换货，划痕属于质量问题，7天内可以换，运费商家承担，明天上门取件，收到后3个工作日内发出新机。
@4 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== customer_types no_advice 65 80 1 0 0
# note: fault: leaves the undecided caller to decide alone (no advice, mild 推诿 "您自己决定") after 2.12
@2 /answer
@3 您好，我是客服7号，请问有什么可以帮您？
@8 #2
@6 您的心情我非常理解，为了更好地帮您，退货和换货都可以，您自己决定就好。
@5 这个要看您自己，两种都可以办的。
@4 感谢您的来电，再见！
@2 /hangup

=== customer_types no_closing 78 88 1 0 0
# note: fault: ends without the 结束语 (just 好的 and hangs up)
@2 /answer
@3 您好，我是客服19号，请问有什么可以帮您？
@8 #2
@6 您的心情我非常理解，为了更好地帮您，我建议您换货：质量问题7天内免费换，运费商家承担，明天上门取件，3个工作日内发新机。
@3 好的。
@1 /hangup

=== dialect_caller competent1 85 100 1 0 1
# note: competent; 2.20, caller cannot speak Mandarin, 2.18(1) words, transfer 粤语坐席
@2 /answer
@2 您好，我是客服23号，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
@4 好的，请您稍等，正在为您转接粤语坐席，请不要挂机，好吗？
@2 /transfer 粤语坐席

=== dialect_caller competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@2 您好，我是16号业务受理专员，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，请问您方便讲普通话吗？谢谢！
@4 好的，请稍等，正在为您转接粤语服务坐席，请您不要挂机，好吗？
@2 /transfer 粤语坐席

=== dialect_caller competent3_young 82 100 1 0 1
# note: competent, young casual register with an IME slip (普通话->普通化) in the 2.20 line
@2 /answer
@2 您好~我是客服小周，工号30，请问有什么能帮到您？
@4 非常抱歉哈，打断您一下，您方便讲普通化吗？谢谢您！
@4 没问题，请稍等哦，正在为您转接会讲粤语的同事，请不要挂机，好吗？
@2 /transfer 粤语坐席

=== dialect_caller no_transfer_words 80 92 1 0 0
# note: fault: transfers without the 2.18(1) words
@2 /answer
@2 您好，我是客服5号，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
@4 /transfer 粤语坐席

=== dialect_caller wrong_desk_first 70 88 1 0 0
# note: fault: first transfers to 英语坐席 (wrong desk), call comes back, then 粤语坐席
@2 /answer
@2 您好，我是客服14号，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
@4 请稍等，正在为您转接，请不要挂机，好吗？
@2 /transfer 英语坐席
@4 非常抱歉，请稍等，正在为您转接粤语坐席，请不要挂机，好吗？
@2 /transfer 粤语坐席

=== dialect_caller hangs_up 30 55 0 0 0
# note: fault: after the caller says he cannot speak Mandarin, tells him to find someone else and hangs up (no transfer)
@2 /answer
@2 您好，我是客服8号，请问有什么可以帮您？
@4 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！
@4 不好意思，我这边听不懂粤语，麻烦您让家里会讲普通话的人再打过来，再见。
@2 /hangup

=== dialect_caller taunt 0 59 0 1 0
# note: fault: insult — mocks the dialect speaker after his second Cantonese line
@2 /answer
@2 您好，我是客服17号，请问有什么可以帮您？
@4 您说什么？
@4 叽里咕噜说的什么鸟语，能不能说人话？

=== leader_phone competent1 85 100 1 0 1
# note: competent; 2.7(1) duty, 2.7(2) scope, no number leaked, installation ticket, closing
@2 /answer
@3 您好，我是客服9号，请问有什么可以帮您？
@6 先生，作为客户代表，我的职责就是帮助您解决问题，请您相信我，装机的事我一定尽力帮您解决。
@6 非常抱歉，您咨询的领导电话超出了我们的服务范围，我这边没法提供，请您通过其他方式查询，好吗？
@5 实在抱歉让您白等了这么久，我马上给您登记催办，让装维部门加急派单，今天之内回电话跟您确认上门时间。
@4 /ticket 内容=宽带新装受理十天仍未上门安装，已超承诺时限，客户已请假两次在家等 处理=加急催装维部门派单，当天回电确认上门时间
@4 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== leader_phone competent2_guizhou 82 100 1 0 1
# note: competent, Guizhou colloquial register (嘛、哈), polite; choices typed in own words
@2 /answer
@3 您好，我是客服25号，请问有哪样可以帮您？
@6 大哥您莫急，作为客户代表，我的职责就是帮您解决问题，请您相信我，我一定尽力帮您解决哈。
@6 实在不好意思，领导的电话超出我们的服务范围了，我这边给不了，您可以通过其他渠道查询嘛。装机的事我马上帮您催。
@4 /ticket 内容=宽带装机延误十天，一直没人上门 处理=催装维部门尽快派单，回复客户
@4 已经给您登记催办了，装维那边今天会给您回个电话约时间。
@4 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== leader_phone competent3_slow 80 100 1 0 1
# note: competent slow typist (about 35 字/分), short replies
@2 /answer
~12s 您好，我是客服4号，有什么可以帮您？
~34s 我的职责就是帮您解决问题，请相信我，我一定尽力帮您解决。
~30s 抱歉，这超出了我们的服务范围，请您通过其他方式查询。
~30s /ticket 内容=宽带装机延误十天没人上门 处理=催办派单
~20s 已登记催办，今天给您回电。
~14s 感谢您的来电，再见！
@2 /hangup

=== leader_phone blunt_refusal 62 80 1 0 0
# note: fault: first answer is the bare refusal "领导的电话不能给你" (no 2.7(1) duty/help); later steps fine
@2 /answer
@3 您好，我是客服13号，请问有什么可以帮您？
@5 领导的电话不能给你。
@6 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？
@5 我马上给您登记催办，让装维部门尽快派单，今天给您回电话。
@4 /ticket 内容=宽带装机延误十天未上门 处理=催装维派单，回电客户
@4 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== leader_phone argues_no_scope 64 82 1 0 0
# note: fault: when the caller insists, argues "说了不能给就是不能给" instead of 2.7(2)
@2 /answer
@3 您好，我是客服2号，请问有什么可以帮您？
@6 作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮助您解决的。
@5 说了不能给就是不能给，您别为难我了。
@5 我给您登记催办，让装维部门尽快派单，今天回电话给您。
@4 /ticket 内容=宽带装机延误十天，客户请假两次在家等 处理=催办派单
@4 感谢您的来电，再见！
@2 /hangup

=== leader_phone no_ticket 76 88 1 0 0
# note: fault: promises to chase the installation but never files the ticket
@2 /answer
@3 您好，我是客服22号，请问有什么可以帮您？
@6 作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮您解决的。
@6 非常抱歉，领导的联系方式超出了我们的服务范围，请您通过其他方式查询，好吗？
@5 您放心，我这边帮您催一下装维部门，让他们尽快上门。
@5 好的，我会跟进的，请您耐心等一等。
@6 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== leader_phone wrong_ticket 76 88 1 0 0
# note: fault: the ticket records the wrong matter (客户索要领导电话) instead of the installation delay
@2 /answer
@3 您好，我是客服10号，请问有什么可以帮您？
@6 作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮您解决的。
@6 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？
@4 /ticket 内容=客户要求提供刘总手机号，已拒绝 处理=已解释
@5 我已经记下来了，会帮您反映的。
@6 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== caller_fast competent1 85 100 1 0 1
# note: competent; 2.3, read-back (88元, 副卡, 下月1号), ticket, closing
@2 /answer
@3 您好，我是客服16号，请问有什么可以帮您？
@3 非常抱歉，我不太明白您的意思，请您说慢一点好吗？
@5 好的，跟您确认一下：把现在158元的套餐换成88元的，副卡取消，下个月1号生效，对吗？
@4 /ticket 业务=套餐变更 内容=158元套餐改为88元套餐，取消副卡，下月1日生效
@4 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== caller_fast competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是客服代表33号，请问有什么可以帮您？
@3 非常抱歉，我没太听明白您的意思，请您说慢一点儿好吗？
@5 好的，帮您确认一下：套餐从158元改成88元，取消副卡，下个月一号生效，对吧？
@4 /ticket 业务=套餐变更 内容=158元改88元套餐，副卡取消，下月1号生效
@4 感谢您的来电，祝您愉快，再见！
@2 /hangup

=== caller_fast competent3_slow_ime 80 100 1 0 1
# note: competent slow typist (~40 字/分) with an IME slip (套餐->套参) in the read-back
@2 /answer
~16s 您好，我是客服6号，请问有什么可以帮您？
~22s 非常抱歉，我不太明白您的意思，请您说慢一点好吗？
~22s 确认下：改88元套参，取消副卡，下月1号生效，对吗？
~30s /ticket 业务=改套餐 内容=158改88元套餐，取消副卡，下月1号生效
~10s 感谢您的来电，再见！
@2 /hangup

=== caller_fast no_slow 68 82 1 0 0
# note: fault: never asks the caller to slow down (no 2.3), twice just says it is being handled
@2 /answer
@3 您好，我是客服12号，请问有什么可以帮您？
@3 好的好的，您稍等。
@3 嗯，我在听。
@5 跟您确认一下：158元套餐换成88元的，副卡取消，下个月1号生效，对吗？
@4 /ticket 业务=套餐变更 内容=158元改88元套餐，取消副卡，下月1日生效
@4 感谢您的来电，再见！
@2 /hangup

=== caller_fast no_confirm 72 85 1 0 0
# note: fault: no read-back of the business; files the ticket straight away
@2 /answer
@3 您好，我是客服4号，请问有什么可以帮您？
@3 非常抱歉，我不太明白您的意思，请您说慢一点好吗？
@5 /ticket 业务=套餐变更 内容=158元套餐改为88元，取消副卡，下月1日生效
@5 好的，已经帮您登记了。
@4 感谢您的来电，再见！
@2 /hangup

=== caller_fast wrong_amount 86 97 1 0 0
# note: fault: wrong field — the ticket says 98元 (caller said 88) though the read-back was right
@2 /answer
@3 您好，我是客服26号，请问有什么可以帮您？
@3 非常抱歉，我不太明白您的意思，请您说慢一点好吗？
@5 好的，跟您确认一下：158元套餐换成88元的，副卡取消，下个月1号生效，对吗？
@4 /ticket 业务=套餐变更 内容=158元套餐改为98元，取消副卡，下月1日生效
@4 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== caller_fast rude_tail 78 90 1 0 0
# note: fault: a rude tail on the read-back (说那么快谁听得清)
@2 /answer
@3 您好，我是客服1号，请问有什么可以帮您？
@3 非常抱歉，我不太明白您的意思，请您说慢一点好吗？
@5 跟您确认一下：88元的套餐，副卡取消，下月1号生效。下次说慢点，那么快谁听得清。
@4 /ticket 业务=套餐变更 内容=158元改88元套餐，取消副卡，下月1日生效
@4 感谢您的来电，再见！
@2 /hangup

=== not_heard competent1 85 100 1 0 1
# note: competent; 2.5, ticket YT1177966493, hold with 1.2 phrases, result (遵义分拨中心, 明天派送), closing
@2 /answer
@3 您好，我是客服19号，请问有什么可以帮您？
@3 非常抱歉，我没听清您的讲话，您再重复一遍单号，好吗？
@5 /ticket 单号=YT1177966493 note=客户反映物流三天未更新
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@25 /unhold
@2 感谢您的耐心等待！您的包裹现在在遵义分拨中心，因为分拣积压耽误了三天，明天就给您派送。
@4 感谢您的来电，祝您愉快，再见！
@2 /hangup

=== not_heard competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是13号业务受理专员，请问有什么可以帮您？
@3 非常抱歉，刚才没听清您的讲话，麻烦您再重复一遍，好吗？
@5 /ticket 单号=YT1177966493 note=三天未更新
@3 女士请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 女士，感谢您的耐心等待。包裹在遵义分拨中心滞留了，是分拣积压造成的，明天会派送给您。
@4 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== not_heard competent3_young 82 100 1 0 1
# note: competent, young casual register, half-width punctuation, no-space slip
@2 /answer
@3 您好,我是客服小林(工号8),请问有什么可以帮您?
@3 非常抱歉哈,刚刚车太吵我没听清,您再重复一遍单号好吗?
@5 /ticket 单号=YT1177966493 note=物流3天没更新
@3 好的,请您稍等,我帮您核实一下好吗?
@1 /hold
@22 /unhold
@2 感谢您耐心等待~查到了,包裹在遵义分拨中心,分拣积压了,明天给您派送哈
@4 感谢您的来电,祝您生活愉快,再见!
@2 /hangup

=== not_heard no_repeat 66 80 1 0 0
# note: fault: never asks the caller to repeat the drowned-out number (no 2.5); the caller repeats it herself
@2 /answer
@3 您好，我是客服3号，请问有什么可以帮您？
@3 好的，我帮您查一下。
@3 嗯，您说。
@5 /ticket 单号=YT1177966493 note=三天未更新
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！包裹在遵义分拨中心，分拣积压，明天派送。
@4 感谢您的来电，再见！
@2 /hangup

=== not_heard wrong_number 78 88 1 0 0
# note: fault: wrong field — two digits swapped in the ticket's tracking number (YT1177969643)
@2 /answer
@3 您好，我是客服24号，请问有什么可以帮您？
@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
@5 /ticket 单号=YT1177969643 note=三天未更新
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！包裹在遵义分拨中心，因分拣积压滞留，明天派送。
@4 感谢您的来电，祝您愉快，再见！
@2 /hangup

=== not_heard hold_no_phrases 78 92 1 0 0
# note: fault: a hold without the 1.2 phrases (no 请稍等 before, no 感谢耐心等待 after)
@2 /answer
@3 您好，我是客服29号，请问有什么可以帮您？
@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
@5 /ticket 单号=YT1177966493 note=三天未更新
@2 /hold
@25 /unhold
@2 包裹在遵义分拨中心，分拣积压，明天派送。
@4 感谢您的来电，再见！
@2 /hangup

=== not_heard rhetorical 78 90 1 0 0
# note: fault: a rhetorical, impatient tail on the result (您自己不会在APP上查吗)
@2 /answer
@3 您好，我是客服31号，请问有什么可以帮您？
@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
@5 /ticket 单号=YT1177966493 note=三天未更新
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待。包裹在遵义分拨中心，明天派送。这种您自己不会在APP上查吗？
@4 感谢您的来电，再见！
@2 /hangup

=== transfer_failed competent1 85 100 1 0 1
# note: competent; 2.18(1) words + transfer 技术支持部, 2.18(2) after it fails, full ticket, closing
@2 /answer
@3 您好，我是客服20号，请问有什么可以帮您？
@4 好的，请稍等，正在为您转接技术支持部，请不要挂机，好吗？
@2 /transfer 技术支持部
@16 非常抱歉，由于技术部话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后转技术部处理，您看好吗？
@6 /ticket 公司=筑城物流 故障=专线VPN隧道一直断开 联系电话=08518812345 要求=下午有视频会，请工程师尽快回电
@4 已经记录并加急转交技术部了，工程师会尽快给您回电。感谢您的来电，再见！
@2 /hangup

=== transfer_failed competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是企业专线客服7号，请问有什么可以帮您？
@4 请稍等，正在为您转接技术支持部，请不要挂机，好吗？
@2 /transfer 技术支持部
@16 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
@6 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345 要求=工程师尽快回电
@4 好的，已加急，感谢您的来电，祝您工作顺利，再见！
@2 /hangup

=== transfer_failed competent3_slow 80 100 1 0 1
# note: competent slow typist (~40 字/分), short wording
@2 /answer
~15s 您好，我是客服2号，请问有什么可以帮您？
~20s 请稍等，正在为您转接，请不要挂机，好吗？
@2 /transfer 技术支持部
~45s 非常抱歉，话务正忙暂时转不过去。您的问题我详细记录，稍后转技术部处理，您看好吗？
~40s /ticket 公司=筑城物流 故障=VPN隧道断开 联系电话=08518812345
~16s 感谢您的来电，再见！
@2 /hangup

=== transfer_failed no_transfer_words 78 90 1 0 0
# note: fault: a transfer without the 2.18(1) words
@2 /answer
@3 您好，我是客服15号，请问有什么可以帮您？
@4 /transfer 技术支持部
@16 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转技术部处理，您看好吗？
@6 /ticket 公司=筑城物流 故障=专线VPN隧道一直断开 联系电话=08518812345 要求=尽快回电
@4 感谢您的来电，再见！
@2 /hangup

=== transfer_failed tuiwei 58 72 1 0 0
# note: fault: 推诿 after the failed transfer (您晚点自己再打), no 2.18(2); records when the caller insists
@2 /answer
@3 您好，我是客服9号，请问有什么可以帮您？
@4 请稍等，正在为您转接，请不要挂机，好吗？
@2 /transfer 技术支持部
@16 技术部那边没人接，您晚点自己再打过来吧。
@4 我这边也没办法，他们忙线。
@6 /ticket 公司=筑城物流 故障=VPN隧道一直断开 联系电话=08518812345
@4 感谢您的来电，再见！
@2 /hangup

=== transfer_failed short_fault_field 90 99 1 0 0
# note: fault: short field — 故障情况 written as just 网络问题 (not the VPN tunnel dropping)
@2 /answer
@3 您好，我是客服30号，请问有什么可以帮您？
@4 请稍等，正在为您转接，请不要挂机，好吗？
@2 /transfer 技术支持部
@16 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
@6 /ticket 公司=筑城物流 故障=网络问题 联系电话=08518812345
@4 感谢您的来电，再见！
@2 /hangup

=== too_slow competent1 85 100 1 0 1
# note: competent; confirms the number, 2.17, hold with 1.2 phrases, result (458, 已审核, 3到5个工作日), closing
@2 /answer
@3 您好，我是客服17号，请问有什么可以帮您？
@4 好的先生，是13885019999这个手机号下的订单对吧，我马上帮您查。
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！您458元的退款已经审核通过了，会在3到5个工作日内原路退回您的支付账户。
@4 感谢您的来电，祝您愉快，再见！
@2 /hangup

=== too_slow competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是4号业务受理专员，请问有什么可以帮您？
@4 好的，我这就按您的手机号帮您查询。
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@18 /unhold
@2 感谢您的耐心等待。您的458元退款已审核通过，预计3到5个工作日内原路退回。
@4 感谢您的来电，祝您愉快，再见！
@2 /hangup

=== too_slow competent3_ime 82 100 1 0 1
# note: competent with IME slips (系统->细统, 核实->合实) in the 2.17 and pre-hold lines
@2 /answer
@3 您好，我是客服22号，请问有什么可以帮您？
@4 好的，我按您的手机号马上查。
@3 非常抱歉！现在细统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@3 请您稍等，我帮您合实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！退款458元已审核通过，3到5个工作日内原路退回到您支付的账户。
@4 感谢您的来电，再见！
@2 /hangup

=== too_slow argues 58 72 1 0 0
# note: fault: argues back instead of 2.17 ("我已经很快了"), then "系统就这么慢" (推诿); rest competent
@2 /answer
@3 您好，我是客服5号，请问有什么可以帮您？
@4 好的，我按您的手机号帮您查。
@3 我已经很快了，查询需要时间的。
@3 系统就这么慢，我也没办法。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！458元退款已审核通过，3到5个工作日内原路退回。
@4 感谢您的来电，再见！
@2 /hangup

=== too_slow no_result 82 92 1 0 0
# note: fault: no result given after the hold (vague "正在处理，您耐心等")
@2 /answer
@3 您好，我是客服8号，请问有什么可以帮您？
@4 好的，我按您的手机号帮您查询。
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，您的申请还在处理中，请您再耐心等等。
@3 具体的我这边也看不到更多了。
@18 感谢您的来电，再见！
@2 /hangup

=== too_slow no_opening 82 92 1 0 0
# note: fault: no 开篇语 (just 喂，你说)
@2 /answer
@3 喂，你说。
@4 好的，我按您的手机号帮您查。
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！458元的退款已审核通过，3到5个工作日内原路退回。
@4 感谢您的来电，再见！
@2 /hangup
"""

SPLIT = "seen9"


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                         text=True, check=True).stdout
    return out.rstrip("\n")


def convert_line(line):
    """Traditional play: convert the typed text of a line, never a command or @S/~ spec."""
    head = ""
    rest = line
    while True:
        if rest.startswith("@"):
            sp = rest.find(" ")
            head, rest = head + rest[:sp + 1], rest[sp + 1:]
        elif rest.startswith("~") and len(rest) > 1 and rest[1] in "0123456789.":
            sp = rest.find(" ")
            head, rest = head + rest[:sp + 1], rest[sp + 1:]
        else:
            break
    if rest.startswith("/") or rest.startswith("#"):
        return line
    return head + s2t(rest)


def parse(text):
    plays, cur = [], None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("=== "):
            f = line[4:].split()
            scen, name, lo, hi, passed, auto, comp = f[:7]
            trad = "trad" in f[7:]
            cur = dict(scen=scen, name=name, lo=int(lo), hi=int(hi), passed=int(passed),
                       auto=int(auto), comp=int(comp), trad=trad, note="", lines=[])
            plays.append(cur)
        elif line.startswith("# note: "):
            cur["note"] = line[len("# note: "):]
        else:
            cur["lines"].append(line)
    return plays


def check(p):
    key = p["scen"] + "." + p["name"]
    assert os.path.exists(os.path.join(HERE, "..", "..", "..", "..", "scenarios", p["scen"] + ".lua")), key
    assert 0 <= p["lo"] <= p["hi"] <= 100, key
    assert p["passed"] in (0, 1) and p["auto"] in (0, 1) and p["comp"] in (0, 1), key
    if p["auto"]:
        assert p["hi"] <= 59 and not p["passed"], key
    if p["comp"]:
        assert p["passed"] and p["lo"] >= 60, key
    if p["passed"]:
        assert p["hi"] >= 60, key
    else:
        assert p["lo"] <= 59, key
    assert p["note"] and "\t" not in p["note"], key
    assert p["lines"], key


def main():
    plays = []
    for block in [PLAYS] + EXTRA:
        plays += parse(block)
    seen = set()
    os.makedirs(os.path.join(HERE, "calls"), exist_ok=True)
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    for p in plays:
        check(p)
        key = (p["scen"], p["name"])
        assert key not in seen, key
        seen.add(key)
        lines = [convert_line(l) for l in p["lines"]] if p["trad"] else p["lines"]
        fname = "calls/%s.%s.replies" % key
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        note = p["note"] + ("; traditional(s2t)" if p["trad"] else "")
        # the 9 columns of tests/data/eval/README.md: the replies file named within calls/, verdicts true/false
        tf = lambda v: "true" if v else "false"
        rows.append("\t".join([SPLIT, p["scen"], os.path.basename(fname), str(p["lo"]), str(p["hi"]),
                               tf(p["passed"]), tf(p["auto"]), str(p["comp"]), note]))
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    print("%d plays, %d scenarios" % (len(plays), len({p["scen"] for p in plays})), file=sys.stderr)


EXTRA = []

EXTRA.append(r"""
=== survey_invite competent1 85 100 1 0 1
# note: competent; points and how to redeem, invitation without pressure, 结束语, transfer 满意度调查
@2 /answer
@3 您好，我是客服21号，请问有什么可以帮您？
@6 先生，您现在有5200积分，每1000积分可以兑换10元话费，最多能换52元。您可以在APP的积分商城兑换，也可以发短信JFDH到10086，即时到账。
@4 好的，稍后邀请您对我的服务进行满意度评价，我为您转接满意度调查，好吗？
@2 感谢您的来电，祝您生活愉快，再见！
@1 /transfer 满意度调查

=== survey_invite competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t); invitation and 结束语 in one message
@2 /answer
@3 您好，我是9号业务受理专员，请问有什么可以帮您？
@6 您好，您目前可用积分是5200分，每1000积分换10元话费，在APP积分商城或者发短信JFDH到10086都可以兑换，马上到账。
@4 好的，感谢您的来电！稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？再见！
@1 /transfer 满意度调查

=== survey_invite competent3_slow 80 100 1 0 1
# note: competent slow typist (~40 字/分); latency item may lose a little
@2 /answer
~15s 您好，我是客服5号，请问有什么可以帮您？
~40s 您有5200积分，1000积分换10元话费，在APP积分商城兑换，即时到账。
~27s 稍后请您对我的服务做个评价，我为您转接满意度调查好吗？
~15s 感谢您的来电，再见！
@1 /transfer 满意度调查

=== survey_invite pressure 66 80 1 0 0
# note: fault: asks the caller for a five-star rating (诱导好评)
@2 /answer
@3 您好，我是客服13号，请问有什么可以帮您？
@6 您现在有5200积分，每1000积分可以换10元话费，在APP积分商城就能兑换，即时到账。
@4 稍后给您转满意度调查，麻烦您给我打个五星好评哦，谢谢！
@2 感谢您的来电，再见！
@1 /transfer 满意度调查

=== survey_invite wrong_desk 75 90 1 0 0
# note: fault: invites properly but transfers to 业务办理组 instead of 满意度调查
@2 /answer
@3 您好，我是客服27号，请问有什么可以帮您？
@6 您现在有5200积分，每1000积分可以兑换10元话费，可以在APP积分商城或者发短信JFDH到10086兑换。
@4 稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？
@2 感谢您的来电，再见！
@1 /transfer 业务办理组

=== survey_invite no_invite 55 66 1 0 0
# note: fault: forgets the survey step (no invitation, no transfer); closes the call after the answer
@2 /answer
@3 您好，我是客服6号，请问有什么可以帮您？
@6 您现在有5200积分，每1000积分可以兑换10元话费，在APP积分商城兑换，即时到账。
@3 感谢您的来电，祝您生活愉快，再见！
@3 /hangup

=== no_contact competent1 85 100 1 0 1
# note: competent; asks for a number, 2.11 when refused, ticket with 15961463655, promise to call back, closing
@2 /answer
@3 您好，我是客服11号，请问有什么可以帮您？
@5 非常抱歉影响您休息了，世纪城门口机柜的噪音问题我帮您登记，麻烦您留一个联系电话，方便处理后回复您。
@4 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
@6 /ticket 联系电话=15961463655 内容=世纪城小区门口通信机柜风扇夜间噪音大，影响居民休息
@4 已经给您登记好了，我们会尽快安排维护人员处理，处理完第一时间回电联系您。
@4 感谢您的来电，祝您晚安，再见！
@2 /hangup

=== no_contact competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是20号业务受理专员，请问有什么可以帮您？
@5 非常抱歉给您带来困扰，我马上帮您记录，请问您的联系电话是多少？
@4 非常抱歉，如果您不提供联系电话，我们将无法与您取得联系，您反映的问题也将无法为您处理。我们只用于回复这件事，请您放心。
@6 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音扰民
@4 好的，已经记录，处理后我们会与您联系。
@4 感谢您的来电，祝您晚安，再见！
@2 /hangup

=== no_contact competent3_slow 80 100 1 0 1
# note: competent slow typist (~35 字/分)
@2 /answer
~14s 您好，我是客服3号，有什么可以帮您？
~26s 抱歉打扰您休息了，我帮您登记，请留个联系电话。
~50s 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，问题也将无法为您处理。
~45s /ticket 联系电话=15961463655 内容=世纪城门口机柜风扇夜里噪音大
~22s 已登记，处理后给您回电。
~14s 感谢您的来电，再见！
@2 /hangup

=== no_contact wrong_phone 72 85 1 0 0
# note: fault: wrong field — two digits swapped in the phone number (15961436655)
@2 /answer
@3 您好，我是客服16号，请问有什么可以帮您？
@5 非常抱歉影响您休息了，我帮您登记，麻烦您留一个联系电话好吗？
@4 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
@6 /ticket 联系电话=15961436655 内容=世纪城门口通信机柜风扇夜间噪音大
@4 已经登记好了，处理完我们会回电联系您。
@4 感谢您的来电，再见！
@2 /hangup

=== no_contact no_promise 82 92 1 0 0
# note: fault: no promise of a result/callback after taking the number
@2 /answer
@3 您好，我是客服28号，请问有什么可以帮您？
@5 非常抱歉影响您休息了，麻烦您留一个联系电话好吗？
@4 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
@6 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音大
@4 好的，记下了。
@4 感谢您的来电，再见！
@2 /hangup

=== no_contact no_211 62 76 1 0 0
# note: fault: when the caller refuses the number, no 2.11 (just "我先帮您记录", then "不会的，我们会处理的")
@2 /answer
@3 您好，我是客服1号，请问有什么可以帮您？
@5 非常抱歉影响您休息了，麻烦您留一个联系电话好吗？
@4 好的，那我先帮您记录下来。
@19 不会的，我们会处理的。
@6 /ticket 联系电话=15961463655 内容=世纪城门口通信机柜风扇夜间噪音大
@4 已经登记好了，处理完我们会回电联系您。
@4 感谢您的来电，再见！
@2 /hangup

=== no_contact insult 0 59 0 1 0
# note: fault: insult — snaps at the caller after he refuses the number (有病)
@2 /answer
@3 您好，我是客服30号，请问有什么可以帮您？
@5 麻烦您留一个联系电话。
@4 怕推销就别投诉啊，真是有病。

=== abusive_caller competent1 85 100 1 0 1
# note: competent; opening, asks once 请问您需要帮助吗, special end phrase, hangs up; no retort
@2 /answer
@2 您好，我是客服26号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 感谢您的来电，若没有其他业务咨询，再见！
@1 /hangup

=== abusive_caller competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t), the 特殊处理 3 ending
@2 /answer
@2 您好，我是10号业务受理专员，请问有什么可以帮您？
@3 先生，请问您需要帮助吗？
@3 如果没有业务需要咨询，再见！
@1 /hangup

=== abusive_caller competent3_ime 80 100 1 0 1
# note: competent with IME slips (帮助->帮祝, 咨询->资讯)
@2 /answer
@2 您好，我是客服4号，请问有什么可以帮您？
@3 请问您需要帮祝吗？
@3 感谢您的来电，若没有其他业务资讯，再见！
@1 /hangup

=== abusive_caller retaliate 0 59 0 1 0
# note: fault: retaliation — calls the caller 饭桶 back
@2 /answer
@2 您好，我是客服15号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 你才是饭桶，有病就去看病。

=== abusive_caller argues 80 92 1 0 0
# note: fault: argues/persuades once (请您文明用语) before the special end phrase
@2 /answer
@2 您好，我是客服7号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 先生，请您文明用语，有问题我们可以好好沟通。
@3 感谢您的来电，若没有其他业务咨询，再见！
@1 /hangup

=== abusive_caller no_hangup 55 72 1 0 0
# note: fault: says the special end phrase but does not hang up; stays silent while he swears on
@2 /answer
@2 您好，我是客服18号，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 感谢您的来电，若没有其他业务咨询，再见！

=== abusive_caller hangs_up_at_once 25 45 0 0 0
# note: fault: hangs up on the first curse without asking or the end phrase
@2 /answer
@2 您好，我是客服24号，请问有什么可以帮您？
@2 /hangup

=== abusive_caller sarcasm 60 78 1 0 0
# note: fault: a sarcastic tail on the ask (骂够了没有)
@2 /answer
@2 您好，我是客服12号，请问有什么可以帮您？
@3 请问您需要帮助吗？骂够了没有？
@3 感谢您的来电，若没有其他业务咨询，再见！
@1 /hangup

=== hard_to_reach competent1 85 100 1 0 1
# note: competent; 2.15 with the reason, hold with 1.2 phrases, 到期日 明年1月15日, closing
@2 /answer
@3 您好，我是客服14号，请问有什么可以帮您？
@3 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@15 /unhold
@2 感谢您的耐心等待！您的宽带是100M包年套餐，到期日是明年1月15日，到期前一个月会短信提醒您续费。
@3 感谢您的来电，祝您愉快，再见！
@2 /hangup

=== hard_to_reach competent2_guizhou 82 100 1 0 1
# note: competent, Guizhou colloquial register, own words for 2.15
@2 /answer
@3 您好，我是客服6号，请问有哪样可以帮您？
@3 实在对不起哈！最近来电咨询的人太多了，系统繁忙，技术部门正在想办法解决，给您添麻烦了，非常抱歉！
@3 请您稍等一下，我帮您核实一下好吗？
@1 /hold
@15 /unhold
@2 感谢您耐心等待哈！您家宽带是100M包年的，明年1月15号到期，到期前一个月会发短信提醒您续费。
@3 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== hard_to_reach competent3_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是宽带客服9号，请问有什么可以帮您？
@3 非常抱歉！由于咨询量大量增加，系统繁忙，技术部门正在研究解决，给您造成的不便我们深表歉意！
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@15 /unhold
@2 感谢您的耐心等待，您的宽带到期日是明年1月15日，到期前一个月会短信提醒续费。
@3 感谢您的来电，再见！
@2 /hangup

=== hard_to_reach wrong_phrase 66 82 1 0 0
# note: fault: answers with 2.16 (让您久等了) and a bare "我会反馈" instead of 2.15's reason
@2 /answer
@3 您好，我是客服2号，请问有什么可以帮您？
@3 非常抱歉！让您久等了！请问有什么可以帮您吗？
@21 您的建议我会反馈上去的。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@15 /unhold
@2 感谢您的耐心等待！您的宽带到期日是明年1月15日，到期前一个月会短信提醒续费。
@3 感谢您的来电，再见！
@2 /hangup

=== hard_to_reach blames_caller 55 70 1 0 0
# note: fault: blame-shifting (高峰期谁打都占线，您换个时间打) instead of 2.15, then 推诿
@2 /answer
@3 您好，我是客服19号，请问有什么可以帮您？
@3 现在是高峰期，谁打都占线，您换个时间打就好了。
@3 人手就这么多，我也没办法。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@15 /unhold
@2 感谢您的耐心等待！您的宽带明年1月15日到期。
@3 感谢您的来电，再见！
@2 /hangup

=== hard_to_reach hold_no_phrases 80 92 1 0 0
# note: fault: a hold without the 1.2 phrases
@2 /answer
@3 您好，我是客服25号，请问有什么可以帮您？
@3 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
@2 /hold
@15 /unhold
@2 您的宽带明年1月15日到期，到期前一个月短信提醒续费。
@3 感谢您的来电，再见！
@2 /hangup

=== hard_to_reach no_closing 82 92 1 0 0
# note: fault: no 结束语 (好的 and hangs up)
@2 /answer
@3 您好，我是客服30号，请问有什么可以帮您？
@3 非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@15 /unhold
@2 感谢您的耐心等待！您的宽带到期日是明年1月15日。
@2 好的。
@1 /hangup

=== off_topic competent1 85 100 1 0 1
# note: competent; asks whether there is business, special end phrase, hangs up; no chatting
@2 /answer
@3 您好，我是客服8号，请问有什么可以帮您？
@3 先生，请问您有业务需要咨询吗？
@3 如果没有业务需要咨询，谢谢您，再见！
@1 /hangup

=== off_topic competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是15号业务受理专员，请问有什么可以帮您？
@3 不好意思，请问您有业务需要咨询吗？
@3 如果没有业务需要咨询，谢谢您，再见！
@1 /hangup

=== off_topic competent3_casual 82 100 1 0 1
# note: competent, casual young register, half-width punctuation
@2 /answer
@3 您好,我是客服小吴,工号29,请问有什么可以帮您?
@3 这个我这边查不了哦,请问您有业务需要咨询吗?
@3 如果没有业务需要咨询的话,谢谢您,再见!
@1 /hangup

=== off_topic chats 80 92 1 0 0
# note: fault: chatting off-topic (哈哈, answers "你多大了") before the end phrase
@2 /answer
@3 您好，我是客服3号，请问有什么可以帮您？
@3 哈哈，这个我也不知道，请问您有业务需要咨询吗？
@3 我今年二十五啦，哈哈。
@3 如果没有业务需要咨询，谢谢您，再见！
@1 /hangup

=== off_topic rude_end 60 80 1 0 0
# note: fault: a rude tail on the end phrase (我们这不是聊天热线)
@2 /answer
@3 您好，我是客服11号，请问有什么可以帮您？
@3 请问您有业务需要咨询吗？
@3 如果没有业务需要咨询，谢谢您，再见！我们这儿不是聊天热线。
@1 /hangup

=== off_topic silent_hangup 55 72 1 0 0
# note: fault: hanging up early — after the ask, hangs up without the end phrase
@2 /answer
@3 您好，我是客服20号，请问有什么可以帮您？
@3 请问您有业务需要咨询吗？
@3 /hangup

=== off_topic no_ask 60 80 1 0 0
# note: fault: skips the question and goes straight to the end phrase and hangs up (borderline: 5 is a two-step phrase)
@2 /answer
@3 您好，我是客服27号，请问有什么可以帮您？
@3 如果没有业务需要咨询，谢谢您，再见！
@1 /hangup

=== correction competent1 85 100 1 0 1
# note: competent; first answer from the old KB (20GB), then 2.14 with the new figure (20+15=35GB), closing
@2 /answer
@3 您好，我是客服12号，请问有什么可以帮您？
@4 您好，59元套餐每月有20GB国内通用流量，另外还有200分钟国内通话。
@4 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有20GB通用流量加15GB定向流量，一共35GB。
@3 感谢您的来电，祝您愉快，再见！
@2 /hangup

=== correction competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是客服代表21号，请问有什么可以帮您？
@4 59元套餐每个月包含国内通用流量20GB，国内通话200分钟。
@4 非常抱歉，刚才我的解释有些欠缺，应该是20GB通用流量再加15GB定向流量，共35GB，是本月起的新内容。
@3 感谢您的来电，再见！
@2 /hangup

=== correction competent3_young 82 100 1 0 1
# note: competent, young register with an IME slip (欠缺->前缺)
@2 /answer
@3 您好~我是客服小何，工号5，请问有什么可以帮您？
@4 59元套餐每月有20G通用流量哦，还有200分钟通话。
@4 非常抱歉，刚才我的解释有些前缺，应该是通用20G加定向15G，一共35个G~
@3 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== correction insists 40 58 0 0 0
# note: fault: arguing — insists on the old figure, no 2.14; caller gives up
@2 /answer
@3 您好，我是客服2号，请问有什么可以帮您？
@4 59元套餐每月有20GB国内通用流量，200分钟通话。
@4 我们系统里写的就是20G，网上的可能写错了。
@4 就是20G，以我说的为准。

=== correction wrong_figure 80 92 1 0 0
# note: fault: wrong field — corrects with 2.14 but gives the wrong new total (30GB)
@2 /answer
@3 您好，我是客服17号，请问有什么可以帮您？
@4 59元套餐每月有20GB国内通用流量，200分钟通话。
@4 非常抱歉，刚才我的解释有些欠缺，应该是一共30GB，包含定向流量。
@3 感谢您的来电，再见！
@2 /hangup

=== correction rude_closing 66 84 1 0 0
# note: fault: a dismissive tail at the close (以后先看清楚再问)
@2 /answer
@3 您好，我是客服23号，请问有什么可以帮您？
@4 59元套餐每月有20GB国内通用流量，200分钟通话。
@4 非常抱歉，刚才我的解释有些欠缺，应该是20GB通用加15GB定向，一共35GB。
@3 好的，以后先看清楚再问哈，再见。
@2 /hangup

=== sales_call competent1 85 100 1 0 1
# note: competent; greeting+name+purpose, asks needs, recommends B (99元 300兆+IPTV), handles price, order ticket, closing
@1 /answer
@2 您好，我是宽带客服工号2031小陈，您家宽带下个月到期了，今天给您介绍一下续约的优惠方案。
@5 好的，先了解一下，您家里平时几口人用网？主要用来做什么呢？
@6 那我推荐您B方案：300兆宽带加IPTV电视，每月99元，孩子上网课流畅，晚上还能看电视。
@6 理解您的顾虑，99元折合每天才3块多，网速是现在的三倍，还多了电视，续约一年还送一个月，挺划算的。
@6 /ticket 套餐=300兆宽带+IPTV电视（B方案） 资费=每月99元 生效=下月到期后生效
@3 感谢您的支持，祝您生活愉快，再见！
@2 /hangup

=== sales_call competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t); picks option #2 from the list
@1 /answer
@2 您好，我是宽带客服18号，您家的宽带下月到期，给您来电介绍一下续约方案。
@5 请问您家里几个人用宽带？平时主要用来干什么呀？
@5 #2
@6 续约一年送一个月，算下来每天三块钱左右，多了电视和更快网速，很划算的。
@6 /ticket 套餐=B：300兆宽带+IPTV电视 资费=99元/月 生效=下月
@3 感谢您的支持，祝您生活愉快，再见！
@2 /hangup

=== sales_call competent3_ime 82 100 1 0 1
# note: competent with IME slips (续约->续约 ok, 优惠->有会, 划算->话算)
@1 /answer
@2 您好，我是宽带中心客服7号，您家宽带下月到期，给您介绍下续约的有会。
@5 请问家里平时几口人上网？主要用来看电视还是上网课？
@6 推荐您300兆加IPTV电视的套餐，每月99元，上网课和看电视都够用。
@6 续约一年送一个月，每天折合3块多，挺话算的。
@6 /ticket 套餐=300兆+IPTV 资费=99元 生效=下月
@3 感谢您的支持，再见！
@2 /hangup

=== sales_call no_needs 70 85 1 0 0
# note: fault: no question about needs — lists and pushes B straight away
@1 /answer
@2 您好，我是宽带客服6号，您家宽带下月到期，给您介绍续约方案。
@5 我们有100兆59元、300兆加电视99元、1000兆199元三种，最受欢迎的是300兆加IPTV电视，每月99元。
@6 我推荐您300兆宽带加IPTV电视，每月99元。
@6 续约一年送一个月，每天才3块多，很划算。
@6 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=下月
@3 感谢您的支持，再见！
@2 /hangup

=== sales_call wrong_order 86 97 1 0 0
# note: fault: wrong field — the order ticket records 1000兆/199元 though B (300兆, 99元) was sold
@1 /answer
@2 您好，我是宽带客服12号，您家宽带下月到期，给您介绍续约方案。
@5 请问家里几口人用网？平时主要用来做什么？
@6 推荐您B方案，300兆宽带加IPTV电视，每月99元。
@6 续约一年送一个月，每天折合3块多，很划算。
@6 /ticket 套餐=1000兆宽带+全屋WiFi 资费=每月199元 生效=下月
@4 感谢您的支持，再见！
@2 /hangup

=== sales_call no_objection 58 76 1 0 0
# note: fault: no objection handling (价格是公司定的，我也没办法 — 推诿); no order follows
@1 /answer
@2 您好，我是宽带客服20号，您家宽带下月到期，给您介绍续约方案。
@5 请问家里几口人用网？平时主要用来做什么？
@6 推荐您B方案，300兆宽带加IPTV电视，每月99元。
@6 价格是公司定的，我也没办法。
@6 那您考虑好了再联系我们，感谢您的接听，再见！
@2 /hangup

=== sales_call no_intro 80 92 1 0 0
# note: fault: no greeting/self-introduction at the start (喂，宽带要到期了)
@1 /answer
@2 喂，您家宽带下个月要到期了。
@5 请问家里几口人用网？平时主要用来做什么？
@6 推荐您B方案，300兆宽带加IPTV电视，每月99元。
@6 续约一年送一个月，每天才3块多，很划算。
@6 /ticket 套餐=300兆宽带+IPTV电视 资费=每月99元 生效=下月
@3 感谢您的支持，再见！
@2 /hangup

=== transferred_complaint competent1 85 100 1 0 1
# note: competent; greets and says the case is known, 2.12, hold with 1.2 phrases, refund 25元 within 24 hours, closing
@2 /answer
@3 您好，我是中级坐席28号，您视频会员费被重复扣的情况同事已经跟我说明了，不用您再重复，我来帮您处理。
@4 您的心情我非常理解，被多扣了钱谁都着急，为了尽快帮您把钱退回来，我现在就给您核实。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！核实到本月视频会员费确实重复扣了一次，多扣的25元已经为您提交退费，24小时内退回您的话费账户。
@3 再次向您致歉，感谢您的来电，再见！
@2 /hangup

=== transferred_complaint competent2_trad 85 100 1 0 1 trad
# note: competent, traditional characters (s2t)
@2 /answer
@3 您好，我是中级坐席5号，您被重复扣费的情况我已经了解了，我来为您处理。
@4 您的心情我非常理解，为了更有效地帮助您，我马上为您核实扣费记录。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待。确认重复扣费25元，已为您办理退费，24小时内退回话费账户。
@3 感谢您的来电，祝您生活愉快，再见！
@2 /hangup

=== transferred_complaint competent3_casual 82 100 1 0 1
# note: competent, casual register (哥、哈) still polite
@2 /answer
@3 您好，我是中级坐席小罗，工号11，您视频会员扣了两次钱的事我已经知道了，您不用再说一遍哈。
@4 哥，您的心情我非常理解，换我也来气，为了尽快帮您处理，我这就查。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您耐心等待！确实多扣了25块，已经给您提交退费了，24小时内退回话费账户。
@3 感谢您的来电，再见！
@2 /hangup

=== transferred_complaint asks_repeat 78 88 1 0 0
# note: fault: makes the caller repeat the problem (no takeover)
@2 /answer
@3 您好，我是中级坐席9号，请问您遇到什么问题了？麻烦您再详细说一下。
@4 您的心情我非常理解，为了更有效地帮助您，我马上为您核实。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！确认重复扣费25元，已提交退费，24小时内退回话费账户。
@3 感谢您的来电，再见！
@2 /hangup

=== transferred_complaint no_emotion 76 88 1 0 0
# note: fault: no 2.12 (just 好的，我查一下) when the caller is upset
@2 /answer
@3 您好，我是中级坐席14号，您被重复扣费的情况我已经了解了，我来为您处理。
@4 好的，我查一下。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待！确认重复扣费25元，已提交退费，24小时内退回话费账户。
@3 感谢您的来电，再见！
@2 /hangup

=== transferred_complaint no_result 72 88 1 0 0
# note: fault: no result after the hold (已经提交了，您等通知吧) — no amount, no time
@2 /answer
@3 您好，我是中级坐席30号，您被重复扣费的情况我已经了解了，我来为您处理。
@4 您的心情我非常理解，为了更有效地帮助您，我马上为您核实。
@3 请您稍等，我帮您核实一下好吗？
@1 /hold
@20 /unhold
@2 感谢您的耐心等待，我这边已经帮您提交了。
@3 您等通知就好。
@3 感谢您的来电，再见！
@2 /hangup
""")

if __name__ == "__main__":
    main()
