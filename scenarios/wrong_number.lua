-- 对方报的手机号码有误 (wrong_number, 贵阳 §二(二) 2.10).
--
-- A customer leaves a callback number that has only ten digits. The standard: read it back, (1)
-- 非常抱歉，请问您的手机号码是 XXX 吗; if she confirms, (2) 很抱歉，您报的号码有误，请您再核对一下，
-- 好吗？ Record the corrected eleven-digit number in the ticket.

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
  id = "wrong_number",
  title = "报错手机号码的客户",
  description = "客户办理预约回电，报的手机号码少了一位。要求：开篇语；按 2.10(1) 复述号码请客户确认；"
    .. "客户确认后按 2.10(2) 指出号码有误、请其核对；工单记录正确的 11 位号码；结束语。",
  level = 5,
  area = "record",
  situation = "对方报的手机号码有误（2.10）",
  caller = {
    name = "预约用户（女）", phone = "08515566778",
    voice = "cmn-latn-pinyin", rate = 175, pitch = 66, volume = 80,
    patience = 80, max_rings = 8,
  },
  closing = "closing",
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "readback", max = 20, label = "复述号码请客户确认（2.10(1)）", clause = G .. "§二(二) 2.10(1)" },
    { id = "wrong",    max = 25, label = "指出号码有误、请客户核对（2.10(2)）", clause = G .. "§二(二) 2.10(2)" },
    { id = "ticket",   max = 20, label = "工单记录正确的手机号码", clause = N .. "3.1 1.3.2 信息错字率小于1%" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 10, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local full = "1" .. call.pick { "39", "58", "87", "36" } .. string.format("%08d", call.random(10000000, 99999999))
    local cut = call.random(5, 10)
    local short = string.sub(full, 1, cut - 1) .. string.sub(full, cut + 1) -- one digit dropped

    if not opening(call) then return end
    call.say("你好，我家宽带要装个新路由器，想预约师傅上门，你们回个电话给我。我手机号是：")
    call.dictate("手机号", call.spell_digits(short))
    call.hint("客户报的号码只有 10 位：先复述请她确认（2.10(1)）。")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    local read = r.kind == "text" and string.find(digits(r.text), short, 1, true)
    if read then
      score.award("readback", 20, "复述号码请客户确认（2.10(1)）")
      call.say("对，没错。")
      r = call.reply { timeout = 20 }
      if over(call, r) then return end
    else
      score.deduct("readback", 0, "没有复述客户报的号码请其确认")
    end
    if r.kind == "text" and has_any(r.text, { "有误", "不对", "少了", "少一位", "不全", "核对", "位数" }) then
      score.award("wrong", 25, "指出号码有误并请客户核对（2.10(2)）")
      call.say("啊？我看看……哎呀，少说了一位，不好意思。是")
      call.dictate("手机号", call.spell_digits(full))
    else
      score.deduct("wrong", 0, "没有指出号码有误、请客户核对（2.10(2)）")
      call.say("好，那就等你们电话了。")
    end

    call.hint("记录工单：/ticket 手机号=… 内容=预约上门安装路由器")
    for turn = 1, 3 do
      r = call.wait { timeout = 20 }
      if over(call, r) then return end
      if r.kind == "ticket" then break end
      if r.kind == "timeout" then call.say("喂？记好了吗？") end
    end
    local ok = false
    if r.kind == "ticket" then
      for _, v in pairs(r.fields or {}) do
        if digits(v) == full then ok = true end
      end
    end
    if ok then score.award("ticket", 20, "工单记录了正确的手机号码 " .. full)
    else score.deduct("ticket", 0, "工单没有记录正确的手机号码 " .. full) end
    call.say("好的，那我等师傅电话。")
    closing(call, "谢谢，再见。")
  end,
}
