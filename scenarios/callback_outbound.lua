-- 回拨电话 (callback_outbound, 贵阳 §二(二) 2.21) — an outbound call.
--
-- The trainee calls back a customer whose question was left open. "Ringing" here is the outbound
-- call ringing out; /answer means the other side picked up. Someone else answers first. The
-- standard: 您好，我是XX公司XX号业务受理专员，请问刚才是您拨打XXX咨询问题吗？; if not: 刚才有一位
-- 先生/女士拨打过我们的客服电话，请问他/她在吗？; then to the customer: 对于您刚才的问题我还有一些
-- 内容需要补充…… No 开篇语 here: this is not an incoming call.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, expect_phrase = call.over, call.expect_phrase

-- Who is calling (2.21 我是XX公司XX号业务受理专员): the callback category also holds the
-- 请问他在吗 and the 还有内容需要补充 of 2.21, neither of which says who calls (我们的客服电话 names
-- the line, not the speaker).
local SELF_INTRO = { "我是", "我叫", "工号", "专员", "话务员", "接线员", "受理员",
                     "这里是", "这边是", "客户代表", "服务代表" }
-- Asking for the person who called (2.21 请问他/她在吗), in ordinary words: whether he is there
-- or can come to the phone, read by call.asks in a clause that asks (他在家吗, 方便接电话吗,
-- 麻烦您叫他来接一下好吗), never a statement (我们稍后再联系他) or another question (您现在方便吗).
local ASK_PERSON = { "在吗", "在不在", "在家", "身边", "旁边", "接电话", "接个电话", "接听", "来接",
                     "请他", "请她", "叫他", "叫她", "找一下", "找他", "找她" }

return {
  id = "callback_outbound",
  title = "回拨补充说明（外呼）",
  description = "外呼回拨：客户刚才咨询宽带提速，还有内容需要补充。对方接起电话后开始。要求：按 2.21 自我介绍"
    .. "并确认是否本人来电；不是本人时询问来电人是否在；向客户补充说明提速资费；结束语。",
  level = 5,
  area = "business",
  situation = "回拨电话（2.21，外呼）",
  caller = {
    name = "回拨客户家", phone = "13595112233",
    voice = "cmn-latn-pinyin", rate = 175, pitch = 70, volume = 80,
    patience = 90, max_rings = 10,
  },
  closing = "closing",
  -- The desk (issue 14): the earlier call this callback follows up and the speed-up tariff of the
  -- knowledge base, in view; the supplement is graded against the tariff (score.tells).
  system = {
    { id = "record", title = "来电记录", reveal = "always",
      text = "今天 13595112233（男）来电咨询宽带提速，资费待确认，需回拨补充说明（3.1 2.1.7 回访客户）。" },
    { id = "tariff", title = "知识库：宽带提速资费", text = "（查询中）", reveal = "always" },
  },
  rubric = {
    { id = "intro",      max = 25, label = "自我介绍并确认是否本人来电（2.21）", clause = G .. "§二(二) 2.21" },
    { id = "ask_person", max = 20, label = "不是本人时询问来电人是否在（2.21）", clause = G .. "§二(二) 2.21" },
    { id = "supplement", max = 25, label = "向客户补充说明（2.21）", clause = G .. "§二(二) 2.21；" .. N .. "3.1 2.1.7 按照业务受理规则回访客户" },
    { id = "courtesy",   max = 10, rule = "courtesy" },
    { id = "closing",    max = 20, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local speed = call.pick { { "300兆", "300" }, { "500兆", "500" }, { "1000兆", "1000" } }
    local extra = call.pick { "20", "30", "50" }
    call.system("tariff", "当前 100 兆提速到 " .. speed[1] .. "：每月加 " .. extra .. " 元，次月 1 日生效，无需上门。",
      { { speed[1], speed[2] }, { extra } })

    call.hint("外呼回拨：" .. phrase.standard("callback"))
    call.say("喂？哪位？")
    local r = expect_phrase(call, { cat = "callback", item = "intro", pts = 25,
      why = "自我介绍并确认是否本人来电（2.21）", miss = "没有按 2.21 自我介绍并说明回拨来意",
      nudge = "喂？你是哪里？推销的吧？",
      accept = function(reply) return has_any(reply, SELF_INTRO) end })
    if not r then return end
    -- 2.21's steps are earned where they were said (issue #11 item 6): a trainee one step ahead of
    -- the caller (请问他在吗 before she says it was not her, the supplement before he comes to the
    -- phone) has still said them; call.said() holds every reply so far.

    call.say("不是我打的，应该是我老公吧。")
    call.hint("不是本人：刚才有一位先生拨打过我们的客服电话，请问他在吗？")
    r = call.reply { expect = "callback", timeout = 15 }
    if over(call, r) then return end
    local asked = false
    for _, x in ipairs(call.said()) do
      if x.kind == "text" and call.says(x, "callback") and call.asks(x, ASK_PERSON) then asked = true end
    end
    if asked then
      score.award("ask_person", 20, "询问来电人是否在（2.21）")
    else
      score.deduct("ask_person", 0, "不是本人接听时没有按 2.21 询问来电人是否在")
    end
    call.say("在，你等一下啊。老公，电话！")
    call.silence(3)
    call.say("喂，你好，我是，什么事？", { pitch = 40 })
    call.hint("向来电人补充说明系统“宽带提速资费”：先说明有内容需要补充，再说提速和每月费用。")
    r = call.reply { expect = "callback", timeout = 15 }
    if over(call, r) then return end
    -- the tariff, 15 of the item, by the one rule for answers against the desk (score.tells); the
    -- other 10 for saying what the call is for (2.21: 还有内容需要补充) along with it
    -- this reply, or one said a step ahead that tells more of the tariff
    local _, best_told = call.tells(r, "tariff")
    for _, x in ipairs(call.said()) do
      local _, told = call.tells(x, "tariff")
      if x.kind == "text" and told > best_told then r, best_told = x, told end
    end
    local _, _, why = score.tells("supplement", r, "tariff", { max = 15, what = "提速后的速率和每月费用",
      tries = { "提速", "资费", "每月", "费用", "生效", "兆" } })
    -- the two halves are two requirements: saying what the call is for is 2.21's own words, earned
    -- whether or not the tariff that follows is right (a wrong or missing tariff costs its 15 once)
    if has_any(r, { "补充" }) then
      score.award("supplement", 10, why .. "；先说明了还有内容需要补充（2.21）")
    else
      score.note("supplement", why .. "；没有先说明来意（还有内容需要补充，2.21）")
    end
    call.say("哦，每月加" .. extra .. "块是吧，行，我考虑一下。谢谢你专门打过来。", { pitch = 40 })
    -- the 结束语 already said as the last words of the step before: the caller says goodbye (1.4)
    if call.last_says("closing") then call.say("好，再见。", { pitch = 40 }); call.hangup("客户挂机"); return end
    call.hint("结束通话：" .. phrase.standard("closing"))
    for attempt = 1, 2 do
      r = call.reply { expect = "closing", timeout = 12 }
      if r.kind == "timeout" or over(call, r) then return end
      if r.match then call.say("好，再见。", { pitch = 40 }); call.hangup("客户挂机"); return end
      -- a rude goodbye is taken up and ends the call (lua/callsim.lua call.rude_bye)
      if r.rude then call.say(call.rude_bye, { pitch = 40 }); call.hangup("客户挂机"); return end
    end
    call.hangup("客户挂机")
  end,
}
