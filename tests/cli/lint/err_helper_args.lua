-- err_helper_args: wrong arguments handed to the helpers of lua/callsim.lua and to the C API, from
-- the scenario's own functions. Each must be reported at the scenario line that made the mistake,
-- naming the scenario's function, never lua/callsim.lua's line or 'wait'. Which mistake runs is
-- chosen by the replies: "#1".."#4" picks it.
local function ask_account(call)
  local r = call.reply { expect = "opening_typo", timeout = 10 } -- line 6: unknown category
  return r
end

local function offer(call)
  local i = call.choose { prompt = "没有选项", correct = 1 }      -- line 11: no choices
  return i
end

local function speak_up(call)
  call.say("您好", { voice = "klingon" })                         -- line 16: unknown voice
end

return {
  id = "err_helper_args", title = "出错位置", description = "错误参数", level = 5,
  area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.wait { "一", "二", "三", "四", timeout = 30 }
    if r.choice == 1 then ask_account(call)
    elseif r.choice == 2 then offer(call)
    elseif r.choice == 3 then speak_up(call)
    elseif r.choice == 4 then score.award("infoo", 5, "拼错的评分项") -- line 33: unknown rubric id
    end
    call.hangup("结束")
  end,
}
