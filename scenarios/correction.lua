-- 回答错误需要纠正 (correction, 贵阳 §二(二) 2.14).
--
-- The trainee answers a plan question from an outdated knowledge-base entry; the customer has seen
-- another figure online, and the updated entry shows the first answer was incomplete. The standard:
-- 非常抱歉，刚才我的解释有些欠缺，应该是…… — admit it, give the right answer, no excuses.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing

-- What an answer about the plan's data sounds like (score.tells: the figure is the lookup's).
local FLOW_WORDS = { "流量", "GB", "G", "个G", "定向", "通用" }

-- 2.14 begun: its apology and admission said politely (非常抱歉，刚才我的解释有些欠缺), only its
-- 应该是…… missing, the part the updated figure fills (the grader names the parts a reply lacks)
local function admits_error(r)
  if r.kind ~= "text" or (r.taboo and #r.taboo > 0) then return false end
  local missing = phrase.match("correction", r.text).missing
  return #missing == 1 and missing[1] == "right"
end

return {
  id = "correction",
  title = "纠正刚才的错误解释",
  description = "客户问 59 元套餐含多少流量，坐席按旧知识库回答后发现解释不完整。要求：开篇语；回答；"
    .. "发现有误时按 2.14 致歉并纠正（应该是……）；结束语。",
  level = 4,
  area = "business",
  situation = "回答错误需要纠正（2.14）",
  caller = {
    name = "手机用户（男）", phone = "18212345678",
    voice = "cmn-latn-pinyin", rate = 175, pitch = 48, volume = 80,
    patience = 80, max_rings = 8,
  },
  closing = "closing",
  -- The desk (issue 14): the knowledge-base article the trainee answers from, and the update notice
  -- the system pushes after that answer (shown by the script: call.reveal). The correction must
  -- state the updated figure (score.tells against "kb_new"); 2.14 requires saying what it 应该是.
  system = {
    { id = "kb_old", title = "知识库：59元套餐", reveal = "always",
      text = "59 元套餐：国内通用流量 20GB，国内通话 200 分钟。", facts = { { "20" } } },
    { id = "kb_new", title = "知识库更新通知（本月起）", text = "（更新推送中）", reveal = "script" },
  },
  rubric = {
    { id = "answer",     max = 10, rule = "answer" },
    { id = "opening",    max = 10, rule = "opening" },
    { id = "first",      max = 10, label = "回答客户咨询", clause = N .. "3.1 2.1.1 受理客户咨询" },
    { id = "correction", max = 30, label = "发现有误时致歉并纠正（2.14）", clause = G .. "§二(二) 2.14；" .. N .. "3.2 2.1.1 发现并纠正差错" },
    { id = "courtesy",   max = 10, rule = "courtesy" },
    { id = "latency",    max = 10, rule = "latency" },
    { id = "closing",    max = 20, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local extra = call.pick { { "10", "十" }, { "15", "十五" }, { "20", "二十" } }
    local total = tostring(20 + tonumber(extra[1]))
    call.system("kb_new", "59 元套餐自本月起：国内通用流量 20GB + 定向流量 " .. extra[1] .. "GB，共 " .. total
      .. "GB；国内通话 200 分钟。", { { total, extra[1] } })

    if not opening(call) then return end
    call.hint("按系统里的知识库答复客户。")
    call.say("你好，我想问一下你们那个五十九块的套餐，每个月有多少流量？")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    -- answers from the desk are graded by one rule (score.tells)
    score.tells("first", r, "kb_old", { what = "套餐流量", tries = FLOW_WORDS })

    call.reveal("kb_new")
    call.hint("系统推送了知识库更新：刚才的解释不完整，按 2.14 纠正：" .. phrase.standard("correction"))
    call.say("不对吧？我在你们网上营业厅看到写的是" .. total .. "个G啊。")
    -- 30 for the correction: 20 for the 2.14 phrase, 10 for the updated figure it states
    local matched, attempt, rude
    local first_said = #call.said() -- the replies before this step (the corrected figure is after)
    r, matched, attempt, rude = expect_phrase(call, { cat = "correction", item = "correction", pts = 20,
      why = "致歉并纠正了刚才的解释（2.14）", miss = "没有按 2.14 致歉并纠正错误的解释",
      -- the nudge asks what 2.14 answers (which of the two answers stands), and fits a reply that
      -- already gave the new figure without acknowledging the old one as well as one that did not
      nudge = "那你刚才怎么说是20个G？到底以哪个为准？" })
    if not r then return end
    -- 2.14 said with a 禁忌语 is 2.14 said, not as prescribed: half the phrase's points (expect_phrase)
    -- and the call goes on as after the phrase, for the caller heard the correction (docs/scenarios.md
    -- "A phrase said rudely"); the figure it stated is graded as any answer is, its rude words
    -- charged once, by the phrase's half (rude_charged)
    if not matched and rude and rude ~= r then
      score.tells("correction", rude, "kb_new", { max = 10, what = "更新后的正确流量", tries = FLOW_WORDS,
        rude_charged = true })
    end
    -- 2.14 never said, but the right figure given (是35GB, without 非常抱歉……应该是): the caller
    -- heard the correct answer and the call goes on; the missing apology costs the phrase's 20
    -- (expect_phrase noted it), not the figure's 10 nor the rest of the call (国家职业技能标准 3.2
    -- 2.1.1 发现并纠正差错: the error was corrected). Either try of the step may hold the figure.
    if not matched and not rude then
      local fixed, admitted, said = nil, nil, call.said()
      for i = first_said + 1, #said do
        if not fixed and said[i].kind == "text" and call.tells(said[i], "kb_new") then
          fixed, attempt = said[i], i == first_said + 1 and 1 or 2 -- the first try that stated it
        end
        if not admitted and admits_error(said[i]) then admitted = i == first_said + 1 and 20 or 10 end
      end
      if admitted and not fixed then
        -- 2.14's apology and admission said, its 应该是 never: the error was owned up to, the right
        -- figure (the item's other 10, graded below) not given. The phrase's part is earned (half on
        -- the second try, as expect_phrase), and the caller, told it was incomplete but not what
        -- stands, says she will look it up herself: the call goes on to its close (国家职业技能标准
        -- 3.2 2.1.1 发现并纠正差错: the error was acknowledged, not corrected)
        score.award("correction", admitted, "致歉并承认刚才的解释有欠缺（2.14），但没有说出应该是多少")
        score.tells("correction", said[#said], "kb_new", { max = 10, what = "更新后的正确流量" })
        score.note("correction", "致歉并承认了刚才的解释有欠缺（2.14），但始终没有说出更新后的正确流量（应该是多少）")
        call.say("哦……那到底一共多少，我回头再去网上看看吧。")
        closing(call, "好，谢谢，再见。")
        return
      end
      if not fixed then
        -- a customer left with two contradicting answers goes elsewhere
        call.say("你们自己都说不清楚，我还是去营业厅问吧。")
        call.hangup("客户挂机")
        return
      end
      r = fixed
    end
    local told = score.tells("correction", r, "kb_new", { max = 10, attempt = attempt, what = "更新后的正确流量",
      tries = FLOW_WORDS })
    if not matched and not rude then
      -- the item's reason names both: the figure's credit and the 2.14 never said
      score.note("correction", "只说了正确的流量，没有按 2.14 致歉并说明刚才的解释有误（2.14 的 20 分未得）")
    end
    -- she answers what she was told: the updated figure only when the trainee stated it
    if told then
      call.say("哦，原来还有定向流量。那我明白了。")
    else
      call.say("哦……那到底一共多少，我回头再去网上看看吧。")
    end
    closing(call, "好，谢谢，再见。")
  end,
}
