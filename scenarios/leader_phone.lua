-- 咨询公司领导电话 (leader_phone, 贵阳 §二(二) 2.7).
--
-- An angry installer-customer demands the general manager's mobile number. The standard: (1) 作为
-- 客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮助您解决的。 and, if he
-- insists, (2) 非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？ Never give
-- out staff's private numbers (客户信息以及安全保密知识). Then take up his real problem and record it.
-- The trainee may type the reply or pick one of the offered options.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, opening, closing = call.over, call.opening, call.closing

local DUTY = { "职责", "尽力", "相信我", "帮您解决", "帮助您解决" }
-- 2.7(2) says the request is beyond what the desk serves; in own words the 范围 is named another way
-- (不在我们能提供的范围里, 超出了我的权限范围), so 范围 itself, not 服务范围, is the word (dev34)
local SCOPE = { "范围", "其他方式", "其他途径", "其他渠道" }
-- The leak is a number given out (a phone number, however written); words such as 电话是 alone
-- are no leak (领导的电话是不对外提供的 refuses).
local function leaks(r)
  return call.gives_number(r)
end

return {
  id = "leader_phone",
  title = "索要总经理电话的客户",
  description = "装机一再延误的客户要求提供总经理的手机号。要求：开篇语；按 2.7(1) 表明职责、承诺尽力；"
    .. "客户坚持时按 2.7(2) 说明超出服务范围；不得透露公司人员电话；受理装机问题并记录工单；结束语。",
  level = 5,
  area = "service",
  situation = "咨询公司领导电话（2.7）",
  caller = {
    name = "装机用户（男）", phone = "13985617788",
    voice = "cmn-latn-pinyin", rate = 200, pitch = 40, volume = 95,
    patience = 60, max_rings = 6,
    give_up = "跟你说不着，我自己去你们公司找！",
  },
  closing = "closing",
  -- The desk (issue 14): the installation order the caller is chasing (the facts of the delay are
  -- the system's, not the trainee's guess) and the urge form.
  system = {
    { id = "order", title = "装机工单", text = "（来电号码的装机工单）", reveal = "always" },
  },
  ticket = {
    { id = "内容", label = "催办内容", required = true },
    { id = "处理", label = "处理方式" },
  },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "duty",     max = 25, label = "表明职责，承诺尽力帮助（2.7(1)）", clause = G .. "§二(二) 2.7(1)" },
    { id = "scope",    max = 15, label = "客户坚持时说明超出服务范围（2.7(2)）", clause = G .. "§二(二) 2.7(2)" },
    -- the urge form must hold what is urged (the installation delay), not merely exist (3.1 1.3.2)
    { id = "ticket",   max = 15, label = "工单记录催办内容（宽带装机延误）", clause = N .. "3.1 2.1.3 按规范受理客户的投诉建议；3.1 1.3.2" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local boss = call.pick { "王总", "刘总", "陈总" }
    local days = call.pick { "一个星期", "十天", "半个月" }
    call.system("order", "宽带新装，受理" .. days .. "前；状态：待装维部门派单（已超承诺时限）；客户预约：工作日全天在家。")

    -- Picks or types a reply to the demand; returns the reply and whether it is right.
    local function respond(options, correct, words)
      options.correct = correct
      options.timeout = 20
      local idx, r = call.choose(options)
      if over(call, r) then return nil end
      if r.kind == "text" and leaks(r) then idx = 1 end
      if idx == 1 then
        score.fail("向客户透露公司领导的联系方式", N .. "2.2.4 (4) 客户信息以及安全保密知识；" .. G .. "§二(二) 2.7")
        call.say("行，我这就打给他！")
        call.hangup("客户挂机")
        return nil
      end
      return r, idx == correct or (r.kind == "text" and has_any(r, words))
    end

    if not opening(call) then return end
    call.say("我装宽带等了" .. days .. "了都没人来！别跟我废话，把你们" .. boss .. "的手机号给我，我直接找他！")
    call.hint("2.7(1)：表明职责、承诺尽力；不得透露领导电话。")
    local r, ok = respond({ "好的，我们" .. boss .. "的手机号是13900001111。",
      "作为客户代表，我的职责是帮助客户解决问题，请您相信我，我一定会尽力帮助您解决的。",
      "领导的电话不能给你。" }, 2, DUTY)
    if not r then return end
    -- said with a 禁忌语 in the same reply: done, not as prescribed, half (lua/callsim.lua step_credit)
    if ok then call.step_credit("duty", 25, "表明职责并承诺尽力帮助客户（2.7(1)）", r)
    else score.deduct("duty", 0, "没有按 2.7(1) 表明职责、承诺尽力帮助") end

    call.say("你解决？你们解决了" .. days .. "了！我就要" .. boss .. "的电话，你给不给？")
    call.hint("客户坚持：2.7(2) 说明超出服务范围。")
    r, ok = respond({ "那好吧，我告诉您，" .. boss .. "的电话是13900001111。",
      "非常抱歉，您咨询的问题超出了我们的服务范围，请您通过其他方式查询，好吗？",
      "说了不能给就是不能给。" }, 2, SCOPE)
    if not r then return end
    if ok then call.step_credit("scope", 15, "客户坚持时说明超出服务范围（2.7(2)）", r)
    else score.deduct("scope", 0, "客户坚持时没有按 2.7(2) 说明") end

    -- the words that name the delayed installation in a ticket's 内容
    local INSTALL = { "装机", "安装", "宽带", "上门", "装维" }
    call.say("……行吧。那你给我说清楚，我的宽带到底什么时候装？我都请了两次假在家等了！")
    call.hint("在工单中记录（内容：装机延误 …），告知将催办并回复客户。")
    -- the record, filed now or while the demand was still being answered (call.record). A 结束语 said
    -- while the record is awaited ends the call as a closing (贵阳 §二(一) 1.4): the caller says goodbye
    -- at once and what was never recorded is charged.
    local taken, _, ticket, closed = call.record { turns = 4, closing = true,
      ok = function(t) return (call.field_mentions(t, "内容", INSTALL)) end,
      wrong = "你记的是什么？我说的是宽带装机一直没人来！", nudge = "喂？你在听吗？",
      on = function(x, turn)
        if x.kind == "text" and turn == 1 and not call.says(x, "closing") then call.say("你给我记下来，催一催。") end
      end }
    if not taken then return end
    local recorded, filed = false, nil
    if ticket then recorded, filed = call.field_mentions(ticket, "内容", INSTALL) end
    if recorded then score.award("ticket", 15, "工单记录了催办内容：宽带装机延误")
    elseif filed then score.deduct("ticket", 0, "工单内容没有记录宽带装机延误（记为“" .. filed .. "”）")
    else score.deduct("ticket", 0, "没有记录催办工单") end
    if closed then closing(call, "嗯，再见。") return end
    call.say(recorded and "好，这次别再让我白等了。" or "你到底记没记？这次再没人来我就直接投诉。")
    closing(call, "嗯，再见。")
  end,
}
