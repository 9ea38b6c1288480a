-- 初级坐席转派的投诉 (transferred_complaint, 国家职业技能标准 四级 2.3).
--
-- A junior agent transfers an overcharge complaint (her notes are in the caller card). The customer
-- has already told the story once. The intermediate agent takes it over: says they know the case
-- (never "please say it again"), eases the emotion (2.12), checks on hold (1.2), resolves it — a
-- refund of the wrongly charged fee — and tells the customer the result (2.3.1 反馈).

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, closing = call.over, call.closing

return {
  id = "transferred_complaint",
  title = "初级坐席转来的扣费投诉",
  description = "初级坐席转来一位被重复扣费的客户（见来电记录）。要求：问候并说明已了解情况，不让客户重复；"
    .. "用 2.12 调适情绪；按等待用语核实；说明处理结果（退还费用）；结束语。",
  level = 4,
  area = "business",
  situation = "处理初级岗位转派的投诉",
  caller = {
    name = "扣费投诉客户（男）", phone = "15085124567",
    voice = "cmn-latn-pinyin", rate = 200, pitch = 42, volume = 95,
    patience = 50, max_rings = 6,
    give_up = "转来转去都没用！我去工信部投诉！",
    history = { "今天 初级坐席 15号：客户反映本月视频会员费被重复扣两次（各25元），已致歉，转中级坐席处理退费" },
  },
  closing = "closing",
  -- The desk (issue 14): the transfer note the first line left (always in view: the trainee must
  -- not make the caller repeat it, 3.2 2.3.1), and the billing lookup a hold to 核实 opens; the
  -- result fed back is graded against it (call.tells). A complaint this desk cannot settle goes up
  -- to the senior desk (三级 2.1.2 处理中级岗位人员转派的客户投诉) or the duty supervisor.
  system = {
    { id = "note", title = "转派记录", reveal = "always",
      text = "初级坐席 15号：客户反映本月视频会员费被重复扣两次（各 25 元），已致歉，转中级坐席处理退费。" },
    { id = "billing", title = "计费查询", text = "（按手机号 15085124567 查询本月扣费）", reveal = "hold" },
  },
  targets = { escalate = { "高级坐席", "值班长", "投诉处理组" } },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    -- 1.1 开篇语 on every inbound call answered; on a transferred call its greeting and self-
    -- introduction (您好，我是XX号业务受理专员), since 请问有什么可以帮您 is what the takeover
    -- replaces: the agent already knows the case and must not ask for it again (3.2 2.3.1)
    { id = "opening",  max = 5,  label = "问候并自我介绍（开篇语）", clause = G .. "§二(一) 1.1；" .. N .. "3.2 2.3.1" },
    { id = "takeover", max = 15, label = "说明已了解情况，不让客户重复", clause = N .. "3.2 2.3.1 受理转派客户的咨询；2.3.2 处理初级岗位人员转派的投诉" },
    { id = "emotion",  max = 15, rule = "phrase:emotional", clause = N .. "3.2 2.3.2；" .. G .. "§二(二) 2.12" },
    { id = "hold",     max = 15, rule = "hold" },
    { id = "resolve",  max = 20, label = "处理并反馈结果（退还重复扣费）", clause = N .. "3.2 2.3.1 对处理结果进行反馈" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "latency",  max = 5,  rule = "latency" },
    { id = "closing",  max = 10, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local _surname = call.pick { "黄", "林", "何" }
    local days = call.pick { { "3个工作日", "3个工作日", "三个工作日" }, { "24小时", "24小时", "一天", "1天" } }
    call.system("billing", "本月视频会员费：25 元，扣费两次，确认重复扣费 25 元；退费：已可提交，"
      .. days[1] .. "内退回话费账户。", { { "退", "返还" }, { "25" }, { table.unpack(days, 2) } })

    call.hint("转接来电：问候、自我介绍，说明已经了解情况（见系统“转派记录”），不要让客户重复。")
    local r = call.wait { timeout = 10 }
    if over(call, r) then return end
    local opened = r.kind == "text" and phrase.match("opening", r.text)
    if opened and (opened.match or (#opened.missing == 1 and opened.missing[1] == "offer_help")) then
      score.award("opening", 5, "接起转来的电话时问候并自我介绍（开篇语）")
    else
      score.deduct("opening", 0, "接起转来的电话时没有问候并自我介绍（开篇语：您好，我是XX号业务受理专员）")
    end
    -- asking for the story again, or sparing the caller it (您不用再重复了): the grader reads the
    -- negation's scope (call.asks_repeat), and sparing the caller says the case is known
    local asked_again, spared = call.asks_repeat(r)
    if r.kind == "text" and not asked_again
        and (spared or has_any(r, { "了解", "知道", "同事", "情况", "重复扣" })) then
      score.award("takeover", 15, "说明已了解情况，没有让客户重复")
      call.say("对！你知道就好，我跟刚才那个姑娘说了半天了。两次二十五块，到底什么时候退？")
    else
      if asked_again then score.deduct("takeover", 0, "让客户把问题再说一遍")
      else score.deduct("takeover", 0, "没有说明已了解客户的情况") end
      call.mood(-15)
      call.say(asked_again and "我刚才不是都说过了吗？又要我再说一遍？视频会员扣了两次钱！"
        or "我刚才都跟你们同事说过了，你们不知道吗？视频会员扣了两次钱！")
    end

    call.hint("调适情绪：" .. phrase.standard("emotional"))
    r = call.reply { expect = "emotional", timeout = 15 }
    if over(call, r) then return end
    if not (r.kind == "text" and r.match) then
      call.say("别光说，赶紧查！")
      r = call.reply { expect = "emotional", timeout = 15 }
      if over(call, r) then return end
    end

    call.hint("说等待用语后保持通话核实，在系统“计费查询”里查看扣费和退费时间，再反馈结果。")
    local held = false
    for turn = 1, 3 do
      r = call.wait { expect = "hold_before", timeout = 15 }
      if over(call, r) then return end
      if r.kind == "hold" then held = true; break end
      if r.kind == "timeout" then call.say("喂？查了没有？") end
    end
    if held then
      -- a long silent hold is answered as in every scenario (lua/callsim.lua call.wait_on_hold)
      r = call.wait_on_hold(call, "又让我等这么半天！到底查清楚没有？")
      if r.kind == "hangup" then return end
      r = call.reply { expect = "hold_after", timeout = 12 }
      if over(call, r) then return end
      -- the thanks alone, no answer begun: the answer may follow in the next message
      -- (consecutive messages count together)
      if r.kind == "text" and select(2, call.tells(r, "billing")) == 0
        and not call.mentions(r, { "退费", "退款", "退还", "退回", "到账", "重复扣", "工作日", "处理结果" }) then
        r = call.more(r)
        if over(call, r) then return end
      end
    end
    -- the result the billing lookup shows (3.2 2.3.1 对处理结果进行反馈): refund, amount, time
    -- graded by the one rule for answers against the desk (score.tells)
    if score.tells("resolve", r, "billing", { what = "退费、金额和到账时间",
        tries = { "退费", "退款", "退还", "退回", "到账", "重复扣", "工作日", "处理结果" } }) then
      call.say("行，这还差不多。")
    else
      call.say("所以到底退不退？算了，我等着看。")
    end
    closing(call, "再见。")
  end,
}
