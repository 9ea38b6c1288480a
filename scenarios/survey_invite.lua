-- 满意度调查邀请 (survey_invite, 国家职业技能标准 五级 2.1.8).
--
-- A simple points-redemption question, resolved; then the trainee invites the customer to rate the
-- service and transfers the call to the satisfaction-survey system (/transfer 满意度调查), as the
-- business rules ask. The invitation must be polite and not pressure the customer for a good score.

local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any, is = call.mentions, call.says
local over, opening = call.over, call.opening

-- asking for a top rating, in whatever words it is asked (打个满分, 给满分, 满分好评: 满分 itself, not
-- only two fixed phrasings of it; every play of the retired sets that names 满分 asks for it)
local PRESSURE = { "好评", "五星", "非常满意", "满分" }
-- A message about the rating: an invitation, or a rating led (PRESSURE)
local SURVEY = { "满意度", "评价", "打分", "评分" }
local function about_rating(r) return r.kind == "text" and (has_any(r, SURVEY) or has_any(r, PRESSURE)) end

return {
  id = "survey_invite",
  title = "积分兑换咨询与满意度调查邀请",
  description = "客户咨询积分兑换话费，问题解决后邀请客户参加满意度调查并转接满意度调查系统。要求：开篇语；"
    .. "解答积分兑换；邀请评价（不诱导好评）；点“转接”到满意度调查。",
  level = 5,
  area = "business",
  situation = "满意度调查邀请",
  caller = {
    name = "手机用户（男）", phone = "15885011122",
    voice = "cmn-latn-pinyin", rate = 170, pitch = 52, volume = 80,
    patience = 90, max_rings = 8,
  },
  closing = "closing",
  -- The desk (issue 14): the points account the caller's number brings up and the exchange rule of
  -- the knowledge base, both in view (a balance needs no hold); the answer is graded against them
  -- (score.tells). The transfer dialog offers the survey system among the centre's desks
  -- (3.1 2.1.8 转接满意度调查系统).
  system = {
    { id = "points", title = "积分账户", text = "（来电号码 15885011122 的积分）", reveal = "always" },
    { id = "rule", title = "知识库：积分兑换话费", reveal = "always",
      text = "每 1000 积分兑换 10 元话费；发送短信“JFDH”到 10086 或在 APP“积分商城”兑换，即时到账。",
      facts = { { "积分商城", "短信", "APP", "app" } } },
  },
  targets = { transfer = { "满意度调查", "业务办理组", "投诉处理组", "二线技术支持" } },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "resolve",  max = 15, label = "解答积分兑换", clause = N .. "3.1 2.1.1 受理客户咨询" },
    { id = "invite",   max = 25, label = "邀请客户评价，不诱导好评", clause = N .. "3.1 2.1.8 邀请客户进行满意度调查" },
    { id = "transfer", max = 15, label = "转接满意度调查系统", clause = N .. "3.1 2.1.8 转接满意度调查系统" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "latency",  max = 5,  rule = "latency" },
    -- the agent ends the conversation before handing the line to the survey system: the 结束语
    -- (感谢您的来电，再见) is said before the transfer, as in any call the agent ends (§二(一) 1.4)
    { id = "closing",  max = 10, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local points = call.pick { "3000", "5200", "8800" }

    if not opening(call) then return end
    call.system("points", "可用积分：" .. points .. "；本年到期积分：0。", { { points } })
    call.hint("在系统“积分账户”和“积分兑换话费”里查看积分和兑换方法，再答复客户。")
    call.say("你好，我想问一下我有多少积分，能不能换话费？")
    local asked_at = #call.said() -- the replies before her question (an invitation may come a turn early)
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    -- the balance and the way to exchange as the desk shows them (3.1 2.1.1 使用系统检索客户信息)
    -- both entries answer her; graded by the one rule for answers against the desk (score.tells)
    local ANSWER = { what = "积分数量和兑换方法", tries = { "积分", "兑换", "换话费", "话费" } }
    -- which of her replies answered something (the balance or the way), by their place in call.said()
    local answered_at = {}
    local told, got = score.tells("resolve", r, { "points", "rule" }, ANSWER)
    answered_at[#call.said()] = got > 0
    if not told then
      call.say("到底有多少积分？怎么换？")
      r = call.reply { timeout = 20 }
      if over(call, r) then return end
      ANSWER.attempt = 2
      told, got = score.tells("resolve", r, { "points", "rule" }, ANSWER)
      answered_at[#call.said()] = got > 0
    end
    -- she answers what she was told: the way to exchange only when the trainee gave it (the lookup's
    -- facts, score.tells), never the lookup's words the trainee did not say
    if told then
      call.say("好的，明白了，我一会儿就去换。没别的事了。")
    else
      call.say("哦……那我回头自己再查查吧。没别的事了。")
    end
    call.hint("邀请满意度评价：“稍后请您对我的服务进行评价，我为您转接满意度调查，好吗？”再点“转接”，选满意度调查。")
    local invited, pressed = false, false
    -- the invitation graded once, where it was said; returns whether one was already said before
    local function take_invitation(x)
      local again = invited
      invited = true
      -- once the rating was led, a polite word about the survey afterwards does not undo it
      if has_any(x, PRESSURE) then
        pressed = true
        score.deduct("invite", 25, "诱导客户给好评（评价须由客户自愿作出）")
      elseif not again and not pressed then
        score.award("invite", 25, "礼貌邀请客户对服务进行评价")
      end
      return again
    end
    -- an invitation said while she still asked about the points (the answer and the invitation a
    -- turn apart, or the invitation given when she asked again) is said all the same (issue #11
    -- item 6: a step is earned where it was said); she says yes to it now. Only after an answer:
    -- the survey comes once the business is dealt with (3.1 2.1.8 根据业务规定; the description: 问题
    -- 解决后邀请), so an invitation in place of any answer to her question is no invitation of the service
    local said, answered, too_early = call.said(), false, false
    for i = asked_at + 1, #said do
      answered = answered or answered_at[i] == true
      if about_rating(said[i]) then
        if answered then take_invitation(said[i]) else too_early = true end
      end
    end
    if invited then call.say("评价可以，你转吧。") end
    local function not_invited(why)
      score.deduct("invite", 0, too_early and "客户的问题还没有解答就邀请评价（业务办理完毕后才邀请客户参加满意度调查）" or why)
    end
    for turn = 1, 4 do
      r = call.reply { timeout = 15 }
      if over(call, r) then return end
      if about_rating(r) then
        local again = take_invitation(r)
        -- she says yes once: a later message naming the survey asks nothing new; the goodbye before
        -- the transfer (感谢您的来电，现在为您转接满意度调查，再见) gets her goodbye, anything else a
        -- short 嗯，好。 — never her yes again
        if not again then call.say("好的，可以。")
        elseif is(r, "closing") then call.say("好，再见。")
        else call.say("嗯，好。") end
      elseif r.kind == "transfer" then
        if has_any(r.target or "", { "满意", "调查" }) then
          score.award("transfer", 15, "转接了满意度调查系统")
        else
          score.deduct("transfer", 0, "转接到了错误的地方：" .. (r.target or ""))
        end
        if not invited then not_invited("没有先征得客户同意就转接评价") end
        if not has_any(r.target or "", { "满意", "调查" }) then
          -- the desk it went to answers, not the survey: the story follows the transfer made
          call.say("（" .. (r.target or "其他坐席") .. "接起：您好，请问有什么可以帮您？）", { volume = 40, desk = r.target })
          call.say("啊？不是说评价吗？怎么又转到别的地方了……算了。")
          call.hangup("转接到了" .. (r.target or "其他坐席") .. "，客户挂机")
          return
        end
        call.hangup("已转满意度调查")
        return
      elseif r.kind == "text" and is(r, "closing") then
        -- the goodbye, with or without the invitation: the transfer to the survey may follow (the
        -- caller waits), and is graded as any transfer — the item is the transfer done (3.1 2.1.8
        -- 转接满意度调查系统), the missing invitation is the invite item's alone (calls35b: a goodbye
        -- before an uninvited transfer used to end the step, the transfer unseen, so one fault cost
        -- invite, transfer and the closing the trainee had said)
        if not invited then call.say("好的，再见。") end
      elseif r.kind == "text" and not invited then
        -- other words once she said she has no more business (还有其他问题吗？): she answers them, as a
        -- caller does, and waits; the invitation is still the trainee's to make (calls35b)
        call.say("没有了。")
      elseif r.kind == "timeout" then
        break
      end
    end
    if not invited then not_invited("没有邀请客户参加满意度调查") end
    score.deduct("transfer", 0, "没有转接满意度调查系统")
    call.say("那我挂了啊。")
    call.hangup("客户挂机")
  end,
}
