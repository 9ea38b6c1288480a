-- 与业务无关的来电 (off_topic, 贵阳 §二(三) 特殊处理 5).
--
-- A chatty caller wants the weather, lottery numbers and a chat — nothing the hotline handles. The
-- standard: 请问您有业务需要咨询吗？ and, if not, 如果没有业务需要咨询，谢谢您，再见！ then hang up.
-- Keep the tone polite (特殊处理 6); don't get drawn into the chat.

local G = "贵阳 T-GSOCCIA 001—2020 "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local is = call.says
local over, opening = call.over, call.opening

-- The question of 特殊处理 5 (请问您有业务需要咨询吗？, or 特殊处理 1's 请问您需要帮助吗？): the
-- grader's phrase, said as a question about business or help (call.asks), never the condition of
-- the ending (如果没有业务需要咨询) read as one.
local ASK_TOPIC = { "业务", "咨询", "帮助", "帮忙", "帮", "需要", "办理", "事", "服务" }
-- The question may follow a word of its own (不好意思，我们这里是客服热线，请问您有什么业务需要咨询吗？,
-- 哈哈…… before it): a run of the reply's clauses that is the phrase (call.says' count, as the protocol
-- item reads it) asks as well as the whole reply would (calls30).
local function asks_business(r)
  if r.kind ~= "text" then return false end
  local whole, times = is(r, "special_abuse")
  return (whole or times > 0) and call.asks(r, ASK_TOPIC)
end

-- 特殊处理 5's ending said whole, but with a 禁忌语 in the same reply: every part of the phrase there
-- (the grader's phrase.match), not the phrase only because of the rude words
local function ended_rudely(r)
  if r.kind ~= "text" then return false end
  local m = phrase.match("special_end", r.text)
  return not m.match and #m.missing == 0 and #m.taboo > 0
end

-- Joining in the caller's pastime takes up the off-topic matter as a friend would, where 特殊处理 5
-- turns to the business at once (§二(四) 4.4 工作纪律): a wish on his lottery ticket, the weather or
-- the draw told him, advice on the weather, chat along (哈哈, 我也觉得). The grader judges it
-- (call.chats); the caller's topic named in a pointer or a refusal (中没中大奖要看福彩中心的公告,
-- 下不下雨您看一下预报) is none (calls21, fix21c, fin21c, calls22; moved to the grader by calls30).

return {
  id = "off_topic",
  title = "闲聊的来电",
  description = "来电者问天气、问彩票、想聊天，没有业务需要。要求：开篇语；按特殊处理 5 询问是否有业务需要咨询；"
    .. "仍无业务时说结束语“如果没有业务需要咨询，谢谢您，再见！”并挂机；不陪聊、语气礼貌。",
  level = 5,
  area = "service",
  situation = "特殊处理：与业务无关的来电",
  caller = {
    name = "未知来电（男）", phone = "13000001111",
    voice = "cmn-latn-pinyin", rate = 160, pitch = 55, volume = 80,
    patience = 100, max_rings = 8,
  },
  closing = "special_end",
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "ask",      max = 25, label = "询问是否有业务需要咨询（特殊处理 5）", clause = G .. "§二(三) 特殊处理 5" },
    { id = "close",    max = 20, rule = "closing", clause = G .. "§二(三) 特殊处理 5" },
    { id = "protocol", max = 15, rule = "sequence:special_abuse,special_end,hangup", clause = G .. "§二(三) 特殊处理 5" },
    { id = "courtesy", max = 10, rule = "courtesy", clause = G .. "§二(三) 特殊处理 6；§二(二) 2.1" },
    { id = "focus",    max = 10, label = "不陪聊，不回答与业务无关的问题", clause = G .. "§二(四) 4.4 工作纪律" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local q = call.pick { "明天贵阳下不下雨啊", "昨天彩票开的什么号你知道吗", "你们那边今天热不热啊" }
    local chatted = false
    local function chat(r)
      if r.kind == "text" and call.chats(r) and not chatted then
        chatted = true
        -- marked when it happens, so the reason is there however the call ends (4.4 工作纪律)
        score.deduct("focus", 0, "陪来电者闲聊，回答了与业务无关的问题，占用热线")
      end
    end

    if not opening(call) then return end
    call.hint("与业务无关：请问您有业务需要咨询吗？")
    call.say("哎，你好你好，我就问一下，" .. q .. "？")
    local r = call.reply { expect = "special_abuse", timeout = 15 }
    if over(call, r) then return end
    chat(r)
    -- 特殊处理 5 asks first (请问您有业务需要咨询吗？): the ending said alone (如果没有业务需要咨询，
    -- 谢谢您，再见！) states the condition and asks nothing, so it is no ask; 特殊处理 5 printed whole
    -- (the question, then the ending) is both
    local asked = asks_business(r)
    if asked then score.award("ask", 25, "询问是否有业务需要咨询（特殊处理 5）") end
    -- calls36b: his matter taken up instead of the question (the draw or the weather told, a wish, chat
    -- along) puts 特殊处理 5 off by a turn of chat: the question asked a turn late earns 20 of 25 (贵阳 §二(三)
    -- 特殊处理 5 asks it at once; the chat itself is the focus item's, §二(四) 4.4). The examiners put a chat
    -- turn before the question at 12–15 points in all, so the delay is a fifth of the item, not half
    local chatted_first = chatted and not asked
    local function award_ask()
      if chatted_first then
        score.award("ask", 20, "询问是否有业务需要咨询（特殊处理 5），但先陪聊了一轮才问")
      else
        score.award("ask", 25, "询问是否有业务需要咨询（特殊处理 5）")
      end
    end
    -- the question said, but with a 禁忌语 in the same reply: half of the item, the reason naming the
    -- rude words, never 0 as if unasked (lua/callsim.lua rude_credit; 呼叫服务员职业标准 2.2 三(一)2)
    local rude = not asked and call.said_rudely(nil, r) or nil
    local function missed_ask()
      if not call.rude_credit("ask", 25, "询问是否有业务需要咨询（特殊处理 5）", rude) then
        score.deduct("ask", 0, "没有询问是否有业务需要咨询")
      end
    end
    call.say("没什么业务，就是一个人在家无聊，想找个人聊聊天。你多大了？")
    call.hint("仍无业务：如果没有业务需要咨询，谢谢您，再见！然后挂机。")
    for turn = 1, 3 do
      r = call.reply { expect = asked and "special_end" or "special_abuse", timeout = 15 }
      if over(call, r) then
        -- a hang-up here comes before 特殊处理 5's ending: not chatting is earned, the ending is not
        -- (the close and protocol items charge it)
        if r.kind == "hangup" and not chatted then score.award("focus", 10, "没有陪聊，没有回答与业务无关的问题") end
        if r.kind == "hangup" and not asked then missed_ask() end
        return
      end
      chat(r)
      if not asked then rude = call.said_rudely(rude, r) end
      if not asked and asks_business(r) then
        asked = true
        award_ask()
      end
      if r.kind == "text" and is(r, "special_end") then
        call.say("哦……好吧，那再见。")
        r = call.wait { timeout = 10 }
        if r.kind == "hangup" and not chatted then score.award("focus", 10, "没有陪聊，按规范结束") end
        if not asked then missed_ask() end
        if r.kind ~= "hangup" then call.hangup("对方挂机") end
        return
      end
      -- the ending said with a rude tail (……谢谢您，再见！以后没事别打过来了): not the phrase (the
      -- close and protocol items take half, the courtesy item the words: the project's rule that a
      -- rude tail voids the phrase), yet the caller heard that the call is over. He takes up the
      -- rudeness once and goes, never chats on as if nothing was said (docs/scenarios.md "A phrase
      -- said rudely"; 贵阳 §二(三) 特殊处理 6 应注意通话语气和态度)
      if ended_rudely(r) then
        call.say("哎，你这人怎么这么说话呢……行行行，不聊了，再见。")
        r = call.wait { timeout = 10 }
        if over(call, r) and r.kind ~= "hangup" then return end
        if r.kind == "hangup" and not chatted then
          score.award("focus", 10, "没有陪聊，结束了通话（结束语附带的禁忌语已在结束语和礼貌两项扣分）")
        end
        if not asked then missed_ask() end
        if r.kind ~= "hangup" then call.hangup("对方挂机") end
        return
      end
      call.say(call.pick { "别急着挂嘛，再聊两句。", "你们客服是不是都很闲啊？", "那你说说，明天股票涨不涨？" })
    end
    if not asked then missed_ask() end
    score.deduct("focus", 0, "陪来电者闲聊，占用热线")
    call.hangup("对方挂机")
  end,
}
