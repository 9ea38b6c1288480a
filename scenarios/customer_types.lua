-- 区分客户类型、调适情绪 (customer_types, 国家职业技能标准 四级 2.2 客户关怀).
--
-- The same complaint — a phone bought online arrives with a scratched screen — from one of three
-- kinds of customer (seeded): 急躁型 (fast, loud: wants action now), 犹豫型 (slow, unsure: wants
-- advice) or 分析型 (precise: wants facts and the procedure). The trainee recognises the type
-- (2.2.1: pick it), eases the emotion with words (2.2.2: 2.12), and answers in the way that type needs.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, opening, closing = call.over, call.opening, call.closing

local TYPES = {
  { name = "急躁型", rate = 240, pitch = 45, volume = 100,
    line = "我刚收到的手机屏幕上有划痕！我明天就要用，你们赶紧给我换！现在就办！",
    need = "立即行动：加急、当天处理",
    words = { "马上", "立即", "立刻", "今天", "优先", "加急" },
    facts = { { "当天", "今天", "加急", "优先" } } },
  { name = "犹豫型", rate = 140, pitch = 60, volume = 60,
    line = "那个……我收到的手机屏幕上好像有一道划痕……我也不知道是退货好还是换货好……你觉得呢？",
    need = "给出建议：换货还是退货",
    words = { "建议", "推荐", "换货", "比较", "您可以" },
    facts = { { "换货", "退货" } } },
  { name = "分析型", rate = 170, pitch = 50, volume = 80,
    line = "我收到的手机屏幕左上角有一道两厘米的划痕。我想知道：换货的具体流程、需要几天、运费谁承担。",
    need = "讲清流程、天数和运费",
    words = { "流程", "工作日", "运费", "第一步", "具体", "天" },
    facts = { { "上门取件", "取件" }, { "3个工作日", "三个工作日" }, { "商家", "免运费", "包邮", "不用您" } } },
}

-- The two remedies the policy offers, as the grader is asked which one a reply recommends.
local OPTIONS = { { "换货", "换一台", "换新", "换一部", "换个新的" }, { "退货", "退款", "退掉", "退了" } }
local OPTION_NAMES = { "换货", "退货" }

return {
  id = "customer_types",
  title = "同一问题，不同类型的客户",
  description = "网购手机屏幕有划痕。客户类型随机（急躁型/犹豫型/分析型）。要求：开篇语；判断客户类型（选择）；"
    .. "用 2.12 调适情绪；按该类型客户的需要答复（急躁型：立即行动；犹豫型：给出建议；分析型：讲清流程和数据）；结束语。",
  level = 4,
  area = "business",
  situation = "区分客户类型与情绪调适",
  caller = {
    name = "网购用户", phone = "13885127777",
    voice = "cmn-latn-pinyin", rate = 180, pitch = 50, volume = 80,
    patience = 70, max_rings = 8,
  },
  closing = "closing",
  -- The desk (issue 14): the order and the return/exchange policy the answer comes from, in view; the
-- answer is graded on the style the type needs (words) and on what the policy says for it
-- (score.tells: the express handling, the choice of exchange or return, the steps, days and who pays).
  system = {
    { id = "order", title = "订单查询", reveal = "always",
      text = "商品：手机 1 台，前天签收；状态：已签收，可申请退换货（签收 7 天内）。" },
    { id = "policy", title = "知识库：退换货", reveal = "always",
      text = "质量问题（含屏幕划痕）：7 天内可退货或换货，运费由商家承担。换货流程：提交申请 → 次日上门取件 → 收到后 3 个工作日内发出新机；加急可当天优先处理。" },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 5,  rule = "opening" },
    { id = "identify", max = 25, label = "判断客户类型", clause = N .. "3.2 2.2.1 区分客户类型，采用对应的受理方法" },
    { id = "emotion",  max = 20, rule = "phrase:emotional", clause = N .. "3.2 2.2.2 使用话术调适客户情绪；" .. G .. "§二(二) 2.12" },
    { id = "approach", max = 20, label = "按客户类型答复", clause = N .. "3.2 2.2.1 采用对应的受理方法" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local k = call.random(#TYPES)
    local t = TYPES[k]
    local style = { rate = t.rate, pitch = t.pitch, volume = t.volume }
    call.system("policy", "质量问题（含屏幕划痕）：7 天内可退货或换货，运费由商家承担。换货流程：提交申请 → 次日上门取件 "
      .. "→ 收到后 3 个工作日内发出新机；加急可当天优先处理。", t.facts)

    if not opening(call) then return end
    call.say(t.line, style)
    call.hint("判断客户类型：按 1 急躁型、2 犹豫型、3 分析型")
    local idx, r = call.choose { "急躁型", "犹豫型", "分析型", correct = k, prompt = "这位客户是哪种类型？", timeout = 20 }
    if over(call, r) then return end
    if idx == k then score.award("identify", 25, "正确判断为" .. t.name .. "客户")
    else score.deduct("identify", 0, "客户是" .. t.name .. "，判断有误") end

    call.hint("先调适情绪（2.12），再按" .. t.name .. "客户的需要答复。")
    r = call.reply { expect = "emotional", timeout = 20 }
    if over(call, r) then return end
    -- what this type needs, from the policy (its facts), by the one rule for answers against the
    -- desk (score.tells); the type's own words show the reply answers in that way
    local ANSWER = { what = t.need, tries = t.words }
    -- 犹豫型 needs advice (3.2 2.2.1 采用对应的受理方法): the options the policy gives (a quarter of
    -- the item, score.tells: the baseline every type is owed) and one of them put forward (the rest:
    -- the method this type needs). Naming both and leaving the choice to her (退货、换货都可以，看您)
    -- is no advice: she asks what she should do, and the type's method is missing. The grader judges
    -- which option a reply recommends (call.recommends); the script never reads the words.
    local advised = false
    local function answered(reply, attempt)
      if k ~= 2 then return score.tells("approach", reply, "policy", ANSWER) end
      ANSWER.max = 5
      local stated = score.tells("approach", reply, "policy", ANSWER)
      local pick = not advised and call.recommends(reply, OPTIONS)
      if pick then
        advised = true
        score.award("approach", attempt == 1 and 15 or 7, "为犹豫型客户明确建议了" .. OPTION_NAMES[pick]
          .. (attempt == 1 and "" or "（客户追问后才给出建议）"))
      end
      return stated and advised
    end
    if not answered(r, 1) then
      call.say(k == 1 and "你到底给不给我换？快点！" or k == 2 and "那……你说我该怎么办呢？" or "我问的是具体流程。", style)
      r = call.reply { timeout = 20 }
      if over(call, r) then return end
      ANSWER.attempt = 2
      answered(r, 2)
    end
    if k == 2 and not advised then
      score.deduct("approach", 0, "只列出了退货、换货，没有给犹豫型客户建议一种（应给出建议）")
    end
    call.say((k ~= 2 or advised) and "好，那就这样办吧。" or "……那我自己再想想吧。", style)
    closing(call, "再见。")
  end,
}
