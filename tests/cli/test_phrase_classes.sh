#!/usr/bin/env bash
# Classes of phrase verdicts the retired blind set seen3 showed wrong (issue #11), each with
# sentences written for this test from 贵阳 T-GSOCCIA 001—2020 §二 (helper seenphr; none is a row of
# any eval set, lightly edited or not): positives of the class and near misses that must stay out.
#   filler     a hesitation sound set off by commas (，嗯，/，呃，) inside a phrase: one sentence
#   mash       keyboard mashing (asdf, lllkkk, hjkl) around a phrase is input garbage, not the phrase
#   repeat     the whole phrase said three times over is mindless repetition (any length)
#   ask        §二(三) 1 请问您需要帮助吗？（停顿）再见: the pause may be worded 如果没有，再见; the
#              question is what makes it 特殊处理 1 (a bare conditional close is 特殊处理 2、3); asked
#              with ？/吗, 请问, 是否, A-not-A (需不需要: a question, not a negation) or 什么
#   assist     协助 offers help as 帮助 does (有什么可以协助您)
#   louder     2.4 says the agent raises their own voice (适当提高音量): 我大声一点 is 2.4, only a
#              request that the caller speak up is 2.2
#   jiuhou     久候 / 等候多时 for 久等 (2.16, 1.2)
#   cue        a neighbour's cue wider than its phrase: thanks before a request to wait (谢谢您，请稍等)
#              is not 1.2's thanks for waiting, and 系统 in a result (系统显示已发货) is no excuse of a
#              busy system (2.15 / 2.17); an invitation to ask again (以后有业务咨询欢迎来电) is 1.4's
#              close, only 若没有/若无业务咨询 is 特殊处理 2、3; having noted the matter before a transfer
#              (我已经记录下您的问题，现在为您转接) is no failed transfer (2.18(2)); 2.2 ends on a
#              goodbye (停顿两秒后挂机), only 无法为您服务 marks 1.3's close; admitting a slip (说错了) in a
#              2.9 apology is no 2.14 correction without the right content; 让您久等了 in a 2.17 reply
#              is no 2.16 without its offer
#   digits     a phone number typed in groups (139-0851-2233) is one number (2.10 是XXX吗)
#   business   特殊处理 2、3: 如果您没有业务方面的问题，再见 — 业务 said as the object of the condition
#   cantonese  唔好意思 / 对唔住 (不好意思 / 对不起) at a Hong Kong desk
# Classes the retired blind set seen4 showed (helper seen4fix, own sentences, none a row of any eval
# set, lightly edited or not):
#   yue        the other phrases said in Cantonese at a Hong Kong desk (§二(二) 2.20: the phrase said in
#              the desk's language is the phrase), typed in traditional characters: 唔使客氣 / 應份
#              (2.8), 心情…明白 (2.12), 等咗咁耐 (2.16), 早晨 / 我係客服 / 有咩…幫 (1.1), 等一陣 (1.2),
#              唔好收線 (2.18), 講多一次 (2.5), 應該係 (2.14); a part left out is still missing
#   quoted     a virtue of the caller's in quotation marks (感谢您的“耐心”) is sarcasm, not 1.2's thanks
#              (§二(三) 6); a product or the caller's words in quotation marks are not
#   counted    a count of explanations thrown back (我都讲了四遍了，您还不懂？) is no 2.6 offer to
#              explain again; 再给您解释一遍 is
#   selfserve  the answer left for the caller to look up (其实您自己上网一搜就有) is no 1.2 result;
#              a self-service channel offered beside the answer is
# Graded by `callsim grade-phrase --batch`; every row must get its label.
#   bash tests/cli/test_phrase_classes.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_phrase_classes: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# class, expected verdict (1 the phrase, 0 not), category, reply
rows=$(cat <<'ROWS'
filler	1	not_heard	抱歉，我刚才没听清楚，麻烦您，嗯，再说一遍好吗
filler	1	wrong_number	不好意思，您的手机号是，呃，139 1234 5678，对吗？
filler	1	caller_fast	不好意思，您说得有点快，您能，嗯，说慢一点吗？
filler	1	transfer	请您稍等，我这就，呃，帮您转接到理赔部门，请别挂机。
filler	1	hold_before	嗯，请您稍等，我帮您查询一下。
filler	1	opening	您好，呃，我是客服小周，请问有什么可以帮您？
filler	0	wrong_number	呃，您的号码是多少？
filler	0	not_heard	嗯，您说吧。
filler	0	hold_before	请您稍等，嗯，我马上帮您转接。
filler	0	hold_before	请您稍等，嗯嗯，我帮您查一下。
mash	0	apology	不好意思qwer，给您添麻烦了
mash	0	closing	感谢您的来电，再见sdfg
mash	0	hold_before	请您稍等，我帮您查一下。。。hhhjjj
mash	0	opening	您好，我是5号客服zxcv，请问有什么可以帮您
mash	0	transfer	请您稍等，我帮您转接，请不要挂机。asdfgh
mash	0	closing	感谢您的来电，再见。poiu
mash	1	closing	Thank you for your patience, the tree was cut already. Goodbye!
mash	1	opening	您好，我是VIP专线3号客服，请问有什么可以帮您
mash	1	hold_before	请您稍等，我帮您查一下wifi的设置
mash	1	closing	Thank you for calling, we were glad to help. Goodbye!
repeat	0	hold_before	请您稍等，我帮您核实一下。请您稍等，我帮您核实一下。请您稍等，我帮您核实一下。
repeat	0	closing	感谢您的来电，祝您生活愉快，再见！感谢您的来电，祝您生活愉快，再见！感谢您的来电，祝您生活愉快，再见！
repeat	0	opening	您好，我是客服小李，请问有什么可以帮您？您好，我是客服小李，请问有什么可以帮您？您好，我是客服小李，请问有什么可以帮您？
repeat	1	silent_close	您好，请讲。您好，请讲。很抱歉，听不到您的声音，无法为您服务，再见！
repeat	1	closing	感谢您的来电，再见，再见！
ask	1	special_abuse	请问您是需要帮忙吗？如果不需要的话，再见。
ask	1	special_abuse	女士，请问有什么可以帮您的吗？要是没有的话，那就再见了。
ask	1	special_abuse	请问您需要办理业务吗？……没有的话，再见！
ask	1	special_abuse	若您没有业务需要咨询，那就再见了。
ask	0	special_abuse	如果您没有什么需要帮助的，再见。
ask	1	special_end	若您没有业务需要咨询，那就再见了。
ask	1	special_abuse	先生，您需要什么帮助
ask	1	special_abuse	您需不需要帮助？
ask	1	special_abuse	女士，您是否需要办理业务
ask	0	special_abuse	如果您没有什么需要帮助的，那就这样。
ask	1	opening	您好，我是客服小王，请问您有没有什么需要帮忙的？
assist	1	special_abuse	請問您需要什麼協助嗎？
assist	1	opening	您好，我是12号客服，请问有什么可以协助您的？
assist	0	special_abuse	我们会协助您处理。
louder	1	agent_quiet	先生，我提高一下音量，请问现在能听见我说话了吗？
louder	1	agent_quiet	女士，我稍微大声点，您现在听得清楚吗？
louder	1	agent_quiet	我把声音调大一点，请问您现在能听清楚吗？
louder	0	agent_quiet	抱歉，您那边声音太小，请您大声一点好吗？
louder	0	agent_quiet	请您说话大声点，我这边听不清。
louder	0	agent_quiet	不好意思，您能大点声吗？
jiuhou	1	long_wait	抱歉让您久候了，请问有什么可以帮您？
jiuhou	1	long_wait	很抱歉，让您等候多时，请问您要办理什么业务？
jiuhou	1	hold_after	感谢您的久候，您的快递已经到了分拣中心。
jiuhou	0	long_wait	让您久候了。
cue	1	hold_before	好的，谢谢您，请稍等，我帮您查询一下。
cue	1	hold_before	谢谢，请您稍等片刻，我帮您查一下账单。
cue	0	hold_before	感谢您的耐心等待，已经查到了。
cue	0	hold_before	多谢您耐心等候，结果出来了。
cue	1	hold_after	感谢您的耐心等待，已经帮您查到了，系统显示已经发货。
cue	1	hold_after	谢谢您的等候，我在系统里看到您的退款已经到账了。
cue	0	hold_after	谢谢您，请您稍等，我帮您查一下。
cue	1	closing	感谢您的来电，以后有任何业务咨询欢迎随时来电，再见！
cue	1	closing	谢谢您的来电，有业务需要咨询可以随时打给我们，祝您愉快，再见。
cue	0	closing	感谢您的来电，若无其他业务咨询，再见！
cue	0	closing	如果您不需要咨询别的业务，谢谢您，再见。
cue	1	transfer	请稍等，我已经记录下您的问题，现在为您转接到售后，请不要挂机。
cue	0	transfer	抱歉，转接没成功，我先帮您记录下来，稍后转交相关部门，请您稍等。
cue	1	caller_quiet	不好意思，您的声音太小了，麻烦您换一部电话再打过来，再见。
cue	0	caller_quiet	您好，请讲。您好，请讲。听不见您的声音，无法为您服务，再见！
cue	1	bad_attitude	抱歉，是我对业务不熟悉，刚才讲错了，我们会加强学习，感谢您的批评。
cue	0	bad_attitude	抱歉，刚才我讲得不对，正确的是下个月一号生效。
cue	1	too_slow	不好意思让您久等了，系统有点卡，我正在加快处理，请再稍等一下。
cue	0	too_slow	不好意思，让您久等了，请问您要办理什么业务？
digits	1	wrong_number	不好意思，您的手机号码是139-0851-2233，对吗？
digits	1	wrong_number	抱歉，和您核对一下，号码是０８５１－８６６１２３４５吗？
digits	0	wrong_number	您的手机号码是139-0851-2233吗？
business	1	special_end	女士，要是您没有什么业务要办，那我先挂断了，谢谢，再见。
business	1	special_end	如果您这边没有业务上的问题，谢谢您，再见。
business	0	special_end	没有业务，再见。
cantonese	1	caller_fast	唔好意思，您讲得有啲快，麻烦您讲慢啲好吗？
cantonese	1	not_heard	对唔住，我听唔清楚，麻烦您再讲一次。
cantonese	1	apology	对唔住，给您添麻烦了。
cantonese	1	hold_before	唔，请您稍等，我帮您查一下。
cantonese	0	caller_fast	您讲慢啲。
yue	1	praised	唔使客氣，呢啲係我哋應份做嘅。
yue	1	praised	多謝您嘅讚賞，我哋會繼續努力。
yue	1	praised	唔好客氣，幫到您係我嘅榮幸。
yue	1	praised	唔使謝，應該做嘅。
yue	1	emotional	您嘅心情我好明白，我而家即刻幫您處理。
yue	1	emotional	明白您好嬲，您放心，我一定盡力幫到您。
yue	1	long_wait	唔好意思要您等咗咁耐，有咩可以幫到您？
yue	1	long_wait	對唔住，等咗好耐啦，請問有乜嘢可以幫您？
yue	1	opening	早晨，我係客服阿玲，請問有咩可以幫到您？
yue	1	closing	多謝您嘅來電，祝您生活愉快，拜拜！
yue	0	praised	唔使客氣。
yue	0	praised	多謝您嘅讚賞。
yue	0	long_wait	唔好意思，有咩可以幫到您？
yue	0	emotional	您嘅心情我好明白。
yue	0	opening	早晨，有咩事？
yue	0	long_wait	等咗咁耐都唔好意思，聽日再打嚟啦。
yue	1	transfer	唔該您等一等，而家幫您轉接去技術部，唔好收線。
yue	1	hold_after	多謝您耐心等候，查到您張單已經寄出咗。
yue	1	hold_before	麻煩您等一陣，我幫您查下。
yue	1	not_heard	唔好意思，頭先聽唔清楚，麻煩您講多一次。
yue	1	caller_quiet	唔好意思，您嘅聲音有啲細，麻煩您大聲少少好嗎？
yue	1	caller_fast	唔好意思，您講得有啲快，可唔可以講慢少少？
yue	1	correction	對唔住，頭先我講錯咗，應該係下個月一號生效。
yue	1	apology	對唔住，為您帶嚟唔便。
yue	1	closing	多謝您嘅來電，再見！
yue	1	silent_prompt	您好，請講。
yue	0	transfer	而家幫您轉接。
yue	0	hold_before	我幫您查下。
quoted	0	hold_after	谢谢您的“耐心”等候，我这边终于查完了。
quoted	0	hold_after	感谢您这么“配合”地等待，结果是还没发货。
quoted	0	closing	感谢您“宝贵”的来电，再见。
quoted	0	apology	抱歉让您这么“通情达理”的人生气了。
quoted	1	hold_after	感谢您的耐心等待，“流量包”已经帮您开通了。
quoted	1	hold_after	谢谢您的等候，您说的“一直没信号”是基站检修造成的，明天恢复。
quoted	1	closing	感谢您的来电，欢迎参加我们的“暖心服务”活动，再见！
counted	0	explain_again	我已经讲了四遍了，您还是哪里不明白？
counted	0	explain_again	前后解释了三次，您还有什么不清楚的？
counted	0	explain_again	说了两次了，您还有哪里不懂？
counted	1	explain_again	请问您还有哪里不清楚，我再给您解释一遍好吗？
counted	1	explain_again	您还有什么疑问吗？我再给您详细说明一次。
selfserve	0	hold_after	感谢您的耐心等待，其实您自己上网一搜就有。
selfserve	0	hold_after	谢谢您的等候，这个您随便在公众号里一查就知道了。
selfserve	0	hold_after	感谢您耐心等待，下次别问这种问题了。
selfserve	1	hold_after	感谢您的耐心等待，您的套餐余量还有五个G，以后您也可以在APP首页查看。
selfserve	1	hold_after	谢谢您的等候，账单我已经发到您的短信里了，请注意查收。
ROWS
)
. tests/lib/phrase_rows.sh
grade_phrase_rows test_phrase_classes "$callsim" "$rows" || { echo "0 passed, 1 failed"; exit 1; }
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
