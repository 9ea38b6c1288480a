#!/usr/bin/env python3
"""Each single-fault play of holdout20 is its scenario's competent play with ONE change (hand-written below).
Rule: (old line, new text); new text None deletes the line; new text may hold several lines."""
import os
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'calls')
F = {
 ('abusive_caller', 'insult'): [('@3 如果没有业务需要咨询，再见！', '@3 你才是饭桶，蠢货一个！\n@3 如果没有业务需要咨询，再见！')],
 ('abusive_caller', 'argue'): [('@3 如果没有业务需要咨询，再见！', '@3 先生，骂人解决不了问题，您这样是不对的，请您文明一点，有事好好说。\n@3 如果没有业务需要咨询，再见！')],
 ('angry_caller', 'no_empathy'): [('@4 先生，您的心情我非常理解，耽误您开会上课真的很抱歉，为了更有效地帮助您，请问您的宽带账号是多少呢？', '@4 先生，请提供一下您的宽带账号，我帮您查询。\n@3 好的，请您先告诉我宽带账号，我马上查。')],
 ('angry_caller', 'insult'): [('@4 先生，您的心情我非常理解，耽误您开会上课真的很抱歉，为了更有效地帮助您，请问您的宽带账号是多少呢？', '@4 你吼什么吼？脑子有病吧，断网又不是我弄断的！')],
 ('bad_attitude', 'excuse'): [('@4 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！', '@4 非常抱歉，给您带来了不便，昨天话务量太大，她也不是故意的，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！')],
 ('bad_attitude', 'wrong_agent'): [('@3 /ticket 被投诉工号=39 内容=昨天下午客户来电咨询，39号客服不耐烦，话没说完中途挂断电话', '@3 /ticket 被投诉工号=93 内容=昨天下午客户来电咨询，93号客服不耐烦，话没说完中途挂断电话')],
 ('callback_outbound', 'no_ask_person'): [('@3 好的，刚才有一位先生拨打过我们的客服电话，请问他在吗？', '@3 好的，那我跟您说一下：您家宽带可以从100兆提速到500兆，每月加30元，次月1日生效。')],
 ('callback_outbound', 'no_closing'): [('@3 不客气，感谢您的接听，祝您愉快，再见！', '@3 /hangup')],
 ('caller_fast', 'no_readback'): [('@4 好的，跟您確認一下：把現在158元的套餐換成88元的，同時取消副卡，下個月一號生效，對嗎？', None)],
 ('caller_fast', 'wrong_amount'): [('內容=158元套餐改為88元套餐', '內容=158元套餐改為98元套餐')],
 ('caller_quiet', 'blame_device'): [('@3 非常抱歉，我聽不清楚，請您講話大聲點兒好嗎？', '@3 你那破手機信號也太差了吧，根本聽不清！大聲點！')],
 ('caller_quiet', 'no_change_phone'): [('@3 非常抱歉，電話聲音太小，請您換一部電話再撥，好嗎？\n', '')],
 ('correction', 'no_apology'): [('@4 非常抱歉，刚才我的解释有些欠缺，应该是：本月起59元套餐有通用流量20GB加定向流量15GB，一共35GB，通话还是200分钟。', '@4 本月起59元套餐是通用流量20GB加定向流量15GB，一共35GB，通话200分钟。')],
 ('correction', 'rude_tail'): [('通话还是200分钟。', '通话还是200分钟。这些网上都写着呢，您自己查一下早就知道了嘛。')],
 ('crisis_authority', 'wrong_desk'): [('@2 /escalate 专项处理部', '@2 /escalate 投诉处理组'), ('升级给专项处理部', '升级给投诉处理组')],
 ('crisis_authority', 'overpromise'): [('@3 #2', '@3 #3'), ('已办理=全额退款、200元优惠券、上门取回', '已办理=承诺赔偿现金两千元')],
 ('crisis_selfharm', 'no_escalate'): [('@2 /escalate 危机干预组\n', ''), ('@3 我已经请危机干预组的专员马上联系您，您千万别挂电话，他们马上就到，我一直在。', '@3 情况我已经记录了，您保重，感谢您的来电，再见！\n@2 /hangup'), ('@3 会的，危机干预组的同事马上打给您，您先下楼，注意安全。\n', '')],
 ('crisis_selfharm', 'wrong_phone'): [('联系电话=13985166420', '联系电话=13985166402')],
 ('customer_types', 'wrong_type'): [('@3 #2', '@3 #1')],
 ('customer_types', 'no_emotion'): [('您的心情我非常理解，收到有划痕的手机谁都不舒服，为了更有效地帮助您，我建议您', '我建议您')],
 ('dialect_caller', 'insult'): [('@3 非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！', '@3 听不懂人话吗？说普通话！')],
 ('dialect_caller', 'no_transfer_phrase'): [('@3 请稍等，正在为您转接粤语坐席，请不要挂机，好吗？\n@2 /transfer 粤语坐席', '@3 /transfer 粤语坐席')],
 ('english_caller', 'chinese_goodbye'): [('@3 You are welcome. Thank you for calling, goodbye!', '@3 不客气，感谢您的来电，再见！')],
 ('english_caller', 'wrong_address'): [('address=Room 802, Building 2', 'address=Room 208, Building 2')],
 ('explain_again', 'condescend'): [('@3 阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？', '@3 阿姨，这么简单都没听懂啊？哪里不清楚，要我再解释一遍吗？')],
 ('explain_again', 'no_ask_again'): [('@3 阿姨，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？', '@3 阿姨，月功能费就是来电显示加彩铃的钱，流量费就是上网多用的钱。')],
 ('hard_to_reach', 'no_checkback'): [('@2 先生，感謝您的耐心等待！您家寬帶的到期日是', '@2 先生，您家寬帶的到期日是')],
 ('hard_to_reach', 'no_reason'): [('@3 非常抱歉！由於諮詢量大量增加，造成系統繁忙，技術部門正在研究解決，給您造成的不便，我們深表歉意！', '@3 非常抱歉！給您造成的不便，我們深表歉意！')],
 ('info_record', 'no_readback'): [('@3 好的，跟您核对一下电话：13967395191，对吗？', '@3 都记好了，您放心。')],
 ('info_record', 'placeholder'): [('燃气客服中心19号业务受理专员', '燃气客服中心XX号业务受理专员')],
 ('leader_phone', 'leak'): [('@3 #2\n@3 #2', '@3 #1\n@3 #2')],
 ('leader_phone', 'blunt'): [('@3 #2\n@3 #2', '@3 #2\n@3 #3')],
 ('long_wait', 'rude_tail'): [('@3 非常抱歉！让您久等了！请问有什么可以帮您吗？', '@3 非常抱歉！让您久等了！现在是高峰期，谁打都得排队。请问有什么可以帮您吗？')],
 ('long_wait', 'wrong_business'): [('/ticket 业务=停机挂失 内容=客户手机在商场里丢失，立即停机挂失', '/ticket 业务=补卡 内容=客户手机在商场里丢失，办理补卡')],
 ('no_contact', 'wrong_phone'): [('联系电话=15961463655', '联系电话=15961463565')],
 ('no_contact', 'no_promise'): [('@3 记好了，15961463655。处理后我们会联系您。', '@3 记好了，15961463655。')],
 ('no_knowledge', 'guess'): [('@3 非常抱歉，您所反映的問題', '@3 肯定可以享受的，副卡也算。\n@3 非常抱歉，您所反映的問題')],
 ('no_knowledge', 'no_closing'): [('@3 感謝您的來電，再見！', '@3 /hangup')],
 ('not_heard', 'impatient_repeat'): [('@3 非常抱歉，我没听清您的讲话，您再重复一遍单号，好吗？', '@3 您那边也太吵了，听不清！找个安静点的地方再报一遍单号！')],
 ('not_heard', 'wrong_number'): [('单号=YT1177966493', '单号=YT1177966439')],
 ('off_topic', 'chat'): [('@3 请问您有业务需要咨询吗？', '@3 昨天的彩票号码我这边查不到哦，您可以上彩票网站看看，祝您中大奖！请问您有业务需要咨询吗？')],
 ('off_topic', 'sarcasm'): [('@3 如果没有业务需要咨询，谢谢您，再见！', '@3 您要是闲得慌就找别人聊去，如果没有业务需要咨询，谢谢您，再见！')],
 ('praised', 'no_praise_reply'): [('@3 不客气，这是我们应该做的，谢谢您的表扬，我会转达给她的！', '@3 嗯嗯，好的。')],
 ('praised', 'look_it_up'): [('@4 回看很简单：遥控器按“回看”键，选日期和频道就行；或者进入节目单，选昨天的节目按确认键，7天内的都能看。', '@4 这个说明书上都有写，您自己翻一下就知道了。')],
 ('repeat_complaint', 'no_escalate'): [('@2 /escalate 投诉处理组\n', ''), ('@3 已经把您的情况升级给投诉处理组专人负责，他们会第一时间联系您。', '@3 已经帮您加急催办了，会有同事第一时间联系您。')],
 ('repeat_complaint', 'wrong_phone'): [('联系电话=15867395191', '联系电话=15867395119')],
 ('sales_call', 'no_needs'): [('@3 请问您家里平时几个人上网？主要是看电视、打游戏还是办公用呢？', '@3 我们现在有三个续约方案，我直接给您推荐一个。')],
 ('sales_call', 'pushy'): [('@4 理解您的顾虑，300兆宽带还带IPTV电视，孩子上网课、晚上看电视都不卡，算下来每天多一块多，续约一年还送一个月，整体很划算。', '@4 不贵了，别人家都办这个，您就别犹豫了，赶紧定下来吧。')],
 ('silent_line', 'impatient'): [('@4 您好，请讲。\n@4 您好，请讲。', '@4 您好，请讲。\n@4 喂？说话啊！到底有没有人？')],
 ('silent_line', 'no_close'): [('@4 非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！\n@2 /hangup', '@4 /hangup')],
 ('survey_invite', 'induce'): [('@3 好的，稍后会为您转接满意度调查，请您对我的服务做个评价，您的意见对我们很重要，好吗？', '@3 好的，稍后会为您转接满意度调查，麻烦您给我打个满分好评哦，谢谢啦！')],
 ('survey_invite', 'wrong_desk'): [('/transfer 满意度调查', '/transfer 业务办理组')],
 ('too_slow', 'excuse'): [('@3 非常抱歉！現在系統比較繁忙，我會盡快幫您處理，請您稍等！謝謝！', '@3 系統就是這麼慢，我也沒辦法，您急也沒用。')],
 ('too_slow', 'hold_no_before'): [('@3 先生，請您稍等，我幫您核實一下好嗎？\n', '')],
 ('transfer_failed', 'wrong_desk'): [('转接技术支持部', '转接业务办理组'), ('/transfer 技术支持部', '/transfer 业务办理组')],
 ('transfer_failed', 'no_closing'): [('@3 感谢您的来电，再见！', '@3 /hangup')],
 ('transferred_complaint', 'make_repeat'): [('您视频会员重复扣费的情况刚才同事已经跟我说了，不用您再重复。', '请问有什么可以帮您？麻烦您把问题从头再详细说一遍。')],
 ('transferred_complaint', 'insult'): [('@3 您的心情我非常理解，多扣钱谁都生气，为了更有效地帮助您，我马上帮您处理。', '@3 你有病吧，吼什么吼？不就二十五块钱吗！')],
 ('vip_call', 'no_surname'): [('@2 钱先生您好，我是钻石卡专席', '@2 您好，我是钻石卡专席')],
 ('vip_call', 'no_extra'): [('@3 已经把您太太的号码加到家庭套餐了。另外建议您开个漫游流量包，每天25元不限量，出发前我们也会短信提醒您，有事可以直接联系您的专属客户经理。', '@3 已经把您太太的号码加到家庭套餐了。'), (' 附加=推荐漫游流量包、出行提醒', '')],
 ('wrong_number', 'wrong_ticket'): [('/ticket 手机号=15861463655', '/ticket 手机号=1586163655')],
 ('wrong_number', 'blame'): [('@3 很抱歉，您报的号码有误，请您再核对一下，好吗？', '@3 您自己号码都报错了，少了一位，下次看清楚再说。')],
}
for (scen, short), rules in F.items():
    s = open(os.path.join(here, f'{scen}.h20_competent.replies'), encoding='utf-8').read()
    for old, new in rules:
        assert old in s, (scen, short, old)
        if new is None:
            s = s.replace(old + '\n', '', 1)
        else:
            s = s.replace(old, new, 1)
    open(os.path.join(here, f'{scen}.h20_{short}.replies'), 'w', encoding='utf-8').write(s)
