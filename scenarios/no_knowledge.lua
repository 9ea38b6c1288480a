-- 知识库无相关说明 (no_knowledge, 贵阳 §二(二) 2.19).
--
-- A customer asks about a brand-new seniors' discount and whether it covers a family member's
-- secondary card. The knowledge base has nothing on it. Don't guess: 非常抱歉，您所反映的问题我们
-- 暂时无详细资料，需进一步核实，我们会在24小时与您联系，好吗？ — and record the contact number.

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
local GUESS = { "可以享受", "能享受", "肯定可以", "肯定不行", "不能享受", "没有这个优惠" }

return {
  id = "no_knowledge",
  title = "知识库查不到的新优惠",
  description = "客户咨询新出的老年人优惠是否适用于副卡，知识库没有说明。要求：开篇语；不臆测；按 2.19 致歉、"
    .. "说明需核实并承诺 24 小时内联系；工单记录联系电话；结束语。",
  level = 5,
  area = "business",
  situation = "知识库无相关说明（2.19）",
  caller = {
    name = "手机用户（女）", phone = "13908516789",
    voice = "cmn-latn-pinyin", rate = 170, pitch = 64, volume = 80,
    patience = 80, max_rings = 8,
  },
  closing = "closing",
  rubric = {
    { id = "answer",       max = 10, rule = "answer" },
    { id = "opening",      max = 10, rule = "opening" },
    { id = "no_knowledge", max = 30, label = "致歉、需核实、承诺时限内联系（2.19），不臆测", clause = G .. "§二(二) 2.19" },
    { id = "ticket",       max = 15, label = "工单准确记录联系电话", clause = N .. "3.1 1.3.2 按业务操作规则记录客户信息" },
    { id = "courtesy",     max = 10, rule = "courtesy" },
    { id = "latency",      max = 10, rule = "latency" },
    { id = "closing",      max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local who = call.pick { "我妈妈", "我爸爸", "我婆婆" }
    local phone = "1" .. call.pick { "39", "51", "83" } .. string.format("%08d", call.random(10000000, 99999999))

    if not opening(call) then return end
    call.hint("知识库：没有“老年人优惠”适用副卡的说明。不要臆测：" .. phrase.standard("no_knowledge"))
    call.say("你好，我看到新闻说你们出了个六十岁以上老人的话费优惠，" .. who .. "用的是我的副卡，能不能享受啊？")
    local r = call.reply { expect = "no_knowledge", timeout = 20 }
    if over(call, r) then return end
    local ok = r.kind == "text" and r.match
    if r.kind == "text" and has_any(r.text, GUESS) then
      score.deduct("no_knowledge", 0, "知识库没有说明却凭猜测答复客户")
      call.say("真的吗？你确定？我怕到时候又不是这样。")
      r = call.reply { expect = "no_knowledge", timeout = 20 }
      if over(call, r) then return end
      if r.kind == "text" and r.match then score.award("no_knowledge", 15, "臆测后才改口说明需要核实（2.19）") end
    elseif ok then
      score.award("no_knowledge", 30, "致歉、说明需核实并承诺时限内联系（2.19）")
    else
      call.say("那到底能不能享受？")
      r = call.reply { expect = "no_knowledge", timeout = 20 }
      if over(call, r) then return end
      if r.kind == "text" and r.match then score.award("no_knowledge", 15, "客户追问后才按 2.19 说明")
      else score.deduct("no_knowledge", 0, "没有按 2.19 说明需要核实并承诺联系") end
    end

    call.say("好的，那你们核实了给我打电话，我的号码是：")
    call.dictate("联系电话", call.spell_digits(phone))
    local got = false
    for turn = 1, 3 do
      r = call.wait { timeout = 20 }
      if over(call, r) then return end
      if r.kind == "ticket" then
        for _, v in pairs(r.fields or {}) do if digits(v) == phone then got = true end end
        break
      end
      if r.kind == "timeout" then call.say("记下来了吗？") end
    end
    if got then score.award("ticket", 15, "工单准确记录了联系电话 " .. phone)
    else score.deduct("ticket", 0, "工单没有准确记录联系电话 " .. phone) end
    call.say("好，那我等你们电话。")
    closing(call, "谢谢，再见。")
  end,
}
