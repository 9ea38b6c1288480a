-- 投诉后不提供联系电话 (no_contact, 贵阳 §二(二) 2.11).
--
-- A customer complains about noise from a street cabinet but refuses to leave a phone number. The
-- standard: 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
-- She then gives it; the trainee records it exactly and promises a reply.

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

local function digits(s) return (string.gsub(s or "", "%D", "")) end

return {
  id = "no_contact",
  title = "不愿留电话的投诉客户",
  description = "客户投诉小区门口的通信机柜噪音扰民，但不愿留联系电话。要求：开篇语；按 2.11 说明不留电话"
    .. "无法联系处理；客户报号后准确记录工单；承诺回复；结束语。",
  level = 5,
  area = "business",
  situation = "投诉后不提供联系电话（2.11）",
  caller = {
    name = "居民（男）", phone = "",
    voice = "cmn-latn-pinyin", rate = 180, pitch = 45, volume = 85,
    patience = 70, max_rings = 8,
  },
  closing = "closing",
  rubric = {
    { id = "answer",     max = 5,  rule = "answer" },
    { id = "opening",    max = 10, rule = "opening" },
    { id = "no_contact", max = 30, label = "说明不留电话无法联系处理（2.11）", clause = G .. "§二(二) 2.11" },
    { id = "ticket",     max = 20, label = "工单准确记录联系电话", clause = N .. "3.1 1.3.2；3.1 2.1.3 按规范受理投诉" },
    { id = "promise",    max = 10, label = "承诺处理后回复", clause = N .. "3.1 2.1.3 按规范受理客户的投诉建议" },
    { id = "courtesy",   max = 10, rule = "courtesy" },
    { id = "closing",    max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local phone = "1" .. call.pick { "38", "59", "85", "77" } .. string.format("%08d", call.random(10000000, 99999999))
    local estate = call.pick { "碧海花园", "世纪城", "南湖小区" }

    if not opening(call) then return end
    call.say("我投诉一下，" .. estate .. "门口你们那个通信机柜，风扇晚上嗡嗡响，吵得人睡不着！")
    call.hint("记下问题，并请客户留联系电话。")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    call.say("电话我就不留了，留了你们又天天打来推销。你们自己看着办。")
    call.hint("客户不留电话：" .. phrase.standard("no_contact"))
    r = expect_phrase(call, { cat = "no_contact", item = "no_contact", pts = 30,
      why = "说明不留电话将无法联系、无法处理（2.11）", miss = "没有按 2.11 说明不留电话将无法处理",
      nudge = "怎么，不留电话就不管了？" })
    if not r then return end

    call.say("……那好吧，你记一下：")
    call.dictate("联系电话", call.spell_digits(phone))
    call.hint("/ticket 联系电话=" .. phone .. " 内容=…；然后承诺处理后回复。")
    local ok, promised = false, false
    for turn = 1, 4 do
      r = call.wait { timeout = 20 }
      if over(call, r) then return end
      if r.kind == "ticket" then
        for _, v in pairs(r.fields or {}) do
          if digits(v) == phone then ok = true end
        end
      elseif r.kind == "text" and is(r, "closing") then
        break
      elseif r.kind == "text" and has_any(r.text, { "联系您", "回复您", "回电", "答复您", "与您联系", "通知您" }) then
        promised = true
        break
      elseif r.kind == "timeout" then
        call.say("喂？记好了吗？")
      end
    end
    if ok then score.award("ticket", 20, "工单准确记录了联系电话 " .. phone)
    else score.deduct("ticket", 0, "工单没有准确记录联系电话 " .. phone) end
    if promised then score.award("promise", 10, "承诺处理后回复客户")
    else score.deduct("promise", 0, "没有承诺处理后回复客户") end
    call.say("行，尽快啊，晚上真的睡不着。")
    closing(call, "好，再见。")
  end,
}
