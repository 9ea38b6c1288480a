-- 转接不成功 (transfer_failed, 贵阳 §二(二) 2.18).
--
-- An enterprise customer needs the technical desk. The trainee says 2.18(1) (请稍等，正在为您转接，
-- 请不要挂机，好吗？) and transfers; the desk is busy and the call comes back. Then 2.18(2): 非常
-- 抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
-- — and the record is actually made (/ticket).

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "
local POLITE = G .. "§二(二) 2.1；§二(四) 4.2 有效控制个人情绪"

-- Words that are retaliation whatever the phrase bank says (checked on the trainee's text).
local INSULTS = { "神经病", "有病", "闭嘴", "滚", "去死", "混蛋", "王八", "傻", "白痴", "废物",
                  "你妈", "他妈", "妈的", "找抽", "欠揍" }

local function has_any(text, words)
  if not text then return false end
  for _, w in ipairs(words) do
    if string.find(text, w, 1, true) then return true end
  end
  return false
end

local function is(r, cat)
  return r.kind == "text" and r.text ~= nil and phrase.match(cat, r.text).match
end

-- True when the call is over for the script: the trainee hung up, or insulted the caller (which
-- fails the call; the caller protests and hangs up).
local function over(call, r)
  if r.kind == "hangup" then return true end
  if r.kind == "text" and (r.insult or has_any(r.text, INSULTS)) then
    score.fail("对客户出言不逊：“" .. r.text .. "”", POLITE)
    call.say("你这是什么态度？你工号多少？我要投诉你！")
    call.hangup("客户被激怒挂机")
    return true
  end
  return false
end

-- Waits for the phrase category o.cat, twice at most: the first try earns o.pts, the second half
-- of it; between the tries the caller says o.nudge. Returns the reply and whether it matched, or
-- nil when the call is over.
local function expect_phrase(call, o)
  for attempt = 1, 2 do
    local r = call.reply { expect = o.cat, timeout = o.timeout or 15 }
    if over(call, r) then return nil end
    if r.kind == "text" and r.match then
      score.award(o.item, attempt == 1 and o.pts or o.pts // 2,
        attempt == 1 and o.why or o.why .. "（客户追问后才说）")
      return r, true
    end
    if attempt == 2 then
      score.deduct(o.item, 0, o.miss)
      return r, false
    end
    if r.kind == "timeout" then call.mood(-10) end
    call.say(o.nudge)
  end
end

-- The 开篇语 turn: returns the reply, or nil when the call is over.
local function opening(call)
  call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
  local r = call.wait { expect = "opening", timeout = 8 }
  if over(call, r) then return nil end
  return r
end

-- The 结束语 turn: the caller says goodbye after it and hangs up.
local function closing(call, bye)
  call.hint("结束通话：" .. phrase.standard("closing"))
  for attempt = 1, 2 do
    local r = call.reply { expect = "closing", timeout = 12 }
    if r.kind == "timeout" or over(call, r) then return end
    if r.match then
      call.say(bye or "好的，再见。")
      call.hangup("客户挂机")
      return
    end
    if attempt == 1 then call.say("嗯，没有别的事了。") end
  end
  call.hangup("客户挂机")
end

return {
  id = "transfer_failed",
  title = "转接技术部未成功",
  description = "企业专线客户需要技术支持，转接时技术部忙线。要求：开篇语；按 2.18(1) 转接（/transfer 技术支持部）；"
    .. "转接失败后按 2.18(2) 致歉并承诺记录转交；记录工单；结束语。",
  level = 5,
  area = "business",
  situation = "转接不成功（2.18）",
  caller = {
    name = "企业客户（男）", phone = "08518812345",
    voice = "cmn-latn-pinyin", rate = 180, pitch = 50, volume = 85,
    patience = 70, max_rings = 8,
  },
  closing = "closing",
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "transfer_phrase", max = 15, rule = "phrase:transfer" },
    { id = "transfer", max = 10, rule = "action:transfer", clause = N .. "3.1 2.1.6 根据业务规定转派；" .. G .. "§二(二) 2.18(1)" },
    { id = "failed",   max = 25, label = "转接失败时致歉并承诺记录转交（2.18(2)）", clause = G .. "§二(二) 2.18(2)" },
    { id = "ticket",   max = 10, rule = "action:ticket", clause = N .. "3.1 1.3.2 按业务操作规则记录客户信息" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local company = call.pick { "黔云科技", "筑城物流", "花溪食品" }
    local fault = call.pick { "专线的固定IP路由不通", "VPN隧道一直断开", "专线带宽跑不满" }

    if not opening(call) then return end
    call.say("你好，我是" .. company .. "的网管，我们公司" .. fault .. "，需要你们技术部的工程师帮忙看一下。")
    call.hint("需要技术支持：说 2.18(1)“请稍等，正在为您转接，请不要挂机，好吗？”，再 /transfer 技术支持部。")
    local r
    local transferred = false
    for turn = 1, 4 do
      r = call.wait { expect = "transfer", timeout = 20 }
      if over(call, r) then return end
      if r.kind == "transfer" then transferred = true; break end
      if r.kind == "timeout" then call.say("喂？能不能帮我转一下？") end
    end
    if not transferred then
      call.say("你们连个转接都不会？算了。")
      call.hangup("客户挂机")
      return
    end

    call.silence(15) -- the desk rings out
    call.hint("技术支持部忙线，转接失败：" .. phrase.standard("transfer_failed"))
    call.say("喂？怎么还是你？没转过去吗？")
    r = expect_phrase(call, { cat = "transfer_failed", item = "failed", pts = 25,
      why = "转接失败时致歉并承诺记录转交（2.18(2)）", miss = "转接失败后没有按 2.18(2) 说明并承诺记录转交",
      nudge = "那现在怎么办？" })
    if not r then return end

    call.say("行吧，那你记一下，我们很急，下午还要开视频会。")
    call.hint("/ticket 公司=" .. company .. " 故障=… 联系电话=…")
    for turn = 1, 3 do
      r = call.wait { timeout = 20 }
      if over(call, r) then return end
      if r.kind == "ticket" then break end
      if r.kind == "timeout" then call.say("记好了吗？") end
    end
    call.say("好，让工程师尽快给我回电话。")
    closing(call, "好的，再见。")
  end,
}
