-- 反映服务态度不好 (bad_attitude, 贵阳 §二(二) 2.9).
--
-- A customer complains that yesterday's agent was impatient and cut her off. The standard answer:
-- 非常抱歉，给您带来了不便，我们会在以后的工作中改进，感谢您并希望您继续监督我们的服务！ — no
-- excuses, no defending the colleague. Record the complaint (the agent's job number) in a ticket,
-- then take up her original question.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing

-- excuses for the colleague (不推脱): blame denied, and her conduct explained away by the workload or
-- as unmeant (话务量大, 太忙, 不是故意的)
local EXCUSES = { "不是我", "不关我", "跟我没关系", "那是别人", "她也很忙", "他也很忙", "不可能",
                  "话务量", "太忙", "不是故意" }

return {
  id = "bad_attitude",
  title = "投诉客服态度差",
  description = "客户投诉昨天接电话的客服不耐烦、中途挂断。要求：开篇语；按 2.9 致歉、承诺改进、感谢监督；"
    .. "不推脱；记录投诉工单（含被投诉的工号）；解答客户原来的问题；结束语。",
  level = 5,
  area = "service",
  situation = "反映服务态度不好（2.9）",
  caller = {
    name = "宽带用户（女）", phone = "15985123321",
    voice = "cmn-latn-pinyin", rate = 185, pitch = 60, volume = 90,
    patience = 60, max_rings = 8,
    give_up = "你们一个比一个态度差，我不说了！",
  },
  closing = "closing",
  -- The desk (issue 14): the complaint form with the agent number complained of (3.1 2.1.3 按规范
  -- 受理客户的投诉建议) and the article on the business the caller had asked about yesterday.
  ticket = {
    { id = "被投诉工号", label = "被投诉工号", required = true, format = "digits" },
    { id = "内容", label = "投诉内容", required = true },
  },
  system = {
    { id = "kb", title = "知识库：宽带业务办理", reveal = "always",
      text = "宽带续费、修改宽带密码、办理移机：可到营业厅或在 APP“宽带服务”办理，也可由坐席在系统中直接受理（移机需预约上门）。" },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "apology",  max = 30, label = "致歉、承诺改进、感谢监督（2.9），不推脱", clause = G .. "§二(二) 2.9" },
    { id = "record",   max = 15, label = "记录投诉工单（含被投诉工号）", clause = N .. "3.1 2.1.3 按规范受理客户的投诉建议" },
    { id = "courtesy", max = 15, rule = "courtesy" },
    { id = "latency",  max = 10, rule = "latency" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local agent = tostring(call.random(10, 99))
    local topic = call.pick { "宽带续费", "修改宽带密码", "办理移机" }

    if not opening(call) then return end
    call.hint("客户投诉服务态度：" .. phrase.standard("bad_attitude"))
    call.say("我要投诉你们" .. agent .. "号客服！昨天我打电话问" .. topic .. "，她特别不耐烦，话没说完就把我电话挂了！")
    local before = #call.said() -- the replies before this step
    local r, ok, _try, rude = expect_phrase(call, { cat = "bad_attitude", item = "apology", pts = 30,
      why = "致歉、承诺改进并感谢监督（2.9）", miss = "没有按 2.9 致歉、承诺改进、感谢监督",
      nudge = "你们就是这样对待客户的吗？" })
    if not r then return end
    -- every part of 2.9 said with an excuse for the colleague in it, which the grader does not take
    -- for 2.9 (an excuse is no part of it) nor for a phrase said rudely: 2.9 was said, not as
    -- prescribed, as with an excuse it does take for 2.9 (below): half, on the try that said it
    local excused = nil
    if not ok and not rude then
      local said = call.said()
      for i = before + 1, #said do
        local t = said[i]
        if not excused and t.kind == "text" and has_any(t, EXCUSES)
          and #phrase.match("bad_attitude", t.text).missing == 0 then
          excused = i == before + 1 and 15 or 7
        end
      end
    end
    if excused then
      score.award("apology", excused, "说了 2.9 但替同事推脱责任（不推脱），只得一半分")
    elseif rude and has_any(rude, EXCUSES) then
      -- 2.9 said with an excuse for the colleague: the half it lost is for the excuse, the item's
      -- own fault (不推脱), so the reason says so
      score.deduct("apology", 0, "说了 2.9 但替同事推脱责任（不推脱），只得一半分")
    elseif r.kind == "text" and has_any(r, EXCUSES) then
      score.deduct("apology", 15, "替同事推脱责任")
      call.mood(-20)
      call.say("你这是在推卸责任！")
    end

    call.hint("在工单中记录投诉：客户说的被投诉工号、投诉内容")
    call.say("你给我记下来，" .. agent .. "号，昨天下午。")
    -- the complaint ticket, filed now or while the apology was still being asked for (call.record)
    local taken, recorded = call.record { nudge = "记了没有？",
      ok = function(t) return call.reads_back(t, { value = agent, field = "被投诉工号" }) end }
    if not taken then return end
    if recorded then score.award("record", 15, "投诉工单记录了被投诉工号 " .. agent)
    else score.deduct("record", 0, "没有记录投诉工单或漏记被投诉工号 " .. agent) end

    call.say("还有，我昨天要问的" .. topic .. "到底怎么办？")
    call.hint("办理方法见系统“宽带业务办理”。")
    r = call.reply { timeout = 20 }
    if over(call, r) then return end
    call.say("好吧，这次态度还行。")
    closing(call, "再见。")
  end,
}
