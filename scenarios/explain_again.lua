-- 客户对解释不清楚 (explain_again, 贵阳 §二(二) 2.6).
--
-- An elderly customer (slow, low voice) does not understand two lines of her bill. The trainee
-- explains, notices she is still unsure and offers to explain again with 2.6 (XX女士，请问您还有
-- 什么不清楚的地方，需要我再帮您解释一遍吗？), explains the remaining point simply, and closes.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing


return {
  id = "explain_again",
  title = "看不懂账单的老人",
  description = "一位老人看不懂账单上的“月功能费”和“套餐外流量费”。要求：开篇语；解释费用；"
    .. "老人仍不明白时按 2.6 主动询问是否需要再解释一遍；耐心再解释；结束语。",
  level = 5,
  area = "service",
  situation = "客户对解释不清楚（2.6）",
  caller = {
    name = "老年用户（女）", phone = "08515823456",
    voice = "cmn-latn-pinyin", rate = 120, pitch = 35, volume = 75,
    patience = 90, max_rings = 10,
  },
  closing = "closing",
  latency_limit = 12,
  -- The desk (issue 14): the bill the caller's number brings up and its data-usage detail, in view
  -- from the start (a bill query needs no hold). The explanations are graded against them
  -- (score.tells): what the two fees are for, and where the data went.
  system = {
    { id = "bill", title = "本月账单明细", text = "（来电号码 08515823456 的账单）", reveal = "always" },
    { id = "usage", title = "流量详单", reveal = "always",
      text = "本月套餐内流量 1GB 已用完；超出部分主要为：微信视频通话、微信视频号浏览（手机）。",
      facts = { { "微信", "视频" } } },
  },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "explain",  max = 20, label = "解释账单费用", clause = N .. "3.1 1.1.3 理解客户咨询并给予回应" },
    { id = "again",    max = 25, label = "主动询问是否需要再解释一遍（2.6）", clause = G .. "§二(二) 2.6" },
    { id = "simple",   max = 10, label = "耐心地再解释一遍", clause = N .. "3.1 1.1.4 按业务步骤与客户沟通" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local surname = call.pick { "周", "吴", "郑", "冯" }
    local flow = call.pick { "十五块", "二十三块", "三十块" }
    call.system("bill", "月功能费 8 元：来电显示 5 元、彩铃 3 元（增值功能，每月固定收取）；套餐外流量费 " .. flow
      .. "：套餐内流量用完后，超出部分按使用量计费。",
      { { "来电显示", "彩铃", "增值" }, { "超出", "超过", "用超", "超了", "用完", "多用" } })

    if not opening(call) then return end
    call.hint("按系统“本月账单明细”用老人听得懂的话解释两项费用。")
    call.say("姑娘啊，我姓" .. surname .. "，我这个月的账单上有个月功能费，还有个套餐外流量费" .. flow
      .. "，这都是什么钱啊？我一个老太婆又不上网。")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    -- graded by the one rule for answers against the desk (score.tells); the words that show an
    -- explanation of the two items asked, never a fee in general: 这些都是正常的收费，没有问题的
    -- explains nothing (no floor), it tells her not to ask
    score.tells("explain", r, "bill", { what = "月功能费和套餐外流量费",
      tries = { "功能费", "流量费", "套餐外", "套餐", "来电显示", "彩铃" } })

    call.hint("老人还是没听懂：" .. phrase.standard("explain_again"))
    call.say("哦……你说的这些……我还是有点糊涂……")
    -- calls36b: 2.6 is an offer put to her (请问您还有什么不清楚的地方，需要我再帮您解释一遍吗？): a
    -- reply that only announces the explanation and gives it (嗯，那我再说一下：……, 我再慢慢说一遍：……)
    -- explains again without asking what she has not understood, so it is no 2.6 (贵阳 §二(二) 2.6);
    -- the grader reads whether the reply asks her about it (call.asks)
    local before = #call.said()
    r = expect_phrase(call, { cat = "explain_again", item = "again", pts = 25,
      why = "老人不明白时主动询问是否需要再解释一遍（2.6）", miss = "没有按 2.6 询问客户哪里不清楚、是否需要再解释",
      nudge = "姑娘，你说慢点，我没太懂……", timeout = 20,
      accept = function(x)
        -- the offer asked in its own words (还有哪里不清楚？), or said and put to her with a tag question
        -- (我再慢慢给您讲一遍，好吗？ / 我再给您解释一遍，可以吗？): the tag asks whether she wants it (final36)
        return call.asks(x, { "解释", "说", "讲", "明白", "清楚", "懂", "地方" })
          or (call.asks(x, { "好吗", "可以吗", "行吗", "行不行", "好不好", "可不可以", "要不要", "需要吗", "您看呢" })
              and call.mentions(x, { "再", "一遍", "重新" }))
      end })
    if not r then return end
    -- the simple explanation given inside that step (where the offer was missed) is given all the same:
    -- items are earned by what was said wherever it fits (issue #11 item 6); score.tells keeps the best try
    local said = call.said()
    -- (only a reply that tells it is taken: the step's own turn below judges the rest, guesses included)
    for i = before + 1, #said do
      if call.tells(said[i], "usage") then
        score.tells("simple", said[i], "usage", { what = "流量用在哪里", tries = { "流量", "上网", "手机", "用了", "产生" } })
      end
    end

    call.say("就是那个流量费，我不上网，怎么会有流量呢？")
    r = call.reply { timeout = 20 }
    if over(call, r) then return end
    local told = score.tells("simple", r, "usage", { what = "流量用在哪里",
      tries = { "流量", "上网", "手机", "用了", "产生" } })
    -- she answers what she was told (国家职业技能标准 3.1 1.1.3 理解客户咨询并给予回应): the cause
    -- the lookup gives only when the trainee said it, never a cause the trainee did not give
    if told then
      call.say("哦，原来是看微信视频用的啊，那我明白了。谢谢你啊姑娘。")
    else
      call.say("哦……是这样啊……那我回头让孩子帮我看看。谢谢你啊姑娘。")
    end
    closing(call, "好，好，再见啊。")
  end,
}
