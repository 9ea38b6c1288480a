-- 热线等待时间过长 (long_wait, 贵阳 §二(二) 2.16).
--
-- The caller waited twenty minutes in the queue to report a lost phone. First words after the
-- opening: 非常抱歉！让您久等了！请问有什么可以帮您吗？ Then suspend the SIM at once (a lost
-- phone is urgent), record it, and close.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing

return {
  id = "long_wait",
  title = "排队很久的挂失客户",
  description = "客户手机丢了，排队二十分钟才接通。要求：开篇语；按 2.16 致歉；立即办理停机挂失并记录工单"
    .. "（在工单中记录挂失业务）；提醒补卡；结束语。",
  level = 5,
  area = "service",
  situation = "热线等待时间过长（2.16）",
  caller = {
    name = "手机用户（女）", phone = "13765478901",
    voice = "cmn-latn-pinyin", rate = 215, pitch = 70, volume = 95,
    patience = 50, max_rings = 4,
    give_up = "等了这么久还这样，我去营业厅了！",
  },
  closing = "closing",
  -- The desk (issue 14): the loss-report form (business and content, 3.1 2.1.2 根据客户需求办理业务)
  -- and the knowledge-base article the caller's last question (what to bring to replace the SIM)
  -- is answered from.
  ticket = {
    { id = "业务", label = "业务类型", required = true },
    { id = "内容", label = "办理内容", required = true },
  },
  -- Its facts are what she asked (补卡要带什么): the papers and the place; the 10 元 and the number
  -- kept are more than she asked, and a made-up fee is charged as a figure the desk does not show.
  system = {
    { id = "kb", title = "知识库：挂失与补卡", reveal = "always",
      text = "挂失：核对机主后立即停机，即时生效。补卡：机主本人携带有效身份证件到任一营业厅办理，原号码不变，工本费 10 元。",
      facts = { { "身份证", "证件" }, { "营业厅" } } },
  },
  -- The replacement answer (提醒补卡, the description's step) is an item of its own, graded against
  -- the desk (score.tells, 3.1 2.1.1): it used to have none, so a 禁忌语 tail on it (这个您自己上网查)
  -- cost only courtesy while the same tail on any graded step halves that step too. Its 10 points
  -- come from the service items answer and latency (5 each): a business step (4.2 技能要求权重表,
  -- 业务受理及处理 35 at 五级) where the call had only one.
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "apology",  max = 25, label = "致歉：让您久等了（2.16）", clause = G .. "§二(二) 2.16" },
    { id = "suspend",  max = 20, label = "立即办理挂失并记录", clause = N .. "3.1 2.1.2 根据客户需求办理业务" },
    { id = "reissue",  max = 10, label = "按知识库说明补卡所需", clause = N .. "3.1 2.1.1 使用系统检索客户信息，受理客户咨询" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    -- a caller who has already waited long is owed prompt answers most of all (及时应和)
    { id = "latency",  max = 5,  rule = "latency" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local minutes = call.pick { "二十分钟", "半个小时", "十五分钟" }
    local place = call.pick { "公交车上", "商场里", "出租车上" }

    local opened = opening(call)
    if not opened then return end
    call.hint("客户等了很久：" .. phrase.standard("long_wait"))
    call.say("我等了" .. minutes .. "才接通！你们怎么回事啊！")
    local r = expect_phrase(call, { cat = "long_wait", item = "apology", pts = 25,
      why = "致歉：让您久等了（2.16）", miss = "没有按 2.16 向久等的客户致歉",
      nudge = "等这么久你们连句道歉都没有？",
      -- 2.16 said after a 开篇语 that offered help: its 请问有什么可以帮您 was said seconds before
      given = call.says(opened, "opening") and { "offer" } or nil })
    if not r then return end

    call.say("我手机在" .. place .. "丢了，赶紧帮我停机挂失，里面还绑着银行卡呢！")
    call.hint("立即挂失：在工单中记录业务为挂失及内容；补卡所需见系统“挂失与补卡”。")
    -- done when the form holds the business asked for, field by field (3.1 1.3.2): its business type
    -- is the loss report, not merely some ticket; a form that holds another business is answered.
    -- A loss report filed already (while she was still being answered) is the loss report: the
    -- item is earned by what was done, wherever in the call (call.record)
    local LOSS = { "挂失", "停机", "报失", "停号" }
    -- a 结束语 said while the loss report is awaited ends the call as a closing (贵阳 §二(一) 1.4):
    -- the missing report is charged and the caller says goodbye at once, never waits on
    local taken, _, ticket, closed = call.record { turns = 4, closing = true,
      ok = function(t) return (call.field_mentions(t, "业务", LOSS)) end,
      wrong = "你记的是什么业务？我要的是停机挂失！", nudge = "喂？挂失了没有？快点啊！",
      on = function(x, turn)
        if x.kind == "text" and turn == 1 and not call.says(x, "closing") then call.say("你快点办啊！") end
      end }
    if not taken then return end
    local done, filed = false, nil
    if ticket then done, filed = call.field_mentions(ticket, "业务", LOSS) end
    if done then score.award("suspend", 20, "立即办理了挂失并记录")
    elseif filed then
      score.deduct("suspend", 0, "工单的业务类型没有记录挂失（记为“" .. filed .. "”）", N .. "3.1 1.3.2 按业务操作规则记录客户信息")
    else score.deduct("suspend", 0, "没有办理挂失") end
    -- the replacement answer: r, or a reply said a step ahead that tells more of the article (items
    -- are earned by what was said wherever it fits: told while the record was awaited, before she
    -- asked), by the one rule for answers against the desk
    local function grade_reissue(x)
      local best, _, best_told = x, call.tells(x, "kb")
      for _, y in ipairs(call.said()) do
        local _, told = call.tells(y, "kb")
        if told > best_told then best, best_told = y, told end
      end
      score.tells("reissue", best, "kb", { what = "补卡所需", tries = { "补卡", "补办", "带", "营业厅", "身份证", "证件" } })
    end
    if closed then
      grade_reissue(taken)
      closing(call, "……那好吧，再见。")
      return
    end
    call.say(done and "好，挂失了我就放心了。补卡要带什么？" or "到底挂了没有？算了，补卡要带什么？")
    r = call.reply { timeout = 20 }
    if over(call, r) then return end
    -- 已经为您停机了。 / 补卡请带身份证到营业厅。: consecutive messages count together
    if r.kind == "text" and not call.tells(r, "kb") then
      r = call.more(r)
      if over(call, r) then return end
    end
    grade_reissue(r)
    call.say("知道了。")
    closing(call, "嗯，再见。")
  end,
}
