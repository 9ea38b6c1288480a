-- 责怪话务员操作太慢 (too_slow, 贵阳 §二(二) 2.17).
--
-- A customer waiting for a refund check loses patience while the trainee looks it up: 你怎么这么
-- 慢啊！ The standard: 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！ — then the
-- hold etiquette of §二(一) 1.2 and the result.

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
  id = "too_slow",
  title = "嫌操作太慢的退款客户",
  description = "客户查询退款进度，坐席查询时客户责怪操作太慢。要求：开篇语；按 2.17 致歉并说明会尽快处理；"
    .. "按等待用语保持核实；告知退款进度；结束语。",
  level = 5,
  area = "service",
  situation = "责怪操作太慢（2.17）",
  caller = {
    name = "网购用户（男）", phone = "13885019999",
    voice = "cmn-latn-pinyin", rate = 230, pitch = 42, volume = 95,
    patience = 55, max_rings = 6,
    give_up = "慢死了，不查了！",
  },
  closing = "closing",
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "too_slow", max = 30, label = "客户嫌慢时致歉并承诺尽快（2.17）", clause = G .. "§二(二) 2.17" },
    { id = "hold",     max = 15, rule = "hold" },
    { id = "result",   max = 10, label = "告知退款进度", clause = N .. "3.1 2.1.2 办理售后类业务" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 20, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local amount = call.pick { "299", "458", "1280" }
    local days = call.pick { "1到3个工作日", "3到5个工作日" }

    if not opening(call) then return end
    call.say("我上周退的货，" .. amount .. "块钱，到现在还没退回来，你帮我查一下。订单就是我这个手机号下的。")
    call.hint("先确认信息再查询。")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    call.hint("客户嫌慢：" .. phrase.standard("too_slow"))
    call.say("你怎么这么慢啊！查个退款磨磨蹭蹭的，我还有事呢！")
    r = expect_phrase(call, { cat = "too_slow", item = "too_slow", pts = 30,
      why = "致歉并承诺尽快处理（2.17）", miss = "客户嫌慢时没有按 2.17 致歉并承诺尽快处理",
      nudge = "你倒是快点啊！" })
    if not r then return end

    call.hint("按等待用语 /hold 查询；结果：退款已审核通过，" .. days .. "原路退回。")
    local held = false
    for turn = 1, 3 do
      r = call.wait { expect = "hold_before", timeout = 15 }
      if over(call, r) then return end
      if r.kind == "hold" then held = true; break end
      if r.kind == "text" and has_any(r.text, { "退款", "退回", "到账" }) then break end
      if r.kind == "timeout" then call.say("喂？查到没有？") end
    end
    if held then
      repeat r = call.wait { timeout = 120 } until r.kind == "unhold" or r.kind == "hangup"
      if r.kind == "hangup" then return end
      r = call.reply { expect = "hold_after", timeout = 12 }
      if over(call, r) then return end
    end
    if r.kind == "text" and has_any(r.text, { "退款", "退回", "到账", "工作日" }) then
      score.award("result", 10, "告知了退款进度")
    else
      score.deduct("result", 0, "没有告知退款进度")
    end
    call.say("行吧，那我再等等。")
    closing(call, "再见。")
  end,
}
