-- 重要客户来电 (vip_call, 国家职业技能标准 三级 2.1.1, 2.1.3, 2.2.2).
--
-- The system routes a 钻石卡 customer to the senior desk. He is travelling to Japan on business and
-- wants two things in one call: international roaming and a family member added to his plan. The
-- senior agent addresses him by name (the caller card), handles both business types within their
-- authority (2.1.3), offers an extra service he did not ask for (2.2.2) and records the work.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any, is = call.mentions, call.says
local over, closing = call.over, call.closing

return {
  id = "vip_call",
  title = "钻石卡客户的多项业务",
  description = "系统转来钻石卡客户钱先生（见来电卡片）：出差日本需开通国际漫游，并把夫人的号码加入家庭套餐。"
    .. "要求：称呼客户姓氏的开篇语；逐项办理两项业务；主动提供额外服务（如漫游流量包、出行提醒、专属客户经理）；"
    .. "记录工单；结束语。",
  level = 3,
  area = "business",
  situation = "重要客户（VIP）来电",
  caller = {
    name = "钱先生（钻石卡）", phone = "13908510001",
    voice = "cmn-latn-pinyin", rate = 185, pitch = 40, volume = 85,
    patience = 60, max_rings = 4,
    give_up = "我让我的客户经理来处理吧。",
    history = { "钻石卡客户，在网 15 年", "上月咨询过国际漫游资费" },
  },
  closing = "closing",
  -- The desk (issue 14): the VIP record the transfer brings (3.3 2.1.1) and the roaming article for
  -- the caller's destination, in view; the form records both services and the extra offered.
  system = {
    { id = "record", title = "客户档案", reveal = "always",
      text = "钱先生，钻石卡，在网 15 年；专属客户经理：李经理；家庭套餐主卡 13908510001，可加副卡 4 个（已用 0 个）；国际漫游未开通。" },
    { id = "roaming", title = "知识库：国际漫游", text = "（按目的地查询）", reveal = "always" },
  },
  ticket = {
    { id = "业务", label = "办理业务", required = true },
    { id = "副卡号码", label = "副卡号码", format = "phone" },
    { id = "附加", label = "额外服务" },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "greet",    max = 10, label = "称呼客户姓氏的开篇语", clause = N .. "3.3 2.1.1 受理系统转派的重要客户咨询；" .. G .. "§二(一) 1.1" },
    { id = "roaming",  max = 20, label = "办理国际漫游", clause = N .. "3.3 2.1.3 按照业务操作权限受理多种业务类型" },
    { id = "family",   max = 15, label = "办理家庭套餐加号", clause = N .. "3.3 2.1.3 按照业务操作权限受理多种业务类型" },
    { id = "extra",    max = 15, label = "主动提供额外帮助与服务", clause = N .. "3.3 2.2.2 为客户提供额外帮助与服务，提升客户服务体验" },
    { id = "ticket",   max = 10, rule = "action:ticket", clause = N .. "3.1 1.3.2 按业务操作规则记录客户信息" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local country = call.pick { "日本", "新加坡", "德国" }
    local wife = "1" .. call.pick { "39", "86" } .. string.format("%08d", call.random(10000000, 99999999))
    call.system("roaming", country .. "：开通即时生效，钻石卡免押金；通话 0.99 元/分钟；漫游流量包每天 25 元不限量，"
      .. "可预约出发日生效；可设置出行短信提醒。")

    call.hint("系统“客户档案”：钻石卡客户钱先生，开篇语中称呼“钱先生”。")
    local r = call.wait { expect = "opening", timeout = 8 }
    if over(call, r) then return end
    -- The item is the senior desk's greeting of the routed VIP by name (3.3 2.1.1 受理系统转派的重要
    -- 客户咨询, the caller card in view), not the 1.1 opening every call has: an opening without his
    -- surname leaves out what the item asks for and earns none of it (calls22; it was 5 of 10). The
    -- grader reads the address (call.names_caller: 钱先生, or 前先生 typed by the input method; 充钱
    -- is money, no name — fix21c)
    local named = call.names_caller(r)
    if r.kind == "text" and r.match and named then
      score.award("greet", 10, "用客户姓氏称呼的开篇语")
    elseif r.kind == "text" and r.match then
      score.deduct("greet", 0, "开篇语没有称呼客户姓氏（系统已转来客户档案，应称呼“钱先生”）")
    elseif call.said_rudely(nil, r) and named then
      call.rude_credit("greet", 10, "用客户姓氏称呼的开篇语", r)
    elseif call.said_rudely(nil, r) then
      score.deduct("greet", 0, "开篇语没有称呼客户姓氏，且附带禁忌语")
    else
      score.deduct("greet", 0, "没有规范的开篇语")
    end

    call.say("你好。我下周去" .. country .. "出差十天，手机要开国际漫游。另外把我太太的号码加到我的家庭套餐里。")
    local did_roam, did_family, did_extra = false, false, false
    local dictated = false -- the wife's number, once the caller has given it
    -- A service is done when the trainee does it, not when its name comes up (3.3 2.1.3 受理业务):
    -- said as done (call.asserts: 已为您开通, not 需要为您开通吗 or 请问号码是多少), or recorded in the
    -- ticket. The family service needs the number first: asking for it is asking, and only after
    -- the caller has dictated it can it be added.
    local FAMILY = { "家庭", "副卡", "加号" }
    -- An extra service is one he did not ask for, named as such (3.3 2.2.2 额外帮助与服务): a data
    -- pack, a travel reminder, his account manager. The trip itself (出行期间可以正常使用, 境外) is
    -- the roaming he asked for, said back: no extra.
    local EXTRA = { "流量包", "流量套餐", "提醒", "客户经理", "专属", "短信告知" }
    local DONE = { "开通", "开好", "办理好", "办好", "办理了", "生效", "加入", "加到", "添加", "加上", "加好" }
    -- r: a typed reply or a ticket (call.mentions looks in a ticket's fields)
    local function check(r)
      local roam, family = did_roam, did_family
      if r.kind == "ticket" then
        -- field by field (3.1 1.3.2): the business field names the service (漫游流量包 under 额外服务
        -- is no roaming opened); the family line is the number dictated, in its own field
        local roam_filed, business = call.field_mentions(r, "业务", { "漫游" })
        if roam_filed then did_roam = true end
        if dictated and (call.reads_back(r, "副卡号码") or has_any(business, FAMILY)) then did_family = true end
      elseif r.kind == "text" then
        if has_any(r, { "漫游" }) and call.asserts(r, DONE) then did_roam = true end
        if dictated and (has_any(r, FAMILY) or has_any(r, { "夫人", "太太", "号码" })) and call.asserts(r, DONE) then
          did_family = true
        end
      end
      if has_any(r, EXTRA) then did_extra = true end
      -- marked when done, so a call that ends early keeps what was done
      if did_roam and not roam then score.award("roaming", 20, "办理了国际漫游") end
      if did_family and not family then score.award("family", 15, "办理了家庭套餐加号") end
    end
    local bye = false
    call.hint("逐项办理：漫游（开通、资费见系统“国际漫游”）；家庭套餐加号（需要号码）；主动推荐漫游流量包或出行提醒。")
    for turn = 1, 8 do
      r = call.wait { timeout = 20 }
      if over(call, r) then return end
      if r.kind == "text" and is(r, "closing") then bye = true; break end
      if r.kind == "text" then
        check(r)
        -- asking for the number, or taking up the family service: the caller gives the number
        if not dictated and (has_any(r, { "号码", "多少" }) or has_any(r, FAMILY)) then
          call.say("她的号码是：")
          call.dictate("副卡号码", call.spell_digits(wife))
          dictated = true
        elseif did_roam and did_family then
          call.say(did_extra and "很周到，谢谢。" or "好，都办好了是吧。")
          break
        elseif turn == 1 then
          call.say("你先办漫游吧。")
        elseif dictated and not did_family and did_roam then
          call.say("我太太的号码加上了吗？")
        elseif not did_roam then
          call.say("漫游给我开了没有？")
        end
      elseif r.kind == "ticket" then
        check(r)
      elseif r.kind == "timeout" then
        call.mood(-20)
        call.say("喂？我时间比较紧。")
      end
    end
    if not did_roam then score.deduct("roaming", 0, "没有办理国际漫游") end
    if not did_family then
      score.deduct("family", 0, dictated and "客户报了号码，但没有办理家庭套餐加号" or "没有办理家庭套餐加号（没有问客户要加的号码）")
    end
    if did_extra then score.award("extra", 15, "主动提供了额外服务") else score.deduct("extra", 0, "没有主动提供额外帮助与服务") end
    if bye then call.say("好，再见。"); call.hangup("客户挂机"); return end
    call.hint("在工单中记录后结束：业务为国际漫游、家庭套餐加号 …")
    for turn = 1, 2 do
      r = call.wait { timeout = 15 }
      if over(call, r) then return end
      if r.kind == "ticket" then break end
      if r.kind == "text" and is(r, "closing") then call.say("再见。"); call.hangup("客户挂机"); return end
    end
    closing(call, "好，再见。")
  end,
}
