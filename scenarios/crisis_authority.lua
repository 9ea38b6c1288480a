-- 授权范围内处理危机事件 (crisis_authority, 国家职业技能标准 三级 2.3).
--
-- A mother received baby formula past its date; she has filmed it and threatens to post it online
-- and call a TV station. For a medium-level event the senior agent uses the 灰度授权 they hold
-- (here: full refund + a coupon up to 200 元) to settle it (2.3.1) — no promises beyond it. When she
-- adds that the baby already drank some and has diarrhoea, it is a high-level risk (health + media):
-- record it and hand it to the special-handling department at once (2.3.2, /escalate).

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, opening, closing = call.over, call.opening, call.closing

local RISK = N .. "3.3 2.3.1 处理中低级风险与危机事件，合理使用灰度授权；2.3.2 识别高级风险事件，转派专项处理部门"

return {
  id = "crisis_authority",
  title = "过期奶粉与曝光威胁（授权内处理+升级）",
  description = "客户收到过期奶粉，扬言发微博、找电视台。授权见系统“灰度授权”。要求：开篇语；"
    .. "2.12 安抚；在授权范围内提出方案（选择或说明）；宝宝已出现不适时记录工单并升级专项处理部门"
    .. "（点“升级”到专项处理部）；结束语。",
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
  -- The desk (issue 14): the order record, the authority this desk holds (3.3 2.3.1 灰度授权) and
  -- the risk grading rule (2.3.2), all in view; a typed proposal is graded against the authority
  -- (score.tells). The form records the event for the special-handling department; the escalation
  -- dialog lists the departments a risk can go to, the one 2.3.2 names first.
  system = {
    { id = "order", title = "订单查询", text = "（来电号码 18985199876 的订单）", reveal = "always" },
    { id = "grant", title = "灰度授权（本席）", reveal = "always",
      text = "过期、变质商品：可办理全额退款，另补偿不超过 200 元优惠券，安排上门取回；不得承诺现金赔偿或以补偿换取不曝光。超出授权须升级。",
      facts = { { "退款", "退货" }, { "优惠券", "补偿" } } },
    { id = "risk", title = "风险与危机事件定级", reveal = "always",
      text = "中低级（商品质量、一般投诉）：授权内处理。高级（人身健康受损、媒体或网络曝光）：立即记录工单，升级专项处理部，告知客户后续安排。" },
  },
  ticket = {
    { id = "事件", label = "事件经过", required = true },
    { id = "联系电话", label = "联系电话", required = true, format = "phone" },
    { id = "曝光风险", label = "舆情风险" },
    { id = "已办理", label = "已办理（授权内）" },
  },
  targets = { escalate = { "专项处理部", "值班长", "投诉处理组", "危机干预组" } },
  rubric = {
    { id = "answer",    max = 5,  rule = "answer" },
    { id = "opening",   max = 5,  rule = "opening" },
    { id = "empathy",   max = 15, rule = "phrase:emotional", clause = G .. "§二(二) 2.12；" .. N .. "3.2 2.2.2" },
    { id = "authority", max = 25, label = "在灰度授权范围内提出处理方案", clause = RISK },
    -- 2.3.2 names who takes a high-level risk: 转派给专项处理部门. Escalated elsewhere, the call fails.
    -- decides the call; once the trainee goes on talking to the caller the chosen department answers
    -- and the story follows it: said before the call in the label (issue #11 item 6)
    { id = "escalate",  max = 20, rule = "action:escalate:专项处理部", clause = RISK, fatal = true,
      label = "升级至专项处理部（升级后即由所选部门答复，升级到其他部门本题不合格）" },
    { id = "record",    max = 10, rule = "action:ticket", clause = RISK },
    { id = "courtesy",  max = 10, rule = "courtesy" },
    { id = "closing",   max = 10, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local brand = call.pick { "金装一段", "有机二段", "三段成长" }
    local platform = call.pick { "微博", "抖音", "小红书" }
    call.system("order", "商品：" .. brand .. "婴儿奶粉 2 罐；签收：前天；批次保质期至两个月前（已过期）；收货电话 18985199876。")

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

    call.hint("按系统“灰度授权”提出方案，不超出授权。")
    local idx
    idx, r = call.choose {
      "这是商家的问题，您去找商家吧。",
      "非常抱歉，我在权限内为您办理全额退款，并补偿您200元优惠券，过期商品我们安排上门取回，您看可以吗？",
      "我给您赔偿两千元现金，您别发视频了好吗？",
      correct = 2, prompt = "提出处理方案", timeout = 20,
    }
    if over(call, r) then return end
    -- the authority is a full refund plus at most 200 yuan (the grader reads the amount promised)
    if idx == 3 or call.promises(r, { money = 200 }) then
      score.deduct("authority", 0, "承诺超出授权的赔偿，并以赔偿换客户不曝光")
    elseif idx == 2 then
      score.award("authority", 25, "在授权范围内提出全额退款加优惠券的方案")
    else
      -- a typed proposal: by the one rule for answers against the desk (score.tells)
      local _, pts = score.tells("authority", r, "grant", { what = "授权范围内的处理方案（全额退款、优惠券补偿）",
        tries = { "退款", "退货", "退钱", "补偿", "赔偿", "方案", "处理", "上门取回" } })
      if pts == 0 then call.mood(-20) end
    end

    call.say("退款是应该的。可是我宝宝昨天已经喝了两次了，今天一直拉肚子！这个你们怎么负责？")
    call.hint("客户补充了新情况：对照系统“风险与危机事件定级”重新判断风险并处理。")
    local escalated, desk = false, nil -- desk: where the (last) escalation went; the story follows it
    for turn = 1, 6 do
      r = call.wait { timeout = 20 }
      if r.kind == "hangup" then
        if not escalated then score.fail("婴儿健康受损并有曝光威胁，未升级专项处理部门即挂断", RISK) end
        return
      end
      if over(call, r) then return end
      if r.kind == "escalate" then escalated, desk = true, r.target end
      -- a 结束语 said while she waits for the escalation ends the wait (贵阳 §二(一) 1.4): the
      -- missing escalation is judged at once, never after more turns of waiting
      if r.kind == "text" and call.says(r, "closing") then break end
      if r.kind == "timeout" then call.say("喂？你倒是说话啊！") end
      if escalated and r.kind == "text" then break end
    end
    if not escalated then
      score.fail("婴儿健康受损并有曝光威胁，未升级专项处理部门", RISK)
      call.say("我不跟你说了，等着曝光吧！")
      call.hangup("客户挂机")
      return
    end
    if not call.mentions(desk or "", { "专项处理部" }) then
      -- escalated to a desk that does not take it: that desk says so (the fatal item fails the call)
      call.say("（" .. (desk or "升级席位") .. "回复：婴儿健康受损、有曝光风险的事件归专项处理部，我们这里处理不了。）", { volume = 40, desk = desk })
      call.say("……你们自己都不知道该谁管？孩子我先带去医院，回头再找你们算账。")
    else
      -- calls36b: she gives the number the department is to call back on (the one on the order), so the
      -- ticket's 联系电话 is judged against what she said as every dictated field is (action:ticket: a
      -- number one digit off is someone else's, no record at all; 国家职业技能标准 3.1 1.3.2 能记录有效信息)
      call.say("……好，那我等你们专项部门电话，就打我这个号：")
      call.dictate("联系电话", call.spell_digits("18985199876"))
      call.say("孩子我先带去医院。")
    end
    closing(call, "再见。")
  end,
}
