-- 对方声音小 (caller_quiet, 贵阳 §二(二) 2.2).
--
-- A caller on a weak mobile signal: the line is faint (volume 25) and stays faint. The standard's
-- protocol: 非常抱歉，我听不清楚，请您讲话大声点儿好吗？; if still unclear, say it once more; if it
-- is still unclear: 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？ then pause two seconds and
-- hang up. Retorting "大声点！" without the apology, hanging up at once, or insulting the caller
-- is what the failures show.

local G = "贵阳 T-GSOCCIA 001—2020 "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions

-- The louder request of 2.2 (请您讲话大声点儿): the category also holds 请您换一部电话再拨, the last
-- step, which is no request to speak up (items are earned by the step they are).
local LOUDER = { "大声", "大点声", "大点", "大一点", "大一些", "大些", "靠近", "话筒", "音量" }
local function louder(r) return has_any(r, LOUDER) end
-- 2.2's second step, 若仍听不清，需要重复一遍: the request made once more, to speak up (请您再大声一点)
-- or to say it again (2.5's 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？ — the standard's own words
-- 重复一遍), said politely. The grader decides which phrase a reply is (call.says).
local function asks_again(r)
  return r.kind == "text" and ((louder(r) and r.match) or call.says(r, "not_heard"))
end
local over, expect_phrase, opening = call.over, call.expect_phrase, call.opening

return {
  id = "caller_quiet",
  title = "对方声音太小",
  description = "客户在信号很差的地方来电，声音一直很小。要求：开篇语；按 2.2 请客户大声一点，"
    .. "仍听不清再说一遍；还是听不清时请客户换一部电话再拨，停顿两秒后挂机。",
  level = 5,
  area = "service",
  situation = "对方声音小（2.2）",
  caller = {
    name = "手机用户", phone = "13765432109",
    voice = "cmn-latn-pinyin", rate = 150, pitch = 50, volume = 25,
    patience = 80, max_rings = 8,
  },
  closing = "caller_quiet",
  -- the panel this call needs: 2.2 and 2.4 (the line is bad both ways), 2.5, then the close
  phrases = { "opening", "caller_quiet", "agent_quiet", "not_heard", "hold_before", "hold_after", "closing" },
  -- No 结束语 item (1.4): the standard ends this call with 2.2's own close, 请您换一部电话再拨，好吗？
  -- then hang up after two seconds (its closing category, graded in the items below).
  rubric = {
    { id = "answer",       max = 10, rule = "answer" },
    { id = "opening",      max = 10, rule = "opening" },
    { id = "ask_louder",   max = 25, label = "声音小：致歉并请客户大声一点", clause = G .. "§二(二) 2.2" },
    { id = "repeat",       max = 15, label = "仍听不清：再请一遍", clause = G .. "§二(二) 2.2" },
    { id = "change_phone", max = 20, label = "还是听不清：请客户换一部电话再拨", clause = G .. "§二(二) 2.2" },
    { id = "hangup",       max = 10, label = "停顿两秒后挂机", clause = G .. "§二(二) 2.2 停顿两秒后挂机" },
    { id = "courtesy",     max = 10, rule = "courtesy" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local topic = call.pick { "宽带……装机……", "话费……扣了……", "套餐……改一下……", "光猫……灯……" }

    if not opening(call) then return end
    call.hint("对方声音很小：" .. phrase.standard("caller_quiet"))
    call.say("喂……喂？……我想问一下……" .. topic)
    local r, ok = expect_phrase(call, { cat = "caller_quiet", item = "ask_louder", pts = 25,
      why = "听不清时致歉并请客户大声一点（2.2）", miss = "没有按 2.2 致歉并请客户大声一点",
      nudge = "……喂？……你那边……听得到吗……", accept = louder })
    if not r then return end
    local asked_louder = false
    for _, x in ipairs(call.said()) do
      if x.kind == "text" and louder(x) then asked_louder = true end
    end
    -- the request to speak up made rudely (no apology, a jibe: 0, the courtesy item charges the words),
    -- then made again politely on the caller's nudge as 2.5's request to say it again: that second
    -- request is 2.2's 重复一遍, not a failed first one (one fault, the rude request, costs its own item)
    local again_first = not ok and asked_louder and r.kind == "text" and call.says(r, "not_heard")

    -- The rest of 2.2 (once more 请您讲话大声点儿, then 请您换一部电话再拨): each step is earned by
    -- what the reply says, wherever it comes (issue #11 item 6), not by its turn. A trainee whose
    -- first reply was not 2.2 asked to speak up on the caller's nudge and may then go straight on to
    -- the change of phone: that is the last step, said, not a failed repeat. The caller stays faint
    -- for up to three more lines while the steps are not done.
    local LINES = { { "……我说……" .. topic .. "就是……", 30 }, { "……（信号断断续续）……听……得……见……吗……", 20 },
                    { "……喂……喂……", 15 } }
    local HINTS = { "仍然听不清：按 2.2 再说一遍。",
                    "还是听不清：" .. phrase.standard("caller_quiet") .. " → 请客户换一部电话再拨，停顿两秒后挂机。" }
    local function phone(x) return has_any(x, { "换" }) and has_any(x, { "电话", "手机", "座机" }) end
    local repeated, changed, rude_repeat, rude_change = false, false, nil, nil
    if again_first then
      repeated = true
      score.award("repeat", 15, "仍听不清时按 2.2 再请一遍")
    end
    for turn = 1, #LINES do
      call.hint(HINTS[math.min(turn, #HINTS)])
      call.say(LINES[turn][1], { volume = LINES[turn][2] })
      r = call.reply { expect = "caller_quiet", timeout = 15 }
      if over(call, r) then return end
      local stepped = false -- this reply did a step of 2.2 (said, or said rudely)
      if r.kind == "text" and phone(r) then
        rude_change = not r.match and call.said_rudely(nil, r) or nil
        changed = r.match
        if changed or rude_change then break end
      elseif r.kind == "text" and (louder(r) or asks_again(r)) and not repeated and not rude_repeat then
        if asks_again(r) then
          repeated, stepped = true, true
          score.award("repeat", 15, "仍听不清时按 2.2 再请一遍")
        else
          rude_repeat = call.said_rudely(nil, r)
          stepped = rude_repeat ~= nil
        end
      end
      -- after the repeat's turn the caller goes on only while the trainee goes on with 2.2
      if turn >= 2 and not stepped then break end
    end
    if not repeated and not call.rude_credit("repeat", 15, "仍听不清时按 2.2 再请一遍", rude_repeat) then
      score.deduct("repeat", 0, "仍听不清时没有再请客户大声一点")
    end
    if changed then
      score.award("change_phone", 20, "按 2.2 请客户换一部电话再拨")
    elseif not call.rude_credit("change_phone", 20, "按 2.2 请客户换一部电话再拨", rude_change) then
      score.deduct("change_phone", 0, "没有请客户换一部电话再拨（2.2）")
    end

    r = call.wait { timeout = 10 }
    if r.kind == "hangup" then
      if r.latency >= 2 then
        score.award("hangup", 10, "停顿两秒后挂机")
      else
        score.award("hangup", 5, "挂机太急，没有停顿两秒")
      end
      return
    end
    if over(call, r) then return end
    score.deduct("hangup", 0, "无法沟通时没有挂机，线路一直占用")
    call.hangup("线路中断")
  end,
}
