-- bad_lint: a new scenario (written by `callsim new`). Edit it, then:
--   build/callsim lint scenarios/bad_lint.lua
--   build/callsim run scenarios/bad_lint.lua --replies tests/transcripts/bad_lint.model.replies
--   build/callsim explore scenarios/bad_lint.lua
-- The API is in docs/scenarios.md. The call below: the caller asks when her broadband contract
-- ends; the trainee opens with the 开篇语, answers, and closes with the 结束语.

local G = "贵阳 T-GSOCCIA 001—2020 "

-- true when text holds any of the words (plain search, no patterns)
local function has_any(text, words)
  if not text then return false end
  for _, w in ipairs(words) do
    if string.find(text, w, 1, true) then return true end
  end
  return false
end

return {
  id = "bad_lint",                         -- must be unique: [a-z0-9_]+, usually the file name
  title = "新场景：宽带到期咨询",         -- shown in the picker
  description = "客户咨询宽带什么时候到期。要求：开篇语；告知到期日；结束语。",
  level = 5,                           -- 5 五级/初级, 4 四级/中级, 3 三级/高级
  area = "service",                    -- service, business, record, data or operations
  situation = "一般业务咨询",              -- the picker groups scenarios by this
  caller = {
    name = "宽带用户（女）", phone = "13800000000",
    voice = "cmn-latn-pinyin",         -- cmn-latn-pinyin (Mandarin), yue (Cantonese), en-us
    rate = 170, pitch = 60, volume = 80, -- words/min 80..450; 0..100; 0..100 (a faint line: 25)
    patience = 80,                     -- 0..100: slow replies and taboo words wear it down
    max_rings = 8,                     -- the caller gives up after this many rings
  },
  closing = "closing",                 -- phrase category the last reply must match
  -- The rubric: maxima add up to 100; every item names the clause it comes from (rules bring one).
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },   -- picked up within 3 rings
    { id = "opening",  max = 20, rule = "opening" },  -- first words are the 开篇语
    { id = "info",     max = 30, label = "告知到期日",   -- no rule: the script awards it
      clause = "国家职业技能标准 4-04-05-03 (2021) 3.1 2.1.1 受理客户咨询" },
    { id = "courtesy", max = 10, rule = "courtesy" }, -- no 禁忌语
    { id = "latency",  max = 10, rule = "latency" },  -- every reply within 10 s
    { id = "closing",  max = 20, rule = "closing", clause = G .. "§二(一) 1.4" },
  },

  run = function(call)
    local answered = call.ring()               -- waits until the trainee answers (/answer)
    if not answered then return end
    local date = call.pick { "12月31日", "明年3月1日", "明年6月30日" } -- seeded: replays identically

    call.hint("先说开篇语：" .. phrase.standard("opening"))
    local r = call.wait { expect = "opening", timeout = 8 }
    if r.kind == "hangup" then return end      -- the trainee hung up: stop

    call.say("你好，我想问一下我家宽带什么时候到期？")
    call.hint("查询结果：到期日 " .. date)
    for attempt = 1, 2 do
      r = call.reply { timeout = 15 }
      if r.kind == "hangup" then return end
      if r.kind == "text" and has_any(r.text, { date, "到期" }) then
        score.award("info", attempt == 1 and 30 or 15, "告知了到期日")
        break
      end
      if attempt == 2 then
        score.deduct("info", 0, "没有告知到期日")
      else
        call.say("喂？到底什么时候到期？")
      end
    end

    call.say("好的，谢谢。", { voice = "klingon" })
    local i = call.choose { "甲", "乙" }
    local r2 = call.wait { expect = "no_such_category" }
    call.hint("结束语：" .. phrase.standard("closing"))
    r = call.reply { expect = "closing", timeout = 12 }
    if r.kind == "text" and r.match then call.say("再见。") end
    call.hangup("客户挂机")
    call.say("这一行永远不会说出来。")
  end,
}
