-- 知识库无相关说明 (no_knowledge, 贵阳 §二(二) 2.19).
--
-- A customer asks about a brand-new seniors' discount and whether it covers a family member's
-- secondary card. The knowledge base has nothing on it. Don't guess: 非常抱歉，您所反映的问题我们
-- 暂时无详细资料，需进一步核实，我们会在24小时与您联系，好吗？ — and record the contact number.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, opening, closing = call.over, call.opening, call.closing

-- A guess is the fact asserted (call.asserts): 可以享受 is one; the caller's question echoed or put
-- as a whether-clause (能不能享受……我这边需要核实, 是否适用需核实) is no guess (2.19 says exactly that).
local GUESS = { "可以享受", "能享受", "肯定可以", "肯定不行", "不能享受", "没有这个优惠" }

return {
  id = "no_knowledge",
  title = "知识库查不到的新优惠",
  description = "客户咨询新出的老年人优惠是否适用于副卡，知识库没有说明。要求：开篇语；不臆测；按 2.19 致歉、"
    .. "说明需核实并承诺 24 小时内联系；工单记录联系电话；结束语。",
  level = 5,
  area = "business",
  situation = "知识库无相关说明（2.19）",
  caller = {
    name = "手机用户（女）", phone = "13908516789",
    voice = "cmn-latn-pinyin", rate = 170, pitch = 64, volume = 80,
    patience = 80, max_rings = 8,
  },
  closing = "closing",
  -- The desk (issue 14): the knowledge-base article as it stands — it says nothing about secondary
  -- cards, which is why 2.19 applies — and the callback form (3.1 1.3.2 记录客户信息).
  system = {
    { id = "kb", title = "知识库：老年人话费优惠（新）", reveal = "always",
      text = "对象：年满 60 周岁、本人身份证办理的号码；内容：月租 8 折。副卡是否适用：暂无说明（待业务部门确认）。" },
  },
  ticket = {
    { id = "联系电话", label = "联系电话", required = true, format = "phone" },
    { id = "内容", label = "咨询内容", required = true },
  },
  rubric = {
    { id = "answer",       max = 10, rule = "answer" },
    { id = "opening",      max = 10, rule = "opening" },
    { id = "no_knowledge", max = 30, label = "致歉、需核实、承诺时限内联系（2.19），不臆测", clause = G .. "§二(二) 2.19" },
    { id = "ticket",       max = 15, label = "工单准确记录联系电话", clause = N .. "3.1 1.3.2 按业务操作规则记录客户信息" },
    { id = "courtesy",     max = 10, rule = "courtesy" },
    { id = "latency",      max = 10, rule = "latency" },
    { id = "closing",      max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local who = call.pick { "我妈妈", "我爸爸", "我婆婆" }
    local phone = "1" .. call.pick { "39", "51", "83" } .. string.format("%08d", call.random(10000000, 99999999))

    if not opening(call) then return end
    call.hint("系统知识库对副卡没有说明，不要臆测：" .. phrase.standard("no_knowledge"))
    call.say("你好，我看到新闻说你们出了个六十岁以上老人的话费优惠，" .. who .. "用的是我的副卡，能不能享受啊？")
    local r = call.reply { expect = "no_knowledge", timeout = 20 }
    if over(call, r) then return end
    local ok = r.kind == "text" and r.match
    local rude = call.said_rudely(nil, r) -- 2.19 said, but rudely (lua/callsim.lua rude_credit)
    if call.asserts(r, GUESS) then
      score.deduct("no_knowledge", 0, "知识库没有说明却凭猜测答复客户")
      call.say("真的吗？你确定？我怕到时候又不是这样。")
      r = call.reply { expect = "no_knowledge", timeout = 20 }
      if over(call, r) then return end
      if r.kind == "text" and r.match then score.award("no_knowledge", 15, "臆测后才改口说明需要核实（2.19）") end
    elseif ok then
      score.award("no_knowledge", 30, "致歉、说明需核实并承诺时限内联系（2.19）")
    else
      call.say("那到底能不能享受？")
      r = call.reply { expect = "no_knowledge", timeout = 20 }
      if over(call, r) then return end
      if r.kind == "text" and r.match then score.award("no_knowledge", 15, "客户追问后才按 2.19 说明")
      elseif not call.rude_credit("no_knowledge", 30, "致歉、说明需核实并承诺时限内联系（2.19）", call.said_rudely(rude, r)) then
        score.deduct("no_knowledge", 0, "没有按 2.19 说明需要核实并承诺联系")
      end
    end

    call.say("好的，那你们核实了给我打电话，我的号码是：")
    call.dictate("联系电话", call.spell_digits(phone))
    -- the record, filed now or earlier, that holds the number (call.record)
    local taken, got = call.record { nudge = "记下来了吗？",
      ok = function(t) return call.reads_back(t, "联系电话") end }
    if not taken then return end
    if got then score.award("ticket", 15, "工单准确记录了联系电话 " .. phone)
    else score.deduct("ticket", 0, "工单没有准确记录联系电话 " .. phone) end
    call.say("好，那我等你们电话。")
    closing(call, "谢谢，再见。")
  end,
}
