-- 授权范围内处理危机事件 (crisis_authority, 国家职业技能标准 三级 2.3).
--
-- A mother received baby formula past its date; she has filmed it and threatens to post it online
-- and call a TV station. For a medium-level event the senior agent uses the 灰度授权 they hold
-- (here: full refund + a coupon up to 200 元) to settle it (2.3.1) — no promises beyond it. When she
-- adds that the baby already drank some and has diarrhoea, it is a high-level risk (health + media):
-- record it and hand it to the special-handling department at once (2.3.2, /escalate).

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

local RISK = N .. "3.3 2.3.1 处理中低级风险与危机事件，合理使用灰度授权；2.3.2 识别高级风险事件，转派专项处理部门"

return {
  id = "crisis_authority",
  title = "过期奶粉与曝光威胁（授权内处理+升级）",
  description = "客户收到过期奶粉，扬言发微博、找电视台。授权：可全额退款并补偿不超过 200 元优惠券。要求：开篇语；"
    .. "2.12 安抚；在授权范围内提出方案（选择或说明）；宝宝已出现不适时记录工单并升级专项处理部门"
    .. "（/escalate 专项处理部）；结束语。",
  level = 3,
  area = "business",
  situation = "风险与危机事件：授权内处理",
  caller = {
    name = "网购客户（女）", phone = "18985199876",
    voice = "cmn-latn-pinyin", rate = 215, pitch = 68, volume = 100,
    patience = 50, max_rings = 6,
    give_up = "你们等着上新闻吧！",
  },
  closing = "closing",
  rubric = {
    { id = "answer",    max = 5,  rule = "answer" },
    { id = "opening",   max = 5,  rule = "opening" },
    { id = "empathy",   max = 15, rule = "phrase:emotional", clause = G .. "§二(二) 2.12；" .. N .. "3.2 2.2.2" },
    { id = "authority", max = 25, label = "在灰度授权范围内提出处理方案", clause = RISK },
    { id = "escalate",  max = 20, rule = "action:escalate", clause = RISK },
    { id = "record",    max = 10, rule = "action:ticket", clause = RISK },
    { id = "courtesy",  max = 10, rule = "courtesy" },
    { id = "closing",   max = 10, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local brand = call.pick { "金装一段", "有机二段", "三段成长" }
    local platform = call.pick { "微博", "抖音", "小红书" }

    if not opening(call) then return end
    call.say("你们卖的" .. brand .. "奶粉是过期的！过期两个月了！我已经拍了视频，你们不给个说法我就发" .. platform
      .. "，再找电视台曝光你们！")
    call.hint("先安抚：" .. phrase.standard("emotional"))
    local r = call.reply { expect = "emotional", timeout = 15 }
    if over(call, r) then return end
    if not (r.kind == "text" and r.match) then
      call.say("别跟我说没用的！你们打算怎么办？")
    else
      call.say("理解有什么用？你们打算怎么赔？")
    end

    call.hint("授权：全额退款 + 不超过 200 元优惠券。")
    local idx
    idx, r = call.choose {
      "这是商家的问题，您去找商家吧。",
      "非常抱歉，我在权限内为您办理全额退款，并补偿您200元优惠券，过期商品我们安排上门取回，您看可以吗？",
      "我给您赔偿两千元现金，您别发视频了好吗？",
      correct = 2, prompt = "提出处理方案", timeout = 20,
    }
    if over(call, r) then return end
    local text = r.kind == "text" and r.text or ""
    if idx == 3 or string.find(text, "千", 1, true) or string.find(text, "万", 1, true) then
      score.deduct("authority", 0, "承诺超出授权的赔偿，并以赔偿换客户不曝光")
    elseif idx == 2 or (has_any(text, { "退款", "退货" }) and has_any(text, { "优惠券", "补偿", "200" })) then
      score.award("authority", 25, "在授权范围内提出全额退款加优惠券的方案")
    else
      score.deduct("authority", 0, "没有在授权范围内提出处理方案")
      call.mood(-20)
    end

    call.say("退款是应该的。可是我宝宝昨天已经喝了两次了，今天一直拉肚子！这个你们怎么负责？")
    call.hint("高级风险（健康+舆情）：记录工单（/ticket …），立即升级（/escalate 专项处理部），告知客户后续安排。")
    local escalated = false
    for turn = 1, 6 do
      r = call.wait { timeout = 20 }
      if r.kind == "hangup" then
        if not escalated then score.fail("婴儿健康受损并有曝光威胁，未升级专项处理部门即挂断", RISK) end
        return
      end
      if over(call, r) then return end
      if r.kind == "escalate" then escalated = true end
      if r.kind == "timeout" then call.say("喂？你倒是说话啊！") end
      if escalated and r.kind == "text" then break end
    end
    if not escalated then
      score.fail("婴儿健康受损并有曝光威胁，未升级专项处理部门", RISK)
      call.say("我不跟你说了，等着曝光吧！")
      call.hangup("客户挂机")
      return
    end
    call.say("……好，那我等你们专项部门电话。孩子我先带去医院。")
    closing(call, "再见。")
  end,
}
