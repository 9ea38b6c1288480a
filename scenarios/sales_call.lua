-- 外呼营销：宽带续约升级 (sales_call, 国家职业技能标准 五级 2.2 销售业务受理).
--
-- An outbound sales call to a customer whose broadband contract ends next month. /answer = the
-- customer picks up. The trainee introduces themselves, finds the need by asking (2.2.1), offers the
-- plan that fits it (2.2.2 — the household is seeded, so is the right plan), answers the price
-- objection, and records the order. Pushing a plan that does not fit, or pressing after a clear no,
-- is what the failures show.

local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any, is = call.mentions, call.says
local over, closing = call.over, call.closing

-- What states each plan in a record: its bandwidth and its monthly price (PLANS, in order).
local PLAN_KEYS = { { { "100兆", "100M" }, { "59" } }, { { "300兆", "300M" }, { "99" } },
                    { { "1000兆", "1000M", "千兆" }, { "199" } } }

-- What a question about the customer's needs (3.1 2.2.1) is about: who in the home uses the line
-- and what for. Read by call.asks in a clause that asks, so compounds count (家里人, 几口人, 上网课).
local NEEDS = { "几", "人", "口", "成员", "谁", "用来", "用于", "用途", "使用", "在用", "拿来", "用网", "用宽带",
                "上网", "网速", "视频", "电视", "看剧", "新闻", "电影", "游戏", "网课", "直播", "办公",
                "需求", "平时", "平常", "平日", "习惯", "情况", "干什么", "做什么", "干嘛", "干啥", "做些", "干点" }

-- What the customer pays now: the customer record on the desk and her price objection say the same
-- (one fact, one place: the objection compares the offers with the price the record shows).
local CURRENT = { yuan = "49", spoken = "四十九" }

local PLANS = {
  "A：100兆宽带，每月59元",
  "B：300兆宽带+IPTV电视，每月99元",
  "C：1000兆宽带+全屋WiFi，每月199元",
}

return {
  id = "sales_call",
  title = "宽带续约升级外呼营销",
  description = "外呼：客户宽带下月到期，推荐续约方案。客户接起电话后开始。要求：问候并自我介绍、说明来意；"
    .. "提问了解家庭使用需求；推荐合适的方案（选择一个方案或直接说明）；处理价格异议；在工单中记录订单的套餐；结束语。",
  level = 5,
  area = "business",
  situation = "销售业务（外呼营销）",
  caller = {
    name = "宽带到期客户", phone = "13508512200",
    voice = "cmn-latn-pinyin", rate = 175, pitch = 55, volume = 80,
    patience = 60, max_rings = 10,
    give_up = "我不需要，别再打了。",
  },
  closing = "closing",
  -- The desk (issue 14): the customer's current service and the renewal offers the trainee
  -- recommends from (3.1 2.2.2 结合客户需求提供服务方案), in view for the whole call.
  system = {
    { id = "record", title = "客户档案", reveal = "always",
      text = "宽带：100 兆，月付 " .. CURRENT.yuan .. " 元（老用户优惠价，随合约下月到期）；在网 4 年；无欠费。" },
    { id = "offers", title = "知识库：宽带续约方案", reveal = "always", text = table.concat(PLANS, "；") .. "。续约一年送一个月。" },
  },
  -- The order form (issue 14): the plan sold, its price and when it starts (3.1 2.2.2 完成销售).
  ticket = {
    { id = "套餐", label = "续约套餐", required = true },
    { id = "资费", label = "资费" },
    { id = "生效", label = "生效时间" },
  },
  rubric = {
    { id = "intro",     max = 10, label = "问候、自我介绍、说明来意", clause = N .. "3.1 1.1.2 使用服务用语" },
    { id = "needs",     max = 20, label = "通过提问了解客户需求", clause = N .. "3.1 2.2.1 通过提问技巧获取客户需求" },
    { id = "plan",      max = 20, label = "推荐符合需求的方案", clause = N .. "3.1 2.2.2 结合客户需求提供服务方案" },
    { id = "objection", max = 15, label = "处理价格异议", clause = N .. "3.1 2.2.2 运用营销方法完成销售" },
    -- the order recorded as sold (3.1 1.3.2): the plan's bandwidth and price, not merely a ticket
    { id = "order",     max = 10, label = "工单记录订单（与推荐成交的套餐一致）", clause = N .. "3.1 2.2.2 完成销售；1.3.2 记录客户信息" },
    { id = "courtesy",  max = 10, rule = "courtesy" },
    { id = "closing",   max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local homes = {
      { need = "就我跟老伴两个人，平时就看看新闻，视频都很少看。", plan = 1, words = { "59", "100兆", "A" } },
      { need = "家里三口人，孩子上网课，晚上还要看电视。", plan = 2, words = { "99", "300兆", "IPTV", "电视", "B" } },
      { need = "我在家做直播，还有两个孩子打游戏，网速一定要快。", plan = 3, words = { "199", "1000兆", "千兆", "C" } },
    }
    local home = call.pick(homes)

    call.say("喂，你好？")
    local r = call.reply { timeout = 12 }
    if over(call, r) then return end
    if r.kind == "timeout" then
      call.say("喂？怎么没声音？")
      call.hangup("客户挂机")
      return
    end
    if r.kind == "text" and has_any(r, { "您好", "你好" }) and has_any(r, { "我是", "工号", "号" }) then
      -- said with a 禁忌语 in the same message: done, not as prescribed: half (call.step_credit)
      call.step_credit("intro", 10, "问候、自我介绍并说明来意", r)
    else
      score.deduct("intro", 0, "没有问候并自我介绍")
    end
    call.say("哦，宽带要到期了啊。那你们现在有什么方案？")

    call.hint("先提问了解需求：家里几个人用？主要用来做什么？")
    r = call.reply { timeout = 15 }
    if over(call, r) then return end
    -- a question about the household and its use, in any ordinary wording (call.asks: some clause
    -- asks — ？, 吗, 呢, 几, 多少, 什么, 谁, 请问, 想了解 … — and names the topic): 家里几口人上网？,
    -- 平常主要拿宽带干什么呢, 想了解一下您家里上网的情况. Not a statement (适合全家人用) and not a
    -- question on another topic (要不要续约？, 您看要办哪个套餐？).
    local asked = r.kind == "text" and call.asks(r, NEEDS)
    if asked then
      score.award("needs", 20, "通过提问了解了家庭使用需求")
      call.say(home.need)
      call.hint("根据客户的需求，从系统“宽带续约方案”里推荐。")
      r = nil
    else
      score.deduct("needs", 0, "没有提问了解客户需求就直接推销")
      call.say("你先说说有哪些吧。")
    end

    local opts = { PLANS[1], PLANS[2], PLANS[3], correct = home.plan, prompt = "推荐哪个方案？", timeout = 20 }
    -- each plan as a typed reply names it: its bandwidth, its price, its letter (the desk's offers)
    local home_offers = {}
    for p = 1, #homes do
      home_offers[p] = {}
      for _, list in ipairs { homes[p].words, PLAN_KEYS[p][1] } do
        for _, w in ipairs(list) do table.insert(home_offers[p], w) end
      end
    end
    local idx
    idx, r = call.choose(opts)
    if over(call, r) then return end
    -- the plan sold: the one chosen, or the one a typed reply puts forward, as the grader reads it
    -- (call.offered: the one recommended, not the first one named — all three listed and then 我推荐
    -- 您办B sells B). Offers listed with none put forward leave her asking which (3.1 2.2.2 结合客户需
    -- 求提供服务方案: the plan for her needs is the trainee's to name): the next reply may name it, late.
    local sold, listed = idx, false
    if not sold then sold, listed = call.offered(r, home_offers) end
    local late = false
    if not sold and listed then
      call.say("这么多，那你说我家办哪个合适？")
      idx, r = call.choose(opts)
      if over(call, r) then return end
      sold, late = idx or call.offered(r, home_offers), true
    end
    local fits = sold == home.plan
    if fits then
      score.award("plan", late and 10 or 20, late and "客户追问后才推荐了符合需求的方案" or "推荐了符合客户需求的方案")
    else
      score.deduct("plan", 0, "推荐的方案不符合客户需求")
      call.say(asked and "这个不太适合我家吧……" or "我家用不上这么多。")
    end

    call.say("嗯……是不是有点贵啊？现在才" .. CURRENT.spoken .. "一个月。")
    call.hint("处理异议：续约优惠、每天折合多少、赠送内容……")
    local ticket -- the last order form filed
    repeat -- call.reply would pass a ticket over: the order may be filed here already
      r = call.wait { timeout = 20 }
      if r.kind == "ticket" then ticket = r end
    until r.kind ~= "ticket" and r.kind ~= "hold" and r.kind ~= "unhold"
    if over(call, r) then return end
    if r.kind == "text" and has_any(r, { "优惠", "赠送", "送", "每天", "折合", "合算", "划算", "免费", "减免" }) then
      call.step_credit("objection", 15, "用优惠和价值说明处理了价格异议", r)
      call.say(fits and "那行，就办这个吧。" or "……那就先这样吧。")
    else
      score.deduct("objection", 0, "没有处理客户的价格异议")
      call.say("我再考虑考虑吧。")
    end

    call.hint("在工单中记录订单：套餐，下月生效")
    -- the order, filed now or while the needs, the plan or the objection step waited (call.record);
    -- the 结束语 said instead ends the step
    local taken, _, filed = call.record { turns = 3, timeout = 15,
      on = function(x) return x.kind == "text" and is(x, "closing") end }
    if not taken then return end
    r, ticket = taken, filed
    local ticket_wrong = false
    if not ticket then
      score.deduct("order", 0, "没有在工单中记录订单")
    elseif not sold then
      score.award("order", 10, "在工单中记录了订单")
    else
      -- field by field (3.1 1.3.2): the plan's bandwidth in the plan field, its price in the price
      -- field or with the plan
      local f = ticket.fields or {}
      local plan_f, price_f = f["套餐"] or "", (f["资费"] or "") .. " " .. (f["套餐"] or "")
      local wrong = {}
      if not has_any(plan_f, PLAN_KEYS[sold][1]) then wrong[#wrong + 1] = "带宽（" .. PLAN_KEYS[sold][1][1] .. "）" end
      if not has_any(price_f, PLAN_KEYS[sold][2]) then wrong[#wrong + 1] = "资费（每月" .. PLAN_KEYS[sold][2][1] .. "元）" end
      -- another plan's bandwidth or price in its field is a wrong record, not a missing part: a record
      -- that states what was not sold is no valid record (3.1 1.3.2 能记录有效信息), as a wrong number
      -- leaves the typing rule's record half at 0
      -- (any price but the plan's in the price field: another plan's, or one no plan has, 49元 for
      -- the 99元 plan; the grader reads the amounts, call.other_amount)
      local other = nil -- what of another plan the record states
      for j, keys in ipairs(PLAN_KEYS) do
        if j ~= sold and has_any(plan_f, keys[1]) then other = keys[1][1] end
      end
      local price = call.other_amount(f["资费"] or "", { tonumber(PLAN_KEYS[sold][2][1]) })
      if not other and price then other = string.format("每月%g元", price) end
      if other then
        ticket_wrong = true
        score.deduct("order", 0, "工单记录的内容（" .. other .. "）与成交的套餐（"
          .. PLAN_KEYS[sold][1][1] .. "、每月" .. PLAN_KEYS[sold][2][1] .. "元）不符：错记的订单不是有效记录"
          .. (#wrong > 0 and "；有误或漏记：" .. table.concat(wrong, "、") or ""),
          N .. "3.1 1.3.2 能记录有效信息")
      elseif #wrong == 0 then score.award("order", 10, "工单记录的套餐与成交的一致")
      else
        ticket_wrong = true
        score.award("order", 5 + (2 - #wrong) * 2, "工单记录的套餐有误或漏记：" .. table.concat(wrong, "、"),
          N .. "3.1 1.3.2 信息错字率小于1%")
      end
    end
    -- the caller hears the order read from the form: one that holds another plan is no deal made
    if ticket_wrong then call.say("不对吧，我办的不是这个套餐，你再核对一下。")
    elseif r.kind == "ticket" then call.say("好的。") end
    closing(call, "好，再见。")
  end,
}
