# Hand-written replies per grade-phrase category, labelled from the standard.
# 贵阳 T-GSOCCIA 001—2020 §二(一) 1.1–1.4, §二(二) 2.1–2.21, §二(三) 1–6.
# A positive carries every part the standard's phrase needs, in the trainee's own words;
# a negative misses a part, is another phrase, is a template left unfilled, garbage,
# mindless repetition, or is rude (rhetorical question, blame, sarcasm, impatience).
# Notes: "borderline" marks a row on which examiners could reasonably differ.

T_OPENING = "先生/女士，您好！我是嘉定东方有线网络有限公司XX号业务受理专员，请问有什么可以帮您？"

PHRASES = {
    "opening": {  # 1.1: greeting + who I am + offer of help
        "pos": [
            ("您好，我是客服小陈，请问有什么可以帮您？", "paraphrase"),
            ("您好！这里是有线电视客服中心，我是128号小李，请问有什么能帮到您的？", "paraphrase"),
            ("女士您好，我是东方有线业务受理专员王芳，工号0316，请问您需要办理什么业务？", "paraphrase"),
            ("您好，欢迎致电客服热线，我是9号话务员，请问您有什么需要？", "paraphrase"),
            ("先生您好！我是嘉定东方有线网络有限公司18号业务受理专员，请问有什么可以帮您？", "standard_filled"),
            ("您好，节日快乐！请问有什么可以帮您？", "festival_variant"),
            ("新年好！我是客服中心22号，请问有什么可以为您效劳的？", "festival_variant"),
            ("早上好，我是客服代表刘洋，很高兴为您服务，请问您遇到了什么问题？", "paraphrase"),
            ("您好 我是 客服 小张 请问 有什么 可以 帮您", "spaces"),
            ("您好，我是客服小王，请问有什么可以帮您的吗？谢谢", "extra_polite"),
            ("您好您好，我是热线3号坐席，请问您想咨询什么问题？", "paraphrase"),
            ("上午好，我是客服部的小周，请问您今天打来需要我们帮什么忙呢？", "paraphrase"),
        ],
        "neg": [
            (T_OPENING, "template unchanged (先生/女士, XX号)"),
            ("先生/女士，您好！我是XX号客服，请问有什么可以帮您？", "template placeholders"),
            ("喂，你找谁？", "no greeting/intro/offer; 喂 at the caller"),
            ("您好", "missing intro and offer"),
            ("您好，请问有什么可以帮您？", "missing self-intro (borderline)"),
            ("我是客服小李", "missing greeting and offer"),
            ("n您好，卧室客服消亡，请问有什么课已帮您", "garbage IME (nonsense words)"),
            ("nin hao wo shi kefu xiao li qing wen you shen me ke yi bang nin", "garbage unconverted pinyin"),
            ("您好您好您好您好您好您好您好您好您好您好", "mindless repetition"),
            ("说吧，什么事？", "impatient, no greeting/intro"),
            ("您好，我是客服小李，有事快说", "rude: impatience instead of offer"),
            ("感谢您的来电，再见！", "closing, not opening"),
            ("asdf您好jkl我是;;客服", "garbage keyboard mash, no offer"),
        ],
    },
    "hold_before": {  # 1.2 等待前: ask to wait, say what for (check), politely
        "pos": [
            ("请您稍等，我帮您查询一下，好吗？", "paraphrase"),
            ("麻烦您稍等片刻，我这边为您核实一下信息。", "paraphrase"),
            ("女士，请稍候，我帮您查一下您的账户情况，可以吗？", "paraphrase"),
            ("好的，我帮您看一下，请您稍等一会儿。", "word_order"),
            ("先生，请您稍等，我帮您核实一下好吗？", "standard_filled"),
            ("请您稍等一下，我需要查看一下系统记录。", "paraphrase"),
            ("不好意思，麻烦您稍等，我马上帮您确认一下。", "extra_polite"),
            ("请您耐心稍等一下，我为您查询您的缴费记录。", "paraphrase"),
            ("请稍等，我核对一下您刚才说的地址。", "paraphrase"),
            ("您看这样好吗，您稍等我一下，我去系统里查一查。", "paraphrase"),
        ],
        "neg": [
            ("先生/女士，请您稍等，我帮您核实一下好吗？", "template unchanged (先生/女士)"),
            ("等着。", "impatient, no reason, no courtesy"),
            ("你先等一下。", "no reason; bare order (borderline)"),
            ("请您稍等。", "missing what for (borderline)"),
            ("我帮您查一下。", "missing the request to wait (borderline)"),
            ("别挂啊，等会儿", "order, no reason, no courtesy"),
            ("感谢您的耐心等待", "hold_after, not before"),
            ("请您稍等请您稍等请您稍等请您稍等请您稍等请您稍等", "mindless repetition"),
        ],
    },
    "hold_after": {  # 1.2 等待后: thank the caller for waiting
        "pos": [
            ("感谢您的耐心等待。", "standard_short"),
            ("先生，谢谢您的等待，已经帮您查到了。", "paraphrase"),
            ("女士，让您久等了，感谢您的耐心。", "paraphrase"),
            ("谢谢您耐心等候，您的问题我查清楚了。", "paraphrase"),
            ("多谢您的耐心等待，情况是这样的。", "paraphrase"),
            ("感谢您的等候，我这边已经核实好了。", "paraphrase"),
            ("王先生，感谢您耐心地等待。", "name_filled"),
            ("非常感谢您的耐心等待，结果出来了。", "extra_polite"),
            ("谢谢您等了这么久，查询结果是这样的。", "paraphrase"),
        ],
        "neg": [
            ("先生/女士，感谢您的耐心等待", "template unchanged (先生/女士)"),
            ("好了。", "no thanks"),
            ("查到了，你听好", "no thanks; curt"),
            ("请您稍等，我帮您查一下", "hold_before, not after"),
            ("等这么一会儿就急了？", "sarcasm at the caller"),
            ("喂，还在吗？", "no thanks, 喂"),
            ("感谢感谢感谢感谢感谢感谢感谢感谢感谢", "mindless repetition, no waiting"),
        ],
    },
    "silent_prompt": {  # 1.3 / §三 4: 您好，请讲
        "pos": [
            ("您好，请讲。", "standard"),
            ("您好，请讲话。", "paraphrase"),
            ("你好，请说。", "paraphrase"),
            ("您好？请您讲。", "paraphrase"),
            ("您好，请讲", "no_punct"),
            ("您好，您请讲。", "paraphrase"),
            ("您好，请说话。", "paraphrase"),
            ("您好，请问您可以说话吗？", "paraphrase (borderline wording)"),
        ],
        "neg": [
            ("喂？喂？", "喂 instead of greeting and prompt"),
            ("有人吗？说话啊！", "impatient"),
            ("你倒是说话啊", "impatient, rude"),
            ("再见", "closes instead of prompting"),
            ("听不见您的声音，无法为您服务，再见！", "silent_close, not the prompt"),
            ("您好", "greeting only, no prompt (borderline)"),
        ],
    },
    "silent_close": {  # 1.3 / §三 4: cannot hear you, cannot serve you, bye
        "pos": [
            ("您好请讲、您好请讲，非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！", "standard_as_printed"),
            ("非常抱歉，听不见您的声音，无法为您服务，谢谢您，再见！", "standard_close"),
            ("您好，请讲，您好，请讲，听不见您的声音，无法为您服务，再见！", "standard §三4"),
            ("对不起，我这边听不到您的声音，暂时无法为您服务，请您稍后再拨，再见。", "paraphrase"),
            ("不好意思，电话里一直没有声音，无法为您服务，先挂断了，再见。", "paraphrase"),
            ("抱歉，还是听不到您说话，没办法为您服务，谢谢您，再见！", "paraphrase"),
            ("非常抱歉，听不见您的声音，我先挂机了，您可以再打过来，再见。", "no no_service part (borderline)"),
            ("很抱歉，听不见您的声音，无法为您服务，再见", "no_punct"),
        ],
        "neg": [
            ("再见", "no reason given"),
            ("听不见，挂了。", "curt, no courtesy, no bye"),
            ("没人说话我挂了啊", "impatient, no courtesy"),
            ("您好，请讲。", "silent_prompt, not the close"),
            ("搞什么，打电话又不说话，再见", "rude reproach"),
            ("非常抱歉，听不见您的声音", "no close, no bye (borderline)"),
        ],
    },
    "closing": {  # 1.4: thanks for calling / good wishes, bye
        "pos": [
            ("感谢您的来电，再见！", "standard"),
            ("祝您生活愉快，再见。", "paraphrase"),
            ("谢谢您的来电，祝您晚安，再见！", "paraphrase"),
            ("感谢您的来电，祝您愉快，再见！", "standard"),
            ("好的先生，感谢您致电我们的热线，再见。", "extra_polite"),
            ("不客气，祝您一切顺利，再见！", "paraphrase"),
            ("谢谢您打来电话，祝您周末愉快，再见。", "paraphrase"),
            ("感谢您的来电，有问题随时联系我们，再见！", "paraphrase"),
            ("祝您工作顺利，再会！", "paraphrase"),
        ],
        "neg": [
            ("再见", "missing thanks/wish (borderline)"),
            ("拜拜", "missing thanks/wish"),
            ("行了，就这样吧，挂了", "dismissive"),
            ("感谢您的来电", "missing bye (borderline)"),
            ("没别的事了吧？那我挂了", "impatient rhetorical question"),
            ("您好，我是客服小陈，请问有什么可以帮您？", "opening, not closing"),
            ("再见再见再见再见再见再见再见再见", "mindless repetition"),
        ],
    },
    "caller_quiet": {  # 2.2: apology, cannot hear well, please speak louder / change phone
        "pos": [
            ("非常抱歉，我听不太清楚，请您说话大声一点好吗？", "paraphrase"),
            ("不好意思，您的声音有点小，麻烦您大点声可以吗？", "paraphrase"),
            ("对不起，电话声音太小了，请您换一部电话再打过来，好吗？", "standard_2"),
            ("抱歉先生，我这边听着声音很小，您能稍微大声一些吗？", "paraphrase"),
            ("非常抱歉，我听不清楚，请您讲话大声点儿好吗？", "standard"),
            ("不好意思，您那边声音很轻，请您提高一点音量，谢谢。", "paraphrase"),
            ("非常抱歉，声音还是太小，请您换个电话再拨过来好吗？", "standard_2 paraphrase"),
            ("很抱歉，我这里听不清您的声音，请您靠近话筒大声一点说好吗？", "paraphrase"),
        ],
        "neg": [
            ("大点声！", "impatient order, no apology"),
            ("你声音太小了", "blame, no request, no apology"),
            ("你能不能大点声？听都听不见", "rhetorical reproach"),
            ("非常抱歉，我没听清您的讲话，您再重复一遍好吗？", "not_heard, not louder"),
            ("请您说慢一点", "caller_fast, not louder"),
            ("不好意思，听不清楚", "missing request (borderline)"),
        ],
    },
    "caller_fast": {  # 2.3: apology, did not follow, please speak slower
        "pos": [
            ("非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？", "standard"),
            ("不好意思，您说得有点快，我没跟上，麻烦您慢一点说可以吗？", "paraphrase"),
            ("对不起，我没太听明白，您能说慢一些吗？", "paraphrase"),
            ("抱歉女士，您语速有点快，请您放慢一点，我好记录下来。", "paraphrase"),
            ("不好意思打断您一下，您讲得太快了我记不全，请您慢慢说，好吗？", "paraphrase"),
            ("非常抱歉，请您稍微讲慢一点，我怕记错您的信息。", "paraphrase"),
            ("很抱歉，我跟不上您的速度，麻烦您慢点儿说好吗？", "paraphrase"),
        ],
        "neg": [
            ("你说那么快谁听得懂啊", "rhetorical reproach"),
            ("慢点！", "order, no apology"),
            ("非常抱歉，我听不清楚，请您讲话大声点儿好吗？", "caller_quiet, not slower"),
            ("你慢点说行不行", "impatient"),
            ("不好意思，我不太明白", "missing request to slow down (borderline)"),
            ("请您说慢一点请您说慢一点请您说慢一点请您说慢一点", "mindless repetition"),
        ],
    },
    "not_heard": {  # 2.5: apology, did not catch it, please repeat
        "pos": [
            ("非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", "standard"),
            ("不好意思，刚才没听清楚，您能再说一遍吗？", "paraphrase"),
            ("对不起，您刚才说的地址我没听清，麻烦您再讲一次好吗？", "paraphrase"),
            ("抱歉，信号不太好，刚刚那句我没听到，请您再重复一下。", "paraphrase"),
            ("很抱歉，我没有听清楚，请您再说一遍可以吗？", "paraphrase"),
            ("不好意思先生，您刚才的号码我没听清，能麻烦您再报一遍吗？", "paraphrase"),
            ("非常抱歉，我漏听了一部分，您能再讲一下吗？", "paraphrase"),
        ],
        "neg": [
            ("什么？", "curt"),
            ("你再说一遍", "bare order, no apology (borderline rude)"),
            ("你说什么？大声点", "impatient"),
            ("没听清，再来", "curt order"),
            ("非常抱歉，我不太明白您的意思，请您说慢一点儿好吗？", "caller_fast, not repeat"),
            ("你能不能说清楚点？", "rhetorical reproach"),
        ],
    },
    "explain_again": {  # 2.6: anything still unclear? shall I explain again?
        "pos": [
            ("请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？", "standard"),
            ("李先生，请问还有哪里不明白的吗？我可以再给您讲一遍。", "paraphrase"),
            ("您看还有什么不清楚的，我再为您详细解释一下好吗？", "paraphrase"),
            ("女士，刚才的说明您还有疑问吗？需要的话我再跟您说一次。", "paraphrase"),
            ("请问您对这个收费还有哪里不理解？我再帮您解释一下吧。", "paraphrase"),
            ("王女士，还有什么地方没听明白吗？我可以重新为您说明。", "paraphrase"),
            ("您还有不清楚的地方吗？我再给您解释一遍。", "paraphrase"),
        ],
        "neg": [
            ("XX先生/女士，请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？", "template unchanged"),
            ("我都解释三遍了，你还不明白？", "rhetorical reproach"),
            ("这还不懂吗？", "rhetorical at the caller"),
            ("请问还有什么可以帮您？", "different question (no offer to re-explain)"),
            ("您自己看说明书吧", "dismissive"),
            ("还有什么不清楚的吗", "no offer to explain again (borderline)"),
        ],
    },
    "praised": {  # 2.8: 不客气，这是我们应该做的
        "pos": [
            ("不客气，这是我们应该做的。", "standard"),
            ("不用客气，这都是我们应该做的。", "paraphrase"),
            ("谢谢您的肯定，这是我们分内的事。", "paraphrase"),
            ("您太客气了，为您服务是我们应该的。", "paraphrase"),
            ("不客气，应该的。", "short paraphrase"),
            ("别客气，这是我的本职工作。", "paraphrase"),
            ("感谢您的表扬，这是我们应该做的，我们会继续努力。", "extra_polite"),
        ],
        "neg": [
            ("那当然，我可是金牌客服。", "boastful, no modesty"),
            ("嗯。", "no answer"),
            ("知道就好", "arrogant"),
            ("不客气", "missing duty part (borderline)"),
            ("没事没事没事没事没事没事没事没事", "mindless repetition"),
            ("非常抱歉，给您带来了不便，我们会在以后的工作中改进", "bad_attitude, not praise"),
        ],
    },
    "bad_attitude": {  # 2.9: apology, we will improve, thanks for supervising
        "pos": [
            ("非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您的监督！", "standard"),
            ("对不起，刚才的服务让您不满意，我们一定改进，也欢迎您继续监督我们。", "paraphrase"),
            ("真的很抱歉让您不愉快了，您的意见我们会认真记录并改进工作。", "paraphrase"),
            ("不好意思，是我们做得不够好，以后一定注意改正，谢谢您提出来。", "paraphrase"),
            ("非常抱歉，给您造成了困扰，我们会加强业务学习，谢谢您的批评。", "paraphrase (improve=学习)"),
            ("很抱歉，这次的服务没有让您满意，我们会改进，感谢您的宝贵意见。", "paraphrase"),
            ("对不起，我们会吸取教训改进服务，希望您继续监督。", "paraphrase"),
        ],
        "neg": [
            ("我态度怎么了？", "rhetorical, defensive"),
            ("我态度一直都这样", "defensive"),
            ("是你先吼我的", "blame-shifting"),
            ("对不起行了吧", "sarcastic apology"),
            ("非常抱歉", "missing improve (borderline)"),
            ("您可以去投诉，随便", "dismissive"),
        ],
    },
    "no_contact": {  # 2.11: if you give no number we cannot reach you and cannot handle it
        "pos": [
            ("非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。", "standard"),
            ("不好意思，如果您不留电话，我们就没办法联系您，您的问题也没法处理。", "paraphrase"),
            ("抱歉女士，没有您的联系方式的话，处理结果无法通知您，这个问题也就处理不了。", "paraphrase"),
            ("很抱歉，要是没有联系电话，后续我们联系不上您，您的投诉就无法受理了。", "paraphrase"),
            ("先生，如果您不方便留电话，我们无法回复您，问题也就没办法为您处理，您看可以留一个吗？", "paraphrase"),
            ("非常抱歉，不提供联系电话的话我们联系不到您，也无法为您处理这个问题。", "paraphrase"),
        ],
        "neg": [
            ("不留电话就别投诉了", "dismissive"),
            ("你不给电话我怎么处理？", "rhetorical at the caller"),
            ("请您留一个联系电话。", "missing consequence (borderline)"),
            ("那就算了吧。", "gives up"),
            ("非常抱歉，您的问题我们无法处理", "missing the condition (no number) part"),
            ("不提供电话那是你的事", "blame, dismissive"),
        ],
    },
    "emotional": {  # 2.12: empathy, to help you better, ask
        "pos": [
            ("您的心情我非常理解，为了更有效地帮助您，请问您具体是什么情况？", "standard_filled"),
            ("我特别理解您现在着急的心情，为了尽快帮您解决，您能跟我说说发生了什么吗？", "paraphrase"),
            ("先生，您的感受我能理解，为了更好地帮到您，请问您家停电是从什么时候开始的？", "paraphrase"),
            ("我明白您很生气，换了是我也会着急，为了帮您处理好，请问您的地址是哪里？", "paraphrase"),
            ("您别着急，我理解您的心情，我一定尽力帮您，请问您的户号是多少？", "paraphrase"),
            ("您的心情我完全理解，为了帮您尽快处理，麻烦您说一下您的账号好吗？", "paraphrase"),
            ("理解您的心情，为了更有效地帮助您，请您先告诉我具体的问题。", "paraphrase"),
        ],
        "neg": [
            ("请您不要着急" * 33, "mindless repetition (200 characters)"),
            ("请您不要着急", "calming only, no empathy/help (borderline)"),
            ("你冷静点！", "order, impatient"),
            ("你吼什么吼", "retaliation"),
            ("这又不是我造成的，你跟我发什么火？", "blame-shifting, rhetorical"),
            ("我理解", "empathy without help or question (borderline)"),
            ("您的心情我非常理解", "missing the help/question part (borderline)"),
        ],
    },
    "repeat_complaint": {  # 2.13: apology, being handled, (reason), will contact you when solved
        "pos": [
            ("非常抱歉！您反映的问题我们正在加紧处理，因为涉及几个部门协调，时间比较长，问题解决后我们会第一时间联系您。", "standard paraphrase"),
            ("实在对不起，您说的情况我们一直在跟进，需要几个部门一起处理，解决了马上给您回电。", "paraphrase"),
            ("很抱歉让您反复打电话，这个问题正在处理中，一有结果我们立刻通知您。", "paraphrase"),
            ("不好意思，您多次反映的问题我们正在紧急处理，处理完第一时间给您回复。", "paraphrase"),
            ("非常抱歉，问题还在处理当中，因为要协调物业和供水公司，所以慢了一些，解决后我们会及时与您联系。", "paraphrase"),
            ("真的很抱歉，您的问题我们正在加急处理，一有进展就告知您。", "paraphrase"),
        ],
        "neg": [
            ("我们也在处理，你催也没用", "dismissive"),
            ("你打多少次都一样", "dismissive"),
            ("非常抱歉，您反映的问题我们正在处理", "missing the promise to contact (borderline)"),
            ("这不是我们部门的问题，你找别人吧", "blame-shifting"),
            ("谁让你不早点说", "blame"),
            ("请您耐心等待", "no apology, no processing, no promise"),
        ],
    },
    "correction": {  # 2.14: apology, my explanation was lacking, the right answer is ...
        "pos": [
            ("非常抱歉，刚才我的解释有些欠缺，应该是每月十五号扣费。", "standard_filled"),
            ("不好意思，我刚才说错了，正确的是营业厅周六也开门。", "paraphrase"),
            ("对不起，我刚才讲得不完整，补充一下：办理时还需要带户口本。", "paraphrase"),
            ("抱歉，之前跟您说的费用有误，实际应该是每月三十八元。", "paraphrase"),
            ("非常抱歉，我前面的回答不准确，准确地说是三个工作日内到账。", "paraphrase"),
            ("很抱歉纠正一下，刚才说的地址不对，应该是中山路十二号。", "paraphrase"),
        ],
        "neg": [
            ("不好意思，我刚才说错了。", "missing the right answer (borderline)"),
            ("我没说错，是你听错了", "blame-shifting"),
            ("应该是十五号。", "no apology, no admission (borderline)"),
            ("刚才那个不算", "no apology, no answer"),
            ("非常抱歉，刚才我的解释有些欠缺，应该是", "template cut off, no right answer"),
        ],
    },
    "hard_to_reach": {  # 2.15: apology, heavy call volume / system busy, being fixed
        "pos": [
            ("非常抱歉！由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！", "standard"),
            ("不好意思，最近来电太多，线路一直很忙，让您打了好几次，真的很抱歉。", "paraphrase"),
            ("对不起，这几天咨询的人特别多，热线比较难打进来，我们正在增加人手，给您添麻烦了。", "paraphrase"),
            ("很抱歉，因为话务量激增导致线路繁忙，技术人员正在处理，请您谅解。", "paraphrase"),
            ("非常抱歉让您难打进来，最近系统繁忙，我们已经在想办法解决了。", "paraphrase"),
            ("抱歉，由于来电量很大，热线占线，给您带来不便了。", "paraphrase"),
        ],
        "neg": [
            ("打不进来很正常，大家都在打", "dismissive"),
            ("那你可以晚点再打啊", "blame, rhetorical"),
            ("非常抱歉", "missing the reason (borderline)"),
            ("这不是我们能控制的", "blame-shifting, no apology"),
            ("非常抱歉！让您久等了！请问有什么可以帮您吗？", "long_wait, not hard to reach (borderline)"),
        ],
    },
    "long_wait": {  # 2.16: apology for the long wait + offer of help
        "pos": [
            ("非常抱歉！让您久等了！请问有什么可以帮您吗？", "standard"),
            ("不好意思让您等了这么久，请问您需要办理什么？", "paraphrase"),
            ("对不起，让您久等了，请问有什么我可以帮忙的？", "paraphrase"),
            ("很抱歉让您排队等了很长时间，您请讲，需要咨询什么问题？", "paraphrase"),
            ("抱歉久等了，请问有什么可以为您服务的？", "paraphrase"),
            ("非常抱歉让您久等，请问您有什么需要帮助的吗？", "paraphrase"),
        ],
        "neg": [
            ("等这么一会儿算什么", "dismissive"),
            ("排队的人多，你等一下怎么了？", "rhetorical, blame"),
            ("非常抱歉让您久等了", "missing offer of help (borderline)"),
            ("请问有什么可以帮您？", "missing apology for the wait"),
            ("大家都在排队，又不是只有你一个人", "blame, dismissive"),
        ],
    },
    "too_slow": {  # 2.17: apology, system busy, I will be quick, please wait
        "pos": [
            ("非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！", "standard"),
            ("不好意思，系统有点慢，我正在加紧给您办理，请您稍等一下。", "paraphrase"),
            ("对不起，现在系统反应比较慢，我会尽快为您处理好，麻烦您再稍等。", "paraphrase"),
            ("很抱歉让您着急了，系统正在加载，我尽量快一点，请您稍候。", "paraphrase"),
            ("抱歉，系统有些卡顿，我马上加快处理，请您稍等。", "paraphrase"),
            ("非常抱歉，目前办理的人多系统繁忙，我会抓紧时间，谢谢您的耐心。", "paraphrase"),
        ],
        "neg": [
            ("系统就这么慢，我有什么办法", "dismissive, blame"),
            ("你急什么？", "rhetorical at the caller"),
            ("嫌慢你自己来", "retaliation"),
            ("请您稍等", "missing apology and reason"),
            ("快了快了快了快了快了快了快了快了", "mindless repetition"),
        ],
    },
    "transfer": {  # 2.18(1): please wait, transferring you, please don't hang up
        "pos": [
            ("请稍等，正在为您转接，请不要挂机，好吗？", "standard"),
            ("好的，我现在帮您转到维修部门，请您别挂电话，稍等一下。", "paraphrase"),
            ("请您稍候，我马上为您转接英语服务专席，请保持通话。", "paraphrase"),
            ("麻烦您稍等，正在给您转接人工专家，请不要挂断。", "paraphrase"),
            ("请稍等，正在为您转接，请勿挂机。", "paraphrase"),
            ("请稍等，正在未您转接，请不要挂机，好吗？", "standard as printed (未 homophone of 为)"),
            ("先生，这个问题由燃气公司负责，我帮您转过去，请您不要挂机稍等片刻。", "paraphrase"),
        ],
        "neg": [
            ("我给你转了，你跟他们说去吧", "dismissive"),
            ("这个不归我管，你找别人", "blame-shifting, no transfer"),
            ("转了。", "curt, no request to hold"),
            ("非常抱歉，由于话务正忙，暂时不能帮您转接", "transfer_failed, not transfer"),
        ],
    },
    "transfer_failed": {  # 2.18(2): apology, cannot transfer now, I will record and pass it on
        "pos": [
            ("非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？", "standard"),
            ("不好意思，那边线路一直占线，暂时转不过去，我先把您的问题详细记下来，交给相关部门处理，可以吗？", "paraphrase"),
            ("对不起，现在转接不成功，我会把您的情况记录下来，转给负责的部门尽快回复您。", "paraphrase"),
            ("很抱歉，对方暂时无人接听，没能为您转接成功，您的问题我已经登记，稍后转交处理。", "paraphrase"),
            ("抱歉，转接暂时没有成功，我把您反映的问题详细记录好，稍后交给专门部门处理，您看行吗？", "paraphrase"),
        ],
        "neg": [
            ("转不过去，你自己打吧", "dismissive"),
            ("非常抱歉，暂时不能帮您转接。", "missing record/pass on (borderline)"),
            ("占线了，我也没办法", "dismissive, no apology"),
            ("请稍等，正在为您转接，请不要挂机，好吗？", "transfer, not failed"),
            ("转不了，你换个时间再打", "dismissive"),
        ],
    },
    "no_knowledge": {  # 2.19: apology, no detailed info yet, must verify, will contact you in 24 h
        "pos": [
            ("非常抱歉，您所反映的问题我们暂时无详细资料，需进一步核实，我们会在24小时内与您联系，好吗？", "standard"),
            ("不好意思，这个问题我这里暂时没有详细的说明，需要再核实一下，一天之内给您回电可以吗？", "paraphrase"),
            ("对不起，关于这项政策我手头暂时没有资料，我核实清楚后，二十四小时内回复您。", "paraphrase"),
            ("很抱歉，目前知识库里没有相关说明，我们需要进一步确认，明天这个时候之前联系您，好吗？", "paraphrase"),
            ("抱歉，这个情况暂时查不到详细资料，我们核实后会在24小时内给您答复。", "paraphrase"),
        ],
        "neg": [
            ("不知道。", "禁忌语 不知道, dismissive"),
            ("这个我也不清楚，你问别人吧", "dismissive, blame"),
            ("非常抱歉，我们暂时没有相关资料。", "missing verify/promise (borderline)"),
            ("没有资料，没法回答", "dismissive"),
            ("我们会在24小时内与您联系", "missing apology and reason (borderline)"),
        ],
    },
    "dialect": {  # 2.20: apology, excuse me for interrupting, could you speak Mandarin?
        "pos": [
            ("非常抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！", "standard_filled"),
            ("不好意思阿姨，我听不太懂方言，您能说普通话吗？", "paraphrase"),
            ("对不起，打断一下，麻烦您用普通话跟我讲可以吗？", "paraphrase"),
            ("抱歉大爷，我不太听得懂您的家乡话，请您讲普通话好吗？谢谢。", "paraphrase"),
            ("非常抱歉女士，打断您一下，请问您方便说普通话吗？", "paraphrase"),
            ("不好意思，您能不能用普通话再说一遍？谢谢您。", "paraphrase"),
        ],
        "neg": [
            ("非常抱歉，先生/女士，打断您一下，您方便讲普通话吗？谢谢！", "template unchanged (先生/女士)"),
            ("说普通话！", "order, no apology"),
            ("你说的什么鸟语，听不懂", "insult"),
            ("听不懂，你找个会说普通话的人来", "dismissive"),
            ("非常抱歉，我听不清楚，请您讲话大声点儿好吗？", "caller_quiet, not dialect"),
        ],
    },
    "callback": {  # 2.21: greeting, who I am, did you call us just now / supplement / ask for the person
        "pos": [
            ("您好，我是东方有线客服中心18号业务受理专员，请问刚才是您拨打我们热线咨询问题吗？", "standard_filled"),
            ("您好，我是客服小李，请问您刚刚是不是打过我们的客服电话？", "paraphrase"),
            ("您好，这里是供电公司热线，我是5号话务员，刚才是您来电咨询停电的事情吗？", "paraphrase"),
            ("您好，对于您刚才咨询的问题，我这边还有一些内容需要给您补充。", "standard_2 paraphrase"),
            ("您好，我是客服中心的小王，刚才有一位女士打过我们的客服电话，请问她在吗？", "standard_3 paraphrase"),
            ("您好，我是热线12号，您刚才反映的问题我这里还需要补充说明一下。", "paraphrase"),
        ],
        "neg": [
            ("您好，我是XX公司XX号业务受理专员，请问刚才是您拨打XXX咨询问题吗？", "template unchanged (XX)"),
            ("喂，刚才谁打的电话？", "no greeting/intro, curt"),
            ("你刚才是不是打过电话？", "no greeting, no intro"),
            ("您好，我是客服小李，请问有什么可以帮您？", "opening, not a callback"),
            ("刚才你挂我电话干嘛？", "rhetorical reproach"),
        ],
    },
    "special_abuse": {  # §三 1: 请问您需要帮助吗？（停顿1秒）再见！
        "pos": [
            ("请问您需要帮助吗？", "standard_first_part"),
            ("请问您需要帮助吗？再见！", "standard"),
            ("先生，请问您有什么需要帮助的吗？", "paraphrase"),
            ("请问您有什么需要我帮忙的吗？", "paraphrase"),
            ("您好，请问您需要什么帮助吗？", "paraphrase"),
        ],
        "neg": [
            ("你再骂我就挂了！", "retaliation threat"),
            ("骂够了没有？", "rhetorical, retaliation"),
            ("你有病吧", "insult"),
            ("再见", "no offer of help"),
            ("请你文明一点", "lecturing, no offer (borderline)"),
        ],
    },
    "special_end": {  # §三 2/3/5: if there is no business to consult, bye
        "pos": [
            ("感谢您的来电，若没有其他业务咨询，再见！", "standard"),
            ("如果没有业务需要咨询，再见！", "standard"),
            ("请问您有业务需要咨询吗？如果没有业务需要咨询，谢谢您，再见！", "standard"),
            ("先生，如果您没有其他业务要办理，我就先挂了，再见。", "paraphrase"),
            ("若您没有业务方面的问题需要咨询，那就先这样，谢谢您，再见。", "paraphrase"),
            ("如果没有别的业务需要咨询的话，感谢来电，再见！", "paraphrase"),
        ],
        "neg": [
            ("没事别打电话，再见", "rude, dismissive"),
            ("你到底办不办业务？不办我挂了", "impatient rhetorical"),
            ("感谢您的来电，再见！", "closing without the condition"),
            ("挂了", "curt"),
            ("骂完了吧？再见", "sarcasm"),
        ],
    },
    # categories helper A adds (the harness skips them while the grader does not know them)
    "agent_quiet": {  # 2.4: can you hear me now? / move somewhere quiet / change phone and call back
        "pos": [
            ("王先生，请问您现在可以听到我的声音吗？", "standard_filled"),
            ("女士，您现在能听清楚我说话吗？", "paraphrase"),
            ("先生，建议您换一个安静点的地方再打过来，好吗？", "standard_2 paraphrase"),
            ("张女士，麻烦您换一部电话再拨打过来，好吗？", "standard_3 paraphrase"),
            ("您好，我把声音调大了，现在能听见我说话了吗？", "paraphrase"),
            ("先生，您那边比较吵，建议您到安静的地方再给我们来电，可以吗？", "paraphrase"),
        ],
        "neg": [
            ("XX先生/女士，请问您现在可以听到我的声音吗？", "template unchanged"),
            ("我已经很大声了，你耳朵不好吧", "insult"),
            ("听不见是你那边的问题", "blame-shifting"),
            ("喂喂喂，听得到吗喂", "喂 repetition, impatient"),
            ("非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", "not_heard, not agent_quiet"),
        ],
    },
    "leader_phone": {  # 2.7: my job is to help, trust me / beyond our service scope, other channels
        "pos": [
            ("作为客户代表，我的职责就是帮您解决问题，请您相信我，我一定尽力帮您处理。", "standard_1 paraphrase"),
            ("非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？", "standard_2"),
            ("先生，领导的电话我们不便提供，您的问题我来负责，请相信我会尽全力帮您解决。", "paraphrase"),
            ("不好意思，领导的私人电话不在我们的服务范围内，您可以通过其他渠道了解，好吗？", "paraphrase"),
            ("请您相信我，帮客户解决问题是我的职责，您把情况告诉我，我一定尽力。", "paraphrase"),
        ],
        "neg": [
            ("我们经理的手机是13912345678。", "gives out the number (fault)"),
            ("领导哪有空接你电话", "dismissive, rude"),
            ("不能给。", "curt refusal, no reason, no help"),
            ("你找领导也没用", "dismissive"),
            ("好的，我给您查一下我们总经理的办公电话", "wrong action (borderline)"),
        ],
    },
    "wrong_number": {  # 2.10: sorry, is your number XXX? / the number is wrong, please check
        "pos": [
            ("非常抱歉，请问您的手机号码是13812345678吗？", "standard_1 filled"),
            ("很抱歉，您报的号码有误，请您再核对一下，好吗？", "standard_2"),
            ("不好意思，您刚才说的号码只有十位，请您再核对一下好吗？", "paraphrase"),
            ("抱歉，跟您确认一下，您的手机号是139 0851 2345，对吗？", "paraphrase"),
            ("对不起，这个号码好像少了一位，麻烦您再核实一下您的手机号，好吗？", "paraphrase"),
        ],
        "neg": [
            ("非常抱歉，请问您的手机号码是XXX吗", "template unchanged"),
            ("你号码报错了吧，自己都记不住？", "rhetorical reproach"),
            ("号码不对。", "curt, no apology, no request to check"),
            ("你再看看你的号码", "order, no apology (borderline)"),
            ("好的，已经记下了。", "ignores the wrong number"),
        ],
    },
    "apology": {  # 2.1: 非常抱歉 etc., a sincere apology to the caller
        "pos": [
            ("非常抱歉，给您添麻烦了。", "paraphrase"),
            ("对不起，让您多跑了一趟。", "paraphrase"),
            ("不好意思，这是我们工作的疏忽。", "paraphrase"),
            ("实在抱歉，给您带来了不便。", "paraphrase"),
            ("真的很抱歉，让您受累了。", "paraphrase"),
            ("非常抱歉，请您谅解。", "paraphrase"),
            ("对不起，是我没有说清楚。", "paraphrase"),
            ("万分抱歉，耽误您的时间了。", "万分 is not money"),
            ("非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", "apology inside not_heard"),
            ("不好意思，系统有点慢，我正在加紧给您办理，请您稍等一下。", "apology inside too_slow"),
            ("很抱歉让您久等了。", "apology for waiting"),
            ("對不起，是我們的疏忽，給您添麻煩了。", "traditional"),
            ("抱歉抱歉，我马上改过来。", "doubled apology, natural"),
            ("不好意思，刚才打断您了，您请继续说。", "paraphrase"),
        ],
        "neg": [
            ("对不起行了吧！", "sarcastic"),
            ("抱歉，但这是你自己的问题。", "blame-shifting"),
            ("我道歉还不行吗？", "rhetorical"),
            ("好的，我知道了。", "no apology"),
            ("sorry啦sorry啦，别念了", "dismissive"),
            ("抱歉抱歉抱歉抱歉抱歉抱歉抱歉抱歉抱歉抱歉", "mindless repetition"),
        ],
    },
}

# One ordinary pinyin-IME slip each (same pinyin, wrong candidate); an examiner reads it as meant.
TYPOS = [
    ("核实", "合实"), ("再见", "在见"), ("稍等", "少等"), ("抱歉", "报歉"), ("转接", "专接"),
    ("联系", "连系"), ("普通话", "普通化"), ("应该", "因该"), ("不客气", "不可气"), ("咨询", "资询"),
    ("耐心", "耐新"), ("不便", "不变"), ("来电", "来点"), ("重复", "从复"), ("明白", "名白"),
    ("查询", "查寻"), ("监督", "监度"), ("改进", "改近"), ("资料", "资了"), ("处理", "处里"),
    ("请问", "情问"), ("声音", "生音"), ("理解", "理接"),
]

# A tail that makes a correct phrase rude; the flag says whether it insults the caller (fails a call).
TAILS = [
    ("以后别为这点小事打过来了", "dismissive", False),
    ("这么简单的事都不会吗", "rhetorical", False),   # insult 0 by the condescension rule of README (2026-11-26)
    ("你听懂了没有", "impatient", False),
    ("烦死了", "impatience", False),
    ("别再磨叽了", "impatient", False),
    ("这都是你自己的问题", "blame", False),
    ("你是不是傻", "insult", True),
    ("真是服了你了", "sarcasm", False),
    ("我都说了好几遍了", "impatient", False),
    ("你脑子有问题吧", "insult", True),
    ("你爱信不信", "dismissive", False),
    ("有完没完", "impatience", False),
]

# Category pairs whose correct phrases an examiner could accept for each other: no automatic
# cross-category negatives between them.
NEAR = {frozenset(p) for p in [
    ("silent_prompt", "silent_close"), ("special_end", "closing"), ("special_abuse", "opening"),
    ("long_wait", "hold_after"), ("too_slow", "hold_before"), ("hard_to_reach", "too_slow"),
    ("transfer", "hold_before"), ("repeat_complaint", "no_knowledge"), ("callback", "opening"),
    ("agent_quiet", "caller_quiet"), ("long_wait", "opening"), ("caller_quiet", "not_heard"),
    ("hard_to_reach", "long_wait"), ("special_abuse", "long_wait"), ("transfer_failed", "repeat_complaint"),
    ("transfer_failed", "no_knowledge"), ("bad_attitude", "hard_to_reach"), ("emotional", "hold_before"),
    ("special_abuse", "explain_again"), ("wrong_number", "hold_before"), ("leader_phone", "no_knowledge"),
    ("closing", "praised"), ("correction", "explain_again"), ("special_end", "silent_close"),
    ("special_abuse", "special_end"), ("dialect", "caller_fast"), ("agent_quiet", "not_heard"),
    ("bad_attitude", "apology"), ("dialect", "not_heard"), ("emotional", "opening"), ("long_wait", "emotional"), ("callback", "explain_again"),
]}

# Second hand-written batch: words in between the parts, extra polite words, colloquial wording,
# and subtler negatives. Used as plain rows only (no derived variants), so that adding them leaves
# the derived rows of the first batch unchanged.
MORE = {
    "opening": {
        "pos": [
            ("您好，这边是东方有线客户服务中心，我是您的专属客服小赵，请问今天有什么可以为您做的？", "word_in_between"),
            ("您好呀，我是客服9527号，很高兴接听您的电话，请问您有什么需要咨询的吗？", "extra_polite"),
            ("晚上好，东方有线为您服务，我是6号小刘，请问有什么能帮您？", "paraphrase"),
            ("您好！我是宽带业务受理员王敏，请问您这次来电想办理什么？", "paraphrase"),
            ("中秋快乐！请问有什么可以帮到您？", "festival_variant"),
            ("您好，我是在线客服安安，工号3306，请问您遇到了什么问题？", "paraphrase"),
        ],
        "neg": [
            ("您好，我是客服小陈。", "missing offer of help"),
            ("喂，哪位？", "no greeting, intro, offer"),
            ("你好，我是客服，你要干嘛？", "rude offer (你要干嘛)"),
            ("您好，我是客服小李，请问您又有什么事？", "又 implies impatience (borderline)"),
            ("您好，我是客服，有什么事赶紧说，我这边很忙", "impatience"),
        ],
    },
    "hold_before": {
        "pos": [
            ("请您稍微等我一下，我这边去系统里帮您把订单查出来，好吗？", "word_in_between"),
            ("女士，麻烦您在线稍候一分钟，我帮您核对一下缴费记录。", "paraphrase"),
            ("好的，我明白了，请您稍等片刻，我查询一下再答复您。", "extra_polite"),
            ("先生，我需要查一下您的套餐信息，请您稍等一下好吗？", "word_order"),
            ("请您别挂机，稍等一会儿，我帮您确认一下维修进度。", "paraphrase"),
        ],
        "neg": [
            ("等一下，我看看。", "curt, no courtesy (borderline)"),
            ("你等会儿，我在查。", "curt order"),
            ("稍等。", "no reason, no courtesy (borderline)"),
            ("请您稍等，我去倒杯水。", "wrong reason (not for the caller)"),
        ],
    },
    "hold_after": {
        "pos": [
            ("张先生，非常感谢您刚才的耐心等待。", "name_filled"),
            ("感谢您耐心等了这么一会儿，结果已经查到了。", "word_in_between"),
            ("谢谢您的耐心等候，让您久等了。", "paraphrase"),
            ("女士您好，感谢您一直在线等待。", "paraphrase"),
        ],
        "neg": [
            ("您还在吧？查到了。", "no thanks"),
            ("久等了。", "no thanks (borderline)"),
            ("好，你听着。", "curt"),
        ],
    },
    "silent_prompt": {
        "pos": [
            ("您好，请您说话。", "paraphrase"),
            ("您好！请讲！", "punctuation"),
            ("您好 请讲", "spaces"),
        ],
        "neg": [
            ("请讲", "no greeting (borderline)"),
            ("喂喂喂，听得见吗？", "喂, impatient"),
            ("说话！", "order"),
        ],
    },
    "silent_close": {
        "pos": [
            ("非常抱歉，一直听不见您的声音，暂时无法为您服务，谢谢您，再见！", "word_in_between"),
            ("很抱歉，电话里没有声音，无法为您提供服务，您可以稍后再拨，再见。", "paraphrase"),
            ("不好意思，听不到您讲话，无法为您服务，谢谢您的来电，再见！", "paraphrase"),
        ],
        "neg": [
            ("听不见您的声音。", "no close, no bye"),
            ("不说话我挂了", "threat, no courtesy"),
            ("非常抱歉，无法为您服务", "no reason, no bye (borderline)"),
        ],
    },
    "closing": {
        "pos": [
            ("感谢您的来电，也祝您生活愉快，再见！", "word_in_between"),
            ("谢谢您的耐心配合，祝您晚安，再见。", "paraphrase"),
            ("好的，感谢您打来电话，祝您一切顺利，再见！", "extra_polite"),
            ("很高兴为您服务，祝您愉快，再见！", "paraphrase"),
        ],
        "neg": [
            ("好的，挂了啊。", "curt"),
            ("那就这样，拜拜。", "no thanks or wish (borderline)"),
            ("祝您愉快", "no bye (borderline)"),
        ],
    },
    "caller_quiet": {
        "pos": [
            ("非常抱歉，您那边的声音我听得不太清楚，请您稍微大点声说，好吗？", "word_in_between"),
            ("对不起女士，您的声音有些小，麻烦您说话再大声一点，谢谢。", "extra_polite"),
            ("抱歉，电话里声音太轻了，能请您换一部电话再拨过来吗？", "paraphrase"),
        ],
        "neg": [
            ("听不见！大声点！", "order, impatient"),
            ("您那边声音很小", "no request (borderline)"),
            ("你没吃饭吗，声音这么小", "mocking, rude"),
        ],
    },
    "caller_fast": {
        "pos": [
            ("非常抱歉，您刚才讲得有点快，我没有完全明白，请您慢一点再说一遍好吗？", "word_in_between"),
            ("不好意思女士，麻烦您说慢一点，我好把信息记准确，谢谢。", "extra_polite"),
            ("抱歉，您说得太快我没跟上，能请您放慢点语速吗？", "paraphrase"),
        ],
        "neg": [
            ("你说慢点！", "order"),
            ("说那么快干嘛", "rhetorical"),
            ("请您说慢一点。", "no apology (borderline)"),
        ],
    },
    "not_heard": {
        "pos": [
            ("非常抱歉，刚才电话里有杂音，您的地址我没有听清楚，能麻烦您再说一遍吗？", "word_in_between"),
            ("不好意思，我刚才走神没听清，麻烦您再重复一下，谢谢。", "paraphrase"),
            ("抱歉女士，您刚才说的后面几位号码我没听清，请您再报一遍好吗？", "paraphrase"),
        ],
        "neg": [
            ("啊？", "curt"),
            ("再说一遍。", "bare order"),
            ("不好意思，我没听清。", "no request to repeat (borderline)"),
        ],
    },
    "explain_again": {
        "pos": [
            ("请问您对刚才说的扣费规则还有什么不清楚的吗？需要的话我再详细给您解释一遍。", "word_in_between"),
            ("赵女士，您看还有哪一点没弄明白？我可以从头再给您讲一下。", "paraphrase"),
            ("请问还有不清楚的地方吗？我很乐意再为您解释一次。", "extra_polite"),
        ],
        "neg": [
            ("听明白了吧？", "rhetorical, no offer"),
            ("还有问题吗？没有我挂了", "impatient"),
            ("我再说最后一遍", "impatient"),
        ],
    },
    "praised": {
        "pos": [
            ("不客气，能帮到您就好，这是我们应该做的。", "word_in_between"),
            ("谢谢您的夸奖，这些都是我们应该做的，您太客气了。", "paraphrase"),
            ("您别客气，这是我们的本分。", "paraphrase"),
        ],
        "neg": [
            ("谢谢。", "no modesty/duty (borderline)"),
            ("您知道就好", "arrogant"),
            ("表扬有什么用，给个好评吧", "dismissive"),
        ],
    },
    "bad_attitude": {
        "pos": [
            ("非常抱歉，昨天的服务给您带来了不愉快，我们会认真反省改进，也欢迎您继续监督。", "word_in_between"),
            ("对不起，我代表我们部门向您道歉，以后一定改进服务，谢谢您的提醒。", "paraphrase"),
            ("很抱歉让您有了不好的体验，您的意见我们一定改进，感谢您的监督。", "paraphrase"),
        ],
        "neg": [
            ("她可能昨天太忙了吧", "excuse for the colleague, no apology"),
            ("我们会改进的", "no apology (borderline)"),
            ("您是不是误会她了？", "rhetorical, defensive"),
        ],
    },
    "no_contact": {
        "pos": [
            ("非常抱歉，如果您不方便留联系电话，我们后续就无法联系到您，您反映的问题也就没有办法为您处理。", "word_in_between"),
            ("不好意思，没有联系电话的话，处理进展我们无法告知您，问题也没办法受理，您看能不能留一个？", "paraphrase"),
            ("抱歉先生，不留电话我们就没法回复您，这个投诉也就处理不了。", "paraphrase"),
        ],
        "neg": [
            ("不留电话没法处理。", "curt, no courtesy (borderline)"),
            ("电话必须留", "order"),
            ("非常抱歉，请您留下电话", "no consequence (borderline)"),
        ],
    },
    "emotional": {
        "pos": [
            ("您的心情我真的非常理解，您先别急，为了更快地帮您把问题处理好，请问具体是哪天开始的？", "word_in_between"),
            ("我能体会您现在的感受，换作是我也会着急，为了帮到您，麻烦您说一下您的地址好吗？", "paraphrase"),
            ("理解理解，您的心情我明白，为了更有效地帮您，请问您的户号是多少？", "paraphrase"),
        ],
        "neg": [
            ("你先别激动", "order, no empathy"),
            ("发火解决不了问题", "lecturing"),
            ("我理解您，但是规定就是规定", "empathy then dismissal"),
        ],
    },
    "repeat_complaint": {
        "pos": [
            ("真的非常抱歉，您多次反映的问题我们一直在紧张地处理中，因为涉及几个部门，时间比较长，一解决我们第一时间联系您。", "word_in_between"),
            ("很抱歉让您跑了好几趟，这个问题已经在加急处理了，一有结果我马上给您回电话。", "paraphrase"),
            ("对不起，您的问题我们正在协调处理，处理好后会第一时间告诉您。", "paraphrase"),
        ],
        "neg": [
            ("已经在处理了", "no apology, no promise"),
            ("你别老打了，打了也没用", "dismissive"),
            ("非常抱歉，这个问题我们也没办法", "no processing, no promise; 推诿"),
        ],
    },
    "correction": {
        "pos": [
            ("非常抱歉，我刚才给您的解释不太准确，纠正一下，营业厅周日是休息的。", "word_in_between"),
            ("不好意思，我刚才说漏了一点，正确的是还需要带户口本原件。", "paraphrase"),
            ("对不起，刚才的回答有误，应该是次月一号生效。", "paraphrase"),
        ],
        "neg": [
            ("刚才说错了，反正差不多", "dismissive, no right answer"),
            ("这是系统的问题，不是我说错了", "blame-shifting"),
            ("应该是次月一号生效，您记一下。", "no apology or admission (borderline)"),
        ],
    },
    "hard_to_reach": {
        "pos": [
            ("非常抱歉！最近这段时间来电咨询的人特别多，线路比较繁忙，让您打了好几次，给您添麻烦了。", "word_in_between"),
            ("不好意思，因为话务量大，系统一直很忙，我们正在想办法扩容，给您造成的不便请您谅解。", "paraphrase"),
            ("很抱歉，这几天热线特别忙，所以您不太容易打进来，我们技术部门正在处理。", "paraphrase"),
        ],
        "neg": [
            ("这几天打电话的人多", "no apology"),
            ("难打你就别打呗", "dismissive"),
            ("我们这也很忙，没办法", "no apology, dismissive"),
        ],
    },
    "long_wait": {
        "pos": [
            ("实在抱歉让您久等了这么长时间，请问您有什么需要我帮忙的？", "word_in_between"),
            ("非常抱歉，让您排了这么久的队，您请讲，有什么可以帮您的？", "paraphrase"),
            ("不好意思，刚才线路太忙让您等久了，请问您要咨询什么？", "paraphrase"),
        ],
        "neg": [
            ("大家都要排队的", "dismissive"),
            ("让您久等了，什么事？", "curt offer (borderline)"),
            ("您等了多久啊？", "question, no apology"),
        ],
    },
    "too_slow": {
        "pos": [
            ("非常抱歉，系统这会儿比较慢，我会抓紧时间帮您处理，麻烦您再稍等一下，谢谢！", "word_in_between"),
            ("不好意思让您久等，现在系统很繁忙，我尽快帮您办好，请您稍等。", "paraphrase"),
            ("抱歉抱歉，系统有点卡，我马上给您处理，请您稍等一会儿。", "paraphrase"),
        ],
        "neg": [
            ("马上好了，别催", "impatient"),
            ("系统慢不关我的事", "blame-shifting"),
            ("我已经很快了", "defensive"),
        ],
    },
    "transfer": {
        "pos": [
            ("好的，请您稍等，我现在就帮您转接到维修部门，转接过程中请您不要挂机。", "word_in_between"),
            ("请稍等，这就为您转接专家坐席，请您保持通话，不要挂断，好吗？", "paraphrase"),
            ("请您稍候片刻，正在为您转到相关部门，请别挂电话。", "paraphrase"),
        ],
        "neg": [
            ("我给你转一下。", "no request to hold, 你 (borderline)"),
            ("这个你去问维修部。", "推诿, no transfer"),
            ("转过去了，挂了", "curt"),
        ],
    },
    "transfer_failed": {
        "pos": [
            ("非常抱歉，因为对方话务正忙，这次没能帮您转过去，您的问题我已经详细记下来了，稍后转给相关部门处理，好吗？", "word_in_between"),
            ("不好意思，转接没有成功，我先帮您登记详细情况，交给负责部门尽快联系您，可以吗？", "paraphrase"),
            ("很抱歉，维修部暂时占线转不过去，我把您的问题记录下来转交处理，您看行吗？", "paraphrase"),
        ],
        "neg": [
            ("没转过去，您晚点再打吧", "no record, dismissive"),
            ("对方不接我也没办法", "推诿"),
            ("非常抱歉，转接没有成功。", "no record/pass on (borderline)"),
        ],
    },
    "no_knowledge": {
        "pos": [
            ("非常抱歉，关于这个新政策，我们这边暂时还没有详细的资料，需要进一步核实，核实后会在24小时内联系您，好吗？", "word_in_between"),
            ("不好意思，您问的这个情况知识库里暂时没有说明，我先记录下来核实清楚，明天这个时候前给您回复，可以吗？", "paraphrase"),
            ("很抱歉，这项业务我手上暂时没有具体的资料，我们核实后一天内联系您。", "paraphrase"),
        ],
        "neg": [
            ("应该可以吧，您试试", "guessing"),
            ("这个没听说过", "dismissive, no verify"),
            ("我也不知道，你自己上网查查", "不知道, dismissive"),
        ],
    },
    "dialect": {
        "pos": [
            ("非常抱歉，打断您一下，我对方言不太熟悉，您方便用普通话讲吗？谢谢您。", "word_in_between"),
            ("不好意思先生，您的话我听得不太明白，能麻烦您讲普通话吗？", "paraphrase"),
            ("抱歉打断一下，请问您方便说普通话吗？谢谢！", "paraphrase"),
        ],
        "neg": [
            ("你说普通话行不行？", "rhetorical"),
            ("听不懂你说什么", "curt, no request"),
            ("请讲普通话。", "no apology (borderline)"),
        ],
    },
    "callback": {
        "pos": [
            ("您好，我是东方有线客服中心的小孙，工号22，请问刚才是您打我们热线问宽带的事吗？", "word_in_between"),
            ("您好，我是刚才接您电话的客服6号，关于您刚才问的问题，我还有一些情况需要补充。", "paraphrase"),
            ("您好，我是客服中心的，刚才有一位女士打过我们的电话，请问她在家吗？", "paraphrase (intro without a number)"),
        ],
        "neg": [
            ("喂，你刚才打过电话吧？", "喂, no intro"),
            ("您好，请问有什么可以帮您？", "opening-like, no callback content"),
            ("刚才是不是你打的？有什么事？", "no greeting, no intro"),
        ],
    },
    "special_abuse": {
        "pos": [
            ("请问您是否需要帮助？", "paraphrase"),
            ("您好，请问有什么需要我们帮助的吗？", "paraphrase"),
            ("请问您需要什么帮助？", "paraphrase"),
        ],
        "neg": [
            ("请您说话放尊重点", "lecturing, no offer"),
            ("你到底想干什么？", "rhetorical"),
            ("骂人是不对的", "lecturing"),
        ],
    },
    "special_end": {
        "pos": [
            ("如果您没有其他业务需要咨询的话，谢谢您，再见！", "word_in_between"),
            ("若您没有业务上的问题需要咨询，那就先到这里，再见。", "paraphrase"),
            ("感谢您的来电，如果没有其他业务需要咨询，再见！", "paraphrase"),
        ],
        "neg": [
            ("没有业务就挂了", "curt, no courtesy"),
            ("你再骂我就挂了", "threat"),
            ("再见", "no condition (borderline)"),
        ],
    },
    "agent_quiet": {
        "pos": [
            ("先生，我把声音调大一些了，请问您现在能听清我的声音吗？", "word_in_between"),
            ("王女士，请问您现在可以听到我说话吗？", "standard_filled"),
            ("先生，您那边可能比较嘈杂，建议您换个安静的地方再拨打过来，好吗？", "standard_2 paraphrase"),
        ],
        "neg": [
            ("听到没有？", "curt, rhetorical"),
            ("我声音够大了", "defensive"),
            ("你那边太吵了", "blame, no suggestion"),
        ],
    },
    "leader_phone": {
        "pos": [
            ("作为您的客户代表，帮您解决问题就是我的职责，请您相信我，我一定会尽力帮您处理好。", "word_in_between"),
            ("非常抱歉，领导的联系方式超出了我们的服务范围，请您通过其他途径查询，好吗？", "paraphrase"),
            ("请您相信我，您的问题我会负责到底，一定尽力帮您解决。", "paraphrase"),
        ],
        "neg": [
            ("你要领导电话干什么？", "rhetorical, suspicious"),
            ("领导电话是保密的，不能说。", "refusal without help (borderline)"),
            ("我们领导姓王，手机尾号是5678", "discloses part of the number"),
        ],
    },
    "wrong_number": {
        "pos": [
            ("非常抱歉，我跟您确认一下，您的手机号码是1390851234吗？好像少了一位。", "word_in_between"),
            ("不好意思，您报的号码位数不对，麻烦您再核对一下好吗？", "paraphrase"),
            ("很抱歉，这个号码有误，请您再看一下您的手机号，好吗？", "paraphrase"),
        ],
        "neg": [
            ("你这号码不对吧？", "rhetorical, no apology"),
            ("号码错了，重新报", "order"),
            ("请问您的手机号码是多少？", "asks anew without saying it is wrong (borderline)"),
        ],
    },
    "apology": {
        "pos": [
            ("真是不好意思，给您添麻烦了，请您见谅。", "paraphrase"),
            ("对不起，这件事是我们没做好。", "paraphrase"),
            ("非常抱歉给您带来了困扰。", "paraphrase"),
            ("抱歉让您担心了。", "paraphrase"),
        ],
        "neg": [
            ("抱歉，这不是我们的责任。", "apology word with blame"),
            ("你要我道歉？凭什么？", "refusal"),
            ("对不起有用的话要警察干嘛", "sarcastic"),
        ],
    },
}

# Third batch: the slips the issue names (合实, 在见, 稍后 for 稍候 …) written by hand in whole
# replies, and width/format variants (full-width digits and letters, spaces, repeated punctuation,
# an emoji). Same rules as the first batch; plain rows only.
SLIPS = {
    "hold_before": {
        "pos": [
            ("请您稍后，我帮您合实一下。", "typo 稍候->稍后 and 核实->合实"),
            ("麻烦您少等，我帮您查寻一下记录。", "typos 稍等->少等, 查询->查寻"),
            ("请您稍等，我帮您和实一下好吗？", "typo 核实->和实"),
        ],
        "neg": [],
    },
    "closing": {
        "pos": [
            ("感谢您的来电，在见！", "typo 再见->在见"),
            ("感谢您的来点，再见！", "typo 来电->来点"),
            ("感謝您的來電，再見！！！", "traditional, repeated punctuation"),
        ],
        "neg": [],
    },
    "opening": {
        "pos": [
            ("您好，我是客服１２号，请问有什么可以帮您？", "full-width digits"),
            ("您好，我是ＶＩＰ客服小李，请问有什么可以帮您？", "full-width letters"),
            ("您好😊我是客服小美，请问有什么可以帮您？", "emoji"),
            ("您好，我是客服小李，情问有什么可以帮您？", "typo 请问->情问"),
            ("您好，我是客服小李，请问有什么可以帮您。。。", "punctuation"),
        ],
        "neg": [],
    },
    "hold_after": {
        "pos": [
            ("感谢您的耐心等代。", "typo 等待->等代"),
            ("谢谢您的耐心等侯。", "typo 等候->等侯"),
        ],
        "neg": [],
    },
    "silent_close": {
        "pos": [
            ("您好请讲，您好请讲，非常抱歉，听不见您的声音，无法为您服务，谢谢您，在见！", "typo 再见->在见, printed text"),
        ],
        "neg": [],
    },
    "transfer": {
        "pos": [
            ("请稍后，正在为您转接，请不要挂机，好吗？", "typo 稍候->稍后"),
            ("请稍等，正在为您转结，请不要挂机。", "typo 转接->转结"),
        ],
        "neg": [],
    },
    "no_knowledge": {
        "pos": [
            ("非常抱歉，这个问题我们暂时没有详细资料，需要进一步合实，24小时内与您联系好吗？", "typo 核实->合实"),
        ],
        "neg": [],
    },
    "emotional": {
        "pos": [
            ("您的心情我非常理解，为了更有效地帮助您，情问您的地址是？", "typo 请问->情问"),
        ],
        "neg": [],
    },
    "dialect": {
        "pos": [
            ("非常抱歉，打断您一下，您方便讲普通化吗？谢谢！", "typo 普通话->普通化"),
        ],
        "neg": [],
    },
    "praised": {
        "pos": [
            ("不可气，这是我们应该做的。", "typo 不客气->不可气"),
        ],
        "neg": [],
    },
    "caller_fast": {
        "pos": [
            ("非常抱歉，我不太明白您的意识，请您说慢一点好吗？", "typo 意思->意识 (borderline: yisi/yishi)"),
        ],
        "neg": [],
    },
    "special_end": {
        "pos": [
            ("如果没有业务需要资询，再见！", "typo 咨询->资询"),
        ],
        "neg": [],
    },
}
